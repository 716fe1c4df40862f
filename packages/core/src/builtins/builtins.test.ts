import { describe, expect, it } from 'vitest';
import { renderEmail } from '../render/render-email.js';
import { codeOrLinkUsageTypes, usageTypes } from '../usage-types.js';
import { formatTime } from './format-time.js';
import {
  builtinDefaults,
  builtinLanguages,
  builtinTemplateFor,
  builtinVariables,
} from './index.js';
import { directionOf } from './layout.js';
import { fullSamples, linkSamples, shownLink, shownValues } from './sample-variables.js';

const samples = { code: fullSamples.SignIn, link: fullSamples.OrganizationInvitation };

describe('built-in templates', () => {
  it("cover the twenty languages of Logto's sign-in experience", () => {
    expect([...builtinLanguages].sort()).toEqual([
      'ar',
      'cs',
      'de',
      'en',
      'es',
      'fa-IR',
      'fr',
      'it',
      'ja',
      'ko',
      'pl-PL',
      'pt-BR',
      'pt-PT',
      'ru',
      'th',
      'tr-TR',
      'uk-UA',
      'zh-CN',
      'zh-HK',
      'zh-TW',
    ]);
  });

  for (const languageTag of builtinLanguages) {
    for (const usageType of usageTypes) {
      it(`${languageTag}/${usageType} renders completely, validates and stays small`, async () => {
        const template = builtinTemplateFor(languageTag, usageType);
        if (!template) throw new Error(`no built-in ${languageTag}/${usageType}`);
        const email = renderEmail(template, builtinVariables(languageTag, fullSamples[usageType]));
        for (const part of [email.subject, email.html, email.text])
          expect(part).not.toContain('{{');
        expect(email.html).toContain(
          `<html lang="${languageTag}" dir="${directionOf(languageTag)}">`,
        );
        for (const value of shownValues[usageType]) expect(email.text).toContain(value);
        const { time } = fullSamples[usageType] as { time?: string };
        // In the language's own calendar and digits: Buddhist Era in Thai, Solar Hijri in Persian.
        if (time) expect(email.text).toContain(formatTime(time, languageTag) ?? time);
        expect(email.subject.length).toBeGreaterThan(0);
        // HTML validity: languages-html.test.ts, every language × usage type × code or link.
        expect(Buffer.byteLength(email.html ?? '')).toBeLessThan(20 * 1024);
      });
    }
  }

  for (const languageTag of builtinLanguages) {
    for (const usageType of codeOrLinkUsageTypes) {
      it(`${languageTag}/${usageType} with a link shows a button instead of the code box`, async () => {
        const template = builtinTemplateFor(languageTag, usageType) ?? fail();
        const withLink = renderEmail(
          template,
          builtinVariables(languageTag, linkSamples[usageType]),
        );
        const withCode = renderEmail(
          template,
          builtinVariables(languageTag, fullSamples[usageType]),
        );
        for (const part of [withLink.subject, withLink.html, withLink.text])
          expect(part).not.toContain('{{');
        expect(withLink.html).not.toContain('class="am-code"');
        expect(withLink.html).toContain(
          '<a href="https://acme.test/verify?token&#x3D;pkce_1&amp;type&#x3D;signup"',
        );
        expect(withLink.text).toContain(shownLink);
        expect(withLink.subject).not.toBe(withCode.subject);
        expect(withLink.text).not.toContain('482913');
        expect(withCode.html).not.toContain('acme.test/verify');
      });
    }
  }

  it('words a link as a link: subject, button label and expiry', () => {
    const email = renderEmail(
      builtinTemplateFor('en', 'ForgotPassword') ?? fail(),
      builtinVariables('en', { ...linkSamples.ForgotPassword, expiresInMinutes: 60 }),
    );
    expect(email.subject).toBe('Reset your password');
    expect(email.text).toBe(
      `Reset your password\n\nSelect the button to choose a new password:\n\nReset password: ${shownLink}\n\nThe link expires in 60 minutes. If you didn't ask to reset your password, your account is safe and you can ignore this email.\n`,
    );
  });

  it('shows the code big, the invitation as a button with the URL also in text', () => {
    const signIn = renderEmail(builtinTemplateFor('en', 'SignIn') ?? fail(), {
      ...builtinDefaults,
      ...samples.code,
    });
    expect(signIn.html).toMatch(/font-size:32px[^>]*>482913</);
    const invite = renderEmail(
      builtinTemplateFor('en', 'OrganizationInvitation') ?? fail(),
      samples.link,
    );
    expect(invite.html).toContain('<a href="https://acme.test/invite?t&#x3D;1&amp;x&#x3D;2"');
    expect(invite.text).toContain('Accept invitation: https://acme.test/invite?t=1&x=2');
    expect(invite.text).toContain('Ann Lee invited you to join Acme Research');
  });

  it('brands with the logo or name when given and reads well without them', () => {
    const withLogo = renderEmail(builtinTemplateFor('en', 'SignIn') ?? fail(), {
      ...builtinDefaults,
      ...samples.code,
    });
    expect(withLogo.html).toContain('<img src="https://cdn.acme.test/logo.png" alt="Acme Notes"');
    const bare = renderEmail(builtinTemplateFor('en', 'Generic') ?? fail(), {
      ...builtinDefaults,
      code: '1',
    });
    expect(bare.html).not.toContain('<img');
    expect(bare.text).toBe(
      "Your verification code\n\nEnter this code to continue:\n\n1\n\nThe code expires in 10 minutes. If you didn't ask for it, you can ignore this email.\n",
    );
  });

  it('says the lifetime in the plural form of the language', () => {
    const note = (languageTag: string, expiresInMinutes: number) =>
      renderEmail(
        builtinTemplateFor(languageTag, 'SignIn') ?? fail(),
        builtinVariables(languageTag, { ...samples.code, expiresInMinutes }),
      ).text;
    expect(note('en', 1)).toContain('The code expires in 1 minute.');
    expect(note('en', 5)).toContain('The code expires in 5 minutes.');
    expect(note('de', 1)).toContain('Der Code ist 1 Minute lang gültig.');
    expect(note('fr', 1)).toContain('Ce code expire dans 1 minute.');
  });

  for (const languageTag of builtinLanguages) {
    it(`${languageTag} says every lifetime, in whatever plural form the number takes`, () => {
      for (const usageType of codeOrLinkUsageTypes) {
        const template = builtinTemplateFor(languageTag, usageType) ?? fail();
        for (const expiresInMinutes of [1, 2, 3, 5, 11, 21, 22, 25, 101, 102, 1440, 10_080]) {
          for (const sample of [fullSamples[usageType], linkSamples[usageType]]) {
            const { text } = renderEmail(
              template,
              builtinVariables(languageTag, { ...sample, expiresInMinutes }),
            );
            expect(text).toContain(new Intl.NumberFormat(languageTag).format(expiresInMinutes));
          }
        }
      }
    });
  }

  it('takes the code lifetime from the variables', () => {
    const email = renderEmail(builtinTemplateFor('de', 'SignIn') ?? fail(), {
      ...builtinDefaults,
      ...samples.code,
      expiresInMinutes: 15,
    });
    expect(email.text).toContain('15');
    expect(email.text).not.toContain(' 10 ');
    const persian = renderEmail(builtinTemplateFor('fa-IR', 'SignIn') ?? fail(), {
      ...builtinVariables('fa-IR', { ...samples.code, expiresInMinutes: 15 }),
    });
    expect(persian.text).toContain('۱۵');
    expect(persian.text).toContain('482913');
  });

  it('hides the preheader and keeps it out of the text part', () => {
    const email = renderEmail(builtinTemplateFor('en', 'SignIn') ?? fail(), {
      ...builtinDefaults,
      ...samples.code,
    });
    expect(email.html).toMatch(
      /<div style="display:none;[^"]*"[^>]*>Your code to sign in to Acme Notes<\/div>/,
    );
    expect(email.text).not.toContain('Your code to sign in');
  });

  it('lists what happened, each detail only when it is given', () => {
    const render = (variables: Record<string, unknown>) =>
      renderEmail(
        builtinTemplateFor('de', 'NewDeviceSignIn') ?? fail(),
        builtinVariables('de', variables),
      );
    const full = render(fullSamples.NewDeviceSignIn);
    expect(full.html).toMatch(/>Gerät<\/td><td [^>]*>Firefox on Windows<\/td>/);
    expect(full.text).toContain(
      'Zeitpunkt: 22. November 2026 um 14:05 UTC\nGerät: Firefox on Windows\nIP-Adresse: 203.0.113.7\nStandort: Berlin, Germany\n\nWenn Sie das waren',
    );
    const bare = render({ user: { id: 'u' }, time: '2026-11-22T14:05:00Z', ip: null });
    expect(bare.html).not.toContain('>Gerät</td>');
    expect(bare.html).not.toContain('>IP-Adresse</td>');
    expect(bare.text).toBe(
      'Waren Sie das?\n\nEs gab eine neue Anmeldung bei Ihrem Konto von einem Gerät, das wir noch nicht kennen:\n\nZeitpunkt: 22. November 2026 um 14:05 UTC\n\nWenn Sie das waren, müssen Sie nichts weiter tun. Falls nicht, ändern Sie bitte sofort Ihr Passwort.\n',
    );
  });

  it("writes the time in the template's language, in UTC, with the language's punctuation", () => {
    const text = (languageTag: string) =>
      renderEmail(
        builtinTemplateFor(languageTag, 'PasswordChanged') ?? fail(),
        builtinVariables(languageTag, { user: { id: 'u' }, time: '2026-11-23T01:05:00+09:00' }),
      ).text;
    expect(text('ja')).toContain('日時：2026年11月22日 16:05 UTC');
    expect(text('fr')).toContain('Date et heure\u00a0: 22 novembre 2026 à 16:05 UTC');
    expect(builtinVariables('en', { time: 'soon' }).time).toBe('soon');
  });

  it('welcomes without a code or a button', () => {
    const welcome = renderEmail(
      builtinTemplateFor('en', 'Welcome') ?? fail(),
      builtinVariables('en', fullSamples.Welcome),
    );
    expect(welcome.subject).toBe('Welcome to Acme Notes');
    expect(welcome.html).not.toContain('class="am-code"');
    expect(welcome.html).not.toContain('<a ');
    expect(welcome.text).toBe(
      "Welcome, Ann\n\nThanks for signing up for Acme Notes. Your account is ready to use.\n\nIf you didn't create this account, you can ignore this email.\n",
    );
  });

  it('sets dir="rtl" for right-to-left languages', () => {
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
  });
});

function fail(): never {
  throw new Error('missing built-in');
}
