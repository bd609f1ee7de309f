/**
 * Breach events, run by due work at each ticket's `next_breach_at`: every target missed by then is reported once,
 * at its own target time (the clock's, for a customer on a test clock), and marked so it is never reported again.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { supportTickets } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import { breachesBy } from './core/index.ts';
import { presentTicket, type TicketRow } from './present.ts';
import { withTargets } from './tickets.ts';

export async function reportBreaches(ctx: AppContext, accountId: string, rows: readonly TicketRow[], now: Date) {
  for (const row of rows) {
    const breaches = breachesBy(row, now);
    let next = row;
    for (const breach of breaches) {
      next = withTargets({
        ...next,
        ...(breach.kind === 'first_response'
          ? { firstResponseBreachedAt: breach.at }
          : { resolutionBreachedAt: breach.at }),
      });
      await recordEvent(
        ctx.db,
        { accountId },
        {
          type: `support_ticket.${breach.kind}_breached`,
          object: presentTicket(next),
          at: fromDate(breach.at),
          testClock: row.testClock,
        },
      );
    }
    await ctx.db
      .update(supportTickets)
      .set(withTargets(next))
      .where(and(eq(supportTickets.accountId, accountId), eq(supportTickets.id, row.id)));
  }
}
