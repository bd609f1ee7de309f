/**
 * The notice template language: text with `{{ path.to.value }}` placeholders and nothing else, so an account's
 * override can never run code. Values are HTML-escaped in the HTML part and stripped of line breaks in subjects.
 */
export type TemplateVars = { [key: string]: string | number | boolean | null | undefined | TemplateVars };

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*\}\}/g;

/** Why a template is refused, or null: only `{{ a.b }}` placeholders may use braces. */
export function templateProblem(source: string): string | null {
  if (source.includes('{{{') || source.includes('}}}')) return 'triple braces are not allowed';
  const rest = source.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) return 'only {{ variable.path }} placeholders are allowed';
  return null;
}

function lookup(vars: TemplateVars, path: string): string {
  let value: TemplateVars[string] = vars;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return '';
    value = value[part];
  }
  return value === null || value === undefined || typeof value === 'object' ? '' : String(value);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Fills the placeholders, passing each value through `encode` (never the template's own text). */
export function fill(source: string, vars: TemplateVars, encode: (value: string) => string = (v) => v): string {
  return source.replace(PLACEHOLDER, (_m, path: string) => encode(lookup(vars, path)));
}

export type RenderedNotice = { subject: string; text: string; html: string };

/** Subject, plain text and an HTML part (paragraphs, right-to-left for Persian) from one subject and body. */
export function renderNotice(
  template: { subject: string; body: string },
  vars: TemplateVars,
  dir: 'ltr' | 'rtl',
  lang: string,
): RenderedNotice {
  const subject = fill(template.subject, vars, (v) => v.replace(/[\r\n]+/g, ' ')).trim();
  const text = fill(template.body, vars);
  const paragraphs = template.body
    .split(/\n{2,}/)
    .map((p) => `<p>${fill(escapeHtml(p), vars, escapeHtml).replace(/\n/g, '<br>')}</p>`);
  const html = `<!doctype html><html lang="${escapeHtml(lang)}" dir="${dir}"><body dir="${dir}">${paragraphs.join('')}</body></html>`;
  return { subject, text, html };
}
