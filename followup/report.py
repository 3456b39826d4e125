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
from drafts.plan import Action, CreateDraft, MarkDraft, Note, RetractDraft, Skip, UpdateDraft
from drafts.settings import DraftSettings
from drafts.timing import ASSUMED_LENGTH, due_time
from followup.ledger import DraftRow, Ledger
from followup.sync import SyncReport


def _local(dt: datetime | None, zone: str) -> str:
    if dt is None:
        return "-"
    return dt.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M")


def _label(interview: Interview) -> str:
    company = interview.company or "unknown company"
    return f"{company} - {interview.role}" if interview.role else company


def print_sync_report(report: SyncReport, zone: str) -> None:
    """One summary of a pass: what was read, what was found, what was done."""
    interviews = report.detection.interviews
    scheduled = sum(1 for i in interviews if i.status == "scheduled")
    prefix = "[dry run] " if report.dry_run else ""
    click.echo(
        f"{prefix}Read {report.new_items} new or changed item(s); "
        f"{len(interviews)} interview(s) known ({scheduled} scheduled, "
        f"{len(interviews) - scheduled} cancelled)."
    )
    by_key = {i.key: i for i in interviews}
    for action in report.actions:
        line = _describe(action, by_key, zone, report.dry_run)
        if line:
            click.echo(f"  {line}")
    changes = (CreateDraft, UpdateDraft, RetractDraft)
    if not report.dry_run and not any(isinstance(a, changes) for a in report.actions):
        click.echo("  No drafts to create, update or remove.")
    for problem in report.problems:
        click.echo(f"  warning: {problem}", err=True)
    if report.cost:
        spent = ", ".join(f"{k} {v}" for k, v in sorted(report.cost.items()))
        click.echo(f"  API cost: {spent}")


def _describe(action: Action, by_key: dict[str, Interview], zone: str, dry: bool) -> str:
    verb = "would " if dry else ""
    if isinstance(action, CreateDraft | UpdateDraft):
        spec = action.spec
        what = "create" if isinstance(action, CreateDraft) else "update"
        names = ", ".join(p.name or p.email for p in spec.to)
        interview = by_key.get(spec.interview_key)
        label = _label(interview) if interview else spec.interview_key
        done = f"{what}d" if not dry else what
        kind = "second follow-up draft" if spec.purpose == "second" else "draft"
        return f"{verb}{done} {kind} to {names} ({label}), due {_local(spec.due, zone)}"
    if isinstance(action, RetractDraft):
        return f"{verb}{'remove' if dry else 'removed'} draft: {action.reason}"
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
        for line in _draft_lines(drafts, zone):
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


def _draft_lines(drafts: Iterable[DraftRow], zone: str) -> list[str]:
    return [
        f"draft to {', '.join(d.recipients)}: {d.state}, due {_local(d.due, zone)}"
        + (f" ({d.reason})" if d.reason else "")
        for d in drafts
    ]
