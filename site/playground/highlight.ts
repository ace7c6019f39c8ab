// Cuts a text into runs by the evidence spans that cover them, so the page can mark the words
// that raised each intent or signal. Spans may overlap; every run lists all spans over it.

/** A labelled span `[start, end)` of the text (UTF-16 indices, as detectIntent reports them). */
export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  /** What raised it, e.g. `intent-0` or `urgency`: becomes a CSS class. */
  readonly kind: string;
  /** Shown as the run's tooltip, e.g. `order.place`. */
  readonly label: string;
}

/** A run of the text and the spans over it (none for plain text). */
export interface Run {
  readonly text: string;
  readonly spans: readonly LabelledSpan[];
}

/**
 * The runs of `text` between every span boundary; spans outside the text are ignored.
 *
 * @example
 * runs('abc', [{ start: 1, end: 2, kind: 'intent-0', label: 'x' }]).map((r) => r.text) //=> ['a', 'b', 'c']
 */
export function runs(text: string, spans: readonly LabelledSpan[]): Run[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const result: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    result.push({ text: text.slice(from, to), spans: valid.filter((s) => s.start <= from && s.end >= to) });
  }
  return result;
}
