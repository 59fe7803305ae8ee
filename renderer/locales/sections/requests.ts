// The "requests" section's strings: ru first, en with the same keys (MessageSchema enforces it).
export const requestsRu = {
  title: 'requests',
};

export const requestsEn: typeof requestsRu = {
  title: 'requests',
};
