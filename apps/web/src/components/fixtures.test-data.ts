import { type CommitmentDetail, emptyStatusCounts, type MeetingDetail } from '@accord/domain';

/** View data as the API returns it, for rendering components in tests. */

const KYODO = {
  slug: 'kyodo-2023-05-19',
  title: 'Kishida, Biden agree to step up advanced technology cooperation',
  publisher: 'Kyodo News',
  url: null,
  publishedOn: '2023-05-19',
  reliability: 'standard' as const,
  language: 'en',
};
const WH = {
  slug: 'wh-trilateral-2023-05-21',
  title: 'Statement on the trilateral meeting',
  publisher: 'TASS',
  url: null,
  publishedOn: '2023-05-21',
  reliability: 'standard' as const,
  language: 'en',
};
const RUMOUR = {
  slug: 'rumour-mill',
  title: 'A site that got the date wrong',
  publisher: 'Rumour Mill',
  url: null,
  publishedOn: '2025-03-01',
  reliability: 'unreliable' as const,
  language: 'en',
};
const current = (text: string) => ({ text, stale: false });
const JAPAN = {
  slug: 'jp',
  name: 'Japan',
  shortName: 'Japan',
  translations: { ja: { name: current('日本国'), shortName: current('日本') } },
};
const US = {
  slug: 'us',
  name: 'United States',
  shortName: 'US',
  translations: { ja: { name: current('アメリカ合衆国'), shortName: current('米国') } },
};
/** Who speaks for a party, with its name in Japanese, as an attribution carries it. */
const speaksFor = (party: typeof JAPAN) => ({
  party: party.slug,
  partyName: party.name,
  translations: { ja: { partyName: party.translations.ja.name } },
});
const NO_PARTY = { party: null, partyName: null, translations: {} };
const HIROSHIMA = {
  slug: 'kishida-biden-hiroshima-2023',
  title: 'Kishida–Biden meeting in Hiroshima',
  startsOn: '2023-05-18',
  translations: { ja: { title: current('広島での岸田・バイデン会談') } },
};
// Not translated: a Japanese page names it in English, marked lang="en".
const CAMP_DAVID = {
  slug: 'camp-david-2023',
  title: 'Camp David summit',
  startsOn: '2023-08-18',
  translations: {},
};

export function trilateral(overrides: Partial<CommitmentDetail> = {}): CommitmentDetail {
  return {
    slug: 'trilateral-meeting-with-south-korea',
    title: 'A three-way meeting with South Korea',
    summary: 'The leaders considered meeting with President Yoon during the summit.',
    strength: 'considering',
    status: 'delivered',
    theme: {
      slug: 'security',
      title: 'Security and deterrence',
      translations: { ja: { title: current('安全保障と抑止') } },
    },
    meeting: HIROSHIMA,
    parties: [
      { ...JAPAN, role: 'committer' },
      { ...US, role: 'committer' },
    ],
    target: { date: '2023-05-21', precision: 'day', qualifier: 'by', note: null },
    overdue: false,
    statusSince: '2023-05-21',
    lastReviewedOn: '2025-11-30',
    tags: [],
    updatedAt: new Date('2026-12-01T00:00:00Z'),
    translations: {},
    quotes: [
      {
        id: 1,
        text: 'is considering holding',
        form: 'reported',
        attribution: {
          kind: 'diplomatic_sources',
          who: 'diplomatic sources',
          ...NO_PARTY,
        },
        source: KYODO,
      },
      {
        id: 2,
        text: 'take their trilateral cooperation to new heights',
        form: 'verbatim',
        attribution: {
          kind: 'government_readout',
          who: 'the White House',
          ...speaksFor(US),
        },
        source: WH,
      },
    ],
    history: [
      {
        id: 10,
        effectiveOn: '2023-05-21',
        status: 'delivered',
        note: 'The three leaders met in Hiroshima on 21 May.',
        author: 'Accord editors',
        sources: [WH],
        party: null,
        translations: {},
      },
    ],
    tracks: [],
    lineage: [
      {
        translations: {},
        relation: 'restated_in',
        meeting: CAMP_DAVID,
        on: '2023-08-18',
        source: WH,
        quote: {
          text: 'a new era of trilateral partnership',
          form: 'verbatim',
          attribution: {
            kind: 'joint_statement',
            who: 'the three leaders',
            ...NO_PARTY,
          },
        },
        note: 'The first standalone trilateral summit.',
      },
    ],
    disputes: [],
    parent: null,
    subCommitments: [],
    reviewedOn: '2025-11-30',
    asOf: null,
    publishedAt: new Date('2023-05-19T00:00:00Z'),
    version: 3,
    ...overrides,
  };
}

