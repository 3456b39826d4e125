"""Capabilities added in round 9 (the known misses of blind50-52 and the first contact with
blind53-55, session 6): colonless 24-hour schedule rows, a next round in the same thread,
agency screens, Dutch cancellations and titles with numbers in brackets."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from detector import classify, detect, infer_owner
from detector.extract import pick_company, pick_role
from detector.model import SourceItem
from detector.texttime import find_dates, find_times

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


def _reasons(text: str) -> set[str]:
    return {r.split(" (")[0] for r in classify.score(text)[1]}


def _mail(
    mid: str, sender: str, body: str, date_: str, subject: str = "Next steps", extra: str = ""
) -> SourceItem:
    head = (
        f"From: {sender}\r\nTo: cand@example.org\r\n{extra}Subject: {subject}\r\n"
        f"Date: {date_}\r\nMessage-ID: {mid}\r\n"
    )
    return SourceItem(mid, "rfc822", (head + "\r\n" + body).encode())


# --- times ---------------------------------------------------------------------------------


def test_a_colonless_24_hour_range_is_a_time_but_a_year_range_is_not() -> None:
    sent = datetime(2026, 4, 28, 10, tzinfo=NEW_YORK)
    text = "Tuesday, May 5, 2026\n0800–0830 | Welcome\n0930-1030 | Panel"
    got = [(m.start, m.end) for m in find_times(text, sent, NEW_YORK)]
    assert got == [
        (datetime(2026, 5, 5, 8, tzinfo=NEW_YORK), datetime(2026, 5, 5, 8, 30, tzinfo=NEW_YORK)),
        (
            datetime(2026, 5, 5, 9, 30, tzinfo=NEW_YORK),
            datetime(2026, 5, 5, 10, 30, tzinfo=NEW_YORK),
        ),
    ]
    assert find_times("the 2025-2026 season", sent, NEW_YORK) == []
    assert find_times("call Tasha at 401-555-0181", sent, NEW_YORK) == []


def test_a_leading_zero_hour_is_the_morning() -> None:
    sent = datetime(2026, 4, 28, 10, tzinfo=NEW_YORK)
    (m,) = find_times("Panel at 07:30 on May 5", sent, NEW_YORK)
    assert m.start.hour == 7
    (m,) = find_times("Panel at 7:30 on May 5", sent, NEW_YORK)
    assert m.start.hour == 19  # office hours: a bare 7:30 is the evening one


def test_a_day_of_the_month_in_brackets_after_a_weekday_decides_the_week() -> None:
    # sent on Wednesday 18 February: "next Thursday" alone could be the 19th
    days = find_dates("a second stage next Thursday (26th) at 14h00", date(2026, 2, 18))
    assert date(2026, 2, 26) in [d.day for d in days]


# --- words -----------------------------------------------------------------------------------


def test_an_agency_screen_before_putting_the_candidate_forward_is_hiring() -> None:
    text = (
        "I'd like to do a proper 30-minute screening call before I put you forward to any of "
        "my clients. Thursday at half past ten works my end, I'll ring you."
    )
    reasons = _reasons(text)
    assert "hiring process" in reasons
    assert "outreach" not in reasons
    assert "outreach" in _reasons("My client, a leading bank, is hiring. Are you open to a chat?")


def test_a_shift_booked_with_no_interview_needed_is_not_an_interview() -> None:
    text = "Shift match: ICU Charge RN. No interview needed - your profile is credentialed."
    assert "networking" in _reasons(text)


def test_a_dutch_cancellation_cancels() -> None:
    assert classify.is_cancel("Helaas moeten we het gesprek van woensdag 14h annuleren.")
    assert classify.is_cancel("Het gesprek is geannuleerd.")
    assert not classify.is_cancel("We kijken uit naar het gesprek van woensdag.")


# --- fields ----------------------------------------------------------------------------------


def test_roles_with_a_number_in_brackets_and_kinds_of_jobs() -> None:
    body = "your first stage for the Financial Reporting Manager (IFRS 17) role: Tuesday"
    assert pick_role([body]) == "Financial Reporting Manager (IFRS 17)"
    assert pick_role(["Re: Financial Controller roles - quick call Thursday"]) is None


def test_a_firm_that_signs_as_a_search_firm_is_an_agency_and_its_client_employs() -> None:
    texts = [
        "Oakhurst Reinsurance - 1st stage confirmed",
        "Confirming your first stage with Oakhurst Reinsurance.\n\nPriya Mistry\n"
        "Thornbury Grey Search | +44 20 7946 0901",
    ]
    domains = ["thornburygrey.example"]
    name, _ = pick_company(texts, domains, [], agencies={"thornburygrey.example"})
    assert name == "Oakhurst Reinsurance"


# --- threads ---------------------------------------------------------------------------------


def test_a_next_round_in_the_same_thread_is_its_own_interview_with_the_rounds_fields() -> None:
    agency = "Priya Mistry <priya@thornburygrey.example>"
    first = _mail(
        "<r1@thornburygrey.example>",
        agency,
        "Confirming your first stage with Oakhurst Reinsurance for the Financial Reporting "
        "Manager (IFRS 17) role: Tuesday 17/02 at 10:00 GMT, 45 mins on Teams with Callum "
        "Reeve.\n\nPriya Mistry\nThornbury Grey Search | +44 20 7946 0901\n",
        "Thu, 12 Feb 2026 10:00:00 +0000",
        subject="Oakhurst Reinsurance - 1st stage confirmed",
    )
    second = _mail(
        "<r2@thornburygrey.example>",
        agency,
        "Brilliant feedback from Callum - they'd like you back for a second stage next "
        "Thursday (26th) at 14h00, in person. Allow 90 minutes.\n\nPriya\n",
        "Wed, 18 Feb 2026 16:30:00 +0000",
        subject="Re: Oakhurst Reinsurance - 2nd stage!",
        extra=(
            "In-Reply-To: <r1@thornburygrey.example>\r\nReferences: <r1@thornburygrey.example>\r\n"
        ),
    )
    items = [first, second]
    found = sorted(detect(items, infer_owner(items)).interviews, key=lambda i: i.start)
    assert [i.start for i in found] == [
        datetime(2026, 2, 17, 10, tzinfo=LONDON),
        datetime(2026, 2, 26, 14, tzinfo=LONDON),
    ]
    assert {i.company for i in found} == {"Oakhurst Reinsurance"}
    assert found[1].role == "Financial Reporting Manager (IFRS 17)"
    # two interviews of one conversation keep apart in the ledger
    assert found[0].key != found[1].key
    assert found[1].key.startswith(found[0].key)
