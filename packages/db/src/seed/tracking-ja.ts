/**
 * The seed's Japanese translations of its tracking text (docs/i18n.md): each dispute's topic,
 * note and claims, each lineage link's note and each target date's note, written by us from
 * our English for editors to review, like translations-ja.ts. Keyed by commitment slug and the
 * row's place in its list (`#1` is the first dispute or link), the target by the slug.
 */

export interface DisputeJapanese {
  topic: string;
  note: string;
  /** One per claim, in the English order. */
  claims: string[];
}

export const DISPUTES_JA: Record<string, DisputeJapanese> = {
  'strengthen-japan-us-alliance #1': {
    topic: '在日米軍の統合軍司令部への改編（機能強化）は実施されるのか（2025年3月）',
    note: '報じられた経費削減案よりも、国防長官自身がその後に行った発表の方が重いと判断し、機能強化は実施されるものとして扱う。',
    claims: [
      'USNI NewsはCNNの報道を引用し、経費削減に関する国防総省の文書が、計画されていた在日米軍の機能強化の中止を挙げていたと報じた。',
      'その5日後、米国防長官は機能強化の第1段階が始まったと発表した。',
      '2025年10月には、同長官は第2段階がまもなく始まると述べた。',
    ],
  },
  'us-extended-nuclear-deterrence #1': {
    topic: '拡大抑止に関するガイドラインの日付',
    note: '同じ発表をワシントンから見たか、東京から見たかの違いである。日本時間に基づき、12月27日とする。',
    claims: [
      '米軍備管理協会は、ガイドラインの日付を2024年12月26日としている。',
      '時事通信は2024年12月27日としている。',
    ],
  },
  'counter-china-coercion #1': {
    topic: 'トランプ大統領は台湾をめぐって中国を刺激しないよう高市首相に伝えたのか（2025年11月）',
    note: '一方は匿名の情報源に基づく新聞報道、もう一方は政府による否定であり、第三の説明は得られていない。両方を示し、いずれも確定したものとしては扱わない。',
    claims: [
      'ウォール・ストリート・ジャーナル（WSJ）は、トランプ大統領が日本の新首相との電話会談で、台湾をめぐって中国を刺激しないよう助言したと報じた。',
      '木原稔官房長官は、そのような助言があったことを否定した。',
    ],
  },
  'taiwan-strait-peace-and-stability #1': {
    topic: 'トランプ大統領は台湾をめぐって中国を刺激しないよう高市首相に伝えたのか（2025年11月）',
    note: '一方は匿名の情報源に基づく新聞報道、もう一方は政府による否定であり、第三の説明は得られていない。両方を示し、いずれも確定したものとしては扱わない。',
    claims: [
      'ウォール・ストリート・ジャーナル（WSJ）は、トランプ大統領が日本の新首相との電話会談で、台湾をめぐって中国を刺激しないよう助言したと報じた。',
      '木原稔官房長官は、そのような助言があったことを否定した。',
    ],
  },
  'trilateral-meeting-with-south-korea #1': {
    topic: 'キャンプ・デービッドでの会談は初の日米韓首脳会談だったのか',
    note: '3首脳はそれ以前にも広島などで会談していたが、いずれもより大規模なサミットに合わせたものだった。「初の単独開催」という表現は正確であり、これを用いる。',
    claims: [
      'Livemintは、形式を問わず初の3か国首脳会談だと表現した。',
      'ロイターは、3首脳による初の単独開催の会談だと表現した。',
      '韓国の文化体育観光省は、通算13回目の日米韓首脳会談であり、単独開催としては初めてのものと数えた。',
    ],
  },
  'g7-nuclear-disarmament-and-economic-security #1': {
    topic: '広島ビジョンが発表された日',
    note: '3つの情報源（うち2つは後から振り返って書かれたもの）が5月19日としており、異なるのは1つだけである。広島ビジョンの日付は5月19日とする。',
    claims: [
      'KBSは、2023年5月19日（金）に発表されたと報じた。',
      'NK Newsは、声明が出されたのは土曜日の5月20日だと報じた。',
      '時事通信は、1年後の記事で5月19日としていた。',
      '『ひろしまレポート2024年版』も5月19日としている。',
    ],
  },
  'g7-nuclear-disarmament-and-economic-security #2': {
    topic: 'G7のクリーンエネルギー計画の名称',
    note: '一方の概要における誤記である。G7自身の声明にある名称を用いる。',
    claims: [
      '日本側の概要では、計画の名称が「economic action plan」となっている。',
      'G7の声明では、計画の名称が「economy action plan」となっている。',
    ],
  },
  'semiconductor-and-ai-cooperation #1': {
    topic: '2025年の技術に関する覚書に署名したのは誰で、それはいつか',
    note: '要約サイトは首脳と日付のいずれについても誤っている。覚書そのものに依拠する。',
    claims: [
      'ある要約サイトは、この覚書をバイデン大統領と岸田首相によるものとし、日付を2025年10月18日としていた。',
      'ホワイトハウスの科学技術政策局が公表した覚書の本文からは、覚書がトランプ政権と高市政権の間で2025年10月28日に締結されたことがわかる。',
    ],
  },
  'quantum-and-chip-partnerships #1': {
    topic: 'IBMとグーグルが量子分野のパートナーシップに投じる額',
    note: '量子分野の2件の合意の合計額は1億5000万ドルで一致しているが、内訳は情報源によって異なる。大学自身が示す数字を用いる。',
    claims: [
      'シカゴ大学は、IBMの拠出分を10年間で1億ドル、グーグルの拠出分を最大5000万ドルとしている。',
      'NHKも同じ内訳を示し、すべての拠出表明を合わせた額を2億1000万ドル超としている。',
      'Tech Transfer Centralの見出しはグーグルとの合意を1億ドルとしているが、これはグーグルの拠出分ではなく、プログラム全体の額とみられる。',
      'Philanthropy News Digestは、IBMが2大学にそれぞれ5000万ドル、グーグルがそれぞれ2500万ドルを拠出するとしている。',
    ],
  },
  'quantum-and-chip-partnerships #2': {
    topic: '参加した大学の数',
    note: '2つの数字は異なる対象を数えたもの（すべての合意か、1つのプログラムか）であり、どちらも正しい可能性がある。',
    claims: [
      'NHKは、すべての合意を合わせて13大学としている。',
      'Tech Transfer Centralは、UPWARDSだけで11大学としている。',
    ],
  },
  'quantum-and-chip-partnerships #3': {
    topic: 'パートナーシップと併せて署名された覚書の表題',
    note: 'ホワイトハウスの発表資料は、この文書を大まかに説明していた。署名された文書の表題を用いる。',
    claims: [
      'ホワイトハウスの発表資料は、教育と技術に関する覚書だと説明している。',
      '署名された文書の表題は、教育のみに関する覚書となっている。',
    ],
  },
  'tokyo-startup-hub-with-mit #1': {
    topic: 'キャンパスの所在地と敷地の広さ',
    note: '1本のコラムを除き、すべての情報源が目黒区と渋谷区を挙げている。面積は報道によってまちまちである。公式の敷地計画が見つかるまで、結論は保留とする。',
    claims: [
      'JNN/TBSは、目黒区と渋谷区にある2万平方メートル超の用地と報じた。',
      '日刊建設工業新聞は、防衛関係の研究施設の跡地にある約2万2000平方メートルの用地と報じた。',
      '建通新聞は約2.5ヘクタールと報じた。',
      '与党議員によるコラムは、所在地を目黒区と品川区とし、面積を2万5000平方メートル超としていた。',
      '報道によれば、有識者会議の提言は渋谷区と目黒区を挙げている。',
    ],
  },
  'tokyo-startup-hub-with-mit #2': {
    topic: 'キャンパスに関する2022年度予算',
    note: '両者は異なるものを数えている可能性がある（個別の予算項目か、他の支出を含む総額か）。決着をつけられる公式の予算資料は見つかっていない。',
    claims: [
      'Sustainable Japanは、内閣府分として9億円、文部科学省分として同額を報じている。',
      '建通新聞は、総額75億円と報じている。',
    ],
  },
  'tokyo-startup-hub-with-mit #3': {
    topic: '基本方針が決定された時期',
    note: '別々の文書である可能性がある。政府の基本方針については2024年8月とする。',
    claims: [
      '2023年のある記事は、基本方針がある月の30日に公表されたと報じているが、その月を明記していない。',
      '城内大臣は、基本方針を2024年8月のものとしている。',
      '科学技術振興機構は、2024年秋に基本方針について伝えた。',
    ],
  },
  'tokyo-startup-hub-with-mit #4': {
    topic: 'キャンパスの運営主体と、一部が開設される時期',
    note: 'この投稿は公式の記録と矛盾しており、これを裏付ける情報源もほかにない。この投稿には依拠しない。',
    claims: [
      '2025年7月のある投稿は、経済産業省と東京都が担当し、キャンパスの最初の部分が2025年度に開設されるとしていた。',
      '内閣府自身の記録では、事業は内閣府と内閣官房が主導している。',
    ],
  },
  'support-micron-hiroshima-plant #1': {
    topic: '2022年の補助金の額',
    note: '端数処理による違いである。SemiMediaによる2025年時点の総額7745億円は、465億円として計算すると合う。',
    claims: ['共同通信は約465億円としている。', 'AP通信は最大466億円としている。'],
  },
  'support-micron-hiroshima-plant #2': {
    topic: '日本が1920億円を承認した時期',
    note: '主要な通信社2社の日付が一致しているため、2023年10月3日とする。',
    claims: [
      '時事通信は2023年10月3日に決定を報じた。',
      'ブルームバーグも、サウスチャイナ・モーニング・ポスト経由で、同じ日に報じた。',
      'ドイツのある業界サイトは12月10日としている。',
    ],
  },
  'support-micron-hiroshima-plant #3': {
    topic: '広島で1γ（1ガンマ）世代の半導体の生産が始まる時期',
    note: '未確定であり、そうした生産が始まったことを確認できる情報源は見つかっていない。',
    claims: [
      'マイクロンジャパンのトップは2023年12月、2025年に開始すると述べた。',
      '時事通信は2023年10月、2026年と報じた。',
      '共同通信も2026年としていた。',
    ],
  },
  'support-micron-hiroshima-plant #4': {
    topic: '広帯域メモリー（HBM）工場の着工時期',
    note: '早い方の日付は2026年の誤記とみられる。2026年5月とする。',
    claims: [
      'ロイター経由の日本経済新聞の報道は、2026年5月の着工としている。',
      '別のサイトは、その1年前の着工としている。',
    ],
  },
  'critical-minerals-supply-chains #1': {
    topic: '2025年の鉱物に関する枠組みの日付',
    note: '署名は1回であり、時差による違いである。東京での日付である10月28日とする。',
    claims: [
      'ホワイトハウスの文書の日付は、米国時間の2025年10月27日となっている。',
      '東京での署名を伝えた報道は、2025年10月28日としている。',
    ],
  },
  'critical-minerals-supply-chains #2': {
    topic: 'G7の5項目からなる鉱物計画が始まった時期',
    note: 'Mining Indabaの日付は誤りである。KallanishとIOM3に従う。',
    claims: [
      'Mining Indabaは、この計画が2025年6月にカナダで開かれたG7サミットで承認されたとしている。',
      'KallanishとIOM3は、計画が2023年に日本の議長国の下で始まり、2024年に前進したとしている。',
    ],
  },
  'continue-supporting-ukraine #1': {
    topic: '日本によるウクライナ支援の総額',
    note: '時点も数えている対象も異なっており、矛盾ではない。',
    claims: [
      'AP通信は2023年12月、日本の支援を70億ドル超としていた。',
      '時事通信は2024年6月、新たな拠出表明を含めて121億ドルとしていた。',
    ],
  },
  'continue-supporting-ukraine #2': {
    topic: '日本による2025年の融資の規模',
    note: '署名された円建ての額は4719億円である。ドル建ての数字は為替相場によって変動し、5200億円はそれ以前の計画額である。',
    claims: [
      'United24が伝えたウクライナ財務省の発表は、4719億円（約30億ドル）としている。',
      'avia-proが伝えたロイターの数字は約33億ドルで、2024年の共同通信の報道は5200億円の計画としている。',
    ],
  },
  'continue-supporting-ukraine #3': {
    topic: '日・ウクライナ支援・協力アコードの期間',
    note: 'アコードの期間は10年であり、20年とする見出しは誤りである。',
    claims: [
      'ロイターは10年間の協定と報じている。',
      '時事通信も10年間と報じている。',
      'Devdiscourseの見出しは20年間の協定としている。',
    ],
  },
  'continue-supporting-ukraine #4': {
    topic: '米国によるウクライナ支援の総額',
    note: '両者の数字はおそらく異なる対象や時点を数えたものだが、どちらの情報源も集計の方法を説明していない。未解決である。',
    claims: ['The Deep Diveは1750億ドルとしている。', 'Macrosferaは1800億ドル超としている。'],
  },
  'continue-supporting-ukraine #5': {
    topic: '2025年に米国が支援を一時停止した時期',
    note: 'AP通信に従う。それより早い日付を裏付ける情報源はほかにない。',
    claims: [
      'AP通信は、一時停止が2025年3月3日（月）に命じられたと報じている。',
      '信頼性の低いあるサイトは2月28日としている。',
    ],
  },
};

