"""Google Calendar as a :class:`CalendarSource`: ``events.list`` with a syncToken per calendar.

The first read of a calendar is bounded by ``timeMin`` (now - lookback); later reads pass only
the ``syncToken`` (Google refuses ``timeMin`` with it) and so return any changed event,
cancellations included. Events are handed on as their JSON; the detector parses them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from google.auth.credentials import Credentials
from googleapiclient.errors import HttpError

from detector.model import SourceItem
from integrations.base import Changes
from integrations.google_auth import load_credentials
from integrations.google_client import (
    GoogleApiError,
    QuotaMeter,
    RetryPolicy,
    api_errors,
    build_calendar,
    describe,
    execute,
    status_of,
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class GoogleCalendarSource:
    """Reads events of the configured calendars incrementally (never writes)."""

    name = "gcal"

    def __init__(
        self,
        credentials: Credentials,
        *,
        calendar_ids: Sequence[str] = ("primary",),
        api_endpoint: str | None = None,
        lookback_days: int = 30,
        now: Callable[[], datetime] = _utcnow,
        page_size: int = 250,
        retry: RetryPolicy | None = None,
        service: Any = None,
    ) -> None:
        self.service = service or build_calendar(credentials, api_endpoint)
        self.calendar_ids = tuple(calendar_ids)
        self.lookback = timedelta(days=lookback_days)
        self.now = now
        self.page_size = page_size
        self.retry = retry or RetryPolicy()
        self.meter = QuotaMeter()

    @classmethod
    def from_token_file(cls, token_file: Path, **kwargs: Any) -> GoogleCalendarSource:
        """Build from a saved token file (refreshed if needed; :class:`ReauthRequired` if dead)."""
        return cls(load_credentials(token_file), **kwargs)

    def changes(self, cursor: str | None) -> Changes:
        """Events changed since ``cursor`` on every calendar (a full window read per new one).

        Raises :class:`GoogleApiError` (one line) when a calendar cannot be read.
        """
        with api_errors("calendar sync"):
            return self._changes(cursor)

    def _changes(self, cursor: str | None) -> Changes:
        self.meter = QuotaMeter(self.meter.units_table)
        tokens: dict[str, str] = {}
        reasons: list[str] = []
        if cursor is not None:
            try:
                loaded = json.loads(cursor)["syncTokens"]
                tokens = {str(k): str(v) for k, v in dict(loaded).items()}
            except (ValueError, KeyError, TypeError):
                reasons.append("cursor unreadable; read the calendars again")
        items: list[SourceItem] = []
        new_tokens: dict[str, str] = {}
        for calendar_id in self.calendar_ids:
            token = tokens.get(calendar_id)
            try:
                events, new_tokens[calendar_id] = self._read(calendar_id, token)
            except HttpError as exc:
                if status_of(exc) != 410 or token is None:
                    raise GoogleApiError(
                        f"calendar {calendar_id}: events.list failed: {describe(exc)}",
                        status_of(exc),
                    ) from exc
                reasons.append(f"calendar {calendar_id}: syncToken expired (HTTP 410); full resync")
                events, new_tokens[calendar_id] = self._read(calendar_id, None)
            items += [self._item(calendar_id, ev) for ev in events if ev.get("id")]
        return Changes(
            items=tuple(items),
            cursor=json.dumps({"syncTokens": new_tokens}, sort_keys=True),
            full_resync_reason="; ".join(reasons) or None,
            cost=self.meter.report(),
        )

    def _read(self, calendar_id: str, token: str | None) -> tuple[list[dict[str, Any]], str]:
        events: list[dict[str, Any]] = []
        page_token: str | None = None
        while True:
            params: dict[str, Any] = {
                "calendarId": calendar_id,
                "singleEvents": True,
                "showDeleted": True,
                "maxResults": self.page_size,
                "pageToken": page_token,
            }
            if token is not None:
                params["syncToken"] = token
            else:
                params["timeMin"] = (self.now() - self.lookback).isoformat()
            page = execute(
                self.service.events().list(**params), "events.list", self.meter, self.retry
            )
            events += page.get("items", [])
            page_token = page.get("nextPageToken")
            if not page_token:
                # nextSyncToken is only on the last page.
                return events, str(page.get("nextSyncToken", token or ""))

    @staticmethod
    def _item(calendar_id: str, event: dict[str, Any]) -> SourceItem:
        return SourceItem(
            id=f"gcal:{calendar_id}/{event['id']}",
            kind="gcal-json",
            raw=json.dumps(event, sort_keys=True).encode("utf-8"),
        )
