/**
 * The text of a case file from its bytes, as every way in reads it (the app's import in the
 * browser and on the desktop, the report command line): UTF-8 with or without a byte-order mark,
 * UTF-16 little or big endian with a byte-order mark, and UTF-16 without one (recognised by its
 * zero bytes: a case file starts with ASCII). Anything else is not text: null.
 */
export function decodeFileBytes(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    if (bytes.length >= 2 && bytes.length % 2 === 0) {
      if (bytes[0] !== 0 && bytes[1] === 0) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
      if (bytes[0] === 0 && bytes[1] !== 0) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
