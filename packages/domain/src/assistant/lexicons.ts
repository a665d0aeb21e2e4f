import { type AttributionKind, type CommitmentStrength, type SourceKind } from '../vocabulary';

/**
 * The editors' assistant's word lists, as data: which words signal a commitment and how firm
 * it is, who is speaking, which theme a sentence belongs to, which party a name stands for.
 * The extractor (`@accord/assistant`) compiles them; editors' changes to the vocabulary
 * belong here, not in its code.
 *
 * Phrase syntax, kept small on purpose: words match case-insensitively on word boundaries,
 * any run of spaces matches any run of whitespace, `*` stands for exactly one word (letters,
 * digits, dots, hyphens, apostrophes), and `[word]` for one optional word.
 */
export type LexiconPhrase = string;

export interface StrengthCue {
  phrase: LexiconPhrase;
  strength: CommitmentStrength;
}

/**
 * Commitment cues, mapped onto Accord's strength vocabulary. Longer phrases win over shorter
 * ones that overlap them ("reaffirmed" is never read as "affirmed"). "welcomed" and
 * "backed" have no strength of their own in the vocabulary: they are read as `supports`.
 */
export const STRENGTH_CUES: readonly StrengthCue[] = [
  // committed: the firmest language
  { phrase: 'committed to', strength: 'committed' },
  { phrase: 'commit to', strength: 'committed' },
  { phrase: 'committed themselves to', strength: 'committed' },
  { phrase: 'commit themselves to', strength: 'committed' },
  { phrase: 'commits to', strength: 'committed' },
  { phrase: 'pledged', strength: 'committed' },
  { phrase: 'pledge to', strength: 'committed' },
  { phrase: 'pledges to', strength: 'committed' },
  { phrase: 'vowed to', strength: 'committed' },
  { phrase: 'vowed', strength: 'committed' },
  { phrase: 'vow to', strength: 'committed' },
  { phrase: 'promised to', strength: 'committed' },
  { phrase: 'promised', strength: 'committed' },
  { phrase: 'undertook to', strength: 'committed' },
  { phrase: 'undertake to', strength: 'committed' },
  { phrase: 'undertakes to', strength: 'committed' },
  { phrase: 'resolved to', strength: 'committed' },
  // Money set apart for a purpose: a commitment of funds.
  { phrase: 'earmarked', strength: 'committed' },
  { phrase: 'allocated', strength: 'committed' },
  { phrase: 'set aside', strength: 'committed' },
  // Money put on the table: these count only before an amount or a package (FUNDING_CUES,
  // FUNDING_WORDS): "has committed 1.2 billion dollars", "moved to release 600 million euros".
  { phrase: 'announced', strength: 'committed' },
  { phrase: 'approved', strength: 'committed' },
  { phrase: 'unveiled', strength: 'committed' },
  { phrase: 'committed', strength: 'committed' },
  { phrase: 'released', strength: 'committed' },
  { phrase: 'moved to', strength: 'committed' },
  // agreed
  { phrase: 'agreed to', strength: 'agreed' },
  { phrase: 'agreed on', strength: 'agreed' },
  { phrase: 'agreed that', strength: 'agreed' },
  { phrase: 'agree to', strength: 'agreed' },
  { phrase: 'agreed', strength: 'agreed' },
  { phrase: 'signed a memorandum', strength: 'agreed' },
  { phrase: 'signed an agreement', strength: 'agreed' },
  { phrase: 'signed a deal', strength: 'agreed' },
  { phrase: 'agrees to', strength: 'agreed' },
  { phrase: 'reached an agreement to', strength: 'agreed' },
  { phrase: 'reached agreement on', strength: 'agreed' },
  { phrase: 'decided to', strength: 'agreed' },
  { phrase: 'decided that', strength: 'agreed' },
  { phrase: 'struck a deal', strength: 'agreed' },
  { phrase: 'reached a deal', strength: 'agreed' },
  { phrase: 'reached [a] consensus on', strength: 'agreed' },
  { phrase: 'reached [a] consensus to', strength: 'agreed' },
  { phrase: 'signed a [*] pact', strength: 'agreed' },
  { phrase: 'signed a [*] treaty', strength: 'agreed' },
  { phrase: 'signed an [*] accord', strength: 'agreed' },
  { phrase: 'concluded an agreement', strength: 'agreed' },
  // Readouts' verb of agreement (third round): "the two sides concurred to launch a study".
  { phrase: 'concurred to', strength: 'agreed' },
  { phrase: 'concurred on', strength: 'agreed' },
  { phrase: 'concurred that', strength: 'agreed' },
  { phrase: 'concur to', strength: 'agreed' },
  { phrase: 'concur on', strength: 'agreed' },
  // Leaders directing their governments: "instructed their ministers to launch negotiations".
  { phrase: 'instructed * [*] to', strength: 'agreed' },
  { phrase: 'directed * [*] to', strength: 'agreed' },
  { phrase: 'tasked * [*] with', strength: 'agreed' },
  // Approval of a plan or a loan: "gave the green light to a loan", "approved the plan to buy".
  { phrase: 'gave the green light to', strength: 'agreed' },
  { phrase: 'give the green light to', strength: 'agreed' },
  { phrase: 'gives the green light to', strength: 'agreed' },
  { phrase: 'green-lit', strength: 'agreed' },
  { phrase: 'signed off on', strength: 'agreed' },
  { phrase: 'approved [*] plan to', strength: 'agreed' },
  { phrase: 'approved [*] plans to', strength: 'agreed' },
  { phrase: 'approved [*] plan for', strength: 'agreed' },
  { phrase: 'approved [*] plans for', strength: 'agreed' },
  // An intention both sides hold: "the two sides shared the intention to coordinate".
  { phrase: 'shared the intention to', strength: 'agreed' },
  { phrase: 'share the intention to', strength: 'agreed' },
  // Treaty language: "the two sides shall review the pact" (a verb must follow, as for "will").
  { phrase: 'shall', strength: 'agreed' },
  // A text or plan taken on by those meeting: "adopted a set of principles".
  { phrase: 'adopted', strength: 'agreed' },
  { phrase: 'endorsed', strength: 'agreed' },
  // Statements in the first person speak in the present: "We endorse the alliance". The bare
  // verb counts only after "we" ("a welcome step" is no cue); the -s form stands alone.
  { phrase: 'we [also] endorse', strength: 'agreed' },
  { phrase: 'endorses', strength: 'agreed' },
  { phrase: 'we [also] adopt', strength: 'agreed' },
  { phrase: 'adopts', strength: 'agreed' },
  // reaffirmed: an earlier position stated again
  { phrase: 'reaffirmed', strength: 'reaffirmed' },
  { phrase: 'reaffirm', strength: 'reaffirmed' },
  { phrase: 'reaffirms', strength: 'reaffirmed' },
  { phrase: 'reiterated', strength: 'reaffirmed' },
  { phrase: 'reiterates', strength: 'reaffirmed' },
  { phrase: 'we [also] reiterate', strength: 'reaffirmed' },
  // A commitment or pledge renewed: "Participants renewed their pledge to sustain aid".
  { phrase: 'renewed * commitment to', strength: 'reaffirmed' },
  { phrase: 'renewed * pledge to', strength: 'reaffirmed' },
  // Still committed: a position restated, not a new one.
  { phrase: 'remain committed to', strength: 'reaffirmed' },
  { phrase: 'remains committed to', strength: 'reaffirmed' },
  { phrase: 'remained committed to', strength: 'reaffirmed' },
  // affirmed
  { phrase: 'affirmed', strength: 'affirmed' },
  { phrase: 'expressed their resolve to', strength: 'affirmed' },
  { phrase: 'expressed * determination to', strength: 'affirmed' },
  { phrase: 'underscored', strength: 'affirmed' },
  { phrase: 'confirmed that', strength: 'affirmed' },
  { phrase: 'stressed', strength: 'affirmed' },
  { phrase: 'underlined', strength: 'affirmed' },
  { phrase: 'underlines', strength: 'affirmed' },
  { phrase: 'underscores', strength: 'affirmed' },
  { phrase: 'affirms', strength: 'affirmed' },
  { phrase: 'stresses', strength: 'affirmed' },
  { phrase: 'we [also] underline', strength: 'affirmed' },
  { phrase: 'we [also] underscore', strength: 'affirmed' },
  { phrase: 'we [also] affirm', strength: 'affirmed' },
  { phrase: 'we [also] stress', strength: 'affirmed' },
  // Resolve, like "expressed their determination to": "We are determined to reduce…".
  { phrase: 'determined to', strength: 'affirmed' },
  // An intention confirmed: "Both sides confirmed their intention to cooperate".
  { phrase: 'confirmed * intention to', strength: 'affirmed' },
  // recognized
  { phrase: 'recognized', strength: 'recognized' },
  { phrase: 'recognised', strength: 'recognized' },
  { phrase: 'acknowledged', strength: 'recognized' },
  { phrase: 'shared the view', strength: 'recognized' },
  { phrase: 'share the view', strength: 'recognized' },
  { phrase: 'shared the recognition', strength: 'recognized' },
  { phrase: 'share the recognition', strength: 'recognized' },
  { phrase: 'recognises', strength: 'recognized' },
  { phrase: 'recognizes', strength: 'recognized' },
  { phrase: 'acknowledges', strength: 'recognized' },
  { phrase: 'we [also] recognise', strength: 'recognized' },
  { phrase: 'we [also] recognize', strength: 'recognized' },
  { phrase: 'we [also] acknowledge', strength: 'recognized' },
  // plans
  { phrase: 'plan to', strength: 'plans' },
  { phrase: 'plans to', strength: 'plans' },
  { phrase: 'planned to', strength: 'plans' },
  { phrase: 'intend to', strength: 'plans' },
  { phrase: 'intends to', strength: 'plans' },
  { phrase: 'intended to', strength: 'plans' },
  { phrase: 'aim to', strength: 'plans' },
  { phrase: 'aims to', strength: 'plans' },
  { phrase: 'set to', strength: 'plans' },
  { phrase: 'announced plans to', strength: 'plans' },
  { phrase: 'offered to', strength: 'plans' },
  { phrase: 'poised to', strength: 'plans' },
  { phrase: 'on track to', strength: 'plans' },
  { phrase: 'seeking to', strength: 'plans' },
  { phrase: 'seeks to', strength: 'plans' },
  { phrase: 'seek to', strength: 'plans' },
  { phrase: 'sought to', strength: 'plans' },
  // A target set: "Ottawa has set a goal of sourcing 60 percent…".
  { phrase: 'set a [*] goal of', strength: 'plans' },
  { phrase: 'set a [*] goal to', strength: 'plans' },
  { phrase: 'set a [*] target of', strength: 'plans' },
  { phrase: 'set a [*] target to', strength: 'plans' },
  { phrase: 'sets a [*] goal of', strength: 'plans' },
  { phrase: 'sets a [*] target of', strength: 'plans' },
  // Work under way on a measure: "the ministry is drafting rules", "is preparing a scheme".
  { phrase: 'is [also] drafting', strength: 'plans' },
  { phrase: 'are [also] drafting', strength: 'plans' },
  { phrase: 'is [also] drawing up', strength: 'plans' },
  { phrase: 'are [also] drawing up', strength: 'plans' },
  { phrase: 'is [also] preparing to', strength: 'plans' },
  { phrase: 'are [also] preparing to', strength: 'plans' },
  { phrase: 'is [also] preparing a', strength: 'plans' },
  { phrase: 'are [also] preparing a', strength: 'plans' },
  { phrase: 'is [also] preparing an', strength: 'plans' },
  { phrase: 'are [also] preparing an', strength: 'plans' },
  // Money asked for, not yet granted: "We've requested 60 million dollars from Congress" (only
  // before money, FUNDING_CUES).
  { phrase: 'requested', strength: 'plans' },
  { phrase: 'requesting', strength: 'plans' },
  // A plan laid before the others: "the Minister set out plans for a national centre".
  { phrase: 'set out plans', strength: 'plans' },
  { phrase: 'laid out plans', strength: 'plans' },
  { phrase: 'outlined plans', strength: 'plans' },
  { phrase: 'unveiled plans', strength: 'plans' },
  { phrase: 'drew up plans', strength: 'plans' },
  { phrase: 'confirmed plans', strength: 'plans' },
  // An intention or readiness stated: "expressed Japan's intention to provide radars",
  // "expressed its willingness to host".
  { phrase: 'expressed * intention to', strength: 'plans' },
  { phrase: 'expressed * readiness to', strength: 'plans' },
  { phrase: 'expressed * willingness to', strength: 'plans' },
  { phrase: 'stated * intention to', strength: 'plans' },
  { phrase: 'announced * intention to', strength: 'plans' },
  // Spoken future, as at a press conference: "We are going to double the units" (before a
  // verb only, as "will": the extractor checks), and a hope to act.
  { phrase: 'is going to', strength: 'plans' },
  { phrase: 'are going to', strength: 'plans' },
  { phrase: 'am going to', strength: 'plans' },
  { phrase: 'hope to', strength: 'plans' },
  { phrase: 'hopes to', strength: 'plans' },
  // Wire copy's future: "is expected to expand", "are ready to invest", "is to build"
  // ("is to" / "are to" only before a verb: the extractor checks).
  { phrase: 'is expected to', strength: 'plans' },
  { phrase: 'are expected to', strength: 'plans' },
  { phrase: 'ready to', strength: 'plans' },
  { phrase: 'is to', strength: 'plans' },
  { phrase: 'are to', strength: 'plans' },
  { phrase: 'will', strength: 'plans' },
  { phrase: 'would', strength: 'plans' },
  // supports
  { phrase: 'should continue to be supported', strength: 'supports' },
  { phrase: 'expressed support for', strength: 'supports' },
  { phrase: 'voiced support for', strength: 'supports' },
  { phrase: 'welcomed', strength: 'supports' },
  { phrase: 'backed', strength: 'supports' },
  { phrase: 'supports', strength: 'supports' },
  { phrase: 'we [also] welcome', strength: 'supports' },
  { phrase: 'welcomes', strength: 'supports' },
  // considering: the weakest language we record
  { phrase: 'considering', strength: 'considering' },
  { phrase: 'will [also] consider', strength: 'considering' },
  { phrase: 'may [also] consider', strength: 'considering' },
  { phrase: 'could [also] consider', strength: 'considering' },
  // "will" before a verb of study is an option, not a plan: "will explore joint calls".
  { phrase: 'will [also] explore', strength: 'considering' },
  { phrase: 'will [also] study', strength: 'considering' },
  // "in talks on", "in early talks with Ottawa about" (an adjective before "talks" allowed).
  { phrase: 'in [*] talks on', strength: 'considering' },
  { phrase: 'in [*] talks to', strength: 'considering' },
  { phrase: 'in [*] talks over', strength: 'considering' },
  { phrase: 'in [*] talks about', strength: 'considering' },
  { phrase: 'in [*] talks with', strength: 'considering' },
  { phrase: 'would consider', strength: 'considering' },
  { phrase: 'to consider', strength: 'considering' },
  { phrase: 'weighing', strength: 'considering' },
  { phrase: 'weighs', strength: 'considering' },
  { phrase: 'mulling', strength: 'considering' },
  { phrase: 'mulls', strength: 'considering' },
  { phrase: 'contemplating', strength: 'considering' },
  { phrase: 'eyeing', strength: 'considering' },
  // Talks under way, not talks held: "are negotiating a plan", never "discussed".
  { phrase: 'is [also] negotiating', strength: 'considering' },
  { phrase: 'are [also] negotiating', strength: 'considering' },
  { phrase: 'is [also] discussing', strength: 'considering' },
  { phrase: 'are [also] discussing', strength: 'considering' },
  { phrase: 'in negotiations on', strength: 'considering' },
  { phrase: 'in negotiations over', strength: 'considering' },
  { phrase: 'in discussions on', strength: 'considering' },
  { phrase: 'in discussions about', strength: 'considering' },
  { phrase: 'exploring', strength: 'considering' },
  { phrase: 'explore', strength: 'considering' },
  { phrase: 'studying', strength: 'considering' },
  { phrase: 'looking into', strength: 'considering' },
  // "We are giving it careful consideration", "the request is under consideration".
  { phrase: 'giving it [careful] consideration', strength: 'considering' },
  { phrase: 'giving [*] [careful] consideration to', strength: 'considering' },
  { phrase: 'give [*] [careful] consideration to', strength: 'considering' },
  { phrase: 'will [also] give [*] [careful] consideration to', strength: 'considering' },
  { phrase: 'under consideration', strength: 'considering' },
];

