import { type FormEvent, useState } from 'react';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { useApi } from '../../shared/use-api.ts';
import { useI18n } from '../i18n.ts';
import type { ConsoleMessages } from '../messages.ts';
import type { Identity, Operator } from '../session.ts';
import { Loading } from './Loading.tsx';

type Role = Schemas['Operator']['role'];
const ROLES: Role[] = ['owner', 'admin', 'billing', 'support', 'analyst', 'read_only', 'reseller'];
export const roleLabel = (role: Role) => `role_${role}` as keyof ConsoleMessages;

/** Operators and their roles: invite by e-mail, change a role, remove. The API decides who may do which. */
export function OperatorsPage(props: { identity: Identity }) {
  const { t, f } = useI18n();
  const operators = useApi(
    async () => unwrap(await api.GET('/v1/operators', { params: { query: { limit: 100 } } })).data,
    [],
  );
  const [problem, setProblem] = useState<string | null>(null);
  const me = props.identity.kind === 'operator' ? props.identity.operator.id : null;
  const act = (reload: () => void) => async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      reload();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <>
      <h1>{t('operatorsTitle')}</h1>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <Loading loaded={operators}>
        {(list, reload) => (
          <>
            <InviteForm onInvited={reload} />
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('role')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('lastSignIn')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((o: Operator) => (
                    <tr key={o.id} data-operator={o.email}>
                      <td>
                        {o.email} {o.id === me && <span className="muted">{t('you')}</span>}
                      </td>
                      <td>{o.name ?? t('notAvailable')}</td>
                      <td>
                        <select
                          aria-label={t('roleOf', { email: o.email })}
                          value={o.role}
                          onChange={(e) =>
                            act(reload)(async () =>
                              unwrap(
                                await api.POST('/v1/operators/{id}', {
                                  params: { path: { id: o.id } },
                                  body: { role: e.target.value as Role },
                                }),
                              ),
                            )
                          }
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {t(roleLabel(r))}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>{o.status === 'invited' ? t('statusInvited') : t('statusActive')}</td>
                      <td>{o.last_sign_in_at ? f.date(o.last_sign_in_at) : t('notAvailable')}</td>
                      <td>
                        {o.id !== me && (
                          <button
                            type="button"
                            className="secondary"
                            aria-label={t('removeOperator', { email: o.email })}
                            onClick={() =>
                              act(reload)(async () =>
                                unwrap(await api.DELETE('/v1/operators/{id}', { params: { path: { id: o.id } } })),
                              )
                            }
                          >
                            {t('remove')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Loading>
    </>
  );
}

function InviteForm(props: { onInvited(): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('support');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      unwrap(await api.POST('/v1/operators', { body: { email, role } }));
      setNote({ ok: true, text: t('invited', { email }) });
      setEmail('');
      props.onInvited();
    } catch (error) {
      setNote({ ok: false, text: (error as Error).message });
    }
  };
  return (
    <form onSubmit={submit} aria-label={t('inviteTitle')}>
      <h2>{t('inviteTitle')}</h2>
      <div className="toolbar">
        <label>
          {t('emailAddress')}
          <input name="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('role')}
          <select
            name="invite-role"
            aria-label={t('role')}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(roleLabel(r))}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('invite')}</button>
      </div>
      {note && (
        <p role={note.ok ? 'status' : 'alert'} className={note.ok ? 'muted' : 'error'}>
          {note.text}
        </p>
      )}
    </form>
  );
}
