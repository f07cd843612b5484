// Tagging without the mouse: after the first-start question, the analyst only uses the keyboard. She moves
// a caret through the text with (Ctrl+) arrows, selects words with Shift+Ctrl+→, tags them with the
// palette's keys, retags with Enter, walks the annotations with J/K, deletes with Delete and undoes with
// Mod+Z; the file on disk follows every step.
//
// Ctrl+→ moves to the end of the next word (Chromium on Linux), and punctuation is a stop of its own:
// from the start of the text, the stops are Le|29|mars|2024|,|Wang|Yi|,|membre|du|Bureau|…
import { expect, test } from './support/fixtures'
import { pythonOffsets, storedAnnotations, storedRows } from './support/stored-annotations'

test('tag, retag, walk, delete and undo with the keyboard alone', async ({ parley, workspace }) => {
  await parley.sayWhoIAm('Claire Dubois')
  const keys = parley.page.keyboard
  const press = async (key: string, times = 1): Promise<void> => {
    for (let i = 0; i < times; i++) await keys.press(key)
  }

  // « Le 29 mars 2024, Wang Yi, … »: five words to the right is just after the comma.
  await parley.text.focus()
  await press('Control+ArrowRight', 5)
  await press('Shift+Control+ArrowRight', 2)
  expect((await parley.selectionText()).trim()).toBe('Wang Yi')
  await parley.tagWithKeys('e', 'p')
  expect(await parley.listRows()).toEqual(['ENTITY:PERSON Wang Yi'])
  await expect(parley.selectedQuote).toHaveText('Wang Yi')
  await expect.poll(() => storedRows(workspace)).toEqual(['ENTITY:PERSON Wang Yi'])

  // Enter opens the palette on the selected annotation; `e` `s` makes it a STATE.
  await keys.press('Enter')
  await expect(parley.palette).toHaveAttribute('aria-label', 'Change label')
  await parley.tagWithKeys('e', 's')
  expect(await parley.listRows()).toEqual(['ENTITY:STATE Wang Yi'])
  await expect(parley.attributeValue('type')).toHaveValue('STATE')
  // …and F2 does the same, to put it back.
  await keys.press('F2')
  await parley.tagWithKeys('e', 'p')
  expect(await parley.listRows()).toEqual(['ENTITY:PERSON Wang Yi'])

  // A second one: « du Bureau politique du Comité central du Parti communiste chinois » is an organisation.
  // With no text selection left, the caret starts again at the top of the text. « Wang Yi » is still the
  // selected annotation: Ctrl here means "by word", so the selection opens the palette for a new tag (a
  // fragment is added only by a mouse drag with Ctrl, or the palette's +).
  await press('Control+ArrowRight', 10)
  await press('Shift+Control+ArrowRight', 9)
  const organisation = 'Bureau politique du Comité central du Parti communiste chinois'
  expect((await parley.selectionText()).trim()).toBe(organisation)
  await parley.tagWithKeys('e', 'o')
  expect(await parley.listRows()).toEqual(['ENTITY:PERSON Wang Yi', `ENTITY:ORGANIZATION ${organisation}`])
  await expect(parley.selectedQuote).toHaveText(organisation)

  // K and J walk the annotations in text order.
  await keys.press('k')
  await expect(parley.selectedQuote).toHaveText('Wang Yi')
  await keys.press('j')
  await expect(parley.selectedQuote).toHaveText(organisation)
  await keys.press('k')
  await expect(parley.selectedQuote).toHaveText('Wang Yi')

  // Delete removes the selected one; Mod+Z brings it back, selected.
  await keys.press('Delete')
  expect(await parley.listRows()).toEqual([`ENTITY:ORGANIZATION ${organisation}`])
  expect(await parley.highlighted('ENTITY')).toEqual([organisation])
  await expect.poll(() => storedRows(workspace)).toEqual([`ENTITY:ORGANIZATION ${organisation}`])
  await keys.press('ControlOrMeta+z')
  expect(await parley.listRows()).toEqual(['ENTITY:PERSON Wang Yi', `ENTITY:ORGANIZATION ${organisation}`])
  await expect(parley.selectedQuote).toHaveText('Wang Yi')
  expect(await parley.highlighted('ENTITY')).toEqual(['Wang Yi', organisation])

  await parley.waitUntilSaved()
  await expect
    .poll(() => storedRows(workspace))
    .toEqual(['ENTITY:PERSON Wang Yi', `ENTITY:ORGANIZATION ${organisation}`])
  const [wang, bureau] = await storedAnnotations(workspace)
  expect([wang?.start, wang?.end]).toEqual(pythonOffsets(workspace, 'Wang Yi'))
  expect([bureau?.start, bureau?.end]).toEqual(pythonOffsets(workspace, organisation))
})
