import { prepareTemplateFile, readTemplateFiles, type TemplateFile } from '@authmail/core/files';
import type { CliIo } from '../../io.js';
import { stylesFor } from '../../style.js';
import { fileErrorText } from './file-error-text.js';

/**
 * Every template kept as files in `dir`, each compiled; `undefined` after
 * printing every problem as `error <file>:<line>:<column> <problem>` (all
 * the compile errors, not just the first).
 */
export async function compiledTemplates(
  dir: string,
  io: CliIo,
): Promise<TemplateFile[] | undefined> {
  const style = stylesFor(io);
  const report = (error: unknown) =>
    io.err(`${style.red('error')} ${fileErrorText(error, io.cwd)}\n`);
  let files: TemplateFile[];
  try {
    files = await readTemplateFiles(dir);
  } catch (error) {
    report(error);
    return undefined;
  }
  let failed = false;
  for (const file of files) {
    try {
      prepareTemplateFile(file);
    } catch (error) {
      report(error);
      failed = true;
    }
  }
  return failed ? undefined : files;
}
