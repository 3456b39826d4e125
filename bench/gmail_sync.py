"""Benchmark: what a Gmail + Calendar sync costs, against the in-repo fake Google over HTTP.

Seeds 10,000 messages (about 1% interview-related, some as threads whose replies match no
filter; the rest realistic noise, close to a third of it matching the wide pre-filter: order
confirmations, Zoom notices, meeting invitations, newsletters that say "interview" in the body)
and 500 calendar events, then measures with the real client: (a) first sync, (b) incremental
sync with no change, (c) incremental sync after 20 new messages (new invites, replies in known
scheduling threads, a candidate that turns an old thread into an interview, noise), (d) the
naive strategy (list everything, get every message with format=full).

Run from the repo root: ``python bench/gmail_sync.py`` (writes bench/results/gmail_sync.md).
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: make the repo (and tests.fakes) importable

from google.oauth2.credentials import Credentials  # noqa: E402

from detector.model import SourceItem  # noqa: E402
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
    ("Your order #{n} is confirmed", "orders@shop.example", ("INBOX", "CATEGORY_UPDATES")),
    ("Photos from the weekend", "friend{n}@example.org", ("INBOX", "CATEGORY_PERSONAL")),
    ("Meeting recording available", "no-reply@zoom.us", ("INBOX", "CATEGORY_UPDATES")),
    ("Your electricity bill", "billing@power.example", ("INBOX", "CATEGORY_UPDATES")),
    ("The Tuesday letter #{n}", "letter@magazine.example", ("INBOX", "CATEGORY_UPDATES")),
    ("Password changed", "security@service.example", ("INBOX", "CATEGORY_UPDATES")),
    ("Invitation: team lunch", "colleague@work.example", ("INBOX", "CATEGORY_PERSONAL")),
    ("Re: the spreadsheet", "colleague{n}@work.example", ("INBOX", "CATEGORY_PERSONAL")),
    ("Flight reminder", "travel@airline.example", ("INBOX", "CATEGORY_UPDATES")),
    ("Your weekly screen time report", "reports@phone.example", ("INBOX", "CATEGORY_UPDATES")),
]
# Noise the wide pre-filter lets through, on purpose: the body of a newsletter that says
# "interview", and (by subject or sender) confirmations, Zoom notices, invitations, "screen".
NOISE_BODY = {
    "The Tuesday letter #{n}": "This week: an interview with the founder of a bakery chain.",
}
INTERVIEW = [
    ("Invitation: Interview with Acme {n}", "recruiter@acme.example", True),
    ("Phone screen with Globex", "talent@globex.example", False),
    ("Interview confirmation - Initech", "no-reply@greenhouse.io", True),
    ("Next steps for your application", "jobs@lever.co", False),
    ("Schedule your onsite", "scheduling@goodtime.io", True),
    ("Quick question", "pat@hooli.example", False),  # only its body names the interview
]
ASK_BODY = "Would you have time for a phone screen with our team lead next week?"
REPLIES = ["Thursday at 3 works for me.", "Could we move it to Thursday at 4 instead?"]


class Seeded:
    """What the benchmark needs to know about the seeded mailbox."""

    def __init__(self) -> None:
        self.interview_ids: set[str] = set()
        self.ask_threads: list[tuple[datetime, str]] = []  # "Quick question" threads
        self.coffee_thread = ""


def seed(fake: FakeGoogle) -> Seeded:
    """Fill the fake mailbox and calendar (dates spread over the last year)."""
    seeded = Seeded()
    n = 0
    while n < N_MESSAGES:
        when = NOW - timedelta(minutes=RNG.randrange(60, 365 * 24 * 60))
        if n % 100 == 0:  # ~1% interview-related
            subject, sender, ics = INTERVIEW[(n // 100) % len(INTERVIEW)]
            body = ASK_BODY if subject == "Quick question" else "Hello."
            raw = make_mail(
                subject.format(n=n),
                sender,
                date=when,
                body=body,
                ics_uid=f"uid-{n}" if ics else None,
                message_id=f"<m{n}@bench.example>",
            )
            first = fake.add_message(raw, ("INBOX", "CATEGORY_PERSONAL"), internal_date=when)
            seeded.interview_ids.add(first)
            if subject == "Quick question":
                # The user's answer and the recruiter's move match no filter: thread mates.
                seeded.ask_threads.append((when, first))
                for k, text in enumerate(REPLIES, start=1):
                    mine = k == 1
                    reply = make_mail(
                        "Re: Quick question",
                        "me@example.com" if mine else sender,
                        sender if mine else "me@example.com",
                        date=when + timedelta(hours=k),
                        body=text,
                        in_reply_to=f"<m{n}@bench.example>",
                    )
                    labels = ("SENT",) if mine else ("INBOX", "CATEGORY_PERSONAL")
                    seeded.interview_ids.add(
                        fake.add_message(
                            reply, labels, thread_id=first, internal_date=when + timedelta(hours=k)
                        )
                    )
                    n += 1
        else:
            subject, sender, labels = NOISE[n % len(NOISE)]
            body = (
                NOISE_BODY.get(subject, "Hello,")
                + "\n"
                + " ".join(
                    RNG.choice(["news", "update", "offer", "team", "report"]) for _ in range(60)
                )
            )
            raw = make_mail(subject.format(n=n), sender.format(n=n), date=when, body=body)
            fake.add_message(raw, labels, internal_date=when)
        n += 1
    # A scheduling thread inside the window, so that (c) has a known thread to reply in.
    when = NOW - timedelta(days=4)
    raw = make_mail(
        "Quick question", "pat@hooli.example", date=when, body=ASK_BODY, message_id="<ask@hooli>"
    )
    ask = fake.add_message(raw, ("INBOX", "CATEGORY_PERSONAL"), internal_date=when)
    seeded.ask_threads.append((when, ask))
    seeded.interview_ids.add(ask)
    # An ordinary thread (no candidate in it) that an incremental message will turn into an
    # interview: its older messages must then be read too.
    when = NOW - timedelta(days=5)
    coffee = make_mail(
        "Coffee next week?", "sam@globex.example", date=when, message_id="<coffee@globex.example>"
    )
    seeded.coffee_thread = fake.add_message(coffee, ("INBOX",), internal_date=when)
    answer = make_mail(
        "Re: Coffee next week?",
        "me@example.com",
        "sam@globex.example",
        date=when + timedelta(hours=2),
        body="Sure, Tuesday?",
        message_id="<coffee-2@example.com>",
        in_reply_to="<coffee@globex.example>",
    )
    fake.add_message(
        answer, ("SENT",), thread_id=seeded.coffee_thread, internal_date=when + timedelta(hours=2)
    )
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
    return seeded


def new_mail(fake: FakeGoogle, seeded: Seeded) -> set[str]:
    """Deliver 20 new messages for (c); return their ids (interview ones go to ``seeded``)."""
    recent = max(seeded.ask_threads)[1]  # the newest "Quick question" thread: a known thread
    before = set(fake.messages)
    for n in range(20):
        if n in (0, 7):  # new invites from an ATS: new threads, not replies
            raw = make_mail(
                f"Interview with Umbrella {n}", "hr@ashbyhq.com", date=NOW, ics_uid=f"new-{n}"
            )
            fake.add_message(raw, ("INBOX",), internal_date=NOW)
        elif n in (3, 11):  # replies in a known scheduling thread that match no filter
            mine = n == 3
            raw = make_mail(
                "Re: Quick question",
                "me@example.com" if mine else "pat@hooli.example",
                date=NOW,
                body=REPLIES[0] if mine else "Moved to Thursday at 5, sorry!",
            )
            labels = ("SENT",) if mine else ("INBOX",)
            fake.add_message(raw, labels, thread_id=recent, internal_date=NOW)
        elif n == 15:  # turns the old coffee thread into an interview: the thread is listed
            raw = make_mail(
                "Re: Coffee next week?",
                "sam@globex.example",
                date=NOW,
                body="Let's make it a proper interview with our CTO on Tuesday at 10.",
                in_reply_to="<coffee-2@example.com>",
            )
            fake.add_message(raw, ("INBOX",), thread_id=seeded.coffee_thread, internal_date=NOW)
        else:
            subject, sender, labels = NOISE[n % len(NOISE)]
            body = NOISE_BODY.get(subject, "Hello.")
            raw = make_mail(subject.format(n=n), sender.format(n=n), date=NOW, body=body)
            fake.add_message(raw, labels, internal_date=NOW)
            continue
        seeded.interview_ids.add(max(fake.messages))  # ids grow: the one just added
    return set(fake.messages) - before


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


def interview_items(items: Sequence[SourceItem], seeded: Seeded) -> int:
    """How many of ``items`` are seeded interview messages (the rest is pre-filter noise)."""
    return sum(1 for item in items if item.id.removeprefix("gmail:") in seeded.interview_ids)


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
        seeded = seed(fake)
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
                f"{len(first.items)} items, {interview_items(first.items, seeded)} of them "
                "in interview threads",
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

        new_ids = new_mail(fake, seeded)
        t0 = time.perf_counter()
        fresh = box.changes(quiet.cursor)
        elapsed = time.perf_counter() - t0
        read = {item.id.removeprefix("gmail:") for item in fresh.items}
        new_read = len(read & new_ids)  # the candidates among the new messages (+ their mates)
        relevant = len(read & new_ids & seeded.interview_ids)
        units = row("", fresh.cost, 0)
        beyond = units["units"] - new_read * LEGACY_UNITS["messages.get"]
        beyond_2026 = units["units_2026"] - new_read * UNITS_2026["messages.get"]
        c_2026 = beyond_2026 / 20
        strict = units["units"] - relevant * LEGACY_UNITS["messages.get"]
        rows.append(
            row(
                "(c) incremental, 20 new messages",
                fresh.cost,
                elapsed,
                f"{len(fresh.items)} items: {new_read} of the new messages ({relevant} in "
                f"interview threads), {len(read - new_ids)} older thread mates; "
                f"{beyond / 20:.2f} units/new msg beyond the gets of the {new_read} new "
                f"messages read (2026 table: {beyond_2026 / 20:.2f}); counting the gets of "
                f"pre-filter noise as overhead too: {strict / 20:.2f}",
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
        f"Seeded in {seed_s:.1f} s. Units: legacy table (2026 projects: messages.get = 20, "
        "threads.get = 40).",
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
        "- (c) <= 2 units per new message beyond the gets of the candidates among them: "
        + rows[2]["extra"].split("; ", 1)[1],
    ]
    lines += [
        "",
        "How to read it:",
        "- Thread completion: the first sync lists the window's ids and thread ids "
        "(messages.list, 5 units per 500) and reads the other messages of every candidate "
        "thread; an incremental sync reads new messages of known candidate threads straight "
        "from the history, and calls threads.get (format=minimal) only for a new candidate "
        "thread whose candidate is a reply. (c) has one such thread (the old coffee thread).",
        "- The wide pre-filter is honest about its noise: most of (a)'s items are order "
        "confirmations, Zoom notices, invitations to lunch and newsletters that say "
        '"interview"; each costs one messages.get. (a) stays far below 5% of (d) because the '
        "window and the filter bound the gets, not the noise.",
        f"- On the 2026 table (c) spends {c_2026:.2f} units per new message beyond the "
        "candidate gets (threads.get = 40, messages.get = 20 for the older thread mates); "
        "the 2-unit goal is stated for the legacy table.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "bench" / "results" / "gmail_sync.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
