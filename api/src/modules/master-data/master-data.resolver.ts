import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/viewer';
import { nodeEntities } from '../../common/node-registry';
import { Node } from '../../common/relay';
import type { Context } from '../../context';
import { removeCareerPath, upsertCareerPath } from './career-path.service';
import {
  AwardCampaignSyncInput,
  CareerPathInput,
  CompetencySyncInput,
  CourseSessionSyncInput,
  CourseSyncInput,
  DepartmentSyncInput,
  EmployeeSyncInput,
  EmployeeTerminationInput,
  EmployeeTransferInput,
  PositionSyncInput,
  ProductionLineSyncInput,
} from './master-data.inputs';
import { syncOne, syncMany, type SyncKind } from './master-data.service';
import { CareerPathChangeType, SyncRowResultType } from './master-data.type';

/** Who may write master data: HR, and integration tokens with masterdata:write (within their subtree). */
const WRITERS = [Role.HR, 'scope:masterdata:write'];

@Resolver(() => SyncRowResultType)
export class SyncRowResultResolver {
  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The written row; null on ERROR or when it is outside your read scope.',
  })
  node(@Root() row: SyncRowResultType, @Ctx() ctx: Context) {
    const entity = nodeEntities.get(row.typeName);
    return entity && row.databaseId ? ctx.loaders.byId(entity).load(row.databaseId) : null;
  }
}

@Resolver()
export class MasterDataResolver {
  private one(ctx: Context, kind: SyncKind, input: object, options?: { mustExist?: boolean }) {
    return syncOne(ctx.em, ctx.viewer!, kind, input, options);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, { description: 'Creates or updates a department by its external key.' })
  upsertDepartment(@Arg('input') input: DepartmentSyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'department', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => [SyncRowResultType], {
    description: 'Nightly sync of departments (parents first): a report per row.',
  })
  upsertDepartments(
    @Arg('input', () => [DepartmentSyncInput]) input: DepartmentSyncInput[],
    @Ctx() ctx: Context,
  ) {
    return syncMany(ctx.em, ctx.viewer!, 'department', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, { description: 'Creates or updates a position by its external key.' })
  upsertPosition(@Arg('input') input: PositionSyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'position', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => [SyncRowResultType], { description: 'Nightly sync of positions: a report per row.' })
  upsertPositions(@Arg('input', () => [PositionSyncInput]) input: PositionSyncInput[], @Ctx() ctx: Context) {
    return syncMany(ctx.em, ctx.viewer!, 'position', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, { description: 'Creates or updates a competency by its external key.' })
  upsertCompetency(@Arg('input') input: CompetencySyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'competency', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => [SyncRowResultType], { description: 'Nightly sync of competencies: a report per row.' })
  upsertCompetencies(
    @Arg('input', () => [CompetencySyncInput]) input: CompetencySyncInput[],
    @Ctx() ctx: Context,
  ) {
    return syncMany(ctx.em, ctx.viewer!, 'competency', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, {
    description: 'Hires an employee (idempotent on the external key: a replay is UNCHANGED).',
  })
  hireEmployee(@Arg('input') input: EmployeeSyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'employee', { status: 'ACTIVE', ...input });
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, {
    description: 'Updates an existing employee; fields left out are kept.',
  })
  updateEmployee(@Arg('input') input: EmployeeSyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'employee', input, { mustExist: true });
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, {
    description: 'Moves an employee to another department, position or manager.',
  })
  transferEmployee(@Arg('input') input: EmployeeTransferInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'employee', input, { mustExist: true });
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, {
    description: 'Ends an employment (status TERMINATED with its last day).',
  })
  terminateEmployee(@Arg('input') input: EmployeeTerminationInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'employee', { ...input, status: 'TERMINATED' }, { mustExist: true });
  }

  @Authorized(...WRITERS)
  @Mutation(() => [SyncRowResultType], { description: 'Nightly sync of employees: a report per row.' })
  upsertEmployees(@Arg('input', () => [EmployeeSyncInput]) input: EmployeeSyncInput[], @Ctx() ctx: Context) {
    return syncMany(ctx.em, ctx.viewer!, 'employee', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, { description: 'Creates or updates a course by its external key.' })
  upsertCourse(@Arg('input') input: CourseSyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'course', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => [SyncRowResultType], { description: 'Nightly sync of courses: a report per row.' })
  upsertCourses(@Arg('input', () => [CourseSyncInput]) input: CourseSyncInput[], @Ctx() ctx: Context) {
    return syncMany(ctx.em, ctx.viewer!, 'course', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, {
    description: 'Creates or updates a course session by its external key.',
  })
  upsertCourseSession(@Arg('input') input: CourseSessionSyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'courseSession', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => [SyncRowResultType], { description: 'Nightly sync of course sessions: a report per row.' })
  upsertCourseSessions(
    @Arg('input', () => [CourseSessionSyncInput]) input: CourseSessionSyncInput[],
    @Ctx() ctx: Context,
  ) {
    return syncMany(ctx.em, ctx.viewer!, 'courseSession', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, {
    description: 'Creates or updates a production line by its external key.',
  })
  upsertProductionLine(@Arg('input') input: ProductionLineSyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'productionLine', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => [SyncRowResultType], { description: 'Nightly sync of production lines: a report per row.' })
  upsertProductionLines(
    @Arg('input', () => [ProductionLineSyncInput]) input: ProductionLineSyncInput[],
    @Ctx() ctx: Context,
  ) {
    return syncMany(ctx.em, ctx.viewer!, 'productionLine', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => SyncRowResultType, {
    description: 'Creates or updates an award campaign by its external key (CONFLICT once closed).',
  })
  upsertAwardCampaign(@Arg('input') input: AwardCampaignSyncInput, @Ctx() ctx: Context) {
    return this.one(ctx, 'awardCampaign', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => [SyncRowResultType], { description: 'Sync of award campaigns: a report per row.' })
  upsertAwardCampaigns(
    @Arg('input', () => [AwardCampaignSyncInput]) input: AwardCampaignSyncInput[],
    @Ctx() ctx: Context,
  ) {
    return syncMany(ctx.em, ctx.viewer!, 'awardCampaign', input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => CareerPathChangeType, {
    description: 'Adds a career-path edge or updates its typical months.',
  })
  upsertCareerPath(@Arg('input') input: CareerPathInput, @Ctx() ctx: Context) {
    return upsertCareerPath(ctx.em, ctx.viewer!, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => CareerPathChangeType, {
    description: 'Removes a career-path edge (UNCHANGED when absent).',
  })
  removeCareerPath(@Arg('input') input: CareerPathInput, @Ctx() ctx: Context) {
    return removeCareerPath(ctx.em, ctx.viewer!, input);
  }
}
