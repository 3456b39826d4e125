#!/usr/bin/env python3
"""Deterministic generator for the blind80 evaluation set (Istanbul financial analyst).

Rewrites every b80-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented (.example).
Run:  python make_cases.py
"""
import hashlib
import html as htmlmod
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
IST = ZoneInfo("Europe/Istanbul")
BER = ZoneInfo("Europe/Berlin")
DXB = ZoneInfo("Asia/Dubai")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "ceren.yalcinkaya@mail.example"
OWNER_NAME = "Ceren Yalçınkaya"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
             "Eylül", "Ekim", "Kasım", "Aralık"]
TR_DAYS = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]

TZID_IANA = {
    "Europe/Istanbul": IST,
    "Turkey Standard Time": IST,
    "W. Europe Standard Time": BER,
    "Arabian Standard Time": DXB,
}


def dt(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(x):
    return x.isoformat() if x is not None else None


def tr_day(x):
    """'12 Mart Perşembe'"""
    return f"{x.day} {TR_MONTHS[x.month - 1]} {TR_DAYS[x.weekday()]}"


def tr_date_long(x):
    """'12 Mart 2026 Perşembe'"""
    return f"{x.day} {TR_MONTHS[x.month - 1]} {x.year} {TR_DAYS[x.weekday()]}"


def hm(x, sep=":"):
    return f"{x.hour:02d}{sep}{x.minute:02d}"


def en_day(x):
    return x.strftime("%A")


def g12(x):
    h = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return f"{h}{ap}" if x.minute == 0 else f"{h}:{x.minute:02d}{ap}"


def hexid(*parts, n=24):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- iCalendar
def ics_esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "Europe/Istanbul": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Istanbul", "X-LIC-LOCATION:Europe/Istanbul",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:+03",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Turkey Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Turkey Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}


def ical_time(name, x, tzid):
    if tzid is None:
        return f"{name}:{x.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    loc = x.astimezone(TZID_IANA[tzid])
    return f"{name};TZID={tzid}:{loc:%Y%m%dT%H%M%S}"


def utcstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(method, prodid, events, tzid=None, extra_head=()):
    lines = ["BEGIN:VCALENDAR"]
    if prodid.startswith("Microsoft"):
        lines += [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    else:
        lines += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        if method:
            lines.append(f"METHOD:{method}")
    lines += list(extra_head)
    if tzid:
        lines += VTZ[tzid]
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return ics_text(lines)


def vevent(uid, start, end, summary, organizer, attendees, stamp, tzid=None, description=None,
           location=None, seq=0, status="CONFIRMED", ms=False, extra=(), owner_partstat="NEEDS-ACTION"):
    ev = ["BEGIN:VEVENT"]
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, addr, *rest in attendees:
        ps = rest[0] if rest else ("ACCEPTED" if organizer and addr == organizer[1] else owner_partstat if addr == OWNER else "NEEDS-ACTION")
        ev.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{addr}")
    if description is not None:
        ev.append(("DESCRIPTION;LANGUAGE=tr-TR:" if ms else "DESCRIPTION:") + ics_esc(description))
    ev.append(f"UID:{uid}")
    ev.append(("SUMMARY;LANGUAGE=tr-TR:" if ms else "SUMMARY:") + ics_esc(summary))
    ev.append(ical_time("DTSTART", start, tzid))
    if end is not None:
        ev.append(ical_time("DTEND", end, tzid))
    ev += ["CLASS:PUBLIC" if ms else "TRANSP:OPAQUE"]
    ev.append(f"DTSTAMP:{utcstamp(stamp)}")
    ev.append(f"SEQUENCE:{seq}")
    ev.append(f"STATUS:{status}")
    if location is not None:
        ev.append(("LOCATION;LANGUAGE=tr-TR:" if ms else "LOCATION:") + ics_esc(location))
    if ms:
        ev += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
               "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if status == "CANCELLED" else "TENTATIVE"),
               "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if status == "CANCELLED" else "BUSY"),
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if status == "CANCELLED" else "1"),
               "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    ev += list(extra)
    if status != "CANCELLED":
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
               "ACTION:DISPLAY", "END:VALARM"]
    ev.append("END:VEVENT")
    return ev


# ---------------------------------------------------------------- e-mail
def text_to_html(text, font="Calibri,Arial,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}</div></body></html>\n')


def mail(headers, text=None, html=None, text_cte="quoted-printable", html_cte="quoted-printable",
         cal=None, cal_cte="base64", method="REQUEST", attachments=(), boundary_seed="",
         boundary_style="hex"):
    msg = EmailMessage()
    late = [(k, v) for k, v in headers if k.lower().startswith("content-") and v is not None]
    for k, v in headers:
        if v is not None and (k, v) not in late:
            msg[k] = v
    if text is not None:
        msg.set_content(text, subtype="plain", charset="utf-8", cte=text_cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset="utf-8", cte=html_cte)
    if cal is not None:
        if cal_cte == "7bit" and not cal.isascii():
            cal_cte = "base64"
        msg.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar", cte=cal_cte,
                            params={"method": method, "charset": "UTF-8"})
    for data, maintype, subtype, filename in attachments:
        if isinstance(data, str):
            data = data.encode("utf-8")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, cte="base64")
    for k, v in late:   # set_content() drops Content-* headers, so add them afterwards
        msg[k] = v
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            if boundary_style == "outlook":
                part.set_boundary(f"_00{i}_{hexid(boundary_seed, i, n=32).upper()}prodoutlookcom_")
            else:
                part.set_boundary(hexid(boundary_seed, i, n=28))
            i += 1
    return msg


def hdr_common(date, frm, to, subject, msgid, cc=None, reply_to=None, in_reply_to=None,
               references=None, delivered=True, extra=()):
    h = []
    if delivered:
        h.append(("Delivered-To", OWNER))
    h += [("Return-Path", f"<{frm.split('<')[-1].rstrip('>')}>" if "<" in frm else f"<{frm}>"),
          ("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", references or in_reply_to))
    h += list(extra)
    return h


TEAMS_TR = (
    "________________________________________________________________________________\n"
    "Microsoft Teams toplantısı\n"
    "Bilgisayarınızda, mobil uygulamanızda veya oda cihazınızda katılın\n"
    "Toplantıya katılmak için buraya tıklayın<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
    "Toplantı Kimliği: {num}\n"
    "Geçiş kodu: {pw}\n"
    "Teams'i indirin<https://www.microsoft.com/tr-tr/microsoft-teams/download-app> | "
    "Web'de katılın<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Daha fazla bilgi<https://aka.ms/JoinTeamsMeeting> | Toplantı seçenekleri<https://teams.microsoft.com/meetingOptions/>\n"
    "________________________________________________________________________________\n")


