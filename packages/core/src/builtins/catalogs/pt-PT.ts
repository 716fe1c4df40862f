import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/*
 * European Portuguese: "iniciar sessão", "palavra-passe", "introduza",
 * "ligação", "estar a …", possessives with the article ("a sua conta"), and
 * the reader addressed in the third person without "você". The application's
 * name follows "conta", as in "a sua conta Google", so no contraction has to
 * agree with it.
 */

/** "a sua conta", with the application's name when there is one. */
const account = 'a sua conta{{#if application}} {{application.name}}{{/if}}';
/** The same after "em": "na sua conta …". */
const inAccount = 'na sua conta{{#if application}} {{application.name}}{{/if}}';
/** The same after "a": "à sua conta …". */
const toAccount = 'à sua conta{{#if application}} {{application.name}}{{/if}}';
/** The same after "de": "da sua conta …". */
const ofAccount = 'da sua conta{{#if application}} {{application.name}}{{/if}}';
/** "We welcome you", to the application when there is one. */
const welcome = 'Damos-lhe as boas-vindas{{#if application}} a {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'O código é válido durante {{expiresInMinutes}} minuto.',
  other: 'O código é válido durante {{expiresInMinutes}} minutos.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'A ligação é válida durante {{expiresInMinutes}} minuto.',
  other: 'A ligação é válida durante {{expiresInMinutes}} minutos.',
});
const ignore = 'Se não pediu este código, pode ignorar este e-mail.';
const linkIgnore = 'Se não pediu esta ligação, pode ignorar este e-mail.';
/** "Select the button", as the start of a sentence followed by "para …". */
const click = 'Clique no botão';
const resetIgnore =
  'Se não pediu para repor a palavra-passe, a sua conta está segura e pode ignorar este e-mail.';
const someoneChanging =
  'alguém pode estar a tentar alterar a sua conta: altere a sua palavra-passe.';
const notSignedIn = 'Se não tentou iniciar sessão, altere a sua palavra-passe.';
const irreversible = 'A eliminação da conta não pode ser anulada.';
const unexpectedInvitation = 'Se não estava à espera deste convite, pode ignorar este e-mail.';
const acceptInvitation = 'Aceitar convite';
const confirmEmail = 'Confirmar endereço de e-mail';
const twoStepChanged = `A verificação em dois passos ${ofAccount} foi alterada`;
const ifYou = 'Se fez esta alteração, não precisa de fazer nada.';
const resetNow = 'Caso contrário, reponha imediatamente a palavra-passe';
const someoneElse = `${ifYou} ${resetNow}: outra pessoa pode estar a utilizar a sua conta.`;

