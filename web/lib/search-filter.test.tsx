import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Select } from 'antd';
import { foldFilter, foldSearch, foldTreeSearch, optionText } from './search-filter';

describe('the shared search filter of pickers', () => {
  it.each([
    ['buon ma', { label: 'Phường Buôn Ma Thuột' }, true],
    ['BUÔN MA', { label: 'Phường Buôn Ma Thuột' }, true],
    ['thuot buon', { label: 'Phường Buôn Ma Thuột' }, true],
    ['dak lak', { label: 'Sở Tư pháp tỉnh Đắk Lắk' }, true],
    ['ly lich tu phap', { label: 'Lý lịch tư pháp (12)' }, true],
    ['dang ky khai sinh', { value: 'Đăng ký khai sinh' }, true],
    ['khai tu', { value: 'Đăng ký khai sinh' }, false],
    ['66.snv', { label: 'Sở Nội vụ', search: 'so noi vu 66.snv' }, true],
    ['noi vu', { label: 'Không khớp', search: 'so noi vu' }, true],
    ['hoa', { title: 'Xã Hòa Phú' }, true],
    ['', { label: 'Bất kỳ' }, true],
    ['x', undefined, false],
  ])('%j in %j: %s', (input, option, expected) => expect(foldFilter(input, option)).toBe(expected));

  it('reads no text from an option whose label is not plain text', () => {
    expect(optionText({ label: <b>Đắk Lắk</b> })).toBe('');
    expect(foldTreeSearch.filterTreeNode('dak', { title: 'Đắk Lắk' })).toBe(true);
  });

  it('narrows a Select to the options holding the words typed without tone marks', async () => {
    const options = ['Phường Buôn Ma Thuột', 'Phường Tân Lập', 'Xã Hòa Phú'].map((label, i) => ({ value: String(i), label }));
    render(<Select aria-label="Đơn vị" showSearch={foldSearch} options={options} style={{ width: 300 }} />);
    const box = screen.getByRole('combobox', { name: 'Đơn vị' });
    fireEvent.mouseDown(box);
    fireEvent.change(box, { target: { value: 'hoa phu' } });
    const shown = () => [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);
    await waitFor(() => expect(shown()).toEqual(['Xã Hòa Phú']));
    fireEvent.change(box, { target: { value: 'PHUONG' } });
    await waitFor(() => expect(shown()).toEqual(['Phường Buôn Ma Thuột', 'Phường Tân Lập']));
  });
});
