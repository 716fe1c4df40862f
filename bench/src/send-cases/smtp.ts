import { createTransport } from 'nodemailer';
import type { Fakes } from '../fakes.js';
import { smtpTransport } from '../transports.js';
import { recipient, type SendCase, signInMessage, without } from './send-case.js';

/**
 * `createSmtpTransport` against a bare nodemailer transport, both pooled
 * with nodemailer's 5 connections (our default too).
 */
export function smtpCase(fakes: Fakes): SendCase {
  const message = signInMessage();
  const transport = smtpTransport(fakes);
  const client = createTransport({
    host: fakes.smtp.host,
    port: fakes.smtp.port,
    auth: { user: fakes.smtp.user, pass: fakes.smtp.apiKey },
    pool: true,
    maxConnections: 5,
  });
  return {
    provider: 'smtp',
    name: 'SMTP',
    peer: 'nodemailer',
    ours: (index) => transport.send({ ...message, to: recipient(index) }),
    bare: (index) =>
      client.sendMail({
        from: message.from,
        to: recipient(index),
        subject: message.subject,
        text: message.text,
        html: message.html,
      }),
    withoutRecipient: (last) => {
      const copy = without(last, 'to') as { envelope: { to?: unknown } };
      delete copy.envelope.to;
      return copy;
    },
    close: () => {
      transport.close();
      client.close();
    },
  };
}
