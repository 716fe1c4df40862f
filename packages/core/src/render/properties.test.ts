import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { renderTemplate } from './render-template.js';

const identifier = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,8}$/);

describe('rendering properties', () => {
  it('never lets a value reach HTML unescaped', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '`', '=', 'a', ' ') }),
        (plain, markup) => {
          const value = plain + markup;
          const html = renderTemplate(
            '<p title="{{v}}">{{v}}</p>',
            { v: value },
            { format: 'html' },
          );
          const inner = html.slice('<p title="'.length, html.length - '</p>'.length);
          expect(inner.replace('">', '')).not.toMatch(/[<>"'`=]/);
          expect(html.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, '')).not.toMatch(/&/);
        },
      ),
    );
  });

  it('never crashes on any template or variables, except with template_syntax', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '{',
            '}',
            '#',
            '/',
            '.',
            ' ',
            'a',
            'b',
            '1',
            '>',
            '!',
            '^',
            '~',
            '&',
            'if',
            'each',
            'else',
            '@',
            '[',
            ']',
            '|',
            '=',
            '"',
          ),
        }),
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
        (template, variables) => {
          for (const format of ['html', 'text'] as const) {
            try {
              const rendered = renderTemplate(
                template,
                { a: variables, b: [variables] },
                { format },
              );
              expect(typeof rendered).toBe('string');
            } catch (error) {
              expect(error).toBeInstanceOf(AuthmailError);
              expect((error as AuthmailError).code).toBe('template_syntax');
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('always leaves a root absent from the variables as written', () => {
    fc.assert(
      fc.property(
        identifier,
        fc.array(identifier, { maxLength: 3 }),
        fc.dictionary(identifier, fc.jsonValue()),
        fc.constantFrom('', ' ', '  ', '\t'),
        (root, rest, variables, space) => {
          fc.pre(
            !Object.hasOwn(variables, root) &&
              !['else', 'this', 'true', 'false', 'null', 'undefined'].includes(root),
          );
          const placeholder = `{{${space}${[root, ...rest].join('.')}${space}}}`;
          for (const format of ['html', 'text'] as const) {
            expect(renderTemplate(`x ${placeholder} y`, variables, { format })).toBe(
              `x ${placeholder} y`,
            );
          }
        },
      ),
    );
  });
});
