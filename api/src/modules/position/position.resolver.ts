import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  CareerPath,
  Competency,
  Position,
  PositionCompetency,
  PositionFamily,
} from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import type { Context } from '../../context';
import { CareerPathType, CompetencyRequirementType, CompetencyType, PositionType } from './position.type';

export const PositionNodeResolver = registerNode(PositionType, 'Position', Position);
export const CompetencyNodeResolver = registerNode(CompetencyType, 'Competency', Competency);

@Resolver(() => PositionType)
export class PositionResolver {
  @Authorized()
  @Query(() => [PositionType], {
    description: 'Positions by family and level, with career paths and requirements.',
  })
  positions(
    @Ctx() ctx: Context,
    @Arg('family', () => PositionFamily, { nullable: true }) family?: PositionFamily,
  ) {
    return ctx.em.find(Position, family ? { family } : {}, {
      orderBy: [{ family: 'asc' }, { level: 'asc' }, { code: 'asc' }],
    });
  }

  @FieldResolver(() => [CareerPathType], {
    description: 'Where holders of this position are typically promoted.',
  })
  nextPositions(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CareerPath, 'fromPosition').load(position.id);
  }

  @FieldResolver(() => [CareerPathType], {
    description: 'Where holders of this position typically come from.',
  })
  previousPositions(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(CareerPath, 'toPosition').load(position.id);
  }

  @FieldResolver(() => [CompetencyRequirementType])
  competencyRequirements(@Root() position: Position, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(PositionCompetency, 'position').load(position.id);
  }
}

@Resolver(() => CareerPathType)
export class CareerPathResolver {
  @FieldResolver(() => PositionType)
  fromPosition(@Root() edge: CareerPath, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Position).load(edge.fromPosition.id);
  }

  @FieldResolver(() => PositionType)
  toPosition(@Root() edge: CareerPath, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Position).load(edge.toPosition.id);
  }
}

@Resolver(() => CompetencyRequirementType)
export class CompetencyRequirementResolver {
  @FieldResolver(() => CompetencyType)
  competency(@Root() requirement: PositionCompetency, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Competency).load(requirement.competency.id);
  }
}
