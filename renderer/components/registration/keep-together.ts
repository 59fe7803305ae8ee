// A masked phone "+7 (999) ***-**-01" must not break across lines: its spaces become no-break ones.
export function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00a0');
}
