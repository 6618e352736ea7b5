// `npm run build`: the wasm with wasm-pack (--target web), then a static dist/ that any static
// server can serve: the demo page, the embed pages, the widget (its modules bundled into a few
// ES modules), the .wasm as its own file, and the articles the demo loads. Every script is a
// file of its own, so the page runs under a strict CSP without inline code.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform as transformCss } from 'lightningcss';
import { rolldown } from 'rolldown';
import { minifySync } from 'rolldown/utils';
import { shortDate, sourceOf } from './src/words.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pkg = join(root, 'www', 'pkg');
const pkgEditor = join(root, 'www', 'pkg-editor');
const say = (m) => console.log(`\x1b[1m[build]\x1b[0m ${m}`);

export function buildWasm() {
  wasmPack(pkg, 'factcheck', []);
  // The reference page's wasm: the same crate with its `editor` exports (src/editor.rs), so
  // that the widget's wasm goes without them.
  wasmPack(pkgEditor, 'factcheck_editor', ['--', '--features', 'editor']);
}

/** wasm-pack (--target web) into `out`, then wasm-opt over its .wasm. */
function wasmPack(out, name, extra) {
  say(`wasm-pack build --target web --release ${extra.join(' ')}`);
  execFileSync(
    'wasm-pack',
    ['build', '--target', 'web', '--release', '--no-pack', '--out-dir', out, '--out-name', name, ...extra],
    { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}` } },
  );
  // wasm-pack writes a .gitignore of "*" into its output, which npm reads too: the packed
  // package would hold none of www/pkg. The top-level .gitignore keeps www/pkg out of git.
  rmSync(join(out, '.gitignore'), { force: true });
  // wasm-pack's own wasm-opt is off (it downloads a binary); binaryen from npm runs instead.
  // -Oz on the opt-level 3 build, names stripped: on the build before the size work, 631 to
  // 472 KB raw and 212 to 185 KB gzip (2026-11-23). The .wasm served now is 133.7 KB gzip,
  // 147.6 KB with the widget's JS (BENCH.md, run of 2026-11-24 03:50Z).
  // A function called from one place is inlined there only when small (-ocimfs 50): by default
  // binaryen inlines it whatever its size, which made functions of 20 to 66 KB that V8 compiles
  // slowly at their first call and optimizes worse (11% slower checks, 2 KB more gzip;
  // 2026-11-23). See the ledger, www/bench-profile.md.
  // --low-memory-unused: a constant added to an address folds into the load's offset. Safe for
  // Rust's layout: the data starts at 1 MB with the stack below it, growing down, so the first
  // 1 KB is reached only by a stack about to overflow. 0.8 KB less gzip, the same speed
  // (2026-12-05). --converge runs the passes again while they still shrink it: 0.16 KB.
  say('wasm-opt -Oz (binaryen from npm)');
  const wasm = join(out, `${name}_bg.wasm`);
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt'), '-Oz', '--one-caller-inline-max-function-size', '50', '--low-memory-unused', '--converge', '--strip-debug', '--strip-producers', ...WASM_FEATURES, wasm, '-o', wasm],
    { stdio: 'inherit' },
  );
}

/** The wasm features today's Rust emits for wasm32-unknown-unknown, which wasm-opt must accept. */
const WASM_FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue']
  .map((f) => `--enable-${f}`);

/** The served glue, minified: www/pkg stays as wasm-bindgen wrote it. */
function minifyInto(dir) {
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const file = join(dir, f);
    const { code, errors } = minifySync(f, readFileSync(file, 'utf8'), { module: true, compress: true, mangle: true });
    if (errors?.length) throw new Error(`minifying ${file}: ${errors.map((e) => e.message).join('; ')}`);
    writeFileSync(file, code);
  }
}

/**
 * The served widget: its modules bundled, minified, into the entry points pages load (the
 * element, the API, the engine alone, the worker) and one chunk they share, named
 * `*-chunk.js`, not an API. Fewer files than www/src: 1.2 KB less gzip (2026-11-23) and fewer
 * requests one after the other before the element runs. The wasm-bindgen glue is bundled in
 * too: the engine's `ready()` then fetches the .wasm alone (dist/pkg keeps the glue for pages
 * that load the wasm by hand).
 */
/**
 * The widget's style sheets (`www/src/styles.js`, template strings without substitutions),
 * minified by lightningcss: 0.2 KB gzip of the served JavaScript.
 */
const minifiedStyles = {
  name: 'minified-styles',
  transform(code, id) {
    if (!id.endsWith(join('www', 'src', 'styles.js'))) return null;
    return code.replace(/`([^`]*)`/g, (_, css) => {
      const { code: min } = transformCss({ filename: 'styles.css', code: Buffer.from(css), minify: true });
      return JSON.stringify(min.toString());
    });
  },
};

async function bundleWidget(out) {
  const src = join(root, 'www', 'src');
  const bundle = await rolldown({
    input: Object.fromEntries(['fact-check', 'index', 'engine', 'worker'].map((e) => [e, join(src, `${e}.js`)])),
    plugins: [minifiedStyles],
  });
  // Without the `@__PURE__` annotations the minifier leaves in: no bundler reads the served
  // files again (0.08 KB gzip). Legal comments, of which there are none today, would stay.
  await bundle.write({
    dir: out,
    format: 'esm',
    minify: true,
    comments: { legal: true, annotation: false, jsdoc: false },
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-chunk.js',
  });
  await bundle.close();
  for (const f of readdirSync(src).filter((name) => name.endsWith('.d.ts'))) cpSync(join(src, f), join(out, f));
}

/** Embed pages whose editor comes from npm: each page's script is bundled with its editor. */
const BUNDLED_EDITORS = ['prosemirror', 'lexical', 'quill', 'ckeditor5'];

/**
 * Each editor page's script, bundled with its editor and minified over the copy of its source:
 * the editor's code is in its page alone, and the widget, loaded from ../widget/, stays as it is.
 */
async function bundleEditorPages(out) {
  for (const name of BUNDLED_EDITORS) {
    const bundle = await rolldown({
      input: join(root, 'www', 'embed', `${name}.js`),
      external: [/\/widget\//],
      resolve: { conditionNames: ['production', 'import', 'browser', 'default'] },
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    });
    await bundle.write({ file: join(out, `${name}.js`), format: 'esm', minify: true, codeSplitting: false });
    await bundle.close();
  }
}

/**
 * The articles the demo's buttons load: the five seeds and an example with revised and wrong
 * figures. A seed's button is named as its sources are cited: its outlet or headline, and its
 * date, or else the date of the strike the reference set cites it for.
 */
function articles() {
  const seeds = join(root, 'tests', 'fixtures', 'seeds');
  const { incidents } = JSON.parse(readFileSync(join(root, 'src', 'reference', 'incidents.json'), 'utf8'));
  const cited = (file) => {
    for (const incident of incidents) {
      for (const report of incident.figures.flatMap((f) => f.reports)) {
        if (report.source.seed === file) return { ...sourceOf(report), strike: incident.date };
      }
    }
    return null;
  };
  const list = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const s = cited(file);
      // Named by the first words of its headline: the seeds' outlets are reposting sites
      // (issue 25), which tell a reader less than the headline does.
      const name = s.headline ? `${s.headline.replace('…', '').split(' ').slice(0, 6).join(' ')}…` : s.outlet;
      const date = s.date ?? s.strike;
      return { id: file, label: date ? `${name} · ${shortDate(date)}` : name, text: readFileSync(join(seeds, file), 'utf8') };
    });
  const example = join(root, 'tests', 'fixtures', 'eval', 'april-revised.txt');
  list.push({ id: 'april-revised.txt', label: 'Revised and wrong figures', text: readFileSync(example, 'utf8') });
  return list;
}

