import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { IntegrationScope, Role } from '../../auth/viewer';
import type { Context } from '../../context';
import { EnrollInput, RecordCompletionInput } from './enrollment.inputs';
import { enroll, recordCompletion } from './enrollment.service';
import { EnrollmentType } from './enrollment.type';

@Resolver()
export class EnrollmentMutationResolver {
  @Authorized(Role.HR, Role.MANAGER, Role.EMPLOYEE, `scope:${IntegrationScope.ARCHIVE_WRITE}`)
  @Mutation(() => EnrollmentType, {
    description: 'Enrol an employee (yourself, someone in your scope, or — HR — anyone) in a course.',
  })
  enroll(@Arg('input', () => EnrollInput) input: EnrollInput, @Ctx() ctx: Context) {
    return enroll(ctx.em, ctx.viewer!, input);
  }

  @Authorized(Role.HR, Role.MANAGER, `scope:${IntegrationScope.ARCHIVE_WRITE}`)
  @Mutation(() => EnrollmentType, {
    description: 'Record a result: hours, exam and practice-application scores. Emits ENROLLMENT_COMPLETED.',
  })
  recordCompletion(
    @Arg('input', () => RecordCompletionInput) input: RecordCompletionInput,
    @Ctx() ctx: Context,
  ) {
    return recordCompletion(ctx.em, ctx.viewer!, input);
  }
}
