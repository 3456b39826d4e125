"""One entry point for every item kind: :func:`parse_item`."""

from __future__ import annotations

from detector.gcal_json import parse_event
from detector.ics import parse_calendar
from detector.mime import parse_message
from detector.model import CalendarEvent, Message, SourceItem


class UnreadableItem(ValueError):
    """An item that yields nothing usable; ``str()`` is a one-line reason."""


def parse_item(item: SourceItem) -> Message | list[CalendarEvent]:
    """Parse by ``item.kind``. Raises :class:`UnreadableItem` for an item with nothing usable."""
    if item.kind == "rfc822":
        return parse_message(item)
    if item.kind == "ics":
        events, problems = parse_calendar(item.raw, item.id)
        if not events and problems:
            raise UnreadableItem(problems[0])
        return events
    if item.kind == "gcal-json":
        try:
            return [parse_event(item.raw, item.id)]
        except ValueError as exc:
            raise UnreadableItem(f"{item.id}: {exc}") from exc
    raise UnreadableItem(f"{item.id}: unknown item kind {item.kind!r}")
