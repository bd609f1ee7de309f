import { apiKey } from './api.ts';

/** Files the API serves behind authentication (invoice PDFs, CSV exports): fetched with the key, then saved. */
export async function download(path: string, filename: string): Promise<void> {
  const key = apiKey.get();
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
