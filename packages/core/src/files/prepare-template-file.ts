import { AuthmailError } from '../errors.js';
import { type PreparedEmail, prepareEmail } from '../render/render-email.js';
import { isAuthmailError } from '../render/thrown.js';
import { fileSyntaxError } from './file-errors.js';
import type { FrontMatterKey, TemplateFile } from './template-file.js';

/** What core's `template_syntax` errors carry. */
interface PartSyntaxDetails {
  template: string;
  line: number;
  column: number;
  reason: string;
}

/**
 * Compiles every part of a template read by {@link readTemplateFiles}, so
 * it can be rendered, and a part that does not parse is reported where it
 * is in the file: `/…/de/SignIn.html:14:7 <reason>` for the body,
 * the front-matter line for `subject`, `replyTo` and `sendFrom`, the `.txt`
 * file for the text part.
 *
 * @throws AuthmailError `template_syntax` with details `{ file, line, column, problem }`;
 * other failures (`invalid_config` for blocks nested too deep) name the file.
 * @example
 * ```ts
 * const [first] = await readTemplateFiles('templates');
 * if (first) console.log(prepareTemplateFile(first)({ code: '123456' }).subject);
 * ```
 */
export function prepareTemplateFile(file: TemplateFile): PreparedEmail {
  const name = file.path;
  try {
    return prepareEmail(file.details, { name });
  } catch (error) {
    if (!isAuthmailError(error)) throw error;
    const details = partSyntaxDetails(error, name);
    if (details === undefined) {
      throw new AuthmailError(error.code, `${file.path}: ${error.message}`, {
        details: { file: file.path },
      });
    }
    throw placeInFile(file, details, details.template.slice(name.length + 1));
  }
}

/** The part's position, when `error` is a `template_syntax` error about one of this file's parts. */
function partSyntaxDetails(error: AuthmailError, name: string): PartSyntaxDetails | undefined {
  if (error.code !== 'template_syntax') return undefined;
  const details = error.details as Partial<PartSyntaxDetails> | undefined;
  const { template, line, column, reason } = details ?? {};
  if (typeof template !== 'string' || !template.startsWith(`${name}.`)) return undefined;
  if (typeof line !== 'number' || typeof column !== 'number') return undefined;
  return { template, line, column, reason: typeof reason === 'string' ? reason : error.message };
}

/** The error, moved from a position in one part to the position in the file. */
function placeInFile(file: TemplateFile, at: PartSyntaxDetails, part: string): AuthmailError {
  if (part === 'text' && file.textPath !== undefined) {
    return fileSyntaxError(file.textPath, at.line, at.column, at.reason);
  }
  if (isFrontMatterPart(part)) {
    const line = file.fieldLines[part] ?? 1;
    const column = (file.fieldColumns[part] ?? 1) + at.column - 1;
    return fileSyntaxError(file.path, line, column, `${part}: ${at.reason}`);
  }
  // The body, or the text part derived from it.
  return fileSyntaxError(file.path, file.bodyLine + at.line - 1, at.column, at.reason);
}

function isFrontMatterPart(part: string): part is FrontMatterKey {
  return part === 'subject' || part === 'replyTo' || part === 'sendFrom';
}
