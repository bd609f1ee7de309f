import { currencyExponent } from '../../../src/kernel/currency.ts';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function toCsv(rows: (string | number | null)[][]): string {
  const field = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Minor units as a plain decimal in major units ("1234" EUR → "12.34"), as accounting tools read them. */
export function decimalAmount(minor: number, currency: string): string {
  const exponent = currencyExponent(currency.toUpperCase());
  if (exponent === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 10 ** exponent)}.${String(abs % 10 ** exponent).padStart(exponent, '0')}`;
}

export const isoDate = (seconds: number | null) => (seconds === null ? '' : new Date(seconds * 1000).toISOString());

/** Offers the text as a file download named `filename`. */
export function saveCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Every page of a list (limit 100, starting_after the last id), for an export of all that matches the filters. */
export async function allPages<T extends { id: string }>(
  page: (startingAfter: string | undefined) => Promise<{ data: T[]; has_more: boolean }>,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  for (;;) {
    const { data, has_more } = await page(after);
    all.push(...data);
    if (!has_more || data.length === 0) return all;
    after = data[data.length - 1].id;
  }
}
