/**
 * Lesson guides joined to the story, checked so a teacher can trust them: each guide's chapter,
 * the steps its questions, activity and short reading path name, and its key terms must exist
 * in that chapter; every question has a key (a model answer, plus look-fors for analysis);
 * the timed plan has its five parts and adds up to the lesson's minutes; every standard is one
 * we list with its wording; and every number a key states appears in the chapter's text or
 * data, or is the result of the key's own worked arithmetic. Otherwise the build stops with the
 * guide's file, the line, and what is wrong. Pure: tests call it directly.
 */
import { ContentError } from './contentError';
import { planParts, type TeachGuide } from './schemas';
import { standards } from './standards';
import type { RawEntry, Story, StoryChapter } from './story';

export interface GuideEntry extends RawEntry<TeachGuide> {
  /** The file's text, to report the line of a bad id (optional). */
  raw?: string | undefined;
}

export interface Guide {
  /** The chapter slug (the guide's URL is /teach/<slug>/). */
  slug: string;
  chapter: StoryChapter;
  data: TeachGuide;
  /** The content entry id, for rendering the notes body. */
  entryId: string;
}

export function buildGuides(entries: GuideEntry[], story: Story): Guide[] {
  const guides = new Map<string, Guide>();
  for (const entry of entries) {
    const file = entry.filePath ?? `content/teach/${entry.id}.md`;
    const lineOf = (needle: string) => {
      if (!entry.raw) return undefined;
      const at = entry.raw.split('\n').findIndex((l) => new RegExp(`(^|[\\s"'\\[,:-])${escape(needle)}($|[\\s"'\\],])`).test(l));
      return at < 0 ? undefined : at + 1;
    };
    /** Line of the first line containing `text` (or its first 40 characters, for long text). */
    const lineOfText = (text: string) => {
      if (!entry.raw) return undefined;
      const needle = text.slice(0, 40);
      const at = entry.raw.split('\n').findIndex((l) => l.includes(needle));
      return at < 0 ? undefined : at + 1;
    };
    const chapter = story.chapters.find((c) => c.slug === entry.data.chapter);
    if (!chapter) {
      const known = story.chapters.map((c) => c.slug).join(', ');
      throw new ContentError(file, `unknown chapter "${entry.data.chapter}"; known chapters: ${known}`, lineOf(entry.data.chapter));
    }
    if (guides.has(chapter.slug)) throw new ContentError(file, `a second guide for chapter "${chapter.slug}"`);
    const checkStep = (id: string, what: string) => {
      if (!story.steps.has(id)) {
        const own = chapter.segments.flatMap((s) => (s.type === 'scrolly' ? s.steps.map((st) => st.id) : []));
        throw new ContentError(file, `${what} names unknown step "${id}"; steps of "${chapter.slug}": ${own.join(', ')}`, lineOf(id));
      }
    };
    const { data } = entry;
    data.questions.forEach((q, i) => q.steps.forEach((id) => checkStep(id, `question ${i + 1}`)));
    data.activity.steps.forEach((id) => checkStep(id, 'the activity'));
    data.support.shortPath.forEach((id) => checkStep(id, 'the short reading path'));
    for (const term of data.terms) {
      if (!story.glossary.has(term)) {
        throw new ContentError(file, `unknown glossary term "${term}": add it to content/glossary.yaml or fix the id`, lineOf(term));
      }
      if (!chapter.terms.includes(term)) {
        const used = chapter.terms.join(', ') || 'none';
        throw new ContentError(file, `term "${term}" is not used in chapter "${chapter.slug}" (no :term[...]{#${term}}); terms it uses: ${used}`, lineOf(term));
      }
    }
    checkKeys(data, file, lineOfText);
    checkPlan(data, file, (part) => lineOfText(`part: ${part}`));
    for (const s of data.standards) {
      if (!standards.has(s.code)) {
        throw new ContentError(file, `unknown standard "${s.code}"; known: ${[...standards.keys()].join(', ')}`, lineOfText(s.code));
      }
    }
    checkFigures(data, chapterNumbers(chapter, story), file, lineOfText);
    guides.set(chapter.slug, { slug: chapter.slug, chapter, data: entry.data, entryId: entry.id });
  }
  return story.chapters.flatMap((c) => guides.get(c.slug) ?? []);
}

type LineOf = (text: string) => number | undefined;

