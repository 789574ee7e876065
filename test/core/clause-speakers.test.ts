import { analyseArticle } from '../../src/core';

function first(text: string) {
  const [q] = analyseArticle(text).quotes;
  expect(q).toBeDefined();
  return q;
}

describe('speakers inside the clause that holds the quote', () => {
  it('“with” then any phrase then a participle cue', () => {
    const q = first('The parade paused at noon, with many marchers and spectators chanting “We are all Tarnby” as it passed.');
    expect(q.speakerMention?.text).toBe('many marchers and spectators');
  });

  it('“with” then an organisation name after “the”', () => {
    const q = first('Unions backed Lund early, with the National Federation of Teachers calling her “the champion families need.”');
    expect(q.speaker?.name).toBe('National Federation of Teachers');
  });

  it('“as X said” right after the quote', () => {
    const q = first('Still, the claim that the race “is a dead heat right now,” as Senator Ola Berg said on the radio, only raises the stakes.');
    expect(q.speakerMention?.text).toBe('Senator Ola Berg');
  });

  it('“, as X suggested” closing the sentence', () => {
    const q = first('Lund won again, not as a “regional” candidate, as Berg’s campaign manager suggested after the vote.');
    expect(q.speakerMention?.text).toBe('Berg’s campaign manager');
  });

  it('an attribution closing the sentence may be followed by a participle clause', () => {
    const q = first('Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”');
    expect(q.speakerMention?.text).toBe('Hollande');
  });

  it('the agent of a passive participle next to the quote', () => {
    const q = first('The summit will also discuss ballot access, an option seen by organizers as a “lifeboat” for the party.');
    expect(q.speakerMention?.text).toBe('organizers');
    expect(q.evidence.rule).toBe('passive-agent');
  });

  it('a passive agent after the quote', () => {
    const q = first('On March 2 the canton voted on an initiative that was called “the enforcement plan” by the Farmers’ Party.');
    expect(q.speakerMention?.text).toBe('the Farmers’ Party');
  });
});

describe('continuations and names', () => {
  it('a reporting sentence between two quotes gives the second quote to its subject', () => {
    const t = '“Nobody wants to talk about it,” says Gloria Garcia, a nurse from Tarnby. She says people should be left alone. “It is their life, after all.”';
    const qs = analyseArticle(t).quotes;
    expect(qs[1].speakerMention?.text).toBe('She');
    expect(qs[1].speaker?.name).toBe('Gloria Garcia');
  });

  it('a described speaker in a sentence of its own between two quotes takes the second quote', () => {
    const t = '“Tell her I promised you a picture,” Ebeling said. Her husband added quickly. “Don’t forget me. We were all in the same grade.”';
    const qs = analyseArticle(t).quotes;
    expect(qs.map((q) => q.speakerMention?.text)).toEqual(['Ebeling', 'Her husband']);
  });

  it('the cue after a question closing the quote is its own attribution, not a sentence between', () => {
    const t = '“Can you really reform Wall Street when they pay your speaking fees?” Sanders asked. “It is easy to say it. I have doubts.”';
    const qs = analyseArticle(t).quotes;
    expect(qs.map((q) => [q.speaker?.name, q.evidence.rule])).toEqual([['Sanders', 'quote-cue-speaker'], ['Sanders', 'continuation-paragraph']]);
  });

  it('a sentence between two quotes that reports nothing keeps the earlier speaker', () => {
    const t = '“We will appeal,” Mayor Ida Lund said. The court sits again in May. “We expect to win.”';
    const qs = analyseArticle(t).quotes;
    expect(qs[1].speaker?.name).toBe('Ida Lund');
  });

  it('a verb after a name is not read as a role before another name', () => {
    const t = 'Ana Roloson supports Democrat Hillary Clinton. “I have loans to pay,” Roloson said.';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker?.name).toBe('Ana Roloson');
    expect(analyseArticle(t).people.map((p) => p.name)).toContain('Hillary Clinton');
  });

  it('a party label before a person is not part of the name, but stays in an organisation’s', () => {
    const people = analyseArticle('Republican Ted Nord met the Republican National Committee.').people.map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['Ted Nord', 'Republican National Committee']));
  });
});

