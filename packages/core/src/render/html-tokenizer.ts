/**
 * The states of the WHATWG HTML tokenizer that decide where tags, attributes
 * and comments begin and end, merged where they agree on every boundary
 * (the DOCTYPE states end at the first `>` like a bogus comment; the
 * comment's less-than-sign states move exactly as its dash states do).
 */
export type Mode =
  | 'data'
  | 'tagOpen'
  | 'endTagOpen'
  | 'tagName'
  | 'beforeAttributeName'
  | 'attributeName'
  | 'afterAttributeName'
  | 'beforeAttributeValue'
  | 'attributeValue'
  | 'afterAttributeValue'
  | 'selfClosing'
  | 'markup'
  | 'bogusComment'
  | 'commentStart'
  | 'commentStartDash'
  | 'comment'
  | 'commentEndDash'
  | 'commentEnd'
  | 'commentEndBang'
  | 'rawText';

/** Where the tokenizer is. Plain data: copy it with a spread. */
export interface TokenizerState {
  mode: Mode;
  /** The tag being read, ASCII-lower-cased and cut to {@link maxNameLength}. */
  tagName: string;
  endTag: boolean;
  /** The attribute being read, likewise. */
  attributeName: string;
  /** In `attributeValue`: `"`, `'`, or `''` when unquoted. */
  quote: string;
  /** In `rawText`: the element whose text this is. */
  rawElement: string;
  /** In `rawText`: how many characters of `</element` follow the last `<`. */
  rawMatched: number;
  /** In `markup`: what follows `<!` so far. */
  markup: string;
}

/** What the tokenizer reports to whoever feeds it. */
export interface TokenizerEvents<S extends TokenizerState> {
  /** A tag ended with `>` (the state still describes it). */
  tag?(state: S, selfClosing: boolean): void;
  /** An attribute value opened; `attributeValue` mode, `quote` set. */
  valueOpened?(state: S): void;
  /** A character of an attribute value (character references not decoded). */
  valueCharacter?(state: S, character: string): void;
  /** The attribute value ended. */
  valueClosed?(state: S): void;
  /**
   * Text a browser could tokenize two ways (a CDATA section, markup inside
   * `<style>`), which began `back` characters before the current one.
   */
  ambiguous(state: S, reason: string, back: number): void;
}

/** Longest tag or attribute name kept; longer names are cut and can never match a known one. */
export const maxNameLength = 32;

/**
 * Elements whose content a browser may read as text rather than markup:
 * RCDATA, RAWTEXT, script data and PLAINTEXT, depending on where they stand
 * (not inside SVG or MathML, `<noscript>` only with scripting on…). Their
 * content must read the same either way, so it may hold no `<` but the one of
 * the end tag.
 */
export const rawTextElements: ReadonlySet<string> = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);

/** A tokenizer at the start of a document. */
export function initialTokenizerState(): TokenizerState {
  return {
    mode: 'data',
    tagName: '',
    endTag: false,
    attributeName: '',
    quote: '',
    rawElement: '',
    rawMatched: 0,
    markup: '',
  };
}

/** HTML's ASCII whitespace: tab, line feed, form feed, carriage return, space. */
export function isHtmlWhitespace(character: string): boolean {
  return (
    character === ' ' ||
    character === '\n' ||
    character === '\t' ||
    character === '\f' ||
    character === '\r'
  );
}

