import { assertVariableDepth } from '@authmail/core/provider';

/** A value Resend takes for a template variable. */
export type ResendVariable = string | number;

/**
 * Template variables as Resend takes them: one level of string or number
 * values. Nested objects and arrays become dotted keys (`{ user: { name } }`
 * gives `user.name`, `items[0]` gives `items.0`), booleans become `"true"` or
 * `"false"`, and `null` and `undefined` are left out (the template's fallback
 * value applies). Keys are written as own data properties, so a key such as
 * `__proto__` stays data.
 *
 * @param what - names the variables in an error, e.g. `variables for ann@example.org`.
 * @throws AuthmailError `invalid_variables` when they nest deeper than
 * `maxVariableDepth` or contain a cycle; JSON's own errors (a BigInt), which
 * the transport reports as `invalid_variables`.
 */
export function flattenVariables(
  variables: Record<string, unknown>,
  what = 'provider template variables',
): Record<string, ResendVariable> {
  assertVariableDepth(variables, what);
  // What JSON cannot write (a BigInt) fails here, before any request.
  JSON.stringify(variables);
  const flat: Record<string, ResendVariable> = {};
  const visit = (value: unknown, key: string): void => {
    if (value === null || value === undefined) return;
    if (typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) {
        visit(inner, key === '' ? child : `${key}.${child}`);
      }
      return;
    }
    const leaf = typeof value === 'number' ? value : String(value);
    Object.defineProperty(flat, key, {
      value: leaf,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  visit(variables, '');
  return flat;
}
