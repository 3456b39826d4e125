#!/usr/bin/env python3
"""Generate the blind294 evaluation set: a Tashkent data analyst's job search (written blind).

Deletes and rewrites every b294-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind294/tashkent/dilnoza/2026"
OWNER = "dilnoza.rashidova@example.com"
OWNER_NAME = "Dilnoza Rashidova"
OWNER_RU = "Дилноза Рашидова"

TASH = ZoneInfo("Asia/Tashkent")
SKD = ZoneInfo("Asia/Samarkand")
MSK = ZoneInfo("Europe/Moscow")
DXB = ZoneInfo("Asia/Dubai")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc
WINTZ = {"West Asia Standard Time": TASH, "Russian Standard Time": MSK, "Arabian Standard Time": DXB}
WINLABEL = {
    ("West Asia Standard Time", "ru"): "(UTC+05:00) Ашхабад, Ташкент",
    ("West Asia Standard Time", "en"): "(UTC+05:00) Ashgabat, Tashkent",
    ("Russian Standard Time", "ru"): "(UTC+03:00) Москва, Санкт-Петербург",
}


def H(*parts):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()


# ---------------------------------------------------------------- dates and offsets
def D(y, mo, d, hh=0, mi=0, tz=TASH, wd=None, ss=0):
    """Aware datetime; wd asserts the weekday named in the case text."""
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%A") == wd, f"{x.date()} is a {x.strftime('%A')}, not {wd}"
    return x


def check_offsets():
    hrs = lambda h: timedelta(hours=h)
    # Uzbekistan (Tashkent, Samarkand): UTC+5 all year, no DST
    for m, d in [(3, 28), (3, 30), (10, 24), (10, 26), (11, 2), (11, 30)]:
        assert D(2026, m, d, 12, tz=TASH).utcoffset() == hrs(5)
        assert D(2026, m, d, 12, tz=SKD).utcoffset() == hrs(5)
        assert D(2026, m, d, 12, tz=MSK).utcoffset() == hrs(3)   # Moscow: UTC+3, no DST
        assert D(2026, m, d, 12, tz=DXB).utcoffset() == hrs(4)   # Dubai: UTC+4, no DST
    # EU/UK 2026: summer time Mar 29 -> Oct 25
    assert D(2026, 3, 28, 12, tz=LON).utcoffset() == hrs(0)
    assert D(2026, 3, 29, 12, tz=LON).utcoffset() == hrs(1)
    assert D(2026, 10, 24, 12, tz=LON).utcoffset() == hrs(1)
    assert D(2026, 10, 25, 12, tz=LON).utcoffset() == hrs(0)
    assert D(2026, 11, 5, 10, tz=LON).utcoffset() == hrs(0)
    assert D(2026, 10, 24, 12, tz=ZoneInfo("Europe/Berlin")).utcoffset() == hrs(2)
    assert D(2026, 10, 26, 12, tz=ZoneInfo("Europe/Berlin")).utcoffset() == hrs(1)
    # US 2026: Mar 8 -> Nov 1
    ny = ZoneInfo("America/New_York")
    assert D(2026, 3, 7, 12, tz=ny).utcoffset() == hrs(-5)
    assert D(2026, 3, 9, 12, tz=ny).utcoffset() == hrs(-4)
    assert D(2026, 10, 31, 12, tz=ny).utcoffset() == hrs(-4)
    assert D(2026, 11, 2, 12, tz=ny).utcoffset() == hrs(-5)
    # the Uzbek weekday the brief quotes: "12-noyabr, payshanba"
    assert D(2026, 11, 12).weekday() == 3
    # Tashkent-London gap: 4 h before Oct 25, 5 h after
    assert D(2026, 10, 22, 10, tz=LON).astimezone(TASH).hour == 14
    assert D(2026, 11, 5, 10, tz=LON).astimezone(TASH).hour == 15


def utcstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def gtime(x):
    h = x.hour % 12 or 12
    return f"{h}" + (f":{x.minute:02d}" if x.minute else "") + ("am" if x.hour < 12 else "pm")


def en_ampm(x):
    h = x.hour % 12 or 12
    return f"{h}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
RU_WD = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]


# ---------------------------------------------------------------- MIME helpers
def A(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def AL(*pairs):
    return ", ".join(A(n, e) for n, e in pairs)


def enc_hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def leaf(ctype, text, cte="quoted-printable", charset="UTF-8", params="", disp=None):
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = raw.decode("utf-8")
    ct = ctype + (f'; charset="{charset}"' if charset else "") + params
    hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        hdrs.append(disp)
    return (hdrs, body)


def boundary(seed, style):
    x = H("boundary", seed)
    if style == "google":
        return "000000000000" + x[:16]
    if style == "outlook":
        return "_000_" + x[:20].upper() + "prodoutlookcom_"
    return f"----=_Part_{int(x[:6], 16)}_{int(x[6:14], 16)}.{int(x[14:24], 16)}"


def multi(sub, parts, seed, style="java"):
    b = boundary(seed, style)
    out = []
    for hd, body in parts:
        out.append(f"--{b}")
        out += hd
        out.append("")
        out.append(body.rstrip("\n"))
    out.append(f"--{b}--")
    return ([f'Content-Type: multipart/{sub}; boundary="{b}"'], "\n".join(out) + "\n")


def msgid(seed, domain, style="plain"):
    x = H("mid", seed)
    if style == "google-cal":
        return f"<calendar-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@google.com>"
    if style == "outlook":
        return f"<{x[:40].upper()}@{domain}>"
    if style == "gmail":
        return f"<CAF{base64.b64encode(bytes.fromhex(x[:36])).decode().replace('/', '_')}@mail.gmail.com>"
    return f"<{x[:12]}.{x[12:24]}@{domain}>"


def email_bytes(headers, part, seed, date, relay_host):
    ip = int(H("ip", seed)[:2], 16) % 250 + 2
    rcv = (f"Received: from {relay_host} ({relay_host} [203.0.113.{ip}])\n"
           f"        by mx.example.com with ESMTPS id {H('rcv', seed)[:16]}\n"
           f"        for <{OWNER}>\n"
           f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
           f"        {format_datetime((date + timedelta(seconds=4)).astimezone(UTC))}")
    lines = [f"Delivered-To: {OWNER}", rcv]
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {enc_hdr(v) if k in ('Subject', 'Thread-Topic') else v}")
    lines.append("MIME-Version: 1.0")
    lines += part[0]
    lines.append("")
    lines.append(part[1])
    data = "\n".join(lines).replace("\r\n", "\n").replace("\n", "\r\n")
    if not data.endswith("\r\n"):
        data += "\r\n"
    return data.encode("utf-8")


def mail(seed, *, frm, to, subject, date, part, cc=None, reply_to=None, irt=None, refs=None,
         mid=None, extra=(), sender=None, relay=None, mid_style="plain", return_path=None):
    """A human or system e-mail. Returns (bytes, message-id)."""
    addr = frm.rsplit("<", 1)[-1].rstrip(">")
    domain = addr.split("@")[1]
    mid = mid or msgid(seed, "mail." + domain if mid_style == "plain" else domain, mid_style)
    headers = [("Return-Path", f"<{return_path or addr}>"), ("From", frm), ("Sender", sender),
               ("To", to), ("Cc", cc), ("Reply-To", reply_to), ("Subject", subject),
               ("Date", format_datetime(date)), ("Message-ID", mid), ("In-Reply-To", irt),
               ("References", refs)] + list(extra)
    return email_bytes(headers, part, seed, date, relay or f"mail.{domain}"), mid


def quote(text, who, when):
    return f"\n\n{when}, {who}:\n" + "\n".join("> " + ln if ln else ">" for ln in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def vtz(tzid, off, name=None, outlook=False):
    if outlook:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD", "BEGIN:DAYLIGHT",
                "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", "BEGIN:STANDARD",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", f"TZNAME:{name}", "DTSTART:19700101T000000",
            "END:STANDARD", "END:VTIMEZONE"]


def ical_dt(prop, x, tzid=None):
    if tzid is None:
        return f"{prop}:{utcstamp(x)}"
    z = WINTZ.get(tzid) or ZoneInfo(tzid)
    loc = x.astimezone(z)
    return f"{prop};TZID={tzid}:{loc.strftime('%Y%m%dT%H%M%S')}"


def calendar(method, prodid, events, tzs=(), extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if "Microsoft" not in prodid:
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra)
    for t in tzs:
        lines += t
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def att_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", style="google"):
    if style == "outlook":
        return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN="{name}":mailto:{email}'
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f'CN="{name}";X-NUM-GUESTS=0:mailto:{email}')


def g_event(uid, start, end, summary, organizer, attendees, *, stamp, seq=0, desc="", location="",
            status="CONFIRMED", tzid=None, created=None, extra=()):
    ev = ["BEGIN:VEVENT", ical_dt("DTSTART", start, tzid), ical_dt("DTEND", end, tzid),
          f"DTSTAMP:{utcstamp(stamp)}", f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}', f"UID:{uid}"]
    for a in attendees:
        ev.append(att_line(*a))
    ev += list(extra)
    ev += [f"CREATED:{utcstamp(created or stamp)}", f"DESCRIPTION:{esc(desc)}",
           f"LAST-MODIFIED:{utcstamp(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
           f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
           "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
           "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT"]
    return ev


def ms_uid(seed):
    x = H("msuid", seed).upper()
    return "040000008200E00074C5B7101A82E00800000000" + x[:16] + "00000000000000001000000" + x[16:48]


def ms_event(uid, start, end, summary, organizer, attendees, *, stamp, wtz, seq=0, desc="", location="",
             lang="ru-RU", cancel=False, teams_url=None):
    ev = ["BEGIN:VEVENT", f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}']
    for a in attendees:
        ev.append(att_line(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION",
                           a[3] if len(a) > 3 else "REQ-PARTICIPANT", "outlook"))
    ev += [f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}", f"UID:{uid}",
           f"SUMMARY;LANGUAGE={lang}:{esc(summary)}", ical_dt("DTSTART", start, wtz), ical_dt("DTEND", end, wtz),
           "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{utcstamp(stamp)}", "TRANSP:OPAQUE",
           f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE={lang}:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(H('appt', uid)[:7], 16)}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
           f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
           "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        ev += [f"X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{H('sip', uid)[:10]}@teams.microsoft.com",
               f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}"]
    ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if not cancel:
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    ev.append("END:VEVENT")
    return ev


def html_of(text):
    paras = text.strip("\n").split("\n\n")
    esc_ = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join("<p>" + esc_(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n' + body + "</div></body></html>\n")


# ---------------------------------------------------------------- composite invites
def google_invite(seed, *, organizer, guests, title, start, end, uid, seq, desc, sent, meet=None,
                  location="", tzlabel="Uzbekistan Standard Time - Tashkent", updated=None, created=None):
    """Google Calendar invitation e-mail. guests: [(name, email, partstat)], organizer first."""
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    when = f"{start.strftime('%A %b')} {start.day}, {start.year} ⋅ {gtime(start)} – {gtime(end)}"
    head = f"This event has been updated\nChanged: {updated}\n\n" if updated else ""
    glines = [f"{organizer[0]} - organizer"] + [n if n else e for n, e, _ in guests[1:]]
    txt = head + f"{title}\n{when}\n{tzlabel}\n\n"
    if location:
        txt += f"Location\n{location}\n\n"
    if meet:
        txt += f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
    txt += "Guests\n" + "\n".join(glines) + f"\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
    txt += desc.strip("\n") + "\n\n"
    txt += (f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n"
            "Your attendance is optional.\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event. To stop receiving future updates "
            "for this event, decline this event.\n\nForwarding this invitation could allow any recipient to send a "
            "response to the organizer, be added to the guest list, invite others regardless of their own invitation "
            "status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    html = html_of(txt)
    atts = [(n or e, e, p) for n, e, p in guests]
    extra = []
    if meet:
        extra.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    ics = calendar("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN",
                   [g_event(uid, start, end, title, organizer, atts, stamp=sent, seq=seq, location=location,
                            desc=desc.strip("\n") + (f"\n\nJoin with Google Meet: https://meet.google.com/{meet}" if meet else ""),
                            created=created, extra=extra)])
    alt = multi("alternative", [
        leaf("text/plain", txt, "quoted-printable", params="; format=flowed; delsp=yes"),
        leaf("text/html", html, "quoted-printable"),
        leaf("text/calendar", ics, "7bit" if ics.isascii() else "8bit", params="; method=REQUEST"),
    ], seed + "/alt", "google")
    part = multi("mixed", [alt, leaf("application/ics", ics, "base64", charset=None, params='; name="invite.ics"',
                                      disp='Content-Disposition: attachment; filename="invite.ics"')], seed + "/mix", "google")
    prefix = "Updated invitation" if updated else "Invitation"
    subj = (f"{prefix}: {title} @ {start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} "
            f"(GMT+5) ({OWNER})")
    return mail(seed, frm=A(organizer[0], organizer[1]), to=OWNER, subject=subj, date=sent, part=part,
                reply_to=A(organizer[0], organizer[1]), sender="Google Calendar <calendar-notification@google.com>",
                mid_style="google-cal", relay="mail-sor-f69.google.com",
                return_path=f"3{H('rp', seed)[:10]}-calendar-notification@google.com")[0]


def ms_invite(seed, *, organizer, required, subject, start, end, wtz, uid, seq, body, location, sent,
              lang="ru", cancel=False, teams=True, cc=(), to_hdr=None, extra_hdrs=(), host="PA4PR03MB7005.eurprd03.prod.outlook.com"):
    """Exchange/Outlook invitation (multipart/alternative with text/calendar)."""
    ls, le = start.astimezone(WINTZ[wtz]), end.astimezone(WINTZ[wtz])
    label = WINLABEL[(wtz, lang)]
    if lang == "ru":
        when = f"Когда: {RU_WD[ls.weekday()]}, {ls.day} {RU_MON[ls.month - 1]} {ls.year} г. {ls:%H:%M}-{le:%H:%M} {label}."
        where = f"Где: {location}"
        tblock = ("________________________________________________________________________________\n"
                  "Совещание в Microsoft Teams\nПрисоединяйтесь на компьютере, в мобильном приложении или на устройстве комнаты\n"
                  "Щелкните здесь, чтобы присоединиться к собранию<{url}>\nИдентификатор собрания: {mid}\nСекретный код: {pc}\n"
                  "Параметры собрания<https://teams.microsoft.com/meetingOptions/>\n"
                  "________________________________________________________________________________")
    else:
        when = f"When: {ls.strftime('%A, %B')} {ls.day}, {ls.year} {en_ampm(ls)}-{en_ampm(le)} {label}."
        where = f"Where: {location}"
        tblock = ("________________________________________________________________________________\n"
                  "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                  "Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
                  "Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                  "________________________________________________________________________________")
    x = H("teams", uid)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{base64.b64encode(bytes.fromhex(x[:36])).decode().replace('/', 'x').replace('+', 'Q')}"
           f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{x[36:44]}-{x[44:48]}-{x[48:52]}-{x[52:56]}-{x[56:64]}%22%7d")
    mid_num = f"{int(x[:10], 16) % 10**12:012d}"
    tb = tblock.format(url=url, mid=" ".join([mid_num[0:3], mid_num[3:6], mid_num[6:9], mid_num[9:12]]), pc=x[10:16].upper()) if teams and not cancel else ""
    desc = f"{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n" + ("\n" + tb + "\n" if tb else "")
    cal = calendar("CANCEL" if cancel else "REQUEST", "Microsoft Exchange Server 2010",
                   [ms_event(uid, start, end, subject, organizer, required, stamp=sent, wtz=wtz, seq=seq, desc=desc,
                             location=location, lang="ru-RU" if lang == "ru" else "en-US", cancel=cancel,
                             teams_url=url if teams and not cancel else None)],
                   tzs=[vtz(wtz, "+0500" if WINTZ[wtz] is TASH else "+0300", outlook=True)])
    part = multi("alternative", [
        leaf("text/plain", desc, "quoted-printable", charset="utf-8"),
        leaf("text/html", html_of(desc), "quoted-printable", charset="utf-8"),
        leaf("text/calendar", cal, "base64", charset="utf-8", params=f"; method={'CANCEL' if cancel else 'REQUEST'}"),
    ], seed, "outlook")
    to = to_hdr or AL(*[(a[0], a[1]) for a in required if len(a) < 4 or a[3] == "REQ-PARTICIPANT"])
    thread_index = base64.b64encode(bytes.fromhex(H("ti", uid)[:44])).decode()
    extra = [("Thread-Topic", subject.split(": ", 1)[-1] if cancel else subject), ("Thread-Index", thread_index),
             ("Accept-Language", "ru-RU, en-US" if lang == "ru" else "en-US"),
             ("Content-Language", "ru-RU" if lang == "ru" else "en-US"), ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + H("ser", uid)[:20])] + list(extra_hdrs)
    data, _ = mail(seed, frm=A(organizer[0], organizer[1]), to=to, cc=AL(*cc) if cc else None, subject=subject,
                   date=sent, part=part, mid=msgid(seed, host, "outlook"), extra=extra,
                   relay="EUR03-AM7-obe.outbound.protection.outlook.com")
    return data


# ---------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(), "end": end.isoformat() if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================ people
OQ = "oqsaroybank.example"
MALIKA = ("Malika Yusupova", f"m.yusupova@{OQ}")
TIMUR = ("Timur Alimov", f"t.alimov@{OQ}")
SARDOR = ("Sardor Nazarov", f"s.nazarov@{OQ}")
GULNORA = ("Gulnora Ismoilova", f"g.ismoilova@{OQ}")
JAMSHID = ("Jamshid Rahmonov", f"j.rahmonov@{OQ}")
FARRUX = ("Farrux Umarov", f"f.umarov@{OQ}")
SB = "sarbontelecom.example"
AZIZA = ("Aziza Karimova", f"a.karimova@{SB}")
BEKZOD = ("Bekzod Tursunov", f"b.tursunov@{SB}")
RG = "registontravel.example"
SHAHNOZA = ("Shahnoza Ergasheva", f"shahnoza.ergasheva@{RG}")
ULUGBEK = ("Ulug'bek Hasanov", f"u.hasanov@{RG}")
YA = "yulduz-ai.example"
KAMOLA = ("Kamola Rahimova", f"kamola@{YA}")
OTABEK = ("Otabek Qodirov", f"otabek@{YA}")
NIGORA = ("Nigora Saidova", f"nigora@{YA}")
AZIZ = ("Aziz Mahmudov", f"aziz@{YA}")
CB = "chinorbank.example"
ELENA = ("Елена Ким", f"e.kim@{CB}")
RUSTAM = ("Рустам Холматов", f"r.xolmatov@{CB}")
MZ = "mezonbank.example"
WORK = ("Dilnoza Rashidova", f"d.rashidova@{MZ}")
VR = "vektor-retail.example"
ANNA = ("Анна Соколова", f"a.sokolova@{VR}")
IGOR = ("Игорь Лебедев", f"i.lebedev@{VR}")
KSENIA = ("Ксения Орлова", f"k.orlova@{VR}")
PAVEL = ("Павел Григорьев", f"p.grigoryev@{VR}")
FC = "falconcrest.example"
RANIA = ("Rania Haddad", f"rania.haddad@{FC}")
OLIVER = ("Oliver Grant", f"oliver.grant@{FC}")
ME = (OWNER_NAME, OWNER)


# ================================================================ cases 01-12
@case
def c01():
    sent = D(2026, 10, 12, 10, 14, wd="Monday", ss=27)
    start = D(2026, 10, 15, 11, 0, wd="Thursday")
    end = start + timedelta(minutes=30)
    txt = """Дилноза, здравствуйте!

