// Reading single cells as DOMAIN.md's "Reading values" says.
import {
  readBoolean, readCareer, readCount, readDate, readId, readLevel, readNumber, readRisk, readYears, yearsBetween,
  type Cell,
} from '../../../src/workbook/read/values';

const cell = (value: Cell['value'], format = 'General', text?: string, error = false): Cell => ({
  value,
  format,
  text: text ?? (value === null ? '' : String(value)),
  error,
});
const noMaps = { levelMap: {} };

describe('numbers', () => {
  it.each([
    [cell(85), 85],
    [cell('８５'), 85],
    [cell(' 85 '), 85],
    [cell('85%'), 85],
    [cell(0.85, '0%', '85%'), 85],
    [cell(0.8567, '0.00%', '85.67%'), 85.67],
    [cell(3.14159), 3.14],
    [cell('1,200'), 1200],
  ])('%j → %p', (c, n) => {
    expect(readNumber(c)).toEqual({ kind: 'ok', value: n });
  });

  it('empty, spaces and Excel errors are not given; text is bad', () => {
    expect(readNumber(cell(null))).toEqual({ kind: 'none' });
    expect(readNumber(cell('  '))).toEqual({ kind: 'none' });
    expect(readNumber(cell('#N/A', 'General', '#N/A', true))).toEqual({ kind: 'none', errorText: '#N/A' });
    expect(readNumber(cell('优秀'))).toEqual({ kind: 'bad', text: '优秀' });
  });
});

describe('IDs', () => {
  it.each([
    [cell(123, '00000', '00123'), '00123'],
    [cell(1023), '1023'],
    [cell('Ｅ００１'), 'E001'],
    [cell(' E1 '), 'E1'],
    [cell(110101199003071234, 'General', '1.10101E+17'), '110101199003071000'],
  ])('%j → %p', (c, id) => {
    expect(readId(c)).toEqual({ kind: 'ok', value: id });
  });
});

describe('years, counts and dates', () => {
  it.each([
    [cell(5), 5],
    [cell('5年'), 5],
    [cell('5.5年'), 5.5],
    [cell('5 years'), 5],
    [cell('１２年'), 12],
  ])('years %j → %p', (c, y) => {
    expect(readYears(c)).toEqual({ kind: 'ok', value: y });
  });

  it('negative years and words are bad', () => {
    expect(readYears(cell(-1)).kind).toBe('bad');
    expect(readYears(cell('-2年')).kind).toBe('bad');
    expect(readYears(cell('十年')).kind).toBe('bad');
  });

  it('counts are whole and ≥ 0', () => {
    expect(readCount(cell('3项'))).toEqual({ kind: 'ok', value: 3 });
    expect(readCount(cell(1.5)).kind).toBe('bad');
    expect(readCount(cell(-1)).kind).toBe('bad');
  });

  it.each([
    [cell(42186, 'yyyy-mm-dd', '2015-07-01'), '2015-07-01'],
    [cell(42186), '2015-07-01'],
    [cell('2015-07-01'), '2015-07-01'],
    [cell('2015/7/1'), '2015-07-01'],
    [cell('2015年7月1日'), '2015-07-01'],
    [cell('２０１５．７．１'), '2015-07-01'],
    [cell(2015), '2015-01-01'],
  ])('date %j → %p', (c, iso) => {
    expect(readDate(c)).toEqual({ kind: 'ok', value: iso });
  });

  it('an impossible date is bad', () => {
    expect(readDate(cell('2015-02-30')).kind).toBe('bad');
    expect(readDate(cell('去年')).kind).toBe('bad');
  });

  it.each([
    ['2015-06-30', '2025-06-30', 10],
    ['2015-07-01', '2025-06-30', 9.99],
    ['2024-12-30', '2025-06-30', 0.49],
    ['2020-02-29', '2025-06-30', 5.33],
  ])('from %s to %s is %p years', (start, review, years) => {
    expect(yearsBetween(start, review)).toBe(years);
  });

  it('a start after the review date gives no years', () => {
    expect(yearsBetween('2026-01-01', '2025-06-30')).toBeUndefined();
  });
});

describe('words', () => {
  it.each([
    ['是', true], ['否', false], ['Y', true], ['n', false], ['TRUE', true], ['false', false], ['1', true], ['0', false],
    ['yes', true], ['No', false],
  ])('boolean %s → %p', (t, b) => {
    expect(readBoolean(cell(t))).toEqual({ kind: 'ok', value: b });
  });

  it('booleans from real booleans and numbers', () => {
    expect(readBoolean(cell(true))).toEqual({ kind: 'ok', value: true });
    expect(readBoolean(cell(0))).toEqual({ kind: 'ok', value: false });
    expect(readBoolean(cell('也许')).kind).toBe('bad');
  });

  it.each([['高', 'high'], ['H', 'high'], ['中', 'medium'], ['m', 'medium'], ['低', 'low'], ['L', 'low'], ['高风险', 'high']])(
    'risk %s → %s',
    (t, r) => {
      expect(readRisk(cell(t))).toEqual({ kind: 'ok', value: r });
    },
  );

  it.each([
    ['技术通道', 'technical'], ['技术', 'technical'], ['管理通道', 'management'], ['管理', 'management'],
    ['横向复合', 'composite'], ['技能(双师)', 'skill'], ['技能（双师）', 'skill'],
  ])('career %s → %s', (t, k) => {
    expect(readCareer(cell(t))).toEqual({ kind: 'ok', value: k });
  });

  it.each([
    ['初级', 'junior'], ['初级培育对象', 'junior'], ['中级', 'intermediate'], ['高级培育对象', 'senior'],
    ['Tier 1', 'junior'], ['tier3', 'senior'], ['Junior', 'junior'], ['intermediate', 'intermediate'], ['Senior', 'senior'],
  ])('level %s → %s', (t, l) => {
    expect(readLevel(cell(t), noMaps)).toEqual({ kind: 'ok', value: l });
  });

  it('the level map wins over the built-in words', () => {
    expect(readLevel(cell('初级'), { levelMap: { 初级: 'intermediate' } })).toEqual({ kind: 'ok', value: 'intermediate' });
    expect(readLevel(cell(5), { levelMap: { '5': 'senior' } })).toEqual({ kind: 'ok', value: 'senior' });
    expect(readLevel(cell('特级'), noMaps).kind).toBe('bad');
  });
});
