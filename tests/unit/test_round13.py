"""Capabilities added in round 13 (session 7, the first contact with blind80-82): Turkish dates,
clocks and hiring words, Nordic cancellations and lengths, Japanese rounds and look-alikes, and
the owner's own invite that the company accepted."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify, detect
from detector.extract import role_last_resort
from detector.model import Owner, SourceItem
from detector.texttime import duration_in, find_times

ISTANBUL = ZoneInfo("Europe/Istanbul")
OWNER = Owner(emails=frozenset({"cand@example.org"}))


def _starts(text: str, sent: datetime) -> list[datetime]:
    return [m.start for m in find_times(text, sent, ISTANBUL)]


def test_turkish_dates_and_clocks() -> None:
    sent = datetime(2026, 3, 9, 10, tzinfo=ISTANBUL)
    assert _starts("12 Mart Perşembe saat 14:00'te", sent) == [
        datetime(2026, 3, 12, 14, tzinfo=ISTANBUL)
    ]
    assert _starts("yarın saat 10.30'da", sent) == [datetime(2026, 3, 10, 10, 30, tzinfo=ISTANBUL)]
    assert _starts("28 Nisan Salı günü saat 16.00'da", sent) == [
        datetime(2026, 4, 28, 16, tzinfo=ISTANBUL)
    ]
    assert _starts("Gelecek Salı (24 Mart) öğleden sonra 3'te uygun musun?", sent) == [
        datetime(2026, 3, 24, 15, tzinfo=ISTANBUL)
    ]
    assert duration_in("Görüşme yaklaşık bir saat sürecektir.") == timedelta(hours=1)
    assert duration_in("yaklaşık 30 dakikalık bir ön görüşme") == timedelta(minutes=30)


def test_turkish_hiring_words_moves_and_look_alikes() -> None:
    assert "interview word" in signal_names("Orhan Çelik Bey ile iş görüşmeniz planlanmıştır")
    assert "interview word" not in signal_names("Şubemizde bir müşteri görüşmesi yapmak isteriz")
    assert classify.is_reschedule("Görüşmeyi Cuma günü aynı saate alabilir miyiz?")
    assert "rejection" in signal_names("başvurunuz olumsuz sonuçlanmıştır")
    assert "offer" in signal_names("teklif mektubunuz ektedir")
    assert classify.score("İŞKUR danışman görüşme randevunuz")[0] < 0
    assert role_last_resort(["Hazine Analisti pozisyonu için"]) == "Hazine Analisti"


def test_nordic_and_japanese_words() -> None:
    assert classify.is_cancel("vi må dessverre avlyse intervjuet")
    assert not classify.is_cancel("Ändra dina inställningar för e-post")
    assert not classify.is_reschedule("an 8-hour gap that week instead of 9")
    assert "event/fair" in signal_names("Digitalt frukostseminarium: Klara intervjun")
    assert duration_in("Ca. 45 minutter") == timedelta(minutes=45)
    assert duration_in("ungefär en timme") == timedelta(hours=1)
    assert "screen/round" in signal_names("技術面接を担当させていただきます")
    assert classify.is_withdrawal("最終面接を辞退させていただきます")
    assert classify.score("雇入時健康診断のご予約、問診あり、面接")[0] < 0
    assert "coaching/mock" in signal_names("模擬面接 19:00～20:00")


def test_the_owners_invite_that_the_company_accepted_is_the_interview() -> None:
    ask = (
        "From: Kerem Arslan <kerem@levanter.example>\r\nTo: cand@example.org\r\n"
        "Subject: Levanter Partners - ilk görüşme\r\nDate: Thu, 19 Mar 2026 10:21:00 +0300\r\n"
        "Message-ID: <k1@levanter.example>\r\n\r\n"
        "Investment Banking Analyst pozisyonu için ilk görüşmeyi yapmak isterim. Gelecek Salı "
        "(24 Mart) öğleden sonra 3'te uygun musun? Bana bir Teams daveti gönderebilir misin?\r\n"
    )
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:own-1@mail.example\r\n"
        "DTSTART:20260324T120000Z\r\nDTEND:20260324T124500Z\r\nSUMMARY:İş Görüşmesi\r\n"
        "ORGANIZER;CN=Cand:mailto:cand@example.org\r\n"
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Kerem Arslan:mailto:kerem@levanter.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    items = [
        SourceItem("<k1@levanter.example>", "rfc822", ask.encode()),
        SourceItem("reply.ics", "ics", ics.encode()),
    ]
    (found,) = detect(items, OWNER).interviews
    assert found.start == datetime(2026, 3, 24, 15, tzinfo=ISTANBUL)
