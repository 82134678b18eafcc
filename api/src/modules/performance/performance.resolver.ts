import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Employee, PeerFeedback, PerformanceReview } from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import type { Context } from '../../context';
import { EmployeeType } from '../employee/employee.type';
import { PeerFeedbackType, PerformanceReviewType } from './performance.type';

export const PerformanceReviewNodeResolver = registerNode(
  PerformanceReviewType,
  'PerformanceReview',
  PerformanceReview,
);
export const PeerFeedbackNodeResolver = registerNode(PeerFeedbackType, 'PeerFeedback', PeerFeedback);

@Resolver(() => PerformanceReviewType)
export class PerformanceReviewResolver {
  @FieldResolver(() => EmployeeType)
  employee(@Root() review: PerformanceReview, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(review.employee.id);
  }

  @FieldResolver(() => EmployeeType, { nullable: true, description: 'null when outside your scope.' })
  reviewer(@Root() review: PerformanceReview, @Ctx() ctx: Context) {
    return review.reviewer ? ctx.loaders.byId(Employee).load(review.reviewer.id) : null;
  }
}

@Resolver(() => PeerFeedbackType)
export class PeerFeedbackResolver {
  @FieldResolver(() => EmployeeType, {
    nullable: true,
    description: 'The colleague it is about; null when outside your scope.',
  })
  employee(@Root() feedback: PeerFeedback, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(feedback.employee.id);
  }

  @FieldResolver(() => EmployeeType, {
    nullable: true,
    description: 'The colleague; null when outside your scope.',
  })
  fromEmployee(@Root() feedback: PeerFeedback, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(feedback.fromEmployee.id);
  }
}
