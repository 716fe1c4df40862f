import { startFakeSmtp } from '@authmail/testkit';
import { describeTransportConformance, neutralFromSmtp } from '@authmail/testkit/conformance';
import { createSmtpMailer, createSmtpTransport } from './index.js';

const code = (usageType: string) => ({
  usageType,
  contentType: 'text/plain',
  subject: 'Code',
  content: '{{code}}',
});

describeTransportConformance('smtp', {
  start: () => startFakeSmtp(),
  createTransport: (fake, { apiKey, url: _url, allowCustomUrl: _allow, ...options }) =>
    createSmtpTransport({
      ...options,
      host: fake.host,
      port: fake.port,
      auth: { user: fake.user, pass: apiKey },
    }),
  neutral: neutralFromSmtp,
  providerTemplates: false,
  mailer: {
    config: (fake, { subject, html }) => ({
      host: fake.host,
      port: fake.port,
      auth: { user: fake.user, pass: fake.apiKey },
      fromEmail: 'no-reply@acme.test',
      templates: [
        ...['SignIn', 'Register', 'ForgotPassword'].map(code),
        { ...code('Generic'), contentType: 'text/html', subject, content: html },
        {
          usageType: 'OrganizationInvitation',
          contentType: 'text/html',
          subject: 'Join',
          content: '<a href="{{link}}">Join</a>',
        },
      ],
    }),
    create: createSmtpMailer,
  },
});
