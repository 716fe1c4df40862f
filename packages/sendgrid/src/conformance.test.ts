import { startFakeSendGrid } from '@authmail/testkit';
import { describeTransportConformance, neutralFromSendGrid } from '@authmail/testkit/conformance';
import { createSendGridTransport } from './transport.js';

describeTransportConformance('sendgrid', {
  start: () => startFakeSendGrid({ apiKey: 'SG.conformance' }),
  createTransport: (fake, { apiKey = fake.apiKey, url = fake.url, timeoutMs, maxInFlight }) =>
    createSendGridTransport({
      apiKey,
      baseUrl: url,
      allowCustomBaseUrl: true,
      timeoutMs,
      maxInFlight,
    }),
  neutral: neutralFromSendGrid,
});
