import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

const app = '{{#if application}}{{application.name}}{{else}}tu cuenta{{/if}}';
/** "tu cuenta", followed by "de" and the application's name when there is one. */
const account = 'tu cuenta{{#if application}} de {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'El código expira en {{expiresInMinutes}} minuto.',
  other: 'El código expira en {{expiresInMinutes}} minutos.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'El enlace expira en {{expiresInMinutes}} minuto.',
  other: 'El enlace expira en {{expiresInMinutes}} minutos.',
});
const ignore = 'Si no lo solicitaste, puedes ignorar este correo.';
/** "Select the button", as the start of a sentence followed by "para …". */
const click = 'Haz clic en el botón';
const resetIgnore =
  'Si no solicitaste restablecer tu contraseña, tu cuenta está segura y puedes ignorar este correo.';
const someoneChanging =
  'Si no lo solicitaste, es posible que alguien esté intentando modificar tu cuenta: cambia tu contraseña.';
const notSignedIn = 'Si no intentaste iniciar sesión, cambia tu contraseña.';
const irreversible = 'La eliminación de tu cuenta no se puede deshacer.';
const unexpectedInvitation = 'Si no esperabas esta invitación, puedes ignorar este correo.';
const acceptInvitation = 'Aceptar invitación';
const ifYou = 'Si fuiste tú, no tienes que hacer nada.';
const resetNow = 'Si no, restablece tu contraseña de inmediato';
const someoneElse = `${ifYou} ${resetNow}: es posible que otra persona esté usando tu cuenta.`;

