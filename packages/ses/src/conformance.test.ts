import { startFakeSes } from '@authmail/testkit';
import { describeTransportConformance, neutralFromSes } from '@authmail/testkit/conformance';
import { createSesMailer, createSesTransport } from './index.js';

const code = (usageType: string) => ({ usageType, subject: 'Code', content: '<p>{{code}}</p>' });

describeTransportConformance('ses', {
  // The suite's API key is the secret access key: its secret checks cover it.
  start: () => startFakeSes({ secretAccessKey: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY7f3a' }),
  createTransport: (fake, { url, allowCustomUrl, apiKey, ...options }) =>
    createSesTransport({
      ...options,
      region: fake.region,
      credentials: { accessKeyId: fake.accessKeyId, secretAccessKey: apiKey },
      endpoint: url,
      allowCustomEndpoint: allowCustomUrl,
    }),
  neutral: neutralFromSes,
  templateName: 'authmail-sign-in',
  // SES words a refusal as {"message"}, its name in the x-amzn-ErrorType header.
  errorBody: (message) => ({ message }),
  http: {
    officialUrls: [
      'https://email.us-east-1.amazonaws.com',
      'https://email-fips.us-east-1.amazonaws.com',
    ],
    urlOption: 'endpoint',
    // AWS answers a bad signature 403 (InvalidSignatureException).
    wrongKeyStatus: 403,
    // Only the region's own SES host: not another region's (the signature is scoped to one), not SES v1's name.
    refusedUrls: [
      'https://email.eu-west-1.amazonaws.com',
      'https://email.us-east-1.amazonaws.com.cn',
      'https://sesv2.us-east-1.amazonaws.com',
      'https://amazonaws.com',
    ],
  },
  mailer: {
    config: ({ apiKey, url, accessKeyId, region }, { subject, html }) => ({
      accessKeyId,
      accessKeySecret: apiKey,
      region,
      emailAddress: 'no-reply@acme.test',
      endpoint: url,
      allowCustomEndpoint: true,
      templates: [
        ...['SignIn', 'Register', 'ForgotPassword'].map(code),
        { usageType: 'Generic', subject, content: html },
        {
          usageType: 'OrganizationInvitation',
          subject: 'Join',
          content: '',
          templateName: 'organization-invitation',
        },
      ],
    }),
    create: createSesMailer,
  },
});
