import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectAxeClean, signIn, type Journey } from '../harness';

// Xác nhận có quốc tịch Việt Nam (Sở Tư pháp): route = centre receives → Sở Tư pháp examines → its head signs
// (db/seeds/procedures-daklak.ts; the judicial record certificate used before moved to Công an tỉnh in 2025).
const PROCEDURE_CODE = '1.005137';
const PROCEDURE_NAME = 'Xác nhận có quốc tịch Việt Nam ở trong nước';
const APPLICANT = 'Nguyễn Văn Bình';
const MASKED = 'N*** V** B***';
const ID_NUMBER = '066090001234';
const PASSWORD = 'cchc-demo';
const DESKTOP = { width: 1366, height: 768 };

type Counts = { received: number; finished: number };

/** The current Vietnam month as the stats page computes it (both ends included). */
export function currentMonth(): { from: string; to: string } {
  const today = new Date(Date.now() + 7 * 3_600_000);
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const mm = String(m + 1).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

async function monthTotals(page: Page, baseUrl: string): Promise<Counts> {
  const { from, to } = currentMonth();
  const res = await page.request.get(`${baseUrl}/api/dossier-stats?from=${from}&to=${to}`);
  assert.equal(res.status(), 200, `stats: ${await res.text()}`);
  const { total } = (await res.json()) as { total: Counts };
  return { received: total.received, finished: total.finished };
}

async function waitStatus(page: Page, label: string): Promise<void> {
  await page.getByTestId('status-tag').filter({ hasText: label }).first().waitFor({ timeout: 15_000 });
}

/** Clicks an action button of the detail page, fills the dialog and confirms; waits for the new status. */
export async function act(
  page: Page,
  action: string,
  opts: { note?: { label: string; text: string }; handler?: string; expect: string },
): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (opts.handler) {
    await dialog.getByLabel('Người xử lý').click();
    await page.locator('.ant-select-item-option', { hasText: opts.handler }).first().click();
  }
  if (opts.note) await dialog.getByLabel(opts.note.label).fill(opts.note.text);
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
  await waitStatus(page, opts.expect);
}

/** Opens a dossier from the inbox by searching its code. */
export async function openFromInbox(page: Page, baseUrl: string, code: string): Promise<void> {
  await page.goto(`${baseUrl}/mot-cua`);
  const search = page.getByLabel('Tìm theo mã hồ sơ, tên người nộp');
  await search.fill(code);
  await search.press('Enter');
  await page.getByTestId('dossiers-table').getByRole('link', { name: code }).click();
  await page.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}$/);
}

