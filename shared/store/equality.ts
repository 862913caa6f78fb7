/** Structural equality of two JSON-like values (key order ignored, undefined keys ignored), for records read back from storage. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Same elements (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Whether two objects hold the same values (by identity) under every key, except the keys given
 * in `by`, which are compared by their own function (for React.memo comparators).
 */
export function sameFields<T extends object>(
  a: T,
  b: T,
  by: { readonly [K in keyof T]?: (x: T[K], y: T[K]) => boolean } = {},
): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof T)[]);
  for (const key of keys) {
    const compare = by[key];
    if (compare ? !compare(a[key], b[key]) : a[key] !== b[key]) return false;
  }
  return true;
}
