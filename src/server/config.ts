import { invalid } from '../kernel/errors.ts';

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
