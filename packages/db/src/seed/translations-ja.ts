import {
  type CommitmentInput,
  type MeetingInput,
  type PartyInput,
  textHash,
  type ThemeInput,
  type TranslatedText,
} from '@accord/domain';
import { JAPANESE_FROM } from './japanese-from';
import { MEETINGS_JA, OFFICES_JA, PARTIES_JA, PERSONS_JA } from './catalog-ja';
import { STATUS_NOTES_JA } from './status-notes-ja';
import { DISPUTES_JA, LINEAGE_NOTES_JA, TARGET_NOTES_JA } from './tracking-ja';

/**
 * A seeded translation: the Japanese, and the fingerprint of the English it was written from,
 * as recorded in japanese-from.ts when it was written (not of the English as it is now). So an
 * English text edited since shows its Japanese as older than the English, and seed.test fails
 * until the Japanese is revised and `pnpm --filter @accord/db seed:japanese-from` records the
 * new English. Run with a collector (that command), it records the English as it is now.
 */
function seeded(key: string, english: string, text: string): TranslatedText {
  const collector = (globalThis as { __japaneseFrom?: Record<string, string> }).__japaneseFrom;
  if (collector) {
    collector[key] = textHash(english);
    return { text, from: collector[key] };
  }
  const from = JAPANESE_FROM[key];
  if (!from) {
    throw new Error(
      `The seed's Japanese for ${key} has no recorded English: run pnpm --filter @accord/db seed:japanese-from`,
    );
  }
  return { text, from };
}

