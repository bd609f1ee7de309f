import { type FormEvent, useEffect, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { api, unwrap } from '../../shared/api.ts';
import { ActionError } from '../components/ActionError.tsx';
import { ConditionRow } from '../components/ConditionRow.tsx';
import { type Builder, toRule } from '../components/segment-rule.ts';
import { useAction } from '../components/use-action.ts';
import { useI18n } from '../i18n.ts';

const FIRST: Builder = { join: 'all', conditions: [{ key: 0, field: 'country', op: 'eq', value: '' }] };

/** The count of customers the rule matches now (POST /v1/segments/preview), asked again 300 ms after each edit. */
function useLiveCount(ruleJson: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const rule = JSON.parse(ruleJson) as Record<string, unknown>;
    const conditions = Object.values(rule)[0] as unknown[];
    if (conditions.length === 0) return setCount(null);
    let current = true;
    const timer = setTimeout(async () => {
      const { data } = await api.POST('/v1/segments/preview', { body: { rule } });
      if (current) setCount(data?.count ?? null);
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ruleJson]);
  return count;
}

/** The segment builder: conditions joined by all / any, the live count beside them, saved to /segments/:id. */
export function SegmentsPage() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [builder, setBuilder] = useState<Builder>(FIRST);
  const rule = toRule(builder);
  const count = useLiveCount(JSON.stringify(rule));
  const action = useAction();
  const ids = { name: useId(), join: useId() };
  const setCondition = (i: number, c: Builder['conditions'][number] | null) => {
    const conditions = builder.conditions.flatMap((old, j) => (j !== i ? [old] : c ? [c] : []));
    setBuilder({ ...builder, conditions });
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    action.run(async () => {
      const segment = unwrap(await api.POST('/v1/segments', { body: { name, rule } }));
      navigate(`/segments/${segment.id}`);
    });
  };
  return (
    <form onSubmit={save} className="builder">
      <h1>{t('segmentsTitle')}</h1>
      <label htmlFor={ids.name}>{t('segmentName')}</label>
      <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} required />
      <label htmlFor={ids.join}>{t('match')}</label>
      <select
        id={ids.join}
        value={builder.join}
        onChange={(e) => setBuilder({ ...builder, join: e.target.value as 'all' | 'any' })}
      >
        <option value="all">{t('matchAll')}</option>
        <option value="any">{t('matchAny')}</option>
      </select>
      {builder.conditions.map((c, i) => (
        <ConditionRow
          key={c.key}
          index={i}
          condition={c}
          onChange={(next) => setCondition(i, next)}
          onRemove={() => setCondition(i, null)}
        />
      ))}
      <div className="toolbar">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setBuilder({
              ...builder,
              conditions: [
                ...builder.conditions,
                { key: Math.max(0, ...builder.conditions.map((c) => c.key)) + 1, field: 'mrr', op: 'gte', value: '' },
              ],
            })
          }
        >
          {t('addCondition')}
        </button>
      </div>
      <p role="status" aria-live="polite" data-count={count ?? ''}>
        {count === null ? t('notAvailable') : t('liveCount', { count })}
      </p>
      <ActionError action={action} />
      <button type="submit" disabled={action.busy || count === null}>
        {t('saveSegment')}
      </button>
    </form>
  );
}
