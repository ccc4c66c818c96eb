/**
 * A node's name as drawn: "GigaChat 3 (Sberbank, Russia)" reads "GigaChat 3 (Sberbank)", its box
 * in Russia's colour saying the rest (the place stays in the id, for the colour, the tooltip and
 * the table; written out, the names were cut off on a 320 px phone).
 */
export const nodeName = (id: string): string => id.replace(/, [^(),]+\)$/, ')');
