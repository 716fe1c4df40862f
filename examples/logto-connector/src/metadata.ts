import type { ConnectorMetadata } from '@logto/connector-kit';

/**
 * What Logto shows for this connector. Paths are relative to the connector's
 * package directory: Logto reads the README, the config template and the SVG
 * logo from there when it loads the connector.
 *
 * There are no `formItems`: Logto checks form items against a zod 3 object
 * guard, and this guard is a zod 4 discriminated union, so the console shows
 * the JSON config editor, prefilled from `docs/config-template.json`.
 */
export const metadata: ConnectorMetadata = {
  id: 'authmail-email',
  target: 'authmail',
  platform: null,
  name: {
    en: 'authmail (Mailgun, SendGrid, SMTP, Resend, SES or Postmark)',
    ko: 'authmail (Mailgun, SendGrid, SMTP, Resend, SES 또는 Postmark)',
  },
  logo: './logo.svg',
  logoDark: null,
  description: {
    en: 'Sends authentication emails with authmail through Mailgun, SendGrid, SMTP, Resend, Amazon SES or Postmark. Switching provider is a config change.',
    ko: 'authmail로 Mailgun, SendGrid, SMTP, Resend, Amazon SES 또는 Postmark를 통해 인증 이메일을 보냅니다. 공급자 전환은 설정만 바꾸면 됩니다.',
  },
  readme: './README.md',
  configTemplate: './docs/config-template.json',
};