export const LINEAGE_NOTES_JA: Record<string, string> = {
  'strengthen-japan-us-alliance #1':
    'キャンプ・デービッドでの会談に関する日本側の概要は、同盟と米国による防衛の約束を改めて確認している。',
  'strengthen-japan-us-alliance #2': '指揮統制の見直しを打ち出した声明。',
  'strengthen-japan-us-alliance #3': '閣僚らは、岸田首相が広島で用いたのとほぼ同じ言葉を使った。',
  'strengthen-japan-us-alliance #4': '同盟をめぐる表明は、米国の政権交代を経ても引き継がれた。',
  'strengthen-japan-us-alliance #5':
    '日本の新首相が、トランプ大統領との初の首脳会談で改めて表明した。',
  'us-extended-nuclear-deterrence #1': 'G7の軍縮に関する文書は、核抑止の役割を残した。',
  'us-extended-nuclear-deterrence #3': '拡大抑止に関する初の閣僚会合。',
  'us-extended-nuclear-deterrence #4': '時事通信の要約によれば、声明は核の傘を取り上げている。',
  'north-korea-nuclear-missile-programs #1':
    'G7は、北朝鮮の大量破壊兵器に関する目標を改めて表明した。',
  'north-korea-nuclear-missile-programs #2':
    'キャンプ・デービッドでの会談では、ミサイル警戒情報の共有体制と毎年の共同訓練が加わった。',
  'north-korea-nuclear-missile-programs #3': 'リマでの会談で設けられた事務局。',
  'counter-china-coercion #1': '南シナ海における中国の行動について3首脳が示した文言。',
  'counter-china-coercion #2': '2023年の文言より強く、より具体的である。',
  'address-china-coercive-behavior #2': '経済的威圧に対抗するためにG7が立ち上げた仕組み。',
  'taiwan-strait-peace-and-stability #4':
    'TVBSの報道による。この点に関する声明自体の文言は確認していない。',
  'taiwan-strait-peace-and-stability #5':
    '2023年の文言より強い表現で、台湾の国際機関への参加に対する支持も盛り込んでいる。',
  'trilateral-meeting-with-south-korea #1': '単独で開かれた初の3か国首脳会談。',
  'trilateral-meeting-with-south-korea #2': '危機に際して互いに速やかに協議するとの約束。',
  'trilateral-meeting-with-south-korea #3': '3首脳が再び会談し、常設の事務局の設置で合意した。',
  'g7-nuclear-disarmament-and-economic-security #3':
    '日本側の概要によれば、経済安全保障がG7サミットの議題となったのはこれが初めてだった。',
  'semiconductor-and-ai-cooperation #1':
    '2022年の東京での首脳会談で、次世代半導体に関する共同タスクフォースが設置された。',
  'semiconductor-and-ai-cooperation #2':
    '日本の議長国のもとで始まった、AIのルールづくりをめぐるG7の取り組み。',
  'semiconductor-and-ai-cooperation #4':
    'ホワイトハウスの科学技術政策局と日本の内閣府との間の覚書。',
  'quantum-and-chip-partnerships #1':
    'ワシントンで発表されたAI分野のパートナーシップは、広島で署名された大学と企業による協定に続く、新たな一連の協定として示された。',
  'critical-minerals-supply-chains #1':
    '2022年の東京での首脳会談で、岸田首相は、両国がパートナーと協力して重要鉱物の供給の多様化に取り組むと述べた。',
  'critical-minerals-supply-chains #2':
    '広島での会談の7週間前に署名され、この約束が引き継いでいる二国間協定。',
  'critical-minerals-supply-chains #3':
    'その後のG7の文書は、この計画が2023年の日本の議長国のもとで始まったとしている。',
  'critical-minerals-supply-chains #5': '期限付きの個別の約束を定めた枠組み。',
  'continue-supporting-ukraine #3':
    'この約束のうち日本が担う部分を、10年間の支援・協力アコードに定めたもの。',
};

export const TARGET_NOTES_JA: Record<string, string> = {
  'trilateral-meeting-with-south-korea': 'G7サミット（2023年5月19～21日）の機会に',
  'g7-nuclear-disarmament-and-economic-security': 'G7サミットの会期中',
  'tokyo-startup-hub-with-mit': '内閣官房によれば2028年度（2028年4月から）',
  'us-japan-minerals-investment-ministerial':
    '2025年10月28日に署名された枠組みから180日以内（2026年4月26日ごろ）',
  'us-japan-minerals-project-financing': '2025年10月28日に署名された枠組みから6か月以内',
};
