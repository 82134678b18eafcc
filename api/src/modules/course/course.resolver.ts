import type { GraphQLResolveInfo } from 'graphql';
import { IsBoolean, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Info,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  Competency,
  Course,
  CourseCompetency,
  CourseKpiBinding,
  CourseSession,
  Employee,
  KpiDefinition,
} from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import { Connection, PageInput, fromGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { employeeNames } from '../employee/employee.loaders';
import { EmployeeType } from '../employee/employee.type';
import { CourseKpiBindingType, KpiDefinitionType } from '../kpi/kpi.type';
import { CompetencyType } from '../position/position.type';
import { listCourses } from './course.service';
import { courseRatings, recentSessions } from './course.loaders';
import { badInput } from '../../common/errors';
import { CourseCompetencyType, CourseSessionType, CourseType } from './course.type';
import { KpiDirection } from '@talentloop/db/entities';
import type { KpiMeasure } from '@talentloop/rules';
import { fromComparisonOp, KpiMeasureEnum } from '../rules/rules.enums';
import { KpiBindingThresholdType } from './course-kpi-binding.type';

export const CourseNodeResolver = registerNode(CourseType, 'Course', Course);
export const CourseSessionNodeResolver = registerNode(CourseSessionType, 'CourseSession', CourseSession);

@ObjectType('CourseConnection')
export class CourseConnection extends Connection(CourseType, 'Course') {}

@InputType()
export class CourseFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  category?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  core?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Substring of the name or code.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;
}

@ArgsType()
class CoursesArgs extends PageInput {
  @Field(() => CourseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CourseFilter;
}

@ObjectType('CourseRating', { description: 'Participant ratings over all sessions of a course.' })
export class CourseRatingType {
  @Field(() => Float, {
    nullable: true,
    description: 'Mean rating 1–5 weighted by each session’s rating count.',
  })
  average!: number | null;

  @Field(() => Int, { description: 'Number of ratings.' })
  count!: number;

  @Field(() => Int, { description: 'Number of sessions held or scheduled.' })
  sessions!: number;
}

@Resolver(() => CourseType)
export class CourseResolver {
  @Authorized()
  @Query(() => CourseConnection, { description: 'The course catalogue (ordered by code).' })
  courses(@Args(() => CoursesArgs) args: CoursesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listCourses(ctx.em, args.filter, args, info);
  }

  @Authorized()
  @Query(() => CourseType, { nullable: true })
  course(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const parsed = fromGlobalId(id);
    return parsed?.type === 'Course' ? ctx.loaders.byId(Course).load(parsed.id) : null;
  }

  @FieldResolver(() => [CourseSessionType], { description: 'The latest runs of the course, newest first.' })
  sessions(
    @Root() course: Course,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1–100).' }) first: number,
  ) {
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw badInput({ field: 'first', message: 'must be between 1 and 100' });
    }
    return recentSessions(ctx, first).load(course.id);
  }

  @FieldResolver(() => CourseRatingType)
  rating(@Root() course: Course, @Ctx() ctx: Context) {
    return courseRatings(ctx).load(course.id);
  }

  @FieldResolver(() => [CourseCompetencyType], { description: 'Competencies the course builds.' })
  competencies(@Root() course: Course, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CourseCompetency, 'course').load(course.id);
  }

  @FieldResolver(() => [CourseKpiBindingType], {
    description: 'KPIs the course should move (linkage rule 1).',
  })
  kpiBindings(@Root() course: Course, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CourseKpiBinding, 'course').load(course.id);
  }
}

@Resolver(() => CourseSessionType)
export class CourseSessionResolver {
  @FieldResolver(() => CourseType)
  course(@Root() session: CourseSession, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Course).load(session.course.id);
  }

  @FieldResolver(() => EmployeeType, {
    nullable: true,
    description: "The lecturer's archive record; null when external or outside your scope.",
  })
  lecturer(@Root() session: CourseSession, @Ctx() ctx: Context) {
    return session.lecturer ? ctx.loaders.byId(Employee).load(session.lecturer.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The lecturer’s name: public catalogue information, visible to everyone.',
  })
  lecturerName(@Root() session: CourseSession, @Ctx() ctx: Context) {
    if (!session.lecturer) return null;
    return employeeNames(ctx).load(session.lecturer.id);
  }
}

@Resolver(() => CourseCompetencyType)
export class CourseCompetencyResolver {
  @FieldResolver(() => CompetencyType)
  competency(@Root() link: CourseCompetency, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Competency).load(link.competency.id);
  }
}

@Resolver(() => CourseKpiBindingType)
export class CourseKpiBindingResolver {
  @FieldResolver(() => KpiMeasureEnum, { description: 'How the KPI’s change is measured.' })
  measure(@Root() binding: CourseKpiBinding): KpiMeasure {
    return binding.thresholds.measure;
  }

  @FieldResolver(() => KpiDirection, { nullable: true, description: 'null: the KPI’s own direction.' })
  direction(@Root() binding: CourseKpiBinding) {
    return binding.thresholds.direction ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The TRAINING_IMPACT rule that judges this binding; null when tracked for analytics only.',
  })
  ruleKey(@Root() binding: CourseKpiBinding) {
    return binding.thresholds.ruleKey ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The rule version these thresholds are from.' })
  ruleVersion(@Root() binding: CourseKpiBinding) {
    return binding.thresholds.ruleVersion ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The binding’s key in the rule’s conditions.' })
  key(@Root() binding: CourseKpiBinding) {
    return binding.thresholds.key ?? null;
  }

  @FieldResolver(() => [KpiBindingThresholdType], {
    description: 'The thresholds the engine applies to this KPI (empty when tracked only).',
  })
  conditions(@Root() binding: CourseKpiBinding): KpiBindingThresholdType[] {
    return (binding.thresholds.thresholds ?? []).map((t) => ({ ...t, op: fromComparisonOp(t.op) }));
  }

  @FieldResolver(() => KpiDefinitionType)
  kpi(@Root() binding: CourseKpiBinding, @Ctx() ctx: Context) {
    return ctx.loaders.byId(KpiDefinition).load(binding.kpi.id);
  }

  @FieldResolver(() => CourseType)
  course(@Root() binding: CourseKpiBinding, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Course).load(binding.course.id);
  }
}