describe('organisations written with “the”', () => {
  it('a capitalised name after “the” ends the subject before its verb and resolves as a name', () => {
    const [q] = analyseArticle('In an attempt to make its point, the Daily Ledger focuses on how many people the gunmen could kill with “assault weapons” that day.').quotes;
    expect(q.speakerMention?.text).toBe('the Daily Ledger');
    expect(q.speaker?.name).toBe('Daily Ledger');
  });
});

describe('free relatives', () => {
  it('“what he calls “…”” goes to the subject of the sentence', () => {
    const [q] = analyseArticle('Columnist Kevin Lowe assails in scoffing prose what he calls the “immoral lie” of the moment.').quotes;
    expect(q.speaker?.name).toBe('Kevin Lowe');
    expect(q.speakerMention?.text).not.toBe('he');
  });

  it('“whom he described as “…”” keeps the pronoun', () => {
    const [q] = analyseArticle('Senator Tom Perez contrasted the candidate, whom he described as “volatile,” with the mayor.').quotes;
    expect(q.speakerMention?.text).toBe('he');
  });
});

describe('participles and passive cues before the quote', () => {
  it('“X said, adding “…”” gives the second quote to the speaker of “said”, not the sentence subject', () => {
    const qs = analyseArticle('The former mayor will play the “harbour card,” Ines Ruiz said, adding that the answer “is to look at her record.”').quotes;
    expect(qs[1].speaker?.name).toBe('Ines Ruiz');
  });

  it('“was asked by X, “…”” goes to the agent', () => {
    const [q] = analyseArticle('Mayor Tom Berg was asked by host Ana Lund, who backs him, “Will the ferry run next year?”').quotes;
    expect(q.speaker?.name).toBe('Ana Lund');
  });

  it('a place after a place in an opening phrase is skipped', () => {
    const [q] = analyseArticle('Speaking at a town hall in Salem, Oregon, Governor Ana Ruiz went after Berg, calling him “a total stiff.”').quotes;
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });

  it('an opening participle with “by” is skipped', () => {
    const [q] = analyseArticle('Reached by the Tarnby Star, Ines Ruiz denied the report, saying she was “taking a day off.”').quotes;
    expect(q.speaker?.name).toBe('Ines Ruiz');
  });
});

describe('participle after an inverted attribution', () => {
  it('“…,” said X, explaining …: “…” gives the second quote to X', () => {
    const qs = analyseArticle('“It is valuable,” said Bill Skelly, explaining he worked more closely with Ruiz: “Ines is outstanding with data.”').quotes;
    expect(qs[1].speaker?.name).toBe('Bill Skelly');
  });

  it('a stance verb’s object before a participle is not its speaker', () => {
    const [q] = analyseArticle('Early on, Mayor Tom Berg attacked Ines Ruiz, calling her “a failed candidate.”').quotes;
    expect(q.speaker?.name).toBe('Tom Berg');
  });
});

describe('relative clauses with words before the cue', () => {
  it('“X, who has in the past described …” gives the quote to the relative pronoun and resolves it to X', () => {
    const [q] = analyseArticle('Radio host Glen Beck spoke on Monday. Beck, who has in the past described Berg as “a pathological narcissist,” said nothing new.').quotes;
    expect(q.speakerMention?.text).toBe('who');
    expect(q.speaker?.name).toBe('Glen Beck');
  });
});

describe('modal cues', () => {
  it('“X said he expected that voters will say “no”” goes to X', () => {
    const [q] = analyseArticle('Asked about the plan, Governor Ana Ruiz said she expected that voters will say “no” to the tunnel.').quotes;
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });

  it('a modal cue with nothing outside it still attributes the quote', () => {
    const [q] = analyseArticle('Voters will say “no” to the tunnel, Governor Ana Ruiz predicted.').quotes;
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });
});

