/**
 * Generates a synthetic archive for the speaker benchmark: speakers with realistic name
 * variety (many languages, shared surnames, transliteration variants, initials,
 * organisations with acronyms), roles over time, and articles whose bodies really contain
 * their quotes at the stored offsets. Quote counts per speaker follow a power law, as in a
 * news archive. Loads with multi-row INSERT … SELECT unnest(…) in batches.
 *
 *   generateArchive(client, { speakers: 100_000, quotes: 1_000_000 })
 */
import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { acronymOf } from '../../src/services/resolve-speaker-identity';
import { matchKey, nameParts, normalizeName, roleKey } from '../../src/services/speaker-names';

/** Deterministic PRNG (mulberry32) so two runs build the same archive. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = `Ali Hassan Mohammad Mahmoud Javad Hossein Reza Abbas Fatemeh Zahra Maryam Leila Ahmed Omar Khalid Youssef Rania Nadia Layla Samir
Vladimir Sergei Dmitry Alexander Olga Tatiana Natalia Irina Mikhail Andrei Pavel Yulia Ivan Nikolai Elena Anna Boris Igor Svetlana Oksana
John Mary Robert Patricia Michael Jennifer William Linda David Elizabeth Richard Barbara Joseph Susan Thomas Jessica Charles Sarah Daniel Karen
Wei Fang Li Na Jing Xiu Min Hui Lei Yan Jun Hong Tao Ying Chen Ming Hao Lan Qiang Xin Hiroshi Yuki Kenji Aiko Takeshi Haruka
Carlos Maria Jose Luis Ana Juan Pedro Sofia Diego Lucia Javier Elena Miguel Camila Andres Valentina Gabriel Isabel Rafael Paula Mateo
Amina Chinedu Ngozi Kwame Abena Oluwaseun Fatou Moussa Aissatou Kofi Adaeze Emeka Thandiwe Sipho Zanele Tendai Wanjiru Otieno Amara Kemi
Priya Rahul Anjali Vikram Deepika Arjun Sunita Rajesh Kavita Amit Pooja Sanjay Neha Ravi Meera Ashok Lakshmi Suresh Anita Vijay Divya
Hans Petra Klaus Ingrid Jurgen Ursula Stefan Monika Wolfgang Sabine Pierre Marie Jean Claire Francois Isabelle Luc Camille Antoine Helene
Mehmet Ayse Mustafa Fatma Emre Elif Burak Zeynep Kemal Leyla Yusuf Hatice Erdem Selin Ozan Deniz Recep Esra Cem Aylin Volkan Gul`.split(/\s+/);

const SURNAME_PARTS = {
  start: `Sham Lav Kar Mor Bel Vas Nov Pet Ivan Sok Zar Rah Tab Jaf Hos Nas Sal Bar Dav Hal Kam Mar Nor Ros Tor Val Wes Yar Zul Ab Al Ber Cas Dor
Fer Gar Her Jim Lop Mun Ort Ram San Vel Ad Ok Ol Ng Ek Ob Ch Zh Wang Liu Yam Tak Sat Kob Nak Han Kim Par Le Ng Kr Mb Ts`.split(/\s+/),
  mid: `kh r l n m t d v s z b k g p ch sh kk ll nn tt vi ri ni mo ro ba de fa gu lo ma ne pi sa ta va ze`.split(/\s+/),
  end: `ani ov ova ev eva in ina enko uk ez es ian yan i o a e ski ska son sen berg mann ler ier ard ez uddin ullah zadeh pour
ovic ic ura oto aki ashi ong ang ung ola umi aye ebe ike oku wu`.split(/\s+/),
};

const COUNTRIES = `Iran Russia Syria Turkey Iraq Israel Egypt China Japan India Pakistan Brazil Mexico Argentina Nigeria Kenya Ghana France Germany
Britain Spain Italy Poland Ukraine Canada Australia Indonesia Vietnam Chile Colombia`.split(/\s+/);
const TITLES = `Minister Secretary spokesman spokeswoman President Prime Minister ambassador envoy governor mayor senator chairman director
commander general chief executive adviser professor analyst lawmaker judge`.split(/\s+/).filter(Boolean);
const ORG_HEADS = `Ministry of Foreign Affairs|Ministry of Defence|Ministry of Finance|Central Bank|Supreme National Security Council|
National Oil Company|Electoral Commission|Health Ministry|Chamber of Commerce|Armed Forces|Atomic Energy Organisation|Interior Ministry|
Parliament|Supreme Court|Football Federation|Workers Union|Press Association|Red Crescent Society|Energy Regulatory Authority|
State Railways|Institute for Strategic Studies|Human Rights Commission|Trade Council|Water Authority|Space Agency`.split(/\|\s*/);
/** News outlets, shared with the search archive. */
export const OUTLETS = `Press TV|Reuters|AFP|Associated Press|Tehran Times|TASS|Al Jazeera|BBC News|The Guardian|Xinhua|Anadolu|IRNA|Le Monde|Der Spiegel|
El País|The Hindu|Dawn|Daily Nation|Punch|Folha|Clarín|Asahi Shimbun|South China Morning Post|Haaretz|Ahram Online|Kyiv Independent|
Meduza|Interfax|Bloomberg|Financial Times|New York Times|Washington Post|Deutsche Welle|France 24|Euronews|Rudaw|Kurdistan24|The National|
Arab News|Gulf News`.split(/\|\s*/);
/** News topics, shared with the search archive. */
export const TOPICS = `Aleppo|the ceasefire|inflation|the nuclear deal|the election|the budget|refugees|oil prices|the border|the drought|vaccines|
the currency|sanctions|the harbour project|the railway|the peace talks|the floods|food prices|the strike|the reforms|terrorism|
the trade deal|the pipeline|the wildfires|the coalition|press freedom|the protests|the hostages|unemployment|the grain corridor`.split(/\|\s*/);
const OPENERS = `We will not accept|There is no alternative to|The world must understand|Nobody can ignore|We are ready to discuss|History will judge|
Our position on|We have always supported|It is too early to speak about|The government is committed to|We reject any interference in|
The people deserve the truth about|We will defend|The West has failed on|There will be consequences for|We call for an end to|
The agreement on|This is a turning point for|We are deeply concerned about|Our patience with`.split(/\|\s*/);
const CLOSERS = `and we will say so at every meeting|whatever the pressure from abroad|in the coming weeks|before the end of the year|
without preconditions|as long as it takes|and the figures prove it|with our partners in the region|despite the difficulties|
and we expect others to do the same|for the sake of ordinary families|in full transparency|step by step|at any cost|
within the framework of international law`.split(/\|\s*/);

