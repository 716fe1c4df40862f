import type { BuiltinCatalog } from '../catalog.js';

/**
 * "Your account at {{application.name}}", or "your account". Starts and ends
 * with Thai words, so it runs on into the sentence without a space; the
 * application's name is set off by spaces, as Thai writes foreign names.
 */
const account = '{{#if application}}บัญชี {{application.name}} ของคุณ{{else}}บัญชีของคุณ{{/if}}';
/** "Sign in to {{application.name}}", or "sign in to your account"; only at the end of a text. */
const signInTo = '{{#if application}}เข้าสู่ระบบ {{application.name}}{{else}}เข้าสู่ระบบบัญชีของคุณ{{/if}}';
const expiry = 'รหัสนี้จะหมดอายุภายใน {{expiresInMinutes}} นาที';
const linkExpiry = 'ลิงก์นี้จะหมดอายุภายใน {{expiresInMinutes}} นาที';
const ignore = 'หากคุณไม่ได้ขอรหัสนี้ คุณสามารถเพิกเฉยต่ออีเมลนี้ได้';
const linkIgnore = 'หากคุณไม่ได้ขอลิงก์นี้ คุณสามารถเพิกเฉยต่ออีเมลนี้ได้';
/** "Select the button below", as the start of a sentence followed by เพื่อ. */
const click = 'กรุณากดปุ่มด้านล่าง';
const resetIgnore = 'หากคุณไม่ได้ขอรีเซ็ตรหัสผ่าน บัญชีของคุณยังคงปลอดภัย และคุณสามารถเพิกเฉยต่ออีเมลนี้ได้';
const someoneChanging = 'อาจมีผู้อื่นพยายามเปลี่ยนแปลงบัญชีของคุณ กรุณาเปลี่ยนรหัสผ่าน';
const notSignedIn = 'หากคุณไม่ได้พยายามเข้าสู่ระบบ กรุณาเปลี่ยนรหัสผ่าน';
const irreversible = 'เมื่อลบบัญชีแล้วจะไม่สามารถกู้คืนได้';
const unexpectedInvitation = 'หากคุณไม่ได้คาดว่าจะได้รับคำเชิญนี้ คุณสามารถเพิกเฉยต่ออีเมลนี้ได้';
const acceptInvitation = 'ยอมรับคำเชิญ';
const verifyEmail = 'กรุณายืนยันที่อยู่อีเมลของคุณ';
const verifyNewEmail = 'กรุณายืนยันที่อยู่อีเมลใหม่ของคุณ';
const confirmItsYou = 'กรุณายืนยันว่าเป็นคุณ';
const confirmDeletion = 'กรุณายืนยันว่าคุณต้องการลบบัญชี';
const setUpMfa = 'ตั้งค่าการยืนยันแบบ 2 ขั้นตอน';
const ifYou = 'หากคุณเป็นผู้ดำเนินการนี้ คุณไม่จำเป็นต้องทำอะไรเพิ่มเติม';
const resetNow = 'หากไม่ใช่ กรุณารีเซ็ตรหัสผ่านทันที';
const someoneElse = `${ifYou} ${resetNow} เนื่องจากอาจมีผู้อื่นกำลังใช้บัญชีของคุณ`;
const mfaChanged = `การยืนยันแบบ 2 ขั้นตอนสำหรับ${account}มีการเปลี่ยนแปลง`;
const time = 'เวลา';
const signInMethod = 'วิธีเข้าสู่ระบบ';
const mfaMethod = 'วิธียืนยัน';

