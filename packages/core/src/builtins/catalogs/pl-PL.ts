import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/**
 * The application, or "Twoje konto", in the genitive (after "do"). The name
 * itself stays in the nominative after "aplikacji", so names in any script
 * read correctly.
 */
const appGenitive = '{{#if application}}aplikacji {{application.name}}{{else}}Twojego konta{{/if}}';
/** "Twojego konta" (genitive), with "w aplikacji" and the name when there is one. */
const accountGenitive = 'Twojego konta{{#if application}} w aplikacji {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'Kod jest ważny przez {{expiresInMinutes}} minutę.',
  few: 'Kod jest ważny przez {{expiresInMinutes}} minuty.',
  many: 'Kod jest ważny przez {{expiresInMinutes}} minut.',
  other: 'Kod jest ważny przez {{expiresInMinutes}} minuty.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'Link jest ważny przez {{expiresInMinutes}} minutę.',
  few: 'Link jest ważny przez {{expiresInMinutes}} minuty.',
  many: 'Link jest ważny przez {{expiresInMinutes}} minut.',
  other: 'Link jest ważny przez {{expiresInMinutes}} minuty.',
});
/** "If you didn't ask for it", without the gendered past tense ("prosiłeś/prosiłaś"). */
const notFromYou = 'Jeśli ta prośba nie pochodzi od Ciebie';
const ignore = `${notFromYou}, po prostu zignoruj tę wiadomość.`;
/** "Select the button", as the start of a sentence followed by ", aby …". */
const click = 'Kliknij przycisk';
const enterCode = 'Wprowadź ten kod';
const resetIgnore =
  'Jeśli prośba o zresetowanie hasła nie pochodzi od Ciebie, Twoje konto jest bezpieczne i możesz zignorować tę wiadomość.';
const someoneChanging = `${notFromYou}, ktoś może próbować zmienić Twoje konto: zmień hasło.`;
const notSignedIn = 'Jeśli ta próba logowania nie pochodzi od Ciebie, zmień hasło.';
const irreversible = 'Usunięcia konta nie można cofnąć.';
const unexpectedInvitation =
  'Jeśli nie spodziewasz się tego zaproszenia, możesz zignorować tę wiadomość.';
const acceptInvitation = 'Przyjmij zaproszenie';
const confirmAddress = 'Potwierdź adres e-mail';
const verificationCode = '{{code}} to Twój kod weryfikacyjny';
const ifYou = 'Jeśli to Ty, nie musisz nic robić.';
const resetNow = 'Jeśli nie, natychmiast zresetuj hasło';
const someoneElse = `${ifYou} ${resetNow}: ktoś inny może korzystać z Twojego konta.`;
const setUpMfa = 'Konfiguracja weryfikacji dwuetapowej';
const mfaSettingsChanged = `Zmieniono ustawienia weryfikacji dwuetapowej ${accountGenitive}`;

/**
 * Polish wording of the built-in emails, addressing the reader as "Ty" (as
 * Logto's Polish sign-in pages do), with the pronouns capitalized as in
 * letters and no gendered past-tense forms.
 */
