/**
 * Labels of the presenter's own dashboard. The deck's `ui` strings cover the audience view
 * only (and next/previous, which we reuse); these few live here until the pack format grows
 * presenter strings. Translations other than English await a native speaker's review.
 */
export interface PresenterStrings {
  presenterView: string;
  current: string;
  next: string;
  endOfDeck: string;
  notes: string;
  notesLanguage: string;
  followSlides: string;
  elapsed: string;
  start: string;
  pause: string;
  reset: string;
  clock: string;
  slide: string;
  blackout: string;
}

const STRINGS: Record<string, PresenterStrings> = {
  en: {
    presenterView: 'Presenter view',
    current: 'Current slide',
    next: 'Next slide',
    endOfDeck: 'End of presentation',
    notes: 'Notes',
    notesLanguage: 'Notes language',
    followSlides: 'Same as slides',
    elapsed: 'Elapsed',
    start: 'Start',
    pause: 'Pause',
    reset: 'Reset',
    clock: 'Time',
    slide: 'Slide',
    blackout: 'Audience screen is black (press B)',
  },
  'zh-CN': {
    presenterView: '演讲者视图',
    current: '当前幻灯片',
    next: '下一张',
    endOfDeck: '演示结束',
    notes: '备注',
    notesLanguage: '备注语言',
    followSlides: '与幻灯片相同',
    elapsed: '已用时间',
    start: '开始',
    pause: '暂停',
    reset: '重置',
    clock: '时间',
    slide: '幻灯片',
    blackout: '观众屏幕已黑屏（按 B）',
  },
  ru: {
    presenterView: 'Режим докладчика',
    current: 'Текущий слайд',
    next: 'Следующий слайд',
    endOfDeck: 'Конец презентации',
    notes: 'Заметки',
    notesLanguage: 'Язык заметок',
    followSlides: 'Как на слайдах',
    elapsed: 'Прошло',
    start: 'Старт',
    pause: 'Пауза',
    reset: 'Сброс',
    clock: 'Время',
    slide: 'Слайд',
    blackout: 'Экран зрителей затемнён (клавиша B)',
  },
  ar: {
    presenterView: 'عرض المقدّم',
    current: 'الشريحة الحالية',
    next: 'الشريحة التالية',
    endOfDeck: 'نهاية العرض',
    notes: 'الملاحظات',
    notesLanguage: 'لغة الملاحظات',
    followSlides: 'مثل الشرائح',
    elapsed: 'الوقت المنقضي',
    start: 'ابدأ',
    pause: 'إيقاف مؤقت',
    reset: 'إعادة الضبط',
    clock: 'الساعة',
    slide: 'الشريحة',
    blackout: 'شاشة الجمهور مظلمة (اضغط B)',
  },
};

/** The dashboard labels for a locale: exact tag, then its language, then English. */
export function presenterStrings(locale: string): PresenterStrings {
  return STRINGS[locale] ?? STRINGS[locale.split('-')[0]] ?? STRINGS.en;
}
