"""Gmail + Google Calendar connectors from the config (``mailbox.provider: gmail``).

Kept apart from :mod:`followup.app` so that a Maildir user never imports the Google client
libraries (they take a noticeable part of a second to load).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from config.models import Settings
from followup.sync import Connectors
from integrations.gcal import GoogleCalendarSource
from integrations.gmail import GmailMailbox
from integrations.google_auth import load_credentials


def google_connectors(settings: Settings, now: Callable[[], datetime]) -> Connectors:
    """One Gmail mailbox (mail source and draft store) and the configured calendars."""
    google = settings.google
    credentials = load_credentials(google.token_file, token_uri=google.token_uri)
    mailbox = GmailMailbox(
        credentials,
        api_endpoint=google.api_endpoint,
        query=google.query,
        lookback_days=settings.mailbox.lookback_days,
        now=now,
    )
    calendar = GoogleCalendarSource(
        credentials,
        calendar_ids=tuple(google.calendar_ids),
        api_endpoint=google.api_endpoint,
        lookback_days=settings.mailbox.lookback_days,
        now=now,
    )
    return Connectors(mail=[mailbox], calendars=[calendar], drafts=mailbox)
