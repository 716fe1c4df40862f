import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/**
 * The application, or "ваш аккаунт", in the accusative (after "в", "into").
 * The name itself stays in the nominative after "приложение", so names in
 * any script read correctly.
 */
const appAccusative =
  '{{#if application}}приложение {{application.name}}{{else}}ваш аккаунт{{/if}}';
/** "вашего аккаунта" (genitive), with "в приложении" and the name when there is one. */
const accountGenitive =
  'вашего аккаунта{{#if application}} в приложении {{application.name}}{{/if}}';
/** "вашему аккаунту" (dative, after "к"), with "в приложении" and the name when there is one. */
const accountDative = 'вашему аккаунту{{#if application}} в приложении {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'Код действителен {{expiresInMinutes}} минуту.',
  few: 'Код действителен {{expiresInMinutes}} минуты.',
  many: 'Код действителен {{expiresInMinutes}} минут.',
  other: 'Код действителен {{expiresInMinutes}} минуты.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'Ссылка действительна {{expiresInMinutes}} минуту.',
  few: 'Ссылка действительна {{expiresInMinutes}} минуты.',
  many: 'Ссылка действительна {{expiresInMinutes}} минут.',
  other: 'Ссылка действительна {{expiresInMinutes}} минуты.',
});
const notRequested = 'Если вы этого не запрашивали';
const ignore = `${notRequested}, просто проигнорируйте это письмо.`;
/** "Select the button", as the start of a sentence followed by ", чтобы …". */
const click = 'Нажмите кнопку';
const enterCode = 'Введите этот код';
const resetIgnore =
  'Если вы не запрашивали сброс пароля, ваш аккаунт в безопасности: просто проигнорируйте это письмо.';
const someoneChanging = `${notRequested}, возможно, кто-то пытается изменить ваш аккаунт: смените пароль.`;
const notSignedIn = 'Если вы не пытались войти, смените пароль.';
const irreversible = 'Удаление аккаунта нельзя отменить.';
const unexpectedInvitation =
  'Если вы не ожидали этого приглашения, просто проигнорируйте это письмо.';
const acceptInvitation = 'Принять приглашение';
const confirmAddress = 'Подтвердить адрес';
const verificationCode = '{{code}} — ваш код подтверждения';
const ifYou = 'Если это были вы, ничего делать не нужно.';
const resetNow = 'Если нет, немедленно сбросьте пароль';
const someoneElse = `${ifYou} ${resetNow}: возможно, вашим аккаунтом пользуется кто-то другой.`;
const setUpMfa = 'Настройка двухэтапной проверки';
const mfaSettingsChanged = `Изменены настройки двухэтапной проверки ${accountGenitive}`;

