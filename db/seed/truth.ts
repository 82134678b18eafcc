// The planted ground truth of the synthetic company. GROUND_TRUTH.md documents these numbers;
// analytics and rules tests import them from here instead of copying literals.

/** Data run over 24 months: month index 0 = 2024-11, 23 = 2026-10. "Today" = 2026-11-01. */
export const FIRST_MONTH = { year: 2024, month: 11 } as const;
export const MONTHS = 24;
export const TODAY = '2026-11-01';

/**
 * KPI series model, per employee i in the KPI population (non-head employees of the family) and
 * month t = 0..23:
 *   value(i,t) = base_i + trend·t + slope_i·(t − 11.5) + noise(i,t) + Σ effect·[t > completionMonth]
 * base_i ~ U(baseMin, baseMax), slope_i ~ N(0, slopeSd), noise ~ N(0, noiseSd), all independent.
 * Values are rounded to 4 decimals; clip (if any) applies to KPIs without a planted effect only.
 */
export const KPI_MODEL = {
  SALES_GROWTH: { baseMin: 2, baseMax: 14, trend: 0.25, slopeSd: 0.15, noiseSd: 2.5, clip: null },
  CUSTOMER_RETENTION: { baseMin: 70, baseMax: 86, trend: 0, slopeSd: 0.05, noiseSd: 1.5, clip: null },
  DEFECT_RATE: { baseMin: 3.5, baseMax: 7, trend: -0.02, slopeSd: 0.01, noiseSd: 0.3, clip: null },
  PRODUCTION_EFFICIENCY: { baseMin: 75, baseMax: 90, trend: 0.1, slopeSd: 0.05, noiseSd: 2, clip: null },
  DELIVERY_RATE: { baseMin: 82, baseMax: 94, trend: 0.05, slopeSd: 0.03, noiseSd: 1.5, clip: [0, 100] },
  COMPLAINT_RATE: { baseMin: 1.5, baseMax: 4.5, trend: -0.01, slopeSd: 0.005, noiseSd: 0.3, clip: [0, 100] },
} as const;

/** Monthly sales in CNY = reference_i × (1 + SALES_GROWTH/100); reference_i ~ U(150k, 500k) rounded to 1000. */
export const SALES_REFERENCE = { min: 150_000, max: 500_000 } as const;

export const PLANTED = {
  /** 客户谈判技巧: taken only by SALES non-heads; exactly this share complete it, in month U{3..20}. */
  negotiation: {
    course: 'NEGOTIATION',
    name: '客户谈判技巧',
    uptake: 0.5,
    completionMonths: [3, 20] as const,
    effects: { SALES_GROWTH: 7, CUSTOMER_RETENTION: 4 },
  },
  /** 精益生产: taken only by MANUFACTURING non-heads. */
  lean: {
    course: 'LEAN',
    name: '精益生产',
    uptake: 0.5,
    completionMonths: [3, 20] as const,
    effects: { DEFECT_RATE: -0.8, PRODUCTION_EFFICIENCY: 5 },
  },
  /** 高效办公技巧: the placebo — taken by every family, no effect on any KPI. */
  placebo: {
    course: 'OFFICE_EFFICIENCY',
    name: '高效办公技巧',
    uptake: 0.5,
    completionMonths: [3, 20] as const,
    effects: {},
  },
  /**
   * 领导力 and promotions. Eligible = non-head, non-fixture employees whose position has a career-path
   * successor. A share `uptake` of them completes 领导力 in month U{0..17}; then each eligible
   * employee is promoted (once, to the successor position) with probability pCompleter or pOther.
   */
  leadership: {
    course: 'LEADERSHIP',
    name: '领导力',
    uptake: 0.35,
    completionMonths: [0, 17] as const,
    pPromotedCompleter: 0.36,
    pPromotedOther: 0.12,
  },
  /** Lecturer value-added: each internal lecturer has quality q ~ N(0, qualitySd) exam points. */
  lecturers: { share: 0.2, headShare: 0.4, qualitySd: 4 },
  /**
   * Award campaigns: every employee except the CEO is nominated with probability pNominate,
   * independently of any trait. Nominees of a CLOSED campaign are scored by the award evaluator
   * of @talentloop/rules under the campaign's stored rule (its training items, performance and
   * peer feedback read from the generated archive), and the top ceil(winnerShare) of its ranking
   * are AWARDED (ties by employee id). No second formula: the points are the rule's.
   */
  awards: {
    pNominate: 0.2,
    winnerShare: 0.25,
  },
} as const;

/** Fixture employees (article examples), with fixed employee numbers at every company size. */
export const FIXTURES = {
  negotiationExcellent: 'TL900001',
  negotiationRetrain: 'TL900002',
  negotiationRetrainBalance: 'TL900003',
  leanContribution: 'TL900004',
  leanNoChange: 'TL900005',
  juniorManagerCandidate: 'TL900006',
  awardCandidate: 'TL900007',
  promotionCandidate: 'TL900008',
  /** Appended after the N generated employees (see APPENDED_FIXTURES): every gate of 初级经理 met. */
  juniorManagerReady: 'TL900009',
} as const;

/**
 * Fixtures that do not take a generated member slot: they are appended as employees N + 1 … with
 * fully explicit rows (no RNG draw, own course sessions, no award nomination), so adding one
 * leaves every generated row byte-identical. A company of `--employees N` therefore holds
 * N + APPENDED_FIXTURES.length employees.
 */
export const APPENDED_FIXTURES = ['juniorManagerReady'] as const satisfies readonly (keyof typeof FIXTURES)[];

export const MIN_EMPLOYEES = 60;
