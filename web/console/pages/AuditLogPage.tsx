import { useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import { Loading } from './Loading.tsx';

type Entry = Schemas['AuditLogEntry'];

/** Every change made through the API, newest first, with who made it and from where; filter by actor or object. */
export function AuditLogPage() {
  const { t, f } = useI18n();
  const [actor, setActor] = useState('');
  const [object, setObject] = useState('');
  const entries = useApi(async () => {
    const query = {
      limit: 100,
      ...(actor.trim() && { actor: actor.trim() }),
      ...(object.trim() && { object: object.trim() }),
    };
    return unwrap(await api.GET('/v1/audit_log', { params: { query } })).data;
  }, [actor, object]);
  const who = (e: Entry) =>
    e.actor.type === 'api_key' ? t('actorKey', { label: e.actor.label ?? e.actor.id }) : (e.actor.label ?? e.actor.id);
  return (
    <>
      <h1>{t('auditTitle')}</h1>
      <div className="toolbar">
        <label>
          {t('filterActor')}
          <input type="search" name="actor" value={actor} onChange={(e) => setActor(e.target.value)} />
        </label>
        <label>
          {t('filterObject')}
          <input type="search" name="object" value={object} onChange={(e) => setObject(e.target.value)} />
        </label>
      </div>
      <Loading loaded={entries}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('noEntries')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('when')}</th>
                    <th scope="col">{t('actor')}</th>
                    <th scope="col">{t('action')}</th>
                    <th scope="col">{t('object')}</th>
                    <th scope="col">{t('clientAddress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((e) => (
                    <tr key={e.id} data-action={e.action}>
                      <td>{f.dateTime(e.created)}</td>
                      <td>{who(e)}</td>
                      <td>
                        <code>{e.action}</code>
                      </td>
                      <td>
                        <code>{e.object_id ?? t('notAvailable')}</code>
                      </td>
                      <td>{e.client_address ?? t('notAvailable')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loading>
    </>
  );
}
