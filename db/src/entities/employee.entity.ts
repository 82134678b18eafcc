import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Ref,
  type Opt,
  Unique,
} from '@mikro-orm/core';
import { identityKey } from './columns';
import { Department } from './department.entity';
import { Enrollment } from './enrollment.entity';
import { Position } from './position.entity';
import { EncryptedText } from './encrypted.type';

export enum EmployeeStatus {
  ACTIVE = 'ACTIVE',
  ON_LEAVE = 'ON_LEAVE',
  TERMINATED = 'TERMINATED',
}

/** A person in the company. email and phone are PII: masked for EXECUTIVE, hidden outside scope. */
@Entity()
@Index({ properties: ['department', 'status'] })
// Trigram indexes (pg_trgm) for `employees(filter: { search })`, which is
// `name ILIKE '%…%' OR employee_no ILIKE '%…%'`: a b-tree cannot serve a leading wildcard, and
// the OR needs both columns indexed for a BitmapOr instead of a sequential scan. Terms shorter
// than three characters have no trigram and still scan. Migration20261127213000.
@Index({
  name: 'employee_name_trgm_index',
  expression: 'create index "employee_name_trgm_index" on "employee" using gin ("name" gin_trgm_ops)',
})
@Index({
  name: 'employee_employee_no_trgm_index',
  expression:
    'create index "employee_employee_no_trgm_index" on "employee" using gin ("employee_no" gin_trgm_ops)',
})
@Unique({ name: 'employee_source_external_unique', properties: ['sourceSystem', 'externalId'] })
export class Employee {
  @PrimaryKey(identityKey)
  id!: number;

  /** This row's key in the system it is synced from (HRIS, LMS …): unique per source system. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  /** The system that owns `externalId` (e.g. HRIS, LMS, MES); set together with it. */
  @Property({ type: 'text', nullable: true })
  sourceSystem?: string | null;

  @Property({ type: 'text', unique: true })
  employeeNo!: string;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @ManyToOne(() => Position, { ref: true, index: true })
  position!: Ref<Position>;

  @ManyToOne(() => Employee, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  manager?: Ref<Employee> | null;

  @OneToMany(() => Employee, (e) => e.manager)
  reports = new Collection<Employee>(this);

  @Property({ type: 'date' })
  hireDate!: string;

  /** Encrypted at rest (EncryptedText, PII_KEYS); plaintext in the entity. */
  @Property({ type: EncryptedText, columnType: 'text', nullable: true })
  email?: string | null;

  @Property({ type: EncryptedText, columnType: 'text', nullable: true })
  phone?: string | null;

  @Enum({ items: () => EmployeeStatus, default: EmployeeStatus.ACTIVE })
  status: Opt<EmployeeStatus> = EmployeeStatus.ACTIVE;

  @Property({ type: 'date', nullable: true })
  terminatedOn?: string | null;

  @OneToMany(() => Enrollment, (e) => e.employee)
  enrollments = new Collection<Enrollment>(this);
}
