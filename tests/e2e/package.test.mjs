// The npm package as a developer meets it: package.json declares ES modules, exports for the
// engine and the element, types and side effects; a minimal Vite app that depends on it
// builds, ships the .wasm as its own asset, and works in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { open } from './browser.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const APP = join(ROOT, 'www', 'example-vite');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('package.json declares modules, exports with types, the wasm asset and side effects', () => {
  assert.equal(pkg.type, 'module');
  assert.ok(pkg.exports['.'].types && pkg.exports['.'].default);
  assert.ok(pkg.exports['./element'].types && pkg.exports['./element'].default);
  assert.match(pkg.exports['./factcheck_bg.wasm'], /\.wasm$/);
  assert.ok(Array.isArray(pkg.sideEffects) && pkg.sideEffects.every((f) => existsSync(join(ROOT, f))));
  for (const entry of [pkg.exports['.'], pkg.exports['./element']]) {
    for (const f of Object.values(entry)) assert.ok(existsSync(join(ROOT, f)), f);
  }
  assert.ok(existsSync(join(ROOT, pkg.exports['./factcheck_bg.wasm'])), 'built by www/build.mjs');
});

test('the packed package holds every file its modules import, the wasm and its glue included', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT }).toString());
  const packed = new Set(files.map((f) => f.path));
  const needed = ['www/pkg/factcheck.js', 'www/pkg/factcheck_bg.wasm', 'www/pkg/factcheck.d.ts'];
  // What the glue and the widget's modules import by relative path.
  for (const dir of ['www/pkg', 'www/src']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((name) => name.endsWith('.js'))) {
      for (const [, spec] of readFileSync(join(ROOT, dir, f), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        needed.push(join(dir, spec));
      }
    }
  }
  for (const f of needed) assert.ok(packed.has(f), `${f} is not in the package`);
});

test('a Vite app that uses the package builds, with the .wasm as its own file, and runs', async () => {
  execFileSync('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund', '--offline'], { cwd: APP, stdio: 'inherit' });
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: APP, stdio: 'inherit' });
  const assets = join(APP, 'dist', 'assets');
  const files = readdirSync(assets);
  const wasm = files.find((f) => f.endsWith('.wasm'));
  assert.ok(wasm, files.join(', '));
  for (const js of files.filter((f) => f.endsWith('.js'))) {
    assert.ok(statSync(join(assets, js)).size < statSync(join(assets, wasm)).size / 4, `${js} does not inline the wasm`);
  }

  const session = await open({ root: join(APP, 'dist') });
  try {
    const page = await session.page();
    await page.waitForFunction(() => window.headline && document.querySelector('fact-check')?.report);
    const headline = await page.evaluate(() => window.headline);
    assert.equal(headline.incident.id, 'kyiv-2025-08-28');
    assert.equal(headline.figures.find((f) => f.category === 'killed').verdict, 'consistent');
    assert.equal(await page.locator('[data-finding][data-verdict="conflicting"]').count(), 1);
    assert.deepEqual(page.errors, []);
  } finally {
    await session.close();
  }
});
