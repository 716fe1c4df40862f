import { Resend } from 'resend';
import type { Fakes } from '../fakes.js';
import { resendTransport } from '../transports.js';
import { recipient, type SendCase, signInMessage, without } from './send-case.js';

/**
 * `createResendTransport` against a bare `resend` client. Resend has no
 * per-email tracking switch (it is set per domain), so neither side sends one.
 */
export function resendCase(fakes: Fakes): SendCase {
  const message = signInMessage();
  const transport = resendTransport(fakes);
  const client = new Resend(fakes.resend.apiKey, { baseUrl: fakes.resend.url });
  return {
    provider: 'resend',
    name: 'Resend',
    peer: 'resend',
    ours: (index) => transport.send({ ...message, to: recipient(index) }),
    bare: async (index) => {
      // The client resolves to `{ error }` instead of throwing: a refusal must fail the round.
      const answer = await client.emails.send({
        from: message.from,
        to: recipient(index),
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      if (answer.error) throw new Error(`resend: ${answer.error.message}`);
      return answer.data;
    },
    withoutRecipient: (last) => without(last, 'to'),
  };
}
