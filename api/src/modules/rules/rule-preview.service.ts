import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AwardCampaign,
  AwardNomination,
  Course,
  Enrollment,
  EnrollmentStatus,
  Position,
} from '@talentloop/db/entities';
import {
  addMonths,
  AwardCriteriaSchema,
  courseMatches,
  evaluateTrainingImpact,
  monthOf,
  scoreAwardNominations,
  type AwardCriteria,
  type GrowthArchive,
  type IsoDate,
  type RuleKind,
  type TrainingImpactRule,
} from '@talentloop/rules';
import type { Viewer } from '../../auth/viewer';
import { notFound } from '../../common/errors';
import { toGlobalId } from '../../common/relay';
import { loadArchive, loadKpiSeries } from './archive.service';
import { criteriaFor } from './award.service';
import { evaluatePromotionCandidates, type CandidateEntry } from './promotion-candidates.service';
import { parseDraft, saveRule } from './rule-store.service';

// Impact preview of a rule edit (issue 12, HR workspace): the draft and the active version are
// evaluated over the caller's scope and compared person by person, before anything is saved.
// Outcomes are codes — PROMOTION: ELIGIBLE / NOT_ELIGIBLE; TRAINING_IMPACT: the impact verdict
// (NOT_BOUND when the version binds no course of the enrollment); AWARD: RANKED / EXCLUDED.

export interface PreviewOutcome {
  employeeId: number;
  employeeNo: string;
  name: string;
  /** What was judged: the target position, the course, or the campaign (data, not a sentence). */
  subject: string;
  code: string;
  /** readiness % (PROMOTION), contribution % (TRAINING_IMPACT), rank (AWARD). */
  value: number | null;
}

export interface PreviewChange {
  employeeId: string;
  employeeNo: string;
  name: string;
  subject: string;
  before: string;
  after: string;
  beforeValue: number | null;
  afterValue: number | null;
}

export interface RulePreview {
  kind: RuleKind;
  key: string;
  currentVersion: number | null;
  draftVersion: number;
  asOf: IsoDate;
  evaluated: number;
  changed: number;
  transitions: { before: string; after: string; count: number }[];
  changes: PreviewChange[];
}

/** Thrown to roll back the draft's transaction while carrying out what was evaluated in it. */
class Rollback<T> {
  constructor(readonly value: T) {}
}

/**
 * Runs `fn` with the draft saved as the active version, then rolls everything back: the
 * candidates' batch evaluation (H2's promotion-candidates.service) reads the active rule
 * from the database, so the draft is put where it looks instead of duplicating that service.
 */
async function withDraftActive<T>(
  em: EntityManager,
  viewer: Viewer | null,
  kind: RuleKind,
  key: string,
  definition: Record<string, unknown>,
  fn: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    await em.transactional(async (tx) => {
      await saveRule(tx, viewer, kind, key, definition);
      throw new Rollback(await fn(tx));
    });
  } catch (e) {
    if (e instanceof Rollback) return e.value as T;
    throw e;
  }
  throw new Error('unreachable: the draft transaction always rolls back');
}

const fromCandidate = (c: CandidateEntry, subject: string): PreviewOutcome => ({
  employeeId: c.employeeId,
  employeeNo: c.employeeNo,
  name: c.name,
  subject,
  code: c.eligible ? 'ELIGIBLE' : 'NOT_ELIGIBLE',
  value: c.readinessPct,
});

async function previewPromotion(
  em: EntityManager,
  viewer: Viewer | null,
  key: string,
  definition: Record<string, unknown>,
  asOf: IsoDate,
) {
  const position = await em.findOne(Position, { code: key });
  if (!position) throw notFound('Position', key);
  const query = { targetPositionId: position.id, asOf };
  const before = await evaluatePromotionCandidates(em, query);
  const after = await withDraftActive(em, viewer, 'PROMOTION', key, definition, (tx) =>
    evaluatePromotionCandidates(tx, query),
  );
  return {
    before: before.entries.map((c) => fromCandidate(c, position.name)),
    after: after.entries.map((c) => fromCandidate(c, position.name)),
  };
}

/** Completed enrollments (in scope) of the courses either version binds, judged by both. */
async function previewImpact(
  em: EntityManager,
  current: TrainingImpactRule | null,
  draft: TrainingImpactRule,
  asOf: IsoDate,
) {
  const rules = current ? [current, draft] : [draft];
  const courses = (await em.find(Course, {}, { fields: ['id', 'code', 'name'] })).filter((c) =>
    rules.some((r) => r.courses.some((ref) => courseMatches(ref, c))),
  );
  const enrollments = courses.length
    ? await em.find(
        Enrollment,
        {
          course: { $in: courses.map((c) => c.id) },
          status: EnrollmentStatus.COMPLETED,
          completedOn: { $lte: asOf },
        },
        { populate: ['employee', 'course'], orderBy: { id: 'asc' } },
      )
    : [];
  const kpiCodes = [...new Set(rules.flatMap((r) => r.kpis.map((k) => k.kpiCode)))];
  const window = Math.max(...rules.map((r) => r.windowMonths));
  const before: PreviewOutcome[] = [];
  const after: PreviewOutcome[] = [];
  // One series read per enrollment: the preview covers a rule's courses, not the whole company.
  for (const e of enrollments) {
    const employee = e.employee.getEntity();
    const course = e.course.getEntity();
    const m = monthOf(e.completedOn!);
    const series = await loadKpiSeries(
      em,
      { id: employee.id, departmentId: employee.department.id },
      kpiCodes,
      addMonths(m, -window),
      addMonths(m, window),
    );
    const judge = (rule: TrainingImpactRule | null): PreviewOutcome => {
      const base = { employeeId: employee.id, employeeNo: employee.employeeNo, name: employee.name };
      if (!rule || !rule.courses.some((ref) => courseMatches(ref, course)))
        return { ...base, subject: course.name, code: 'NOT_BOUND', value: null };
      const result = evaluateTrainingImpact(rule, { completedOn: e.completedOn!, series, asOf });
      return { ...base, subject: course.name, code: result.verdict, value: result.contributionPct ?? null };
    };
    before.push(judge(current));
    after.push(judge(draft));
  }
  return { before, after };
}

