import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Fakes } from '../fakes.js';
import { sesTransport } from '../transports.js';
import { recipient, type SendCase, signInMessage, without } from './send-case.js';

const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });

/**
 * `createSesTransport` against a bare `@aws-sdk/client-sesv2` `SendEmail`
 * (the SDK's defaults otherwise). Neither names a configuration set, where
 * SES keeps its open and click tracking.
 */
export function sesCase(fakes: Fakes): SendCase {
  const message = signInMessage();
  const transport = sesTransport(fakes);
  const client = new SESv2Client({
    region: fakes.ses.region,
    endpoint: fakes.ses.url,
    credentials: { accessKeyId: fakes.ses.accessKeyId, secretAccessKey: fakes.ses.apiKey },
  });
  return {
    provider: 'ses',
    name: 'SES',
    peer: '@aws-sdk/client-sesv2',
    ours: (index) => transport.send({ ...message, to: recipient(index) }),
    bare: (index) =>
      client.send(
        new SendEmailCommand({
          FromEmailAddress: message.from,
          Destination: { ToAddresses: [recipient(index)] },
          Content: {
            Simple: {
              Subject: utf8(message.subject),
              Body: { Text: utf8(message.text), Html: utf8(message.html) },
            },
          },
        }),
      ),
    withoutRecipient: (last) => without(last, 'Destination'),
  };
}
