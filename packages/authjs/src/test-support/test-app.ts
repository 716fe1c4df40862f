import type { AuthConfig } from '@auth/core';
import type { EmailConfig } from '@auth/core/providers/email';
import { createMailer, createMemoryTransport, type MemoryTransportOptions } from '@authmail/core';
import { Authmail, type AuthmailOptions } from '../index.js';
import { createMemoryAdapter } from './memory-adapter.js';

/** Auth.js's own secret in the test app. */
export const authSecret = 'authjs-test-secret-0123456789abcdef';

/** How a test app differs: the provider's options, the mailer's default language, a failing transport. */
export interface TestAppOptions extends Omit<AuthmailOptions, 'mailer'> {
  defaultLanguage?: string;
  failWhen?: MemoryTransportOptions['failWhen'];
}

/**
 * Auth.js with database sessions over the memory adapter, and one Authmail
 * provider sending built-in emails to the memory transport. `links` records
 * each URL Auth.js gave the provider; `errors`, what Auth.js logged.
 */
export function createTestApp(options: TestAppOptions = {}) {
  const { defaultLanguage, failWhen, ...providerOptions } = options;
  const transport = createMemoryTransport(failWhen ? { failWhen } : {});
  const mailer = createMailer({
    transport,
    from: 'Acme <no-reply@acme.test>',
    builtins: true,
    ...(defaultLanguage ? { defaultLanguage } : {}),
  });
  const provider = Authmail({ mailer, ...providerOptions });
  const links: string[] = [];
  const recording: EmailConfig = {
    ...provider,
    sendVerificationRequest(params) {
      links.push(params.url);
      return provider.sendVerificationRequest(params);
    },
  };
  const adapter = createMemoryAdapter();
  const errors: Error[] = [];
  const config: AuthConfig = {
    trustHost: true,
    secret: authSecret,
    adapter,
    providers: [recording],
    session: { strategy: 'database' },
    logger: { error: (error) => errors.push(error), warn: () => {} },
  };
  return { config, transport, adapter, links, errors };
}
