import { ArticleEntity } from './article.entity';
import { QuoteEntity } from './quote.entity';
import { SpeakerAliasEntity } from './speaker-alias.entity';
import { SpeakerEntity } from './speaker.entity';
import { StatementEntity } from './statement.entity';

/** Every entity, registered with the DataSource. */
export const entities = [ArticleEntity, SpeakerEntity, SpeakerAliasEntity, QuoteEntity, StatementEntity];

export { ArticleEntity, QuoteEntity, SpeakerAliasEntity, SpeakerEntity, StatementEntity };
