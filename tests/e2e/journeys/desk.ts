import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAxeClean, signIn, type Journey } from '../harness';

// Issue #15: the desk as a clerk and a citizen meet it. Cấp Phiếu lý lịch tư pháp (Công an tỉnh, fully online) is
// submitted on a phone, found by a search without accents, and waits in the centre's default worklist; a counter
// intake of the same procedure ticks its optional document (Giấy ủy quyền), which the dossier then lists as received.
const PROCEDURE_NAME = 'Cấp Phiếu lý lịch tư pháp';
const OPTIONAL_DOC = 'Giấy ủy quyền';
const CENTRE = 'Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk';
const PASSWORD = 'cchc-demo';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Picks a select's option after typing a search without accents. */
async function pickBySearch(page: Page, select: ReturnType<Page['getByLabel']>, typed: string, option: string): Promise<void> {
  await select.click();
  await select.fill(typed);
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** The citizen submits online on a phone, with one file per required document; returns the dossier code. */
async function submitOnline(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/nop-ho-so`);
  await pickBySearch(page, page.getByLabel('Thủ tục hành chính', { exact: true }), 'ly lich tu phap', PROCEDURE_NAME);
  await pickBySearch(page, page.getByLabel('Nơi tiếp nhận', { exact: true }), 'trung tam phuc vu', CENTRE);
  await page.getByLabel('Họ và tên', { exact: true }).fill('Y Bhim Niê');
  await page.getByLabel('Số điện thoại', { exact: true }).fill('0905 111 222');
  const required = await page.locator('[data-testid^="doc-"]', { hasText: 'Bắt buộc' }).count();
  assert.ok(required >= 2, `expected required documents, got ${required}`);
  for (let i = 0; i < required; i++) {
    const doc = page.locator('[data-testid^="doc-"]', { hasText: 'Bắt buộc' }).nth(i);
    const chooser = page.waitForEvent('filechooser');
    await doc.getByRole('button', { name: /^Chọn tệp: / }).click();
    await (await chooser).setFiles({ name: `giay-to-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    await doc.getByText(`giay-to-${i + 1}.pdf`).waitFor();
  }
  await page.getByText('Tôi cam đoan thông tin đã khai').click();
  await expectAxeClean(page, 'online submission on a phone');
  await page.getByTestId('submit-online').click();
  const title = ((await page.getByTestId('submit-code').textContent({ timeout: 15_000 })) ?? '').trim();
  const code = /Mã hồ sơ của bạn: (\S+)/.exec(title)?.[1];
  assert.ok(code, `the dossier code is shown: ${title}`);
  return code;
}

/** Issue #15 points 1–4: online submission in the default worklist, code search, search without accents, ticked optional document. */
export const deskJourney: Journey = {
  name: 'desk: online submission in the worklist, search without accents, the optional document handed over',
  run: async ({ baseUrl, newPage }) => {
    const citizen = await newPage(PHONE);
    const code = await submitOnline(citizen, baseUrl);

    // 1. The centre's clerk sees it in the default worklist, waiting for acceptance, never as "received".
    const clerk = await newPage(DESKTOP);
    await signIn(clerk, baseUrl, 'motcua.tinh', PASSWORD);
    await clerk.goto(`${baseUrl}/mot-cua`);
    const search = clerk.getByLabel('Tìm theo mã hồ sơ, tên người nộp');
    await search.fill(code);
    await search.press('Enter');
    const row = clerk.getByTestId('dossiers-table').locator('tr', { hasText: code });
    await row.getByText('Chờ tiếp nhận').waitFor({ timeout: 15_000 });
    assert.equal(await row.getByText('Đã tiếp nhận').count(), 0, 'not yet accepted, not said received');
    await expectAxeClean(clerk, 'worklist with an online submission');
    await row.getByRole('link', { name: code }).click();
    await clerk.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}$/);
    // The online files sit under the documents they were uploaded for.
    const files = clerk.getByTestId('detail-files');
    await files.getByRole('link', { name: 'giay-to-1.pdf' }).waitFor();
    await files.locator('[data-testid^="file-group-"]', { hasText: 'giay-to-1.pdf' }).first().waitFor();

    // 2. At the counter the procedure is found without accents, and the optional document is ticked and listed.
    await clerk.goto(`${baseUrl}/mot-cua/tiep-nhan`);
    await pickBySearch(clerk, clerk.getByLabel('Thủ tục hành chính', { exact: true }), 'cap phieu ly lich tu phap', PROCEDURE_NAME);
    const docs = clerk.getByTestId('documents-card');
    const required = docs.locator('label.ant-checkbox-wrapper', { hasText: /Bắt buộc/ });
    await required.first().waitFor();
    for (let i = 0; i < (await required.count()); i++) await required.nth(i).click();
    await docs.locator('label.ant-checkbox-wrapper', { hasText: OPTIONAL_DOC }).click();
    await clerk.getByLabel('Họ và tên / tên tổ chức').fill('H Lan Mlô');
    await clerk.getByTestId('intake-submit').click();
    await clerk.locator('.ant-result-title').filter({ hasText: 'Đã tiếp nhận hồ sơ' }).waitFor({ timeout: 15_000 });
    await clerk.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await clerk.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}$/);
    // The documents handed over (what forms 01, 06 and 07 list: server tests hold the forms to it) include the optional one.
    await clerk.getByTestId('detail-files').locator('[data-testid^="file-group-"]', { hasText: OPTIONAL_DOC }).waitFor();
  },
};
