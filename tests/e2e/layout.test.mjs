// The layout at a phone's and two laptops' widths: on every embed page and the demo, the editor
// and the panel never overlap, side by side on a laptop and the panel below a full-width editor
// on a phone; on a phone a summary at the top links to the panel; touch screens get no
// keyboard hints.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoWith, intersects, open, screenshot, settled, VIEWPORTS, widgetReady } from './browser.mjs';

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

/** Each page, the selector of its editor's outer box and of the panel. */
const PAGES = {
  demo: ['', '#editor', 'fact-check'],
  textarea: ['embed/textarea.html', '#editor', 'fact-check'],
  contenteditable: ['embed/contenteditable.html', '#editor', 'fact-check'],
  tinymce: ['embed/tinymce.html', '.tox-tinymce', 'fact-check'],
};

for (const [name, [path, editorSelector, panelSelector]] of Object.entries(PAGES)) {
  for (const viewport of VIEWPORTS) {
    test(`${name} at ${viewport.width}x${viewport.height}: the editor and the panel do not overlap`, async () => {
      const page = await session.page(path, { viewport });
      await widgetReady(page);
      if (name === 'demo') {
        await page.click('[data-article="april-revised.txt"]');
        await settled(page);
      }
      const box = (sel) => page.locator(sel).first().evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width };
      });
      const editor = await box(editorSelector);
      const panel = await box(panelSelector);
      assert.ok(!intersects(editor, panel), JSON.stringify({ editor, panel }));
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      assert.ok(editor.right <= width + 0.5 && panel.right <= width + 0.5, 'both inside the page width');
      if (viewport.width < 800) {
        assert.ok(panel.top >= editor.bottom, 'the panel is below the editor');
        assert.ok(editor.width >= width - 60, `the editor takes the full width: ${editor.width} of ${width}`);
      } else {
        assert.ok(panel.left >= editor.right, 'the panel is beside the editor');
        assert.ok(editor.width >= 400, `the editor keeps room to write: ${editor.width}`);
      }
      await screenshot(page, `layout-${name}-${viewport.width}`);
      assert.deepEqual(page.errors, []);
    });
  }
}

test('on a phone a findings summary at the top links to the panel; on a laptop it is not shown', async () => {
  const phone = await demoWith(session, 'april-revised.txt', { width: 390, height: 844 });
  const jump = phone.locator('#jump');
  assert.equal(await jump.isVisible(), true);
  assert.match(await jump.innerText(), /^\d+ figures checked: 1 conflicting, 3 outdated · see the findings/);
  const { top, target } = await jump.evaluate((a) => ({ top: a.getBoundingClientRect().top, target: a.getAttribute('href') }));
  assert.ok(top < 844, 'at the top, in the first screen');
  assert.equal(target, '#findings');
  await jump.click();
  const panelTop = await phone.locator('#findings').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(Math.abs(panelTop) < 2, `the link brings the panel to the top: ${panelTop}`);
  const laptop = await demoWith(session, 'april-revised.txt');
  assert.equal(await laptop.locator('#jump').isVisible(), false);
});

test('touch screens get no keyboard hints; a mouse and keyboard do', async () => {
  const hints = async (page) => page.evaluate(() => ({
    page: getComputedStyle(document.querySelector('.kbd-hint')).display,
    widget: getComputedStyle(document.querySelector('fact-check').shadowRoot.querySelector('.hint')).display,
  }));
  const touch = await session.page('', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await widgetReady(touch);
  assert.deepEqual(await hints(touch), { page: 'none', widget: 'none' });
  const desk = await session.page('');
  await widgetReady(desk);
  const shown = await hints(desk);
  assert.ok(shown.page !== 'none' && shown.widget !== 'none', JSON.stringify(shown));
});
