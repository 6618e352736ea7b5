// What a new user sees first: seed buttons named by headline or outlet and date; a legend that
// says what each verdict means; an empty panel that says what to do; a summary and a status
// that say what their numbers are; one line style per verdict everywhere; numbers nobody would
// check left without an underline.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoWith, open, widgetReady } from './browser.mjs';

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

test('seed buttons are named by headline or outlet and date, not "Seed 1"', async () => {
  const page = await session.page();
  await page.waitForSelector('[data-article]');
  const labels = await page.locator('[data-article$=".txt"]:not([data-article="april-revised.txt"])').allInnerTexts();
  assert.equal(labels.length, 5);
  for (const label of labels) {
    assert.doesNotMatch(label, /^Seed \d/);
    assert.match(label, /^\S.+… · \d{1,2} [A-Z][a-z]{2} 2025$/, label);
  }
  assert.equal(new Set(labels).size, 5, 'each its own name');
});

test('the legend says what each verdict means in a sentence, beside the editor; the empty panel says what to do', async () => {
  const page = await session.page();
  await widgetReady(page);
  const items = await page.locator('.legend li').allInnerTexts();
  for (const verdict of ['Consistent', 'Outdated', 'Conflicting', 'Unverified']) {
    const item = items.find((i) => i.startsWith(verdict));
    assert.ok(item && item.split(' ').length >= 8 && item.endsWith('.'), `${verdict}: ${item}`);
  }
  const [legend, editor] = await Promise.all(['.legend', '#editor'].map((s) => page.locator(s).evaluate((e) => e.getBoundingClientRect().toJSON())));
  assert.ok(legend.top >= editor.bottom && legend.top - editor.bottom < 40 && legend.left === editor.left, 'right under the editor');
  const empty = await page.locator('.empty').innerText();
  assert.match(empty, /^Paste or type an article about the 24 April 2025 strike on Kyiv, .* or the 28 August 2025 strike on Kyiv/);
  assert.equal(await page.locator('[data-factcheck-summary]').innerText(), 'Nothing to check yet');
});

test('the summary and the status say what their numbers are', async () => {
  const page = await demoWith(session, 'april-revised.txt');
  const summary = await page.locator('[data-factcheck-summary]').innerText();
  assert.match(summary, /match with the 24 Apr 2025 strike on Kyiv: \d+%/);
  assert.doesNotMatch(summary, /\(\d+%\)/);
  assert.match(await page.locator('[data-factcheck-status]').innerText(), /^last check took \d+ ms$/);
});

test('each verdict has one line style in the text, the legend, the panel and the card', async () => {
  const page = await demoWith(session, 'april-revised.txt');
  await page.locator('[data-finding][data-verdict="conflicting"]').first().focus();
  const styles = await page.evaluate(() => {
    const root = document.querySelector('fact-check').shadowRoot;
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const out = {};
    for (const v of ['consistent', 'outdated', 'conflicting', 'unverified']) {
      out[v] = {
        // The shorthand holds a var(), so its longhands read empty: the style is read from it.
        text: rules.find((r) => r.selectorText === `::highlight(factcheck-${v})`)?.style.getPropertyValue('text-decoration').match(/\b(solid|dashed|double|dotted|wavy)\b/)?.[1],
        panel: getComputedStyle(root.querySelector(`.sample.v-${v}`)).borderBottomStyle,
        legend: getComputedStyle(document.querySelector(`.legend .l-${v}`)).borderBottomStyle,
      };
    }
    out.card = root.querySelector('.card .badge').textContent;
    return out;
  });
  for (const v of ['consistent', 'outdated', 'conflicting', 'unverified']) {
    assert.equal(styles[v].text, styles[v].panel, `${v}: the text and the panel`);
    assert.equal(styles[v].text, styles[v].legend, `${v}: the text and the legend`);
  }
  assert.equal(styles.conflicting.text, 'double');
  assert.match(styles.card, /double line/);
});

test('numbers nobody would check are not underlined; they are listed apart, collapsed', async () => {
  const page = await demoWith(session, '001_5c0e9fa9b5372774.txt');
  const report = await page.evaluate(() => document.querySelector('fact-check').report);
  const others = report.figures.filter((f) => f.category === 'other').map((f) => f.text);
  assert.ok(others.includes('two') && others.includes('0'), others.join('|'));
  const underlined = await page.evaluate(() => ['consistent', 'outdated', 'conflicting', 'unverified']
    .flatMap((v) => [...(CSS.highlights.get(`factcheck-${v}`) ?? [])].map((r) => r.startOffset + ':' + r.toString())));
  for (const f of report.figures.filter((x) => x.category === 'other')) {
    assert.ok(!underlined.some((u) => u.endsWith(`:${f.text}`) && u.startsWith(`${f.start}:`)), `"${f.text}" is not underlined`);
  }
  assert.equal(await page.locator('details.others').evaluate((d) => d.open), false, 'collapsed');
  assert.match(await page.locator('details.others summary').innerText(), new RegExp(`^Other numbers, not checked \\(${others.length}\\)`));
  assert.equal(await page.locator('[data-finding][data-category="other"]').count(), 0);
});
