// The demo page in headless Chromium: paste each seed and read the findings, type and keep the
// caret, hover a figure and read its card, move by keyboard, and save screenshots.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { figureCentre, open, screenshot, settled, widgetReady } from './browser.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** What a fact-checker expects to see flagged in each seed: [figure text, category, verdict]. */
const EXPECTED = {
  '000_07d0504bfaebc798.txt': [['at least 23', 'killed', 'consistent'], ['598', 'drones', 'consistent'], ['53', 'injured', 'outdated']],
  '001_5c0e9fa9b5372774.txt': [['19', 'killed', 'outdated'], ['at least 48', 'injured', 'consistent']],
  '002_bd82c5051f033c0e.txt': [['at least four', 'killed', 'outdated'], ['40', 'missiles', 'outdated'], ['around 400', 'drones', 'consistent']],
  '003_f1b6b5ba79f4232f.txt': [['550', 'drones', 'outdated'], ['72', 'breached', 'consistent'], ['more than eight', 'duration', 'consistent']],
  '004_b1c98fba87abfd1e.txt': [['63', 'injured', 'outdated'], ['34', 'killed', 'outdated'], ['up to 150', 'drones', 'consistent']],
};

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

/** Pastes `text` into the editor with the real clipboard and Ctrl+V, replacing what is there. */
async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click('[data-factcheck-input]');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

const panelFindings = (page) =>
  page.locator('[data-finding][data-kind="figure"]').evaluateAll((els) =>
    els.map((e) => ({ text: e.querySelector('.quote').textContent, verdict: e.dataset.verdict, category: e.dataset.category, start: +e.dataset.start, end: +e.dataset.end })));

async function newPage() {
  const page = await session.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
  await page.waitForSelector('[data-article]');
  return page;
}

test('pasting each seed lists its figures with the engine verdicts, and the ones a fact-checker expects', async () => {
  const page = await newPage();
  for (const file of seedFiles) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    await paste(page, text);
    await settled(page);
    const editorText = await page.locator('[data-factcheck-input]').evaluate((e) => e.textContent);
    assert.equal(editorText, text, `${file}: the pasted text is unchanged`);
    const native = JSON.parse(execFileSync('cargo', ['run', '-q', '--bin', 'factcheck', '--', '--format', 'json', join(SEEDS, file)], { cwd: ROOT, encoding: 'utf8' }).split('\n')[0]);
    const shown = await panelFindings(page);
    const sorted = [...shown].sort((a, b) => a.start - b.start);
    const checked = native.figures.filter((f) => f.category !== 'other');
    assert.deepEqual(sorted.map((f) => [f.text, f.category, f.verdict]), checked.map((f) => [f.text, f.category, f.verdict]), `${file}: the panel shows the engine's figures`);
    // Numbers the reference does not track are listed apart, collapsed, and never underlined.
    const others = await page.locator('[data-other]').allTextContents();
    assert.deepEqual(others, native.figures.filter((f) => f.category === 'other').map((f) => f.text), `${file}: other numbers`);
    for (const f of shown) assert.equal(text.slice(f.start, f.end), f.text, `${file}: data-start/data-end select "${f.text}"`);
    for (const [t, category, verdict] of EXPECTED[file]) {
      assert.ok(shown.some((f) => f.text === t && f.category === category && f.verdict === verdict), `${file}: "${t}" ${category} ${verdict}`);
    }
    const summary = await page.locator('[data-factcheck-summary]').textContent();
    assert.match(summary, new RegExp(`^${checked.length} figures: `), summary);
    await screenshot(page, `seed-${file.replace('.txt', '')}`);
  }
  assert.deepEqual(page.errors, []);
});

