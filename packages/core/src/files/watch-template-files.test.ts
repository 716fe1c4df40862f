import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { templateFolder } from './test-folder.js';
import { watchTemplateFiles } from './watch-template-files.js';

describe('watchTemplateFiles', () => {
  it('reports a burst of changes once, with the paths, leaving hidden files out', async () => {
    const dir = await templateFolder({ 'de/SignIn.html': 'x' });
    const stop = new AbortController();
    const calls: string[][] = [];
    let settle: () => void = () => {};
    const reported = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no change reported within 10 s')), 10_000);
      settle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    // A wide quiet time: the three writes below land well inside it.
    watchTemplateFiles(
      dir,
      (changed) => {
        calls.push(changed);
        if (changed.includes(path.join(dir, 'de', 'Register.html'))) settle();
      },
      { signal: stop.signal, debounceMs: 500 },
    );
    await writeFile(path.join(dir, 'de', '.SignIn.html.swp'), 'x');
    await writeFile(path.join(dir, 'de', 'SignIn.html'), 'y');
    await writeFile(path.join(dir, 'de', 'Register.html'), 'z');
    await reported;
    stop.abort();
    const all = calls.flat();
    expect(all).toContain(path.join(dir, 'de', 'SignIn.html'));
    expect(all.some((changed) => changed.includes('.swp'))).toBe(false);
    expect(calls.length).toBeLessThanOrEqual(2);
  });

  it('stops reporting once aborted', async () => {
    const dir = await templateFolder();
    const stop = new AbortController();
    const calls: string[][] = [];
    watchTemplateFiles(dir, (changed) => calls.push(changed), {
      signal: stop.signal,
      debounceMs: 1,
    });
    stop.abort();
    await mkdir(path.join(dir, 'de'));
    await writeFile(path.join(dir, 'de', 'SignIn.html'), 'x');
    // A second watcher, started after, proves the events have been delivered.
    const after = new AbortController();
    const seen = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no change reported within 10 s')), 10_000);
      watchTemplateFiles(
        dir,
        () => {
          clearTimeout(timer);
          resolve();
        },
        { signal: after.signal, debounceMs: 1 },
      );
    });
    await writeFile(path.join(dir, 'de', 'SignIn.html'), 'y');
    await seen.finally(() => after.abort());
    expect(calls).toEqual([]);
  });

  it('names a folder that cannot be watched', async () => {
    const dir = path.join(await templateFolder(), 'nowhere');
    const start = () => watchTemplateFiles(dir, () => {});
    expect(start).toThrow(AuthmailError);
    expect(start).toThrow(`The templates folder ${dir} cannot be watched (ENOENT)`);
  });
});
