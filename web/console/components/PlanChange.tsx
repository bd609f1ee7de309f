import { useId, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { bracketQuery } from '../../shared/query.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from '../pages/Loading.tsx';
import { ActionError } from './ActionError.tsx';
import { priceLabel } from './price-label.ts';
import { useAction } from './use-action.ts';

type Subscription = Schemas['Subscription'];
type Invoice = Schemas['Invoice'];

/** The prices a subscription can move to: recurring, active, in its currency. */
async function loadPrices(currency: string) {
  const query = { active: true, type: 'recurring' as const, currency, limit: 100, expand: ['data.product' as const] };
  return unwrap(await api.GET('/v1/prices', { params: { query } })).data;
}

/**
 * The proration preview is GET /v1/invoices/upcoming with the change's parameters; the confirmation posts the same
 * change with the preview's proration date, so what is billed is what was shown.
 */
async function previewChange(subscription: Subscription, price: string): Promise<Invoice> {
  const query = {
    subscription: subscription.id,
    subscription_items: [{ id: subscription.items.data[0].id, price }],
  };
  const { data, error, response } = await api.GET('/v1/invoices/upcoming', {
    params: { query },
    querySerializer: (q) => bracketQuery(q as Record<string, unknown>),
  });
  return unwrap({ data, error, response });
}

function prorationDate(preview: Invoice): number | undefined {
  const starts = preview.lines.data.filter((l) => l.proration).map((l) => l.period.start);
  return starts.length > 0 ? Math.min(...starts) : undefined;
}

export function PlanChange(props: { subscription: Subscription; onChanged(): void }) {
  const { t, f } = useI18n();
  const s = props.subscription;
  const prices = useApi(() => loadPrices(s.currency), [s.currency]);
  const [price, setPrice] = useState('');
  const [preview, setPreview] = useState<Invoice | null>(null);
  const action = useAction();
  const selectId = useId();
  const choose = (next: string) => {
    setPrice(next);
    setPreview(null);
    if (next) action.run(async () => setPreview(await previewChange(s, next)));
  };
  const confirm = () =>
    action.run(async () => {
      const body = {
        items: [{ id: s.items.data[0].id, price }],
        proration_date: preview ? prorationDate(preview) : undefined,
      };
      unwrap(await api.POST('/v1/subscriptions/{id}', { params: { path: { id: s.id } }, body }));
    }, props.onChanged);
  const current = s.items.data[0]?.price.id;
  return (
    <Loading loaded={prices}>
      {(list) => (
        <div className="panel">
          <label htmlFor={selectId}>{t('newPrice')}</label>
          <select id={selectId} value={price} onChange={(e) => choose(e.target.value)} disabled={action.busy}>
            <option value="">{t('notAvailable')}</option>
            {list
              .filter((p) => p.id !== current)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {priceLabel(p, f, t)}
                </option>
              ))}
          </select>
          <ActionError action={action} />
          {preview && (
            <section aria-label={t('previewTitle')} data-proration-date={prorationDate(preview) ?? ''}>
              <h4>{t('previewTitle')}</h4>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('description')}</th>
                      <th scope="col">{t('amount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.lines.data.map((line) => (
                      <tr key={line.id} data-line-amount={line.amount}>
                        <td>{line.description ?? line.price ?? t('notAvailable')}</td>
                        <td>{f.money(line.amount, line.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr data-total={preview.total}>
                      <th scope="row">{t('total')}</th>
                      <td>{f.money(preview.total, preview.currency)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              <button type="button" onClick={confirm} disabled={action.busy}>
                {t('confirmChange')}
              </button>
            </section>
          )}
        </div>
      )}
    </Loading>
  );
}
