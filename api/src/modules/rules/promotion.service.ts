import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import {
  AppUser,
  CareerPath,
  Employee,
  Notification,
  Position,
  Promotion,
  PromotionApplication,
  PromotionApplicationStatus,
  PromotionDecision,
  PromotionRule as PromotionRuleRow,
} from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';
import { badInput, conflict, notFound } from '../../common/errors';
import { paginate, parseGlobalId, type ConnectionShape, type PageRequest } from '../../common/relay';
import { employeeWhere } from '../employee/employee.service';
import { recordAudit, snapshot } from '../audit/audit.service';
import {
  loadArchive,
  loadCatalog,
  loadCourseImpacts,
  loadImpactSummaries,
  loadTargetCompetencies,
} from './archive.service';
import { evaluatePromotionEligibility, type EligibilityResult } from '@talentloop/rules';
import { buildPromotionReport, type FrozenReport, type PromotionReport } from '@talentloop/rules';
import { fromPromotionRow, promotionRuleFor, type StoredRule } from './rule-store.service';
import type { PromotionRule } from '@talentloop/rules';
import type { GrowthArchive } from '@talentloop/rules';

// Promotion path, review report and applications over the ORM. Eligibility is computed on
// demand (it is cheap and always current); what must not change later — the snapshot at
// application and the report at decision — is frozen into promotion_application as JSON.

export interface PromotionPath {
  employeeId: number;
  targetPositionId: number;
  ruleId: number;
  rule: PromotionRule;
  archive: GrowthArchive;
  eligibility: EligibilityResult;
}

async function ruleOrThrow(em: EntityManager, positionId: number): Promise<StoredRule<PromotionRule>> {
  const rule = await promotionRuleFor(em, positionId);
  if (!rule) throw notFound('Promotion rule for position', positionId);
  return rule;
}

export async function promotionPath(
  em: EntityManager,
  employeeId: number,
  targetPositionId: number,
  asOf: string,
  ruleOverride?: StoredRule<PromotionRule>,
): Promise<PromotionPath> {
  const archive = await loadArchive(em, employeeId);
  if (!archive) throw notFound('Employee', employeeId);
  const stored = ruleOverride ?? (await ruleOrThrow(em, targetPositionId));
  const catalog = await loadCatalog(em);
  const targetCompetencies = await loadTargetCompetencies(em, targetPositionId);
  const impacts = await loadCourseImpacts(em);
  const eligibility = evaluatePromotionEligibility(stored.rule, archive, asOf, {
    catalog,
    targetCompetencies,
    impacts,
  });
  return { employeeId, targetPositionId, ruleId: stored.id, rule: stored.rule, archive, eligibility };
}

export async function promotionReport(
  em: EntityManager,
  employeeId: number,
  targetPositionId: number,
  asOf: string,
): Promise<PromotionReport> {
  const path = await promotionPath(em, employeeId, targetPositionId, asOf);
  return buildPromotionReport(
    path.rule,
    path.archive,
    path.eligibility,
    await loadImpactSummaries(em, employeeId),
  );
}

/** Positions the employee may be promoted to next: career-path edges that have an active rule. */
export async function targetPositionsFor(em: EntityManager, employeeId: number): Promise<Position[]> {
  const employee = await em.findOne(Employee, employeeId);
  if (!employee) return [];
  const edges = await em.find(
    CareerPath,
    { fromPosition: employee.position.id },
    { populate: ['toPosition'], orderBy: { id: 'asc' } },
  );
  const ruled = new Set((await em.find(PromotionRuleRow, { active: true })).map((r) => r.targetPosition.id));
  return edges.map((e) => e.toPosition.getEntity()).filter((p) => ruled.has(p.id));
}

/**
 * Re-evaluates every next position of the employee and notifies them once per target and rule
 * version when all gates are met ("你已满足晋升初级经理的全部条件"). Returns the notified positions.
 */
