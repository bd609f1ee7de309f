/**
 * ISO 4217 minor-unit exponents (List One, active codes incl. fund codes).
 * Codes without a defined minor unit (precious metals, XDR, XTS, XXX...) are
 * deliberately absent: they cannot be billed in integer minor units.
 */

// Exponent 0: one minor unit is one major unit (¥1 is the smallest amount).
const EXPONENT_0 = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';

// IRR and HUF are 2 per ISO even though some processors treat them differently:
// we follow ISO so stored minor units never depend on a payment provider.
const EXPONENT_2 = [
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD',
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS',
  'GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL',
  'MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK',
  'PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS',
  'TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG',
].join(' ');

const EXPONENT_3 = 'BHD IQD JOD KWD LYD OMR TND';

// Unidades de fomento / unidad previsional: index units quoted to 4 places.
const EXPONENT_4 = 'CLF UYW';

const GROUPS: ReadonlyArray<readonly [number, string]> = [
  [0, EXPONENT_0],
  [2, EXPONENT_2],
  [3, EXPONENT_3],
  [4, EXPONENT_4],
];

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  GROUPS.flatMap(([exponent, codes]) => codes.split(' ').map((code): [string, number] => [code, exponent])),
);

/** Every supported ISO 4217 code, upper-case and sorted. */
export const CURRENCY_CODES: readonly string[] = Object.freeze([...EXPONENTS.keys()].sort());

/** Case-insensitive ('usd' is USD); false for anything not in the table, including metals and XDR. */
export function isSupportedCurrency(code: string): boolean {
  return typeof code === 'string' && EXPONENTS.has(code.toUpperCase());
}

/** Decimal places of the minor unit (JPY 0, USD 2, BHD 3); throws on unknown codes rather than guessing 2. */
export function currencyExponent(code: string): number {
  const exponent = typeof code === 'string' ? EXPONENTS.get(code.toUpperCase()) : undefined;
  if (exponent === undefined) throw new Error(`Unsupported currency: ${String(code)}`);
  return exponent;
}
