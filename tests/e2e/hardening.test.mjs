// Hardening in the browser: pasted markup is only ever text (no script runs, no element is
// injected, in the panel, the cards, the summary or the ClaimReview export); axe-core finds no
// accessibility violations; every finding is reached and opened from the keyboard alone.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { open, screenshot, settled, widgetReady } from './browser.mjs';
import { inputOf, PAGES } from './pages.mjs';

const AXE = join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const HOSTILE = [
  '<script>window.pwned = "script"</script> At least 30 people were killed in Kyiv on 24 April 2025.',
  '<img src=x onerror="window.pwned = \'img\'"> Nine people were killed, said <b>Zelensky</b>.',
  '<a href="javascript:window.pwned = \'link\'">click</a> “<svg onload="window.pwned = \'svg\'">” 63 injured &amp; &lt;i&gt;12&lt;/i&gt; killed.',
].join('\n');

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

for (const path of ['', 'embed/contenteditable.html', 'embed/textarea.html']) {
  test(`pasted markup stays text everywhere (${path || 'demo'})`, async () => {
    const page = await session.page(path);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    await widgetReady(page);
    const countElements = () => page.evaluate(() => {
      const root = document.querySelector('fact-check').shadowRoot;
      const all = [document, root];
      return all.map((r) => r.querySelectorAll('script, img, svg, iframe, object, a[href^="javascript"], b, i').length);
    });
    const baseline = await countElements();
    await page.evaluate((t) => navigator.clipboard.writeText(t), HOSTILE);
    await page.click('[data-factcheck-input]');
    await page.keyboard.press('Control+V');
    await settled(page);
    // Open every card, so that everything the widget renders has been rendered.
    for (const button of await page.locator('[data-finding]').all()) await button.focus();
    await page.evaluate(() => {
      const el = document.querySelector('fact-check');
      el.setAttribute('publisher-name', 'Example Fact Check');
      el.setAttribute('publisher-url', 'https://factcheck.example.org/');
    });
    await page.locator('[data-action="copy-claimreview"]').click();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'no script ran');
    const [doc, shadow] = await countElements();
    assert.equal(shadow, baseline[1], 'no element was injected into the widget');
    if (!path.includes('contenteditable')) assert.equal(doc, baseline[0], 'no element was injected into the page');
    const panel = await page.locator('.groups').innerText();
    assert.match(panel, /<script>window\.pwned|<img src=x onerror|<svg onload/, 'markup is shown as text');
    const reviews = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(reviews, /<script>window\.pwned = \\"script\\"<\/script>/, 'ClaimReview carries the text as text');
    await screenshot(page, `xss-${(path || 'demo').replace(/\W+/g, '-')}`);
  });
}

/** axe-core's violations on the page after some typing, with a card open; block ids made stable. */
async function axeViolations(name, query = '') {
  // axe is injected as a script tag, which the page's strict CSP would block: bypass it here only.
  const page = await session.page(name && `embed/${name}.html${query}`, { bypassCSP: true });
  if (PAGES[name]?.ready) await page.waitForFunction(PAGES[name].ready);
  const widget = !query.includes('widget=off');
  if (widget) await widgetReady(page);
  if (!name) await page.click('[data-article="april-revised.txt"]');
  else {
    await inputOf(page, name).click();
    await page.keyboard.type('Kyiv, 24 April 2025. Nine people were killed and 63 injured. A post claimed 30 died.');
  }
  if (widget) {
    await settled(page);
    await page.locator('[data-finding]').first().focus(); // a card open, too
  }
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  await page.context().close();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} (${n.target.join(' ').replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, '<id>')})`));
}

for (const name of ['', ...Object.keys(PAGES)]) {
  test(`axe-core finds nothing the widget added (${name || 'demo'})`, async (t) => {
    const violations = await axeViolations(name);
    if (!PAGES[name]?.axeOwn) return assert.deepEqual(violations, []);
    // An editor with issues of its own: the same page without the widget has every one of them.
    const own = await axeViolations(name, '?widget=off');
    t.diagnostic(`the editor's own: ${own.join('; ')}`);
    assert.deepEqual(violations.filter((v) => !own.includes(v)), []);
  });
}

test('every finding is reached and its card opened from the keyboard alone', async () => {
  const page = await session.page();
  await widgetReady(page);
  // Tab to the article button and load it with the keyboard.
  await page.focus('[data-article="april-revised.txt"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('fact-check')?.upToDate && document.querySelector('fact-check').findings.length > 5);
  const total = await page.locator('[data-finding]').count();
  await page.focus('[data-factcheck-input]');
  await page.keyboard.press('Control+Home');
  const seen = new Set();
  for (let k = 0; k < total; k++) {
    await page.keyboard.press('Alt+ArrowDown');
    const state = await page.evaluate(() => {
      const el = document.querySelector('fact-check');
      const focused = el.shadowRoot.activeElement;
      return { key: `${focused?.dataset.kind}:${focused?.dataset.start}`, card: !el.shadowRoot.querySelector('.card').hidden };
    });
    assert.ok(state.card, 'the card is open');
    seen.add(state.key);
  }
  assert.equal(seen.size, total, 'every finding was reached');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute('data-factcheck-input')), true);
  await screenshot(page, 'keyboard-all');
});

test('with forced colours and reduced motion, verdicts still differ by line style, and nothing animates', async () => {
  const page = await session.page();
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await widgetReady(page);
  await page.click('[data-article="april-revised.txt"]');
  await settled(page);
  const styles = await page.evaluate(() => {
    const root = document.querySelector('fact-check').shadowRoot;
    const style = (v) => getComputedStyle(root.querySelector(`[data-finding][data-verdict="${v}"] .sample`)).borderBottomStyle;
    const animated = [...root.querySelectorAll('*')].filter((e) => {
      const cs = getComputedStyle(e);
      return cs.animationName !== 'none' || parseFloat(cs.transitionDuration) > 0;
    }).length;
    return { consistent: style('consistent'), outdated: style('outdated'), conflicting: style('conflicting'), unverified: style('unverified'), animated };
  });
  assert.equal(new Set([styles.consistent, styles.outdated, styles.conflicting, styles.unverified]).size, 4, JSON.stringify(styles));
  assert.equal(styles.animated, 0);
  await screenshot(page, 'forced-colors');
});
