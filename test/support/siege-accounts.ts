import { cap, uniqueTag } from './speakers';

const FIRST = ['Ahmad', 'Rima', 'Omar', 'Lina', 'Yusuf', 'Nadia', 'Karim', 'Salma', 'Tariq', 'Huda', 'Bilal', 'Mona', 'Samir', 'Dina'];
const LAST = ['Karimi', 'Haddad', 'Saleh', 'Mansour', 'Azzam', 'Khatib', 'Nasser', 'Rahal', 'Obeid', 'Qasim', 'Sabbagh', 'Darwish', 'Halabi', 'Jaber'];

/**
 * Accounts of how long two villages have been besieged, one speaker an article, a day apart:
 * half say two years, half four, so every account is at odds with every one of the other half.
 */
export function siegeAccounts(n: number): Array<{ text: string; publishedAt: string; outlet: string; years: string; who: string }> {
  const [v1, v2] = [cap(uniqueTag(2)), cap(uniqueTag(2))];
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

