import { analyseArticle } from '../../src/core';

function quotes(text: string) {
  const a = analyseArticle(text);
  expect(a.quotes.length).toBeGreaterThan(0);
  return a.quotes;
}

describe('speaker rules', () => {
  it('a description of any head speaks when a cue follows the quote', () => {
    const [q] = quotes('“We will rebuild the pier,” the veteran harbourmaster told the council.');
    expect(q.speakerMention?.text).toBe('the veteran harbourmaster');
  });

  it('a cue closing the sentence reports a mid-sentence quote', () => {
    const [q] = quotes('The new ferry schedule is “a step backwards” for island families, the mayor of Tarnby said.');
    expect(q.evidence.rule).toBe('sentence-tail');
    expect(q.speakerMention?.text).toBe('the mayor of Tarnby');
  });

  it('a participle or a cue followed by “that” closing the sentence opens what was said, not who said it', () => {
    const [q] = quotes('The union leader Maria Costa said the offer on the table was "fair and generous in the circumstances", adding that talks could resume on Monday.');
    expect(q.speaker?.name).toBe('Maria Costa');
    expect(q.speakerMention?.text).not.toMatch(/that/);
    const [r] = quotes('Ferry tickets will cost "about a third more" next year, warning that islanders would struggle, the council leader Ana Berg said.');
    expect(r.speakerMention?.text).not.toMatch(/^that/);
  });

  it('according to X closing the sentence', () => {
    const [q] = quotes('The mill is “too old to save” and will close in spring, according to the regional council.');
    expect(q.speakerMention?.text).toBe('the regional council');
  });

  it('according to X in the sentence of a quote with a speaker and cue of its own: the speaker keeps it, the source is in the evidence', () => {
    const [q, r] = quotes('“We will not sign this,” the port director said on Monday, according to the Harbour Gazette. “The talks are over.”');
    expect(q.speakerMention?.text).toBe('the port director');
    expect(q.evidence.detail).toContain('according to');
    expect(q.evidence.detail).toContain('the Harbour Gazette');
    expect(r.speakerMention?.text).toBe('the port director');
    // with no speaker and cue of its own, the source is who the words are attributed to
    const [t] = quotes('According to court filings, the offer was “a swindle from the start.”');
    expect(t.speakerMention?.text).toBe('court filings');
  });

  it('according to X after a quote that asks a question, and a source without an article', () => {
    const [q] = quotes('“When does the dredging stop?,” the harbour judge said, according to the Tarnby Star.');
    expect(q.speakerMention?.text).toBe('the harbour judge');
    expect(q.evidence.detail).toContain('the Tarnby Star');
    const [r] = quotes('“Nothing prepares you for this job,” the mayor will say, according to excerpts of her speech released by the council.');
    expect(r.speakerMention?.text).toBe('the mayor');
    expect(r.evidence.detail).toMatch(/excerpts of her speech/);
  });

  it('an outlet reporting at the end of the sentence is the source the words came through; a speaker named with a cue keeps them', () => {
    const [q, r] = quotes('“The ferry must stay,” said Ola Berg, the leader of the dock union, the Tarnby Star reports. “We will strike.”');
    expect(q.speaker?.name).toBe('Ola Berg');
    expect(q.evidence.detail).toContain('the Tarnby Star');
    expect(r.speaker?.name).toBe('Ola Berg');
    const [s] = quotes('Harbour workers chanted “Save our boats” outside the town hall, the Weekly reported.');
    expect(s.speakerMention?.text).toBe('the Weekly');
  });

  it('respondents counted by a survey named earlier in the sentence answer through it', () => {
    const [q, r, s] = quotes('In a new Harbour Gazette poll released Monday, 41 percent of island voters said they were "very worried" about the ferry. '
      + 'The survey also finds that 30 percent say the council is "doing its best" on the timetable. Mayor Ana Lund said the survey was "a wake-up call."');
    expect(q.speakerMention?.text).toBe('a new Harbour Gazette poll');
    expect(r.speakerMention?.text).toBe('The survey');
    expect(s.speaker?.name).toBe('Ana Lund');
  });

  it('according to X inside a reported clause leaves the quote to the reporting speaker', () => {
    const [q] = quotes('Lars Berg said on Tuesday that according to his own count, the union had won “a clear majority” of the votes.');
    expect(q.speaker?.name).toBe('Lars Berg');
    const [r] = quotes('Ana Lund said the ferry was "a lifeline" for islanders, and according to ticket data it carried 9,000 people last year.');
    expect(r.speaker?.name).toBe('Ana Lund');
  });
});

