// `startup.first-email`, bare on SendGrid: from this line to the first email accepted,
// through the official @sendgrid/mail client and a hand-written template literal.
// Inputs come from the AUTHMAIL_BENCH_* variables (see ../first-email.ts); prints the elapsed ms.
const start = performance.now();
const [{ default: mail }, { signInEmail }] = await Promise.all([
  import('@sendgrid/mail'),
  import('./sign-in-literal.mjs'),
]);
const env = process.env;
mail.setApiKey(env.AUTHMAIL_BENCH_API_KEY);
mail.client.setDefaultRequest('baseUrl', `${env.AUTHMAIL_BENCH_URL}/`);
const email = signInEmail({
  code: env.AUTHMAIL_BENCH_CODE,
  applicationName: env.AUTHMAIL_BENCH_APPLICATION,
});
// The fields authmail's transport sends: tracking off for auth emails.
await mail.send({
  from: env.AUTHMAIL_BENCH_FROM,
  to: env.AUTHMAIL_BENCH_TO,
  subject: email.subject,
  text: email.text,
  html: email.html,
  trackingSettings: {
    clickTracking: { enable: false, enableText: false },
    openTracking: { enable: false },
  },
});
process.stdout.write(`${performance.now() - start}\n`);
process.exit(0);
