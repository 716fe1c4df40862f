import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/** The application, or "Ihr Konto", in the dative (after "bei"). */
const appDative = '{{#if application}}{{application.name}}{{else}}Ihrem Konto{{/if}}';
/** The application, or "Ihr Konto", in the accusative (after "für"). */
const appAccusative = '{{#if application}}{{application.name}}{{else}}Ihr Konto{{/if}}';
/** "Ihr Konto", with "bei" and the application when there is one, in the accusative. */
const accountAccusative = 'Ihr Konto{{#if application}} bei {{application.name}}{{/if}}';
/** "Ihrem Konto", with "bei" and the application when there is one, in the dative. */
const accountDative = 'Ihrem Konto{{#if application}} bei {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'Der Code ist {{expiresInMinutes}} Minute lang gültig.',
  other: 'Der Code ist {{expiresInMinutes}} Minuten lang gültig.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'Der Link ist {{expiresInMinutes}} Minute lang gültig.',
  other: 'Der Link ist {{expiresInMinutes}} Minuten lang gültig.',
});
const ignore = 'Falls Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren.';
const linkIgnore =
  'Falls Sie diesen Link nicht angefordert haben, können Sie diese E-Mail ignorieren.';
/** "Select the button", as the start of a sentence followed by "um … zu …". */
const click = 'Klicken Sie auf die Schaltfläche';
const resetIgnore =
  'Falls Sie das Zurücksetzen Ihres Passworts nicht angefordert haben, ist Ihr Konto sicher und Sie können diese E-Mail ignorieren.';
const someoneChanging =
  'versucht möglicherweise jemand, Ihr Konto zu ändern. Ändern Sie bitte Ihr Passwort.';
const notSignedIn =
  'Falls Sie nicht versucht haben, sich anzumelden, ändern Sie bitte Ihr Passwort.';
const irreversible = 'Das Löschen Ihres Kontos kann nicht rückgängig gemacht werden.';
const unexpectedInvitation =
  'Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.';
const acceptInvitation = 'Einladung annehmen';
const ifYou = 'Wenn Sie das selbst waren, müssen Sie nichts weiter tun.';
const resetNow = 'Falls nicht, setzen Sie Ihr Passwort sofort zurück';
const someoneElse = `${ifYou} ${resetNow}: Möglicherweise verwendet jemand anderes Ihr Konto.`;

