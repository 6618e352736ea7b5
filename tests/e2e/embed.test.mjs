// The embed pages (pages.mjs: textarea, contenteditable, TinyMCE, ProseMirror, Lexical, Quill,
// CKEditor 5, the WordPress block editor) in headless Chromium: findings appear as one types
// and pastes; the editor's text and undo history are the same with the widget on and off; the
// caret never moves; every highlight follows the editor's re-renders; no request leaves after
// load; nothing breaks the CSP the server sends; ClaimReview export; one's own reference set;
// detach leaves no trace.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { open, screenshot, settled } from './browser.mjs';
import { inputOf, openPage, PAGES, press, queuedTasks, read, settleEdit } from './pages.mjs';

const TYPED = 'Kyiv, 24 April 2025. Nine people were killed and 63 injured.';
const PASTED = ' A post shared thousands of times claimed that 30 people were killed in Kyiv that night.';

let session;
before(async () => {
  session = await open({ extra: { '/embed/broken-reference.json': ['application/json', '{"schema": 1, "incidents": [{"id": "x", "figures": [{"category": "killed", "reports": [{"value": -3}]}]}], "people": []}'] } });
});
after(async () => {
  await session?.close();
});

async function load(name, query = '') {
  return openPage(session, name, query, (page) => page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  }));
}

/** Types, pastes, deletes a word and types again: the same edits on every page, each settled. */
async function edit(page, name) {
  await inputOf(page, name).click();
  // The editor takes the click's selection from its `selectionchange` first: typed before
  // it, Lexical made the first key an undo step of its own, now and then (2026-12-05).
  await queuedTasks(page);
  await page.keyboard.type(TYPED, { delay: 5 });
  await settleEdit(page, name);
  await page.evaluate((t) => navigator.clipboard.writeText(t), PASTED);
  await page.keyboard.press('Control+V');
  await settleEdit(page, name);
  await page.keyboard.press('Control+Backspace');
  await settleEdit(page, name);
  await page.keyboard.type('night!', { delay: 5 });
  await settleEdit(page, name);
}

const text = (page, name) => read(page, name, 'text');
const caret = (page, name) => read(page, name, 'caret');

/** Undoes step by step, recording the text after each step, until nothing changes. */
async function undoHistory(page, name) {
  const steps = [];
  for (let i = 0; i < 40; i++) {
    steps.push(await text(page, name));
    await page.keyboard.press('Control+Z');
    await settleEdit(page, name);
    if ((await text(page, name)) === steps.at(-1) && i > 0) break;
  }
  return steps;
}

/** Each figure's highlight, in page: the text its range selects, and whether it is drawn and in the document. */
const figureMarks = () => {
  const el = document.querySelector('fact-check');
  const highlights = el.adapter.doc.defaultView.CSS.highlights;
  // Numbers nobody would check (category other) are listed, not drawn.
  return el.findings.filter((f) => f.kind === 'figure' && f.category !== 'other').map((f) => ({
    text: f.text,
    selected: f.range?.toString(),
    connected: Boolean(f.range?.startContainer.isConnected),
    drawn: Boolean(highlights.get(`factcheck-${f.verdict}`)?.has(f.range)),
  }));
};

