import { it } from 'vitest';
import { readContent } from '../tests/content/support/readContent';
import { buildStory } from './lib/story';
import { notesOfEveryState } from './charts/shared/notes';
import { layoutTimeline } from './charts/timeline/layout';
it('dbg', () => {
  const story = buildStory(readContent());
  for (const [w, h] of [[358, 340], [358, 360], [343, 340], [288, 400]]) for (const id of ['outlook-watch']) {
    const spec = story.charts.get(id)!;
    for (const [name, st] of Object.entries(spec.states) as any) {
      const l = layoutTimeline(spec.rows as any, st.params, { width: w, height: h }, st.notes ?? [], notesOfEveryState(spec.states as any));
      if (name === 'targets2030') console.log(w, h, id, name, l.events.map((e) => (e.highlighted ? '*' : '') + e.lines.join(' / ')).join(' || '));
    }
  }
});
