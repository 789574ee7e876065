import { AppError } from '../errors';

/** Stable codes an extraction can fail with. */
export type ExtractErrorCode = 'not_an_article' | 'too_large' | 'too_complex' | 'bad_encoding' | 'timeout';

/** The page could not be turned into an article; `message` is safe to show the user. */
export class ExtractError extends AppError {
  constructor(
    override readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(422, code, message);
  }
}
