import { type FormEvent, useId, useState } from 'react';
import { currencyExponent } from '../../../src/kernel/currency.ts';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useI18n } from '../i18n.ts';
import { ActionError } from './ActionError.tsx';
import { useAction } from './use-action.ts';

/** Major units typed by the operator to integer minor units, by the currency's ISO 4217 exponent (no float sums). */
export function toMinor(text: string, currency: string): number | null {
  const exponent = currencyExponent(currency.toUpperCase());
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match || (match[2]?.length ?? 0) > exponent) return null;
  return Number(match[1]) * 10 ** exponent + Number((match[2] ?? '').padEnd(exponent, '0') || 0);
}

function toMajor(minor: number, currency: string): string {
  const exponent = currencyExponent(currency.toUpperCase());
  if (exponent === 0) return String(minor);
  return `${Math.floor(minor / 10 ** exponent)}.${String(minor % 10 ** exponent).padStart(exponent, '0')}`;
}

/** Refund part or all of what is left of a payment (POST /v1/refunds). */
export function RefundForm(props: { payment: Schemas['Payment']; onRefunded(): void }) {
  const { t, f } = useI18n();
  const p = props.payment;
  const left = p.amount - p.amount_refunded;
  const [text, setText] = useState(toMajor(left, p.currency));
  const action = useAction();
  const id = useId();
  const amount = toMinor(text, p.currency);
  const valid = amount !== null && amount > 0 && amount <= left;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    action.run(
      async () => unwrap(await api.POST('/v1/refunds', { body: { payment: p.id, amount } })),
      props.onRefunded,
    );
  };
  return (
    <form className="toolbar" onSubmit={submit}>
      <label htmlFor={id}>{t('refundAmount')}</label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        onChange={(e) => setText(e.target.value)}
        size={8}
        aria-invalid={!valid}
      />
      <button type="submit" disabled={action.busy || !valid}>
        {t('confirmRefund', { amount: valid ? f.money(amount, p.currency) : '' })}
      </button>
      <ActionError action={action} />
    </form>
  );
}
