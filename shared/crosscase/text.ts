/**
 * Comparing Dutch factor names across cases ("Eén vast gezicht" ~ "Vaste gezichten").
 *
 * The rule, in order:
 *  1. normalise: Unicode NFKD, accents removed (é → e, ï → i), lower case, every run of
 *     characters that is not a letter or digit becomes a space;
 *  2. split into words and drop Dutch function words (de, het, een, en, van, voor, met, …) and
 *     words of one letter;
 *  3. stem lightly, one suffix at most: -heden → -heid, -ingen → -ing; then plural/inflection
 *     -en (words of 5+ letters), -s (4+ letters, not after s), -e (4+ letters); a doubled final
 *     consonant left by -en is undoubled (gesprekken → gesprek); a double vowel split by
 *     inflection is restored (vaste → vast, open → open, ouders → ouder);
 *  4. compare the sets of stems with the Dice coefficient 2·|A∩B| / (|A|+|B|).
 * Two names are similar when the coefficient is at least SIMILAR_AT (0.4: one shared word of a
 * two-word and a three-word name is enough, "Lange wachtlijst GGZ" ~ "Wachtlijsten voor
 * diagnostiek") and they share at least
 * one stem of four letters or more (so "de school" and "de wijk" never match on a short word).
 * Light on purpose: it finds candidates for the researchers to decide on, it decides nothing.
 */
export const SIMILAR_AT = 0.4;

const STOPWORDS = new Set(
  (
    'de het een en of van voor met op in aan bij naar tot om te door dat die dit deze is zijn was ' +
    'er niet ook als over uit zo wel nog al maar dan wat wie hoe waar wordt worden werd kan kunnen ' +
    'moet moeten heeft hebben had je jij u we wij ze zij hij haar hun hem mijn ons onze zich zelf ' +
    'meer veel heel erg goed goede geen elkaar elkaars iets alles nooit altijd toen nu tussen naast ' +
    'zonder onder tegen via per alle elke ieder'
  ).split(' '),
);

export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** One light suffix off a normalised Dutch word. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith('heden')) return `${w.slice(0, -5)}heid`;
  if (w.endsWith('ingen') && w.length > 6) return w.slice(0, -2);
  let cut = false;
  if (w.endsWith('en') && w.length >= 5) {
    w = w.slice(0, -2);
    cut = true;
  } else if (w.endsWith('s') && w.length >= 4 && !w.endsWith('ss') && !isVowel(w.at(-2))) {
    return w.slice(0, -1);
  } else if (w.endsWith('e') && w.length >= 4 && !isVowel(w.at(-2))) {
    w = w.slice(0, -1);
    cut = true;
  }
  if (!cut) return w;
  const last = w.at(-1);
  // gesprekk → gesprek, bell → bel: a doubled consonant before the cut ending.
  if (w.length >= 3 && last === w.at(-2) && !isVowel(last)) return w.slice(0, -1);
  // vast(e) stays vast; ma-ken → maak: an open syllable had a long vowel (consonant-vowel-consonant).
  if (
    w.length >= 3 &&
    !isVowel(last) &&
    isVowel(w.at(-2)) &&
    !isVowel(w.at(-3)) &&
    w.at(-2) !== 'e' &&
    w.at(-2) !== 'i'
  )
    return `${w.slice(0, -1)}${w.at(-2)}${last}`;
  return w;
}

/** The comparable stems of a name (a set, in first-seen order). */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const word of normalise(text).split(' ')) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    const s = stem(word);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Dice coefficient of two names' stems (0 when either has none). */
export function similarity(a: string, b: string): number {
  const sa = stems(a);
  const sb = new Set(stems(b));
  if (sa.length === 0 || sb.size === 0) return 0;
  const shared = sa.filter((s) => sb.has(s)).length;
  return (2 * shared) / (sa.length + sb.size);
}

/** The stems two names share. */
export function sharedStems(a: string, b: string): string[] {
  const sb = new Set(stems(b));
  return stems(a).filter((s) => sb.has(s));
}

export function similarNames(a: string, b: string): boolean {
  return similarity(a, b) >= SIMILAR_AT && sharedStems(a, b).some((s) => s.length >= 4);
}
