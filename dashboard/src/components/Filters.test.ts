import { describe, expect, it } from 'vitest';
import { periodRange } from './Filters';

describe('periodRange', () => {
  it('covers whole completed months, ending with last month', () => {
    expect(periodRange(12, new Date('2026-11-27T18:00:00Z'))).toEqual({
      from: '2025-11-01',
      to: '2026-10-31',
    });
    expect(periodRange(6, new Date('2026-03-10T00:00:00Z'))).toEqual({
      from: '2025-09-01',
      to: '2026-02-28',
    });
    expect(periodRange(6, new Date('2026-01-01T00:00:00Z'))).toEqual({
      from: '2025-07-01',
      to: '2025-12-31',
    });
  });
});