Работодатель Oqsaroy Bank приглашает вас на собеседование по вакансии «Аналитик данных (розничный бизнес)», Ташкент.

Сообщение от работодателя:
------------------------------------------------------------
Добрый день, Дилноза!

Спасибо за отклик. Нас заинтересовал ваш опыт с отчётностью по розничным кредитам, поэтому хотим познакомиться поближе. Предлагаю первичное телефонное интервью с HR — 15 октября (четверг) в 11:00 по ташкентскому времени, займёт около 30 минут. Я позвоню на номер, указанный в резюме.

Обсудим ваш опыт, ожидания по зарплате и то, как устроена команда аналитики в розничном блоке. Если время неудобно, напишите мне напрямую на m.yusupova@oqsaroybank.example или ответьте в чате на hh.uz — подберём другое.

С уважением,
Малика Юсупова
Менеджер по подбору персонала, Oqsaroy Bank
+998 71 123-45-67
------------------------------------------------------------

Переписка с работодателем доступна в разделе «Отклики»: https://hh.uz/applicant/negotiations

Вы получили это письмо, потому что откликнулись на вакансию на hh.uz.
Настроить уведомления: https://hh.uz/applicant/settings/notifications
"""
    part = multi("alternative", [leaf("text/plain", txt, "quoted-printable"),
                                 leaf("text/html", html_of(txt), "base64")], "c01", "java")
    data, _ = mail("c01", frm=A("hh.uz", "noreply@hh.uz"), to=A(OWNER_RU, OWNER),
                   subject="Oqsaroy Bank: приглашение на собеседование по вакансии «Аналитик данных (розничный бизнес)»",
                   date=sent, part=part, reply_to=A("Oqsaroy Bank", f"negotiation-{H('hh1')[:10]}@reply.hh.uz"),
                   extra=[("List-Unsubscribe", "<https://hh.uz/applicant/settings/notifications>"),
                          ("X-Mailer", "hh.ru mailer")])
    return ("b294-01-oqsaroy-hh-hr-phone-screen", [("01-hh-priglashenie-oqsaroy.eml", data)],
            label([iv("Oqsaroy Bank", "Аналитик данных (розничный бизнес)", start, end, "scheduled",
                      [MALIKA[1]], [MALIKA[1]], "phone_screen")], "medium", "positive/ats-relay-body-only",
                  "hh.uz relay (Russian) carrying the employer's message: HR phone screen 15 Oct 11:00 Tashkent, ~30 min. "
                  "Reply-To is an hh.uz relay; the recruiter's own address is in the text and she conducts the screen."))


@case
def c02():
    sent = D(2026, 10, 6, 19, 3, wd="Tuesday", ss=51)
    txt = """Дилноза, ваш отклик отправлен

