import type { SpeakerRoleEntity } from '../../src/db/entities/speaker-role.entity';
import { foldRoles, presentRoles } from '../../src/web/speakers/speakers.presenter';

const role = (title: string | null, organisation: string | null, first: string, last: string, articleCount: number, country: string | null = null) =>
  ({ title, organisation, organisationAbbreviation: null, country, firstStatedAt: new Date(first), lastStatedAt: new Date(last), firstArticleId: 1, lastArticleId: 2, articleCount }) as unknown as SpeakerRoleEntity;

describe('a speaker’s roles on their page', () => {
  it('counts “spokeswoman” and “spokeswoman, Ministry” with “spokeswoman, Interior Ministry”, keeping the dates of all three', () => {
    const roles = [
      role('spokeswoman', 'Interior Ministry', '2025-03-03', '2025-03-05', 3),
      role('spokeswoman', null, '2025-03-02', '2025-03-04', 2),
      role('spokeswoman', 'Ministry', '2025-03-04', '2025-03-07', 1),
      role('minister', 'Interior Ministry', '2025-04-01', '2025-04-01', 1),
    ];
    const folded = foldRoles(roles);
    expect(folded.map((r) => [r.title, r.organisation, r.articleCount])).toEqual([['spokeswoman', 'Interior Ministry', 6], ['minister', 'Interior Ministry', 1]]);
    expect(folded[0].firstStatedAt.toISOString().slice(0, 10)).toBe('2025-03-02');
    expect(folded[0].lastStatedAt.toISOString().slice(0, 10)).toBe('2025-03-07');
    // the stored rows are left as they were
    expect(roles[0].articleCount).toBe(3);
    expect(presentRoles(roles)).toHaveLength(2);
  });

  it('keeps a bare title apart when two organisations could be meant, and roles of other countries apart', () => {
    const two = [role('adviser', 'Health Ministry', '2025-01-01', '2025-01-02', 1), role('adviser', 'Finance Ministry', '2025-02-01', '2025-02-02', 1), role('adviser', null, '2025-03-01', '2025-03-01', 1)];
    expect(foldRoles(two)).toHaveLength(3);
    const countries = [role('envoy', 'Foreign Ministry', '2025-01-01', '2025-01-02', 1, 'Russia'), role('envoy', null, '2025-03-01', '2025-03-01', 1, 'Iran')];
    expect(foldRoles(countries)).toHaveLength(2);
  });
});
