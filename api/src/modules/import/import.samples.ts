import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

/**
 * Writers for import files (CSV, XLSX) and the sample files in docs/samples/, which reference
 * the demo company (`pnpm start`: employees TL100001…, catalog course and KPI codes).
 * Tests build their fixtures with the same writers, so the samples and the tests agree on
 * what a file from an old system looks like.
 */

export type SampleCell = string | number | boolean | Date | null;

function csvField(cell: SampleCell): string {
  if (cell === null) return '';
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, UTF-8 with a BOM (what Excel writes for "CSV UTF-8", and needs to open 中文 correctly). */
export function toCsv(headers: string[], rows: SampleCell[][]): Buffer {
  const lines = [headers, ...rows].map((r) => r.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A one-sheet workbook; Date cells are real Excel dates (formatted by `dateFormats[column]`). */
export async function toXlsx(
  headers: string[],
  rows: SampleCell[][],
  options: { sheetName?: string; dateFormats?: Record<number, string> } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1');
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((c) => (c === null ? undefined : c)));
  for (const [column, format] of Object.entries(options.dateFormats ?? {})) {
    sheet.getColumn(Number(column) + 1).numFmt = format;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A calendar day as an Excel date cell value (UTC midnight, as exceljs reads it back). */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export interface SampleFile {
  file: string;
  kind: 'KPI_OBSERVATIONS' | 'ENROLLMENTS' | 'PERFORMANCE_REVIEWS';
  build(): Buffer | Promise<Buffer>;
}

export const SAMPLE_FILES: SampleFile[] = [
  {
    file: 'kpi-observations.csv',
    kind: 'KPI_OBSERVATIONS',
    build: () =>
      toCsv(
        ['employee_no', 'production_line', 'department_code', 'kpi', 'month', 'value', 'source_system'],
        [
          ['TL100016', null, null, 'SALES_GROWTH', '2024-01', 6.5, 'OLD_CRM'],
          ['TL100016', null, null, 'SALES_GROWTH', '2024-02', 7.25, 'OLD_CRM'],
          ['TL100016', null, null, 'CUSTOMER_RETENTION', '2024-01', 81.4, 'OLD_CRM'],
          ['TL100017', null, null, 'SALES_GROWTH', '2024-01', -1.5, 'OLD_CRM'],
          [null, 'MFG-W1', 'MFG-W1', 'DEFECT_RATE', '2024-01', 4.8, 'OLD_MES'],
          [null, 'MFG-W1', 'MFG-W1', 'PRODUCTION_EFFICIENCY', '2024-01', 82.3, 'OLD_MES'],
        ],
      ),
  },
  {
    file: 'kpi-observations.zh.csv',
    kind: 'KPI_OBSERVATIONS',
    build: () =>
      toCsv(
        ['工号', '指标', '月份', '数值', '来源系统'],
        [
          ['TL100018', '销售额增长率', '2024年3月', 9.1, '旧CRM'],
          ['TL100018', '客户留存率', '2024年3月', 78, '旧CRM'],
        ],
      ),
  },
  {
    file: 'enrollments.xlsx',
    kind: 'ENROLLMENTS',
    build: () =>
      toXlsx(
        [
          'employee_no',
          'course_code',
          'status',
          'enrolled_on',
          'completed_on',
          'hours',
          'exam_score',
          'practice_score',
          'voluntary',
        ],
        [
          [
            'TL100016',
            'CUSTOMER_SEGMENTATION',
            'COMPLETED',
            day('2023-03-01'),
            day('2023-03-20'),
            8,
            86.5,
            80,
            true,
          ],
          [
            'TL100017',
            'CUSTOMER_SEGMENTATION',
            'FAILED',
            day('2023-03-01'),
            day('2023-03-20'),
            8,
            52,
            null,
            false,
          ],
          ['TL100018', 'EXCEL', 'WITHDRAWN', day('2023-05-10'), null, 2, null, null, true],
        ],
        { sheetName: '培训记录', dateFormats: { 3: 'yyyy-mm-dd', 4: 'yyyy-mm-dd' } },
      ),
  },
  {
    file: 'enrollments.zh.csv',
    kind: 'ENROLLMENTS',
    build: () =>
      toCsv(
        [
          '工号',
          '姓名',
          '课程编号',
          '状态',
          '报名日期',
          '完成日期',
          '学时',
          '考试成绩',
          '实践成绩',
          '是否自愿',
        ],
        [
          [
            'TL100019',
            '（仅供核对，不导入）',
            'TIME_MGMT',
            '已完成',
            '2023/4/3',
            '2023/4/7',
            6,
            91,
            85,
            '是',
          ],
          [
            'TL100022',
            '（仅供核对，不导入）',
            'TIME_MGMT',
            '未通过',
            '2023/4/3',
            '2023/4/7',
            6,
            48,
            null,
            '否',
          ],
        ],
      ),
  },
  {
    file: 'performance-reviews.csv',
    kind: 'PERFORMANCE_REVIEWS',
    build: () =>
      toCsv(
        ['employee_no', 'period', 'base_score', 'training_adjustment', 'final_score', 'rating'],
        [
          ['TL100016', '2023-Q1', 78, 0, 78, 'B'],
          ['TL100016', '2023-Q2', 84, 5, 89, 'A'],
          ['TL100017', '2023-Q1', 71.5, 0, 71.5, 'B'],
        ],
      ),
  },
  {
    file: 'performance-reviews.zh.xlsx',
    kind: 'PERFORMANCE_REVIEWS',
    build: () =>
      toXlsx(
        ['工号', '考核周期', '基础得分', '培训加分', '最终得分', '绩效等级'],
        [
          ['TL100018', '2023年第1季度', 88, 0, 88, 'A'],
          ['TL100018', '2023年第2季度', 90, 5, 95, 'S'],
        ],
        { sheetName: '绩效考核' },
      ),
  },
];

/** docs/samples/ relative to this file. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../../docs/samples', import.meta.url));

export async function writeSamples(dir = SAMPLES_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLE_FILES) {
    writeFileSync(join(dir, sample.file), await sample.build());
    written.push(sample.file);
  }
  return written;
}

// `node --import ./scripts/register.mjs api/src/modules/import/import.samples.ts` regenerates docs/samples/.
if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await writeSamples();
  console.log(`Wrote ${files.length} sample files to ${SAMPLES_DIR}`);
}
