// The card a fact-checker reads: placed beside its figure and never over it, at three window
// sizes; the figure scrolled into view first; dates, readings and events in words; the
// history drawn, one report marked latest; pinned by a click; claims open theirs on hover; every
// source named as one cites it, never by a file name.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { SEED_HEADLINES } from '../../www/src/seeds.js';
import { demoWith, figureCentre, intersects, open, screenshot, settled, VIEWPORTS, widgetReady } from './browser.mjs';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

const load = (article, viewport) => demoWith(session, article, viewport);

/** Focuses the panel entry of a finding (as Tab and the arrow keys do) and waits for its card to be placed. */
async function focusFinding(page, entry) {
  await (typeof entry === 'string' ? page.locator(entry) : entry).first().focus();
  await page.waitForSelector('.card[data-placement]');
}

/**
 * The card's box, its header's parts, the active figure's line boxes (in the page, past
 * TinyMCE's frame) and the window, measured now.
 */
const measure = (page) => page.evaluate(() => {
  const el = document.querySelector('fact-check');
  const card = el.shadowRoot.querySelector('.card');
  const { x, y } = el.adapter.frame();
  const box = (r, dx = 0, dy = 0) => ({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy });
  return {
    card: box(card.getBoundingClientRect()),
    title: box(card.querySelector('header .figure').getBoundingClientRect()),
    close: box(card.querySelector('.close').getBoundingClientRect()),
    figure: [...el.active.range.getClientRects()].map((r) => box(r, x, y)),
    text: el.active.text,
    window: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
    // What of the editor one sees: a textarea's box (its mirror's), TinyMCE's frame, or the window.
    editor: box(({ textarea: el.shadowRoot.querySelector('.mirror'), tinymce: document.querySelector('iframe') }[el.adapter.kind] ?? document.documentElement).getBoundingClientRect()),
  };
});

const inside = (a, w) => a.left >= w.left - 0.5 && a.top >= w.top - 0.5 && a.right <= w.right + 0.5 && a.bottom <= w.bottom + 0.5;

/** Focuses every figure's panel entry in turn and checks where its card went. */
async function everyCardClear(page, name) {
  const count = await page.locator('[data-finding][data-kind="figure"]').count();
  assert.ok(count > 10, `${count} figures`);
  for (let i = 0; i < count; i++) {
    await focusFinding(page, `[data-finding][data-kind="figure"] >> nth=${i}`);
    const m = await measure(page);
    for (const line of m.figure) {
      assert.ok(inside(line, m.window) && inside(line, { ...m.editor, top: Math.max(m.editor.top, 0), bottom: Math.min(m.editor.bottom, m.window.bottom) }),
        `"${m.text}" was scrolled into view: ${JSON.stringify({ line, editor: m.editor })}`);
      assert.ok(!intersects(m.card, line), `the card covers "${m.text}": ${JSON.stringify({ card: m.card, line })}`);
    }
    assert.ok(inside(m.card, m.window), `the card of "${m.text}" is inside the window: ${JSON.stringify(m.card)}`);
    assert.ok(inside(m.title, m.window) && inside(m.close, m.window), `the title and close button of "${m.text}" are in the window`);
    if (i === 3) await screenshot(page, `card-${name}`);
  }
  assert.deepEqual(page.errors, []);
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}x${viewport.height}, every figure's card stays clear of its figure and inside the window, the figure in view`, async () => {
    await everyCardClear(await load('004_b1c98fba87abfd1e.txt', viewport), viewport.width);
  });
}

for (const editor of ['textarea', 'tinymce']) {
  for (const viewport of [VIEWPORTS[1], VIEWPORTS[2]]) {
    test(`in the ${editor} page at ${viewport.width}x${viewport.height}, cards stay clear of their figures, which scroll into view in the editor`, async () => {
      const page = await session.page(`embed/${editor}.html`, { viewport });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
      await widgetReady(page);
      await page.evaluate((t) => navigator.clipboard.writeText(t), readFileSync(join(SEEDS, '004_b1c98fba87abfd1e.txt'), 'utf8'));
      await (editor === 'tinymce' ? page.frameLocator('iframe').locator('body') : page.locator('#editor')).click();
      await page.keyboard.press('Control+V');
      await settled(page);
      await everyCardClear(page, `${editor}-${viewport.width}`);
    });
  }
}

