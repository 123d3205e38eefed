import type { Extractor } from '../analyzer';
import { entitiesIn, isStreetLine, POSTAL } from '../controller-address';
import { definedNameParticleRegex, findLegalNames, nameParticleRegex, normalizeName, occurrences, wordsAfter, wordsBefore, type NameSpan } from '../controller-name';
import { lineBreakBetween, perDocument, sentenceAt, sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import { codePointAt, codePointBefore, codePointClass, occursWhere, patternsOf } from '../match';
import type { Controller, Evidence } from '../types';
import { compileNow } from '../native-regex';

/** Evidence rule ids: how the controller's name was found (controller_identity reads them). */
export const RULE_LEGAL = 'controller-legal-name';
export const RULE_ROLE = 'controller-role';
export const RULE_BRAND = 'controller-brand';
/** A name without legal form that the text calls a company or other legal person. */
export const RULE_ENTITY = 'controller-entity';
export const RULE_ADDRESS = 'controller-address';

export { POSTAL };
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s()./-]{7,}\d(?![\p{N}])/gu;
const REG_NUMBER = /[A-Z]{0,4}\s?\d[\d\s.]{4,}\d/u;
const WINDOW = 5;
/** How far around a role phrase names are looked for, in characters. */
const ROLE_WINDOW = 240;
/** Below this a candidate is a stray capitalised word, not a stated identity. */
const MIN_SCORE = 2.5;
/** Bonus for a name that matches the domain of the policy's e-mail addresses. */
const DOMAIN_BONUS = 1.5;

interface Candidate {
  span: NameSpan;
  sentence: Sentence;
  score: number;
  rule: string;
}

const rxCache = new Map<string, ReturnType<typeof buildRegexes>>();

/** The compiled cue regexes of a language, built once. */
function lexRegexes(doc: PolicyDocument): ReturnType<typeof buildRegexes> {
  let rx = rxCache.get(doc.lexiconLanguage);
  if (!rx) {
    rx = buildRegexes(doc);
    rxCache.set(doc.lexiconLanguage, rx);
  }
  return rx;
}

/** Art. 27 representative, in the six languages' GDPR wording (en, de, fr, it, es, nl). */
const REPRESENTATIVE = compileNow(
  /(?<!\p{L})(?:representative|Vertreter\p{L}*|repr[ée]sentant\p{L}*|rappresentant\p{L}*|representante\p{L}*|vertegenwoordiger\p{L}*)(?!\p{L})/iu,
);

function buildRegexes(doc: PolicyDocument) {
  const pick = (f: Parameters<typeof patternsOf>[1]) => compile(patternsOf(doc, f, true));
  return {
    role: pick((l) => l.controller.controllerPhrases),
    joint: pick((l) => l.controller.jointPhrases),
    roleAll: compile(patternsOf(doc, (l) => l.controller.controllerPhrases, true), 'giu'),
    notNames: compile(patternsOf(doc, (l) => l.controller.notNames, true)),
    entity: compile(patternsOf(doc, (l) => l.controller.entityApposition, true)),
    operator: compile(patternsOf(doc, (l) => l.controller.operatorPhrases, true), 'giu'),
    // A third-party product described right before the operator phrase ("... is an advertising service provided by").
    thirdPartyService: compileNow(new RegExp(`(?<![\\p{L}\\p{N}])(?:${patternsOf(doc, (l) => l.controller.thirdPartyService).join('|') || '(?!)'})\\s*$`, 'iu')),
    // ... unless the subject is the policy's own product: "This app is a free service provided by X".
    productSubject: compileNow(new RegExp(`(?<![\\p{L}\\p{N}])(?:${patternsOf(doc, (l) => l.controller.productNouns).join('|')})\\s*$`, 'iu')),
    productOf: compileNow(new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${patternsOf(doc, (l) => l.controller.productNouns).join('|')})(?:\s+\p{Ll}+){0,4}\s+(?:${patternsOf(doc, (l) => l.controller.productOf).join('|')})\s*$`,
      'iu',
    )),
    self: compile(patternsOf(doc, (l) => l.controller.selfReference, false), 'giu'),
    // Country names, which end the address before a brand definition ('..., USA ("Example", "we")').
    countries: new Set(patternsOf(doc, (l) => Object.keys(l.transfers.countries), true).map((k) => k.toLowerCase())),
    eu: compile(patternsOf(doc, (l) => l.controller.euRegion, true), 'gu'),
    euOutside: new RegExp(`^(?:${patternsOf(doc, (l) => l.controller.euOutside, true).join('|') || '(?!)'})$`, 'iu'),
    address: pick((l) => l.controller.addressCues),
    addressAll: compile(patternsOf(doc, (l) => l.controller.addressCues, true), 'giu'),
    addressLead: compileNow(new RegExp(`^(?:(?:${patternsOf(doc, (l) => l.controller.addressLead).join('|')})\\s+)+`, 'iu')),
    registration: pick((l) => l.controller.registrationCues),
    contact: pick((l) => [...l.controller.contactPhrases, ...l.controller.contactForms]),
    contactUsAll: compile(patternsOf(doc, (l) => l.controller.contactUs, true), 'giu'),
    contactTitle: compileNow(new RegExp(`^(?:[#*\\s]*(?:\\d{1,2}(?:\\.\\d{1,2})*|[IVX]{1,4}|[A-Z])\\s*[-–.):]\\s*)?(?:${patternsOf(doc, (l) => l.controller.contactTitles).join('|')})\\s*:?$`, 'iu')),
    // What a contact block must not be about: the DPO, an Art. 27 representative, the supervisory authority.
    notOwnContact: compile(patternsOf(doc, (l) => [...l.dpo.terms, ...l.rights.rights.complaint, ...l.obligations.authorities], true)),
    genericAll: compile(
      patternsOf(doc, (l) => [...l.controller.controllerPhrases, ...l.controller.euRegion, ...l.policy.indicators, ...l.dpo.terms], true),
      'giu',
    ),
    // Capitalised terms that are not organisations: "Data Controller", "GDPR", "EEA", "We".
    generic: compile(
      patternsOf(
        doc,
        (l) => [
          ...l.controller.controllerPhrases,
          ...l.controller.selfReference,
          ...l.controller.euRegion,
          ...l.controller.contactPhrases,
          ...l.policy.indicators,
          ...l.policy.counterIndicators,
          ...l.dpo.terms,
          ...l.recipients.categories,
          ...l.recipients.vague,
        ],
        true,
      ),
    ),
  };
}

type Rx = ReturnType<typeof buildRegexes>;

function isGeneric(rx: Rx, name: string): boolean {
  const m = rx.generic.exec(name);
  if (m && m.index === 0 && m[0].length >= name.length - 1) return true;
  // "We", "Us", "the Company", "Service Provider": the whole name is a pronoun or defined role.
  const n = rx.notNames.exec(name.replace(/^(?:\p{Ll}+\s+)+/u, ''));
  return !!n && n.index === 0 && n[0].length >= name.replace(/^(?:\p{Ll}+\s+)+/u, '').length - 1;
}


/** "4-", "2.1", "IV)", "B:" before a title run into its first sentence. */
const SECTION_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-Z])\s*[-–.):]\s*$/u;

