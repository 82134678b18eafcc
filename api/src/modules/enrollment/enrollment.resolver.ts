import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Course, CourseSession, Employee, Enrollment } from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import type { Context } from '../../context';
import { CourseSessionType, CourseType } from '../course/course.type';
import { EmployeeType } from '../employee/employee.type';
import { EnrollmentType } from './enrollment.type';

export const EnrollmentNodeResolver = registerNode(EnrollmentType, 'Enrollment', Enrollment);

@Resolver(() => EnrollmentType)
export class EnrollmentResolver {
  @FieldResolver(() => EmployeeType)
  employee(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(enrollment.employee.id);
  }

  @FieldResolver(() => CourseType)
  course(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Course).load(enrollment.course.id);
  }

  @FieldResolver(() => CourseSessionType, { nullable: true })
  session(@Root() enrollment: Enrollment, @Ctx() ctx: Context) {
    return enrollment.session ? ctx.loaders.byId(CourseSession).load(enrollment.session.id) : null;
  }
}