describe('relative pronouns and absolute clauses', () => {
  it('“who” before a cue is the mention, resolved to the phrase before it', () => {
    const [q] = quotes('The vote was delayed again. Critics pointed to Senator Maria Olsen, who called the delay “a betrayal of the voters.”');
    expect(q.speakerMention?.text).toBe('who');
    expect(q.speaker?.name).toBe('Maria Olsen');
  });

  it('a relative clause of thinking does not report the quote', () => {
    const [q] = quotes('Mayor Tom Berg mocked rivals who believe the tunnel is “a waste of money.”');
    expect(q.speakerMention?.text).toBe('Mayor Tom Berg');
  });

  it('with X calling it “…”', () => {
    const [q] = quotes('The plan drew scorn on Monday, with Senator Paul Dunn calling it “a recipe for chaos.”');
    expect(q.speaker?.name).toBe('Paul Dunn');
  });
});

describe('sentence subjects', () => {
  it('skips an opening participle phrase', () => {
    const [q] = quotes('Speaking at the harbour, Mayor Ida Lund called the closure “a disgrace” and promised an appeal.');
    expect(q.speaker?.name).toBe('Ida Lund');
  });

  it('skips a capitalised ordinary word the article also writes in lower case', () => {
    const t = 'The hours were long.\nHours later, Governor Ana Ruiz praised the “quiet heroes” of the night shift.';
    const q = quotes(t).find((x) => x.text === 'quiet heroes');
    expect(q?.speaker?.name).toBe('Ana Ruiz');
  });

  it('skips a dateline', () => {
    const [q] = quotes('OSLO — Minister Kari Dahl on Tuesday defended the “modest” increase in fees.');
    expect(q.speaker?.name).toBe('Kari Dahl');
  });
});

describe('kinds', () => {
  it('a full clause right after a participle cue is direct', () => {
    const [q] = quotes('The minister praised the workers, adding “every one of them deserves a medal for this winter.”');
    expect(q.kind).toBe('direct');
  });

  it('a noun phrase right after a stance verb is partial', () => {
    const [q] = quotes('Senator Ana Ruiz called “a costly and entirely avoidable blunder by the board” the reason for the delay.');
    expect(q.kind).toBe('partial');
  });
});

describe('sentence with no cue', () => {
  it('a dummy subject gives way to the nearest clause subject before the quote', () => {
    const [q] = quotes('The council met on Tuesday. It was late in the evening when Mayor Ingrid Dahl left the chamber with her “house of cards” budget.');
    expect(q.evidence.rule).toBe('sentence-near');
    expect(q.speakerMention?.text).toBe('Mayor Ingrid Dahl');
  });

  it('a subject that cannot speak gives way, but an object of a preposition does not take over', () => {
    const [q] = quotes('The timing of the vote surprised everyone, and the harbour workers union soon branded it “a stitch-up” for Tarnby.');
    expect(q.speakerMention?.text).toBe('the harbour workers union');
  });
});

describe('continuation within a paragraph', () => {
  it('a later sentence with its own named subject before the quote keeps that subject', () => {
    const qs = quotes('“We will not sell the farm,” Lena Ames said on Friday. Piet Moreau found the offer “an insult to every family here.”');
    expect(qs[1].speakerMention?.text).toBe("Piet Moreau");
  });

  it('a later sentence whose subject is not a speaker still continues the quote before', () => {
    const qs = quotes('“We will not sell the farm,” Lena Ames said on Friday. The offer is “an insult to every family here.”');
    expect(qs[1].speakerMention?.text).toBe('Lena Ames');
  });
});

describe('bare verb after a comma quote', () => {
  it('an unlisted past-tense verb closing the clause after a comma quote reports it', () => {
    const [q] = quotes('The residents met on Monday. “The harbour will never close for good,” an angry Councillor Brandt retaliated.');
    expect(q.speakerMention?.text).toBe('an angry Councillor Brandt');
  });

  it('a description that swallowed the verb gives it back', () => {
    const qs = quotes('The residents met on Monday. “The harbour will never close for good,” an angry councillor retaliated. Then she left.');
    expect(qs[0].speakerMention?.text).toBe('an angry councillor');
  });

  it('a bare verb after a quote ending in a full stop is not a cue', () => {
    const qs = quotes('Ines Ruiz spoke first. “The harbour will never close for good.” The vote then passed.');
    expect(qs[0].speakerMention?.text).not.toBe('The vote');
  });
});

describe('role words between two names', () => {
  it('a name qualifying a role is not the speaker; the name after the role is', () => {
    const [q] = quotes('“The port deal was rushed through without a vote,” said former Tarnby adviser Ola Berg.');
    expect(q.speakerMention?.text).toBe('former Tarnby adviser Ola Berg');
    expect(q.speaker?.name).toBe('Ola Berg');
  });
});

describe('an office joined to a person by “and”', () => {
  it('the run after “and” that ends in a name is the speaker, not the office before it', () => {
    const [q] = quotes('“Turnout is what wins these counties,” said former Varden Gov. and Harbour Party Chairman Ola Berg. “Nothing else moves them.”');
    expect(q.speaker?.name).toBe('Ola Berg');
    expect(q.speakerMention?.text).toBe('former Varden Gov. and Harbour Party Chairman Ola Berg');
    // Two people joined by “and” stay two people: the first is named, not merged with the second.
    const [r] = quotes('“We will appeal,” said Ola Berg and Lena Vorn.');
    expect(r.speaker?.name).toBe('Ola Berg');
  });
});

