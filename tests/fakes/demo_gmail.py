"""The demo mailbox delivered into the fake Gmail, and a config that points `followup` at it.

Shared by the CLI tests that run `followup sync` on the Gmail provider end to end.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

from followup.demo import DEMO_NOW
from followup.demo_mailbox import build
from tests.fakes.google_server import FakeGoogle


def seed_demo(fake: FakeGoogle, folder: Path) -> dict[str, str]:
    """Build the demo mailbox in ``folder`` and deliver it to the fake Gmail.

    Messages whose subjects match after "Re:"/"Fwd:" share a thread, as Gmail groups them.
    Returns the thread id of each thread subject.
    """
    build(folder)
    threads: dict[str, str] = {}
    boxes = [(folder / "inbox" / "cur", ["INBOX"]), (folder / "sent" / "cur", ["SENT"])]
    for path, labels in sorted(
        ((p, labels) for box, labels in boxes for p in box.iterdir()), key=lambda f: f[0].name
    ):
        raw = path.read_bytes()
        subject = str(message_from_bytes(raw, policy=policy.default)["Subject"] or "")
        key = re.sub(r"^(?:(?:re|fwd?):\s*)+", "", subject, flags=re.I)
        threads.setdefault(key, fake.add_message(raw, labels, thread_id=threads.get(key)))
    return threads


def write_gmail_config(folder: Path, fake: FakeGoogle) -> Path:
    """A Gmail config in ``folder`` pointing at ``fake``, with a saved, still valid token."""
    fake.now = datetime.fromisoformat(DEMO_NOW).astimezone(UTC)
    (folder / "client_secret.json").write_text('{"installed": {}}', encoding="utf-8")
    token = {
        "token": "fake-access",
        "refresh_token": "fake-refresh",
        "client_id": "fake.apps.googleusercontent.com",
        "client_secret": "fake-secret",
        "expiry": "2099-01-01T00:00:00Z",
    }
    (folder / "token.json").write_text(json.dumps(token), encoding="utf-8")
    path = folder / "config.yaml"
    path.write_text(
        f"""\
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
  api_endpoint: {fake.url}
  token_uri: {fake.token_uri}
ledger:
  path: state/ledger.sqlite3
""",
        encoding="utf-8",
    )
    return path
