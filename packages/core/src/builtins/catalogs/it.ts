import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/*
 * The application's name follows "account", as in "il suo account Google",
 * so no preposition has to agree with it. The reader is addressed with
 * "Lei" (pronouns lower-case); sentences avoid forms that would need the
 * reader's gender ("Le diamo il benvenuto" rather than "Benvenuto/a").
 */

/** "il suo account", with the application's name when there is one. */
const account = 'il suo account{{#if application}} {{application.name}}{{/if}}';
/** The same after "a": "al suo account …". */
const toAccount = 'al suo account{{#if application}} {{application.name}}{{/if}}';
/** The same after "di": "del suo account …". */
const ofAccount = 'del suo account{{#if application}} {{application.name}}{{/if}}';
/** The same after "da": "dal suo account …". */
const fromAccount = 'dal suo account{{#if application}} {{application.name}}{{/if}}';
/** "We welcome you", to the application when there is one. */
const welcome = 'Le diamo il benvenuto{{#if application}} su {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'Il codice scade tra {{expiresInMinutes}} minuto.',
  other: 'Il codice scade tra {{expiresInMinutes}} minuti.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'Il link scade tra {{expiresInMinutes}} minuto.',
  other: 'Il link scade tra {{expiresInMinutes}} minuti.',
});
const ignore = 'Se non ha richiesto questo codice, può ignorare questa e-mail.';
const linkIgnore = 'Se non ha richiesto questo link, può ignorare questa e-mail.';
/** "Select the button", as the start of a sentence followed by "per …". */
const click = 'Faccia clic sul pulsante';
const resetIgnore =
  'Se non ha chiesto di reimpostare la password, il suo account è al sicuro e può ignorare questa e-mail.';
const someoneChanging =
  'qualcuno potrebbe tentare di modificare il suo account: cambi la password.';
const notSignedIn = 'Se non ha tentato di accedere, cambi la password.';
const irreversible = "L'eliminazione dell'account è irreversibile.";
const unexpectedInvitation = 'Se non aspettava questo invito, può ignorare questa e-mail.';
const acceptInvitation = 'Accetta invito';
const confirmEmail = 'Conferma indirizzo e-mail';
const twoStepChanged = `La verifica in due passaggi ${ofAccount} è cambiata`;
const ifYou = 'Se ha effettuato lei la modifica, non deve fare nulla.';
const resetNow = 'In caso contrario, reimposti subito la password';
const someoneElse = `${ifYou} ${resetNow}: qualcun altro potrebbe usare il suo account.`;

