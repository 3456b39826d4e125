"""The planner: interviews + what we already did + ``now`` -> the actions of one sync pass.

Planning has no side effects (plan, then execute, as in vdirsyncer), so ``--dry-run`` is free
and the same inputs always give the same plan. The rules, in the order they are applied per
interview:

1. Drafts we already made (``existing``, keyed by marker) are looked after first, whatever the
   interview's state: a deleted draft is marked ``user_deleted`` and never recreated; an edited
   draft is marked ``user_edited`` and never touched (a :class:`Note` tells the user when the
   interview changed under it); an untouched draft is retracted when the interview was
   cancelled or the recipient left it, and re-rendered when its content or due time changed.
2. A marker that is in ``existing`` in any state never gets a second draft (exactly once).
3. New drafts only for scheduled interviews that are due (``due <= now``), not skipped for good,
   not too late (``late_limit``), with at least one human recipient, and that the user has not
   already followed up by hand (a :class:`~detector.model.SentFact` to a recipient or in the
   thread after the interview started).
4. A second follow-up (one short "checking in" note, its own marker, at most one per interview)
   only after the user *sent* our thank-you (ledger state ``sent``), once
   ``second_followup_business_days`` working days have passed since that send with nothing back
   from the company (:class:`~detector.model.InboundFact` from its people, domain or thread),
   and never after a rejection, an offer or any reply. An untouched one is retracted when an
   answer arrives before the user sends it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal

from detector.extract import FREE_MAIL, VENDOR_DOMAINS
from detector.model import InboundFact, Interview, Owner, Person, SentFact
from drafts.compose import (
    ComposedDraft,
    ComposeError,
    compose,
    compose_second,
    marker_for,
    one_line,
)
from drafts.recipients import choose_recipients
from drafts.settings import DraftSettings
from drafts.timing import business_days_after, due_for

DraftState = Literal[
    "pending", "created", "retracted", "user_deleted", "user_edited", "sent", "skipped"
]
"""A draft's state as the ledger stores it."""

# The only states in which a draft is still in play; in every other state (retracted,
# user_deleted, sent, skipped, or one the ledger adds later) we never act on it again.
_LIVE_STATES = frozenset({"created", "user_edited"})


@dataclass(frozen=True)
class ExistingDraft:
    """What the ledger and the mailbox say about one draft we made (or meant to make).

    ``current_fingerprint`` is :func:`~drafts.compose.body_fingerprint` of the draft as it is in
    the mailbox now, ``None`` when it is gone (deleted, or sent). ``written_fingerprint`` is the
    fingerprint of what we last wrote.
    """

    marker: str
    interview_key: str
    draft_id: str | None
    state: DraftState
    written_fingerprint: str | None
    current_fingerprint: str | None
    due: datetime | None
    recipients: tuple[str, ...] = ()
    """The addresses the draft was written to (from the ledger); used to tell a sent draft
    from a deleted one when it disappears."""


@dataclass(frozen=True)
class DraftSpec:
    """Everything needed to write one draft to the mailbox and record it in the ledger."""

    interview_key: str
    marker: str
    to: tuple[Person, ...]
    subject: str
    raw: bytes
    thread_id: str | None
    due: datetime
    fingerprint: str
    purpose: Literal["thank-you", "second"] = "thank-you"
    """``second``: the one short second follow-up after a thank-you the user sent."""


@dataclass(frozen=True)
class CreateDraft:
    """Create a new draft (record the intent first, then create, then record the id)."""

    spec: DraftSpec


@dataclass(frozen=True)
class UpdateDraft:
    """Replace the content of an untouched draft after the interview changed."""

    draft_id: str
    spec: DraftSpec
    reason: str


@dataclass(frozen=True)
class RetractDraft:
    """Delete an untouched draft we made (interview cancelled, recipient gone)."""

    marker: str
    draft_id: str
    reason: str


@dataclass(frozen=True)
class MarkDraft:
    """Record a new ledger state for a draft without touching the mailbox.

    Used when the user acted on a draft: ``user_deleted`` (gone from the mailbox) or
    ``user_edited`` (content differs from what we wrote). Maps to ``Ledger.set_state``.
    """

    marker: str
    state: DraftState
    reason: str


