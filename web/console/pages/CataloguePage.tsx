import { api, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { CreateCoupon, CreatePrice, CreateProduct } from '../components/CatalogueForms.tsx';
import { priceAmount, priceName } from '../components/price-label.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

async function loadCatalogue() {
  const query = { limit: 100 };
  const [products, prices, coupons] = await Promise.all([
    api.GET('/v1/products', { params: { query } }).then(unwrap),
    api.GET('/v1/prices', { params: { query: { ...query, expand: ['data.product'] } } }).then(unwrap),
    api.GET('/v1/coupons', { params: { query } }).then(unwrap),
  ]);
  return { products: products.data, prices: prices.data, coupons: coupons.data };
}

/** Products, their prices (every pricing model in words) and coupons, each with a form to add one. */
export function CataloguePage() {
  const { t, f } = useI18n();
  const loaded = useApi(loadCatalogue, []);
  return (
    <>
      <h1>{t('catalogueTitle')}</h1>
      <Loading loaded={loaded}>
        {({ products, prices, coupons }, reload) => (
          <>
            <h2>{t('products')}</h2>
            <ul className="plain">
              {products.map((p) => (
                <li key={p.id} data-product={p.id}>
                  {p.name} <span className="muted">{p.id}</span>
                </li>
              ))}
            </ul>
            <CreateProduct onCreated={reload} />
            <h2>{t('prices')}</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('amount')}</th>
                    <th scope="col">{t('interval')}</th>
                  </tr>
                </thead>
                <tbody>
                  {prices.map((p) => {
                    const interval = p.recurring?.interval as 'day' | 'week' | 'month' | 'year' | undefined;
                    return (
                      <tr key={p.id} data-price={p.id}>
                        <td>{priceName(p)}</td>
                        <td>{priceAmount(p, f, t)}</td>
                        <td>{interval ? t(`per_${interval}`) : t('once')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <CreatePrice products={products} onCreated={reload} />
            <h2>{t('coupons')}</h2>
            <ul className="plain">
              {coupons.map((c) => (
                <li key={c.id} data-coupon={c.id}>
                  {c.name ?? c.id} ·{' '}
                  {c.percent_off !== null
                    ? f.percent(c.percent_off / 100)
                    : c.amount_off !== null && c.currency
                      ? f.money(c.amount_off, c.currency)
                      : ''}{' '}
                  · {c.duration === 'forever' ? t('forever') : c.duration === 'once' ? t('once') : c.duration}
                </li>
              ))}
            </ul>
            <CreateCoupon onCreated={reload} />
          </>
        )}
      </Loading>
    </>
  );
}
