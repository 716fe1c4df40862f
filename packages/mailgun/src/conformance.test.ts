import { startFakeMailgun } from '@authmail/testkit';
import { describeTransportConformance, neutralFromMailgun } from '@authmail/testkit/conformance';
import { createMailgunTransport } from './transport.js';

const domain = 'mg.example.com';

describeTransportConformance('mailgun', {
  start: () => startFakeMailgun({ apiKey: 'key-conformance', domains: [domain] }),
  createTransport: (fake, { apiKey = fake.apiKey, url = fake.url, timeoutMs, maxInFlight }) =>
    createMailgunTransport({
      apiKey,
      domain,
      endpoint: url,
      allowCustomEndpoint: true,
      timeoutMs,
      maxInFlight,
    }),
  neutral: neutralFromMailgun,
});
