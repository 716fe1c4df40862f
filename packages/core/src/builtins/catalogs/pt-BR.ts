import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

const app = '{{#if application}}{{application.name}}{{else}}sua conta{{/if}}';
/** "de {{application.name}}" or "da sua conta", after "a senha". */
const ofApp = '{{#if application}}de {{application.name}}{{else}}da sua conta{{/if}}';
/** "sua conta", followed by "de" and the application's name when there is one. */
const account = 'sua conta{{#if application}} de {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'O código expira em {{expiresInMinutes}} minuto.',
  other: 'O código expira em {{expiresInMinutes}} minutos.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'O link expira em {{expiresInMinutes}} minuto.',
  other: 'O link expira em {{expiresInMinutes}} minutos.',
});
const ignore = 'Se você não solicitou este código, pode ignorar este e-mail.';
const linkIgnore = 'Se você não solicitou este link, pode ignorar este e-mail.';
/** "Select the button", as the start of a sentence followed by "para …". */
const click = 'Clique no botão';
const resetIgnore =
  'Se você não pediu para redefinir sua senha, sua conta está segura e você pode ignorar este e-mail.';
const someoneChanging = 'alguém pode estar tentando modificar sua conta: troque sua senha.';
const notSignedIn = 'Se você não tentou acessar sua conta, troque sua senha.';
const irreversible = 'A exclusão da conta não pode ser desfeita.';
const unexpectedInvitation = 'Se você não esperava este convite, pode ignorar este e-mail.';
const acceptInvitation = 'Aceitar convite';
const ifYou = 'Se foi você, não é preciso fazer nada.';
const resetNow = 'Se não foi, redefina sua senha imediatamente';
const someoneElse = `${ifYou} ${resetNow}: outra pessoa pode estar usando sua conta.`;

