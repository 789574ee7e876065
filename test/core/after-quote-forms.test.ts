import { analyseArticle } from '../../src/core';

function first(text: string) {
  const [q] = analyseArticle(text).quotes;
  expect(q).toBeDefined();
  return q;
}

describe('speaker phrases after the quote', () => {
  it('an honorific written without its period opens the name', () => {
    const q = first('The port board met on Monday.\n“We cannot keep the ferry running at a loss,” Mr Hallam told Radio Tarnby.');
    expect(q.speakerMention?.text).toBe('Mr Hallam');
    expect(q.speaker?.name).toBe('Hallam');
  });

  it('two people joined by “and” before the cue', () => {
    const q = first('Mayor Ida Lund spoke first.\n“The bridge will be finished by spring,” Ines Ruiz and Tomas Berg wrote in the council newsletter.');
    expect(q.speakerMention?.text).toBe('Ines Ruiz and Tomas Berg');
  });

  it('a name followed by its organisation before the cue', () => {
    const q = first('Prices rose again.\n“Farmers are selling at a loss,” Nora Beck of the Institute for Rural Studies wrote on Friday.');
    expect(q.speakerMention?.text).toBe('Nora Beck of the Institute for Rural Studies');
    expect(q.speaker?.name).toBe('Nora Beck');
  });

  it('a surname that is also an ordinary word', () => {
    const q = first('Mayor Ida Lund spoke first.\n“It is a costly way to run a port,” Read said.');
    expect(q.speakerMention?.text).toBe('Read');
  });

  it('a first name that is also an ordinary word, after an inverted cue', () => {
    const q = first('Mayor Ida Lund spoke first.\n“Tuition keeps rising,” said Will Doyle, an economist at Drake University.');
    expect(q.speakerMention?.text).toBe('Will Doyle');
  });

  it('lower-case words ending in an agent noun, with no determiner', () => {
    const q = first('Mayor Ida Lund spoke first.\n“The harm is beyond measure,” federal prosecutors wrote in their filing.');
    expect(q.speakerMention?.text).toBe('federal prosecutors');
  });

  it('the verb read as the head of a description is given back as the cue', () => {
    const q = first('Mayor Ida Lund spoke first.\n“The defendants acted with malice,” the complaint reads.');
    expect(q.speakerMention?.text).toBe('the complaint');
    expect(q.cue?.text).toBe('reads');
  });

  it('“the two” before the cue', () => {
    const q = first('Senators Ana Ruiz and Paul Dunn sent the letter on Monday.\n“We expect an answer within a week,” the two write.');
    expect(q.speakerMention?.text).toBe('the two');
  });
});

describe('inverted cues after the quote', () => {
  it('a past-tense verb not in the cue table, then a name ending the clause', () => {
    const q = first('The vote was close.\n“This is the best day of my life!” beamed Tom Aske of Dayton, Ohio.');
    expect(q.speakerMention?.text).toBe('Tom Aske of Dayton');
    expect(q.cue?.text).toBe('beamed');
  });

  it('a reporting form too common to count alone, then a description with a linked phrase', () => {
    const q = first('The mayor resigned.\n“The city deserves better,” reads an editorial in the Tarnby Star.');
    expect(q.speakerMention?.text).toBe('an editorial');
  });

  it('one of a group', () => {
    const q = first('The plant closed in March.\n“Nobody told us anything,” said one of two workers who were there that night.');
    expect(q.speakerMention?.text).toBe('one of two workers');
    expect(q.speaker?.kind).toBe('anonymous');
  });

  it('a past-tense verb followed by a clause is not an attribution', () => {
    const q = first('Mayor Ida Lund spoke first.\n“Stop,” wanted the crowd to hear more of it than it did.');
    expect(q.cue?.text ?? null).not.toBe('wanted');
  });
});

describe('where the attribution after a quote stops', () => {
  it('a new sentence between two quotes starts another speaker, not a split quote', () => {
    const qs = analyseArticle('“Look at what you did,” Dunn said. Ruiz replied, “We can fix it later.”').quotes;
    expect(qs).toHaveLength(2);
    expect(qs[1].speaker?.name).toBe('Ruiz');
  });

  it('a second reporting verb between two quotes reports the second one', () => {
    const qs = analyseArticle('“We need more boats,” Mayor Tom Dunn said on Sunday, though he said, “the money is not there.”').quotes;
    expect(qs).toHaveLength(2);
    expect(qs[1].speakerMention?.text).toBe('he');
  });

  it('a cue introducing new content after a full-sentence quote does not attribute it', () => {
    const t = 'Mayor Ida Lund filed the suit on Monday. “We are asking the court to stop the closure.” She further announced that the city would appeal any ruling.';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker?.name).toBe('Ida Lund');
    expect(q.speakerMention?.text).not.toBe('She');
  });

  it('a cue naming its audience after a full-sentence question still attributes it', () => {
    const [q] = analyseArticle('The reporter pressed on. “Did you know who wrote it?” Todd asked the candidate.').quotes;
    expect(q.speakerMention?.text).toBe('Todd');
  });
});

