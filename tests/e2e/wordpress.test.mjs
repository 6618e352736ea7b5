// The plugin in a real WordPress: Debian's wordpress, MariaDB and PHP (.ci/setup.sh installs
// them), a database and a site made in a temporary directory, served by PHP's own server on
// loopback, and stopped at the end; the plugin activated from the Plugins screen. A post written
// by Playwright in the block editor, and one in the classic editor: the findings appear in the
// plugin's sidebar or box, the post saves, and the saved content is byte for byte what was
// typed. Skipped, saying why, where WordPress is not installed.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { DIST } from '../../www/serve.mjs';

const WORDPRESS = '/usr/share/wordpress';
const missing = ['/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db', '/usr/bin/php', `${WORDPRESS}/wp-settings.php`].filter((f) => !existsSync(f));
const TYPED = ['Kyiv, 24 April 2025. Nine people were killed and 63 injured.', 'A post claimed that 30 people were killed in Kyiv that night.'];

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** Resolves when `fn` does, trying again every 100 ms (a server starting). */
async function until(fn, what) {
  for (let k = 0; k < 300; k++) {
    try {
      return await fn();
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${what} did not start`);
}

let dir;
let db;
let php;
let browser;
let context;
let url;
const sql = (query) => execFileSync('mariadb', ['--no-defaults', '-S', join(dir, 'db.sock'), '-u', 'root', '-N', '-B', '-e', query], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(async () => {
  if (missing.length) return;
  dir = mkdtempSync(join(tmpdir(), 'factcheck-wp-'));
  // The database, on a socket in the temporary directory: no network at all.
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  db = spawn('mariadbd', ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${join(dir, 'db.sock')}`, '--skip-networking', '--user=root', `--pid-file=${join(dir, 'db.pid')}`], { stdio: 'ignore' });
  await until(() => sql('CREATE DATABASE wordpress'), 'MariaDB');

  // The site: Debian's WordPress through symlinks, with a wp-config.php of its own and a
  // wp-content holding the built plugin. PHP's server runs every script through router.php,
  // which points ABSPATH here, so that WordPress reads this wp-config.php.
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const site = join(dir, 'site');
  mkdirSync(join(site, 'wp-content', 'plugins'), { recursive: true });
  mkdirSync(join(site, 'wp-content', 'themes'));
  // ?classic-editor opens a post in the classic editor, as the Classic Editor plugin's link does.
  mkdirSync(join(site, 'wp-content', 'mu-plugins'));
  writeFileSync(join(site, 'wp-content', 'mu-plugins', 'classic-editor.php'), "<?php add_filter('use_block_editor_for_post', fn ($use) => $use && !isset($_GET['classic-editor']));\n");
  for (const f of readdirSync(WORDPRESS).filter((f) => !['wp-config.php', 'wp-content'].includes(f))) symlinkSync(join(WORDPRESS, f), join(site, f));
  cpSync(join(DIST, 'wordpress', 'factcheck'), join(site, 'wp-content', 'plugins', 'factcheck'), { recursive: true });
  writeFileSync(join(site, 'wp-config.php'), `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${join(dir, 'db.sock')}');
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content'); define('WP_CONTENT_URL', '${url}/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`);
  writeFileSync(join(dir, 'router.php'), `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = realpath(__DIR__ . '/site' . $path);
if ($file && is_dir($file)) $file = realpath($file . '/index.php');
if (!$file || substr($file, -4) !== '.php') return false;
define('ABSPATH', '${site}/');
chdir(dirname($file));
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $path;
require $file;
`);
  php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site, join(dir, 'router.php')], { stdio: 'ignore' });
  await until(async () => (await fetch(`${url}/wp-login.php`)).status, 'PHP');
  const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
    method: 'POST',
    body: new URLSearchParams({ weblog_title: 'Newsroom', user_name: 'editor', admin_password: 'factcheck-test', admin_password2: 'factcheck-test', pw_weak: '1', admin_email: 'editor@example.com', blog_public: '0', language: '' }),
  });
  assert.equal(install.status, 200, await install.text());
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/wp-login.php`);
  await page.fill('#user_login', 'editor');
  await page.fill('#user_pass', 'factcheck-test');
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/);
  // Activated as an editor would: from the Plugins screen.
  await page.goto(`${url}/wp-admin/plugins.php`);
  await page.click('a[href*="action=activate"][href*="factcheck"]');
  await page.waitForSelector('a[href*="action=deactivate"][href*="factcheck"]');
  await page.close();
});

/** A page of the logged-in editor that records the errors it throws. */
async function adminPage(path) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${url}${path}`);
  return page;
}

