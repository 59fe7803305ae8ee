// The "charges" section's strings: ru first, en with the same keys (MessageSchema enforces it).
export const chargesRu = {
  title: 'Начисления и платежи',
  asOf: 'Информация о начислениях на {date}',
  period: 'Расчётный период: {period}',
  regionLine: '{address}, ЛС № {number}',
  dueDate: 'Оплатить до {date}',
  columns: {
    service: 'Услуга',
    tariff: 'Тариф, руб.',
    debt: 'Долг / переплата (+/-), руб.',
    paid: 'Оплачено, руб.',
    volume: 'Объем потребления',
    charged: 'Начислено, руб.',
    recalculation: 'Перерасчет, руб.',
    toPay: 'К оплате, руб.',
  },
  volume: '{volume} {unit}',
  total: 'Итого:',
  totalValue: '{amount} руб.',
  expand: 'Как начислено: {service}',
  empty:
    'Начислений по этому лицевому счёту пока нет. Они появятся после закрытия первого расчётного периода.',
  loadFailed: 'Не удалось загрузить начисления.',
  retry: 'Повторить',
  explain: {
    supplier: 'Поставщик: {supplier}',
    meters: 'Прибор учёта № {serials}',
    byMeter: 'Начислено по показаниям прибора учёта.',
    zone: 'Зона',
    readings: 'Показания (начало → конец)',
    readingsRange: '{start} → {end}',
    estimated: 'расчётный объём',
    lineVolume: 'Объём',
    linePrice: 'Цена, руб.',
    lineAmount: 'Сумма, руб.',
    single: 'Однотарифный',
    average: {
      no_reading:
        'Показания за этот период не поступили, поэтому начислено по среднему месячному потреблению за предыдущие 6 месяцев. Это {streak}-й месяц подряд из 3 возможных: потом начисление пойдёт по нормативу. Передайте показания в разделе «Ввод показаний».',
      verification_expired:
        'Срок поверки прибора учёта истёк, и прибор считается вышедшим из строя, поэтому начислено по среднему месячному потреблению ({streak}-й месяц подряд из 3, затем по нормативу). Закажите поверку или замену прибора.',
      other:
        'Начислено по среднему месячному потреблению за предыдущие 6 месяцев: так начисляют не дольше 3 месяцев подряд, затем по нормативу.',
    },
    normative: {
      average_exhausted:
        'Показания не поступают больше 3 месяцев подряд. По среднему потреблению начисляют не дольше 3 месяцев, поэтому начислено по нормативу потребления. Передайте показания, чтобы начисление снова шло по прибору учёта.',
      verification_expired:
        'Срок поверки прибора учёта истёк больше 3 месяцев назад, поэтому начислено по нормативу потребления. Закажите поверку или замену прибора.',
      no_meter: 'Прибор учёта не установлен, поэтому начислено по нормативу потребления.',
      no_reading: 'Показания не поступили, поэтому начислено по нормативу потребления.',
      other: 'Начислено по нормативу потребления.',
    },
    area: 'Начислено по площади помещения.',
    calculation: 'Расчёт: {volume} {unit} × {tariff} руб. = {amount} руб.',
    calculationWithCoefficient:
      'Расчёт: {volume} {unit} × {tariff} руб. × {coefficient} = {amount} руб.',
    coefficient:
      'Применён повышающий коэффициент {coefficient}: из-за него начислено на {excess} руб. больше.',
    recalculation:
      'Перерасчёт {amount} руб.: после месяцев, начисленных по среднему или по нормативу, поступили показания прибора учёта, и начисление за них пересчитано по фактическому расходу.',
  },
};

export const chargesEn: typeof chargesRu = {
  title: 'Charges and payments',
  asOf: 'Charges as of {date}',
  period: 'Billing period: {period}',
  regionLine: '{address}, account No. {number}',
  dueDate: 'Pay by {date}',
  columns: {
    service: 'Service',
    tariff: 'Tariff, RUB',
    debt: 'Debt / overpayment (+/-), RUB',
    paid: 'Paid, RUB',
    volume: 'Consumption',
    charged: 'Charged, RUB',
    recalculation: 'Recalculation, RUB',
    toPay: 'To pay, RUB',
  },
  volume: '{volume} {unit}',
  total: 'Total:',
  totalValue: '{amount} RUB',
  expand: 'How it was charged: {service}',
  empty:
    'There are no charges on this account yet. They appear once the first billing period is closed.',
  loadFailed: 'The charges could not be loaded.',
  retry: 'Try again',
  explain: {
    supplier: 'Supplier: {supplier}',
    meters: 'Meter No. {serials}',
    byMeter: 'Charged by the meter readings.',
    zone: 'Zone',
    readings: 'Readings (start → end)',
    readingsRange: '{start} → {end}',
    estimated: 'estimated volume',
    lineVolume: 'Volume',
    linePrice: 'Price, RUB',
    lineAmount: 'Amount, RUB',
    single: 'Single-rate',
    average: {
      no_reading:
        'No readings arrived for this period, so the charge uses the average monthly consumption of the previous 6 months. This is month {streak} in a row of at most 3: after that the standard rate applies. Submit your readings in "Meter readings".',
      verification_expired:
        'The meter verification term has expired and the meter counts as failed, so the charge uses the average monthly consumption (month {streak} in a row of 3, then the standard rate). Order a verification or a replacement.',
      other:
        'Charged by the average monthly consumption of the previous 6 months: this is allowed for at most 3 months in a row, then the standard rate applies.',
    },
    normative: {
      average_exhausted:
        'No readings for more than 3 months in a row. The average may be used for at most 3 months, so the standard rate applies. Submit your readings to be charged by the meter again.',
      verification_expired:
        'The meter verification term expired more than 3 months ago, so the standard rate applies. Order a verification or a replacement.',
      no_meter: 'No meter is installed, so the standard rate applies.',
      no_reading: 'No readings arrived, so the standard rate applies.',
      other: 'Charged by the standard rate.',
    },
    area: 'Charged by the floor area.',
    calculation: 'Calculation: {volume} {unit} × {tariff} RUB = {amount} RUB.',
    calculationWithCoefficient:
      'Calculation: {volume} {unit} × {tariff} RUB × {coefficient} = {amount} RUB.',
    coefficient:
      'A raising coefficient of {coefficient} applies: it adds {excess} RUB to the charge.',
    recalculation:
      'Recalculation {amount} RUB: meter readings arrived after months charged by the average or the standard rate, and those months were recalculated by the actual consumption.',
  },
};