Вакансия: Ведущий аналитик данных
Компания: АКБ «Chinor Bank», Ташкент
Ваше резюме: «Data analyst / Аналитик данных (SQL, Power BI, Python)»

Работодатель получил ваше резюме. Как только он его посмотрит или пригласит вас на собеседование, мы пришлём уведомление — обычно это занимает от одного до пяти рабочих дней.

Похожие вакансии для вас:
• Аналитик данных — Sarbon Telekom, Ташкент, от 12 000 000 сум
• BI-аналитик — Yulduz AI (резидент IT Park), гибрид
• Data Analyst (Commercial Insights) — Falcon Crest Logistics, Дубай, релокация
• Аналитик отчётности — Oqsaroy Bank, Ташкент

Полезное в блоге hh.uz: «Собеседование на аналитика: 7 задач по SQL, которые дают чаще всего»

С уважением,
команда hh.uz
https://hh.uz
"""
    part = multi("alternative", [leaf("text/plain", txt, "base64"),
                                 leaf("text/html", html_of(txt), "quoted-printable")], "c02", "java")
    data, _ = mail("c02", frm=A("hh.uz", "noreply@hh.uz"), to=OWNER,
                   subject="Ваш отклик на вакансию «Ведущий аналитик данных» отправлен", date=sent, part=part,
                   extra=[("List-Unsubscribe", "<https://hh.uz/applicant/settings/notifications>"), ("X-Mailer", "hh.ru mailer")])
    return ("b294-02-hh-application-receipt", [("01-hh-otklik-otpravlen.eml", data)],
            label([], "easy", "negative/application-received",
                  "hh.uz application receipt with job recommendations; mentions 'собеседование' only generically."))


@case
def c03():
    sent = D(2026, 10, 16, 15, 41, wd="Friday", ss=9)
    start = D(2026, 10, 20, 14, 0, wd="Tuesday")
    end = D(2026, 10, 20, 15, 30)
    body = """Dilnoza xonim, assalomu alaykum!

HR suhbatidan so'ng keyingi bosqich — texnik intervyu. Интервью проведут Тимур Алимов (руководитель управления данных) и Сардор Назаров (старший аналитик).

Первый час — live-задача по SQL: вы пишете запросы в общем редакторе и показываете экран (таблицы транзакций и клиентов, оконные функции). Последние полчаса — вопросы по статистике и A/B-тестам. Подключайтесь, пожалуйста, с ноутбука, а не с телефона.

Сама я на встрече не буду; по организационным вопросам пишите мне.

С уважением,
Малика Юсупова
Менеджер по подбору персонала | Oqsaroy Bank"""
    data = ms_invite("c03", organizer=("Малика Юсупова", MALIKA[1]),
                     required=[("Дилноза Рашидова", OWNER), ("Тимур Алимов", TIMUR[1]), ("Сардор Назаров", SARDOR[1])],
                     subject="Техническое интервью (SQL): Дилноза Рашидова — Аналитик данных", start=start, end=end,
                     wtz="West Asia Standard Time", uid=ms_uid("c03"), seq=0, body=body,
                     location="Собрание в Microsoft Teams", sent=sent, lang="ru")
    return ("b294-03-oqsaroy-teams-sql-technical", [("01-teams-texnik-intervyu.eml", data)],
            label([iv("Oqsaroy Bank", "Аналитик данных", start, end, "scheduled", [TIMUR[1], SARDOR[1]],
                      [TIMUR[1], SARDOR[1]], "technical")], "medium", "positive/exchange-teams",
                  "Russian Outlook/Teams invite, TZID 'West Asia Standard Time', label '(UTC+05:00) Ашхабад, Ташкент'; "
                  "body mixes Uzbek and Russian. Organizer (recruiter) says she will not attend."))


@case
def c04():
    sent = D(2026, 10, 26, 9, 5, wd="Monday", ss=12)
    D(2026, 10, 29, 23, 59, wd="Thursday")
    txt = """Hurmatli Dilnoza Rashidova!

«Data analitik (B2C segmenti)» vakansiyasiga topshirgan arizangiz uchun minnatdorchilik bildiramiz. Tanlovning keyingi bosqichi — onlayn test.

Test haqida:
• 40 ta savol: SQL, Excel va asosiy statistika
• Davomiyligi — 60 daqiqa; testni faqat bir marta boshlash mumkin
• Havola: https://test.sarbontelecom.example/t/7QK2-DA-B2C
• Muddat: 29-oktabr, payshanba, soat 23:59 gacha (Toshkent vaqti)

Test natijalariga ko'ra saralangan nomzodlar ish suhbatiga taklif qilinadi — suhbat sanasi va vaqti alohida xat bilan yuboriladi.

Texnik muammo bo'lsa, karyera@sarbontelecom.example manziliga yozing. Ushbu xatga javob yozmang.

Hurmat bilan,
Sarbon Telekom HR jamoasi
"""
    part = multi("alternative", [leaf("text/plain", txt, "quoted-printable"),
                                 leaf("text/html", html_of(txt), "quoted-printable")], "c04", "java")
    data, _ = mail("c04", frm=A("Sarbon Telekom | Karyera", f"no-reply@{SB}"), to=A(OWNER_NAME, OWNER),
                   subject="Onlayn test: Data analitik vakansiyasi (muddat — 29-oktabr)", date=sent, part=part,
                   reply_to=f"no-reply@{SB}")
    return ("b294-04-sarbon-onlayn-test-deadline", [("01-sarbon-onlayn-test.eml", data)],
            label([], "medium", "negative/online-assessment",
                  "Uzbek online-test invitation with a deadline (29-oktabr soat 23:59 gacha); the interview is only promised."))


@case
def c05():
    uid = f"{H('c05uid')[:26]}@google.com"
    sent1 = D(2026, 11, 2, 11, 20, wd="Monday", ss=44)
    old_s, old_e = D(2026, 11, 12, 15, 0, wd="Thursday"), D(2026, 11, 12, 16, 0)
    new_s, new_e = D(2026, 11, 13, 10, 0, wd="Friday"), D(2026, 11, 13, 11, 0)
    title = "Ish suhbati: Data analitik — Bekzod Tursunov bilan (Sarbon Telekom)"
    desc = """Dilnoza, onlayn testdagi natijangiz yuqori bo'ldi — tabriklaymiz!

Endi B2C tahlil bo'limi boshlig'i Bekzod Tursunov bilan ish suhbati. Taxminan bir soat: tajribangiz, oldingi loyihalaringiz va bo'lim oldidagi vazifalar haqida gaplashasiz. Men faqat tashkilotchiman, suhbatda qatnashmayman.

Hurmat bilan,
Aziza Karimova, HR menejer"""
    guests = [(AZIZA[0], AZIZA[1], "ACCEPTED"), (BEKZOD[0], BEKZOD[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    inv1 = google_invite("c05-1", organizer=AZIZA, guests=guests, title=title, start=old_s, end=old_e, uid=uid,
                         seq=0, desc=desc, sent=sent1, meet="sbt-qxnr-wde")
    sent2 = D(2026, 11, 4, 16, 22, wd="Wednesday", ss=5)
    t2 = """Dilnoza, assalomu alaykum!

Noqulaylik uchun uzr so'rayman. Bekzod Tursunovich 12-noyabr kuni Samarqanddagi filialga xizmat safariga ketadigan bo'lib qoldi.

Suhbatni juma kuniga ko'chirsak bo'ladimi? 13-noyabr, juma, soat 10:00 da — xuddi shu Google Meet havolasi orqali, davomiyligi o'zgarmaydi.

Agar bu vaqt to'g'ri kelmasa, yozing, boshqa variant topamiz.

Hurmat bilan,
Aziza Karimova
HR menejer, Sarbon Telekom
+998 90 111-22-33"""
    m2, mid2 = mail("c05-2", frm=A(*AZIZA), to=A(*ME), subject="Suhbat vaqti: 12-noyabr o'rniga 13-noyabr?",
                    date=sent2, part=leaf("text/plain", t2, "quoted-printable"))
    sent3 = D(2026, 11, 4, 17, 5, wd="Wednesday", ss=38)
    t3 = ("Assalomu alaykum, Aziza opa!\n\nMuammo yo'q, juma soat 10:00 menga ham qulay. Yangilangan taklifnomani kutaman.\n\n"
          "Rahmat,\nDilnoza" + quote(t2, f"{AZIZA[0]} <{AZIZA[1]}>", "Chorshanba, 4-noyabr, 2026 16:22"))
    m3, mid3 = mail("c05-3", frm=A(*ME), to=A(*AZIZA), subject="Re: Suhbat vaqti: 12-noyabr o'rniga 13-noyabr?",
                    date=sent3, part=leaf("text/plain", t3, "8bit"), irt=mid2, refs=mid2, mid_style="gmail",
                    relay="mail-ej1-f41.google.com")
    sent4 = D(2026, 11, 4, 17, 31, wd="Wednesday", ss=2)
    inv2 = google_invite("c05-4", organizer=AZIZA, guests=guests, title=title, start=new_s, end=new_e, uid=uid,
                         seq=1, desc=desc, sent=sent4, meet="sbt-qxnr-wde", updated="date", created=sent1)
    return ("b294-05-sarbon-reschedule-juma",
            [("01-invitation-payshanba.eml", inv1), ("02-aziza-kochirsak.eml", m2), ("03-dilnoza-ha-qulay.eml", m3),
             ("04-updated-invitation-juma.eml", inv2)],
            label([iv("Sarbon Telekom", "Data analitik", new_s, new_e, "scheduled", [BEKZOD[1]], [BEKZOD[1]],
                      "hiring_manager")], "medium", "positive/reschedule",
                  "Google invite for Thu 12-noyabr 15:00, Uzbek mail 'Suhbatni juma kuniga ko'chirsak bo'ladimi?', "
                  "owner agrees, updated invite same UID SEQUENCE 1 -> Fri 13 Nov 10:00-11:00. Organizer is coordinator only."))


@case
def c06():
    sent = D(2026, 10, 19, 18, 47, wd="Monday", ss=12)
    start = D(2026, 10, 20, 15, 0, wd="Tuesday")
    end = start + timedelta(minutes=30)
    txt = """Dilnoza, assalomu alaykum!

Telegramda yozishgan edik, lekin hammasi bir joyda tursin deb pochtaga ham tashlayapman:

[19.10.2026 18:31] Shahnoza Ergasheva: Dilnoza, rezyumeingizni ko'rib chiqdik, Data analitik vakansiyasi bo'yicha tanishuv suhbatini o'tkazmoqchimiz. Ertaga soat 15:00 da qulaymi? Zoom orqali, 30 daqiqa
[19.10.2026 18:36] Dilnoza Rashidova: Assalomu alaykum! Ha, qulay 👍
[19.10.2026 18:38] Shahnoza Ergasheva: Zo'r, kelishdik! Havolani pochtaga yuboraman

Zoom: https://us06web.zoom.us/j/84417305529?pwd=UmVnaXN0b25IUjIwMjY
Meeting ID: 844 1730 5529
Passcode: registon

Suhbatni o'zim o'tkazaman: kompaniya, vakansiya va sizning tajribangiz haqida gaplashamiz. Biz Samarqanddamiz, lekin vaqt farqi yo'q — hammasi Toshkent vaqti bilan.