/** Options of the generated archive. */
export interface ArchiveOptions {
  speakers: number;
  quotes: number;
  seed?: number;
  log?: (m: string) => void;
}

/** A generated speaker with its roles, aliases and number of quotes. */
export interface GenSpeaker {
  id: number;
  name: string;
  kind: 'person' | 'organisation';
  roles: Array<{ title: string | null; organisation: string | null; abbr: string | null; country: string | null }>;
  aliases: Array<{ alias: string; kind: string }>;
  quotes: number;
}

/** Changes a name's spelling the way outlets transliterate it differently. */
function variantOf(word: string, r: () => number): string {
  const swaps: Array<[RegExp, string]> = [
    [/i$/, 'y'],
    [/k(?!h)/, 'kh'],
    [/u/, 'ou'],
    [/f/, 'ph'],
    [/v/, 'w'],
    [/([lmnrst])/, '$1$1'],
    [/ei/, 'ey'],
  ];
  const start = Math.floor(r() * swaps.length);
  for (let i = 0; i < swaps.length; i++) {
    const [re, to] = swaps[(start + i) % swaps.length];
    if (re.test(word)) return word.replace(re, to);
  }
  return `${word}h`;
}

/** One element of `xs`, chosen by `r`. */
export function pick<T>(xs: T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)];
}

