import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import {
  Award,
  AwardCampaign,
  AwardCampaignStatus,
  AwardNomination,
  CourseSession,
  Employee,
  EmployeeStatus,
  Enrollment,
  NominationResult,
  PeerFeedback,
  PerformanceReview,
  PracticeCase,
  SuccessStory,
  TrainingImpact,
} from '@talentloop/db/entities';
import { SCOPE_FILTER } from '../../auth/scope.filter';
import type { Viewer } from '../../auth/viewer';
import { assertCompanyWideWriter } from '../../auth/write-scope';
import { conflict, notFound } from '../../common/errors';
import { toGlobalId } from '../../common/relay';
import { recordAudit } from '../audit/audit.service';
import { loadArchive } from './archive.service';
import { scoreAwardNominations, toAwardBreakdown, type AwardScoring } from '@talentloop/rules';
import { listRules } from './rule-store.service';
import { EXCELLENT_EMPLOYEE_AWARD } from '@talentloop/rules';
import { AwardCriteriaSchema, type AwardCriteria } from '@talentloop/rules';
import type { GrowthArchive } from '@talentloop/rules';

// Award campaigns: criteria come from the campaign's own `criteria` JSON when it is a valid
// AwardCriteria, otherwise from the active AWARD rule (the article's default); the campaign's
// period and standard hours always win. Scores are persisted per nomination with the evidence.

export async function criteriaFor(em: EntityManager, campaign: AwardCampaign): Promise<AwardCriteria> {
  const base = {
    period: { from: campaign.periodStart, to: campaign.periodEnd },
    standardHours: Number(campaign.standardHours),
  };
  const own = AwardCriteriaSchema.safeParse({
    key: `award.campaign-${campaign.id}`,
    name: campaign.name,
    version: campaign.ruleVersion ?? 1,
    ...campaign.criteria,
    ...base,
  });
  if (own.success) return own.data;
  const active = (await listRules(em, 'AWARD'))[0]?.rule ?? EXCELLENT_EMPLOYEE_AWARD;
  return AwardCriteriaSchema.parse({ ...active, ...base });
}

/** Scores every nominee (all active employees when nobody was nominated) and stores the ranking. */
export async function scoreCampaign(
  em: EntityManager,
  viewer: Viewer | null,
  campaignId: number,
): Promise<AwardScoring> {
  const campaign = await em.findOne(AwardCampaign, campaignId);
  if (!campaign) throw notFound('AwardCampaign', campaignId);
  // A closed campaign is history: its published ranking and breakdown must stay as decided.
  if (campaign.status === AwardCampaignStatus.CLOSED)
    throw conflict('the campaign is closed; its ranking is kept as published', 'campaignId');
  const criteria = await criteriaFor(em, campaign);
  const nominations = await em.find(AwardNomination, { campaign: campaignId }, { orderBy: { id: 'asc' } });
  const employeeIds = nominations.length
    ? nominations.map((n) => n.employee.id)
    : (
        await em.find(Employee, { status: EmployeeStatus.ACTIVE }, { fields: ['id'], orderBy: { id: 'asc' } })
      ).map((e) => e.id);
  const archives: GrowthArchive[] = [];
  for (const id of employeeIds) {
    const a = await loadArchive(em, id);
    if (a) archives.push(a);
  }
  const scoring = scoreAwardNominations(criteria, archives);
  const byEmployee = new Map(nominations.map((n) => [n.employee.id, n]));
  for (const s of scoring.nominations) {
    const row =
      byEmployee.get(s.employeeId) ??
      em.create(AwardNomination, {
        campaign,
        employee: em.getReference(Employee, s.employeeId),
        createdAt: new Date(),
      });
    row.scoreBreakdown = toAwardBreakdown(scoring, s);
    row.evidence = { items: s.evidence } as Record<string, unknown>;
    row.total = s.total;
    row.rank = s.rank;
    row.exclusionReason = s.exclusions.length ? s.exclusions.join('; ') : null;
    if (s.exclusions.length) row.result = NominationResult.EXCLUDED;
    else if (row.result === NominationResult.EXCLUDED) row.result = NominationResult.PENDING;
  }
  campaign.ruleVersion = criteria.version;
  campaign.status = AwardCampaignStatus.SCORED;
  recordAudit(em, viewer, 'awardCampaign.score', 'AwardCampaign', campaign.id, null, {
    criteriaKey: criteria.key,
    criteriaVersion: criteria.version,
    nominees: scoring.nominations.length,
  });
  return scoring;
}