@dataclass(frozen=True)
class Skip:
    """No draft for this interview (or this marker). ``final``: record it and never retry."""

    interview_key: str
    marker: str | None
    reason: str
    final: bool


@dataclass(frozen=True)
class Note:
    """Something the user should hear about; no state changes."""

    interview_key: str
    text: str


Action = CreateDraft | UpdateDraft | RetractDraft | MarkDraft | Skip | Note


def _groups(recipients: tuple[Person, ...], s: DraftSettings) -> list[tuple[Person, ...]]:
    """One group per interviewer, or everybody in one draft."""
    if s.one_draft_per_interviewer:
        return [(p,) for p in recipients]
    return [recipients]


def _dedupe(people: Sequence[Person]) -> tuple[Person, ...]:
    seen: set[str] = set()
    out: list[Person] = []
    for p in people:
        if p.email.lower() not in seen:
            seen.add(p.email.lower())
            out.append(p)
    return tuple(out)


def _written_by_hand(
    interview: Interview, recipients: tuple[Person, ...], sent: Sequence[SentFact]
) -> SentFact | None:
    """A message the user sent after the interview started, to a recipient or in its thread."""
    addresses = {p.email.lower() for p in recipients}
    thread_id = interview.thread.thread_id if interview.thread else None
    for fact in sent:
        # A message without a date cannot be placed after the interview; ignore it rather
        # than skip a thank-you on a guess.
        if fact.date is None or fact.date < interview.start:
            continue
        in_thread = thread_id is not None and fact.thread_id == thread_id
        if in_thread or addresses & {a.lower() for a in fact.to}:
            return fact
    return None


def _spec(
    interview: Interview,
    to: tuple[Person, ...],
    marker: str,
    due: datetime,
    s: DraftSettings,
    now: datetime,
) -> DraftSpec:
    d: ComposedDraft = compose(interview, to, s, now, marker)
    return DraftSpec(
        interview_key=interview.key,
        marker=marker,
        to=to,
        subject=d.subject,
        raw=d.raw,
        thread_id=d.thread_id,
        due=due,
        fingerprint=d.fingerprint,
    )


def _sent_copy(
    ex: ExistingDraft, to: tuple[Person, ...] | None, sent: Sequence[SentFact]
) -> SentFact | None:
    """The message by which the user sent this draft, if the mailbox shows one.

    Our marker as its Message-ID is proof (mutt and aerc keep it); otherwise a message to one
    of the draft's own recipients dated at or after the draft fell due (it cannot have been
    sent before it existed, and a message to another interviewer is not this draft). The
    earliest such message counts.
    """
    addresses = set(ex.recipients) or {p.email.lower() for p in to or ()}
    matches = [
        fact
        for fact in sent
        if fact.date is not None
        and (
            fact.message_id == ex.marker
            or (
                (ex.due is None or fact.date >= ex.due)
                and bool(addresses & {a.lower() for a in fact.to})
            )
        )
    ]
    return min(matches, key=lambda f: (f.date is None, f.date), default=None)


def _gone(ex: ExistingDraft, to: tuple[Person, ...] | None, sent: Sequence[SentFact]) -> Action:
    """A draft of ours that left Drafts: sent or deleted. Both are the user's decision; we
    never recreate it."""
    fact = _sent_copy(ex, to, sent)
    if fact is not None:
        return MarkDraft(ex.marker, "sent", f"draft sent by the user ({fact.source_id})")
    return MarkDraft(ex.marker, "user_deleted", "draft deleted in the mailbox")


