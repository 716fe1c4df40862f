import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/*
 * The application's name stays in the nominative: it follows "aplikace",
 * which takes the case ("do aplikace Acme", "v aplikaci Acme"). Sentences
 * avoid past participles that would need the reader's gender
 * ("pochází od vás" rather than "jste nežádal/a").
 */

/** "do aplikace …" or "do vašeho účtu" (genitive, after "přihlášení"). */
const intoApp = '{{#if application}}do aplikace {{application.name}}{{else}}do vašeho účtu{{/if}}';
/** "vašeho účtu", with "v aplikaci …" when there is one (genitive). */
const accountGenitive = 'vašeho účtu{{#if application}} v aplikaci {{application.name}}{{/if}}';
/** "vašemu účtu", with "v aplikaci …" when there is one (dative, after "k"). */
const accountDative = 'vašemu účtu{{#if application}} v aplikaci {{application.name}}{{/if}}';
/** "Welcome to the application", or plain "Welcome". */
const welcome = 'Vítejte{{#if application}} v aplikaci {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'Kód platí {{expiresInMinutes}} minutu.',
  few: 'Kód platí {{expiresInMinutes}} minuty.',
  many: 'Kód platí {{expiresInMinutes}} minuty.',
  other: 'Kód platí {{expiresInMinutes}} minut.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'Odkaz platí {{expiresInMinutes}} minutu.',
  few: 'Odkaz platí {{expiresInMinutes}} minuty.',
  many: 'Odkaz platí {{expiresInMinutes}} minuty.',
  other: 'Odkaz platí {{expiresInMinutes}} minut.',
});
const notFromYou = 'Pokud tento požadavek nepochází od vás';
const ignore = `${notFromYou}, můžete tento e-mail ignorovat.`;
const someoneChanging = `${notFromYou}, možná se někdo pokouší změnit váš účet: změňte si heslo.`;
const notSignedIn = 'Pokud tento pokus o přihlášení nepochází od vás, změňte si heslo.';
const resetIgnore =
  'Pokud žádost o obnovení hesla nepochází od vás, váš účet je v bezpečí a tento e-mail můžete ignorovat.';
const irreversible = 'Smazání účtu nelze vrátit zpět.';
const unexpectedInvitation = 'Pokud tuto pozvánku neočekáváte, můžete tento e-mail ignorovat.';
const acceptInvitation = 'Přijmout pozvánku';
const confirmEmail = 'Potvrdit e-mailovou adresu';
const twoStepChanged = `Změna dvoufázového ověření ${accountGenitive}`;
const ifYou = 'Pokud změna pochází od vás, nemusíte nic dělat.';
const resetNow = 'Pokud ne, ihned si obnovte heslo';
const someoneElse = `${ifYou} ${resetNow}: váš účet možná používá někdo jiný.`;

/** "To <goal>, enter this code:". */
function enterCode(goal: string): string {
  return `Chcete-li ${goal}, zadejte tento kód:`;
}

/** "To <goal>, select the button:". */
function selectButton(goal: string): string {
  return `Chcete-li ${goal}, klikněte na tlačítko:`;
}

