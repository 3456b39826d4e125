#!/usr/bin/env python3
"""Generate the blind295 evaluation set (Ulaanbaatar mining engineer, written blind).

Deletes and rewrites every b295-* case folder plus labels.yaml next to this script.
Standard library + PyYAML + zoneinfo only; output is byte-identical on every run.
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import shutil
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind295-ulaanbaatar-mining-2026"
OWNER = "anujin.batbayar@example.com"
OWNER_EN = "Anujin Batbayar"
OWNER_MN = "Анужин Батбаяр"

UB = ZoneInfo("Asia/Ulaanbaatar")
PER = ZoneInfo("Australia/Perth")
BNE = ZoneInfo("Australia/Brisbane")
SHA = ZoneInfo("Asia/Shanghai")
SYD = ZoneInfo("Australia/Sydney")
UTC = timezone.utc

# ---------------------------------------------------------------- checks
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_MN = ["Даваа", "Мягмар", "Лхагва", "Пүрэв", "Баасан", "Бямба", "Ням"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _off(dt):
    return dt.utcoffset()


def dst_checks():
    h = lambda x: timedelta(hours=x)  # noqa: E731
    ny, lon, ber = ZoneInfo("America/New_York"), ZoneInfo("Europe/London"), ZoneInfo("Europe/Berlin")
    assert _off(datetime(2026, 3, 7, 12, tzinfo=ny)) == h(-5)
    assert _off(datetime(2026, 3, 9, 12, tzinfo=ny)) == h(-4)
    assert _off(datetime(2026, 10, 31, 12, tzinfo=ny)) == h(-4)
    assert _off(datetime(2026, 11, 2, 12, tzinfo=ny)) == h(-5)
    assert _off(datetime(2026, 3, 28, 12, tzinfo=lon)) == h(0)
    assert _off(datetime(2026, 3, 30, 12, tzinfo=lon)) == h(1)
    assert _off(datetime(2026, 10, 24, 12, tzinfo=ber)) == h(2)
    assert _off(datetime(2026, 10, 26, 12, tzinfo=ber)) == h(1)
    assert _off(datetime(2026, 10, 3, 12, tzinfo=SYD)) == h(10)
    assert _off(datetime(2026, 10, 5, 12, tzinfo=SYD)) == h(11)
    assert _off(datetime(2026, 10, 29, 12, tzinfo=SYD)) == h(11)
    # zones used by the set: no DST at all in Oct-Nov 2026
    d = datetime(2026, 9, 25, 12)
    while d < datetime(2026, 12, 5):
        assert _off(d.replace(tzinfo=UB)) == h(8)
        assert _off(d.replace(tzinfo=PER)) == h(8)
        assert _off(d.replace(tzinfo=SHA)) == h(8)
        assert _off(d.replace(tzinfo=BNE)) == h(10)
        d += timedelta(hours=7)


def day(y, m, d, wd):
    dd = date(y, m, d)
    assert WD_EN[dd.weekday()].startswith(wd), (dd, wd)
    return dd


def at(tz, y, m, d, H, M, off, wd=None, s=0):
    dt = datetime(y, m, d, H, M, s, tzinfo=tz)
    assert dt.utcoffset() == timedelta(hours=off), (dt, off)
    if wd:
        assert WD_EN[dt.weekday()].startswith(wd), (dt, wd)
    return dt


def mn_gen(n):
    """Mongolian genitive suffix after a day number: 14-ний, 20-ны."""
    return "ний" if n % 10 in (1, 4, 9) else "ны"


def mn_date(dt):
    return f"{dt.month} сарын {dt.day}-{mn_gen(dt.day)} өдөр"


def mn_wd(dt):
    return WD_MN[dt.weekday()] + " гараг"


def en_long(dt):
    return f"{WD_EN[dt.weekday()]}, {dt.day} {MON_EN[dt.month - 1]} {dt.year}"


def en_us(dt):
    return f"{WD_EN[dt.weekday()]}, {MON_EN[dt.month - 1]} {dt.day}, {dt.year}"


def hm(dt):
    return dt.strftime("%H:%M")


def ampm(dt, lower=False, compact=False):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    if compact and dt.minute == 0:
        s = f"{h}{suf}"
    elif lower:
        s = f"{h}:{dt.minute:02d}{suf}"
    else:
        s = f"{h}:{dt.minute:02d} {suf.upper()}"
    return s


# ---------------------------------------------------------------- ids
def hx(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + parts).encode()).hexdigest()[:n]


def b32(*parts, n=26):
    return base64.b32encode(hashlib.sha256("|".join((SEED,) + parts).encode()).digest()).decode().lower()[:n]


def mid(key, domain, style="plain"):
    if style == "gmail":
        return f"<CA{b32(key, 'g', n=12).upper()}+{hx(key, 'g2', n=18)}@mail.gmail.com>"
    if style == "outlook":
        return f"<{hx(key, 'o', n=20).upper()}@{domain}.prod.outlook.com>"
    if style == "google-cal":
        return f"<calendar-{hx(key, 'c1', n=8)}-{hx(key, 'c2', n=4)}-{hx(key, 'c3', n=4)}-{hx(key, 'c4', n=4)}-{hx(key, 'c5', n=12)}@google.com>"
    return f"<{hx(key, 'm', n=24)}@{domain}>"


def boundary(key, style="plain"):
    if style == "google":
        return f"000000000000{hx(key, 'bd', n=16)}"
    if style == "outlook":
        return f"_000_{hx(key, 'ob', n=24).upper()}prodoutlookcom_"
    return f"----=_Part_{int(hx(key, 'pt', n=8), 16) % 999999}_{int(hx(key, 'pt2', n=8), 16)}"


def ip(key):
    v = int(hx(key, "ip", n=6), 16)
    return f"{(198, 203)[v % 2]}.{(51, 0)[v % 2]}.{(100, 113)[v % 2]}.{v % 250 + 2}"


# ---------------------------------------------------------------- MIME
def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode(linesep="\n")


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def text_part(text, subtype="plain", cte="quoted-printable", extra=None):
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = text
    hdr = [("Content-Type", f'text/{subtype}; charset="UTF-8"'), ("Content-Transfer-Encoding", cte)]
    return (hdr + (extra or []), body)


def cal_part(ics_text, method="REQUEST"):
    body = base64.encodebytes(ics_text.encode("utf-8")).decode("ascii")
    return ([("Content-Type", f'text/calendar; charset="UTF-8"; method={method}'),
             ("Content-Transfer-Encoding", "base64")], body)


def attach_part(data, ctype, filename, method=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    ct = f'{ctype}; name="{filename}"'
    if method:
        ct = f'{ctype}; charset="UTF-8"; method={method}; name="{filename}"'
    return ([("Content-Type", ct), ("Content-Disposition", f'attachment; filename="{filename}"'),
             ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data).decode("ascii"))


def render(part):
    hdr, body = part
    return "\n".join(f"{k}: {v}" for k, v in hdr) + "\n\n" + body.rstrip("\n") + "\n"


def multipart(subtype, parts, bnd):
    body = "".join(f"--{bnd}\n" + render(p) for p in parts) + f"--{bnd}--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{bnd}"')], body)


def eml(key, frm, to, subject, dt, part, cc=None, reply_to=None, in_reply_to=None, refs=None,
        msgid=None, extra=None, sender=None, host=None, return_path=None):
    """Build a full RFC 5322 message. frm/to/cc are preformatted address strings."""
    host = host or "mail-out.example.net"
    rcv = dt.astimezone(UB) + timedelta(seconds=2 + int(hx(key, "rs", n=2), 16) % 9)
    rp = return_path or frm.split("<")[-1].rstrip(">")
    h = [("Delivered-To", OWNER),
         ("Received", f"from {host} ({host} [{ip(key)}])\n        by mx.example.com with ESMTPS id "
                      f"{b32(key, 'rid', n=12)}\n        for <{OWNER}>;\n        {format_datetime(rcv)}"),
         ("Return-Path", f"<{rp}>")]
    h.append(("From", frm))
    if sender:
        h.append(("Sender", sender))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", enc_header(subject)))
    h.append(("Date", format_datetime(dt)))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if refs:
        h.append(("References", " ".join(refs) if isinstance(refs, list) else refs))
    h += extra or []
    h.append(("MIME-Version", "1.0"))
    phdr, body = part
    h += phdr
    return ("\n".join(f"{k}: {v}" for k, v in h) + "\n\n" + body).encode("utf-8")


def para_html(text, font="Arial,Helvetica,sans-serif", size="14px"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>".join(htmlmod.escape(x) for x in p.split("\n")) + "</p>")
    return (f'<html><head><meta charset="utf-8"></head><body><div style="font-family:{font};'
            f'font-size:{size};color:#222">' + "\n".join(out) + "</div></body></html>\n")


# ---------------------------------------------------------------- iCalendar
def fold(line):
    chunks, cur, n = [], "", 0
    for ch in line:
        ln = len(ch.encode("utf-8"))
        lim = 75 if not chunks else 74
        if n + ln > lim:
            chunks.append(cur)
            cur, n = "", 0
        cur += ch
        n += ln
    chunks.append(cur)
    return "\r\n ".join(chunks)


def ics(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ldt(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def zdt(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ = {
    "Asia/Ulaanbaatar": ["BEGIN:VTIMEZONE", "TZID:Asia/Ulaanbaatar", "X-LIC-LOCATION:Asia/Ulaanbaatar",
                         "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08",
                         "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Shanghai": ["BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "X-LIC-LOCATION:Asia/Shanghai",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST",
                      "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}
for _win in ("Ulaanbaatar Standard Time", "W. Australia Standard Time", "China Standard Time"):
    VTZ[_win] = ["BEGIN:VTIMEZONE", f"TZID:{_win}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                 "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "BEGIN:DAYLIGHT",
                 "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:DAYLIGHT",
                 "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False, rsvp=True):
    cn = name.replace('"', "")
    if any(c in cn for c in ",;:"):
        cn = f'"{cn}"'
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn}:mailto:{email}"


def calendar(prodid, method, tzid, event_lines):
    lines = [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if "Microsoft" in prodid:
        lines = ([f"METHOD:{method}"] if method else []) + [f"PRODID:{prodid}", "VERSION:2.0"]
    return ics(["BEGIN:VCALENDAR"] + lines + (VTZ[tzid] if tzid else []) + event_lines + ["END:VCALENDAR"])


def google_event(uid, start, end, tzid, summary, organizer, attendees, description, location,
                 stamp, seq=0, status="CONFIRMED", created=None):
    ev = ["BEGIN:VEVENT",
          f"DTSTART;TZID={tzid}:{ldt(start)}", f"DTEND;TZID={tzid}:{ldt(end)}",
          f"DTSTAMP:{zdt(stamp)}",
          f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
          f"UID:{uid}"]
    ev += attendees
    ev += [f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx(uid, 'own', n=7), 16)}",
           f"CREATED:{zdt(created or stamp)}",
           f"DESCRIPTION:{esc(description)}",
           f"LAST-MODIFIED:{zdt(stamp)}",
           f"LOCATION:{esc(location)}",
           f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
           "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
           "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT"]
    return ev


def outlook_event(uid, start, end, tzid, summary, organizer, attendees, description, location,
                  stamp, seq=0, status="CONFIRMED", teams_url=None, busy="TENTATIVE", allday=False):
    ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"] + attendees
    ev += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
           f"UID:{uid}",
           f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
           f"DTSTART;TZID={tzid}:{ldt(start)}", f"DTEND;TZID={tzid}:{ldt(end)}",
           "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zdt(stamp)}", "TRANSP:OPAQUE",
           f"STATUS:{status}", f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE=en-US:{esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 'oa', n=7), 16)}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}",
           "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        ev += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
               'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if status != "CANCELLED":
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
               "END:VALARM"]
    ev.append("END:VEVENT")
    return ev


def outlook_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + hx(key, "ouid", n=16).upper() + \
        "000000000000000010000000" + hx(key, "ouid2", n=32).upper()


def teams_block(key):
    tid = f"{hx(key, 't1', n=8)}-{hx(key, 't2', n=4)}-{hx(key, 't3', n=4)}-{hx(key, 't4', n=4)}-{hx(key, 't5', n=12)}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32(key, 'tm', n=32)}%40thread.v2/0"
           f"?context=%7b%22Tid%22%3a%22{tid}%22%7d")
    mid_ = " ".join(str(int(hx(key, 'tmid', n=12), 16))[i:i + 3] for i in range(0, 12, 3))
    pw = b32(key, "tpw", n=6).upper()
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid_}\nPasscode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")
    return url, text


def outlook_invite(key, organizer, to_list, cc_list, subject, dt, when_line, where, body_text, ev_lines,
                   tzid, method="REQUEST", lang="en-US"):
    """Exchange/Teams meeting request: multipart/alternative (plain, html, text/calendar)."""
    head = f"When: {when_line}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    plain = head + body_text
    html = para_html(plain, font="Aptos,Calibri,sans-serif", size="11pt")
    cal = calendar("Microsoft Exchange Server 2010", method, tzid, ev_lines)
    part = multipart("alternative", [text_part(plain, "plain", "quoted-printable"),
                                     text_part(html, "html", "quoted-printable"),
                                     cal_part(cal, method)], boundary(key, "outlook"))
    dom = organizer[1].split("@")[1]
    ti = base64.b64encode(hashlib.sha256((SEED + key).encode()).digest()[:22]).decode()
    extra = [("Thread-Topic", enc_header(subject)), ("Thread-Index", ti),
             ("Accept-Language", f"{lang}, mn-MN"), ("Content-Language", lang),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", f"BAAAAIIA4AB0xbcQGoLgCAAAAAA{b32(key, 'si', n=20)}"),
             ("x-ms-publictraffictype", "Email")]
    return eml(key, addr(*organizer), ", ".join(to_list), subject, dt, part,
               cc=", ".join(cc_list) if cc_list else None,
               msgid=mid(key, "PH0PR02MB" + hx(key, 'nm', n=4).upper() + ".apcprd06", "outlook"),
               extra=extra, host=f"APC01-{hx(key, 'h', n=3).upper()}-obe.outbound.protection.outlook.com")


def google_invite(key, organizer, subject, dt, plain, html, cal_text, method="REQUEST", to=None):
    alt = multipart("alternative", [text_part(plain, "plain", "quoted-printable"),
                                    text_part(html, "html", "quoted-printable"),
                                    cal_part(cal_text, method)], boundary(key + "a", "google"))
    part = multipart("mixed", [alt, attach_part(cal_text, "application/ics", "invite.ics")],
                     boundary(key + "m", "google"))
    return eml(key, addr(*organizer), to or OWNER, subject, dt, part, reply_to=organizer[1],
               sender="Google Calendar <calendar-notification@google.com>",
               msgid=mid(key, "google.com", "google-cal"), host="mail-sor-f69.google.com",
               return_path=f"3{b32(key, 'rp', n=20)}@calendar-server.bounces.google.com",
               extra=[("X-Google-Calendar-Content-Display", "1")])


def gcal_when(start, end, tzlabel="(GMT+08:00) Ulaanbaatar"):
    return (f"{WD_EN[start.weekday()]} {MON_EN[start.month - 1][:3]} {start.day}, {start.year} ⋅ "
            f"{ampm(start, lower=True, compact=True)} – {ampm(end, lower=True, compact=True)}\n{tzlabel}")


def gcal_subject(prefix, title, start, end):
    return (f"{prefix}: {title} @ {WD_EN[start.weekday()][:3]} {MON_EN[start.month - 1][:3]} {start.day}, "
            f"{start.year} {ampm(start, lower=True, compact=True)} - {ampm(end, lower=True, compact=True)} "
            f"(GMT+8) ({OWNER})")


def gcal_bodies(title, start, end, location, description, organizer, guests, meet=None, updated=False):
    lines = []
    if updated:
        lines.append("This event has been updated\nChanged: time\n")
    lines += [title, gcal_when(start, end)]
    if meet:
        lines += ["", "Join with Google Meet", meet]
    if location:
        lines += ["", "Location", location]
    lines += ["", "Guests"]
    for g in guests:
        lines.append(f"{g[0]} - {'organizer' if g[1] == organizer[1] else g[1]}")
    lines += ["View all guest info https://calendar.google.com/calendar/event?action=VIEW", "",
              description, "", f"Reply for {OWNER}", "Yes  No  Maybe",
              "More options https://calendar.google.com/calendar/event?action=VIEW", "",
              "Invitation from Google Calendar https://calendar.google.com/calendar/", "",
              f"You are receiving this email because you are an attendee on the event. To stop receiving "
              f"future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    return plain, para_html(plain, font="Roboto,Helvetica,Arial,sans-serif")


def L(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ====================================================================== cases
KHG = "khangaicoal.example"
SARAN = ("Сарангэрэл Дорж", f"sarangerel.dorj@{KHG}")
GANBOLD = ("Ганболд Пүрэвсүрэн", f"ganbold.p@{KHG}")


@case
def c01():
    sent = at(UB, 2026, 10, 12, 10, 24, 8, "Mon")
    start = at(UB, 2026, 10, 14, 14, 0, 8, "Wed")
    end = start + timedelta(minutes=30)
    assert mn_date(start) == "10 сарын 14-ний өдөр" and mn_wd(start) == "Лхагва гараг"
    body = f"""Сайн байна уу, Анужин аа,

