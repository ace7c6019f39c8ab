import type { DiagnosticDetail, Locale } from '../internal/diagnostic.ts';
import { createDiagnostic } from '../internal/message.ts';
import { EMAIL_MESSAGES_EN } from './messages/en.ts';
import { EMAIL_MESSAGES_JA } from './messages/ja.ts';
import type { EmailError, EmailErrorCode, EmailFailure, EmailNote, EmailNoteCode } from './types.ts';

const TABLES = { en: EMAIL_MESSAGES_EN, ja: EMAIL_MESSAGES_JA };

/** Note bits, in the order the notes are reported. */
export const NOTE = {
  trimmed: 1,
  imeFolded: 2,
  quotesRemoved: 4,
  trailingDot: 8,
  idn: 16,
  rfcViolating: 32,
  subdomain: 64,
  alias: 128,
  yahooDisposable: 256,
  auDomain: 512,
} as const;

const ORDER: readonly EmailNoteCode[] = [
  'trimmed',
  'ime-folded',
  'quotes-removed',
  'trailing-dot-removed',
  'idn',
  'rfc-violating-local',
  'subdomain-address',
  'alias-domain',
  'heuristic-yahoo-disposable',
  'heuristic-au-domain',
];

/** An error before it gets its message. */
export interface PendingError {
  readonly code: EmailErrorCode;
  readonly detail?: DiagnosticDetail;
}

/**
 * Turns a pending error into `{ ok: false, error }` with the message in `locale`.
 *
 * @example
 * failure({ code: 'empty' }, 'en').error.message //=> 'The address is empty.'
 */
export function failure(pending: PendingError, locale: Locale | undefined): EmailFailure {
  const error: EmailError = createDiagnostic(TABLES, locale, pending.code, 'error', pending.detail);
  return { ok: false, error };
}

let none: readonly EmailNote[] | undefined;
/** Built note lists: per locale (en, ja), per `expected` value, indexed by note bits. */
let cache: [Map<string, (readonly EmailNote[])[]>, Map<string, (readonly EmailNote[])[]>] | undefined;

/**
 * Builds the notes of a bit set, in a fixed order; `expected` fills `{expected}` placeholders.
 * Notes are immutable: each distinct list is built once and shared (frozen).
 *
 * @example
 * notesOf(NOTE.trimmed, 'en', undefined)[0]?.code //=> 'trimmed'
 */
export function notesOf(
  bits: number,
  locale: Locale | undefined,
  expected: string | undefined,
): readonly EmailNote[] {
  if (bits === 0) {
    none ??= Object.freeze([]);
    return none;
  }
  cache ??= [new Map(), new Map()];
  const byExpected = cache[locale === 'ja' ? 1 : 0];
  let lists = byExpected.get(expected ?? '');
  if (lists === undefined) {
    lists = [];
    byExpected.set(expected ?? '', lists);
  }
  let notes = lists[bits];
  if (notes === undefined) {
    const list: EmailNote[] = [];
    ORDER.forEach((code, i) => {
      if (bits & (1 << i)) {
        const detail =
          code === 'alias-domain' || code === 'heuristic-au-domain' ? { expected: `${expected}` } : undefined;
        const severity = code === 'rfc-violating-local' ? 'warning' : 'info';
        list.push(Object.freeze(createDiagnostic(TABLES, locale, code, severity, detail)));
      }
    });
    notes = lists[bits] = Object.freeze(list);
  }
  return notes;
}
