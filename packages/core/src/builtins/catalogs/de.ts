import type { BuiltinCatalog } from '../catalog.js';

/** The application, or "Ihr Konto", in the dative (after "bei"). */
const appDative = '{{#if application}}{{application.name}}{{else}}Ihrem Konto{{/if}}';
/** The application, or "Ihr Konto", in the accusative (after "für"). */
const appAccusative = '{{#if application}}{{application.name}}{{else}}Ihr Konto{{/if}}';
const expiry = 'Der Code ist {{expiresInMinutes}} Minuten lang gültig.';
const ignore = 'Falls Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren.';

/** German wording of the built-in emails. */
export const de: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} ist Ihr Anmeldecode',
    preheader: `Ihr Code für die Anmeldung bei ${appDative}`,
    heading: `Bei ${appDative} anmelden`,
    intro: 'Geben Sie diesen Code ein, um die Anmeldung abzuschließen:',
    note: `${expiry} ${ignore}`,
  },
  Register: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Bestätigen Sie Ihre E-Mail-Adresse',
    heading: 'Willkommen {{#if application}}bei {{application.name}}{{else}}in Ihrem Konto{{/if}}',
    intro:
      'Geben Sie diesen Code ein, um Ihre E-Mail-Adresse zu bestätigen und Ihr Konto zu erstellen:',
    note: `${expiry} ${ignore}`,
  },
  ForgotPassword: {
    subject: '{{code}} ist Ihr Code zum Zurücksetzen des Passworts',
    preheader: `Passwort für ${appAccusative} zurücksetzen`,
    heading: 'Setzen Sie Ihr Passwort zurück',
    intro: 'Geben Sie diesen Code ein, um ein neues Passwort festzulegen:',
    note: `${expiry} Falls Sie das Zurücksetzen Ihres Passworts nicht angefordert haben, ist Ihr Konto sicher und Sie können diese E-Mail ignorieren.`,
  },
  Generic: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Ihr Bestätigungscode',
    heading: 'Ihr Bestätigungscode',
    intro: 'Geben Sie diesen Code ein, um fortzufahren:',
    note: `${expiry} ${ignore}`,
  },
  OrganizationInvitation: {
    subject: 'Sie wurden zu {{organization.name}} eingeladen',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} hat Sie zu {{organization.name}} eingeladen{{else}}Sie wurden zu {{organization.name}} eingeladen{{/if}}',
    heading: '{{organization.name}} beitreten',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Ein Teammitglied{{/if}} hat Sie eingeladen, {{organization.name}} beizutreten.',
    note: 'Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
    action: 'Einladung annehmen',
  },
  UserPermissionValidation: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Bestätigen Sie, dass Sie es sind',
    heading: 'Bestätigen Sie, dass Sie es sind',
    intro: 'Geben Sie diesen Code ein, um Ihre Identität zu bestätigen, bevor Sie fortfahren:',
    note: `${expiry} Falls Sie diesen Code nicht angefordert haben, versucht möglicherweise jemand, Ihr Konto zu ändern. Ändern Sie bitte Ihr Passwort.`,
  },
  BindNewIdentifier: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Bestätigen Sie Ihre neue E-Mail-Adresse',
    heading: 'Bestätigen Sie Ihre E-Mail-Adresse',
    intro: 'Geben Sie diesen Code ein, um diese E-Mail-Adresse mit Ihrem Konto zu verknüpfen:',
    note: `${expiry} ${ignore}`,
  },
  MfaVerification: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Ihr Code für die Bestätigung in zwei Schritten',
    heading: 'Bestätigung in zwei Schritten',
    intro: `Geben Sie diesen Code ein, um die Anmeldung bei ${appDative} abzuschließen:`,
    note: `${expiry} Falls Sie nicht versucht haben, sich anzumelden, ändern Sie bitte Ihr Passwort.`,
  },
  BindMfa: {
    subject: '{{code}} ist Ihr Bestätigungscode',
    preheader: 'Bestätigung in zwei Schritten einrichten',
    heading: 'Bestätigung in zwei Schritten einrichten',
    intro:
      'Geben Sie diesen Code ein, um diese E-Mail-Adresse für die Bestätigung in zwei Schritten zu verwenden:',
    note: `${expiry} ${ignore}`,
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
    note: 'Wenn Sie das selbst waren, müssen Sie nichts weiter tun. Falls nicht, setzen Sie Ihr Passwort sofort zurück: Möglicherweise verwendet jemand anderes Ihr Konto.',
  },
  NewDeviceSignIn: {
    subject: `Neue Anmeldung bei ${appDative}`,
    preheader: 'Anmeldung von einem unbekannten Gerät',
    heading: 'Waren Sie das?',
    intro: `Es gab eine neue Anmeldung bei ${appDative} von einem Gerät, das wir noch nicht kennen:`,
    details: { time: 'Zeitpunkt', device: 'Gerät', ip: 'IP-Adresse', location: 'Standort' },
    note: 'Wenn Sie das waren, müssen Sie nichts weiter tun. Falls nicht, ändern Sie bitte sofort Ihr Passwort.',
  },
};