/** Thai wording of the built-in emails. */
export const th: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} คือรหัสเข้าสู่ระบบของคุณ',
    preheader: `รหัสสำหรับ${signInTo}`,
    heading: signInTo,
    intro: 'กรุณากรอกรหัสนี้เพื่อเข้าสู่ระบบให้เสร็จสิ้น:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: signInTo,
      intro: `${click}เพื่อเข้าสู่ระบบให้เสร็จสิ้น:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'เข้าสู่ระบบ',
    },
  },
  Register: {
    subject: '{{code}} คือรหัสยืนยันของคุณ',
    preheader: verifyEmail,
    heading: '{{#if application}}ยินดีต้อนรับสู่ {{application.name}}{{else}}ยินดีต้อนรับ{{/if}}',
    intro: 'กรุณากรอกรหัสนี้เพื่อยืนยันที่อยู่อีเมลของคุณและสร้างบัญชี:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: verifyEmail,
      intro: `${click}เพื่อยืนยันที่อยู่อีเมลของคุณและสร้างบัญชี:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'ยืนยันที่อยู่อีเมล',
    },
  },
  ForgotPassword: {
    subject: '{{code}} คือรหัสสำหรับรีเซ็ตรหัสผ่านของคุณ',
    preheader: `รีเซ็ตรหัสผ่านสำหรับ${account}`,
    heading: 'รีเซ็ตรหัสผ่านของคุณ',
    intro: 'กรุณากรอกรหัสนี้เพื่อตั้งรหัสผ่านใหม่:',
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'รีเซ็ตรหัสผ่านของคุณ',
      intro: `${click}เพื่อตั้งรหัสผ่านใหม่:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'รีเซ็ตรหัสผ่าน',
    },
  },
  Generic: {
    subject: '{{code}} คือรหัสยืนยันของคุณ',
    preheader: 'รหัสยืนยันของคุณ',
    heading: 'รหัสยืนยันของคุณ',
    intro: 'กรุณากรอกรหัสนี้เพื่อดำเนินการต่อ:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'ลิงก์ยืนยันของคุณ',
      intro: `${click}เพื่อดำเนินการต่อ:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'ดำเนินการต่อ',
    },
  },
  OrganizationInvitation: {
    subject: 'คุณได้รับคำเชิญให้เข้าร่วม {{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} เชิญคุณเข้าร่วม {{organization.name}}{{else}}คุณได้รับคำเชิญให้เข้าร่วม {{organization.name}}{{/if}}',
    heading: 'เข้าร่วม {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}} {{else}}สมาชิกในทีม{{/if}}เชิญคุณเข้าร่วม {{organization.name}}',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} คือรหัสยืนยันของคุณ',
    preheader: confirmItsYou,
    heading: confirmItsYou,
    intro: 'กรุณากรอกรหัสนี้เพื่อยืนยันตัวตนของคุณก่อนดำเนินการต่อ:',
    note: `${expiry} หากคุณไม่ได้ขอรหัสนี้ ${someoneChanging}`,
    byLink: {
      subject: confirmItsYou,
      intro: `${click}เพื่อยืนยันตัวตนของคุณก่อนดำเนินการต่อ:`,
      note: `${linkExpiry} หากคุณไม่ได้ขอลิงก์นี้ ${someoneChanging}`,
      action: 'ยืนยันตัวตน',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} คือรหัสยืนยันของคุณ',
    preheader: verifyNewEmail,
    heading: 'ยืนยันที่อยู่อีเมลของคุณ',
    intro: 'กรุณากรอกรหัสนี้เพื่อเชื่อมโยงที่อยู่อีเมลนี้กับบัญชีของคุณ:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: verifyNewEmail,
      intro: `${click}เพื่อเชื่อมโยงที่อยู่อีเมลนี้กับบัญชีของคุณ:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'ยืนยันที่อยู่อีเมล',
    },
  },
  MfaVerification: {
    subject: '{{code}} คือรหัสยืนยันของคุณ',
    preheader: 'รหัสสำหรับการยืนยันแบบ 2 ขั้นตอนของคุณ',
    heading: 'การยืนยันแบบ 2 ขั้นตอน',
    intro: `กรุณากรอกรหัสนี้เพื่อเข้าสู่${account}ให้เสร็จสิ้น:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'ลิงก์สำหรับการยืนยันแบบ 2 ขั้นตอนของคุณ',
      intro: `${click}เพื่อเข้าสู่${account}ให้เสร็จสิ้น:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'เข้าสู่ระบบต่อ',
    },
  },
  BindMfa: {
    subject: '{{code}} คือรหัสยืนยันของคุณ',
    preheader: setUpMfa,
    heading: setUpMfa,
    intro: 'กรุณากรอกรหัสนี้เพื่อใช้ที่อยู่อีเมลนี้สำหรับการยืนยันแบบ 2 ขั้นตอน:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: setUpMfa,
      intro: `${click}เพื่อใช้ที่อยู่อีเมลนี้สำหรับการยืนยันแบบ 2 ขั้นตอน:`,
      note: `${linkExpiry} ${linkIgnore}`,
      action: 'ยืนยัน',
    },
  },
  DeleteAccount: {
    subject: '{{code}} คือรหัสสำหรับลบบัญชีของคุณ',
    preheader: confirmDeletion,
    heading: 'ลบบัญชีของคุณ',
    intro: `กรุณากรอกรหัสนี้เพื่อยืนยันว่าคุณต้องการลบ${account}:`,
    note: `${expiry} ${irreversible} หากคุณไม่ได้เป็นผู้ขอลบบัญชี กรุณาอย่าบอกรหัสนี้แก่ผู้ใด และเปลี่ยนรหัสผ่านของคุณ`,
    byLink: {
      subject: confirmDeletion,
      intro: `${click}เพื่อยืนยันว่าคุณต้องการลบ${account}:`,
      note: `${linkExpiry} ${irreversible} หากคุณไม่ได้เป็นผู้ขอลบบัญชี กรุณาอย่ากดปุ่มดังกล่าว และเปลี่ยนรหัสผ่านของคุณ`,
      action: 'ลบบัญชีของฉัน',
    },
  },
  Invite: {
    subject:
      '{{#if application}}คุณได้รับคำเชิญให้เข้าร่วม {{application.name}}{{else}}คุณได้รับคำเชิญ{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} เชิญคุณสร้างบัญชี{{else}}คุณได้รับคำเชิญให้สร้างบัญชี{{/if}}',
    heading: 'คุณได้รับคำเชิญ',
    intro:
      '{{#if inviter.name}}{{inviter.name}} {{else}}มีผู้{{/if}}เชิญคุณสร้างบัญชี{{#if application}}สำหรับ {{application.name}}{{/if}} กรุณายอมรับคำเชิญเพื่อเลือกวิธีเข้าสู่ระบบของคุณ',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: '{{#if application}}ยินดีต้อนรับสู่ {{application.name}}{{else}}ยินดีต้อนรับ{{/if}}',
    preheader: 'บัญชีของคุณพร้อมใช้งานแล้ว',
    heading: 'ยินดีต้อนรับ{{#if user.name}}คุณ {{user.name}}{{/if}}',
    intro: 'ขอบคุณที่สมัครใช้งาน{{#if application}} {{application.name}}{{/if}} บัญชีของคุณพร้อมใช้งานแล้ว',
    note: 'หากคุณไม่ได้สร้างบัญชีนี้ คุณสามารถเพิกเฉยต่ออีเมลนี้ได้',
  },
  PasswordChanged: {
    subject: 'มีการเปลี่ยนรหัสผ่านของคุณ',
    preheader: `มีการเปลี่ยนรหัสผ่านสำหรับ${account}`,
    heading: 'มีการเปลี่ยนรหัสผ่านของคุณ',
    intro: `มีการเปลี่ยนรหัสผ่านสำหรับ${account}แล้ว`,
    details: { time },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `มีการเข้าสู่ระบบใหม่ใน${account}`,
    preheader: 'มีการเข้าสู่ระบบจากอุปกรณ์ที่เราไม่รู้จัก',
    heading: 'คุณเป็นผู้เข้าสู่ระบบใช่หรือไม่',
    intro: `มีการเข้าสู่ระบบ${account}จากอุปกรณ์ที่เราไม่เคยพบมาก่อน:`,
    details: { time, device: 'อุปกรณ์', ip: 'ที่อยู่ IP', location: 'ตำแหน่ง' },
    note: 'หากเป็นคุณ คุณไม่จำเป็นต้องทำอะไรเพิ่มเติม หากไม่ใช่ กรุณาเปลี่ยนรหัสผ่านทันที',
  },
  EmailChanged: {
    subject: 'มีการเปลี่ยนที่อยู่อีเมลของคุณ',
    preheader: `มีการเปลี่ยนที่อยู่อีเมลสำหรับ${account}`,
    heading: 'มีการเปลี่ยนที่อยู่อีเมลของคุณ',
    intro: `มีการเปลี่ยนที่อยู่อีเมลสำหรับ${account}แล้ว`,
    details: { time, oldEmail: 'อีเมลเดิม', newEmail: 'อีเมลใหม่' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'มีการเปลี่ยนหมายเลขโทรศัพท์ของคุณ',
    preheader: `มีการเปลี่ยนหมายเลขโทรศัพท์สำหรับ${account}`,
    heading: 'มีการเปลี่ยนหมายเลขโทรศัพท์ของคุณ',
    intro: `มีการเปลี่ยนหมายเลขโทรศัพท์สำหรับ${account}แล้ว`,
    details: { time, oldPhone: 'หมายเลขเดิม', newPhone: 'หมายเลขใหม่' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'มีการเพิ่มวิธีเข้าสู่ระบบในบัญชีของคุณ',
    preheader: `วิธีใหม่ในการ${signInTo}`,
    heading: 'มีการเพิ่มวิธีเข้าสู่ระบบ',
    intro: `มีการเชื่อมโยงวิธีเข้าสู่ระบบใหม่กับ${account}`,
    details: { time, provider: signInMethod },
    note: `${ifYou} ${resetNow} และนำวิธีเข้าสู่ระบบนี้ออก`,
  },
  IdentityUnlinked: {
    subject: 'มีการนำวิธีเข้าสู่ระบบออกจากบัญชีของคุณ',
    preheader: `มีการนำวิธีเข้าสู่ระบบออกจาก${account}`,
    heading: 'มีการนำวิธีเข้าสู่ระบบออก',
    intro: `มีการยกเลิกการเชื่อมโยงวิธีเข้าสู่ระบบจาก${account}`,
    details: { time, provider: signInMethod },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'มีการเพิ่มวิธีการยืนยันแบบ 2 ขั้นตอน',
    preheader: mfaChanged,
    heading: 'มีการเพิ่มวิธีการยืนยันแบบ 2 ขั้นตอน',
    intro: `มีการเพิ่มวิธีการยืนยันแบบ 2 ขั้นตอนใหม่ใน${account}`,
    details: { time, factorType: mfaMethod },
    note: `${ifYou} ${resetNow} และนำวิธียืนยันนี้ออก`,
  },
  MfaFactorUnenrolled: {
    subject: 'มีการนำวิธีการยืนยันแบบ 2 ขั้นตอนออก',
    preheader: mfaChanged,
    heading: 'มีการนำวิธีการยืนยันแบบ 2 ขั้นตอนออก',
    intro: `มีการนำวิธีการยืนยันแบบ 2 ขั้นตอนออกจาก${account}`,
    details: { time, factorType: mfaMethod },
    note: `${ifYou} ${resetNow} เนื่องจากบัญชีของคุณได้รับการป้องกันน้อยลงแล้ว`,
  },
};
