/** Formats a stored phone (+79031234567) the way the manual prints it: +7 (903) 123 45 67. */
export function formatPhone(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+7 (${m[1]}) ${m[2]} ${m[3]} ${m[4]}` : e164;
}
