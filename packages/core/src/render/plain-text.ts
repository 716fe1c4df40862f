import type { HtmlToTextOptions } from 'html-to-text';
import { loadHtmlToText } from '#lazy-modules';
import { templateCacheLimit } from './compile-template.js';
import { LruCache } from './lru-cache.js';

const keepCase = { uppercase: false };

/**
 * Placeholders must survive the conversion: no wrapping inside `{{ … }}`, no
 * upper-casing of headings (it would turn `{{code}}` into `{{CODE}}`).
 */
const plainTextOptions: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'h1', options: keepCase },
    { selector: 'h2', options: keepCase },
    { selector: 'h3', options: keepCase },
    { selector: 'h4', options: keepCase },
    { selector: 'h5', options: keepCase },
    { selector: 'h6', options: keepCase },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
    { selector: '[data-text="skip"]', format: 'skip' },
  ],
};

const derivedTexts = new LruCache<string, string>(templateCacheLimit);

/**
 * The plain-text twin of an HTML template, derived from the template source so
 * its placeholders are still there to render. html-to-text costs far more than
 * a render, so each source is converted once and cached.
 */
export function plainTextTemplateFor(htmlTemplate: string): string {
  return derivedTexts.getOrCreate(htmlTemplate, () =>
    loadHtmlToText().htmlToText(htmlTemplate, plainTextOptions),
  );
}
