// A reference set built with `factcheck reference` (www/examples/newsroom-reference.json: the
// bundled strikes and Kyiv, 17 June 2025) taken by the widget as it is: on a report about the
// new strike, the first toll is outdated and the latest consistent.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, screenshot, settled, widgetReady } from './browser.mjs';

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

const REPORT = 'A Russian missile hit a nine-storey building in the Solomianskyi district of Kyiv on Tuesday, 17 June. ' +
  'At first officials said 15 people were killed. The death toll has since risen to 28.';

test('the widget judges the new strike against the newsroom set: the first toll outdated, the latest consistent', async () => {
  const page = await session.page('embed/contenteditable.html?reference=/embed/newsroom-reference.json');
  await widgetReady(page);
  await page.locator('#editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(REPORT);
  const report = await settled(page);
  assert.equal(await page.locator('.error').textContent(), '');
  assert.equal(report.incident.id, 'kyiv-2025-06-17');
  const verdict = (text) => report.figures.find((f) => f.text === text)?.verdict;
  assert.equal(verdict('15'), 'outdated');
  assert.equal(verdict('28'), 'consistent');
  const latest = report.figures.find((f) => f.text === '28').reference.find((v) => v.latest);
  assert.equal(latest.said_by, 'State Emergency Service of Ukraine');
  assert.equal(latest.outlet, 'Interfax-Ukraine');
  assert.equal(latest.tier, 'wire');
  assert.deepEqual(page.errors, []);
  await screenshot(page, 'newsroom-reference');
});
