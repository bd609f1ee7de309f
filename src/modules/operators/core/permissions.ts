/**
 * Who may do what: the one permission table of Tenure, for console operators (by role) and restricted API keys
 * (`rk_…`, by explicit grants). Pure: a request's resource comes from its URL prefix, its access from its method.
 */

/** The resources a permission names. A route belongs to the resource of its first path segment (RESOURCE_OF). */
export const RESOURCES = [
  'customers',
  'subscriptions',
  'invoices',
  'payments',
  'refunds',
  'catalog',
  'analytics',
  'segments',
  'engagement',
  'experiments',
  'surveys',
  'retention',
  'notices',
  'webhooks',
  'events',
  'streaming',
  'lines',
  'account',
  'test_clocks',
  'api_keys',
  'operators',
  'audit_log',
  'support',
  'automations',
  'campaigns',
] as const;
export type Resource = (typeof RESOURCES)[number];
export type Access = 'read' | 'write';
/** Resource → the most a holder may do; a resource absent is refused. `write` includes `read`. */
export type Grants = Partial<Record<Resource, Access>>;

export const ROLES = ['owner', 'admin', 'billing', 'support', 'analyst', 'read_only', 'reseller'] as const;
export type Role = (typeof ROLES)[number];

/** The first segment of a /v1 path → its resource. A segment missing here is refused to all but full access. */
export const RESOURCE_OF: Record<string, Resource> = {
  customers: 'customers',
  attribute_definitions: 'customers',
  customer_imports: 'customers',
  personas: 'customers',
  subscriptions: 'subscriptions',
  subscription_items: 'subscriptions',
  subscription_schedules: 'subscriptions',
  usage_records: 'subscriptions',
  invoices: 'invoices',
  invoiceitems: 'invoices',
  credit_notes: 'invoices',
  payments: 'payments',
  payment_methods: 'payments',
  gateways: 'payments',
  refunds: 'refunds',
  products: 'catalog',
  prices: 'catalog',
  coupons: 'catalog',
  promotion_codes: 'catalog',
  tax_rates: 'catalog',
  metrics: 'analytics',
  forecast: 'analytics',
  exchange_rates: 'analytics',
  rfm: 'segments',
  segments: 'segments',
  engagement_events: 'engagement',
  experiments: 'experiments',
  surveys: 'surveys',
  survey_requests: 'surveys',
  retention_offers: 'retention',
  retention_settings: 'retention',
  retention_metrics: 'retention',
  cancellation_sessions: 'retention',
  messages: 'notices',
  notice_templates: 'notices',
  webhook_endpoints: 'webhooks',
  events: 'events',
  streams: 'streaming',
  stream_categories: 'streaming',
  series: 'streaming',
  bouquets: 'streaming',
  epg: 'streaming',
  lines: 'lines',
  account: 'account',
  test_clocks: 'test_clocks',
  test_helpers: 'test_clocks',
  api_keys: 'api_keys',
  operators: 'operators',
  audit_log: 'audit_log',
  // A portal session acts for one customer, and its configuration says what customers may change themselves.
  billing_portal: 'customers',
  support_tickets: 'support',
  support_settings: 'support',
  automations: 'automations',
  campaigns: 'campaigns',
};

const everything = (access: Access, except: Resource[] = []): Grants =>
  Object.fromEntries(RESOURCES.filter((r) => !except.includes(r)).map((r) => [r, access]));

const reads = (...resources: Resource[]): Grants => Object.fromEntries(resources.map((r) => [r, 'read']));
const writes = (...resources: Resource[]): Grants => Object.fromEntries(resources.map((r) => [r, 'write']));

/**
 * The documented permissions of each role (served in /docs). Owner and admin do everything (only an owner may make
 * or unmake an owner); read_only reads all but the secrets (API keys); support looks after customers, refunds and tickets
 * but cannot change the catalogue; a reseller sells lines to its own customers.
 */
export const ROLE_GRANTS: Record<Role, Grants> = {
  owner: everything('write'),
  admin: everything('write'),
  billing: {
    ...reads('analytics', 'events', 'notices', 'account', 'audit_log', 'retention', 'segments', 'support'),
    ...writes('customers', 'subscriptions', 'invoices', 'payments', 'refunds', 'catalog', 'test_clocks'),
  },
  support: {
    ...reads('subscriptions', 'invoices', 'payments', 'catalog', 'events', 'notices', 'streaming', 'retention'),
    ...reads('customers', 'lines'),
    ...writes('refunds', 'support'),
  },
  analyst: {
    ...reads('customers', 'subscriptions', 'invoices', 'payments', 'catalog', 'events', 'analytics', 'engagement'),
    ...reads('segments', 'experiments', 'surveys', 'retention', 'support', 'automations', 'campaigns'),
  },
  read_only: everything('read', ['api_keys']),
  reseller: {
    ...reads('catalog', 'invoices', 'payments', 'streaming'),
    ...writes('customers', 'subscriptions', 'lines'),
  },
};

/** Reading is safe (GET, HEAD); everything else changes something. */
export function accessOf(method: string): Access {
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

/** `/v1/customers/cus_1/discounts?x` → 'customers'; undefined for a path outside /v1 or of no known resource. */
export function resourceOfPath(url: string): Resource | undefined {
  const path = url.split('?', 1)[0]!;
  if (!path.startsWith('/v1/')) return undefined;
  const segment = path.slice(4).split('/', 1)[0]!;
  return Object.hasOwn(RESOURCE_OF, segment) ? RESOURCE_OF[segment] : undefined;
}

/** The permission a request needs, as `resource.access` (e.g. `catalog.write`), or null when it names none. */
export function requiredPermission(method: string, url: string): { resource: Resource; access: Access } | null {
  const resource = resourceOfPath(url);
  return resource ? { resource, access: accessOf(method) } : null;
}

/** Whether grants allow `access` on `resource`; `write` implies `read`. */
export function allows(grants: Grants, resource: Resource, access: Access): boolean {
  const granted = grants[resource];
  return granted === 'write' || (granted === 'read' && access === 'read');
}

/** A role may grant (invite to, or set) another only up to its own power: only an owner makes owners. */
export function mayAssignRole(actor: Role, target: Role): boolean {
  if (actor === 'owner') return true;
  return actor === 'admin' && target !== 'owner';
}
