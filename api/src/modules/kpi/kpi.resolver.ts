import { IsOptional, IsString, Length } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { KpiDefinition } from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import { parseGlobalId } from '../../common/relay';
import { DateScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { kpiSeries } from './kpi.service';
import { KpiDefinitionType, KpiSeriesType } from './kpi.type';

export const KpiDefinitionNodeResolver = registerNode(KpiDefinitionType, 'KpiDefinition', KpiDefinition);

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
  kpiSeries(@Args(() => KpiSeriesArgs) args: KpiSeriesArgs, @Ctx() ctx: Context) {
    return kpiSeries(
      ctx.em,
      parseGlobalId(args.employeeId, 'Employee', 'employeeId'),
      args.kpi,
      args.from,
      args.to,
    );
  }
}