/** `n` speakers sharing `total` quotes on a power law (the busiest first in rank, shuffled in id). */
export function makeSpeakers(n: number, total: number, r: () => number): GenSpeaker[] {
  const surnames: string[] = [];
  for (let i = 0; i < Math.ceil(n / 3); i++) {
    let s = pick(SURNAME_PARTS.start, r) + (r() < 0.6 ? pick(SURNAME_PARTS.mid, r) : '') + pick(SURNAME_PARTS.end, r);
    s = s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    surnames.push(s);
  }
  // Power-law quote counts: rank k gets about C / k^0.9, at least one.
  const weights = Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, 0.9));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; missing > 0; k = (k + 1) % n, missing--) counts[k]++;

  const order = Array.from({ length: n }, (_, i) => i).sort(() => r() - 0.5);
  const out: GenSpeaker[] = [];
  for (let i = 0; i < n; i++) {
    const id = i + 1;
    const isOrg = r() < 0.1;
    const country = pick(COUNTRIES, r);
    if (isOrg) {
      const head = pick(ORG_HEADS, r);
      const name = r() < 0.5 ? `${country}’s ${head}` : `${head} of ${country}`;
      const acronym = acronymOf(`${head} of ${country}`);
      out.push({
        id,
        name: `${head} of ${country}${i % 7 ? '' : ` ${i}`}`.trim(),
        kind: 'organisation',
        roles: [{ title: null, organisation: null, abbr: null, country }],
        aliases: [...(acronym ? [{ alias: acronym, kind: 'abbreviation' }] : []), { alias: name, kind: 'name' }],
        quotes: counts[order[i]],
      });
      continue;
    }
    const first = pick(FIRST, r);
    const surname = pick(surnames, r);
    const name = r() < 0.15 ? `${first} ${pick(FIRST, r)} ${surname}` : `${first} ${surname}`;
    const roles: GenSpeaker['roles'] = [];
    for (let k = 0, m = 1 + Math.floor(r() * 3); k < m; k++) {
      const org = `${pick(ORG_HEADS, r)}`;
      roles.push({ title: pick(TITLES, r), organisation: r() < 0.7 ? org : null, abbr: r() < 0.5 ? acronymOf(`${org} of ${country}`) : null, country });
    }
    const aliases: GenSpeaker['aliases'] = [{ alias: surname, kind: 'surname' }];
    if (r() < 0.3) aliases.push({ alias: `${first} ${variantOf(surname, r)}`, kind: 'variant' });
    if (r() < 0.2) aliases.push({ alias: `${first[0]}. ${surname}`, kind: 'initials' });
    if (r() < 0.4) aliases.push({ alias: `the ${country === 'Britain' ? 'British' : country} ${roles[0].title}`, kind: 'description' });
    out.push({ id, name, kind: 'person', roles, aliases, quotes: counts[order[i]] });
  }
  return out;
}

function quoteText(r: () => number): string {
  return `${pick(OPENERS, r)} ${pick(TOPICS, r)}, ${pick(CLOSERS, r)}`;
}

/** Inserts rows column-wise with one INSERT … SELECT unnest(…) statement. */
export async function insertColumns(client: Client, table: string, columns: Array<[string, string]>, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const params = columns.map((_, c) => rows.map((row) => row[c]));
  const list = columns.map(([name]) => `"${name}"`).join(', ');
  const casts = columns.map(([, type], c) => `$${c + 1}::${type}[]`).join(', ');
  await client.query(`INSERT INTO ${table} (${list}) SELECT * FROM unnest(${casts})`, params);
}

