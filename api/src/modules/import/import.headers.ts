/**
 * Column headers each import kind accepts, as data: the canonical English name first, then the
 * headers an HR person's export from an old system typically carries (Chinese and English
 * variants). Headers are matched after normalisation (see normalizeHeader), so "Employee No",
 * "employee_no", "EMPLOYEE-NO" and " 工号 " are the same column.
 *
 * To accept a new spelling, add it here; nothing else changes.
 */
export enum ImportKind {
  KPI_OBSERVATIONS = 'KPI_OBSERVATIONS',
  ENROLLMENTS = 'ENROLLMENTS',
  PERFORMANCE_REVIEWS = 'PERFORMANCE_REVIEWS',
}

export interface ColumnSpec {
  /** Canonical name: used in error messages (`row 7, exam_score: …`) and in the sample files. */
  name: string;
  required: boolean;
  aliases: readonly string[];
  description: string;
}

const EMPLOYEE_NO = [
  'employee_no',
  'employee number',
  'employeeno',
  'emp_no',
  'staff_no',
  '工号',
  '员工工号',
  '员工编号',
  '职工编号',
  '人员编号',
];

export const COLUMNS: Record<ImportKind, readonly ColumnSpec[]> = {
  [ImportKind.KPI_OBSERVATIONS]: [
    {
      name: 'employee_no',
      required: false,
      aliases: EMPLOYEE_NO,
      description: 'Employee number; exactly one of employee_no and production_line per row.',
    },
    {
      name: 'production_line',
      required: false,
      aliases: ['production_line', 'line', 'line_code', '产线', '生产线', '产线编号', '生产线编号'],
      description: 'Production line code, for line-level KPIs.',
    },
    {
      name: 'department_code',
      required: false,
      aliases: ['department_code', 'dept_code', '部门编号', '部门代码', '所属部门编号'],
      description: 'Owning department of a production line (needed the first time a line appears).',
    },
    {
      name: 'kpi',
      required: true,
      aliases: [
        'kpi',
        'kpi_code',
        'metric',
        'indicator',
        '指标',
        '指标编号',
        '指标代码',
        '指标名称',
        'KPI编号',
        'KPI代码',
        'KPI名称',
      ],
      description: 'KPI code (SALES_GROWTH …) or its Chinese name (销售额增长率 …).',
    },
    {
      name: 'month',
      required: true,
      aliases: ['month', 'period', '月份', '统计月份', '年月', '期间'],
      description: 'YYYY-MM (also YYYY/MM, YYYY年M月, or an Excel date on the 1st).',
    },
    {
      name: 'value',
      required: true,
      aliases: ['value', 'amount', '数值', '值', '指标值', '实际值'],
      description: 'The monthly value, in the KPI’s unit.',
    },
    {
      name: 'source_system',
      required: false,
      aliases: ['source_system', 'source', 'system', '来源系统', '数据来源', '来源'],
      description: 'Feeding system (CRM, MES …); default IMPORT.',
    },
  ],
  [ImportKind.ENROLLMENTS]: [
    { name: 'employee_no', required: true, aliases: EMPLOYEE_NO, description: 'Employee number.' },
    {
      name: 'course_code',
      required: true,
      aliases: ['course_code', 'course', 'course_no', '课程编号', '课程代码', '课程编码'],
      description: 'Course code.',
    },
    {
      name: 'status',
      required: true,
      aliases: ['status', 'state', '状态', '学习状态', '培训状态'],
      description:
        'ENROLLED, COMPLETED, FAILED or WITHDRAWN (also 已报名/在学, 已完成/完成, 未通过, 已退出).',
    },
    {
      name: 'enrolled_on',
      required: true,
      aliases: ['enrolled_on', 'enrolled', 'enrollment_date', '报名日期', '报名时间', '开始日期'],
      description: 'YYYY-MM-DD.',
    },
    {
      name: 'completed_on',
      required: false,
      aliases: ['completed_on', 'completed', 'completion_date', '完成日期', '完成时间', '结业日期'],
      description: 'YYYY-MM-DD; required for COMPLETED and FAILED, empty otherwise.',
    },
    {
      name: 'hours',
      required: false,
      aliases: ['hours', 'training_hours', '学时', '培训学时', '课时'],
      description:
        'Hours attended, 0–1000, one decimal; default: the course’s hours for COMPLETED/FAILED, else 0.',
    },
    {
      name: 'exam_score',
      required: false,
      aliases: ['exam_score', 'exam', 'score', '考试成绩', '考试分数', '成绩'],
      description: '0–100.',
    },
    {
      name: 'practice_score',
      required: false,
      aliases: [
        'practice_score',
        'practice',
        'application_score',
        '实践成绩',
        '实践应用成绩',
        '实践应用评分',
        '实践评分',
      ],
      description: '实践应用 score, 0–100.',
    },
    {
      name: 'voluntary',
      required: false,
      aliases: ['voluntary', 'optional', '是否自愿', '自愿', '自主报名', '是否自主报名'],
      description: 'true/false, yes/no, 1/0, 是/否; default false.',
    },
    {
      name: 'attempt',
      required: false,
      aliases: ['attempt', 'attempt_no', '第几次', '参训次数', '学习次数'],
      description: '1 for the first attempt; default: counted from earlier attempts.',
    },
  ],
  [ImportKind.PERFORMANCE_REVIEWS]: [
    { name: 'employee_no', required: true, aliases: EMPLOYEE_NO, description: 'Employee number.' },
    {
      name: 'period',
      required: true,
      aliases: ['period', 'quarter', '考核周期', '考核期间', '季度', '周期'],
      description: 'YYYY-Qn (also YYYYQn, YYYY年第n季度).',
    },
    {
      name: 'base_score',
      required: true,
      aliases: ['base_score', 'base', '基础得分', '基础分', '原始得分', '绩效得分'],
      description: '0–100.',
    },
    {
      name: 'training_adjustment',
      required: false,
      aliases: ['training_adjustment', 'adjustment', '培训加分', '培训调整', '培训加权'],
      description: 'Points added for training (linkage rule 1), −100–100; default 0.',
    },
    {
      name: 'final_score',
      required: false,
      aliases: ['final_score', 'final', 'total_score', '最终得分', '最终成绩', '总分'],
      description: 'Must equal base_score + training_adjustment, clamped to 0–100; computed when empty.',
    },
    {
      name: 'rating',
      required: false,
      aliases: ['rating', 'grade', '评级', '绩效等级', '考核等级', '等级'],
      description:
        'S, A, B, C or D (any case); derived from the final score when empty, must agree when given.',
    },
    {
      name: 'reviewer_no',
      required: false,
      aliases: ['reviewer_no', 'reviewer', '考核人工号', '评估人工号', '考核人'],
      description: 'Employee number of the reviewer.',
    },
  ],
};

