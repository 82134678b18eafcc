import type { GraphQLResolveInfo } from 'graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Department, Employee, KpiDefinition, KpiObservation } from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import { parseGlobalId } from '../../common/relay';
import { DateScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { kpiSeries } from './kpi.service';
import { DepartmentType } from '../department/department.type';
import { EmployeeType } from '../employee/employee.type';
import { KpiDefinitionType, KpiObservationType, KpiSeriesType } from './kpi.type';

export const KpiDefinitionNodeResolver = registerNode(KpiDefinitionType, 'KpiDefinition', KpiDefinition);
export const KpiObservationNodeResolver = registerNode(KpiObservationType, 'KpiObservation', KpiObservation);

@ArgsType()
class KpiSeriesArgs {
  @Field(() => ID)
  @IsString()
  employeeId!: string;

  @Field({ description: 'KPI code, e.g. SALES_GROWTH.' })
  @IsString()
  @Length(1, 64)
  kpi!: string;

  @Field(() => DateScalar, { nullable: true, description: 'From this month (inclusive).' })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Up to this day (inclusive).' })
  @IsOptional()
  to?: string;
}

@Resolver()
export class KpiResolver {
  @Authorized()
  @Query(() => [KpiDefinitionType], { description: 'KPI definitions, by code.' })
  kpiDefinitions(@Ctx() ctx: Context) {
    return ctx.em.find(KpiDefinition, {}, { orderBy: { code: 'asc' } });
  }

  @Authorized()
  @Query(() => KpiSeriesType, {
    description: 'Monthly values of one KPI for one employee (FORBIDDEN outside your scope).',
  })
  kpiSeries(
    @Args(() => KpiSeriesArgs) args: KpiSeriesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return kpiSeries(
      ctx.em,
      info,
      parseGlobalId(args.employeeId, 'Employee', 'employeeId'),
      args.kpi,
      args.from,
      args.to,
    );
  }
}

@Resolver(() => KpiObservationType)
export class KpiObservationResolver {
  @FieldResolver(() => KpiDefinitionType)
  kpi(@Root() observation: KpiObservation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(KpiDefinition).load(observation.kpi.id);
  }

  @FieldResolver(() => EmployeeType, {
    nullable: true,
    description: 'The employee measured (null for production lines).',
  })
  employee(@Root() observation: KpiObservation, @Ctx() ctx: Context) {
    return observation.employee ? ctx.loaders.byId(Employee).load(observation.employee.id) : null;
  }

  @FieldResolver(() => DepartmentType, {
    nullable: true,
    description: 'Owning department of a production line.',
  })
  department(@Root() observation: KpiObservation, @Ctx() ctx: Context) {
    return observation.department ? ctx.loaders.byId(Department).load(observation.department.id) : null;
  }
}
