/**
 * The public site's UI strings, in English and Japanese (ICU message format, read by
 * next-intl). Record content (titles, summaries, briefs) is not here: its translations are
 * fields of the records (docs/i18n.md), shown in English, marked lang="en", until translated. Status names are defined once here so every
 * page uses the same words.
 */
export const en = {
  site: {
    skip: 'Skip to content',
    mainNav: 'Main',
    moreNav: 'More',
    briefs: 'Briefs',
    meetings: 'Meetings',
    parties: 'Parties',
    sources: 'Sources',
    methodology: 'Methodology',
    developers: 'Developers',
    footer:
      'Accord summarises commitments in its own words and quotes sources only in short, attributed phrases. See the <link>methodology</link> for what each status means.',
    language: 'Language',
    breadcrumb: 'Breadcrumb',
    languageName: 'English',
    untranslated: '',
    untranslatedPage: '',
    olderTranslation: '',
  },
  status: {
    not_yet_rated: 'Not yet rated',
    in_progress: 'In progress',
    partially_delivered: 'Partially delivered',
    delivered: 'Delivered',
    stalled: 'Stalled',
    abandoned: 'Abandoned',
  },
  brief: {
    theBrief: 'The brief',
    overTime: 'Statuses over time',
    commitments: '{count, plural, one {# commitment} other {# commitments}}',
    statusOf: 'Status of {title} commitments',
    noneYet: 'No published commitments yet',
    noneYetSentence: 'No published commitments yet.',
    more: 'More commitments',
    inAll: '({count} in all)',
    target: 'Target: {date}',
    by: 'by {parties}',
    overdue: 'Past target date',
  },
  home: {
    eyebrow: 'Summit commitments, tracked',
    commitments: '{count, plural, one {# commitment} other {# commitments}}',
    aboutMeeting: 'About the meeting and its context',
    briefsByTheme: 'Briefs by theme',
    intro:
      '{total, plural, one {# published commitment} other {# published commitments}} in {themes, plural, one {# theme} other {# themes}}. Each brief explains what was promised, in whose words, and how far it has got.',
  },
  notFound: {
    title: 'Page not found',
    body: 'We have no page at this address. The commitment, theme or meeting may have been renamed, or the link may be mistyped.',
  },
} as const;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;

export const ja: Messages = {
  site: {
    skip: '本文へ移動',
    mainNav: 'メイン',
    moreNav: 'その他',
    briefs: 'テーマ別概要',
    meetings: '会議',
    parties: '当事者',
    sources: '出典',
    methodology: '方法論',
    developers: '開発者向け',
    footer:
      'Accordは合意内容を独自の言葉で要約し、出典からの引用は出所を明記した短い語句に限っています。各ステータスの意味は<link>方法論</link>をご覧ください。',
    language: '言語',
    breadcrumb: 'パンくずリスト',
    languageName: '日本語',
    untranslated: 'この項目はまだ翻訳されていません。英語の原文を表示しています。',
    untranslatedPage: 'このページの本文はまだ翻訳されていません。英語の原文を表示しています。',
    olderTranslation: 'この翻訳の後に英語の原文が更新されています。',
  },
  status: {
    not_yet_rated: '未評価',
    in_progress: '進行中',
    partially_delivered: '一部実現',
    delivered: '実現',
    stalled: '停滞',
    abandoned: '断念',
  },
  brief: {
    theBrief: '概要',
    overTime: 'ステータスの推移',
    commitments: '合意 {count}件',
    statusOf: '{title}の合意のステータス',
    noneYet: '公開済みの合意はまだありません',
    noneYetSentence: '公開済みの合意はまだありません。',
    more: 'さらに表示',
    inAll: '（全{count}件）',
    target: '目標：{date}',
    by: '{parties}による',
    overdue: '目標期日超過',
  },
  home: {
    eyebrow: '首脳会談の合意を追跡',
    commitments: '合意 {count}件',
    aboutMeeting: '会議の概要と背景（英語）',
    briefsByTheme: 'テーマ別の概要',
    intro:
      '{themes}のテーマで公開済みの合意は{total}件です。各テーマの概要では、何が約束されたか、誰の言葉か、どこまで進んだかを説明します。',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'このアドレスのページはありません。合意・テーマ・会議の名前が変わったか、リンクが誤っている可能性があります。',
  },
};
