import { ExtractError, htmlToText, looksLikeHtml } from '../../src/extract';

describe('pasted HTML', () => {
  it('keeps a quotation that a <br> breaks in one paragraph, and other <br>s as line ends', () => {
    const html = '<p>Lind said: &ldquo;The new sailing will run every Friday.<br>We will review it in March.&rdquo;</p><p>12 Harbour Road<br>Port Elswick</p>';
    expect(htmlToText(html)).toBe('Lind said: “The new sailing will run every Friday. We will review it in March.”\n12 Harbour Road\nPort Elswick');
  });

  it('is told apart from prose that holds a "<"', () => {
    for (const html of [
      '"We <u>will</u> rebuild the town," said Mayor Jan Novak.',
      'Before <script>alert("x")</script> after',
      '<p>One paragraph</p>',
      'Line one<br>line two',
      'Line one<br/>line two',
      '<div class="story">Text</div>',
      '<a href="https://example.org/">a link</a>',
      '<!DOCTYPE html><html><body>Text</body></html>',
      '<H2>Shouted</H2>',
    ]) {
      expect([html, looksLikeHtml(html)]).toEqual([html, true]);
    }
    for (const prose of [
      'The vote passed with x < 5 abstentions and y > 3 absences.',
      'if a<b and c>d then',
      'I <3 this town',
      'Prices rose <10% (<5% in the north).',
      '“Turnout was <40%,” she said, “and >30% voted early.”',
      'Use the <enter> key.',
      'A & B &amp; C',
      '',
    ]) {
      expect([prose, looksLikeHtml(prose)]).toEqual([prose, false]);
    }
  });

  it('keeps the words of inline tags and drops scripts, styles, noscript and templates entirely', () => {
    const html = '"We <u>will</u> rebuild the town," said Mayor Jan Novak.\n<script>alert("x")</script>\n' +
      '<style>p { color: red }</style><noscript>Enable JavaScript</noscript><template><p>hidden</p></template>The end.';
    expect(htmlToText(html)).toBe('"We will rebuild the town," said Mayor Jan Novak.\nThe end.');
  });

  it('makes block elements and <br> paragraphs, one a line, and decodes entities', () => {
    const html = [
      '<html><head><title>Page title</title><style>body{}</style></head><body>',
      '<h1>Flood defences</h1>',
      '<p>&ldquo;We <em>will</em> rebuild,&rdquo; said Jan Novak &amp; his deputy.</p>',
      '<p>Second   paragraph,\nwrapped in the source.<br>After a break&nbsp;here.</p>',
      '<ul><li>One</li><li>Two</li></ul><div><div>Nested</div></div>',
      '</body></html>',
    ].join('\n');
    expect(htmlToText(html).split('\n')).toEqual([
      'Flood defences',
      '“We will rebuild,” said Jan Novak & his deputy.',
      'Second paragraph, wrapped in the source.',
      'After a break here.',
      'One',
      'Two',
      'Nested',
    ]);
  });

  it('keeps the line breaks of text with inline tags only, as its paragraphs', () => {
    expect(htmlToText('First <b>bold</b> line.\n\nSecond line.\nThird &gt; line.')).toBe('First bold line.\nSecond line.\nThird > line.');
  });

  it('refuses markup beyond what an article needs, in bounded time, as a fetched page is refused', () => {
    const deep = '<div>'.repeat(3000) + 'x' + '</div>'.repeat(3000);
    const started = performance.now();
    expect(() => htmlToText(deep)).toThrow(ExtractError);
    expect(() => htmlToText('<b>x</b>'.repeat(30_000))).toThrow(/The HTML has more than 20000 elements/);
    // a guard against a refusal that never comes, not a speed figure:
    // generous, as the run shares its cores with the other test files
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(() => htmlToText(`<p>${'x'.repeat(6 * 1024 * 1024)}</p>`)).toThrow(/The HTML is 6\.0 MB; the limit is 5\.0 MB/);
    expect(() => htmlToText('<p>x</p>', { maxElements: 0 })).toThrow(/more than 0 elements/);
  });
});
