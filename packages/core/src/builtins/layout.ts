import type { EmailTemplate } from '../render/render-email.js';
import type { BuiltinMessage } from './messages.js';

const brand =
  '{{#if application.branding.logoUrl}}<img src="{{application.branding.logoUrl}}" alt="{{application.name}}" height="40">' +
  '{{else}}{{#if organization.branding.logoUrl}}<img src="{{organization.branding.logoUrl}}" alt="{{organization.name}}" height="40">' +
  '{{else}}{{#if application}}<strong>{{application.name}}</strong>{{/if}}{{/if}}{{/if}}';

/** Builds a complete built-in email (subject, HTML, text) from a message's words. */
export function builtinTemplate(message: BuiltinMessage, languageTag: string): EmailTemplate {
  const highlight = message.action
    ? `<p style="margin:24px 0"><a href="{{link}}" style="background:#5d34f2;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${message.action}</a></p><p style="font-size:13px;color:#555555;word-break:break-all">{{link}}</p>`
    : '<p style="font-size:32px;font-weight:700;letter-spacing:6px;margin:24px 0;font-family:monospace">{{code}}</p>';
  const content =
    `<!doctype html><html lang="${languageTag}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${message.subject}</title></head>` +
    `<body style="margin:0;padding:0;background:#f4f4f5"><div style="display:none;max-height:0;overflow:hidden" data-text="skip">${message.preheader}</div>` +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">' +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:480px;background:#ffffff;border-radius:8px;font-family:Helvetica,Arial,sans-serif;color:#1f2937"><tr><td style="padding:32px">' +
    `<div data-text="skip">${brand}</div><h1 style="font-size:20px;margin:16px 0">${message.heading}</h1><p>${message.intro}</p>${highlight}<p style="color:#555555;font-size:13px">${message.note}</p>` +
    '</td></tr></table></td></tr></table></body></html>';
  const highlightText = message.action ? `${message.action}: {{link}}` : '{{code}}';
  const text = `${message.heading}\n\n${message.intro}\n\n${highlightText}\n\n${message.note}\n`;
  return { subject: message.subject, content, contentType: 'text/html', text };
}
