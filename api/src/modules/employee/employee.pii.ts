import { openPii } from '@talentloop/db/pii-crypto';
import { maskEmail, maskPhone } from '../../auth/pii';
import { canSeePii, type Viewer } from '../../auth/viewer';

/**
 * The one rule for an employee's PII fields: the value itself when the viewer may see this
 * person's PII (auth/viewer.ts canSeePii), else its mask. Used by the field resolvers and by
 * the compiled read path, which reads the raw column.
 */
export function piiFor(
  viewer: Viewer | null,
  employeeId: number,
  kind: 'email' | 'phone',
  stored: string | null | undefined,
): string | null {
  // The compiled read path selects the raw column (sealed at rest, db/src/pii-crypto.ts); an
  // entity's value is already plaintext, which openPii passes through.
  const value = openPii(stored);
  if (canSeePii(viewer, employeeId)) return value;
  return kind === 'email' ? maskEmail(value) : maskPhone(value);
}
