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
  language: '言語',

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
  trackScale: '年表の縮尺',
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

  area: '面積',

  share: '共有',
  cite: '引用',
  print: '印刷',
  span: '期間',
  spanTitle: '期間を表示：その間に有効だったものと起きた出来事',

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

  bibliography: '本論文の参考文献',

  spanLabel: '選択した期間',
  spanEventCount: (n) => `${n}件の出来事`,
  listThem: '一覧で見る',
  noEvents: '出来事なし',
  lockedView: 'このリンクは固定された表示を示しています。',
  unlockDate: '日付の固定を解除',
} satisfies Messages;
