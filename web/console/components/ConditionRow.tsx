import { useId } from 'react';
import { useI18n } from '../i18n.ts';
import type { ConsoleMessages } from '../messages.ts';
import { type Condition, FIELDS, type Op, opsFor } from './segment-rule.ts';

const OP_LABELS: Record<Op, string | keyof ConsoleMessages> = {
  eq: '=',
  neq: '≠',
  lt: '<',
  lte: '≤',
  gt: '>',
  gte: '≥',
  in: 'opIn',
  contains: 'opContains',
  exists: 'opExists',
};

/** One condition of the builder: a field, an operator that suits it, and a value. */
export function ConditionRow(props: {
  index: number;
  condition: Condition;
  onChange(c: Condition): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const c = props.condition;
  const id = useId();
  const n = props.index + 1;
  const label = (op: Op) => {
    const l = OP_LABELS[op];
    return l.length <= 1 ? l : t(l as keyof ConsoleMessages);
  };
  const setField = (field: string) => {
    const ops = opsFor(field);
    props.onChange({ ...c, field, op: ops.includes(c.op) ? c.op : ops[0] });
  };
  return (
    <fieldset className="toolbar condition" data-condition={props.index}>
      <legend className="visually-hidden">{`${t('operator')} ${n}`}</legend>
      <label htmlFor={`${id}-f`}>{`${t('field')} ${n}`}</label>
      <select id={`${id}-f`} value={c.field} onChange={(e) => setField(e.target.value)}>
        {FIELDS.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-o`}>{`${t('operator')} ${n}`}</label>
      <select id={`${id}-o`} value={c.op} onChange={(e) => props.onChange({ ...c, op: e.target.value as Op })}>
        {opsFor(c.field).map((op) => (
          <option key={op} value={op}>
            {label(op)}
          </option>
        ))}
      </select>
      {c.op !== 'exists' && (
        <>
          <label htmlFor={`${id}-v`}>{`${t('value')} ${n}`}</label>
          <input
            id={`${id}-v`}
            value={c.value}
            onChange={(e) => props.onChange({ ...c, value: e.target.value })}
            size={12}
          />
        </>
      )}
      <button type="button" className="secondary" onClick={props.onRemove}>
        {t('removeCondition')}
      </button>
    </fieldset>
  );
}
