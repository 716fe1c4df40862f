/**
 * What a value that is not a plain CSS value renders as in a `style`
 * attribute or a `<style>` element: an identifier no property accepts, so the
 * declaration around it is dropped.
 */
export const unsafeCssReplacement = 'authmail-unsafe-css';

const colorFunctions: ReadonlySet<string> = new Set(['rgb', 'rgba', 'hsl', 'hsla']);

/**
 * Whether `value` is a plain CSS value: letters, digits, whitespace and
 * `# % . , + - _`, with `rgb()`, `rgba()`, `hsl()` or `hsla()` around some of
 * them (`#4f46e5`, `12px`, `Arial, sans-serif`, `rgb(79, 70, 229)`). Nothing
 * that could end a declaration or a rule (`;`, `}`), open a string, a comment
 * or an escape, or call `url()`, `expression()` or `image-set()`.
 */
export function isSafeCssValue(value: string): boolean {
  let open = -1;
  for (let index = 0; index < value.length; index++) {
    const character = value[index] ?? '';
    if (character === '(') {
      if (open !== -1 || !colorFunctions.has(functionName(value, index))) return false;
      open = index;
    } else if (character === ')') {
      if (open === -1) return false;
      open = -1;
    } else if (!/[\w\s#%.,+-]/.test(character)) {
      return false;
    }
  }
  return open === -1;
}

/** `value` when {@link isSafeCssValue} accepts it, else {@link unsafeCssReplacement}. */
export function sanitizeCssValue(value: string): string {
  return isSafeCssValue(value) ? value : unsafeCssReplacement;
}

/** The lower-cased identifier right before `value[end]`. */
function functionName(value: string, end: number): string {
  let start = end;
  while (start > 0 && /[a-zA-Z]/.test(value[start - 1] ?? '')) start -= 1;
  if (start > 0 && /[\w-]/.test(value[start - 1] ?? '')) return '';
  return value.slice(start, end).toLowerCase();
}
