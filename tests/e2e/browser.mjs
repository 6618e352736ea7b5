// Shared set-up for the end-to-end tests: the built dist/ served on a free localhost port, and
// Debian's Chromium driven by playwright-core with the flags this machine needs. Screenshots
// go to test-results/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../www/serve.mjs';

export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');
mkdirSync(RESULTS, { recursive: true });

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server and the browser; `close()` stops both. */
export async function open(options = {}) {
  const { server, url } = await serve({ port: 0, ...options });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
  return {
    url,
    browser,
    async page(path = '', { viewport = { width: 1280, height: 900 }, ...contextOptions } = {}) {
      const context = await browser.newContext({ viewport, ...contextOptions });
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
      await page.goto(url + path);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

export const screenshot = (page, name) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });

/** Waits until the widget has loaded and checked once (after which it makes no request). */
export const widgetReady = (page) => page.waitForFunction(() => document.querySelector('fact-check')?.ready?.then(() => true));

/** Waits until the findings are those of the editor's current text; resolves to the report. */
export async function settled(page) {
  await page.waitForFunction(() => document.querySelector('fact-check')?.upToDate);
  return page.evaluate(() => document.querySelector('fact-check').report);
}

/** Whether two boxes ({left, top, right, bottom}) overlap by more than a rounding pixel. */
export const intersects = (a, b) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** The sizes every layout is measured at: a laptop, a small laptop and a phone. */
export const VIEWPORTS = [{ width: 1280, height: 900 }, { width: 1024, height: 700 }, { width: 390, height: 844 }];

/** Opens the demo at `viewport`, loads the article `id` with its button, and waits for its findings. */
export async function demoWith(session, id, viewport) {
  const page = await session.page('', viewport && { viewport });
  await page.waitForSelector('[data-article]');
  await page.click(`[data-article="${id}"]`);
  await settled(page);
  return page;
}

/** The centre of the first line box of the figure `text`, from the range the widget highlights. */
export const figureCentre = (page, text) => page.evaluate((text) => {
  const f = document.querySelector('fact-check').findings.find((x) => x.kind === 'figure' && x.text === text);
  const r = f.range.getClientRects()[0];
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}, text);
