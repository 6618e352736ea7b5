// ?widget=off loads the page without the widget: the tests compare the editor both ways.
import { attach } from '../widget/index.js';

if (new URLSearchParams(location.search).get('widget') !== 'off') {
  window.factcheck = attach(document.getElementById('editor'), { panel: document.getElementById('panel') });
}
