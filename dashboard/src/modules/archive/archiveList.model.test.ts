import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  DEFAULT_LIST_STATE,
  departmentOptions,
  listStateParams,
  pageCount,
  parseListState,
  toggleSort,
} from './archiveList.model';

describe('archive list state', () => {
  it('round-trips through the URL, leaving defaults out', () => {
    const state = {
      ...DEFAULT_LIST_STATE,
      search: '张',
      departmentId: 'D1',
      sort: 'HIRE_DATE' as const,
      direction: 'DESC' as const,
      pageSize: 50,
    };
    const params = listStateParams(state);
    expect(params.toString()).toBe('q=%E5%BC%A0&dept=D1&sort=HIRE_DATE&dir=DESC&size=50');
    expect(parseListState(params)).toEqual(state);
    expect(listStateParams(DEFAULT_LIST_STATE).toString()).toBe('');
  });

  it('ignores values the API would refuse', () => {
    expect(parseListState(new URLSearchParams('sort=SALARY&size=1000&dir=sideways'))).toEqual(
      DEFAULT_LIST_STATE,
    );
  });

  it('flips the direction on the same column and starts ascending on another', () => {
    const byName = toggleSort(DEFAULT_LIST_STATE, 'NAME');
    expect([byName.sort, byName.direction]).toEqual(['NAME', 'DESC']);
    const byNo = toggleSort(byName, 'EMPLOYEE_NO');
    expect([byNo.sort, byNo.direction]).toEqual(['EMPLOYEE_NO', 'ASC']);
    expect(ariaSort(byNo, 'EMPLOYEE_NO')).toBe('ascending');
    expect(ariaSort(byName, 'NAME')).toBe('descending');
    expect(ariaSort(byNo, 'NAME')).toBe('none');
  });

  it('counts pages and flattens the department tree with indentation', () => {
    expect(pageCount(301, 25)).toBe(13);
    expect(pageCount(0, 25)).toBe(1);
    expect(
      departmentOptions([
        { id: 'a', name: '销售中心', children: [{ id: 'b', name: '华东销售部', children: [] }] },
      ]),
    ).toEqual([
      { value: 'a', label: '销售中心' },
      { value: 'b', label: '\u3000华东销售部' },
    ]);
  });
});
