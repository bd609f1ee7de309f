import { ApiError, type Problem } from '../shared/api.ts';

/**
 * The portal's own API (/portal/api): one customer per browser session, kept out of /openapi.json, so its types are
 * written here beside the pages that use them. The session cookie is HttpOnly; writes carry the CSRF token from the
 * readable tenure_csrf cookie (before sign-in, any value: the header alone proves a same-origin script sent it).
 */
export type Plan = {
  price: string;
  product: string;
  name: string;
  amount: number | null;
  currency: string;
  interval: string | null;
  interval_count: number | null;
};
export type PortalSubscription = {
  id: string;
  status: string;
  plan: Plan;
  item: string;
  quantity: number;
  current_period_end: number;
  cancel_at_period_end: boolean;
  access_ends_at: number | null;
  next_renewal: { date: number; amount: number; currency: string } | null;
  resume_at: number | null;
};
export type Features = {
  customer_update: { enabled: boolean; allowed_updates: string[] };
  invoice_history: { enabled: boolean };
  payment_method_update: { enabled: boolean };
  subscription_cancel: { enabled: boolean; cancellation_reason: { enabled: boolean; options: string[] } };
  subscription_update: { enabled: boolean };
  subscription_pause: { enabled: boolean };
};
export type Overview = {
  customer: {
    id: string;
    name: string | null;
    email: string | null;
    locale: string | null;
    marketing_consent: boolean;
  };
  subscriptions: PortalSubscription[];
  open_invoices: { id: string; number: string | null; amount_remaining: number; currency: string }[];
  payment_method: {
    id: string;
    brand: string | null;
    last4: string | null;
    exp_month: number | null;
    exp_year: number | null;
  } | null;
  features: Features;
  business_profile: { headline: string | null; privacy_policy_url: string | null; terms_of_service_url: string | null };
};
export type PortalSession = {
  customer: string;
  csrf_token: string;
  expires_at: number;
  locale: string | null;
  return_url: string | null;
  flow: { type: string; [part: string]: unknown } | null;
};
export type PreviewLine = {
  invoice_item: string | null;
  description: string | null;
  amount: number;
  proration: boolean;
};
export type Preview = {
  total: number;
  amount_due: number;
  currency: string;
  period_start: number;
  lines: { data: PreviewLine[] };
};
export type Offer = { id: string; name: string; kind: string; months: number | null };
export type Cancellation = {
  id: string;
  subscription: string;
  offers: Offer[];
  result: string;
  accepted_offer: string | null;
};
export type PortalInvoice = {
  id: string;
  number: string | null;
  status: string;
  created: number;
  total: number;
  amount_remaining: number;
  currency: string;
  pdf: string;
};
export type Profile = { name: string | null; email: string | null; locale: string | null; marketing_consent: boolean };
export type Line = {
  id: string;
  username: string;
  password: string;
  access_status: string;
  exp_date: number | null;
  max_connections: number | null;
  server_url: string;
  playlist_url: string;
  streams_playing: { stream: number | string; started: number; user_agent: string | null }[];
};
export type Ticket = { id: string; subject: string; status: string; created: number; updated: number };
export type TicketMessage = {
  id: string;
  author: 'customer' | 'operator';
  author_name: string | null;
  body: string;
  created: number;
};
export type TicketThread = Ticket & { messages: TicketMessage[] };
type List<T> = { data: T[]; has_more: boolean };

function csrf(): string {
  const found = document.cookie.split('; ').find((c) => c.startsWith('tenure_csrf='));
  return found ? decodeURIComponent(found.slice('tenure_csrf='.length)) : 'portal';
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/portal/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: {
      ...(method !== 'GET' && { 'x-csrf-token': csrf() }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => null);
  if (response.ok) return data as T;
  throw new ApiError({
    type: 'about:blank',
    title: response.statusText,
    detail: `The server answered ${response.status}`,
    code: 'internal_error',
    status: response.status,
    error: { type: 'api_error', code: 'internal_error', message: `HTTP ${response.status}` },
    ...(data as Partial<Problem>),
  });
}

const sub = (id: string) => `/subscriptions/${encodeURIComponent(id)}`;

export const portal = {
  login: (email: string) => call<unknown>('POST', '/login', { email }),
  enter: (token: string) => call<PortalSession>('POST', '/session', { token }),
  session: () => call<PortalSession>('GET', '/session'),
  signOut: () => call<void>('DELETE', '/session'),
  overview: () => call<Overview>('GET', '/overview'),
  plans: (id: string) => call<List<Plan>>('GET', `${sub(id)}/plans`),
  preview: (id: string, price: string) => call<Preview>('GET', `${sub(id)}/preview?price=${encodeURIComponent(price)}`),
  changePlan: (id: string, price: string) => call<Overview>('POST', `${sub(id)}/plan`, { price }),
  startCancel: (id: string, reason: string, comment: string) =>
    call<Cancellation>('POST', `${sub(id)}/cancellations`, { reason, ...(comment && { comment }) }),
  acceptOffer: (session: string, offer: string) =>
    call<Cancellation>('POST', `/cancellations/${session}/accept`, { offer }),
  confirmCancel: (session: string) => call<Cancellation>('POST', `/cancellations/${session}/confirm`, {}),
  abortCancel: (session: string) => call<Cancellation>('POST', `/cancellations/${session}/abort`, {}),
  undoCancel: (id: string) => call<Overview>('POST', `${sub(id)}/undo_cancel`, {}),
  pause: (id: string) => call<Overview>('POST', `${sub(id)}/pause`, {}),
  resume: (id: string) => call<Overview>('POST', `${sub(id)}/resume`, {}),
  updateCard: (token: string) => call<Overview>('POST', '/payment_method', { token }),
  invoices: () => call<List<PortalInvoice>>('GET', '/invoices'),
  pay: (id: string) => call<PortalInvoice>('POST', `/invoices/${encodeURIComponent(id)}/pay`, {}),
  profile: () => call<Profile>('GET', '/profile'),
  updateProfile: (input: Partial<Profile>) => call<Profile>('POST', '/profile', input),
  lines: () => call<List<Line>>('GET', '/lines'),
  tickets: () => call<List<Ticket>>('GET', '/support_tickets'),
  openTicket: (subject: string, message: string) =>
    call<TicketThread>('POST', '/support_tickets', { subject, message }),
  ticket: (id: string) => call<TicketThread>('GET', `/support_tickets/${encodeURIComponent(id)}`),
  reply: (id: string, body: string) =>
    call<TicketThread>('POST', `/support_tickets/${encodeURIComponent(id)}/messages`, { body }),
};
