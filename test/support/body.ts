import type request from 'supertest';

/**
 * A supertest parser that reads a whole response body as text, whatever its content type (a CSV
 * export with its byte order mark, an Atom feed, a JSON export): `.buffer(true).parse(bodyText)`.
 */
export function bodyText(res: request.Response, cb: (err: Error | null, body: string) => void): void {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => (body += c));
  res.on('end', () => cb(null, body));
}
