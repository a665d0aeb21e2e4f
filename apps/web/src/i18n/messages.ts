import {
  ATTRIBUTION_DEFINITIONS,
  LINEAGE_DEFINITIONS,
  PARTY_ROLE_DEFINITIONS,
  QUOTE_FORM_DEFINITIONS,
  STATUS_DEFINITIONS,
  STRENGTH_DEFINITIONS,
} from '@accord/domain';

/** `{ key: definition }` of a domain vocabulary, for the English messages. */
function definitionsOf<K extends string>(
  defs: Record<K, { definition: string }>,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{ definition: string }>(defs).map(([k, d]) => [k, d.definition]),
  ) as Record<K, string>;
}

function labelsOf<K extends string>(defs: Record<K, { label: string }>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<{ label: string }>(defs).map(([k, d]) => [k, d.label]),
  ) as Record<K, string>;
}

/**
 * The public site's UI strings, in English and Japanese (ICU message format, read by
 * next-intl). Record content (titles, summaries, briefs) is not here: it has no translation
 * yet and is shown in English, marked lang="en". Status names are defined once here so every
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
  article: {
    status: 'Status',
    why: 'Why:',
    language: 'Language',
    target: 'Target date',
    noTarget: 'None stated',
    madeAt: 'Made at',
    partOf: 'Part of',
    lastReviewed: 'Last reviewed',
    notReviewed: 'Not yet reviewed',
    whatThisMeans: 'What this means',
    tags: 'Tags',
    parties: 'Parties',
    timeline: 'Timeline',
    timelineOf: 'Timeline of “{title}”',
    inTheirWords: 'In their words',
    noQuotes: 'No quotes recorded yet.',
    history: 'History',
    noHistory: 'No status updates yet: the commitment is not yet rated.',
    partyPart: '{owner} part:',
    by: 'By {author}',
    tracks: "Each party's line",
    tracksIntro:
      "The parties' records differ here, so each party's part is rated on its own. The overall status stays one call by the editors:",
    tracksLink: 'How we rate parties separately',
    trackLine: '{owner} line',
    disputes: 'Where sources disagree',
    disputesIntro:
      'Each side is shown with its source. We state neither as fact; our note says which reading we use, if any, and why.',
    disputesLink: 'How we handle disputes',
    raised: 'Raised <date></date>',
    resolved: 'Resolved',
    open: 'Open',
    ourNote: 'Our note:',
    lineage: 'Lineage',
    lineageIntro: 'Where the commitment comes from, and where it was stated again.',
    lineageLink: 'About lineage',
    sub: 'Sub-commitments',
    subIntro: 'Later, dated commitments made under this one, each with its own target.',
    listSeparator: ', ',
  },
  quotes: {
    source: 'Source:',
    sources: 'Sources:',
    unreliable: 'Unreliable source',
    unreliableTitle: 'Known to be wrong on some fact: we never rely on it alone.',
    joint: 'Joint statements',
    press: 'Press reports',
    other: 'Other sources',
    account: '{owner} account',
    bothGovernments: 'Both governments',
  },
  chart: {
    keyDates: 'Key dates',
    seeDay: 'See it as it stood at the end of this day',
    timelineDescription:
      'From {from} to {to}: {updates, plural, =0 {no status updates yet} one {# status update} other {# status updates}}, drawn as {lanes, plural, one {one lane} other {# lanes ({names})}}. The key dates below say the same in words.',
    noChanges: 'No status changes to draw yet.',
    statusDescription:
      'Stacked counts of commitments by status from {from} to {to}{hasEnd, select, yes {; at the end: {counts}.} other {.}} The table below gives every point.',
    countOfStatus: '{count} {status}',
    listSeparator: ', ',
    legend: 'Legend',
    numbers: 'The numbers behind the chart',
    pointByPoint: '{title}, point by point',
    atEndOf: 'At the end of',
    total: 'Total',
    overTimeTitle: 'Statuses of {title} commitments over time',
    asOfLabel: 'See it as it stood at the end of',
    show: 'Show',
  },
  timeline: {
    meeting: 'Meeting',
    target: 'Target',
    today: 'Today',
    asOf: 'As of {date}',
    overall: 'Overall',
    madeAt: 'Made at {meeting}',
    targetDate: 'Target date ({target})',
    asOfDay: 'The day this page is read as of',
    rated: 'Rated {status}',
    still: 'Still {status}',
    plain: '{status}',
    partyRated: '{owner} part rated {status}',
    partyStill: '{owner} part still {status}',
    partyPlain: '{owner} part {status}',
  },
  /** Our own vocabulary (statuses, strengths, roles…), defined once in @accord/domain. */
  vocab: {
    statusDefinition: definitionsOf(STATUS_DEFINITIONS),
    strength: labelsOf(STRENGTH_DEFINITIONS),
    strengthDefinition: definitionsOf(STRENGTH_DEFINITIONS),
    role: labelsOf(PARTY_ROLE_DEFINITIONS),
    roleDefinition: definitionsOf(PARTY_ROLE_DEFINITIONS),
    attribution: labelsOf(ATTRIBUTION_DEFINITIONS),
    attributionDefinition: definitionsOf(ATTRIBUTION_DEFINITIONS),
    form: labelsOf(QUOTE_FORM_DEFINITIONS),
    formDefinition: definitionsOf(QUOTE_FORM_DEFINITIONS),
    lineage: labelsOf(LINEAGE_DEFINITIONS),
    lineageDefinition: definitionsOf(LINEAGE_DEFINITIONS),
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
  article: {
    status: 'ステータス',
    why: '理由：',
    language: '表現の強さ',
    target: '目標期日',
    noTarget: '明示なし',
    madeAt: '合意した会議',
    partOf: '上位の合意',
    lastReviewed: '最終確認日',
    notReviewed: '未確認',
    whatThisMeans: 'この項目の意味',
    tags: 'タグ',
    parties: '当事者',
    timeline: '経過',
    timelineOf: '「{title}」の経過',
    inTheirWords: '当事者の言葉',
    noQuotes: '引用はまだ記録されていません。',
    history: '履歴',
    noHistory: 'ステータスの更新はまだありません。この合意は未評価です。',
    partyPart: '{owner}の部分：',
    by: '記入：{author}',
    tracks: '当事者ごとの評価',
    tracksIntro:
      'この合意は当事者によって記録が異なるため、各当事者の部分を個別に評価しています。全体のステータスは編集部が一つに判断します：',
    tracksLink: '当事者ごとに評価する方法',
    trackLine: '{owner}の評価',
    disputes: '出典の間で食い違う点',
    disputesIntro:
      'それぞれの主張を出典とともに示します。どちらも事実とは断定せず、どの解釈を採るか（採る場合）とその理由を編集部注で説明します。',
    disputesLink: '食い違いの扱い方',
    raised: '提起：<date></date>',
    resolved: '解決済み',
    open: '未解決',
    ourNote: '編集部注：',
    lineage: '系譜',
    lineageIntro: 'この合意の由来と、その後に改めて表明された場面です。',
    lineageLink: '系譜について',
    sub: '下位の合意',
    subIntro: 'この合意のもとで後に結ばれた、期日付きの合意です。それぞれに目標があります。',
    listSeparator: '、',
  },
  quotes: {
    source: '出典：',
    sources: '出典：',
    unreliable: '信頼性に問題のある出典',
    unreliableTitle:
      '一部の事実に誤りがあると分かっている出典です。これだけを根拠にすることはありません。',
    joint: '共同声明',
    press: '報道',
    other: 'その他の出典',
    account: '{owner}側の説明',
    bothGovernments: '両政府',
  },
  chart: {
    keyDates: '主な日付',
    seeDay: 'この日の終わり時点の状態を見る',
    timelineDescription:
      '{from}から{to}まで：{updates, plural, =0 {ステータスの更新はまだありません} other {ステータスの更新{updates}件}}。{lanes, plural, one {1本の帯} other {{lanes}本の帯（{names}）}}で表示しています。下の主な日付で同じ内容を文章で示します。',
    noChanges: '表示できるステータスの変化はまだありません。',
    statusDescription:
      '{from}から{to}までの合意の数を、ステータス別に積み上げて表示しています{hasEnd, select, yes {（最終時点：{counts}）} other {}}。下の表ですべての時点の数値を示します。',
    countOfStatus: '{status} {count}件',
    listSeparator: '、',
    legend: '凡例',
    numbers: 'グラフの数値',
    pointByPoint: '{title}（時点ごと）',
    atEndOf: '時点（その日の終わり）',
    total: '合計',
    overTimeTitle: '{title}の合意のステータスの推移',
    asOfLabel: 'この日の終わり時点の状態を見る：',
    show: '表示',
  },
  timeline: {
    meeting: '会議',
    target: '目標',
    today: '今日',
    asOf: '{date}時点',
    overall: '全体',
    madeAt: '{meeting}で合意',
    targetDate: '目標期日（{target}）',
    asOfDay: 'このページが示す時点',
    rated: '{status}と評価',
    still: '引き続き{status}',
    plain: '{status}',
    partyRated: '{owner}の部分を{status}と評価',
    partyStill: '{owner}の部分は引き続き{status}',
    partyPlain: '{owner}の部分：{status}',
  },
  vocab: {
    statusDefinition: {
      not_yet_rated:
        '合意は記録済みですが、取り組みが始まったかどうかを判断できるだけの根拠がまだ見つかっていません。',
      in_progress:
        '合意の実現に向けた具体的な措置（資金拠出、法整備、協定、建設、会合の開催など）を示す出典付きの根拠がありますが、まだ達成されていません。',
      partially_delivered:
        '約束の一部は実行されましたが、相当部分が実行されていないか、約束より弱い形で実行されました。',
      delivered: '約束された内容が、約束された形で、実質的に約束どおりの条件で実行されました。',
      stalled:
        '取り組みが始まった、または予定されていたものの止まっているか、期限を過ぎても動きが見られません。再開する可能性はあります。',
      abandoned: '当事者が約束を撤回したか、状況の変化により約束どおりの実現が不可能になりました。',
    },
    strength: {
      committed: '約束',
      agreed: '合意',
      reaffirmed: '再確認',
      affirmed: '確認',
      recognized: '認識',
      plans: '予定',
      supports: '支持',
      considering: '検討中',
    },
    strengthDefinition: {
      committed: '当事者が行動を約束または誓約すると述べたもの。首脳が用いる最も強い表現です。',
      agreed: '当事者が共に行動することで合意に達したもの（当事者自身の発表または報道による）。',
      reaffirmed:
        '以前の約束や共通の立場を改めて表明したもの。新しい内容というより継続を示します。',
      affirmed: '当事者が決意や立場を表明したもの。具体的な成果は伴いません。',
      recognized:
        '当事者が事実や原則（たとえば何かが不可欠であること）を認めたもの。立場の表明です。',
      plans: '当事者が将来、具体的な行動をとる意向を発表したもの。',
      supports: '当事者が、方法は示さずに、ある取り組みを引き続き支援すべきだと述べたもの。',
      considering: '決定前に報じられた、検討段階の選択肢。記録する表現のうち最も弱いものです。',
    },
    role: {
      committer: '約束した当事者',
      partner: '協力者',
      beneficiary: '受益者',
      subject: '対象',
    },
    roleDefinition: {
      committer: 'この合意を約束し、その履行に責任を負う当事者。',
      partner: '自らは約束していないものの、実施に加わるとされる当事者。',
      beneficiary: 'この合意によって利益を受ける当事者。',
      subject: 'この合意が、その当事者やその行動への対応として結ばれた当事者。',
    },
    attribution: {
      joint_statement: '共同声明',
      government_readout: '政府発表',
      on_record_remark: '公式の発言',
      anonymous_official: '匿名の当局者',
      diplomatic_sources: '外交筋',
      press_report: '報道',
    },
    attributionDefinition: {
      joint_statement:
        '両国（または全当事国）の政府が共同で発表・承認した言葉。共同声明や、「日米両政府によると」とされる共通の説明などです。',
      government_readout:
        '一方の政府自身による会談の説明。ホワイトハウスや外務省など、名前の明らかな機関による報道発表、会談概要、ブリーフィングです。',
      on_record_remark:
        '名前の明らかな人物が公の場で述べた言葉。たとえば報道陣の前で行われた会談冒頭の発言です。',
      anonymous_official:
        '匿名を条件に語り、所属する政府だけが示される当局者（「日本政府関係者によると」）。',
      diplomatic_sources:
        '名前を伏せた外交筋。最も弱い帰属です。未発表の計画を知る手がかりにはなりますが、決定の証拠にはなりません。',
      press_report: '記事が出所を示していない、報道機関自身による説明。',
    },
    form: {
      verbatim: '直接引用',
      reported: '間接引用',
    },
    formDefinition: {
      verbatim: '出典が、話者自身の言葉として引用符で示しているもの。',
      reported:
        '帰属先の当事者が述べた内容を、出典が自らの言葉で表したもの。話者ではなく出典の言葉そのままです。',
    },
    lineage: {
      builds_on: '先行する合意',
      restated_in: '再表明',
    },
    lineageDefinition: {
      builds_on: '同じ、または似た約束をした以前の会議や合意。流れの出発点です。',
      restated_in:
        'この約束を改めて表明した、その後の会議や文書。より強い、または弱い表現になることもあります。',
    },
  },
};
