import { type MeetingInput, type Quote } from '@accord/domain';
import { SRC } from './sources';

/**
 * Meetings before and after Hiroshima that the commitments build on or were restated at. Each
 * is a record of its own, so its page can list what was restated there.
 */
export const M = {
  tokyo2022: 'japan-us-summit-tokyo-2022',
  mineralsAgreement: 'us-japan-critical-minerals-agreement-2023',
  g7: 'g7-hiroshima-summit-2023',
  hiroshimaTrilateral: 'us-japan-rok-hiroshima-trilateral-2023',
  campDavid: 'camp-david-summit-2023',
  campDavidBilateral: 'kishida-biden-camp-david-2023',
  globalPartners: 'global-partners-for-the-future-2024',
  apulia: 'japan-ukraine-accord-apulia-2024',
  twoPlusTwo: 'us-japan-2plus2-tokyo-2024',
  lima: 'lima-trilateral-summit-2024',
  trumpIshiba: 'trump-ishiba-summit-2025',
  trumpTakaichi: 'trump-takaichi-summit-2025',
} as const;

const kishida = { party: 'jp', name: 'Fumio Kishida', office: 'Prime Minister' };
const biden = { party: 'us', name: 'Joe Biden', office: 'President' };
const yoon = { party: 'kr', name: 'Yoon Suk Yeol', office: 'President' };
const trump = { party: 'us', name: 'Donald Trump', office: 'President' };

