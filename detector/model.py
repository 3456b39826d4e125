"""The typed values that flow through the whole product.

Connectors (``integrations/``) produce :class:`SourceItem` values: the raw bytes of one mail
message, one ``.ics`` file or one Calendar API event, plus the metadata the mailbox keeps
outside the bytes (thread id, labels). The detector parses them into :class:`Message` and
:class:`CalendarEvent` values and merges what it finds into :class:`Interview` records.

Everything here is frozen and free of I/O, so a value can be stored, compared and replayed.
Times are always timezone-aware ``datetime`` values; a naive time never leaves the parsers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal

ItemKind = Literal["rfc822", "ics", "gcal-json"]
"""How the raw bytes of a :class:`SourceItem` are encoded.

``rfc822``: one mail message (RFC 5322 bytes). ``ics``: one iCalendar file (RFC 5545).
``gcal-json``: one Google Calendar API v3 ``Event`` resource, UTF-8 JSON.
"""


@dataclass(frozen=True)
class SourceItem:
    """One thing a connector read: a message, an ``.ics`` file or a Calendar API event.

    ``id`` is stable within its source and unique across sources of one mailbox (connectors
    prefix it: ``maildir:<key>``, ``ics:<file name>``, ``gmail:<message id>``,
    ``gcal:<calendar id>/<event id>``). A later item with the same ``id`` replaces the earlier
    one (an edited ``.ics`` file, an updated Calendar event).
    """

    id: str
    kind: ItemKind
    raw: bytes = field(repr=False)
    thread_id: str | None = None
    """The mailbox's own thread id (Gmail ``threadId``); ``None`` where the store has none."""
    labels: frozenset[str] = frozenset()
    """Mailbox labels or flags, upper case: ``SENT``, ``DRAFT``, ``INBOX`` ..."""
    received: datetime | None = None
    """When the mailbox got it (the Date header in a Maildir, Gmail ``internalDate``), aware.

    Bounds what a pass keeps: items older than the look-back window are not stored. ``None``
    (unknown) is always kept.
    """


_NOT_A_GIVEN_NAME = re.compile(
    r"^(?:inc|llc|ltd|plc|gmbh|ag|co|corp|jr|sr|ii|iii|iv|phd|md|mba|esq|dds|cpa)\.?$", re.I
)


_TITLE = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Mx|Mag|Ing|Herr|Frau|Sr|Sra)\.?", re.I)


def natural_name(name: str) -> str:
    """A directory's "Last, First" display name in reading order: "Ferreira, Inês" -> "Inês
    Ferreira", so prose ("Inês will call you") and greetings match it. Anything else, such as
    "Acme, Inc." or "Doe, Jane (HR)", is returned unchanged. A title written after the given
    name goes before it: "Sedlmayr, Florian Dr." -> "Dr. Florian Sedlmayr"."""
    last, comma, given = name.partition(",")
    last, given = last.strip(), given.strip()
    if (
        not comma
        or not last
        or not given
        or len(last.split()) > 2
        or len(given.split()) > 3
        or _NOT_A_GIVEN_NAME.match(given)
        or re.search(r"[\d(),@/&|]", given + last)
    ):
        return name
    title = re.search(r"\s+((?:Dr|Prof|Mag|Ing)\.(?:\s*(?:Dr|med|rer\. nat)\.)*)$", given)
    if title:
        return f"{title.group(1)} {given[: title.start()]} {last}"
    return f"{given} {last}"


@dataclass(frozen=True)
class Person:
    """A name and an e-mail address. ``email`` is lower-cased; ``name`` may be empty."""

    name: str
    email: str

    @property
    def first_name(self) -> str:
        """The first word of the display name after any title ("Dr. Sam Eriksen" -> "Sam"), or
        the e-mail local part when there is no name."""
        words = [w for w in self.name.split() if not _TITLE.fullmatch(w)]
        if words:
            return words[0].strip(",")
        return self.email.split("@", 1)[0].split(".")[0].capitalize()


class PartStat(StrEnum):
    """An attendee's answer to an invite (iCalendar PARTSTAT / Calendar ``responseStatus``)."""

    NEEDS_ACTION = "needs-action"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    DELEGATED = "delegated"


@dataclass(frozen=True)
class Attendee:
    """One ATTENDEE of an invite, or one ``attendees[]`` entry of a Calendar API event."""

    person: Person
    partstat: PartStat = PartStat.NEEDS_ACTION
    role: str = "REQ-PARTICIPANT"
    """iCalendar ROLE: ``REQ-PARTICIPANT``, ``OPT-PARTICIPANT``, ``CHAIR``, ``NON-PARTICIPANT``."""
    is_resource: bool = False
    """A room or other resource (CUTYPE=ROOM/RESOURCE, Calendar ``resource: true``)."""
    is_self: bool = False
    """Marked as the calendar owner (Calendar API ``self: true``)."""


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT (from a ``text/calendar`` part, an ``.ics`` file) or one Calendar API event.

    ``start``/``end`` are aware datetimes. ``all_day`` events carry midnight in ``tz_hint``
    (or UTC) and ``end`` is exclusive, as in iCalendar. ``time_is_guess`` is set when the time
    zone could not be read from the event itself (floating time, unknown TZID) and a fallback
    was used; the detector then prefers a time written in the surrounding mail.
    """

    source_id: str
    """The :class:`SourceItem` id this event came from."""
    uid: str | None
    """iCalendar UID, or a Calendar API event's ``iCalUID``: the join key across sources."""
    recurrence_id: str | None = None
    api_id: str | None = None
    """Calendar API event ``id`` (a deletion may carry nothing else)."""
    method: str | None = None
    """iTIP METHOD of the enclosing calendar: ``REQUEST``, ``CANCEL``, ``PUBLISH``, ``REPLY``."""
    status: str | None = None
    """``CONFIRMED``, ``TENTATIVE`` or ``CANCELLED`` (upper case)."""
    sequence: int = 0
    dtstamp: datetime | None = None
    summary: str = ""
    description: str = ""
    location: str = ""
    start: datetime | None = None
    end: datetime | None = None
    all_day: bool = False
    time_is_guess: bool = False
    tz_hint: str | None = None
    """An IANA zone name the event itself suggests (TZID, X-WR-TIMEZONE, ``timeZone``)."""
    organizer: Person | None = None
    attendees: tuple[Attendee, ...] = ()
    conference_url: str | None = None