/** Czech wording of the built-in emails, addressing the reader formally ("vy"). */
export const cs: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} je váš přihlašovací kód',
    preheader: `Váš kód pro přihlášení ${intoApp}`,
    heading: `Přihlášení ${intoApp}`,
    intro: enterCode('dokončit přihlášení'),
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Přihlášení ${intoApp}`,
      intro: selectButton('dokončit přihlášení'),
      note: `${linkExpiry} ${ignore}`,
      action: 'Přihlásit se',
    },
  },
  Register: {
    subject: '{{code}} je váš ověřovací kód',
    preheader: 'Potvrďte svou e-mailovou adresu',
    heading: welcome,
    intro: enterCode('potvrdit svou e-mailovou adresu a vytvořit účet'),
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Potvrďte svou e-mailovou adresu',
      intro: selectButton('potvrdit svou e-mailovou adresu a vytvořit účet'),
      note: `${linkExpiry} ${ignore}`,
      action: confirmEmail,
    },
  },
  ForgotPassword: {
    subject: '{{code}} je váš kód pro obnovení hesla',
    preheader: `Obnovení hesla ${accountGenitive}`,
    heading: 'Obnovte si heslo',
    intro: enterCode('nastavit nové heslo'),
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Obnovte si heslo',
      intro: selectButton('nastavit nové heslo'),
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Obnovit heslo',
    },
  },
  Generic: {
    subject: '{{code}} je váš ověřovací kód',
    preheader: 'Váš ověřovací kód',
    heading: 'Váš ověřovací kód',
    intro: enterCode('pokračovat'),
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Váš ověřovací odkaz',
      intro: selectButton('pokračovat'),
      note: `${linkExpiry} ${ignore}`,
      action: 'Pokračovat',
    },
  },
  OrganizationInvitation: {
    subject: 'Pozvánka do organizace {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} vás zve do organizace {{organization.name}}{{else}}Máte pozvánku do organizace {{organization.name}}{{/if}}',
    heading: 'Připojte se k organizaci {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Někdo z týmu{{/if}} vás zve do organizace {{organization.name}}.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} je váš ověřovací kód',
    preheader: 'Potvrďte, že jste to vy',
    heading: 'Potvrďte, že jste to vy',
    intro: 'Než budete pokračovat, potvrďte svou totožnost zadáním tohoto kódu:',
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: 'Potvrďte, že jste to vy',
      intro: 'Než budete pokračovat, potvrďte svou totožnost kliknutím na tlačítko:',
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'Potvrdit totožnost',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} je váš ověřovací kód',
    preheader: 'Potvrďte svou novou e-mailovou adresu',
    heading: 'Potvrďte svou e-mailovou adresu',
    intro: enterCode('propojit tuto e-mailovou adresu se svým účtem'),
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Potvrďte svou novou e-mailovou adresu',
      intro: selectButton('propojit tuto e-mailovou adresu se svým účtem'),
      note: `${linkExpiry} ${ignore}`,
      action: confirmEmail,
    },
  },
  MfaVerification: {
    subject: '{{code}} je váš ověřovací kód',
    preheader: 'Váš kód pro dvoufázové ověření',
    heading: 'Dvoufázové ověření',
    intro: enterCode(`dokončit přihlášení ${intoApp}`),
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Váš odkaz pro dvoufázové ověření',
      intro: selectButton(`dokončit přihlášení ${intoApp}`),
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Pokračovat v přihlášení',
    },
  },
  BindMfa: {
    subject: '{{code}} je váš ověřovací kód',
    preheader: 'Nastavte si dvoufázové ověření',
    heading: 'Nastavte si dvoufázové ověření',
    intro: enterCode('používat tuto e-mailovou adresu pro dvoufázové ověření'),
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Nastavte si dvoufázové ověření',
      intro: selectButton('používat tuto e-mailovou adresu pro dvoufázové ověření'),
      note: `${linkExpiry} ${ignore}`,
      action: 'Potvrdit',
    },
  },
  DeleteAccount: {
    subject: '{{code}} je váš kód pro smazání účtu',
    preheader: 'Potvrďte, že chcete smazat svůj účet',
    heading: 'Smazání účtu',
    intro:
      'Zadejte tento kód a potvrďte, že chcete smazat svůj účet{{#if application}} v aplikaci {{application.name}}{{/if}}:',
    note: `${expiry} ${irreversible} ${notFromYou}, tento kód nikomu nesdělujte a změňte si heslo.`,
    byLink: {
      subject: 'Potvrďte, že chcete smazat svůj účet',
      intro:
        'Klikněte na tlačítko a potvrďte, že chcete smazat svůj účet{{#if application}} v aplikaci {{application.name}}{{/if}}:',
      note: `${linkExpiry} ${irreversible} ${notFromYou}, na tlačítko neklikejte a změňte si heslo.`,
      action: 'Smazat můj účet',
    },
  },
  Invite: {
    subject: 'Máte pozvánku{{#if application}} do aplikace {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} vás zve k vytvoření účtu{{else}}Máte pozvánku k vytvoření účtu{{/if}}',
    heading: 'Máte pozvánku',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Někdo{{/if}} vás zve k vytvoření účtu{{#if application}} v aplikaci {{application.name}}{{/if}}. Přijměte pozvánku a zvolte si, jak se budete přihlašovat.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: welcome,
    preheader: 'Váš účet je připraven',
    heading: 'Vítejte{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Děkujeme za registraci{{#if application}} v aplikaci {{application.name}}{{/if}}. Váš účet je připraven k použití.',
    note: 'Pokud registrace nepochází od vás, můžete tento e-mail ignorovat.',
  },
  PasswordChanged: {
    subject: 'Vaše heslo bylo změněno',
    preheader: `Heslo ${accountGenitive} bylo změněno`,
    heading: 'Vaše heslo bylo změněno',
    intro: `Heslo ${accountGenitive} bylo změněno.`,
    details: { time: 'Čas' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `Nové přihlášení ${intoApp}`,
    preheader: 'Přihlášení z neznámého zařízení',
    heading: 'Poznáváte toto přihlášení?',
    intro: `Zaznamenali jsme nové přihlášení ${intoApp} ze zařízení, které jsme dosud neviděli:`,
    details: { time: 'Čas', device: 'Zařízení', ip: 'IP adresa', location: 'Místo' },
    note: 'Pokud přihlášení pochází od vás, nemusíte nic dělat. Pokud ne, ihned si změňte heslo.',
  },
  EmailChanged: {
    subject: 'Vaše e-mailová adresa byla změněna',
    preheader: `E-mailová adresa ${accountGenitive} byla změněna`,
    heading: 'Vaše e-mailová adresa byla změněna',
    intro: `E-mailová adresa ${accountGenitive} byla změněna.`,
    details: { time: 'Čas', oldEmail: 'Předchozí adresa', newEmail: 'Nová adresa' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Vaše telefonní číslo bylo změněno',
    preheader: `Telefonní číslo ${accountGenitive} bylo změněno`,
    heading: 'Vaše telefonní číslo bylo změněno',
    intro: `Telefonní číslo ${accountGenitive} bylo změněno.`,
    details: { time: 'Čas', oldPhone: 'Předchozí číslo', newPhone: 'Nové číslo' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'K vašemu účtu byl přidán způsob přihlášení',
    preheader: `Nový způsob přihlášení ${intoApp}`,
    heading: 'Byl přidán způsob přihlášení',
    intro: `K ${accountDative} byl připojen nový způsob přihlášení.`,
    details: { time: 'Čas', provider: 'Způsob přihlášení' },
    note: `${ifYou} ${resetNow} a tento způsob přihlášení odeberte.`,
  },
  IdentityUnlinked: {
    subject: 'Z vašeho účtu byl odebrán způsob přihlášení',
    preheader: `Jeden ze způsobů přihlášení ${intoApp} byl odebrán`,
    heading: 'Byl odebrán způsob přihlášení',
    intro: `Z ${accountGenitive} byl odpojen jeden ze způsobů přihlášení.`,
    details: { time: 'Čas', provider: 'Způsob přihlášení' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Byla přidána metoda dvoufázového ověření',
    preheader: twoStepChanged,
    heading: 'Byla přidána metoda dvoufázového ověření',
    intro: `K ${accountDative} byla přidána nová metoda dvoufázového ověření.`,
    details: { time: 'Čas', factorType: 'Metoda' },
    note: `${ifYou} ${resetNow} a tuto metodu odeberte.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Byla odebrána metoda dvoufázového ověření',
    preheader: twoStepChanged,
    heading: 'Byla odebrána metoda dvoufázového ověření',
    intro: `Z ${accountGenitive} byla odebrána metoda dvoufázového ověření.`,
    details: { time: 'Čas', factorType: 'Metoda' },
    note: `${ifYou} ${resetNow}: váš účet je teď méně chráněn.`,
  },
};
