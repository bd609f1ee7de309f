import type { FlagSpec } from '../cli/flags.ts';
import { invalid } from '../kernel/errors.ts';

/** Where data lives: every command that opens the database takes these. */
export const DATABASE_FLAGS = [
  {
    name: 'data-dir',
    type: 'string',
    value: 'DIR',
    env: 'TENURE_DATA_DIR',
    help: 'embedded PGlite data folder (default ./data)',
  },
  { name: 'database-url', type: 'string', value: 'URL', env: 'DATABASE_URL', help: 'use PostgreSQL instead of PGlite' },
] as const satisfies readonly FlagSpec[];

/** What both the API and the worker read. */
export const PROCESS_FLAGS = [
  ...DATABASE_FLAGS,
  {
    name: 'api-key',
    type: 'string',
    value: 'sk_…',
    env: 'TENURE_API_KEY',
    help: 'key the first start installs for the default account',
  },
  {
    name: 'log-level',
    type: ['info', 'debug', 'warn', 'error', 'silent'],
    value: 'LEVEL',
    env: 'TENURE_LOG_LEVEL',
    help: 'info | debug | warn | error | silent',
  },
  {
    name: 'stripe-secret-key',
    type: 'string',
    value: 'sk_…',
    env: 'STRIPE_SECRET_KEY',
    help: 'enables the stripe gateway (tokens cus_…|pm_…)',
  },
  {
    name: 'allow-private-webhook-urls',
    type: 'boolean',
    env: 'TENURE_ALLOW_PRIVATE_WEBHOOK_URLS',
    help: 'webhooks may point at loopback/private addresses (development)',
  },
] as const satisfies readonly FlagSpec[];

/** The HTTP API's own settings. */
export const API_FLAGS = [
  { name: 'port', type: 'integer', value: 'PORT', env: 'PORT', help: 'listen port (default 3000; 0 picks a free one)' },
  { name: 'host', type: 'string', value: 'HOST', env: 'HOST', help: 'listen address (default 127.0.0.1)' },
  {
    name: 'stripe-webhook-secret',
    type: 'string',
    value: 'whsec_…',
    env: 'STRIPE_WEBHOOK_SECRET',
    help: 'checks Stripe webhook signatures',
  },
  {
    name: 'trust-proxy',
    type: 'string',
    value: 'PROXIES',
    env: 'TENURE_TRUST_PROXY',
    help: 'true, or the proxies whose X-Forwarded-For is believed',
  },
  {
    name: 'auth-failure-limit',
    type: 'integer',
    value: 'N',
    env: 'TENURE_AUTH_FAILURE_LIMIT',
    help: 'wrong keys per client per window (default 20)',
  },
  {
    name: 'page-rate-limit',
    type: 'integer',
    value: 'N',
    env: 'TENURE_PAGE_RATE_LIMIT',
    help: 'key-less page requests per client per window (default 60)',
  },
  {
    name: 'rate-window-seconds',
    type: 'integer',
    value: 'S',
    env: 'TENURE_RATE_WINDOW_SECONDS',
    help: "the rate limits' window (default 60)",
  },
] as const satisfies readonly FlagSpec[];

/** The worker's own settings (due work, notices). */
export const WORKER_FLAGS = [
  {
    name: 'worker-poll-ms',
    type: 'integer',
    value: 'MS',
    env: 'TENURE_WORKER_POLL_MS',
    help: 'pause between worker passes (default 1000)',
  },
  {
    name: 'worker-idle-poll-ms',
    type: 'integer',
    value: 'MS',
    env: 'TENURE_WORKER_IDLE_POLL_MS',
    help: 'longest idle pause on PGlite (default 10000)',
  },
  {
    name: 'smtp-url',
    type: 'string',
    value: 'URL',
    env: 'SMTP_URL',
    help: 'send notices by SMTP (else .eml files in DATA_DIR/mail)',
  },
  { name: 'mail-from', type: 'string', value: 'ADDRESS', env: 'MAIL_FROM', help: "the notices' From address" },
  {
    name: 'public-url',
    type: 'string',
    value: 'URL',
    env: 'PUBLIC_URL',
    help: 'where links in e-mails point (default http://HOST:PORT)',
  },
] as const satisfies readonly FlagSpec[];

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  apiKey: string | undefined;
  logLevel: string;
  workerPollMs: number;
  /** On PGlite, the longest wait between worker passes while nothing is due and nothing is written. */
  workerIdlePollMs: number;
  /** With a Stripe secret key, the `stripe` gateway is available for payment methods. */
  stripeSecretKey: string | undefined;
  stripeWebhookSecret: string | undefined;
  /** SMTP for notices (`smtp://user:pass@host:587`); without it, e-mails are .eml files in `<data dir>/mail`. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** Tenure's SMTP listener for support mail (`TENURE_SMTP_LISTEN_PORT`); off when unset. It binds to HOST. */
  smtpListenPort: number | undefined;
  /** The address links in e-mails point to (unsubscribe); default http://HOST:PORT. */
  publicUrl: string | undefined;
  /** Per client address: wrong keys, and key-less page requests, allowed per `rateWindowSeconds`. */
  authFailureLimit: number;
  pageRateLimit: number;
  rateWindowSeconds: number;
  /** Which proxies' X-Forwarded-For is believed for the client address (Fastify's trustProxy). */
  trustProxy: boolean | string;
  /** Lets webhook endpoints point at loopback/private/link-local addresses (local development, tests). */
  allowPrivateWebhookUrls: boolean;
};

