/**
 * Figures on the word of sources no one names are hedged, and the name of whoever forecast a figure or was told it is
 * not what the figure is about.
 */
import { claimsOf } from './helpers';

describe('figures from unnamed sources', () => {
  it('hedges what sources or reports say when no one is named', () => {
    const hedged = (t: string): boolean[] => claimsOf(t).map((c) => c.hedged);
    expect(hedged('Sevilla, according to sources close to the club, value the striker at €65m and want a larger guaranteed fee.')).toEqual([true]);
    expect(hedged('The club need to raise around €40m in player sales before the end of the month, reports in Spain say.')).toEqual([true]);
    expect(hedged('An analyst pressed the chief executive on reports that the company was in talks to buy a start-up for about $2 billion.')).toEqual([true]);
  });

  it('does not hedge a report a body is named as giving', () => {
    expect(claimsOf('According to reports by the health ministry, 40 people died in the floods.').map((c) => c.hedged)).toEqual([false]);
  });
});

describe('names that are no subject', () => {
  it('takes no subject from whose forecast a figure beat, nor from who was told it', () => {
    const subjects = (t: string): Array<string | null> => claimsOf(t).map((c) => c.subject?.text ?? null);
    expect(subjects('Norvane Systems reported revenue of $4.82 billion on Tuesday, slightly ahead of Wall Street forecasts.')).toEqual([null]);
    expect(subjects('"We are close," the agent told the Sentinel, adding that the club would pay £52m for the striker.')).toEqual([null]);
  });
});

describe('lawmakers debating a figure', () => {
  it('are not what the figure counts', () => {
    const text = 'MPs debated the planning bill, which ministers say will deliver 250,000 new homes a year by 2030.';
    const homes = claimsOf(text, '2025-03-04').filter((c) => c.value?.stated === 250000);
    expect(homes).toHaveLength(1);
    expect(homes[0].subject).toBeNull();
  });
});
