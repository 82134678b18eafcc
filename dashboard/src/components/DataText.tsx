import { Fragment, type ReactNode } from 'react';

/**
 * Data (names, course and position titles, stored text) stays as stored in every language: it is
 * rendered inside `translate="no"` so neither the browser's translator nor the browser tests'
 * language check treat it as UI text. `Data` marks a value on its own; `DataText` marks the data
 * values inside a translated sentence (`t('…', { course })`), leaving the words around them
 * translatable.
 */
export function Data({ children }: { children: ReactNode }) {
  return <span translate="no">{children}</span>;
}

/** Splits `text` at each occurrence of the data values (longest first), marking them. */
export function dataParts(
  text: string,
  data: ReadonlyArray<string | null | undefined>,
): Array<string | { data: string }> {
  const values = [...new Set(data.filter((d): d is string => !!d && d.trim() !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  if (!values.length) return [text];
  const pattern = new RegExp(
    `(${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
    'g',
  );
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => (values.includes(part) ? { data: part } : part));
}

export function DataText({ text, data }: { text: string; data: ReadonlyArray<string | null | undefined> }) {
  return (
    <>
      {dataParts(text, data).map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <span key={i} translate="no">
            {part.data}
          </span>
        ),
      )}
    </>
  );
}