/**
 * Words right before a cue that cancel it: a plan that was dropped, a refusal, a question.
 * "He initially planned to visit" is history, not a commitment.
 */
export const CUE_BLOCKERS: readonly LexiconPhrase[] = [
  'initially',
  'not',
  'never',
  "didn't",
  "won't",
  'no longer',
  'failed to',
  'refused to',
  'declined to',
  // Refusals and hedges: "has yet to agree", "has no plans to", "neither side is expected to".
  'yet to',
  'no',
  'neither *',
];

/** Cues that count only before money or aid (FUNDING_WORDS within a few words after them). */
export const FUNDING_CUES: readonly string[] = [
  'announced',
  'approved',
  'unveiled',
  'committed',
  'released',
  'moved to',
  'requested',
  'requesting',
];

/** What makes "announced" a commitment: money or aid named within a few words after it. */
export const FUNDING_WORDS: readonly string[] = [
  'million',
  'billion',
  'package',
  'assistance',
  'aid',
  'funding',
  'grant',
  'grants',
  'loan',
  'loans',
  'investment',
];

/**
 * Verbs that follow "will" in schedules and itineraries rather than in commitments
 * ("will join three sessions", "will arrive on Monday"): "will" before them is no cue.
 */
export const ITINERARY_VERBS: readonly string[] = [
  'join',
  'attend',
  'visit',
  'travel',
  'arrive',
  'depart',
  'leave',
  'fly',
  'return',
  'stay',
  'be',
  'have',
  'take',
  'speak',
  // A meeting scheduled, not a step promised: "We will meet again in the autumn".
  'meet',
  'convene',
  // Conditions, not undertakings: "any decision would depend on allies".
  'depend',
  'hinge',
];

