"""Capabilities added in round 67 (session 19): the rest of batch 79 (blind259-261) and the first
contact with blind262-265: a Tbilisi developer writing Georgian, a Kathmandu engineer writing
Nepali, a Columbus nurse, a Zagreb marketer writing Croatian, Slovenian and Serbian."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import chats, classify, extract, observe, texttime

HANOI = timezone(timedelta(hours=7))


def _starts(text: str, ref: datetime, zone: timezone | ZoneInfo) -> list[datetime]:
    return [m.start for m in texttime.find_times(text, ref, zone)]


def test_rooms_are_not_clocks() -> None:
    ref = datetime(2026, 6, 12, 15, tzinfo=HANOI)
    # "phòng họp 8A" (meeting room 8A) above a timetable: no "8 a(m) to 09:00"
    text = "Ngày: thứ Năm, 18/06/2026\nĐịa điểm: phòng họp 8A\n\n09:00 – 10:00  |  Phỏng vấn"
    assert _starts(text, ref, HANOI)[0] == datetime(2026, 6, 18, 9, tzinfo=HANOI)
    # "Lunch in the crib room" ends one row; "1.00-2.30pm" opens the next, not a room number
    perth = timezone(timedelta(hours=8))
    rows = "WEDNESDAY 16 SEPTEMBER\n12.00pm   Lunch in the crib room\n1.00-2.30pm   Panel interview"
    later = datetime(2026, 9, 9, 9, tzinfo=perth)
    assert datetime(2026, 9, 16, 13, tzinfo=perth) in _starts(rows, later, perth)
    (iv,) = blind_case("b261-18")
    assert iv.start == datetime(2026, 6, 18, 2, tzinfo=UTC)


def test_rows_that_are_not_the_interview() -> None:
    # the Vietnamese interview row after an English test row, and a site tour "not assessed"
    assert observe._names_interview("10:00 – 11:00: Phỏng vấn chuyên môn bằng tiếng Anh")
    (iv,) = blind_case("b261-12")
    assert iv.start == datetime(2026, 6, 3, 3, tzinfo=UTC)
    (iv,) = blind_case("b260-12")
    assert iv.start == datetime(2026, 9, 16, 5, tzinfo=UTC)
    # the jeep ride and the safety induction before a site visit that is assessed
    (iv,) = blind_case("b263-09")
    assert iv.start == datetime(2026, 5, 8, 4, 15, tzinfo=UTC)


def test_the_part_of_the_day_said_first() -> None:
    ref = datetime(2026, 4, 14, 11, tzinfo=HANOI)
    assert _starts("Chiều mai 3h em qua văn phòng", ref, HANOI) == [
        datetime(2026, 4, 15, 15, tzinfo=HANOI)
    ]
    assert _starts("sáng thứ Ba lúc 9h30 nhé", ref, HANOI) == [
        datetime(2026, 4, 21, 9, 30, tzinfo=HANOI)
    ]
    kathmandu = ZoneInfo("Asia/Kathmandu")
    ref = datetime(2026, 2, 4, 17, tzinfo=kathmandu)
    assert _starts("भोलि (बिहीबार) दिउँसो २ बजे फोनमा", ref, kathmandu) == [
        datetime(2026, 2, 5, 14, tzinfo=kathmandu)
    ]
    assert _starts("भोलि बिहान ७ बजे", ref, kathmandu) == [datetime(2026, 2, 5, 7, tzinfo=kathmandu)]


def test_a_chat_copied_by_hand() -> None:
    chat = (
        "Hương HR - Sen Vàng  10:12\nChào em Hà\n\nNguyễn Thu Hà  10:18\nDạ em chào chị\n\n"
        "Hương HR - Sen Vàng  10:21\nChiều mai 3h em qua văn phòng nhé\n"
    )
    assert len(chats.chat_message_starts(chat)) == 3
    # a timetable's rows follow one another: no chat
    table = "Interview  10:00\nLunch  12:00\nInterview  13:00\n"
    assert chats.chat_message_starts(table) == []
    # the owner's note to herself with the recruiter's words: the interview they agreed
    (iv,) = blind_case("b261-14")
    assert iv.start == datetime(2026, 4, 15, 8, tzinfo=UTC)
    # a chat whose first slot the owner could not take: the later day they settled on
    (iv,) = blind_case("b162-07")
    assert iv.start == datetime(2026, 4, 17, 9, tzinfo=UTC)


def test_icelandic_quote_header_and_move() -> None:
    body = (
        "Kærar þakkir. Fimmtudaginn 1. október hentar mér vel.\n\n"
        "Þann fim., 17. sep. 2026 kl. 10:24 skrifaði Sigrún <s@vestlax.example>:\n> Sæl"
    )
    assert "10:24" not in extract.new_text(body)
    assert classify.is_reschedule("svo við færum heimsóknina og viðtalið til þriðjudaginn")
    assert classify.is_reschedule("moramo pomaknuti razgovor na ponedjeljak")
    (iv,) = blind_case("b259-03")
    assert iv.start == datetime(2026, 10, 6, 10, 30, tzinfo=UTC)


def test_a_nurse_and_her_agency() -> None:
    # an aside about Occupational Health is no clinic appointment
    said = "Occupational Health needs your flu shot record before you can be on the unit"
    assert "appointment" not in signal_names(said)
    assert "appointment" in signal_names("Your appointment at Maple Ridge Occupational Health")
    # an agency's "before i can submit u to the phoenix CVICU": a job, not a school interview
    text = "Ron has to do a quick clinical interview w u before i can submit u to the CVICU 13wk"
    assert "interview word without hiring context" not in signal_names(text)
    (iv,) = blind_case("b264-09")
    assert iv.start == datetime(2026, 10, 15, 20, tzinfo=UTC)
    # the owner's own calendar entry for the panel she sits on
    assert blind_case("b264-18") == ()


def test_croatian_slovenian_serbian() -> None:
    assert "interview word" in signal_names("Pozivamo Vas na razgovor za posao u utorak")
    assert "interview word" in signal_names("Z veseljem vas vabimo na razgovor")
    assert "interview word" not in signal_names("Hvala na razgovoru o festivalu")
    assert "screen/round" in signal_names("drugi krug razgovora s CMO-om")
    zagreb = ZoneInfo("Europe/Zagreb")
    ref = datetime(2026, 9, 20, 9, tzinfo=zagreb)
    said = {
        "u utorak u 14 sati": datetime(2026, 9, 22, 14, tzinfo=zagreb),
        "u četvrtak, 17. rujna u 9:30": datetime(2026, 9, 17, 9, 30, tzinfo=zagreb),
        "u srijedu, 7. listopada 2026., u 13 sati": datetime(2026, 10, 7, 13, tzinfo=zagreb),
        "v torek, 12. maja 2026, ob 10.00": datetime(2026, 5, 12, 10, tzinfo=zagreb),
        "sutra u 15 h": datetime(2026, 9, 21, 15, tzinfo=zagreb),
    }
    for text, when in said.items():
        assert _starts(text, ref, zagreb) == [when], text
    # "listopada" is October to a Croat and November to a Pole
    warsaw = ZoneInfo("Europe/Warsaw")
    assert _starts("w czwartek 12 listopada o 10:00", ref, warsaw) == [
        datetime(2026, 11, 12, 10, tzinfo=warsaw)
    ]
    # a deadline is no meeting: "najkasnije do ponedjeljka, 5. listopada, u 12:00"
    (deadline,) = texttime.find_times(
        "najkasnije do ponedjeljka, 5. listopada, u 12:00", ref, zagreb
    )
    assert deadline.not_a_meeting
    assert texttime.duration_in("trajat će otprilike 45 minuta") == timedelta(minutes=45)
    assert texttime.duration_in("trajal pa bo približno eno uro") == timedelta(hours=1)
    role = "zahvaljujemo na prijavi za radno mjesto Specijalist/ica za e-commerce (m/ž). Vaše"
    assert extract.pick_role([role]) == "Specijalist/ica za e-commerce (m/ž)"
    assert classify.is_proposal("u srijedu u 10 ili u četvrtak u 15 sati?", 2)
    for case in ("b265-01", "b265-02", "b265-04", "b265-07", "b265-13"):
        assert len(blind_case(case)) == 1, case
    (iv,) = blind_case("b265-10")
    assert iv.start == datetime(2026, 10, 7, 11, tzinfo=UTC)


def test_georgian() -> None:
    assert "interview word" in signal_names("გვსურს, მოგიწვიოთ სატელეფონო გასაუბრებაზე")
    tbilisi = timezone(timedelta(hours=4))
    ref = datetime(2026, 10, 19, 10, tzinfo=tbilisi)
    assert _starts("შემოგთავაზებთ სამშაბათს, 15:00 საათზე", ref, tbilisi) == [
        datetime(2026, 10, 20, 15, tzinfo=tbilisi)
    ]
    assert _starts("ვადასტურებთ: ხუთშაბათს, 22 ოქტომბერს, 16:00–17:00", ref, tbilisi) == [
        datetime(2026, 10, 22, 16, tzinfo=tbilisi)
    ]
    assert texttime.duration_in("საუბარი დაახლოებით 30 წუთს გაგრძელდება") == timedelta(minutes=30)
    assert texttime.duration_in("გასაუბრება ერთ საათს გაგრძელდება") == timedelta(hours=1)
    assert classify.is_proposal("შემოგთავაზებთ ორ ვარიანტს ამ კვირაში", 2)
    # a vacancy digest is a job alert, not an interview
    assert "job alert" in signal_names("jobs.ge: 6 ახალი ვაკანსია თქვენი ფილტრით")
    assert blind_case("b262-20") == ()
    (iv,) = blind_case("b262-12")
    assert iv.start == datetime(2026, 10, 22, 12, tzinfo=UTC)


def test_nepali() -> None:
    assert "interview word" in signal_names("तपाईंलाई अन्तर्वार्ता (interview) का लागि छनोट")
    kathmandu = ZoneInfo("Asia/Kathmandu")
    ref = datetime(2026, 3, 11, 16, tzinfo=kathmandu)
    assert _starts("अन्तर्वार्ता आउँदो मंगलबार, मार्च १७ बिहान ११ बजे (NPT)", ref, kathmandu) == [
        datetime(2026, 3, 17, 11, tzinfo=kathmandu)
    ]
    assert texttime.duration_in("छोटो अन्तर्वार्ता (करिब २० मिनेट)") == timedelta(minutes=20)
    # a family's Dashain gathering with a joke about "interview"
    assert blind_case("b263-16") == ()
    (iv,) = blind_case("b263-12")
    assert iv.start == datetime(2026, 2, 5, 8, 15, tzinfo=UTC)


def test_a_decline_the_company_quotes() -> None:
    # Outlook's quoted header names the owner: the recruiter's new time replaces the one the
    # owner turned down in mail this mailbox does not hold
    (iv,) = blind_case("b262-13")
    assert iv.start == datetime(2026, 11, 12, 8, tzinfo=UTC)
