#!/usr/bin/env python3
"""Regenerate the blind252 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every UTC offset is computed
with zoneinfo and every weekday named in the text is asserted.  Standard library + PyYAML only.

Owner: Andrii Kovalchuk <andrii.kovalchuk@example.com>, QA automation engineer from Kyiv, partly in
Lviv since autumn 2026.  Theme: Ukrainian / EU / US remote hiring around the 2026 DST changes
(EU: 25 Oct 2026, US: 1 Nov 2026).
"""
import base64
import html
import json
import os
import quopri
import shutil
import textwrap
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b252"

OWNER = "andrii.kovalchuk@example.com"
OWNER_NAME = "Andrii Kovalchuk"
OWNER_UK = "Андрій Ковальчук"

KYIV = ZoneInfo("Europe/Kyiv")
WARSAW = ZoneInfo("Europe/Warsaw")
BERLIN = ZoneInfo("Europe/Berlin")
TALLINN = ZoneInfo("Europe/Tallinn")
LA = ZoneInfo("America/Los_Angeles")
UTC = ZoneInfo("UTC")

H = timedelta(hours=1)


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def T(tz, y, mo, d, h=0, mi=0, s=0, wd=None, off=None):
    """Aware datetime; wd asserts the weekday ('Mon'..'Sun'), off asserts the UTC offset in hours."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%a") == wd, (x, wd)
    if off is not None:
        assert x.utcoffset() == timedelta(hours=off), (x, x.utcoffset(), off)
    return x


def D(s):
    """Dedent a triple-quoted block and make it end with exactly one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def rfc(dt):
    return format_datetime(dt)


def utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def t12(dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def encode_body(text, cte):
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")
    return text.rstrip("\n")


def leaf(ctype, text, cte="7bit", disp=None, extra=()):
    h = [f"Content-Type: {ctype}"]
    if disp:
        h.append(f"Content-Disposition: {disp}")
    h.extend(extra)
    h.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(h) + "\n\n" + encode_body(text, cte)


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n\n"
    s += f"--{boundary}--\n"
    return s


def eml(headers, body):
    lines = [f"{k}: {v}" for k, v in headers]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + body.rstrip("\n") + "\n"


def received(frm, by, when, sid):
    return ("Received", f"from {frm}\n        by {by} with ESMTPS id {sid}\n"
                        f"        for <{OWNER}>;\n        {rfc(when)}")


def html_from_text(text, font="Arial,Helvetica,sans-serif"):
    paras = text.rstrip("\n").split("\n\n")
    body = "".join("<p>" + "<br>".join(html.escape(l) for l in p.split("\n")) + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font}">\n{body}</div></body></html>\n')


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def vtz(name):
    """VTIMEZONE blocks as the respective vendors emit them (IANA for Lever/Teamtailor, Windows for Outlook)."""
    if name in ("Europe/Kyiv", "Europe/Tallinn"):
        return ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST",
                "DTSTART:19700329T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET",
                "DTSTART:19701025T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "END:VTIMEZONE"]
    if name in ("Europe/Warsaw", "Europe/Berlin"):
        return ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "END:VTIMEZONE"]
    if name == "FLE Standard Time":
        return ["BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
                "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    if name == "W. Europe Standard Time":
        return ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
                "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    raise KeyError(name)


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    cn = f'"{name}"' if ("," in name or ";" in name or ":" in name) else name
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn}:mailto:{email}"


# ----------------------------------------------------------------------------------------------
# Google Calendar invitation e-mails and Calendar API events
# ----------------------------------------------------------------------------------------------
UK_WD = ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"]
UK_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
UK_MON = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
          "жовтня", "листопада", "грудня"]
UK_MON_SHORT = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.",
                "лист.", "груд."]


def eid(uid_local, email=OWNER):
    return base64.urlsafe_b64encode(f"{uid_local} {email}".encode()).decode().rstrip("=")


MEET_EN = ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
           "Join with Google Meet: https://meet.google.com/{code}\n\n"
           "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
           "Please do not edit this section.\n"
           "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
MEET_UK = ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
           "Приєднатися через Google Meet: https://meet.google.com/{code}\n\n"
           "Докладніше про Meet: https://support.google.com/a/users/answer/9282720\n\n"
           "Не редагуйте цей розділ.\n"
           "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def google_invite(*, summary, start, end, organizer, guests, description, meet, uid_local, seq, sent,
                  msgid, kind="new", locale="en", bounce="3Xq0aZxkpBBgHnWzQ"):
    """Google Calendar invitation e-mail (multipart/mixed: alternative(text, html, calendar) + invite.ics).
    organizer = (name, email); guests = [(name, email, partstat)] including organizer and owner."""
    s, e = start.astimezone(KYIV), end.astimezone(KYIV)
    abbr = s.tzname()
    link = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid(uid_local)}"
    if locale == "en":
        prefix = {"new": "Invitation", "updated": "Updated invitation"}[kind]
        when_subj = f"{s:%a %b} {s.day}, {s.year} {t12(s)} - {t12(e)} ({abbr})"
        when_body = f"{s:%A %b} {s.day}, {s.year} \u22c5 {t12(s)} \u2013 {t12(e)}"
        tzline = "Eastern European Time - Kyiv"
        L = dict(join="Join with Google Meet", org="Organizer", guests="Guests", orgmark=" - organizer",
                 viewall="View all guest info", reply=f"Reply for {OWNER} and view more details",
                 footer1="Invitation from Google Calendar: https://calendar.google.com/calendar/",
                 footer2="You are receiving this email because you are an attendee on the event.",
                 footer3=("Forwarding this invitation could allow any recipient to send a response to the "
                          "organizer, be added to the guest list, invite others regardless of their own "
                          "invitation status, or modify your RSVP. Learn more "
                          "https://support.google.com/calendar/answer/37135#forwarding"),
                 updated="This event has been updated\nChanged: time")
        meetblock = MEET_EN.format(code=meet)
    else:
        prefix = {"new": "Запрошення", "updated": "Оновлене запрошення"}[kind]
        when_subj = (f"{UK_WD_SHORT[s.weekday()]} {s.day} {UK_MON_SHORT[s.month - 1]} {s.year} "
                     f"{s:%H:%M} - {e:%H:%M} ({abbr})")
        when_body = (f"{UK_WD[s.weekday()]}, {s.day} {UK_MON[s.month - 1]} {s.year} р. \u22c5 "
                     f"{s:%H:%M}\u2013{e:%H:%M}")
        tzline = "Східноєвропейський час – Київ"
        L = dict(join="Приєднатися через Google Meet", org="Організатор", guests="Гості",
                 orgmark=" – організатор", viewall="Переглянути всю інформацію про гостей",
                 reply=f"Відповісти для {OWNER} і переглянути більше відомостей",
                 footer1="Запрошення з Google Календаря: https://calendar.google.com/calendar/",
                 footer2="Ви отримали цей лист, оскільки є учасником заходу.",
                 footer3=("Пересилання цього запрошення може дозволити будь-якому одержувачу надіслати "
                          "відповідь організатору, бути доданим до списку гостей, запрошувати інших "
                          "незалежно від статусу їхнього запрошення або змінити вашу відповідь. Докладніше "
                          "https://support.google.com/calendar/answer/37135#forwarding"),
                 updated="Цей захід оновлено\nЗмінено: час")
        meetblock = MEET_UK.format(code=meet)
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"

    guest_lines = []
    for name, email, _ in guests:
        if email == organizer[1]:
            guest_lines.append(f"{name}{L['orgmark']}\n{email}")
        elif email == OWNER:
            guest_lines.append(email)
        else:
            guest_lines.append(f"{name}\n{email}")
    text = ""
    if kind == "updated":
        text += L["updated"] + "\n\n"
    text += f"{summary}\n{when_body}\n{tzline}\n\n"
    text += f"{L['join']}\nhttps://meet.google.com/{meet}\n\n"
    text += f"{L['org']}\n{organizer[0]}\n{organizer[1]}\n\n"
    text += f"{L['guests']}\n" + "\n".join(guest_lines) + f"\n{L['viewall']} {link}\n\n"
    text += description.rstrip("\n") + "\n\n"
    text += f"{L['reply']} {link}\n\n\n~~//~~\n{L['footer1']}\n\n{L['footer2']}\n\n{L['footer3']}\n"
    htmltext = html_from_text(text, font="Roboto,Helvetica,Arial,sans-serif")

    cal = [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}", f"DTSTAMP:{utc(sent)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid_local}@google.com",
    ]
    for name, email, ps in guests:
        cal.append(attendee(name if email != OWNER else email, email, ps, google=True))
    cal += [
        f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}",
        f"CREATED:{utc(sent - timedelta(minutes=3) if seq == 0 else sent - timedelta(days=2))}",
        "DESCRIPTION:" + esc(description.rstrip("\n") + "\n\n" + meetblock),
        f"LAST-MODIFIED:{utc(sent)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
        f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ]
    calendar = ics(cal)
    b1 = "0000000000" + uid_local[:6].encode().hex()[:10] + "a1"
    b2 = "0000000000" + uid_local[:6].encode().hex()[:10] + "b2"
    alt = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', htmltext, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', calendar, "base64"),
    ])
    body = multi("mixed", b1, [
        alt.rstrip("\n"),
        leaf('application/ics; name="invite.ics"', calendar, "base64",
             disp='attachment; filename="invite.ics"'),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=2), "x8sor" + uid_local[:8]),
        ("Return-Path", f"<{bounce}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", msgid),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Subject", hdr(subject)),
        ("From", addr(*organizer)),
        ("To", OWNER),
    ]
    return eml(headers, body)