Hurmat bilan,
Shahnoza Ergasheva
HR menejer, Registon Travel
Samarqand sh., Registon ko'chasi 12
Telegram: @shahnoza_registon"""
    data, _ = mail("c06", frm=A(*SHAHNOZA), to=A(*ME), subject="Registon Travel — ertangi suhbat (Telegramdan nusxa)",
                   date=sent, part=leaf("text/plain", txt, "8bit"))
    return ("b294-06-registon-telegram-ertaga", [("01-shahnoza-telegram-nusxa.eml", data)],
            label([iv("Registon Travel", "Data analitik", start, end, "scheduled", [SHAHNOZA[1]], [SHAHNOZA[1]],
                      "phone_screen")], "hard", "positive/email-body-only-relative",
                  "Telegram chat pasted into mail: 'Ertaga soat 15:00 da ... 30 daqiqa'. Resolve 'ertaga' against the "
                  "Date header (Mon 19 Oct) -> Tue 20 Oct 15:00 Tashkent. Chat timestamps 18:31-18:38 are distractors."))


@case
def c07():
    sent = D(2026, 10, 21, 11, 0, wd="Wednesday", ss=31)
    start = D(2026, 10, 28, 19, 0, wd="Wednesday")
    end = start + timedelta(minutes=90)
    txt = """Assalomu alaykum, Dilnoza!

Siz IT Park Academy bepul vebinariga muvaffaqiyatli ro'yxatdan o'tdingiz.

Mavzu: «Data analitik: ish suhbatiga qanday tayyorlanish kerak — SQL topshiriqlar, case savollar va HR suhbat»
Spiker: Jahongir Ortiqov, Senior Data Analyst (IT Park rezidenti)
Sana: 28-oktabr, chorshanba, soat 19:00 (Toshkent vaqti)
Format: Zoom vebinar, 90 daqiqa
Qo'shilish havolasi: https://us02web.zoom.us/w/81230044571?tk=itpark-academy

Vebinar oxirida ko'ngillilardan biri bilan namunaviy intervyu (mock interview) jonli efirda ko'rsatiladi. Savollaringizni oldindan shu xatga javoban yuborishingiz mumkin.

Taqvimga qo'shish uchun fayl ilovada.

Hurmat bilan,
IT Park Academy jamoasi
Toshkent sh., Mirzo Ulug'bek tumani
"""
    ics = calendar("REQUEST", "-//IT Park Academy//Events//UZ", [g_event(
        f"webinar-{H('c07')[:16]}@itpark.example", start, end, "Vebinar: Data analitik — ish suhbatiga tayyorgarlik",
        ("IT Park Academy", "academy@itpark.example"), [(OWNER_NAME, OWNER, "ACCEPTED")], stamp=sent,
        desc="IT Park Academy bepul vebinari. Zoom: https://us02web.zoom.us/w/81230044571?tk=itpark-academy",
        location="Zoom vebinar")])
    alt = multi("alternative", [leaf("text/plain", txt, "quoted-printable"),
                                leaf("text/html", html_of(txt), "base64")], "c07/alt", "java")
    part = multi("mixed", [alt, leaf("text/calendar", ics, "base64", params='; method=REQUEST; name="vebinar.ics"',
                                     disp='Content-Disposition: attachment; filename="vebinar.ics"')], "c07/mix", "java")
    data, _ = mail("c07", frm=A("IT Park Academy", "academy@itpark.example"), to=A(OWNER_NAME, OWNER),
                   subject="Ro'yxatdan o'tdingiz: «Data analitik: ish suhbatiga tayyorgarlik» vebinari — 28-oktabr",
                   date=sent, part=part, extra=[("List-Unsubscribe", "<mailto:unsubscribe@itpark.example>")])
    return ("b294-07-itpark-webinar-ish-suhbati", [("01-itpark-vebinar.eml", data)],
            label([], "medium", "negative/webinar",
                  "IT Park Academy webinar about preparing for 'ish suhbati' with an .ics (owner as ATTENDEE) and a "
                  "mock interview demo; not a job interview."))


@case
def c08():
    sent1 = D(2026, 10, 22, 17, 5, wd="Thursday", ss=19)
    t_s, t_e = D(2026, 10, 27, 11, 0, wd="Tuesday"), D(2026, 10, 27, 12, 0)
    c_s, c_e = D(2026, 10, 30, 16, 0, wd="Friday"), D(2026, 10, 30, 17, 0)
    D(2026, 10, 20, wd="Tuesday")
    D(2026, 10, 26, wd="Monday")
    t1 = """Hi Dilnoza,

Thanks for the chat on Tuesday — the team liked your retail-banking dashboards a lot. We'd like to move you forward to two interviews:

1) Technical interview with a live SQL task — Tuesday, 27 October, 11:00–12:00 Tashkent time, on Google Meet. Otabek Qodirov, our Lead Data Engineer, will run it. Expect two or three queries on a sample orders dataset (joins, window functions); any SQL dialect is fine.

2) Case presentation — Friday, 30 October, 16:00–17:00 at our office in IT Park (building 2, 3rd floor). I'll send the case on Monday; you present your findings to Nigora Saidova, our Head of Product, for about 30 minutes, then Q&A.

Calendar invites for both are coming from my calendar. If either slot clashes with your current job, just reply and we'll shift it.

Rahmat,
Kamola Rahimova
People & Talent, Yulduz AI
IT Park resident · Toshkent"""
    m1, _ = mail("c08-1", frm=A(*KAMOLA), to=A(*ME), subject="Yulduz AI — next steps for the Data Analyst role",
                 date=sent1, part=multi("alternative", [leaf("text/plain", t1, "quoted-printable"),
                                                        leaf("text/html", html_of(t1), "quoted-printable")], "c08-1", "google"),
                 mid_style="gmail", relay="mail-wr1-f54.google.com")
    inv1 = google_invite("c08-2", organizer=KAMOLA,
                         guests=[(KAMOLA[0], KAMOLA[1], "ACCEPTED"), (OTABEK[0], OTABEK[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                         title="Yulduz AI · Technical interview (live SQL) — Dilnoza Rashidova", start=t_s, end=t_e,
                         uid=f"{H('c08t')[:26]}@google.com", seq=0, sent=D(2026, 10, 22, 17, 18, ss=40), meet="yai-sqlt-kmr",
                         desc="Live SQL task with Otabek Qodirov (Lead Data Engineer). Please share your screen; we use a sample orders dataset.",
                         tzlabel="Uzbekistan Standard Time - Tashkent")
    inv2 = google_invite("c08-3", organizer=KAMOLA,
                         guests=[(KAMOLA[0], KAMOLA[1], "ACCEPTED"), (NIGORA[0], NIGORA[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                         title="Yulduz AI · Case presentation — Dilnoza Rashidova", start=c_s, end=c_e,
                         uid=f"{H('c08c')[:26]}@google.com", seq=0, sent=D(2026, 10, 22, 17, 20, ss=3),
                         location="Yulduz AI, IT Park, 2-bino, 3-qavat, Toshkent",
                         desc="Case presentation for Nigora Saidova (Head of Product): ~30 min presentation + Q&A. Case materials arrive on Monday.")
    return ("b294-08-yulduz-two-rounds",
            [("01-kamola-next-steps.eml", m1), ("02-invitation-live-sql.eml", inv1), ("03-invitation-case-presentation.eml", inv2)],
            label([iv("Yulduz AI", "Data Analyst", t_s, t_e, "scheduled", [OTABEK[1]], [OTABEK[1]], "technical"),
                   iv("Yulduz AI", "Data Analyst", c_s, c_e, "scheduled", [NIGORA[1]], [NIGORA[1]], "other")],
               "medium", "positive/two-interviews",
               "IT Park startup: recruiter mail lists two rounds on different days, then one Google invite for each "
               "(dedupe mail+invite). Recruiter/organizer is not an interviewer."))


@case
def c09():
    uid = ms_uid("c09")
    start, end = D(2026, 10, 28, 16, 0, wd="Wednesday"), D(2026, 10, 28, 17, 0)
    subj = "Техническое собеседование: Ведущий аналитик данных — Рашидова Д."
    body = """Дилноза, добрый день!

Приглашаем вас на техническое собеседование на позицию «Ведущий аналитик данных». С вашей стороны — Рустам Холматов, руководитель управления BI: разбор вашего опыта и практическая задача по SQL и Power BI.

Ссылка на Teams ниже. Если понадобится перенести, напишите мне.

С уважением,
Елена Ким
Ведущий специалист по подбору персонала
АКБ «Chinor Bank»"""
    inv = ms_invite("c09-1", organizer=ELENA, required=[(OWNER_RU, OWNER), RUSTAM], subject=subj, start=start, end=end,
                    wtz="West Asia Standard Time", uid=uid, seq=0, body=body, location="Собрание в Microsoft Teams",
                    sent=D(2026, 10, 21, 10, 12, wd="Wednesday", ss=55), lang="ru",
                    host="DB9PR04MB8412.eurprd04.prod.outlook.com")
    t2 = """Дилноза, доброе утро.

Вынуждена сообщить, что собеседование, назначенное на среду, 28 октября, в 16:00, отменяется. Руководство банка приостановило набор на позицию «Ведущий аналитик данных» до конца года в связи с изменением структуры департамента.

Это решение никак не связано с вашей кандидатурой — Рустам Шавкатович отметил ваше резюме как одно из самых сильных. Если вакансию откроют снова, я свяжусь с вами в первую очередь.

Приношу извинения за неудобства. Отмену встречи в календаре пришлю отдельно.

С уважением,
Елена Ким
АКБ «Chinor Bank»
+998 71 207-70-70"""
    m2, _ = mail("c09-2", frm=A(*ELENA), to=A(OWNER_RU, OWNER), subject="Собеседование 28 октября отменяется",
                 date=D(2026, 10, 26, 9, 47, wd="Monday", ss=20), part=leaf("text/plain", t2, "quoted-printable", charset="utf-8"),
                 mid=msgid("c09-2", "DB9PR04MB8412.eurprd04.prod.outlook.com", "outlook"),
                 relay="EUR04-DB3-obe.outbound.protection.outlook.com")
    cancel = ms_invite("c09-3", organizer=ELENA, required=[(OWNER_RU, OWNER), RUSTAM], subject="Отменено: " + subj,
                       start=start, end=end, wtz="West Asia Standard Time", uid=uid, seq=1,
                       body="Собеседование отменяется: набор на позицию приостановлен. Приносим извинения.",
                       location="Собрание в Microsoft Teams", sent=D(2026, 10, 26, 9, 49, ss=2), lang="ru", cancel=True,
                       host="DB9PR04MB8412.eurprd04.prod.outlook.com")
    return ("b294-09-chinor-sobesedovanie-otmenyaetsya",
            [("01-teams-invite-tekhnicheskoe.eml", inv), ("02-elena-otmenyaetsya.eml", m2), ("03-teams-cancel.eml", cancel)],
            label([iv("Chinor Bank", "Ведущий аналитик данных", start, end, "cancelled", [RUSTAM[1]], [RUSTAM[1]],
                      "technical")], "medium", "positive/cancellation",
                  "Russian Teams invite, then 'собеседование ... отменяется' (hiring freeze) and METHOD:CANCEL with the same "
                  "UID, SEQUENCE 1. Kept as cancelled at its last time."))


@case
def c10():
    sent = D(2026, 10, 22, 12, 30, wd="Thursday", ss=8)
    start, end = D(2026, 10, 26, 11, 0, tz=SKD, wd="Monday"), D(2026, 10, 26, 12, 0, tz=SKD)
    D(2026, 10, 20, wd="Tuesday")
    txt = """Dilnoza, assalomu alaykum!

