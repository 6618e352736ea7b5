// Attaches the fact-check widget to the editor the post is written in. In the block editor its
// panel lives in a PluginSidebar (the editor's toolbar opens it) and it reads the block canvas;
// in the classic editor, in the meta box beside TinyMCE. The widget is an ES module, so this
// classic script loads it with import(). The widget only reads the editor: the post saves as
// the author wrote it.
(function () {
  const settings = window.factcheckSettings;
  const options = (panel) => ({
    panel,
    ...(settings.referenceUrl && { reference: settings.referenceUrl }),
    claimReview: { author: { name: settings.publisher } },
  });
  const widget = () => import(settings.widgetUrl);

  /** The element the block list renders into, once it is there. */
  const canvas = () => new Promise((resolve) => {
    const find = () => document.querySelector('.block-editor-block-list__layout.is-root-container')?.parentElement;
    if (find()) return resolve(find());
    const observer = new MutationObserver(() => find() && (observer.disconnect(), resolve(find())));
    observer.observe(document.body, { childList: true, subtree: true });
  });

  const { plugins, editPost, element } = window.wp ?? {};
  if (plugins && editPost?.PluginSidebar) {
    const { createElement: el, Fragment, useEffect, useRef } = element;
    function Findings() {
      const ref = useRef(null);
      useEffect(() => {
        let handle;
        let closed = false;
        Promise.all([widget(), canvas()]).then(([{ attach }, container]) => {
          if (!closed) handle = attach(container, options(ref.current));
        });
        return () => {
          closed = true;
          handle?.detach();
        };
      }, []);
      return el('div', { ref, className: 'factcheck-sidebar' });
    }
    plugins.registerPlugin('factcheck', {
      icon: 'yes-alt',
      render: () => el(Fragment, null,
        el(editPost.PluginSidebarMoreMenuItem, { target: 'factcheck' }, 'Fact-check'),
        el(editPost.PluginSidebar, { name: 'factcheck', title: 'Fact-check' }, el(Findings))),
    });
    return;
  }

  const panel = document.getElementById('factcheck-classic');
  const start = (editor) => widget().then(({ attach }) => attach(editor, options(panel)));
  const begin = (editor) => (editor.initialized ? start(editor) : editor.on('init', () => start(editor)));
  // WordPress prints TinyMCE after this script, and sets it up before the page has loaded.
  document.addEventListener('DOMContentLoaded', () => {
    const editor = window.tinymce?.get('content');
    if (editor) begin(editor);
    else window.tinymce?.on('AddEditor', ({ editor: added }) => added.id === 'content' && begin(added));
  });
})();
