import { IsOptional, IsString } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Info, Query, Resolver } from 'type-graphql';
import { parseGlobalId } from '../../common/relay';
import { DateScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { loadGrowthArchive } from './archive.service';
import { GrowthArchiveType } from './archive.type';

@ArgsType()
class GrowthArchiveArgs {
  @Field(() => ID)
  @IsString()
  employeeId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Events on or after this day.' })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Events on or before this day.' })
  @IsOptional()
  to?: string;
}

@Resolver()
export class ArchiveResolver {
  @Authorized()
  @Query(() => GrowthArchiveType, {
    description: '成长档案 of one employee: typed timeline + summary. FORBIDDEN outside your scope.',
  })
  growthArchive(
    @Args(() => GrowthArchiveArgs) args: GrowthArchiveArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const employeeId = parseGlobalId(args.employeeId, 'Employee', 'employeeId');
    return loadGrowthArchive(ctx.em, info, employeeId, args.from ?? null, args.to ?? null);
  }
}
