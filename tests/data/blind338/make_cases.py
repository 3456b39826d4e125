#!/usr/bin/env python3
"""blind338 generator: an Accra/Kumasi job-seeker mailbox (written blind).

Deletes and rewrites every b338-* case folder, labels.yaml and README.md next to this
script. Python standard library + PyYAML + zoneinfo only. Output is byte-identical on
every run: dates are fixed and every Message-ID, UID and MIME boundary is derived from a
hash of SEED.
"""
import base64
import hashlib
import html
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
SEED = "blind338|accra-kumasi|2026"
OWNER = "akosua.mensah@example.com"
OWNER_NAME = "Akosua Mensah"
UTC = timezone.utc
TZ = {
    "ACCRA": ZoneInfo("Africa/Accra"),
    "LAGOS": ZoneInfo("Africa/Lagos"),
    "LONDON": ZoneInfo("Europe/London"),
    "NY": ZoneInfo("America/New_York"),
}
# iCalendar TZIDs used in this set -> the zone that must give the same offsets
TZID_ZONE = {
    "Africa/Accra": "ACCRA",
    "America/New_York": "NY",
    "Europe/London": "LONDON",
    "Greenwich Standard Time": "ACCRA",          # Windows: (UTC+00:00) Monrovia, Reykjavik
    "W. Central Africa Standard Time": "LAGOS",  # Windows: (UTC+01:00) West Central Africa
    "GMT Standard Time": "LONDON",               # Windows: (UTC+00:00) Dublin, Edinburgh, Lisbon, London
}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# ----------------------------------------------------------------------------- basics
def h(*parts):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()


def T(y, mo, d, hh, mi, tz, wd, off, ss=0):
    """Aware datetime; asserts the weekday and the UTC offset given by zoneinfo."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=TZ[tz])
    assert WEEKDAYS[dt.weekday()] == wd, (dt, wd, WEEKDAYS[dt.weekday()])
    got = dt.strftime("%z")
    assert got[:3] + ":" + got[3:] == off, (dt, got, off)
    return dt


def check_zones():
    hrs = lambda n: timedelta(hours=n)  # noqa: E731
    L, N, A, G = TZ["LONDON"], TZ["NY"], TZ["ACCRA"], TZ["LAGOS"]
    for y, m, d, wd in ((2026, 3, 29, "Sun"), (2026, 10, 25, "Sun"), (2026, 3, 8, "Sun"), (2026, 11, 1, "Sun")):
        assert WEEKDAYS[datetime(y, m, d).weekday()] == wd
    # UK 2026: BST from Sun 29 Mar 01:00 UTC until Sun 25 Oct 01:00 UTC
    assert datetime(2026, 3, 29, 0, 59, tzinfo=UTC).astimezone(L).utcoffset() == hrs(0)
    assert datetime(2026, 3, 29, 1, 0, tzinfo=UTC).astimezone(L).utcoffset() == hrs(1)
    assert datetime(2026, 10, 25, 0, 59, tzinfo=UTC).astimezone(L).utcoffset() == hrs(1)
    assert datetime(2026, 10, 25, 1, 0, tzinfo=UTC).astimezone(L).utcoffset() == hrs(0)
    # US 2026: EDT from Sun 8 Mar 07:00 UTC until Sun 1 Nov 06:00 UTC
    assert datetime(2026, 3, 8, 6, 59, tzinfo=UTC).astimezone(N).utcoffset() == hrs(-5)
    assert datetime(2026, 3, 8, 7, 0, tzinfo=UTC).astimezone(N).utcoffset() == hrs(-4)
    assert datetime(2026, 11, 1, 5, 59, tzinfo=UTC).astimezone(N).utcoffset() == hrs(-4)
    assert datetime(2026, 11, 1, 6, 0, tzinfo=UTC).astimezone(N).utcoffset() == hrs(-5)
    # Ghana and Nigeria: no DST
    for m in range(1, 13):
        assert datetime(2026, m, 15, 12, tzinfo=A).utcoffset() == hrs(0)
        assert datetime(2026, m, 15, 12, tzinfo=G).utcoffset() == hrs(1)


def rfc(dt):
    return format_datetime(dt)


def zulu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def hv(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def uuidish(x):
    return f"{x[0:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def ip(key):
    x = int(h(key, "ip")[:4], 16)
    return f"198.51.100.{x % 250 + 3}"


# ----------------------------------------------------------------------------- MIME
def leaf(ctype, data, cte, extra=()):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(hdr) + "\n\n" + body


def multi(subtype, parts, boundary):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    return out + f"--{boundary}--\n"


def build(headers, root):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    data = ("\n".join(lines) + "\n" + root).encode("utf-8")
    assert data.isascii()
    return data


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>" for p in paras
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n'
    )


def quote(intro, text):
    return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n")) + "\n"


def received(key, host, dt):
    return (
        f"from {host} ({host} [{ip(key)}])\n        by mx.example.com with ESMTPS id {h(key, 'rcv')[:12]}\n"
        f"        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
        f"        {rfc((dt + timedelta(seconds=4)).astimezone(UTC))}"
    )


def mid(key, domain):
    x = h(key, "msgid")
    return f"<{x[:14]}.{x[14:26]}@{domain}>"


def own_mid(key):
    return f"<AKM.{h(key, 'msgid')[:22].upper()}@mail.example.com>"


def mail(key, *, date, frm, to, subject, text, msgid, html_text=None, cc=(), reply_to=None,
         in_reply_to=None, references=None, enc="quoted-printable", alt=False, attachments=(),
         sender=None, return_path=None, extra=()):
    """A human or system e-mail. frm/to/cc entries are (name, email)."""
    plain = leaf('text/plain; charset="UTF-8"', text, enc)
    if alt:
        body = multi("alternative", [plain, leaf('text/html; charset="UTF-8"', html_text or to_html(text), enc)],
                     "----=_Part_" + h(key, "alt")[:20])
    else:
        body = plain
    if attachments:
        parts = [body]
        for fn, ctype, data in attachments:
            parts.append(leaf(ctype, data, "base64", [f'Content-Disposition: attachment; filename="{fn}"']))
        body = multi("mixed", parts, "----=_Mix_" + h(key, "mix")[:20])
    host = "mail." + frm[1].split("@")[1] if not frm[1].endswith("@example.com") else "smtp.example.com"
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(key, host, date)),
        ("Return-Path", f"<{return_path or frm[1]}>"),
        ("From", addr(*frm)),
        ("Sender", addr(*sender) if sender else None),
        ("Reply-To", addr(*reply_to) if reply_to else None),
        ("To", ", ".join(addr(*t) for t in to) if to else "undisclosed-recipients:;"),
        ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
        ("Subject", hv(subject)),
        ("Date", rfc(date)),
        ("Message-ID", msgid),
        ("In-Reply-To", in_reply_to),
        ("References", references),
        *extra,
    ]
    return build(headers, body)


# ----------------------------------------------------------------------------- iCalendar
VTZ = {
    "Africa/Accra": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Accra", "X-LIC-LOCATION:Africa/Accra", "BEGIN:STANDARD",
        "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19700101T000000",
        "END:STANDARD", "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Greenwich Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Greenwich Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "W. Central Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Central Africa Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        cl = len(ch.encode("utf-8"))
        if n + cl > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += cl
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def ics(*, method, uid, seq, start, end, summary, organizer, attendees, stamp, prodid, tzid=None,
        floating=False, description=None, location=None, status="CONFIRMED", extra=(), created=None):
    """attendees: (name, email, PARTSTAT). The owner must be one of them."""
    assert any(a[1] == OWNER for a in attendees)
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        L += VTZ[tzid]

    def dt(name, v):
        if floating:
            return f"{name}:{v.strftime('%Y%m%dT%H%M%S')}"
        if tzid:
            local = v.astimezone(TZ[TZID_ZONE[tzid]])
            return f"{name};TZID={tzid}:{local.strftime('%Y%m%dT%H%M%S')}"
        return f"{name}:{zulu(v)}"

    L += ["BEGIN:VEVENT", dt("DTSTART", start), dt("DTEND", end), f"DTSTAMP:{zulu(stamp)}",
          f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, part in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE;"
                 f"CN={cn(name)}:mailto:{email}")
    L.append(f"CREATED:{zulu(created or stamp)}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append(f"LAST-MODIFIED:{zulu(stamp)}")
    if location:
        L.append("LOCATION:" + esc(location))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE", *extra,
          "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def ms_extra(key, seq, busy="TENTATIVE"):
    return [
        "CLASS:PUBLIC", "PRIORITY:5",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(key, 'appt')[:7], 16)}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


def ms_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + h(key, "uid")[:48].upper()


def g_uid(key):
    x = h(key, "guid")
    return "".join("abcdefghijklmnopqrstuv0123456789"[int(x[i:i + 2], 16) % 32] for i in range(0, 52, 2)) + "@google.com"


def teams_block(key):
    x = h(key, "teams")
    digits = str(int(x[:16], 16))[:12]
    return (
        "\n________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{x[16:44]}%40thread.v2/0>\n"
        f"Meeting ID: {digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:12]}\nPasscode: {x[44:50].upper()}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "________________________________________________________________________________\n"
    )


def outlook_invite(key, *, date, frm, to, subject, when, where, text, ics_text, cc=(), teams=False,
                   method="REQUEST", lang="en-GB"):
    plain = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{text}"
    if teams:
        plain += teams_block(key)
    parts = [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(plain, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text, "base64"),
    ]
    x = h(key, "ol")
    root = multi("alternative", parts, f"_000_{x[:28].upper()}prodoutlookcom_")
    region = f"{x[28:30].upper()}0PR{int(x[30:32], 16) % 10:02d}MB{int(x[32:36], 16) % 9000 + 1000}"
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(key, f"EUR0{int(x[36], 16) % 6 + 1}-obe.outbound.protection.outlook.com", date)),
        ("Return-Path", f"<{frm[1]}>"),
        ("From", addr(*frm)),
        ("To", ", ".join(addr(*t) for t in to)),
        ("Cc", ", ".join(addr(*c) for c in cc) if cc else None),
        ("Subject", hv(subject)),
        ("Thread-Topic", hv(subject)),
        ("Thread-Index", base64.b64encode(bytes.fromhex(x[40:84])).decode()),
        ("Date", rfc(date)),
        ("Message-ID", f"<{region}{x[36:60].upper()}@{region}.eurprd0{int(x[60], 16) % 9 + 1}.prod.outlook.com>"),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(x[:48])).decode()),
    ]
    return build(headers, root)


GOOGLE_FOOTER = (
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
    "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
    "Learn more https://support.google.com/calendar/answer/37135#forwarding\n"
)


def google_invite(key, *, date, org, title, subj_when, body_when, guests, ics_text, description=None,
                  kind="Invitation", meet=True):
    """guests: (name or None, email, note or None). kind: Invitation | Updated invitation | Canceled event."""
    x = h(key, "g")
    code = "".join(chr(97 + int(c, 16)) for c in x[:10])
    code = f"{code[:3]}-{code[3:7]}-{code[7:10]}"
    eid = base64.urlsafe_b64encode(f"{x[10:36]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    cancel = kind == "Canceled event"
    method = "CANCEL" if cancel else "REQUEST"
    lines = []
    if cancel:
        lines += ["This event has been canceled and removed from your calendar.", ""]
    lines += [title, body_when, ""]
    if meet and not cancel:
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", ""]
    lines += ["Organizer", org[0], org[1], "", "Guests"]
    for name, email, note in guests:
        if name:
            lines.append(f"{name} - {note}" if note else name)
        lines.append(email)
    lines += [f"View all guest info {view}", ""]
    if description and not cancel:
        lines += [description, ""]
    if not cancel:
        lines += [f"Reply for {OWNER} and view more details {view}", ""]
    lines += ["", "~~//~~", GOOGLE_FOOTER]
    text = "\n".join(lines)
    alt = multi("alternative", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(text, "Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_text, "base64"),
    ], "000000000000" + x[36:48])
    root = multi("mixed", [alt, leaf('application/ics; name="invite.ics"', ics_text, "base64",
                                     ['Content-Disposition: attachment; filename="invite.ics"'])],
                 "000000000000" + x[48:60])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(key, f"mail-sor-f{int(x[60:62], 16) % 90 + 10}.google.com", date)),
        ("Return-Path", f"<3{x[:22]}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*org)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{uuidish(h(key, 'gm'))}@google.com>"),
        ("Date", rfc(date)),
        ("Subject", hv(f"{kind}: {title} @ {subj_when} ({OWNER})")),
        ("From", addr(*org)),
        ("To", OWNER),
    ]
    return build(headers, root)


# ----------------------------------------------------------------------------- labels
def IV(company, role, start, end, status, interviewers, followup, kind):
    assert status in ("scheduled", "cancelled")
    assert kind in ("phone_screen", "technical", "onsite", "hiring_manager", "other")
    return {
        "company": company, "role": role, "start": start.isoformat(),
        "end": end.isoformat() if end else None, "status": status,
        "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind,
    }


def LABEL(interviews, difficulty, category, notes):
    return {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic",
    }


CASES = []  # (slug, [(filename, bytes)], label)


def case(slug, items, label):
    CASES.append((slug, items, label))


ME = (OWNER_NAME, OWNER)

# ----------------------------------------------------------------------------- people
GIFTY = ("Gifty Owusu-Ansah", "gifty.owusu-ansah@adomsavings.example")
ADOM_REC = ("Adom Savings and Loans Recruitment", "recruitment@adomsavings.example")
KWAME = ("Kwame Boateng", "kwame.boateng@adomsavings.example")
NANAYAA = ("Nana Yaa Darko", "nanayaa.darko@sikawallet.example")
EDEM = ("Edem Kwashie", "edem.kwashie@sikawallet.example")
SELORM = ("Selorm Agbeko", "selorm.agbeko@sikawallet.example")
KOJO = ("Kojo Annan-Forson", "kojo.annan-forson@sikawallet.example")
EFUA = ("Efua Sarpong-Amoah", "efua.sarpong-amoah@sikawallet.example")
ABENA = ("Abena Serwaa Kyei", "abena.kyei@nkabomrb.example")
YAW = ("Yaw Asare-Bediako", "yaw.asare-bediako@nkabomrb.example")
DORCAS = ("Dorcas Frimpong", "dorcas.frimpong@nkabomrb.example")
MD = ("Nana Kwadwo Owusu-Sekyere", "kwadwo.owusu-sekyere@nkabomrb.example")
CHIAMAKA = ("Chiamaka Okonkwo", "chiamaka.okonkwo@iretimfb.example")
TUNDE = ("Tunde Adeyemi", "tunde.adeyemi@iretimfb.example")
OLUMIDE = ("Olumide Bakare", "olumide.bakare@iretimfb.example")
IMOGEN = ("Imogen Clarke", "imogen.clarke@ashgroveimpact.example")
DANIEL = ("Daniel Okafor-Hughes", "daniel.okafor-hughes@ashgroveimpact.example")
POPPY = ("Poppy Whitfield", "poppy.whitfield@ashgroveimpact.example")
REBECCA = ("Rebecca Holloway", "rebecca.holloway@adca.example")
MARCUS = ("Marcus Whitfield", "marcus.whitfield@adca.example")
KWABENA = ("Kwabena Ofori", "kwabena.ofori@abotaremf.example")
ESI = ("Esi Amponsah", "esi.amponsah@abotaremf.example")

ADOM = "Adom Savings and Loans"
SIKA = "Sika Wallet"
NKABOM = "Nkabom Rural Bank"
IRETI = "Ireti Microfinance Bank"
ASHGROVE = "Ashgrove Impact Partners"
ADCA = "Anacostia Development Cooperation Agency"


# ----------------------------------------------------------------------------- 01
def c01():
    d = T(2026, 10, 5, 9, 12, "ACCRA", "Mon", "+00:00", 10)
    text = """Maakye Akosua,

