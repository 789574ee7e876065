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

// "Photo: X", "Photograph: X/Agency", "Credit: X", "Image source, X" — at the start or after a sentence or separator.
const CREDIT_LABEL = String.raw`(?:photo(?:graph)?s?|pictures?|images?|illustration|photo credit|image credit|credits?)\s*:|image source\s*,`;
// "(Getty Images)", "(AFP via Getty Images)", "(AP Photo/Jane Roe)": photo agencies only, never a bare "(AFP)".
const PHOTO_AGENCY = String.raw`getty images|ap photo|shutterstock|alamy|istock(?:photo)?|epa-efe|pa (?:images|wire|media)`;
const PHOTO_CREDIT = new RegExp(
  String.raw`(?:^|[.!?;|•–—(]\s*|[”"’)]\s+)(?:${CREDIT_LABEL})\s*[^:!?"“”]{1,80}(?<!\.)$|` +
    String.raw`\((?:[^()]{0,60}[\s/])?(?:${PHOTO_AGENCY})\b[^()]{0,60}\)$`,
  'i',
);

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
  // A caption left as a paragraph, known by its credit at the end: "The bridge has been shut since June.
  // Photo: Valley Voice", "Photograph: Dan Ortiz/Valley Voice", "Crews at the pier. (Getty Images)".
  // The credit opens a sentence and ends the line without a full stop, so prose stays text.
  { name: 'photo-credit', pattern: PHOTO_CREDIT, maxLength: 300 },
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
