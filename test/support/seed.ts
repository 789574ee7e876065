import fs from 'node:fs';
import path from 'node:path';

/** The seed article as shipped beside the project, else our own copy of it in the golden fixtures. */
export function seedArticle(): string {
  const shared = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
  if (fs.existsSync(shared)) {
    const file = fs.readdirSync(shared).find((f) => f.endsWith('.txt'));
    if (file) return fs.readFileSync(path.join(shared, file), 'utf8');
  }
  const fixtures = path.resolve(__dirname, '..', 'fixtures', 'articles');
  const dir = fs.readdirSync(fixtures).find((d) => d.includes('seed'));
  return fs.readFileSync(path.join(fixtures, dir!, 'input.txt'), 'utf8');
}
