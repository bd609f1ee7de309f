import { lt } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { AppContext } from '../context.ts';
import { idempotencyKeys } from '../db/schema/index.ts';
import { toDate, wallMs } from '../kernel/clock.ts';
import { stepAdvancingClock } from '../modules/test-clocks/index.ts';
import type { DueWorkSource } from './due-work.ts';
import { PollPacing } from './pacing.ts';

export type WorkerOptions = {
  pollMs?: number;
  /**
   * While passes find nothing and nothing is written, the wait between them grows from `pollMs` up to this
   * (default `pollMs`: no backoff; see pacing.ts). Only sound where `nudge()` hears of every write that can make
   * work due at once (an event to deliver): embedded PGlite, whose one process is the only writer. Work due by
   * the clock (a renewal) then runs at most this late on an idle server.
   */
  idlePollMs?: number;
  batchSize?: number;
  logger?: Pick<Logger, 'error' | 'info'>;
};

// Bounded so one tick never starves shutdown or live work behind a long test-clock advance.
const MAX_CLOCK_STEPS_PER_TICK = 500;
const IDEMPOTENCY_TTL_HOURS = 24;

/**
 * Runs due work: advancing test clocks first (a user is waiting on them), then live due work in batches,
 * then housekeeping. `stop()` lets the current batch finish, so nothing is left half-written.
 */
export class Worker {
  readonly #ctx: AppContext;
  readonly #sources: DueWorkSource[];
  readonly #pacing: PollPacing;
  readonly #batchSize: number;
  readonly #logger: WorkerOptions['logger'];
  #timer: NodeJS.Timeout | undefined;
  /** When the scheduled tick fires (wall ms), to tell whether a nudge should bring it forward. */
  #timerAt = 0;
  #running: Promise<void> | undefined;
  #started = false;
  #stopping = false;
  #wakeAgain = false;
  #lastExpiry = 0;
  lastTickAt: Date | null = null;

  constructor(ctx: AppContext, sources: DueWorkSource[], options: WorkerOptions = {}) {
    this.#ctx = ctx;
    this.#sources = sources;
    this.#pacing = new PollPacing(options.pollMs ?? 1000, options.idlePollMs);
    this.#batchSize = options.batchSize ?? 500;
    this.#logger = options.logger;
  }

  get sources(): readonly DueWorkSource[] {
    return this.#sources;
  }

  start(): void {
    this.#started = true;
    this.#stopping = false;
    this.#pacing.written(); // a restarted worker does not resume a long idle wait
    this.#schedule(0);
  }

  /** Run a tick now (e.g. right after a test clock was told to advance) instead of at the next poll. */
  wake(): void {
    if (!this.#started || this.#stopping) return;
    if (this.#running) {
      this.#wakeAgain = true;
      return;
    }
    this.#schedule(0);
  }

  /**
   * Something was written: work may be due soon (an event to deliver), so an idle wait longer than `pollMs` is cut
   * short. Called before every writing statement, so it only compares numbers.
   */
  nudge(): void {
    if (!this.#started || this.#stopping) return;
    // Also while a tick runs: the write may be in a transaction that commits after the tick looked. (While a tick
    // runs its timer has fired, so #timerAt is past and nothing is rescheduled; once it has set the next timer,
    // even before #running is cleared, a nudge brings that timer forward.)
    this.#pacing.written();
    const soon = this.#pacing.pollMs;
    if (this.#timerAt - wallMs() > soon) this.#schedule(soon);
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#started = false;
    clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timerAt = wallMs() + ms;
    this.#timer = setTimeout(() => {
      this.#running = this.#loop().finally(() => {
        this.#running = undefined;
      });
    }, ms);
  }

  async #loop(): Promise<void> {
    let busy = false;
    try {
      busy = (await this.tick()) > 0;
    } catch (error) {
      this.#logger?.error({ err: error }, 'worker tick failed');
    }
    if (this.#stopping || !this.#started) return;
    const again = busy || this.#wakeAgain;
    this.#wakeAgain = false;
    this.#schedule(this.#pacing.afterPass(again));
  }

  /** One pass over all due work; returns how many units of work ran (0 = idle). */
  async tick(): Promise<number> {
    let done = 0;
    for (let i = 0; i < MAX_CLOCK_STEPS_PER_TICK && !this.#stopping; i++) {
      const step = await stepAdvancingClock(this.#ctx, this.#sources);
      if (step === 'idle') break;
      done++;
    }
    const now = toDate(this.#ctx.clock.now());
    for (const source of this.#sources) {
      if (this.#stopping) break;
      done += await source.runDue(this.#ctx, now, this.#batchSize);
    }
    await this.#expireIdempotencyKeys(now);
    this.lastTickAt = now;
    return done;
  }

  async #expireIdempotencyKeys(now: Date): Promise<void> {
    // Housekeeping, not due work: once a minute is plenty.
    if (this.#lastExpiry && now.getTime() - this.#lastExpiry < 60_000) return;
    this.#lastExpiry = now.getTime();
    const cutoff = new Date(now.getTime() - IDEMPOTENCY_TTL_HOURS * 3600_000);
    const expired = lt(idempotencyKeys.createdAt, cutoff);
    // Looked for first: a DELETE is a write even when it deletes nothing, and a write ends the idle backoff.
    const [any] = await this.#ctx.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys).where(expired).limit(1);
    if (any) await this.#ctx.db.delete(idempotencyKeys).where(expired);
  }

  /** Runs ticks until nothing is due: for tests and the CLI's one-shot mode. */
  async drain(): Promise<void> {
    this.#stopping = false;
    while ((await this.tick()) > 0) {
      // keep going
    }
  }
}
