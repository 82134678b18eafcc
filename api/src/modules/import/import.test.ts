import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMNS, ImportKind, mapHeaders } from './import.headers';
import { assertReasonableZip, decodeText, FileFormatError, ImportFormat, parseFile } from './import.parser';
import { formatProblem, validateRow } from './import.schema';
import { day, toCsv, toXlsx } from './import.samples';
import { decodeBase64, importScopeFor } from './import.service';
import { Role } from '../../auth/viewer';

describe('header map', () => {
  it('maps English spellings and Chinese export headers onto canonical columns', () => {
    const mapping = mapHeaders(ImportKind.ENROLLMENTS, [
      '工号',
      '姓名',
      '课程编号',
      'Status',
      ' 报名日期 ',
      'Completed On',
      '学时',
      '考试成绩',
      '实践应用成绩',
      'VOLUNTARY',
    ]);
    expect([...mapping.byIndex]).toEqual([
      [0, 'employee_no'],
      [2, 'course_code'],
      [3, 'status'],
      [4, 'enrolled_on'],
      [5, 'completed_on'],
      [6, 'hours'],
      [7, 'exam_score'],
      [8, 'practice_score'],
      [9, 'voluntary'],
    ]);
    expect(mapping.ignored).toEqual(['姓名']);
    expect(mapping.problems).toEqual([]);
  });

  it('reports missing required columns and two headers for one column', () => {
    const mapping = mapHeaders(ImportKind.KPI_OBSERVATIONS, ['工号', 'employee_no', '数值']);
    expect(mapping.problems.map((p) => p.field)).toEqual(['employee_no', 'kpi', 'month']);
    expect(mapping.problems[0]!.message).toBe(
      'columns "工号" and "employee_no" both map to employee_no; keep one',
    );
  });
});