describe('a cue further after the speaker', () => {
  it('an apposition with several commas before the cue', () => {
    const q = first('The poll closed on Monday.\n“Nobody I know will vote,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.');
    expect(q.speaker?.name).toBe('Harry Bond');
  });

  it('a title between an organisation and the name, with no comma', () => {
    const q = first('The debate went on.\n“They have to decide,” Fight for $15 organizing director Kendall Fells told a radio station.');
    expect(q.speaker?.name).toBe('Kendall Fells');
  });

  it('a comma opening another clause stops the search', () => {
    const q = first('Ines Ruiz won the primary.\nBerg is a “regional” candidate, as Ruiz’s campaign manager suggested after the vote.');
    expect(q.speakerMention?.text).toBe('Ruiz’s campaign manager');
  });

  it('a cue after a second name is not the first name’s', () => {
    const q = first('Ames rejected it.\nThe group was named “in homage to” Lazar, Song wrote in the report.');
    expect(q.speakerMention?.text).toBe('Song');
  });
});

describe('more speaker phrases after an inverted cue', () => {
  it('a role with “of” before the name', () => {
    const q = first('Ames spoke.\n“The first line of defence is the community,” said former secretary of state Ana Ruiz, who praised the board.');
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });

  it('a description with a linked phrase and a relative clause holding another quote', () => {
    const q = first('Ames spoke.\n“It was not convincing,” said one Democrat familiar with the talks, who added that the mayor seemed “rattled” by it.');
    expect(q.speakerMention?.text).toBe('one Democrat familiar');
  });

  it('a quantifier alone', () => {
    const q = first('Ames spoke.\n“Watch out for the count,” tweeted another.');
    expect(q.speakerMention?.text).toBe('another');
  });

  it('a quantifier alone after a verb too common to be a cue by itself', () => {
    const [q, r] = analyseArticle('Planes wrote messages over the parade on Friday, the Tarnby Star reported.\n“Go home, Berg,” read one. “Vote Lund,” read another.').quotes;
    expect(q.speakerMention?.text).toBe('one');
    expect(r.speakerMention?.text).toBe('another');
  });

  it('a noun in -ee is an agent', () => {
    const q = first('Ames resigned in May.\nAs one employee told the Weekly, “She wants to put fear in our hearts.”');
    expect(q.speakerMention?.text).toBe('one employee');
  });
});

describe('function words are not speakers', () => {
  it('“until X said” after a quote is not an attribution of that quote', () => {
    const [q] = analyseArticle('Tom Sims says he was “kind of riding the fence” until Haley said she backed the senator.').quotes;
    expect(q.speakerMention?.text).not.toBe('until Haley');
    expect(q.speaker?.name).toBe('Tom Sims');
  });

  it('“for saying” after a quote has no speaker “for”', () => {
    const [q] = analyseArticle('Senator Ana Ruiz said the mother is “absolutely wrong” for saying she lied about the attack.').quotes;
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });

  it('“adding that …” after a quote names no speaker', () => {
    const [q] = analyseArticle('Mayor Ida Lund said there is “only one serious candidate in this race,” adding that it is why Berg attacks her.').quotes;
    expect(q.speaker?.name).toBe('Ida Lund');
  });
});

describe('nouns that look like cues or agents', () => {
  it('a cue word right after an article is a noun', () => {
    const [q] = analyseArticle('Mayor Ida Lund rejected the bid. The offer is “an insult to every family here.”').quotes;
    expect(q.cue?.text ?? null).not.toBe('offer');
  });

  it('a noun in -er that names no one is not a speaker', () => {
    const qs = analyseArticle('“We will not sell the farm,” Lena Ames said on Friday. The offer is “an insult to every family here.”').quotes;
    expect(qs[1].speaker?.name).toBe('Lena Ames');
  });
});

describe('noun phrases holding the quote', () => {
  it('a participle right after the words after a quote makes them a noun phrase, not an attribution', () => {
    const [q] = analyseArticle('The Harbour Party Committee has rolled out a “Party of Berg” campaign dubbing rivals “Bergicans.”').quotes;
    expect(q.speakerMention?.text).not.toBe('campaign');
  });

  it('“and” followed by a verb is not a second speaker', () => {
    const [q] = analyseArticle('The billionaire developer offered himself as a “law and order” candidate and made a direct appeal to workers.').quotes;
    expect(q.speakerMention?.text).toBe('The billionaire developer');
  });
});

