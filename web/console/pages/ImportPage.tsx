import { parse } from 'csv-parse/browser/esm/sync';
import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { sniffDelimiter } from '../../../src/flows/csv-import/core/delimiter.ts';
import {
  type FixedField,
  foldHeader,
  guessMapping,
  IMPORT_FIELDS,
  type Mapping,
} from '../../../src/flows/csv-import/core/fields.ts';
import { api, type Schemas, unwrap } from '../../shared/api.ts';
import { ActionError } from '../components/ActionError.tsx';
import { useAction } from '../components/use-action.ts';
import { useI18n } from '../i18n.ts';
import type { ConsoleMessages } from '../messages.ts';

type Import = Schemas['CustomerImport'];
type Problem = Schemas['CustomerImportProblem'];
type Key = keyof ConsoleMessages;

const FIELD_LABEL: Record<FixedField, Key> = {
  external_id: 'fExternalId',
  name: 'fName',
  email: 'fEmail',
  phone: 'fPhone',
  description: 'fDescription',
  'address.line1': 'fLine1',
  'address.line2': 'fLine2',
  'address.city': 'fCity',
  'address.region': 'fRegion',
  'address.postal_code': 'fPostalCode',
  'address.country': 'fCountry',
  locale: 'fLocale',
  currency: 'fCurrency',
  price: 'fPrice',
  quantity: 'fQuantity',
  trial_end: 'fTrialEnd',
  next_renewal: 'fNextRenewal',
};
const PROBLEM_TEXT: Record<string, Key> = {
  required: 'pRequired',
  too_long: 'pTooLong',
  invalid_email: 'pInvalidEmail',
  invalid_phone: 'pInvalidPhone',
  invalid_country: 'pInvalidCountry',
  invalid_locale: 'pInvalidLocale',
  invalid_currency: 'pInvalidCurrency',
  unknown_price: 'pUnknownPrice',
  currency_mismatch: 'pCurrencyMismatch',
  invalid_quantity: 'pInvalidQuantity',
  invalid_date: 'pInvalidDate',
  date_in_past: 'pDateInPast',
  conflicting_dates: 'pConflictingDates',
  needs_price: 'pNeedsPrice',
  duplicate_in_file: 'pDuplicateInFile',
  extra_values: 'pExtraValues',
};
const POLL_MS = 400;

type CsvFile = { name: string; text: string; columns: string[]; example: string[] };

/** The header and first data row, read in the browser with the parser and delimiter the server uses. */
function readHead(name: string, text: string): CsvFile {
  const [columns = [], example = []] = parse(text, {
    bom: true,
    delimiter: sniffDelimiter(text),
    relax_column_count: true,
    to_line: 2,
  }) as string[][];
  return { name, text, columns: columns.map((c) => c.trim()), example };
}

/** Every problem of a checked import: the object carries the first ones, the sub-list the rest. */
async function allProblems(checked: Import): Promise<Problem[]> {
  const problems = [...checked.problems];
  let more = checked.has_more_problems;
  while (more) {
    const query = { limit: 1000, starting_after: problems.at(-1)?.row ?? 0 };
    const page = unwrap(
      await api.GET('/v1/customer_imports/{id}/problems', { params: { path: { id: checked.id }, query } }),
    );
    problems.push(...page.data);
    more = page.has_more;
  }
  return problems;
}

/** The running import, read again every POLL_MS until it has finished. */
function usePolled(running: Import | null): Import | null {
  const [current, setCurrent] = useState(running);
  useEffect(() => {
    setCurrent(running);
    if (!running) return;
    let stop = false;
    const poll = async () => {
      const { data } = await api.GET('/v1/customer_imports/{id}', { params: { path: { id: running.id } } });
      if (stop) return;
      if (data) setCurrent(data);
      if (data?.status !== 'succeeded') setTimeout(poll, POLL_MS);
    };
    setTimeout(poll, POLL_MS);
    return () => {
      stop = true;
    };
  }, [running]);
  return current;
}

