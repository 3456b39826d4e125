"""Helpers to load the detector's synthetic test files by name."""

from __future__ import annotations

from pathlib import Path

from detector.model import ItemKind, SourceItem

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
