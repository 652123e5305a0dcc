/** The operator catalogue in Russian (same ids and arguments as operator-messages.ts). */
import type { OperatorCatalogue } from './operator-messages';

/** How every refused import or roll back ends: what plays is untouched. */
const UNCHANGED = ' Ничего не изменено; текущее содержимое продолжает показываться.';
const problemCount = '{count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}';

export const OPERATOR_MESSAGES_RU: OperatorCatalogue = {
  pinLocked: 'Заблокировано. Повторите через {minutes, plural, one {# мин} few {# мин} many {# мин} other {# мин}}.',
  pinWrong:
    'Неверный PIN. До блокировки {attemptsLeft, plural, one {осталась # попытка} few {осталось # попытки} many {осталось # попыток} other {осталось # попытки}}.',
  pinTooMany: 'Слишком много неверных PIN.',
  pinNotSet: 'Панель оператора на этом киоске закрыта, пока на ПК не задан PIN (--set-pin).',
  pinUnreadable: 'PIN оператора не удаётся проверить. Смотрите журнал.',
  pinPresenterOnly: 'Во время презентации панель оператора открывается только на экране докладчика.',
  analyticsRecording: 'Запись идёт нормально.',
  analyticsStopped: 'Запись остановлена: {reason}.',
  analyticsRetryAt: 'Следующая попытка в {time}.',
  analyticsHeld:
    '{count, plural, one {# событие ждёт} few {# события ждут} many {# событий ждут} other {# события ждут}} в памяти; они будут записаны, когда диск снова заработает (пропадут, если приложение остановится раньше).',
  analyticsLost:
    '{count, plural, one {# событие потеряно} few {# события потеряны} many {# событий потеряно} other {# события потеряны}}: память для ожидающих событий заполнена.',
  analyticsRotationBlocked:
    'Файлы не удалось переключить ({reason}); ничего не потеряно, новая попытка через несколько минут. Закройте файл статистики, открытый в другой программе.',
  analyticsLastError: 'Последняя ошибка: {error}',
  analyticsOff: 'Статистика посещений выключена.',

  pinTitle: 'PIN оператора',
  pinNewTitle: 'Новый PIN оператора',
  pinConfirmTitle: 'Подтвердите новый PIN',
  pinDigitsEntered: 'Введено: {count, plural, one {# цифра} few {# цифры} many {# цифр} other {# цифры}}',
  pinLengthHint: '{min, number}–{max, number} цифр',
  pinTooShort: 'PIN состоит из {min, number}–{max, number} цифр.',
  pinCheckFailed: 'PIN не удалось проверить. Смотрите журнал.',
  pinChooseLength: 'Выберите от {min, number} до {max, number} цифр.',
  pinTypeAgain: 'Введите новый PIN ещё раз для подтверждения.',
  pinEntriesDiffer: 'Два ввода не совпадают. Введите новый PIN ещё раз.',
  pinSaved: 'Новый PIN сохранён.',
  pinDeleteDigit: 'Стереть цифру',
  pinOk: 'OK',
  cancel: 'Отмена',
  panelRelocked: 'Панель заблокировалась. Введите PIN снова.',

  panelTitle: 'Оператор',
  closeAndLock: 'Закрыть и заблокировать',
  panelLanguage: 'Язык панели',
  noPinWarning:
    'PIN оператора не задан: в этом режиме репетиции любой, кто знает жест, может открыть панель, а киоск остаётся закрытым, пока PIN не задан. Задайте его ниже или с помощью {setPinFlag} — см. docs/kiosk-setup.md.',
  commandRefused: 'Команда отклонена.',

  statusOkCustom:
    'Всё в порядке: играет ваш пакет из {dir} ({slides, plural, one {# слайд} few {# слайда} many {# слайдов} other {# слайда}}).',
  statusOkBundled:
    'Всё в порядке: играет встроенная презентация ({slides, plural, one {# слайд} few {# слайда} many {# слайдов} other {# слайда}}).',
  statusWarnings:
    'Показ идёт, но есть {count, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}} (см. «Содержимое»).',
  statusFallback:
    'В вашем пакете из {dir} {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}} — играет встроенная презентация. Исправьте {file} и нажмите «Перезагрузить».',
  statusOutOfService:
    'Ничего не показывается: {cause, select, crashes {экран несколько раз подряд переставал работать} other {не удалось прочитать содержимое}}. Посетители видят надпись «скоро вернёмся». {cause, select, crashes {Нажмите «Повторить».} other {Исправьте ошибки в разделе «Содержимое» и нажмите «Повторить».}}',
  statusSettings:
    'В settings.json {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}: эти настройки взяты по умолчанию.',
  statusPaused: 'Пауза на слайде {slide, number}: он останется, пока вы не нажмёте «Продолжить».',
  statusLoading: 'Запрашиваем состояние киоска…',

  hoursHeading: 'Часы работы',
  hoursNone: 'Часы работы не заданы: экран включён всегда.',
  hoursOpenUntil: 'Открыто; закрывается в {time}.',
  hoursClosedUntil:
    'Закрыто по часам работы; откроется {day, select, today {сегодня} tomorrow {завтра} other {{date}}} в {time}.',
  hoursOpenedByHand: 'Открыто вручную до {time}, затем снова действуют часы работы.',
  hoursClosedByHand: 'Закрыто вручную до {time}, затем снова действуют часы работы.',
  hoursOpenedByHandForGood: 'Открыто вручную.',
  hoursClosedByHandForGood: 'Закрыто вручную, пока вы не откроете снова.',
  openNow: 'Открыть сейчас',
  closeNow: 'Закрыть сейчас',
  followHours: 'По часам работы',
  resultOpened: 'Открыто. Посетители видят слайды.',
  resultClosed: 'Закрыто. Посетители видят экран «Закрыто».',
  resultFollowing: 'Снова действуют часы работы.',
  resultAlwaysOpen: 'Часы работы не заданы: экран открыт всегда. Ничего не изменено.',

  playbackHeading: 'Сейчас на экране',
  playbackLine:
    'Слайд {slide, number} из {slideCount, number} · {phase, select, attract {показ идёт сам} interactive {посетитель листает} countdown {скоро возврат к началу} closed {закрыто} other {}}{paused, select, yes { · пауза} other {}}',
  resumeLoop: 'Продолжить',
  pauseLoop: 'Пауза здесь',
  resultPaused: 'Пауза: этот слайд и язык останутся, пока вы не нажмёте «Продолжить».',
  resultResumed: 'Показ продолжается.',
  jumpHeading: 'Показать слайд',
  slideEntry: '{slide, number} · {title}',
  jumpClosed: 'Экран закрыт, слайд показать нельзя. Сначала нажмите «Открыть сейчас».',
  jumpDone: 'Показан слайд {slide, number}.',
  languageHeading: 'Язык на экране',
  languageDone: 'Язык экрана: {language}.',
  outOfServiceNoSlides: 'Слайды нельзя показать, пока ничего не играет.',

  contentHeading: 'Содержимое',
  contentNoProblems: 'В содержимом нет ошибок.',
  groupFailed: 'Ваш пакет из {where} — не играет',
  groupPlayingCustom: 'Ваш пакет из {where} — играет',
  groupPlayingBundled: 'Встроенная презентация в {where}',
  groupSettings: 'Файл настроек {where}',
  groupMore: 'и ещё {count, plural, one {#} few {#} many {#} other {#}} (все есть в журнале)',
  problemWarning: 'Предупреждение',
  problemWholeFile: '{file}',
  problemSlide: 'Слайд {slide, number} · {title}',
  problemSlideNoTitle: 'Слайд {slide, number}',
  problemWrongType:
    'должно быть {expected, select, number {число} string {текст} boolean {true или false} object {группа полей} array {список} record {текст на каждом языке} other {{expected}}}, а сейчас {received, select, number {число} string {текст} boolean {true или false} object {группа полей} array {список} null {пусто (null)} undefined {нет значения} other {{received}}}',
  problemMissing: 'отсутствует',
  problemAtLeast: 'должно быть не меньше {min}',
  problemAbove: 'должно быть больше {min}',
  problemAtMost: 'должно быть не больше {max}',
  problemBelow: 'должно быть меньше {max}',
  problemTooShort: '{unit, select, characters {не может быть пустым} other {нужно не меньше {min}}}',
  problemTooLong:
    '{unit, select, characters {слишком длинно: не больше {max} символов} other {слишком много элементов: не больше {max}}}',
  problemMustBe: 'должно быть {value}',
  problemOneOf: 'должно быть одним из: {options}',
  problemUnknownField: 'приложение не знает такого поля: {keys}',
  problemInvalid: 'здесь недопустимо',
  reloadContent: 'Перезагрузить',
  tryAgain: 'Повторить',
  resultReloadOk: 'Перезагружено: играет {dir}.',
  resultReloadBundled: 'Перезагружено: играет встроенная презентация.',
  resultReloadFailed: 'Перезагружено, но в пакете всё ещё есть ошибки (см. список).',

  exportsHeading: 'Экспорт',
  exportAnalytics: 'Посещения (CSV) на этот ПК',
  exportToDrive: 'Посещения (CSV) на {drive}',
  exportChooseFolder: 'Посещения (CSV) в папку…',
  exportNoDrive: 'USB-накопитель не найден. Вставьте его и нажмите «Обновить».',
  resultExported:
    '{rows, plural, one {# строка сохранена} few {# строки сохранены} many {# строк сохранено} other {# строки сохранены}} в {file}',
  resultSavedTo: 'Сохранено в {file}',
  resultExportCancelled: 'Папка не выбрана; ничего не сохранено.',
  exportFolderGone:
    'Папки {dir} больше нет (накопитель извлекли?); ничего не сохранено, и на её месте ничего не создано.',

  healthHeading: 'Этот киоск',
  healthVersion: 'Версия',
  healthDevice: 'Имя устройства',
  healthUptime: 'Работает',
  healthRestarts: 'Перезапуски',
  healthRestartCount: '{count, number}',
  healthLastError: 'Последняя ошибка',
  healthNoError: 'нет',
  healthLogFile: 'Журнал',
  healthLogNotWritten: 'не записан',
  refresh: 'Обновить',
  changePin: 'Сменить PIN…',
  setPin: 'Задать PIN…',
  exitConfirmLabel: 'Подтвердите выход',
  exitConfirmQuestion: 'Выйти из Chery Showcase? Экран выйдет из режима киоска до следующего запуска приложения.',
  exitYes: 'Да, выйти',
  exitShowcase: 'Выйти из показа…',
  resultFailed: 'Не получилось: {reason}',

  importHeading: 'Импорт содержимого',
  importNoDrive: 'На USB-накопителе нет пакета содержимого. Вставьте накопитель и нажмите «Обновить».',
  importPack: 'Импортировать {dir}',
  importRefreshDrives: 'Обновить список дисков',
  importChooseFolder: 'Выбрать папку…',
  importRollback: 'Вернуть предыдущий пакет',
  importLast: 'Последний импорт: {result}',
  importUnavailable: 'Импорт содержимого здесь недоступен.',
  resultPickerWindowOnly: 'Выбор папки доступен только в оконном режиме.',
  drivesUnreadable:
    'Не удалось получить список USB-накопителей ({reason}); ничего не изменено. Нажмите «Обновить» или смотрите журнал.',
  importNoFolder: 'Папка не выбрана; ничего не изменено.',
  importNotListed: '{dir} сейчас не пакет содержимого на USB-накопителе. Обновите список дисков и попробуйте снова.',
  importInvalid: `Не импортировано: {source} не является корректным пакетом (${problemCount}; первая: {first}).${UNCHANGED}`,
  importDiskFull: `Не импортировано: диск, на котором находится {target}, заполнен.${UNCHANGED}`,
  importFilesVanished: `Не импортировано: файлы из {source} пропали во время копирования. Накопитель извлекли?${UNCHANGED}`,
  importNoPermission: `Не импортировано: нет прав на копирование из {source} в {target} ({code}).${UNCHANGED}`,
  importDriveUnreadable: `Не импортировано: накопитель не читается ({code}); возможно, он повреждён или извлечён.${UNCHANGED}`,
  importCopyFailed: `Не импортировано: копирование из {source} в {target} не удалось ({code}).${UNCHANGED}`,
  importCopyBroken: `Не импортировано: копия {source} неполная или повреждена — накопитель извлекли? (${problemCount}; первая: {first}).${UNCHANGED}`,
  importSwapFailed: `Не импортировано: не удалось заменить {target} ({code}).${UNCHANGED}`,
  importDone:
    'Готово: пакет «{deck}» импортирован из {source} в {target}{kept, select, yes {; заменённый пакет сохранён, его можно вернуть} other {}} · сейчас показывается: {playing}',
  rollbackNone: `Не возвращено: предыдущего пакета нет.${UNCHANGED}`,
  rollbackBroken: `Не возвращено: предыдущий пакет в {dir} повреждён (${problemCount}; первая: {first}).${UNCHANGED}`,
  rollbackFailed: `Вернуть предыдущий пакет не удалось ({code}).${UNCHANGED}`,
  rollbackDone: 'Готово: возвращён пакет «{deck}»; заменённый пакет стал предыдущим · сейчас показывается: {playing}',
  handoutPdf: 'Раздаточный материал (PDF)',
  handoutPdfNotes: 'Раздаточный материал с заметками (PDF)',
};
