import { ApiTokenEntity } from './api-token.entity';
import { ArticleAliasSightingEntity } from './article-alias-sighting.entity';
import { ArticlePublicationEntity } from './article-publication.entity';
import { ArticleSnapshotEntity } from './article-snapshot.entity';
import { ArticleEntity } from './article.entity';
import { ClaimFindingEntity } from './claim-finding.entity';
import { ClaimTopicEntity } from './claim-topic.entity';
import { ClaimEntity } from './claim.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { FeedItemEntity } from './feed-item.entity';
import { FeedEntity } from './feed.entity';
import { ImportBatchEntity } from './import-batch.entity';
import { ImportRowEntity } from './import-row.entity';
import { IngestRequestEntity } from './ingest-request.entity';
import { QuoteTextCountEntity } from './quote-text-count.entity';
import { QuoteEntity } from './quote.entity';
import { SettingEntity } from './setting.entity';
import { SpeakerAliasEntity } from './speaker-alias.entity';
import { SpeakerMatchCandidateEntity } from './speaker-match-candidate.entity';
import { SpeakerQuoteEntity } from './speaker-quote.entity';
import { SpeakerRoleObservationEntity } from './speaker-role-observation.entity';
import { SpeakerRoleEntity } from './speaker-role.entity';
import { SpeakerEntity } from './speaker.entity';
import { StatementEntity } from './statement.entity';
import { UserEntity } from './user.entity';
import { VerdictEntity } from './verdict.entity';

/** Every entity, registered with the DataSource. */
export const entities = [
  ArticleEntity,
  SpeakerEntity,
  SpeakerAliasEntity,
  SpeakerRoleEntity,
  SpeakerRoleObservationEntity,
  ArticleAliasSightingEntity,
  SpeakerMatchCandidateEntity,
  QuoteEntity,
  QuoteTextCountEntity,
  SpeakerQuoteEntity,
  StatementEntity,
  UserEntity,
  ApiTokenEntity,
  AuditEntryEntity,
  SettingEntity,
  ArticleSnapshotEntity,
  ArticlePublicationEntity,
  IngestRequestEntity,
  FeedEntity,
  FeedItemEntity,
  ImportBatchEntity,
  ImportRowEntity,
  ClaimTopicEntity,
  ClaimEntity,
  ClaimFindingEntity,
  VerdictEntity,
];

export {
  ArticleAliasSightingEntity,
  ArticlePublicationEntity,
  ClaimEntity,
  ClaimFindingEntity,
  ClaimTopicEntity,
  ApiTokenEntity,
  ImportBatchEntity,
  ImportRowEntity,
  FeedEntity,
  FeedItemEntity,
  ArticleSnapshotEntity,
  IngestRequestEntity,
  ArticleEntity,
  AuditEntryEntity,
  QuoteEntity,
  SettingEntity,
  SpeakerAliasEntity,
  SpeakerEntity,
  SpeakerMatchCandidateEntity,
  SpeakerQuoteEntity,
  SpeakerRoleEntity,
  SpeakerRoleObservationEntity,
  StatementEntity,
  UserEntity,
  VerdictEntity,
};
