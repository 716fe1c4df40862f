import type { UsageType } from '../usage-types.js';
import type { BuiltinMessage, DetailLabels, DetailVariable } from './catalog.js';

/** What a built-in email shows between its intro and its note. */
type HighlightKind = 'code-or-link' | 'button' | 'details' | 'none';

/**
 * Each usage type's highlight: the code in a large box (or, when the email
 * carries a link instead, the button), the invitation button, a table of
 * what happened (`time`, `device`, …), or nothing.
 */
const highlightKinds: Record<UsageType, HighlightKind> = {
  SignIn: 'code-or-link',
  Register: 'code-or-link',
  ForgotPassword: 'code-or-link',
  Generic: 'code-or-link',
  OrganizationInvitation: 'button',
  UserPermissionValidation: 'code-or-link',
  BindNewIdentifier: 'code-or-link',
  MfaVerification: 'code-or-link',
  BindMfa: 'code-or-link',
  DeleteAccount: 'code-or-link',
  Invite: 'button',
  Welcome: 'none',
  PasswordChanged: 'details',
  NewDeviceSignIn: 'details',
  EmailChanged: 'details',
  PhoneChanged: 'details',
  IdentityLinked: 'details',
  IdentityUnlinked: 'details',
  MfaFactorEnrolled: 'details',
  MfaFactorUnenrolled: 'details',
};

/**
 * The rows a details table may have, in order; each shows only when its
 * variable is set. `time` comes first: every usage type with details requires it.
 */
export const detailVariables: readonly DetailVariable[] = [
  'time',
  'device',
  'ip',
  'location',
  'provider',
  'factorType',
  'oldEmail',
  'newEmail',
  'oldPhone',
  'newPhone',
];

/**
 * Details whose values read left to right whatever the language: addresses,
 * numbers. The others (`time` in words of the language, a device, a place, a
 * provider's name) take the direction of their own first letter.
 */
const leftToRightDetails: ReadonlySet<DetailVariable> = new Set([
  'ip',
  'oldEmail',
  'newEmail',
  'oldPhone',
  'newPhone',
]);

/** A highlight as an HTML partial and as plain text. */
export interface Highlight {
  html: string;
  text: string;
}

/** How the email's language is written, as far as its highlight cares. */
export interface Writing {
  /** The base language (`pt`, not `pt-BR`), which picks the details' label separator. */
  language: string;
  direction: 'ltr' | 'rtl';
}

/**
 * Plain text kept in its own direction inside a right-to-left paragraph:
 * wrapped in U+2066 LEFT-TO-RIGHT ISOLATE (or U+2068 FIRST STRONG ISOLATE
 * for `auto`) and U+2069 POP DIRECTIONAL ISOLATE, so that `482 913` or a URL
 * is not reordered around Arabic text. Left-to-right emails need no marks.
 * (In HTML, the `dir` attribute isolates.)
 */
function isolated(text: string, inside: 'ltr' | 'auto', { direction }: Writing): string {
  if (direction === 'ltr') return text;
  return `${inside === 'ltr' ? '\u2066' : '\u2068'}${text}\u2069`;
}

/** The code in a large box, left to right in every language. */
function codeBox(writing: Writing): Highlight {
  return {
    html:
      '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 24px 0;"><tbody><tr>' +
      '<td class="am-code" dir="ltr" style="background-color:#f3f4f6;border:1px solid #e5e7eb;border-radius:8px;padding:12px 20px;font-family:SFMono-Regular,Menlo,Consolas,\'Courier New\',monospace;font-size:32px;font-weight:700;letter-spacing:6px;color:#111827;user-select:all;-webkit-user-select:all;">{{code}}</td>' +
      '</tr></tbody></table>',
    text: isolated('{{code}}', 'ltr', writing),
  };
}

