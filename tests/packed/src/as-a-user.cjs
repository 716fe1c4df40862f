// Runs inside the user project: every published entry point through require(),
// and what importing the main entries costs (which dependencies load at once).
const loaded = () => Object.keys(require.cache);
const { createMailer, createMemoryTransport } = require('@authmail/core');
require('@authmail/mailgun');
require('@authmail/sendgrid');
const eager = loaded().filter((file) =>
  /node_modules[\\/](zod|handlebars|html-to-text)[\\/]/.test(file),
);
for (const entry of [
  '@authmail/core/provider',
  '@authmail/core/schemas',
  '@authmail/outbox',
  '@authmail/testkit',
  '@authmail/logto',
]) {
  require(entry);
}
const memory = createMemoryTransport();
createMailer({ transport: memory, from: 'Acme <no-reply@acme.test>', builtins: true })
  .send({
    to: 'ann@example.com',
    usageType: 'SignIn',
    variables: { code: '482913', application: { id: 'web', name: 'Acme' } },
    acceptLanguage: 'ko',
  })
  .then(() => {
    process.stdout.write(JSON.stringify({ eager, subject: memory.messages[0]?.subject }));
  });