Thank you for your application for the position of Senior Credit Officer at Adom Savings and Loans Ltd. Your CV was well received and before we move to the next stage I would like to have a short chat with you on phone.

I will call you ɔkyena (tomorrow) anɔpa nnɔn du, that is 10:00am Ghana time, on the number on your CV (024 318 7702). It should not take more than 20 minutes. We will talk briefly about your current portfolio at Abotare, your PAR figures and your salary expectation.

If the time is not convenient for you, kindly let me know today so that we find another slot.

Medaase,

Gifty Owusu-Ansah (Mrs.)
HR Officer, Recruitment
Adom Savings and Loans Ltd
Adom House, Ring Road Central, Accra
Tel: 030 290 4415
"""
    m = mail("c01", date=d, frm=GIFTY, to=[ME], subject="Your application - Senior Credit Officer (Adom Savings and Loans)",
             text=text, msgid=mid("c01", "adomsavings.example"))
    s = T(2026, 10, 6, 10, 0, "ACCRA", "Tue", "+00:00")
    case("adom-phone-screen-okyena", [("01-adom-telephone-interview.eml", m)], LABEL(
        [IV(ADOM, "Senior Credit Officer", s, s + timedelta(minutes=20), "scheduled", [GIFTY[1]], [GIFTY[1]], "phone_screen")],
        "medium", "positive/body-only-relative-twi",
        "Time only in the body, in Twi: 'ɔkyena anɔpa nnɔn du' (tomorrow 10am) against Date Mon 5 Oct -> Tue 6 Oct 10:00 GMT; 'not more than 20 minutes'. The HR officer does the screen herself."))


# ----------------------------------------------------------------------------- 02
def c02():
    d = T(2026, 10, 7, 14, 25, "ACCRA", "Wed", "+00:00", 31)
    text = """Dear Akosua Mensah,

INVITATION TO WRITE APTITUDE TEST – SENIOR CREDIT OFFICER

Kindly be informed that you have been shortlisted to write an aptitude test as part of our ongoing recruitment exercise. Details are as follows:

Date: Saturday, 10th October 2026
Time: 9:00am prompt (candidates should report by 8:30am)
Venue: Adom Training Centre, 14 Kojo Thompson Road, Adabraka, Accra
Duration: 1 hour 30 minutes (numerical reasoning, a credit analysis case and English)

Please come along with your Ghana Card, a pen, a pencil and a basic calculator. Mobile phones will not be allowed in the examination room.

Only candidates who pass the test will be contacted for the interview stage.

Kindly acknowledge receipt of this mail.

Yours faithfully,

For: Human Resource Department
Adom Savings and Loans Ltd
"""
    m = mail("c02", date=d, frm=ADOM_REC, to=[ME], reply_to=GIFTY, alt=True, enc="base64",
             subject="Invitation to Aptitude Test - Senior Credit Officer", text=text,
             msgid=mid("c02", "adomsavings.example"))
    case("adom-aptitude-test", [("01-adom-aptitude-test.eml", m)], LABEL(
        [], "medium", "negative/assessment",
        "Written aptitude test at a training centre on Sat 10 Oct; a test, not an interview (interviews only for those who pass)."))


# ----------------------------------------------------------------------------- 03
def c03():
    subj = "Technical Interview – Senior Credit Officer"
    d1 = T(2026, 10, 13, 10, 5, "ACCRA", "Tue", "+00:00", 44)
    t1 = """Hello Akosua,

Congratulations, you did well in Saturday's aptitude test.

Our Head of Credit, Mr. Kwame Boateng (copied), would like to take you through a technical interview – loan appraisal, portfolio monitoring and recoveries. Please which of these works for you:

- Thursday, 15th October at 11:00am, or
- Friday, 16th October at 2:00pm

It will be in person at Adom House, Ring Road Central (3rd floor) and should last about one hour.

Regards,
Gifty
"""
    m1id = mid("c03a", "adomsavings.example")
    m1 = mail("c03a", date=d1, frm=GIFTY, to=[ME], cc=[KWAME], subject=subj, text=t1, msgid=m1id)
    d2 = T(2026, 10, 13, 11, 31, "ACCRA", "Tue", "+00:00", 2)
    t2 = """Good morning Gifty,

Thank you for the good news. Friday 16th at 2pm is better for me; on Thursday morning I have loan disbursements at our Kaneshie branch and I cannot leave.

Kind regards,
Akosua

""" + quote("On Tue, 13 Oct 2026 at 10:05, Gifty Owusu-Ansah <gifty.owusu-ansah@adomsavings.example> wrote:", t1)
    m2id = own_mid("c03b")
    m2 = mail("c03b", date=d2, frm=ME, to=[GIFTY], cc=[KWAME], subject="Re: " + subj, text=t2, msgid=m2id,
              in_reply_to=m1id, references=m1id)
    d3 = T(2026, 10, 13, 12, 14, "ACCRA", "Tue", "+00:00", 9)
    t3 = """Noted, Akosua. Please hold on, let me check Mr. Boateng's diary. I'm coming.