/** Spanish wording of the built-in emails, addressing the reader as "tú". */
export const es: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} es tu código de inicio de sesión',
    preheader: `Tu código para iniciar sesión en ${app}`,
    heading: `Inicia sesión en ${app}`,
    intro: 'Introduce este código para terminar de iniciar sesión:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Inicia sesión en ${app}`,
      intro: `${click} para terminar de iniciar sesión:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Iniciar sesión',
    },
  },
  Register: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Confirma tu dirección de correo electrónico',
    heading: `Te damos la bienvenida a ${app}`,
    intro:
      'Introduce este código para confirmar tu dirección de correo electrónico y crear tu cuenta:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirma tu dirección de correo electrónico',
      intro: `${click} para confirmar tu dirección de correo electrónico y crear tu cuenta:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Confirmar correo electrónico',
    },
  },
  ForgotPassword: {
    subject: '{{code}} es tu código para restablecer la contraseña',
    preheader: `Restablece la contraseña de ${app}`,
    heading: 'Restablece tu contraseña',
    intro: 'Introduce este código para elegir una nueva contraseña:',
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Restablece tu contraseña',
      intro: `${click} para elegir una nueva contraseña:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Restablecer contraseña',
    },
  },
  Generic: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Tu código de verificación',
    heading: 'Tu código de verificación',
    intro: 'Introduce este código para continuar:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Tu enlace de verificación',
      intro: `${click} para continuar:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Continuar',
    },
  },
  OrganizationInvitation: {
    subject: 'Invitación para unirte a {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} te invita a unirte a {{organization.name}}{{else}}Invitación para unirte a {{organization.name}}{{/if}}',
    heading: 'Únete a {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Un miembro del equipo{{/if}} te invita a unirte a {{organization.name}}.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Confirma que eres tú',
    heading: 'Confirma que eres tú',
    intro: 'Introduce este código para confirmar tu identidad antes de continuar:',
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: 'Confirma que eres tú',
      intro: `${click} para confirmar tu identidad antes de continuar:`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'Confirmar identidad',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Confirma tu nueva dirección de correo electrónico',
    heading: 'Confirma tu dirección de correo electrónico',
    intro: 'Introduce este código para vincular esta dirección de correo electrónico a tu cuenta:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirma tu nueva dirección de correo electrónico',
      intro: `${click} para vincular esta dirección de correo electrónico a tu cuenta:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Confirmar correo electrónico',
    },
  },
  MfaVerification: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Tu código de verificación en dos pasos',
    heading: 'Verificación en dos pasos',
    intro: `Introduce este código para terminar de iniciar sesión en ${app}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Tu enlace de verificación en dos pasos',
      intro: `${click} para terminar de iniciar sesión en ${app}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Continuar',
    },
  },
  BindMfa: {
    subject: '{{code}} es tu código de verificación',
    preheader: 'Configura la verificación en dos pasos',
    heading: 'Configura la verificación en dos pasos',
    intro:
      'Introduce este código para usar esta dirección de correo electrónico en la verificación en dos pasos:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Configura la verificación en dos pasos',
      intro: `${click} para usar esta dirección de correo electrónico en la verificación en dos pasos:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Confirmar',
    },
  },
  DeleteAccount: {
    subject: '{{code}} es tu código para eliminar tu cuenta',
    preheader: 'Confirma que quieres eliminar tu cuenta',
    heading: 'Eliminación de tu cuenta',
    intro: `Introduce este código para confirmar que quieres eliminar ${account}:`,
    note: `${expiry} ${irreversible} Si no lo solicitaste, no compartas este código con nadie y cambia tu contraseña.`,
    byLink: {
      subject: 'Confirma que quieres eliminar tu cuenta',
      intro: `${click} para confirmar que quieres eliminar ${account}:`,
      note: `${linkExpiry} ${irreversible} Si no lo solicitaste, no hagas clic en el botón y cambia tu contraseña.`,
      action: 'Eliminar mi cuenta',
    },
  },
  Invite: {
    subject: 'Invitación para crear una cuenta{{#if application}} en {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} te invita a crear una cuenta{{else}}Invitación para crear una cuenta{{/if}}',
    heading: 'Has recibido una invitación',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Alguien{{/if}} te invita a crear una cuenta{{#if application}} en {{application.name}}{{/if}}. Acepta la invitación para elegir cómo iniciar sesión.',
    note: unexpectedInvitation,
    action: acceptInvitation,
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
    note: someoneElse,
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
    note: `${ifYou} Si no, cambia tu contraseña de inmediato.`,
  },
  EmailChanged: {
    subject: 'Se cambió tu dirección de correo electrónico',
    preheader: `Se cambió la dirección de correo electrónico de ${app}`,
    heading: 'Se cambió tu dirección de correo electrónico',
    intro: `Se cambió la dirección de correo electrónico de ${app}.`,
    details: { time: 'Fecha y hora', oldEmail: 'Dirección anterior', newEmail: 'Dirección nueva' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Se cambió tu número de teléfono',
    preheader: `Se cambió el número de teléfono de ${app}`,
    heading: 'Se cambió tu número de teléfono',
    intro: `Se cambió el número de teléfono de ${app}.`,
    details: { time: 'Fecha y hora', oldPhone: 'Número anterior', newPhone: 'Número nuevo' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'Se añadió un método de inicio de sesión a tu cuenta',
    preheader: `Una nueva forma de iniciar sesión en ${app}`,
    heading: 'Se añadió un método de inicio de sesión',
    intro: `Se vinculó un nuevo método de inicio de sesión a ${account}.`,
    details: { time: 'Fecha y hora', provider: 'Método de inicio de sesión' },
    note: `${ifYou} ${resetNow} y elimina ese método de inicio de sesión.`,
  },
  IdentityUnlinked: {
    subject: 'Se eliminó un método de inicio de sesión de tu cuenta',
    preheader: `Se eliminó una forma de iniciar sesión en ${app}`,
    heading: 'Se eliminó un método de inicio de sesión',
    intro: `Se desvinculó un método de inicio de sesión de ${account}.`,
    details: { time: 'Fecha y hora', provider: 'Método de inicio de sesión' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Se añadió un método de verificación en dos pasos',
    preheader: `Se modificó la verificación en dos pasos de ${app}`,
    heading: 'Se añadió un método de verificación en dos pasos',
    intro: `Se añadió un nuevo método de verificación en dos pasos a ${account}.`,
    details: { time: 'Fecha y hora', factorType: 'Método' },
    note: `${ifYou} ${resetNow} y elimina ese método.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Se eliminó un método de verificación en dos pasos',
    preheader: `Se modificó la verificación en dos pasos de ${app}`,
    heading: 'Se eliminó un método de verificación en dos pasos',
    intro: `Se eliminó un método de verificación en dos pasos de ${account}.`,
    details: { time: 'Fecha y hora', factorType: 'Método' },
    note: `${ifYou} ${resetNow}: ahora tu cuenta está menos protegida.`,
  },
};
