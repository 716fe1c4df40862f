// `startup.first-email`, bare on Mailgun: from this line to the first email accepted,
// through the official mailgun.js client and a hand-written template literal.
// Inputs come from the AUTHMAIL_BENCH_* variables (see ../first-email.ts); prints the elapsed ms.
const start = performance.now();
const [{ default: Mailgun }, { default: FormData }, { signInEmail }] = await Promise.all([
  import('mailgun.js'),
  import('form-data'),
  import('./sign-in-literal.mjs'),
]);
const env = process.env;
const client = new Mailgun(FormData).client({
  username: 'api',
  key: env.AUTHMAIL_BENCH_API_KEY,
  url: env.AUTHMAIL_BENCH_URL,
});
const email = signInEmail({
  code: env.AUTHMAIL_BENCH_CODE,
  applicationName: env.AUTHMAIL_BENCH_APPLICATION,
});
// The fields authmail's transport sends: tracking off for auth emails.
await client.messages.create(env.AUTHMAIL_BENCH_DOMAIN, {
  from: env.AUTHMAIL_BENCH_FROM,
  to: env.AUTHMAIL_BENCH_TO,
  subject: email.subject,
  text: email.text,
  html: email.html,
  'o:tracking-clicks': 'no',
  'o:tracking-opens': 'no',
});
process.stdout.write(`${performance.now() - start}\n`);
process.exit(0);
