"""Config in, pass out: the glue the CLI commands (and the demo) share.

Maps the lower layers' own exceptions (config, ledger, connectors) to the CLI's error tree, so
each command is a few lines and every failure prints one clear message.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from config import ConfigInvalid, find_config_path, load_settings
from config.models import Settings
from followup.app import connectors_from, draft_settings_from, owner_from
from followup.errors import AuthError, ConfigError, LedgerError, SourceError
from followup.ledger import LedgerUnavailable, SqliteLedger
from followup.sync import SyncReport, run_pass
from integrations.errors import ReauthRequired, SourceUnavailable


def load_config(config_path: Path | None) -> Settings:
    """The validated settings, or a :class:`ConfigError` listing every problem."""
    path = find_config_path(config_path, os.environ)
    try:
        return load_settings(path)
    except ConfigInvalid as exc:
        lines = "\n".join(f"  {problem}" for problem in exc.problems)
        raise ConfigError(f"{path}: {len(exc.problems)} problem(s):\n{lines}") from None


@contextmanager
def open_ledger(path: Path) -> Iterator[SqliteLedger]:
    """The ledger at ``path``, closed afterwards; a :class:`LedgerError` when it is unusable."""
    try:
        ledger = SqliteLedger.open(path)
    except LedgerUnavailable as exc:
        raise LedgerError(str(exc)) from None
    try:
        yield ledger
    finally:
        ledger.close()


def run_configured_pass(settings: Settings, now: datetime, *, dry_run: bool) -> SyncReport:
    """One sync pass with the connectors and ledger the settings name."""
    ledger_path = settings.ledger_path
    try:
        connectors = connectors_from(settings, now)
        with ExitStack() as stack:
            if dry_run and not ledger_path.exists():
                # A dry run leaves no trace, not even a new empty ledger: plan on a scratch one.
                scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="followup-"))
                ledger_path = Path(scratch) / "ledger.sqlite3"
            ledger = stack.enter_context(open_ledger(ledger_path))
            return run_pass(
                owner_from(settings),
                draft_settings_from(settings),
                connectors,
                ledger,
                now,
                dry_run=dry_run,
                lookback=timedelta(days=settings.mailbox.lookback_days),
            )
    except SourceUnavailable as exc:
        raise SourceError(str(exc)) from None
    except ReauthRequired as exc:
        raise AuthError(str(exc)) from None
    except LedgerUnavailable as exc:  # e.g. locked mid-pass by a second sync
        raise LedgerError(str(exc)) from None
