#!/usr/bin/env python3
"""Regenerate the blind253 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every offset is computed
with zoneinfo. Standard library + PyYAML only.

Theme: Zurich-based regulatory affairs manager (pharma) applying in Basel, Zug, Zurich,
Geneva and Munich; Swiss Standard German, Swiss French and English mail.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b253"

ZRH = ZoneInfo("Europe/Zurich")
BER = ZoneInfo("Europe/Berlin")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "seraina.caflisch@example.com"
OWNER_NAME = "Seraina Caflisch"
OWNER_WORK = "seraina.caflisch@tossfeld-pharma.example"

WD = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def T(y, mo, d, h=0, mi=0, s=0, tz=ZRH):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that the weekday named in the text is the weekday of d; return the name."""
    for lang in WD:
        if WD[lang][d.weekday()].lower() == name.lower():
            return name
    raise AssertionError(f"{name!r} is not the weekday of {d:%Y-%m-%d} ({WD['en'][d.weekday()]})")


def de_date(d):  # "Dienstag, 15. September 2026"
    return f"{WD['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year}"


def fr_date(d):  # "jeudi 8 octobre 2026"
    return f"{WD['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year}"


def en_date(d):  # "Wednesday, October 28, 2026"
    return f"{WD['en'][d.weekday()]}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def hx(seed, n=16, upper=False):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    return h[:n].upper() if upper else h[:n]


def b64id(seed, nbytes=22):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def enc_subject(s):
    if s.isascii():
        return s
    return Header(s, "utf-8", header_name="Subject").encode()


def rfcdate(d):
    return format_datetime(d)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def to_html(text, font="Calibri, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>\n"
                   for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:{size}">\n{body}</div>'
            "</body></html>\n")


# ----------------------------------------------------------------------------------------------
# MIME building (string based, so that bytes are fully under control)
# ----------------------------------------------------------------------------------------------
def leaf(ctype, content, cte="quoted-printable", disp=None, extra=()):
    data = content.encode("utf-8") if isinstance(content, str) else content
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        h.append(f"Content-Disposition: {disp}")
    h.extend(extra)
    return ("\n".join(h), body)


