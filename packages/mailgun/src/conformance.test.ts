import { startFakeMailgun } from '@authmail/testkit';
import { describeTransportConformance, neutralFromMailgun } from '@authmail/testkit/conformance';
import { createMailgunMailer, createMailgunTransport } from './index.js';

const domain = 'mg.example.com';
const invitation = { template: 'invite', variables: { product: 'Acme' } };

describeTransportConformance('mailgun', {
  start: () =>
    startFakeMailgun({ apiKey: 'key-7d41c0ffee9a8b7c6d5e4f3a2b1c0d9e', domains: [domain] }),
  createTransport: (_fake, { url: endpoint, allowCustomUrl: allowCustomEndpoint, ...options }) =>
    createMailgunTransport({ ...options, domain, endpoint, allowCustomEndpoint }),
  neutral: neutralFromMailgun,
  http: {
    officialUrls: ['https://api.mailgun.net', 'https://api.eu.mailgun.net'],
    urlOption: 'endpoint',
    // A host outside *.mailgun.net, and the path mailgun.js adds itself, however it is written.
    refusedUrls: [
      'https://api.mailgun1.net',
      'https://api.mailgun.net/v3',
      'https://api.eu.mailgun.net/v3/',
      'https://api.mailgun.net\\v3',
    ],
  },
  mailer: {
    config: ({ apiKey, url }, Generic) => ({
      apiKey,
      domain,
      from: `Acme <no-reply@${domain}>`,
      endpoint: url,
      allowCustomEndpoint: true,
      deliveries: { Generic, OrganizationInvitation: invitation },
    }),
    create: createMailgunMailer,
  },
});