@dataclass(frozen=True)
class Message:
    """One parsed mail message. Built only by :func:`detector.mime.parse_message`.

    ``text`` is the readable body: the ``text/plain`` part, else the ``text/html`` part turned
    into text. ``invites`` holds every VEVENT found in ``text/calendar`` parts and ``.ics``
    attachments. ``problems`` lists the parts that could not be read (the message still
    counts; only the broken part is skipped).
    """

    source_id: str
    thread_id: str | None = None
    message_id: str | None = None
    """The ``Message-ID`` header, with angle brackets."""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject: str = ""
    sender: Person | None = None
    reply_to: tuple[Person, ...] = ()
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    delivered_to: tuple[str, ...] = ()
    date: datetime | None = None
    text: str = ""
    html: str = ""
    invites: tuple[CalendarEvent, ...] = ()
    attachment_names: tuple[str, ...] = ()
    labels: frozenset[str] = frozenset()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Owner:
    """The mailbox owner: the job seeker. ``emails`` are lower-cased; ``timezone`` is IANA."""

    emails: frozenset[str]
    name: str = ""
    timezone: str = "UTC"


class InterviewKind(StrEnum):
    PHONE_SCREEN = "phone_screen"
    TECHNICAL = "technical"
    ONSITE = "onsite"
    HIRING_MANAGER = "hiring_manager"
    OTHER = "other"


InterviewStatus = Literal["scheduled", "cancelled"]


@dataclass(frozen=True)
class ThreadRef:
    """Where a reply to the scheduling conversation belongs.

    ``message_id``/``references``/``subject`` are those of the latest message in the thread
    that came from the company side; a reply sets ``In-Reply-To: message_id``,
    ``References: references + message_id`` and ``Subject: Re: subject``.
    ``participants`` are the lower-cased addresses that wrote or were addressed in the thread.
    """

    thread_id: str | None
    message_id: str
    references: tuple[str, ...]
    subject: str
    participants: frozenset[str]


@dataclass(frozen=True)
class Interview:
    """One real interview, merged from every message, invite and event that describes it.

    ``key`` is stable across reschedules and passes: the iCal UID where there is one, else the
    scheduling thread, else a hash of company and first-seen date. The ledger and the draft
    marker hang on it.
    """

    key: str
    company: str | None
    role: str | None
    kind: InterviewKind
    start: datetime
    end: datetime | None
    status: InterviewStatus
    interviewers: tuple[Person, ...] = ()
    """People who conduct the interview (never the owner, rooms, or mere schedulers)."""
    recruiter: Person | None = None
    """The human recruiter or coordinator who corresponded (Reply-To honoured), if any."""
    declined: frozenset[str] = frozenset()
    """Addresses of attendees who declined."""
    thread: ThreadRef | None = None
    source_ids: tuple[str, ...] = ()
    confidence: float = 1.0
    evidence: tuple[str, ...] = ()
    """Human-readable reasons: which signals fired and which item gave each field."""


@dataclass(frozen=True)
class SentFact:
    """A message the owner sent: lets the drafter notice a thank-you written by hand."""

    source_id: str
    thread_id: str | None
    to: frozenset[str]
    date: datetime | None
    subject: str
    message_id: str | None = None
    """The sent message's ``Message-ID`` (a second follow-up replies to it)."""


InboundKind = Literal["reply", "rejection", "offer", "other"]
"""What an incoming message says: a reply to the owner, a rejection, an offer, or anything else."""


@dataclass(frozen=True)
class InboundFact:
    """A message that reached the owner from someone else: lets the drafter hold back a
    second follow-up once the company has answered (or rejected, or made an offer)."""

    source_id: str
    thread_id: str | None
    sender_email: str
    """Lower-cased address of the sender."""
    sender_domain: str
    """The part after ``@`` of :attr:`sender_email`, lower-cased."""
    date: datetime | None
    kind: InboundKind
    sender_name: str = ""
    subject: str = ""
    references: tuple[str, ...] = ()
    """``In-Reply-To`` then ``References`` ids: threads mail in stores without thread ids."""


@dataclass(frozen=True)
class ItemProblem:
    """An item (or part of one) that could not be read. ``reason`` is one line for a human."""

    source_id: str
    reason: str


@dataclass(frozen=True)
class Candidate:
    """Something that looked a bit like an interview but was not accepted, with the reasons."""

    source_id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Detection:
    """Everything :func:`detector.detect` found in a set of items."""

    interviews: tuple[Interview, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    sent: tuple[SentFact, ...] = ()
    problems: tuple[ItemProblem, ...] = ()
    inbound: tuple[InboundFact, ...] = ()
    """Mail from people other than the owner that may bear on an interview (see
    :mod:`detector.inbound`)."""
