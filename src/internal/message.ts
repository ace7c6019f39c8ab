import type { Diagnostic, DiagnosticDetail, Locale, MessageTable, Severity } from './diagnostic.ts';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Replaces `{name}` placeholders with the matching field of `detail`; unknown placeholders stay.
 *
 * @example
 * fillTemplate('at most {max} characters', { max: 64 }) //=> 'at most 64 characters'
 */
export function fillTemplate(template: string, detail: DiagnosticDetail | undefined): string {
  if (detail === undefined || !template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (detail as Record<string, unknown>)[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Builds a {@link Diagnostic} from per-locale message tables.
 *
 * @example
 * createDiagnostic({ en: EN, ja: JA }, 'ja', 'empty', 'error')
 */
export function createDiagnostic<Code extends string>(
  tables: { readonly en: MessageTable<Code>; readonly ja: MessageTable<Code> },
  locale: Locale | undefined,
  code: Code,
  severity: Severity,
  detail?: DiagnosticDetail,
): Diagnostic<Code> {
  const row = (locale === 'ja' ? tables.ja : tables.en)[code];
  const message = fillTemplate(row.message, detail);
  const base = { code, severity, message };
  const withAction = row.action === undefined ? base : { ...base, action: fillTemplate(row.action, detail) };
  return detail === undefined ? withAction : { ...withAction, detail };
}
