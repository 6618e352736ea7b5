// The embed pages the end-to-end suites run on, and how a test reaches each one's editor: where
// to click to type, its plain text, its whole content (what undo must restore), the caret, and
// whether it is ready. `text`, `content`, `caret` and `ready` run in the page (with `root`).
//
// The editors from npm group undo steps by the clock (ProseMirror within 500 ms, Lexical and
// Quill within 1 s): on those pages the tests pause the page's clock and move it on by hand
// after each edit, so that the history depends on the edits alone, not on how fast they came.

/** The text of the editable root `root` (a selector), in page. */
const rootText = (root) => document.querySelector(root).innerText;

/** The caret as an offset into the text of `root`, in page; null when it is elsewhere. */
function rootCaret(root) {
  const el = document.querySelector(root);
  const s = document.getSelection();
  if (!s.focusNode || !el.contains(s.focusNode)) return null;
  const r = document.createRange();
  r.setStart(el, 0);
  r.setEnd(s.focusNode, s.focusOffset);
  return r.toString().length;
}

const INPUT = '[data-factcheck-input]';

/**
 * A page whose editor from npm keeps its own model (`window.editor`) and groups undo steps by the
 * clock; `content` reads that model, in page.
 */
const modelEditor = (content) => ({
  input: INPUT,
  ready: () => Boolean(window.editor),
  clock: true,
  root: INPUT,
  text: rootText,
  caret: rootCaret,
  content,
});

export const PAGES = {
  textarea: {
    input: INPUT,
    text: () => document.getElementById('editor').value,
    content: () => document.getElementById('editor').value,
    caret: () => document.getElementById('editor').selectionStart,
  },
  contenteditable: {
    input: INPUT,
    root: INPUT,
    text: rootText,
    caret: rootCaret,
    content: () => document.getElementById('editor').innerHTML,
  },
  tinymce: {
    frame: 'iframe',
    input: 'body',
    ready: () => window.editor?.initialized,
    // TinyMCE adds undo levels from timers and key events: each edit settles in real time.
    settleMs: 100,
    text: () => window.editor.getContent({ format: 'text' }),
    content: () => window.editor.getContent(),
    caret: () => {
      const rng = window.editor.selection.getRng();
      const r = window.editor.getDoc().createRange();
      r.setStart(window.editor.getBody(), 0);
      r.setEnd(rng.endContainer, rng.endOffset);
      return r.toString().length;
    },
  },
  prosemirror: modelEditor(() => window.editor.getHTML()),
  lexical: modelEditor(() => JSON.stringify(window.editor.getEditorState().toJSON())),
  quill: modelEditor(() => JSON.stringify(window.editor.getContents())),
  ckeditor5: modelEditor(() => window.editor.getData()),
  gutenberg: {
    input: '.block-editor-default-block-appender__content, .block-editor-rich-text__editable',
    ready: () => Boolean(window.editor),
    clock: true,
    root: '.block-editor-block-list__layout.is-root-container',
    text: rootText,
    caret: rootCaret,
    // The post as the editor saves it into its textarea.
    content: () => document.getElementById('editor').value,
    // axe-core finds aria-allowed-attr on the block wrappers, with or without the widget.
    axeOwn: true,
  },
};

/**
 * Opens `embed/<name>.html` (with `query`), ready to edit: the editor up, the widget (unless
 * ?widget=off) checked once, the clock paused where the editor groups undo steps by time.
 * `before(page)` runs before the page loads again with init scripts and the clock in place.
 */
export async function openPage(session, name, query = '', before = async () => {}) {
  const spec = PAGES[name];
  const page = await session.page(`embed/${name}.html${query}`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
  await before(page);
  if (spec.clock) await page.clock.install();
  await page.reload();
  if (spec.ready) await page.waitForFunction(spec.ready);
  if (!query.includes('widget=off')) await page.waitForFunction(() => document.querySelector('fact-check')?.ready?.then(() => true));
  if (spec.clock) await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  return page;
}

/** The element to click to type in the page's editor. */
export const inputOf = (page, name) => {
  const { frame, input } = PAGES[name];
  return (frame ? page.frameLocator(frame) : page).locator(input).first();
};

/** Lets an edit settle: TinyMCE's timers in real time; on a paused clock, two seconds of it. */
export async function settleEdit(page, name) {
  const { settleMs, clock } = PAGES[name];
  if (settleMs) await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), settleMs);
  if (clock) await page.clock.runFor(2000);
}

/** Runs the page's `text`, `content` or `caret` in the page. */
export const read = (page, name, what) => page.evaluate(PAGES[name][what], PAGES[name].root);

/**
 * Presses `key`, then lets the page run the tasks the key queued. CKEditor and Lexical follow
 * the DOM selection on the browser's asynchronous `selectionchange`: a key pressed before that
 * event ran (Delete after Shift+ArrowLeft) acted on the old selection, by chance, with the
 * widget off too. After two message-channel hops, Chromium has run it: the same edits then
 * gave the same content on every run (CKEditor and Lexical, widget on and off).
 */
export async function press(page, key) {
  await page.keyboard.press(key);
  await queuedTasks(page);
}

/** Lets the page run the tasks already queued (a `selectionchange` after a click or a key). */
export async function queuedTasks(page) {
  await page.evaluate(async () => {
    for (let k = 0; k < 2; k++) {
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    }
  });
}
