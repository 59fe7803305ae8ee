// What a person types into "Регистрация" (Рис. 4): kept while the wizard runs, so "Изменить
// параметры регистрации" comes back to it filled in.
export interface RegistrationForm {
  login: string;
  password: string;
  repeat: string;
  variant: 'phone' | 'email';
  phone: string;
  email: string;
  city: string;
  captchaAnswer: string;
}

/** A blank form: phone registration, nothing typed. */
export const emptyRegistrationForm = (): RegistrationForm => ({
  login: '',
  password: '',
  repeat: '',
  variant: 'phone',
  phone: '',
  email: '',
  city: '',
  captchaAnswer: '',
});
