import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/**
 * The application, or "ваш обліковий запис", in the genitive (after "до").
 * The name itself stays in the nominative after "застосунку", so names in
 * any script read correctly.
 */
const appGenitive =
  '{{#if application}}застосунку {{application.name}}{{else}}вашого облікового запису{{/if}}';
/** "вашого облікового запису" (genitive), with "в застосунку" and the name when there is one. */
const accountGenitive =
  'вашого облікового запису{{#if application}} в застосунку {{application.name}}{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'Код дійсний {{expiresInMinutes}} хвилину.',
  few: 'Код дійсний {{expiresInMinutes}} хвилини.',
  many: 'Код дійсний {{expiresInMinutes}} хвилин.',
  other: 'Код дійсний {{expiresInMinutes}} хвилини.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'Посилання дійсне {{expiresInMinutes}} хвилину.',
  few: 'Посилання дійсне {{expiresInMinutes}} хвилини.',
  many: 'Посилання дійсне {{expiresInMinutes}} хвилин.',
  other: 'Посилання дійсне {{expiresInMinutes}} хвилини.',
});
const notRequested = 'Якщо ви цього не запитували';
const ignore = `${notRequested}, просто проігноруйте цей лист.`;
/** "Select the button", as the start of a sentence followed by ", щоб …". */
const click = 'Натисніть кнопку';
const enterCode = 'Введіть цей код';
const resetIgnore =
  'Якщо ви не запитували скидання пароля, ваш обліковий запис у безпеці: просто проігноруйте цей лист.';
const someoneChanging = `${notRequested}, можливо, хтось намагається змінити ваш обліковий запис: змініть пароль.`;
const notSignedIn = 'Якщо ви не намагалися увійти, змініть пароль.';
const irreversible = 'Видалення облікового запису не можна скасувати.';
const unexpectedInvitation = 'Якщо ви не очікували цього запрошення, просто проігноруйте цей лист.';
const acceptInvitation = 'Прийняти запрошення';
const confirmAddress = 'Підтвердити адресу';
const verificationCode = '{{code}} — ваш код підтвердження';
const ifYou = 'Якщо це були ви, нічого робити не потрібно.';
const resetNow = 'Якщо ні, негайно скиньте пароль';
const someoneElse = `${ifYou} ${resetNow}: можливо, вашим обліковим записом користується хтось інший.`;
const setUpMfa = 'Налаштування двоетапної перевірки';
const mfaSettingsChanged = `Змінено налаштування двоетапної перевірки ${accountGenitive}`;

