"""A fake Google (Gmail v1, Calendar v3, OAuth token endpoint) over real HTTP on 127.0.0.1.

The real ``google-api-python-client`` talks to it (``client_options={"api_endpoint": ...}``),
so tests exercise the actual wire format: paths, query parameters, JSON shapes, error bodies,
the multipart batch endpoint and the OAuth refresh. Only what the connectors use is served.

Seeding: :meth:`FakeGoogle.add_message`, :meth:`FakeGoogle.delete_message`,
:meth:`FakeGoogle.add_event`. Inspection: ``requests``/``units`` counters per method, ``drafts``,
``messages``. Faults: :meth:`FakeGoogle.inject` (status errors with Retry-After, connection
resets), :meth:`FakeGoogle.expire_history`, :meth:`FakeGoogle.expire_sync_tokens`,
``refresh_fails`` (the token endpoint answers ``invalid_grant``) and ``drafts_msgid_search``
(``False``: ``drafts.list`` ignores ``rfc822msgid:``, as Gmail might for drafts).
"""

from __future__ import annotations

import base64
import email
import email.message
import email.policy
import itertools
import json
import re
import socket
import struct
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.fakes.gmail_query import Indexed, QueryError, compile_query

LEGACY_UNITS: dict[str, int] = {
    "messages.list": 5,
    "messages.get": 5,
    "threads.get": 10,
    "history.list": 2,
    "drafts.create": 10,
    "drafts.get": 5,
    "drafts.list": 5,
    "drafts.update": 15,
    "drafts.delete": 10,
    "getProfile": 1,
    "events.list": 1,
}

Json = dict[str, Any]
_RECORD_KEY = {"messageAdded": "messagesAdded", "messageDeleted": "messagesDeleted"}


