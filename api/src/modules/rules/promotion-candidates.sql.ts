import {
  courseMatches,
  monthOf,
  quarterOf,
  ratingRank,
  type IsoDate,
  type PromotionRule,
} from '@talentloop/rules';
import type { SqlParams } from '../../readpath/sql';

// The promotion hard gates (rules/src/eligibility.evaluator.ts) compiled to SQL, set-wise over
// a scope's candidates, so that 34 000 candidates cost one statement returning one bit per gate
// instead of 34 000 archives shipped to Node and evaluated there.
//
// Nothing here is a rule: every threshold, course and rating comes from the rule version's data
// (PromotionRule, the parsed rule JSON), and the gate order, keys and kinds are the evaluator's
// own (see gateShapes in promotion-candidates.service.ts). The SQL restates only the evaluator's
// definitions of "passed" for the three gate kinds, and promotion-candidates.test.ts proves the
// bits equal the pure evaluator's verdicts for every candidate of a seeded company:
// - COURSE: a COMPLETED enrollment on or before asOf of a course matching the requirement
//   (courseMatches, resolved to course ids here in TypeScript) whose exam and practice scores
//   reach the requirement's minimums (the rule's minPracticeScore when the course sets none;
//   a missing score counts as -1);
// - APPROVED_CASES: cases APPROVED (approved = reviewed, else submitted, as a UTC day) or
//   adopted, on or before asOf, at least minApprovedCases;
// - RECENT_RATING: the latest review (period, then id) up to asOf's quarter ranks at least
//   minRecentRating on the rule's scale.

export interface GateTarget {
  rule: PromotionRule;
  /** Positions whose holders are candidates for this target. */
  feeders: Iterable<number>;
}

export interface CourseRow {
  id: number;
  code: string | null;
  name: string;
}

/** One text parameter instead of thousands of bind parameters (PostgreSQL allows 65 535). */
export const intArray = (ids: Iterable<number>) => `{${[...ids].join(',')}}`;
const textArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/** Bits per target: a bitmask in an int keeps the answer one number per candidate × target. */
export const MAX_GATES = 30;

/**
 * SQL computing, for each candidate row `c` (columns id, position_id), one column per target:
 * null when c's position does not feed the target, else a bitmask with bit i set when the
 * rule's i-th gate (the evaluator's order: required courses, approved cases, recent rating)
 * passes. Joins (aliases ce, ca, rv) are returned for the caller's FROM clause.
 */
export function compileGates(
  p: SqlParams,
  targets: GateTarget[],
  courses: CourseRow[],
  asOf: IsoDate,
): { columns: string[]; joins: string } {
  const asOfSql = `${p.bind(asOf)}::date`;
  // One aggregate per distinct course requirement (the same course and minimums in several
  // rules is one column).
  const requirements = new Map<string, { ids: number[]; sql: string; column: string }>();
  const allCourseIds = new Set<number>();
  const courseBit = (rule: PromotionRule, req: PromotionRule['requiredCourses'][number]) => {
    const ids = courses.filter((c) => courseMatches(req, c)).map((c) => c.id);
    const minPractice = req.minPracticeScore ?? rule.minPracticeScore ?? null;
    const key = `${ids.join(',')}|${req.minExamScore ?? ''}|${minPractice ?? ''}`;
    let r = requirements.get(key);
    if (!r) {
      ids.forEach((id) => allCourseIds.add(id));
      const conds = [`en.course_id = any(${p.bind(intArray(ids))}::int[])`];
      if (req.minExamScore != null)
        conds.push(`coalesce(en.exam_score, -1) >= ${p.bind(req.minExamScore)}::numeric`);
      if (minPractice != null)
        conds.push(`coalesce(en.practice_score, -1) >= ${p.bind(minPractice)}::numeric`);
      r = { ids, sql: `bool_or(${conds.join(' and ')})`, column: `r${requirements.size}` };
      requirements.set(key, r);
    }
    return r.ids.length ? `coalesce(ce.${r.column}, false)` : 'false';
  };
  let cases = false;
  let reviews = false;
  const columns = targets.map((t) => {
    const { rule } = t;
    const bits = rule.requiredCourses.map((req) => courseBit(rule, req));
    if (rule.minApprovedCases > 0) {
      cases = true;
      bits.push(`coalesce(ca.n, 0) >= ${p.bind(rule.minApprovedCases)}::int`);
    }
    if (rule.minRecentRating) {
      reviews = true;
      const min = ratingRank(rule.ratingScale, rule.minRecentRating);
      // A minimum off the scale ranks -1: any latest review reaches it; none does not.
      const accepted = rule.ratingScale.filter((r) => ratingRank(rule.ratingScale, r) >= min);
      bits.push(
        min < 0
          ? 'rv.employee_id is not null'
          : `coalesce(rv.rating = any(${p.bind(textArray(accepted))}::text[]), false)`,
      );
    }
    if (bits.length > MAX_GATES) throw new Error(`promotion rule ${rule.key}: more than ${MAX_GATES} gates`);
    const mask = bits.length ? bits.map((b, i) => `((${b})::int << ${i})`).join(' | ') : '0';
    return `case when c.position_id = any(${p.bind(intArray(t.feeders))}::int[]) then ${mask} end`;
  });

  const joins: string[] = [];
  const reqs = [...requirements.values()].filter((r) => r.ids.length);
  if (reqs.length)
    joins.push(`left join lateral (
      select ${reqs.map((r) => `${r.sql} as ${r.column}`).join(', ')}
        from enrollment en
       where en.employee_id = c.id and en.course_id = any(${p.bind(intArray(allCourseIds))}::int[])
         and en.status = 'COMPLETED' and en.completed_on <= ${asOfSql}) ce on true`);
  if (cases)
    joins.push(`left join lateral (
      select count(*) as n from practice_case pc
       where pc.employee_id = c.id
         and case when pc.status = 'APPROVED'
                  then (coalesce(pc.reviewed_at, pc.submitted_at) at time zone 'UTC')::date
                  else (pc.adopted_at at time zone 'UTC')::date end <= ${asOfSql}) ca on true`);
  // The evaluator's "latest" is the greatest period, then id. Periods are 'YYYY-Qn' (a CHECK
  // constraint), which every collation orders as JavaScript does, and unique per employee, so
  // the id never decides: one backward step on the (employee_id, period) index per candidate.
  if (reviews)
    joins.push(`left join lateral (
      select r.employee_id, r.rating from performance_review r
       where r.employee_id = c.id and r.period <= ${p.bind(quarterOf(monthOf(asOf)))}
       order by r.period desc limit 1) rv on true`);
  return { columns, joins: joins.join('\n') };
}
