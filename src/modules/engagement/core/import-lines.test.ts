import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvRows, type ImportLineError, parseCsv, parseNdjson } from './import-lines.ts';

test('NDJSON: one event per line, blank lines skipped, a bad line named', () => {
  assert.deepEqual(parseNdjson('{"id":"a"}\n\n{"id":"b"}\n'), [{ id: 'a' }, { id: 'b' }]);
  assert.throws(
    () => parseNdjson('{"id":"a"}\n{oops'),
    (e: ImportLineError) => e.line === 2,
  );
});

test('CSV rows: quotes, doubled quotes, commas and line breaks inside quotes, CRLF', () => {
  assert.deepEqual(csvRows('a,b\r\n"x, y","say ""hi"""\n"two\nlines",\n'), [
    ['a', 'b'],
    ['x, y', 'say "hi"'],
    ['two\nlines', ''],
  ]);
});

test('CSV events: numbers typed, empty cells absent, properties as JSON, a short row named by its line', () => {
  const csv =
    'id,type,customer,content_id,content_kind,started_at,seconds_watched,properties\n' +
    'v1,viewing,cus_1,c9,vod,1767225600,1800,\n' +
    'l1,login,cus_1,,,,,"{""app"":""tv""}"\n';
  assert.deepEqual(parseCsv(csv), [
    {
      id: 'v1',
      type: 'viewing',
      customer: 'cus_1',
      content_id: 'c9',
      content_kind: 'vod',
      started_at: 1767225600,
      seconds_watched: 1800,
    },
    { id: 'l1', type: 'login', customer: 'cus_1', properties: { app: 'tv' } },
  ]);
  assert.throws(
    () => parseCsv('id,type\nx\n'),
    (e: ImportLineError) => e.line === 2,
  );
  assert.throws(() => parseCsv('id,seconds_watched\nx,lots\n'), /seconds_watched is not a number/);
});