Хангай Коал ХХК-ийн "Ахлах уурхайн инженер (ил уурхай) / Senior Mining Engineer" ажлын байранд анкет ирүүлсэнд баярлалаа. Таны анкет эхний шатны шалгаруулалтад тэнцсэн тул хүний нөөцийн ажлын ярилцлагад урьж байна.

Огноо: {mn_date(start)} ({mn_wd(start)})
Цаг: {hm(start)} цагт, 30 минут орчим
Хэлбэр: утсаар. Таны анкетад бичсэн гар утасны дугаар луу би өөрөө залгана.

Ярилцлагын үеэр ажлын туршлага, цалингийн хүлээлт, 14/14 ээлжийн хуваарьт ажиллах боломжийн талаар асууна. Хэрэв энэ цаг тохиромжгүй бол энэ имэйлд хариу бичээд өөр цаг санал болгоорой.

Хүндэтгэсэн,
Сарангэрэл Дорж
Хүний нөөцийн менежер | HR Manager
Хангай Коал ХХК | Khangai Coal LLC
Хан-Уул дүүрэг, Чингисийн өргөн чөлөө, Хангай Тауэр 11 давхар
Утас: +976 7000-1140 (дотуур 214)
"""
    msg = eml("c01", addr(*SARAN), addr(OWNER_MN, OWNER),
              "Ажлын ярилцлагад урьж байна – Ахлах уурхайн инженер (Senior Mining Engineer)", sent,
              text_part(body, "plain", "quoted-printable"), msgid=mid("c01", f"mail.{KHG}"),
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "mn-MN")],
              host=f"mail.{KHG}")
    lab = L("Khangai Coal", "Senior Mining Engineer", start, end, "scheduled",
            [SARAN[1]], [SARAN[1]], "phone_screen")
    return ("b295-01-khangai-hr-phone-mongolian", [("01-khangai-hr-interview.eml", msg)], [lab], "easy",
            "positive/email-body-only",
            "Mongolian HR invitation, phone screen on 10 сарын 14 (Лхагва) 14:00 UB time; HR manager calls, so she is the interviewer.")


@case
def c02():
    sent = at(UB, 2026, 10, 8, 18, 5, 8, "Thu")
    web = at(UB, 2026, 10, 15, 19, 0, 8, "Thu")
    plain = f"""Zangia.mn — 7 хоногийн ажлын мэдээ

Анужин танд сайн байна уу!

ЯРИЛЦЛАГАД ХЭРХЭН БЭЛДЭХ ВЭ: 7 ЗӨВЛӨГӨӨ
1. Компанийн тухай судлаарай: уурхайн байршил, олборлолтын хэмжээ, ESG тайлан.
2. Өөрийн хийсэн төслийг тоогоор ярих (жишээ нь: тээврийн зардлыг 8%-иар бууруулсан).
3. "Яагаад манай компанийг сонгосон бэ?" гэсэн асуултад богино, тодорхой хариулт бэлдээрэй.
4. Ээлжийн ажлын талаарх өөрийн боломжийг урьдчилан бод.
5. Англи хэлний ярилцлагад бэлдэх: техникийн нэр томьёог давт.
6. Онлайн ярилцлагаас 10 минутын өмнө холболтоо шалга.
7. Ярилцлагын дараа талархлын захидал илгээ.

ВЕБИНАР: "Уул уурхайн салбарт ажлын ярилцлага" — {mn_date(web)}, {hm(web)} цагт, Zoom-ээр, үнэгүй. Бүртгүүлэх: https://www.zangia.mn/webinar/mining-interview

ТАНД ТОХИРОХ АЖЛЫН ЗАР (12)
• Уурхайн төлөвлөлтийн инженер — Оюут Коппер ХХК — Улаанбаатар / Өмнөговь
• Өрөмдлөг тэсэлгээний инженер — Говь Стэпп Майнинг — Өмнөговь, 14/14
• Геотехникийн инженер — Эрдэнэ Говь Ресурс — Улаанбаатар
• Маркшейдер — Хангай Коал ХХК — Баянхонгор
Бүх заруудыг харах: https://www.zangia.mn/job/list?c=mining

Та энэ мэдээг Zangia.mn дээрх "Ажлын мэдээ" тохиргоогоор хүлээн авч байна. Бүртгэлээс гарах: https://www.zangia.mn/unsubscribe
"""
    html = para_html(plain, font="Segoe UI,Arial,sans-serif")
    part = multipart("alternative", [text_part(plain, "plain", "base64"), text_part(html, "html", "base64")],
                     boundary("c02"))
    msg = eml("c02", addr("Zangia.mn", "newsletter@zangia.mn"), OWNER,
              "Ярилцлагад амжилттай оролцох 7 зөвлөгөө + танд тохирох 12 ажлын зар", sent, part,
              msgid=mid("c02", "zangia.mn"), host="mailer.zangia.mn",
              extra=[("List-Unsubscribe", "<https://www.zangia.mn/unsubscribe>, <mailto:unsubscribe@zangia.mn>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return ("b295-02-zangia-newsletter", [("01-zangia-weekly.eml", msg)], [], "easy", "negative/newsletter",
            "Zangia.mn weekly: interview tips, a free webinar with a date/time, job listings. No interview.")


OYUT = "oyutcopper.example"
BATERDENE = ("Bat-Erdene Tsogt", f"bat-erdene.ts@{OYUT}")
OYUNCH = ("Oyunchimeg Ganzorig", f"oyunchimeg.g@{OYUT}")


@case
def c03():
    sent1 = at(UB, 2026, 10, 9, 15, 12, 8, "Fri")
    sent2 = at(UB, 2026, 10, 9, 16, 3, 8, "Fri")
    start = at(UB, 2026, 10, 15, 10, 0, 8, "Thu")
    end = start + timedelta(hours=1)
    wd_plain = f"""Dear Anujin,

Thank you for your interest in Oyut Copper. We are pleased to confirm that an interview has been scheduled for the following position:

Job Requisition: Mine Planning Engineer (R-10482)
Interview Date: {en_long(start)}
Interview Time: {ampm(start)} - {ampm(end)} (GMT+08:00) Ulaanbaatar
Interviewer(s): Bat-Erdene Tsogt, Superintendent - Mine Planning
Location: Microsoft Teams (your recruiting coordinator will send the meeting link)

To view the details or to withdraw your application, sign in to your candidate home page:
https://wd3.myworkdaysite.com/recruiting/oyutcopper/Careers/userHome

Please do not reply to this message; this mailbox is not monitored.

Kind regards,
Talent Acquisition
Oyut Copper LLC
"""
    part1 = multipart("alternative", [text_part(wd_plain, "plain", "quoted-printable"),
                                      text_part(para_html(wd_plain), "html", "quoted-printable")], boundary("c03a"))
    m1 = eml("c03a", addr("Oyut Copper", "oyutcopper@myworkday.com"), addr(OWNER_EN, OWNER),
             "Interview Scheduled: Mine Planning Engineer (R-10482)", sent1, part1,
             msgid=mid("c03a", "myworkday.com"), host="wd3-mta.myworkday.com",
             extra=[("X-Workday-Tenant", "oyutcopper"), ("Auto-Submitted", "auto-generated")])
    url, tblock = teams_block("c03")
    body = f"""Hi Anujin,

As promised in the Workday notification, here is the Teams link for your conversation with Bat-Erdene Tsogt (Superintendent, Mine Planning). He will cover your pit design and scheduling experience and the team's current pushback sequencing work; expect about 60 minutes.

I'm only organising the meeting and won't be on the call. If the link gives you any trouble on the day, call me on +976 7000-3381.

Best regards,
Oyunchimeg Ganzorig
Recruitment Coordinator | Oyut Copper LLC