// ---------------------------------------------------------------- the campaign's workflow

/**
 * Who runs a campaign's workflow (nominate, score, decide, publish): HR, or an INTEGRATION token
 * with masterdata:write and no department limit — a campaign is company-wide, like the
 * `upsertAwardCampaign` that creates it (docs/api.md "Master data sync"). The resolver's
 * @Authorized(Role.HR, 'scope:masterdata:write') lets only those roles through; this refuses the
 * department-limited token.
 */
export function assertCampaignWriter(viewer: Viewer): void {
  assertCompanyWideWriter(
    viewer,
    'award campaigns are company-wide: a department-limited token cannot run them',
  );
}

async function findCampaign(em: EntityManager, campaignId: number): Promise<AwardCampaign> {
  const campaign = await em.findOne(AwardCampaign, campaignId);
  if (!campaign) throw notFound('AwardCampaign', campaignId, 'campaignId');
  return campaign;
}

const closed = () => conflict('the campaign is closed; its ranking is kept as published', 'campaignId');

/**
 * Nominates an active employee (the resolver runs campaign steps company-wide). Idempotent:
 * nominating someone already nominated (a replay, also after the campaign closed) keeps the
 * nomination and writes nothing.
 */
export async function nominate(
  em: EntityManager,
  viewer: Viewer | null,
  campaignId: number,
  employeeId: number,
): Promise<AwardNomination> {
  const campaign = await findCampaign(em, campaignId);
  const existing = await em.findOne(AwardNomination, { campaign, employee: employeeId });
  if (existing) return existing;
  if (campaign.status === AwardCampaignStatus.CLOSED) throw closed();
  const employee = await em.findOne(Employee, { id: employeeId, status: EmployeeStatus.ACTIVE });
  if (!employee) throw notFound('Employee', employeeId, 'employeeId');
  const row = em.create(AwardNomination, { campaign, employee, createdAt: new Date() });
  if (campaign.status === AwardCampaignStatus.DRAFT) campaign.status = AwardCampaignStatus.OPEN;
  await em.flush();
  recordAudit(em, viewer, 'awardNomination.create', 'AwardNomination', row.id, null, {
    campaignId,
    employeeId,
  });
  return row;
}

/**
 * Whether `error` ended a first nomination that lost a race: a simultaneous nomination of the
 * same person committed first, so this one's insert hit the unique key (campaign, employee) and
 * its transaction rolled back, writing nothing. The nomination the caller asked for exists, so
 * the loser is a replay: a no-op answered with the current state. Read after the rollback, in a
 * fresh session, company-wide like the step itself.
 */
export async function lostNominationRace(
  em: EntityManager,
  error: unknown,
  campaignId: number,
  employeeId: number,
): Promise<boolean> {
  if (!(error instanceof UniqueConstraintViolationException)) return false;
  const fresh = em.fork({ clear: true });
  fresh.setFilterParams(SCOPE_FILTER, { kind: 'all' });
  return (await fresh.count(AwardNomination, { campaign: campaignId, employee: employeeId })) > 0;
}

/**
 * Records the committee's decision on a scored nominee (HR's, or relayed by an integration from
 * the committee's own system); an excluded nominee cannot be awarded. Deciding what is already
 * decided (a replay, also after publishing) writes nothing: not awarding an excluded nominee, or
 * a published NOT_AWARDED / AWARDED, is the stored state. A closed campaign refuses a change.
 */
