import path from 'node:path';
import { AuthmailError } from '../errors.js';
import { describeThrown, isAuthmailError } from '../render/thrown.js';
import type { EmailTemplateDetails, TemplateStore } from '../template-store.js';
import { prepareTemplateFile } from './prepare-template-file.js';
import { readTemplateFiles } from './read-template-files.js';
import type { TemplateFile } from './template-file.js';
import { watchTemplateFiles } from './watch-template-files.js';

/** Options for {@link createFileTemplateStore} and {@link loadFileTemplateStore}. */
export interface FileTemplateStoreOptions {
  /**
   * Read the templates again whenever a file under the folder changes
   * (from the first successful load until `close()`). A change that does
   * not read or compile is reported to `onError`, and the last good
   * templates stay in use. Default `false`.
   */
  watch?: boolean;
  /**
   * Called when a reload after a change fails. Default: a process warning
   * (`process.emitWarning`) with the error's message.
   */
  onError?: (error: AuthmailError) => void;
  /** Called after each successful reload after a change, with the templates now served. */
  onReload?: (templates: readonly TemplateFile[]) => void;
}

/** A {@link TemplateStore} over a templates folder; see {@link createFileTemplateStore}. */
export interface FileTemplateStore extends TemplateStore {
  /**
   * Reads and compiles every template now (and, with `watch`, starts
   * watching). Resolves with the templates served.
   *
   * @throws AuthmailError `template_syntax` naming the file, line and
   * column; `invalid_config` for a missing folder or a misplaced file.
   */
  load(): Promise<readonly TemplateFile[]>;
  /** Stops watching. The templates last loaded are still served. */
  close(): void;
}

/** The templates served, by language and usage type. */
interface Loaded {
  templates: readonly TemplateFile[];
  byKey: ReadonlyMap<string, EmailTemplateDetails>;
  languages: readonly string[];
}

/**
 * A {@link TemplateStore} over templates kept as files
 * (`<dir>/<languageTag>/<UsageType>.html`, see {@link readTemplateFiles}).
 * Every template is compiled when loaded, so one that does not parse fails
 * then, naming the file, line and column. The folder is read on the first
 * `find` or `languages` call (a failure rejects that call; the next one
 * tries again) or when `load()` is called; {@link loadFileTemplateStore}
 * does both in one step and is what an application wants at start-up.
 *
 * @example
 * ```ts
 * const templates = createFileTemplateStore('templates', { watch: true, onError: (error) => console.error(error.message) });
 * await templates.load();
 * // … createMailer({ transport, from, templates }); on shutdown: templates.close();
 * ```
 */
export function createFileTemplateStore(
  dir: string,
  options: FileTemplateStoreOptions = {},
): FileTemplateStore {
  const root = path.resolve(dir);
  const onError = options.onError ?? warn;
  let loaded: Loaded | undefined;
  let firstLoad: Promise<Loaded> | undefined;
  let watching: AbortController | undefined;
  let reloading = false;
  let reloadAgain = false;

  const startWatching = () => {
    if (!options.watch || watching) return;
    watching = new AbortController();
    watchTemplateFiles(root, () => void reload(), { signal: watching.signal, onError });
  };
  const loadNow = async (): Promise<Loaded> => {
    loaded = await readAndPrepare(root);
    startWatching();
    return loaded;
  };
  const ensureLoaded = async (): Promise<Loaded> => {
    if (loaded) return loaded;
    firstLoad ??= loadNow().finally(() => {
      firstLoad = undefined;
    });
    return firstLoad;
  };
  const reload = async (): Promise<void> => {
    if (reloading) {
      reloadAgain = true;
      return;
    }
    reloading = true;
    do {
      reloadAgain = false;
      try {
        const next = await readAndPrepare(root);
        if (watching?.signal.aborted) break;
        loaded = next;
        options.onReload?.(next.templates);
      } catch (error) {
        onError(asAuthmailError(error));
      }
    } while (reloadAgain);
    reloading = false;
  };

  return {
    async find(languageTag, usageType) {
      return (await ensureLoaded()).byKey.get(templateKey(languageTag, usageType));
    },
    async languages() {
      return (await ensureLoaded()).languages;
    },
    async load() {
      return (await loadNow()).templates;
    },
    close() {
      watching?.abort();
    },
  };
}

/**
 * Creates a {@link createFileTemplateStore | file template store} and loads
 * it: rejects when any template file does not read or compile, so a bad
 * file stops an application at start-up rather than at its first email.
 *
 * @throws AuthmailError `template_syntax` as `<file>:<line>:<column> <problem>`;
 * `invalid_config` for a missing folder or a misplaced file.
 * @example
 * ```ts
 * const templates = await loadFileTemplateStore('templates');
 * ```
 */
export async function loadFileTemplateStore(
  dir: string,
  options: FileTemplateStoreOptions = {},
): Promise<FileTemplateStore> {
  const store = createFileTemplateStore(dir, options);
  await store.load();
  return store;
}

/** Reads the folder and compiles every template in it. */
async function readAndPrepare(root: string): Promise<Loaded> {
  const templates = await readTemplateFiles(root);
  const byKey = new Map<string, EmailTemplateDetails>();
  const languages = new Set<string>();
  for (const template of templates) {
    prepareTemplateFile(template);
    byKey.set(templateKey(template.languageTag, template.usageType), template.details);
    languages.add(template.languageTag);
  }
  return { templates, byKey, languages: [...languages] };
}

function templateKey(languageTag: string, usageType: string): string {
  return `${languageTag}\u0000${usageType}`;
}

function asAuthmailError(error: unknown): AuthmailError {
  if (isAuthmailError(error)) return error;
  return new AuthmailError(
    'invalid_config',
    `Templates could not be reloaded: ${describeThrown(error)}`,
  );
}

function warn(error: AuthmailError): void {
  process.emitWarning(error.message, { code: 'AUTHMAIL_TEMPLATES' });
}
