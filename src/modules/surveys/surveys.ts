/** Surveys an account defines: NPS or CSAT, each with its throttle window. */
import { eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type LocalizedText, type SurveyKind, type SurveyOption, surveys } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { attributeTypes } from '../customers/index.ts';
import { presentSurvey, type SurveyRow } from './present.ts';

export type SurveyInput = {
  name: string;
  kind: SurveyKind;
  question?: LocalizedText;
  options?: SurveyOption[];
  attribute?: string;
  throttle_days?: number;
  metadata?: Record<string, string | null>;
};

/** A choice survey needs an English question and 2+ options with distinct values; the others take none of it. */
async function checkSurvey(ctx: AppContext, accountId: string, input: SurveyInput): Promise<void> {
  if (input.kind !== 'choice') {
    for (const field of ['question', 'options', 'attribute'] as const) {
      if (input[field] !== undefined) throw invalid('parameter_invalid', `Only a choice survey takes ${field}`, field);
    }
    return;
  }
  if (!input.question?.en) throw invalid('parameter_missing', 'A choice survey needs question.en', 'question.en');
  const options = input.options ?? [];
  if (options.length < 2) throw invalid('parameter_missing', 'A choice survey needs at least two options', 'options');
  if (new Set(options.map((o) => o.value)).size !== options.length) {
    throw invalid('parameter_invalid', 'Option values must be distinct', 'options');
  }
  const unlabeled = options.findIndex((o) => !o.label.en);
  if (unlabeled >= 0)
    throw invalid('parameter_missing', 'Each option needs label.en', `options[${unlabeled}].label.en`);
  if (input.attribute !== undefined && (await attributeTypes(ctx, accountId)).get(input.attribute) !== 'string') {
    throw invalid('attribute_undefined', `Define '${input.attribute}' as a string attribute first`, 'attribute');
  }
}

export async function createSurvey(ctx: AppContext, actor: Actor, input: SurveyInput) {
  await checkSurvey(ctx, actor.accountId, input);
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(surveys)
    .values({
      accountId: actor.accountId,
      id: newId('srv'),
      name: input.name,
      kind: input.kind,
      question: input.question ?? null,
      options: input.options ?? null,
      attribute: input.attribute ?? null,
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
