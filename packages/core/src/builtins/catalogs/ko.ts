import type { BuiltinCatalog } from '../catalog.js';

const service = '{{#if application}}{{application.name}}{{else}}서비스{{/if}}';
const expiry = '코드는 {{expiresInMinutes}}분 후에 만료됩니다.';
const ignore = '직접 요청하지 않으셨다면 이 이메일을 무시하셔도 됩니다.';

/** Korean wording of the built-in emails. */
export const ko: BuiltinCatalog = {
  SignIn: {
    subject: '로그인 인증 코드: {{code}}',
    preheader: `${service} 로그인 인증 코드입니다`,
    heading: `${service}에 로그인`,
    intro: '로그인을 완료하려면 아래 인증 코드를 입력하세요.',
    note: `${expiry} 로그인을 시도하지 않으셨다면 이 이메일을 무시하셔도 됩니다.`,
  },
  Register: {
    subject: '회원가입 인증 코드: {{code}}',
    preheader: '이메일 주소를 인증해 주세요',
    heading: `${service}에 오신 것을 환영합니다`,
    intro: '이메일 주소를 인증하고 계정을 만들려면 아래 코드를 입력하세요.',
    note: `${expiry} ${ignore}`,
  },
  ForgotPassword: {
    subject: '비밀번호 재설정 코드: {{code}}',
    preheader: `${service} 비밀번호 재설정`,
    heading: '비밀번호 재설정',
    intro: '새 비밀번호를 설정하려면 아래 코드를 입력하세요.',
    note: `${expiry} 비밀번호 재설정을 요청하지 않으셨다면 계정은 안전하며 이 이메일을 무시하셔도 됩니다.`,
  },
  Generic: {
    subject: '인증 코드: {{code}}',
    preheader: '인증 코드입니다',
    heading: '인증 코드',
    intro: '계속하려면 아래 코드를 입력하세요.',
    note: `${expiry} ${ignore}`,
  },
  OrganizationInvitation: {
    subject: '{{organization.name}}에 초대되었습니다',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}님이 {{organization.name}}에 초대했습니다{{else}}{{organization.name}}에 초대되었습니다{{/if}}',
    heading: '{{organization.name}}에 참여하세요',
    intro:
      '{{#if inviter.name}}{{inviter.name}}님이{{else}}팀원이{{/if}} 회원님을 {{organization.name}}에 초대했습니다.',
    note: '초대를 예상하지 않으셨다면 이 이메일을 무시하셔도 됩니다.',
    action: '초대 수락하기',
  },
  UserPermissionValidation: {
    subject: '본인 확인 코드: {{code}}',
    preheader: '본인 확인이 필요합니다',
    heading: '본인 확인',
    intro: '계속하기 전에 본인임을 확인하려면 아래 코드를 입력하세요.',
    note: `${expiry} 직접 요청하지 않으셨다면 누군가 계정을 변경하려는 것일 수 있으니 비밀번호를 변경하세요.`,
  },
  BindNewIdentifier: {
    subject: '이메일 인증 코드: {{code}}',
    preheader: '새 이메일 주소를 인증해 주세요',
    heading: '이메일 주소 인증',
    intro: '이 이메일 주소를 계정에 연결하려면 아래 코드를 입력하세요.',
    note: `${expiry} ${ignore}`,
  },
  MfaVerification: {
    subject: '2단계 인증 코드: {{code}}',
    preheader: '2단계 인증 코드입니다',
    heading: '2단계 인증',
    intro: `${service} 로그인을 완료하려면 아래 코드를 입력하세요.`,
    note: `${expiry} 로그인을 시도하지 않으셨다면 비밀번호를 변경하세요.`,
  },
  BindMfa: {
    subject: '2단계 인증 설정 코드: {{code}}',
    preheader: '2단계 인증을 설정합니다',
    heading: '2단계 인증 설정',
    intro: '이 이메일 주소를 2단계 인증에 사용하려면 아래 코드를 입력하세요.',
    note: `${expiry} ${ignore}`,
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
    note: '직접 변경하셨다면 따로 조치하실 필요가 없습니다. 변경하지 않으셨다면 다른 사람이 계정을 사용하고 있을 수 있으니 지금 바로 비밀번호를 재설정하세요.',
  },
  NewDeviceSignIn: {
    subject: `새 기기에서 ${service}에 로그인했습니다`,
    preheader: '처음 보는 기기에서 로그인이 감지되었습니다',
    heading: '본인이 로그인하셨나요?',
    intro: `처음 보는 기기에서 ${service} 계정에 로그인했습니다.`,
    details: { time: '일시', device: '기기', ip: 'IP 주소', location: '위치' },
    note: '본인이 로그인하셨다면 따로 조치하실 필요가 없습니다. 본인이 아니라면 지금 바로 비밀번호를 변경하세요.',
  },
};
