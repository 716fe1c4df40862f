import { maxTemplateNesting, templateNestingError } from '../limits.js';
import { compileWork, countedIndexOf } from './work-meter.js';

type BlockTag = 'open' | 'close' | 'elseChain' | undefined;

const whitespace = /\s/;

/**
 * Refuses a template whose blocks nest deeper than {@link maxTemplateNesting}
 * before Handlebars parses it: its parser takes time quadratic in the nesting
 * (minutes for a 200 KB template of nested `{{#if}}`) and then overflows the
 * stack. One pass over the tags; the compiler checks the parsed tree again.
 *
 * `{{#…}}` / `{{^name}}` open a block, `{{/…}}` closes one, and
 * `{{else if …}}` nests one more inside the block it continues (as
 * Handlebars' AST does).
 *
 * @throws AuthmailError `invalid_config` naming the template and the limit.
 */
export function assertBlockNesting(source: string, name: string): void {
  const chains: number[] = [];
  let depth = 0;
  let open = countedIndexOf(source, '{{', 0);
  while (open !== -1) {
    const [tag, end] = blockTagAt(source, open + 2);
    if (tag === 'open') {
      chains.push(1);
      depth += 1;
    } else if (tag === 'close') {
      depth -= chains.pop() ?? 0;
    } else if (tag === 'elseChain' && chains.length > 0) {
      chains[chains.length - 1] = (chains.at(-1) ?? 0) + 1;
      depth += 1;
    }
    if (depth > maxTemplateNesting) throw templateNestingError(name);
    open = countedIndexOf(source, '{{', tag === undefined ? open + 1 : end);
  }
}

/** What the tag whose `{{` ends at `at` does to nesting, and where its telling part ends. */
function blockTagAt(source: string, at: number): [BlockTag, number] {
  let index = source[at] === '~' ? at + 1 : at;
  index = skipWhitespace(source, index);
  const character = source[index];
  if (character === '#') return ['open', index + 1];
  if (character === '/') return ['close', index + 1];
  if (character === '^') {
    const after = skipWhitespace(source, index + 1);
    const rest = source[after] === '~' ? after + 1 : after;
    return source.startsWith('}}', rest) ? [undefined, at] : ['open', index + 1];
  }
  if (!source.startsWith('else', index)) return [undefined, at];
  const afterElse = skipWhitespace(source, index + 4);
  const next = source[afterElse];
  if (afterElse === index + 4 || next === undefined || next === '}' || next === '~') {
    return [undefined, at];
  }
  return ['elseChain', afterElse + 1];
}

function skipWhitespace(source: string, from: number): number {
  let index = from;
  while (index < source.length && whitespace.test(source[index] ?? '')) index += 1;
  compileWork.characters += index - from;
  return index;
}
