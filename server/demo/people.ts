import type { Rng } from './prng.js';

/**
 * Russian full names (ФИО) with correct gender endings: surname, first name, patronymic.
 * Surnames are stems with their declension type, so the female form is derived, not guessed.
 */
function words(text: string): string[] {
  return text.split(' ');
}

/** "male/female" pairs, e.g. "Ильич/Ильинична". */
function pairs(text: string): (readonly [string, string])[] {
  return words(text).map((pair) => {
    const [male = '', female = ''] = pair.split('/');
    return [male, female] as const;
  });
}

const MALE_NAMES = words(
  'Александр Алексей Анатолий Андрей Антон Артём Борис Вадим Валерий Василий Виктор ' +
    'Владимир Владислав Вячеслав Геннадий Георгий Григорий Денис Дмитрий Евгений Егор Иван ' +
    'Игорь Илья Кирилл Константин Леонид Матвей Максим Михаил Никита Николай Олег Павел Пётр ' +
    'Роман Руслан Сергей Станислав Степан Тимофей Фёдор Юрий Ярослав',
);

const FEMALE_NAMES = words(
  'Александра Алина Алла Анастасия Анна Валентина Валерия Вера Виктория Галина Дарья ' +
    'Евгения Екатерина Елена Елизавета Жанна Зинаида Ирина Карина Ксения Лариса Любовь ' +
    'Людмила Маргарита Марина Мария Надежда Наталья Нина Оксана Ольга Полина Раиса Светлана ' +
    'София Тамара Татьяна Юлия Яна',
);

/** [male, female] patronymics from the same father's name (Ильич / Ильинична, not a rule). */
const PATRONYMICS = pairs(
  'Александрович/Александровна Алексеевич/Алексеевна Анатольевич/Анатольевна ' +
    'Андреевич/Андреевна Борисович/Борисовна Валерьевич/Валерьевна Васильевич/Васильевна ' +
    'Викторович/Викторовна Владимирович/Владимировна Вячеславович/Вячеславовна ' +
    'Геннадьевич/Геннадьевна Григорьевич/Григорьевна Дмитриевич/Дмитриевна ' +
    'Евгеньевич/Евгеньевна Иванович/Ивановна Игоревич/Игоревна Ильич/Ильинична ' +
    'Константинович/Константиновна Кузьмич/Кузьминична Леонидович/Леонидовна Львович/Львовна ' +
    'Михайлович/Михайловна Никитич/Никитична Николаевич/Николаевна Олегович/Олеговна ' +
    'Павлович/Павловна Петрович/Петровна Романович/Романовна Сергеевич/Сергеевна ' +
    'Степанович/Степановна Фёдорович/Фёдоровна Юрьевич/Юрьевна',
);

/** Surnames in -ов/-ев/-ёв/-ин/-ын: the female form adds «а». */
const POSSESSIVE_SURNAMES = words(
  'Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов ' +
    'Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев ' +
    'Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв ' +
    'Сергеев Кузьмин Фролов Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин ' +
    'Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов ' +
    'Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов ' +
    'Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Тимофеев ' +
    'Фомин Чернов Абрамов Мартынов Ефимов Щербаков Назаров Калинин Исаев Быков Маслов ' +
    'Родионов Коновалов Лазарев Воронин Климов Голубев Кудрявцев Прохоров Наумов Потапов ' +
    'Журавлёв Овчинников Трофимов Соболев Ермаков Колесников Гончаров Емельянов Никифоров ' +
    'Грачёв Котов Гришин Ефремов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов ' +
    'Кондратьев Бирюков Горбунов',
);

/** Adjectival surnames: [male, female]. */
const ADJECTIVAL_SURNAMES = pairs(
  'Островский/Островская Покровский/Покровская Успенский/Успенская Троицкий/Троицкая ' +
    'Вознесенский/Вознесенская Толстой/Толстая Луговой/Луговая Белый/Белая Рыжий/Рыжая',
);

/** Surnames that do not change with gender. */
const INVARIABLE_SURNAMES = words(
  'Шевченко Ткаченко Коваленко Бондаренко Кравченко Лысенко Черных Седых Белых Долгих',
);

export type Gender = 'male' | 'female';

export interface PersonName {
  fullName: string;
  gender: Gender;
}

function surname(rng: Rng, gender: Gender): string {
  const kind = rng.weighted({ possessive: 85, adjectival: 8, invariable: 7 });
  if (kind === 'possessive') {
    const male = rng.pick(POSSESSIVE_SURNAMES);
    return gender === 'male' ? male : `${male}а`;
  }
  if (kind === 'adjectival') return rng.pick(ADJECTIVAL_SURNAMES)[gender === 'male' ? 0 : 1];
  return rng.pick(INVARIABLE_SURNAMES);
}

/** A random full name «Фамилия Имя Отчество» whose three parts agree in gender. */
export function randomPersonName(rng: Rng): PersonName {
  const gender: Gender = rng.chance(54) ? 'female' : 'male';
  const first = rng.pick(gender === 'male' ? MALE_NAMES : FEMALE_NAMES);
  const patronymic = rng.pick(PATRONYMICS)[gender === 'male' ? 0 : 1];
  return { fullName: `${surname(rng, gender)} ${first} ${patronymic}`, gender };
}

/** A mobile number in the stored E.164 form, +79XXXXXXXXX. */
export function randomMobile(rng: Rng): string {
  return `+79${rng.digits(9)}`;
}
