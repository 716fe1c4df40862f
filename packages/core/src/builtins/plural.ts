/** The CLDR plural categories (`Intl.PluralRules`); `other` is the one every language has. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A sentence in each plural form a language distinguishes: `other` always,
 * and each other category its grammar needs (Russian `one`, `few`, `many`;
 * Arabic all six). A category left out falls back to `other`.
 */
export type PluralForms = Partial<Record<Exclude<PluralCategory, 'other'>, string>> & {
  other: string;
};

/** The numbers built-in templates choose plural forms for. */
export type PluralVariable = 'expiresInMinutes';

const categories: readonly Exclude<PluralCategory, 'other'>[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
];

/**
 * Template text that shows the form of `forms` matching the CLDR plural
 * category of `variable` in the email's language, as `Intl.PluralRules`
 * gives it. The built-ins' variables carry that category as
 * `plural.<variable>.<category>` (see `builtinVariables`), so the choice is
 * plain `{{#if}}` blocks: no helper, and user templates keep Logto's semantics.
 *
 * @example
 * ```ts
 * plural('expiresInMinutes', {
 *   one: 'Код действителен {{expiresInMinutes}} минуту.',
 *   few: 'Код действителен {{expiresInMinutes}} минуты.',
 *   other: 'Код действителен {{expiresInMinutes}} минут.',
 * });
 * ```
 */
export function plural(variable: PluralVariable, forms: PluralForms): string {
  const chosen = categories.filter((category) => forms[category] !== undefined);
  return chosen.reduceRight(
    (otherwise, category) =>
      `{{#if plural.${variable}.${category}}}${forms[category]}{{else}}${otherwise}{{/if}}`,
    forms.other,
  );
}

/**
 * The plural category of each number a built-in template pluralizes, in
 * `languageTag`, as `{ expiresInMinutes: { few: true } }`.
 */
export function pluralCategories(
  languageTag: string,
  numbers: Readonly<Record<PluralVariable, unknown>>,
): Record<PluralVariable, Partial<Record<PluralCategory, true>>> {
  const rules = new Intl.PluralRules(languageTag);
  const value = numbers.expiresInMinutes;
  const category = typeof value === 'number' ? rules.select(value) : 'other';
  return { expiresInMinutes: { [category]: true } };
}