Seshanba kungi suhbat uchun yana bir bor rahmat — fikrlaringiz bizga juda yoqdi.

Keyingi bosqich: savdo va tahlil bo'limi boshlig'i Ulug'bek Hasanov bilan uchrashuv. U bilan dushanba kuni ertalabga kelishdik, aniq vaqt va Zoom havolasi ilovadagi taqvim faylida. Suhbat taxminan bir soat davom etadi; mavsumiy bronlar bo'yicha kichik keysni birga muhokama qilasizlar (Excel fayl shart emas, shunchaki fikrlash jarayoni qiziq).

Savollar bo'lsa, shu yerga yoki Telegramga yozing.

Hurmat bilan,
Shahnoza Ergasheva
HR menejer, Registon Travel (Samarqand)"""
    zoom = "https://us06web.zoom.us/j/86620154417?pwd=UlRHLWhhc2Fub3Y"
    ics = calendar("PUBLISH", "-//zoom.us//iCalendar Event//EN", [g_event(
        f"ZOOM86620154417-{H('c10')[:8]}@zoom.us", start, end, "Registon Travel: Ulug'bek Hasanov bilan suhbat (Data analitik)",
        SHAHNOZA, [(ULUGBEK[0], ULUGBEK[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], stamp=sent, tzid="Asia/Samarkand",
        desc=f"Shahnoza Ergasheva sizni rejalashtirilgan Zoom uchrashuviga taklif qilmoqda.\n\nZoom uchrashuviga qo'shilish\n{zoom}\n\n"
             "Meeting ID: 866 2015 4417\nPasscode: 7263", location=zoom)],
        tzs=[vtz("Asia/Samarkand", "+0500", "+05")], extra=["CLASS:PUBLIC"])
    part = multi("mixed", [leaf("text/plain", txt, "quoted-printable"),
                           leaf("text/calendar", ics, "base64", params='; method=PUBLISH; name="Zoom Meeting.ics"',
                                disp='Content-Disposition: attachment; filename="Zoom Meeting.ics"')], "c10", "java")
    data, _ = mail("c10", frm=A(*SHAHNOZA), to=A(*ME), subject="Keyingi bosqich: bo'lim boshlig'i bilan suhbat",
                   date=sent, part=part)
    return ("b294-10-registon-samarkand-zoom-ics", [("01-shahnoza-zoom-ics.eml", data)],
            label([iv("Registon Travel", "Data analitik", start, end, "scheduled", [ULUGBEK[1]], [ULUGBEK[1]],
                      "hiring_manager")], "hard", "positive/zoom-ics",
                  "Body says only 'dushanba kuni ertalab'; the time is only in the Zoom .ics attachment "
                  "(DTSTART;TZID=Asia/Samarkand:20261026T110000, UTC+5)."))


@case
def c11():
    sent = D(2026, 10, 27, 18, 20, wd="Tuesday", ss=14)
    D(2026, 10, 29, wd="Thursday")
    txt = """Telefonda ko'rinib tursin.

-----Original Appointment-----
From: Dilnoza Rashidova <d.rashidova@mezonbank.example>
Sent: Tuesday, October 27, 2026 6:12 PM
To: Sherzod Toshmatov; Akmal Qosimov (Agro Eksport); Mohira Aliyeva
Subject: Mijoz bilan uchrashuv: «Agro Eksport» MChJ — kredit liniyasi tahlili
When: Thursday, October 29, 2026 10:00 AM-11:30 AM (UTC+05:00) Ashgabat, Tashkent.
Where: Mezon Bank bosh ofisi, 4-qavat, «Chorsu» majlislar xonasi

Assalomu alaykum!

«Agro Eksport» MChJ bilan uchrashuv. Men mijozning aylanma mablag'lari va eksport tushumlari bo'yicha tahlilni taqdim etaman, Sherzod aka kredit liniyasi shartlarini muhokama qiladi, Mohira risk bo'limi xulosasini aytadi. Mijoz tomonidan moliya direktori Akmal Qosimov ishtirok etadi.

Taqdimot fayli: \\\\mezon-fs01\\Korporativ\\AgroEksport\\tahlil_2026Q3.pptx

Hurmat bilan,
Dilnoza Rashidova
Ma'lumotlar tahlilchisi, Korporativ biznes departamenti
Mezon Bank"""
    data, _ = mail("c11", frm=A(*WORK), to=OWNER, subject="Fwd: Mijoz bilan uchrashuv: «Agro Eksport» MChJ — kredit liniyasi tahlili",
                   date=sent, part=leaf("text/plain", txt, "quoted-printable"),
                   mid=msgid("c11", "AS8PR09MB6011.eurprd09.prod.outlook.com", "outlook"),
                   relay="EUR09-AM6-obe.outbound.protection.outlook.com")
    return ("b294-11-mezon-client-meeting-she-hosts", [("01-fwd-mijoz-bilan-uchrashuv.eml", data)],
            label([], "medium", "negative/internal-meeting",
                  "Owner forwards from her current employer's mailbox a client meeting she organises and presents at; "
                  "Outlook 'When:' block with Tashkent label, not a job interview."))


@case
def c12():
    start, end = D(2026, 11, 3, 11, 0, tz=MSK, wd="Tuesday"), D(2026, 11, 3, 12, 30, tz=MSK)
    assert start.astimezone(TASH).hour == 13 and end.astimezone(TASH).strftime("%H:%M") == "14:30"
    sent1 = D(2026, 10, 29, 12, 10, tz=MSK, wd="Thursday", ss=33)
    zoom = "https://vektor-retail.zoom.us/j/93310077215?pwd=VktSLXNxbC10ZWNo"
    t1 = f"""Дилноза, добрый день!

Благодарим за интерес к компании «Вектор Ритейл». По итогам знакомства приглашаем вас на техническое интервью на позицию «Аналитик данных (SQL/BI)», формат работы — удалённый.

Дата и время: 3 ноября 2026 г. (вторник), 11:00–12:30 по московскому времени
Формат: Zoom — {zoom}
Интервьюеры: Игорь Лебедев, руководитель отдела аналитики, и Ксения Орлова, ведущий аналитик

Первые 40 минут — разговор о вашем опыте, затем live-задача по SQL (PostgreSQL, оконные функции, когорты). Подготовьте, пожалуйста, удобную среду для запросов и стабильный интернет.

Приглашение в календарь — во вложении. Обратите внимание: время в письме указано по Москве.

С уважением,
Анна Соколова
Рекрутер, ООО «Вектор Ритейл»
Telegram: @anna_sokolova_hr

--
Письмо отправлено из Huntflow"""
    ics = calendar("REQUEST", "-//Huntflow//Huntflow Calendar 1.0//RU", [g_event(
        f"hf-{H('c12')[:20]}@huntflow.ru", start, end, "Техническое интервью: Дилноза Рашидова — Аналитик данных (SQL/BI)",
        ANNA, [(IGOR[0], IGOR[1], "ACCEPTED"), (KSENIA[0], KSENIA[1], "ACCEPTED"), (OWNER_RU, OWNER, "NEEDS-ACTION")],
        stamp=sent1, tzid="Europe/Moscow", location=zoom,
        desc="Техническое интервью с Игорем Лебедевым и Ксенией Орловой. Live-задача по SQL. Zoom: " + zoom)],
        tzs=[vtz("Europe/Moscow", "+0300", "MSK")])
    alt = multi("alternative", [leaf("text/plain", t1, "quoted-printable"),
                                leaf("text/html", html_of(t1), "quoted-printable")], "c12/alt", "java")
    part = multi("mixed", [alt, leaf("text/calendar", ics, "base64", params='; method=REQUEST; name="invite.ics"',
                                     disp='Content-Disposition: attachment; filename="invite.ics"')], "c12/mix", "java")
    subj = "Приглашение на техническое интервью — «Вектор Ритейл», Аналитик данных (SQL/BI)"
    m1, mid1 = mail("c12-1", frm=A(*ANNA), to=A(OWNER_RU, OWNER), cc=AL(IGOR, KSENIA), subject=subj, date=sent1,
                    part=part, relay="mail.huntflow.ru", extra=[("X-Mailer", "Huntflow")])
    t2 = ("Анна, добрый день!\n\nСпасибо за приглашение. Правильно понимаю, что по Ташкенту это 13:00–14:30? "
          "Если да — подтверждаю участие.\n\nДилноза" + quote(t1, f"{ANNA[0]} <{ANNA[1]}>", "чт, 29 окт. 2026 г. в 12:10"))
    sent2 = D(2026, 10, 29, 15, 2, wd="Thursday", ss=41)
    m2, mid2 = mail("c12-2", frm=A(*ME), to=A(*ANNA), subject="Re: " + subj, date=sent2,
                    part=leaf("text/plain", t2, "quoted-printable"), irt=mid1, refs=mid1, mid_style="gmail",
                    relay="mail-lf1-f50.google.com")
    t3 = ("Дилноза, да, всё верно — 13:00 по Ташкенту, у нас разница два часа. До встречи во вторник!\n\nАнна"
          + quote(t2, f"{OWNER_NAME} <{OWNER}>", "чт, 29 окт. 2026 г. в 13:02"))
    m3, _ = mail("c12-3", frm=A(*ANNA), to=A(OWNER_RU, OWNER), subject="Re: " + subj,
                 date=D(2026, 10, 29, 13, 20, tz=MSK, ss=6), part=leaf("text/plain", t3, "8bit"), irt=mid2,
                 refs=f"{mid1} {mid2}")
    return ("b294-12-vektor-huntflow-moscow-time",
            [("01-huntflow-priglashenie.eml", m1), ("02-dilnoza-po-tashkentu.eml", m2), ("03-anna-vse-verno.eml", m3)],
            label([iv("Вектор Ритейл", "Аналитик данных (SQL/BI)", start, end, "scheduled", [IGOR[1], KSENIA[1]],
                      [IGOR[1], KSENIA[1]], "technical")], "hard", "positive/timezone-moscow",
                  "Huntflow invite from a Moscow company: 11:00-12:30 MSK (UTC+3) = 13:00-14:30 Tashkent; .ics TZID "
                  "Europe/Moscow; short thread confirms the Tashkent reading. Company written in Cyrillic (Vektor Retail)."))


# ================================================================ cases 13-23
@case
def c13():
    start, end = D(2026, 10, 29, 14, 0, tz=DXB, wd="Thursday"), D(2026, 10, 29, 14, 30, tz=DXB)
    D(2026, 10, 28, wd="Wednesday")
    assert start.astimezone(TASH).hour == 15
    subj = "Falcon Crest Logistics – Data Analyst (Commercial Insights) – introductory call"
    t1 = """Dear Dilnoza,

Thank you for applying for the Data Analyst – Commercial Insights role with Falcon Crest Logistics in Dubai. I've been through your CV and would love to set up an introductory call of about 30 minutes to walk you through the role, the relocation package and the next stages.

Could either of these work for you? Both are Dubai time (GST, UTC+4):
  - Wednesday 28 October, 11:00
  - Thursday 29 October, 14:00

