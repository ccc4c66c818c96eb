/**
 * Lesson guides: every chapter has one (content/teach/<slug>.md) with the required parts, and
 * a guide naming a step that does not exist stops the build with the guide's file and line
 * (proved on buildGuides, which loadTeach.ts runs during the build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildStory } from '../../src/lib/story';
import { buildGuides } from '../../src/lib/teach';
import { guideEntry, readContent } from './support/readContent';
import { teachSchema } from '../../src/lib/schemas';

const chapterFiles = readdirSync('content/chapters').filter((f) => f.endsWith('.md'));
const slugOf = (file: string) => file.replace(/\.md$/, '').replace(/^\d+-/, '');
const glossaryIds = new Set((parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string }[]).map((t) => t.id));

function guide(slug: string) {
  const raw = readFileSync(`content/teach/${slug}.md`, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`content/teach/${slug}.md has no front matter`);
  return { data: teachSchema.parse(parse(match[1]!)), body: match[2]!.trim() };
}

describe.each(chapterFiles.map((f) => [slugOf(f), f] as const))('guide for %s', (slug, file) => {
  const chapter = readFileSync(`content/chapters/${file}`, 'utf8');
  const stepIds = new Set([...chapter.matchAll(/:::step\{#([a-z0-9-]+)/g)].map((m) => m[1]!));

  it('exists and names its chapter', () => {
    expect(readdirSync('content/teach')).toContain(`${slug}.md`);
    expect(guide(slug).data.chapter).toBe(slug);
  });

  it('has 5 or more questions mixing recall and analysis, each drawing on steps of the chapter', () => {
    const { questions } = guide(slug).data;
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(['recall', 'analysis']));
    for (const q of questions) for (const s of q.steps) expect(stepIds, `question "${q.text}" names step ${s}`).toContain(s);
    // Together the questions cover most of the chapter, not one step over and over.
    const covered = new Set(questions.flatMap((q) => q.steps));
    expect(covered.size).toBeGreaterThanOrEqual(Math.min(stepIds.size, 3));
  });

  it('has key terms from the glossary that the chapter marks, one activity with instructions, and teacher notes', () => {
    const { data, body } = guide(slug);
    // Brain drain marks only two glossary terms; a guide lists only terms its chapter uses.
    expect(data.terms.length).toBeGreaterThanOrEqual(2);
    const used = new Set([...chapter.matchAll(/:term\[[^\]]*\]\{#([a-z0-9-]+)\}/g)].map((m) => m[1]!));
    for (const t of data.terms) {
      expect(glossaryIds).toContain(t);
      expect(used, `term ${t} is not used in ${file}`).toContain(t);
    }
    expect(data.activity.instructions.length).toBeGreaterThanOrEqual(3);
    expect(['data', 'claims']).toContain(data.activity.kind);
    expect(body.length).toBeGreaterThan(100);
  });

  it('is ready for class: a key for every question, a plan that adds up, an exit ticket, a rubric, support, standards', () => {
    const { data } = guide(slug);
    for (const q of data.questions) {
      expect(q.answer, q.text).toBeTruthy();
      if (q.kind === 'analysis') expect(q.lookFors, q.text).toBeTruthy();
    }
    expect(data.plan.map((p) => p.part)).toEqual(['before', 'during', 'after', 'activity', 'exit']);
    expect(data.plan.reduce((a, p) => a + p.minutes, 0)).toBe(data.minutes);
    // One class period, reading included.
    expect(data.minutes).toBeGreaterThanOrEqual(45);
    expect(data.minutes).toBeLessThanOrEqual(60);
    expect(data.exitTicket.length).toBeGreaterThanOrEqual(2);
    expect(data.activity.rubric.length).toBeGreaterThanOrEqual(2);
    expect(data.support.starters.length).toBeGreaterThanOrEqual(2);
    for (const s of data.support.shortPath) expect(stepIds).toContain(s);
    expect(data.standards.some((s) => /^D\d/.test(s.code))).toBe(true);
    expect(data.standards.some((s) => s.code.startsWith('CCSS.ELA-LITERACY.RH.'))).toBe(true);
    expect(data.sensitive.length).toBeGreaterThan(100);
  });
});

describe('build', () => {
  // What loadTeach.ts runs during `astro build`, called directly on the real content.
  it('stops on a guide that names an unknown step, with file and line', () => {
    const story = buildStory(readContent());
    const slug = slugOf(chapterFiles[0]!);
    const path = `content/teach/${slug}.md`;
    const lines = readFileSync(path, 'utf8').split('\n');
    const at = lines.findIndex((l) => /^\s+steps: \[/.test(l));
    lines[at] = lines[at]!.replace('[', '[no-such-step, ');
    const entries = readdirSync('content/teach')
      .filter((f) => f.endsWith('.md'))
      .map((f) => (f === `${slug}.md` ? guideEntry(path, lines.join('\n')) : guideEntry(`content/teach/${f}`, readFileSync(`content/teach/${f}`, 'utf8'))));
    expect(() => buildGuides(entries, story)).toThrow(`content/teach/${slug}.md:${at + 1}: question 1 names unknown step "no-such-step"`);
  });
});
