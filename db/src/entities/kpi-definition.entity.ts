import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { identityKey, money } from './columns';
import { PositionFamily } from './position.entity';

export enum KpiDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

/** A business metric fed by sales/production/service systems (SALES_GROWTH, DEFECT_RATE …). */
@Entity()
export class KpiDefinition {
  @PrimaryKey(identityKey)
  id!: number;

  /** Stable code: SALES_GROWTH, CUSTOMER_RETENTION, DEFECT_RATE, EFFICIENCY, DELIVERY_RATE, COMPLAINT_RATE. */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  /** e.g. '%', 'pp', 'CNY'. */
  @Property({ type: 'text' })
  unit!: string;

  @Enum({ items: () => KpiDirection })
  direction!: KpiDirection;

  /** CNY gained per unit of improvement (in the good direction), for the Phillips ROI. */
  @Property(money({ precision: 16, scale: 4 }))
  valuePerUnit!: string;

  /** The family whose staff this KPI measures; null = company-wide. */
  @Enum({ items: () => PositionFamily, nullable: true })
  positionFamily?: PositionFamily | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
