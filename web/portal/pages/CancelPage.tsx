import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import type { PortalMessages } from '../messages.ts';
import { type Cancellation, type Offer, portal } from '../portal-api.ts';
import { Loading, Notice } from './Loading.tsx';

type Step =
  | { kind: 'reason' }
  | { kind: 'offers'; session: Cancellation }
  | { kind: 'kept' }
  | { kind: 'canceled'; until: number }
  | { kind: 'undone' };
type T = ReturnType<typeof useI18n>['t'];

function offerText(t: T, offer: Offer): string {
  const months = offer.months ?? 0;
  if (offer.kind === 'coupon') return t('offerCoupon');
  if (offer.kind === 'pause') return t('offerPause', { months });
  if (offer.kind === 'extension') return t('offerExtension', { months });
  return t('offerDowngrade');
}

function ReasonForm(props: { options: string[]; onSubmit(reason: string, comment: string): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState(props.options[0] ?? 'other');
  const [comment, setComment] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(reason, comment);
  };
  return (
    <form onSubmit={submit} className="stack">
      <label>
        {t('reasonLabel')}
        <select name="reason" value={reason} onChange={(e) => setReason(e.target.value)}>
          {props.options.map((r) => (
            <option key={r} value={r}>
              {t(`reason_${r}` as keyof PortalMessages) ?? r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('comment')}
        <textarea name="comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <button type="submit">{t('continue')}</button>
    </form>
  );
}

/** The retention flow: a reason, the offers that apply, then the cancellation at period end — undoable until then. */
export function CancelPage(props: { id: string }) {
  const { t, f } = useI18n();
  const loaded = useApi(() => portal.overview(), []);
  const [step, setStep] = useState<Step>({ kind: 'reason' });
  const [error, setError] = useState<string | null>(null);
  const guard = (run: () => Promise<void>) => run().catch((e: Error) => setError(e.message));
  const start = (reason: string, comment: string) =>
    guard(async () => setStep({ kind: 'offers', session: await portal.startCancel(props.id, reason, comment) }));
  const accept = (session: Cancellation, offer: string) =>
    guard(async () => {
      await portal.acceptOffer(session.id, offer);
      setStep({ kind: 'kept' });
    });
  const confirm = (session: Cancellation) =>
    guard(async () => {
      await portal.confirmCancel(session.id);
      const sub = (await portal.overview()).subscriptions.find((s) => s.id === props.id);
      setStep({ kind: 'canceled', until: sub?.access_ends_at ?? 0 });
    });
  const keep = (session: Cancellation) =>
    guard(async () => {
      await portal.abortCancel(session.id);
      setStep({ kind: 'undone' });
    });
  const undo = () =>
    guard(async () => {
      await portal.undoCancel(props.id);
      setStep({ kind: 'undone' });
    });
  return (
    <>
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
      <h1>{t('cancel')}</h1>
      <Notice text={error} error />
      <Loading loaded={loaded}>
        {(overview) => (
          <>
            {step.kind === 'reason' && (
              <ReasonForm
                options={overview.features.subscription_cancel.cancellation_reason.options}
                onSubmit={start}
              />
            )}
            {step.kind === 'offers' && (
              <section aria-labelledby="offers" className="stack">
                {step.session.offers.length > 0 && <h2 id="offers">{t('offersTitle')}</h2>}
                {step.session.offers.map((offer) => (
                  <div key={offer.id} className="card offer">
                    <p>
                      <strong>{offer.name}</strong>
                    </p>
                    <p>{offerText(t, offer)}</p>
                    <button type="button" onClick={() => accept(step.session, offer.id)}>
                      {t('acceptOffer')}
                    </button>
                  </div>
                ))}
                <div className="actions">
                  <button type="button" className="danger" onClick={() => confirm(step.session)}>
                    {t('confirmCancel')}
                  </button>
                  <button type="button" className="secondary" onClick={() => keep(step.session)}>
                    {t('keep')}
                  </button>
                </div>
              </section>
            )}
            {step.kind === 'kept' && <Notice text={t('offerAccepted')} />}
            {step.kind === 'canceled' && (
              <>
                <Notice text={t('canceledUntil', { date: f.date(step.until) })} />
                <button type="button" onClick={undo}>
                  {t('undoCancel')}
                </button>
              </>
            )}
            {step.kind === 'undone' && <Notice text={t('undone')} />}
          </>
        )}
      </Loading>
    </>
  );
}