export async function decideNomination(
  em: EntityManager,
  viewer: Viewer | null,
  campaignId: number,
  employeeId: number,
  awarded: boolean,
): Promise<AwardNomination> {
  const campaign = await findCampaign(em, campaignId);
  const row = await em.findOne(AwardNomination, { campaign, employee: employeeId });
  const target = awarded ? NominationResult.AWARDED : NominationResult.NOT_AWARDED;
  if (row && (row.result === target || (!awarded && row.result === NominationResult.EXCLUDED))) return row;
  if (campaign.status === AwardCampaignStatus.CLOSED) throw closed();
  if (campaign.status !== AwardCampaignStatus.SCORED)
    throw conflict('score the campaign before deciding', 'campaignId');
  if (!row) throw notFound('AwardNomination', employeeId, 'employeeId');
  if (awarded && row.result === NominationResult.EXCLUDED)
    throw conflict('an excluded nominee cannot be awarded', 'employeeId');
  const before = row.result;
  row.result = target;
  recordAudit(
    em,
    viewer,
    'awardNomination.decide',
    'AwardNomination',
    row.id,
    { result: before },
    {
      result: row.result,
    },
  );
  return row;
}

/**
 * Publishes a decided campaign: an Award and a success story per winner, the undecided become
 * NOT_AWARDED, and the campaign is CLOSED (read-only from then on). The story's text is stored
 * in Chinese for older readers; the API also serves its facts so the dashboard words it in the
 * reader's language. Publishing a closed campaign again returns it unchanged and writes nothing.
 */
export async function publishCampaign(
  em: EntityManager,
  viewer: Viewer | null,
  campaignId: number,
  today: string,
): Promise<AwardCampaign> {
  const campaign = await findCampaign(em, campaignId);
  // Only publishing closes a campaign: publishing it again (a retry, a replay) is a no-op.
  if (campaign.status === AwardCampaignStatus.CLOSED) return campaign;
  if (campaign.status !== AwardCampaignStatus.SCORED)
    throw conflict('score and decide the campaign before publishing', 'campaignId');
  const rows = await em.find(
    AwardNomination,
    { campaign },
    { populate: ['employee'], orderBy: { rank: 'asc' } },
  );
  const winners = rows.filter((n) => n.result === NominationResult.AWARDED);
  if (winners.length === 0) throw conflict('award at least one nominee before publishing', 'campaignId');
  for (const n of rows) if (n.result === NominationResult.PENDING) n.result = NominationResult.NOT_AWARDED;
  const now = new Date();
  for (const n of winners) {
    const employee = n.employee.getEntity();
    const award = em.create(Award, {
      campaign,
      employee,
      nomination: n,
      title: campaign.name,
      awardedOn: today,
    });
    em.create(SuccessStory, {
      award,
      employee,
      title: `${employee.name}：学习—提升—回报`,
      body: `${employee.name}在「${campaign.name}」评选中获奖。`,
      publishedAt: now,
      createdAt: now,
    });
  }
  campaign.status = AwardCampaignStatus.CLOSED;
  await em.flush();
  recordAudit(em, viewer, 'awardCampaign.publish', 'AwardCampaign', campaign.id, null, {
    winners: winners.map((n) => n.employee.id),
  });
  return campaign;
}

// ---------------------------------------------------------------- evidence with names

export interface NamedEvidence {
  type: string;
  id: number;
  /** What the row is: course name, case title, review period … (data, not a sentence). */
  name: string | null;
  /** Its day (completion, session, approval), when it has one. */
  date: string | null;
  /** Dashboard path of the growth archive that holds the row. */
  link: string | null;
}

type Named = Omit<NamedEvidence, 'type' | 'id'>;
const day = (d: Date | string | null | undefined) =>
  d == null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);
const archiveLink = (employeeId: number) =>
  `/archive/${encodeURIComponent(toGlobalId('Employee', employeeId))}`;

