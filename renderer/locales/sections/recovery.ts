// Password recovery (Рис. 36–39): ru first, en with the same keys. The texts after "Продолжить"
// never say whether the phone or e-mail is registered.

export const recoveryRu = {
  link: 'Забыли пароль?',
  title: 'Восстановление пароля',
  start: {
    title: 'Телефон или E-mail для восстановления',
    intro:
      'Выберите способ восстановления пароля, введите номер мобильного телефона или E-mail, указанный при регистрации, и нажмите «Продолжить».',
    method: 'Способ восстановления',
    phone: 'Телефон',
    email: 'E-mail',
    phoneField: 'Мобильный телефон',
    emailField: 'E-mail',
    required: 'Введите номер телефона или E-mail и защитный код.',
    submit: 'Продолжить',
    cancel: 'Отмена',
  },
  code: {
    title: 'Код подтверждения',
    sent: 'Если этот номер зарегистрирован, мы отправили на него SMS с кодом: {recipient}.',
    code: 'Код из SMS',
    hint: 'Введите цифры из SMS и нажмите «Продолжить».',
    required: 'Введите код из SMS.',
    submit: 'Продолжить',
  },
  email: {
    title: 'Письмо со ссылкой',
    sent: 'Если этот адрес зарегистрирован, мы отправили на него письмо со ссылкой: {recipient}.',
    instructions:
      'Откройте письмо на телефоне или компьютере, перейдите по ссылке и задайте новый пароль на открывшейся странице. Этот экран обновится сам, когда пароль будет изменён.',
    opened: 'Ссылка открыта. Задайте новый пароль на открывшейся странице.',
  },
  password: {
    title: 'Изменение пароля',
    login: 'Логин',
    password: 'Новый пароль',
    repeat: 'Повторите пароль',
    required: 'Введите новый пароль в оба поля.',
    submit: 'Продолжить',
  },
  done: {
    title: 'Пароль изменён',
    text: 'Ваш пароль успешно изменён. Войдите в личный кабинет с новым паролем.',
    signIn: 'Войти',
  },
  startAgain: 'Начать заново',
};

export const recoveryEn: typeof recoveryRu = {
  link: 'Forgot your password?',
  title: 'Password recovery',
  start: {
    title: 'Phone or e-mail to recover with',
    intro:
      'Choose how to recover the password, type the mobile number or e-mail given at registration and press “Continue”.',
    method: 'Recover by',
    phone: 'Phone',
    email: 'E-mail',
    phoneField: 'Mobile phone',
    emailField: 'E-mail',
    required: 'Type the phone number or e-mail and the security code.',
    submit: 'Continue',
    cancel: 'Cancel',
  },
  code: {
    title: 'Confirmation code',
    sent: 'If this number is registered, we sent a text message with a code to it: {recipient}.',
    code: 'Code from the text message',
    hint: 'Type the digits from the message and press “Continue”.',
    required: 'Type the code from the text message.',
    submit: 'Continue',
  },
  email: {
    title: 'E-mail with a link',
    sent: 'If this address is registered, we sent an e-mail with a link to it: {recipient}.',
    instructions:
      'Open the e-mail on a phone or computer, follow the link and set a new password on the page it opens. This screen updates by itself once the password is changed.',
    opened: 'The link was opened. Set the new password on the page it opened.',
  },
  password: {
    title: 'Change of password',
    login: 'Login',
    password: 'New password',
    repeat: 'Repeat the password',
    required: 'Type the new password in both fields.',
    submit: 'Continue',
  },
  done: {
    title: 'Password changed',
    text: 'Your password has been changed. Sign in with the new password.',
    signIn: 'Sign in',
  },
  startAgain: 'Start again',
};
