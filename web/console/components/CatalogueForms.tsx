import { type FormEvent, useId, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useI18n } from '../i18n.ts';
import { ActionError } from './ActionError.tsx';
import { toMinor } from './RefundForm.tsx';
import { useAction } from './use-action.ts';

type Done = { onCreated(): void };

/** A small form: its fields, a submit button, the problem the API answered with. */
function CreateForm(props: {
  label: string;
  submit(): Promise<unknown>;
  onCreated(): void;
  children: React.ReactNode;
}) {
  const action = useAction();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    action.run(props.submit, props.onCreated);
  };
  return (
    <form className="toolbar" onSubmit={onSubmit}>
      {props.children}
      <button type="submit" disabled={action.busy}>
        {props.label}
      </button>
      <ActionError action={action} />
    </form>
  );
}

export function CreateProduct(props: Done) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const id = useId();
  const submit = async () => unwrap(await api.POST('/v1/products', { body: { name } }));
  return (
    <CreateForm label={t('addProduct')} submit={submit} onCreated={props.onCreated}>
      <label htmlFor={id}>{t('productName')}</label>
      <input id={id} value={name} onChange={(e) => setName(e.target.value)} required />
    </CreateForm>
  );
}

/** A per-unit recurring price; the other pricing models (tiers, packages, metered) are created through the API. */
export function CreatePrice(props: Done & { products: Schemas['Product'][] }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ product: '', currency: 'usd', amount: '', interval: 'month' });
  const id = useId();
  const submit = async () => {
    const unitAmount = toMinor(form.amount, form.currency);
    if (unitAmount === null) throw new Error(t('priceAmount'));
    const body = {
      product: form.product,
      currency: form.currency,
      unit_amount: unitAmount,
      recurring: { interval: form.interval },
    };
    return unwrap(await api.POST('/v1/prices', { body }));
  };
  return (
    <CreateForm label={t('addPrice')} submit={submit} onCreated={props.onCreated}>
      <label htmlFor={`${id}-p`}>{t('product')}</label>
      <select
        id={`${id}-p`}
        value={form.product}
        onChange={(e) => setForm({ ...form, product: e.target.value })}
        required
      >
        <option value="">{t('notAvailable')}</option>
        {props.products.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-c`}>{t('currency')}</label>
      <input
        id={`${id}-c`}
        value={form.currency}
        onChange={(e) => setForm({ ...form, currency: e.target.value })}
        size={4}
        required
      />
      <label htmlFor={`${id}-a`}>{t('priceAmount')}</label>
      <input
        id={`${id}-a`}
        inputMode="decimal"
        value={form.amount}
        onChange={(e) => setForm({ ...form, amount: e.target.value })}
        size={8}
        required
      />
      <label htmlFor={`${id}-i`}>{t('interval')}</label>
      <select id={`${id}-i`} value={form.interval} onChange={(e) => setForm({ ...form, interval: e.target.value })}>
        {(['day', 'week', 'month', 'year'] as const).map((i) => (
          <option key={i} value={i}>
            {t(`per_${i}`)}
          </option>
        ))}
      </select>
    </CreateForm>
  );
}

export function CreateCoupon(props: Done) {
  const { t } = useI18n();
  const [form, setForm] = useState({ name: '', percent: '', duration: 'once' as 'once' | 'forever' });
  const id = useId();
  const submit = async () => {
    const body = { name: form.name, percent_off: Number(form.percent), duration: form.duration };
    return unwrap(await api.POST('/v1/coupons', { body }));
  };
  return (
    <CreateForm label={t('addCoupon')} submit={submit} onCreated={props.onCreated}>
      <label htmlFor={`${id}-n`}>{t('couponName')}</label>
      <input id={`${id}-n`} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
      <label htmlFor={`${id}-p`}>{t('percentOff')}</label>
      <input
        id={`${id}-p`}
        type="number"
        min={1}
        max={100}
        value={form.percent}
        onChange={(e) => setForm({ ...form, percent: e.target.value })}
        required
      />
      <label htmlFor={`${id}-d`}>{t('duration')}</label>
      <select
        id={`${id}-d`}
        value={form.duration}
        onChange={(e) => setForm({ ...form, duration: e.target.value as 'once' | 'forever' })}
      >
        <option value="once">{t('once')}</option>
        <option value="forever">{t('forever')}</option>
      </select>
    </CreateForm>
  );
}