/** The text of the card the panel entry for `text` opens. */
async function cardOf(page, text, kind = 'figure') {
  const entry = page.locator(`[data-finding][data-kind="${kind}"]`, { has: page.locator('.quote', { hasText: new RegExp(`^${text}$`) }) });
  await focusFinding(page, entry.first());
  return page.locator('.card').innerText();
}

test('date and weekday cards show dates, placed against the strike', async () => {
  const page = await load('004_b1c98fba87abfd1e.txt');
  const dates = {
    'April 24, 2025': /24 April 2025, the day of the strike/,
    'April 23, 2025': /23 April 2025, the day before the strike/,
    Thursday: /Thursday, most likely 24 April 2025, the day of the strike/,
    'July 8': /8 July \(no year given\), the day of the strike/,
  };
  for (const [text, expected] of Object.entries(dates)) {
    const card = await cardOf(page, text);
    assert.match(card, expected, card);
    assert.doesNotMatch(card, /\(exact\)|interval|--\d\d-\d\d|^0 /m, card);
  }
  const revised = await load('april-revised.txt');
  assert.match(await cardOf(revised, '28 April'), /28 April \(no year given\), 4 days after the strike/);
});

test('a card says in words what the figure was read as, with its cue words, and names events by title', async () => {
  const page = await load('april-revised.txt');
  const card = await cardOf(page, 'Nine');
  assert.match(card, /Number\s+exactly 9/);
  assert.match(card, /Counts\s+people killed/);
  assert.match(card, /Where\s+in Kyiv/);
  assert.match(card, /Event\s+the 24 April 2025 strike on Kyiv/);
  assert.match(card, /Cue words\s+“killed” \(what it counts\)/);
  assert.match(card, /Outdated: since revised to 13 people killed/);
  const seed = await load('004_b1c98fba87abfd1e.txt');
  const earlier = await cardOf(seed, '34');
  assert.match(earlier, /Event\s+the 8 July 2024 strike on Kyiv/, 'an earlier event, by its title');
  assert.doesNotMatch(earlier, /kyiv-20\d\d/, 'never by its id');
});

test('the history is a timeline, one mark per report, and exactly one report is marked latest in every card', async () => {
  const page = await load('april-revised.txt');
  await cardOf(page, 'Nine');
  const chart = await page.evaluate(() => {
    const card = document.querySelector('fact-check').shadowRoot.querySelector('.card');
    return {
      marks: card.querySelectorAll('svg.timeline circle.mark').length,
      latestMarks: card.querySelectorAll('svg.timeline circle.mark.latest').length,
      reports: card.querySelectorAll('ol.sources > li').length,
      label: card.querySelector('svg.timeline').getAttribute('aria-label'),
      latestY: +card.querySelector('svg.timeline circle.mark.latest').getAttribute('cy'),
      firstY: +card.querySelector('svg.timeline circle.mark').getAttribute('cy'),
    };
  });
  assert.equal(chart.marks, chart.reports, 'one mark per report');
  assert.equal(chart.latestMarks, 1);
  assert.match(chart.label, /2, then 9, then 8, then 12, then 13/);
  assert.ok(chart.latestY < chart.firstY, 'the latest, 13, is drawn above the first, 2');
  await screenshot(page, 'card-timeline');
  for (const file of Object.keys(SEED_HEADLINES)) {
    const seed = await load(file);
    const count = await seed.locator('[data-finding][data-kind="figure"]').count();
    for (let i = 0; i < count; i++) {
      await focusFinding(seed, `[data-finding][data-kind="figure"] >> nth=${i}`);
      const { reports, latest, text } = await seed.evaluate(() => {
        const el = document.querySelector('fact-check');
        const card = el.shadowRoot.querySelector('.card');
        return { reports: card.querySelectorAll('ol.sources > li').length, latest: card.querySelectorAll('ol.sources .latest').length, text: el.active.text };
      });
      if (reports) assert.equal(latest, 1, `${file} "${text}": one report marked latest`);
    }
  }
});

