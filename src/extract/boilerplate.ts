/** One kind of page furniture, recognised only as a whole short paragraph. */
interface BoilerplateRule {
  name: string;
  pattern: RegExp;
  /** Longer paragraphs are article text even when they start the same way. */
  maxLength: number;
}

// Words that make up share/follow button rows: "Share Tweet Email", "Follow us on X | Facebook".
const SHARE_WORDS = new Set(
  ('share shares shared this article story page post on via to us follow tweet pin email e-mail print copy link ' +
    'facebook twitter x linkedin whatsapp telegram reddit pinterest messenger flipboard bluesky threads mastodon ' +
    'instagram youtube tiktok google news save comment comments').split(' '),
);
const SHARE_VERBS = /\b(share|tweet|follow|print|email|copy link|save)\b/i;

/** Patterns for page furniture, each with an example of the line it drops. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // "Your Comment", "Leave a comment", "12 Comments", "Comments (3)"
  { name: 'comments', pattern: /^(your (comment|name|email)|(leave|post|add|write|show|view|load) (a |your |all |more )?comments?|\d+ comments?|comments?( \(\d+\))?|be the first to comment.*)$/i, maxLength: 60 },
  // "Read more: Minister resigns", "Related articles", "See also", "More on this story"
  // The phrase alone or followed by a separator: "Read more carefully, the judge said…" is text.
  { name: 'related', pattern: /^(read more|read next|related( (articles?|stories|news|content|coverage|topics))?|see also|more on this( story)?|recommended( for you)?|most (read|popular|viewed)|you may also like|also read|further reading)\s*([:|»›>–-].*)?$/i, maxLength: 160 },
  // "MS/3853185", "AFP/123456", "IRNA/MR/1234"
  { name: 'story-code', pattern: /^[A-Z]{1,8}(\/[A-Z]{1,8})*\/\d{3,}[A-Z]*$/, maxLength: 40 },
  // "© 2024 Example News", "Copyright 2024 …", "All rights reserved."
  { name: 'copyright', pattern: /^(©|\(c\)|copyright\b).*|.*\ball rights reserved\.?$/i, maxLength: 200 },
  // "Sign up for our newsletter", "Subscribe to our daily briefing", "Enter your email address"
  { name: 'newsletter', pattern: /^((sign up|subscribe|register|join)\b.*\b(newsletter|briefing|inbox|updates|alerts)\b.*|enter your e-?mail( address)?.*|get (our|the) .*newsletter.*)$/i, maxLength: 160 },
  // "Advertisement", "Skip to main content", "Scroll to continue reading"
  { name: 'chrome', pattern: /^(advertisement|sponsored( content)?|skip to (main )?content|scroll to continue( reading)?|click here to .*|report an error|back to top)$/i, maxLength: 80 },
];

function isShareRow(text: string): boolean {
  if (text.length > 120 || !SHARE_VERBS.test(text)) return false;
  const words = text.toLowerCase().split(/[\s,|·•/:()]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w) || /^\d+$/.test(w));
}

/** Name of the rule a whole paragraph matches, or null when it is article text. */
export function boilerplateRule(paragraph: string): string | null {
  if (isShareRow(paragraph)) return 'share';
  const rule = BOILERPLATE_RULES.find((r) => paragraph.length <= r.maxLength && r.pattern.test(paragraph));
  return rule?.name ?? null;
}
