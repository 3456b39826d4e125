"""Google sign-in for an installed app: consent once, keep the token file, refresh silently.

The token file holds a refresh token, so it is written atomically with mode 0600. A token that
Google no longer accepts (``invalid_grant``) raises :class:`ReauthRequired` with what to do.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import google_auth_httplib2  # type: ignore[import-untyped]
import httplib2
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow

from integrations.errors import ReauthRequired, SourceUnavailable

SCOPES: tuple[str, ...] = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/calendar.readonly",
)
"""Read mail, write drafts, read calendars. Nothing else: the tool never sends or deletes mail."""

NO_BROWSER_REDIRECT = "http://localhost:1/"
"""Loopback redirect for the headless flow: nothing listens there, so the browser shows an
error page whose address (with ``code=``) the user pastes back. Google retired the OOB flow."""

REAUTH_HINT = (
    "Google no longer accepts the saved sign-in ({detail}). Run `followup auth` again to sign "
    "in. If this happens about every 7 days, your OAuth client's consent screen is in "
    '"Testing" status, where Google expires refresh tokens after 7 days: in Google Cloud '
    'console > Google Auth Platform > Audience, press "Publish app" to move it to "In '
    'production" (unverified is fine for your own use; you will see a warning screen once).'
)


def reauth_error(detail: str) -> ReauthRequired:
    """A :class:`ReauthRequired` whose message explains what to do."""
    return ReauthRequired(REAUTH_HINT.format(detail=detail))


def save_credentials(credentials: Credentials, token_file: Path) -> None:
    """Write the token file atomically (temp file + ``os.replace``) with mode 0600."""
    token_file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".token-", dir=token_file.parent)  # created 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(credentials.to_json())  # type: ignore[no-untyped-call]
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, token_file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def refresh_failure(exc: RefreshError) -> Exception:
    """What a failed token refresh means for the user, as the error to raise.

    ``invalid_grant`` (expired or revoked refresh token) and any other refusal by the token
    endpoint (``invalid_client``: the OAuth client was deleted) need a new sign-in:
    :class:`ReauthRequired`. A refresh that failed on Google's side or the network (google-auth
    marks it ``retryable``) is a :class:`SourceUnavailable`: the next pass may well succeed.
    """
    text = " ".join(str(exc).split())
    if "invalid_grant" in text or "revoked" in text.lower() or "expired" in text.lower():
        return reauth_error("invalid_grant: the refresh token expired or was revoked")
    if exc.retryable:
        return SourceUnavailable(f"Google's sign-in service failed ({text}); try again later.")
    return ReauthRequired(
        f"Google refused to renew the saved sign-in ({text}). Run `followup auth` again."
    )


def _refresh(credentials: Credentials, http: httplib2.Http | None) -> None:
    try:
        request = google_auth_httplib2.Request(http or httplib2.Http(timeout=60))
        credentials.refresh(request)  # type: ignore[no-untyped-call]
    except RefreshError as exc:
        raise refresh_failure(exc) from exc


def load_credentials(
    token_file: Path, http: httplib2.Http | None = None, token_uri: str | None = None
) -> Credentials:
    """The saved credentials, refreshed (and saved again) when the access token has expired.

    ``token_uri`` replaces Google's token endpoint (a local fake in tests): google-auth ignores
    the one stored in the file on purpose. Raises :class:`ReauthRequired` when there is no
    usable token file or Google refuses it.
    """
    if not token_file.exists():
        raise ReauthRequired(f"No Google sign-in saved at {token_file}. Run `followup auth` first.")
    try:
        credentials: Credentials = Credentials.from_authorized_user_file(  # type: ignore[no-untyped-call]
            str(token_file), list(SCOPES)
        )
    except (ValueError, KeyError) as exc:
        raise ReauthRequired(
            f"The token file {token_file} is unreadable ({exc}). Run `followup auth` again."
        ) from exc
    stale = not credentials.valid
    if token_uri:
        # with_token_uri() copies without the expiry, so judge staleness before it.
        credentials = credentials.with_token_uri(token_uri)
    if stale:
        if not credentials.refresh_token:
            raise reauth_error("no refresh token saved")
        _refresh(credentials, http)
        save_credentials(credentials, token_file)
    return credentials


def client_config(client_secrets: Path, api_endpoint: str | None = None) -> dict[str, Any]:
    """The ``client_secret_*.json`` content; with ``api_endpoint`` its URIs point there (tests)."""
    config: dict[str, Any] = json.loads(client_secrets.read_text(encoding="utf-8"))
    if api_endpoint:
        section = config.get("installed") or config.get("web") or {}
        base = api_endpoint.rstrip("/")
        section["token_uri"] = f"{base}/token"
        section["auth_uri"] = f"{base}/o/oauth2/auth"
    return config


def _code_from(pasted: str, expected_state: str | None) -> str:
    pasted = pasted.strip()
    if not pasted.startswith(("http://", "https://")):
        return pasted  # the bare code
    params = parse_qs(urlsplit(pasted).query)
    if "error" in params:
        raise ReauthRequired(
            f"Google refused the sign-in: {params['error'][0]}. Run `followup auth` again."
        )
    if expected_state and params.get("state", [expected_state])[0] != expected_state:
        raise ReauthRequired(
            "The pasted address belongs to another sign-in attempt. Run `followup auth` again."
        )
    if "code" not in params:
        raise ReauthRequired("The pasted address has no code= in it. Run `followup auth` again.")
    return params["code"][0]


def run_flow(
    config: dict[str, Any],
    no_browser: bool,
    input_fn: Callable[[str], str] | None = None,
    print_fn: Callable[[str], None] = print,
) -> Credentials:
    """Ask the user for consent and return the new credentials (with a refresh token).

    ``no_browser`` prints the consent address and reads back the redirected address or code
    (``input_fn``, default :func:`input`) for machines without a browser.
    """
    read = input_fn or input
    flow = InstalledAppFlow.from_client_config(config, list(SCOPES))
    if not no_browser:
        creds: Credentials = flow.run_local_server(port=0, prompt="consent", access_type="offline")
        return creds
    flow.redirect_uri = NO_BROWSER_REDIRECT
    loopback = str(flow.client_config.get("token_uri", "")).startswith(
        ("http://127.0.0.1", "http://localhost")
    )
    saved = os.environ.get("OAUTHLIB_INSECURE_TRANSPORT")
    if loopback:
        # oauthlib insists on https; a loopback (test) OAuth server is plain http.
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    try:
        url, state = flow.authorization_url(prompt="consent", access_type="offline")
        print_fn("Open this address in a browser on any machine and allow access:\n\n" + url + "\n")
        print_fn(
            "The browser then fails to load a localhost page. Copy that page's full address "
            "from the address bar (or just the code= value) and paste it here."
        )
        code = _code_from(read("Address or code: "), state)
        flow.fetch_token(code=code)
    finally:
        if loopback and saved is None:
            os.environ.pop("OAUTHLIB_INSECURE_TRANSPORT", None)
    fetched: Credentials = flow.credentials
    return fetched
