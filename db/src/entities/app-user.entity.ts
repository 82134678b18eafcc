import {
  ArrayType,
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  type Opt,
} from '@mikro-orm/core';
import { identityKey } from './columns';
import { Employee } from './employee.entity';

export enum AppRole {
  EMPLOYEE = 'EMPLOYEE',
  MANAGER = 'MANAGER',
  HR = 'HR',
  EXECUTIVE = 'EXECUTIVE',
  INTEGRATION = 'INTEGRATION',
}

/** A login account. People accounts link to their employee; INTEGRATION accounts carry scopes. */
@Entity()
export class AppUser {
  @PrimaryKey(identityKey)
  id!: number;

  @Property({ type: 'text', unique: true })
  username!: string;

  @Enum({ items: () => AppRole })
  role!: AppRole;

  @ManyToOne(() => Employee, { ref: true, index: true, nullable: true, deleteRule: 'set null' })
  employee?: Ref<Employee> | null;

  /** API scopes for INTEGRATION clients (e.g. archive:read, kpi:write). */
  @Property({ type: ArrayType, default: '{}' })
  scopes: Opt<string[]> = [];

  /** Hash chosen by the API's auth module; null = cannot log in with a password. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /**
   * Bumped to revoke every token issued before (tokens carry it as `ver`); checked by the API
   * and Cube with a short cache, so revocation needs no secret rotation.
   */
  @Property({ type: 'integer', default: 0 })
  tokenVersion: Opt<number> = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
