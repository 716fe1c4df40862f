import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { usageTypes } from '../usage-types.js';
import { en } from './catalogs/en.js';
import { builtinLanguages } from './index.js';
import { emailVariants, foreignNames, renderBuiltin } from './language-samples.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Languages written right to left among the built-ins, by base language. */
const rightToLeft = new Set(['ar', 'fa']);

/** Every string of the English catalog, placeholders and Handlebars blocks removed. */
function englishTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/\{\{[^}]*\}\}/g, ' ')];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(englishTexts);
}

/** The words of a text, lower-cased; apostrophes stay inside (`didn't`). */
function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? []).map((word) =>
    word.toLowerCase(),
  );
}

/**
 * The English words a translation must not keep: every word of four letters
 * or more in the English catalog, and its short words that no other language
 * here uses (`in`, `a`, `on`, `do` and `was` are words elsewhere too).
 */
const englishWords: ReadonlySet<string> = new Set([
  ...wordsOf(englishTexts(en).join(' ')).filter((word) => word.length >= 4),
  ...['the', 'you', 'and', 'for', 'new', 'your', 'isn’t', "didn't", "can't", "don't"],
]);

/** What the email's text shows that is no word of its language: the code, links, names, details. */
const shownAsGiven = (variables: Record<string, unknown>): string[] => [
  ...Object.values(foreignNames).map(({ name }) => name),
  ...Object.values(variables).filter((value): value is string => typeof value === 'string'),
];

/**
 * English words a language writes too, by base language: loanwords its
 * account emails use, as its Logto sign-in pages do (German `Link`, Italian
 * `password`), and words it shares with English (French `invitation`).
 */
const sharedWords: Readonly<Record<string, readonly string[]>> = {
  de: ['code', 'link'],
  fr: ['code', 'minute', 'minutes', 'invitation'],
  pt: ['link'],
  pl: ['link'],
  it: ['account', 'link', 'password'],
};

/** Every text node of an HTML document (the `<style>` sheet aside), and its title. */
function textNodes(node: Node): string[] {
  if (node.nodeName === '#text' && 'value' in node) return [node.value];
  if (node.nodeName === 'style') return [];
  return 'childNodes' in node ? node.childNodes.flatMap(textNodes) : [];
}

function elementsOf(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes.flatMap(elementsOf) : [];
  return 'tagName' in node ? [node, ...children] : children;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The elements whose only text is `text`. */
function showing(elements: Element[], text: string): Element[] {
  return elements.filter((element) =>
    element.childNodes.some((child) => 'value' in child && child.value === text),
  );
}

/** The label cells of a table of details: the first cell of each row of two. */
function detailLabels(elements: Element[]): Element[] {
  return elements
    .filter((element) => element.tagName === 'tr')
    .map((row) => row.childNodes.filter((child): child is Element => 'tagName' in child))
    .filter((cells) => cells.length === 2)
    .map(([label]) => label ?? fail());
}

/** Every `style` and `align` value that places something on one side. */
function sides(elements: Element[]): string[] {
  return elements
    .flatMap((element) => [attribute(element, 'style') ?? '', attribute(element, 'align') ?? ''])
    .flatMap((value) => value.match(/[^;]*\b(left|right)\b[^;]*/g) ?? []);
}

describe('every built-in language', () => {
  for (const languageTag of builtinLanguages) {
    const base = languageTag.split('-')[0] ?? '';
    const direction = rightToLeft.has(base) ? 'rtl' : 'ltr';
    const shared = new Set(sharedWords[base] ?? []);

    for (const usageType of usageTypes) {
      it(`${languageTag}/${usageType}: lang="${languageTag}" dir="${direction}", code and links left to right${base === 'en' ? '' : ', no English'}`, () => {
        for (const { proof, variables } of emailVariants(usageType)) {
          const email = renderBuiltin(languageTag, usageType, variables);
          const document = parse(email.html);
          const elements = elementsOf(document);
          const [html] = elements;
          expect([attribute(html ?? fail(), 'lang'), attribute(html ?? fail(), 'dir')]).toEqual([
            languageTag,
            direction,
          ]);
          // Gmail drops <html>: the card says it again.
          const card = elements.find((element) => attribute(element, 'class') === 'am-card');
          expect([attribute(card ?? fail(), 'lang'), attribute(card ?? fail(), 'dir')]).toEqual([
            languageTag,
            direction,
          ]);

          // Mirrored: text starts on the reading direction's side, the details'
          // labels keep their gap towards the values.
          const otherSide = direction === 'rtl' ? /\bleft\b/ : /\bright\b/;
          for (const side of sides(elements)) expect(side).not.toMatch(otherSide);
          for (const label of detailLabels(elements)) {
            const [, right, , left] = (
              /padding:([^;]+)/.exec(attribute(label, 'style') ?? '')?.[1] ?? ''
            ).split(' ');
            expect(direction === 'rtl' ? [left, right] : [right, left]).toEqual(['16px', '0']);
          }

          const shown = [variables.code, variables.link].filter(
            (value) => typeof value === 'string',
          );
          for (const value of shown as string[]) {
            const [holder] = showing(elements, value);
            expect(attribute(holder ?? fail(), 'dir'), `${value} in HTML`).toBe('ltr');
            const inText = direction === 'rtl' ? `\u2066${value}\u2069` : value;
            expect(email.text, `${value} in text`).toContain(inText);
          }
          if (direction === 'ltr') expect(email.text).not.toMatch(/[\u200f\u2066-\u2069]/);
          if (base === 'en') continue;

          const givenValues = shownAsGiven(variables);
          const english = [email.subject, ...textNodes(document)]
            .map((text) => givenValues.reduce((rest, value) => rest.replaceAll(value, ' '), text))
            .flatMap(wordsOf)
            .filter((word) => englishWords.has(word) && !shared.has(word));
          expect(english, `${proof}: English words left in ${languageTag}/${usageType}`).toEqual(
            [],
          );
        }
      });
    }
  }
});

function fail(): never {
  throw new Error('missing element');
}
