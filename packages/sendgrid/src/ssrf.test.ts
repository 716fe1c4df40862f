import { describe, expect, it } from 'vitest';
import { createSendGridMailer } from './config.js';
import { resolveSendGridOptions } from './options.js';
import { createSendGridTransport } from './transport.js';

const apiKey = 'SG.test-key.1234567890';

describe('SendGrid base URLs (SSRF)', () => {
  it.each([
    'https://api.sendgrid.com.evil.test',
    'https://evil.test#.sendgrid.com',
    'https://evil.test#api.sendgrid.com',
    'https://evil.test/api.sendgrid.com',
    'https://evil.test?api.sendgrid.com',
    'https://api.sendgrid.com@evil.test',
    'https://apikey:SG.x@api.sendgrid.com',
    'https://user@api.sendgrid.com',
    'https://api.sendgrid.com.',
    'https://sendgrid.com',
    'https://evil.sendgrid.com',
    'https://apisendgrid.com',
    'https://127.0.0.1',
    'https://[::1]',
    'https://0x7f.0.0.1',
    'https://169.254.169.254/latest/meta-data',
    'http://api.sendgrid.com',
    'http://api.eu.sendgrid.com',
    'HTTP://API.SENDGRID.COM',
    'https://api.sendgrіd.com',
    'https://аpi.sendgrid.com',
    'https://xn--pi-7ba.sendgrid.com',
    'https://api.sendgrid.com/v3?redirect=https://evil.test',
    'https://api.sendgrid.com#frag',
    'ftp://api.sendgrid.com',
    '//api.sendgrid.com',
    'api.sendgrid.com',
    '',
    'https://api.sendgrid.com/v3',
    'https://api.eu.sendgrid.com/v3/',
  ])('refuses %j without allowCustomBaseUrl', (baseUrl) => {
    expect(() => createSendGridTransport({ apiKey, baseUrl })).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringMatching(/^baseUrl /),
      }),
    );
  });

  it.each([
    ['https://api.sendgrid.com', 'https://api.sendgrid.com'],
    ['https://api.eu.sendgrid.com/', 'https://api.eu.sendgrid.com'],
    ['HTTPS://API.SENDGRID.COM', 'https://api.sendgrid.com'],
    ['https://Api.Eu.SendGrid.Com/', 'https://api.eu.sendgrid.com'],
    ['https://api\uff0esendgrid\uff0ecom', 'https://api.sendgrid.com'],
    ['https://api.sendgrid.com:443', 'https://api.sendgrid.com'],
  ])('accepts %j and hands the client the normalised %j', (baseUrl, normalised) => {
    expect(resolveSendGridOptions({ apiKey, baseUrl }).baseUrl).toBe(normalised);
  });

  it('refuses credentials, queries and fragments even with allowCustomBaseUrl', () => {
    for (const baseUrl of [
      'http://user:pass@127.0.0.1:8080',
      'http://127.0.0.1:8080/?x=1',
      'http://127.0.0.1:8080/#x',
    ]) {
      expect(() => createSendGridTransport({ apiKey, baseUrl, allowCustomBaseUrl: true })).toThrow(
        expect.objectContaining({ code: 'invalid_config' }),
      );
    }
  });

  it('allows http and other hosts only with allowCustomBaseUrl', () => {
    expect(
      resolveSendGridOptions({
        apiKey,
        baseUrl: 'http://127.0.0.1:8080/',
        allowCustomBaseUrl: true,
      }).baseUrl,
    ).toBe('http://127.0.0.1:8080');
  });

  it('checks the base URL of a Logto config too', () => {
    expect(() =>
      createSendGridMailer({
        apiKey,
        fromEmail: 'a@acme.test',
        baseUrl: 'https://api.sendgrid.com.evil.test',
        templates: ['SignIn', 'Register', 'ForgotPassword', 'Generic'].map((usageType) => ({
          usageType: usageType as 'Generic',
          type: 'text/plain' as const,
          subject: 's',
          content: 'c',
        })),
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_config' }));
  });
});
