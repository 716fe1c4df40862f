import { Models, ServerClient } from 'postmark';
import type { Fakes } from '../fakes.js';
import { postmarkTransport } from '../transports.js';
import { recipient, type SendCase, signInMessage, without } from './send-case.js';

/** `createPostmarkTransport` against a bare `postmark` `ServerClient`, tracking off on both. */
export function postmarkCase(fakes: Fakes): SendCase {
  const message = signInMessage();
  const transport = postmarkTransport(fakes);
  const client = new ServerClient(fakes.postmark.apiKey, {
    useHttps: false,
    requestHost: new URL(fakes.postmark.url).host,
  });
  return {
    provider: 'postmark',
    name: 'Postmark',
    peer: 'postmark',
    ours: (index) => transport.send({ ...message, to: recipient(index) }),
    bare: (index) =>
      client.sendEmail({
        From: message.from,
        To: recipient(index),
        Subject: message.subject,
        HtmlBody: message.html,
        TextBody: message.text,
        MessageStream: 'outbound',
        TrackOpens: false,
        TrackLinks: Models.LinkTrackingOptions.None,
      }),
    withoutRecipient: (last) => without(last, 'To'),
  };
}
