import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Department } from './department.entity';
import { Employee } from './employee.entity';
import { PracticeCase } from './practice-case.entity';

/** A department reusing a knowledge-base case — evidence of the case's reach. */
@Entity()
@Index({ properties: ['practiceCase', 'citedAt'] })
@Index({ properties: ['department', 'citedAt'] })
export class KnowledgeCitation {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => PracticeCase, { ref: true, deleteRule: 'cascade' })
  practiceCase!: Ref<PracticeCase>;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @ManyToOne(() => Employee, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  citedBy?: Ref<Employee> | null;

  @Property({ type: 'datetime' })
  citedAt!: Date;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
