import { describe, expect, it } from 'vitest';
import { Role, type Viewer } from './viewer';
import { assertCompanyWideWriter, writeLimit } from './write-scope';

const viewer = (role: Role, departmentId: number | null): Viewer => ({
  userId: 1,
  role,
  employeeId: null,
  departmentId,
  scopes: [],
});

describe('the write rule for company-wide data (one place)', () => {
  it('lets HR and an integration without a department write anywhere', () => {
    // HR logins belong to an employee, so their tokens carry a department: it does not limit HR.
    expect(writeLimit(viewer(Role.HR, 7))).toBeNull();
    expect(writeLimit(viewer(Role.INTEGRATION, null))).toBeNull();
    expect(() => assertCompanyWideWriter(viewer(Role.HR, 7), 'x')).not.toThrow();
    expect(() => assertCompanyWideWriter(viewer(Role.INTEGRATION, null), 'x')).not.toThrow();
  });

  it('limits a department-limited token to its subtree and refuses company-wide data with the caller’s message', () => {
    expect(writeLimit(viewer(Role.INTEGRATION, 7))).toBe(7);
    expect(() =>
      assertCompanyWideWriter(viewer(Role.INTEGRATION, 7), 'Career paths are company-wide'),
    ).toThrow(
      expect.objectContaining({
        message: 'Career paths are company-wide',
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    );
  });
});
