"""`followup sync` end to end on Gmail + Google Calendar: the real CLI, the real Google client
library, and the fake Google server over HTTP on 127.0.0.1.

The mailbox is the demo's (examples/demo), delivered into the fake Gmail with its threads, and
the standalone Outlook invite of the demo arrives as a Calendar API event instead of an .ics
file. The drafts must be the demo's drafts, in the right Gmail threads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.demo import DEMO_NOW
from tests.fakes import FakeGoogle
from tests.fakes.demo_gmail import seed_demo, write_gmail_config

EXPECTED = {
    "dana.whitfield@lumenlabs.example",
    "marcus.oyelaran@lumenlabs.example",
    "sam.okafor@cobaltfreight.example",
    "henry.osei@birchwoodbank.example",
    "tess.morgan@marlowestudio.example",
}


def _seed(fake: FakeGoogle, demo: Path) -> dict[str, str]:
    """The demo mail in the fake Gmail; the Birchwood invite as a Calendar API event."""
    threads = seed_demo(fake, demo)
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
    return write_gmail_config(tmp_path, fake_google)


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
    assert "No drafts created, updated or removed." in output
    # history.list + events.list, plus one drafts.get per draft to see whether it was edited.
    assert fake_google.units.get("history.list", 0) == 2
    assert "messages.get" not in fake_google.units
