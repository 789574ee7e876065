import { analyseArticle } from '../../src/core';

const speakerOf = (text: string, words: string): { name?: string; kind?: string; confidence: number } => {
  const q = analyseArticle(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with “${words}”`);
  return { name: q.speaker?.name, kind: q.speaker?.kind, confidence: q.confidence };
};

describe('pronouns and the one the sentence before is about', () => {
  it('gives “she” to a titled surname of unknown gender opening the sentence before, not to a woman named paragraphs back', () => {
    const t = [
      'Fire Captain Renata Oduya said crews had held the line overnight near Bellwood.',
      'The blaze had burned 9,000 acres by Saturday morning, and about 3,000 people remained under evacuation orders.',
      'Senator Halloran visited the shelter at the county fairground on Saturday. “I spoke to a man who had lost everything and still thanked the volunteers,” she said.',
    ].join('\n\n');
    expect(speakerOf(t, 'thanked the volunteers').name).toBe('Halloran');
    // (the woman named in the sentence just before keeps it)
    const near = 'Senator Halloran visited the shelter on Saturday. Fire Captain Renata Oduya met her there. “We are stretched,” she said.';
    expect(speakerOf(near, 'stretched').name).toBe('Renata Oduya');
  });

  it('reads the name after “Among those … was” as the subject a “she” goes on about', () => {
    const t = [
      'Police commander Ingrid Solberg said negotiators had worked through the night before the gunmen surrendered.',
      'Seven workers were released unharmed shortly after dawn on Sunday.',
      'Among those released was 61-year-old Amara Okafor, a cook at the depot canteen. “They let us sleep on the floor and gave us tea,” she said.',
    ].join('\n\n');
    expect(speakerOf(t, 'gave us tea').name).toBe('Amara Okafor');
  });

  it('does not learn a gender from “her” as the object of a “who” clause set off after a man’s name', () => {
    const t = [
      'Margaret Lindqvist, the glaciologist who led four Antarctic winters, died on Monday. She was 88.',
      '“She never once complained about the cold,” said Professor Callum Reid, who worked with her for two decades.',
      'In a 2011 interview, Lindqvist spoke about the work. “I only ever wanted to see the ice for myself,” she said.',
    ].join('\n\n');
    const r = analyseArticle(t);
    expect(r.people.find((p) => p.name === 'Callum Reid')?.gender).not.toBe('female');
    expect(speakerOf(t, 'see the ice').name).toBe('Margaret Lindqvist');
  });

  it('reads a bare surname two people share by the “her” or “his” after its verb', () => {
    const t = [
      'Margaret Lindqvist, the glaciologist, died on Monday at her home in Tromsø. She was 88.',
      'Her death was announced by her son, Erik Lindqvist, a doctor in Oslo.',
      'In a 2011 interview, Lindqvist reflected on her career. “I only ever wanted to see the ice for myself,” she said.',
    ].join('\n\n');
    const r = analyseArticle(t);
    expect(speakerOf(t, 'see the ice').name).toBe('Margaret Lindqvist');
    const him = t.replace('Lindqvist reflected on her career. “I only ever wanted to see the ice for myself,” she said.',
      'Lindqvist reflected on his mother’s career. “She only ever wanted to see the ice for herself,” he said.');
    expect(speakerOf(him, 'see the ice').name).toBe('Erik Lindqvist');
    expect(r.people.filter((p) => p.name.endsWith('Lindqvist')).length).toBe(2);
  });

  it('takes a name with an age set off after it, after a trade, as a person and the one “he” goes on about', () => {
    const t = [
      'Union organiser Samuel Adeyemi said the walkout would continue until the company improved its offer.',
      'At the north gate, where dozens of pickets stood in the rain, forklift driver Marek Zielinski, 44, said spirits were good. “I have rent to pay, but we cannot give in now,” he said.',
    ].join('\n\n');
    const r = analyseArticle(t);
    expect(r.people.find((p) => p.name === 'Marek Zielinski')?.kind).toBe('person');
    expect(speakerOf(t, 'rent to pay').name).toBe('Marek Zielinski');
  });

  it('reads a name with an age set off after it as the one who reports', () => {
    const t = 'Mayor Tobias Brandt opened the bridge. Later, Aled Pryce, 52, said the toll was too high. “I will drive the long way round,” he said.';
    expect(speakerOf(t, 'long way round').name).toBe('Aled Pryce');
  });

  it('gives “it” after an opening phrase to the body the sentence before opens with, named or described', () => {
    const named = 'The Harbour Authority rejected the report. In a statement, it said that “fewer than 40 vessels” had been delayed.';
    expect(speakerOf(named, 'fewer than 40').name).toBe('Harbour Authority');
    const described = 'Officials in Geneva put the number at 200,000. Norland’s foreign ministry disputed the figures. In a statement, it said that “no more than 60,000 people” had crossed the border.';
    expect(speakerOf(described, 'no more than 60,000')).toMatchObject({ name: 'Norland’s foreign ministry', kind: 'organisation' });
    // (a person opening the sentence before is no body for “it”)
    const person = 'Mayor Tobias Brandt disputed the figures. In a statement, it said that “no more than 60,000 people” had left.';
    expect(speakerOf(person, 'no more than 60,000').name).not.toBe('Tobias Brandt');
  });
});