/**
 * Verbs that start a second, coordinated action after a cue ("agreed to cooperate on X and
 * step up Y"): the extractor proposes each action on its own.
 */
export const ACTION_VERBS: readonly string[] = [
  'step up',
  'strengthen',
  'deepen',
  'expand',
  'work',
  'launch',
  'establish',
  'set up',
  'create',
  'build',
  'develop',
  'boost',
  'increase',
  'reduce',
  'cut',
  'provide',
  'deliver',
  'deploy',
  'share',
  'hold',
  'conduct',
  'coordinate',
  'cooperate',
  'promote',
  'invest',
  'fund',
  'finance',
  'open',
  'start',
  'begin',
  'accelerate',
  'secure',
  'protect',
  'support',
  'continue',
  'address',
  'counter',
  'diversify',
  'train',
];

export interface AttributionPhrase {
  phrase: LexiconPhrase;
  kind: AttributionKind;
}

/**
 * Who is speaking, in the words reports use. The first kind in ATTRIBUTION_PRIORITY that
 * matches a sentence wins; a sentence with none is the outlet's own account (`press_report`).
 */
export const ATTRIBUTION_PHRASES: readonly AttributionPhrase[] = [
  // diplomatic sources
  { phrase: 'according to diplomatic sources', kind: 'diplomatic_sources' },
  { phrase: 'diplomatic sources said', kind: 'diplomatic_sources' },
  { phrase: 'according to diplomats', kind: 'diplomatic_sources' },
  { phrase: 'diplomats said', kind: 'diplomatic_sources' },
  { phrase: '[two] diplomats familiar with', kind: 'diplomatic_sources' },
  { phrase: 'sources familiar with', kind: 'diplomatic_sources' },
  // anonymous officials
  { phrase: 'according to a [senior] * official', kind: 'anonymous_official' },
  { phrase: 'according to an official', kind: 'anonymous_official' },
  { phrase: 'according to [senior] * officials', kind: 'anonymous_official' },
  { phrase: 'a [senior] * official said', kind: 'anonymous_official' },
  // An unnamed official speaking to the press is still unnamed: "a senior official told
  // reporters" is no on-record remark.
  { phrase: 'a [senior] * official told', kind: 'anonymous_official' },
  { phrase: 'a [senior] * * official told', kind: 'anonymous_official' },
  { phrase: 'an official told', kind: 'anonymous_official' },
  { phrase: 'officials told', kind: 'anonymous_official' },
  { phrase: '[government] sources said', kind: 'anonymous_official' },
  { phrase: 'one [*] official said', kind: 'anonymous_official' },
  { phrase: 'a person familiar with', kind: 'anonymous_official' },
  { phrase: 'a person with knowledge of', kind: 'anonymous_official' },
  { phrase: '[*] people with knowledge of', kind: 'anonymous_official' },
  { phrase: '[*] sources with knowledge of', kind: 'anonymous_official' },
  // The speaker after the verb: "said a South Korean official who asked not to be named".
  { phrase: 'said a [senior] * official', kind: 'anonymous_official' },
  { phrase: 'said a [senior] * * official', kind: 'anonymous_official' },
  { phrase: 'asked not to be named', kind: 'anonymous_official' },
  { phrase: 'officials in * [*] said', kind: 'anonymous_official' },
  { phrase: '[a] person briefed on', kind: 'anonymous_official' },
  { phrase: '[*] people briefed on', kind: 'anonymous_official' },
  { phrase: '[*] officials briefed on', kind: 'anonymous_official' },
  { phrase: 'according to [government] sources', kind: 'anonymous_official' },
  { phrase: 'a [senior] * government official said', kind: 'anonymous_official' },
  { phrase: 'an official said', kind: 'anonymous_official' },
  { phrase: 'officials said', kind: 'anonymous_official' },
  { phrase: 'on condition of anonymity', kind: 'anonymous_official' },
  // "according to a Dutch government source": a nationality before it changes nothing.
  { phrase: 'a [*] government source', kind: 'anonymous_official' },
  { phrase: '[*] people familiar with', kind: 'anonymous_official' },
  { phrase: 'a * * official said', kind: 'anonymous_official' },
  // A longer description of the same unnamed official: "a South Korean industry ministry
  // official said".
  { phrase: 'a * * * official said', kind: 'anonymous_official' },
  { phrase: 'a * * * * official said', kind: 'anonymous_official' },
  { phrase: 'officials from', kind: 'anonymous_official' },
  // joint statements, and accounts both governments give
  { phrase: 'joint statement', kind: 'joint_statement' },
  { phrase: 'joint communique', kind: 'joint_statement' },
  { phrase: 'joint declaration', kind: 'joint_statement' },
  { phrase: 'according to the * and * governments', kind: 'joint_statement' },
  { phrase: 'the two countries said', kind: 'joint_statement' },
  { phrase: 'the two governments said', kind: 'joint_statement' },
  { phrase: 'the two sides said', kind: 'joint_statement' },
  { phrase: 'both governments said', kind: 'joint_statement' },
  { phrase: 'the leaders said in a', kind: 'joint_statement' },
  { phrase: 'the two [*] ministers said', kind: 'joint_statement' },
  // one government's readout
  { phrase: 'the White House said', kind: 'government_readout' },
  { phrase: 'according to the White House', kind: 'government_readout' },
  { phrase: 'said in a press release', kind: 'government_readout' },
  { phrase: 'readout', kind: 'government_readout' },
  { phrase: 'the * Foreign Ministry said', kind: 'government_readout' },
  { phrase: 'the Foreign Ministry said', kind: 'government_readout' },
  { phrase: 'according to the [*] Foreign Ministry', kind: 'government_readout' },
  { phrase: 'the Ministry of Foreign Affairs said', kind: 'government_readout' },
  { phrase: 'according to the State Department', kind: 'government_readout' },
  { phrase: "the Prime Minister's Office said", kind: 'government_readout' },
  { phrase: 'the presidential office said', kind: 'government_readout' },
  { phrase: 'the Kremlin said', kind: 'government_readout' },
  { phrase: 'Downing Street said', kind: 'government_readout' },
  { phrase: 'the * government said', kind: 'government_readout' },
  { phrase: 'according to the * government', kind: 'government_readout' },
  { phrase: 'the * ministry said', kind: 'government_readout' },
  { phrase: 'the ministry said', kind: 'government_readout' },
  { phrase: 'the [*] Commission said', kind: 'government_readout' },
  { phrase: 'the [*] Department said', kind: 'government_readout' },
  { phrase: 'the [*] Agency said', kind: 'government_readout' },
  { phrase: 'the [*] Council said', kind: 'government_readout' },
  { phrase: 'a government statement', kind: 'government_readout' },
  // An institution's written word: "a Commission statement said", "a ministry statement said".
  { phrase: 'a [*] * statement said', kind: 'government_readout' },
  { phrase: 'the [*] embassy [in] [*] said', kind: 'government_readout' },
  // An unnamed spokesperson speaks for the institution: "a defence department spokesperson said".
  { phrase: '* spokesperson said', kind: 'government_readout' },
  { phrase: '* spokesman said', kind: 'government_readout' },
  { phrase: '* spokeswoman said', kind: 'government_readout' },
  { phrase: 'according to the [*] embassy', kind: 'government_readout' },
  { phrase: 'according to a statement from', kind: 'government_readout' },
  { phrase: 'said in a statement', kind: 'government_readout' },
  // on-record remarks: a verb of speech by a named person (the name is found by the extractor)
  { phrase: 'told reporters', kind: 'on_record_remark' },
  { phrase: 'told a news conference', kind: 'on_record_remark' },
  { phrase: 'told a press conference', kind: 'on_record_remark' },
  { phrase: 'said at a news conference', kind: 'on_record_remark' },
  { phrase: 'said at a press conference', kind: 'on_record_remark' },
  { phrase: 'said in a speech', kind: 'on_record_remark' },
  { phrase: 'said at the outset', kind: 'on_record_remark' },
  { phrase: 'told lawmakers', kind: 'on_record_remark' },
  { phrase: 'told parliament', kind: 'on_record_remark' },
  { phrase: 'told senators', kind: 'on_record_remark' },
  { phrase: 'speaking to lawmakers', kind: 'on_record_remark' },
  { phrase: 'speaking to reporters', kind: 'on_record_remark' },
  { phrase: '* [*] minister said', kind: 'on_record_remark' },
  { phrase: '* [*] secretary said', kind: 'on_record_remark' },
  // An office holder named by office, as "the foreign minister said" is: "Quebec's premier said".
  { phrase: '* premier said', kind: 'on_record_remark' },
  { phrase: '* president said', kind: 'on_record_remark' },
  { phrase: '* chancellor said', kind: 'on_record_remark' },
  { phrase: '* ambassador said', kind: 'on_record_remark' },
  { phrase: '* governor said', kind: 'on_record_remark' },
];

