/**
 * How long the worker waits before its next pass. After a pass that found work: no wait. After an idle pass: the
 * wait doubles from `pollMs` up to `idlePollMs`, so an idle server stops spending a core's tenth on empty polls
 * (measured on PGlite: 85–100 ms of CPU a second at a 1 s poll). A write starts the waits over from `pollMs`.
 */
export class PollPacing {
  readonly pollMs: number;
  readonly idlePollMs: number;
  #next: number;

  constructor(pollMs: number, idlePollMs = pollMs) {
    this.pollMs = pollMs;
    this.idlePollMs = Math.max(pollMs, idlePollMs);
    this.#next = pollMs;
  }

  /** The wait before the next pass. */
  afterPass(foundWork: boolean): number {
    if (foundWork) {
      this.#next = this.pollMs;
      return 0;
    }
    const wait = this.#next;
    this.#next = Math.min(wait * 2, this.idlePollMs);
    return wait;
  }

  /** Something was written, so work may be due soon: the next idle wait is `pollMs` again. */
  written(): void {
    this.#next = this.pollMs;
  }
}
