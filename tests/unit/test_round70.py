"""Capabilities added in round 70 (session 20): a domain that shortens every word of the
firm's name, and the first contact with blind274-277 (Dublin designers, US public-sector
analysts, US law students, Belgrade developers)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, blind_items, misread_times, signal_names

from detector import extract, infer_owner, texttime
from drafts.recipients import choose_recipients


def test_a_domain_that_shortens_every_word_of_the_name() -> None:
    # each word gives the domain its next letters, opening with its own first letter
    spells = extract._phrase_spells
    assert spells("Clyde Valley Hospitals Charity", "cvhcharity")
    assert spells("Northshore Veterinary Specialists", "nsvetspecialists")
    assert spells("North Pacific Observer Services", "npobs")
    # a word left out, or letters out of order, is another name
    assert not spells("Clyde Valley Hospitals Charity", "cvcharity")
    assert not spells("North Pacific Observer Services", "npsbo")
    # two words are too few to tell a shortening from chance
    assert not spells("Clyde Charity", "clcharity")
    (iv,) = blind_case("b245-06")
    assert iv.company == "Clyde Valley Hospitals Charity"
    (iv,) = blind_case("b234-08")
    assert iv.company == "Northshore Veterinary Specialists"


def test_a_given_name_in_a_table_column_is_no_city() -> None:
    # "Lunch with Owen Bright and Sofia Lindqvist  Associates": a surname, then the next column
    new_york = ZoneInfo("America/New_York")
    ref = datetime(2026, 9, 11, 15, 42, tzinfo=new_york)
    row = "11:45 a.m. - 1:00 p.m.  Lunch with Owen Bright and Sofia Lindqvist  Associates\n"
    (m,) = texttime.find_times(row, datetime(2026, 9, 24, 8, tzinfo=new_york), new_york)
    assert m.start.utcoffset() == timedelta(hours=-4)
    assert ref < m.start
    (iv,) = blind_case("b276-07")
    assert iv.start == datetime(2026, 9, 24, 13, 30, tzinfo=UTC)


def test_the_owner_of_a_standalone_outlook_invite() -> None:
    # Outlook's "When: ... Where: ..." preamble before "Dear Priya", and the one named after
    # "Interview with" in the title is the interviewer, not the candidate
    items = blind_items("b276-19")
    assert infer_owner(items).emails == {"priya.raman@example.com"}
    (iv,) = blind_case("b276-19")
    assert iv.start == datetime(2026, 11, 2, 18, tzinfo=UTC)


def test_the_owner_who_will_interview_someone() -> None:
    # "Priya Raman (Articles Editor, Lakefront Law Review) will interview Professor Okonkwo"
    assert blind_case("b276-15") == ()


def test_a_paid_mock_portfolio_review() -> None:
    assert "coaching/mock" in signal_names("Mock portfolio review: Senior Product Designer prep")
    assert "coaching/mock" in signal_names("Coach: Gemma Hartigan (ex-design lead)")
    assert "paid by the owner" in signal_names("Amount paid: EUR 120.00 (receipt #DL-105578)")
    assert blind_case("b274-22") == ()


def test_the_job_named_by_an_ats_relays_earlier_mail() -> None:
    # the take-home's mail ("Portobello Travel Recruiting <noreply@mail.personio.de>", with a
    # deadline) names the job the presentation's invitation leaves out
    (iv,) = blind_case("b274-12")
    assert iv.role == "Senior Product Designer"


def test_public_bodies() -> None:
    # a city's shared domain: "City and County of Denver" for denvergov
    assert extract._domain_match("City and County of Denver", "denvergov")
    (iv,) = blind_case("b275-05")
    assert iv.company == "City and County of Denver"
    # a state's one domain for every agency: the agency the mail names hires, not the
    # personnel office that writes ("Division of Human Resources")
    (iv,) = blind_case("b275-03")
    assert iv.company == "Colorado Division of Land Information"
    (iv,) = blind_case("b275-13")
    assert iv.company == "Colorado Office of Performance and Evaluation"
    # "the U.S. Geospatial Resources Service": an initial's point ends no sentence
    (iv,) = blind_case("b275-01")
    assert iv.company == "U.S. Geospatial Resources Service"
    # "the GIS Analyst opening on our water data team": the team is no job
    assert extract.pick_role(["the GIS Analyst opening on our water data team"]) != "Water data"


def test_the_contact_of_each_employer() -> None:
    # a school's schedule lists one recruiting contact per firm
    first, second = blind_case("b276-01")
    assert [p.email for p in first.interviewers] == []
    owner = infer_owner(blind_items("b276-01"))
    assert [p.email for p in choose_recipients(first, owner)] == ["abrandt@halloranpike.example"]
    assert [p.email for p in choose_recipients(second, owner)] == [
        "nfarouk@whitcombesterling.example"
    ]


def test_serbian_in_both_scripts() -> None:
    belgrade = ZoneInfo("Europe/Belgrade")
    ref = datetime(2026, 11, 6, 11, 30, tzinfo=belgrade)
    said = {
        "позивамо Вас на разговор за посао у четвртак, 12. новембра у 10ч": datetime(
            2026, 11, 12, 10
        ),
        "уторак, 20. октобар у 11ч": datetime(2026, 10, 20, 11),
        "prekosutra u 15h": datetime(2026, 11, 8, 15),
        "сутра у 14 часова": datetime(2026, 11, 7, 14),
    }
    assert misread_times(said, ref, belgrade) == []
    (m,) = texttime.find_times("u sredu, 11. novembra od 10:00 do 11:00", ref, belgrade)
    assert m.end == datetime(2026, 11, 11, 11, tzinfo=belgrade)
    assert texttime.duration_in("razgovor traje najviše pola sata") == timedelta(minutes=30)
    assert "interview word" in signal_names("Позивамо Вас на разговор за посао")
    assert "assessment" in signal_names("Следећи корак је тестни задатак. Рок за предају: недеља")
    # an Infostud relay in Cyrillic and the address to confirm at
    (iv,) = blind_case("b277-20")
    assert iv.start == datetime(2026, 11, 12, 9, tzinfo=UTC)
    assert iv.role == "Backend developer (Node.js/TypeScript)"
    owner = infer_owner(blind_items("b277-20"))
    assert [p.email for p in choose_recipients(iv, owner)] == ["goran.jankovic@backasoft.example"]
    # "Banka Avala" for avalabanka, "za poziciju" in Cyrillic
    (iv,) = blind_case("b277-18")
    assert (iv.company, iv.role) == ("Banka Avala", "Senior Java Developer")
    # "razgovor sa Stefanom Markovićem" names Stefan Marković
    (iv,) = blind_case("b277-06")
    assert [p.email for p in iv.interviewers] == ["stefan.markovic@kalemegdanlabs.example"]
    assert iv.role is None
    # the owner leads the technical part of someone else's interview
    assert blind_case("b277-11") == ()


def test_the_round_before_is_no_interviewer() -> None:
    # "following your conversation with Olivia, we'd like to invite you to the technical
    # interview": Olivia held the screen, Callum holds this one
    screen, technical = blind_case("b277-05")
    assert [p.email for p in screen.interviewers] == ["olivia.bennett@thamesgate.example"]
    assert [p.email for p in technical.interviewers] == ["callum.reid@thamesgate.example"]
