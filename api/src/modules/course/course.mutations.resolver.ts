import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import { parseGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { CreateCourseInput, CreateCourseSessionInput, UpdateCourseInput } from './course.inputs';
import { createCourse, createCourseSession, updateCourse } from './course.mutations.service';
import { CourseSessionType, CourseType } from './course.type';
import { updateCourseKpiBinding } from './course-kpi-binding.service';
import { UpdateCourseKpiBindingInput } from './course-kpi-binding.type';

@Resolver()
export class CourseMutationResolver {
  @Authorized(Role.HR)
  @Mutation(() => CourseType, { description: 'HR: add a course to the catalogue.' })
  createCourse(@Arg('input', () => CreateCourseInput) input: CreateCourseInput, @Ctx() ctx: Context) {
    return createCourse(ctx.em, ctx.viewer!, input);
  }

  @Authorized(Role.HR)
  @Mutation(() => CourseType, { description: 'HR: change a course (only the fields given).' })
  updateCourse(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCourseInput) input: UpdateCourseInput,
    @Ctx() ctx: Context,
  ) {
    return updateCourse(ctx.em, ctx.viewer!, parseGlobalId(id, 'Course', 'id'), input);
  }

  @Authorized(Role.HR, 'scope:masterdata:write')
  @Mutation(() => CourseType, {
    description:
      'HR, or an integration with masterdata:write and no department limit: change one KPI binding of a course (KPI, measure, direction, thresholds). Saved as the next version of the course’s TRAINING_IMPACT rule; later evaluations use it, stored verdicts keep theirs. An edit that changes nothing (a replay) saves nothing.',
  })
  updateCourseKpiBinding(
    @Arg('input', () => UpdateCourseKpiBindingInput) input: UpdateCourseKpiBindingInput,
    @Ctx() ctx: Context,
  ) {
    return updateCourseKpiBinding(ctx.em, ctx.viewer!, input);
  }

  @Authorized(Role.HR)
  @Mutation(() => CourseSessionType, {
    description: 'HR: schedule a run of a course, optionally with an internal lecturer.',
  })
  createCourseSession(
    @Arg('input', () => CreateCourseSessionInput) input: CreateCourseSessionInput,
    @Ctx() ctx: Context,
  ) {
    return createCourseSession(ctx.em, ctx.viewer!, input);
  }
}