/** The post's content as saved in the database, byte for byte. */
const savedContent = (id) => Buffer.from(sql(`SELECT HEX(post_content) FROM wordpress.wp_posts WHERE ID = ${Number(id)}`).trim(), 'hex').toString('utf8');
const skip = missing.length ? `WordPress is not installed (${missing.join(', ')} missing): run .ci/setup.sh` : false;

after(async () => {
  await browser?.close();
  php?.kill();
  db?.kill();
  if (db) await new Promise((r) => db.once('exit', r));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('in the block editor, the findings appear in the plugin\'s sidebar and the post saves as typed', { skip }, async () => {
  const page = await adminPage('/wp-admin/post-new.php');
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
  await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    dispatch('core/edit-post').openGeneralSidebar('factcheck/factcheck');
  });
  await page.waitForFunction(() => document.querySelector('fact-check')?.ready?.then(() => true));
  await page.click('.block-editor-default-block-appender__content');
  await page.keyboard.type(TYPED[0]);
  await page.keyboard.press('Enter');
  await page.keyboard.type(TYPED[1]);
  await page.waitForFunction(() => document.querySelector('fact-check')?.upToDate);
  assert.equal(await page.evaluate(() => document.querySelector('fact-check').adapter.kind), 'gutenberg');
  const findings = page.locator('.interface-complementary-area fact-check [data-finding]');
  assert.equal(await page.locator('.interface-complementary-area fact-check [data-finding][data-verdict="conflicting"]').count(), 1);
  assert.ok(await findings.count() >= 4);
  await page.screenshot({ path: join(DIST, '..', 'test-results', 'wordpress-block-editor.png') });

  await page.keyboard.press('Control+S');
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    return !editor.isSavingPost() && !editor.isEditedPostDirty();
  });
  const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
  assert.equal(savedContent(id), TYPED.map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`).join('\n\n'));
  assert.deepEqual(page.errors, []);
});

test('in the classic editor, the findings appear in the plugin\'s box and the post saves as typed', { skip }, async () => {
  const page = await adminPage('/wp-admin/post-new.php?classic-editor');
  await page.waitForFunction(() => window.tinymce?.get('content')?.initialized);
  await page.waitForFunction(() => document.querySelector('#factcheck fact-check')?.ready?.then(() => true));
  await page.frameLocator('#content_ifr').locator('body').click();
  await page.keyboard.type(TYPED[0]);
  await page.keyboard.press('Enter');
  await page.keyboard.type(TYPED[1]);
  await page.waitForFunction(() => document.querySelector('fact-check')?.upToDate);
  assert.equal(await page.locator('#factcheck fact-check [data-finding][data-verdict="conflicting"]').count(), 1);
  await page.screenshot({ path: join(DIST, '..', 'test-results', 'wordpress-classic-editor.png') });

  await Promise.all([page.waitForURL(/post\.php\?post=\d+&action=edit/), page.click('#save-post')]);
  const id = new URL(page.url()).searchParams.get('post');
  // The classic editor saves through its form's textarea, whose line breaks HTML submits as CRLF.
  assert.equal(savedContent(id), TYPED.join('\r\n\r\n'));
  assert.deepEqual(page.errors, []);
});