test('the widget loads its engine with one request for the .wasm, the glue inside its scripts', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.goto(session.url);
  await widgetReady(page);
  await context.close();
  assert.deepEqual(paths.filter((p) => p.endsWith('.wasm')), ['/pkg/factcheck_bg.wasm']);
  const scripts = paths.filter((p) => p.endsWith('.js'));
  assert.ok(scripts.length > 0 && scripts.every((p) => p.startsWith('/widget/') || p === '/demo.js'), scripts.join(', '));
});

test('typing keeps the caret where it was and the text exactly as typed', async () => {
  const page = await newPage();
  await page.click('[data-article="april-revised.txt"]');
  await settled(page);
  const editor = page.locator('[data-factcheck-input]');
  const before = await editor.evaluate((e) => e.textContent);
  // Put the caret right after "Kyiv, 24 April 2025." and type a new sentence.
  const at = before.indexOf('2025.') + 5;
  await editor.evaluate((e, at) => {
    e.focus();
    const range = document.createRange();
    range.setStart(e.firstChild, at);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
  }, at);
  const typed = ' Officials said 31 people were killed in Kyiv.';
  await page.keyboard.type(typed, { delay: 15 });
  const caret = () => page.evaluate(() => {
    const s = document.getSelection();
    const e = document.querySelector('[data-factcheck-input]');
    const r = document.createRange();
    r.setStart(e, 0);
    r.setEnd(s.focusNode, s.focusOffset);
    return { offset: r.toString().length, collapsed: s.isCollapsed, inEditor: e.contains(s.focusNode) };
  });
  const typedCaret = await caret();
  const report = await settled(page);
  const after = await editor.evaluate((e) => e.textContent);
  assert.equal(after, before.slice(0, at) + typed + before.slice(at));
  assert.deepEqual(await caret(), typedCaret, 'the caret did not move when the findings updated');
  assert.deepEqual(typedCaret, { offset: at + typed.length, collapsed: true, inEditor: true });
  const f = report.figures.find((x) => x.text === '31');
  assert.equal(f?.verdict, 'conflicting', 'the typed figure is checked live');
  assert.ok(await page.locator('[data-finding][data-verdict="conflicting"][data-start="' + f.start + '"]').count());
  await screenshot(page, 'typing');
  assert.deepEqual(page.errors, []);
});

test('an edit re-checks its paragraph at once, and the full check that follows agrees', async () => {
  const page = await session.page();
  await page.click('[data-article="april-revised.txt"]');
  await settled(page);
  const editor = page.locator('[data-factcheck-input]');
  const before = await editor.evaluate((e) => e.textContent);
  const at = before.indexOf('2025.') + 5;
  const typed = ' A post claimed 31 people were killed in Kyiv.';
  const seen = await editor.evaluate((e, [at, typed]) => new Promise((resolve) => {
    const element = document.querySelector('fact-check');
    const snap = (findings) => findings.map((f) => [f.kind, f.start, f.end, f.verdict].join(' ')).sort();
    const events = [];
    element.addEventListener('findingschange', function listen({ detail }) {
      events.push({ partial: Boolean(detail.partial), findings: snap(detail.findings) });
      if (!detail.partial) {
        element.removeEventListener('findingschange', listen);
        resolve(events);
      }
    });
    e.focus();
    const range = document.createRange();
    range.setStart(e.firstChild, at);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
    document.execCommand('insertText', false, typed);
  }), [at, typed]);
  assert.equal(seen.length, 2, JSON.stringify(seen));
  assert.ok(seen[0].partial && !seen[1].partial, 'the paragraph first, then the whole text');
  const start = at + typed.indexOf('31');
  assert.ok(seen[0].findings.includes(`figure ${start} ${start + 2} conflicting`), 'the typed figure is judged at once');
  assert.deepEqual(seen[0].findings, seen[1].findings, 'the full check found what the paragraph check did');
  assert.deepEqual(page.errors, []);
});

