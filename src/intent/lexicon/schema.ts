/**
 * One group of lexicon entries that signal the same thing. Lexicons are plain data; the matcher
 * folds every pattern with the same normalisation as the text (width, case, katakana → hiragana),
 * so a pattern written ヘンピン also matches ﾍﾝﾋﾟﾝ and へんぴん.
 */
export interface LexiconGroup {
  /**
   * What the words signal: an intent id (`order.cancel`), or a class read by the rules
   * (`neg.ja`, `req`, `mailNoun`, …; see rules.ts and scoring.ts), or `none` for entries that
   * only shadow a shorter entry inside them (`noise cancelling` hides `cancel`).
   */
  readonly k: string;
  /** Weight toward the intent: 2 is enough alone, 1 needs a request or question marker. Default 2. */
  readonly w?: number;
  /** Anger the words show (1 mild, 2 clear, 3 hostile). */
  readonly a?: number;
  /** Urgency the words carry: `c` critical (safety, security, emergency), `h` high. */
  readonly u?: 'c' | 'h';
  /**
   * Flags: `n` negation does not cancel it (declining a detail is still a change); `s` solo, it
   * counts only when no other intent is found (a bare follow-up); `x` not an explicit anger word;
   * `q` a weak cue that only a question marker completes (a policy noun is an FAQ only when asked);
   * `r` (on `none` shadows) the shadow hides cues but not rule roles and markers inside it.
   */
  readonly f?: string;
  /**
   * Patterns separated by `|`. A pattern that starts or ends with a Latin letter or digit must sit
   * on a word boundary there; a trailing `*` lets the word go on (`cancel*` → cancelled).
   */
  readonly p: string;
}

/** A rule that raises an intent when classes meet in one sentence. */
export interface ComboRule {
  /** The intent raised. */
  readonly intent: string;
  /** Classes that must all have a hit in the sentence. */
  readonly all: readonly string[];
  /** Classes that must have no hit in the sentence. */
  readonly none?: readonly string[];
  /** Anger the combination shows. */
  readonly a?: number;
  /** 2: the classes of `all` may also be found in the sentence before (「…決済されています。1回分を取り消して」). */
  readonly span?: 1 | 2;
  /** The combination is politeness-masked anger (sarcasm). */
  readonly hidden?: boolean;
}
