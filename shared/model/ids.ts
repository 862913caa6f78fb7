/** Ids say what they are: `item_…`, `lane_…`, `case_…`. */
export type IdPrefix =
  | 'case'
  | 'lane'
  | 'item'
  | 'member'
  | 'participant'
  | 'marker'
  | 'card'
  | 'sticker'
  | 'change'
  | 'group'
  | 'session'
  | 'analysis'
  | 'study'
  | 'element'
  | 'quote';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}
