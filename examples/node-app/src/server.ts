import { createServer } from 'node:http';
import { createApp } from './app.js';
import { createCodeStore } from './codes.js';
import { logtoSecretsFromEnv } from './logto-routes.js';
import { EnvironmentError, emailSettingsFromEnv, mailerFor } from './transport-from-env.js';

/** Starts the example app on `PORT` (default 3000), sending through the provider the environment names. */
try {
  const settings = emailSettingsFromEnv();
  const mailer = mailerFor(settings);
  const app = createApp({
    mailer,
    codes: createCodeStore(),
    application: { id: 'notes', name: 'Acme Notes' },
    logto: { mailer: mailerFor(settings, { validateVariables: false }), ...logtoSecretsFromEnv() },
  });
  const port = Number(process.env.PORT ?? 3000);
  createServer(app).listen(port, '127.0.0.1', () => {
    console.log(`Listening on http://127.0.0.1:${port}; email goes to ${settings.destination}`);
  });
} catch (error) {
  if (!(error instanceof EnvironmentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
