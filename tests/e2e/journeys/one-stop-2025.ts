import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { signIn, type Journey } from '../harness';
import { act, currentMonth, openFromInbox } from './one-stop';

// Issue #14: under the 2025 rules a clerk guides an incomplete dossier (form 02 printed, no dossier created), receives
// a complete one, the head refuses it after review (its result), the counter returns it, and both on-time rates on the
// statistics page move as the rule tables say (core/dossier-stats). Route of the procedure: the provincial centre
// receives → Sở Tư pháp examines → its head signs (db/seeds/procedures-daklak.ts).
const PROCEDURE_CODE = '1.005137';
const PROCEDURE_NAME = 'Xác nhận có quốc tịch Việt Nam ở trong nước';
const PASSWORD = 'cchc-demo';
const DESKTOP = { width: 1366, height: 768 };

type Counts = { toHandle: number; finished: number; finishedEarly: number; received: number; onTimeRate: number | null };
type Figures = { periodic: Counts; serviceIndex: Counts; guided: number };

async function figures(page: Page, baseUrl: string): Promise<Figures> {
  const { from, to } = currentMonth();
  const get = async (rules: string) => {
    const res = await page.request.get(`${baseUrl}/api/dossier-stats?from=${from}&to=${to}${rules}`);
    assert.equal(res.status(), 200, await res.text());
    return (await res.json()) as { total: Counts; counterOutcomes?: { guided: number } };
  };
  const periodic = await get('');
  const serviceIndex = await get('&rules=decision-766');
  return { periodic: periodic.total, serviceIndex: serviceIndex.total, guided: periodic.counterOutcomes?.guided ?? -1 };
}

async function pickProcedure(clerk: Page, baseUrl: string): Promise<void> {
  await clerk.goto(`${baseUrl}/mot-cua/tiep-nhan`);
  const procedure = clerk.getByLabel('Thủ tục hành chính', { exact: true });
  await procedure.click();
  await procedure.fill(PROCEDURE_CODE);
  await clerk.locator('.ant-select-item-option', { hasText: PROCEDURE_NAME }).first().click();
  await clerk.getByTestId('documents-card').getByRole('checkbox').first().waitFor();
}

