import { createRequire } from 'node:module';

// Why the web tests were slow: testing-library's *ByRole queries and antd's TextArea autosize call
// window.getComputedStyle on many elements, and jsdom answers each call by matching the element against every rule of
// every style sheet in the document, in order. antd's CSS-in-JS puts 1,500–2,000 rules in the document, with more
// distinct selectors than the 1,000 compiled selectors nwsapi (jsdom's selector engine) keeps in its LRU cache, so
// walking the rules in order evicted each selector before its next use and every call compiled them all again
// (three quarters of a page test's time went there).
//
// Two changes, both leaving the answers exactly as jsdom gives them:
// 1. nwsapi's caches of compiled selectors have no size limit (a test file compiles a few thousand selectors once).
// 2. The declarations jsdom caches per element until the next DOM change are computed from the rules whose selector
//    can match the element: each rule is filed once under a class, id or tag its selector requires of the element
//    itself (browsers do the same), rules requiring none are always tried, and the candidates are matched by jsdom's
//    own matcher, in sheet order, with jsdom's cascade. jsdom then computes the resolved values from them as usual.
// This reaches into jsdom internals (paths below); if they move, installFastStyles() says so and leaves jsdom as is.

type Impl = {
  _ownerDocument: { _styleCache: WeakMap<object, unknown> | null; styleSheets: { _list: Sheet[] } };
  parentElement: Impl | null;
  localName: string;
  style: CSSStyleDeclaration;
  getAttributeNS(ns: string | null, name: string): string | null;
};
type LruCache = { get(k: string): unknown; has(k: string): boolean; set(k: string, v: unknown): unknown; clear(): void; size(): number };
type Rule = { selectorText?: string; style?: CSSStyleDeclaration; media?: ArrayLike<string>; cssRules?: ArrayLike<Rule> };
type Sheet = { cssRules: ArrayLike<Rule> };
/** A style rule and the keys (`.class`, `#id` or `tag`) one of which an element needs to match it; null: always try. */
type Entry = { rule: Rule; keys: string[] | null };

const require = createRequire(import.meta.url);

function unbounded(cache: LruCache): void {
  const m = new Map<string, unknown>();
  cache.get = (k) => m.get(k);
  cache.has = (k) => m.has(k);
  cache.set = (k, v) => (m.set(k, v), v);
  cache.clear = () => m.clear();
  cache.size = () => m.size;
}

