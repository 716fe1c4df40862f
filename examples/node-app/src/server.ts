import { createServer } from 'node:http';
import { isAuthmailError } from '@authmail/core';
import { loadFileTemplateStore } from '@authmail/core/files';
import { createApp } from './app.js';
import { appEmailFromEnv } from './app-email.js';
import { createCodeStore } from './codes.js';
import { logtoSecretsFromEnv } from './logto-routes.js';
import { mailerFor, templatesDir } from './mailer.js';

/**
 * Starts the example app on `PORT` (default 3000), sending through the
 * provider the environment names, or onto the queue `AUTHMAIL_QUEUE` names.
 */
try {
  const settings = await appEmailFromEnv(process.env);
  const templates = await loadFileTemplateStore(templatesDir);
  const mailer = mailerFor(settings, templates);
  const app = createApp({
    mailer,
    codes: createCodeStore(),
    application: { id: 'notes', name: 'Acme Notes' },
    logto: {
      mailer: mailerFor(settings, templates, { validateVariables: false }),
      ...logtoSecretsFromEnv(),
    },
  });
  const port = Number(process.env.PORT ?? 3000);
  createServer(app).listen(port, '127.0.0.1', () => {
    console.log(`Listening on http://127.0.0.1:${port}; email goes to ${settings.destination}`);
  });
} catch (error) {
  // A missing variable, or a template file that does not parse: one line naming it.
  if (!isAuthmailError(error, 'invalid_config', 'template_syntax')) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
