import { type AttributionKind, type CommitmentStrength, type ProposalSource } from '@accord/domain';

/** One commitment an annotator marked in a document. */
export interface GoldCommitment {
  /**
   * A short exact phrase of the document that identifies the commitment: a proposal whose
   * quotes or cue overlap it has found it.
   */
  anchor: string;
  theme: string;
  strength: CommitmentStrength;
  attribution: AttributionKind;
  /** For the seed article: the dataset's commitment it stands for. */
  slug?: string;
}

export interface EvalDocument {
  id: string;
  /** From the repository's root. The seed article lives outside it (no article text in the repo). */
  path: string;
  /**
   * `seed`: the dataset's article. `dev`: our first passages, scored once untuned and then
   * used to improve the lexicons (eval/README.md). `held-out`: written and annotated after
   * that, run once, never tuned on: the targets apply to these.
   */
  set: 'seed' | 'dev' | 'held-out';
  /**
   * The round a set was written in (eval/README.md): held-out 3, 4, 8, 10, 12, 14, 15, 16 and 18;
   * development sets 11, 13 and 17 (older development sets have none). The eval prints a row per round.
   */
  round?: number;
  source: ProposalSource;
  commitments: GoldCommitment[];
}

/**
 * The seed article: every commitment the dataset (packages/db/src/seed/hiroshima-2023.ts)
 * takes from it, anchored on the dataset's quote in the sentence that makes it, with the
 * dataset's theme, strength and that quote's attribution (documents.test.ts checks they agree).
 */
const seed: EvalDocument = {
  id: 'seed-kishida-biden-2023',
  path: '../shared/seed/kishida-biden-hiroshima-2023-05-18.txt',
  set: 'seed',
  source: { publisher: 'Kyodo News', date: '2023-05-19', kind: 'news_report' },
  commitments: [
    {
      slug: 'strengthen-japan-us-alliance',
      anchor: 'reaffirmed the importance of strengthening the bilateral security alliance',
      theme: 'security',
      strength: 'reaffirmed',
      attribution: 'anonymous_official',
    },
    {
      slug: 'us-extended-nuclear-deterrence',
      anchor: 'the U.S. nuclear deterrence provided to Japan',
      theme: 'security',
      strength: 'recognized',
      attribution: 'anonymous_official',
    },
    {
      slug: 'north-korea-nuclear-missile-programs',
      anchor: 'North Korea’s nuclear and ballistic missile programs',
      theme: 'security',
      strength: 'committed',
      attribution: 'government_readout',
    },
    {
      slug: 'counter-china-coercion',
      anchor: 'closely cooperate to address Beijing’s assertive behavior',
      theme: 'security',
      strength: 'agreed',
      attribution: 'press_report',
    },
    {
      slug: 'address-china-coercive-behavior',
      anchor: 'runs counter to international law',
      theme: 'security',
      strength: 'committed',
      attribution: 'government_readout',
    },
    {
      slug: 'taiwan-strait-peace-and-stability',
      anchor: 'reaffirmed the importance of peace and stability across the Taiwan Strait',
      theme: 'security',
      strength: 'reaffirmed',
      attribution: 'government_readout',
    },
    {
      slug: 'trilateral-meeting-with-south-korea',
      anchor: 'considering holding a trilateral meeting with Yoon',
      theme: 'security',
      strength: 'considering',
      attribution: 'diplomatic_sources',
    },
    {
      slug: 'g7-nuclear-disarmament-and-economic-security',
      anchor: 'will also discuss nuclear disarmament and economic security',
      theme: 'security',
      strength: 'plans',
      attribution: 'press_report',
    },
    {
      slug: 'semiconductor-and-ai-cooperation',
      anchor: 'step up bilateral cooperation on semiconductors and artificial intelligence',
      theme: 'chips',
      strength: 'agreed',
      attribution: 'press_report',
    },
    {
      slug: 'quantum-and-chip-partnerships',
      anchor: 'new partnerships between U.S. and Japanese companies and universities',
      theme: 'chips',
      strength: 'plans',
      attribution: 'joint_statement',
    },
    {
      slug: 'tokyo-startup-hub-with-mit',
      anchor: 'in 2028 at the earliest',
      theme: 'chips',
      strength: 'considering',
      attribution: 'government_readout',
    },
    {
      slug: 'support-micron-hiroshima-plant',
      anchor: 'should continue to be supported',
      theme: 'chips',
      strength: 'supports',
      attribution: 'government_readout',
    },
    {
      slug: 'critical-minerals-supply-chains',
      anchor: 'agreed on efforts to establish',
      theme: 'minerals',
      strength: 'agreed',
      attribution: 'press_report',
    },
    {
      slug: 'continue-supporting-ukraine',
      anchor: 'affirmed their resolve to continue supporting Ukraine',
      theme: 'ukraine',
      strength: 'affirmed',
      attribution: 'government_readout',
    },
  ],
};

/**
 * Passages we wrote in the style of government readouts and wire copy: invented events, our
 * own sentences. Annotated before the extractor first read them; the lexicons were improved
 * on them after their first score (eval/README.md), so they are no longer held out.
 */
