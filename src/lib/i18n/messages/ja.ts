// The interface in Japanese. Every key of en.ts, with the same parameters (`satisfies Messages`).
// Terms follow the atlas's glossary (/work/team/TRANSLATE.md): シベリア出兵, 極東共和国, 北樺太.
import type { DateProblem } from '../../time/parse.ts';
import type { Messages } from './en.ts';

const FORMS = 'YYYY、YYYY-MM、YYYY-MM-DD のいずれか';

/** What is wrong with a typed date or span, in words. */
function dateProblem(p: DateProblem): string {
  switch (p.kind) {
    case 'start':
      return `開始：${dateProblem(p.problem)}`;
    case 'end':
      return `終了：${dateProblem(p.problem)}`;
    case 'backwards':
      return '期間の終わりが始まりより前です';
    case 'empty':
      return `日付を入力してください：${FORMS}`;
    case 'form':
      return `日付の形式：${FORMS}`;
    case 'year':
      return `その年はありません：${p.text}`;
    case 'month':
      return `その月はありません：${p.text}`;
    case 'day':
      return `その日はありません：${p.text}`;
    case 'outside':
      return '地図帳の範囲外です。1855年から1956年までの日付を選んでください';
  }
}

// Statuses drawn alike share one key entry (map/legend.ts merges them by their words).
const COLONY_WORDS = { label: '植民地・保護国：淡い塗り', short: '植民地・保護国（淡色）' };
const LEASE_WORDS = { label: '租借地・鉄道附属地：太い縁取り', short: '租借地・鉄道附属地（縁取り）' };

