import {
  type FakePostmark,
  type FakeResend,
  type FakeSes,
  type FakeSmtp,
  startFakePostmark,
  startFakeResend,
  startFakeSes,
  startFakeSmtp,
} from '@authmail/testkit';

// Test fixtures (not part of the connector): a config per new provider, as
// its Logto connector stores it plus `provider`, pointed at the testkit's
// fake of its API.

/** The credentials the fakes accept. */
export const testCredentials = {
  smtpPassword: 'smtp-pass-connector-4b7e',
  resendKey: 're_connector_9f2c4d6e8a0b',
  sesSecret: 'wJalrXUtnFEMI/K7MDENG/connector/3e5a',
  postmarkToken: '0d8c6a4e-2b1f-4e3d-9c7b-5a3f1e9d7b5c',
};

const logtoUsageTypes = ['Register', 'SignIn', 'ForgotPassword', 'Generic'];
const signInSubject = 'Sign in to {{application.name}}';
const codeHtml = '<p>Your code is <b>{{code}}</b></p>';

/** Logto's SMTP and SES connectors: one `{ usageType, subject, content }` per type it requires. */
function logtoTemplates(fields: Record<string, unknown>) {
  return logtoUsageTypes.map((usageType) => ({
    usageType,
    subject: usageType === 'SignIn' ? signInSubject : 'Code {{code}}',
    content: codeHtml,
    ...fields,
  }));
}

/** Logto's SMTP connector config. */
export const smtpTestConfig = (smtp: FakeSmtp) => ({
  provider: 'smtp',
  host: smtp.host,
  port: smtp.port,
  auth: { user: smtp.user, pass: testCredentials.smtpPassword },
  fromEmail: 'Acme <no-reply@acme.test>',
  replyTo: 'help@acme.test',
  customHeaders: { 'X-Tenant': 'acme' },
  templates: logtoTemplates({ contentType: 'text/html' }),
});

/** `@authmail/resend`'s config (Logto has no Resend connector). */
export const resendTestConfig = (resend: FakeResend) => ({
  provider: 'resend',
  apiKey: testCredentials.resendKey,
  from: 'Acme <no-reply@acme.test>',
  baseUrl: resend.url,
  allowCustomBaseUrl: true,
  deliveries: {
    SignIn: { subject: signInSubject, html: codeHtml },
    Generic: { subject: 'Code {{code}}', html: codeHtml },
  },
});

/** Logto's AWS SES connector config. */
export const sesTestConfig = (ses: FakeSes) => ({
  provider: 'ses',
  accessKeyId: ses.accessKeyId,
  accessKeySecret: testCredentials.sesSecret,
  region: ses.region,
  emailAddress: 'no-reply@acme.test',
  templates: logtoTemplates({}),
  endpoint: ses.url,
  allowCustomEndpoint: true,
});

/** Logto's Postmark connector config: a Postmark template alias per type. */
export const postmarkTestConfig = (postmark: FakePostmark) => ({
  provider: 'postmark',
  serverToken: testCredentials.postmarkToken,
  fromEmail: 'no-reply@acme.test',
  templates: logtoUsageTypes.map((usageType) => ({
    usageType,
    templateAlias: `code-${usageType.toLowerCase()}`,
  })),
  baseUrl: postmark.url,
  allowCustomBaseUrl: true,
});

/** The fakes of the providers added after Mailgun and SendGrid. */
export interface NewProviderFakes {
  smtp: FakeSmtp;
  resend: FakeResend;
  ses: FakeSes;
  postmark: FakePostmark;
}

/** Starts the four fakes, each accepting {@link testCredentials}. */
export async function startNewProviderFakes(): Promise<NewProviderFakes> {
  const [smtp, resend, ses, postmark] = await Promise.all([
    startFakeSmtp({ password: testCredentials.smtpPassword }),
    startFakeResend({ apiKey: testCredentials.resendKey }),
    startFakeSes({ secretAccessKey: testCredentials.sesSecret }),
    startFakePostmark({ serverToken: testCredentials.postmarkToken }),
  ]);
  return { smtp, resend, ses, postmark };
}

/** One config per new provider, in the order smtp, resend, ses, postmark. */
export const newProviderTestConfigs = ({ smtp, resend, ses, postmark }: NewProviderFakes) => [
  smtpTestConfig(smtp),
  resendTestConfig(resend),
  sesTestConfig(ses),
  postmarkTestConfig(postmark),
];
