import type { TemplateStore } from '@authmail/core';

/** One template the preview found: a file, or a row of a test's memory store. */
export interface TemplateEntry {
  languageTag: string;
  usageType: string;
  /** Where the template is written, as the page shows it (`templates/de/SignIn.html`). */
  file?: string;
}

/** The templates as they are at one moment. */
export interface LoadedTemplates {
  /** What the mailer renders from. */
  store: TemplateStore;
  /** Every template in `store`, for the page's lists and to name the file that rendered. */
  entries: readonly TemplateEntry[];
}

/**
 * Where the preview reads templates: a folder of files, or memory in tests.
 * The preview loads them afresh for every request, so what the page shows
 * is always what is on disk now.
 */
export interface TemplateSource {
  /**
   * The templates as they are now.
   *
   * @throws AuthmailError for a folder or file that cannot be read, naming
   * it (and its line and column for front matter).
   */
  load(): Promise<LoadedTemplates>;
  /** Calls `onChange` after any template may have changed, until `signal` aborts. */
  watch(onChange: () => void, signal: AbortSignal): void;
}
