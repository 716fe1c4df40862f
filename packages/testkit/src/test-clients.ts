// Test-only helpers: the real official clients, pointed at a fake API. Not part of the package.
import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import FormData from 'form-data';
import Mailgun from 'mailgun.js';
import type { Interfaces } from 'mailgun.js/definitions';

interface FakeTarget {
  url: string;
  apiKey: string;
}

/** A mailgun.js client (with the `form-data` package) aimed at `fake`. */
export function mailgunClient(
  fake: FakeTarget,
  options: { key?: string; timeout?: number } = {},
): Interfaces.IMailgunClient {
  return new Mailgun(FormData).client({
    username: 'api',
    key: options.key ?? fake.apiKey,
    url: fake.url,
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  });
}

/**
 * An @sendgrid/client `Client` and a `MailService` using it, aimed at `fake`. The key is set
 * before the base URL: `setApiKey()` resets the base URL to the real API.
 */
export function sendGridClients(
  fake: FakeTarget,
  options: { key?: string } = {},
): { client: Client; mail: MailService } {
  const client = new Client();
  client.setApiKey(options.key ?? fake.apiKey);
  client.setDefaultRequest('baseUrl', fake.url);
  const mail = new MailService();
  mail.setClient(client);
  return { client, mail };
}

/** Resolves with `'closed'` when `closing` settles first, `'still open'` after `ms`. */
export function closesWithin(closing: Promise<void>, ms: number): Promise<string> {
  return Promise.race([
    closing.then(() => 'closed'),
    new Promise<string>((resolve) => setTimeout(() => resolve('still open'), ms).unref()),
  ]);
}
