/**
 * Every `tenure` command, declared once: its words, synopsis, summary and flags. The parser (flags.ts) and the
 * usage texts read this table; tenure.ts maps a parsed command to the code that runs it. No I/O imports here, so
 * `--help` and usage errors answer before any database module is loaded.
 */
import { API_FLAGS, DATABASE_FLAGS, PROCESS_FLAGS, WORKER_FLAGS } from '../server/config.ts';
import type { CommandSpec } from './flags.ts';

export const TITLE = 'tenure — subscriber management and subscription billing';

const roleNote =
  'Several API and worker processes may share one PostgreSQL database (DATABASE_URL); on embedded PGlite run one `tenure start`.';

export const COMMANDS = [
  {
    path: ['start'],
    synopsis: '[flags]',
    summary: `Runs the HTTP API and the worker in one process (the default; migrates first). ${roleNote}`,
    flags: [...PROCESS_FLAGS, ...API_FLAGS, ...WORKER_FLAGS],
  },
  {
    path: ['api'],
    synopsis: '[flags]',
    summary: `Runs the HTTP API only: no due work (renewals, collection, webhooks, notices) runs here. ${roleNote}`,
    flags: [...PROCESS_FLAGS, ...API_FLAGS],
  },
  {
    path: ['worker'],
    synopsis: '[flags]',
    summary: `Runs due work only (renewals, collection, webhooks, notices, analytics), no HTTP. ${roleNote}`,
    flags: [...PROCESS_FLAGS, ...WORKER_FLAGS],
  },
  {
    path: ['migrate'],
    synopsis: '[--data-dir DIR | --database-url URL]',
    summary: 'Applies database migrations and exits.',
    flags: DATABASE_FLAGS,
  },
  {
    path: ['keys', 'create'],
    synopsis: '[--account acct_…] [--name NAME]',
    summary: 'Issues a new secret API key (printed once), for the default account unless --account.',
    flags: [
      { name: 'account', type: 'string', value: 'acct_…', help: 'the account (default: the default account)' },
      { name: 'name', type: 'string', value: 'NAME', help: "the key's name" },
      ...DATABASE_FLAGS,
    ],
  },
  {
    path: ['accounts', 'create'],
    synopsis: '[--name NAME]',
    summary: 'Creates another account (tenant) with its first key; prints both.',
    flags: [{ name: 'name', type: 'string', value: 'NAME', help: "the account's name" }, ...DATABASE_FLAGS],
  },
  {
    path: ['reconcile'],
    synopsis: '',
    summary: "Checks every account's books to the minor unit (exit 1 on any difference).",
    flags: DATABASE_FLAGS,
  },
  {
    path: ['import', 'stripe'],
    synopsis: '--api-key sk_… [--account acct_…] [--dry-run] [--test-clock clock_…]',
    summary: 'Brings a Stripe account over (catalog, customers, cards, subscriptions); re-runs import nothing twice.',
    flags: [
      { name: 'api-key', type: 'string', value: 'sk_…', env: 'STRIPE_SECRET_KEY', help: 'the Stripe secret key' },
      { name: 'account', type: 'string', value: 'acct_…', help: 'import into this account (default: the default one)' },
      { name: 'dry-run', type: 'boolean', help: 'count what would be imported; write nothing' },
      { name: 'test-clock', type: 'string', value: 'clock_…', help: 'attach the imported customers to a test clock' },
      {
        name: 'stripe-host',
        type: 'string',
        value: 'HOST',
        help: 'a Stripe-compatible server instead of api.stripe.com',
      },
      { name: 'stripe-port', type: 'integer', value: 'PORT', help: "that server's port" },
      { name: 'stripe-protocol', type: ['http', 'https'], value: 'http|https', help: "that server's protocol" },
      ...DATABASE_FLAGS,
    ],
  },
  {
    path: ['demo'],
    synopsis: '[--customers 10000] [--months 24] [--seed 7]',
    summary: 'Builds a demo IPTV provider through the API on a test clock, in a new account.',
    flags: [
      { name: 'customers', type: 'integer', value: 'N', help: 'subscribers to create (default 10000)' },
      { name: 'months', type: 'integer', value: 'N', help: 'months of history to simulate (default 24)' },
      { name: 'seed', type: 'integer', value: 'N', help: 'random seed (default 7)' },
      ...DATABASE_FLAGS,
    ],
  },
  {
    path: ['churn', 'evaluate'],
    synopsis: '--csv FILE --label COLUMN [--positive yes] [--seed 42] [--test-fraction 0.25]',
    summary:
      'Trains gradient-boosted trees and an L2 logistic-regression baseline on a labelled CSV (every column but the\nlabel is a feature), holds out a seeded stratified test share, and prints AUC, top-decile precision and recall,\ncalibration by decile and the top features of both. No database.',
    flags: [
      { name: 'csv', type: 'string', value: 'FILE', help: 'the labelled CSV', required: true },
      { name: 'label', type: 'string', value: 'COLUMN', help: 'the label column', required: true },
      { name: 'positive', type: 'string', value: 'VALUE', help: "the label's churned value (default yes)" },
      { name: 'seed', type: 'integer', value: 'N', help: 'split and training seed (default 42)' },
      { name: 'test-fraction', type: 'number', value: 'F', help: 'held-out share, between 0 and 1 (default 0.25)' },
    ],
  },
  {
    path: ['churn', 'train'],
    synopsis: '[--account acct_…] [--as-of 2026-06-01T00:00:00Z]',
    summary:
      "Retrains the churn model of one account (or all) from its own history as of a time (default now; a test\nclock's time for demo data), stores the scores and prints the 90-day validation of both models.",
    flags: [
      { name: 'account', type: 'string', value: 'acct_…', help: 'only this account' },
      { name: 'as-of', type: 'string', value: 'ISO-TIME', help: 'train as of this time' },
      ...DATABASE_FLAGS,
    ],
  },
] as const satisfies readonly CommandSpec[];
