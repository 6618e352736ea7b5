// The keyboard alone: the findings list is one Tab stop with the arrow keys inside (a roving
// tabindex, as in the platform's list boxes); from a finding, Tab reaches its card's links and
// close button before anything else; focus stays on its finding when a re-check rebuilds the list.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoWith, open, settled } from './browser.mjs';

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

const load = (article) => demoWith(session, article);

/** What has focus inside the widget: a finding (kind:start), a link, the close button, or null. */
const focused = (page) => page.evaluate(() => {
  const a = document.querySelector('fact-check').shadowRoot.activeElement;
  if (!a) return document.activeElement?.hasAttribute('data-factcheck-input') ? 'editor' : null;
  if (a.dataset.finding != null) return `finding ${a.dataset.kind}:${a.dataset.start}`;
  if (a.classList.contains('close')) return 'close';
  return a.tagName === 'A' ? 'link' : a.tagName.toLowerCase();
});

test('the findings list is one Tab stop, and the arrow keys, Home and End move inside it', async () => {
  const page = await load('april-revised.txt');
  const tabbable = await page.locator('[data-finding][tabindex="0"]').count();
  assert.equal(tabbable, 1, 'one finding is in the Tab order');
  const order = await page.locator('[data-finding]').evaluateAll((els) => els.map((e) => `finding ${e.dataset.kind}:${e.dataset.start}`));
  await page.locator('[data-action="export-report"]').focus();
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), order[0], 'Tab from the actions enters the list at its first finding');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), order[1]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(page), order[2]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(page), order[1]);
  await page.keyboard.press('End');
  assert.equal(await focused(page), order.at(-1));
  await page.keyboard.press('Home');
  assert.equal(await focused(page), order[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('[data-finding][tabindex="0"]').count(), 1);
  assert.equal(await page.locator('[data-finding][tabindex="0"]').evaluate((e) => `finding ${e.dataset.kind}:${e.dataset.start}`), order[1], 'the Tab stop follows focus');
  assert.deepEqual(page.errors, []);
});

test('from a finding, Tab reaches its card\'s links and close button before leaving the list', async () => {
  const page = await load('april-revised.txt');
  // "Nine": its card cites linked sources.
  const nine = page.locator('[data-finding][data-kind="figure"]', { has: page.locator('.quote', { hasText: /^Nine$/ }) });
  await nine.focus();
  await page.waitForSelector('.card[data-placement]');
  const links = await page.locator('.card a[href]').count();
  assert.ok(links > 0);
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'close', 'the close button first');
  for (let i = 0; i < links; i++) {
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'link', `link ${i + 1} of the card`);
  }
  assert.equal(await page.locator('.card').isVisible(), true, 'the card stays open while its links have focus');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(page), 'link');
  await page.keyboard.press('Escape');
  await page.locator('.card').waitFor({ state: 'hidden' });
  assert.deepEqual(page.errors, []);
});

test('focus stays on the same finding when typing and Alt+Down at once make the list rebuild', async () => {
  const page = await load('april-revised.txt');
  const editor = page.locator('[data-factcheck-input]');
  await editor.click();
  await page.keyboard.press('Control+End');
  // Type, then move to a finding at once; a check then rebuilds the list (forced here, so that
  // the test does not depend on the debounce's timing).
  await page.keyboard.type(' More', { delay: 0 });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  const before = await focused(page);
  assert.match(before, /^finding /);
  const buttonBefore = await page.evaluateHandle(() => document.querySelector('fact-check').shadowRoot.activeElement);
  await page.evaluate(() => document.querySelector('fact-check').checkNow());
  await settled(page);
  assert.equal(await focused(page), before, 'the same finding has focus');
  const replaced = await page.evaluate((b) => !b.isConnected, buttonBefore);
  assert.equal(replaced, true, 'the list was rebuilt in between');
  await page.keyboard.press('Alt+ArrowDown');
  assert.notEqual(await focused(page), before, 'and Alt+Down goes on from there');
});
