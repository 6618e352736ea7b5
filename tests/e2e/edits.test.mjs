// The user's text is never touched: 200 random edits (typing, pasting, deleting backwards and
// forwards, moving, selecting, bold, new paragraphs that split and Delete that joins blocks,
// undo, redo) in each embed page (pages.mjs), with the widget attached and without it, must
// leave the same content and the same undo history. The edits come from a seeded generator, so a failure
// replays exactly; EDITS_SEED picks another sequence.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open, settled } from './browser.mjs';
import { inputOf, openPage, PAGES, press, read, settleEdit } from './pages.mjs';

const SEED = Number(process.env.EDITS_SEED ?? 20251123);
const EDITS = 200;
const SNIPPETS = [
  'At least 23 people were killed', ' and 63 injured', ' in Kyiv', '. ', 'nine', ' twenty-three ', '598 drones',
  ' “We will respond,” said Zelensky.', '\n', ' up to 150', ' <b>bold?</b> ', ' 🇺🇦 ', ' Київ ', ' 28 August 2025',
];

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function plan(seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  return Array.from({ length: EDITS }, () => {
    const r = next();
    if (r < 0.3) return ['type', pick(SNIPPETS)];
    if (r < 0.42) return ['paste', pick(SNIPPETS)];
    if (r < 0.54) return ['press', 'Backspace', 1 + Math.floor(next() * 6)];
    if (r < 0.58) return ['press', 'Delete', 1 + Math.floor(next() * 3)];
    if (r < 0.66) return ['press', pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'Home', 'End']), 1 + Math.floor(next() * 8)];
    if (r < 0.73) return ['select', 1 + Math.floor(next() * 10)];
    if (r < 0.79) return ['bold', 1 + Math.floor(next() * 10)];
    if (r < 0.85) return ['press', 'Enter', 1];
    if (r < 0.94) return ['press', 'Control+Z', 1];
    return ['press', 'Control+Shift+Z', 1];
  });
}

let session;
before(async () => {
  session = await open();
});
after(async () => {
  await session?.close();
});

async function run(name, widget, edits) {
  const page = await openPage(session, name, widget ? '' : '?widget=off');
  await inputOf(page, name).click();
  for (const [kind, arg, times] of edits) {
    if (kind === 'type') await page.keyboard.insertText(arg);
    else if (kind === 'paste') {
      await page.evaluate((t) => navigator.clipboard.writeText(t), arg);
      await page.keyboard.press('Control+V');
    } else if (kind === 'select' || kind === 'bold') {
      for (let k = 0; k < arg; k++) await press(page, 'Shift+ArrowLeft');
      await press(page, kind === 'select' ? 'Delete' : 'Control+B');
    } else for (let k = 0; k < times; k++) await press(page, arg);
    await settleEdit(page, name);
  }
  if (widget) await settled(page);
  const content = () => read(page, name, 'content');
  const final = await content();
  // The undo history, step by step back to the start.
  const history = [final];
  for (let k = 0; k < EDITS; k++) {
    // Undo steps are the history already made: no clock to move on (which cost the block
    // editor two minutes of React re-renders per run), no timers to wait for.
    await page.keyboard.press('Control+Z');
    const now = await content();
    if (now === history.at(-1)) break;
    history.push(now);
  }
  const errors = page.errors;
  await page.context().close();
  return { final, history, errors };
}

for (const name of Object.keys(PAGES)) {
  test(`${EDITS} random edits leave the same text and undo history with and without the widget (${name}, seed ${SEED})`, async () => {
    const edits = plan(SEED);
    const on = await run(name, true, edits);
    const off = await run(name, false, edits);
    assert.ok(on.final.length > 50, 'the edits wrote something');
    assert.equal(on.final, off.final, 'the same final text');
    assert.deepEqual(on.history, off.history, 'the same undo history');
    assert.deepEqual(on.errors, []);
  });
}
