import assert from 'node:assert/strict';
import { expectAxeClean, signIn, type Journey } from '../harness';

/** Login page and home in Vietnamese, accessible, usable on a phone, English switch. */
export const shellJourney: Journey = {
  name: 'shell: login, Vietnamese home, English switch, phone layout',
  run: async ({ baseUrl, newPage }) => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/dang-nhap/);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    await page.getByRole('heading', { name: 'Đăng nhập hệ thống' }).waitFor();
    await expectAxeClean(page, 'login');
    await page.fill('#username', 'admin');
    await page.fill('#password', 'sai-mat-khau');
    await page.click('button[type=submit]');
    await page.getByRole('alert').filter({ hasText: 'không đúng' }).waitFor();
    await signIn(page, baseUrl, 'admin', 'cchc-demo');
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    // The live one-stop panels (counts from the inbox, this quarter's figures) are part of what must be accessible.
    await page.getByTestId('glance-overdue').filter({ hasText: /\d/ }).waitFor();
    await page.getByText('Tỉ lệ đúng hạn').first().waitFor();
    await expectAxeClean(page, 'home');
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).click();
    await page.getByTitle('EN').click();
    await page.getByRole('heading', { name: /Hello/ }).waitFor();

    const phone = await newPage({ width: 390, height: 844 });
    await signIn(phone, baseUrl, 'admin', 'cchc-demo');
    await phone.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await phone.getByText('Tỉ lệ đúng hạn').first().waitFor();
    const wide = await phone.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    assert.deepEqual(wide, [], 'page scrolls sideways on a phone');
    await phone.getByRole('button', { name: 'Trình đơn' }).click();
    await phone.getByRole('link', { name: 'Tổng quan' }).waitFor();
  },
};
