// PrimeVue DatePicker's calendar in the app's language: month and day names from Intl (the
// browser's own CLDR data), Monday first, and the labels screen readers announce on its buttons.

const calendarLabels = {
  ru: {
    chooseDate: 'Выбрать дату',
    chooseMonth: 'Выбрать месяц',
    chooseYear: 'Выбрать год',
    prevMonth: 'Предыдущий месяц',
    nextMonth: 'Следующий месяц',
    prevYear: 'Предыдущий год',
    nextYear: 'Следующий год',
    prevDecade: 'Предыдущее десятилетие',
    nextDecade: 'Следующее десятилетие',
    today: 'Сегодня',
    clear: 'Очистить',
    weekHeader: 'Нед.',
  },
  en: {
    chooseDate: 'Choose date',
    chooseMonth: 'Choose month',
    chooseYear: 'Choose year',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    prevDecade: 'Previous decade',
    nextDecade: 'Next decade',
    today: 'Today',
    clear: 'Clear',
    weekHeader: 'Wk',
  },
};

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function names(language: string, count: number, date: (i: number) => Date, options: object) {
  const format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => capitalise(format.format(date(i))));
}

/** The calendar part of PrimeVue's locale for `language` ('ru' or 'en'; others fall back to ru). */
export function calendarLocale(language: string) {
  const tag = language === 'en' ? 'en-GB' : 'ru-RU';
  const month = (i: number) => new Date(Date.UTC(2021, i, 1));
  // 3 January 2021 was a Sunday: PrimeVue's day lists start on Sunday.
  const day = (i: number) => new Date(Date.UTC(2021, 0, 3 + i));
  const dayShort = names(tag, 7, day, { weekday: 'short' });
  return {
    ...(language === 'en' ? calendarLabels.en : calendarLabels.ru),
    monthNames: names(tag, 12, month, { month: 'long' }),
    monthNamesShort: names(tag, 12, month, { month: 'short' }),
    dayNames: names(tag, 7, day, { weekday: 'long' }),
    dayNamesShort: dayShort,
    dayNamesMin: dayShort,
    firstDayOfWeek: 1,
  };
}