Gifty
"""
    m3id = mid("c03c", "adomsavings.example")
    m3 = mail("c03c", date=d3, frm=GIFTY, to=[ME], subject="Re: " + subj, text=t3, msgid=m3id,
              in_reply_to=m2id, references=f"{m1id} {m2id}")
    d4 = T(2026, 10, 13, 15, 48, "ACCRA", "Tue", "+00:00", 27)
    t4 = """Hello Akosua,

Sorry for the delay, he was in a credit committee meeting. Mr. Boateng has confirmed Friday, so your technical interview is fixed for Friday, 16th October 2026 from 2:00pm to 3:00pm at Adom House. Ask for me at the reception and I will bring you up.

Please come along with your certificates (first degree and any CIB/ICB certificates) and your National Service certificate.

See you on Friday.

Gifty
"""
    m4 = mail("c03d", date=d4, frm=GIFTY, to=[ME], cc=[KWAME], subject="Re: " + subj, text=t4,
              msgid=mid("c03d", "adomsavings.example"), in_reply_to=m3id, references=f"{m1id} {m2id} {m3id}",
              alt=True)
    s = T(2026, 10, 16, 14, 0, "ACCRA", "Fri", "+00:00")
    case("adom-technical-propose-confirm", [
        ("01-gifty-proposes-two-slots.eml", m1), ("02-akosua-picks-friday.eml", m2),
        ("03-gifty-please-hold-on.eml", m3), ("04-gifty-confirms-friday.eml", m4)], LABEL(
        [IV(ADOM, "Senior Credit Officer", s, s + timedelta(hours=1), "scheduled", [KWAME[1]], [KWAME[1]], "technical")],
        "medium", "positive/thread-propose-confirm",
        "Two slots proposed (Thu 15 11:00 / Fri 16 14:00); candidate picks Friday; 'please hold on ... I'm coming' (= back shortly); confirmed later Fri 16 Oct 14:00-15:00 GMT. Interviewer is the Head of Credit; Gifty only coordinates."))


# ----------------------------------------------------------------------------- 04
def c04():
    d = T(2026, 10, 9, 14, 3, "ACCRA", "Fri", "+00:00", 22)
    x = h("c04", "cal")
    meet = "".join(chr(97 + int(c, 16)) for c in x[:10])
    meet = f"{meet[:3]}-{meet[3:7]}-{meet[7:]}"
    s = T(2026, 10, 13, 14, 30, "ACCRA", "Tue", "+00:00")
    e = s + timedelta(minutes=30)
    text = f"""Hi Akosua Mensah,

Your Sika Wallet | Talent Screen (30 min) with Nana Yaa Darko at 2:30pm (Greenwich Mean Time) on Tuesday, October 13, 2026 is scheduled.

Event Type:
Sika Wallet | Talent Screen (30 min)

Invitee:
Akosua Mensah

Invitee Email:
{OWNER}

Event Date/Time:
2:30pm - 3:00pm, Tuesday, October 13, 2026 (Greenwich Mean Time)

Location:
This is a Google Meet web conference. https://meet.google.com/{meet}

Invitee Time Zone:
Greenwich Mean Time

Questions:
Which role are you applying for?
Credit Risk Analyst – Merchant Lending

Anything you would like us to know before the call?
I manage a group-lending portfolio of about 1,200 clients in Accra Central and would like to move into data-driven credit.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{x[10:46]}
Reschedule: https://calendly.com/reschedulings/{x[10:46]}

Powered by Calendly.com
"""
    cal = ics(method="REQUEST", uid=f"{uuidish(x[12:44])}@calendly.com", seq=0, start=s, end=e,
              summary="Sika Wallet | Talent Screen (30 min) between Nana Yaa Darko and Akosua Mensah",
              organizer=NANAYAA, attendees=[(NANAYAA[0], NANAYAA[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              stamp=d, prodid="-//Calendly//Calendly Event//EN", location=f"https://meet.google.com/{meet}",
              description="Event Name: Sika Wallet | Talent Screen (30 min)\nNeed to make changes to this event? https://calendly.com/reschedulings/" + x[10:46])
    m = mail("c04", date=d, frm=("Calendly", "notifications@calendly.com"), to=[ME], reply_to=NANAYAA, alt=True,
             subject="Confirmed: Sika Wallet | Talent Screen (30 min) with Nana Yaa Darko on Tuesday, October 13, 2026",
             text=text, msgid=f"<{uuidish(h('c04', 'm'))}@calendly.com>", return_path=f"bounces+{x[50:58]}@em.calendly.com",
             attachments=[("invite.ics", 'text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', cal)])
    case("sikawallet-calendly-screen", [("01-calendly-confirmed-talent-screen.eml", m)], LABEL(
        [IV(SIKA, "Credit Risk Analyst, Merchant Lending", s, e, "scheduled", [NANAYAA[1]], [NANAYAA[1]], "phone_screen")],
        "easy", "positive/calendly-booked",
        "Calendly booking confirmation (booked, not an availability request) with invite.ics; host is the talent partner who runs the screen. Follow-up to the human host, never notifications@calendly.com."))


# ----------------------------------------------------------------------------- 05
def c05():
    d = T(2026, 10, 10, 19, 40, "ACCRA", "Sat", "+00:00", 12)
    text = """Abusua, maadwo.

With heavy hearts we announce the passing of our beloved grandmother, Maame Akua Fosuaa (Nana Fosua), aged 91, which occurred on Friday 2nd October 2026 at Komfo Anokye Teaching Hospital, Kumasi.

ONE-WEEK CELEBRATION
Date: Memeneda (Saturday), 17th October 2026
Time: 7:00am
Venue: Family house, near Bantama Market, Kumasi
Dress code: Black and red

After the one-week there will be an abusua nkitahodi (family meeting) at 2:00pm to fix the date for the burial and final funeral rites. All grandchildren in Accra should try and attend; a bus will leave Kaneshie station at 4:00am on Saturday. Contributions can be sent by MoMo to Auntie Adwoa (020 417 5530).

Nyame nhyira mo. Medaase.

Kofi Mensah
For the family
"""
    m = mail("c05", date=d, frm=("Kofi Mensah", "kofi.mensah.bantama@mail.example"),
             to=[("Mensah Abusua (Bantama)", "abusua-bantama@groups.mail.example")],
             subject="Funeral Announcement: One-week celebration of the late Maame Akua Fosuaa", text=text,
             msgid=mid("c05", "mail.example"),
             extra=[("List-Id", "<abusua-bantama.groups.mail.example>")])
    case("funeral-one-week-celebration", [("01-one-week-celebration.eml", m)], LABEL(
        [], "easy", "negative/personal-event",
        "Family funeral announcement: one-week celebration Sat 17 Oct plus an 'abusua nkitahodi' (family meeting). Twi 'nkitahodi' and a fixed date/time, but no hiring process."))


# ----------------------------------------------------------------------------- 06
def c06():
    subj = "INVITATION FOR INTERVIEW – CREDIT OFFICER (KUMASI HEAD OFFICE)"
    d1 = T(2026, 10, 14, 8, 20, "ACCRA", "Wed", "+00:00", 37)
    t1 = """Dear Ms. Akosua Mensah,

INVITATION FOR INTERVIEW

With reference to your application for the position of Credit Officer (Microfinance Unit), we are pleased to inform you that you have been shortlisted. You are invited for an interview scheduled as follows:

Date:        Thursday, 22nd October, 2026
Time:        10:00am
Venue:       Board Room, Nkabom Rural Bank PLC Head Office, Prempeh II Street, Adum – Kumasi
Interviewer: Mr. Yaw Asare-Bediako, Credit Manager

The interview will be conducted by the Credit Manager, who will be your direct supervisor if you are engaged. Please come along with your certificates, transcripts, a copy of your CV and your Ghana Card.

Kindly confirm your availability by replying to this mail. A calendar invitation will follow.

Yours faithfully,

Abena Serwaa Kyei
Human Resource Officer
For: Management
"""
    m1id = mid("c06a", "nkabomrb.example")
    m1 = mail("c06a", date=d1, frm=ABENA, to=[ME], subject=subj, text=t1, msgid=m1id, alt=True)
    uid = ms_uid("c06")
    where = "Board Room, Head Office, Prempeh II Street, Adum - Kumasi"
    isubj = "Interview: Akosua Mensah – Credit Officer (Microfinance Unit)"
    s0 = T(2026, 10, 22, 10, 0, "ACCRA", "Thu", "+00:00")
    d2 = T(2026, 10, 14, 8, 26, "ACCRA", "Wed", "+00:00", 2)
    att = [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (YAW[0], YAW[1], "ACCEPTED")]
    cal0 = ics(method="REQUEST", uid=uid, seq=0, start=s0, end=s0 + timedelta(hours=1), summary=isubj,
               organizer=ABENA, attendees=att, stamp=d2, prodid="Microsoft Exchange Server 2010",
               tzid="Greenwich Standard Time", location=where, extra=ms_extra("c06", 0),
               description="Interview for the Credit Officer (Microfinance Unit) position with the Credit Manager. Please arrive 15 minutes early with your certificates.")
    m2 = outlook_invite("c06b", date=d2, frm=ABENA, to=[ME, YAW], subject=isubj,
                        when="Thursday, October 22, 2026 10:00 AM-11:00 AM (UTC+00:00) Monrovia, Reykjavik",
                        where=where, ics_text=cal0,
                        text="Interview for the Credit Officer (Microfinance Unit) position with the Credit Manager.\nPlease arrive 15 minutes early with your certificates.\n\nAbena\n")
    d3 = T(2026, 10, 19, 7, 55, "ACCRA", "Mon", "+00:00", 10)
    t3 = """Maakye Akosua,

Ɛte sɛn? I hope you are keeping well.

Kindly be informed that I have been called to a Board Credit Committee meeting in Accra on Yawoada (Thursday), so I will not be in Kumasi on the 22nd. Our nkitahodi has therefore been moved to Benada (Tuesday), 27th October 2026, same time – anɔpa nnɔn du (10:00am) – and the same venue at Adum.

Abena will send you the updated calendar invitation. Sorry for any inconvenience; since you are travelling from Accra, the bank will refund your transport as stated earlier.

Medaase,

