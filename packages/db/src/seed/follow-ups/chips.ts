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

export const chipsFollowUps: Record<string, FollowUp> = {
  'semiconductor-and-ai-cooperation': {
    updates: [
      update(
        '2023-05-26',
        'in_progress',
        [SRC.s53],
        'Meeting in Detroit, Japan’s industry minister and the US commerce secretary agreed to work more closely on next-generation chips and to widen that work to AI and quantum technology. The first concrete step we found after Hiroshima.',
      ),
      update(
        '2023-12-01',
        'in_progress',
        [SRC.s42],
        'The G7’s Hiroshima AI Process, launched at the summit both leaders attended, produced a code of conduct in October and a policy framework that digital ministers endorsed in December.',
      ),
      update(
        '2024-04-10',
        'in_progress',
        [SRC.s54, SRC.s55],
        'The Washington summit announced two AI research partnerships between American and Japanese universities (Washington with Tsukuba, Carnegie Mellon with Keio), worth $110 million with company money.',
      ),
      update(
        '2025-10-28',
        'in_progress',
        [SRC.s56],
        'A technology memorandum signed during Trump’s visit to Tokyo covers AI, quantum and other fields, carrying the cooperation into a new US administration. An open-ended pledge with steady follow-through: in progress.',
      ),
    ],
    lineage: [
      buildsOn(
        M.tokyo2022,
        '2022-05-23',
        SRC.jiji2022,
        null,
        'The 2022 Tokyo summit set up a joint task force on next-generation chips.',
      ),
      restatedIn(
        M.g7,
        '2023-05-20',
        SRC.s41,
        {
          text: 'We task relevant ministers to establish the Hiroshima AI process',
          by: g7('the G7 leaders'),
        },
        'The G7’s work on rules for AI, started under Japan’s presidency.',
      ),
      restatedIn(
        M.globalPartners,
        '2024-04-10',
        SRC.s54,
        {
          text: 'We applaud the establishment of $110 million in new AI research partnerships',
          by: joint('the Biden–Kishida joint statement'),
        },
        null,
      ),
      restatedIn(
        M.trumpTakaichi,
        '2025-10-28',
        SRC.s56,
        {
          text: 'usher in the next Golden Age of Innovation',
          by: joint('the Technology Prosperity Deal memorandum'),
        },
        'The memorandum between the White House science office and Japan’s Cabinet Office.',
      ),
    ],
    disputes: [
      {
        topic: 'Who signed the 2025 technology memorandum, and when',
        raisedOn: '2025-10-28',
        claims: [
          claim(
            'A summary site credited the memorandum to Biden and Kishida and dated it 18 October 2025.',
            SRC.newsArticlesNet,
            {
              text: 'President Biden and Japanese Prime Minister Fumio Kishida',
              by: press('science-technology.news-articles.net'),
            },
          ),
          claim(
            'The memorandum text, released by the White House science office, shows it was concluded between the Trump and Takaichi governments on 28 October 2025.',
            SRC.s56,
          ),
        ],
        note: 'The summary site is wrong on both the leaders and the date; we rely on the memorandum itself.',
        resolved: true,
      },
    ],
    reviewedOn: '2025-10-28',
  },

  'quantum-and-chip-partnerships': {
    quotes: [
      {
        text: 'including the University of Chicago and Purdue University',
        form: 'verbatim',
        attribution: readout('the White House readout', 'us'),
        source: SRC.s1,
      },
    ],
    updates: [
      update(
        '2023-05-21',
        'delivered',
        [SRC.s44, SRC.s45, SRC.s46, SRC.s47, SRC.s49],
        'Three days after the meeting, in Hiroshima, the partnerships were signed with named partners and money: IBM and Google each with the universities of Chicago and Tokyo on quantum computing, and Micron and Tokyo Electron with eleven universities on chips (UPWARDS for the Future). The plan was carried out: delivered.',
      ),
      update(
        '2024-09-14',
        'delivered',
        [SRC.s51, SRC.s52, SRC.s50],
        'Follow-up on record: a first education policy dialogue under the memorandum signed with the partnerships (October 2023), progress on the IBM quantum work reported by Japan’s government (March 2024), and an UPWARDS workshop for women in chipmaking (September 2024).',
      ),
    ],
    lineage: [
      restatedIn(
        M.globalPartners,
        '2024-04-10',
        SRC.s55,
        null,
        'The AI partnerships announced in Washington were presented as a further round of the university–company deals signed in Hiroshima.',
      ),
    ],
    disputes: [
      {
        topic: 'How much IBM and Google put into the quantum partnerships',
        raisedOn: '2023-05-23',
        claims: [
          claim(
            'The University of Chicago puts IBM’s part at $100 million over ten years and Google’s at up to $50 million.',
            SRC.s44,
            {
              text: 'a 10-year, $100 million plan with IBM',
              by: press('University of Chicago News'),
            },
          ),
          claim(
            'NHK gives the same split and more than $210 million for all the pledges together.',
            SRC.s45,
          ),
          claim(
            'A Tech Transfer Central headline puts the Google deal at $100 million, which looks like the value of the whole programme, not Google’s part.',
            SRC.s47,
          ),
          claim(
            'Philanthropy News Digest says IBM gives $50 million to each of the two universities and Google $25 million to each.',
            SRC.s48,
          ),
        ],
        note: 'The totals agree at $150 million for the two quantum deals; the sources divide it differently. We give the universities’ own figures.',
        resolved: true,
      },
      {
        topic: 'How many universities took part',
        raisedOn: '2023-05-23',
        claims: [
          claim('NHK counts thirteen universities across all the deals.', SRC.s45),
          claim('Tech Transfer Central counts eleven in UPWARDS alone.', SRC.s47),
        ],
        note: 'The two counts measure different things (all the deals against one programme), so both can be right.',
        resolved: true,
      },
      {
        topic: 'The title of the memorandum signed with the partnerships',
        raisedOn: '2023-10-31',
        claims: [
          claim(
            'The White House readout describes a memorandum on education and technology.',
            SRC.s1,
            {
              text: 'memorandum of cooperation on education and technology',
              by: readout('the White House readout', 'us'),
            },
          ),
          claim('The signed text is titled as a memorandum on education only.', SRC.s51, {
            text: 'Memorandum of Cooperation in Education',
            by: joint('the joint statement of the first education dialogue'),
          }),
        ],
        note: 'The readout described the document loosely. We use the signed title.',
        resolved: true,
      },
    ],
    reviewedOn: '2024-09-14',
  },

  'tokyo-startup-hub-with-mit': {
    quotes: [
      {
        text: '2028年の開校を目指す',
        form: 'reported',
        attribution: press('JNN/TBS, on the day of the meeting'),
        source: SRC.s72,
      },
    ],
    updates: [
      update(
        '2023-11-22',
        'in_progress',
        [SRC.s66],
        'A supplementary budget paid for designing the centre and for joint research, and a panel of experts was formed; the Yomiuri reported an opening in fiscal 2028 at the earliest. Japan has moved from studying the hub to funding it.',
      ),
      update(
        '2024-05-31',
        'in_progress',
        [SRC.s68],
        'The Cabinet Secretariat’s expert panel recommended a flagship site in Shibuya and Meguro, opening in fiscal 2028 or later.',
      ),
      update(
        '2025-06-10',
        'in_progress',
        [SRC.s69, SRC.s67, SRC.s70],
        'The government settled how the campus’s early activities (research, help with commercial use, training) will run. This follows a basic policy of August 2024 under which a separate body will run the flagship site; Japan’s science agency said the timing of that body was still unclear.',
      ),
      update(
        '2025-12-08',
        'in_progress',
        [SRC.s74, SRC.s71, SRC.s67, SRC.s69],
        'The Cabinet Secretariat’s office was still presenting the project in December 2025. MIT’s part is the open question: a 2024 Yomiuri editorial still named it, but the government summaries we found do not, and we found no agreement signed by MIT.',
      ),
    ],
    lineage: [],
    disputes: [
      {
        topic: 'Where the campus will stand, and how large the site is',
        raisedOn: '2024-03-08',
        claims: [
          claim('JNN/TBS reported a site in Meguro and Shibuya of more than 20,000 m².', SRC.s72),
          claim(
            'Nikkan Kensetsu Kogyo reported about 22,000 m² on a former defence research site.',
            SRC.s73,
          ),
          claim('Kentsu Shimbun reported about 2.5 hectares.', SRC.s73b),
          claim(
            'A column by a governing-party lawmaker placed it in Meguro and Shinagawa, on more than 25,000 m².',
            SRC.s73c,
            {
              text: '目黒区と品川区',
              by: remark('Yamagiwa, a Liberal Democratic Party lawmaker', 'jp'),
            },
          ),
          claim(
            'The expert panel’s recommendations, as reported, name Shibuya and Meguro.',
            SRC.s68,
          ),
        ],
        note: 'All but one column name Meguro and Shibuya; the area differs from report to report. Open until we find an official site plan.',
        resolved: false,
      },
      {
        topic: 'The fiscal 2022 budget for the campus',
        raisedOn: '2023-12-31',
        claims: [
          claim(
            'Sustainable Japan reports ¥0.9 billion for the Cabinet Office and as much again for the education ministry.',
            SRC.s9,
          ),
          claim('Kentsu Shimbun reports ¥7.5 billion in all.', SRC.s73b),
        ],
        note: 'The two may count different things (separate lines against a total with other spending). We have no official budget document to settle it.',
        resolved: false,
      },
      {
        topic: 'When the basic policy was decided',
        raisedOn: '2024-10-31',
        claims: [
          claim(
            'A 2023 article reports a basic policy made public on the 30th of a month it leaves unnamed.',
            SRC.s73d,
            { text: '基本方針', by: press('Bunkyodezi') },
          ),
          claim('Minister Kiuchi dates the basic policy to August 2024.', SRC.s69),
          claim('Japan’s science agency reported the basic policy in autumn 2024.', SRC.s67),
        ],
        note: 'These may be two different documents. We use August 2024 for the government’s basic policy.',
        resolved: false,
      },
      {
        topic: 'Who runs the campus, and when part of it opens',
        raisedOn: '2025-07-31',
        claims: [
          claim(
            'A July 2025 post said the industry ministry and the Tokyo government were in charge, with a first part of the campus opening in fiscal 2025.',
            SRC.growthinsight,
          ),
          claim(
            'The Cabinet Office’s own record shows the project led from the Cabinet Office and Cabinet Secretariat.',
            SRC.s69,
          ),
        ],
        note: 'The post contradicts the official record, and no other source supports it. We do not rely on it.',
        resolved: true,
      },
    ],
    reviewedOn: '2025-12-08',
  },

  'support-micron-hiroshima-plant': {
    updates: [
      update(
        '2023-05-18',
        'in_progress',
        [SRC.s57, SRC.s57b, SRC.s58],
        'The same day, after its chief executive met Kishida with other chip industry leaders, Micron announced up to ¥500 billion of investment in Japan, with EUV lithography tools for the Hiroshima plant.',
      ),
      update(
        '2023-10-03',
        'in_progress',
        [SRC.s59, SRC.s60, SRC.s61],
        'Japan’s industry ministry approved up to ¥192 billion for the plant, most of it for production and the rest for research: the support Kishida spoke of, given.',
      ),
      update(
        '2024-05-29',
        'in_progress',
        [SRC.s63b],
        'Reports said Micron plans a further EUV plant in Hiroshima, costing ¥600–800 billion, to be built from early 2026 with output in late 2027.',
      ),
      update(
        '2025-09-17',
        'in_progress',
        [SRC.s63c],
        'The ministry agreed a further ¥536 billion for the next expansion. By SemiMedia’s count that brings Japan’s support for Micron to ¥774.5 billion since 2022.',
      ),
      update(
        '2025-11-29',
        'in_progress',
        [SRC.s64],
        'Nikkei reported, via Reuters, that Micron will build a plant for high-bandwidth memory in Hiroshima, with work starting in May 2026. We found no source confirming that output of the newest chips has begun there. Support keeps coming, which is what the remark asked for; we keep in progress rather than delivered because the support is ongoing.',
      ),
    ],
    lineage: [],
    disputes: [
      {
        topic: 'The size of the 2022 subsidy',
        raisedOn: '2023-10-03',
        claims: [
          claim('Kyodo gives about ¥46.5 billion.', SRC.s61),
          claim('AP gives up to ¥46.6 billion.', SRC.s62),
        ],
        note: 'A rounding difference. SemiMedia’s 2025 total of ¥774.5 billion adds up with ¥46.5 billion.',
        resolved: true,
      },
      {
        topic: 'When Japan approved the ¥192 billion',
        raisedOn: '2023-12-31',
        claims: [
          claim('Jiji reported the decision on 3 October 2023.', SRC.s59),
          claim('Bloomberg, via the South China Morning Post, reported it the same day.', SRC.s60),
          claim('A German trade site dates it to 10 December.', SRC.s65, {
            text: '10. Dezember',
            by: press('y-ic.de'),
          }),
        ],
        note: 'Two major news services agree on the day; we use 3 October 2023.',
        resolved: true,
      },
      {
        topic: 'When 1-gamma chip output starts at Hiroshima',
        raisedOn: '2023-12-18',
        claims: [
          claim('Micron Japan’s head said in December 2023 that it would start in 2025.', SRC.s63a),
          claim('Jiji reported 2026 in October 2023.', SRC.s59),
          claim('Kyodo also gave 2026.', SRC.s61),
        ],
        note: 'Unsettled, and no source we found confirms that such output has begun.',
        resolved: false,
      },
      {
        topic: 'When building starts on the high-bandwidth memory plant',
        raisedOn: '2025-11-30',
        claims: [
          claim('Nikkei, via Reuters, reports building from May 2026.', SRC.s64),
          claim('Another site gives a start a year earlier.', SRC.s64b, {
            text: 'May 2025',
            by: press('ic-pcb'),
          }),
        ],
        note: 'The earlier date looks like a slip for 2026; we use May 2026.',
        resolved: true,
      },
    ],
    reviewedOn: '2025-11-29',
  },
};
