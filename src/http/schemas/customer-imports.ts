import { IMPORT_FIELDS } from '../../flows/csv-import/index.ts';
import { arrayOf, bool, int, listQuery, nullable, resource, type Schema, str, strictObject } from './common.ts';

export const createCustomerImportBody = strictObject(
  {
    csv: str({
      minLength: 1,
      description: 'The file as text: a header row, then one customer per row; delimiter , ; or tab (sniffed)',
    }),
    mapping: {
      type: 'object',
      description:
        `CSV header → field it fills ('' ignores the column). Fields: ${IMPORT_FIELDS.join(', ')}, metadata.<key>. ` +
        'Omitted: guessed from the headers (English, Portuguese, Dutch). name must be mapped, and external_id or email.',
      additionalProperties: str({ maxLength: 60 }),
    },
    dry_run: bool({
      description: 'Check every row and store the result (status ready); create nothing',
      default: false,
    }),
    filename: str({ maxLength: 255 }),
  },
  ['csv'],
);

export const importProblemsQuery = strictObject({
  limit: int({ minimum: 1, maximum: 1000, default: 100, description: 'Rows with problems per page' }),
  starting_after: int({ minimum: 0, description: 'Cursor: a row number; returns the problems of later rows' }),
});
export const listImportsQuery = strictObject(listQuery);

const problemSchema: Schema = {
  $id: 'CustomerImportProblem',
  type: 'object',
  description: 'What is wrong with one row; rows are spreadsheet rows (the header is row 1)',
  properties: {
    row: int(),
    column: nullable(str({ description: 'The CSV header, null for the row as a whole' })),
    field: nullable(str()),
    code: str({ description: 'required, invalid_email, unknown_price, duplicate_in_file, not_created, …' }),
    message: str(),
  },
  required: ['row', 'column', 'field', 'code', 'message'],
};

const count = (description: string) => int({ minimum: 0, description });
export const customerImportSchema = resource(
  'CustomerImport',
  'customer_import',
  {
    status: str({
      enum: ['ready', 'running', 'succeeded'],
      description:
        'ready: checked (dry run), not run; running: the worker creates its rows; succeeded: every valid row ran',
    }),
    dry_run: bool(),
    filename: nullable(str()),
    columns: arrayOf(str()),
    mapping: { type: 'object', additionalProperties: str() },
    dedupe_on: str({
      enum: ['external_id', 'email'],
      description: 'The key that tells customers apart across imports',
    }),
    counts: {
      type: 'object',
      properties: {
        rows: count('Data rows in the file (blank rows not counted)'),
        valid: count('Rows without problems'),
        invalid: count('Rows with problems: skipped'),
        processed: count('Valid rows run so far'),
        created: count('Customers created'),
        existing: count('Rows whose customer was already there (imported before, or the same e-mail)'),
        failed: count('Valid rows that could not be created at run time (see problems)'),
      },
      required: ['rows', 'valid', 'invalid', 'processed', 'created', 'existing', 'failed'],
    },
    problems: arrayOf({ $ref: 'CustomerImportProblem#' }, { description: 'The first 100 rows’ problems, by row' }),
    has_more_problems: bool({ description: 'More at GET /v1/customer_imports/{id}/problems' }),
    started_at: nullable(int()),
    finished_at: nullable(int()),
  },
  'A CSV import of customers and subscriptions: checked row by row at creation, then created by the worker in ' +
    'chunks; a row whose key (external_id, else e-mail) was imported before is counted as existing, never created twice',
);
/** Inline (no $id): a list response gets its `url` from the app's list hook. */
export const customerImportProblemList: Schema = {
  type: 'object',
  properties: {
    object: { type: 'string', const: 'list' },
    data: arrayOf({ $ref: 'CustomerImportProblem#' }),
    has_more: bool(),
    url: str(),
  },
  required: ['object', 'data', 'has_more', 'url'],
};

export const customerImportSchemas = [problemSchema, customerImportSchema];