def gcal_event(*, ev_id, summary, description, organizer, attendees, start, end, tzname, created,
               updated, seq=0, meet=None):
    """Google Calendar API v3 Event resource as returned by events.list for the owner's calendar."""
    ev = {
        "kind": "calendar#event",
        "etag": '"%d"' % (int(updated.timestamp()) * 1000 + 123),
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": f"https://www.google.com/calendar/event?eid={eid(ev_id)}",
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": summary,
        "description": description,
        "creator": {"email": organizer[1], "displayName": organizer[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": tzname},
        "end": {"dateTime": end.isoformat(), "timeZone": tzname},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": seq,
        "attendees": attendees,
    }
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/"
                                              "web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------------------------------------
# label helper and writer
# ----------------------------------------------------------------------------------------------
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {
        "company": company,
        "role": role,
        "start": start.isoformat(),
        "end": end.isoformat() if end is not None else None,
        "status": status,
        "interviewer_emails": list(interviewers),
        "followup_recipients": list(followups),
        "kind": kind,
    }


def label(interviews, difficulty, category, notes):
    return {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


class Case:
    def __init__(self, num, slug):
        self.id = f"{PREFIX}-{num:02d}-{slug}"
        self.dir = os.path.join(HERE, self.id)
        os.makedirs(self.dir)

    def put(self, name, content):
        with open(os.path.join(self.dir, name), "w", encoding="utf-8", newline="") as f:
            f.write(content)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ==============================================================================================
# POSITIVES
# ==============================================================================================
@case
def c01():
    c = Case(1, "djinni-relay-screen-relative-tuesday")
    olena = ("Олена Гриценко", "olena.hrytsenko@smerichkalabs.example")
    sent1 = T(KYIV, 2026, 10, 1, 12, 47, 9, wd="Thu", off=3)
    start = T(KYIV, 2026, 10, 6, 15, 0, wd="Tue", off=3)   # "у вівторок" after Thu 1 Oct
    end = start + timedelta(minutes=30)
    text1 = D("""
        Андрію, вітаємо!

        Олена Гриценко (Smerichka Labs) відповіла на ваш відгук на вакансію «QA Automation Engineer (Python)»:

        ————————————————
        Андрію, добрий день!

        Дякую за відгук, ваш досвід з pytest і Playwright нам дуже підходить. Пропоную першу співбесіду:
        знайомство, коротко про ваш досвід і наші процеси, 30 хвилин, зі мною в Google Meet.

        Чи зручно вам у вівторок о 15:00 за київським часом? Якщо так, підтвердіть, будь ласка, тут
        або на пошту olena.hrytsenko@smerichkalabs.example, і я надішлю посилання.

        Олена Гриценко
        Talent Acquisition, Smerichka Labs
        ————————————————

        Відповісти: https://djinni.co/my/inbox/4817263/

        Ви отримали цей лист, бо маєте профіль кандидата на Djinni.
        Налаштування сповіщень: https://djinni.co/my/account/notifications/
        """)
    body1 = multi("alternative", "djn-b252-01-5f3a9c", [
        leaf('text/plain; charset="utf-8"', text1, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_from_text(text1), "quoted-printable"),
    ])
    c.put("01-djinni-message-smerichka.eml", eml([
        ("Delivered-To", OWNER),
        received("mail.djinni.co (mail.djinni.co [203.0.113.25])", "mx.example.com",
                 sent1.astimezone(UTC) + timedelta(seconds=3), "djn4817263a"),
        ("Return-Path", "<bounces+4817263@mail.djinni.co>"),
        ("From", "Djinni <noreply@djinni.co>"),
        ("To", addr(OWNER_UK, OWNER)),
        ("Subject", hdr("Нове повідомлення від Олена Гриценко (Smerichka Labs)")),
        ("Date", rfc(sent1.astimezone(UTC))),
        ("Message-ID", "<20261001094709.4817263.inbox@djinni.co>"),
        ("List-Unsubscribe", "<https://djinni.co/my/account/notifications/>"),
    ], body1))

    sent2 = T(KYIV, 2026, 10, 2, 10, 18, 40, wd="Fri", off=3)
    text2 = D("""
        Андрію, привіт ще раз!

        Дякую, що підтвердили на Djinni. Тоді до вівторка, 15:00 за Києвом, розмова на пів години.
        Посилання на Google Meet: https://meet.google.com/vkr-tqpa-smh

        Якщо раптом тривога чи відключення світла, просто напишіть мені на цю пошту або в Telegram
        (@olena_hr_smerichka), перенесемо без проблем.

        До зустрічі!

        --
        Олена Гриценко
        Talent Acquisition | Smerichka Labs
        https://smerichkalabs.example/careers
        """)
    body2 = multi("alternative", "000000000000f1c2d30620a1b252", [
        leaf('text/plain; charset="UTF-8"', text2, "base64"),
        leaf('text/html; charset="UTF-8"', html_from_text(text2), "quoted-printable"),
    ])
    c.put("02-olena-confirmation-meet-link.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-wr1-f52.google.com (mail-wr1-f52.google.com. [209.85.221.52])", "mx.example.com",
                 sent2.astimezone(UTC) + timedelta(seconds=1), "sm2olena02"),
        ("From", addr(*olena)),
        ("Date", rfc(sent2)),
        ("Message-ID", "<CAH7smrch+Qx0v2KfJ3pD1oLw9eYtUa4r8kN@mail.gmail.com>"),
        ("Subject", hdr("Співбесіда Smerichka Labs — вівторок, 15:00")),
        ("To", addr(OWNER_UK, OWNER)),
    ], body2))
    return c.id, label(
        [iv("Smerichka Labs", "QA Automation Engineer (Python)", start, end, "scheduled",
            [olena[1]], [olena[1]], "phone_screen")],
        "medium", "positive/job-board-relay",
        "Djinni relay (noreply) proposes 'у вівторок о 15:00 за київським часом' on Thu 1 Oct -> Tue 6 Oct "
        "(EEST); the recruiter's direct follow-up only says 'до вівторка'. The recruiter conducts the "
        "30-minute screen herself ('зі мною'), so she is interviewer and follow-up recipient.")


