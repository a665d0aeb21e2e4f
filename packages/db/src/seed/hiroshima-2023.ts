import {
  type CommitmentInput,
  type MeetingInput,
  type PartyInput,
  type Quote,
  type SourceInput,
  type StatusUpdateInput,
  type ThemeInput,
} from '@accord/domain';

/**
 * The first dataset: the Kishida–Biden meeting in Hiroshima on 18 May 2023, the day before
 * the G7 summit. Summaries and briefs are ours; every quote is a short exact phrase of the
 * source with the attribution the source gives it (checked by seed.test.ts).
 */

export const ARTICLE = 'kishida-biden-tech-cooperation-2023-05-19';
const AS_OF = '2023-05-18';
const EDITORS = 'Accord editors';

export const parties: PartyInput[] = [
  {
    slug: 'jp',
    name: 'Japan',
    shortName: 'Japan',
    kind: 'country',
    countryCode: 'JP',
    description: 'Host of the 2023 G7 summit.',
  },
  {
    slug: 'us',
    name: 'United States',
    shortName: 'US',
    kind: 'country',
    countryCode: 'US',
    description: "Japan's treaty ally.",
  },
  {
    slug: 'kr',
    name: 'Republic of Korea',
    shortName: 'South Korea',
    kind: 'country',
    countryCode: 'KR',
    description: 'Invited to the 2023 G7 summit as a guest.',
  },
  {
    slug: 'cn',
    name: "People's Republic of China",
    shortName: 'China',
    kind: 'country',
    countryCode: 'CN',
    description: null,
  },
  {
    slug: 'ru',
    name: 'Russian Federation',
    shortName: 'Russia',
    kind: 'country',
    countryCode: 'RU',
    description: null,
  },
  {
    slug: 'kp',
    name: "Democratic People's Republic of Korea",
    shortName: 'North Korea',
    kind: 'country',
    countryCode: 'KP',
    description: null,
  },
  {
    slug: 'ua',
    name: 'Ukraine',
    shortName: 'Ukraine',
    kind: 'country',
    countryCode: 'UA',
    description: null,
  },
  {
    slug: 'tw',
    name: 'Taiwan',
    shortName: 'Taiwan',
    kind: 'territory',
    countryCode: 'TW',
    description: 'Self-governed island that Beijing claims.',
  },
  {
    slug: 'mit',
    name: 'Massachusetts Institute of Technology',
    shortName: 'MIT',
    kind: 'university',
    countryCode: null,
    description: 'Research university in Cambridge, Massachusetts.',
  },
  {
    slug: 'micron',
    name: 'Micron Technology',
    shortName: 'Micron',
    kind: 'company',
    countryCode: null,
    description: 'US memory-chip maker; its Japanese unit runs a plant in Hiroshima Prefecture.',
  },
  {
    slug: 'g7',
    name: 'Group of Seven',
    shortName: 'G7',
    kind: 'organisation',
    countryCode: null,
    description:
      'Britain, Canada, France, Germany, Italy, Japan and the United States, with the European Union.',
  },
];

