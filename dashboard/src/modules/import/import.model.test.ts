import { describe, expect, it } from 'vitest';
import { errorCsv, formatOf, problemText } from './import.model';

// A stand-in translator: the key and its values, so the test sees what reaches the strings.
const t = (key: string, o?: Record<string, unknown>) => {
  const { defaultValue: _d, ...values } = o ?? {};
  return Object.keys(values).length ? `${key}(${JSON.stringify(values)})` : key;
};

describe('import model', () => {
  it('knows the format by extension', () => {
    expect(formatOf('a.CSV')).toBe('CSV');
    expect(formatOf('b.xlsx')).toBe('XLSX');
    expect(formatOf('c.xls')).toBeNull();
  });

  it('words a problem from its code and values, statuses included', () => {
    expect(
      problemText(t, {
        row: 3,
        field: 'exam_score',
        code: 'OUT_OF_RANGE',
        values: { min: 0, max: 100, value: 150 },
      }),
    ).toBe('importer.code.OUT_OF_RANGE({"min":0,"max":100,"value":150})');
    expect(
      problemText(t, {
        row: 4,
        field: 'completed_on',
        code: 'REQUIRED_FOR_STATUS',
        values: { value: 'COMPLETED' },
      }),
    ).toContain('"status":"importer.status.COMPLETED"');
  });

  it('writes the problem rows as CSV with a BOM, quoting what needs it', () => {
    const csv = errorCsv(t, [{ row: 3, field: '', code: 'INVALID', values: {} }]);
    expect(csv.startsWith('\uFEFFimporter.csvHeader\r\n3,importer.wholeRow,importer.code.INVALID')).toBe(
      true,
    );
    const quoted = errorCsv(
      (k) => (k === 'importer.code.INVALID' ? 'a, "b"' : k),
      [{ row: 2, field: 'x', code: 'INVALID' }],
    );
    expect(quoted).toContain('"a, ""b"""');
  });
});
