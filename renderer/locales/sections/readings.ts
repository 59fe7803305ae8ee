// The "readings" section's strings: ru first, en with the same keys (MessageSchema enforces it).
export const readingsRu = {
  title: 'Ввод показаний',
  heading: 'Ввод показаний индивидуальных приборов учета',
  openStep: 'Нажмите на активную ссылку с адресом объекта',
  addressLink: '{address}, ЛС № {number}',
  intro:
    'Показания, переданные здесь, автоматически принимаются к начислению в следующем расчётном периоде. Дата ввода показания фиксируется автоматически.',
  mustBeGreater: 'Вводимые показания должны быть больше предыдущих.',
  window: {
    open: 'Показания принимаются с {from} по {to} число; осталось {days} дн.',
    closed:
      'Сейчас приём показаний закрыт: введённые показания будут учтены в следующем периоде (приём откроется {date}).',
    notYetOpen:
      'Приём показаний с {from} по {to} число откроется {date}. Показания, введённые сейчас, будут учтены в текущем периоде ({period}).',
    forServices: '{services}: {text}',
  },
  columns: {
    service: 'Услуга',
    meter: 'Прибор учета',
    serial: '№ счетчика',
    nextVerification: 'Дата очередной поверки',
    start: 'Показания на начало периода',
    entered: 'Введенное показание',
    unit: 'Ед. изм.',
    enteredAt: 'Дата ввода показания',
    input: 'Ввод',
  },
  kinds: { individual: 'индивидуальный', common: 'общедомовой' },
  description: 'Описание: {zones}',
  zoneCounts: { one: 'Однотарифный', two: 'Двухтарифный', three: 'Трехтарифный' },
  zones: {
    two: { T1: 'Т1 день', T2: 'Т2 ночь' },
    three: { T1: 'Т1 пик', T2: 'Т2 ночь', T3: 'Т3 полупик' },
  },
  hours: {
    two: { T1: '07:00–23:00', T2: '23:00–07:00' },
    three: { T1: '07:00–10:00 и 17:00–21:00', T2: '23:00–07:00', T3: '10:00–17:00 и 21:00–23:00' },
  },
  zoneValue: '{zone}: {value}',
  inputLabel: '{service}, счётчик № {serial}: текущее показание',
  inputZoneLabel: '{service}, счётчик № {serial}: текущее показание, {zone}',
  previous: 'Предыдущее: {value}',
  noPrevious: 'Предыдущих показаний нет',
  status: {
    queued: 'Ожидает отправки',
    queuedOffline: 'Ожидает отправки: будет передано, когда восстановится связь',
    applied: 'Принято',
    rejected: 'Отклонено: {reason}',
  },
  problems: {
    empty: 'Введите показание.',
    not_a_number:
      'Введите число: только цифры и, если у счётчика есть дробная часть, запятая между целой и дробной частью.',
    negative: 'Показание не может быть отрицательным: введите число со счётчика без минуса.',
    too_many_digits:
      'Слишком много цифр: у этого счётчика до запятой не больше {capacity}. Проверьте, нет ли лишней цифры.',
    fraction_not_allowed:
      'У этого счётчика нет дробной части: введите только целое число, без запятой.',
    too_many_fraction_digits:
      'Слишком много цифр после запятой: у этого счётчика их не больше {allowed}.',
    less_than_previous:
      'Показание меньше предыдущего ({previous}). Вводимые показания должны быть больше предыдущих: проверьте цифры.',
    rollover:
      'Показание меньше предыдущего ({previous}). Если счётчик прошёл через ноль, расход составит {consumption} {unit}: отметьте это ниже.',
    jump: 'Расход {consumption} {unit} намного больше среднего за 6 месяцев ({average} {unit} в месяц). Проверьте показание; если оно верное, подтвердите ниже.',
  },
  confirmRollover: 'Счётчик прошёл через ноль',
  confirmJump: 'Показание верное, большой расход подтверждаю',
  submit: 'Передать показания',
  nothingTyped: 'Введите показания хотя бы одного прибора учёта в колонке «Ввод».',
  fixFirst:
    'Исправьте показания, отмеченные красным, или подтвердите предупреждения, затем нажмите «Передать показания» снова.',
  confirm: {
    title: 'Подтвердите передачу показаний:',
    serial: '№{serial}',
    value: 'Показания: {value}',
    zoneValue: 'Показания {zone}: {value}',
    service: '({service}, {description})',
    counts: 'Будут учтены в периоде: {period}.',
    continue: 'Продолжить',
    cancel: 'Отмена',
  },
  result: {
    queued:
      'Показания переданы. Статус каждого прибора — в колонке «Введенное показание»; когда сервер их примет, статус сменится на «Принято».',
    queuedOffline:
      'Нет связи с центральным сервисом: показания сохранены на этом устройстве и будут отправлены автоматически, когда связь восстановится.',
    needsFix:
      'Показания прибора № {serial} не переданы: исправьте их и нажмите «Передать показания» снова.',
  },
  checkStatus:
    'Уточнить статус переданных показаний можно в разделе «Отчеты», отчёт «Показания приборов учета».',
  noMeters: 'По этому лицевому счёту нет приборов учёта, показания которых можно передать.',
  loadFailed: 'Не удалось загрузить приборы учёта.',
  retry: 'Повторить',
};

