import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE, PROJECT } from './rules.numbers';

// "One rule, one place" (issue 11). Every place in the tree that applies a linkage threshold, a
// weight or a cut-off is listed here with what it takes from @talentloop/rules; the scan below
// shows no other code in these packages restates an article number as a threshold.

const ROOT = join(__dirname, '..', '..');

/** Places that apply a threshold, weight or cut-off, and the rules-module names they use. */
const SITES: { file: string; uses: string[]; why: string }[] = [
  {
    file: 'rules/src/impact.evaluator.ts',
    uses: ['quarterOf'],
    why: 'impact thresholds: rule.outcomes / noChange',
  },
  {
    file: 'rules/src/eligibility.evaluator.ts',
    uses: ['quarterOf'],
    why: 'gates: rule.requiredCourses / minApprovedCases',
  },
  {
    file: 'rules/src/report.evaluator.ts',
    uses: ['quarterOf'],
    why: 'report weights: rule.reportWeights / trainingParts',
  },
  { file: 'rules/src/award.evaluator.ts', uses: ['quarterOf'], why: 'award criteria: rule.criteria' },
  { file: 'rules/src/rules.schema.ts', uses: ['ARTICLE', 'PROJECT'], why: 'schema defaults' },
  { file: 'rules/src/rules.defaults.ts', uses: ['ARTICLE', 'PROJECT'], why: 'the default rules' },
  { file: 'rules/src/scoring.ts', uses: ['PROJECT'], why: 'clamp and rating cut-offs' },
  {
    file: 'rules/src/kpi-binding.ts',
    uses: ['ARTICLE', 'PROJECT'],
    why: 'effects and window of a new binding',
  },
  {
    file: 'api/src/modules/performance/performance.service.ts',
    uses: ['scoreReview'],
    why: 'review mutation',
  },
  {
    file: 'api/src/modules/rules/impact.service.ts',
    uses: ['scoreReview', 'evaluateTrainingImpact'],
    why: '+5 adjustment',
  },
  {
    file: 'api/src/modules/import/import.schema.ts',
    uses: ['scoreReview'],
    why: 'imported final score / rating',
  },
  { file: 'api/src/modules/import/import.service.ts', uses: ['scoreReview'], why: 'imported reviews stored' },
  {
    file: 'api/src/modules/rules/promotion.service.ts',
    uses: ['evaluatePromotionEligibility', 'buildPromotionReport'],
    why: 'gates, report',
  },
  { file: 'api/src/modules/rules/award.service.ts', uses: ['scoreAwardNominations'], why: 'award scoring' },
  {
    file: 'api/src/modules/course/course-kpi-binding.service.ts',
    uses: ['applyBindingEdit', 'bindingsOf'],
    why: 'binding edits',
  },
  {
    file: 'api/src/modules/performance/performance.inputs.ts',
    uses: ['describeRatingCutoffs'],
    why: 'GraphQL description',
  },
  {
    file: 'db/seed/generate.ts',
    uses: [
      'scoreReview',
      'DEFAULT_RULES',
      'JUNIOR_MANAGER_RULE',
      'SENIOR_ACCOUNT_MANAGER_RULE',
      'bindingsOf',
    ],
    why: 'ratings, award flags, gate scores, bindings',
  },
  { file: 'db/src/entities/performance-review.entity.ts', uses: ['RATING_SCALE'], why: 'rating column' },
  {
    file: 'api/src/modules/analytics/analytics.type.ts',
    uses: ['PROJECT'],
    why: 'EvidenceLevel descriptions: the evidence threshold',
  },
  {
    file: 'db/src/entities/training-impact.entity.ts',
    uses: ['FINAL_IMPACT_VERDICTS'],
    why: 'verdict column',
  },
];

/**
 * Source the scan covers: the code packages, the semantic layer (its TypeScript and the Cube
 * model's YAML and SQL) and the dashboard. Generated files (GraphQL codegen, cube members) are
 * left out: they restate what their sources say.
 */
const SCANNED = [
  'rules/src',
  'api/src',
  'db/src',
  'db/seed',
  'semantic/src',
  'semantic/model',
  'dashboard/src',
];
const ALLOWED = new Set(['rules/src/rules.numbers.ts']);

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(tsx?|ya?ml)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.fixtures.ts')
      ? [path]
      : [];
  });
}

/**
 * Code without comments (string literals stay: a threshold in a description counts too). TS:
 * block and line comments; Cube YAML: `#` comments and the SQL's `--` comments.
 */