export async function assemble() {
  say(`writing ${dist}`);
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'pkg'), { recursive: true });
  for (const f of ['factcheck.js', 'factcheck_bg.wasm', 'factcheck.d.ts']) {
    cpSync(join(pkg, f), join(dist, 'pkg', f));
  }
  mkdirSync(join(dist, 'pkg-editor'), { recursive: true });
  for (const f of ['factcheck_editor.js', 'factcheck_editor_bg.wasm', 'snippets']) {
    cpSync(join(pkgEditor, f), join(dist, 'pkg-editor', f), { recursive: true });
  }
  // The glue imports the wasm's inline JavaScript (`#[wasm_bindgen(inline_js)]`) from here.
  cpSync(join(pkg, 'snippets'), join(dist, 'pkg', 'snippets'), { recursive: true });
  await bundleWidget(join(dist, 'widget'));
  minifyInto(join(dist, 'pkg'));
  for (const f of readdirSync(join(root, 'www'))) {
    if (/\.(html|css|js)$/.test(f)) cpSync(join(root, 'www', f), join(dist, f));
  }
  cpSync(join(root, 'www', 'embed'), join(dist, 'embed'), { recursive: true });
  // TinyMCE, self-hosted from node_modules: the embed page loads nothing from elsewhere.
  const tinymce = join(root, 'node_modules', 'tinymce');
  for (const part of ['tinymce.min.js', 'models', 'themes', 'icons', 'skins', 'license.md']) {
    cpSync(join(tinymce, part), join(dist, 'embed', 'tinymce', part), { recursive: true });
  }
  await bundleEditorPages(join(dist, 'embed'));
  // The editors' stylesheets, and the block editor's standalone build, self-hosted the same way.
  const modules = join(root, 'node_modules');
  cpSync(join(modules, 'quill', 'dist', 'quill.snow.css'), join(dist, 'embed', 'quill', 'quill.snow.css'));
  cpSync(join(modules, 'ckeditor5', 'dist', 'ckeditor5.css'), join(dist, 'embed', 'ckeditor5', 'ckeditor5.css'));
  cpSync(join(modules, '@automattic', 'isolated-block-editor', 'build-browser'), join(dist, 'embed', 'gutenberg'), { recursive: true });
  // That build expects React 18 as globals (its example loads them from a CDN).
  cpSync(join(modules, 'react', 'umd', 'react.production.min.js'), join(dist, 'embed', 'gutenberg', 'react.production.min.js'));
  cpSync(join(modules, 'react-dom', 'umd', 'react-dom.production.min.js'), join(dist, 'embed', 'gutenberg', 'react-dom.production.min.js'));
  cpSync(join(root, 'src', 'reference', 'incidents.json'), join(dist, 'embed', 'reference.json'));
  // The bundled strikes and one more, built with `factcheck reference` (www/examples/).
  cpSync(join(root, 'www', 'examples', 'newsroom-reference.json'), join(dist, 'embed', 'newsroom-reference.json'));
  writeFileSync(join(dist, 'articles.json'), JSON.stringify(articles()));
  // The WordPress plugin, whole: its PHP, script and readme, with the built widget and wasm.
  const plugin = join(dist, 'wordpress', 'factcheck');
  cpSync(join(root, 'www', 'wordpress', 'factcheck'), plugin, { recursive: true });
  cpSync(join(dist, 'widget'), join(plugin, 'widget'), { recursive: true });
  cpSync(join(dist, 'pkg', 'factcheck_bg.wasm'), join(plugin, 'pkg', 'factcheck_bg.wasm'));
  say('done: dist/');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildWasm();
  await assemble();
}
