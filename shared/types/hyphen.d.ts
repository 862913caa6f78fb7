/** The `hyphen` package's per-language entry points (Liang patterns; CommonJS, no types of its own). */
declare module 'hyphen/nl' {
  export function hyphenateSync(
    text: string,
    options?: { minWordLength?: number; hyphenChar?: string },
  ): string;
}
declare module 'hyphen/en-gb' {
  export function hyphenateSync(
    text: string,
    options?: { minWordLength?: number; hyphenChar?: string },
  ): string;
}
