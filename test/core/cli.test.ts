import path from 'node:path';
import { COMMANDS, extractLine, projectRoot } from '../../src/cli';

describe('cli', () => {
  it('has a command table with extract and eval', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['extract', 'eval']));
  });

  it('extracts one article per line', () => {
    const out = extractLine(JSON.stringify({ id: 'a', text: '“We are ready,” said Mayor Ida Lund.' }));
    expect(out.id).toBe('a');
    expect((out.quotes as { speaker: { name: string } }[])[0].speaker.name).toBe('Ida Lund');
  });

  it('reports unparseable lines without throwing', () => {
    expect(extractLine('{not json')).toEqual({ error: expect.any(String) });
    expect(extractLine(JSON.stringify({ id: 7 }))).toEqual({ id: 7, error: 'missing "text" string' });
  });

  it('finds the project root from src/', () => {
    expect(projectRoot(path.join(__dirname, '..', '..', 'src'))).toBe(path.resolve(__dirname, '..', '..'));
  });
});
