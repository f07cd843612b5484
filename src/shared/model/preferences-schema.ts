// The preferences' shape as checked where they cross a boundary: the settings file and the IPC argument.
import { z } from 'zod'
import { TEXT_SIZE, UI_LANGUAGES } from './preferences'

export const uiLanguageSchema = z.enum(UI_LANGUAGES).nullable()
export const textSizeSchema = z.number().int().min(TEXT_SIZE.min).max(TEXT_SIZE.max)
export const preferencesSchema = z
  .object({ language: uiLanguageSchema, textSize: textSizeSchema, guideDismissed: z.boolean().optional() })
  .strict()
