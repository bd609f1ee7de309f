/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into records keyed by the header row. Blank lines
 * are skipped; a row with a different field count is an error naming its line, since a shifted column would train
 * the model on the wrong feature without anyone noticing.
 */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const lines = splitRecords(text);
  const header = lines.shift()?.fields;
  if (!header) throw new RangeError('the CSV file is empty');
  const rows = lines.map(({ fields, line }) => {
    if (fields.length !== header.length) {
      throw new RangeError(`CSV line ${line} has ${fields.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, fields[i]!]));
  });
  return { header, rows };
}

function splitRecords(text: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ fields, line: startLine });
    fields = [];
    field = '';
    startLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else field += c;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
