import type { JSX } from 'react';
import type { Deck } from '../../../shared/content';

type Languages = Pick<Deck, 'locales' | 'localeNames'>;

/** A pack language's name as the pack gives it, or its code when the pack names none. */
export function localeName(deck: Languages, locale: string): string {
  return deck.localeNames[locale] ?? locale;
}

/** The deck's languages as a picker's options, each tagged with its own language. */
export function LocaleOptions({ deck }: { deck: Languages }): JSX.Element {
  return (
    <>
      {deck.locales.map((l) => (
        <option key={l} value={l} lang={l}>
          {localeName(deck, l)}
        </option>
      ))}
    </>
  );
}
