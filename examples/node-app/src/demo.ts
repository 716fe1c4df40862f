import { readdir } from 'node:fs/promises';
import { isAuthmailError } from '@authmail/core';
import { loadFileTemplateStore } from '@authmail/core/files';
import { appEmailFromEnv } from './app-email.js';
import { mailerFor, templatesDir } from './mailer.js';
import { printTable } from './print-table.js';
import { sendEveryUsageType } from './send-every-usage-type.js';

/**
 * `pnpm demo`: sends every usage type in several languages through the
 * provider the environment names (the local outbox by default) and prints
 * what went where.
 */
const languages = [
  'en-US,en;q=0.9',
  'ko-KR,ko;q=0.9',
  'de-DE,de;q=0.9',
  'ja-JP,ja;q=0.9',
  'ar-EG,ar;q=0.9',
  'pl,en;q=0.5',
  'zh-Hant-TW,zh;q=0.8',
  'pt-PT,pt;q=0.9',
];

/** Messages already in an outbox folder (one `.json` record each); 0 when it does not exist yet. */
async function messagesIn(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => []);
  return names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).length;
}

try {
  const settings = await appEmailFromEnv(process.env);
  const mailer = mailerFor(settings, await loadFileTemplateStore(templatesDir));
  const before = settings.outboxDir ? await messagesIn(settings.outboxDir) : 0;
  const to = process.env.AUTHMAIL_DEMO_TO ?? 'ann.lee@example.com';
  const sent = await sendEveryUsageType(mailer, to, languages);
  printTable([
    ['usage type', 'language', 'source', 'subject', 'sent to'],
    ...sent.map((row) => [
      row.usageType,
      row.languageTag,
      row.templateSource,
      row.subject,
      `${settings.destination} ${row.messageId}`,
    ]),
  ]);
  console.log(`\n${sent.length} emails sent to ${to} through ${settings.destination}.`);
  if (settings.outboxDir) {
    if (before > 0) {
      console.log(
        `The outbox already held ${before} messages from earlier runs: index.html lists all ${before + sent.length}, newest first (delete the folder to start empty).`,
      );
    }
    console.log(`Open ${settings.outboxDir}/index.html in a browser to read them.`);
  }
  await settings.close();
} catch (error) {
  // A missing variable, or a template file that does not parse: one line naming it.
  if (!isAuthmailError(error, 'invalid_config', 'template_syntax')) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
