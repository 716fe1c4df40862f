import { relative } from 'node:path';
import { createMemoryTemplateStore } from '@authmail/core';
import { createFileTemplateStore, watchTemplateFiles } from '@authmail/core/files';
import type { TemplateSource } from './template-source.js';

/**
 * The templates of a folder (`<dir>/<language>/<UsageType>.html`), read
 * and compiled afresh on every load, so the page always shows the files
 * as they are; a file that does not read or compile fails the load with
 * its path, line and column. File names are shown relative to `cwd`.
 */
export function fileTemplateSource(dir: string, cwd: string): TemplateSource {
  return {
    async load() {
      const store = createFileTemplateStore(dir);
      const files = await store.load();
      const entries = files.map(({ languageTag, usageType, path }) => ({
        languageTag,
        usageType,
        file: relative(cwd, path),
      }));
      return { store, entries };
    },
    watch(onChange, signal) {
      // A folder that goes away stops the watch; the next load says what is wrong.
      watchTemplateFiles(dir, () => onChange(), { signal, onError: () => {} });
    },
  };
}

/** No templates of the user's: the built-ins alone. */
export function noTemplateSource(): TemplateSource {
  const store = createMemoryTemplateStore([]);
  return {
    load: async () => ({ store, entries: [] }),
    watch: () => {},
  };
}