export async function notifyNewlyEligible(
  em: EntityManager,
  employeeId: number,
  asOf: string,
  now: Date,
): Promise<number[]> {
  const notified: number[] = [];
  const existing = await em.find(Notification, { recipient: employeeId, type: 'PROMOTION_ELIGIBLE' });
  for (const position of await targetPositionsFor(em, employeeId)) {
    const path = await promotionPath(em, employeeId, position.id, asOf);
    if (!path.eligibility.eligible) continue;
    const version = path.eligibility.ruleVersion;
    const already = existing.some(
      (n) => n.data?.targetPositionId === position.id && n.data?.ruleVersion === version,
    );
    if (already) continue;
    em.create(Notification, {
      recipient: em.getReference(Employee, employeeId),
      type: 'PROMOTION_ELIGIBLE',
      title: `你已满足晋升${position.name}的全部条件`,
      body: path.eligibility.gates.map((g) => `✓ ${g.label}：${g.actual}`).join('\n'),
      data: { targetPositionId: position.id, ruleId: path.ruleId, ruleVersion: version, asOf },
      createdAt: now,
    });
    recordAudit(em, null, 'promotion.eligible', 'Employee', employeeId, null, {
      targetPositionId: position.id,
      ruleVersion: version,
      asOf,
    });
    notified.push(position.id);
  }
  return notified;
}

/**
 * The target must be a next step of the employee's current position on the career path and have
 * an active promotion rule; otherwise BAD_USER_INPUT on targetPositionId.
 */
async function requireNextStep(em: EntityManager, employeeId: number, targetPositionId: number) {
  const employee = await em.findOne(Employee, employeeId, { populate: ['position'] });
  if (!employee) throw notFound('Employee', employeeId, 'employeeId');
  const target = await em.findOne(Position, targetPositionId);
  if (!target) throw notFound('Position', targetPositionId, 'targetPositionId');
  const current = employee.position.getEntity();
  const edge = await em.count(CareerPath, { fromPosition: current.id, toPosition: target.id });
  if (edge === 0)
    throw badInput({
      field: 'targetPositionId',
      message: `${target.name} (${target.code}) is not a next step from ${current.name} (${current.code}) on the career path`,
    });
  if (!(await promotionRuleFor(em, target.id)))
    throw badInput({
      field: 'targetPositionId',
      message: `${target.name} (${target.code}) has no promotion rule`,
    });
}

/**
 * Files an application with the gate-by-gate snapshot. A target off the career path or without
 * a rule → BAD_USER_INPUT; not eligible → CONFLICT naming what is missing.
 */
export async function applyForPromotion(
  em: EntityManager,
  viewer: Viewer | null,
  employeeId: number,
  targetPositionId: number,
  asOf: string,
): Promise<PromotionApplication> {
  await requireNextStep(em, employeeId, targetPositionId);
  const path = await promotionPath(em, employeeId, targetPositionId, asOf);
  if (!path.eligibility.eligible)
    throw conflict(`Not eligible: ${path.eligibility.missing.join('; ')}`, 'targetPositionId');
  const application = em.create(PromotionApplication, {
    employee: em.getReference(Employee, employeeId),
    targetPosition: em.getReference(Position, targetPositionId),
    rule: em.getReference(PromotionRuleRow, path.ruleId),
    status: PromotionApplicationStatus.SUBMITTED,
    submittedAt: new Date(),
    eligible: true,
    eligibilitySnapshot: path.eligibility,
  });
  await em.flush();
  recordAudit(
    em,
    viewer,
    'promotionApplication.submit',
    'PromotionApplication',
    application.id,
    null,
    snapshot(application),
  );
  return application;
}

/**
 * Decides an application and freezes the review report (rule version + every input) into it.
 * Judged by the rule version the application was filed under, not whatever is active now.
 */
