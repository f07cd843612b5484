"""Checks, the way Python reads them, the offsets of a Parley export: in jsonl/annotations.jsonl every
label entry [start, end, label] slices `text` to one of the expected quotes, and in every brat .ann file
each T line's text is the .txt sliced at its offsets (fragments joined by one space, as brat writes them).
Usage: check_offsets.py EXPORT_DIR EXPECTED_QUOTES_JSON. Prints what it checked; exits 1 on a mismatch."""
import json
import os
import sys

export, expected = sys.argv[1], json.loads(sys.argv[2])
failures, checked = [], 0

with open(os.path.join(export, 'jsonl', 'annotations.jsonl'), encoding='utf-8', newline='') as lines:
    for number, line in enumerate(lines, 1):
        record = json.loads(line)
        quotes = [record['text'][start:end] for start, end, _label in record['label']]
        checked += len(quotes)
        if sorted(quotes) != sorted(expected):
            failures.append(f'jsonl line {number}: {quotes!r} != {expected!r}')

for folder, _dirs, files in os.walk(os.path.join(export, 'brat')):
    for name in sorted(f for f in files if f.endswith('.ann')):
        with open(os.path.join(folder, name[:-4] + '.txt'), encoding='utf-8', newline='') as f:
            text = f.read()
        with open(os.path.join(folder, name), encoding='utf-8', newline='') as f:
            for line in f:
                if not line.startswith('T'):
                    continue
                _id, span, written = line.rstrip('\n').split('\t')
                pieces = [piece.split(' ') for piece in span.split(' ', 1)[1].split(';')]
                sliced = ' '.join(text[int(start):int(end)] for start, end in pieces)
                checked += 1
                if sliced != written:
                    failures.append(f'{name}: {line.strip()!r} slices to {sliced!r}')

print(f'checked {checked} spans')
if failures:
    print('\n'.join(failures))
    sys.exit(1)