describe('an office before “of”', () => {
  it('a run of titles before “of” is an office, and the person is named after the organisation', () => {
    const [q] = quotes('Speaker of the Assembly Rep. Ola Berg said, “The harbour bill will come to a vote before the recess.”');
    expect(q.speaker?.name).toBe('Ola Berg');
    // A person before “of” is still the speaker: “Ana Lund of the Varden Star said …”.
    const [r] = quotes('Ana Lund of the Varden Star said, “The council never published the minutes.”');
    expect(r.speaker?.name).toBe('Ana Lund');
  });
});

describe('a participle opening the sentence', () => {
  it('the subject comes after the opening phrase and the apposition of the name that ends it', () => {
    const text = 'Okafor spoke in Tema on Friday.\n\nPreceded at the lectern by Ama Boateng, the port authority chair and a longtime rival, Okafor launched into a defence of the "temporary levy" on fuel.\n\nIntroduced by the mayor, Okafor called the plan "overdue".';
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Okafor', 'Okafor']);
    // A name after the comma is still the subject: “Reached by phone, Boateng called it “theft”.”
    const [r] = quotes('Reached by phone on Saturday, Ama Boateng called the levy "theft".');
    expect(r.speaker?.name).toBe('Ama Boateng');
  });
});

describe('long appositions and inverted openings', () => {
  it('a list inside the apposition (“…, refugees, and migration,”) does not hide the cue after it', () => {
    const [q] = quotes('“The new rules will not end the backlog,” Ines Ruiz, assistant secretary for housing, transport, and planning, said on the same call.');
    expect(q.kind).toBe('direct');
    expect(q.speaker?.name).toBe('Ines Ruiz');
    // A clause after the comma still ends the speaker phrase: “…, and she said” is not an apposition.
    const [r] = quotes('“The new rules will not end the backlog,” Ines Ruiz told the council, and the mayor said nothing.');
    expect(r.speaker?.name).toBe('Ines Ruiz');
  });

  it('a cue opening the sentence gives the quote to the name right after it, across its relative clause', () => {
    const [q] = quotes('The old ferry office reopened as a museum. Said Marta Sollen, who grew up with Ola Berg on the quay, “We were all so proud of him.”');
    expect(q.speaker?.name).toBe('Marta Sollen');
  });
});

describe('a cue word closing a name', () => {
  it('“the Harbour Economic Forecast, “…”” is a name, not a verb reporting the second half of a split quote', () => {
    const [q] = quotes('“The risk,” said Ola Berg, an economist who directs the Harbour Economic Forecast, “is that the port loses its workers first.”');
    expect(q.segments).toHaveLength(2);
    expect(q.speaker?.name).toBe('Ola Berg');
    // A headline in capitals still reports: “Mayor Says …”.
    const a = analyseArticle('Varden Mayor Says Ferry Will Run All Winter\n\nThe mayor spoke on Tuesday.');
    expect(a.statements.some((s) => s.cue.text === 'Says')).toBe(true);
  });
});

describe('what follows a quote', () => {
  it('a participle right after the quote reports for the subject before it, not for the words after it', () => {
    const [q] = quotes('Berg said the members will still meet on Fridays, but said, “It is time we changed how we do it,” promising the Friends of the Quay will return to its roots.');
    expect(q.speaker?.name).toBe('Berg');
  });
});

describe('auxiliaries end a speaker phrase', () => {
  it('“The Ola Berg Foundation did not want …” — the organisation speaks, not the person it is named after', () => {
    const qs = quotes('Ola Berg drowned in 2012. The Ola Berg Foundation did not want to address “that person,” telling a radio station that it is focused on “safer ferries.”');
    expect(qs[0].speakerMention?.text).toBe('The Ola Berg Foundation');
    expect(qs[0].speaker?.name).toBe('Ola Berg Foundation');
  });
});

describe('a stance reported inside another verb’s clause', () => {
  it('“Berg said, noting that donors feel “…”” — the donors’ feeling is Berg’s report', () => {
    const qs = quotes('“We cannot lose ground now,” Berg said, noting that donors feel “the port is the only insurance policy left.”');
    expect(qs[1].speaker?.name).toBe('Berg');
    // The same shape with a warning verb: the analysts report what the donors feel.
    const [r] = quotes('Analysts warned that donors feel “cheated by the levy.”');
    expect(r.speakerMention?.text).toBe('Analysts');
  });
});

describe('Dutch names with an elided article', () => {
  it('“Sophie in ’t Veld” is one name, apostrophe kept, both after and before the cue', () => {
    const qs = quotes('“The union is coming apart as we speak,” said Marijke in \'t Veld, a Dutch member of the European Parliament.\n\n“It is a risk everywhere,” in ’t Veld said later.');
    expect(qs[0].speaker?.name).toBe("Marijke in 't Veld");
    expect(qs[1].speaker?.name).toBe("Marijke in 't Veld");
    // “in” alone is no particle: “Ola Berg said in Tema” names Ola Berg.
    const [r] = quotes('“We will appeal the ruling as soon as the court opens on Monday,” Ola Berg said in Tema.');
    expect(r.speaker?.name).toBe('Ola Berg');
  });
});

