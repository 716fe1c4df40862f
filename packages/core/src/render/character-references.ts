/** Named references that can change how a URL reads, by lower-case name (`&Tab;` is `tab`). */
const namedEntities: Readonly<Record<string, string>> = {
  colon: ':',
  sol: '/',
  quest: '?',
  num: '#',
  tab: '\t',
  newline: '\n',
  amp: '&',
  period: '.',
  plus: '+',
  nbsp: '\u00a0',
};

/**
 * Decodes the character references that can change how a URL's scheme
 * reads (`&#58;`, `&#x3A;`, `&colon;`, `&sol;`, `&Tab;`…), as a browser does
 * before it reads an attribute's URL.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));?/g,
    (whole, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return namedEntities[name.toLowerCase()] ?? whole;
      const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
