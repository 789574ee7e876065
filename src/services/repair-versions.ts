import type { DataSource } from 'typeorm';
import { chainAfter, findPagesWithSeveralCurrent, lockCurrentArticlesOfPage, recountQuoteTextsOf, settlePage } from '../db/repositories/article-versions.repository';
import { carryConfirmedReviews, retireVersionsOf } from '../db/repositories/ingest.repository';
import { rebuildSpeakerRoles } from '../db/repositories/speaker-role.repository';
import { recountSpeakers } from '../db/repositories/speaker.repository';
import { withTransaction } from '../db/transaction';
import { carryCorrections } from './carry-corrections';
import { refreshTopic } from './refresh-topic';

/** What a repair did: the addresses that had several current articles, and the articles it made earlier versions. */
export interface RepairOutcome {
  pages: number;
  retired: number;
  seconds: number;
}

/**
 * Archives made before an imported page posted again with an edited text became that page's next
 * version still have addresses with two or more current articles (“The Ninth Circle” imported, then
 * posted twice edited: the import and the posts' version 2 both current, listed twice on the quote
 * page, counted twice for the speaker). Each such page is chained as versions, oldest first by
 * publication date (then when stored): the newest stays current, the others become its earlier
 * versions, with what a new version does — confirmations and corrections of unchanged quotes carried
 * on, the earlier ones taken off the speakers' timelines, counters and roles, their claims superseded
 * and their topics checked again, and the count of pages that ran each quote's words recounted. One
 * transaction per page; run again, it finds nothing left to do.
 */
export async function repairVersions(deps: { dataSource: DataSource }, onPage?: (done: number, total: number) => void): Promise<RepairOutcome> {
  const started = Date.now();
  const pages = await findPagesWithSeveralCurrent(deps.dataSource.manager);
  let repaired = 0;
  let retired = 0;
  for (const [i, page] of pages.entries()) {
    retired += await withTransaction(deps.dataSource, async (em) => {
      // read again under lock: an ingest may have settled the page meanwhile
      const copies = await lockCurrentArticlesOfPage(em, page);
      if (copies.length < 2) return 0;
      let version = copies[0].version;
      for (let k = 1; k < copies.length; k++) version = await chainAfter(em, copies[k - 1].id, version, copies[k]);
      const current = copies[copies.length - 1].id;
      const earlier = copies.slice(0, -1).map((c) => c.id);
      await settlePage(em, earlier, current, page);
      // the current version keeps what a person confirmed or corrected on any earlier one, the newest review last
      // (carried to the current one only: an earlier version's quotes are off the timelines)
      const pairs = earlier.map((id) => [current, id] as [number, number]);
      for (const pair of pairs) await carryConfirmedReviews(em, [pair]);
      const gone = await retireVersionsOf(em, earlier);
      if (gone.timeline.length) await recountSpeakers(em, gone.timeline);
      await rebuildSpeakerRoles(em, gone.roles);
      for (const id of gone.topics) await refreshTopic(em, id);
      for (const pair of pairs) await carryCorrections(em, [pair]);
      await recountQuoteTextsOf(em, copies.map((c) => c.id));
      repaired++;
      return earlier.length;
    });
    onPage?.(i + 1, pages.length);
  }
  return { pages: repaired, retired, seconds: (Date.now() - started) / 1000 };
}