export const themes: ThemeInput[] = [
  {
    slug: 'security',
    title: 'Security and deterrence',
    summary:
      'The alliance, nuclear deterrence, North Korea, China and the Taiwan Strait, and a possible three-way meeting with Seoul.',
    position: 1,
    brief: `Most of what Kishida and Biden said in Hiroshima restated positions both governments already held. That is still worth tracking: reaffirmations show which commitments each side wanted on the record on the eve of a summit, and whether later actions match them.

**What was said.** The two leaders described the alliance as the base of regional stability, and a Japanese official said they called the US nuclear umbrella over Japan essential. The White House said they would work together on regional security challenges, naming North Korea's programmes and China's coercive behaviour; the report's own summary spoke more broadly of working together on Beijing's assertive conduct. Each government's readout restated the importance of peace across the Taiwan Strait, in its own words.

**The new element** was the opening to South Korea. Biden praised Kishida's effort to mend ties with Seoul, and diplomats said the two were considering a three-way meeting with President Yoon on the sidelines of the summit. It took place on 21 May 2023, the summit's last day.

**Since Hiroshima.** The three-way meeting led to the Camp David summit in August 2023, a three-way missile-warning link live from December 2023, yearly joint exercises and, from Lima in November 2024, a standing secretariat. Tokyo and Washington began reworking how their forces in Japan are commanded, held a first ministerial meeting on the nuclear umbrella and wrote guidelines for it. The positions on China and Taiwan were restated at leaders' meetings through 2025, under a new US administration too; a disputed press report of November 2025 is shown with Japan's denial.

**How we rate these.** Reaffirmations rarely have a finish line. We mark them *in progress* when there is ongoing, concrete work behind them, and leave them *not yet rated* until a later, sourced event gives us something to judge.`,
  },
  {
    slug: 'chips',
    title: 'Chips, AI and emerging technology',
    summary:
      'Semiconductors and artificial intelligence, quantum and university partnerships, a start-up hub with MIT, and Micron in Hiroshima.',
    position: 2,
    brief: `Technology was the headline of the Hiroshima talks. With competition between the United States and China over advanced chips sharpening, Tokyo and Washington agreed to deepen their cooperation on semiconductors and artificial intelligence.

**The concrete pieces** are modest but checkable. The two governments said they intend to start new partnerships linking American and Japanese companies and universities, naming quantum computing and semiconductors. Japan told the US it is studying a hub in Tokyo, built with MIT, to help start-ups launch, with 2028 as the earliest opening. And Kishida held up Micron's plant in Hiroshima Prefecture as a model of chip cooperation that should keep receiving support.

**Reading the language.** Only the broad chips-and-AI pledge is reported as agreed. The partnerships are a plan, the start-up hub is only under consideration, and the Micron remark is an expression of support rather than a promise. We record that difference as the *strength* of each commitment, so readers can weigh them accordingly.

**Since Hiroshima.** The company and university partnerships were signed within three days, with named partners and money. Ministers widened the chips work to AI and quantum within weeks, new AI research partnerships followed in April 2024, and a technology memorandum in October 2025. Japan approved large subsidies for Micron's Hiroshima plant in 2023 and again in 2025. The start-up campus has a budget, a site plan and a policy, but an opening no earlier than fiscal 2028, and we found no agreement signed by MIT.`,
  },
  {
    slug: 'minerals',
    title: 'Critical minerals',
    summary: 'Supply chains for the minerals that chips, batteries and defence depend on.',
    position: 3,
    brief: `China dominates the mining and processing of many materials that modern industry cannot do without, from rare earths to the inputs of semiconductor manufacturing. In Hiroshima, Japan and the United States agreed to work towards supply chains for critical minerals that are both diverse and resilient — less dependent on a single supplier and better able to absorb shocks.

The pledge named no projects, partners, volumes or dates, so it is judged on what followed. It continued an agreement the two countries signed in March 2023, and the G7 took up minerals security at the Hiroshima summit itself. In October 2025 the two governments signed a framework with dated next steps, financing for selected projects and a ministerial meeting on investment, which we track as separate commitments due in 2026.`,
  },
  {
    slug: 'ukraine',
    title: 'Support for Ukraine',
    summary: "Continued backing for Ukraine as it defends itself against Russia's invasion.",
    position: 4,
    brief: `Fifteen months into Russia's full-scale invasion, the two leaders affirmed that they would keep supporting Ukraine's defence. The statement came the day before a G7 summit at which Russia's war was one of the central subjects.

The Hiroshima wording sets no amounts or timelines; it signals continuity. We rated it *in progress* from the start because both governments were delivering assistance at the time.

**Two tracks.** The two governments' records have since diverged, so the page shows each one. Japan's support has continued without a pause: new pledges, a reconstruction conference, a ten-year accord in 2024 and a loan repaid from immobilised Russian assets in 2025. US support paused for about a week in March 2025, then moved to a model in which other NATO allies pay for American weapons. The overall status stays one editorial call, explained in its note.`,
  },
];

