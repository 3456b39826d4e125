"""The ``followup`` command line. One error boundary: :func:`main`.

Exit codes are those of :mod:`followup.errors` (0 ok, 1 bug, 2 usage, 3 config, 4 auth,
5 mailbox/API, 6 ledger).

Each command imports what it needs inside its body: `followup detect` is run once per folder by
scripts and the scorer, and should not pay for pydantic, SQLite and the connectors it never uses
(0.3 s instead of 0.7 s per call).
"""

from __future__ import annotations

import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from followup.errors import ConfigError, FollowupError

CONFIG_HELP = "Config file (default: $FOLLOWUP_CONFIG, then $XDG_CONFIG_HOME/interview-followup/)."


@click.group()
@click.version_option(package_name="interview-followup")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Find job interviews in your mail and calendar; draft the thank-you notes.

    It never sends mail: drafts wait in your Drafts folder for you to review and send.
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def _now_option(value: str | None, zone: str) -> datetime:
    """``--now`` as an aware datetime; a time without offset is read in the user's zone."""
    if value is None:
        return datetime.now(ZoneInfo(zone))
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 time: {value!r}", param_hint="--now") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(zone))


@cli.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path), help=CONFIG_HELP)
@click.option("--dry-run", is_flag=True, help="Plan only: change nothing, print what would happen.")
@click.option(
    "--now", "now_text", metavar="ISO", help="Pretend it is this time (for tests, demos)."
)
def sync(config_path: Path | None, dry_run: bool, now_text: str | None) -> None:
    """Run one sync pass: read new mail and invites, create the drafts that are due."""
    from followup.report import print_sync_report
    from followup.runner import load_config, run_configured_pass

    settings = load_config(config_path)
    now = _now_option(now_text, settings.user.timezone)
    report = run_configured_pass(settings, now, dry_run=dry_run)
    print_sync_report(report, settings.user.timezone)


@cli.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path), help=CONFIG_HELP)
@click.option("--now", "now_text", metavar="ISO", help="Pretend it is this time.")
def preview(config_path: Path | None, now_text: str | None) -> None:
    """Show exactly what the next pass would draft, and why (changes nothing)."""
    from followup.report import print_preview
    from followup.runner import load_config, run_configured_pass

    settings = load_config(config_path)
    now = _now_option(now_text, settings.user.timezone)
    report = run_configured_pass(settings, now, dry_run=True)
    print_preview(report, settings.user.timezone)


@cli.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path), help=CONFIG_HELP)
@click.option("--now", "now_text", metavar="ISO", help="Pretend it is this time.")
def status(config_path: Path | None, now_text: str | None) -> None:
    """List the interviews found so far, their state, and when each draft is or was due."""
    from followup.app import draft_settings_from
    from followup.report import print_status
    from followup.runner import load_config, open_ledger

    settings = load_config(config_path)
    if not settings.ledger_path.exists():  # looking must not create an empty ledger
        click.echo("No interviews found yet. Run `followup sync`.")
        return
    draft_settings = draft_settings_from(settings)
    with open_ledger(settings.ledger_path) as ledger:
        print_status(ledger, draft_settings, _now_option(now_text, settings.user.timezone))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--user", "users", multiple=True, help="The mailbox owner's address (repeatable).")
@click.option("--explain", is_flag=True, help="Print the evidence behind each decision.")
def detect(paths: tuple[Path, ...], users: tuple[str, ...], explain: bool) -> None:
    """Print one JSON line per interview found in each mailbox folder PATH.

    A folder holds .eml, .ics and .gcal.json files, read in name order as arrival order.
    """
    from followup.detect_cmd import run_detect

    run_detect(list(paths), list(users), explain)


@cli.command()
@click.option(
    "--source",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Copy this demo folder instead of building the shipped demo mailbox.",
)
@click.option(
    "--keep",
    type=click.Path(path_type=Path),
    help="Copy the demo here instead of a new temporary folder.",
)
def demo(source: Path | None, keep: Path | None) -> None:
    """Run the real sync on a copy of the shipped demo mailbox, with a fixed clock."""
    from followup.demo import run_demo

    run_demo(source, keep)


@cli.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path), help=CONFIG_HELP)
def init(config_path: Path | None) -> None:
    """Write a commented example config to fill in (never overwrites a file)."""
    from config import find_config_path
    from config.example import example_yaml

    path = config_path or find_config_path(None, os.environ)
    if path.exists():
        raise ConfigError(
            f"{path} already exists; not overwriting it",
            hint="Edit it, or pass --config with another path.",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(example_yaml(), encoding="utf-8")
    click.echo(
        f"Wrote {path}. Fill in the values marked REQUIRED, then run `followup sync --dry-run`."
    )


@cli.command()
@click.option("--config", "config_path", type=click.Path(path_type=Path), help=CONFIG_HELP)
@click.option("--no-browser", is_flag=True, help="Headless: print a URL, paste back the answer.")
def auth(config_path: Path | None, no_browser: bool) -> None:
    """Sign in to Google (Gmail + Calendar) and store the token (mode 0600)."""
    from followup.auth_cmd import run_auth
    from followup.runner import load_config

    settings = load_config(config_path)
    google = settings.google
    if google.client_secrets_file is None:
        raise ConfigError("google.client_secrets_file: required for `followup auth`")
    run_auth(google.client_secrets_file, google.token_file, no_browser, google.api_endpoint)


def main() -> None:
    """Entry point: run the CLI inside the single error boundary."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except FollowupError as exc:
        click.echo(f"error: {exc}", err=True)
        if exc.hint:
            click.echo(f"hint: {exc.hint}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