{tblock}"""
    ev = outlook_event(outlook_uid("c03"), start, end, "Ulaanbaatar Standard Time",
                       "Interview: Anujin Batbayar - Mine Planning Engineer (R-10482)", OYUNCH,
                       [att(OWNER_EN, OWNER), att(*BATERDENE)],
                       f"Hi Anujin,\n\nHere is the Teams link for your conversation with Bat-Erdene Tsogt.\n\n{tblock}",
                       "Microsoft Teams Meeting", sent2, teams_url=url)
    m2 = outlook_invite("c03b", OYUNCH, [addr(OWNER_EN, OWNER), addr(*BATERDENE)], None,
                        "Interview: Anujin Batbayar - Mine Planning Engineer (R-10482)", sent2,
                        f"{en_long(start)} {hm(start)}-{hm(end)} (UTC+08:00) Ulaanbaatar.",
                        "Microsoft Teams Meeting", body, ev, "Ulaanbaatar Standard Time")
    lab = L("Oyut Copper", "Mine Planning Engineer", start, end, "scheduled", [BATERDENE[1]], [BATERDENE[1]],
            "hiring_manager")
    return ("b295-03-oyut-workday-teams-dedupe",
            [("01-workday-interview-scheduled.eml", m1), ("02-teams-invite-mine-planning.eml", m2)], [lab],
            "medium", "positive/dedupe",
            "Workday notice + Teams invite (TZID Ulaanbaatar Standard Time) for the same interview -> one; "
            "coordinator not on the call.")


TENGIS = "tengisbank.example"
MUNKHZUL = ("Munkhzul Enkhbold", f"munkhzul.e@{TENGIS}")


@case
def c04():
    sent1 = at(UB, 2026, 10, 13, 11, 40, 8, "Tue")
    old = at(UB, 2026, 10, 16, 11, 0, 8, "Fri")
    sent2 = at(UB, 2026, 10, 14, 17, 55, 8, "Wed")
    sent3 = at(UB, 2026, 10, 14, 17, 58, 8, "Wed")
    new = at(UB, 2026, 10, 19, 16, 0, 8, "Mon")
    uid = f"{b32('c04', 'uid', n=26)}@google.com"
    title = "Ярилцлага: Уул уурхайн салбарын техникийн мэргэжилтэн (Төслийн санхүүжилт) – Анужин Б."
    loc = "Тэнгис Банк төв байр, 7 давхар, 702 тоот хурлын өрөө, Сүхбаатар дүүрэг, Улаанбаатар"
    desc = ("Сайн байна уу, Анужин,\n\nТөслийн санхүүжилтийн газрын захирал Мөнхзултай ганцаарчилсан ярилцлага. "
            "Уул уурхайн төслийн техник-эдийн засгийн үндэслэл (ТЭЗҮ)-ийг үнэлсэн туршлагаа ярих боломжтой. "
            "Хүрэлцэн ирэхдээ иргэний үнэмлэхээ авч ирээрэй, хүлээн авах хэсэгт нэрээ хэлнэ үү.")
    guests = [(MUNKHZUL[0], MUNKHZUL[1]), (OWNER_EN, OWNER)]

    def inv(key, start, seq, stamp, sent, updated):
        end = start + timedelta(hours=1)
        evl = google_event(uid, start, end, "Asia/Ulaanbaatar", title, MUNKHZUL,
                           [att(MUNKHZUL[0], MUNKHZUL[1], "ACCEPTED", google=True, rsvp=True),
                            att(OWNER_EN, OWNER, google=True)], desc, loc, stamp, seq=seq, created=sent1)
        cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", "Asia/Ulaanbaatar", evl)
        plain, html = gcal_bodies(title, start, end, loc, desc, MUNKHZUL, guests, updated=updated)
        subj = gcal_subject("Updated invitation" if updated else "Invitation", title, start, end)
        return google_invite(key, MUNKHZUL, subj, sent, plain, html, cal)

    m1 = inv("c04a", old, 0, sent1, sent1, False)
    body = f"""Анужин, сайн байна уу?

Уучлаарай, Баасан гарагт ({old.month}/{old.day}) Төлөөлөн удирдах зөвлөлийн яаралтай хурал орж ирлээ. Ярилцлагаа {mn_date(new)} буюу Даваа гараг {hm(new)} цагт шилжүүлж болох уу? Байршил нь хэвээрээ, 702 тоот өрөө. Шинэчилсэн урилгыг календараар илгээлээ.

Хэрэв Даваа гараг тохирохгүй бол хэлээрэй, өөр цаг олъё.

Хүндэтгэсэн,
Мөнхзул Энхболд
Төслийн санхүүжилтийн газрын захирал
Тэнгис Банк
"""
    m2 = eml("c04b", addr("Мөнхзул Энхболд", MUNKHZUL[1]), addr(OWNER_EN, OWNER),
             "Ярилцлагын цаг өөрчлөгдөх тухай", sent2, text_part(body, "plain", "base64"),
             msgid=mid("c04b", "", "gmail"), host="mail-wr1-f41.google.com")
    m3 = inv("c04c", new, 1, sent3, sent3, True)
    lab = L("Tengis Bank", "Уул уурхайн салбарын техникийн мэргэжилтэн (Төслийн санхүүжилт)", new,
            new + timedelta(hours=1), "scheduled", [MUNKHZUL[1]], [MUNKHZUL[1]], "hiring_manager")
    return ("b295-04-tengis-bank-google-reschedule",
            [("01-invitation-tengis-bank.eml", m1), ("02-munkhzul-move-request.eml", m2),
             ("03-updated-invitation-tengis-bank.eml", m3)], [lab], "medium", "positive/reschedule",
            "Google invite Fri 16 Oct 11:00 moved by mail + updated invite (same UID, SEQUENCE 1) to Mon 19 Oct 16:00 UB.")


@case
def c05():
    sent1 = at(UB, 2026, 10, 19, 16, 40, 8, "Mon")
    sent2 = at(UB, 2026, 10, 19, 17, 5, 8, "Mon")
    sent3 = at(UB, 2026, 10, 19, 20, 12, 8, "Mon")
    start = at(UB, 2026, 10, 20, 10, 0, 8, "Tue")
    assert start.date() == sent1.date() + timedelta(days=1)
    end = start + timedelta(minutes=90)
    body1 = """Сайн байна уу, Анужин,

Өнгөрсөн Лхагва гарагийн утасны ярилцлагын дараа таныг дараагийн шатанд оруулахаар шийдлээ. Баяр хүргэе!

Манай ерөнхий инженер Ганболд маргааш 10:00 цагт тантай техникийн ярилцлага хийх боломжтой байна. Ярилцлага 1.5 цаг орчим үргэлжилнэ. Уулын ажлын төлөвлөлт, тэсэлгээний паспорт, Deswik болон Surpac программын ашиглалтын талаар дэлгэрэнгүй асууна.

Хаяг: Хангай Тауэр 11 давхар, Хан-Уул дүүрэг. Зөөврийн компьютераа авчирвал сайн байна.

Тэнцсэн тохиолдолд ерөнхий захиралтай панел ярилцлага энэ сарын сүүлээр болох бөгөөд цагийг дараа нь мэдэгдэнэ.

Маргааш ирэх эсэхээ хариу бичээрэй.

Хүндэтгэсэн,
Сарангэрэл Дорж
Хүний нөөцийн менежер, Хангай Коал ХХК
"""
    id1 = mid("c05a", f"mail.{KHG}")
    m1 = eml("c05a", addr(*SARAN), addr(OWNER_MN, OWNER), "Техникийн ярилцлага – маргааш", sent1,
             text_part(body1, "plain", "quoted-printable"), cc=addr(*GANBOLD), msgid=id1,
             host=f"mail.{KHG}", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    body2 = """Сайн байна уу, Сарангэрэл ээ,

Баярлалаа! Маргааш 10:00 цагт очно. Компьютероо авч очъё.

Хүндэтгэсэн,
Анужин

> Манай ерөнхий инженер Ганболд маргааш 10:00 цагт тантай техникийн ярилцлага хийх боломжтой байна.
"""
    id2 = mid("c05b", "", "gmail")
    m2 = eml("c05b", addr(OWNER_MN, OWNER), addr(*SARAN), "Re: Техникийн ярилцлага – маргааш", sent2,
             text_part(body2, "plain", "quoted-printable"), cc=addr(*GANBOLD), msgid=id2,
             in_reply_to=id1, refs=[id1], host="mail-ej1-f47.google.com")
    body3 = """Анужин, сайн уу.

Маргаашийн уулзалтад өмнөх ажил дээрээ хийсэн тэсэлгээний үр дүнгийн шинжилгээ (бутралын хэмжээ, P80) байвал жишээ болгож авчраарай. Хувийн мэдээллийг нь нууцалсан байхад болно.

Хаалган дээрх харуулд нэрээ хэлээрэй. 9:50 гэхэд ирвэл тохиромжтой, би 11 давхрын хурлын өрөөнд хүлээж байя.

Ганболд
Ерөнхий инженер, Хангай Коал
"""
    m3 = eml("c05c", addr(*GANBOLD), addr(OWNER_MN, OWNER), "Re: Техникийн ярилцлага – маргааш", sent3,
             text_part(body3, "plain", "base64"), cc=addr(*SARAN), msgid=mid("c05c", f"mail.{KHG}"),
             in_reply_to=id2, refs=[id1, id2], host=f"mail.{KHG}")
    lab = L("Khangai Coal", "Senior Mining Engineer", start, end, "scheduled", [GANBOLD[1]], [GANBOLD[1]],
            "technical")
    return ("b295-05-khangai-technical-tomorrow",
            [("01-sarangerel-technical-tomorrow.eml", m1), ("02-anujin-reply.eml", m2),
             ("03-ganbold-arrive-0950.eml", m3)], [lab], "hard", "positive/relative-date",
            "Only 'маргааш 10:00 цагт' + '1.5 цаг' in the body, Date Mon 19 Oct -> Tue 20 Oct 10:00-11:30 UB. "
            "9:50 arrival and the vague GM panel 'later this month' are distractors.")


NKM = "nkmining.example"
ARIUNAA = ("Ариунаа Хишигсүрэн", f"ariunaa.kh@{NKM}")
TEMUULEN = ("Тэмүүлэн Ганзориг", f"temuulen.g@{NKM}")


@case
def c06():
    s1 = at(UB, 2026, 10, 6, 9, 31, 8, "Tue")
    s2 = at(UB, 2026, 10, 6, 12, 10, 8, "Tue")
    s3 = at(UB, 2026, 10, 7, 10, 2, 8, "Wed")
    opt1 = at(UB, 2026, 10, 9, 11, 0, 8, "Fri")
    opt2 = at(UB, 2026, 10, 12, 15, 0, 8, "Mon")
    relay = f"reply+{hx('c06', 'relay', n=20)}@relay.zangia.mn"
    msg_body = f"""Ажил олгогчоос танд шинэ мессеж ирлээ.

Ажил олгогч: Номин Хайрхан Майнинг ХХК
Ажлын байр: Уурхайн инженер (далд уурхай)

----- Мессеж -----
Сайн байна уу, Анужин.

Таны Zangia.mn-ээр илгээсэн анкетыг хүлээн авлаа. Манай ерөнхий инженер Тэмүүлэн тантай Zoom-ээр 1 цагийн техникийн ярилцлага хийх хүсэлтэй байна. Дараах хоёр цагийн аль нь танд тохирох вэ?

1) {opt1.month} сарын {opt1.day}, {mn_wd(opt1)} {hm(opt1)}
2) {opt2.month} сарын {opt2.day}, {mn_wd(opt2)} {hm(opt2)}

Хариугаа энэ мессежид эсвэл {ARIUNAA[1]} хаягаар илгээнэ үү.

Ариунаа, Хүний нөөцийн ахлах мэргэжилтэн
----------------

Хариу бичихдээ энэ имэйлд шууд "Reply" дарна уу. Таны хариу ажил олгогч руу Zangia.mn-ээр дамжин очно.
"""
    part = multipart("alternative", [text_part(msg_body, "plain", "base64"),
                                     text_part(para_html(msg_body, font="Segoe UI,Arial"), "html", "base64")],
                     boundary("c06a"))
    id1 = mid("c06a", "zangia.mn")
    m1 = eml("c06a", addr("Zangia.mn", "noreply@zangia.mn"), OWNER,
             "Ажил олгогчоос танд мессеж ирлээ: Номин Хайрхан Майнинг ХХК", s1, part, reply_to=relay,
             msgid=id1, host="mailer.zangia.mn", extra=[("Auto-Submitted", "auto-generated")])
    body2 = f"""Сайн байна уу, Ариунаа,

Санал болгосон цагт баярлалаа. {opt2.month} сарын {opt2.day}, Даваа гараг {hm(opt2)} цаг надад илүү тохиромжтой байна. Баасан гарагт би хээрийн ажил дээр байх тул холбогдож чадахгүй.

