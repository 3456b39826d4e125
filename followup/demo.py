"""``followup demo``: the real sync, run on a freshly built copy of the demo mailbox.

The mailbox is built by :mod:`followup.demo_mailbox` (the same files as ``examples/demo/``) in a
new temporary folder, or in ``--keep DIR``, so the repository stays clean and any install works.
The clock is fixed so the result is the same every day. The demo then runs a second pass to show
that nothing is drafted twice, and prints the drafts it left in the Maildir ``Drafts`` folder.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

import click

from followup.demo_mailbox import build
from followup.errors import SourceError
from followup.report import print_sync_report, render_draft_text
from followup.runner import load_config, run_configured_pass

DEMO_NOW = "2026-12-09T17:00:00-05:00"
"""The demo's fixed clock: Wednesday evening, after four interviews and before the fifth."""


def run_demo(source: Path | None, keep: Path | None) -> None:
    """Build (or copy ``source``), sync twice with the fixed clock, show the drafts."""
    target = keep if keep is not None else Path(tempfile.mkdtemp(prefix="followup-demo-"))
    workdir = target / "demo"
    if workdir.exists():
        raise SourceError(f"{workdir} already exists", hint="Pass an empty folder to --keep.")
    if source is None:
        build(workdir)
    elif (source / "config.yaml").is_file():
        shutil.copytree(source, workdir, ignore=shutil.ignore_patterns("state", "Drafts"))
    else:
        raise SourceError(f"{source}: no config.yaml, not a demo folder")
    config_path = workdir / "config.yaml"
    settings = load_config(config_path)
    now = datetime.fromisoformat(DEMO_NOW)

    click.echo(f"Demo mailbox written to {workdir}")
    click.echo(f"$ followup sync --config {config_path} --now {DEMO_NOW}")
    print_sync_report(run_configured_pass(settings, now, dry_run=False), settings.user.timezone)
    click.echo("")
    click.echo("Second pass with nothing new (must create nothing):")
    print_sync_report(run_configured_pass(settings, now, dry_run=False), settings.user.timezone)

    drafts_dir = settings.mailbox.maildir.drafts
    assert drafts_dir is not None  # filled in by the config's validators
    files = sorted(p for p in drafts_dir.glob("cur/*") if p.is_file())
    click.echo("")
    click.echo(f"{len(files)} draft(s) in {drafts_dir} (Maildir, flag D):")
    for path in files:
        click.echo("")
        click.echo(f"=== {path.name}")
        click.echo(render_draft_text(path.read_bytes()))
    click.echo("")
    click.echo(f"Try: followup status --config {config_path} --now {DEMO_NOW}")
