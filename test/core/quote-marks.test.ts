import { analyseArticle } from '../../src/core';
import { scanQuotes } from '../../src/core/quotes/scan-quotes';
import { MAX_SEGMENT_CHARS } from '../../src/core/data/quote-marks';

const texts = (t: string) => scanQuotes(t).map((q) => q.segments.map((s) => t.slice(s.start, s.end)).join(' | '));

describe('quote marks', () => {
  it('pairs straight and curly double quotes', () => {
    expect(texts('He said "we are ready" and later “we are not.”')).toEqual(['we are ready', 'we are not.']);
  });

  it('pairs guillemets in both directions and German low-high quotes', () => {
    expect(texts('« Nous restons », dit-il. »Wir bleiben«, sagte er. „Wir gehen“, sagte sie.')).toEqual(['Nous restons', 'Wir bleiben', 'Wir gehen']);
  });

  it('reads single-quote quotations but not apostrophes', () => {
    expect(texts('The minister’s aide called it ‘a disgrace’ and didn’t stop there.')).toEqual(['a disgrace']);
  });

  it('reports single-quote quotations in British style, after “said:” too, but not a headline’s', () => {
    const a = analyseArticle('Its chairman, Ole Berg, said: ‘This is good news for the island.’\n‘We will add a second boat,’ said Tove Lind.');
    expect(a.quotes.map((q) => [q.text, q.speaker?.name, q.kind])).toEqual([
      ['This is good news for the island.', 'Ole Berg', 'direct'],
      ['We will add a second boat', 'Tove Lind', 'direct'],
    ]);
    expect(analyseArticle('Donald Trump Praises Reporter Matthew Boyle: ‘Very Good Reporter.’').quotes).toEqual([]);
  });

  it('ends a quotation left unclosed at “, she said.” inside it, so the words do not hold their own attribution', () => {
    const a = analyseArticle('The plan was approved on Tuesday, said council leader Mona Reeve "after months of delay. Spending rose 8% to £3 million, she said.');
    expect(a.quotes.map((q) => [q.text, q.speaker?.name, q.unclosed])).toEqual([['after months of delay. Spending rose 8% to £3 million', 'Mona Reeve', true]]);
  });

  it('gives no speaker to a quotation never closed whose sentence has no reporting verb', () => {
    const a = analyseArticle('The ferry left at noon.\n\nBroken "words here and nothing after them');
    expect(a.quotes.filter((q) => q.speaker?.name === 'Broken')).toEqual([]);
  });

  it('ends a quotation left unclosed at the comma before an attribution inside it, and attributes it', () => {
    const t = '“We found them in a hut at 1,900 metres, cold but in good spirits, said rescue leader Aksel Thorsen. The weather had cleared by noon.\n\n“It was a long night, Thorsen said. We had no radio.\n\nThe team flew home.';
    const a = analyseArticle(t);
    expect(a.quotes.map((q) => [q.text, q.speaker?.name, q.unclosed])).toEqual([
      ['We found them in a hut at 1,900 metres, cold but in good spirits', 'Aksel Thorsen', true],
      ['It was a long night', 'Aksel Thorsen', true],
    ]);
    for (const q of a.quotes) expect(t.slice(q.start, q.end)).toBe(q.text);
    // a quotation that goes on in the next paragraph, with no attribution inside, is one quotation as before
    expect(scanQuotes('“The first part of it.\n“The second part,” she said.')).toHaveLength(1);
  });

  it('leaves out of the quote the comma that ends it before the closing mark, keeping a full stop, ? and !', () => {
    const t = [
      'The finance minister said the budget would not change. "This is a matter for the employers and the unions," he said.',
      '"We will rebuild," the mayor told reporters, "and we will do it by June." She called the delay "unacceptable," and left.',
      '"Is anyone listening?" asked one resident. "Not us!" shouted another. "We regret the error." The paper said so.',
    ].join('\n\n');
    const a = analyseArticle(t, { includeTerms: true });
    expect(a.quotes.map((q) => q.text)).toEqual([
      'This is a matter for the employers and the unions',
      'We will rebuild, and we will do it by June.',
      'unacceptable',
      'Is anyone listening?', 'Not us!', 'We regret the error.',
    ]);
    // the comma stays in the article: the quote ends before it and the closing mark follows it
    const q = a.quotes[0];
    expect(t.slice(q.start, q.end)).toBe(q.text);
    expect(t.slice(q.end, q.outer.end)).toBe(',"');
    // the first half of a split quote keeps its comma: the joined words read as one sentence
    expect(a.quotes[1].segments.map((s) => s.text)).toEqual(['We will rebuild,', 'and we will do it by June.']);
  });

  it('keeps a nested quote inside its parent', () => {
    const t = '“They keep telling me ‘wait until spring,’ and spring never comes,” the farmer said.';
    expect(texts(t)).toEqual(['They keep telling me ‘wait until spring,’ and spring never comes,']);
  });

  it('joins a quote re-opened in the next paragraph into one quote with several segments', () => {
    const t = 'She said:\n“First part of the speech.\n“Second part,” she went on.';
    const q = scanQuotes(t);
    expect(q).toHaveLength(1);
    expect(q[0].segments.map((s) => t.slice(s.start, s.end))).toEqual(['First part of the speech.', 'Second part,']);
  });

  it('closes an unbalanced quote at the paragraph end and flags it', () => {
    const t = 'The mayor said “we will rebuild the bridge\nThe council met on Friday and voted “yes” to the plan.';
    const q = scanQuotes(t);
    expect(q[0]).toMatchObject({ unclosed: true });
    expect(t.slice(q[0].segments[0].start, q[0].segments[0].end)).toBe('we will rebuild the bridge');
    expect(t.slice(q[1].segments[0].start, q[1].segments[0].end)).toBe('yes');
  });

  it('opens a quotation at a straight mark left with a space after it, when it closes in its paragraph before an attribution', () => {
    // pasted HTML: "<img src="crest.png"> we will act now," — the image tag removed leaves the space
    const t = 'Councillors met behind closed doors on Monday.\n" we will act now," said Mayor Jane Holt, who chairs the flood committee.\n'
      + 'The plans were drawn at 1:50" scale. Signs reading " closed " hung on the gates, and the " key " was lost.';
    const a = analyseArticle(t, { includeTerms: true });
    expect(a.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['we will act now', 'Jane Holt']]);
    expect(t.slice(a.quotes[0].start, a.quotes[0].end)).toBe('we will act now');
    // a spaced mark whose next mark closes no quotation, or is followed by no attribution, opens nothing
    expect(texts('Prices rose " sharply" over the year.\nHe wrote " we are ready" in the letter.')).toEqual([]);
  });

  it('does not carry a quotation left open into a next paragraph that is only words in marks, with no punctuation', () => {
    // pasted HTML with a paragraph never closed, then a table cell holding a label in marks
    const t = 'The inspectors left the plant at noon.\n"The valves were replaced last spring and the seals hold.\n"Sector 7"\nWork resumes on Monday.';
    expect(texts(t)).toEqual(['The valves were replaced last spring and the seals hold.', 'Sector 7']);
    // a quotation going on in the next paragraph still does, also when that paragraph is closed
    expect(texts('She said:\n"We will not close the plant.\n"We will find the money."\nThe board met later.')).toEqual(['We will not close the plant. | We will find the money.']);
  });

  it('ignores stray marks in markup and measurements', () => {
    expect(texts('<tweet tweet-id="1234">.\nHe is 6\'2" tall and carried a 12" board.')).toEqual([]);
  });

  it('never swallows the rest of the article after a stray opener', () => {
    const t = `He said “oops\n${'Plain paragraph.\n'.repeat(50)}Later: “fine,” she said.`;
    const a = analyseArticle(t, { includeTerms: true });
    expect(a.quotes.map((q) => q.text)).toContain('fine');
    expect(a.quotes[0].unclosed).toBe(true);
  });

  it('gives up on a stray opener once its segment runs past the limit, within one paragraph too', () => {
    // the opener stays open up to MAX_SEGMENT_CHARS of plain text, then is dropped and the
    // scanner reads on: a later quote is found only when the stray one was given up before it
    const later = (plain: number) => {
      const t = `He said “oops ${'x'.repeat(plain)} Later: “fine,” she said.`;
      return scanQuotes(t).map((q) => t.slice(q.segments[0].start, q.segments[0].end));
    };
    expect(later(MAX_SEGMENT_CHARS + 100)).toEqual(['fine,']);
    expect(later(MAX_SEGMENT_CHARS - 100)).not.toContain('fine,');
    // ended by a newline: kept as an unclosed quotation within the limit, dropped past it
    const unclosed = (plain: number) => scanQuotes(`He said “oops ${'x'.repeat(plain)}\nNext paragraph.`).length;
    expect(unclosed(MAX_SEGMENT_CHARS - 100)).toBe(1);
    expect(unclosed(MAX_SEGMENT_CHARS + 100)).toBe(0);
  });
});

