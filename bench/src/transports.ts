import { createMailgunTransport } from '@authmail/mailgun';
import { createPostmarkTransport } from '@authmail/postmark';
import { createResendTransport } from '@authmail/resend';
import { createSendGridTransport } from '@authmail/sendgrid';
import { createSesTransport } from '@authmail/ses';
import { createSmtpTransport } from '@authmail/smtp';
import { type Fakes, mailgunDomain } from './fakes.js';

/** Our Mailgun transport on the fake API. */
export const mailgunTransport = (fakes: Fakes) =>
  createMailgunTransport({
    apiKey: fakes.mailgun.apiKey,
    domain: mailgunDomain,
    endpoint: fakes.mailgun.url,
    allowCustomEndpoint: true,
  });

/** Our SendGrid transport on the fake API. */
export const sendGridTransport = (fakes: Fakes) =>
  createSendGridTransport({
    apiKey: fakes.sendgrid.apiKey,
    baseUrl: fakes.sendgrid.url,
    allowCustomBaseUrl: true,
  });

/** Our SMTP transport (pooled, nodemailer's defaults) on the fake server; `close()` it after. */
export const smtpTransport = (fakes: Fakes) =>
  createSmtpTransport({
    host: fakes.smtp.host,
    port: fakes.smtp.port,
    auth: { user: fakes.smtp.user, pass: fakes.smtp.apiKey },
  });

/** Our Resend transport on the fake API. */
export const resendTransport = (fakes: Fakes) =>
  createResendTransport({
    apiKey: fakes.resend.apiKey,
    baseUrl: fakes.resend.url,
    allowCustomBaseUrl: true,
  });

/** Our SES transport on the fake API. */
export const sesTransport = (fakes: Fakes) =>
  createSesTransport({
    region: fakes.ses.region,
    credentials: { accessKeyId: fakes.ses.accessKeyId, secretAccessKey: fakes.ses.apiKey },
    endpoint: fakes.ses.url,
    allowCustomEndpoint: true,
  });

/** Our Postmark transport on the fake API (tracking off, its default). */
export const postmarkTransport = (fakes: Fakes) =>
  createPostmarkTransport({
    serverToken: fakes.postmark.apiKey,
    baseUrl: fakes.postmark.url,
    allowCustomBaseUrl: true,
  });
