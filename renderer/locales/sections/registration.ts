// Registration (Рис. 2–11), the security code, and the sentences of the identity error codes
// (used by registration, recovery and settings): ru first, en with the same keys.
// '@' is written {'@'}: vue-i18n reads a bare '@' as a linked message.

export const registrationRu = {
  link: 'Регистрация',
  title: 'Регистрация',
  region: {
    title: 'Выберите регион',
    intro: 'Установите отметку напротив своего региона и нажмите «Выбрать».',
    legend: 'Регион',
    choose: 'Выбрать',
    loadFailed: 'Не удалось загрузить список регионов.',
    retry: 'Повторить',
  },
  form: {
    title: 'Данные для регистрации',
    login: 'Логин',
    loginHint:
      'От 3 до 32 символов: латинские буквы, цифры, точка, дефис или подчёркивание; первым — буква или цифра.',
    password: 'Пароль',
    repeat: 'Повторите пароль',
    mismatch: 'Пароли не совпадают. Введите один и тот же пароль в оба поля.',
    variant: 'Вариант регистрации',
    phone: 'Телефон',
    email: 'E-mail',
    phoneField: 'Мобильный телефон',
    phoneHint: 'Например: +7 (999) 123 45 67. На этот номер придёт SMS с кодом.',
    emailField: 'E-mail',
    emailHint: "Например: name{'@'}example.ru. На этот адрес придёт письмо со ссылкой.",
    city: 'Город',
    cityHint: 'Жители области указывают областной центр, например Оренбург.',
    requiredMark: 'обязательное поле',
    required: 'Заполните все поля, отмеченные звёздочкой.',
    cancel: 'Отмена',
    next: 'Далее',
  },
  rules: {
    title: 'Требования к паролю',
    password_short: 'не короче 8 символов',
    password_long: 'не длиннее 128 символов',
    password_needs_letter: 'хотя бы одна буква',
    password_needs_digit: 'хотя бы одна цифра',
    password_contains_login: 'не содержит логин',
    password_common: 'не из самых распространённых паролей',
    met: 'выполнено',
    unmet: 'не выполнено',
  },
  account: {
    title: 'Привязать адрес',
    intro: 'Введите номер лицевого счета с квитанции и нажмите «Привязать».',
    number: 'Номер лицевого счета',
    hint: 'Десять цифр, указан в квитанции.',
    required: 'Введите номер лицевого счета с квитанции.',
    submit: 'Привязать',
    back: 'Изменить параметры регистрации',
  },
  confirm: {
    title: 'Данные проверены и являются верными',
    intro:
      'Проверьте, что это ваш лицевой счёт. Имя и адрес скрыты частично, чтобы их не увидели посторонние.',
    number: 'Лицевой счёт',
    owner: 'Владелец',
    address: 'Адрес',
    bySms: 'Код подтверждения придёт в SMS на номер {recipient}.',
    byEmail: 'Ссылка для завершения регистрации придёт на адрес {recipient}.',
    proceed: 'Данные верны, продолжить',
    changeAccount: 'Изменить номер лицевого счета',
    changeParameters: 'Изменить параметры регистрации',
  },
  code: {
    title: 'Подтверждение номера телефона',
    intro: 'Мы отправили SMS с кодом подтверждения на номер {recipient}.',
    code: 'Код',
    hint: 'Введите цифры из SMS и нажмите «Отправить».',
    required: 'Введите код из SMS.',
    submit: 'Отправить',
  },
  resend: {
    code: 'Выслать код повторно',
    email: 'Повторить отправку письма',
    wait: 'Повторная отправка будет доступна через {seconds} с.',
    codeSent: 'Новый код отправлен. Прежний код больше не действует.',
    emailSent: 'Письмо отправлено ещё раз. Ссылка из прежнего письма больше не действует.',
  },
  email: {
    title: 'Подтверждение адреса электронной почты',
    sent: 'На указанный Вами адрес {recipient} выслана ссылка, по которой необходимо перейти для завершения регистрации.',
    waiting:
      'Откройте письмо на телефоне или компьютере и перейдите по ссылке. Этот экран обновится сам.',
  },
  done: {
    title: 'Регистрация завершена',
    text: 'Вы зарегистрированы в Едином личном кабинете. Войдите с логином {login} и вашим паролем.',
    emailNeeded:
      'Обязательно укажите адрес электронной почты (E-mail) в разделе «Настройки» после входа: на него придёт копия чека об оплате, и по нему можно восстановить логин и пароль в случае их утери.',
    signIn: 'Войти',
  },
  startAgain: 'Начать регистрацию заново',
  sandboxLink: 'Отправленные SMS и письма (песочница)',
};

