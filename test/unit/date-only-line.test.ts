import { isDateOnlyLine } from '../../src/extract/dateline';

describe('a date line with no <time> element', () => {
  it('is only a date, or a published / updated label and a date', () => {
    for (const line of [
      'Published 3 March 2026, 10:14 GMT',
      'Updated: 12 May 2026',
      'Tue 3 Mar 2026 10.14 BST',
      'Last modified on March 3, 2026 at 10:14 a.m. EST',
      'Posted 12.10.2026',
      '2026-03-03T10:14Z',
      '03/03/2026',
      'Published 3 March 2026 | Updated 4 March 2026, 09:00',
      'Thursday, 14th May 2026',
    ]) expect({ line, date: isDateOnlyLine(line) }).toEqual({ line, date: true });
  });

  it('is not a sentence that opens with a date, a label without a date, or a month alone', () => {
    for (const line of [
      '3 March 2026 was the day the strike began.',
      'On 3 March 2026, the union struck.',
      'Published 3 March 2026: the strike is over',
      'At 10:14 the first train left.',
      'Updated',
      'Published on Monday',
      'March was cold.',
      'May',
      `Published ${'3 March 2026, '.repeat(10)}`,
    ]) expect({ line, date: isDateOnlyLine(line) }).toEqual({ line, date: false });
  });
});
