/** The operator catalogue in Arabic (same ids and arguments as operator-messages.ts). */
import type { OperatorCatalogue } from './operator-messages';

/** An Arabic plural over `arg` with every category Arabic has (zero, one, two, few, many, other). */
const n = (arg: string, zero: string, one: string, two: string, few: string, many: string, other: string) =>
  `{${arg}, plural, zero {${zero}} one {${one}} two {${two}} few {${few}} many {${many}} other {${other}}}`;

const minutes = n('minutes', '# دقيقة', 'دقيقة واحدة', 'دقيقتين', '# دقائق', '# دقيقة', '# دقيقة');
const attempts = n('attemptsLeft', 'لا محاولات', 'محاولة واحدة', 'محاولتان', '# محاولات', '# محاولة', '# محاولة');
const events = n('count', '# حدث', 'حدث واحد', 'حدثان', '# أحداث', '# حدثًا', '# حدث');
const digits = n('count', '# رقم', 'رقم واحد', 'رقمان', '# أرقام', '# رقمًا', '# رقم');
const slides = n('slides', '# شريحة', 'شريحة واحدة', 'شريحتان', '# شرائح', '# شريحة', '# شريحة');
const warnings = n('count', '# تحذير', 'تحذير واحد', 'تحذيران', '# تحذيرات', '# تحذيرًا', '# تحذير');
const problems = n('count', '# مشكلة', 'مشكلة واحدة', 'مشكلتان', '# مشكلات', '# مشكلة', '# مشكلة');
const more = n('count', '#', '#', '#', '#', '#', '#');
const rows = n('rows', '# صف', 'صف واحد', 'صفان', '# صفوف', '# صفًا', '# صف');

/** How every refused import or roll back ends: what plays is untouched. */
const UNCHANGED = ' لم يتغير شيء؛ يستمر عرض المحتوى الحالي.';