/**
 * The seed's Japanese translations of our own text (docs/i18n.md): each theme's title, summary
 * and brief, each commitment's title and summary, each status note (status-notes-ja.ts) and
 * each meeting account's topic and note. Written by us from our English
 * summaries, for editors to review in the admin's side-by-side section like any translation.
 * Quotes are never translated: they stay in the words and language of their source.
 *
 * Each is stored against the English it was written from (`seeded`, japanese-from.ts), so an
 * edit of the English in the seed shows the Japanese as older than the English until it is
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
      '日本政府関係者の説明によると、両首脳は米国が日本に提供する核抑止が日本と東アジアの安全保障に不可欠であると確認した。「不可欠」という言葉はこの関係者のもので、ホワイトハウスの発表は代わりに「コミットメント」という言葉を使っている。',
  },
  'north-korea-nuclear-missile-programs': {
    title: '北朝鮮の核・ミサイル計画を含む地域の安全保障上の課題に共に取り組む',
    summary:
      'ホワイトハウスによると、両首脳は地域の安全保障上の課題に共同で取り組むことを約束した。ホワイトハウスはその一つとして北朝鮮の核・弾道ミサイル計画を挙げている。',
  },
  'counter-china-coercion': {
    title: '中国政府の強硬な振る舞いに緊密に連携して対処する',
    summary:
      '報道は冒頭で、両首脳が中国政府の強硬な行動への対応で緊密に協力することで合意したと伝えた。この表現は報道自身の要約で、どちらの政府の発言ともされていない。中国の威圧についてのホワイトハウスのより限定的な表現は、別の合意として追跡している。',
  },
  'address-china-coercive-behavior': {
    title: 'ホワイトハウスが威圧的と評した中国の行動に共に取り組む',
    summary:
      'ホワイトハウスは報道発表で、両首脳が地域の安全保障上の課題に共同で取り組むことを約束したとし、威圧的で国際法に反するとホワイトハウスが評した中国の行動を挙げた。これは米国側の説明で、報道によれば日本の外務省はむしろ共通の課題で中国と協力することに重点を置いた。',
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
      '約束ではなく議題である。報道によると、両首脳はサミットで他のG7首脳とともに核軍縮と経済安全保障を取り上げる予定だった。これを「予定」として記録し、サミットが両分野について首脳文書をまとめたかどうかで評価する。',
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
    title: '東京にMITと組むスタートアップ拠点、早ければ2028年から',
    summary:
      '岸田首相はバイデン大統領に対し、マサチューセッツ工科大学（MIT）と共同でスタートアップの立ち上げを支援する拠点を東京に設けることを日本が検討していると伝えた。開設は早くても2028年となる。日本政府は年度で数えるため、2028年度、すなわち2028年4月以降を意味する。',
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
  'us-japan-minerals-investment-ministerial': {
    title: '鉱業・鉱物・金属への投資に関する日米閣僚会合を180日以内に開催する',
    summary:
      '2025年10月に東京で署名された重要鉱物に関する枠組みは、両政府に対し、鉱業・鉱物・金属への投資に関する閣僚会合を180日以内に開催するよう定めた。これは、鉱物サプライチェーンに関する2023年の約束のうち、期限が定められた部分である。',
  },
  'us-japan-minerals-project-financing': {
    title: '選定した鉱物関連事業に6か月以内に資金を供与する',
    summary:
      '同じ2025年10月の枠組みは、両政府に対し、選定した採掘・加工事業への資金供与を6か月以内に行うよう定めた。これは、鉱物サプライチェーンに関する2023年の約束のうち、期限が定められた部分である。',
  },
};

/** Each theme brief in Japanese (Markdown, paragraph for paragraph as the English). */
export const THEME_BRIEFS_JA: Record<string, string> = {
  security:
    '岸田首相とバイデン大統領が広島で述べたことの大半は、両政府がすでに示していた立場の再確認だった。それでも追跡する価値はある。再確認からは、サミットを目前にして双方がどの約束を記録に残しておきたかったのかがわかり、その後の行動がそれに見合っているかどうかも確かめられる。\n\n**述べられたこと**。両首脳は同盟を地域の安定の基盤と位置づけ、日本政府関係者によれば、日本に対する米国の核の傘は不可欠だと述べた。ホワイトハウスは、両首脳が地域の安全保障上の課題に共に取り組むとし、北朝鮮の兵器開発計画と中国の威圧的な行動を挙げた。元の報道自体の要約は、より広く、中国の強硬な振る舞いに共に対処すると述べていた。台湾海峡の平和の重要性については、両政府の発表がそれぞれの言葉で改めて確認した。\n\n**新たな要素**は韓国への歩み寄りだった。バイデン大統領は韓国との関係修復に向けた岸田首相の努力を称賛し、外交筋によれば、両首脳はサミットの機会に尹大統領を交えた3か国会談を検討していた。会談はサミット最終日の2023年5月21日に開かれた。\n\n**広島以降**。この3か国会談は、2023年8月のキャンプ・デービッドでの首脳会談、2023年12月に運用が始まった3か国のミサイル警戒情報の共有体制、毎年の共同訓練、そして2024年11月のリマでの会談を機に設けられた常設事務局につながった。日米両政府は日本に駐留する両国部隊の指揮統制の見直しに着手し、核の傘をめぐる初の閣僚会合を開き、そのガイドラインを策定した。中国と台湾に関する立場は、米国の新政権の下も含め、2025年まで首脳会談で繰り返し確認された。2025年11月の、真偽が争われている報道については、日本政府による否定とあわせて示している。\n\n**評価の方法**。再確認に終着点があることはまれである。裏付けとなる具体的な取り組みが続いている場合は*進行中*とし、その後の出典のある出来事によって判断材料が得られるまでは*未評価*のままとする。',
  chips:
    '広島での会談の目玉は技術だった。先端半導体をめぐる米中の競争が激しさを増すなか、日米両政府は半導体と人工知能（AI）分野の協力を深めることで合意した。\n\n**具体的な中身**は控えめだが、検証は可能である。両政府は、日米の企業や大学を結ぶ新たなパートナーシップを立ち上げる意向を示し、量子コンピューターと半導体を挙げた。日本は米国に対し、スタートアップの立ち上げを支援する拠点を米マサチューセッツ工科大学（MIT）と共に東京に設けることを検討していると伝えた。開設は早くても2028年である。また岸田首相は、広島県にあるマイクロンの工場を半導体協力の模範として挙げ、今後も支援を受け続けるべきだとした。\n\n**文言の読み方**。合意したと報じられているのは、半導体とAIに関する大枠の約束だけである。パートナーシップは計画段階、スタートアップ拠点は検討段階にとどまり、マイクロンに関する発言は約束ではなく支持の表明である。この違いは各約束の*表現の強さ*として記録し、読者がそれに応じて重みを判断できるようにしている。\n\n**広島以降**。企業と大学のパートナーシップは3日以内に、具体的な提携先と資金を明示して署名された。閣僚は数週間のうちに半導体分野の取り組みをAIと量子に広げ、2024年4月には新たなAI研究パートナーシップが、2025年10月には技術に関する覚書が続いた。日本政府はマイクロンの広島工場に対し、2023年と2025年に多額の補助金を承認した。スタートアップ・キャンパスには予算、用地計画、基本方針があるものの、開設は早くても2028年度であり、MITが署名した合意は確認できなかった。',
  minerals:
    'レアアースから半導体製造の原材料まで、現代の産業に欠かせない多くの素材の採掘と加工は中国が握っている。広島で日米両国は、多様かつ強靱な重要鉱物のサプライチェーン、つまり単一の供給元への依存が小さく、衝撃にもよりよく耐えられるサプライチェーンの構築に取り組むことで合意した。\n\nこの約束は事業、相手、量、期日のいずれも示していないため、その後の動きによって評価する。約束は両国が2023年3月に署名した協定を引き継ぐもので、G7も広島サミットそのものの場で鉱物資源の安全保障を取り上げた。2025年10月、両政府は、選定した事業への資金供与と投資に関する閣僚会合という、期限付きの次の措置を盛り込んだ枠組みに署名した。これらは2026年に期限を迎える個別の合意として追跡している。',
  ukraine:
    'ロシアによる全面侵攻から15か月、両首脳はウクライナの防衛を引き続き支援することを確認した。この表明は、ロシアの戦争が主要議題の一つとなったG7サミットの前日に行われた。\n\n広島での文言は金額も期限も定めておらず、継続の意思を示すものである。当時、両政府ともに支援を実施していたため、当初から*進行中*と評価した。\n\n**二つの流れ**。その後、両政府の歩みは分かれたため、このページではそれぞれを示している。日本の支援は途切れることなく続いている。新たな支援表明、復興会議、2024年の10年間の支援・協力アコード、そして2025年の、凍結されたロシア資産から返済される融資である。米国の支援は2025年3月に約1週間停止し、その後、米国以外のNATO加盟国が米国製兵器の費用を負担する方式に移行した。全体のステータスは引き続き編集部による一つの判断であり、その理由は注記で説明している。',
};