export const meetings: MeetingInput[] = [
  {
    slug: M.tokyo2022,
    title: 'Kishida–Biden summit in Tokyo',
    kind: 'bilateral',
    startsOn: '2022-05-23',
    endsOn: '2022-05-23',
    place: 'Tokyo, Japan',
    parentSlug: null,
    summary:
      "The two leaders' summit a year before Hiroshima. It took up several subjects Hiroshima returned to, among them joint research on next-generation chips, economic security and varied sources of critical minerals.",
    context: '',
    participants: [kishida, biden],
  },
  {
    slug: M.mineralsAgreement,
    title: 'Signing of the US–Japan Critical Minerals Agreement',
    kind: 'ministerial',
    startsOn: '2023-03-28',
    endsOn: '2023-03-28',
    place: 'Washington, D.C., United States',
    parentSlug: null,
    summary:
      "The US Trade Representative and Japan's ambassador in Washington signed an agreement on supply chains for the minerals used in electric-vehicle batteries, seven weeks before the Hiroshima meeting.",
    context: '',
    participants: [
      { party: 'us', name: 'Katherine Tai', office: 'US Trade Representative' },
      { party: 'jp', name: 'Koji Tomita', office: 'Ambassador to the United States' },
    ],
  },
  {
    slug: M.hiroshimaTrilateral,
    title: 'US–Japan–South Korea meeting in Hiroshima',
    kind: 'trilateral',
    startsOn: '2023-05-21',
    endsOn: '2023-05-21',
    place: 'Hiroshima, Japan',
    parentSlug: M.g7,
    summary:
      'Biden, Kishida and Yoon met on the last day of the G7 summit. They talked about deepening three-way cooperation, and Biden asked the other two leaders to Washington for a further meeting.',
    context: '',
    participants: [biden, kishida, yoon],
  },
  {
    slug: M.campDavid,
    title: 'Camp David trilateral summit',
    kind: 'trilateral',
    startsOn: '2023-08-18',
    endsOn: '2023-08-18',
    place: 'Camp David, Maryland, United States',
    parentSlug: null,
    summary:
      'The first summit the three leaders held on its own rather than beside a larger gathering. It produced the Camp David Principles, a joint statement and a pledge to consult each other in a crisis, with commitments on North Korea, China and supply chains.',
    context: '',
    participants: [biden, kishida, yoon],
  },
  {
    slug: M.campDavidBilateral,
    title: 'Kishida–Biden meeting at Camp David',
    kind: 'bilateral',
    startsOn: '2023-08-18',
    endsOn: '2023-08-18',
    place: 'Camp David, Maryland, United States',
    parentSlug: M.campDavid,
    summary:
      "The two leaders' own meeting on the day of the trilateral summit, as summarised by the Japanese Prime Minister's Office.",
    context: '',
    participants: [kishida, biden],
  },
  {
    slug: M.globalPartners,
    title: 'Kishida’s official visit to Washington: "Global Partners for the Future"',
    kind: 'bilateral',
    startsOn: '2024-04-10',
    endsOn: '2024-04-10',
    place: 'Washington, D.C., United States',
    parentSlug: null,
    summary:
      'An official visit with a state dinner. The joint leaders’ statement announced an upgrade of both command structures in Japan and new university partnerships in AI, among other steps.',
    context: '',
    participants: [kishida, biden],
  },
  {
    slug: M.apulia,
    title: 'Japan–Ukraine accord signed at the G7 summit in Apulia',
    kind: 'bilateral',
    startsOn: '2024-06-13',
    endsOn: '2024-06-13',
    place: 'Apulia, Italy',
    parentSlug: null,
    summary:
      'Kishida and Zelensky signed a ten-year accord on support for Ukraine on the sidelines of the G7 summit in southern Italy.',
    context: '',
    participants: [kishida, { party: 'ua', name: 'Volodymyr Zelensky', office: 'President' }],
  },
  {
    slug: M.twoPlusTwo,
    title: 'US–Japan "2+2" and first extended-deterrence ministerial',
    kind: 'ministerial',
    startsOn: '2024-07-28',
    endsOn: '2024-07-28',
    place: 'Tokyo, Japan',
    parentSlug: null,
    summary:
      'The foreign and defence ministers of both countries met in Tokyo. Alongside the regular 2+2 they held the first ministerial meeting devoted to the US nuclear umbrella over Japan.',
    context: '',
    participants: [
      { party: 'us', name: 'Antony Blinken', office: 'Secretary of State' },
      { party: 'us', name: 'Lloyd Austin', office: 'Secretary of Defense' },
      { party: 'jp', name: 'Yoko Kamikawa', office: 'Minister for Foreign Affairs' },
      { party: 'jp', name: 'Minoru Kihara', office: 'Minister of Defense' },
    ],
  },
  {
    slug: M.lima,
    title: 'US–Japan–South Korea summit in Lima',
    kind: 'trilateral',
    startsOn: '2024-11-15',
    endsOn: '2024-11-15',
    place: 'Lima, Peru',
    parentSlug: null,
    summary:
      'The three leaders met during the APEC week in Lima and agreed to set up a standing secretariat for their cooperation.',
    context: '',
    participants: [biden, { party: 'jp', name: 'Shigeru Ishiba', office: 'Prime Minister' }, yoon],
  },
  {
    slug: M.trumpIshiba,
    title: 'Trump–Ishiba summit in Washington',
    kind: 'bilateral',
    startsOn: '2025-02-07',
    endsOn: '2025-02-07',
    place: 'Washington, D.C., United States',
    parentSlug: null,
    summary:
      "The first meeting of the two leaders after Trump's return to office. Their joint statement carried over the alliance, deterrence, China and Taiwan positions of the Biden years, in places in firmer words.",
    context: '',
    participants: [trump, { party: 'jp', name: 'Shigeru Ishiba', office: 'Prime Minister' }],
  },
  {
    slug: M.trumpTakaichi,
    title: 'Trump–Takaichi summit in Tokyo',
    kind: 'bilateral',
    startsOn: '2025-10-28',
    endsOn: '2025-10-28',
    place: 'Tokyo, Japan',
    parentSlug: null,
    summary:
      'Trump visited Tokyo early in Sanae Takaichi’s term as prime minister. The two signed a framework on critical minerals and rare earths, with dated follow-up steps, and a memorandum on technology cooperation.',
    context: '',
    participants: [trump, { party: 'jp', name: 'Sanae Takaichi', office: 'Prime Minister' }],
  },
];

// ---- how each government described the 18 May 2023 meeting ------------------------------------

