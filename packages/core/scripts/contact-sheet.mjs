// The contact sheet of the built-in emails, for translators and reviewers:
// every built-in language's SignIn and OrganizationInvitation, light and
// dark, 600 px and 375 px wide, as PNG screenshots in headless Chromium.
// Renders through the built package (build first: `pnpm --filter
// @authmail/core contact-sheet` does) and Debian's Chromium through
// playwright-core. See CONTRIBUTING.md.
//
//   node scripts/contact-sheet.mjs [language…]   (default: every built-in language)
//
// Writes packages/core/contact-sheet/ (kept out of git): <language>.png, the
// sheet of one language, <language>/<usage type>-<theme>-<width>.png, each
// screenshot at full height, and index.html, every sheet on one page.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const built = resolve(packageRoot, 'dist/index.js');
const out = resolve(packageRoot, 'contact-sheet');
const chromiumPath = '/usr/bin/chromium';

const usageTypes = ['SignIn', 'OrganizationInvitation'];
const themes = ['light', 'dark'];
const widths = [600, 375];

if (!existsSync(built))
  throw new Error(`${built} is missing: run \`pnpm --filter @authmail/core build\` first.`);
if (!existsSync(chromiumPath))
  throw new Error(`No Chromium at ${chromiumPath}: run \`apt-get install chromium\`.`);

const { builtinLanguages, createMailer, createMemoryTransport } = await import(built);
const { sampleVariables } = await import(resolve(packageRoot, 'dist/tooling.js'));

// `pnpm … contact-sheet -- ar` passes the `--` on.
const asked = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = asked.filter((tag) => !builtinLanguages.includes(tag));
if (unknown.length > 0)
  throw new Error(`Not built-in languages: ${unknown.join(', ')} (${builtinLanguages.join(', ')})`);
const languages = asked.length > 0 ? asked : builtinLanguages;

/**
 * Whether fontconfig knows a font for the language (Chromium on Linux draws
 * empty boxes without one); `undefined` without fontconfig.
 */
function hasFontFor(languageTag) {
  const [language, region] = languageTag.toLowerCase().split('-');
  const fontconfigLanguage = language === 'zh' ? `zh-${region}` : language;
  try {
    return (
      execFileSync('fc-list', [`:lang=${fontconfigLanguage}`, 'family'], {
        encoding: 'utf8',
      }).trim() !== ''
    );
  } catch {
    return undefined;
  }
}

const withoutFonts = languages.filter((tag) => hasFontFor(tag) === false);
if (withoutFonts.length > 0)
  console.warn(
    `No font for ${withoutFonts.join(', ')}: their text would show as boxes. On Debian or Ubuntu: apt-get install fonts-noto-core fonts-noto-cjk`,
  );

const transport = createMemoryTransport();
const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.example>', builtins: true });

/**
 * The built-in email in `languageTag`, with the samples `authmail preview`
 * shows, less the logo (its URL does not resolve): the application's name
 * stands in for it, as in an email without a logo.
 */
async function emailHtml(languageTag, usageType) {
  const variables = sampleVariables(usageType);
  if (variables.application) variables.application = { ...variables.application, branding: {} };
  const result = await mailer.send({
    to: 'ann.lee@example.com',
    usageType,
    variables,
    locale: languageTag,
  });
  if (result.languageTag !== languageTag)
    throw new Error(`${languageTag}/${usageType} went out in ${result.languageTag}`);
  return transport.last()?.html ?? '';
}

/** One screenshot: the email as a client in `theme` shows it at `width`, at full height. */
async function screenshot(browser, html, theme, width) {
  const page = await browser.newPage({ viewport: { width, height: 100 }, colorScheme: theme });
  try {
    // The emails load nothing; should one try, it stays offline.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.screenshot({ fullPage: true });
  } finally {
    await page.close();
  }
}

/** The sheet of one language: a row per usage type, a column per theme and width. */
function sheetHtml(languageTag, shots) {
  const cell = ({ usageType, theme, width, png }) =>
    `<figure><img src="data:image/png;base64,${png.toString('base64')}" width="${width}" alt=""><figcaption>${usageType} · ${theme} · ${width} px</figcaption></figure>`;
  const rows = usageTypes.map(
    (usageType) =>
      `<div class="row">${shots
        .filter((shot) => shot.usageType === usageType)
        .map(cell)
        .join('')}</div>`,
  );
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${languageTag}</title>
<style>body{margin:16px;font:14px/1.4 sans-serif;background:#fff;color:#111}h1{font-size:20px;margin:0 0 12px}
.row{display:flex;gap:16px;align-items:flex-start;margin-bottom:24px}figure{margin:0}
img{display:block;border:1px solid #d0d4dc}figcaption{margin-top:4px;color:#555}</style></head>
<body><h1>${languageTag}</h1>${rows.join('')}</body></html>`;
}

await rm(out, { recursive: true, force: true });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const languageTag of languages) {
    await mkdir(join(out, languageTag), { recursive: true });
    const emails = new Map();
    for (const usageType of usageTypes)
      emails.set(usageType, await emailHtml(languageTag, usageType));
    const views = usageTypes.flatMap((usageType) =>
      widths.flatMap((width) => themes.map((theme) => ({ usageType, theme, width }))),
    );
    // A language's eight screenshots at once: each has its own page.
    const shots = await Promise.all(
      views.map(async (view) => {
        const png = await screenshot(browser, emails.get(view.usageType), view.theme, view.width);
        const name = `${view.usageType}-${view.theme}-${view.width}.png`;
        await writeFile(join(out, languageTag, name), png);
        return { ...view, png };
      }),
    );
    const sheet = await browser.newPage({ viewport: { width: 2100, height: 800 } });
    await sheet.setContent(sheetHtml(languageTag, shots), { waitUntil: 'load' });
    await sheet.screenshot({ path: join(out, `${languageTag}.png`), fullPage: true });
    await sheet.close();
    console.log(`wrote ${join(out, `${languageTag}.png`)}`);
  }
  const sheets = languages.map(
    (tag) =>
      `<h2 id="${tag}">${tag}</h2><a href="${tag}.png"><img src="${tag}.png" width="1050" alt="${tag}"></a>`,
  );
  await writeFile(
    join(out, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>authmail built-in emails</title></head><body style="font-family:sans-serif">${sheets.join('\n')}</body></html>\n`,
  );
  console.log(`wrote ${join(out, 'index.html')}`);
} finally {
  await browser.close();
}
