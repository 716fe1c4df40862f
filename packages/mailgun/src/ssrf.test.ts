import { describe, expect, it } from 'vitest';
import { createMailgunMailer } from './config.js';
import { resolveMailgunOptions } from './options.js';
import { createMailgunTransport } from './transport.js';

const base = { apiKey: 'key-test-1234567890', domain: 'mg.example.com' };

describe('Mailgun endpoints (SSRF)', () => {
  it.each([
    'https://api.mailgun.net.evil.test',
    'https://evil.test#.mailgun.net',
    'https://evil.test/.mailgun.net',
    'https://evil.test?.mailgun.net',
    'https://api.mailgun.net@evil.test',
    'https://api:key@api.mailgun.net',
    'https://user@api.mailgun.net',
    'https://api.mailgun.net.',
    'https://mailgun.net.evil.test',
    'https://evilmailgun.net',
    'https://127.0.0.1',
    'https://[::1]',
    'https://0x7f.0.0.1',
    'https://2130706433',
    'https://169.254.169.254/latest/meta-data',
    'http://api.mailgun.net',
    'http://api.eu.mailgun.net',
    'HTTP://API.MAILGUN.NET',
    'https://api.mailgսn.net',
    'https://api.maіlgun.net',
    'https://xn--mailgn-7db.net',
    'https://api.mailgun.net/v3?redirect=https://evil.test',
    'https://api.mailgun.net#frag',
    'ftp://api.mailgun.net',
    'file:///etc/passwd',
    '//api.mailgun.net',
    'api.mailgun.net',
    '',
    'https://api.mailgun.net/v3',
    'https://api.eu.mailgun.net/v3/',
    'https://api.mailgun.net\\v3',
  ])('refuses %j without allowCustomEndpoint', (endpoint) => {
    expect(() => createMailgunTransport({ ...base, endpoint })).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringMatching(/^endpoint /),
      }),
    );
  });

  it.each([
    ['https://api.mailgun.net', 'https://api.mailgun.net'],
    ['https://api.eu.mailgun.net/', 'https://api.eu.mailgun.net'],
    ['HTTPS://API.MAILGUN.NET', 'https://api.mailgun.net'],
    ['https://API.EU.Mailgun.Net/', 'https://api.eu.mailgun.net'],
    ['https://api\uff0emailgun\uff0enet', 'https://api.mailgun.net'],
    ['https://api.mailgun.net:443/', 'https://api.mailgun.net'],
    ['https://api.mailgun.net\\prefix', 'https://api.mailgun.net/prefix'],
  ])('accepts %j and hands the client the normalised %j', (endpoint, normalised) => {
    expect(resolveMailgunOptions({ ...base, endpoint }).endpoint).toBe(normalised);
  });

  it('refuses credentials, queries and fragments even with allowCustomEndpoint', () => {
    for (const endpoint of [
      'http://user:pass@127.0.0.1:8080',
      'http://127.0.0.1:8080/?x=1',
      'http://127.0.0.1:8080/#x',
    ]) {
      expect(() =>
        createMailgunTransport({ ...base, endpoint, allowCustomEndpoint: true }),
      ).toThrow(expect.objectContaining({ code: 'invalid_config' }));
    }
  });

  it('allows http and other hosts only with allowCustomEndpoint', () => {
    expect(
      resolveMailgunOptions({
        ...base,
        endpoint: 'http://127.0.0.1:8080/',
        allowCustomEndpoint: true,
      }).endpoint,
    ).toBe('http://127.0.0.1:8080');
    expect(() =>
      createMailgunTransport({
        ...base,
        endpoint: 'javascript:alert(1)',
        allowCustomEndpoint: true,
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_config' }));
  });

  it('checks the endpoint of a Logto config too', () => {
    expect(() =>
      createMailgunMailer({
        ...base,
        from: 'a@mg.example.com',
        endpoint: 'https://api.mailgun.net.evil.test',
        deliveries: {},
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_config' }));
  });
});