Yaw Asare-Bediako
Credit Manager
Nkabom Rural Bank PLC, Kumasi
"""
    m3 = mail("c06c", date=d3, frm=YAW, to=[ME], cc=[ABENA], subject="RE: " + subj, text=t3,
              msgid=mid("c06c", "nkabomrb.example"), in_reply_to=m1id, references=m1id)
    s1 = T(2026, 10, 27, 10, 0, "ACCRA", "Tue", "+00:00")
    d4 = T(2026, 10, 19, 8, 40, "ACCRA", "Mon", "+00:00", 51)
    cal1 = ics(method="REQUEST", uid=uid, seq=1, start=s1, end=s1 + timedelta(hours=1), summary=isubj,
               organizer=ABENA, attendees=att, stamp=d4, created=d2, prodid="Microsoft Exchange Server 2010",
               tzid="Greenwich Standard Time", location=where, extra=ms_extra("c06", 1),
               description="RESCHEDULED at the request of the Credit Manager. New date: Tuesday 27th October 2026, 10:00am, same venue.")
    m4 = outlook_invite("c06d", date=d4, frm=ABENA, to=[ME, YAW], subject=isubj,
                        when="Tuesday, October 27, 2026 10:00 AM-11:00 AM (UTC+00:00) Monrovia, Reykjavik",
                        where=where, ics_text=cal1,
                        text="RESCHEDULED at the request of the Credit Manager.\nNew date: Tuesday 27th October 2026, 10:00am, same venue.\n\nAbena\n")
    case("nkabom-interview-rescheduled-benada", [
        ("01-nkabom-invitation-letter.eml", m1), ("02-outlook-invite-22-oct.eml", m2),
        ("03-credit-manager-moves-to-benada.eml", m3), ("04-outlook-invite-updated-27-oct.eml", m4)], LABEL(
        [IV(NKABOM, "Credit Officer (Microfinance Unit)", s1, s1 + timedelta(hours=1), "scheduled", [YAW[1]], [YAW[1]], "hiring_manager")],
        "medium", "positive/reschedule-mail-and-invite",
        "Interview letter for Thu 22 Oct 10:00; Credit Manager moves it in Twi/English to 'Benada 27th October ... anɔpa nnɔn du'; Exchange invite same UID SEQUENCE 0 -> 1 with Windows TZID 'Greenwich Standard Time'. One interview at the final time."))


# ----------------------------------------------------------------------------- 07
def c07():
    subj = "Ireti MFB – Regional Credit Lead (Ghana): screening call"
    d1 = T(2026, 10, 15, 9, 14, "LAGOS", "Thu", "+01:00", 26)
    t1 = """Dear Akosua,

Thank you for your interest in the Regional Credit Lead role for our Ghana expansion. I'm Chiamaka from the People team at Ireti Microfinance Bank, Lagos.

I'd like us to have a 30-minute screening call on Monday, 19 October at 11:00am WAT, which I believe is 10:00am in Accra. I'll ring you on WhatsApp audio. Kindly confirm if this works.

If the call goes well, the next step will be a technical interview with our Head of Credit Risk, Mr. Tunde Adeyemi, tentatively on Friday 23 October in the afternoon (Lagos time). I will send a Microsoft Teams invite for that once we've spoken.

Warm regards,

Chiamaka Okonkwo
HR Business Partner, Ireti Microfinance Bank Ltd
Plot 12, Adeola Odeku Street, Victoria Island, Lagos
"""
    m1id = mid("c07a", "iretimfb.example")
    m1 = mail("c07a", date=d1, frm=CHIAMAKA, to=[ME], subject=subj, text=t1, msgid=m1id, alt=True, enc="base64")
    d2 = T(2026, 10, 15, 10, 2, "ACCRA", "Thu", "+00:00", 55)
    t2 = """Dear Chiamaka,

Thank you for reaching out. Monday 19th at 11:00am WAT (10:00am here in Accra) is fine with me. My WhatsApp number is +233 24 318 7702.

I look forward to speaking with you.

Best regards,
Akosua Mensah

""" + quote("On Thu, 15 Oct 2026 at 09:14, Chiamaka Okonkwo <chiamaka.okonkwo@iretimfb.example> wrote:", t1)
    m2id = own_mid("c07b")
    m2 = mail("c07b", date=d2, frm=ME, to=[CHIAMAKA], subject="Re: " + subj, text=t2, msgid=m2id,
              in_reply_to=m1id, references=m1id)
    d3 = T(2026, 10, 19, 13, 47, "LAGOS", "Mon", "+01:00", 19)
    s2 = T(2026, 10, 23, 14, 0, "LAGOS", "Fri", "+01:00")
    e2 = s2 + timedelta(minutes=75)
    isubj = "Technical Interview: Akosua Mensah – Regional Credit Lead (Ghana)"
    body = """Dear Akosua,

Thank you for the chat this morning. As discussed, please find below the Teams link for your technical interview with Tunde Adeyemi (Head of Credit Risk).

Expect a short case on a group-lending portfolio with rising PAR30; you will have about 10 minutes to walk Tunde through your analysis before his questions. I will not be on the call.

Regards,
Chiamaka
"""
    cal = ics(method="REQUEST", uid=ms_uid("c07"), seq=0, start=s2, end=e2, summary=isubj, organizer=CHIAMAKA,
              attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (TUNDE[0], TUNDE[1], "NEEDS-ACTION")],
              stamp=d3, prodid="Microsoft Exchange Server 2010", tzid="W. Central Africa Standard Time",
              location="Microsoft Teams Meeting", extra=ms_extra("c07", 0),
              description="Technical interview with Tunde Adeyemi (Head of Credit Risk). Short portfolio case.")
    m3 = outlook_invite("c07c", date=d3, frm=CHIAMAKA, to=[ME, TUNDE], subject=isubj,
                        when="Friday, October 23, 2026 2:00 PM-3:15 PM (UTC+01:00) West Central Africa",
                        where="Microsoft Teams Meeting", text=body, ics_text=cal, teams=True, lang="en-US")
    s1 = T(2026, 10, 19, 11, 0, "LAGOS", "Mon", "+01:00")
    case("ireti-lagos-screen-and-technical", [
        ("01-chiamaka-proposes-screen.eml", m1), ("02-akosua-confirms-monday.eml", m2),
        ("03-teams-invite-technical.eml", m3)], LABEL(
        [IV(IRETI, "Regional Credit Lead (Ghana)", s1, s1 + timedelta(minutes=30), "scheduled", [CHIAMAKA[1]], [CHIAMAKA[1]], "phone_screen"),
         IV(IRETI, "Regional Credit Lead (Ghana)", s2, e2, "scheduled", [TUNDE[1]], [TUNDE[1]], "technical")],
        "hard", "positive/two-interviews-wat",
        "Two interviews: HR screen proposed in the body (Mon 19 Oct 11:00 WAT = 10:00 GMT) and confirmed by the candidate; technical via Teams invite with 'W. Central Africa Standard Time' Fri 23 Oct 14:00-15:15 WAT (13:00 GMT). The mention of the technical round in mail 01 is only tentative."))


# ----------------------------------------------------------------------------- 08
def c08():
    d = T(2026, 10, 16, 16, 10, "ACCRA", "Fri", "+00:00", 3)
    s = T(2026, 10, 21, 9, 0, "ACCRA", "Wed", "+00:00")
    e = s + timedelta(hours=1)
    title = "Loan applicant interview – Madam Adwoa Serwaa (Makola traders, GH₵ 15,000)"
    desc = """Akosua, please conduct the applicant interview for Madam Adwoa Serwaa (cloth seller, Makola Market, Stall 41B). She is applying for GH₵ 15,000 working capital over 6 months.
Check her susu records and MoMo statements, do the cash-flow analysis and the business site visit after. Bring the KYC checklist and the credit appraisal form. Esi from Recoveries will sit in.
Kwabena"""
    cal = ics(method="REQUEST", uid=g_uid("c08"), seq=0, start=s, end=e, summary=title, organizer=KWABENA,
              attendees=[(KWABENA[0], KWABENA[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"), (ESI[0], ESI[1], "NEEDS-ACTION")],
              stamp=d, prodid="-//Google Inc//Google Calendar 70.9054//EN", description=desc,
              location="Abotare Microfinance, Makola Branch, Kojo Thompson Road")
    m = google_invite("c08", date=d, org=KWABENA, title=title, subj_when="Wed Oct 21, 2026 9am - 10am (GMT)",
                      body_when="Wednesday Oct 21, 2026 ⋅ 9am – 10am\nGreenwich Mean Time - Accra",
                      guests=[(KWABENA[0], KWABENA[1], "organizer"), (None, OWNER, None), (ESI[0], ESI[1], None)],
                      ics_text=cal, description=desc, meet=False)
    case("abotare-owner-interviews-loan-applicant", [("01-invitation-loan-applicant-interview.eml", m)], LABEL(
        [], "hard", "negative/user-is-interviewer",
        "Google invite titled 'Loan applicant interview' from the owner's current branch manager: she interviews a loan applicant at her current job."))


# ----------------------------------------------------------------------------- 09
def c09():
    d1 = T(2026, 10, 14, 11, 20, "LONDON", "Wed", "+01:00", 5)
    t1 = """Hi Akosua,

Thanks for applying for the Portfolio Associate role covering our West Africa microfinance investments – your experience on the lending side at Abotare is exactly the ground view our team is missing.

Would you be free for a 45-minute intro call on Tuesday 20 October at 2pm UK time? By my maths that's 1pm in Accra. I'll send a Google Calendar invite with a Meet link; just accept it if the time works, or reply with a couple of alternatives.

Best wishes,
Imogen

