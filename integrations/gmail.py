"""Gmail as a :class:`MailSource` and a :class:`DraftStore`, through the Gmail v1 API.

Cost model (legacy units): a sync with nothing new is one ``history.list`` (2 units). New mail
costs one ``messages.list`` with the candidate filter (5 units) to pick the interesting ids
out of the history, then one ``messages.get`` (5, or 20 on 2026 projects) per candidate only.
"""

from __future__ import annotations

import base64
import email
import email.policy
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from google.auth.credentials import Credentials
from googleapiclient.errors import HttpError

from detector.model import SourceItem
from integrations.base import Changes, StoredDraft
from integrations.errors import DraftNotFound
from integrations.google_auth import load_credentials
from integrations.google_client import (
    LEGACY_UNITS,
    GoogleApiError,
    QuotaMeter,
    RetryPolicy,
    batch_uri,
    build_gmail,
    describe,
    execute,
    retry_delay_hint,
    run_batch,
    status_of,
)

ATS_SENDERS: tuple[str, ...] = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "hire.lever.co",
    "myworkday.com",
    "myworkdayjobs.com",
    "ashbyhq.com",
    "calendly.com",
    "goodtime.io",
    "smartrecruiters.com",
    "icims.com",
    "workablemail.com",
    "workable.com",
    "jobvite.com",
    "successfactors.com",
    "taleo.net",
    "teamtailor.com",
    "personio.de",
    "recruitee.com",
    "breezy.hr",
    "bamboohr.com",
    "jazzhr.com",
    "rippling.com",
    "gem.com",
    "modernloop.io",
    "prelude.co",
    "zoom.us",
)
# The pre-filter only has to be wider than the detector, never narrower: a message it misses is
# never seen, while one it lets through costs one messages.get. So the subject words are broad
# (scheduling and conversation words, not only "interview"), and the body is searched for the
# few phrases that name an interview outright.
SUBJECT_WORDS: tuple[str, ...] = (
    "interview",
    "interviews",
    "interviewing",
    "invitation",
    "invite",
    "invited",
    "screen",
    "screening",
    '"next steps"',
    '"next step"',
    "onsite",
    '"on-site"',
    "recruiter",
    '"hiring manager"',
    "round",
    "call",
    "chat",
    "meeting",
    "conversation",
    "schedule",
    "scheduled",
    "scheduling",
    "reschedule",
    "rescheduled",
    "cancel",
    "cancelled",
    "canceled",
    "confirmed",
    "confirmation",
    "availability",
    "application",
    "gespräch",
    "vorstellungsgespräch",
    "entretien",
    "entrevista",
)
BODY_PHRASES: tuple[str, ...] = (
    "interview",
    '"phone screen"',
    '"screening call"',
    '"coffee chat"',
    '"hiring manager"',
)
INTERVIEW_WORDS = SUBJECT_WORDS  # the name older callers and tests use
HISTORY_MARGIN = timedelta(days=2)
"""How far before the last sync an incremental candidate search reaches (late internalDates)."""


def candidate_filter(
    senders: Sequence[str] = ATS_SENDERS,
    words: Sequence[str] = SUBJECT_WORDS,
    phrases: Sequence[str] = BODY_PHRASES,
) -> str:
    """The ``q=`` pre-filter without its time window: invites, ATS senders, interview words.

    Sent mail is kept when it looks like a thank-you (a hand-written one means no draft) or
    when its subject has the words above (the user's side of a scheduling thread).
    """
    return (
        "-in:drafts -category:promotions -category:social "
        f"(filename:ics OR filename:vcs OR from:({' OR '.join(senders)}) "
        f"OR subject:({' OR '.join(words)}) OR {' OR '.join(phrases)} "
        "OR (in:sent subject:(thank OR thanks)))"
    )


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _marker_of(raw: bytes) -> str | None:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    value = msg.get("Message-ID")
    return str(value).strip() if value else None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


