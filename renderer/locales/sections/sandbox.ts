// The delivery sandbox's viewer (embedded default and preview): ru first, en with the same keys.

export const sandboxRu = {
  title: 'Отправленные SMS и письма',
  intro:
    'Демонстрационный режим: SMS и письма никуда не уходят, а показываются здесь. Возьмите код или ссылку из сообщения, чтобы закончить регистрацию, восстановление пароля или смену телефона и E-mail.',
  refresh: 'Обновить',
  autoRefresh: 'Список обновляется каждые несколько секунд.',
  back: 'Вернуться',
  empty: 'Сообщений пока нет.',
  unavailable:
    'Песочница недоступна: сообщения отправляются по-настоящему. Проверьте свой телефон или почту.',
  loadFailed: 'Не удалось загрузить сообщения. Нажмите «Обновить».',
  sms: 'SMS',
  email: 'E-mail',
  to: 'Кому: {recipient}',
  subject: 'Тема: {subject}',
  links: 'Ссылки из письма',
  openLink: 'Открыть ссылку',
};

export const sandboxEn: typeof sandboxRu = {
  title: 'Sent text messages and e-mails',
  intro:
    'Demo mode: text messages and e-mails are not sent anywhere but shown here. Take the code or link from a message to finish registration, password recovery or a change of phone or e-mail.',
  refresh: 'Refresh',
  autoRefresh: 'The list refreshes every few seconds.',
  back: 'Back',
  empty: 'No messages yet.',
  unavailable: 'The sandbox is off: messages are really sent. Check your phone or mailbox.',
  loadFailed: 'The messages could not be loaded. Press “Refresh”.',
  sms: 'SMS',
  email: 'E-mail',
  to: 'To: {recipient}',
  subject: 'Subject: {subject}',
  links: 'Links in the e-mail',
  openLink: 'Open link',
};