/** Names every referenced row: one statement per evidence type, whatever the number of nominees. */
export async function nameEvidence(
  em: EntityManager,
  refs: { type: string; id: number }[],
): Promise<Map<string, Named>> {
  const ids = (type: string) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
  const out = new Map<string, Named>();
  const put = (type: string, id: number, v: Named) => out.set(`${type}:${id}`, v);
  const enrollments = ids('ENROLLMENT');
  if (enrollments.length)
    for (const e of await em.find(Enrollment, { id: { $in: enrollments } }, { populate: ['course'] }))
      put('ENROLLMENT', e.id, {
        name: e.course.getEntity().name,
        date: day(e.completedOn),
        link: archiveLink(e.employee.id),
      });
  const cases = ids('CASE');
  if (cases.length)
    for (const c of await em.find(PracticeCase, { id: { $in: cases } }))
      put('CASE', c.id, {
        name: c.title,
        date: day(c.adoptedAt ?? c.reviewedAt ?? c.submittedAt),
        link: archiveLink(c.employee.id),
      });
  const lectures = ids('LECTURE');
  if (lectures.length)
    for (const s of await em.find(CourseSession, { id: { $in: lectures } }, { populate: ['course'] }))
      put('LECTURE', s.id, {
        name: s.course.getEntity().name,
        date: day(s.startsOn),
        link: s.lecturer ? archiveLink(s.lecturer.id) : null,
      });
  const reviews = ids('REVIEW');
  if (reviews.length)
    for (const r of await em.find(PerformanceReview, { id: { $in: reviews } }))
      put('REVIEW', r.id, { name: r.period, date: null, link: archiveLink(r.employee.id) });
  const feedback = ids('PEER_FEEDBACK');
  if (feedback.length)
    for (const f of await em.find(PeerFeedback, { id: { $in: feedback } }))
      put('PEER_FEEDBACK', f.id, { name: null, date: day(f.createdAt), link: archiveLink(f.employee.id) });
  const impacts = ids('IMPACT');
  if (impacts.length)
    for (const i of await em.find(TrainingImpact, { id: { $in: impacts } }, { populate: ['course'] }))
      put('IMPACT', i.id, {
        name: i.course.getEntity().name,
        date: day(i.evaluatedAt),
        link: archiveLink(i.employee.id),
      });
  return out;
}

/** The stored ranking of a campaign (nominees in the caller's scope), evidence named. */
export async function campaignRanking(em: EntityManager, campaignId: number) {
  // Nominees first, then their employees: a scope that reads nobody (an integration without
  // archive:read) gets no rows instead of a populate joined on an empty id list.
  const rows = await em.find(AwardNomination, { campaign: campaignId });
  if (rows.length) await em.populate(rows, ['employee']);
  const evidenceOf = (n: AwardNomination) =>
    (n.evidence as { items?: { type: string; id: number }[] }).items ?? [];
  const criteriaOf = (n: AwardNomination) =>
    'criteria' in n.scoreBreakdown ? n.scoreBreakdown.criteria : [];
  const refs = rows.flatMap((n) => [
    ...evidenceOf(n),
    ...criteriaOf(n).flatMap((c) => [...c.evidence, ...c.items.flatMap((i) => i.evidence)]),
  ]);
  const names = await nameEvidence(em, refs);
  const named = (list: { type: string; id: number }[]): NamedEvidence[] =>
    list.map((r) => ({
      type: r.type,
      id: r.id,
      name: null,
      date: null,
      link: null,
      ...names.get(`${r.type}:${r.id}`),
    }));
  const entries = rows.map((n) => ({
    employeeId: toGlobalId('Employee', n.employee.id),
    name: n.employee.getEntity().name,
    total: Number(n.total),
    rank: n.rank ?? null,
    result: n.result,
    exclusions: n.exclusionReason ? n.exclusionReason.split('; ') : [],
    exclusionCodes: 'exclusions' in n.scoreBreakdown ? n.scoreBreakdown.exclusions : [],
    criteria: criteriaOf(n).map((c) => ({
      ...c,
      evidence: named(c.evidence),
      items: c.items.map((i) => ({ ...i, evidence: named(i.evidence) })),
    })),
    evidence: named(evidenceOf(n)),
  }));
  return entries.sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.employeeId.localeCompare(b.employeeId),
  );
}
