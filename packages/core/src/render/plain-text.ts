import type { HtmlToTextOptions } from 'html-to-text';
import { loadHtmlToText } from '#lazy-modules';
import { AuthmailError } from '../errors.js';
import { templateCacheLimit } from '../limits.js';
import { type CachedFailure, computeOrFail } from './cached-outcome.js';
import { assertHtmlNesting } from './html-depth.js';
import { LruCache } from './lru-cache.js';
import { describeThrown, isAuthmailError } from './thrown.js';

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

const derivedTexts = new LruCache<string, string | CachedFailure>(templateCacheLimit);

/**
 * The plain-text twin of an HTML template, derived from the template source so
 * its placeholders are still there to render. html-to-text costs far more than
 * a render, so each source is converted once and cached, and so is a failure.
 *
 * @throws AuthmailError `invalid_config` naming `name` when the HTML nests
 * deeper than `maxHtmlNesting` or html-to-text fails on it.
 */
export function plainTextTemplateFor(htmlTemplate: string, name = 'template'): string {
  const cached = derivedTexts.get(htmlTemplate);
  if (typeof cached === 'string') return cached;
  return computeOrFail(
    cached,
    name,
    () => derive(htmlTemplate, name),
    (outcome) => derivedTexts.set(htmlTemplate, outcome),
    (error) => derivationFailure(error, name),
  );
}

function derive(htmlTemplate: string, name: string): string {
  assertHtmlNesting(htmlTemplate, name);
  return loadHtmlToText().htmlToText(htmlTemplate, plainTextOptions);
}

function derivationFailure(error: unknown, name: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  return new AuthmailError(
    'invalid_config',
    `Template "${name}": deriving its plain-text part failed (${describeThrown(error)}): give the template its own text part.`,
    { details: { template: name } },
  );
}