@case
def c02():
    c = Case(2, "dou-reply-ukrainian-gcal-invite-and-api-event")
    vira = ("Віра Шевчук", "vira.shevchuk@kalynahealth.example")
    maksym = ("Максим Бондар", "maksym.bondar@kalynahealth.example")
    iryna = ("Ірина Ткач", "iryna.tkach@kalynahealth.example")
    start = T(KYIV, 2026, 10, 14, 11, 0, wd="Wed", off=3)
    end = start + H
    sent1 = T(KYIV, 2026, 10, 7, 16, 32, 5, wd="Wed")
    text1 = D("""
        Андрію, вітаю!

        Дякую за відгук на нашу вакансію Senior QA Automation Engineer на DOU. Ми переглянули резюме
        та ваш GitHub із фреймворком на Playwright + TypeScript і хочемо запросити вас на технічну
        співбесіду.

        Пропоную середу, 14 жовтня, 11:00–12:00 за київським часом, онлайн (Google Meet).
        Співбесіду проведуть Максим Бондар (QA Lead) та Ірина Ткач (Senior AQA). Орієнтовно:
        30 хв про ваш досвід і підходи до автоматизації, 30 хв практичне завдання з API-тестів.

        Якщо час підходить, я надішлю запрошення в календар. Якщо ні, запропонуйте, будь ласка,
        2–3 інші варіанти на цьому тижні або наступному.

        Гарного вечора!
        Віра Шевчук
        Recruiter, Kalyna Health
        """)
    body1 = multi("alternative", "----=_Part_88213_1190342211.1791469925000", [
        leaf('text/plain; charset=UTF-8', text1, "quoted-printable"),
        leaf('text/html; charset=UTF-8', html_from_text(text1), "quoted-printable"),
    ])
    c.put("01-vira-dou-application-tech-interview.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-lf1-f45.google.com (mail-lf1-f45.google.com. [209.85.167.45])", "mx.example.com",
                 sent1.astimezone(UTC) + timedelta(seconds=2), "kh01vira"),
        ("From", addr(*vira)),
        ("To", addr(OWNER_UK, OWNER)),
        ("Subject", hdr("Kalyna Health — технічна співбесіда (Senior QA Automation Engineer)")),
        ("Date", rfc(sent1)),
        ("Message-ID", "<CAJkh9Vn2sR0-Kalyna-7pXw1vB3@mail.gmail.com>"),
    ], body1))

    sent2 = T(KYIV, 2026, 10, 8, 9, 15, 22, wd="Thu")
    summary = "Kalyna Health: технічна співбесіда — Андрій Ковальчук (Senior QA Automation Engineer)"
    desc = D("""
        Андрію, дякую за підтвердження!
        Технічна співбесіда з Максимом Бондарем (QA Lead) та Іриною Ткач (Senior AQA).
        Будь ласка, майте під рукою IDE та Postman для практичної частини.
        """)
    uid = "5kq2v7h0nd3kalyna1r8c6tbm4"
    guests = [(vira[0], vira[1], "ACCEPTED"), (maksym[0], maksym[1], "ACCEPTED"),
              (iryna[0], iryna[1], "NEEDS-ACTION"), (OWNER_UK, OWNER, "NEEDS-ACTION")]
    c.put("02-google-invitation-uk-locale.eml", google_invite(
        summary=summary, start=start, end=end, organizer=vira, guests=guests, description=desc,
        meet="hbw-qxmn-kte", uid_local=uid, seq=0, sent=sent2,
        msgid="<calendar-5b7e1d40-2c9a-4f8e-9d61-b252kalyna02@google.com>", locale="uk"))
    c.put("03-kalyna-tech-interview.gcal.json", gcal_event(
        ev_id=uid, summary=summary, description=desc.rstrip("\n"), organizer=vira,
        attendees=[
            {"email": vira[1], "displayName": vira[0], "organizer": True, "responseStatus": "accepted"},
            {"email": maksym[1], "displayName": maksym[0], "responseStatus": "accepted"},
            {"email": iryna[1], "displayName": iryna[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        start=start, end=end, tzname="Europe/Kyiv", created=sent2 - timedelta(minutes=3),
        updated=sent2 + timedelta(hours=2, minutes=7), meet="hbw-qxmn-kte"))
    return c.id, label(
        [iv("Kalyna Health", "Senior QA Automation Engineer", start, end, "scheduled",
            [maksym[1], iryna[1]], [maksym[1], iryna[1]], "technical")],
        "medium", "positive/dedupe",
        "Recruiter e-mail + Google invitation in Ukrainian locale + Calendar API event of the same meeting "
        "(same UID) = ONE interview, Wed 14 Oct 11:00-12:00 EEST. Organizer Vira only schedules; "
        "Maksym and Iryna conduct it.")


@case
def c03():
    c = Case(3, "lever-warsaw-after-eu-dst-end")
    zofia = ("Zofia Kaczmarek", "zofia.kaczmarek@bursztynpay.example")
    kasia = ("Katarzyna Wójcik", "katarzyna.wojcik@bursztynpay.example")
    piotr = ("Piotr Zieliński", "piotr.zielinski@bursztynpay.example")
    sent = T(WARSAW, 2026, 10, 21, 15, 5, 44, wd="Wed", off=2)
    start = T(WARSAW, 2026, 10, 28, 10, 0, wd="Wed", off=1)   # CET, after 25 Oct
    end = start + H
    assert start.astimezone(KYIV).hour == 11
    text = D("""
        Hi Andrii,

        Thanks for picking a time! Your interview for Senior QA Automation Engineer (Payments Platform)
        at Bursztyn Pay is confirmed.

        Technical interview: test automation & API testing
        Wednesday, October 28, 2026
        10:00 AM - 11:00 AM CET (Europe/Warsaw)
        Location: Google Meet, https://meet.google.com/pzw-krqa-tdn

        Interviewers
        Katarzyna Wójcik, Engineering Manager, Quality
        Piotr Zieliński, Senior SDET

        A note from Zofia:
        "Quick heads-up: Poland moves back to winter time on Sunday, October 25, so on the day
        this will be 11:00 in Kyiv. Piotr will share a small REST API for the live part, a laptop
        with Python or Java set up is enough."

        A calendar invitation is attached. If you need to reschedule, just reply to this email and
        Zofia will help.

        Good luck!
        The Bursztyn Pay Talent Team

        --
        Sent via Lever. Bursztyn Pay sp. z o.o., Warsaw
        """)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Lever//Interview Scheduling//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtz("Europe/Warsaw") + [
        "BEGIN:VEVENT", "UID:lever-interview-7c1e52f0-b252-4a3d-9e1b-bursztyn03@hire.lever.co",
        f"DTSTAMP:{utc(sent)}", "SEQUENCE:0",
        f"DTSTART;TZID=Europe/Warsaw:{loc(start)}", f"DTEND;TZID=Europe/Warsaw:{loc(end)}",
        "SUMMARY:Bursztyn Pay - Technical interview (Andrii Kovalchuk)",
        "DESCRIPTION:" + esc("Technical interview for Senior QA Automation Engineer (Payments Platform).\n"
                             "Interviewers: Katarzyna Wójcik, Piotr Zieliński\n"
                             "Join: https://meet.google.com/pzw-krqa-tdn"),
        "LOCATION:https://meet.google.com/pzw-krqa-tdn",
        f"ORGANIZER;CN={zofia[0]}:mailto:{zofia[1]}",
        attendee(kasia[0], kasia[1], "ACCEPTED"), attendee(piotr[0], piotr[1], "ACCEPTED"),
        attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "lever-mixed-9d02c4e1b252", [
        multi("alternative", "lever-alt-3b71aa08b252", [
            leaf('text/plain; charset=utf-8', text, "quoted-printable"),
            leaf('text/html; charset=utf-8', html_from_text(text, "Helvetica,Arial,sans-serif"),
                 "quoted-printable"),
        ]).rstrip("\n"),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"', cal, "base64",
             disp='attachment; filename="invite.ics"'),
    ])
    c.put("01-lever-interview-confirmation.eml", eml([
        ("Delivered-To", OWNER),
        received("o7.sg.hire.lever.co (o7.sg.hire.lever.co [198.51.100.71])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=4), "lv03bursz"),
        ("Return-Path", "<bounces+1187@em.hire.lever.co>"),
        ("From", "Bursztyn Pay <no-reply@hire.lever.co>"),
        ("Reply-To", addr(*zofia)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Interview confirmed: Bursztyn Pay - Senior QA Automation Engineer (Payments Platform)"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", "<0101019a0b252e3c-lever-7c1e52f0@email.hire.lever.co>"),
    ], body))
    return c.id, label(
        [iv("Bursztyn Pay", "Senior QA Automation Engineer (Payments Platform)", start, end, "scheduled",
            [kasia[1], piotr[1]], [kasia[1], piotr[1]], "technical")],
        "medium", "positive/ats-email-with-ics",
        "Lever confirmation (no-reply, Reply-To recruiter) sent in CEST for an interview after the EU DST "
        "end: 10:00 CET = +01:00 (11:00 Kyiv). Interviewers are the two ATTENDEEs in the .ics.")


@case
def c04():
    c = Case(4, "teamtailor-tallinn-hiring-manager")
    liis = ("Liis Kask", "liis.kask@saarmobility.example")
    rasmus = ("Rasmus Tamm", "rasmus.tamm@saarmobility.example")
    sent = T(TALLINN, 2026, 10, 5, 11, 40, 12, wd="Mon", off=3)
    start = T(TALLINN, 2026, 10, 8, 14, 0, wd="Thu", off=3)
    end = start + timedelta(minutes=45)
    text = D("""
        Hi Andrii,

        Your interview has been booked. We're looking forward to meeting you!

        Hiring manager interview
        QA Automation Engineer (Remote, EU time zones)
        Thursday, 8 October 2026, 14:00 - 14:45 (Tallinn time, EEST)
        Where: Google Meet, https://meet.google.com/stm-pjxo-wqe

        You'll meet Rasmus Tamm, Head of Quality Engineering, who leads the team you would join.
        Expect a conversation about how you approach test strategy for mobile and backend releases,
        and plenty of time for your questions.

        Tallinn and Kyiv are in the same time zone, so no conversion needed.

        Need to change the time? Reply to this message and Liis will get back to you.

        Best regards,
        Liis Kask
        Talent Partner, Saar Mobility

        Powered by Teamtailor
        """)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Meetings//EN", "METHOD:REQUEST"]
              + vtz("Europe/Tallinn") + [
        "BEGIN:VEVENT", "UID:tt-meeting-2291847-b252@teamtailor.com", f"DTSTAMP:{utc(sent)}",
        f"DTSTART;TZID=Europe/Tallinn:{loc(start)}", f"DTEND;TZID=Europe/Tallinn:{loc(end)}",
        "SUMMARY:Hiring manager interview - Saar Mobility",
        "DESCRIPTION:" + esc("QA Automation Engineer (Remote, EU time zones)\nWith Rasmus Tamm\n"
                             "https://meet.google.com/stm-pjxo-wqe"),
        "LOCATION:https://meet.google.com/stm-pjxo-wqe",
        f"ORGANIZER;CN={liis[0]}:mailto:{liis[1]}",
        attendee(rasmus[0], rasmus[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "--==_mimepart_6f1e2a3b4c5d_b252_04", [
        multi("alternative", "--==_mimepart_6f1e2a3b4c5d_b252_alt", [
            leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            leaf("text/html; charset=UTF-8", html_from_text(text, "Helvetica,Arial,sans-serif"),
                 "quoted-printable"),
        ]).rstrip("\n"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; filename=invite.ics', cal, "base64",
             disp='attachment; filename=invite.ics'),
    ])
    c.put("01-teamtailor-interview-booked.eml", eml([
        ("Delivered-To", OWNER),
        received("mail.teamtailor.com (mail.teamtailor.com [192.0.2.144])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=2), "tt04saar"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("From", "Saar Mobility <no-reply@teamtailor.com>"),
        ("Reply-To", addr(*liis)),
        ("To", OWNER),
        ("Message-ID", "<6f1e2a3b4c5d_b252_04.mail@teamtailor.com>"),
        ("Subject", "Interview booked: Hiring manager interview - Saar Mobility"),
    ], body))
    return c.id, label(
        [iv("Saar Mobility", "QA Automation Engineer", start, end, "scheduled",
            [rasmus[1]], [rasmus[1]], "hiring_manager")],
        "easy", "positive/ats-email-with-ics",
        "Teamtailor booking mail (no-reply, Reply-To recruiter) + .ics in Europe/Tallinn (EEST = Kyiv). "
        "Rasmus (Head of QE, ATTENDEE) conducts; Liis only organises.")


@case
def c05():
    c = Case(5, "us-startup-thread-pacific-dst-gap-week")
    megan = ("Megan Ortiz", "megan.ortiz@tidewaterlabs.example")
    sam = ("Sam Whitaker", "sam.whitaker@tidewaterlabs.example")
    sent1 = T(LA, 2026, 10, 20, 8, 26, 51, wd="Tue", off=-7)
    start = T(LA, 2026, 10, 29, 9, 0, wd="Thu", off=-7)          # PDT still; Kyiv already EET
    end = start + timedelta(minutes=45)
    assert start.astimezone(KYIV).hour == 18 and start.astimezone(KYIV).utcoffset() == 2 * H
    text1 = D("""
        Hi Andrii,

        Thanks for sending over your resume and the link to your Playwright repo, the team really
        liked how you structured the fixtures. Next step for the Senior SDET role is a 45-minute
        technical conversation with Sam Whitaker, our CTO (cc'd).

        Would Thursday, Oct 29 at 9:00am PT work? Heads-up on the math: Europe and the US change
        clocks a week apart this year, so that week we're only 9 hours behind Kyiv, which makes it
        6:00pm your time (not 7pm).

        If that doesn't work, send me two or three windows and I'll make it happen.

        Best,
        Megan

        Megan Ortiz | Recruiting Lead | Tidewater Labs
        San Francisco, CA
        """)
    body1 = multi("alternative", "000000000000a7c91e0620b25205", [
        leaf('text/plain; charset="UTF-8"', text1, "7bit"),
        leaf('text/html; charset="UTF-8"', html_from_text(text1), "quoted-printable"),
    ])
    mid1 = "<CAFt1dw4-megan-Q3k8sN0aPv2+Yd@mail.gmail.com>"
    c.put("01-megan-proposes-thursday-9am-pt.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-pj1-f44.google.com (mail-pj1-f44.google.com. [209.85.216.44])", "mx.example.com",
                 sent1.astimezone(UTC) + timedelta(seconds=1), "tw05a"),
        ("From", addr(*megan)),
        ("Date", rfc(sent1)),
        ("Message-ID", mid1),
        ("Subject", "Tidewater Labs - next step for the Senior SDET role"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr(*sam)),
    ], body1))

    own = T(LA, 2026, 10, 21, 9, 12, wd="Wed")
    sent2 = T(LA, 2026, 10, 21, 10, 3, 17, wd="Wed")
    own_text = D("""
        Hi Megan,

        Thursday the 29th at 9am PT / 6pm Kyiv works for me. Looking forward to talking to Sam.

        Best regards,
        Andrii
        """)
    text2 = (D("""
        Perfect, you're confirmed for Thursday 10/29, 9:00-9:45am PT (6:00-6:45pm Kyiv).
        Sam will send a Google Meet link from his calendar the day before.

        Megan
        """) + "\n" +
        f"On Wed, Oct 21, 2026 at {own:%-I:%M} AM Andrii Kovalchuk <{OWNER}> wrote:\n" +
        quote(own_text + "\n" +
              f"On Tue, Oct 20, 2026 at {sent1:%-I:%M} AM Megan Ortiz <{megan[1]}> wrote:\n" +
              quote(text1)))
    body2 = multi("alternative", "000000000000c41f7a0620b25205", [
        leaf('text/plain; charset="UTF-8"', text2, "7bit"),
        leaf('text/html; charset="UTF-8"', html_from_text(text2), "quoted-printable"),
    ])
    c.put("02-megan-confirms-thursday.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-pj1-f47.google.com (mail-pj1-f47.google.com. [209.85.216.47])", "mx.example.com",
                 sent2.astimezone(UTC) + timedelta(seconds=1), "tw05b"),
        ("From", addr(*megan)),
        ("Date", rfc(sent2)),
        ("Message-ID", "<CAFt1dw4-megan-Zr7uLc2mQe9+Kp@mail.gmail.com>"),
        ("In-Reply-To", "<CAK0andrii-rX4pLm8vN2qT5@mail.gmail.com>"),
        ("References", f"{mid1} <CAK0andrii-rX4pLm8vN2qT5@mail.gmail.com>"),
        ("Subject", "Re: Tidewater Labs - next step for the Senior SDET role"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr(*sam)),
    ], body2))
    return c.id, label(
        [iv("Tidewater Labs", "Senior SDET", start, end, "scheduled", [sam[1]], [sam[1]], "technical")],
        "hard", "positive/thread-dst-gap",
        "Thu 29 Oct falls in the week between EU (25 Oct) and US (1 Nov) DST ends: 9:00 PDT (-07:00) = "
        "18:00 Kyiv EET, a 9-hour gap. Interviewer is the CTO (cc'd), not the recruiter.")