describe('an apposition without its closing comma', () => {
  it('“Ola Berg, president and CEO of Varden Ferries stated, “…”” is Ola Berg’s, not the company’s', () => {
    const [q] = quotes('Ola Berg, president and CEO of Varden Ferries stated, “It is not a political problem; it is a fuel problem.”');
    expect(q.speaker?.name).toBe('Ola Berg');
    // … and when the role is linked to the organisation: “Ama Boateng, the spokeswoman for the Tema Port Authority said …”.
    const [p] = quotes('Ama Boateng, the spokeswoman for the Tema Port Authority said in a statement on Monday, “The berths will reopen on Friday.”');
    expect(p.speaker?.name).toBe('Ama Boateng');
    // With no comma and no person before it, the title and its organisation are the speaker phrase (the chief executive speaks).
    const [r] = quotes('The chief executive of Varden Ferries stated, “It is not a political problem; it is a fuel problem.”');
    expect(r.speakerMention?.text).toBe('The chief executive of Varden Ferries');
  });
});

describe('quoted words inside an attribution', () => {
  it('a short quotation inside the apposition does not end it, and quoted words running into a noun modify it', () => {
    const qs = quotes('“We have had better conventions than this one,” Varden delegate Ola Berg, wearing a straw hat and “Harbour First” campaign pins, said as the balloons fell.');
    expect(qs[0].speaker?.name).toBe('Ola Berg');
    const term = analyseArticle('“We have had better conventions than this one,” Varden delegate Ola Berg, wearing a straw hat and “Harbour First” campaign pins, said as the balloons fell.', { includeTerms: true }).quotes.find((q) => q.text === 'Harbour First');
    expect(term?.speakerMention?.text).toBe('Varden delegate Ola Berg'); // the term goes to the delegate by the paragraph, not “campaign pins … said”
    // A quote without a comma before its pronoun and cue is still attributed: “… now” he said.
    const [r] = quotes('“We are not going anywhere now” he said, and Ola Berg nodded.');
    expect(r.speakerMention?.text).toBe('he');
  });
});

describe('datelines', () => {
  it('a place with its agency in brackets and a dash opens the article, not the subject', () => {
    const [q] = quotes('Varden (AFP) – Harbour Party leader Ola Berg has criticised the levy, saying that “fuel duties” hurt the islands most.');
    expect(q.speaker?.name).toBe('Ola Berg');
    const [r] = quotes('TEMA (Reuters) - Port chief Ama Boateng on Monday called the levy “a mistake” and urged calm.');
    expect(r.speaker?.name).toBe('Ama Boateng');
  });
});

describe('a place after the speaker', () => {
  it('the word after “in”, “from” or “at” is where the speaker is, not who speaks', () => {
    const [q] = quotes('Speaking to reporters, Ola Berg in Tema said, “We will appeal the ruling as soon as the court opens on Monday.”');
    expect(q.speaker?.name).toBe('Ola Berg');
    const [r] = quotes('Officials in Varden said the plan was “dead on arrival” and would not pass.');
    expect(r.speakerMention?.text).toBe('Officials');
    expect(r.speaker?.kind).toBe('anonymous');
    // A name of two words or more after the preposition is read as it stands (an organisation speaking through its spokesman).
    const [t] = quotes('A spokesman at Varden Ferries said the crossing was “safe and on time.”');
    expect(t.speakerMention?.text).toBe('Varden Ferries');
    // … unless it is a place of several words
    const [p] = quotes('Protesters in New York said the verdict was “a disgrace” and vowed to march again.');
    expect(p.speakerMention?.text).toBe('Protesters');
    expect(p.speaker?.kind).toBe('anonymous');
  });
});

describe('a name in an apposition', () => {
  it('“Berg’s business manager, Ama Boateng, stated: “…”” is Ama Boateng’s', () => {
    const [q] = quotes('Berg’s business manager, Ama Boateng, stated: “We will not comment on the rumours about the campaign.”');
    expect(q.speaker?.name).toBe('Ama Boateng');
    const [r] = quotes('Varden’s Republican attorney general, Ola Berg, vowed to go after “every single one of these scammers” in court.');
    expect(r.speaker?.name).toBe('Ola Berg');
    // A description in the apposition still leaves the name before it: “Bree Maxwell, a volunteer from Ohio, said …”.
    const [t] = quotes('Bree Maxwell, a volunteer from Ohio, said “the lines were long but calm.”');
    expect(t.speaker?.name).toBe('Bree Maxwell');
  });
});

