import { analyseArticle } from '../../src/core';

describe('transcripts and Q&A interviews', () => {
  const interview = [
    'ORLIN - Dr. Mira Castell leads the agency\u2019s field team in the province. She spoke to the Harbour Courier on Saturday.',
    'Harbour Courier: How many cases are there today?',
    'Castell: Our count this morning is 88 suspected and confirmed cases and 13 deaths. Both numbers are honest.',
    'Harbour Courier: Is the quarantine justified?',
    'Castell: A quarantine of a whole district is a blunt instrument. I have said this to the minister.',
    'Castell: Yes.',
    'In a separate briefing, ministry spokesman Viktor Lenz said "the confirmed number will catch up."',
  ].join('\n\n');

  it('reads each labelled turn of a dialogue as a direct quote of its label, and the interviewer\u2019s questions as its own', () => {
    const r = analyseArticle(interview);
    const turns = r.quotes.filter((q) => q.evidence.rule === 'interview-label');
    expect(turns.map((q) => [q.speaker?.name, q.kind, q.text.slice(0, 24)])).toEqual([
      ['Harbour Courier', 'direct', 'How many cases are there'],
      ['Mira Castell', 'direct', 'Our count this morning i'],
      ['Harbour Courier', 'direct', 'Is the quarantine justif'],
      ['Mira Castell', 'direct', 'A quarantine of a whole '],
    ]);
    for (const q of turns) expect(interview.slice(q.start, q.end)).toBe(q.text);
    // (“Castell: Yes.” holds one word: too little to tell a turn from a label)
    // what an answer says is no statement of someone named inside it
    expect(r.statements.map((s) => s.speaker?.name)).not.toContain('I');
    expect(r.quotes.map((q) => q.speaker?.name)).toContain('Viktor Lenz');
  });

  it('leaves headlines, tallies and notes with a colon alone, and keeps a quotation inside the turn that holds it', () => {
    const text = [
      'Graham: Trump\u2019s rhetoric is destroying the party.',
      'Clinton: 1,769.',
      'Sanders: 1,501.',
      'Clinton: 547.',
      'Sanders: 46.',
      'Correction: An earlier version of this article misspelled a name.',
      'Note: This story has been updated.',
    ].join('\n\n');
    expect(analyseArticle(text).quotes).toEqual([]);
    const quoted = [
      'Pike: Who told you to record the payments?',
      'Feld: He did. "Put it under consultancy," he told me.',
      'Pike: Did you ever see any work done?',
      'Feld: Never. Not a report, not an email, nothing.',
    ].join('\n\n');
    const r = analyseArticle(quoted);
    expect(r.quotes.map((q) => q.text)).toEqual([
      'Who told you to record the payments?', 'He did. "Put it under consultancy," he told me.', 'Did you ever see any work done?', 'Never. Not a report, not an email, nothing.',
    ]);
    expect(r.quotes[1].speaker?.name).toBe('Feld');
    expect(r.quotes[1].nested?.map((n) => n.text)).toEqual(['Put it under consultancy']);
    expect(r.quotes[1].nested?.[0].speaker?.name).not.toBe('Feld');
  });

  it('reads a turn quoting someone as the turn speaker’s quote, the quotation nested inside with its own speaker', () => {
    const text = [
      'Tessa Vale, the council leader, took questions from the Harbour Courier on Monday.',
      'Harbour Courier: Why did the budget overrun?',
      'Vale: Because the contractor walked away. The finance director told me, “we have been left with nothing,” and she was right.',
      'Harbour Courier: Who pays?',
      'Vale: The taxpayer, in the short run.',
      'We are pursuing the contractor through the courts, and I expect that money back.',
      'Harbour Courier: Will you resign?',
      'Vale: Not over this, and not this year.',
      'The council meets again on Thursday.',
    ].join('\n\n');
    const r = analyseArticle(text);
    const vale = r.quotes.filter((q) => q.speaker?.name === 'Tessa Vale');
    expect(vale.map((q) => q.text)).toEqual([
      'Because the contractor walked away. The finance director told me, “we have been left with nothing,” and she was right.',
      'The taxpayer, in the short run. We are pursuing the contractor through the courts, and I expect that money back.',
      'Not over this, and not this year.',
    ]);
    // a turn going on over a second paragraph: one quote of two segments, each the paragraph's words
    expect(vale[1].segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'The taxpayer, in the short run.', 'We are pursuing the contractor through the courts, and I expect that money back.',
    ]);
    expect(vale[0].nested?.[0]).toMatchObject({ text: 'we have been left with nothing', speakerMention: { text: 'The finance director' } });
    expect(vale[0].nested?.[0].confidence).toBeLessThan(vale[0].confidence);
    // the paragraph after the last turn is the article's again
    expect(r.quotes.some((q) => q.text.includes('The council meets again'))).toBe(false);
  });

  it('reads an “A:” answer quoting someone as the answer, given to the one the interview is with', () => {
    const text = [
      'Chief Superintendent Maria Okafor spoke to reporters after the inquest on Friday.',
      'Q: Will the officers involved be suspended?',
      'A: As the minister told us, “nobody will be rushed,” and I stand by that. We will follow the evidence.',
      'Q: When will the family see the report?',
      'A: Within a month. I have promised them that.',
    ].join('\n\n');
    const r = analyseArticle(text);
    const answer = r.quotes.find((q) => q.text.startsWith('As the minister'));
    expect(answer).toBeDefined();
    expect(answer!.text).toBe('As the minister told us, “nobody will be rushed,” and I stand by that. We will follow the evidence.');
    expect(answer!.speaker?.name).toBe('Maria Okafor');
    expect(answer!.nested?.[0]).toMatchObject({ text: 'nobody will be rushed', speakerMention: { text: 'the minister' } });
    expect(r.quotes.filter((q) => q.text === 'nobody will be rushed')).toEqual([]);
  });
});