test('every source is an outlet with a headline or description, a date or the seed it comes from, and a link; never a file name', async () => {
  for (const file of [...Object.keys(SEED_HEADLINES), 'april-revised.txt']) {
    const page = await load(file);
    const count = await page.locator('[data-finding][data-kind="figure"]').count();
    for (let i = 0; i < count; i++) {
      await focusFinding(page, `[data-finding][data-kind="figure"] >> nth=${i}`);
      const sources = await page.evaluate(() => [...document.querySelector('fact-check').shadowRoot.querySelectorAll('.card ol.sources > li')]
        .map((li) => ({ text: li.innerText, link: li.querySelector('a')?.href ?? null })));
      const card = await page.locator('.card').innerText();
      const internal = card.match(/\S*\.txt\b|[0-9a-f]{16}|\([A-Z]+-[A-Z0-9]+\)/);
      assert.equal(internal, null, `${file}: no file name or internal code in the card`);
      for (const s of sources) {
        if (s.link) {
          assert.match(s.link, /^https?:\/\//);
          assert.match(s.text, /^[\d,.]+( LATEST)? — [^:]+: .+, \d{1,2} [A-Z][a-z]{2} \d{4}/, `${file}: outlet, headline or description, date: ${s.text}`);
        } else {
          assert.match(s.text, /Seed article [1-5]: “[A-Z][^”]+…”/, `${file}: a seed by its number and headline: ${s.text}`);
        }
      }
    }
  }
});

test('the seed names quote the first words of each seed article', () => {
  for (const [file, words] of Object.entries(SEED_HEADLINES)) {
    const first = readFileSync(join(SEEDS, file), 'utf8').split('\n')[0];
    assert.ok(first.startsWith(words), `${file}: "${words}"`);
  }
});

test('a click pins the card until Escape or a click elsewhere; Escape clears the active highlight', async () => {
  const page = await load('april-revised.txt');
  const nine = await figureCentre(page, 'Nine');
  await page.mouse.click(nine.x, nine.y);
  await page.waitForSelector('.card[data-placement]');
  // Hovering another figure would open its card at once; the pinned card stays.
  const other = await figureCentre(page, '63');
  await page.mouse.move(other.x, other.y);
  assert.match(await page.locator('.card header').innerText(), /“Nine”/);
  await page.mouse.click(5, 880);
  await page.locator('.card').waitFor({ state: 'hidden' });
  await page.mouse.click(nine.x, nine.y);
  await page.waitForSelector('.card[data-placement]');
  const active = () => page.evaluate(() => CSS.highlights.get('factcheck-active')?.size ?? 0);
  assert.equal(await active(), 1);
  await page.keyboard.press('Escape');
  await page.locator('.card').waitFor({ state: 'hidden' });
  assert.equal(await active(), 0, 'no highlight stays active');
  assert.deepEqual(page.errors, []);
});

test('hovering a claim, the tinted sentence, opens its card: kinds, score and reasons, speaker, verdict', async () => {
  const page = await load('april-revised.txt');
  // A word of the claim that is no figure: "Service" in "…the State Emergency Service said…".
  const point = await page.evaluate(() => {
    const el = document.querySelector('fact-check');
    const claim = el.findings.find((f) => f.kind === 'claim' && f.data.speaker === 'State Emergency Service of Ukraine');
    const at = claim.text.indexOf('Service');
    const r = el.map.range(claim.start + at, claim.start + at + 7).getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForSelector('.card[data-placement]');
  const card = await page.locator('.card').innerText();
  assert.match(card, /^Claim/);
  assert.match(card, /Kinds\s+a statistic; attributed to a source/);
  assert.match(card, /Check-worthiness\s+\d+%: specific number/);
  assert.match(card, /Speaker\s+State Emergency Service of Ukraine/);
  assert.match(card, /Verdict\s+by its figures: outdated/);
  assert.match(card, /Figures\s+“Nine”: outdated/);
  await screenshot(page, 'card-claim');
});
