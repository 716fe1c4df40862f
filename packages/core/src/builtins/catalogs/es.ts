import type { BuiltinCatalog } from '../catalog.js';

const app = '{{#if application}}{{application.name}}{{else}}tu cuenta{{/if}}';
const expiry = 'El código expira en {{expiresInMinutes}} minutos.';
const ignore = 'Si no lo solicitaste, puedes ignorar este correo.';

/** Spanish wording of the built-in emails. */
export const es: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} es tu código de inicio de sesión',
    preheader: `Tu código para iniciar sesión en ${app}`,
    heading: `Inicia sesión en ${app}`,
    intro: 'Introduce este código para terminar de iniciar sesión:',
    note: `${expiry} ${ignore}`,
  },
  Register: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Confirma tu dirección de correo electrónico',
    heading: `Te damos la bienvenida a ${app}`,
    intro:
      'Introduce este código para confirmar tu dirección de correo electrónico y crear tu cuenta:',
    note: `${expiry} ${ignore}`,
  },
  ForgotPassword: {
    subject: '{{code}} es tu código para restablecer la contraseña',
    preheader: `Restablece la contraseña de ${app}`,
    heading: 'Restablece tu contraseña',
    intro: 'Introduce este código para elegir una nueva contraseña:',
    note: `${expiry} Si no solicitaste restablecer tu contraseña, tu cuenta está segura y puedes ignorar este correo.`,
  },
  Generic: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Tu código de verificación',
    heading: 'Tu código de verificación',
    intro: 'Introduce este código para continuar:',
    note: `${expiry} ${ignore}`,
  },
  OrganizationInvitation: {
    subject: 'Invitación para unirte a {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} te invita a unirte a {{organization.name}}{{else}}Invitación para unirte a {{organization.name}}{{/if}}',
    heading: 'Únete a {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Un miembro del equipo{{/if}} te invita a unirte a {{organization.name}}.',
    note: 'Si no esperabas esta invitación, puedes ignorar este correo.',
    action: 'Aceptar invitación',
  },
  UserPermissionValidation: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Confirma que eres tú',
    heading: 'Confirma que eres tú',
    intro: 'Introduce este código para confirmar tu identidad antes de continuar:',
    note: `${expiry} Si no lo solicitaste, es posible que alguien esté intentando modificar tu cuenta: cambia tu contraseña.`,
  },
  BindNewIdentifier: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Confirma tu nueva dirección de correo electrónico',
    heading: 'Confirma tu dirección de correo electrónico',
    intro: 'Introduce este código para vincular esta dirección de correo electrónico a tu cuenta:',
    note: `${expiry} ${ignore}`,
  },
  MfaVerification: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Tu código de verificación en dos pasos',
    heading: 'Verificación en dos pasos',
    intro: `Introduce este código para terminar de iniciar sesión en ${app}:`,
    note: `${expiry} Si no intentaste iniciar sesión, cambia tu contraseña.`,
  },
  BindMfa: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Configura la verificación en dos pasos',
    heading: 'Configura la verificación en dos pasos',
    intro:
      'Introduce este código para usar esta dirección de correo electrónico en la verificación en dos pasos:',
    note: `${expiry} ${ignore}`,
  },
  Welcome: {
    subject:
      '{{#if application}}Te damos la bienvenida a {{application.name}}{{else}}Te damos la bienvenida{{/if}}',
    preheader: 'Tu cuenta está lista',
    heading: 'Te damos la bienvenida{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Gracias por registrarte{{#if application}} en {{application.name}}{{/if}}. Tu cuenta ya está lista para usarse.',
    note: 'Si no creaste esta cuenta, puedes ignorar este correo.',
  },
  PasswordChanged: {
    subject: 'Se cambió tu contraseña',
    preheader: `Se cambió la contraseña de ${app}`,
    heading: 'Se cambió tu contraseña',
    intro: `Se cambió la contraseña de ${app}.`,
    details: { time: 'Fecha y hora' },
    note: 'Si fuiste tú, no tienes que hacer nada. Si no, restablece tu contraseña de inmediato: es posible que otra persona esté usando tu cuenta.',
  },
  NewDeviceSignIn: {
    subject: `Nuevo inicio de sesión en ${app}`,
    preheader: 'Inicio de sesión desde un dispositivo desconocido',
    heading: '¿Fuiste tú?',
    intro: `Se inició sesión en ${app} desde un dispositivo que no habíamos visto antes:`,
    details: {
      time: 'Fecha y hora',
      device: 'Dispositivo',
      ip: 'Dirección IP',
      location: 'Ubicación',
    },
    note: 'Si fuiste tú, no tienes que hacer nada. Si no, cambia tu contraseña de inmediato.',
  },
};
