/**
 * The people of a workplace counted by their trade: “Three dockworkers died”, “Two construction workers were killed”.
 */
import { claimsOf } from './helpers';

function tolls(text: string): Array<[string, number | undefined, string | null]> {
  return claimsOf(text).map((c) => [c.measure, c.value?.stated, c.group]);
}

describe('workplace tolls', () => {
  it('counts the dead and hurt of a trade at the start of a sentence', () => {
    expect(tolls('Three dockworkers died when a crane collapsed at the container terminal.')).toEqual([['deaths', 3, 'dockworkers']]);
    expect(tolls('Two construction workers were killed when the scaffolding gave way.')).toEqual([['deaths', 2, 'workers']]);
    expect(tolls('Four employees were injured in the blast at the plant.')).toEqual([['injuries', 4, 'employees']]);
  });
});
