"""Character classes for the capital and small letters of every cased script mail is written in.

Python's ``re`` has no ``\\p{Lu}``, and ``[A-Z]`` misses "Đỗ", "Vũ", "Łukasz" and "Κώστας". The
classes are built once from ``str.isupper``/``str.islower`` over the Latin, Greek and Cyrillic
blocks; one pair of classes is not worth a second regex engine as a dependency.
"""

from __future__ import annotations

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
