import { fireEvent, screen } from '@testing-library/react';

/** Fills the counter intake form of the web tests: the birth registration procedure, the applicant's name and ID. */
export async function fillIntake(): Promise<void> {
  const input = await screen.findByLabelText('Thủ tục hành chính');
  fireEvent.mouseDown(input);
  fireEvent.click(await screen.findByTitle('Đăng ký khai sinh — 1.001193'));
  await screen.findByTestId('completeness');
  fireEvent.change(screen.getByLabelText('Họ và tên / tên tổ chức'), { target: { value: ' Nguyễn Văn An ' } });
  fireEvent.change(screen.getByLabelText('Số CCCD / giấy tờ'), { target: { value: '066123456789' } });
}
