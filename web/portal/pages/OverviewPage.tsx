import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import type { PortalMessages } from '../messages.ts';
import { type Overview, type PortalSubscription, portal } from '../portal-api.ts';
import { Loading, Notice } from './Loading.tsx';

type T = ReturnType<typeof useI18n>['t'];
const statusText = (t: T, status: string) => t(`status_${status}` as keyof PortalMessages);

function SubscriptionCard(props: {
  sub: PortalSubscription;
  overview: Overview;
  act(run: () => Promise<unknown>): void;
}) {
  const { t, f } = useI18n();
  const { sub } = props;
  const features = props.overview.features;
  return (
    <section className="card subscription" aria-labelledby={`plan-${sub.id}`}>
      <h2 id={`plan-${sub.id}`}>{sub.plan.name}</h2>
      <p>
        <span className="status">{statusText(t, sub.status)}</span>
      </p>
      {sub.next_renewal && (
        <p data-testid="renewal">
          {t('renewsOn', {
            date: f.date(sub.next_renewal.date),
            amount: f.money(sub.next_renewal.amount, sub.next_renewal.currency),
          })}
        </p>
      )}
      {sub.access_ends_at !== null && (
        <p data-testid="access-ends">{t('accessEnds', { date: f.date(sub.access_ends_at) })}</p>
      )}
      {sub.status === 'paused' && <p>{t('pausedNote')}</p>}
      <div className="actions">
        {features.subscription_update.enabled && sub.access_ends_at === null && sub.status !== 'paused' && (
          <Link className="button" href={`/subscriptions/${sub.id}/plan`}>
            {t('changePlan')}
          </Link>
        )}
        {sub.access_ends_at !== null && features.subscription_cancel.enabled && (
          <button type="button" onClick={() => props.act(() => portal.undoCancel(sub.id))}>
            {t('undoCancel')}
          </button>
        )}
        {features.subscription_pause.enabled && sub.status === 'active' && sub.access_ends_at === null && (
          <button type="button" className="secondary" onClick={() => props.act(() => portal.pause(sub.id))}>
            {t('pause')}
          </button>
        )}
        {features.subscription_pause.enabled && sub.status === 'paused' && (
          <button type="button" onClick={() => props.act(() => portal.resume(sub.id))}>
            {t('resume')}
          </button>
        )}
        {features.subscription_cancel.enabled && sub.access_ends_at === null && (
          <Link className="button secondary" href={`/subscriptions/${sub.id}/cancel`}>
            {t('cancel')}
          </Link>
        )}
      </div>
    </section>
  );
}

/** What the subscriber has: plans with renewal or end dates, unpaid invoices, the card on file. */
export function OverviewPage() {
  const { t, f } = useI18n();
  const digits = (s: string) => s.replace(/\d/g, (d) => f.number(Number(d)));
  const loaded = useApi(() => portal.overview(), []);
  const [error, setError] = useState<string | null>(null);
  return (
    <Loading loaded={loaded}>
      {(overview, reload) => {
        const act = (run: () => Promise<unknown>) =>
          run().then(
            () => {
              setError(null);
              reload();
            },
            (e: Error) => setError(e.message),
          );
        return (
          <>
            <h1>{overview.business_profile.headline ?? t('title')}</h1>
            <Notice text={error} error />
            {overview.subscriptions.length === 0 && <p>{t('noSubscriptions')}</p>}
            {overview.subscriptions.map((sub) => (
              <SubscriptionCard key={sub.id} sub={sub} overview={overview} act={act} />
            ))}
            {overview.open_invoices.length > 0 && (
              <section aria-labelledby="open-invoices">
                <h2 id="open-invoices">{t('openInvoices')}</h2>
                {overview.open_invoices.map((inv) => (
                  <p key={inv.id} className="actions">
                    <span>{inv.number}</span>
                    <button type="button" onClick={() => act(() => portal.pay(inv.id))}>
                      {t('payNow', { amount: f.money(inv.amount_remaining, inv.currency) })}
                    </button>
                  </p>
                ))}
              </section>
            )}
            {overview.features.payment_method_update.enabled && (
              <section aria-labelledby="card-on-file">
                <h2 id="card-on-file">{t('navCard')}</h2>
                <p>
                  {overview.payment_method
                    ? t('cardOnFile', {
                        brand: overview.payment_method.brand ?? '',
                        last4: digits(overview.payment_method.last4 ?? ''),
                      })
                    : t('noCard')}{' '}
                  <Link href="/payment-method">{t('updateCard')}</Link>
                </p>
              </section>
            )}
          </>
        );
      }}
    </Loading>
  );
}
