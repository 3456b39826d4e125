"""The ``followup`` command line. One error boundary: :func:`main`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from followup.errors import FollowupError


@click.group()
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Find job interviews in your mail and calendar; draft the thank-you notes."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--user", "users", multiple=True, help="The mailbox owner's address (repeatable).")
@click.option("--explain", is_flag=True, help="Print the evidence behind each decision.")
def detect(paths: tuple[Path, ...], users: tuple[str, ...], explain: bool) -> None:
    """Print one JSON line per interview found in each mailbox folder PATH."""
    from followup.detect_cmd import run_detect

    run_detect(list(paths), list(users), explain)


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
