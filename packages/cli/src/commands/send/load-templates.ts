import { resolve } from 'node:path';
import type { TemplateStore } from '@authmail/core';
import { createFileTemplateStore } from '@authmail/core/files';

/** The templates of `--templates <dir>`, loaded, and a way to name the file a send used. */
export interface LoadedTemplates {
  store: TemplateStore;
  /** The `.html` file of this language and usage type, if the folder has it. */
  fileOf(languageTag: string, usageType: string): string | undefined;
}

/**
 * Reads and compiles every template under `dir` (resolved against `cwd`),
 * so a broken file fails before anything is sent.
 *
 * @throws AuthmailError `template_syntax` naming the file, line and column;
 * `invalid_config` for a missing folder or a misplaced file.
 */
export async function loadTemplates(dir: string, cwd: string): Promise<LoadedTemplates> {
  const store = createFileTemplateStore(resolve(cwd, dir));
  const files = await store.load();
  return {
    store,
    fileOf: (languageTag, usageType) =>
      files.find((file) => file.languageTag === languageTag && file.usageType === usageType)?.path,
  };
}
