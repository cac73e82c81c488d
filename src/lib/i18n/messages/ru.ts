// The interface in Russian. Every key of en.ts, with the same parameters (`satisfies Messages`).
// Terms follow the atlas's glossary (/work/team/TRANSLATE.md): интервенция, ДВР, КВЖД.
import type { DateProblem } from '../../time/parse.ts';
import type { Messages } from './en.ts';
import { plural } from '../ru-plural.ts';

const FORMS = 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД';

/**
 * Russian puts a month after "с" or "около" in the genitive ("с мая 1923 г."). Intl writes a month
 * alone in the nominative ("май 1923 г.") and beside a day in the genitive ("21 мая"): the pairs come
 * from Intl itself.
 */
const GENITIVE = (() => {
  const alone = new Intl.DateTimeFormat('ru-RU', { month: 'long', timeZone: 'UTC' });
  const withDay = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return new Map(
    Array.from({ length: 12 }, (_, i) => {
      const date = new Date(Date.UTC(2000, i, 15, 12));
      return [alone.format(date), withDay.formatToParts(date).find((part) => part.type === 'month')?.value ?? alone.format(date)];
    }),
  );
})();

/** A date in words with its months in the genitive. */
function genitive(date: string): string {
  return date.replace(/\p{L}+/gu, (word) => GENITIVE.get(word) ?? word);
}

/** What is wrong with a typed date or span, in words. */
function dateProblem(p: DateProblem): string {
  switch (p.kind) {
    case 'start':
      return `Начало: ${dateProblem(p.problem)}`;
    case 'end':
      return `Конец: ${dateProblem(p.problem)}`;
    case 'backwards':
      return 'Период заканчивается раньше, чем начинается';
    case 'empty':
      return `Введите дату: ${FORMS}`;
    case 'form':
      return `Формат даты: ${FORMS}`;
    case 'year':
      return `Такого года нет: ${p.text}`;
    case 'month':
      return `Такого месяца нет: ${p.text}`;
    case 'day':
      return `Такого дня нет: ${p.text}`;
    case 'outside':
      return 'Вне атласа: выберите дату с 1855 по 1956 г.';
  }
}

// Statuses drawn alike share one key entry (map/legend.ts merges them by their words).
const COLONY_WORDS = { label: 'Колония или протекторат: светлая заливка', short: 'Колония, протекторат (светлее)' };
const LEASE_WORDS = { label: 'Арендованная территория или полоса отчуждения: с каймой', short: 'Аренда, полоса отчуждения (кайма)' };