export async function decidePromotion(
  em: EntityManager,
  viewer: Viewer | null,
  applicationId: number,
  decision: PromotionDecision,
  note: string | null,
  asOf: string,
): Promise<PromotionApplication> {
  const app = await em.findOne(PromotionApplication, applicationId, { populate: ['rule', 'employee'] });
  if (!app) throw notFound('PromotionApplication', applicationId);
  if (app.status === PromotionApplicationStatus.DECIDED)
    throw conflict('The application is already decided', 'applicationId');
  if (note && note.length > 2000)
    throw badInput({ field: 'note', message: 'must be at most 2000 characters' });
  note = note?.trim() || null;
  const before = snapshot(app);
  const employeeId = app.employee.id;
  const position = await em.findOneOrFail(Position, app.targetPosition.id);
  const ruleRow = app.rule?.getEntity();
  const stored = ruleRow ? fromPromotionRow(ruleRow, position) : await ruleOrThrow(em, position.id);
  const path = await promotionPath(em, employeeId, position.id, asOf, stored);
  const report = buildPromotionReport(
    stored.rule,
    path.archive,
    path.eligibility,
    await loadImpactSummaries(em, employeeId),
  );
  app.report = report;
  app.decision = decision;
  app.decisionNote = note;
  app.decidedAt = new Date();
  app.decidedBy = viewer ? em.getReference(AppUser, viewer.userId, { wrapped: true }) : null;
  app.status = PromotionApplicationStatus.DECIDED;
  if (decision === PromotionDecision.APPROVED) {
    const employee = app.employee.getEntity();
    em.create(Promotion, {
      employee,
      fromPosition: employee.position,
      toPosition: app.targetPosition,
      effectiveOn: asOf,
      application: app,
    });
    // The promotion takes effect on the decision day (the generator models promotions the same way).
    const before = { positionId: employee.position.id };
    employee.position = em.getReference(Position, position.id, { wrapped: true });
    recordAudit(em, viewer, 'employee.promote', 'Employee', employee.id, before, { positionId: position.id });
  }
  // The applicant hears of the decision in their inbox. The stored title is the default
  // language's; `data` carries codes and values so the dashboard words it in the reader's language.
  em.create(Notification, {
    recipient: em.getReference(Employee, employeeId),
    type: 'PROMOTION_DECIDED',
    title:
      decision === PromotionDecision.APPROVED
        ? `你的晋升${position.name}申请已批准`
        : `你的晋升${position.name}申请未获批准`,
    body: note,
    data: { applicationId: app.id, decision, targetPositionId: position.id, targetPosition: position.name },
    createdAt: app.decidedAt,
  });
  recordAudit(
    em,
    viewer,
    'promotionApplication.decide',
    'PromotionApplication',
    app.id,
    before,
    snapshot(app),
  );
  return app;
}

export function frozenOf(app: PromotionApplication): FrozenReport | null {
  return app.report?.frozen ?? null;
}

export type PromotionQueue = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface PromotionApplicationQuery {
  status?: PromotionQueue | null;
  departmentId?: string | null;
  targetPositionId?: string | null;
  search?: string | null;
}

const QUEUE_WHERE: Record<PromotionQueue, FilterQuery<PromotionApplication>> = {
  PENDING: {
    status: { $in: [PromotionApplicationStatus.SUBMITTED, PromotionApplicationStatus.IN_REVIEW] },
  },
  APPROVED: { status: PromotionApplicationStatus.DECIDED, decision: PromotionDecision.APPROVED },
  REJECTED: { status: PromotionApplicationStatus.DECIDED, decision: PromotionDecision.REJECTED },
};

/**
 * HR's queue: one page of applications in a state (pending oldest first, so the longest wait is
 * on top; decided newest first), filtered by the applicant. Row scope comes from the ORM filter.
 */
export async function listPromotionApplications(
  em: EntityManager,
  query: PromotionApplicationQuery,
  page: PageRequest,
): Promise<ConnectionShape<PromotionApplication>> {
  const status = query.status ?? 'PENDING';
  const and: FilterQuery<PromotionApplication>[] = [QUEUE_WHERE[status]];
  if (query.departmentId || query.search) {
    const who = await employeeWhere(em, {
      departmentId: query.departmentId ?? undefined,
      search: query.search ?? undefined,
    });
    and.push({ employee: who } as FilterQuery<PromotionApplication>);
  }
  if (query.targetPositionId)
    and.push({
      targetPosition: parseGlobalId(query.targetPositionId, 'Position', 'filter.targetPositionId'),
    });
  const orderBy =
    status === 'PENDING'
      ? [{ submittedAt: 'asc' as const }, { id: 'asc' as const }]
      : [{ decidedAt: 'desc' as const }, { id: 'desc' as const }];
  const connection = await paginate(em, PromotionApplication, { $and: and }, orderBy, page);
  // Names for the queue's rows in one statement per relation, not one per row.
  await em.populate(connection.nodes, ['employee.department', 'targetPosition']);
  return connection;
}
