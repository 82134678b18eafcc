import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import {
  Department,
  Employee,
  Enrollment,
  PeerFeedback,
  PerformanceReview,
  Position,
  PracticeCase,
} from '@talentloop/db/entities';
import { compiledNode } from '../../readpath/connection';
import { piiFor } from './employee.pii';
import { registerNode } from '../../common/node-registry';
import { Connection, PageInput, fromGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { employeeNames } from './employee.loaders';
import { DepartmentType } from '../department/department.type';
import { EnrollmentType } from '../enrollment/enrollment.type';
import { PerformanceReviewType, PeerFeedbackType } from '../performance/performance.type';
import { PositionType } from '../position/position.type';
import { PracticeCaseType } from '../practice-case/practice-case.type';
import { EmployeeFilter, EmployeeSort } from './employee.inputs';
import { listEmployees } from './employee.service';
import { EmployeeType } from './employee.type';

@ObjectType('EmployeeConnection')
export class EmployeeConnection extends Connection(EmployeeType, 'Employee') {}

@ArgsType()
class EmployeesArgs extends PageInput {
  @Field(() => EmployeeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EmployeeFilter;

  @Field(() => EmployeeSort, { nullable: true, description: 'Default: employeeNo ascending.' })
  @IsOptional()
  @ValidateNested()
  sort?: EmployeeSort;
}

export const EmployeeNodeResolver = registerNode(EmployeeType, 'Employee', Employee);

@Resolver(() => EmployeeType)
export class EmployeeResolver {
  @Authorized()
  @Query(() => EmployeeType, {
    nullable: true,
    description: 'null when it does not exist or is outside your scope.',
  })
  async employee(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<object | null> {
    const parsed = fromGlobalId(id);
    if (!parsed || parsed.type !== 'Employee') return null;
    return compiledNode(ctx.em, info, 'Employee', parsed.id);
  }

  @Authorized()
  @Query(() => EmployeeConnection, { description: 'Employees in your scope, filtered, sorted and paged.' })
  employees(
    @Args(() => EmployeesArgs) args: EmployeesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listEmployees(ctx.em, info, args.filter, args.sort, args);
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() employee: Employee, @Ctx() ctx: Context): string | null {
    return piiFor(ctx.viewer, employee.id, 'email', employee.email);
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() employee: Employee, @Ctx() ctx: Context): string | null {
    return piiFor(ctx.viewer, employee.id, 'phone', employee.phone);
  }

  @FieldResolver(() => DepartmentType)
  department(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Department).load(employee.department.id);
  }

  @FieldResolver(() => PositionType)
  position(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Position).load(employee.position.id);
  }

  @FieldResolver(() => EmployeeType, { nullable: true, description: 'null when outside your scope.' })
  manager(@Root() employee: Employee, @Ctx() ctx: Context) {
    return employee.manager ? ctx.loaders.byId(Employee).load(employee.manager.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The manager's name: directory information, shown even when the manager's record is outside your scope.",
  })
  managerName(@Root() employee: Employee, @Ctx() ctx: Context) {
    if (!employee.manager) return null;
    return employeeNames(ctx).load(employee.manager.id);
  }

  @FieldResolver(() => [EmployeeType], { description: 'Direct reports in your scope.' })
  reports(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(Employee, 'manager', { employeeNo: 'asc' }).load(employee.id);
  }

  @FieldResolver(() => [EnrollmentType], { description: 'All attempts, oldest first.' })
  enrollments(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(Enrollment, 'employee', { enrolledOn: 'asc', id: 'asc' }).load(employee.id);
  }

  @FieldResolver(() => [PerformanceReviewType], { description: 'Oldest period first.' })
  reviews(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(PerformanceReview, 'employee', { periodStart: 'asc' }).load(employee.id);
  }

  @FieldResolver(() => [PracticeCaseType])
  practiceCases(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(PracticeCase, 'employee', { submittedAt: 'asc', id: 'asc' }).load(employee.id);
  }

  @FieldResolver(() => [PeerFeedbackType], { description: 'Feedback received.' })
  peerFeedback(@Root() employee: Employee, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(PeerFeedback, 'employee', { createdAt: 'asc', id: 'asc' }).load(employee.id);
  }
}
