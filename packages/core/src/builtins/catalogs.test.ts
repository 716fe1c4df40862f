import { describe, expect, it } from 'vitest';
import { renderEmail } from '../render/render-email.js';
import { usageTypes } from '../usage-types.js';
import type { BuiltinMessage, LinkWords } from './catalog.js';
import { en } from './catalogs/en.js';
import { builtinCatalogs as catalogs } from './catalogs/index.js';
import { builtinTemplate } from './layout.js';
import { bareSamples } from './sample-variables.js';

/** English words that must not be left behind in a translation, placeholders aside. */
const leftovers: Record<string, RegExp> = {
  ko: /\b(code|enter|your|sign in|email|password)\b/i,
  ja: /\b(code|enter|your|sign in|email|password)\b/i,
  'zh-CN': /\b(code|enter|your|sign in|email|password)\b/i,
  de: /\b(your|enter|sign in|the|you|and|email|password)\b/i,
  fr: /\b(your|enter|sign in|the|you|and|email|password)\b/i,
  es: /\b(your|enter|sign in|the|you|and|email|password)\b/i,
  'pt-BR': /\b(your|enter|sign in|the|you|and|email|password)\b/i,
  ru: /\b(your|enter|sign in|the|you|and|email|password|code)\b/i,
  'uk-UA': /\b(your|enter|sign in|the|you|and|email|password|code)\b/i,
  'pl-PL': /\b(your|enter|sign in|the|you|and|email|password)\b/i,
  th: /\b(code|enter|your|sign in|email|password)\b/i,
  'zh-TW': /\b(code|enter|your|sign in|email|password)\b/i,
  'zh-HK': /\b(code|enter|your|sign in|email|password)\b/i,
  ar: /\b(code|enter|your|sign in|email|password)\b/i,
  'fa-IR': /\b(code|enter|your|sign in|email|password)\b/i,
  'tr-TR': /\b(your|enter|sign in|the|you|and|email|password|code)\b/i,
  cs: /\b(your|enter|sign in|the|you|and|email|password)\b/i,
  // "password", "account" and "link" are the usual Italian words.
  it: /\b(your|enter|sign in|the|you|and|email)\b/i,
  'pt-PT': /\b(your|enter|sign in|the|you|and|email|password)\b/i,
};

/** What the sign-in heading names when there is no application. */
const accountFallbacks: Record<string, string> = {
  en: 'your account',
  ko: '서비스',
  de: 'Ihrem Konto',
  fr: 'votre compte',
  es: 'tu cuenta',
  'pt-BR': 'sua conta',
  ja: 'アカウント',
  'zh-CN': '您的账户',
  ru: 'ваш аккаунт',
  'uk-UA': 'вашого облікового запису',
  'pl-PL': 'Twojego konta',
  th: 'บัญชีของคุณ',
  'zh-TW': '您的帳號',
  'zh-HK': '您的帳戶',
  ar: 'حسابك',
  'fa-IR': 'حساب کاربری شما',
  'tr-TR': 'Hesabınıza',
  cs: 'vašeho účtu',
  it: 'al suo account',
  'pt-PT': 'na sua conta',
};

const fields = ['subject', 'preheader', 'heading', 'intro', 'note'] as const;
const linkFields = ['subject', 'intro', 'note', 'action'] as const;

/** The usage types whose emails have a button: they need its label. */
const withButton = new Set(['OrganizationInvitation', 'Invite']);

/** The words for a link, of the usage types that carry a code or a link. */
function byLink(message: BuiltinMessage): LinkWords | undefined {
  return 'byLink' in message ? (message.byLink as LinkWords) : undefined;
}

/** The `{{…}}` tokens of a text, block helpers and `{{else}}` included. */
function tokens(text: string): string[] {
  return text.match(/\{\{[^}]*\}\}/g) ?? [];
}

