/** The message log and the accounts' template overrides, as the API shows them. */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { byId } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { messages, noticeTemplates } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { invalid, notFound } from '../../kernel/errors.ts';
import { NOTICE_LOCALES, NOTICE_TEMPLATES, templateProblem } from './core/index.ts';
import { isCredentialMail } from './operator-mail.ts';

type MessageRow = typeof messages.$inferSelect;

export function presentMessage(row: MessageRow) {
  return {
    id: row.id,
    object: 'message' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    to: row.to,
    template: row.template,
    locale: row.locale,
    subject: row.subject,
    status: row.status,
    event: row.eventId,
    attempts: row.attempts,
    next_attempt_at: row.status === 'queued' && row.nextAttemptAt ? toUnix(row.nextAttemptAt) : null,
    last_error: row.lastError,
    sent_at: row.sentAt ? toUnix(row.sentAt) : null,
    // A sign-in or invitation link is a credential: whoever reads the log must not be able to use it.
    text: isCredentialMail(row.template) ? '(not shown: it holds a single-use sign-in link)' : row.content.text,
    headers: row.content.headers,
  };
}

export type MessageSearch = ListParams & { customer?: string; template?: string };

export async function listMessages(ctx: AppContext, accountId: string, params: MessageSearch) {
  const filters: SQL[] = [];
  if (params.customer) filters.push(eq(messages.customerId, params.customer));
  if (params.template) filters.push(eq(messages.template, params.template));
  return listPage(ctx.db, messages, accountId, params, and(...filters), presentMessage);
}

export async function getMessage(ctx: AppContext, accountId: string, id: string) {
  const [row] = await ctx.db
    .select()
    .from(messages)
    .where(byId(messages, accountId, id));
  if (!row) throw notFound('message', id);
  return presentMessage(row);
}

export type TemplateInput = { subject: string; body: string };

/** Sets an account's subject and body for one notice in one locale (refused unless plain placeholders). */
export async function putNoticeTemplate(
  ctx: AppContext,
  actor: Actor,
  template: string,
  locale: string,
  input: TemplateInput,
) {
  if (!(NOTICE_TEMPLATES as readonly string[]).includes(template))
    throw invalid('parameter_invalid', `unknown notice template '${template}'`, 'template');
  if (!(NOTICE_LOCALES as readonly string[]).includes(locale))
    throw invalid('parameter_invalid', `locale must be one of ${NOTICE_LOCALES.join(', ')}`, 'locale');
  for (const field of ['subject', 'body'] as const) {
    const problem = templateProblem(input[field]);
    if (problem) throw invalid('parameter_invalid', problem, field);
  }
  const updated = toDate(ctx.clock.now());
  const values = { accountId: actor.accountId, template, locale, subject: input.subject, body: input.body, updated };
  await ctx.db
    .insert(noticeTemplates)
    .values(values)
    .onConflictDoUpdate({
      target: [noticeTemplates.accountId, noticeTemplates.template, noticeTemplates.locale],
      set: { subject: input.subject, body: input.body, updated },
    });
  const object = {
    id: `${template}/${locale}`,
    object: 'notice_template' as const,
    template,
    locale,
    subject: input.subject,
    body: input.body,
    updated: toUnix(updated),
  };
  await recordEvent(ctx.db, actor, { type: 'notice_template.updated', object, at: ctx.clock.now() });
  return object;
}