Imogen Clarke
Investment Associate | Ashgrove Impact Partners
4th Floor, 21 Bloomsbury Row, London WC1
"""
    m1 = mail("c09a", date=d1, frm=IMOGEN, to=[ME], subject="Portfolio Associate (West Africa) – intro call",
              text=t1, msgid=mid("c09a", "ashgroveimpact.example"))
    d2 = T(2026, 10, 14, 10, 31, "ACCRA", "Wed", "+00:00", 40)
    s = T(2026, 10, 20, 14, 0, "LONDON", "Tue", "+01:00")
    e = s + timedelta(minutes=45)
    title = "Ashgrove Impact Partners: Intro call – Portfolio Associate, West Africa (Akosua Mensah)"
    desc = "Intro call with Imogen Clarke: your background in MFI lending, why impact investing, and the role. 45 minutes."
    cal = ics(method="REQUEST", uid=g_uid("c09"), seq=0, start=s, end=e, summary=title, organizer=IMOGEN,
              attendees=[(IMOGEN[0], IMOGEN[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")], stamp=d2,
              prodid="-//Google Inc//Google Calendar 70.9054//EN", description=desc)
    m2 = google_invite("c09", date=d2, org=IMOGEN, title=title, subj_when="Tue Oct 20, 2026 2pm - 2:45pm (BST)",
                       body_when="Tuesday Oct 20, 2026 ⋅ 2pm – 2:45pm\nUnited Kingdom Time",
                       guests=[(IMOGEN[0], IMOGEN[1], "organizer"), (None, OWNER, None)], ics_text=cal, description=desc)
    case("ashgrove-intro-call-bst", [("01-imogen-intro-call.eml", m1), ("02-invitation-intro-call.eml", m2)], LABEL(
        [IV(ASHGROVE, "Portfolio Associate, West Africa", s, e, "scheduled", [IMOGEN[1]], [IMOGEN[1]], "phone_screen")],
        "medium", "positive/london-bst-dedupe",
        "E-mail + Google invite for one intro call: Tue 20 Oct 14:00 BST (+01:00) = 13:00 Accra, before the UK change on 25 Oct. ICS in UTC."))


# ----------------------------------------------------------------------------- 10
def c10():
    d = T(2026, 10, 22, 11, 5, "ACCRA", "Thu", "+00:00", 18)
    role = "Credit Risk Analyst, Merchant Lending"
    text = """Hi Akosua,

Thank you for your time with us so far. We're excited to invite you to our East Legon office for your panel interview for the Credit Risk Analyst – Merchant Lending role. Your schedule is below; all times are Ghana time (GMT).

Thursday, October 29, 2026
9:00 AM – 9:45 AM    Credit risk deep-dive – Edem Kwashie, Head of Credit Risk
9:45 AM – 10:30 AM   Data & product for merchant lending – Selorm Agbeko, Product Lead, Lending
10:30 AM – 10:45 AM  Break (tea and bofrot on us)
10:45 AM – 11:30 AM  Values & culture – Kojo Annan-Forson, COO, with Nana Yaa Darko, Talent Partner

Location: Sika Wallet, 3rd Floor, Palm Court, Lagos Avenue, East Legon, Accra. Tell security you are here for an interview; parking is available behind the building.

Please bring a copy of your CV and a valid ID. You'll receive a separate calendar invite for each session from me.

See you soon,
Nana Yaa

Nana Yaa Darko | Talent Partner | Sika Wallet
"""
    m1 = mail("c10", date=d, frm=(NANAYAA[0], "no-reply@us.greenhouse-mail.io"), reply_to=NANAYAA, to=[ME],
              subject=f"Your interview schedule: Sika Wallet – {role}", text=text, alt=True,
              msgid=f"<{h('c10', 'gh')[:32]}@us.greenhouse-mail.io>", return_path="bounces+gh@us.greenhouse-mail.io")
    sessions = [
        ("c10s1", (9, 0), (9, 45), "Sika Wallet Panel (1/3): Credit risk deep-dive – Akosua Mensah", "9am – 9:45am", "9am - 9:45am", [EDEM],
         "Session 1 of your panel. Edem will walk through a merchant-lending portfolio and ask how you would set limits and early-warning triggers."),
        ("c10s2", (9, 45), (10, 30), "Sika Wallet Panel (2/3): Data & product – Akosua Mensah", "9:45am – 10:30am", "9:45am - 10:30am", [SELORM],
         "Session 2. Selorm will discuss how transaction data from MoMo merchants feeds our scoring model."),
        ("c10s3", (10, 45), (11, 30), "Sika Wallet Panel (3/3): Values & culture – Akosua Mensah", "10:45am – 11:30am", "10:45am - 11:30am", [KOJO, NANAYAA],
         "Session 3, after a short break. Conversation with Kojo (COO) and Nana Yaa."),
    ]
    items = [("01-greenhouse-panel-schedule.eml", m1)]
    for i, (key, (sh, sm), (eh, em), title, bw, sw, people, desc) in enumerate(sessions):
        di = d + timedelta(minutes=4 + i, seconds=7 * i)
        s = T(2026, 10, 29, sh, sm, "ACCRA", "Thu", "+00:00")
        e = T(2026, 10, 29, eh, em, "ACCRA", "Thu", "+00:00")
        att = [(NANAYAA[0], NANAYAA[1], "ACCEPTED")] + [(p[0], p[1], "ACCEPTED") for p in people if p != NANAYAA] + [(OWNER, OWNER, "NEEDS-ACTION")]
        cal = ics(method="REQUEST", uid=g_uid(key), seq=0, start=s, end=e, summary=title, organizer=NANAYAA,
                  attendees=att, stamp=di, prodid="-//Google Inc//Google Calendar 70.9054//EN", description=desc,
                  location="Sika Wallet, 3rd Floor, Palm Court, Lagos Avenue, East Legon, Accra")
        guests = [(NANAYAA[0], NANAYAA[1], "organizer")] + [(p[0], p[1], None) for p in people if p != NANAYAA] + [(None, OWNER, None)]
        mi = google_invite(key, date=di, org=NANAYAA, title=title, subj_when=f"Thu Oct 29, 2026 {sw} (GMT)",
                           body_when=f"Thursday Oct 29, 2026 ⋅ {bw}\nGreenwich Mean Time - Accra", guests=guests,
                           ics_text=cal, description=desc, meet=False)
        items.append((f"0{i + 2}-invitation-panel-session-{i + 1}.eml", mi))
    s = T(2026, 10, 29, 9, 0, "ACCRA", "Thu", "+00:00")
    e = T(2026, 10, 29, 11, 30, "ACCRA", "Thu", "+00:00")
    ivs = [EDEM[1], SELORM[1], KOJO[1], NANAYAA[1]]
    case("sikawallet-panel-three-invites", items, LABEL(
        [IV(SIKA, role, s, e, "scheduled", ivs, ivs, "onsite")],
        "medium", "positive/onsite-several-invites",
        "Greenhouse itinerary + three Google invites (9:00-9:45, 9:45-10:30, 10:45-11:30 GMT, Thu 29 Oct) = ONE onsite 09:00-11:30 with all four interviewers (the talent partner sits on session 3)."))


# ----------------------------------------------------------------------------- 11
def c11():
    d = T(2026, 10, 24, 7, 18, "ACCRA", "Sat", "+00:00", 44)
    text = """Good morning all, find below this week's list from our WhatsApp broadcast. Pls forward to anyone who qualifies 🙏

---------- Forwarded message ---------
*CAREERLINK GH – LATEST VACANCIES* 📢

1️⃣ *Credit Officers (x5)* – A reputable savings & loans company, Kaneshie/Accra. HND/Degree + 2 yrs microfinance experience. *Walk-in interview: Wednesday 28th Oct, 9am*, bring CV and certificates.
2️⃣ *Mobile Money Agent Supervisors* – Fintech, Tema & Kasoa. Motorbike licence an advantage.
3️⃣ *Teller / Customer Service* – Rural bank, Techiman. Fresh graduates welcome.
4️⃣ *Recoveries Officer* – MFI, Kumasi (Asafo). Must speak Twi fluently.
5️⃣ *Loan Officer (Agric)* – Development NGO, Tamale.

📩 Send CV to careers@careerlinkgh.example or WhatsApp 055 604 4471 with the job title as subject.
⚠️ CareerLink will NEVER ask you to pay money for an interview.

Join our channel: https://whatsapp.com/channel/0029Va""" + h("c11", "wa")[:14] + """

Kwesi Appiah-Kubi
CareerLink GH Recruitment, Dansoman
"""
    m = mail("c11", date=d, frm=("Kwesi Appiah-Kubi", "kwesi.appiahkubi@careerlinkgh.example"), to=[],
             subject="Fwd: *LATEST VACANCIES* – Banking & Microfinance (Week 43)", text=text,
             msgid=mid("c11", "careerlinkgh.example"))
    case("careerlink-whatsapp-vacancy-list", [("01-fwd-whatsapp-vacancies.eml", m)], LABEL(
        [], "medium", "negative/job-alert",
        "Recruiter's forwarded WhatsApp vacancy broadcast; item 1 advertises a walk-in interview (Wed 28 Oct 9am) for anonymous employers - a job list, nothing booked for the owner."))


# ----------------------------------------------------------------------------- 12
def c12():
    d1 = T(2026, 10, 22, 16, 5, "LONDON", "Thu", "+01:00", 52)
    t1 = """Hi Akosua,

Thank you for Tuesday – I really enjoyed hearing how you rebuilt the group-lending collections process after the cedi slide.

We'd like you to meet Daniel Okafor-Hughes, the Partner who leads our West Africa portfolio, for 45 minutes on Tuesday 27 October at 10:00 London time.

A quick heads-up on time zones: UK clocks go back one hour this Sunday (25 October), so from next week London and Accra are on the same clock – 10:00 for Daniel is 10:00 for you as well. (This week we're still an hour ahead of you, which is why I'm flagging it.)

Poppy, Daniel's assistant, will send a Teams invitation shortly.

Best,
Imogen
"""
    m1 = mail("c12a", date=d1, frm=IMOGEN, to=[ME], subject="Ashgrove – second interview with Daniel Okafor-Hughes",
              text=t1, msgid=mid("c12a", "ashgroveimpact.example"), alt=True)
    d2 = T(2026, 10, 22, 16, 31, "LONDON", "Thu", "+01:00", 8)
    s = T(2026, 10, 27, 10, 0, "LONDON", "Tue", "+00:00")
    e = s + timedelta(minutes=45)
    isubj = "Ashgrove Impact Partners – Interview: Akosua Mensah / Daniel Okafor-Hughes"
    body = """Hello Akosua,

Please find below the Teams details for your interview with Daniel. If anything changes on your side, just let me know and I'll find another slot in his diary.

