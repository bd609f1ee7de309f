/**
 * E-mails to console operators (invitations, sign-in links): queued in the messages table in the caller's
 * transaction and sent by the notice worker with its retries, like every notice. Their link is a credential, so
 * the message log never shows their body (see presentMessage).
 */
import type { Db } from '../../db/index.ts';
import { messages } from '../../db/schema/index.ts';
import { newId } from '../../kernel/ids.ts';
import { escapeHtml } from './core/render.ts';

export type OperatorMailTemplate = 'operator_invitation' | 'operator_sign_in_link';

export const isCredentialMail = (template: string) => template.startsWith('operator_');

export async function queueOperatorMail(
  db: Db,
  at: Date,
  mail: { accountId: string; operatorId: string; to: string; template: OperatorMailTemplate; cause: string },
  content: { subject: string; lines: string[]; link: string },
): Promise<void> {
  const text = [...content.lines, '', content.link, ''].join('\n');
  const paragraphs = content.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const link = escapeHtml(content.link);
  const html = `<!doctype html><html lang="en"><body>${paragraphs}<p><a href="${link}">${link}</a></p></body></html>`;
  await db.insert(messages).values({
    accountId: mail.accountId,
    id: newId('msg'),
    customerId: mail.operatorId,
    to: mail.to,
    template: mail.template,
    locale: 'en',
    subject: content.subject,
    content: { text, html, headers: { 'X-Tenure-Template': mail.template } },
    eventId: mail.cause,
    nextAttemptAt: at,
    created: at,
  });
}