@case
def c06():
    c = Case(6, "air-raid-outage-reschedule-updated-invite")
    yulia = ("Yulia Marchenko", "yulia.marchenko@chumakdelivery.example")
    dmytro = ("Dmytro Lysenko", "dmytro.lysenko@chumakdelivery.example")
    role = "Middle/Senior QA Automation Engineer (JS/TS)"
    summary = "Chumak Delivery — технічна співбесіда (Andrii Kovalchuk)"
    desc = D("""
        Технічна співбесіда на позицію Middle/Senior QA Automation Engineer (JS/TS).
        Проводить Дмитро Лисенко, Lead AQA. Орієнтовно: 20 хв досвід, 40 хв практика (Playwright, API).
        """)
    uid = "3h8vq1kd0cmk2chumak5r7b6"
    guests = [(yulia[0], yulia[1], "ACCEPTED"), (dmytro[0], dmytro[1], "ACCEPTED"),
              (OWNER, OWNER, "ACCEPTED")]
    s0 = T(KYIV, 2026, 10, 13, 11, 0, wd="Tue", off=3)
    sent1 = T(KYIV, 2026, 10, 9, 17, 2, 30, wd="Fri")
    c.put("01-invitation-tue-11am.eml", google_invite(
        summary=summary, start=s0, end=s0 + H, organizer=yulia, guests=guests, description=desc,
        meet="cvd-mhqr-ynx", uid_local=uid, seq=0, sent=sent1,
        msgid="<calendar-91d2b6aa-7e1f-4c52-b252-chumak000001@google.com>"))

    own = T(KYIV, 2026, 10, 13, 9, 41, wd="Tue")
    sent2 = T(KYIV, 2026, 10, 13, 10, 5, 48, wd="Tue")
    start = T(KYIV, 2026, 10, 15, 16, 0, wd="Thu", off=3)
    end = start + H
    own_text = D("""
        Юліє, добрий ранок!

        У Львові зараз повітряна тривога, я в укритті, а після неї за графіком вимикають світло
        до 14:00, тож стабільного зв'язку не буде. Чи можемо перенести сьогоднішню співбесіду об 11:00?
        Вибачте за незручності.

        Андрій
        """)
    text2 = D("""
        Андрію, звісно, бережіть себе!

        Дмитро може в четвер, 15 жовтня, о 16:00, на цей час у Львові за графіком відключень немає.
        Зараз оновлю запрошення в календарі, посилання на Meet залишиться те саме.

        Юлія
        """) + "\n" + f"вт, 13 жовт. 2026 р. о {own:%H:%M} {OWNER_UK} <{OWNER}> пише:\n" + quote(own_text)
    body2 = multi("alternative", "000000000000e2a4b10620b25206", [
        leaf('text/plain; charset="UTF-8"', text2, "base64"),
        leaf('text/html; charset="UTF-8"', html_from_text(text2), "base64"),
    ])
    c.put("02-yulia-reply-move-to-thursday.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-ej1-f50.google.com (mail-ej1-f50.google.com. [209.85.218.50])", "mx.example.com",
                 sent2.astimezone(UTC) + timedelta(seconds=1), "ch06b"),
        ("From", addr(*yulia)),
        ("Date", rfc(sent2)),
        ("Message-ID", "<CAM3yul1a-chumak-Wv2q9Lk0pR@mail.gmail.com>"),
        ("In-Reply-To", "<CAK0andrii-chumak-tryvoha-7Qe@mail.gmail.com>"),
        ("References", "<CAK0andrii-chumak-tryvoha-7Qe@mail.gmail.com>"),
        ("Subject", hdr("Re: Перенесення співбесіди (тривога / відключення)")),
        ("To", addr(OWNER_UK, OWNER)),
        ("Cc", addr(*dmytro)),
    ], body2))

    sent3 = T(KYIV, 2026, 10, 13, 10, 11, 3, wd="Tue")
    c.put("03-updated-invitation-thu-4pm.eml", google_invite(
        summary=summary, start=start, end=end, organizer=yulia, guests=guests, description=desc,
        meet="cvd-mhqr-ynx", uid_local=uid, seq=1, sent=sent3, kind="updated",
        msgid="<calendar-91d2b6aa-7e1f-4c52-b252-chumak000002@google.com>"))
    return c.id, label(
        [iv("Chumak Delivery", role, start, end, "scheduled", [dmytro[1]], [dmytro[1]], "technical")],
        "medium", "positive/reschedule",
        "Original Google invite Tue 13 Oct 11:00; candidate asks to move because of an air-raid alert and "
        "scheduled power outage in Lviv; recruiter moves it and sends 'Updated invitation' (same UID, "
        "SEQUENCE 1). Final time Thu 15 Oct 16:00-17:00 EEST. One interview.")


