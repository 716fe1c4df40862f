import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/** Non-breaking space, as French typography puts before « : ». */
const nbsp = '\u00a0';
const app = '{{#if application}}{{application.name}}{{else}}votre compte{{/if}}';
/** "votre compte", followed by the application's name when there is one. */
const account = 'votre compte{{#if application}} {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'Ce code expire dans {{expiresInMinutes}} minute.',
  other: 'Ce code expire dans {{expiresInMinutes}} minutes.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'Ce lien expire dans {{expiresInMinutes}} minute.',
  other: 'Ce lien expire dans {{expiresInMinutes}} minutes.',
});
const ignore = "Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer cet e-mail.";
/** "Select the button", as the start of a sentence followed by "pour …". */
const click = 'Cliquez sur le bouton';
const resetIgnore =
  "Si vous n'avez pas demandé à réinitialiser votre mot de passe, votre compte est en sécurité et vous pouvez ignorer cet e-mail.";
const someoneChanging = `Si vous n'êtes pas à l'origine de cette demande, quelqu'un tente peut-être de modifier votre compte${nbsp}: changez votre mot de passe.`;
const notSignedIn = "Si vous n'avez pas essayé de vous connecter, changez votre mot de passe.";
const irreversible = 'La suppression de votre compte est définitive.';
const unexpectedInvitation =
  'Si vous ne vous attendiez pas à cette invitation, vous pouvez ignorer cet e-mail.';
const acceptInvitation = "Accepter l'invitation";
const ifYou = "Si vous êtes à l'origine de cette modification, vous n'avez rien à faire.";
const resetNow = 'Sinon, réinitialisez votre mot de passe sans attendre';
const someoneElse = `${ifYou} ${resetNow}${nbsp}: quelqu'un d'autre utilise peut-être votre compte.`;

