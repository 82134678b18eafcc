import { describe, expect, it } from 'vitest';
import { periodRange } from './Filters';

describe('periodRange', () => {
  it('covers whole months ending with the current one', () => {
    expect(periodRange(12, new Date('2026-11-27T18:00:00Z'))).toEqual({
      from: '2025-12-01',
      to: '2026-11-30',
    });
    expect(periodRange(6, new Date('2026-02-10T00:00:00Z'))).toEqual({
      from: '2025-09-01',
      to: '2026-02-28',
    });
  });
});
