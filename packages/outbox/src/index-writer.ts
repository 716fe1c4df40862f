import { randomBytes } from 'node:crypto';
import { link, open, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileStep, listFiles, readTextIfPresent, writeFileAtomic } from './files.js';
import { indexFormatMarker, indexHeader, indexRow, renderIndexPage } from './index-page.js';
import { type IndexedRecord, parseIndexedRecord } from './record.js';

/** Name of the outbox's index page. */
export const indexFileName = 'index.html';

/** Keeps an outbox's `index.html`; see {@link createIndexWriter}. */
export interface IndexWriter {
  /** Lists `records` in the index, after every record listed before. */
  add(records: readonly IndexedRecord[]): Promise<void>;
}

/**
 * Keeps `index.html` in `dir` listing every message, at a cost per message
 * that does not grow with the outbox: each send appends its rows (one
 * `O_APPEND` write, so writers in other processes interleave whole rows) and
 * never reads the directory or the other records.
 *
 * The first `add` of a writer makes sure the page exists in the current
 * format: a missing page gets its header (created complete, or not at all,
 * when several writers race); a page written by an older version is rebuilt
 * once from the `.json` records on disk. Delete `index.html` to have it
 * rebuilt with only the messages still there.
 */
export function createIndexWriter(provider: string, dir: string): IndexWriter {
  const path = join(dir, indexFileName);
  let ready: Promise<void> | undefined;

  const prepare = async (): Promise<void> => {
    const start = await readStart(path);
    if (start?.includes(indexFormatMarker)) return;
    if (start === undefined) await createComplete(provider, path, indexHeader());
    else await rebuild(provider, dir, path);
  };

  return {
    async add(records) {
      ready ??= prepare().catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
      await ready;
      if (records.length > 0) await append(provider, path, records.map(indexRow).join(''));
    },
  };
}

/** The first kilobyte of `path`, or `undefined` when it does not exist. */
async function readStart(path: string): Promise<string | undefined> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return undefined;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Creates `path` holding `content`, or leaves an existing file alone: the
 * content goes to a temporary file that is then hard-linked into place, so
 * no reader or appender ever sees the page without its header. Where hard
 * links are not supported (FAT, some network drives), the file is created
 * exclusively and written, which leaves a moment without the header.
 */
function createComplete(provider: string, path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const ignoreExisting = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  };
  return fileStep(provider, path, async () => {
    await writeFile(temporary, content);
    try {
      await link(temporary, path).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return;
        await writeFile(path, content, { flag: 'wx' }).catch(ignoreExisting);
      });
    } finally {
      await rm(temporary, { force: true });
    }
  });
}

/** Appends `rows`; a page deleted meanwhile starts again with its header. */
function append(provider: string, path: string, rows: string): Promise<void> {
  return fileStep(provider, path, async () => {
    const handle = await open(path, 'a');
    try {
      const { size } = await handle.stat();
      await handle.write(size === 0 ? indexHeader() + rows : rows);
    } finally {
      await handle.close();
    }
  });
}

/** Rewrites an index of an older format from the `.json` records in `dir`. */
async function rebuild(provider: string, dir: string, path: string): Promise<void> {
  const names = await listFiles(provider, dir, '.json');
  const records: IndexedRecord[] = [];
  for (const name of names) {
    const text = await readTextIfPresent(join(dir, name));
    const record = text === undefined ? undefined : parseIndexedRecord(text);
    if (record) records.push(record);
  }
  await writeFileAtomic(provider, path, renderIndexPage(records));
}
