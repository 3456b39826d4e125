"""Mail bytes -> :class:`~detector.model.Message`. Never raises: bad parts are skipped and named.

Parsing uses the stdlib parser with a compat32 policy that hands header values back raw; the few
headers we need are decoded here (RFC 2047 by :func:`email.header.decode_header`, addresses by
:func:`email.utils.getaddresses`, dates by :func:`email.utils.parsedate_to_datetime`).
Why not ``policy.default``: it builds a structured header object for every header read and for
every Content-Type the parser itself looks at, which was 60% of all detect time (profile of
2,000 mixed messages, see bench/results/detect_throughput.md). Transfer decoding is still the
stdlib's (``get_payload(decode=True)``). beautifulsoup4 turns HTML into text only when a message
has no ``text/plain`` body, because it is by far the most expensive step.
"""

from __future__ import annotations

import email
import re
from datetime import datetime
from email.errors import HeaderParseError
from email.header import decode_header
from email.message import Message as MimePart
from email.policy import Compat32
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from detector.htmltext import html_to_text
from detector.ics import parse_calendar
from detector.model import CalendarEvent, Message, Person, SourceItem, natural_name

_MSGID = re.compile(r"<[^<>\s]+>")
_MAX_PARTS = 200
_CAL_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}


class _RawHeaders(Compat32):
    """compat32, except that a header value is returned unfolded and otherwise as read (8-bit
    bytes kept as surrogates) instead of being wrapped in a ``Header``: :func:`decode` does the
    rest. Unfolding here matters to the parser too: a boundary parameter may be folded."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        return "".join(value.splitlines())  # as policy.default does


_POLICY = _RawHeaders()
# the addresses kept from a header getaddresses cannot parse
_BARE_ADDRESS = re.compile(r'[^\s<>@,;:"()]+@[^\s<>@,;:"()]+')
# A comment beside an angle address ("Amara Osei (via Lever) <a@x>", "Room 4 (8) <r@x>") is not
# part of the name; quoted strings are matched first so that parentheses inside them are kept.
# The old form "a@x (Amara Osei)" keeps its comment: there it is the only name.
_COMMENT = re.compile(r'("(?:[^"\\]|\\.)*")|\([^()"]*\)(?=\s*<)|(?<=>)\s*\([^()"]*\)')


def parse_message(item: SourceItem) -> Message:
    """Parse one RFC 5322 message. A broken part is skipped and listed in ``problems``."""
    problems: list[str] = []
    try:
        msg = email.message_from_bytes(item.raw, policy=_POLICY)
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


def _short(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]


def _ctype(part: Any) -> str:
    try:
        return str(part.get_content_type())
    except Exception:
        return "unknown"


def _read_part(
    part: MimePart,
    source_id: str,
    plain: list[str],
    html: list[str],
    invites: list[CalendarEvent],
    names: list[str],
    problems: list[str],
) -> None:
    if part.get_content_type() == "message/rfc822":
        # a mail attached whole (a client's "Forward as attachment"): its headers say who
        # wrote it, as an inline forward's block does, so it is read as a forward
        plain.append(_forward_block(part, problems))
    if part.is_multipart():
        return
    ctype = part.get_content_type()
    filename = decode(part.get_filename() or "")
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
    # a chat app's export mails the conversation as an attachment ("WhatsApp Chat with
    # Kwabena.txt", "WhatsApp-Chat mit ...", "Chat de WhatsApp con ..."): it is the content
    chat_export = ctype == "text/plain" and _CHAT_EXPORT.search(filename) is not None
    # ... and so is an employer's letter sent as text ("Interview Invitation Letter - 349-IVT-
    # 8812.txt": the date, time and panel are only there)
    letter = ctype == "text/plain" and _LETTER.search(filename) is not None
    if (disposition == "attachment" and not (chat_export or letter)) or ctype not in {
        "text/plain",
        "text/html",
    }:
        return
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        problems.append(f"{ctype} part unreadable")
        return
    (plain if ctype == "text/plain" else html).append(_text(raw, part.get_content_charset()))


def _forward_block(part: MimePart, problems: list[str]) -> str:
    """The Gmail-style header block of an attached message ("---------- Forwarded message
    ---------", From, Date, Subject, To)."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, MimePart):
        return ""
    lines = ["\n---------- Forwarded message ---------"]
    for name in ("From", "Date", "Subject", "To", "Cc"):
        value = _header(inner, name, problems)
        if value:
            lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n"


_CHAT_EXPORT = re.compile(r"\b(?:whatsapp|telegram|viber|signal)\b.*\.txt$", re.I)
_LETTER = re.compile(
    r"(?:letter|invitation|interview|itinerary|schedule|einladung|convocation|convocatoria|"
    r"carta|lettre)[^/]*\.txt$",
    re.I,
)


def _text(raw: bytes, charset: str | None) -> str:
    """Body bytes -> text. Undeclared 8-bit text is nearly always UTF-8; an unknown charset
    name is read as UTF-8 too, with undecodable bytes replaced rather than the part lost."""
    try:
        return raw.decode(charset or "utf-8", "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def _same_event(a: CalendarEvent, b: CalendarEvent) -> bool:
    return (a.uid, a.recurrence_id, a.sequence, a.start, a.method) == (
        b.uid,
        b.recurrence_id,
        b.sequence,
        b.start,
        b.method,
    )


def decode(value: str) -> str:
    """A raw header value (already unfolded by the policy) -> text: raw 8-bit read as UTF-8,
    RFC 2047 words decoded.

    Each encoded word is decoded on its own with undecodable bytes replaced, so one bad word
    or an unknown charset name costs a few characters, not the whole header.
    """
    if _has_surrogates(value):
        value = value.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    if "=?" not in value:
        return value
    try:
        chunks = decode_header(value)
    except (HeaderParseError, ValueError):
        return value  # a malformed encoded word: keep it as written rather than lose the header
    return "".join(_chunk_text(data, charset) for data, charset in chunks)


def _chunk_text(data: bytes | str, charset: str | None) -> str:
    if isinstance(data, str):
        return data
    if charset is None:  # text between encoded words, escaped by decode_header itself
        return data.decode("raw-unicode-escape", "replace")
    return _text(data, charset)


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _raw_header(msg: MimePart, name: str, problems: list[str]) -> str:
    try:
        value = msg.get(name)
    except Exception as exc:  # defensive: compat32 returns raw strings
        problems.append(f"header {name} unreadable: {_short(exc)}")
        return ""
    return value if isinstance(value, str) else ""


def _header(msg: MimePart, name: str, problems: list[str]) -> str:
    return decode(_raw_header(msg, name, problems)).strip()


def _people(msg: MimePart, name: str, problems: list[str]) -> list[Person]:
    raw = _raw_header(msg, name, problems)
    if not raw:
        return []
    # Split into addresses before decoding: a decoded display name may hold a comma or '<'.
    try:
        pairs = getaddresses([_COMMENT.sub(lambda m: m.group(1) or "", raw)])
    except Exception as exc:  # e.g. RecursionError on thousands of nested groups
        problems.append(f"header {name} not parsed, bare addresses kept: {_short(exc)}")
        pairs = [("", a) for a in _BARE_ADDRESS.findall(raw)]
    out: list[Person] = []
    for display, addr in pairs:
        addr = decode(addr or "").strip().strip("<>").lower()
        if addr.find("@") > 0 and " " not in addr:
            name = decode(display or "").strip().strip('"')
            out.append(Person(name=natural_name(name), email=addr))
    return out


def _date(msg: MimePart, problems: list[str]) -> datetime | None:
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
