/**
 * The siege accounts other tests store: one call's accounts make one topic, whatever tags its villages are drawn from.
 */
import { articleTopics } from '../../src/services/store-claims';
import { claimsOf } from '../core/claims/helpers';
import { siegeAccounts } from '../support/siege-accounts';

/** Tags the next draws give, before random ones: a test sets them to force an unlucky draw. */
const forced: string[] = [];
jest.mock('../support/speakers', () => {
  const actual = jest.requireActual('../support/speakers');
  return { ...actual, uniqueTag: (pairs?: number) => forced.shift() ?? actual.uniqueTag(pairs) };
});

/** The topic key each account's siege claim is stored under. */
function topicKeys(accounts: ReturnType<typeof siegeAccounts>): string[] {
  return accounts.map((a) => {
    const claims = claimsOf(a.text, a.publishedAt).filter((c) => c.measure === 'siege-duration');
    expect(claims).toHaveLength(1);
    return articleTopics(claims, a.text, 1)[0].key;
  });
}

describe('siege accounts', () => {
  afterEach(() => {
    forced.length = 0;
  });

  it('put every account in one topic of the two villages', () => {
    const accounts = siegeAccounts(64);
    const keys = topicKeys(accounts);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[a-z]+ and [a-z]+\|siege-duration$/);
    expect(new Set(accounts.map((a) => a.who)).size).toBe(64);
  });

  it('name no village as a speaker is named: a village drawn “Mona” is drawn again, and the accounts of Mona Jaber and the other Monas stay in the topic', () => {
    forced.push('dema', 'mona');
    const accounts = siegeAccounts(64);
    expect(accounts.filter((a) => a.who.startsWith('Mona '))).toHaveLength(4);
    expect(new Set(topicKeys(accounts)).size).toBe(1);
    expect(accounts[0].text).toMatch(/^“The villages of Dema and (?!Mona )\p{Lu}\p{Ll}+ have been under siege/u);
  });
});
