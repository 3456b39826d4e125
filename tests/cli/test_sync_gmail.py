"""`followup sync` end to end on Gmail + Google Calendar: the real CLI, the real Google client
library, and the fake Google server over HTTP on 127.0.0.1.

The mailbox is the demo's (examples/demo), delivered into the fake Gmail with its threads, and
the standalone Outlook invite of the demo arrives as a Calendar API event instead of an .ics
file. The drafts must be the demo's drafts, in the right Gmail threads.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.demo import DEMO_NOW
from followup.demo_mailbox import build
from tests.fakes import FakeGoogle

EXPECTED = {
    "dana.whitfield@lumenlabs.example",
    "marcus.oyelaran@lumenlabs.example",
    "sam.okafor@cobaltfreight.example",
    "henry.osei@birchwoodbank.example",
    "tess.morgan@marlowestudio.example",
}


def _thread_key(raw: bytes) -> str:
    subject = str(message_from_bytes(raw, policy=policy.default)["Subject"] or "")
    return re.sub(r"^(?:(?:re|fwd?):\s*)+", "", subject, flags=re.I)


def _seed(fake: FakeGoogle, demo: Path) -> dict[str, str]:
    """Deliver the demo mail into the fake; return thread ids by thread subject."""
    build(demo)
    threads: dict[str, str] = {}
    folders = [(demo / "inbox" / "cur", ["INBOX"]), (demo / "sent" / "cur", ["SENT"])]
    files = sorted(
        ((p, labels) for folder, labels in folders for p in folder.iterdir()),
        key=lambda pair: pair[0].name,
    )
    for path, labels in files:
        raw = path.read_bytes()
        key = _thread_key(raw)
        mid = fake.add_message(raw, labels=labels, thread_id=threads.get(key))
        threads.setdefault(key, mid)
    fake.add_event(
        "primary",
        {
            "id": "birchwood0hm",
            "iCalUID": "040000008200E00074C5B7101A82E00800000000B0F3A1C2D3E4D9010000000000000000",
            "summary": "Senior Risk Analyst - Hiring Manager Interview (Birchwood Bank)",
            "description": "Hiring manager interview for the Senior Risk Analyst position with "
            "Henry Osei, Head of Credit Risk.",
            "start": {"dateTime": "2026-12-08T15:00:00-05:00", "timeZone": "America/New_York"},
            "end": {"dateTime": "2026-12-08T15:45:00-05:00", "timeZone": "America/New_York"},
            "organizer": {
                "email": "grace.whitman@birchwoodbank.example",
                "displayName": "Grace Whitman",
            },
            "attendees": [
                {"email": "alex.rivera@example.com", "self": True, "responseStatus": "accepted"},
                {
                    "email": "henry.osei@birchwoodbank.example",
                    "displayName": "Henry Osei",
                    "responseStatus": "accepted",
                },
            ],
        },
    )
    return threads


@pytest.fixture
def config(tmp_path: Path, fake_google: FakeGoogle) -> Path:
    fake_google.now = datetime.fromisoformat(DEMO_NOW).astimezone(UTC)
    (tmp_path / "client_secret.json").write_text('{"installed": {}}', encoding="utf-8")
    token = {
        "token": "fake-access",
        "refresh_token": "fake-refresh",
        "client_id": "fake.apps.googleusercontent.com",
        "client_secret": "fake-secret",
        "expiry": "2099-01-01T00:00:00Z",
    }
    (tmp_path / "token.json").write_text(json.dumps(token), encoding="utf-8")
    text = f"""
user:
  name: Alex Rivera
  email: alex.rivera@example.com
  timezone: America/New_York
  signature: "Best regards,\\nAlex Rivera"
mailbox:
  provider: gmail
google:
  client_secrets_file: client_secret.json
  token_file: token.json
  api_endpoint: {fake_google.url}
  token_uri: {fake_google.token_uri}
ledger:
  path: state/ledger.sqlite3
"""
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _sync(config: Path) -> str:
    result = CliRunner().invoke(
        cli, ["sync", "--config", str(config), "--now", DEMO_NOW], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_sync_on_gmail_leaves_the_demo_drafts_in_their_threads(
    config: Path, fake_google: FakeGoogle
) -> None:
    threads = _seed(fake_google, config.parent / "demo")
    _sync(config)
    drafts = {did: fake_google.draft_message(did) for did in fake_google.drafts}
    to = sorted(a.addr_spec for m in drafts.values() for a in m["To"].addresses)
    assert to == sorted(EXPECTED)
    (tess_id,) = [d for d, m in drafts.items() if "tess.morgan" in str(m["To"])]
    tess = drafts[tess_id]
    assert tess["Subject"] == "Re: Marlowe Studio - UX Engineer screening call"
    assert tess["In-Reply-To"]
    thread = fake_google.messages[fake_google.drafts[tess_id]].thread_id
    assert thread == threads["Marlowe Studio - UX Engineer screening call"]


def test_second_gmail_sync_creates_nothing_and_costs_little(
    config: Path, fake_google: FakeGoogle
) -> None:
    _seed(fake_google, config.parent / "demo")
    _sync(config)
    count = len(fake_google.drafts)
    fake_google.reset_counters()
    output = _sync(config)
    assert len(fake_google.drafts) == count
    assert "No drafts to create, update or remove." in output
    # history.list + events.list, plus one drafts.get per draft to see whether it was edited.
    assert fake_google.units.get("history.list", 0) == 2
    assert "messages.get" not in fake_google.units
