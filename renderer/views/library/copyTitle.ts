import { TEXT_LIMITS } from '@shared/model';

/**
 * A title for a copy that no other case has: "Gezin Zeeland (kopie)", then "(kopie 2)", "(kopie 3)"…
 * `suffix(n)` gives the marker in the interface language (n = 1 for the first copy).
 */
export function copyTitle(title: string, taken: Iterable<string>, suffix: (n: number) => string): string {
  const used = new Set([...taken].map((t) => t.trim().toLowerCase()));
  for (let n = 1; ; n++) {
    const tail = ` ${suffix(n)}`;
    const candidate = `${title.slice(0, TEXT_LIMITS.title - tail.length).trim()}${tail}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
