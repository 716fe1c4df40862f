import { startFakeSendGrid } from '@authmail/testkit';
import { describeTransportConformance, neutralFromSendGrid } from '@authmail/testkit/conformance';
import { createSendGridMailer, createSendGridTransport } from './index.js';

const code = (usageType: string) => ({
  usageType,
  type: 'text/plain',
  subject: 'Code',
  content: '{{code}}',
});
const invitation = {
  usageType: 'OrganizationInvitation',
  type: 'text/html',
  subject: 'Join',
  content: '',
  templateId: 'd-invite',
};

describeTransportConformance('sendgrid', {
  start: () =>
    startFakeSendGrid({ apiKey: 'SG.7d41c0ffee9a8b7c.6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a' }),
  createTransport: (_fake, { url: baseUrl, allowCustomUrl: allowCustomBaseUrl, ...options }) =>
    createSendGridTransport({ ...options, baseUrl, allowCustomBaseUrl }),
  neutral: neutralFromSendGrid,
  http: {
    officialUrls: ['https://api.sendgrid.com', 'https://api.eu.sendgrid.com'],
    urlOption: 'baseUrl',
    // Only the two API hosts: no other name under sendgrid.com, and not the path the client adds.
    refusedUrls: [
      'https://sendgrid.com',
      'https://evil.sendgrid.com',
      'https://api.sendgrid.com/v3',
      'https://api.eu.sendgrid.com/v3/',
    ],
  },
  mailer: {
    config: ({ apiKey, url }, { subject, html }) => ({
      apiKey,
      fromEmail: 'no-reply@acme.test',
      baseUrl: url,
      allowCustomBaseUrl: true,
      templates: [
        ...['SignIn', 'Register', 'ForgotPassword'].map(code),
        { ...code('Generic'), type: 'text/html', subject, content: html },
        invitation,
      ],
    }),
    create: createSendGridMailer,
  },
});
