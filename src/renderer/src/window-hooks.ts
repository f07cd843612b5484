// Window-wide behaviour: dropping files on the window imports them (and never navigates to them), and
// Delete removes the selected annotation.
import { useEffect } from 'react'
import type { AnnotationEditing } from './state/annotation-editing'

export function useFileDrop(onFiles: (files: File[]) => void): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => event.preventDefault()
    const onDrop = (event: DragEvent): void => {
      event.preventDefault()
      const files = [...(event.dataTransfer?.files ?? [])]
      if (files.length > 0) onFiles(files)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [onFiles])
}

export function useDeleteKey(editing: AnnotationEditing | null): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null
      if (!editing || target?.closest('input, textarea, [contenteditable]')) return
      if (event.key !== 'Delete' && event.key !== 'Backspace') return
      const id = editing.state.get().selectedId
      if (id) {
        event.preventDefault()
        editing.remove(id)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [editing])
}
