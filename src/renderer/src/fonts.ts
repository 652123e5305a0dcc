// Bundled fonts, two weights each: Latin + Cyrillic (Noto Sans), Simplified Chinese (Noto Sans SC),
// Arabic (Noto Sans Arabic). Vite emits the files next to the bundle: nothing loads from outside.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import '@fontsource/noto-sans-sc/chinese-simplified-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
