// The synthetic company, generated in memory as table rows — pure and deterministic: the same
// (employees, seed) always yields the same rows in the same order. No I/O here; load.ts streams
// the chunks into PostgreSQL. GROUND_TRUTH.md explains every planted effect implemented below.
import {
  BINDINGS,
  COMPETENCIES,
  COURSES,
  GIVEN_CHARS,
  KPIS,
  POSITIONS,
  RND_DEPTS,
  SALES_REGIONS,
  SURNAMES,
  type CourseDef,
  type Family,
  type KpiCode,
} from './catalog';
import {
  ARTICLE,
  bindingsOf,
  courseMatches,
  AwardCriteriaSchema,
  DEFAULT_RULES,
  scoreAwardNominations,
  scoreReview,
  toAwardBreakdown,
  toStoredThresholds,
  JUNIOR_MANAGER_RULE,
  SENIOR_ACCOUNT_MANAGER_RULE,
  type CourseKpiBindingView,
  type CourseRef,
  type GrowthArchive,
  type KpiBindingThresholds,
} from '@talentloop/rules';
import { dayOf, isoDate, isoTimestamp, monthDay, monthIso } from './dates';
import { Rng } from './rng';
import { type Row, type TableName, type UpdateName } from './tables';
import { FIXTURES, KPI_MODEL, MIN_EMPLOYEES, MONTHS, PLANTED, SALES_REFERENCE, TODAY } from './truth';

export interface GenerateOptions {
  employees: number;
  seed: number;
  /** Employees per archive chunk (enrollments, KPIs, reviews … are emitted per batch). */
  batchSize?: number;
}

export type Chunk =
  | { kind: 'rows'; table: TableName; rows: Row[] }
  | { kind: 'update'; update: UpdateName; rows: Row[] }
  | { kind: 'progress'; done: number; total: number; phase: string };

export interface FixtureInfo {
  employeeNo: string;
  id: number;
  name: string;
  department: string;
  position: string;
}

export interface ArmCount {
  treated: number;
  untreated: number;
}

export interface GenerationReport {
  rowCounts: Partial<Record<TableName, number>>;
  fixtures: Record<keyof typeof FIXTURES, FixtureInfo>;
  logins: Record<string, { role: string; employeeId: number | null; employeeNo: string | null }>;
  arms: { negotiation: ArmCount; lean: ArmCount; placeboSales: ArmCount; placeboManufacturing: ArmCount };
  leadership: { eligible: number; completers: number; promotedCompleters: number; promotedOthers: number };
  awards: {
    campaign: string;
    nominees: number;
    winners: number;
    lecturerNominees: number;
    lecturerWinners: number;
    adoptedNominees: number;
    adoptedWinners: number;
    hoursNominees: number;
    hoursWinners: number;
  }[];
}

// ---------------------------------------------------------------------------------------------
// Reference data ids (1-based index in the catalogue arrays)

const POS = new Map(POSITIONS.map((p, i) => [p.code, i + 1]));
const COURSE = new Map(COURSES.map((c, i) => [c.code, i]));
const KPI = new Map(KPIS.map((k, i) => [k.code, i + 1]));
const COMP = new Map(COMPETENCIES.map((c, i) => [c.code, i + 1]));
const posId = (code: string) => POS.get(code)!;
const courseIx = (code: string) => COURSE.get(code)!;
/** The catalogue code of a course a rule names. */
const courseCodeOf = (ref: CourseRef) => COURSES.find((c) => courseMatches(ref, c))!.code;

/** The binding of a default TRAINING_IMPACT rule for this course and KPI, if a rule judges it. */
function ruleBindingOf(course: CourseDef, kpi: KpiCode): CourseKpiBindingView | null {
  const rule = DEFAULT_RULES.impact.find((r) => r.courses.some((ref) => courseMatches(ref, course)));
  return (rule && bindingsOf(rule).find((b) => b.kpiCode === kpi)) ?? null;
}
const kpiId = (code: KpiCode) => KPI.get(code)!;

const TODAY_DAY = dayOf(2026, 11, 1);
const TEAM_MAX = 14;
/** Stream salts for per-employee RNG sub-streams. */
const S = {
  ORG: 1,
  TREAT: 2,
  PLAN: 3,
  DETAIL: 4,
  KPI: 5,
  REVIEW: 6,
  PEER: 7,
  AWARD: 8,
  SESSION: 9,
  NAME: 10,
  TENURE: 11,
};

const CAMPAIGNS = [
  {
    name: '2025年度优秀员工',
    period: '2025',
    start: dayOf(2025, 1, 1),
    end: dayOf(2025, 12, 31),
    standard: 100,
    status: 'CLOSED',
    created: dayOf(2025, 12, 1),
    awardedOn: dayOf(2026, 1, 20),
  },
  {
    name: '2026上半年优秀员工',
    period: '2026-H1',
    start: dayOf(2026, 1, 1),
    end: dayOf(2026, 6, 30),
    standard: 50,
    status: 'CLOSED',
    created: dayOf(2026, 6, 20),
    awardedOn: dayOf(2026, 7, 20),
  },
  {
    name: '2026年度优秀员工',
    period: '2026',
    start: dayOf(2026, 1, 1),
    end: dayOf(2026, 12, 31),
    standard: 100,
    status: 'OPEN',
    created: dayOf(2026, 10, 15),
    awardedOn: 0,
  },
] as const;

/** The stored award rule (version 1 of @talentloop/rules' default) every campaign is judged by. */
const AWARD_RULE = DEFAULT_RULES.award[0];
const AWARD_CRITERIA = { criteria: AWARD_RULE.criteria };
/** The days any campaign's period covers: the archive facts kept for the award evaluator. */
const AWARD_SPAN = {
  start: Math.min(...CAMPAIGNS.map((c) => c.start)),
  end: Math.max(...CAMPAIGNS.map((c) => c.end)),
};

/**
 * A campaign's criteria exactly as the API's award scoring builds them (award.service.ts
 * criteriaFor): the campaign's stored criteria JSON under the campaign's key and rule version,
 * with the campaign's period and standard hours.
 */
function campaignCriteria(cp: (typeof CAMPAIGNS)[number], campaignId: number) {
  return AwardCriteriaSchema.parse({
    key: `award.campaign-${campaignId}`,
    name: cp.name,
    version: 1,
    ...AWARD_CRITERIA,
    standardHours: cp.standard,
    period: { from: isoDate(cp.start), to: isoDate(cp.end) },
  });
}

// ---------------------------------------------------------------------------------------------
// Org model

interface Dept {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  path: string;
  depth: number;
  family: Family;
  headPos: string;
  headId: number;
  memberIds: number[];
  /** Production line code for manufacturing leaf departments. */
  isLine: boolean;
}

type FixtureKey = keyof typeof FIXTURES;

interface Emp {
  id: number;
  no: string;
  name: string;
  dept: Dept;
  family: Family;
  pos0: number;
  pos: number;
  managerId: number | null;
  isHead: boolean;
  hireDay: number;
  ability: number;
  appetite: number;
  fixture: FixtureKey | null;
  kpiPop: boolean;
  negM: number;
  leanM: number;
  placeboM: number;
  leadM: number;
  promoM: number;
  promoTo: number;
  lecturerQuality: number | null;
  lecturerCourses: number[];
  // award evidence per campaign
  hours: number[];
  lectures: number[][];
  adoptedCases: number[][];
  /** What the award evaluator reads of the archive (award campaigns' periods only): see awardArchive. */
  award: {
    /** COMPLETED enrollments: [id, completed day, hours]. */
    completed: [number, number, number][];
    /** Adopted cases: [id, adopted day]. */
    adopted: [number, number][];
    /** Quarterly reviews: [id, period, final score, rating]. */
    reviews: [number, string, number, string][];
    /** Peer feedback received: [id, day given, score]. */
    peers: [number, number, number][];
  };
  storyCourse: number;
}

interface Slot {
  dept: Dept;
  head: boolean;
  pos: string;
}

interface LevelSpec {
  head: string;
  split?: { count: (rest: number) => number; name: (k: number, parent: Dept) => [string, string] };
}

