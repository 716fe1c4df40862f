// Runs inside the user project (outside the workspace, clean environment):
// every published entry point, as ESM, doing one real thing each.
import { existsSync } from 'node:fs';
import { createMailer, createMemoryTransport } from '@authmail/core';
import { createProviderTransport } from '@authmail/core/provider';
import { variableSchemas } from '@authmail/core/schemas';
import { createHttpEmailHandler } from '@authmail/logto';
import { createMailgunTransport } from '@authmail/mailgun';
import { createOutboxTransport } from '@authmail/outbox';
import { createSendGridTransport } from '@authmail/sendgrid';
import { startFakeMailgun, startFakeSendGrid } from '@authmail/testkit';

const from = 'Acme <no-reply@acme.test>';
const signIn = {
  to: 'ann@example.com',
  usageType: 'SignIn',
  variables: { code: '482913', application: { id: 'web', name: 'Acme' } },
};
const results = {};

const memory = createMemoryTransport();
await createMailer({ transport: memory, from, builtins: true }).send({
  ...signIn,
  acceptLanguage: 'de-DE',
});
results.memorySubject = memory.messages[0]?.subject;

const mailgun = await startFakeMailgun({ apiKey: 'key-user', domains: ['mg.acme.test'] });
const sendgrid = await startFakeSendGrid({ apiKey: 'SG.user' });
try {
  const viaMailgun = createMailgunTransport({
    apiKey: mailgun.apiKey,
    domain: 'mg.acme.test',
    endpoint: mailgun.url,
    allowCustomEndpoint: true,
  });
  const viaSendGrid = createSendGridTransport({
    apiKey: sendgrid.apiKey,
    baseUrl: sendgrid.url,
    allowCustomBaseUrl: true,
  });
  for (const transport of [viaMailgun, viaSendGrid]) {
    await createMailer({ transport, from, builtins: true }).send(signIn);
  }
  results.mailgunMessages = mailgun.messages.length;
  results.sendgridMessages = sendgrid.messages.length;
} finally {
  await mailgun.close();
  await sendgrid.close();
}

await createMailer({
  transport: createOutboxTransport({ dir: 'outbox' }),
  from,
  builtins: true,
}).send(signIn);
results.outboxIndex = existsSync('outbox/index.html');
results.schemaAccepts = variableSchemas.SignIn.safeParse(signIn.variables).success;
results.providerEntry = typeof createProviderTransport;
results.logtoHandler = typeof createHttpEmailHandler({
  mailer: createMailer({ transport: memory, from, builtins: true }),
  authorization: 'Bearer a-long-enough-shared-secret-0123456789',
});
process.stdout.write(JSON.stringify(results));
