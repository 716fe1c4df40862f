import type { OutgoingBatch, Transport } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { createSendGridTransport } from '@authmail/sendgrid';
import { type Fakes, mailgunDomain } from './fakes.js';
import { type Figure, ratio } from './figure.js';
import type { Settings } from './settings.js';
import { round, timed } from './stats.js';

function batchOf(recipients: number, template: string): OutgoingBatch {
  return {
    from: 'Acme <no-reply@acme.test>',
    subject: 'Your Acme sign-in code',
    providerTemplate: { name: template, variables: { application: { name: 'Acme Console' } } },
    recipients: Array.from({ length: recipients }, (_, index) => ({
      to: `user${index}@example.com`,
      variables: { code: String(100_000 + index), user: { name: `User ${index}` } },
    })),
  };
}

async function measureBatch(
  name: string,
  provider: 'mailgun' | 'sendgrid',
  transport: Transport,
  template: string,
  fakes: Fakes,
  settings: Settings,
): Promise<Figure[]> {
  const send = transport.sendBatch;
  if (!send) throw new Error(`${provider} has no sendBatch`);
  const batch = batchOf(settings.batchRecipients, template);
  await fakes.clear();
  const { ms } = await timed(() => send.call(transport, batch));
  const requests = (await fakes.stats())[provider].requests;
  const perTenThousand = round((requests / settings.batchRecipients) * 10_000);
  return [
    {
      id: `batch.${provider}.requests`,
      group: 'batch',
      label: `batch ${name}: requests per 10,000 recipients`,
      unit: 'requests',
      ours: perTenThousand,
      peers: { 'one send per recipient': 10_000 },
      ratios: [ratio('requests per 10,000', perTenThousand, { atMost: 10 })],
      note: `${settings.batchRecipients} recipients with their own variables, ${requests} request(s) seen by the fake`,
    },
    {
      id: `batch.${provider}.rate`,
      group: 'batch',
      label: `batch ${name}: recipients per second`,
      unit: 'msgs/s',
      ours: round((settings.batchRecipients / ms) * 1000),
      peers: {},
      ratios: [],
      note: 'one sendBatch call, requests sent one after another',
    },
  ];
}

/** Batch figures: `sendBatch` with per-recipient variables on each provider's fake API. */
export async function batchFigures(fakes: Fakes, settings: Settings): Promise<Figure[]> {
  const mailgun = createMailgunTransport({
    apiKey: fakes.mailgun.apiKey,
    domain: mailgunDomain,
    endpoint: fakes.mailgun.url,
    allowCustomEndpoint: true,
  });
  const sendgrid = createSendGridTransport({
    apiKey: fakes.sendgrid.apiKey,
    baseUrl: fakes.sendgrid.url,
    allowCustomBaseUrl: true,
  });
  return [
    ...(await measureBatch('Mailgun', 'mailgun', mailgun, 'sign-in', fakes, settings)),
    ...(await measureBatch(
      'SendGrid',
      'sendgrid',
      sendgrid,
      'd-0123456789abcdef',
      fakes,
      settings,
    )),
  ];
}