Happy to look at other times if neither suits.

Kind regards,
Rania Haddad
Senior Talent Acquisition Partner
Falcon Crest Logistics | Jebel Ali Free Zone, Dubai
+971 4 555 0142"""
    m1, mid1 = mail("c13-1", frm=A(*RANIA), to=A(*ME), subject=subj, date=D(2026, 10, 26, 10, 30, tz=DXB, wd="Monday", ss=50),
                    part=multi("alternative", [leaf("text/plain", t1, "quoted-printable"),
                                               leaf("text/html", html_of(t1), "quoted-printable")], "c13-1", "outlook"),
                    mid=msgid("c13-1", "DU0PR10MB7215.EURPRD10.PROD.OUTLOOK.COM", "outlook"),
                    relay="EUR05-VI1-obe.outbound.protection.outlook.com")
    t2 = ("Dear Rania,\n\nThank you for getting in touch. Thursday 29 October at 14:00 Dubai time suits me best — that is "
          "15:00 here in Tashkent. Please let me know which platform we'll use.\n\nBest regards,\nDilnoza Rashidova"
          + quote(t1, f"{RANIA[0]} <{RANIA[1]}>", "On Mon, 26 Oct 2026 at 11:30"))
    m2, mid2 = mail("c13-2", frm=A(*ME), to=A(*RANIA), subject="Re: " + subj, date=D(2026, 10, 26, 13, 15, ss=9),
                    part=leaf("text/plain", t2, "quoted-printable"), irt=mid1, refs=mid1, mid_style="gmail",
                    relay="mail-pj1-f45.google.com")
    t3 = ("Hi Dilnoza,\n\nPerfect – you're locked in for Thursday 29 Oct, 14:00–14:30 GST. I'll call you on Microsoft Teams:\n"
          "https://teams.microsoft.com/l/meetup-join/19%3ameeting_RkNMLWludHJvLWNhbGw%40thread.v2/0\n\n"
          "Nothing to prepare – just come with your questions about the team and Dubai.\n\nSpeak soon,\nRania"
          + quote(t2, f"{OWNER_NAME} <{OWNER}>", "On Mon, 26 Oct 2026 at 12:15"))
    m3, _ = mail("c13-3", frm=A(*RANIA), to=A(*ME), subject="RE: " + subj, date=D(2026, 10, 27, 9, 2, tz=DXB, wd="Tuesday", ss=17),
                 part=leaf("text/plain", t3, "quoted-printable"), irt=mid2, refs=f"{mid1} {mid2}",
                 mid=msgid("c13-3", "DU0PR10MB7215.EURPRD10.PROD.OUTLOOK.COM", "outlook"),
                 relay="EUR05-VI1-obe.outbound.protection.outlook.com")
    return ("b294-13-falcon-dubai-propose-confirm",
            [("01-rania-two-slots.eml", m1), ("02-dilnoza-thursday.eml", m2), ("03-rania-locked-in.eml", m3)],
            label([iv("Falcon Crest Logistics", "Data Analyst – Commercial Insights", start, end, "scheduled",
                      [RANIA[1]], [RANIA[1]], "phone_screen")], "medium", "positive/thread-propose-confirm",
                  "Dubai recruiter proposes two slots in GST (UTC+4); owner picks Thursday 14:00 GST (=15:00 Tashkent); "
                  "recruiter confirms 14:00-14:30. The unchosen Wednesday slot must not be reported."))


@case
def c14():
    sent = D(2026, 10, 31, 21, 14, tz=MSK, wd="Saturday", ss=3)
    D(2026, 11, 4, wd="Wednesday")
    txt = """Hurmatli nomzod!

Sizning rezyumeingiz hh.uz saytida ko'rib chiqildi va Dubaydagi xalqaro logistika kompaniyasida DATA ANALYST lavozimiga tanlandingiz ✅
Oylik maosh: 4 500 USD + turar joy + aviachipta

Ish suhbati (intervyu) 4-noyabr, chorshanba kuni soat 14:00 da Telegram orqali bo'lib o'tadi.

Suhbatga yozilish uchun:
1. Telegramda @DubaiEliteHR_bot ga «DATA» deb yozing
2. Ro'yxatdan o'tish to'lovini (registration fee) — 350 000 so'm — Click yoki Payme orqali 8600 **** **** 4417 kartaga o'tkazing
3. To'lov chekini skrinshot qilib botga yuboring

Joylar soni cheklangan! To'lov 48 soat ichida amalga oshirilmasa, joyingiz boshqa nomzodga beriladi.

Hurmat bilan,
Dubai Elite Careers — HR bo'limi"""
    part = multi("alternative", [leaf("text/plain", txt, "base64"), leaf("text/html", html_of(txt), "base64")], "c14", "java")
    data, _ = mail("c14", frm=A("Dubai Elite Careers HR", "hr@dubai-elite-careers.example"), to=OWNER,
                   subject="TABRIKLAYMIZ! Siz Dubaydagi Data Analyst vakansiyasiga tanlandingiz ✅", date=sent, part=part,
                   reply_to="dubaielite.hr2026@mailbox.example", relay="smtp.bulk-sender.example")
    return ("b294-14-scam-telegram-registration-fee", [("01-dubai-elite-tanlandingiz.eml", data)],
            label([], "medium", "negative/scam",
                  "Recruitment scam: 'ish suhbati' on Telegram on 4-noyabr 14:00 after paying a 350 000 so'm registration fee."))


@case
def c15():
    D(2026, 11, 4, wd="Wednesday")
    s1, e1 = D(2026, 11, 10, 10, 0, wd="Tuesday"), D(2026, 11, 10, 11, 0)
    s2, e2 = D(2026, 11, 10, 11, 15), D(2026, 11, 10, 12, 0)
    s3, e3 = D(2026, 11, 10, 12, 0), D(2026, 11, 10, 12, 30)
    t1 = """Dilnoza xonim, assalomu alaykum!

Texnik intervyu natijalariga ko'ra sizni yakuniy bosqichga taklif qilamiz. 10-noyabr, seshanba kuni bosh ofisimizda (Toshkent sh., Amir Temur shoh ko'chasi, 5-qavat) ketma-ket uchta uchrashuv bo'ladi:

10:00–11:00 — case taqdimoti: chakana kreditlar portfeli bo'yicha keys (topshiriqni ertaga yuboraman). Tinglovchilar: Timur Alimov va Gulnora Ismoilova (chakana biznes tahlili).
11:15–12:00 — chakana biznes departamenti boshlig'i Jamshid Rahmonov bilan suhbat.
12:00–12:30 — yakuniy suhbat: Data va analitika direktori Farrux Umarov.

Har bir uchrashuv uchun alohida taqvim taklifnomasi keladi. Pasportingizni olishni unutmang — qabulxonada ruxsatnoma rasmiylashtiriladi.

Hurmat bilan,
Malika Yusupova
Xodimlarni tanlash bo'yicha menejer, Oqsaroy Bank"""
    host = "VI1PR08MB5376.eurprd08.prod.outlook.com"
    m1, _ = mail("c15-1", frm=A(*MALIKA), to=A(*ME), subject="Yakuniy bosqich: 10-noyabr, bosh ofis",
                 date=D(2026, 11, 4, 11, 30, ss=25), part=multi("alternative", [
                     leaf("text/plain", t1, "quoted-printable"), leaf("text/html", html_of(t1), "quoted-printable")], "c15-1", "outlook"),
                 mid=msgid("c15-1", host, "outlook"), relay="EUR08-VI1-obe.outbound.protection.outlook.com")
    loc = "Oqsaroy Bank bosh ofisi, 5-qavat, «Registon» majlislar zali"
    sessions = [
        ("c15-2", "Case taqdimoti — Dilnoza Rashidova (Ma'lumotlar tahlilchisi)", s1, e1, [TIMUR, GULNORA],
         "Chakana kreditlar portfeli bo'yicha case taqdimoti: 20 daqiqa taqdimot, qolgan vaqt savol-javob. "
         "Tinglovchilar: Timur Alimov, Gulnora Ismoilova. Proyektor va HDMI bor, noutbukingizni olib keling."),
        ("c15-3", "Suhbat: Jamshid Rahmonov — Dilnoza Rashidova", s2, e2, [JAMSHID],
         "Chakana biznes departamenti boshlig'i Jamshid Rahmonov bilan suhbat: departament vazifalari, hisobotlar va "
         "birinchi 90 kun rejasi."),
        ("c15-4", "Yakuniy suhbat: Farrux Umarov (Data va analitika direktori)", s3, e3, [FARRUX],
         "Yakuniy suhbat Data va analitika direktori Farrux Umarov bilan. Shu bilan yakuniy bosqich tugaydi."),
    ]
    items = [("01-malika-yakuniy-bosqich.eml", m1)]
    for i, (sd, subj, s, e, people, body) in enumerate(sessions):
        data = ms_invite(sd, organizer=MALIKA, required=[ME] + people, subject=subj, start=s, end=e,
                         wtz="West Asia Standard Time", uid=ms_uid(sd), seq=0,
                         body=body + "\n\nMalika Yusupova, Oqsaroy Bank HR", location=loc,
                         sent=D(2026, 11, 4, 11, 41 + 2 * i, ss=10 + i), lang="en", teams=False, host=host)
        items.append((f"0{i + 2}-invite-{['case-taqdimoti', 'departament-boshligi', 'direktor-yakuniy'][i]}.eml", data))
    people = [TIMUR[1], GULNORA[1], JAMSHID[1], FARRUX[1]]
    return ("b294-15-oqsaroy-onsite-three-invites", items,
            label([iv("Oqsaroy Bank", "Ma'lumotlar tahlilchisi", s1, e3, "scheduled", people, people, "onsite")],
                  "hard", "positive/onsite-loop",
                  "Final round at the bank HQ on one day: Uzbek overview mail + three Exchange invites (case presentation, "
                  "department head, director). One onsite 10:00-12:30 with all four interviewers; coordinator excluded."))


@case
def c16():
    start, end = D(2026, 11, 11, 14, 0, wd="Wednesday"), D(2026, 11, 11, 15, 0)
    LOLA = ("Лола Назарова", f"l.nazarova@{MZ}")
    SHERZOD = ("Шерзод Тошматов", f"s.toshmatov@{MZ}")
    body = """Дилноза, Шерзод, добрый день!

Направляю приглашение на собеседование с кандидатом на стажировку в отдел данных — Жасур Каримов (выпускник ТУИТ, 4 курс). Резюме — в карточке кандидата на портале HR.

Дилноза, прошу вас подготовить 2–3 задачи по SQL и после встречи заполнить форму оценки кандидата. Шерзод Рустамович проведёт часть про мотивацию и soft skills.

Кандидат придёт в офис, встречаем на ресепшене 3-го этажа.

Спасибо!
Лола Назарова
HR-бизнес-партнёр, Mezon Bank"""
    data = ms_invite("c16", organizer=LOLA, required=[("Дилноза Рашидова", WORK[1]), SHERZOD],
                     subject="Собеседование: Жасур Каримов — стажёр-аналитик (отдел данных)", start=start, end=end,
                     wtz="West Asia Standard Time", uid=ms_uid("c16"), seq=0, body=body,
                     location="Mezon Bank, 3-й этаж, переговорная «Бухара»", sent=D(2026, 11, 9, 10, 5, wd="Monday", ss=48),
                     lang="ru", teams=False, host="AS8PR09MB6011.eurprd09.prod.outlook.com",
                     extra_hdrs=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK[1]} {OWNER}")])
    return ("b294-16-mezon-owner-interviews-intern", [("01-fwd-sobesedovanie-stazher.eml", data)],
            label([], "hard", "negative/user-is-interviewer",
                  "Invite auto-forwarded from the owner's current employer: she is on the panel interviewing an intern "
                  "candidate (prepares SQL tasks, fills the evaluation form). Not her own job interview."))