const MEMBER_MIX: Record<Family, [string, number][]> = {
  SALES: [
    ['SALES_REP', 0.35],
    ['ACCOUNT_MGR', 0.4],
    ['SENIOR_ACCOUNT_MGR', 0.25],
  ],
  MANUFACTURING: [
    ['OPERATOR', 0.65],
    ['SENIOR_OPERATOR', 0.35],
  ],
  TECH: [
    ['ASSISTANT_ENGINEER', 0.25],
    ['ENGINEER', 0.45],
    ['SENIOR_ENGINEER', 0.3],
  ],
  SERVICE: [
    ['SERVICE_AGENT', 0.6],
    ['SENIOR_SERVICE_AGENT', 0.4],
  ],
  FINANCE: [
    ['ACCOUNTANT', 0.6],
    ['SENIOR_ACCOUNTANT', 0.4],
  ],
  HR: [
    ['HR_SPECIALIST', 0.6],
    ['SENIOR_HR_SPECIALIST', 0.4],
  ],
  ADMIN: [['ADMIN_SPECIALIST', 1]],
  MANAGEMENT: [['VICE_PRESIDENT', 1]],
};

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (k: number) => (k <= 10 ? CN_NUM[k - 1]! : String(k));
const teams = (size: number) => (rest: number) => Math.max(1, Math.ceil(rest / size));

const CENTERS: { family: Family; share: number; code: string; name: string; levels: LevelSpec[] }[] = [
  {
    family: 'SALES',
    share: 0.34,
    code: 'SALES',
    name: '销售中心',
    levels: [
      {
        head: 'SALES_DIRECTOR',
        split: {
          count: (rest) => Math.min(7, Math.max(3, Math.round(rest / 120))),
          name: (k) => [`${SALES_REGIONS[k]}销售部`, `SALES-${k + 1}`],
        },
      },
      {
        head: 'REGIONAL_SALES_MGR',
        split: {
          count: teams(12),
          name: (k, p) => [`${p.name.replace('销售部', '')}销售${cn(k + 1)}组`, `${p.code}-${k + 1}`],
        },
      },
      { head: 'SALES_SUPERVISOR' },
    ],
  },
  {
    family: 'MANUFACTURING',
    share: 0.34,
    code: 'MFG',
    name: '制造中心',
    levels: [
      {
        head: 'PRODUCTION_DIRECTOR',
        split: {
          count: (rest) => Math.max(2, Math.round(rest / 250)),
          name: (k) => [`第${cn(k + 1)}车间`, `MFG-W${k + 1}`],
        },
      },
      {
        head: 'WORKSHOP_DIRECTOR',
        split: {
          count: teams(13),
          name: (k, p) => [`${p.name}${k + 1}号线`, `L-${p.code.slice(4)}-${k + 1}`],
        },
      },
      { head: 'TEAM_LEADER' },
    ],
  },
  {
    family: 'TECH',
    share: 0.16,
    code: 'RND',
    name: '研发中心',
    levels: [
      {
        head: 'RND_DIRECTOR',
        split: {
          count: (rest) => Math.max(2, Math.round(rest / 60)),
          name: (k) => [RND_DEPTS[k] ?? `研发${k + 1}部`, `RND-${k + 1}`],
        },
      },
      {
        head: 'DEPT_MANAGER',
        split: { count: teams(10), name: (k, p) => [`${p.name}${cn(k + 1)}组`, `${p.code}-${k + 1}`] },
      },
      { head: 'JUNIOR_MANAGER' },
    ],
  },
  {
    family: 'SERVICE',
    share: 0.06,
    code: 'SVC',
    name: '客户服务中心',
    levels: [
      {
        head: 'SERVICE_MANAGER',
        split: { count: teams(14), name: (k) => [`客服${cn(k + 1)}组`, `SVC-${k + 1}`] },
      },
      { head: 'SERVICE_SUPERVISOR' },
    ],
  },
  {
    family: 'FINANCE',
    share: 0.04,
    code: 'FIN',
    name: '财务部',
    levels: [
      {
        head: 'FINANCE_MANAGER',
        split: { count: teams(12), name: (k) => [`财务${cn(k + 1)}组`, `FIN-${k + 1}`] },
      },
      { head: 'FINANCE_SUPERVISOR' },
    ],
  },
  {
    family: 'HR',
    share: 0.03,
    code: 'HR',
    name: '人力资源部',
    levels: [
      { head: 'HR_MANAGER', split: { count: teams(12), name: (k) => [`人事${cn(k + 1)}组`, `HR-${k + 1}`] } },
      { head: 'HR_SUPERVISOR' },
    ],
  },
  {
    family: 'ADMIN',
    share: 0.03,
    code: 'ADM',
    name: '行政部',
    levels: [
      {
        head: 'ADMIN_MANAGER',
        split: { count: teams(12), name: (k) => [`行政${cn(k + 1)}组`, `ADM-${k + 1}`] },
      },
      { head: 'ADMIN_SUPERVISOR' },
    ],
  },
];

interface FixtureSpec {
  key: FixtureKey;
  name: string;
  /** Department code whose subtree receives the fixture (first free member slot, pre-order). */
  subtree: string;
  direct?: boolean;
  position: string;
}

const FIXTURE_SPECS: FixtureSpec[] = [
  { key: 'negotiationExcellent', name: '陈思远', subtree: 'SALES-2', position: 'ACCOUNT_MGR' },
  { key: 'negotiationRetrain', name: '刘建国', subtree: 'SALES-2', position: 'ACCOUNT_MGR' },
  { key: 'negotiationRetrainBalance', name: '赵磊', subtree: 'SALES-3', position: 'SALES_REP' },
  { key: 'leanContribution', name: '孙志强', subtree: 'MFG-W1', position: 'SENIOR_OPERATOR' },
  { key: 'leanNoChange', name: '吴海峰', subtree: 'MFG-W1', position: 'OPERATOR' },
  { key: 'juniorManagerCandidate', name: '周明', subtree: 'RND', position: 'SENIOR_ENGINEER' },
  { key: 'promotionCandidate', name: '黄佳琪', subtree: 'SALES-1', direct: true, position: 'ACCOUNT_MGR' },
  { key: 'awardCandidate', name: '林晓燕', subtree: 'SALES-1', position: 'SENIOR_ACCOUNT_MGR' },
];

/** Month index 18 = 2026-05: the fixtures' training month (windows 2026-02..04 and 2026-06..08). */
const FIXTURE_MONTH = 18;

/** Exact KPI series of the impact fixtures: value before (t ≤ 18) and after (t ≥ 19). */
const FIXTURE_KPIS: Partial<
  Record<FixtureKey, { ref?: number } & Partial<Record<KpiCode, [number, number]>>>
> = {
  negotiationExcellent: { ref: 300_000, SALES_GROWTH: [0, 18], CUSTOMER_RETENTION: [85, 95.2] },
  negotiationRetrain: { ref: 260_000, SALES_GROWTH: [0, 3], CUSTOMER_RETENTION: [85, 86.7] },
  negotiationRetrainBalance: { ref: 200_000, SALES_GROWTH: [0, 3], CUSTOMER_RETENTION: [85, 85.1] },
  leanContribution: { DEFECT_RATE: [5, 3.24], PRODUCTION_EFFICIENCY: [80, 90.4] },
  leanNoChange: { DEFECT_RATE: [5, 5], PRODUCTION_EFFICIENCY: [80, 80.4] },
};

interface PlanItem {
  c: number;
  m: number;
  outcome: 'PASS' | 'FAIL' | 'WITHDRAW';
  attempt: number;
  minExam?: number;
  minPractice?: number;
  exam?: number;
  practice?: number;
  /** Force a practice case on this enrollment. */
  caseStatus?: 'APPROVED' | 'SUBMITTED';
  caseAdopted?: boolean;
  caseDelayDays?: number;
}

/** The award fixture's explicit 2026 learning: 125.0 completed hours in total. */
const AWARD_FIXTURE_2026: [string, number][] = [
  ['CRM_PRACTICE', 14],
  ['CONSULTATIVE_SELLING', 15],
  ['KEY_ACCOUNT', 16],
  ['DATA_ANALYSIS', 17],
  ['CROSS_DEPT', 17],
  ['TEAM_MGMT_BASICS', 18],
  ['PROJECT_COORD', 19],
  ['WEALTH_MGMT', 20],
  ['COMMUNICATION', 20],
  ['BUSINESS_WRITING', 21],
  ['COMPLIANCE', 21],
];

/**
 * TL900009 (appended after the N generated employees, see APPENDED_FIXTURES in truth.ts): a
 * 高级工程师 in TL900006's team who meets every gate of 晋升初级经理 — 团队管理基础 exam 88 and
 * 项目协调技巧 exam 85 (≥ 80 each) and one improvement case approved by the manager. Everything
 * is explicit (no RNG draw) and the fixture learns in sessions of its own, so no generated row
 * moves. Learning: [course code, month index, exam, practice, session rating].
 */
