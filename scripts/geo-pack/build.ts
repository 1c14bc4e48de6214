/**
 * Turns the computed facts (./facts.ts) into the sahel-geography content pack: questions.json and
 * texts/<lng>.json, worded from ./templates.json with place names from locales/<lng>/places.json.
 */
import type { Question } from '../../src/core/content/types.ts';
import { SAHEL_COUNTRIES } from '../../src/geo/importance.ts';
import type { CountryFacts } from './facts.ts';

type Template = { prompt: string; explanation: string; unit?: string };
export type Templates = Record<string, Template> & {
  title: string;
  topics: Record<string, string>;
};
type Words = Record<string, unknown>;

const lower = (id: string) => id.toLowerCase();
/** A right answer this many times longer than every distractor would give itself away (see src/core/content/cues.ts). */
const OVERLONG = 1.3;

/** Whether, in some language, the right answer is over 30 % longer than every other choice. */
function givesAway(answer: string, choices: string[], names: Record<string, string>[]): boolean {
  return names.some((n) => {
    const len = (c: string) => (n[c] ?? c).length;
    return choices.every((c) => c === answer || len(answer) > OVERLONG * len(c));
  });
}
const dist2 = (a: CountryFacts, b: CountryFacts) => (a.lon - b.lon) ** 2 + (a.lat - b.lat) ** 2;

/** Three other capitals near the right one; when one can be, at least one is longer in every language (no length cue). */
function distractors(c: CountryFacts, all: CountryFacts[], names: Record<string, string>[]): string[] {
  const others = all.filter((o) => o.id !== c.id).sort((a, b) => dist2(c, a) - dist2(c, b) || a.id.localeCompare(b.id));
  const len = (city: string) => Math.min(...names.map((n) => (n[city] ?? city).length));
  const right = Math.max(...names.map((n) => (n[c.capital] ?? '').length));
  const picked = others.slice(0, 2);
  const rest = others.slice(2);
  const longer =
    rest.find((o) => len(o.capital) > right) ?? rest.find((o) => len(o.capital) * OVERLONG >= right) ?? rest[0];
  picked.push(longer as CountryFacts);
  return picked.map((o) => o.capital);
}

