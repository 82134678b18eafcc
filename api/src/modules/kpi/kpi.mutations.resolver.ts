import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { IntegrationScope, Role } from '../../auth/viewer';
import { toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { recordKpiObservations, type KpiRowResult } from './kpi.batch.service';
import { KpiObservationInput } from './kpi.inputs';

export enum KpiRowOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}
registerEnumType(KpiRowOutcome, { name: 'KpiRowOutcome' });

@ObjectType('FieldProblem', { description: 'What is wrong with one field of the input.' })
export class FieldProblemType {
  @Field({ description: 'Path in the arguments, e.g. input[3].month.' })
  field!: string;

  @Field()
  message!: string;
}

@ObjectType('KpiObservationResult', { description: 'The fate of one row of a KPI batch.' })
export class KpiObservationResultType {
  @Field(() => Int, { description: 'Position of the row in the input list.' })
  index!: number;

  @Field()
  accepted!: boolean;

  @Field(() => KpiRowOutcome)
  outcome!: KpiRowOutcome;

  @Field(() => ID, { nullable: true, description: 'Global id of the stored observation (KpiObservation:n).' })
  observationId!: string | null;

  @Field(() => [FieldProblemType], { description: 'Why the row was rejected; empty when accepted.' })
  problems!: FieldProblemType[];
}

@Resolver()
export class KpiMutationResolver {
  @Authorized(Role.HR, `scope:${IntegrationScope.KPI_WRITE}`)
  @Mutation(() => [KpiObservationResultType], {
    description:
      'Batch feed of monthly KPI values (≤ 1000 rows), idempotent on KPI + employee-or-line + month. ' +
      'Each row is accepted (CREATED / UPDATED / UNCHANGED) or REJECTED with the fields at fault.',
  })
  async recordKpiObservations(
    @Arg('input', () => [KpiObservationInput]) input: KpiObservationInput[],
    @Ctx() ctx: Context,
  ) {
    const results: KpiRowResult[] = await recordKpiObservations(ctx.em, ctx.viewer!, input);
    return results.map((r) => ({
      ...r,
      observationId: r.observationId === null ? null : toGlobalId('KpiObservation', r.observationId),
    }));
  }
}
