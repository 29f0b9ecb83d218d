import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { expectAxeClean, signIn, type Journey } from '../harness';

const UNIT_NAME = 'Phòng Hành chính tư pháp';
const UNIT_CODE = '66.STP.HCTP';
const USERNAME = 'hctp.truongphong';
const PASSWORD = 'mat-khau-truong-phong';

// Picks the new unit in a tree select by searching its name. The dropdown re-renders while the search filters, so a click
// can land on a node that is being replaced; the pick is retried until the select shows the unit.
async function pickUnit(page: Page, input: Locator, scope: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await input.click();
    await input.fill('hanh chinh tu phap');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: UNIT_NAME }).first().click();
    const shown = await scope
      .locator('.ant-select', { hasText: UNIT_NAME })
      .first()
      .waitFor({ timeout: 3_000 })
      .then(
        () => true,
        () => false,
      );
    if (shown) return;
    if (attempt === 3) throw new Error(`the unit picker did not take "${UNIT_NAME}"`);
  }
}

/** Issue #2's journey: admin creates a unit, creates a user and grants a role; the user sees only the subtree; the audit log shows both changes. */
export const adminOrgJourney: Journey = {
  name: 'admin creates a unit and grants a role; the new user sees only their subtree; audit shows both',
  run: async ({ baseUrl, newPage }) => {
    const page = await newPage();
    await signIn(page, baseUrl, 'admin', 'cchc-demo');

    // 1. Create a unit under Sở Tư pháp.
    await page.getByRole('link', { name: 'Đơn vị' }).click();
    await page.getByLabel('Tìm đơn vị').fill('Sở Tư pháp');
    await page.getByLabel('Tìm đơn vị').press('Enter');
    await page
      .getByRole('treeitem', { name: /Sở Tư pháp/ })
      .first()
      .click();
    await expectAxeClean(page, 'units page');
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    await page.getByLabel('Mã đơn vị').fill(UNIT_CODE);
    await page.getByLabel('Tên đơn vị').fill(UNIT_NAME);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('tree').getByText(UNIT_NAME).waitFor({ timeout: 15_000 });

    // 2. Create a user in that unit and grant them the unit-head role on it.
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.waitForSelector('[data-testid=users-table] tbody tr.ant-table-row');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill(USERNAME);
    await dialog.getByLabel('Họ và tên').fill('Trần Thị Trưởng Phòng');
    await pickUnit(page, dialog.getByLabel('Đơn vị', { exact: true }), dialog);
    await dialog.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('.ant-select-dropdown')].some(
          (d) =>
            d.getBoundingClientRect().height > 0 && getComputedStyle(d).visibility !== 'hidden' && getComputedStyle(d).display !== 'none',
        ),
    );
    await expectAxeClean(page, 'create user dialog');
    await page.getByTestId('user-form-submit').click();
    await page.waitForURL(/\/quan-tri\/nguoi-dung\/[0-9a-f-]{36}/);
    await page.getByRole('button', { name: 'Cấp vai trò' }).click();
    const grant = page.getByRole('dialog');
    await grant.getByLabel('Vai trò').click();
    await page.locator('[data-testid=role-option-unit_head]').click();
    await pickUnit(page, grant.getByLabel('Đơn vị'), grant);
    await page.getByTestId('grant-submit').click();
    await page.getByTestId('grants-table').getByText('Thủ trưởng đơn vị').waitFor();

    // 3. The audit log shows the unit creation and the grant.
    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await page.waitForSelector('[data-testid=audit-table] tbody tr.ant-table-row');
    await page.locator('[data-testid=audit-table] tr', { hasText: 'Tạo đơn vị' }).first().waitFor();
    await page.locator('[data-testid=audit-table] tr', { hasText: 'Cấp vai trò' }).first().waitFor();
    await expectAxeClean(page, 'audit log');

    // 3b. Targets are data with their source: the seeded on-time target is listed and opens for editing.
    await page.getByRole('link', { name: 'Chỉ tiêu' }).click();
    const edit = page.getByRole('button', { name: /^Sửa: Tỉ lệ đúng hạn Toàn tỉnh/ });
    await edit.first().waitFor();
    await expectAxeClean(page, 'targets page');
    await edit.first().click();
    await page.getByRole('dialog').waitFor();
    await expectAxeClean(page, 'target edit dialog');
    await page.keyboard.press('Escape');

    // 4. The new user signs in and sees only their unit's subtree.
    const other = await newPage({ width: 1366, height: 768 });
    await signIn(other, baseUrl, USERNAME, PASSWORD);
    await other.getByRole('link', { name: 'Đơn vị' }).click();
    await other.getByRole('tree').getByText(UNIT_NAME).waitFor();
    const treeText = (await other.getByRole('tree').textContent()) ?? '';
    assert.ok(!treeText.includes('Sở Nội vụ'), 'a unit head of one office must not see other departments');
    assert.ok(!treeText.includes('Tỉnh Đắk Lắk'), 'nor the province above their unit');
    const users = await other.request.get(`${baseUrl}/api/users`);
    assert.equal(users.status(), 200);
    const listed = ((await users.json()) as { items: Array<{ username: string }> }).items.map((u) => u.username);
    assert.deepEqual(listed, [USERNAME], 'only users of their own subtree');
    const outside = await other.request.get(`${baseUrl}/api/units?q=${encodeURIComponent('Sở Nội vụ')}`);
    assert.equal(((await outside.json()) as { total: number }).total, 0);
  },
};
