import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import roboto from 'pdfmake/fonts/Roboto.js';

// pdfmake resolves the font map to the TTFs inside node_modules/pdfmake/fonts; in the packaged
// app they are read from app.asar (pdfmake stays a run-time dependency, never bundled).
const fontFiles = new Set(Object.values(roboto.Roboto));

/**
 * Renders a document with the bundled Roboto (Cyrillic and ₽). pdfmake is one shared object, so
 * its fonts and access policies are set on every call: no URL is ever fetched, and of local files
 * only the four font files may be read (also silences pdfmake's warnings about open policies).
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  pdfmake.setFonts(roboto);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
  const document = pdfmake.createPdf({
    ...definition,
    defaultStyle: { font: 'Roboto', ...definition.defaultStyle },
  });
  return Buffer.from(await document.getBuffer());
}