export const plPL: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} to Twój kod logowania',
    preheader: `Twój kod logowania do ${appGenitive}`,
    heading: `Logowanie do ${appGenitive}`,
    intro: `${enterCode}, aby dokończyć logowanie:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Logowanie do ${appGenitive}`,
      intro: `${click}, aby dokończyć logowanie:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Zaloguj się',
    },
  },
  Register: {
    subject: verificationCode,
    preheader: 'Potwierdź swój adres e-mail',
    heading: 'Witamy{{#if application}} w aplikacji {{application.name}}{{/if}}',
    intro: `${enterCode}, aby potwierdzić adres e-mail i utworzyć konto:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Potwierdź swój adres e-mail',
      intro: `${click}, aby potwierdzić adres e-mail i utworzyć konto:`,
      note: `${linkExpiry} ${ignore}`,
      action: confirmAddress,
    },
  },
  ForgotPassword: {
    subject: '{{code}} to Twój kod do resetowania hasła',
    preheader: `Resetowanie hasła do ${appGenitive}`,
    heading: 'Zresetuj hasło',
    intro: `${enterCode}, aby ustawić nowe hasło:`,
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Zresetuj hasło',
      intro: `${click}, aby ustawić nowe hasło:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Zresetuj hasło',
    },
  },
  Generic: {
    subject: verificationCode,
    preheader: 'Twój kod weryfikacyjny',
    heading: 'Twój kod weryfikacyjny',
    intro: `${enterCode}, aby kontynuować:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Twój link weryfikacyjny',
      intro: `${click}, aby kontynuować:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Kontynuuj',
    },
  },
  OrganizationInvitation: {
    subject: 'Masz zaproszenie do organizacji {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} zaprasza Cię{{else}}Masz zaproszenie{{/if}} do organizacji {{organization.name}}',
    heading: 'Dołącz do organizacji {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Jeden z członków zespołu{{/if}} zaprasza Cię do organizacji {{organization.name}}.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: verificationCode,
    preheader: 'Potwierdź, że to Ty',
    heading: 'Potwierdź, że to Ty',
    intro: `${enterCode}, aby potwierdzić swoją tożsamość i kontynuować:`,
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: 'Potwierdź, że to Ty',
      intro: `${click}, aby potwierdzić swoją tożsamość i kontynuować:`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'Potwierdź, że to ja',
    },
  },
  BindNewIdentifier: {
    subject: verificationCode,
    preheader: 'Potwierdź nowy adres e-mail',
    heading: 'Potwierdź adres e-mail',
    intro: `${enterCode}, aby połączyć ten adres e-mail ze swoim kontem:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Potwierdź nowy adres e-mail',
      intro: `${click}, aby połączyć ten adres e-mail ze swoim kontem:`,
      note: `${linkExpiry} ${ignore}`,
      action: confirmAddress,
    },
  },
  MfaVerification: {
    subject: verificationCode,
    preheader: 'Twój kod weryfikacji dwuetapowej',
    heading: 'Weryfikacja dwuetapowa',
    intro: `${enterCode}, aby dokończyć logowanie do ${appGenitive}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Twój link do weryfikacji dwuetapowej',
      intro: `${click}, aby dokończyć logowanie do ${appGenitive}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Kontynuuj logowanie',
    },
  },
  BindMfa: {
    subject: verificationCode,
    preheader: setUpMfa,
    heading: setUpMfa,
    intro: `${enterCode}, aby używać tego adresu e-mail do weryfikacji dwuetapowej:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: setUpMfa,
      intro: `${click}, aby używać tego adresu e-mail do weryfikacji dwuetapowej:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Potwierdź',
    },
  },
  DeleteAccount: {
    subject: '{{code}} to Twój kod do usunięcia konta',
    preheader: 'Potwierdź, że chcesz usunąć konto',
    heading: 'Usuwanie konta',
    intro: `${enterCode}, aby potwierdzić usunięcie ${accountGenitive}:`,
    note: `${expiry} ${irreversible} ${notFromYou}, nie udostępniaj nikomu tego kodu i zmień hasło.`,
    byLink: {
      subject: 'Potwierdź, że chcesz usunąć konto',
      intro: `${click}, aby potwierdzić usunięcie ${accountGenitive}:`,
      note: `${linkExpiry} ${irreversible} ${notFromYou}, nie klikaj przycisku i zmień hasło.`,
      action: 'Usuń moje konto',
    },
  },
  Invite: {
    subject: 'Masz zaproszenie{{#if application}} do aplikacji {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} zaprasza Cię{{else}}Masz zaproszenie{{/if}} do utworzenia konta',
    heading: 'Masz zaproszenie',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Ktoś{{/if}} zaprasza Cię do utworzenia konta{{#if application}} w aplikacji {{application.name}}{{/if}}. Przyjmij zaproszenie, aby wybrać sposób logowania.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: '{{#if application}}Witamy w aplikacji {{application.name}}{{else}}Witamy{{/if}}',
    preheader: 'Twoje konto jest gotowe',
    heading: 'Witaj{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Dziękujemy za rejestrację{{#if application}} w aplikacji {{application.name}}{{/if}}. Twoje konto jest gotowe do użycia.',
    note: 'Jeśli to konto nie zostało utworzone przez Ciebie, możesz zignorować tę wiadomość.',
  },
  PasswordChanged: {
    subject: 'Twoje hasło zostało zmienione',
    preheader: `Hasło do ${appGenitive} zostało zmienione`,
    heading: 'Twoje hasło zostało zmienione',
    intro: `Hasło do ${appGenitive} zostało zmienione.`,
    details: { time: 'Data i godzina' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `Nowe logowanie do ${appGenitive}`,
    preheader: 'Logowanie z nieznanego urządzenia',
    heading: 'Czy to Ty?',
    intro: `Odnotowaliśmy logowanie do ${appGenitive} z urządzenia, którego wcześniej nie widzieliśmy:`,
    details: {
      time: 'Data i godzina',
      device: 'Urządzenie',
      ip: 'Adres IP',
      location: 'Lokalizacja',
    },
    note: `${ifYou} Jeśli nie, natychmiast zmień hasło.`,
  },
  EmailChanged: {
    subject: 'Twój adres e-mail został zmieniony',
    preheader: `Adres e-mail ${accountGenitive} został zmieniony`,
    heading: 'Twój adres e-mail został zmieniony',
    intro: `Adres e-mail ${accountGenitive} został zmieniony.`,
    details: { time: 'Data i godzina', oldEmail: 'Poprzedni adres', newEmail: 'Nowy adres' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Twój numer telefonu został zmieniony',
    preheader: `Numer telefonu ${accountGenitive} został zmieniony`,
    heading: 'Twój numer telefonu został zmieniony',
    intro: `Numer telefonu ${accountGenitive} został zmieniony.`,
    details: { time: 'Data i godzina', oldPhone: 'Poprzedni numer', newPhone: 'Nowy numer' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'Do Twojego konta dodano sposób logowania',
    preheader: `Nowy sposób logowania do ${appGenitive}`,
    heading: 'Dodano sposób logowania',
    intro: `Do ${accountGenitive} dodano nowy sposób logowania.`,
    details: { time: 'Data i godzina', provider: 'Sposób logowania' },
    note: `${ifYou} ${resetNow} i usuń ten sposób logowania.`,
  },
  IdentityUnlinked: {
    subject: 'Z Twojego konta usunięto sposób logowania',
    preheader: `Usunięto jeden ze sposobów logowania do ${appGenitive}`,
    heading: 'Usunięto sposób logowania',
    intro: `Od ${accountGenitive} odłączono sposób logowania.`,
    details: { time: 'Data i godzina', provider: 'Sposób logowania' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Dodano metodę weryfikacji dwuetapowej',
    preheader: mfaSettingsChanged,
    heading: 'Dodano metodę weryfikacji dwuetapowej',
    intro: `Do ${accountGenitive} dodano nową metodę weryfikacji dwuetapowej.`,
    details: { time: 'Data i godzina', factorType: 'Metoda' },
    note: `${ifYou} ${resetNow} i usuń tę metodę.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Usunięto metodę weryfikacji dwuetapowej',
    preheader: mfaSettingsChanged,
    heading: 'Usunięto metodę weryfikacji dwuetapowej',
    intro: `Z ${accountGenitive} usunięto metodę weryfikacji dwuetapowej.`,
    details: { time: 'Data i godzina', factorType: 'Metoda' },
    note: `${ifYou} ${resetNow}: Twoje konto jest teraz słabiej chronione.`,
  },
};
