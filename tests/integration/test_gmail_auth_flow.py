"""`followup auth` (no-browser flow) and the re-auth path against the fake token endpoint."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials

from followup.auth_cmd import run_auth
from followup.errors import AuthError, ConfigError
from integrations.errors import ReauthRequired
from integrations.gmail import GmailMailbox
from integrations.google_auth import SCOPES, load_credentials, save_credentials
from tests.fakes import FakeGoogle


def secrets(tmp_path: Path) -> Path:
    path = tmp_path / "client_secret.json"
    path.write_text(
        json.dumps(
            {
                "installed": {
                    "client_id": "cid.apps.googleusercontent.com",
                    "client_secret": "s",
                    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                    "token_uri": "https://oauth2.googleapis.com/token",
                    "redirect_uris": ["http://localhost"],
                }
            }
        )
    )
    return path


def test_no_browser_flow_saves_a_working_token(
    fake_google: FakeGoogle,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_google.auth_codes["4/code"] = "rt-new"
    printed: list[str] = []

    def paste(prompt: str) -> str:
        url = next(
            line for line in capsys.readouterr().out.splitlines() if "/o/oauth2/auth" in line
        )
        printed.append(url)
        state = url.split("state=")[1].split("&")[0]
        return f"http://localhost:1/?state={state}&code=4/code&scope=x"

    monkeypatch.setattr("builtins.input", paste)
    token = tmp_path / "token.json"
    run_auth(secrets(tmp_path), token, no_browser=True, api_endpoint=fake_google.url)
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert json.loads(token.read_text())["refresh_token"] == "rt-new"
    assert (
        "gmail.compose" in printed[0] and "redirect_uri=http%3A%2F%2Flocalhost%3A1%2F" in printed[0]
    )
    out = capsys.readouterr().out
    assert "Signed in as me@example.com" in out
    assert fake_google.last_token_form["grant_type"] == "authorization_code"


def test_revoked_token_over_http_raises_reauth(fake_google: FakeGoogle, tmp_path: Path) -> None:
    token = tmp_path / "token.json"
    save_credentials(
        Credentials(
            token="old",
            refresh_token="rt",
            token_uri=fake_google.token_uri,
            client_id="c",
            client_secret="s",
            scopes=list(SCOPES),
            expiry=datetime.utcnow() - timedelta(minutes=5),
        ),
        token,
    )
    fake_google.refresh_fails = True
    with pytest.raises(ReauthRequired, match="Testing"):
        load_credentials(token, token_uri=fake_google.token_uri)
    fake_google.refresh_fails = False
    creds = load_credentials(token, token_uri=fake_google.token_uri)
    assert creds.token == "ya29.fake-1"
    box = GmailMailbox.from_token_file(token, api_endpoint=fake_google.url)  # saved, still valid
    assert box.changes(None).items == ()
    assert fake_google.requests["token"] == 2  # the failed refresh and the good one, no more


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("http://localhost:1/?state={state}&code=4/wrong", "Google refused the sign-in: Bad code."),
        ("http://localhost:1/?error=access_denied&state={state}", "access_denied"),
    ],
)
def test_refused_sign_in_is_an_auth_error(
    fake_google: FakeGoogle,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    answer: str,
    expected: str,
) -> None:
    def paste(prompt: str) -> str:
        url = next(
            line for line in capsys.readouterr().out.splitlines() if "/o/oauth2/auth" in line
        )
        return answer.format(state=url.split("state=")[1].split("&")[0])

    monkeypatch.setattr("builtins.input", paste)
    token = tmp_path / "token.json"
    with pytest.raises(AuthError, match=expected) as caught:
        run_auth(secrets(tmp_path), token, no_browser=True, api_endpoint=fake_google.url)
    assert caught.value.exit_code == 4 and "\n" not in str(caught.value)
    assert not token.exists()


def test_unreadable_client_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "client_secret.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="client_secrets_file"):
        run_auth(bad, tmp_path / "token.json", no_browser=True, api_endpoint=None)
