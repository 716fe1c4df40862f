import type Handlebars = require('handlebars');
import type HtmlToText = require('html-to-text');
import type Negotiator = require('negotiator');

/** Handlebars, loaded by the first call. */
export declare function loadHandlebars(): typeof Handlebars;
/** html-to-text, loaded by the first call. */
export declare function loadHtmlToText(): typeof HtmlToText;
/** negotiator's class, loaded by the first call. */
export declare function loadNegotiator(): typeof Negotiator;
