import { INTENT_CLASSES } from './lexicon/classes.ts';
import { COMBO_RULES } from './lexicon/rules.ts';
import { classCount, classId, type Hit } from './matchers.ts';
import type { IntentId } from './types.ts';

/** Characters that end a clause for negation scope. */
const CLAUSE_BREAK = /[、,;:。.!?]| - /;

/** One intent before thresholds: its score and the hits that raised it. */
export interface ScoredIntent {
  readonly id: IntentId;
  score: number;
  conditional: boolean;
  readonly hits: Hit[];
}

/** What the hits say about the message, before the deadline and the actions. */
export interface Scoring {
  readonly intents: ScoredIntent[];
  readonly auto: boolean;
  readonly spam: boolean;
  readonly gratitude: boolean;
  /** 2 critical, 1 high, 0 none — from words only. */
  readonly urgencyWords: number;
  readonly urgencyHits: readonly Hit[];
  readonly anger: number;
  readonly angerHits: readonly Hit[];
  readonly hidden: boolean;
  readonly hiddenHits: readonly Hit[];
  /** A safety word (fire, injury) or a security word (takeover) was found. */
  readonly safety: boolean;
  readonly security: boolean;
}

/** Drops hits that lie inside a longer hit (a shadow entry or a longer cue wins). */
function dropContained(hits: Hit[], none: number): Hit[] {
  sortByPosition(hits);
  const kept: Hit[] = [];
  let maxEnd = -1;
  let maxStart = -1;
  let noneEnd = -1;
  for (const hit of hits) {
    if (hit.e.role) {
      if (noneEnd < hit.end) kept.push(hit);
      continue;
    }
    if (maxEnd > hit.end || (maxEnd === hit.end && maxStart < hit.start)) continue;
    if (hit.e.c === none && !hit.e.f.includes('r')) noneEnd = Math.max(noneEnd, hit.end);
    else kept.push(hit);
    if (hit.end > maxEnd) {
      maxEnd = hit.end;
      maxStart = hit.start;
    }
  }
  return kept;
}

/**
 * Sorts hits by start, longer first (stable). The scanner emits them by end, so a hit moves only
 * past the shorter hits inside it: an insertion sort is linear here and beats a comparator sort.
 */
function sortByPosition(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i] as Hit;
    let j = i - 1;
    for (; j >= 0; j--) {
      const other = hits[j] as Hit;
      if (other.start < hit.start || (other.start === hit.start && other.end >= hit.end)) break;
      hits[j + 1] = other;
    }
    hits[j + 1] = hit;
  }
}

/** Marks the hits each negator cancels (§5.5): ja negators follow, en negators precede. */
function negate(text: string, hits: readonly Hit[], I: Ids): Uint8Array {
  const negated = new Uint8Array(hits.length);
  for (let i = 0; i < hits.length; i++) {
    const neg = hits[i] as Hit;
    if (neg.e.c === I.negJa) {
      for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
        const hit = hits[j] as Hit;
        if (hit.s !== neg.s || neg.start - hit.end > 8) break;
        if (hit.end > neg.start || !hit.e.negatable) continue;
        if (!CLAUSE_BREAK.test(text.slice(hit.end, neg.start))) negated[j] = 1;
      }
    } else if (neg.e.c === I.negEn) {
      for (let j = i + 1; j < hits.length && j <= i + 6; j++) {
        const hit = hits[j] as Hit;
        if (hit.s !== neg.s || hit.start - neg.end > 20) break;
        if (hit.start < neg.end || !hit.e.negatable) continue;
        if (!CLAUSE_BREAK.test(text.slice(neg.end, hit.start))) negated[j] = 1;
      }
    }
  }
  return negated;
}

function add(
  map: Map<IntentId, ScoredIntent>,
  id: IntentId,
  score: number,
  hits: readonly Hit[],
  cond: boolean,
): void {
  const entry = map.get(id);
  if (entry === undefined) {
    map.set(id, { id, score, conditional: cond, hits: hits.slice() });
    return;
  }
  entry.score += score;
  entry.conditional &&= cond;
  for (const hit of hits) entry.hits.push(hit);
}