export function buildGeoPack(
  facts: Map<string, CountryFacts>,
  templates: Record<string, Templates>,
  names: Record<string, Record<string, string>>,
): { questions: Question[]; texts: Record<string, Words> } {
  const langs = Object.keys(templates);
  const all = SAHEL_COUNTRIES.map((id) => facts.get(id) as CountryFacts);
  const questions: Question[] = [];
  const texts: Record<string, Words> = Object.fromEntries(
    langs.map((l) => [l, { _pack: { title: templates[l]?.title, topics: templates[l]?.topics } }]),
  );
  const list = (l: string, ids: string[]) =>
    new Intl.ListFormat(l, { type: 'conjunction' }).format(ids.map((x) => names[l]?.[x] ?? x));
  const fill = (s: string, vars: Record<string, string>) =>
    s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
  /** Adds a question with its words in every language from template `key`. */
  const add = (q: Question, key: string, vars: (l: string) => Record<string, string>, extra?: (l: string) => Words) => {
    questions.push(q);
    for (const l of langs) {
      const t = templates[l]?.[key] as Template;
      const v = vars(l);
      const words: Words = { prompt: fill(t.prompt, v), explanation: fill(t.explanation, v) };
      if (t.unit) words.unit = t.unit;
      (texts[l] as Words)[q.id] = { ...words, ...(extra?.(l) ?? {}) };
    }
  };
  const base = (id: string, fact: string, topic: string, difficulty: 1 | 2 | 3) => ({
    id,
    fact,
    topic,
    difficulty,
    paragraphs: [] as number[],
  });
  const cityNames = (l: string, ids: string[]) => Object.fromEntries(ids.map((x) => [x, names[l]?.[x] ?? x]));

  for (const c of all) {
    const k = lower(c.id);
    const vars = (l: string) => ({
      country: names[l]?.[c.id] ?? c.id,
      capital: names[l]?.[c.capital] ?? c.capital,
      count: String(c.neighbours.length),
      list: list(l, c.neighbours),
    });
    add(
      { ...base(`where-${k}`, `where-${k}`, 'countries', 1), type: 'locate', mode: 'country', targets: [c.id] },
      'where',
      vars,
    );
    const choices = [
      c.capital,
      ...distractors(
        c,
        all,
        langs.map((l) => names[l] ?? {}),
      ),
    ].sort();
    add(
      { ...base(`capital-${k}`, `capital-${k}`, 'capitals', 1), type: 'choice', choices, answer: c.capital },
      'capital',
      vars,
      (l) => ({ choices: cityNames(l, choices) }),
    );
    add(
      {
        ...base(`capital-map-${k}`, `capital-${k}`, 'capitals', 2),
        type: 'locate',
        mode: 'city',
        targets: [c.capital],
        toleranceKm: 150,
      },
      'capitalMap',
      vars,
    );
    add(
      {
        ...base(`neighbours-${k}`, `neighbours-${k}`, 'borders', 3),
        type: 'locate',
        mode: 'countries',
        targets: c.neighbours,
      },
      'neighbours',
      vars,
    );
    add(
      {
        ...base(`neighbour-count-${k}`, `neighbours-${k}`, 'borders', 2),
        type: 'numeric',
        answer: c.neighbours.length,
        min: 0,
        max: 10,
        step: 1,
        tolerance: 0,
      },
      'neighbourCount',
      vars,
    );
  }
  // True/false about borders: each country with its first neighbour (true) and the nearest Sahel country it does not touch (false).
  for (const c of all) {
    const k = lower(c.id);
    const yes = c.neighbours[0] as string;
    const no = all
      .filter((o) => o.id !== c.id && !c.neighbours.includes(o.id))
      .sort((a, b) => dist2(c, a) - dist2(c, b))[0];
    const vars = (other: string) => (l: string) => ({
      country: names[l]?.[c.id] ?? c.id,
      other: names[l]?.[other] ?? other,
      list: list(l, c.neighbours),
    });
    add(
      {
        ...base(`border-${k}-${lower(yes)}`, `border-${k}-${lower(yes)}`, 'borders', 1),
        type: 'truefalse',
        answer: true,
      },
      'borderTrue',
      vars(yes),
    );
    if (no)
      add(
        {
          ...base(`border-${k}-${lower(no.id)}`, `border-${k}-${lower(no.id)}`, 'borders', 2),
          type: 'truefalse',
          answer: false,
        },
        'borderFalse',
        vars(no.id),
      );
    add(
      { ...base(`coast-${k}`, `coast-${k}`, 'coasts', 1), type: 'truefalse', answer: c.coast },
      c.coast ? 'coastTrue' : 'coastFalse',
      (l) => ({ country: names[l]?.[c.id] ?? c.id }),
    );
  }
  const landlocked = all.filter((c) => !c.coast).map((c) => c.id);
  add(
    { ...base('landlocked-drill', 'landlocked', 'coasts', 2), type: 'locate', mode: 'countries', targets: landlocked },
    'landlocked',
    (l) => ({ list: list(l, landlocked) }),
  );
  // Furthest north / east among four capitals, in fixed groups of the list.
  const nameLists = langs.map((l) => names[l] ?? {});
  for (let i = 0, made = 0; made < 6 && i < all.length; i++) {
    const group = [0, 5, 11, 14].map((d) => all[(i * 3 + d) % all.length] as CountryFacts);
    const dir = made % 2 === 0 ? 'north' : 'east';
    const key = (c: CountryFacts) => (dir === 'north' ? c.lat : c.lon);
    const best = [...group].sort((a, b) => key(b) - key(a))[0] as CountryFacts;
    const id = `${dir}-${group
      .map((c) => lower(c.id))
      .sort()
      .join('-')}`;
    const choices = group.map((c) => c.capital).sort();
    if (givesAway(best.capital, choices, nameLists) || questions.some((q) => q.id === id)) continue;
    made++;
    add(
      { ...base(id, id, 'positions', 2), type: 'choice', choices, answer: best.capital },
      dir,
      (l) => ({ capital: names[l]?.[best.capital] ?? best.capital, country: names[l]?.[best.id] ?? best.id }),
      (l) => ({ choices: cityNames(l, choices) }),
    );
  }
  return { questions, texts };
}