const dev: EvalDocument[] = [
  {
    id: 'readout-trilateral-maritime',
    path: 'eval/passages/readout-trilateral-maritime.txt',
    set: 'dev',
    source: {
      publisher: 'Office of the President (invented)',
      date: '2025-08-18',
      kind: 'readout',
    },
    commitments: [
      {
        anchor: 'committed to share missile warning data in real time',
        theme: 'security',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'agreed to hold a trilateral naval exercise every year',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'reaffirmed their shared commitment to freedom of navigation',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'plan to establish a working group on economic security',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: "welcomed the Prime Minister's decision to raise defense spending",
        theme: 'security',
        strength: 'supports',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-minerals-partnership',
    path: 'eval/passages/wire-minerals-partnership.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-03-11', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will jointly finance a rare earth processing plant',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'will provide loans worth up to 200 million dollars',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'pledged to coordinate stockpiles of gallium and germanium',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'press_report',
      },
      {
        anchor: 'is considering offering tax credits to refiners',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'wire-ukraine-air-defence',
    path: 'eval/passages/wire-ukraine-air-defence.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-06-02', kind: 'news_report' },
    commitments: [
      {
        anchor: 'promised a further air defence package for Ukraine',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'press_report',
      },
      {
        anchor: 'would also train Ukrainian crews',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: "intends to propose a new loan for Ukraine's reconstruction",
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'readout-japan-india-technology',
    path: 'eval/passages/readout-japan-india-technology.txt',
    set: 'dev',
    source: {
      publisher: 'Ministry of Foreign Affairs (invented)',
      date: '2025-10-20',
      kind: 'readout',
    },
    commitments: [
      {
        anchor: 'decided to launch a Japan-India semiconductor policy dialogue',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'Japan will support the training of 5,000 Indian engineers in chip design',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'would work together toward the early conclusion of a critical minerals agreement',
        theme: 'minerals',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'shared the view that a just and lasting peace must be achieved',
        theme: 'ukraine',
        strength: 'recognized',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-chips-packaging-fund',
    path: 'eval/passages/wire-chips-packaging-fund.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-11-14', kind: 'news_report' },
    commitments: [
      {
        anchor: 'agreed on Friday to set up a joint fund for advanced packaging research',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'press_report',
      },
      {
        anchor: 'The fund will start with 300 million dollars from each side',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'plans to ease visa rules for American chip engineers',
        theme: 'chips',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
    ],
  },
];

/**
 * The second set, written and annotated after the first round of improvements and scored
 * once (72% recall, eval/README.md); the lexicons were then improved on it too, so it is
 * development data now.
 */
const dev2: EvalDocument[] = [
  {
    id: 'readout-us-philippines-coast-guard',
    path: 'eval/passages/readout-us-philippines-coast-guard.txt',
    set: 'dev',
    source: { publisher: 'Department of State (invented)', date: '2025-12-04', kind: 'readout' },
    commitments: [
      {
        anchor: 'underscored that the alliance commitments of the United States extend',
        theme: 'security',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'expand joint patrols',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'hold a new round of maritime talks',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'announced 80 million dollars in additional assistance',
        theme: 'security',
        strength: 'committed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-japan-uk-fighter',
    path: 'eval/passages/wire-japan-uk-fighter.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-07-09', kind: 'news_report' },
    commitments: [
      {
        anchor: 'vowed on Wednesday to keep their joint fighter jet programme on schedule',
        theme: 'security',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'aims to put a new combat aircraft into service by 2035',
        theme: 'security',
        strength: 'plans',
        attribution: 'press_report',
      },
      {
        anchor: 'would consider relaxing its rules on exporting the jet',
        theme: 'security',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'are also exploring joint production of long-range missiles',
        theme: 'security',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'wire-eu-japan-raw-materials',
    path: 'eval/passages/wire-eu-japan-raw-materials.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-09-22', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will coordinate purchases of critical raw materials',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'press_report',
      },
      {
        anchor: 'the arrangement would be reviewed every two years',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'offered to share its experience in building national stockpiles',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'statement-ukraine-ministers',
    path: 'eval/passages/statement-ukraine-ministers.txt',
    set: 'dev',
    source: {
      publisher: 'Ministerial meeting chair (invented)',
      date: '2025-10-01',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor: "reaffirmed their unwavering support for Ukraine's sovereignty",
        theme: 'ukraine',
        strength: 'reaffirmed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'committed to provide additional winter energy assistance',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'welcomed progress on the international register of damage',
        theme: 'ukraine',
        strength: 'supports',
        attribution: 'joint_statement',
      },
      {
        anchor: 'will consider a joint fund for this purpose',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'wire-korea-japan-chip-dialogue',
    path: 'eval/passages/wire-korea-japan-chip-dialogue.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-05-18', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will resume a dialogue on semiconductor supply chains',
        theme: 'chips',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'has agreed to ease checks on exports of three chemicals',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'are also weighing a joint research centre for next-generation memory chips',
        theme: 'chips',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
    ],
  },
];

/**
 * The third set: written and annotated after the second round of improvements, and run
 * once; the extractor was never changed for it. Invented events, our own sentences.
 */
const heldOut: EvalDocument[] = [
  {
    id: 'readout-japan-australia-defence',
    path: 'eval/passages/readout-japan-australia-defence.txt',
    set: 'held-out',
    round: 3,
    source: { publisher: 'Cabinet Office (invented)', date: '2025-11-02', kind: 'readout' },
    commitments: [
      {
        anchor: 'welcomed the entry into force of the Reciprocal Access Agreement',
        theme: 'security',
        strength: 'supports',
        attribution: 'government_readout',
      },
      {
        anchor: 'decided to conduct the first large-scale joint exercise under it next year',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: "expressed Japan's intention to provide two radar systems",
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor:
          'concurred to launch consultations on the joint development of unmanned underwater vehicles',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-g7-minerals-action-plan',
    path: 'eval/passages/wire-g7-minerals-action-plan.txt',
    set: 'held-out',
    round: 3,
    source: { publisher: 'Wire (invented)', date: '2025-10-16', kind: 'news_report' },
    commitments: [
      {
        anchor:
          'endorsed an action plan on Thursday to build up processing capacity for critical minerals',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'press_report',
      },
      {
        anchor: 'would host a standing secretariat for the plan',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'pledged a combined 1.5 billion dollars for refining projects',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'wire-ukraine-recovery-conference',
    path: 'eval/passages/wire-ukraine-recovery-conference.txt',
    set: 'held-out',
    round: 3,
    source: { publisher: 'Wire (invented)', date: '2025-07-11', kind: 'news_report' },
    commitments: [
      {
        anchor: "pledged more than 10 billion euros for Ukraine's recovery",
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'Japan will contribute 500 million dollars in grants for power grid repairs',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Kyiv intends to privatise dozens of state firms next year',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'is also preparing a guarantee scheme for small businesses in frontline regions',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'readout-korea-us-chips-call',
    path: 'eval/passages/readout-korea-us-chips-call.txt',
    set: 'held-out',
    round: 3,
    source: {
      publisher: 'Office of the President (invented)',
      date: '2025-09-03',
      kind: 'readout',
    },
    commitments: [
      {
        anchor: 'Korean companies have committed over 40 billion dollars to chip factories',
        theme: 'chips',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'would work with Seoul to ensure a stable supply of advanced chip-making equipment',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor:
          'agreed to task their ministers with drawing up a framework on artificial intelligence safety',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-japan-china-hotline',
    path: 'eval/passages/wire-japan-china-hotline.txt',
    set: 'held-out',
    round: 3,
    source: { publisher: 'Wire (invented)', date: '2025-04-05', kind: 'news_report' },
    commitments: [
      {
        anchor: 'agreed on Saturday to set up a military hotline between their defence ministries',
        theme: 'security',
        strength: 'agreed',
        attribution: 'press_report',
      },
      {
        anchor: 'the line would be operational by the end of June',
        theme: 'security',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'plan to meet again in Tokyo next year',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
    ],
  },
];

/**
 * The fourth set: written and annotated (issue 16's recall work) before the extractor was
 * changed, and run once; the extractor was then improved on general English patterns and
 * never on these passages' misses. Invented events, our own sentences.
 */
const heldOut4: EvalDocument[] = [
  {
    id: 'wire-nordic-ukraine-demining',
    path: 'eval/passages/wire-nordic-ukraine-demining.txt',
    set: 'held-out',
    round: 4,
    source: { publisher: 'Wire (invented)', date: '2025-09-18', kind: 'news_report' },
    commitments: [
      {
        anchor: 'agreed to fund a joint demining programme in southern Ukraine',
        theme: 'ukraine',
        strength: 'agreed',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'are set to send mine-clearing equipment worth 90 million euros to Kyiv',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'We will stay with Ukraine for as long as it takes',
        theme: 'ukraine',
        strength: 'affirmed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'exploring a training centre for Ukrainian deminers in Poland',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'readout-japan-indonesia-call',
    path: 'eval/passages/readout-japan-indonesia-call.txt',
    set: 'held-out',
    round: 4,
    source: {
      publisher: "Prime Minister's Office (invented)",
      date: '2025-12-01',
      kind: 'readout',
    },
    commitments: [
      {
        anchor: 'agreed to launch talks on a critical minerals agreement',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: "expressed Japan's readiness to support a new refinery in Sulawesi",
        theme: 'minerals',
        strength: 'supports',
        attribution: 'government_readout',
      },
      {
        anchor: 'reaffirmed that supply chains for batteries should be open and diverse',
        theme: 'minerals',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-korea-chip-packaging-plan',
    path: 'eval/passages/wire-korea-chip-packaging-plan.txt',
    set: 'held-out',
    round: 4,
    source: { publisher: 'Wire (invented)', date: '2025-10-27', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will spend 4 trillion won over five years on chip packaging research',
        theme: 'chips',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'is to build two testing centres near Pyeongtaek by 2028',
        theme: 'chips',
        strength: 'plans',
        attribution: 'press_report',
      },
      {
        anchor: 'will offer tax breaks to firms that train packaging engineers',
        theme: 'chips',
        strength: 'plans',
        attribution: 'press_report',
      },
      {
        anchor: 'we are determined to keep our lead',
        theme: 'chips',
        strength: 'affirmed',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'statement-japan-netherlands-ministers',
    path: 'eval/passages/statement-japan-netherlands-ministers.txt',
    set: 'held-out',
    round: 4,
    source: {
      publisher: 'Ministry of Foreign Affairs (invented)',
      date: '2025-06-20',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor: 'reaffirmed their opposition to any unilateral attempt to change the status quo',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'decided to hold a maritime security dialogue every year',
        theme: 'security',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'welcomed the progress made on export controls',
        theme: 'chips',
        strength: 'supports',
        attribution: 'joint_statement',
      },
      {
        anchor: 'committed to keep each other informed of changes to their national rules',
        theme: 'chips',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'intend to sign a memorandum on cooperation in quantum research',
        theme: 'chips',
        strength: 'plans',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'wire-us-japan-missile-production',
    path: 'eval/passages/wire-us-japan-missile-production.txt',
    set: 'held-out',
    round: 4,
    source: { publisher: 'Wire (invented)', date: '2025-08-29', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will jointly produce air-to-air missiles at a plant in Nagoya',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'Japan is expected to begin deliveries in 2027',
        theme: 'security',
        strength: 'plans',
        attribution: 'press_report',
      },
      {
        anchor: 'pledged to double its purchases of American interceptors',
        theme: 'security',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'weighing a second production line in Australia',
        theme: 'security',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
    ],
  },
];

/**
 * The fifth set, for development: written for issue 16's recall work after set 4 was run,
 * with the phrasings wire copy and readouts use that the lexicons lacked (passives, "is
 * expected to", "earmarked", named speakers without quotation marks). The extractor was
 * tuned on it. Invented events, our own sentences.
 */
const dev5: EvalDocument[] = [
  {
    id: 'wire-canada-ukraine-training',
    path: 'eval/passages/wire-canada-ukraine-training.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-05-14', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will extend its training mission for Ukrainian soldiers by two years',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'is expected to expand to include drone operators',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'earmarked 300 million Canadian dollars for artillery ammunition',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'was committed to helping Ukraine defend itself',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'A new joint procurement office will be set up in Warsaw next year',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'readout-us-vietnam-chips',
    path: 'eval/passages/readout-us-vietnam-chips.txt',
    set: 'dev',
    source: { publisher: 'Department of Commerce (invented)', date: '2025-07-08', kind: 'readout' },
    commitments: [
      {
        anchor: 'signed a memorandum of understanding on semiconductor workforce development',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'the United States will help train 50,000 engineers by 2030',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'American companies are ready to invest in chip assembly and testing plants',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'confirmed that Vietnam will streamline licensing for technology investors',
        theme: 'chips',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'endorsed a plan to map rare earth deposits',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-japan-korea-defence-sources',
    path: 'eval/passages/wire-japan-korea-defence-sources.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-02-09', kind: 'news_report' },
    commitments: [
      {
        anchor: 'plan to resume reciprocal visits by their defence ministers this year',
        theme: 'security',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'are also set to sign an agreement on sharing radar data',
        theme: 'security',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'has offered to host the next trilateral drills with the United States',
        theme: 'security',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'remains committed to close security cooperation with Seoul',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'statement-chair-minerals-ministerial',
    path: 'eval/passages/statement-chair-minerals-ministerial.txt',
    set: 'dev',
    source: { publisher: "Chair's office (invented)", date: '2025-10-02', kind: 'joint_statement' },
    commitments: [
      {
        anchor: 'adopted a set of principles for responsible mining',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'agreed that the principles would guide public financing',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'will work together to map processing bottlenecks',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'to share information on export restrictions',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'resolved to double investment in the recycling of battery materials',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'joint_statement',
      },
    ],
  },
];

/**
 * The sixth set, for development: three more passages written after set 5's rules, with
 * phrasings sets 1–5 lacked (a country as speaker, "may consider", "will explore", "in talks
 * on", an embassy's statement). The extractor was tuned on it. Invented events, our own
 * sentences.
 */
const dev6: EvalDocument[] = [
  {
    id: 'wire-australia-japan-drones',
    path: 'eval/passages/wire-australia-japan-drones.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-03-25', kind: 'news_report' },
    commitments: [
      {
        anchor: 'it would buy 12 long-range patrol drones from a Japanese maker',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'has promised to deliver the first drones within 18 months',
        theme: 'security',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor:
          'It was also agreed that the two navies would hold a joint exercise off Darwin next year',
        theme: 'security',
        strength: 'agreed',
        attribution: 'press_report',
      },
      {
        anchor: 'may also consider buying Japanese frigates',
        theme: 'security',
        strength: 'considering',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'readout-eu-korea-digital-council',
    path: 'eval/passages/readout-eu-korea-digital-council.txt',
    set: 'dev',
    source: { publisher: 'European Commission (invented)', date: '2025-11-20', kind: 'readout' },
    commitments: [
      {
        anchor: 'agreed on a joint roadmap for research on next-generation memory chips',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'it will open a liaison office for semiconductor researchers in Seoul',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'undertook to share its chip supply chain early-warning data',
        theme: 'chips',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'will explore joint calls for quantum research projects',
        theme: 'chips',
        strength: 'considering',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-japan-philippines-coast-guard-loan',
    path: 'eval/passages/wire-japan-philippines-coast-guard-loan.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-09-12', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will lend the Philippines 60 billion yen to buy five more coast guard vessels',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'Manila intended to deploy the new ships near disputed shoals',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'are also in talks on a pact that would allow their troops to train',
        theme: 'security',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
    ],
  },
];

/**
 * The seventh set, for development: three more passages (voted aid, "struck a deal", "it was
 * decided that", "committed themselves", a person briefed on the talks). The extractor was
 * tuned on it. Invented events, our own sentences.
 */
const dev7: EvalDocument[] = [
  {
    id: 'wire-germany-ukraine-package',
    path: 'eval/passages/wire-germany-ukraine-package.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-11-06', kind: 'news_report' },
    commitments: [
      {
        anchor: 'approved a further 4 billion euros in military aid for Ukraine',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'press_report',
      },
      {
        anchor: 'vowed that Berlin would keep supplying Kyiv',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'unveiled a package of artillery shells and spare parts worth 800 million euros',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'struck a deal to repair Ukrainian tanks at a joint workshop in Poland',
        theme: 'ukraine',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'will seek to persuade other allies to share the cost',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'readout-japan-canada-minerals',
    path: 'eval/passages/readout-japan-canada-minerals.txt',
    set: 'dev',
    source: {
      publisher: 'Ministry of Foreign Affairs (invented)',
      date: '2025-04-22',
      kind: 'readout',
    },
    commitments: [
      {
        // Added after the first read, for consistency with sets 1 and 4 ("welcomed" is read as
        // support): the annotator had left it out.
        anchor: 'welcomed the launch of a bilateral dialogue on critical minerals',
        theme: 'minerals',
        strength: 'supports',
        attribution: 'government_readout',
      },
      {
        anchor: 'committed themselves to meet under it twice a year',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor:
          'the two governments would set up a joint fund to finance nickel and cobalt projects',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'Japan will continue to support Canadian mining firms through export credits',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor:
          'shared the recognition that supplies of graphite must not depend on a single country',
        theme: 'minerals',
        strength: 'recognized',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-us-taiwan-chips-talks',
    path: 'eval/passages/wire-us-taiwan-chips-talks.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-06-16', kind: 'news_report' },
    commitments: [
      {
        anchor: 'reached a deal to ease export licensing for chipmaking tools',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'pledged in return to tighten checks on shipments of advanced chips',
        theme: 'chips',
        strength: 'committed',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'the department would review the arrangement every six months',
        theme: 'chips',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
];

/**
 * The ninth set, for development (issue 16's second recall round): three passages written
 * after set 8 was run once, then used to improve the extractor. Invented events, our own
 * sentences.
 */
const dev9: EvalDocument[] = [
  {
    id: 'wire-korea-australia-ships',
    path: 'eval/passages/wire-korea-australia-ships.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-10-02', kind: 'news_report' },
    commitments: [
      {
        anchor: 'are poised to sign a shipbuilding pact',
        theme: 'security',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'has committed 1.2 billion Australian dollars to upgrade a dry dock',
        theme: 'security',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'is mulling a request to share submarine battery technology',
        theme: 'security',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'shall review the pact after five years',
        theme: 'security',
        strength: 'agreed',
        attribution: 'press_report',
      },
    ],
  },
  {
    id: 'readout-us-japan-chips-ministers',
    path: 'eval/passages/readout-us-japan-chips-ministers.txt',
    set: 'dev',
    source: { publisher: 'Department of Commerce (invented)', date: '2025-05-14', kind: 'readout' },
    commitments: [
      {
        anchor: 'reached consensus on a common approach to export controls',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'stands ready to help Japanese firms qualify for research grants',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'set out plans for a national centre for chip design talent',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'undertake to exchange information on subsidies granted to chip plants',
        theme: 'chips',
        strength: 'committed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-eu-ukraine-energy-aid',
    path: 'eval/passages/wire-eu-ukraine-energy-aid.txt',
    set: 'dev',
    source: { publisher: 'Wire (invented)', date: '2025-10-20', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will work with Ukraine to repair power plants',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'has moved to release 600 million euros in emergency energy aid',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'are negotiating a plan to supply Kyiv with gas from common storage',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'is seeking to import more electricity from Poland and Slovakia',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
];

/**
 * The eleventh set, for development (issue 16's third recall round): five passages written
 * after held-out set 10 was committed and run, before anything was changed, then used to
 * improve the extractor. Invented events, our own sentences; one is a press-conference
 * transcript.
 */
const dev11: EvalDocument[] = [
  {
    id: 'wire-japan-philippines-radar',
    path: 'eval/passages/wire-japan-philippines-radar.txt',
    set: 'dev',
    round: 11,
    source: { publisher: 'Wire (invented)', date: '2025-07-08', kind: 'news_report' },
    commitments: [
      {
        anchor: 'agreed in principle to supply coastal radar systems',
        theme: 'security',
        strength: 'agreed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'working toward a pact that would let Japanese troops refuel',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'would buy four more patrol ships from Japan',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'readout-japan-uk-economic-security',
    path: 'eval/passages/readout-japan-uk-economic-security.txt',
    set: 'dev',
    round: 11,
    source: {
      publisher: 'Ministry of Foreign Affairs (invented)',
      date: '2025-03-03',
      kind: 'readout',
    },
    commitments: [
      {
        anchor:
          'confirmed their intention to cooperate closely on the resilience of semiconductor supply chains',
        theme: 'chips',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'concurred to launch a joint study on the screening of outbound investment',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'shared the intention to coordinate their export controls',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'decided to establish a working-level channel on critical minerals stockpiling',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-eu-ukraine-loan-green-light',
    path: 'eval/passages/wire-eu-ukraine-loan-green-light.txt',
    set: 'dev',
    round: 11,
    source: { publisher: 'Wire (invented)', date: '2025-10-28', kind: 'news_report' },
    commitments: [
      {
        anchor: 'gave the green light to a 12 billion euro loan for Ukraine',
        theme: 'ukraine',
        strength: 'agreed',
        attribution: 'press_report',
      },
      {
        anchor: 'will disburse the first tranche',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'is considering a separate contribution of 500 million euros',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'pledged in return to press ahead with reforms of its customs service',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'statement-g7-critical-minerals-security',
    path: 'eval/passages/statement-g7-critical-minerals-security.txt',
    set: 'dev',
    round: 11,
    source: { publisher: 'G7 ministers (invented)', date: '2025-04-14', kind: 'joint_statement' },
    commitments: [
      {
        anchor: 'determined to reduce our dependence on single suppliers',
        theme: 'minerals',
        strength: 'affirmed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'will work together to set common standards',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'endorse the Critical Minerals Production Alliance',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'welcome the launch of a joint recycling initiative',
        theme: 'minerals',
        strength: 'supports',
        attribution: 'joint_statement',
      },
      {
        anchor: 'underline our commitment to transparent and fair markets for minerals',
        theme: 'minerals',
        strength: 'affirmed',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'transcript-japan-defence-minister-cabinet',
    path: 'eval/passages/transcript-japan-defence-minister-cabinet.txt',
    set: 'dev',
    round: 11,
    source: { publisher: 'Ministry of Defense (invented)', date: '2025-12-02', kind: 'transcript' },
    commitments: [
      {
        anchor: 'approved the plan to acquire long-range standoff missiles',
        theme: 'security',
        strength: 'agreed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'going to double the number of units defending the southwestern islands',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'giving it careful consideration',
        theme: 'security',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'hope to hold it with the Australian forces',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
];

/**
 * The thirteenth set, for development (issue 16's third recall round, second pass): five
 * passages written after held-out set 12 was run once, then used to improve the extractor.
 * Invented events, our own sentences; a chair's summary and a press-briefing transcript.
 */
const dev13: EvalDocument[] = [
  {
    id: 'wire-canada-korea-cathode-plant',
    path: 'eval/passages/wire-canada-korea-cathode-plant.txt',
    set: 'dev',
    round: 13,
    source: { publisher: 'Wire (invented)', date: '2025-04-07', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will split the cost of a 5 billion dollar cathode plant',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'set a goal of sourcing 60 percent of battery minerals',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'in early talks with Ottawa about a lithium offtake agreement',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'would throw in a further 300 million dollars in tax credits',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'summary-ukraine-defence-contact-group',
    path: 'eval/passages/summary-ukraine-defence-contact-group.txt',
    set: 'dev',
    round: 13,
    source: {
      publisher: 'Contact group chair (invented)',
      date: '2025-02-06',
      kind: 'official_document',
    },
    commitments: [
      {
        anchor: 'renewed their pledge to sustain military assistance to Ukraine',
        theme: 'ukraine',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'undertook to deliver 40 additional launchers',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'a Dutch package of 800 million euros for drones',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'offered to host a training centre for Ukrainian air defence crews',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'wire-japan-vietnam-rare-earth-exploration',
    path: 'eval/passages/wire-japan-vietnam-rare-earth-exploration.txt',
    set: 'dev',
    round: 13,
    source: { publisher: 'Wire (invented)', date: '2025-03-24', kind: 'news_report' },
    commitments: [
      {
        anchor: 'expected to sign an agreement on rare earth exploration',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'diplomatic_sources',
      },
      {
        anchor: 'ready to share our technology for separating heavy rare earths',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'vowed to crack down on illegal mining',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'press_report',
      },
      {
        anchor: 'drafting rules to reserve a share of output for domestic processing',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'press_report',
      },
    ],
  },
  {
    id: 'transcript-state-department-briefing',
    path: 'eval/passages/transcript-state-department-briefing.txt',
    set: 'dev',
    round: 13,
    source: { publisher: 'Department of State (invented)', date: '2025-07-15', kind: 'transcript' },
    commitments: [
      {
        anchor: 'our two countries will keep working together to uphold freedom of navigation',
        theme: 'security',
        strength: 'agreed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'requested 60 million dollars from Congress for Philippine coast guard training',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'remain committed to our one China policy',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'readout-korea-japan-seoul-summit',
    path: 'eval/passages/readout-korea-japan-seoul-summit.txt',
    set: 'dev',
    round: 13,
    source: {
      publisher: 'Office of the President (invented)',
      date: '2025-08-30',
      kind: 'readout',
    },
    commitments: [
      {
        anchor:
          'instructed their ministers to launch negotiations on a battery supply chain partnership',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'agreed to resume shuttle diplomacy',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor:
          'shared the view that trilateral cooperation with the United States on missile warning data',
        theme: 'security',
        strength: 'recognized',
        attribution: 'government_readout',
      },
      {
        anchor: 'affirmed their commitment to the complete denuclearisation of North Korea',
        theme: 'security',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
    ],
  },
];

/**
 * The eighth set, held out (issue 16's second recall round): four passages written and
 * annotated before the extractor was changed for this round, then run once (eval/README.md).
 * Only their totals are read. Invented events, our own sentences.
 */
const heldOut8: EvalDocument[] = [
  {
    id: 'wire-poland-ukraine-rail',
    path: 'eval/passages/wire-poland-ukraine-rail.txt',
    set: 'held-out',
    round: 8,
    source: { publisher: 'Wire (invented)', date: '2025-10-14', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will build a second cross-border rail terminal',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'has promised to cover half of the 300 million euro cost',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'undertakes to keep the line open to freight around the clock',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'press_report',
      },
      {
        anchor: 'are also discussing a shared customs post at the border',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'readout-japan-vietnam-defence',
    path: 'eval/passages/readout-japan-vietnam-defence.txt',
    set: 'held-out',
    round: 8,
    source: { publisher: 'Ministry of Defense (invented)', date: '2025-08-05', kind: 'readout' },
    commitments: [
      {
        anchor: 'signed a memorandum to step up cooperation in maritime domain awareness',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'Japan will provide two patrol aircraft to the Vietnamese navy',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'confirmed that they would hold a vice-ministerial defence policy dialogue',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'expressed their determination to deepen defence industry cooperation',
        theme: 'security',
        strength: 'committed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'statement-quad-minerals-ministers',
    path: 'eval/passages/statement-quad-minerals-ministers.txt',
    set: 'held-out',
    round: 8,
    source: {
      publisher: 'Quad foreign ministries (invented)',
      date: '2025-07-02',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor: 'We are resolved to build reliable supply chains for critical minerals',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'we will establish a Quad critical minerals working group',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'We pledge to mobilise public and private finance for processing projects',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'We look forward to exploring joint stockpiling arrangements',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'wire-eu-chips-act-review',
    path: 'eval/passages/wire-eu-chips-act-review.txt',
    set: 'held-out',
    round: 8,
    source: { publisher: 'Wire (invented)', date: '2025-11-26', kind: 'news_report' },
    commitments: [
      {
        anchor: 'plans to put another 5 billion euros into chip pilot lines',
        theme: 'chips',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'will also propose faster approval of state aid for advanced packaging plants',
        theme: 'chips',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'have signed up to a target of doubling Europe',
        theme: 'chips',
        strength: 'committed',
        attribution: 'press_report',
      },
      {
        anchor: 'is weighing whether to revive subsidies for a cancelled plant',
        theme: 'chips',
        strength: 'considering',
        attribution: 'government_readout',
      },
    ],
  },
];

/**
 * The tenth set, held out (issue 16's third recall round): five passages written and annotated
 * before anything was changed for this round, committed and run once (eval/README.md). Only
 * their totals are read. Invented events, our own sentences; one is a press-conference
 * transcript.
 */
const heldOut10: EvalDocument[] = [
  {
    id: 'wire-australia-japan-rare-earth-reserve',
    path: 'eval/passages/wire-australia-japan-rare-earth-reserve.txt',
    set: 'held-out',
    round: 10,
    source: { publisher: 'Wire (invented)', date: '2025-09-11', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will jointly build a strategic reserve of rare earths',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'is to lend up to 400 million Australian dollars',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'intends to guarantee purchases of gallium from the project',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'would table legislation next month to speed up approvals',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'readout-us-korea-defense-ministers',
    path: 'eval/passages/readout-us-korea-defense-ministers.txt',
    set: 'held-out',
    round: 10,
    source: { publisher: 'Department of Defense (invented)', date: '2025-06-09', kind: 'readout' },
    commitments: [
      {
        anchor: 'reiterated the ironclad U.S. commitment to the defense of the Republic of Korea',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'concurred on the need to expand combined training against drone threats',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'agreed to convene the Korea-U.S. Integrated Defense Dialogue',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: "welcomed Seoul's decision to increase its contribution",
        theme: 'security',
        strength: 'supports',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'transcript-japan-foreign-minister-press-conference',
    path: 'eval/passages/transcript-japan-foreign-minister-press-conference.txt',
    set: 'held-out',
    round: 10,
    source: {
      publisher: 'Ministry of Foreign Affairs (invented)',
      date: '2025-03-18',
      kind: 'transcript',
    },
    commitments: [
      {
        anchor: 'Japan will keep standing with Ukraine for as long as it takes',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'decided to provide an additional 4.5 billion dollars in budget support',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'will also host a conference on humanitarian demining',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'looking at sending Self-Defense Forces instructors',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor:
          'share the view that the dialogue between our defence authorities should be resumed',
        theme: 'security',
        strength: 'recognized',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'statement-eu-japan-digital-council',
    path: 'eval/passages/statement-eu-japan-digital-council.txt',
    set: 'held-out',
    round: 10,
    source: {
      publisher: 'EU and Japan (invented)',
      date: '2025-06-10',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor: 'commit to deepening cooperation on semiconductor supply chains',
        theme: 'chips',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'will launch joint research calls on next-generation chip design',
        theme: 'chips',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'intend to exchange information on public funding for chip factories',
        theme: 'chips',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'recognise the importance of trustworthy artificial intelligence',
        theme: 'chips',
        strength: 'recognized',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'wire-germany-ukraine-air-defence-sources',
    path: 'eval/passages/wire-germany-ukraine-air-defence-sources.txt',
    set: 'held-out',
    round: 10,
    source: { publisher: 'Wire (invented)', date: '2025-11-07', kind: 'news_report' },
    commitments: [
      {
        anchor: 'is preparing to send a further two Patriot air defence systems',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'offered to finance the purchase of artillery shells',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: "promising that Germany's aid to Ukraine would reach 9 billion euros",
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'exploring a joint loan to Kyiv',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'diplomatic_sources',
      },
    ],
  },
];

/**
 * The twelfth set, held out (issue 16's third recall round): five passages written and
 * annotated after the round's rule changes were committed, then run once with nothing changed
 * after (eval/README.md): the first measure of the final extractor on text it never saw. Only
 * their totals are read. Invented events, our own sentences; one is a press-briefing transcript.
 */
const heldOut12: EvalDocument[] = [
  {
    id: 'wire-india-japan-magnet-plant',
    path: 'eval/passages/wire-india-japan-magnet-plant.txt',
    set: 'held-out',
    round: 12,
    source: { publisher: 'Wire (invented)', date: '2025-06-20', kind: 'news_report' },
    commitments: [
      {
        anchor: 'would help build a rare earth magnet plant',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'will also offer Japanese firms long-term supply contracts',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: "aimed to cut India's dependence on imported magnets",
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'readout-japan-philippines-summit',
    path: 'eval/passages/readout-japan-philippines-summit.txt',
    set: 'held-out',
    round: 12,
    source: {
      publisher: 'Ministry of Foreign Affairs (invented)',
      date: '2025-05-12',
      kind: 'readout',
    },
    commitments: [
      {
        anchor: 'welcomed the entry into force of the Reciprocal Access Agreement',
        theme: 'security',
        strength: 'supports',
        attribution: 'government_readout',
      },
      {
        anchor: 'confirmed that they would conduct the first large-scale joint exercise',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'Japan would provide an additional five coastal radars',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'affirmed that they would work closely together toward the early conclusion',
        theme: 'security',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'statement-poland-lithuania-ukraine-ministers',
    path: 'eval/passages/statement-poland-lithuania-ukraine-ministers.txt',
    set: 'held-out',
    round: 12,
    source: {
      publisher: 'Foreign ministries of Poland, Lithuania and Ukraine (invented)',
      date: '2025-09-24',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor:
          'will continue to provide Ukraine with political, military and humanitarian support',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'commit to training an additional 5,000 Ukrainian soldiers',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: "support Ukraine's path to membership of the European Union",
        theme: 'ukraine',
        strength: 'supports',
        attribution: 'joint_statement',
      },
      {
        anchor: 'agree to establish a trilateral working group',
        theme: 'ukraine',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'wire-us-chip-tool-export-rules',
    path: 'eval/passages/wire-us-chip-tool-export-rules.txt',
    set: 'held-out',
    round: 12,
    source: { publisher: 'Wire (invented)', date: '2025-11-18', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will tighten its rules on exports of advanced chipmaking equipment',
        theme: 'chips',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'prepared to grant exemptions to allies',
        theme: 'chips',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'plans to add about 20 Chinese companies to its entity list',
        theme: 'chips',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'studying whether to extend its own controls to chip servicing',
        theme: 'chips',
        strength: 'considering',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'transcript-australia-defence-minister-frigates',
    path: 'eval/passages/transcript-australia-defence-minister-frigates.txt',
    set: 'held-out',
    round: 12,
    source: {
      publisher: 'Department of Defence (invented)',
      date: '2025-08-05',
      kind: 'transcript',
    },
    commitments: [
      {
        anchor: 'signed an agreement with my Japanese counterpart on the co-production',
        theme: 'security',
        strength: 'agreed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'The first three ships will be built in Japan',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'budgeted 10 billion dollars over the next decade',
        theme: 'security',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Our commitment to the submarine program is absolute',
        theme: 'security',
        strength: 'affirmed',
        attribution: 'on_record_remark',
      },
    ],
  },
];

/**
 * The fourteenth set, held out (issue 16's third recall round): five passages written and
 * annotated after the round's last rule change was committed, then run once with nothing
 * changed after (eval/README.md): a second measure of the final extractor on text it never
 * saw. Only their totals are read. Invented events, our own sentences.
 */
const heldOut14: EvalDocument[] = [
  {
    id: 'wire-japan-taiwan-fab-subsidy',
    path: 'eval/passages/wire-japan-taiwan-fab-subsidy.txt',
    set: 'held-out',
    round: 14,
    source: { publisher: 'Wire (invented)', date: '2025-02-14', kind: 'news_report' },
    commitments: [
      {
        anchor: 'will provide up to 700 billion yen in subsidies',
        theme: 'chips',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'committed to producing 6-nanometre chips there from 2027',
        theme: 'chips',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'signed off on the investment',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'may also extend the subsidy programme to chip packaging',
        theme: 'chips',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'readout-us-india-critical-technology',
    path: 'eval/passages/readout-us-india-critical-technology.txt',
    set: 'held-out',
    round: 14,
    source: { publisher: 'The White House (invented)', date: '2025-06-17', kind: 'readout' },
    commitments: [
      {
        anchor: 'agreed to co-develop a roadmap for semiconductor packaging',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'announced the launch of a joint fund for quantum research',
        theme: 'chips',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'intends to ease licensing requirements',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'decided to set up a dialogue on space situational awareness',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'statement-eu-australia-raw-materials',
    path: 'eval/passages/statement-eu-australia-raw-materials.txt',
    set: 'held-out',
    round: 14,
    source: {
      publisher: 'EU and Australia (invented)',
      date: '2025-05-28',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor: 'signed a strategic partnership on critical raw materials',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'will promote joint investment in lithium and rare earth projects',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'will explore financing for Australian projects',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'joint_statement',
      },
      {
        anchor: 'confirmed its commitment to open and non-discriminatory access',
        theme: 'minerals',
        strength: 'affirmed',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'transcript-korea-foreign-minister-ukraine',
    path: 'eval/passages/transcript-korea-foreign-minister-ukraine.txt',
    set: 'held-out',
    round: 14,
    source: {
      publisher: 'Ministry of Foreign Affairs (invented)',
      date: '2025-09-03',
      kind: 'transcript',
    },
    commitments: [
      {
        anchor: 'will contribute an additional 100 million dollars',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'plan to send a team of experts',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'agreed that Korean companies will take part in rebuilding bridges',
        theme: 'ukraine',
        strength: 'agreed',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'wire-nato-allies-interceptor-fund',
    path: 'eval/passages/wire-nato-allies-interceptor-fund.txt',
    set: 'held-out',
    round: 14,
    source: { publisher: 'Wire (invented)', date: '2025-10-22', kind: 'news_report' },
    commitments: [
      {
        anchor: 'pledged on Wednesday to jointly finance the purchase of air defence interceptors',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'is weighing a contribution',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'diplomatic_sources',
      },
      {
        anchor: 'would lend its procurement agency to the group',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'will also give 50 million euros to the fund',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
    ],
  },
];

/**
 * Set 15, held out: six passages (wire, readout, joint statement, transcript, press release,
 * feature) written and annotated by an annotator who had read none of the extractor's rules,
 * lexicons, passages or runs, only the vocabulary's definitions (eval/README.md). Run once.
 */
const heldOut15: EvalDocument[] = [
  {
    id: 'wire-graphite-stockpile-r15',
    path: 'eval/passages/wire-graphite-stockpile-r15.txt',
    set: 'held-out',
    round: 15,
    source: { publisher: 'Meridian Wire (invented)', date: '2025-06-11', kind: 'news_report' },
    commitments: [
      {
        anchor: 'agreed on Wednesday to build a joint stockpile',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'pledged 400 billion won ($290 million) toward the stockpile',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Canberra was weighing concessional loans for Korean companies',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'Seoul also intends to ask for a seat on the steering board',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'diplomatic_sources',
      },
    ],
  },
  {
    id: 'readout-ukraine-winter-aid-r15',
    path: 'eval/passages/readout-ukraine-winter-aid-r15.txt',
    set: 'held-out',
    round: 15,
    source: {
      publisher: "Prime Minister's Office (invented)",
      date: '2026-01-22',
      kind: 'readout',
    },
    commitments: [
      {
        anchor: "confirmed Canada's commitment of a further C$450 million",
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'Canada intends to co-host a session on humanitarian demining',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'Canadian specialists stand ready to train Ukrainian deminers',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'agreed that Russia must pay for the damage',
        theme: 'ukraine',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
      {
        anchor: "reiterated Canada's unwavering support for Ukraine's sovereignty",
        theme: 'ukraine',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'statement-quantum-japan-finland-r15',
    path: 'eval/passages/statement-quantum-japan-finland-r15.txt',
    set: 'held-out',
    round: 15,
    source: {
      publisher: 'Ministry of Foreign Affairs (invented)',
      date: '2025-10-02',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor: 'We recognize that quantum computing and advanced semiconductors',
        theme: 'chips',
        strength: 'recognized',
        attribution: 'joint_statement',
      },
      {
        anchor: 'We decided to launch a joint research programme',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'supply chains will be established within six months',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'We reaffirm our commitment to the principles on research security',
        theme: 'chips',
        strength: 'reaffirmed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'Finland will consider hosting a regional training hub',
        theme: 'chips',
        strength: 'considering',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'transcript-coast-radar-r15',
    path: 'eval/passages/transcript-coast-radar-r15.txt',
    set: 'held-out',
    round: 15,
    source: { publisher: 'Ministry of Defense (invented)', date: '2026-01-14', kind: 'transcript' },
    commitments: [
      {
        anchor: 'Japan has decided to provide five additional coastal surveillance radars',
        theme: 'security',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'must be settled peacefully and in accordance with international law',
        theme: 'security',
        strength: 'affirmed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Our staffs will study the modalities',
        theme: 'security',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Japan will continue to help build the capacity',
        theme: 'security',
        strength: 'supports',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'we will send a team of Self-Defense Force engineers',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'release-lithium-chile-r15',
    path: 'eval/passages/release-lithium-chile-r15.txt',
    set: 'held-out',
    round: 15,
    source: {
      publisher: 'Federal Ministry for Economic Affairs and Energy (invented)',
      date: '2025-09-09',
      kind: 'press_release',
    },
    commitments: [
      {
        anchor: 'Germany will provide up to 150 million euros',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'agreed to set up a joint working group on water use',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'the ministry is examining whether German export credit guarantees',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'government_readout',
      },
      {
        anchor: 'Germany remains fully committed to the goals',
        theme: 'minerals',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'feature-india-japan-chips-r15',
    path: 'eval/passages/feature-india-japan-chips-r15.txt',
    set: 'held-out',
    round: 15,
    source: { publisher: 'Asia Desk News (invented)', date: '2025-11-19', kind: 'news_report' },
    commitments: [
      {
        anchor: 'the government would cover half the capital cost',
        theme: 'chips',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Japan was studying whether its state development bank could co-finance',
        theme: 'chips',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'to train 5,000 Indian engineers in chip design',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor:
          'economic security dialogue, covering chips and critical software, could be launched',
        theme: 'chips',
        strength: 'considering',
        attribution: 'diplomatic_sources',
      },
    ],
  },
];

/**
 * Set 16, held out: six passages written and annotated by an annotator who read only the
 * annotation guide (eval/GUIDE.md) and the vocabulary, never the rules (eval/README.md).
 */
const heldOut16: EvalDocument[] = [
  {
    id: 'wire-philippines-coastguard-r16',
    path: 'eval/passages/wire-philippines-coastguard-r16.txt',
    set: 'held-out',
    round: 16,
    source: { publisher: 'Meridian Wire (invented)', date: '2025-10-14', kind: 'news_report' },
    commitments: [
      {
        anchor: 'Japan and the Philippines agreed on Tuesday to launch joint coast guard patrols',
        theme: 'security',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'Tokyo had pledged to supply five more 97-metre patrol vessels',
        theme: 'security',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'We will also station a liaison officer at your coast guard headquarters',
        theme: 'security',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Japan was studying whether to extend its Official Security Assistance programme',
        theme: 'security',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Tokyo was preparing a separate package of about 4 billion yen',
        theme: 'security',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'Australia was in talks to join the patrols as an observer',
        theme: 'security',
        strength: 'considering',
        attribution: 'diplomatic_sources',
      },
    ],
  },
  {
    id: 'readout-canada-korea-minerals-r16',
    path: 'eval/passages/readout-canada-korea-minerals-r16.txt',
    set: 'held-out',
    round: 16,
    source: {
      publisher: 'Office of the Prime Minister of Canada (invented)',
      date: '2026-03-03',
      kind: 'readout',
    },
    commitments: [
      {
        anchor: 'They agreed to launch a Canada–Korea Critical Minerals Partnership',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'instructed their ministers responsible for industry to present a first list',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor:
          'Prime Minister Moreau announced that Export Development Canada will make up to $1 billion',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'the leaders reaffirmed their support for a just and lasting peace',
        theme: 'ukraine',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
      {
        anchor:
          "The Prime Minister welcomed Korea's recent expansion of humanitarian and reconstruction assistance",
        theme: 'ukraine',
        strength: 'supports',
        attribution: 'government_readout',
      },
      {
        anchor:
          "underscored Canada's commitment to enforcing United Nations Security Council sanctions",
        theme: 'security',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'joint-india-japan-chips-r16',
    path: 'eval/passages/joint-india-japan-chips-r16.txt',
    set: 'held-out',
    round: 16,
    source: {
      publisher: 'Governments of India and Japan (invented)',
      date: '2025-11-21',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor:
          'The Ministers recognised that a resilient, diversified and trusted semiconductor supply chain',
        theme: 'chips',
        strength: 'recognized',
        attribution: 'joint_statement',
      },
      {
        anchor: 'The Ministers decided to establish a Joint Working Group on Semiconductor Talent',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'and to launch an exchange programme placing 500 Indian engineers',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'Japan intends to support, through the Japan Bank for International Cooperation',
        theme: 'chips',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'India welcomed the participation of Japanese companies in projects supported',
        theme: 'chips',
        strength: 'supports',
        attribution: 'joint_statement',
      },
      {
        anchor:
          'The Ministers stressed the importance of effective export controls on advanced semiconductor technologies',
        theme: 'chips',
        strength: 'affirmed',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'transcript-japan-ukraine-r16',
    path: 'eval/passages/transcript-japan-ukraine-r16.txt',
    set: 'held-out',
    round: 16,
    source: {
      publisher: 'Ministry of Foreign Affairs of Japan (invented)',
      date: '2026-02-10',
      kind: 'transcript',
    },
    commitments: [
      {
        anchor: 'we have earmarked 45 million US dollars in emergency grant aid',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Japan will lower its price cap in line with the G7 decision',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor:
          'We are examining additional designations, including of entities in third countries',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Japan remains committed to supporting Ukraine, together with our G7 partners',
        theme: 'ukraine',
        strength: 'reaffirmed',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'pressrelease-korea-chips-r16',
    path: 'eval/passages/pressrelease-korea-chips-r16.txt',
    set: 'held-out',
    round: 16,
    source: {
      publisher: 'Ministry of Trade, Industry and Energy of Korea (invented)',
      date: '2025-06-18',
      kind: 'press_release',
    },
    commitments: [
      {
        anchor: 'will add 14 items of advanced semiconductor manufacturing equipment',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'MOTIE has also earmarked KRW 3 trillion over three years',
        theme: 'chips',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'We will seek an arrangement with the United States so that',
        theme: 'chips',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor:
          'MOTIE is also reviewing whether to extend the national strategic technology tax credit',
        theme: 'chips',
        strength: 'considering',
        attribution: 'government_readout',
      },
      {
        anchor: 'the Ministry reaffirmed its target of raising the public stockpile of rare metals',
        theme: 'minerals',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'feature-vietnam-rareearths-r16',
    path: 'eval/passages/feature-vietnam-rareearths-r16.txt',
    set: 'held-out',
    round: 16,
    source: { publisher: 'Asia Ledger (invented)', date: '2026-04-09', kind: 'news_report' },
    commitments: [
      {
        anchor: 'has earmarked 20 billion yen through the state agency JOGMEC',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'press_report',
      },
      {
        anchor: "South Korea is negotiating a long-term offtake deal for the plant's output",
        theme: 'minerals',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'We aim to license two further separation plants by 2030',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'the European Union is expected to name the Hai Phong project',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'diplomatic_sources',
      },
      {
        anchor:
          'Washington remains committed to helping Vietnam develop a responsible processing industry',
        theme: 'minerals',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
    ],
  },
];

/**
 * Set 17, development: six passages by another annotator who read only the guide and the
 * vocabulary; its misses were read to improve the extractor (eval/README.md).
 */
const dev17: EvalDocument[] = [
  {
    id: 'chair-minerals-ministerial-r17',
    path: 'eval/passages/chair-minerals-ministerial-r17.txt',
    set: 'dev',
    round: 17,
    source: {
      publisher: 'Critical Minerals Security Partnership Chair (invented)',
      date: '2025-11-14',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor: 'Ministers reaffirmed their commitment to diversified, transparent and responsible',
        theme: 'minerals',
        strength: 'reaffirmed',
        attribution: 'joint_statement',
      },
      {
        anchor:
          'Participants agreed to establish a coordination mechanism for national strategic stockpiles',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'Ministers welcomed the launch by partner export credit agencies',
        theme: 'minerals',
        strength: 'supports',
        attribution: 'joint_statement',
      },
      {
        anchor: 'Some members are exploring a reference price mechanism',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'joint_statement',
      },
      {
        anchor:
          'Ministers recognized that secure access to critical minerals underpins the defence',
        theme: 'minerals',
        strength: 'recognized',
        attribution: 'joint_statement',
      },
      {
        anchor: 'Japan and Australia announced joint funding of AUD 60 million',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'wire-chips-sources-r17',
    path: 'eval/passages/wire-chips-sources-r17.txt',
    set: 'dev',
    round: 17,
    source: { publisher: 'Meridian Wire (invented)', date: '2026-03-04', kind: 'news_report' },
    commitments: [
      {
        anchor: 'Japan and the Netherlands are negotiating joint limits on the servicing',
        theme: 'chips',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'said Tokyo intends to publish draft rules for public comment',
        theme: 'chips',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'The Dutch government is also weighing whether to extend licensing requirements',
        theme: 'chips',
        strength: 'considering',
        attribution: 'diplomatic_sources',
      },
      {
        anchor: 'the administration supports a coordinated Japanese-Dutch approach',
        theme: 'chips',
        strength: 'supports',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'is prepared to share its own licensing data with both capitals',
        theme: 'chips',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'readout-security-australia-philippines-r17',
    path: 'eval/passages/readout-security-australia-philippines-r17.txt',
    set: 'dev',
    round: 17,
    source: {
      publisher: 'Office of the Prime Minister of Australia (invented)',
      date: '2025-08-21',
      kind: 'readout',
    },
    commitments: [
      {
        anchor: "reaffirmed Australia's support for the 2016 Arbitral Award",
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'The leaders agreed to add a maritime domain awareness component',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'and to open negotiations on an arrangement for reciprocal port access',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'The Prime Minister announced A$25 million over four years',
        theme: 'security',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor:
          'Geoscience Australia will provide technical assistance to a Philippine government study',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'the two governments are exploring co-investment in a pilot refining facility',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'transcript-ukraine-doorstep-r17',
    path: 'eval/passages/transcript-ukraine-doorstep-r17.txt',
    set: 'dev',
    round: 17,
    source: {
      publisher: 'Government Offices of Sweden, Ministry of Defence (invented)',
      date: '2026-02-12',
      kind: 'transcript',
    },
    commitments: [
      {
        anchor: 'Today Sweden is pledging a further 4.2 billion kronor',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'We have also decided, together with Denmark and Finland, to co-finance',
        theme: 'ukraine',
        strength: 'agreed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'we are looking at a multi-year framework',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor: "Sweden backs the Commission's proposal to go harder after the shadow fleet",
        theme: 'ukraine',
        strength: 'supports',
        attribution: 'on_record_remark',
      },
      {
        anchor: "We remain committed to NATO's Baltic patrol mission",
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'news-minerals-korea-us-r17',
    path: 'eval/passages/news-minerals-korea-us-r17.txt',
    set: 'dev',
    round: 17,
    source: { publisher: 'Eastgate News (invented)', date: '2025-10-07', kind: 'news_report' },
    commitments: [
      {
        anchor: 'Park Ji-hoon on Tuesday announced a 1.5 trillion won',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'the ministry plans to expand its list of strategic minerals',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'Seoul was also in talks with Washington on aligning licensing rules',
        theme: 'chips',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'said the United States "welcomes Korea\'s decision to invest',
        theme: 'minerals',
        strength: 'supports',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'We intend to bring Korea into the allied stockpile coordination network',
        theme: 'minerals',
        strength: 'plans',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'statement-ukraine-parliament-r17',
    path: 'eval/passages/statement-ukraine-parliament-r17.txt',
    set: 'dev',
    round: 17,
    source: {
      publisher: 'House of Commons Written Statements (invented)',
      date: '2026-06-09',
      kind: 'official_document',
    },
    commitments: [
      {
        anchor: 'The Government has allocated a further £450 million',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'The Government remains committed to using the proceeds of immobilised Russian',
        theme: 'ukraine',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'JEF ministers agreed to establish a standing maritime task group',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'The United Kingdom will command the task group during its first',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor:
          'the Government is examining with Norway and the Netherlands options for a joint purchase',
        theme: 'security',
        strength: 'considering',
        attribution: 'government_readout',
      },
    ],
  },
];

/**
 * Set 18, held out: six passages by a third annotator who read only the guide and the
 * vocabulary, written after the fourth round's last rule change and run once (eval/README.md).
 */
const heldOut18: EvalDocument[] = [
  {
    id: 'wire-minerals-r18',
    path: 'eval/passages/wire-minerals-r18.txt',
    set: 'held-out',
    round: 18,
    source: { publisher: 'Hanbit News Agency (invented)', date: '2025-11-14', kind: 'news_report' },
    commitments: [
      {
        anchor: 'agreed Friday to create a joint financing facility for critical minerals projects',
        theme: 'minerals',
        strength: 'agreed',
        attribution: 'press_report',
      },
      {
        anchor: 'and to widen the scope of their combined naval exercises',
        theme: 'security',
        strength: 'agreed',
        attribution: 'press_report',
      },
      {
        anchor: 'the two governments pledged to contribute 500 million Australian dollars',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'reaffirmed their commitment to the complete denuclearization of North Korea',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
      {
        anchor: 'Seoul is weighing whether to join a rare earth stockpiling arrangement',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'anonymous_official',
      },
    ],
  },
  {
    id: 'communique-quad-r18',
    path: 'eval/passages/communique-quad-r18.txt',
    set: 'held-out',
    round: 18,
    source: {
      publisher: 'Ministry of External Affairs, India (invented)',
      date: '2026-02-20',
      kind: 'joint_statement',
    },
    commitments: [
      {
        anchor: 'reaffirm our unwavering commitment to a free and open Indo-Pacific',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'we will hold a second mission in the Indian Ocean this year',
        theme: 'security',
        strength: 'plans',
        attribution: 'joint_statement',
      },
      {
        anchor: 'We recognize that trusted and diversified semiconductor supply chains are vital',
        theme: 'chips',
        strength: 'recognized',
        attribution: 'joint_statement',
      },
      {
        anchor: 'We commit to share early warning of disruptions to the supply of chips',
        theme: 'chips',
        strength: 'committed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'we will explore joint investment in processing and recycling projects',
        theme: 'minerals',
        strength: 'considering',
        attribution: 'joint_statement',
      },
      {
        anchor: 'we pledge to mobilise at least US$1.5 billion in public and private capital',
        theme: 'minerals',
        strength: 'committed',
        attribution: 'joint_statement',
      },
    ],
  },
  {
    id: 'pressrelease-defence-r18',
    path: 'eval/passages/pressrelease-defence-r18.txt',
    set: 'held-out',
    round: 18,
    source: {
      publisher: 'Ministry of Defense, Japan (invented)',
      date: '2025-09-26',
      kind: 'press_release',
    },
    commitments: [
      {
        anchor: 'The Ministers reaffirmed their strong opposition to any unilateral attempts',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'government_readout',
      },
      {
        anchor:
          'the Ministers concurred to expand bilateral training between the Japan Self-Defense Forces',
        theme: 'security',
        strength: 'agreed',
        attribution: 'government_readout',
      },
      {
        anchor: 'Japan will provide additional coastal surveillance radars to the Philippine Navy',
        theme: 'security',
        strength: 'plans',
        attribution: 'government_readout',
      },
      {
        anchor: 'will continue to examine the possible transfer of Abukuma-class destroyer escorts',
        theme: 'security',
        strength: 'considering',
        attribution: 'government_readout',
      },
      {
        anchor: 'The Ministers affirmed their determination to further strengthen cooperation',
        theme: 'security',
        strength: 'affirmed',
        attribution: 'government_readout',
      },
    ],
  },
  {
    id: 'transcript-chips-r18',
    path: 'eval/passages/transcript-chips-r18.txt',
    set: 'held-out',
    round: 18,
    source: {
      publisher: 'Ministry of Foreign Affairs of the Netherlands (invented)',
      date: '2026-02-12',
      kind: 'transcript',
    },
    commitments: [
      {
        anchor:
          'Japan and the Netherlands agreed today to set up a standing dialogue on export controls',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'I can announce that the Netherlands will allocate a further 350 million euros',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'we are looking closely at whether our current rules on servicing',
        theme: 'chips',
        strength: 'considering',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'We remain committed to freedom of navigation in the South China Sea',
        theme: 'security',
        strength: 'reaffirmed',
        attribution: 'on_record_remark',
      },
      {
        anchor: 'The Netherlands backs the reparations loan, yes.',
        theme: 'ukraine',
        strength: 'supports',
        attribution: 'on_record_remark',
      },
    ],
  },
  {
    id: 'feature-ukraine-r18',
    path: 'eval/passages/feature-ukraine-r18.txt',
    set: 'held-out',
    round: 18,
    source: {
      publisher: 'The Meridian Review (invented)',
      date: '2026-04-08',
      kind: 'news_report',
    },
    commitments: [
      {
        anchor: 'Germany has pledged 11.5 billion euros in military support for Ukraine',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'press_report',
      },
      {
        anchor: 'Oslo would earmark five billion kroner from its Ukraine support programme',
        theme: 'ukraine',
        strength: 'committed',
        attribution: 'on_record_remark',
      },
      {
        anchor:
          'the Commission is preparing a proposal to let member states finance joint purchases',
        theme: 'ukraine',
        strength: 'plans',
        attribution: 'anonymous_official',
      },
      {
        anchor: 'is also weighing a joint order for short-range interceptors',
        theme: 'ukraine',
        strength: 'considering',
        attribution: 'diplomatic_sources',
      },
    ],
  },
  {
    id: 'brief-chips-r18',
    path: 'eval/passages/brief-chips-r18.txt',
    set: 'held-out',
    round: 18,
    source: {
      publisher: 'Straits Economic Daily (invented)',
      date: '2025-06-03',
      kind: 'news_report',
    },
    commitments: [
      {
        anchor: 'the three governments agreed to coordinate incentives for advanced packaging',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor: 'and to set up a shared registry of suppliers of chip-grade gases',
        theme: 'chips',
        strength: 'agreed',
        attribution: 'joint_statement',
      },
      {
        anchor:
          'it has earmarked 1.2 billion ringgit (US$280 million) to train 20,000 chip engineers',
        theme: 'chips',
        strength: 'committed',
        attribution: 'government_readout',
      },
      {
        anchor: 'it was considering extending export-credit cover to Japanese equipment makers',
        theme: 'chips',
        strength: 'considering',
        attribution: 'government_readout',
      },
    ],
  },
];

export const DOCUMENTS: readonly EvalDocument[] = [
  seed,
  ...dev,
  ...dev2,
  ...dev5,
  ...dev6,
  ...dev7,
  ...dev9,
  ...dev11,
  ...dev13,
  ...dev17,
  ...heldOut,
  ...heldOut4,
  ...heldOut8,
  ...heldOut10,
  ...heldOut12,
  ...heldOut14,
  ...heldOut15,
  ...heldOut16,
  ...heldOut18,
];
