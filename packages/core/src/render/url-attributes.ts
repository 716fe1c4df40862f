import { decodeEntities } from './character-references.js';
import { isSafeSchemeName, isSafeUrl, unsafeUrlReplacement } from './safe-url.js';

/**
 * Attributes whose value is a URL a mail client or browser may open or fetch.
 * A placeholder at the start of one of these (in HTML format) renders
 * through the URL sanitiser. Names are compared in lower case.
 */
export const urlAttributes: ReadonlySet<string> = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'poster',
  'cite',
  'data',
  'longdesc',
  'codebase',
  'lowsrc',
  'dynsrc',
  'manifest',
  'icon',
]);

/**
 * A placeholder that renders inside a URL attribute, before its scheme is
 * settled. The compiler fixes how it is checked; rendering only calls
 * {@link UrlSlot.filter}.
 */
export class UrlSlot {
  /** The value itself when it is safe here, else `about:invalid#authmail-unsafe-url`. */
  filter: (text: string) => string;

  /** `prefix`: the static URL text before the placeholder, when no other placeholder precedes it. */
  constructor(prefix: string | undefined) {
    this.filter =
      prefix === undefined || prefix === ''
        ? (text) => (isSafeUrl(text) ? text : unsafeUrlReplacement)
        : (text) => (isSafeUrl(prefix + text) ? text : unsafeUrlReplacement);
  }

  /**
   * The template writes the `:` after this placeholder (`{{protocol}}://…`):
   * the value is then part of the scheme and must be empty or a safe scheme.
   */
  partOfScheme(): void {
    this.filter = (text) => (isSafeSchemeName(text) ? text : unsafeUrlReplacement);
  }
}

/** Placeholders of one URL value whose scheme is still open, newest first; shared, never changed. */
interface SlotList {
  readonly slot: UrlSlot;
  readonly rest: SlotList | undefined;
  readonly length: number;
}

/** What the scanner knows about the URL attribute value being read. */
export interface UrlValueState {
  /** The URL's scheme (or its relativeness) no longer depends on what follows. */
  schemeFixed: boolean;
  /** A placeholder has written into this value. */
  dynamic: boolean;
  /** Static text before the first placeholder, character references decoded. */
  prefix: string;
  /** Changes whenever `prefix` does, so joins compare it in constant time. */
  prefixVersion: number;
  /** A character reference being read (`&co…`), or `''`. */
  reference: string;
  /** Placeholders in this value whose scheme is not settled yet. */
  slots: SlotList | undefined;
}

let nextPrefixVersion = 1;

/** The URL state of a value just opened. */
export function freshUrlValue(): UrlValueState {
  return {
    schemeFixed: false,
    dynamic: false,
    prefix: '',
    prefixVersion: 0,
    reference: '',
    slots: undefined,
  };
}

/** The longest character reference read before giving up on it (`&CounterClockwiseContourIntegral;` is 33). */
const maxReferenceLength = 40;

/**
 * One static character of a URL value, character references decoded as they
 * complete: a browser reads the URL after decoding them.
 */
export function urlCharacter(state: UrlValueState, character: string): void {
  if (state.schemeFixed) return;
  if (state.reference === '') {
    if (character === '&') state.reference = '&';
    else decodedCharacter(state, character);
    return;
  }
  if (continuesReference(state.reference, character)) {
    state.reference += character;
    if (character === ';' || state.reference.length > maxReferenceLength) flushReference(state);
    return;
  }
  flushReference(state);
  urlCharacter(state, character);
}

/** Decodes and reads a character reference in progress (before a placeholder or the end of the value). */
export function flushReference(state: UrlValueState): void {
  const reference = state.reference;
  if (reference === '') return;
  state.reference = '';
  for (const character of decodeEntities(reference)) decodedCharacter(state, character);
}

function continuesReference(reference: string, character: string): boolean {
  if (character === ';') return reference.length > 1;
  if (reference === '&') return character === '#' || /[a-zA-Z]/.test(character);
  if (reference === '&#') return /[0-9xX]/.test(character);
  if (reference.startsWith('&#x') || reference.startsWith('&#X'))
    return /[0-9a-fA-F]/.test(character);
  if (reference.startsWith('&#')) return /[0-9]/.test(character);
  return /[a-zA-Z0-9]/.test(character);
}

/**
 * A `/`, `?` or `#` (or a `:` the template wrote before any placeholder)
 * settles the scheme; a `:` after a placeholder makes the placeholders before
 * it part of the scheme.
 */
function decodedCharacter(state: UrlValueState, character: string): void {
  if (state.schemeFixed) return;
  if (!state.dynamic) {
    state.prefix += character;
    state.prefixVersion = nextPrefixVersion++;
  }
  if (character !== ':' && character !== '/' && character !== '?' && character !== '#') return;
  if (character === ':') markPartOfScheme(state.slots);
  state.schemeFixed = true;
  state.slots = undefined;
}

function markPartOfScheme(slots: SlotList | undefined): void {
  for (let cell = slots; cell !== undefined; cell = cell.rest) cell.slot.partOfScheme();
}

/**
 * A placeholder writes into the URL value here. Returns the slot to render it
 * through while the scheme is open, else `undefined` (the value is only escaped).
 */
export function urlPlaceholder(state: UrlValueState): UrlSlot | undefined {
  flushReference(state);
  if (state.schemeFixed) return undefined;
  const slot = new UrlSlot(state.dynamic ? undefined : state.prefix);
  state.slots = { slot, rest: state.slots, length: (state.slots?.length ?? 0) + 1 };
  state.dynamic = true;
  state.prefix = '';
  state.prefixVersion = nextPrefixVersion++;
  return slot;
}

/**
 * Static text the scanner has not seen was written before what follows (an
 * earlier iteration of an `{{#each}}` body): later placeholders are checked
 * on their own, as after another placeholder.
 */
export function afterUnseenText(state: UrlValueState): void {
  flushReference(state);
  state.dynamic = true;
  state.prefix = '';
  state.prefixVersion = nextPrefixVersion++;
}

/**
 * The URL state where two ways through a template meet in the same value,
 * combined the cautious way: the scheme is settled only when both settled it,
 * and a character reference read differently makes the open placeholders
 * part of the scheme.
 */
export function joinUrlValues(a: UrlValueState, b: UrlValueState): UrlValueState {
  const slots = unionSlots(a.slots, b.slots);
  const samePrefix = a.prefixVersion === b.prefixVersion;
  if (a.reference !== b.reference) markPartOfScheme(slots);
  return {
    schemeFixed: a.schemeFixed && b.schemeFixed,
    dynamic: a.dynamic || b.dynamic || !samePrefix,
    prefix: samePrefix ? a.prefix : '',
    prefixVersion: samePrefix ? a.prefixVersion : nextPrefixVersion++,
    reference: a.reference === b.reference ? a.reference : '',
    slots,
  };
}

/**
 * Both lists' slots, each once. The lists share the tail they had where the
 * ways split, so only the cells added since are walked.
 */
function unionSlots(a: SlotList | undefined, b: SlotList | undefined): SlotList | undefined {
  const added: UrlSlot[] = [];
  let x = a;
  let y = b;
  while (x !== y) {
    if ((x?.length ?? 0) >= (y?.length ?? 0) && x) {
      added.push(x.slot);
      x = x.rest;
    } else if (y) {
      added.push(y.slot);
      y = y.rest;
    }
  }
  let union = x;
  for (const slot of added) union = { slot, rest: union, length: (union?.length ?? 0) + 1 };
  return union;
}
