"""Throughput of parse + detect against a bare ``email.message_from_bytes`` on the same bytes.

Usage: ``python bench/detect_throughput.py [--messages 5000] [--seed 7] [--repeat 3]``

Generates a mixed stream from templates (calendar invites with .ics parts, ATS confirmations,
newsletters and job alerts, plain personal and work mail), then times on one core:

- *bare*: ``email.message_from_bytes(raw, policy=email.policy.default)`` for every message;
- *parse*: :func:`detector.parse.parse_item` for every message (MIME walk, html, calendars);
- *detect*: :func:`detector.detect` over the whole stream (parse + classify + extract + merge).

Goal (issue 3): detect <= 3x bare. Prints a Markdown table; paste it into bench/results/.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detector import detect
from detector.model import Owner, SourceItem
from detector.parse import parse_item

USER = "sam.lee@example.com"
FIRST = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lea"]
LAST = ["Park", "Silva", "Nguyen", "Kowalski", "Adeyemi", "Rossi", "Haddad", "Berg", "Ito"]
COMPANIES = ["Altair Systems", "Brookline Bio", "Cinder Labs", "Dunmore Logistics", "Everly AI"]
ROLES = ["Backend Engineer", "Data Scientist", "Product Designer", "SRE", "Analytics Engineer"]


def _person(rng: random.Random, domain: str) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@{domain}"


def _base(rng: random.Random, sender: str, subject: str, when: datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["Delivered-To"] = USER
    msg["From"] = sender
    msg["To"] = f"Sam Lee <{USER}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain="bench.example")
    return msg


def _ics(
    uid: str, start: datetime, summary: str, org: tuple[str, str], guest: tuple[str, str]
) -> str:
    stamp = start - timedelta(days=3)
    fmt = "%Y%m%dT%H%M%SZ"
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//bench//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp.strftime(fmt)}",
            f"DTSTART:{start.strftime(fmt)}",
            f"DTEND:{(start + timedelta(hours=1)).strftime(fmt)}",
            f"SUMMARY:{summary}",
            f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
            f"ATTENDEE;CN={guest[0]};PARTSTAT=ACCEPTED:mailto:{guest[1]}",
            f"ATTENDEE;CN=Sam Lee;PARTSTAT=NEEDS-ACTION:mailto:{USER}",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def invite(rng: random.Random, i: int, when: datetime) -> EmailMessage:
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    domain = company.split()[0].lower() + ".example"
    org, guest = _person(rng, domain), _person(rng, domain)
    start = (when + timedelta(days=rng.randint(2, 9))).replace(hour=15, minute=0, second=0)
    summary = f"Interview: {role} - {company}"
    msg = _base(rng, f"{org[0]} <{org[1]}>", f"Invitation: {summary}", when)
    msg.set_content(f"{summary}\nYou are invited by {org[0]}.\nJoin: https://meet.example/{i}\n")
    ics = _ics(f"bench-{i}@{domain}", start, summary, org, guest)
    msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    return msg


def ats_mail(rng: random.Random, i: int, when: datetime) -> EmailMessage:
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    rec = _person(rng, company.split()[0].lower() + ".example")
    day = when + timedelta(days=rng.randint(2, 9))
    msg = _base(
        rng, f"{rec[0]} <no-reply@greenhouse.example>", f"Interview confirmed: {role}", when
    )
    msg["Reply-To"] = f"{rec[0]} <{rec[1]}>"
    body = (
        f"Hi Sam,\n\nYour interview for the {role} role at {company} is confirmed for "
        f"{day:%A, %B} {day.day} at 2:00 PM ET (45 minutes).\n\nBest,\n{rec[0]}\n"
    )
    msg.set_content(body)
    msg.add_alternative(
        f"<html><body><p>{body.replace(chr(10), '<br>')}</p></body></html>", subtype="html"
    )
    return msg


def newsletter(rng: random.Random, i: int, when: datetime) -> EmailMessage:
    msg = _base(
        rng, "Weekly Digest <news@digest.example>", f"Issue {i}: interview tips and jobs", when
    )
    items = "".join(
        f"<li><a href='https://digest.example/{i}/{k}'>Story {k}</a></li>" for k in range(30)
    )
    msg.set_content("View this issue in your browser.\n")
    msg.add_alternative(
        f"<html><body><h1>Top stories</h1><ul>{items}</ul><p>Unsubscribe</p></body></html>",
        subtype="html",
    )
    return msg


def plain(rng: random.Random, i: int, when: datetime) -> EmailMessage:
    friend = _person(rng, "mail.example")
    msg = _base(
        rng, f"{friend[0]} <{friend[1]}>", rng.choice(["Dinner?", "Photos", "Re: trip"]), when
    )
    msg.set_content("Hey Sam,\n\n" + " ".join(["Sounds good, see you then."] * rng.randint(2, 20)))
    return msg


KINDS: list[tuple[Callable[[random.Random, int, datetime], EmailMessage], float]] = [
    (invite, 0.05),
    (ats_mail, 0.05),
    (newsletter, 0.35),
    (plain, 0.55),
]


def generate(count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    start = datetime(2026, 9, 1, 12, tzinfo=UTC)
    makers = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    out = []
    for i in range(count):
        maker = rng.choices(makers, weights)[0]
        out.append(bytes(maker(rng, i, start + timedelta(minutes=17 * i))))
    return out


def _best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    raws = generate(args.messages, args.seed)
    items = [SourceItem(id=f"b{i}", kind="rfc822", raw=raw) for i, raw in enumerate(raws)]
    owner = Owner(emails=frozenset({USER}), name="Sam Lee", timezone="America/New_York")
    now = datetime(2026, 12, 1, tzinfo=UTC)
    mb = sum(len(r) for r in raws) / 1e6

    bare = _best_of(
        args.repeat, lambda: [message_from_bytes(r, policy=policy.default) for r in raws]
    )
    parse = _best_of(args.repeat, lambda: [parse_item(it) for it in items])
    found: list[int] = []
    full = _best_of(args.repeat, lambda: found.append(len(detect(items, owner, now).interviews)))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(raws)
    print(f"{n} messages, {mb:.1f} MB, seed {args.seed}, best of {args.repeat}, one core")
    print("| stage | seconds | messages/s | x bare parse |")
    print("|---|---:|---:|---:|")
    for name, secs in (
        ("bare message_from_bytes", bare),
        ("parse_item", parse),
        ("parse + detect", full),
    ):
        print(f"| {name} | {secs:.2f} | {n / secs:,.0f} | {secs / bare:.2f} |")
    print(f"\ninterviews found: {found[-1]}; peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
