"""The body of ``followup auth``: sign in to Google once and save the token file (0600)."""

from __future__ import annotations

from pathlib import Path

from oauthlib.oauth2.rfc6749.errors import OAuth2Error  # type: ignore[import-untyped]

from followup.errors import AuthError, ConfigError, SourceError
from integrations.errors import ReauthRequired, SourceUnavailable
from integrations.google_auth import SCOPES, client_config, run_flow, save_credentials
from integrations.google_client import api_errors, build_gmail


def run_auth(
    client_secrets: Path, token_file: Path, no_browser: bool, api_endpoint: str | None
) -> None:
    """Run the consent flow, save the token, and check it by reading the mailbox address.

    ``api_endpoint`` points the OAuth token exchange and the check at another server (a local
    fake in tests); ``None`` means Google. Failures are the CLI's errors (one line each):
    :class:`ConfigError` for an unreadable client file, :class:`AuthError` when Google refuses
    the sign-in, :class:`SourceError` when Gmail cannot be reached for the check.
    """
    try:
        config = client_config(client_secrets, api_endpoint)
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"google.client_secrets_file: cannot read {client_secrets} ({exc})",
            hint="Download the OAuth client JSON (Desktop app) from Google Cloud console.",
        ) from None
    print("followup asks Google for these permissions only:")
    for scope in SCOPES:
        print(f"  {scope}")
    print("It reads mail and calendars and writes drafts; it never sends or deletes mail.")
    try:
        credentials = run_flow(config, no_browser)
    except ReauthRequired as exc:
        raise AuthError(str(exc)) from None
    except OAuth2Error as exc:  # e.g. invalid_grant for a mistyped or reused code
        detail = " ".join(str(exc.description or exc.error).split())
        raise AuthError(f"Google refused the sign-in: {detail}") from None
    if not credentials.refresh_token:
        print("warning: Google issued no refresh token; revoke the app's access and run again.")
    save_credentials(credentials, token_file)
    try:
        with api_errors("gmail getProfile"):
            profile = build_gmail(credentials, api_endpoint).users().getProfile(userId="me")
            address = profile.execute().get("emailAddress", "?")
    except ReauthRequired as exc:
        raise AuthError(str(exc)) from None
    except SourceUnavailable as exc:
        raise SourceError(f"token saved to {token_file}, but the check failed: {exc}") from None
    print(f"Signed in as {address}; token saved to {token_file}")


__all__ = ["run_auth"]
