import { useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useI18n } from '../i18n.ts';
import { ActionError } from './ActionError.tsx';
import { CouponForm } from './CouponForm.tsx';
import { PlanChange } from './PlanChange.tsx';
import { priceName } from './price-label.ts';
import { useAction } from './use-action.ts';

type Subscription = Schemas['Subscription'];
const ENDED = ['canceled', 'incomplete_expired'];

/** One subscription with what an operator can do to it: change plan, cancel (at period end or now), pause, coupon. */
export function SubscriptionPanel(props: { subscription: Subscription; onChanged(): void }) {
  const { t, f } = useI18n();
  const s = props.subscription;
  const action = useAction();
  const [changing, setChanging] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const path = { id: s.id };
  const done = () => {
    setChanging(false);
    setConfirmingCancel(false);
    props.onChanged();
  };
  const update = (body: { cancel_at_period_end: boolean }) =>
    action.run(async () => unwrap(await api.POST('/v1/subscriptions/{id}', { params: { path }, body })), done);
  const post = (
    route: '/v1/subscriptions/{id}/cancel' | '/v1/subscriptions/{id}/pause' | '/v1/subscriptions/{id}/resume',
  ) => action.run(async () => unwrap(await api.POST(route, { params: { path }, body: {} })), done);
  const plan = s.items.data.map((i) => priceName(i.price)).join(', ');
  const ended = ENDED.includes(s.status);
  return (
    <article className="panel" aria-label={plan} data-subscription={s.id}>
      <h3>
        {plan} <span className="status">{s.status}</span>
      </h3>
      <p className="muted">
        {t('periodEnd')}: {f.date(s.current_period_end)}
        {s.cancel_at_period_end && ` · ${t('cancelsOn', { date: f.date(s.current_period_end) })}`}
      </p>
      {!ended && (
        <fieldset className="toolbar actions">
          <legend className="visually-hidden">{t('actions')}</legend>
          <button type="button" className="secondary" onClick={() => setChanging(!changing)} aria-expanded={changing}>
            {t('changePlan')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={action.busy}
            onClick={() => update({ cancel_at_period_end: !s.cancel_at_period_end })}
          >
            {s.cancel_at_period_end ? t('keepSubscription') : t('cancelAtPeriodEnd')}
          </button>
          {confirmingCancel ? (
            <button
              type="button"
              className="danger"
              disabled={action.busy}
              onClick={() => post('/v1/subscriptions/{id}/cancel')}
            >
              {t('confirmCancelNow')}
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirmingCancel(true)}>
              {t('cancelNow')}
            </button>
          )}
          {s.status === 'paused' ? (
            <button
              type="button"
              className="secondary"
              disabled={action.busy}
              onClick={() => post('/v1/subscriptions/{id}/resume')}
            >
              {t('resume')}
            </button>
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={action.busy}
              onClick={() => post('/v1/subscriptions/{id}/pause')}
            >
              {t('pause')}
            </button>
          )}
        </fieldset>
      )}
      <ActionError action={action} />
      {changing && <PlanChange subscription={s} onChanged={done} />}
      {!ended && <CouponForm subscription={s.id} onApplied={done} />}
    </article>
  );
}
