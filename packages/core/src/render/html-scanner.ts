import { rawTextKind, type ValueKind, valueKind } from './attribute-policy.js';
import {
  initialTokenizerState,
  isHtmlWhitespace,
  type Mode,
  step,
  type TokenizerEvents,
  type TokenizerState,
} from './html-tokenizer.js';
import {
  afterUnseenText,
  flushReference,
  freshUrlValue,
  joinUrlValues,
  type UrlSlot,
  type UrlValueState,
  urlCharacter,
  urlPlaceholder,
} from './url-attributes.js';
import { compileWork } from './work-meter.js';

/**
 * A placeholder at the very start of an unquoted attribute value
 * (`title={{name}} …`). Rendered empty, it would leave the browser before the
 * value, reading what follows as the value; so an empty value renders as
 * `""` when whitespace follows. Decided once, from the text after it.
 */
export interface EmptyValue {
  /** Tells one such placeholder from another. */
  readonly id: number;
  text: '' | '""';
  /** How the text after it was read: as if `""` were written, or nothing. */
  decision: 'quote' | 'plain' | undefined;
}

/** Where the scanner is: the tokenizer, the attribute value's kind and its URL. */
interface ScanState extends TokenizerState, UrlValueState {
  /** In `attributeValue`: what placeholders may do there. */
  kind: ValueKind;
  /** Set when an empty placeholder may have left the tokenizer before a value. */
  emptyValue: EmptyValue | undefined;
}

/** How an escaped placeholder renders where it stands, in HTML format. */
export interface PlaceholderContext {
  /** Which escaping keeps the tokenizer where it is. */
  escaping: 'text' | 'unquoted' | 'comment';
  /** Checks the value first: the URL sanitiser or the CSS value filter. */
  check: UrlSlot | 'css' | undefined;
  /** At the start of an unquoted value: what an empty value renders as. */
  empty: EmptyValue | undefined;
}

/** What the scanner saw that a template may not contain. */
export class HtmlRefusal extends Error {
  constructor(
    readonly reason: string,
    /** Characters before the current one where the refused text began. */
    readonly back = 0,
    /** The current character's index in the chunk of static text. */
    readonly at = 0,
  ) {
    super(reason);
  }
}

/** A copy of where the scanner may be. */
export type ScanSnapshot = readonly ScanState[];

let nextEmptyValueId = 1;

/** More ways to read the HTML at once than this, and the template is refused. */
const maxReadings = 8;

const diverging =
  'the HTML before this placeholder reads differently depending on the values (an empty value at the start of an unquoted attribute, or a block that ends inside a tag or comment): quote the attribute value, or open and close the tag inside the block';

/** Tokenizer modes in which a placeholder would write a tag or attribute name (refused). */
export const nameModes: ReadonlySet<Mode> = new Set([
  'tagOpen',
  'endTagOpen',
  'tagName',
  'beforeAttributeName',
  'attributeName',
  'afterAttributeName',
  'afterAttributeValue',
  'selfClosing',
  'markup',
]);

/** Comment states that an empty value leaves as they are and any other moves to `comment`. */
const commentEdges: ReadonlySet<Mode> = new Set([
  'commentStart',
  'commentStartDash',
  'commentEndDash',
  'commentEnd',
  'commentEndBang',
]);

const events: TokenizerEvents<ScanState> = {
  valueOpened(state) {
    state.kind = valueKind(state.tagName, state.attributeName);
    Object.assign(state, freshUrlValue());
  },
  valueCharacter(state, character) {
    if (state.kind === 'url') urlCharacter(state, character);
  },
  valueClosed(state) {
    if (state.kind === 'url') flushReference(state);
    state.kind = 'text';
    state.slots = undefined;
  },
  ambiguous(_state, reason, back) {
    throw new HtmlRefusal(reason, back);
  },
};

/**
 * Follows a template's HTML as the compiler meets its static text and
 * placeholders, in document order, so that each placeholder can be rendered
 * where it stands: escaped in text and attribute values, through the URL
 * sanitiser at the start of a URL, through the CSS filter in styles. It reads
 * as a browser's tokenizer does (comments and `<!-->`, `--!>`, unquoted
 * values, `<<a`), and refuses what a browser could read two ways: a placeholder
 * that would write a tag or attribute name, markup inside raw-text elements,
 * CDATA. Where an empty value or a block could leave the HTML in different
 * places, it follows each way (a few at most) and requires them to meet
 * again before the next placeholder.
 */