describe('an interview with questions labelled Q', () => {
  it('reads the answers of the one named party as her quotes, not the questions', () => {
    const t = [
      'Leila Haddad, 36, co-founded Signal Grove in 2019. We spoke to Haddad in London.',
      'Q: Signal Grove started as a tool for your own street. How did that happen?',
      'Haddad: It was during the first lockdown. We built the app for ourselves over a weekend.',
      'Q: You now say you have 14 million users. Critics say many are inactive.',
      'Haddad: I understand the scepticism. But our number is monthly active users, not downloads.',
    ].join('\n\n');
    const quotes = analyseArticle(t).quotes;
    expect(quotes.map((q) => [q.text.slice(0, 30), q.speaker?.name])).toEqual([
      ['It was during the first lockdo', 'Leila Haddad'],
      ['I understand the scepticism. B', 'Leila Haddad'],
    ]);
  });
});

describe('a paragraph headed by a topic label', () => {
  it('gives a quotation followed by its own cue to the one named in the cue, not to the label', () => {
    const t = [
      'The campaign has not decided how it would raise the issues at the convention. Morales said the areas where the senator wants changes include:',
      'Ballot access: The party runs closed primaries in eleven states. "Shutting people out of the process is not smart," Morales said.',
      'Superdelegates: The governor is backed by 412 of them, against 31 for the senator. "We want a process where voters decide," said Ana Ruiz, the campaign\u2019s counsel.',
      'Campaign funding: The campaign wants limits on joint fundraising committees.',
    ].join('\n\n');
    const quotes = analyseArticle(t).quotes;
    expect(quotes.map((q) => [q.text.slice(0, 20), q.speaker?.name])).toEqual([
      ['Shutting people out ', 'Morales'],
      ['We want a process wh', 'Ana Ruiz'],
    ]);
  });
});

describe('a dateline closed by a colon', () => {
  it('is a place opening the text, not a label of a speaker', () => {
    const t = 'BENGALURU: Karnataka will release 10,000 cusecs of water to Tamil Nadu, Chief Minister Shri H.S. Siddegowda said on Wednesday. New Delhi has asked both States to "show restraint."';
    const a = analyseArticle(t);
    expect(a.people.map((p) => p.name)).toEqual(['H S Siddegowda']);
    expect(a.quotes[0].speaker?.name).not.toBe('BENGALURU');
  });
});