Kind regards,
Poppy Whitfield
Executive Assistant to Daniel Okafor-Hughes | Ashgrove Impact Partners
"""
    cal = ics(method="REQUEST", uid=ms_uid("c12"), seq=0, start=s, end=e, summary=isubj, organizer=POPPY,
              attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (DANIEL[0], DANIEL[1], "ACCEPTED")], stamp=d2,
              prodid="Microsoft Exchange Server 2010", tzid="GMT Standard Time", location="Microsoft Teams Meeting",
              extra=ms_extra("c12", 0), description="Interview with Daniel Okafor-Hughes, Partner.")
    m2 = outlook_invite("c12b", date=d2, frm=POPPY, to=[ME, DANIEL], cc=[IMOGEN], subject=isubj,
                        when="Tuesday, October 27, 2026 10:00-10:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London",
                        where="Microsoft Teams Meeting", text=body, ics_text=cal, teams=True)
    case("ashgrove-partner-after-uk-change", [("01-imogen-second-interview.eml", m1), ("02-teams-invite-daniel.eml", m2)], LABEL(
        [IV(ASHGROVE, "Portfolio Associate, West Africa", s, e, "scheduled", [DANIEL[1]], [DANIEL[1]], "hiring_manager")],
        "hard", "positive/london-dst-change",
        "Mails dated +0100 (BST) for an interview on Tue 27 Oct 10:00 London, after the UK change on 25 Oct -> 10:00+00:00 (same clock as Accra). Teams invite with 'GMT Standard Time'; the EA and Imogen only coordinate."))


# ----------------------------------------------------------------------------- 13
def c13():
    d1 = T(2026, 10, 27, 17, 2, "LAGOS", "Tue", "+01:00", 13)
    t1 = """Dear Akosua,

Good news – Tunde was impressed with your case analysis on Friday, and we would like to move you to the final stage.

Mr. Olumide Bakare, our Divisional Head, Microfinance Operations (and the hiring manager for the Ghana role), will meet you on Zoom on Monday, 2 November 2026 from 3:00pm to 3:45pm WAT – that is 2:00pm to 2:45pm your time. He would like to discuss your reading of the Ghanaian market, Bank of Ghana requirements for tier-2 institutions, and your expectations.

I'm sending the calendar entry in a separate mail. It was exported from our scheduling tool in Lagos time, so please make sure it shows 2:00pm on your side.

Kind regards,
Chiamaka
"""
    m1 = mail("c13", date=d1, frm=CHIAMAKA, to=[ME], cc=[OLUMIDE], subject="Final stage – conversation with Mr. Olumide Bakare",
              text=t1, msgid=mid("c13", "iretimfb.example"))
    s = T(2026, 11, 2, 15, 0, "LAGOS", "Mon", "+01:00")
    e = s + timedelta(minutes=45)
    x = h("c13", "zoom")
    zid = str(int(x[:12], 16))[:11]
    cal = ics(method="REQUEST", uid=f"ireti-{x[12:28]}@scheduler.iretimfb.example", seq=0, start=s, end=e, floating=True,
              summary="Final interview – Akosua Mensah / Olumide Bakare (Regional Credit Lead, Ghana)", organizer=CHIAMAKA,
              attendees=[(OLUMIDE[0], OLUMIDE[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              stamp=T(2026, 10, 27, 16, 9, "ACCRA", "Tue", "+00:00"), prodid="-//Ireti MFB//Interview Scheduler 2.3//EN",
              location=f"Zoom https://iretimfb.zoom.us/j/{zid}",
              description=f"Time: 3:00pm - 3:45pm WAT (Lagos)\nHiring manager conversation with Olumide Bakare, Divisional Head, Microfinance Operations.\nZoom: https://iretimfb.zoom.us/j/{zid}")
    case("ireti-floating-ics-hiring-manager", [("01-chiamaka-final-stage.eml", m1), ("02-final-interview-olumide.ics", cal.encode("utf-8"))], LABEL(
        [IV(IRETI, "Regional Credit Lead (Ghana)", s, e, "scheduled", [OLUMIDE[1]], [OLUMIDE[1]], "hiring_manager")],
        "hard", "positive/floating-ics-wat",
        "Standalone .ics with floating DTSTART 15:00 (no TZID); text says 3:00pm WAT / 2:00pm Accra -> 2026-11-02T15:00+01:00. Reading the floating time in the owner's zone would be an hour late."))


# ----------------------------------------------------------------------------- 14
def c14():
    d = T(2026, 10, 25, 20, 12, "ACCRA", "Sun", "+00:00", 0)
    text = """Dear Sister Akosua,

Greetings in the name of our Lord Jesus Christ.

The Harvest Committee is pleased to announce our 2026 Annual Harvest and Thanksgiving Service, under the theme "Ɔdɔ ne Ayeyi – Love and Praise", scheduled as follows:

Day: Kwasiada (Sunday), 8th November 2026
Time: 8:30am (one combined service)
Venue: Church Auditorium, Adabraka
Guest preacher: Very Rev. Dr. Kwesi Acquah-Brown

Bidding and auction of harvest items will follow the service. Kindly redeem your pledge card (Young Adults Fellowship target: GH₵ 20,000) before the day. Group leaders meet on Wednesday, 4th November at 6:30pm in the church office.

Nyame nhyira wo.

Mrs. Comfort Adjei-Quaye
Secretary, Harvest Committee
Calvary Methodist Church, Adabraka
"""
    s = T(2026, 11, 8, 8, 30, "ACCRA", "Sun", "+00:00")
    org = ("Calvary Methodist Harvest Committee", "harvest@calvarymethodist-adabraka.example")
    cal = ics(method="REQUEST", uid=f"harvest2026-{h('c14', 'u')[:16]}@calvarymethodist-adabraka.example", seq=0,
              start=s, end=s + timedelta(hours=4, minutes=30), summary="Annual Harvest & Thanksgiving Service 2026",
              organizer=org, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], stamp=d, tzid="Africa/Accra",
              prodid="-//Calvary Methodist Adabraka//Church Calendar//EN", location="Church Auditorium, Adabraka, Accra",
              description="Harvest and Thanksgiving Service followed by bidding and auction.")
    m = mail("c14", date=d, frm=org, to=[ME], subject="2026 Annual Harvest & Thanksgiving – Kwasiada 8th November",
             text=text, msgid=mid("c14", "calvarymethodist-adabraka.example"), alt=True, enc="base64",
             attachments=[("harvest2026.ics", 'text/calendar; charset="UTF-8"; method=REQUEST; name="harvest2026.ics"', cal)])
    case("church-harvest-invite", [("01-harvest-thanksgiving.eml", m)], LABEL(
        [], "easy", "negative/personal-event",
        "Church harvest announcement with an .ics (owner as ATTENDEE), Sunday 8 Nov. Not job-related."))


# ----------------------------------------------------------------------------- 15
def c15():
    s = T(2026, 10, 28, 9, 30, "NY", "Wed", "-04:00")
    e = s + timedelta(minutes=30)
    x = h("c15", "ev")
    eid = "".join("abcdefghijklmnopqrstuv0123456789"[int(x[i:i + 2], 16) % 32] for i in range(0, 52, 2))
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(x[52:64], 16) % 10**16:016d}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-23T14:20:07.000Z",
        "updated": "2026-10-23T15:02:44.318Z",
        "summary": "ADCA – Screening interview: Financial Inclusion Specialist (Accra-based) – Akosua Mensah",
        "description": "Phone screen with Rebecca Holloway, HR Specialist (Talent Acquisition). Rebecca will call you on +233 24 318 7702 at 9:30 AM Eastern (1:30 PM in Accra).\n\nTopics: eligibility for a locally engaged contract, availability, and the salary band for the position.",
        "location": "Phone – Rebecca will call",
        "creator": {"email": REBECCA[1], "displayName": REBECCA[0]},
        "organizer": {"email": REBECCA[1], "displayName": REBECCA[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": REBECCA[1], "displayName": REBECCA[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    case("adca-screen-gcal-json-edt", [("01-adca-screening.gcal.json", data)], LABEL(
        [IV(ADCA, "Financial Inclusion Specialist (Accra-based)", s, e, "scheduled", [REBECCA[1]], [REBECCA[1]], "phone_screen")],
        "medium", "positive/gcal-json-edt",
        "Calendar API event only: Wed 28 Oct 09:30 America/New_York, still EDT (-04:00) = 13:30 Accra. The HR specialist conducts the screen."))


# ----------------------------------------------------------------------------- 16
def c16():
    d = T(2026, 11, 2, 11, 45, "ACCRA", "Mon", "+00:00", 20)
    ref = "TCC-AC-2026-" + str(int(h("c16", "ref")[:8], 16))[:6]
    text = f"""Dear AKOSUA MENSAH,
Ghana Card / TIN: GHA-7{str(int(h('c16', 'tin')[:10], 16))[:8]}-4

Your appointment has been booked successfully.

Reference: {ref}
Service: Tax Clearance Certificate (Individual) – document verification
Office: Accra Central Medium Taxpayer Office, Ministries, Accra
Date: Tuesday, 10 November 2026
Time: 10:30 GMT
Officer: Tax Officer on duty, Counter 4

Please come along with your Ghana Card, your last 3 payslips and a letter from your employer or prospective employer. The officer may ask you a few verification questions. Late arrivals (more than 15 minutes) will have to rebook.

To reschedule or cancel, log in to the Taxpayer Portal.

This is a system-generated message. Please do not reply.
Ghana Revenue Authority – Taxpayer Services
"""
    s = T(2026, 11, 10, 10, 30, "ACCRA", "Tue", "+00:00")
    org = ("GRA Taxpayer Services", "no-reply@gra-taxportal.example")
    cal = ics(method="REQUEST", uid=f"{ref}@gra-taxportal.example", seq=0, start=s, end=s + timedelta(minutes=30),
              summary=f"GRA appointment – Tax Clearance Certificate ({ref})", organizer=org,
              attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], stamp=d, prodid="-//GRA//Taxpayer Portal Appointments//EN",
              location="Accra Central Medium Taxpayer Office, Ministries, Accra", description="Counter 4. Bring Ghana Card and payslips.")
    m = mail("c16", date=d, frm=org, to=[ME], subject=f"GRA Appointment Confirmation – Tax Clearance Certificate (Ref: {ref})",
             text=text, msgid=mid("c16", "gra-taxportal.example"), alt=True,
             attachments=[("appointment.ics", 'text/calendar; charset="UTF-8"; method=REQUEST; name="appointment.ics"', cal)])
    case("gra-tax-office-appointment", [("01-gra-appointment-confirmation.eml", m)], LABEL(
        [], "hard", "negative/government-appointment",
        "GRA tax-clearance appointment with .ics, mentions a 'prospective employer' and 'verification questions' - a government appointment, not a job interview."))


# ----------------------------------------------------------------------------- 17
def c17():
    subj = "ADCA – technical interview for Financial Inclusion Specialist"
    d1 = T(2026, 10, 30, 10, 12, "NY", "Fri", "-04:00", 40)
    t1 = """Hi Akosua,

