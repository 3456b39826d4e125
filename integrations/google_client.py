"""Building the Gmail and Calendar API clients, retrying their calls, and counting quota.

Why a hand-written retry instead of ``execute(num_retries=N)``: googleapiclient's own retry
ignores ``Retry-After`` and cannot tell a caller "this may have been applied already" (which
matters for ``drafts.create``). Why not tenacity: the policy is a dozen lines and keeping it here
avoids a dependency; the sleep and the random source are injectable so tests stay fast.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import google_auth_httplib2  # type: ignore[import-untyped]
import httplib2
from google.auth.credentials import Credentials
from google.auth.exceptions import RefreshError
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest, HttpRequest

from integrations.errors import SourceUnavailable
from integrations.google_auth import refresh_failure

LEGACY_UNITS: Mapping[str, int] = {
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
"""Gmail quota units per call for projects on the legacy regime (Calendar counts requests)."""

UNITS_2026: Mapping[str, int] = {**LEGACY_UNITS, "messages.get": 20, "threads.get": 40}
"""Projects created on or after 2026-05-01: ``messages.get`` 20 units, ``threads.get`` 40."""

RETRYABLE_403_REASONS = frozenset({"userRateLimitExceeded", "rateLimitExceeded"})
DEFAULT_TIMEOUT_S = 60.0


class GoogleApiError(SourceUnavailable):
    """A Google API call failed for good (not retryable, or retries exhausted).

    ``status`` is the HTTP status (0 for a connection failure); the message is one line.
    """

    def __init__(self, message: str, status: int = 0, reason: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


@dataclass
class QuotaMeter:
    """Counts calls and quota units per API method (``messages.get`` ...).

    ``http_requests`` counts round trips: a batch of 50 gets is 1 round trip and 50 calls.
    Every attempt is counted, retries included (Google may charge a failed call).
    """

    units_table: Mapping[str, int] = field(default_factory=lambda: dict(LEGACY_UNITS))
    calls: Counter[str] = field(default_factory=Counter)
    http_requests: int = 0

    def record(self, method: str, n: int = 1) -> None:
        """Count ``n`` calls of ``method``."""
        self.calls[method] += n

    def units(self, method: str | None = None) -> int:
        """Quota units spent by ``method``, or in total."""
        if method is not None:
            return self.calls[method] * self.units_table.get(method, 0)
        return sum(self.units(m) for m in self.calls)

    def report(self) -> dict[str, int]:
        """Flat figures for :attr:`integrations.base.Changes.cost`.

        Keys: ``requests`` (round trips), ``calls``, ``units``, and per method
        ``calls:<method>`` and ``units:<method>``.
        """
        out = {
            "requests": self.http_requests,
            "calls": sum(self.calls.values()),
            "units": self.units(),
        }
        for method in sorted(self.calls):
            out[f"calls:{method}"] = self.calls[method]
            out[f"units:{method}"] = self.units(method)
        return out


@dataclass(frozen=True)
class RetryPolicy:
    """Truncated exponential backoff with full jitter; ``Retry-After`` wins when given."""

    attempts: int = 5
    base_s: float = 1.0
    cap_s: float = 32.0
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = random.random

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        if retry_after is not None:
            return min(retry_after, self.cap_s * 4)
        return float(self.rand() * min(self.cap_s, self.base_s * 2**attempt))


def _retry_after(resp: Any) -> float | None:
    value = resp.get("retry-after") if hasattr(resp, "get") else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP-date: rare from Google; fall back to backoff


def error_reason(exc: HttpError) -> str:
    """The first ``errors[].reason`` of a Google error body, or ``""``."""
    try:
        body = json.loads(exc.content.decode("utf-8"))
        errors = body.get("error", {}).get("errors") or []
        return str(errors[0].get("reason", "")) if errors else ""
    except (ValueError, AttributeError, UnicodeDecodeError):
        return ""


def status_of(exc: BaseException) -> int:
    """HTTP status of an ``HttpError`` (0 for anything else)."""
    return int(exc.resp.status) if isinstance(exc, HttpError) else 0


def retry_delay_hint(exc: BaseException) -> tuple[bool, float | None]:
    """Whether ``exc`` is worth retrying, and the server's ``Retry-After`` if it sent one."""
    if isinstance(exc, HttpError):
        status = int(exc.resp.status)
        if status == 429 or status >= 500:
            return True, _retry_after(exc.resp)
        if status == 403 and error_reason(exc) in RETRYABLE_403_REASONS:
            return True, _retry_after(exc.resp)
        return False, None
    if isinstance(exc, (ConnectionError, TimeoutError, httplib2.ServerNotFoundError)):
        return True, None
    return False, None


def describe(exc: BaseException) -> str:
    """One line for a human."""
    if isinstance(exc, HttpError):
        return f"HTTP {exc.resp.status} {error_reason(exc) or exc.resp.reason}"
    text = " ".join(str(exc).split())  # one line, whatever the library put in the message
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def execute(
    request: HttpRequest,
    method: str,
    meter: QuotaMeter,
    policy: RetryPolicy,
    *,
    retry: bool = True,
) -> Any:
    """Run one API request with retries; raise ``HttpError`` (non-retryable) or the last error.

    With ``retry=False`` the first retryable failure is re-raised, so the caller can check
    whether the call took effect (``drafts.create``) before trying again.
    """
    for attempt in range(1, policy.attempts + 1):
        meter.record(method)
        meter.http_requests += 1
        try:
            return request.execute(num_retries=0)
        except RefreshError as exc:
            # The access token expired mid-sync and Google refused the refresh token.
            raise refresh_failure(exc) from exc
        except (HttpError, ConnectionError, TimeoutError, httplib2.ServerNotFoundError) as exc:
            retryable, after = retry_delay_hint(exc)
            if not retry or not retryable or attempt == policy.attempts:
                raise
            policy.sleep(policy.delay(attempt, after))
    raise AssertionError("unreachable")


NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    ConnectionError,
    TimeoutError,
    httplib2.ServerNotFoundError,
    httplib2.HttpLib2Error,
    OSError,
)
"""What a request raises when the network (not Google) failed; retries are already spent."""


@contextmanager
def api_errors(what: str) -> Iterator[None]:
    """Turn what escapes a Google call into :class:`GoogleApiError` with one line naming ``what``.

    The connectors' public methods run inside this, so the CLI sees one error type (exit code 5)
    and never a traceback. :class:`~integrations.errors.ReauthRequired` passes through.
    """
    try:
        yield
    except HttpError as exc:
        raise GoogleApiError(
            f"{what} failed: {describe(exc)}", status_of(exc), error_reason(exc)
        ) from exc
    except NETWORK_ERRORS as exc:
        raise GoogleApiError(f"{what} failed: {describe(exc)}") from exc


def _collector(
    answers: dict[str, Any | BaseException],
) -> Callable[[str, Any, BaseException | None], None]:
    """A batch callback that stores each part's response or exception under its id."""

    def callback(request_id: str, response: Any, exception: BaseException | None) -> None:
        answers[request_id] = exception if exception is not None else response

    return callback


def run_batch(
    service: Any,
    requests: Sequence[tuple[str, HttpRequest]],
    method: str,
    batch_uri: str,
    meter: QuotaMeter,
    policy: RetryPolicy,
    batch_size: int = 50,
) -> dict[str, Any | BaseException]:
    """Run read-only requests in batches of ``batch_size``; retry the parts that may succeed.

    Returns each request key's response, or the exception that ended it. The batch is built
    with an explicit ``batch_uri`` because ``new_batch_http_request()`` ignores a custom
    ``api_endpoint``.
    """
    results: dict[str, Any | BaseException] = {}
    pending = list(requests)
    for attempt in range(1, policy.attempts + 1):
        retry_after: float | None = None
        still: list[tuple[str, HttpRequest]] = []
        for start in range(0, len(pending), batch_size):
            chunk = pending[start : start + batch_size]
            answers: dict[str, Any | BaseException] = {}
            batch = BatchHttpRequest(callback=_collector(answers), batch_uri=batch_uri)
            for key, req in chunk:
                batch.add(req, request_id=key)
            meter.record(method, len(chunk))
            meter.http_requests += 1
            try:
                batch.execute(http=service._http)
            except RefreshError as exc:  # a part answered 401 and the refresh failed
                raise refresh_failure(exc) from exc
            except (HttpError, ConnectionError, TimeoutError, httplib2.ServerNotFoundError) as exc:
                ok, after = retry_delay_hint(exc)
                for key, _req in chunk:
                    answers.setdefault(key, exc)
                if not ok:
                    for key, _req in chunk:
                        results[key] = answers[key]
                    continue
                retry_after = after if after is not None else retry_after
            for key, req in chunk:
                answer = answers.get(key, GoogleApiError("no answer in batch response"))
                ok, after = (
                    retry_delay_hint(answer) if isinstance(answer, BaseException) else (False, None)
                )
                if ok and attempt < policy.attempts:
                    still.append((key, req))
                    retry_after = after if after is not None else retry_after
                else:
                    results[key] = answer
        if not still:
            break
        pending = still
        policy.sleep(policy.delay(attempt, retry_after))
    return results


def _authorized_http(
    credentials: Credentials, timeout_s: float
) -> google_auth_httplib2.AuthorizedHttp:
    return google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=timeout_s))


def build_gmail(
    credentials: Credentials, api_endpoint: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S
) -> Any:
    """A Gmail v1 client from the discovery document shipped in the library (no network)."""
    options = {"api_endpoint": api_endpoint} if api_endpoint else None
    return build(
        "gmail",
        "v1",
        http=_authorized_http(credentials, timeout_s),
        static_discovery=True,
        cache_discovery=False,
        client_options=options,
    )


def build_calendar(
    credentials: Credentials, api_endpoint: str | None = None, timeout_s: float = DEFAULT_TIMEOUT_S
) -> Any:
    """A Calendar v3 client; ``api_endpoint`` is a base URL (``/calendar/v3/`` is appended)."""
    options = None
    if api_endpoint:
        # api_endpoint replaces rootUrl + servicePath, so Calendar needs its path suffix.
        options = {"api_endpoint": api_endpoint.rstrip("/") + "/calendar/v3/"}
    return build(
        "calendar",
        "v3",
        http=_authorized_http(credentials, timeout_s),
        static_discovery=True,
        cache_discovery=False,
        client_options=options,
    )


def batch_uri(api_endpoint: str | None, api: str) -> str:
    """The batch URL for ``api`` (``gmail/v1``) at ``api_endpoint`` or at Google."""
    if api_endpoint:
        return api_endpoint.rstrip("/") + f"/batch/{api}"
    return (
        "https://gmail.googleapis.com/batch"
        if api == "gmail/v1"
        else f"https://www.googleapis.com/batch/{api}"
    )