/** The button's label is in the email's language; the URL under it reads left to right. */
const buttonHtml =
  '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0;"><tbody><tr>' +
  '<td style="border-radius:8px;background-color:#4f46e5;"><a href="{{link}}" style="display:inline-block;padding:12px 24px;color:#ffffff;font-weight:600;text-decoration:none;border-radius:8px;">{{> action}}</a></td>' +
  '</tr></tbody></table>' +
  '<p class="am-muted" style="margin:0 0 24px 0;color:#6b7280;font-size:13px;word-break:break-all;"><a href="{{link}}" dir="ltr" style="color:#4f46e5;">{{link}}</a></p>';

/** The button for `{{link}}`, labelled with the message's action. */
function button(message: BuiltinMessage, writing: Writing): Highlight {
  return {
    html: buttonHtml,
    text: `${message.action ?? ''}: ${isolated('{{link}}', 'ltr', writing)}`,
  };
}

/** The code box when the email carries `{{code}}`, else the button for `{{link}}`. */
function codeOrButton(message: BuiltinMessage, writing: Writing): Highlight {
  const code = codeBox(writing);
  const linkButton = button(message, writing);
  return {
    html: ifCode(code.html, linkButton.html),
    text: ifCode(code.text, linkButton.text),
  };
}

/** `forCode` when the variables carry a code, else `forLink`. */
export function ifCode(forCode: string, forLink: string): string {
  return `{{#if code}}${forCode}{{else}}${forLink}{{/if}}`;
}

/** How a detail's label meets its value in text, by base language; `: ` for the others. */
const labelSeparators: Record<string, string> = {
  fr: '\u00a0: ',
  ja: '：',
  zh: '：',
};

/**
 * The usage type's highlight, worded with the message's button label or
 * detail labels, laid out in the direction of the email's language.
 */
export function highlightFor(
  usageType: UsageType,
  message: BuiltinMessage,
  writing: Writing,
): Highlight {
  switch (highlightKinds[usageType]) {
    case 'code-or-link':
      return codeOrButton(message, writing);
    case 'button':
      return button(message, writing);
    case 'details':
      return detailsTable(message.details ?? {}, writing);
    case 'none':
      return { html: '', text: '' };
  }
}

/**
 * A label-value row per detail the message labels, each shown only when its
 * variable is set. The label column comes first in the reading direction,
 * with the gap on its inner side; each value keeps its own direction (see
 * {@link leftToRightDetails}) and the email's alignment. In text, every row
 * is `Label: value` on its own line; the line break before a row sits inside
 * its condition, so a missing row leaves no blank line (the first row,
 * `time`, is always set).
 */
function detailsTable(labels: DetailLabels, writing: Writing): Highlight {
  const rows = detailVariables.filter((variable) => labels[variable] !== undefined);
  const separator = labelSeparators[writing.language] ?? ': ';
  const rtl = writing.direction === 'rtl';
  const labelPadding = rtl ? '4px 0 4px 16px' : '4px 16px 4px 0';
  // A value's own direction would also set its alignment: keep the email's.
  const valueAlign = rtl ? 'right' : 'left';
  const valueDirection = (variable: DetailVariable) =>
    leftToRightDetails.has(variable) ? 'ltr' : 'auto';
  const html = rows
    .map(
      (variable) =>
        `{{#if ${variable}}}<tr><td class="am-muted" style="padding:${labelPadding};color:#6b7280;vertical-align:top;white-space:nowrap;">${labels[variable]}</td>` +
        `<td dir="${valueDirection(variable)}" style="padding:4px 0;font-weight:600;text-align:${valueAlign};">{{${variable}}}</td></tr>{{/if}}`,
    )
    .join('');
  const text = rows
    .map(
      (variable, index) =>
        `{{#if ${variable}}}${index === 0 ? '' : '\n'}${labels[variable]}${separator}${isolated(`{{${variable}}}`, valueDirection(variable), writing)}{{/if}}`,
    )
    .join('');
  return {
    html: `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 24px 0;"><tbody>${html}</tbody></table>`,
    text,
  };
}
