import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, listRows, toCsv } from './archive.export';

describe('archive CSV', () => {
  it('quotes what needs quoting and keeps formulas as text', () => {
    expect(csvField('郑远航')).toBe('郑远航');
    expect(csvField('研发部, 一组')).toBe('"研发部, 一组"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe('');
  });

  it('writes a BOM, the headers and one CRLF line per row', () => {
    const rows = listRows([
      {
        name: '郑远航',
        employeeNo: 'TL900009',
        position: { name: '高级工程师' },
        department: { name: '研发一部' },
        hireDate: '2019-03-01',
      },
    ]);
    expect(toCsv(['姓名', '工号', '岗位', '部门', '入职日期'], rows)).toBe(
      '\uFEFF姓名,工号,岗位,部门,入职日期\r\n郑远航,TL900009,高级工程师,研发一部,2019-03-01\r\n',
    );
    expect(csvFileName('2026-12-07')).toBe('talentloop-archive-2026-12-07.csv');
  });
});
