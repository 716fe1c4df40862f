import { decodeEntities } from '../render/character-references.js';
import { nameModes } from '../render/html-scanner.js';
import {
  initialTokenizerState,
  step,
  type TokenizerEvents,
  type TokenizerState,
} from '../render/html-tokenizer.js';
import { urlAttributes } from '../render/url-attributes.js';

/** Where a placeholder stands inside an HTML tag. */
export interface PlaceholderHtml {
  /** The element, in lower case: `a`, `img`… */
  readonly element: string;
  /**
   * `value`: in an attribute's value; `name`: where a tag or attribute name
   * is written, which the renderer refuses for `{{…}}` (a raw `{{{…}}}` there
   * writes attributes of its own).
   */
  readonly part: 'value' | 'name';
  /** The attribute, in lower case, when the placeholder is in or after its name. */
  readonly attribute?: string;
  /** Whether that attribute holds a URL (`href`, `src`…): the renderer checks escaped values there. */
  readonly urlAttribute: boolean;
}

/** A URL attribute value without placeholders, at an offset in the template. */
export interface FoundLink {
  /** The value, character references decoded and surrounding whitespace trimmed. */
  readonly url: string;
  readonly element: string;
  readonly attribute: string;
  /** Offset of the value's first character in the template. */
  readonly offset: number;
}

/** The tokenizer's state plus the attribute value being read. */
interface TrackerState extends TokenizerState {
  valueOffset: number;
  value: string;
  /** A placeholder wrote into this value: it is not a static link. */
  dynamic: boolean;
}

/**
 * Follows a template's HTML with core's tokenizer, in document order, to say
 * where each placeholder stands and which URL attributes are static. Unlike
 * the compiler's scanner it refuses nothing: the compiler does that.
 */
export class HtmlContextTracker {
  readonly links: FoundLink[] = [];
  #state: TrackerState = { ...initialTokenizerState(), valueOffset: 0, value: '', dynamic: false };
  #offset = 0;

  readonly #events: TokenizerEvents<TrackerState> = {
    valueOpened: (state) => {
      state.valueOffset = state.quote === '' ? this.#offset : this.#offset + 1;
      state.value = '';
      state.dynamic = false;
    },
    valueCharacter: (state, character) => {
      state.value += character;
    },
    valueClosed: (state) => {
      if (!state.dynamic && urlAttributes.has(state.attributeName)) {
        this.links.push({
          url: decodeEntities(state.value).trim(),
          element: state.tagName,
          attribute: state.attributeName,
          offset: state.valueOffset,
        });
      }
    },
    ambiguous: () => {},
  };

  /** Static text that starts at `offset` in the template. */
  text(chunk: string, offset: number): void {
    for (let index = 0; index < chunk.length; index++) {
      this.#offset = offset + index;
      step(this.#state, chunk[index] ?? '', this.#events);
    }
  }

  /** A placeholder at `offset`: where it stands, when inside a tag. */
  placeholder(offset: number): PlaceholderHtml | undefined {
    const state = this.#state;
    if (state.mode === 'beforeAttributeValue') {
      this.#offset = offset;
      state.mode = 'attributeValue';
      state.quote = '';
      this.#events.valueOpened?.(state);
    }
    const element = state.tagName;
    const attribute = state.attributeName === '' ? undefined : state.attributeName;
    const urlAttribute = attribute !== undefined && urlAttributes.has(attribute);
    if (state.mode === 'attributeValue') {
      state.dynamic = true;
      return { element, part: 'value', attribute, urlAttribute };
    }
    if (!nameModes.has(state.mode)) return undefined;
    const inTag =
      state.mode !== 'tagOpen' && state.mode !== 'endTagOpen' && state.mode !== 'markup';
    const named = state.mode === 'attributeName' || state.mode === 'afterAttributeName';
    return {
      element: inTag ? element : '',
      part: 'name',
      ...(named && attribute !== undefined ? { attribute } : {}),
      urlAttribute: named && urlAttribute,
    };
  }

  /** Where the tracker is, to follow a block's other branch from the same place. */
  snapshot(): TrackerState {
    return { ...this.#state };
  }

  restore(snapshot: TrackerState): void {
    this.#state = { ...snapshot };
  }
}
