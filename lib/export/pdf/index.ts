export { writePdfTable, type PdfTable, type PdfOptions } from './writePdfTable';
export { countPdfReplacements } from './countPdfReplacements';
