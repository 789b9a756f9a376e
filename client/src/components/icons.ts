/** Stroke icons on a 24×24 grid (drawn for Cadre, in the style of common outline sets). */
export const ICONS = {
  undo: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'm15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  bold: 'M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z',
  italic: 'M19 4h-9M14 20H5M15 4 9 20',
  underline: 'M6 4v6a6 6 0 0 0 12 0V4M4 20h16',
  bulletList: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01',
  orderedList: 'M10 6h10M10 12h10M10 18h10M4 5l1-1v5M4 9h2M4 15.5a1 1 0 0 1 2 .3c0 .7-2 1.4-2 3.2h2',
  quote: 'M5 5v14M9 7h10M9 12h10M9 17h6',
  link: 'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7',
  table: 'M4 4h16v16H4zM4 10h16M4 15h16M10 4v16',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5h.01',
  rowAdd: 'M4 4h16v9H4zM4 8.5h16M12 16v5M9.5 18.5h5',
  rowRemove: 'M4 4h16v9H4zM4 8.5h16M9.5 18.5h5',
  columnAdd: 'M4 4h9v16H4zM8.5 4v16M16 12h5M18.5 9.5v5',
  columnRemove: 'M4 4h9v16H4zM8.5 4v16M16 12h5',
  tableRemove: 'M4 4h16v16H4zM9 9l6 6M15 9l-6 6',
  check: 'M5 12.5 10 17l9-10',
  cloudOff: 'M3 3l18 18M8 8a5 5 0 0 0-2 9h11M14 6.5A6 6 0 0 1 19.7 12 3.5 3.5 0 0 1 20 17',
  sync: 'M20 12a8 8 0 0 1-14.3 5M4 12a8 8 0 0 1 14.3-5M18 3v4h-4M6 21v-4h4',
  alert: 'M12 4 2.5 20h19zM12 10v4M12 17h.01',
  pencil: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  plus: 'M12 5v14M5 12h14',
  archive: 'M3 4h18v4H3zM5 8v12h14V8M10 12h4',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
} as const;

export type IconName = keyof typeof ICONS;

/** Icons with a direction (arrows, list markers) are mirrored in right-to-left layouts. */
export const DIRECTIONAL_ICONS: ReadonlySet<IconName> = new Set([
  'undo', 'redo', 'bulletList', 'orderedList', 'quote', 'columnAdd', 'columnRemove',
]);
