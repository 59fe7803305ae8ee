// Russian, the default language. Every visible string lives here and in en.ts with the same keys.
// vue-i18n syntax: {name} is a placeholder; '@' and '|' are special and are avoided in texts.
import { chargesRu } from './sections/charges.js';
import { readingsRu } from './sections/readings.js';
import { reportsRu } from './sections/reports.js';
import { recoveryRu } from './sections/recovery.js';
import { captchaRu, identityErrorsRu, registrationRu } from './sections/registration.js';
import { requestsRu } from './sections/requests.js';
import { sandboxRu } from './sections/sandbox.js';
import { settingsRu } from './sections/settings.js';

export const ru = {
  app: {
    productName: 'Единый личный кабинет',
    loading: 'Загрузка…',
    bootFailed: 'Не удалось запустить приложение.',
    retry: 'Повторить',
  },
  language: {
    label: 'Язык интерфейса',
    ru: 'RU',
    en: 'EN',
    ruName: 'Русский',
    enName: 'English',
  },
  profile: {
    kiosk: 'Киоск',
    counter: 'Стойка обслуживания',
  },
  enrol: {
    title: 'Подключение устройства',
    intro:
      'Устройство ещё не подключено к центральному сервису. Подключение выполняет администратор: введите адрес центрального сервиса и код подключения из панели администратора.',
    centralUrl: 'Адрес центрального сервиса',
    centralUrlHint: 'Начинается с https:// или http://',
    code: 'Код подключения',
    codeHint: 'Код действует ограниченное время и подходит только для одного устройства.',
    submit: 'Подключить',
    invalidUrl:
      'Проверьте адрес центрального сервиса: он должен начинаться с https:// или http:// и не быть длиннее 300 символов.',
    invalidCode:
      'Код подключения должен содержать от 6 до 32 символов. Проверьте код и введите его снова.',
  },
  signIn: {
    title: 'Вход в личный кабинет',
    heading: 'Авторизация',
    login: 'Логин',
    password: 'Пароль',
    submit: 'Войти',
    required: 'Введите логин и пароль.',
  },
  shell: {
    navigation: 'Разделы личного кабинета',
    accounts: 'Лицевые счета',
    charges: 'Начисления и платежи',
    readings: 'Ввод показаний',
    reports: 'Отчеты',
    requests: 'Заявки',
    settings: 'Настройки',
    signOut: 'Выйти из системы',
  },
  sync: {
    online: 'В сети',
    offline: 'Нет связи',
    updatedAt: 'Обновлено: {time}',
    neverUpdated: 'Данные ещё не загружались',
    progress: 'Загрузка данных: {done} из {total}',
  },
  banners: {
    cacheRebuilt: 'Локальные данные были повреждены и загружаются заново с сервера',
    offline: 'Нет связи с центральным сервисом. Показаны данные на {time}',
    offlineNeverSynced:
      'Нет связи с центральным сервисом. Данные появятся, когда связь восстановится.',
  },
  accounts: {
    pageTitle: 'Лицевые счета',
    owner: 'Владелец лицевого счёта',
    noPhone: 'Телефон не указан',
    selected: 'Вы выбрали л.счет: №{number} {owner}',
    switcher: 'Выберите лицевой счёт',
    switcherOption: '№{number}, {address}',
    regionLine: '{address}, ЛС № {number}',
    facts: 'Площадь: {area} м² · Комнат: {rooms} · Проживает: {residents}',
    noAccounts:
      'К вашей учётной записи не привязан ни один лицевой счёт. Обратитесь к оператору по телефону +7 912 062 04 77.',
    loadFailed: 'Не удалось загрузить данные лицевого счёта.',
    retry: 'Повторить',
    checkNote:
      'Проверьте данные. Если обнаружите ошибку, свяжитесь с оператором по телефону +7 912 062 04 77.',
  },
  services: {
    title: 'Услуги и тарифы',
    service: 'Услуга',
    meters: 'Приборы учёта',
    supplier: 'Поставщик',
    tariff: 'Тариф, руб',
    empty: 'По лицевому счёту нет услуг.',
    noTariff: 'Тариф не установлен',
    perUnit: 'за {unit}',
    singleRate: 'Однотарифный',
    twoZone: { T1: 'Т1 (день)', T2: 'Т2 (ночь)' },
    threeZone: { T1: 'Т1 (пик)', T2: 'Т2 (ночь)', T3: 'Т3 (полупик)' },
  },
  meters: {
    title: 'Приборы учёта',
    service: 'Услуга',
    kind: 'Тип',
    serial: 'Заводской номер',
    zones: 'Тарифность',
    verifiedOn: 'Дата поверки',
    nextVerificationOn: 'Дата следующей поверки',
    empty: 'Приборы учёта не установлены.',
    kinds: { individual: 'Индивидуальный', common: 'Общедомовой' },
    zoneCounts: { one: 'Однотарифный', two: 'Двухтарифный', three: 'Трёхтарифный' },
  },
  verification: {
    dueSoonTag: 'Скоро поверка',
    overdueTag: 'Поверка просрочена',
    meter: '{service}, прибор № {serial}',
    dueSoon:
      'Скоро поверка: до {date}. После истечения срока поверки прибор считается вышедшим из строя: начисление пойдёт по среднему потреблению, затем по нормативу.',
    overdue:
      'Срок поверки истёк {date}. Прибор считается вышедшим из строя: начисление идёт по среднему потреблению, затем по нормативу. Закажите поверку или замену прибора.',
  },
  suppliers: {
    title: 'Реквизиты поставщиков услуг',
    inn: 'ИНН',
    kpp: 'КПП',
    bank: 'Банк',
    bic: 'БИК',
    settlementAccount: 'Р/с',
    correspondentAccount: 'К/с',
    address: 'Адрес',
    phone: 'Телефон',
    site: 'Сайт',
  },
  keyboard: {
    region: 'Экранная клавиатура',
    backspace: 'Стереть',
    space: 'Пробел',
    shift: 'Регистр',
    shiftOnce: 'Регистр: следующая буква заглавная',
    capsLock: 'Регистр: все буквы заглавные',
    enter: 'Готово',
    hide: 'Скрыть клавиатуру',
    show: 'Показать клавиатуру',
    layoutName: {
      ru: 'Русская раскладка (РУС)',
      en: 'Латинская раскладка (ENG)',
      symbols: 'Цифры и символы (123)',
    },
    layoutShort: { ru: 'РУС', en: 'ENG', symbols: '123' },
  },
  idle: {
    title: 'Вы ещё здесь?',
    explanation:
      'Вы давно ничего не нажимали. Чтобы ваши данные не увидел следующий посетитель, сеанс будет завершён.',
    countdown: 'Сеанс завершится через {seconds} с',
    continue: 'Продолжить работу',
  },
  errors: {
    invalid_input: 'Проверьте введённые данные: одно из полей заполнено неверно.',
    unknown_method:
      'Эта операция недоступна в установленной версии приложения. Сообщите администратору.',
    forbidden_sender:
      'Запрос отклонён из соображений безопасности. Перезапустите приложение; если ошибка повторится, сообщите администратору.',
    not_enrolled:
      'Устройство не подключено к центральному сервису. Обратитесь к администратору, чтобы подключить его.',
    enrolment_code_invalid:
      'Код подключения не найден. Проверьте код или получите новый у администратора центрального сервиса.',
    enrolment_code_used:
      'Этот код подключения уже использован. Получите новый код у администратора центрального сервиса.',
    enrolment_code_expired:
      'Срок действия кода подключения истёк. Получите новый код у администратора центрального сервиса.',
    central_unreachable:
      'Нет связи с центральным сервисом. Проверьте адрес и подключение к сети, затем повторите попытку.',
    central_error:
      'Центральный сервис временно не отвечает. Повторите попытку через несколько минут.',
    invalid_credentials:
      'Неверный логин или пароль. Проверьте раскладку клавиатуры и введите данные снова.',
    account_locked:
      'Вход временно заблокирован после нескольких неудачных попыток. Повторите позже или обратитесь к оператору по телефону +7 912 062 04 77.',
    not_signed_in: 'Сеанс завершён. Войдите в личный кабинет снова.',
    account_not_linked:
      'Этот лицевой счёт не привязан к вашей учётной записи. Выберите другой счёт или обратитесь к оператору.',
    not_found:
      'Данные не найдены. Повторите попытку; если ошибка повторится, обратитесь к оператору.',
    internal:
      'Внутренняя ошибка приложения. Повторите попытку; если ошибка повторится, сообщите администратору.',
    ...identityErrorsRu,
  },
  primevue: {
    emptyMessage: 'Нет вариантов для выбора',
    emptySearchMessage: 'Ничего не найдено',
    emptySelectionMessage: 'Ничего не выбрано',
    close: 'Закрыть',
  },
  charges: chargesRu,
  readings: readingsRu,
  reports: reportsRu,
  requests: requestsRu,
  registration: registrationRu,
  recovery: recoveryRu,
  captcha: captchaRu,
  settings: settingsRu,
  sandbox: sandboxRu,
};

export type MessageSchema = typeof ru;
