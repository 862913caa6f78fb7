#!/usr/bin/python3
"""Makes resources/fonts/levenslijn-arrows-*: the arrows ← → ↔ from DejaVu Sans, renamed.

The bundled Atkinson Hyperlegible has no horizontal arrows; without this face a printed "2011 → 2012"
pulls a system fallback font into the PDF. Run once (Debian: python3-fonttools, python3-brotli,
fonts-dejavu-core); the output is committed. DejaVu's changes are public domain, Bitstream Vera's
licence allows modified copies under another name (resources/fonts/LICENSE-DejaVu.txt).
"""
from fontTools import subset
from fontTools.ttLib import TTFont

CODEPOINTS = [0x2190, 0x2192, 0x2194]
for weight, source in (('400', 'DejaVuSans.ttf'), ('700', 'DejaVuSans-Bold.ttf')):
    style = 'Regular' if weight == '400' else 'Bold'
    font = TTFont(f'/usr/share/fonts/truetype/dejavu/{source}')
    options = subset.Options()
    options.name_IDs = []
    options.layout_features = []
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=CODEPOINTS)
    sub.subset(font)
    name = font['name']
    for rec_id, value in ((1, 'Levenslijn Arrows'), (2, style), (4, f'Levenslijn Arrows {style}'),
                          (6, f'LevenslijnArrows-{style}'), (3, f'LevenslijnArrows-{style}')):
        name.setName(value, rec_id, 3, 1, 0x409)
    font.flavor = 'woff2'
    out = f'resources/fonts/levenslijn-arrows-{weight}.woff2'
    font.save(out)
    print(out)
