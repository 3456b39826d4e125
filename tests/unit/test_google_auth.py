"""Token file handling and the re-auth message (no network: HttpMockSequence)."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.http import HttpMockSequence

from integrations import google_auth
from integrations.errors import ReauthRequired
from integrations.google_auth import SCOPES, load_credentials, save_credentials


def expired_creds() -> Credentials:
    return Credentials(
        token="old",
        refresh_token="rt",
        token_uri="https://oauth2.example/token",
        client_id="cid",
        client_secret="secret",
        scopes=list(SCOPES),
        expiry=datetime.utcnow() - timedelta(hours=1),
    )


def test_scopes_are_exactly_the_three() -> None:
    assert {s.rsplit("/", 1)[1] for s in SCOPES} == {
        "gmail.readonly",
        "gmail.compose",
        "calendar.readonly",
    }


def test_token_file_is_0600_and_loadable(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "token.json"
    save_credentials(expired_creds(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["refresh_token"] == "rt"
    assert [p.name for p in path.parent.iterdir()] == ["token.json"]  # no temp file left


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "token.json"
    path.write_text("previous")

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(google_auth.os, "replace", boom)
    with pytest.raises(OSError):
        save_credentials(expired_creds(), path)
    assert path.read_text() == "previous"  # the old token survives a failed write
    assert [p.name for p in tmp_path.iterdir()] == ["token.json"]


def test_refresh_saves_the_new_token(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    save_credentials(expired_creds(), path)
    http = HttpMockSequence(
        [({"status": "200"}, json.dumps({"access_token": "new", "expires_in": 3600}))]
    )
    creds = load_credentials(path, http=http)
    assert creds.token == "new" and creds.valid
    assert json.loads(path.read_text())["token"] == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_invalid_grant_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    save_credentials(expired_creds(), path)
    body = json.dumps(
        {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
    )
    http = HttpMockSequence([({"status": "400"}, body)])
    with pytest.raises(ReauthRequired) as caught:
        load_credentials(path, http=http)
    text = str(caught.value)
    assert (
        "followup auth" in text
        and "7 days" in text
        and "In production" in text
        and "Testing" in text
    )


def test_missing_or_broken_token_file(tmp_path: Path) -> None:
    with pytest.raises(ReauthRequired, match="followup auth"):
        load_credentials(tmp_path / "none.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{}")
    with pytest.raises(ReauthRequired, match="unreadable"):
        load_credentials(broken)


def test_pasted_redirect_address_is_checked() -> None:
    assert google_auth._code_from("4/abc", "s") == "4/abc"
    assert google_auth._code_from("http://localhost:1/?state=s&code=4/xyz&scope=a", "s") == "4/xyz"
    with pytest.raises(ReauthRequired, match="another sign-in"):
        google_auth._code_from("http://localhost:1/?state=other&code=4/xyz", "s")
    with pytest.raises(ReauthRequired, match="access_denied"):
        google_auth._code_from("http://localhost:1/?error=access_denied", "s")
    assert os.sep  # keep os imported for monkeypatching above
