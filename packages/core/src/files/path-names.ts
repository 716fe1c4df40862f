/** The extension of a template file: front matter and the HTML body. */
export const htmlExtension = '.html';

/** The extension of a template's hand-written text part, beside its `.html`. */
export const textExtension = '.txt';

/**
 * Whether `name` is a BCP 47 language tag (`de`, `pt-BR`), as
 * `Intl.getCanonicalLocales` reads tags; `en_US` is not one.
 */
export function isLanguageTag(name: string): boolean {
  if (name.trim() !== name || name.includes('_')) return false;
  try {
    return Intl.getCanonicalLocales(name).length === 1;
  } catch {
    return false;
  }
}

/** The canonical form of a language tag (`en-us` → `en-US`). */
export function canonicalLanguageTag(tag: string): string {
  return Intl.getCanonicalLocales(tag)[0] ?? tag;
}

/** Whether `name` can be a usage type file's name: letters, digits and `_`, starting with a letter. */
export function isUsageTypeName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(name);
}

/** Whether a directory entry is hidden (`.DS_Store`, `.git`) and so ignored. */
export function isDotfile(name: string): boolean {
  return name.startsWith('.');
}

/** Orders names by code unit, the same on every machine and locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
