import { AuthmailError } from './errors.js';
import { isAuthmailError } from './render/thrown.js';

/**
 * Largest template authmail compiles, in UTF-8 bytes (256 KiB): the
 * template's source plus every partial it includes, counted each time it is
 * included. Checked once, when the template is compiled (never per render);
 * a larger one throws `invalid_config` naming the template and this limit.
 * Real authentication emails are a few KiB; move inline images and large CSS
 * out of the template.
 */
export const maxTemplateBytes = 256 * 1024;

/**
 * Deepest nesting of blocks (`{{#if}}`, `{{#each}}`, `{{#with}}`,
 * `{{#unless}}`) in a template. Checked when the template is compiled; a
 * deeper one throws `invalid_config` naming the template and this limit.
 */
export const maxTemplateNesting = 64;

/**
 * Most characters one render of a template may produce, and most
 * `{{#each}}` iterations it may run (1,048,576 each): nested loops multiply,
 * so without a bound a 600-byte template and a few two-item arrays render
 * gigabytes. A render that would go past either throws `invalid_variables`
 * naming the template and this limit. Pass `maxRenderedLength` to
 * `compileTemplate`, `renderTemplate`, `prepareEmail` or `renderEmail` to
 * change it.
 */
export const maxRenderedLength = 1_048_576;

/**
 * Deepest nesting of HTML elements in a template whose plain-text part is
 * derived from its HTML (html-to-text recurses once per level and overflows
 * the stack a few thousand levels down). A deeper one throws `invalid_config`
 * naming the template; a template with its own `text` part is not checked.
 */
export const maxHtmlNesting = 256;

/**
 * Deepest nesting of objects and arrays in the variables of one email (the
 * variables object itself is level 1, so `{ a: { b: 1 } }` has 2 levels).
 * The mailer checks it on every send and `sendMany` recipient, with or
 * without `validateVariables`, and the provider transports check provider
 * template variables; deeper variables, or variables that contain a cycle,
 * are rejected with `invalid_variables` naming this limit. `renderTemplate`
 * itself does not check it: it only follows the paths the template writes.
 */
export const maxVariableDepth = 32;

/**
 * Most recipients in one `mailer.sendMany` call. A larger call settles every
 * recipient as rejected with one `invalid_variables` error naming this limit
 * (it never rejects as a whole, like every `sendMany` failure) and sends
 * nothing: split the list and call `sendMany` once per part.
 */
export const maxSendManyRecipients = 100_000;

/**
 * How many distinct template sources keep their compiled functions; the least
 * recently used beyond that are dropped. An HTML email uses three (subject,
 * HTML, derived text), so this holds well over a thousand emails.
 */
export const templateCacheLimit = 4096;

/**
 * Every limit authmail enforces, in one place: what a template, a render,
 * the variables and one `sendMany` may hold. Each is described by its own
 * constant; the template cache keeps the most recent `templateCacheEntries`
 * compiled templates.
 *
 * @example
 * ```ts
 * if (recipients.length > limits.maxSendManyRecipients) splitIntoJobs(recipients);
 * ```
 */
export const limits = Object.freeze({
  maxTemplateBytes,
  maxTemplateNesting,
  maxRenderedLength,
  maxHtmlNesting,
  maxVariableDepth,
  maxSendManyRecipients,
  templateCacheEntries: templateCacheLimit,
});

/** The UTF-8 size of `text`, computed only when its length leaves a doubt. */
function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return Buffer.byteLength(text, 'utf8') > limit;
}

/**
 * Adds `source` to the bytes a template has used so far and checks the total
 * against {@link maxTemplateBytes}.
 *
 * @returns the new total.
 * @throws AuthmailError `invalid_config` naming the template and the limit.
 */
export function addTemplateBytes(source: string, name: string, usedBytes = 0): number {
  const room = maxTemplateBytes - usedBytes;
  if (!exceedsBytes(source, room)) return usedBytes + Buffer.byteLength(source, 'utf8');
  const bytes = usedBytes + Buffer.byteLength(source, 'utf8');
  throw new AuthmailError(
    'invalid_config',
    `Template "${name}" is too large: ${bytes} bytes${usedBytes > 0 ? ' with its partials' : ''}, over the limit of ${maxTemplateBytes} bytes (maxTemplateBytes). Move inline images and large styles out of the template.`,
    { details: { template: name, bytes, limit: maxTemplateBytes } },
  );
}

/**
 * The error for a template whose blocks nest deeper than
 * {@link maxTemplateNesting} (or deeper than the parser can follow).
 */
export function templateNestingError(name: string): AuthmailError {
  return new AuthmailError(
    'invalid_config',
    `Template "${name}" nests blocks more than ${maxTemplateNesting} levels deep (maxTemplateNesting): flatten its {{#if}} / {{#each}} / {{#with}} blocks.`,
    { details: { template: name, limit: maxTemplateNesting } },
  );
}

/**
 * Checks that `variables` nest at most {@link maxVariableDepth} levels and
 * contain no cycle. Each object is visited once, so shared sub-objects cost
 * nothing extra and a cycle is found without following it.
 *
 * @param what - names the variables in the error, e.g. `variables for SignIn`.
 * @throws AuthmailError `invalid_variables` naming the limit and where it was
 * exceeded, or where reading the variables threw (a getter, a Proxy).
 */
export function assertVariableDepth(variables: unknown, what = 'variables'): void {
  if (typeof variables !== 'object' || variables === null) return;
  const heights = new Map<object, number>();
  const onPath = new Set<object>();
  const path: string[] = [];

  const fail = (problem: string): never => {
    const where = path.length > 0 ? ` at ${path.join('.')}` : '';
    throw new AuthmailError(
      'invalid_variables',
      `The ${what} ${problem}${where}: variables must be plain data nested at most ${maxVariableDepth} levels deep (maxVariableDepth), without cycles.`,
      { details: { limit: maxVariableDepth, path: [...path] } },
    );
  };

  const visit = (node: object, level: number): number => {
    if (onPath.has(node)) return fail('contain a cycle');
    const known = heights.get(node);
    if (known !== undefined) {
      if (level + known - 1 > maxVariableDepth) fail(`nest more than ${maxVariableDepth} levels`);
      return known;
    }
    if (level > maxVariableDepth) fail(`nest more than ${maxVariableDepth} levels`);
    onPath.add(node);
    let height = 1;
    for (const [key, child] of childEntries(node)) {
      if (typeof child !== 'object' || child === null) continue;
      path.push(key.length > 40 ? `${key.slice(0, 40)}…` : key);
      height = Math.max(height, 1 + visit(child, level + 1));
      path.pop();
    }
    onPath.delete(node);
    heights.set(node, height);
    return height;
  };

  try {
    visit(variables, 1);
  } catch (error) {
    if (isAuthmailError(error)) throw error;
    fail('cannot be read (a getter or a Proxy threw)');
  }
}

/** Own enumerable entries; an array's holes are skipped, so `new Array(2 ** 32 - 1)` costs nothing. */
function* childEntries(node: object): Generator<[string, unknown]> {
  for (const key of Object.keys(node)) yield [key, (node as Record<string, unknown>)[key]];
}

/**
 * The error `sendMany` settles every recipient with when a call has more
 * than {@link maxSendManyRecipients} recipients.
 */
export function tooManyRecipientsError(count: number): AuthmailError {
  return new AuthmailError(
    'invalid_variables',
    `sendMany got ${count} recipients, over the limit of ${maxSendManyRecipients} (maxSendManyRecipients); nothing was sent: split the list and call sendMany once per part.`,
    { details: { recipients: count, limit: maxSendManyRecipients } },
  );
}