/** Brazilian Portuguese wording of the built-in emails. */
export const ptBR: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} é seu código de acesso',
    preheader: `Seu código para acessar ${app}`,
    heading: `Acesse ${app}`,
    intro: 'Digite este código para concluir o acesso:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Acesse ${app}`,
      intro: `${click} para concluir o acesso:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Acessar',
    },
  },
  Register: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Confirme seu endereço de e-mail',
    heading: `Boas-vindas a ${app}`,
    intro: 'Digite este código para confirmar seu endereço de e-mail e criar sua conta:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirme seu endereço de e-mail',
      intro: `${click} para confirmar seu endereço de e-mail e criar sua conta:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Confirmar e-mail',
    },
  },
  ForgotPassword: {
    subject: '{{code}} é seu código para redefinir a senha',
    preheader: `Redefina a senha ${ofApp}`,
    heading: 'Redefina sua senha',
    intro: 'Digite este código para escolher uma nova senha:',
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Redefina sua senha',
      intro: `${click} para escolher uma nova senha:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Redefinir senha',
    },
  },
  Generic: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Seu código de verificação',
    heading: 'Seu código de verificação',
    intro: 'Digite este código para continuar:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Seu link de verificação',
      intro: `${click} para continuar:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Continuar',
    },
  },
  OrganizationInvitation: {
    subject: 'Convite para participar de {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} convidou você para participar de {{organization.name}}{{else}}Convite para participar de {{organization.name}}{{/if}}',
    heading: 'Participe de {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Um membro da equipe{{/if}} convidou você para participar de {{organization.name}}.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Confirme que é você',
    heading: 'Confirme que é você',
    intro: 'Digite este código para confirmar sua identidade antes de continuar:',
    note: `${expiry} Se você não solicitou este código, ${someoneChanging}`,
    byLink: {
      subject: 'Confirme que é você',
      intro: `${click} para confirmar sua identidade antes de continuar:`,
      note: `${linkExpiry} Se você não solicitou este link, ${someoneChanging}`,
      action: 'Confirmar identidade',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Confirme seu novo endereço de e-mail',
    heading: 'Confirme seu endereço de e-mail',
    intro: 'Digite este código para vincular este endereço de e-mail à sua conta:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirme seu novo endereço de e-mail',
      intro: `${click} para vincular este endereço de e-mail à sua conta:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Confirmar e-mail',
    },
  },
  MfaVerification: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Seu código de verificação em duas etapas',
    heading: 'Verificação em duas etapas',
    intro: `Digite este código para concluir o acesso a ${app}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Seu link de verificação em duas etapas',
      intro: `${click} para concluir o acesso a ${app}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Concluir acesso',
    },
  },
  BindMfa: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Configure a verificação em duas etapas',
    heading: 'Configure a verificação em duas etapas',
    intro: 'Digite este código para usar este endereço de e-mail na verificação em duas etapas:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Configure a verificação em duas etapas',
      intro: `${click} para usar este endereço de e-mail na verificação em duas etapas:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Confirmar',
    },
  },
  DeleteAccount: {
    subject: '{{code}} é seu código para excluir sua conta',
    preheader: 'Confirme que você deseja excluir sua conta',
    heading: 'Excluir sua conta',
    intro: `Digite este código para confirmar que você deseja excluir ${account}:`,
    note: `${expiry} ${irreversible} Se você não solicitou este código, não o compartilhe com ninguém e troque sua senha.`,
    byLink: {
      subject: 'Confirme que você deseja excluir sua conta',
      intro: `${click} para confirmar que você deseja excluir ${account}:`,
      note: `${linkExpiry} ${irreversible} Se você não solicitou este link, não clique no botão e troque sua senha.`,
      action: 'Excluir minha conta',
    },
  },
  Invite: {
    subject: 'Convite para criar uma conta{{#if application}} em {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} convidou você para criar uma conta{{else}}Convite para criar uma conta{{/if}}',
    heading: 'Você recebeu um convite',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Alguém{{/if}} convidou você para criar uma conta{{#if application}} em {{application.name}}{{/if}}. Aceite o convite para escolher como você vai acessar sua conta.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: '{{#if application}}Boas-vindas a {{application.name}}{{else}}Boas-vindas{{/if}}',
    preheader: 'Sua conta está pronta',
    heading: 'Boas-vindas{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Obrigado por se cadastrar{{#if application}} em {{application.name}}{{/if}}. Sua conta já está pronta para uso.',
    note: 'Se você não criou esta conta, pode ignorar este e-mail.',
  },
  PasswordChanged: {
    subject: 'Sua senha foi alterada',
    preheader: `A senha ${ofApp} foi alterada`,
    heading: 'Sua senha foi alterada',
    intro: `A senha ${ofApp} foi alterada.`,
    details: { time: 'Data e hora' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `Novo acesso a ${app}`,
    preheader: 'Acesso de um dispositivo desconhecido',
    heading: 'Foi você?',
    intro: `Houve um novo acesso a ${app} de um dispositivo que não reconhecemos:`,
    details: {
      time: 'Data e hora',
      device: 'Dispositivo',
      ip: 'Endereço IP',
      location: 'Local',
    },
    note: `${ifYou} Se não foi, troque sua senha imediatamente.`,
  },
  EmailChanged: {
    subject: 'Seu endereço de e-mail foi alterado',
    preheader: `O endereço de e-mail ${ofApp} foi alterado`,
    heading: 'Seu endereço de e-mail foi alterado',
    intro: `O endereço de e-mail ${ofApp} foi alterado.`,
    details: { time: 'Data e hora', oldEmail: 'Endereço anterior', newEmail: 'Novo endereço' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Seu número de telefone foi alterado',
    preheader: `O número de telefone ${ofApp} foi alterado`,
    heading: 'Seu número de telefone foi alterado',
    intro: `O número de telefone ${ofApp} foi alterado.`,
    details: { time: 'Data e hora', oldPhone: 'Número anterior', newPhone: 'Novo número' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'Um método de acesso foi adicionado à sua conta',
    preheader: `Uma nova forma de acessar ${app}`,
    heading: 'Um método de acesso foi adicionado',
    intro: `Um novo método de acesso foi vinculado à ${account}.`,
    details: { time: 'Data e hora', provider: 'Método de acesso' },
    note: `${ifYou} ${resetNow} e remova esse método de acesso.`,
  },
  IdentityUnlinked: {
    subject: 'Um método de acesso foi removido da sua conta',
    preheader: `Uma forma de acessar ${app} foi removida`,
    heading: 'Um método de acesso foi removido',
    intro: `Um método de acesso foi desvinculado da ${account}.`,
    details: { time: 'Data e hora', provider: 'Método de acesso' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Um método de verificação em duas etapas foi adicionado',
    preheader: `A verificação em duas etapas ${ofApp} foi alterada`,
    heading: 'Um método de verificação em duas etapas foi adicionado',
    intro: `Um novo método de verificação em duas etapas foi adicionado à ${account}.`,
    details: { time: 'Data e hora', factorType: 'Método' },
    note: `${ifYou} ${resetNow} e remova esse método.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Um método de verificação em duas etapas foi removido',
    preheader: `A verificação em duas etapas ${ofApp} foi alterada`,
    heading: 'Um método de verificação em duas etapas foi removido',
    intro: `Um método de verificação em duas etapas foi removido da ${account}.`,
    details: { time: 'Data e hora', factorType: 'Método' },
    note: `${ifYou} ${resetNow}: agora sua conta está menos protegida.`,
  },
};