@case
def c17():
    start, end = D(2026, 11, 4, 17, 0, wd="Wednesday"), D(2026, 11, 4, 17, 30)
    t1 = """Hi Dilnoza,

Thanks for the presentation today — Nigora loved your cohort breakdown and the churn hypothesis.

The last step is a 30-minute conversation with our founder & CEO, Aziz Mahmudov. He keeps his own calendar, so please grab any open slot next week here:
https://calendly.com/aziz-yulduz-ai/final-chat

Omad!
Kamola"""
    m1, mid1 = mail("c17-1", frm=A(*KAMOLA), to=A(*ME), subject="Final step: chat with Aziz",
                    date=D(2026, 10, 30, 18, 40, wd="Friday", ss=2), part=leaf("text/plain", t1, "quoted-printable"),
                    mid_style="gmail", relay="mail-wr1-f54.google.com")
    ev = "Final chat with Aziz (Founder & CEO)"
    t2 = f"""Hi Dilnoza Rashidova,

Your {ev} with Aziz Mahmudov at 17:00 (Uzbekistan Time) on Wednesday, November 4, 2026 is scheduled.

Event Type:
{ev}

Event Date/Time:
17:00 - 17:30 (Uzbekistan Time) on Wednesday, November 4, 2026

Location:
This is a Google Meet web conference.
https://meet.google.com/yai-fnlc-azm

Invitee Time Zone:
Uzbekistan Time

Questions:
Please share anything that will help prepare for our meeting.
Looking forward to it — I presented the churn case to Nigora on Friday.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{H('c17c')[:36]}
Reschedule: https://calendly.com/reschedulings/{H('c17r')[:36]}

Powered by Calendly.com"""
    ics = calendar("REQUEST", "-//Calendly//Calendly Scheduling//EN", [g_event(
        f"{H('c17uid')[:32]}@calendly.com", start, end, f"{ev} between Aziz Mahmudov and Dilnoza Rashidova", AZIZ,
        [(AZIZ[0], AZIZ[1], "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")], stamp=D(2026, 10, 31, 10, 12, ss=40),
        desc="Event Name: " + ev + "\n\nLocation: https://meet.google.com/yai-fnlc-azm\n\nNeed to make changes to this event?",
        location="https://meet.google.com/yai-fnlc-azm")])
    alt = multi("alternative", [leaf("text/plain", t2, "quoted-printable"),
                                leaf("text/html", html_of(t2), "quoted-printable")], "c17/alt", "java")
    part = multi("mixed", [alt, leaf("text/calendar", ics, "base64", params='; method=REQUEST; name="invite.ics"',
                                     disp='Content-Disposition: attachment; filename="invite.ics"')], "c17/mix", "java")
    m2, _ = mail("c17-2", frm=A("Calendly", "notifications@calendly.com"), to=A(OWNER_NAME, OWNER),
                 subject=f"Confirmed: {ev} with Aziz Mahmudov on Wednesday, November 4, 2026",
                 date=D(2026, 10, 31, 10, 12, tz=UTC, wd="Saturday", ss=44), part=part, reply_to=A(*AZIZ),
                 relay="o1.ptr4410.calendly.com")
    return ("b294-17-yulduz-calendly-founder-final",
            [("01-kamola-calendly-link.eml", m1), ("02-calendly-confirmed.eml", m2)],
            label([iv("Yulduz AI", None, start, end, "scheduled", [AZIZ[1]], [AZIZ[1]], "hiring_manager")],
                  "medium", "positive/calendly",
                  "Recruiter sends a Calendly link (unbooked alone), then the Calendly confirmation with invite.ics "
                  "(UTC times, 12:00Z = 17:00 Tashkent). Founder/CEO final chat; Reply-To is the founder."))


@case
def c18():
    sent = D(2026, 11, 6, 11, 45, tz=MSK, wd="Friday", ss=30)
    txt = """Дилноза, добрый день!

Спасибо, что нашли время на техническое интервью во вторник. Игорь и Ксения дали хорошую обратную связь — особенно понравилось, как вы разобрали задачу с когортами.

Следующий этап — часовая встреча с директором по данным Павлом Григорьевым. Чтобы подобрать время, пришлите, пожалуйста, 2–3 удобных слота на следующей неделе (по московскому времени, с 10:00 до 18:00). Как только получу варианты, поставлю встречу и пришлю приглашение.

Хороших выходных!
Анна Соколова
Рекрутер, ООО «Вектор Ритейл»"""
    data, _ = mail("c18", frm=A(*ANNA), to=A(OWNER_RU, OWNER), subject="Вектор Ритейл: следующий этап — встреча с директором по данным",
                   date=sent, part=leaf("text/plain", txt, "quoted-printable"), relay="mail.huntflow.ru",
                   extra=[("X-Mailer", "Huntflow")])
    return ("b294-18-vektor-availability-request", [("01-anna-prishlite-sloty.eml", data)],
            label([], "medium", "negative/availability-request",
                  "Moscow recruiter asks for 2-3 slots for the next round; nothing booked. The past technical interview is only mentioned."))