/** Which attribution wins when a sentence has several: the most specific first. */
export const ATTRIBUTION_PRIORITY: readonly AttributionKind[] = [
  'diplomatic_sources',
  'anonymous_official',
  'joint_statement',
  'government_readout',
  'on_record_remark',
  'press_report',
];

/**
 * Who speaks in a sentence that names no speaker: the source itself. A government's readout
 * or press release speaks for that government; a news report for the outlet.
 */
export const SOURCE_KIND_ATTRIBUTION: Record<SourceKind, AttributionKind> = {
  news_report: 'press_report',
  press_release: 'government_readout',
  readout: 'government_readout',
  official_document: 'government_readout',
  joint_statement: 'joint_statement',
  transcript: 'on_record_remark',
};

/** Verbs of speech: a leader's name next to one, with quotation marks, is an on-record remark. */
export const SPEECH_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'stated',
  'declared',
  'announced',
  'added',
  'noted',
  'mentioned',
];

/**
 * Titles before a person's name: "Defence Minister Claire Dubois said" is a named person on
 * the record, with or without quotation marks, and so is "Dubois said" later in the text.
 */
export const SPEAKER_TITLES: readonly string[] = [
  'Prime Minister',
  'Minister',
  'President',
  'Vice President',
  'Secretary',
  'Chancellor',
  'Premier',
  'Ambassador',
  'Envoy',
  'Commissioner',
  'Governor',
  'Senator',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'General',
  'Admiral',
];