/** The `{{…}}` tokens of a text that print a value: no block helpers, no `{{else}}`. */
function printedTokens(text: string): string[] {
  return tokens(text).filter((token) => !/^\{\{[#/^]|^\{\{else\}\}$/.test(token));
}

/** The variables a message prints, e.g. `{{code}}`, `{{organization.name}}`. */
function printed(message: BuiltinMessage): Set<string> {
  const link = byLink(message);
  const all = [
    ...[...fields, 'action' as const].flatMap((field) => tokens(message[field] ?? '')),
    ...linkFields.flatMap((field) => tokens(link?.[field] ?? '')),
  ];
  return new Set(all.filter((token) => printedTokens(token).length > 0));
}

/** Every word of a message, detail labels included. */
function words(message: BuiltinMessage): string[] {
  const link = byLink(message);
  return [
    ...fields.map((field) => message[field]),
    message.action ?? '',
    ...labels(message),
    ...linkFields.map((field) => link?.[field] ?? ''),
  ];
}

function labels(message: BuiltinMessage): string[] {
  return Object.values(message.details ?? {});
}

const codeVariables = { ...bareSamples.SignIn, expiresInMinutes: 10 };

describe('built-in catalogs', () => {
  for (const [languageTag, catalog] of Object.entries(catalogs)) {
    for (const usageType of usageTypes) {
      const message = catalog[usageType];
      const source = en[usageType];

      it(`${languageTag}/${usageType} has every part, as non-empty strings`, () => {
        for (const field of fields) {
          expect(typeof message[field]).toBe('string');
          expect(message[field].trim()).not.toBe('');
        }
        if (withButton.has(usageType)) {
          expect(typeof message.action).toBe('string');
          expect(message.action?.trim()).not.toBe('');
        } else {
          expect(message.action).toBeUndefined();
        }
        const link = byLink(message);
        expect(link === undefined).toBe(byLink(source) === undefined);
        for (const field of linkFields) expect(link?.[field].trim() ?? 'none').not.toBe('');
        expect(Object.keys(message.details ?? {})).toEqual(Object.keys(source.details ?? {}));
        for (const label of labels(message)) expect(label.trim()).not.toBe('');
      });

      it(`${languageTag}/${usageType} keeps the English placeholders`, () => {
        // The values the subject prints; how a language words around them (its own blocks) is its own.
        for (const token of printedTokens(source.subject)) expect(message.subject).toContain(token);
        if (source.note.includes('{{expiresInMinutes}}'))
          expect(message.note).toContain('{{expiresInMinutes}}');
        const sourceLink = byLink(source);
        for (const token of printedTokens(sourceLink?.subject ?? ''))
          expect(byLink(message)?.subject).toContain(token);
        if (sourceLink?.note.includes('{{expiresInMinutes}}'))
          expect(byLink(message)?.note).toContain('{{expiresInMinutes}}');
        expect(printed(message)).toEqual(printed(source));
        for (const label of labels(message)) expect(label).not.toContain('{{');
      });

      const leftover = leftovers[languageTag];
      if (leftover)
        it(`${languageTag}/${usageType} leaves no English words behind`, () => {
          for (const text of words(message)) {
            expect(text.replace(/\{\{[^}]*\}\}/g, ' ')).not.toMatch(leftover);
          }
        });

      it(`${languageTag}/${usageType} renders with and without the optional names`, () => {
        const template = builtinTemplate(usageType, message, languageTag);
        const base: Record<string, unknown> = { ...bareSamples[usageType], expiresInMinutes: 10 };
        const withNames = {
          application: { id: 'a', name: 'Acme' },
          inviter: { id: 'i', name: 'Ann' },
        };
        const linkInstead = { ...base, code: undefined, link: 'https://acme.test/v?t=1' };
        const variants = byLink(message) ? [base, linkInstead] : [base];
        for (const variables of variants.flatMap((one) => [one, { ...one, ...withNames }])) {
          const email = renderEmail(template, variables);
          for (const part of [email.subject, email.html, email.text]) {
            expect(part).not.toContain('{{');
            expect(part).not.toContain('undefined');
          }
          if (source.subject.includes('{{code}}') && variables.code !== undefined)
            expect(email.subject).toContain('482913');
        }
      });
    }

    it(`${languageTag} names the account when there is no application`, () => {
      const email = renderEmail(
        builtinTemplate('SignIn', catalog.SignIn, languageTag),
        codeVariables,
      );
      expect(email.text).toContain(accountFallbacks[languageTag]);
    });
  }
});