function us(
  text: string,
  source: string,
  form: Quote['form'] = 'verbatim',
  who = 'the White House readout',
): Quote {
  return { text, form, attribution: { kind: 'government_readout', who, party: 'us' }, source };
}

function jp(text: string, who: string, source: string, form: Quote['form'] = 'verbatim'): Quote {
  return { text, form, attribution: { kind: 'government_readout', who, party: 'jp' }, source };
}

const ARTICLE = 'kishida-biden-tech-cooperation-2023-05-19';

/**
 * Topic by topic, the White House's words against Japan's, each from the source that carries
 * them. Neither government's own page was found; both are known from reprints and reports.
 */
export const hiroshimaAccounts: NonNullable<MeetingInput['accounts']> = [
  {
    topic: 'China',
    note: "The US readout puts China's coercion first. Japan's account, as reported, also speaks of working with China on problems the two share.",
    quotes: [
      us("coercive behavior by the People's Republic of China", SRC.s3),
      jp(
        'importance of cooperating with China on shared challenges',
        "Japan's Foreign Ministry, as quoted by Business Standard",
        SRC.s6,
      ),
    ],
  },
  {
    topic: 'Extended deterrence',
    note: 'Both describe the US commitment to defend Japan. Only the Japanese side says in so many words that it includes nuclear weapons; the US readout does not mention them.',
    quotes: [
      us('extended deterrence commitment using the full range of U.S. capabilities', SRC.s1),
      jp(
        'critical role that US extended deterrence plays',
        "Japan's Foreign Ministry, as quoted by Business Standard",
        SRC.s6,
      ),
      jp(
        'nuclear umbrella',
        "the Japanese government's account, as summarised by the Chugoku Shimbun",
        SRC.s7,
        'reported',
      ),
    ],
  },
  {
    topic: 'South Korea',
    note: "Washington credits Kishida personally for the thaw with Seoul; Tokyo's account has Biden welcoming the better relations between the two neighbours.",
    quotes: [
      us(
        'courageous efforts to improve bilateral relations with South Korea',
        SRC.s4,
        'reported',
        'the White House readout, as reported by KBS',
      ),
      jp(
        'welcomed improvement in Seoul-Tokyo relations',
        "Japan's Foreign Ministry, as reported by KBS",
        SRC.s4,
        'reported',
      ),
    ],
  },
  {
    topic: 'Taiwan',
    note: 'The US readout speaks of resolve and of opposing any change to the status quo by force. Japan’s account, as reported, stresses a peaceful settlement between the two sides of the Strait.',
    quotes: [
      us('resolve to maintain peace and stability across the Taiwan Strait', SRC.s2),
      us('any attempts to change the status quo by force', SRC.s3),
      jp(
        'encouraged the peaceful resolution of cross-Strait issues',
        "Japan's Foreign Ministry, as quoted by Business Standard",
        SRC.s6,
      ),
    ],
  },
  {
    topic: 'Technology',
    note: 'The US readout names American universities and an education memorandum. The Japanese side puts forward the start-up campus with MIT and the Micron plant in Hiroshima, neither of which the US readout mentions.',
    quotes: [
      us('including the University of Chicago and Purdue University', SRC.s1),
      us('memorandum of cooperation on education and technology', SRC.s1),
      jp(
        'with the cooperation of the Massachusetts Institute of Technology',
        'the Japanese Foreign Ministry, as reported by Kyodo',
        ARTICLE,
        'reported',
      ),
      jp('good example', "Kishida, in Japan's account of the talks as reported by Kyodo", ARTICLE),
    ],
  },
  {
    topic: 'Nuclear disarmament',
    note: 'Japan’s account has Kishida pressing for an end to nuclear arms. The US readout does not touch disarmament and frames the security talk around the region.',
    quotes: [
      us('regional security challenges', SRC.s1),
      jp(
        'a world without nuclear weapons',
        "the Japanese government's account, as summarised by the Chugoku Shimbun",
        SRC.s7,
        'reported',
      ),
    ],
  },
];
