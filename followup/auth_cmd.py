"""The body of ``followup auth``: sign in to Google once and save the token file (0600)."""

from __future__ import annotations

from pathlib import Path

from integrations.google_auth import SCOPES, client_config, run_flow, save_credentials
from integrations.google_client import build_gmail


def run_auth(
    client_secrets: Path, token_file: Path, no_browser: bool, api_endpoint: str | None
) -> None:
    """Run the consent flow, save the token, and check it by reading the mailbox address.

    ``api_endpoint`` points the OAuth token exchange and the check at another server (a local
    fake in tests); ``None`` means Google.
    """
    print("followup asks Google for these permissions only:")
    for scope in SCOPES:
        print(f"  {scope}")
    print("It reads mail and calendars and writes drafts; it never sends or deletes mail.")
    credentials = run_flow(client_config(client_secrets, api_endpoint), no_browser)
    if not credentials.refresh_token:
        print("warning: Google issued no refresh token; revoke the app's access and run again.")
    save_credentials(credentials, token_file)
    profile = build_gmail(credentials, api_endpoint).users().getProfile(userId="me").execute()
    print(f"Signed in as {profile.get('emailAddress', '?')}; token saved to {token_file}")
