process.env.NO_PROXY = '127.0.0.1,localhost';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeMailgun, startFakeMailgun } from '../mailgun/fake-mailgun.js';
import { type FakeSendGrid, startFakeSendGrid } from '../sendgrid/fake-sendgrid.js';
import { mailgunClient, sendGridClients } from '../test-clients.js';
import { neutralFromMailgun } from './from-mailgun.js';
import { neutralFromSendGrid } from './from-sendgrid.js';
import { canonicalAddress, type NeutralMessage } from './neutral.js';

const domain = 'mg.example.com';
const template = 'd-0123456789abcdef0123456789abcdef';

let mailgun: FakeMailgun;
let sendgrid: FakeSendGrid;

beforeAll(async () => {
  mailgun = await startFakeMailgun({ apiKey: 'key-test', domains: [domain] });
  sendgrid = await startFakeSendGrid({ apiKey: 'SG.test' });
});
afterEach(() => {
  mailgun.clear();
  sendgrid.clear();
});
afterAll(async () => {
  await mailgun.close();
  await sendgrid.close();
});

const mailgunSend = (fields: Record<string, string | string[]>) =>
  mailgunClient(mailgun).messages.create(domain, fields as never);
const sendGridPost = (body: unknown) =>
  sendGridClients(sendgrid).client.request({ method: 'POST', url: '/v3/mail/send', body });
const lastMailgun = (): NeutralMessage | undefined =>
  mailgun.messages.map(neutralFromMailgun).at(-1);
const lastSendGrid = (): NeutralMessage | undefined =>
  sendgrid.messages.map(neutralFromSendGrid).at(-1);

describe('canonicalAddress', () => {
  it.each([
    ['alice@example.org', 'alice@example.org'],
    [' <alice@example.org> ', 'alice@example.org'],
    ['Alice Doe <alice@example.org>', 'Alice Doe <alice@example.org>'],
    ['"Acme, Inc." <a@example.com>', 'Acme, Inc. <a@example.com>'],
    ['"Say \\"hi\\"" <a@example.com>', 'Say "hi" <a@example.com>'],
    ['김민지 <minji@example.org>', '김민지 <minji@example.org>'],
  ])('reads %j as %j', (address, canonical) => {
    expect(canonicalAddress(address)).toBe(canonical);
  });

  it('gives SendGrid address objects the same form', () => {
    expect(canonicalAddress({ email: 'a@example.com', name: 'Acme, Inc.' })).toBe(
      'Acme, Inc. <a@example.com>',
    );
    expect(canonicalAddress({ email: 'a@example.com' })).toBe('a@example.com');
    expect(canonicalAddress({ email: 'a@example.com', name: '' })).toBe('a@example.com');
  });
});

describe('neutralFromMailgun, on messages mailgun.js sent', () => {
  it('reads addresses, subject, bodies and reply-to', async () => {
    await mailgunSend({
      from: '"Acme, Inc." <no-reply@mg.example.com>',
      to: ['Alice Doe <alice@example.org>', 'bob@example.org, "Doe, Carol" <carol@example.org>'],
      subject: '인증 코드 🔐',
      text: 'Code: 123456',
      html: '<p>안녕 👋</p>',
      'h:Reply-To': 'Support <support@example.com>',
    });
    expect(lastMailgun()).toEqual({
      from: 'Acme, Inc. <no-reply@mg.example.com>',
      to: ['Alice Doe <alice@example.org>', 'bob@example.org', 'Doe, Carol <carol@example.org>'],
      subject: '인증 코드 🔐',
      text: 'Code: 123456',
      html: '<p>안녕 👋</p>',
      replyTo: 'Support <support@example.com>',
      recipients: [
        { to: 'Alice Doe <alice@example.org>' },
        { to: 'bob@example.org' },
        { to: 'Doe, Carol <carol@example.org>' },
      ],
    });
  });

  it('reads a template and its t:variables, or else h:X-Mailgun-Variables', async () => {
    const variables = { code: '123456', user: { name: '민지' } };
    await mailgunSend({
      from: 'no-reply@mg.example.com',
      to: 'alice@example.org',
      template,
      't:variables': JSON.stringify(variables),
    });
    expect(lastMailgun()).toEqual({
      from: 'no-reply@mg.example.com',
      to: ['alice@example.org'],
      template: { name: template, variables },
      recipients: [{ to: 'alice@example.org' }],
    });

    await mailgunSend({
      from: 'no-reply@mg.example.com',
      to: 'alice@example.org',
      template,
      'h:X-Mailgun-Variables': JSON.stringify({ code: '654321' }),
    });
    expect(lastMailgun()?.template).toEqual({ name: template, variables: { code: '654321' } });
  });

  it('gives each batch recipient its recipient-variables, keyed by plain address', async () => {
    await mailgunSend({
      from: 'no-reply@mg.example.com',
      to: ['Alice <alice@example.org>', 'bob@example.org'],
      subject: 'Hi %recipient.name%',
      template,
      't:variables': '{"product":"Acme"}',
      'recipient-variables': JSON.stringify({
        'alice@example.org': { name: 'Alice', code: '1' },
        'bob@example.org': { name: 'Bob', code: '2' },
      }),
    });
    expect(lastMailgun()).toMatchObject({
      template: { name: template, variables: { product: 'Acme' } },
      recipients: [
        { to: 'Alice <alice@example.org>', variables: { name: 'Alice', code: '1' } },
        { to: 'bob@example.org', variables: { name: 'Bob', code: '2' } },
      ],
    });
  });
});

