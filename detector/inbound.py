"""Mail that came back to the owner: replies, rejections, offers. Pure, no I/O.

The drafter holds back a second follow-up once the company has answered in any way, so it needs
every incoming message that bears on an interview, not only the ones that look like interview
mail. Most such answers ("Thanks, we'll be in touch") fail the classifier's cheap prescreen; for
those, :func:`related_unscreened` reads the headers only and parses in full just the messages tied
to a known interview by thread, Message-ID, address or company domain, so a big mailbox costs
one header parse per message, not a full parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email import policy
from email.parser import BytesHeaderParser
from email.utils import getaddresses

from detector.classify import NEGATIVE
from detector.extract import FREE_MAIL
from detector.mime import parse_message
from detector.model import InboundFact, InboundKind, Interview, Message, Owner, SourceItem

# The classifier's own rejection and offer signals: one definition of "rejection" in the
# product, so a mail the detector refuses as an interview because it rejects is the same
# mail that stops a second follow-up.
_BY_NAME = {signal.name: signal.pattern for signal in NEGATIVE}
REJECTION = _BY_NAME["rejection"]
OFFER = _BY_NAME["offer"]

_MSGID = re.compile(r"<[^<>\s]+>")
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw)\s*:", re.I)
_MAX_TEXT = 12_000  # the verdict of a rejection or offer is in its first paragraphs


def kind_of(msg: Message) -> InboundKind:
    """Rejection, offer, reply (to something) or other, in that order of precedence."""
    text = f"{msg.subject}\n{msg.text[:_MAX_TEXT]}"
    if REJECTION.search(text):
        return "rejection"
    if OFFER.search(text):
        return "offer"
    if msg.in_reply_to or msg.references or _REPLY_SUBJECT.match(msg.subject):
        return "reply"
    return "other"


def inbound_fact(msg: Message, owner: Owner) -> InboundFact | None:
    """The fact for one incoming message; ``None`` for the owner's own mail and drafts."""
    if msg.sender is None or "@" not in msg.sender.email:
        return None
    sender = msg.sender.email.lower()
    if sender in owner.emails or msg.labels & {"SENT", "DRAFT"}:
        return None
    refs = tuple(dict.fromkeys([*([msg.in_reply_to] if msg.in_reply_to else []), *msg.references]))
    return InboundFact(
        source_id=msg.source_id,
        thread_id=msg.thread_id,
        sender_email=sender,
        sender_domain=sender.rsplit("@", 1)[1],
        date=msg.date,
        kind=kind_of(msg),
        sender_name=msg.sender.name,
        subject=msg.subject,
        references=refs,
    )


def inbound_facts(messages: Iterable[Message], owner: Owner) -> tuple[InboundFact, ...]:
    """:func:`inbound_fact` of every message that has one, in the given order."""
    facts = (inbound_fact(m, owner) for m in messages)
    return tuple(f for f in facts if f is not None)


def _ties(interviews: Sequence[Interview], owner: Owner, known_ids: Iterable[str]) -> _Ties:
    ties = _Ties(set(), set(known_ids), set(), set())
    own_domains = {e.rsplit("@", 1)[-1] for e in owner.emails}
    for interview in interviews:
        people = [*interview.interviewers, *([interview.recruiter] if interview.recruiter else [])]
        addresses = {p.email.lower() for p in people}
        if interview.thread is not None:
            if interview.thread.thread_id:
                ties.threads.add(interview.thread.thread_id)
            ties.ids.update([interview.thread.message_id, *interview.thread.references])
            addresses |= set(interview.thread.participants)
        addresses -= owner.emails
        ties.people |= addresses
        ties.domains |= {
            a.rsplit("@", 1)[-1]
            for a in addresses
            if "@" in a and a.rsplit("@", 1)[-1] not in FREE_MAIL | own_domains
        }
    return ties


@dataclass
class _Ties:
    """What ties a message to a known interview: threads, Message-IDs, people, domains."""

    threads: set[str]
    ids: set[str]
    people: set[str]
    domains: set[str]


def related_unscreened(
    items: Sequence[SourceItem],
    interviews: Sequence[Interview],
    owner: Owner,
    known_ids: Iterable[str] = (),
) -> list[Message]:
    """Parse the mail items (that skipped the detector's prescreen) tied to ``interviews``.

    A message counts when it is in an interview's thread, refers to one of its Message-IDs (or
    to ``known_ids``, e.g. the owner's sent mail), comes from one of its people or company
    domains, or is the owner's mail to one of its people. Headers are read first (cheap); only
    those messages are parsed in full. Never raises: an unreadable item is left out.
    """
    if not interviews:
        return []
    ties = _ties(interviews, owner, known_ids)
    parser = BytesHeaderParser(policy=policy.compat32)  # compat32: raw strings, never raises
    out: list[Message] = []
    for item in items:
        if item.kind != "rfc822" or "DRAFT" in item.labels:
            continue
        try:
            headers = parser.parsebytes(item.raw)
            senders = {a.lower() for _, a in getaddresses(headers.get_all("From", []))}
            to = {
                a.lower()
                for _, a in getaddresses(headers.get_all("To", []) + headers.get_all("Cc", []))
            }
            refs = set(
                _MSGID.findall(f"{headers.get('In-Reply-To', '')} {headers.get('References', '')}")
            )
        except Exception:  # a header the parser cannot read: this message cannot be tied
            continue
        domains = {a.rsplit("@", 1)[-1] for a in senders if "@" in a}
        from_owner = bool(senders & owner.emails) or "SENT" in item.labels
        tied = (
            (item.thread_id is not None and item.thread_id in ties.threads)
            or bool(refs & ties.ids)
            or (from_owner and bool(to & ties.people))
            or (not from_owner and bool(senders & ties.people or domains & ties.domains))
        )
        if tied:
            out.append(parse_message(item))
    return out
