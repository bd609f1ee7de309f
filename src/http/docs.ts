/** A readable API reference rendered from the OpenAPI document itself, so it can never drift from the routes. */
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    schema?: Record<string, unknown>;
    description?: string;
  }[];
  requestBody?: { content?: Record<string, { schema?: Record<string, unknown> }> };
};
type OpenApi = { info: { title: string; description?: string }; paths: Record<string, Record<string, Operation>> };

const escapeHtml = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function typeOf(schema: Record<string, unknown> | undefined): string {
  if (!schema) return '';
  if (schema.$ref) return String(schema.$ref).split('/').pop()!;
  if (schema.enum) return (schema.enum as unknown[]).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any');
  return type === 'array' ? `array of ${typeOf(schema.items as Record<string, unknown>)}` : type;
}

function fieldsTable(rows: [string, string, boolean, string][]): string {
  if (rows.length === 0) return '';
  const body = rows
    .map(
      ([name, type, required, description]) =>
        `<tr><td><code>${escapeHtml(name)}</code>${required ? ' <em>required</em>' : ''}</td><td>${escapeHtml(type)}</td><td>${escapeHtml(description)}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>field</th><th>type</th><th>description</th></tr>${body}</table>`;
}

function operationHtml(path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? []).map((p): [string, string, boolean, string] => [
    `${p.name} (${p.in})`,
    typeOf(p.schema),
    Boolean(p.required),
    p.description ?? String(p.schema?.description ?? ''),
  ]);
  const body = op.requestBody?.content?.['application/json']?.schema;
  const required = new Set((body?.required as string[] | undefined) ?? []);
  const bodyRows = Object.entries((body?.properties as Record<string, Record<string, unknown>>) ?? {}).map(
    ([name, s]): [string, string, boolean, string] => [
      name,
      typeOf(s),
      required.has(name),
      String(s.description ?? ''),
    ],
  );
  return `<section><h3><span class="m">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3><p>${escapeHtml(op.summary)}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}${fieldsTable([...params, ...bodyRows])}</section>`;
}

/** A catalogue (code or event type → description) as a table whose rows can be linked to by `prefix-<key>`. */
function catalogueTable(prefix: string, catalogue: Record<string, string>): string {
  const rows = Object.entries(catalogue)
    .map(
      ([key, text]) =>
        `<tr id="${prefix}-${escapeHtml(key)}"><td><code>${escapeHtml(key)}</code></td><td>${escapeHtml(text)}</td></tr>`,
    )
    .join('');
  return `<table>${rows}</table>`;
}

export function renderDocs(
  spec: OpenApi,
  errorCodes: Record<string, string>,
  eventTypes: Record<string, string>,
): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)]);
    }
  }
  const sections = [...byTag]
    .map(([tag, ops]) => `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('')}`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(spec.info.title)} — API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
code{background:#f3f3f5;padding:1px 4px;border-radius:3px}.m{font-size:.8em;background:#224;color:#fff;padding:2px 6px;border-radius:3px}
section{border-top:1px solid #eee;padding-top:.3rem}</style></head><body>
<h1>${escapeHtml(spec.info.title)}</h1><p>${escapeHtml(spec.info.description)}</p><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<nav>${[...byTag.keys()].map((t) => `<a href="#${escapeHtml(t)}">${escapeHtml(t)}</a>`).join(' · ')} · <a href="#errors">Errors</a> · <a href="#events">Events</a></nav>
${sections}<h2 id="errors">Errors</h2><p>Every error is <code>application/problem+json</code> (RFC 9457) with <code>code</code>, <code>param</code> (the field at fault) and <code>request_id</code>.</p>${catalogueTable('error', errorCodes)}
<h2 id="events">Events</h2><p>Every change writes one event in its own transaction; webhooks deliver them, <code>GET /v1/events</code> lists them. Types:</p>${catalogueTable('event', eventTypes)}</body></html>`;
}
