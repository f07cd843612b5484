// Every command, in the order the cheat sheet lists them.
import { appCommands } from './app-commands'
import type { Command } from './command'
import { deleteAnnotation, redo, retag, tagAllOccurrences, undo } from './editing-commands'
import {
  cheatSheet,
  escape,
  exportCorpus,
  find,
  importAnnotations,
  nextAnnotation,
  openSettings,
  openText,
  previousAnnotation,
} from './navigation-commands'

export const allCommands: readonly Command[] = [
  retag,
  deleteAnnotation,
  tagAllOccurrences,
  undo,
  redo,
  nextAnnotation,
  previousAnnotation,
  find,
  escape,
  openText,
  importAnnotations,
  exportCorpus,
  openSettings,
  cheatSheet,
  ...appCommands,
]