export interface ThemeWords {
  theme: string;
  /** Words and phrases; a phrase of two or more words counts double. */
  words: readonly LexiconPhrase[];
  /** Parties whose mention leans a sentence towards this theme, counted once, at half weight. */
  parties: readonly string[];
}

/** Words per seeded theme. Editors' own themes get no words until someone adds them here. */
export const THEME_WORDS: readonly ThemeWords[] = [
  {
    theme: 'security',
    words: [
      'alliance',
      'security',
      'deterrence',
      'deterrent',
      'defense',
      'defence',
      'military',
      'missile',
      'missiles',
      'nuclear',
      'coercion',
      'coercive',
      'assertive',
      'Taiwan Strait',
      'peace and stability',
      'maritime',
      'territorial',
      'troops',
      'forces',
      'exercises',
      'drills',
      'navy',
      'coast guard',
      'disarmament',
      'nonproliferation',
      'non-proliferation',
      'international law',
      'trilateral',
      'sanctions',
      'intelligence',
      'cyber',
    ],
    parties: ['kp', 'tw', 'cn', 'kr'],
  },
  {
    theme: 'chips',
    words: [
      'semiconductor',
      'semiconductors',
      'chip',
      'chips',
      'chipmaker',
      'artificial intelligence',
      'AI',
      'quantum',
      'quantum computing',
      'startups',
      'start-ups',
      'startup',
      'start-up',
      'universities',
      'university',
      'research',
      'emerging technology',
      'emerging technologies',
      'technology',
      'innovation',
      'supercomputing',
      'export controls',
      'fabrication',
      'foundry',
      'data centre',
      'data center',
    ],
    parties: ['mit', 'micron'],
  },
  {
    theme: 'minerals',
    words: [
      'critical minerals',
      'minerals',
      'mineral',
      'rare earth',
      'rare earths',
      'lithium',
      'cobalt',
      'nickel',
      'graphite',
      'gallium',
      'germanium',
      'mining',
      'refining',
      'raw materials',
      'batteries',
      'battery',
      'stockpile',
      'stockpiling',
    ],
    parties: [],
  },
  {
    theme: 'ukraine',
    words: [
      'Ukraine',
      'Ukrainian',
      'Kyiv',
      'invasion',
      'reconstruction',
      'Zelenskyy',
      'Zelensky',
      'war in Ukraine',
      'air defence',
      'air defense',
      'humanitarian',
    ],
    parties: ['ua', 'ru'],
  },
];

