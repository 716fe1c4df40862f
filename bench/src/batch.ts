import type { OutgoingBatch, Transport } from '@authmail/core';
import type { Fakes, Provider } from './fakes.js';
import { type Figure, ratio } from './figure.js';
import type { Settings } from './settings.js';
import { smtpBatchFigures } from './smtp-batch.js';
import { round, timed } from './stats.js';
import {
  mailgunTransport,
  postmarkTransport,
  resendTransport,
  sendGridTransport,
  sesTransport,
} from './transports.js';

/** One provider's batch: our transport, the stored template it names, the target on requests. */
interface BatchCase {
  provider: Provider;
  name: string;
  transport: Transport;
  /** The provider template's name: Mailgun and SES templates, a SendGrid or Resend id, a Postmark alias. */
  template: string;
  /** Most requests per 10,000 recipients (issue 8: 10; the others: 10,000 ÷ their limit). */
  maxRequests: number;
  /** Recipients one request takes, when that is what sets `maxRequests`. */
  perRequest?: number;
}

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
  batchCase: BatchCase,
  fakes: Fakes,
  settings: Settings,
): Promise<Figure[]> {
  const { provider, name, transport, maxRequests, perRequest } = batchCase;
  const send = transport.sendBatch;
  if (!send) throw new Error(`${provider} has no sendBatch`);
  const batch = batchOf(settings.batchRecipients, batchCase.template);
  await fakes.clear();
  const { ms } = await timed(() => send.call(transport, batch));
  const requests = (await fakes.stats())[provider].requests;
  const perTenThousand = round((requests / settings.batchRecipients) * 10_000);
  const limit =
    perRequest === undefined ? '' : `, at most ${perRequest} per request (${name}'s limit)`;
  return [
    {
      id: `batch.${provider}.requests`,
      group: 'batch',
      label: `batch ${name}: requests per 10,000 recipients`,
      unit: 'requests',
      ours: perTenThousand,
      peers: { 'one send per recipient': 10_000 },
      ratios: [ratio('requests per 10,000', perTenThousand, { atMost: maxRequests })],
      note: `${settings.batchRecipients} recipients with their own variables, one provider template${limit}; ${requests} request(s) seen by the fake`,
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

/** A provider whose batch request takes at most `perRequest` recipients. */
const atLimit = (perRequest: number) => ({ maxRequests: 10_000 / perRequest, perRequest });

function batchCases(fakes: Fakes): BatchCase[] {
  return [
    {
      provider: 'mailgun',
      name: 'Mailgun',
      transport: mailgunTransport(fakes),
      template: 'sign-in',
      maxRequests: 10,
    },
    {
      provider: 'sendgrid',
      name: 'SendGrid',
      transport: sendGridTransport(fakes),
      template: 'd-0123456789abcdef',
      maxRequests: 10,
    },
    {
      provider: 'resend',
      name: 'Resend',
      transport: resendTransport(fakes),
      template: 'sign-in-code',
      ...atLimit(100),
    },
    {
      provider: 'ses',
      name: 'SES',
      transport: sesTransport(fakes),
      template: 'authmail-sign-in',
      ...atLimit(50),
    },
    {
      provider: 'postmark',
      name: 'Postmark',
      transport: postmarkTransport(fakes),
      template: 'code-signin',
      ...atLimit(500),
    },
  ];
}

/**
 * Batch figures: `sendBatch` of one provider template with per-recipient
 * variables on each provider's fake API; SMTP, which has neither batches
 * nor stored templates, through `sendMany`.
 */
export async function batchFigures(fakes: Fakes, settings: Settings): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const batchCase of batchCases(fakes)) {
    figures.push(...(await measureBatch(batchCase, fakes, settings)));
  }
  figures.push(...(await smtpBatchFigures(fakes, settings)));
  return figures;
}