/**
 * Each meeting account's topic and note in Japanese, keyed by the meeting's slug and the English
 * topic. The quotes in the account are never translated.
 */
export const ACCOUNTS_JA: Record<string, { topic: string; note: string }> = {
  'kishida-biden-hiroshima-2023 China': {
    topic: '中国',
    note: '米側の発表は中国による威圧を前面に出している。報道によれば、日本側の説明は、共通の課題について中国と協力することにも触れている。',
  },
  'kishida-biden-hiroshima-2023 Extended deterrence': {
    topic: '拡大抑止',
    note: '双方とも、米国が日本を防衛するという約束に言及している。それが核兵器を含むと明言しているのは日本側だけで、米側の発表は核兵器に触れていない。',
  },
  'kishida-biden-hiroshima-2023 South Korea': {
    topic: '韓国',
    note: '米政府は韓国との関係改善を岸田首相個人の功績としている。日本政府の説明では、バイデン大統領が隣国同士である両国の関係改善を歓迎したとされている。',
  },
  'kishida-biden-hiroshima-2023 Taiwan': {
    topic: '台湾',
    note: '米側の発表は、決意を示し、力によるいかなる現状変更にも反対するとしている。報道によれば、日本側の説明は、両岸問題の平和的解決を強調している。',
  },
  'kishida-biden-hiroshima-2023 Technology': {
    topic: '技術',
    note: '米側の発表は米国の大学名と教育分野の覚書を挙げている。日本側はMITと共同のスタートアップ・キャンパスと広島のマイクロン工場を前面に出しているが、いずれも米側の発表には出てこない。',
  },
  'kishida-biden-hiroshima-2023 Nuclear disarmament': {
    topic: '核軍縮',
    note: '日本側の説明では、岸田首相が核兵器の廃絶を強く求めたとされている。米側の発表は軍縮に触れず、安全保障をめぐる協議を地域の問題として位置づけている。',
  },
};

/** The translations of a record we have Japanese for, against its English as it is. */
function japaneseOf(
  kind: 'theme' | 'commitment',
  record: { slug: string; title: string; summary: string },
  table: Record<string, Japanese>,
) {
  const ja = table[record.slug];
  if (!ja) return undefined;
  return {
    title: seeded(`${kind}:${record.slug}:title`, record.title, ja.title),
    summary: seeded(`${kind}:${record.slug}:summary`, record.summary, ja.summary),
  };
}

/** A seeded theme with its Japanese title, summary and brief, when we have them. */
export function themeWithJapanese(theme: ThemeInput): ThemeInput {
  const ja = japaneseOf('theme', theme, THEMES_JA);
  if (!ja) return theme;
  const brief = THEME_BRIEFS_JA[theme.slug];
  return {
    ...theme,
    translations: {
      ja: {
        ...ja,
        ...(brief && theme.brief
          ? { brief: seeded(`theme:${theme.slug}:brief`, theme.brief, brief) }
          : {}),
      },
    },
  };
}

/**
 * The key of a status update's note in STATUS_NOTES_JA: the commitment, the day, the assessed
 * party if any, and `#n` for the n-th update of the same key.
 */
export function statusNoteKey(
  slug: string,
  update: { effectiveOn: string; party?: string | null },
  nth: number,
): string {
  const key = `${slug} ${update.effectiveOn}${update.party ? ` ${update.party}` : ''}`;
  return nth > 1 ? `${key} #${nth}` : key;
}

