import { useMutation } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { DataText } from '../../components/DataText';
import { ErrorState } from '../../components/States';
import type { ImportKind } from '../../graphql/generated/graphql';
import { ImportArchiveDocument } from './import.queries';
import { columnName, errorCsv, formatOf, problemText } from './import.model';

const KINDS: ImportKind[] = ['KPI_OBSERVATIONS', 'ENROLLMENTS', 'PERFORMANCE_REVIEWS'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * HR's import screen: pick what the file holds, check it (dry run: nothing written), read the
 * row-by-row report, import, and download the problem rows as a CSV to fix in the old system.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<ImportKind>('ENROLLMENTS');
  const [file, setFile] = useState<File | null>(null);
  const [allowPartial, setAllowPartial] = useState(false);
  const [missingFile, setMissingFile] = useState(false);
  const [run, result] = useMutation(ImportArchiveDocument);
  const report = result.data?.importArchive;

  const send = async (dryRun: boolean) => {
    setMissingFile(!file);
    const format = file && formatOf(file.name);
    if (!file || !format) return;
    const contentBase64 = await readAsDataUrl(file);
    await run({ variables: { input: { kind, format, contentBase64, dryRun, allowPartial } } }).catch(
      () => {},
    );
  };

  const csvHref = useMemo(() => {
    if (!report?.errors.length) return null;
    return `data:text/csv;charset=utf-8,${encodeURIComponent(errorCsv(t, report.errors))}`;
  }, [report, t]);

  return (
    <Card title={t('importer.title')} wide testId="card-import">
      <div className="form" data-testid="import">
        <label htmlFor={`${id}-kind`}>
          {t('importer.kind')}
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as ImportKind)}
            data-testid="import-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`importer.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-file`}>
          {t('importer.file')}
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={missingFile || undefined}
            data-testid="import-file"
          />
        </label>
        {missingFile ? (
          <span className="state-error small" role="alert">
            {t('importer.pickFile')}
          </span>
        ) : null}
        <label className="checkbox" style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
          <input type="checkbox" checked={allowPartial} onChange={(e) => setAllowPartial(e.target.checked)} />
          {t('importer.allowPartial')}
        </label>
        <div className="filters">
          <button
            type="button"
            className="btn"
            disabled={result.loading}
            onClick={() => void send(true)}
            data-testid="import-dry-run"
          >
            {t('importer.dryRun')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={result.loading}
            onClick={() => void send(false)}
            data-testid="import-commit"
          >
            {t('importer.commit')}
          </button>
        </div>
      </div>
      {result.loading ? <p className="muted">{t('importer.checking')}</p> : null}
      {result.error ? <ErrorState error={result.error} /> : null}
      {report && !result.loading ? (
        <div data-testid="import-report" data-committed={report.committed} data-rejected={report.rejected}>
          <p className="notice" role="status" data-testid="import-summary">
            {report.dryRun
              ? t('importer.summaryDry', { total: report.totalRows, ...report })
              : report.committed
                ? t('importer.summaryCommitted', report)
                : t('importer.summaryRejected', { total: report.totalRows, rejected: report.rejected })}
          </p>
          {report.ignoredColumns.length ? (
            <p className="muted small">
              {t('importer.ignored')}
              <span translate="no">{report.ignoredColumns.join(', ')}</span>
            </p>
          ) : null}
          {report.errors.length === 0 ? (
            <p className="muted">{t('importer.noProblems')}</p>
          ) : (
            <>
              <h3>{t('importer.problems', { count: report.errorCount })}</h3>
              <div className="table-scroll">
                <table className="table" data-testid="import-problems">
                  <thead>
                    <tr>
                      <th scope="col">{t('importer.row')}</th>
                      <th scope="col">{t('importer.column')}</th>
                      <th scope="col">{t('importer.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.errors.map((p, i) => (
                      <tr
                        key={`${p.row}-${p.field}-${i}`}
                        data-testid="import-problem"
                        data-row={p.row}
                        data-code={p.code}
                      >
                        <td className="num">{p.row}</td>
                        <td>{columnName(t, p.field)}</td>
                        <td>
                          {/* The file's own value (a department name, a date) is data; a status is a code, worded. */}
                          <DataText
                            text={problemText(t, p)}
                            data={[
                              typeof p.values?.value === 'string' && !p.code?.endsWith('_FOR_STATUS')
                                ? p.values.value
                                : null,
                            ]}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {report.errorCount > report.errors.length ? (
                <p className="muted small">
                  {t('importer.more', { shown: report.errors.length, count: report.errorCount })}
                </p>
              ) : null}
              {csvHref ? (
                <a
                  className="btn"
                  href={csvHref}
                  download="import-problems.csv"
                  data-testid="import-error-file"
                >
                  {t('importer.downloadErrors')}
                </a>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </Card>
  );
}