/** Ukrainian wording of the built-in emails, addressing the reader as "ви". */
export const ukUA: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} — ваш код для входу',
    preheader: `Ваш код для входу до ${appGenitive}`,
    heading: `Вхід до ${appGenitive}`,
    intro: `${enterCode}, щоб завершити вхід:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Вхід до ${appGenitive}`,
      intro: `${click}, щоб завершити вхід:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Увійти',
    },
  },
  Register: {
    subject: verificationCode,
    preheader: 'Підтвердьте адресу електронної пошти',
    heading: 'Ласкаво просимо{{#if application}} до застосунку {{application.name}}{{/if}}',
    intro: `${enterCode}, щоб підтвердити адресу електронної пошти та створити обліковий запис:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Підтвердьте адресу електронної пошти',
      intro: `${click}, щоб підтвердити адресу електронної пошти та створити обліковий запис:`,
      note: `${linkExpiry} ${ignore}`,
      action: confirmAddress,
    },
  },
  ForgotPassword: {
    subject: '{{code}} — ваш код для скидання пароля',
    preheader: `Скидання пароля ${accountGenitive}`,
    heading: 'Скидання пароля',
    intro: `${enterCode}, щоб створити новий пароль:`,
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Скидання пароля',
      intro: `${click}, щоб створити новий пароль:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Скинути пароль',
    },
  },
  Generic: {
    subject: verificationCode,
    preheader: 'Ваш код підтвердження',
    heading: 'Ваш код підтвердження',
    intro: `${enterCode}, щоб продовжити:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Ваше посилання для підтвердження',
      intro: `${click}, щоб продовжити:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Продовжити',
    },
  },
  OrganizationInvitation: {
    subject: 'Вас запрошено до організації {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} запрошує вас{{else}}Вас запрошено{{/if}} до організації {{organization.name}}',
    heading: 'Приєднуйтеся до організації {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Один з учасників команди{{/if}} запрошує вас приєднатися до організації {{organization.name}}.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: verificationCode,
    preheader: 'Підтвердьте, що це ви',
    heading: 'Підтвердьте, що це ви',
    intro: `${enterCode}, щоб підтвердити свою особу й продовжити:`,
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: 'Підтвердьте, що це ви',
      intro: `${click}, щоб підтвердити свою особу й продовжити:`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'Підтвердити, що це я',
    },
  },
  BindNewIdentifier: {
    subject: verificationCode,
    preheader: 'Підтвердьте нову адресу електронної пошти',
    heading: 'Підтвердьте адресу електронної пошти',
    intro: `${enterCode}, щоб прив’язати цю адресу електронної пошти до свого облікового запису:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Підтвердьте нову адресу електронної пошти',
      intro: `${click}, щоб прив’язати цю адресу електронної пошти до свого облікового запису:`,
      note: `${linkExpiry} ${ignore}`,
      action: confirmAddress,
    },
  },
  MfaVerification: {
    subject: verificationCode,
    preheader: 'Ваш код двоетапної перевірки',
    heading: 'Двоетапна перевірка',
    intro: `${enterCode}, щоб завершити вхід до ${appGenitive}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'Ваше посилання для двоетапної перевірки',
      intro: `${click}, щоб завершити вхід до ${appGenitive}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Продовжити вхід',
    },
  },
  BindMfa: {
    subject: verificationCode,
    preheader: setUpMfa,
    heading: setUpMfa,
    intro: `${enterCode}, щоб використовувати цю адресу електронної пошти для двоетапної перевірки:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: setUpMfa,
      intro: `${click}, щоб використовувати цю адресу електронної пошти для двоетапної перевірки:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Підтвердити',
    },
  },
  DeleteAccount: {
    subject: '{{code}} — ваш код для видалення облікового запису',
    preheader: 'Підтвердьте видалення облікового запису',
    heading: 'Видалення облікового запису',
    intro: `${enterCode}, щоб підтвердити видалення ${accountGenitive}:`,
    note: `${expiry} ${irreversible} ${notRequested}, нікому не повідомляйте цей код і змініть пароль.`,
    byLink: {
      subject: 'Підтвердьте видалення облікового запису',
      intro: `${click}, щоб підтвердити видалення ${accountGenitive}:`,
      note: `${linkExpiry} ${irreversible} ${notRequested}, не натискайте кнопку й змініть пароль.`,
      action: 'Видалити обліковий запис',
    },
  },
  Invite: {
    subject: 'Вас запрошено{{#if application}} до застосунку {{application.name}}{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} запрошує вас{{else}}Вас запрошено{{/if}} створити обліковий запис',
    heading: 'Вас запрошено',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Хтось{{/if}} запрошує вас створити обліковий запис{{#if application}} у застосунку {{application.name}}{{/if}}. Прийміть запрошення, щоб вибрати спосіб входу.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject:
      '{{#if application}}Ласкаво просимо до застосунку {{application.name}}{{else}}Ласкаво просимо{{/if}}',
    preheader: 'Ваш обліковий запис готовий',
    heading: 'Ласкаво просимо{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Дякуємо за реєстрацію{{#if application}} в застосунку {{application.name}}{{/if}}. Ваш обліковий запис готовий до використання.',
    note: 'Якщо ви не створювали цей обліковий запис, просто проігноруйте цей лист.',
  },
  PasswordChanged: {
    subject: 'Ваш пароль змінено',
    preheader: `Пароль ${accountGenitive} змінено`,
    heading: 'Ваш пароль змінено',
    intro: `Пароль ${accountGenitive} змінено.`,
    details: { time: 'Час' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `Новий вхід до ${appGenitive}`,
    preheader: 'Вхід із незнайомого пристрою',
    heading: 'Це були ви?',
    intro: `Виконано вхід до ${appGenitive} з пристрою, з якого ви раніше не входили:`,
    details: { time: 'Час', device: 'Пристрій', ip: 'IP-адреса', location: 'Місцезнаходження' },
    note: `${ifYou} Якщо ні, негайно змініть пароль.`,
  },
  EmailChanged: {
    subject: 'Вашу адресу електронної пошти змінено',
    preheader: `Адресу електронної пошти ${accountGenitive} змінено`,
    heading: 'Вашу адресу електронної пошти змінено',
    intro: `Адресу електронної пошти ${accountGenitive} змінено.`,
    details: { time: 'Час', oldEmail: 'Попередня адреса', newEmail: 'Нова адреса' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Ваш номер телефону змінено',
    preheader: `Номер телефону ${accountGenitive} змінено`,
    heading: 'Ваш номер телефону змінено',
    intro: `Номер телефону ${accountGenitive} змінено.`,
    details: { time: 'Час', oldPhone: 'Попередній номер', newPhone: 'Новий номер' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'До вашого облікового запису додано спосіб входу',
    preheader: `Новий спосіб входу до ${appGenitive}`,
    heading: 'Додано спосіб входу',
    intro: `До ${accountGenitive} прив’язано новий спосіб входу.`,
    details: { time: 'Час', provider: 'Спосіб входу' },
    note: `${ifYou} ${resetNow} і видаліть цей спосіб входу.`,
  },
  IdentityUnlinked: {
    subject: 'З вашого облікового запису видалено спосіб входу',
    preheader: `Видалено один зі способів входу до ${appGenitive}`,
    heading: 'Видалено спосіб входу',
    intro: `Від ${accountGenitive} відв’язано спосіб входу.`,
    details: { time: 'Час', provider: 'Спосіб входу' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'Додано спосіб двоетапної перевірки',
    preheader: mfaSettingsChanged,
    heading: 'Додано спосіб двоетапної перевірки',
    intro: `До ${accountGenitive} додано новий спосіб двоетапної перевірки.`,
    details: { time: 'Час', factorType: 'Спосіб' },
    note: `${ifYou} ${resetNow} і видаліть цей спосіб.`,
  },
  MfaFactorUnenrolled: {
    subject: 'Видалено спосіб двоетапної перевірки',
    preheader: mfaSettingsChanged,
    heading: 'Видалено спосіб двоетапної перевірки',
    intro: `З ${accountGenitive} видалено спосіб двоетапної перевірки.`,
    details: { time: 'Час', factorType: 'Спосіб' },
    note: `${ifYou} ${resetNow}: тепер ваш обліковий запис менш захищений.`,
  },
};
