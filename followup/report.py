"""What the CLI prints: sync summaries, the preview of planned drafts, and the status table.

Printing lives here so that :mod:`followup.sync` stays free of output and the formats are in one
place. Addresses and bodies are printed only where the user asked to see them (``preview``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import click

from detector.model import Interview
from drafts.plan import (
    Action,
    CreateDraft,
    MarkDraft,
    Note,
    RetractDraft,
    Skip,
    UpdateDraft,
    second_marker,
)
from drafts.settings import DraftSettings
from drafts.timing import ASSUMED_LENGTH, due_time
from followup.ledger import DraftRow, Ledger
from followup.sync import Outcome, SyncReport


def _local(dt: datetime | None, zone: str) -> str:
    if dt is None:
        return "-"
    return dt.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M")


def _label(interview: Interview) -> str:
    company = interview.company or "unknown company"
    return f"{company} - {interview.role}" if interview.role else company


def print_sync_report(report: SyncReport, zone: str) -> None:
    """One summary of a pass: what was read, what was found, and what was done.

    A real pass prints what each action's outcome was, not what was planned: a draft planned
    for creation may turn out to be in the mailbox already, one planned for an update may have
    been sent by the user a moment before. A dry run prints the plan, each line with "would".
    """
    interviews = report.detection.interviews
    scheduled = sum(1 for i in interviews if i.status == "scheduled")
    prefix = "[dry run] " if report.dry_run else ""
    click.echo(
        f"{prefix}Read {report.new_items} new or changed item(s); "
        f"{len(interviews)} interview(s) known ({scheduled} scheduled, "
        f"{len(interviews) - scheduled} cancelled)."
    )
    by_key = {i.key: i for i in interviews}
    done: list[tuple[Action, Outcome | None]]
    if report.dry_run:
        done = [(action, None) for action in report.actions]
    else:
        done = [(a.action, a.outcome) for a in report.applied]
    for action, outcome in done:
        line = _describe(action, outcome, by_key, zone)
        if line:
            click.echo(f"  {line}")
    changed: set[Outcome] = {"created", "updated", "removed"}
    if not report.dry_run and not any(a.outcome in changed for a in report.applied):
        click.echo("  No drafts created, updated or removed.")
    for problem in report.problems:
        click.echo(f"  warning: {problem}", err=True)
    if report.cost:
        spent = ", ".join(f"{k} {v}" for k, v in sorted(report.cost.items()))
        click.echo(f"  API cost: {spent}")


_DONE: dict[Outcome, str] = {
    "created": "created {kind} to {names} ({label}), due {due}",
    "adopted": "kept the {kind} to {names} ({label}) already in your mailbox",
    "updated": "updated {kind} to {names} ({label}), due {due}",
    "gone": "left alone: the {kind} to {names} ({label}) was sent or deleted meanwhile",
}
_PLANNED: dict[type[Action], str] = {
    CreateDraft: "would create {kind} to {names} ({label}), due {due}",
    UpdateDraft: "would update {kind} to {names} ({label}), due {due}",
}


def _describe(
    action: Action, outcome: Outcome | None, by_key: dict[str, Interview], zone: str
) -> str:
    """One line for one action: what it did (``outcome``) or, in a dry run, what it would do."""
    if isinstance(action, CreateDraft | UpdateDraft):
        spec = action.spec
        interview = by_key.get(spec.interview_key)
        template = _PLANNED[type(action)] if outcome is None else _DONE[outcome]
        return template.format(
            kind="second follow-up draft" if spec.purpose == "second" else "draft",
            names=", ".join(p.name or p.email for p in spec.to),
            label=_label(interview) if interview else spec.interview_key,
            due=_local(spec.due, zone),
        )
    if isinstance(action, RetractDraft):
        return f"{'would remove' if outcome is None else 'removed'} draft: {action.reason}"
    if isinstance(action, Skip):
        interview = by_key.get(action.interview_key)
        label = _label(interview) if interview else action.interview_key
        return f"no draft for {label}: {action.reason}"
    if isinstance(action, MarkDraft):
        return f"left your draft alone: {action.reason}"
    if isinstance(action, Note):
        return f"note: {action.text}"
    return ""


def print_preview(report: SyncReport, zone: str) -> None:
    """Every draft the next pass would write, in full, with the reason for every skip."""
    print_sync_report(report, zone)
    for action in report.actions:
        if not isinstance(action, CreateDraft | UpdateDraft):
            continue
        click.echo("")
        click.echo("-" * 72)
        click.echo(render_draft_text(action.spec.raw))
    interviews = report.detection.interviews
    if interviews:
        click.echo("")
        click.echo("Why these are interviews:")
        for interview in interviews:
            click.echo(
                f"  {_label(interview)} ({interview.status}, {_local(interview.start, zone)})"
            )
            for line in interview.evidence[:6]:
                click.echo(f"    - {line}")


def render_draft_text(raw: bytes) -> str:
    """A draft as a person reads it: the main headers, then the plain-text body."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    lines = [
        f"{name}: {msg[name]}" for name in ("From", "To", "Subject", "In-Reply-To") if msg[name]
    ]
    body = msg.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    return "\n".join(lines) + "\n\n" + str(text).rstrip()


def print_status(ledger: Ledger, settings: DraftSettings, now: datetime) -> None:
    """The interviews in the ledger, their state, and when each draft is or was due."""
    rows = ledger.interviews()
    if not rows:
        click.echo("No interviews found yet. Run `followup sync`.")
        return
    zone = settings.timezone
    for row in rows:
        label = f"{row.company or 'unknown company'}" + (f" - {row.role}" if row.role else "")
        click.echo(f"{_local(row.start, zone)}  {row.status:<9}  {label}")
        drafts = ledger.drafts(row.key)
        skips = ledger.skips(row.key)
        second = second_marker(row.key, settings.mail_domain)
        for line in _draft_lines(drafts, zone, second):
            click.echo(f"    {line}")
        for skip in skips:
            click.echo(f"    no draft: {skip.reason}")
        if row.status == "scheduled" and not drafts and not skips:
            end = row.end or row.start + ASSUMED_LENGTH
            due = due_time(end, settings)
            when = "due since" if due <= now else "draft due"
            click.echo(f"    {when} {_local(due, zone)}")
        elif row.status == "cancelled" and not drafts:
            click.echo("    no draft: the interview was cancelled")


def _draft_lines(drafts: Iterable[DraftRow], zone: str, second: str) -> list[str]:
    """One line per draft; ``second`` is the marker of the interview's second follow-up."""
    return [
        f"{'second follow-up' if d.marker == second else 'draft'} to {', '.join(d.recipients)}: "
        f"{d.state}, due {_local(d.due, zone)}" + (f" ({d.reason})" if d.reason else "")
        for d in drafts
    ]
