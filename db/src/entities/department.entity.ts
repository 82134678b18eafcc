import {
  Collection,
  Entity,
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
import { Employee } from './employee.entity';

/**
 * Org tree node. `path` is the materialised ancestor chain including this node, e.g. '/1/4/9/',
 * so "department 4 and everything under it" is `path LIKE '/1/4/%'` — an index range scan
 * (text_pattern_ops) instead of a recursive CTE. Both the API's row filter and Cube's
 * queryRewrite scope managers this way. Whoever inserts a department sets
 * path = parent.path || id || '/'.
 */
@Entity()
@Index({
  name: 'department_path_pattern_index',
  expression: 'create index "department_path_pattern_index" on "department" ("path" text_pattern_ops)',
})
@Unique({ name: 'department_source_external_unique', properties: ['sourceSystem', 'externalId'] })
export class Department {
  @PrimaryKey(identityKey)
  id!: number;

  /** This row's key in the system it is synced from (HRIS, LMS …): unique per source system. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  /** The system that owns `externalId` (e.g. HRIS, LMS, MES); set together with it. */
  @Property({ type: 'text', nullable: true })
  sourceSystem?: string | null;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Department, { ref: true, index: true, nullable: true })
  parent?: Ref<Department> | null;

  @OneToMany(() => Department, (d) => d.parent)
  children = new Collection<Department>(this);

  @Property({ type: 'text' })
  path!: string;

  /** 0 for the root; saves counting slashes in reports. */
  @Property({ type: 'integer', default: 0 })
  depth: Opt<number> = 0;

  /** The manager who heads this department (and its subtree). Nullable: set after employees exist. */
  @ManyToOne(() => Employee, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  head?: Ref<Employee> | null;

  @OneToMany(() => Employee, (e) => e.department)
  employees = new Collection<Employee>(this);
}
