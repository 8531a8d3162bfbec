"""Rebuild the fallback fonts in resources/fonts from Debian's packages: `python -m tools.fonts`.

Needs `apt-get install fonts-noto-core fonts-droid-fallback fonts-nanum` and fontTools (`pip install fonttools`); only a
developer runs this, the app ships its output. Each font is cut down to its script's Unicode blocks (shaping
tables kept), so the frozen build stays small. Licences: Noto (SIL OFL 1.1), Droid Sans Fallback (Apache 2.0),
Nanum Gothic (SIL OFL 1.1), copied beside the fonts. Nanum's names are Reserved Font Names, which the OFL forbids
on a modified version (a subset is one), so its Hangul subset is renamed "L2FH Hangul".
"""

from __future__ import annotations

import shutil
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
COMMON = "0020-007E,00A0,00AD,2010-2027,25CC,200B-200F,FEFF"  # spaces, digits, punctuation, joiners, dotted circle

# file name in resources/fonts → (source, Unicode ranges)
FONTS = {
    "NotoSansArabic-Regular.ttf": (NOTO / "NotoSansArabic-Regular.ttf", "0600-06FF,0750-077F,08A0-08FF,FB50-FDFF,FE70-FEFF"),
    "NotoSansEthiopic-Regular.ttf": (NOTO / "NotoSansEthiopic-Regular.ttf", "1200-139F,2D80-2DDF,AB00-AB2F"),
    "NotoSansDevanagari-Regular.ttf": (NOTO / "NotoSansDevanagari-Regular.ttf", "0900-097F,A8E0-A8FF,1CD0-1CFF"),
    "NotoSansBengali-Regular.ttf": (NOTO / "NotoSansBengali-Regular.ttf", "0980-09FF"),
    # Chinese and Japanese: CJK punctuation, kana, unified ideographs (with extension A), full-width forms.
    "DroidSansFallback-CJK.ttf": (DROID, "3000-30FF,3100-312F,31F0-31FF,3400-4DBF,4E00-9FFF,F900-FAFF,FF00-FFEF"),
    # Korean: every precomposed Hangul syllable, the conjoining and the compatibility jamo (1.3 MB).
    "L2FHHangul-Regular.ttf": (NANUM, "AC00-D7A3,1100-11FF,3130-318F"),
}
# Renamed subsets (OFL Reserved Font Names): file name → (family, note naming the original).
RENAMED = {
    "L2FHHangul-Regular.ttf": ("L2FH Hangul", "Hangul subset of NanumGothic 3.021 (NAVER Corporation, SIL OFL 1.1), "
                                              "renamed as the OFL requires of a modified version."),
}
LICENCES = {
    "Noto-OFL.txt": Path("/usr/share/doc/fonts-noto-core/copyright"),
    "DroidSansFallback-LICENSE.txt": Path("/usr/share/common-licenses/Apache-2.0"),
    "L2FHHangul-LICENSE.txt": Path("/usr/share/doc/fonts-nanum/copyright"),
}


def rename(font: TTFont, family: str, note: str) -> None:
    """Give a subset its own name: family, full and PostScript names, no Reserved Font Name left in any."""
    table = font["name"]
    postscript = family.replace(" ", "") + "-Regular"
    keep = {0, 2, 5, 8, 9, 11, 12, 13, 14, 17}  # copyright, style, version, vendor, designers, licence, URLs
    table.names = [n for n in table.names if n.nameID in keep and (n.nameID == 0 or n.toUnicode().isascii())]
    for name_id, value in ((1, family), (3, f"{postscript};L2FH Desk"), (4, family), (6, postscript),
                           (10, note), (16, family)):
        table.setName(value, name_id, 3, 1, 0x409)


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
        if name in RENAMED:
            rename(font, *RENAMED[name])
        subset.save_font(font, str(OUT / name), options)
        print(f"{name}: {(OUT / name).stat().st_size / 1024:.0f} KiB")
    for name, source in LICENCES.items():
        shutil.copyfile(source, OUT / name)
    for name, (_family, note) in RENAMED.items():  # the renamed font's licence says what it was made from
        licence = OUT / name.replace("-Regular.ttf", "-LICENSE.txt")
        licence.write_text(f"{name}: {note}\n\n{licence.read_text(encoding='utf-8')}", encoding="utf-8")


if __name__ == "__main__":
    build()
