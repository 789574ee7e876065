import { createLogger, redactUrl } from '../../src/logger';

describe('logged URLs', () => {
  it('hide the values of CSRF tokens, tokens and passwords, and keep the rest', () => {
    expect(redactUrl('/imports?_csrf=abc%2Bdef')).toBe('/imports?_csrf=[redacted]');
    expect(redactUrl('/reset?token=t1&next=%2F&password=p&access_token=x')).toBe('/reset?token=[redacted]&next=%2F&password=[redacted]&access_token=[redacted]');
    expect(redactUrl('/search?q=token')).toBe('/search?q=token');
    expect(redactUrl('/articles/3')).toBe('/articles/3');
  });

  it('are redacted by the process logger, which still hides secret fields whole', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ req: { method: 'POST', url: '/imports?_csrf=s3cret&x=1' }, user: { password: 'hunter2' } }, 'request completed');
    const entry = JSON.parse(lines[0]) as { req: { url: string }; user: { password: string } };
    expect(entry.req.url).toBe('/imports?_csrf=[redacted]&x=1');
    expect(entry.user.password).toBe('[redacted]');
  });
});