/** Splits at top-level occurrences of the characters in `at` (outside (), [] and quotes). */
function splitTop(s: string, at: (c: string, i: number) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && at(c, i)) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** A key the subject (rightmost compound) of one complex selector requires, or null when none can be read safely. */
function subjectKey(complex: string): string | null {
  // Escapes, namespaces and nesting are left to the matcher.
  if (/[\\|&]/.test(complex)) return null;
  const compounds = splitTop(complex.trim(), (c) => /[\s>+~]/.test(c));
  const subject = compounds[compounds.length - 1]!;
  // Only the parts outside any brackets or pseudo-class arguments.
  let top = '';
  let depth = 0;
  for (const c of subject) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) top += c;
  }
  // A name with other characters than these (non-ASCII letters…) could be cut short below: leave it to the matcher.
  if (/[^\w\-.#:*]/.test(top)) return null;
  const cls = /\.(-?[_a-zA-Z][\w-]*)/.exec(top);
  if (cls) return `.${cls[1]}`;
  const id = /#(-?[_a-zA-Z][\w-]*)/.exec(top);
  if (id) return `#${id[1]}`;
  const tag = /^([a-zA-Z][\w-]*)/.exec(top);
  return tag ? tag[1]!.toLowerCase() : null;
}

/** The keys one of which an element needs to match a selector list; null when it cannot be told (always try the rule). */
export function keysOf(selectorText: string): string[] | null {
  const keys: string[] = [];
  for (const complex of splitTop(selectorText, (c) => c === ',')) {
    const k = subjectKey(complex);
    if (k === null) return null;
    keys.push(k);
  }
  return keys;
}

/** Makes jsdom's getComputedStyle fast without changing its answers; returns why not when jsdom's internals moved. */
export function installFastStyles(): string | null {
  let utils: { implForWrapper(w: unknown): unknown };
  let selectors: { matchesDontThrow(el: Impl, selector: string): boolean };
  let parseCss: (css: string) => Sheet;
  let defaultCss: string;
  try {
    utils = require('jsdom/lib/jsdom/living/generated/utils.js');
    selectors = require('jsdom/lib/jsdom/living/helpers/selectors.js');
    defaultCss = require('jsdom/lib/jsdom/browser/default-stylesheet.js');
    parseCss = require('rrweb-cssom').parse;
  } catch (e) {
    return `jsdom internals not found: ${String(e)}`;
  }
  // Creates jsdom's two selector engines for this document, then lifts their cache limits.
  const sample = window.getComputedStyle(document.body);
  // cssstyle's declarations hide `constructor` (it is a CSS property name there); the prototype's is the class.
  const Declaration = Object.getPrototypeOf(sample).constructor as new () => CSSStyleDeclaration;
  document.body.matches('*');
  const doc = utils.implForWrapper(document) as Record<string, Record<string, LruCache> | undefined>;
  for (const engine of [doc._nwsapiDontThrow, doc._nwsapi]) {
    for (const name of ['matchLambdas', 'selectLambdas', 'matchResolvers', 'selectResolvers']) {
      const cache = engine?.[name];
      if (typeof cache?.get !== 'function' || typeof cache.set !== 'function') return `nwsapi cache ${name} not found`;
      unbounded(cache);
    }
  }
  if (!('_styleCache' in doc) || !Array.isArray((doc.styleSheets as unknown as { _list?: unknown })?._list))
    return 'jsdom style cache or sheet list not found';

  const index = new WeakMap<Sheet, { rules: Rule[]; entries: Entry[] }>();
  const entriesOf = (sheet: Sheet): Entry[] => {
    const rules = Array.from(sheet.cssRules);
    const known = index.get(sheet);
    if (known && known.rules.length === rules.length && known.rules.every((r, i) => r === rules[i])) return known.entries;
    const entries: Entry[] = [];
    const add = (rule: Rule) => {
      // As jsdom: a rule without a selector matches nothing.
      if (typeof rule.selectorText === 'string') entries.push({ rule, keys: keysOf(rule.selectorText) });
    };
    for (const rule of rules) {
      // As jsdom: @media rules apply when their media list names "screen".
      if (rule.media) {
        if (Array.prototype.indexOf.call(rule.media, 'screen') !== -1) Array.prototype.forEach.call(rule.cssRules ?? [], add);
      } else add(rule);
    }
    index.set(sheet, { rules, entries });
    return entries;
  };
  const defaultSheet = parseCss(defaultCss);

  // jsdom's getDeclarationForElement (helpers/style-rules.js), over the candidate rules only.
  const declarationOf = (el: Impl): CSSStyleDeclaration => {
    const own = new Set<string>([el.localName.toLowerCase()]);
    for (const c of (el.getAttributeNS(null, 'class') ?? '').split(/[\t\n\f\r ]+/)) if (c) own.add(`.${c}`);
    const id = el.getAttributeNS(null, 'id');
    if (id) own.add(`#${id}`);
    const declaration = new Declaration();
    const apply = (style: CSSStyleDeclaration) => {
      Array.prototype.forEach.call(style, (property: string) => {
        const value = style.getPropertyValue(property);
        if (value === 'unset') declaration.removeProperty(property);
        else declaration.setProperty(property, value, style.getPropertyPriority(property));
      });
    };
    for (const sheet of [defaultSheet, ...el._ownerDocument.styleSheets._list]) {
      for (const { rule, keys } of entriesOf(sheet)) {
        if (keys !== null && !keys.some((k) => own.has(k))) continue;
        if (selectors.matchesDontThrow(el, rule.selectorText!)) apply(rule.style!);
      }
    }
    apply(el.style);
    return declaration;
  };

  const jsdomGetComputedStyle = window.getComputedStyle.bind(window);
  // jsdom throws "not implemented" for pseudo-elements; antd and testing-library then read the element's own style.
  window.getComputedStyle = (elt: Element) => {
    const el = utils.implForWrapper(elt) as Impl | undefined;
    if (el) {
      const owner = el._ownerDocument;
      const cache = (owner._styleCache ??= new WeakMap());
      // The element and its ancestors: jsdom reads inherited properties (visibility, color…) from the parents.
      for (let e: Impl | null = el; e; e = e.parentElement) if (!cache.has(e)) cache.set(e, declarationOf(e));
    }
    return jsdomGetComputedStyle(elt);
  };
  return null;
}
