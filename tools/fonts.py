"""Rebuild the fallback fonts in resources/fonts from Debian's packages: `python -m tools.fonts`.

Needs `apt-get install fonts-noto-core fonts-droid-fallback` and fontTools (`pip install fonttools`); only a
developer runs this, the app ships its output. Each font is cut down to its script's Unicode blocks (shaping
tables kept), so the frozen build stays small. Licences: Noto (SIL OFL 1.1), Droid Sans Fallback (Apache 2.0),
copied beside the fonts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from fontTools import subset

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
COMMON = "0020-007E,00A0,00AD,2010-2027,25CC,200B-200F,FEFF"  # spaces, digits, punctuation, joiners, dotted circle

# file name in resources/fonts → (source, Unicode ranges)
FONTS = {
    "NotoSansArabic-Regular.ttf": (NOTO / "NotoSansArabic-Regular.ttf", "0600-06FF,0750-077F,08A0-08FF,FB50-FDFF,FE70-FEFF"),
    "NotoSansEthiopic-Regular.ttf": (NOTO / "NotoSansEthiopic-Regular.ttf", "1200-139F,2D80-2DDF,AB00-AB2F"),
    "NotoSansDevanagari-Regular.ttf": (NOTO / "NotoSansDevanagari-Regular.ttf", "0900-097F,A8E0-A8FF,1CD0-1CFF"),
    "NotoSansBengali-Regular.ttf": (NOTO / "NotoSansBengali-Regular.ttf", "0980-09FF"),
    # Chinese and Japanese: CJK punctuation, kana, unified ideographs (with extension A), full-width forms.
    "DroidSansFallback-CJK.ttf": (DROID, "3000-30FF,3100-312F,31F0-31FF,3400-4DBF,4E00-9FFF,F900-FAFF,FF00-FFEF"),
}
LICENCES = {
    "Noto-OFL.txt": Path("/usr/share/doc/fonts-noto-core/copyright"),
    "DroidSansFallback-LICENSE.txt": Path("/usr/share/common-licenses/Apache-2.0"),
}


def build() -> None:
    for name, (source, ranges) in FONTS.items():
        options = subset.Options()
        options.layout_features = ["*"]  # keep every shaping feature (joining forms, conjuncts, marks)
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False  # smaller; the PDF and the window scale outlines anyway
        font = subset.load_font(str(source), options)
        sub = subset.Subsetter(options)
        sub.populate(unicodes=subset.parse_unicodes(f"{COMMON},{ranges}"))
        sub.subset(font)
        subset.save_font(font, str(OUT / name), options)
        print(f"{name}: {(OUT / name).stat().st_size / 1024:.0f} KiB")
    for name, source in LICENCES.items():
        shutil.copyfile(source, OUT / name)


if __name__ == "__main__":
    build()
