"""Gmail as a :class:`MailSource` and a :class:`DraftStore`, through the Gmail v1 API.

What is read: the *candidates* (messages the ``q=`` pre-filter selects) and every other message
of their threads (*thread mates*: "Thursday at 3 works", "moved to Thursday"), because the
detector reads a scheduling thread as a whole. The candidate threads are remembered in the
cursor, so a later reply in one of them is read straight from the history.

Cost model (legacy units; ``messages.get`` is 20 and ``threads.get`` 40 on 2026 projects):

- first sync: ``getProfile`` (1), one ``messages.list`` page per 500 candidates (5), one per 500
  messages of the window to find the thread mates (5: far cheaper than a ``threads.get`` per
  candidate thread), then one ``messages.get`` (5) per message read, 50 to a batch;
- a sync with nothing new: one ``history.list`` (2);
- new mail: the ``history.list`` pages, one ``messages.list`` with the pre-filter (5) to pick the
  candidates among the new messages not already in a candidate thread, a ``messages.get`` per
  message read, and a ``threads.get`` (``format=minimal``) only for a new candidate thread
  whose candidate is a reply (an earlier, unread message may be in it).
"""

from __future__ import annotations

import base64
import email
import email.policy
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
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
    NETWORK_ERRORS,
    GoogleApiError,
    QuotaMeter,
    RetryPolicy,
    api_errors,
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
SKIP_LABELS = frozenset({"DRAFT", "SPAM", "TRASH"})
"""Never items: our own drafts (they come back through the history) and discarded mail."""
MAX_CURSOR_THREADS = 2000
"""The cursor remembers at most this many candidate threads (the most recently active)."""

_CREATE_ERRORS: tuple[type[BaseException], ...] = (HttpError, *NETWORK_ERRORS)

log = logging.getLogger(__name__)


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


def _is_reply(raw: bytes) -> bool:
    """Whether the message answers an earlier one (so its thread may hold older messages)."""
    headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    return bool(headers.get("In-Reply-To") or headers.get("References"))


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _labels(message: dict[str, Any]) -> frozenset[str]:
    return frozenset(str(x).upper() for x in message.get("labelIds", []))


@dataclass
class _State:
    """What the cursor carries between syncs."""

    history_id: str
    synced_at: datetime
    threads: dict[str, int] = field(default_factory=dict)
    """Candidate thread id -> internalDate (epoch seconds) of its newest message read."""

    @classmethod
    def parse(cls, cursor: str) -> _State:
        """Raises ``ValueError``/``KeyError``/``TypeError`` on a cursor it cannot read."""
        state = json.loads(cursor)
        return cls(
            history_id=str(state["historyId"]),
            synced_at=datetime.fromtimestamp(int(state.get("syncedAt", 0)), tz=UTC),
            threads={str(k): int(v) for k, v in dict(state.get("threads", {})).items()},
        )

    def dump(self, now: datetime, keep_after: datetime) -> str:
        """The cursor text; threads quiet since ``keep_after`` are forgotten (bounded size)."""
        floor = int(keep_after.timestamp())
        live = sorted(
            ((t, when) for t, when in self.threads.items() if when >= floor),
            key=lambda pair: pair[1],
            reverse=True,
        )[:MAX_CURSOR_THREADS]
        return json.dumps(
            {
                "historyId": self.history_id,
                "syncedAt": int(now.timestamp()),
                "threads": dict(sorted(live)),
            }
        )


