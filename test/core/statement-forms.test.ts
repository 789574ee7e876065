import { analyseArticle } from '../../src/core';

function statements(text: string): [string | undefined, string | undefined, string][] {
  return analyseArticle(text).statements.map((s) => [s.speakerMention?.text, s.speaker?.name, s.content.text]);
}

describe('a clause set off by dashes between the speaker and the cue', () => {
  it('is skipped, whether the dash is “—”, “–” or two hyphens', () => {
    for (const dash of ['—', '–', '--']) {
      const t = `Health Secretary Miriam Calloway ${dash} who had promised to cut waiting lists by spring ${dash} said the target would be missed.`;
      expect(statements(t)).toEqual([
        ['who', 'Miriam Calloway', 'to cut waiting lists by spring'],
        ['Health Secretary Miriam Calloway', 'Miriam Calloway', 'the target would be missed'],
      ]);
    }
  });

  it('an apposition between dashes is passed over too', () => {
    const t = 'Harbour master Colm Reilly -- a fisherman for thirty years -- said the new quay would be ready by June.';
    expect(statements(t)).toEqual([['Colm Reilly', 'Colm Reilly', 'the new quay would be ready by June']]);
  });
});

describe('the frame of a report', () => {
  it('a fronted “Speaking through an interpreter in an interview with …” is no speaker: the subject of the verb after it is', () => {
    const t =
      'The verdict was read out in a half-empty courtroom.\n\n' +
      'Speaking through an interpreter in an interview with the Northern Courier, Halvorsen, 52, said she expected to lose the appeal.';
    expect(statements(t)).toEqual([['Halvorsen', 'Halvorsen', 'she expected to lose the appeal']]);
  });
});

describe('what is no statement', () => {
  it('a verb of thinking back with only its topic after it', () => {
    const t = 'Former mayor Agnes Whitlock, 81, reflected on her years in office. She mused about the old tram lines.';
    expect(statements(t)).toEqual([]);
  });

  it('but a verb of thinking back with a clause reports it', () => {
    const t = 'Former mayor Agnes Whitlock reflected that the town had changed beyond recognition.';
    expect(statements(t)).toEqual([['Agnes Whitlock', 'Agnes Whitlock', 'the town had changed beyond recognition']]);
  });

  it('a passive cue: its subject is spoken of, not speaking', () => {
    const t = 'Incumbent governor Radu Petrescu faced two rivals. Petrescu was declared the winner with 64 percent of the vote. His deputy was told to prepare the handover.';
    expect(statements(t)).toEqual([]);
  });
});

describe('who a statement is by', () => {
  it('“that” opening a relative clause is no part of the speaker', () => {
    const t = 'Protesters left the port on Sunday, ending a blockade that police said had cost traders millions.';
    expect(statements(t)).toEqual([['police', 'police', 'had cost traders millions']]);
  });

  it('a demonstrative “that” after a conjunction stays', () => {
    const t = 'The ministry gave no figure, but that official said the count was still going on.';
    expect(statements(t).map((s) => s[0])).toEqual(['that official']);
  });
});

describe('the time stamps of a live report', () => {
  it('are no part of what was reported', () => {
    const t = [
      '07:55 — Winds of up to 80 mph are expected along the coast, the forecaster said.',
      '11:20 BST: Some 2,300 homes are without power, according to Western Power.',
      '2.45pm - Coastguard officer Ann Lee said two walkers had been rescued from the cliffs.',
    ].join('\n\n');
    expect(statements(t).map((s) => s[2])).toEqual([
      'Winds of up to 80 mph are expected along the coast',
      'Some 2,300 homes are without power',
      'two walkers had been rescued from the cliffs',
    ]);
  });
});

describe('words a sentence attributes to someone', () => {
  it('go to the one the next sentence says spoke them, not to the subject', () => {
    const t =
      'Correction: An earlier version of this story gave the wrong date for the vote. It also attributed the words ' +
      '“We will not be bullied into a bad deal” to union president Alan Moss. They were spoken by general secretary Owen Pryce.';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker?.name).toBe('Owen Pryce');
    expect(q.evidence.rule).toBe('attributed-words');
  });

  it('to no one when no sentence says who spoke them', () => {
    const t = 'The travel magazine misattributed the line “Never waste a good crisis” to a wartime leader.';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker).toBeNull();
  });
});