/** Lower case, no spaces, underscores, hyphens or dots; full-width letters folded (NFKC). */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.·]+/g, '');
}

export interface HeaderMapping {
  /** column index in the file → canonical column name */
  byIndex: Map<number, string>;
  /** headers no column of this kind accepts (left out of the import, reported to the caller) */
  ignored: string[];
  /** header-level problems: missing required columns, two headers naming the same column */
  problems: { field: string; message: string; code: string; values: Record<string, string> }[];
}

const LOOKUP = new Map<ImportKind, Map<string, string>>(
  Object.values(ImportKind).map((kind) => {
    const map = new Map<string, string>();
    for (const column of COLUMNS[kind]) {
      for (const alias of [column.name, ...column.aliases]) map.set(normalizeHeader(alias), column.name);
    }
    return [kind, map];
  }),
);

/** Maps a file's header row onto the kind's columns. */
export function mapHeaders(kind: ImportKind, headers: readonly string[]): HeaderMapping {
  const lookup = LOOKUP.get(kind)!;
  const byIndex = new Map<number, string>();
  const seen = new Map<string, string>();
  const ignored: string[] = [];
  const problems: HeaderMapping['problems'] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (!header) return;
    const name = lookup.get(normalizeHeader(header));
    if (!name) {
      ignored.push(header);
      return;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problems.push({
        field: name,
        message: `columns "${earlier}" and "${header}" both map to ${name}; keep one`,
        code: 'DUPLICATE_COLUMN',
        values: { value: `${earlier}, ${header}` },
      });
      return;
    }
    seen.set(name, header);
    byIndex.set(index, name);
  });
  for (const column of COLUMNS[kind]) {
    if (column.required && !seen.has(column.name)) {
      const accepted = [column.name, ...column.aliases.filter((a) => /\p{Script=Han}/u.test(a))].join(', ');
      problems.push({
        field: column.name,
        message: `required column is missing (accepted headers include: ${accepted})`,
        code: 'MISSING_COLUMN',
        values: { value: accepted },
      });
    }
  }
  return { byIndex, ignored, problems };
}
