/** An account's support settings: priority rules (first match wins), targets per priority, the reply domain. */
import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { supportSettings } from '../../db/schema/index.ts';
import type { TicketPriority } from '../../db/schema/support.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import {
  DEFAULT_TARGETS,
  PRIORITIES,
  type PriorityRule,
  type Signer,
  type Target,
  type Targets,
} from './core/index.ts';

export type SupportSettings = {
  priority_rules: PriorityRule[];
  targets: Targets;
  reply_domain: string;
  /** The CSAT survey a solved ticket's request belongs to, made on the first solve. */
  csat_survey: string | null;
};
export type SupportSettingsInput = {
  priority_rules?: PriorityRule[];
  targets?: Partial<Record<TicketPriority, Partial<Target>>>;
  reply_domain?: string;
};

export const DEFAULT_REPLY_DOMAIN = 'support.tenure.local';
type SettingsRow = typeof supportSettings.$inferSelect;

/** The account's row, made with fresh secrets on first use. */
export async function settingsRow(db: Db, accountId: string): Promise<SettingsRow> {
  const secret = () => randomBytes(32).toString('base64url');
  await db
    .insert(supportSettings)
    .values({ accountId, signingSecret: secret(), inboundSecret: secret(), updated: new Date(0) })
    .onConflictDoNothing();
  const [row] = await db.select().from(supportSettings).where(eq(supportSettings.accountId, accountId));
  return row!;
}

/** The account's row if it was ever made (no secret exists before it is): inbound mail must not create one. */
export async function existingSettingsRow(db: Db, accountId: string): Promise<SettingsRow | null> {
  const [row] = await db.select().from(supportSettings).where(eq(supportSettings.accountId, accountId));
  return row ?? null;
}

/** Stored settings over the defaults. */
export function settingsOf(row: SettingsRow): SupportSettings {
  const stored = row.settings as Partial<SupportSettings>;
  return {
    priority_rules: stored.priority_rules ?? [],
    targets: { ...DEFAULT_TARGETS, ...stored.targets },
    reply_domain: stored.reply_domain ?? DEFAULT_REPLY_DOMAIN,
    csat_survey: stored.csat_survey ?? null,
  };
}

/** Remembers the survey solved tickets' CSAT requests belong to. */
export async function rememberCsatSurvey(db: Db, accountId: string, surveyId: string): Promise<void> {
  const row = await settingsRow(db, accountId);
  await db
    .update(supportSettings)
    .set({ settings: { ...row.settings, csat_survey: surveyId } })
    .where(eq(supportSettings.accountId, accountId));
}

/** HMAC-SHA256 under the account's signing secret, 128 bits in lowercase hex. */
export const signerOf =
  (row: SettingsRow): Signer =>
  (payload) =>
    createHmac('sha256', row.signingSecret).update(payload).digest('hex').slice(0, 32);

function present(row: SettingsRow) {
  return {
    object: 'support_settings' as const,
    ...settingsOf(row),
    inbound_mail: { path: `/inbound/mail/${row.accountId}`, secret: row.inboundSecret },
  };
}

export async function getSupportSettings(ctx: AppContext, accountId: string) {
  return present(await settingsRow(ctx.db, accountId));
}

function checkTargets(targets: Targets): void {
  for (const priority of PRIORITIES) {
    const t = targets[priority];
    if (t.resolution_minutes < t.first_response_minutes) {
      throw invalid(
        'parameter_invalid',
        'A resolution target cannot come before the first-response target',
        `targets.${priority}.resolution_minutes`,
      );
    }
  }
}

/** Replaces the rules (their order is the order they are tried) and merges the targets given. */
export async function updateSupportSettings(ctx: AppContext, actor: Actor, input: SupportSettingsInput) {
  const row = await settingsRow(ctx.db, actor.accountId);
  const current = settingsOf(row);
  const targets = { ...current.targets };
  for (const [priority, target] of Object.entries(input.targets ?? {})) {
    targets[priority as TicketPriority] = { ...targets[priority as TicketPriority], ...target };
  }
  checkTargets(targets);
  const names = (input.priority_rules ?? []).map((r) => r.name);
  const twice = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (twice >= 0) throw invalid('parameter_invalid', 'Rule names must be distinct', `priority_rules[${twice}].name`);
  const next: SupportSettings = {
    priority_rules: input.priority_rules ?? current.priority_rules,
    targets,
    reply_domain: input.reply_domain ?? current.reply_domain,
    csat_survey: current.csat_survey,
  };
  const at = ctx.clock.now();
  const [updated] = await ctx.db
    .update(supportSettings)
    .set({ settings: next, updated: toDate(at) })
    .where(eq(supportSettings.accountId, actor.accountId))
    .returning();
  const object = present(updated!);
  const { inbound_mail: _secret, ...visible } = object;
  await recordEvent(ctx.db, actor, {
    type: 'support_settings.updated',
    object: { id: actor.accountId, ...visible },
    at,
  });
  return object;
}