Хүндэтгэсэн,
Анужин Батбаяр
"""
    id2 = mid("c06b", "", "gmail")
    m2 = eml("c06b", addr(OWNER_MN, OWNER), relay, "Re: Ажил олгогчоос танд мессеж ирлээ: Номин Хайрхан Майнинг ХХК",
             s2, text_part(body2, "plain", "quoted-printable"), msgid=id2, in_reply_to=id1, refs=[id1],
             host="mail-lf1-f44.google.com")
    zid = str(int(hx("c06", "zoom", n=10), 16))[:11]
    body3 = f"""Анужин, сайн байна уу,

Таны хариуг Zangia-аар хүлээн авлаа. Ярилцлагыг баталгаажууллаа:

Огноо: {mn_date(opt2)}, {mn_wd(opt2)}
Цаг: {hm(opt2)}–{hm(opt2 + timedelta(hours=1))} (Улаанбаатарын цагаар)
Ярилцлага авах: Тэмүүлэн Ганзориг, ерөнхий инженер ({TEMUULEN[1]})
Zoom: https://us06web.zoom.us/j/{zid}?pwd={b32('c06', 'pwd', n=22)}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {int(hx('c06', 'pc', n=5), 16) % 900000 + 100000}

Би холболтыг эхлүүлээд гарна, ярилцлагад өөрөө суухгүй. Далд уурхайн нэвтрэлтийн ажлын хуваарь, агааржуулалтын тооцооны талаар бэлдээрэй.

Амжилт хүсье!
Ариунаа Хишигсүрэн
Хүний нөөцийн ахлах мэргэжилтэн
Номин Хайрхан Майнинг ХХК
"""
    m3 = eml("c06c", addr(*ARIUNAA), addr(OWNER_MN, OWNER), "Ярилцлага баталгаажлаа – Уурхайн инженер (далд уурхай)",
             s3, text_part(body3, "plain", "quoted-printable"), cc=addr(*TEMUULEN),
             msgid=mid("c06c", f"mail.{NKM}"), in_reply_to=id2, refs=[id1, id2], host=f"mail.{NKM}")
    lab = L("Nomin Khairkhan Mining", "Уурхайн инженер (далд уурхай)", opt2, opt2 + timedelta(hours=1),
            "scheduled", [TEMUULEN[1]], [TEMUULEN[1]], "technical")
    return ("b295-06-nomin-zangia-relay-propose-confirm",
            [("01-zangia-relay-two-slots.eml", m1), ("02-anujin-picks-monday.eml", m2),
             ("03-ariunaa-confirms.eml", m3)], [lab], "hard", "positive/thread-propose-confirm",
            "Employer message via Zangia relay offers Fri 9 Oct 11:00 or Mon 12 Oct 15:00; candidate picks Monday; "
            "HR confirms 15:00-16:00 by direct mail. Only the confirmed slot counts.")


@case
def c07():
    s1 = at(UB, 2026, 10, 14, 16, 20, 8, "Wed")
    s2 = at(UB, 2026, 10, 19, 11, 47, 8, "Mon")
    talk = at(UB, 2026, 10, 22, 11, 20, 8, "Thu")
    talk_end = talk + timedelta(minutes=20)
    brief = at(UB, 2026, 10, 22, 8, 30, 8, "Thu")
    press = at(UB, 2026, 10, 22, 12, 30, 8, "Thu")
    org = ("Mongolia Mining Week Programme Team", "programme@miningweek.example")
    body1 = f"""Dear Ms Batbayar,

Thank you for confirming your participation as a speaker at Mongolia Mining Week 2026. Your presentation details are below.

Title: Haul road design for winter operations in the Gobi
Session: 3B - Operations & Productivity
Date: {en_long(talk)}
Time: {hm(talk)}-{hm(talk_end)} (15 min talk + 5 min Q&A)
Venue: Khan Palace Convention Centre, Hall B, Ulaanbaatar
Speakers' briefing: {hm(brief)}, Speaker Lounge (Level 2)

Please upload your final slides (16:9, PPTX) to the speaker portal by Monday 19 October. A calendar file for your slot is attached.

We look forward to seeing you in Ulaanbaatar.

Warm regards,
Programme Team | Mongolia Mining Week 2026
"""
    uid = f"mmw2026-3b-{hx('c07', 'uid', n=10)}@miningweek.example"
    cal = calendar("-//Mongolia Mining Week//Speaker Portal 3.2//EN", "PUBLISH", "Asia/Ulaanbaatar",
                   ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zdt(s1)}",
                    f"DTSTART;TZID=Asia/Ulaanbaatar:{ldt(talk)}", f"DTEND;TZID=Asia/Ulaanbaatar:{ldt(talk_end)}",
                    "SUMMARY:MMW 2026 Session 3B - Speaker: Anujin Batbayar (Haul road design for winter operations)",
                    "LOCATION:Khan Palace Convention Centre\\, Hall B\\, Ulaanbaatar",
                    f"DESCRIPTION:Speakers' briefing {hm(brief)} in the Speaker Lounge.",
                    f"ORGANIZER;CN=MMW Programme Team:mailto:{org[1]}",
                    att(OWNER_EN, OWNER, "ACCEPTED", rsvp=False),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"])
    part1 = multipart("mixed", [multipart("alternative", [text_part(body1, "plain", "quoted-printable"),
                                                          text_part(para_html(body1), "html", "quoted-printable")],
                                          boundary("c07alt")),
                                attach_part(cal, "text/calendar", "MMW2026-session-3B.ics")], boundary("c07a"))
    m1 = eml("c07a", addr(*org), addr("Anujin Batbayar", OWNER), "Speaker confirmation - Session 3B, Mongolia Mining Week 2026",
             s1, part1, msgid=mid("c07a", "miningweek.example"), host="smtp.miningweek.example")
    body2 = f"""Сайн байна уу, Анужин,

Намайг Солонго гэдэг, "Mining Insight" сэтгүүлийн сэтгүүлч. Mongolia Mining Week-ийн хөтөлбөрөөс таны илтгэлийг харлаа. Манай "Уул уурхайн залуу инженерүүд" буланд зориулж тантай богино ярилцлага хийх сонирхолтой байна.

Хурлын өдөр буюу {mn_date(press)} илтгэлийн дараах завсарлагаар {hm(press)} цагт 15 минут зав гарах уу? Хэвлэлийн өрөөнд (Hall B-ийн хажууд) уулзаж, өвлийн зам засварын талаар асууя. Зураг авалт хийнэ.

Хүндэтгэсэн,
Солонго Батсүх
Сэтгүүлч, Mining Insight
solongo.b@mininginsight.example
"""
    m2 = eml("c07b", addr("Солонго Батсүх", "solongo.b@mininginsight.example"), addr(OWNER_MN, OWNER),
             "Mining Insight: хурлын үеэр богино ярилцлага өгөх боломж", s2,
             text_part(body2, "plain", "base64"), msgid=mid("c07b", "mininginsight.example"),
             host="mail.mininginsight.example")
    return ("b295-07-mining-week-speaker-press",
            [("01-speaker-confirmation.eml", m1), ("02-press-interview-request.eml", m2),
             ("03-mmw-session-3b.ics", cal.encode("utf-8"))], [], "hard", "negative/conference-press",
            "She presents at a mining conference (speaker .ics) and a journalist asks for a press 'ярилцлага' "
            "on the sidelines. Not a job interview.")


GOBI = "gobisteppe.example"
KHULAN = ("Khulan Tsedev", f"khulan.ts@{GOBI}")
OTGON = ("Otgonbayar Nyamdorj", f"otgonbayar.n@{GOBI}")


@case
def c08():
    s1 = at(UB, 2026, 10, 16, 14, 20, 8, "Fri")
    s2 = at(UB, 2026, 10, 21, 9, 15, 8, "Wed")
    start = at(UB, 2026, 10, 23, 15, 0, 8, "Fri")
    end = start + timedelta(hours=1)
    zid = str(int(hx("c08", "zoom", n=10), 16))[:10]
    uid = f"ZOOM{zid}@zoom.us"
    summ = "Drill & Blast Engineer - Technical Interview (Anujin Batbayar)"

    def cal(method, seq, status, stamp):
        return calendar("-//zoom.us//iCalendar Event//EN", method, "Asia/Ulaanbaatar",
                        ["BEGIN:VEVENT", f"DTSTAMP:{zdt(stamp)}",
                         f"DTSTART;TZID=Asia/Ulaanbaatar:{ldt(start)}", f"DTEND;TZID=Asia/Ulaanbaatar:{ldt(end)}",
                         f"SUMMARY:{summ}", f"UID:{uid}", f"SEQUENCE:{seq}", f"STATUS:{status}",
                         f"ORGANIZER;CN={KHULAN[0]}:mailto:{KHULAN[1]}",
                         att(OWNER_EN, OWNER), att(*OTGON),
                         f"DESCRIPTION:{KHULAN[0]} is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\nhttps://us05web.zoom.us/j/{zid}",
                         f"LOCATION:https://us05web.zoom.us/j/{zid}", "END:VEVENT"])
    body1 = f"""Сайн байна уу, Анужин,
Dear Anujin,

Говь Стэпп Майнинг ХХК-ийн Өрөмдлөг тэсэлгээний инженерийн ажлын байрны техникийн ярилцлагад урьж байна. Уурхайн менежер Отгонбаяр ярилцлагыг авна.
We would like to invite you to a technical interview for the Drill & Blast Engineer role with our Mine Manager, Otgonbayar Nyamdorj.

Огноо / Date: {mn_date(start)} ({mn_wd(start)}) / {en_long(start)}
Цаг / Time: {hm(start)}-{hm(end)} Улаанбаатарын цагаар / Ulaanbaatar time
Zoom: https://us05web.zoom.us/j/{zid}

Календарын урилга хавсаргав. / Calendar invite attached.

Хүндэтгэсэн / Kind regards,
Хулан Цэдэв / Khulan Tsedev
HR Officer, Gobi Steppe Mining LLC
"""
    p1 = multipart("mixed", [text_part(body1, "plain", "quoted-printable"),
                             attach_part(cal("REQUEST", 0, "CONFIRMED", s1), "text/calendar", "zoom-meeting.ics",
                                         method="REQUEST")], boundary("c08a"))
    id1 = mid("c08a", f"mail.{GOBI}")
    m1 = eml("c08a", addr(*KHULAN), addr(OWNER_EN, OWNER), "Ярилцлагын урилга / Interview invitation – Drill & Blast Engineer",
             s1, p1, cc=addr(*OTGON), msgid=id1, host=f"mail.{GOBI}")
    body2 = f"""Сайн байна уу, Анужин,

Харамсалтай мэдээ дуулгахад уучлаарай. Компанийн бүтцийн өөрчлөлтийн улмаас Өрөмдлөг тэсэлгээний инженерийн ажлын байрны сонгон шалгаруулалтыг түр зогсоох шийдвэр гарлаа. Иймд {mn_date(start)} {hm(start)} цагт товлосон ярилцлагыг цуцалж байна. Календараас хасах мэдэгдлийг хавсаргав.

Ажлын байр дахин нээгдвэл танд хамгийн түрүүнд мэдэгдэнэ.

We are sorry, but the interview on {en_long(start)} at {hm(start)} is cancelled because the requisition has been put on hold.

Хүндэтгэсэн,
Хулан Цэдэв
"""
    p2 = multipart("mixed", [text_part(body2, "plain", "quoted-printable"),
                             attach_part(cal("CANCEL", 1, "CANCELLED", s2), "text/calendar", "cancel.ics",
                                         method="CANCEL")], boundary("c08b"))
    m2 = eml("c08b", addr(*KHULAN), addr(OWNER_EN, OWNER), "Цуцлагдсан: Ярилцлага 10/23 / Cancelled: Interview – Drill & Blast Engineer",
             s2, p2, cc=addr(*OTGON), msgid=mid("c08b", f"mail.{GOBI}"), in_reply_to=id1, refs=[id1],
             host=f"mail.{GOBI}")
    lab = L("Gobi Steppe Mining", "Drill & Blast Engineer", start, end, "cancelled", [OTGON[1]], [OTGON[1]],
            "technical")
    return ("b295-08-gobi-steppe-zoom-cancelled",
            [("01-zoom-interview-invite.eml", m1), ("02-interview-cancelled.eml", m2)], [lab], "medium",
            "positive/cancellation",
            "Zoom .ics REQUEST then METHOD:CANCEL (same UID, SEQUENCE 1) with Mongolian cancellation text; requisition on hold.")


@case
def c09():
    s = at(UB, 2026, 10, 26, 2, 14, 8, "Mon")
    body = """Dear Anujin Batbayar,