export class HtmlScanner {
  #states: ScanState[] = [
    { ...initialTokenizerState(), ...freshUrlValue(), kind: 'text', emptyValue: undefined },
  ];

  /** A copy of where the scanner may be. */
  snapshot(): ScanSnapshot {
    return this.#states.map((state) => ({ ...state }));
  }

  /** Continues from a snapshot (or a join of snapshots). */
  restore(snapshot: ScanSnapshot): void {
    this.#states = snapshot.map((state) => ({ ...state }));
  }

  /**
   * Static template text.
   *
   * @throws HtmlRefusal for markup a browser could read two ways, saying where in `chunk`.
   */
  text(chunk: string): void {
    compileWork.characters += chunk.length * this.#states.length;
    let index = 0;
    try {
      for (; index < chunk.length; index++) {
        const states = this.#states;
        const only = states.length === 1 ? states[0] : undefined;
        if (only) index = nextTelling(only, chunk, index);
        if (index >= chunk.length) break;
        const character = chunk[index] ?? '';
        for (let at = 0; at < states.length; at++) stepState(states[at] as ScanState, character);
      }
    } catch (error) {
      if (error instanceof HtmlRefusal) throw new HtmlRefusal(error.reason, error.back, index);
      throw error;
    }
    if (this.#states.length > 1) this.#states = merge(this.#states);
  }

  /**
   * A placeholder's output goes here. Raw placeholders (`{{{x}}}`) are never
   * checked and assumed to write text; escaped ones get the context they render in.
   *
   * @throws HtmlRefusal where no value could be placed safely.
   */
  placeholder(escaped: boolean): PlaceholderContext | undefined {
    if (!escaped) {
      for (const state of this.#states) rawPlaceholder(state);
      return undefined;
    }
    const [state, ...others] = this.#states;
    if (!state || others.length > 0) throw new HtmlRefusal(diverging);
    if (nameModes.has(state.mode)) {
      throw new HtmlRefusal(
        'a placeholder cannot write a tag or attribute name: write the name in the template, or put {{#if}} around the whole attribute',
      );
    }
    if (commentEdges.has(state.mode)) {
      this.#states = [{ ...state }, { ...state, mode: 'comment' }];
      return { escaping: 'comment', check: undefined, empty: undefined };
    }
    if (state.mode === 'comment')
      return { escaping: 'comment', check: undefined, empty: undefined };
    if (state.mode === 'beforeAttributeValue') return this.#unquotedStart(state);
    if (state.mode === 'attributeValue') return valuePlaceholder(state);
    if (state.mode === 'rawText') return rawTextPlaceholder(state);
    return { escaping: 'text', check: undefined, empty: undefined };
  }

  /**
   * Where the scanner may be at the start of an `{{#each}}` body: every
   * iteration after the first starts after a placeholder, so the body is
   * compiled as if one preceded it.
   */
  enterLoop(): ScanSnapshot {
    for (const state of this.#states) {
      if (state.mode === 'attributeValue' && state.kind === 'url') afterUnseenText(state);
    }
    return this.snapshot();
  }

  /**
   * Checks that an `{{#each}}` body ended where it began, so the next
   * iteration reads the same.
   *
   * @throws HtmlRefusal when it did not.
   */
  exitLoop(start: ScanSnapshot): void {
    const ends = this.#states.every((end) =>
      start.some(
        (begin) => stateKey(begin) === stateKey(end) && (!begin.schemeFixed || end.schemeFixed),
      ),
    );
    if (!ends) {
      throw new HtmlRefusal(
        'the body of {{#each}} must end where it began in the HTML (outside any tag, or inside the same attribute value): otherwise each item reads differently',
      );
    }
  }

  /**
   * Where two ways through a block meet.
   *
   * @throws HtmlRefusal when they leave more than a few ways to read what follows.
   */
  join(a: ScanSnapshot, b: ScanSnapshot): ScanSnapshot {
    return merge([...a, ...b].map((state) => ({ ...state })));
  }

  #unquotedStart(state: ScanState): PlaceholderContext {
    if (state.emptyValue) throw new HtmlRefusal(diverging);
    const empty: EmptyValue = { id: nextEmptyValueId++, text: '', decision: undefined };
    const before: ScanState = { ...state, emptyValue: empty };
    state.mode = 'attributeValue';
    state.quote = '';
    events.valueOpened?.(state);
    const context = valuePlaceholder(state);
    this.#states = [state, before];
    return { ...context, empty };
  }
}