@case
def c19():
    start, end = D(2026, 11, 5, 10, 0, tz=LON, wd="Thursday"), D(2026, 11, 5, 10, 45, tz=LON)
    assert start.utcoffset() == timedelta(0) and start.astimezone(TASH).hour == 15
    t1 = """Hi Dilnoza,

Thanks for your time yesterday — it was a pleasure speaking with you, and I'm happy to confirm you're moving forward.

The next conversation is with Oliver Grant, Regional Director, Commercial Insights, who leads the team from our London office. He has set aside 45 minutes on Thursday 5 November at 10:00 UK time on Google Meet. Bear in mind the UK clocks went back on 25 October, so London is now five hours behind Tashkent rather than four.

Oliver will send the calendar invite from his own account; the Meet link will be in it. I won't be on the call, but do reach out if you have any questions beforehand.

Best,
Rania"""
    m1, _ = mail("c19-1", frm=A(*RANIA), to=A(*ME), subject="Next step: conversation with Oliver Grant (London)",
                 date=D(2026, 10, 30, 15, 20, tz=DXB, wd="Friday", ss=12),
                 part=multi("alternative", [leaf("text/plain", t1, "quoted-printable"),
                                            leaf("text/html", html_of(t1), "base64")], "c19-1", "outlook"),
                 mid=msgid("c19-1", "DU0PR10MB7215.EURPRD10.PROD.OUTLOOK.COM", "outlook"),
                 relay="EUR05-VI1-obe.outbound.protection.outlook.com")
    eid = H("c19ev")[:26]
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(H('c19etag')[:12], 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-30T12:02:11.000Z",
        "updated": "2026-10-30T12:02:58.347Z",
        "summary": "Dilnoza Rashidova <> Oliver Grant | Data Analyst – Commercial Insights",
        "description": "Hiring manager conversation for the Data Analyst – Commercial Insights role (Dubai).\n"
                       "Oliver Grant, Regional Director, Commercial Insights – Falcon Crest Logistics, London.",
        "location": "Google Meet",
        "creator": {"email": OLIVER[1], "displayName": OLIVER[0]},
        "organizer": {"email": OLIVER[1], "displayName": OLIVER[0]},
        "start": {"dateTime": start.astimezone(TASH).isoformat(), "timeZone": "Europe/London"},
        "end": {"dateTime": end.astimezone(TASH).isoformat(), "timeZone": "Europe/London"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": OLIVER[1], "displayName": OLIVER[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/fcl-ogrt-lon",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/fcl-ogrt-lon",
                             "label": "meet.google.com/fcl-ogrt-lon"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "fcl-ogrt-lon",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    js = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return ("b294-19-falcon-london-gcal-dst",
            [("01-rania-oliver-london.eml", m1), ("02-oliver-grant-meet.gcal.json", js)],
            label([iv("Falcon Crest Logistics", "Data Analyst – Commercial Insights", start, end, "scheduled",
                      [OLIVER[1]], [OLIVER[1]], "hiring_manager")], "hard", "positive/dst-gcal-dedupe",
                  "Mail says 10:00 UK time on 5 Nov (after the EU/UK DST end on 25 Oct: UTC+0, 15:00 Tashkent); the "
                  "Calendar API event (dateTime in +05:00, timeZone Europe/London) is the same interview."))


@case
def c20():
    sent = D(2026, 11, 9, 16, 30, wd="Monday", ss=0)
    start, end = D(2026, 11, 18, 9, 30, wd="Wednesday"), D(2026, 11, 18, 10, 0)
    txt = """Уважаемая Рашидова Дилноза!

Ваша запись в визовый центр подтверждена.

Номер записи: TVAC-2026-114873
Услуга: визовое собеседование и сдача биометрических данных
Категория визы: шенгенская виза (C), цель поездки — профессиональная конференция
Дата и время: 18 ноября 2026 г. (среда), 09:30
Адрес: г. Ташкент, Мирабадский район, ул. Примерная, 7, визовый центр Tashkent VAC

Возьмите с собой:
• заграничный паспорт и копию первой страницы;
• подтверждение брони отеля и авиабилетов;
• справку с места работы и выписку с банковского счёта за 6 месяцев;
• распечатку этого письма.

При опоздании более чем на 15 минут запись аннулируется. Перенести запись можно не позднее чем за 48 часов в личном кабинете.

Это письмо сформировано автоматически, отвечать на него не нужно."""
    ics = calendar("PUBLISH", "-//Tashkent VAC//Appointments//RU", [g_event(
        f"TVAC-2026-114873-{H('c20')[:8]}@tashkent-vac.example", start, end, "Визовый центр: собеседование и биометрия (TVAC-2026-114873)",
        ("Tashkent VAC", "noreply@tashkent-vac.example"), [(OWNER_RU, OWNER, "ACCEPTED")], stamp=sent,
        desc="Запись TVAC-2026-114873. Визовое собеседование и сдача биометрических данных.",
        location="Ташкент, Мирабадский район, ул. Примерная, 7")])
    part = multi("mixed", [leaf("text/plain", txt, "quoted-printable"),
                           leaf("text/calendar", ics, "base64", params='; method=PUBLISH; name="appointment.ics"',
                                disp='Content-Disposition: attachment; filename="appointment.ics"')], "c20", "java")
    data, _ = mail("c20", frm=A("Визовый центр Tashkent VAC", "noreply@tashkent-vac.example"), to=OWNER,
                   subject="Подтверждение записи: визовое собеседование — 18.11.2026, 09:30", date=sent, part=part)
    return ("b294-20-visa-sobesedovanie", [("01-tvac-zapis-podtverzhdena.eml", data)],
            label([], "medium", "negative/government-appointment",
                  "Visa centre appointment called 'визовое собеседование' with an .ics (owner as ATTENDEE); not a job interview."))


@case
def c21():
    sent = D(2026, 11, 18, 10, 15, wd="Wednesday", ss=37)
    D(2026, 11, 13, wd="Friday")
    txt = """Hurmatli Dilnoza!

13-noyabr kuni Bekzod Tursunovich bilan bo'lib o'tgan suhbat va onlayn testdagi yaxshi natijalaringiz uchun katta rahmat.

Afsuski, «Data analitik (B2C segmenti)» vakansiyasi bo'yicha boshqa nomzodni tanlashga qaror qildik: hozircha bo'limga telekom sohasida tajribasi bor mutaxassis kerak. Bu qaror oson bo'lmadi.

Rezyumengizni nomzodlar bazasida saqlab qo'yamiz va mos vakansiya ochilganda siz bilan albatta bog'lanamiz. Sizga omad tilaymiz!

Hurmat bilan,
Aziza Karimova
HR menejer, Sarbon Telekom"""
    data, _ = mail("c21", frm=A(*AZIZA), to=A(*ME), subject="Data analitik vakansiyasi bo'yicha natija", date=sent,
                   part=leaf("text/plain", txt, "base64"))
    return ("b294-21-sarbon-rejection-afsuski", [("01-aziza-afsuski.eml", data)],
            label([], "easy", "negative/rejection",
                  "Uzbek rejection ('Afsuski, ... boshqa nomzodni tanlashga qaror qildik') that names the past interview date."))


@case
def c22():
    start, end = D(2026, 11, 12, 10, 0, tz=MSK, wd="Thursday"), D(2026, 11, 12, 11, 0, tz=MSK)
    stamp = D(2026, 11, 9, 14, 3, tz=MSK, wd="Monday", ss=27)
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VlJfZmluYWxfcGdyaWdvcnlldg%40thread.v2/0"
    desc = f"""Когда: четверг, 12 ноября 2026 г. 10:00-11:00 {WINLABEL[('Russian Standard Time', 'ru')]}.
Где: Собрание в Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Дилноза, добрый день!

Финальная встреча с директором по данным Павлом Григорьевым: обсудим ваши ожидания, задачи на первые три месяца и формат удалённой работы из Ташкента. Встреча займёт час.

Анна Соколова, «Вектор Ритейл»

________________________________________________________________________________
Совещание в Microsoft Teams
Щелкните здесь, чтобы присоединиться к собранию<{url}>
________________________________________________________________________________
"""
    ics = calendar("REQUEST", "Microsoft Exchange Server 2010", [ms_event(
        ms_uid("c22"), start, end, "Финальное интервью: Дилноза Рашидова — Павел Григорьев (директор по данным)",
        ANNA, [(OWNER_RU, OWNER), PAVEL], stamp=stamp, wtz="Russian Standard Time", desc=desc,
        location="Собрание в Microsoft Teams", teams_url=url)],
        tzs=[vtz("Russian Standard Time", "+0300", outlook=True)])
    return ("b294-22-vektor-final-standalone-ics", [("01-finalnoe-intervyu.ics", ics.encode("utf-8"))],
            label([iv("Вектор Ритейл", None, start, end, "scheduled", [PAVEL[1]], [PAVEL[1]], "hiring_manager")],
                  "hard", "positive/standalone-ics-windows-tz",
                  "Standalone Outlook .ics, TZID 'Russian Standard Time' (UTC+3, no DST): 10:00-11:00 Moscow = "
                  "12:00-13:00 Tashkent. Final with the director of data; organizer is the recruiter."))


@case
def c23():
    sent = D(2026, 11, 16, 17, 20, wd="Monday", ss=45)
    D(2026, 11, 20, wd="Friday")
    D(2026, 11, 23, wd="Monday")
    D(2026, 12, 1, wd="Tuesday")
    txt = """Hurmatli Dilnoza Rashidova!

Oqsaroy Bank jamoasi nomidan sizni Chakana biznes departamentiga «Ma'lumotlar tahlilchisi (yetakchi)» lavozimiga ishga taklif qilamiz! Yakuniy bosqichdagi taqdimotingiz va suhbatlar komissiya tomonidan juda yuqori baholandi.

Taklif shartlari:
• Lavozim maoshi: oyiga 18 500 000 so'm (soliqlar ushlanishidan oldin)
• Yillik bonus: KPI natijalariga ko'ra
• Sinov muddati: 3 oy
• Ishni boshlash sanasi: 2026-yil 1-dekabr (kelishuv asosida)

Rasmiy taklifnoma (offer letter) ilovada. Iltimos, qaroringizni 20-noyabr, jumagacha ma'lum qiling. Taklifni qabul qilsangiz, mehnat shartnomasini imzolash va hujjatlarni topshirish uchun 23-noyabr, dushanba kuni soat 10:00 da bosh ofisdagi HR bo'limiga kelishingizni so'raymiz.

Yana bir bor tabriklaymiz!

Hurmat bilan,
Malika Yusupova
Xodimlarni tanlash bo'yicha menejer, Oqsaroy Bank"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    alt = multi("alternative", [leaf("text/plain", txt, "quoted-printable"),
                                leaf("text/html", html_of(txt), "quoted-printable")], "c23/alt", "outlook")
    part = multi("mixed", [alt, leaf("application/pdf", pdf, "base64", charset=None,
                                     params='; name="Oqsaroy_Bank_taklifnoma_Rashidova.pdf"',
                                     disp='Content-Disposition: attachment; filename="Oqsaroy_Bank_taklifnoma_Rashidova.pdf"')],
                 "c23/mix", "outlook")
    data, _ = mail("c23", frm=A(*MALIKA), to=A(*ME), subject="Ish taklifi — Ma'lumotlar tahlilchisi (yetakchi), Oqsaroy Bank",
                   date=sent, part=part, mid=msgid("c23", "VI1PR08MB5376.eurprd08.prod.outlook.com", "outlook"),
                   relay="EUR08-VI1-obe.outbound.protection.outlook.com")
    return ("b294-23-oqsaroy-offer-taklif", [("01-ish-taklifi.eml", data)],
            label([], "medium", "negative/offer",
                  "Uzbek job offer ('ishga taklif qilamiz') asking her to come on 23-noyabr 10:00 to sign the contract; "
                  "not an interview."))


# ================================================================ output
README_TZ = """- Case 01, 03, 05, 06, 08, 15: Asia/Tashkent (UTC+5, no DST); 03, 09, 15, 16 use the Windows TZID "West Asia Standard Time" with "(UTC+05:00) Ашхабад, Ташкент" / "(UTC+05:00) Ashgabat, Tashkent" labels.
- Case 06: relative "Ertaga soat 15:00 da" resolved against the Date header (Mon 19 Oct 2026 +0500) -> Tue 20 Oct 15:00 +05:00.
- Case 10: Zoom .ics with TZID Asia/Samarkand (UTC+5); the body says only "dushanba kuni ertalab".
- Case 12: Moscow (Europe/Moscow, UTC+3, no DST) 11:00-12:30 = 13:00-14:30 Tashkent; .ics TZID Europe/Moscow.
- Case 13: Dubai (Asia/Dubai, UTC+4) slots; chosen Thu 29 Oct 14:00 GST = 15:00 Tashkent.
- Case 17: Calendly .ics in UTC (12:00Z = 17:00 Tashkent), mail Date in +0000.
- Case 19: London after the EU/UK DST end (25 Oct 2026): 10:00 GMT (UTC+0) on 5 Nov = 15:00 Tashkent (the gap was 4 h before 25 Oct); Calendar API dateTime in +05:00 with timeZone Europe/London.
- Case 22: standalone .ics with Windows TZID "Russian Standard Time" (UTC+3): 10:00 Moscow = 12:00 Tashkent.
- Only case 19 uses a zone with DST (London); Tashkent, Samarkand, Moscow and Dubai have none. The script asserts all 2026 switch dates (US Mar 8 / Nov 1, EU/UK Mar 29 / Oct 25) and every weekday named in the text.
"""


def main():
    check_offsets()
    for old in sorted(OUT.glob("b294-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        assert slug.startswith(f"b294-{i:02d}-"), slug
        d = OUT / slug
        d.mkdir()
        for name, data in items:
            assert name[:2].isdigit() and name[2] == "-"
            (d / name).write_bytes(data)
        for x in lab["interviews"]:
            assert datetime.fromisoformat(x["start"]).utcoffset() is not None
        labels[slug] = lab
    head = "# Labels for blind294 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [x for v in labels.values() for x in v["interviews"]]
    by_status = {s: sum(1 for x in ivs if x["status"] == s) for s in ("scheduled", "cancelled")}
    kinds = {}
    for x in ivs:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    case_lines = "\n".join(f"- `{k}` ({'positive' if v['interview'] else 'negative'}, {v['difficulty']}): {v['notes']}"
                           for k, v in labels.items())
    readme = f"""# blind294: Tashkent data analyst job search in Uzbek, Russian and English (written blind)

Mailbox owner: Dilnoza Rashidova <{OWNER}>, a data analyst living in Tashkent (Asia/Tashkent, UTC+5, no DST),
currently at Mezon Bank, interviewing with two Tashkent banks (Oqsaroy Bank, Chinor Bank), a telecom (Sarbon Telekom),
an IT Park startup (Yulduz AI), a Samarkand tourism company (Registon Travel), a Moscow company (Vektor Retail /
«Вектор Ритейл», Europe/Moscow) and a Dubai company (Falcon Crest Logistics, Asia/Dubai, hiring manager in London).

This set was written blind: only the eval README (label schema and rules) and two or three dev files (for formats) were
read; no tool code, tests or other sets. Everything is generated by `make_cases.py` (deterministic, byte-identical).

## What it stresses
- Uzbek (Latin) and Russian wording: "ish suhbati", "suhbat", "intervyu", "taklif qilamiz", "ertaga", "soat 15:00 da",
  "собеседование", "собеседование отменяется", plus look-alike negatives using the same words (offer "taklif",
  visa "собеседование", webinar about "ish suhbati", rejection "afsuski").
- Time zones: Tashkent, Samarkand TZID, Moscow (+3), Dubai (+4), London after the 25 Oct DST end, Windows TZIDs.
- Vendors: hh.uz relay, Huntflow, Calendly, Google Calendar, Zoom .ics, Exchange/Teams, Calendar API JSON,
  Telegram chat pasted into mail.
- Reschedule in Uzbek (same UID, SEQUENCE 1), Russian cancellation with METHOD:CANCEL, a one-day onsite sent as
  three invites, two interviews in one case, a propose-and-confirm thread, relative date in a pasted chat.

## Counts
- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)
- Labelled interviews: {len(ivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']})
- By kind: {', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}

## Formats
`.eml` (text/plain and HTML, quoted-printable, base64 and 8bit; Google Calendar invitations as multipart/mixed with
text/calendar;method=REQUEST and invite.ics; Exchange/Teams multipart/alternative with X-MICROSOFT-CDO-*; ATS/vendor
mails with .ics attachments), one standalone `.ics` (case 22) and one Calendar API `.gcal.json` event (case 19).

## Time-zone and DST points
{README_TZ}
## Cases
{case_lines}
"""
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print(f"wrote {len(labels)} cases, {len(pos)} positive, {len(neg)} negative, {len(ivs)} interviews")


if __name__ == "__main__":
    main()
