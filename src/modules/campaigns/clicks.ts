/** A click on a tracked link: counted on its recipient, then the reader is sent where the author pointed. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { campaignRecipients, campaigns } from '../../db/schema/index.ts';
import { clickSignatureValid, parseClickToken } from './core/links.ts';

/** The link's target after counting the click, or null for a token that does not verify. */
export async function recordClick(db: Db, token: string, at: Date): Promise<string | null> {
  const claim = parseClickToken(token);
  if (!claim) return null;
  const [recipient] = await db
    .select()
    .from(campaignRecipients)
    .where(and(eq(campaignRecipients.accountId, claim.accountId), eq(campaignRecipients.id, claim.recipientId)));
  if (!recipient) return null;
  const [campaign] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.accountId, claim.accountId), eq(campaigns.id, recipient.campaignId)));
  const target = campaign?.links[claim.index];
  if (!campaign || !target || !clickSignatureValid(campaign.secret, claim)) return null;
  await db
    .update(campaignRecipients)
    .set({
      clicks: sql`${campaignRecipients.clicks} + 1`,
      firstClickAt: sql`coalesce(${campaignRecipients.firstClickAt}, ${at})`,
    })
    .where(and(eq(campaignRecipients.accountId, recipient.accountId), eq(campaignRecipients.id, recipient.id)));
  return target;
}