export const registrationEn: typeof registrationRu = {
  link: 'Register',
  title: 'Registration',
  region: {
    title: 'Choose your region',
    intro: 'Select your region and press “Choose”.',
    legend: 'Region',
    choose: 'Choose',
    loadFailed: 'The list of regions could not be loaded.',
    retry: 'Retry',
  },
  form: {
    title: 'Registration details',
    login: 'Login',
    loginHint:
      '3 to 32 characters: Latin letters, digits, dot, hyphen or underscore; starting with a letter or digit.',
    password: 'Password',
    repeat: 'Repeat the password',
    mismatch: 'The passwords differ. Type the same password in both fields.',
    variant: 'Register with',
    phone: 'Phone',
    email: 'E-mail',
    phoneField: 'Mobile phone',
    phoneHint: 'For example: +7 (999) 123 45 67. A text message with a code will come to it.',
    emailField: 'E-mail',
    emailHint: "For example: name{'@'}example.ru. A message with a link will come to it.",
    city: 'City',
    cityHint: 'Residents of the region give the regional centre, for example Orenburg.',
    requiredMark: 'required field',
    required: 'Fill in every field marked with an asterisk.',
    cancel: 'Cancel',
    next: 'Next',
  },
  rules: {
    title: 'Password requirements',
    password_short: 'at least 8 characters',
    password_long: 'at most 128 characters',
    password_needs_letter: 'at least one letter',
    password_needs_digit: 'at least one digit',
    password_contains_login: 'does not contain the login',
    password_common: 'not one of the most common passwords',
    met: 'met',
    unmet: 'not met',
  },
  account: {
    title: 'Link an address',
    intro: 'Type the account number from your payment notice and press “Link”.',
    number: 'Account number',
    hint: 'Ten digits, printed on the notice.',
    required: 'Type the account number from the notice.',
    submit: 'Link',
    back: 'Change registration details',
  },
  confirm: {
    title: 'The details have been checked and are correct',
    intro:
      'Check that this is your account. The name and address are partly hidden so that others cannot read them.',
    number: 'Account',
    owner: 'Owner',
    address: 'Address',
    bySms: 'The confirmation code will come by text message to {recipient}.',
    byEmail: 'The link to finish registration will come to {recipient}.',
    proceed: 'The details are correct, continue',
    changeAccount: 'Change the account number',
    changeParameters: 'Change registration details',
  },
  code: {
    title: 'Phone number confirmation',
    intro: 'We sent a text message with a confirmation code to {recipient}.',
    code: 'Code',
    hint: 'Type the digits from the message and press “Send”.',
    required: 'Type the code from the text message.',
    submit: 'Send',
  },
  resend: {
    code: 'Send the code again',
    email: 'Send the e-mail again',
    wait: 'You can ask again in {seconds} s.',
    codeSent: 'A new code was sent. The previous code no longer works.',
    emailSent: 'The e-mail was sent again. The link in the previous one no longer works.',
  },
  email: {
    title: 'E-mail confirmation',
    sent: 'A link was sent to {recipient}; open it to finish registration.',
    waiting:
      'Open the e-mail on a phone or computer and follow the link. This screen updates by itself.',
  },
  done: {
    title: 'Registration complete',
    text: 'You are registered in the personal account. Sign in with the login {login} and your password.',
    emailNeeded:
      'Be sure to add an e-mail address under “Settings” after signing in: payment receipts are sent to it, and it lets you recover your login and password if you lose them.',
    signIn: 'Sign in',
  },
  startAgain: 'Start the registration again',
  sandboxLink: 'Sent text messages and e-mails (sandbox)',
};

/** The security code (captcha) with its accessible alternative, shared by registration and recovery. */
export const captchaRu = {
  label: 'Защитный код',
  hint: 'Введите символы с картинки.',
  questionHint: 'Ответьте на вопрос цифрами или словами.',
  image: 'Картинка с защитным кодом. Если вы её не видите, ответьте на вопрос: {question}',
  refresh: 'Обновить код',
  alternative: 'Не видно кода? Ответьте на вопрос',
  showImage: 'Ввести символы с картинки',
  question: 'Вопрос',
  loading: 'Загрузка защитного кода…',
  loadFailed: 'Не удалось загрузить защитный код. Нажмите «Обновить код».',
};

export const captchaEn: typeof captchaRu = {
  label: 'Security code',
  hint: 'Type the characters from the picture.',
  questionHint: 'Answer the question in digits or in words.',
  image: 'A picture with the security code. If you cannot see it, answer the question: {question}',
  refresh: 'New code',
  alternative: 'Cannot see the code? Answer a question',
  showImage: 'Type the characters from the picture',
  question: 'Question',
  loading: 'Loading the security code…',
  loadFailed: 'The security code could not be loaded. Press “New code”.',
};

