// Dates outside this window are typos or placeholders ("0000-00-00", "1970-01-01").
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST_AHEAD_MS = 366 * 24 * 3600 * 1000;

/** Parses a machine-readable date from page metadata into ISO 8601, or null when implausible. */
export function toIsoDate(value: string | null | undefined, now = Date.now()): string | null {
  if (!value) return null;
  const trimmed = value.trim().slice(0, 64);
  // 20240315 (parsely/sailthru style) → 2024-03-15
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  const text = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : trimmed;
  // Only ISO-like and RFC 2822-like strings: Date.parse guesses wildly at anything else.
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) && !/^[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4}/.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms) || ms < EARLIEST || ms > now + LATEST_AHEAD_MS) return null;
  return new Date(ms).toISOString();
}
