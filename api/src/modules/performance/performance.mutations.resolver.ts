import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/viewer';
import type { Context } from '../../context';
import { CreatePerformanceReviewInput, GivePeerFeedbackInput } from './performance.inputs';
import { createPerformanceReview, givePeerFeedback } from './performance.service';
import { PeerFeedbackType, PerformanceReviewType } from './performance.type';

@Resolver()
export class PerformanceMutationResolver {
  @Authorized(Role.MANAGER, Role.HR)
  @Mutation(() => PerformanceReviewType, {
    description: 'A quarterly review; final = base + training adjustment.',
  })
  createPerformanceReview(
    @Arg('input', () => CreatePerformanceReviewInput) input: CreatePerformanceReviewInput,
    @Ctx() ctx: Context,
  ) {
    return createPerformanceReview(ctx.em, ctx.viewer!, input);
  }

  @Authorized(Role.EMPLOYEE, Role.MANAGER, Role.HR)
  @Mutation(() => PeerFeedbackType, { description: '同事评价 about a colleague.' })
  givePeerFeedback(
    @Arg('input', () => GivePeerFeedbackInput) input: GivePeerFeedbackInput,
    @Ctx() ctx: Context,
  ) {
    return givePeerFeedback(ctx.em, ctx.viewer!, input);
  }
}
