import { createMailer } from '@authmail/core';
import type { Fakes } from './fakes.js';
import type { Figure } from './figure.js';
import type { Settings } from './settings.js';
import { round, timed } from './stats.js';
import { smtpTransport } from './transports.js';

/**
 * SMTP's batch figures. SMTP has no batch request and stores no templates,
 * so there is no provider-template batch to send: `sendMany` renders the
 * built-in SignIn template and sends one message per recipient (its default
 * concurrency, 8), on `newProviderSends` recipients, not 10,000.
 */
export async function smtpBatchFigures(fakes: Fakes, settings: Settings): Promise<Figure[]> {
  const transport = smtpTransport(fakes);
  const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
  const count = settings.newProviderSends;
  const recipients = Array.from({ length: count }, (_, index) => ({
    to: `user${index}@example.com`,
    variables: { code: String(100_000 + index), application: { id: 'web', name: 'Acme Console' } },
  }));
  try {
    await fakes.clear();
    const { ms } = await timed(async () => {
      const results = await mailer.sendMany({ usageType: 'SignIn', recipients });
      const refused = results.filter((result) => result.status === 'rejected').length;
      if (refused > 0) throw new Error(`smtp sendMany: ${refused} of ${count} refused`);
    });
    const requests = (await fakes.stats()).smtp.requests;
    const perTenThousand = round((requests / count) * 10_000);
    const how =
      'SMTP has no batch request and no stored templates: sendMany sends one rendered message per recipient';
    return [
      {
        id: 'batch.smtp.requests',
        group: 'batch',
        label: 'batch SMTP: messages per 10,000 recipients (no batch request)',
        unit: 'requests',
        ours: perTenThousand,
        peers: { 'one send per recipient': 10_000 },
        ratios: [],
        note: `${how}; ${count} recipients, ${requests} message(s) seen by the fake`,
      },
      {
        id: 'batch.smtp.rate',
        group: 'batch',
        label: 'batch SMTP: recipients per second (sendMany, one message each)',
        unit: 'msgs/s',
        ours: round((count / ms) * 1000),
        peers: {},
        ratios: [],
        note: `${how}, rendering each; concurrency 8, 5 pooled connections`,
      },
    ];
  } finally {
    transport.close();
  }
}