@case
def c07():
    c = Case(7, "berlin-outlook-invite-then-cancel")
    lea = ("Lea Hoffmann", "lea.hoffmann@kranichsoftware.example")
    jana = ("Jana Becker", "jana.becker@kranichsoftware.example")
    felix = ("Felix Braun", "felix.braun@kranichsoftware.example")
    role = "QA Automation Engineer (m/w/d) – Mobile"
    start = T(BERLIN, 2026, 11, 2, 14, 0, wd="Mon", off=1)
    end = start + H
    assert start.astimezone(KYIV).hour == 15
    uid = "040000008200E00074C5B7101A82E00800000000B252C7A1D35EDC0100000000000000001000000052B4E1A7F0C3D94B8E2A6F11C0B25207"
    subject = f"Interview: {role} | Andrii Kovalchuk"
    teams = D("""
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_QjVmNzI1YjUyLWtyYW5pY2g%40thread.v2/0>
        Meeting ID: 371 552 904 118
        Passcode: Kr4n1c
        ________________________________________________________________________________
        """)

    def outlook(sent, method, seq, text, subj, msgid, thread_index):
        cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
               "VERSION:2.0"] + vtz("W. Europe Standard Time") + ["BEGIN:VEVENT",
               f"ORGANIZER;CN={lea[0]}:mailto:{lea[1]}",
               attendee(OWNER_NAME, OWNER, "NEEDS-ACTION"),
               attendee(jana[0], jana[1], "NEEDS-ACTION"),
               attendee(felix[0], felix[1], "NEEDS-ACTION"),
               "DESCRIPTION;LANGUAGE=en-US:" + esc(text), f"UID:{uid}",
               f"SUMMARY;LANGUAGE=en-US:{esc(subj)}",
               f"DTSTART;TZID=W. Europe Standard Time:{loc(start)}",
               f"DTEND;TZID=W. Europe Standard Time:{loc(end)}",
               "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
               f"DTSTAMP:{utc(sent)}", "TRANSP:OPAQUE",
               "STATUS:CONFIRMED" if method == "REQUEST" else "STATUS:CANCELLED",
               f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
               f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:-1873306429",
               "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
               "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("1" if method == "REQUEST" else "2"),
               "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
               "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE", "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]
        if method == "REQUEST":
            cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                    "END:VALARM"]
        cal += ["END:VEVENT", "END:VCALENDAR"]
        b = f"_000_AM9PR10MB4312{thread_index[:8]}B252EURPRD10PROD_"
        body = multi("alternative", b, [
            leaf('text/plain; charset="utf-8"', text, "base64"),
            leaf('text/html; charset="utf-8"', html_from_text(text, "Aptos,Calibri,sans-serif"), "base64"),
            leaf(f'text/calendar; charset="utf-8"; method={method}', ics(cal), "base64"),
        ])
        return eml([
            ("Delivered-To", OWNER),
            received("EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])",
                     "mx.example.com", sent.astimezone(UTC) + timedelta(seconds=2), "ex07" + thread_index[:4]),
            ("From", addr(*lea)),
            ("To", addr(OWNER_NAME, OWNER)),
            ("CC", f"{addr(*jana)}, {addr(*felix)}"),
            ("Subject", hdr(subj)),
            ("Thread-Topic", hdr(subject)),
            ("Thread-Index", thread_index),
            ("Date", rfc(sent.astimezone(UTC))),
            ("Message-ID", msgid),
            ("Accept-Language", "de-DE, en-US"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ], body)

    sent1 = T(BERLIN, 2026, 10, 19, 11, 14, 27, wd="Mon", off=2)
    text1 = D("""
        Hi Andrii,

        As discussed on the phone, here is the invitation for your technical interview with Jana Becker
        (Team Lead QA) and Felix Braun (Senior Test Automation Engineer).

        Monday, 2 November, 14:00-15:00 Berlin time. By then we will both be on winter time again, so
        it is CET here and 15:00 in Kyiv.

        Best regards
        Lea Hoffmann
        Talent Acquisition | Kranich Software GmbH | Berlin
        """) + "\n" + teams
    c.put("01-outlook-interview-invitation.eml", outlook(
        sent1, "REQUEST", 0, text1, subject,
        "<AM9PR10MB4312C1E0A8B252F07B4D2C9EA1B52@AM9PR10MB4312.EURPRD10.PROD.OUTLOOK.COM>",
        "AQHdQ2b2KranichB252Interview0Pq7w=="))
    sent2 = T(BERLIN, 2026, 10, 29, 16, 48, 5, wd="Thu", off=1)
    text2 = D("""
        Hi Andrii,

        I am really sorry, but we have to cancel your interview on Monday. After this week's budget review
        the Mobile QA position has been put on hold until further notice, so Jana and Felix will not be
        running interviews for it.

        This has nothing to do with your profile. If the role reopens in Q1 I will reach out to you first.

        Best regards
        Lea
        """)
    c.put("02-canceled-interview.eml", outlook(
        sent2, "CANCEL", 1, text2, f"Canceled: {subject}",
        "<AM9PR10MB4312D7F3C2B252A91E5C0BD3F4C88@AM9PR10MB4312.EURPRD10.PROD.OUTLOOK.COM>",
        "AQHdQ2b2KranichB252Interview0Pq7wAdVxLcE="))
    return c.id, label(
        [iv("Kranich Software", role, start, end, "cancelled", [jana[1], felix[1]], [jana[1], felix[1]],
            "technical")],
        "medium", "positive/cancellation",
        "Exchange invite (Windows TZID 'W. Europe Standard Time', sent in CEST) for Mon 2 Nov 14:00 CET "
        "(+01:00), then METHOD:CANCEL / STATUS:CANCELLED (position on hold). Kept as cancelled at its "
        "last scheduled time; interviewers named in the text and CC'd.")


@case
def c08():
    c = Case(8, "lviv-product-tech-then-culture-fit")
    khrystyna = ("Христина Кузьмич", "khrystyna.kuzmych@kobzaapps.example")
    nazar = ("Назар Федорів", "nazar.fedoriv@kobzaapps.example")
    sofiia = ("Софія Дячук", "sofiia.diachuk@kobzaapps.example")
    maryna = ("Марина Левицька", "maryna.levytska@kobzaapps.example")
    role = "QA Automation Engineer (Mobile, Appium)"
    s1 = T(KYIV, 2026, 10, 16, 11, 0, wd="Fri", off=3)
    e1 = s1 + timedelta(minutes=90)
    s2 = T(KYIV, 2026, 10, 26, 12, 0, wd="Mon", off=2)      # after 25 Oct: EET
    e2 = s2 + timedelta(minutes=45)

    sent1 = T(KYIV, 2026, 10, 8, 14, 22, 10, wd="Thu")
    text1 = D("""
        Андрію, добрий день!

        Дякуємо за цікаву розмову й тестове завдання. Запрошуємо вас на технічну співбесіду на позицію
        QA Automation Engineer (Mobile, Appium): у пʼятницю, 16 жовтня, об 11:00 за київським часом,
        тривалість близько півтори години.

        Співбесіду проводитимуть Назар Федорів (QA Lead) та Софія Дячук (Senior AQA). Запрошення з
        посиланням на Google Meet надішлю окремим листом.

        Гарного дня,
        Христина Кузьмич
        HR Business Partner | Kobza Apps, Львів
        """)
    body1 = multi("alternative", "Apple-Mail=_B252-08A1-4C7E-9F3D-KOBZA0001", [
        leaf("text/plain; charset=utf-8", text1, "quoted-printable"),
        leaf("text/html; charset=utf-8", html_from_text(text1, "-apple-system,Helvetica,sans-serif"),
             "quoted-printable"),
    ])
    mid1 = "<B252A8C1-4D2E-4F7A-9C10-KOBZA0001@kobzaapps.example>"
    c.put("01-khrystyna-tech-interview-friday.eml", eml([
        ("Delivered-To", OWNER),
        received("mail.kobzaapps.example (mail.kobzaapps.example [198.51.100.18])", "mx.example.com",
                 sent1.astimezone(UTC) + timedelta(seconds=1), "kb08a"),
        ("From", addr(*khrystyna)),
        ("Subject", hdr("Kobza Apps: технічна співбесіда 16.10")),
        ("Message-Id", mid1),
        ("Date", rfc(sent1)),
        ("To", addr(OWNER_UK, OWNER)),
        ("X-Mailer", "Apple Mail (2.3826.400.131)"),
    ], body1))

    sent2 = T(KYIV, 2026, 10, 8, 14, 35, 41, wd="Thu")
    guests = [(khrystyna[0], khrystyna[1], "ACCEPTED"), (nazar[0], nazar[1], "ACCEPTED"),
              (sofiia[0], sofiia[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    c.put("02-invitation-tech-interview.eml", google_invite(
        summary="Kobza Apps | Технічна співбесіда | Андрій Ковальчук", start=s1, end=e1,
        organizer=khrystyna, guests=guests,
        description="Технічна співбесіда: QA Automation Engineer (Mobile, Appium).\nІнтервʼюери: Назар Федорів, Софія Дячук.",
        meet="kbz-tech-rwq", uid_local="0b7rkobza1tech8m2q5v", seq=0, sent=sent2,
        msgid="<calendar-3e0c7f12-b252-48a5-kobza-000000000002@google.com>"))

    sent3 = T(KYIV, 2026, 10, 19, 10, 3, 55, wd="Mon")
    text3 = D("""
        Андрію, вітаю!

        Дякуємо за технічну співбесіду в пʼятницю, Назар і Софія дали дуже позитивний фідбек.
        Наступний і фінальний етап: culture-fit зустріч з Мариною Левицькою, нашим CPO, 45 хвилин.

        Пропонуємо наступний понеділок, 26 жовтня, о 12:00 за київським часом. Зверніть увагу: в ніч
        на неділю, 25 жовтня, переводимо годинники на зимовий час, тож у календарі це 12:00 за
        Києвом (UTC+2). Марина вже надіслала запрошення в календар.

        Христина
        """) + "\n" + f"> 8 жовт. 2026 р. о {sent1:%H:%M} {khrystyna[0]} <{khrystyna[1]}> написала:\n" + \
        quote(text1, "> > ")
    body3 = multi("alternative", "Apple-Mail=_B252-08A1-4C7E-9F3D-KOBZA0003", [
        leaf("text/plain; charset=utf-8", text3, "quoted-printable"),
        leaf("text/html; charset=utf-8", html_from_text(text3, "-apple-system,Helvetica,sans-serif"),
             "quoted-printable"),
    ])
    c.put("03-khrystyna-culture-fit-next-monday.eml", eml([
        ("Delivered-To", OWNER),
        received("mail.kobzaapps.example (mail.kobzaapps.example [198.51.100.18])", "mx.example.com",
                 sent3.astimezone(UTC) + timedelta(seconds=1), "kb08c"),
        ("From", addr(*khrystyna)),
        ("Subject", hdr("Re: Kobza Apps: технічна співбесіда 16.10 → наступний етап")),
        ("Message-Id", "<B252A8C1-4D2E-4F7A-9C10-KOBZA0003@kobzaapps.example>"),
        ("In-Reply-To", mid1),
        ("References", mid1),
        ("Date", rfc(sent3)),
        ("To", addr(OWNER_UK, OWNER)),
        ("X-Mailer", "Apple Mail (2.3826.400.131)"),
    ], body3))

    created = T(KYIV, 2026, 10, 19, 9, 51, 0)
    c.put("04-culture-fit-call.gcal.json", gcal_event(
        ev_id="6m2kobza9culture4fit1x", summary="Kobza Apps: culture-fit з Мариною (CPO) — Андрій Ковальчук",
        description="Фінальний етап для QA Automation Engineer (Mobile, Appium): знайомство з CPO, цінності, "
                    "як ми працюємо.",
        organizer=maryna,
        attendees=[{"email": maryna[1], "displayName": maryna[0], "organizer": True,
                    "responseStatus": "accepted"},
                   {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        start=s2, end=e2, tzname="Europe/Kyiv", created=created, updated=created,
        meet="kbz-cult-fyt"))
    return c.id, label(
        [iv("Kobza Apps", role, s1, e1, "scheduled", [nazar[1], sofiia[1]], [nazar[1], sofiia[1]],
            "technical"),
         iv("Kobza Apps", role, s2, e2, "scheduled", [maryna[1]], [maryna[1]], "other")],
        "hard", "positive/two-interviews",
        "Two rounds with one company: technical Fri 16 Oct 11:00-12:30 EEST (+03:00, e-mail + Google "
        "invite = one), then culture-fit with the CPO Mon 26 Oct 12:00-12:45 EET (+02:00, after the "
        "25 Oct DST end; e-mail + Calendar API event = one).")


@case
def c09():
    c = Case(9, "russian-speaking-recruiter-wednesday-11")
    nastya = ("Анастасия Кравец", "anastasia.kravets@stepovatech.example")
    ihor = ("Игорь Савчук", "ihor.savchuk@stepovatech.example")
    sent1 = T(KYIV, 2026, 10, 5, 10, 23, 4, wd="Mon", off=3)
    start = T(KYIV, 2026, 10, 7, 11, 0, wd="Wed", off=3)     # "в среду" after Mon 5 Oct
    end = start + H
    text1 = D("""
        Андрей, добрый день!

        Спасибо за интерес к нашей вакансии QA Automation Engineer (Java). Мы посмотрели резюме
        и хотим пригласить вас на техническое собеседование.

        Предлагаю в среду в 11:00 по Киеву, длительность около часа. Собеседование будет проводить
        наш тимлид QA Игорь Савчук, добавила его в копию. Формат: Google Meet, немного теории
        (Java, TestNG, REST Assured), потом небольшой live-coding.

        Если среда неудобна, напишите, подберем другой день.

        С уважением,
        Анастасия Кравец
        Recruiter | Stepova Tech (Днепр)
        """)
    mid1 = "<4f1b2c9e-b252-stepova-0001@stepovatech.example>"
    c.put("01-anastasia-sobesedovanie.eml", eml([
        ("Delivered-To", OWNER),
        received("mail.stepovatech.example (mail.stepovatech.example [203.0.113.90])", "mx.example.com",
                 sent1.astimezone(UTC) + timedelta(seconds=2), "st09a"),
        ("Message-ID", mid1),
        ("Date", rfc(sent1)),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "ru"),
        ("From", addr(*nastya)),
        ("To", addr(OWNER_UK, OWNER)),
        ("Cc", addr(*ihor)),
        ("Subject", hdr("Собеседование — QA Automation Engineer (Java), Stepova Tech")),
    ], leaf("text/plain; charset=UTF-8; format=flowed", text1, "8bit")))

    own = T(KYIV, 2026, 10, 5, 12, 7, wd="Mon")
    sent2 = T(KYIV, 2026, 10, 6, 17, 30, 19, wd="Tue")
    own_text = D("""
        Анастасіє, добрий день!

        Дякую за запрошення, середа об 11:00 мені підходить.

        Андрій Ковальчук
        """)
    text2 = D("""
        Андрей, привет!

        Ссылка на встречу: https://meet.google.com/stp-qkvd-jrw
        До завтра, в 11:00. Возьми, пожалуйста, ноутбук с настроенной Java 17 и IDE, будем немного
        писать тест на REST Assured.

        Игорь Савчук
        QA Team Lead, Stepova Tech
        """) + "\n" + f"{own:%d.%m.%Y %H:%M}, {OWNER_UK} пишет:\n" + quote(
        own_text + "\n" + f"{sent1:%d.%m.%Y %H:%M}, {nastya[0]} пишет:\n" + quote(text1))
    c.put("02-ihor-meet-link-see-you-tomorrow.eml", eml([
        ("Delivered-To", OWNER),
        received("mail.stepovatech.example (mail.stepovatech.example [203.0.113.90])", "mx.example.com",
                 sent2.astimezone(UTC) + timedelta(seconds=2), "st09b"),
        ("Message-ID", "<8c3d7a10-b252-stepova-0003@stepovatech.example>"),
        ("Date", rfc(sent2)),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "ru"),
        ("From", addr(*ihor)),
        ("To", addr(OWNER_UK, OWNER)),
        ("Cc", addr(*nastya)),
        ("In-Reply-To", "<b252-andrii-stepova-0002@example.com>"),
        ("References", f"{mid1} <b252-andrii-stepova-0002@example.com>"),
        ("Subject", hdr("Re: Собеседование — QA Automation Engineer (Java), Stepova Tech")),
    ], leaf("text/plain; charset=UTF-8; format=flowed", text2, "base64")))
    return c.id, label(
        [iv("Stepova Tech", "QA Automation Engineer (Java)", start, end, "scheduled", [ihor[1]], [ihor[1]],
            "technical")],
        "medium", "positive/email-body-only",
        "Russian-language thread: 'в среду в 11:00 по Киеву' sent Mon 5 Oct -> Wed 7 Oct 11:00 EEST, "
        "about an hour; the tech lead's reply (Tue) says 'До завтра, в 11:00'. Tech lead conducts.")


@case
def c10():
    c = Case(10, "tallinn-virtual-onsite-three-api-events")
    kertu = ("Kertu Lepp", "kertu.lepp@lainesystems.example")
    kadri = ("Kadri Mägi", "kadri.magi@lainesystems.example")
    martin = ("Martin Kuusk", "martin.kuusk@lainesystems.example")
    triin = ("Triin Ots", "triin.ots@lainesystems.example")
    role = "Senior QA Automation Engineer (Platform)"
    day = (2026, 11, 3)
    sessions = [
        (T(TALLINN, *day, 10, 0, wd="Tue", off=2), 60, kadri, "Test automation deep dive"),
        (T(TALLINN, *day, 11, 15, wd="Tue", off=2), 60, martin, "Test strategy & system design"),
        (T(TALLINN, *day, 13, 0, wd="Tue", off=2), 45, triin, "Hiring manager conversation"),
    ]
    sent = T(TALLINN, 2026, 10, 27, 16, 20, 33, wd="Tue", off=2)
    text = D("""
        Hi Andrii,

        Great news: the team would like to invite you to the final stage, a virtual onsite for the
        Senior QA Automation Engineer (Platform) role, on Tuesday, 3 November.

        All times are Tallinn time (EET, UTC+2), which is the same as Kyiv:

        10:00-11:00  Test automation deep dive with Kadri Mägi, QA Tech Lead
        11:15-12:15  Test strategy & system design with Martin Kuusk, Staff Engineer
        12:15-13:00  Lunch break
        13:00-13:45  Conversation with the hiring manager, Triin Ots, Engineering Manager

        You will receive three separate calendar invites (one per session), all with the same Meet link.
        If the power goes out on your side, just drop me a line and we will shuffle the sessions.

        Kind regards,
        Kertu Lepp
        Recruiter | Laine Systems | Tallinn
        """)
    body = multi("alternative", "b1_Kx7pLaineB252onsite10", [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", html_from_text(text), "quoted-printable"),
    ])
    c.put("01-kertu-virtual-onsite-schedule.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-ot1-f54.google.com (mail-ot1-f54.google.com. [209.85.210.54])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=1), "ln10"),
        ("From", addr(*kertu)),
        ("Date", rfc(sent)),
        ("Message-ID", "<CAL4ine-kertu-b252-Onsite3Nov@mail.gmail.com>"),
        ("Subject", "Laine Systems - your virtual onsite on Tuesday, 3 November"),
        ("To", addr(OWNER_NAME, OWNER)),
    ], body))
    for i, (s, mins, who, title) in enumerate(sessions, start=2):
        created = sent + timedelta(minutes=5 + i)
        c.put(f"{i:02d}-onsite-{['', '', 'automation', 'strategy', 'hiring-manager'][i]}.gcal.json", gcal_event(
            ev_id=f"laine{i}b252onsite{who[1][:4]}",
            summary=f"Laine Systems onsite: {title} ({OWNER_NAME})",
            description=f"{title} with {who[0]}.\nRole: {role}.\nSchedule: 10:00-13:45 Tallinn time, "
                        f"see Kertu's e-mail.",
            organizer=kertu,
            attendees=[{"email": kertu[1], "displayName": kertu[0], "organizer": True,
                        "responseStatus": "accepted"},
                       {"email": who[1], "displayName": who[0], "responseStatus": "accepted"},
                       {"email": OWNER, "self": True, "responseStatus": "accepted"}],
            start=s, end=s + timedelta(minutes=mins), tzname="Europe/Tallinn",
            created=created, updated=created + timedelta(hours=3), meet="lns-onst-tmx"))
    start = sessions[0][0]
    end = sessions[-1][0] + timedelta(minutes=sessions[-1][1])
    ivs = [kadri[1], martin[1], triin[1]]
    return c.id, label(
        [iv("Laine Systems", role, start, end, "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/onsite-loop",
        "Virtual onsite on Tue 3 Nov (Tallinn EET +02:00) sent as an itinerary e-mail plus three Calendar "
        "API events with a lunch break -> ONE onsite 10:00-13:45 with all three interviewers; "
        "recruiter Kertu organises only.")


@case
def c11():
    c = Case(11, "standalone-outlook-ics-fle-standard-time")
    serhii = ("Сергій Ткаченко", "serhii.tkachenko@oberiginsure.example")
    olha = ("Ольга Руденко", "olha.rudenko@oberiginsure.example")
    start = T(KYIV, 2026, 10, 27, 10, 0, wd="Tue", off=2)
    end = start + timedelta(minutes=45)
    stamp = T(KYIV, 2026, 10, 22, 13, 2, 0, wd="Thu", off=3)
    desc = D("""
        Андрію, добрий день!

        Співбесіда з керівником напряму QA (Сергій Ткаченко) на позицію Senior QA Automation Engineer (C#/.NET).
        Ольга приєднається на перші 5 хвилин, щоб познайомити нас, далі говоримо вдвох.

        ________________________________________________________________________________
        Нарада Microsoft Teams
        Приєднатися з комп'ютера, мобільного застосунку або пристрою в кімнаті
        Натисніть тут, щоб приєднатися до наради<https://teams.microsoft.com/l/meetup-join/19%3ameeting_T2JlcmlnQjI1Mk1lZXRpbmc%40thread.v2/0>
        Ідентифікатор наради: 482 019 335 776
        Секретний код: Ob3r1g
        ________________________________________________________________________________
        """)
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
           "VERSION:2.0"] + vtz("FLE Standard Time") + [
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={serhii[0]}:mailto:{serhii[1]}",
        attendee(OWNER_UK, OWNER, "NEEDS-ACTION"),
        attendee(olha[0], olha[1], "ACCEPTED", role="OPT-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=uk-UA:" + esc(desc),
        "UID:040000008200E00074C5B7101A82E00800000000B252D4E86C61DC01000000000000000010000000"
        "0B252A9E3C7F1D4F9A6E2B0C11D0B252",
        f"SUMMARY;LANGUAGE=uk-UA:Oberig Insure | Співбесіда з hiring manager | {OWNER_UK}",
        f"DTSTART;TZID=FLE Standard Time:{loc(start)}",
        f"DTEND;TZID=FLE Standard Time:{loc(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utc(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=uk-UA:Нарада Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119875523",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-LOCATIONDISPLAYNAME:Нарада Microsoft Teams",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    c.put("01-oberig-hiring-manager-interview.ics", ics(cal))
    return c.id, label(
        [iv("Oberig Insure", "Senior QA Automation Engineer (C#/.NET)", start, end, "scheduled",
            [serhii[1]], [serhii[1]], "hiring_manager")],
        "hard", "positive/standalone-ics",
        "Standalone Outlook .ics with Windows TZID 'FLE Standard Time' (Kyiv/Helsinki), DTSTAMP in EEST, "
        "event Tue 27 Oct after the DST end -> 10:00+02:00. Organizer Serhii conducts; Olha (optional "
        "attendee) only introduces for 5 minutes, so she is not an interviewer.")


@case
def c12():
    c = Case(12, "referral-forward-us-hm-after-us-dst")
    ostap = ("Ostap Hnatiuk", "ostap.hnatiuk@redwoodloop.example")
    nora = ("Nora Lindqvist", "nora.lindqvist@redwoodloop.example")
    role = "Senior QA Automation Engineer"
    start = T(LA, 2026, 11, 4, 8, 30, wd="Wed", off=-8)        # PST, after 1 Nov
    end = start + timedelta(minutes=30)
    assert start.astimezone(KYIV).strftime("%H:%M") == "18:30"
    orig_sent = T(LA, 2026, 10, 28, 10, 2, 11, wd="Wed", off=-7)
    orig = D("""
        Thanks Ostap!

        His background looks like a great fit for the Senior QA Automation Engineer opening. I've put
        a 30-minute intro call on my calendar for Wednesday 11/4 at 8:30am PT. If I got the conversion
        right that's 6:30pm in Kyiv (we'll both be off daylight saving by then, so the usual 10 hours).

        Can you pass it along? I'll send him the Meet link directly.

        Nora

        On Tue, Oct 27, 2026 at 11:40 PM Ostap Hnatiuk <ostap.hnatiuk@redwoodloop.example> wrote:
        > Hi Nora, referring a friend from Kyiv for the QA automation opening, 8 years of experience,
        > Playwright/pytest, CV attached. Happy to intro.
        """)
    fwd_sent = T(KYIV, 2026, 10, 28, 20, 15, 37, wd="Wed", off=2)
    text = D("""
        Андрію, привіт!

        Нора, hiring manager на ту вакансію, про яку я казав, вже поставила тобі дзвінок. Пересилаю її лист:
        середа, 4 листопада, 8:30 за Каліфорнією, тобто 18:30 у нас. Посилання вона надішле тобі сама.
        Успіху!

        Остап

        ---------- Forwarded message ---------
        """) + D(f"""
        From: Nora Lindqvist <{nora[1]}>
        Date: Wed, Oct 28, 2026 at 10:02 AM
        Subject: Re: Referral: Andrii Kovalchuk (QA automation)
        To: Ostap Hnatiuk <{ostap[1]}>
        """) + "\n\n" + orig
    body = multi("alternative", "0000000000009b3e5f0620b25212", [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', html_from_text(text), "quoted-printable"),
    ])
    c.put("01-ostap-fwd-nora-intro-call.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-yb1-f53.google.com (mail-yb1-f53.google.com. [209.85.219.53])", "mx.example.com",
                 fwd_sent.astimezone(UTC) + timedelta(seconds=1), "rl12a"),
        ("From", addr(*ostap)),
        ("Date", rfc(fwd_sent)),
        ("Message-ID", "<CAOst4p-fwd-b252-NoraIntro@mail.gmail.com>"),
        ("Subject", "Fwd: Re: Referral: Andrii Kovalchuk (QA automation)"),
        ("To", addr(OWNER_NAME, OWNER)),
    ], body))

    sent2 = T(LA, 2026, 11, 2, 9, 41, 8, wd="Mon", off=-8)
    text2 = D("""
        Hi Andrii,

        Ostap passed along that you're in. Looking forward to Wednesday!
        Here's the Meet link for our intro call: https://meet.google.com/rdw-nlin-qaz

        Wed Nov 4, 8:30-9:00am PST (6:30-7:00pm Kyiv). Nothing to prepare, I'd just like to hear about
        the automation work you're proudest of and tell you where the team is heading.

        Best,
        Nora Lindqvist
        Director of Engineering, Redwood Loop
        """)
    body2 = multi("alternative", "000000000000d07a2c0620b25212", [
        leaf('text/plain; charset="UTF-8"', text2, "7bit"),
        leaf('text/html; charset="UTF-8"', html_from_text(text2), "quoted-printable"),
    ])
    c.put("02-nora-meet-link.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-pf1-f41.google.com (mail-pf1-f41.google.com. [209.85.210.41])", "mx.example.com",
                 sent2.astimezone(UTC) + timedelta(seconds=1), "rl12b"),
        ("From", addr(*nora)),
        ("Date", rfc(sent2)),
        ("Message-ID", "<CAN0ra-b252-MeetLink-Wed@mail.gmail.com>"),
        ("Subject", "Intro call Wednesday - Redwood Loop"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr(*ostap)),
    ], body2))
    return c.id, label(
        [iv("Redwood Loop", role, start, end, "scheduled", [nora[1]], [nora[1]], "hiring_manager")],
        "hard", "positive/forwarded-thread",
        "Referral friend forwards the hiring manager's e-mail (sent in PDT) booking Wed 4 Nov 8:30am PT; "
        "after the US DST end that is PST (-08:00) = 18:30 Kyiv EET. Nora then mails the link. "
        "The forwarding friend is not an interviewer.")


