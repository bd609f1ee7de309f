/** Response and body schemas of the portal's own API (/portal/api): serialized strictly, kept out of /openapi.json. */
import { businessProfileOut, featuresOut } from '../schemas/billing-portal.ts';
import { arrayOf, bool, int, nullable, type Schema, str, strictObject } from '../schemas/common.ts';

const obj = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
});

export const plan = obj({
  price: str(),
  product: str(),
  name: str(),
  amount: nullable(int()),
  currency: str(),
  interval: nullable(str()),
  interval_count: nullable(int()),
});

export const overview = obj({
  object: str({ const: 'portal_overview' }),
  customer: obj({
    id: str(),
    name: nullable(str()),
    email: nullable(str()),
    locale: nullable(str()),
    marketing_consent: bool(),
  }),
  subscriptions: arrayOf(
    obj({
      id: str(),
      status: str(),
      plan,
      item: str(),
      quantity: int(),
      current_period_end: int(),
      cancel_at_period_end: bool(),
      access_ends_at: nullable(int()),
      next_renewal: { type: ['object', 'null'], properties: { date: int(), amount: int(), currency: str() } },
      resume_at: nullable(int()),
    }),
  ),
  open_invoices: arrayOf(
    obj({ id: str(), number: nullable(str()), amount_remaining: int(), currency: str(), due_date: nullable(int()) }),
  ),
  payment_method: {
    type: ['object', 'null'],
    properties: {
      id: str(),
      brand: nullable(str()),
      last4: nullable(str()),
      exp_month: nullable(int()),
      exp_year: nullable(int()),
    },
  },
  features: featuresOut,
  business_profile: businessProfileOut,
});

export const portalSession = obj({
  object: str({ const: 'portal_session' }),
  customer: str(),
  csrf_token: str({ description: 'Send it in X-CSRF-Token on every unsafe request (also in the tenure_csrf cookie)' }),
  expires_at: int(),
  locale: nullable(str()),
  return_url: nullable(str()),
  flow: { type: ['object', 'null'], additionalProperties: true },
});

export const invoice = obj({
  id: str(),
  number: nullable(str()),
  status: str(),
  created: int(),
  total: int(),
  amount_paid: int(),
  amount_remaining: int(),
  currency: str(),
  pdf: str(),
});

export const invoiceList = obj({ object: str({ const: 'list' }), data: arrayOf(invoice), has_more: bool() });
export const planList = obj({ object: str({ const: 'list' }), data: arrayOf(plan), has_more: bool() });

export const profile = obj({
  object: str({ const: 'portal_profile' }),
  name: nullable(str()),
  email: nullable(str()),
  locale: nullable(str()),
  marketing_consent: bool(),
});

export const card = obj({
  id: str(),
  brand: nullable(str()),
  last4: nullable(str()),
  exp_month: nullable(int()),
  exp_year: nullable(int()),
});

export const LOCALES = ['en', 'pt-BR', 'nl', 'fa'];

export const bodies = {
  login: strictObject(
    { email: str({ minLength: 3, maxLength: 320, pattern: '^[^@\\s]+@[^@\\s]+$' }), account: str({ maxLength: 64 }) },
    ['email'],
  ),
  enter: strictObject({ token: str({ minLength: 10, maxLength: 200 }) }, ['token']),
  plan: strictObject({ price: str({ maxLength: 255 }) }, ['price']),
  cancel: strictObject({ reason: str({ maxLength: 64 }), comment: str({ maxLength: 1000 }) }),
  offer: strictObject({ offer: str({ maxLength: 255 }) }, ['offer']),
  empty: strictObject({}),
  card: strictObject({ token: str({ minLength: 1, maxLength: 255 }), gateway: str({ enum: ['sandbox', 'stripe'] }) }, [
    'token',
  ]),
  ticket: strictObject(
    { subject: str({ minLength: 1, maxLength: 500 }), message: str({ minLength: 1, maxLength: 20_000 }) },
    ['subject', 'message'],
  ),
  reply: strictObject({ body: str({ minLength: 1, maxLength: 20_000 }) }, ['body']),
  profile: strictObject({
    name: str({ minLength: 1, maxLength: 200 }),
    email: str({ minLength: 3, maxLength: 320, pattern: '^[^@\\s]+@[^@\\s]+$' }),
    locale: str({ enum: LOCALES }),
    marketing_consent: bool(),
  }),
};

export const priceQuery = strictObject({ price: str({ maxLength: 255 }) }, ['price']);
export const pageQuery = strictObject({ limit: int({ minimum: 1, maximum: 100 }), starting_after: str() });
export const idParams = strictObject({ id: str({ maxLength: 255 }) }, ['id']);

export const lineList = obj({
  object: str({ const: 'list' }),
  data: arrayOf(
    obj({
      id: str(),
      subscription: str(),
      username: str(),
      password: str(),
      access_status: str(),
      exp_date: nullable(int()),
      max_connections: nullable(int()),
      server_url: str(),
      playlist_url: str(),
      streams_playing: arrayOf(
        obj({ stream: { type: ['integer', 'string'] }, started: int(), user_agent: nullable(str()) }),
      ),
    }),
  ),
  has_more: bool(),
});

const ticketProps = { id: str(), subject: str(), status: str(), created: int(), updated: int() };
export const ticketList = obj({ object: str({ const: 'list' }), data: arrayOf(obj(ticketProps)), has_more: bool() });
export const ticket = obj({
  ...ticketProps,
  messages: arrayOf(obj({ id: str(), author: str(), author_name: nullable(str()), body: str(), created: int() })),
});