/** French wording of the built-in emails. */
export const fr: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} est votre code de connexion',
    preheader: `Votre code pour vous connecter à ${app}`,
    heading: `Connexion à ${app}`,
    intro: `Saisissez ce code pour terminer la connexion${nbsp}:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Connexion à ${app}`,
      intro: `${click} pour terminer la connexion${nbsp}:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Se connecter',
    },
  },
  Register: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Confirmez votre adresse e-mail',
    heading: `Bienvenue sur ${app}`,
    intro: `Saisissez ce code pour confirmer votre adresse e-mail et créer votre compte${nbsp}:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirmez votre adresse e-mail',
      intro: `${click} pour confirmer votre adresse e-mail et créer votre compte${nbsp}:`,
      note: `${linkExpiry} ${ignore}`,
      action: "Confirmer l'adresse e-mail",
    },
  },
  ForgotPassword: {
    subject: '{{code}} est votre code de réinitialisation du mot de passe',
    preheader: `Réinitialisez votre mot de passe pour ${app}`,
    heading: 'Réinitialisez votre mot de passe',
    intro: `Saisissez ce code pour choisir un nouveau mot de passe${nbsp}:`,
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Réinitialisez votre mot de passe',
      intro: `${click} pour choisir un nouveau mot de passe${nbsp}:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Réinitialiser le mot de passe',
    },
  },
  Generic: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Votre code de vérification',
    heading: 'Votre code de vérification',
    intro: `Saisissez ce code pour continuer${nbsp}:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Votre lien de vérification',
      intro: `${click} pour continuer${nbsp}:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Continuer',
    },
  },
  OrganizationInvitation: {
    subject: 'Invitation à rejoindre {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} vous invite à rejoindre {{organization.name}}{{else}}Invitation à rejoindre {{organization.name}}{{/if}}',
    heading: 'Rejoignez {{organization.name}}',
    intro:
      "{{#if inviter.name}}{{inviter.name}}{{else}}Un membre de l'équipe{{/if}} vous invite à rejoindre {{organization.name}}.",
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} est votre code de vérification',
    preheader: "Confirmez qu'il s'agit bien de vous",
    heading: "Confirmez qu'il s'agit bien de vous",
    intro: `Saisissez ce code pour confirmer votre identité avant de continuer${nbsp}:`,
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: "Confirmez qu'il s'agit bien de vous",
      intro: `${click} pour confirmer votre identité avant de continuer${nbsp}:`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'Confirmer mon identité',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Confirmez votre nouvelle adresse e-mail',
    heading: 'Confirmez votre adresse e-mail',
    intro: `Saisissez ce code pour associer cette adresse e-mail à votre compte${nbsp}:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirmez votre nouvelle adresse e-mail',
      intro: `${click} pour associer cette adresse e-mail à votre compte${nbsp}:`,
      note: `${linkExpiry} ${ignore}`,
      action: "Confirmer l'adresse e-mail",
    },
  },
  MfaVerification: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Votre code de validation en deux étapes',
    heading: 'Validation en deux étapes',
    intro: `Saisissez ce code pour terminer votre connexion à ${app}${nbsp}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Votre lien de validation en deux étapes',
      intro: `${click} pour terminer votre connexion à ${app}${nbsp}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Poursuivre la connexion',
    },
  },
  BindMfa: {
    subject: '{{code}} est votre code de vérification',
    preheader: 'Configurez la validation en deux étapes',
    heading: 'Configurez la validation en deux étapes',
    intro: `Saisissez ce code afin d'utiliser cette adresse e-mail pour la validation en deux étapes${nbsp}:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Configurez la validation en deux étapes',
      intro: `${click} afin d'utiliser cette adresse e-mail pour la validation en deux étapes${nbsp}:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Confirmer',
    },
  },
  DeleteAccount: {
    subject: '{{code}} est votre code de suppression de compte',
    preheader: 'Confirmez la suppression de votre compte',
    heading: 'Suppression de votre compte',
    intro: `Saisissez ce code pour confirmer que vous souhaitez supprimer ${account}${nbsp}:`,
    note: `${expiry} ${irreversible} Si vous n'êtes pas à l'origine de cette demande, ne communiquez ce code à personne et changez votre mot de passe.`,
    byLink: {
      subject: 'Confirmez la suppression de votre compte',
      intro: `${click} pour confirmer que vous souhaitez supprimer ${account}${nbsp}:`,
      note: `${linkExpiry} ${irreversible} Si vous n'êtes pas à l'origine de cette demande, ne cliquez pas sur le bouton et changez votre mot de passe.`,
      action: 'Supprimer mon compte',
    },
  },
  Invite: {
    subject: 'Invitation à créer un compte{{#if application}} sur {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} vous invite à créer un compte{{else}}Invitation à créer un compte{{/if}}',
    heading: 'Vous avez reçu une invitation',
    intro:
      "{{#if inviter.name}}{{inviter.name}}{{else}}Quelqu'un{{/if}} vous invite à créer un compte{{#if application}} sur {{application.name}}{{/if}}. Acceptez l'invitation pour choisir votre méthode de connexion.",
    note: unexpectedInvitation,
    action: acceptInvitation,
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
    note: someoneElse,
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
  EmailChanged: {
    subject: 'Votre adresse e-mail a été modifiée',
    preheader: `L'adresse e-mail de ${app} a été modifiée`,
    heading: 'Votre adresse e-mail a été modifiée',
    intro: `L'adresse e-mail de ${app} a été modifiée.`,
    details: { time: 'Date et heure', oldEmail: 'Ancienne adresse', newEmail: 'Nouvelle adresse' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Votre numéro de téléphone a été modifié',
    preheader: `Le numéro de téléphone de ${app} a été modifié`,
    heading: 'Votre numéro de téléphone a été modifié',
    intro: `Le numéro de téléphone de ${app} a été modifié.`,
    details: { time: 'Date et heure', oldPhone: 'Ancien numéro', newPhone: 'Nouveau numéro' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'Une méthode de connexion a été ajoutée à votre compte',
    preheader: `Un nouveau moyen de vous connecter à ${app}`,
    heading: 'Une méthode de connexion a été ajoutée',
    intro: `Une nouvelle méthode de connexion a été associée à ${account}.`,
    details: { time: 'Date et heure', provider: 'Méthode de connexion' },
    note: `${ifYou} ${resetNow} et supprimez cette méthode de connexion.`,
  },
  IdentityUnlinked: {
    subject: 'Une méthode de connexion a été retirée de votre compte',
    preheader: `Un moyen de vous connecter à ${app} a été retiré`,
    heading: 'Une méthode de connexion a été retirée',
    intro: `Une méthode de connexion a été dissociée de ${account}.`,
    details: { time: 'Date et heure', provider: 'Méthode de connexion' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Une méthode de validation en deux étapes a été ajoutée',
    preheader: `La validation en deux étapes de ${app} a été modifiée`,
    heading: 'Une méthode de validation en deux étapes a été ajoutée',
    intro: `Une nouvelle méthode de validation en deux étapes a été ajoutée à ${account}.`,
    details: { time: 'Date et heure', factorType: 'Méthode' },
    note: `${ifYou} ${resetNow} et supprimez cette méthode.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Une méthode de validation en deux étapes a été supprimée',
    preheader: `La validation en deux étapes de ${app} a été modifiée`,
    heading: 'Une méthode de validation en deux étapes a été supprimée',
    intro: `Une méthode de validation en deux étapes a été supprimée de ${account}.`,
    details: { time: 'Date et heure', factorType: 'Méthode' },
    note: `${ifYou} ${resetNow}${nbsp}: votre compte est désormais moins bien protégé.`,
  },
};