/** Cue positions of one sentence, computed once: many names may be scored against one long sentence. */
interface SentenceCues {
  /** Absolute [start, end) of each controller-role phrase. */
  role: Array<readonly [number, number]>;
  /** Absolute start of each EU/EEA mention. */
  eu: number[];
  /** Absolute start of each mention of a region outside the EEA among them (Switzerland, the UK). */
  euOut: number[];
  /** A registration or address cue is present. */
  registered: boolean;
}

const cueMemo = new WeakMap<PolicyDocument, Map<number, SentenceCues>>();
const sectionMemo = new WeakMap<PolicyDocument, Map<string, { role: boolean; eu: boolean }>>();

function cuesOf(doc: PolicyDocument, rx: Rx, s: Sentence): SentenceCues {
  let byIndex = cueMemo.get(doc);
  if (!byIndex) cueMemo.set(doc, (byIndex = new Map()));
  let c = byIndex.get(s.index);
  if (!c) {
    rx.roleAll.lastIndex = 0;
    const role = [...s.text.matchAll(rx.roleAll)].map((m) => [s.start + m.index, s.start + m.index + m[0].length] as const);
    rx.eu.lastIndex = 0;
    const euMatches = [...s.text.matchAll(rx.eu)];
    const eu = euMatches.map((m) => s.start + m.index);
    const euOut = euMatches.filter((m) => rx.euOutside.test(m[0])).map((m) => s.start + m.index);
    c = { role, eu, euOut, registered: rx.registration.test(s.text) || rx.address.test(s.text) };
    byIndex.set(s.index, c);
  }
  return c;
}

function sectionCues(doc: PolicyDocument, rx: Rx, section: string): { role: boolean; eu: boolean } {
  let bySection = sectionMemo.get(doc);
  if (!bySection) sectionMemo.set(doc, (bySection = new Map()));
  let c = bySection.get(section);
  if (!c) {
    rx.eu.lastIndex = 0;
    c = { role: section.length < 120 && rx.role.test(section), eu: section.length < 120 && rx.eu.test(section) };
    bySection.set(section, c);
  }
  return c;
}

function euContext(doc: PolicyDocument, rx: Rx, s: Sentence, from: number, at: number): boolean {
  if (cuesOf(doc, rx, s).eu.some((pos) => pos >= from && pos < at)) return true;
  const prev = doc.sentences[s.index - 1];
  if (prev && s.text.length < 160 && at - s.start < 40 && cuesOf(doc, rx, prev).eu.length > 0) return true;
  return !!s.section && sectionCues(doc, rx, s.section).eu;
}

/** A registration number or address cue in the text. */
function ownCue(rx: Rx, text: string): boolean {
  return rx.registration.test(text) || rx.address.test(text);
}

