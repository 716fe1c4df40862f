import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import type { Fakes } from '../fakes.js';
import { sendGridTransport } from '../transports.js';
import { from, recipient, type SendCase, signInMessage, without } from './send-case.js';

/** `createSendGridTransport` against a bare `@sendgrid/mail`. */
export function sendGridCase(fakes: Fakes): SendCase {
  const message = signInMessage();
  const transport = sendGridTransport(fakes);
  const client = new Client();
  client.setApiKey(fakes.sendgrid.apiKey);
  client.setDefaultRequest('baseUrl', `${fakes.sendgrid.url}/`);
  const mail = new MailService();
  mail.setClient(client);
  return {
    provider: 'sendgrid',
    name: 'SendGrid',
    peer: '@sendgrid/mail',
    ours: (index) => transport.send({ ...message, to: recipient(index) }),
    bare: (index) =>
      mail.send({
        from,
        personalizations: [{ to: [{ email: recipient(index) }] }],
        subject: message.subject,
        text: message.text,
        html: message.html,
        trackingSettings: {
          clickTracking: { enable: false, enableText: false },
          openTracking: { enable: false },
        },
      }),
    withoutRecipient: (last) => without(last, 'personalizations'),
  };
}