def multi(subtype, boundary, parts, extra=()):
    out = []
    for h, b in parts:
        out.append(f"--{boundary}\n{h}\n\n{b.rstrip(chr(10))}\n")
    out.append(f"--{boundary}--\n")
    hdr = "\n".join([f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"'] + list(extra))
    return (hdr, "\n".join(out))


def received(host, ip, d, seed, by="mx1.example.com"):
    return ("Received", f"from {host} ({host} [{ip}])\n\tby {by} (Postfix) with ESMTPS id "
                        f"4{hx(seed + 'rcv', 11, True)}\n\tfor <{OWNER}>; "
                        f"{rfcdate((d + timedelta(seconds=3)).astimezone(ZRH))}")


def message(hdrs, root):
    lines = []
    for k, v in hdrs:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    if not any(k.lower() == "mime-version" for k, _ in hdrs):
        lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + root[0] + "\n\n" + root[1]


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
TZMAP = {
    "W. Europe Standard Time": ZRH,
    "Europe/Zurich": ZRH,
    "Europe/Berlin": BER,
    "America/New_York": NYC,
}

VTZ_MS_WEUROPE = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""".split("\n")

VTZ_ZURICH = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n")

VTZ_NEWYORK = """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""".split("\n")


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    parts, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            parts.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def icsdt(name, d, tzid):
    if tzid is None:
        return f"{name}:{d.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return f"{name};TZID={tzid}:{d.astimezone(TZMAP[tzid]):%Y%m%dT%H%M%S}"


def stamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def ms_attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION"):
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email}"


def ms_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed, 72, True)


def ms_calendar(method, uid, seq, dtstamp, start, end, summary, desc, location, organizer,
                attendees, status="CONFIRMED", lang="de-CH", prodid="Microsoft Exchange Server 2010",
                teams_url=None, busy="TENTATIVE"):
    ev = [f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    ev += attendees
    ev += [f"DESCRIPTION;LANGUAGE={lang}:{esc(desc)}",
           f"UID:{uid}",
           f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
           icsdt("DTSTART", start, "W. Europe Standard Time"),
           icsdt("DTEND", end, "W. Europe Standard Time"),
           "CLASS:PUBLIC",
           "PRIORITY:1" if method == "CANCEL" else "PRIORITY:5",
           f"DTSTAMP:{stamp(dtstamp)}",
           "TRANSP:TRANSPARENT" if method == "CANCEL" else "TRANSP:OPAQUE",
           f"STATUS:{status}",
           f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE={lang}:{esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 8), 16) % 2000000000}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else busy}",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if method == "CANCEL"
           else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
           "X-MICROSOFT-CDO-IMPORTANCE:2" if method == "CANCEL" else "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        ev.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        ev.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/"
                  f"teams/{hx(uid + 't', 8)}-{hx(uid + 'u', 4)}/{hx(uid + 'v', 8)}")
        ev.append("X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_"
                  f"{b64id(uid + 'cid', 27).replace('/', 'x').replace('+', 'y').rstrip('=')}@thread.v2\""
                  ",\"private\":true,\"type\":0,\"mid\":0,\"rid\":0,\"uid\":null}")
        ev.append("X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:")
        ev.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + organizer[1] +
                  ";gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_" + hx(uid + "m", 20) +
                  "-thread.v2!" + hx(uid + "n", 12) + "!" + hx(uid + "o", 12))
    ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
           "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
           f"X-MICROSOFT-ISRESPONSEREQUESTED:{'FALSE' if method == 'CANCEL' else 'TRUE'}",
           f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":{json.dumps(location, ensure_ascii=False)},"
           "\"LocationAnnotation\":\"\",\"LocationSource\":0,\"Unresolved\":false,"
           "\"LocationUri\":\"\"}]"]
    if method != "CANCEL":
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
               "ACTION:DISPLAY", "END:VALARM"]
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    lines += VTZ_MS_WEUROPE + ["BEGIN:VEVENT"] + ev + ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def teams_block(seed, lang="de"):
    thread = b64id(seed + "thread", 27).replace("/", "x").replace("+", "y").rstrip("=")
    tid, oid = hx(seed + "tid", 32), hx(seed + "oid", 32)

    def g(u):
        return f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{g(tid)}%22%2c%22Oid%22%3a%22{g(oid)}%22%7d")
    mid = digits(seed + "mid", 12)
    mid = f"{mid[0:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    pc = b64id(seed + "pc", 6)[:6].replace("/", "Q").replace("+", "k")
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={g(oid)}&tenantId={g(tid)}"
            f"&threadId=19_meeting_{thread}@thread.v2&messageId=0&language={'de-DE' if lang == 'de' else 'en-US'}")
    line = "_" * 80
    if lang == "de":
        txt = (f"{line}\nMicrosoft Teams Besprechung\n"
               "Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil\n"
               f"Klicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
               f"Besprechungs-ID: {mid}\nPasscode: {pc}\n"
               "Teams herunterladen<https://www.microsoft.com/de-ch/microsoft-teams/download-app> | "
               "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               f"Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<{opts}>\n"
               f"{line}")
    else:
        txt = (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
               "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
               "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>\n{line}")
    return txt, url


def outlook_when_de(start, end):
    """German Outlook 'Wann:' line. The display label is always the standard offset (UTC+01:00),
    even in summer, exactly like Outlook does."""
    return (f"Wann: {de_date(start)} {start:%H:%M}-{end:%H:%M} (UTC+01:00) Amsterdam, Berlin, Bern, "
            "Rom, Stockholm, Wien.")


# ----------------------------------------------------------------------------------------------
# mail client templates
# ----------------------------------------------------------------------------------------------
def ms_mid(seed):
    box = "ZR" + digits(seed + "box", 1) + "P278MB" + digits(seed + "n", 4)
    return f"<{box}{hx(seed, 16, True)}@{box}.CHEP278.PROD.OUTLOOK.COM>"


def apple_mid(seed):
    h = hx(seed, 32, True)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@example.com>"


def gmail_mid(seed):
    return "<CA" + b64id(seed, 30).replace("/", "-").replace("=", "") + "@mail.gmail.com>"


def outlook_mail(seed, d, frm, to, subject, text, cc=None, in_reply=None, refs=None,
                 html_text=None, lang="de-CH", extra_parts=None, content_class=None,
                 calendar=None, cal_method="REQUEST", rcpt_hdr=True):
    """Exchange Online message. calendar -> multipart/alternative with text/calendar (invite)."""
    mid = ms_mid(seed)
    b = "_000_" + hx(seed + "b", 24, True) + "prodoutlookcom_"
    parts = [leaf('text/plain; charset="utf-8"', text),
             leaf('text/html; charset="utf-8"', to_html(html_text or text, "Aptos, Calibri, sans-serif"))]
    if calendar:
        parts.append(leaf(f'text/calendar; charset="utf-8"; method={cal_method}', calendar, "base64"))
    root = multi("alternative", b, parts)
    if extra_parts:
        root = multi("mixed", "_004_" + hx(seed + "m", 24, True) + "prodoutlookcom_",
                     [root] + extra_parts)
    hdrs = [("Delivered-To", OWNER),
            received("mail-switzerlandnorthazon1102" + digits(seed + "h", 4) +
                     ".outbound.protection.outlook.com", "198.51.100." + str(10 + int(hx(seed, 2), 16) % 200),
                     d, seed),
            ("Return-Path", f"<{frm[1]}>"),
            ("From", addr(*frm)),
            ("To", ", ".join(addr(*t) for t in to)),
            ("CC", ", ".join(addr(*c) for c in cc) if cc else None),
            ("Subject", enc_subject(subject)),
            ("Thread-Topic", enc_subject(re.sub(r"^((AW|WG|RE|FW|Abgesagt|Canceled): )+", "", subject))),
            ("Thread-Index", b64id(seed + "ti", 22)),
            ("Date", rfcdate(d.astimezone(UTC))),
            ("Message-ID", mid),
            ("In-Reply-To", in_reply),
            ("References", refs),
            ("Accept-Language", f"{lang}, en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if extra_parts else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-class", content_class),
            ("x-ms-exchange-organization-authas", "Anonymous"),
            ("x-ms-publictraffictype", "Email")]
    return message(hdrs, root), mid


def apple_mail(seed, d, to, subject, text, in_reply=None, refs=None, cc=None):
    """Owner's own replies (Apple Mail on macOS, German locale); copy stored in her mailbox."""
    mid = apple_mid(seed)
    hdrs = [("Delivered-To", OWNER),
            ("Received", f"from smtpclient.apple (dyn-203-0-113-{20 + int(hx(seed, 2), 16) % 200}"
                         f".example.net [203.0.113.{20 + int(hx(seed, 2), 16) % 200}])\n\tby smtp.example.com "
                         f"(Postfix) with ESMTPSA id {hx(seed + 'r', 10, True)}\n\tfor <{OWNER}>; "
                         f"{rfcdate(d + timedelta(seconds=1))}"),
            ("Return-Path", f"<{OWNER}>"),
            ("Content-Type", "text/plain;\n\tcharset=utf-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
            ("Subject", enc_subject(subject)),
            ("From", addr(OWNER_NAME, OWNER)),
            ("In-Reply-To", in_reply),
            ("Date", rfcdate(d)),
            ("CC", ", ".join(addr(*c) for c in cc) if cc else None),
            ("Message-Id", mid),
            ("References", refs),
            ("To", ", ".join(addr(*t) for t in to)),
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    lines = [f"{k}: {v}" for k, v in hdrs if v is not None]
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return "\n".join(lines) + "\n\n" + body, mid


def gmail_mail(seed, d, frm, to, subject, text, cc=None, in_reply=None, refs=None):
    """Google Workspace sender (multipart/alternative, qp)."""
    mid = gmail_mid(seed)
    b = "0000000000" + hx(seed + "b", 18)
    paras = text.strip("\n").split("\n\n")
    gh = ('<div dir="ltr">' + "".join(
        "<div>" + "<br>".join(html.escape(l) for l in p.split("\n")) + "</div><div><br></div>"
        for p in paras) + "</div>\n")
    root = multi("alternative", b, [leaf('text/plain; charset="UTF-8"', text),
                                    leaf('text/html; charset="UTF-8"', gh)])
    ip = 40 + int(hx(seed, 2), 16) % 60
    hdrs = [("Delivered-To", OWNER),
            received(f"mail-sor-f{ip}.google.com", f"209.85.220.{ip}", d, seed),
            ("Return-Path", f"<{frm[1]}>"),
            ("MIME-Version", "1.0"),
            ("References", refs),
            ("In-Reply-To", in_reply),
            ("From", addr(*frm)),
            ("Date", rfcdate(d)),
            ("Message-ID", mid),
            ("Subject", enc_subject(subject)),
            ("To", ", ".join(addr(*t) for t in to)),
            ("Cc", ", ".join(addr(*c) for c in cc) if cc else None)]
    return message(hdrs, root), mid


def apple_quote_header_de(d, name, email):
    return f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {name} <{email}>:"


def outlook_fwd_header_de(d, frm, to, subject, cc=None):
    s = ["", "_" * 32, f"Von: {frm[0]} <{frm[1]}>", f"Gesendet: {de_date(d)} {d:%H:%M}",
         "An: " + "; ".join(f"{n} <{e}>" for n, e in to)]
    if cc:
        s.append("Cc: " + "; ".join(f"{n} <{e}>" for n, e in cc))
    s.append(f"Betreff: {subject}")
    return "\n".join(s) + "\n"


# ----------------------------------------------------------------------------------------------
# label helpers
# ----------------------------------------------------------------------------------------------
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = {}    # case id -> {filename: str}
LABELS = {}


def case(nn, slug, files, lab):
    cid = f"{PREFIX}-{nn:02d}-{slug}"
    names = sorted(files)
    assert all(re.match(r"^\d\d-.+\.(eml|ics|gcal\.json)$", n) for n in names), names
    CASES[cid] = files
    LABELS[cid] = lab


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
def case01():
    """SuccessFactors invitation (Basel), German, .ics attached; one hiring manager."""
    dom = "rheinhafen-pharma.example"
    nadja = ("Nadja Gerber", f"nadja.gerber@{dom}")
    lukas = ("Dr. Lukas Imhof", f"lukas.imhof@{dom}")
    sent = T(2026, 9, 9, 9, 14, 27)
    start, end = T(2026, 9, 15, 14, 0), T(2026, 9, 15, 15, 0)
    confirm_by = T(2026, 9, 11)
    role = "Regulatory Affairs Manager CMC (m/w/d)"
    token = hx("c01tok", 40)
    text = f"""Sehr geehrte Frau Caflisch

Vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an der Rheinhafen Pharma AG.

Ihre Unterlagen haben uns überzeugt. Gerne laden wir Sie zu einem persönlichen Vorstellungsgespräch in Basel ein:

Datum:             {de_date(start)}
Zeit:              {start:%H.%M} – {end:%H.%M} Uhr
Ort:               Rheinhafen Pharma AG, Gebäude 41, Empfang Süd, Hafenstrasse 12, 4057 Basel
Gesprächspartner:  Dr. Lukas Imhof, Head Regulatory CMC

Bitte melden Sie sich 10 Minuten vor Gesprächsbeginn am Empfang Süd und bringen Sie einen amtlichen Ausweis mit. Die Kalendereinladung finden Sie im Anhang.

Bitte bestätigen Sie den Termin bis {de_date(confirm_by)} über folgenden Link:
https://career5.successfactors.eu/career?company=rheinhafenP&career_ns=interview_scheduling&token={token}

Falls der Termin nicht passt, wenden Sie sich bitte direkt an Nadja Gerber ({nadja[1]}, +41 61 555 20 41).

Wir freuen uns, Sie kennenzulernen.

Freundliche Grüsse

Nadja Gerber
Talent Acquisition Partner
Rheinhafen Pharma AG

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
"""
    desc = (f"Vorstellungsgespräch {role}\nGesprächspartner: Dr. Lukas Imhof (Head Regulatory CMC)\n"
            "Ort: Gebäude 41, Empfang Süd, Hafenstrasse 12, 4057 Basel\n"
            f"Kontakt: Nadja Gerber, {nadja[1]}")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//SAP SuccessFactors//Interview Scheduling//DE", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_ZURICH +
              ["BEGIN:VEVENT", f"DTSTAMP:{stamp(sent)}", f"UID:ISC-{hx('c01uid', 24)}@successfactors.eu",
               "SEQUENCE:0", icsdt("DTSTART", start, "Europe/Zurich"), icsdt("DTEND", end, "Europe/Zurich"),
               f"SUMMARY:{esc('Vorstellungsgespräch: ' + role + ' – Seraina Caflisch')}",
               f"LOCATION:{esc('Rheinhafen Pharma AG, Gebäude 41, Empfang Süd, Hafenstrasse 12, 4057 Basel')}",
               f"DESCRIPTION:{esc(desc)}",
               f"ORGANIZER;CN={nadja[0]}:mailto:{nadja[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={lukas[0]}:mailto:{lukas[1]}",
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    b_alt, b_mix = "----=_Part_" + digits("c01a", 7) + "_" + digits("c01b", 9) + ".1789456467001", \
        "----=_Part_" + digits("c01c", 7) + "_" + digits("c01d", 9) + ".1789456467000"
    alt = multi("alternative", b_alt, [leaf("text/plain; charset=UTF-8", text),
                                       leaf("text/html; charset=UTF-8", to_html(text, "Arial, sans-serif", "10pt"))])
    root = multi("mixed", b_mix, [alt, leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Vorstellungsgespraech.ics"',
                                            cal, "base64", 'attachment; filename="Vorstellungsgespraech.ics"')])
    hdrs = [("Delivered-To", OWNER),
            received("mail2.successfactors.eu", "198.51.100.47", sent, "c01"),
            ("Return-Path", "<bounce-noreply@successfactors.eu>"),
            ("Date", rfcdate(sent)),
            ("From", addr("Rheinhafen Pharma AG Karriere", "noreply@successfactors.eu")),
            ("To", addr(OWNER_NAME, OWNER)),
            ("Message-ID", f"<{digits('c01m', 9)}.{digits('c01n', 5)}.1789456467001@sfapp{digits('c01', 2)}.successfactors.eu>"),
            ("Subject", enc_subject(f"Einladung zum Vorstellungsgespräch – {role} – Job-ID 48213")),
            ("MIME-Version", "1.0"),
            ("X-SF-Company", "rheinhafenP"),
            ("Auto-Submitted", "auto-generated")]
    files = {"01-successfactors-einladung-vorstellungsgespraech.eml": message(hdrs, root)}
    case(1, "successfactors-basel-vorstellungsgespraech", files, label(
        [iv("Rheinhafen Pharma AG", "Regulatory Affairs Manager CMC", start, end, "scheduled",
            [lukas[1]], [lukas[1]], "hiring_manager")],
        "easy", "positive/ats-successfactors-ics",
        "SuccessFactors invitation from a no-reply sender, German, .ics attached (Europe/Zurich, CEST). "
        "Hiring manager Dr. Imhof is an ATTENDEE -> interviewer and follow-up recipient; the recruiter only "
        "coordinates."))


def case02():
    """Zug medtech: recruiter mail + Teams invite with W. Europe Standard Time, '(UTC+01:00)' label in summer."""
    dom = "lorzentec.example"
    ramona = ("Ramona Iten", f"ramona.iten@{dom}")
    patrick = ("Patrick Hürlimann", f"patrick.huerlimann@{dom}")
    mirjam = ("Dr. Mirjam Schönbächler", f"mirjam.schoenbaechler@{dom}")
    role = "Senior Regulatory Affairs Specialist MDR"
    start, end = T(2026, 9, 24, 10, 0), T(2026, 9, 24, 11, 15)
    d1, d2 = T(2026, 9, 18, 14, 31, 12), T(2026, 9, 18, 14, 36, 40)
    sig = ("Freundliche Grüsse\nRamona Iten\nHR Business Partner\n"
           "Lorzentec Medical AG | Chollerstrasse 8 | 6300 Zug\n"
           f"T +41 41 555 73 10 | {ramona[1]}")
    t1 = f"""Grüezi Frau Caflisch

Vielen Dank für Ihre rasche Rückmeldung von heute Morgen. Wie besprochen laden wir Sie gerne zu einem Interview mit unserem Panel ein. Sie sprechen mit Patrick Hürlimann (Head Regulatory & Clinical Affairs) und Dr. Mirjam Schönbächler (Director Quality Management). Das Gespräch findet via Microsoft Teams statt und dauert rund 75 Minuten.

Termin: {de_date(start)}, {start:%H.%M} bis {end:%H.%M} Uhr

Die Teams-Einladung erhalten Sie separat. Ich selbst bin beim Gespräch nicht dabei, stehe Ihnen aber für Fragen jederzeit zur Verfügung.

{sig}
"""
    m1, mid1 = outlook_mail("c02m1", d1, ramona, [(OWNER_NAME, OWNER)],
                            f"Ihre Bewerbung als {role} – Einladung Interview", t1)
    tb, turl = teams_block("c02teams")
    body = (f"Grüezi Frau Caflisch\n\nWie angekündigt hier die Einladung für das Panel-Interview für die "
            f"Stelle {role} mit Patrick Hürlimann und Dr. Mirjam Schönbächler.\n\n{sig}\n\n")
    t2 = f"{outlook_when_de(start, end)}\nWo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}{tb}\n"
    subj = f"Interview {role} | Seraina Caflisch"
    cal = ms_calendar("REQUEST", ms_uid("c02uid"), 0, d2, start, end, subj, body + tb,
                      "Microsoft Teams-Besprechung", ramona,
                      [ms_attendee(OWNER_NAME, OWNER), ms_attendee(*patrick), ms_attendee(*mirjam)],
                      teams_url=turl)
    m2, _ = outlook_mail("c02m2", d2, ramona, [(OWNER_NAME, OWNER), patrick, mirjam], subj, t2,
                         content_class="urn:content-classes:calendarmessage", calendar=cal)
    files = {"01-lorzentec-einladung-interview.eml": m1, "02-lorzentec-teams-einladung.eml": m2}
    case(2, "teams-zug-panel-utc-label", files, label(
        [iv("Lorzentec Medical AG", role, start, end, "scheduled", [patrick[1], mirjam[1]],
            [patrick[1], mirjam[1]], "onsite")],
        "medium", "positive/teams-panel-utc-label",
        "Recruiter mail + Exchange/Teams invite (TZID 'W. Europe Standard Time') for the same panel -> ONE "
        "interview. Outlook's 'Wann:' line shows the fixed '(UTC+01:00)' label although 24 Sep is CEST -> "
        "+02:00. Two interviewers -> kind onsite; the HR organizer explicitly does not attend."))


def case03():
    """Munich (Workday): scheduled, moved by e-mail, Workday 'rescheduled' with SEQUENCE 1."""
    dom = "isarwerk-bio.example"
    fr = ("Franziska Obermaier", f"franziska.obermaier@{dom}")
    wdsender = ("Isarwerk Biologics", "isarwerk@myworkday.com")
    role = "Manager Regulatory Affairs Europe (m/w/d)"
    s1, e1 = T(2026, 10, 5, 15, 0, tz=BER), T(2026, 10, 5, 16, 0, tz=BER)
    s2, e2 = T(2026, 10, 7, 9, 30, tz=BER), T(2026, 10, 7, 10, 30, tz=BER)
    d1 = T(2026, 9, 28, 11, 20, 9)
    d2 = T(2026, 9, 30, 17, 45, 31)
    d3 = T(2026, 9, 30, 19, 2, 44)
    d4 = T(2026, 10, 1, 8, 5, 2)
    uid = f"{hx('c03uid', 32)}@myworkday.com"

    def wd_ics(seq, s, e, dt):
        return ics(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc.//Workday Calendar//EN", "VERSION:2.0",
                    "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{stamp(dt)}",
                    icsdt("DTSTART", s, None), icsdt("DTEND", e, None),
                    f"SUMMARY:{esc('Interview: ' + role + ' (R-10472)')}",
                    "LOCATION:Microsoft Teams",
                    f"DESCRIPTION:{esc('Interviewer: Dr. Benedikt Rauscher - Head of Regulatory Affairs Europe. Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_' + hx('c03t', 40) + '%40thread.v2/0')}",
                    f"ORGANIZER;CN=Isarwerk Biologics Recruiting:mailto:{wdsender[1]}",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
                    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])

    def wd_mail(seed, dt, subject, intro, s, e, seq):
        tm = lambda x: x.strftime("%I:%M %p").lstrip("0")
        text = f"""Dear Seraina,

{intro}

Interview Details
Date: {en_date(s)}
Time: {tm(s)} - {tm(e)} (GMT+02:00) Central European Summer Time (Berlin)
Location: Microsoft Teams (the link is included in the attached calendar invitation)
Interviewer(s): Dr. Benedikt Rauscher - Head of Regulatory Affairs Europe

If you need to make changes, please contact your recruiter Franziska Obermaier ({fr[1]}).

To view the details of your interview, sign in to your candidate home page:
https://wd3.myworkday.com/isarwerk/d/home.htmld

Kind regards,
Talent Acquisition Team
Isarwerk Biologics GmbH

This is an automated message from Workday. Please do not reply.
"""
        b1, b2 = "----=_Part_" + digits(seed + "x", 6) + "_" + digits(seed + "y", 10) + "." + digits(seed + "z", 13), \
            "----=_Part_" + digits(seed + "u", 6) + "_" + digits(seed + "v", 10) + "." + digits(seed + "w", 13)
        alt = multi("alternative", b2, [leaf("text/plain; charset=UTF-8", text, "7bit"),
                                        leaf("text/html; charset=UTF-8", to_html(text, "Arial, sans-serif", "10pt"), "quoted-printable")])
        root = multi("mixed", b1, [alt, leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"',
                                             wd_ics(seq, s, e, dt), "base64", 'attachment; filename="interview.ics"')])
        hdrs = [("Delivered-To", OWNER),
                received("mail-out2.myworkday.com", "198.51.100.164", dt, seed),
                ("Return-Path", "<bounces+isarwerk@myworkday.com>"),
                ("Date", rfcdate(dt.astimezone(LAX))),
                ("From", addr(*wdsender)),
                ("Reply-To", addr("Do Not Reply", "donotreply@myworkday.com")),
                ("To", OWNER),
                ("Message-ID", f"<{digits(seed + 'm', 12)}.{digits(seed + 'n', 4)}.{digits(seed + 'o', 13)}@wd3-prod-mail.myworkday.com>"),
                ("Subject", subject),
                ("MIME-Version", "1.0")]
        return message(hdrs, root)

    m1 = wd_mail("c03m1", d1, f"Interview Scheduled: {role} - R-10472",
                 f"Your interview for the position {role} (R-10472) has been scheduled.", s1, e1, 0)
    assert wd(s1, "Montag") and (s1.date() - d2.date()).days == 5
    t2 = f"""Liebe Frau Caflisch,

leider muss Herr Dr. Rauscher am kommenden Montag kurzfristig zu einem Termin beim BfArM nach Bonn. Wäre es für Sie möglich, das Gespräch auf {wd(s2, 'Mittwoch')}, {s2.day}. Oktober, um {s2:%-H:%M} Uhr zu verschieben? Die Dauer bleibt bei einer Stunde, ebenfalls über Teams. Sie erhalten anschließend eine aktualisierte Einladung aus Workday.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Franziska Obermaier
Senior Talent Acquisition Partner
Isarwerk Biologics GmbH | Leopoldstraße 120 | 80802 München
Tel. +49 89 5550 3182
{fr[1]}
"""
    subj2 = f"Ihr Interview am {s1.day}. Oktober – Terminverschiebung"
    m2, mid2 = outlook_mail("c03m2", d2, fr, [(OWNER_NAME, OWNER)], subj2, t2, lang="de-DE")
    t3 = (f"Liebe Frau Obermaier\n\nKein Problem – {wd(s2, 'Mittwoch')}, {s2.day}. Oktober, um {s2:%-H.%M} Uhr "
          f"passt mir gut.\n\nFreundliche Grüsse\nSeraina Caflisch\n\n"
          f"{apple_quote_header_de(d2, fr[0], fr[1])}\n\n{quote(t2)}\n")
    m3, _ = apple_mail("c03m3", d3, [fr], "Re: " + subj2, t3, in_reply=mid2, refs=mid2)
    m4 = wd_mail("c03m4", d4, f"Interview Rescheduled: {role} - R-10472",
                 f"Your interview for the position {role} (R-10472) has been rescheduled. "
                 "Please find the updated details below.", s2, e2, 1)
    files = {"01-workday-interview-scheduled.eml": m1, "02-isarwerk-terminverschiebung.eml": m2,
             "03-re-terminverschiebung.eml": m3, "04-workday-interview-rescheduled.eml": m4}
    case(3, "workday-munich-reschedule", files, label(
        [iv("Isarwerk Biologics GmbH", "Manager Regulatory Affairs Europe", s2, e2, "scheduled", [],
            [fr[1]], "hiring_manager")],
        "hard", "positive/workday-reschedule",
        "Workday 'Interview Scheduled' (Mon 5 Oct 15:00 CEST, .ics in UTC), recruiter says the "
        "manager cannot make it 'am kommenden Montag' and proposes Wed 7 Oct 9:30, owner agrees, Workday 'Rescheduled' (same UID, SEQUENCE 1). "
        "One interview at the final time. The hiring manager's address never appears -> no interviewer e-mails; "
        "follow-up to the recruiter (Workday sender is no-reply). Munich mail uses ß."))


def case04():
    """Geneva (Abacus Umantis), Swiss French, confirmation thread; HR + head of RA in the interview."""
    dom = "lemanis-dx.example"
    yves = ("Yves Perrin", f"yves.perrin@{dom}")
    sophie = ("Sophie Rochat", f"sophie.rochat@{dom}")
    role = "Responsable Affaires Réglementaires IVDR (80–100%)"
    start, end = T(2026, 10, 8, 10, 0), T(2026, 10, 8, 11, 30)
    d1, d2, d3 = T(2026, 9, 24, 10, 5, 40), T(2026, 9, 24, 12, 48, 3), T(2026, 9, 25, 8, 31, 55)
    link = f"https://recruitingapp-5482.umantis.com/Candidate/Appointment/{digits('c04l', 6)}?token={hx('c04t', 32)}"
    t1 = f"""Madame Caflisch,

Nous vous remercions de votre candidature pour le poste de {role} et de l'intérêt que vous portez à Lémanis Diagnostics SA.

Nous avons le plaisir de vous inviter à un entretien dans nos locaux :

Date : {fr_date(start)}
Heure : à {start:%Hh%M} (durée : environ 1h30)
Lieu : Lémanis Diagnostics SA, Chemin des Aulx 14, 1228 Plan-les-Ouates, réception du bâtiment B
Interlocuteurs : Mme Sophie Rochat, Head of Regulatory Affairs, et M. Yves Perrin, Talent Acquisition Partner

Nous vous prions de bien vouloir confirmer votre présence en répondant à ce message ou via votre espace candidat :
{link}

Avec nos meilleures salutations,

Yves Perrin
Talent Acquisition Partner
Lémanis Diagnostics SA
{yves[1]} | +41 22 555 48 90

Ce message a été envoyé via Abacus Umantis.
"""
    b = "=_umantis_" + hx("c04b", 20)
    root = multi("alternative", b, [leaf("text/plain; charset=utf-8", t1),
                                    leaf("text/html; charset=utf-8", to_html(t1, "Verdana, sans-serif", "10pt"))])
    subj1 = f"Invitation à un entretien – {role}"
    mid1 = f"<{hx('c04mid', 20)}.{digits('c04', 6)}@recruitingapp-5482.umantis.com>"
    m1 = message([("Delivered-To", OWNER),
                  received("mx3.umantis.com", "198.51.100.92", d1, "c04m1"),
                  ("Return-Path", "<noreply@umantis.com>"),
                  ("Date", rfcdate(d1)),
                  ("From", addr("Lémanis Diagnostics SA", "noreply@umantis.com")),
                  ("Reply-To", addr(*yves)),
                  ("To", addr(OWNER_NAME, OWNER)),
                  ("Subject", enc_subject(subj1)),
                  ("Message-ID", mid1),
                  ("X-Mailer", "Abacus Umantis Recruiting"),
                  ("MIME-Version", "1.0")], root)
    t2 = (f"Monsieur Perrin,\n\nJe vous remercie de votre invitation et vous confirme volontiers ma présence "
          f"le {fr_date(start)} à {start:%Hh%M} à Plan-les-Ouates.\n\nMeilleures salutations,\nSeraina Caflisch\n\n"
          f"Le {d1.day} sept. {d1.year} à {d1:%H:%M}, Lémanis Diagnostics SA <noreply@umantis.com> a écrit :\n\n"
          f"{quote(t1)}\n")
    m2, mid2 = apple_mail("c04m2", d2, [yves], "Re: " + subj1, t2, in_reply=mid1, refs=mid1)
    t3 = f"""Madame Caflisch,

Merci pour votre confirmation. Je mets Mme Rochat en copie. Nous vous accueillerons à la réception du bâtiment B ; nous vous suggérons d'arriver vers 9h45 afin d'établir votre badge visiteur. L'entretien lui-même commencera à {start:%Hh%M}.

Au plaisir de vous rencontrer le {start.day} octobre,

Yves Perrin
Talent Acquisition Partner
Lémanis Diagnostics SA
{yves[1]} | +41 22 555 48 90

-----Message d'origine-----
De : Seraina Caflisch <{OWNER}>
Envoyé : {fr_date(d2)} {d2:%H:%M}
À : Yves Perrin <{yves[1]}>
Objet : Re: {subj1}

{t2.split(chr(10) + chr(10) + 'Le ')[0]}
"""
    m3, _ = outlook_mail("c04m3", d3, yves, [(OWNER_NAME, OWNER)], "RE: " + subj1, t3, cc=[sophie],
                         in_reply=mid2, refs=f"{mid1} {mid2}", lang="fr-CH")
    files = {"01-umantis-invitation-entretien.eml": m1, "02-re-confirmation.eml": m2,
             "03-re-accueil-reception.eml": m3}
    case(4, "umantis-geneve-entretien", files, label(
        [iv("Lémanis Diagnostics SA", "Responsable Affaires Réglementaires IVDR", start, end, "scheduled",
            [sophie[1], yves[1]], [sophie[1], yves[1]], "onsite")],
        "medium", "positive/umantis-french-thread",
        "Abacus Umantis invitation in Swiss French ('jeudi 8 octobre 2026', 'à 10h00', 'environ 1h30' -> end "
        "11:30), confirmed by the owner; the recruiter (who also conducts) copies the head of RA. 'Arriver vers "
        "9h45' is a badge/arrival time, not the start. Two interviewers -> onsite."))


def case05():
    """US HQ (Boston) call for a Zug role during the EU/US DST gap week (5 h difference)."""
    dom = "corvellmed.example"
    kayla = ("Kayla Donnelly", f"kayla.donnelly@{dom}")
    tom = ("Tom Whitfield", f"thomas.whitfield@{dom}")
    role = "Director, Regulatory Affairs EMEA"
    start, end = T(2026, 10, 28, 9, 0, tz=NYC), T(2026, 10, 28, 9, 45, tz=NYC)
    assert start.utcoffset() == timedelta(hours=-4)
    local = start.astimezone(ZRH)
    assert local.hour == 14 and local.utcoffset() == timedelta(hours=1)
    d1 = T(2026, 10, 22, 10, 31, 7, tz=NYC)
    d2 = T(2026, 10, 22, 16, 58, 20)
    d3 = T(2026, 10, 22, 11, 20, 5, tz=NYC)
    t1 = f"""Hi Seraina,

Thanks for sending over your availability so quickly.

The next step is a conversation with Tom Whitfield, our VP Global Regulatory Affairs, who is based at our HQ in Boston. He has an opening on {en_date(start).replace(', 2026', '')} at 9:00 AM Eastern (45 minutes, Google Meet).

One heads-up on the time difference: Europe goes back to standard time this Sunday (Oct 25), but the US doesn't change until November 1. So that week we're only 5 hours apart, and 9:00 AM ET is {local:%H:%M} in Zurich, not 15:00.

Does that work for you? If so I'll send the invite right away.

Best,
Kayla

--
Kayla Donnelly
Senior Recruiter, International
Corvell Medical | Seaport District, Boston, MA
{kayla[1]}
"""
    assert wd(T(2026, 10, 25), "Sunday")
    m1, mid1 = gmail_mail("c05m1", d1, kayla, [(OWNER_NAME, OWNER)],
                          "Corvell Medical – next step: conversation with Tom Whitfield", t1)
    t2 = (f"Hi Kayla,\n\nThank you – {wd(start, 'Wednesday')}, October 28 at 9:00 AM ET / {local:%H:%M} Zurich time "
          "works well for me. Thanks also for the DST heads-up!\n\nLooking forward to speaking with Tom.\n\n"
          f"Best regards,\nSeraina\n\n"
          f"On {d1.astimezone(ZRH).day} Oct {d1.year}, at {d1.astimezone(ZRH):%H:%M}, Kayla Donnelly <{kayla[1]}> wrote:\n\n"
          f"{quote(t1)}\n")
    m2, mid2 = apple_mail("c05m2", d2, [kayla], "Re: Corvell Medical – next step: conversation with Tom Whitfield",
                          t2, in_reply=mid1, refs=mid1)
    # Google Calendar invitation
    title = f"Corvell Medical | Seraina Caflisch <> Tom Whitfield ({role})"
    meet = "https://meet.google.com/vqk-rmfa-tde"
    eid = b64id("c05eid", 45).replace("=", "")
    desc = (f"Interview for the {role} role (Zug). Tom will focus on EU/US regulatory strategy and how you "
            "would build the EMEA team. Kayla will not join.")
    gsubj = f"Invitation: {title} @ Wed Oct 28, 2026 9am - 9:45am (EDT) ({OWNER})"
    plain = f"""{title}
Wednesday Oct 28, 2026 ⋅ 9am – 9:45am
Eastern Time - New York

Join with Google Meet
{meet}

Join by phone
(CH) +41 43 555 07 41
PIN: {digits('c05pin', 9)}

Organizer
Kayla Donnelly
{kayla[1]}

Guests
Kayla Donnelly - organizer
{kayla[1]}
Tom Whitfield
{tom[1]}
{OWNER}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

{desc}

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

~~//~~
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_NEWYORK +
              ["BEGIN:VEVENT", icsdt("DTSTART", start, "America/New_York"), icsdt("DTEND", end, "America/New_York"),
               f"DTSTAMP:{stamp(d3)}", f"ORGANIZER;CN={kayla[0]}:mailto:{kayla[1]}",
               f"UID:{hx('c05uid', 26)}@google.com",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={kayla[0]};X-NUM-GUESTS=0:mailto:{kayla[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={tom[0]};X-NUM-GUESTS=0:mailto:{tom[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}",
               "X-GOOGLE-CONFERENCE:" + meet, f"CREATED:{stamp(d3 - timedelta(minutes=2))}",
               f"DESCRIPTION:{esc(desc + chr(10) + chr(10) + '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' + chr(10) + 'Join with Google Meet: ' + meet + chr(10) + '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')}",
               f"LAST-MODIFIED:{stamp(d3)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
               f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE",
               "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
               "SUMMARY:Alarm notification", f"ATTENDEE:mailto:{OWNER}", "TRIGGER:-P0DT0H30M0S", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    bm, ba = "000000000000" + hx("c05bm", 16), "000000000000" + hx("c05ba", 16)
    alt = multi("alternative", ba, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(plain, "Roboto, Helvetica, Arial, sans-serif", "14px")),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "7bit")])
    root = multi("mixed", bm, [alt, leaf('application/ics; name="invite.ics"', cal, "base64",
                                         'attachment; filename="invite.ics"')])
    m3 = message([("Delivered-To", OWNER),
                  received("mail-sor-f73.google.com", "209.85.220.73", d3, "c05m3"),
                  ("Return-Path", f"<{b64id('c05ret', 12).replace('/', 'x').replace('+', 'y').rstrip('=')}@calendar-server.bounces.google.com>"),
                  ("Reply-To", addr(*kayla)),
                  ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                  ("Message-ID", f"<calendar-{hx('c05cal', 8)}-{hx('c05cal2', 4)}-{hx('c05cal3', 4)}-{hx('c05cal4', 4)}-{hx('c05cal5', 12)}@google.com>"),
                  ("Date", rfcdate(d3.astimezone(UTC))),
                  ("Subject", enc_subject(gsubj)),
                  ("From", addr(*kayla)),
                  ("To", OWNER),
                  ("MIME-Version", "1.0")], root)
    files = {"01-corvell-next-step.eml": m1, "02-re-next-step.eml": m2, "03-invitation-google-calendar.eml": m3}
    case(5, "us-hq-call-dst-gap-week", files, label(
        [iv("Corvell Medical", role, start, end, "scheduled", [tom[1]], [tom[1]], "hiring_manager")],
        "hard", "positive/us-eu-dst-gap",
        "Interview with the US VP on Wed 28 Oct 2026 9:00 EDT (-04:00): Europe is already on CET after 25 Oct "
        "while the US stays on EDT until 1 Nov, so it is 14:00 in Zurich (5 h gap, not 6). Recruiter mail, "
        "owner's confirmation and a Google invite (America/New_York) describe ONE interview; the organizing "
        "recruiter will not join."))


def case06():
    """Zurich/Schlieren biotech: phone screen ('am kommenden Montag') + second on-site interview."""
    dom = "limmatgen.example"
    fab = ("Fabienne Wüthrich", f"fabienne.wuethrich@{dom}")
    andrea = ("Dr. Andrea Zollinger", f"andrea.zollinger@{dom}")
    marco = ("Marco Bernasconi", f"marco.bernasconi@{dom}")
    role = "Regulatory Affairs Manager (Clinical Trials)"
    d1, d2, d3 = T(2026, 9, 18, 16, 40, 2), T(2026, 9, 18, 18, 12, 37), T(2026, 9, 18, 18, 30, 11)
    d4, d5 = T(2026, 9, 22, 9, 10, 45), T(2026, 9, 22, 9, 14, 20)
    s1, e1 = T(2026, 9, 21, 11, 0), T(2026, 9, 21, 11, 30)
    s2, e2 = T(2026, 10, 2, 13, 30), T(2026, 10, 2, 15, 0)
    assert wd(d1, "Freitag") and wd(s1, "Montag") and (s1.date() - d1.date()).days == 3
    assert (d4.date() - s1.date()).days == 1  # "gestern" in message 4
    sig = ("Freundliche Grüsse\n\nFabienne Wüthrich\nSenior Talent Acquisition Specialist\n"
           "Limmatgen Therapeutics AG | Zürcherstrasse 140 | 8952 Schlieren\n"
           f"T +41 44 555 86 12 | {fab[1]}")
    t1 = f"""Sehr geehrte Frau Caflisch

Herzlichen Dank für Ihre Bewerbung als {role}. Ihr Profil mit der Erfahrung in CTA-Einreichungen bei Swissmedic und unter der EU-CTR passt sehr gut zu unserer Vakanz.

Gerne würde ich mit Ihnen ein erstes telefonisches Interview von ca. 30 Minuten führen, um Sie und Ihre Motivation besser kennenzulernen. Passt es Ihnen am kommenden Montag um 11.00 Uhr? Alternativ wäre auch Dienstagnachmittag möglich.

{sig}
"""
    subj = f"Ihre Bewerbung als {role}"
    m1, mid1 = outlook_mail("c06m1", d1, fab, [(OWNER_NAME, OWNER)], subj, t1)
    t2 = (f"Sehr geehrte Frau Wüthrich\n\nVielen Dank für Ihre Nachricht. Am Montag um 11.00 Uhr passt es mir "
          "sehr gut. Sie erreichen mich unter +41 79 555 01 23.\n\nFreundliche Grüsse\nSeraina Caflisch\n\n"
          f"{apple_quote_header_de(d1, fab[0], fab[1])}\n\n{quote(t1)}\n")
    m2, mid2 = apple_mail("c06m2", d2, [fab], "Re: " + subj, t2, in_reply=mid1, refs=mid1)
    t3 = (f"Liebe Frau Caflisch\n\nMerci, dann rufe ich Sie am Montag um 11.00 Uhr auf Ihre Mobilnummer an.\n\n"
          f"Schönes Wochenende!\n\n{sig}\n" +
          outlook_fwd_header_de(d2, (OWNER_NAME, OWNER), [fab], "Re: " + subj) + "\n" +
          t2.split("\n\nAm ")[0] + "\n")
    m3, mid3 = outlook_mail("c06m3", d3, fab, [(OWNER_NAME, OWNER)], "AW: " + subj, t3,
                            in_reply=mid2, refs=f"{mid1} {mid2}")
    t4 = f"""Liebe Frau Caflisch

Herzlichen Dank für das angenehme Telefongespräch von gestern. Wir möchten Sie sehr gerne besser kennenlernen und laden Sie zu einem zweiten Gespräch vor Ort in Schlieren ein. Ihre Gesprächspartner sind Dr. Andrea Zollinger (Head Regulatory Affairs) und Marco Bernasconi (Director Clinical Operations).

Termin: {de_date(s2)}, {s2:%H.%M} – {e2:%H.%M} Uhr
Ort: Limmatgen Therapeutics AG, Zürcherstrasse 140, 8952 Schlieren, Sitzungszimmer Rigi (3. OG)

Sie erhalten separat eine Outlook-Einladung. Ich hole Sie um 13.25 Uhr am Empfang ab, bin beim Gespräch selbst aber nicht dabei.

{sig}
"""
    m4, mid4 = outlook_mail("c06m4", d4, fab, [(OWNER_NAME, OWNER)], "Einladung zum zweiten Gespräch – " + role, t4)
    loc = "Limmatgen Therapeutics AG, Zürcherstrasse 140, 8952 Schlieren – Sitzungszimmer Rigi (3. OG)"
    body = (f"Zweites Gespräch {role} mit Dr. Andrea Zollinger und Marco Bernasconi.\n"
            "Ich hole Sie um 13.25 Uhr am Empfang ab.\n\nFreundliche Grüsse\nFabienne Wüthrich\n")
    t5 = f"{outlook_when_de(s2, e2)}\nWo: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    subj5 = f"2. Gespräch {role} – S. Caflisch"
    cal = ms_calendar("REQUEST", ms_uid("c06uid"), 0, d5, s2, e2, subj5, body, loc, fab,
                      [ms_attendee(OWNER_NAME, OWNER), ms_attendee(*andrea), ms_attendee(*marco)])
    m5, _ = outlook_mail("c06m5", d5, fab, [(OWNER_NAME, OWNER), andrea, marco], subj5, t5,
                         content_class="urn:content-classes:calendarmessage", calendar=cal)
    files = {"01-limmatgen-bewerbung-telefoninterview.eml": m1, "02-re-montag-passt.eml": m2,
             "03-aw-bestaetigung-anruf.eml": m3, "04-limmatgen-zweites-gespraech.eml": m4,
             "05-outlook-einladung-zweites-gespraech.eml": m5}
    case(6, "limmatgen-telefon-und-zweitgespraech", files, label(
        [iv("Limmatgen Therapeutics AG", role, s1, e1, "scheduled", [fab[1]], [fab[1]], "phone_screen"),
         iv("Limmatgen Therapeutics AG", role, s2, e2, "scheduled", [andrea[1], marco[1]],
            [andrea[1], marco[1]], "onsite")],
        "hard", "positive/two-interviews-relative-date",
        "Two interviews. (1) Recruiter phone screen proposed Fri 18 Sep for 'am kommenden Montag um 11.00 Uhr' "
        "(-> Mon 21 Sep), ca. 30 min, confirmed in the thread; the recruiter conducts it. (2) Second on-site "
        "interview Fri 2 Oct 13:30-15:00 announced by mail and by Outlook invite (one interview), two "
        "interviewers -> onsite; the recruiter picks her up at 13.25 but does not attend."))


def case07():
    """Basel medtech: Teams invite, then cancellation mail + METHOD:CANCEL."""
    dom = "dreilaender-medtech.example"
    sandra = ("Sandra Tschudin", f"sandra.tschudin@{dom}")
    reto = ("Dr. Reto Gysin", f"reto.gysin@{dom}")
    role = "Regulatory Affairs Manager Combination Products"
    start, end = T(2026, 10, 1, 9, 0), T(2026, 10, 1, 10, 0)
    d1, d2, d3 = T(2026, 9, 21, 13, 5, 18), T(2026, 9, 28, 16, 48, 2), T(2026, 9, 28, 16, 51, 30)
    uid = ms_uid("c07uid")
    tb, turl = teams_block("c07teams")
    sig = "Freundliche Grüsse\nSandra Tschudin\nHR Recruiting\nDreiländer MedTech AG | Peter Merian-Strasse 80 | 4052 Basel\n" \
          f"T +41 61 555 30 77 | {sandra[1]}"
    body1 = (f"Grüezi Frau Caflisch\n\nWie telefonisch besprochen sende ich Ihnen die Einladung für das "
             f"Vorstellungsgespräch mit Dr. Reto Gysin (Head Regulatory Affairs Devices & Combination Products). "
             f"Das Gespräch findet via Microsoft Teams statt.\n\n{sig}\n\n")
    subj = f"Vorstellungsgespräch {role} – S. Caflisch"
    atts = [ms_attendee(OWNER_NAME, OWNER), ms_attendee(*reto)]
    cal1 = ms_calendar("REQUEST", uid, 0, d1, start, end, subj, body1 + tb, "Microsoft Teams-Besprechung",
                       sandra, atts, teams_url=turl)
    t1 = f"{outlook_when_de(start, end)}\nWo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n{body1}{tb}\n"
    m1, mid1 = outlook_mail("c07m1", d1, sandra, [(OWNER_NAME, OWNER), reto], subj, t1,
                            content_class="urn:content-classes:calendarmessage", calendar=cal1)
    t2 = f"""Grüezi Frau Caflisch

Leider muss ich Ihnen mitteilen, dass wir die Stelle als {role} intern besetzen konnten. Das für {wd(start, 'Donnerstag')}, {start.day}. Oktober, um {start:%H.%M} Uhr geplante Vorstellungsgespräch mit Herrn Dr. Gysin müssen wir deshalb absagen. Die Termineinladung storniere ich separat.

Wir bedauern dies sehr und danken Ihnen für Ihr Interesse an der Dreiländer MedTech AG. Gerne nehmen wir Ihr Dossier mit Ihrem Einverständnis in unseren Talentpool auf.

{sig}
"""
    m2, mid2 = outlook_mail("c07m2", d2, sandra, [(OWNER_NAME, OWNER)],
                            f"Absage Vorstellungsgespräch vom {start:%d.%m.%Y}", t2)
    body3 = "Die Stelle konnte intern besetzt werden – siehe separate E-Mail. Entschuldigen Sie die Umstände.\n"
    cal3 = ms_calendar("CANCEL", uid, 1, d3, start, end, "Abgesagt: " + subj, body3, "Microsoft Teams-Besprechung",
                       sandra, atts, status="CANCELLED")
    t3 = f"{outlook_when_de(start, end)}\nWo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n{body3}"
    m3, _ = outlook_mail("c07m3", d3, sandra, [(OWNER_NAME, OWNER), reto], "Abgesagt: " + subj, t3,
                         content_class="urn:content-classes:calendarmessage", calendar=cal3, cal_method="CANCEL")
    files = {"01-teams-einladung-vorstellungsgespraech.eml": m1, "02-dreilaender-absage-gespraech.eml": m2,
             "03-abgesagt-vorstellungsgespraech.eml": m3}
    case(7, "teams-basel-abgesagt", files, label(
        [iv("Dreiländer MedTech AG", role, start, end, "cancelled", [reto[1]], [reto[1]], "hiring_manager")],
        "medium", "positive/cancellation",
        "Teams invite for Thu 1 Oct 09:00-10:00 CEST (W. Europe Standard Time), then the recruiter cancels "
        "(position filled internally) and sends METHOD:CANCEL / STATUS:CANCELLED (SEQUENCE 1). Kept as one "
        "cancelled interview at its last scheduled time."))


def case08():
    """Zurich pharma: assessment centre day (one onsite, 08:30-16:00) with three assessors."""
    dom = "sihlpark-pharma.example"
    mel = ("Melanie Stocker", f"melanie.stocker@{dom}")
    ceo = ("Dr. Daniel Rüegg", f"daniel.rueegg@{dom}")
    hr = ("Corinne Leuthold", f"corinne.leuthold@{dom}")
    psy = ("Dr. Jonas Albrecht", "jonas.albrecht@kompass-assessment.example")
    role = "Head of Regulatory Affairs Switzerland"
    day = T(2026, 10, 20)
    start, end = T(2026, 10, 20, 8, 30), T(2026, 10, 20, 16, 0)
    d1, d2 = T(2026, 10, 5, 10, 22, 51), T(2026, 10, 5, 18, 10, 9)
    prog = f"""Programm Assessment-Center, {de_date(day)}
08.30 – 08.45  Empfang und Begrüssung (Corinne Leuthold, Head HR)
08.45 – 10.15  Fallstudie «Zulassungsstrategie für ein Biosimilar in der Schweiz und der EU» (Einzelarbeit)
10.30 – 11.15  Präsentation Ihrer Fallstudie vor dem Gremium
11.30 – 12.15  Rollenspiel: Gespräch mit einer «Behördenvertreterin» (Leitung: Dr. Jonas Albrecht)
12.15 – 13.15  Mittagessen mit dem Regulatory-Team
13.30 – 14.30  Interview mit Dr. Daniel Rüegg (CEO) und Corinne Leuthold
14.45 – 15.30  Persönlichkeitsfragebogen und Auswertungsgespräch mit Dr. Jonas Albrecht
15.30 – 16.00  Abschluss und erstes Feedback"""
    t1 = f"""Sehr geehrte Frau Caflisch

Wir freuen uns, Ihnen mitteilen zu können, dass Sie für die Stelle als {role} in die engere Auswahl gekommen sind. Als letzten Schritt unseres Auswahlverfahrens laden wir Sie herzlich zu einem eintägigen Assessment-Center bei uns in Zürich ein.

{prog}

Ort: Sihlpark Pharma AG, Allmendstrasse 91, 8041 Zürich, Empfang Haus A

Das Gremium besteht aus Dr. Daniel Rüegg (CEO), Corinne Leuthold (Head HR) und Dr. Jonas Albrecht (Wirtschaftspsychologe, Kompass Assessment AG). Die Kalendereinladung mit allen Beteiligten finden Sie im Anhang. Eine Vorbereitung ist nicht nötig; bitte nehmen Sie Ihren eigenen Laptop mit. Ihre Reisespesen werden selbstverständlich vergütet.

Bitte bestätigen Sie uns Ihre Teilnahme bis Freitag, 9. Oktober 2026.

Freundliche Grüsse

Melanie Stocker
HR Assistentin
Sihlpark Pharma AG
T +41 44 555 90 14 | {mel[1]}
"""
    assert wd(T(2026, 10, 9), "Freitag")
    desc = f"Assessment-Center {role}\n\n{prog}\n\nKontakt: Melanie Stocker, {mel[1]}"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
               "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + VTZ_MS_WEUROPE +
              ["BEGIN:VEVENT",
               f"ATTENDEE;CN={cn(OWNER_NAME)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWNER}",
               f"ATTENDEE;CN={cn(ceo[0])};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ceo[1]}",
               f"ATTENDEE;CN={cn(hr[0])};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{hr[1]}",
               f"ATTENDEE;CN={cn(psy[0])};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{psy[1]}",
               "CLASS:PUBLIC", f"CREATED:{stamp(d1 - timedelta(minutes=5))}",
               f"DESCRIPTION:{esc(desc)}",
               icsdt("DTEND", end, "W. Europe Standard Time"), f"DTSTAMP:{stamp(d1)}",
               icsdt("DTSTART", start, "W. Europe Standard Time"),
               f"LAST-MODIFIED:{stamp(d1 - timedelta(minutes=5))}",
               f"LOCATION:{esc('Sihlpark Pharma AG, Allmendstrasse 91, 8041 Zürich, Empfang Haus A')}",
               f"ORGANIZER;CN={cn(mel[0])}:mailto:{mel[1]}", "PRIORITY:5", "SEQUENCE:0",
               f"SUMMARY;LANGUAGE=de-ch:{esc('Assessment-Center ' + role + ' – Seraina Caflisch')}",
               "TRANSP:OPAQUE", f"UID:{ms_uid('c08uid')}",
               "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-AUTOFILLLOCATION:FALSE",
               "X-MS-OLK-CONFTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    att = leaf('text/calendar; charset="utf-8"; name="Assessment-Center Sihlpark Pharma.ics"', cal, "base64",
               'attachment;\n\tfilename="Assessment-Center Sihlpark Pharma.ics"')
    subj = f"Einladung zum Assessment-Center – {role}"
    m1, mid1 = outlook_mail("c08m1", d1, mel, [(OWNER_NAME, OWNER)], subj, t1, extra_parts=[att])
    t2 = (f"Sehr geehrte Frau Stocker\n\nHerzlichen Dank für die Einladung. Gerne bestätige ich meine Teilnahme am "
          f"Assessment-Center vom {de_date(day)}. Ich werde um 08.30 Uhr am Empfang von Haus A sein.\n\n"
          f"Freundliche Grüsse\nSeraina Caflisch\n\n{apple_quote_header_de(d1, mel[0], mel[1])}\n\n{quote(t1)}\n")
    m2, _ = apple_mail("c08m2", d2, [mel], "Re: " + subj, t2, in_reply=mid1, refs=mid1)
    files = {"01-sihlpark-einladung-assessment-center.eml": m1, "02-re-bestaetigung-teilnahme.eml": m2}
    case(8, "assessment-center-zuerich", files, label(
        [iv("Sihlpark Pharma AG", role, start, end, "scheduled", [ceo[1], hr[1], psy[1]],
            [ceo[1], hr[1], psy[1]], "onsite")],
        "hard", "positive/assessment-centre-onsite",
        "Assessment-centre day (case study, presentation to the panel, role play, interview with the CEO, "
        "debrief) = one same-day loop -> ONE onsite interview 08:30-16:00 with the three assessors as "
        "interviewers (addresses in the attached Outlook .ics, W. Europe Standard Time). The HR assistant "
        "only organises. Not an online assessment."))


def case09():
    """Zug diagnostics: recruiter mail + Calendar API event (after EU DST end -> +01:00)."""
    dom = "zugerberg-dx.example"
    noemi = ("Noemi Kälin", f"noemi.kaelin@{dom}")
    stefan = ("Stefan Villiger", f"stefan.villiger@{dom}")
    role = "Regulatory Affairs Lead IVD"
    start, end = T(2026, 11, 2, 16, 0), T(2026, 11, 2, 16, 45)
    assert start.utcoffset() == timedelta(hours=1)
    d1 = T(2026, 10, 28, 8, 55, 13)
    t1 = f"""Dear Seraina,

Thank you for your application for the {role} position. Stefan Villiger, our Head of Quality & Regulatory, would like to get to know you in a first interview.

I have booked {wd(start, 'Monday')}, {start.day} November at 16:00 CET for 45 minutes via Google Meet and sent you a calendar invitation from our Google Workspace. Please accept it or let me know if the time does not suit you.

Kind regards / Freundliche Grüsse

Noemi Kälin
People & Culture
Zugerberg Diagnostics AG | Industriestrasse 47a | 6300 Zug
{noemi[1]} | +41 41 555 19 02
"""
    m1, _ = gmail_mail("c09m1", d1, noemi, [(OWNER_NAME, OWNER)], f"Interview – {role}", t1)
    eid = hx("c09eid", 26)
    created = d1 - timedelta(minutes=4)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('c09etag', 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (d1 - timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "412Z",
        "summary": f"Interview Seraina Caflisch – {role}",
        "description": f"First interview with Stefan Villiger (Head of Quality & Regulatory).\nQuestions: {noemi[1]}",
        "creator": {"email": noemi[1], "displayName": noemi[0]},
        "organizer": {"email": noemi[1], "displayName": noemi[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Zurich"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Zurich"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": noemi[1], "displayName": noemi[0], "organizer": True, "responseStatus": "accepted"},
            {"email": stefan[1], "displayName": stefan[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/pwe-hzkc-rno",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/pwe-hzkc-rno",
                             "label": "meet.google.com/pwe-hzkc-rno"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "pwe-hzkc-rno"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = {"01-zugerberg-interview-booked.eml": m1,
             "02-interview-zugerberg.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}
    case(9, "zugerberg-mail-und-gcal-json", files, label(
        [iv("Zugerberg Diagnostics AG", role, start, end, "scheduled", [stefan[1]], [stefan[1]], "hiring_manager")],
        "medium", "positive/dedupe-email-gcal-json",
        "Recruiter mail + Calendar API event for the same interview -> ONE. Mon 2 Nov 2026 is after the EU "
        "DST end (25 Oct) -> 16:00 CET = +01:00. Hiring manager is an attendee -> interviewer."))


def case10():
    """Geneva medtech: French thread, 'demain à 10h00' resolved against the message date."""
    dom = "arve-medtech.example"
    cam = ("Camille Favre", f"camille.favre@{dom}")
    role = "Senior Regulatory Affairs Manager (Cardiovascular)"
    d1, d2, d3 = T(2026, 10, 14, 16, 20, 33), T(2026, 10, 14, 17, 5, 12), T(2026, 10, 14, 17, 31, 48)
    start, end = T(2026, 10, 15, 10, 0), T(2026, 10, 15, 10, 30)
    assert (start.date() - d1.date()).days == 1
    sig = (f"Camille Favre\nTalent Acquisition Specialist\nArve MedTech SA | Route des Acacias 43 | 1227 Carouge\n"
           f"{cam[1]} | +41 22 555 61 70")
    t1 = f"""Bonjour Madame Caflisch,

Je vous remercie pour votre candidature au poste de {role} au sein d'Arve MedTech SA, que j'ai lue avec beaucoup d'intérêt.

Afin de faire plus ample connaissance, je vous propose un premier entretien téléphonique d'une trentaine de minutes demain à 10h00. Nous parlerons de votre parcours, de vos motivations et de vos attentes salariales.

Est-ce que cela vous conviendrait ?

Avec mes meilleures salutations,

{sig}
"""
    subj = f"Votre candidature – {role}"
    m1, mid1 = outlook_mail("c10m1", d1, cam, [(OWNER_NAME, OWNER)], subj, t1, lang="fr-CH")
    t2 = (f"Bonjour Madame Favre,\n\nMerci beaucoup pour votre message. Demain à 10h00 me convient très bien. "
          "Vous pouvez me joindre au +41 79 555 01 23.\n\nMeilleures salutations,\nSeraina Caflisch\n\n"
          f"Le {d1.day} oct. {d1.year} à {d1:%H:%M}, {cam[0]} <{cam[1]}> a écrit :\n\n{quote(t1)}\n")
    m2, mid2 = apple_mail("c10m2", d2, [cam], "Re: " + subj, t2, in_reply=mid1, refs=mid1)
    t3 = (f"Bonjour Madame Caflisch,\n\nParfait, c'est noté : je vous appellerai demain, {fr_date(start)[:-5]}, "
          f"à {start:%Hh%M} sur votre portable.\n\nBelle fin de journée,\n\n{sig}\n\n"
          f"-----Message d'origine-----\nDe : Seraina Caflisch <{OWNER}>\nEnvoyé : {fr_date(d2)} {d2:%H:%M}\n"
          f"À : {cam[0]} <{cam[1]}>\nObjet : Re: {subj}\n\n" + t2.split("\n\nLe ")[0] + "\n")
    m3, _ = outlook_mail("c10m3", d3, cam, [(OWNER_NAME, OWNER)], "RE: " + subj, t3, in_reply=mid2,
                         refs=f"{mid1} {mid2}", lang="fr-CH")
    files = {"01-arve-medtech-candidature.eml": m1, "02-re-demain-10h00.eml": m2, "03-re-confirmation-appel.eml": m3}
    case(10, "geneve-entretien-telephonique-demain", files, label(
        [iv("Arve MedTech SA", role, start, end, "scheduled", [cam[1]], [cam[1]], "phone_screen")],
        "medium", "positive/french-thread-relative-date",
        "Swiss French thread: 'entretien téléphonique d'une trentaine de minutes demain à 10h00' sent Wed 14 Oct "
        "-> Thu 15 Oct 10:00 CEST, end 10:30. The recruiter conducts the call."))


def case11():
    """Executive search agency forwards the client's interview confirmation (Basel)."""
    dom = "stjohann-bio.example"
    dom_ag = "alpsearch.example"
    dominik = ("Dominik Egli", f"dominik.egli@{dom_ag}")
    claudia = ("Claudia Ryser", f"claudia.ryser@{dom}")
    role = "Global Regulatory Lead Oncology"
    start, end = T(2026, 10, 21, 8, 30), T(2026, 10, 21, 9, 30)
    prep = T(2026, 10, 19, 18, 0)
    dfw, d1 = T(2026, 10, 7, 17, 40), T(2026, 10, 8, 14, 12, 26)
    orig = f"""Grüezi Herr Egli

Vielen Dank für das spannende Dossier. Gerne treffe ich Frau Caflisch am {wd(start, 'Mittwoch')}, {start:%d.%m.}, um {start:%H.%M} Uhr bei uns in Basel (Bau 7, Empfang Erdgeschoss). Ich plane eine Stunde ein.

Freundliche Grüsse
Claudia Ryser

Dr. Claudia Ryser
Head Global Regulatory Strategy
St. Johann Biopharma AG | Basel
{claudia[1]}
"""
    t1 = f"""Grüezi Frau Caflisch

Gute Neuigkeiten: St. Johann Biopharma möchte Sie gerne kennenlernen! Untenstehend die Terminbestätigung von Frau Dr. Ryser, Head Global Regulatory Strategy. Das Vorstellungsgespräch findet am {de_date(start)}, um {start:%H.%M} Uhr am Standort St. Johann in Basel statt (Bau 7, Empfang Erdgeschoss).

Gerne bereite ich das Gespräch vorgängig mit Ihnen vor – passt Ihnen ein kurzer Call am {wd(prep, 'Montag')}, {prep.day}. Oktober, um {prep:%H.%M} Uhr? Und bitte rufen Sie mich nach dem Gespräch kurz an für ein Debriefing.

Freundliche Grüsse
Dominik Egli
Partner | Life Sciences Practice
Alpsearch Partners AG | Bahnhofstrasse 61 | 8001 Zürich
M +41 79 555 34 88 | {dominik[1]}
{outlook_fwd_header_de(dfw, ("Claudia Ryser", claudia[1]), [dominik], f"AW: Kandidatin S. Caflisch – {role}")}
{orig}"""
    m1, _ = outlook_mail("c11m1", d1, dominik, [(OWNER_NAME, OWNER)],
                         f"WG: AW: Kandidatin S. Caflisch – {role}", t1)
    files = {"01-alpsearch-wg-terminbestaetigung.eml": m1}
    case(11, "headhunter-weiterleitung-basel", files, label(
        [iv("St. Johann Biopharma AG", role, start, end, "scheduled", [claudia[1]], [claudia[1]], "hiring_manager")],
        "hard", "positive/agency-forwarded-confirmation",
        "Headhunter forwards the client's confirmation: interview with Dr. Ryser (client hiring manager) Wed "
        "21 Oct 08:30, 'eine Stunde'. Company is the client, not the agency. The proposed prep call with the "
        "headhunter (Mon 19 Oct 18.00) and the debriefing call are agency coaching, not interviews."))


def case12():
    """Standalone Outlook/Teams .ics (W. Europe Standard Time) after DST end; organizer conducts it."""
    dom = "seefeld-bio.example"
    priska = ("Priska Lüthi", f"priska.luethi@{dom}")
    role = "Regulatory Affairs Manager Submissions"
    start, end = T(2026, 11, 3, 13, 0), T(2026, 11, 3, 14, 0)
    assert start.utcoffset() == timedelta(hours=1)
    dstamp = T(2026, 10, 27, 11, 42, 10)
    tb, turl = teams_block("c12teams")
    desc = (f"Grüezi Frau Caflisch\n\nWie besprochen: Fachinterview für die Stelle {role}. Ich zeige Ihnen einen "
            "anonymisierten eCTD-Lifecycle-Fall (Variation Typ II inkl. Swissmedic-Gesuch), den wir gemeinsam "
            "durchgehen. Keine Vorbereitung nötig; bitte halten Sie die Kamera eingeschaltet.\n\nFreundliche Grüsse\n"
            f"Priska Lüthi\nHead Regulatory Operations\nSeefeld Biotech AG\n\n{tb}\n")
    cal = ms_calendar("REQUEST", ms_uid("c12uid"), 0, dstamp, start, end,
                      f"Fachinterview {role} – Seraina Caflisch", desc, "Microsoft Teams-Besprechung", priska,
                      [ms_attendee(OWNER_NAME, OWNER)], teams_url=turl)
    files = {"01-fachinterview-seefeld-biotech.ics": cal}
    case(12, "standalone-ics-fachinterview-cet", files, label(
        [iv("Seefeld Biotech AG", role, start, end, "scheduled", [priska[1]], [priska[1]], "technical")],
        "medium", "positive/standalone-ics-windows-tzid",
        "Standalone Exchange .ics, TZID 'W. Europe Standard Time', Tue 3 Nov 13:00-14:00 -> CET +01:00 (after "
        "25 Oct). The organizer is also the interviewer (technical case interview)."))


def case13():
    """Zurich medtech: coffee chat as first process step, moved by 30 min after DST end; no duration."""
    dom = "hardbruecke-medical.example"
    lorenz = ("Lorenz Caduff", f"lorenz.caduff@{dom}")
    role = "Regulatory Affairs Manager (Software as a Medical Device)"
    first = T(2026, 10, 29, 7, 45)
    start = T(2026, 10, 29, 8, 15)
    d1, d2 = T(2026, 10, 23, 12, 3, 40), T(2026, 10, 23, 16, 40, 2)
    d3, d4 = T(2026, 10, 26, 8, 10, 55), T(2026, 10, 26, 8, 32, 17)
    assert d3.utcoffset() == timedelta(hours=1) and d1.utcoffset() == timedelta(hours=2)
    sig = (f"Lorenz Caduff\nHead Quality & Regulatory\nHardbrücke Medical AG | Hardstrasse 417 | 8005 Zürich\n"
           f"{lorenz[1]}")
    t1 = f"""Grüezi Frau Caflisch

Danke für Ihre Bewerbung als {role}. Ich leite bei Hardbrücke Medical den Bereich Quality & Regulatory, und die Stelle ist in meinem Team.

Bei uns beginnt der Bewerbungsprozess jeweils mit einem ungezwungenen Kennenlernen bei einem Kaffee, bevor wir in die formellen Interviews mit dem Team gehen. Hätten Sie am {wd(first, 'Donnerstag')}, {first.day}. Oktober, um {first:%H.%M} Uhr Zeit? Ich schlage das Café «Perron» in der Halle beim Hauptbahnhof Zürich vor, dann sind wir beide rechtzeitig im Büro.

Herzliche Grüsse
{sig}
"""
    subj = f"Kaffee? – Ihre Bewerbung als Regulatory Affairs Manager (SaMD)"
    m1, mid1 = gmail_mail("c13m1", d1, lorenz, [(OWNER_NAME, OWNER)], subj, t1)
    t2 = (f"Grüezi Herr Caduff\n\nSehr gerne – {wd(first, 'Donnerstag')}, {first.day}. Oktober, um {first:%H.%M} Uhr "
          f"im «Perron» passt mir.\n\nFreundliche Grüsse\nSeraina Caflisch\n\n"
          f"{apple_quote_header_de(d1, lorenz[0], lorenz[1])}\n\n{quote(t1)}\n")
    m2, mid2 = apple_mail("c13m2", d2, [lorenz], "Re: " + subj, t2, in_reply=mid1, refs=mid1)
    t3 = (f"Guten Morgen Frau Caflisch\n\nKleine Änderung meinerseits: Mein Zug am Donnerstag kommt erst später an. "
          f"Könnten wir eine halbe Stunde später starten, also um {start:%H.%M} Uhr? Gleicher Ort.\n\n"
          f"Beste Grüsse\n{sig}\n\n"
          f"Am {WD['de'][d2.weekday()][:2]}., {d2.day}. Okt. {d2.year} um {d2:%H:%M} schrieb {OWNER_NAME} <{OWNER}>:\n"
          f"{quote(t2.split(chr(10) + chr(10) + 'Am ')[0])}\n")
    m3, mid3 = gmail_mail("c13m3", d3, lorenz, [(OWNER_NAME, OWNER)], "Re: " + subj, t3, in_reply=mid2,
                          refs=f"{mid1} {mid2}")
    t4 = (f"Guten Morgen Herr Caduff\n\nKein Problem, dann bis Donnerstag um {start:%H.%M} Uhr im «Perron».\n\n"
          f"Freundliche Grüsse\nSeraina Caflisch\n\n{apple_quote_header_de(d3, lorenz[0], lorenz[1])}\n\n"
          f"{quote(t3)}\n")
    m4, _ = apple_mail("c13m4", d4, [lorenz], "Re: " + subj, t4, in_reply=mid3, refs=f"{mid1} {mid2} {mid3}")
    files = {"01-hardbruecke-kaffee-kennenlernen.eml": m1, "02-re-donnerstag-passt.eml": m2,
             "03-re-halbe-stunde-spaeter.eml": m3, "04-re-kein-problem.eml": m4}
    case(13, "kaffee-kennenlernen-nach-zeitumstellung", files, label(
        [iv("Hardbrücke Medical AG", role, start, None, "scheduled", [lorenz[1]], [lorenz[1]], "hiring_manager")],
        "hard", "positive/coffee-chat-moved-after-dst",
        "Coffee with the hiring manager explicitly as the first step of the hiring process -> interview. "
        "Agreed for Thu 29 Oct 07.45, moved by e-mail on Mon 26 Oct (after the EU DST end; mail Date +0100) to "
        "08.15 -> final 2026-10-29T08:15+01:00. No duration given -> end null."))


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
def simple_ics_attachment(seed, summary, start, end, location, desc, organizer, prodid, filename,
                          method="PUBLISH", tzid="Europe/Zurich", extra_events=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    lines += VTZ_ZURICH if tzid == "Europe/Zurich" else VTZ_MS_WEUROPE
    evs = [(seed, summary, start, end, location, desc)] + list(extra_events)
    for sd, sm, s, e, loc, ds in evs:
        lines += ["BEGIN:VEVENT", f"UID:{hx(sd + 'uid', 32)}@{organizer[1].split('@')[1]}",
                  f"DTSTAMP:{stamp(s - timedelta(days=20))}", icsdt("DTSTART", s, tzid), icsdt("DTEND", e, tzid),
                  f"SUMMARY:{esc(sm)}", f"LOCATION:{esc(loc)}", f"DESCRIPTION:{esc(ds)}",
                  f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}",
                  f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={OWNER_NAME}:mailto:{OWNER}",
                  "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return leaf(f'text/calendar; charset=utf-8; method={method}; name="{filename}"', ics(lines), "base64",
                f'attachment; filename="{filename}"')


def generic_mail(seed, d, frm, subject, text, host, ip, attachments=(), reply_to=None, html_first=False,
                 plain_cte="quoted-printable", extra_hdrs=()):
    b_alt = "=_alt_" + hx(seed + "a", 20)
    alt = multi("alternative", b_alt, [leaf("text/plain; charset=utf-8", text, plain_cte),
                                       leaf("text/html; charset=utf-8", to_html(text, "Arial, sans-serif", "10pt"),
                                            "base64" if html_first else "quoted-printable")])
    root = alt
    if attachments:
        root = multi("mixed", "=_mix_" + hx(seed + "m", 20), [alt] + list(attachments))
    mid = f"<{hx(seed + 'mid', 24)}@{host}>"
    hdrs = [("Delivered-To", OWNER), received(host, ip, d, seed), ("Return-Path", f"<{frm[1]}>"),
            ("Date", rfcdate(d)), ("From", addr(*frm)), ("Reply-To", reply_to), ("To", addr(OWNER_NAME, OWNER)),
            ("Subject", enc_subject(subject)), ("Message-ID", mid), ("MIME-Version", "1.0")] + list(extra_hdrs)
    return message(hdrs, root), mid


def case14():
    """RAV counselling appointment (regional employment office) - mentions Vorstellungsgespräche."""
    sab = ("Sabine Kuster", "sabine.kuster@rav-zh.example")
    start, end = T(2026, 10, 6, 9, 0), T(2026, 10, 6, 9, 45)
    d1 = T(2026, 9, 22, 8, 40, 11)
    t1 = f"""Sehr geehrte Frau Caflisch

Sie haben sich am 1. September 2026 in gekündigter Stellung beim RAV zur Arbeitsvermittlung angemeldet. Wir laden Sie hiermit zum nächsten Beratungs- und Kontrollgespräch ein:

Datum/Zeit:         {de_date(start)}, {start:%H.%M} Uhr (Dauer ca. 45 Minuten)
Ort:                RAV Zürich Nord, Schaffhauserstrasse 78, 8057 Zürich, 3. Stock, Empfang
Personalberaterin:  Sabine Kuster

Bitte bringen Sie folgende Unterlagen mit:
- Formular «Nachweis der persönlichen Arbeitsbemühungen» für den Monat September
- Kopien Ihrer Bewerbungen sowie Einladungen zu Vorstellungsgesprächen und allfällige Absagen
- Ihr aktuelles Bewerbungsdossier (CV, Arbeitszeugnisse)

Im Gespräch besprechen wir Ihre Bewerbungsstrategie, Ihre bisherigen Vorstellungsgespräche und mögliche arbeitsmarktliche Massnahmen (z. B. den Kurs «Interviewtraining für Fach- und Führungskräfte»).

Das Beratungsgespräch ist obligatorisch. Können Sie den Termin aus einem wichtigen Grund (z. B. wegen eines Vorstellungsgesprächs bei einem Arbeitgeber) nicht wahrnehmen, melden Sie sich bitte vorgängig telefonisch. Unentschuldigtes Fernbleiben kann zu einer Einstellung in der Anspruchsberechtigung führen.

Freundliche Grüsse

Sabine Kuster
Personalberaterin
Regionales Arbeitsvermittlungszentrum (RAV) Zürich Nord
Amt für Arbeit, Kanton Zürich
T +41 43 555 61 20 | {sab[1]}
"""
    att = simple_ics_attachment("c14", "RAV Beratungsgespräch (Frau Kuster)", start, end,
                                "RAV Zürich Nord, Schaffhauserstrasse 78, 8057 Zürich, 3. Stock",
                                "Beratungs- und Kontrollgespräch. Unterlagen: Nachweis Arbeitsbemühungen, "
                                "Einladungen zu Vorstellungsgesprächen, Absagen.", sab,
                                "-//AVAM//Terminverwaltung 4.2//DE", "RAV_Termin.ics")
    m1, _ = generic_mail("c14", d1, sab, f"Einladung zum Beratungsgespräch am {de_date(start)}, {start:%H.%M} Uhr",
                         t1, "mail.rav-zh.example", "198.51.100.201", [att])
    case(14, "rav-beratungsgespraech", {"01-rav-einladung-beratungsgespraech.eml": m1}, label(
        [], "medium", "negative/employment-office",
        "Mandatory counselling/control appointment at the regional employment office (RAV), with .ics. Uses "
        "'Vorstellungsgespräch' and 'Interviewtraining' vocabulary, but the owner is not a candidate in a "
        "hiring process here."))


def case15():
    """Zivilschutz call-up incl. a 'Eignungsgespräch' for a cadre role - not a job interview."""
    kdo = ("Kommando ZSO Limmattal", "kommando@zso-limmattal.example")
    ein, ent = T(2026, 11, 9, 7, 30), T(2026, 11, 11, 17, 0)
    gs, ge = T(2026, 10, 29, 18, 0), T(2026, 10, 29, 18, 30)
    d1 = T(2026, 10, 12, 7, 55, 31)
    t1 = f"""Aufgebot zur Dienstleistung im Zivilschutz

Sehr geehrte Frau Caflisch

Gestützt auf das Bundesgesetz über den Bevölkerungsschutz und den Zivilschutz (BZG) bieten wir Sie als freiwillig Schutzdienstleistende zu folgender Dienstleistung auf:

Dienstleistung:  Wiederholungskurs (WK) Betreuung 2026
Einrücken:       {de_date(ein)}, {ein:%H.%M} Uhr
Entlassung:      {de_date(ent)}, ca. {ent:%H.%M} Uhr
Ort:             Ausbildungszentrum ZSO Limmattal, Zentrumstrasse 12, 8953 Dietikon

Da Sie für eine Kaderfunktion (Gruppenführerin Betreuung) vorgesehen sind, laden wir Sie zudem zu einem persönlichen Eignungsgespräch mit dem Kommandanten ein:
{de_date(gs)}, {gs:%H.%M} Uhr, Kommandoposten Dietikon, Dauer ca. 30 Minuten.

Informieren Sie bitte Ihren Arbeitgeber über die Dienstleistung. Gesuche um Dienstverschiebung sind bis spätestens 14 Tage vor Dienstbeginn schriftlich einzureichen; berufliche Gründe wie ein Stellenantritt oder Vorstellungsgespräche sind zu belegen.

Mitzubringen: Dienstbüchlein, Zivilschutz-Arbeitsanzug, Schuhwerk, persönliche Medikamente.

Kommando ZSO Limmattal
Hptm Urs Walder, Kommandant
Diese Nachricht wurde von einer Sammeladresse versendet.
"""
    att = simple_ics_attachment("c15a", "Zivilschutz WK Betreuung 2026 – Einrücken", ein, ent,
                                "Ausbildungszentrum ZSO Limmattal, Dietikon", "Aufgebot WK Betreuung 2026.", kdo,
                                "-//ZSO Limmattal//Aufgebot//DE", "Aufgebot_WK_2026.ics",
                                extra_events=[("c15b", "Eignungsgespräch Kader (Kommandant)", gs, ge,
                                               "Kommandoposten Dietikon", "Eignungsgespräch Gruppenführerin Betreuung.")])
    m1, _ = generic_mail("c15", d1, kdo, "Aufgebot Wiederholungskurs 2026 / Einladung Eignungsgespräch", t1,
                         "smtp.zso-limmattal.example", "203.0.113.77", [att])
    case(15, "zivilschutz-aufgebot-eignungsgespraech", {"01-zso-aufgebot-wk-2026.eml": m1}, label(
        [], "hard", "negative/civil-protection",
        "Civil-protection (Zivilschutz) call-up with an 'Eignungsgespräch' for a cadre function and an .ics "
        "with two events. Service duty, not a job interview; 'Vorstellungsgespräche' only as a reason to "
        "postpone service."))


def case16():
    """Owner forwards a Swissmedic GMP inspection interview plan from her work account."""
    andreas = ("Andreas Bühler", "andreas.buehler@tossfeld-pharma.example")
    d_orig, d1 = T(2026, 10, 15, 17, 3), T(2026, 10, 15, 19, 22, 40)
    day1, day2, day3 = T(2026, 11, 17), T(2026, 11, 18), T(2026, 11, 19)
    prep = T(2026, 11, 10, 14, 0)
    t_orig = f"""Liebe Kolleginnen und Kollegen

Swissmedic hat die routinemässige GMP-Inspektion unseres Standorts Winterthur für den 17. bis 19. November 2026 angekündigt (zwei Inspektoren der Abteilung Inspektorate). Anbei der provisorische Interviewplan mit den Schlüsselpersonen:

{de_date(day1)}
08.30 – 09.30  Eröffnungsbesprechung (Geschäftsleitung, QA)
10.00 – 12.00  Rundgang Herstellung und Lager

{de_date(day2)}
08.30 – 10.00  Interview Qualified Person (Dr. M. Hess)
10.00 – 11.00  Interview Regulatory Affairs (S. Caflisch): Zulassungsstatus, Variations, Übereinstimmung Herstellung vs. Zulassungsdossier
11.00 – 12.00  Interview Change Control (T. Ammann)

{de_date(day3)}
14.00 – 15.00  Schlussbesprechung

Bitte reserviert euch die Termine; die Outlook-Einladungen folgen. Das Vorbereitungsmeeting mit Mock-Interviews findet am {de_date(prep)}, um {prep:%H.%M} Uhr statt.

Beste Grüsse
Andreas

--
Andreas Bühler
Head Quality Assurance
Tössfeld Pharma AG | Winterthur
"""
    note = ("Zur Info fürs private Postfach: Am 18.11. bin ich den ganzen Vormittag blockiert – an diesem Tag "
            "KEINE Vorstellungsgespräche annehmen!\n")
    t1 = (note + outlook_fwd_header_de(d_orig, andreas, [("QA-Inspection-Readiness", "qa-inspection@tossfeld-pharma.example")],
                                       "Swissmedic GMP-Inspektion 17.–19.11.2026 – Interviewplan und Vorbereitung",
                                       cc=[("Caflisch Seraina", OWNER_WORK)]) + "\n" + t_orig)
    m1, _ = outlook_mail("c16m1", d1, (OWNER_NAME, OWNER_WORK), [(OWNER_NAME, OWNER)],
                         "WG: Swissmedic GMP-Inspektion 17.–19.11.2026 – Interviewplan und Vorbereitung", t1)
    case(16, "swissmedic-inspektion-interviewplan", {"01-wg-swissmedic-inspektion-interviewplan.eml": m1}, label(
        [], "hard", "negative/regulatory-inspection-interview",
        "Forwarded from the owner's work account: Swissmedic GMP inspection plan where the owner is "
        "'interviewed' by inspectors (Wed 18 Nov 10.00-11.00) plus internal mock interviews. Not a hiring "
        "process; her note even says to accept no job interviews that day."))


def case17():
    """Association (Verein) general assembly with a podium interview and a job apéro."""
    sek = ("Regulatory Affairs Forum Schweiz", "sekretariat@rafs.example")
    start, end = T(2026, 11, 12, 17, 30), T(2026, 11, 12, 21, 0)
    reg = T(2026, 11, 2)
    d1 = T(2026, 10, 12, 11, 0, 4)
    t1 = f"""Liebe Mitglieder

Wir laden Sie herzlich zur 24. ordentlichen Generalversammlung des Regulatory Affairs Forum Schweiz (RAFS) ein.

Datum:  {de_date(start)}, {start:%H.%M} Uhr (Türöffnung 17.00 Uhr)
Ort:    Volkshaus Zürich, Blauer Saal, Stauffacherstrasse 60, 8004 Zürich

Traktanden
1. Begrüssung und Wahl der Stimmenzählenden
2. Protokoll der 23. Generalversammlung
3. Jahresbericht der Präsidentin
4. Jahresrechnung 2025/26 und Bericht der Revisionsstelle
5. Décharge-Erteilung an den Vorstand
6. Budget und Mitgliederbeiträge 2027
7. Wahlen: Vorstand (Ressort Karriere & Nachwuchs), Revisionsstelle
8. Anträge der Mitglieder
9. Varia

Ab 19.00 Uhr: Podiumsinterview «Karriere im Regulatory Affairs – wohin geht die Reise?» mit Vertreterinnen und Vertretern aus Pharma und Medtech, anschliessend Job-Apéro: Networking mit Arbeitgebern, die aktuell Regulatory-Stellen ausschreiben.

Anmeldung bitte bis {de_date(reg)} über den Mitgliederbereich. Anträge zuhanden der GV sind bis 20 Tage vor der Versammlung schriftlich beim Vorstand einzureichen.

Mit kollegialen Grüssen

Für den Vorstand
Dr. Regula Amstutz, Präsidentin
Regulatory Affairs Forum Schweiz
"""
    att = simple_ics_attachment("c17", "RAFS 24. Generalversammlung + Podium + Job-Apéro", start, end,
                                "Volkshaus Zürich, Blauer Saal, Stauffacherstrasse 60, 8004 Zürich",
                                "GV, Podiumsinterview 'Karriere im Regulatory Affairs', Job-Apéro.", sek,
                                "-//RAFS//Vereinsverwaltung//DE", "RAFS_GV_2026.ics")
    m1, _ = generic_mail("c17", d1, sek, f"Einladung zur 24. ordentlichen Generalversammlung – {de_date(start)}",
                         t1, "mail.rafs.example", "203.0.113.15", [att],
                         extra_hdrs=[("List-Unsubscribe", "<mailto:sekretariat@rafs.example?subject=Abmelden>"),
                                     ("Precedence", "bulk")])
    case(17, "verein-generalversammlung", {"01-rafs-einladung-generalversammlung.eml": m1}, label(
        [], "medium", "negative/association-assembly",
        "Professional association general assembly with a 'Podiumsinterview' on careers and a job apéro "
        "(.ics attached). No hiring process for the owner."))


def case18():
    """Owner is the interviewer of a trainee candidate (forwarded Exchange meeting request)."""
    petra = ("Petra Wyss", "petra.wyss@tossfeld-pharma.example")
    nicola = ("Nicola Bianchi", "nicola.bianchi@tossfeld-pharma.example")
    start, end = T(2026, 10, 15, 15, 0), T(2026, 10, 15, 16, 0)
    d0, d1 = T(2026, 10, 5, 16, 20, 5), T(2026, 10, 6, 12, 15, 33)
    due = T(2026, 10, 16)
    loc = "Tössfeld Pharma AG, Sitzungszimmer Eulach (2. OG)"
    body = f"""Liebe Seraina, lieber Nicola

Vielen Dank, dass ihr das Vorstellungsgespräch mit Lea Baumann für unsere Trainee-Stelle Regulatory Affairs (Start Februar 2027) übernehmt. Frau Baumann schliesst im Januar ihren MSc in Pharmazeutischen Wissenschaften an der ETH ab. Ihr CV und das Motivationsschreiben sind in SuccessFactors unter «Meine Interviews» hinterlegt. Bitte füllt den Interview-Bewertungsbogen bis {de_date(due)} aus.

Frau Baumann meldet sich um 14.50 Uhr am Empfang.

Liebe Grüsse
Petra Wyss
HR Business Partner
Tössfeld Pharma AG
"""
    subj = "Interview Trainee Regulatory Affairs – Lea Baumann"
    cal = ms_calendar("REQUEST", ms_uid("c18uid"), 0, d0, start, end, subj, body, loc, petra,
                      [ms_attendee(OWNER_NAME, OWNER_WORK, partstat="ACCEPTED"), ms_attendee(*nicola),
                       ms_attendee(OWNER_NAME, OWNER, role="OPT-PARTICIPANT")])
    t1 = f"{outlook_when_de(start, end)}\nWo: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    m1, _ = outlook_mail("c18m1", d1, (OWNER_NAME, OWNER_WORK), [(OWNER_NAME, OWNER)], "WG: " + subj, t1,
                         content_class="urn:content-classes:calendarmessage", calendar=cal)
    case(18, "owner-interviewt-trainee", {"01-wg-interview-trainee-lea-baumann.eml": m1}, label(
        [], "hard", "negative/user-is-interviewer",
        "Exchange meeting request forwarded from the owner's work account to her private address: she and a "
        "colleague interview a trainee candidate (Thu 15 Oct 15:00). The owner is the interviewer, not the "
        "candidate."))


def case19():
    """Tax office appointment mentioning application/interview travel costs."""
    urs = ("Urs Pfister", "urs.pfister@steueramt-zh.example")
    start, end = T(2026, 11, 4, 10, 30), T(2026, 11, 4, 11, 0)
    d1 = T(2026, 10, 19, 9, 30, 12)
    t1 = f"""Sehr geehrte Frau Caflisch

Gerne bestätigen wir Ihnen den vereinbarten Besprechungstermin zu Ihrer Steuererklärung 2025 (Gemeinde Zürich):

Datum/Zeit:  {de_date(start)}, {start:%H.%M} Uhr (Dauer ca. 30 Minuten)
Ort:         Kantonales Steueramt Zürich, Bändliweg 21, 8090 Zürich, Büro 4.17
Steuerkommissär: Urs Pfister

Sie machen unter den Berufsauslagen Kosten für Stellenbewerbungen sowie Reisekosten zu Vorstellungsgesprächen (Basel, Genf, München) geltend. Bitte bringen Sie die entsprechenden Belege und die Einladungen der Arbeitgeber mit. Wir weisen darauf hin, dass Bewerbungskosten grundsätzlich nicht als Berufskosten abziehbar sind; wir besprechen dies gerne im Termin.

Freundliche Grüsse

Urs Pfister
Steuerkommissär, Abteilung Natürliche Personen
Kantonales Steueramt Zürich
T +41 43 555 40 18 | {urs[1]}
"""
    att = simple_ics_attachment("c19", "Besprechung Steuererklärung 2025 – Kantonales Steueramt", start, end,
                                "Bändliweg 21, 8090 Zürich, Büro 4.17", "Termin mit Steuerkommissär Urs Pfister.",
                                urs, "-//Kanton Zuerich//Termine//DE", "Termin_Steueramt.ics")
    m1, _ = generic_mail("c19", d1, urs, "Terminbestätigung: Besprechung Steuererklärung 2025", t1,
                         "mailgw.steueramt-zh.example", "203.0.113.140", [att], html_first=True,
                         plain_cte="base64")
    case(19, "steueramt-termin", {"01-steueramt-terminbestaetigung.eml": m1}, label(
        [], "easy", "negative/tax-office",
        "Tax office appointment (Wed 4 Nov 10.30) with .ics; mentions travel costs for 'Vorstellungsgespräche' "
        "but is not an interview."))


def case20():
    """One-way (asynchronous) video interview - no live interviewer."""
    sender = ("Birseck Pharma AG via HireVue", "noreply@hirevue.com")
    deadline = T(2026, 10, 16, 23, 59)
    d1 = T(2026, 10, 9, 10, 12, 44)
    t1 = f"""Guten Tag Seraina Caflisch

Vielen Dank für Ihr Interesse an der Position Regulatory Affairs Manager (Biologics) bei der Birseck Pharma AG in Basel.

Als nächsten Schritt laden wir Sie zu einem zeitversetzten Video-Interview ein. Dabei beantworten Sie fünf vorgegebene Fragen per Video-Aufzeichnung; es ist kein Gesprächspartner live zugeschaltet. Pro Frage haben Sie 30 Sekunden Bedenkzeit und maximal 3 Minuten Antwortzeit. Planen Sie insgesamt rund 25 Minuten ein.

Bitte schliessen Sie das Video-Interview bis spätestens {de_date(deadline)}, {deadline:%H.%M} Uhr (MESZ) ab:
https://app.hirevue.com/interviews/{hx('c20link', 12)}/{hx('c20tok', 24)}

Tipp: Testen Sie vorab Kamera und Mikrofon im Übungsmodus.

Freundliche Grüsse
Talent Acquisition Team
Birseck Pharma AG
"""
    m1, _ = generic_mail("c20", d1, sender, "Birseck Pharma AG: Einladung zu Ihrem Video-Interview – Regulatory Affairs Manager (Biologics)",
                         t1, "o1.email.hirevue.com", "198.51.100.233")
    case(20, "zeitversetztes-video-interview", {"01-hirevue-video-interview-einladung.eml": m1}, label(
        [], "medium", "negative/one-way-video",
        "One-way recorded video interview with a completion deadline (Fri 16 Oct 23.59); no live conversation."))


def case21():
    """Umantis self-scheduling: slots offered, reminder, never booked."""
    sender = ("Ägerital Medical AG", "noreply@umantis.com")
    jas = ("Jasmin Henggeler", "jasmin.henggeler@aegerital-medical.example")
    slots = [T(2026, 10, 12, 10, 0), T(2026, 10, 13, 14, 0), T(2026, 10, 15, 16, 30)]
    d1, d2 = T(2026, 10, 5, 14, 20, 8), T(2026, 10, 8, 7, 0, 0)
    link = f"https://recruitingapp-2931.umantis.com/Candidate/SelfScheduling/{digits('c21', 5)}?t={hx('c21t', 28)}"
    role = "Regulatory Affairs Specialist Medical Devices (80–100 %)"
    sig = f"Freundliche Grüsse\n\nJasmin Henggeler\nHR\nÄgerital Medical AG, Unterägeri\n{jas[1]}"
    t1 = (f"Guten Tag Frau Caflisch\n\nWir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle «{role}» "
          f"einzuladen. Bitte wählen Sie über den folgenden Link einen der freien Termine aus:\n\n{link}\n\n"
          "Zurzeit verfügbare Termine (jeweils 60 Minuten, vor Ort in Unterägeri):\n" +
          "\n".join(f"- {de_date(s)}, {s:%H.%M} Uhr" for s in slots) +
          "\n\nDie Termine werden in der Reihenfolge der Eingänge vergeben. Nach Ihrer Wahl erhalten Sie eine "
          f"Bestätigung mit Kalendereintrag.\n\n{sig}\n")
    m1, _ = generic_mail("c21a", d1, sender, f"Terminwahl für Ihr Vorstellungsgespräch – {role}", t1,
                         "mx3.umantis.com", "198.51.100.92", reply_to=addr(*jas),
                         extra_hdrs=[("X-Mailer", "Abacus Umantis Recruiting")])
    t2 = (f"Guten Tag Frau Caflisch\n\nSie haben noch keinen Termin für Ihr Vorstellungsgespräch gewählt. "
          "Folgende Termine sind weiterhin verfügbar:\n" +
          "\n".join(f"- {de_date(s)}, {s:%H.%M} Uhr" for s in slots[1:]) +
          f"\n\nBitte wählen Sie Ihren Wunschtermin hier: {link}\n\n{sig}\n")
    m2, _ = generic_mail("c21b", d2, sender, f"Erinnerung: Terminwahl für Ihr Vorstellungsgespräch – {role}", t2,
                         "mx3.umantis.com", "198.51.100.92", reply_to=addr(*jas),
                         extra_hdrs=[("X-Mailer", "Abacus Umantis Recruiting"), ("Auto-Submitted", "auto-generated")])
    case(21, "umantis-terminwahl-nicht-gebucht", {"01-umantis-terminwahl.eml": m1, "02-umantis-erinnerung.eml": m2},
         label([], "hard", "negative/availability-request",
               "Abacus Umantis self-scheduling link with three concrete slots plus a reminder; the owner never "
               "books a slot -> unbooked availability request, no interview."))


def case22():
    """Geneva rejection referring to a past interview."""
    lea = ("Léa Morand", "lea.morand@carouge-bio.example")
    past = T(2026, 10, 13)
    d1 = T(2026, 10, 20, 11, 45, 9)
    t1 = f"""Madame Caflisch,

Nous vous remercions vivement pour l'entretien du {past.day} octobre avec M. Nicolas Berset et moi-même, ainsi que pour l'intérêt que vous portez à Carouge Biosciences SA.

Après mûre réflexion, nous avons le regret de vous informer que nous avons retenu une candidature dont le profil correspond plus étroitement à nos besoins actuels, notamment en matière d'expérience FDA.

Cette décision ne remet nullement en cause la qualité de votre parcours. Avec votre accord, nous conserverons votre dossier afin de pouvoir vous proposer un nouvel entretien si un poste similaire venait à se libérer.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Madame, nos meilleures salutations.

Léa Morand
Responsable Ressources Humaines
Carouge Biosciences SA
{lea[1]}
"""
    m1, _ = outlook_mail("c22m1", d1, lea, [(OWNER_NAME, OWNER)],
                         "Votre candidature – Regulatory Affairs Manager EMEA", t1, lang="fr-CH")
    case(22, "refus-apres-entretien-geneve", {"01-carouge-bio-reponse-candidature.eml": m1}, label(
        [], "easy", "negative/rejection",
        "Swiss French rejection after a past interview ('l'entretien du 13 octobre', no time) -> rejection, no "
        "interview to label."))


# ==============================================================================================
def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX + "-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, files in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, content in files.items():
            with open(os.path.join(HERE, cid, fname), "wb") as fh:
                fh.write(content.encode("utf-8"))
    header = ("# Labels for blind253 (written blind). Schema: /work/shared/eval/README.md\n"
              "# Regenerate with: python make_cases.py\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=100,
                                         default_flow_style=False))
    pos = sum(1 for l in LABELS.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in LABELS.values())
    n_c = sum(1 for l in LABELS.values() for i in l["interviews"] if i["status"] == "cancelled")
    print(f"{len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative), {n_iv} interviews "
          f"({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