@case
def c13():
    c = Case(13, "calendly-booked-warsaw-recruiter-screen")
    magda = ("Magdalena Nowak", "magdalena.nowak@zubrsoftware.example")
    sent = T(KYIV, 2026, 10, 16, 21, 4, 52, wd="Fri", off=3)
    start = T(KYIV, 2026, 10, 22, 10, 0, wd="Thu", off=3)
    end = start + timedelta(minutes=30)
    assert start.astimezone(WARSAW).hour == 9
    event = "Zubr Software: Intro call - QA Automation Engineer"
    text = D(f"""
        Hi {OWNER_NAME},

        Your {event} with Magdalena Nowak at 10:00am (Eastern European Time) on Thursday, October 22, 2026
        is scheduled.

        Event Type:
        {event}

        Event Host:
        Magdalena Nowak

        Event Date/Time:
        10:00am - 10:30am (Eastern European Time); Thursday, October 22, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/zbr-mgnw-qas

        Invitee Time Zone:
        Eastern European Time

        Questions:
        Anything you'd like Magdalena to know before the call?
        Remote from Kyiv/Lviv, B2B contract is fine for me.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8b252e2a-zubr-4c1d-a77e-13f0cde91aa0
        Reschedule: https://calendly.com/reschedulings/8b252e2a-zubr-4c1d-a77e-13f0cde91aa0

        Powered by Calendly.com
        """)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:8b252e2a-zubr-4c1d-a77e-13f0cde91aa0@calendly.com",
               f"DTSTAMP:{utc(sent)}", f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}",
               f"SUMMARY:{event} ({magda[0]} and {OWNER_NAME})",
               "DESCRIPTION:" + esc("Event Name: " + event + "\n\nLocation: https://meet.google.com/zbr-mgnw-qas"
                                    "\n\nNeed to make changes to this event?\nCancel: https://calendly.com/"
                                    "cancellations/8b252e2a-zubr-4c1d-a77e-13f0cde91aa0"),
               "LOCATION:https://meet.google.com/zbr-mgnw-qas",
               f"ORGANIZER;CN={magda[0]}:mailto:{magda[1]}",
               attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "--calendly-b252-13-mixed", [
        multi("alternative", "--calendly-b252-13-alt", [
            leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            leaf("text/html; charset=UTF-8", html_from_text(text, "Helvetica,Arial,sans-serif"),
                 "quoted-printable"),
        ]).rstrip("\n"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', cal, "base64",
             disp='attachment; filename="invite.ics"'),
    ])
    c.put("01-calendly-confirmed-intro-call.eml", eml([
        ("Delivered-To", OWNER),
        received("o1.email.calendly.com (o1.email.calendly.com [192.0.2.201])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=3), "cy13"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr(*magda)),
        ("To", OWNER),
        ("Subject", f"Confirmed: {event} with Magdalena Nowak on Thursday, October 22, 2026"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", "<b252zubr13.calendly.invitee.confirmation@calendly.com>"),
    ], body))
    return c.id, label(
        [iv("Zubr Software", "QA Automation Engineer", start, end, "scheduled", [magda[1]], [magda[1]],
            "phone_screen")],
        "medium", "positive/scheduling-tool",
        "Calendly invitee confirmation (notifications@, Reply-To host) shows the owner's time zone "
        "'Eastern European Time' 10:00 (EEST, +03:00); the host is a Warsaw recruiter (09:00 CEST) who "
        "runs the intro call herself.")


# ==============================================================================================
# NEGATIVES (look-alikes)
# ==============================================================================================
@case
def c14():
    c = Case(14, "tcc-military-registration-appointment")
    nataliia = ("Наталія Поліщук", "nataliia.polishchuk@fortelsoft.example")
    sent = T(KYIV, 2026, 10, 14, 15, 36, 2, wd="Wed", off=3)
    start = T(KYIV, 2026, 10, 20, 9, 0, wd="Tue", off=3)
    end = start + timedelta(minutes=40)
    text = D("""
        Андрію, добрий день!

        Для продовження бронювання вам потрібно особисто зʼявитися до Шевченківського РТЦК та СП
        м. Львова для уточнення військово-облікових даних (ви зараз зареєстровані за місцем
        тимчасового проживання у Львові). Ми записали вас через електронну чергу:

        вівторок, 20 жовтня, 09:00, вікно №3

        Там буде коротка співбесіда з інспектором щодо місця роботи та посади. Візьміть, будь ласка:
        - паспорт і РНОКПП;
        - військово-обліковий документ (можна електронний з Резерв+);
        - довідку з місця роботи (додаю до листа, підписана директором).

        Запрошення в календар теж додаю, щоб не загубилося. Якщо не зможете, напишіть мені
        до пʼятниці, перезапишу.

        З повагою,
        Наталія Поліщук
        Військово-обліковий стіл / HR, Fortel Soft
        """)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}", f"DTSTAMP:{utc(sent)}",
               f"ORGANIZER;CN={nataliia[0]}:mailto:{nataliia[1]}",
               "UID:1tcc9b252fortel4q7uz0r@google.com",
               attendee(OWNER, OWNER, "NEEDS-ACTION", google=True),
               f"CREATED:{utc(sent)}",
               "DESCRIPTION:" + esc("Уточнення військово-облікових даних, співбесіда з інспектором. "
                                    "Паспорт, РНОКПП, ВОД/Резерв+, довідка з роботи."),
               f"LAST-MODIFIED:{utc(sent)}",
               "LOCATION:" + esc("Шевченківський РТЦК та СП, Львів"),
               "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + esc("ТЦК: уточнення даних (Ковальчук А.)"),
               "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "000000000000c0a1b2c30620b25214", [
        multi("alternative", "000000000000c0a1b2c10620b25214", [
            leaf('text/plain; charset="UTF-8"', text, "base64"),
            leaf('text/html; charset="UTF-8"', html_from_text(text), "quoted-printable"),
        ]).rstrip("\n"),
        leaf('application/pdf; name="dovidka_Kovalchuk.pdf"',
             "%PDF-1.4\n% placeholder: довідка з місця роботи (synthetic)\n%%EOF\n", "base64",
             disp='attachment; filename="dovidka_Kovalchuk.pdf"'),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal, "base64",
             disp='attachment; filename="invite.ics"'),
    ])
    c.put("01-hr-tcc-appointment.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-wm1-f49.google.com (mail-wm1-f49.google.com. [209.85.128.49])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=1), "ft14"),
        ("From", addr(*nataliia)),
        ("Date", rfc(sent)),
        ("Message-ID", "<CAFort3l-tcc-b252-Polishchuk@mail.gmail.com>"),
        ("Subject", hdr("Запис до ТЦК для оновлення даних (бронювання) — 20.10 о 09:00")),
        ("To", addr(OWNER_UK, OWNER)),
    ], body))
    return c.id, label([], "hard", "negative/government-appointment",
                       "Employer's HR books a military-registration (TCC) visit with a 'співбесіда з інспектором' "
                       "and a calendar invite. Not a job interview.")


