import { useState } from 'react';
import { api, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

const RANGES = { rangeLast30: 30, rangeLast90: 90, rangeLast365: 365 } as const;
type RangeKey = keyof typeof RANGES;

/** The figures an owner looks at first, read from /v1/metrics/summary for the chosen range. */
export function HomePage() {
  const { t, f } = useI18n();
  const [range, setRange] = useState<RangeKey>('rangeLast30');
  const [currency, setCurrency] = useState('');
  const summary = useApi(async () => {
    const end = Math.floor(Date.now() / 1000);
    const query = { start: end - RANGES[range] * 86_400, end, ...(currency && { currency }) };
    return unwrap(await api.GET('/v1/metrics/summary', { params: { query } }));
  }, [range, currency]);
  return (
    <>
      <h1>{t('homeTitle')}</h1>
      <div className="toolbar">
        <label>
          {t('period')}
          <select value={range} onChange={(e) => setRange(e.target.value as RangeKey)}>
            {(Object.keys(RANGES) as RangeKey[]).map((key) => (
              <option key={key} value={key}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('currency')}
          <input
            value={currency}
            onChange={(e) => setCurrency(e.target.value.toUpperCase().slice(0, 3))}
            placeholder="EUR"
            size={5}
            pattern="[A-Z]{3}"
          />
        </label>
      </div>
      <Loading loaded={summary}>
        {(s) => {
          const money = (minor: number | null) =>
            minor === null || !s.currency ? t('notAvailable') : f.money(minor, s.currency);
          const pct = (r: number | null) => (r === null ? t('notAvailable') : f.percent(r));
          const m = s.movements;
          const netNew = m.new_business + m.expansion + m.reactivation - m.contraction - m.churn;
          const figures: [string, string, string][] = [
            ['mrr', t('mrr'), money(s.mrr)],
            ['arr', t('arr'), money(s.arr)],
            ['customers', t('activeCustomers'), f.number(s.customers)],
            ['arpa', t('arpa'), money(s.arpa)],
            ['customer_churn_rate', t('customerChurn'), pct(s.customer_churn_rate)],
            ['net_mrr_churn_rate', t('netMrrChurn'), pct(s.net_mrr_churn_rate)],
            ['ltv', t('ltv'), money(s.ltv)],
            ['net_new', t('netNew'), money(netNew)],
          ];
          return (
            <>
              <section className="cards" aria-label={t('homeTitle')}>
                {figures.map(([id, label, value]) => (
                  <div className="card" key={id} data-figure={id}>
                    <div className="label">{label}</div>
                    <div className="figure">{value}</div>
                  </div>
                ))}
              </section>
              <h2>{t('movements')}</h2>
              <div className="table-wrap">
                <table>
                  <tbody>
                    {(
                      [
                        ['newBusiness', m.new_business],
                        ['expansion', m.expansion],
                        ['reactivation', m.reactivation],
                        ['contraction', -m.contraction],
                        ['churn', -m.churn],
                      ] as const
                    ).map(([key, value]) => (
                      <tr key={key}>
                        <th scope="row">{t(key)}</th>
                        <td>{money(value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Loading>
    </>
  );
}
