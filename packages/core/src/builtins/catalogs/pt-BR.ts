import type { BuiltinCatalog } from '../catalog.js';

const app = '{{#if application}}{{application.name}}{{else}}sua conta{{/if}}';
/** "de {{application.name}}" or "da sua conta", after "a senha". */
const ofApp = '{{#if application}}de {{application.name}}{{else}}da sua conta{{/if}}';
const expiry = 'O código expira em {{expiresInMinutes}} minutos.';
const ignore = 'Se você não solicitou este código, pode ignorar este e-mail.';

/** Brazilian Portuguese wording of the built-in emails. */
export const ptBR: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} é seu código de acesso',
    preheader: `Seu código para acessar ${app}`,
    heading: `Acesse ${app}`,
    intro: 'Digite este código para concluir o acesso:',
    note: `${expiry} ${ignore}`,
  },
  Register: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Confirme seu endereço de e-mail',
    heading: `Boas-vindas a ${app}`,
    intro: 'Digite este código para confirmar seu endereço de e-mail e criar sua conta:',
    note: `${expiry} ${ignore}`,
  },
  ForgotPassword: {
    subject: '{{code}} é seu código para redefinir a senha',
    preheader: `Redefina a senha ${ofApp}`,
    heading: 'Redefina sua senha',
    intro: 'Digite este código para escolher uma nova senha:',
    note: `${expiry} Se você não pediu para redefinir sua senha, sua conta está segura e você pode ignorar este e-mail.`,
  },
  Generic: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Seu código de verificação',
    heading: 'Seu código de verificação',
    intro: 'Digite este código para continuar:',
    note: `${expiry} ${ignore}`,
  },
  OrganizationInvitation: {
    subject: 'Convite para participar de {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} convidou você para participar de {{organization.name}}{{else}}Convite para participar de {{organization.name}}{{/if}}',
    heading: 'Participe de {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Um membro da equipe{{/if}} convidou você para participar de {{organization.name}}.',
    note: 'Se você não esperava este convite, pode ignorar este e-mail.',
    action: 'Aceitar convite',
  },
  UserPermissionValidation: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Confirme que é você',
    heading: 'Confirme que é você',
    intro: 'Digite este código para confirmar sua identidade antes de continuar:',
    note: `${expiry} Se você não solicitou este código, alguém pode estar tentando modificar sua conta: troque sua senha.`,
  },
  BindNewIdentifier: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Confirme seu novo endereço de e-mail',
    heading: 'Confirme seu endereço de e-mail',
    intro: 'Digite este código para vincular este endereço de e-mail à sua conta:',
    note: `${expiry} ${ignore}`,
  },
  MfaVerification: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Seu código de verificação em duas etapas',
    heading: 'Verificação em duas etapas',
    intro: `Digite este código para concluir o acesso a ${app}:`,
    note: `${expiry} Se você não tentou acessar sua conta, troque sua senha.`,
  },
  BindMfa: {
    subject: '{{code}} é seu código de verificação',
    preheader: 'Configure a verificação em duas etapas',
    heading: 'Configure a verificação em duas etapas',
    intro: 'Digite este código para usar este endereço de e-mail na verificação em duas etapas:',
    note: `${expiry} ${ignore}`,
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
    note: 'Se foi você, não é preciso fazer nada. Se não foi, redefina sua senha imediatamente: outra pessoa pode estar usando sua conta.',
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
    note: 'Se foi você, não é preciso fazer nada. Se não foi, troque sua senha imediatamente.',
  },
};
