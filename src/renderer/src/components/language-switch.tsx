interface Props {
  locales: readonly string[];
  names: Record<string, string>;
  current: string;
  label: string;
  onChoose: (locale: string) => void;
}

/** One button per language, each named in its own language and script, always on screen. */
export function LanguageSwitch({ locales, names, current, label, onChoose }: Props) {
  if (locales.length < 2) return null;
  return (
    <div className="language-switch" role="group" aria-label={label} data-testid="language-switch">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-button"
          aria-pressed={locale === current}
          onClick={() => onChoose(locale)}
        >
          {names[locale] ?? locale}
        </button>
      ))}
    </div>
  );
}
