import type { BuiltinCatalog } from '../catalog.js';

const service = '{{#if application}}{{application.name}}{{else}}서비스{{/if}}';
const expiry = '코드는 {{expiresInMinutes}}분 후에 만료됩니다.';
const linkExpiry = '링크는 {{expiresInMinutes}}분 후에 만료됩니다.';
const ignore = '직접 요청하지 않으셨다면 이 이메일을 무시하셔도 됩니다.';
/** "Select the button", as the end of a sentence that starts with "…하려면". */
const click = '아래 버튼을 클릭하세요.';
const notSignedInIgnore = '로그인을 시도하지 않으셨다면 이 이메일을 무시하셔도 됩니다.';
const resetIgnore =
  '비밀번호 재설정을 요청하지 않으셨다면 계정은 안전하며 이 이메일을 무시하셔도 됩니다.';
const someoneChanging =
  '직접 요청하지 않으셨다면 누군가 계정을 변경하려는 것일 수 있으니 비밀번호를 변경하세요.';
const notSignedIn = '로그인을 시도하지 않으셨다면 비밀번호를 변경하세요.';
const irreversible = '삭제된 계정은 복구할 수 없습니다.';
const unexpectedInvitation = '초대를 예상하지 않으셨다면 이 이메일을 무시하셔도 됩니다.';
const acceptInvitation = '초대 수락하기';
const ifYou = '직접 변경하셨다면 따로 조치하실 필요가 없습니다.';
const resetNow = '변경하지 않으셨다면 지금 바로 비밀번호를 재설정하고';
const someoneElse = `${ifYou} 변경하지 않으셨다면 다른 사람이 계정을 사용하고 있을 수 있으니 지금 바로 비밀번호를 재설정하세요.`;

