import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Employee } from '@talentloop/db/entities';
import { toGlobalId } from '../../common/relay';
import type { Context } from '../../context';
import { EmployeeType } from '../employee/employee.type';
import { promotionCandidatesPage, type PromotionCandidate } from './promotion-candidates.service';
import {
  PromotionCandidateConnection,
  PromotionCandidatesArgs,
  PromotionCandidateType,
} from './promotion-candidates.type';
import { toPathType } from './rules.mappers';
import { today } from './rules.resolver';

type CandidateRoot = PromotionCandidateType & { databaseId: number };

function toCandidateType(c: PromotionCandidate): CandidateRoot {
  return {
    databaseId: c.employeeId,
    employeeId: toGlobalId('Employee', c.employeeId),
    employeeNo: c.employeeNo,
    name: c.name,
    positionId: toGlobalId('Position', c.positionId),
    departmentId: toGlobalId('Department', c.departmentId),
    passedGates: c.result.gates.filter((g) => g.passed).length,
    totalGates: c.result.gates.length,
    path: toPathType(c.result, c.targetPositionId),
  };
}

@Resolver(() => PromotionCandidateType)
export class PromotionCandidatesResolver {
  @Authorized()
  @Query(() => PromotionCandidateConnection, {
    description:
      'Everyone in your scope in a position leading to a ruled target, evaluated on the server: exact ' +
      'for the whole scope, eligible first then by readiness; `summary` is the pipeline by gate.',
  })
  async promotionCandidates(
    @Args(() => PromotionCandidatesArgs) args: PromotionCandidatesArgs,
    @Ctx() ctx: Context,
  ) {
    const page = await promotionCandidatesPage(
      ctx.em,
      { ...args.filter, targetPositionId: args.targetPositionId, asOf: args.asOf ?? today() },
      args,
    );
    const nodes = page.nodes.map(toCandidateType);
    return {
      ...page,
      nodes,
      edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })),
      summary: {
        ...page.summary,
        blocked: page.summary.blocked.map((b) => ({
          ...b,
          targetPositionId: toGlobalId('Position', b.targetPositionId),
        })),
        targets: page.summary.targets.map((t) => ({
          ...t,
          targetPositionId: toGlobalId('Position', t.targetPositionId),
        })),
      },
    };
  }

  @FieldResolver(() => EmployeeType, { nullable: true, description: 'The employee record (batched).' })
  employee(@Root() candidate: CandidateRoot, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Employee).load(candidate.databaseId);
  }
}
