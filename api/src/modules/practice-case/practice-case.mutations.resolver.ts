import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { Context } from '../../context';
import {
  RecordCitationInput,
  ReviewPracticeCaseInput,
  SubmitPracticeCaseInput,
} from './practice-case.inputs';
import {
  adoptPracticeCase,
  recordCitation,
  reviewPracticeCase,
  submitPracticeCase,
} from './practice-case.service';
import { KnowledgeCitationType, PracticeCaseType } from './practice-case.type';

@Resolver()
export class PracticeCaseMutationResolver {
  @Authorized(Role.EMPLOYEE, Role.MANAGER, Role.HR)
  @Mutation(() => PracticeCaseType, { description: 'Submit a practice case for manager review.' })
  submitPracticeCase(
    @Arg('input', () => SubmitPracticeCaseInput) input: SubmitPracticeCaseInput,
    @Ctx() ctx: Context,
  ) {
    return submitPracticeCase(ctx.em, ctx.viewer!, input);
  }

  @Authorized(Role.MANAGER, Role.HR)
  @Mutation(() => PracticeCaseType, { description: 'Approve (with a score) or reject a submitted case.' })
  reviewPracticeCase(
    @Arg('input', () => ReviewPracticeCaseInput) input: ReviewPracticeCaseInput,
    @Ctx() ctx: Context,
  ) {
    return reviewPracticeCase(ctx.em, ctx.viewer!, input);
  }

  @Authorized(Role.HR)
  @Mutation(() => PracticeCaseType, { description: 'HR: adopt an approved case into the knowledge base.' })
  adoptPracticeCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context) {
    return adoptPracticeCase(ctx.em, ctx.viewer!, caseId);
  }

  @Authorized(Role.MANAGER, Role.HR)
  @Mutation(() => KnowledgeCitationType, {
    description: 'Record that a department reused a knowledge-base case.',
  })
  recordCitation(@Arg('input', () => RecordCitationInput) input: RecordCitationInput, @Ctx() ctx: Context) {
    return recordCitation(ctx.em, ctx.viewer!, input);
  }
}