/** Sentences of the identity error codes (shared/contract/result.ts), spread into `errors`. */
export const identityErrorsRu = {
  region_unknown: 'Такой регион не найден. Вернитесь к выбору региона и выберите его из списка.',
  rate_limited: 'Слишком много попыток подряд. Подождите несколько минут и повторите.',
  captcha_wrong:
    'Защитный код введён неверно. Введите символы с новой картинки или ответьте на новый вопрос.',
  captcha_expired: 'Защитный код устарел. Нажмите «Обновить код» и введите новый.',
  login_invalid:
    'Логин должен быть от 3 до 32 символов: латинские буквы, цифры, точка, дефис или подчёркивание, первым — буква или цифра.',
  login_taken: 'Этот логин уже занят. Придумайте другой логин.',
  password_weak: 'Пароль слишком простой. Придумайте пароль, который выполняет все требования.',
  password_wrong: 'Текущий пароль введён неверно. Проверьте раскладку и введите его снова.',
  phone_invalid: 'Укажите номер мобильного телефона в формате +7 (9XX) XXX-XX-XX.',
  email_invalid: "Укажите адрес электронной почты в формате name{'@'}example.ru.",
  contact_taken:
    'Этот телефон или e-mail уже указан в другой учётной записи. Войдите в неё или нажмите «Забыли пароль?» на странице входа.',
  account_unknown:
    'Лицевой счёт с таким номером не найден. Проверьте номер по квитанции и введите его снова.',
  account_other_region:
    'Этот лицевой счёт относится к другому региону. Вернитесь к выбору региона и выберите регион из квитанции.',
  account_owned:
    'У этого лицевого счёта уже есть владелец в личном кабинете, поэтому зарегистрировать его повторно нельзя. Если вы владелец, войдите или нажмите «Забыли пароль?». Если нет, владелец может сообщить вам свои логин и пароль: тогда войдите в свой кабинет и добавьте счёт в разделе «Настройки» → «Добавить ЛС». Или обратитесь в центр обслуживания с документами на помещение.',
  account_already_linked: 'Этот лицевой счёт уже есть в вашем личном кабинете.',
  account_last:
    'Это единственный ваш собственный лицевой счёт: его нельзя удалить из личного кабинета.',
  code_wrong: 'Код введён неверно. Проверьте код из сообщения и введите его снова.',
  code_expired: 'Срок действия кода истёк. Запросите новый код или начните заново.',
  code_used: 'Этот код или ссылка уже использованы. Запросите новый код.',
  code_attempts_exhausted:
    'Слишком много неверных попыток ввода кода. Начните заново, чтобы получить новый код.',
  resend_too_soon: 'Повторная отправка пока недоступна. Дождитесь конца отсчёта и повторите.',
  delivery_failed: 'Сообщение не удалось отправить. Повторите через несколько минут.',
  registration_expired: 'Время на регистрацию истекло. Начните регистрацию заново.',
  step_invalid: 'Этот шаг сейчас недоступен. Начните заново.',
};

export const identityErrorsEn: typeof identityErrorsRu = {
  region_unknown: 'This region was not found. Go back and choose a region from the list.',
  rate_limited: 'Too many attempts in a row. Wait a few minutes and try again.',
  captcha_wrong:
    'The security code is wrong. Type the characters of the new picture or answer the new question.',
  captcha_expired: 'The security code has expired. Press “New code” and type the new one.',
  login_invalid:
    'A login has 3 to 32 characters: Latin letters, digits, dot, hyphen or underscore, starting with a letter or digit.',
  login_taken: 'This login is taken. Choose another login.',
  password_weak: 'The password is too simple. Choose a password that meets every requirement.',
  password_wrong: 'The current password is wrong. Check the keyboard layout and type it again.',
  phone_invalid: 'Give a mobile number in the form +7 (9XX) XXX-XX-XX.',
  email_invalid: "Give an e-mail address in the form name{'@'}example.ru.",
  contact_taken:
    'This phone or e-mail belongs to another account. Sign in to it or press “Forgot your password?” on the sign-in page.',
  account_unknown: 'No account has this number. Check the number on the notice and type it again.',
  account_other_region:
    'This account belongs to another region. Go back and choose the region printed on the notice.',
  account_owned:
    'This account already has an owner in the personal account, so it cannot be registered again. If you are the owner, sign in or press “Forgot your password?”. If not, the owner can give you their login and password: sign in to your own account and add it under “Settings” → “Add account”. Or visit a service centre with the documents of the property.',
  account_already_linked: 'This account is already in your personal account.',
  account_last: 'This is your only own account: it cannot be removed.',
  code_wrong: 'The code is wrong. Check the code in the message and type it again.',
  code_expired: 'The code has expired. Ask for a new code or start again.',
  code_used: 'This code or link has already been used. Ask for a new code.',
  code_attempts_exhausted: 'Too many wrong codes. Start again to get a new code.',
  resend_too_soon: 'Sending again is not available yet. Wait for the countdown and try again.',
  delivery_failed: 'The message could not be sent. Try again in a few minutes.',
  registration_expired: 'The time for registration is over. Start the registration again.',
  step_invalid: 'This step is not available now. Start again.',
};
