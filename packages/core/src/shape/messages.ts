/**
 * zod's English messages for the issues both a shape and its zod schema
 * report, so a value gets the same words whichever checked it.
 */

/** `Invalid input: expected string, received number`. */
export function wrongType(expected: string, value: unknown): string {
  return `Invalid input: expected ${expected}, received ${receivedType(value)}`;
}

/** `Invalid input: expected "text/plain"`, or `Invalid option: expected one of "a"|"b"`. */
export function notOneOf(values: readonly unknown[]): string {
  if (values.length === 1) return `Invalid input: expected ${primitiveText(values[0])}`;
  return `Invalid option: expected one of ${values.map(primitiveText).join('|')}`;
}

/** `Unrecognized key: "fallbak"`, or `Unrecognized keys: "a", "b"`. */
export function unrecognizedKeys(keys: readonly PropertyKey[]): string {
  const list = keys.map(primitiveText).join(', ');
  return `Unrecognized key${keys.length > 1 ? 's' : ''}: ${list}`;
}

/** `Too small: expected string to have >=1 characters` (`items` for an array). */
export function tooShort(minLength: number, value: unknown): string {
  if (typeof value === 'string')
    return `Too small: expected string to have >=${minLength} characters`;
  if (Array.isArray(value)) return `Too small: expected array to have >=${minLength} items`;
  return `Too small: expected unknown to be >=${minLength}`;
}

/** `Invalid string: must match pattern /…/`. */
export function patternMismatch(pattern: RegExp): string {
  return `Invalid string: must match pattern ${pattern}`;
}

/** The name zod gives a value's type in `received …`. */
function receivedType(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : String(value);
  if (typeof value !== 'object') return typeof value;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Object.getPrototypeOf(value) !== Object.prototype && 'constructor' in value) {
    // As zod: a class instance by its class's name, whatever `constructor` holds.
    const { constructor: maker } = value as { constructor: unknown };
    if (maker) return nameOf(maker);
  }
  return 'object';
}

/** `constructor.name` as text, as zod shows it; never throws (zod does, on a name with no text form). */
function nameOf(maker: unknown): string {
  try {
    return `${(maker as { name?: unknown }).name}`;
  } catch {
    return 'object';
  }
}

function primitiveText(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}
