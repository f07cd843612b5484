// The native dialogs the services may ask for on the desktop: a workspace folder, a new export folder, the
// agreement report's file, the file of "Save a copy as…". Each resolves to null when the analyst cancels.
import { dialog } from 'electron'

export const desktopPickers = {
  async pickWorkspaceFolder(): Promise<string | null> {
    const picked = await dialog.showOpenDialog({
      title: 'Open Workspace',
      properties: ['openDirectory', 'createDirectory'],
    })
    return picked.canceled ? null : (picked.filePaths[0] ?? null)
  },
  async pickExportFolder(): Promise<string | null> {
    const picked = await dialog.showSaveDialog({
      title: 'Export to a new folder',
      buttonLabel: 'Export',
      defaultPath: 'parley-export',
    })
    return picked.canceled ? null : (picked.filePath ?? null)
  },
  async pickReportFile(suggestedName: string): Promise<string | null> {
    const picked = await dialog.showSaveDialog({
      title: 'Save the agreement report',
      defaultPath: suggestedName,
    })
    return picked.canceled ? null : (picked.filePath ?? null)
  },
  async pickCopyFile(suggestedName: string): Promise<string | null> {
    const picked = await dialog.showSaveDialog({
      title: 'Save a copy of the annotations',
      defaultPath: suggestedName,
      filters: [{ name: 'Parley annotation file', extensions: ['json'] }],
    })
    return picked.canceled ? null : (picked.filePath ?? null)
  },
}
