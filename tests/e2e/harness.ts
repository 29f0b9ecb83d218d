import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** What every journey gets: the app's base URL and a fresh browser page factory. */
export type JourneyContext = {
  baseUrl: string;
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
};

/** A browser journey: a name and the steps, throwing on failure. */
export type Journey = { name: string; run: (ctx: JourneyContext) => Promise<void> };

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the real app (built SPA + API) on a fresh embedded database seeded with demo data. */
export async function startApp(port: number): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CCHC_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited early:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`app did not start in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's Chromium headless (never a downloaded browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeRun = (
  ctx: unknown,
  opts: unknown,
) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;

/** Runs axe-core on the page: each violation of the given rule tags and impacts as 'rule (impact): first targets'. */
export async function axeViolations(
  page: Page,
  impacts: readonly string[] = ['minor', 'moderate', 'serious', 'critical'],
  tags: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's Content-Security-Policy (script-src
  // 'self') stays on for the journeys and rightly refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ impacts, tags }) => {
      const axe = (window as unknown as { axe: { run: AxeRun } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations
        .filter((v) => impacts.includes(v.impact))
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
    },
    { impacts: [...impacts], tags: [...tags] },
  );
}

/** Runs axe-core on the page and throws listing every WCAG 2 A/AA violation. */
export async function expectAxeClean(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page, undefined, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (violations.length) throw new Error(`axe violations on ${label}:\n  ${violations.join('\n  ')}`);
}

/** Signs in through the login page. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'), { timeout: 15_000 });
}
