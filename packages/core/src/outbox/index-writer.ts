import { join } from 'node:path';
import { listFiles, readTextIfPresent, writeFileAtomic } from './files.js';
import { renderIndexPage } from './index-page.js';
import { type IndexedRecord, parseIndexedRecord } from './record.js';

/** Name of the outbox's index page. */
export const indexFileName = 'index.html';

/** How many times one rebuild re-renders when other writers added messages meanwhile. */
const maxPasses = 5;

/**
 * Keeps `index.html` in `dir` up to date, built from the `.json` records on
 * disk (so it survives restarts and other processes writing to the same
 * directory).
 *
 * Calls are serialised and coalesced: a call waits for at most one rebuild
 * that starts after it was made, so once it resolves the index lists every
 * record written before the call. Against writers in other processes each
 * rebuild checks, after renaming the new index into place, that no record
 * appeared meanwhile, and renders again if one did.
 */
export function createIndexWriter(provider: string, dir: string): () => Promise<void> {
  /** Parsed records by file name; records never change once written. */
  const cache = new Map<string, IndexedRecord | undefined>();
  let tail: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;

  const rebuild = async (): Promise<void> => {
    let names = await listFiles(provider, dir, '.json');
    for (let pass = 1; ; pass++) {
      const records = await readRecords(names);
      await writeFileAtomic(provider, join(dir, indexFileName), renderIndexPage(records));
      const after = await listFiles(provider, dir, '.json');
      if (pass >= maxPasses || sameNames(names, after)) return;
      names = after;
    }
  };

  const readRecords = async (names: readonly string[]): Promise<IndexedRecord[]> => {
    const present = new Set(names);
    for (const name of cache.keys()) if (!present.has(name)) cache.delete(name);
    await Promise.all(
      names
        .filter((name) => !cache.has(name))
        .map(async (name) => {
          const text = await readTextIfPresent(join(dir, name));
          const record = text === undefined ? undefined : parseIndexedRecord(text);
          if (record !== undefined || text !== undefined) cache.set(name, record);
        }),
    );
    return names.flatMap((name) => {
      const record = cache.get(name);
      return record ? [record] : [];
    });
  };

  return () => {
    if (queued) return queued;
    const run = tail.then(() => {
      queued = undefined;
      return rebuild();
    });
    queued = run;
    tail = run.catch(() => undefined);
    return run;
  };
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((name) => set.has(name));
}
