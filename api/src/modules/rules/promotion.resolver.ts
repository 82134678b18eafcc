import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { PromotionApplication, PromotionDecision } from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { badInput, notFound } from '../../common/errors';
import { parseGlobalId, toGlobalId } from '../../common/relay';
import { DateScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { inTransaction } from '../audit/audit.service';
import {
  applyForPromotion,
  decidePromotion,
  listPromotionApplications,
  promotionPath,
  promotionReport,
  targetPositionsFor,
} from './promotion.service';
import type { PromotionReport } from '@talentloop/rules';
import { toPathType } from './rules.mappers';
import { today } from './rules.resolver';
import { PromotionApplicationType, PromotionPathType, PromotionReportType } from './rules.type';
import { PromotionApplicationConnection, PromotionApplicationsArgs } from './promotion.inputs';

/** Loads what the queue shows of each application (applicant, department, target) in bulk. */
export async function withNames<T extends PromotionApplication | PromotionApplication[]>(
  em: EntityManager,
  apps: T,
): Promise<T> {
  await em.populate(apps as PromotionApplication[], ['employee.department', 'targetPosition']);
  return apps;
}

export function toApplicationType(app: PromotionApplication): PromotionApplicationType {
  const report = (app.report as unknown as PromotionReport | null) ?? null;
  return {
    id: toGlobalId('PromotionApplication', app.id),
    databaseId: app.id,
    status: app.status,
    eligible: app.eligible,
    decision: app.decision ?? null,
    ruleVersion:
      report?.ruleVersion ?? (app.eligibilitySnapshot as { ruleVersion?: number }).ruleVersion ?? null,
    report: report as unknown as PromotionReportType | null,
    ...names(app),
    submittedAt: app.submittedAt,
    decidedAt: app.decidedAt ?? null,
    decisionNote: app.decisionNote ?? null,
  };
}

/** Applicant and target names when loaded (withNames); null otherwise. */
function names(app: PromotionApplication) {
  const employee = app.employee.isInitialized() ? app.employee.getEntity() : null;
  const department = employee?.department.isInitialized() ? employee.department.getEntity() : null;
  const target = app.targetPosition.isInitialized() ? app.targetPosition.getEntity() : null;
  return {
    employeeId: toGlobalId('Employee', app.employee.id),
    employeeName: employee?.name ?? null,
    employeeNo: employee?.employeeNo ?? null,
    departmentName: department?.name ?? null,
    targetPositionId: toGlobalId('Position', app.targetPosition.id),
    targetPosition: target?.name ?? null,
  };
}

@Resolver()
export class PromotionResolver {
  @Authorized()
  @Query(() => PromotionPathType, { description: 'Gap to a target position (NOT_FOUND outside your scope).' })
  async promotionPath(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('targetPositionId', () => ID) targetPositionId: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<PromotionPathType> {
    const positionId = parseGlobalId(targetPositionId, 'Position', 'targetPositionId');
    const path = await promotionPath(
      ctx.em,
      parseGlobalId(employeeId, 'Employee', 'employeeId'),
      positionId,
      asOf ?? today(),
    );
    return toPathType(path.eligibility, positionId);
  }

  @Authorized()
  @Query(() => [PromotionPathType], {
    description: 'Paths to every next position on the career path that has a rule.',
  })
  async promotionPaths(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<PromotionPathType[]> {
    const id = parseGlobalId(employeeId, 'Employee', 'employeeId');
    const out: PromotionPathType[] = [];
    for (const position of await targetPositionsFor(ctx.em, id)) {
      const path = await promotionPath(ctx.em, id, position.id, asOf ?? today());
      out.push(toPathType(path.eligibility, position.id));
    }
    return out;
  }

  @Authorized(Role.HR, Role.MANAGER, Role.EXECUTIVE)
  @Query(() => PromotionReportType, {
    description: 'The live review report (frozen copies live on applications).',
  })
  async promotionReport(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('targetPositionId', () => ID) targetPositionId: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<PromotionReportType> {
    const report = await promotionReport(
      ctx.em,
      parseGlobalId(employeeId, 'Employee', 'employeeId'),
      parseGlobalId(targetPositionId, 'Position', 'targetPositionId'),
      asOf ?? today(),
    );
    return report as unknown as PromotionReportType;
  }

  @Authorized()
  @Query(() => PromotionApplicationType, { nullable: true })
  async promotionApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const app = await ctx.em.findOne(PromotionApplication, parseGlobalId(id, 'PromotionApplication', 'id'));
    return app ? toApplicationType(await withNames(ctx.em, app)) : null;
  }

  @Authorized(Role.HR, Role.MANAGER, Role.EXECUTIVE)
  @Query(() => PromotionApplicationConnection, {
    description:
      'The promotion-application queue of your scope: PENDING (oldest first), APPROVED or REJECTED ' +
      '(newest decision first), filtered by department, target position or applicant.',
  })
  async promotionApplications(
    @Args(() => PromotionApplicationsArgs) args: PromotionApplicationsArgs,
    @Ctx() ctx: Context,
  ) {
    const page = await listPromotionApplications(ctx.em, { status: args.status, ...args.filter }, args);
    const nodes = page.nodes.map(toApplicationType);
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })) };
  }

  @Authorized(Role.EMPLOYEE, Role.MANAGER, Role.HR)
  @Mutation(() => PromotionApplicationType, {
    description:
      'Files an application with the gate snapshot; CONFLICT naming what is missing when not eligible.',
  })
  async applyForPromotion(
    @Arg('targetPositionId', () => ID) targetPositionId: string,
    @Arg('employeeId', () => ID, { nullable: true, description: 'Default: yourself.' })
    employeeId: string | null,
    @Ctx() ctx: Context,
  ) {
    const id = employeeId ? parseGlobalId(employeeId, 'Employee', 'employeeId') : ctx.viewer?.employeeId;
    if (id == null)
      throw badInput({ field: 'employeeId', message: 'is required for logins without an employee' });
    const positionId = parseGlobalId(targetPositionId, 'Position', 'targetPositionId');
    const app = await inTransaction(ctx.em, async (tx) =>
      withNames(tx, await applyForPromotion(tx, ctx.viewer, id, positionId, today())),
    );
    return toApplicationType(app);
  }

  @Authorized(Role.HR)
  @Mutation(() => PromotionApplicationType, {
    description: 'Decides and freezes the review report with its rule version.',
  })
  async decidePromotion(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    const id = parseGlobalId(applicationId, 'PromotionApplication', 'applicationId');
    const decision = approve ? PromotionDecision.APPROVED : PromotionDecision.REJECTED;
    const app = await inTransaction(ctx.em, async (tx) =>
      withNames(tx, await decidePromotion(tx, ctx.viewer, id, decision, note, today())),
    );
    if (!app) throw notFound('PromotionApplication', applicationId);
    return toApplicationType(app);
  }
}
