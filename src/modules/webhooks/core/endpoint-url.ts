import { invalid } from '../../../kernel/errors.ts';

/**
 * An endpoint URL must be absolute http(s) without user:password (fetch refuses credentials in URLs; receivers
 * authenticate deliveries by their signature instead).
 */
export function checkEndpointUrl(value: string, param = 'url'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('webhook_url_invalid', `'${value}' is not an absolute URL`, param);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalid('webhook_url_invalid', 'Webhook URLs must use http or https', param);
  if (url.username || url.password)
    throw invalid('webhook_url_invalid', 'Webhook URLs cannot carry credentials; verify the signature instead', param);
  return url.toString();
}
