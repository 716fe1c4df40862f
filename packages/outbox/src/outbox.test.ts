import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { OutgoingEmail } from '@authmail/core';
import { AuthmailError } from '@authmail/core';
import { type HeaderValue, type ParsedMail, simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxTransport, indexFileName, type OutboxRecord } from './index.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'authmail-outbox-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function email(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    to: '김민지 <minji@example.com>',
    from: 'Acme 로그인 <no-reply@acme.test>',
    replyTo: 'Acme Help <help@acme.test>',
    subject: '로그인 코드: 482913 🔐',
    text: '코드는 482913 입니다.',
    html: '<p>코드는 <b>482913</b> 입니다.</p>',
    tags: ['SignIn', 'ko'],
    headers: { 'X-Campaign': 'spring' },
    correlationId: 'corr-123',
    ...overrides,
  };
}

async function parseEml(path: string): Promise<ParsedMail> {
  return simpleParser(await readFile(path));
}

function headerText(value: HeaderValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function contentType(mail: ParsedMail): string | undefined {
  const value = mail.headers.get('content-type');
  return typeof value === 'object' && value !== null && 'value' in value
    ? String(value.value)
    : undefined;
}

async function readRecord(path: string): Promise<OutboxRecord> {
  return JSON.parse(await readFile(path, 'utf8')) as OutboxRecord;
}

async function jsonFiles(): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.json'));
}

