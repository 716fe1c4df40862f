import { AuthmailError } from '../errors.js';
import { maxHtmlNesting } from '../limits.js';
import {
  initialTokenizerState,
  step,
  type TokenizerEvents,
  type TokenizerState,
} from './html-tokenizer.js';
import { compileWork } from './work-meter.js';

const voidElements: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements a new one closes when it opens (the common cases of htmlparser2's list). */
const closedBy: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['p', new Set(['p'])],
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);

const foreignRoots: ReadonlySet<string> = new Set(['svg', 'math']);

/**
 * Refuses HTML whose elements nest deeper than {@link maxHtmlNesting}, in one
 * pass, before html-to-text sees it: it recurses once per level (and searches
 * the open elements at every end tag), so 40,000 nested `<div>` overflow the
 * stack after seconds of work. Open elements are counted as htmlparser2
 * counts them, closely enough: void elements never open, `<p>` closes an
 * open `<p>`, an end tag closes up to its element, `/>` closes only inside
 * SVG and MathML.
 *
 * @throws AuthmailError `invalid_config` naming the template and the limit.
 */
export function assertHtmlNesting(html: string, name: string): void {
  const open: string[] = [];
  let foreign = 0;
  const events: TokenizerEvents<TokenizerState> = {
    tag(state, selfClosing) {
      const element = state.tagName;
      if (voidElements.has(element)) return;
      if (state.endTag) {
        const at = open.lastIndexOf(element);
        if (at === -1) return;
        foreign -= open.slice(at).filter((name) => foreignRoots.has(name)).length;
        open.length = at;
        return;
      }
      if (selfClosing && foreign > 0) return;
      const closes = closedBy.get(element);
      while (closes?.has(open.at(-1) ?? '')) open.pop();
      open.push(element);
      if (foreignRoots.has(element)) foreign += 1;
      if (open.length > maxHtmlNesting) throw tooDeep(name);
    },
    ambiguous() {},
  };
  const state = initialTokenizerState();
  compileWork.characters += html.length;
  for (let index = 0; index < html.length; index++) {
    if (state.mode === 'data') index = html.indexOf('<', index);
    if (index === -1) return;
    step(state, html[index] ?? '', events);
  }
}

function tooDeep(name: string): AuthmailError {
  return new AuthmailError(
    'invalid_config',
    `Template "${name}" nests HTML elements more than ${maxHtmlNesting} deep (maxHtmlNesting), too deep to derive its plain-text part: flatten it, or give the template its own text part.`,
    { details: { template: name, limit: maxHtmlNesting } },
  );
}