/** Every question needs a model answer; an analysis question also its look-fors. */
function checkKeys(data: TeachGuide, file: string, lineOf: LineOf): void {
  data.questions.forEach((q, i) => {
    if (!q.answer) {
      throw new ContentError(file, `question ${i + 1} has no answer key: add "answer:" (a model answer)`, lineOf(q.text));
    }
    if (q.kind === 'analysis' && !q.lookFors) {
      throw new ContentError(file, `question ${i + 1} (analysis) has no look-fors: add "lookFors:" with strong, adequate and weak`, lineOf(q.text));
    }
  });
}

/** The plan has the five parts in order, the activity part matches the activity, and the minutes add up. */
function checkPlan(data: TeachGuide, file: string, lineOf: (part: string) => number | undefined): void {
  const parts = data.plan.map((p) => p.part);
  const missing = planParts.filter((p) => !parts.includes(p));
  if (missing.length) throw new ContentError(file, `the plan has no "${missing.join('", "')}" part; it needs ${planParts.join(', ')}`, lineOf(parts[0] ?? 'before'));
  const order = parts.map((p) => planParts.indexOf(p));
  if (order.some((o, i) => i > 0 && o < order[i - 1]!)) {
    throw new ContentError(file, `the plan's parts are out of order (${parts.join(', ')}); use ${planParts.join(', ')}`, lineOf(parts[0]!));
  }
  const activity = data.plan.filter((p) => p.part === 'activity').reduce((a, p) => a + p.minutes, 0);
  if (activity !== data.activity.minutes) {
    throw new ContentError(file, `the plan gives the activity ${activity} minutes but the activity says ${data.activity.minutes}`, lineOf('activity'));
  }
  const total = data.plan.reduce((a, p) => a + p.minutes, 0);
  if (total !== data.minutes) {
    throw new ContentError(file, `the plan's parts add up to ${total} minutes, not the lesson's ${data.minutes}: ${data.plan.map((p) => `${p.part} ${p.minutes}`).join(' + ')}`, lineOf(data.plan[0]!.part));
  }
}

/** Numbers as written in text: "1,111" and "1111" are one number; "84th" is 84; "28%" is 28. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => normaliseNumber(m[0]));
}

function normaliseNumber(n: string): string {
  const plain = n.replace(/,(?=\d{3}\b)/g, '').replace(/,$/, '');
  return plain.includes('.') ? String(Number(plain)) : plain;
}

/** Every number in the chapter's text and in the rows of its charts' datasets. */
export function chapterNumbers(chapter: StoryChapter, story: Story): Set<string> {
  const found = new Set(numbersIn(chapter.text));
  for (const spec of story.charts.values()) {
    if (spec.chapter !== chapter.slug) continue;
    for (const row of spec.rows) for (const value of Object.values(row)) numbersIn(String(value)).forEach((n) => found.add(n));
  }
  return found;
}

/**
 * Every number a key states (model answers, look-fors, the activity's answer, exit-ticket
 * answers) is in the chapter's text or data, or is the result (after `=`) of a line of that
 * key's worked arithmetic, whose inputs must themselves be in the chapter or earlier results.
 */
export function checkFigures(data: TeachGuide, known: Set<string>, file: string, lineOf: LineOf): void {
  const check = (text: string, where: string, working: string[] = []) => {
    const results = new Set<string>();
    for (const line of working) {
      const [inputs, ...rest] = line.split(/=|≈/);
      for (const n of numbersIn(inputs!)) {
        if (!known.has(n) && !results.has(n)) {
          throw new ContentError(file, `${where}: the working uses ${n}, which is not in the chapter's text or data`, lineOf(line));
        }
      }
      rest.forEach((r) => numbersIn(r).forEach((n) => results.add(n)));
    }
    for (const n of numbersIn(text)) {
      if (!known.has(n) && !results.has(n)) {
        throw new ContentError(file, `${where} states ${n}, which is not in the chapter's text or data (nor worked out in its "working")`, lineOf(text));
      }
    }
  };
  data.questions.forEach((q, i) => {
    const where = `question ${i + 1}'s key`;
    if (q.answer) check(q.answer, where, q.working);
    if (q.lookFors) for (const level of ['strong', 'adequate', 'weak'] as const) check(q.lookFors[level], where, q.working);
  });
  if (data.activity.answer) check(data.activity.answer, "the activity's answer", data.activity.working);
  data.exitTicket.forEach((t, i) => check(t.answer, `exit ticket question ${i + 1}'s answer`, t.working));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
