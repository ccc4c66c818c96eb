/**
 * The flow chart's graph maths, apart from pixels: which column each node sits in, and the
 * order of the nodes within a column.
 */
/**
 * Column of every node: 0 for nodes nothing links into, else 1 + the largest column among
 * the nodes linking into it. In a cycle the link that closes it (found depth-first, in data
 * order) is left out of the count, so A -> B -> A still puts B right of A.
 */
export function nodeColumns(links: { from: string; to: string }[]): Map<string, number> {
  const ids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  const out = new Map(ids.map((id) => [id, links.filter((l) => l.from === id && l.to !== id).map((l) => l.to)]));
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const to of out.get(id)!) {
      if (state.get(to) === 'open') back.add(`${id}\u0000${to}`);
      else if (!state.has(to)) visit(to);
    }
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id);

  const columns = new Map<string, number>();
  const column = (id: string): number => {
    const known = columns.get(id);
    if (known !== undefined) return known;
    const into = links.filter((l) => l.to === id && l.from !== id && !back.has(`${l.from}\u0000${id}`));
    const c = into.length ? 1 + Math.max(...into.map((l) => column(l.from))) : 0;
    columns.set(id, c);
    return c;
  };
  for (const id of ids) column(id);
  return columns;
}

/** Nodes of each column in order: first appearance, then by the mean slot of their sources. */
export function orderColumns(ids: string[], columns: Map<string, number>, links: { from: string; to: string }[]): string[][] {
  const count = Math.max(0, ...columns.values()) + 1;
  const order: string[][] = Array.from({ length: ids.length === 0 ? 0 : count }, () => []);
  for (const id of ids) order[columns.get(id)!]!.push(id);
  for (let c = 1; c < order.length; c++) {
    const slot = new Map(order.slice(0, c).flatMap((col) => col.map((id, i) => [id, i / Math.max(1, col.length - 1)] as const)));
    const weight = (id: string) => {
      const from = links.filter((l) => l.to === id && slot.has(l.from)).map((l) => slot.get(l.from)!);
      return from.length ? from.reduce((a, b) => a + b, 0) / from.length : 0.5;
    };
    order[c] = [...order[c]!].sort((a, b) => weight(a) - weight(b));
  }
  return order;
}
