"""The detector: mail messages, ``.ics`` files and Calendar events -> interviews.

Pure: no I/O, no clock (``now`` is injected), no configuration format. See :func:`detect`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from detector import classify, inbound
from detector.extract import FREE_MAIL, domain, is_forward, is_machine_address
from detector.lifecycle import merge
from detector.model import (
    CalendarEvent,
    Detection,
    ItemProblem,
    Message,
    Owner,
    Person,
    SentFact,
    SourceItem,
    natural_name,
)
from detector.observe import (
    Obs,
    observe_event,
    observe_message,
    owner_tz,
    signature_zones,
    thread_root,
)
from detector.parse import UnreadableItem, parse_item
from detector.people import address_of_name
from detector.texttime import named_zones, sender_zone, zone_called_yours

__all__ = ["detect", "infer_owner"]


def detect(items: Sequence[SourceItem], owner: Owner, now: datetime | None = None) -> Detection:
    """Find the interviews in ``items`` (given in arrival order) for ``owner``.

    Never raises for bad input: an unreadable item becomes an :class:`ItemProblem`.
    ``now`` resolves relative dates ("tomorrow at 2") where an item has no Date of its own;
    message dates are used first.
    """
    reader = _Reader(owner, now)
    unscreened: list[tuple[int, SourceItem]] = []
    for order, item in enumerate(items):
        if (
            item.kind == "rfc822"
            and not classify.prescreen(item.raw)
            and not _answers(item.raw, reader.hiring_ids)
        ):
            unscreened.append((order, item))  # not interview mail; may still be an answer to one
            continue  # cheap exit for mail that cannot be about an interview
        reader.read(item, order)
    # the opening mail of a hiring conversation may name no interview word ("the Chair would
    # like to meet you as the next step for the CFO mandate"): once a later reply shows the
    # conversation is about hiring, read the mail it answers too (role, names, the first time)
    answered = reader.answered_ids()
    late = [(o, i) for o, i in unscreened if _message_id(i.raw) in answered]
    for order, item in late:
        reader.read(item, order)
    reader.read_floating()
    read_late = {order for order, _ in late}
    left = [i for o, i in unscreened if o not in read_late]
    try:
        interviews, candidates = merge(reader.observations, owner)
    except Exception as exc:  # keep the pass alive; report rather than crash
        reader.problems.append(ItemProblem("*", f"merge failed: {type(exc).__name__}: {exc}"[:200]))
        interviews, candidates = [], []
    messages = reader.messages
    ids = [m.message_id for m in messages if m.message_id and _sent_by(m, owner)]
    extra = inbound.related_unscreened(left, interviews, owner, ids)
    sent = reader.sent + [_sent_fact(m) for m in extra if _sent_by(m, owner)]
    answers = inbound.inbound_facts([*messages, *extra], owner)
    return Detection(
        tuple(interviews), tuple(candidates), tuple(sent), tuple(reader.problems), answers
    )


class _Reader:
    """Parses and observes items one by one, keeping what later items are judged against."""

    def __init__(self, owner: Owner, now: datetime | None) -> None:
        self.owner, self.now = owner, now
        self.observations: list[Obs] = []
        self.problems: list[ItemProblem] = []
        self.sent: list[SentFact] = []
        self.messages: list[Message] = []  # for detector.inbound (replies that stop a follow-up)
        # Message-IDs of mail about hiring: a short reply to one ("tomorrow at 11 it is") names
        # no interview word, yet it is where the time gets agreed
        self.hiring_ids: set[str] = set()
        self.hiring_roots: set[str] = set()  # conversations (thread roots) already about hiring
        self.roots: dict[str, str] = {}  # Message-ID -> its conversation's root
        self.homes: dict[str, list[tzinfo]] = {}  # a UTC-stamping writer -> their signature's zones
        # calendar files whose times float (no zone) in a mailbox whose owner's zone is unknown
        self.floating: list[tuple[list[CalendarEvent], int]] = []

    def read_floating(self) -> None:
        """Observe the calendar files whose times float, in the zone most correspondents write
        from: a file saved from a local employer's mail holds its local time (the owner's own
        calendar would show it in theirs, which the mailbox does not say)."""
        if not self.floating:
            return
        zone = _correspondents_zone(self.messages, self.owner) or _zone_named(
            self.messages, self.owner
        )
        for events, order in self.floating:
            if zone is not None:
                events = [_on_clock(ev, zone) if ev.time_is_guess else ev for ev in events]
            try:
                self.observations.extend(
                    observe_event(ev, order, self.owner, self.now) for ev in events
                )
            except Exception as exc:  # one bad calendar file never stops the pass
                self.problems.append(_unexpected(events[0].source_id if events else "*", exc))

    def read(self, item: SourceItem, order: int) -> None:
        """Parse one item and add its observations; a bad item becomes a problem line."""
        try:
            parsed = parse_item(item)
        except UnreadableItem as exc:
            self.problems.append(ItemProblem(item.id, str(exc)))
            return
        except Exception as exc:  # last line of defence: one bad item never stops the pass
            self.problems.append(_unexpected(item.id, exc))
            return
        try:
            if isinstance(parsed, Message):
                self._read_message(parsed, order)
            elif _zone_unknown(self.owner) and any(ev.time_is_guess for ev in parsed):
                self.floating.append((parsed, order))  # read once every mail is in
            else:
                self.observations.extend(
                    observe_event(ev, order, self.owner, self.now) for ev in parsed
                )
        except Exception as exc:
            self.problems.append(_unexpected(item.id, exc))

    def _read_message(self, parsed: Message, order: int) -> None:
        self.problems.extend(ItemProblem(parsed.source_id, p) for p in parsed.problems)
        self.messages.append(parsed)
        if _sent_by(parsed, self.owner):
            self.sent.append(_sent_fact(parsed))
        # a reply chain whose mails name only their parent (In-Reply-To, no full References) is
        # still one conversation: follow the parent to its root
        root = next(
            (self.roots[r] for r in (parsed.in_reply_to, *parsed.references) if r in self.roots),
            thread_root(parsed),
        )
        if parsed.message_id and not parsed.thread_id:
            self.roots[parsed.message_id] = root
        earlier = root in self.hiring_roots or bool(
            {parsed.in_reply_to, *parsed.references} & self.hiring_ids
        )
        # a writer whose client stamps Dates in UTC keeps the home their signature named once
        home: list[tzinfo] = []
        if parsed.sender is not None and parsed.date is not None and not parsed.date.utcoffset():
            home = signature_zones(parsed) or self.homes.get(parsed.sender.email, [])
            if home:
                self.homes[parsed.sender.email] = home
        found = observe_message(parsed, order, self.owner, self.now, earlier, root, home)
        self.observations.extend(found)
        if any(classify.topic_score(o.score, o.reasons) > 0 for o in found):
            self.hiring_roots.add(root)
            if parsed.message_id:
                self.hiring_ids.add(parsed.message_id)

    def answered_ids(self) -> set[str]:
        """Message-IDs that mail about hiring answers or refers to."""
        out: set[str] = set()
        for o in self.observations:
            if o.msg is not None and classify.topic_score(o.score, o.reasons) > 0:
                out |= {r for r in (o.msg.in_reply_to, *o.msg.references) if r}
        return out


_IDS = re.compile(rb"<[^<>\s]+>")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def _answers(raw: bytes, ids: set[str]) -> bool:
    """The mail's In-Reply-To/References name one of ``ids`` (read from the header block only)."""
    if not ids:
        return False
    end = _HEADER_END.search(raw)
    head = raw[: end.start() if end else 8_000]
    refs = re.search(rb"^(?:in-reply-to|references):", head, re.I | re.M)
    if refs is None:
        return False
    # references may be folded over several lines: take every id after the first such header
    return any(
        m.group(0).decode("ascii", "replace") in ids for m in _IDS.finditer(head, refs.start())
    )


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(?:\r?\n[ \t]+)?(<[^<>\s]+>)", re.I | re.M)


