import { createMailer, type Deliveries, type Mailer, type Transport } from '@authmail/core';
import { createMailgunTransport } from '@authmail/mailgun';
import { startFakeMailgun, startFakeSendGrid } from '@authmail/testkit';
import { expect, it } from 'vitest';
import { createSendGridTransport } from './transport.js';

/** The app: knows nothing about providers. */
async function sendSignInCode(mailer: Mailer): Promise<void> {
  await mailer.send({
    to: 'Ann <ann@example.org>',
    usageType: 'SignIn',
    variables: { code: '482913', application: { id: 'app', name: 'Acme & Co' } },
    acceptLanguage: 'en',
  });
}

const deliveries: Deliveries = {
  SignIn: {
    subject: '{{code}} is your {{application.name}} code',
    html: '<p>Your code is <b>{{code}}</b></p>',
    replyTo: 'Support <help@acme.test>',
  },
};

const appMailer = (transport: Transport) =>
  createMailer({ transport, from: 'Acme <no-reply@acme.test>', deliveries });

it('sends the equivalent message through Mailgun and then SendGrid with the same app code and config', async () => {
  const mailgun = await startFakeMailgun({ apiKey: 'key-swap', domains: ['mg.acme.test'] });
  const sendgrid = await startFakeSendGrid({ apiKey: 'SG.swap' });
  try {
    await sendSignInCode(
      appMailer(
        createMailgunTransport({
          apiKey: 'key-swap',
          domain: 'mg.acme.test',
          endpoint: mailgun.url,
          allowCustomEndpoint: true,
        }),
      ),
    );
    await sendSignInCode(
      appMailer(
        createSendGridTransport({
          apiKey: 'SG.swap',
          baseUrl: sendgrid.url,
          allowCustomBaseUrl: true,
        }),
      ),
    );

    const viaMailgun = mailgun.messages[0]?.fields ?? {};
    const viaSendGrid = sendgrid.messages[0]?.body;
    const address = (entry: { email: string; name?: string } | undefined) =>
      entry?.name ? `${entry.name} <${entry.email}>` : entry?.email;
    const expected = {
      from: 'Acme <no-reply@acme.test>',
      to: 'Ann <ann@example.org>',
      subject: '482913 is your Acme & Co code',
      text: 'Your code is 482913',
      html: '<p>Your code is <b>482913</b></p>',
      replyTo: 'Support <help@acme.test>',
    };
    expect({
      from: viaMailgun.from,
      to: viaMailgun.to,
      subject: viaMailgun.subject,
      text: viaMailgun.text,
      html: viaMailgun.html,
      replyTo: viaMailgun['h:Reply-To'],
    }).toEqual(expected);
    expect({
      from: address(viaSendGrid?.from),
      to: address(viaSendGrid?.personalizations?.[0]?.to?.[0]),
      subject: viaSendGrid?.subject,
      text: viaSendGrid?.content?.find((part) => part.type === 'text/plain')?.value,
      html: viaSendGrid?.content?.find((part) => part.type === 'text/html')?.value,
      replyTo: address(viaSendGrid?.reply_to),
    }).toEqual(expected);
  } finally {
    await Promise.all([mailgun.close(), sendgrid.close()]);
  }
});

it('both transports declare their provider’s facts: 1,000 recipients a request, no idempotency keys', () => {
  const facts = { maxBatchRecipients: 1000, idempotencyKeys: false };
  const mailgun = createMailgunTransport({ apiKey: 'key-swap', domain: 'mg.acme.test' });
  const sendgrid = createSendGridTransport({ apiKey: 'SG.swap' });
  expect(mailgun.capabilities).toEqual(facts);
  expect(sendgrid.capabilities).toEqual(facts);
});
