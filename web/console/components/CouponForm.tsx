import { type FormEvent, useId, useState } from 'react';
import { api, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { ActionError } from './ActionError.tsx';
import { useAction } from './use-action.ts';

/** A coupon from the catalogue applied to one subscription (POST /v1/subscriptions/:id with `coupon`). */
export function CouponForm(props: { subscription: string; onApplied(): void }) {
  const { t } = useI18n();
  const coupons = useApi(async () => unwrap(await api.GET('/v1/coupons', { params: { query: { limit: 100 } } })), []);
  const [coupon, setCoupon] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const action = useAction();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const path = { id: props.subscription };
    action.run(
      async () => unwrap(await api.POST('/v1/subscriptions/{id}', { params: { path }, body: { coupon } })),
      () => {
        setApplied(coupon);
        props.onApplied();
      },
    );
  };
  const list = coupons.state === 'ready' ? coupons.data.data : [];
  return (
    <form className="toolbar" onSubmit={submit}>
      <label htmlFor={id}>{t('coupon')}</label>
      <select id={id} value={coupon} onChange={(e) => setCoupon(e.target.value)} required>
        <option value="">{t('notAvailable')}</option>
        {list.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name ?? c.id}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={action.busy || !coupon}>
        {t('applyCoupon')}
      </button>
      <ActionError action={action} />
      {applied && <p role="status">{t('saved')}</p>}
    </form>
  );
}
