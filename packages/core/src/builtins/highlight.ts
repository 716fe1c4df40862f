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

/** A highlight as an HTML partial and as plain text. */
export interface Highlight {
  html: string;
  text: string;
}

const codeBox: Highlight = {
  html:
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 24px 0;"><tbody><tr>' +
    '<td class="am-code" style="background-color:#f3f4f6;border:1px solid #e5e7eb;border-radius:8px;padding:12px 20px;font-family:SFMono-Regular,Menlo,Consolas,\'Courier New\',monospace;font-size:32px;font-weight:700;letter-spacing:6px;color:#111827;user-select:all;-webkit-user-select:all;">{{code}}</td>' +
    '</tr></tbody></table>',
  text: '{{code}}',
};

const buttonHtml =
  '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0;"><tbody><tr>' +
  '<td style="border-radius:8px;background-color:#4f46e5;"><a href="{{link}}" style="display:inline-block;padding:12px 24px;color:#ffffff;font-weight:600;text-decoration:none;border-radius:8px;">{{> action}}</a></td>' +
  '</tr></tbody></table>' +
  '<p class="am-muted" style="margin:0 0 24px 0;color:#6b7280;font-size:13px;word-break:break-all;"><a href="{{link}}" style="color:#4f46e5;">{{link}}</a></p>';

/** The button for `{{link}}`, labelled with the message's action. */
function button(message: BuiltinMessage): Highlight {
  return { html: buttonHtml, text: `${message.action ?? ''}: {{link}}` };
}

/** The code box when the email carries `{{code}}`, else the button for `{{link}}`. */
function codeOrButton(message: BuiltinMessage): Highlight {
  const linkButton = button(message);
  return {
    html: ifCode(codeBox.html, linkButton.html),
    text: ifCode(codeBox.text, linkButton.text),
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
 * detail labels; `language` is the base language (`pt`, not `pt-BR`).
 */
export function highlightFor(
  usageType: UsageType,
  message: BuiltinMessage,
  language: string,
): Highlight {
  switch (highlightKinds[usageType]) {
    case 'code-or-link':
      return codeOrButton(message);
    case 'button':
      return button(message);
    case 'details':
      return detailsTable(message.details ?? {}, labelSeparators[language] ?? ': ');
    case 'none':
      return { html: '', text: '' };
  }
}

/**
 * A label-value row per detail the message labels, each shown only when its
 * variable is set. In text, every row is `Label: value` on its own line; the
 * line break before a row sits inside its condition, so a missing row leaves
 * no blank line (the first row, `time`, is always set).
 */
function detailsTable(labels: DetailLabels, separator: string): Highlight {
  const rows = detailVariables.filter((variable) => labels[variable] !== undefined);
  const html = rows
    .map(
      (variable) =>
        `{{#if ${variable}}}<tr><td class="am-muted" style="padding:4px 16px 4px 0;color:#6b7280;vertical-align:top;white-space:nowrap;">${labels[variable]}</td>` +
        `<td style="padding:4px 0;font-weight:600;">{{${variable}}}</td></tr>{{/if}}`,
    )
    .join('');
  const text = rows
    .map(
      (variable, index) =>
        `{{#if ${variable}}}${index === 0 ? '' : '\n'}${labels[variable]}${separator}{{${variable}}}{{/if}}`,
    )
    .join('');
  return {
    html: `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 24px 0;"><tbody>${html}</tbody></table>`,
    text,
  };
}