@dataclass
class Reply:
    """One HTTP answer."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, obj: Any, headers: dict[str, str] | None = None) -> Reply:
        return cls(
            status,
            json.dumps(obj).encode(),
            {"Content-Type": "application/json; charset=UTF-8", **(headers or {})},
        )


class _Reset(Exception):
    """Raised inside a handler to drop the connection without an answer."""


@dataclass
class Fault:
    """An injected failure for ``method`` (``"*"`` = any; ``"batch"`` = the outer batch POST)."""

    method: str
    times: int
    status: int = 0
    reason: str = ""
    retry_after: int | None = None
    reset: bool = False
    path_contains: str = ""


@dataclass
class StoredMessage:
    """A message as the fake mailbox keeps it."""

    id: str
    thread_id: str
    raw: bytes
    labels: list[str]
    history_id: int
    index: Indexed

    def resource(self, fmt: str, metadata_headers: list[str]) -> Json:
        out: Json = {
            "id": self.id,
            "threadId": self.thread_id,
            "labelIds": list(self.labels),
            "snippet": self.index.body[:100],
            "historyId": str(self.history_id),
            "internalDate": str(int(self.index.internal_date.timestamp() * 1000)),
            "sizeEstimate": len(self.raw),
        }
        if fmt == "raw":
            out["raw"] = base64.urlsafe_b64encode(self.raw).decode()
        elif fmt in ("metadata", "full"):
            msg = email.message_from_bytes(self.raw, policy=email.policy.compat32)
            wanted = {h.lower() for h in metadata_headers}
            headers = [
                {"name": k, "value": str(v)}
                for k, v in msg.items()
                if fmt == "full" or not wanted or k.lower() in wanted
            ]
            out["payload"] = {"mimeType": msg.get_content_type(), "headers": headers}
            if fmt == "full":
                out["payload"]["parts"] = [
                    {
                        "mimeType": part.get_content_type(),
                        "filename": part.get_filename() or "",
                        "body": {"data": base64.urlsafe_b64encode(_part_bytes(part)).decode()},
                    }
                    for part in msg.walk()
                    if not part.is_multipart()
                ]
        return out


def _part_bytes(part: email.message.Message) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _error(status: int, message: str, reason: str, domain: str = "global") -> Reply:
    names = {
        400: "INVALID_ARGUMENT",
        401: "UNAUTHENTICATED",
        403: "PERMISSION_DENIED",
        404: "NOT_FOUND",
        410: "GONE",
        429: "RESOURCE_EXHAUSTED",
        500: "INTERNAL",
        503: "UNAVAILABLE",
    }
    body = {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason}],
            "status": names.get(status, "UNKNOWN"),
        }
    }
    return Reply.json(status, body)


def _index(raw: bytes, labels: list[str], when: datetime | None) -> Indexed:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    body_parts: list[str] = []
    names: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name:
            names.append(name)
        elif part.get_content_maintype() == "text":
            try:
                body_parts.append(str(part.get_content()))
            except (LookupError, ValueError):
                continue
    if when is None:
        try:
            when = parsedate_to_datetime(str(msg["Date"]))
        except (TypeError, ValueError):
            when = datetime.now(UTC)
    body = re.sub(r"<[^>]+>", " ", "\n".join(body_parts))
    return Indexed(
        sender=str(msg["From"] or ""),
        to=" ".join(str(msg[h] or "") for h in ("To", "Cc", "Bcc")),
        subject=str(msg["Subject"] or ""),
        body=body,
        filenames=tuple(names),
        labels=frozenset(labels),
        message_id=str(msg["Message-ID"] or "").strip(),
        internal_date=when,
    )


class FakeGoogle:
    """The fake's state and request router. Thread-safe through one lock."""

    def __init__(self, email_address: str = "me@example.com") -> None:
        self.email_address = email_address
        self.lock = threading.RLock()
        self.messages: dict[str, StoredMessage] = {}
        self.drafts: dict[str, str] = {}  # draft id -> message id
        # (history id, "messageAdded" | "messageDeleted", message id)
        self.history: list[tuple[int, str, str]] = []
        self.deleted: dict[str, Json] = {}  # message id -> its reference when it was deleted
        self.history_id = 1000
        self.history_floor = 0
        self.events: dict[str, dict[str, tuple[int, Json]]] = {}
        self.event_seq = 0
        self.sync_epoch = 0
        self.requests: Counter[str] = Counter()
        self.units: Counter[str] = Counter()
        self.faults: list[Fault] = []
        self.resets = 0
        self.now: datetime | None = None
        self.refresh_fails = False
        self.drafts_msgid_search = True
        self.auth_codes: dict[str, str] = {}
        self.issued_tokens: list[str] = []
        self.last_token_form: dict[str, str] = {}
        self._ids = itertools.count(0x18C0000000000000)
        self._draft_ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakeGoogle:
        """Serve on an ephemeral 127.0.0.1 port in a daemon thread."""
        fake = self

        class Handler(_Handler):
            google = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        """Base URL with a trailing slash, e.g. ``http://127.0.0.1:PORT/``."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def token_uri(self) -> str:
        """The OAuth token endpoint."""
        return self.url + "token"

    # --- seeding ---------------------------------------------------------------------------
    def add_message(
        self,
        raw: bytes,
        labels: tuple[str, ...] | list[str] = ("INBOX",),
        thread_id: str | None = None,
        internal_date: datetime | None = None,
    ) -> str:
        """Store a message (as if received), record a ``messageAdded``; return its id."""
        with self.lock:
            mid = format(next(self._ids), "x")
            self.history_id += 3  # real history ids have gaps
            stored = StoredMessage(
                id=mid,
                thread_id=thread_id or mid,
                raw=raw,
                labels=list(labels),
                history_id=self.history_id,
                index=_index(raw, list(labels), internal_date),
            )
            self.messages[mid] = stored
            self.history.append((self.history_id, "messageAdded", mid))
            return mid

    def delete_message(self, mid: str) -> None:
        """Delete a message for good (not to Trash); record a ``messageDeleted``."""
        with self.lock:
            stored = self.messages.pop(mid)
            self.history_id += 2
            self.deleted[mid] = {
                "id": mid,
                "threadId": stored.thread_id,
                "labelIds": list(stored.labels),
            }
            self.history.append((self.history_id, "messageDeleted", mid))

    def add_event(self, calendar_id: str, event: Json) -> str:
        """Store (or replace, same ``id``) a Calendar event; return its id."""
        with self.lock:
            self.event_seq += 1
            ev = dict(event)
            ev.setdefault("id", f"ev{self.event_seq:06d}")
            ev.setdefault("status", "confirmed")
            ev.setdefault("iCalUID", f"{ev['id']}@google.com")
            ev["kind"] = "calendar#event"
            ev["etag"] = f'"{self.event_seq}"'
            ev["updated"] = datetime.now(UTC).isoformat().replace("+00:00", "Z")
            self.events.setdefault(calendar_id, {})[ev["id"]] = (self.event_seq, ev)
            return str(ev["id"])

    def cancel_event(self, calendar_id: str, event_id: str) -> None:
        """Mark an event cancelled (it then shows up in the next incremental sync)."""
        with self.lock:
            _, ev = self.events[calendar_id][event_id]
            self.add_event(calendar_id, {**ev, "status": "cancelled"})

    # --- faults ----------------------------------------------------------------------------
    def inject(
        self,
        method: str,
        status: int = 0,
        reason: str = "",
        retry_after: int | None = None,
        reset: bool = False,
        times: int = 1,
        path_contains: str = "",
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail with ``status`` or a reset.

        ``path_contains`` narrows the fault to requests whose path contains it (one message).
        """
        with self.lock:
            self.faults.append(
                Fault(method, times, status, reason, retry_after, reset, path_contains)
            )

    def expire_history(self) -> None:
        """Every historyId handed out so far becomes stale (history.list answers 404)."""
        with self.lock:
            self.history_floor = self.history_id + 1

    def expire_sync_tokens(self) -> None:
        """Every Calendar syncToken handed out so far becomes stale (410 Gone)."""
        with self.lock:
            self.sync_epoch += 1

    def reset_counters(self) -> None:
        """Zero the request and unit counters."""
        with self.lock:
            self.requests.clear()
            self.units.clear()

    @property
    def total_requests(self) -> int:
        """HTTP calls seen, counting each inner call of a batch (and the batch POST itself)."""
        return sum(self.requests.values())

    @property
    def total_units(self) -> int:
        """Quota units charged (legacy table)."""
        return sum(self.units.values())

    def draft_message(self, draft_id: str) -> EmailMessage:
        """The parsed message currently stored in a draft (for threading assertions)."""
        msg = email.message_from_bytes(
            self.messages[self.drafts[draft_id]].raw, policy=email.policy.default
        )
        assert isinstance(msg, EmailMessage)
        return msg

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.times > 0 and fault.method in (method, "*") and fault.path_contains in path:
                fault.times -= 1
                return fault
        return None

    # --- routing ---------------------------------------------------------------------------
    def dispatch(self, verb: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        """Answer one request (also used for each part of a batch)."""
        parts = urlsplit(target)
        path = unquote(parts.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        method = self._method_name(verb, path)
        with self.lock:
            self.requests[method] += 1
            self.units[method] += LEGACY_UNITS.get(method, 0)
            fault = self._take_fault(method, path)
        if fault is not None:
            if fault.reset:
                self.resets += 1
                raise _Reset
            reply = _error(
                fault.status,
                f"injected {fault.status}",
                fault.reason or "backendError",
                "usageLimits" if fault.status in (403, 429) else "global",
            )
            if fault.retry_after is not None:
                reply.headers["Retry-After"] = str(fault.retry_after)
            return reply
        handler = getattr(self, "_h_" + method.replace(".", "_"), None)
        if handler is None:
            return _error(404, f"no route for {verb} {path}", "notFound")
        with self.lock:
            try:
                answer: Reply = handler(path, query, headers, body)
            except QueryError as exc:
                return _error(400, f"Invalid query: {exc}", "invalidArgument")
            return answer

    @staticmethod
    def _method_name(verb: str, path: str) -> str:
        routes = [
            ("POST", r"/token", "token"),
            ("POST", r"/batch(/gmail/v1|/calendar/v3)?", "batch"),
            ("GET", r"/gmail/v1/users/[^/]+/profile", "getProfile"),
            ("GET", r"/gmail/v1/users/[^/]+/messages", "messages.list"),
            ("GET", r"/gmail/v1/users/[^/]+/messages/[^/]+", "messages.get"),
            ("GET", r"/gmail/v1/users/[^/]+/history", "history.list"),
            ("GET", r"/gmail/v1/users/[^/]+/threads/[^/]+", "threads.get"),
            ("POST", r"/gmail/v1/users/[^/]+/drafts", "drafts.create"),
            ("GET", r"/gmail/v1/users/[^/]+/drafts", "drafts.list"),
            ("GET", r"/gmail/v1/users/[^/]+/drafts/[^/]+", "drafts.get"),
            ("PUT", r"/gmail/v1/users/[^/]+/drafts/[^/]+", "drafts.update"),
            ("DELETE", r"/gmail/v1/users/[^/]+/drafts/[^/]+", "drafts.delete"),
            ("GET", r"/calendar/v3/calendars/.+/events", "events.list"),
        ]
        for route_verb, pattern, name in routes:
            if verb == route_verb and re.fullmatch(pattern, path):
                return name
        return f"unknown {verb} {path}"

    # --- Gmail -----------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self.now or datetime.now(UTC)

    def _h_getProfile(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        threads = {m.thread_id for m in self.messages.values()}
        return Reply.json(
            200,
            {
                "emailAddress": self.email_address,
                "messagesTotal": len(self.messages),
                "threadsTotal": len(threads),
                "historyId": str(self.history_id),
            },
        )

    def _search(self, query: str, pool: list[StoredMessage]) -> list[StoredMessage]:
        pred = compile_query(query, self._now()) if query else (lambda m: True)
        hits = [m for m in pool if pred(m.index)]
        return sorted(hits, key=lambda m: m.index.internal_date, reverse=True)

    @staticmethod
    def _page(
        items: list[Any], q: dict[str, list[str]], default: int, cap: int
    ) -> tuple[list[Any], str | None]:
        size = min(int(q.get("maxResults", [str(default)])[0]), cap)
        start = int(q.get("pageToken", ["0"])[0] or 0)
        chunk = items[start : start + size]
        more = str(start + size) if start + size < len(items) else None
        return chunk, more

    def _h_messages_list(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        pool = [
            m
            for m in self.messages.values()
            if q.get("includeSpamTrash", ["false"])[0] == "true"
            or not {"SPAM", "TRASH"} & set(m.labels)
        ]
        for label in q.get("labelIds", []):
            pool = [m for m in pool if label in m.labels]
        hits = self._search(q.get("q", [""])[0], pool)
        chunk, more = self._page(hits, q, 100, 500)
        out: Json = {"resultSizeEstimate": len(hits)}
        if chunk:
            out["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in chunk]
        if more:
            out["nextPageToken"] = more
        return Reply.json(200, out)

    def _h_messages_get(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        stored = self.messages.get(path.rsplit("/", 1)[1])
        if stored is None:
            return _error(404, "Requested entity was not found.", "notFound")
        fmt = q.get("format", ["full"])[0]
        return Reply.json(200, stored.resource(fmt, q.get("metadataHeaders", [])))

    def _h_history_list(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        try:
            start = int(q["startHistoryId"][0])
        except (KeyError, ValueError):
            return _error(400, "Invalid startHistoryId", "invalidArgument")
        if start < self.history_floor:
            return _error(404, "Requested entity was not found.", "notFound")
        label = q.get("labelId", [None])[0]
        types = set(q.get("historyTypes", [])) or {"messageAdded", "messageDeleted"}
        records = []
        for hid, kind, mid in self.history:
            if hid <= start or kind not in types:
                continue
            if kind == "messageAdded":
                stored = self.messages.get(mid)
                if stored is None:
                    continue
                ref: Json = {"id": stored.id, "threadId": stored.thread_id}
                labels = list(stored.labels)
            else:
                ref = {k: v for k, v in self.deleted[mid].items() if k != "labelIds"}
                labels = list(self.deleted[mid]["labelIds"])
            if label and label not in labels:
                continue
            records.append(
                {
                    "id": str(hid),
                    "messages": [ref],
                    _RECORD_KEY[kind]: [{"message": {**ref, "labelIds": labels}}],
                }
            )
        chunk, more = self._page(records, q, 100, 500)
        out: Json = {"historyId": str(self.history_id)}
        if chunk:
            out["history"] = chunk
        if more:
            out["nextPageToken"] = more
        return Reply.json(200, out)

    def _h_threads_get(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        thread_id = path.rsplit("/", 1)[1]
        members = sorted(
            (m for m in self.messages.values() if m.thread_id == thread_id),
            key=lambda m: m.index.internal_date,
        )
        if not members:
            return _error(404, "Requested entity was not found.", "notFound")
        fmt = q.get("format", ["full"])[0]
        if fmt not in ("full", "metadata", "minimal"):  # threads.get has no raw
            return _error(400, f"Invalid format {fmt!r}", "invalidArgument")
        headers = q.get("metadataHeaders", [])
        return Reply.json(
            200,
            {
                "id": thread_id,
                "historyId": str(max(m.history_id for m in members)),
                "messages": [m.resource(fmt, headers) for m in members],
            },
        )

    def _store_draft(self, body: bytes, draft_id: str | None) -> Reply:
        try:
            msg = json.loads(body)["message"]
            raw = base64.urlsafe_b64decode(msg["raw"] + "=" * (-len(msg["raw"]) % 4))
        except (ValueError, KeyError, TypeError):
            return _error(400, "Invalid draft body", "invalidArgument")
        thread = msg.get("threadId")
        if thread and not any(m.thread_id == thread for m in self.messages.values()):
            return _error(404, "Requested entity was not found.", "notFound")
        if draft_id is not None:
            old = self.messages.get(self.drafts[draft_id])
            thread = thread or (old.thread_id if old else None)
            if old is not None:
                self.delete_message(old.id)  # Gmail replaces the draft's message
        mid = self.add_message(raw, ["DRAFT"], thread_id=thread, internal_date=self._now())
        draft_id = draft_id or f"r{next(self._draft_ids):019d}"
        self.drafts[draft_id] = mid
        stored = self.messages[mid]
        return Reply.json(
            200,
            {
                "id": draft_id,
                "message": {"id": mid, "threadId": stored.thread_id, "labelIds": ["DRAFT"]},
            },
        )

    def _h_drafts_create(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        return self._store_draft(b, None)

    def _h_drafts_update(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        draft_id = path.rsplit("/", 1)[1]
        if draft_id not in self.drafts:
            return _error(404, "Requested entity was not found.", "notFound")
        return self._store_draft(b, draft_id)

    def _h_drafts_get(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        draft_id = path.rsplit("/", 1)[1]
        if draft_id not in self.drafts:
            return _error(404, "Requested entity was not found.", "notFound")
        stored = self.messages[self.drafts[draft_id]]
        fmt = q.get("format", ["full"])[0]
        return Reply.json(200, {"id": draft_id, "message": stored.resource(fmt, [])})

    def _h_drafts_list(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        by_message = {mid: did for did, mid in self.drafts.items()}
        pool = [self.messages[mid] for mid in by_message]
        query = q.get("q", [""])[0]
        if not self.drafts_msgid_search and "rfc822msgid:" in query:
            pool = []  # the switch: Gmail ignoring Message-ID search on drafts
        hits = self._search(query, pool)
        chunk, more = self._page(hits, q, 100, 500)
        out: Json = {"resultSizeEstimate": len(hits)}
        if chunk:
            out["drafts"] = [
                {"id": by_message[m.id], "message": {"id": m.id, "threadId": m.thread_id}}
                for m in chunk
            ]
        if more:
            out["nextPageToken"] = more
        return Reply.json(200, out)

    def _h_drafts_delete(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        draft_id = path.rsplit("/", 1)[1]
        mid = self.drafts.pop(draft_id, None)
        if mid is None:
            return _error(404, "Requested entity was not found.", "notFound")
        if mid in self.messages:
            self.delete_message(mid)
        return Reply(204)

    # --- Calendar --------------------------------------------------------------------------
    def _h_events_list(
        self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes
    ) -> Reply:
        calendar_id = path[len("/calendar/v3/calendars/") : -len("/events")]
        if calendar_id not in self.events:
            return _error(404, "Not Found", "notFound")
        events = sorted(self.events[calendar_id].values(), key=lambda pair: pair[0])
        token = q.get("syncToken", [None])[0]
        if token is not None:
            banned = {"timeMin", "timeMax", "q", "orderBy", "iCalUID", "updatedMin"} & set(q)
            if banned:
                return _error(400, f"{sorted(banned)} cannot be used with syncToken", "invalid")
            try:
                cal, epoch, seq = base64.urlsafe_b64decode(token).decode().rsplit("|", 2)
            except ValueError:
                return _error(400, "Invalid sync token value.", "invalid")
            if cal != calendar_id or int(epoch) != self.sync_epoch:
                return _error(
                    410,
                    "Sync token is no longer valid, a full sync is required.",
                    "fullSyncRequired",
                    "calendar",
                )
            picked = [ev for s, ev in events if s > int(seq)]
        else:
            show_deleted = q.get("showDeleted", ["false"])[0] == "true"
            picked = [ev for _, ev in events if show_deleted or ev["status"] != "cancelled"]
            if "timeMin" in q:
                bound = datetime.fromisoformat(q["timeMin"][0].replace("Z", "+00:00"))
                picked = [ev for ev in picked if _event_end(ev) is None or _event_end(ev) > bound]  # type: ignore[operator]
        chunk, more = self._page(picked, q, 250, 2500)
        out: Json = {
            "kind": "calendar#events",
            "summary": calendar_id,
            "timeZone": "UTC",
            "updated": datetime.now(UTC).isoformat(),
            "items": chunk,
        }
        if more:
            out["nextPageToken"] = more
        else:
            raw_token = f"{calendar_id}|{self.sync_epoch}|{self.event_seq}"
            out["nextSyncToken"] = base64.urlsafe_b64encode(raw_token.encode()).decode()
        return Reply.json(200, out)

    # --- OAuth -----------------------------------------------------------------------------
    def _h_token(self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes) -> Reply:
        form = {k: v[0] for k, v in parse_qs(b.decode()).items()}
        self.last_token_form = form
        grant = form.get("grant_type")
        if grant == "refresh_token" and self.refresh_fails:
            return Reply.json(
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "Token has been expired or revoked.",
                },
            )
        refresh = form.get("refresh_token")
        if grant == "authorization_code":
            if form.get("code") not in self.auth_codes:
                return Reply.json(400, {"error": "invalid_grant", "error_description": "Bad code."})
            refresh = self.auth_codes.pop(form["code"])
        elif grant != "refresh_token":
            return Reply.json(400, {"error": "unsupported_grant_type"})
        access = f"ya29.fake-{len(self.issued_tokens) + 1}"
        self.issued_tokens.append(access)
        out: Json = {"access_token": access, "expires_in": 3599, "token_type": "Bearer"}
        if grant == "authorization_code":
            out["refresh_token"] = refresh
        return Reply.json(200, out)

    # --- batch -----------------------------------------------------------------------------
    def _h_batch(self, path: str, q: dict[str, list[str]], h: dict[str, str], b: bytes) -> Reply:
        ctype = h.get("content-type", "")
        outer = email.message_from_bytes(
            b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + b, policy=email.policy.compat32
        )
        if not outer.is_multipart():
            return _error(400, "batch body must be multipart/mixed", "invalidArgument")
        boundary = "batch_fake_boundary"
        out: list[bytes] = []
        for part in outer.get_payload():
            assert isinstance(part, email.message.Message)
            content_id = str(part["Content-ID"] or "<+0>").strip("<>")
            payload = part.get_payload()
            payload = payload if isinstance(payload, str) else str(payload)
            head, _, inner_body = payload.replace("\r\n", "\n").partition("\n\n")
            request_line, *header_lines = head.split("\n")
            verb, target, _ = request_line.split(" ", 2)
            inner_headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in header_lines)
            }
            self.lock.release()  # let dispatch take the lock per inner call
            try:
                reply = self.dispatch(verb, target, inner_headers, inner_body.encode())
            finally:
                self.lock.acquire()
            status_text = HTTPStatus(reply.status).phrase
            lines = [f"HTTP/1.1 {reply.status} {status_text}"]
            lines += [f"{k}: {v}" for k, v in reply.headers.items()]
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{content_id}>\r\n\r\n".encode()
                + "\r\n".join(lines).encode()
                + b"\r\n\r\n"
                + reply.body
                + b"\r\n"
            )
        body = b"".join(out) + f"--{boundary}--\r\n".encode()
        return Reply(200, body, {"Content-Type": f"multipart/mixed; boundary={boundary}"})


def _event_end(ev: Json) -> datetime | None:
    end = ev.get("end") or {}
    value = end.get("dateTime") or end.get("date")
    if not value:
        return None
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class _Handler(BaseHTTPRequestHandler):
    google: FakeGoogle
    protocol_version = "HTTP/1.1"  # keep-alive, like Google; httplib2 reuses connections

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: tests read counters, not logs."""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            reply = self.google.dispatch(self.command, self.path, headers, body)
        except _Reset:
            # SO_LINGER 0 makes close() send an RST: the client sees a connection reset.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        self.send_response(reply.status)
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    do_GET = do_POST = do_PUT = do_DELETE = _serve


def iter_running() -> Iterator[FakeGoogle]:
    """Start a fake, yield it, stop it (the body of the pytest fixture)."""
    fake = FakeGoogle().start()
    try:
        yield fake
    finally:
        fake.stop()