describe('comparatives are not agents', () => {
  it('“his voice louder” before a colon is not a speaker label', () => {
    const [q] = analyseArticle('And Ana Ruiz is sure that keeping Berg in jail will only make his voice louder: “They are creating a monster.”').quotes;
    expect(q.speakerMention?.text).not.toBe('his voice louder');
  });
});

describe('time phrases between the speaker and the cue', () => {
  it('“X on Friday declared …” finds X', () => {
    const [q] = analyseArticle('The chants were strong outside the inn, which President Ana Lund on Friday declared a monument “to tell the story of the struggle.”').quotes;
    expect(q.speaker?.name).toBe('Ana Lund');
  });
});

describe('absolute clauses and outer verbs', () => {
  it('“with X telling reporters …” keeps X even when an earlier verb could report the sentence', () => {
    const [q] = analyseArticle('The attack sparked a debate over how the council responds to violence, with Senator Ana Ruiz telling reporters she viewed the mayor as “directly responsible.”').quotes;
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });

  it('a phrase of up to ten words between “with” and the participle is its subject', () => {
    const [q] = analyseArticle('Ola Berg attacked the plan on Monday, with the campaign of the former mayor of the island calling it “a ferry to nowhere.”').quotes;
    expect(q.speakerMention?.text).toBe('the campaign of the former mayor of the island');
  });
});

describe('possessive owners', () => {
  it('“Tarnby’s reviewers said …” — a possessive before a plural agent noun is the speaker', () => {
    const [q] = analyseArticle('The report was out. Tarnby’s reviewers had said more than 1,300 Lund emails were “confidential” at most.').quotes;
    expect(q.speakerMention?.text).toBe('Tarnby’s reviewers');
  });
});

describe('relative clause before the main verb', () => {
  it('“an official who spoke anonymously … said, “…”” gives the quote to the official', () => {
    const [q] = analyseArticle('There is no overlap, a harbour official who spoke anonymously to discuss internal plans said Wednesday, “Certainly there are talks.”').quotes;
    expect(q.speakerMention?.text).toBe('a harbour official');
  });
});

describe('shares of respondents', () => {
  it('“21 percent said “…”” is a speaker', () => {
    const qs = analyseArticle('Asked how likely Lund was to win, 21 percent said “not too likely” and 14 percent said “not at all likely.”').quotes;
    expect(qs.map((q) => q.speakerMention?.text)).toEqual(['21 percent', '14 percent']);
  });
});

describe('quantifiers as subjects', () => {
  it('“…; most said they were “…”” gives the quote to “most”', () => {
    const [q] = analyseArticle('Nine of ten voters were worried about the economy; most said they were “very worried.”').quotes;
    expect(q.speakerMention?.text).toBe('most');
  });
});

describe('two opening phrases before the subject', () => {
  it('a second phrase of time or circumstance after the first comma is skipped too', () => {
    const q = first('On Thursday, after weeks of silence on the ferry contract, Ines Ruiz met the harbour board and backed the plan, saying, “It is the only way forward.”');
    expect(q.speakerMention?.text).toBe('Ines Ruiz');
    expect(q.evidence.rule).toBe('speaker-cue-quote');
    const r = first('The day before, at a rally in the harbour town of Tarnby, Ola Berg waved the contract, “the only way to keep the ferry running,” at the cameras.');
    expect(r.speakerMention?.text).toBe('Ola Berg');
    expect(r.evidence.rule).toBe('sentence-subject');
  });
});

describe('an age inside an apposition before the cue', () => {
  it('“Ines Ruiz, 54, a nurse from Tarnby, said …” reads the cue’s subject', () => {
    const q = first('Ines Ruiz, 54, a nurse from Tarnby, said the offer was “an insult.”');
    expect(q.speakerMention?.text).toBe('Ines Ruiz');
    expect(q.evidence.rule).toBe('embedded');
  });
});

