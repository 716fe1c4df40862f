import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutgoingEmail } from '@authmail/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutboxTransport } from './index.js';

/** Filesystem work the outbox did, counted at `node:fs/promises`. */
const work = { bytesWritten: 0, filesRead: 0, directoriesListed: 0 };

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const size = (data: unknown) =>
    typeof data === 'string' ? Buffer.byteLength(data) : ((data as Buffer).byteLength ?? 0);
  const open: typeof fs.open = async (...args) => {
    const handle = await fs.open(...args);
    const write = handle.write.bind(handle) as (data: unknown, ...rest: unknown[]) => unknown;
    const read = handle.read.bind(handle) as (...rest: unknown[]) => unknown;
    Object.assign(handle, {
      write: (data: unknown, ...rest: unknown[]) => {
        work.bytesWritten += size(data);
        return write(data, ...rest);
      },
      read: (...rest: unknown[]) => {
        work.filesRead += 1;
        return read(...rest);
      },
    });
    return handle;
  };
  return {
    ...fs,
    open,
    writeFile: (async (path, data, options) => {
      work.bytesWritten += size(data);
      return fs.writeFile(path, data, options);
    }) as typeof fs.writeFile,
    appendFile: (async (path, data, options) => {
      work.bytesWritten += size(data);
      return fs.appendFile(path, data, options);
    }) as typeof fs.appendFile,
    readFile: (async (...args: Parameters<typeof fs.readFile>) => {
      work.filesRead += 1;
      return fs.readFile(...args);
    }) as typeof fs.readFile,
    readdir: (async (...args: Parameters<typeof fs.readdir>) => {
      work.directoriesListed += 1;
      return fs.readdir(...args);
    }) as typeof fs.readdir,
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'authmail-cost-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Messages of identical size, so the files of each are the same length. */
const email = (index: number): OutgoingEmail => ({
  to: `user${String(index).padStart(4, '0')}@example.com`,
  from: 'Acme <no-reply@acme.test>',
  subject: `Your code ${String(index).padStart(4, '0')}`,
  text: 'Code 482913',
  html: '<p>Code <b>482913</b></p>',
});

async function costOf(send: () => Promise<unknown>) {
  Object.assign(work, { bytesWritten: 0, filesRead: 0, directoriesListed: 0 });
  await send();
  return { ...work };
}

describe('an outbox send', () => {
  // Counted, not timed: a listing or a read shows up at any size, so a few
  // hundred messages prove the cost flat while leaving a loaded CI machine
  // ten times the room it needs.
  it('costs the 250th message no more than the second: no listing, no reading, the same bytes', async () => {
    const transport = createOutboxTransport({ dir });
    await transport.send(email(0));
    const second = await costOf(() => transport.send(email(1)));
    for (let index = 2; index < 249; index++) await transport.send(email(index));
    const last = await costOf(() => transport.send(email(249)));

    expect(last).toEqual(second);
    expect(last).toMatchObject({ filesRead: 0, directoriesListed: 0 });
    expect(last.bytesWritten).toBeGreaterThan(0);
  }, 180_000);

  it('costs a fresh transport on an outbox of 150 messages what it costs on an empty one', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'authmail-cost-empty-'));
    try {
      const onEmpty = await costOf(() => createOutboxTransport({ dir: empty }).send(email(0)));
      await createOutboxTransport({ dir: empty }).send(email(1));
      const restarted = await costOf(() => createOutboxTransport({ dir: empty }).send(email(2)));

      const full = createOutboxTransport({ dir });
      for (let index = 0; index < 150; index++) await full.send(email(index));
      const onFull = await costOf(() => createOutboxTransport({ dir }).send(email(150)));

      expect(onFull).toEqual(restarted);
      expect(onFull.directoriesListed).toBe(0);
      expect(onFull.bytesWritten).toBeLessThanOrEqual(onEmpty.bytesWritten);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  }, 180_000);
});
