// Debian's Chromium, headless, driven by playwright-core (no browser download: the one the
// system has). Shared by the page check (view_check.mjs) and its benchmark (view_bench.mjs).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.KG_CHROMIUM || '/usr/bin/chromium';

// Flags that work as root in a container without a GPU; nothing that phones home.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPresent() { return existsSync(CHROMIUM); }

// A browser with a fresh profile, and a close() that removes it.
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: FLAGS, headless: true, viewport: { width: 1400, height: 860 },
  });
  return {
    context,
    async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

// Opens a page file, recording every request the page makes (the file itself included) and
// every script error; waits until the page's hook is there.
export async function openPage(context, file) {
  const page = await context.newPage();
  const requests = [], errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('dialog', (dialog) => { errors.push('dialog: ' + dialog.message()); dialog.dismiss(); });
  const url = 'file://' + file;
  await page.goto(url);
  await page.waitForFunction(() => window.kgView !== undefined, null, { timeout: 60000 });
  return { page, url, requests, errors };
}

export async function waitForLayout(page, timeout = 120000) {
  await page.waitForFunction(() => !window.kgView.layoutRunning(), null, { timeout, polling: 100 });
}

// Frames per second while the mouse drags node `id` in circles for `ms` milliseconds.
export async function dragFps(page, id, ms = 3000) {
  const at = await page.evaluate((node) => window.kgView.screenPosition(node), id);
  if (!at) throw new Error(`node ${id} is not on screen`);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  const before = await page.evaluate(() => [window.kgView.frames(), performance.now()]);
  const start = Date.now();
  for (let k = 0; Date.now() - start < ms; ++k)
    await page.mouse.move(at.x + 120 * Math.sin(k / 15), at.y + 80 * Math.cos(k / 15) - 80);
  const after = await page.evaluate(() => [window.kgView.frames(), performance.now()]);
  await page.mouse.up();
  return (after[0] - before[0]) / ((after[1] - before[1]) / 1000);
}