describe('nouns of speech owned by a speaker', () => {
  it('the owner of a noun of speech governing the quote said it, when no verb takes the phrase as its object', () => {
    const q = first('Mayor Tom Berg spoke for an hour at the harbour. His standing rose after the storm and his pledge to keep the ferry "running every single day."');
    expect(q.speakerMention?.text).toBe('his');
    expect(q.speaker?.name).toBe('Tom Berg');
    const r = first('Governor Ana Lund toured the depot. Critics seized on her assertion during the debate that "nobody rides the night bus anyway."');
    expect(r.speakerMention?.text).toBe('her');
    expect(r.speaker?.name).toBe('Ana Lund');
  });

  it('a verb taking the owned phrase as its object answers for the quote', () => {
    const q = first('The dock workers have ignored Mayor Tom Berg’s call for "a total freeze" on hiring at the port.');
    expect(q.speakerMention?.text).toBe('The dock workers');
  });
});

describe('a later clause with its own pronoun subject', () => {
  it('the pronoun opening the clause that holds the quote takes it over the sentence subject', () => {
    const q = first('Mayor Tom Berg left the hall on Monday as she kept talking about the "quiet strength" of the harbour towns.');
    expect(q.speakerMention?.text).toBe('she');
    const r = first('Governor Ana Lund approved the budget even though he had found "serious gaps" in the ferry accounts.');
    expect(r.speakerMention?.text).toBe('he');
  });

  it('not when its verb is a copula, or when the clause sits inside what a verb reports', () => {
    expect(first('Mayor Tom Berg has stayed away from the court because he is "an outsider" there.').speakerMention?.text).toBe('Mayor Tom Berg');
    expect(first('The senator is telling voters in Ohio that she will win the state because she has "a lot of friends" there.').speakerMention?.text).toBe('The senator');
    expect(first('Ana Ruiz was quick to back the plan after she won the vote and said on Monday that the ferry would be "back on time" by June.').speakerMention?.text).toBe('Ana Ruiz');
  });
});

describe('participles of speech before a cue', () => {
  it('the phrase after “speaking to” is the audience; the speaker stands before the participle', () => {
    const q = first('Another port source speaking to Radio Tarnby said, "The ferry deal is finished."');
    expect(q.speakerMention?.text).toBe('Another port source');
  });
});

describe('a participle after an attribution that follows a quote', () => {
  it('“…,” she said, adding, “…” gives the second quote to the pronoun, not to an earlier outer verb', () => {
    const [, q] = analyseArticle('Mayor Ana Lund weighed in as well, telling the Star in an interview, “But both plans are fine,” she said, adding, “The ferry will run.”').quotes;
    expect(q.speakerMention?.text).toBe('she');
  });
});

describe('what a statement reports ends', () => {
  it('at a semicolon, after which another speaker may report their own', () => {
    const a = analyseArticle('Both candidates have promised tax cuts. Petrakis has said he would reduce it by 5 percent; Castellane has pledged 8 percent for households earning less than the median.');
    const byText = (w: string) => a.statements.find((s) => s.content.text.includes(w));
    expect(byText('5 percent')?.content.text).toBe('he would reduce it by 5 percent');
    expect(byText('5 percent')?.speaker?.name).toBe('Petrakis');
    expect(byText('8 percent')?.speaker?.name).toBe('Castellane');
  });

  it('before “and that” when the rest of the sentence is a quotation the same verb reports', () => {
    const t = 'A spokesman for the foreign ministry said on Wednesday that 11 people were being held and that two names on the staff list "have not been accounted for by anyone."';
    const a = analyseArticle(t);
    expect(a.quotes[0].speaker?.name).toBe('A spokesman for the foreign ministry');
    expect(a.statements.map((s) => [s.content.text, s.speaker?.name])).toEqual([['11 people were being held', 'A spokesman for the foreign ministry']]);
  });
});