class GmailMailbox:
    """Reads candidate messages incrementally and keeps our drafts (never sends).

    ``query`` replaces :func:`candidate_filter` (the time window is always added).
    ``max_messages`` bounds a full read. ``now`` is injected for the time window.
    """

    name = "gmail"

    def __init__(
        self,
        credentials: Credentials,
        *,
        api_endpoint: str | None = None,
        query: str | None = None,
        lookback_days: int = 30,
        now: Callable[[], datetime] = _utcnow,
        max_messages: int = 2000,
        batch_size: int = 50,
        units_table: dict[str, int] | None = None,
        retry: RetryPolicy | None = None,
        service: Any = None,
    ) -> None:
        self.service = service or build_gmail(credentials, api_endpoint)
        self.query = query or candidate_filter()
        self.lookback = timedelta(days=lookback_days)
        self.now = now
        self.max_messages = max_messages
        self.batch_size = min(batch_size, 50)  # Google advises <= 50 per batch
        self.batch_uri = batch_uri(api_endpoint, "gmail/v1")
        self.retry = retry or RetryPolicy()
        self.meter = QuotaMeter(units_table or dict(LEGACY_UNITS))
        self._users = self.service.users()

    # --- MailSource ------------------------------------------------------------------------
    @classmethod
    def from_token_file(cls, token_file: Path, **kwargs: Any) -> GmailMailbox:
        """Build from a saved token file (refreshed if needed; :class:`ReauthRequired` if dead)."""
        return cls(load_credentials(token_file), **kwargs)

    def changes(self, cursor: str | None) -> Changes:
        """Messages added since ``cursor``; a full bounded read when it is ``None`` or stale."""
        self.meter = QuotaMeter(self.meter.units_table)
        if cursor is None:
            return self._full(None)
        try:
            state = json.loads(cursor)
            history_id = str(state["historyId"])
            synced_at = datetime.fromtimestamp(int(state.get("syncedAt", 0)), tz=UTC)
        except (ValueError, KeyError, TypeError):
            return self._full("cursor unreadable; read the mailbox again")
        try:
            return self._incremental(history_id, synced_at)
        except HttpError as exc:
            if status_of(exc) == 404:
                return self._full(f"historyId {history_id} is too old (HTTP 404); full resync")
            raise GoogleApiError(
                f"gmail history.list failed: {describe(exc)}", status_of(exc)
            ) from exc

    def _cursor(self, history_id: str) -> str:
        return json.dumps({"historyId": history_id, "syncedAt": int(self.now().timestamp())})

    def _call(self, request: Any, method: str) -> Any:
        return execute(request, method, self.meter, self.retry)

    def _list_ids(self, query: str) -> tuple[list[str], bool]:
        """Ids matching ``query``, newest first, at most ``max_messages``; and whether cut."""
        ids: list[str] = []
        token: str | None = None
        while True:
            req = self._users.messages().list(
                userId="me",
                q=query,
                maxResults=500,
                pageToken=token,
                fields="messages(id),nextPageToken",
            )
            page = self._call(req, "messages.list")
            ids += [m["id"] for m in page.get("messages", [])]
            token = page.get("nextPageToken")
            if len(ids) >= self.max_messages:
                return ids[: self.max_messages], True
            if not token:
                return ids, False

    def _window(self, since: datetime) -> str:
        return f"after:{int(since.timestamp())} {self.query}"

    def _full(self, reason: str | None) -> Changes:
        profile = self._call(self._users.getProfile(userId="me"), "getProfile")
        history_id = str(profile["historyId"])  # taken first: nothing slips between the two
        ids, cut = self._list_ids(self._window(self.now() - self.lookback))
        items, problems = self._fetch(ids)
        if cut:
            problems.append(
                f"gmail: more than {self.max_messages} candidates; read the newest only"
            )
        return Changes(
            items=items,
            cursor=self._cursor(history_id),
            full_resync_reason=reason,
            problems=tuple(problems),
            cost=self.meter.report(),
        )

    def _incremental(self, history_id: str, synced_at: datetime) -> Changes:
        added: dict[str, None] = {}
        token: str | None = None
        latest = history_id
        while True:
            req = self._users.history().list(
                userId="me",
                startHistoryId=history_id,
                historyTypes="messageAdded",
                pageToken=token,
                maxResults=500,
            )
            page = execute(req, "history.list", self.meter, self.retry)
            for record in page.get("history", []):
                for entry in record.get("messagesAdded", []):
                    msg = entry.get("message", {})
                    if "DRAFT" not in msg.get("labelIds", []):  # our own drafts come back here
                        added[msg["id"]] = None
            token = page.get("nextPageToken")
            if not token:
                latest = str(page.get("historyId", history_id))
                break
        items: tuple[SourceItem, ...] = ()
        problems: list[str] = []
        if added:
            # One list with the candidate filter picks the interesting ids out of the history
            # (5 units) instead of a get per new message (5-20 units each).
            matching, _cut = self._list_ids(self._window(synced_at - HISTORY_MARGIN))
            wanted = [mid for mid in matching if mid in added]
            items, problems = self._fetch(wanted)
        return Changes(
            items=items,
            cursor=self._cursor(latest),
            problems=tuple(problems),
            cost=self.meter.report(),
        )

    def _fetch(self, ids: Sequence[str]) -> tuple[tuple[SourceItem, ...], list[str]]:
        requests = [
            (mid, self._users.messages().get(userId="me", id=mid, format="raw")) for mid in ids
        ]
        answers = run_batch(
            self.service,
            requests,
            "messages.get",
            self.batch_uri,
            self.meter,
            self.retry,
            self.batch_size,
        )
        dated: list[tuple[int, SourceItem]] = []
        problems: list[str] = []
        for mid in ids:
            answer = answers.get(mid)
            if isinstance(answer, BaseException):
                if status_of(answer) != 404:  # 404: deleted since listed; nothing to report
                    problems.append(f"gmail:{mid}: skipped, {describe(answer)}")
                continue
            if not isinstance(answer, dict) or "raw" not in answer:
                problems.append(f"gmail:{mid}: skipped, answer without raw content")
                continue
            labels = frozenset(str(x).upper() for x in answer.get("labelIds", []))
            if "DRAFT" in labels:
                continue
            try:
                raw = _unb64(str(answer["raw"]))
            except ValueError:
                problems.append(f"gmail:{mid}: skipped, raw content is not base64url")
                continue
            item = SourceItem(
                id=f"gmail:{mid}",
                kind="rfc822",
                raw=raw,
                thread_id=answer.get("threadId"),
                labels=labels,
            )
            dated.append((int(answer.get("internalDate", 0)), item))
        dated.sort(key=lambda pair: pair[0])
        return tuple(item for _, item in dated), problems

    # --- DraftStore ------------------------------------------------------------------------
    @staticmethod
    def _draft_body(raw: bytes, thread_id: str | None) -> dict[str, Any]:
        message: dict[str, Any] = {"raw": _b64(raw)}
        if thread_id:
            message["threadId"] = thread_id
        return {"message": message}

    def create(self, raw: bytes, thread_id: str | None) -> str:
        """Store ``raw`` as a draft. Never retried blindly: a lost answer may have created it."""
        marker = _marker_of(raw)
        for attempt in range(1, self.retry.attempts + 1):
            req = self._users.drafts().create(userId="me", body=self._draft_body(raw, thread_id))
            try:
                return str(execute(req, "drafts.create", self.meter, self.retry, retry=False)["id"])
            except (HttpError, ConnectionError, TimeoutError) as exc:
                retryable, after = retry_delay_hint(exc)
                if not retryable or attempt == self.retry.attempts:
                    raise GoogleApiError(
                        f"gmail drafts.create failed: {describe(exc)}", status_of(exc)
                    ) from exc
                self.retry.sleep(self.retry.delay(attempt, after))
                if marker is not None:
                    existing = self.find(marker)
                    if existing is not None:
                        return existing.draft_id
        raise AssertionError("unreachable")

    def get(self, draft_id: str) -> StoredDraft | None:
        """The draft now, or ``None`` when it is gone (deleted or sent)."""
        req = self._users.drafts().get(userId="me", id=draft_id, format="raw")
        try:
            answer = self._call(req, "drafts.get")
        except HttpError as exc:
            if status_of(exc) == 404:
                return None
            raise GoogleApiError(
                f"gmail drafts.get failed: {describe(exc)}", status_of(exc)
            ) from exc
        message = answer.get("message", {})
        raw = _unb64(str(message.get("raw", "")))
        return StoredDraft(
            draft_id=str(answer["id"]),
            raw=raw,
            thread_id=message.get("threadId"),
            marker=_marker_of(raw),
        )

    def update(self, draft_id: str, raw: bytes, thread_id: str | None) -> str:
        """Replace the draft's content (retried: an update is idempotent).

        Raises :class:`DraftNotFound` when the user deleted or sent the draft meanwhile.
        """
        body = {"id": draft_id, **self._draft_body(raw, thread_id)}
        req = self._users.drafts().update(userId="me", id=draft_id, body=body)
        try:
            return str(self._call(req, "drafts.update")["id"])
        except HttpError as exc:
            if status_of(exc) == 404:
                raise DraftNotFound(f"gmail draft {draft_id} no longer exists") from exc
            raise GoogleApiError(
                f"gmail drafts.update failed: {describe(exc)}", status_of(exc)
            ) from exc

    def delete(self, draft_id: str) -> None:
        """Delete the draft; one that is already gone is fine."""
        req = self._users.drafts().delete(userId="me", id=draft_id)
        try:
            self._call(req, "drafts.delete")
        except HttpError as exc:
            if status_of(exc) != 404:
                raise GoogleApiError(
                    f"gmail drafts.delete failed: {describe(exc)}", status_of(exc)
                ) from exc

    def find(self, marker: str) -> StoredDraft | None:
        """The draft whose ``Message-ID`` is ``marker`` (searched with ``rfc822msgid:``)."""
        req = self._users.drafts().list(userId="me", q=f"rfc822msgid:{marker.strip('<>')}")
        page = self._call(req, "drafts.list")
        for entry in page.get("drafts", []):
            draft = self.get(str(entry["id"]))
            if draft is not None and draft.marker == marker:
                return draft
        return None
