/** Surveys an account defines: NPS or CSAT, each with its throttle window. */
import { eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type SurveyKind, surveys } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { presentSurvey, type SurveyRow } from './present.ts';

export type SurveyInput = {
  name: string;
  kind: SurveyKind;
  throttle_days?: number;
  metadata?: Record<string, string | null>;
};

export async function createSurvey(ctx: AppContext, actor: Actor, input: SurveyInput) {
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(surveys)
    .values({
      accountId: actor.accountId,
      id: newId('srv'),
      name: input.name,
      kind: input.kind,
      throttleDays: input.throttle_days ?? 30,
      metadata: mergeMetadata({}, input.metadata ?? {}),
      created: toDate(at),
    })
    .returning();
  const object = presentSurvey(row!);
  await recordEvent(ctx.db, actor, { type: 'survey.created', object, at });
  return object;
}

export const findSurvey = (ctx: AppContext, accountId: string, id: string, param = 'id') =>
  findOne<SurveyRow>(ctx.db, surveys, accountId, id, 'survey', { param });

export async function getSurvey(ctx: AppContext, accountId: string, id: string) {
  return presentSurvey(await findSurvey(ctx, accountId, id));
}

export function listSurveys(ctx: AppContext, accountId: string, params: ListParams & { kind?: SurveyKind }) {
  const where = params.kind ? eq(surveys.kind, params.kind) : undefined;
  return listPage(ctx.db, surveys, accountId, params, where, presentSurvey);
}