/** Russian wording of the built-in emails, addressing the reader as "вы". */
export const ru: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} — ваш код для входа',
    preheader: `Ваш код для входа в ${appAccusative}`,
    heading: `Вход в ${appAccusative}`,
    intro: `${enterCode}, чтобы завершить вход:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Вход в ${appAccusative}`,
      intro: `${click}, чтобы завершить вход:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Войти',
    },
  },
  Register: {
    subject: verificationCode,
    preheader: 'Подтвердите адрес электронной почты',
    heading: 'Добро пожаловать{{#if application}} в приложение {{application.name}}{{/if}}',
    intro: `${enterCode}, чтобы подтвердить адрес электронной почты и создать аккаунт:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Подтвердите адрес электронной почты',
      intro: `${click}, чтобы подтвердить адрес электронной почты и создать аккаунт:`,
      note: `${linkExpiry} ${ignore}`,
      action: confirmAddress,
    },
  },
  ForgotPassword: {
    subject: '{{code}} — ваш код для сброса пароля',
    preheader: `Сброс пароля ${accountGenitive}`,
    heading: 'Сброс пароля',
    intro: `${enterCode}, чтобы задать новый пароль:`,
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Сброс пароля',
      intro: `${click}, чтобы задать новый пароль:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Сбросить пароль',
    },
  },
  Generic: {
    subject: verificationCode,
    preheader: 'Ваш код подтверждения',
    heading: 'Ваш код подтверждения',
    intro: `${enterCode}, чтобы продолжить:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Ваша ссылка для подтверждения',
      intro: `${click}, чтобы продолжить:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Продолжить',
    },
  },
  OrganizationInvitation: {
    subject: 'Вас пригласили в организацию {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} приглашает вас{{else}}Вас пригласили{{/if}} в организацию {{organization.name}}',
    heading: 'Присоединяйтесь к организации {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Один из участников команды{{/if}} приглашает вас присоединиться к организации {{organization.name}}.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: verificationCode,
    preheader: 'Подтвердите, что это вы',
    heading: 'Подтвердите, что это вы',
    intro: `${enterCode}, чтобы подтвердить свою личность и продолжить:`,
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: 'Подтвердите, что это вы',
      intro: `${click}, чтобы подтвердить свою личность и продолжить:`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'Подтвердить, что это я',
    },
  },
  BindNewIdentifier: {
    subject: verificationCode,
    preheader: 'Подтвердите новый адрес электронной почты',
    heading: 'Подтвердите адрес электронной почты',
    intro: `${enterCode}, чтобы привязать этот адрес электронной почты к своему аккаунту:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Подтвердите новый адрес электронной почты',
      intro: `${click}, чтобы привязать этот адрес электронной почты к своему аккаунту:`,
      note: `${linkExpiry} ${ignore}`,
      action: confirmAddress,
    },
  },
  MfaVerification: {
    subject: verificationCode,
    preheader: 'Ваш код двухэтапной проверки',
    heading: 'Двухэтапная проверка',
    intro: `${enterCode}, чтобы завершить вход в ${appAccusative}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Ваша ссылка для двухэтапной проверки',
      intro: `${click}, чтобы завершить вход в ${appAccusative}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Продолжить вход',
    },
  },
  BindMfa: {
    subject: verificationCode,
    preheader: setUpMfa,
    heading: setUpMfa,
    intro: `${enterCode}, чтобы использовать этот адрес электронной почты для двухэтапной проверки:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: setUpMfa,
      intro: `${click}, чтобы использовать этот адрес электронной почты для двухэтапной проверки:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Подтвердить',
    },
  },
  DeleteAccount: {
    subject: '{{code}} — ваш код для удаления аккаунта',
    preheader: 'Подтвердите удаление аккаунта',
    heading: 'Удаление аккаунта',
    intro: `${enterCode}, чтобы подтвердить удаление ${accountGenitive}:`,
    note: `${expiry} ${irreversible} ${notRequested}, никому не сообщайте этот код и смените пароль.`,
    byLink: {
      subject: 'Подтвердите удаление аккаунта',
      intro: `${click}, чтобы подтвердить удаление ${accountGenitive}:`,
      note: `${linkExpiry} ${irreversible} ${notRequested}, не нажимайте кнопку и смените пароль.`,
      action: 'Удалить аккаунт',
    },
  },
  Invite: {
    subject: 'Вас пригласили{{#if application}} в приложение {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} приглашает вас{{else}}Вас приглашают{{/if}} создать аккаунт',
    heading: 'Вас пригласили',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Кто-то{{/if}} приглашает вас создать аккаунт{{#if application}} в приложении {{application.name}}{{/if}}. Примите приглашение, чтобы выбрать способ входа.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject:
      '{{#if application}}Добро пожаловать в приложение {{application.name}}{{else}}Добро пожаловать{{/if}}',
    preheader: 'Ваш аккаунт готов',
    heading: 'Добро пожаловать{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Спасибо за регистрацию{{#if application}} в приложении {{application.name}}{{/if}}. Ваш аккаунт готов к работе.',
    note: 'Если вы не создавали этот аккаунт, просто проигнорируйте это письмо.',
  },
  PasswordChanged: {
    subject: 'Ваш пароль изменен',
    preheader: `Пароль ${accountGenitive} изменен`,
    heading: 'Ваш пароль изменен',
    intro: `Пароль ${accountGenitive} изменен.`,
    details: { time: 'Время' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `Новый вход в ${appAccusative}`,
    preheader: 'Вход с незнакомого устройства',
    heading: 'Это были вы?',
    intro: `Выполнен вход в ${appAccusative} с устройства, с которого вы раньше не входили:`,
    details: { time: 'Время', device: 'Устройство', ip: 'IP-адрес', location: 'Местоположение' },
    note: `${ifYou} Если нет, немедленно смените пароль.`,
  },
  EmailChanged: {
    subject: 'Ваш адрес электронной почты изменен',
    preheader: `Адрес электронной почты ${accountGenitive} изменен`,
    heading: 'Ваш адрес электронной почты изменен',
    intro: `Адрес электронной почты ${accountGenitive} изменен.`,
    details: { time: 'Время', oldEmail: 'Прежний адрес', newEmail: 'Новый адрес' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Ваш номер телефона изменен',
    preheader: `Номер телефона ${accountGenitive} изменен`,
    heading: 'Ваш номер телефона изменен',
    intro: `Номер телефона ${accountGenitive} изменен.`,
    details: { time: 'Время', oldPhone: 'Прежний номер', newPhone: 'Новый номер' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'К вашему аккаунту добавлен способ входа',
    preheader: `Новый способ входа в ${appAccusative}`,
    heading: 'Добавлен способ входа',
    intro: `К ${accountDative} привязан новый способ входа.`,
    details: { time: 'Время', provider: 'Способ входа' },
    note: `${ifYou} ${resetNow} и удалите этот способ входа.`,
  },
  IdentityUnlinked: {
    subject: 'Из вашего аккаунта удален способ входа',
    preheader: `Удален один из способов входа в ${appAccusative}`,
    heading: 'Удален способ входа',
    intro: `От ${accountGenitive} отвязан способ входа.`,
    details: { time: 'Время', provider: 'Способ входа' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Добавлен способ двухэтапной проверки',
    preheader: mfaSettingsChanged,
    heading: 'Добавлен способ двухэтапной проверки',
    intro: `К ${accountDative} добавлен новый способ двухэтапной проверки.`,
    details: { time: 'Время', factorType: 'Способ' },
    note: `${ifYou} ${resetNow} и удалите этот способ.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Удален способ двухэтапной проверки',
    preheader: mfaSettingsChanged,
    heading: 'Удален способ двухэтапной проверки',
    intro: `Из ${accountGenitive} удален способ двухэтапной проверки.`,
    details: { time: 'Время', factorType: 'Способ' },
    note: `${ifYou} ${resetNow}: теперь ваш аккаунт менее защищен.`,
  },
};