/**
 * The first index from `from` whose character can change `state`: text,
 * quoted values that are not URLs, raw text and comments are skipped in one
 * search. (Characters are fed one UTF-16 unit at a time: no transition looks
 * past ASCII.)
 */
function nextTelling(state: ScanState, chunk: string, from: number): number {
  const mode = state.mode;
  let search = '';
  if (mode === 'data' || (mode === 'rawText' && state.rawMatched === 0)) search = '<';
  else if (mode === 'comment') search = '-';
  else if (mode === 'attributeValue' && state.quote !== '' && state.kind !== 'url') {
    search = state.quote;
  }
  if (search === '') return from;
  const at = chunk.indexOf(search, from);
  return at === -1 ? chunk.length : at;
}

/** A raw placeholder writes something the scanner cannot see: a URL it is in is no longer static. */
function rawPlaceholder(state: ScanState): void {
  if (state.mode === 'beforeAttributeValue') {
    state.mode = 'attributeValue';
    state.quote = '';
    state.emptyValue = undefined;
    events.valueOpened?.(state);
  }
  if (state.mode === 'attributeValue' && state.kind === 'url') afterUnseenText(state);
}

function stepState(state: ScanState, character: string): void {
  const empty = state.emptyValue;
  if (empty) {
    state.emptyValue = undefined;
    if (isHtmlWhitespace(character)) {
      decide(empty, 'quote');
      state.mode = 'afterAttributeValue';
    } else if (character !== '>') {
      decide(empty, 'plain');
    }
  }
  step(state, character, events);
}

function decide(empty: EmptyValue, decision: 'quote' | 'plain'): void {
  if (empty.decision !== undefined && empty.decision !== decision) throw new HtmlRefusal(diverging);
  empty.decision = decision;
  empty.text = decision === 'quote' ? '""' : '';
}

function valuePlaceholder(state: ScanState): PlaceholderContext {
  const escaping = state.quote === '' ? 'unquoted' : 'text';
  const kind = state.kind;
  if (typeof kind === 'object') throw new HtmlRefusal(kind.refused);
  const check = kind === 'url' ? urlPlaceholder(state) : kind === 'css' ? 'css' : undefined;
  return { escaping, check, empty: undefined };
}

function rawTextPlaceholder(state: ScanState): PlaceholderContext {
  if (state.rawMatched > 0) {
    throw new HtmlRefusal(`a placeholder cannot write part of the end tag </${state.rawElement}>`);
  }
  const kind = rawTextKind(state.rawElement);
  if (typeof kind === 'object') throw new HtmlRefusal(kind.refused);
  return { escaping: 'text', check: kind === 'css' ? 'css' : undefined, empty: undefined };
}

/** Joins states that are at the same place; refuses when too many places remain. */
function merge(states: readonly ScanState[]): ScanState[] {
  const byKey = new Map<string, ScanState>();
  for (const state of states) {
    const key = stateKey(state);
    const known = byKey.get(key);
    byKey.set(key, known ? { ...known, ...joinUrlValues(known, state) } : state);
  }
  if (byKey.size > maxReadings) throw new HtmlRefusal(diverging);
  return [...byKey.values()];
}

/** What must be equal for two states to read everything that follows the same way. */
function stateKey(state: ScanState): string {
  const { mode } = state;
  const empty = state.emptyValue ? `empty ${state.emptyValue.id}` : '';
  if (mode === 'rawText') return `${mode}|${state.rawElement}|${state.rawMatched}`;
  if (mode === 'markup') return `${mode}|${state.markup}`;
  if (mode === 'attributeValue') {
    const kind = typeof state.kind === 'object' ? 'refused' : state.kind;
    return `${mode}|${state.tagName}|${state.endTag}|${state.attributeName}|${state.quote}|${kind}`;
  }
  if (nameModes.has(mode) || mode === 'beforeAttributeValue') {
    return `${mode}|${state.tagName}|${state.endTag}|${state.attributeName}|${empty}`;
  }
  return mode;
}
