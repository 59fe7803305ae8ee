import type { ReadingProblem } from '../../shared/domain/readings.js';
import type { PushReason } from '../../shared/sync/push.js';

/** Why a submitted reading was not accepted, as the device shows it: a stable code and what to do. */
export const rejection = {
  meterUnknown: (): PushReason => ({
    code: 'meter_unknown',
    message: 'Счётчик не найден. Обновите данные на устройстве и введите показания заново.',
  }),
  meterOtherRegion: (): PushReason => ({
    code: 'meter_other_region',
    message: 'Счётчик относится к другому региону. Передайте показания в кабинете своего региона.',
  }),
  userNotLinked: (): PushReason => ({
    code: 'user_not_linked',
    message:
      'Лицевой счёт счётчика не привязан к вашему профилю. Привяжите счёт и передайте показания снова.',
  }),
  zonesMismatch: (zones: number): PushReason => ({
    code: 'zones_mismatch',
    message:
      zones === 1
        ? 'Счётчик однотарифный: введите одно показание.'
        : `Счётчик ${zones}-тарифный: введите показания по каждой зоне (${zones === 2 ? 'T1 и T2' : 'T1, T2 и T3'}).`,
  }),
};

/** The reason for a problem checkReading found (an error, or a warning nobody confirmed). */
export function problemReason(problem: ReadingProblem): PushReason {
  const code = problem.code;
  switch (problem.code) {
    case 'empty':
      return { code, message: 'Показание не указано. Введите показание счётчика.' };
    case 'not_a_number':
      return { code, message: 'Показание должно быть числом. Введите цифры с табло счётчика.' };
    case 'negative':
      return { code, message: 'Показание не может быть отрицательным. Проверьте значение.' };
    case 'too_many_digits':
      return {
        code,
        message: `На табло счётчика не больше ${problem.capacity} цифр до запятой. Проверьте показание.`,
      };
    case 'fraction_not_allowed':
      return { code, message: 'Счётчик не показывает дробную часть. Введите целое число.' };
    case 'too_many_fraction_digits':
      return {
        code,
        message: `После запятой не больше ${problem.allowed} цифр. Проверьте показание.`,
      };
    case 'less_than_previous':
      return {
        code,
        message: `Показание меньше принятого ранее (${problem.previous}). Проверьте значение и введите его заново.`,
      };
    case 'rollover':
      return {
        code: 'rollover_unconfirmed',
        message: `Показание меньше предыдущего (${problem.previous}): счётчик мог пройти через ноль. Подтвердите переход через ноль и передайте показание снова.`,
      };
    case 'jump':
      return {
        code: 'jump_unconfirmed',
        message: `Расход ${problem.consumption} намного больше среднего (${problem.averageMonthly} в месяц). Проверьте показание и подтвердите его.`,
      };
  }
}
