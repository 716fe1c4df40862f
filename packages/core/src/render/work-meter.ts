/**
 * Characters the compiler's own scanners have examined since the process
 * started: every pass over a template's text (numeric segments, block tags,
 * the HTML around placeholders, line starts, the plain-text depth check)
 * adds what it reads. Compiling is meant to be linear in the template's size
 * whatever its shape, and tests hold it to that by comparing this count for
 * a template and one four times its size; nothing else reads it.
 */
export const compileWork = { characters: 0 };

/** `text.indexOf(search, from)`, counting the characters it passes over. */
export function countedIndexOf(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  compileWork.characters += (found === -1 ? text.length : found + search.length) - from;
  return found;
}