def _look_after(
    ex: ExistingDraft,
    interview: Interview,
    to: tuple[Person, ...] | None,
    due: datetime,
    sent: Sequence[SentFact],
    s: DraftSettings,
    now: datetime,
) -> list[Action]:
    """Actions for one draft we already made; ``to`` is None when its recipients left."""
    if ex.state not in _LIVE_STATES or ex.draft_id is None:
        # A pending draft is the sync layer's to reconcile (by marker) before planning;
        # creating it again here could make a duplicate.
        return []
    if ex.state == "created" and ex.current_fingerprint is None:
        return [_gone(ex, to, sent)]
    spec: DraftSpec | None = None
    compose_problem: str | None = None
    if interview.status == "scheduled" and to is not None:
        try:
            spec = _spec(interview, to, ex.marker, due, s, now)
        except ComposeError as exc:
            compose_problem = str(exc)
    # An edited draft is the user's: never touched again. Its current fingerprint is not
    # needed (the sync layer may not even look it up); only the interview is compared.
    if ex.state == "user_edited" or ex.current_fingerprint != ex.written_fingerprint:
        actions: list[Action] = []
        if ex.state != "user_edited":
            actions.append(MarkDraft(ex.marker, "user_edited", "draft edited by the user"))
        if interview.status == "cancelled":
            what = "was cancelled"
        elif to is None:
            what = "no longer includes this recipient"
        elif spec is not None and (spec.fingerprint != ex.written_fingerprint or due != ex.due):
            what = f"moved to {interview.start.astimezone(s.zone):%a %d %b %H:%M}"
        else:
            return actions
        # Deterministic text, repeated while the condition holds: the caller records notes
        # deduplicated (Ledger.record_problem) so the user hears it once.
        actions.append(
            Note(interview.key, f"the interview {what}; your edited draft was left alone")
        )
        return actions
    # Untouched draft: ours to keep in step with the interview.
    if interview.status == "cancelled":
        if s.keep_cancelled_drafts:
            return []
        return [RetractDraft(ex.marker, ex.draft_id, "interview cancelled")]
    if to is None:
        return [RetractDraft(ex.marker, ex.draft_id, "recipient no longer on the interview")]
    if spec is None:
        return [Note(interview.key, f"could not re-render the draft: {compose_problem}")]
    if spec.fingerprint != ex.written_fingerprint or due != ex.due:
        return [UpdateDraft(ex.draft_id, spec, "interview changed")]
    return []


def _when(moment: datetime) -> str:
    """A due time as a person reads it in a skip reason: "Mon 2026-12-14 09:00 EST"."""
    return moment.strftime("%a %Y-%m-%d %H:%M %Z").strip()


def plan(
    interviews: Sequence[Interview],
    sent: Sequence[SentFact],
    existing: Mapping[str, ExistingDraft],
    skipped_keys: Set[str],
    owner: Owner,
    s: DraftSettings,
    now: datetime,
    *,
    report_pending: bool = False,
    inbound: Sequence[InboundFact] = (),
) -> list[Action]:
    """Plan one pass. Pure: the result depends only on the arguments.

    ``inbound`` is the mail that came back from other people (:attr:`Detection.inbound`):
    it decides whether a second follow-up is wanted.

    ``report_pending`` adds a non-final :class:`Skip` ("not due until ...") for interviews
    that are not due yet, for ``status``/``--dry-run`` output; by default they plan nothing,
    so that a second pass over the same inputs plans nothing at all.
    """
    actions: list[Action] = []
    domain = s.mail_domain
    for interview in distinct_keys(interviews):
        try:
            actions.extend(
                _plan_one(
                    interview, sent, existing, skipped_keys, owner, s, now, domain, report_pending
                )
            )
            actions.extend(
                _plan_second(
                    interview, sent, inbound, existing, skipped_keys, s, now, report_pending
                )
            )
        except Exception as exc:  # one bad interview must not stop the pass
            actions.append(
                Skip(interview.key, None, "could not plan: " + one_line(exc), final=False)
            )
    return actions


def distinct_keys(interviews: Sequence[Interview]) -> list[Interview]:
    """The interviews, each with a key of its own.

    Two interviews that arrive with one key (two rounds booked in one scheduling thread) would
    share draft markers and each would retract the other's drafts on every pass. Each of them
    gets its key qualified by its start instead; a key that is already unique is left as it is
    (it must stay stable across reschedules).
    """
    counts = Counter(i.key for i in interviews)
    return [
        i
        if counts[i.key] == 1
        else replace(i, key=f"{i.key}#{i.start.astimezone(UTC):%Y%m%dT%H%M}")
        for i in interviews
    ]


