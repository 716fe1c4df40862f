import { startFakeSendGrid } from '@authmail/testkit';
import { describeTransportConformance, neutralFromSendGrid } from '@authmail/testkit/conformance';
import { createToyMailer, createToyTransport, toyOfficialBaseUrl } from './toy-provider.js';

describeTransportConformance('toy', {
  start: () => startFakeSendGrid({ apiKey: 'toy_live_4b7e1d9c2a6f8e3b5d0c7a1f9e2b4d6c' }),
  createTransport: (_fake, { url: baseUrl, allowCustomUrl: allowCustomBaseUrl, ...options }) =>
    createToyTransport({ ...options, baseUrl, allowCustomBaseUrl }),
  neutral: neutralFromSendGrid,
  // How Toy Mail (SendGrid v3) words a refusal: `errors[]` only, no top-level `message`.
  errorBody: (message, field) => ({ errors: [{ message, field, help: null }] }),
  http: {
    officialUrls: [toyOfficialBaseUrl],
    urlOption: 'baseUrl',
    // Only the API host, and not the path the transport adds.
    refusedUrls: ['https://toy-mail.test', 'https://api.toy-mail.test/v3'],
  },
  mailer: {
    config: ({ apiKey, url }, generic) => ({
      apiKey,
      from: 'Acme <no-reply@acme.test>',
      baseUrl: url,
      allowCustomBaseUrl: true,
      deliveries: {
        Generic: generic,
        OrganizationInvitation: { subject: 'Join', template: 'd-invite' },
      },
    }),
    create: createToyMailer,
  },
});
