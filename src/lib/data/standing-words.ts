// A zone's standing in words, in each language of the history's texts. The data build writes these
// where a phase has no words of its own; English keeps its sentence (standing.ts), Russian and
// Japanese name the status and then the holder, which needs no agreement of adjective and noun.
import type { Holder, Standing, Status } from './atlas.ts';
import { capitalise, describeStanding, HOLDER_NAMES } from './standing.ts';
import type { TextLanguage } from './text.ts';

type Other = Exclude<TextLanguage, 'en'>;

const HOLDERS: Record<Other, Record<Holder, string>> = {
  ru: {
    japan: 'Япония',
    russia: 'Российская империя',
    soviet: 'Советская Россия (с 1922 г. СССР)',
    fer: 'Дальневосточная республика',
    white: 'белые правительства',
    china: 'Китай',
    mongolia: 'Монголия',
    korea: 'Корея',
    usa: 'США',
    none: 'никто',
  },
  ja: {
    japan: '日本',
    russia: 'ロシア帝国',
    soviet: 'ソビエト・ロシア（1922年からソ連）',
    fer: '極東共和国',
    white: '白軍諸政府',
    china: '中国',
    mongolia: 'モンゴル',
    korea: '朝鮮',
    usa: 'アメリカ合衆国',
    none: 'なし',
  },
};

const STATUSES: Record<Other, Record<Status, string>> = {
  ru: {
    sovereign: 'суверенная территория',
    colony: 'колония',
    protectorate: 'протекторат',
    leased: 'арендованная территория',
    'railway-zone': 'полоса отчуждения железной дороги',
    occupation: 'военная оккупация',
    'puppet-state': 'марионеточное государство',
    sphere: 'сфера влияния',
    joint: 'совместное владение',
    disputed: 'спорная территория',
  },
  ja: {
    sovereign: '主権領土',
    colony: '植民地',
    protectorate: '保護国',
    leased: '租借地',
    'railway-zone': '鉄道附属地',
    occupation: '軍事占領',
    'puppet-state': '傀儡国家',
    sphere: '勢力圏',
    joint: '共同領有',
    disputed: '係争地',
  },
};

/** A phase in words: "военная оккупация (Япония); де-юре — Советская Россия", "日本の軍事占領（法的にはソビエト・ロシア）". */
export function describeStandingIn(phase: Pick<Standing, 'status' | 'fact' | 'law' | 'sharedWith'>, language: TextLanguage): string {
  if (language === 'en') return describeStanding(phase);
  const holder = HOLDERS[language];
  const status = STATUSES[language][phase.status];
  const all = [phase.fact, ...(phase.sharedWith ?? [])].map((h) => holder[h]);
  let text: string;
  if (language === 'ru') {
    if (phase.status === 'joint') text = `Совместное владение: ${all.join(', ')}`;
    else if (phase.fact === 'none') text = `${capitalise(status)}, без владельца`;
    else text = `${capitalise(status)} (${holder[phase.fact]})`;
    if (phase.law !== phase.fact) text += `; де-юре — ${holder[phase.law]}`;
  } else {
    if (phase.status === 'joint') text = `${all.join('・')}の共同領有`;
    else if (phase.status === 'disputed') text = phase.fact === 'none' ? '係争地（実効支配者なし）' : `係争地（${holder[phase.fact]}が保持）`;
    else if (phase.fact === 'none') text = `${status}（保有者なし）`;
    else text = `${holder[phase.fact]}の${status}`;
    if (phase.law !== phase.fact) text += `（法的には${holder[phase.law]}）`;
  }
  return text;
}

/** Who held a zone, in words: its holders in fact, in order ("Japan, then China"). */
export function holdersIn(list: Pick<Standing, 'fact'>[], language: TextLanguage): string {
  const holders = [...new Set(list.map((p) => p.fact))].filter((h) => h !== 'none');
  if (language === 'en') {
    const words = holders.map((h) => HOLDER_NAMES[h].noun);
    return words.length ? capitalise(words.join(', then ')) : 'No one';
  }
  const words = holders.map((h) => HOLDERS[language][h]);
  if (language === 'ru') return words.length ? capitalise(words.join(', затем ')) : 'Никто';
  return words.length ? words.join('、のち') : 'なし';
}