Thanks for a great conversation on Wednesday. I'm happy to let you know that the hiring panel would like to move you forward to a technical interview with Marcus Whitfield, Senior Advisor for Digital Financial Services.

We've set it for Thursday, November 5 at 10:00 AM Eastern (one hour, Google Meet). Please note that U.S. clocks fall back on Sunday, November 1, so 10:00 AM Eastern will be 3:00 PM in Accra – not 2:00 PM as it would be this week. The calendar invitation is on its way.

Best regards,
Rebecca Holloway
HR Specialist, Talent Acquisition
Anacostia Development Cooperation Agency | Washington, DC
"""
    m1id = mid("c17a", "adca.example")
    m1 = mail("c17a", date=d1, frm=REBECCA, to=[ME], subject=subj, text=t1, msgid=m1id)
    s = T(2026, 11, 5, 10, 0, "NY", "Thu", "-05:00")
    e = s + timedelta(hours=1)
    title = "ADCA Technical Interview – Financial Inclusion Specialist (Akosua Mensah)"
    desc = "Technical interview with Marcus Whitfield (Senior Advisor, Digital Financial Services): agent-network credit, digital lending regulation in Ghana, and a short data exercise."
    uid = g_uid("c17")
    att = [(REBECCA[0], REBECCA[1], "ACCEPTED"), (MARCUS[0], MARCUS[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    guests = [(REBECCA[0], REBECCA[1], "organizer"), (MARCUS[0], MARCUS[1], None), (None, OWNER, None)]
    d2 = T(2026, 10, 30, 14, 20, "ACCRA", "Fri", "+00:00", 11)
    cal0 = ics(method="REQUEST", uid=uid, seq=0, start=s, end=e, summary=title, organizer=REBECCA, attendees=att,
               stamp=d2, tzid="America/New_York", prodid="-//Google Inc//Google Calendar 70.9054//EN", description=desc)
    m2 = google_invite("c17b", date=d2, org=REBECCA, title=title, subj_when="Thu Nov 5, 2026 10am - 11am (EST)",
                       body_when="Thursday Nov 5, 2026 ⋅ 10am – 11am\nEastern Time - New York", guests=guests,
                       ics_text=cal0, description=desc)
    d3 = T(2026, 11, 3, 19, 2, "ACCRA", "Tue", "+00:00", 36)
    cal1 = ics(method="CANCEL", uid=uid, seq=1, start=s, end=e, summary=title, organizer=REBECCA, attendees=att,
               stamp=d3, created=d2, tzid="America/New_York", prodid="-//Google Inc//Google Calendar 70.9054//EN",
               status="CANCELLED", description=desc)
    m3 = google_invite("c17c", date=d3, org=REBECCA, title=title, subj_when="Thu Nov 5, 2026 10am - 11am (EST)",
                       body_when="Thursday Nov 5, 2026 ⋅ 10am – 11am\nEastern Time - New York", guests=guests,
                       ics_text=cal1, kind="Canceled event")
    d4 = T(2026, 11, 3, 14, 10, "NY", "Tue", "-05:00", 5)
    t4 = """Dear Akosua,

I'm sorry to be writing with disappointing news. This morning the agency placed an immediate hiring pause on all overseas locally engaged positions while the FY2027 budget is finalized, and as a result we have had to cancel Thursday's interview with Marcus. You will have seen the calendar cancellation.

This is not a reflection on your candidacy. If the position is reopened we will contact you directly, and I have kept your file active.

With apologies and best wishes,
Rebecca

""" + quote("On Fri, Oct 30, 2026 at 10:12 AM Rebecca Holloway <rebecca.holloway@adca.example> wrote:", t1)
    m4 = mail("c17d", date=d4, frm=REBECCA, to=[ME], cc=[MARCUS], subject="Re: " + subj, text=t4,
              msgid=mid("c17d", "adca.example"), in_reply_to=m1id, references=m1id, alt=True)
    case("adca-technical-cancelled-est", [
        ("01-rebecca-technical-interview.eml", m1), ("02-invitation-technical.eml", m2),
        ("03-canceled-event-technical.eml", m3), ("04-rebecca-hiring-pause.eml", m4)], LABEL(
        [IV(ADCA, "Financial Inclusion Specialist", s, e, "cancelled", [MARCUS[1]], [MARCUS[1]], "technical")],
        "hard", "positive/cancellation-est",
        "Booked in EDT (mail dated -0400) for Thu 5 Nov 10:00 Eastern, after the US change on 1 Nov -> 10:00-05:00 (15:00 Accra); then METHOD:CANCEL SEQUENCE 1 and a hiring-pause mail. Kept as status cancelled."))


# ----------------------------------------------------------------------------- 18
def c18():
    d1 = T(2026, 10, 30, 10, 11, "ACCRA", "Fri", "+00:00", 29)
    t1 = """Dear Akosua,

Maakye. Following your successful interview with the Credit Manager on Tuesday, Management is pleased to invite you for a final interview with the Managing Director, Nana Kwadwo Owusu-Sekyere.

Day/Date: Wukuada (Wednesday), 11th November 2026
Time:     11:30am prompt
Venue:    MD's Office, 2nd Floor, Head Office, Adum – Kumasi

The MD's secretary, Mrs. Dorcas Frimpong, will send you a calendar entry. Please come along with the originals of all your certificates for sighting, and two passport-size pictures.

Kindly note that transport expenses from Accra will be refunded on the day.

Yɛda wo ase,

Abena Serwaa Kyei
Human Resource Officer
Nkabom Rural Bank PLC
"""
    m1 = mail("c18", date=d1, frm=ABENA, to=[ME], subject="FINAL INTERVIEW WITH THE MANAGING DIRECTOR – CREDIT OFFICER",
              text=t1, msgid=mid("c18", "nkabomrb.example"), alt=True)
    s = T(2026, 11, 11, 11, 30, "ACCRA", "Wed", "+00:00")
    e = s + timedelta(minutes=45)
    cal = ics(method="REQUEST", uid=ms_uid("c18"), seq=0, start=s, end=e,
              summary="Final Interview – Akosua Mensah (Credit Officer) with the MD", organizer=DORCAS,
              attendees=[(MD[0], MD[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
              stamp=T(2026, 10, 30, 11, 42, "ACCRA", "Fri", "+00:00"), prodid="Microsoft Exchange Server 2010",
              tzid="Greenwich Standard Time", location="MD's Office, 2nd Floor, Head Office, Adum - Kumasi",
              extra=ms_extra("c18", 0, busy="BUSY"),
              description="Final interview with the Managing Director. Candidate to bring original certificates and two passport pictures.\n\nDorcas Frimpong\nSecretary to the MD")
    case("nkabom-final-with-md-standalone-ics", [("01-final-interview-letter.eml", m1), ("02-md-final-interview.ics", cal.encode("utf-8"))], LABEL(
        [IV(NKABOM, "Credit Officer (Microfinance Unit)", s, e, "scheduled", [MD[1]], [MD[1]], "hiring_manager")],
        "medium", "positive/standalone-ics-md-final",
        "Final with the MD: letter (Wukuada 11 Nov 11:30am, no end) + standalone Outlook .ics (TZID 'Greenwich Standard Time', 11:30-12:15). The secretary and HR only schedule."))


# ----------------------------------------------------------------------------- 19
def c19():
    d = T(2026, 11, 4, 6, 48, "ACCRA", "Wed", "+00:00", 13)
    text = """Dear Applicant,

CONGRATULATIONS!!! Your CV has been shortlisted for the position of SENIOR CREDIT OFFICER (Salary GH₵ 14,500/month + official car) with one of Ghana's leading commercial banks.

Your online interview has been scheduled as follows:
Date: Friday 6th November 2026
Time: 10:00am GMT
Platform: WhatsApp video call

To confirm your interview slot you are required to pay a NON-REFUNDABLE processing and medical screening fee of GH₵ 450.00 through Mobile Money to 059 771 3321 (Name: Royal Recruitment Services Ent.) on or before Thursday 5th November. Send the transaction ID with your full name via WhatsApp.

Failure to pay will lead to automatic disqualification. Slots are limited!!

Regards,
Mrs. Esther Asante
Recruitment Coordinator
"""
    m = mail("c19", date=d, frm=("Ghana Banks Recruitment Portal", "shortlist@ghbanks-recruit.example"),
             reply_to=("Mrs. Esther Asante (HR)", "esther.asante.hr2026@freemail.example"), to=[ME], alt=True, enc="base64",
             subject="CONGRATULATIONS!! Shortlisted for Senior Credit Officer Interview – Confirm Your Slot", text=text,
             msgid=mid("c19", "ghbanks-recruit.example"))
    case("scam-recruiter-momo-fee", [("01-shortlisted-pay-fee.eml", m)], LABEL(
        [], "hard", "negative/scam",
        "Recruitment scam: anonymous 'leading bank', WhatsApp video 'interview' Fri 6 Nov 10:00 GMT conditional on a MoMo fee; free-mail Reply-To."))


# ----------------------------------------------------------------------------- 20
def c20():
    d = T(2026, 11, 2, 12, 30, "LONDON", "Mon", "+00:00", 41)
    text = """Dear Akosua,

Thank you for speaking with Daniel last Tuesday, and for the thought you put into both conversations with us.

I'm sorry to say that we have decided not to take your application further. It was a close call: the team valued your on-the-ground credit experience, but we have offered the role to a candidate with more direct fund-side experience of debt and equity investments into MFIs.

If it would be useful, I'm happy to share feedback on a short call – just reply with a couple of times that suit you over the next fortnight. We would also like to keep your details on file for the Nairobi-based associate role we expect to open in early 2027.

Warm regards,
Imogen
"""
    m = mail("c20", date=d, frm=IMOGEN, to=[ME], subject="Ashgrove Impact Partners – Portfolio Associate (West Africa)",
             text=text, msgid=mid("c20", "ashgroveimpact.example"))
    case("ashgrove-rejection-after-interview", [("01-ashgrove-outcome.eml", m)], LABEL(
        [], "medium", "negative/rejection",
        "Rejection referring to a past interview ('last Tuesday') and offering an unbooked feedback call."))


# ----------------------------------------------------------------------------- 21
def c21():
    d = T(2026, 11, 4, 15, 27, "ACCRA", "Wed", "+00:00", 3)
    s = T(2026, 11, 9, 16, 0, "ACCRA", "Mon", "+00:00")
    e = s + timedelta(minutes=30)
    role = "Credit Risk Analyst, Merchant Lending"
    text = """Hi Akosua,