export const OPERATOR_MESSAGES_AR: OperatorCatalogue = {
  pinLocked: `مقفل. حاول مرة أخرى بعد ${minutes}.`,
  pinWrong: `رمز PIN خاطئ. يتبقى ${attempts} قبل القفل.`,
  pinTooMany: 'محاولات خاطئة كثيرة لرمز PIN.',
  pinNotSet: 'لوحة المشغّل مغلقة في هذا الكشك حتى يُضبط رمز PIN على الحاسوب (--set-pin).',
  pinUnreadable: 'تعذّر التحقق من رمز PIN للمشغّل. راجع السجل.',
  pinPresenterOnly: 'أثناء العرض تُفتح لوحة المشغّل على شاشة المقدّم فقط.',
  analyticsRecording: 'التسجيل يعمل بشكل طبيعي.',
  analyticsStopped: 'التسجيل متوقف: {reason}.',
  analyticsRetryAt: 'المحاولة التالية عند {time}.',
  analyticsHeld: `${events} في الذاكرة بانتظار الكتابة؛ تُكتب عندما يعمل القرص مجددًا (وتضيع إذا توقف التطبيق قبل ذلك).`,
  analyticsLost: `فُقد ${events}: امتلأت ذاكرة الأحداث المنتظرة.`,
  analyticsRotationBlocked:
    'تعذّر تدوير الملفات ({reason})؛ لم يضع شيء وستُعاد المحاولة بعد دقائق. أغلق أي ملف إحصاءات مفتوح في برنامج آخر.',
  analyticsLastError: 'آخر خطأ: {error}',
  analyticsOff: 'إحصاءات الزوار متوقفة.',

  pinTitle: 'رمز PIN للمشغّل',
  pinNewTitle: 'رمز PIN جديد للمشغّل',
  pinConfirmTitle: 'أكّد رمز PIN الجديد',
  pinDigitsEntered: `أُدخل ${digits}`,
  pinLengthHint: '{min, number}–{max, number} أرقام',
  pinTooShort: 'يتكون رمز PIN من {min, number} إلى {max, number} أرقام.',
  pinCheckFailed: 'تعذّر التحقق من رمز PIN. راجع السجل.',
  pinChooseLength: 'اختر من {min, number} إلى {max, number} أرقام.',
  pinTypeAgain: 'اكتب رمز PIN الجديد مرة أخرى للتأكيد.',
  pinEntriesDiffer: 'الإدخالان مختلفان. اكتب رمز PIN الجديد مرة أخرى.',
  pinSaved: 'حُفظ رمز PIN الجديد.',
  pinDeleteDigit: 'احذف رقمًا',
  pinOk: 'موافق',
  cancel: 'إلغاء',
  panelRelocked: 'قُفلت اللوحة تلقائيًا. أدخل رمز PIN مرة أخرى.',

  panelTitle: 'المشغّل',
  closeAndLock: 'إغلاق وقفل',
  panelLanguage: 'لغة اللوحة',
  noPinWarning:
    'لم يُضبط رمز PIN للمشغّل: في وضع التجربة هذا يستطيع أي شخص يعرف الإيماءة فتح اللوحة، ويبقى الكشك مغلقًا حتى يُضبط رمز. اضبطه أدناه أو باستخدام {setPinFlag} — راجع docs/kiosk-setup.md.',
  commandRefused: 'رُفض الأمر.',

  statusOkCustom: `كل شيء على ما يرام: حزمتك في {dir} قيد العرض (${slides}).`,
  statusOkBundled: `كل شيء على ما يرام: العرض المدمج قيد التشغيل (${slides}).`,
  statusWarnings: `العرض يعمل، مع ${warnings} للمراجعة (تحت «المحتوى»).`,
  statusFallback: `في حزمتك في {dir} ${problems} — يُعرض العرض المدمج. أصلح {file} ثم اضغط «إعادة التحميل».`,
  statusOutOfService:
    'لا شيء يُعرض: {cause, select, crashes {توقفت الشاشة عن العمل عدة مرات متتالية} other {تعذّرت قراءة أي محتوى}}. يرى الزوار إشعار «نعود قريبًا». {cause, select, crashes {اضغط «إعادة المحاولة».} other {أصلح المشكلات تحت «المحتوى» ثم اضغط «إعادة المحاولة».}}',
  statusSettings: `في settings.json ${problems}: تُستخدم القيم الافتراضية لتلك الإعدادات.`,
  statusPaused: 'متوقف مؤقتًا عند الشريحة {slide, number}: تبقى حتى تضغط «متابعة».',
  statusLoading: 'نسأل الكشك عن حاله…',

  hoursHeading: 'ساعات العمل',
  hoursNone: 'لم تُضبط ساعات عمل: الشاشة تعمل دائمًا.',
  hoursOpenUntil: 'مفتوح؛ يُغلق عند {time}.',
  hoursClosedUntil:
    'مغلق حسب ساعات العمل؛ يُفتح مجددًا {day, select, today {اليوم} tomorrow {غدًا} other {يوم {date}}} عند {time}.',
  hoursOpenedByHand: 'فُتح يدويًا حتى {time}، ثم تعود ساعات العمل.',
  hoursClosedByHand: 'أُغلق يدويًا حتى {time}، ثم تعود ساعات العمل.',
  hoursOpenedByHandForGood: 'فُتح يدويًا.',
  hoursClosedByHandForGood: 'أُغلق يدويًا حتى تفتحه مجددًا.',
  openNow: 'افتح الآن',
  closeNow: 'أغلق الآن',
  followHours: 'اتبع ساعات العمل',
  resultOpened: 'مفتوح الآن. يرى الزوار الشرائح.',
  resultClosed: 'مغلق الآن. يرى الزوار شاشة الإغلاق.',
  resultFollowing: 'عادت ساعات العمل.',
  resultAlwaysOpen: 'لم تُضبط ساعات عمل: الشاشة مفتوحة دائمًا. لم يتغير شيء.',

  playbackHeading: 'على الشاشة الآن',
  playbackLine:
    'الشريحة {slide, number} من {slideCount, number} · {phase, select, attract {تعرض تلقائيًا} interactive {زائر يستخدمها} countdown {على وشك العودة إلى البداية} closed {مغلق} other {}}{paused, select, yes { · متوقف مؤقتًا} other {}}',
  resumeLoop: 'متابعة',
  pauseLoop: 'توقف هنا',
  resultPaused: 'متوقف مؤقتًا: تبقى هذه الشريحة واللغة حتى تضغط «متابعة».',
  resultResumed: 'يُعرض من جديد.',
  jumpHeading: 'اعرض شريحة',
  slideEntry: '{slide, number} · {title}',
  jumpClosed: 'الشاشة مغلقة، فلا يمكن عرض شريحة. اضغط «افتح الآن» أولًا.',
  jumpDone: 'تُعرض الشريحة {slide, number}.',
  languageHeading: 'لغة الشاشة',
  languageDone: 'لغة الشاشة الآن: {language}.',
  outOfServiceNoSlides: 'لا يمكن عرض شرائح ما دام لا شيء يُعرض.',

  contentHeading: 'المحتوى',
  contentNoProblems: 'لا مشكلات في المحتوى.',
  groupFailed: 'حزمتك في {where} — لا تُعرض',
  groupPlayingCustom: 'حزمتك في {where} — قيد العرض',
  groupPlayingBundled: 'العرض المدمج في {where}',
  groupSettings: 'ملف الإعدادات {where}',
  groupMore: `و${more} غيرها (كلها في السجل)`,
  problemWarning: 'تحذير',
  problemWholeFile: '{file}',
  problemSlide: 'الشريحة {slide, number} · {title}',
  problemSlideNoTitle: 'الشريحة {slide, number}',
  problemWrongType:
    'يجب أن يكون {expected, select, number {رقمًا} string {نصًا} boolean {true أو false} object {مجموعة حقول} array {قائمة} record {نصًا لكل لغة} other {{expected}}}، لكنه {received, select, number {رقم} string {نص} boolean {true أو false} object {مجموعة حقول} array {قائمة} null {فارغ (null)} undefined {غير موجود} other {{received}}}',
  problemMissing: 'غير موجود',
  problemAtLeast: 'يجب ألا يقل عن {min}',
  problemAbove: 'يجب أن يزيد على {min}',
  problemAtMost: 'يجب ألا يزيد على {max}',
  problemBelow: 'يجب أن يقل عن {max}',
  problemTooShort: '{unit, select, characters {يجب ألا يكون فارغًا} other {يحتاج إلى {min} على الأقل}}',
  problemTooLong:
    '{unit, select, characters {طويل جدًا: {max} حرفًا على الأكثر} other {عناصر كثيرة جدًا: {max} على الأكثر}}',
  problemMustBe: 'يجب أن يكون {value}',
  problemOneOf: 'يجب أن يكون واحدًا من: {options}',
  problemUnknownField: 'حقل لا يعرفه التطبيق: {keys}',
  problemIdShape: 'يجب أن يتكوّن من أحرف لاتينية صغيرة وأرقام وشَرطات فقط (a-z، 0-9، -)',
  problemInvalid: 'غير صالح هنا',
  reloadContent: 'إعادة التحميل',
  tryAgain: 'إعادة المحاولة',
  resultReloadOk: 'أُعيد التحميل: {dir} قيد العرض.',
  resultReloadBundled: 'أُعيد التحميل: العرض المدمج قيد التشغيل.',
  resultReloadFailed: 'أُعيد التحميل، لكن الحزمة ما زالت فيها مشكلات (راجع القائمة).',

  exportsHeading: 'تصدير',
  exportAnalytics: 'الزيارات (CSV) إلى هذا الحاسوب',
  exportToDrive: 'الزيارات (CSV) إلى {drive}',
  exportChooseFolder: 'الزيارات (CSV) إلى مجلد…',
  exportNoDrive: 'لم يُعثر على ذاكرة USB. أدخل واحدة ثم اضغط «تحديث».',
  resultExported: `حُفظ ${rows} في {file}`,
  resultSavedTo: 'حُفظ في {file}',
  resultExportCancelled: 'لم يُختر مجلد؛ لم يُحفظ شيء.',
  exportFolderGone: 'المجلد {dir} لم يعد موجودًا (هل نُزعت الذاكرة؟)؛ لم يُحفظ شيء ولم يُنشأ شيء مكانه.',

  healthHeading: 'هذا الكشك',
  healthVersion: 'الإصدار',
  healthDevice: 'اسم الجهاز',
  healthUptime: 'يعمل منذ',
  healthRestarts: 'مرات إعادة التشغيل',
  healthRestartCount: '{count, number}',
  healthLastError: 'آخر خطأ',
  healthNoError: 'لا يوجد',
  healthLogFile: 'ملف السجل',
  healthLogNotWritten: 'لم يُكتب',
  refresh: 'تحديث',
  changePin: 'غيّر رمز PIN…',
  setPin: 'اضبط رمز PIN…',
  exitConfirmLabel: 'تأكيد الخروج',
  exitConfirmQuestion: 'الخروج من Chery Showcase؟ تغادر الشاشة وضع الكشك حتى يُشغَّل التطبيق مجددًا.',
  exitYes: 'نعم، اخرج',
  exitShowcase: 'الخروج من العرض…',
  resultFailed: 'لم ينجح ذلك: {reason}',

  importHeading: 'استيراد المحتوى',
  importNoDrive: 'لم يُعثر على حزمة محتوى في ذاكرة USB. أدخل واحدة ثم اضغط «تحديث».',
  importPack: 'استيراد {dir}',
  importRefreshDrives: 'حدّث قائمة الأقراص',
  importChooseFolder: 'اختر مجلدًا…',
  importRollback: 'ارجع إلى الحزمة السابقة',
  importLast: 'آخر استيراد: {result}',
  importUnavailable: 'استيراد المحتوى غير متاح هنا.',
  resultPickerWindowOnly: 'منتقي المجلدات متاح في وضع النافذة فقط.',
  drivesUnreadable: 'تعذّر سرد ذواكر USB ({reason})؛ لم يتغير شيء. اضغط «تحديث» أو راجع السجل.',
  importNoFolder: 'لم يُختر مجلد؛ لم يتغير شيء.',
  importNotListed: '{dir} ليس حزمة محتوى على ذاكرة USB الآن. حدّث قائمة الأقراص وحاول مجددًا.',
  importInvalid: `لم يُستورد شيء: {source} ليست حزمة صالحة (${problems}؛ الأولى: {first}).${UNCHANGED}`,
  importDiskFull: `لم يُستورد شيء: القرص الذي يحوي {target} ممتلئ.${UNCHANGED}`,
  importFilesVanished: `لم يُستورد شيء: اختفت ملفات من {source} أثناء النسخ. هل نُزعت الذاكرة؟${UNCHANGED}`,
  importNoPermission: `لم يُستورد شيء: لا إذن بالنسخ من {source} إلى {target} ({code}).${UNCHANGED}`,
  importDriveUnreadable: `لم يُستورد شيء: تعذّرت قراءة القرص ({code})؛ ربما هو تالف أو نُزع.${UNCHANGED}`,
  importCopyFailed: `لم يُستورد شيء: فشل النسخ من {source} إلى {target} ({code}).${UNCHANGED}`,
  importCopyBroken: `لم يُستورد شيء: نسخة {source} ناقصة أو تالفة — هل نُزعت الذاكرة؟ (${problems}؛ الأولى: {first}).${UNCHANGED}`,
  importSwapFailed: `لم يُستورد شيء: فشل استبدال {target} ({code}).${UNCHANGED}`,
  importDone:
    'تم: استُوردت «{deck}» من {source} إلى {target}{kept, select, yes {؛ الحزمة المستبدَلة محفوظة ويمكن الرجوع إليها} other {}} · يُعرض الآن: {playing}',
  rollbackNone: `لم يتم الرجوع: لا توجد حزمة سابقة.${UNCHANGED}`,
  rollbackBroken: `لم يتم الرجوع: الحزمة السابقة في {dir} تالفة (${problems}؛ الأولى: {first}).${UNCHANGED}`,
  rollbackFailed: `فشل الرجوع إلى الحزمة السابقة ({code}).${UNCHANGED}`,
  rollbackDone: 'تم: رجعنا إلى «{deck}»؛ الحزمة المستبدَلة صارت هي السابقة · يُعرض الآن: {playing}',
  handoutPdf: 'نشرة (PDF)',
  handoutPdfNotes: 'نشرة مع الملاحظات (PDF)',
};
