import { compareClaims, type ComparableClaim } from '../../src/services/claim-changes';

let nextId = 1;
function claim(topicId: number, stated: number, more: Partial<ComparableClaim> = {}): ComparableClaim {
  return {
    id: nextId++,
    topicId,
    topicLabel: `topic ${topicId}`,
    measure: 'deaths',
    subjectText: null,
    groupText: null,
    speakerKey: 'valdane',
    speakerName: 'Teresa Valdane',
    valueLow: stated,
    valueHigh: stated,
    valueStated: stated,
    qualifier: 'exact',
    unit: 'person',
    timeText: null,
    polarity: 'affirmed',
    text: `${stated} people`,
    ...more,
  };
}

describe('compareClaims', () => {
  it('reports an edited toll as a changed figure and leaves the figures the edit kept alone', () => {
    const before = [claim(1, 120), claim(2, 4000, { measure: 'evacuated' })];
    const after = [claim(1, 140), claim(2, 4000, { measure: 'evacuated' })];
    const c = compareClaims(before, after);
    expect(c.unchanged).toBe(1);
    expect(c.added).toEqual([]);
    expect(c.removed).toEqual([]);
    expect(c.changed).toHaveLength(1);
    expect(c.changed[0].before).toMatchObject({ claimId: before[0].id, figure: '120' });
    expect(c.changed[0].after).toMatchObject({ claimId: after[0].id, figure: '140', topicLabel: 'topic 1', speakerName: 'Teresa Valdane' });
  });

  it('does not pair figures of another speaker or subject: those were added and removed', () => {
    const before = [claim(1, 120), claim(3, 9, { subjectText: 'Pine Hollow' })];
    const after = [claim(1, 120, { speakerKey: 'ruiz', speakerName: 'Ana Ruiz' }), claim(4, 9, { subjectText: 'Calder Valley' })];
    const c = compareClaims(before, after);
    expect(c.changed).toEqual([]);
    expect(c.unchanged).toBe(0);
    expect(c.added.map((f) => f.claimId)).toEqual(after.map((a) => a.id));
    expect(c.removed.map((f) => f.claimId)).toEqual(before.map((b) => b.id));
  });

  it('matches equal figures first, so a figure moved within the page is not reported as changed', () => {
    // the update puts the new toll first and keeps the old one as what it was on Monday
    const before = [claim(1, 100)];
    const after = [claim(1, 130), claim(1, 100)];
    const c = compareClaims(before, after);
    expect(c.unchanged).toBe(1);
    expect(c.changed).toEqual([]);
    expect(c.added.map((f) => f.figure)).toEqual(['130']);
  });

  it('counts a figure now denied or given for another period as changed', () => {
    const before = [claim(1, 50, { timeText: 'since Monday' }), claim(2, 7)];
    const after = [claim(1, 50, { timeText: 'since Tuesday' }), claim(2, 7, { polarity: 'negated' })];
    const c = compareClaims(before, after);
    expect(c.changed.map((x) => [x.before.figure, x.after.figure])).toEqual([
      ['50 (since Monday)', '50 (since Tuesday)'],
      ['7', 'not 7'],
    ]);
  });

  it('keeps removed figures in reading order, and an article’s own figures apart from a speaker’s', () => {
    const before = [claim(5, 1), claim(6, 2), claim(5, 3, { speakerKey: null, speakerName: null })];
    const after = [claim(5, 3)];
    const c = compareClaims(before, after);
    expect(c.changed.map((x) => [x.before.figure, x.after.figure])).toEqual([['1', '3']]);
    expect(c.removed.map((f) => f.figure)).toEqual(['2', '3']);
    expect(c.removed[1].speakerName).toBeNull();
  });

  it('follows a figure by its own content, not its topic: one with no subject sits in each version’s own topic, and is unchanged all the same', () => {
    const evacuated = { measure: 'evacuated', speakerKey: null, speakerName: null, around: 'Around people remained under mandatory evacuation orders on Thursday' };
    const fund = { measure: 'money', unit: 'USD', speakerKey: 'lindqvist', speakerName: 'Harriet Lindqvist', around: 'The governor announced a relief fund for the families' };
    const before = [claim(10, 14, { around: 'The governor said people had died in the fire' }), claim(11, 8000, evacuated), claim(12, 100_000_000, fund)];
    const after = [claim(10, 15, { around: 'The governor said people had died in the fire' }), claim(21, 8000, evacuated), claim(22, 100_000_000, fund)];
    const c = compareClaims(before, after);
    expect(c.changed.map((x) => [x.before.figure, x.after.figure])).toEqual([['14', '15']]);
    expect(c.unchanged).toBe(2);
    expect(c.added).toEqual([]);
    expect(c.removed).toEqual([]);
  });

  it('pairs an edited figure with the one whose sentence reads alike around it, among several of the same kind (50.8% → 51.0%)', () => {
    const share = (stated: number, around: string, topicId: number) => claim(topicId, stated, { measure: 'share', unit: 'percent', speakerKey: 'state board', speakerName: 'State Board', around });
    const count = 'With percent of precincts reporting Marlow had of the vote to Hartvig according to the State Board of Elections';
    const before = [share(47.1, count, 5), share(50.8, count, 5), share(58, 'Voters approved the minimum wage measure with of the vote', 5)];
    const after = [share(51, 'With percent of precincts reporting Marlow had of the vote to Hartvig s percent according to the State Board of Elections', 31), share(47.1, count, 31), share(58, 'Voters approved the minimum wage measure with of the vote', 31)];
    const c = compareClaims(before, after);
    expect(c.unchanged).toBe(2);
    expect(c.changed.map((x) => [x.before.figure, x.after.figure])).toEqual([['50.8%', '51%']]);
    expect(c.added).toEqual([]);
    expect(c.removed).toEqual([]);
  });

  it('does not pair figures of the same kind said of different things: one removed, one added', () => {
    const before = [claim(1, 2, { measure: 'injured', around: 'Two firefighters were treated for smoke inhalation at the county hospital' })];
    const after = [claim(2, 5, { measure: 'injured', around: 'The coroner named the victims of the crash on the coast highway on Friday' })];
    const c = compareClaims(before, after);
    expect(c.changed).toEqual([]);
    expect(c.added.map((f) => f.figure)).toEqual(['5']);
    expect(c.removed.map((f) => f.figure)).toEqual(['2']);
  });
});
