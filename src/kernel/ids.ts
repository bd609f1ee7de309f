import { randomBytes, randomFillSync } from 'node:crypto';
import { wallMs } from './clock.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const TIME_CHARS = 9;
const RANDOM_CHARS = 14;

let lastMs = -1;
let lastRandom: number[] = [];
let lastTime = '';

function encodeTime(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET[rest % 36] + out;
    rest = Math.floor(rest / 36);
  }
  return out;
}

// Random bytes are drawn 4 kB at a time: one call per id was a visible share of a renewal batch's CPU.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;

function freshRandom(): number[] {
  if (poolAt + RANDOM_CHARS > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const digits = Array.from({ length: RANDOM_CHARS }, (_, i) => pool[poolAt + i]! % 36);
  poolAt += RANDOM_CHARS;
  return digits;
}

/** Adds one to the random part so ids made in the same millisecond still sort in creation order. */
function increment(digits: number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    if (next[i]! < 35) {
      next[i]! += 1;
      return next;
    }
    next[i] = 0;
  }
  return freshRandom();
}

/**
 * A prefixed id (`cus_…`) whose characters sort (in the C collation) in creation order within a process.
 * Lists page by id, so this order is the list order; it uses wall time, never a test clock's time.
 */
export function newId(prefix: string, at: number = wallMs()): string {
  if (at === lastMs) lastRandom = increment(lastRandom);
  else {
    lastRandom = freshRandom();
    lastTime = encodeTime(at);
    lastMs = at;
  }
  let id = `${prefix}_${lastTime}`;
  for (const d of lastRandom) id += ALPHABET[d];
  return id;
}

/** A secret for API keys and webhook secrets: 32 random bytes, base64url (256 bits, no modulo bias). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hasPrefix(id: string, prefix: string): boolean {
  return id.startsWith(`${prefix}_`);
}

/** The wall-clock milliseconds an id was minted at, read back from its time part. */
export function idTime(id: string): number {
  const time = id.slice(-(TIME_CHARS + RANDOM_CHARS), -RANDOM_CHARS);
  return [...time].reduce((ms, c) => ms * 36 + ALPHABET.indexOf(c), 0);
}

/** The lowest `prefix` id minted at `ms` or later: a lower bound for "ids minted since". */
export function idFloor(prefix: string, ms: number): string {
  return `${prefix}_${encodeTime(ms)}`;
}

// Drawn once per process: with the counter below, request ids are unique across processes and restarts.
const PROCESS_PART = Array.from(randomBytes(10), (byte) => ALPHABET[byte % 36]).join('');
let requestCount = 0;

/**
 * A request id (`req_…`, as long as other ids): this process's random part and a counter, so ids of one process
 * sort in arrival order. Made for every request, so it skips newId's clock read and random digits (~0.5 µs).
 */
export function newRequestId(): string {
  requestCount++;
  return `req_${PROCESS_PART}${requestCount.toString(36).padStart(TIME_CHARS + RANDOM_CHARS - 10, '0')}`;
}
