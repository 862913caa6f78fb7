/**
 * A small XML writer and reader for the REFI-QDA files. The writer escapes text and drops
 * characters XML 1.0 cannot carry (control characters, lone surrogates); the reader handles
 * what QDA programs write (elements, attributes, text, entities, CDATA, comments, declarations)
 * and never throws: a broken document gives an error message instead.
 */

const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data (also safe inside double-quoted attributes). */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** An attribute value: like text, and line breaks kept as character references. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\n/g, '&#10;');
}

/** `<name a="1" b="2">children</name>`, or self-closing without children. Undefined attributes are left out. */
export function el(
  name: string,
  attrs: Record<string, string | number | boolean | undefined>,
  ...children: (string | false | null | undefined)[]
): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
  const inner = children.filter((c): c is string => typeof c === 'string' && c !== '').join('');
  return inner ? `<${name}${a}>${inner}</${name}>` : `<${name}${a}/>`;
}

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (character data directly inside it), entities resolved. */
  readonly text: string;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; message: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return ENTITIES[e] ?? m;
  });
}

/** Local name without a namespace prefix ("qda:Code" → "Code"). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

export function parseXml(input: string, maxDepth = 64): XmlParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  type Open = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string };
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const fail = (message: string): XmlParse => ({ ok: false, message: `${message} (teken ${i})` });
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk.trim()) {
      if (!stack.length) return fail('tekst buiten het hoofdelement');
      stack.at(-1)!.text += decode(chunk);
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return fail('opmerking niet afgesloten');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0 || !stack.length) return fail('CDATA niet afgesloten');
      stack.at(-1)!.text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return fail('declaratie niet afgesloten');
      i = end + 2;
    } else if (text.startsWith('<!', i)) {
      const end = text.indexOf('>', i + 2);
      if (end < 0) return fail('declaratie niet afgesloten');
      i = end + 1;
    } else if (text.startsWith('</', i)) {
      const end = text.indexOf('>', i);
      if (end < 0) return fail('eindtag niet afgesloten');
      const name = text.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== local(name)) return fail(`onverwachte eindtag </${name}>`);
      const done: XmlElement = {
        name: open.name,
        attrs: open.attrs,
        children: open.children,
        text: open.text,
      };
      if (stack.length) stack.at(-1)!.children.push(done);
      else root = done;
      i = end + 1;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
        text.slice(i, i + 100_000),
      );
      if (!m) return fail('ongeldige tag');
      if (root) return fail('meer dan één hoofdelement');
      const attrs: Record<string, string> = {};
      for (const a of m[2]!.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attrs[local(a[1]!)] = decode(a[2] ?? a[3] ?? '');
      const open: Open = { name: local(m[1]!), attrs, children: [], text: '' };
      if (m[2]!.includes('xmlns')) {
        const ns = /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[2]!);
        if (ns) attrs.xmlns = ns[1] ?? ns[2] ?? '';
      }
      if (m[3] === '/') {
        const done: XmlElement = { ...open };
        if (stack.length) stack.at(-1)!.children.push(done);
        else root = done;
      } else {
        if (stack.length >= maxDepth) return fail('te diep genest');
        stack.push(open);
      }
      i += m[0].length;
    }
  }
  if (stack.length) return fail(`<${stack.at(-1)!.name}> niet afgesloten`);
  if (!root) return { ok: false, message: 'geen XML-element gevonden' };
  return { ok: true, root };
}

export const childrenNamed = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
export const childNamed = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);
