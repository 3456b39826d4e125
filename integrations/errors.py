"""Errors raised by the connectors in :mod:`integrations`.

They derive from :class:`Exception`, not from ``followup.errors.FollowupError``: the import rule
forbids ``integrations`` to import ``followup``. The CLI's error boundary maps them onto the
product's error tree (``SourceUnavailable`` -> ``SourceError``, exit code 5).
"""

from __future__ import annotations


class SourceUnavailable(Exception):
    """A mailbox or calendar folder cannot be reached at all (missing, not a Maildir).

    The message is one line that names the path and what was expected there. A single unreadable
    item is *not* this error: it becomes a line in :attr:`integrations.base.Changes.problems`.
    """


class DraftNotFound(Exception):
    """:meth:`~integrations.base.DraftStore.update` was given a draft that no longer exists.

    The user deleted or sent it; the caller should treat the draft as gone rather than write a
    new one behind the user's back.
    """


class ReauthRequired(Exception):
    """The Google refresh token no longer works (``invalid_grant``: expired or revoked).

    The message says what to do (run ``followup auth`` again) and why a token made by an OAuth
    client in "Testing" status dies after 7 days. The CLI maps it to the authentication exit code.
    """
