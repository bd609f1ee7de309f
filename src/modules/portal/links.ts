/**
 * Links into the portal and the browser sessions they open. A link (an API portal session, or a magic link e-mailed
 * to the subscriber) carries a secret that is redeemed once, before it expires, for a browser session: an HttpOnly
 * cookie secret plus a CSRF token for unsafe requests. Only hashes of the secrets are stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import { type PortalFlow, portalBrowserSessions, portalLinks } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { TenureError } from '../../kernel/errors.ts';
import { newId, newSecret } from '../../kernel/ids.ts';

/** Stripe's portal session URLs are short-lived; an e-mail takes longer to arrive and be opened. */
export const LINK_TTL = { session: { minutes: 5 }, login: { minutes: 15 } } as const;
/** A signed-in browser stays signed in this long (a subscriber's errand, not a standing login). */
export const BROWSER_SESSION_TTL = { hours: 1 } as const;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export type LinkRow = typeof portalLinks.$inferSelect;
export type BrowserSessionRow = typeof portalBrowserSessions.$inferSelect;
export type LinkInput = {
  accountId: string;
  kind: 'session' | 'login';
  customerId: string;
  configurationId: string | null;
  returnUrl: string | null;
  locale: string | null;
  flow: PortalFlow | null;
};

/** Records a link and returns it with its secret (shown once: in the session's url or in the e-mail). */
export async function createLink(ctx: AppContext, input: LinkInput, at: Temporal.Instant) {
  const secret = newSecret(input.kind === 'session' ? 'bpst' : 'bplt');
  const [row] = await ctx.db
    .insert(portalLinks)
    .values({
      accountId: input.accountId,
      id: newId(input.kind === 'session' ? 'bps' : 'bpl'),
      kind: input.kind,
      customerId: input.customerId,
      configurationId: input.configurationId,
      secretHash: hashSecret(secret),
      returnUrl: input.returnUrl,
      locale: input.locale,
      flow: input.flow,
      expiresAt: toDate(at.add(LINK_TTL[input.kind])),
      created: toDate(at),
    })
    .returning();
  return { row: row!, secret };
}

export const linkInvalid = () =>
  new TenureError(
    'authentication',
    'portal_link_invalid',
    'This portal link is not valid any more; ask for a new one',
    'token',
  );

/**
 * Redeems a link's secret for a browser session (in the caller's transaction, the link row locked so two tabs
 * cannot both redeem it). Unknown, expired and used links all answer the same error.
 */
export async function redeemLink(ctx: AppContext, secret: string, at: Temporal.Instant) {
  const [link] = await ctx.db
    .select()
    .from(portalLinks)
    .where(eq(portalLinks.secretHash, hashSecret(secret)))
    .for('update');
  if (!link || link.redeemedAt || link.expiresAt.getTime() <= at.epochMilliseconds) throw linkInvalid();
  await ctx.db
    .update(portalLinks)
    .set({ redeemedAt: toDate(at) })
    .where(and(eq(portalLinks.accountId, link.accountId), eq(portalLinks.id, link.id)));
  const cookie = newSecret('pbs');
  const [session] = await ctx.db
    .insert(portalBrowserSessions)
    .values({
      accountId: link.accountId,
      id: newId('pbs'),
      customerId: link.customerId,
      configurationId: link.configurationId,
      linkId: link.id,
      secretHash: hashSecret(cookie),
      csrfToken: randomBytes(24).toString('base64url'),
      returnUrl: link.returnUrl,
      locale: link.locale,
      flow: link.flow,
      expiresAt: toDate(at.add(BROWSER_SESSION_TTL)),
      created: toDate(at),
    })
    .returning();
  return { session: session!, cookie };
}

/** The live browser session a cookie secret names, or null (unknown, expired or signed out). */
export async function browserSession(ctx: AppContext, cookie: string, at: Temporal.Instant) {
  const [row] = await ctx.db
    .select()
    .from(portalBrowserSessions)
    .where(and(eq(portalBrowserSessions.secretHash, hashSecret(cookie)), isNull(portalBrowserSessions.endedAt)));
  if (!row || row.expiresAt.getTime() <= at.epochMilliseconds) return null;
  return row;
}

export async function endBrowserSession(ctx: AppContext, row: BrowserSessionRow, at: Temporal.Instant) {
  await ctx.db
    .update(portalBrowserSessions)
    .set({ endedAt: toDate(at) })
    .where(and(eq(portalBrowserSessions.accountId, row.accountId), eq(portalBrowserSessions.id, row.id)));
}

/** Stripe's billing_portal.session object (the secret only in `url`, only in the creating answer). */
export function presentPortalSession(row: LinkRow, url: string) {
  return {
    id: row.id,
    object: 'billing_portal.session' as const,
    configuration: row.configurationId,
    created: toUnix(row.created),
    customer: row.customerId,
    expires_at: toUnix(row.expiresAt),
    flow: row.flow,
    livemode: false,
    locale: row.locale,
    on_behalf_of: null,
    return_url: row.returnUrl,
    url,
  };
}