export const ja = {
  pageTitle: '承認の地図帳：日本とソ連 1855–1956',
  title: '承認の地図帳',
  subtitle: '日本とソ連 1855–1956',
  loading: '地図帳を読み込んでいます…',
  loadProblem: (p) => {
    switch (p?.kind) {
      case 'network':
        return '地図帳のデータをダウンロードできませんでした。接続を確認して、もう一度お試しください。';
      case 'http':
        return `地図帳のデータをダウンロードできませんでした（HTTP ${p.status}）。`;
      case 'json':
        return '地図帳のデータが壊れています（JSON として読めません）。';
      case 'shape':
        return '地図帳のデータが壊れているか、別の版のものです。';
      default:
        return '地図帳のデータを読み込めませんでした。';
    }
  },
  tryAgain: '再試行',
  mapWords: {
    map: '極東の地図。矢印キーで移動、プラスとマイナスで拡大・縮小。',
    zoomIn: '拡大',
    zoomOut: '縮小',
    resetBearing: '北を上に戻す',
    land: '陸地：',
    attribution: '地図の出典を表示・非表示',
  },
  noWebgl: 'このブラウザでは地図を描けません（WebGL が無効か利用できません）。地図帳を下に文章で示します。年表は使えます。',
  language: '言語',

  panels: 'パネル',
  search: '検索',
  menu: 'メニュー',
  atlasMenu: '地図帳',
  story: '物語',
  events: '出来事',
  layers: 'レイヤー',
  sources: '典拠',
  comparedOutlined: (date) => `輪郭線：${date}に有効だった区域`,
  stopComparing: '比較をやめる',

  searchAtlas: '地図帳を検索',
  searchPlaceholder: '地名、区域、出来事：尼港、満洲国…',
  searchResults: '検索結果',
  resultKinds: { place: '地点', zone: '区域', event: '出来事', era: '時代', step: '物語' },
  noPlace: 'その名前のものは地図帳にありません',

  timeline: '年表',
  tellStory: '物語を見る',
  goToDate: `日付へ移動（${FORMS}）`,
  go: '移動',
  date: '日付',
  currentEvent: '現在の出来事',
  recentEvent: '最近の出来事',
  pointerLabel: (event, place) => `${event}：表示範囲外の${place}を表示`,
  pointerTitle: (place) => `${place}を表示`,
  betweenEvents: '出来事の合間',
  previousEvent: '前の出来事',
  previousEventKey: '前の出来事（[）',
  nextEvent: '次の出来事',
  nextEventKey: '次の出来事（]）',
  play: '再生',
  pause: '一時停止',
  playKey: '再生・一時停止（スペース）',
  speed: '速さ',
  speeds: ['1秒に1週間', '1秒に1か月', '1秒に3か月', '1秒に1年'],
  timeSpan: '期間',
  trackScale: '年表の縮尺',
  inTheSpan: '、選択した期間内',
  showWholeStep: '段階全体を表示',
  tickEvents: (n, from) => `${from}から${n}件の出来事`,
  tickEvent: (title, date) => `${title}、${date}`,

  dateProblem,

  dateFrom: (date) => `${date}から`,
  dateAbout: (date) => `${date}頃`,
  dateUncertain: (span) => `${span}（不確実）`,
  inForceOn: (date, zones) => `${date}に有効：${zones}。`,
  nothingInForceOn: (date) => `${date}に有効な区域はありません。`,
  possiblyInForce: (name) => `${name}（有効の可能性：日付が不確実）`,
  currentEventSpoken: (title, date) => `現在の出来事：${title}（${date}）。`,
  betweenEventsSpoken: (previous, next) => `出来事の合間${previous ? `。直前：${previous}` : ''}${next ? `。次：${next}` : ''}。`,
  listSeparator: '、',
  eventWithDate: (title, date) => `${title}（${date}）`,
  citationPage: (page) => `${page}頁`,
  citationFootnote: (n) => `注${n}`,

  atlasPanel: '地図帳のパネル',
  panel: 'パネル',
  closePanel: 'パネルを閉じる',
  tabPlace: '地点',
  tabZone: '区域',

  placeKinds: { city: '都市', port: '港', capital: '首都', site: '現場' },
  inTheArticle: '本論文での表記',
  today: '現在の名称',
  english: '英語',
  russian: 'ロシア語',
  japanese: '日本語',
  chinese: '中国語',
  korean: '朝鮮語',
  alsoCalled: '別名',
  onDay: (date) => `${date}時点`,
  notYetInStory: 'まだ物語に登場しない。',
  earlierRole: 'それ以前：',
  possiblyRole: '可能性あり（日付が不確実）：',
  rolesOverTime: '時期ごとの役割',
  sideInPlan: '計画での立場：',
  sides: { 'japanese-agent': '日本側の駐在員（ソ連の都市）', 'soviet-official': 'ソ連側の官吏（日本統治下の港）' },
  eventsHere: 'ここでの出来事',
  noEventHere: '本論文の日付のある出来事はここでは起きていない。',
  sourcesForPlace: 'この地点の典拠',
  note: '注記',

  zoneInForce: (date) => `${date}に有効`,
  zonePossibly: (date) => `${date}に有効の可能性：日付が不確実または争われている`,
  zoneNotInForce: (date) => `${date}には無効`,
  heldBy: '支配',
  when: '期間',
  area: '面積',
  areaKm2: (n) => `${n} km²`,
  phases: '段階',
  eventsConcerning: '関係する出来事',
  sourcesForZone: 'この区域の典拠',

  share: '共有',
  cite: '引用',
  print: '印刷',
  span: '期間',
  spanTitle: '期間を表示：その間に有効だったものと起きた出来事',
  chronology: '年表',
  layersAndLegend: 'レイヤーと凡例',

  showOnMap: '地図に表示',
  legend: '凡例',
  layerGroups: {
    zones: '国家と区域',
    railways: '鉄道',
    borders: '国境',
    journeys: '旅程',
    agents: '駐在員網（1923年の計画）',
    places: '地点',
    glow: '出来事の光',
  },
  legendEntries: {
    uncertain: { label: '日付が不確実または争われている：淡い色と破線の縁', short: '日付不確実（淡色・破線）' },
    compare: { label: '比較する日付に有効な区域：支配者の色の破線の輪郭と名称', short: '比較日の区域（破線の輪郭）' },
    railway: { label: '鉄道（建設中は破線）', short: '鉄道' },
    border: { label: '北緯50度線の国境', short: '北緯50度線の国境' },
    japaneseAgents: { label: '1923年の計画：ソ連の都市への日本側駐在員', short: '1923年計画：日本側駐在員' },
    sovietOfficials: { label: '1923年の計画：日本統治下の港へのソ連側官吏', short: '1923年計画：ソ連側官吏' },
    glow: { label: '出来事の起きた場所（1年かけて薄れる）。現在の出来事の場所は輪で囲む', short: '最近の出来事' },
  },
  holderEntries: {
    japan: { label: '日本', short: '日本' },
    russia: { label: 'ロシア帝国', short: 'ロシア帝国' },
    soviet: { label: 'ソヴィエト・ロシア、1922年からソ連', short: 'ソヴィエト・ロシア、ソ連' },
    white: { label: '内戦期の白軍政権', short: '白軍政権' },
    fer: { label: '極東共和国', short: '極東共和国' },
    china: { label: '中国：清朝、1912年から中華民国、1949年から中華人民共和国', short: '中国' },
    mongolia: { label: 'モンゴル', short: 'モンゴル' },
    korea: { label: '朝鮮', short: '朝鮮' },
    usa: { label: 'アメリカ合衆国（連合国の占領）', short: 'アメリカ合衆国' },
    none: { label: '帰属先なし：放棄され、帰属先が定められていない', short: '帰属先なし' },
  },
  statusEntries: {
    sovereign: { label: '主権領土：塗りつぶし', short: '主権領土（塗り）' },
    colony: COLONY_WORDS,
    protectorate: COLONY_WORDS,
    leased: LEASE_WORDS,
    'railway-zone': LEASE_WORDS,
    occupation: { label: '軍事占領：斜線', short: '占領（斜線）' },
    'puppet-state': { label: '傀儡国家：交差斜線', short: '傀儡国家（交差斜線）' },
    sphere: { label: '勢力圏：色付きの輪郭', short: '勢力圏（色付き輪郭）' },
    joint: { label: '共同領有：破線', short: '共同領有（破線）' },
    disputed: { label: '領有権の主張・係争：破線', short: '係争地（破線）' },
  },
  mapKey: '凡例',
  readingSwitch: '区域の帰属：事実上か法律上か',
  inFactButton: '事実上',
  inLawButton: '法律上',
  inFact: '事実上',
  inLaw: '法律上',
  zonesByHolder: '区域の帰属：',
  mapLabels: '地図上の地名',
  labelsReader: '自分の言語で',
  labelsThen: '当時の名称で',
  compareTwoDates: '二つの日付を比較',
  compareWith: '比較する日付',
  show: '表示',
  clear: '解除',
  comparedKey: (date) => `${date}に有効だった区域：支配者の色の輪郭線と名称で、表示中の日の色の上に示す`,
  saveAndShare: '保存と共有',
  saveImage: '画像を保存（PNG）',
  downloadDay: '有効なものをダウンロード（GeoJSON）',
  downloadAll: '地図帳全体をダウンロード（GeoJSON）',
  imageAttribution: '陸地：Natural Earth · 歴史：G・G・イスマイロフ「Japanese Recognition of the USSR 1925」',

  theArticle: '本論文',
  quotedInEnglish: '本論文は英語の原文のまま引用する。題名と引用文は翻訳していない。',
  articleParagraphs: '段落（地図帳による番号）',
  bibliography: '本論文の参考文献',
  otherReferences: 'その他の文献',

  storyLabel: '物語',
  stepOf: (n, total) => `${total}段階中の${n}`,
  leaveStory: '物語を終える',
  backToStep: (n) => `段階${n}に戻る`,
  previous: '前へ',
  next: '次へ',
  storyKeys: 'キー：N 次へ、P 前へ、Esc 終了',

  atlasOn: (date) => `${date}の地図帳`,
  inForce: '有効な区域',
  possiblyDates: '（有効の可能性：日付が不確実）',
  noZoneInForce: 'この日に有効な地図帳の区域はない。',
  noCurrentEvent: 'まだない。地図帳の最初の出来事はこれより後である。',
  placesAndRoles: '地点とその役割',
  roleEarlier: 'それ以前：',
  rolePossibly: '可能性あり：',
  roleNone: 'まだ物語に登場しない',

  spanLabel: '選択した期間',
  spanEventCount: (n) => `${n}件の出来事`,
  listThem: '一覧で見る',
  noEvents: '出来事なし',
  lockedView: 'このリンクは固定された表示を示しています。',
  unlockDate: '日付の固定を解除',
  close: '閉じる',
  copyThis: (label) => `${label}をコピー`,
  copied: (label) => `${label}をコピーしました`,
  copyRefused: 'コピーが許可されませんでした。テキストを選択してコピーしてください',
  shareTitle: 'この表示を共有',
  theLink: 'リンク',
  lockWhat: (what) =>
    `${what === 'step' ? '物語のステップ' : what === 'span' ? '期間' : '日付'}を固定：閲覧者は地図の移動・拡大縮小はできるが、日付は動かせない`,
  keepLanguage: '言語を固定：',
  link: 'リンク',
  embedCode: '埋め込みコード',
  embedHint: '埋め込み表示には地図とスライダー、そしてこの表示をアトラス本体で開くリンクが表示されます。',
  qrOfLink: 'リンクのQRコード',
  qrLarger: '拡大（プロジェクター用）',
  qrOfLinkToView: 'この表示へのリンクのQRコード',
  qrOfPermalink: '固定リンクのQRコード',
  citeTitle: 'この表示を引用',
  mapOn: (date) => `${date}の地図`,
  mapFromTo: (from, to) => `${from}から${to}までの地図`,
  citeWhat: (view, works) =>
    `${view}と、その表示の典拠：本論文${works > 0 ? `、およびその注がこれについて引く${works}点の文献` : ''}。文献管理ソフトに貼り付けるか、テキストをコピーしてください。`,
  citePreparing: '引用を準備しています…',
  citationApa: '引用（APA）',
  citeFailed: '引用を準備できませんでした。',
  openInAtlas: 'アトラスで開く',
  updateReady: 'アトラスの新しい版が利用できます。',
  reload: '再読み込み',
  later: 'あとで',
  spanEventsHeading: (n) => `期間内の出来事（${n}件）`,
  none: 'なし',
  moreEvents: (n) => `…ほか${n}件`,
  worksCited: (works) => `表示内容の典拠文献：${works}。完全な書誌情報は固定リンク先の「この表示を引用」を参照。`,
  printAttribution: '陸地：Natural Earth。歴史：G・G・イスマイロフ「Japanese Recognition of the USSR 1925」およびその引用文献。',

  historyInEnglish: '地図帳の歴史の記述はまだ日本語に訳されていないため、英語で表示している。',
} satisfies Messages;
