import type { EmailTemplate } from '../render/render-email.js';
import type { UsageType } from '../usage-types.js';
import type { BuiltinMessage, CodeOrLinkMessage } from './catalog.js';
import { highlightFor, ifCode } from './highlight.js';
import { fontStackOf } from './script-fonts.js';

/**
 * The one layout every built-in email shares, as Handlebars partials: change
 * branding here and every usage type in every language follows. The words
 * come in as the partials `preheader`, `heading`, `intro`, `note` and
 * `action`; `{{> highlight}}` is the usage type's highlight (see `highlight.ts`).
 *
 * Table layout with inline styles (Gmail, Outlook, Apple Mail), light colours
 * with `prefers-color-scheme: dark` overrides, a hidden preheader, and the
 * code in a large monospace box that selects whole on tap.
 *
 * Written once for both directions: nothing here says left or right but the
 * partials `dir` and `start` (`left`, or `right` in Arabic and Persian), and
 * horizontal paddings and margins are symmetric, so a right-to-left email is
 * the mirror image (the highlight mirrors its own details table). The card repeats `lang` and `dir` because Gmail drops the
 * `<html>` element and its attributes; `{{> fonts}}` is the language's font
 * stack (see `script-fonts.ts`).
 */
export const layoutHtml = `<!DOCTYPE html>
<html lang="{{> lang}}" dir="{{> dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>{{> heading}}</title>
<style>
@media (prefers-color-scheme: dark) {
  .am-page, .am-body { background-color: #111318 !important; }
  .am-card { background-color: #1c1f26 !important; color: #e8eaed !important; }
  .am-muted { color: #a3a8b3 !important; }
  .am-code { background-color: #262a33 !important; color: #ffffff !important; border-color: #3a3f4b !important; }
}
</style>
</head>
<body class="am-body" style="margin:0;padding:0;background-color:#f3f4f6;">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;" data-text="skip">{{> preheader}}</div>
<table role="presentation" class="am-page" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;"><tbody>
<tr>
<td align="center" style="padding:32px 16px;">
<table role="presentation" class="am-card" lang="{{> lang}}" dir="{{> dir}}" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:480px;background-color:#ffffff;border-radius:12px;color:#1f2937;font-family:{{> fonts}};font-size:15px;line-height:1.6;direction:{{> dir}};text-align:{{> start}};"><tbody>
<tr>
<td style="padding:32px 32px 0 32px;" data-text="skip">{{> brand}}</td>
</tr>
<tr>
<td style="padding:16px 32px 32px 32px;">
<h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3;font-weight:700;">{{> heading}}</h1>
<p style="margin:0 0 8px 0;">{{> intro}}</p>
{{> highlight}}
<p class="am-muted" style="margin:0;color:#6b7280;font-size:13px;">{{> note}}</p>
</td>
</tr>
</tbody></table>
</td>
</tr>
</tbody></table>
</body>
</html>`;

/** Application logo, else organization logo, else the application's name; nothing without them. */
const brand =
  '{{#if application.branding.logoUrl}}<img src="{{application.branding.logoUrl}}" alt="{{application.name}}" height="40" style="display:block;height:40px;width:auto;border:0;">' +
  '{{else}}{{#if organization.branding.logoUrl}}<img src="{{organization.branding.logoUrl}}" alt="{{organization.name}}" height="40" style="display:block;height:40px;width:auto;border:0;">' +
  '{{else}}{{#if application.name}}<span style="font-size:16px;font-weight:700;">{{application.name}}</span>' +
  '{{else}}{{#if organization.name}}<span style="font-size:16px;font-weight:700;">{{organization.name}}</span>{{/if}}{{/if}}{{/if}}{{/if}}';

/**
 * The plain-text twin of {@link layoutHtml}. Built as one string rather than
 * from partials: Handlebars drops the line break after a partial standing alone
 * on its line, which would run the paragraphs together.
 *
 * Plain text has no `dir`: a reader takes each paragraph's direction from its
 * first letter, so a right-to-left paragraph that opens with a Latin name
 * would read left to right. There, each paragraph opens with U+200F
 * RIGHT-TO-LEFT MARK.
 */
export function layoutText(
  message: BuiltinMessage,
  highlight: string,
  direction: 'ltr' | 'rtl',
): string {
  const paragraphs = [message.heading, message.intro, highlight, message.note];
  const opening = direction === 'rtl' ? '\u200f' : '';
  const written = paragraphs.filter((paragraph) => paragraph !== '');
  return `${written.map((paragraph) => opening + paragraph).join('\n\n')}\n`;
}

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** The language subtag of a tag, lower-cased: `pt-BR` → `pt`. */
export function baseLanguage(languageTag: string): string {
  return languageTag.split('-')[0]?.toLowerCase() ?? '';
}

/** `rtl` for languages written right to left, else `ltr`. */
export function directionOf(languageTag: string): 'ltr' | 'rtl' {
  return rightToLeft.has(baseLanguage(languageTag)) ? 'rtl' : 'ltr';
}

/**
 * A complete built-in email: the shared layout with one message's words as
 * partials, and the usage type's highlight between intro and note.
 */
export function builtinTemplate(
  usageType: UsageType,
  catalogMessage: BuiltinMessage | CodeOrLinkMessage,
  languageTag: string,
): EmailTemplate {
  const message = 'byLink' in catalogMessage ? codeOrLinkWords(catalogMessage) : catalogMessage;
  const direction = directionOf(languageTag);
  const highlight = highlightFor(usageType, message, {
    language: baseLanguage(languageTag),
    direction,
  });
  const partials = {
    lang: languageTag,
    dir: direction,
    start: direction === 'rtl' ? 'right' : 'left',
    fonts: fontStackOf(languageTag),
    brand,
    preheader: message.preheader,
    heading: message.heading,
    intro: message.intro,
    note: message.note,
    action: message.action ?? '',
    highlight: highlight.html,
  };
  return {
    subject: message.subject,
    content: layoutHtml,
    contentType: 'text/html',
    text: layoutText(message, highlight.text, direction),
    partials,
  };
}

/**
 * The words of an email that carries a code or a link: each sentence that
 * differs is chosen when rendering, by whether the variables hold a `code`.
 */
function codeOrLinkWords({ byLink, ...forCode }: CodeOrLinkMessage): BuiltinMessage {
  return {
    ...forCode,
    subject: ifCode(forCode.subject, byLink.subject),
    intro: ifCode(forCode.intro, byLink.intro),
    note: ifCode(forCode.note, byLink.note),
    action: byLink.action,
  };
}
