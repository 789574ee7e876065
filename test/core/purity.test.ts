import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const coreDir = path.join(__dirname, '..', '..', 'src', 'core');
const FORBIDDEN = /^(node:|fs$|path$|http|https|net$|child_process|express|typeorm|pg$|pg-|pino|zod|ejs)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('src/core stays pure', () => {
  const all = files(coreDir);

  it.each(all.map((f) => [path.relative(coreDir, f), f]))('%s imports only core modules', (_name, file) => {
    const src = readFileSync(file, 'utf8');
    const specifiers = [...src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const s of specifiers) {
      expect(s.startsWith('.')).toBe(true);
      expect(FORBIDDEN.test(s)).toBe(false);
      const target = path.resolve(path.dirname(file), s);
      expect(target.startsWith(coreDir)).toBe(true);
    }
    expect(src).not.toMatch(/process\.env|Date\.now\(|new Date\(/);
  });
});