CONGRATULATIONS!!! Your CV has been shortlisted by Rio Minerals Group Australia for the position of FIFO MINING ENGINEER (Western Australia, 2-year contract, AUD 18,500 per month + free accommodation and flights).

Your final online interview will be conducted on Telegram by our Senior HR Officer. Please add @RMG_HR_Desk and send "READY" before Friday 30 October, 10:00 AM.

IMPORTANT: Before the interview you must pay the Work Visa Processing Fee of 1,450,000 MNT (refundable after arrival) to our Mongolian agent account. Account details will be provided on Telegram. Candidates who do not pay within 48 hours will lose their place.

Do not share this offer with others.

Regards,
Mr. David Wilson
Recruitment Department
Rio Minerals Group Pty Ltd
"""
    m = eml("c09", addr("Rio Minerals Group HR", "rmg.recruitment.desk@mail-au.example"), OWNER,
            "Congratulations - Shortlisted for FIFO Mining Engineer (AUD 18,500/month) - Interview on Telegram", s,
            text_part(body, "plain", "7bit"), reply_to="hr.rmg.australia@freemail.example",
            msgid=mid("c09", "mail-au.example"), host="smtp-relay.mail-au.example")
    return ("b295-09-scam-australia-telegram", [("01-shortlisted-fifo.eml", m)], [], "medium", "negative/scam",
            "Fake Australian recruiter: Telegram 'interview' gated by a visa fee. Scam, not an interview.")


@case
def c10():
    start = at(UB, 2026, 10, 27, 15, 0, 8, "Tue")
    end = start + timedelta(minutes=90)
    created = at(UB, 2026, 10, 21, 10, 12, 8, "Wed")
    upd = at(UB, 2026, 10, 22, 9, 3, 8, "Thu")
    gm = ("Энхбаатар Лхагва", f"enkhbaatar.l@{KHG}")
    cfo = ("Номин Сүхбат", f"nomin.s@{KHG}")
    eid = b32("c10", "eid", n=26)
    z = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")  # noqa: E731
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c10', 'etag', n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": z(created),
        "updated": z(upd),
        "summary": "Панел ярилцлага (Ерөнхий захирал) – Анужин Батбаяр / Senior Mining Engineer",
        "description": ("Хангай Коал ХХК – Ахлах уурхайн инженер (ил уурхай) ажлын байрны эцсийн шат.\n"
                        "Панелд: Ерөнхий захирал Энхбаатар Лхагва, ерөнхий инженер Ганболд Пүрэвсүрэн, "
                        "санхүүгийн захирал Номин Сүхбат.\n"
                        "Зохион байгуулагч: Сарангэрэл (HR) – ярилцлагад суухгүй.\n"
                        "15 минутын танилцуулга бэлдэнэ үү: ил уурхайн тээврийн зардлыг бууруулах санал."),
        "location": "Хангай Тауэр 12 давхар, Удирдлагын хурлын танхим, Хан-Уул дүүрэг, Улаанбаатар",
        "creator": {"email": SARAN[1], "displayName": SARAN[0]},
        "organizer": {"email": SARAN[1], "displayName": SARAN[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Asia/Ulaanbaatar"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Asia/Ulaanbaatar"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": SARAN[1], "displayName": SARAN[0], "organizer": True, "responseStatus": "accepted"},
            {"email": gm[1], "displayName": gm[0], "responseStatus": "accepted"},
            {"email": GANBOLD[1], "displayName": GANBOLD[0], "responseStatus": "accepted"},
            {"email": cfo[1], "displayName": cfo[0], "responseStatus": "tentative"},
            {"email": OWNER, "displayName": OWNER_MN, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    ivs = [gm[1], GANBOLD[1], cfo[1]]
    lab = L("Khangai Coal", "Senior Mining Engineer", start, end, "scheduled", ivs, ivs, "onsite")
    return ("b295-10-khangai-gm-panel-gcal-json", [("01-khangai-gm-panel.gcal.json", data)], [lab], "medium",
            "positive/calendar-api-json",
            "Calendar API event only: GM panel Tue 27 Oct 15:00-16:30 UB with three panelists; HR organizer does not sit in.")


REDGUM = "redgumms.example"
CHLOE = ("Chloe Hargreaves", f"chloe.hargreaves@{REDGUM}")


@case
def c11():
    s1 = at(BNE, 2026, 10, 27, 16, 48, 10, "Tue")
    s2 = at(UB, 2026, 10, 27, 15, 20, 8, "Tue")
    s3 = at(BNE, 2026, 10, 27, 17, 31, 10, "Tue")
    assert s1 < s2 < s3
    start = at(BNE, 2026, 10, 29, 13, 0, 10, "Thu")
    end = start + timedelta(minutes=30)
    assert start.astimezone(UB).hour == 11
    assert at(SYD, 2026, 10, 29, 14, 0, 11) == start  # Sydney is on AEDT, one hour ahead of Brisbane
    sig = """Chloe Hargreaves
Senior Talent Acquisition Partner
Redgum Mining Services Pty Ltd
Level 9, 120 Eagle Street, Brisbane QLD 4000
"""
    body1 = f"""Hi Anujin,

Thanks for applying for our Drill & Blast Engineer role supporting the Mongolian contracts. Your experience with winter blasting in the Gobi really stood out.

I'd love to set up a 30-minute phone chat to talk through the role, the FIFO roster and what you're looking for. Would Thursday 29 October at 1:00pm work?

Just to be clear on time zones, that's Brisbane time (AEST). Queensland doesn't do daylight saving, so we're an hour behind our Sydney office at the moment.

I'll call you on the mobile number on your CV. Let me know if that suits or suggest another time.

Cheers,
{sig}"""
    id1 = mid("c11a", "", "outlook")
    m1 = eml("c11a", addr(*CHLOE), addr(OWNER_EN, OWNER), "Drill & Blast Engineer (Mongolia) - quick phone chat?", s1,
             text_part(body1, "plain", "quoted-printable"), msgid=id1,
             host="SYD01-ME3-obe.outbound.protection.outlook.com",
             extra=[("Thread-Topic", "Drill & Blast Engineer (Mongolia) - quick phone chat?")])
    body2 = """Hi Chloe,

Thank you, Thursday at 1:00pm works well for me. Talk then.

Best regards,
Anujin

On Tue, 27 Oct 2026 at 14:48, Chloe Hargreaves wrote:
> Would Thursday 29 October at 1:00pm work?
"""
    id2 = mid("c11b", "", "gmail")
    m2 = eml("c11b", addr(OWNER_EN, OWNER), addr(*CHLOE), "Re: Drill & Blast Engineer (Mongolia) - quick phone chat?",
             s2, text_part(body2, "plain", "7bit"), msgid=id2, in_reply_to=id1, refs=[id1],
             host="mail-pj1-f52.google.com")
    body3 = f"""Great - locked in. Speak to you Thursday, 1pm my time.

{sig}"""
    m3 = eml("c11c", addr(*CHLOE), addr(OWNER_EN, OWNER), "RE: Drill & Blast Engineer (Mongolia) - quick phone chat?",
             s3, text_part(body3, "plain", "quoted-printable"), msgid=mid("c11c", "", "outlook"),
             in_reply_to=id2, refs=[id1, id2], host="SYD01-ME3-obe.outbound.protection.outlook.com")
    lab = L("Redgum Mining Services", "Drill & Blast Engineer", start, end, "scheduled", [CHLOE[1]], [CHLOE[1]],
            "phone_screen")
    return ("b295-11-redgum-brisbane-time-only",
            [("01-chloe-phone-chat.eml", m1), ("02-anujin-thursday-works.eml", m2), ("03-chloe-locked-in.eml", m3)],
            [lab], "hard", "positive/timezone",
            "Time given only in Brisbane time (AEST, UTC+10, no DST): Thu 29 Oct 13:00+10:00 = 11:00 UB; "
            "Sydney AEDT mentioned as a distractor; owner's reply does not convert.")


@case
def c12():
    s = at(UB, 2026, 11, 2, 11, 5, 8, "Mon")
    past = at(UB, 2026, 10, 15, 10, 0, 8, "Thu")
    body = f"""Dear Anujin,

Thank you for taking the time to speak with Bat-Erdene Tsogt on {past.day} October about the Mine Planning Engineer (R-10482) position at Oyut Copper.

We received a strong field of applicants for this role. After careful consideration, we have decided to progress with candidates whose experience more closely matches the current needs of the underground planning team.

We appreciate your interest in Oyut Copper and encourage you to apply for future openings that match your skills. Your profile will remain in our talent community.

Kind regards,
Talent Acquisition
Oyut Copper LLC

This message was sent from an unmonitored address. Visit your candidate home page: https://wd3.myworkdaysite.com/recruiting/oyutcopper/Careers/userHome
"""
    part = multipart("alternative", [text_part(body, "plain", "quoted-printable"),
                                     text_part(para_html(body), "html", "quoted-printable")], boundary("c12"))
    m = eml("c12", addr("Oyut Copper", "oyutcopper@myworkday.com"), addr(OWNER_EN, OWNER),
            "Update on your application: Mine Planning Engineer (R-10482)", s, part,
            msgid=mid("c12", "myworkday.com"), host="wd3-mta.myworkday.com",
            extra=[("X-Workday-Tenant", "oyutcopper"), ("Auto-Submitted", "auto-generated")])
    return ("b295-12-oyut-workday-rejection", [("01-workday-application-update.eml", m)], [], "easy",
            "negative/rejection", "Workday rejection that mentions the past 15 October interview.")


ALT = "altanovoo.example"
NOMINERDENE = ("Номин-Эрдэнэ Батсайхан", f"nominerdene.b@{ALT}")
BATZORIG = ("Батзориг Дашдондог", f"batzorig.d@{ALT}")
MUNKHOCHIR = ("Мөнх-Очир Сүхээ", f"munkhochir.s@{ALT}")


@case
def c13():
    s1 = at(UB, 2026, 10, 29, 13, 22, 8, "Thu")
    s2 = at(UB, 2026, 10, 30, 9, 10, 8, "Fri")
    gather = at(UB, 2026, 11, 3, 6, 0, 8, "Tue")
    dep = at(UB, 2026, 11, 3, 6, 40, 8, "Tue")
    arr = at(UB, 2026, 11, 3, 8, 10, 8, "Tue")
    start = at(UB, 2026, 11, 3, 10, 0, 8, "Tue")
    end = at(UB, 2026, 11, 3, 12, 0, 8, "Tue")
    ret = at(UB, 2026, 11, 3, 16, 30, 8, "Tue")
    ret_arr = at(UB, 2026, 11, 3, 18, 0, 8, "Tue")
    body1 = f"""Сайн байна уу, Анужин,

Алтан Овоо Майнинг ХХК-ийн "Уурхайн инженер (үйлдвэрлэл) / Mining Engineer – Production" ажлын байрны сүүлийн шатны ярилцлагыг уурхайн талбай дээр зохион байгуулахаар боллоо. Таныг {mn_date(start)} ({mn_wd(start)}) уурхайн кэмпэд урьж байна.

Өдрийн хөтөлбөр:
{hm(gather)} — Чингис хаан ОУ нисэх буудлын дотоод нислэгийн терминалд цуглах
{hm(dep)} — Компанийн чартер нислэг AO-201 хөөрнө
{hm(arr)} — Овоотын нисэх зурваст буух, кэмп рүү автобусаар
08:30–09:30 — Хамгаалах хэрэгсэл олгох, аюулгүй ажиллагааны товч зааварчилгаа
{hm(start)}–{hm(end)} — Ярилцлага: уурхайн менежер Батзориг, ерөнхий инженер Мөнх-Очир
12:00–13:00 — Үдийн хоол (кэмпийн хоолны газар)
13:00–15:00 — Ил уурхай, бутлах үйлдвэртэй танилцах аялал
{hm(ret)} — Буцах нислэг, Улаанбаатарт {hm(ret_arr)} цагт буух

Нислэгийн тасалбарыг манай аяллын алба маргааш тусад нь илгээнэ. Хувцаслалт: дулаан хувцас, хамгаалалтын гутал байвал авч ирээрэй. Иргэний үнэмлэхгүй бол онгоцонд суулгахгүй.

In short (English): site interview at the Altan Ovoo camp on {en_long(start)}, {hm(start)}-{hm(end)}, with the Mine Manager and the Chief Engineer. Company charter departs UB at {hm(dep)}.