/** Italian wording of the built-in emails, addressing the reader formally ("Lei"). */
export const it: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} è il suo codice di accesso',
    preheader: `Il codice per accedere ${toAccount}`,
    heading: `Accesso ${toAccount}`,
    intro: "Inserisca questo codice per completare l'accesso:",
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Accesso ${toAccount}`,
      intro: `${click} per completare l'accesso:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Accedi',
    },
  },
  Register: {
    subject: '{{code}} è il suo codice di verifica',
    preheader: "Confermi l'indirizzo e-mail",
    heading: welcome,
    intro: "Inserisca questo codice per confermare l'indirizzo e-mail e creare l'account:",
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: "Confermi l'indirizzo e-mail",
      intro: `${click} per confermare l'indirizzo e-mail e creare l'account:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: confirmEmail,
    },
  },
  ForgotPassword: {
    subject: '{{code}} è il suo codice per reimpostare la password',
    preheader: `Reimposti la password ${ofAccount}`,
    heading: 'Reimpostazione della password',
    intro: 'Inserisca questo codice per scegliere una nuova password:',
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Reimpostazione della password',
      intro: `${click} per scegliere una nuova password:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Reimposta password',
    },
  },
  Generic: {
    subject: '{{code}} è il suo codice di verifica',
    preheader: 'Il suo codice di verifica',
    heading: 'Il suo codice di verifica',
    intro: 'Inserisca questo codice per continuare:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Il suo link di verifica',
      intro: `${click} per continuare:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Continua',
    },
  },
  OrganizationInvitation: {
    subject: 'Invito a unirsi a {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} la invita a unirsi a {{organization.name}}{{else}}Ha ricevuto un invito a unirsi a {{organization.name}}{{/if}}',
    heading: 'Si unisca a {{organization.name}}',
    intro:
      "{{#if inviter.name}}{{inviter.name}}{{else}}Un membro dell'organizzazione{{/if}} la invita a unirsi a {{organization.name}}.",
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} è il suo codice di verifica',
    preheader: 'Confermi la sua identità',
    heading: 'Confermi la sua identità',
    intro: 'Inserisca questo codice per confermare la sua identità prima di continuare:',
    note: `${expiry} Se non ha richiesto questo codice, ${someoneChanging}`,
    byLink: {
      subject: 'Confermi la sua identità',
      intro: `${click} per confermare la sua identità prima di continuare:`,
      note: `${linkExpiry} Se non ha richiesto questo link, ${someoneChanging}`,
      action: 'Conferma identità',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} è il suo codice di verifica',
    preheader: 'Confermi il nuovo indirizzo e-mail',
    heading: "Confermi l'indirizzo e-mail",
    intro: 'Inserisca questo codice per collegare questo indirizzo e-mail al suo account:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confermi il nuovo indirizzo e-mail',
      intro: `${click} per collegare questo indirizzo e-mail al suo account:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: confirmEmail,
    },
  },
  MfaVerification: {
    subject: '{{code}} è il suo codice di verifica',
    preheader: 'Il suo codice per la verifica in due passaggi',
    heading: 'Verifica in due passaggi',
    intro: `Inserisca questo codice per completare l'accesso ${toAccount}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Il suo link per la verifica in due passaggi',
      intro: `${click} per completare l'accesso ${toAccount}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Completa accesso',
    },
  },
  BindMfa: {
    subject: '{{code}} è il suo codice di verifica',
    preheader: 'Attivi la verifica in due passaggi',
    heading: 'Attivi la verifica in due passaggi',
    intro:
      'Inserisca questo codice per usare questo indirizzo e-mail nella verifica in due passaggi:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Attivi la verifica in due passaggi',
      intro: `${click} per usare questo indirizzo e-mail nella verifica in due passaggi:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'Conferma',
    },
  },
  DeleteAccount: {
    subject: "{{code}} è il suo codice per eliminare l'account",
    preheader: "Confermi di voler eliminare l'account",
    heading: "Eliminazione dell'account",
    intro: `Inserisca questo codice per confermare di voler eliminare ${account}:`,
    note: `${expiry} ${irreversible} Se non ha richiesto l'eliminazione, non condivida questo codice con nessuno e cambi la password.`,
    byLink: {
      subject: "Confermi di voler eliminare l'account",
      intro: `${click} per confermare di voler eliminare ${account}:`,
      note: `${linkExpiry} ${irreversible} Se non ha richiesto l'eliminazione, non faccia clic sul pulsante e cambi la password.`,
      action: 'Elimina il mio account',
    },
  },
  Invite: {
    subject: 'Invito a creare un account{{#if application}} su {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} la invita a creare un account{{else}}Ha ricevuto un invito a creare un account{{/if}}',
    heading: 'Ha ricevuto un invito',
    intro:
      "{{#if inviter.name}}{{inviter.name}}{{else}}Qualcuno{{/if}} la invita a creare un account{{#if application}} su {{application.name}}{{/if}}. Accetti l'invito per scegliere come accedere.",
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: welcome,
    preheader: 'Il suo account è pronto',
    heading: 'Le diamo il benvenuto{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      "Grazie per la registrazione{{#if application}} su {{application.name}}{{/if}}. Il suo account è pronto per l'uso.",
    note: 'Se non ha creato questo account, può ignorare questa e-mail.',
  },
  PasswordChanged: {
    subject: 'La sua password è stata modificata',
    preheader: `La password ${ofAccount} è stata modificata`,
    heading: 'La sua password è stata modificata',
    intro: `La password ${ofAccount} è stata modificata.`,
    details: { time: 'Data e ora' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `Nuovo accesso ${toAccount}`,
    preheader: 'Accesso da un dispositivo non riconosciuto',
    heading: "Ha effettuato lei l'accesso?",
    intro: `È stato effettuato un nuovo accesso ${toAccount} da un dispositivo che non abbiamo mai visto prima:`,
    details: {
      time: 'Data e ora',
      device: 'Dispositivo',
      ip: 'Indirizzo IP',
      location: 'Località',
    },
    note: "Se ha effettuato lei l'accesso, non deve fare nulla. In caso contrario, cambi subito la password.",
  },
  EmailChanged: {
    subject: 'Il suo indirizzo e-mail è stato modificato',
    preheader: `L'indirizzo e-mail ${ofAccount} è stato modificato`,
    heading: 'Il suo indirizzo e-mail è stato modificato',
    intro: `L'indirizzo e-mail ${ofAccount} è stato modificato.`,
    details: { time: 'Data e ora', oldEmail: 'Indirizzo precedente', newEmail: 'Nuovo indirizzo' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Il suo numero di telefono è stato modificato',
    preheader: `Il numero di telefono ${ofAccount} è stato modificato`,
    heading: 'Il suo numero di telefono è stato modificato',
    intro: `Il numero di telefono ${ofAccount} è stato modificato.`,
    details: { time: 'Data e ora', oldPhone: 'Numero precedente', newPhone: 'Nuovo numero' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'Al suo account è stato aggiunto un metodo di accesso',
    preheader: `Un nuovo modo per accedere ${toAccount}`,
    heading: 'Metodo di accesso aggiunto',
    intro: `Un nuovo metodo di accesso è stato collegato ${toAccount}.`,
    details: { time: 'Data e ora', provider: 'Metodo di accesso' },
    note: `${ifYou} ${resetNow} e rimuova il metodo di accesso.`,
  },
  IdentityUnlinked: {
    subject: 'Dal suo account è stato rimosso un metodo di accesso',
    preheader: `È stato rimosso un modo per accedere ${toAccount}`,
    heading: 'Metodo di accesso rimosso',
    intro: `Un metodo di accesso è stato scollegato ${fromAccount}.`,
    details: { time: 'Data e ora', provider: 'Metodo di accesso' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'È stato aggiunto un metodo di verifica in due passaggi',
    preheader: twoStepChanged,
    heading: 'Metodo di verifica in due passaggi aggiunto',
    intro: `Un nuovo metodo di verifica in due passaggi è stato aggiunto ${toAccount}.`,
    details: { time: 'Data e ora', factorType: 'Metodo' },
    note: `${ifYou} ${resetNow} e rimuova il metodo.`,
  },
  MfaFactorUnenrolled: {
    subject: 'È stato rimosso un metodo di verifica in due passaggi',
    preheader: twoStepChanged,
    heading: 'Metodo di verifica in due passaggi rimosso',
    intro: `Un metodo di verifica in due passaggi è stato rimosso ${fromAccount}.`,
    details: { time: 'Data e ora', factorType: 'Metodo' },
    note: `${ifYou} ${resetNow}: ora il suo account è meno protetto.`,
  },
};
