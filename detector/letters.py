"""Character classes for the capital and small letters of every cased script mail is written in.

Python's ``re`` has no ``\\p{Lu}``, and ``[A-Z]`` misses "Đỗ", "Vũ", "Łukasz" and "Κώστας". The
classes are built once from ``str.isupper``/``str.islower`` over the Latin, Greek and Cyrillic
blocks; one pair of classes is not worth a second regex engine as a dependency.
"""

from __future__ import annotations

import re

# Latin-1 to Latin Extended-B, Greek and Coptic, Cyrillic and its supplement, Latin Extended
# Additional (Vietnamese) and Greek Extended
_CASED_BLOCKS = ((0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x052F), (0x1E00, 0x1FFF))


def _letters(test: str) -> str:
    chars = (chr(c) for lo, hi in _CASED_BLOCKS for c in range(lo, hi + 1))
    return "".join(c for c in chars if getattr(c, test)())


# for use inside a character class: "[{UPPER}]"
UPPER = "A-Z" + _letters("isupper")
LOWER = "a-z" + _letters("islower")
# a capitalised name word: "Renée", "Duval-Martin", "O'Rourke", "McAuliffe" ("Vũ Hải Yến",
# "Đỗ Minh Khoa", "Κώστας Ζερβας": any cased script)
NAME_WORD = rf"(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]+)*"


# Yoruba and Igbo are written with their tone marks and dots below, or without them ("Ọ̀wàrà",
# "Owara"; "ajụjụ ọnụ", "ajuju onu"), the marks precomposed or combining
_TONE_VARIANTS = {
    "a": "aàá",
    "e": "eèéẹ",
    "i": "iìíị",
    "o": "oòóọ",
    "u": "uùúụ",
    "s": "sṣ",
    "n": "nńǹṅ",
}
_TONE_MARKS = "[\u0300\u0301\u0304\u0323]*"


def toneless(word: str) -> str:
    """A pattern for ``word`` (written plain, lower case) that matches it in every spelling with
    Yoruba's or Igbo's marks: ``toneless("owara")`` matches "Owara", "Ọ̀wàrà" and "ọwara". A
    space matches any run of white space, a line break too."""
    return r"\s+".join(
        "".join(
            (f"[{_TONE_VARIANTS[c]}]" if c in _TONE_VARIANTS else re.escape(c)) + _TONE_MARKS
            for c in part
        )
        for part in word.split(" ")
    )
