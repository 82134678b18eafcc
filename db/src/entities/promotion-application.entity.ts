import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import type { EligibilityResult, PromotionReport } from '@talentloop/rules';
import { AppUser } from './app-user.entity';
import { identityKey } from './columns';
import { Employee } from './employee.entity';
import { Position } from './position.entity';
import { PromotionRule } from './promotion-rule.entity';

export enum PromotionApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  DECIDED = 'DECIDED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum PromotionDecision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** A promotion review. Snapshot and report are frozen JSON so later data changes cannot rewrite history. */
@Entity()
@Index({ properties: ['employee', 'submittedAt'] })
@Index({ properties: ['status', 'submittedAt'] })
export class PromotionApplication {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Employee, { ref: true })
  employee!: Ref<Employee>;

  @ManyToOne(() => Position, { ref: true, index: true })
  targetPosition!: Ref<Position>;

  @ManyToOne(() => PromotionRule, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  rule?: Ref<PromotionRule> | null;

  @Enum({ items: () => PromotionApplicationStatus, default: PromotionApplicationStatus.SUBMITTED })
  status: Opt<PromotionApplicationStatus> = PromotionApplicationStatus.SUBMITTED;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  submittedAt: Opt<Date> = new Date();

  /** Whether every hard gate was met when the snapshot was taken. */
  @Property({ type: 'boolean', default: false })
  eligible: Opt<boolean> = false;

  /** Gate-by-gate evaluation at submission (courses, scores, cases, rating). */
  @Property({ type: 'json', default: '{}' })
  eligibilitySnapshot!: EligibilityResult;

  /** The frozen review report (training 30% weight, competency match, measured improvement). */
  @Property({ type: 'json', nullable: true })
  report?: PromotionReport | null;

  @Enum({ items: () => PromotionDecision, nullable: true })
  decision?: PromotionDecision | null;

  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @ManyToOne(() => AppUser, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  decidedBy?: Ref<AppUser> | null;
}
