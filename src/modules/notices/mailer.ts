/** Where notices go: SMTP through nodemailer (`SMTP_URL`), or .eml files in a folder when no SMTP is configured. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export type OutgoingMail = {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
};

export type Mailer = { send(mail: OutgoingMail): Promise<string> };

export type MailerOptions = { smtpUrl?: string | undefined; mailDir: string; from?: string };

function message(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    ...(mail.attachments && { attachments: mail.attachments }),
    messageId: `<${mail.id}@tenure.local>`,
  };
}

/** SMTP when configured; otherwise each message becomes `<mailDir>/<msg_id>.eml` (nothing is lost). */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        const info = await transport.sendMail(message(mail));
        return `smtp:${info.messageId}`;
      },
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await files.sendMail(message(mail));
      await mkdir(options.mailDir, { recursive: true });
      const path = join(options.mailDir, `${mail.id}.eml`);
      await writeFile(path, info.message as Buffer);
      return `file:${path}`;
    },
  };
}