/** Flags (`--port 8080`, `--data-dir=…`) win over environment variables, which win over defaults. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else flags.set(arg.slice(2), argv[++i] ?? '');
  }
  const pick = (flag: string, name: string) => flags.get(flag) ?? env[name] ?? undefined;
  const milliseconds = (flag: string, name: string, fallback: number) => {
    const raw = pick(flag, name);
    const value = Number(raw ?? fallback);
    // Timers take at most 2^31 − 1 ms; a longer one fires at once, which would make an idle worker spin.
    if (!Number.isInteger(value) || value < 1 || value > 2 ** 31 - 1)
      throw invalid('config_invalid', `${name} must be 1–2147483647 ms, got ${raw}`, name);
    return value;
  };
  const count = (flag: string, name: string, fallback: number) => {
    const raw = pick(flag, name);
    const value = Number(raw ?? fallback);
    if (!Number.isSafeInteger(value) || value < 1)
      throw invalid('config_invalid', `${name} must be ≥ 1, got ${raw}`, name);
    return value;
  };
  const flag = (name: string, env: string) => {
    const raw = (pick(name, env) ?? 'false').toLowerCase();
    if (raw === '' || raw === 'true' || raw === '1') return true; // a bare `--flag` is true
    if (raw === 'false' || raw === '0') return false;
    throw invalid('config_invalid', `${env} must be true or false, got ${raw}`, env);
  };
  const proxies = (raw: string | undefined): boolean | string => {
    if (raw === undefined || raw === '' || raw === 'false') return false;
    return raw === 'true' ? true : raw; // or the proxies' addresses/CIDRs, separated by commas
  };
  const port = Number(pick('port', 'PORT') ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw invalid('config_invalid', `PORT must be 0–65535, got ${pick('port', 'PORT')}`, 'PORT');
  return {
    port,
    host: pick('host', 'HOST') ?? '127.0.0.1',
    dataDir: pick('data-dir', 'TENURE_DATA_DIR') ?? './data',
    databaseUrl: pick('database-url', 'DATABASE_URL') || undefined,
    apiKey: pick('api-key', 'TENURE_API_KEY') || undefined,
    logLevel: pick('log-level', 'TENURE_LOG_LEVEL') ?? 'info',
    workerPollMs: milliseconds('worker-poll-ms', 'TENURE_WORKER_POLL_MS', 1000),
    workerIdlePollMs: milliseconds('worker-idle-poll-ms', 'TENURE_WORKER_IDLE_POLL_MS', 10_000),
    stripeSecretKey: pick('stripe-secret-key', 'STRIPE_SECRET_KEY') || undefined,
    stripeWebhookSecret: pick('stripe-webhook-secret', 'STRIPE_WEBHOOK_SECRET') || undefined,
    smtpUrl: pick('smtp-url', 'SMTP_URL') || undefined,
    mailFrom: pick('mail-from', 'MAIL_FROM') || undefined,
    smtpListenPort: listenPort(pick('smtp-listen-port', 'TENURE_SMTP_LISTEN_PORT')),
    publicUrl: pick('public-url', 'PUBLIC_URL') || undefined,
    authFailureLimit: count('auth-failure-limit', 'TENURE_AUTH_FAILURE_LIMIT', 20),
    pageRateLimit: count('page-rate-limit', 'TENURE_PAGE_RATE_LIMIT', 60),
    rateWindowSeconds: count('rate-window-seconds', 'TENURE_RATE_WINDOW_SECONDS', 60),
    trustProxy: proxies(pick('trust-proxy', 'TENURE_TRUST_PROXY')),
    allowPrivateWebhookUrls: flag('allow-private-webhook-urls', 'TENURE_ALLOW_PRIVATE_WEBHOOK_URLS'),
  };
}

function listenPort(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw invalid('config_invalid', `TENURE_SMTP_LISTEN_PORT must be 0–65535, got ${raw}`, 'TENURE_SMTP_LISTEN_PORT');
  return port;
}
