import type { BuiltinCatalog } from '../catalog.js';

/** Non-breaking space, as French typography puts before « : ». */
const nbsp = '\u00a0';
const app = '{{#if application}}{{application.name}}{{else}}votre compte{{/if}}';
const expiry = 'Ce code expire dans {{expiresInMinutes}} minutes.';
const ignore = "Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer cet e-mail.";

/** French wording of the built-in emails. */
export const fr: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} est votre code de connexion',
    preheader: `Votre code pour vous connecter à ${app}`,
    heading: `Connexion à ${app}`,
    intro: `Saisissez ce code pour terminer la connexion${nbsp}:`,
    note: `${expiry} ${ignore}`,
  },
  Register: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Confirmez votre adresse e-mail',
    heading: `Bienvenue sur ${app}`,
    intro: `Saisissez ce code pour confirmer votre adresse e-mail et créer votre compte${nbsp}:`,
    note: `${expiry} ${ignore}`,
  },
  ForgotPassword: {
    subject: '{{code}} est votre code de réinitialisation du mot de passe',
    preheader: `Réinitialisez votre mot de passe pour ${app}`,
    heading: 'Réinitialisez votre mot de passe',
    intro: `Saisissez ce code pour choisir un nouveau mot de passe${nbsp}:`,
    note: `${expiry} Si vous n'avez pas demandé à réinitialiser votre mot de passe, votre compte est en sécurité et vous pouvez ignorer cet e-mail.`,
  },
  Generic: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Votre code de vérification',
    heading: 'Votre code de vérification',
    intro: `Saisissez ce code pour continuer${nbsp}:`,
    note: `${expiry} ${ignore}`,
  },
  OrganizationInvitation: {
    subject: 'Invitation à rejoindre {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} vous invite à rejoindre {{organization.name}}{{else}}Invitation à rejoindre {{organization.name}}{{/if}}',
    heading: 'Rejoignez {{organization.name}}',
    intro:
      "{{#if inviter.name}}{{inviter.name}}{{else}}Un membre de l'équipe{{/if}} vous invite à rejoindre {{organization.name}}.",
    note: 'Si vous ne vous attendiez pas à cette invitation, vous pouvez ignorer cet e-mail.',
    action: "Accepter l'invitation",
  },
  UserPermissionValidation: {
    subject: '{{code}} est votre code de vérification',
    preheader: "Confirmez qu'il s'agit bien de vous",
    heading: "Confirmez qu'il s'agit bien de vous",
    intro: `Saisissez ce code pour confirmer votre identité avant de continuer${nbsp}:`,
    note: `${expiry} Si vous n'êtes pas à l'origine de cette demande, quelqu'un tente peut-être de modifier votre compte${nbsp}: changez votre mot de passe.`,
  },
  BindNewIdentifier: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Confirmez votre nouvelle adresse e-mail',
    heading: 'Confirmez votre adresse e-mail',
    intro: `Saisissez ce code pour associer cette adresse e-mail à votre compte${nbsp}:`,
    note: `${expiry} ${ignore}`,
  },
  MfaVerification: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Votre code de validation en deux étapes',
    heading: 'Validation en deux étapes',
    intro: `Saisissez ce code pour terminer votre connexion à ${app}${nbsp}:`,
    note: `${expiry} Si vous n'avez pas essayé de vous connecter, changez votre mot de passe.`,
  },
  BindMfa: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Configurez la validation en deux étapes',
    heading: 'Configurez la validation en deux étapes',
    intro: `Saisissez ce code afin d'utiliser cette adresse e-mail pour la validation en deux étapes${nbsp}:`,
    note: `${expiry} ${ignore}`,
  },
  Welcome: {
    subject:
      '{{#if application}}Bienvenue sur {{application.name}}{{else}}Bienvenue parmi nous{{/if}}',
    preheader: 'Votre compte est prêt',
    heading: 'Bienvenue{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Merci de votre inscription{{#if application}} à {{application.name}}{{/if}}. Votre compte est prêt à être utilisé.',
    note: "Si vous n'avez pas créé ce compte, vous pouvez ignorer cet e-mail.",
  },
  PasswordChanged: {
    subject: 'Votre mot de passe a été modifié',
    preheader: `Le mot de passe de ${app} a été modifié`,
    heading: 'Votre mot de passe a été modifié',
    intro: `Le mot de passe de ${app} a été modifié.`,
    details: { time: 'Date et heure' },
    note: `Si vous êtes à l'origine de cette modification, vous n'avez rien à faire. Sinon, réinitialisez votre mot de passe sans attendre${nbsp}: quelqu'un d'autre utilise peut-être votre compte.`,
  },
  NewDeviceSignIn: {
    subject: `Nouvelle connexion à ${app}`,
    preheader: 'Connexion depuis un appareil inconnu',
    heading: `Est-ce bien vous${nbsp}?`,
    intro: `Une nouvelle connexion à ${app} a eu lieu depuis un appareil que nous ne connaissons pas${nbsp}:`,
    details: {
      time: 'Date et heure',
      device: 'Appareil',
      ip: 'Adresse IP',
      location: 'Lieu',
    },
    note: "Si c'était vous, vous n'avez rien à faire. Sinon, changez votre mot de passe sans attendre.",
  },
};