export const readingsEn: typeof readingsRu = {
  title: 'Meter readings',
  heading: 'Individual meter readings',
  openStep: 'Click the active link with the property address',
  addressLink: '{address}, account No. {number}',
  intro:
    'Readings submitted here are taken into charges automatically in the next billing period. The date of entry is recorded automatically.',
  mustBeGreater: 'A new reading must be greater than the previous one.',
  window: {
    open: 'Readings are accepted from day {from} to day {to} of the month; {days} day(s) left.',
    closed:
      'Readings are not being accepted right now: readings entered now will count for the next period (acceptance opens on {date}).',
    notYetOpen:
      'Acceptance from day {from} to day {to} opens on {date}. Readings entered now count for the current period ({period}).',
    forServices: '{services}: {text}',
  },
  columns: {
    service: 'Service',
    meter: 'Meter',
    serial: 'Meter No.',
    nextVerification: 'Next verification',
    start: 'Reading at period start',
    entered: 'Entered reading',
    unit: 'Unit',
    enteredAt: 'Date entered',
    input: 'Input',
  },
  kinds: { individual: 'individual', common: 'common (building)' },
  description: 'Type: {zones}',
  zoneCounts: { one: 'Single-rate', two: 'Two-zone', three: 'Three-zone' },
  zones: {
    two: { T1: 'T1 day', T2: 'T2 night' },
    three: { T1: 'T1 peak', T2: 'T2 night', T3: 'T3 semi-peak' },
  },
  hours: {
    two: { T1: '07:00–23:00', T2: '23:00–07:00' },
    three: {
      T1: '07:00–10:00 and 17:00–21:00',
      T2: '23:00–07:00',
      T3: '10:00–17:00 and 21:00–23:00',
    },
  },
  zoneValue: '{zone}: {value}',
  inputLabel: '{service}, meter No. {serial}: current reading',
  inputZoneLabel: '{service}, meter No. {serial}: current reading, {zone}',
  previous: 'Previous: {value}',
  noPrevious: 'No previous readings',
  status: {
    queued: 'Waiting to be sent',
    queuedOffline: 'Waiting to be sent: it goes out when the connection is back',
    applied: 'Accepted',
    rejected: 'Rejected: {reason}',
  },
  problems: {
    empty: 'Enter a reading.',
    not_a_number:
      'Enter a number: digits only and, if the meter has a fractional part, a comma between the whole and fractional parts.',
    negative: 'A reading cannot be negative: enter the number on the meter without a minus.',
    too_many_digits:
      'Too many digits: this meter has at most {capacity} digits before the comma. Check for an extra digit.',
    fraction_not_allowed: 'This meter has no fractional part: enter a whole number, no comma.',
    too_many_fraction_digits: 'Too many digits after the comma: this meter has at most {allowed}.',
    less_than_previous:
      'The reading is less than the previous one ({previous}). A new reading must be greater than the previous one: check the digits.',
    rollover:
      'The reading is less than the previous one ({previous}). If the meter rolled over past zero, the consumption is {consumption} {unit}: tick the box below.',
    jump: 'Consumption of {consumption} {unit} is far above the 6-month average ({average} {unit} a month). Check the reading; if it is right, confirm below.',
  },
  confirmRollover: 'The meter rolled over past zero',
  confirmJump: 'The reading is right, I confirm the high consumption',
  submit: 'Submit readings',
  nothingTyped: 'Enter the reading of at least one meter in the "Input" column.',
  fixFirst:
    'Correct the readings marked in red or confirm the warnings, then press "Submit readings" again.',
  confirm: {
    title: 'Confirm the readings to submit:',
    serial: 'No. {serial}',
    value: 'Reading: {value}',
    zoneValue: 'Reading {zone}: {value}',
    service: '({service}, {description})',
    counts: 'They will count for: {period}.',
    continue: 'Continue',
    cancel: 'Cancel',
  },
  result: {
    queued:
      'Readings submitted. Each meter shows its status in the "Entered reading" column; once the server takes them it changes to "Accepted".',
    queuedOffline:
      'No connection to the central service: the readings are saved on this device and will be sent automatically once the connection is back.',
    needsFix:
      'The readings of meter No. {serial} were not submitted: correct them and press "Submit readings" again.',
  },
  checkStatus:
    'You can check the status of submitted readings in "Reports", report "Meter readings".',
  noMeters: 'This account has no meters whose readings can be submitted.',
  loadFailed: 'The meters could not be loaded.',
  retry: 'Try again',
};
