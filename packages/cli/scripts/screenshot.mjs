// Regenerates docs/preview.png, the screenshot of `authmail preview` the
// root README shows: the built-in German SignIn, light and dark side by side
// at phone width. Runs the built bin (build first: `pnpm --filter
// @authmail/cli screenshot` does) in an empty folder, so the built-in
// templates render, and Debian's Chromium through playwright-core.
//
//   node scripts/screenshot.mjs [out.png]   (default: <repo>/docs/preview.png)

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = resolve(here, '../dist/bin.js');
const out = resolve(process.argv[2] ?? resolve(here, '../../../docs/preview.png'));
const chromiumPath = '/usr/bin/chromium';

/** Stands in for the sample's logo URL (https://acme.example/logo.png), which does not resolve. */
const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="168" height="40" viewBox="0 0 168 40">
<rect width="40" height="40" rx="10" fill="#3b5bdb"/><path d="M12 29 20 11l8 18h-4.4l-1.5-3.6h-4.3L16.4 29z" fill="#fff"/>
<text x="50" y="27" font-family="Helvetica, Arial, sans-serif" font-size="18" font-weight="700" fill="#3b5bdb">Acme Notes</text></svg>`;

if (!existsSync(bin))
  throw new Error(`${bin} is missing: run \`pnpm --filter @authmail/cli build\` first.`);
if (!existsSync(chromiumPath))
  throw new Error(`No Chromium at ${chromiumPath}: run \`apt-get install chromium\`.`);

const cwd = await mkdtemp(join(tmpdir(), 'authmail-screenshot-'));
const preview = spawn(process.execPath, [bin, 'preview', '--port', '0'], {
  cwd,
  env: { PATH: process.env.PATH, NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopped = new Promise((done) => preview.once('exit', done));
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const url = await previewUrl(preview);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(30_000);
  await page.route('https://acme.example/logo.png', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: logo }),
  );
  await page.goto(`${url}#usageType=SignIn&language=de&theme=both&width=375`);
  await page.locator('#subject', { hasText: /\S/ }).waitFor();
  for (const theme of ['light', 'dark']) {
    const frame = page.frameLocator(`iframe[data-theme="${theme}"]`);
    await frame.locator('h1').waitFor();
    await frame.locator('img').evaluate((image) => image.decode());
  }
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  preview.kill('SIGINT');
  await stopped;
  await rm(cwd, { recursive: true, force: true });
}

/** The URL the preview prints once it listens. */
function previewUrl(child) {
  return new Promise((found, failed) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) found(match[0]);
    });
    child.once('exit', () =>
      failed(new Error(`authmail preview stopped before serving:\n${output}`)),
    );
  });
}
