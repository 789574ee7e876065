/** Lower-case, accent-free, punctuation-free form of a name, used to match speakers. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);

/** True when a mention as written is itself a name worth keeping as an alias ("Ali Shamkhani", not "he" or "the official"). */
export function isNameLikeMention(mention: string): boolean {
  const words = mention.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (PRONOUNS.has(words[0].toLowerCase())) return false;
  if (/^(the|a|an|his|her|their|its)$/i.test(words[0])) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|del|van|von|al|bin|ibn|le|la)$/i.test(w));
}