@dataclass
class _Fetched:
    """Messages read with ``format=raw``, with what the sync needs to know about them."""

    items: list[tuple[int, SourceItem]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    """Every id asked for (read, skipped or failed): never asked for twice."""
    replies: set[str] = field(default_factory=set)
    """Thread ids holding a message read that answers an earlier one."""

    def note_threads(self, threads: dict[str, int]) -> None:
        """Record the newest internalDate read per thread into ``threads``."""
        for millis, item in self.items:
            if item.thread_id is not None:
                when = millis // 1000
                threads[item.thread_id] = max(threads.get(item.thread_id, 0), when)

    def result(self) -> tuple[SourceItem, ...]:
        """The items, oldest first."""
        return tuple(item for _, item in sorted(self.items, key=lambda pair: pair[0]))


class GmailMailbox:
    """Reads candidate messages and their threads incrementally; keeps our drafts (never sends).

    ``query`` replaces :func:`candidate_filter` (the time window is always added).
    ``max_messages`` bounds the candidates of a full read, ``max_window`` the messages listed to
    find their thread mates, ``max_thread_messages`` the messages read per ``threads.get`` and
    ``max_draft_scan`` the drafts looked through when ``rfc822msgid:`` finds nothing.
    ``now`` is injected for the time window.
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
        max_window: int = 20_000,
        max_thread_messages: int = 100,
        max_draft_scan: int = 200,
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
        self.max_window = max_window
        self.max_thread_messages = max_thread_messages
        self.max_draft_scan = max_draft_scan
        self.batch_size = min(batch_size, 50)  # Google advises <= 50 per batch
        self.batch_uri = batch_uri(api_endpoint, "gmail/v1")
        self.retry = retry or RetryPolicy()
        self.meter = QuotaMeter(units_table or dict(LEGACY_UNITS))
        self._users = self.service.users()
        self._draft_markers: dict[str, str] | None = None  # marker -> draft id, once scanned

    # --- MailSource ------------------------------------------------------------------------
    @classmethod
    def from_token_file(cls, token_file: Path, **kwargs: Any) -> GmailMailbox:
        """Build from a saved token file (refreshed if needed; :class:`ReauthRequired` if dead)."""
        return cls(load_credentials(token_file), **kwargs)

    def changes(self, cursor: str | None) -> Changes:
        """Messages added or deleted since ``cursor``; a full bounded read when it is ``None``
        or stale. Raises :class:`GoogleApiError` (one line) when Gmail cannot be read."""
        self.meter = QuotaMeter(self.meter.units_table)
        self._draft_markers = None  # a new pass: look at the drafts afresh if needed
        with api_errors("gmail sync"):
            if cursor is None:
                return self._full(None)
            try:
                state = _State.parse(cursor)
            except (ValueError, KeyError, TypeError):
                return self._full("cursor unreadable; read the mailbox again")
            try:
                return self._incremental(state)
            except GoogleApiError as exc:
                if exc.status != 404:
                    raise
                return self._full(
                    f"historyId {state.history_id} is too old (HTTP 404); full resync"
                )

    def _call(self, request: Any, method: str) -> Any:
        """One request with retries; :class:`GoogleApiError` (with its status) when it fails."""
        with api_errors(f"gmail {method}"):
            return execute(request, method, self.meter, self.retry)

    def _list(self, query: str, limit: int) -> tuple[dict[str, str], bool]:
        """Ids matching ``query`` (newest first) with their thread ids, at most ``limit``;
        and whether the list was cut."""
        found: dict[str, str] = {}
        token: str | None = None
        while True:
            req = self._users.messages().list(
                userId="me",
                q=query,
                maxResults=500,
                pageToken=token,
                fields="messages(id,threadId),nextPageToken",
            )
            page = self._call(req, "messages.list")
            for ref in page.get("messages", []):
                found[str(ref["id"])] = str(ref.get("threadId") or ref["id"])
            token = page.get("nextPageToken")
            if len(found) >= limit:
                return dict(list(found.items())[:limit]), True
            if not token:
                return found, False

    def _window(self, since: datetime) -> str:
        return f"after:{int(since.timestamp())} {self.query}"

    def _full(self, reason: str | None) -> Changes:
        profile = self._call(self._users.getProfile(userId="me"), "getProfile")
        history_id = str(profile["historyId"])  # taken first: nothing slips between the two
        since = self.now() - self.lookback
        candidates, cut = self._list(self._window(since), self.max_messages)
        fetched = _Fetched()
        problems: list[str] = []
        if cut:
            problems.append(
                f"gmail: more than {self.max_messages} candidates; read the newest only"
            )
        threads = set(candidates.values())
        mates: list[str] = []
        if threads:
            # One listing of the window (5 units per 500 messages) finds every thread mate;
            # a threads.get per candidate thread would cost 10-40 units each.
            window, window_cut = self._list(
                f"after:{int(since.timestamp())} -in:drafts", self.max_window
            )
            if window_cut:
                problems.append(
                    f"gmail: more than {self.max_window} messages in the window; "
                    "threads may be incomplete"
                )
            mates = [mid for mid, t in window.items() if t in threads and mid not in candidates]
        self._fetch([*candidates, *mates], fetched)
        state = _State(history_id, self.now())
        fetched.note_threads(state.threads)
        for thread in threads:
            state.threads.setdefault(thread, int(self.now().timestamp()))
        return Changes(
            items=fetched.result(),
            cursor=state.dump(self.now(), since),
            full_resync_reason=reason,
            problems=tuple(problems + fetched.problems),
            cost=self.meter.report(),
        )

    def _history(self, history_id: str) -> tuple[dict[str, str], list[str], str]:
        """Messages added (id -> thread id) and item ids deleted since ``history_id``, and the
        historyId to resume from."""
        added: dict[str, str] = {}
        removed: dict[str, None] = {}
        token: str | None = None
        while True:
            req = self._users.history().list(
                userId="me",
                startHistoryId=history_id,
                historyTypes=["messageAdded", "messageDeleted"],
                pageToken=token,
                maxResults=500,
            )
            page = self._call(req, "history.list")
            for record in page.get("history", []):
                for entry in record.get("messagesAdded", []):
                    msg = entry.get("message", {})
                    if not _labels(msg) & SKIP_LABELS:  # our own drafts come back here
                        added[str(msg["id"])] = str(msg.get("threadId") or msg["id"])
                for entry in record.get("messagesDeleted", []):
                    msg = entry.get("message", {})
                    added.pop(str(msg["id"]), None)
                    if "DRAFT" not in _labels(msg):  # a replaced draft was never an item
                        removed[f"gmail:{msg['id']}"] = None
            token = page.get("nextPageToken")
            if not token:
                return added, list(removed), str(page.get("historyId", history_id))

    def _incremental(self, state: _State) -> Changes:
        added, removed, latest = self._history(state.history_id)
        fetched = _Fetched()
        # A new message in a known candidate thread is read whatever it says: no search needed.
        direct = [mid for mid, t in added.items() if t in state.threads]
        rest = {mid: t for mid, t in added.items() if t not in state.threads}
        candidates: list[str] = []
        if rest:
            # One list with the pre-filter picks the candidates out of the rest (5 units)
            # instead of a get per new message (5-20 units each).
            matching, _cut = self._list(
                self._window(state.synced_at - HISTORY_MARGIN), self.max_messages
            )
            candidates = [mid for mid in matching if mid in rest]
        self._fetch([*direct, *candidates], fetched)
        new_threads = {rest[mid] for mid in candidates}
        # Thread completion for new candidate threads: their other new messages are known
        # from the history; older ones can only exist when a candidate answers an earlier
        # message, and only then is the thread listed (threads.get, format=minimal).
        mates = [mid for mid, t in rest.items() if t in new_threads and mid not in fetched.ids]
        listed = self._thread_members(sorted(new_threads & fetched.replies), fetched)
        self._fetch([*mates, *(mid for mid in listed if mid not in mates)], fetched)
        state.history_id = latest
        fetched.note_threads(state.threads)
        return Changes(
            items=fetched.result(),
            cursor=state.dump(self.now(), self.now() - self.lookback),
            removed=tuple(removed),
            problems=tuple(fetched.problems),
            cost=self.meter.report(),
        )

    def _thread_members(self, threads: Sequence[str], fetched: _Fetched) -> list[str]:
        """Ids of the messages of ``threads`` not read yet (newest ``max_thread_messages`` per
        thread), with one batched ``threads.get`` (``format=minimal``) per thread."""
        if not threads:
            return []
        requests = [
            (
                thread,
                self._users.threads().get(
                    userId="me",
                    id=thread,
                    format="minimal",
                    fields="messages(id,labelIds,internalDate)",
                ),
            )
            for thread in threads
        ]
        answers = self._batch(requests, "threads.get")
        out: list[str] = []
        for thread in threads:
            answer = answers.get(thread)
            if isinstance(answer, BaseException):
                if status_of(answer) != 404:  # 404: the thread was deleted meanwhile
                    fetched.problems.append(
                        f"gmail: thread {thread} not listed, {describe(answer)}"
                    )
                continue
            if not isinstance(answer, dict):
                fetched.problems.append(f"gmail: thread {thread} not listed, empty answer")
                continue
            members = [m for m in answer.get("messages", []) if not _labels(m) & SKIP_LABELS]
            members.sort(key=lambda m: int(m.get("internalDate", 0)), reverse=True)
            if len(members) > self.max_thread_messages:
                fetched.problems.append(
                    f"gmail: thread {thread} has {len(members)} messages; "
                    f"read the newest {self.max_thread_messages}"
                )
            out += [
                str(m["id"])
                for m in members[: self.max_thread_messages]
                if str(m["id"]) not in fetched.ids
            ]
        return out

    def _batch(self, requests: Sequence[tuple[str, Any]], method: str) -> dict[str, Any]:
        return run_batch(
            self.service,
            requests,
            method,
            self.batch_uri,
            self.meter,
            self.retry,
            self.batch_size,
        )

    def _fetch(self, ids: Iterable[str], fetched: _Fetched) -> None:
        """Read ``ids`` with ``format=raw`` (batched) into ``fetched``; skip ids already asked."""
        wanted = [mid for mid in dict.fromkeys(ids) if mid not in fetched.ids]
        if not wanted:
            return
        fetched.ids.update(wanted)
        requests = [
            (mid, self._users.messages().get(userId="me", id=mid, format="raw")) for mid in wanted
        ]
        answers = self._batch(requests, "messages.get")
        for mid in wanted:
            answer = answers.get(mid)
            if isinstance(answer, BaseException):
                if status_of(answer) != 404:  # 404: deleted since listed; nothing to report
                    fetched.problems.append(f"gmail:{mid}: skipped, {describe(answer)}")
                continue
            if not isinstance(answer, dict) or "raw" not in answer:
                fetched.problems.append(f"gmail:{mid}: skipped, answer without raw content")
                continue
            labels = _labels(answer)
            if labels & SKIP_LABELS:
                continue
            try:
                raw = _unb64(str(answer["raw"]))
            except ValueError:
                fetched.problems.append(f"gmail:{mid}: skipped, raw content is not base64url")
                continue
            thread = answer.get("threadId")
            internal_ms = int(answer.get("internalDate", 0))
            item = SourceItem(
                id=f"gmail:{mid}",
                kind="rfc822",
                raw=raw,
                thread_id=thread,
                labels=labels,
                # internalDate is when Gmail received it (ms since the epoch); 0 = unknown.
                received=datetime.fromtimestamp(internal_ms / 1000, tz=UTC)
                if internal_ms
                else None,
            )
            fetched.items.append((internal_ms, item))
            if thread and _is_reply(raw):
                fetched.replies.add(str(thread))

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
                answer = execute(req, "drafts.create", self.meter, self.retry, retry=False)
            except _CREATE_ERRORS as exc:
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
                continue
            draft_id = str(answer["id"])
            if marker is not None and self._draft_markers is not None:
                self._draft_markers[marker] = draft_id
            return draft_id
        raise AssertionError("unreachable")

    def get(self, draft_id: str) -> StoredDraft | None:
        """The draft now, or ``None`` when it is gone (deleted or sent)."""
        req = self._users.drafts().get(userId="me", id=draft_id, format="raw")
        try:
            answer = self._call(req, "drafts.get")
        except GoogleApiError as exc:
            if exc.status == 404:
                return None
            raise
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
        except GoogleApiError as exc:
            if exc.status == 404:
                raise DraftNotFound(f"gmail draft {draft_id} no longer exists") from exc
            raise

    def delete(self, draft_id: str) -> None:
        """Delete the draft; one that is already gone is fine."""
        req = self._users.drafts().delete(userId="me", id=draft_id)
        try:
            self._call(req, "drafts.delete")
        except GoogleApiError as exc:
            if exc.status != 404:
                raise
        if self._draft_markers is not None:
            for marker in [m for m, d in self._draft_markers.items() if d == draft_id]:
                del self._draft_markers[marker]

    def find(self, marker: str) -> StoredDraft | None:
        """The draft whose ``Message-ID`` is ``marker``.

        First ``drafts.list`` with ``q=rfc822msgid:`` (5 units). Whether Gmail indexes the
        Message-ID of drafts is not documented, so when that finds nothing the drafts
        themselves are looked through once per pass (:meth:`_scan_drafts`): a lost ledger must
        never lead to a second draft.
        """
        req = self._users.drafts().list(userId="me", q=f"rfc822msgid:{marker.strip('<>')}")
        page = self._call(req, "drafts.list")
        for entry in page.get("drafts", []):
            draft = self.get(str(entry["id"]))
            if draft is not None and draft.marker == marker:
                return draft
        if self._draft_markers is None:
            self._draft_markers = self._scan_drafts()
        draft_id = self._draft_markers.get(marker)
        return self.get(draft_id) if draft_id is not None else None

    def _scan_drafts(self) -> dict[str, str]:
        """Marker (``Message-ID``) -> draft id of the newest ``max_draft_scan`` drafts.

        ``drafts.list`` pages (5 units each), then one batched ``messages.get`` with
        ``format=metadata`` and only the ``Message-ID`` header per draft (5 units each).
        """
        refs: dict[str, str] = {}  # message id -> draft id
        token: str | None = None
        while len(refs) < self.max_draft_scan:
            req = self._users.drafts().list(
                userId="me",
                maxResults=min(500, self.max_draft_scan),
                pageToken=token,
                fields="drafts(id,message/id),nextPageToken",
            )
            page = self._call(req, "drafts.list")
            for entry in page.get("drafts", []):
                refs[str(entry["message"]["id"])] = str(entry["id"])
            token = page.get("nextPageToken")
            if not token:
                break
        if token:
            log.warning("gmail: more than %d drafts; looked through the newest only", len(refs))
        mids = list(refs)[: self.max_draft_scan]
        requests = [
            (
                mid,
                self._users.messages().get(
                    userId="me",
                    id=mid,
                    format="metadata",
                    metadataHeaders=["Message-ID"],
                    fields="payload/headers",
                ),
            )
            for mid in mids
        ]
        markers: dict[str, str] = {}
        for mid, answer in self._batch(requests, "messages.get").items():
            if not isinstance(answer, dict):
                continue  # deleted or sent meanwhile, or unreadable: not ours to adopt
            for header in answer.get("payload", {}).get("headers", []):
                if str(header.get("name", "")).lower() == "message-id":
                    markers[str(header.get("value", "")).strip()] = refs[mid]
        return markers
