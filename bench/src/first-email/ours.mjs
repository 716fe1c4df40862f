// `startup.first-email`, ours: from this line to the first email accepted, through
// authmail's mailer, its built-in SignIn template and the @authmail/<provider> transport.
// Inputs come from the AUTHMAIL_BENCH_* variables (see ../first-email.ts); prints the elapsed ms.
const start = performance.now();
const env = process.env;

/** The transport of AUTHMAIL_BENCH_PROVIDER (`mailgun` or `sendgrid`), on the fake API. */
async function fakeApiTransport() {
  if (env.AUTHMAIL_BENCH_PROVIDER === 'sendgrid') {
    const { createSendGridTransport } = await import('@authmail/sendgrid');
    return createSendGridTransport({
      apiKey: env.AUTHMAIL_BENCH_API_KEY,
      baseUrl: env.AUTHMAIL_BENCH_URL,
      allowCustomBaseUrl: true,
    });
  }
  const { createMailgunTransport } = await import('@authmail/mailgun');
  return createMailgunTransport({
    apiKey: env.AUTHMAIL_BENCH_API_KEY,
    domain: env.AUTHMAIL_BENCH_DOMAIN,
    endpoint: env.AUTHMAIL_BENCH_URL,
    allowCustomEndpoint: true,
  });
}

const [{ createMailer }, transport] = await Promise.all([
  import('@authmail/core'),
  fakeApiTransport(),
]);
const mailer = createMailer({ transport, from: env.AUTHMAIL_BENCH_FROM, builtins: true });
await mailer.send({
  to: env.AUTHMAIL_BENCH_TO,
  usageType: 'SignIn',
  variables: {
    code: env.AUTHMAIL_BENCH_CODE,
    application: { id: 'web', name: env.AUTHMAIL_BENCH_APPLICATION },
  },
});
process.stdout.write(`${performance.now() - start}\n`);
process.exit(0);
