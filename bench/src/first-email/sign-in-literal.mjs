// The hand-written sign-in email of the bare side of `startup.first-email`: template
// literals about the size of authmail's built-in English SignIn (subject, ~2.3 KB HTML, text).

/** Escapes the five characters HTML gives a meaning, as a careful hand-written template does. */
function escapeHtml(value) {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Subject, HTML and text of the sign-in email for `code` and the application's name. */
export function signInEmail({ code, applicationName }) {
  const app = escapeHtml(applicationName);
  const subject = `${code} is your sign-in code`;
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>Sign in to ${app}</title>
<style>
@media (prefers-color-scheme: dark) {
  .page { background-color: #111318 !important; }
  .card { background-color: #1c1f26 !important; color: #e8eaed !important; }
  .muted { color: #a3a8b3 !important; }
  .code { background-color: #262a33 !important; color: #ffffff !important; border-color: #3a3f4b !important; }
}
</style></head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">Your code to sign in to ${app}</div>
<table role="presentation" class="page" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;"><tbody><tr><td align="center" style="padding:32px 16px;">
<table role="presentation" class="card" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:480px;background-color:#ffffff;border-radius:12px;color:#1f2937;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.6;"><tbody>
<tr><td style="padding:32px 32px 0 32px;"><span style="font-size:16px;font-weight:700;">${app}</span></td></tr>
<tr><td style="padding:16px 32px 32px 32px;">
<h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3;font-weight:700;">Sign in to ${app}</h1>
<p style="margin:0 0 8px 0;">Enter this code to finish signing in:</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0 24px 0;"><tbody><tr><td class="code" style="background-color:#f3f4f6;border:1px solid #e5e7eb;border-radius:8px;padding:12px 20px;font-family:SFMono-Regular,Menlo,Consolas,'Courier New',monospace;font-size:32px;font-weight:700;letter-spacing:6px;color:#111827;user-select:all;-webkit-user-select:all;">${escapeHtml(code)}</td></tr></tbody></table>
<p class="muted" style="margin:0;color:#6b7280;font-size:13px;">The code expires in 10 minutes. If you didn't ask for it, you can ignore this email.</p>
</td></tr>
</tbody></table>
</td></tr></tbody></table>
</body></html>
`;
  const text = `Sign in to ${applicationName}

Enter this code to finish signing in:

${code}

The code expires in 10 minutes. If you didn't ask for it, you can ignore this email.
`;
  return { subject, html, text };
}
