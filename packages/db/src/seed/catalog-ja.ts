/**
 * The seed's Japanese translations of its meetings (title, place, summary, context), their
 * participants (name, office) and parties (name, short name, description), written by us from
 * our English for editors to review, like translations-ja.ts. Keyed by slug; a participant's
 * name and office by the English, since the same person and office recur across meetings.
 */

export interface MeetingJapanese {
  title: string;
  place: string;
  summary: string;
  /** Only where the English has a context. */
  context?: string;
}

export interface PartyJapanese {
  name: string;
  shortName: string;
  /** Only where the English has a description. */
  description?: string;
}

export const MEETINGS_JA: Record<string, MeetingJapanese> = {
  'g7-hiroshima-summit-2023': {
    title: 'G7広島サミット',
    place: '広島',
    summary:
      '日本が主催した主要7か国（G7）による3日間の首脳会議。欧州連合（EU）のほか、韓国をはじめとする招待国も参加した。',
    context:
      '英国、カナダ、フランス、ドイツ、イタリア、日本、米国の首脳が欧州連合（EU）とともに広島に集まり、核軍縮や経済安全保障なども議題に上った。サミットは、主要な民主主義国と中ロ陣営との隔たりが広がるなかで開かれた。中国政府は自国沿岸の沖合で広範な海洋権益を主張し、ロシア政府はなおウクライナで戦争を続けていた。\n\n韓国の尹錫悦（ユン・ソンニョル）大統領は招待国の首脳として出席し、3つの拡大会合に参加した。',
  },
  'kishida-biden-hiroshima-2023': {
    title: '広島での日米首脳会談（岸田首相・バイデン大統領）',
    place: '広島',
    summary:
      '岸田文雄首相とバイデン米大統領は、G7サミット開幕の前日に広島で会談した。両首脳は半導体とAIをめぐる協力の深化で合意し、同盟と安全保障に関するそれぞれの立場を改めて示したほか、重要鉱物、ウクライナ、韓国との関係について協議した。',
    context:
      '**約束ではないが、知っておきたいこと。**\n\n- バイデン大統領は同日、会談に先立って広島に到着した。1945年8月に米国の原子爆弾で壊滅した広島を訪れた現職の米大統領は、2016年のバラク・オバマ氏に続き2人目である。岸田首相は広島の選挙区選出である。\n- ワシントンでの債務上限をめぐる対立が、この訪問に影を落とした。バイデン大統領はパプアニューギニアとオーストラリアにも足を延ばす予定だったが、これらの訪問を取りやめ、G7への出席のみとした。\n- 北朝鮮は2022年初め以降、朝鮮半島と日本の間の海域に向けて弾道ミサイルを多数発射しており、2017年9月以来となる7回目の核実験もありうると観測筋はみていた。\n- 2022年5月に就任した尹大統領が2023年3月、戦時中の朝鮮半島出身労働者への補償をめぐる長年の対立（いわゆる徴用工問題）について解決策を示して以降、日韓関係は急速に改善していた。',
  },
  'japan-us-summit-tokyo-2022': {
    title: '東京での日米首脳会談（岸田首相・バイデン大統領）',
    place: '東京',
    summary:
      '広島での会談の1年前に行われた両首脳の会談。次世代半導体の共同研究、経済安全保障、重要鉱物の供給源の多様化など、広島で再び取り上げられたいくつかのテーマを扱った。',
  },
  'us-japan-critical-minerals-agreement-2023': {
    title: '日米重要鉱物協定の署名',
    place: 'ワシントンD.C.',
    summary:
      '米通商代表部（USTR）代表と駐米日本大使が、電気自動車（EV）の電池に使われる鉱物のサプライチェーンに関する協定に署名した。広島での会談の7週間前のことである。',
  },
  'us-japan-rok-hiroshima-trilateral-2023': {
    title: '広島での日米韓首脳会談',
    place: '広島',
    summary:
      '岸田首相、バイデン大統領、尹大統領はG7サミットの最終日に会談した。3か国の協力の深化について話し合い、バイデン大統領は次の会談のため両首脳をワシントンに招いた。',
  },
  'camp-david-summit-2023': {
    title: 'キャンプ・デービッドでの日米韓首脳会談',
    place: 'キャンプ・デービッド（米メリーランド州）',
    summary:
      '3か国の首脳が、より大きな国際会議の機会にではなく、単独で開いた初の首脳会談。「キャンプ・デービッド原則」、共同声明、危機の際に互いに協議するとの約束がまとめられ、北朝鮮、中国、サプライチェーンに関する約束が盛り込まれた。',
  },
  'kishida-biden-camp-david-2023': {
    title: 'キャンプ・デービッドでの日米首脳会談（岸田首相・バイデン大統領）',
    place: 'キャンプ・デービッド（米メリーランド州）',
    summary:
      '日米韓首脳会談と同じ日に行われた、日米両首脳による会談。内容は日本の首相官邸がまとめた概要による。',
  },
  'global-partners-for-the-future-2024': {
    title: '岸田首相の米国公式訪問：「未来のためのグローバル・パートナー」',
    place: 'ワシントンD.C.',
    summary:
      '公式晩餐会を伴う公式訪問。日米首脳共同声明「未来のためのグローバル・パートナー」では、日本における日米それぞれの指揮・統制の枠組みの向上や、AI分野での新たな大学間パートナーシップなどの措置が発表された。',
  },
  'japan-ukraine-accord-apulia-2024': {
    title: 'G7プーリア・サミットでの日・ウクライナ支援・協力アコード署名',
    place: 'プーリア州（イタリア）',
    summary:
      '岸田首相とゼレンスキー大統領は、イタリア南部で開かれたG7サミットの機会に、ウクライナ支援に関する10年間のアコード（取り決め）に署名した。',
  },
  'us-japan-2plus2-tokyo-2024': {
    title: '日米「2+2」と初の拡大抑止閣僚会合',
    place: '東京',
    summary:
      '両国の外務・防衛担当閣僚が東京で会談した。定例の「2+2」にあわせ、日本に対する米国の核の傘を専門に扱う初の閣僚会合を開いた。',
  },
  'lima-trilateral-summit-2024': {
    title: 'リマでの日米韓首脳会談',
    place: 'リマ（ペルー）',
    summary:
      '3か国の首脳はリマでのアジア太平洋経済協力会議（APEC）首脳会議に合わせて会談し、3か国の協力のための常設の事務局を設けることで合意した。',
  },
  'trump-ishiba-summit-2025': {
    title: 'ワシントンでの日米首脳会談（石破首相・トランプ大統領）',
    place: 'ワシントンD.C.',
    summary:
      'トランプ氏の大統領復帰後、両首脳が初めて行った会談。共同声明は、同盟、抑止、中国、台湾に関するバイデン政権期の立場を引き継ぎ、一部ではより強い表現を用いた。',
  },
  'trump-takaichi-summit-2025': {
    title: '東京での日米首脳会談（高市首相・トランプ大統領）',
    place: '東京',
    summary:
      'トランプ大統領は、高市早苗氏の首相就任から間もない時期に東京を訪れた。両首脳は、期日を定めた今後の措置を盛り込んだ重要鉱物・レアアースに関する枠組みと、技術協力に関する覚書に署名した。',
  },
};

