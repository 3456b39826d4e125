"""Helpers for the detector's unit tests: its synthetic test files by name, a mail built in
place, the signals that fire in a text."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from detector import classify, detect, infer_owner, texttime
from detector.model import Interview, ItemKind, SourceItem

DATA = Path(__file__).resolve().parent.parent / "data" / "detector"


def item(name: str, kind: ItemKind | None = None) -> SourceItem:
    """A :class:`SourceItem` for ``tests/data/detector/<name>``."""
    path = DATA / name
    if kind is None:
        kind = (
            "gcal-json"
            if name.endswith(".gcal.json")
            else "ics"
            if name.endswith(".ics")
            else "rfc822"
        )
    return SourceItem(id=path.name, kind=kind, raw=path.read_bytes())


def signal_names(text: str) -> set[str]:
    """The names of the classifier's signals that fire in ``text`` (weights left off)."""
    return {r.split(" (")[0] for r in classify.score(text)[1]}


def mail(
    mid: str, sender: str, body: str, date_: str, subject: str = "Next steps", extra: str = ""
) -> SourceItem:
    """A plain mail to ``cand@example.org`` as a :class:`SourceItem`."""
    head = (
        f"From: {sender}\r\nTo: cand@example.org\r\n{extra}Subject: {subject}\r\n"
        f"Date: {date_}\r\nMessage-ID: {mid}\r\n"
    )
    return SourceItem(mid, "rfc822", (head + "\r\n" + body).encode())


def blind_items(prefix: str) -> list[SourceItem]:
    """The items of the blind case ``prefix`` ("b108-09") from ``tests/data/blind108``."""
    from followup.detect_cmd import read_mailbox  # (the reader of a mailbox folder)

    set_name = "blind" + prefix[1:].split("-")[0]
    return read_mailbox(next((DATA.parent / set_name).glob(f"{prefix}-*")))


def misread_times(said: dict[str, datetime], ref: datetime, tz: tzinfo) -> list[str]:
    """The texts of ``said`` whose one clock time is not read as the naive datetime beside it
    (in ``tz``, relative days against ``ref``)."""
    wrong = []
    for text, when in said.items():
        found = texttime.find_times(text, ref, tz)
        if [m.start for m in found] != [when.replace(tzinfo=tz)]:
            wrong.append(text)
    return wrong


def blind_case(prefix: str) -> tuple[Interview, ...]:
    """What the detector finds in the blind case ``prefix``, the owner inferred."""
    items = blind_items(prefix)
    return detect(items, infer_owner(items)).interviews


def starts_in(text: str, ref: datetime, zone: str) -> list[datetime]:
    """The start of every clock time in ``text``, read on ``ref``'s day (naive, in ``zone``)."""
    tz = ZoneInfo(zone)
    return [m.start for m in texttime.find_times(text, ref.replace(tzinfo=tz), tz)]
