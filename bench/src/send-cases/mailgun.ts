import FormData from 'form-data';
import Mailgun from 'mailgun.js';
import { type Fakes, mailgunDomain } from '../fakes.js';
import { mailgunTransport } from '../transports.js';
import { recipient, type SendCase, signInMessage, without } from './send-case.js';

/** `createMailgunTransport` against a bare `mailgun.js` client. */
export function mailgunCase(fakes: Fakes): SendCase {
  const message = signInMessage();
  const transport = mailgunTransport(fakes);
  const client = new Mailgun(FormData).client({
    username: 'api',
    key: fakes.mailgun.apiKey,
    url: fakes.mailgun.url,
  });
  return {
    provider: 'mailgun',
    name: 'Mailgun',
    peer: 'mailgun.js',
    ours: (index) => transport.send({ ...message, to: recipient(index) }),
    // The fields our transport sends, in its order: tracking off for auth emails.
    bare: (index) =>
      client.messages.create(mailgunDomain, {
        from: message.from,
        to: recipient(index),
        subject: message.subject,
        text: message.text,
        html: message.html,
        'o:tracking-clicks': 'no',
        'o:tracking-opens': 'no',
      }),
    withoutRecipient: (last) => without(last, 'to'),
  };
}
