import fc from 'fast-check';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { renderTemplate } from './render-template.js';
import { browserProtocol, dangerousProtocols } from './test-helpers.js';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * Attributes a browser opens or fetches as URLs, listed here independently
 * of the renderer's own list; lists of URLs are split.
 */
const urlBearing = new Set(
  'href src action formaction xlink:href background poster cite data longdesc codebase lowsrc dynsrc manifest icon'.split(
    ' ',
  ),
);
const urlLists = new Set(['srcset', 'imagesrcset', 'ping']);

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as unknown as Node);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** Every way a value could have escaped its place, as parse5 reads the rendered HTML. */
function problems(html: string, scriptingEnabled: boolean): string[] {
  const found: string[] = [];
  for (const element of elements(parse(html, { scriptingEnabled }))) {
    if (element.tagName.includes('alert')) found.push(`element <${element.tagName}>`);
    for (const attribute of element.attrs) {
      const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
      const value = attribute.value;
      if (/alert|onmouseover/.test(name)) found.push(`attribute name ${name}`);
      if (urlBearing.has(name) && dangerousProtocols.has(browserProtocol(value) ?? '')) {
        found.push(`${name}="${value}"`);
      }
      const scripted =
        name.startsWith('on') ||
        name === 'srcdoc' ||
        urlLists.has(name) ||
        (element.tagName === 'meta' && name === 'content');
      if (scripted && value.includes('alert')) found.push(`${name}="${value}"`);
      if (name === 'style' && /javascript|url\(/i.test(value)) found.push(`style="${value}"`);
    }
    if (element.tagName === 'script' && textOf(element).includes('alert')) found.push('script');
    if (element.tagName === 'style' && /javascript|url\(/i.test(textOf(element))) {
      found.push('style element');
    }
  }
  return found;
}

const hostile = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'java',
    'script:alert(1)',
    ':alert(1)',
    'data:text/html,alert',
    '',
    ' ',
    'a b',
    '--',
    '--!',
    '-',
    '!',
    '>',
    '"',
    "'",
    'x" href="javascript:alert(1)',
    "x' onmouseover=alert(1) '",
    'x onmouseover=alert(1)',
    'red;background:url(javascript:alert(1))',
    '&#58;',
    'https://ok.test/',
  ),
  fc.string({
    unit: fc.constantFrom('j', 'a', ':', '-', '!', '"', "'", ' ', '>', '<', '/', 'alert'),
  }),
);

/** Static pieces: markup of every kind the tokenizer distinguishes, never a dangerous URL. */
const staticPiece = fc.constantFrom(
  '<a',
  '<img',
  '<div',
  '<p>',
  '</p>',
  '<svg>',
  '</svg>',
  '<math>',
  '</math>',
  '<foreignObject>',
  '<style>',
  '</style>',
  '<title>',
  '</title>',
  '<textarea>',
  '</textarea>',
  '<script>',
  '</script>',
  '<noscript>',
  '</noscript>',
  '<iframe',
  '<meta',
  '<select>',
  '<table>',
  '<plaintext>',
  '<set',
  ' href=',
  ' HREF = ',
  ' src=',
  ' xlink:href=',
  ' title=',
  ' style=',
  ' srcset=',
  ' onclick=',
  ' srcdoc=',
  ' ping=',
  ' content=',
  ' to=',
  ' data-x',
  ' /',
  ' =',
  '"',
  "'",
  '>',
  '/>',
  '">',
  "'>",
  '<!--',
  '-->',
  '<!-->',
  '<!--->',
  '--!>',
  '<!',
  '<?',
  '</ ',
  '<![CDATA[',
  ']]>',
  '-',
  '!',
  '<!DOCTYPE html>',
  'x',
  ' ',
  '\n',
  '=',
  '/',
  '<',
  '<<',
  '&',
  '&#58;',
  '&colon;',
  ':',
  '?',
  '#',
  'https://a.test/',
);

const placeholder = fc.constantFrom('{{v}}', '{{w}}', '{{o.v}}', '{{missing}}');

const template: fc.Arbitrary<string> = fc.letrec<{ body: string; block: string }>((tie) => ({
  body: fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: staticPiece },
        { weight: 3, arbitrary: placeholder },
        {
          weight: 1,
          arbitrary: tie('block'),
        },
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
  block: fc.oneof(
    fc.tuple(tie('body'), tie('body')).map(([a, b]) => `{{#if c}}${a}{{else}}${b}{{/if}}`),
    tie('body').map((a) => `{{#unless c}}${a}{{/unless}}`),
    tie('body').map((a) => `{{#each l}}${a}{{/each}}`),
    tie('body').map((a) => `{{#with o}}${a}{{/with}}`),
  ),
})).body;

describe('the URL guard agrees with a WHATWG parser (parse5)', () => {
  it('never lets a value into a URL, a script, a style or a name, whatever the template and values', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(template, hostile, hostile, fc.boolean(), (source, v, w, c) => {
        runs += 1;
        let html: string;
        try {
          html = renderTemplate(source, { v, w, c, o: { v, w }, l: [v, w] }, { format: 'html' });
        } catch (error) {
          expect(error).toBeInstanceOf(AuthmailError);
          expect((error as AuthmailError).code).toBe('template_syntax');
          return;
        }
        accepted += 1;
        for (const scriptingEnabled of [true, false]) {
          expect(problems(html, scriptingEnabled), `${source}\n→ ${html}`).toEqual([]);
        }
      }),
      { numRuns: 4000 },
    );
    // The property says something only if most templates are accepted.
    expect(accepted / runs).toBeGreaterThan(0.3);
  });
});