interface CompiledRule {
  readonly intent: IntentId;
  readonly all: readonly number[];
  readonly none: readonly number[];
  readonly a: number | undefined;
  readonly hidden: boolean;
  readonly wide: boolean;
}

/** Class ids the scorer reads, and the rules in ids (built on first use). */
interface Ids {
  readonly count: number;
  readonly isIntent: Uint8Array;
  readonly req: number;
  readonly q: number;
  readonly wh: number;
  readonly cond: number;
  readonly thanks: number;
  readonly spam: number;
  readonly hidden: number;
  readonly sarcasm: number;
  readonly goods: number;
  readonly deadline: number;
  readonly none: number;
  readonly negJa: number;
  readonly negEn: number;
  readonly rules: readonly CompiledRule[];
  /** Per class: bit `r` set when rule `r` needs the class (rules past the 31st are always tried). */
  readonly ruleMask: Int32Array;
  /** Per class: the sentence it was last seen in, and its first hit there (reused by every call). */
  readonly stamp: Int32Array;
  readonly first: (Hit | undefined)[];
  /** The classes seen in the current sentence, in order of first hit (reused by every call). */
  readonly present: Int32Array;
}

let ids: Ids | undefined;

function buildIds(): Ids {
  const count = classCount();
  const isIntent = new Uint8Array(count);
  for (const name of INTENT_CLASSES) isIntent[classId(name)] = 1;
  const ruleMask = new Int32Array(count);
  COMBO_RULES.forEach((rule, r) => {
    if (r >= 31) return;
    for (const name of rule.all) {
      const c = classId(name);
      ruleMask[c] = (ruleMask[c] as number) | (1 << r);
    }
  });
  return {
    ruleMask,
    count,
    isIntent,
    req: classId('req'),
    q: classId('q'),
    wh: classId('wh'),
    cond: classId('cond'),
    thanks: classId('thanks'),
    spam: classId('spam'),
    hidden: classId('hidden'),
    sarcasm: classId('sarcasm'),
    goods: classId('goods'),
    deadline: classId('delivery.deadline'),
    none: classId('none'),
    negJa: classId('neg.ja'),
    negEn: classId('neg.en'),
    rules: COMBO_RULES.map((rule) => ({
      intent: rule.intent as IntentId,
      all: rule.all.map(classId),
      none: (rule.none ?? []).map(classId),
      a: rule.a,
      hidden: rule.hidden === true,
      wide: rule.span === 2,
    })),
    stamp: new Int32Array(count),
    present: new Int32Array(count),
    first: new Array<Hit | undefined>(count).fill(undefined),
  };
}

/**
 * Turns lexicon hits into scored intents and signals (intent.md §5.5–§5.7, §2 co-occurrence rules).
 *
 * @param text - The normalised text the hits point into.
 * @param raw - All hits of the new-text regions (with sentence numbers).
 * @param deadline - The span of an accepted deadline, if any (a need date + goods → delivery.deadline).
 * @returns The scored message.
 *
 * @example
 * scoreHits('返金して', hits, null).intents[0].id //=> 'refund.request'
 */
