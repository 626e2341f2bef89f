import type { FaqStrings } from './faq.strings.js';

/** In Spanish (neutral, "tú"). */
export const es: FaqStrings = {
  search: 'Buscar en las preguntas',
  results: '{shown} de {total} preguntas',
  noResults: 'Ninguna pregunta coincide con «{query}».',
  clear: 'Borrar búsqueda',
  contact: 'Haznos tu pregunta',
  expandAll: 'Abrir todas',
  collapseAll: 'Cerrar todas',
  categories: 'Temas',
  allCategories: 'Todas',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  linkInAddressBar: 'El enlace a esta pregunta está en la barra de direcciones',
};