/**
 * A seeded commitment with its Japanese title, summary, target note, status notes, lineage
 * notes and disputes, when we have them.
 */
export function commitmentWithJapanese(commitment: CommitmentInput): CommitmentInput {
  const ja = japaneseOf('commitment', commitment, COMMITMENTS_JA);
  const targetNote = commitment.target?.note ? TARGET_NOTES_JA[commitment.slug] : undefined;
  const lineage = commitment.lineage?.map((link, i) => {
    const key = `${commitment.slug} #${i + 1}`;
    const note = link.note ? LINEAGE_NOTES_JA[key] : undefined;
    return note && link.note
      ? { ...link, translations: { ja: { note: seeded(`lineage:${key}`, link.note, note) } } }
      : link;
  });
  const disputes = commitment.disputes?.map((dispute, i) => {
    const key = `${commitment.slug} #${i + 1}`;
    const jd = DISPUTES_JA[key];
    if (!jd) return dispute;
    return {
      ...dispute,
      translations: {
        ja: {
          topic: seeded(`dispute:${key}:topic`, dispute.topic, jd.topic),
          note: seeded(`dispute:${key}:note`, dispute.note, jd.note),
        },
      },
      claims: dispute.claims.map((claim, j) => {
        const text = jd.claims[j];
        return text
          ? {
              ...claim,
              translations: { ja: { claim: seeded(`claim:${key} #${j + 1}`, claim.claim, text) } },
            }
          : claim;
      }),
    };
  });
  const seen = new Map<string, number>();
  const history = commitment.history.map((update) => {
    const base = statusNoteKey(commitment.slug, update, 1);
    const nth = (seen.get(base) ?? 0) + 1;
    seen.set(base, nth);
    const key = statusNoteKey(commitment.slug, update, nth);
    const note = STATUS_NOTES_JA[key];
    return note
      ? { ...update, translations: { ja: { note: seeded(`status:${key}`, update.note, note) } } }
      : update;
  });
  const own =
    ja || targetNote
      ? {
          translations: {
            ja: {
              ...ja,
              ...(targetNote && commitment.target?.note
                ? {
                    targetNote: seeded(
                      `commitment:${commitment.slug}:targetNote`,
                      commitment.target.note,
                      targetNote,
                    ),
                  }
                : {}),
            },
          },
        }
      : {};
  return { ...commitment, history, lineage, disputes, ...own };
}

/** A seeded meeting with its own Japanese text and its accounts', when we have them. */
export function meetingWithJapanese(meeting: MeetingInput): MeetingInput {
  const own = MEETINGS_JA[meeting.slug];
  const accounts = meeting.accounts?.map((account) => {
    const key = `${meeting.slug} ${account.topic}`;
    const ja = ACCOUNTS_JA[key];
    if (!ja) return account;
    return {
      ...account,
      translations: {
        ja: {
          topic: seeded(`account:${key}:topic`, account.topic, ja.topic),
          note: seeded(`account:${key}:note`, account.note, ja.note),
        },
      },
    };
  });
  const participants = meeting.participants.map((participant) => {
    const name = PERSONS_JA[participant.name];
    const office = OFFICES_JA[participant.office];
    if (!name && !office) return participant;
    return {
      ...participant,
      translations: {
        ja: {
          ...(name ? { name: seeded(`person:${participant.name}`, participant.name, name) } : {}),
          ...(office
            ? { office: seeded(`office:${participant.office}`, participant.office, office) }
            : {}),
        },
      },
    };
  });
  const translations = own && {
    ja: {
      title: seeded(`meeting:${meeting.slug}:title`, meeting.title, own.title),
      place: seeded(`meeting:${meeting.slug}:place`, meeting.place, own.place),
      summary: seeded(`meeting:${meeting.slug}:summary`, meeting.summary, own.summary),
      ...(own.context && meeting.context
        ? { context: seeded(`meeting:${meeting.slug}:context`, meeting.context, own.context) }
        : {}),
    },
  };
  return { ...meeting, accounts, participants, ...(translations ? { translations } : {}) };
}

/** A seeded party with its Japanese names and description, when we have them. */
export function partyWithJapanese(party: PartyInput): PartyInput {
  const ja = PARTIES_JA[party.slug];
  if (!ja) return party;
  return {
    ...party,
    translations: {
      ja: {
        name: seeded(`party:${party.slug}:name`, party.name, ja.name),
        shortName: seeded(`party:${party.slug}:shortName`, party.shortName, ja.shortName),
        ...(ja.description && party.description
          ? {
              description: seeded(
                `party:${party.slug}:description`,
                party.description,
                ja.description,
              ),
            }
          : {}),
      },
    },
  };
}
