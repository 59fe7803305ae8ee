// The "charges" section's strings: ru first, en with the same keys (MessageSchema enforces it).
export const chargesRu = {
  title: 'charges',
};

export const chargesEn: typeof chargesRu = {
  title: 'charges',
};
