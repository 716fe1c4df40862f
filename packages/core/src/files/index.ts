/**
 * `@authmail/core/files` (Node only): templates kept as files, one per
 * language and usage type: `<dir>/<languageTag>/<UsageType>.html`, starting
 * with front matter (`subject`, `replyTo`, `sendFrom`), with an optional
 * hand-written text part `<UsageType>.txt` beside it.
 *
 * @module
 */
export {
  createFileTemplateStore,
  type FileTemplateStore,
  type FileTemplateStoreOptions,
  loadFileTemplateStore,
} from './file-template-store.js';
export { prepareTemplateFile } from './prepare-template-file.js';
export { readTemplateFiles } from './read-template-files.js';
export type {
  FrontMatterKey,
  TemplateFile,
  TemplateFileDetails,
} from './template-file.js';
export { type WatchTemplateFilesOptions, watchTemplateFiles } from './watch-template-files.js';
export { type WriteTemplateFilesOptions, writeTemplateFiles } from './write-template-files.js';