function isAsciiLetter(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function asciiLower(character: string): string {
  const code = character.charCodeAt(0);
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : character;
}

function appendName(name: string, character: string): string {
  return name.length > maxNameLength ? name : name + asciiLower(character);
}

/** Moves `state` past one character, as a browser's tokenizer would. */
export function step<S extends TokenizerState>(
  state: S,
  character: string,
  events: TokenizerEvents<S>,
): void {
  // Each `continue` reconsumes the character in the new mode.
  for (;;) {
    switch (state.mode) {
      case 'data':
        if (character === '<') state.mode = 'tagOpen';
        return;
      case 'tagOpen':
        if (character === '/') state.mode = 'endTagOpen';
        else if (character === '!') enter(state, 'markup');
        else if (character === '?') state.mode = 'bogusComment';
        else if (isAsciiLetter(character)) openTag(state, character, false);
        else {
          state.mode = 'data';
          continue;
        }
        return;
      case 'endTagOpen':
        if (isAsciiLetter(character)) openTag(state, character, true);
        else if (character === '>') state.mode = 'data';
        else state.mode = 'bogusComment';
        return;
      case 'tagName':
        if (isHtmlWhitespace(character)) state.mode = 'beforeAttributeName';
        else if (character === '/') state.mode = 'selfClosing';
        else if (character === '>') closeTag(state, false, events);
        else state.tagName = appendName(state.tagName, character);
        return;
      case 'beforeAttributeName':
        if (isHtmlWhitespace(character)) return;
        if (character === '/' || character === '>') {
          state.mode = 'afterAttributeName';
          continue;
        }
        openAttribute(state, character === '=' ? '=' : '');
        if (character === '=') return;
        continue;
      case 'attributeName':
        if (isHtmlWhitespace(character) || character === '/' || character === '>') {
          state.mode = 'afterAttributeName';
          continue;
        }
        if (character === '=') state.mode = 'beforeAttributeValue';
        else state.attributeName = appendName(state.attributeName, character);
        return;
      case 'afterAttributeName':
        if (isHtmlWhitespace(character)) return;
        if (character === '/') state.mode = 'selfClosing';
        else if (character === '=') state.mode = 'beforeAttributeValue';
        else if (character === '>') closeTag(state, false, events);
        else {
          openAttribute(state, '');
          continue;
        }
        return;
      case 'beforeAttributeValue':
        if (isHtmlWhitespace(character)) return;
        if (character === '>') {
          closeTag(state, false, events);
          return;
        }
        openValue(state, character === '"' || character === "'" ? character : '', events);
        if (state.quote !== '') return;
        continue;
      case 'attributeValue':
        if (character === state.quote) {
          closeValue(state, 'afterAttributeValue', events);
        } else if (state.quote === '' && isHtmlWhitespace(character)) {
          closeValue(state, 'beforeAttributeName', events);
        } else if (state.quote === '' && character === '>') {
          closeValue(state, 'beforeAttributeName', events);
          closeTag(state, false, events);
        } else {
          events.valueCharacter?.(state, character);
        }
        return;
      case 'afterAttributeValue':
        if (isHtmlWhitespace(character)) state.mode = 'beforeAttributeName';
        else if (character === '/') state.mode = 'selfClosing';
        else if (character === '>') closeTag(state, false, events);
        else {
          state.mode = 'beforeAttributeName';
          continue;
        }
        return;
      case 'selfClosing':
        if (character === '>') {
          closeTag(state, true, events);
          return;
        }
        state.mode = 'beforeAttributeName';
        continue;
      case 'markup':
        markupDeclaration(state, character, events);
        return;
      case 'bogusComment':
        if (character === '>') state.mode = 'data';
        return;
      case 'commentStart':
      case 'commentStartDash':
      case 'comment':
      case 'commentEndDash':
      case 'commentEnd':
      case 'commentEndBang':
        state.mode = commentMove(state.mode, character);
        return;
      case 'rawText':
        if (!rawTextStep(state, character, events)) return;
        continue;
    }
  }
}

/**
 * Where each comment state goes on `-`, on `>` and on `!`; any other
 * character leads to `comment` (the states' "reconsume in the comment state").
 */
const commentMoves: Readonly<Record<string, readonly [dash: Mode, close: Mode, bang: Mode]>> = {
  commentStart: ['commentStartDash', 'data', 'comment'],
  commentStartDash: ['commentEnd', 'data', 'comment'],
  comment: ['commentEndDash', 'comment', 'comment'],
  commentEndDash: ['commentEnd', 'comment', 'comment'],
  commentEnd: ['commentEnd', 'data', 'commentEndBang'],
  commentEndBang: ['commentEndDash', 'data', 'comment'],
};

function commentMove(mode: Mode, character: string): Mode {
  const [dash, close, bang] = commentMoves[mode] ?? ['comment', 'comment', 'comment'];
  if (character === '-') return dash;
  if (character === '>') return close;
  return character === '!' ? bang : 'comment';
}

function enter(state: TokenizerState, mode: Mode): void {
  state.mode = mode;
  state.markup = '';
}

function openTag(state: TokenizerState, first: string, endTag: boolean): void {
  state.mode = 'tagName';
  state.tagName = asciiLower(first);
  state.endTag = endTag;
}

function closeTag<S extends TokenizerState>(
  state: S,
  selfClosing: boolean,
  events: TokenizerEvents<S>,
): void {
  events.tag?.(state, selfClosing);
  if (!state.endTag && rawTextElements.has(state.tagName)) {
    state.mode = 'rawText';
    state.rawElement = state.tagName;
    state.rawMatched = 0;
    return;
  }
  state.mode = 'data';
}

function openAttribute(state: TokenizerState, name: string): void {
  state.mode = 'attributeName';
  state.attributeName = name;
}

function openValue<S extends TokenizerState>(
  state: S,
  quote: string,
  events: TokenizerEvents<S>,
): void {
  state.mode = 'attributeValue';
  state.quote = quote;
  events.valueOpened?.(state);
}

function closeValue<S extends TokenizerState>(
  state: S,
  next: Mode,
  events: TokenizerEvents<S>,
): void {
  events.valueClosed?.(state);
  state.mode = next;
}

/** `<!` then `--` (a comment), `DOCTYPE` (ends at `>`), `[CDATA[`, or a bogus comment. */
function markupDeclaration<S extends TokenizerState>(
  state: S,
  character: string,
  events: TokenizerEvents<S>,
): void {
  const markup = state.markup + character;
  if (markup === '--') {
    state.mode = 'commentStart';
    return;
  }
  if (markup === '[CDATA[') {
    events.ambiguous(
      state,
      'a CDATA section (<![CDATA[) is text inside SVG and MathML but a bogus comment elsewhere: remove it',
      markup.length + 1,
    );
    state.mode = 'bogusComment';
    return;
  }
  if (
    '--'.startsWith(markup) ||
    '[CDATA['.startsWith(markup) ||
    'doctype'.startsWith(markupLower(markup))
  ) {
    state.markup = markup;
    return;
  }
  state.mode = markup.includes('>') ? 'data' : 'bogusComment';
}

function markupLower(markup: string): string {
  let lower = '';
  for (const character of markup) lower += asciiLower(character);
  return lower;
}

/**
 * One character of raw text. Returns true when the end tag is complete and the
 * character must be reconsumed in the end tag's name state.
 */
function rawTextStep<S extends TokenizerState>(
  state: S,
  character: string,
  events: TokenizerEvents<S>,
): boolean {
  if (state.rawMatched === 0) {
    if (character === '<') state.rawMatched = 1;
    return false;
  }
  const endTag = `</${state.rawElement}`;
  if (state.rawElement !== 'plaintext' && state.rawMatched < endTag.length) {
    if (asciiLower(character) === endTag[state.rawMatched]) {
      state.rawMatched += 1;
      return false;
    }
  } else if (
    state.rawElement !== 'plaintext' &&
    (isHtmlWhitespace(character) || character === '/' || character === '>')
  ) {
    state.mode = 'tagName';
    state.tagName = state.rawElement;
    state.endTag = true;
    state.rawElement = '';
    state.rawMatched = 0;
    return true;
  }
  events.ambiguous(
    state,
    `"<" inside <${state.rawElement}> other than its end tag: a browser reads it as markup or as text depending on where the element stands (inside SVG, say), so it must hold neither`,
    state.rawMatched,
  );
  state.rawMatched = character === '<' ? 1 : 0;
  return false;
}