describe('colon label', () => {
  it('a name right before the colon labels a quote that has no verb', () => {
    const [q] = quotes('HARBOUR POLLS TIGHTEN IN THE NORTH - Ines Ruiz: “The gap between the two parties has closed to three points in a fortnight.”');
    expect(q.evidence.rule).toBe('colon-label');
    expect(q.speakerMention?.text).toBe('Ines Ruiz');
  });

  it('a name set off by a dash before the colon labels the quote even when the words before the dash hold a verb', () => {
    const [q] = quotes('Forecasters agree - Marta Sollen: “Late deciders broke for the challenger, as they did in the last two elections.”');
    expect(q.evidence.rule).toBe('colon-label');
    expect(q.speakerMention?.text).toBe('Marta Sollen');
    expect(q.speaker?.name).toBe('Marta Sollen');
    // Without the dash the verb's subject still speaks: “Forecasters agree with Marta Sollen: …” is the forecasters'.
    const [r] = quotes('The forecasters agreed with Marta Sollen: “Late deciders broke for the challenger.”');
    expect(r.evidence.rule).toBe('speaker-colon-quote');
    expect(r.speakerMention?.text).toBe('The forecasters');
  });

  it('a name set off by a comma before an apposition of role and body up to the colon labels the quote, not the body', () => {
    const text = [
      'Ria Tolland, general secretary of the Ferry and Harbour Workers Union: "We asked for a fair deal and were handed a cut."',
      'Oskar Vennberg, chief negotiator for the Coastal Operators Association: "No one can pay for a demand of that size."',
      'Professor Ann Lisle, principal of the College of Tarnby, which has lost most of its timetable: "Our students are the ones who pay."',
    ].join('\n\n');
    const qs = analyseArticle(text).quotes;
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Ria Tolland', 'Oskar Vennberg', 'Ann Lisle']);
    expect(qs.every((q) => q.evidence.rule === 'colon-label')).toBe(true);
  });
});

describe('verbs before the quote', () => {
  it('a nearer speaker opening its own clause is not overruled by an earlier reporting verb', () => {
    const [q] = quotes('Ola Berg said on Monday that the vote would go ahead, although he later wrote that the plan was “not worth the paper it is printed on.”');
    expect(q.speakerMention?.text).toBe('he');
  });

  it('the outer reporting verb still reports a complement clause', () => {
    const [q] = quotes('Ola Berg said that Ines Ruiz had offered him “a seat at the table” last spring.');
    expect(q.speakerMention?.text).toBe('Ola Berg');
  });

  it('a cue word after a possessive is a noun', () => {
    const [q] = quotes('Mayor Ines Ruiz called Berg’s remarks on the ferry “a cheap shot at island families.”');
    expect(q.speakerMention?.text).toBe('Mayor Ines Ruiz');
  });
});

describe('appositions', () => {
  it('places and ages inside an apposition are passed over', () => {
    const [q] = quotes('Lena Ames, 34, of Tarnby, Vestland, said she would vote for “whoever fixes the ferry first.”');
    expect(q.speakerMention?.text).toBe('Lena Ames');
  });

  it('a place in a phrase between commas is not the speaker', () => {
    const [q] = quotes('Ola Berg, speaking at a meeting in Tarnby, said the harbour plan was “dead in the water.”');
    expect(q.speakerMention?.text).toBe('Ola Berg');
  });
});

describe('name then lower-case words then a name', () => {
  it('a verb between two names does not bridge them', () => {
    const [q] = quotes('At the hearing, Ruiz pressed Harbour Director Ola Berg on costs, calling the plan “a blank cheque for consultants.”');
    expect(q.speaker?.name).toBe('Ruiz');
  });
});

describe('quote closing its sentence with a full stop', () => {
  it('the sentence after a mid-sentence quote ending in a full stop is not its attribution', () => {
    const [q] = quotes('The next morning Mayor Ines Ruiz called the ferry delays “simply unacceptable.” Harbour Director Ola Berg wrote a letter to the ministry asking for help.');
    expect(q.speakerMention?.text).toBe('Mayor Ines Ruiz');
  });

  it('a whole-sentence quote ending in a full stop can still take a cue after it', () => {
    const [q] = quotes('“The ferry will run again next week.” Ola Berg said it twice.');
    expect(q.speakerMention?.text).toBe('Ola Berg');
  });
});

describe('pronoun inside a reported clause', () => {
  it('the speaker of the outer reporting verb takes a quote a pronoun’s stance verb introduces', () => {
    const [q] = quotes('Ola Berg said on Monday that the ferry contract, which he called “a licence to print money,” should be torn up.');
    expect(q.speakerMention?.text).toBe('Ola Berg');
  });
});

