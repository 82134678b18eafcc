import {
  Check,
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { identityKey, measure } from './columns';
import { Department } from './department.entity';
import { Employee } from './employee.entity';
import { KpiDefinition } from './kpi-definition.entity';

/**
 * One monthly KPI value for an employee OR a production line (exactly one — check constraint).
 *
 * `subject` is a stored generated key ('E:<employee_id>' or 'L:<production_line>') so a single
 * plain UNIQUE (kpi_id, subject, month) covers both kinds and batch upserts can simply say
 * `ON CONFLICT (kpi_id, subject, month) DO UPDATE` — partial unique indexes would need the
 * predicate repeated in every ON CONFLICT and cannot be targeted by MikroORM's upsert.
 * COPY without a column list skips generated columns, so bulk loads need not know about it.
 */
@Entity()
@Unique({ name: 'kpi_observation_kpi_subject_month_unique', properties: ['kpi', 'subject', 'month'] })
@Index({ properties: ['employee', 'kpi', 'month'] })
@Index({ properties: ['productionLine', 'kpi', 'month'] })
@Index({ properties: ['kpi', 'month'] })
@Check({
  name: 'kpi_observation_one_subject',
  expression: '(employee_id is null) <> (production_line is null)',
})
@Check({
  name: 'kpi_observation_first_of_month',
  expression: "month = date_trunc('month', month)::date",
})
export class KpiObservation {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => KpiDefinition, { ref: true })
  kpi!: Ref<KpiDefinition>;

  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'cascade' })
  employee?: Ref<Employee> | null;

  @Property({ type: 'text', nullable: true })
  productionLine?: string | null;

  /** Owning department of a production line's row (for row scoping); for employees, join employee. */
  @ManyToOne(() => Department, { ref: true, index: true, nullable: true })
  department?: Ref<Department> | null;

  @Property({
    type: 'text',
    generated: "(coalesce('E:' || employee_id::text, 'L:' || production_line)) stored",
    nullable: true,
  })
  subject?: string | null;

  /** First day of the month. */
  @Property({ type: 'date' })
  month!: string;

  @Property(measure())
  value!: number;

  /** Feeding system, e.g. CRM, MES, SERVICE_DESK, IMPORT. */
  @Property({ type: 'text' })
  sourceSystem!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Opt<Date> = new Date();
}
