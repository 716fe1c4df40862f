import { startFakeResend } from '@authmail/testkit';
import { describeTransportConformance, neutralFromResend } from '@authmail/testkit/conformance';
import { createResendMailer, createResendTransport } from './index.js';

const invitation = { template: 'organization-invitation', variables: { product: 'Acme' } };

describeTransportConformance('resend', {
  start: () => startFakeResend({ apiKey: 're_7d41c0ffee9a8b7c6d5e4f3a2b1c0d9e' }),
  createTransport: (_fake, { url: baseUrl, allowCustomUrl: allowCustomBaseUrl, ...options }) =>
    createResendTransport({ ...options, baseUrl, allowCustomBaseUrl }),
  neutral: neutralFromResend,
  templateName: 'sign-in-code',
  // Resend's refusals carry a `name` too; without one the error follows the status, as for a proxy's.
  errorBody: (message) => ({ message }),
  http: {
    officialUrls: ['https://api.resend.com'],
    urlOption: 'baseUrl',
    // Resend answers a wrong key 403 invalid_api_key (a missing one 401 missing_api_key).
    wrongKeyStatus: 403,
    // The path the client adds itself, however it is written.
    refusedUrls: [
      'https://api.resend.com/emails',
      'https://api.resend.com/emails/',
      'https://resend.com',
    ],
  },
  mailer: {
    config: ({ apiKey, url }, Generic) => ({
      apiKey,
      from: 'Acme <no-reply@acme.test>',
      baseUrl: url,
      allowCustomBaseUrl: true,
      deliveries: { Generic, OrganizationInvitation: invitation },
    }),
    create: createResendMailer,
  },
});
