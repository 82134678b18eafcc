import {
  AwardCriteriaSchema,
  PromotionRuleSchema,
  ruleDraftProblems,
  TrainingImpactRuleSchema,
  type RuleProblem,
} from '@talentloop/rules';

// Rule editing as typed forms (issue 12): each rule kind's fields are described once here — path,
// input type, choices — and the form, the validation and the version diff all read these
// descriptors. Validation runs the very zod schema the API stores rules with, so the client
// refuses exactly what the server would, with the same problem codes.

export type RuleKind = 'PROMOTION' | 'TRAINING_IMPACT' | 'AWARD';
export type Path = (string | number)[];
export type Definition = Record<string, unknown>;

export type FieldType = 'text' | 'number' | 'int' | 'optionalNumber' | 'date' | 'select' | 'optionalSelect';

export interface FieldSpec {
  /** Relative to the list item (or the definition for top-level fields). */
  path: Path;
  /** Translation key under ruleForm.field. */
  label: string;
  type: FieldType;
  /** select: the codes offered (translated under ruleForm.option.<label>). */
  options?: readonly string[];
  /** Data, not words (names, codes): kept untranslated on screen. */
  data?: boolean;
}

export interface ListSpec {
  path: Path;
  label: string;
  item: FieldSpec[];
  /** A new row's values. */
  blank: Definition;
  /** Field whose value picks which item fields apply (AWARD criteria by type). */
  variant?: { field: string; fields: Record<string, string[]> };
}

export type Spec = FieldSpec | ListSpec;
export const isList = (s: Spec): s is ListSpec => 'item' in s;

const RATINGS = ['A', 'B', 'C', 'D', 'E'] as const;
const VERDICTS = ['EXCELLENT', 'CONTRIBUTION', 'RETRAIN'] as const;
const OPS = ['>', '>=', '<', '<=', '='] as const;

export const FORMS: Record<RuleKind, Spec[]> = {
  PROMOTION: [
    { path: ['name'], label: 'name', type: 'text', data: true },
    {
      path: ['requiredCourses'],
      label: 'requiredCourses',
      blank: { name: '', code: '' },
      item: [
        { path: ['name'], label: 'courseName', type: 'text', data: true },
        { path: ['code'], label: 'courseCode', type: 'text', data: true },
        { path: ['minExamScore'], label: 'minExamScore', type: 'optionalNumber' },
        { path: ['minPracticeScore'], label: 'minPracticeScore', type: 'optionalNumber' },
      ],
    },
    { path: ['minPracticeScore'], label: 'defaultPracticeScore', type: 'optionalNumber' },
    { path: ['minApprovedCases'], label: 'minApprovedCases', type: 'int' },
    { path: ['minRecentRating'], label: 'minRecentRating', type: 'optionalSelect', options: RATINGS },
    { path: ['paceWindowMonths'], label: 'paceWindowMonths', type: 'int' },
    { path: ['reportWeights', 'training'], label: 'weightTraining', type: 'number' },
    { path: ['reportWeights', 'performance'], label: 'weightPerformance', type: 'number' },
    { path: ['reportWeights', 'peerFeedback'], label: 'weightPeerFeedback', type: 'number' },
    { path: ['trainingParts', 'coreCourses'], label: 'partCoreCourses', type: 'number' },
    { path: ['trainingParts', 'competencyMatch'], label: 'partCompetencyMatch', type: 'number' },
    { path: ['trainingParts', 'improvement'], label: 'partImprovement', type: 'number' },
    { path: ['reviewCount'], label: 'reviewCount', type: 'int' },
    { path: ['peerFeedbackScaleMax'], label: 'peerFeedbackScaleMax', type: 'number' },
  ],
  TRAINING_IMPACT: [
    { path: ['name'], label: 'name', type: 'text', data: true },
    {
      path: ['courses'],
      label: 'courses',
      blank: { name: '', code: '' },
      item: [
        { path: ['name'], label: 'courseName', type: 'text', data: true },
        { path: ['code'], label: 'courseCode', type: 'text', data: true },
      ],
    },
    { path: ['windowMonths'], label: 'windowMonths', type: 'int' },
    { path: ['minMonthsPerWindow'], label: 'minMonthsPerWindow', type: 'int' },
    {
      path: ['kpis'],
      label: 'kpis',
      blank: {
        key: '',
        kpiCode: '',
        label: '',
        measure: 'PERCENT_CHANGE',
        direction: 'HIGHER_IS_BETTER',
        weight: 1,
      },
      item: [
        { path: ['key'], label: 'bindingKey', type: 'text', data: true },
        { path: ['kpiCode'], label: 'kpiCode', type: 'text', data: true },
        { path: ['label'], label: 'kpiLabel', type: 'text', data: true },
        {
          path: ['measure'],
          label: 'measure',
          type: 'select',
          options: ['PERCENT_CHANGE', 'POINT_CHANGE', 'LEVEL'],
        },
        {
          path: ['direction'],
          label: 'direction',
          type: 'select',
          options: ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'],
        },
        { path: ['weight'], label: 'weight', type: 'number' },
      ],
    },
    {
      path: ['outcomes'],
      label: 'outcomes',
      blank: { verdict: 'CONTRIBUTION', when: [{ kpi: '', op: '>=', value: 0 }], effects: [] },
      item: [
        { path: ['verdict'], label: 'verdict', type: 'select', options: VERDICTS },
        { path: ['when', 0, 'kpi'], label: 'conditionKpi', type: 'text', data: true },
        { path: ['when', 0, 'op'], label: 'conditionOp', type: 'select', options: OPS },
        { path: ['when', 0, 'value'], label: 'conditionValue', type: 'number' },
      ],
    },
    { path: ['noChange', 'thresholdPct'], label: 'noChangeThreshold', type: 'number' },
  ],
  AWARD: [
    { path: ['name'], label: 'name', type: 'text', data: true },
    { path: ['period', 'from'], label: 'periodFrom', type: 'date' },
    { path: ['period', 'to'], label: 'periodTo', type: 'date' },
    { path: ['standardHours'], label: 'standardHours', type: 'number' },
    {
      path: ['criteria'],
      label: 'criteria',
      blank: { type: 'PERFORMANCE', weight: 0 },
      variant: {
        field: 'type',
        fields: {
          TRAINING_OUTCOME: [
            'type',
            'weight',
            'hoursRatio',
            'minAdoptedCases',
            'minRatedLectures',
            'minLectureRating',
          ],
          PERFORMANCE: ['type', 'weight'],
          PEER_FEEDBACK: ['type', 'weight', 'scaleMax'],
        },
      },
      item: [
        {
          path: ['type'],
          label: 'criterionType',
          type: 'select',
          options: ['TRAINING_OUTCOME', 'PERFORMANCE', 'PEER_FEEDBACK'],
        },
        { path: ['weight'], label: 'weight', type: 'number' },
        { path: ['hoursRatio'], label: 'hoursRatio', type: 'number' },
        { path: ['minAdoptedCases'], label: 'minAdoptedCases', type: 'int' },
        { path: ['minRatedLectures'], label: 'minRatedLectures', type: 'int' },
        { path: ['minLectureRating'], label: 'minLectureRating', type: 'optionalNumber' },
        { path: ['scaleMax'], label: 'scaleMax', type: 'number' },
      ],
    },
    { path: ['exclusions', 'minTenureMonths'], label: 'minTenureMonths', type: 'optionalNumber' },
    {
      path: ['exclusions', 'minLatestRating'],
      label: 'minLatestRating',
      type: 'optionalSelect',
      options: RATINGS,
    },
  ],
};

