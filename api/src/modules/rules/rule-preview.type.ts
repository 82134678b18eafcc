import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { RuleKindEnum } from './rules.type';

const OUTCOME_CODES =
  'PROMOTION: ELIGIBLE | NOT_ELIGIBLE; TRAINING_IMPACT: the impact verdict, or NOT_BOUND when that version binds no course of the enrollment; AWARD: RANKED | EXCLUDED.';

@ObjectType('RulePreviewTransition', { description: 'How many outcomes move from one code to another.' })
export class RulePreviewTransitionType {
  @Field({ description: OUTCOME_CODES }) before!: string;
  @Field({ description: OUTCOME_CODES }) after!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('RulePreviewChange', { description: 'One person whose outcome the draft changes.' })
export class RulePreviewChangeType {
  @Field(() => ID) employeeId!: string;
  @Field() employeeNo!: string;
  @Field() name!: string;
  @Field({ description: 'What was judged: the target position, the course or the campaign (its name).' })
  subject!: string;
  @Field({ description: OUTCOME_CODES }) before!: string;
  @Field({ description: OUTCOME_CODES }) after!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'PROMOTION: readiness %; TRAINING_IMPACT: contribution %; AWARD: rank.',
  })
  beforeValue!: number | null;
  @Field(() => Float, { nullable: true }) afterValue!: number | null;
}

@ObjectType('RulePreview', {
  description:
    'What saving a draft rule would change, evaluated with the draft and the active version over your scope.',
})
export class RulePreviewType {
  @Field(() => RuleKindEnum) kind!: RuleKindEnum;
  @Field() key!: string;
  @Field(() => Int, { nullable: true, description: 'Active version compared against (null: a new rule).' })
  currentVersion!: number | null;
  @Field(() => Int, { description: 'The version saving the draft would create.' }) draftVersion!: number;
  @Field(() => DateScalar) asOf!: string;
  @Field(() => Int, { description: 'Outcomes evaluated (person × target, enrollment or nominee).' })
  evaluated!: number;
  @Field(() => Int, { description: 'Outcomes the draft changes.' }) changed!: number;
  @Field(() => [RulePreviewTransitionType]) transitions!: RulePreviewTransitionType[];
  @Field(() => [RulePreviewChangeType], { description: 'A page of the changes, by employee number.' })
  changes!: RulePreviewChangeType[];
}