describe('createOutboxTransport', () => {
  it('writes an .eml that parses back with the headers, both parts and the correlation id', async () => {
    const transport = createOutboxTransport({ dir });
    const message = email();
    const receipt = await transport.send(message);

    expect(receipt.provider).toBe('outbox');
    expect(receipt.correlationId).toBe('corr-123');
    expect(receipt.messageId).toMatch(/^<[0-9a-f-]+@outbox\.authmail>$/);
    expect(receipt.files).toHaveLength(1);
    const files = receipt.files[0];
    if (!files) throw new Error('no files');
    expect(files.messageId).toBe(receipt.messageId);
    expect(files.to).toBe(message.to);

    const mail = await parseEml(files.eml);
    expect(mail.subject).toBe('로그인 코드: 482913 🔐');
    expect(mail.from?.value).toEqual([{ name: 'Acme 로그인', address: 'no-reply@acme.test' }]);
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value).toEqual([{ name: '김민지', address: 'minji@example.com' }]);
    expect(mail.replyTo?.value).toEqual([{ name: 'Acme Help', address: 'help@acme.test' }]);
    expect(mail.text?.trim()).toBe('코드는 482913 입니다.');
    expect(mail.html).toContain('<p>코드는 <b>482913</b> 입니다.</p>');
    expect(mail.messageId).toBe(receipt.messageId);
    expect(mail.date).toBeInstanceOf(Date);
    expect(contentType(mail)).toBe('multipart/alternative');
    expect(headerText(mail.headers.get('x-authmail-correlation-id'))).toBe('corr-123');
    expect(headerText(mail.headers.get('x-authmail-tags'))).toBe('SignIn, ko');
    expect(headerText(mail.headers.get('x-campaign'))).toBe('spring');

    const raw = await readFile(files.eml, 'latin1');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(raw).toContain('\r\n');
  });

  it('names files sortably, uniquely and safely for Windows', async () => {
    const transport = createOutboxTransport({ dir });
    const receipt = await transport.send(email({ subject: 'Your code: 1/2 "quoted" <x>?*|' }));
    const files = receipt.files[0];
    if (!files) throw new Error('no files');
    const name = basename(files.eml);
    expect(name).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{6}-your-code-1-2-quoted-x\.eml$/,
    );
    expect(basename(files.html)).toBe(name.replace(/\.eml$/, '.html'));
    expect(basename(files.json)).toBe(name.replace(/\.eml$/, '.json'));

    const korean = await transport.send(email());
    expect(basename(korean.files[0]?.eml ?? '')).toMatch(/-[0-9a-f]{6}-482913\.eml$/);
    const onlySymbols = await transport.send(email({ subject: '🔐' }));
    expect(basename(onlySymbols.files[0]?.eml ?? '')).toMatch(/-[0-9a-f]{6}-message\.eml$/);
  });

  it('sends a single text/plain part and a <pre> preview when there is no html', async () => {
    const transport = createOutboxTransport({ dir });
    const receipt = await transport.send(email({ html: undefined, text: 'Code <b>1 & 2</b>' }));
    const files = receipt.files[0];
    if (!files) throw new Error('no files');
    const mail = await parseEml(files.eml);
    expect(contentType(mail)).toBe('text/plain');
    expect(mail.text?.trim()).toBe('Code <b>1 & 2</b>');

    const preview = await readFile(files.html, 'utf8');
    expect(preview).toContain('<pre');
    expect(preview).toContain('Code &lt;b&gt;1 &amp; 2&lt;/b&gt;');
    expect(preview).not.toContain('<b>');
  });

  it('writes the html body as the preview', async () => {
    const transport = createOutboxTransport({ dir });
    const receipt = await transport.send(email());
    const preview = await readFile(receipt.files[0]?.html ?? '', 'utf8');
    expect(preview.replace(/^\uFEFF/, '')).toBe('<p>코드는 <b>482913</b> 입니다.</p>');
  });

  it('records the whole message in the .json file', async () => {
    const transport = createOutboxTransport({ dir, name: 'local-outbox' });
    const message = email();
    const receipt = await transport.send(message);
    expect(receipt.provider).toBe('local-outbox');
    const files = receipt.files[0];
    if (!files) throw new Error('no files');

    const record = await readRecord(files.json);
    expect(record.message).toEqual(message);
    expect(record.messageId).toBe(receipt.messageId);
    expect(record.files).toEqual({
      eml: basename(files.eml),
      html: basename(files.html),
      json: basename(files.json),
    });
    expect(new Date(record.time).toISOString()).toBe(record.time);
  });

  it('lists every message in index.html, escaped, in the order written (shown newest first)', async () => {
    const transport = createOutboxTransport({ dir });
    await transport.send(email({ subject: 'Oldest message' }));
    await transport.send(email({ subject: '<script>alert("x")</script>', to: '<b>@evil.test' }));
    await transport.send(email({ subject: 'Newest message' }));

    const index = await readFile(join(dir, indexFileName), 'utf8');
    expect(index).not.toContain('<script>');
    expect(index).not.toContain('<b>');
    expect(index).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const newest = index.indexOf('Newest message');
    const hostile = index.indexOf('&lt;script&gt;');
    const oldest = index.indexOf('Oldest message');
    expect(oldest).toBeGreaterThan(-1);
    expect(oldest).toBeLessThan(hostile);
    expect(hostile).toBeLessThan(newest);
    // The rows are the body's last children; the body is a reversed column.
    expect(index).toMatch(/body\{[^}]*flex-direction:column-reverse/);

    for (const name of await jsonFiles()) {
      const base = name.replace(/\.json$/, '');
      expect(index).toContain(`href="${base}.html"`);
      expect(index).toContain(`href="${base}.eml"`);
    }
  });

  it('keeps every message when 20 sends run at once', async () => {
    const transport = createOutboxTransport({ dir });
    const receipts = await Promise.all(
      Array.from({ length: 20 }, (_, n) => transport.send(email({ subject: `Message ${n}` }))),
    );
    expect(new Set(receipts.map((receipt) => receipt.messageId)).size).toBe(20);

    const names = await jsonFiles();
    expect(names).toHaveLength(20);
    const subjects = await Promise.all(
      names.map(async (name) => (await readRecord(join(dir, name))).message.subject),
    );
    expect(subjects.sort()).toEqual(Array.from({ length: 20 }, (_, n) => `Message ${n}`).sort());

    const index = await readFile(join(dir, indexFileName), 'utf8');
    expect(index.match(/\.eml"/g)).toHaveLength(20);
    for (const name of names) expect(index).toContain(name);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the index complete with several writers on one directory', async () => {
    const writers = Array.from({ length: 4 }, () => createOutboxTransport({ dir }));
    await Promise.all(
      writers.flatMap((writer, w) =>
        Array.from({ length: 5 }, (_, n) => writer.send(email({ subject: `W${w} M${n}` }))),
      ),
    );
    const index = await readFile(join(dir, indexFileName), 'utf8');
    expect(index.match(/\.eml"/g)).toHaveLength(20);
  });

  it('lists messages written before a restart', async () => {
    await createOutboxTransport({ dir }).send(email({ subject: 'before restart' }));
    await createOutboxTransport({ dir }).send(email({ subject: 'after restart' }));
    const index = await readFile(join(dir, indexFileName), 'utf8');
    expect(index).toContain('before restart');
    expect(index.indexOf('before restart')).toBeLessThan(index.indexOf('after restart'));
  });

  it('creates the directory when it is missing', async () => {
    const nested = join(dir, 'a', 'b');
    const transport = createOutboxTransport({ dir: nested });
    expect(transport.dir).toBe(nested);
    await transport.send(email());
    expect(await readdir(nested)).toContain(indexFileName);
  });

  it('records provider-template messages, describing the template in the text part', async () => {
    const transport = createOutboxTransport({ dir });
    const message = email({
      html: undefined,
      text: undefined,
      providerTemplate: {
        name: 'sign-in-code',
        variables: { code: '482913', application: { name: '앱' } },
        locale: 'ko',
        version: 'v2',
      },
    });
    const receipt = await transport.send(message);
    const files = receipt.files[0];
    if (!files) throw new Error('no files');

    const mail = await parseEml(files.eml);
    expect(mail.text).toContain('"sign-in-code" (version v2, locale ko)');
    expect(mail.text).toContain('"code": "482913"');
    expect(mail.text).toContain('"name": "앱"');
    expect(headerText(mail.headers.get('x-authmail-provider-template'))).toBe('sign-in-code');
    expect((await readRecord(files.json)).message).toEqual(message);
    expect(await readFile(files.html, 'utf8')).toContain('sign-in-code');
    expect(await readFile(join(dir, indexFileName), 'utf8')).toContain(
      'provider template sign-in-code',
    );
  });

  it('writes one message per batch recipient, chunked, with receipts listing recipients', async () => {
    const transport = createOutboxTransport({ dir });
    const recipients = Array.from({ length: 1001 }, (_, n) => ({
      to: `user${n}@example.com`,
      variables: { code: String(n) },
    }));
    const receipts = await transport.sendBatch({
      from: 'Acme <no-reply@acme.test>',
      subject: 'Your code',
      providerTemplate: { name: 'code', variables: { code: 'shared', app: 'Acme' } },
      recipients,
      correlationId: 'batch-1',
    });

    expect(receipts).toHaveLength(2);
    expect(receipts[0]?.recipients).toHaveLength(1000);
    expect(receipts[1]?.recipients).toEqual(['user1000@example.com']);
    expect(receipts[0]?.files).toHaveLength(1000);
    expect(receipts[1]?.correlationId).toBe('batch-1');
    expect(receipts[1]?.messageId).toBe(receipts[1]?.files[0]?.messageId);
    expect(await jsonFiles()).toHaveLength(1001);

    const last = receipts[1]?.files[0];
    if (!last) throw new Error('no files');
    const record = await readRecord(last.json);
    expect(record.message.to).toBe('user1000@example.com');
    expect(record.message.providerTemplate?.variables).toEqual({ code: '1000', app: 'Acme' });
    const index = await readFile(join(dir, indexFileName), 'utf8');
    expect(index.match(/\.eml"/g)).toHaveLength(1001);
  }, 30_000);

  it('rejects with provider_unavailable naming the path when the directory cannot be written', async () => {
    const file = join(dir, 'not-a-directory');
    await writeFile(file, 'x');
    const target = join(file, 'outbox');
    const transport = createOutboxTransport({ dir: target });

    const error = await transport.send(email()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthmailError);
    expect(error).toMatchObject({
      code: 'provider_unavailable',
      retryable: false,
      provider: 'outbox',
    });
    expect((error as AuthmailError).message).toContain(target);
  });

  it('rejects an invalid header name with provider_rejected', async () => {
    const transport = createOutboxTransport({ dir });
    await expect(transport.send(email({ headers: { 'Bad Name': 'x' } }))).rejects.toMatchObject({
      code: 'provider_rejected',
    });
  });

  it('rejects with the abort reason when the signal is aborted', async () => {
    const transport = createOutboxTransport({ dir });
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(transport.send(email(), { signal: controller.signal })).rejects.toBe(reason);
    expect(await readdir(dir)).toEqual([]);
  });

  it('throws invalid_config for bad options', () => {
    for (const options of [{ dir: '' }, {}, { dir: 42 }, { dir: 'x', name: '' }]) {
      expect(() => createOutboxTransport(options as never)).toThrow(
        expect.objectContaining({ code: 'invalid_config' }),
      );
    }
  });

  it('refuses an unknown option by name, with the option it probably meant', () => {
    expect(() => createOutboxTransport({ Dir: dir } as never)).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringContaining('Dir: not an option; did you mean `dir`?'),
      }),
    );
  });

  it('declares the batch size of its receipts as its capabilities', () => {
    expect(createOutboxTransport({ dir }).capabilities).toEqual({
      maxBatchRecipients: 1000,
      idempotencyKeys: false,
    });
  });
});
