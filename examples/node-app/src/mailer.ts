import { fileURLToPath } from 'node:url';
import { createMailer, type Mailer, type TemplateStore } from '@authmail/core';
import type { AppEmail } from './app-email.js';

/** The sender when `AUTHMAIL_FROM` is not set. */
export const defaultFrom = 'Acme Notes <no-reply@notes.acme.test>';

/**
 * The app's own templates, `templates/<language>/<UsageType>.html`: what
 * `authmail preview templates` shows and `authmail check templates` checks.
 */
export const templatesDir = fileURLToPath(new URL('../templates/', import.meta.url));

/**
 * The app's mailer: the configured transport and sender, the app's
 * templates, and the built-in templates for every other usage type and
 * language. `validateVariables: false` is for Logto's emails, whose payload
 * may lack context Logto could not look up.
 */
export function mailerFor(
  settings: Pick<AppEmail, 'transport' | 'from'>,
  templates: TemplateStore,
  { validateVariables = true }: { validateVariables?: boolean } = {},
): Mailer {
  return createMailer({
    transport: settings.transport,
    from: settings.from ?? defaultFrom,
    templates,
    builtins: true,
    validateVariables,
  });
}