describe('typewriter single marks and apostrophes', () => {
  it('reads British copy in straight single marks, apostrophes inside words aside', () => {
    const t = [
      "'I just backed myself,' Hartley said. 'Reidy looked up and the ball landed exactly where he said it would. That's the best feeling I've had.'",
      "The 23-year-old added: 'My mum's in the stand. She'll be crying now.'",
    ].join('\n\n');
    const quotes = analyseArticle(t).quotes;
    expect(quotes.map((q) => q.text)).toEqual([
      'I just backed myself',
      "Reidy looked up and the ball landed exactly where he said it would. That's the best feeling I've had.",
      "My mum's in the stand. She'll be crying now.",
    ]);
    expect(quotes[0].speaker?.name).toBe('Hartley');
    expect(quotes[1].speaker?.name).toBe('Hartley');
  });

  it('lets an elision give way to a quotation (“in ’t Veld”, “in ‘08”), and reads no single mark in text that writes double marks as two', () => {
    const t = [
      "\"Europe is disintegrating as we speak,\" said Sophie in 't Veld, a Dutch lawmaker. \"It's a risk everywhere.\"",
      'Rep. Hank Johnson said in ‘08 that white voters had surprised him. “It makes their eyes open wider,” he said.',
    ].join('\n\n');
    expect(analyseArticle(t).quotes.map((q) => q.text)).toEqual([
      'Europe is disintegrating as we speak', "It's a risk everywhere.", 'It makes their eyes open wider',
    ]);
    const archive = "''Barbara Bush looked at me and said, 'You weren't in line,''' Ms. Compton recalled.";
    expect(analyseArticle(archive).quotes).toEqual([]);
  });

  it('keeps a paragraph that is nothing but words in single marks out of the quotations (a subhead)', () => {
    const t = '"I think change overwhelms safe," strategist Fred Davis said. "Advantage Donald."\n\n\'There\'s so much anger.\'\n\nAt the campaign office, staff were packing up.';
    expect(analyseArticle(t).quotes.map((q) => q.text)).toEqual(['I think change overwhelms safe', 'Advantage Donald.']);
  });
});

describe('typewriter singles that are no quotation marks', () => {
  it('still reports a statement holding an archive’s words in doubled typewriter singles, which are no quotation here', () => {
    const a = analyseArticle("Mr. Lew said the deficit had fallen ''faster than anyone expected'' this year.");
    expect(a.quotes).toEqual([]);
    expect(a.statements.map((s) => s.content.text)).toEqual(["the deficit had fallen ''faster than anyone expected'' this year"]);
  });
});
