import type { OutgoingEmail, Transport } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { createSendGridTransport } from '@authmail/sendgrid';
import {
  type FakeMailgun,
  type FakeSendGrid,
  startFakeMailgun,
  startFakeSendGrid,
} from '@authmail/testkit';

/** A provider under test: its fake API and a factory for its real transport. */
export interface ProviderUnderTest<
  F extends FakeMailgun | FakeSendGrid = FakeMailgun | FakeSendGrid,
> {
  name: 'mailgun' | 'sendgrid';
  fake: F;
  transport(options?: { timeoutMs?: number; apiKey?: string; url?: string }): Transport;
}

const domain = 'mg.faults.test';

/** Starts the fake Mailgun API and builds real mailgun.js transports against it. */
export async function mailgunUnderTest(): Promise<ProviderUnderTest<FakeMailgun>> {
  const fake = await startFakeMailgun({ apiKey: 'key-faults-0123456789', domains: [domain] });
  return {
    name: 'mailgun',
    fake,
    transport: ({ timeoutMs = 2000, apiKey = fake.apiKey, url = fake.url } = {}) =>
      createMailgunTransport({
        apiKey,
        domain,
        endpoint: url,
        allowCustomEndpoint: true,
        timeoutMs,
      }),
  };
}

/** Starts the fake SendGrid API and builds real @sendgrid/mail transports against it. */
export async function sendGridUnderTest(): Promise<ProviderUnderTest<FakeSendGrid>> {
  const fake = await startFakeSendGrid({ apiKey: 'SG.faults-0123456789' });
  return {
    name: 'sendgrid',
    fake,
    transport: ({ timeoutMs = 2000, apiKey = fake.apiKey, url = fake.url } = {}) =>
      createSendGridTransport({ apiKey, baseUrl: url, allowCustomBaseUrl: true, timeoutMs }),
  };
}

/** Ids of the messages a fake API accepted. */
export function acceptedIds(fake: FakeMailgun | FakeSendGrid): Set<string> {
  return new Set(fake.messages.map((message) => message.id));
}

/** A sign-in email, numbered so each send is told apart. */
export function signInEmail(index: number): OutgoingEmail {
  return {
    to: `user${index}@example.org`,
    from: 'Acme <no-reply@acme.test>',
    subject: `Your code ${String(index).padStart(6, '0')}`,
    text: `Code ${index}`,
    html: `<p>Code <b>${index}</b></p>`,
    tags: ['SignIn'],
  };
}