@case
def c15():
    c = Case(15, "bank-diia-document-visit")
    sent = T(KYIV, 2026, 10, 19, 18, 12, 40, wd="Mon", off=3)
    start = T(KYIV, 2026, 10, 22, 11, 30, wd="Thu", off=3)
    end = start + timedelta(minutes=30)
    text = D("""
        Шановний Андрію!

        Ваш візит до відділення Зоря Банку підтверджено.

        Послуга: актуалізація даних клієнта (оновлення паспорта через Дія, верифікація ФОП)
        Дата і час: четвер, 22 жовтня 2026, 11:30
        Відділення: Львів, вул. Городоцька, 18 (відділення №412)
        Номер у черзі: Л-047

        Під час візиту менеджер проведе коротку співбесіду для анкети фінансового моніторингу
        (джерела доходу, основні контрагенти ФОП). Будь ласка, майте з собою:
        - смартфон з застосунком Дія (для поширення цифрового паспорта);
        - витяг з ЄДР або номер запису ФОП;
        - податкову декларацію за останній період.

        Додати візит у календар: файл visit.ics у вкладенні.

        Скасувати або перенести візит можна в застосунку «Зоря Онлайн» або за номером 0 800 000 412.

        Це автоматичне повідомлення, відповідати на нього не потрібно.
        Зоря Банк
        """)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zoria Bank//Branch Booking 3.2//UK",
               "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:visit-L047-20261022-412@zoriabank.example",
               f"DTSTAMP:{utc(sent)}", f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}",
               "SUMMARY:" + esc("Зоря Банк: візит до відділення №412 (актуалізація даних)"),
               "LOCATION:" + esc("Львів, вул. Городоцька, 18"),
               "DESCRIPTION:" + esc("Оновлення паспорта через Дія, анкета фінмоніторингу. Черга Л-047."),
               "ORGANIZER;CN=Zoria Bank:mailto:no-reply@zoriabank.example",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "=_zoria_b252_15_mixed", [
        multi("alternative", "=_zoria_b252_15_alt", [
            leaf("text/plain; charset=utf-8", text, "base64"),
            leaf("text/html; charset=utf-8", html_from_text(text, "Tahoma,Arial,sans-serif"), "base64"),
        ]).rstrip("\n"),
        leaf('text/calendar; charset=utf-8; name="visit.ics"', cal, "base64",
             disp='attachment; filename="visit.ics"'),
    ])
    c.put("01-zoria-bank-visit-confirmed.eml", eml([
        ("Delivered-To", OWNER),
        received("mx-out2.zoriabank.example (mx-out2.zoriabank.example [203.0.113.12])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=5), "zb15"),
        ("From", addr("Зоря Банк", "no-reply@zoriabank.example")),
        ("To", OWNER),
        ("Subject", hdr("Візит до відділення підтверджено: 22 жовтня, 11:30")),
        ("Date", rfc(sent)),
        ("Message-ID", "<visit.L047.20261022.b252@notify.zoriabank.example>"),
    ], body))
    return c.id, label([], "medium", "negative/bank-appointment",
                       "Bank branch visit to update documents via Diia, with a 'співбесіда' for the "
                       "financial-monitoring questionnaire and an .ics. Not a job interview.")


@case
def c16():
    c = Case(16, "meetup-speaker-slot-invite")
    roman = ("Роман Гуменюк", "roman.humeniuk@lvivqaclub.example")
    sent = T(KYIV, 2026, 10, 12, 13, 27, 0, wd="Mon", off=3)
    start = T(KYIV, 2026, 10, 29, 19, 0, wd="Thu", off=2)
    end = start + 2 * H
    desc = D("""
        Андрію, дякуємо, що погодився виступити на Lviv QA Club #23!

        Таймінг:
        19:00 відкриття, нетворкінг
        19:15-19:55 твоя доповідь «Flaky-тести у Playwright: ловимо, лікуємо, не повертаємось»
        19:55-20:10 Q&A
        Після Q&A запишемо коротке інтервʼю з тобою (10 хв) для нашого YouTube-каналу.

        Також цього разу буде hiring corner: рекрутери партнерів приймають резюме на місці.

        Локація: коворкінг «Цех», Львів + трансляція. Якщо буде тривога, переходимо в укриття коворкінгу
        й продовжуємо онлайн.
        """)
    guests = [(roman[0], roman[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    c.put("01-invitation-speaker-slot.eml", google_invite(
        summary="Lviv QA Club #23 — доповідь: Андрій Ковальчук (Playwright)", start=start, end=end,
        organizer=roman, guests=guests, description=desc, meet="lqa-club-tlk", uid_local="7lqaclub23b252spk",
        seq=0, sent=sent, msgid="<calendar-0d4e1c77-b252-4f16-lvivqa-23speaker@google.com>"))
    return c.id, label([], "medium", "negative/meetup-talk",
                       "Google invite for the owner's own meetup talk (plus a short YouTube 'інтервʼю' and a "
                       "hiring corner). The owner is a speaker, not a candidate.")


@case
def c17():
    c = Case(17, "journalist-interview-it-during-war")
    kateryna = ("Катерина Мельник", "kateryna.melnyk@hromadamedia.example")
    sent1 = T(KYIV, 2026, 10, 12, 11, 8, 45, wd="Mon", off=3)
    start = T(KYIV, 2026, 10, 15, 17, 0, wd="Thu", off=3)
    end = start + timedelta(minutes=40)
    text1 = D("""
        Андрію, добрий день!

        Мене звати Катерина, я журналістка Hromada Media. Готую матеріал про те, як українські айтівці
        працюють під час війни: відключення, тривоги, релокація в межах країни, робота з іноземними
        клієнтами. Ваш пост на DOU про те, як ви ганяєте автотести на павербанку, дуже влучний.

        Чи могли б ми поговорити в четвер о 17:00? Інтервʼю приблизно на 40 хвилин у Google Meet,
        текст погоджу з вами перед публікацією. Можемо й анонімно, якщо так комфортніше.

        Дякую!
        Катерина Мельник
        Hromada Media, відділ економіки
        """)
    mid1 = "<CAHr0mada-b252-kateryna-req@mail.gmail.com>"
    body1 = multi("alternative", "000000000000a1e3f50620b25217", [
        leaf('text/plain; charset="UTF-8"', text1, "base64"),
        leaf('text/html; charset="UTF-8"', html_from_text(text1), "quoted-printable"),
    ])
    c.put("01-journalist-request.eml", eml([
        ("Delivered-To", OWNER),
        received("mail-ed1-f43.google.com (mail-ed1-f43.google.com. [209.85.208.43])", "mx.example.com",
                 sent1.astimezone(UTC) + timedelta(seconds=1), "hm17a"),
        ("From", addr(*kateryna)),
        ("Date", rfc(sent1)),
        ("Message-ID", mid1),
        ("Subject", hdr("Інтервʼю для статті про IT під час війни")),
        ("To", addr(OWNER_UK, OWNER)),
    ], body1))
    sent2 = T(KYIV, 2026, 10, 12, 15, 40, 2, wd="Mon")
    guests = [(kateryna[0], kateryna[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    c.put("02-invitation-press-interview.eml", google_invite(
        summary="Інтервʼю для Hromada Media: IT під час війни (Андрій Ковальчук)", start=start, end=end,
        organizer=kateryna, guests=guests,
        description="Дякую, що погодились! Розмова для статті, запис лише для розшифровки.\nКатерина",
        meet="hrm-intv-wqk", uid_local="2hromada17b252press", seq=0, sent=sent2,
        msgid="<calendar-6a2f90b1-b252-4c3e-hromada-press17@google.com>"))
    return c.id, label([], "hard", "negative/press-interview",
                       "Journalist's 'інтервʼю' for an article (Thu 15 Oct 17:00) with a Google invite. "
                       "Press interviews are not job interviews.")


@case
def c18():
    c = Case(18, "owner-interviews-junior-qa")
    alina = ("Аліна Бойко", "alina.boiko@fortelsoft.example")
    taras = ("Taras Melnyk", "taras.melnyk.qa@mailbox.example")
    sent = T(KYIV, 2026, 10, 16, 12, 44, 10, wd="Fri", off=3)
    start = T(KYIV, 2026, 10, 21, 14, 0, wd="Wed", off=3)
    end = start + H
    desc = D("""
        Андрію, дякую, що погодився провести технічну частину!

        Кандидат: Тарас Мельник, Junior QA Engineer (manual + трохи Postman, курси QA, 6 міс. стажування).
        Ти інтервʼюер: 40 хв теорія + практичне завдання на баг-репорт, 10 хв на його питання.
        Scorecard заповни, будь ласка, в ATS до кінця дня: https://fortelsoft.example/ats/scorecards/88412

        Дублюю запрошення на особисту пошту, бо корпоративна в тебе без VPN під час відключень не відкривається.
        """)
    guests = [(alina[0], alina[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"), (taras[0], taras[1], "ACCEPTED")]
    c.put("01-invitation-you-interview-junior.eml", google_invite(
        summary="Interview: Taras Melnyk — Junior QA Engineer (interviewer: Andrii Kovalchuk)", start=start,
        end=end, organizer=alina, guests=guests, description=desc, meet="ftl-jrqa-int",
        uid_local="4fortel18b252junior", seq=0, sent=sent,
        msgid="<calendar-b83c1e5a-b252-4a07-fortel-junior18@google.com>"))
    return c.id, label([], "hard", "negative/user-is-interviewer",
                       "Current employer's recruiter invites the owner to interview a Junior QA candidate; "
                       "the owner is the interviewer, not the candidate.")


@case
def c19():
    c = Case(19, "language-school-placement-test")
    sent = T(KYIV, 2026, 10, 20, 19, 2, 18, wd="Tue", off=3)
    start = T(KYIV, 2026, 10, 24, 10, 0, wd="Sat", off=3)
    end = start + timedelta(minutes=45)
    text = D("""
        Вітаємо, Андрію!

        Дякуємо за заявку на курс English for IT: Interviews & Meetings (Upper-Intermediate).
        Ви записані на визначення рівня:

        субота, 24 жовтня, 10:00-10:45 (Київ)
        1) письмовий онлайн-тест, 30 хв (посилання прийде за годину до початку);
        2) speaking interview з викладачем, 15 хв у Zoom.

        За результатами співбесіди ми підберемо групу. Курс стартує 2 листопада, оплата після визначення рівня.

        До зустрічі!
        Команда LingvaHub Lviv
        """)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LingvaHub//CRM//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:placement-20261024-1000-b252@lingvahub.example",
               f"DTSTAMP:{utc(sent)}"] + [f"DTSTART;TZID=Europe/Kyiv:{loc(start)}",
               f"DTEND;TZID=Europe/Kyiv:{loc(end)}",
               "SUMMARY:LingvaHub: placement test + speaking interview",
               "DESCRIPTION:" + esc("Written test 30 min + speaking interview 15 min (Zoom)."),
               "LOCATION:Zoom", "END:VEVENT"] + vtz("Europe/Kyiv") + ["END:VCALENDAR"])
    body = multi("mixed", "b252_lingvahub_19_mixed", [
        leaf("text/html; charset=utf-8", html_from_text(text, "Verdana,sans-serif"), "quoted-printable"),
        leaf('text/calendar; charset=utf-8; name="placement-test.ics"', cal, "base64",
             disp='attachment; filename="placement-test.ics"'),
    ])
    c.put("01-lingvahub-placement-test.eml", eml([
        ("Delivered-To", OWNER),
        received("smtp.sendpulse.example (smtp.sendpulse.example [198.51.100.200])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=6), "lh19"),
        ("From", addr("LingvaHub Lviv", "hello@lingvahub.example")),
        ("To", OWNER),
        ("Subject", hdr("Запис на визначення рівня: тест + speaking interview, 24.10 о 10:00")),
        ("Date", rfc(sent)),
        ("Message-ID", "<b252.placement.20261024@lingvahub.example>"),
    ], body))
    return c.id, label([], "medium", "negative/placement-test",
                       "Language-school placement test with a 'speaking interview' (HTML-only mail + .ics). "
                       "Non-job interview.")


@case
def c20():
    c = Case(20, "lever-take-home-deadline")
    agnieszka = ("Agnieszka Lis", "agnieszka.lis@kompasdata.example")
    sent = T(WARSAW, 2026, 10, 22, 9, 31, 27, wd="Thu", off=2)
    deadline = T(WARSAW, 2026, 10, 26, 23, 59, wd="Mon", off=1)
    text = D("""
        Hi Andrii,

        Thank you for applying for the QA Automation Engineer (Data Platform) role at Kompas Data and for
        answering our screening questions.

        The next step in our process is a take-home assignment: a small test suite for a REST API that
        exposes shipment data (specification and Docker image in the repository below).

        Repository: https://git.kompasdata.example/hiring/qa-take-home
        Expected effort: 3-4 hours
        Deadline: Monday, October 26, 2026, 23:59 CET (Warsaw). Note that we switch to winter time on
        Sunday, so that is 00:59 on Tuesday in Kyiv.

        Once we have reviewed your solution, we will invite you to a 60-minute technical interview where
        you walk us through it. We will reach out to schedule that separately.

        If you have questions, reply to this email and Agnieszka will help.

        Best regards,
        Kompas Data Recruiting

        --
        Sent via Lever
        """)
    body = multi("alternative", "lever-alt-0e4d8b17b25220", [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", html_from_text(text, "Helvetica,Arial,sans-serif"), "quoted-printable"),
    ])
    c.put("01-lever-take-home-assignment.eml", eml([
        ("Delivered-To", OWNER),
        received("o7.sg.hire.lever.co (o7.sg.hire.lever.co [198.51.100.71])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=4), "lv20kmp"),
        ("Return-Path", "<bounces+2204@em.hire.lever.co>"),
        ("From", "Kompas Data <no-reply@hire.lever.co>"),
        ("Reply-To", addr(*agnieszka)),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Kompas Data - take-home assignment (QA Automation Engineer, Data Platform)"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", "<0101019a0b25220f-lever-kompas-takehome@email.hire.lever.co>"),
    ], body))
    assert deadline.astimezone(KYIV).strftime("%a %H:%M") == "Tue 00:59"
    return c.id, label([], "hard", "negative/take-home",
                       "Take-home assignment with a deadline (Mon 26 Oct 23:59 CET); the follow-up technical "
                       "interview is only promised, not booked.")


@case
def c21():
    c = Case(21, "djinni-russian-availability-request")
    sent = T(KYIV, 2026, 10, 13, 16, 55, 3, wd="Tue", off=3)
    text = D("""
        Андрію, вітаємо!

        Дарья Коваленко (Kashtan Games) надіслала вам повідомлення щодо вакансії «Senior QA Automation (Playwright/TS)»:

        ————————————————
        Андрей, привет!

        Увидела ваш профиль на Djinni, у нас открыта позиция Senior QA Automation (Playwright/TS)
        в геймдев-проекте, полностью удаленно. Если интересно, давайте созвонимся на 20–30 минут,
        расскажу о проекте и процессе собеседований.

        Когда вам удобно на этой неделе? Можно выбрать слот здесь: https://calendly.com/kashtan-daria/intro-30
        или напишите пару вариантов в ответ, например четверг после 15:00 по Киеву.

        Дарья
        ————————————————

        Відповісти: https://djinni.co/my/inbox/5023391/

        Ви отримали цей лист, бо маєте профіль кандидата на Djinni.
        Налаштування сповіщень: https://djinni.co/my/account/notifications/
        """)
    body = multi("alternative", "djn-b252-21-8e1c0d", [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_from_text(text), "quoted-printable"),
    ])
    c.put("01-djinni-message-kashtan.eml", eml([
        ("Delivered-To", OWNER),
        received("mail.djinni.co (mail.djinni.co [203.0.113.25])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=3), "djn5023391a"),
        ("Return-Path", "<bounces+5023391@mail.djinni.co>"),
        ("From", "Djinni <noreply@djinni.co>"),
        ("To", addr(OWNER_UK, OWNER)),
        ("Subject", hdr("Нове повідомлення від Дарья Коваленко (Kashtan Games)")),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", "<20261013135503.5023391.inbox@djinni.co>"),
        ("List-Unsubscribe", "<https://djinni.co/my/account/notifications/>"),
    ], body))
    return c.id, label([], "medium", "negative/availability-request",
                       "Russian-speaking recruiter via Djinni asks when it suits and offers an unbooked Calendly "
                       "link ('например четверг после 15:00'); nothing is scheduled.")


@case
def c22():
    c = Case(22, "teamtailor-rejection-after-interview")
    maarja = ("Maarja Rebane", "maarja.rebane@vesienergy.example")
    sent = T(TALLINN, 2026, 10, 23, 14, 2, 51, wd="Fri", off=3)
    past = T(TALLINN, 2026, 10, 12, 0, 0, wd="Mon")
    text = D("""
        Hi Andrii,

        Thank you for taking the time to interview with Karl and Anu on Monday, 12 October, for the
        Test Automation Engineer (IoT) position. We really enjoyed the conversation about your
        hardware-in-the-loop experiments.

        After careful consideration we have decided to move forward with another candidate whose
        experience with embedded firmware testing is a closer match for what the team needs right now.

        We'd be glad to keep you in our talent pool and reach out when a similar role opens. You can
        manage your data anytime here: https://careers.vesienergy.example/connect

        Best of luck with your search, and stay safe.

        Maarja Rebane
        Talent Acquisition, Vesi Energy

        Powered by Teamtailor
        """)
    body = multi("alternative", "--==_mimepart_7a2b3c4d5e6f_b252_22", [
        leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
        leaf("text/html; charset=UTF-8", html_from_text(text, "Helvetica,Arial,sans-serif"), "quoted-printable"),
    ])
    c.put("01-teamtailor-application-update.eml", eml([
        ("Delivered-To", OWNER),
        received("mail.teamtailor.com (mail.teamtailor.com [192.0.2.144])", "mx.example.com",
                 sent.astimezone(UTC) + timedelta(seconds=2), "tt22vesi"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("From", "Vesi Energy <no-reply@teamtailor.com>"),
        ("Reply-To", addr(*maarja)),
        ("To", OWNER),
        ("Message-ID", "<7a2b3c4d5e6f_b252_22.mail@teamtailor.com>"),
        ("Subject", "Update on your application - Test Automation Engineer (IoT) at Vesi Energy"),
    ], body))
    return c.id, label([], "medium", "negative/rejection",
                       "Teamtailor rejection that mentions a past interview (Mon 12 Oct, no time). "
                       "Rejections are not interviews.")


# ==============================================================================================
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX + "-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for fn in CASES:
        cid, lab = fn()
        assert cid not in labels
        labels[cid] = lab
    nums = [int(k.split("-")[1]) for k in labels]
    assert nums == list(range(1, len(nums) + 1)), nums
    out = "# Labels for blind252 (written blind). Schema: /work/shared/eval/README.md\n"
    out += yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as f:
        f.write(out)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
