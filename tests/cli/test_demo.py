"""`followup demo` end to end: the real sync on a copy of examples/demo, with its fixed clock.

These assertions are the demo's contract (see examples/demo/generate.py): the right people, the
right thread, the right time, nothing for the cancelled interview, the one not yet due, or the
look-alikes, and nothing more on a second pass.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.demo_mailbox import build
from followup.ledger import SqliteLedger

NY = ZoneInfo("America/New_York")
EXPECTED_RECIPIENTS = {
    "dana.whitfield@lumenlabs.example",
    "marcus.oyelaran@lumenlabs.example",
    "sam.okafor@cobaltfreight.example",
    "henry.osei@birchwoodbank.example",
    "tess.morgan@marlowestudio.example",
}


def _tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def _read(path: Path) -> EmailMessage:
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "demo"


def test_examples_demo_is_what_the_demo_builds(tmp_path: Path) -> None:
    build(tmp_path)
    committed = {
        p.relative_to(EXAMPLES): p.read_bytes()
        for p in EXAMPLES.rglob("*")
        if p.is_file() and p.relative_to(EXAMPLES).parts[0] not in ("Drafts", "state")
    }
    built = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    committed.pop(Path("README.md"))
    assert built == committed, "run `python -m followup.demo_mailbox examples/demo`"


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    before = _tree_digest(EXAMPLES)
    target = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(cli, ["demo", "--keep", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert _tree_digest(EXAMPLES) == before, "the demo must not touch the repo"
    return target / "demo", result.output


def _drafts(workdir: Path) -> list[EmailMessage]:
    return [_read(p) for p in sorted((workdir / "Drafts" / "cur").iterdir())]


def test_demo_drafts_the_right_people_once(demo_run: tuple[Path, str]) -> None:
    workdir, _ = demo_run
    drafts = _drafts(workdir)
    recipients = [addr.addr_spec.lower() for d in drafts for addr in d["To"].addresses]
    assert sorted(recipients) == sorted(EXPECTED_RECIPIENTS)


def test_demo_draft_files_carry_the_draft_flag(demo_run: tuple[Path, str]) -> None:
    workdir, _ = demo_run
    names = [p.name for p in (workdir / "Drafts" / "cur").iterdir()]
    assert names and all(name.endswith(":2,D") for name in names)


def test_demo_threads_the_reply_to_the_recruiter(demo_run: tuple[Path, str]) -> None:
    workdir, _ = demo_run
    confirmations = [
        m
        for m in (_read(p) for p in (workdir / "inbox" / "cur").iterdir())
        if "marlowestudio" in str(m["From"]) and m["In-Reply-To"]
    ]
    assert len(confirmations) == 1
    parent = confirmations[0]
    (reply,) = [d for d in _drafts(workdir) if "tess.morgan" in str(d["To"])]
    assert reply["In-Reply-To"] == parent["Message-ID"]
    assert parent["Message-ID"] in str(reply["References"])
    assert reply["Subject"] == "Re: Marlowe Studio - UX Engineer screening call"
    others = [d for d in _drafts(workdir) if "tess.morgan" not in str(d["To"])]
    assert others and all(d["In-Reply-To"] is None for d in others)


def test_demo_drafts_name_company_and_role(demo_run: tuple[Path, str]) -> None:
    workdir, _ = demo_run
    for draft in _drafts(workdir):
        body = draft.get_body(preferencelist=("plain",))
        assert body is not None
        text = str(body.get_content())
        to = str(draft["To"])
        if "lumenlabs" in to:
            assert "Lumen Labs" in text and "Backend Engineer" in text
        elif "cobaltfreight" in to:
            assert "Cobalt Freight" in text and "Data Engineer" in text
        elif "birchwoodbank" in to:
            assert "Birchwood Bank" in text and "Senior Risk Analyst" in text
        else:
            assert "Marlowe Studio" in text and "UX Engineer" in text
        assert "Alex Rivera" in text
        assert "Hiring Manager" not in text


def test_demo_due_times_follow_the_interviews(demo_run: tuple[Path, str]) -> None:
    workdir, _ = demo_run
    with SqliteLedger.open(workdir / "state" / "ledger.sqlite3") as ledger:
        due = {r: row.due.astimezone(NY) for row in ledger.drafts() for r in row.recipients}
    assert due["dana.whitfield@lumenlabs.example"] == datetime(2026, 12, 8, 15, 0, tzinfo=NY)
    assert due["sam.okafor@cobaltfreight.example"] == datetime(2026, 12, 9, 11, 0, tzinfo=NY)
    assert due["henry.osei@birchwoodbank.example"] == datetime(2026, 12, 9, 15, 45, tzinfo=NY)
    assert due["tess.morgan@marlowestudio.example"] == datetime(2026, 12, 8, 11, 30, tzinfo=NY)


def test_demo_second_pass_creates_nothing(demo_run: tuple[Path, str]) -> None:
    _, output = demo_run
    second = output.split("Second pass", 1)[1]
    assert "created draft" not in second
    assert "No drafts created, updated or removed." in second
