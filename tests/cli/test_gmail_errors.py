"""What `followup sync` on Gmail says and exits with when Google fails, through the real entry
point (:func:`followup.cli.main`, the CLI's one error boundary) and the fake Google over HTTP.

- a refresh token that dies mid-sync (``invalid_grant``) -> exit 4 with what to do;
- an API error that no retry can fix -> exit 5 with one ``error:`` line, no traceback;
- a lost ledger, with Gmail ignoring ``rfc822msgid:`` on drafts -> no second draft.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli, main
from followup.demo import DEMO_NOW
from tests.fakes import FakeGoogle
from tests.fakes.demo_gmail import seed_demo, write_gmail_config


def _seed(fake: FakeGoogle, folder: Path) -> None:
    """Deliver the demo mailbox into the fake Gmail, plus a calendar event."""
    seed_demo(fake, folder)
    fake.add_event(  # the primary calendar must exist; this event is not an interview
        "primary",
        {
            "summary": "Dentist",
            "start": {"dateTime": "2026-12-10T09:00:00-05:00"},
            "end": {"dateTime": "2026-12-10T09:30:00-05:00"},
        },
    )


@pytest.fixture
def config(tmp_path: Path, fake_google: FakeGoogle) -> Path:
    """A Gmail config pointing at the fake, with a saved token that is still valid."""
    return write_gmail_config(tmp_path, fake_google)


def run_main(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[str]]:
    """Run `followup sync` through main(); return the exit code and the stderr lines."""
    monkeypatch.setattr(sys, "argv", ["followup", "sync", "--config", str(config)])
    with pytest.raises(SystemExit) as stopped:
        main()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return int(stopped.value.code or 0), err.splitlines()


def test_token_dying_mid_sync_exits_4_with_the_next_step(
    config: Path,
    fake_google: FakeGoogle,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _seed(fake_google, config.parent / "demo")
    fake_google.refresh_fails = True
    fake_google.inject("messages.list", status=401, reason="authError")  # after getProfile
    code, lines = run_main(config, monkeypatch, capsys)
    assert code == 4
    (error,) = [line for line in lines if line.startswith("error: ")]
    assert "invalid_grant" in error and "followup auth" in error and "Testing" in error
    assert any(line.startswith("hint: Run `followup auth`") for line in lines)
    assert fake_google.requests["getProfile"] == 1 and fake_google.requests["token"] == 1
    assert fake_google.drafts == {}


def test_api_error_exits_5_with_one_line(
    config: Path,
    fake_google: FakeGoogle,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _seed(fake_google, config.parent / "demo")
    fake_google.inject("messages.list", status=403, reason="insufficientPermissions")
    code, lines = run_main(config, monkeypatch, capsys)
    assert code == 5
    assert lines[0] == ("error: gmail messages.list failed: HTTP 403 insufficientPermissions")
    assert len(lines) == 2 and lines[1].startswith("hint: ")


def _sync(config: Path) -> None:
    result = CliRunner().invoke(
        cli, ["sync", "--config", str(config), "--now", DEMO_NOW], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output


def test_lost_ledger_never_duplicates_drafts_without_rfc822msgid(
    config: Path, fake_google: FakeGoogle
) -> None:
    fake_google.drafts_msgid_search = False
    _seed(fake_google, config.parent / "demo")
    _sync(config)
    drafts = dict(fake_google.drafts)
    assert drafts, "the demo must have produced drafts"
    for path in (config.parent / "state").iterdir():
        path.unlink()  # the ledger (and its WAL files) is lost
    _sync(config)
    assert fake_google.drafts == drafts
