import {
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

const whiteHouse = readout('the White House readout', 'us');
const mofaPerBusinessStandard = readout(
  "Japan's Foreign Ministry, as quoted by Business Standard",
  'jp',
);
const kantei = readout("Japan's summary of the meeting (Prime Minister's Office)", 'jp');

/** The November 2025 report and its denial bear on two commitments; both show it. */
const wsjDispute = {
  topic: 'Did Trump tell Takaichi not to provoke China over Taiwan? (November 2025)',
  raisedOn: '2025-11-27',
  claims: [
    claim(
      'The Wall Street Journal reported that, in a call with the new Japanese prime minister, Trump counselled her against provoking Beijing over Taiwan.',
      SRC.s90a,
      {
        text: 'advised her not to provoke Beijing',
        by: press('The Wall Street Journal, as quoted by AFP'),
      },
    ),
    claim(
      "Japan's chief cabinet secretary, Minoru Kihara, denied that any such advice was given.",
      SRC.s90a,
      { text: 'There is no such fact', by: remark('Minoru Kihara, chief cabinet secretary', 'jp') },
    ),
  ],
  note: 'One side is a newspaper report resting on unnamed sources, the other a government denial; we have no third account. We show both and treat neither as established.',
  resolved: false,
};

export const securityFollowUps: Record<string, FollowUp> = {
  'strengthen-japan-us-alliance': {
    updates: [
      update(
        '2023-08-18',
        'in_progress',
        [SRC.s20],
        'Meeting one to one at Camp David, the two leaders restated the alliance. Japan’s summary tied it again to the US pledge to defend Japan with all of its military means.',
      ),
      update(
        '2024-04-10',
        'in_progress',
        [SRC.s75, SRC.s76],
        'The Washington summit took a concrete decision: each country will rework how it commands its forces in and around Japan. Biden presented it as the biggest change to the alliance yet.',
      ),
      update(
        '2024-07-28',
        'in_progress',
        [SRC.s77, SRC.s77b],
        'Foreign and defence ministers met in Tokyo and reported progress on the command changes agreed in April.',
      ),
      update(
        '2025-02-07',
        'in_progress',
        [SRC.s86, SRC.s87],
        'The first Trump–Ishiba statement carried the alliance through the change of US administration, including the command changes and the treaty’s cover for the Senkaku Islands.',
      ),
      update(
        '2025-03-24',
        'in_progress',
        [SRC.s82, SRC.s83],
        'Japan opened its Joint Operations Command, a new headquarters of about 240 staff meant to work with US forces in Japan. One piece of the command changes is now done.',
      ),
      update(
        '2025-03-30',
        'in_progress',
        [SRC.s84],
        'The US defense secretary said work had begun on the first phase of turning US Forces Japan into a joint force headquarters, days after a press report that the Pentagon might drop the plan (see the dispute).',
      ),
      update(
        '2025-10-29',
        'in_progress',
        [SRC.s88, SRC.s85],
        'At their Tokyo summit Takaichi and Trump again hailed a new golden age for the alliance, and the next day the US defense secretary said the second phase of the US command changes could start soon. Steady, concrete work with no end point: in progress.',
      ),
    ],
    lineage: [
      restatedIn(
        M.campDavidBilateral,
        '2023-08-18',
        SRC.s20,
        null,
        'Japan’s summary of the Camp David meeting restates the alliance and the US defence pledge.',
      ),
      restatedIn(
        M.globalPartners,
        '2024-04-10',
        SRC.s75,
        {
          text: 'new era of U.S.-Japan strategic cooperation',
          by: joint('the joint leaders’ statement'),
        },
        'The statement that launched the command changes.',
      ),
      restatedIn(
        M.twoPlusTwo,
        '2024-07-28',
        SRC.s77,
        {
          text: 'the cornerstone of peace, security, and prosperity',
          by: joint('the 2+2 joint statement, as reprinted from a State Department media note'),
        },
        'Ministers used much the same words Kishida used in Hiroshima.',
      ),
      restatedIn(
        M.trumpIshiba,
        '2025-02-07',
        SRC.s86,
        {
          text: 'a new golden age for US-Japan relations',
          by: joint('the joint statement, as quoted by the Taipei Times'),
        },
        'The alliance line survived the change of US administration.',
      ),
      restatedIn(
        M.trumpTakaichi,
        '2025-10-28',
        SRC.s88,
        {
          text: 'a new golden age for the Japan-U.S. alliance',
          by: remark('Sanae Takaichi', 'jp'),
        },
        'Restated by a new Japanese prime minister at her first summit with Trump.',
      ),
    ],
    disputes: [
      {
        topic: 'Would the upgrade of US Forces Japan go ahead? (March 2025)',
        raisedOn: '2025-03-25',
        claims: [
          claim(
            'USNI News, citing CNN, reported that a Pentagon paper on cost cuts listed cancelling the planned upgrade of US Forces Japan.',
            SRC.s83,
          ),
          claim(
            'Five days later the US defense secretary announced that the first phase of the upgrade had begun.',
            SRC.s84,
          ),
          claim('In October 2025 he said the second phase was about to start.', SRC.s85, {
            text: 'ready to begin phase two shortly',
            by: remark('Pete Hegseth, US defense secretary', 'us'),
          }),
        ],
        note: 'The defense secretary’s own later announcements outweigh a reported cost-cutting option, so we treat the upgrade as going ahead.',
        resolved: true,
      },
    ],
    reviewedOn: '2025-10-29',
  },

  'us-extended-nuclear-deterrence': {
    quotes: [
      {
        text: 'extended deterrence commitment using the full range of U.S. capabilities',
        form: 'verbatim',
        attribution: whiteHouse,
        source: SRC.s1,
      },
      {
        text: 'critical role that US extended deterrence plays',
        form: 'verbatim',
        attribution: mofaPerBusinessStandard,
        source: SRC.s6,
      },
    ],
    updates: [
      update(
        '2024-07-28',
        'in_progress',
        [SRC.s77, SRC.s78, SRC.s79],
        'The first ministerial meeting given over to extended deterrence met in Tokyo. The 2023 recognition became a standing format, with a promise of close consultation on US nuclear policy.',
      ),
      update(
        '2024-12-27',
        'in_progress',
        [SRC.s80, SRC.s81],
        'The two governments adopted their first written guidelines on extended deterrence. They were not published; according to press reports they cover how the allies would communicate about any US use of nuclear weapons.',
      ),
      update(
        '2025-02-07',
        'in_progress',
        [SRC.s87],
        'According to a Jiji summary, the first Trump–Ishiba statement committed to strengthening extended deterrence, the nuclear umbrella included.',
      ),
      update(
        '2025-09-22',
        'in_progress',
        [SRC.s29c, SRC.s29b, SRC.s29],
        'In the three foreign ministers’ statements of April and September 2025 the United States again committed to defend Japan and South Korea, extended deterrence included. An ongoing commitment, repeated and given structure: in progress.',
      ),
    ],
    lineage: [
      restatedIn(
        M.g7,
        '2023-05-19',
        SRC.s33,
        {
          text: 'should serve defensive purposes, deter aggression and prevent war and coercion',
          by: g7('the G7 leaders, in the Hiroshima Vision'),
        },
        'The G7’s disarmament text kept a role for nuclear deterrence.',
      ),
      restatedIn(
        M.campDavidBilateral,
        '2023-08-18',
        SRC.s20,
        { text: 'backed by the full range of U.S. capabilities', by: kantei },
        null,
      ),
      restatedIn(
        M.twoPlusTwo,
        '2024-07-28',
        SRC.s78,
        {
          text: 'commitment to close consultations on U.S. nuclear policy and posture',
          by: joint('the ministers’ joint statement'),
        },
        'The first ministerial meeting on extended deterrence.',
      ),
      restatedIn(
        M.trumpIshiba,
        '2025-02-07',
        SRC.s87,
        null,
        'A Jiji summary says the statement covers the nuclear umbrella.',
      ),
    ],
    disputes: [
      {
        topic: 'The date of the extended-deterrence guidelines',
        raisedOn: '2024-12-27',
        claims: [
          claim('The Arms Control Association dates the guidelines 26 December 2024.', SRC.s80),
          claim('Jiji dates them 27 December 2024.', SRC.s81),
        ],
        note: 'The same announcement seen from Washington and from Tokyo. We date it by Tokyo time, 27 December.',
        resolved: true,
      },
    ],
    reviewedOn: '2025-09-22',
  },

  'north-korea-nuclear-missile-programs': {
    updates: [
      update(
        '2023-05-21',
        'not_yet_rated',
        [SRC.s12],
        'At the three-way meeting in Hiroshima the leaders talked, Japan’s Foreign Ministry said, about sharing data on North Korean missiles as they fly. Talk, not yet a step.',
      ),
      update(
        '2023-08-18',
        'in_progress',
        [SRC.s18, SRC.s93, SRC.s16],
        'At Camp David the three governments agreed to exchange missile-warning data as it happens by the end of 2023 and to hold joint exercises every year: concrete steps with dates.',
      ),
      update(
        '2023-12-19',
        'in_progress',
        [SRC.s21, SRC.s22, SRC.s23],
        'The real-time missile-warning link went live, on the Camp David schedule. North Korea had test-fired a long-range missile the day before: the programmes themselves go on.',
      ),
      update(
        '2024-06-27',
        'in_progress',
        [SRC.s24, SRC.s25],
        'The first three-way exercise across several domains, Freedom Edge, began. Further rounds followed in November 2024 and September 2025.',
      ),
      update(
        '2024-11-15',
        'in_progress',
        [SRC.s26, SRC.s27],
        'In Lima the three leaders agreed to set up a permanent secretariat to coordinate what they have promised together.',
      ),
      update(
        '2025-09-15',
        'in_progress',
        [SRC.s25, SRC.s28, SRC.s29],
        'The third Freedom Edge exercise began, after the three foreign ministers had restated the aim of full denuclearisation in February and April. The joint mechanisms work, but North Korea’s programmes continue, so the aim is not met.',
      ),
    ],
    lineage: [
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s40,
        {
          text: 'complete, verifiable and irreversible abandonment',
          by: g7('the G7 communiqué, as reported by the Yomiuri'),
        },
        'The G7 restated its goal for North Korea’s weapons of mass destruction.',
      ),
      restatedIn(
        M.campDavid,
        '2023-08-18',
        SRC.s16,
        {
          text: "complete denuclearization of the Democratic People's Republic of Korea",
          by: joint('the Camp David Principles'),
        },
        'Camp David added the missile-data link and yearly exercises.',
      ),
      restatedIn(
        M.lima,
        '2024-11-15',
        SRC.s26,
        {
          text: 'responsible for coordinating and implementing our shared commitments',
          by: joint('the joint leaders’ statement, as reported by Aju Press'),
        },
        'The secretariat set up in Lima.',
      ),
    ],
    disputes: [],
    reviewedOn: '2025-09-15',
  },

  'counter-china-coercion': {
    quotes: [
      {
        text: 'importance of cooperating with China on shared challenges',
        form: 'verbatim',
        attribution: mofaPerBusinessStandard,
        source: SRC.s6,
      },
    ],
    updates: [
      update(
        '2023-08-18',
        'in_progress',
        [SRC.s18, SRC.s93],
        'At Camp David the three leaders jointly condemned Chinese conduct in the South China Sea in sharp terms. It is the first shared response to Beijing’s conduct we found after Hiroshima.',
      ),
      update(
        '2025-02-07',
        'in_progress',
        [SRC.s86],
        'The first Trump–Ishiba statement kept the line and went further, naming Chinese maritime claims it called unlawful and the arming of built-up reefs.',
      ),
      update(
        '2025-11-27',
        'in_progress',
        [SRC.s89, SRC.s90a, SRC.s90b],
        'Mixed signals. When China retaliated against Takaichi over her remarks on Taiwan, the US ambassador in Tokyo publicly took Japan’s side. A newspaper report that Trump privately urged her to hold back, denied by Tokyo, is contested (see the dispute). We keep the status while the report stays unconfirmed.',
      ),
    ],
    lineage: [
      restatedIn(
        M.campDavid,
        '2023-08-18',
        SRC.s18,
        {
          text: 'dangerous and aggressive behavior',
          by: joint('the trilateral statement, as reported by Reuters'),
        },
        'The three leaders’ words on China’s conduct in the South China Sea.',
      ),
      restatedIn(
        M.trumpIshiba,
        '2025-02-07',
        SRC.s86,
        {
          text: 'unlawful maritime claims, militarization of reclaimed features',
          by: joint('the joint statement, as quoted by the Taipei Times'),
        },
        'Firmer and more specific than the 2023 wording.',
      ),
    ],
    disputes: [wsjDispute],
    reviewedOn: '2025-11-27',
  },

  'address-china-coercive-behavior': {
    quotes: [
      {
        text: "coercive behavior by the People's Republic of China",
        form: 'verbatim',
        attribution: whiteHouse,
        source: SRC.s3,
      },
    ],
    updates: [
      update(
        '2023-05-20',
        'in_progress',
        [SRC.s36, SRC.s38],
        'At the G7 summit both governments joined a new platform to coordinate responses to economic coercion, and the communiqué opposed changing the status quo by coercion. A concrete step on the line the White House set out two days before.',
      ),
      update(
        '2023-08-18',
        'in_progress',
        [SRC.s16, SRC.s93],
        'The Camp David Principles restated the opposition to coercion, and the summit started a pilot early-warning system for supply chains, aimed at economic pressure.',
      ),
      update(
        '2025-11-20',
        'in_progress',
        [SRC.s89],
        'After China halted seafood imports from Japan and warned its citizens against travel there, the US ambassador in Tokyo called the pressure coercion and said the United States would stand by Japan. We found no report of the G7 coordination platform meeting since its launch.',
      ),
    ],
    lineage: [
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s38,
        {
          text: 'any unilateral attempts to change the status quo by force or coercion',
          by: g7('the G7 communiqué, as reported by NHK'),
        },
        null,
      ),
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s36,
        {
          text: 'Coordination Platform on Economic Coercion',
          by: g7('the G7 Leaders’ Statement on Economic Resilience and Economic Security'),
        },
        'The G7 tool launched against economic coercion.',
      ),
      restatedIn(
        M.campDavid,
        '2023-08-18',
        SRC.s16,
        {
          text: 'We strongly oppose any unilateral attempts to change the status quo by force or coercion.',
          by: joint('the Camp David Principles'),
        },
        null,
      ),
    ],
    disputes: [],
    reviewedOn: '2025-11-20',
  },

  'taiwan-strait-peace-and-stability': {
    quotes: [
      {
        text: 'resolve to maintain peace and stability across the Taiwan Strait',
        form: 'verbatim',
        attribution: whiteHouse,
        source: SRC.s2,
      },
      {
        text: 'encouraged the peaceful resolution of cross-Strait issues',
        form: 'verbatim',
        attribution: mofaPerBusinessStandard,
        source: SRC.s6,
      },
    ],
    updates: [
      update(
        '2023-05-20',
        'in_progress',
        [SRC.s38],
        'Two days later the G7 communiqué, agreed by both leaders with the rest of the G7, restated the point. A restatement like this has no finish line; we rate it in progress while each new leaders’ text carries it.',
      ),
      update(
        '2023-08-18',
        'in_progress',
        [SRC.s20, SRC.s19],
        'Both the bilateral and the three-way texts at Camp David repeated it; the three-way text called it indispensable to international security and prosperity.',
      ),
      update(
        '2024-04-10',
        'in_progress',
        [SRC.s76b],
        'The Washington summit statement restated it, as reported by TVBS and noted by Taiwan’s Presidential Office.',
      ),
      update(
        '2025-02-07',
        'in_progress',
        [SRC.s86],
        'Under the new US administration the joint statement used firmer words than in 2023 and added support for Taiwan taking part in international organisations.',
      ),
      update(
        '2025-04-03',
        'in_progress',
        [SRC.s28, SRC.s29],
        'The three foreign ministers carried the line in their statements of February and April 2025.',
      ),
      update(
        '2025-11-27',
        'in_progress',
        [SRC.s90a, SRC.s90b],
        'A report that Trump asked Takaichi not to provoke Beijing over Taiwan, which Tokyo denies, is contested (see the dispute). It does not change the written position of either government.',
      ),
    ],
    lineage: [
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s38,
        {
          text: 'reaffirm the importance of peace and stability across the Taiwan Strait',
          by: g7('the G7 communiqué, as reported by NHK'),
        },
        null,
      ),
      restatedIn(
        M.campDavid,
        '2023-08-18',
        SRC.s19,
        {
          text: 'an indispensable element of the security and prosperity of the international community',
          by: joint('the three leaders, as reported by EFE'),
        },
        null,
      ),
      restatedIn(
        M.campDavidBilateral,
        '2023-08-18',
        SRC.s20,
        {
          text: 'reiterated the importance of peace and stability across the Taiwan Strait',
          by: kantei,
        },
        null,
      ),
      restatedIn(
        M.globalPartners,
        '2024-04-10',
        SRC.s76b,
        null,
        'Reported by TVBS; we have not seen the statement’s own words on this point.',
      ),
      restatedIn(
        M.trumpIshiba,
        '2025-02-07',
        SRC.s86,
        {
          text: 'an indispensable element of security and prosperity for the international community',
          by: joint('the joint statement, as quoted by the Taipei Times'),
        },
        'Stronger than the 2023 wording, with support for Taiwan in international organisations.',
      ),
    ],
    disputes: [wsjDispute],
    reviewedOn: '2025-11-27',
  },

  'trilateral-meeting-with-south-korea': {
    updates: [
      update(
        '2023-05-21',
        'delivered',
        [SRC.s13, SRC.s12, SRC.s14],
        'The three leaders met in Hiroshima on the summit’s final day, as a preview had expected and diplomats had said they might. The meeting took place on the target day: delivered.',
      ),
      update(
        '2025-10-28',
        'delivered',
        [SRC.s30, SRC.s30b, SRC.s28],
        'Delivered stays final. What followed: the leaders met again at Camp David and in Lima; in 2025 the format continued among foreign ministers, and we found no three-way meeting of leaders that year.',
      ),
    ],
    lineage: [
      restatedIn(
        M.campDavid,
        '2023-08-18',
        SRC.s15,
        {
          text: 'inaugurate a new era of trilateral partnership',
          by: joint('the three leaders, in the Spirit of Camp David'),
        },
        'The first three-way summit held on its own.',
      ),
      restatedIn(
        M.campDavid,
        '2023-08-18',
        SRC.s17,
        {
          text: 'Commitment to Consult',
          by: joint('the three leaders’ pledge, as published by the Government of Japan'),
        },
        'A pledge to consult each other quickly in a crisis.',
      ),
      restatedIn(
        M.lima,
        '2024-11-15',
        SRC.s27,
        null,
        'The three leaders met again and agreed on a standing secretariat.',
      ),
    ],
    disputes: [
      {
        topic: 'Was Camp David the first trilateral summit?',
        raisedOn: '2023-08-19',
        claims: [
          claim('Livemint called it the first three-way summit of any kind.', SRC.s93b, {
            text: 'The first-ever trilateral summit',
            by: press('Livemint'),
          }),
          claim('Reuters called it the first meeting of the three held on its own.', SRC.s18, {
            text: 'the first standalone meeting',
            by: press('Reuters'),
          }),
          claim(
            'Korea’s culture ministry counted it as the thirteenth trilateral summit overall and the first held separately.',
            SRC.s15b,
          ),
        ],
        note: 'The three leaders had met before, in Hiroshima among other places, but always beside a larger summit. "First standalone" is accurate and is the wording we use.',
        resolved: true,
      },
    ],
    reviewedOn: '2025-10-28',
  },

  'g7-nuclear-disarmament-and-economic-security': {
    updates: [
      update(
        '2023-05-19',
        'in_progress',
        [SRC.s33, SRC.s32, SRC.s31, SRC.s34],
        'The G7 issued the Hiroshima Vision, the first leaders’ document of the group devoted to nuclear disarmament. One of the two subjects done.',
      ),
      update(
        '2023-05-20',
        'delivered',
        [SRC.s36, SRC.s37, SRC.s39],
        'The leaders’ statement on economic resilience and economic security followed, with an action plan on clean energy. Both agenda items produced leaders’ documents during the summit: delivered.',
      ),
      update(
        '2024-05-19',
        'delivered',
        [SRC.s31],
        'A year on, reporting found the goal of a world free of nuclear weapons harder to reach amid Russian nuclear threats. That concerns the goal itself, not whether the summit took the subjects up.',
      ),
    ],
    lineage: [
      restatedIn(
        M.g7,
        '2023-05-19',
        SRC.s33,
        {
          text: "first G7 Leaders' document with a particular focus on nuclear disarmament",
          by: g7('the G7 leaders, in the Hiroshima Vision'),
        },
        null,
      ),
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s39,
        {
          text: 'world without nuclear weapons with undiminished security for all',
          by: g7('the G7 communiqué'),
        },
        null,
      ),
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s37,
        {
          text: 'for the first time',
          by: readout("Japan's summary of the session (Prime Minister's Office)", 'jp'),
          form: 'reported',
        },
        'Japan’s summary says economic security was a G7 summit subject for the first time.',
      ),
    ],
    disputes: [
      {
        topic: 'The day the Hiroshima Vision was issued',
        raisedOn: '2023-05-20',
        claims: [
          claim('KBS reported it as issued on Friday 19 May 2023.', SRC.s34),
          claim('NK News reported the statement as coming on the Saturday, 20 May.', SRC.s35, {
            text: 'on Saturday',
            by: press('NK News'),
          }),
          claim('Jiji, a year later, gave 19 May.', SRC.s31),
          claim('The Hiroshima Report 2024 also gives 19 May.', SRC.s32),
        ],
        note: 'Three sources, two of them written with hindsight, give 19 May against one; we date the Vision 19 May.',
        resolved: true,
      },
      {
        topic: 'The name of the G7 clean-energy plan',
        raisedOn: '2023-05-21',
        claims: [
          claim('Japan’s summary names it an economic action plan.', SRC.s37, {
            text: 'Clean Energy Economic Action Plan',
            by: readout("Japan's summary of the session (Prime Minister's Office)", 'jp'),
          }),
          claim('The G7 statement names it an economy action plan.', SRC.s39b, {
            text: 'Clean Energy Economy Action Plan',
            by: g7('the G7 statement, as reported by Daily News Egypt'),
          }),
        ],
        note: 'A slip in one summary. We use the title in the G7’s own statement.',
        resolved: true,
      },
    ],
    reviewedOn: '2024-05-19',
  },
};
