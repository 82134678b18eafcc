import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImprovementPlanStatus } from '@talentloop/db/entities';
import { Connection, Node } from '../../common/relay';
import { DateTimeScalar } from '../../common/scalars';

registerEnumType(ImprovementPlanStatus, {
  name: 'ImprovementPlanStatus',
  description: 'OPEN until the target is met (a retake no longer earns RETRAIN closes it) or HR closes it.',
});

@ObjectType('ImprovementPlan', {
  implements: Node,
  description: "A plan opened when a course's KPI effect fell below the RETRAIN threshold.",
})
export class ImprovementPlanType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field({ description: 'Why the plan was opened.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The target to reach.' })
  target!: string | null;

  @Field(() => ImprovementPlanStatus)
  status!: ImprovementPlanStatus;

  @Field(() => DateTimeScalar)
  openedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType('ImprovementPlanConnection')
export class ImprovementPlanConnection extends Connection(ImprovementPlanType, 'ImprovementPlan') {}

@InputType({ description: 'Changes an improvement plan: its target, or closes / reopens it.' })
export class ImprovementPlanUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'New target text (1–500 characters).' })
  target?: string | null;

  @Field(() => ImprovementPlanStatus, { nullable: true })
  status?: ImprovementPlanStatus | null;
}
