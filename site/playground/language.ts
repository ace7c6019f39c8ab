// The page language: chosen by `?lang=`, then the last choice (localStorage), then the browser's
// language. Switching it rewrites every `data-i18n` element and tells the page to render the
// library's messages again in that locale.
import type { Locale } from 'support-kit/sanitize';
import { isUiKey, type UiKey, uiText } from './i18n.ts';

const STORAGE_KEY = 'support-kit-playground-lang';

const asLocale = (value: string | null): Locale | null => (value === 'en' || value === 'ja' ? value : null);

function storedLocale(): Locale | null {
  try {
    return asLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null; // storage may be off (privacy settings, some file:// pages)
  }
}

/**
 * The language to start in.
 *
 * @example
 * const locale = initialLocale(); // 'ja' on page.html?lang=ja
 */
export function initialLocale(): Locale {
  return (
    asLocale(new URLSearchParams(location.search).get('lang')) ??
    storedLocale() ??
    (navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en')
  );
}

/**
 * Writes the page's text in `locale`: every `[data-i18n]` element, the title, `<html lang>`, the
 * pressed state of the language buttons, and `?lang=` on links to the other pages.
 *
 * @example
 * applyUiText('ja', 'playgroundTitle');
 */
export function applyUiText(locale: Locale, titleKey: UiKey): void {
  const text = uiText(locale);
  document.documentElement.lang = locale;
  document.title = text[titleKey];
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n ?? '';
    if (isUiKey(key)) element.textContent = text[key];
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === locale));
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-lang]')) {
    link.search = `?lang=${locale}`;
  }
}

/**
 * Calls `onChange` when a language button is pressed, after remembering the choice.
 *
 * @example
 * bindLanguageSwitch((locale) => render(locale));
 */
export function bindLanguageSwitch(onChange: (locale: Locale) => void): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.addEventListener('click', () => {
      const locale = asLocale(button.dataset.lang ?? null);
      if (locale === null) return;
      try {
        localStorage.setItem(STORAGE_KEY, locale);
      } catch {
        // not remembered; the URL still says it
      }
      const url = new URL(location.href);
      url.searchParams.set('lang', locale);
      try {
        history.replaceState(null, '', url);
      } catch {
        // some browsers refuse it on file:// pages
      }
      onChange(locale);
    });
  }
}
