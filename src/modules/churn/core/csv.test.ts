import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from './csv.ts';

test('parseCsv reads quoted fields, doubled quotes, CRLF and skips blank lines', () => {
  const cases: Array<[string, string, Record<string, string>[]]> = [
    [
      'plain LF',
      'a,b\n1,2\n3,4\n',
      [
        { a: '1', b: '2' },
        { a: '3', b: '4' },
      ],
    ],
    [
      'CRLF, no final newline',
      'a,b\r\n1,2\r\n3,4',
      [
        { a: '1', b: '2' },
        { a: '3', b: '4' },
      ],
    ],
    ['quoted comma and quote', 'a,b\n"x, y","say ""hi"""\n', [{ a: 'x, y', b: 'say "hi"' }]],
    ['quoted newline', 'a,b\n"1\n2",3\n', [{ a: '1\n2', b: '3' }]],
    ['blank lines and empty field', 'a,b\n\n1,\n\n', [{ a: '1', b: '' }]],
  ];
  for (const [name, text, rows] of cases) assert.deepEqual(parseCsv(text).rows, rows, name);
  assert.deepEqual(parseCsv('a,b\n1,2').header, ['a', 'b']);
});

test('parseCsv names the line of a row with the wrong field count', () => {
  assert.throws(() => parseCsv('a,b\n1,2\n3\n'), /CSV line 3 has 1 fields, the header has 2/);
  assert.throws(() => parseCsv(''), /empty/);
});
