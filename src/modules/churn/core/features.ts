/** A raw input value: CSV cells are strings; snapshot features are numbers; empty and null are missing. */
export type RawValue = string | number | boolean | null | undefined;
export type RawRow = Readonly<Record<string, RawValue>>;

/** One column of the encoded matrix, with the training mean and standard deviation used to standardise it. */
export type EncodedColumn =
  | { name: string; source: string; kind: 'numeric'; mean: number; sd: number }
  | { name: string; source: string; kind: 'category'; value: string; mean: number; sd: number };

/** How raw rows become numbers; fitted on training rows only, so test rows never leak into the statistics. */
export interface FeatureSpec {
  sources: string[];
  columns: EncodedColumn[];
}

function isMissing(value: RawValue): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

function asNumber(value: RawValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}

/** A column is numeric when every present training value parses as a finite number; otherwise it is one-hot. */
function isNumericColumn(rows: readonly RawRow[], source: string): boolean {
  return rows.every((row) => isMissing(row[source]) || Number.isFinite(asNumber(row[source]!)));
}

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, v) => a + v, 0) / (values.length || 1);
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length || 1);
  // A constant column standardises to 0 rather than dividing by zero.
  return { mean, sd: Math.sqrt(variance) || 1 };
}

/**
 * Fits the encoding: numeric columns kept as they are (missing → training mean), categorical columns one-hot with
 * one column per value seen in training, in sorted order (a value first seen later encodes as all zeros).
 */
export function fitFeatureSpec(rows: readonly RawRow[], sources: readonly string[]): FeatureSpec {
  if (rows.length === 0) throw new RangeError('cannot fit features on zero rows');
  const columns: EncodedColumn[] = [];
  for (const source of sources) {
    if (isNumericColumn(rows, source)) {
      const present = rows.filter((r) => !isMissing(r[source])).map((r) => asNumber(r[source]!));
      columns.push({ name: source, source, kind: 'numeric', ...meanAndSd(present) });
      continue;
    }
    const values = [...new Set(rows.filter((r) => !isMissing(r[source])).map((r) => String(r[source])))].sort();
    for (const value of values) {
      const indicator = rows.map((r) => (String(r[source]) === value ? 1 : 0));
      columns.push({ name: `${source}=${value}`, source, kind: 'category', value, ...meanAndSd(indicator) });
    }
  }
  return { sources: [...sources], columns };
}

/** Encodes one row without standardising (trees split on original units, so thresholds read naturally). */
export function encodeRow(spec: FeatureSpec, row: RawRow): number[] {
  return spec.columns.map((column) => {
    const value = row[column.source];
    if (column.kind === 'category') return !isMissing(value) && String(value) === column.value ? 1 : 0;
    return isMissing(value) ? column.mean : asNumber(value);
  });
}

/** Standardises an encoded row with the training statistics (for the linear model). */
export function standardise(spec: FeatureSpec, encoded: readonly number[]): number[] {
  return encoded.map((v, j) => (v - spec.columns[j]!.mean) / spec.columns[j]!.sd);
}