export const meetings: MeetingInput[] = [
  {
    slug: 'g7-hiroshima-summit-2023',
    title: 'G7 Hiroshima Summit',
    kind: 'summit',
    startsOn: '2023-05-19',
    endsOn: '2023-05-21',
    place: 'Hiroshima, Japan',
    parentSlug: null,
    summary:
      'Three-day summit of the Group of Seven hosted by Japan, with the European Union and invited guests including South Korea.',
    context: `Leaders of Britain, Canada, France, Germany, Italy, Japan and the United States, with the European Union, met in Hiroshima with nuclear disarmament and economic security among the subjects on the agenda. The summit took place as the gap between the major democracies and the China–Russia camp was widening: Beijing was asserting wide maritime claims off its coasts, and Moscow was still at war in Ukraine.

South Korea's President Yoon Suk Yeol attended as a guest and joined three outreach sessions.`,
    participants: [
      { party: 'jp', name: 'Fumio Kishida', office: 'Prime Minister (host)' },
      { party: 'us', name: 'Joe Biden', office: 'President' },
      { party: 'kr', name: 'Yoon Suk Yeol', office: 'President (guest)' },
    ],
  },
  {
    slug: 'kishida-biden-hiroshima-2023',
    title: 'Kishida–Biden meeting in Hiroshima',
    kind: 'bilateral',
    startsOn: '2023-05-18',
    endsOn: '2023-05-18',
    place: 'Hiroshima, Japan',
    parentSlug: 'g7-hiroshima-summit-2023',
    summary:
      'Japanese Prime Minister Fumio Kishida and US President Joe Biden met in Hiroshima the day before the G7 summit opened. They agreed to deepen cooperation on chips and AI, restated their alliance and security positions, and discussed critical minerals, Ukraine and relations with South Korea.',
    context: `**Not commitments, but worth knowing.**

- Biden arrived in Hiroshima earlier the same day. He was the second sitting US president to visit the city, destroyed by an American atomic bomb in August 1945, after Barack Obama's visit in 2016. Kishida represents a Hiroshima constituency.
- The US debt-ceiling stand-off in Washington overshadowed the trip. Biden had planned to go on to Papua New Guinea and Australia, but cut those legs to attend only the G7.
- Since early 2022 North Korea had launched many ballistic missiles into the waters between Korea and Japan, and observers thought a seventh nuclear test, its first since September 2017, was possible.
- Relations between Tokyo and Seoul had been improving quickly since President Yoon, in office since May 2022, proposed in March 2023 a way to settle the long-running dispute over compensation for wartime labour.`,
    participants: [
      { party: 'jp', name: 'Fumio Kishida', office: 'Prime Minister' },
      { party: 'us', name: 'Joe Biden', office: 'President' },
    ],
  },
];

export const sources: SourceInput[] = [
  {
    slug: ARTICLE,
    title: 'Kishida, Biden agree to step up advanced technology cooperation',
    publisher: 'Kyodo News',
    url: null,
    publishedOn: '2023-05-19',
    kind: 'news_report',
    language: 'en',
    description:
      'Wire report on the talks, published the day after the meeting. The copy we hold names no publisher and has no link: we credit Kyodo News because a mirror of the same story, and a site that runs its opening paragraph under a Kyodo credit, point to it (s104-shafaqna-salefull-seed-mirrors). It quotes a Japanese official, a White House press release, the Japanese Foreign Ministry, both governments and diplomatic sources.',
  },
];

const MEETING = 'kishida-biden-hiroshima-2023';

function quote(text: string, form: Quote['form'], attribution: Quote['attribution']): Quote {
  return { text, form, attribution, source: ARTICLE };
}

const whiteHouse: Quote['attribution'] = {
  kind: 'government_readout',
  who: 'the White House, in a press release',
  party: 'us',
};
const japaneseOfficial: Quote['attribution'] = {
  kind: 'anonymous_official',
  who: 'a Japanese official',
  party: 'jp',
};
/** No joint statement was issued: words the report credits to both come from one readout. */
const japanViaReport = (who: string): Quote['attribution'] => ({
  kind: 'government_readout',
  who,
  party: 'jp',
});
/**
 * The report gives Kishida's Micron remark in the passage it sources to the Japanese Foreign
 * Ministry: it comes from Japan's account of private talks, not from a press report.
 */
