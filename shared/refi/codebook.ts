import type { Code, Codebook } from '../analysis/codebooks';
import { BUILT_IN_CODEBOOKS } from '../analysis/codebooks';
import type { Language } from '../model';
import { guidOf } from './guid';
import { childNamed, childrenNamed, el, parseXml, xmlText, type XmlElement } from './xml';

/**
 * Codebooks in REFI-QDA form (QDA-XML 1.0): the built-in frameworks as parent codes with their
 * codes and sub-codes, the researchers' own codes under one parent. The same tree goes into a
 * `.qdc` codebook file and into a project's `<CodeBook>`.
 */
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';

export interface QdaCode {
  readonly guid: string;
  readonly name: string;
  readonly isCodable: boolean;
  readonly description?: string;
  readonly color?: string;
  readonly children: readonly QdaCode[];
}

const BOOK_COLOURS = [
  '#1F6F8B',
  '#7A4FA3',
  '#B5562B',
  '#2E7D4F',
  '#A33B62',
  '#5B6B1F',
  '#8A4B14',
  '#1D3557',
  '#6B7280',
];

export const codeGuid = (id: string) => guidOf(`code:${id}`);

function fromCode(code: Code, lang: Language): QdaCode {
  return {
    guid: codeGuid(code.id),
    name: code[lang],
    isCodable: true,
    children: (code.children ?? []).map((c) => fromCode(c, lang)),
  };
}

export function builtInQdaCodes(lang: Language, books: readonly Codebook[] = BUILT_IN_CODEBOOKS): QdaCode[] {
  return books.map((b, i) => ({
    guid: guidOf(`codebook:${b.id}`),
    name: b[lang],
    isCodable: false,
    color: BOOK_COLOURS[i % BOOK_COLOURS.length],
    children: b.codes.map((c) => fromCode(c, lang)),
  }));
}

export function ownQdaCodes(custom: readonly Code[], lang: Language): QdaCode | null {
  if (custom.length === 0) return null;
  return {
    guid: guidOf('codebook:custom'),
    name: lang === 'en' ? 'Own codes' : 'Eigen codes',
    isCodable: false,
    children: custom.map((c) => fromCode(c, lang)),
  };
}

export function codeXml(c: QdaCode): string {
  return el(
    'Code',
    { guid: c.guid, name: c.name, isCodable: c.isCodable, color: c.color },
    c.description ? el('Description', {}, xmlText(c.description)) : null,
    ...c.children.map((x) => codeXml(x)),
  );
}

/** A `.qdc` codebook file. */
export function codebookQdc(codes: readonly QdaCode[], origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${el(
    'CodeBook',
    { xmlns: CODEBOOK_NS, origin },
    el('Codes', {}, ...codes.map((c) => codeXml(c))),
  )}\n`;
}

/** A code read from another program's codebook, with its sub-codes. */
export interface ImportedCode {
  readonly name: string;
  readonly description: string;
  readonly children: readonly ImportedCode[];
}

export type QdcImport =
  | { readonly ok: true; readonly origin: string; readonly codes: readonly ImportedCode[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a `.qdc` codebook (or a project's `project.qde`, whose CodeBook it takes) from any
 * program. Refuses what is not a REFI-QDA codebook with a readable Dutch message; never throws.
 */
export function parseQdc(text: string): QdcImport {
  if (typeof text !== 'string' || text.length > 20 * 1024 * 1024)
    return { ok: false, message: 'het bestand is te groot' };
  const xml = parseXml(text);
  if (!xml.ok) return { ok: false, message: `geen geldige XML: ${xml.message}` };
  const root = xml.root;
  const ns = root.attrs.xmlns ?? '';
  let codesElement: XmlElement | undefined;
  if (root.name === 'CodeBook' && (ns === '' || ns.startsWith('urn:QDA-XML:codebook')))
    codesElement = childNamed(root, 'Codes');
  else if (root.name === 'Project' && (ns === '' || ns.startsWith('urn:QDA-XML:project')))
    codesElement = childNamed(childNamed(root, 'CodeBook') ?? root, 'Codes');
  else return { ok: false, message: 'dit is geen REFI-QDA-codeboek (.qdc)' };
  const read = (e: XmlElement, depth: number): ImportedCode[] =>
    depth > 20
      ? []
      : childrenNamed(e, 'Code').flatMap((c) => {
          const name = (c.attrs.name ?? '').trim();
          if (!name) return [];
          return [
            {
              name,
              description: (childNamed(c, 'Description')?.text ?? '').trim(),
              children: read(c, depth + 1),
            },
          ];
        });
  const codes = codesElement ? read(codesElement, 0) : [];
  if (codes.length === 0) return { ok: false, message: 'het codeboek bevat geen codes' };
  return { ok: true, origin: root.attrs.origin ?? '', codes };
}

/**
 * The codes of an imported codebook as a flat list of own-code labels: a sub-code is named with
 * its parent ("Ouders › Vertrouwen") so the hierarchy stays readable; at most 80 characters.
 */
export function importedLabels(codes: readonly ImportedCode[], parent = ''): string[] {
  return codes.flatMap((c) => {
    const label = (parent ? `${parent} › ${c.name}` : c.name).slice(0, 80).trim();
    return [label, ...importedLabels(c.children, label)];
  });
}
