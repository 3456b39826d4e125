"""Capabilities added in round 63 (session 18, the first contact with blind243 and
blind247-249): a Detroit automotive engineer, a Cape Town analyst writing English and
Afrikaans, a Helsinki game developer in Finnish and Norwegian, a Nashville revenue-cycle
manager."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _detdata import blind_case, signal_names

from detector import chats, extract, texttime


def test_texts_copied_by_hand_are_a_chat() -> None:
    # "Shawna Kilgore (Mon, Oct 12, 9:14 AM): ... can u do Wed at 1?": the stamp is when a text
    # was sent, the interview is the Wednesday
    chat = "Shawna (Mon, Oct 12, 9:14 AM): can u do Wed at 1?\nMarcus (9:20 AM): Yes\n"
    assert len(chats.chat_message_starts(chat)) == 2
    assert chats.chat_message_starts("Panel (1:00 PM): Jen and Arturo\n") == []
    (iv,) = blind_case("b243-03")
    assert iv.start == datetime(2026, 10, 14, 17, tzinfo=UTC)


def test_look_alikes_at_the_owners_job() -> None:
    # a union grievance meeting and a payer's rate negotiation, each naming an "interview"
    assert "non-job meeting" in signal_names("Step 2 Grievance Meeting - #26-031")
    assert "non-job meeting" in signal_names("2027 Commercial Rate Negotiation (Round 2)")
    assert "non-job meeting" not in signal_names("your experience with carrier rate negotiation")
    assert blind_case("b243-05") == () and blind_case("b249-08") == ()


def test_steps_before_the_offer_and_the_panels_invite() -> None:
    # "Ray meets every engineer before we extend an offer": a final step, not an offer
    assert "offer" not in signal_names("Ray meets every engineer before we extend an offer.")
    assert "offer" in signal_names("We are delighted to extend an offer to you.")
    (iv,) = blind_case("b243-18")
    assert iv.start == datetime(2026, 11, 13, 21, 30, tzinfo=UTC)
    # one invite to the candidate and the panel ("Scorecards are in the shared folder") whose
    # title names the owner as the candidate
    _, panel = blind_case("b247-07")
    assert panel.start == datetime(2026, 10, 15, 11, 30, tzinfo=UTC)


def test_an_itinerary_longer_than_its_invites() -> None:
    # the floor walk's invite (8:00-9:15) and the panel's (9:30-11:00), and the itinerary that
    # runs to the plant manager's 11:45-12:30 conversation
    (iv,) = blind_case("b243-04")
    assert iv.end == datetime(2026, 10, 29, 17, 30, tzinfo=UTC)


def test_afrikaans() -> None:
    assert "interview word" in signal_names("Ons nooi jou graag uit na 'n onderhoud op Dinsdag")
    assert "interview word" not in signal_names("Het onderhoud van de machines is gepland.")
    assert texttime.duration_in("Die onderhoud sal ongeveer 'n uur duur.") == timedelta(hours=1)
    # "Die paneel bestaan uit mnr. Johan Kruger (...) en me. Anri du Plessis": a panel, and
    # "en me." is her title, not the writer joining
    (iv,) = blind_case("b247-10")
    assert iv.start == datetime(2026, 11, 3, 8, tzinfo=UTC)
    assert iv.end is not None and iv.end - iv.start == timedelta(hours=1)
    assert [p.email for p in iv.interviewers] == ["johan.kruger@bolandversekering.example"]


def test_nordic_slots_offered() -> None:
    # "Passer et av disse tidspunktene? – onsdag 14. oktober kl. 10:00 – torsdag 15. oktober kl.
    # 13:00", then "da sier vi onsdag kl. 10:00": the Wednesday, once
    (iv,) = blind_case("b248-03")
    assert iv.start == datetime(2026, 10, 14, 8, tzinfo=UTC)


def test_who_conducts() -> None:
    # "Pat Lefebvre, our VP of Operations (cc'd), would like to bring you in to the plant"
    _, plant = blind_case("b243-11")
    assert [p.email for p in plant.interviewers] == ["plefebvre@riversidemould.example"]
    # "while Themba was travelling. He would like to meet you for a final conversation"
    (iv,) = blind_case("b247-13")
    assert [p.email for p in iv.interviewers] == ["themba.mthembu@umoyabank.example"]
    # "12:45 PM  Wrap-up with me and parking validation": the coordinator conducts nothing
    (loop,) = blind_case("b249-12")
    assert "brittany.cole@tworivershealth.example" not in {p.email for p in loop.interviewers}
    # a practice manager's "I'll call your cell at 615-555-0148"
    (iv,) = blind_case("b249-16")
    assert [p.email for p in iv.interviewers] == ["renee.holloway@lookoutmtnfm.example"]


def test_a_southern_phone_call_and_a_forward_to_oneself() -> None:
    # "I'd like to set up a phone call to visit about the role"
    assert "screen/round" in signal_names("I'd like to set up a phone call to visit about the role")
    (iv,) = blind_case("b249-16")
    assert iv.start == datetime(2026, 11, 19, 19, tzinfo=UTC)
    # the owner's note "10:00 our time on the 10th!" above an Outlook forward of "Tuesday,
    # November 10 at 11:00 AM Eastern", in a mail whose Date is stamped in UTC
    (iv,) = blind_case("b249-22")
    assert iv.start == datetime(2026, 11, 10, 16, tzinfo=UTC)


def test_company_and_role() -> None:
    # an agency recruiter on personal mail ("Senior Technical Recruiter | Motor City Technical
    # Staffing") names the client in the subject ("Brightline Seating - Warren - phone ...")
    (iv,) = blind_case("b243-01")
    assert iv.company == "Brightline Seating"
    # ("Role is X - Y, 12 month contract": the title before the dash, as in every other label)
    assert extract.pick_role(["Role is Manufacturing Engineer - Seat Frame Welding, 12 mo"]) == (
        "Manufacturing Engineer"
    )
    # "the final step of the Lead Gameplay Programmer process"
    assert extract.pick_role(["the final step of the Lead Gameplay Programmer process."]) == (
        "Lead Gameplay Programmer"
    )
    # the interviewer's title is not the job: "Tanner Olsen, our VP of Implementation (this role
    # reports to him)", "Interview with Tanner Olsen (VP Implementation)"
    assert (
        extract.pick_role(["with Tanner Olsen, our VP of Implementation (this role reports"])
        is None
    )
    assert (
        extract.role_from_segments("Acme | Interview with Tanner Olsen (VP Sales)", "Acme") is None
    )
    _, second = blind_case("b249-10")
    assert second.role == "Revenue Cycle Implementation Manager"
