import { RESOURCE_OF, RESOURCES, ROLE_GRANTS, ROLES } from '../modules/operators/index.ts';
import { escapeHtml } from './docs.ts';

const MARK = { write: 'read, write', read: 'read' } as const;

/** The permission table of /docs, drawn from the same table the API enforces. */
export function renderPermissions(): string {
  const head = `<tr><th>Resource</th><th>Routes</th>${ROLES.map((r) => `<th>${r}</th>`).join('')}</tr>`;
  const rows = RESOURCES.map((resource) => {
    const prefixes = Object.entries(RESOURCE_OF)
      .filter(([, r]) => r === resource)
      .map(([segment]) => `<code>/v1/${escapeHtml(segment)}</code>`)
      .join(' ');
    const cells = ROLES.map((role) => {
      const granted = ROLE_GRANTS[role][resource];
      return `<td>${granted ? MARK[granted] : '—'}</td>`;
    }).join('');
    return `<tr><td><code>${resource}</code></td><td>${prefixes}</td>${cells}</tr>`;
  }).join('');
  return `<h2 id="permissions">Operators, roles and permissions</h2>
<p>A request needs <code>&lt;resource&gt;.read</code> (GET) or <code>&lt;resource&gt;.write</code> (any other method) for the
resource of its path; without it the answer is 403 <code>permission_denied</code> naming the permission in
<code>param</code>. The same table applies to console sessions (by the operator's role) and to restricted keys
(<code>rk_…</code>, created with <code>POST /v1/api_keys</code> and <code>permissions</code>, e.g.
<code>{"customers":"read","refunds":"write"}</code>). Secret keys (<code>sk_…</code>), owners and admins may do everything;
only an owner makes, changes or removes an owner. Every signed-in operator may read <code>/v1/operators/me</code>
and sign out.</p>
<p>The console authenticates with the <code>tenure_session</code> cookie (HttpOnly, SameSite=Lax, Secure over HTTPS;
2 hours idle, 12 hours at most); its POST and DELETE requests must send the session's CSRF token in
<code>x-csrf-token</code>. Passwords are hashed with scrypt (N=2^15, r=8, p=1: 32 MiB per hash).</p>
<table>${head}${rows}</table>`;
}
