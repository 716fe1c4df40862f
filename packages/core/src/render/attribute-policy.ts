import { urlAttributes } from './url-attributes.js';

/**
 * How a placeholder inside an attribute value is rendered, in HTML format:
 * - `text`: escaped;
 * - `url`: checked by the URL sanitiser while the scheme is open, then escaped;
 * - `css`: checked by the CSS value filter, then escaped;
 * - a `refused` reason: the template is refused when it is compiled.
 */
export type ValueKind = 'text' | 'url' | 'css' | { refused: string };

/** SVG animation elements: their `to`, `from`, `values` and `by` can set an `href`. */
const animationElements: ReadonlySet<string> = new Set([
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
]);

const animationValues: ReadonlySet<string> = new Set(['to', 'from', 'values', 'by']);

const urlLists: ReadonlySet<string> = new Set(['srcset', 'imagesrcset', 'ping']);

/**
 * What a placeholder may do in the value of `attribute` on `element` (both
 * lower case). Decided once per attribute value, when the template is compiled.
 */
export function valueKind(element: string, attribute: string): ValueKind {
  if (urlAttributes.has(attribute)) return 'url';
  if (attribute === 'style') return 'css';
  if (attribute.startsWith('on')) {
    return refused(
      `a placeholder in the event handler "${attribute}" would be read as script: put the value in a data-* attribute`,
    );
  }
  if (attribute === 'srcdoc') {
    return refused(
      'a placeholder in "srcdoc" would be read as HTML after the escaping is undone: write the document without placeholders',
    );
  }
  if (urlLists.has(attribute)) {
    return refused(
      `"${attribute}" holds a list of URLs that the URL guard does not check one by one: use src or href for a URL that comes from a value`,
    );
  }
  if (element === 'meta' && attribute === 'content') {
    return refused(
      '<meta content> can redirect or refresh the page (http-equiv="refresh"): write it without placeholders',
    );
  }
  if (animationElements.has(element) && animationValues.has(attribute)) {
    return refused(
      `"${attribute}" on an SVG <${element}> can set a link's href: write it without placeholders`,
    );
  }
  return 'text';
}

/**
 * What a placeholder may do in the text of a raw-text element (`<style>`,
 * `<script>`, `<title>`…).
 */
export function rawTextKind(element: string): ValueKind {
  if (element === 'style') return 'css';
  if (element === 'script') {
    return refused(
      'a placeholder inside <script> would be read as script, where HTML escaping does not protect: write the script without placeholders',
    );
  }
  return 'text';
}

function refused(reason: string): ValueKind {
  return { refused: reason };
}