/** The sentence's region mentions before the name are all outside the EEA: "If you live in the United Kingdom, X Ltd ...". */
function onlyOutsideEea(doc: PolicyDocument, rx: Rx, s: Sentence, from: number, at: number): boolean {
  const cues = cuesOf(doc, rx, s);
  const before = cues.eu.filter((pos) => pos >= from && pos < at);
  return before.length > 0 && before.every((pos) => cues.euOut.includes(pos));
}

/** Whether the sentence, or a short introducing line just before it ("... ist die:"), names the controller role. */
function roleContext(doc: PolicyDocument, rx: Rx, s: Sentence, at?: number, end = at): number {
  const spans = cuesOf(doc, rx, s).role;
  if (spans.length) {
    if (at === undefined) return 6;
    // In a long sentence, the name next to the role phrase is the controller, not one named further on.
    let nearest = Infinity;
    // A role phrase after the name is measured from the name's end: a longer legal name is not further away.
    for (const [a, b] of spans) nearest = Math.min(nearest, at >= b ? at - b : a > at ? a - Math.max(at, end ?? at) : 0);
    return 6 - Math.min(Math.max(nearest - 30, 0) / 20, 4);
  }
  for (let k = 1; k <= 2; k++) {
    const p = doc.sentences[s.index - k];
    if (!p) break;
    if ((p.heading || /:\s*$/u.test(p.text)) && cuesOf(doc, rx, p).role.length > 0) return 5;
    // A sentence naming the role itself answers the title above it: the sentence after it is not introduced by
    // that title ("Titolare ... è X." then "Y tratta i dati per conto di X").
    if (cuesOf(doc, rx, p).role.length > 0) break;
    if (!p.heading && p.text.length > 160) break;
  }
  if (s.section && sectionCues(doc, rx, s.section).role && s.text.length < 200) return 3;
  return 0;
}

/** The operator phrase at `at` follows the description of a third-party product: "AdMob is an advertising service provided by". */
function thirdPartyOperator(text: string, rx: Rx, s: Sentence, at: number): boolean {
  const from = Math.max(s.start, at - 100);
  const m = rx.thirdPartyService.exec(text.slice(from, at));
  return !!m && !rx.productSubject.test(text.slice(Math.max(s.start, from + m.index - 60), from + m.index));
}

/** Candidates with their scores, best first (for diagnostics and tests). */
export function controllerCandidates(doc: PolicyDocument): Array<{ name: string; score: number; rule: string }> {
  const rx = lexRegexes(doc);
  return [...scoreCandidates(doc, rx), ...cueCandidates(doc, rx), ...addresseeCandidates(doc, rx)]
    .sort((a, b) => b.score - a.score)
    .map((c) => ({ name: c.span.name, score: Math.round(c.score * 10) / 10, rule: c.rule }));
}

function scoreCandidates(doc: PolicyDocument, rx: Rx): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  const legal = findLegalNames(doc);
  const counts = new Map<string, number>();
  const keys = legal.map((n) => normalizeName(doc, n.name));
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let prevEnd = -1;
  let prevSentence = -1;
  for (let i = 0; i < legal.length; i++) {
    const n = legal[i]!;
    const first = sentenceAt(doc, n.start);
    if (!first) continue;
    // A form with dots leading the name ("l'A.S.D. Nuoto ...") may end a sentence for the splitter:
    // the name's cues are in the sentence where the name ends.
    const s = n.end > first.end ? (sentenceAt(doc, n.end - 1) ?? first) : first;
    const from = s.index === prevSentence ? prevEnd : s.start;
    let role = roleContext(doc, rx, s, n.start, n.end);
    // "A BV, <address>, en B BV zijn gezamenlijk verwerkingsverantwoordelijke" (Art. 26): the role is every
    // listed name's, not only the one nearest the phrase; the first named (the policy's own) leads.
    if (role > 0 && role < 6 && cuesOf(doc, rx, s).role.length > 0 && rx.joint.test(s.text)) role = legal.findIndex((o) => o.start >= s.start && o.end <= s.end) === i ? 6.5 : 6;
    let score = 1 + role;
    rx.operator.lastIndex = 0;
    const before = text.slice(Math.max(s.start, n.start - 40), n.start);
    const beforeStart = n.start - before.length;
    const operated = [...before.matchAll(rx.operator)].some(
      (m) => before.length - (m.index + m[0].length) < 6 && !thirdPartyOperator(text, rx, s, beforeStart + m.index),
    );
    if (operated) score += 3;
    // "Recetín, la app de recetas de X S.L." in the policy's introduction: the company that owns the
    // product the policy covers runs it (less than an explicit "operated by").
    else if (s.index < 5 && rx.productOf.test(text.slice(s.start, n.start))) score += 2;
    rx.self.lastIndex = 0;
    const after = text.slice(n.end, n.end + 40);
    const selfM = rx.self.exec(after);
    if (selfM && selfM.index < 4) score += 2;
    // A registration or address cue after the next legal name is that entity's: in "... is X UK Ltd. Elsewhere it is
    // Y, Inc., whose registered office is in Austin" (one sentence for the splitter), the seat is Y's, not X's.
    // (Names normalised once above: normalising inside this search made a page repeating one name
    // thousands of times quadratic in normalisations.)
    if (cuesOf(doc, rx, s).registered) {
      const next = legal.find((o, j) => o.start >= n.end && o.start < s.end && keys[j] !== keys[i]);
      if (!next || ownCue(rx, text.slice(s.start, next.start))) score += 1;
    }
    // "Our representative in the EU (Art. 27) is Example GmbH": the representative is not the controller.
    const representative = REPRESENTATIVE.test(text.slice(Math.max(s.start, n.start - 80), n.start));
    if (representative) score -= 3;
    // The EU/EEA mention only chooses among entities named as controllers or operators.
    else if ((role > 0 || operated) && euContext(doc, rx, s, from, n.start)) score += onlyOutsideEea(doc, rx, s, from, n.start) ? 2 : 3;
    score += 0.3 * Math.min(counts.get(keys[i]!) ?? 1, 5);
    out.push({ span: n, sentence: s, score, rule: RULE_LEGAL });
    prevEnd = n.end;
    prevSentence = s.index;
  }
  return out;
}

