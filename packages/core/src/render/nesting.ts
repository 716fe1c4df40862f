import { maxTemplateNesting, templateNestingError } from '../limits.js';

/**
 * `{{#…}}` / `{{^name}}` open a block, `{{/…}}` closes one, and `{{else if …}}`
 * nests one more inside the block it continues (as Handlebars' AST does).
 */
const blockTags = /\{\{~?\s*(?:(#|\^(?!\s*~?\}\}))|(\/)|(else\s+[^\s}~]))/g;

/**
 * Refuses a template whose blocks nest deeper than {@link maxTemplateNesting}
 * before Handlebars parses it: its parser takes time quadratic in the nesting
 * (minutes for a 200 KB template of nested `{{#if}}`) and then overflows the
 * stack. A linear scan of the tags; the compiler checks the parsed tree again.
 *
 * @throws AuthmailError `invalid_config` naming the template and the limit.
 */
export function assertBlockNesting(source: string, name: string): void {
  if (!source.includes('{{')) return;
  const chains: number[] = [];
  let depth = 0;
  for (const [, open, close, elseChain] of source.matchAll(blockTags)) {
    if (open) {
      chains.push(1);
      depth += 1;
    } else if (close) {
      depth -= chains.pop() ?? 0;
    } else if (elseChain && chains.length > 0) {
      chains[chains.length - 1] = (chains.at(-1) ?? 0) + 1;
      depth += 1;
    }
    if (depth > maxTemplateNesting) throw templateNestingError(name);
  }
}