const SCHEMAS = {
  PROMOTION: PromotionRuleSchema,
  TRAINING_IMPACT: TrainingImpactRuleSchema,
  AWARD: AwardCriteriaSchema,
};

export function getIn(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** A copy of `value` with `path` set (arrays stay arrays). */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  const base: Record<string | number, unknown> | unknown[] = Array.isArray(value)
    ? [...(value as unknown[])]
    : { ...((value ?? {}) as Record<string, unknown>) };
  const child = (base as Record<string | number, unknown>)[head!];
  (base as Record<string | number, unknown>)[head!] = setIn(
    child ?? (typeof rest[0] === 'number' ? [] : {}),
    rest,
    next,
  );
  return base as T;
}

/** The input's text → the definition's value; '' is "not set" (null or absent), never 0. */
export function parseInput(type: FieldType, text: string): unknown {
  if (type === 'text' || type === 'date' || type === 'select') return text;
  if (type === 'optionalSelect') return text === '' ? null : text;
  if (text.trim() === '') return type === 'optionalNumber' ? null : undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

export const formatInput = (value: unknown): string => (value == null ? '' : String(value));

/** Problems of a draft, by definition path (what the API would refuse, with the same codes). */
export function validateDraft(kind: RuleKind, key: string, version: number, draft: Definition) {
  // The server sets these itself; the draft is judged as the version it would become.
  const extra = kind === 'PROMOTION' ? { targetPosition: draft.targetPosition ?? { name: key } } : {};
  const problems = ruleDraftProblems(SCHEMAS[kind], { ...draft, ...extra, key, version });
  return new Map<string, RuleProblem>(problems.map((p) => [p.path, p]));
}

/** The definition without what the server fills in or manages (key, version, kind, target). */
export function editable(definition: unknown): Definition {
  const { key: _k, version: _v, kind: _kind, targetPosition: _t, ...rest } = (definition ?? {}) as Definition;
  return rest;
}

export interface DiffRow {
  path: string;
  before: string | null;
  after: string | null;
}

function leaves(value: unknown, prefix: string, out: Map<string, string>) {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    if (entries.length === 0) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
    for (const [k, v] of entries) leaves(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix, value === null ? '—' : String(value));
}

/** Side-by-side diff of two definitions, leaf by leaf; only changed leaves unless `all`. */
export function diffDefinitions(before: unknown, after: unknown, all = false): DiffRow[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  leaves(editable(before), '', a);
  leaves(editable(after), '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) =>
    x.localeCompare(y, undefined, { numeric: true }),
  );
  return paths
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }))
    .filter((r) => all || r.before !== r.after);
}

/** `requiredCourses.0.minExamScore` → the field's translation key and its row number. */
export function pathLabel(path: string): { label: string; row: number | null } {
  const parts = path.split('.');
  const row = parts.find((p) => /^\d+$/.test(p));
  const names = parts.filter((p) => !/^\d+$/.test(p));
  return { label: names.join('.'), row: row === undefined ? null : Number(row) + 1 };
}