/** Names without a legal form: tied to the controller role, after an operator phrase, or before a self-reference. */
// Code point classes of the lookarounds around a word (see lowerElsewhere and checkName below).
const NOT_BEFORE_WORD = codePointClass(/^[\p{L}\p{N}@./_-]$/u);
const NOT_AFTER_WORD = codePointClass(/^[\p{L}\p{N}@_-]$/u);
const LETTER = codePointClass(/^\p{L}$/u);
const LOWER = codePointClass(/^\p{Ll}$/u);

function cueCandidates(doc: PolicyDocument, rx: Rx): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  // A word also written in lower case ("We", "This", "Sometimes") is an ordinary word (not
  // counting e-mail addresses, domains or paths, where brands are written in lower case).
  const lowerSeen = new Map<string, boolean>();
  const lowerElsewhere = (word: string): boolean => {
    let seen = lowerSeen.get(word);
    if (seen === undefined) {
      // = new RegExp(`(?<![\\p{L}\\p{N}@./_-])${escaped lower-case word}(?![\\p{L}\\p{N}@_-]|\\.\\p{L})`, 'u').test(text)
      seen = occursWhere(
        text,
        word.toLowerCase(),
        (a, b) => !NOT_BEFORE_WORD(codePointBefore(text, a)) && !NOT_AFTER_WORD(codePointAt(text, b)) && !(text[b] === '.' && LETTER(codePointAt(text, b + 1))),
      );
      lowerSeen.set(word, seen);
    }
    return seen;
  };
  // Name checks that do not depend on where the name is, cached per name: null = not a name.
  const nameInfo = new Map<string, { nameLike: boolean; freq: number } | null>();
  const checkName = (name: string): { nameLike: boolean; freq: number } | null => {
    let info = nameInfo.get(name);
    if (info !== undefined) return info;
    info = null;
    // "Article 24 of the GDPR", "Privacy Team": a run holding a generic term is not a name.
    if (name.length >= 2 && /\p{L}/u.test(name) && !isGeneric(rx, name) && !rx.generic.test(name)) {
      // A single sentence-initial word ("Sometimes", "Our") is not a name unless written in a
      // name-like way (all capitals, inner capitals, digits) or seen mid-sentence elsewhere.
      const nameLike = /^\p{Lu}[\p{Lu}\p{N}&-]+$|\p{Ll}\p{Lu}|\p{N}|-/u.test(name) || name.includes(' ');
      const freq = occurrences(text, name);
      let ok = true;
      // A single word in capitals whose lower-case form is an ordinary word ("PURPOSE" in a
      // shouted title) is not a name; acronyms and brands ("QWERIO", "AP-HP") are not written so.
      if (/^\p{Lu}{2,}$/u.test(name) && lowerElsewhere(name)) ok = false;
      if (!nameLike) {
        // Mid-sentence: = new RegExp(`[\\p{Ll},] ${escaped name}(?![\\p{L}])`, 'u').test(text)
        const midSentence = () =>
          occursWhere(text, ` ${name}`, (a, b) => {
            const cp = codePointBefore(text, a);
            return (LOWER(cp) || cp === 0x2c) && !LETTER(codePointAt(text, b));
          });
        ok = !lowerElsewhere(name) && (freq >= 2 || midSentence());
      }
      if (ok) info = { nameLike, freq };
    }
    nameInfo.set(name, info);
    return info;
  };
  const accept = (start: number, end: number, s: Sentence, score: number, rule: string, operated = false) => {
    // "[Developer/Company name]", "{COMPANY}", "<Your Name>": a template's placeholder left unfilled is no name.
    if (/[[{<]/u.test(text[start - 1] ?? '')) return;
    let name = text.slice(start, end).replace(/[.,;:\s]+$/u, '');
    // "Example Foundation (EF": keep the name, not an unclosed bracket.
    const open = name.lastIndexOf('(');
    if (open > 0 && !name.includes(')', open)) name = name.slice(0, open).trimEnd();
    // Leading words also written in lower case ("The App", "Our Company") are ordinary words.
    for (let sp = name.indexOf(' '); sp > 0; sp = name.indexOf(' ')) {
      const first = name.slice(0, sp);
      if (/[\p{Lu}].*[\p{Lu}]|\p{N}/u.test(first) || !lowerElsewhere(first)) break;
      // ... but a word that a particle or a quote joins to the capitalised words after it heads the name
      // ("Bottega del Sole", "Bank of Example", 'Condominio "Residenza X"'): the name would otherwise start with it.
      // (Only the language's own particles: English has none, "the Data of Users" is prose. Not when the words
      // after it are ordinary words too.)
      const rest = name.slice(sp + 1);
      const restWords = rest.split(/\s+/u);
      const joiner = /^["“«„]/u.test(rest) || [1, 2].some((k) => nameParticleRegex(doc).test(` ${restWords.slice(0, k).join(' ')} `));
      if (joiner && restWords.some((w) => /^\p{Lu}/u.test(cleanEdge(w)) && !lowerElsewhere(cleanEdge(w)))) break;
      name = name.slice(sp + 1);
      start += sp + 1;
    }
    // 'Condominio "Residenza X"': the closing quote of a quoted name belongs to it.
    const q = /["“«„]/u.exec(name);
    if (q && !/["”»“]/u.test(name.slice(q.index + 1)) && /^["”»“]/u.test(text.slice(start + name.length))) name += text[start + name.length];
    const info = checkName(name);
    if (!info) return;
    if (info.freq < 2 && rule === RULE_BRAND && score < 3) return;
    // Part of a longer generic term ("Unione Europea", "Data Protection Officer").
    const ctxStart = Math.max(0, start - 40);
    rx.genericAll.lastIndex = 0;
    for (const g of text.slice(ctxStart, end + 40).matchAll(rx.genericAll)) {
      const gs = ctxStart + g.index;
      if (gs < start + name.length && gs + g[0].length > start) return;
    }
    // Next to the role phrase a plain capitalised word may be a noun (German capitalises them
    // all): weaker evidence there.
    if (!info.nameLike && !operated && rule === RULE_ROLE) score -= 1.5;
    // "Example, a French company ...": the name is that of a legal person, not only a brand.
    const after = rx.entity.exec(text.slice(start + name.length, start + name.length + 60));
    if (after && after.index <= 1) {
      score += 1;
      if (rule === RULE_BRAND) rule = RULE_ENTITY;
    }
    out.push({ span: { name, start, end: start + name.length, legalForm: false }, sentence: s, score: score + 0.3 * Math.min(info.freq, 5), rule });
  };
  // One pass of the role and operator regexes over the whole text (cheaper than per sentence),
  // then the sentences they fall in.
  const hits = new Map<number, Sentence>();
  for (const re of [rx.roleAll, rx.operator]) {
    re.lastIndex = 0;
    let k = 0;
    for (const m of text.matchAll(re)) {
      if (++k > 300) break;
      const s = sentenceAt(doc, m.index);
      if (s) hits.set(s.index, s);
    }
  }
  let budget = 200;
  for (const s of [...hits.values()].sort((a, b) => a.index - b.index)) {
    if (budget <= 0) break;
    const role = rx.role.exec(s.text);
    if (role) {
      budget--;
      // "X is the controller" / "the controller is X" / "X, as controller": capitalised runs in the sentence.
      // Only near the role phrase (names further away are skipped below anyway): keeps a
      // long run-on sentence linear.
      const re = /(?<![\p{L}\p{N}'’-])(?:[\p{L}]['’])?[\p{Lu}][\p{L}\p{N}'’&.-]*/gu;
      const roleStart = s.start + role.index;
      const roleEnd = roleStart + role[0].length;
      const winStart = Math.max(s.start, roleStart - ROLE_WINDOW);
      const window = text.slice(winStart, Math.min(s.end, roleEnd + ROLE_WINDOW));
      let last = -1;
      for (const m of window.matchAll(re)) {
        const at = winStart + m.index;
        if (at < last) continue;
        const w = wordsAfter(text, at, s.end);
        if (!w.words.length) continue;
        last = w.end;
        if (w.start < roleEnd && w.end > roleStart) continue;
        // Aliases in quotes or brackets ("the “Controller”") are not the name.
        if (/[("“”„«'‘’]/u.test(text[w.start - 1] ?? '')) continue;
        const between = w.end <= roleStart ? text.slice(w.end, roleStart) : text.slice(roleEnd, w.start);
        const distance = between.replace(/\([^)]*\)/gu, '').length;
        if (distance > 80) continue;
        const eu = euContext(doc, rx, s, s.start, w.start) ? 3 : 0;
        accept(w.start, w.end, s, 4 + eu - Math.min(distance / 25, 3), RULE_ROLE);
      }
    }
    rx.operator.lastIndex = 0;
    for (const m of s.text.matchAll(rx.operator)) {
      budget--;
      if (thirdPartyOperator(text, rx, s, s.start + m.index)) continue;
      const w = wordsAfter(text, s.start + m.index + m[0].length, s.end);
      if (w.words.length) accept(w.start, w.end, s, role ? 4 : 3, role ? RULE_ROLE : RULE_BRAND, true);
    }
    // A short title or "... is:" line naming the role, then the name on the next line. After a question title
    // ("Who is the controller?") the next line must be the name on its own line, not a sentence of prose whose
    // subject may be anything ("This app is regulated by ...").
    const next = doc.sentences[s.index + 1];
    const answered = !!next && (!/\?\s*$/u.test(s.text) || next.text.length <= 60 || !/[.!?]$/u.test(next.text));
    if (role && next && answered && s.text.length < 200 && (s.heading || /:\s*$/u.test(s.text))) {
      const w = wordsAfter(text, next.start, next.end);
      if (w.words.length) accept(w.start, w.end, next, 5, RULE_ROLE);
    }
  }
  // "Example collects ...", "Example ("we")": the word before a self-reference.
  rx.self.lastIndex = 0;
  let n = 0;
  for (const m of text.matchAll(rx.self)) {
    if (++n > 400) break;
    if (m[0].trim().length === 0) continue;
    const s = sentenceAt(doc, m.index);
    if (!s) continue;
    const lineStart = s.start;
    const defined = m[0].startsWith('(');
    const before = wordsBefore(text, m.index, lineStart, defined ? definedNameParticleRegex(doc) : undefined);
    if (!before.words.length || m.index - (before.start + before.words.join(' ').length) > 3) continue;
    // '<Company>, <street>, <city>, USA ("Example", "we")': the country closing the address is no name.
    if (rx.countries.has(before.words.map(cleanEdge).join(' ').toLowerCase())) continue;
    // "the Developer collects", "our Service Provider uses": a defined term after a lower-case
    // determiner, not a name (a run joined by a particle, "X Institute of Technology", is one).
    const joined = before.words.some((w) => /^\p{Ll}/u.test(w));
    if (!joined && /\p{Ll}\s+$/u.test(text.slice(Math.max(lineStart, before.start - 12), before.start))) continue;
    // "4- PURPOSE processes your data ...": a numbered section title run into its first sentence. One
    // capitalised word that the policy also writes in lower case in running text is a common word.
    // (checkName already drops "PURPOSE" when "purpose" occurs; here its plural is enough.)
    const word = before.words[0]!;
    if (before.words.length === 1 && /^\p{Lu}{3,}$/u.test(word) && SECTION_NUMBER.test(text.slice(lineStart, before.start)) && lowerElsewhere(`${word}S`)) continue;
    // A bracketed definition ("Example (the \"Developer\")") is stronger than a verb ("Example collects").
    // When a sentence soon after names the defined term as the controller ("The Institute is the data
    // controller"), the defined name is the controller's.
    const alias = defined ? /[“"‘'«„]\s*([^”"’'»()]*\p{Lu}[^”"’'»()]*?)\s*[”"’'»“]/u.exec(m[0])?.[1]?.toLowerCase() : undefined;
    let aliasRole = false;
    for (let k = s.index; alias && k < Math.min(s.index + 6, doc.sentences.length) && !aliasRole; k++) {
      const t = doc.sentences[k]!;
      const at = t.text.toLowerCase().indexOf(alias, k === s.index ? m.index + m[0].length - t.start : 0);
      aliasRole = at >= 0 && cuesOf(doc, rx, t).role.length > 0;
    }
    accept(before.start, m.index, s, aliasRole ? 4 : defined ? 3 : 2, aliasRole ? RULE_ROLE : RULE_BRAND);
  }
  return out;
}

/** A word without the quotes or brackets around it. */
function cleanEdge(w: string): string {
  return w.replace(/^[("“«„']+|[)"”»’'.,]+$/gu, '');
}

/** A name line: capitalised words, with short lower-case joiners ("and", "of", "de") and "&" / "+"; no sentence. */
const NAME_LINE = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|[&+]|\p{Ll}{1,3})(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&,-]*|[&+]|\p{Ll}{1,3}))*$/u;
/** How many lines an address block may hold between its name line and its street or postal-code line. */
const BLOCK_LINES = 3;

/**
 * "Write to us at:" or a "Contact us" title, then a line holding only a name and an address block
 * under it: the addressee of the policy's own postal address is the policy's "we", the controller.
 * The name may be a trading name without a legal form ("Example Pottery"); a block introduced as the
 * DPO's, the representative's or the supervisory authority's is not the controller's.
 */
function addresseeCandidates(doc: PolicyDocument, rx: Rx): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  const leads = new Map<number, Sentence>();
  rx.contactUsAll.lastIndex = 0;
  let k = 0;
  for (const m of text.matchAll(rx.contactUsAll)) {
    if (++k > 100) break;
    const s = sentenceAt(doc, m.index);
    if (s && /:\s*$/u.test(s.text) && s.text.length <= 300) leads.set(s.index, s);
  }
  for (const s of doc.sentences) if (s.heading && s.text.length <= 60 && rx.contactTitle.test(s.text)) leads.set(s.index, s);
  const legal = leads.size ? findLegalNames(doc) : [];
  for (const lead of [...leads.values()].sort((a, b) => a.index - b.index)) {
    if (rx.notOwnContact.test(lead.text) || REPRESENTATIVE.test(lead.text)) continue;
    const t = doc.sentences[lead.index + 1];
    if (!t || !lineBreakBetween(text, lead.end, t.start)) continue;
    const after = doc.sentences[t.index + 1];
    if (!after || !lineBreakBetween(text, t.end, after.start)) continue;
    const line = t.text.replace(/^[#*•\s-]+/u, '').replace(/[\s,;.]+$/u, '');
    if (line.length < 2 || line.length > 70 || line.split(/\s+/u).length > 8 || !NAME_LINE.test(line)) continue;
    if (POSTAL.test(line) || isStreetLine(line) || isGeneric(rx, line) || rx.generic.test(line) || REPRESENTATIVE.test(line)) continue;
    // The address block: a street or postal-code line within the next few short lines.
    let block = false;
    for (let j = 1; j <= BLOCK_LINES && !block; j++) {
      const u = doc.sentences[t.index + j];
      if (!u || u.text.length > 120) break;
      block = POSTAL.test(u.text) || isStreetLine(u.text.replace(/[\s,;.]+$/u, ''));
    }
    if (!block) continue;
    const start = t.start + t.text.indexOf(line);
    const end = start + line.length;
    const span = legal.find((n) => n.start >= start && n.end <= end);
    // A legal name there is the controller's (more than its other mentions); a trading name is a brand.
    if (span) out.push({ span, sentence: t, score: 4, rule: RULE_LEGAL });
    else out.push({ span: { name: line, start, end, legalForm: false }, sentence: t, score: 3, rule: RULE_BRAND });
  }
  return out;
}

function findAddress(doc: PolicyDocument, s: Sentence, nameEnd: number): { address: string; sentence: Sentence } | null {
  for (let k = 0; k <= WINDOW; k++) {
    const t = doc.sentences[s.index + k];
    if (!t) break;
    if (k > 0 && t.text.length > 200) break;
    // A block starts on the line after the name: prose that goes on after the name's sentence on its line with
    // no address cue ("... established under the Example Act 2018 ...") holds no address block.
    if (k > 0 && t.text.length > 80 && !lineBreakBetween(doc.text, s.end, t.start) && !lexRegexes(doc).address.test(t.text)) break;
    const m = POSTAL.exec(t.text);
    if (!m) continue;
    if (k === 0) {
      const base = Math.max(nameEnd - t.start, 0);
      let from = base;
      // "X Ltd, a company registered in ..., with its registered office at 1 Road, Town AB1 2CD":
      // the address starts after the last address cue before the postal code, not after the name.
      const rx = lexRegexes(doc);
      for (const cue of t.text.slice(base, m.index).matchAll(rx.addressAll)) from = base + cue.index + cue[0].length;
      const addr = t.text
        .slice(from, m.index + m[0].length)
        .replace(/^[\s,;:()–-]+/u, '')
        .replace(rx.addressLead, '')
        .trim();
      if (addr.length > 4 && /\d/u.test(addr)) return { address: addr.slice(-200), sentence: t };
      return { address: m[0], sentence: t };
    }
    // Address block on the lines after the name: join them up to the postal-code line.
    const lines = doc.sentences.slice(s.index + 1, s.index + k + 1).map((x) => x.text);
    const next = doc.sentences[s.index + k + 1];
    if (next && next.text.length < 30 && /^\p{Lu}[\p{L} ]+$/u.test(next.text)) lines.push(next.text);
    return { address: lines.join(', ').slice(0, 200), sentence: t };
  }
  return null;
}

function emailsIn(doc: PolicyDocument, from: number, to: number): string[] {
  return entitiesIn(doc, from, to, ['EMAIL']).map((e) => e.text);
}

/** Finds the controller: legal name, address, e-mails, phones, registration number (memoised per document). */
export const findController = perDocument(computeController);

function computeController(doc: PolicyDocument): Controller {
  const empty: Controller = { name: null, address: null, emails: [], phones: [], registrationNumber: null, evidence: [] };
  if (doc.sentences.length === 0) return empty;
  const rx = lexRegexes(doc);
  const candidates = [...scoreCandidates(doc, rx), ...cueCandidates(doc, rx), ...addresseeCandidates(doc, rx)];
  if (candidates.length === 0) return empty;
  // The policy's own e-mail addresses are usually on the controller's domain ("privacy@example.com"
  // for "Example Ltd"): a company name (with its legal form) that matches one is more likely the
  // controller. Product names match domains too, so brands get no such bonus.
  const labels = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== 'EMAIL') continue;
    const host = e.text.split('@')[1]?.toLowerCase().split('.') ?? [];
    const label = host.length >= 2 ? host[host.length - 2] : undefined;
    if (label && label.length >= 3) labels.add(label);
  }
  const domainMatch = new Map<string, boolean>();
  const ownDomain = (key: string): boolean => {
    let v = domainMatch.get(key);
    if (v === undefined) {
      const tokens = key.split(' ').filter((t) => t.length >= 3);
      const joined = tokens.join('');
      v = [...labels].some((l) => l === joined || tokens.some((t) => t.length >= 5 && l.includes(t)) || (l.length >= 4 && joined.includes(l)));
      domainMatch.set(key, v);
    }
    return v;
  };
  // A name found along several paths (legal form, role, operator) is more likely the controller.
  const seen = new Map<string, number>();
  for (const c of candidates) {
    const k = normalizeName(doc, c.span.name);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  let best: Candidate | null = null;
  let bestScore = MIN_SCORE;
  for (const c of candidates) {
    const key = normalizeName(doc, c.span.name);
    const total = c.score + 0.5 * Math.min((seen.get(key) ?? 1) - 1, 2) + (c.span.legalForm && ownDomain(key) ? DOMAIN_BONUS : 0);
    if (total > bestScore) {
      best = c;
      bestScore = total;
    }
  }
  if (!best) return empty;
  // The same name stated as the controller, as a legal name or as a legal person elsewhere ("X est le responsable
  // de traitement") is the better citation than "collected by X", and says more than a brand.
  if (best.rule === RULE_BRAND) {
    const key = normalizeName(doc, best.span.name);
    let stronger: Candidate | null = null;
    for (const c of candidates) if (c.rule !== RULE_BRAND && (!stronger || c.score > stronger.score) && normalizeName(doc, c.span.name) === key) stronger = c;
    if (stronger) best = stronger;
  }

  const s = best.sentence;
  const evidence: Evidence[] = [sentenceEvidence(s, best.rule)];
  // The address may follow another mention of the same name ("X SAS, siège social ..." before
  // "X SAS est responsable du traitement"): try the chosen sentence first, then the others.
  const key = normalizeName(doc, best.span.name);
  const anchors = [best, ...candidates.filter((c) => c !== best && c.sentence !== s && normalizeName(doc, c.span.name) === key).slice(0, 6)];
  let addr: ReturnType<typeof findAddress> = null;
  for (const a of anchors) {
    addr = findAddress(doc, a.sentence, a.span.end);
    if (addr) break;
  }
  if (addr && addr.sentence.index !== s.index) evidence.push(sentenceEvidence(addr.sentence, RULE_ADDRESS));
  const last = doc.sentences[Math.min(s.index + WINDOW, doc.sentences.length - 1)]!;
  let emails = emailsIn(doc, s.start, last.end);
  if (emails.length === 0) {
    for (const c of doc.sentences) {
      if (!rx.contact.test(c.text)) continue;
      emails = emailsIn(doc, c.start, c.end);
      if (emails.length) break;
    }
  }
  const windowText = doc.text.slice(s.start, last.end);
  const phones = [...windowText.matchAll(PHONE)].map((m) => m[0].trim()).filter((p) => p.replace(/\D/gu, '').length >= 8 && !POSTAL.test(p));
  let registrationNumber: string | null = null;
  for (const a of anchors) {
    for (let k = 0; k <= WINDOW && !registrationNumber; k++) {
      const t = doc.sentences[a.sentence.index + k];
      if (!t) break;
      const cue = rx.registration.exec(t.text);
      if (!cue) continue;
      const m = REG_NUMBER.exec(t.text.slice(cue.index, cue.index + cue[0].length + 60));
      if (m) registrationNumber = m[0].trim();
    }
    if (registrationNumber) break;
  }
  return {
    name: best.span.name,
    address: addr?.address ?? null,
    emails: [...new Set(emails)],
    // A registration number ("codice fiscale 97000000017") is no phone number.
    phones: [...new Set(phones)].filter((p) => !registrationNumber || p.replace(/\D/gu, '') !== registrationNumber.replace(/\D/gu, '')).slice(0, 3),
    registrationNumber,
    evidence,
  };
}

/** Finds the controller: legal name, address, e-mails, phones, registration number. */
const extractor: Extractor<'controller'> = {
  meta: { id: 'controller', fact: 'controller', description: 'Finds the controller: legal name, address, e-mails, phones, registration number.' },
  extract(doc) {
    const c = findController(doc);
    return { ...c, emails: [...c.emails], phones: [...c.phones], evidence: [...c.evidence] };
  },
};

export default extractor;
