// The import screen's pure parts: the file's format, the row problems in the reader's language
// (from the API's codes and values) and the downloadable error file.

type T = (key: string, options?: Record<string, unknown>) => string;

export interface RowProblemVm {
  row: number;
  field: string;
  code?: string | null;
  values?: Record<string, unknown> | null;
}

export function formatOf(fileName: string): 'CSV' | 'XLSX' | null {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'csv' || ext === 'txt' ? 'CSV' : ext === 'xlsx' ? 'XLSX' : null;
}

/** A column's name in the reader's language (columns are the API's canonical names). */
export function columnName(t: T, field: string): string {
  return field
    ? t(`importer.columns.${field}`, { defaultValue: t('importer.column') })
    : t('importer.wholeRow');
}

/** One problem as a sentence in the reader's language. */
export function problemText(t: T, p: RowProblemVm): string {
  const values = { ...(p.values ?? {}) };
  // A status value is a code: word it too.
  if ((p.code === 'REQUIRED_FOR_STATUS' || p.code === 'EMPTY_FOR_STATUS') && typeof values.value === 'string')
    values.status = t(`importer.status.${values.value}`, { defaultValue: values.value });
  return t(`importer.code.${p.code ?? 'INVALID'}`, { ...values, defaultValue: t('importer.code.INVALID') });
}

/** RFC 4180 field quoting (a comma, quote or line break inside forces quotes). */
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The problem rows as CSV (with a BOM so Excel on Chinese Windows reads UTF-8). */
export function errorCsv(t: T, problems: RowProblemVm[]): string {
  const lines = problems.map((p) =>
    [String(p.row), columnName(t, p.field), problemText(t, p)].map(quote).join(','),
  );
  return `\uFEFF${[t('importer.csvHeader'), ...lines].join('\r\n')}\r\n`;
}
