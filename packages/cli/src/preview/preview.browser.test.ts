import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from './server.js';
import {
  englishSignIn,
  germanSignIn,
  previewOf,
  type TemplatesFolder,
  templatesFolder,
} from './test-support.js';

/** The browser's own, in functions that run in the page (the package has no DOM types). */
declare const getComputedStyle: (element: unknown) => { backgroundColor: string };

/** Debian's Chromium, which `.ci/run` installs when it is missing. */
const chromiumPath = '/usr/bin/chromium';

/** Set `PREVIEW_SCREENSHOTS=<dir>` to keep the screenshots; else they go to a temporary folder. */
const keptScreenshots = process.env.PREVIEW_SCREENSHOTS;

let browser: Browser;
let page: Page;
let folder: TemplatesFolder;
let server: PreviewServer;
let screenshots: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}, and the preview is tested in it: run \`apt-get install chromium\` (Debian), or \`.ci/run\`, which installs it.`,
    );
  }
  screenshots = keptScreenshots
    ? resolve(keptScreenshots)
    : await mkdtemp(join(tmpdir(), 'authmail-preview-shots-'));
  await mkdir(screenshots, { recursive: true });
  folder = await templatesFolder({
    'de/SignIn.html': germanSignIn,
    'en/SignIn.html': englishSignIn,
  });
  server = await previewOf(folder);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await folder?.remove();
  if (!keptScreenshots && screenshots) await rm(screenshots, { recursive: true, force: true });
});

/** Waits until the page shows `subject` as the email's subject. */
function subjectShown(subject: string) {
  return page.locator('#subject', { hasText: new RegExp(`^${subject}$`) }).waitFor();
}

/** The computed background colour of the email's body in the frame of `theme`. */
function frameBackground(theme: 'light' | 'dark') {
  return page
    .frameLocator(`iframe[data-theme="${theme}"][data-width="600"]`)
    .locator('body')
    .evaluate((body) => getComputedStyle(body).backgroundColor);
}

/** Saves a screenshot of the whole page and checks it is a real picture, not a blank. */
async function screenshot(name: string): Promise<void> {
  const path = join(screenshots, name);
  await page.screenshot({ path, fullPage: true });
  const png = await readFile(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1280);
  expect(png.length).toBeGreaterThan(20_000);
}

/** Replaces the variables in the page's editor, as typing would. */
async function editVariables(change: (variables: Record<string, unknown>) => string) {
  const current = JSON.parse(await page.locator('#variables').inputValue());
  await page.locator('#variables').fill(change(current));
}

describe('the preview page in Chromium', () => {
  it('switches language and theme, follows edits to the variables and the files', async () => {
    await page.goto(server.url);
    await page.locator('#live[data-live="yes"]').waitFor();
    await subjectShown('Your code for Acme Notes');

    // The language list says which template renders each language.
    const german = page.locator('#language option[value="de"]');
    expect(await german.textContent()).toContain(join('templates', 'de', 'SignIn.html'));
    expect(await page.locator('#language option[value="fr"]').textContent()).toContain(
      'falls back to file',
    );
    await page.locator('#language').selectOption('de');
    await subjectShown('Dein Code für Acme Notes');
    expect(await page.locator('#reply-to').textContent()).toBe('Hilfe <hilfe@acme.example>');
    expect(await page.locator('#text').textContent()).toContain('Dein Code: 482913');
    expect(await page.locator('#size').textContent()).toMatch(/^HTML 0\.\d KB of the 102 KB/);
    expect(await frameBackground('light')).toBe('rgb(255, 255, 255)');
    // Nothing in an email runs: the frames are sandboxed without allow-scripts.
    expect(await page.locator('iframe').first().getAttribute('sandbox')).toBe('allow-same-origin');
    await screenshot('1-german-light.png');

    // Dark: the email's own prefers-color-scheme styles apply in the frame.
    await page.locator('button[data-choice="theme"][value="dark"]').click();
    await page.locator('iframe[data-theme="dark"]').waitFor();
    expect(await page.locator('iframe[data-theme="light"]').count()).toBe(0);
    expect(await frameBackground('dark')).toBe('rgb(16, 20, 24)');
    await screenshot('2-german-dark.png');

    // An edited variable shows in the frame and the subject.
    await editVariables((variables) =>
      JSON.stringify({ ...variables, application: { id: 'app_globex', name: 'Globex' } }, null, 2),
    );
    await page
      .frameLocator('iframe[data-theme="dark"]')
      .locator('h1', { hasText: 'Willkommen bei Globex' })
      .waitFor();
    await subjectShown('Dein Code für Globex');

    // Broken JSON says so and keeps the last email, dimmed.
    await page.locator('#variables').fill('{ "code": "482913", ');
    const jsonProblem = page.locator('#variables-problem');
    await jsonProblem.waitFor();
    expect(await jsonProblem.textContent()).toMatch(/^The variables are not valid JSON: /);
    await page.locator('#email[data-stale="true"]').waitFor();
    await screenshot('3-broken-json.png');

    // Variables that fail the schema are listed by path.
    await page.locator('#variables').fill('{ "code": 482913 }');
    await page.locator('#problem li', { hasText: 'application:' }).first().waitFor();
    expect(await page.locator('#problem').textContent()).toContain('invalid_variables');

    await page.locator('button[data-choice="theme"][value="both"]').click();
    await page.locator('#reset-variables').click();
    await subjectShown('Dein Code für Acme Notes');
    expect(await jsonProblem.isHidden()).toBe(true);

    // A template file changes on disk: the page renders it again.
    await folder.write('de/SignIn.html', germanSignIn.replaceAll('Dein Code', 'Ihr Code'));
    await subjectShown('Ihr Code für Acme Notes');
    await page
      .frameLocator('iframe[data-theme="light"][data-width="600"]')
      .locator('p', { hasText: 'Ihr Code: 482913' })
      .waitFor();

    // A built-in template, light and dark side by side at phone width.
    await page.locator('#usage-type').selectOption('Register');
    await page.locator('button[data-choice="width"][value="375"]').click();
    await page.locator('#rendered-from', { hasText: 'built-in de/Register' }).waitFor();
    expect(await page.locator('iframe[data-width="375"]').count()).toBe(2);
    await screenshot('4-built-in-both-themes.png');

    // The code / link switch swaps the variable and the email.
    await page.locator('input[name="proof"][value="link"]').check();
    await page
      .frameLocator('iframe[data-theme="light"]')
      .locator('a[href^="https://acme.example/auth/verify"]')
      .first()
      .waitFor();
    expect(await page.locator('#variables').inputValue()).not.toContain('"code"');
  });
});