function MappingTable(props: { file: CsvFile; mapping: Mapping; onChange: (m: Mapping) => void }) {
  const { t } = useI18n();
  const { file, mapping } = props;
  return (
    <div className="table-wrap">
      <table className="mapping">
        <thead>
          <tr>
            <th scope="col">{t('csvColumn')}</th>
            <th scope="col" className="example">
              {t('example')}
            </th>
            <th scope="col">{t('importField')}</th>
          </tr>
        </thead>
        <tbody>
          {file.columns.map((column, i) => {
            const metadata = `metadata.${foldHeader(column) || `column${i + 1}`}`;
            return (
              <tr key={column}>
                <th scope="row">{column}</th>
                <td className="muted example">{file.example[i] ?? ''}</td>
                <td>
                  <select
                    aria-label={t('fieldFor', { column })}
                    value={mapping[column] ?? ''}
                    onChange={(e) => props.onChange({ ...mapping, [column]: e.target.value as Mapping[string] })}
                  >
                    <option value="">{t('ignoreColumn')}</option>
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(FIELD_LABEL[field])}
                      </option>
                    ))}
                    <option value={mapping[column]?.startsWith('metadata.') ? mapping[column] : metadata}>
                      {t('metadataOf', {
                        key: (mapping[column]?.startsWith('metadata.') ? mapping[column] : metadata).slice(9),
                      })}
                    </option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ProblemsTable(props: { problems: Problem[] }) {
  const { t, f } = useI18n();
  const text = (p: Problem) => {
    const key = PROBLEM_TEXT[p.code];
    const field = p.column ?? (p.field && p.field in FIELD_LABEL ? t(FIELD_LABEL[p.field as FixedField]) : '');
    return key ? t(key, { field }) : p.message;
  };
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('problemsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('problemRow')}</th>
            <th scope="col">{t('problemColumn')}</th>
            <th scope="col">{t('problemText')}</th>
          </tr>
        </thead>
        <tbody>
          {props.problems.map((p) => (
            <tr key={`${p.row}-${p.code}-${p.column}-${p.field}`} data-row={p.row} data-code={p.code}>
              <td>{f.number(p.row)}</td>
              <td>{p.column ?? ''}</td>
              <td>{text(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Progress(props: { job: Import }) {
  const { t, f } = useI18n();
  const { counts, status } = props.job;
  const done = status === 'succeeded';
  return (
    <section aria-live="polite" className="panel import-progress">
      <h2>{done ? t('importDone') : t('importProgress')}</h2>
      <progress
        aria-label={t('importProgress')}
        max={Math.max(counts.valid, 1)}
        value={counts.processed}
        aria-valuetext={t('progressText', { done: counts.processed, total: counts.valid })}
      />
      <p>{t('progressText', { done: counts.processed, total: counts.valid })}</p>
      {done && (
        <dl className="facts" data-status="succeeded">
          <dt>{t('createdCount')}</dt>
          <dd data-count="created">{f.number(counts.created)}</dd>
          <dt>{t('existingCount')}</dt>
          <dd data-count="existing">{f.number(counts.existing)}</dd>
          <dt>{t('skippedCount')}</dt>
          <dd data-count="skipped">{f.number(counts.invalid + counts.failed)}</dd>
        </dl>
      )}
    </section>
  );
}

/**
 * CSV import: the file is read here, its columns mapped (guessed from the headers), checked by a dry run that lists
 * every problem by row, then run by the worker while a progress bar follows the import object.
 */
export function ImportPage() {
  const { t } = useI18n();
  const fileId = useId();
  const [file, setFile] = useState<CsvFile | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [checked, setChecked] = useState<{ job: Import; problems: Problem[]; mapping: string } | null>(null);
  const [running, setRunning] = useState<Import | null>(null);
  const job = usePolled(running);
  const action = useAction();
  const stale = checked !== null && checked.mapping !== JSON.stringify(mapping);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setChecked(null);
    setRunning(null);
    if (!chosen) return setFile(null);
    action.run(async () => {
      const read = readHead(chosen.name, await chosen.text());
      setFile(read);
      setMapping(guessMapping(read.columns));
    });
  };
  const check = () =>
    action.run(async () => {
      if (!file) return;
      setRunning(null);
      const body = { csv: file.text, mapping, dry_run: true, filename: file.name };
      const dry = unwrap(await api.POST('/v1/customer_imports', { body }));
      setChecked({ job: dry, problems: await allProblems(dry), mapping: JSON.stringify(mapping) });
    });
  const start = () =>
    action.run(async () => {
      if (!checked) return;
      const params = { path: { id: checked.job.id } };
      setRunning(unwrap(await api.POST('/v1/customer_imports/{id}/run', { params })));
    });

  return (
    <>
      <h1>{t('importTitle')}</h1>
      <p className="muted">{t('importIntro')}</p>
      <div className="toolbar">
        <label htmlFor={fileId}>{t('csvFile')}</label>
        <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={choose} />
      </div>
      {file && (
        <>
          <h2>{t('mappingTitle')}</h2>
          <MappingTable file={file} mapping={mapping} onChange={setMapping} />
          <div className="toolbar" style={{ marginBlockStart: '1rem' }}>
            <button type="button" className="secondary" onClick={check} disabled={action.busy}>
              {t('check')}
            </button>
            <button
              type="button"
              onClick={start}
              disabled={action.busy || !checked || stale || running !== null || checked.job.counts.valid === 0}
            >
              {t('startImport')}
            </button>
          </div>
        </>
      )}
      <ActionError action={action} />
      {stale && <p role="status">{t('checkAgain')}</p>}
      {checked && !stale && (
        <section>
          <p role="status" data-checked={checked.job.id}>
            {t('checkSummary', {
              rows: checked.job.counts.rows,
              valid: checked.job.counts.valid,
              invalid: checked.job.counts.invalid,
            })}
          </p>
          {job && <Progress job={job} />}
          <h2>{t('problemsTitle')}</h2>
          {checked.problems.length === 0 ? <p>{t('noProblems')}</p> : <ProblemsTable problems={checked.problems} />}
        </section>
      )}
    </>
  );
}
