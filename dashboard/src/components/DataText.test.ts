import { describe, expect, it } from 'vitest';
import { dataParts } from './DataText';

describe('dataParts', () => {
  it('marks each data value inside a translated sentence, the words around it stay text', () => {
    expect(dataParts('Missing: complete “客户分层策略” with practice score ≥ 90', ['客户分层策略'])).toEqual([
      'Missing: complete “',
      { data: '客户分层策略' },
      '” with practice score ≥ 90',
    ]);
  });

  it('prefers the longer value where two overlap, escapes regex characters, ignores empty values', () => {
    expect(
      dataParts('Course · Excel高级应用 (v2) · 2026-03-17', ['高级应用', 'Excel高级应用 (v2)', '', null]),
    ).toEqual(['Course · ', { data: 'Excel高级应用 (v2)' }, ' · 2026-03-17']);
  });

  it('is the text itself without data, and the whole text when it is the value', () => {
    expect(dataParts('Completed', [undefined])).toEqual(['Completed']);
    expect(dataParts('张三', ['张三'])).toEqual([{ data: '张三' }]);
  });
});