def _plan_one(
    interview: Interview,
    sent: Sequence[SentFact],
    existing: Mapping[str, ExistingDraft],
    skipped_keys: Set[str],
    owner: Owner,
    s: DraftSettings,
    now: datetime,
    domain: str,
    report_pending: bool,
) -> list[Action]:
    recipients = _dedupe(choose_recipients(interview, owner))
    wanted = {
        marker_for(interview.key, tuple(p.email for p in group), domain): group
        for group in _groups(recipients, s)
    }
    due = due_for(interview, s)
    actions: list[Action] = []
    second = second_marker(interview.key, domain)
    for marker, ex in sorted(existing.items()):
        if ex.interview_key == interview.key and marker != second:
            actions.extend(_look_after(ex, interview, wanted.get(marker), due, sent, s, now))

    new = {m: g for m, g in wanted.items() if m not in existing}
    if (not new and recipients) or interview.key in skipped_keys:
        return actions
    if interview.status != "scheduled":
        return actions
    if due > now:
        if report_pending:
            actions.append(Skip(interview.key, None, f"not due until {_when(due)}", final=False))
        return actions
    if now - due > s.late_limit:
        return [*actions, Skip(interview.key, None, f"too late: due {_when(due)}", True)]
    if not recipients:
        return [*actions, Skip(interview.key, None, "no human address to thank", final=True)]
    if (fact := _written_by_hand(interview, recipients, sent)) is not None:
        return [*actions, Skip(interview.key, None, f"you already wrote ({fact.subject!r})", True)]
    for marker, group in new.items():
        try:
            actions.append(CreateDraft(_spec(interview, group, marker, due, s, now)))
        except ComposeError as exc:
            actions.append(Skip(interview.key, marker, str(exc), final=False))
    return actions


# --- the second follow-up ---------------------------------------------------------------------

_ANSWER_KINDS = frozenset({"reply", "rejection", "offer"})


def second_marker(interview_key: str, domain: str) -> str:
    """The marker of an interview's one second follow-up (one per interview, whoever it is to)."""
    return marker_for(interview_key + "#second-followup", (), domain)


@dataclass(frozen=True)
class _Company:
    """What identifies mail from the interview's company: people, domains, threads, ids."""

    people: frozenset[str]
    domains: frozenset[str]
    threads: frozenset[str]
    ids: frozenset[str]
    name: str | None

    @classmethod
    def of(cls, interview: Interview, s: DraftSettings, sends: Sequence[SentFact]) -> _Company:
        people = {p.email.lower() for p in interview.interviewers}
        if interview.recruiter is not None:
            people.add(interview.recruiter.email.lower())
        threads = {f.thread_id for f in sends if f.thread_id}
        ids = {f.message_id for f in sends if f.message_id}
        if interview.thread is not None:
            people |= interview.thread.participants
            ids |= {interview.thread.message_id, *interview.thread.references}
            if interview.thread.thread_id:
                threads.add(interview.thread.thread_id)
        people.discard(s.user_email.lower())
        # The company's own domains only: a free-mail or ATS domain is shared by everyone.
        domains = {
            a.rsplit("@", 1)[1]
            for a in people
            if "@" in a and a.rsplit("@", 1)[1] not in FREE_MAIL | VENDOR_DOMAINS
        }
        domains.discard(s.mail_domain)
        return cls(
            frozenset(people),
            frozenset(domains),
            frozenset(threads),
            frozenset(ids),
            (interview.company or "").strip().lower() or None,
        )

    def wrote(self, fact: InboundFact) -> bool:
        """The message came from the company: its people, its domain, or its threads."""
        if fact.sender_email in self.people or fact.sender_domain in self.domains:
            return True
        if (fact.thread_id and fact.thread_id in self.threads) or self.ids & set(fact.references):
            return True
        # An ATS mail from a shared domain, outside the thread, that names the company
        # ("Your application to Acme") counts when it carries a verdict.
        named = self.name is not None and self.name in f"{fact.subject} {fact.sender_name}".lower()
        return named and fact.kind in ("rejection", "offer")