const code = (file: string, text: string) =>
  /\.ya?ml$/.test(file)
    ? text.replace(/(^|\s)#.*$/gm, '$1').replace(/--.*$/gm, '')
    : text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

// An article number used as a threshold: compared against, or written as a percentage / ratio.
const ARTICLE_THRESHOLD = new RegExp(
  [
    String.raw`(?:>=|<=|≥|≤|(?<![=\->])>(?![>=])|(?<!<)<(?![<=\w]))\s*(?:${[15, 80, 90, 95, 85, 82].join('|')})\b`,
    String.raw`\b1\.2\s*\*`,
    String.raw`\*\s*1\.2\b`,
    String.raw`\b(?:120|30)\s*%`,
    String.raw`\bweight:\s*(?:30|50|20)\b`,
    String.raw`\bpoints:\s*5\b`,
    String.raw`\bmin(?:Exam|Practice)(?:Score)?:\s*\d`,
  ].join('|'),
);

describe('one truth: thresholds, weights and cut-offs come from @talentloop/rules', () => {
  it('the article numbers are stated once, in rules.numbers.ts', () => {
    expect(ARTICLE).toMatchObject({
      salesGrowthExcellentPct: 15,
      retentionExcellentPct: 10,
      excellentAdjustmentPoints: 5,
      salesGrowthRetrainPct: 5,
      coreCourseMinExamScore: 80,
      minPracticeScore: 90,
      awardHoursRatio: 1.2,
      trainingWeightPct: 30,
      awardMinRatedLectures: 2,
    });
    expect(PROJECT.ratingCutoffs.map((c) => [c.rating, c.min])).toEqual([
      ['S', 95],
      ['A', 85],
      ['B', 70],
      ['C', 60],
    ]);
  });

  it.each(SITES)('$file applies them through the rules module ($why)', ({ file, uses }) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const inside = file.startsWith('rules/src/');
    const imports = [...text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)]
      .filter(([, , from]) => (inside ? from!.startsWith('./') : from === '@talentloop/rules'))
      .flatMap(([, names]) => names!.split(',').map((n) => n.replace(/\btype\b/, '').trim()));
    for (const name of uses) expect(imports, `${file} imports ${name}`).toContain(name);
  });

  it('the scan recognises the copies this issue removed', () => {
    for (const line of [
      "const rating = base >= 90 ? 'S' : base >= 82 ? 'A' : 'B';",
      'if (finalScore >= 95) return PerformanceRating.S;',
      'const H = e.hours[k]! >= 1.2 * cp.standard;',
      "{ type: 'TRAINING_OUTCOME', weight: 30, hoursRatio: 1.2 }",
      "add('PROJECT_COORD', month, { minExam: 80 });",
      "description: 'Completed training hours ≥ 120 % of their position standard.'",
      // The Cube model's SQL and the dashboard's texts, scanned since the widening.
      'sql: "CASE WHEN {CUBE}.completed_hours >= 1.2 * {CUBE}.standard_hours THEN 1 ELSE 0 END"',
      'AND e.exam_score >= 80',
      "weight: '培训成果占比30%',",
    ])
      expect(ARTICLE_THRESHOLD.test(line), line).toBe(true);
    // Comments are not code: YAML `#`, SQL `--`, TS `//` and `/* */`.
    expect(code('m.yml', '# hours ≥ 120 %\nsql: x -- exam >= 80\n').trim()).toBe('sql: x');
    expect(code('m.ts', '/** ≥ 120 % */ const x = 1; // >= 80').trim()).toBe('const x = 1;');
    for (const line of ['x = Math.imul(x ^ (x >>> 15), 0x846ca68b);', 'for (let q = 0; q < 8; q++) {'])
      expect(ARTICLE_THRESHOLD.test(line), line).toBe(false);
  });

  it("the analytics' evidence threshold is stated once in the Cube model and equals the rules module's", () => {
    const model = 'semantic/model';
    const yml = files(model).map((f) => [f, code(f, readFileSync(join(ROOT, f), 'utf8'))] as const);
    const defs = yml.flatMap(([f, text]) =>
      [...text.matchAll(/\bSELECT\s+(\d+)\s+AS\s+min_sample\b/g)].map((m) => [f, Number(m[1])]),
    );
    expect(defs).toEqual([['semantic/model/cubes/training_effects.yml', PROJECT.minEvidenceSample]]);
    // No SQL compares a count with the number itself: the measures read {CUBE.min_sample}.
    const n = PROJECT.minEvidenceSample;
    const restated = yml.flatMap(([f, text]) =>
      text
        .split('\n')
        .flatMap((line, i) => (new RegExp(`(?:>=|<=|<|>)\\s*${n}\\b`).test(line) ? [`${f}:${i + 1}`] : [])),
    );
    expect(restated).toEqual([]);
    // The six places that used to write it (binding evidence, estimate, std_error, sufficient,
    // roi_evidence ×2) read it: the SQL three times, the measures seven times.
    const effects = yml.find(([f]) => f.endsWith('training_effects.yml'))![1];
    expect([
      effects.match(/\bp\.min_sample\b/g)?.length,
      effects.match(/\{CUBE\.min_sample\}/g)?.length,
    ]).toEqual([3, 7]);
  });

  it('no other code in the scanned packages restates an article threshold', () => {
    const scanned = SCANNED.flatMap(files);
    expect(scanned).toEqual(
      expect.arrayContaining([
        'semantic/model/cubes/award_nominee_traits.yml',
        'semantic/model/views/award_traits.yml',
        'semantic/src/query-guard.ts',
        'dashboard/src/i18n/zh-CN.ts',
        'dashboard/src/modules/promotion/promotion.model.ts',
      ]),
    );
    expect(scanned.filter((f) => f.includes('/generated/'))).toEqual([]);
    const offenders = scanned
      .filter((f) => !ALLOWED.has(f))
      .flatMap((f) =>
        code(f, readFileSync(join(ROOT, f), 'utf8'))
          .split('\n')
          .flatMap((line, i) =>
            ARTICLE_THRESHOLD.test(line) ? [`${relative('.', f)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });
});
