import { analyseArticle } from '../../src/core';

describe('permission is not speech', () => {
  it('a passive “allowed” reports nothing; the “said” closing the sentence reports its opening', () => {
    const t =
      'Fire crews worked through the night at the Ashgrove estate.\n\n' +
      'Families were allowed back into their flats on Sunday morning, said council spokeswoman Mary Doyle.';
    const r = analyseArticle(t);
    expect(r.statements.map((s) => [s.speaker?.name, s.content.text])).toEqual([
      ['Mary Doyle', 'Families were allowed back into their flats on Sunday morning'],
    ]);
  });

  it('“allowed that” still reports what was conceded', () => {
    const t = 'The coach allowed that his side had been lucky to draw.';
    const r = analyseArticle(t);
    expect(r.statements.map((s) => [s.speaker?.name, s.content.text])).toEqual([['The coach', 'his side had been lucky to draw']]);
  });
});

describe('cues in the language of a quotation in guillemets or „…“ marks', () => {
  it('a French perfect after the closing guillemet names the speaker, not the subject of the sentence before', () => {
    const t =
      'Hundreds of Breton fishermen blocked the port of Brest on Monday over new quotas.\n\n' +
      '« Nous ne pouvons plus vivre de la pêche », a déclaré Loïc Le Gall, président du comité local, to reporters at the quay.';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker?.name).toBe('Loïc Le Gall');
    expect(q.cue?.text).toBe('a déclaré');
    expect(q.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('a German verb after the speaker, and “so” or “selon” naming the source', () => {
    const t =
      'Train drivers walked out again on Friday.\n\n' +
      '„Wir haben keine Wahl“, Sabine Krüger sagte. „Der Vorstand will nicht verhandeln“, so Sabine Krüger.\n\n' +
      'The minister urged calm. « Le dialogue doit reprendre », selon Henri Dufour.';
    const r = analyseArticle(t);
    expect(r.quotes.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([
      ['Sabine Krüger', 'sagte'],
      ['Sabine Krüger', 'so'],
      ['Henri Dufour', 'selon'],
    ]);
  });

  it('“so” after a quotation in English marks stays an English word', () => {
    const t = 'Nora Berg chairs the board.\n\n"We will not sell," so Tomas Reiner was left without a buyer.';
    const [q] = analyseArticle(t).quotes;
    expect(q.cue?.text).not.toBe('so');
    expect(q.speaker?.name).not.toBe('Tomas Reiner');
  });
});

describe('a quote whose own sentence names a person after it', () => {
  it('the person named beside the quote, not the subject of the sentence before, when no known cue links them', () => {
    const t =
      'Hundreds of Breton fishermen blocked the port of Brest on Monday over new quotas.\n\n' +
      '« Nous ne lâcherons rien », a martelé Loïc Le Gall, président du comité local, to reporters at the quay.';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker?.name).toBe('Loïc Le Gall');
    expect(q.confidence).toBeLessThan(0.7);
  });

  it('words in marks running on into the sentence are a title, not the words of the person named after them', () => {
    const t = 'The festival opened on Friday.\n\n“Night Harbour” director Ana Lund walked the red carpet with her cast.';
    const r = analyseArticle(t, { includeTerms: true });
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Ana Lund');
  });
});

describe('a count of a group opening a sentence', () => {
  it('is no name cut before its noun, and no speaker for the quote after it', () => {
    const t =
      'Thousands of Dutch farmers drove their tractors into The Hague on Tuesday. “We are not going home until the minister listens to us.”\n\n' +
      'Hundreds of Irish nurses marched through Dublin, chanting “Safe staffing saves lives.”';
    const r = analyseArticle(t);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, 'Hundreds of Irish nurses']);
    expect(r.people.map((p) => p.name)).not.toContain('Thousands of Dutch');
  });
});

describe('roles and owners before a name', () => {
  it('a parliamentary rank capitalised before a full name is a role, not part of the name', () => {
    const t =
      'The assembly debated the housing bill on Tuesday.\n\n' +
      'Backbencher Amara Osei, from the governing party, interrupted the minister. “Where is the money coming from?” she said.\n\n' +
      'Frontbencher Idris Bello said the bill would pass.';
    const r = analyseArticle(t);
    expect(r.quotes[0].speaker).toMatchObject({ name: 'Amara Osei', role: 'Backbencher' });
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Amara Osei', 'Idris Bello']));
    expect(r.people.map((p) => p.name).join('|')).not.toMatch(/bencher/);
  });

  it('a club or outlet owning a name is no part of the name or of the words naming the speaker', () => {
    const t =
      'The derby ended level.\n\n' +
      'Riverside United\'s Marco Vidal, asked about the penalty, said: "The referee had a clear view."\n\n' +
      'Reuters’ Lena Hart reported that the club would appeal.';
    const r = analyseArticle(t);
    expect(r.quotes[0].speaker?.name).toBe('Marco Vidal');
    expect(r.quotes[0].speakerMention?.text).toBe('Marco Vidal');
    expect(r.statements.map((s) => [s.speaker?.name, s.speakerMention?.text])).toEqual([['Lena Hart', 'Lena Hart']]);
  });
});

describe('who a reported statement is by, and what is no statement', () => {
  it('the full name set off after a description, with the body it is “of”, speaks', () => {
    const t =
      'The bridge reopened on Monday after two years of repairs.\n\n' +
      'Her former colleague, Professor Lena Varga of Delft University, described the design as bold but sound. ' +
      'His deputy, Inspector Tom Reyes of the county police, said the roads were clear by noon.';
    const r = analyseArticle(t);
    expect(r.statements.map((s) => s.speaker?.name)).toEqual(['Lena Varga', 'Tom Reyes']);
  });

  it('a question asked states nothing', () => {
    const t =
      'I asked shop steward Rosa Kahn what she makes of the new rota. “It is a pay cut by another name,” she said.\n\n' +
      'A councillor interrupted to ask whether the budget had been costed. The mayor asked staff to wait outside.';
    const r = analyseArticle(t);
    expect(r.statements.map((s) => s.content.text)).toEqual(['staff to wait outside']);
  });
});

describe('a sentence announcing the quotation after it', () => {
  it('“gave the following account” before a quotation of several paragraphs is a cue, and the verb’s subject speaks', () => {
    const t =
      'Station master Olav Brekke gave the following account to the rail safety board on Tuesday of the night the freight train derailed.\n\n' +
      '“At twenty to one the signal box called to say the points had failed. I stopped the passenger service at once.\n\n' +
      '“By the time the freight train reached the bridge it was already leaning. Nobody could have stopped it in time.”\n\n' +
      'The board will report in the spring.';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker).toMatchObject({ name: 'Olav Brekke', role: 'Station master' });
    expect(q.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('a role of two words before a rank is the role, the rank a title', () => {
    const t = 'Harbour master Captain Mette Lunde closed the port on Friday. “No ship will leave until the storm has passed,” she said.';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker).toMatchObject({ name: 'Mette Lunde', role: 'Harbour master' });
  });

  it('“had this to say:” and “issued the following statement:” before the quotation in the same paragraph; not a time', () => {
    const t =
      'Coach Ana Ruiz had this to say: “We were second best for an hour.”\n\n' +
      'The club issued the following statement: “The board regrets the decision.”\n\n' +
      'The following week, Tomas Berg resigned.\n\n' +
      '“Nobody saw that coming, least of all the players,” one fan wrote online.';
    const r = analyseArticle(t);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ana Ruiz', 'The club', 'one fan']);
  });
});