describe('continuation from a later quote', () => {
  it('a quote in an earlier sentence with its own named subject keeps that subject', () => {
    const qs = quotes('Ines Ruiz wants the council to find “a fair deal for everyone” by spring. “We cannot wait another year,” Ola Berg said.');
    expect(qs[0].evidence.rule).toBe('sentence-own-subject');
    expect(qs[0].speakerMention?.text).toBe('Ines Ruiz');
  });

  it('a later sentence whose subject is a document, not a person, keeps that subject', () => {
    const qs = quotes('“We cannot wait,” Ola Berg said. The report goes on to call the timetable “a work of fiction.”');
    expect(qs[1].evidence.rule).toBe('sentence-own-subject');
    expect(qs[1].speakerMention?.text).toBe('The report');
  });
});

describe('inverted cue after the quote', () => {
  it('a long apposition after “said X” still closes the sentence', () => {
    const [q] = quotes('“Can anyone explain why the ferry costs twice as much as last year?” said Ines Ruiz, a former harbour pilot who now sits on the board of the regional port authority.');
    expect(q.speakerMention?.text).toBe('Ines Ruiz');
  });

  it('a description of any head after “said” that ends the clause is the speaker', () => {
    const [q] = quotes('“She is simply too far behind to catch up now,” said a Tarnby Democrat.');
    expect(q.speakerMention?.text).toBe('a Tarnby Democrat');
  });

  it('a participle and its linked phrase after the description do not hide the speaker', () => {
    const qs = quotes('“Expect a flood of advertising before the primary,” said one Republican involved in the fundraising, who asked not to be named. “Money is not the problem.”');
    expect(qs).toHaveLength(2);
    for (const q of qs) {
      expect(q.kind).toBe('direct');
      expect(q.speaker?.kind).toBe('anonymous');
      expect(q.speakerMention?.text).toBe('one Republican');
    }
  });
});

describe('bare cue after the quote', () => {
  it('a plural speaker, a cue word in its base form and a short linked phrase that ends the clause', () => {
    const [q] = quotes('“The harbour will stay open through the winter,” the Greens state in their submission, which was sent to the council.');
    expect(q.kind).toBe('direct');
    expect(q.cue?.text).toBe('state');
    expect(q.speakerMention?.text).toBe('the Greens');
  });
});

describe('agent heads', () => {
  it('reads agent-like endings without a regex', () => {
    const { isAgentHead } = jest.requireActual('../../src/core/attribution/noun-phrase') as typeof import('../../src/core/attribution/noun-phrase');
    for (const w of ['farmer', 'organizers', 'activist', 'historians', 'consultant', 'residents', 'chairman', 'congressmen', 'surgeon', 'neurosurgeons']) expect(isAgentHead(w)).toBe(true);
    for (const w of ['timing', 'when', 'given', 'plan', 'mans', 'results']) expect(isAgentHead(w)).toBe(false);
  });
});

describe('a description subject ends at its verb', () => {
  it('an -s verb, an -ed verb or an adverb after the noun is not part of the speaker', () => {
    expect(quotes('The review goes on to call the ferry timetable “a work of fiction” for islanders.')[0].speakerMention?.text).toBe('The review');
    expect(quotes('The local paper recently ran an editorial on the “ferry fiasco” and its cost.')[0].speakerMention?.text).toBe('The local paper');
    expect(quotes('The campaign video prompted laughter with its “ferry of dreams” scene.')[0].speakerMention?.text).toBe('The campaign video');
  });

  it('a demonstrative before a verb is no speaker', () => {
    const qs = quotes('Ola Berg spoke first. That makes the ferry plan “a fantasy” in the eyes of many.');
    expect(qs[0].speakerMention?.text).not.toBe('That makes');
  });

  it('a participle followed by a time word still describes the speaker before a cue', () => {
    const qs = quotes('The mayor was unmoved. “The claim is speculative,” the ruling issued Friday said.');
    expect(qs[0].speakerMention?.text).toBe('the ruling issued Friday');
  });
});

describe('the object of a verb before “to” and a verb', () => {
  it('performs the verb that holds the quote', () => {
    const [q] = quotes('Ola Berg made a joke about the ferry. That led Ines Ruiz to call the plan “a fantasy” on Monday.');
    expect(q.speakerMention?.text).toBe('Ines Ruiz');
  });
});

describe('a relative clause holding the quote', () => {
  it('the relative pronoun is the mention and the phrase before it the speaker', () => {
    const [q] = quotes('The vote went ahead. Ines Ruiz, who has cast herself as “the ferry’s last friend,” voted for the plan.');
    expect(q.evidence.rule).toBe('relative-clause');
    expect(q.speakerMention?.text).toBe('who');
    expect(q.speaker?.name).toBe('Ines Ruiz');
    const [r] = quotes('Voters in Tarnby backed the mayor, who could soon be facing a “ferry revolt” from the islands.');
    expect(r.speakerMention?.text).toBe('who');
  });

  it('a comma between adjectives or a clause inside the clause leaves it open', () => {
    const [q] = quotes('The board heard from the harbour pilot Ines Ruiz, who portrayed the mayor as a patient, careful manager who would be “the island’s best hope” next year.');
    expect(q.evidence.rule).toBe('relative-clause');
    expect(q.speaker?.name).toBe('Ines Ruiz');
  });

  it('a relative clause with no comma before it, or one of thinking, leaves the quote to the sentence', () => {
    const [q] = quotes('The pilot who sailed the old route for years is now talking about “a new start” on the island.');
    expect(q.speakerMention?.text).toBe('The pilot');
    const [r] = quotes('Ola Berg opened the debate. Ines Ruiz mocked her rivals, who think they can “wish the ferry back” with slogans.');
    expect(r.evidence.rule).not.toBe('relative-clause');
  });
});

