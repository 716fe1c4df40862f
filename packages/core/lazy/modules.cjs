'use strict';
// Handlebars, html-to-text and negotiator, loaded on first use rather than at
// import: they cost more to load than the rest of @authmail/core, and many
// processes never need them. Each is a literal require() so that bundlers
// (esbuild, webpack, Rollup's commonjs plugin) see and include it, and still
// run it only when first called. The ESM and CommonJS builds both reach this
// file through the package's "#lazy-modules" import.

let handlebars;
let htmlToText;
let negotiator;

exports.loadHandlebars = () => {
  handlebars ??= require('handlebars');
  return handlebars;
};

exports.loadHtmlToText = () => {
  htmlToText ??= require('html-to-text');
  return htmlToText;
};

exports.loadNegotiator = () => {
  negotiator ??= require('negotiator');
  return negotiator;
};
