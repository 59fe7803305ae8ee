// Saves a PDF the main process made: a Blob behind an <a download>, which Chromium and Electron
// both turn into a download of that file name (Electron asks where to save it).

/** Starts the download of `contentBase64` as `fileName`. */
export function savePdf(pdf: { fileName: string; contentBase64: string }): void {
  const binary = atob(pdf.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = pdf.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the Blob by then; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