export const ru = {
  pageTitle: 'Атлас признания: Япония и СССР, 1855–1956',
  title: 'Атлас признания',
  subtitle: 'Япония и СССР, 1855–1956',
  loading: 'Атлас загружается…',
  loadProblem: (p) => {
    switch (p?.kind) {
      case 'network':
        return 'Не удалось загрузить данные атласа. Проверьте подключение и попробуйте ещё раз.';
      case 'http':
        return `Не удалось загрузить данные атласа (HTTP ${p.status}).`;
      case 'json':
        return 'Данные атласа повреждены: это не JSON.';
      case 'shape':
        return 'Данные атласа повреждены или относятся к другой версии атласа.';
      default:
        return 'Не удалось загрузить данные атласа.';
    }
  },
  tryAgain: 'Попробовать ещё раз',
  mapWords: {
    map: 'Карта Дальнего Востока. Стрелки сдвигают карту, плюс и минус меняют масштаб.',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    resetBearing: 'Повернуть на север',
    land: 'Суша:',
    attribution: 'Показать или скрыть источники карты',
  },
  language: 'Язык',

  search: 'Поиск',
  menu: 'Меню',
  atlasMenu: 'Атлас',
  story: 'Рассказ',
  events: 'События',
  layers: 'Слои',
  sources: 'Источники',
  comparedOutlined: (date) => `Контуром: зоны, действовавшие ${date}`,
  stopComparing: 'Закончить сравнение',

  searchAtlas: 'Поиск по атласу',
  searchPlaceholder: 'Места, зоны, события: 尼港, Дальний…',
  searchResults: 'Результаты поиска',
  resultKinds: { place: 'Места', zone: 'Зоны', event: 'События', era: 'Эпохи', step: 'Рассказ' },
  noPlace: 'В атласе нет ничего с таким названием',

  timeline: 'Шкала времени',
  tellStory: 'Рассказать историю',
  goToDate: `Перейти к дате (${FORMS})`,
  go: 'Перейти',
  date: 'Дата',
  currentEvent: 'Текущее событие',
  recentEvent: 'Недавнее событие',
  pointerLabel: (event, place) => `${event}. Место за пределами карты, показать: ${place}`,
  pointerTitle: (place) => `Показать на карте: ${place}`,
  betweenEvents: 'Между событиями',
  previousEvent: 'Предыдущее событие',
  previousEventKey: 'Предыдущее событие ([)',
  nextEvent: 'Следующее событие',
  nextEventKey: 'Следующее событие (])',
  play: 'Воспроизвести',
  pause: 'Пауза',
  playKey: 'Воспроизведение и пауза (пробел)',
  speed: 'Скорость',
  speeds: ['неделя в секунду', 'месяц в секунду', '3 месяца в секунду', 'год в секунду'],
  trackScale: 'Масштаб шкалы',
  tickEvents: (n, from) => `${n} ${plural(n, 'событие', 'события', 'событий')} с ${from}`,
  tickEvent: (title, date) => `${title}, ${date}`,

  dateProblem,

  dateFrom: (date) => `с ${genitive(date)}`,
  dateAbout: (date) => `около ${genitive(date)}`,
  dateUncertain: (span) => `${span} (дата неточна)`,
  inForceOn: (date, zones) => `Действуют на ${date}: ${zones}.`,
  nothingInForceOn: (date) => `На ${date} ничего не действует.`,
  possiblyInForce: (name) => `${name} (возможно: даты неточны)`,
  currentEventSpoken: (title, date) => `Текущее событие: ${title} (${date}).`,
  betweenEventsSpoken: (previous, next) =>
    `Между событиями${previous ? `: предыдущее — ${previous}` : ''}${next ? `${previous ? ';' : ':'} следующее — ${next}` : ''}.`,
  listSeparator: '; ',
  eventWithDate: (title, date) => `${title} (${date})`,
  citationPage: (page) => `с. ${page}`,
  citationFootnote: (n) => `прим. ${n}`,

  area: 'Площадь',

  share: 'Поделиться',
  cite: 'Цитировать',
  print: 'Печать',
  span: 'Период',
  spanTitle: 'Показать период: что действовало и что произошло за это время',

  legend: 'Легенда',
  layerGroups: {
    zones: 'Государства и зоны',
    railways: 'Железные дороги',
    borders: 'Границы',
    journeys: 'Поездки',
    agents: 'Сеть агентов (план 1923 г.)',
    places: 'Места',
    glow: 'Подсветка событий',
  },
  legendEntries: {
    uncertain: { label: 'Даты неточны или спорны: светлее, с пунктирной границей', short: 'Даты неточны (светлее, пунктир)' },
    compare: { label: 'Зоны на дату сравнения: пунктирный контур цвета владельца, с названиями', short: 'Зоны на дату сравнения (пунктир)' },
    railway: { label: 'Железная дорога; пунктиром — во время строительства', short: 'Железная дорога' },
    border: { label: 'Граница по 50-й параллели', short: 'Граница по 50-й параллели' },
    japaneseAgents: { label: 'План 1923 г.: японские агенты в советских городах', short: 'План 1923 г.: японские агенты' },
    sovietOfficials: { label: 'План 1923 г.: советские представители в портах под властью Японии', short: 'План 1923 г.: советские представители' },
    glow: { label: 'Где произошло событие (подсветка гаснет за год); место текущего события обведено', short: 'Недавнее событие' },
  },
  holderEntries: {
    japan: { label: 'Япония', short: 'Япония' },
    russia: { label: 'Российская империя', short: 'Российская империя' },
    soviet: { label: 'Советская Россия, с 1922 г. СССР', short: 'Советская Россия, СССР' },
    white: { label: 'Белые правительства Гражданской войны', short: 'Белые правительства' },
    fer: { label: 'Дальневосточная республика (ДВР)', short: 'ДВР' },
    china: { label: 'Китай: империя Цин, с 1912 г. Китайская Республика, с 1949 г. КНР', short: 'Китай' },
    mongolia: { label: 'Монголия', short: 'Монголия' },
    korea: { label: 'Корея', short: 'Корея' },
    usa: { label: 'США (союзническая оккупация)', short: 'США' },
    none: { label: 'Без владельца: территория оставлена без указания, в чью пользу', short: 'Без владельца' },
  },
  statusEntries: {
    sovereign: { label: 'Суверенная территория: сплошная заливка', short: 'Суверенная (сплошная)' },
    colony: COLONY_WORDS,
    protectorate: COLONY_WORDS,
    leased: LEASE_WORDS,
    'railway-zone': LEASE_WORDS,
    occupation: { label: 'Военная оккупация: штриховка', short: 'Оккупация (штриховка)' },
    'puppet-state': { label: 'Марионеточное государство: перекрёстная штриховка', short: 'Марионеточное государство (сетка)' },
    sphere: { label: 'Сфера влияния: цветной контур', short: 'Сфера влияния (контур)' },
    joint: { label: 'Совместное владение: пунктир', short: 'Совместное владение (пунктир)' },
    disputed: { label: 'Притязания или спор: пунктир', short: 'Спорная (пунктир)' },
  },
  mapKey: 'Легенда',
  readingSwitch: 'Зоны по владельцу: де-факто или де-юре',
  inFactButton: 'Де-факто',
  inLawButton: 'Де-юре',
  inFact: 'де-факто',
  inLaw: 'де-юре',
  zonesByHolder: 'Владельцы зон:',

  bibliography: 'Библиография статьи',

  spanLabel: 'В выбранном периоде',
  spanEventCount: (n) => `${n} ${plural(n, 'событие', 'события', 'событий')}`,
  listThem: 'Показать списком',
  noEvents: 'Событий нет',
  lockedView: 'Эта ссылка показывает закреплённый вид.',
  unlockDate: 'Открепить дату',
} satisfies Messages;
