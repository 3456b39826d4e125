"""Benchmark: what a Gmail + Calendar sync costs, against the in-repo fake Google over HTTP.

Seeds 10,000 messages (about 1% interview-related, the rest realistic noise, some of it
deliberately interview-flavoured) and 500 calendar events, then measures with the real client:
(a) first sync, (b) incremental sync with no change, (c) incremental sync after 20 new
messages, (d) the naive strategy (list everything, get every message with format=full).

Run from the repo root: ``python bench/gmail_sync.py`` (writes bench/results/gmail_sync.md).
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: make the repo (and tests.fakes) importable

from google.oauth2.credentials import Credentials  # noqa: E402

from integrations.gcal import GoogleCalendarSource  # noqa: E402
from integrations.gmail import GmailMailbox  # noqa: E402
from integrations.google_client import (  # noqa: E402
    LEGACY_UNITS,
    UNITS_2026,
    QuotaMeter,
    RetryPolicy,
    batch_uri,
    execute,
    run_batch,
)
from tests.fakes.google_server import FakeGoogle  # noqa: E402
from tests.fakes.mail_factory import make_mail  # noqa: E402

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
N_MESSAGES = 10_000
N_EVENTS = 500
RNG = random.Random(20261120)

NOISE = [
    ("Your order #{n} has shipped", "orders@shop.example", ("INBOX", "CATEGORY_UPDATES")),
    ("Weekly digest: {n} new posts", "digest@forum.example", ("INBOX", "CATEGORY_UPDATES")),
    (
        "Interview tips: ace your next interview ({n})",
        "deals@career-shop.example",
        ("INBOX", "CATEGORY_PROMOTIONS"),
    ),
    ("{n} people viewed your profile", "notify@social.example", ("INBOX", "CATEGORY_SOCIAL")),
    ("Jobs you may like ({n})", "alerts@jobboard.example", ("INBOX", "CATEGORY_SOCIAL")),
    ("Re: dinner on Saturday?", "friend{n}@example.org", ("INBOX", "CATEGORY_PERSONAL")),
    ("Invitation: birthday party #{n}", "friend@example.org", ("INBOX", "CATEGORY_PERSONAL")),
    (
        "[repo] Issue #{n}: crash on start",
        "notifications@code.example",
        ("INBOX", "CATEGORY_UPDATES"),
    ),
    ("Your statement is ready", "bank@bank.example", ("INBOX", "CATEGORY_UPDATES")),
    ("Sale ends tonight - {n}% off", "promo@store.example", ("INBOX", "CATEGORY_PROMOTIONS")),
]
INTERVIEW = [
    ("Invitation: Interview with Acme {n}", "recruiter@acme.example", True),
    ("Phone screen with Globex", "talent@globex.example", False),
    ("Interview confirmation - Initech", "no-reply@greenhouse.io", True),
    ("Next steps for your application", "jobs@lever.co", False),
    ("Schedule your onsite", "scheduling@goodtime.io", True),
]


def seed(fake: FakeGoogle) -> None:
    """Fill the fake mailbox and calendar (dates spread over the last year)."""
    for n in range(N_MESSAGES):
        when = NOW - timedelta(minutes=RNG.randrange(60, 365 * 24 * 60))
        if n % 100 == 0:  # ~1% interview-related
            subject, sender, ics = INTERVIEW[(n // 100) % len(INTERVIEW)]
            raw = make_mail(
                subject.format(n=n), sender, date=when, ics_uid=f"uid-{n}" if ics else None
            )
            fake.add_message(raw, ("INBOX", "CATEGORY_PERSONAL"), internal_date=when)
        else:
            subject, sender, labels = NOISE[n % len(NOISE)]
            body = "Hello,\n" + " ".join(
                RNG.choice(["news", "update", "offer", "team", "report"]) for _ in range(60)
            )
            raw = make_mail(subject.format(n=n), sender.format(n=n), date=when, body=body)
            fake.add_message(raw, labels, internal_date=when)
    for n in range(N_EVENTS):
        start = NOW + timedelta(hours=RNG.randrange(-60 * 24, 30 * 24))
        fake.add_event(
            "primary",
            {
                "summary": f"Event {n}",
                "start": {"dateTime": start.isoformat()},
                "end": {"dateTime": (start + timedelta(hours=1)).isoformat()},
            },
        )


def naive(fake: FakeGoogle) -> QuotaMeter:
    """List every message, then get each one with format=full (batched by 50, fairly)."""
    box = GmailMailbox(Credentials(token="fake"), api_endpoint=fake.url, now=lambda: NOW)
    meter, policy, users = QuotaMeter(), RetryPolicy(), box.service.users()
    ids: list[str] = []
    token: str | None = None
    while True:
        page = execute(
            users.messages().list(userId="me", maxResults=500, pageToken=token),
            "messages.list",
            meter,
            policy,
        )
        ids += [m["id"] for m in page.get("messages", [])]
        token = page.get("nextPageToken")
        if not token:
            break
    requests = [(mid, users.messages().get(userId="me", id=mid, format="full")) for mid in ids]
    run_batch(box.service, requests, "messages.get", batch_uri(fake.url, "gmail/v1"), meter, policy)
    return meter


def row(name: str, cost: dict[str, int], seconds: float, extra: str = "") -> dict[str, Any]:
    calls = Counter({k.split(":", 1)[1]: v for k, v in cost.items() if k.startswith("calls:")})
    return {
        "name": name,
        "requests": cost.get("requests", 0),
        "calls": sum(calls.values()),
        "units": sum(n * LEGACY_UNITS.get(m, 0) for m, n in calls.items()),
        "units_2026": sum(n * UNITS_2026.get(m, 0) for m, n in calls.items()),
        "per_method": ", ".join(
            f"{m} {n}x{LEGACY_UNITS.get(m, 0)}" for m, n in sorted(calls.items())
        ),
        "seconds": seconds,
        "extra": extra,
    }


def main() -> None:
    """Run the four scenarios (plus Calendar) and print and save the table."""
    fake = FakeGoogle().start()
    try:
        t0 = time.perf_counter()
        seed(fake)
        seed_s = time.perf_counter() - t0
        box = GmailMailbox(Credentials(token="fake"), api_endpoint=fake.url, now=lambda: NOW)
        rows = []

        t0 = time.perf_counter()
        first = box.changes(None)
        rows.append(
            row(
                "(a) first sync (30-day window)",
                first.cost,
                time.perf_counter() - t0,
                f"{len(first.items)} items",
            )
        )

        t0 = time.perf_counter()
        quiet = box.changes(first.cursor)
        rows.append(
            row(
                "(b) incremental, no change",
                quiet.cost,
                time.perf_counter() - t0,
                f"{len(quiet.items)} items",
            )
        )

        for n in range(20):
            if n % 7 == 0:
                raw = make_mail(
                    f"Interview with Umbrella {n}", "hr@ashbyhq.com", date=NOW, ics_uid=f"new-{n}"
                )
                fake.add_message(raw, ("INBOX",), internal_date=NOW)
            else:
                subject, sender, labels = NOISE[n % len(NOISE)]
                fake.add_message(
                    make_mail(subject.format(n=n), sender.format(n=n), date=NOW),
                    labels,
                    internal_date=NOW,
                )
        t0 = time.perf_counter()
        fresh = box.changes(quiet.cursor)
        gets = fresh.cost.get("calls:messages.get", 0)
        beyond = fresh.cost["units"] - gets * LEGACY_UNITS["messages.get"]
        rows.append(
            row(
                "(c) incremental, 20 new messages",
                fresh.cost,
                time.perf_counter() - t0,
                f"{len(fresh.items)} items; {beyond / 20:.2f} units/new msg beyond candidate gets",
            )
        )

        t0 = time.perf_counter()
        meter = naive(fake)
        rows.append(
            row(
                "(d) naive: list all + get all (full)",
                meter.report(),
                time.perf_counter() - t0,
                f"{meter.calls['messages.get']} gets",
            )
        )

        cal = GoogleCalendarSource(
            Credentials(token="fake"), api_endpoint=fake.url, now=lambda: NOW
        )
        t0 = time.perf_counter()
        cfirst = cal.changes(None)
        rows.append(
            row(
                "calendar first sync (500 events)",
                cfirst.cost,
                time.perf_counter() - t0,
                f"{len(cfirst.items)} events",
            )
        )
        t0 = time.perf_counter()
        cquiet = cal.changes(cfirst.cursor)
        rows.append(
            row(
                "calendar incremental, no change",
                cquiet.cost,
                time.perf_counter() - t0,
                f"{len(cquiet.items)} events",
            )
        )
    finally:
        fake.stop()

    a, b, d = rows[0], rows[1], rows[3]
    columns = ["scenario", "requests", "calls", "units (legacy)", "units (2026)"]
    columns += ["per method (calls x units)", "wall s", "notes"]
    keys = ["name", "requests", "calls", "units", "units_2026", "per_method", "seconds", "extra"]
    lines = [
        f"# Gmail + Calendar sync cost (fake Google over HTTP, {N_MESSAGES} messages, "
        f"{N_EVENTS} events)",
        "",
        f"Seeded in {seed_s:.1f} s. Units: legacy table (2026 projects: messages.get = 20).",
        "Requests = HTTP round trips (a batch of 50 gets is 1). Calls = API calls "
        "(quota is charged per call).",
        "",
        "| " + " | ".join(columns) + " |",
        "|---|---:|---:|---:|---:|---|---:|---|",
    ]
    for r in rows:
        cells = [f"{r[k]:.2f}" if k == "seconds" else str(r[k]) for k in keys]
        lines.append("| " + " | ".join(cells) + " |")
    share = 100 * a["units"] / d["units"]
    share_2026 = 100 * a["units_2026"] / d["units_2026"]
    lines += [
        "",
        "Goals:",
        f"- (a) <= 5% of (d)'s units: {a['units']} / {d['units']} = {share:.2f}% "
        f"(2026 table: {share_2026:.2f}%)",
        f"- (b) <= 3 requests and <= 10 units: {b['requests']} requests, {b['units']} units",
        "- (c) <= 2 units per new message beyond candidate gets: "
        + rows[2]["extra"].split("; ")[1],
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "bench" / "results" / "gmail_sync.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
