"""One error tree for the whole product; each class carries its exit code and a next step.

The CLI has one error boundary (:func:`followup.cli.main`) that prints ``error: <message>`` and,
when there is one, ``hint: <what to do>``, then exits with the class's code. Nothing below the
CLI prints tracebacks for these.

Exit codes (also in the README):

==  ==========================================================
0   success
1   unexpected internal error (a bug: please report it)
2   usage error (bad command-line arguments; click's own code)
3   configuration error (missing or invalid config file)
4   authentication error (token missing, expired or revoked)
5   mailbox or calendar unreachable, or the remote API refused
6   ledger error (database locked, corrupt or unwritable)
==  ==========================================================
"""

from __future__ import annotations


class FollowupError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code: int = 1
    hint: str = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class ConfigError(FollowupError):
    exit_code = 3
    hint = "Fix the listed keys, or run `followup init` to write a commented example config."


class AuthError(FollowupError):
    exit_code = 4
    hint = "Run `followup auth` to sign in again."


class SourceError(FollowupError):
    exit_code = 5
    hint = "Check the mailbox paths or the network, then run the sync again; nothing was lost."


class LedgerError(FollowupError):
    exit_code = 6
    hint = "Check that the ledger file is writable and not used by another running sync."
