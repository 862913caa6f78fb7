/**
 * In a list sorted so that every item `isBefore` holds for comes first, the index of the first
 * item it does not hold for (binary search; `sorted.length` when it holds for all): where a new
 * item goes to keep the order.
 */
export function firstIndexNotBefore<T>(sorted: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
