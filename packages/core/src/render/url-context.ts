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

type Mode =
  | 'data'
  | 'tagOpen'
  | 'endTagOpen'
  | 'markup'
  | 'comment'
  | 'bogus'
  | 'rawText'
  | 'tagName'
  | 'beforeAttr'
  | 'attrName'
  | 'afterAttrName'
  | 'beforeValue'
  | 'value';

/** Where the scanner is in the HTML, as far as URL attributes are concerned. */
export interface ScanState {
  mode: Mode;
  /** `markup`: what follows `<!`; `comment`: trailing dashes; `rawText`: the tail. */
  buffer: string;
  tagName: string;
  endTag: boolean;
  /** In `rawText`: the end tag that closes it, e.g. `</script`. */
  rawEnd: string;
  attrName: string;
  /** A placeholder wrote part of the attribute name: it may be any attribute. */
  attrNameDynamic: boolean;
  /** `"`, `'`, or `''` for an unquoted value. */
  quote: string;
  /** The value being scanned belongs to a URL attribute. */
  url: boolean;
  /** The URL's scheme (or its relativeness) no longer depends on what follows. */
  schemeFixed: boolean;
  /** A placeholder has written into this value. */
  dynamic: boolean;
  /** Static value text since the attribute opened or the last placeholder. */
  pending: string;
  /** Placeholders in this value whose scheme is not settled yet. */
  slots: UrlSlot[];
}

const initialState: ScanState = {
  mode: 'data',
  buffer: '',
  tagName: '',
  endTag: false,
  rawEnd: '',
  attrName: '',
  attrNameDynamic: false,
  quote: '',
  url: false,
  schemeFixed: false,
  dynamic: false,
  pending: '',
  slots: [],
};

const rawTextElements = new Set(['script', 'style']);
const whitespace = /[\t\n\f\r ]/;
const letter = /[a-zA-Z]/;

/**
 * A small HTML tokenizer that the compiler feeds with a template's static text
 * and placeholders, in document order, to learn at compile time whether a
 * placeholder lands at the start of a URL attribute value (`href="{{link}}"`,
 * `src = '{{logo}}'`, `HREF={{x}}`). It follows the HTML tokenizer's states
 * for tags, attributes, comments and `<script>` / `<style>` text, which is all
 * that matters for that question. Blocks are handled by the compiler with
 * {@link HtmlScanner.snapshot}, {@link HtmlScanner.restore} and {@link joinStates}.
 */
export class HtmlScanner {
  #state: ScanState = copyState(initialState);

  /** A copy of the current state. */
  snapshot(): ScanState {
    return copyState(this.#state);
  }

  /** Continues from `state` (a snapshot or a join). */
  restore(state: ScanState): void {
    this.#state = copyState(state);
  }

  /** Static template text. */
  text(chunk: string): void {
    for (const character of chunk) this.#step(character);
    if (this.#state.mode === 'value') this.#settleScheme();
  }

  /**
   * A placeholder's output goes here. Returns the slot to render it through
   * when it lands in a URL attribute whose scheme is still open and
   * `sanitized` (escaped placeholders; the raw `{{{x}}}` is never changed).
   */
  placeholder(sanitized: boolean): UrlSlot | undefined {
    const state = this.#state;
    if (state.mode === 'beforeValue') this.#openValue('');
    if (state.mode === 'attrName' || state.mode === 'afterAttrName') state.attrNameDynamic = true;
    if (state.mode !== 'value') return undefined;
    this.#settleScheme();
    let slot: UrlSlot | undefined;
    if (sanitized && state.url && !state.schemeFixed) {
      slot = new UrlSlot(state.dynamic ? undefined : decodeEntities(state.pending));
      state.slots.push(slot);
    }
    state.dynamic = true;
    state.pending = '';
    return slot;
  }

  #step(character: string): void {
    const state = this.#state;
    switch (state.mode) {
      case 'data':
        if (character === '<') state.mode = 'tagOpen';
        return;
      case 'tagOpen':
        if (character === '/') state.mode = 'endTagOpen';
        else if (character === '!') this.#enter('markup');
        else if (character === '?') state.mode = 'bogus';
        else if (letter.test(character)) this.#openTag(character, false);
        else state.mode = 'data';
        return;
      case 'endTagOpen':
        if (letter.test(character)) this.#openTag(character, true);
        else state.mode = character === '>' ? 'data' : 'bogus';
        return;
      case 'markup':
        state.buffer += character;
        if (state.buffer === '--') this.#enter('comment');
        else if (!'--'.startsWith(state.buffer)) state.mode = character === '>' ? 'data' : 'bogus';
        return;
      case 'comment':
        if (character === '>' && state.buffer.endsWith('--')) state.mode = 'data';
        else state.buffer = (state.buffer + character).slice(-2);
        return;
      case 'bogus':
        if (character === '>') state.mode = 'data';
        return;
      case 'rawText':
        state.buffer = (state.buffer + character).slice(-state.rawEnd.length);
        if (state.buffer.toLowerCase() === state.rawEnd) {
          state.endTag = true;
          state.tagName = state.rawEnd.slice(2);
          state.mode = 'tagName';
        }
        return;
      case 'tagName':
        if (whitespace.test(character) || character === '/') state.mode = 'beforeAttr';
        else if (character === '>') this.#closeTag();
        else state.tagName += character.toLowerCase();
        return;
      case 'beforeAttr':
        if (character === '>') this.#closeTag();
        else if (!whitespace.test(character) && character !== '/') this.#openAttr(character);
        return;
      case 'attrName':
        if (whitespace.test(character)) state.mode = 'afterAttrName';
        else if (character === '/') state.mode = 'beforeAttr';
        else if (character === '=') state.mode = 'beforeValue';
        else if (character === '>') this.#closeTag();
        else state.attrName += character.toLowerCase();
        return;
      case 'afterAttrName':
        if (character === '/') state.mode = 'beforeAttr';
        else if (character === '=') state.mode = 'beforeValue';
        else if (character === '>') this.#closeTag();
        else if (!whitespace.test(character)) this.#openAttr(character);
        return;
      case 'beforeValue':
        if (character === '"' || character === "'") this.#openValue(character);
        else if (character === '>') this.#closeTag();
        else if (!whitespace.test(character)) {
          this.#openValue('');
          this.#valueCharacter(character);
        }
        return;
      case 'value':
        if (state.quote !== '' && character === state.quote) this.#closeValue('beforeAttr');
        else if (state.quote === '' && whitespace.test(character)) this.#closeValue('beforeAttr');
        else if (state.quote === '' && character === '>') {
          this.#closeValue('beforeAttr');
          this.#closeTag();
        } else this.#valueCharacter(character);
        return;
    }
  }

  #enter(mode: Mode): void {
    this.#state.mode = mode;
    this.#state.buffer = '';
  }