def outlook_headers(date, frm, to, subject, msgid, cc=None, extra=()):
    h = hdr_common(date, frm, to, subject, msgid, cc=cc)
    topic = subject.split(": ", 1)[1] if subject.startswith(("İptal Edildi: ", "Kabul Edildi: ")) else subject
    h += [("Thread-Topic", topic), ("Thread-Index", "AQH" + hexid(msgid, n=22) + "=="),
          ("Accept-Language", "tr-TR, en-US"), ("Content-Language", "tr-TR"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("Content-class", "urn:content-classes:calendarmessage")]
    h += list(extra)
    return h


def google_invite(seed, date, organizer, guests, summary, start, end, tzlabel, tzname, description,
                  seq=0, cancel=False, uid=None, meet="abc-defg-hij"):
    """Google Calendar invitation / cancellation e-mail (multipart/mixed + invite.ics)."""
    uid = uid or f"{hexid(seed, 'uid', n=26)}@google.com"
    loc_s = start.astimezone(start.tzinfo)
    when = f"{loc_s:%a %b} {loc_s.day}, {loc_s.year} {g12(loc_s)} - {g12(end.astimezone(start.tzinfo))} ({tzlabel})"
    prefix = "Canceled event" if cancel else ("Updated invitation" if seq else "Invitation")
    subject = f"{prefix}: {summary} @ {when} ({OWNER})"
    longday = f"{loc_s:%A %B} {loc_s.day}, {loc_s.year} ⋅ {g12(loc_s)} – {g12(end.astimezone(start.tzinfo))}"
    guest_lines = []
    for name, addr in guests:
        guest_lines.append(f"{name}{' - organizer' if addr == organizer[1] else ''}\n{addr}")
    head = ("This event has been canceled and removed from your calendar.\n\n" if cancel else "")
    text = (f"{head}{summary}\n{longday}\n{tzname}\n\n"
            + ("" if cancel else f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n")
            + f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n" + "\n".join(guest_lines) + "\n\n"
            + (description + "\n\n" if description else "")
            + ("" if cancel else f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={hexid(seed, 'eid', n=40)}\n\n")
            + "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = text_to_html(text, font="Roboto,Helvetica,Arial,sans-serif")
    atts = [(g[0], g[1]) for g in guests]
    ev = vevent(uid, start, end, summary, organizer, atts, date, tzid=None,
                description=description + (f"\n\nJoin with Google Meet: https://meet.google.com/{meet}" if not cancel else ""),
                location="", seq=seq, status="CANCELLED" if cancel else "CONFIRMED",
                extra=() if cancel else (f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}",))
    method = "CANCEL" if cancel else "REQUEST"
    cal = calendar(method, "-//Google Inc//Google Calendar 70.9054//EN", [ev])
    h = [("Delivered-To", OWNER),
         ("Return-Path", f"<{hexid(seed, 'rp', n=20)}@calendar-server.bounces.google.com>"),
         ("Reply-To", f"{organizer[0]} <{organizer[1]}>"),
         ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Message-ID", f"<calendar-{hexid(seed, 'mid', n=32)}@google.com>"),
         ("Date", format_datetime(date.astimezone(UTC))),
         ("Subject", subject), ("From", f"{organizer[0]} <{organizer[1]}>"), ("To", OWNER)]
    return mail(h, text=text, html=html, text_cte="base64", cal=cal, cal_cte="7bit", method=method,
                attachments=[(cal.encode(), "application", "ics", "invite.ics")], boundary_seed=seed)


def gcal_event(eid, summary, description, organizer, attendees, start, end, tzname, created, updated,
               seq=0, status="confirmed", meet="xyz-abcd-efg"):
    return {
        "kind": "calendar#event",
        "etag": f'"{int(hexid(eid, updated, n=12), 16)}"',
        "id": eid,
        "status": status,
        "htmlLink": f"https://www.google.com/calendar/event?eid={hexid(eid, 'html', n=40)}",
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": summary,
        "description": description,
        "creator": {"email": organizer[1], "displayName": organizer[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": tzname},
        "end": {"dateTime": end.isoformat(), "timeZone": tzname},
        "iCalUID": f"{eid}@google.com",
        "sequence": seq,
        "attendees": attendees,
        "hangoutLink": f"https://meet.google.com/{meet}",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }


# ---------------------------------------------------------------- cases
CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def add_case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = dict(user=OWNER, **label)


def eml(msg):
    return msg.as_bytes(policy=policy.default)


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return dict(company=company, role=role, start=iso(start), end=iso(end), status=status,
                interviewer_emails=list(interviewers), followup_recipients=list(recipients), kind=kind)


def neg(difficulty, category, notes):
    return dict(interview=False, interviews=[], difficulty=difficulty, category=category,
                notes=notes, source="synthetic")


SIG_CEREN = "Ceren Yalçınkaya\n+90 532 555 41 07"


# ---- 01 job-site relay, phone pre-screen, body only ------------------------------------------
def case01():
    sent = dt(2026, 3, 9, 16, 12, IST)
    s = dt(2026, 3, 12, 14, 0, IST)
    e = s + timedelta(minutes=30)
    rec = "selin.dogan@anadoluyatirim.example"
    text = f"""Sayın Ceren Yalçınkaya,

Anadolu Yatırım Bankası A.Ş., "Finansal Analist - Kurumsal Finansman" ilanına yaptığınız başvuru ile ilgili size bir mesaj gönderdi:

------------------------------------------------------------
Merhaba Ceren Hanım,

Başvurunuz için teşekkür ederiz. Özgeçmişinizi inceledik ve sizinle {tr_day(s)} saat {hm(s)}'te yaklaşık 30 dakikalık bir telefon ön görüşmesi yapmak istiyoruz. Görüşmeyi ben gerçekleştireceğim; sizi özgeçmişinizdeki cep telefonu numaranızdan arayacağım.

Bu saat size uygun değilse lütfen {rec} adresinden bana doğrudan yazın, birlikte yeni bir zaman belirleyelim.

Saygılarımızla,
Selin Doğan
İK Uzmanı | Yetenek Kazanımı
Anadolu Yatırım Bankası A.Ş.
T: +90 212 555 04 18
Maslak Mah. Eski Ağaçlı Yolu Cad. No: 9, 34398 Sarıyer/İstanbul
------------------------------------------------------------

Mesajı yanıtlamak için KariyerKapısı hesabınıza giriş yapın:
https://www.kariyerkapisi.example/aday/mesajlar/8841207

Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.
KariyerKapısı | Kariyerin kapısı burada.
"""
    m = mail(hdr_common(sent, "KariyerKapısı <bildirim@kariyerkapisi.example>", OWNER,
                        "Anadolu Yatırım Bankası size bir mesaj gönderdi", "<m.8841207.20260309131200@kariyerkapisi.example>"),
             text=text, html=text_to_html(text, "Arial,sans-serif"), boundary_seed="c01")
    add_case("b80-01-jobsite-relay-on-gorusme-body-only",
             [("01-kariyerkapisi-mesaj.eml", eml(m))],
             dict(interview=True,
                  interviews=[iv("Anadolu Yatırım Bankası", "Finansal Analist - Kurumsal Finansman", s, e,
                                 "scheduled", [rec], [rec], "phone_screen")],
                  difficulty="medium", category="positive/jobsite-relay-body-only",
                  notes="Job site relays employer message; Turkish '12 Mart Perşembe saat 14:00'te', 30 dk; "
                        "recruiter conducts the screen, sender is a no-reply site address.",
                  source="synthetic"))


# ---- 02 Turkish ATS confirmation + .ics ---------------------------------------------------------
def case02():
    sent = dt(2026, 3, 13, 11, 47, IST)
    s = dt(2026, 3, 18, 10, 30, IST)
    e = s + timedelta(minutes=60)
    murat = ("Murat Kaya", "murat.kaya@bogaziciholding.example")
    burak = ("Burak Şahin", "burak.sahin@bogaziciholding.example")
    text = f"""Sayın Ceren Yalçınkaya,

Boğaziçi Holding Kıdemli Finansal Analist (FP&A) pozisyonu için teknik mülakatınız planlanmıştır.

Tarih: {tr_date_long(s)}
Saat: {hm(s, '.')} - {hm(e, '.')} (TSİ, GMT+3)
Görüşmeci: Murat Kaya - FP&A Müdürü
Format: Microsoft Teams (bağlantı ekteki takvim davetinde yer almaktadır)

Mülakat sırasında Excel üzerinde kısa bir finansal modelleme vakası çözmeniz istenecektir; lütfen Excel yüklü bir bilgisayardan bağlanınız.

Sorularınız için İK ekibimizden Burak Şahin ile iletişime geçebilirsiniz: {burak[1]}

Başarılar dileriz.
Boğaziçi Holding İnsan Kaynakları

Bu e-posta Yetenekçi Aday Takip Sistemi tarafından otomatik olarak gönderilmiştir. Lütfen bu e-postayı yanıtlamayınız.
Kişisel verileriniz 6698 sayılı KVKK kapsamında işlenmektedir.
"""
    html = text_to_html(text, "Segoe UI,Arial,sans-serif")
    ev = vevent(f"yt-{hexid('c02', n=16)}@yetenekci.example", s, e,
                "Teknik Mülakat - Ceren Yalçınkaya - Kıdemli Finansal Analist (FP&A)", burak,
                [murat, (OWNER_NAME, OWNER)], sent, tzid="Europe/Istanbul",
                description="Teams bağlantısı: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yt88Qw%40thread.v2/0\n"
                            "Görüşmeci: Murat Kaya (FP&A Müdürü)",
                location="Microsoft Teams")
    cal = calendar("REQUEST", "-//Yetenekci//ATS Takvim 3.2//TR", [ev], tzid="Europe/Istanbul")
    m = mail(hdr_common(sent, "Boğaziçi Holding Kariyer <no-reply@yetenekci.example>", OWNER,
                        "Teknik Mülakat Davetiniz - Kıdemli Finansal Analist (FP&A) | Boğaziçi Holding",
                        "<20260313084700.5512.bh@yetenekci.example>",
                        extra=[("X-Yetenekci-Event", "interview_scheduled")]),
             text=text, html=html, attachments=[(cal, "text", "calendar", "mulakat.ics")], boundary_seed="c02")
    add_case("b80-02-turkish-ats-teknik-mulakat-ics",
             [("01-yetenekci-teknik-mulakat.eml", eml(m))],
             dict(interview=True,
                  interviews=[iv("Boğaziçi Holding", "Kıdemli Finansal Analist (FP&A)", s, e, "scheduled",
                                 [murat[1]], [murat[1]], "technical")],
                  difficulty="medium", category="positive/ats-email-with-ics",
                  notes="Invented Turkish ATS (Yetenekçi) no-reply mail, QP body 'saat 10.30', TSİ; .ics attachment "
                        "with TZID=Europe/Istanbul; HR coordinator organises only.",
                  source="synthetic"))


# ---- 03 user-organised Teams meeting, recruiter's 'Kabul Edildi:' reply -----------------------------
def case03():
    s = dt(2026, 3, 24, 15, 0, IST)
    e = s + timedelta(minutes=45)
    kerem = ("Kerem Arslan", "kerem.arslan@levanterpartners.example")
    d1 = dt(2026, 3, 19, 10, 21, IST)
    t1 = f"""Merhaba Ceren,

LinkedIn'de kısaca yazıştığımız Investment Banking Analyst (İstanbul) pozisyonu için ilk görüşmeyi yapmak isterim. Gelecek Salı ({s.day} {TR_MONTHS[s.month-1]}) öğleden sonra 3'te uygun musun? 45 dakika yeterli olur, görüşmede sadece ben olacağım.

Bir ricam var: şirket takvimimiz şu an dış davetleri göstermede sorun çıkarıyor, o yüzden sen bana bir Teams daveti gönderebilir misin? Ben kabul ederim.

Teşekkürler,
Kerem

Kerem Arslan
Talent Acquisition Lead, Türkiye
Levanter Partners | İstanbul Office
Esentepe Mah. Büyükdere Cad. No: 127 Kat 21, 34394 Şişli/İstanbul
M: +90 533 555 12 80
"""
    m1 = mail(hdr_common(d1, f"{kerem[0]} <{kerem[1]}>", OWNER_FULL,
                         "Levanter Partners - ilk görüşme", "<AM9PR02MB7711A1@AM9PR02MB7711.eurprd02.prod.outlook.example>"),
              text=t1, html=text_to_html(t1), boundary_seed="c03a", boundary_style="outlook")
    d2 = dt(2026, 3, 19, 18, 2, IST)
    summary = "İş Görüşmesi - Ceren Yalçınkaya / Levanter Partners"
    ev = vevent("040000008200E00074C5B7101A82E00800000000" + hexid("c03", n=32).upper(), s, e, summary,
                (OWNER_NAME, OWNER), [(kerem[0], kerem[1], "ACCEPTED")], d2, tzid="Turkey Standard Time",
                location="Microsoft Teams Toplantısı", ms=True, extra=("X-MICROSOFT-CDO-REPLYTIME:" + utcstamp(d2),))
    ev = [l for l in ev if not l.startswith(("BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER", "ACTION:", "END:VALARM"))]
    cal = calendar("REPLY", "Microsoft Exchange Server 2010", [ev], tzid="Turkey Standard Time")
    t2 = "Görüşmek üzere.\n"
    m2 = mail(outlook_headers(d2, f"{kerem[0]} <{kerem[1]}>", OWNER_FULL, "Kabul Edildi: " + summary,
                              "<AM9PR02MB7711B2@AM9PR02MB7711.eurprd02.prod.outlook.example>"),
              text=t2, html=text_to_html(t2), cal=cal, method="REPLY", boundary_seed="c03b", boundary_style="outlook")
    add_case("b80-03-user-sent-teams-invite-kabul-edildi",
             [("01-kerem-ilk-gorusme.eml", eml(m1)), ("02-kabul-edildi.eml", eml(m2))],
             dict(interview=True,
                  interviews=[iv("Levanter Partners", "Investment Banking Analyst", s, e, "scheduled",
                                 [kerem[1]], [kerem[1]], "phone_screen")],
                  difficulty="hard", category="positive/outlook-accept-reply",
                  notes="Recruiter asks the candidate to send the Teams invite; only the recruiter's Turkish Outlook "
                        "'Kabul Edildi:' METHOD:REPLY (organizer = user) carries the time; 'öğleden sonra 3'.",
                  source="synthetic"))


# ---- 04 Exchange Teams invite then 'İptal Edildi:' ---------------------------------------------
def case04():
    s = dt(2026, 4, 2, 11, 0, IST)
    e = s + timedelta(hours=1)
    gizem = ("Gizem Kurt", "gizem.kurt@marmarakatilim.example")
    hakan = ("Hakan Öztürk", "hakan.ozturk@marmarakatilim.example")
    summary = "Mülakat: Ceren Yalçınkaya - Hazine Analisti"
    uid = "040000008200E00074C5B7101A82E00800000000" + hexid("c04", n=32).upper()
    when = f"Ne zaman: {tr_date_long(s)} {hm(s)}-{hm(e)} (UTC+03:00) İstanbul.\nNerede: Microsoft Teams Toplantısı\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    d1 = dt(2026, 3, 25, 14, 33, IST)
    t1 = when + f"""Merhaba Ceren Hanım,

Hazine Analisti pozisyonu için Hazine Müdürümüz Hakan Öztürk ile 1 saatlik görüşmeniz aşağıdaki Teams bağlantısı üzerinden gerçekleşecektir. Görüşmede bankamızın likidite yönetimi ve TL/YP fonlama konularında sorular yöneltilecektir. Ben yalnızca organizasyonu yapıyorum, görüşmede bulunmayacağım.

Saygılarımızla,

Gizem Kurt
İnsan Kaynakları Uzman Yardımcısı
Marmara Katılım Bankası A.Ş. | Genel Müdürlük
Saray Mah. Dr. Adnan Büyükdeniz Cad. No: 14, Ümraniye/İstanbul
T: +90 216 555 30 62

""" + TEAMS_TR.format(mid="MkB4" + hexid("c04t", n=20), num="318 442 907 156", pw="xK7pQ2")
    ev1 = vevent(uid, s, e, summary, gizem, [(OWNER_NAME, OWNER), hakan], d1, tzid="Turkey Standard Time",
                 description=t1, location="Microsoft Teams Toplantısı", ms=True,
                 extra=("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MkB4",))
    cal1 = calendar("REQUEST", "Microsoft Exchange Server 2010", [ev1], tzid="Turkey Standard Time")
    m1 = mail(outlook_headers(d1, f"{gizem[0]} <{gizem[1]}>", f"{OWNER_NAME} <{OWNER}>, {hakan[0]} <{hakan[1]}>",
                              summary, "<VI1PR08MB4021C4A1@VI1PR08MB4021.eurprd08.prod.outlook.example>"),
              text=t1, html=text_to_html(t1), cal=cal1, boundary_seed="c04a", boundary_style="outlook")
    d2 = dt(2026, 3, 30, 9, 14, IST)
    t2 = when + f"""Ceren Hanım merhaba,

Hazine Analisti pozisyonuna ait işe alım süreci bütçe revizyonu nedeniyle beklemeye alındığından {s.day} {TR_MONTHS[s.month-1]}'daki görüşmemizi iptal etmek durumundayız. Süreç yeniden açıldığında sizinle tekrar iletişime geçeceğiz.

Anlayışınız için teşekkür ederiz.

Saygılarımızla,
Gizem Kurt
"""
    ev2 = vevent(uid, s, e, summary, gizem, [(OWNER_NAME, OWNER), hakan], d2, tzid="Turkey Standard Time",
                 description=t2, location="Microsoft Teams Toplantısı", ms=True, seq=1, status="CANCELLED")
    cal2 = calendar("CANCEL", "Microsoft Exchange Server 2010", [ev2], tzid="Turkey Standard Time")
    m2 = mail(outlook_headers(d2, f"{gizem[0]} <{gizem[1]}>", f"{OWNER_NAME} <{OWNER}>, {hakan[0]} <{hakan[1]}>",
                              "İptal Edildi: " + summary, "<VI1PR08MB4021D9F3@VI1PR08MB4021.eurprd08.prod.outlook.example>",
                              extra=[("Importance", "high"), ("X-Priority", "1")]),
              text=t2, html=text_to_html(t2), cal=cal2, method="CANCEL", boundary_seed="c04b", boundary_style="outlook")
    add_case("b80-04-outlook-tr-teams-iptal-edildi",
             [("01-mulakat-daveti.eml", eml(m1)), ("02-iptal-edildi.eml", eml(m2))],
             dict(interview=True,
                  interviews=[iv("Marmara Katılım Bankası", "Hazine Analisti", s, e, "cancelled",
                                 [hakan[1]], [hakan[1]], "hiring_manager")],
                  difficulty="medium", category="positive/cancellation",
                  notes="Turkish Outlook Teams invite (Turkey Standard Time) then 'İptal Edildi:' METHOD:CANCEL; "
                        "organizer is HR coordinator, hiring manager is the interviewer.",
                  source="synthetic"))


# ---- 05 Berlin firm, MEZ/MESZ error across EU DST change, corrected -----------------------------
def case05():
    s = dt(2026, 3, 31, 14, 0, BER)          # CEST (+02:00) after 29 March
    e = s + timedelta(hours=1)
    lena = ("Lena Hoffmann", "lena.hoffmann@nordhafen-capital.example")
    jonas = ("Dr. Jonas Weber", "jonas.weber@nordhafen-capital.example")
    d1 = dt(2026, 3, 20, 10, 5, BER)
    t1 = f"""Dear Ms Yalçınkaya,

thank you for your application for the position of Financial Analyst, M&A (Turkey & CEE) at Nordhafen Capital.

We would be pleased to invite you to a case interview with Dr. Jonas Weber, Head of M&A:

{DE_DAYS[s.weekday()]}, {s.day}. {DE_MONTHS[s.month-1]} {s.year}, 14:00 MEZ (16:00 Istanbul)
Duration: 60 minutes, via Microsoft Teams (please see the attached invitation)

Please prepare a short view (5 minutes) on a recent Turkish mid-cap transaction of your choice.

Mit freundlichen Grüßen / Kind regards

Lena Hoffmann
Talent Acquisition
Nordhafen Capital GmbH
Kurfürstendamm 212, 10719 Berlin
Tel. +49 30 5550 7714
Geschäftsführer: Dr. Carsten Ulbrich | Amtsgericht Charlottenburg HRB 000000 B
"""
    ev = vevent("040000008200E00074C5B7101A82E00800000000" + hexid("c05", n=32).upper(), s, e,
                "Case Interview - Ceren Yalçınkaya - Financial Analyst M&A", lena,
                [(jonas[0], jonas[1]), (OWNER_NAME, OWNER)], d1, tzid="W. Europe Standard Time",
                description="Case interview with Dr. Jonas Weber.\n\nMicrosoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NhC55%40thread.v2/0",
                location="Microsoft Teams-Besprechung", ms=True)
    cal = calendar("REQUEST", "Microsoft Exchange Server 2010", [ev], tzid="W. Europe Standard Time")
    mid1 = "<FR3P281MB1650E1@FR3P281MB1650.DEUP281.PROD.OUTLOOK.example>"
    m1 = mail(hdr_common(d1, f"{lena[0]} <{lena[1]}>", OWNER_FULL,
                         "Einladung zum Interview / Invitation: Financial Analyst M&A - Nordhafen Capital", mid1),
              text=t1, html=text_to_html(t1), attachments=[(cal, "application", "ics", "Einladung.ics")],
              boundary_seed="c05a", boundary_style="outlook")
    d2 = dt(2026, 3, 23, 9, 40, BER)
    q = dt(2026, 3, 21, 13, 12, BER)
    t2 = f"""Dear Ms Yalçınkaya,

you are absolutely right, thank you for spotting this. Germany switches to summer time on 29 March, so the interview is at 14:00 MESZ (CEST), which is 15:00 in Istanbul, not 16:00. The calendar invitation is correct, only my e-mail was wrong. Sorry for the confusion!

Dr. Weber is looking forward to speaking with you.

Best regards
Lena Hoffmann

Nordhafen Capital GmbH | Kurfürstendamm 212, 10719 Berlin | Tel. +49 30 5550 7714

-----Ursprüngliche Nachricht-----
Von: Ceren Yalçınkaya <{OWNER}>
Gesendet: {DE_DAYS[q.weekday()]}, {q.day}. {DE_MONTHS[q.month-1]} {q.year} {hm(q)}
An: Lena Hoffmann <{lena[1]}>
Betreff: Re: Einladung zum Interview / Invitation: Financial Analyst M&A - Nordhafen Capital

Dear Ms Hoffmann,

thank you very much for the invitation, I will be there. One small question: since Germany moves to summer time on 29 March, would 14:00 Berlin time on 31 March be 15:00 in Istanbul rather than 16:00? Turkey does not change its clocks.

Best regards,
Ceren Yalçınkaya
"""
    m2 = mail(hdr_common(d2, f"{lena[0]} <{lena[1]}>", OWNER_FULL,
                         "AW: Einladung zum Interview / Invitation: Financial Analyst M&A - Nordhafen Capital",
                         "<FR3P281MB1650F7@FR3P281MB1650.DEUP281.PROD.OUTLOOK.example>",
                         in_reply_to="<CAK2n8x+ceren.0321@mail.example>", references=f"{mid1} <CAK2n8x+ceren.0321@mail.example>"),
              text=t2, html=text_to_html(t2), boundary_seed="c05b", boundary_style="outlook")
    add_case("b80-05-berlin-mez-mesz-dst-correction",
             [("01-einladung-case-interview.eml", eml(m1)), ("02-aw-korrektur-uhrzeit.eml", eml(m2))],
             dict(interview=True,
                  interviews=[iv("Nordhafen Capital", "Financial Analyst, M&A (Turkey & CEE)", s, e, "scheduled",
                                 [jonas[1]], [jonas[1]], "technical")],
                  difficulty="hard", category="positive/dst-timezone-correction",
                  notes="Berlin firm writes '14:00 MEZ (16:00 Istanbul)' for 31 March, after the EU DST change on "
                        "29 March; .ics (W. Europe Standard Time) and the later correction say 14:00 CEST = 15:00 "
                        "Istanbul (+03:00).",
                  source="synthetic"))


# ---- 06 Dubai, Google invite ----------------------------------------------------------------------
def case06():
    s = dt(2026, 4, 8, 11, 0, DXB)
    e = s + timedelta(minutes=45)
    omar = ("Omar Haddad", "omar.haddad@qamarridge.example")
    priya = ("Priya Menon", "priya.menon@qamarridge.example")
    d1 = dt(2026, 4, 1, 12, 30, DXB)
    t1 = f"""Dear Ceren,

Thank you for applying for the Investment Analyst - Private Markets role at Qamar Ridge Capital in Dubai.

Priya Menon, our VP Private Markets, would like to speak with you on {en_day(s)} {s.day} April at {s:%I:%M %p} Dubai time ({s.astimezone(IST):%I:%M %p} Istanbul) for about 45 minutes over Google Meet. I have sent you a calendar invitation separately. I won't be joining the call myself, but please reach out to me if anything comes up.

Kind regards,

Omar Haddad
Talent Partner
Qamar Ridge Capital
Level 9, Gate Avenue South, DIFC, Dubai, UAE
+971 4 555 0193
"""
    m1 = mail(hdr_common(d1, f"{omar[0]} <{omar[1]}>", OWNER_FULL,
                         "Qamar Ridge Capital - interview with Priya Menon", "<CAQR8a1.omar.0401@qamarridge.example>"),
              text=t1, html=text_to_html(t1, "Arial,sans-serif"), boundary_seed="c06a")
    d2 = d1 + timedelta(minutes=6)
    m2 = google_invite("c06", d2, omar, [omar, priya, (OWNER, OWNER)],
                       "Qamar Ridge - Investment Analyst interview (Ceren Yalçınkaya / Priya Menon)",
                       s, e, "GST", "Gulf Standard Time - Dubai",
                       "45-minute conversation with Priya Menon (VP Private Markets). Omar will not join.",
                       meet="qrc-mnpx-tdw")
    add_case("b80-06-dubai-google-invite-gst",
             [("01-omar-interview-email.eml", eml(m1)), ("02-invitation-google.eml", eml(m2))],
             dict(interview=True,
                  interviews=[iv("Qamar Ridge Capital", "Investment Analyst - Private Markets", s, e, "scheduled",
                                 [priya[1]], [priya[1]], "hiring_manager")],
                  difficulty="medium", category="positive/dedupe-google-invite",
                  notes="Dubai (+04:00) role; recruiter e-mail ('11:00 AM Dubai time (10:00 AM Istanbul)') + Google "
                        "invite in UTC = one interview; organizer is not an interviewer.",
                  source="synthetic"))


# ---- 07 Turkish human thread, 'yarın' then moved to Friday ------------------------------------------
def case07():
    derya = ("Derya Aydın", "derya.aydin@kuzeyfaktoring.example")
    orhan = ("Orhan Çelik", "orhan.celik@kuzeyfaktoring.example")
    d1 = dt(2026, 3, 10, 11, 20, IST)
    first = dt(2026, 3, 11, 10, 30, IST)   # 'yarın saat 10.30'
    s = dt(2026, 3, 13, 10, 30, IST)       # moved to Friday same time
    e = s + timedelta(hours=1)
    sig = """Derya Aydın
İnsan Kaynakları Yöneticisi
Kuzey Faktoring A.Ş.
Büyükdere Cad. No: 201 Kuzey Plaza Kat: 14, 34330 Levent/İstanbul
T: +90 212 555 77 40 | M: +90 542 555 19 63"""
    t1 = f"""Ceren Hanım merhaba,

Telefonda konuştuğumuz üzere, Finansal Analist (Kredi Tahsis) pozisyonu için yarın saat 10.30'da Levent'teki genel müdürlüğümüzde Mali İşler Direktörümüz Orhan Çelik Bey ile iş görüşmeniz planlanmıştır. Görüşme yaklaşık bir saat sürecektir. Orhan Bey'i de bilgiye ekliyorum.

Yanınızda kimlik kartınızı getirmeniz yeterli.

İyi çalışmalar,
{sig}
"""
    mid1 = "<DB8PR09MB3312A.derya@kuzeyfaktoring.example>"
    m1 = mail(hdr_common(d1, f"{derya[0]} <{derya[1]}>", OWNER_FULL, "İş görüşmesi - Kuzey Faktoring", mid1,
                         cc=f"{orhan[0]} <{orhan[1]}>"), text=t1, text_cte="base64", boundary_seed="c07a")
    d2 = dt(2026, 3, 10, 18, 47, IST)
    t2 = f"""Ceren Hanım,

Kusura bakmayın, Orhan Bey'in yarın sabah beklenmedik bir yönetim kurulu toplantısı çıktı. Görüşmeyi Cuma günü ({s.day} {TR_MONTHS[s.month-1]}) aynı saate, yani 10.30'a alabilir miyiz? Uygunluğunuzu teyit ederseniz sevinirim.

Tekrar özür dilerim.

{sig}

From: {derya[0]} <{derya[1]}>
Sent: {tr_date_long(d1)} {hm(d1)}
To: {OWNER_NAME} <{OWNER}>
Cc: {orhan[0]} <{orhan[1]}>
Subject: İş görüşmesi - Kuzey Faktoring

""" + "\n".join("> " + l if l else ">" for l in t1.strip().split("\n")) + "\n"
    mid2 = "<DB8PR09MB3312B.derya@kuzeyfaktoring.example>"
    m2 = mail(hdr_common(d2, f"{derya[0]} <{derya[1]}>", OWNER_FULL, "RE: İş görüşmesi - Kuzey Faktoring", mid2,
                         cc=f"{orhan[0]} <{orhan[1]}>", in_reply_to=mid1), text=t2, text_cte="base64",
              boundary_seed="c07b")
    d3 = dt(2026, 3, 11, 9, 5, IST)
    q = dt(2026, 3, 10, 21, 16, IST)
    t3 = f"""Ceren Hanım,

Teyidiniz için teşekkürler. Cuma saat 10.30'da görüşmek üzere. Girişte güvenliğe adınızı söylemeniz yeterli, sizi 14. kattan karşılayacağız.

{sig}

-----Original Message-----
From: {OWNER_NAME} <{OWNER}>
Sent: {tr_date_long(q)} {hm(q)}
To: {derya[0]} <{derya[1]}>
Subject: Re: RE: İş görüşmesi - Kuzey Faktoring

Derya Hanım merhaba,

Hiç sorun değil, Cuma 10.30 benim için de uygun. Teşekkür ederim.

İyi akşamlar,
{SIG_CEREN}
"""
    m3 = mail(hdr_common(d3, f"{derya[0]} <{derya[1]}>", OWNER_FULL, "RE: İş görüşmesi - Kuzey Faktoring",
                         "<DB8PR09MB3312C.derya@kuzeyfaktoring.example>", cc=f"{orhan[0]} <{orhan[1]}>",
                         in_reply_to="<CAK2n8x+ceren.0310@mail.example>", references=f"{mid1} {mid2} <CAK2n8x+ceren.0310@mail.example>"),
              text=t3, html=text_to_html(t3), boundary_seed="c07c")
    assert first.weekday() == 2 and s.weekday() == 4
    add_case("b80-07-turkish-thread-yarin-then-cuma",
             [("01-is-gorusmesi.eml", eml(m1)), ("02-re-cumaya-alalim.eml", eml(m2)), ("03-re-teyit.eml", eml(m3))],
             dict(interview=True,
                  interviews=[iv("Kuzey Faktoring", "Finansal Analist (Kredi Tahsis)", s, e, "scheduled",
                                 [orhan[1]], [orhan[1]], "hiring_manager")],
                  difficulty="hard", category="positive/reschedule-by-email",
                  notes="Base64 Turkish bodies; 'yarın saat 10.30'da' (11 Mar) moved to 'Cuma aynı saate' (13 Mar), "
                        "1 hour kept; interviewer is in Cc.",
                  source="synthetic"))


# ---- 08 onsite itinerary HTML-only + three standalone .ics ----------------------------------------
def case08():
    naz = ("Naz Tekin", "naz.tekin@valmont-associes.example")
    sess = [
        (dt(2026, 4, 16, 9, 30, IST), 45, ("Antoine Marchal", "antoine.marchal@valmont-associes.example"), "Partner", "Entretien / Interview"),
        (dt(2026, 4, 16, 10, 30, IST), 45, ("Elif Şen", "elif.sen@valmont-associes.example"), "Manager", "Case study"),
        (dt(2026, 4, 16, 13, 0, IST), 45, ("Sibel Ergin", "sibel.ergin@valmont-associes.example"), "HR Director", "HR interview"),
    ]
    d1 = dt(2026, 4, 9, 17, 2, IST)

    def hh(x):
        return f"{x.hour}h{x.minute:02d}" if x.minute else f"{x.hour}h"
    rows = ""
    for st, mins, person, title, what in sess:
        en = st + timedelta(minutes=mins)
        rows += f"<tr><td>{hh(st)} – {hh(en)}</td><td>{htmlmod.escape(what)} with {htmlmod.escape(person[0])}, {title}</td></tr>\n"
        if st.hour == 10:
            rows += f"<tr><td>{hh(en)} – 12h45</td><td>Lunch with the Transaction Services team (informal)</td></tr>\n"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:10pt">
<p>Dear Ceren,</p>
<p>Congratulations on progressing to our assessment day for the <b>Financial Analyst, Transaction Services</b> position. Please find your programme for <b>{en_day(sess[0][0])} {sess[0][0].day} April</b> below (Istanbul time):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
{rows}</table>
<p>Venue: Valmont &amp; Associés, Ayazağa Kule Plaza, Kat 18, Sarıyer/İstanbul. Please come to reception at 9h15.<br>
Separate calendar invitations follow for each session.</p>
<p>Bien cordialement / Best regards,</p>
<p>Naz Tekin<br>Recruitment Coordinator – Istanbul<br>Valmont &amp; Associés<br>+90 212 555 88 21</p>
</body></html>
"""
    m = mail(hdr_common(d1, f"{naz[0]} <{naz[1]}>", OWNER_FULL, "Your assessment day at Valmont & Associés – programme",
                        "<PR1P264MB2204.naz.0409@valmont-associes.example>"),
             html=html, boundary_seed="c08")
    items = [("01-assessment-day-programme.eml", eml(m))]
    for i, (st, mins, person, title, what) in enumerate(sess, start=2):
        en = st + timedelta(minutes=mins)
        ev = vevent(f"valmont-{hexid('c08', i, n=12)}@valmont-associes.example", st, en,
                    f"{what} – {person[0]} ({title}) – Ceren Yalçınkaya", naz, [person, (OWNER_NAME, OWNER)],
                    d1 + timedelta(minutes=i), tzid="Europe/Istanbul",
                    description=f"Assessment day – Financial Analyst, Transaction Services\n{what} with {person[0]}, {title}.",
                    location="Valmont & Associés, Ayazağa Kule Plaza, Kat 18, Sarıyer/İstanbul")
        cal = calendar("REQUEST", "-//Valmont & Associes//Outlook 16.0 MIMEDIR//EN", [ev], tzid="Europe/Istanbul")
        slug = person[0].lower().replace(" ", "-").replace("ş", "s")
        items.append((f"0{i}-session-{slug}.ics", cal.encode("utf-8")))
    add_case("b80-08-onsite-assessment-day-html-and-ics",
             items,
             dict(interview=True,
                  interviews=[iv("Valmont & Associés", "Financial Analyst, Transaction Services", sess[0][0],
                                 sess[-1][0] + timedelta(minutes=45), "scheduled",
                                 [p[2][1] for p in sess], [p[2][1] for p in sess], "onsite")],
                  difficulty="hard", category="positive/onsite-loop",
                  notes="HTML-only itinerary with French-style '9h30' times plus three standalone .ics sessions "
                        "(lunch break) = one onsite 09:30-13:45 +03:00 with three interviewers.",
                  source="synthetic"))


# ---- 09 Calendar API events, rescheduled ---------------------------------------------------------------
def case09():
    ece = ("Ece Polat", "ece.polat@peraportfoy.example")
    emre = ("Emre Yılmaz", "emre.yilmaz@peraportfoy.example")
    s0 = dt(2026, 4, 14, 16, 0, IST)
    s = dt(2026, 4, 15, 17, 0, IST)
    e = s + timedelta(hours=1)
    att = [{"email": ece[1], "displayName": ece[0], "organizer": True, "responseStatus": "accepted"},
           {"email": emre[1], "displayName": emre[0], "responseStatus": "accepted"},
           {"email": OWNER, "self": True, "responseStatus": "accepted"}]
    desc = ("Portföy Analisti pozisyonu - teknik mülakat. Görüşmeci: Emre Yılmaz (Kıdemli Portföy Yöneticisi). "
            "Tahvil fiyatlaması ve risk metrikleri üzerine sorular olacaktır.")
    c = dt(2026, 4, 7, 15, 2, IST)
    ev0 = gcal_event("4q7ptr0vd2m1kq8lsx0e5b6tna", "Teknik Mülakat - Portföy Analisti (Ceren Yalçınkaya)", desc, ece,
                     att, s0, s0 + timedelta(hours=1), "Europe/Istanbul", c, c + timedelta(minutes=14), meet="prp-qzvk-hwa")
    d2 = dt(2026, 4, 10, 12, 18, IST)
    t2 = f"""Merhaba Ceren Hanım,

Emre Bey'in {tr_day(s0)} günü fon kurulu toplantısı olduğu için teknik mülakatınızı {tr_day(s)} saat {hm(s)}'ye aldık. Takvim davetini güncelledim; süre yine 1 saat.

Anlayışınız için teşekkürler.

Ece Polat
İK İş Ortağı | Pera Portföy Yönetimi A.Ş.
Meşrutiyet Cad. No: 44, 34430 Beyoğlu/İstanbul
T: +90 212 555 61 90
"""
    m2 = mail(hdr_common(d2, f"{ece[0]} <{ece[1]}>", OWNER_FULL, "Teknik mülakat saat değişikliği",
                         "<CAPera+ece.0410@peraportfoy.example>"), text=t2, html=text_to_html(t2, "Arial,sans-serif"),
              boundary_seed="c09")
    ev1 = gcal_event("4q7ptr0vd2m1kq8lsx0e5b6tna", "Teknik Mülakat - Portföy Analisti (Ceren Yalçınkaya)", desc, ece,
                     att, s, e, "Europe/Istanbul", c, d2 - timedelta(minutes=3), seq=1, meet="prp-qzvk-hwa")
    add_case("b80-09-gcal-json-rescheduled",
             [("01-event-original.gcal.json", (json.dumps(ev0, ensure_ascii=False, indent=2) + "\n").encode()),
              ("02-ik-saat-degisikligi.eml", eml(m2)),
              ("03-event-updated.gcal.json", (json.dumps(ev1, ensure_ascii=False, indent=2) + "\n").encode())],
             dict(interview=True,
                  interviews=[iv("Pera Portföy Yönetimi", "Portföy Analisti", s, e, "scheduled",
                                 [emre[1]], [emre[1]], "technical")],
                  difficulty="medium", category="positive/reschedule-gcal-json",
                  notes="Same Calendar API event id twice (sequence 0 -> 1) plus HR e-mail; final 15 Apr 17:00 +03:00.",
                  source="synthetic"))


# ---- 10 two interviews, same company ---------------------------------------------------------------
def case10():
    tugba = ("Tuğba Koç", "tugba.koc@akdenizgida.example")
    serkan = ("Serkan Aslan", "serkan.aslan@akdenizgida.example")
    s1 = dt(2026, 3, 17, 14, 0, IST)
    e1 = s1 + timedelta(minutes=30)
    s2 = dt(2026, 3, 26, 11, 0, IST)
    e2 = s2 + timedelta(hours=1)
    sig = """Tuğba Koç
İK İş Ortağı - Finans ve Strateji
Akdeniz Gıda Holding A.Ş.
Barbaros Mah. Begonya Sok. No: 3, 34746 Ataşehir/İstanbul
T: +90 216 555 40 12"""
    d1 = dt(2026, 3, 13, 15, 40, IST)
    t1 = f"""Merhaba Ceren Hanım,

Kurumsal Finansman Uzmanı ilanımıza başvurduğunuz için teşekkür ederiz. Süreç hakkında kısaca bilgi vermek ve deneyimlerinizi dinlemek üzere {tr_day(s1)} saat {hm(s1)}'te sizi arayarak yaklaşık 30 dakikalık bir ön görüşme yapmak isterim. Uygun değilseniz lütfen bana dönüş yapın.

Saygılarımla,
{sig}
"""
    mid1 = "<HE1PR07MB8821.tugba.0313@akdenizgida.example>"
    m1 = mail(hdr_common(d1, f"{tugba[0]} <{tugba[1]}>", OWNER_FULL, "Akdeniz Gıda Holding - Ön Görüşme", mid1),
              text=t1, html=text_to_html(t1), boundary_seed="c10a")
    d2 = dt(2026, 3, 18, 10, 12, IST)
    t2 = f"""Merhaba Ceren Hanım,

Dünkü ön görüşmemiz için tekrar teşekkür ederim. Sizi sürecin ikinci aşamasına davet etmekten memnuniyet duyuyoruz.

Finans Direktörümüz Serkan Aslan Bey ile {tr_day(s2)} saat 11'de Ataşehir'deki genel merkezimizde yüz yüze bir görüşme planladık. Görüşme yaklaşık 1 saat sürecek; Serkan Bey'i de bilgiye ekliyorum. Otoparkımızı kullanmak isterseniz plakanızı iletmeniz yeterli.

Saygılarımla,
{sig}
"""
    m2 = mail(hdr_common(d2, f"{tugba[0]} <{tugba[1]}>", OWNER_FULL, "Akdeniz Gıda Holding - İkinci Aşama Görüşme",
                         "<HE1PR07MB8821.tugba.0318@akdenizgida.example>", cc=f"{serkan[0]} <{serkan[1]}>"),
              text=t2, html=text_to_html(t2), boundary_seed="c10b")
    add_case("b80-10-two-rounds-same-company",
             [("01-on-gorusme.eml", eml(m1)), ("02-ikinci-asama.eml", eml(m2))],
             dict(interview=True,
                  interviews=[iv("Akdeniz Gıda Holding", "Kurumsal Finansman Uzmanı", s1, e1, "scheduled",
                                 [tugba[1]], [tugba[1]], "phone_screen"),
                              iv("Akdeniz Gıda Holding", "Kurumsal Finansman Uzmanı", s2, e2, "scheduled",
                                 [serkan[1]], [serkan[1]], "hiring_manager")],
                  difficulty="medium", category="positive/two-interviews",
                  notes="HR phone pre-screen (17 Mar 14:00, 30 dk) then in-person round with finance director "
                        "('26 Mart Perşembe saat 11'de', ~1 saat).",
                  source="synthetic"))


# ---- 11 US recruiter, Istanbul role, candidate withdraws -> Google cancellation ------------------------------
def case11():
    megan = ("Megan Foley", "megan.foley@tidepoolpay.example")
    daniel = ("Daniel Reyes", "daniel.reyes@tidepoolpay.example")
    s = dt(2026, 4, 21, 7, 30, LAX)
    e = s + timedelta(minutes=45)
    d1 = dt(2026, 4, 13, 9, 10, LAX)
    summ = "Tidepool: Ceren Yalçınkaya <> Daniel Reyes (FP&A Analyst, Istanbul)"
    desc = (f"Hi Ceren - here's your hiring manager conversation with Daniel (Head of FP&A, EMEA). "
            f"{s:%a} {s.month}/{s.day} @ {s.hour % 12}:{s.minute:02d}{'a' if s.hour < 12 else 'p'} PDT = "
            f"{s.astimezone(IST):%H:%M} Istanbul. -Megan")
    m1 = google_invite("c11", d1, megan, [megan, daniel, (OWNER, OWNER)], summ, s, e, "PDT",
                       "Pacific Time - Los Angeles", desc, meet="tdp-rfkw-ozn")
    d2 = dt(2026, 4, 16, 8, 2, LAX)
    q = dt(2026, 4, 16, 16, 40, IST)
    t2 = f"""Hi Ceren,

Thanks for letting me know, and congrats on the new role - that's great news! I've cancelled Tuesday's conversation with Daniel ({s:%a} {s.month}/{s.day} @ 7:30a PDT), so you'll get a cancellation notice from Google Calendar.

If things change down the road, our door is always open.

All the best,
Megan

Megan Foley | Senior Recruiter, International
Tidepool Payments
548 Market St, Suite 300, San Francisco, CA 94104
(415) 555-0147

On {q.astimezone(LAX):%a, %b} {q.day}, {q.year} at {q.astimezone(LAX):%I:%M %p} Ceren Yalçınkaya <{OWNER}> wrote:
> Hi Megan,
>
> I wanted to let you know before Tuesday that I have accepted an offer from
> another company, so I'd like to withdraw from the FP&A Analyst process.
> Thank you very much for your time, and please pass my thanks to Daniel.
>
> Best regards,
> Ceren
"""
    m2 = mail(hdr_common(d2, f"{megan[0]} <{megan[1]}>", OWNER_FULL, "Re: Withdrawing my application - FP&A Analyst (Istanbul)",
                         "<CAMf0ley.0416@tidepoolpay.example>", in_reply_to="<CAK2n8x+ceren.0416@mail.example>"),
              text=t2, html=text_to_html(t2, "Arial,sans-serif"), boundary_seed="c11b")
    m3 = google_invite("c11", d2 + timedelta(minutes=1), megan, [megan, daniel, (OWNER, OWNER)], summ, s, e, "PDT",
                       "Pacific Time - Los Angeles", desc, seq=1, cancel=True, meet="tdp-rfkw-ozn")
    add_case("b80-11-withdrawal-google-canceled-event-pdt",
             [("01-invitation-google.eml", eml(m1)), ("02-re-withdrawing.eml", eml(m2)), ("03-canceled-event.eml", eml(m3))],
             dict(interview=True,
                  interviews=[iv("Tidepool Payments", "FP&A Analyst", s, e, "cancelled",
                                 [daniel[1]], [daniel[1]], "hiring_manager")],
                  difficulty="medium", category="positive/cancellation",
                  notes="US recruiter for an Istanbul role: 'Tue 4/21 @ 7:30a PDT = 17:30 Istanbul'; candidate withdraws, "
                        "Google 'Canceled event' METHOD:CANCEL.",
                  source="synthetic"))


# ---- 12 headhunter forwards client CFO's proposal --------------------------------------------------
def case12():
    asli = ("Aslı Tan", "asli.tan@bogazexecutive.example")
    nilay = ("Nilay Güneş", "nilay.gunes@dorukenerji.example")
    s = dt(2026, 4, 28, 16, 0, IST)
    e = s + timedelta(minutes=45)
    fwd = dt(2026, 4, 21, 19, 48, IST)
    d1 = dt(2026, 4, 22, 9, 31, IST)
    t = f"""Ceren Hanım merhaba,

Müşterimiz Doruk Enerji Holding'in CFO'su Nilay Güneş Hanım'ın aşağıdaki mesajını iletiyorum. Kıdemli Yatırım Analisti pozisyonu için sizinle tanışmak istiyorlar. Saat uygunsa lütfen doğrudan Nilay Hanım'a teyit verin ({nilay[1]}), beni de bilgiye eklerseniz sevinirim.

Başarılar dilerim,

Aslı Tan
Associate Partner
Boğaz Executive Search
Bebek Mah. Cevdet Paşa Cad. No: 61/3, 34342 Beşiktaş/İstanbul
M: +90 532 555 90 14 | T: +90 212 555 31 31
www.bogazexecutive.example

---------- Forwarded message ---------
From: {nilay[0]} <{nilay[1]}>
Date: {tr_date_long(fwd)} {hm(fwd)}
Subject: Kıdemli Yatırım Analisti - aday görüşmesi
To: {asli[0]} <{asli[1]}>

Aslı Hanım merhaba,

Ceren Hanım'ın profilini çok beğendik. Kendisiyle {tr_day(s)} günü saat {hm(s, '.')}'da Kozyatağı'ndaki ofisimizde 45 dakikalık bir görüşme yapabilirim. Yenilenebilir enerji portföyümüzdeki proje finansmanı modelleri üzerine konuşmak isterim.

Sevgiler,
Nilay Güneş
CFO | Doruk Enerji Holding A.Ş.
İçerenköy Mah. Değirmenyolu Cad. No: 28, 34752 Ataşehir/İstanbul
"""
    m = mail(hdr_common(d1, f"{asli[0]} <{asli[1]}>", OWNER_FULL, "Fwd: Kıdemli Yatırım Analisti - aday görüşmesi",
                        "<CABgz3x.asli.0422@bogazexecutive.example>"), text=t, html=text_to_html(t, "Arial,sans-serif"),
             boundary_seed="c12")
    add_case("b80-12-headhunter-forwards-client-cfo",
             [("01-fwd-aday-gorusmesi.eml", eml(m))],
             dict(interview=True,
                  interviews=[iv("Doruk Enerji Holding", "Kıdemli Yatırım Analisti", s, e, "scheduled",
                                 [nilay[1]], [nilay[1]], "hiring_manager")],
                  difficulty="hard", category="positive/forwarded-headhunter",
                  notes="Executive-search firm forwards the client CFO's mail ('28 Nisan Salı günü saat 16.00'da', "
                        "45 dk); company is the client, not the headhunter; interviewer address in forwarded text.",
                  source="synthetic"))


# ---- 13 HTML-only English final round, 'from half past ten until noon' -----------------------------------
def case13():
    tolga = ("Tolga Erdem", "tolga.erdem@morrowvance.example")
    hande = ("Hande Kılıç", "hande.kilic@morrowvance.example")
    james = ("James Whitfield", "james.whitfield@morrowvance.example")
    s = dt(2026, 5, 4, 10, 30, IST)
    e = dt(2026, 5, 4, 12, 0, IST)
    d1 = dt(2026, 4, 27, 13, 55, IST)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Georgia,serif;font-size:11pt;color:#1a1a1a">
<p>Dear Ceren,</p>
<p>Thank you for your time with the team so far. We are delighted to invite you to the final round for the <strong>Associate, Corporate Finance Advisory</strong> role in our Istanbul office.</p>
<p>On <strong>{en_day(s)} {s.day} May</strong> you will present the case study we sent last week to Hande Kılıç (Director, Istanbul) and James Whitfield (Managing Director, London &ndash; joining by video), from half past ten until noon Istanbul time, at our office in Levent. I have copied both of them here.</p>
<p>I will meet you in reception but will not be part of the panel. Please bring a printed copy of your slides.</p>
<p>Warm regards,<br>Tolga</p>
<p style="font-size:9pt;color:#666">Tolga Erdem | Recruiting Coordinator<br>Morrow &amp; Vance Advisory &ndash; Istanbul<br>Levent Mah. Cömert Sok. No: 1A, Yapı Kredi Plaza B Blok Kat 9, 34330 Beşiktaş/İstanbul<br>+90 212 555 20 70 | morrowvance.example</p>
</div></body></html>
"""
    m = mail(hdr_common(d1, f"{tolga[0]} <{tolga[1]}>", OWNER_FULL, "Final round - Associate, Corporate Finance Advisory",
                        "<DU2PR04MB9021.tolga.0427@morrowvance.example>", cc=f"{hande[0]} <{hande[1]}>, {james[0]} <{james[1]}>"),
             html=html, html_cte="base64", boundary_seed="c13")
    add_case("b80-13-html-only-final-round-half-past-ten",
             [("01-final-round.eml", eml(m))],
             dict(interview=True,
                  interviews=[iv("Morrow & Vance", "Associate, Corporate Finance Advisory", s, e, "scheduled",
                                 [hande[1], james[1]], [hande[1], james[1]], "onsite")],
                  difficulty="hard", category="positive/email-body-only",
                  notes="HTML-only base64 body; 'from half past ten until noon Istanbul time' on Monday 4 May; "
                        "two-person panel (one remote), coordinator excluded.",
                  source="synthetic"))


# ---------------------------------------------------------------- negatives
def case14():
    d = dt(2026, 3, 16, 8, 2, IST)
    s = dt(2026, 3, 19, 9, 45, IST)
    t = f"""Sayın CEREN YALÇINKAYA,

{tr_date_long(s)} saat {hm(s)}'te Beşiktaş Hizmet Merkezimizde İş ve Meslek Danışmanınız ile yüz yüze görüşme randevunuz oluşturulmuştur.

Görüşmede iş arama planınız, mesleki eğitim programları ve size uygun açık iş pozisyonları değerlendirilecektir. Lütfen randevunuza T.C. kimlik kartınız ve güncel özgeçmişinizle geliniz. İşsizlik ödeneği başvurunuzun sürdürülebilmesi için görüşmeye katılımınız önemlidir.

Randevu No: BSK-2026-0319-0457
Adres: Sinanpaşa Mah. Hasfırın Cad. No: 12, Beşiktaş/İstanbul

Randevunuza gelemeyecekseniz e-Şube üzerinden iptal edebilir veya Alo 170'i arayabilirsiniz.

Bu ileti bilgilendirme amaçlıdır, lütfen yanıtlamayınız.
"""
    ev = vevent(f"randevu-{hexid('c14', n=10)}@iskur.example", s, s + timedelta(minutes=30),
                "İŞKUR - İş ve Meslek Danışmanı Görüşmesi", ("İŞKUR Beşiktaş Hizmet Merkezi", "randevu@iskur.example"),
                [(OWNER_NAME, OWNER)], d, tzid="Europe/Istanbul",
                description="Randevu No: BSK-2026-0319-0457. Kimlik kartınızı ve özgeçmişinizi getiriniz.",
                location="İŞKUR Beşiktaş Hizmet Merkezi")
    cal = calendar("REQUEST", "-//ISKUR//e-Sube Randevu//TR", [ev], tzid="Europe/Istanbul")
    m = mail(hdr_common(d, "İŞKUR e-Şube <bilgilendirme@iskur.example>", OWNER,
                        "İş ve Meslek Danışmanı Görüşme Randevunuz", "<r.0457.20260316@iskur.example>"),
             text=t, attachments=[(cal, "text", "calendar", "randevu.ics")], boundary_seed="c14")
    add_case("b80-14-neg-iskur-danisman-randevusu", [("01-iskur-randevu.eml", eml(m))],
             neg("hard", "negative/public-employment-agency",
                 "Public employment agency counselling appointment ('görüşme randevunuz', .ics) - not a hiring interview."))


def case15():
    serdar = ("Serdar Yavuz", "serdar.yavuz@findiklibank.example")
    d = dt(2026, 3, 20, 11, 4, IST)
    s = dt(2026, 3, 24, 17, 30, IST)
    e = s + timedelta(minutes=45)
    summary = "Müşteri görüşmesi - Ceren Yalçınkaya / Yatırım hesabı"
    t = (f"Ne zaman: {tr_date_long(s)} {hm(s)}-{hm(e)} (UTC+03:00) İstanbul.\nNerede: Fındıklı Bank Nişantaşı Şubesi\n\n"
         "*~*~*~*~*~*~*~*~*~*\n\n"
         f"""Ceren Hanım merhaba,

Telefonda konuştuğumuz üzere, yatırım hesabınız ve vadeli mevduat / fon seçenekleriniz hakkında şubemizde bir müşteri görüşmesi planladım. Görüşmede portföyünüzün risk profilini birlikte analiz edip uygun ürünleri değerlendireceğiz. Yeni işinize geçiş sürecinde maaş hesabınızın taşınmasıyla ilgili sorularınızı da konuşabiliriz.

Kimlik belgenizi yanınızda getirmenizi rica ederim.

Saygılarımızla,

Serdar Yavuz
Bireysel Portföy Yöneticisi
Fındıklı Bank A.Ş. - Nişantaşı Şubesi
Teşvikiye Mah. Valikonağı Cad. No: 77, 34365 Şişli/İstanbul
T: +90 212 555 64 30
""")
    ev = vevent("040000008200E00074C5B7101A82E00800000000" + hexid("c15", n=32).upper(), s, e, summary, serdar,
                [(OWNER_NAME, OWNER)], d, tzid="Turkey Standard Time", description=t,
                location="Fındıklı Bank Nişantaşı Şubesi", ms=True)
    cal = calendar("REQUEST", "Microsoft Exchange Server 2010", [ev], tzid="Turkey Standard Time")
    m = mail(outlook_headers(d, f"{serdar[0]} <{serdar[1]}>", OWNER_FULL, summary,
                             "<AS8PR03MB6655.serdar.0320@findiklibank.example>"),
             text=t, html=text_to_html(t), cal=cal, boundary_seed="c15", boundary_style="outlook")
    add_case("b80-15-neg-bank-branch-musteri-gorusmesi", [("01-musteri-gorusmesi.eml", eml(m))],
             neg("hard", "negative/customer-meeting",
                 "Outlook invite from a bank portfolio manager for a customer meeting ('müşteri görüşmesi') - user is a customer."))


def case16():
    d = dt(2026, 3, 23, 10, 0, IST)
    past = dt(2026, 3, 10, 15, 0, IST)
    t = f"""Sayın Ceren Yalçınkaya,

Lale Sigorta A.Ş. Finansal Raporlama Uzmanı pozisyonu için gösterdiğiniz ilgiye ve {tr_day(past)} saat {hm(past)}'te gerçekleştirdiğimiz teknik mülakata ayırdığınız zaman için teşekkür ederiz.

Değerlendirme sürecimiz tamamlanmış olup, başvurunuzun bu aşamada olumsuz sonuçlandığını bildirmek isteriz. Bu karar, mevcut pozisyonun gereksinimleri doğrultusunda alınmıştır ve niteliklerinize ilişkin bir değerlendirme değildir.

Özgeçmişiniz veri tabanımızda saklanacak; gelecekte profilinize uygun bir pozisyon açıldığında sizinle tekrar görüşmek isteriz.

Kariyerinizde başarılar dileriz.

Saygılarımızla,
Lale Sigorta İnsan Kaynakları

Bu e-posta Yetenekçi Aday Takip Sistemi aracılığıyla gönderilmiştir.
"""
    m = mail(hdr_common(d, "Lale Sigorta Kariyer <no-reply@yetenekci.example>", OWNER,
                        "Başvurunuz Hakkında - Finansal Raporlama Uzmanı", "<20260323070000.9911.ls@yetenekci.example>"),
             text=t, html=text_to_html(t, "Segoe UI,Arial,sans-serif"), boundary_seed="c16")
    add_case("b80-16-neg-rejection-olumsuz", [("01-basvurunuz-hakkinda.eml", eml(m))],
             neg("medium", "negative/rejection",
                 "ATS rejection ('olumsuz sonuçlandı') that mentions a past technical interview with date and time."))


def case17():
    pinar = ("Pınar Uçar", "pinar.ucar@galataodeme.example")
    d = dt(2026, 4, 30, 17, 22, IST)
    t = f"""Ceren Hanım merhaba,

Mülakat sürecimizi başarıyla tamamladığınız için sizi tebrik ederiz! Finansal Analist pozisyonu için hazırladığımız teklif mektubunu ekte bulabilirsiniz.

Özetle:
- Pozisyon: Finansal Analist, Finansal Planlama ve Analiz
- İşe başlangıç tarihi: 1 Haziran 2026 Pazartesi
- Brüt aylık ücret ve yan haklar: ekteki teklif mektubunda yer almaktadır

Teklifimizi değerlendirip imzalı bir kopyasını 8 Mayıs 2026 Cuma saat 18:00'e kadar bu adrese iletmenizi rica ederiz. Aklınıza takılan bir konu olursa yarın 11:00-12:00 arasında beni arayabilirsiniz.

Ekibimize katılmanızı heyecanla bekliyoruz.

Saygılarımızla,

Pınar Uçar
İnsan Kaynakları Müdürü
Galata Ödeme Sistemleri A.Ş.
Kemankeş Karamustafapaşa Mah. Rıhtım Cad. No: 5, 34425 Beyoğlu/İstanbul
T: +90 212 555 08 80
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    m = mail(hdr_common(d, f"{pinar[0]} <{pinar[1]}>", OWNER_FULL, "Teklif Mektubu - Finansal Analist",
                        "<GV0P278MB0411.pinar.0430@galataodeme.example>"),
             text=t, html=text_to_html(t), attachments=[(pdf, "application", "pdf", "Teklif_Mektubu_Ceren_Yalcinkaya.pdf")],
             boundary_seed="c17")
    add_case("b80-17-neg-offer-teklif-mektubu", [("01-teklif-mektubu.eml", eml(m))],
             neg("medium", "negative/offer",
                 "Offer letter ('teklif mektubu') with start date, signing deadline and an optional call window."))


def case18():
    d = dt(2026, 4, 24, 12, 0, IST)
    s = dt(2026, 5, 5, 20, 0, IST)
    e = s + timedelta(minutes=90)
    t = f"""Merhaba Ceren,

KariyerKapısı Akademi'nin ücretsiz canlı yayınına kaydın tamamlandı!

"Finans Sektöründe Mülakat Teknikleri: Vaka Soruları, Teknik Mülakat ve İK Görüşmesine Hazırlık"
Tarih: {tr_date_long(s)}
Saat: {hm(s)} - {hm(e)} (Türkiye saati)
Konuşmacı: Banu Erkal, eski İK Direktörü ve kariyer koçu
Platform: Zoom (katılım bağlantısı etkinlikten 1 saat önce ayrıca gönderilecektir)

Yayında bankaların ve holdinglerin finansal analist mülakatlarında en sık sorduğu değerleme soruları, "kendinizden bahseder misiniz?" sorusuna yapılandırılmış cevap ve online görüşmelerde dikkat edilmesi gerekenler konuşulacak. Sorularını kayıt formundan önceden iletebilirsin.

Takvimine eklemek için ekteki dosyayı kullanabilirsin.

Görüşmek üzere!
KariyerKapısı Akademi
"""
    ev = vevent(f"akademi-{hexid('c18', n=10)}@kariyerkapisi.example", s, e,
                "Webinar: Finans Sektöründe Mülakat Teknikleri", ("KariyerKapısı Akademi", "akademi@kariyerkapisi.example"),
                [(OWNER_NAME, OWNER)], d, tzid="Europe/Istanbul",
                description="Canlı yayın - Zoom bağlantısı etkinlikten önce gönderilecektir.", location="Zoom")
    cal = calendar("PUBLISH", "-//KariyerKapisi//Akademi//TR", [ev], tzid="Europe/Istanbul")
    m = mail(hdr_common(d, "KariyerKapısı Akademi <akademi@kariyerkapisi.example>", OWNER,
                        "Kaydın tamam: Finans Sektöründe Mülakat Teknikleri (canlı yayın)", "<ak.5521.20260424@kariyerkapisi.example>",
                        extra=[("List-Unsubscribe", "<https://www.kariyerkapisi.example/abonelik/iptal>")]),
             text=t, html=text_to_html(t, "Arial,sans-serif"), attachments=[(cal, "text", "calendar", "webinar.ics")],
             boundary_seed="c18")
    add_case("b80-18-neg-webinar-mulakat-teknikleri", [("01-webinar-kayit.eml", eml(m))],
             neg("hard", "negative/webinar", "Job-site webinar on 'mülakat teknikleri' with an .ics - not a hiring interview."))


def case19():
    d = dt(2026, 4, 29, 14, 15, IST)
    slots = [dt(2026, 5, 6, 10, 0, IST), dt(2026, 5, 6, 14, 0, IST), dt(2026, 5, 7, 11, 0, IST),
             dt(2026, 5, 8, 15, 30, IST)]
    lst = "\n".join(f"- {tr_date_long(x)}, {hm(x)}" for x in slots)
    t = f"""Sayın Ceren Yalçınkaya,

Karadeniz Yatırım Holding Bütçe ve Raporlama Uzmanı pozisyonu için başvurunuz bir sonraki aşamaya geçmiştir. İK ekibimizle yapacağınız 30 dakikalık ön görüşmeyi planlayabilmemiz için lütfen aşağıdaki bağlantıdan size uygun bir zaman dilimi seçiniz:

https://aday.yetenekci.example/planla/KYH-7731-b2c

Önerilen zaman dilimleri (TSİ):
{lst}

Seçiminizi yaptıktan sonra görüşme bilgileri ve takvim daveti tarafınıza ayrıca iletilecektir. Bağlantı 72 saat geçerlidir.

Saygılarımızla,
Karadeniz Yatırım Holding İnsan Kaynakları

Bu e-posta Yetenekçi Aday Takip Sistemi tarafından gönderilmiştir. Lütfen yanıtlamayınız.
"""
    m = mail(hdr_common(d, "Karadeniz Yatırım Holding Kariyer <no-reply@yetenekci.example>", OWNER,
                        "Ön görüşme için uygun zamanınızı seçin - Bütçe ve Raporlama Uzmanı",
                        "<20260429111500.4410.kyh@yetenekci.example>"),
             text=t, html=text_to_html(t, "Segoe UI,Arial,sans-serif"), boundary_seed="c19")
    add_case("b80-19-neg-ats-slot-selection-unbooked", [("01-uygun-zaman-secin.eml", eml(m))],
             neg("hard", "negative/availability-request",
                 "ATS asks the candidate to pick a slot from a list of dates/times; nothing booked in the case."))


def case20():
    d = dt(2026, 3, 16, 9, 30, IST)
    t = """Merhaba Ceren Yalçınkaya,

Efes Denizcilik Holding, Finansal Analist pozisyonu için sizi KameraMülakat üzerinden bir video mülakata davet ediyor.

Bu bir asenkron (tek yönlü) video mülakattır: canlı bir görüşmeci bulunmaz. 5 soruyu kendi belirleyeceğiniz bir zamanda, kameranıza kayıt alarak yanıtlayacaksınız. Her soru için 1 dakika hazırlık ve 3 dakika cevap süreniz olacaktır.

Son tarih: 20 Mart 2026 Cuma, 23:59 (TSİ)

Mülakata başla: https://app.kameramulakat.example/i/EFS-22K9-QM

İpuçları: Sessiz ve iyi aydınlatılmış bir ortam seçin, internet bağlantınızı önceden test edin.

Başarılar!
KameraMülakat ekibi adına
Efes Denizcilik Holding İK
"""
    m = mail(hdr_common(d, "Efes Denizcilik Holding via KameraMülakat <davet@kameramulakat.example>", OWNER,
                        "Video mülakat davetiniz - Efes Denizcilik Holding", "<inv.EFS22K9QM@kameramulakat.example>"),
             text=t, html=text_to_html(t, "Arial,sans-serif"), boundary_seed="c20")
    add_case("b80-20-neg-one-way-video-mulakat", [("01-video-mulakat-davet.eml", eml(m))],
             neg("hard", "negative/one-way-video-assessment",
                 "One-way recorded 'video mülakat' with a deadline - no live conversation."))


def case21():
    ozan = ("Dr. Ozan Kılınç", "ozan.kilinc@marmaraekonomi.example")
    d = dt(2026, 3, 26, 16, 40, IST)
    s = dt(2026, 3, 31, 14, 0, IST)
    e = s + timedelta(minutes=45)
    t = f"""Sevgili Ceren,

Mezunlara yönelik deneme mülakatı (mock interview) randevun onaylandı.

Tarih/saat: {tr_date_long(s)}, {hm(s)} - {hm(e)}
Yer: Kariyer Merkezi, B Blok Zemin Kat, Görüşme Odası 3 (istersen Zoom'dan da katılabilirsin)
Danışman: {ozan[0]}

Oturumda yatırım bankacılığı ve kurumsal finans pozisyonlarına yönelik İngilizce bir vaka mülakatı simüle edeceğiz; sonunda sana yazılı geri bildirim vereceğim. Lütfen başvurduğun bir ilanı ve güncel CV'ni yanında getir.

Sevgiler,
{ozan[0]}
Kariyer Danışmanı
Marmara Ekonomi Üniversitesi Kariyer Merkezi
Göztepe Kampüsü, 34722 Kadıköy/İstanbul | +90 216 555 11 90
"""
    ev = vevent(f"km-{hexid('c21', n=10)}@marmaraekonomi.example", s, e, "Deneme Mülakatı (Mock Interview) - Ceren Yalçınkaya",
                ozan, [(OWNER_NAME, OWNER)], d, tzid="Europe/Istanbul",
                description="Kariyer Merkezi deneme mülakatı - vaka mülakatı pratiği.", location="Kariyer Merkezi, Görüşme Odası 3")
    cal = calendar("REQUEST", "-//Marmara Ekonomi Universitesi//Kariyer Merkezi Randevu//TR", [ev], tzid="Europe/Istanbul")
    m = mail(hdr_common(d, f"{ozan[0]} <{ozan[1]}>", OWNER_FULL, "Deneme mülakatı randevun onaylandı",
                        "<km.randevu.0331.1400@marmaraekonomi.example>"),
             text=t, html=text_to_html(t), attachments=[(cal, "text", "calendar", "randevu.ics")], boundary_seed="c21")
    add_case("b80-21-neg-alumni-mock-interview", [("01-deneme-mulakati.eml", eml(m))],
             neg("hard", "negative/mock-interview",
                 "University career-centre mock interview with a booked .ics slot and a named counsellor - practice only."))


def case22():
    d1 = dt(2026, 4, 6, 22, 14, IST)
    t1 = """Merhaba Ceren,

Cihangir Yatırım Menkul Değerler A.Ş.'nin "Araştırma Analisti - Bankacılık Sektörü" ilanına başvurun işverene iletildi.

Sıradaki adımlar:
1. İşveren başvurunu inceleyecek.
2. Profilin uygun bulunursa İK ekibi seninle mülakat / görüşme planlamak için iletişime geçecek.
3. Başvurunun durumunu "Başvurularım" sayfasından takip edebilirsin.

Başarılar dileriz!
KariyerKapısı

Bu e-postayı yanıtlamayınız.
"""
    m1 = mail(hdr_common(d1, "KariyerKapısı <bildirim@kariyerkapisi.example>", OWNER,
                         "Başvurun iletildi: Araştırma Analisti - Bankacılık Sektörü", "<b.9930117.20260406@kariyerkapisi.example>"),
              text=t1, html=text_to_html(t1, "Arial,sans-serif"), boundary_seed="c22a")
    d2 = dt(2026, 4, 8, 8, 0, IST)
    jobs = [("Finansal Analist", "Marmara Katılım Bankası", "Ümraniye", "Online mülakat"),
            ("Kıdemli Finansal Analist", "Lale Sigorta", "Şişli", "Hızlı başvuru"),
            ("Yatırım Analisti", "Boğaziçi Holding", "Beşiktaş", "Bu hafta görüşme yapıyor"),
            ("Kredi Risk Analisti", "Fındıklı Bank", "Levent", "Yeni")]
    rows = "".join(f'<tr><td style="padding:8px"><a href="https://www.kariyerkapisi.example/ilan/{100200+i}"><b>{htmlmod.escape(a)}</b></a><br>'
                   f'{htmlmod.escape(b)} · {c}/İstanbul<br><span style="color:#0a7">{htmlmod.escape(dd)}</span></td></tr>\n'
                   for i, (a, b, c, dd) in enumerate(jobs))
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h2>Ceren, senin için 12 yeni ilan var</h2>
<p>"Finansal Analist" - İstanbul aramana uygun yeni ilanlar:</p>
<table>{rows}</table>
<p><a href="https://www.kariyerkapisi.example/aramalar">Tüm ilanları gör</a></p>
<p style="font-size:11px;color:#888">Bu e-postayı iş alarmı tercihlerin nedeniyle aldın. <a href="https://www.kariyerkapisi.example/alarm/iptal">Alarmı kapat</a></p>
</body></html>
"""
    m2 = mail(hdr_common(d2, "KariyerKapısı İş Alarmı <alarm@kariyerkapisi.example>", OWNER,
                         "Ceren, \"Finansal Analist\" aramana uygun 12 yeni ilan", "<a.alarm.20260408@kariyerkapisi.example>",
                         extra=[("List-Unsubscribe", "<https://www.kariyerkapisi.example/alarm/iptal>")]),
              html=html, boundary_seed="c22b")
    add_case("b80-22-neg-application-received-and-job-alert",
             [("01-basvurun-iletildi.eml", eml(m1)), ("02-is-alarmi.eml", eml(m2))],
             neg("medium", "negative/application-received",
                 "Job-site application receipt ('mülakat / görüşme planlamak için iletişime geçecek') + HTML job alert."))


def main():
    for f in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
              case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b80-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind80 (Istanbul financial analyst). Generated by make_cases.py - do not edit.\n")
        yaml.safe_dump(LABELS, fh, allow_unicode=True, sort_keys=True, default_flow_style=False, width=110)
    pos = sum(1 for l in LABELS.values() if l["interview"])
    print(f"{len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative), "
          f"{sum(len(l['interviews']) for l in LABELS.values())} labelled interviews")


if __name__ == "__main__":
    main()
