/** The HTML view of a document model: self-contained (inline CSS), every value escaped, dir="rtl" for Persian. */
import type { DocumentModel, Party } from './core/document-model.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `body{font-family:Vazirmatn,system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{padding:.3rem .5rem;text-align:start}
.lines th{border-bottom:1px solid #999}.num{text-align:end;white-space:nowrap}
.parties{display:flex;gap:4rem;margin:1rem 0}.totals{margin-top:1rem;width:auto;margin-inline-start:auto}
.period{color:#666;font-size:.85em}`;

function party(heading: string, p: Party): string {
  const rows = p.lines.map((line) => `<div>${esc(line)}</div>`).join('');
  return `<section><h2>${esc(heading)}</h2><strong>${esc(p.name)}</strong>${rows}</section>`;
}

export function documentHtml(doc: DocumentModel): string {
  const meta = doc.meta.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  const lines = doc.lines
    .map(
      (line) =>
        `<tr><td>${esc(line.description)}${line.period ? `<div class="period">${esc(line.period)}</div>` : ''}</td>` +
        `<td class="num">${esc(line.quantity)}</td><td class="num">${esc(line.amount)}</td></tr>`,
    )
    .join('');
  const totals = doc.totals.map(([k, v]) => `<tr><th>${esc(k)}</th><td class="num">${esc(v)}</td></tr>`).join('');
  const h = doc.headings;
  return `<!doctype html>
<html lang="${esc(doc.locale)}" dir="${doc.rtl ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(doc.title)}</h1>
<table class="meta">${meta}</table>
<div class="parties">${party(h.seller, doc.seller)}${party(h.buyer, doc.buyer)}</div>
<table class="lines"><thead><tr><th>${esc(h.description)}</th><th class="num">${esc(h.quantity)}</th><th class="num">${esc(h.amount)}</th></tr></thead>
<tbody>${lines}</tbody></table>
<table class="totals">${totals}</table>
</body>
</html>
`;
}