/** The newest campaign scored with the active AWARD rule (not its own criteria), re-scored by both. */
async function previewAward(em: EntityManager, draft: AwardCriteria) {
  const campaigns = await em.find(AwardCampaign, {}, { orderBy: { periodStart: 'desc', id: 'desc' } });
  const campaign = campaigns[0];
  if (!campaign) return { before: [], after: [] };
  const current = await criteriaFor(em, campaign);
  const next = AwardCriteriaSchema.parse({
    ...draft,
    period: { from: campaign.periodStart, to: campaign.periodEnd },
    standardHours: Number(campaign.standardHours),
  });
  // Nominees in the caller's scope (the ORM's row filter applies to nominations' employees).
  const nominations = await em.find(
    AwardNomination,
    { campaign },
    { populate: ['employee'], orderBy: { id: 'asc' } },
  );
  const archives: GrowthArchive[] = [];
  for (const n of nominations) {
    const a = await loadArchive(em, n.employee.id);
    if (a) archives.push(a);
  }
  const numbers = new Map(nominations.map((n) => [n.employee.id, n.employee.getEntity().employeeNo]));
  const outcomes = (criteria: AwardCriteria) =>
    scoreAwardNominations(criteria, archives).nominations.map((s) => ({
      employeeId: s.employeeId,
      employeeNo: numbers.get(s.employeeId) ?? '',
      name: archives.find((a) => a.employee.id === s.employeeId)?.employee.name ?? '',
      subject: campaign.name,
      code: s.exclusions.length ? 'EXCLUDED' : 'RANKED',
      value: s.rank ?? null,
    }));
  return { before: outcomes(current), after: outcomes(next) };
}

/** Compares the two evaluations person × subject; a change is a different code (or rank). */
export function compareOutcomes(
  before: PreviewOutcome[],
  after: PreviewOutcome[],
  kind: RuleKind,
): { evaluated: number; changes: PreviewChange[]; transitions: RulePreview['transitions'] } {
  const id = (o: PreviewOutcome) => `${o.employeeId}\u0000${o.subject}`;
  // Several outcomes may share a key (a retake of the same course): both lists are in the same order.
  const byKey = new Map<string, PreviewOutcome[]>();
  for (const o of before) byKey.set(id(o), [...(byKey.get(id(o)) ?? []), o]);
  const changes: PreviewChange[] = [];
  const transitions = new Map<string, { before: string; after: string; count: number }>();
  for (const a of after) {
    const b = byKey.get(id(a))?.shift();
    const was = b?.code ?? 'NOT_BOUND';
    const moved = was !== a.code || (kind === 'AWARD' && (b?.value ?? null) !== a.value);
    if (!moved) continue;
    changes.push({
      employeeId: toGlobalId('Employee', a.employeeId),
      employeeNo: a.employeeNo,
      name: a.name,
      subject: a.subject,
      before: was,
      after: a.code,
      beforeValue: b?.value ?? null,
      afterValue: a.value,
    });
    const t = `${was}\u0000${a.code}`;
    const row = transitions.get(t) ?? { before: was, after: a.code, count: 0 };
    row.count += 1;
    transitions.set(t, row);
  }
  changes.sort((x, y) => (x.employeeNo < y.employeeNo ? -1 : x.employeeNo > y.employeeNo ? 1 : 0));
  return {
    evaluated: after.length,
    changes,
    transitions: [...transitions.values()].sort((x, y) => y.count - x.count),
  };
}

/** The impact preview of saving `definition` as the next version of rule `key`. */
export async function previewRuleChange(
  em: EntityManager,
  viewer: Viewer | null,
  args: { kind: RuleKind; key: string; definition: Record<string, unknown>; asOf: IsoDate },
  page: { first: number; offset: number },
): Promise<RulePreview> {
  const { kind, key, definition, asOf } = args;
  const draft = await parseDraft(em, kind, key, definition);
  const { before, after } =
    kind === 'PROMOTION'
      ? await previewPromotion(em, viewer, key, definition, asOf)
      : kind === 'TRAINING_IMPACT'
        ? await previewImpact(
            em,
            (draft.current?.rule as TrainingImpactRule | undefined) ?? null,
            draft.rule as TrainingImpactRule,
            asOf,
          )
        : await previewAward(em, draft.rule as AwardCriteria);
  const compared = compareOutcomes(before, after, kind);
  return {
    kind,
    key,
    currentVersion: draft.current?.version ?? null,
    draftVersion: draft.rule.version,
    asOf,
    evaluated: compared.evaluated,
    changed: compared.changes.length,
    transitions: compared.transitions,
    changes: compared.changes.slice(page.offset, page.offset + page.first),
  };
}
