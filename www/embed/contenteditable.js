// The declarative way: a <fact-check for="editor"> element, themed through custom properties.
// ?widget=off leaves it out; ?reference=URL checks against a reference set of one's own.
const params = new URLSearchParams(location.search);
if (params.get('widget') !== 'off') {
  await import('../widget/fact-check.js');
  const element = document.createElement('fact-check');
  element.setAttribute('for', 'editor');
  if (params.get('reference')) element.setAttribute('reference', params.get('reference'));
  element.style.setProperty('--factcheck-accent', '#8250df');
  document.getElementById('panel').append(element);
}
