// The "reports" section's strings: ru first, en with the same keys (MessageSchema enforces it).
export const reportsRu = {
  title: 'reports',
};

export const reportsEn: typeof reportsRu = {
  title: 'reports',
};
