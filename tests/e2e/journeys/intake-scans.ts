import assert from 'node:assert/strict';
import { expectAxeClean, signIn, type Journey } from '../harness';
import { act, openFromInbox } from './one-stop';

// Issue #15 point 4: a scan attached at intake is opened by the handler. Same procedure and route as the one-stop
// journey: the provincial centre receives, Sở Tư pháp's specialist examines.
const PROCEDURE_CODE = '1.005137';
const PROCEDURE_NAME = 'Xác nhận có quốc tịch Việt Nam ở trong nước';
const PASSWORD = 'cchc-demo';
const DESKTOP = { width: 1366, height: 768 };
const SCAN = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** The counter attaches a scan to a checklist document; the handler finds it under that document and opens it. */
export const intakeScansJourney: Journey = {
  name: 'intake scans: a scan attached at intake is opened by the handler',
  run: async ({ baseUrl, newPage }) => {
    const clerk = await newPage();
    await signIn(clerk, baseUrl, 'motcua.tinh', PASSWORD);
    await clerk.goto(`${baseUrl}/mot-cua/tiep-nhan`);
    const procedure = clerk.getByLabel('Thủ tục hành chính', { exact: true });
    await procedure.click();
    await procedure.fill(PROCEDURE_CODE);
    await clerk.locator('.ant-select-item-option', { hasText: PROCEDURE_NAME }).first().click();
    const docs = clerk.getByTestId('documents-card');
    const required = docs.locator('label.ant-checkbox-wrapper', { hasText: /Bắt buộc/ });
    await required.first().waitFor();
    for (let i = 0; i < (await required.count()); i++) await required.nth(i).click();
    const first = ((await required.first().textContent()) ?? '').split(' (')[0]?.trim() ?? '';
    const chooser = clerk.waitForEvent('filechooser');
    await docs.getByRole('button', { name: `Đính kèm bản quét: ${first}` }).click();
    await (await chooser).setFiles({ name: 'to-khai-quet.pdf', mimeType: 'application/pdf', buffer: SCAN });
    await docs.getByText('to-khai-quet.pdf').waitFor();
    await clerk.getByLabel('Họ và tên / tên tổ chức').fill('Lê Thị Quét');
    await expectAxeClean(clerk, 'intake with a scan');
    await clerk.getByTestId('intake-submit').click();
    const status = clerk.getByTestId('scan-status');
    await status.getByText('Đã lưu vào hồ sơ').waitFor({ timeout: 15_000 });
    const title = (await clerk.locator('.ant-result-title').textContent()) ?? '';
    const code = /Đã tiếp nhận hồ sơ (\S+)/.exec(title)?.[1];
    assert.ok(code, 'the new dossier code is shown');
    await clerk.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await clerk.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}$/);
    await act(clerk, 'forward', { handler: 'tuphap.chuyenvien', expect: 'Đang xử lý' });

    // A page of its own context: the handler's session, not the clerk's.
    const handler = await newPage(DESKTOP);
    await signIn(handler, baseUrl, 'tuphap.chuyenvien', PASSWORD);
    await openFromInbox(handler, baseUrl, code);
    const files = handler.getByTestId('detail-files');
    const group = files.locator('[data-testid^="file-group-"]', { hasText: first });
    const link = group.getByRole('link', { name: 'to-khai-quet.pdf' });
    await link.waitFor();
    await group.getByText('Bản quét tại quầy').waitFor();
    await expectAxeClean(handler, 'dossier page with files by document');
    const res = await handler.request.get(`${baseUrl}${await link.getAttribute('href')}`);
    assert.equal(res.status(), 200);
    assert.ok((await res.body()).equals(SCAN), 'the handler opens the scan as stored');
  },
};