Хүндэтгэсэн,
Номин-Эрдэнэ Батсайхан
Хүний нөөцийн зохицуулагч | HR Coordinator
Алтан Овоо Майнинг ХХК
"""
    id1 = mid("c13a", f"mail.{ALT}")
    m1 = eml("c13a", addr(*NOMINERDENE), addr(OWNER_MN, OWNER),
             "Уурхайн талбай дээрх ярилцлага – 11/03 / Site visit interview", s1,
             text_part(body1, "plain", "quoted-printable"), cc=", ".join([addr(*BATZORIG), addr(*MUNKHOCHIR)]),
             msgid=id1, host=f"mail.{ALT}", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    travel = ("Altan Ovoo Travel Desk", f"travel@{ALT}")
    fuid = f"AO201-{hx('c13', 'fl', n=10)}@{ALT}"
    fcal = calendar("-//Altan Ovoo Mining//Travel Desk//EN", "REQUEST", "Asia/Ulaanbaatar",
                    ["BEGIN:VEVENT", f"UID:{fuid}", f"DTSTAMP:{zdt(s2)}",
                     f"DTSTART;TZID=Asia/Ulaanbaatar:{ldt(dep)}", f"DTEND;TZID=Asia/Ulaanbaatar:{ldt(arr)}",
                     "SUMMARY:Flight AO-201 Ulaanbaatar (UBN) → Ovoot airstrip (charter)",
                     "LOCATION:Chinggis Khaan International Airport\\, domestic terminal",
                     f"DESCRIPTION:Check-in closes {hm(dep - timedelta(minutes=40))}. Passenger: BATBAYAR/ANUJIN. "
                     "Baggage 15 kg. Return AO-202 16:30.",
                     f"ORGANIZER;CN=Altan Ovoo Travel Desk:mailto:{travel[1]}",
                     att(OWNER_EN, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT"])
    body2 = f"""Сайн байна уу,

Таны нислэгийн захиалга баталгаажлаа. / Your flight booking is confirmed.

Зорчигч / Passenger: BATBAYAR/ANUJIN
Нислэг / Flight: AO-201 (charter)   UBN {hm(dep)} → Ovoot {hm(arr)}   {dep.strftime('%d %b %Y')}
Буцах / Return: AO-202 (charter)   Ovoot {hm(ret)} → UBN {hm(ret_arr)}   {ret.strftime('%d %b %Y')}
Бүртгэл хаагдах / Check-in closes: {hm(dep - timedelta(minutes=40))}
Ачаа / Baggage: 15 кг

Энэ имэйл нь тасалбарын үүрэг гүйцэтгэнэ. Иргэний үнэмлэхээ заавал авч ирнэ үү.

Altan Ovoo Mining – Travel Desk
"""
    p2 = multipart("mixed", [text_part(body2, "plain", "base64"),
                             attach_part(fcal, "text/calendar", "AO-201.ics", method="REQUEST")], boundary("c13b"))
    m2 = eml("c13b", addr(*travel), OWNER, "Нислэгийн баталгаажуулалт / Flight confirmation AO-201 03NOV", s2, p2,
             msgid=mid("c13b", f"mail.{ALT}"), host=f"mail.{ALT}")
    ev = outlook_event(outlook_uid("c13"), start, end, "Ulaanbaatar Standard Time",
                       "Site visit interview – Anujin Batbayar (Mining Engineer – Production)", NOMINERDENE,
                       [att(OWNER_EN, OWNER), att("Batzorig Dashdondog", BATZORIG[1]),
                        att("Munkh-Ochir Sukhee", MUNKHOCHIR[1])],
                       "Ярилцлага уурхайн кэмпийн захиргааны байр, 2 давхар, хурлын өрөө. "
                       "Flight details are sent separately by the Travel Desk.",
                       "Altan Ovoo mine camp – Administration building, meeting room 2F", s1, busy="BUSY")
    ics3 = calendar("Microsoft Exchange Server 2010", "REQUEST", "Ulaanbaatar Standard Time", ev)
    ivs = [BATZORIG[1], MUNKHOCHIR[1]]
    lab = L("Altan Ovoo Mining", "Mining Engineer – Production", start, end, "scheduled", ivs, ivs, "onsite")
    return ("b295-13-altanovoo-site-visit-flight",
            [("01-site-visit-programme.eml", m1), ("02-flight-confirmation.eml", m2),
             ("03-site-visit-interview.ics", ics3.encode("utf-8"))], [lab], "hard", "positive/onsite-travel",
            "Mine-camp interview 10:00-12:00 on Tue 3 Nov; charter flight 06:40 (with its own .ics), site tour and "
            "return flight are not the interview.")


@case
def c14():
    s = at(PER, 2026, 11, 3, 9, 0, 8, "Tue")
    due = at(PER, 2026, 11, 6, 23, 59, 8, "Fri")
    code = b32("c14", "code", n=10).upper()
    body = f"""Hello Anujin,

Redgum Mining Services has invited you to complete the LinguaCheck Workplace English assessment as part of your application for Drill & Blast Engineer (Mongolia).

What to expect
- Around 45 minutes, completed online at a time that suits you
- Sections: reading, listening, a short written email and recorded speaking answers
- Responses are scored automatically; there is no live examiner

Deadline: {en_long(due)}, {ampm(due)} AWST (Perth time)
Start your test: https://app.linguacheck.example/t/{code}

You will need a quiet room, a webcam and a microphone. The link can only be used once.

Good luck,
The LinguaCheck team, on behalf of Redgum Mining Services
"""
    html = para_html(body, font="Helvetica,Arial,sans-serif")
    part = multipart("alternative", [text_part(body, "plain", "quoted-printable"),
                                     text_part(html, "html", "base64")], boundary("c14"))
    m = eml("c14", addr("LinguaCheck on behalf of Redgum Mining Services", "no-reply@linguacheck.example"),
            OWNER, "Action required: online English assessment for Drill & Blast Engineer", s, part,
            reply_to="talent@redgumms.example", msgid=mid("c14", "linguacheck.example"),
            host="mta2.linguacheck.example", extra=[("Auto-Submitted", "auto-generated")])
    return ("b295-14-redgum-online-english-test", [("01-english-assessment-invite.eml", m)], [], "medium",
            "negative/online-assessment",
            "Self-paced online English test with an AWST deadline; no live conversation.")


ERD = "erdenegobi.example"
SARUUL = ("Saruul Enkh-Amgalan", f"saruul.e@{ERD}")
ODGEREL = ("Odgerel Tsend", f"odgerel.ts@{ERD}")
GANTULGA = ("Gantulga Batmunkh", f"gantulga.b@{ERD}")
TSEREN = ("Tserenpuntsag Ochir", f"tserenpuntsag.o@{ERD}")


@case
def c15():
    sents = [at(UB, 2026, 10, 29, 10, 5, 8, "Thu"), at(UB, 2026, 10, 29, 10, 7, 8, "Thu"),
             at(UB, 2026, 10, 29, 10, 9, 8, "Thu")]
    s4 = at(UB, 2026, 10, 29, 10, 26, 8, "Thu")
    sess = [(at(UB, 2026, 11, 4, 9, 30, 8, "Wed"), at(UB, 2026, 11, 4, 10, 30, 8), [ODGEREL],
             "Erdene Gobi onsite (1/3): HR interview – Anujin Batbayar",
             "Хүний нөөцийн менежер Одгэрэлтэй ярилцлага: ажлын туршлага, хүлээлт, ээлжийн хуваарь."),
            (at(UB, 2026, 11, 4, 10, 30, 8, "Wed"), at(UB, 2026, 11, 4, 11, 30, 8), [GANTULGA],
             "Erdene Gobi onsite (2/3): Technical interview with the Chief Engineer",
             "Technical deep-dive with Gantulga Batmunkh: decline development, stope sequencing, ground support."),
            (at(UB, 2026, 11, 4, 13, 0, 8, "Wed"), at(UB, 2026, 11, 4, 14, 0, 8), [TSEREN, GANTULGA],
             "Erdene Gobi onsite (3/3): Панел ярилцлага – Ерөнхий менежер",
             "Ерөнхий менежер Цэрэнпунцаг болон ерөнхий инженер Гантулгатай панел ярилцлага.")]
    loc = "Erdene Gobi Resources, Gegeen Tower 9F, Chinggis Avenue, Ulaanbaatar"
    items = []
    for i, (st, en, people, title, desc) in enumerate(sess):
        uid = f"{b32('c15', str(i), n=26)}@google.com"
        guests = [(SARUUL[0], SARUUL[1])] + [(p[0], p[1]) for p in people] + [(OWNER_EN, OWNER)]
        atts = [att(SARUUL[0], SARUUL[1], "ACCEPTED", google=True)] + \
               [att(p[0], p[1], "ACCEPTED", google=True) for p in people] + [att(OWNER_EN, OWNER, google=True)]
        evl = google_event(uid, st, en, "Asia/Ulaanbaatar", title, SARUUL, atts, desc, loc, sents[i])
        cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", "Asia/Ulaanbaatar", evl)
        plain, html = gcal_bodies(title, st, en, loc, desc, SARUUL, guests)
        items.append((f"0{i + 1}-invitation-onsite-part{i + 1}.eml",
                      google_invite(f"c15{i}", SARUUL, gcal_subject("Invitation", title, st, en), sents[i],
                                    plain, html, cal)))
    body = f"""Сайн байна уу, Анужин,

Өнөөдөр гурван тусдаа календарын урилга илгээлээ — бүгд {mn_date(sess[0][0])} ({mn_wd(sess[0][0])}) нэг өдөр манай оффис дээр болно:

09:30–10:30  Хүний нөөц (Одгэрэл)
10:30–11:30  Техникийн ярилцлага (ерөнхий инженер Гантулга)
11:30–13:00  Үдийн завсарлага — манай инженерүүдтэй хамт үдийн хоол идэх боломжтой
13:00–14:00  Ерөнхий менежер Цэрэнпунцагтай панел

Gegeen Tower 9 давхрын хүлээн авахад 09:15 гэхэд ирээрэй. Зочны карт авахад иргэний үнэмлэх хэрэгтэй.

Хүндэтгэсэн,
Саруул Энх-Амгалан
Talent Acquisition, Erdene Gobi Resources
"""
    items.append(("04-saruul-onsite-summary.eml",
                  eml("c15s", addr(*SARUUL), addr(OWNER_EN, OWNER),
                      "Principal Mining Engineer – 11/04 onsite-ийн хуваарь", s4,
                      text_part(body, "plain", "quoted-printable"), msgid=mid("c15s", "", "gmail"),
                      host="mail-oa1-f48.google.com")))
    ivs = [ODGEREL[1], GANTULGA[1], TSEREN[1]]
    lab = L("Erdene Gobi Resources", "Principal Mining Engineer (Underground Development)", sess[0][0],
            sess[2][1], "scheduled", ivs, ivs, "onsite")
    return ("b295-15-erdenegobi-onsite-three-invites", items, [lab], "medium", "positive/onsite-loop",
            "Three Google invites on Wed 4 Nov (09:30, 10:30, 13:00) plus a summary mail with lunch break -> one onsite "
            "09:30-14:00; recruiter-organizer is not an interviewer.")


TSOGT = ("Цэцэгмаа Болд", "tsetsegmaa@tsogtdrilling.example")


@case
def c16():
    s1 = at(UB, 2026, 11, 2, 18, 44, 8, "Mon")
    s2 = at(UB, 2026, 11, 2, 21, 3, 8, "Mon")
    start = at(UB, 2026, 11, 5, 16, 0, 8, "Thu")
    end = start + timedelta(minutes=20)
    relay = f"msg-{hx('c16', 'relay', n=16)}@relay.unegui.mn"
    body1 = f"""Unegui.mn — Таны зарт хариу ирлээ

Зар: "Уурхайн инженер, 6 жилийн туршлагатай, ажил хайж байна" (№{int(hx('c16', 'ad', n=6), 16) % 9000000 + 1000000})
Илгээгч: Цэцэгмаа (Цогт Дриллинг ХХК)

Сайн байна уу. Таны unegui.mn дээр тавьсан зарыг үзлээ. Манай компани хайгуулын өрөмдлөгийн төслийн инженер хайж байгаа бөгөөд таны туршлага тохирох юм шиг санагдлаа.

{mn_date(start)}, {mn_wd(start)} {hm(start)} цагт утсаар 20 минут орчим ярилцъя. Би өөрөө залгана. Хэрэв тохирохгүй бол {TSOGT[1]} хаягаар мэдэгдээрэй.

Цэцэгмаа, Хүний нөөцийн мэргэжилтэн
Цогт Дриллинг ХХК

---
Энэ мессежид хариу бичвэл илгээгч рүү unegui.mn-ээр дамжин хүрнэ. Хувийн мэдээлэл, мөнгө шилжүүлэх хүсэлтэд болгоомжтой хандана уу.
"""
    id1 = mid("c16a", "unegui.mn")
    m1 = eml("c16a", addr("Unegui.mn", "noreply@unegui.mn"), OWNER, "Таны зарт хариу ирлээ: Уурхайн инженер",
             s1, text_part(body1, "plain", "base64"), reply_to=relay, msgid=id1, host="mx-out.unegui.mn",
             extra=[("Auto-Submitted", "auto-replied")])
    body2 = """Сайн байна уу, Цэцэгмаа,