def _message_id(raw: bytes) -> str | None:
    """The Message-ID in the header block of ``raw``, without parsing the message."""
    end = _HEADER_END.search(raw)
    m = _MESSAGE_ID.search(raw[: end.start() if end else 8_000])
    return m.group(1).decode("ascii", "replace") if m else None


def _sent_by(msg: Message, owner: Owner) -> bool:
    return "SENT" in msg.labels or bool(msg.sender and msg.sender.email in owner.emails)


def _sent_fact(msg: Message) -> SentFact:
    to = frozenset(p.email for p in msg.to + msg.cc)
    return SentFact(msg.source_id, msg.thread_id, to, msg.date, msg.subject, msg.message_id)


def infer_owner(items: Sequence[SourceItem]) -> Owner:
    """Guess the mailbox owner: Delivered-To / To of mails, ``self`` and recurring attendees."""
    votes: Counter[str] = Counter()
    messages: list[Message] = []
    invited: list[Person] = []  # every calendar guest, for the owner's name
    for item in items:
        try:
            parsed = parse_item(item)
        except Exception:
            continue
        if isinstance(parsed, Message):
            messages.append(parsed)
            # (the mailbox it was delivered to is the owner's, above a candidate named in the
            # title of a panel the owner's work account forwarded: "Interview - ... - Lucas")
            for addr in parsed.delivered_to:
                votes[addr] += 6
            for p in parsed.to:
                votes[p.email] += 1
            events: list[CalendarEvent] = list(parsed.invites)
        else:
            events = parsed
        standalone = not isinstance(parsed, Message)
        for ev in events:
            if (ev.method or "").upper() == "REPLY":
                # an answer to an invitation reaches the one who sent it: the organizer
                if ev.organizer:
                    votes[ev.organizer.email] += 4
                for a in ev.attendees:
                    votes[a.person.email] -= 2
                continue
            org_domain = domain(ev.organizer.email) if ev.organizer else None
            invited.extend(a.person for a in ev.attendees)
            for a in ev.attendees:
                votes[a.person.email] += 5 if a.is_self else 1
                # the organizer's colleagues are the interviewers; the candidate is outside
                if org_domain and domain(a.person.email) == org_domain:
                    votes[a.person.email] -= 1
                # The candidate is usually named in the title and uses a personal address
                # ("Final interview - H. Kowalczyk / Dr. K. Vogel (CFO)": by a name, not "Dr.")
                names = [
                    w
                    for w in a.person.name.split()
                    if len(w.strip(".,")) > 2 and w.strip(".,").lower() not in _HONORIFICS
                ]
                # (not as the one the candidate meets: "Interview with Geoffrey Lam")
                if any(
                    w.lower() in ev.summary.lower()
                    and not re.search(
                        rf"(?i)\bwith\b[^,;|()]{{0,30}}\b{re.escape(w)}\b", ev.summary
                    )
                    for w in names
                ):
                    votes[a.person.email] += 2
                # and a calendar file on its own (no mail to say whose it is) greets them in
                # its description: "Hi Aniket - last step in the process", "Dear Ms Kowalczyk"
                if standalone and any(_greets(ev.description, w) for w in names):
                    votes[a.person.email] += 2
                if a.person.email.rsplit("@", 1)[-1] in FREE_MAIL:
                    votes[a.person.email] += 1
            if ev.organizer:
                votes[ev.organizer.email] -= 1
    if not votes:
        return Owner(emails=frozenset())
    best = votes.most_common(1)[0][0]
    emails = _own_addresses(messages, best)
    return Owner(
        emails=emails,
        name=_own_name(messages, emails, invited),
        timezone=_own_zone(messages, best),
    )


