import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePostmark, postmarkMaxBatchMessages, startFakePostmark } from './fake-postmark.js';

const serverToken = 'fake-postmark-token';
let fake: FakePostmark;

beforeAll(async () => {
  fake = await startFakePostmark({ serverToken, suppressed: ['bob@example.org'] });
});
afterAll(() => fake.close());

const post = (path: string, body: unknown, token = serverToken) =>
  fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Postmark-Server-Token': token },
    body: JSON.stringify(body),
  }).then(async (answer) => ({
    status: answer.status,
    body: (await answer.json()) as { ErrorCode: number; MessageID?: string }[],
  }));

const message = (To: string) => ({ From: 'a@acme.test', To, Subject: 'Hi', TextBody: 'Hi' });

describe('fake Postmark', () => {
  it('refuses a wrong token with 401 and ErrorCode 10', async () => {
    expect(await post('/email', message('ann@example.org'), 'nope')).toMatchObject({
      status: 401,
      body: { ErrorCode: 10 },
    });
  });

  it('refuses a single message to a suppressed recipient with 422 and ErrorCode 406', async () => {
    expect(await post('/email', message('bob@example.org'))).toMatchObject({
      status: 422,
      body: { ErrorCode: 406 },
    });
  });

  it('answers a batch with one result per message, refused ones included, and records the accepted', async () => {
    fake.clear();
    const answer = await post('/email/batch', [
      message('ann@example.org'),
      message('bob@example.org'),
      { From: 'a@acme.test' },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body.map(({ ErrorCode }) => ErrorCode)).toEqual([0, 406, 300]);
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]?.accepted.map(({ To }) => To)).toEqual(['ann@example.org']);
    expect(fake.messages[0]?.id).toBe(answer.body[0]?.MessageID);
  });

  it('refuses more than 500 messages, and more than 50 recipients in one message', async () => {
    const many = Array.from({ length: postmarkMaxBatchMessages + 1 }, () =>
      message('ann@example.org'),
    );
    expect(await post('/email/batch', many)).toMatchObject({
      status: 422,
      body: { ErrorCode: 410 },
    });
    const to = Array.from({ length: 51 }, (_, index) => `u${index}@example.org`).join(', ');
    expect(await post('/email', message(to))).toMatchObject({
      status: 422,
      body: { ErrorCode: 300 },
    });
  });
});
