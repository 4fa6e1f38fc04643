/**
 * Deterministic stratified sampling: every type gets its turn in a round robin (so small types are
 * not drowned by articles), and within a type the picks are spread evenly over the id order.
 */
export function stratifiedSample<T extends { type: string }>(pages: T[], size: number): T[] {
  const byType = new Map<string, T[]>();
  for (const page of pages) byType.set(page.type, [...(byType.get(page.type) ?? []), page]);
  const groups = [...byType.values()];
  const quotas = groups.map(() => 0);
  let left = Math.min(size, pages.length);
  while (left > 0) {
    for (let i = 0; i < groups.length && left > 0; i += 1) {
      if (quotas[i] < groups[i].length) {
        quotas[i] += 1;
        left -= 1;
      }
    }
  }
  const chosen = new Set(groups.flatMap((group, i) => spread(group, quotas[i])));
  // Keep the corpus order so runs list pages the same way whatever the sample size.
  return pages.filter((page) => chosen.has(page));
}

/** `count` items spread evenly over `items`, the middle of each equal slice. */
function spread<T>(items: T[], count: number): T[] {
  return Array.from({ length: count }, (_, k) => items[Math.floor(((k + 0.5) * items.length) / count)]);
}
