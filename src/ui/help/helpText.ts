/** The words of the built-in help, kept apart from its layout. */

export const PANEL_HELP: readonly (readonly [string, string])[] = [
  ['Toolbar', 'File (new pod, examples, import, export), Plan, Network, Quote menus; undo and redo; Units.'],
  [
    'Catalog',
    'Every item, by kind. Search by name, vendor, kind, port speed ("400G") or GPU count ("8 GPUs"). Drag an item into the pod, or Enter to pick it up and Enter on a target.',
  ],
  [
    '3D view',
    'The pod. Drop racks on the floor and gear on rack slots; the ghost is green when the drop is clean, red with the reason when it breaks a rule. Colour by kind, kW per rack or cooling headroom.',
  ],
  [
    'Diagnostics',
    'Every error and warning the rules found, with numbers and limits. Click one to fly to what it names.',
  ],
  [
    'Floor and rack elevation',
    'The floor grid seen from above and the selected rack U by U, front and rear: both take drops too.',
  ],
  [
    'Inspector',
    'What is selected, with its figures and their sources; with nothing selected, the pod\u2019s limits and floor.',
  ],
  [
    'Capacity',
    'The worst rack per limit first, then pod totals against the site\u2019s limits, then a card per rack. A gauge is red while an error of its kind is open.',
  ],
  ['Cable schedule', 'Every link with medium, length and SKU (Network ▸ Cable schedule), exported as CSV.'],
];

export const KEYBOARD_MAP: readonly (readonly [string, string])[] = [
  ['?', 'Open or close this help'],
  ['Tab / Shift+Tab', 'Move between controls and panels'],
  ['Enter', 'Pick up a catalog item; place it on the focused slot or floor position'],
  ['Esc', 'Put down what is held, close a menu or dialog'],
  ['Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)', 'Undo / redo'],
  ['Delete', 'Delete the selection'],
  ['Ctrl+D', 'Duplicate the selection'],
  ['M', 'Pick up the selection to move it'],
  ['Shift+click', 'Add to the selection'],
  ['↑ ↓ Home End', 'Move within an open menu'],
];
