import json
from pathlib import Path

from click.testing import CliRunner

from followup.cli import cli

MAILBOX = Path(__file__).resolve().parent.parent / "data" / "detector" / "mailbox"


def test_detect_prints_json_and_warns_on_broken_file() -> None:
    result = CliRunner().invoke(cli, ["detect", str(MAILBOX), "--explain"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(ln) for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert len(lines) == 1
    rec = lines[0]
    assert rec["status"] == "cancelled" and rec["company"] == "Acme Widgets"
    assert rec["recipients"] == ["rita@acmewidgets.example"] and rec["start"].endswith("-08:00")
    assert "04-broken.ics" in result.stderr and "# " in result.stderr


SCENARIOS = Path(__file__).resolve().parent.parent / "data" / "scenarios"


def test_explain_names_the_source_of_every_field() -> None:
    case = SCENARIOS / "s18-reschedule-by-email"
    result = CliRunner().invoke(cli, ["detect", str(case), "--explain"])
    assert result.exit_code == 0, result.output
    notes = [ln.split(": ", 1)[1] for ln in result.stderr.splitlines() if ln.startswith("#   ")]
    fields = {n.split(":", 1)[0] for n in notes}
    assert {"signals", "company", "role", "start", "end", "interviewers", "status"} <= fields
    start = next(n for n in notes if n.startswith("start:"))
    assert "02-move.eml" in start  # the e-mail that moved it, not the original invite
    people = next(n for n in notes if n.startswith("interviewers:"))
    assert "attendee of invite 01-invite.eml" in people and "writer of" in people


def test_explain_lists_candidates_that_were_not_accepted() -> None:
    case = SCENARIOS / "s28-neg-podcast-guest"
    result = CliRunner().invoke(cli, ["detect", str(case), "--explain"])
    assert result.exit_code == 0 and result.stdout.strip() == ""
    (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("# not accepted")]
    assert "media interview (-8)" in line and "time 2026-06-04T15:00:00-04:00" in line
