import { type CommitmentInput } from '@accord/domain';
import {
  buildsOn,
  claim,
  type FollowUp,
  g7,
  joint,
  press,
  readout,
  remark,
  restatedIn,
  update,
} from './helpers';
import { M } from './meetings';
import { SRC } from './sources';

export const mineralsUkraineFollowUps: Record<string, FollowUp> = {
  'critical-minerals-supply-chains': {
    updates: [
      update(
        '2023-05-20',
        'in_progress',
        [SRC.s37, SRC.s43],
        'At the G7 summit, with Japan in the chair, the leaders adopted a clean-energy action plan that covers secure supplies of critical minerals; later G7 texts trace a five-point minerals security plan to that presidency. The first concrete step after Hiroshima.',
      ),
      update(
        '2023-08-18',
        'in_progress',
        [SRC.s93],
        'Camp David started a three-way pilot to give early warning of supply-chain disruptions.',
      ),
      update(
        '2025-04-03',
        'in_progress',
        [SRC.s29c],
        'The three foreign ministers spoke of spreading critical-mineral supplies across more sources, including through the Minerals Security Partnership.',
      ),
      update(
        '2025-10-28',
        'in_progress',
        [SRC.s92, SRC.s92c],
        'Trump and Takaichi signed a framework on securing critical minerals and rare earths from mining to processing, with dated next steps: project financing within six months and an investment ministerial within 180 days, which we track as separate commitments. Its main deliverables fall due in 2026: in progress.',
      ),
    ],
    lineage: [
      buildsOn(
        M.tokyo2022,
        '2022-05-23',
        SRC.jiji2022,
        null,
        'At the 2022 Tokyo summit Kishida said the two countries would work with partners on varied supplies of critical minerals.',
      ),
      buildsOn(
        M.mineralsAgreement,
        '2023-03-28',
        SRC.s91,
        {
          text: 'strengthen and diversify critical minerals supply chains',
          by: readout('the Office of the US Trade Representative', 'us'),
          form: 'reported',
        },
        'The bilateral agreement, signed seven weeks before Hiroshima, that the pledge continues.',
      ),
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s43,
        {
          text: 'Five-Point Plan for Critical Minerals Security',
          by: g7('the G7’s 2025 Critical Minerals Action Plan, as reported by Kallanish and IOM3'),
        },
        'Later G7 texts trace this plan to Japan’s 2023 presidency.',
      ),
      restatedIn(
        M.campDavid,
        '2023-08-18',
        SRC.s93,
        {
          text: 'supply-chain early warning system pilot project',
          by: press('Reuters, summarising the Camp David statement'),
          form: 'reported',
        },
        null,
      ),
      restatedIn(
        M.trumpTakaichi,
        '2025-10-28',
        SRC.s92,
        {
          text: 'accelerate development of diversified, liquid, and fair markets',
          by: joint('the framework text, as reported'),
        },
        'The framework that set the dated sub-commitments.',
      ),
    ],
    disputes: [
      {
        topic: 'The date of the 2025 minerals framework',
        raisedOn: '2025-10-28',
        claims: [
          claim('The White House document is dated 27 October 2025, US time.', SRC.s92c),
          claim('Reports of the signing in Tokyo give 28 October 2025.', SRC.s92),
        ],
        note: 'One signing, two time zones. We use 28 October, the day in Tokyo.',
        resolved: true,
      },
      {
        topic: 'When the G7’s five-point minerals plan began',
        raisedOn: '2025-06-30',
        claims: [
          claim(
            'Mining Indaba says the plan was endorsed at the G7 summit in Canada in June 2025.',
            SRC.s43c,
          ),
          claim(
            'Kallanish and IOM3 say it began under Japan’s presidency in 2023 and moved forward in 2024.',
            SRC.s43,
          ),
        ],
        note: 'Mining Indaba has the date wrong; we follow Kallanish and IOM3.',
        resolved: true,
      },
    ],
    reviewedOn: '2025-10-28',
  },

  'continue-supporting-ukraine': {
    updates: [
      // Japan's track.
      update(
        '2023-12-06',
        'in_progress',
        [SRC.s98],
        'Japan pledged a further $4.5 billion. Our sources pick up Japan’s track here.',
        'jp',
      ),
      update(
        '2024-02-19',
        'in_progress',
        [SRC.s95],
        'Tokyo hosted a conference on Ukraine’s economic recovery, where more than fifty cooperation documents were signed and Kishida described aid as an investment in the future.',
        'jp',
      ),
      update(
        '2024-06-13',
        'in_progress',
        [SRC.s97, SRC.s97b, SRC.s96],
        'Japan and Ukraine signed a ten-year accord at the G7 summit in Apulia, with $4.5 billion promised for 2024; Japan’s aid was then put at $12.1 billion in all.',
        'jp',
      ),
      update(
        '2025-04-18',
        'in_progress',
        [SRC.s99, SRC.s99b],
        'Japan signed a loan of ¥471.9 billion (about $3 billion) under the G7 scheme repaid from the proceeds of immobilised Russian assets. Japan’s aid has not paused at any point.',
        'jp',
      ),
      // The United States' track.
      update(
        '2024-04-24',
        'in_progress',
        [SRC.s94],
        'Biden signed a package of about $61 billion for Ukraine. Our sources pick up the US track here; earlier US aid is not covered by them.',
        'us',
      ),
      update(
        '2025-03-03',
        'stalled',
        [SRC.s100],
        'The Trump administration paused military aid to Ukraine while it reviewed it.',
        'us',
      ),
      update(
        '2025-03-11',
        'in_progress',
        [SRC.s101],
        'After talks in Jeddah, Washington said it would resume military aid and intelligence sharing.',
        'us',
      ),
      update(
        '2025-04-30',
        'in_progress',
        [SRC.s102],
        'A US–Ukraine minerals agreement set up a fund for Ukraine’s reconstruction.',
        'us',
      ),
      update(
        '2025-09-17',
        'in_progress',
        [SRC.s103, SRC.s103b],
        'US weapons now reach Ukraine mainly through PURL, under which NATO allies pay for them; the first packages were approved in September. A different model from the grants of 2023 and 2024.',
        'us',
      ),
      // The overall call.
      update(
        '2023-12-06',
        'in_progress',
        [SRC.s98],
        'Overall still in progress: Japan added a large new pledge.',
      ),
      update(
        '2024-04-24',
        'in_progress',
        [SRC.s94],
        'Overall in progress: both governments were delivering new aid in the first half of 2024.',
      ),
      update(
        '2025-03-03',
        'in_progress',
        [SRC.s100, SRC.s97],
        'Overall still in progress: the US paused, but Japan kept delivering, and one partner’s pause does not stall a joint pledge the other is carrying out.',
      ),
      update(
        '2025-09-17',
        'in_progress',
        [SRC.s103, SRC.s103b, SRC.s99],
        'Overall in progress: Japan still gives directly, while US support has narrowed to weapons that allies pay for, which the US track shows. Editors may judge the US share partly delivered; we keep one call for the joint pledge.',
      ),
    ],
    lineage: [
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s39,
        { text: 'support Ukraine for as long as it takes', by: g7('the G7 communiqué') },
        null,
      ),
      restatedIn(
        M.campDavidBilateral,
        '2023-08-18',
        SRC.s20,
        {
          text: 'continuing severe sanctions against Russia and robust support for Ukraine',
          by: readout("Japan's summary of the meeting (Prime Minister's Office)", 'jp'),
        },
        null,
      ),
      restatedIn(
        M.apulia,
        '2024-06-13',
        SRC.s97,
        {
          text: 'In 2024, Japan will provide Ukraine with $4.5 billion',
          by: remark('Volodymyr Zelensky', 'ua'),
        },
        'Japan’s part of the pledge, set down in a ten-year accord.',
      ),
    ],
    disputes: [
      {
        topic: 'How much Japan has given Ukraine in all',
        raisedOn: '2024-06-14',
        claims: [
          claim('AP put Japan’s aid at more than $7 billion in December 2023.', SRC.s98b, {
            text: 'more than $7 billion',
            by: press('AP'),
          }),
          claim('Jiji put it at $12.1 billion in June 2024, new pledges included.', SRC.s97b),
        ],
        note: 'Different dates and different things counted; not a contradiction.',
        resolved: true,
      },
      {
        topic: 'The size of Japan’s 2025 loan',
        raisedOn: '2025-04-18',
        claims: [
          claim(
            'Ukraine’s finance ministry, via United24, gives ¥471.9 billion, about $3 billion.',
            SRC.s99,
          ),
          claim(
            'Reuters figures relayed by avia-pro give about $3.3 billion, and a Kyodo report of 2024 a plan of ¥520 billion.',
            SRC.s99b,
          ),
        ],
        note: 'The yen sum signed is ¥471.9 billion. The dollar figures move with the exchange rate, and ¥520 billion was an earlier plan.',
        resolved: true,
      },
      {
        topic: 'How long the Japan–Ukraine accord runs',
        raisedOn: '2024-06-30',
        claims: [
          claim('Reuters reports a ten-year accord.', SRC.s97),
          claim('Jiji also reports ten years.', SRC.s97b),
          claim('A Devdiscourse headline calls it a twenty-year pact.', SRC.s97c),
        ],
        note: 'The accord runs ten years; the twenty-year headline is wrong.',
        resolved: true,
      },
      {
        topic: 'How much the United States has given Ukraine in all',
        raisedOn: '2025-04-30',
        claims: [
          claim('The Deep Dive gives $175 billion.', SRC.s102),
          claim('Macrosfera gives more than $180 billion.', SRC.s102b, {
            text: 'over $180 billion',
            by: press('Macrosfera'),
          }),
        ],
        note: 'The figures probably count different things or dates; neither source explains its count. Unresolved.',
        resolved: false,
      },
      {
        topic: 'When the US paused aid in 2025',
        raisedOn: '2025-03-04',
        claims: [
          claim('AP reports that the pause was ordered on Monday 3 March 2025.', SRC.s100),
          claim('A low-reliability site gives 28 February.', SRC.newsPravda, {
            text: 'February 28',
            by: press('news-pravda'),
          }),
        ],
        note: 'We follow AP; no other source supports the earlier date.',
        resolved: true,
      },
    ],
    reviewedOn: '2025-09-17',
  },
};

