// The "readings" section's strings: ru first, en with the same keys (MessageSchema enforces it).
export const readingsRu = {
  title: 'readings',
};

export const readingsEn: typeof readingsRu = {
  title: 'readings',
};
