import assert from 'node:assert/strict';
import { expectAxeClean, signIn, type Journey } from '../harness';

/** Issue #3: the admin confirms a proposed year and a clerk-style due-date check across Tết 2026. */
export const calendarJourney: Journey = {
  name: 'calendar: 2027 proposals confirmed; due date across Tết 2026',
  run: async ({ baseUrl, newPage }) => {
    const page = await newPage();
    await signIn(page, baseUrl, 'admin', 'cchc-demo');
    await page.getByRole('link', { name: 'Lịch làm việc' }).click();
    await page.getByTestId('year-grid').waitFor();
    await expectAxeClean(page, 'calendar year view');

    // 2027 has no announced schedule: its days are statutory proposals until confirmed.
    await page.getByRole('button', { name: 'Năm sau' }).click();
    await page.getByTestId('days-table').getByText('Đề xuất').first().waitFor();
    await page.getByRole('button', { name: 'Xác nhận tất cả ngày đề xuất' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /OK|Đồng ý|Có|Xác nhận/ })
      .last()
      .click();
    await page
      .getByText(/Đã xác nhận \d+ ngày/)
      .first()
      .waitFor();
    assert.equal(await page.getByTestId('days-table').getByText('Đề xuất').count(), 0, 'no proposed day left in 2027');

    // Due-date calculator: received Friday 13/02/2026 16:59 + 1 working day → Tết break, due Monday 23/02/2026 16:59.
    await page.getByRole('tab', { name: 'Tính hạn' }).click();
    const picker = page.getByLabel('Thời điểm tiếp nhận');
    await picker.click();
    await picker.fill('13/02/2026 16:59');
    await picker.press('Enter');
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    const result = page.getByTestId('due-result');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    assert.match(text, /23\/02\/2026/, `due date across Tết 2026, got: ${text}`);
    assert.match(text, /16:59/);
  },
};