/** Issue #4: intake with receipt PDF, supplement request, public lookup on a phone, resubmission, finish, return, statistics. */
export const oneStopJourney: Journey = {
  name: 'one-stop: intake + receipt PDF, supplement, phone lookup, resubmit, finish, return, statistics',
  run: async ({ baseUrl, newPage }) => {
    // 0. A leader's figures for the current month before the dossier exists.
    const leader = await newPage(DESKTOP);
    await signIn(leader, baseUrl, 'lanhdao.tinh', PASSWORD);
    const before = await monthTotals(leader, baseUrl);

    // 1. The clerk at the provincial centre receives a complete dossier and downloads the receipt.
    const clerk = await newPage();
    await signIn(clerk, baseUrl, 'motcua.tinh', PASSWORD);
    await clerk.goto(`${baseUrl}/mot-cua`);
    await clerk.getByTestId('intake-button').click();
    await clerk.waitForURL(/\/mot-cua\/tiep-nhan$/);
    const procedure = clerk.getByLabel('Thủ tục hành chính', { exact: true });
    await procedure.click();
    await procedure.fill(PROCEDURE_CODE);
    await clerk.locator('.ant-select-item-option', { hasText: PROCEDURE_NAME }).first().click();
    const docs = clerk.getByTestId('documents-card');
    await docs.getByRole('checkbox').first().waitFor();
    // Tick every required document (the ones tagged 'Bắt buộc').
    const required = docs.locator('label.ant-checkbox-wrapper', { hasText: /Bắt buộc/ });
    const n = await required.count();
    assert.ok(n >= 2, `expected required documents, got ${n}`);
    for (let i = 0; i < n; i++) await required.nth(i).click();
    await clerk.getByTestId('completeness').filter({ hasText: 'đã đầy đủ' }).waitFor();
    await clerk.getByLabel('Họ và tên / tên tổ chức').fill(APPLICANT);
    await clerk.getByLabel('Số CCCD / giấy tờ').fill(ID_NUMBER);
    await clerk.getByLabel('Số điện thoại').fill('0912 345 678');
    await clerk.getByLabel('Địa chỉ').fill('12 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk');
    await clerk.getByTestId('intake-submit').click();
    const title = clerk.locator('.ant-result-title');
    await title.filter({ hasText: 'Đã tiếp nhận hồ sơ' }).waitFor({ timeout: 15_000 });
    const code = /Đã tiếp nhận hồ sơ (\S+)/.exec((await title.textContent()) ?? '')?.[1];
    assert.ok(code, 'the new dossier code is shown');
    // The citizen's lookup key (printed on the receipt): the public page takes it, never the sequential code.
    const lookupKey = ((await clerk.getByTestId('lookup-key').textContent()) ?? '').trim();
    assert.match(lookupKey, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'the lookup key is shown after intake');
    const receiptHref = await clerk.getByRole('link', { name: 'Giấy tiếp nhận (PDF)' }).getAttribute('href');
    assert.match(receiptHref ?? '', /^\/api\/dossiers\/[0-9a-f-]{36}\/forms\/01\.pdf$/);
    const pdf = await clerk.request.get(`${baseUrl}${receiptHref}`);
    assert.equal(pdf.status(), 200);
    assert.match(pdf.headers()['content-type'] ?? '', /^application\/pdf/);
    assert.equal((await pdf.body()).subarray(0, 4).toString('latin1'), '%PDF');

    // The route starts at the centre: the clerk hands the dossier to Sở Tư pháp's specialist.
    await clerk.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await clerk.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}$/);
    const detailUrl = clerk.url();
    await waitStatus(clerk, 'Được tiếp nhận');
    // Received today: the 2025 rules (docs/DOMAIN.md §10); the control slip shows the hand-over deadline, met at once.
    await clerk.getByText('Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP').waitFor();
    await clerk.getByTestId('hand-over').filter({ hasText: 'Chưa chuyển' }).waitFor();
    await act(clerk, 'forward', { handler: 'tuphap.chuyenvien', expect: 'Đang xử lý' });
    await clerk.getByTestId('hand-over').filter({ hasText: 'Đúng hạn' }).waitFor();

    // 2. The specialist opens it from the inbox and asks for a supplement.
    const handler = await newPage(DESKTOP);
    await signIn(handler, baseUrl, 'tuphap.chuyenvien', PASSWORD);
    await openFromInbox(handler, baseUrl, code);
    await waitStatus(handler, 'Đang xử lý');
    await act(handler, 'request_supplement', {
      note: { label: 'Giấy tờ cần bổ sung', text: 'Bổ sung bản sao chứng thực Căn cước công dân còn hiệu lực' },
      expect: 'Yêu cầu bổ sung giấy tờ',
    });

    // 3. The citizen looks the dossier up on a phone: status shown, name masked, no personal data, accessible.
    const phone = await newPage({ width: 390, height: 844 });
    await phone.goto(`${baseUrl}/tra-cuu/${code}`);
    await phone.getByRole('alert').filter({ hasText: 'Không tìm thấy hồ sơ với mã tra cứu này' }).waitFor();
    await phone.goto(`${baseUrl}/tra-cuu`);
    await phone.getByLabel('Mã tra cứu').fill(lookupKey.toLowerCase());
    await phone.getByRole('button', { name: 'Tra cứu' }).click();
    await phone.waitForURL((u) => u.pathname === `/tra-cuu/${lookupKey.replace(/-/g, '')}`);
    await phone.getByRole('heading', { name: code }).waitFor({ timeout: 15_000 });
    await phone.getByText('Yêu cầu bổ sung giấy tờ').first().waitFor();
    // Issue #15 point 6: what to add and where to bring it, and the clock paused instead of the appointment.
    await phone.getByText('Bổ sung bản sao chứng thực Căn cước công dân còn hiệu lực').waitFor();
    await phone.getByText('Nộp bổ sung tại').waitFor();
    await phone.getByText('Tạm dừng tính thời gian giải quyết').waitFor();
    await phone.getByText('Tạm dừng, sẽ hẹn lại khi nhận đủ giấy tờ bổ sung').waitFor();
    await phone.getByText(MASKED).waitFor();
    const publicText = (await phone.locator('body').innerText()) ?? '';
    assert.ok(!publicText.includes(APPLICANT), 'the full applicant name must not be public');
    assert.ok(!publicText.includes('Bình'), 'nor any full word of the name beyond its first letter');
    assert.ok(!publicText.includes(ID_NUMBER), 'the ID number must not be public');
    assert.ok(!publicText.includes('0912'), 'nor the phone number');
    const wide = await phone.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    assert.deepEqual(wide, [], 'the lookup page scrolls sideways on a phone');
    await expectAxeClean(phone, 'public lookup result (phone)');

    // 4. The citizen brings the papers to the counter; the specialist sends it to the head, who finishes it; the clerk returns it.
    await clerk.goto(detailUrl);
    await waitStatus(clerk, 'Yêu cầu bổ sung giấy tờ');
    await act(clerk, 'resubmit', { expect: 'Đang xử lý' });

    await handler.reload();
    await waitStatus(handler, 'Đang xử lý');
    await act(handler, 'forward', { expect: 'Đang xử lý' });

    const head = await newPage(DESKTOP);
    await signIn(head, baseUrl, 'tuphap.giamdoc', PASSWORD);
    await openFromInbox(head, baseUrl, code);
    await act(head, 'finish', { note: { label: 'Ghi chú', text: 'Đã ký Phiếu lý lịch tư pháp số 1' }, expect: 'Đã xử lý xong' });

    await clerk.reload();
    await waitStatus(clerk, 'Đã xử lý xong');
    await act(clerk, 'return_result', { expect: 'Đã trả kết quả' });
    await clerk.getByTestId('result-kind').filter({ hasText: 'Giải quyết xong' }).waitFor();
    const steps = (await clerk.getByTestId('steps-table').innerText()) ?? '';
    assert.ok(steps.includes('Hoàng Văn Đức'), 'the control slip names the specialist');

    await phone.reload();
    await phone.getByText('Đã trả kết quả').first().waitFor({ timeout: 15_000 });

    // 5. The statistics page for this month counts the dossier as received and finished.
    const after = await monthTotals(leader, baseUrl);
    assert.equal(after.received, before.received + 1, 'received this month grows by one');
    assert.equal(after.finished, before.finished + 1, 'finished this month grows by one');
    await leader.goto(`${baseUrl}/mot-cua/thong-ke`);
    await leader.getByRole('heading', { name: 'Thống kê giải quyết hồ sơ' }).waitFor();
    await leader.locator('.ant-segmented-item', { hasText: /^Tháng$/ }).click();
    const finishedKpi = leader
      .locator('.ant-statistic', { has: leader.getByText('Đã giải quyết', { exact: true }) })
      .locator('.ant-statistic-content-value');
    const digits = async () => ((await finishedKpi.textContent()) ?? '').replace(/\D/g, '');
    const deadline = Date.now() + 15_000;
    while ((await digits()) !== String(after.finished)) {
      if (Date.now() > deadline) assert.fail(`finished KPI shows ${await digits()}, expected ${after.finished}`);
      await leader.waitForTimeout(200);
    }
  },
};