_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "mx"})


def _greets(text: str, first_name: str) -> bool:
    """Whether ``text`` opens by greeting ``first_name`` ("Hi Aniket -", "Dear Ms. Ek,"), on its
    first line or on a line after Outlook's "When: ... Where: ..." preamble."""
    return bool(
        re.search(
            rf"^[ \t]*(?:hi|hello|hey|dear|hej|hallo|hola|bonjour)\b[^\n]{{0,12}}"
            rf"\b{re.escape(first_name)}\b",
            text.lstrip()[:400],
            re.I | re.M,
        )
    )


def _own_name(
    messages: Sequence[Message], emails: frozenset[str], invited: Sequence[Person] = ()
) -> str:
    """The name the owner's addresses are written with most often ("Ong Wei Ting
    <weiting.ong@...>"), in mail headers or as a calendar's guest, so that a title such as
    "Ong Wei Ting (Senior Product Manager)" can be read; "" when nothing names them."""
    in_headers = [p for m in messages for p in (*([m.sender] if m.sender else []), *m.to, *m.cc)]
    for people in (in_headers, invited):
        names = Counter(
            natural_name(p.name)
            for p in people
            if p.email in emails and len(p.name.split()) >= 2 and "@" not in p.name
        )
        if names:
            return names.most_common(1)[0][0]
    return ""


def _own_addresses(messages: Sequence[Message], address: str) -> frozenset[str]:
    """``address`` and the owner's other addresses: those written with the owner's own full
    name, or with a name that spells ``address``, as when they forward mail from a work account
    to their personal one ("Marisol Kettering <mkettering@school.example>" forwards to
    marisol.kettering@example.com)."""
    people = [p for m in messages for p in (m.sender, *m.to, *m.cc) if p is not None]
    names = {p.name.strip().lower() for p in people if p.email == address and p.name.strip()}
    names = {n for n in names if len(n.split()) >= 2}
    same = {
        p.email
        for p in people
        if p.name.strip().lower() in names
        or (len(p.name.split()) >= 2 and address_of_name(p.name, [address]) == address)
    }
    # "FYI - forwarding to my main email so I have it": a note to self from an old address
    same |= {
        m.sender.email
        for m in messages
        if m.sender is not None
        and is_forward(m.subject)
        and [p.email for p in m.to] == [address]
        and (_NOTE_TO_SELF.search(m.text[:300]) or _same_mailbox_name(m.sender.email, address))
    }
    return frozenset({address} | same)