describe('a second verb of the subject', () => {
  it('“X welcomed … but said …” and “X opened … and said …” report for X; two names joined by “and” stay as they were', () => {
    const t = [
      'The Dalmorian foreign minister, Rafael Santangelo, welcomed the end of the siege but said two people were still unaccounted for.',
      'Mayor Ana Ruiz opened the bridge and said the work had cost 40 million euros.',
      'The Clinton campaign also called for a review of the water system and said the state should set up a health registry.',
    ].join('\n\n');
    const a = analyseArticle(t);
    expect(a.statements.map((s) => s.speaker?.name)).toEqual(['Rafael Santangelo', 'Ana Ruiz', 'The Clinton campaign']);
    expect(a.statements[2].speakerMention?.text).toBe('The Clinton campaign');
  });

  it('leaves “and said” to a clause of its own after a comma', () => {
    const t = 'Reporters asked Clinton’s campaign manager whether she would hold a press conference. When the question came, he laughed and said the campaign would decide later.';
    const a = analyseArticle(t);
    expect(a.statements.find((s) => s.content.text.includes('decide later'))?.speakerMention?.text).toBe('he');
  });
});

describe('an opening phrase before the subject', () => {
  it('skips a sentence-opening preposition phrase and “even” before the one who speaks', () => {
    const t = [
      'The union has called for the port director to resign.',
      'Alongside the dockers\u2019 calls for action, even a senior shipping executive said the director would have to choose a side, saying, \u201cAt some point he is going to have to come out and say where he stands.\u201d',
      'Despite the criticism, Harbour Commissioner Lena Ortiz said the director had her support.',
    ].join('\n\n');
    const a = analyseArticle(t);
    expect(a.quotes.map((q) => [q.speakerMention?.text, q.speaker?.kind])).toEqual([['a senior shipping executive', 'anonymous']]);
    expect(a.people.map((p) => p.name)).not.toContain('Alongside');
    expect(a.statements.find((s) => s.content.text.includes('her support'))?.speaker?.name).toBe('Lena Ortiz');
  });
});

describe('a participle after a clause of place', () => {
  it('goes to the subject of the “where” clause before it, not to the sentence subject', () => {
    const t = [
      'The governor spoke just down the street from the casino, where about 50 protesters had gathered on Wednesday morning, chanting "no contract, no peace" after talks failed.',
      'The mayor spoke outside the plant, where hundreds of workers had gathered, chanting "we want our jobs back."',
      'The mayor spoke in the square, where it was cold, saying "we will stay until it is done."',
    ].join('\n\n');
    const qs = analyseArticle(t).quotes;
    expect(qs.map((q) => q.speakerMention?.text)).toEqual(['about 50 protesters', 'hundreds of workers', 'The mayor']);
  });
});

describe('an answer around a shout', () => {
  it('gives words shouted right after a speech verb to their shouter, and the quote after the next cue to the one who answers', () => {
    const t = [
      'When someone in the audience shouted, \u201cCruz,\u201d Hale joked, again using an exaggerated drawl, \u201cAmen, brother! Come on up and get baptised!\u201d',
      'Someone close to the family said the boy \u201cwas never the same.\u201d',
      '\u201cThe liberation of the city,\u201d Shamkhani added, \u201cis a victory for the whole region.\u201d',
    ].join('\n\n');
    const a = analyseArticle(t);
    expect(a.quotes.map((q) => [q.text.slice(0, 12), q.speakerMention?.text, q.speaker?.kind])).toEqual([
      ['Cruz', 'someone in the audience', 'anonymous'],
      ['Amen, brothe', 'Hale', 'person'],
      ['was never th', 'Someone close to the family', 'anonymous'],
      ['The liberati', 'Shamkhani', 'person'],
    ]);
    expect(a.quotes[3].segments).toHaveLength(2);
    expect(a.people.map((p) => p.name)).not.toContain('Someone');
  });
});
