import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Department, ProductionLine } from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import { parseGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { DepartmentType } from '../department/department.type';
import { ProductionLineType } from '../master-data/master-data.type';
import { listProductionLines } from './production-line.service';

export const ProductionLineNodeResolver = registerNode(ProductionLineType, 'ProductionLine', ProductionLine);

@Resolver(() => ProductionLineType)
export class ProductionLineResolver {
  @Authorized()
  @Query(() => [ProductionLineType], {
    description: 'Production lines in your scope, by code (KPI feeds name them by code).',
  })
  productionLines(
    @Ctx() ctx: Context,
    @Arg('departmentId', () => ID, { nullable: true, description: 'Only lines owned in this subtree.' })
    departmentId?: string | null,
    @Arg('active', () => Boolean, { nullable: true }) active?: boolean | null,
  ) {
    const department = departmentId ? parseGlobalId(departmentId, 'Department', 'departmentId') : null;
    return listProductionLines(ctx.em, ctx.viewer, { departmentId: department, active });
  }

  @FieldResolver(() => DepartmentType, { description: 'The owning department.' })
  department(@Root() line: ProductionLine, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Department).load(line.department.id);
  }
}
