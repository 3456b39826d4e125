"""One sync pass: pull what changed, detect, plan, then apply.

The pass is a function of (owner, draft settings, connectors, ledger, now) with no globals, so the
same code runs from cron on a laptop or as one queued task per mailbox on a server.

Crash safety: items and the cursor that covers them are stored in one transaction, so a crash
never skips mail. Each draft is recorded as an *intent* before it is created and confirmed after;
a pass that finds an unconfirmed intent looks for the draft by its marker (the Message-ID we
generate) before anything else, so a crash between the two never yields a second draft.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, assert_never, get_args

from detector import detect
from detector.model import Detection, Owner, SourceItem
from drafts.compose import body_fingerprint
from drafts.plan import (
    Action,
    CreateDraft,
    DraftState,
    ExistingDraft,
    MarkDraft,
    Note,
    RetractDraft,
    Skip,
    UpdateDraft,
    plan,
)
from drafts.settings import DraftSettings
from followup.ledger import DraftRow, Ledger
from integrations.base import CalendarSource, DraftStore, MailSource
from integrations.errors import DraftNotFound

log = logging.getLogger(__name__)

DEFAULT_LOOKBACK = timedelta(days=60)
"""How far back a pass keeps mail when the config says nothing (``mailbox.lookback_days``)."""

# Ledger states in which a draft of ours may still be in the mailbox and must be looked at.
_LIVE_STATES = frozenset({"pending", "created", "user_edited"})
# Ledger states the planner knows, as its own type; rows in any other state are not passed on.
_PLANNER_STATES: dict[str, DraftState] = {state: state for state in get_args(DraftState)}


@dataclass(frozen=True)
class Connectors:
    """The mailbox backends one pass talks to."""

    mail: Sequence[MailSource]
    calendars: Sequence[CalendarSource]
    drafts: DraftStore


Outcome = Literal["created", "adopted", "updated", "gone", "removed", "recorded", "noted"]
"""What carrying out one planned action did. ``adopted``: the draft was already in the mailbox
(ledger lost or a crash after the create) and was kept instead of written twice; ``gone``: the
draft to update had been sent or deleted by the user since the pass looked, so it was left so."""


@dataclass(frozen=True)
class Applied:
    """A planned action and what carrying it out actually did."""

    action: Action
    outcome: Outcome


@dataclass
class SyncReport:
    """What one pass saw and did, for the CLI to print."""

    dry_run: bool
    new_items: int = 0
    detection: Detection = field(default_factory=Detection)
    actions: list[Action] = field(default_factory=list)
    applied: list[Applied] = field(default_factory=list)
    """Each action of a real pass with its outcome, which need not be the planned one."""
    done: list[str] = field(default_factory=list)
    """One line per side effect, in the order they happened."""
    problems: list[str] = field(default_factory=list)
    cost: dict[str, int] = field(default_factory=dict)


def run_pass(
    owner: Owner,
    settings: DraftSettings,
    connectors: Connectors,
    ledger: Ledger,
    now: datetime,
    *,
    dry_run: bool = False,
    lookback: timedelta = DEFAULT_LOOKBACK,
) -> SyncReport:
    """Run one pass. With ``dry_run`` nothing is written: not the ledger, not the mailbox.

    Items received more than ``lookback`` before ``now`` are neither stored nor kept: mail that
    old cannot need a draft any more, and forgetting it keeps every pass as cheap as the first.
    """
    report = SyncReport(dry_run=dry_run)
    cutoff = now - lookback
    pending = _pull(connectors, ledger, now, cutoff, report, dry_run)
    if not dry_run:
        ledger.forget_items_received_before(cutoff)
    items = ledger.items()
    if pending:
        # Dry run: the new items were not stored, so detect over the stored ones plus these.
        by_id = {item.id: item for item in items}
        by_id.update({item.id: item for item in pending})
        items = list(by_id.values())
    detection = detect(items, owner, now)
    report.detection = detection
    if not dry_run:
        ledger.save_interviews(detection.interviews, now)
        for problem in detection.problems:
            ledger.record_problem(problem.source_id, problem.reason, now)
    report.problems.extend(f"{p.source_id}: {p.reason}" for p in detection.problems)

    existing = _existing_drafts(ledger, connectors.drafts, now, report, dry_run)
    skipped = {row.interview_key for row in ledger.skips()}
    report.actions = plan(
        detection.interviews,
        detection.sent,
        existing,
        skipped,
        owner,
        settings,
        now,
        report_pending=dry_run,  # a preview also says when the next drafts fall due
        inbound=detection.inbound,
    )
    if not dry_run:
        for action in report.actions:
            outcome = _apply(action, connectors.drafts, ledger, now, report)
            report.applied.append(Applied(action, outcome))
    return report


def _pull(
    connectors: Connectors,
    ledger: Ledger,
    now: datetime,
    cutoff: datetime,
    report: SyncReport,
    dry_run: bool,
) -> list[SourceItem]:
    """Fetch changes from every source; store them with their cursor unless ``dry_run``."""
    held: list[SourceItem] = []
    for source in [*connectors.mail, *connectors.calendars]:
        changes = source.changes(ledger.get_cursor(source.name))
        recent = [i for i in changes.items if i.received is None or i.received >= cutoff]
        if changes.full_resync_reason:
            log.warning("%s: full resync: %s", source.name, changes.full_resync_reason)
        for key, value in changes.cost.items():
            report.cost[key] = report.cost.get(key, 0) + value
        report.problems.extend(f"{source.name}: {line}" for line in changes.problems)
        if dry_run:
            held.extend(recent)
            report.new_items += len(recent)
            continue
        for line in changes.problems:
            ledger.record_problem(source.name, line, now)
        if changes.removed:
            ledger.remove_items(changes.removed)
        stored = ledger.put_items(recent, cursor=(source.name, changes.cursor))
        report.new_items += stored
        if stored:
            log.info("%s: stored %d new or changed items", source.name, stored)
    return held


def _existing_drafts(
    ledger: Ledger,
    store: DraftStore,
    now: datetime,
    report: SyncReport,
    dry_run: bool,
) -> dict[str, ExistingDraft]:
    """What the ledger knows of our drafts, checked against the mailbox as it is now."""
    existing: dict[str, ExistingDraft] = {}
    for row in ledger.drafts():
        if row.state not in _PLANNER_STATES:
            continue  # e.g. "abandoned": an intent that never became a draft; plan it afresh
        current: str | None = None
        draft_id = row.draft_id
        if row.state in _LIVE_STATES:
            stored = store.get(draft_id) if draft_id else store.find(row.marker)
            if stored is None and draft_id and row.state == "pending":
                # Intent recorded but the create never confirmed: the draft may exist anyway
                # (when there was no draft id, the lookup above already searched by marker).
                stored = store.find(row.marker)
            if stored is not None:
                current = body_fingerprint(stored.raw)
                if row.state == "pending" and not dry_run:
                    ledger.record_created(row.marker, stored.draft_id, now)
                    report.done.append(f"confirmed draft {row.marker} found in the mailbox")
                draft_id = stored.draft_id
            elif row.state == "pending":
                # Never created: forget the intent so the planner creates it again.
                if not dry_run:
                    ledger.set_state(row.marker, "abandoned", "create never happened", now)
                continue
        existing[row.marker] = _as_existing(row, draft_id, current)
    return existing


def _as_existing(row: DraftRow, draft_id: str | None, current: str | None) -> ExistingDraft:
    state = "created" if row.state == "pending" else _PLANNER_STATES[row.state]
    return ExistingDraft(
        marker=row.marker,
        interview_key=row.interview_key,
        draft_id=draft_id,
        state=state,
        written_fingerprint=row.content_hash,
        current_fingerprint=current,
        due=row.due,
        recipients=row.recipients,
    )


def _apply(
    action: Action, store: DraftStore, ledger: Ledger, now: datetime, report: SyncReport
) -> Outcome:
    """Carry out one planned action, recording it in the ledger before and after."""
    if isinstance(action, CreateDraft):
        spec = action.spec
        recipients = tuple(p.email for p in spec.to)
        ledger.record_intent(
            spec.marker,
            spec.interview_key,
            recipients,
            spec.due,
            spec.fingerprint,
            spec.thread_id,
            now,
        )
        # The marker may already be in the mailbox when the ledger was lost or rebuilt: adopt
        # that draft instead of writing a second one.
        found = store.find(spec.marker)
        if found is not None:
            ledger.record_created(spec.marker, found.draft_id, now)
            report.done.append(f"found existing draft {found.draft_id} for {spec.interview_key}")
            return "adopted"
        draft_id = store.create(spec.raw, spec.thread_id)
        ledger.record_created(spec.marker, draft_id, now)
        line = f"created draft {draft_id} for {spec.interview_key} ({len(recipients)} recipient(s))"
        log.info(line)
        report.done.append(line)
        return "created"
    if isinstance(action, UpdateDraft):
        spec = action.spec
        try:
            draft_id = store.update(action.draft_id, spec.raw, spec.thread_id)
        except DraftNotFound:
            # Deleted or sent by the user since we looked: theirs now, never brought back.
            ledger.set_state(spec.marker, "user_deleted", "gone before it could be updated", now)
            return "gone"
        ledger.record_updated(spec.marker, draft_id, spec.fingerprint, spec.due, now)
        line = f"updated draft {draft_id} for {spec.interview_key}"
        log.info(line)
        report.done.append(line)
        return "updated"
    if isinstance(action, RetractDraft):
        if action.draft_id:
            store.delete(action.draft_id)
        ledger.set_state(action.marker, "retracted", action.reason, now)
        line = f"removed draft {action.draft_id}: {action.reason}"
        log.info(line)
        report.done.append(line)
        return "removed"
    if isinstance(action, Skip):
        if not action.final:
            return "noted"  # asked again on the next pass
        ledger.record_skip(action.interview_key, action.reason, now)
        log.info("skipped %s: %s", action.interview_key, action.reason)
        return "recorded"
    if isinstance(action, MarkDraft):
        ledger.set_state(action.marker, action.state, action.reason, now)
        line = f"noted draft {action.marker}: {action.reason}"
        log.info(line)
        report.done.append(line)
        return "recorded"
    if isinstance(action, Note):
        # Repeated every pass while it holds; the ledger keeps it once.
        ledger.record_problem(action.interview_key, action.text, now)
        return "noted"
    assert_never(action)
