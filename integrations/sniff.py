"""Cheap checks that raw bytes are what a source claims they are, before handing them on.

A connector reports an item that is plainly not a mail message, an iCalendar file or a Calendar
event as a problem line instead of passing it on. These checks are deliberately shallow: the real
parsing (and its own per-part error reporting) belongs to :mod:`detector`, and parsing every item
twice would double the cost of a pass. Each function returns ``None`` when the bytes look right,
else a short reason.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime

# Only the start of a message is needed to see whether it has headers; a 25 MB attachment
# need not be scanned to say so.
_HEAD_BYTES = 64 * 1024
_BOM = b"\xef\xbb\xbf"


def mail_problem(raw: bytes) -> str | None:
    """Why ``raw`` is not an RFC 5322 message, or ``None`` when it looks like one."""
    if not raw.strip():
        return "empty file, not a mail message"
    # A UTF-8 BOM before the first header is a common export quirk, not a sign of garbage.
    head = raw[:_HEAD_BYTES].removeprefix(_BOM)
    # The stdlib header parser is lenient by design: it never raises, but when the very first
    # line is not a header it finds no headers at all, which is what garbage looks like.
    parsed = BytesHeaderParser().parsebytes(head)
    if not parsed.keys():
        return "no header lines, not a mail message"
    return None


def header_date(raw: bytes) -> datetime | None:
    """The message's ``Date`` header as an aware datetime, or ``None`` when missing or bad.

    Read from the header block only (the stdlib parser stops at the blank line), so it costs
    about as little as :func:`mail_problem`.
    """
    value = BytesHeaderParser().parsebytes(raw[:_HEAD_BYTES].removeprefix(_BOM)).get("Date")
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def ics_problem(raw: bytes) -> str | None:
    """Why ``raw`` is not an iCalendar file, or ``None`` when it starts like one."""
    # RFC 5545 wants BEGIN:VCALENDAR first, but real exporters also write a bare BEGIN:VEVENT
    # (or VTIMEZONE, VFREEBUSY); the detector copes with those, so accept any BEGIN:V...
    # Tolerate a BOM, leading blank lines and lower case, which real files have too.
    start = raw.removeprefix(_BOM).lstrip()[:7].upper()
    if not start:
        return "empty file, not an iCalendar file"
    if start != b"BEGIN:V":
        return "does not start with BEGIN:VCALENDAR (or another BEGIN:V...), not iCalendar"
    return None


def gcal_json_problem(raw: bytes) -> str | None:
    """Why ``raw`` is not one Calendar API event as JSON, or ``None`` when it is a JSON object."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return f"not valid JSON ({type(exc).__name__})"
    if not isinstance(data, dict):
        return "JSON is not an object, not a Calendar event"
    return None
