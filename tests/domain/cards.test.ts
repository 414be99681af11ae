// Who gets a talent card (DOMAIN.md, Output sheets: 人才卡片, *default* set), and in which order.
import { cardSubjects, unknownCardIds, type CardChoice } from '../../src/domain/cards';
import { defaultSettings, standardsLookup, type Engineer } from '../../src/domain';
import { succession, type KeyPost } from '../../src/domain/succession';
import { rated } from './helpers';
import { review } from './followUpHelpers';

const ALL4 = { research: 4, practice: 4, problemSolving: 4, integration: 4, innovation: 4 };
const eng = (id: string, dept: string | undefined, perf: Parameters<typeof rated>[1], pot: Parameters<typeof rated>[2], over: Partial<Engineer> = {}): Engineer =>
  rated(id, perf, pot, { department: dept, category: '研发', level: 'senior', competencies: ALL4, ...over });

const roster = [
  eng('A5', '研发中心', 'qualified', 'medium'), // box 5, holds a key post
  eng('A8', '研发中心', 'qualified', 'high'), // box 8
  eng('B9', '工艺部', 'excellent', 'high'), // box 9
  eng('A9', '研发中心', 'excellent', 'high'), // box 9
  eng('A6', '研发中心', 'excellent', 'medium'), // box 6, a successor ready now
  eng('N9', undefined, 'excellent', 'high'), // box 9, no department
  eng('A2', '研发中心', 'qualified', 'low'), // box 2: no card by default
];
const reviews = review(roster).reviews;
const posts: KeyPost[] = [{ name: '首席工艺师', category: '研发', level: 'senior', incumbentId: 'A5', namedSuccessors: ['A6'] }];
const plan = succession(reviews, posts, 'sheet', standardsLookup([]), { ...defaultSettings(), successorCount: 1 });
const ids = (choice: CardChoice): string[] => cardSubjects(reviews, plan, choice).map((s) => s.review.engineer.id);

describe('the card set', () => {
  it.each([
    ['default: box 9 and 8, key-position holders, successors ready now', { kind: 'default' }, ['A9', 'A8', 'A5', 'A6', 'B9', 'N9']],
    ['all: everyone', { kind: 'all' }, ['A9', 'A8', 'A5', 'A6', 'A2', 'B9', 'N9']],
    ['none: nobody', { kind: 'none' }, []],
    ['IDs as asked, in any width or case', { kind: 'ids', ids: ['ａ2', 'b9'] }, ['A2', 'B9']],
  ] as [string, CardChoice, string[]][])('%s', (_name, choice, expected) => {
    expect(ids(choice)).toEqual(expected);
  });

  it('runs department by department (those without one last), box 9 before 8 before the rest', () => {
    const order = cardSubjects(reviews, plan, { kind: 'default' }).map((s) => [s.review.engineer.department ?? '—', s.review.finalBox]);
    expect(order).toEqual([['研发中心', 9], ['研发中心', 8], ['研发中心', 5], ['研发中心', 6], ['工艺部', 9], ['—', 9]]);
  });

  it('knows the posts a card holder holds and is a successor for, with the readiness', () => {
    const [holder, successor] = ['A5', 'A6'].map((id) => cardSubjects(reviews, plan, { kind: 'all' }).find((s) => s.review.engineer.id === id));
    expect(holder?.holds).toEqual(['首席工艺师']);
    expect(successor?.successorFor).toEqual([{ post: '首席工艺师', readiness: 'now' }]);
    expect(successor?.why).toEqual(['readySuccessor']);
  });

  it('without succession, the default set is box 9 and 8 only', () => {
    expect(cardSubjects(reviews, undefined, { kind: 'default' }).map((s) => s.review.finalBox)).toEqual([9, 8, 9, 9]);
  });

  it('names the IDs asked for that nobody reviewed has', () => {
    expect(unknownCardIds(reviews, { kind: 'ids', ids: ['A9', 'Z1', 'Z1'] })).toEqual(['Z1']);
    expect(unknownCardIds(reviews, { kind: 'all' })).toEqual([]);
  });
});
