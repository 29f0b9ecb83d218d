import { execFileSync } from 'node:child_process';
import { startApp, launchBrowser, type Journey } from './harness';
import { JOURNEYS } from './journeys';

// Browser journeys against the built app on a fresh embedded database; prints `N passed, N failed`.
async function main(): Promise<void> {
  const only = process.argv[2];
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  const app = await startApp(Number(process.env.E2E_PORT ?? 3199));
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  try {
    const selected: Journey[] = only ? JOURNEYS.filter((j) => j.name.includes(only)) : JOURNEYS;
    for (const journey of selected) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
      const started = Date.now();
      try {
        await journey.run({
          baseUrl: app.baseUrl,
          newPage: async (viewport) => {
            const ctx = viewport ? await browser.newContext({ viewport, locale: 'vi-VN' }) : context;
            return ctx.newPage();
          },
        });
        passed++;
        console.log(`  ✓ ${journey.name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${journey.name}\n    ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        const page = context.pages()[0];
        if (page) await page.screenshot({ path: `test-results/e2e-${journey.name.replace(/\W+/g, '-')}.png` }).catch(() => {});
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
