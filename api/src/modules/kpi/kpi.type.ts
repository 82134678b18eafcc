import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KpiDirection, PositionFamily } from '@talentloop/db/entities';
import { Node } from '../../common/relay';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { EmployeeType } from '../employee/employee.type';

registerEnumType(KpiDirection, { name: 'KpiDirection' });

@ObjectType('KpiDefinition', { implements: Node })
export class KpiDefinitionType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field({ description: 'Stable code, e.g. SALES_GROWTH, DEFECT_RATE.' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  unit!: string;

  @Field(() => KpiDirection)
  direction!: KpiDirection;

  @Field(() => DecimalScalar, { description: 'CNY gained per unit of improvement (for ROI).' })
  valuePerUnit!: string;

  @Field(() => PositionFamily, { nullable: true })
  positionFamily!: PositionFamily | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType('KpiObservation', {
  implements: Node,
  description: 'One monthly KPI value of an employee or a production line.',
})
export class KpiObservationType extends Node {
  @Field(() => Int)
  databaseId!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The production line measured (null for employee values).',
  })
  productionLine!: string | null;

  @Field(() => DateScalar, { description: 'First day of the month.' })
  month!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  sourceSystem!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;
}

@ObjectType('KpiSeries')
export class KpiSeriesType {
  @Field(() => KpiDefinitionType)
  kpi!: object;

  @Field(() => EmployeeType)
  employee!: object;

  @Field(() => [KpiObservationType], { description: 'Ordered by month.' })
  points!: KpiObservationType[];
}

@ObjectType('CourseKpiBinding', {
  description: 'A KPI a course should move, tracked for windowMonths after completion.',
})
export class CourseKpiBindingType {
  @Field(() => Int)
  windowMonths!: number;

  @Field(() => GraphQLJSONObject, {
    description: 'Rule thresholds, e.g. { "excellent": 0.15, "retrain": 0.05 }.',
  })
  thresholds!: Record<string, unknown>;

  @Field()
  active!: boolean;
}
