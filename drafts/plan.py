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
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from detector.model import Interview, Owner, Person, SentFact
from drafts.compose import ComposedDraft, ComposeError, compose, marker_for, one_line
from drafts.recipients import choose_recipients
from drafts.settings import DraftSettings
from drafts.timing import due_for

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
        # Gone from Drafts: either sent (a matching SentFact says so) or deleted. Both are
        # the user's decision; we never recreate it.
        if _written_by_hand(interview, to or (), sent) is not None:
            return [MarkDraft(ex.marker, "sent", "draft sent by the user")]
        return [MarkDraft(ex.marker, "user_deleted", "draft deleted in the mailbox")]
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
) -> list[Action]:
    """Plan one pass. Pure: the result depends only on the arguments.

    ``report_pending`` adds a non-final :class:`Skip` ("not due until ...") for interviews
    that are not due yet, for ``status``/``--dry-run`` output; by default they plan nothing,
    so that a second pass over the same inputs plans nothing at all.
    """
    actions: list[Action] = []
    domain = s.mail_domain
    for interview in interviews:
        try:
            actions.extend(
                _plan_one(
                    interview, sent, existing, skipped_keys, owner, s, now, domain, report_pending
                )
            )
        except Exception as exc:  # one bad interview must not stop the pass
            actions.append(
                Skip(interview.key, None, "could not plan: " + one_line(exc), final=False)
            )
    return actions


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
    for marker, ex in sorted(existing.items()):
        if ex.interview_key == interview.key:
            actions.extend(_look_after(ex, interview, wanted.get(marker), due, sent, s, now))

    new = {m: g for m, g in wanted.items() if m not in existing}
    if (not new and recipients) or interview.key in skipped_keys:
        return actions
    if interview.status != "scheduled":
        return actions
    if due > now:
        if report_pending:
            actions.append(
                Skip(interview.key, None, f"not due until {due.isoformat()}", final=False)
            )
        return actions
    if now - due > s.late_limit:
        return [*actions, Skip(interview.key, None, f"too late: due {due.isoformat()}", True)]
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
