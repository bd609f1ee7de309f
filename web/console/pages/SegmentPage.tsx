import { Link } from 'wouter';
import { api, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

async function loadSegment(id: string) {
  const path = { id };
  const [segment, members] = await Promise.all([
    api.GET('/v1/segments/{id}', { params: { path } }).then(unwrap),
    api.GET('/v1/segments/{id}/members', { params: { path, query: { limit: 100 } } }).then(unwrap),
  ]);
  // The members route also answers CSV (format=csv); asked without it, the answer is the JSON list.
  return { segment, members: typeof members === 'string' ? [] : members.data };
}

/** A saved segment: its count and its members (each a link to the customer). */
export function SegmentPage(props: { id: string }) {
  const { t, f } = useI18n();
  const loaded = useApi(() => loadSegment(props.id), [props.id]);
  return (
    <Loading loaded={loaded}>
      {({ segment, members }) => (
        <>
          <p>
            <Link href="/segments">{t('segmentsTitle')}</Link>
          </p>
          <h1>{segment.name}</h1>
          <p data-count={segment.count}>{t('segmentCount', { count: segment.count })}</p>
          <h2>{t('members')}</h2>
          {members.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('customer')}</th>
                    <th scope="col">{t('entered')}</th>
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => (
                    <tr key={m.customer} data-member={m.customer}>
                      <td>
                        <Link href={`/customers/${m.customer}`}>{m.customer}</Link>
                      </td>
                      <td>{f.date(m.entered)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Loading>
  );
}
