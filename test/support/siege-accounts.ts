import { cap, uniqueTag } from './speakers';

const FIRST = ['Ahmad', 'Rima', 'Omar', 'Lina', 'Yusuf', 'Nadia', 'Karim', 'Salma', 'Tariq', 'Huda', 'Bilal', 'Mona', 'Samir', 'Dina'];
const LAST = ['Karimi', 'Haddad', 'Saleh', 'Mansour', 'Azzam', 'Khatib', 'Nasser', 'Rahal', 'Obeid', 'Qasim', 'Sabbagh', 'Darwish', 'Halabi', 'Jaber'];

/** The words of the speakers' names, folded: no village may be called by one of them. */
const NAME_WORDS: ReadonlySet<string> = new Set([...FIRST, ...LAST].map((w) => w.toLowerCase()));

/**
 * A village's name of one call's accounts: a tag no other test uses, never the other village's nor a word of a
 * speaker's name. The engine reads a village that bears the speaker's first name as the speaker (“The villages of Dema
 * and Mona have been under siege for four years,” said Mona Haddad): those accounts lost their subject and were kept
 * in topics of their own articles, and the siege's topic had 60 of 64 accounts.
 */
function villageName(other?: string): string {
  for (;;) {
    const v = cap(uniqueTag(3));
    if (!NAME_WORDS.has(v.toLowerCase()) && v !== other) return v;
  }
}

/**
 * Accounts of how long two villages have been besieged, one speaker an article, a day apart:
 * half say two years, half four, so every account is at odds with every one of the other half.
 * Each call names two villages of its own, so its accounts make one topic of their own, also on
 * the database other test files share.
 */
export function siegeAccounts(n: number): Array<{ text: string; publishedAt: string; outlet: string; years: string; who: string }> {
  const v1 = villageName();
  const v2 = villageName(v1);
  return Array.from({ length: n }, (_, i) => {
    const years = i % 2 ? 'four' : 'two';
    const who = `${FIRST[i % FIRST.length]} ${LAST[(i * 5 + Math.floor(i / LAST.length)) % LAST.length]}`;
    const day = new Date(Date.UTC(2016, 9, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return {
      text: `“The villages of ${v1} and ${v2} have been under siege for ${years} years,” said ${who}, a member of the local council.\n\nAid convoys have not reached the area since the spring.`,
      publishedAt: day,
      outlet: ['Reuters', 'AFP', 'AP'][i % 3],
      years,
      who,
    };
  });
}