def _same_mailbox_name(other: str, address: str) -> bool:
    """``other`` has the owner's own personal mailbox name on another domain: a forward from
    "yvonne.lin@oldmail.example" to "yvonne.lin@example.com" is the owner moving their mail
    (a name with a separator or of some length: not "hr@" or "jobs@", which many people have)."""
    mine, theirs = address.split("@", 1)[0], other.split("@", 1)[0]
    return mine == theirs and (len(mine) >= 8 or re.search(r"[._-]", mine) is not None)


_NOTE_TO_SELF = re.compile(
    r"\bnote to self\b|\b(?:forwarding|sending|saving|fwd?)\b[^.\n]{0,20}\bto my (?:main|personal|"
    r"other|new|own|private|gmail|home) (?:e-?mail|address|account|inbox)\b|"
    r"\bso I (?:have it|don'?t lose it)\b|\bfor my (?:records|calendar|files)\b|"
    r"\bpour (?:mon agenda|mes dossiers)\b|\b\u00e0 mettre \u00e0 l'agenda\b|"
    r"\bpara mi agenda\b|\bf\u00fcr mich\b|"
    # "À garder dans ma boîte principale"
    r"\bdans ma bo\u00eete (?:principale|perso\w*)\b",
    re.I,
)


def _on_clock(ev: CalendarEvent, zone: tzinfo) -> CalendarEvent:
    """``ev`` with its floating wall-clock times read in ``zone``."""

    def local(when: datetime | None) -> datetime | None:
        return when.replace(tzinfo=zone) if when is not None and not ev.all_day else when

    return replace(ev, start=local(ev.start), end=local(ev.end))


def _unexpected(source_id: str, exc: Exception) -> ItemProblem:
    """The one-line problem an unforeseen error in reading an item becomes."""
    return ItemProblem(source_id, f"unexpected error: {type(exc).__name__}: {exc}"[:200])


def _zone_unknown(owner: Owner) -> bool:
    """No zone is known for the owner: none that reads, or "UTC", which is how an unknown one
    is written."""
    return getattr(owner_tz(owner), "key", "UTC") in {"UTC", "Etc/UTC"}


def _correspondents_zone(messages: Sequence[Message], owner: Owner) -> tzinfo | None:
    """The zone most of the people writing to ``owner`` write from (by their Dates' offsets),
    when most do; mailers' servers and clients that stamp every Date in UTC say nothing. An
    offset that no one zone owns (+07:00 is Bangkok's, Vientiane's and Jakarta's, none of which
    changes its clocks) is that fixed offset."""
    zones: Counter[tzinfo] = Counter()
    for m in messages:
        if m.sender is None or m.sender.email in owner.emails or m.date is None:
            continue
        if is_machine_address(m.sender.email) or not m.date.utcoffset():
            continue
        zones[sender_zone(m.date)] += 1
    if not zones:
        return None
    zone, count = zones.most_common(1)[0]
    return zone if count * 2 > zones.total() else None


def _zone_named(messages: Sequence[Message], owner: Owner) -> ZoneInfo | None:
    """The one zone the mail to ``owner`` names, when it names exactly one ("9:00 AM to 10:00
    AM, Hong Kong Time (HKT)" from an ATS that stamps its Date in UTC)."""
    named = {
        z.key
        for m in messages
        if m.sender is None or m.sender.email not in owner.emails
        for z in named_zones(m.text)
        if isinstance(z, ZoneInfo)
    }
    return ZoneInfo(named.pop()) if len(named) == 1 else None


def _own_zone(messages: Sequence[Message], address: str) -> str:
    """The zone of ``address``'s own mail: the Date offsets of what they wrote, read as a
    named zone (their latest mail's), so that "10:30 your time" in mail to them can be placed.
    "UTC" (the unknown zone) when they wrote nothing or their mail names no common zone."""
    dates = [m.date for m in messages if m.sender and m.sender.email == address and m.date]
    if not dates:
        # nothing of theirs, but a company's "8:00 a.m. MST (your time)" says where they are
        said = (
            zone_called_yours(m.text)
            for m in messages
            if m.sender is None or m.sender.email != address
        )
        zone = next((z for z in said if z is not None), None)
        return zone.key if isinstance(zone, ZoneInfo) else "UTC"
    # a zone their own mail names ("Chandler, AZ" in the signature they quote) and that had
    # the offset of every date they wrote: Phoenix, not Denver, for -07:00 all year round
    own = [m for m in messages if m.sender and m.sender.email == address]
    named = [
        z
        for z in dict.fromkeys(z for m in own for z in named_zones(m.text))
        if all(d.astimezone(z).utcoffset() == d.utcoffset() for d in dates)
    ]
    zone = sender_zone(max(dates), None, named)
    return zone.key if isinstance(zone, ZoneInfo) else "UTC"