export const PARTIES_JA: Record<string, PartyJapanese> = {
  jp: { name: '日本', shortName: '日本', description: '2023年G7サミットの開催国。' },
  us: { name: 'アメリカ合衆国', shortName: '米国', description: '条約に基づく日本の同盟国。' },
  kr: {
    name: '大韓民国',
    shortName: '韓国',
    description: '2023年G7サミットの招待国。',
  },
  cn: { name: '中華人民共和国', shortName: '中国' },
  ru: { name: 'ロシア連邦', shortName: 'ロシア' },
  kp: { name: '朝鮮民主主義人民共和国', shortName: '北朝鮮' },
  ua: { name: 'ウクライナ', shortName: 'ウクライナ' },
  tw: {
    name: '台湾',
    shortName: '台湾',
    description: '独自の統治が行われ、中国政府が領有を主張している島。',
  },
  mit: {
    name: 'マサチューセッツ工科大学',
    shortName: 'MIT',
    description: 'マサチューセッツ州ケンブリッジにある研究大学。',
  },
  micron: {
    name: 'マイクロン・テクノロジー',
    shortName: 'マイクロン',
    description: '米国のメモリー半導体メーカー。日本法人が広島県で工場を運営している。',
  },
  g7: {
    name: '主要7か国',
    shortName: 'G7',
    description: '英国、カナダ、フランス、ドイツ、イタリア、日本、米国に、欧州連合（EU）が加わる。',
  },
};

/** The participants' names as Japanese press writes them (family name first for Japanese and Koreans). */
export const PERSONS_JA: Record<string, string> = {
  'Fumio Kishida': '岸田文雄',
  'Joe Biden': 'ジョー・バイデン',
  'Yoon Suk Yeol': '尹錫悦（ユン・ソンニョル）',
  'Donald Trump': 'ドナルド・トランプ',
  'Volodymyr Zelensky': 'ウォロディミル・ゼレンスキー',
  'Shigeru Ishiba': '石破茂',
  'Sanae Takaichi': '高市早苗',
  'Katherine Tai': 'キャサリン・タイ',
  'Koji Tomita': '冨田浩司',
  'Antony Blinken': 'アントニー・ブリンケン',
  'Lloyd Austin': 'ロイド・オースティン',
  'Yoko Kamikawa': '上川陽子',
  'Minoru Kihara': '木原稔',
};

/** The participants' offices, as Japanese press names them. */
export const OFFICES_JA: Record<string, string> = {
  'Prime Minister': '首相',
  'Prime Minister (host)': '首相（議長国）',
  President: '大統領',
  'President (guest)': '大統領（招待国）',
  'US Trade Representative': '米通商代表部（USTR）代表',
  'Ambassador to the United States': '駐米大使',
  'Secretary of State': '国務長官',
  'Secretary of Defense': '国防長官',
  'Minister for Foreign Affairs': '外務大臣',
  'Minister of Defense': '防衛大臣',
};
