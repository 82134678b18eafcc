import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { FINAL_IMPACT_VERDICTS, type FinalImpactVerdict, type ImpactResult } from '@talentloop/rules';
import { identityKey, measure, score } from './columns';
import { Course } from './course.entity';
import { Employee } from './employee.entity';
import { Enrollment } from './enrollment.entity';
import { RuleSet } from './rule-set.entity';

/**
 * The stored verdict: exactly the evaluator's final verdict (one vocabulary from evaluator to
 * database to GraphQL to dashboard; @talentloop/rules FINAL_IMPACT_VERDICTS).
 */
export type TrainingImpactOutcome = FinalImpactVerdict;
export const TrainingImpactOutcome = Object.fromEntries(FINAL_IMPACT_VERDICTS.map((v) => [v, v])) as {
  readonly [V in FinalImpactVerdict]: V;
};

/**
 * The result of evaluating a completed enrollment against its course's KPI bindings after the
 * tracking window (linkage rule 1): outcome, measured contribution and the performance-weight
 * adjustment it earns. `metrics` holds per-KPI before/after/control values so the result is
 * traceable. One row per enrollment and rule version keeps re-evaluation idempotent.
 */
@Entity()
@Unique({ properties: ['enrollment', 'ruleVersion'] })
@Index({ properties: ['employee', 'evaluatedAt'] })
@Index({ properties: ['course', 'evaluatedAt'] })
export class TrainingImpact {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Enrollment, { ref: true, deleteRule: 'cascade' })
  enrollment!: Ref<Enrollment>;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Course, { ref: true })
  course!: Ref<Course>;

  @ManyToOne(() => RuleSet, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  ruleSet?: Ref<RuleSet> | null;

  @Property({ type: 'integer', default: 1 })
  ruleVersion: Opt<number> = 1;

  @Property({ type: 'datetime' })
  evaluatedAt!: Date;

  @Enum({ items: () => [...FINAL_IMPACT_VERDICTS] })
  outcome!: TrainingImpactOutcome;

  /** Measured contribution, as a fraction (0.12 = 12%). */
  @Property(measure({ nullable: true }))
  contribution?: number | null;

  /** Extra weight in that quarter's performance score, as a fraction (0.05 = +5%). */
  @Property(score({ precision: 6, scale: 4, default: 0 }))
  weightAdjustment: Opt<number> = 0;

  /** The evaluator's full result (per-KPI windows, conditions, actions, formula). */
  @Property({ type: 'json', default: '{}' })
  metrics!: ImpactResult;
}