Болно, Пүрэв гарагт 16:00 цагт таны дуудлагыг хүлээж байя.

Анужин
"""
    m2 = eml("c16b", addr(OWNER_MN, OWNER), relay, "Re: Таны зарт хариу ирлээ: Уурхайн инженер", s2,
             text_part(body2, "plain", "quoted-printable"), msgid=mid("c16b", "", "gmail"), in_reply_to=id1,
             refs=[id1], host="mail-qt1-f43.google.com")
    lab = L("Tsogt Drilling", "Хайгуулын өрөмдлөгийн төслийн инженер", start, end, "scheduled",
            [TSOGT[1]], [TSOGT[1]], "phone_screen")
    return ("b295-16-tsogt-drilling-unegui-phone",
            [("01-unegui-relay-reply.eml", m1), ("02-anujin-ok.eml", m2)], [lab], "medium", "positive/relay",
            "Unegui.mn relay message: HR will phone Thu 5 Nov 16:00 for 20 min; real address only in the body.")


HUA = "huabei-re.example"
LIU = ("Liu Yang", f"liu.yang@{HUA}")
ZHAO = ("Zhao Wei", f"zhao.wei@{HUA}")
SUN = ("Sun Li", f"sun.li@{HUA}")


@case
def c17():
    s1 = at(SHA, 2026, 11, 5, 10, 30, 8, "Thu")
    s2 = at(SHA, 2026, 11, 11, 16, 15, 8, "Wed")
    a0 = at(SHA, 2026, 11, 10, 10, 0, 8, "Tue")
    a1 = a0 + timedelta(minutes=45)
    b0 = at(SHA, 2026, 11, 17, 14, 0, 8, "Tue")
    b1 = b0 + timedelta(minutes=90)
    assert a0.astimezone(UB).hour == 10 and b0.astimezone(UB).hour == 14
    zid = str(int(hx("c17", "zoom", n=10), 16))[:11]
    cal1 = calendar("-//SAP SuccessFactors//Interview Scheduling//EN", "REQUEST", "Asia/Shanghai",
                    ["BEGIN:VEVENT", f"UID:sf-{hx('c17', 'sf', n=24)}@successfactors.com", f"DTSTAMP:{zdt(s1)}",
                     f"DTSTART;TZID=Asia/Shanghai:{ldt(a0)}", f"DTEND;TZID=Asia/Shanghai:{ldt(a1)}",
                     "SUMMARY:HR Video Interview - Mining Engineer (Mongolia Projects)",
                     f"LOCATION:Zoom https://zoom.us/j/{zid}",
                     f"DESCRIPTION:Interviewer: Liu Yang (HR Business Partner)\\nZoom: https://zoom.us/j/{zid}",
                     f"ORGANIZER;CN=Liu Yang:mailto:{LIU[1]}", att(OWNER_EN, OWNER), att(*LIU),
                     "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"])
    body1 = f"""Dear Anujin Batbayar,

Thank you for applying to Huabei Resources Engineering Co., Ltd. We are pleased to invite you to an interview for the following position.

Position: Mining Engineer (Mongolia Projects)
Requisition ID: 3391
Interview type: HR Video Interview
Date: {en_long(a0)}
Time: {hm(a0)} - {hm(a1)} (GMT+08:00) China Standard Time - Beijing (same as Ulaanbaatar time)
Interviewer: Liu Yang, HR Business Partner
Meeting link: https://zoom.us/j/{zid}

Please accept the attached calendar invitation. If you need to change the time, contact {LIU[1]}.

Best regards,
Huabei Resources Engineering Co., Ltd.
Talent Acquisition, Beijing Headquarters
"""
    html1 = para_html(body1, font="Arial,'Microsoft YaHei',sans-serif")
    p1 = multipart("mixed", [multipart("alternative", [text_part(body1, "plain", "quoted-printable"),
                                                       text_part(html1, "html", "quoted-printable")],
                                       boundary("c17alt")),
                             attach_part(cal1, "text/calendar", "interview.ics", method="REQUEST")], boundary("c17a"))
    id1 = mid("c17a", "successfactors.com")
    m1 = eml("c17a", addr("Huabei Resources Recruiting", "no-reply@successfactors.com"), addr(OWNER_EN, OWNER),
             "Interview Invitation - Mining Engineer (Mongolia Projects) - Req 3391", s1, p1, reply_to=LIU[1],
             msgid=id1, host="mail-dc4.successfactors.com", extra=[("Auto-Submitted", "auto-generated")])
    ev2 = outlook_event(outlook_uid("c17b"), b0, b1, "China Standard Time",
                        "Technical Interview - Mining Engineer (Mongolia Projects) - Anujin Batbayar", LIU,
                        [att(OWNER_EN, OWNER), att(*ZHAO), att(*SUN)],
                        "VooV Meeting (Tencent Meeting international). Interpreter provided.",
                        "VooV Meeting", s2, busy="BUSY")
    cal2 = calendar("Microsoft Exchange Server 2010", "REQUEST", "China Standard Time", ev2)
    body2 = f"""Dear Anujin,

Thank you for speaking with me yesterday. I am happy to tell you that you have been shortlisted for the technical round.

Date: {en_long(b0)}
Time: {hm(b0)}-{hm(b1)} Beijing time (UTC+8, identical to Ulaanbaatar)
Interviewers: Mr. Zhao Wei, Chief Mining Engineer, and Ms. Sun Li, Senior Geotechnical Engineer
Platform: VooV Meeting, meeting code {int(hx('c17', 'voov', n=8), 16) % 900000000 + 100000000}

The panel will mostly speak Chinese and English; a Mongolian interpreter from our Ulaanbaatar branch will join to help. Please prepare a 10-minute summary of an open-pit optimisation project you led.

Invitation attached.

Best regards,
Liu Yang
HR Business Partner
Huabei Resources Engineering Co., Ltd. | Beijing
"""
    p2 = multipart("mixed", [text_part(body2, "plain", "quoted-printable"),
                             attach_part(cal2, "text/calendar", "technical-interview.ics", method="REQUEST")],
                   boundary("c17b"))
    m2 = eml("c17b", addr(*LIU), addr(OWNER_EN, OWNER), "Next step: technical interview on 17 November", s2, p2,
             cc=", ".join([addr(*ZHAO), addr(*SUN)]), msgid=mid("c17b", "", "outlook"), in_reply_to=id1, refs=[id1],
             host="HK2PR02-obe.outbound.protection.outlook.com")
    la = L("Huabei Resources Engineering", "Mining Engineer (Mongolia Projects)", a0, a1, "scheduled",
           [LIU[1]], [LIU[1]], "phone_screen")
    lb = L("Huabei Resources Engineering", "Mining Engineer (Mongolia Projects)", b0, b1, "scheduled",
           [ZHAO[1], SUN[1]], [ZHAO[1], SUN[1]], "technical")
    return ("b295-17-huabei-two-interviews-successfactors",
            [("01-successfactors-hr-interview.eml", m1), ("02-liu-technical-round.eml", m2)], [la, lb], "hard",
            "positive/two-interviews",
            "Beijing-headquartered firm: SuccessFactors HR video (Asia/Shanghai) + Outlook technical (China Standard "
            "Time), both UTC+8 = UB time. Two interviews.")


@case
def c18():
    s = at(UB, 2026, 11, 10, 15, 40, 8, "Tue")
    past = at(UB, 2026, 11, 3, 10, 0, 8, "Tue")
    due = at(UB, 2026, 11, 13, 17, 0, 8, "Fri")
    startw = day(2026, 12, 1, "Tue")
    body = f"""Сайн байна уу, Анужин,

{past.month} сарын {past.day}-нд уурхай дээр болсон ярилцлагад оролцсонд баярлалаа. Алтан Овоо Майнинг ХХК таныг "Уурхайн инженер (үйлдвэрлэл)" ажлын байранд ажилд авах санал тавьж байгаадаа баяртай байна.

Саналын гол нөхцөл:
• Ажилд орох огноо: {startw.year} оны {startw.month} сарын {startw.day}
• Ээлжийн хуваарь: 14/14, уурхайн кэмпэд
• Үндсэн цалин: сард 7,800,000 төгрөг (татварын өмнөх), ээлжийн нэмэгдэл тусдаа
• Туршилтын хугацаа: 3 сар

Саналыг хүлээн авах эсэхээ {mn_date(due)} ({mn_wd(due)}) {hm(due)} цагаас өмнө энэ имэйлд хариу бичиж мэдэгдэнэ үү. Хөдөлмөрийн гэрээний төслийг DocuSign-аар тусад нь илгээнэ.

Дараагийн алхмууд: ажилд орохын өмнөх эрүүл мэндийн үзлэг болон аюулгүй ажиллагааны анхан шатны сургалтын цагийг гэрээ баталгаажсаны дараа мэдэгдэнэ.

Баяр хүргэе!

Хүндэтгэсэн,
Номин-Эрдэнэ Батсайхан
Хүний нөөцийн зохицуулагч, Алтан Овоо Майнинг ХХК
"""
    part = multipart("alternative", [text_part(body, "plain", "quoted-printable"),
                                     text_part(para_html(body, font="Calibri,Arial"), "html", "quoted-printable")],
                     boundary("c18"))
    m = eml("c18", addr(*NOMINERDENE), addr(OWNER_MN, OWNER), "Ажлын санал / Employment offer – Уурхайн инженер (үйлдвэрлэл)",
            s, part, cc=addr(*BATZORIG), msgid=mid("c18", f"mail.{ALT}"), host=f"mail.{ALT}",
            extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])
    return ("b295-18-altanovoo-offer", [("01-employment-offer.eml", m)], [], "easy", "negative/offer",
            "Offer letter after the site interview: start date, acceptance deadline 13 Nov 17:00. No interview.")


@case
def c19():
    s = at(PER, 2026, 11, 6, 14, 2, 8, "Fri")
    start = at(PER, 2026, 11, 12, 10, 0, 8, "Thu")
    end = at(PER, 2026, 11, 12, 11, 30, 8, "Thu")
    assert start.astimezone(BNE).hour == 12 and start.astimezone(UB).hour == 10
    jess = ("Jess Whitfield", f"jess.whitfield@{REDGUM}")
    craig = ("Craig Donnelly", f"craig.donnelly@{REDGUM}")
    hamish = ("Hamish Rowe", f"hamish.rowe@{REDGUM}")
    sandra = ("Sandra Mills", f"sandra.mills@{REDGUM}")
    url, tblock = teams_block("c19")
    body = f"""Hi Anujin,

Great news - following your chat with Chloe, we'd like you to meet the panel for the Drill & Blast Engineer (Mongolia) role. The panel is 90 minutes:

- Craig Donnelly, General Manager - Operations, Mongolia & Asia (chair)
- Hamish Rowe, Principal Drill & Blast Engineer (joining from our Brisbane office, where it'll be 12:00pm)
- Sandra Mills, HSE Manager

Expect a mix of behavioural questions and a blast design scenario; no preparation needed beyond a pen and paper. The invite is in Perth time, which is the same as Ulaanbaatar.

I'm coordinating only and won't be on the call, but reach me on this address with any questions.

Thanks,
Jess Whitfield
Recruitment Coordinator | Redgum Mining Services
Perth, WA

{tblock}"""
    subj = "Panel Interview - Drill & Blast Engineer (Mongolia) - Anujin Batbayar"
    ev = outlook_event(outlook_uid("c19"), start, end, "W. Australia Standard Time", subj, jess,
                       [att(OWNER_EN, OWNER), att(*craig), att(*hamish), att(*sandra)],
                       body, "Microsoft Teams Meeting", s, teams_url=url)
    m = outlook_invite("c19", jess, [addr(OWNER_EN, OWNER), addr(*craig), addr(*hamish), addr(*sandra)], None,
                       subj, s, f"{en_long(start)} {ampm(start)}-{ampm(end)} (UTC+08:00) Perth.",
                       "Microsoft Teams Meeting", body, ev, "W. Australia Standard Time", lang="en-AU")
    ivs = [craig[1], hamish[1], sandra[1]]
    lab = L("Redgum Mining Services", "Drill & Blast Engineer", start, end, "scheduled", ivs, ivs, "onsite")
    return ("b295-19-redgum-perth-panel-teams-wst", [("01-teams-panel-invite.eml", m)], [lab], "medium",
            "positive/exchange-teams",
            "Teams invite with TZID 'W. Australia Standard Time', '(UTC+08:00) Perth' label; GM-chaired panel "
            "Thu 12 Nov 10:00-11:30 (= UB time; Brisbane 12:00 is a distractor).")


@case
def c20():
    s = at(UB, 2026, 11, 12, 11, 18, 8, "Thu")
    appt = at(UB, 2026, 11, 17, 8, 30, 8, "Tue")
    end = appt + timedelta(hours=2)
    clinic = ("Эрүүл Амьдрал Клиник", "booking@eruulamidral.example")
    uid = f"appt-{hx('c20', 'uid', n=12)}@eruulamidral.example"
    cal = calendar("-//Eruul Amidral Clinic//Booking//MN", "REQUEST", "Asia/Ulaanbaatar",
                   ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zdt(s)}",
                    f"DTSTART;TZID=Asia/Ulaanbaatar:{ldt(appt)}", f"DTEND;TZID=Asia/Ulaanbaatar:{ldt(end)}",
                    "SUMMARY:Ажилд орохын өмнөх эрүүл мэндийн үзлэг – Алтан Овоо Майнинг",
                    "LOCATION:Эрүүл Амьдрал Клиник\\, 2 давхар\\, Баянгол дүүрэг",
                    "DESCRIPTION:Өлөн очно уу. Иргэний үнэмлэх болон илгээх бичиг авч ирнэ.",
                    f"ORGANIZER;CN=Eruul Amidral Clinic:mailto:{clinic[1]}", att(OWNER_EN, OWNER),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"])
    body = f"""Сайн байна уу, Анужин Батбаяр,

Алтан Овоо Майнинг ХХК-ийн захиалгаар таны ажилд орохын өмнөх эрүүл мэндийн үзлэгийн цагийг баталгаажууллаа.

Огноо: {mn_date(appt)} ({mn_wd(appt)})
Цаг: {hm(appt)} цагт (2 цаг орчим)
Хаяг: Эрүүл Амьдрал Клиник, 2 давхар, Баянгол дүүрэг

Үзлэгт: цусны ерөнхий шинжилгээ, уушгины рентген, сонсгол, хараа, зүрхний бичлэг, нарколог.
Өглөө өлөн ирнэ үү. Иргэний үнэмлэх, компанийн илгээх бичгээ авчирна уу.

Цаг өөрчлөх бол 7700-0000 дугаарт залгана уу.

Эрүүл Амьдрал Клиник
"""
    p = multipart("mixed", [text_part(body, "plain", "base64"),
                            attach_part(cal, "text/calendar", "appointment.ics", method="REQUEST")], boundary("c20"))
    m = eml("c20", addr(*clinic), OWNER, "Эрүүл мэндийн үзлэгийн цаг баталгаажлаа – 11/17 08:30", s, p,
            msgid=mid("c20", "eruulamidral.example"), host="mail.eruulamidral.example")
    return ("b295-20-altanovoo-medical-exam", [("01-medical-exam-booking.eml", m)], [], "medium",
            "negative/medical-appointment",
            "Pre-employment medical examination booked by the employer at a clinic, with .ics. Not an interview.")


@case
def c21():
    s = at(UB, 2026, 11, 18, 11, 20, 8, "Wed")
    w0 = day(2026, 11, 23, "Mon")
    w1 = day(2026, 11, 27, "Fri")
    bolormaa = ("Болормаа Цэрэндорж", "bolormaa.ts@khurdkhaan.example")
    body = f"""Сайн байна уу, Анужин,

Хүрд Хаан Голд ХХК-ийн "Уулын мастер / Pit Supervisor" ажлын байранд илгээсэн анкетыг тань хүлээн авлаа. Таныг хүний нөөцийн ярилцлагад урих гэсэн юм.

Дараа долоо хоногт ({w0.month}/{w0.day}–{w1.month}/{w1.day}) ямар өдөр, хэдэн цагт боломжтой вэ? Манайх ихэвчлэн 10:00–12:00 болон 14:00–17:00 цагийн хооронд ярилцлага хийдэг. Хоёр гурван хувилбар бичээд илгээвэл би тохирохыг нь сонгоод баталгаажуулъя.

Эсвэл өөрөө цагаа энэ линкээр сонгож болно: https://calendly.com/khurdkhaan-hr/30min

Хүндэтгэсэн,
Болормаа Цэрэндорж
Хүний нөөцийн мэргэжилтэн, Хүрд Хаан Голд ХХК
"""
    m = eml("c21", addr(*bolormaa), addr(OWNER_MN, OWNER), "Ярилцлагын цаг товлох – Уулын мастер", s,
            text_part(body, "plain", "quoted-printable"), msgid=mid("c21", "mail.khurdkhaan.example"),
            host="mail.khurdkhaan.example")
    return ("b295-21-khurdkhaan-availability-request", [("01-availability-request.eml", m)], [], "medium",
            "negative/availability-request",
            "Recruiter asks for availability next week and offers a Calendly link; nothing booked.")


@case
def c22():
    s = at(UB, 2026, 11, 23, 9, 45, 8, "Mon")
    start = at(UB, 2026, 11, 30, 8, 0, 8, "Mon")
    end = at(UB, 2026, 11, 30, 17, 0, 8, "Mon")
    ger = ("Gerelmaa Davaasuren", f"gerelmaa.hse@{ALT}")
    others = [("Tuvshin Erdenebat", f"tuvshin.e@{ALT}"), ("Enkhjin Sodnom", f"enkhjin.s@{ALT}")]
    url, tblock = teams_block("c22")
    subj = "Шинэ ажилтны аюулгүй ажиллагааны сургалт (Induction) – 11/30"
    body = f"""Сайн байна уу,

Алтан Овоо Майнинг ХХК-д шинээр ажилд орж буй ажилтнуудад зориулсан аюулгүй ажиллагааны анхан шатны сургалт (Induction) {mn_date(start)} ({mn_wd(start)}) {hm(start)}–{hm(end)} цагт болно. Сургалтад хамрагдаагүй ажилтан уурхайн талбайд нэвтрэх эрхгүй.

Хөтөлбөр: компанийн ХАБЭА-н бодлого, эрсдэлийн үнэлгээ, тэсэлгээний бүсийн журам, ажлын өмнөх эрсдэлийн шинжилгээ, анхны тусламж. Өдрийн төгсгөлд 30 асуулттай тест өгнө.

Онолын хэсэг Улаанбаатарын оффисын сургалтын танхимд болно; алслагдсан ажилтнууд доорх Teams холбоосоор нэгдэнэ.

Хүндэтгэсэн,
Гэрэлмаа Даваасүрэн
ХАБЭА-н сургагч багш | HSE Trainer
Алтан Овоо Майнинг ХХК

{tblock}"""
    ev = outlook_event(outlook_uid("c22"), start, end, "Ulaanbaatar Standard Time", subj, ger,
                       [att(OWNER_EN, OWNER)] + [att(*o) for o in others], body,
                       "UB office training room 3F / Microsoft Teams", s, teams_url=url, busy="BUSY")
    m = outlook_invite("c22", ger, [addr(OWNER_EN, OWNER)] + [addr(*o) for o in others], None, subj, s,
                       f"{en_long(start)} {hm(start)}-{hm(end)} (UTC+08:00) Ulaanbaatar.",
                       "UB office training room 3F / Microsoft Teams", body, ev, "Ulaanbaatar Standard Time",
                       lang="mn-MN")
    return ("b295-22-altanovoo-safety-induction-teams", [("01-safety-induction-invite.eml", m)], [], "hard",
            "negative/post-offer-induction",
            "Teams invite (Ulaanbaatar Standard Time) for a full-day safety induction after the offer; a new-hire "
            "training, not an interview.")


# ====================================================================== output
README = """# blind295: Ulaanbaatar mining engineer, Mongolian/English mail (written blind)

Mailbox owner: Anujin Batbayar <anujin.batbayar@example.com>, a mining engineer living in Ulaanbaatar
(Asia/Ulaanbaatar, UTC+08:00, no DST), interviewing with Ulaanbaatar mining companies, a bank, a copper mine's
city office, an Australian mining services company (Perth and Brisbane) and a Beijing-headquartered firm.

This set was written blind: only the eval README and a few dev items were read for the format; no tool code,
tests or other sets were consulted. Generated by `make_cases.py` (deterministic; rerun to rebuild).

## What it stresses
- Mongolian (Cyrillic) mail bodies and RFC 2047 subjects: "ярилцлага", "урьж байна", "маргааш",
  "10 сарын 14-ний өдөр", "14:00 цагт", weekday names ("Лхагва гараг").
- Non-UTC+8 time given only in Brisbane time (AEST, UTC+10), with Sydney on AEDT (UTC+11) as a distractor.
- Windows TZIDs "Ulaanbaatar Standard Time", "W. Australia Standard Time", "China Standard Time".
- Mine-site interview whose day starts with a company charter flight (flight has its own .ics).
- Job-board relays (Zangia.mn, Unegui.mn) where the employer's real address is only in the body.
- Hard negatives from the same companies: post-offer safety induction, pre-employment medical, conference talk +
  press "ярилцлага", online English test, rejection, offer, newsletter, scam, availability request.

## Counts
- Cases: {n} ({pos} positive, {neg} negative)
- Labelled interviews: {ni} ({sched} scheduled, {canc} cancelled)
- By kind: {kinds}

## Formats used
Plain text (quoted-printable, base64, 7bit), HTML alternatives, Google Calendar invitations (multipart/mixed with
text/plain, text/html, text/calendar;method=REQUEST and invite.ics), Exchange/Teams invites (multipart/alternative,
Windows TZIDs, X-MICROSOFT-CDO-*), Workday and SuccessFactors ATS mails (the latter with .ics), Zoom .ics
(REQUEST and CANCEL), standalone .ics files (cases 07, 13), a Calendar API `.gcal.json` event (case 10),
threads with In-Reply-To/References.

## Time-zone / DST points
- All cases: Asia/Ulaanbaatar is UTC+08:00 all year (no DST in 2026); asserted with zoneinfo for Oct-Nov 2026.
- Case 05: "маргааш 10:00 цагт" resolved against Date Mon 19 Oct 2026 +0800 -> Tue 20 Oct 10:00+08:00.
- Case 03, 22: Windows TZID "Ulaanbaatar Standard Time" with "(UTC+08:00) Ulaanbaatar" label; case 13: same TZID
  in a standalone .ics, charter flight 06:40 vs interview 10:00 the same day.
- Case 11: time only as "1:00pm Brisbane time (AEST)"; Brisbane UTC+10 (no DST) -> 13:00+10:00 = 11:00 UB.
  Sydney switched to AEDT (UTC+11) on 4 Oct 2026, mentioned as a distractor. Sender Date header is +1000.
- Case 14 (negative): deadline in AWST (Australia/Perth, UTC+08:00).
- Case 17: Asia/Shanghai and "China Standard Time" (UTC+08:00) - same wall clock as Ulaanbaatar.
- Case 19: Windows TZID "W. Australia Standard Time", "(UTC+08:00) Perth"; Brisbane 12:00pm mentioned.
- US (Mar 8 / Nov 1) and EU/UK (Mar 29 / Oct 25) 2026 changes are asserted in the script but affect no case.
"""


def main():
    dst_checks()
    for p in sorted(OUT.glob("b295-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    slugs = []
    for i, fn in enumerate(CASES, 1):
        slug, items, labs, diff, cat, notes = fn()
        assert slug.startswith(f"b295-{i:02d}-"), (slug, i)
        slugs.append(slug)
        d = OUT / slug
        d.mkdir()
        for j, (name, data) in enumerate(items, 1):
            assert name.startswith(f"{j:02d}-"), name
            (d / name).write_bytes(data)
        labels[slug] = {"user": OWNER, "interview": bool(labs), "interviews": labs, "difficulty": diff,
                        "category": cat, "notes": notes, "source": "synthetic"}
    text = ("# Labels for blind295 (written blind). Schema: /work/shared/eval/README.md\n" +
            yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    allv = [iv for v in labels.values() for iv in v["interviews"]]
    kinds = {}
    for iv in allv:
        kinds[iv["kind"]] = kinds.get(iv["kind"], 0) + 1
    pos = sum(1 for v in labels.values() if v["interview"])
    (OUT / "README.md").write_text(README.format(
        n=len(labels), pos=pos, neg=len(labels) - pos, ni=len(allv),
        sched=sum(1 for iv in allv if iv["status"] == "scheduled"),
        canc=sum(1 for iv in allv if iv["status"] == "cancelled"),
        kinds=", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))), encoding="utf-8")
    print(f"wrote {len(labels)} cases ({pos} positive), {len(allv)} interviews")


if __name__ == "__main__":
    main()
