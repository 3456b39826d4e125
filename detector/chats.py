"""Chats exported to text (WhatsApp's "Export chat", Telegram's, Viber's) as they reach a mailbox:
where each message begins, and the stamps that say when it was sent."""

from __future__ import annotations

import itertools
import re

# an exported chat's line ("24/03/2026, 19:02 - Kwabena: Hi", "18/03/2026 10:02 - Camila
# Rocha: Oi"): a date at the line's start, the time, a dash, the speaker and a colon
EXPORT_LINE = re.compile(
    r"(?m)^[ \t]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d\d(?:[ \t]?[ap]\.?[ \t]?m\.?)?"
    r"[ \t]+-[ \t]+[^\n:]{1,40}:[ \t]",
    re.I,
)
# WhatsApp's bracketed form of the same line: "[30/03/2026, 16:52:10] Jess Kuhlman: Hi", and
# the one WhatsApp Web and Desktop copy messages in, the time first: "[9:14 PM, 5/19/2026] Dr.
# Karim Mansour - Rahma: ..."
_DAY = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[ap]\.?[ \t]?m\.?)?"  # ("4:52:13 p. m.")
# (or a phone's forwarded texts, the weekday first and no year: "[Mon 10/26 5:02 PM] Sonoran
# Valley Health: Hi Danielle")
_PHONE_DAY = r"[A-Z][a-z]{2}\.?,?[ \t]+\d{1,2}/\d{1,2}"
BRACKET_LINE = re.compile(
    rf"(?m)^[ \t]*\[(?:(?:{_DAY}|{_PHONE_DAY}),?[ \t]+{_CLOCK}|{_CLOCK},[ \t]+{_DAY})\][ \t]*"
    r"[^\n:\]]{1,40}:[ \t]",
    re.I,
)

# texts copied by hand, the stamp in brackets after the speaker: "Shawna Kilgore (Mon, Oct 12,
# 9:14 AM): Hey Marcus", "Marcus (9:20 AM): Yes Wednesday works" (as with the forms above, two
# or more make a chat: one such line may be a timetable's "Panel (1:00 PM): Jen and Arturo")
PAREN_LINE = re.compile(
    r"(?m)^[ \t]*[^\n():]{1,40}\([^\n()]{0,24}\b\d{1,2}:\d\d(?:[ \t]?[ap]\.?m\.?)?\):[ \t]",
    re.I,
)


# a platform's message header line: "Eli Brandt (Quarry & Vine)  ·  Jul 2, 4:19 PM" (who wrote
# in the platform's chat, and when: never an interview's time)
PLATFORM_STAMP = re.compile(
    r"(?m)^[ \t]*[^\n·]{2,60}?[ \t]+·[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}|\d{1,2}[ \t][A-Z][a-z]{2,8}\.?)"
    r"(?:,?[ \t]\d{4})?,?[ \t]+\d{1,2}:\d\d(?:[ \t]?[ap]\.?m\.?)?[ \t]*$",
    re.I,
)


# a texted chat's speaker line as a chatbot's transcript writes it: "Olivia  1:36 PM", "You
# 9:59 AM" (a name, two spaces or more, the clock; nothing else on the line)
SPEAKER_STAMP = re.compile(
    r"(?m)^[ \t]*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}[ \t]{2,}\d{1,2}:\d\d[ \t]?[AP]M[ \t]*$"
)


# a chat copied by hand from a phone app, each message under its speaker's line: "Hương HR - Sen
# Vàng Fintech  10:12" (a name, two spaces or more, the clock on either clock, and the app's
# day word: "10:41 Hôm nay", today)
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t]*([^\W\d_][^\n]{0,50}?)[ \t]{2,}\d{1,2}:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]+[^\W\d_][^\d\n:]{0,14})?[ \t]*$"
)


def _copied_chat(text: str) -> list[re.Match[str]]:
    """The speaker lines of a chat copied by hand, when ``text`` is one: three or more, two
    speakers at least and one of them speaking twice, each line followed by what was said (a
    timetable's "Interview  10:00" rows follow one another)."""
    lines = list(_SPEAKER_LINE.finditer(text))
    names = [m.group(1).strip().lower() for m in lines]
    if len(lines) < 3 or len(set(names)) < 2 or len(set(names)) == len(names):
        return []
    for line, after in itertools.pairwise(lines):
        if not text[line.end() : after.start()].strip():
            return []
    return lines


def without_platform_stamps(text: str) -> str:
    """``text`` with each platform message header ("Eli Brandt · Jul 2, 4:19 PM") blanked, at
    the same length; and a chat transcript's speaker lines ("Olivia  1:36 PM"), where three or
    more say it is one (a table's single "Start  10:00 AM" row stays)."""
    text = PLATFORM_STAMP.sub(lambda m: " " * len(m.group(0)), text)
    if len(SPEAKER_STAMP.findall(text)) >= 3:
        text = SPEAKER_STAMP.sub(lambda m: " " * len(m.group(0)), text)
    return text


def without_chat_stamps(text: str) -> str:
    """``text`` with each chat line's stamp and speaker ("9/4/26, 18:43 - Valeria Cárdenas: ")
    blanked, at the same length: when a message was sent names no day of the interview, and a
    speaker is no slot table's row; and the speaker lines of a chat copied by hand ("Hương HR -
    Sen Vàng  10:12")."""
    for rx in (EXPORT_LINE, BRACKET_LINE, PAREN_LINE):
        text = rx.sub(lambda m: " " * len(m.group(0)), text)
    for line in _copied_chat(text):
        text = f"{text[: line.start()]}{' ' * len(line.group(0))}{text[line.end() :]}"
    return text


def chat_message_starts(text: str) -> list[int]:
    """Where each message of an exported chat begins ("9/4/26, 18:40 - Mariana: Listo, ..."),
    when ``text`` is one (two speaker lines at least); else ``[]``."""
    for rx in (EXPORT_LINE, BRACKET_LINE, PAREN_LINE):
        starts = [m.start() for m in rx.finditer(text)]
        if len(starts) >= 2:
            return starts
    return [m.start() for m in _copied_chat(text)]
