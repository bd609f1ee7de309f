/**
 * Scrubs secrets out of one serialised log line: API keys (`sk_…`, restricted `rk_…`), webhook secrets
 * (`whsec_…`), password-like JSON fields, credentials in URLs (`smtp://user:pass@…`), the tokens of key-less pages
 * (`/pay/…`, `/unsubscribe/…` — the token is the credential) and card-like numbers (13–19 digits, spaces or dashes
 * between them allowed, passing Luhn: PCI DSS forbids logging a PAN). Pure: the logger runs it on every line.
 */
export const REDACTED = '[REDACTED]';

// Each rule has a cheap gate (a substring or a literal-led test) so an ordinary line skips its backtracking regex.
const RULES: [gate: (line: string) => boolean, pattern: RegExp, replacement: string][] = [
  [(l) => l.includes('k_'), /\b(sk|rk)_[A-Za-z0-9_-]{6,}/g, `$1_${REDACTED}`],
  [(l) => l.includes('whsec_'), /\bwhsec_[A-Za-z0-9+/=_-]{6,}/g, `whsec_${REDACTED}`],
  [
    (l) => /pass|secret|token|api_key|authori|cookie/i.test(l),
    /"((?:[\w-]*_)?(?:password|passwd|pass|secret|token|api_key|authorization|cookie))"(\s*:\s*)"(?:[^"\\]|\\.)*"/gi,
    `"$1"$2"${REDACTED}"`,
  ],
  [(l) => l.includes('://') && l.includes('@'), /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@"]+:[^/\s@"]*@/gi, `$1${REDACTED}@`],
  [(l) => l.includes('/pay/') || l.includes('/unsubscribe/'), /\/(pay|unsubscribe)\/[^/?#"\s\\]+/g, `/$1/${REDACTED}`],
];

/** The Luhn (mod 10) check digit rule every payment card number satisfies. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
// Letters, digits, `_`, `.` and `-` glue a digit run to a longer token (an id, a decimal, a date): not a card.
const gluesToken = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;

/**
 * Replaces every stand-alone run of 13–19 digits (single spaces or dashes allowed between digits) that passes Luhn.
 * One pass over the characters: a regex for this backtracks at every digit and cost ~10× more per log line.
 */
function redactCardNumbers(line: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < line.length; i++) {
    if (!isDigit(line.charCodeAt(i))) continue;
    const before = i > 0 ? line.charCodeAt(i - 1) : 32;
    let end = i;
    let count = 0;
    while (end < line.length) {
      const c = line.charCodeAt(end);
      if (isDigit(c)) {
        count++;
        end++;
      } else if ((c === 32 || c === 45) && isDigit(line.charCodeAt(end + 1))) end++;
      else break;
    }
    const after = end < line.length ? line.charCodeAt(end) : 32;
    const standalone = count >= 13 && count <= 19 && !gluesToken(before) && before !== 45 && !gluesToken(after);
    if (standalone && passesLuhn(line.slice(i, end).replace(/[ -]/g, ''))) {
      // A bare JSON number (after `:`, `,` or `[`) becomes a string, so the line stays valid JSON.
      out += line.slice(copied, i) + (':,['.includes(line[i - 1] ?? '') ? `"${REDACTED}"` : REDACTED);
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

export function redactSecrets(line: string): string {
  let out = line;
  for (const [gate, pattern, replacement] of RULES) if (gate(out)) out = out.replace(pattern, replacement);
  return redactCardNumbers(out);
}
