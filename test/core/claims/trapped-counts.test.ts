/**
 * A workplace disaster's counts: the miners or workers trapped, rescued and dead, and a company's revision of its own
 * count of the trapped.
 */
import { claimsOf } from './helpers';

const TEXT = 'On Wednesday the mine operator, Minera Sur, said 17 miners remained trapped underground. By Thursday the company '
  + 'had revised the number of trapped miners to 15. Nine miners were rescued on Friday and four workers were confirmed dead, '
  + 'the mining minister said.';

describe('trapped, rescued and dead workers', () => {
  it('counts miners and workers trapped, rescued and dead', () => {
    const facts = claimsOf(TEXT).map((c) => [c.measure, c.value?.stated]);
    expect(facts).toEqual([['besieged', 17], ['besieged', 15], ['rescued', 9], ['deaths', 4]]);
  });

  it('credits a revised count to whoever gave the figure it revises', () => {
    const [first, revised] = claimsOf(TEXT);
    expect(first.speaker?.name).toBe('Minera Sur');
    expect(revised.speaker?.name).toBe('Minera Sur');
  });

  it('credits nothing to a revision of a figure no one was said to give', () => {
    const claims = claimsOf('Rescuers said 12 workers were trapped. Officials later revised the number of trapped workers to 10.');
    expect(claims.map((c) => c.value?.stated)).toEqual([12, 10]);
    expect(claims[1].speaker?.name).not.toBe(claims[0].speaker?.name ?? 'none');
  });
});

describe('a state that has ended', () => {
  it('counts no one as trapped who “had been trapped”', () => {
    const claims = claimsOf('Rescuers reached nine miners who had been trapped since Monday, the company said.', '2026-03-04');
    expect(claims.filter((c) => c.measure === 'besieged')).toEqual([]);
  });
});
