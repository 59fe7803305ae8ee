// pdfmake ships its Roboto font map as plain CommonJS without types: absolute paths of the TTFs.
declare module 'pdfmake/fonts/Roboto.js' {
  const fonts: {
    Roboto: { normal: string; bold: string; italics: string; bolditalics: string };
  };
  export default fonts;
}
