"""The CLI's commands and its single error boundary: exit codes and one-line messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.demo import DEMO_NOW
from followup.demo_mailbox import build


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed entry point in a child process, so exit codes are the real ones."""
    return subprocess.run(
        [sys.executable, "-c", "from followup.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    build(tmp_path / "demo")
    return tmp_path / "demo" / "config.yaml"


def test_bad_config_lists_every_problem_and_exits_3(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "user:\n  name: A\n  email: not-an-address\n  timezone: Mars/Base\n"
        "mailbox:\n  provider: maildir\n  mdir: {}\nfollowup:\n  delay: 2x\n",
        encoding="utf-8",
    )
    done = _run("sync", "--config", str(config))
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    for key in ("user.email", "user.timezone", "mailbox.mdir", "followup.delay"):
        assert key in done.stderr, done.stderr
    assert done.stderr.startswith("error: ")


def test_missing_mailbox_folder_exits_5(demo: Path) -> None:
    (demo.parent / "inbox" / "cur").rename(demo.parent / "elsewhere")
    (demo.parent / "inbox" / "new").rmdir()
    done = _run("sync", "--config", str(demo), "--now", DEMO_NOW)
    assert done.returncode == 5, done.stderr
    assert "Traceback" not in done.stderr and "error: " in done.stderr


def test_unusable_ledger_exits_6(demo: Path) -> None:
    (demo.parent / "state").write_text("a file where the ledger folder should be")
    done = _run("sync", "--config", str(demo), "--now", DEMO_NOW)
    assert done.returncode == 6, done.stderr
    assert "Traceback" not in done.stderr


def test_bad_now_is_a_usage_error(demo: Path) -> None:
    done = _run("sync", "--config", str(demo), "--now", "next tuesday")
    assert done.returncode == 2
    assert "--now" in done.stderr


def test_dry_run_writes_nothing_and_says_what_it_would_do(demo: Path) -> None:
    result = CliRunner().invoke(
        cli, ["sync", "--config", str(demo), "--dry-run", "--now", DEMO_NOW]
    )
    assert result.exit_code == 0, result.output
    assert "would create draft to Tess Morgan" in result.output
    assert not (demo.parent / "Drafts").exists()
    assert not (demo.parent / "state" / "ledger.sqlite3").exists()


def test_preview_shows_the_draft_text_and_the_evidence(demo: Path) -> None:
    result = CliRunner().invoke(cli, ["preview", "--config", str(demo), "--now", DEMO_NOW])
    assert result.exit_code == 0, result.output
    assert "Subject: Re: Marlowe Studio - UX Engineer screening call" in result.output
    assert "Hi Tess," in result.output
    assert "Why these are interviews:" in result.output
    assert not (demo.parent / "Drafts").exists()


def test_status_before_and_after_a_sync(demo: Path) -> None:
    runner = CliRunner()
    before = runner.invoke(cli, ["status", "--config", str(demo), "--now", DEMO_NOW])
    assert "No interviews found yet" in before.output
    runner.invoke(cli, ["sync", "--config", str(demo), "--now", DEMO_NOW])
    after = runner.invoke(cli, ["status", "--config", str(demo), "--now", DEMO_NOW])
    assert "cancelled  Quarry Health" in after.output
    assert "draft due Mon 2026-12-14 09:00" in after.output  # Sable: Fri onsite, after the weekend


def test_init_writes_a_loadable_example_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.yaml"
    runner = CliRunner()
    first = runner.invoke(cli, ["init", "--config", str(path)])
    assert first.exit_code == 0 and path.is_file()
    assert "# " in path.read_text(encoding="utf-8")
    done = _run("init", "--config", str(path))
    assert done.returncode == 3 and "already exists" in done.stderr


def test_config_from_environment_variable(demo: Path) -> None:
    import os

    env = {**os.environ, "FOLLOWUP_CONFIG": str(demo)}
    done = _run("status", "--now", DEMO_NOW, env=env)
    assert done.returncode == 0, done.stderr
    assert "No interviews found yet" in done.stdout