describe('head of a long speaker phrase', () => {
  it('names after “and” or “of” in a long phrase do not replace the first person', () => {
    const q = first('Ames spoke.\n“Tritium would allow new designs,” nuclear experts Ana Lund and Serena Kell of Tarnby’s Institute for Science and International Security wrote in May.');
    expect(q.speaker?.name).toBe('Ana Lund');
  });
});

describe('descriptions with a linked phrase or an apposition before the cue', () => {
  it('a description, a linked phrase, then a bare verb', () => {
    const q = first('Ames spoke.\n“Hi neighbours! The mayor may leave!” a welcome message on the website reads.');
    expect(q.speakerMention?.text).toBe('a welcome message on the website');
  });

  it('a description whose apposition is a name resolves to the name', () => {
    const q = first('Ames spoke.\n“Positions will soften,” California Rep. Tom Berg’s chief of staff, Joe Kasper, told the Star.');
    expect(q.speaker?.name).toBe('Joe Kasper');
  });
});

describe('a part of a group as the speaker', () => {
  const opening = 'Dozens of residents of Kellby gathered outside the town hall on Monday, where the council met behind closed doors.\n';
  it.each([
    ['one of the residents said', 'one of the residents'],
    ['one of them said', 'one of them'],
    ['some of his aides told reporters', 'some of his aides'],
    ['said one of the organizers', 'one of the organizers'],
    ['said one of them', 'one of them'],
  ])('“…,” %s', (tail, mention) => {
    const q = first(`${opening}“We have waited three years for this bridge,” ${tail}. The council did not respond.`);
    expect(q.speakerMention?.text).toBe(mention);
    expect(q.speaker?.kind).toBe('anonymous');
    expect(q.speaker?.name).toBe(mention);
  });

  it('the part and its group before the cue of a reported statement', () => {
    const { statements } = analyseArticle(`${opening}Most of the residents said the bridge had been promised at every election since 2015.`);
    expect(statements.map((s) => s.speakerMention?.text)).toContain('Most of the residents');
  });

  it('“Another” or “Some” alone before the cue is an anonymous member of the group', () => {
    const { quotes } = analyseArticle(`${opening}“We have waited three years for this bridge,” one of them said. Another added: “Nobody listens to us.”\nSome said: “We will be back next week.”`);
    expect(quotes.map((q) => [q.speakerMention?.text, q.speaker?.kind])).toEqual([
      ['one of them', 'anonymous'],
      ['Another', 'anonymous'],
      ['Some', 'anonymous'],
    ]);
  });

  it('a capitalised quantifier opening the sentence before a colon, and a count of people, are anonymous too', () => {
    const { quotes } = analyseArticle(`Dozens of residents gathered outside the town hall on Monday.\nMost told reporters: “We will be back next week.”`);
    expect(quotes[0].speakerMention?.text).toBe('Most');
    expect(quotes[0].speaker?.kind).toBe('anonymous');
    const alone = analyseArticle(`Dozens gathered outside the town hall on Monday, shouting slogans.\n“We will be back next week.”`).quotes[0];
    expect(alone.speaker?.kind).not.toBe('person');
  });

  it('a part of something that cannot speak is no speaker', () => {
    const q = first(`${opening}“We have waited three years for this bridge,” one of the banners read.`);
    expect(q.speakerMention?.text ?? '').not.toMatch(/^one of/);
  });
});

describe('a past-tense verb and a preposition after the speaker', () => {
  it('“…,” the harbour master riffed on … — the shape reports speech', () => {
    const [q] = analyseArticle('Ola Berg spoke first. “Let me help you out, the answer is no,” the harbour master riffed on the mayor’s answer, drawing laughs.').quotes;
    expect(q.speakerMention?.text).toBe('the harbour master');
    expect(q.evidence.rule).toBe('quote-cue-speaker');
  });
});

describe('a name set off after a description after the quote', () => {
  it('“…,” the ministry’s spokesman, Ola Berg, said — the name speaks; a description in the same place does not replace it', () => {
    const [q] = analyseArticle('“It is an insult,” the ministry’s spokesman, Ola Berg, said.').quotes;
    expect(q.speaker?.name).toBe('Ola Berg');
    const [r] = analyseArticle('“It is an insult,” the mayor, a farmer, said.').quotes;
    expect(r.speakerMention?.text).toBe('the mayor');
  });
});
