"""Mail bytes -> :class:`~detector.model.Message`. Never raises: bad parts are skipped and named.

The stdlib parser (``policy.default``) does RFC 2047 header decoding and transfer decoding;
beautifulsoup4 turns HTML into text only when a message has no ``text/plain`` body, because
it is by far the most expensive step.
"""

from __future__ import annotations

import email
import re
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from detector.ics import parse_calendar
from detector.model import CalendarEvent, Message, Person, SourceItem

_MSGID = re.compile(r"<[^<>\s]+>")
_MAX_PARTS = 200
_CAL_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}


def parse_message(item: SourceItem) -> Message:
    """Parse one RFC 5322 message. A broken part is skipped and listed in ``problems``."""
    problems: list[str] = []
    try:
        msg = email.message_from_bytes(item.raw, policy=policy.default)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        return Message(
            source_id=item.id,
            thread_id=item.thread_id,
            labels=item.labels,
            problems=(f"unreadable message ({exc})",),
        )
    subject = _header(msg, "Subject", problems)
    sender_list = _people(msg, "From", problems)
    date = _date(msg, problems)
    plain: list[str] = []
    html: list[str] = []
    invites: list[CalendarEvent] = []
    names: list[str] = []
    for n, part in enumerate(msg.walk()):
        if n >= _MAX_PARTS:
            problems.append(f"more than {_MAX_PARTS} MIME parts; the rest were skipped")
            break
        try:
            _read_part(part, item.id, plain, html, invites, names, problems)
        except Exception as exc:
            problems.append(f"part {n} ({_ctype(part)}) skipped: {_short(exc)}")
    text = "\n".join(plain).strip()
    html_raw = "\n".join(html)
    if not text and html_raw:
        text = html_to_text(html_raw)
    return Message(
        source_id=item.id,
        thread_id=item.thread_id,
        message_id=_first_id(_header(msg, "Message-ID", problems)),
        in_reply_to=_first_id(_header(msg, "In-Reply-To", problems)),
        references=tuple(_MSGID.findall(_header(msg, "References", problems))),
        subject=subject.strip(),
        sender=sender_list[0] if sender_list else None,
        reply_to=tuple(_people(msg, "Reply-To", problems)),
        to=tuple(_people(msg, "To", problems)),
        cc=tuple(_people(msg, "Cc", problems)),
        delivered_to=tuple(
            p.email
            for p in _people(msg, "Delivered-To", problems)
            + _people(msg, "X-Original-To", problems)
        ),
        date=date,
        text=text,
        html=html_raw,
        invites=tuple(invites),
        attachment_names=tuple(names),
        labels=item.labels,
        problems=tuple(problems),
    )


def html_to_text(html: str) -> str:
    """HTML -> readable text with line breaks kept (block elements and ``<br>`` become newlines)."""
    from bs4 import BeautifulSoup  # imported lazily: most messages never need it

    try:
        soup = BeautifulSoup(html[:200_000], "html.parser")
        for tag in soup(["script", "style", "head"]):
            tag.decompose()
        text = soup.get_text("\n")
    except Exception:  # bs4 copes with almost anything; fall back to stripping tags
        text = re.sub(r"<[^>]+>", "\n", html)
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip() for ln in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _short(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]


def _ctype(part: Any) -> str:
    try:
        return str(part.get_content_type())
    except Exception:
        return "unknown"


def _read_part(
    part: EmailMessage,
    source_id: str,
    plain: list[str],
    html: list[str],
    invites: list[CalendarEvent],
    names: list[str],
    problems: list[str],
) -> None:
    if part.is_multipart():
        return
    ctype = part.get_content_type()
    filename = part.get_filename() or ""
    if filename:
        names.append(filename)
    is_cal = ctype in _CAL_TYPES or filename.lower().endswith((".ics", ".ical", ".vcs"))
    if is_cal:
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            problems.append(f"calendar part {filename or ctype} is empty")
            return
        label = f"{source_id}#{filename or ctype}"
        events, cal_problems = parse_calendar(payload, label)
        problems.extend(cal_problems)
        # Google sends the same VEVENT inline and as invite.ics: keep one copy.
        for ev in events:
            if not any(_same_event(ev, seen) for seen in invites):
                invites.append(ev)
        return
    disposition = part.get_content_disposition()
    if disposition == "attachment" or ctype not in {"text/plain", "text/html"}:
        return
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError) as exc:
        # Unknown charset or a bad transfer encoding: decode the bytes leniently instead.
        raw = part.get_payload(decode=True)
        if not isinstance(raw, bytes):
            problems.append(f"{ctype} part unreadable: {_short(exc)}")
            return
        content = raw.decode("utf-8", "replace")
    if not isinstance(content, str):
        return
    (plain if ctype == "text/plain" else html).append(content)


def _same_event(a: CalendarEvent, b: CalendarEvent) -> bool:
    return (a.uid, a.recurrence_id, a.sequence, a.start, a.method) == (
        b.uid,
        b.recurrence_id,
        b.sequence,
        b.start,
        b.method,
    )


def _header(msg: EmailMessage, name: str, problems: list[str]) -> str:
    try:
        value = msg.get(name)
    except Exception as exc:  # a header the registry cannot parse
        problems.append(f"header {name} unreadable: {_short(exc)}")
        return ""
    if value is None:
        return ""
    try:
        return str(value)
    except Exception as exc:
        problems.append(f"header {name} unreadable: {_short(exc)}")
        return ""


def _people(msg: EmailMessage, name: str, problems: list[str]) -> list[Person]:
    try:
        header = msg.get(name)
    except Exception as exc:
        problems.append(f"header {name} unreadable: {_short(exc)}")
        return []
    if header is None:
        return []
    out: list[Person] = []
    addresses: tuple[Address, ...] = getattr(header, "addresses", ()) or ()
    try:
        pairs = [(a.display_name, a.addr_spec) for a in addresses]
    except Exception:
        pairs = []
    if not pairs:
        pairs = getaddresses([str(header)])
    for display, addr in pairs:
        addr = (addr or "").strip().strip("<>").lower()
        if "@" in addr and " " not in addr:
            out.append(Person(name=(display or "").strip().strip('"'), email=addr))
    return out


def _date(msg: EmailMessage, problems: list[str]) -> datetime | None:
    raw = _header(msg, "Date", problems)
    if not raw:
        return None
    try:
        d = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        problems.append(f"header Date unreadable: {raw[:60]!r}")
        return None
    return d if d.tzinfo is not None else None


def _first_id(value: str) -> str | None:
    found = _MSGID.search(value)
    if found:
        return found.group(0)
    value = value.strip()
    return f"<{value}>" if value and " " not in value else None