/** Issue #14: counter guidance (form 02), reception, refusal after review returned as the result, both rates. */
export const oneStop2025Journey: Journey = {
  name: 'one-stop 2025: guidance with form 02, reception, refusal after review returned, both on-time rates',
  run: async ({ baseUrl, newPage }) => {
    const leader = await newPage(DESKTOP);
    await signIn(leader, baseUrl, 'lanhdao.tinh', PASSWORD);
    const before = await figures(leader, baseUrl);

    // 1. An incomplete dossier: the clerk ticks one document and guides the applicant with form 02; nothing is received.
    const clerk = await newPage(DESKTOP);
    await signIn(clerk, baseUrl, 'motcua.tinh', PASSWORD);
    await pickProcedure(clerk, baseUrl);
    const required = clerk.getByTestId('documents-card').locator('label.ant-checkbox-wrapper', { hasText: /Bắt buộc/ });
    assert.ok((await required.count()) >= 2, 'the procedure has at least two required documents');
    await required.first().click();
    await clerk.getByLabel('Họ và tên / tên tổ chức').fill('Lê Thị Hoa');
    await clerk.getByTestId('counter-guide').click();
    const guide = clerk.getByRole('dialog');
    await guide.getByRole('button', { name: 'Lưu và lập phiếu' }).click();
    const done = clerk.getByTestId('counter-done');
    await done.waitFor({ timeout: 15_000 });
    const pdfHref = await done.getByRole('link', { name: 'In phiếu (PDF)' }).getAttribute('href');
    assert.ok(pdfHref, 'the slip has a printable form');
    const pdf = await clerk.request.get(`${baseUrl}${pdfHref}`);
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 4).toString('latin1'), '%PDF');

    // 2. A complete dossier is received.
    await pickProcedure(clerk, baseUrl);
    const all = clerk.getByTestId('documents-card').locator('label.ant-checkbox-wrapper', { hasText: /Bắt buộc/ });
    for (let i = 0; i < (await all.count()); i++) await all.nth(i).click();
    await clerk.getByTestId('completeness').filter({ hasText: 'đã đầy đủ' }).waitFor();
    await clerk.getByLabel('Họ và tên / tên tổ chức').fill('Phạm Văn Cường');
    await clerk.getByTestId('intake-submit').click();
    const title = clerk.locator('.ant-result-title');
    await title.filter({ hasText: 'Đã tiếp nhận hồ sơ' }).waitFor({ timeout: 15_000 });
    const code = /Đã tiếp nhận hồ sơ (\S+)/.exec((await title.textContent()) ?? '')?.[1];
    assert.ok(code, 'the new dossier code is shown');
    await clerk.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await clerk.waitForURL(/\/mot-cua\/ho-so\/[0-9a-f-]{36}$/);
    const detailUrl = clerk.url();
    await clerk.getByTestId('action-forward').click();
    const fwd = clerk.getByRole('dialog');
    await fwd.getByLabel('Người xử lý').click();
    await clerk.locator('.ant-select-item-option', { hasText: 'tuphap.chuyenvien' }).first().click();
    await fwd.getByRole('button', { name: 'Xác nhận' }).click();
    await fwd.waitFor({ state: 'hidden', timeout: 15_000 });

    // 3. The specialist passes it to the approval step, where the head who signs is offered first; the head refuses it.
    const specialist = await newPage(DESKTOP);
    await signIn(specialist, baseUrl, 'tuphap.chuyenvien', PASSWORD);
    await openFromInbox(specialist, baseUrl, code);
    await specialist.getByTestId('action-forward').click();
    const toHead = specialist.getByRole('dialog');
    await toHead.getByLabel('Người xử lý').click();
    await specialist.locator('.ant-select-item-option', { hasText: 'lãnh đạo, ký duyệt' }).first().click();
    await toHead.getByRole('button', { name: 'Xác nhận' }).click();
    await toHead.waitFor({ state: 'hidden', timeout: 15_000 });
    const head = await newPage(DESKTOP);
    await signIn(head, baseUrl, 'tuphap.giamdoc', PASSWORD);
    await openFromInbox(head, baseUrl, code);
    await act(head, 'refuse_after_review', {
      note: { label: 'Lý do từ chối giải quyết (in trên Mẫu 03, trả cho người nộp)', text: 'Người đề nghị đã có quốc tịch nước ngoài' },
      expect: 'Đã xử lý xong',
    });

    // 4. The counter returns the refusal, which is the dossier's result.
    await clerk.goto(detailUrl);
    await act(clerk, 'return_result', { expect: 'Đã trả kết quả' });
    await clerk.getByTestId('result-kind').filter({ hasText: 'Từ chối giải quyết' }).waitFor();

    // 5. The figures: one guided at the counter (no dossier), one dossier received and finished early under both rules.
    const after = await figures(leader, baseUrl);
    assert.equal(after.guided, before.guided + 1, 'the counter log counts the guidance');
    for (const k of ['periodic', 'serviceIndex'] as const) {
      assert.equal(after[k].received, before[k].received + 1, `${k}: received grows by one`);
      assert.equal(after[k].finished, before[k].finished + 1, `${k}: finished grows by one (the refusal is a result)`);
      assert.equal(after[k].finishedEarly, before[k].finishedEarly + 1, `${k}: finished early (refused the day it came)`);
      // One more dossier finished early: the on-time rate can only rise, and does unless it was already 100.
      const [b, a] = [before[k].onTimeRate ?? 100, after[k].onTimeRate ?? 100];
      assert.ok(b === 100 ? a === 100 : a > b, `${k}: the on-time rate ${b} → ${a}`);
    }
    await leader.goto(`${baseUrl}/mot-cua/thong-ke`);
    await leader.getByRole('heading', { name: 'Thống kê giải quyết hồ sơ' }).waitFor();
    await leader.locator('.ant-segmented-item', { hasText: /^Tháng$/ }).click();
    const card = leader.locator('.ant-card', { hasText: 'Đối chiếu tỉ lệ đúng hạn' });
    const pct = (v: number | null) =>
      `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v ?? 0)} %`;
    for (const [label, value] of [
      ['Báo cáo định kỳ (Biểu II.06a)', after.periodic.onTimeRate],
      ['Chỉ số 2.1, Quyết định 766/QĐ-TTg', after.serviceIndex.onTimeRate],
    ] as const) {
      await card
        .locator('.ant-statistic', { hasText: label })
        .filter({ hasText: pct(value) })
        .waitFor({ timeout: 15_000 });
    }
  },
};