describe('a count before an agent noun', () => {
  it('“12 islanders said”, “about 200 protesters” are speakers, not the word before them', () => {
    const [q] = quotes('“It is a mess,” 12 islanders said on Monday.');
    expect(q.speakerMention?.text).toBe('12 islanders');
    const [r] = quotes('Outside the hall, about 200 protesters gathered, chanting “Save the ferry” for hours.');
    expect(r.speakerMention?.text).toBe('about 200 protesters');
    const [s] = quotes('About 40 fishermen called the plan “a disaster” on Monday.');
    expect(s.speakerMention?.text).toBe('About 40 fishermen');
  });

  it('a year is no count', () => {
    const [q] = quotes('In 2016 voters called the plan “a disaster” on Monday.');
    expect(q.speakerMention?.text).toBe('voters');
  });
});

describe('a phrase before a colon', () => {
  it('after a preposition it is an object of the sentence, not a label for the quote', () => {
    const [q] = quotes('Ola Berg had a simple message for the board: “It is an insult.”');
    expect(q.speakerMention?.text).toBe('Ola Berg');
  });

  it('after “from” it still names the source', () => {
    const [q] = quotes('The harbour study is out. More from the report: “Ferry traffic fell by a third.”');
    expect(q.speakerMention?.text).toBe('the report');
  });
});

describe('a bare plural agent after “by”', () => {
  it('“called “…” by local officials” gives the officials', () => {
    const [q] = quotes('The ferry offer has been called “an insult” by local officials.');
    expect(q.speakerMention?.text).toBe('local officials');
    expect(q.evidence.rule).toBe('passive-agent');
  });
});

describe('“What X said … was: “…””', () => {
  it('gives the quote to X, not to the source the sentence cites on the way', () => {
    const t = 'What Petrakis actually said on Monday night, according to a recording of his speech, was: "I will accept the result, not one minute before every ballot is counted."';
    const [q] = analyseArticle(t).quotes;
    expect(q.speaker?.name).toBe('Petrakis');
    expect(q.evidence.rule).toBe('what-said-was');
    expect(q.cue?.text).toBe('said');
  });
});

describe('words heard second-hand', () => {
  it('marks a quote reported at one remove and sends it to review, keeping its speaker', () => {
    const t = [
      'Winger Tobi Adeyemi-Lutz reportedly told friends he wanted to play in Madrid "before anywhere else in the world."',
      'Club president Florentino Perez is said to have called the forward "the best young player in Europe."',
      '"It is over," the coach reportedly said after the match.',
      '"We are not in a hurry," Perez said on Sunday.',
    ].join('\n\n');
    const quotes = analyseArticle(t).quotes;
    expect(quotes.map((q) => [q.speakerMention?.text, q.speaker?.name])).toEqual([
      ['Winger Tobi Adeyemi-Lutz', 'Tobi Adeyemi-Lutz'],
      ['Club president Florentino Perez', 'Florentino Perez'],
      ['the coach', 'the coach'],
      ['Perez', 'Florentino Perez'],
    ]);
    for (const q of quotes.slice(0, 3)) {
      expect(q.confidence).toBeLessThan(0.7);
      expect(q.evidence.detail).toMatch(/second-hand \(“(reportedly|is said to)”\)/);
    }
    expect(quotes[3].confidence).toBeGreaterThan(0.9);
    expect(quotes[3].evidence.detail).not.toMatch(/second-hand/);
  });
});

describe('words in marks that no one said', () => {
  it('keeps titles, names and signs out of the quotes, and gives the shouts of a crowd to the side they came from', () => {
    const t = [
      'In her memoir, "Steady Hands," published in 2017, she wrote that surgery had taught her patience.',
      'The separatist commander, who uses the nom de guerre "Grom," told a channel that his forces had advanced.',
      'Fans displayed a banner reading "Not for sale." The club released a film titled "One Of Us" on Monday.',
      'Finance Minister Gareth Munroe rose to defend the plan. He was interrupted by shouts of "Shame!" from the opposition benches.',
      'Munroe wrote in his memoir, "I never wanted to be a politician until I lost my job."',
    ].join('\n\n');
    const a = analyseArticle(t);
    expect(a.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['Shame!', 'the opposition benches'],
      ['I never wanted to be a politician until I lost my job.', 'Gareth Munroe'],
    ]);
    expect(a.quotes[0].evidence.rule).toBe('crowd');
    const withTerms = analyseArticle(t, { includeTerms: true }).quotes.filter((q) => q.kind === 'term').map((q) => q.text);
    expect(withTerms).toEqual(['Steady Hands', 'Grom', 'Not for sale.', 'One Of Us']);
  });
});

