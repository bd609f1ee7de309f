/**
 * Planner statistics for embedded PGlite, which has no autovacuum: without them every plan assumes tables of a
 * few rows, and a scan of 1,000 subscriptions ran as nested loops over all of an account's customers and messages
 * per row (86 ms where 5 ms do once analyzed). ANALYZE is queued whenever the writes since the last one reach the
 * count then (1,000 at first), like autovacuum's scale factor: a few runs while a database grows, none at rest.
 */
export type AnalyzeUpkeep = {
  /** Called before each statement that may write (the client's statement hook). */
  wrote(): void;
  /** Waits for a queued ANALYZE (before closing the database). */
  settled(): Promise<void>;
};

export function analyzeUpkeep(analyze: () => Promise<unknown>, first = 1000): AnalyzeUpkeep {
  let writes = 0;
  let next = first;
  let running: Promise<void> | undefined;
  return {
    wrote() {
      writes++;
      if (writes < next || running) return;
      next = writes * 2;
      // Queued on the client: it runs once the statement (and transaction) at hand is done, never inside it.
      // Statistics only steer plans, so a failure changes no result and is not worth failing anything for.
      running = analyze().then(
        () => undefined,
        () => undefined,
      );
      void running.finally(() => {
        running = undefined;
      });
    },
    settled: () => running ?? Promise.resolve(),
  };
}