Congratulations on getting through the panel last week! The final step is a conversation with our co-founder and CEO, Efua Sarpong-Amoah.

Interview: Final conversation – CEO
Date: Monday, November 9, 2026
Time: 4:00 PM – 4:30 PM GMT (Accra)
Location: Sika Wallet, Palm Court, Lagos Avenue, East Legon (Efua's office, 3rd floor)
Interviewer: Efua Sarpong-Amoah, Co-founder & CEO

It's an informal chat about what drew you to Sika Wallet and how you'd help us grow merchant lending outside Accra – no preparation needed.

If you need to reschedule, please reply to this email.

Best,
Nana Yaa
"""
    cal = ics(method="REQUEST", uid=f"{h('c21', 'u')[:24]}@greenhouse.io", seq=0, start=s, end=e,
              summary=f"Final conversation – CEO: Akosua Mensah ({role})", organizer=NANAYAA,
              attendees=[(EFUA[0], EFUA[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], stamp=d,
              prodid="-//Greenhouse Software//Interview Scheduling//EN",
              location="Sika Wallet, Palm Court, Lagos Avenue, East Legon (3rd floor)",
              description="Final conversation with Efua Sarpong-Amoah, Co-founder & CEO.")
    m = mail("c21", date=d, frm=(NANAYAA[0], "no-reply@us.greenhouse-mail.io"), reply_to=NANAYAA, to=[ME], alt=True,
             subject="Interview Confirmation – Sika Wallet: Final conversation with our CEO", text=text,
             msgid=f"<{h('c21', 'gh')[:32]}@us.greenhouse-mail.io>", return_path="bounces+gh@us.greenhouse-mail.io",
             attachments=[("interview.ics", 'text/calendar; charset="UTF-8"; method=REQUEST; name="interview.ics"', cal)])
    case("sikawallet-ceo-final-greenhouse", [("01-greenhouse-ceo-final.eml", m)], LABEL(
        [IV(SIKA, role, s, e, "scheduled", [EFUA[1]], [EFUA[1]], "hiring_manager")],
        "easy", "positive/ats-ics-ceo-final",
        "Greenhouse confirmation with interview.ics: final chat with the CEO Mon 9 Nov 16:00-16:30 GMT. Sender is no-reply; follow-up goes to the CEO."))


# ----------------------------------------------------------------------------- 22
def c22():
    d = T(2026, 11, 13, 11, 2, "ACCRA", "Fri", "+00:00", 58)
    T(2026, 11, 20, 12, 0, "ACCRA", "Fri", "+00:00")
    T(2026, 11, 23, 8, 30, "ACCRA", "Mon", "+00:00")
    text = """Dear Akosua,

OFFER OF EMPLOYMENT – SENIOR CREDIT OFFICER

Further to your interviews with us, we are pleased to offer you employment as Senior Credit Officer, Accra Central Branch, on the terms in the attached offer letter (basic salary GH₵ 9,800 per month, plus transport and fuel allowances).

Kindly be informed that this offer is subject to satisfactory references and a medical report from a recognised hospital.

If you accept, please sign and return the acceptance slip by Friday, 20th November 2026, and report to the HR office at Adom House, Ring Road Central, on Monday, 23rd November 2026 at 8:30am for documentation and a two-day orientation. Please come along with your original certificates, SSNIT number, Ghana Card and two passport pictures.

Ayekoo, and welcome on board!

Gifty Owusu-Ansah (Mrs.)
HR Officer, for: Managing Director
Adom Savings and Loans Ltd
"""
    m = mail("c22", date=d, frm=GIFTY, to=[ME], subject="OFFER OF EMPLOYMENT – SENIOR CREDIT OFFICER", text=text,
             msgid=mid("c22", "adomsavings.example"), alt=True, enc="base64")
    case("adom-offer-of-employment", [("01-adom-offer-letter.eml", m)], LABEL(
        [], "medium", "negative/offer",
        "Offer letter with a reporting date (Mon 23 Nov 8:30am) and 'come along with your certificates' - documentation/orientation, not an interview."))


# ----------------------------------------------------------------------------- README + main
TZ_POINTS = [
    ("01", "Relative Twi time 'ɔkyena anɔpa nnɔn du' (tomorrow 10am) resolved against Date Mon 5 Oct 2026 +0000 -> Tue 6 Oct 10:00 GMT."),
    ("06", "Exchange invites with Windows TZID 'Greenwich Standard Time' / '(UTC+00:00) Monrovia, Reykjavik' for Ghana time; reschedule Thu 22 Oct -> Tue 27 Oct 10:00 (+00:00)."),
    ("07", "Lagos WAT (+01:00): screen Mon 19 Oct 11:00 WAT = 10:00 Accra; Teams invite with TZID 'W. Central Africa Standard Time', Fri 23 Oct 14:00 WAT = 13:00 Accra."),
    ("09", "London before the UK change: Tue 20 Oct 14:00 BST (+01:00) = 13:00 Accra; Google ICS in UTC."),
    ("12", "London after the UK change (Sun 25 Oct): mails dated +0100 for Tue 27 Oct 10:00 London = 10:00+00:00; Teams TZID 'GMT Standard Time'."),
    ("13", "Floating .ics DTSTART 20261102T150000 (no TZID); text says 3:00pm WAT -> 2026-11-02T15:00+01:00 (14:00 Accra)."),
    ("15", "Calendar API event Wed 28 Oct 09:30 America/New_York, still EDT (-04:00) = 13:30 Accra."),
    ("17", "Invite sent Fri 30 Oct (EDT, mail -0400) for Thu 5 Nov 10:00 Eastern after the US change (Sun 1 Nov) -> -05:00 = 15:00 Accra; then cancelled."),
    ("18", "Standalone Outlook .ics with TZID 'Greenwich Standard Time' (Kumasi, +00:00)."),
    ("20", "Ashgrove mail dated Mon 2 Nov +0000: London on GMT after 25 Oct (negative case)."),
]


def write_readme(labels):
    cases = list(labels)
    pos = [c for c in cases if labels[c]["interview"]]
    ivs = [i for c in cases for i in labels[c]["interviews"]]
    by_status = {s: sum(1 for i in ivs if i["status"] == s) for s in ("scheduled", "cancelled")}
    kinds = {}
    for i in ivs:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    lines = [
        "# blind338: Accra and Kumasi microfinance job search, Ghanaian English with some Twi (written blind)",
        "",
        f"Mailbox owner: Akosua Mensah <{OWNER}>, a microfinance credit officer living in Accra (Africa/Accra, UTC+0, no DST).",
        "",
        "This set was written blind: only the eval README's label schema and rules and three dev items (for formats) were read; no tool code, tests or other sets.",
        "",
        "## What it stresses",
        "- Ghanaian English and Twi scheduling language ('Kindly be informed', 'you are invited for an interview scheduled as follows',",
        "  'please hold on', 'I'm coming', 'ɔkyena anɔpa nnɔn du', 'Benada', 'Wukuada', 'nkitahodi') including a relative time that exists only in the body.",
        "- Ghana time (GMT) against Lagos (WAT, +1), London across the UK change on 25 Oct 2026 and Washington DC across the US change on 1 Nov 2026.",
        "- Windows TZIDs ('Greenwich Standard Time', 'W. Central Africa Standard Time', 'GMT Standard Time'), a floating .ics, a Calendar API event.",
        "- Reschedule by mail and by invite (same UID, SEQUENCE 0 -> 1), a Google METHOD:CANCEL cancellation, two interviews in one case,",
        "  a panel sent as three invites (one onsite), a propose-then-confirm thread.",
        "- Hard negatives: aptitude test, funeral one-week celebration (with 'nkitahodi'), church harvest .ics, GRA tax appointment .ics, rejection, offer,",
        "  a recruiter's WhatsApp vacancy list with a walk-in interview, a MoMo-fee recruitment scam, and the owner interviewing a loan applicant.",
        "",
        "## Counts",
        f"- Cases: {len(cases)}; positive: {len(pos)}; negative: {len(cases) - len(pos)}.",
        f"- Labelled interviews: {len(ivs)} (scheduled {by_status['scheduled']}, cancelled {by_status['cancelled']}).",
        "- By kind: " + ", ".join(f"{k} {kinds[k]}" for k in ("phone_screen", "technical", "onsite", "hiring_manager", "other") if k in kinds) + ".",
        "",
        "## Formats used",
        "- Plain human e-mails and threads (text/plain quoted-printable, multipart/alternative with base64 or quoted-printable HTML, In-Reply-To/References).",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST/CANCEL, invite.ics attachment): cases 08, 09, 10, 17.",
        "- Exchange/Teams invites (multipart/alternative with text/calendar, Windows TZIDs, X-MICROSOFT-CDO-*): cases 06, 07, 12.",
        "- ATS/vendor mails with .ics attachments: Calendly (04), Greenhouse (10 itinerary, 21), church (14), GRA (16).",
        "- Standalone .ics files: cases 13 (floating) and 18 (Outlook). Calendar API .gcal.json event: case 15.",
        "",
        "## Time-zone and DST points",
    ]
    lines += [f"- Case {n}: {t}" for n, t in TZ_POINTS]
    lines.append("")
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    check_zones()
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11,
               c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for old in sorted(OUT.glob("b338-*")):
        shutil.rmtree(old)
    labels = {}
    for n, (slug, items, label) in enumerate(CASES, 1):
        name = f"b338-{n:02d}-{slug}"
        folder = OUT / name
        folder.mkdir()
        for i, (fn, data) in enumerate(items, 1):
            assert fn.startswith(f"{i:02d}-") and fn.endswith((".eml", ".ics", ".gcal.json")), fn
            (folder / fn).write_bytes(data)
        labels[name] = label
    pos = sum(1 for v in labels.values() if v["interview"])
    assert 20 <= len(labels) <= 24 and 0.55 <= pos / len(labels) <= 0.60, (len(labels), pos)
    text = "# Labels for blind338 (written blind). Schema: /work/shared/eval/README.md\n"
    text += yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1000)
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    write_readme(labels)
    print(f"wrote {len(labels)} cases ({pos} positive) to {OUT}")


if __name__ == "__main__":
    main()
