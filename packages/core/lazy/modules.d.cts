import type Handlebars = require('handlebars');
import type HtmlToText = require('html-to-text');
import type Negotiator = require('negotiator');

import type * as Zod from 'zod';

/** What Handlebars' compiler/base module exports: its parser and the functions around it. */
export interface HandlebarsParserModule {
  parse: typeof Handlebars.parse;
  parseWithoutProcessing: typeof Handlebars.parseWithoutProcessing;
  /** The jison parser; after a failed parse its lexer still points at the culprit. */
  parser: { lexer: { yylloc?: { first_line?: number; first_column?: number } } };
}

/** Handlebars' parser (`handlebars/dist/cjs/handlebars/compiler/base.js`), loaded by the first call. */
export declare function loadHandlebarsParser(): HandlebarsParserModule;
/** html-to-text, loaded by the first call. */
export declare function loadHtmlToText(): typeof HtmlToText;
/** negotiator's class, loaded by the first call. */
export declare function loadNegotiator(): typeof Negotiator;
/** zod, loaded by the first call. */
export declare function loadZod(): typeof Zod;
/**
 * The built-in emails' templates of one language, parsed at build time, as
 * JSON (see `src/builtins/parses-module.ts`); `undefined` for a language without them.
 */
export declare function loadBuiltinParses(languageTag: string): string | undefined;
