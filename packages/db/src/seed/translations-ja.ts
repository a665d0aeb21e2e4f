import { type CommitmentInput, translate, type ThemeInput } from '@accord/domain';

/**
 * The seed's Japanese translations of our own text (docs/i18n.md): each theme's title and
 * summary, and each Hiroshima commitment's title and summary. Written by us from our English
 * summaries, for editors to review in the admin's side-by-side section like any translation.
 * Quotes are never translated: they stay in the words and language of their source.
 *
 * Each is stored against the English it translates (`translate` records its fingerprint), so
 * an edit of the English in the seed shows the Japanese as older than the English until it is
 * translated again (seed.test.ts checks that none is).
 */

interface Japanese {
  title: string;
  summary: string;
}

export const THEMES_JA: Record<string, Japanese> = {
  security: {
    title: '安全保障と抑止',
    summary: '日米同盟、核抑止、北朝鮮、中国と台湾海峡、そして韓国を交えた3か国会談の可能性。',
  },
  chips: {
    title: '半導体・AI・先端技術',
    summary:
      '半導体と人工知能、量子技術と大学間の連携、MITと組むスタートアップ拠点、広島のマイクロン工場。',
  },
  minerals: {
    title: '重要鉱物',
    summary: '半導体や電池、防衛を支える鉱物のサプライチェーン。',
  },
  ukraine: {
    title: 'ウクライナ支援',
    summary: 'ロシアの侵略から自国を守るウクライナへの継続的な支援。',
  },
};

export const COMMITMENTS_JA: Record<string, Japanese> = {
  'strengthen-japan-us-alliance': {
    title: '日米安全保障同盟の強化を続ける',
    summary:
      '両首脳は安全保障同盟の強化が重要だと改めて表明した。岸田首相は同盟をインド太平洋の平和と安定の基盤と位置づけ、バイデン大統領は両国が共に行動すれば世界はより安全になると述べた。',
  },
  'us-extended-nuclear-deterrence': {
    title: '日本に対する米国の核抑止を不可欠と認める',
    summary:
      '日本政府関係者の説明によると、両首脳は米国が日本に提供する核抑止が日本と東アジアの安全保障に不可欠であると確認した。不可欠という言葉はこの関係者のもので、ホワイトハウスの発表は代わりにコミットメントという言葉を使っている。',
  },
  'north-korea-nuclear-missile-programs': {
    title: '北朝鮮の計画を含む地域の安全保障上の課題に共に取り組む',
    summary:
      'ホワイトハウスによると、両首脳は地域の安全保障上の課題に共同で取り組むことを約束し、その一つとして北朝鮮の核・弾道ミサイル計画を挙げた。',
  },
  'counter-china-coercion': {
    title: '中国政府の強硬な振る舞いに緊密に連携して対処する',
    summary:
      '報道は冒頭で、両首脳が中国政府の強硬な行動への対応で緊密に協力することで合意したと伝えた。この表現は報道自身の要約で、どちらの政府の発言ともされていない。中国の威圧についてのホワイトハウスのより限定的な表現は、別の合意として追跡している。',
  },
  'address-china-coercive-behavior': {
    title: 'ホワイトハウスが威圧的と評した中国の行動に共に取り組む',
    summary:
      'ホワイトハウスは報道発表で、両首脳が地域の安全保障上の課題に共同で取り組むことを約束したとし、威圧的で国際法に反すると同国が評する中国の行動を挙げた。これは米国側の説明で、報道によれば日本の外務省はむしろ共通の課題で中国と協力することに重点を置いた。',
  },
  'taiwan-strait-peace-and-stability': {
    title: '台湾海峡の平和と安定',
    summary:
      '台湾に対する中国政府の圧力への懸念から、両政府はそれぞれの発表で台湾海峡の平和と安定の重要性を改めて示した。共同声明は出されず、両政府の発表は異なる言葉を選んだ。',
  },
  'trilateral-meeting-with-south-korea': {
    title: 'G7の機会に韓国を交えた3か国会談',
    summary:
      '岸田首相とバイデン大統領は、サミットの期間中に尹錫悦（ユン・ソンニョル）大統領との3か国会談を検討していた。最近の日韓関係の改善を踏まえたもので、バイデン大統領は岸田首相のその取り組みを称賛した。',
  },
  'g7-nuclear-disarmament-and-economic-security': {
    title: 'G7で核軍縮と経済安全保障を協議する（議題）',
    summary:
      '約束ではなく議題である。報道によると、両首脳はサミットで他のG7首脳とともに核軍縮と経済安全保障を取り上げる予定だった。私たちはこれを計画として記録し、サミットが両分野について首脳の文書をまとめたかどうかで評価する。',
  },
  'semiconductor-and-ai-cooperation': {
    title: '半導体とAIでの協力を強化する',
    summary:
      '米中の技術競争が激しさを増すなか、両首脳は半導体と人工知能をめぐる二国間の取り組みを深めることで合意した。',
  },
  'quantum-and-chip-partnerships': {
    title: '量子と半導体での企業・大学の新たな連携',
    summary:
      '両政府は日米の企業と大学を結ぶ新たな提携の計画を発表し、例として量子コンピューターと半導体を挙げた。',
  },
  'tokyo-startup-hub-with-mit': {
    title: '東京にMITと組むスタートアップ拠点、早くて2028年から',
    summary:
      '岸田首相はバイデン大統領に対し、マサチューセッツ工科大学（MIT）と共同でスタートアップの立ち上げを支援する拠点を東京に設けることを日本が検討していると伝えた。開設は早くても2028年となる。日本の官庁は会計年度で数えるため、2028年4月以降を意味する。',
  },
  'support-micron-hiroshima-plant': {
    title: '広島のマイクロンの半導体工場への支援を続ける',
    summary:
      '岸田首相は、マイクロンの日本法人が運営する広島県の工場を、今後も支援を受けるべき日米の半導体協力の模範として挙げた。',
  },
  'critical-minerals-supply-chains': {
    title: '多様で強靱な重要鉱物のサプライチェーン',
    summary:
      '半導体やレアアースなどの技術と資源で中国が強い立場にあることへの懸念から、両首脳は多様で強靱な重要鉱物のサプライチェーンに向けて取り組むことで合意した。',
  },
  'continue-supporting-ukraine': {
    title: 'ロシアの侵略に立ち向かうウクライナへの支援を続ける',
    summary:
      'ホワイトハウスによると、岸田首相とバイデン大統領は、ロシアの侵略に抵抗するウクライナへの支援を続ける決意を示した。金額や期限は示されていない。',
  },
};

/** The translations of a record we have Japanese for, against its English as it is. */
function japaneseOf(
  record: { slug: string; title: string; summary: string },
  table: Record<string, Japanese>,
) {
  const ja = table[record.slug];
  if (!ja) return undefined;
  return {
    ja: {
      title: translate(record.title, ja.title),
      summary: translate(record.summary, ja.summary),
    },
  };
}

/** A seeded theme with its Japanese title and summary, when we have them. */
export function themeWithJapanese(theme: ThemeInput): ThemeInput {
  const translations = japaneseOf(theme, THEMES_JA);
  return translations ? { ...theme, translations } : theme;
}

/** A seeded commitment with its Japanese title and summary, when we have them. */
export function commitmentWithJapanese(commitment: CommitmentInput): CommitmentInput {
  const translations = japaneseOf(commitment, COMMITMENTS_JA);
  return translations ? { ...commitment, translations } : commitment;
}