/** Dated parts of the October 2025 minerals framework, each a commitment of its own. */
const RECORDED = 'Recorded as set by the framework signed in Tokyo.';
const NOT_FOUND =
  'Our research, which runs to early December 2025, found no evidence of this step yet: no date, place or decision reported. Not yet rated.';

export const mineralsSubCommitments: CommitmentInput[] = [
  {
    slug: 'us-japan-minerals-investment-ministerial',
    meeting: M.trumpTakaichi,
    theme: 'minerals',
    tags: ['critical-minerals', 'ministerial'],
    title:
      'Hold a US–Japan ministerial on investment in mining, minerals and metals within 180 days',
    summary:
      'The critical-minerals framework signed in Tokyo in October 2025 gave the two governments 180 days to convene a ministerial meeting on investment in mining, minerals and metals. It is a dated part of the 2023 pledge on minerals supply chains.',
    strength: 'plans',
    parties: [
      { party: 'us', role: 'committer' },
      { party: 'jp', role: 'committer' },
    ],
    target: {
      date: '2026-04-01',
      precision: 'month',
      qualifier: 'by',
      note: 'within 180 days of the framework signed on 28 October 2025 (about 26 April 2026)',
    },
    editorialState: 'published',
    quotes: [],
    parent: 'critical-minerals-supply-chains',
    history: [
      update('2025-10-28', 'not_yet_rated', [SRC.s92, SRC.s92c], RECORDED),
      update('2025-12-08', 'not_yet_rated', [SRC.s92], NOT_FOUND),
    ],
    reviewedOn: '2025-12-08',
  },
  {
    slug: 'us-japan-minerals-project-financing',
    meeting: M.trumpTakaichi,
    theme: 'minerals',
    tags: ['critical-minerals', 'investment'],
    title: 'Finance selected minerals projects within six months',
    summary:
      'The same October 2025 framework gave the two governments six months to put financing behind selected mining and processing projects. It is a dated part of the 2023 pledge on minerals supply chains.',
    strength: 'plans',
    parties: [
      { party: 'us', role: 'committer' },
      { party: 'jp', role: 'committer' },
    ],
    target: {
      date: '2026-04-01',
      precision: 'month',
      qualifier: 'by',
      note: 'within six months of the framework signed on 28 October 2025',
    },
    editorialState: 'published',
    quotes: [],
    parent: 'critical-minerals-supply-chains',
    history: [
      update('2025-10-28', 'not_yet_rated', [SRC.s92, SRC.s92c], RECORDED),
      update('2025-12-08', 'not_yet_rated', [SRC.s92], NOT_FOUND),
    ],
    reviewedOn: '2025-12-08',
  },
];
