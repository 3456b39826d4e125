"""``followup demo``: the real sync, run on a copy of the shipped demo mailbox.

The copy goes to a new temporary folder (or ``--keep DIR``) so the repository stays clean, and the
clock is fixed so the result is the same every day. The demo then runs a second pass to show that
nothing is drafted twice, and prints the drafts it left in the Maildir ``Drafts`` folder.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

import click

from followup.errors import SourceError

DEMO_NOW = "2026-12-09T17:00:00-05:00"
"""The demo's fixed clock: Wednesday evening, after three interviews and before the fourth."""


def default_demo_source() -> Path:
    """``examples/demo`` of the checkout this package runs from."""
    return Path(__file__).resolve().parents[1] / "examples" / "demo"


def run_demo(source: Path | None, keep: Path | None) -> None:
    """Copy the demo, sync it twice with the fixed clock, show the drafts and where they are."""
    from followup.report import print_sync_report, render_draft_text
    from followup.runner import load_config, run_configured_pass

    origin = source or default_demo_source()
    if not (origin / "config.yaml").is_file():
        raise SourceError(
            f"demo mailbox not found at {origin}",
            hint="Run from a checkout of the repository (pip install -e .), or pass --source.",
        )
    target = keep if keep is not None else Path(tempfile.mkdtemp(prefix="followup-demo-"))
    workdir = target / "demo"
    if workdir.exists():
        raise SourceError(f"{workdir} already exists", hint="Pass an empty folder to --keep.")
    shutil.copytree(origin, workdir, ignore=shutil.ignore_patterns("*.py", "__pycache__", "state"))
    config_path = workdir / "config.yaml"
    settings = load_config(config_path)
    now = datetime.fromisoformat(DEMO_NOW)

    click.echo(f"Demo mailbox copied to {workdir}")
    click.echo(f"$ followup sync --config {config_path} --now {DEMO_NOW}")
    print_sync_report(run_configured_pass(settings, now, dry_run=False), settings.user.timezone)
    click.echo("")
    click.echo("Second pass with nothing new (must create nothing):")
    print_sync_report(run_configured_pass(settings, now, dry_run=False), settings.user.timezone)

    drafts_dir = settings.mailbox.maildir.drafts
    assert drafts_dir is not None
    files = sorted(p for p in drafts_dir.glob("cur/*") if p.is_file())
    click.echo("")
    click.echo(f"{len(files)} draft(s) in {drafts_dir} (Maildir, flag D):")
    for path in files:
        click.echo("")
        click.echo(f"=== {path.name}")
        click.echo(render_draft_text(path.read_bytes()))
    click.echo("")
    click.echo(f"Try: followup status --config {config_path} --now {DEMO_NOW}")
