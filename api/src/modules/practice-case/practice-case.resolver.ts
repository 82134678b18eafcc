import type { GraphQLResolveInfo } from 'graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Info,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  Course,
  Department,
  Employee,
  Enrollment,
  KnowledgeCitation,
  PracticeCase,
  PracticeCaseStatus,
} from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import { Connection, PageInput } from '../../common/relay';
import type { Context } from '../../context';
import { CourseType } from '../course/course.type';
import { DepartmentType } from '../department/department.type';
import { EmployeeType } from '../employee/employee.type';
import { EnrollmentType } from '../enrollment/enrollment.type';
import { listPracticeCases } from './practice-case.service';
import { KnowledgeCitationType, PracticeCaseType } from './practice-case.type';

export const PracticeCaseNodeResolver = registerNode(PracticeCaseType, 'PracticeCase', PracticeCase);
export const KnowledgeCitationNodeResolver = registerNode(
  KnowledgeCitationType,
  'KnowledgeCitation',
  KnowledgeCitation,
);

@ObjectType('PracticeCaseConnection')
export class PracticeCaseConnection extends Connection(PracticeCaseType, 'PracticeCase') {}

@ArgsType()
class PracticeCasesArgs extends PageInput {
  @Field(() => PracticeCaseStatus, { nullable: true, description: 'e.g. SUBMITTED: the review queue.' })
  @IsOptional()
  @IsIn(Object.values(PracticeCaseStatus))
  status?: PracticeCaseStatus;

  @Field({ nullable: true, description: 'true: only the knowledge base (adopted cases).' })
  @IsOptional()
  @IsBoolean()
  adopted?: boolean;
}

@Resolver(() => PracticeCaseType)
export class PracticeCaseResolver {
  @Authorized()
  @Query(() => PracticeCaseConnection, {
    description: 'Practice cases in your scope plus the knowledge base (adopted cases), newest first.',
  })
  practiceCases(
    @Args(() => PracticeCasesArgs) args: PracticeCasesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listPracticeCases(ctx.em, args, args, info);
  }

  @FieldResolver(() => EmployeeType, {
    nullable: true,
    description: 'The author; null when outside your scope.',
  })
  employee(@Root() practiceCase: PracticeCase, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(practiceCase.employee.id);
  }

  @FieldResolver(() => CourseType, { nullable: true })
  course(@Root() practiceCase: PracticeCase, @Ctx() ctx: Context) {
    return practiceCase.course ? ctx.loaders.byId(Course).load(practiceCase.course.id) : null;
  }

  @FieldResolver(() => EnrollmentType, { nullable: true })
  enrollment(@Root() practiceCase: PracticeCase, @Ctx() ctx: Context) {
    return practiceCase.enrollment ? ctx.loaders.byId(Enrollment).load(practiceCase.enrollment.id) : null;
  }

  @FieldResolver(() => EmployeeType, { nullable: true })
  reviewer(@Root() practiceCase: PracticeCase, @Ctx() ctx: Context) {
    return practiceCase.reviewer ? ctx.loaders.byId(Employee).load(practiceCase.reviewer.id) : null;
  }

  @FieldResolver(() => [KnowledgeCitationType], { description: 'Departments that reused this case.' })
  citations(@Root() practiceCase: PracticeCase, @Ctx() ctx: Context) {
    return ctx.loaders
      .manyBy(KnowledgeCitation, 'practiceCase', { citedAt: 'asc', id: 'asc' })
      .load(practiceCase.id);
  }
}

@Resolver(() => KnowledgeCitationType)
export class KnowledgeCitationResolver {
  @FieldResolver(() => DepartmentType)
  department(@Root() citation: KnowledgeCitation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Department).load(citation.department.id);
  }

  @FieldResolver(() => PracticeCaseType, { nullable: true })
  practiceCase(@Root() citation: KnowledgeCitation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(PracticeCase).load(citation.practiceCase.id);
  }

  @FieldResolver(() => EmployeeType, { nullable: true })
  citedBy(@Root() citation: KnowledgeCitation, @Ctx() ctx: Context) {
    return citation.citedBy ? ctx.loaders.byId(Employee).load(citation.citedBy.id) : null;
  }
}
