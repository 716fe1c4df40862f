import { parseTemplate } from '../render/parse.js';

/**
 * A template's static HTML, for HTML validators and linters: the text as
 * written, where each placeholder is a run of `x` of its length, and block
 * tags (`{{#if …}}`, `{{else}}`, `{{/if}}`), comments and the `{{else}}`
 * branch of every block are spaces, line breaks kept. Every character stays
 * at its line and column, so what a validator reports points into the
 * template; and of a block's two branches only the first is kept, so that
 * `{{#if dark}}<td class="a">{{else}}<td class="b">{{/if}}` reads as one cell.
 *
 * @example
 * ```ts
 * templateMarkup('<p>{{#if code}}{{code}}{{/if}}</p>', 'SignIn');
 * // '<p>            xxxxxxxx       </p>'
 * ```
 * @throws AuthmailError `template_syntax` when the template does not parse,
 * as the renderer would.
 */
export function templateMarkup(text: string, name: string): string {
  const { program, source } = parseTemplate(text, name);
  const kept = blank(text);
  const offset = (position: hbs.AST.Position) =>
    source.originalOffset(position.line, position.column);
  const visit = (statements: readonly hbs.AST.Statement[]): void => {
    for (const statement of statements) {
      const start = offset(statement.loc.start);
      const end = offset(statement.loc.end);
      if (statement.type === 'ContentStatement') {
        for (let at = start; at < end; at++) kept[at] = text[at] ?? ' ';
      } else if (statement.type === 'MustacheStatement') {
        for (let at = start; at < end; at++) if (!isLineBreak(text[at])) kept[at] = 'x';
      } else if (statement.type === 'BlockStatement') {
        visit((statement as hbs.AST.BlockStatement).program.body);
      }
    }
  };
  visit(program.body);
  return kept.join('');
}

/** `text` as spaces, one per UTF-16 unit, line breaks kept. */
function blank(text: string): string[] {
  return text.split('').map((unit) => (isLineBreak(unit) ? unit : ' '));
}

function isLineBreak(character: string | undefined): boolean {
  return character === '\n' || character === '\r';
}
