/**
 * Reporting verbs and phrases. Each verb lists its base form and, when irregular, its
 * past; -s, -ed and -ing forms are derived by `expandVerb`. Phrases are matched as token
 * sequences, longest first. `strength` says how surely the verb introduces speech.
 */

/** `speech`: said, told · `attitude`: called, slammed (often with a partial quote) · `writing`: wrote, tweeted. */
export type CueStrength = 'speech' | 'attitude' | 'writing';

/** verb [past] — regular verbs need only the base form. */
const SPEECH = `say:said tell:told add note warn insist state declare explain reply respond continue conclude
 argue claim assert affirm confirm deny announce admit:admitted acknowledge observe remark comment mention
 point:pointed stress emphasize emphasise underline reiterate repeat recall predict promise vow pledge
 suggest propose recommend urge demand ask:asked answer retort counter quip joke joked:joked shout yell scream
 whisper murmur mutter exclaim cry:cried chant sing:sang speak:spoke testify:testified contend maintain
 charge allege complain lament concede admonish caution advise assure reassure boast brag:bragged
 inform notify report disclose reveal divulge estimate forecast guarantee hint imply indicate
 posit opine reason surmise theorize theorise wonder wondered:wondered question query interject interrupt:interrupted
 begin:began open:opened close:closed summarize summarise sum:summed put:put describe characterize characterise
 echo:echoed second:seconded agree:agreed disagree:disagreed object:objected protest plead:pleaded
 beg:begged implore proclaim profess swear:swore threaten shoot:shot fire:fired snap:snapped
 bark:barked growl grumble gush hiss huff marvel muse rail rant rave scoff sneer sniff snort
 thunder vent vouch welcome clarify:clarified specify:specified elaborate explain:explained
 recount relate:related narrate reflect reminisce confide confess concur rebut refute rejoin
 respond:responded say:said inquire enquire advocate appeal:appealed assent attest aver avow
 decry:decried denounce deplore acclaim applaud praise hail laud commend congratulate thank
 remember recollect discuss:discussed
 quip:quipped shrug:shrugged smile laugh sigh fume seethe concur predict tease rip:ripped jab:jabbed
 retort retorted:retorted sneer mock tout:touted caution declare:declared demur bemoan muse
 allow:allowed offer:offered continue:continued conclude:concluded note:noted add:added`;

/** Verbs of stance that often frame a partial quote: called it “dangerous”. */
const ATTITUDE = `call:called label:labelled brand dub:dubbed term:termed slam:slammed blast criticize criticise
 attack:attacked accuse blame condemn mock:mocked ridicule dismiss:dismissed reject:rejected hit:hit
 lash:lashed knock:knocked chide scold rebuke taunt tout praise:praised defend describe:described
 refer:referred characterize:characterized insist:insisted vow:vowed warn:warned cite quote:quoted
 recommend:recommended suggest:suggested signal:signalled reckon believe think:thought feel:felt hope
 fear worry:worried expect`;

/** Written and broadcast channels. */
const WRITING = `write:wrote tweet:tweeted post:posted blog:blogged text:texted email:emailed message:messaged
 read:read publish:published print:printed type:typed pen:penned scrawl sign:signed caption:captioned
 broadcast:broadcast air:aired retweet:retweeted`;

/** Multi-word cues: told reporters, said in a statement, according to … */
export const CUE_PHRASES: readonly string[] = [
  'according to', 'told reporters', 'told the', 'said in a statement', 'said in an interview', 'said in a',
  'voiced concern', 'voiced hope', 'expressed concern', 'expressed hope', 'expressed regret', 'called for',
  'called on', 'went on to say', 'went on', 'pointed out', 'points out', 'pointing out',
  'made clear', 'made it clear', 'spelled out', 'weighed in', 'chimed in', 'piped up',
  'was quoted as saying', 'is quoted as saying', 'was heard saying', 'had this to say', 'put it', 'puts it', 'putting it',
  'summed up', 'shot back', 'fired back', 'hit back', 'pushed back', 'spoke of', 'speaking to', 'in a statement',
  'in an interview', 'in a tweet', 'in a post', 'in a letter', 'in an email', 'in remarks', 'in a speech',
  'told the audience', 'told the crowd', 'told supporters', 'told journalists', 'told a', 'reminded',
  // “allowed” alone is permission (“Residents were allowed home”); with “that” it concedes (“He allowed that …”)
  'allowed that', 'allows that', 'allow that', 'allowing that',
];

/**
 * Words that announce the quotation after them, whatever the verb before them: “gave the following account:”, “had
 * this to say:”, “put it as follows:” (read by `announcement.ts` on the sentence before a quotation only).
 */
export const ANNOUNCING_PHRASES: readonly string[] = ['the following', 'as follows', 'this to say'];

function derive(base: string, past: string | undefined): string[] {
  const forms = new Set<string>([base]);
  const cvc = /[^aeiou][aeiou][bdgmnprt]$/.test(base) && base.length <= 4;
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : cvc ? base + base.at(-1) : base;
  const yStem = /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'i' : null;
  forms.add(past ?? (base.endsWith('e') ? base + 'd' : yStem ? yStem + 'ed' : stem + 'ed'));
  forms.add(/(s|x|z|ch|sh)$/.test(base) ? base + 'es' : yStem ? yStem + 'es' : base + 's');
  forms.add(stem + 'ing');
  return [...forms];
}

/** Expand a `verb[:past]` list into every inflected form. */
export function expandVerbs(list: string): string[] {
  const out: string[] = [];
  for (const entry of list.split(/\s+/)) {
    if (!entry) continue;
    const [base, past] = entry.split(':');
    out.push(...derive(base, past));
  }
  return out;
}

/** Every single-word cue form with its strength (speech wins over attitude). */
export const CUE_WORDS: ReadonlyMap<string, CueStrength> = (() => {
  const map = new Map<string, CueStrength>();
  for (const w of expandVerbs(WRITING)) map.set(w, 'writing');
  for (const w of expandVerbs(ATTITUDE)) map.set(w, 'attitude');
  for (const w of expandVerbs(SPEECH)) map.set(w, 'speech');
  return map;
})();

/** Forms that only count as cues inside a phrase (too common alone: “put”, “open”, “close”, “second”). */
export const PHRASE_ONLY: ReadonlySet<string> = new Set([
  'put', 'puts', 'putting', 'open', 'opens', 'opened', 'opening', 'close', 'closes', 'closed', 'closing', 'second',
  'seconds', 'begin', 'begins', 'began', 'beginning', 'sum', 'sums', 'summed', 'shoot', 'shot', 'fire', 'fired',
  'hit', 'hits', 'read', 'reads', 'air', 'aired', 'post', 'posts', 'sign', 'signs', 'signed', 'text', 'texts',
  'print', 'type', 'types', 'point', 'points', 'pointed', 'object', 'objects', 'state', 'states', 'question',
  'questions', 'answer', 'report', 'reports', 'charge', 'charges', 'rail', 'pen', 'message', 'email', 'quote',
  'quotes', 'cite', 'term', 'terms', 'second', 'relate', 'relates', 'caption', 'wonder', 'reason', 'vent',
  'welcome', 'welcomed', 'knock', 'knocked', 'lash', 'sing', 'sang', 'cry', 'cries', 'attack', 'attacks',
  'call', 'hint', 'hints', 'comment', 'comments', 'protest', 'protests', 'plead', 'counter', 'echo',
  'allow', 'allows', 'allowed', 'allowing',
]);