describe('row validation', () => {
  it('names the field and the offending value', () => {
    const result = validateRow(ImportKind.ENROLLMENTS, 7, {
      employee_no: 'E1',
      course_code: 'C1',
      status: 'COMPLETED',
      enrolled_on: '2025-03-01',
      completed_on: '2025-03-02',
      exam_score: '105',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'row 7, exam_score: must be between 0 and 100 (got 105)',
    ]);
  });

  it('normalises Chinese statuses, dates, booleans and rounds to the column scale', () => {
    const result = validateRow(ImportKind.ENROLLMENTS, 2, {
      employee_no: 10023,
      course_code: 'C1',
      status: '已完成',
      enrolled_on: '2025/3/1',
      completed_on: day('2025-03-05'),
      hours: '12.5',
      exam_score: 85.1,
      voluntary: '是',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        employee_no: '10023',
        course_code: 'C1',
        status: 'COMPLETED',
        enrolled_on: '2025-03-01',
        completed_on: '2025-03-05',
        hours: 12.5,
        exam_score: 85.1,
        voluntary: true,
      },
    });
  });

  it('checks cross-field rules: completion dates, one KPI subject, final score', () => {
    const early = validateRow(ImportKind.ENROLLMENTS, 3, {
      employee_no: 'E1',
      course_code: 'C1',
      status: 'COMPLETED',
      enrolled_on: '2025-03-10',
      completed_on: '2025-03-01',
    });
    expect(early.ok ? [] : early.problems).toEqual([
      {
        row: 3,
        field: 'completed_on',
        message: 'must not be before enrolled_on (2025-03-10)',
        // Codes with values, for clients that word the problem in their own language.
        code: 'BEFORE_ENROLLED_ON',
        values: { value: '2025-03-10' },
      },
    ]);
    const both = validateRow(ImportKind.KPI_OBSERVATIONS, 4, {
      employee_no: 'E1',
      production_line: 'L1',
      kpi: 'K',
      month: '2025-01',
      value: 1,
    });
    expect(both.ok ? [] : both.problems).toEqual([
      {
        row: 4,
        field: 'employee_no',
        message: 'give employee_no or production_line, not both',
        code: 'EMPLOYEE_OR_LINE_NOT_BOTH',
        values: {},
      },
    ]);
    const review = validateRow(ImportKind.PERFORMANCE_REVIEWS, 5, {
      employee_no: 'E1',
      period: '2025年第三季度',
      base_score: 80,
      training_adjustment: 5,
      rating: 'a',
    });
    expect(review).toEqual({
      ok: true,
      value: { employee_no: 'E1', period: '2025-Q3', base_score: 80, training_adjustment: 5, rating: 'A' },
    });
    // The rating follows from the final score by the rules module's cut-offs (85 → A, not S).
    const wrongRating = validateRow(ImportKind.PERFORMANCE_REVIEWS, 6, {
      employee_no: 'E1',
      period: '2025-Q3',
      base_score: 80,
      training_adjustment: 5,
      rating: 'S',
    });
    expect(wrongRating.ok ? [] : wrongRating.problems).toEqual([
      {
        row: 6,
        field: 'rating',
        message: 'must be A for final score 85, got S',
        code: 'RATING_MISMATCH',
        values: { expected: 'A', value: 'S' },
      },
    ]);
    const clamped = validateRow(ImportKind.PERFORMANCE_REVIEWS, 7, {
      employee_no: 'E1',
      period: '2025-Q3',
      base_score: 98,
      training_adjustment: 5,
      final_score: 99,
    });
    expect(clamped.ok ? [] : clamped.problems).toEqual([
      {
        row: 7,
        field: 'final_score',
        message: 'must equal base_score + training_adjustment, clamped to 0–100 (100), got 99',
        code: 'FINAL_SCORE_MISMATCH',
        values: { expected: 100, value: 99 },
      },
    ]);
  });

  it('reads -, /, N/A and 无 as empty cells', () => {
    const result = validateRow(ImportKind.KPI_OBSERVATIONS, 2, {
      employee_no: 'E1',
      production_line: '-',
      department_code: '无',
      kpi: 'K',
      month: '2024-01',
      value: 3,
      source_system: 'N/A',
    });
    expect(result).toEqual({
      ok: true,
      value: { employee_no: 'E1', kpi: 'K', month: '2024-01-01', value: 3 },
    });
    const required = validateRow(ImportKind.KPI_OBSERVATIONS, 2, {
      employee_no: 'E1',
      kpi: 'K',
      month: '2024-01',
      value: '/',
    });
    expect(required.ok ? [] : required.problems).toEqual([
      { row: 2, field: 'value', message: 'is required', code: 'REQUIRED' },
    ]);
  });

  it('refuses history dated in the future', () => {
    const problems = (kind: ImportKind, values: Record<string, string | number>) => {
      const r = validateRow(kind, 2, values);
      return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
    };
    expect(
      problems(ImportKind.KPI_OBSERVATIONS, { employee_no: 'E1', kpi: 'K', month: '2999-01', value: 1 }),
    ).toEqual(['month: must not be in the future (got 2999-01)']);
    expect(
      problems(ImportKind.ENROLLMENTS, {
        employee_no: 'E1',
        course_code: 'C1',
        status: 'COMPLETED',
        enrolled_on: '2024-01-01',
        completed_on: '2999-01-01',
      }),
    ).toEqual(['completed_on: must not be in the future (got 2999-01-01)']);
    expect(
      problems(ImportKind.PERFORMANCE_REVIEWS, {
        employee_no: 'E1',
        period: '2999-Q1',
        base_score: 80,
        rating: 'B',
      }),
    ).toEqual(['period: must not be a future quarter (got 2999-Q1)']);
  });

  it('accepts the month spellings of old systems and rejects a mid-month date', () => {
    const month = (cell: unknown) => {
      const r = validateRow(ImportKind.KPI_OBSERVATIONS, 2, {
        employee_no: 'E1',
        kpi: 'K',
        month: cell as string,
        value: '12.5%',
      });
      return r.ok ? r.value.month : r.problems[0]!.message;
    };
    expect(month('2024-03')).toBe('2024-03-01');
    expect(month('2024/3')).toBe('2024-03-01');
    expect(month('2024年3月')).toBe('2024-03-01');
    expect(month('202403')).toBe('2024-03-01');
    expect(month(day('2024-03-01'))).toBe('2024-03-01');
    expect(month(day('2024-03-15'))).toBe('must be a month YYYY-MM (got "2024-03-15")');
    expect(month('2024-13')).toBe('must be a month YYYY-MM (got "2024-13")');
  });
});

