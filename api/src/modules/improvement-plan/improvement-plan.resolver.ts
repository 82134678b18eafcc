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
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  Course,
  Employee,
  Enrollment,
  ImprovementPlan,
  ImprovementPlanStatus,
} from '@talentloop/db/entities';
import { Role } from '../../auth/viewer';
import { registerNode } from '../../common/node-registry';
import { PageInput, paginate, parseGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { CourseType } from '../course/course.type';
import { EmployeeType } from '../employee/employee.type';
import { EnrollmentType } from '../enrollment/enrollment.type';
import { updateImprovementPlan } from './improvement-plan.service';
import {
  ImprovementPlanConnection,
  ImprovementPlanType,
  ImprovementPlanUpdateInput,
} from './improvement-plan.type';

export const ImprovementPlanNodeResolver = registerNode(
  ImprovementPlanType,
  'ImprovementPlan',
  ImprovementPlan,
);

@ArgsType()
class ImprovementPlansArgs extends PageInput {
  @Field(() => ID, { nullable: true, description: "Only this person's plans." })
  employeeId?: string;

  @Field(() => ImprovementPlanStatus, { nullable: true })
  status?: ImprovementPlanStatus;
}

@Resolver(() => ImprovementPlanType)
export class ImprovementPlanResolver {
  @Authorized()
  @Query(() => ImprovementPlanConnection, {
    description: 'Improvement plans in your scope (your own, your subtree, or all for HR), newest first.',
  })
  improvementPlans(
    @Args() args: ImprovementPlansArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where: Record<string, unknown> = {};
    if (args.employeeId) where.employee = parseGlobalId(args.employeeId, 'Employee', 'employeeId');
    if (args.status) where.status = args.status;
    return paginate(ctx.em, ImprovementPlan, where, [{ openedAt: 'desc' }, { id: 'desc' }], args, info);
  }

  @Authorized(Role.HR, 'scope:masterdata:write')
  @Mutation(() => ImprovementPlanType, {
    description: "Edits a plan's target, or closes / reopens it (audited).",
  })
  updateImprovementPlan(@Arg('input') input: ImprovementPlanUpdateInput, @Ctx() ctx: Context) {
    return updateImprovementPlan(ctx.em, ctx.viewer!, input);
  }

  @FieldResolver(() => EmployeeType, { nullable: true, description: 'Null when outside your scope.' })
  employee(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(plan.employee.id);
  }

  @FieldResolver(() => CourseType)
  course(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Course).load(plan.course.id);
  }

  @FieldResolver(() => EnrollmentType, {
    nullable: true,
    description: 'The attempt whose result opened the plan.',
  })
  enrollment(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return plan.enrollment ? ctx.loaders.byId(Enrollment).load(plan.enrollment.id) : null;
  }
}
