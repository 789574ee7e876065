/** One speaker the same words are credited to across the stored articles. */
export interface CreditedSpeaker {
  speakerId: number | null;
  speakerName: string;
  /** How many current articles credit the words to them. */
  articles: number;
  /** The first of those articles' dates. */
  first: Date;
}

/**
 * Who the stored articles credit the same words to, earliest first: more than one name is the
 * mark of a misattribution somewhere (one outlet gives a spokesman's words to the minister), and
 * a fact-checker should see it before relying on either. Articles that name no one are left out.
 */
export function creditedSpeakers(occurrences: ReadonlyArray<{ speakerId: number | null; speakerName: string | null; at: Date; articleId?: number }>): CreditedSpeaker[] {
  const bySpeaker = new Map<string, CreditedSpeaker>();
  // an article quoting the same words twice, to the same speaker, is one article crediting them
  const counted = new Set<string>();
  for (const o of occurrences) {
    if (!o.speakerName) continue;
    const key = o.speakerId !== null ? `#${o.speakerId}` : o.speakerName.toLowerCase();
    if (o.articleId !== undefined) {
      if (counted.has(`${key} ${o.articleId}`)) continue;
      counted.add(`${key} ${o.articleId}`);
    }
    const known = bySpeaker.get(key);
    if (known) {
      known.articles++;
      if (o.at < known.first) known.first = o.at;
    } else bySpeaker.set(key, { speakerId: o.speakerId, speakerName: o.speakerName, articles: 1, first: o.at });
  }
  return [...bySpeaker.values()].sort((a, b) => a.first.getTime() - b.first.getTime());
}

/**
 * One list of where words ran from several reads of it (the quote's own text key, its words read whole, the words
 * of the split quote it is part of): each occurrence once, a part of a split quote inside the occurrence of the
 * whole (“Stone and mud kills,” he said. “We have known this for ten years.” is one occurrence of those two
 * sentences, named by its first part), earliest publication first.
 */
export function mergeOccurrences<T extends { id: number; at: Date; quoteIds?: number[]; publicationId?: number | null }>(...lists: ReadonlyArray<readonly T[]>): T[] {
  const all = lists.flat();
  const inRun = new Set(all.flatMap((o) => (o.quoteIds && o.quoteIds.length > 1 ? o.quoteIds.filter((id) => id !== o.id) : [])));
  // a quote runs once in its article and once more in each other publication of the article's text
  const byPlace = new Map<string, T>();
  for (const o of all) {
    if (inRun.has(o.id)) continue;
    const key = `${o.id} ${o.publicationId ?? ''}`;
    const known = byPlace.get(key);
    if (!known || (o.quoteIds?.length ?? 1) > (known.quoteIds?.length ?? 1)) byPlace.set(key, o);
  }
  return [...byPlace.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id || (a.publicationId ?? 0) - (b.publicationId ?? 0));
}

/**
 * Which publication an occurrence is: its article, or another outlet's copy of the article's text (“The Hindu”
 * running a Reuters story stored once is a place of its own, though both name the same stored article).
 */
export function placeOf(o: { articleId: number; publicationId?: number | null }): string {
  return o.publicationId ? `p${o.publicationId}` : `a${o.articleId}`;
}