export interface PartyName {
  /** The seeded party's slug. */
  party: string;
  /** Names, adjectives, capitals and their leaders, past and present. */
  names: readonly string[];
}

/**
 * Names that stand for a seeded party. "Korea" alone is ambiguous and is not listed; a
 * leader names their country ("Kishida" → jp).
 */
export const PARTY_NAMES: readonly PartyName[] = [
  {
    party: 'jp',
    names: [
      'Japan',
      'Japanese',
      'Tokyo',
      'Kishida',
      'Fumio Kishida',
      'Ishiba',
      'Shigeru Ishiba',
      'Takaichi',
      'Sanae Takaichi',
    ],
  },
  {
    party: 'us',
    names: [
      'United States',
      'U.S.',
      'US',
      'USA',
      'America',
      'American',
      'Americans',
      'Washington',
      'White House',
      'Biden',
      'Joe Biden',
      'Trump',
      'Donald Trump',
    ],
  },
  {
    party: 'kr',
    names: [
      'South Korea',
      'South Korean',
      'Republic of Korea',
      'Seoul',
      'Yoon',
      'Yoon Suk Yeol',
      'Lee Jae-myung',
    ],
  },
  {
    party: 'cn',
    names: ['China', 'Chinese', 'Beijing', "People's Republic of China", 'Xi', 'Xi Jinping'],
  },
  { party: 'ru', names: ['Russia', 'Russian', 'Moscow', 'Kremlin', 'Putin', 'Vladimir Putin'] },
  {
    party: 'kp',
    names: ['North Korea', 'North Korean', 'Pyongyang', 'DPRK', 'Kim Jong Un'],
  },
  {
    party: 'ua',
    names: ['Ukraine', 'Ukrainian', 'Kyiv', 'Zelenskyy', 'Zelensky', 'Volodymyr Zelenskyy'],
  },
  { party: 'tw', names: ['Taiwan', 'Taiwanese', 'Taipei'] },
  { party: 'mit', names: ['MIT', 'Massachusetts Institute of Technology'] },
  { party: 'micron', names: ['Micron', 'Micron Technology'] },
  { party: 'g7', names: ['G7', 'Group of Seven'] },
];

/**
 * Target-date phrases. `{year}` is a four-digit year, `{n}` a number (digits or a word),
 * `{unit}` days, weeks, months or years, `{month}` a month's name.
 */
export const TARGET_PHRASES: readonly string[] = [
  'by the end of the year',
  'by the end of this year',
  'by the end of next year',
  'by year-end',
  'by the end of {year}',
  'by the end of {month}',
  'by {month} {year}',
  'by {year}',
  'in {year} at the earliest',
  'no earlier than {year}',
  'from {year}',
  'in {month} {year}',
  'in {year}',
  'within {n} {unit}',
  'in the next {n} {unit}',
  'over the next {n} {unit}',
  'next year',
  'this year',
];

/** The languages the assistant reads. Anything else gets "only English is supported". */
export const ASSISTANT_LANGUAGES = ['en'] as const;

/**
 * The largest text the assistant reads, in characters: a long article is about 50,000. It
 * runs on the server's own thread, about 15 ms of CPU per 1,000 characters here, so the
 * limit also bounds how long one request can hold the process (under a second).
 */
export const ASSISTANT_MAX_CHARS = 60_000;
