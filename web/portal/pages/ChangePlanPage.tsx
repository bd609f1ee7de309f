import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import type { PortalMessages } from '../messages.ts';
import { type Plan, type Preview, portal } from '../portal-api.ts';
import { Loading, Notice } from './Loading.tsx';

async function load(id: string) {
  const [plans, overview] = await Promise.all([portal.plans(id), portal.overview()]);
  return { plans: plans.data, current: overview.subscriptions.find((s) => s.id === id)?.plan.price ?? null };
}

/** Pick a plan, see the next invoice as billing computes it (prorations included), confirm. */
export function ChangePlanPage(props: { id: string }) {
  const { t, f } = useI18n();
  const loaded = useApi(() => load(props.id), [props.id]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const price = (p: Plan) => {
    const amount = p.amount === null ? '' : f.money(p.amount, p.currency);
    const interval = p.interval ? t(`interval_${p.interval}` as keyof PortalMessages) : '';
    return t('perInterval', { amount, interval });
  };
  const choose = async (plan: string) => {
    setChosen(plan);
    setPreview(null);
    portal.preview(props.id, plan).then(setPreview, (e: Error) => setError(e.message));
  };
  const confirm = async (plans: Plan[]) => {
    try {
      await portal.changePlan(props.id, chosen!);
      setDone(t('planChanged', { plan: plans.find((p) => p.price === chosen)?.name ?? '' }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
      <h1>{t('changePlan')}</h1>
      <Loading loaded={loaded}>
        {({ plans, current }) =>
          done ? (
            <Notice text={done} />
          ) : (
            <>
              <fieldset className="plans">
                <legend>{t('newPlan')}</legend>
                {plans.map((p) => (
                  <label key={p.price} className="choice">
                    <input
                      type="radio"
                      name="plan"
                      value={p.price}
                      disabled={p.price === current}
                      checked={chosen === p.price}
                      onChange={() => choose(p.price)}
                    />
                    <span>
                      <strong>{p.name}</strong> {price(p)} {p.price === current ? t('current') : ''}
                    </span>
                  </label>
                ))}
              </fieldset>
              <Notice text={error} error />
              {preview && (
                <section aria-labelledby="preview" className="card" data-testid="preview">
                  <h2 id="preview">{t('previewTitle')}</h2>
                  <ul className="lines">
                    {preview.lines.data.map((line) => (
                      <li key={`${line.invoice_item}:${line.description}`}>
                        <span>{line.description}</span>{' '}
                        <span className="amount">{f.money(line.amount, preview.currency)}</span>
                      </li>
                    ))}
                  </ul>
                  <p>
                    <strong>
                      {t('previewTotal', { date: f.date(preview.period_start) })}:{' '}
                      <span data-testid="preview-total">{f.money(preview.total, preview.currency)}</span>
                    </strong>
                  </p>
                  <button type="button" onClick={() => confirm(plans)}>
                    {t('confirmChange')}
                  </button>
                </section>
              )}
            </>
          )
        }
      </Loading>
    </>
  );
}