for (const name of Object.keys(PAGES)) {
  describe(`${name} page`, () => {
    test('typing and pasting bring findings; the caret stays; the text is the same as without the widget', async () => {
      const on = await load(name);
      await edit(on, name);
      const caretAfterTyping = await caret(on, name);
      await settled(on);
      assert.equal(await caret(on, name), caretAfterTyping, 'the caret did not move');
      const conflicting = on.locator('[data-finding][data-verdict="conflicting"][data-category="killed"]');
      assert.equal(await conflicting.count(), 1);
      assert.ok(await on.locator('[data-finding][data-verdict="outdated"]').count() >= 2);
      const withWidget = await text(on, name);
      await screenshot(on, `embed-${name}`);

      const off = await load(name, '?widget=off');
      await edit(off, name);
      assert.equal(await caret(off, name), caretAfterTyping);
      assert.equal(withWidget, await text(off, name), 'the same edits give the same text');
      assert.deepEqual(await undoHistory(on, name), await undoHistory(off, name), 'the same undo history');
      if (name === 'tinymce') {
        const levels = (p) => p.evaluate(() => window.editor.undoManager.data.map((l) => l.content));
        assert.ok((await levels(on)).length > 0);
      }
      assert.deepEqual(on.errors, []);
    });

    test('no request leaves the page after load, and the strict CSP is never violated', async () => {
      const page = await load(name);
      const requests = [];
      page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
      await edit(page, name);
      await settled(page);
      assert.deepEqual(requests, []);
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    });

    test("after the editor's own re-renders (bold, undo, redo, a split and a join), every highlight still selects its figure", async () => {
      const page = await load(name);
      await edit(page, name);
      await settled(page);
      const before = await page.evaluate(figureMarks);
      assert.ok(before.length >= 4);
      const plain = await read(page, name, 'content');
      for (const keys of [['Control+A', 'Control+B'], ['Control+Z'], ['Control+Shift+Z'], ['Control+Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter'], ['Backspace']]) {
        for (const key of keys) await press(page, key);
        await settleEdit(page, name);
        await settled(page);
        if (keys[1] === 'Control+B' && name !== 'textarea') assert.notEqual(await read(page, name, 'content'), plain, 'the text was made bold');
        const marks = await page.evaluate(figureMarks);
        assert.equal(marks.length, before.length, keys.join(' '));
        for (const m of marks) assert.deepEqual(m, { text: m.text, selected: m.text, connected: true, drawn: true }, keys.join(' '));
      }
      assert.deepEqual(page.errors, []);
    });

    test('ClaimReview export has the schema.org shape, from the API and the panel action', async () => {
      const page = await load(name);
      await edit(page, name);
      await settled(page);
      // The publisher, as a page sets it on the element (there is no default).
      await page.evaluate(() => {
        const el = document.querySelector('fact-check');
        el.setAttribute('publisher-name', 'Example Fact Check');
        el.setAttribute('publisher-url', 'https://factcheck.example.org/');
      });
      await page.locator('[data-action="copy-claimreview"]').click();
      await page.waitForFunction(() => /copied/.test(document.querySelector('fact-check').shadowRoot.querySelector('.status').textContent));
      const reviews = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
      // The block editor pastes " A post …" into the first block without its space ("63
      // injured.A post …"): still two sentences (text/sentences.rs).
      assert.ok(reviews.length >= 2, `the two claim sentences with checked figures: ${JSON.stringify(reviews.map((r) => r.claimReviewed))}`);
      for (const r of reviews) {
        assert.equal(r['@context'], 'https://schema.org');
        assert.equal(r['@type'], 'ClaimReview');
        assert.equal(typeof r.claimReviewed, 'string');
        assert.ok(r.claimReviewed.length > 0);
        assert.equal(r.reviewRating['@type'], 'Rating');
        assert.match(r.reviewRating.alternateName, /^(Consistent|Outdated|Conflicting|Quote|Title|Wrong title)[^_]*$/);
        assert.ok(r.reviewRating.ratingValue >= r.reviewRating.worstRating && r.reviewRating.ratingValue <= r.reviewRating.bestRating);
        assert.equal(r.itemReviewed['@type'], 'Claim');
        if (r.itemReviewed.author) assert.equal(typeof r.itemReviewed.author.name, 'string');
        assert.equal(r.itemReviewed.appearance['@type'], 'CreativeWork');
        assert.match(r.itemReviewed.appearance.url, /^http:\/\/localhost:\d+\/embed\//);
        assert.deepEqual(r.author, { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example.org/' });
        assert.match(r.datePublished, /^\d{4}-\d{2}-\d{2}$/);
      }
      const conflicting = reviews.find((r) => r.reviewRating.alternateName.startsWith('Conflicting'));
      assert.match(conflicting.claimReviewed, /30 people were killed/);
    });
  });
}

test('detach() removes every trace of the widget', async () => {
  const page = await load('textarea');
  await edit(page, 'textarea');
  await settled(page);
  const traces = () => page.evaluate(() => ({
    elements: document.querySelectorAll('fact-check').length,
    highlights: [...CSS.highlights.keys()].filter((k) => CSS.highlights.get(k).size > 0).length,
    sheets: document.adoptedStyleSheets.length,
  }));
  assert.equal((await traces()).elements, 1);
  const value = await text(page, 'textarea');
  await page.evaluate(() => window.factcheck.detach());
  assert.deepEqual(await traces(), { elements: 0, highlights: 0, sheets: 0 });
  assert.equal(await text(page, 'textarea'), value);
  await page.keyboard.type(' more');
  assert.equal(await page.evaluate(() => document.querySelectorAll('fact-check').length), 0);
});

test('a reference set of one\'s own loads by URL, and a broken one shows its error while the bundled set stays', async () => {
  const good = await load('contenteditable', '?reference=/embed/reference.json');
  await edit(good, 'contenteditable');
  await settled(good);
  assert.equal(await good.locator('.error').textContent(), '');
  assert.equal(await good.locator('[data-finding][data-verdict="conflicting"]').count(), 1);

  const broken = await load('contenteditable', '?reference=/embed/broken-reference.json');
  await edit(broken, 'contenteditable');
  await settled(broken);
  const error = await broken.locator('.error').textContent();
  assert.match(error, /incidents\[x\]\.figures\[0\]\.reports\[0\]: missing field `order`/, error);
  assert.match(error, /bundled reference set is used instead/);
  assert.equal(await broken.locator('[data-finding][data-verdict="conflicting"]').count(), 1, 'the bundled set still checks');
  await screenshot(broken, 'embed-broken-reference');
});

test('the demo page links every embed page', async () => {
  const page = await session.page('');
  const links = await page.locator('footer a[href^="embed/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links.sort(), Object.keys(PAGES).map((name) => `embed/${name}.html`).sort());
});