describe('neutralFromSendGrid, on messages @sendgrid/client sent', () => {
  it('reads addresses, subject, content and reply-to', async () => {
    await sendGridClients(sendgrid).mail.send({
      from: { email: 'no-reply@example.com', name: 'Acme, Inc.' },
      to: ['Alice Doe <alice@example.org>', 'bob@example.org'],
      subject: '인증 코드 🔐',
      text: 'Code: 123456',
      html: '<p>안녕 👋</p>',
      replyTo: { email: 'support@example.com', name: 'Support' },
    });
    expect(lastSendGrid()).toEqual({
      from: 'Acme, Inc. <no-reply@example.com>',
      to: ['Alice Doe <alice@example.org>', 'bob@example.org'],
      subject: '인증 코드 🔐',
      text: 'Code: 123456',
      html: '<p>안녕 👋</p>',
      replyTo: 'Support <support@example.com>',
      recipients: [{ to: 'Alice Doe <alice@example.org>' }, { to: 'bob@example.org' }],
    });
  });

  it('reads a dynamic template and its data', async () => {
    const variables = { code: '123456', user: { name: '민지' } };
    await sendGridClients(sendgrid).mail.send({
      from: 'no-reply@example.com',
      to: 'alice@example.org',
      templateId: template,
      dynamicTemplateData: variables,
    });
    expect(lastSendGrid()).toEqual({
      from: 'no-reply@example.com',
      to: ['alice@example.org'],
      template: { name: template, variables },
      recipients: [{ to: 'alice@example.org', variables }],
    });
  });

  it('gives one recipient per personalization, with its dynamic_template_data', async () => {
    await sendGridPost({
      from: { email: 'no-reply@example.com' },
      template_id: template,
      personalizations: [
        { to: [{ email: 'alice@example.org', name: 'Alice' }], dynamic_template_data: { n: 1 } },
        { to: [{ email: 'bob@example.org' }], dynamic_template_data: { n: 2 } },
        { to: [{ email: 'carol@example.org' }] },
      ],
    });
    expect(lastSendGrid()).toEqual({
      from: 'no-reply@example.com',
      to: ['Alice <alice@example.org>', 'bob@example.org', 'carol@example.org'],
      template: { name: template, variables: { n: 1 } },
      recipients: [
        { to: 'Alice <alice@example.org>', variables: { n: 1 } },
        { to: 'bob@example.org', variables: { n: 2 } },
        { to: 'carol@example.org' },
      ],
    });
  });

  it('falls back to the personalization subject and the first reply_to_list entry', async () => {
    await sendGridPost({
      from: { email: 'no-reply@example.com' },
      personalizations: [{ to: [{ email: 'alice@example.org' }], subject: 'Per person' }],
      content: [{ type: 'text/html', value: '<p>Hi</p>' }],
      reply_to_list: [{ email: 'a@example.com', name: 'A' }, { email: 'b@example.com' }],
    });
    expect(lastSendGrid()).toEqual({
      from: 'no-reply@example.com',
      to: ['alice@example.org'],
      subject: 'Per person',
      html: '<p>Hi</p>',
      replyTo: 'A <a@example.com>',
      recipients: [{ to: 'alice@example.org' }],
    });
  });
});

describe('both mappers', () => {
  it('describe the same message sent through either provider the same way', async () => {
    const message = {
      from: '"Acme, Inc." <no-reply@example.com>',
      to: '김민지 <minji@example.org>',
      replyTo: 'Support <support@example.com>',
      subject: '인증 코드 🔐 123456',
      text: '코드: 123456',
      html: '<p>코드: <b>123456</b> ✅</p>',
    };
    await mailgunSend({ ...message, 'h:Reply-To': message.replyTo });
    await sendGridClients(sendgrid).mail.send({
      ...message,
      from: { email: 'no-reply@example.com', name: 'Acme, Inc.' },
    });
    expect(lastSendGrid()).toEqual(lastMailgun());
  });

  it('read tags, extra headers and metadata the same way from either provider', async () => {
    const message = {
      from: 'no-reply@example.com',
      to: 'alice@example.org',
      subject: 's',
      text: 't',
    };
    await mailgunSend({
      ...message,
      'o:tag': ['SignIn', 'Welcome'],
      'h:X-Request-Id': 'req-1',
      'h:Reply-To': 'support@example.com',
      'v:correlation': 'corr-1',
    });
    await sendGridClients(sendgrid).mail.send({
      ...message,
      replyTo: 'support@example.com',
      categories: ['SignIn', 'Welcome'],
      headers: { 'X-Request-Id': 'req-1' },
      customArgs: { correlation: 'corr-1' },
    });
    expect(lastMailgun()).toMatchObject({
      replyTo: 'support@example.com',
      tags: ['SignIn', 'Welcome'],
      headers: { 'X-Request-Id': 'req-1' },
      metadata: { correlation: 'corr-1' },
    });
    expect(lastSendGrid()).toEqual(lastMailgun());
  });
});