describe('a sentence opening with a participle before a quote', () => {
  it('gives the quote to the subject after the participle phrase, not to the speaker a paragraph back', () => {
    const t = [
      'Deputy Governor Lars Henning said the banks could absorb "a fall in house prices of up to 30 percent."',
      'Asked whether the tax cut would complicate the bank\'s task, Governor Sanna Aalto chose her words carefully. "Fiscal policy is for the government and parliament."',
    ].join('\n\n');
    const q = analyseArticle(t).quotes.find((x) => x.text.startsWith('Fiscal'));
    expect(q?.speaker?.name).toBe('Sanna Aalto');
  });
});

describe('figures and signs described, not reported', () => {
  it('reports nothing from a figure “reported on election night” and keeps the words on “signs that read” out of the quotes', () => {
    const t = [
      'The board certified the result, with the final count giving her 52.6 percent of the vote, slightly more than the 52.3 percent reported on election night.',
      'A small group of protesters gathered outside, holding signs that read "Stop the Count" two weeks after the count had ended.',
    ].join('\n\n');
    const a = analyseArticle(t);
    expect(a.statements).toEqual([]);
    expect(a.quotes).toEqual([]);
  });
});

describe('a judgement inside what someone else reported', () => {
  it('gives words a body dismissed something as to that body, not to the one reporting', () => {
    const t = 'The hunger monitor said on Thursday that 2.1 million people faced famine, in a report the government in Port Sudan immediately dismissed as "exaggerated" and "politically motivated."';
    expect(analyseArticle(t).quotes.map((q) => q.speaker?.name)).toEqual(['the government in Port Sudan', 'the government in Port Sudan']);
  });
});

describe('a live blog entry’s quoted heading', () => {
  it('is given to no one, not to the speaker of the entry before the time stamp', () => {
    const t = 'Education Secretary Morag Baird said councils would decide on Monday.\n\n12:50 GMT\n\n"Danger to life"\n\nThe fire service says it has received more than 1,100 calls since midnight.';
    const [q] = analyseArticle(t).quotes;
    expect(q.text).toBe('Danger to life');
    expect(q.speaker).toBeNull();
    expect(q.evidence.rule).toBe('previous-sentence-none');
  });
});

describe('a live blog entry headed by a title and a colon', () => {
  it('gives the heading’s quote to the holder named in the entry, not to a title', () => {
    const t = [
      'The head of the electoral commission, Sofia Lindqvist, said the count was "too close to call".',
      '22:31 - Opposition leader: "We can smell victory"',
      'Opposition leader Magnus Ek told supporters in Gothenburg: "We can smell victory. Tonight the country chooses change."',
      '23:15 - Prime Minister Anna Berglund said it was too early to draw conclusions.',
    ].join('\n\n');
    const qs = analyseArticle(t).quotes;
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Sofia Lindqvist', 'Magnus Ek', 'Magnus Ek']);
  });
});

describe('a live blog heading in single marks with its speaker after the cue, headline style', () => {
  it('gives the heading to those named after “says” with no determiner; apostrophes and a term in marks stay no one’s words', () => {
    const t = [
      'Polls closed at 20:00 across the country.',
      "22:04 - 'Too close to call', says electoral commission",
      'The head of the electoral commission, Sofia Lindqvist, said the count was "too close to call" with a third of the votes counted.',
      "22:40 - 'We will not concede', say opposition supporters",
      "Fans of the band's '90s hits sang along to rock 'n' roll classics and the Smiths' first album at the victory party.",
      "Turnout in the 'red wall' seats was higher than expected.",
    ].join('\n\n');
    const qs = analyseArticle(t).quotes;
    expect(qs.map((q) => [q.text, q.speaker?.name, q.speaker?.kind])).toEqual([
      ['Too close to call', 'electoral commission', 'organisation'],
      ['too close to call', 'Sofia Lindqvist', 'person'],
      ['We will not concede', 'opposition supporters', 'anonymous'],
    ]);
    for (const q of qs) expect(t.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('a bare line after a turn of questioning', () => {
  it('sends the line after a reply to review instead of crediting it to the witness at 70%', () => {
    const t = '"You told detectives that you saw nothing," Nadia Osei asked.\n\n"I was in shock. Two of my friends were in the water," Viktor Balan replied.\n\n"But you didn\'t mention any photo."';
    const q = analyseArticle(t).quotes.find((x) => x.text.startsWith('But you'));
    expect(q?.confidence).toBeLessThan(0.5);
    expect(q?.evidence.detail).toContain('the other side');
  });

  it('keeps a speech going on after “said” at its confidence', () => {
    const t = '"We will rebuild the pier," Mayor Tess Orlin said.\n\n"It will take two years, and it will cost a lot of money."';
    expect(analyseArticle(t).quotes[1].confidence).toBe(0.7);
  });
});
