import { startFakePostmark } from '@authmail/testkit';
import { describeTransportConformance, neutralFromPostmark } from '@authmail/testkit/conformance';
import { createPostmarkMailer, createPostmarkTransport, postmarkBaseUrl } from './index.js';

const template = (usageType: string, templateAlias: string) => ({ usageType, templateAlias });

describeTransportConformance('postmark', {
  start: () => startFakePostmark({ serverToken: '5f1e9c3a-7b2d-4e6f-8a0c-1b3d5e7f9a2c' }),
  createTransport: (
    _fake,
    { apiKey: serverToken, url: baseUrl, allowCustomUrl: allowCustomBaseUrl, ...options },
  ) => createPostmarkTransport({ ...options, serverToken, baseUrl, allowCustomBaseUrl }),
  neutral: neutralFromPostmark,
  // Postmark words a refusal as { ErrorCode, Message }; 300 is "Invalid email request".
  errorBody: (message) => ({ ErrorCode: 300, Message: message }),
  maxTags: 1,
  http: {
    officialUrls: [postmarkBaseUrl],
    urlOption: 'baseUrl',
    // Only the API host, and not the path the client adds.
    refusedUrls: [
      'https://postmarkapp.com',
      'https://evil.postmarkapp.com',
      `${postmarkBaseUrl}/email`,
    ],
  },
  mailer: {
    config: ({ apiKey, url }, { subject, html }) => ({
      serverToken: apiKey,
      fromEmail: 'no-reply@acme.test',
      baseUrl: url,
      allowCustomBaseUrl: true,
      templates: [
        ...['SignIn', 'Register', 'ForgotPassword', 'Generic'].map((usageType) =>
          template(usageType, `code-${usageType.toLowerCase()}`),
        ),
        template('OrganizationInvitation', 'invite'),
      ],
      deliveries: { Generic: { subject, html } },
    }),
    create: createPostmarkMailer,
  },
});
