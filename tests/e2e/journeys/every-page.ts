import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, signIn, type Journey } from '../harness';

// Every page a user can reach, on a desktop screen and on a phone: one h1, headings in order, table headers named, and
// no axe violation of moderate or higher impact (WCAG 2.1 A/AA and axe's best practices).

type Visit = { path: string | ((page: Page, baseUrl: string) => Promise<string>); label: string };

/** The first link of a list that leads to a detail page (an id from the demo data, whatever it is today). */
const firstDetail = (listPath: string, prefix: string) => async (page: Page, baseUrl: string) => {
  await page.goto(`${baseUrl}${listPath}`);
  const link = page.locator(`a[href^="${prefix}"]`).first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  assert.ok(href, `no detail link on ${listPath}`);
  return href;
};

/** The public lookup of the first dossier of the inbox (its lookup key, read from the dossier as staff see it). */
const lookupOfFirstDossier = async (page: Page, baseUrl: string) => {
  await page.goto(`${baseUrl}/mot-cua`);
  const link = page.locator('a[href^="/mot-cua/ho-so/"]').first();
  await link.waitFor();
  const id = (await link.getAttribute('href'))?.split('/').pop();
  assert.ok(id, 'no dossier link in the inbox');
  const key = await page.evaluate(
    async (dossierId) => ((await (await fetch(`/api/dossiers/${dossierId}`)).json()) as { lookupKey: string }).lookupKey,
    id,
  );
  return `/tra-cuu/${key}`;
};

/** The detail page of the first unit the signed-in user sees (the tree opens units by click, not by link). */
const firstUnit = async (page: Page, baseUrl: string) => {
  await page.goto(`${baseUrl}/`);
  const id = await page.evaluate(async () => ((await (await fetch('/api/units')).json()) as { items: Array<{ id: string }> }).items[0]?.id);
  assert.ok(id, 'no unit');
  return `/quan-tri/don-vi/${id}`;
};

const PUBLIC: Visit[] = [
  { path: '/dang-nhap', label: 'login' },
  { path: '/tra-cuu', label: 'lookup' },
  { path: '/nop-ho-so', label: 'online submission' },
];

const SIGNED_IN: Visit[] = [
  { path: '/', label: 'home' },
  { path: '/mot-cua', label: 'inbox' },
  { path: '/mot-cua/tiep-nhan', label: 'intake' },
  { path: '/mot-cua/so-tai-quay', label: 'counter log' },
  { path: firstDetail('/mot-cua', '/mot-cua/ho-so/'), label: 'dossier detail' },
  { path: '/mot-cua/thu-tuc', label: 'procedures' },
  { path: '/mot-cua/thong-ke', label: 'statistics' },
  { path: lookupOfFirstDossier, label: 'lookup result' },
  { path: '/quan-tri/don-vi', label: 'units' },
  { path: firstUnit, label: 'unit detail' },
  { path: '/quan-tri/nguoi-dung', label: 'users' },
  { path: firstDetail('/quan-tri/nguoi-dung', '/quan-tri/nguoi-dung/'), label: 'user detail' },
  { path: '/quan-tri/nhat-ky', label: 'audit log' },
  { path: '/quan-tri/lich-lam-viec', label: 'calendar' },
  { path: '/quan-tri/chi-tieu', label: 'targets' },
];

/** The page's headings: exactly one h1, and no level skipped going down (h2 after h1, not h3). */
async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => Number(h.tagName.slice(1))));
  const problems: string[] = [];
  const h1 = levels.filter((l) => l === 1).length;
  if (h1 !== 1) problems.push(`${h1} h1 headings`);
  levels.forEach((l, i) => {
    const before = levels[i - 1];
    if (before !== undefined && l > before + 1) problems.push(`h${l} right after h${before}`);
  });
  return problems;
}

/** Opens one page and lists what is wrong with it. */
async function check(page: Page, baseUrl: string, visit: Visit, screen: string): Promise<string[]> {
  const path = typeof visit.path === 'string' ? visit.path : await visit.path(page, baseUrl);
  await page.goto(`${baseUrl}${path}`);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  const found = [...(await headingProblems(page)), ...(await axeViolations(page, ['moderate', 'serious', 'critical']))];
  return found.map((f) => `${visit.label} (${screen}, ${path}): ${f}`);
}

/** Every page, desktop and phone, as a citizen and as the administrator. */
export const everyPageJourney: Journey = {
  name: 'every page: one h1, headings in order, axe clean at moderate impact, desktop and phone',
  run: async ({ baseUrl, newPage }) => {
    const problems: string[] = [];
    for (const [screen, viewport] of [
      ['desktop', { width: 1366, height: 768 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const citizen = await newPage(viewport);
      for (const v of PUBLIC) problems.push(...(await check(citizen, baseUrl, v, screen)));
      const admin = await newPage(viewport);
      await signIn(admin, baseUrl, 'admin', 'cchc-demo');
      for (const v of SIGNED_IN) problems.push(...(await check(admin, baseUrl, v, screen)));
    }
    assert.deepEqual(problems, [], `accessibility problems:\n  ${problems.join('\n  ')}`);
  },
};
