// The demo page: buttons that load the seed articles and an example with revised and wrong
// figures into the editor, as an undoable paste; the ClaimReview settings, kept in this
// browser's storage; the widget does the rest.
const editor = document.getElementById('editor');

/** Replaces the editor's text the way a paste would, so that Undo brings the old text back. */
function load(text) {
  editor.focus();
  document.getSelection().selectAllChildren(editor);
  if (!document.execCommand('insertText', false, text)) editor.textContent = text;
  document.getSelection().collapse(editor, 0);
}

// ?highlights=overlay shows the fallback drawing used where the Highlight API is missing.
const params = new URLSearchParams(location.search);
if (params.get('highlights') === 'overlay') document.querySelector('fact-check').setAttribute('highlights', 'overlay');
await import('./widget/fact-check.js');

const response = await fetch('articles.json');
const articles = await response.json();
const buttons = document.getElementById('article-buttons');
for (const article of articles) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = article.label;
  button.title = article.text.split('\n')[0].slice(0, 140);
  button.dataset.article = article.id;
  button.addEventListener('click', () => load(article.text));
  buttons.append(button);
}
document.getElementById('clear').addEventListener('click', () => load(''));

// On a phone the panel is below the article: the summary at the top says what was found and links to it.
const jump = document.getElementById('jump');
document.querySelector('fact-check').addEventListener('findingschange', ({ detail }) => {
  const figures = detail.report?.figures.filter((f) => f.category !== 'other') ?? [];
  jump.hidden = !figures.length;
  const count = (v) => figures.filter((f) => f.verdict === v).length;
  const flagged = ['conflicting', 'outdated'].filter(count).map((v) => `${count(v)} ${v}`);
  jump.textContent = `${figures.length} figures checked${flagged.length ? `: ${flagged.join(', ')}` : ''} · see the findings ↓`;
});

// Who publishes the fact check, and the article checked: kept in this browser, given to the
// widget as its attributes.
const SETTINGS_KEY = 'factcheck-claimreview-settings';
const form = document.getElementById('settings');
const widget = document.querySelector('fact-check');
function apply(settings) {
  for (const input of form.elements) {
    if (!input.name) continue;
    input.value = settings[input.name] ?? '';
    if (settings[input.name]) widget.setAttribute(input.name, settings[input.name]);
    else widget.removeAttribute(input.name);
  }
}
apply(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const settings = Object.fromEntries([...new FormData(form)].filter(([, v]) => v));
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  apply(settings);
  document.getElementById('settings-status').textContent = 'Saved in this browser';
});
