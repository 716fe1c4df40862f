import { AuthmailError } from '../errors.js';
import { maxRenderedLength } from '../limits.js';

/**
 * `String(array)`, the way Logto renders an array (`1,2,,[object Object]`,
 * nested arrays flattened, `null` and `undefined` empty, a cycle empty),
 * stopped past {@link maxRenderedLength} characters: an array that shares
 * its sub-arrays (`[l, l]` thirty levels deep) is a few hundred bytes in
 * memory but would render billions of characters, and a sparse
 * `new Array(2 ** 32 - 1)` four billion commas.
 *
 * @throws AuthmailError `invalid_variables` past the limit.
 */
export function arrayText(array: readonly unknown[]): string {
  return join(array, { left: maxRenderedLength }, new Set());
}

function join(array: readonly unknown[], budget: { left: number }, open: Set<unknown>): string {
  if (open.has(array)) return '';
  open.add(array);
  let text = '';
  const length = array.length;
  for (let index = 0; index < length; index++) {
    const element = array[index];
    const part =
      element === undefined || element === null
        ? ''
        : isPlainArray(element)
          ? join(element, budget, open)
          : String(element);
    budget.left -= part.length + (index > 0 ? 1 : 0);
    if (budget.left < 0) throw tooLong();
    text += index > 0 ? `,${part}` : part;
  }
  open.delete(array);
  return text;
}

/** An array whose text is `Array.prototype.toString`'s (not a subclass, no own `toString`). */
export function isPlainArray(value: unknown): value is readonly unknown[] {
  return (
    Array.isArray(value) &&
    Object.getPrototypeOf(value) === Array.prototype &&
    !Object.hasOwn(value, 'toString') &&
    !Object.hasOwn(value, 'join')
  );
}

function tooLong(): AuthmailError {
  return new AuthmailError(
    'invalid_variables',
    `A value in the variables is an array that renders more than ${maxRenderedLength} characters (maxRenderedLength): pass the text you mean to show.`,
    { details: { limit: maxRenderedLength } },
  );
}
