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
