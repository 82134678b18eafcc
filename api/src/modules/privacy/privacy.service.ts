import type { EntityManager, EntityMetadata } from '@mikro-orm/core';
import { ReferenceKind, wrap } from '@mikro-orm/core';
import { AppUser, Employee } from '@talentloop/db/entities';
import type { Viewer } from '../../auth/viewer';
import { notFound } from '../../common/errors';
import { inTransaction, recordAudit } from '../audit/audit.service';

/**
 * PIPL (个人信息保护法) rights over one person's data: a complete export (art. 45) and erasure
 * by anonymisation (art. 47). Which rows belong to a person is read from the ORM's metadata —
 * every many-to-one to Employee — so a new table is covered without touching this file.
 */

/** Free-text columns a person writes or is described in: erased, not kept, in owned rows. */
const FREE_TEXT = new Set([
  'comment',
  'comments',
  'content',
  'body',
  'note',
  'notes',
  'summary',
  'story',
  'feedback',
  'text',
  'title',
  'reason',
  'description',
]);

/** Audit rows are append-only and are not exported here (HR reads them with auditLog). */
const NOT_PERSONAL = new Set(['AuditLog', 'DomainEvent', 'Employee']);

interface PersonRelation {
  meta: EntityMetadata;
  property: string;
}

function relationsToEmployee(em: EntityManager): PersonRelation[] {
  const out: PersonRelation[] = [];
  for (const meta of Object.values(em.getMetadata().getAll())) {
    if (NOT_PERSONAL.has(meta.className) || meta.embeddable || meta.virtual) continue;
    for (const prop of Object.values(meta.properties)) {
      if (prop.kind === ReferenceKind.MANY_TO_ONE && prop.type === 'Employee')
        out.push({ meta, property: prop.name });
    }
  }
  return out.sort(
    (a, b) => a.meta.className.localeCompare(b.meta.className) || a.property.localeCompare(b.property),
  );
}

// toObject (not toPOJO) leaves out hidden properties such as a login's password hash.
const json = (entity: object) =>
  JSON.parse(JSON.stringify(wrap(entity).toObject())) as Record<string, unknown>;

export interface PersonalDataExport {
  format: 'talentloop-pipl-export/1';
  exportedAt: string;
  employee: Record<string, unknown>;
  logins: Record<string, unknown>[];
  /** entity → relation → rows, e.g. Enrollment.employee, PeerFeedback.reviewer. */
  records: Record<string, Record<string, unknown>[]>;
}

async function employeeOrFail(em: EntityManager, employeeId: number): Promise<Employee> {
  const employee = await em.findOne(Employee, employeeId, { filters: false });
  if (!employee) throw notFound('Employee', employeeId, 'employeeId');
  return employee;
}

/** Everything stored about one person, as one JSON document; the export itself is audited. */
export async function exportPersonalData(
  em: EntityManager,
  viewer: Viewer,
  employeeId: number,
): Promise<PersonalDataExport> {
  return inTransaction(em, async (tx) => {
    const employee = await employeeOrFail(tx, employeeId);
    const logins = await tx.find(AppUser, { employee: employeeId }, { filters: false });
    const records: PersonalDataExport['records'] = {};
    for (const { meta, property } of relationsToEmployee(tx)) {
      const rows = await tx.find(
        meta.className,
        { [property]: employeeId },
        { filters: false, orderBy: { id: 'asc' } as never },
      );
      if (rows.length) records[`${meta.className}.${property}`] = rows.map((r) => json(r as object));
    }
    const data: PersonalDataExport = {
      format: 'talentloop-pipl-export/1',
      exportedAt: new Date().toISOString(),
      employee: json(employee),
      // Hidden properties (the password hash) are left out by toObject.
      logins: logins.map(json),
      records,
    };
    const counts = Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.length]));
    recordAudit(tx, viewer, 'employee.piplExport', 'Employee', employeeId, null, { counts });
    return data;
  });
}

export interface ErasureReport {
  employeeId: number;
  /** entity.property → rows whose free text was erased. */
  erasedText: Record<string, number>;
  loginsDeactivated: number;
}

/**
 * Erases a person by anonymisation: name, e-mail and phone replaced, their logins deactivated
 * and renamed (which also revokes their tokens), free text in rows they own cleared. Every
 * numeric fact stays (enrolments, KPI values, reviews, costs), so every aggregate — counts,
 * sums, pass rates, ROI — is unchanged; it can no longer be tied to the person. The audit row
 * names what was erased, never the erased values.
 */
export async function erasePersonalData(
  em: EntityManager,
  viewer: Viewer,
  employeeId: number,
): Promise<ErasureReport> {
  return inTransaction(em, async (tx) => {
    const employee = await employeeOrFail(tx, employeeId);
    employee.name = `已匿名 ${employeeId}`;
    employee.email = null;
    employee.phone = null;
    const logins = await tx.find(AppUser, { employee: employeeId }, { filters: false });
    for (const login of logins) {
      login.active = false;
      login.tokenVersion += 1;
      login.username = `erased-${login.id}`;
      login.passwordHash = null;
    }
    const erasedText: Record<string, number> = {};
    for (const { meta, property } of relationsToEmployee(tx)) {
      const text = Object.values(meta.properties).filter(
        (p) =>
          p.kind === ReferenceKind.SCALAR &&
          FREE_TEXT.has(p.name) &&
          /text|string|varchar/i.test(String(p.type)),
      );
      if (text.length === 0) continue;
      const rows = await tx.find(meta.className, { [property]: employeeId }, { filters: false });
      for (const row of rows as Record<string, unknown>[]) {
        for (const p of text) row[p.name] = p.nullable ? null : '[erased]';
      }
      if (rows.length) erasedText[`${meta.className}.${property}`] = rows.length;
    }
    recordAudit(tx, viewer, 'employee.piplErase', 'Employee', employeeId, null, {
      fields: ['name', 'email', 'phone'],
      erasedText,
      loginsDeactivated: logins.length,
    });
    return { employeeId, erasedText, loginsDeactivated: logins.length };
  });
}