/** European Portuguese wording of the built-in emails. */
export const ptPT: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} é o seu código de início de sessão',
    preheader: `O seu código para iniciar sessão ${inAccount}`,
    heading: `Iniciar sessão ${inAccount}`,
    intro: 'Introduza este código para concluir o início de sessão:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Iniciar sessão ${inAccount}`,
      intro: `${click} para concluir o início de sessão:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Iniciar sessão',
    },
  },
  Register: {
    subject: '{{code}} é o seu código de verificação',
    preheader: 'Confirme o seu endereço de e-mail',
    heading: welcome,
    intro: 'Introduza este código para confirmar o seu endereço de e-mail e criar a sua conta:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirme o seu endereço de e-mail',
      intro: `${click} para confirmar o seu endereço de e-mail e criar a sua conta:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: confirmEmail,
    },
  },
  ForgotPassword: {
    subject: '{{code}} é o seu código para repor a palavra-passe',
    preheader: `Reponha a palavra-passe ${ofAccount}`,
    heading: 'Reponha a sua palavra-passe',
    intro: 'Introduza este código para escolher uma nova palavra-passe:',
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Reponha a sua palavra-passe',
      intro: `${click} para escolher uma nova palavra-passe:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Repor palavra-passe',
    },
  },
  Generic: {
    subject: '{{code}} é o seu código de verificação',
    preheader: 'O seu código de verificação',
    heading: 'O seu código de verificação',
    intro: 'Introduza este código para continuar:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'A sua ligação de verificação',
      intro: `${click} para continuar:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Continuar',
    },
  },
  OrganizationInvitation: {
    subject: 'Convite para se juntar a {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} enviou-lhe um convite para se juntar a {{organization.name}}{{else}}Convite para se juntar a {{organization.name}}{{/if}}',
    heading: 'Junte-se a {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Um membro da equipa{{/if}} enviou-lhe um convite para se juntar a {{organization.name}}.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} é o seu código de verificação',
    preheader: 'Confirme a sua identidade',
    heading: 'Confirme a sua identidade',
    intro: 'Introduza este código para confirmar a sua identidade antes de continuar:',
    note: `${expiry} Se não pediu este código, ${someoneChanging}`,
    byLink: {
      subject: 'Confirme a sua identidade',
      intro: `${click} para confirmar a sua identidade antes de continuar:`,
      note: `${linkExpiry} Se não pediu esta ligação, ${someoneChanging}`,
      action: 'Confirmar identidade',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} é o seu código de verificação',
    preheader: 'Confirme o seu novo endereço de e-mail',
    heading: 'Confirme o seu endereço de e-mail',
    intro: 'Introduza este código para associar este endereço de e-mail à sua conta:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirme o seu novo endereço de e-mail',
      intro: `${click} para associar este endereço de e-mail à sua conta:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: confirmEmail,
    },
  },
  MfaVerification: {
    subject: '{{code}} é o seu código de verificação',
    preheader: 'O seu código de verificação em dois passos',
    heading: 'Verificação em dois passos',
    intro: `Introduza este código para concluir o início de sessão ${inAccount}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'A sua ligação de verificação em dois passos',
      intro: `${click} para concluir o início de sessão ${inAccount}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Continuar início de sessão',
    },
  },
  BindMfa: {
    subject: '{{code}} é o seu código de verificação',
    preheader: 'Configure a verificação em dois passos',
    heading: 'Configure a verificação em dois passos',
    intro:
      'Introduza este código para utilizar este endereço de e-mail na verificação em dois passos:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Configure a verificação em dois passos',
      intro: `${click} para utilizar este endereço de e-mail na verificação em dois passos:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Confirmar',
    },
  },
  DeleteAccount: {
    subject: '{{code}} é o seu código para eliminar a sua conta',
    preheader: 'Confirme que pretende eliminar a sua conta',
    heading: 'Eliminar a sua conta',
    intro: `Introduza este código para confirmar que pretende eliminar ${account}:`,
    note: `${expiry} ${irreversible} Se não pediu a eliminação, não partilhe este código com ninguém e altere a sua palavra-passe.`,
    byLink: {
      subject: 'Confirme que pretende eliminar a sua conta',
      intro: `${click} para confirmar que pretende eliminar ${account}:`,
      note: `${linkExpiry} ${irreversible} Se não pediu a eliminação, não clique no botão e altere a sua palavra-passe.`,
      action: 'Eliminar a minha conta',
    },
  },
  Invite: {
    subject: 'Convite para criar uma conta{{#if application}} em {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} enviou-lhe um convite para criar uma conta{{else}}Convite para criar uma conta{{/if}}',
    heading: 'Recebeu um convite',
    intro:
      '{{#if inviter.name}}{{inviter.name}} enviou-lhe{{else}}Alguém lhe enviou{{/if}} um convite para criar uma conta{{#if application}} em {{application.name}}{{/if}}. Aceite o convite para escolher como pretende iniciar sessão.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: welcome,
    preheader: 'A sua conta está pronta',
    heading: 'Damos-lhe as boas-vindas{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Obrigado por se registar{{#if application}} em {{application.name}}{{/if}}. A sua conta está pronta a utilizar.',
    note: 'Se não criou esta conta, pode ignorar este e-mail.',
  },
  PasswordChanged: {
    subject: 'A sua palavra-passe foi alterada',
    preheader: `A palavra-passe ${ofAccount} foi alterada`,
    heading: 'A sua palavra-passe foi alterada',
    intro: `A palavra-passe ${ofAccount} foi alterada.`,
    details: { time: 'Data e hora' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `Novo início de sessão ${inAccount}`,
    preheader: 'Início de sessão a partir de um dispositivo desconhecido',
    heading: 'Reconhece este início de sessão?',
    intro: `Foi iniciada uma nova sessão ${inAccount} a partir de um dispositivo que não reconhecemos:`,
    details: {
      time: 'Data e hora',
      device: 'Dispositivo',
      ip: 'Endereço IP',
      location: 'Localização',
    },
    note: 'Se reconhece este início de sessão, não precisa de fazer nada. Caso contrário, altere imediatamente a sua palavra-passe.',
  },
  EmailChanged: {
    subject: 'O seu endereço de e-mail foi alterado',
    preheader: `O endereço de e-mail ${ofAccount} foi alterado`,
    heading: 'O seu endereço de e-mail foi alterado',
    intro: `O endereço de e-mail ${ofAccount} foi alterado.`,
    details: { time: 'Data e hora', oldEmail: 'Endereço anterior', newEmail: 'Novo endereço' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'O seu número de telefone foi alterado',
    preheader: `O número de telefone ${ofAccount} foi alterado`,
    heading: 'O seu número de telefone foi alterado',
    intro: `O número de telefone ${ofAccount} foi alterado.`,
    details: { time: 'Data e hora', oldPhone: 'Número anterior', newPhone: 'Novo número' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'Foi adicionado um método de início de sessão à sua conta',
    preheader: `Uma nova forma de iniciar sessão ${inAccount}`,
    heading: 'Foi adicionado um método de início de sessão',
    intro: `Foi associado um novo método de início de sessão ${toAccount}.`,
    details: { time: 'Data e hora', provider: 'Método de início de sessão' },
    note: `${ifYou} ${resetNow} e remova o método de início de sessão.`,
  },
  IdentityUnlinked: {
    subject: 'Foi removido um método de início de sessão da sua conta',
    preheader: `Foi removida uma forma de iniciar sessão ${inAccount}`,
    heading: 'Foi removido um método de início de sessão',
    intro: `Foi desassociado um método de início de sessão ${ofAccount}.`,
    details: { time: 'Data e hora', provider: 'Método de início de sessão' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Foi adicionado um método de verificação em dois passos',
    preheader: twoStepChanged,
    heading: 'Foi adicionado um método de verificação em dois passos',
    intro: `Foi adicionado um novo método de verificação em dois passos ${toAccount}.`,
    details: { time: 'Data e hora', factorType: 'Método' },
    note: `${ifYou} ${resetNow} e remova o método.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Foi removido um método de verificação em dois passos',
    preheader: twoStepChanged,
    heading: 'Foi removido um método de verificação em dois passos',
    intro: `Foi removido um método de verificação em dois passos ${ofAccount}.`,
    details: { time: 'Data e hora', factorType: 'Método' },
    note: `${ifYou} ${resetNow}: a sua conta está agora menos protegida.`,
  },
};
