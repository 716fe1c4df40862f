import { templateMarkup } from '@authmail/core/tooling';
import type { HtmlValidate } from 'html-validate';
import { error, type Finding, warning } from '../finding.js';
import type { TemplatePart } from '../template-unit.js';

/**
 * html-validate's standard rules, for email: the presentational attributes
 * and elements mail clients still need (`bgcolor`, `align`, `<center>`,
 * `<font>`) are allowed, and an element closed only implicitly is a warning.
 */
const emailRules = {
  elements: [
    'html5',
    {
      center: { flow: true, permittedContent: ['@flow'] },
      font: { flow: true, phrasing: true, permittedContent: ['@phrasing'] },
    },
  ],
  extends: ['html-validate:standard'],
  rules: {
    deprecated: 'off',
    'no-deprecated-attr': 'off',
    'attribute-allowed-values': 'off',
    'no-implicit-close': 'warn',
  },
} as const;

let validator: Promise<HtmlValidate> | undefined;

/** One validator per process, loaded on first use (`authmail --help` does not pay for it). */
function emailValidator(): Promise<HtmlValidate> {
  validator ??= import('html-validate').then(
    ({ HtmlValidate, StaticConfigLoader }) =>
      new HtmlValidate(new StaticConfigLoader(structuredClone(emailRules) as never)),
  );
  return validator;
}

/**
 * `html`: unclosed and misnested elements, duplicate ids, elements where
 * HTML does not allow them… in an HTML part, checked with html-validate on
 * the template's own markup (placeholders read as text, only the first
 * branch of each block), so positions are the author's. A part that does
 * not parse is left to the `syntax` rule.
 */
export async function htmlProblems(part: TemplatePart): Promise<Finding[]> {
  let markup: string;
  try {
    markup = templateMarkup(part.text, part.name);
  } catch {
    return [];
  }
  const report = await (await emailValidator()).validateString(markup);
  return report.results.flatMap((result) =>
    result.messages.map((message) => {
      const place = part.place(message.line, message.column);
      const text = `${message.message} (${message.ruleId})`;
      return message.severity >= 2 ? error(place, 'html', text) : warning(place, 'html', text);
    }),
  );
}