const kishidaInJapansAccount: Quote['attribution'] = {
  kind: 'government_readout',
  who: "Fumio Kishida, in the Japanese Foreign Ministry's account as the report relays it",
  party: 'jp',
};
const report = (who: string): Quote['attribution'] => ({ kind: 'press_report', who, party: null });

function rated(status: StatusUpdateInput['status'], note: string): StatusUpdateInput[] {
  return [{ effectiveOn: AS_OF, status, note, sources: [ARTICLE], author: EDITORS }];
}

const RECORDED =
  'Recorded as made at the Hiroshima meeting. The report gives no later step to judge it by, so it is not yet rated.';

export const commitments: CommitmentInput[] = [
  // ---- security -------------------------------------------------------------------------
  {
    slug: 'strengthen-japan-us-alliance',
    meeting: MEETING,
    theme: 'security',
    tags: ['alliance', 'indo-pacific'],
    title: 'Keep strengthening the Japan–US security alliance',
    summary:
      'Both leaders restated that strengthening their security alliance matters, with Kishida calling it the foundation of peace and stability in the Indo-Pacific and Biden saying the world is safer when the two allies act together.',
    strength: 'reaffirmed',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote(
        'reaffirmed the importance of strengthening the bilateral security alliance',
        'reported',
        japaneseOfficial,
      ),
      quote(
        'The Japan-U.S. alliance is a cornerstone of peace and stability in the Indo-Pacific region',
        'verbatim',
        {
          kind: 'on_record_remark',
          who: 'Fumio Kishida, at the start of the talks',
          party: 'jp',
        },
      ),
      quote('the whole world is safer', 'verbatim', {
        kind: 'on_record_remark',
        who: 'Joe Biden',
        party: 'us',
      }),
    ],
    history: rated(
      'in_progress',
      'A reaffirmation of a standing alliance with continuous joint work behind it, so we rate it in progress from the start.',
    ),
  },
  {
    slug: 'us-extended-nuclear-deterrence',
    meeting: MEETING,
    theme: 'security',
    tags: ['deterrence', 'nuclear'],
    title: 'Recognise US nuclear deterrence for Japan as essential',
    summary:
      'The leaders acknowledged that the nuclear deterrence the United States extends to Japan is essential to the security of Japan and of East Asia, as a Japanese official described the talks. The word is the official’s: the White House readout speaks of a commitment instead.',
    strength: 'recognized',
    parties: [
      { party: 'us', role: 'committer' },
      { party: 'jp', role: 'beneficiary' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote('the U.S. nuclear deterrence provided to Japan', 'reported', japaneseOfficial),
      quote('essential', 'verbatim', japaneseOfficial),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'north-korea-nuclear-missile-programs',
    meeting: MEETING,
    theme: 'security',
    tags: ['north-korea', 'nuclear', 'missiles'],
    title: "Work together on regional security challenges, North Korea's programmes among them",
    summary:
      "According to the White House, the two leaders committed to joint work on security challenges in their region, and it named North Korea's nuclear and ballistic missile programmes as one of them.",
    strength: 'committed',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
      { party: 'kp', role: 'subject' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote(
        'committed to work together to address regional security challenges',
        'reported',
        whiteHouse,
      ),
      quote('North Korea’s nuclear and ballistic missile programs', 'reported', whiteHouse),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'counter-china-coercion',
    meeting: MEETING,
    theme: 'security',
    tags: ['china', 'indo-pacific'],
    title: "Work closely together on Beijing's assertive behaviour",
    summary:
      "The report opens with the two leaders agreeing to cooperate closely in dealing with Beijing's assertive conduct. The wording is the report's own summary, not attributed to either government. The White House's narrower line on China's coercion is tracked as a separate commitment.",
    strength: 'agreed',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
      { party: 'cn', role: 'subject' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote(
        'closely cooperate to address Beijing’s assertive behavior',
        'reported',
        report('the report’s own summary'),
      ),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'address-china-coercive-behavior',
    meeting: MEETING,
    theme: 'security',
    tags: ['china', 'coercion', 'international-law'],
    title: "Work together on what the White House called China's coercive behaviour",
    summary:
      "In its press release the White House said the two leaders committed to joint work on regional security challenges, naming Chinese conduct it called coercive and contrary to international law. This is the US account: Japan's Foreign Ministry, as reported, put the stress on working with China on shared problems instead.",
    strength: 'committed',
    parties: [
      { party: 'us', role: 'committer' },
      { party: 'jp', role: 'committer' },
      { party: 'cn', role: 'subject' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote('coercive behavior', 'verbatim', whiteHouse),
      quote('runs counter to international law', 'verbatim', whiteHouse),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'taiwan-strait-peace-and-stability',
    meeting: MEETING,
    theme: 'security',
    tags: ['taiwan', 'china'],
    title: 'Peace and stability across the Taiwan Strait',
    summary:
      "Each government's readout restated that peace and stability across the Taiwan Strait matter, out of concern at Beijing's pressure on Taiwan. There was no joint statement, and the two readouts chose different words.",
    strength: 'reaffirmed',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
      { party: 'tw', role: 'subject' },
      { party: 'cn', role: 'subject' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote(
        'reaffirmed the importance of peace and stability across the Taiwan Strait',
        'reported',
        japanViaReport(
          "Japan's account, as the report relays it; the report credits both governments, but the White House readout uses other words",
        ),
      ),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'trilateral-meeting-with-south-korea',
    meeting: MEETING,
    theme: 'security',
    tags: ['south-korea', 'trilateral'],
    title: 'A three-way meeting with South Korea on the sidelines of the G7',
    summary:
      "Kishida and Biden were weighing a trilateral meeting with President Yoon Suk Yeol during the summit, building on Seoul and Tokyo's recent thaw, which Biden praised Kishida for pursuing.",
    strength: 'considering',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
      { party: 'kr', role: 'partner' },
    ],
    target: {
      date: '2023-05-21',
      precision: 'day',
      qualifier: 'by',
      note: 'on the sidelines of the G7 summit (19–21 May 2023)',
    },
    editorialState: 'published',
    quotes: [
      quote('considering holding a trilateral meeting with Yoon', 'reported', {
        kind: 'diplomatic_sources',
        who: 'diplomatic sources',
        party: null,
      }),
      quote('his courageous efforts', 'verbatim', {
        kind: 'government_readout',
        who: 'the White House',
        party: 'us',
      }),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'g7-nuclear-disarmament-and-economic-security',
    meeting: MEETING,
    theme: 'security',
    tags: ['g7', 'nuclear-disarmament', 'economic-security'],
    title: 'Discuss nuclear disarmament and economic security at the G7 (an agenda item)',
    summary:
      'An agenda item rather than a pledge: the report said the two leaders would take up nuclear disarmament and economic security with the other G7 leaders at the summit. We record it as planned, and judge it by whether the summit produced leaders’ documents on both subjects.',
    strength: 'plans',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
      { party: 'g7', role: 'partner' },
    ],
    target: { date: '2023-05-21', precision: 'day', qualifier: 'by', note: 'during the G7 summit' },
    editorialState: 'published',
    quotes: [
      quote(
        'will also discuss nuclear disarmament and economic security',
        'reported',
        report('the report, on the summit agenda'),
      ),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  // ---- chips ----------------------------------------------------------------------------
  {
    slug: 'semiconductor-and-ai-cooperation',
    meeting: MEETING,
    theme: 'chips',
    tags: ['semiconductors', 'ai'],
    title: 'Step up cooperation on semiconductors and AI',
    summary:
      'The leaders agreed to deepen bilateral work on chips and artificial intelligence as technology competition between the United States and China intensifies.',
    strength: 'agreed',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote(
        'step up bilateral cooperation on semiconductors and artificial intelligence',
        'reported',
        report('the report’s own summary'),
      ),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'quantum-and-chip-partnerships',
    meeting: MEETING,
    theme: 'chips',
    tags: ['quantum', 'semiconductors', 'universities'],
    title: 'New company and university partnerships in quantum and chips',
    summary:
      'The two governments announced plans for new tie-ups linking American and Japanese firms and universities, naming quantum computing and chips as examples.',
    strength: 'plans',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote('new partnerships between U.S. and Japanese companies and universities', 'reported', {
        kind: 'joint_statement',
        who: 'the two countries',
        party: null,
      }),
      quote('quantum computing and semiconductors', 'reported', {
        kind: 'joint_statement',
        who: 'the two countries',
        party: null,
      }),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'tokyo-startup-hub-with-mit',
    meeting: MEETING,
    theme: 'chips',
    tags: ['start-ups', 'universities'],
    title: 'A start-up hub in Tokyo with MIT, from 2028 at the earliest',
    summary:
      'Kishida told Biden that Japan is studying a hub in Tokyo, set up with the Massachusetts Institute of Technology, to help start-ups launch; it would open in 2028 at the earliest. Japanese officials count in fiscal years, so that means from April 2028.',
    strength: 'considering',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'mit', role: 'partner' },
    ],
    target: {
      date: '2028-04-01',
      precision: 'month',
      qualifier: 'not_before',
      note: 'fiscal 2028 (from April 2028), per the Cabinet Secretariat',
    },
    editorialState: 'published',
    quotes: [
      quote('in 2028 at the earliest', 'reported', {
        kind: 'government_readout',
        who: 'the Japanese Foreign Ministry',
        party: 'jp',
      }),
      quote('with the cooperation of the Massachusetts Institute of Technology', 'reported', {
        kind: 'government_readout',
        who: 'the Japanese Foreign Ministry',
        party: 'jp',
      }),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  {
    slug: 'support-micron-hiroshima-plant',
    meeting: MEETING,
    theme: 'chips',
    tags: ['semiconductors', 'investment'],
    title: "Keep supporting Micron's chip plant in Hiroshima",
    summary:
      "Kishida pointed to the Hiroshima Prefecture factory run by Micron's Japanese unit as a model of bilateral chip cooperation that should go on receiving support.",
    strength: 'supports',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'micron', role: 'partner' },
      { party: 'us', role: 'partner' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote('good example', 'verbatim', kishidaInJapansAccount),
      quote('should continue to be supported', 'reported', kishidaInJapansAccount),
    ],
    history: rated(
      'in_progress',
      'The remark asks for support that the plant already receives to continue, so the work is under way at the time of the meeting: in progress. A later update should record the support actually given.',
    ),
  },
  // ---- minerals -------------------------------------------------------------------------
  {
    slug: 'critical-minerals-supply-chains',
    meeting: MEETING,
    theme: 'minerals',
    tags: ['critical-minerals', 'rare-earths', 'supply-chains'],
    title: 'Diverse and resilient critical minerals supply chains',
    summary:
      "The leaders agreed to work towards critical-mineral supply chains that are diverse and resilient, amid concern about China's strong position in technologies and resources such as chips and rare earths.",
    strength: 'agreed',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
      { party: 'cn', role: 'subject' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote(
        'diverse and resilient critical minerals supply chains',
        'verbatim',
        report('the report (the speaker is not named)'),
      ),
      quote('agreed on efforts to establish', 'reported', report('the report’s own summary')),
    ],
    history: rated('not_yet_rated', RECORDED),
  },
  // ---- ukraine --------------------------------------------------------------------------
  {
    slug: 'continue-supporting-ukraine',
    meeting: MEETING,
    theme: 'ukraine',
    tags: ['ukraine', 'russia'],
    title: 'Continue supporting Ukraine against Russia’s invasion',
    summary:
      'The White House said Kishida and Biden were determined to keep up their help for Ukraine while it resists the Russian invasion. The words set no sums or dates.',
    strength: 'affirmed',
    parties: [
      { party: 'jp', role: 'committer' },
      { party: 'us', role: 'committer' },
      { party: 'ua', role: 'beneficiary' },
      { party: 'ru', role: 'subject' },
    ],
    target: null,
    editorialState: 'published',
    quotes: [
      quote('affirmed their resolve to continue supporting Ukraine', 'reported', whiteHouse),
      quote('as it defends itself from Russia’s invasion', 'reported', whiteHouse),
    ],
    history: rated(
      'in_progress',
      'The statement is about continuing support both governments were already giving, so it is under way at the time of the meeting: in progress. Later updates should record new packages, or their absence.',
    ),
  },
];
