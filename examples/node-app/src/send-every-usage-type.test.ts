import { createMailer, createMemoryTransport, usageTypes } from '@authmail/core';
import { expect, it } from 'vitest';
import { sendEveryUsageType } from './send-every-usage-type.js';

it('sends every usage type in English and Korean from the built-ins', async () => {
  const transport = createMemoryTransport();
  const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
  const rows = await sendEveryUsageType(mailer, 'a@b.test', ['en-US', 'ko-KR,ko;q=0.9']);
  expect(rows.map((row) => `${row.usageType}/${row.languageTag}`)).toEqual([
    ...usageTypes.map((usageType) => `${usageType}/en`),
    ...usageTypes.map((usageType) => `${usageType}/ko`),
  ]);
  expect(transport.messages).toHaveLength(usageTypes.length * 2);
  expect(transport.messages[usageTypes.length]?.subject).toBe('로그인 인증 코드: 482913');
  for (const message of transport.messages)
    expect(`${message.subject}${message.text}`).not.toContain('{{');
});
