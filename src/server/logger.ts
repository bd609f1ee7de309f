import { type DestinationStream, type Logger, pino } from 'pino';
import { REDACTED, redactSecrets } from './redact-secrets.ts';

// Headers that carry credentials, wherever a request or response object is logged whole.
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'stripe-signature', 'webhook-signature'];
// Exact paths only: pino's wildcard paths cost more per line than all of redactSecrets; password-like fields at
// any depth are caught by redactSecrets on the serialised line instead.
const REDACT_PATHS = SECRET_HEADERS.flatMap((h) => [`req.headers["${h}"]`, `headers["${h}"]`]);

/**
 * Tenure's one logger (JSON lines). Secrets never reach the output: pino drops the credential headers by path, and
 * every line is passed through `redactSecrets` just before it is written (messages, error texts and URLs included).
 * Time is ISO 8601: a 13-digit epoch-milliseconds number would look like a card number to the scrubber.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    hooks: { streamWrite: redactSecrets },
  };
  return destination ? pino(options, destination) : pino(options);
}
