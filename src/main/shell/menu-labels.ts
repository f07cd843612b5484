// The application menu's words in English and French. The menu is built in main, outside i18next (which
// lives in the page), so its labels are a small table here; the menu is rebuilt when the language changes.
// French follows the habits of French desktop software (Fichier, Édition, Affichage, Aide).

export type MenuLanguage = 'en' | 'fr'

const en = {
  file: '&File',
  newWindow: 'New Window',
  openText: 'Open Text…',
  importFolder: 'Import Folder…',
  importAnnotations: 'Import Annotations…',
  export: 'Export…',
  openWorkspace: 'Open Workspace…',
  recent: 'Open Recent',
  noRecent: 'No recent workspace',
  clearRecent: 'Clear Recent',
  tagSchema: 'Tag Schema…',
  preferences: 'Preferences…',
  changeAnnotator: 'Change Annotator…',
  close: 'Close Window',
  quit: 'Quit Parley',
  edit: '&Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  find: 'Find…',
  tagAll: 'Tag All Occurrences',
  view: '&View',
  commandPalette: 'Command Palette…',
  nextAnnotation: 'Next Annotation',
  previousAnnotation: 'Previous Annotation',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Toggle Full Screen',
  review: '&Review',
  reviewDocument: 'Review This Document…',
  agreement: 'Agreement…',
  help: '&Help',
  shortcuts: 'Keyboard Shortcuts',
  guidelines: 'Annotation Guidelines',
  guide: 'Getting Started',
  about: 'About Parley',
}

export type MenuLabels = Readonly<Record<keyof typeof en, string>>

const fr: MenuLabels = {
  file: '&Fichier',
  newWindow: 'Nouvelle fenêtre',
  openText: 'Ouvrir un texte…',
  importFolder: 'Importer un dossier…',
  importAnnotations: 'Importer des annotations…',
  export: 'Exporter…',
  openWorkspace: 'Ouvrir un espace de travail…',
  recent: 'Récents',
  noRecent: 'Aucun espace de travail récent',
  clearRecent: 'Effacer la liste',
  tagSchema: 'Schéma d’étiquetage…',
  preferences: 'Préférences…',
  changeAnnotator: 'Changer d’annotateur…',
  close: 'Fermer la fenêtre',
  quit: 'Quitter Parley',
  edit: '&Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  find: 'Rechercher…',
  tagAll: 'Étiqueter toutes les occurrences',
  view: '&Affichage',
  commandPalette: 'Palette de commandes…',
  nextAnnotation: 'Annotation suivante',
  previousAnnotation: 'Annotation précédente',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Taille réelle',
  fullScreen: 'Plein écran',
  review: '&Révision',
  reviewDocument: 'Réviser ce document…',
  agreement: 'Accord inter-annotateurs…',
  help: '&Aide',
  shortcuts: 'Raccourcis clavier',
  guidelines: 'Consignes d’annotation',
  guide: 'Prise en main',
  about: 'À propos de Parley',
}

export const MENU_LABELS: Readonly<Record<MenuLanguage, MenuLabels>> = { en, fr }

/** The menu's language: the analyst's preference when she chose one, else the OS locale (`fr-FR` → fr). */
export function menuLanguage(preference: string | null | undefined, osLocale: string): MenuLanguage {
  for (const tag of [preference, osLocale]) {
    const base = tag?.toLowerCase().split(/[-_]/)[0]
    if (base === 'en' || base === 'fr') return base
  }
  return 'en'
}