/** Fills an empty, migrated database with the archive; returns what it made. */
export async function generateArchive(client: Client, opts: ArchiveOptions): Promise<{ speakers: number; articles: number; quotes: number }> {
  const log = opts.log ?? (() => undefined);
  const r = rng(opts.seed ?? 42);
  await client.query('SET synchronous_commit = off');
  const speakers = makeSpeakers(opts.speakers, opts.quotes, r);
  log(`speakers made: ${speakers.length}`);

  // Quote slots, shuffled so each article mixes speakers, then cut into articles of 3–9 quotes.
  const slots = new Int32Array(opts.quotes);
  let k = 0;
  for (const s of speakers) for (let j = 0; j < s.quotes; j++) slots[k++] = s.id;
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = slots[i];
    slots[i] = slots[j];
    slots[j] = t;
  }

  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const byId = (id: number) => speakers[id - 1];
  const start = Date.UTC(2010, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  let articleId = 0;
  let quoteId = 0;
  let articles: unknown[][] = [];
  let quotes: unknown[][] = [];
  let timeline: unknown[][] = [];
  const flush = async () => {
    await insertColumns(client, 'articles', [
      ['id', 'int'], ['title', 'text'], ['outlet', 'text'], ['url', 'text'], ['published_at', 'timestamptz'], ['body', 'text'],
      ['content_hash', 'text'], ['source', 'text'], ['quote_count', 'int'], ['speaker_count', 'int'],
    ], articles);
    await insertColumns(client, 'quotes', [
      ['id', 'int'], ['article_id', 'int'], ['position', 'int'], ['speaker_id', 'int'], ['speaker_name', 'text'], ['speaker_kind', 'text'],
      ['speaker_role', 'text'], ['speaker_mention', 'text'], ['speaker_mention_start', 'int'], ['speaker_mention_end', 'int'], ['cue', 'text'],
      ['cue_start', 'int'], ['cue_end', 'int'], ['text', 'text'], ['start_offset', 'int'], ['end_offset', 'int'], ['segments', 'jsonb'],
      ['kind', 'text'], ['attribution_form', 'text'], ['attribution_rule', 'text'], ['evidence', 'text'], ['confidence', 'real'],
    ], quotes);
    await insertColumns(client, 'speaker_quotes', [['quote_id', 'int'], ['speaker_id', 'int'], ['article_id', 'int'], ['quoted_at', 'timestamptz']], timeline);
    articles = [];
    quotes = [];
    timeline = [];
  };

  // Speakers first: quotes reference them.
  await storeSpeakers(client, speakers);
  log('speakers stored');
  for (let pos = 0; pos < slots.length; ) {
    const n = Math.min(3 + Math.floor(r() * 7), slots.length - pos);
    articleId++;
    const at = new Date(start + Math.floor(r() * span));
    const outlet = pick(OUTLETS, r);
    let body = `${pick(TOPICS, r).replace(/^the /, 'The ')}: officials spoke on ${at.toISOString().slice(0, 10)} (${articleId}).`;
    const names = new Set<number>();
    for (let q = 0; q < n; q++, pos++) {
      const s = byId(slots[pos]);
      names.add(s.id);
      const text = quoteText(r);
      const surnameMention = s.kind === 'person' && r() < 0.4 ? s.aliases[0].alias : s.name;
      body += '\n“';
      const qs = body.length;
      body += text;
      const qe = body.length;
      body += ',” said ';
      const cs = body.length - 5;
      const ms = body.length;
      body += surnameMention;
      const me = body.length;
      const role = s.roles[0];
      body += role.title ? `, the ${role.title}.` : '.';
      quoteId++;
      quotes.push([
        quoteId, articleId, q, s.id, s.name, s.kind, role.title, surnameMention, ms, me, 'said', cs, cs + 4, text, qs, qe,
        JSON.stringify([{ start: qs, end: qe }]), 'direct', 'quote-cue-speaker', 'quote-cue-speaker',
        `“said ${surnameMention}” right after the quote`, 0.95,
      ]);
      timeline.push([quoteId, s.id, articleId, at.toISOString()]);
      const t = at.getTime();
      first.set(s.id, Math.min(first.get(s.id) ?? t, t));
      last.set(s.id, Math.max(last.get(s.id) ?? t, t));
    }
    const hash = createHash('sha256').update(body.replace(/\s+/g, ' ').trim()).digest('hex');
    articles.push([articleId, `${pick(TOPICS, r)} — report ${articleId}`, outlet, `https://news.example/${articleId}`, at.toISOString(), body, hash, 'import', n, names.size]);
    if (quotes.length >= 20_000) {
      await flush();
      if (quoteId % 100_000 < 20_000) log(`articles ${articleId}, quotes ${quoteId}`);
    }
  }

  await flush();
  log(`articles ${articleId}, quotes ${quoteId}; counters, aliases and roles next`);

  // Stored counters, aliases (seen in a real article of the speaker) and roles over time.
  const counterRows: unknown[][] = [];
  const aliasRows: unknown[][] = [];
  const roleRows: unknown[][] = [];
  for (const s of speakers) {
    const f = first.get(s.id);
    const l = last.get(s.id);
    counterRows.push([s.id, s.quotes, f ? new Date(f).toISOString() : null, l ? new Date(l).toISOString() : null]);
    const seen = new Set<string>([normalizeName(s.name)]);
    for (const a of s.aliases) {
      const n = normalizeName(a.alias);
      if (!n || seen.has(n)) continue;
      seen.add(n);
      aliasRows.push([s.id, a.alias, n, matchKey(a.alias), a.kind, Math.max(1, Math.floor(s.quotes / 3))]);
    }
    const keys = new Set<string>();
    s.roles.forEach((role, i) => {
      const key = roleKey({ title: role.title, organisation: role.organisation, country: role.country });
      if (keys.has(key) || !f || !l) return;
      keys.add(key);
      // Roles follow one another across the speaker's quoted years.
      const step = (l - f) / s.roles.length;
      const from = new Date(f + step * i).toISOString();
      const to = new Date(f + step * (i + 1)).toISOString();
      roleRows.push([s.id, key, role.title, role.organisation, role.abbr, role.country, from, to, Math.max(1, Math.floor(s.quotes / s.roles.length / 3))]);
    });
  }
  for (let i = 0; i < counterRows.length; i += 20_000) {
    const chunk = counterRows.slice(i, i + 20_000);
    await client.query(
      `UPDATE speakers s SET quote_count = u.n, first_quoted_at = u.f, last_quoted_at = u.l
         FROM unnest($1::int[], $2::int[], $3::timestamptz[], $4::timestamptz[]) AS u(id, n, f, l) WHERE s.id = u.id`,
      [chunk.map((c) => c[0]), chunk.map((c) => c[1]), chunk.map((c) => c[2]), chunk.map((c) => c[3])],
    );
  }
  for (let i = 0; i < aliasRows.length; i += 20_000) {
    await insertColumns(client, 'speaker_aliases', [
      ['speaker_id', 'int'], ['alias', 'text'], ['normalized_alias', 'text'], ['match_key', 'text'], ['kind', 'text'], ['seen_count', 'int'],
    ], aliasRows.slice(i, i + 20_000));
  }
  for (let i = 0; i < roleRows.length; i += 20_000) {
    await insertColumns(client, 'speaker_roles', [
      ['speaker_id', 'int'], ['role_key', 'text'], ['title', 'text'], ['organisation', 'text'], ['organisation_abbreviation', 'text'],
      ['country', 'text'], ['first_stated_at', 'timestamptz'], ['last_stated_at', 'timestamptz'], ['article_count', 'int'],
    ], roleRows.slice(i, i + 20_000));
  }
  for (const [table, column] of [['articles', 'id'], ['quotes', 'id'], ['speakers', 'id']]) {
    await client.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), (SELECT max(${column}) FROM ${table}))`);
  }
  await client.query('VACUUM ANALYZE');
  return { speakers: speakers.length, articles: articleId, quotes: quoteId };
}

/** Stores generated speakers (counters zero; the caller fills them). */
export async function storeSpeakers(client: Client, speakers: GenSpeaker[]): Promise<void> {
  for (let i = 0; i < speakers.length; i += 10_000) {
    const chunk = speakers.slice(i, i + 10_000);
    await insertColumns(client, 'speakers', [
      ['id', 'int'], ['name', 'text'], ['normalized_name', 'text'], ['match_key', 'text'], ['surname_key', 'text'], ['kind', 'text'],
      ['role', 'text'], ['organisation', 'text'], ['organisation_abbreviation', 'text'], ['country', 'text'], ['quote_count', 'int'],
      ['first_quoted_at', 'timestamptz'], ['last_quoted_at', 'timestamptz'],
    ], chunk.map((s) => {
      const cur = s.roles[s.roles.length - 1];
      return [
        s.id, s.name, normalizeName(s.name), matchKey(s.name), s.kind === 'person' ? nameParts(s.name).surname : null, s.kind,
        cur.title, cur.organisation, cur.abbr, cur.country, 0, null, null,
      ];
    }));
  }
}

/**
 * The generated speaker archive of `opts.quotes` quotes in the bench database: kept from an earlier
 * run when it has that many, else (or with `regenerate`) emptied and generated anew. Both the speaker
 * pages' and the speaker edits' benchmarks start from it.
 */
export async function ensureArchive(client: Client, opts: ArchiveOptions & { regenerate: boolean; log: (m: string) => void }): Promise<void> {
  const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM speaker_quotes')).rows;
  if (n === opts.quotes && !opts.regenerate) return;
  opts.log(`generating ${opts.speakers} speakers and ${opts.quotes} quotes (found ${n} quotes)…`);
  await client.query('TRUNCATE articles, speakers, speaker_aliases, speaker_roles, speaker_role_observations, speaker_quotes, quotes, statements, speaker_match_candidates CASCADE');
  const t0 = Date.now();
  const made = await generateArchive(client, opts);
  opts.log(`generated ${JSON.stringify(made)} in ${Math.round((Date.now() - t0) / 1000)} s`);
}