export function ukraine(): CommitmentDetail {
  return trilateral({
    slug: 'continue-supporting-ukraine',
    title: 'Keep supporting Ukraine',
    status: 'in_progress',
    statusSince: '2023-05-18',
    target: null,
    theme: { slug: 'ukraine', title: 'Support for Ukraine', translations: {} },
    quotes: [],
    lineage: [],
    history: [
      {
        id: 20,
        effectiveOn: '2023-05-18',
        status: 'in_progress',
        note: 'Both governments kept up aid; the US changed how it pays in 2025.',
        author: 'Accord editors',
        sources: [KYODO],
        party: null,
        translations: {},
      },
      {
        id: 21,
        effectiveOn: '2023-12-06',
        status: 'in_progress',
        note: 'Japan pledged more aid.',
        author: 'Accord editors',
        sources: [KYODO],
        party: JAPAN,
        translations: {},
      },
      {
        id: 22,
        effectiveOn: '2025-03-03',
        status: 'stalled',
        note: 'The US paused aid.',
        author: 'Accord editors',
        sources: [KYODO, RUMOUR],
        party: US,
        translations: {},
      },
    ],
    tracks: [
      { party: JAPAN, status: 'in_progress', statusSince: '2023-12-06' },
      { party: US, status: 'stalled', statusSince: '2025-03-03' },
    ],
    disputes: [
      {
        translations: {},
        topic: 'The date of the US pause',
        raisedOn: '2025-03-04',
        note: 'We use 3 March, the date most reports give.',
        resolved: false,
        claims: [
          {
            translations: {},
            claim: 'AP reported the pause on Monday 3 March.',
            source: KYODO,
            quote: null,
          },
          {
            translations: {},
            claim: 'One site dated it 28 February.',
            source: RUMOUR,
            quote: {
              text: 'February 28',
              attribution: { kind: 'press_report', who: 'the site', ...NO_PARTY },
            },
          },
        ],
      },
    ],
    subCommitments: [
      {
        slug: 'ukraine-aid-2024',
        title: 'A 2024 aid package',
        translations: { ja: { title: current('2024年の支援策') } },
        status: 'delivered',
        target: null,
        overdue: false,
      },
    ],
  });
}

export function hiroshimaMeeting(): MeetingDetail {
  return {
    translations: {},
    slug: HIROSHIMA.slug,
    title: HIROSHIMA.title,
    kind: 'bilateral',
    startsOn: '2023-05-18',
    endsOn: '2023-05-18',
    place: 'Hiroshima',
    summary: 'The two leaders met the day before the G7 summit.',
    context: '',
    parent: null,
    children: [],
    participants: [],
    statusCounts: emptyStatusCounts(),
    commitments: [],
    accounts: [
      {
        topic: 'China',
        note: 'The US readout names coercion; Japan’s account speaks of cooperation.',
        translations: {},
        quotes: [
          {
            text: "coercive behavior by the People's Republic of China",
            form: 'verbatim',
            attribution: {
              kind: 'government_readout',
              who: 'the White House',
              ...speaksFor(US),
            },
            source: WH,
          },
          {
            text: 'importance of cooperating with China on shared challenges',
            form: 'reported',
            attribution: {
              kind: 'government_readout',
              who: 'the Japanese Foreign Ministry',
              ...speaksFor(JAPAN),
            },
            source: KYODO,
          },
        ],
      },
    ],
    lineage: [],
  };
}
