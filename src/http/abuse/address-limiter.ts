import ipaddr from 'ipaddr.js';

export type WindowLimit = {
  /** Hits an address may make in one window; the next one is refused until the window ends. */
  max: number;
  windowMs: number;
  /** Addresses remembered at most; beyond it expired ones are swept, then the oldest forgotten (bounded memory). */
  maxAddresses: number;
};

type Window = { count: number; endsAt: number };

const DOTTED_IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * One address's key: IPv4 as is, IPv6 by its /64 (one subscriber's whole allocation — anyone holding one IPv6
 * address usually holds 2^64 of them, so per-address keys would not limit anyone). IPv4-mapped IPv6 is IPv4.
 */
export function addressKey(address: string): string {
  if (DOTTED_IPV4.test(address)) return address; // the common case, without parsing
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`;
}

/**
 * Fixed-window counter per client address. `now` is passed in (wall milliseconds) so the rule is pure and a table
 * test can walk through time. Fixed windows let a burst of 2×max straddle a boundary; that is enough to stop
 * guessing keys or link tokens, which needs millions of tries.
 */
export class AddressLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #limit: WindowLimit;
  constructor(limit: WindowLimit) {
    this.#limit = limit;
  }

  /** Seconds until the address may try again (rounded up), or 0 when it is not limited now. */
  retryAfter(address: string, now: number): number {
    const window = this.#windows.get(addressKey(address));
    if (!window || window.endsAt <= now || window.count < this.#limit.max) return 0;
    return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  }

  /** Counts one hit; returns the seconds to wait when this hit is over the limit, else 0. */
  hit(address: string, now: number): number {
    const key = addressKey(address);
    let window = this.#windows.get(key);
    if (!window || window.endsAt <= now) {
      if (window) this.#windows.delete(key);
      else this.#makeRoom(now);
      window = { count: 0, endsAt: now + this.#limit.windowMs };
      this.#windows.set(key, window);
    }
    window.count++;
    if (window.count <= this.#limit.max) return 0;
    return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  }

  get size(): number {
    return this.#windows.size;
  }

  #makeRoom(now: number): void {
    if (this.#windows.size < this.#limit.maxAddresses) return;
    for (const [key, window] of this.#windows) if (window.endsAt <= now) this.#windows.delete(key);
    // Still full: forget the oldest windows (Map keeps insertion order), a tenth at a time so a sweep is rare.
    if (this.#windows.size < this.#limit.maxAddresses) return;
    let drop = Math.ceil(this.#limit.maxAddresses / 10);
    for (const key of this.#windows.keys()) {
      if (drop-- <= 0) break;
      this.#windows.delete(key);
    }
  }
}