/** German wording of the built-in emails. */
export const de: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} ist Ihr Anmeldecode',
    preheader: `Ihr Code für die Anmeldung bei ${appDative}`,
    heading: `Bei ${appDative} anmelden`,
    intro: 'Geben Sie diesen Code ein, um die Anmeldung abzuschließen:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Bei ${appDative} anmelden`,
      intro: `${click}, um die Anmeldung abzuschließen:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Anmelden',
    },
  },
  Register: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Bestätigen Sie Ihre E-Mail-Adresse',
    heading: 'Willkommen {{#if application}}bei {{application.name}}{{else}}in Ihrem Konto{{/if}}',
    intro:
      'Geben Sie diesen Code ein, um Ihre E-Mail-Adresse zu bestätigen und Ihr Konto zu erstellen:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
      intro: `${click}, um Ihre E-Mail-Adresse zu bestätigen und Ihr Konto zu erstellen:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'E-Mail-Adresse bestätigen',
    },
  },
  ForgotPassword: {
    subject: '{{code}} ist Ihr Code zum Zurücksetzen des Passworts',
    preheader: `Passwort für ${appAccusative} zurücksetzen`,
    heading: 'Setzen Sie Ihr Passwort zurück',
    intro: 'Geben Sie diesen Code ein, um ein neues Passwort festzulegen:',
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Setzen Sie Ihr Passwort zurück',
      intro: `${click}, um ein neues Passwort festzulegen:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Passwort zurücksetzen',
    },
  },
  Generic: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Ihr Bestätigungscode',
    heading: 'Ihr Bestätigungscode',
    intro: 'Geben Sie diesen Code ein, um fortzufahren:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Ihr Bestätigungslink',
      intro: `${click}, um fortzufahren:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Weiter',
    },
  },
  OrganizationInvitation: {
    subject: 'Sie wurden zu {{organization.name}} eingeladen',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} hat Sie zu {{organization.name}} eingeladen{{else}}Sie wurden zu {{organization.name}} eingeladen{{/if}}',
    heading: '{{organization.name}} beitreten',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Ein Teammitglied{{/if}} hat Sie eingeladen, {{organization.name}} beizutreten.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Bestätigen Sie, dass Sie es sind',
    heading: 'Bestätigen Sie, dass Sie es sind',
    intro: 'Geben Sie diesen Code ein, um Ihre Identität zu bestätigen, bevor Sie fortfahren:',
    note: `${expiry} Falls Sie diesen Code nicht angefordert haben, ${someoneChanging}`,
    byLink: {
      subject: 'Bestätigen Sie, dass Sie es sind',
      intro: `${click}, um Ihre Identität zu bestätigen, bevor Sie fortfahren:`,
      note: `${linkExpiry} Falls Sie diesen Link nicht angefordert haben, ${someoneChanging}`,
      action: 'Identität bestätigen',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Bestätigen Sie Ihre neue E-Mail-Adresse',
    heading: 'Bestätigen Sie Ihre E-Mail-Adresse',
    intro: 'Geben Sie diesen Code ein, um diese E-Mail-Adresse mit Ihrem Konto zu verknüpfen:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Bestätigen Sie Ihre neue E-Mail-Adresse',
      intro: `${click}, um diese E-Mail-Adresse mit Ihrem Konto zu verknüpfen:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'E-Mail-Adresse bestätigen',
    },
  },
  MfaVerification: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Ihr Code für die Bestätigung in zwei Schritten',
    heading: 'Bestätigung in zwei Schritten',
    intro: `Geben Sie diesen Code ein, um die Anmeldung bei ${appDative} abzuschließen:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Ihr Link für die Bestätigung in zwei Schritten',
      intro: `${click}, um die Anmeldung bei ${appDative} abzuschließen:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Anmeldung fortsetzen',
    },
  },
  BindMfa: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Bestätigung in zwei Schritten einrichten',
    heading: 'Bestätigung in zwei Schritten einrichten',
    intro:
      'Geben Sie diesen Code ein, um diese E-Mail-Adresse für die Bestätigung in zwei Schritten zu verwenden:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Bestätigung in zwei Schritten einrichten',
      intro: `${click}, um diese E-Mail-Adresse für die Bestätigung in zwei Schritten zu verwenden:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Bestätigen',
    },
  },
  DeleteAccount: {
    subject: '{{code}} ist Ihr Code zum Löschen Ihres Kontos',
    preheader: 'Bestätigen Sie, dass Sie Ihr Konto löschen möchten',
    heading: 'Ihr Konto löschen',
    intro: `Geben Sie diesen Code ein, um zu bestätigen, dass Sie ${accountAccusative} löschen möchten:`,
    note: `${expiry} ${irreversible} Falls Sie das nicht angefordert haben, geben Sie diesen Code nicht weiter und ändern Sie Ihr Passwort.`,
    byLink: {
      subject: 'Bestätigen Sie, dass Sie Ihr Konto löschen möchten',
      intro: `${click}, um zu bestätigen, dass Sie ${accountAccusative} löschen möchten:`,
      note: `${linkExpiry} ${irreversible} Falls Sie das nicht angefordert haben, klicken Sie nicht auf die Schaltfläche und ändern Sie Ihr Passwort.`,
      action: 'Konto löschen',
    },
  },
  Invite: {
    subject: 'Sie wurden{{#if application}} zu {{application.name}}{{/if}} eingeladen',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} hat Sie eingeladen{{else}}Sie wurden eingeladen{{/if}}, ein Konto zu erstellen',
    heading: 'Sie wurden eingeladen',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Jemand{{/if}} hat Sie eingeladen, ein Konto{{#if application}} für {{application.name}}{{/if}} zu erstellen. Nehmen Sie die Einladung an, um festzulegen, wie Sie sich anmelden.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject:
      '{{#if application}}Willkommen bei {{application.name}}{{else}}Willkommen an Bord{{/if}}',
    preheader: 'Ihr Konto ist bereit',
    heading: 'Willkommen{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Vielen Dank für Ihre Registrierung{{#if application}} bei {{application.name}}{{/if}}. Ihr Konto ist ab sofort einsatzbereit.',
    note: 'Falls Sie dieses Konto nicht erstellt haben, können Sie diese E-Mail ignorieren.',
  },
  PasswordChanged: {
    subject: 'Ihr Passwort wurde geändert',
    preheader: `Das Passwort für ${appAccusative} wurde geändert`,
    heading: 'Ihr Passwort wurde geändert',
    intro: `Das Passwort für ${appAccusative} wurde geändert.`,
    details: { time: 'Zeitpunkt' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `Neue Anmeldung bei ${appDative}`,
    preheader: 'Anmeldung von einem unbekannten Gerät',
    heading: 'Waren Sie das?',
    intro: `Es gab eine neue Anmeldung bei ${appDative} von einem Gerät, das wir noch nicht kennen:`,
    details: { time: 'Zeitpunkt', device: 'Gerät', ip: 'IP-Adresse', location: 'Standort' },
    note: 'Wenn Sie das waren, müssen Sie nichts weiter tun. Falls nicht, ändern Sie bitte sofort Ihr Passwort.',
  },
  EmailChanged: {
    subject: 'Ihre E-Mail-Adresse wurde geändert',
    preheader: `Die E-Mail-Adresse für ${appAccusative} wurde geändert`,
    heading: 'Ihre E-Mail-Adresse wurde geändert',
    intro: `Die E-Mail-Adresse für ${appAccusative} wurde geändert.`,
    details: { time: 'Zeitpunkt', oldEmail: 'Bisherige Adresse', newEmail: 'Neue Adresse' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Ihre Telefonnummer wurde geändert',
    preheader: `Die Telefonnummer für ${appAccusative} wurde geändert`,
    heading: 'Ihre Telefonnummer wurde geändert',
    intro: `Die Telefonnummer für ${appAccusative} wurde geändert.`,
    details: { time: 'Zeitpunkt', oldPhone: 'Bisherige Nummer', newPhone: 'Neue Nummer' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'Ihrem Konto wurde eine Anmeldemethode hinzugefügt',
    preheader: `Eine neue Möglichkeit, sich bei ${appDative} anzumelden`,
    heading: 'Anmeldemethode hinzugefügt',
    intro: `${accountDative} wurde eine neue Anmeldemethode hinzugefügt.`,
    details: { time: 'Zeitpunkt', provider: 'Anmeldemethode' },
    note: `${ifYou} ${resetNow} und entfernen Sie die Anmeldemethode.`,
  },
  IdentityUnlinked: {
    subject: 'Aus Ihrem Konto wurde eine Anmeldemethode entfernt',
    preheader: `Eine Möglichkeit, sich bei ${appDative} anzumelden, wurde entfernt`,
    heading: 'Anmeldemethode entfernt',
    intro: `Aus ${accountDative} wurde eine Anmeldemethode entfernt.`,
    details: { time: 'Zeitpunkt', provider: 'Anmeldemethode' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Eine Methode für die Bestätigung in zwei Schritten wurde hinzugefügt',
    preheader: `Die Bestätigung in zwei Schritten für ${appAccusative} wurde geändert`,
    heading: 'Methode für die Bestätigung in zwei Schritten hinzugefügt',
    intro: `${accountDative} wurde eine neue Methode für die Bestätigung in zwei Schritten hinzugefügt.`,
    details: { time: 'Zeitpunkt', factorType: 'Methode' },
    note: `${ifYou} ${resetNow} und entfernen Sie die Methode.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Eine Methode für die Bestätigung in zwei Schritten wurde entfernt',
    preheader: `Die Bestätigung in zwei Schritten für ${appAccusative} wurde geändert`,
    heading: 'Methode für die Bestätigung in zwei Schritten entfernt',
    intro: `Aus ${accountDative} wurde eine Methode für die Bestätigung in zwei Schritten entfernt.`,
    details: { time: 'Zeitpunkt', factorType: 'Methode' },
    note: `${ifYou} ${resetNow}: Ihr Konto ist jetzt weniger geschützt.`,
  },
};
