import {
  Check,
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
import { RATING_SCALE, type Rating } from '@talentloop/rules';
import { identityKey, score } from './columns';
import { Employee } from './employee.entity';

/** The rating scale of @talentloop/rules (S ≥ 95, A ≥ 85, B ≥ 70, C ≥ 60, else D: ratingFor). */
export type PerformanceRating = Rating;
export const PerformanceRating = { S: 'S', A: 'A', B: 'B', C: 'C', D: 'D' } as const satisfies {
  readonly [R in Rating]: R;
};

/** A quarterly review: final = base + training adjustment (linkage rule 1). */
@Entity()
@Unique({ properties: ['employee', 'period'] })
@Index({ properties: ['employee', 'periodStart'] })
@Index({ properties: ['periodStart'] })
@Check({ name: 'performance_review_period_format', expression: "period ~ '^[0-9]{4}-Q[1-4]$'" })
export class PerformanceReview {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  /** e.g. '2026-Q1'. */
  @Property({ type: 'text' })
  period!: string;

  /** First day of the quarter, for time-series joins (Cube time dimension). */
  @Property({ type: 'date' })
  periodStart!: string;

  @Property(score())
  baseScore!: number;

  @Property(score({ default: 0 }))
  trainingAdjustment: Opt<number> = 0;

  @Property(score())
  finalScore!: number;

  @Enum({ items: () => [...RATING_SCALE].reverse() })
  rating!: PerformanceRating;

  @ManyToOne(() => Employee, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  reviewer?: Ref<Employee> | null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;
}
