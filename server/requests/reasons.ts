import type { PushReason } from '../../shared/sync/push.js';

/** Why a filed support request was not accepted: a stable code and what the person should do. */
export const requestRejection = {
  accountUnknown: (): PushReason => ({
    code: 'account_unknown',
    message:
      'Лицевой счёт не найден. Проверьте номер счёта, обновите данные на устройстве и подайте заявку заново.',
  }),
  accountOtherRegion: (): PushReason => ({
    code: 'account_other_region',
    message:
      'Лицевой счёт относится к другому региону. Примите заявку в центре обслуживания этого региона.',
  }),
  userNotLinked: (): PushReason => ({
    code: 'user_not_linked',
    message:
      'Лицевой счёт не привязан к вашему профилю. Привяжите счёт в личном кабинете и подайте заявку снова.',
  }),
  staffOnly: (): PushReason => ({
    code: 'staff_only',
    message:
      'Без входа в личный кабинет заявку принимает только сотрудник центра обслуживания. Войдите в кабинет и подайте заявку снова.',
  }),
};
