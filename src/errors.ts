/** An error whose message is safe to show to users, with an HTTP status and a stable code. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 404: the requested record does not exist. */
export class NotFoundError extends AppError {
  constructor(message = 'Not found') {
    super(404, 'not_found', message);
  }
}

/** 400/422: the input is invalid; `details` lists field problems. */
export class ValidationError extends AppError {
  constructor(message: string, details?: Record<string, string[]>) {
    super(422, 'validation_failed', message, details);
  }
}

/** 409: the request conflicts with stored data. */
export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super(409, 'conflict', message, details);
  }
}

/** 403: the caller may not do this. */
export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do that') {
    super(403, 'forbidden', message);
  }
}

/** Turns zod issues into a ValidationError whose details map each field to its messages. */
export function validationError(issues: Array<{ path: PropertyKey[]; message: string }>): ValidationError {
  const details: Record<string, string[]> = {};
  for (const i of issues) {
    const field = String(i.path[0] ?? 'body');
    (details[field] ??= []).push(i.message);
  }
  const first = Object.entries(details)[0];
  return new ValidationError(first ? `${first[0]} ${first[1][0]}` : 'Invalid input', details);
}