def _answer(
    company: _Company, interview: Interview, since: datetime, inbound: Sequence[InboundFact]
) -> InboundFact | None:
    """The first message that rules a second follow-up out: anything from the company after
    ``since`` (the send), or a reply, rejection or offer from it after the interview began."""
    for fact in inbound:
        if fact.date is None or not company.wrote(fact):
            continue
        if fact.date >= since or (fact.kind in _ANSWER_KINDS and fact.date >= interview.start):
            return fact
    return None


def _people_for(emails: Set[str], interview: Interview) -> tuple[Person, ...]:
    """Persons (with the names the detector found) for addresses, in interview order."""
    known = [*interview.interviewers, *([interview.recruiter] if interview.recruiter else [])]
    by_email = {p.email.lower(): p for p in reversed(known)}
    return tuple(by_email.get(e, Person("", e)) for e in sorted(emails))


def _plan_second(
    interview: Interview,
    sent: Sequence[SentFact],
    inbound: Sequence[InboundFact],
    existing: Mapping[str, ExistingDraft],
    skipped_keys: Set[str],
    s: DraftSettings,
    now: datetime,
    report_pending: bool,
) -> list[Action]:
    """The second follow-up of one interview: look after it, or plan it when it falls due."""
    marker = second_marker(interview.key, s.mail_domain)
    sends: list[tuple[SentFact, ExistingDraft]] = []
    for ex in existing.values():
        if ex.interview_key == interview.key and ex.state == "sent" and ex.marker != marker:
            fact = _sent_copy(ex, None, sent)
            if fact is not None and fact.date is not None:
                sends.append((fact, ex))
    company = _Company.of(interview, s, [f for f, _ in sends])
    if (mine := existing.get(marker)) is not None:
        since = min((f.date for f, _ in sends if f.date), default=interview.start)
        return _look_after_second(mine, interview, company, since, inbound, sent)
    days = s.second_followup_business_days
    if days == 0 or not sends or interview.status != "scheduled" or interview.key in skipped_keys:
        return []
    fact, ex = min(sends, key=lambda pair: (pair[0].date or now, pair[1].marker))
    assert fact.date is not None  # filtered above
    key = interview.key
    if (answer := _answer(company, interview, fact.date, inbound)) is not None:
        if report_pending:
            why = f"no second follow-up: {answer.kind} from {answer.sender_email}"
            return [Skip(key, marker, why, final=False)]
        return []
    due = business_days_after(fact.date, days, s)
    if due > now:
        if report_pending:
            return [Skip(key, marker, f"second follow-up not due until {_when(due)}", False)]
        return []
    if now - due > s.late_limit:
        return [Skip(key, marker, f"second follow-up too late: due {_when(due)}", True)]
    to = _people_for(
        {a.lower() for a in fact.to} & set(ex.recipients) or set(ex.recipients), interview
    )
    try:
        d = compose_second(interview, to, fact, s, now, marker)
    except ComposeError as exc:
        return [Skip(key, marker, f"second follow-up: {exc}", final=False)]
    spec = DraftSpec(key, marker, to, d.subject, d.raw, d.thread_id, due, d.fingerprint, "second")
    return [CreateDraft(spec)]


def _look_after_second(
    ex: ExistingDraft,
    interview: Interview,
    company: _Company,
    since: datetime,
    inbound: Sequence[InboundFact],
    sent: Sequence[SentFact],
) -> list[Action]:
    """Our second follow-up draft: never re-rendered; withdrawn (when untouched) as soon as
    the company answers, since "checking in" after an answer reads as not having read it."""
    if ex.state not in _LIVE_STATES or ex.draft_id is None:
        return []
    if ex.state == "created" and ex.current_fingerprint is None:
        return [_gone(ex, None, sent)]
    if ex.state == "user_edited" or ex.current_fingerprint != ex.written_fingerprint:
        if ex.state == "user_edited":
            return []
        return [MarkDraft(ex.marker, "user_edited", "draft edited by the user")]
    answer = _answer(company, interview, since, inbound)
    if answer is not None:
        return [RetractDraft(ex.marker, ex.draft_id, f"{answer.kind} from {answer.sender_email}")]
    return []
