import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Department, Employee } from '@talentloop/db/entities';
import { registerNode } from '../../common/node-registry';
import type { Context } from '../../context';
import { EmployeeType } from '../employee/employee.type';
import { listDepartmentRoots } from './department.service';
import { DepartmentType } from './department.type';
import { fromGlobalId } from '../../common/relay';

export const DepartmentNodeResolver = registerNode(DepartmentType, 'Department', Department);

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Authorized()
  @Query(() => [DepartmentType], {
    description: 'The org tree: its roots (or the subtree under rootId); walk down with `children`.',
  })
  departments(@Ctx() ctx: Context, @Arg('rootId', () => ID, { nullable: true }) rootId?: string) {
    const parsed = rootId ? fromGlobalId(rootId) : null;
    return listDepartmentRoots(ctx.em, parsed?.type === 'Department' ? parsed.id : rootId ? -1 : null);
  }

  @FieldResolver(() => DepartmentType, { nullable: true })
  parent(@Root() department: Department, @Ctx() ctx: Context) {
    return department.parent ? ctx.loaders.byId(Department).load(department.parent.id) : null;
  }

  @FieldResolver(() => [DepartmentType], { description: 'Direct sub-departments, by code.' })
  children(@Root() department: Department, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(Department, 'parent', { code: 'asc' }).load(department.id);
  }

  @FieldResolver(() => EmployeeType, {
    nullable: true,
    description: 'The head; null when outside your scope.',
  })
  head(@Root() department: Department, @Ctx() ctx: Context) {
    return department.head ? ctx.loaders.byId(Employee).load(department.head.id) : null;
  }
}