describe('parsing', () => {
  it('reads UTF-8 CSV with a BOM; row numbers are the lines users see, blank lines skipped', async () => {
    const csv = Buffer.from('\uFEFF工号,数值\r\nE1,1\r\n\r\n"E2",2\r\n', 'utf8');
    const sheet = await parseFile(ImportFormat.CSV, csv);
    expect(sheet.headers).toEqual(['工号', '数值']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['E1', '1'] },
      { row: 4, cells: ['E2', '2'] },
    ]);
  });

  it('reads GBK/GB18030 CSV as Excel on Chinese Windows writes it, and semicolon-separated files', async () => {
    // 工号;数值 in GBK
    const gbk = Buffer.from([
      0xb9, 0xa4, 0xba, 0xc5, 0x3b, 0xca, 0xfd, 0xd6, 0xb5, 0x0a, 0x45, 0x31, 0x3b, 0x35, 0x0a,
    ]);
    expect(decodeText(gbk)).toBe('工号;数值\nE1;5\n');
    const sheet = await parseFile(ImportFormat.CSV, gbk);
    expect(sheet.headers).toEqual(['工号', '数值']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['E1', '5'] }]);
  });

  it('reads XLSX cells as numbers, booleans and UTC dates with worksheet row numbers', async () => {
    const file = await toXlsx(
      ['工号', '报名日期', '学时', '是否自愿'],
      [
        ['E1', day('2023-03-01'), 8, true],
        [null, null, null, null],
        ['E2', '2023/3/2', 6.5, '否'],
      ],
    );
    const sheet = await parseFile(ImportFormat.XLSX, file);
    expect(sheet.headers).toEqual(['工号', '报名日期', '学时', '是否自愿']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['E1', day('2023-03-01'), 8, true] },
      { row: 4, cells: ['E2', '2023/3/2', 6.5, '否'] },
    ]);
  });

  it('refuses empty files and workbooks sent as CSV', async () => {
    await expect(parseFile(ImportFormat.CSV, Buffer.from('\n\n'))).rejects.toThrow(FileFormatError);
    const xlsx = await toXlsx(['a'], [['b']]);
    await expect(parseFile(ImportFormat.CSV, xlsx)).rejects.toThrow('this is an XLSX workbook, not CSV');
  });

  it('refuses a workbook whose zip would inflate past the limit, before inflating it', async () => {
    const file = await toXlsx(['工号'], [['E1']]);
    expect(() => assertReasonableZip(file)).not.toThrow();
    expect(() => assertReasonableZip(file, 1000)).toThrow('the workbook inflates to more than 0 MB');
    expect(() => assertReasonableZip(Buffer.from('PK\x03\x04 not really a zip'))).toThrow('no zip directory');
  });

  it('CSV writer quotes what needs quoting', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"']]).toString('utf8')).toBe(
      '\uFEFFa,b\r\n"x,y","say ""hi"""\r\n',
    );
  });
});

describe('access and limits', () => {
  const viewer = (role: Role, scopes: string[] = [], departmentId: number | null = null) => ({
    userId: 1,
    role,
    employeeId: 1,
    departmentId,
    scopes,
  });

  it('HR imports everything; an integration needs archive:import and keeps its department restriction', () => {
    expect(importScopeFor(viewer(Role.HR))).toEqual({ kind: 'all' });
    expect(importScopeFor(viewer(Role.INTEGRATION, ['archive:import']))).toEqual({ kind: 'all' });
    expect(importScopeFor(viewer(Role.INTEGRATION, ['archive:import'], 4))).toEqual({
      kind: 'subtree',
      departmentId: 4,
    });
    for (const denied of [
      viewer(Role.MANAGER, [], 4),
      viewer(Role.EMPLOYEE),
      viewer(Role.EXECUTIVE),
      viewer(Role.INTEGRATION, ['archive:write']),
    ]) {
      expect(() => importScopeFor(denied)).toThrow(/Only HR/);
    }
    expect(() => importScopeFor(null)).toThrow(/Only HR/);
  });

  it('decodes base64 (also a data: URL) and refuses oversized content before decoding it', () => {
    expect(Buffer.from(decodeBase64('data:text/csv;base64,YSxi')).toString()).toBe('a,b');
    expect(() => decodeBase64('A'.repeat(5 * 1024 * 1024))).toThrow('the import limit is 3.0 MB');
    expect(() => decodeBase64('a,b')).toThrow('is not valid base64');
  });
});

describe('docs/import.md', () => {
  it('documents every column of every kind with exactly the headers the map accepts', () => {
    const doc = readFileSync(new URL('../../../../docs/import.md', import.meta.url), 'utf8');
    for (const kind of Object.values(ImportKind)) {
      const section = doc.split(`#### ${kind}`)[1]?.split(/\n##/)[0] ?? '';
      const documented = section
        .split('\n')
        .filter((l) => /^\|\s*`/.test(l))
        .map((l) => l.split('|').map((cell) => cell.trim()))
        .map(([, name, required, aliases]) => ({
          name: name!.replace(/`/g, ''),
          required: required === 'yes',
          aliases: aliases ? aliases.split(', ').filter(Boolean) : [],
        }));
      expect(documented, kind).toEqual(
        COLUMNS[kind].map((c) => ({
          name: c.name,
          required: c.required,
          aliases: c.aliases.filter((a) => a !== c.name),
        })),
      );
    }
  });
});
