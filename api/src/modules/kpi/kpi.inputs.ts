import { IsNumber, IsOptional, IsString, Length } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';

/**
 * One row of a KPI feed. Only the shape is checked up front; the meaning (does the KPI
 * exist, is the employee in your scope, is the month real) is checked per row by the service
 * so one bad row is reported without rejecting the batch.
 */
@InputType()
export class KpiObservationInput {
  @Field(() => ID, { nullable: true, description: 'The employee measured — or give productionLine.' })
  @IsOptional()
  @IsString()
  employeeId?: string;

  @Field({ nullable: true, description: 'The production line measured — or give employeeId.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  productionLine?: string;

  @Field(() => ID, { nullable: true, description: 'Owning department of a production line.' })
  @IsOptional()
  @IsString()
  departmentId?: string;

  @Field({ description: 'KPI code, e.g. SALES_GROWTH.' })
  @IsString()
  @Length(1, 64)
  kpi!: string;

  @Field({ description: "'YYYY-MM' or the first day of the month 'YYYY-MM-01'." })
  @IsString()
  @Length(7, 10)
  month!: string;

  @Field(() => Float)
  @IsNumber()
  value!: number;

  @Field({ description: 'Feeding system, e.g. CRM, MES, SERVICE_DESK.' })
  @IsString()
  @Length(1, 64)
  sourceSystem!: string;
}