/** Korean wording of the built-in emails. */
export const ko: BuiltinCatalog = {
  SignIn: {
    subject: '로그인 인증 코드: {{code}}',
    preheader: `${service} 로그인 인증 코드입니다`,
    heading: `${service}에 로그인`,
    intro: '로그인을 완료하려면 아래 인증 코드를 입력하세요.',
    note: `${expiry} ${notSignedInIgnore}`,
    byLink: {
      subject: `${service}에 로그인`,
      intro: `로그인을 완료하려면 ${click}`,
      note: `${linkExpiry} ${notSignedInIgnore}`,
      action: '로그인하기',
    },
  },
  Register: {
    subject: '회원가입 인증 코드: {{code}}',
    preheader: '이메일 주소를 인증해 주세요',
    heading: `${service}에 오신 것을 환영합니다`,
    intro: '이메일 주소를 인증하고 계정을 만들려면 아래 코드를 입력하세요.',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: '이메일 주소를 인증해 주세요',
      intro: `이메일 주소를 인증하고 계정을 만들려면 ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: '이메일 인증하기',
    },
  },
  ForgotPassword: {
    subject: '비밀번호 재설정 코드: {{code}}',
    preheader: `${service} 비밀번호 재설정`,
    heading: '비밀번호 재설정',
    intro: '새 비밀번호를 설정하려면 아래 코드를 입력하세요.',
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: '비밀번호 재설정',
      intro: `새 비밀번호를 설정하려면 ${click}`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: '비밀번호 재설정하기',
    },
  },
  Generic: {
    subject: '인증 코드: {{code}}',
    preheader: '인증 코드입니다',
    heading: '인증 코드',
    intro: '계속하려면 아래 코드를 입력하세요.',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: '인증 링크',
      intro: `계속하려면 ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: '계속하기',
    },
  },
  OrganizationInvitation: {
    subject: '{{organization.name}}에 초대되었습니다',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}님이 {{organization.name}}에 초대했습니다{{else}}{{organization.name}}에 초대되었습니다{{/if}}',
    heading: '{{organization.name}}에 참여하세요',
    intro:
      '{{#if inviter.name}}{{inviter.name}}님이{{else}}팀원이{{/if}} 회원님을 {{organization.name}}에 초대했습니다.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '본인 확인 코드: {{code}}',
    preheader: '본인 확인이 필요합니다',
    heading: '본인 확인',
    intro: '계속하기 전에 본인임을 확인하려면 아래 코드를 입력하세요.',
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: '본인 확인이 필요합니다',
      intro: `계속하기 전에 본인임을 확인하려면 ${click}`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: '본인 확인하기',
    },
  },
  BindNewIdentifier: {
    subject: '이메일 인증 코드: {{code}}',
    preheader: '새 이메일 주소를 인증해 주세요',
    heading: '이메일 주소 인증',
    intro: '이 이메일 주소를 계정에 연결하려면 아래 코드를 입력하세요.',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: '새 이메일 주소를 인증해 주세요',
      intro: `이 이메일 주소를 계정에 연결하려면 ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: '이메일 인증하기',
    },
  },
  MfaVerification: {
    subject: '2단계 인증 코드: {{code}}',
    preheader: '2단계 인증 코드입니다',
    heading: '2단계 인증',
    intro: `${service} 로그인을 완료하려면 아래 코드를 입력하세요.`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: '2단계 인증 링크',
      intro: `${service} 로그인을 완료하려면 ${click}`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: '로그인 계속하기',
    },
  },
  BindMfa: {
    subject: '2단계 인증 설정 코드: {{code}}',
    preheader: '2단계 인증을 설정합니다',
    heading: '2단계 인증 설정',
    intro: '이 이메일 주소를 2단계 인증에 사용하려면 아래 코드를 입력하세요.',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: '2단계 인증 설정',
      intro: `이 이메일 주소를 2단계 인증에 사용하려면 ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: '확인하기',
    },
  },
  DeleteAccount: {
    subject: '계정 삭제 확인 코드: {{code}}',
    preheader: '계정 삭제를 확인해 주세요',
    heading: '계정 삭제',
    intro: `${service} 계정을 삭제하시려면 아래 코드를 입력하여 확인해 주세요.`,
    note: `${expiry} ${irreversible} 직접 요청하지 않으셨다면 이 코드를 누구에게도 알려 주지 마시고 비밀번호를 변경하세요.`,
    byLink: {
      subject: '계정 삭제를 확인해 주세요',
      intro: `${service} 계정을 삭제하시려면 아래 버튼을 클릭하여 확인해 주세요.`,
      note: `${linkExpiry} ${irreversible} 직접 요청하지 않으셨다면 버튼을 클릭하지 마시고 비밀번호를 변경하세요.`,
      action: '계정 삭제하기',
    },
  },
  Invite: {
    subject: '{{#if application}}{{application.name}}에{{else}}계정 생성에{{/if}} 초대되었습니다',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}님이 회원님을 초대했습니다{{else}}계정 생성 초대가 도착했습니다{{/if}}',
    heading: '초대가 도착했습니다',
    intro:
      '{{#if inviter.name}}{{inviter.name}}님이{{else}}누군가가{{/if}} 회원님을 초대했습니다. 초대를 수락하고 로그인 방법을 선택하여 {{#if application}}{{application.name}} {{/if}}계정을 만드세요.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject:
      '{{#if application}}{{application.name}}에 오신 것을 환영합니다{{else}}가입을 환영합니다{{/if}}',
    preheader: '계정이 준비되었습니다',
    heading: '{{#if user.name}}{{user.name}}님, {{/if}}환영합니다',
    intro:
      '{{#if application}}{{application.name}}에 {{/if}}가입해 주셔서 감사합니다. 이제 계정을 바로 사용하실 수 있습니다.',
    note: '계정을 만든 적이 없으시다면 이 이메일을 무시하셔도 됩니다.',
  },
  PasswordChanged: {
    subject: '비밀번호가 변경되었습니다',
    preheader: `${service} 계정의 비밀번호가 변경되었습니다`,
    heading: '비밀번호가 변경되었습니다',
    intro: `${service} 계정의 비밀번호가 변경되었습니다.`,
    details: { time: '변경 일시' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `새 기기에서 ${service}에 로그인했습니다`,
    preheader: '처음 보는 기기에서 로그인이 감지되었습니다',
    heading: '본인이 로그인하셨나요?',
    intro: `처음 보는 기기에서 ${service} 계정에 로그인했습니다.`,
    details: { time: '일시', device: '기기', ip: 'IP 주소', location: '위치' },
    note: '본인이 로그인하셨다면 따로 조치하실 필요가 없습니다. 본인이 아니라면 지금 바로 비밀번호를 변경하세요.',
  },
  EmailChanged: {
    subject: '이메일 주소가 변경되었습니다',
    preheader: `${service} 계정의 이메일 주소가 변경되었습니다`,
    heading: '이메일 주소가 변경되었습니다',
    intro: `${service} 계정의 이메일 주소가 변경되었습니다.`,
    details: { time: '변경 일시', oldEmail: '이전 주소', newEmail: '새 주소' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: '전화번호가 변경되었습니다',
    preheader: `${service} 계정의 전화번호가 변경되었습니다`,
    heading: '전화번호가 변경되었습니다',
    intro: `${service} 계정의 전화번호가 변경되었습니다.`,
    details: { time: '변경 일시', oldPhone: '이전 번호', newPhone: '새 번호' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: '계정에 로그인 방법이 추가되었습니다',
    preheader: `${service}에 로그인하는 새 방법이 추가되었습니다`,
    heading: '로그인 방법이 추가되었습니다',
    intro: `${service} 계정에 새 로그인 방법이 연결되었습니다.`,
    details: { time: '변경 일시', provider: '로그인 방법' },
    note: `${ifYou} ${resetNow} 해당 로그인 방법을 삭제하세요.`,
  },
  IdentityUnlinked: {
    subject: '계정에서 로그인 방법이 삭제되었습니다',
    preheader: `${service}에 로그인하는 방법 하나가 삭제되었습니다`,
    heading: '로그인 방법이 삭제되었습니다',
    intro: `${service} 계정에서 로그인 방법 하나의 연결이 해제되었습니다.`,
    details: { time: '변경 일시', provider: '로그인 방법' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: '2단계 인증 수단이 추가되었습니다',
    preheader: `${service} 계정의 2단계 인증 설정이 변경되었습니다`,
    heading: '2단계 인증 수단이 추가되었습니다',
    intro: `${service} 계정에 새 2단계 인증 수단이 추가되었습니다.`,
    details: { time: '변경 일시', factorType: '인증 수단' },
    note: `${ifYou} ${resetNow} 해당 인증 수단을 삭제하세요.`,
  },
  MfaFactorUnenrolled: {
    subject: '2단계 인증 수단이 삭제되었습니다',
    preheader: `${service} 계정의 2단계 인증 설정이 변경되었습니다`,
    heading: '2단계 인증 수단이 삭제되었습니다',
    intro: `${service} 계정에서 2단계 인증 수단이 삭제되었습니다.`,
    details: { time: '변경 일시', factorType: '인증 수단' },
    note: `${ifYou} 변경하지 않으셨다면 지금 바로 비밀번호를 재설정하세요. 현재 계정의 보안 수준이 낮아진 상태입니다.`,
  },
};