test('hovering a revised figure opens a card with its verdict, sources and history', async () => {
  const page = await newPage();
  await page.click('[data-article="april-revised.txt"]');
  await settled(page);
  const { x, y } = await figureCentre(page, 'Nine');
  await page.mouse.move(x, y);
  const card = page.locator('.card');
  await card.waitFor({ state: 'visible' });
  const text = await card.innerText();
  assert.match(text, /outdated/i);
  // The reference history: the mayor's first count, the emergency service's 9, the ministry's
  // revision to 8, then 12 and 13.
  assert.match(await card.locator('svg.timeline').getAttribute('aria-label'), /2, then 9, then 8, then 12, then 13/);
  assert.match(text, /latest/i);
  // Seed 004 is a repost whose outlet and headline the reference set now carries (issue 25).
  assert.match(text, /mixedtimes\.com: “/, 'a seed is cited by its outlet and headline');
  assert.doesNotMatch(text, /\.txt\b/, 'never by its file name');
  assert.equal(await card.locator('a[href^="https://"]').count() > 0, true, 'a source is linked');
  assert.match(text, /earlier/i, 'the explanation says the figure was revised');
  await screenshot(page, 'card-hover');
  await page.mouse.move(5, 5);
  await card.waitFor({ state: 'hidden' });
  assert.deepEqual(page.errors, []);
});

test('Alt+Down moves through the findings in text order, and Escape closes the card', async () => {
  const page = await newPage();
  await page.click('[data-article="april-revised.txt"]');
  const report = await settled(page);
  await page.click('[data-factcheck-input]');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+ArrowDown');
  const card = page.locator('.card');
  await card.waitFor({ state: 'visible' });
  const first = Math.min(...report.figures.map((f) => f.start), ...report.claims.map((c) => c.start));
  assert.equal(await page.evaluate(() => document.querySelector('fact-check').active.start), first);
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  const focused = await page.evaluate(() => document.querySelector('fact-check').shadowRoot.activeElement?.dataset.start);
  assert.ok(Number(focused) > first);
  await screenshot(page, 'keyboard');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute('data-factcheck-input')), true, 'focus returns to the editor');
});

test('offsets stay right after emoji and Cyrillic', async () => {
  const page = await newPage();
  const text = '🇺🇦👨‍👩‍👧 Київ: at least 23 people were killed in Kyiv on 28 August 2025.';
  await paste(page, text);
  await settled(page);
  const shown = await panelFindings(page);
  const f = shown.find((x) => x.category === 'killed');
  assert.equal(f.text, 'at least 23');
  assert.equal(text.slice(f.start, f.end), 'at least 23');
  const highlighted = await page.evaluate(() => [...CSS.highlights.get('factcheck-consistent')].map((r) => r.toString()));
  assert.ok(highlighted.includes('at least 23'), highlighted.join('|'));
});

test('without the Highlight API the overlay draws the same marks outside the editor', async () => {
  const page = await session.page('?highlights=overlay');
  await page.waitForSelector('[data-article]');
  await page.click('[data-article="004_b1c98fba87abfd1e.txt"]');
  await settled(page);
  const marks = await page.evaluate(() => document.querySelector('fact-check').shadowRoot.querySelectorAll('.overlay .mark').length);
  assert.ok(marks > 20, `${marks} marks`);
  assert.equal(await page.evaluate(() => document.querySelector('[data-factcheck-input]').querySelectorAll('.mark, .overlay').length), 0, 'nothing is drawn inside the editor');
  await screenshot(page, 'overlay');
});

test('a long text is checked in a worker and the page stays responsive', async () => {
  const page = await newPage();
  const seed = readFileSync(join(SEEDS, seedFiles[0]), 'utf8');
  const big = Array.from({ length: 40 }, () => seed).join('\n');
  await paste(page, big);
  await page.waitForFunction(() => /in a worker/.test(document.querySelector('fact-check').shadowRoot.querySelector('.status').textContent));
  const report = await page.evaluate(() => document.querySelector('fact-check').report);
  assert.ok(report.figures.length >= 40 * 11, `${report.figures.length} figures`);
});