const READY_FIXTURE = {
  name: '郑远航',
  position: 'SENIOR_ENGINEER',
  phone: '13900900009',
  learning: [
    ['INFOSEC', 2, 95, 90, 4],
    ['COMPLIANCE', 3, 93, 88, 4],
    ['ARCHITECTURE', 5, 86, 84, 5],
    ['AGILE', 8, 84, 82, 4],
    ['CODE_REVIEW', 10, 90, 88, 4],
    ['CROSS_DEPT', 12, 87, 85, 5],
    ['DATA_ANALYSIS', 13, 83, 80, 4],
    ['TEAM_MGMT_BASICS', 15, 88, 86, 5],
    ['PROJECT_COORD', 16, 85, 84, 4],
    ['TECH_WRITING', 18, 91, 87, 4],
  ] as [string, number, number, number, number][],
  /** The improvement case: on this course, submitted 10 days after it ends, approved 5 days later. */
  caseCourse: 'TEAM_MGMT_BASICS',
  caseScore: 88,
  /** Base (= final) score of the 8 quarterly reviews 2024-Q4 … 2026-Q3 — all rated A. */
  reviews: [83.5, 84, 85.5, 84.5, 86, 87.5, 86.5, 88],
  /** Peer feedback 2025-H1, 2025-H2, 2026-H1 from the first colleague of the team. */
  peers: [4.3, 4.4, 4.6],
  /** DELIVERY_RATE (the TECH KPI): a flat 88 % plus the family's common trend, no noise. */
  deliveryRate: (t: number) => 88 + KPI_MODEL.DELIVERY_RATE.trend * t,
};

const LOCATIONS = [
  '总部培训中心A101',
  '总部培训中心B203',
  '线上直播',
  '华东培训基地',
  '制造中心多功能厅',
  '研发中心报告厅',
];
const CASE_PHRASES = [
  '优化客户沟通流程，成交周期缩短15%',
  '改进班组协作方式，返工率明显下降',
  '梳理客户分层名单，复购率提升',
  '建立问题复盘机制，投诉处理时长缩短',
  '重构项目周会，交付准时率提高',
  '推行标准作业，减少等待浪费',
  '用数据看板跟踪关键指标',
  '跨部门协同解决长期积压问题',
];
const REVIEW_COMMENTS = ['案例扎实，可推广', '数据支撑充分', '思路清晰，建议补充量化结果', '与岗位结合紧密'];
const PEER_COMMENTS = [
  '乐于分享，协作积极',
  '专业扎实，值得信赖',
  '沟通顺畅，响应及时',
  '主动承担，执行力强',
  '有进步空间，继续加油',
];

// ---------------------------------------------------------------------------------------------