export function scoreHits(text: string, raw: Hit[], deadline: Hit | null): Scoring {
  ids ??= buildIds();
  const I = ids;
  const hits = dropContained(raw, I.none);
  const negated = negate(text, hits, I);
  // Per class: the sentence it was last seen in and its first hit there (rules with span 2 also
  // accept a class last seen in the sentence before).
  const stamp = I.stamp.fill(-1);
  const first = I.first;
  const scores = new Map<IntentId, ScoredIntent>();
  const solo = new Map<IntentId, ScoredIntent>();
  const thanks: Hit[] = [];
  const hiddenHits: Hit[] = [];
  const sarcasmHits: Hit[] = [];
  let spamScore = 0;
  let goods: Hit | undefined;
  let angerFromRules = 0;
  let sarcasm = false;
  const ruleHits: Hit[] = [];
  let hasQuestion = false;
  let openRequest = false;
  let explicitAnger = false;
  let openQuestion: Hit[] | null = null;
  let previous = -2;
  const present = I.present;
  let presentCount = 0;
  const main: Hit[] = [];
  const soloHits: Hit[] = [];
  for (let from = 0; from < hits.length; ) {
    const sentence = (hits[from] as Hit).s;
    let to = from;
    while (to < hits.length && (hits[to] as Hit).s === sentence) to++;
    presentCount = 0;
    let questionMark: Hit | undefined;
    for (let i = from; i < to; i++) {
      if (negated[i] === 1) continue;
      const hit = hits[i] as Hit;
      const c = hit.e.c;
      if (hit.e.explicit) explicitAnger = true;
      if (stamp[c] !== sentence) {
        stamp[c] = sentence;
        first[c] = hit;
        present[presentCount++] = c;
      }
      if (c === I.q) {
        if (hit.e.length === 1 || hit.e.lang === 'ja') hasQuestion = true;
        if (hit.e.length === 1) questionMark ??= hit;
      } else if (c === I.thanks) thanks.push(hit);
      else if (c === I.spam) spamScore += hit.e.w;
      else if (c === I.hidden) hiddenHits.push(hit);
      else if (c === I.sarcasm) sarcasmHits.push(hit);
      else if (goods === undefined && (c === I.goods || c === I.deadline)) goods = hit;
    }
    const question = stamp[I.q] === sentence ? first[I.q] : undefined;
    if (stamp[I.req] === sentence && stamp[I.thanks] !== sentence) openRequest = true;
    const marker = stamp[I.req] === sentence ? first[I.req] : question;
    const cond = stamp[I.cond] === sentence;
    const wh = stamp[I.wh] === sentence ? first[I.wh] : undefined;
    if (openQuestion === null && wh !== undefined && questionMark !== undefined)
      openQuestion = [wh, questionMark];
    for (let p = 0; p < presentCount; p++) {
      const c = present[p] as number;
      if (I.isIntent[c] !== 1) continue;
      if (main.length > 0) main.length = 0;
      if (soloHits.length > 0) soloHits.length = 0;
      let score = 0;
      let askOnly = true;
      for (let i = from; i < to; i++) {
        const hit = hits[i] as Hit;
        if (hit.e.c !== c || negated[i] === 1) continue;
        if (hit.e.solo) soloHits.push(hit);
        else {
          main.push(hit);
          score += hit.e.w;
          if (!hit.e.askOnly) askOnly = false;
        }
      }
      const id = (first[c] as Hit).e.k as IntentId;
      if (soloHits.length > 0) add(solo, id, 2, soloHits, cond);
      if (main.length === 0) continue;
      const licence = askOnly ? question : marker;
      if (score < 2 && licence !== undefined) {
        main.push(licence);
        score += 1;
      }
      add(scores, id, score, main, cond);
    }
    // Only rules with a class in this sentence can fire (one bit per rule, in rule order).
    let candidates = 0;
    for (let p = 0; p < presentCount; p++) candidates |= I.ruleMask[present[p] as number] as number;
    for (let r = 0; r < I.rules.length; r++) {
      if (r < 31 && (candidates & (1 << r)) === 0) continue;
      const rule = I.rules[r] as CompiledRule;
      let inThis = false;
      let ok = true;
      for (const c of rule.all) {
        if (stamp[c] === sentence) inThis = true;
        else if (!rule.wide || stamp[c] !== previous) {
          ok = false;
          break;
        }
      }
      if (!ok || !inThis) continue;
      for (const c of rule.none) if (stamp[c] === sentence) ok = false;
      if (!ok) continue;
      // The first hit of each class, in this sentence or (span 2) the one before.
      const evidence: Hit[] = [];
      for (const c of rule.all) evidence.push(first[c] as Hit);
      add(scores, rule.intent, 2, evidence, cond);
      if (rule.a !== undefined) {
        angerFromRules = Math.max(angerFromRules, rule.a);
        for (const hit of evidence) ruleHits.push(hit);
      }
      if (rule.hidden) sarcasm = true;
    }
    previous = sentence;
    from = to;
  }
  if (sarcasmHits.length > 0) {
    add(scores, 'complaint.service', 2, sarcasmHits, false);
    sarcasm = true;
    angerFromRules = Math.max(angerFromRules, 2);
  }
  const spam = spamScore >= 2;
  const autoEntry = scores.get('auto.reply');
  const auto = !spam && autoEntry !== undefined && autoEntry.score >= 2;
  let intents: ScoredIntent[] = [];
  let gratitude = false;
  if (auto && autoEntry !== undefined) {
    intents = [autoEntry];
  } else if (!spam) {
    for (const entry of scores.values())
      if (entry.score >= 2 && entry.id !== 'auto.reply') intents.push(entry);
    if (deadline !== null && goods !== undefined) {
      const entry = scores.get('delivery.deadline');
      if (entry === undefined || entry.score < 2) {
        intents.push({ id: 'delivery.deadline', score: 2, conditional: false, hits: [goods, deadline] });
      } else {
        entry.hits.push(deadline);
      }
    }
    if (intents.length === 0) intents = [...solo.values()];
    if (intents.length === 0 && openQuestion !== null && !explicitAnger) {
      intents = [{ id: 'faq.answerable', score: 2, conditional: false, hits: openQuestion }];
    }
    let thanksScore = 0;
    for (const hit of thanks) thanksScore += hit.e.w;
    if (intents.length === 0 && thanksScore >= 2 && !hasQuestion && !openRequest) {
      gratitude = true;
      intents = [{ id: 'gratitude.only', score: thanksScore, conditional: false, hits: thanks }];
    }
  }
  sortByStrength(intents);
  // Signals.
  const boilerplate = auto || spam;
  let urgencyWords = 0;
  const urgencyHits: Hit[] = [];
  let anger = 0;
  const angerHits: Hit[] = [];
  let explicit = false;
  let safety = false;
  let security = false;
  for (let i = 0; i < hits.length; i++) {
    if (negated[i] === 1) continue;
    const hit = hits[i] as Hit;
    const e = hit.e;
    if (e.u > 0) {
      urgencyWords = Math.max(urgencyWords, e.u);
      urgencyHits.push(hit);
      if (e.u === 2 && e.k === 'product.defect') safety = true;
      if (e.u === 2 && e.k === 'account.login') security = true;
    }
    if (e.a > 0 && e.c !== I.hidden) {
      anger = Math.max(anger, e.a);
      angerHits.push(hit);
      if (e.explicit) explicit = true;
    }
  }
  if (sarcasm) {
    for (const hit of sarcasmHits) hiddenHits.push(hit);
    for (const hit of ruleHits) if (hit.e.k === 'praise' || hit.e.k === 'svcfail') hiddenHits.push(hit);
  }
  const hidden = !boilerplate && hiddenHits.length > 0 && !explicit;
  anger = Math.max(anger, angerFromRules, hidden ? 1 : 0);
  if (angerFromRules > 0) for (const hit of ruleHits) angerHits.push(hit);
  return {
    intents,
    auto,
    spam,
    gratitude,
    urgencyWords: boilerplate ? 0 : urgencyWords,
    urgencyHits: boilerplate ? [] : urgencyHits,
    anger: boilerplate ? 0 : anger,
    angerHits: boilerplate ? [] : angerHits,
    hidden,
    hiddenHits: hidden ? hiddenHits : [],
    safety: safety && !boilerplate,
    security: security && !boilerplate,
  };
}

function firstStart(intent: ScoredIntent): number {
  let min = Number.MAX_SAFE_INTEGER;
  for (const hit of intent.hits) min = Math.min(min, hit.start);
  return min;
}

function byStrength(a: ScoredIntent, b: ScoredIntent): number {
  return b.score - a.score || firstStart(a) - firstStart(b);
}

/** Strongest first (stable): an insertion sort, as the list is short. */
function sortByStrength(intents: ScoredIntent[]): void {
  for (let i = 1; i < intents.length; i++) {
    const intent = intents[i] as ScoredIntent;
    let j = i - 1;
    for (; j >= 0 && byStrength(intents[j] as ScoredIntent, intent) > 0; j--)
      intents[j + 1] = intents[j] as ScoredIntent;
    intents[j + 1] = intent;
  }
}