  #openTag(first: string, endTag: boolean): void {
    const state = this.#state;
    state.mode = 'tagName';
    state.tagName = first.toLowerCase();
    state.endTag = endTag;
  }

  #closeTag(): void {
    const state = this.#state;
    if (!state.endTag && rawTextElements.has(state.tagName)) {
      state.rawEnd = `</${state.tagName}`;
      this.#enter('rawText');
      return;
    }
    state.mode = 'data';
  }

  #openAttr(first: string): void {
    const state = this.#state;
    state.mode = 'attrName';
    state.attrName = first.toLowerCase();
    state.attrNameDynamic = false;
  }

  #openValue(quote: string): void {
    const state = this.#state;
    state.mode = 'value';
    state.quote = quote;
    state.url = state.attrNameDynamic || urlAttributes.has(state.attrName);
    state.schemeFixed = false;
    state.dynamic = false;
    state.pending = '';
    state.slots = [];
  }

  #valueCharacter(character: string): void {
    const state = this.#state;
    if (state.url && !state.schemeFixed) state.pending += character;
  }

  #closeValue(next: Mode): void {
    this.#settleScheme();
    const state = this.#state;
    state.mode = next;
    state.url = false;
    state.slots = [];
    state.pending = '';
  }

  /**
   * Looks at the static text written since the last placeholder: a `/`, `?`
   * or `#` (or a `:` the template wrote before any placeholder) settles the
   * scheme; a `:` after a placeholder makes the placeholders before it part
   * of the scheme.
   */
  #settleScheme(): void {
    const state = this.#state;
    if (!state.url || state.schemeFixed || state.pending === '') return;
    const decoded = decodeEntities(state.pending);
    const terminator = /[:/?#]/.exec(decoded)?.[0];
    if (terminator === undefined) return;
    if (terminator === ':' && state.dynamic) {
      for (const slot of state.slots) slot.partOfScheme();
    }
    state.schemeFixed = true;
    state.slots = [];
  }
}

/**
 * The state after a block whose branches ended in `a` and `b`. When both end
 * in the same attribute value the flags are combined the cautious way;
 * otherwise the branch that ends inside a URL value wins.
 */
export function joinStates(a: ScanState, b: ScanState): ScanState {
  const sameSpot =
    a.mode === b.mode &&
    a.tagName === b.tagName &&
    a.attrName === b.attrName &&
    a.quote === b.quote &&
    a.url === b.url;
  if (!sameSpot) {
    if (b.mode === 'value' && b.url && !(a.mode === 'value' && a.url)) return copyState(b);
    return copyState(a);
  }
  const samePending = a.pending === b.pending;
  return {
    ...a,
    attrNameDynamic: a.attrNameDynamic || b.attrNameDynamic,
    schemeFixed: a.schemeFixed && b.schemeFixed,
    dynamic: a.dynamic || b.dynamic || !samePending,
    pending: samePending ? a.pending : '',
    slots: [...new Set([...a.slots, ...b.slots])],
  };
}

function copyState(state: ScanState): ScanState {
  return { ...state, slots: [...state.slots] };
}

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