export function* generateCompany(options: GenerateOptions, report?: GenerationReport): Generator<Chunk> {
  const N = options.employees;
  const seed = options.seed;
  if (!Number.isInteger(N) || N < MIN_EMPLOYEES)
    throw new RangeError(`employees must be an integer ≥ ${MIN_EMPLOYEES}`);
  if (!Number.isInteger(seed)) throw new RangeError('seed must be an integer');
  const batchSize = options.batchSize ?? 1000;
  const counts: Partial<Record<TableName, number>> = {};
  const rows = (table: TableName, r: Row[]): Chunk => {
    counts[table] = (counts[table] ?? 0) + r.length;
    return { kind: 'rows', table, rows: r };
  };

  // ---- reference data --------------------------------------------------------------------
  yield { kind: 'progress', done: 0, total: N, phase: 'reference data' };
  yield rows(
    'position',
    POSITIONS.map((p, i) => [i + 1, p.code, p.name, p.family, p.level, p.managerial]),
  );
  yield rows(
    'career_path',
    POSITIONS.filter((p) => p.next).map((p, i) => [
      i + 1,
      posId(p.code),
      posId(p.next!),
      p.typicalMonths ?? null,
    ]),
  );
  yield rows(
    'competency',
    COMPETENCIES.map((c, i) => [i + 1, c.code, c.name, c.category, null]),
  );
  const posComp: Row[] = [];
  POSITIONS.forEach((p) => {
    for (const [code, level] of p.competencies)
      posComp.push([posComp.length + 1, posId(p.code), COMP.get(code)!, level]);
  });
  yield rows('position_competency', posComp);

  // ---- org structure -----------------------------------------------------------------------
  const orgRng = new Rng(seed, S.ORG);
  const depts: Dept[] = [];
  const slots: Slot[] = [];
  const newDept = (
    parent: Dept | null,
    name: string,
    code: string,
    family: Family,
    headPos: string,
    isLine: boolean,
  ): Dept => {
    const id = depts.length + 1;
    const d: Dept = {
      id,
      code,
      name,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      family,
      headPos,
      headId: 0,
      memberIds: [],
      isLine,
    };
    depts.push(d);
    return d;
  };
  const memberPos = (family: Family) => {
    const mix = MEMBER_MIX[family];
    return mix[orgRng.weighted(mix.map((x) => x[1]))]![0];
  };
  const build = (
    parent: Dept,
    name: string,
    code: string,
    family: Family,
    n: number,
    levels: LevelSpec[],
  ) => {
    const level = levels[0]!;
    const leaf = !(levels.length > 1 && level.split && n - 1 > TEAM_MAX);
    const dept = newDept(parent, name, code, family, level.head, family === 'MANUFACTURING' && leaf);
    let rest = n - 1;
    if (leaf) {
      for (let i = 0; i < rest; i++) slots.push({ dept, head: false, pos: memberPos(family) });
      return;
    }
    // 华东销售部 keeps one direct report: the `employee` demo login reports to `manager` itself.
    if (code === 'SALES-1') {
      slots.push({ dept, head: false, pos: memberPos(family) });
      rest -= 1;
    }
    const k = Math.min(rest, level.split!.count(rest));
    for (let i = 0; i < k; i++) {
      const share = Math.floor(rest / k) + (i < rest % k ? 1 : 0);
      const [childName, childCode] = level.split!.name(i, dept);
      build(dept, childName, childCode, family, share, levels.slice(1));
    }
  };
  const root = newDept(null, '总部', 'HQ', 'MANAGEMENT', 'CEO', false);
  // Family head-counts by largest remainder over N − 1 (the CEO is the one MANAGEMENT employee).
  const shares = CENTERS.map((c) => c.share * (N - 1));
  const sizes = shares.map(Math.floor);
  let left = N - 1 - sizes.reduce((a, b) => a + b, 0);
  shares
    .map((s, i) => ({ i, r: s - Math.floor(s) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .forEach(({ i }) => {
      if (left > 0) {
        sizes[i]! += 1;
        left -= 1;
      }
    });
  CENTERS.forEach((c, i) => build(root, c.name, c.code, c.family, sizes[i]!, c.levels));

  // ---- employees: heads first (department pre-order), then members -----------------------
  const emps: Emp[] = [];
  const newEmp = (dept: Dept, pos: string, head: boolean, managerId: number | null): Emp => {
    const id = emps.length + 1;
    const r = new Rng(seed, S.NAME, id);
    const given = r.chance(0.6) ? r.pick(GIVEN_CHARS) + r.pick(GIVEN_CHARS) : r.pick(GIVEN_CHARS);
    const family = POSITIONS[posId(pos) - 1]!.family;
    const start = head ? dayOf(2004, 1, 1) : dayOf(2012, 1, 1);
    const e: Emp = {
      id,
      no: `TL${100000 + id}`,
      name: r.pick(SURNAMES) + given,
      dept,
      family,
      pos0: posId(pos),
      pos: posId(pos),
      managerId,
      isHead: head,
      hireDay: r.int(start, dayOf(2024, 9, 30)),
      ability: Math.max(-2.5, Math.min(2.5, r.normal())),
      appetite: r.uniform(0.55, 1.45),
      fixture: null,
      kpiPop: false,
      negM: -1,
      leanM: -1,
      placeboM: -1,
      leadM: -1,
      promoM: -1,
      promoTo: 0,
      lecturerQuality: null,
      lecturerCourses: [],
      hours: CAMPAIGNS.map(() => 0),
      lectures: CAMPAIGNS.map(() => []),
      adoptedCases: CAMPAIGNS.map(() => []),
      award: { completed: [], adopted: [], reviews: [], peers: [] },
      storyCourse: -1,
    };
    emps.push(e);
    return e;
  };
  for (const d of depts) {
    const parentHead = d.parentId ? depts[d.parentId - 1]!.headId : null;
    d.headId = newEmp(d, d.headPos, true, parentHead).id;
  }
  const headCount = emps.length;
  // Fixture placement: the first free member slot of the named subtree, in pre-order.
  const fixtureSlot = new Map<Slot, FixtureSpec>();
  for (const f of FIXTURE_SPECS) {
    const inSubtree = (s: Slot) =>
      s.dept.code === f.subtree ||
      s.dept.code.startsWith(`${f.subtree}-`) ||
      (f.subtree === 'MFG-W1' && s.dept.code.startsWith('L-W1-'));
    const slot =
      slots.find(
        (s) =>
          !fixtureSlot.has(s) &&
          (f.direct ? s.dept.code === f.subtree : inSubtree(s) && !(s.dept.code === 'SALES-1')),
      ) ?? slots.find((s) => !fixtureSlot.has(s) && inSubtree(s));
    if (!slot) throw new Error(`No slot for fixture ${f.key} in ${f.subtree}`);
    fixtureSlot.set(slot, f);
  }
  for (const s of slots) {
    const f = fixtureSlot.get(s);
    const e = newEmp(s.dept, f?.position ?? s.pos, false, s.dept.headId);
    s.dept.memberIds.push(e.id);
    if (f) {
      e.fixture = f.key;
      e.no = FIXTURES[f.key];
      e.name = f.name;
      e.hireDay = dayOf(2019, 3, 1) + f.key.length * 17;
      e.ability = 0.5;
      e.appetite = 1;
    }
  }

  // ---- treatments, promotions, lecturers ----------------------------------------------------
  const KPI_FAMILIES: Family[] = ['SALES', 'MANUFACTURING', 'TECH', 'SERVICE'];
  const leadership = { eligible: 0, completers: 0, promotedCompleters: 0, promotedOthers: 0 };
  for (const e of emps) {
    const r = new Rng(seed, S.TREAT, e.id);
    e.kpiPop = !e.isHead && KPI_FAMILIES.includes(e.family);
    const [m0, m1] = PLANTED.negotiation.completionMonths;
    if (e.fixture) {
      if (e.fixture.startsWith('negotiation')) e.negM = FIXTURE_MONTH;
      if (e.fixture.startsWith('lean')) e.leanM = FIXTURE_MONTH;
      continue;
    }
    if (e.kpiPop && e.family === 'SALES' && r.chance(PLANTED.negotiation.uptake)) e.negM = r.int(m0, m1);
    if (e.kpiPop && e.family === 'MANUFACTURING' && r.chance(PLANTED.lean.uptake)) {
      e.leanM = r.int(PLANTED.lean.completionMonths[0], PLANTED.lean.completionMonths[1]);
    }
    if (r.chance(PLANTED.placebo.uptake)) {
      e.placeboM = r.int(PLANTED.placebo.completionMonths[0], PLANTED.placebo.completionMonths[1]);
    }
    const def = POSITIONS[e.pos0 - 1]!;
    const next = def.next ? POSITIONS[posId(def.next) - 1]! : null;
    if (!e.isHead && next && next.family === def.family) {
      leadership.eligible++;
      const L = PLANTED.leadership;
      if (r.chance(L.uptake)) {
        e.leadM = r.int(L.completionMonths[0], L.completionMonths[1]);
        leadership.completers++;
      }
      const p = e.leadM >= 0 ? L.pPromotedCompleter : L.pPromotedOther;
      if (r.chance(p)) {
        e.promoM = e.leadM >= 0 ? r.int(e.leadM + 2, MONTHS - 1) : r.int(4, MONTHS - 1);
        e.promoTo = posId(next.code);
        e.pos = e.promoTo;
        // Realistic tenure: hired into the from-position about its typical months before the
        // move (± 15 %), and never inside the generated window (everything there follows the hire).
        if (def.typicalMonths) {
          const t = new Rng(seed, S.TENURE, e.id);
          const months = Math.max(Math.round(def.typicalMonths * t.uniform(0.85, 1.15)), e.promoM + 2);
          e.hireDay = monthDay(e.promoM - months, t.int(1, 28));
        }
        if (e.leadM >= 0) leadership.promotedCompleters++;
        else leadership.promotedOthers++;
      }
    }
    const canTeach = e.isHead || def.level >= 2;
    if (canTeach && r.chance(e.isHead ? PLANTED.lecturers.headShare : PLANTED.lecturers.share)) {
      e.lecturerQuality = r.normal(0, PLANTED.lecturers.qualitySd);
      const pool = COURSES.map((c, i) => ({ c, i })).filter(({ c }) => fitsAudience(c, e.family, true));
      e.lecturerCourses = r.sampleWeighted(
        pool.map((x) => x.i),
        pool.map(() => 1),
        r.int(1, 3),
      );
    }
  }
  const fixtureEmp = new Map<FixtureKey, Emp>();
  for (const e of emps) if (e.fixture) fixtureEmp.set(e.fixture, e);
  const awardFixture = fixtureEmp.get('awardCandidate')!;
  awardFixture.lecturerQuality = 6;
  // The appended fixture (not in `emps`: no treatment, plan, lecture, nomination or peer pick).
  const readyDept = fixtureEmp.get('juniorManagerCandidate')!.dept;
  const ready = {
    id: emps.length + 1,
    no: FIXTURES.juniorManagerReady,
    name: READY_FIXTURE.name,
    dept: readyDept,
    pos: posId(READY_FIXTURE.position),
    managerId: readyDept.headId,
    hireDay: dayOf(2019, 3, 1) + 'juniorManagerReady'.length * 17,
  };

  yield rows(
    'department',
    depts.map((d) => [d.id, d.code, d.name, d.parentId, d.path, d.depth, null]),
  );
  yield rows(
    'kpi_definition',
    KPIS.map((k, i) => [i + 1, k.code, k.name, k.unit, k.direction, k.valuePerUnit, k.family, k.description]),
  );
  yield rows(
    'course',
    COURSES.map((c, i) => [
      i + 1,
      c.code,
      c.name,
      c.category,
      c.hours.toFixed(1),
      c.cost.toFixed(2),
      c.core,
      c.mandatory,
      '60.00',
      null,
      true,
    ]),
  );
  const courseComp: Row[] = [];
  COURSES.forEach((c, i) => {
    for (const [code, w] of c.competencies)
      courseComp.push([courseComp.length + 1, i + 1, COMP.get(code)!, w.toFixed(3)]);
  });
  yield rows('course_competency', courseComp);
  yield rows(
    'course_kpi_binding',
    BINDINGS.map((b, i) => {
      const binding = ruleBindingOf(COURSES[courseIx(b.course)]!, b.kpi);
      const thresholds: KpiBindingThresholds = binding ? toStoredThresholds(binding) : { measure: b.measure };
      return [
        i + 1,
        courseIx(b.course) + 1,
        kpiId(b.kpi),
        binding?.windowMonths ?? ARTICLE.trackingMonths,
        JSON.stringify(thresholds),
        true,
      ];
    }),
  );

  // Employees are loaded in id order; every manager has a smaller id than their reports.
  for (let i = 0; i < emps.length; i += 5000) {
    yield rows(
      'employee',
      emps
        .slice(i, i + 5000)
        .map((e) => [
          e.id,
          e.no,
          e.name,
          e.dept.id,
          e.pos,
          e.managerId,
          isoDate(e.hireDay),
          `${e.no.toLowerCase()}@talentloop.cn`,
          phoneOf(seed, e.id),
          'ACTIVE',
          null,
        ]),
    );
  }
  yield rows('employee', [
    [
      ready.id,
      ready.no,
      ready.name,
      ready.dept.id,
      ready.pos,
      ready.managerId,
      isoDate(ready.hireDay),
      `${ready.no.toLowerCase()}@talentloop.cn`,
      READY_FIXTURE.phone,
      'ACTIVE',
      null,
    ],
  ]);
  yield { kind: 'update', update: 'department_head', rows: depts.map((d) => [d.id, d.headId]) };
  yield { kind: 'progress', done: 0, total: N, phase: 'employees' };

  // ---- learning plans → sessions ------------------------------------------------------------
  const spacing = N < 2000 ? 2 : 1;
  const offered = (c: number): number[] => {
    const def = COURSES[c]!;
    const k = def.assignment === 'planned' ? 1 : spacing;
    const months: number[] = [];
    for (let m = 0; m < MONTHS; m++) if (m % k === c % k) months.push(m);
    return months;
  };
  const offeredMonths = COURSES.map((_, c) => offered(c));
  const plan = (e: Emp): PlanItem[] => planOf(e, seed, offeredMonths);

  const nCourses = COURSES.length;
  const bucketCount = new Int32Array(nCourses * MONTHS);
  for (const e of emps) for (const it of plan(e)) bucketCount[it.c * MONTHS + it.m]! += 1;
  // The award fixture lectures 产品知识 twice in 2026: session 0 of the first two offered 2026 months.
  const pk = courseIx('PRODUCT_KNOWLEDGE');
  const [lectureFrom, lectureTo] = [15, 21]; // month indexes of 2026 (the open campaign)
  const fixtureLectureMonths = offeredMonths[pk]!.filter((m) => m >= lectureFrom && m <= lectureTo).slice(
    0,
    2,
  );
  for (const m of fixtureLectureMonths)
    bucketCount[pk * MONTHS + m] = Math.max(1, bucketCount[pk * MONTHS + m]!);

  const lecturersByCourse: number[][] = COURSES.map(() => []);
  for (const e of emps) for (const c of e.lecturerCourses) lecturersByCourse[c]!.push(e.id);

  const bucketFirst = new Int32Array(nCourses * MONTHS);
  const bucketSessions = new Int32Array(nCourses * MONTHS);
  const sessionRows: Row[] = [];
  const sessionEnd: number[] = [0];
  const sessionStart: number[] = [0];
  const sessionQuality: number[] = [0];
  for (let m = 0; m < MONTHS; m++) {
    for (let c = 0; c < nCourses; c++) {
      const b = c * MONTHS + m;
      const count = bucketCount[b]!;
      if (count === 0) continue;
      const n = Math.max(1, Math.ceil(count / 30));
      bucketFirst[b] = sessionRows.length + 1;
      bucketSessions[b] = n;
      const def = COURSES[c]!;
      for (let i = 0; i < n; i++) {
        const id = sessionRows.length + 1;
        const r = new Rng(seed, S.SESSION, id);
        const startDay = monthDay(m, 3 + ((c * 5 + i * 7 + m * 3) % 18));
        const endDay = startDay + Math.max(1, Math.ceil(def.hours / 8)) - 1;
        let lecturer: Emp | null = null;
        if (c === pk && i === 0 && fixtureLectureMonths.includes(m)) lecturer = awardFixture;
        else {
          const pool = lecturersByCourse[c]!;
          if (pool.length && r.chance(0.8)) lecturer = emps[r.pick(pool) - 1]!;
        }
        if (lecturer) {
          CAMPAIGNS.forEach((cp, k) => {
            if (startDay >= cp.start && startDay <= cp.end) lecturer!.lectures[k]!.push(id);
          });
        }
        sessionStart.push(startDay);
        sessionEnd.push(endDay);
        sessionQuality.push(lecturer?.lecturerQuality ?? 0);
        sessionRows.push([
          id,
          c + 1,
          lecturer?.id ?? null,
          isoDate(startDay),
          isoDate(endDay),
          r.pick(LOCATIONS),
          30,
          null,
          0,
        ]);
      }
    }
  }
  for (let i = 0; i < sessionRows.length; i += 10000)
    yield rows('course_session', sessionRows.slice(i, i + 10000));
  const nSessions = sessionRows.length;
  sessionRows.length = 0;
  // The appended fixture's own sessions (ids after every generated one), rated by it alone.
  const readySessions = READY_FIXTURE.learning.map(([code, m, exam, practice, rating], k) => {
    const c = courseIx(code);
    const startDay = monthDay(m, 3 + ((c * 5 + m * 3) % 18));
    const endDay = startDay + Math.max(1, Math.ceil(COURSES[c]!.hours / 8)) - 1;
    return { id: nSessions + 1 + k, code, c, startDay, endDay, exam, practice, rating };
  });
  yield rows(
    'course_session',
    readySessions.map((x) => [
      x.id,
      x.c + 1,
      null,
      isoDate(x.startDay),
      isoDate(x.endDay),
      LOCATIONS[x.c % LOCATIONS.length]!,
      30,
      x.rating.toFixed(2),
      1,
    ]),
  );

  // ---- archive, per batch of employees (members grouped by department) -------------------
  const ratingSum = new Float64Array(nSessions + 1);
  const ratingCnt = new Int32Array(nSessions + 1);
  const cursor = new Int32Array(nCourses * MONTHS);
  const ids = {
    enrollment: 0,
    practice_case: 0,
    knowledge_citation: 0,
    kpi_observation: 0,
    performance_review: 0,
    peer_feedback: 0,
    promotion: 0,
  };
  const arms = {
    negotiation: { treated: 0, untreated: 0 },
    lean: { treated: 0, untreated: 0 },
    placeboSales: { treated: 0, untreated: 0 },
    placeboManufacturing: { treated: 0, untreated: 0 },
  };
  const headIds = emps.filter((e) => e.isHead).map((e) => e.id);

  const batches: Emp[][] = [emps.slice(0, headCount)];
  let current: Emp[] = [];
  for (const d of depts) {
    for (const id of d.memberIds) current.push(emps[id - 1]!);
    if (current.length >= batchSize) {
      batches.push(current);
      current = [];
    }
  }
  if (current.length) batches.push(current);

  let done = 0;
  for (const batch of batches) {
    const out = {
      enrollment: [] as Row[],
      practice_case: [] as Row[],
      knowledge_citation: [] as Row[],
      kpi_observation: [] as Row[],
      performance_review: [] as Row[],
      peer_feedback: [] as Row[],
      promotion: [] as Row[],
    };
    const lineSums = new Map<Dept, { defect: Float64Array; eff: Float64Array; n: number }>();
    for (const e of batch) {
      // enrollments and practice cases
      const r = new Rng(seed, S.DETAIL, e.id);
      const items = plan(e).sort((a, b) => a.m - b.m || a.c - b.c || a.attempt - b.attempt);
      for (const it of items) {
        const def = COURSES[it.c]!;
        const b = it.c * MONTHS + it.m;
        const sid = bucketFirst[b]! + (cursor[b]! % bucketSessions[b]!);
        cursor[b]! += 1;
        const q = sessionQuality[sid]!;
        const status = it.outcome === 'PASS' ? 'COMPLETED' : it.outcome === 'FAIL' ? 'FAILED' : 'WITHDRAWN';
        let exam: number | null = null;
        let practice: number | null = null;
        let rating: number | null = null;
        if (status !== 'WITHDRAWN') {
          if (status === 'COMPLETED') {
            exam = clamp(72 + 6 * e.ability + q + r.normal(0, 6), 60, 100);
            if (it.minExam !== undefined) exam = Math.max(exam, Math.min(100, it.minExam + r.int(0, 15)));
            practice = clamp(75 + 7 * e.ability + r.normal(0, 8), 40, 100);
            if (it.minPractice !== undefined) practice = it.minPractice + r.int(0, 9);
          } else exam = r.uniform(35, 59.9);
          if (it.exam !== undefined) exam = it.exam;
          if (it.practice !== undefined) practice = it.practice;
          rating = Math.round(clamp(3.9 + q / 8 + r.normal(0, 0.7), 1, 5));
          ratingSum[sid]! += rating;
          ratingCnt[sid]! += 1;
        }
        const endDay = sessionEnd[sid]!;
        const enrolledDay = sessionStart[sid]! - r.int(5, 20);
        const enrollmentId = ++ids.enrollment;
        const hours = status === 'WITHDRAWN' ? 0 : def.hours;
        out.enrollment.push([
          enrollmentId,
          e.id,
          it.c + 1,
          sid,
          status,
          isoDate(enrolledDay),
          status === 'WITHDRAWN' ? null : isoDate(endDay),
          hours.toFixed(1),
          exam === null ? null : exam.toFixed(1),
          practice === null ? null : practice.toFixed(1),
          !def.mandatory && r.chance(0.55),
          it.attempt,
          rating,
        ]);
        if (status !== 'COMPLETED') continue;
        CAMPAIGNS.forEach((cp, k) => {
          if (endDay >= cp.start && endDay <= cp.end) e.hours[k]! += hours;
        });
        if (endDay >= AWARD_SPAN.start && endDay <= AWARD_SPAN.end)
          e.award.completed.push([enrollmentId, endDay, Number(hours.toFixed(1))]);
        if (def.core) e.storyCourse = it.c;
        const wantCase = it.caseStatus !== undefined || (!e.fixture && r.chance(def.core ? 0.22 : 0.1));
        if (!wantCase) continue;
        const submitted = endDay + (it.caseDelayDays ?? r.int(5, 40));
        if (submitted >= TODAY_DAY) continue;
        let caseStatus: 'SUBMITTED' | 'APPROVED' | 'REJECTED';
        if (it.caseStatus) caseStatus = it.caseStatus;
        else if (submitted > TODAY_DAY - 20) caseStatus = 'SUBMITTED';
        else caseStatus = r.chance(0.78) ? 'APPROVED' : 'REJECTED';
        const reviewed =
          caseStatus === 'SUBMITTED'
            ? null
            : Math.min(TODAY_DAY - 1, submitted + (it.caseStatus ? 5 : r.int(2, 14)));
        const score =
          caseStatus === 'APPROVED'
            ? r.uniform(75, 98)
            : caseStatus === 'REJECTED'
              ? r.uniform(45, 69)
              : null;
        let adopted: number | null = null;
        if (caseStatus === 'APPROVED' && (it.caseAdopted ?? (!e.fixture && r.chance(0.22)))) {
          const a = reviewed! + (it.caseAdopted ? 12 : r.int(3, 30));
          if (a < TODAY_DAY) adopted = a;
        }
        const caseId = ++ids.practice_case;
        const phrase = r.pick(CASE_PHRASES);
        out.practice_case.push([
          caseId,
          e.id,
          enrollmentId,
          it.c + 1,
          `${def.name}实践：${phrase}`,
          `完成「${def.name}」后，将所学应用到本岗位：${phrase}。附改进前后数据对比与可复用的操作步骤。`,
          caseStatus,
          isoTimestamp(submitted, 9 + (caseId % 8)),
          reviewed === null ? null : isoTimestamp(reviewed, 15),
          caseStatus === 'SUBMITTED' && !e.managerId ? null : e.managerId,
          score === null ? null : score.toFixed(1),
          reviewed === null ? null : r.pick(REVIEW_COMMENTS),
          adopted === null ? null : isoTimestamp(adopted, 11),
        ]);
        if (adopted !== null) {
          CAMPAIGNS.forEach((cp, k) => {
            if (adopted! >= cp.start && adopted! <= cp.end) e.adoptedCases[k]!.push(caseId);
          });
          if (adopted >= AWARD_SPAN.start && adopted <= AWARD_SPAN.end)
            e.award.adopted.push([caseId, adopted]);
          const citing = e.fixture === 'awardCandidate' ? 3 : r.int(1, 4);
          const used = new Set<number>([e.dept.id]);
          for (let k = 0; k < citing; k++) {
            const d = depts[r.int(0, depts.length - 1)]!;
            const cited = adopted + r.int(5, 60);
            if (used.has(d.id) || cited >= TODAY_DAY) continue;
            used.add(d.id);
            out.knowledge_citation.push([
              ++ids.knowledge_citation,
              caseId,
              d.id,
              d.headId,
              isoTimestamp(cited, 14),
              `${d.name}参考该案例改进了工作流程`,
            ]);
          }
        }
      }

      // KPI series
      if (e.kpiPop) {
        const kr = new Rng(seed, S.KPI, e.id);
        const series = kpiSeries(e, kr);
        for (const [code, values] of series) {
          const kid = kpiId(code);
          const source = KPIS[kid - 1]!.source;
          for (let m = 0; m < MONTHS; m++) {
            out.kpi_observation.push([
              ++ids.kpi_observation,
              kid,
              e.id,
              null,
              null,
              monthIso(m),
              values[m]!.toFixed(4),
              source,
              isoTimestamp(monthDay(m + 1, 3), 9),
            ]);
          }
        }
        if (e.family === 'MANUFACTURING') {
          let acc = lineSums.get(e.dept);
          if (!acc)
            lineSums.set(
              e.dept,
              (acc = { defect: new Float64Array(MONTHS), eff: new Float64Array(MONTHS), n: 0 }),
            );
          const defect = series.find(([c]) => c === 'DEFECT_RATE')![1];
          const eff = series.find(([c]) => c === 'PRODUCTION_EFFICIENCY')![1];
          for (let m = 0; m < MONTHS; m++) {
            acc.defect[m]! += Number(defect[m]!.toFixed(4));
            acc.eff[m]! += Number(eff[m]!.toFixed(4));
          }
          acc.n++;
        }
        if (e.family === 'SALES') {
          if (e.negM >= 0) arms.negotiation.treated++;
          else arms.negotiation.untreated++;
          if (e.placeboM >= 0) arms.placeboSales.treated++;
          else arms.placeboSales.untreated++;
        }
        if (e.family === 'MANUFACTURING') {
          if (e.leanM >= 0) arms.lean.treated++;
          else arms.lean.untreated++;
          if (e.placeboM >= 0) arms.placeboManufacturing.treated++;
          else arms.placeboManufacturing.untreated++;
        }
      }

      // quarterly reviews 2024-Q4 … 2026-Q3
      const rr = new Rng(seed, S.REVIEW, e.id);
      for (let q = 0; q < 8; q++) {
        const year = 2024 + Math.floor((q + 3) / 4);
        const quarter = ((q + 3) % 4) + 1;
        const start = dayOf(year, (quarter - 1) * 3 + 1, 1);
        const end = dayOf(year, quarter * 3 + 1, 1) - 1;
        const base = clamp(74 + 6 * e.ability + rr.normal(0, 5), 40, 99.5);
        // The same scoring as the API's review mutation (no training adjustment in the history).
        const { rating } = scoreReview(Number(base.toFixed(2)));
        e.award.reviews.push([
          ids.performance_review + 1,
          `${year}-Q${quarter}`,
          Number(base.toFixed(2)),
          rating,
        ]);
        out.performance_review.push([
          ++ids.performance_review,
          e.id,
          `${year}-Q${quarter}`,
          isoDate(start),
          base.toFixed(2),
          '0.00',
          base.toFixed(2),
          rating,
          e.managerId,
          e.managerId ? isoTimestamp(end + 12, 10) : null,
        ]);
      }

      // peer feedback, one colleague per half-year
      const pr = new Rng(seed, S.PEER, e.id);
      const colleagues = e.isHead ? headIds : e.dept.memberIds;
      for (const [period, endDay] of [
        ['2025-H1', dayOf(2025, 6, 30)],
        ['2025-H2', dayOf(2025, 12, 31)],
        ['2026-H1', dayOf(2026, 6, 30)],
      ] as const) {
        let from = colleagues.length > 1 ? pr.pick(colleagues) : e.managerId;
        if (from === e.id) from = e.managerId ?? colleagues.find((x) => x !== e.id) ?? null;
        if (from === null || from === e.id) continue;
        const score = clamp(3.8 + 0.45 * e.ability + pr.normal(0, 0.35), 1, 5);
        // Draw order as before (comment, then day): the other rows stay as they were.
        const comment = pr.pick(PEER_COMMENTS);
        const given = endDay + pr.int(3, 10);
        e.award.peers.push([ids.peer_feedback + 1, given, Number(score.toFixed(2))]);
        out.peer_feedback.push([
          ++ids.peer_feedback,
          e.id,
          from,
          period,
          score.toFixed(2),
          comment,
          isoTimestamp(given, 16),
        ]);
      }

      if (e.promoM >= 0) {
        out.promotion.push([++ids.promotion, e.id, e.pos0, e.promoTo, monthIso(e.promoM), null]);
      }
    }
    // production-line rows: the monthly mean of the line's operators
    for (const [dept, acc] of lineSums) {
      if (!dept.isLine) continue;
      for (const [code, sums] of [
        ['DEFECT_RATE', acc.defect],
        ['PRODUCTION_EFFICIENCY', acc.eff],
      ] as const) {
        for (let m = 0; m < MONTHS; m++) {
          out.kpi_observation.push([
            ++ids.kpi_observation,
            kpiId(code),
            null,
            dept.code,
            dept.id,
            monthIso(m),
            (sums[m]! / acc.n).toFixed(4),
            'MES',
            isoTimestamp(monthDay(m + 1, 3), 9),
          ]);
        }
      }
    }
    for (const table of [
      'enrollment',
      'practice_case',
      'knowledge_citation',
      'kpi_observation',
      'performance_review',
      'peer_feedback',
      'promotion',
    ] as const) {
      if (out[table].length) yield rows(table, out[table]);
    }
    done += batch.length;
    yield { kind: 'progress', done, total: N, phase: 'archives' };
  }

  yield* readyArchive();

  const ratingRows: Row[] = [];
  for (let s = 1; s <= nSessions; s++) {
    if (ratingCnt[s]! > 0) ratingRows.push([s, (ratingSum[s]! / ratingCnt[s]!).toFixed(2), ratingCnt[s]!]);
  }
  for (let i = 0; i < ratingRows.length; i += 20000)
    yield { kind: 'update', update: 'session_rating', rows: ratingRows.slice(i, i + 20000) };

  // ---- award campaigns ----------------------------------------------------------------------
  yield rows(
    'award_campaign',
    CAMPAIGNS.map((c, i) => [
      i + 1,
      c.name,
      c.period,
      isoDate(c.start),
      isoDate(c.end),
      c.standard.toFixed(1),
      JSON.stringify({ ...AWARD_CRITERIA, standardHours: c.standard }),
      1,
      c.status,
      isoTimestamp(c.created, 9),
    ]),
  );
  const nominations: Row[] = [];
  const awards: Row[] = [];
  const stories: Row[] = [];
  const awardStats: GenerationReport['awards'] = [];
  /**
   * The growth archive the award evaluator reads, from the facts kept while generating (the
   * campaigns' periods only; the evaluator filters by period itself). Lecture ratings are the
   * sessions' stored means, as course_session.rating_avg holds them.
   */
  const awardArchive = (e: Emp): GrowthArchive => ({
    employee: { id: e.id, name: e.name, hireDate: isoDate(e.hireDay) },
    enrollments: e.award.completed.map(([id, day, hours]) => ({
      id,
      courseId: 0,
      courseName: '',
      hours,
      status: 'COMPLETED',
      completedOn: isoDate(day),
      examScore: null,
      practiceScore: null,
    })),
    cases: e.award.adopted.map(([id, day]) => ({
      id,
      title: '',
      status: 'APPROVED',
      submittedOn: isoDate(day),
      adoptedOn: isoDate(day),
    })),
    lectures: [...new Set(e.lectures.flat())].map((id) => ({
      id,
      courseId: 0,
      courseName: '',
      heldOn: isoDate(sessionStart[id]!),
      rating: ratingCnt[id]! > 0 ? Number((ratingSum[id]! / ratingCnt[id]!).toFixed(2)) : null,
    })),
    reviews: e.award.reviews.map(([id, period, finalScore, rating]) => ({ id, period, finalScore, rating })),
    peerFeedback: e.award.peers.map(([id, day, score]) => ({ id, givenOn: isoDate(day), score })),
    competencies: [],
  });
  CAMPAIGNS.forEach((cp, k) => {
    const nominees: Emp[] = [];
    for (const e of emps) {
      if (e.id === 1) continue;
      const r = new Rng(seed, S.AWARD, k, e.id);
      const nominated = r.chance(PLANTED.awards.pNominate) || (k === 2 && e.fixture === 'awardCandidate');
      if (nominated) nominees.push(e);
    }
    const closed = cp.status === 'CLOSED';
    // Closed campaigns were scored by the award evaluator under the campaign's stored rule, as
    // the API's scoreAwardCampaign does; the top ceil(winnerShare) of the ranked were awarded.
    const scoring = closed
      ? scoreAwardNominations(campaignCriteria(cp, k + 1), nominees.map(awardArchive))
      : null;
    const scoreOf = new Map(scoring?.nominations.map((n) => [n.employeeId, n]));
    const ranked = scoring ? scoring.nominations.filter((n) => n.rank !== null).length : 0;
    const winners = closed ? Math.ceil(ranked * PLANTED.awards.winnerShare) : 0;
    const stat = {
      campaign: cp.name,
      nominees: nominees.length,
      winners,
      lecturerNominees: 0,
      lecturerWinners: 0,
      adoptedNominees: 0,
      adoptedWinners: 0,
      hoursNominees: 0,
      hoursWinners: 0,
    };
    for (const e of nominees) {
      const score = scoreOf.get(e.id);
      const rank = score?.rank ?? null;
      const won = rank !== null && rank <= winners;
      // The rule's training items as the evaluator judged them (these are the traits).
      const met = (key: string) =>
        !!score?.criteria.some((c) => c.items.some((item) => item.key === key && item.met));
      const [L, A, H] = [met('LECTURES'), met('ADOPTED_CASE'), met('HOURS')];
      stat.lecturerNominees += Number(L);
      stat.adoptedNominees += Number(A);
      stat.hoursNominees += Number(H);
      if (won) {
        stat.lecturerWinners += Number(L);
        stat.adoptedWinners += Number(A);
        stat.hoursWinners += Number(H);
      }
      const nominationId = nominations.length + 1;
      nominations.push([
        nominationId,
        k + 1,
        e.id,
        JSON.stringify(score ? toAwardBreakdown(scoring!, score) : {}),
        JSON.stringify(score ? { items: score.evidence } : {}),
        score ? score.total.toFixed(2) : '0.00',
        rank,
        score ? (score.exclusions.length ? 'EXCLUDED' : won ? 'AWARDED' : 'NOT_AWARDED') : 'PENDING',
        score?.exclusions.length ? score.exclusions.join('; ') : null,
        isoTimestamp(cp.created + 1 + (e.id % 5), 10),
      ]);
      if (won) {
        const awardId = awards.length + 1;
        awards.push([awardId, k + 1, e.id, nominationId, cp.name, isoDate(cp.awardedOn)]);
        const course = e.storyCourse >= 0 ? COURSES[e.storyCourse]!.name : '岗位专业';
        const parts = [`${e.name}完成了「${course}」培训并把所学用到工作中`];
        if (A) parts.push('实践案例被纳入企业知识库');
        if (L) parts.push(`作为内部讲师授课${e.lectures[k]!.length}次`);
        stories.push([
          awardId,
          awardId,
          e.id,
          `${e.name}：学习—提升—回报`,
          `${parts.join('，')}，在「${cp.name}」评选中获奖。`,
          isoTimestamp(cp.awardedOn + 10, 10),
          isoTimestamp(cp.awardedOn + 5, 10),
        ]);
      }
    }
    awardStats.push(stat);
  });
  yield rows('award_nomination', nominations);
  yield rows('award', awards);
  yield rows('success_story', stories);

  // ---- demo logins --------------------------------------------------------------------------
  const deptByCode = new Map(depts.map((d) => [d.code, d]));
  const users: [string, string, number | null, string[]][] = [
    ['hr', 'HR', deptByCode.get('HR')!.headId, []],
    ['exec', 'EXECUTIVE', root.headId, []],
    ['manager', 'MANAGER', deptByCode.get('SALES-1')!.headId, []],
    ['employee', 'EMPLOYEE', fixtureEmp.get('promotionCandidate')!.id, []],
    [
      'integration',
      'INTEGRATION',
      null,
      ['archive:read', 'archive:write', 'kpi:read', 'kpi:write', 'analytics:read'],
    ],
    ...CENTERS.map((c): [string, string, number | null, string[]] => [
      `manager.${c.code.toLowerCase()}`,
      'MANAGER',
      deptByCode.get(c.code)!.headId,
      [],
    ]),
  ];
  yield rows(
    'app_user',
    users.map(([username, role, employeeId, scopes], i) => [
      i + 1,
      username,
      role,
      employeeId,
      `{${scopes.join(',')}}`,
      null,
      true,
      '2024-10-01 09:00:00+08',
    ]),
  );
  yield { kind: 'progress', done: N, total: N, phase: 'done' };

  if (report) {
    report.rowCounts = counts;
    const fx = {} as GenerationReport['fixtures'];
    for (const [key, e] of fixtureEmp) {
      fx[key] = {
        employeeNo: e.no,
        id: e.id,
        name: e.name,
        department: e.dept.name,
        position: POSITIONS[e.pos - 1]!.name,
      };
    }
    fx.juniorManagerReady = {
      employeeNo: ready.no,
      id: ready.id,
      name: ready.name,
      department: ready.dept.name,
      position: POSITIONS[ready.pos - 1]!.name,
    };
    report.fixtures = fx;
    report.logins = Object.fromEntries(
      users.map(([u, role, id]) => [u, { role, employeeId: id, employeeNo: id ? emps[id - 1]!.no : null }]),
    );
    report.arms = arms;
    report.leadership = leadership;
    report.awards = awardStats;
  }

  // ---- helpers bound to this run ------------------------------------------------------------

  /** The appended fixture's archive, explicit row by row; ids continue after the generated rows. */
  function* readyArchive(): Generator<Chunk> {
    const enrollment: Row[] = [];
    const practiceCase: Row[] = [];
    for (const x of readySessions) {
      const def = COURSES[x.c]!;
      const enrollmentId = ++ids.enrollment;
      enrollment.push([
        enrollmentId,
        ready.id,
        x.c + 1,
        x.id,
        'COMPLETED',
        isoDate(x.startDay - 10),
        isoDate(x.endDay),
        def.hours.toFixed(1),
        x.exam.toFixed(1),
        x.practice.toFixed(1),
        !def.mandatory,
        1,
        x.rating,
      ]);
      if (x.code !== READY_FIXTURE.caseCourse) continue;
      const submitted = x.endDay + 10;
      const phrase = CASE_PHRASES[4]!;
      practiceCase.push([
        ++ids.practice_case,
        ready.id,
        enrollmentId,
        x.c + 1,
        `${def.name}实践：${phrase}`,
        `完成「${def.name}」后，将所学应用到本岗位：${phrase}。附改进前后数据对比与可复用的操作步骤。`,
        'APPROVED',
        isoTimestamp(submitted, 10),
        isoTimestamp(submitted + 5, 15),
        ready.managerId,
        READY_FIXTURE.caseScore.toFixed(1),
        REVIEW_COMMENTS[0]!,
        null,
      ]);
    }
    yield rows('enrollment', enrollment);
    yield rows('practice_case', practiceCase);

    const delivery = KPIS[kpiId('DELIVERY_RATE') - 1]!;
    const kpiRows: Row[] = [];
    for (let m = 0; m < MONTHS; m++) {
      kpiRows.push([
        ++ids.kpi_observation,
        kpiId('DELIVERY_RATE'),
        ready.id,
        null,
        null,
        monthIso(m),
        READY_FIXTURE.deliveryRate(m).toFixed(4),
        delivery.source,
        isoTimestamp(monthDay(m + 1, 3), 9),
      ]);
    }
    yield rows('kpi_observation', kpiRows);

    yield rows(
      'performance_review',
      READY_FIXTURE.reviews.map((base, q) => {
        const year = 2024 + Math.floor((q + 3) / 4);
        const quarter = ((q + 3) % 4) + 1;
        const end = dayOf(year, quarter * 3 + 1, 1) - 1;
        return [
          ++ids.performance_review,
          ready.id,
          `${year}-Q${quarter}`,
          isoDate(dayOf(year, (quarter - 1) * 3 + 1, 1)),
          base.toFixed(2),
          '0.00',
          base.toFixed(2),
          scoreReview(base).rating,
          ready.managerId,
          isoTimestamp(end + 12, 10),
        ];
      }),
    );

    const colleague = ready.dept.memberIds[0] ?? ready.managerId;
    const halves = [
      ['2025-H1', dayOf(2025, 6, 30)],
      ['2025-H2', dayOf(2025, 12, 31)],
      ['2026-H1', dayOf(2026, 6, 30)],
    ] as const;
    yield rows(
      'peer_feedback',
      halves.map(([period, endDay], k) => [
        ++ids.peer_feedback,
        ready.id,
        colleague,
        period,
        READY_FIXTURE.peers[k]!.toFixed(2),
        PEER_COMMENTS[k]!,
        isoTimestamp(endDay + 5, 16),
      ]),
    );
  }
  function kpiSeries(e: Emp, r: Rng): [KpiCode, number[]][] {
    const fixture = e.fixture ? FIXTURE_KPIS[e.fixture] : undefined;
    const codes: KpiCode[] =
      e.family === 'SALES'
        ? ['SALES_GROWTH', 'CUSTOMER_RETENTION']
        : e.family === 'MANUFACTURING'
          ? ['DEFECT_RATE', 'PRODUCTION_EFFICIENCY']
          : e.family === 'TECH'
            ? ['DELIVERY_RATE']
            : ['COMPLAINT_RATE'];
    const out: [KpiCode, number[]][] = [];
    for (const code of codes) {
      const model = KPI_MODEL[code as keyof typeof KPI_MODEL];
      const base = r.uniform(model.baseMin, model.baseMax);
      const slope = r.normal(0, model.slopeSd);
      // Only 客户谈判技巧 (sales KPIs) and 精益生产 (manufacturing KPIs) move a KPI; nothing else does.
      const negotiation = PLANTED.negotiation.effects as Partial<Record<KpiCode, number>>;
      const lean = PLANTED.lean.effects as Partial<Record<KpiCode, number>>;
      const effectMonth = code in negotiation ? e.negM : code in lean ? e.leanM : -1;
      const effect = effectMonth < 0 ? 0 : (negotiation[code] ?? lean[code] ?? 0);
      const values: number[] = [];
      for (let t = 0; t < MONTHS; t++) {
        let v =
          base +
          model.trend * t +
          slope * (t - 11.5) +
          r.normal(0, model.noiseSd) +
          (effectMonth >= 0 && t > effectMonth ? effect : 0);
        const fixed = fixture?.[code];
        if (fixed) v = t > FIXTURE_MONTH ? fixed[1] : fixed[0];
        if (model.clip) v = Math.min(model.clip[1], Math.max(model.clip[0], v));
        values.push(Math.round(v * 10000) / 10000);
      }
      out.push([code, values]);
    }
    if (e.family === 'SALES') {
      const ref =
        fixture?.ref ?? Math.round(r.uniform(SALES_REFERENCE.min, SALES_REFERENCE.max) / 1000) * 1000;
      const growth = out[0]![1];
      out.push(['SALES_AMOUNT', growth.map((g) => Math.round(ref * (1 + g / 100) * 100) / 100)]);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------

function fitsAudience(c: CourseDef, family: Family, managerial: boolean): boolean {
  return (
    c.audience.includes('ALL') ||
    c.audience.includes(family) ||
    (managerial && c.audience.includes('MANAGERS'))
  );
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

function phoneOf(seed: number, id: number): string {
  const r = new Rng(seed, 99, id);
  let s = `1${r.pick(['3', '5', '7', '8'])}${r.int(0, 9)}`;
  for (let i = 0; i < 8; i++) s += String(r.int(0, 9));
  return s;
}

/**
 * The learning plan of one employee: which courses in which months, with planned outcomes.
 * Called twice per employee (to size sessions, then to write enrollments), so it must depend
 * only on the employee and the seed.
 */
function planOf(e: Emp, seed: number, offeredMonths: number[][]): PlanItem[] {
  const r = new Rng(seed, S.PLAN, e.id);
  const items: PlanItem[] = [];
  const taken = new Set<number>();
  const add = (code: string, m: number, extra: Partial<PlanItem> = {}) => {
    const c = courseIx(code);
    taken.add(c);
    items.push({ c, m, outcome: 'PASS', attempt: 1, ...extra });
  };
  if (e.negM >= 0) add('NEGOTIATION', e.negM);
  if (e.leanM >= 0) add('LEAN', e.leanM);
  if (e.placeboM >= 0) add('OFFICE_EFFICIENCY', e.placeboM);
  if (e.leadM >= 0) add('LEADERSHIP', e.leadM);
  // Promotion gates (article §三): promoted staff met them before the promotion month.
  // The courses and minimum scores are read from the default promotion rules, not restated.
  if (e.promoM >= 0 && e.promoTo === posId('SENIOR_ACCOUNT_MGR')) {
    const rule = SENIOR_ACCOUNT_MANAGER_RULE;
    for (const req of rule.requiredCourses)
      add(courseCodeOf(req), r.int(0, e.promoM - 1), {
        minPractice: req.minPracticeScore ?? rule.minPracticeScore ?? undefined,
      });
  }
  if (e.promoM >= 0 && e.promoTo === posId('JUNIOR_MANAGER')) {
    JUNIOR_MANAGER_RULE.requiredCourses.forEach((req, i) =>
      add(courseCodeOf(req), r.int(0, e.promoM - 2), {
        minExam: req.minExamScore,
        // The first course brings the approved improvement case(s) the rule asks for.
        ...(i < JUNIOR_MANAGER_RULE.minApprovedCases
          ? { caseStatus: 'APPROVED' as const, caseDelayDays: 10 }
          : {}),
      }),
    );
  }
  let maxMonth = MONTHS - 1;
  switch (e.fixture) {
    case 'juniorManagerCandidate':
      add('TEAM_MGMT_BASICS', 16, { exam: 86, practice: 85 });
      add('PROJECT_COORD', 17, { exam: 82, practice: 84, caseStatus: 'SUBMITTED', caseDelayDays: 150 });
      break;
    case 'promotionCandidate':
      add('WEALTH_MGMT', 12, { exam: 88, practice: 93 });
      add('TEAMWORK', 15, { exam: 90, practice: 95 });
      add('CRM_PRACTICE', 19, { exam: 85, practice: 91 });
      taken.add(courseIx('CUSTOMER_SEGMENTATION'));
      break;
    case 'awardCandidate':
      for (const [code, m] of AWARD_FIXTURE_2026) {
        add(
          code,
          m,
          code === 'CRM_PRACTICE' ? { caseStatus: 'APPROVED', caseAdopted: true, caseDelayDays: 20 } : {},
        );
      }
      maxMonth = 11;
      break;
    default:
      break;
  }
  const target = Math.round(20 * e.appetite);
  const isManager = POSITIONS[e.pos0 - 1]!.managerial;
  const pool: number[] = [];
  const weights: number[] = [];
  COURSES.forEach((c, i) => {
    if (c.assignment !== 'random' || taken.has(i) || !fitsAudience(c, e.family, isManager)) return;
    if (c.mandatory) {
      pool.unshift(i);
      weights.unshift(1e9);
    } else {
      pool.push(i);
      weights.push(c.audience.includes(e.family) ? 2 : c.audience.includes('MANAGERS') ? 1.5 : 1);
    }
  });
  const remaining = Math.max(0, target - items.length);
  for (const c of r.sampleWeighted(pool, weights, remaining)) {
    const months = offeredMonths[c]!.filter((m) => m <= maxMonth);
    const m = r.pick(months);
    const u = r.next();
    if (u < 0.03) items.push({ c, m, outcome: 'WITHDRAW', attempt: 1 });
    else if (u < 0.09 && m + 2 <= maxMonth) {
      items.push({ c, m, outcome: 'FAIL', attempt: 1 });
      items.push({ c, m: m + 2, outcome: 'PASS', attempt: 2 });
    } else items.push({ c, m, outcome: 'PASS', attempt: 1 });
  }
  return items;
}

export { TODAY };
