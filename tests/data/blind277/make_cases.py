#!/usr/bin/env python3
"""Generate the blind277 evaluation set (Belgrade, Serbia; written blind).

Deletes and rewrites every b277-* case folder, labels.yaml and README.md next to this file.
Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a seed hash.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import shutil
from datetime import date as Date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind277-belgrade-v1"
OWNER = "jelena.petrovic@example.com"
OWNER_NAME = "Jelena Petrović"
ME = (OWNER_NAME, OWNER)
UTC = timezone.utc
BG = "Europe/Belgrade"
ZI = {}


def tzi(name):
    if name not in ZI:
        ZI[name] = ZoneInfo(name)
    return ZI[name]


# ----------------------------------------------------------------------------- checks
def check_dst():
    """Assert the 2026 DST switches used by this set."""
    rules = {
        "Europe/Belgrade": [(3, 29), (10, 25)],
        "Europe/Berlin": [(3, 29), (10, 25)],
        "Europe/London": [(3, 29), (10, 25)],
        "America/New_York": [(3, 8), (11, 1)],
    }
    for name, days in rules.items():
        z = tzi(name)
        for m, d in days:
            before = (datetime(2026, m, d, 12) - timedelta(days=1)).replace(tzinfo=z).utcoffset()
            on = datetime(2026, m, d, 12, tzinfo=z).utcoffset()
            assert before != on, (name, m, d)
            assert Date(2026, m, d).strftime("%a") == "Sun", (m, d)
    assert datetime(2026, 10, 24, 12, tzinfo=tzi(BG)).strftime("%z") == "+0200"
    assert datetime(2026, 10, 26, 12, tzinfo=tzi(BG)).strftime("%z") == "+0100"
    # the one-week US/EU gap: NY still on EDT while Belgrade is on CET
    ny = datetime(2026, 10, 28, 10, 0, tzinfo=tzi("America/New_York"))
    assert ny.strftime("%z") == "-0400"
    assert ny.astimezone(tzi(BG)).strftime("%H:%M %z") == "15:00 +0100"


def at(s, tz, wd, off):
    """Parse 'YYYY-MM-DD HH:MM[:SS]' in tz, asserting weekday and UTC offset ('+02:00')."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(s, fmt).replace(tzinfo=tzi(tz))
    assert dt.strftime("%a") == wd, (s, tz, dt.strftime("%a"), wd)
    z = dt.strftime("%z")
    assert z[:3] + ":" + z[3:] == off, (s, tz, z, off)
    return dt


def day(y, m, d, wd):
    dd = Date(y, m, d)
    assert dd.strftime("%a") == wd, (dd, wd)
    return dd


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ----------------------------------------------------------------------------- ids
def h(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def hb(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).digest()[:n]


def mid(tag, domain):
    return f"<{h('mid', tag, n=28)}@{domain}>"


def gmail_mid(tag):
    raw = base64.b64encode(hb("gm", tag, n=30)).decode().replace("/", "_").replace("+", "-")
    return f"<CA+{raw}@mail.gmail.com>"


def outlook_mid(tag, region="EUR"):
    x = h("ol", tag, n=40).upper()
    return f"<{region[:2]}{x[:4]}PR0{x[4]}MB{x[5:9]}{x[9:30]}@{region[:2]}{x[:4]}PR0{x[4]}MB{x[5:9]}.{region.lower()}prd0{int(x[30], 16) % 9 + 1}.prod.outlook.com>"


def boundary(tag, style="google"):
    if style == "google":
        return "0000000000" + h("bd", tag, n=16)
    if style == "outlook":
        return "_000_" + h("bd", tag, n=30).upper() + "prodoutlookcom_"
    return "----=_Part_" + str(int(h("bd", tag, n=8), 16)) + "_" + str(int(h("bd2", tag, n=8), 16)) + "." + str(1760000000000 + int(h("bd3", tag, n=6), 16))


def ip(tag, prefix):
    b = hb("ip", tag, n=2)
    return f"{prefix}.{b[0] % 250 + 2}.{b[1] % 250 + 2}"


# ----------------------------------------------------------------------------- header helpers
def A(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def AL(*pairs):
    return ", ".join(A(n, e) for n, e in pairs)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def received(tag, host, ipprefix, when, proto="ESMTPS"):
    return ("Received", f"from {host} ({host}. [{ip(tag, ipprefix)}])\n        by mx1.example.com with {proto} id {h('rx', tag, n=12)}\n"
            f"        for <{OWNER}>;\n        {format_datetime(when.astimezone(UTC))}")


def eml(headers, entity):
    out = [f"Delivered-To: {OWNER}"]
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {v}")
    out.append("MIME-Version: 1.0")
    txt = "\n".join(out) + "\n" + entity
    return txt.encode("ascii")


def std_headers(tag, *, date, frm, to, subject, msgid, cc=None, reply_to=None, irt=None, refs=None,
                host="mail.example.net", ipprefix="198.51", extra=()):
    hs = [received(tag, host, ipprefix, date),
          ("Return-Path", f"<{frm[1]}>")]
    hs += [("From", A(*frm)), ("To", to if isinstance(to, str) else AL(*to))]
    if cc:
        hs.append(("Cc", AL(*cc)))
    if reply_to:
        hs.append(("Reply-To", A(*reply_to)))
    hs += [("Subject", subj(subject)), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += list(extra)
    return hs


# ----------------------------------------------------------------------------- MIME parts
def part_text(text, subtype="plain", enc="qp", extra=""):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8")
    if enc == "qp":
        body, cte = quopri.encodestring(data).decode("ascii"), "quoted-printable"
    elif enc == "b64":
        body, cte = base64.encodebytes(data).decode("ascii"), "base64"
    else:
        data.decode("ascii")
        body, cte = text, "7bit"
    return f'Content-Type: text/{subtype}; charset="UTF-8"{extra}\nContent-Transfer-Encoding: {cte}\n\n{body}'


def part_attach(data, ctype, filename, extra=""):
    body = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"{extra}\nContent-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{body}")


def part_cal(data, method="REQUEST"):
    body = base64.encodebytes(data).decode("ascii")
    return f'Content-Type: text/calendar; charset="UTF-8"; method={method}\nContent-Transfer-Encoding: base64\n\n{body}'


def multipart(sub, parts, b):
    s = f'Content-Type: multipart/{sub}; boundary="{b}"\n\n'
    for p in parts:
        s += f"--{b}\n{p}"
        if not p.endswith("\n"):
            s += "\n"
        s += "\n"
    return s + f"--{b}--\n"


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{inner}\n</div></body></html>\n')


def body_alt(tag, text, html=None, tenc="qp", henc="qp", style="google"):
    html = html if html is not None else to_html(text)
    return multipart("alternative", [part_text(text, "plain", tenc), part_text(html, "html", henc)], boundary(tag + "alt", style))


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
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


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def ics(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def zdt(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ldt(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "Europe/Belgrade": ["BEGIN:VTIMEZONE", "TZID:Europe/Belgrade", "X-LIC-LOCATION:Europe/Belgrade",
                        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                        "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Central Europe Standard Time": ["BEGIN:VTIMEZONE", "TZID:Central Europe Standard Time",
                                     "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
                                     "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                                     "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                                     "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                                     "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                                     "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name or email)};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name or email)}:mailto:{email}"


def gtime(dt):
    hr = dt.hour % 12 or 12
    return f"{hr}{':%02d' % dt.minute if dt.minute else ''}{'am' if dt.hour < 12 else 'pm'}"


# ----------------------------------------------------------------------------- Google Calendar invite
GOOGLE_FOOTER = ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                 "You are receiving this email because you are an attendee on the event.\n\n"
                 "Forwarding this invitation could allow any recipient to send a response to the organizer, "
                 "be added to the guest list, invite others regardless of their own invitation status, or "
                 "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")


def google_invite(tag, *, date, org, guests, summary, start, end, desc, seq=0, updated=False,
                  location="", meet=True, created=None):
    """Google Calendar invitation e-mail; times displayed in the owner's calendar zone (Europe/Belgrade)."""
    s, e = start.astimezone(tzi(BG)), end.astimezone(tzi(BG))
    when = f"{s:%a %b} {s.day}, {s.year} {gtime(s)} - {gtime(e)} ({s.tzname()})"
    subject = f"{'Updated invitation' if updated else 'Invitation'}: {summary} @ {when} ({OWNER})"
    uid = h("guid", tag, n=26)
    eid = base64.urlsafe_b64encode(f"{uid} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    code = "-".join([h("meet", tag, n=3).translate(str.maketrans("0123456789", "ghjkmnpqrs")),
                     h("meet2", tag, n=4).translate(str.maketrans("0123456789", "abcdwxyzuv")),
                     h("meet3", tag, n=3).translate(str.maketrans("0123456789", "tvxyzbcdef"))])
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, f"{s:%A %b} {s.day}, {s.year} \u22c5 {gtime(s)} \u2013 {gtime(e)}", "Central European Time - Belgrade", ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", org[0], org[1], "", "Guests", f"{org[0]} - organizer", org[1]]
    for g in guests:
        lines += ([g[0], g[1]] if g[1] != OWNER else [OWNER])
    lines += [f"View all guest info {view}", "", desc, "",
              f"Reply for {OWNER} and view more details {view}", "", "", "~~//~~"]
    text = "\n".join(lines) + "\n" + GOOGLE_FOOTER + "\n"
    html = to_html(text, "Roboto,Helvetica,Arial,sans-serif")
    created = created or date
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zdt(start)}", f"DTEND:{zdt(end)}",
           f"DTSTAMP:{zdt(date)}", f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}", f"UID:{uid}@google.com",
           attendee(org[0], org[1], "ACCEPTED", google=True)]
    for g in guests:
        cal.append(attendee(g[0] if g[1] != OWNER else OWNER, g[1], "NEEDS-ACTION" if g[1] == OWNER else "ACCEPTED", google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    desc_ics = desc + ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                       f"Join with Google Meet: https://meet.google.com/{code}\n\nPlease do not edit this section.\n"
                       "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" if meet else "")
    cal += [f"CREATED:{zdt(created)}", f"DESCRIPTION:{esc(desc_ics)}", f"LAST-MODIFIED:{zdt(date)}",
            f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}",
            "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    data = ics(cal)
    alt = multipart("alternative", [part_text(text, "plain", "b64", "; format=flowed; delsp=yes"),
                                    part_text(html, "html", "qp"), part_cal(data)], boundary(tag + "galt"))
    entity = multipart("mixed", [alt, part_attach(data, "application/ics", "invite.ics")], boundary(tag + "gmix"))
    hs = [received(tag, "mail-sor-f41.google.com", "209.85.220", date, "SMTPS"),
          ("Return-Path", f"<{h('rp', tag, n=20)}@calendar-server.bounces.google.com>"),
          ("Reply-To", A(*org)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", f"<calendar-{h('gm', tag, n=8)}-{h('gm1', tag, n=4)}-{h('gm2', tag, n=4)}-{h('gm3', tag, n=4)}-{h('gm4', tag, n=12)}@google.com>"),
          ("Date", format_datetime(date.astimezone(UTC))), ("Subject", subj(subject)), ("From", A(*org)),
          ("To", OWNER)]
    return eml(hs, entity)


# ----------------------------------------------------------------------------- Outlook / Teams invite
def teams_block(tag, sr=False):
    mid_ = h("teams", tag, n=12)
    num = " ".join([str(int(h("tid", tag, n=6), 16) % 900 + 100), str(int(h("tid2", tag, n=6), 16) % 900 + 100),
                    str(int(h("tid3", tag, n=6), 16) % 900 + 100), str(int(h("tid4", tag, n=6), 16) % 900 + 100)])
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid_}%40thread.v2/0"
    if sr:
        return url, ("_" * 80 + "\nSastanak u aplikaciji Microsoft Teams\nPridružite se na računaru, u mobilnoj aplikaciji ili na uređaju u prostoriji\n"
                     f"Kliknite ovde da biste se pridružili sastanku<{url}>\nID sastanka: {num}\nŠifra za pristup: {h('pc', tag, n=6)}\n" + "_" * 80)
    return url, ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 f"Click here to join the meeting<{url}>\nMeeting ID: {num}\nPasscode: {h('pc', tag, n=6)}\n" + "_" * 80)


def outlook_invite(tag, *, date, org, attendees, subject, start, end, when_label, where, body, seq=0,
                   cancel=False, sr=False, teams=True, region="EUR"):
    tzid = "Central Europe Standard Time"
    lang = "sr-Latn-RS" if sr else "en-US"
    url, tb = teams_block(tag, sr)
    kada, gde = ("Kada", "Gde") if sr else ("When", "Where")
    text = f"{kada}: {when_label}\n{gde}: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    if teams and not cancel:
        text += "\n" + tb + "\n"
    html = to_html(text, "Aptos,Calibri,sans-serif")
    uid = ("040000008200E00074C5B7101A82E00800000000" + h("ouid", tag, n=16).upper() + "0000000000000000100000000"
           + h("ouid2", tag, n=32).upper())
    lo = tzi(BG)
    s, e = start.astimezone(lo), end.astimezone(lo)
    cal = ["BEGIN:VCALENDAR", f"METHOD:{'CANCEL' if cancel else 'REQUEST'}", "PRODID:Microsoft Exchange Server 2010",
           "VERSION:2.0"] + VTZ[tzid] + ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}"]
    for n_, e_ in attendees:
        cal.append(attendee(n_, e_))
    cal += [f"DESCRIPTION;LANGUAGE={lang}:{esc(text)}", f"UID:{uid}",
            f"SUMMARY;LANGUAGE={lang}:{esc(subject)}", f"DTSTART;TZID={tzid}:{ldt(s)}",
            f"DTEND;TZID={tzid}:{ldt(e)}", "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}",
            f"DTSTAMP:{zdt(date)}", "TRANSP:OPAQUE", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
            f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(where)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(h('own', tag, n=8), 16) % 2000000000}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
            "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        cal += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(where)}"]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    data = ics(cal)
    b = boundary(tag, "outlook")
    entity = multipart("alternative", [part_text(text, "plain", "qp"), part_text(html, "html", "qp"),
                                       part_cal(data, "CANCEL" if cancel else "REQUEST")], b)
    prefix = ("Otkazano: " if sr else "Canceled: ") if cancel else ""
    hs = [received(tag, f"{region}05-AM6-obe.outbound.protection.outlook.com", "40.107.22", date),
          ("Return-Path", f"<{org[1]}>"), ("From", A(*org)),
          ("To", AL(*[a for a in attendees])), ("Subject", subj(prefix + subject)),
          ("Thread-Topic", subj(subject)),
          ("Thread-Index", base64.b64encode(hb("ti", tag, n=22)).decode()),
          ("Date", format_datetime(date)), ("Message-ID", outlook_mid(tag, region)),
          ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
          ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(hb("si", tag, n=33)).decode()),
          ("x-ms-publictraffictype", "Email")]
    return eml(hs, entity)


# ----------------------------------------------------------------------------- simple mails
def plain_mail(tag, text, enc="qp", html=False, henc="qp", style="google", **kw):
    entity = body_alt(tag, text, None, enc, henc, style) if html else part_text(text, "plain", enc)
    return eml(std_headers(tag, **kw), entity)


def mail_with_ics(tag, text, ics_data, *, ics_name="invite.ics", tenc="qp", henc="qp", style="java",
                  html=None, method="REQUEST", **kw):
    alt = body_alt(tag, text, html, tenc, henc, style)
    att = part_attach(ics_data, f"text/calendar; charset=UTF-8; method={method}", ics_name)
    return eml(std_headers(tag, **kw), multipart("mixed", [alt, att], boundary(tag + "mix", style)))


def quote(text, date, who):
    q = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    return f"\n{date} {who} je napisao/la:\n{q}\n"


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# ============================================================================= cases
HW = ("HelloWorld.rs", "no-reply@helloworld.rs")
INFOSTUD = ("Poslovi Infostud", "no-reply@poslovi.infostud.com")


@case("helloworld-kodnjak-razgovor")
def c01():
    d = at("2026-09-10 09:42:17", BG, "Thu", "+02:00")
    start = at("2026-09-15 11:00", BG, "Tue", "+02:00")
    milica = ("Milica Stanković", "milica.stankovic@kodnjak.example")
    text = """Zdravo Jelena,

kompanija Kodnjak d.o.o. ti je poslala poruku u vezi sa tvojom prijavom na oglas
„Backend Developer (Go)“.

---------------- Poruka poslodavca ----------------

Poštovana Jelena,

hvala Vam na prijavi za poziciju Backend Developer (Go). Vaš CV nam je zapao za oko,
posebno iskustvo sa PostgreSQL-om i radom sa redovima poruka.

Pozivamo Vas na razgovor za posao u utorak, 15. septembra u 11 časova. Razgovor je
online, preko Google Meet-a (link šaljemo dan ranije), i trajaće oko 45 minuta.
Razgovor vodim ja; pričaćemo o Vašem dosadašnjem iskustvu, o timu i o tome kako
kod nas izgleda tipičan sprint.

Molim Vas da termin potvrdite direktno meni na milica.stankovic@kodnjak.example
jer na ovu poruku ne možemo da odgovorimo preko platforme.

Srdačan pozdrav,
Milica Stanković
HR Business Partner, Kodnjak d.o.o.
Bulevar kralja Aleksandra 73, Beograd

---------------------------------------------------

Sve poruke poslodavaca možeš da vidiš na svom profilu: https://www.helloworld.rs/moj-profil/poruke
Ovo je automatska poruka, molimo te da ne odgovaraš na nju.

HelloWorld.rs · IT poslovi u Srbiji i regionu
"""
    m = plain_mail("c01a", text, "qp", html=True, henc="b64", style="java", date=d, frm=HW, to=[ME],
                   subject="Kodnjak d.o.o. ti je poslao poruku: Poziv na razgovor – Backend Developer (Go)",
                   msgid=mid("c01a", "mailer.helloworld.rs"), host="mailer.helloworld.rs", ipprefix="185.119")
    items = [("01-helloworld-poruka-poslodavca.eml", m)]
    return items, lab([iv("Kodnjak", "Backend Developer (Go)", start, at("2026-09-15 11:45", BG, "Tue", "+02:00"),
                          "scheduled", [milica[1]], [milica[1]], "phone_screen")],
                      "medium", "positive/relay-body-only",
                      "HelloWorld.rs no-reply relay; employer text gives 'u utorak, 15. septembra u 11 časova', ~45 min; "
                      "HR partner runs the call and asks for confirmation at her own address.")


@case("helloworld-job-alert")
def c02():
    d = at("2026-10-12 07:00:03", BG, "Mon", "+02:00")
    text = """Zdravo Jelena,

na osnovu tvojih podešavanja (Backend developer · Beograd, Novi Sad, remote) izdvojili smo nove oglase:

1) Senior Backend Engineer (Go) — Tara Cloud, Beograd (hibrid)
   Plata: 3.200–4.000 EUR neto · Prijave do 26.10.
   „Proces selekcije: kratak HR razgovor, tehnički intervju i intervju sa timom — sve za dve nedelje.“
   https://www.helloworld.rs/posao/senior-backend-engineer-go/tara-cloud/48211

2) Backend developer (Java/Spring) — Fruška Tech, Novi Sad
   Prijave do 31.10. · Rad iz kancelarije na Limanu 3 dana nedeljno
   https://www.helloworld.rs/posao/backend-developer-java/fruska-tech/48230

3) PHP/Laravel developer — Niška Mreža, Niš
   „Prvi razgovor već ove nedelje, u utorak ili četvrtak popodne.“
   https://www.helloworld.rs/posao/php-laravel-developer/niska-mreza/48237

4) Node.js Engineer — Remote (EU timezone)
   https://www.helloworld.rs/posao/nodejs-engineer-remote/48244

Pogledaj sve oglase (7): https://www.helloworld.rs/oglasi?kw=backend&saved=3317

Savet nedelje: kako da se pripremiš za tehnički intervju u 5 koraka → https://www.helloworld.rs/blog/tehnicki-intervju

Ne želiš više ovakve mejlove? Odjavi se: https://www.helloworld.rs/odjava?t=7f3a
HelloWorld.rs · IT poslovi u Srbiji i regionu
"""
    m = plain_mail("c02", text, "b64", html=True, henc="b64", style="java", date=d, frm=HW, to=[ME],
                   subject="7 novih poslova za tebe: Backend developer", msgid=mid("c02", "mailer.helloworld.rs"),
                   host="mailer.helloworld.rs", ipprefix="185.119",
                   extra=[("List-Unsubscribe", "<https://www.helloworld.rs/odjava?t=7f3a>")])
    return [("01-helloworld-novi-poslovi.eml", m)], lab([], "easy", "negative/job-alert",
                                                        "HelloWorld.rs job alert; quoted snippets mention interview steps and weekdays but nothing is booked.")


@case("juznibajt-sutra-u-14h")
def c03():
    d = at("2026-09-24 16:20:11", BG, "Thu", "+02:00")
    start = at("2026-09-25 14:00", BG, "Fri", "+02:00")
    ivana = ("Ivana Mitić", "ivana.mitic@juznibajt.example")
    text = """Zdravo Jelena,

hvala još jednom na brzom odgovoru na LinkedIn-u. Kao što smo se dogovorile, potvrđujem
naš uvodni razgovor sutra u 14h. Pozvaću Vas na broj koji ste naveli u CV-u
(+381 64 2xx xx 17), a razgovor traje najviše pola sata.

Proći ćemo kroz Vaše iskustvo sa Go-om i PHP-om, očekivanja po pitanju plate i kako
izgleda rad na daljinu kod nas — tim sedi u Nišu, ali petoro kolega radi iz Beograda.
Ako nakon toga sve bude OK, sledeći korak je tehnički intervju sa našim arhitektom.

Ukoliko Vam se nešto promeni, javite mi se na ovaj mejl ili na 018 4xx 210
(radno vreme pon–pet od 8 do 16h).

Pozdrav iz Niša,
Ivana Mitić
HR & Talent | Južni Bajt d.o.o.
Obrenovićeva 12, 18000 Niš
"""
    m = plain_mail("c03", text, "qp", date=d, frm=ivana, to=[ME], subject="Uvodni razgovor – Backend developer (Go/PHP)",
                   msgid=gmail_mid("c03"), host="mail-wr1-f53.google.com", ipprefix="209.85.221")
    return [("01-juznibajt-uvodni-razgovor.eml", m)], lab(
        [iv("Južni Bajt", "Backend developer (Go/PHP)", start, at("2026-09-25 14:30", BG, "Fri", "+02:00"),
            "scheduled", [ivana[1]], [ivana[1]], "phone_screen")],
        "medium", "positive/relative-date",
        "Time only in body: 'sutra u 14h' resolved against Date Thu 24 Sep 2026 +0200 -> Fri 25 Sep 14:00; "
        "'najviše pola sata' -> 30 min. Office hours 8-16h and a future tech round are distractors.")


@case("teamtailor-vracar-intervju-sa-timom")
def c04():
    d = at("2026-09-14 12:31:08", BG, "Mon", "+02:00")
    start = at("2026-09-17 16:00", BG, "Thu", "+02:00")
    end = at("2026-09-17 17:30", BG, "Thu", "+02:00")
    jovana = ("Jovana Radić", "jovana.radic@vracardigital.example")
    luka = ("Luka Perić", "luka.peric@vracardigital.example")
    teodora = ("Teodora Vasić", "teodora.vasic@vracardigital.example")
    text = """Zdravo Jelena!

Tvoj intervju sa timom za poziciju Backend inženjer je zakazan.

Kada: četvrtak, 17. septembar 2026, 16:00 – 17:30 (Beograd)
Gde: Vračar Digital, Njegoševa 42, Beograd (3. sprat, zvono „VD“)
Sa nama: Luka Perić (CTO) i Teodora Vasić (Senior Backend Engineer)

Prvih sat vremena radimo zajedno na jednom stvarnom problemu iz našeg koda (ponesi laptop),
a poslednjih pola sata je rezervisano za tvoja pitanja o timu i načinu rada.

Ako ti termin ipak ne odgovara, samo odgovori na ovaj mejl i Jovana će ti predložiti drugi.

Vidimo se!
Jovana Radić, People & Culture
Vračar Digital

—
Poslato preko Teamtailor-a · Podešavanja privatnosti: https://vracardigital.teamtailor.com/privacy
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Interviews//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:tt-interview-{h('tt', 'c04', n=20)}@teamtailor.com", f"DTSTAMP:{zdt(d)}",
               f"DTSTART:{zdt(start)}", f"DTEND:{zdt(end)}",
               "SUMMARY:Intervju sa timom: Jelena Petrović – Backend inženjer (Vračar Digital)",
               "LOCATION:Vračar Digital\\, Njegoševa 42\\, Beograd",
               f"DESCRIPTION:{esc('Intervju sa timom. Luka Perić (CTO) i Teodora Vasić (Senior Backend Engineer). Ponesi laptop.')}",
               f"ORGANIZER;CN={jovana[0]}:mailto:{jovana[1]}",
               attendee(*luka, "ACCEPTED"), attendee(*teodora, "ACCEPTED"), attendee(*ME), "STATUS:CONFIRMED",
               "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = mail_with_ics("c04", text, cal, ics_name="intervju.ics", tenc="qp", henc="b64", date=d,
                      frm=("Vračar Digital", "no-reply@teamtailor.com"), to=[ME], reply_to=jovana,
                      subject="Intervju sa timom – Backend inženjer | Vračar Digital",
                      msgid=mid("c04", "teamtailor.com"), host="o1.ptr5510.teamtailor.com", ipprefix="149.72")
    return [("01-teamtailor-intervju-zakazan.eml", m)], lab(
        [iv("Vračar Digital", "Backend inženjer", start, end, "scheduled", [luka[1], teodora[1]],
            [luka[1], teodora[1]], "onsite")],
        "easy", "positive/ats-ics",
        "Teamtailor confirmation (no-reply sender, Reply-To coordinator) + .ics in UTC; panel with CTO and senior "
        "engineer at the office -> onsite. Coordinator Jovana is not an interviewer.")


@case("thamesgate-greenhouse-two-rounds")
def c05():
    olivia = ("Olivia Bennett", "olivia.bennett@thamesgate.example")
    callum = ("Callum Reid", "callum.reid@thamesgate.example")
    gh = ("Olivia Bennett", "no-reply@us.greenhouse-mail.io")
    role = "Backend Engineer, Payments Platform"
    LON = "Europe/London"
    d1 = at("2026-09-21 15:02:44", LON, "Mon", "+01:00")
    s1 = at("2026-09-29 10:00", LON, "Tue", "+01:00")
    e1 = at("2026-09-29 10:30", LON, "Tue", "+01:00")
    assert s1.astimezone(tzi(BG)).strftime("%H:%M") == "11:00"
    d2 = at("2026-10-21 17:48:10", LON, "Wed", "+01:00")
    s2 = at("2026-11-02 14:00", LON, "Mon", "+00:00")
    e2 = at("2026-11-02 15:30", LON, "Mon", "+00:00")
    assert s2.astimezone(tzi(BG)).strftime("%H:%M %z") == "15:00 +0100"
    t1 = f"""Hi Jelena,

Thanks for applying to Thamesgate Payments! This email confirms your upcoming interview.

Interview: Recruiter screen
Date: Tuesday, 29 September 2026
Time: 10:00 - 10:30 BST (Europe/London) - that's 11:00 in Belgrade
Interviewer: Olivia Bennett, Talent Partner
Where: Microsoft Teams (link in the calendar attachment)

It's a relaxed 30-minute chat about your background, what you're looking for, and how our
relocation / remote-from-Serbia setup works. No preparation needed.

If you need to reschedule, please reply to this email at least 24 hours in advance.

Best,
Olivia

Thamesgate Payments Ltd · 20 Finsbury Circus, London EC2M 7EA
"""
    t2 = f"""Hi Jelena,

Great news - following your conversation with Olivia, we'd like to invite you to the technical
interview for the {role} role.

Interview: Technical interview (live coding + system discussion)
Date: Monday, 2 November 2026
Time: 14:00 - 15:30 GMT (Europe/London)
Interviewer: Callum Reid, Staff Engineer
Where: Microsoft Teams + CoderPad (link shared at the start)

Heads-up: UK clocks go back on 25 October, so this will be 15:00 for you in Belgrade
(we're still one hour apart - your calendar should handle it, but worth a glance).

Callum will spend about an hour on a small ledger-service exercise in a language of your choice,
then 30 minutes on a payments system you've built.

Best of luck,
Olivia
"""

    def gh_ics(tag, s, e, summary, who):
        return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduler//EN",
                    "METHOD:REQUEST"] + VTZ[LON] + ["BEGIN:VEVENT", f"UID:{h('gh', tag, n=24)}@greenhouse.io",
                    f"DTSTAMP:{zdt(d1 if tag == 'a' else d2)}", f"DTSTART;TZID={LON}:{ldt(s)}",
                    f"DTEND;TZID={LON}:{ldt(e)}", f"SUMMARY:{esc(summary)}",
                    "LOCATION:Microsoft Teams", f"ORGANIZER;CN={olivia[0]}:mailto:{olivia[1]}",
                    attendee(*who, "ACCEPTED"), attendee(*ME), "STATUS:CONFIRMED", "SEQUENCE:0",
                    "END:VEVENT", "END:VCALENDAR"])
    m1 = mail_with_ics("c05a", t1, gh_ics("a", s1, e1, f"Recruiter screen: Jelena Petrović / Thamesgate Payments", olivia),
                       date=d1, frm=gh, to=[ME], reply_to=olivia,
                       subject=f"Interview Confirmation: Jelena Petrović - {role}",
                       msgid=mid("c05a", "us.greenhouse-mail.io"), host="o2.greenhouse-mail.io", ipprefix="167.89")
    m2 = mail_with_ics("c05b", t2, gh_ics("b", s2, e2, f"Technical interview: Jelena Petrović / Thamesgate Payments", callum),
                       date=d2, frm=gh, to=[ME], reply_to=olivia, cc=[callum],
                       subject=f"Interview Confirmation: Technical Interview - {role}",
                       msgid=mid("c05b", "us.greenhouse-mail.io"), host="o2.greenhouse-mail.io", ipprefix="167.89")
    return [("01-greenhouse-recruiter-screen.eml", m1), ("02-greenhouse-technical-interview.eml", m2)], lab(
        [iv("Thamesgate Payments", role, s1, e1, "scheduled", [olivia[1]], [olivia[1]], "phone_screen"),
         iv("Thamesgate Payments", role, s2, e2, "scheduled", [callum[1]], [callum[1]], "technical")],
        "medium", "positive/two-interviews",
        "London employer via Greenhouse (no-reply sender, Reply-To recruiter). Two rounds: 29 Sep 10:00 BST "
        "(+01:00, 11:00 Belgrade) and 2 Nov 14:00 GMT (+00:00, 15:00 Belgrade CET).")


@case("kalemegdan-predlog-potvrda-prekosutra")
def c06():
    tamara = ("Tamara Jovanović", "tamara.jovanovic@kalemegdanlabs.example")
    stefan = ("Stefan Marković", "stefan.markovic@kalemegdanlabs.example")
    d1 = at("2026-10-01 10:15:33", BG, "Thu", "+02:00")
    d2 = at("2026-10-02 08:51:02", BG, "Fri", "+02:00")
    d3 = at("2026-10-05 11:02:45", BG, "Mon", "+02:00")
    day(2026, 10, 7, "Wed"), day(2026, 10, 8, "Thu")
    start = at("2026-10-07 15:00", BG, "Wed", "+02:00")
    subject = "Kalemegdan Labs – razgovor sa engineering menadžerom"
    t1 = """Zdravo Jelena,

drago mi je što je tehnički krug prošao dobro — tim je bio baš zadovoljan!

Sledeći korak je razgovor sa Stefanom Markovićem, našim engineering menadžerom. Razgovor traje
oko 45 minuta, online je i više je fokusiran na način rada, saradnju i tvoje planove nego na kod.

Predlažem sledeće termine:
  – sreda, 7. oktobar u 10h
  – sreda, 7. oktobar u 15h
  – četvrtak, 8. oktobar u 13h

Javi mi koji ti najviše odgovara, pa ću poslati potvrdu i link.

Pozdrav,
Tamara Jovanović
Talent Acquisition · Kalemegdan Labs
Kneza Mihaila 30, Beograd
"""
    m1id, m2id = mid("c06a", "kalemegdanlabs.example"), mid("c06b", "example.com")
    m1 = plain_mail("c06a", t1, "qp", html=True, henc="qp", style="outlook", date=d1, frm=tamara, to=[ME],
                    subject=subject, msgid=m1id, host="mail.kalemegdanlabs.example", ipprefix="89.216")
    t2 = "Zdravo Tamara,\n\nhvala puno! Meni najviše odgovara sreda u 15h.\n\nPozdrav,\nJelena\n" + quote(
        t1, "čet, 1. okt 2026. u 10:15", "Tamara Jovanović <tamara.jovanovic@kalemegdanlabs.example>")
    m2 = plain_mail("c06b", t2, "qp", date=d2, frm=ME, to=[tamara], subject="Re: " + subject, msgid=m2id,
                    irt=m1id, refs=[m1id], host="smtp.example.com", ipprefix="192.0")
    t3 = """Jelena,

izvini što se tek sad javljam sa potvrdom — Stefan je bio na putu do petka.

Potvrđeno: vidimo se prekosutra u 15h. Link za poziv: https://meet.google.com/kxr-bvne-tjq
Stefana sam stavila u kopiju, pa ako želiš nešto da mu pošalješ unapred (npr. link do projekta
o kom si pričala), slobodno mu piši direktno.

Srećno!
Tamara
""" + quote(t2, "pet, 2. okt 2026. u 08:51", "Jelena Petrović <jelena.petrovic@example.com>")
    m3 = plain_mail("c06c", t3, "qp", html=True, henc="qp", style="outlook", date=d3, frm=tamara, to=[ME], cc=[stefan],
                    subject="Re: " + subject, msgid=mid("c06c", "kalemegdanlabs.example"), irt=m2id, refs=[m1id, m2id],
                    host="mail.kalemegdanlabs.example", ipprefix="89.216")
    return [("01-kalemegdan-predlog-termina.eml", m1), ("02-odgovor-sreda-u-15h.eml", m2),
            ("03-kalemegdan-potvrda-prekosutra.eml", m3)], lab(
        [iv("Kalemegdan Labs", None, start, at("2026-10-07 15:45", BG, "Wed", "+02:00"), "scheduled",
            [stefan[1]], [stefan[1]], "hiring_manager")],
        "hard", "positive/thread-propose-confirm",
        "Three slots proposed, owner picks 'sreda u 15h', confirmation on Mon 5 Oct says 'prekosutra u 15h' "
        "(= Wed 7 Oct). 45 min from first mail. Role never named beyond 'engineering menadžer' conversation.")


@case("workable-pomeramo-termin")
def c07():
    nikola = ("Nikola Stojanović", "nikola.stojanovic@petrovaradinsys.example")
    milan = ("Milan Tadić", "milan.tadic@petrovaradinsys.example")
    d1 = at("2026-10-01 14:20:05", BG, "Thu", "+02:00")
    s0 = at("2026-10-06 12:00", BG, "Tue", "+02:00")
    e0 = at("2026-10-06 13:00", BG, "Tue", "+02:00")
    d2 = at("2026-10-05 09:12:40", BG, "Mon", "+02:00")
    d3 = at("2026-10-05 10:03:19", BG, "Mon", "+02:00")
    d4 = at("2026-10-05 10:41:57", BG, "Mon", "+02:00")
    start = at("2026-10-08 12:00", BG, "Thu", "+02:00")
    end = at("2026-10-08 13:00", BG, "Thu", "+02:00")
    role = "Backend Developer (Python)"
    t1 = f"""Hi Jelena,

Your interview for the {role} position at Petrovaradin Systems has been scheduled.

  Interview: Technical interview
  Date: Tuesday, October 6, 2026
  Time: 12:00 PM - 1:00 PM (Europe/Belgrade)
  Interviewer: Milan Tadić
  Type: Video call - https://meet.google.com/pdv-qmwa-xse

Add to calendar: the invitation is attached to this email.

Poruka od Nikole: Jelena, Milan vodi backend tim za logistiku — očekuj pitanja o Django-u,
Celery-ju i o tome kako bi dizajnirala API za praćenje pošiljki. Srećno!

Petrovaradin Systems · Bulevar oslobođenja 102, Novi Sad
Powered by Workable
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Workable Calendar//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{h('wk', 'c07', n=22)}@workable.com", f"DTSTAMP:{zdt(d1)}",
               f"DTSTART:{zdt(s0)}", f"DTEND:{zdt(e0)}",
               f"SUMMARY:{esc('Technical interview - Jelena Petrović - ' + role)}",
               "LOCATION:https://meet.google.com/pdv-qmwa-xse",
               f"ORGANIZER;CN={nikola[0]}:mailto:{nikola[1]}", attendee(*milan, "ACCEPTED"), attendee(*ME),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    wk = ("Petrovaradin Systems", "noreply@workablemail.com")
    m1id = mid("c07a", "workablemail.com")
    m1 = mail_with_ics("c07a", t1, cal, ics_name="interview.ics", tenc="qp", henc="qp", date=d1, frm=wk, to=[ME],
                       reply_to=nikola, subject=f"Interview scheduled: {role} at Petrovaradin Systems",
                       msgid=m1id, host="mail-out.workablemail.com", ipprefix="54.240")
    subj2 = "Pomeramo termin – tehnički intervju"
    t2 = """Dobro jutro Jelena,

moram da Vas zamolim da pomerimo tehnički intervju koji je zakazan za sutra — Milan je jutros
hitno otišao kod klijenta u Suboticu i neće stići da se vrati.

Da li Vam odgovara četvrtak, 8. oktobra, u isto vreme? Trajanje i link ostaju isti.

Izvinjavam se zbog promene u kratkom roku.

Pozdrav,
Nikola Stojanović
Recruiter · Petrovaradin Systems
"""
    m2id = mid("c07b", "petrovaradinsys.example")
    m2 = plain_mail("c07b", t2, "qp", date=d2, frm=nikola, to=[ME], subject=subj2, msgid=m2id,
                    host="mail.petrovaradinsys.example", ipprefix="93.87")
    t3 = "Dobro jutro Nikola,\n\nnema problema, četvrtak mi odgovara.\n\nPozdrav,\nJelena\n" + quote(
        t2, "pon, 5. okt 2026. u 09:12", "Nikola Stojanović <nikola.stojanovic@petrovaradinsys.example>")
    m3id = mid("c07c", "example.com")
    m3 = plain_mail("c07c", t3, "qp", date=d3, frm=ME, to=[nikola], subject="Re: " + subj2, msgid=m3id,
                    irt=m2id, refs=[m2id], host="smtp.example.com", ipprefix="192.0")
    t4 = """Hvala na razumevanju!

Upisao sam četvrtak, 8. 10. u 12h, Milan je potvrdio (u kopiji je). Stari poziv iz Workable-a
slobodno zanemarite, link za Meet je isti.

Nikola
""" + quote(t3, "pon, 5. okt 2026. u 10:03", "Jelena Petrović <jelena.petrovic@example.com>")
    m4 = plain_mail("c07d", t4, "qp", date=d4, frm=nikola, to=[ME], cc=[milan], subject="Re: " + subj2,
                    msgid=mid("c07d", "petrovaradinsys.example"), irt=m3id, refs=[m2id, m3id],
                    host="mail.petrovaradinsys.example", ipprefix="93.87")
    return [("01-workable-interview-scheduled.eml", m1), ("02-pomeramo-termin.eml", m2),
            ("03-odgovor-cetvrtak-odgovara.eml", m3), ("04-potvrda-cetvrtak-u-12h.eml", m4)], lab(
        [iv("Petrovaradin Systems", role, start, end, "scheduled", [milan[1]], [milan[1]], "technical")],
        "hard", "positive/reschedule-by-mail",
        "Workable invite (.ics) for Tue 6 Oct 12:00; recruiter mail 'pomeramo termin' to Thu 8 Oct 'u isto vreme' "
        "(time only inherited from the invite), confirmed 'četvrtak, 8. 10. u 12h'. No updated .ics is sent.")


@case("scam-telegram-intervju")
def c08():
    d = at("2026-10-06 03:14:52", "Europe/Moscow", "Tue", "+03:00")
    frm = ("HR Department - Global Remote Talent", "hr.office.globalremote@freemail.example")
    text = """Poštovana Jelena Petrović,

Čestitamo! Vaš profil sa portala za zapošljavanje je odabran od strane našeg klijenta,
međunarodne IT kompanije, za poziciju Remote Backend Developer (3.500 EUR mesečno, 4 sata dnevno).

Online intervju će se održati sutra u 11h putem Telegram chata sa našim HR menadžerom
(kontakt: @GRT_HR_Ana). Intervju je u pisanoj formi, kamera nije potrebna.

VAŽNO: Pre intervjua potrebno je da izvršite uplatu od 49 EUR za verifikaciju profila i
licencu za softver kompanije. Iznos se vraća sa prvom platom. Podaci za uplatu:
IBAN LT00 3250 0000 0000 0000, svrha: "aktivacija kandidata JP-2291".

Ako ne potvrdite u roku od 12 sati, mesto se dodeljuje sledećem kandidatu.

S poštovanjem,
Global Remote Talent Ltd.
HR Department
"""
    m = plain_mail("c08", text, "b64", date=d, frm=frm, to=[ME], reply_to=("HR Ana", "grt.hr.ana@freemail.example"),
                   subject="Čestitamo! Vaš CV je odabran – online intervju (remote, 3.500 EUR)",
                   msgid=mid("c08", "freemail.example"), host="smtp.freemail.example", ipprefix="45.142")
    return [("01-global-remote-talent.eml", m)], lab([], "medium", "negative/scam",
                                                     "Recruiter scam: 'online intervju sutra u 11h' via Telegram chat, upfront fee. Not a real interview.")


@case("nisava-testni-zadatak-rok")
def c09():
    d = at("2026-10-13 10:05:27", BG, "Tue", "+02:00")
    day(2026, 10, 18, "Sun")
    marko = ("Марко Станковић", "marko.stankovic@nisavadev.example")
    text = """Поштована Јелена,

хвала на интересовању за позицију Backend developer у компанији Nišava Dev.

Следећи корак у процесу селекције је тестни задатак: потребно је да направите мали REST API
за заказивање термина у сервису (Go или Java, по избору), са тестовима и кратким README-ом.

Рок за предају: недеља, 18. октобар у 23:59.
Процењено време израде: 4–6 сати. Решење пошаљите као линк ка GitHub репозиторијуму
одговором на овај мејл.

Након прегледа задатка, кандидате који уђу у ужи избор позваћемо на технички интервју —
о термину ћемо се договорити накнадно.

Срдачан поздрав,
Марко Станковић
Tech Lead, Nišava Dev
Николе Пашића 24, Ниш

--
Nišava Dev d.o.o. · PIB 11xxxxxx · www.nisavadev.example
"""
    m = plain_mail("c09", text, "b64", html=True, henc="b64", style="google", date=d, frm=marko, to=[ME],
                   subject="Тестни задатак – Backend developer (Nišava Dev)", msgid=gmail_mid("c09"),
                   host="mail-ej1-f44.google.com", ipprefix="209.85.218")
    return [("01-nisava-testni-zadatak.eml", m)], lab([], "medium", "negative/take-home",
                                                      "Cyrillic take-home ('тестни задатак') with a Sunday 23:59 deadline; a technical interview is only promised, not booked.")


@case("zemun-games-nazalost")
def c10():
    d = at("2026-10-09 15:40:00", BG, "Fri", "+02:00")
    day(2026, 9, 29, "Tue")
    sara = ("Sara Đurić", "sara.djuric@zemungames.example")
    text = """Zdravo Jelena,

hvala ti što si odvojila vreme za tehnički intervju 29. septembra i za sva pitanja koja si
postavila našem timu — uživali smo u razgovoru o matchmaking servisu.

Nažalost, odlučili smo da nastavimo proces sa kandidatima čije je iskustvo bliže onome što nam
je trenutno potrebno u Live Ops timu (C# i Orleans). Ova odluka nam nije bila laka.

Uz tvoju saglasnost, sačuvaćemo tvoj profil u našoj bazi narednih 12 meseci i javiti ti se
kada otvorimo novu backend poziciju.

Sve najbolje,
Sara Đurić
Talent Acquisition, Zemun Games

—
Poslato preko Teamtailor-a · https://zemungames.teamtailor.com
"""
    m = plain_mail("c10", text, "qp", html=True, henc="qp", style="java", date=d,
                   frm=("Zemun Games", "no-reply@teamtailor.com"), to=[ME], reply_to=sara,
                   subject="Tvoja prijava za Backend Engineer (Live Ops) – Zemun Games",
                   msgid=mid("c10", "teamtailor.com"), host="o1.ptr5510.teamtailor.com", ipprefix="149.72")
    return [("01-zemun-games-odgovor.eml", m)], lab([], "easy", "negative/rejection",
                                                   "Rejection ('Nažalost') via Teamtailor referring to a past technical interview on 29 Sep; nothing upcoming.")


@case("bitnik-jelena-intervjuise-kandidata")
def c11():
    d = at("2026-10-13 09:22:31", BG, "Tue", "+02:00")
    s = at("2026-10-15 14:00", BG, "Thu", "+02:00")
    e = at("2026-10-15 15:00", BG, "Thu", "+02:00")
    dragana = ("Dragana Kostić", "dragana.kostic@bitnik.example")
    marko = ("Marko Ilić", "marko.ilic.dev@mail.example")
    body = """Ćao Jelena,

hvala ti što si pristala da vodiš tehnički deo razgovora sa Markom Ilićem (kandidat za Junior
Backend poziciju). Pošto si kod nas spoljni saradnik, poziv šaljem na tvoju privatnu adresu.

Markov CV i rešenje testnog zadatka su na SharePoint-u u folderu Zapošljavanje/2026/Junior BE.
Predlažem 40 minuta za tehnička pitanja i 20 minuta za njegova pitanja. Posle razgovora te
molim da popuniš ocenu kandidata u BambooHR-u do petka.

Hvala!
Dragana
HR · Bitnik d.o.o."""
    m = outlook_invite("c11", date=d, org=dragana, attendees=[ME, marko],
                       subject="Tehnički intervju – kandidat Marko Ilić (Junior Backend)", start=s, end=e,
                       when_label="Thursday, October 15, 2026 2:00 PM-3:00 PM (UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague.",
                       where="Microsoft Teams Meeting", body=body)
    return [("01-bitnik-teams-intervju-kandidat.eml", m)], lab([], "hard", "negative/user-is-interviewer",
                                                              "Teams invite titled 'Tehnički intervju' where the owner conducts the interview of another candidate.")


@case("tv-sava-plus-intervju-za-televiziju")
def c12():
    kat = ("Katarina Lazić", "katarina.lazic@tvsavaplus.example")
    d1 = at("2026-10-14 12:10:09", BG, "Wed", "+02:00")
    d2 = at("2026-10-14 15:31:44", BG, "Wed", "+02:00")
    s = at("2026-10-19 10:00", BG, "Mon", "+02:00")
    e = at("2026-10-19 11:00", BG, "Mon", "+02:00")
    text = """Poštovana Jelena,

javljam se ispred redakcije emisije „Digitalna Srbija“ na TV Sava Plus. Pročitali smo Vaš tekst
„Kako sam tražila posao kao backend programerka u 2026.“ i voleli bismo da sa Vama uradimo kratak
intervju za televiziju o tome kako danas izgleda zapošljavanje u IT sektoru.

Snimanje bi bilo u ponedeljak, 19. oktobra u 10 časova u našem studiju na Novom Beogradu
(Bulevar Zorana Đinđića 64a, ulaz iz dvorišta). Intervju vodi novinar Petar Simić, samo snimanje
traje 15–20 minuta, a računajte na oko sat vremena sa šminkom. Emitovanje je u nedelju uveče.

Šaljem i poziv u kalendar, pa samo potvrdite.

Srdačan pozdrav,
Katarina Lazić
urednica, „Digitalna Srbija“ · TV Sava Plus
"""
    m1 = plain_mail("c12a", text, "qp", html=True, henc="qp", style="google", date=d1, frm=kat, to=[ME],
                    subject="Intervju za televiziju – emisija „Digitalna Srbija“", msgid=gmail_mid("c12a"),
                    host="mail-wm1-f66.google.com", ipprefix="209.85.128")
    m2 = google_invite("c12b", date=d2, org=kat, guests=[("Petar Simić", "petar.simic@tvsavaplus.example"), ME],
                       summary="Snimanje: intervju Jelena Petrović – Digitalna Srbija", start=s, end=e, meet=False,
                       location="TV Sava Plus, Bulevar Zorana Đinđića 64a, Novi Beograd",
                       desc="Snimanje intervjua za emisiju „Digitalna Srbija“. Novinar: Petar Simić. Molimo dođite 10 minuta ranije zbog šminke.")
    return [("01-tv-sava-plus-poziv.eml", m1), ("02-invitation-snimanje.eml", m2)], lab(
        [], "hard", "negative/press-interview",
        "Press: 'intervju za televiziju' with a Google Calendar invite, a time and an interviewer-journalist. Not a job interview.")


@case("dunavsoft-cirilica-plus-pozivnica")
def c13():
    djordje = ("Ђорђе Бабић", "djordje.babic@dunavsoft.example")
    nemanja = ("Nemanja Kovačević", "nemanja.kovacevic@dunavsoft.example")
    d1 = at("2026-10-14 13:05:51", BG, "Wed", "+02:00")
    d2 = at("2026-10-14 13:22:10", BG, "Wed", "+02:00")
    s = at("2026-10-20 11:00", BG, "Tue", "+02:00")
    e = at("2026-10-20 12:00", BG, "Tue", "+02:00")
    role = "Backend developer (Java/Kotlin)"
    text = """Поштована Јелена,

хвала Вам на разговору прошле недеље. Драго нам је да Вас позовемо у следећи круг —
технички интервју за позицију Backend developer (Java/Kotlin) у тиму за платни промет.

Термин: уторак, 20. октобар у 11ч
Трајање: сат времена
Интервју води Немања Ковачевић, тим лидер (nemanja.kovacevic@dunavsoft.example)
Формат: онлајн, Google Meet

Очекујте питања из Spring Boot-а, трансакција у PostgreSQL-у и једну мању задачу коју ћете
решавати уз дељење екрана. Позивницу за календар ћете добити посебно од мене.

Срдачан поздрав,
Ђорђе Бабић
Recruitment, Dunav Soft d.o.o.
Футошка 1а, Нови Сад
"""
    m1 = plain_mail("c13a", text, "b64", date=d1, frm=djordje, to=[ME], subject="Технички интервју – Backend developer (Java/Kotlin)",
                    msgid=mid("c13a", "dunavsoft.example"), host="mail.dunavsoft.example", ipprefix="91.150")
    m2 = google_invite("c13b", date=d2, org=("Đorđe Babić", djordje[1]), guests=[nemanja, ME],
                       summary=f"Технички интервју – {role} – Јелена Петровић", start=s, end=e,
                       desc="Технички интервју са Немањом Ковачевићем (тим лидер). Dunav Soft, Нови Сад.")
    return [("01-dunavsoft-tehnicki-intervju.eml", m1), ("02-invitation-tehnicki-intervju.eml", m2)], lab(
        [iv("Dunav Soft", role, s, e, "scheduled", [nemanja[1]], [nemanja[1]], "technical")],
        "medium", "positive/dedupe-cyrillic",
        "Cyrillic mail (base64) 'уторак, 20. октобар у 11ч' + Google invite for the same slot (CEST, +02:00, "
        "five days before the EU switch). One interview; coordinator Đorđe is not an interviewer.")


@case("spreewerk-reschedule-preko-dst")
def c14():
    lena = ("Lena Hoffmann", "lena.hoffmann@spreewerk.example")
    tobias = ("Tobias Krüger", "tobias.krueger@spreewerk.example")
    BER = "Europe/Berlin"
    d1 = at("2026-10-16 10:30:12", BER, "Fri", "+02:00")
    d2 = at("2026-10-20 15:47:01", BER, "Tue", "+02:00")
    s0 = at("2026-10-22 16:00", BER, "Thu", "+02:00")
    e0 = at("2026-10-22 17:15", BER, "Thu", "+02:00")
    s = at("2026-10-27 16:00", BER, "Tue", "+01:00")
    e = at("2026-10-27 17:15", BER, "Tue", "+01:00")
    summary = "Spreewerk – Technical Interview (Jelena Petrović)"
    desc1 = ("Hi Jelena,\n\nthis is the 75-minute technical round for the Senior Backend Engineer (Go) role: about 45 minutes "
             "pairing on a small service, then 30 minutes on architecture. Tobias Krüger (Engineering Lead, Payments Core) "
             "will run it.\n\nBis bald,\nLena")
    desc2 = ("Hi Jelena,\n\nsorry for the shuffle - Tobias is speaking at a conference on the 22nd, so we moved the technical "
             "round to Tuesday the 27th, same time of day. Clocks go back this Sunday (25 Oct) both in Berlin and Belgrade, "
             "so 16:00 stays 16:00 for both of us.\n\nStill 75 minutes with Tobias Krüger (Engineering Lead, Payments Core): "
             "pairing on a small service, then architecture.\n\nBis bald,\nLena")
    m1 = google_invite("c14", date=d1, org=lena, guests=[tobias, ME], summary=summary, start=s0, end=e0, desc=desc1)
    m2 = google_invite("c14", date=d2, org=lena, guests=[tobias, ME], summary=summary, start=s, end=e, desc=desc2,
                       seq=1, updated=True, created=d1)
    return [("01-invitation-technical-interview.eml", m1), ("02-updated-invitation-technical-interview.eml", m2)], lab(
        [iv("Spreewerk", "Senior Backend Engineer (Go)", s, e, "scheduled", [tobias[1]], [tobias[1]], "technical")],
        "hard", "positive/reschedule-sequence-dst",
        "Berlin employer; Google invite Thu 22 Oct 16:00 CEST, same UID updated (SEQUENCE 1) to Tue 27 Oct 16:00 CET "
        "(+01:00, after the 25 Oct switch). Final time only.")


@case("vizni-intervju-ambasada")
def c15():
    d = at("2026-10-08 18:03:40", BG, "Thu", "+02:00")
    s = at("2026-10-22 08:15", BG, "Thu", "+02:00")
    e = at("2026-10-22 09:15", BG, "Thu", "+02:00")
    frm = ("Konzularno odeljenje – zakazivanje", "no-reply@visa-termini.example")
    text = """Poštovana JELENA PETROVIĆ,

Vaš termin za vizni intervju je uspešno zakazan. / Your visa interview appointment is confirmed.

Datum / Date: četvrtak, 22. oktobar 2026. / Thursday, October 22, 2026
Vreme / Time: 08:15
Mesto / Location: Ambasada SAD u Beogradu – Konzularno odeljenje
Kategorija vize / Visa class: B1/B2
Broj potvrde / Confirmation no.: BEG-2026-{conf}

Ponesite: važeći pasoš, potvrdu DS-160, ovu potvrdu o zakazanom terminu i fotografiju 5x5 cm.
Elektronski uređaji nisu dozvoljeni u zgradi. Dođite najranije 15 minuta pre termina.

Ovo je automatska poruka. Molimo ne odgovarajte na nju.
""".replace("{conf}", str(int(h("visa", n=8), 16) % 900000 + 100000))
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Visa Appointment Service//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:appt-{h('visa-uid', n=16)}@visa-termini.example", f"DTSTAMP:{zdt(d)}",
               f"DTSTART:{zdt(s)}", f"DTEND:{zdt(e)}", "SUMMARY:Vizni intervju / Visa interview (B1/B2)",
               "LOCATION:Ambasada SAD – Konzularno odeljenje\\, Beograd", attendee(*ME),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = mail_with_ics("c15", text, cal, ics_name="appointment.ics", tenc="qp", henc="qp", method="PUBLISH", date=d,
                      frm=frm, to=[ME], subject="Potvrda termina: vizni intervju / Appointment confirmation: visa interview",
                      msgid=mid("c15", "visa-termini.example"), host="mta.visa-termini.example", ipprefix="203.0")
    return [("01-potvrda-viznog-intervjua.eml", m)], lab([], "medium", "negative/government-appointment",
                                                        "Embassy visa interview confirmation with .ics (08:15); not a job interview.")


@case("harborline-et-dst-gap-gcal")
def c16():
    NY = "America/New_York"
    rachel = ("Rachel Goldberg", "rachel.goldberg@harborline.example")
    mike = ("Mike Delaney", "mike.delaney@harborline.example")
    d = at("2026-10-23 11:14:36", NY, "Fri", "-04:00")
    s = at("2026-10-28 10:00", NY, "Wed", "-04:00")
    e = at("2026-10-28 10:45", NY, "Wed", "-04:00")
    sb, eb = s.astimezone(tzi(BG)), e.astimezone(tzi(BG))
    assert sb.strftime("%H:%M%z") == "15:00+0100"
    role = "Senior Backend Engineer, Platform"
    text = f"""Hi Jelena,

Great speaking with you on Tuesday! As promised, I've set up your conversation with Mike Delaney,
our Director of Platform Engineering, for Wednesday, October 28 at 10:00 AM Eastern (45 minutes).

One thing to watch: Europe switches back to winter time this Sunday (Oct 25), but the US doesn't
change until November 1 - so for that one week we're only 5 hours apart. The call will be at
3:00 PM your time in Belgrade, not 4:00 PM. The calendar invite should show the right time, but I
wanted to flag it.

Mike will mostly want to hear about the event-driven systems you've built and how you think about
on-call and reliability. It's a conversation, not a coding session.

Invite with the Zoom link is coming from my calendar.

Best,
Rachel

Rachel Goldberg | Senior Technical Recruiter | Harborline Systems
120 Hudson St, New York, NY
"""
    m = plain_mail("c16", text, "qp", html=True, henc="b64", style="google", date=d, frm=rachel, to=[ME],
                   subject=f"Harborline - conversation with Mike Delaney (Wed 10/28)", msgid=gmail_mid("c16"),
                   host="mail-qt1-f170.google.com", ipprefix="209.85.160")
    eid = h("gcal", "c16", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(h('etag', 'c16', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-23T15:16:02.000Z",
        "updated": "2026-10-23T15:16:40.512Z",
        "summary": f"Jelena Petrović <> Mike Delaney (Harborline - {role})",
        "description": "Hiring manager conversation with Mike Delaney (Director, Platform Engineering). 45 min.\n\nJoin Zoom Meeting\nhttps://harborline.zoom.us/j/84120937715",
        "location": "https://harborline.zoom.us/j/84120937715",
        "creator": {"email": rachel[1], "displayName": rachel[0]},
        "organizer": {"email": rachel[1], "displayName": rachel[0]},
        "start": {"dateTime": sb.isoformat(), "timeZone": NY},
        "end": {"dateTime": eb.isoformat(), "timeZone": NY},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": rachel[1], "displayName": rachel[0], "organizer": True, "responseStatus": "accepted"},
            {"email": mike[1], "displayName": mike[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    js = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return [("01-harborline-conversation-mike.eml", m), ("02-harborline-event.gcal.json", js)], lab(
        [iv("Harborline Systems", role, s, e, "scheduled", [mike[1]], [mike[1]], "hiring_manager")],
        "hard", "positive/us-eu-dst-gap",
        "US company, 10:00 EDT (-04:00) on Wed 28 Oct = 15:00 CET in Belgrade during the one-week gap "
        "(EU switched 25 Oct, US 1 Nov). Calendar API event gives dateTime in +01:00 with timeZone America/New_York.")


@case("panonija-pay-teams-otkazujemo")
def c17():
    marija = ("Marija Nikolić", "marija.nikolic@panonijapay.example")
    dusan = ("Dušan Popović", "dusan.popovic@panonijapay.example")
    d1 = at("2026-10-29 10:48:19", BG, "Thu", "+01:00")
    d2 = at("2026-11-02 16:05:44", BG, "Mon", "+01:00")
    s = at("2026-11-03 13:00", BG, "Tue", "+01:00")
    e = at("2026-11-03 14:00", BG, "Tue", "+01:00")
    subject = "Razgovor za posao – Jelena Petrović (Backend .NET developer)"
    when = "utorak, 3. novembar 2026. 13:00-14:00 (UTC+01:00) Beograd, Bratislava, Budimpešta, Ljubljana, Prag"
    b1 = """Poštovana Jelena,

u nastavku je poziv za tehnički razgovor za poziciju Backend .NET developer. Razgovor vodi
Dušan Popović, tehnički lider tima za kartično poslovanje; ja ću samo otvoriti sastanak i
predstaviti vas.

Teme: C#/.NET 8, Entity Framework, integracije sa bankama i rad sa porukama (RabbitMQ).

Srdačan pozdrav,
Marija Nikolić
HR, Panonija Pay d.o.o., Novi Sad"""
    b2 = """Poštovana Jelena,

nažalost, otkazujemo sutrašnji razgovor. Pozicija Backend .NET developer je privremeno stavljena
na čekanje dok se ne potvrdi budžet za 2027. godinu.

Čim dobijemo zeleno svetlo, javićemo Vam se sa novim terminom. Izvinjavamo se zbog kratkog roka.

Srdačan pozdrav,
Marija Nikolić"""
    m1 = outlook_invite("c17", date=d1, org=marija, attendees=[ME, dusan], subject=subject, start=s, end=e,
                        when_label=when, where="Microsoft Teams sastanak", body=b1, sr=True)
    m2 = outlook_invite("c17", date=d2, org=marija, attendees=[ME, dusan], subject=subject, start=s, end=e,
                        when_label=when, where="Microsoft Teams sastanak", body=b2, sr=True, seq=1, cancel=True)
    return [("01-teams-poziv-razgovor.eml", m1), ("02-otkazano-razgovor.eml", m2)], lab(
        [iv("Panonija Pay", "Backend .NET developer", s, e, "cancelled", [dusan[1]], [dusan[1]], "technical")],
        "medium", "positive/cancellation",
        "Serbian-locale Outlook/Teams invite (Central Europe Standard Time, '(UTC+01:00) Beograd...'), then "
        "METHOD:CANCEL 'Otkazano:' with 'nažalost, otkazujemo'. Cancelled at 3 Nov 13:00 +01:00.")


@case("avala-banka-onsite-tri-pozivnice")
def c18():
    snezana = ("Снежана Илић", "snezana.ilic@avalabanka.example")
    sn_lat = ("Snežana Ilić", "snezana.ilic@avalabanka.example")
    vlada = ("Vladimir Đorđević", "vladimir.djordjevic@avalabanka.example")
    ana = ("Ana Savić", "ana.savic@avalabanka.example")
    bojan = ("Bojan Lukić", "bojan.lukic@avalabanka.example")
    d0 = at("2026-11-03 14:10:00", BG, "Tue", "+01:00")
    slots = [("09:30", "10:30", "Tehnički intervju – Java/Spring (Jelena Petrović)", vlada,
              "Tehnički deo: Java 21, Spring Boot, JPA i jedan zadatak na tabli. Vodi Vladimir Đorđević, vođa tima za platne servise."),
             ("10:45", "11:45", "Sistemski dizajn (Jelena Petrović)", ana,
              "Razgovor o dizajnu sistema: dizajniraćemo servis za instant plaćanja. Vodi Ana Savić, softverski arhitekta."),
             ("12:30", "13:15", "Razgovor sa direktorom IT sektora (Jelena Petrović)", bojan,
              "Završni razgovor sa Bojanom Lukićem, direktorom IT sektora.")]
    text = """Поштована госпођо Петровић,

у име Банке Авала захваљујемо се на досадашњем учешћу у процесу селекције за позицију
Senior Java Developer. Позивамо Вас на интервју са тимом у уторак, 10. новембра, у просторијама
Банке (Булевар Михајла Пупина 165в, Нови Београд, 4. спрат).

Распоред:
  09:30–10:30  технички интервју (Владимир Ђорђевић)
  10:45–11:45  системски дизајн (Ана Савић)
  11:45–12:30  пауза за ручак
  12:30–13:15  разговор са директором ИТ сектора (Бојан Лукић)

Позивнице за сваки разговор стижу посебно из Outlook-а. Молимо Вас да понесете личну карту
ради пријаве на рецепцији.

Срдачан поздрав,
Снежана Илић
Сектор људских ресурса | Banka Avala a.d. Beograd
"""
    items = [("01-avala-poziv-intervju-sa-timom.eml",
              plain_mail("c18", text, "b64", html=True, henc="qp", style="outlook", date=d0, frm=snezana, to=[ME],
                         subject="Позив на интервју са тимом – уторак, 10. новембар",
                         msgid=outlook_mid("c18cover"), host="EUR03-AM7-obe.outbound.protection.outlook.com",
                         ipprefix="40.107.21"))]
    starts, ends = [], []
    for i, (a, b, subject, who, body) in enumerate(slots):
        s = at(f"2026-11-10 {a}", BG, "Tue", "+01:00")
        e = at(f"2026-11-10 {b}", BG, "Tue", "+01:00")
        starts.append(s)
        ends.append(e)
        di = at(f"2026-11-03 14:{15 + i:02d}:0{i}", BG, "Tue", "+01:00")
        when = f"Tuesday, November 10, 2026 {s.strftime('%I:%M %p').lstrip('0')}-{e.strftime('%I:%M %p').lstrip('0')} (UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague."
        m = outlook_invite(f"c18-{i}", date=di, org=sn_lat, attendees=[ME, who], subject=subject, start=s, end=e,
                           when_label=when, where="Banka Avala, Bulevar Mihajla Pupina 165v, Novi Beograd - sala Kosmaj",
                           body=body + "\n\nSnežana Ilić\nHR, Banka Avala", teams=False)
        items.append((f"0{i + 2}-outlook-{['tehnicki', 'sistemski-dizajn', 'direktor-it'][i]}.eml", m))
    return items, lab(
        [iv("Banka Avala", "Senior Java Developer", starts[0], ends[-1], "scheduled",
            [vlada[1], ana[1], bojan[1]], [vlada[1], ana[1], bojan[1]], "onsite")],
        "hard", "positive/onsite-loop",
        "Cyrillic cover mail + three Outlook invites (no Teams, office location) on Tue 10 Nov 09:30-13:15 CET with a "
        "lunch break -> one onsite interview with three interviewers; HR coordinator is not an interviewer.")


@case("kreuzberg-availability-request")
def c19():
    jonas = ("Jonas Weber", "jonas.weber@kreuzberg-mobility.example")
    d = at("2026-11-04 16:33:12", "Europe/Berlin", "Wed", "+01:00")
    text = """Hallo Jelena,

I'm a recruiter at Kreuzberg Mobility in Berlin - we build routing and billing backends for
e-scooter and car-sharing fleets. Your Kotlin and Kafka experience caught my eye, and I think
you'd be a strong fit for our Backend Engineer (Kotlin) role (remote from Serbia is possible).

Would you be open to a 30-minute intro call? For context, our process is:
  1. intro call with me (30 min)
  2. technical interview (90 min)
  3. team interview, on site in Berlin or remote

If you're interested, just grab any slot that works for you next week:
https://calendly.com/jonas-weber-km/30min
or reply with two or three times and I'll send an invite. Thursday and Friday afternoons
usually work best on my end.

Viele Grüße,
Jonas Weber
Talent Acquisition | Kreuzberg Mobility GmbH | Skalitzer Str. 85, 10997 Berlin
"""
    m = plain_mail("c19", text, "qp", html=True, henc="qp", style="google", date=d, frm=jonas, to=[ME],
                   subject="Backend Engineer (Kotlin) @ Kreuzberg Mobility - intro call?", msgid=gmail_mid("c19"),
                   host="mail-lf1-f48.google.com", ipprefix="209.85.167")
    return [("01-kreuzberg-intro-call.eml", m)], lab([], "medium", "negative/availability-request",
                                                    "Recruiter outreach with an unbooked Calendly link and a process description; nothing scheduled.")


@case("backasoft-infostud-cirilica-latinica")
def c20():
    goran = ("Goran Janković", "goran.jankovic@backasoft.example")
    d1 = at("2026-11-06 11:30:02", BG, "Fri", "+01:00")
    d2 = at("2026-11-09 08:12:55", BG, "Mon", "+01:00")
    s = at("2026-11-12 10:00", BG, "Thu", "+01:00")
    role = "Backend developer (Node.js/TypeScript)"
    text = f"""Poštovana Jelena Petrović,

imate novu poruku od poslodavca Bačka Soft d.o.o. u vezi sa oglasom „{role}“.

======================================================================
Поштована Јелена,

хвала на пријави на наш оглас. Након прегледа Вашег CV-ја, позивамо Вас на разговор за посао
у четвртак, 12. новембра у 10ч, у нашој канцеларији на адреси Булевар ослобођења 30, Нови Сад
(2. спрат). Разговор води Горан Јанковић, руководилац развоја.

Молимо Вас да долазак потврдите на goran.jankovic@backasoft.example.

Поздрав,
Горан Јанковић
Bačka Soft d.o.o.
======================================================================

Poruku možete pogledati i na svom nalogu: https://poslovi.infostud.com/moj-nalog/poruke
Ovo je automatski generisana poruka. Molimo Vas da ne odgovarate na ovaj e-mail.

Infostud · Poslovi.infostud.com · Najveći sajt za zapošljavanje u Srbiji
"""
    m1 = plain_mail("c20a", text, "qp", html=True, henc="qp", style="java", date=d1, frm=INFOSTUD, to=[ME],
                    subject="Poslodavac Bačka Soft d.o.o. Vam je poslao poruku", msgid=mid("c20a", "poslovi.infostud.com"),
                    host="mailer.infostud.com", ipprefix="185.94")
    t2 = """Poštovani Gorane,

hvala na pozivu koji sam dobila preko Infostuda. Potvrđujem dolazak na razgovor u četvrtak,
12. novembra u 10h, Bulevar oslobođenja 30.

Srdačan pozdrav,
Jelena Petrović
+381 64 2xx xx 17
"""
    m2 = plain_mail("c20b", t2, "qp", date=d2, frm=ME, to=[goran], subject="Potvrda dolaska na razgovor – " + role,
                    msgid=mid("c20b", "example.com"), host="smtp.example.com", ipprefix="192.0")
    return [("01-infostud-poruka-poslodavca.eml", m1), ("02-potvrda-dolaska.eml", m2)], lab(
        [iv("Bačka Soft", role, s, None, "scheduled", [goran[1]], [goran[1]], "hiring_manager")],
        "medium", "positive/relay-mixed-script",
        "Infostud no-reply relay: Latin template wrapping a Cyrillic employer message ('у четвртак, 12. новембра у 10ч', "
        "CET +01:00, no duration); owner confirms in Latin to the head of development.")


@case("kodnjak-ponuda")
def c21():
    milica = ("Milica Stanković", "milica.stankovic@kodnjak.example")
    d = at("2026-11-05 15:20:31", BG, "Thu", "+01:00")
    day(2027, 1, 4, "Mon"), day(2026, 11, 13, "Fri")
    text = """Draga Jelena,

nakon tehničkog intervjua i razgovora sa timom, sa zadovoljstvom Vam šaljemo ponudu za posao
za poziciju Backend Developer (Go) u Kodnjaku.

  Zarada: 3.400 EUR neto mesečno (isplata u dinarima po srednjem kursu)
  Ugovor: na neodređeno, probni rad 3 meseca
  Početak rada: ponedeljak, 4. januar 2027.
  Rad: hibridno, 2 dana nedeljno iz kancelarije na Bulevaru kralja Aleksandra
  Benefiti: privatno zdravstveno osiguranje, 25 dana godišnjeg odmora, budžet za edukaciju

Nacrt ugovora možete preuzeti ovde: https://kodnjak.example/ponude/JP-2026-11
Molimo Vas da nam odgovor pošaljete do petka, 13. novembra. Ako imate bilo kakvo pitanje
oko uslova, slobodno mi pišite.

Radujemo se saradnji!

Milica Stanković
HR Business Partner, Kodnjak d.o.o.
"""
    m = plain_mail("c21", text, "qp", html=True, henc="b64", style="outlook", date=d, frm=milica, to=[ME],
                   subject="Ponuda za posao – Backend Developer (Go)", msgid=mid("c21", "kodnjak.example"),
                   host="mail.kodnjak.example", ipprefix="109.92")
    return [("01-kodnjak-ponuda.eml", m)], lab([], "easy", "negative/offer",
                                              "Job offer with start date and reply deadline; mentions past interviews only.")


@case("naissus-standalone-ics-cirilica")
def c22():
    milena = ("Милена Живковић", "milena.zivkovic@naissusdata.example")
    aleks = ("Александар Ристић", "aleksandar.ristic@naissusdata.example")
    s = at("2026-11-16 10:00", BG, "Mon", "+01:00")
    e = at("2026-11-16 11:00", BG, "Mon", "+01:00")
    stamp = at("2026-11-10 09:02:00", BG, "Tue", "+01:00")
    desc = ("Поштована Јелена,\n\nпотврђујемо технички разговор за позицију Backend developer (Python/Django). "
            "Разговор води Александар Ристић, тим лидер (Python, Django, PostgreSQL, Celery). Трајање: 60 минута.\n\n"
            "Адреса: Вожда Карађорђа 50, Ниш (3. спрат). Ако долазите из Београда, могуће је и преко Google Meet-а.\n\n"
            "Naissus Data d.o.o., Niš")
    data = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Naissus Data//HR Zakazivanje 2.3//SR", "CALSCALE:GREGORIAN",
                "METHOD:REQUEST"] + VTZ[BG] + ["BEGIN:VEVENT", f"UID:{h('nd', 'c22', n=20)}@naissusdata.example",
                f"DTSTAMP:{zdt(stamp)}", f"DTSTART;TZID={BG}:{ldt(s)}", f"DTEND;TZID={BG}:{ldt(e)}",
                f"SUMMARY:{esc('Разговор за посао – Backend developer (Python/Django)')}",
                f"LOCATION:{esc('Naissus Data, Вожда Карађорђа 50, Ниш / Google Meet')}", f"DESCRIPTION:{esc(desc)}",
                f"ORGANIZER;CN={milena[0]}:mailto:{milena[1]}", attendee(*aleks, "ACCEPTED"), attendee(*ME),
                "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    return [("01-naissus-razgovor-za-posao.ics", data)], lab(
        [iv("Naissus Data", "Backend developer (Python/Django)", s, e, "scheduled", [aleks[1]], [aleks[1]], "technical")],
        "medium", "positive/standalone-ics",
        "Standalone .ics only, Cyrillic SUMMARY/DESCRIPTION, TZID=Europe/Belgrade with VTIMEZONE; Mon 16 Nov 10:00 CET.")


@case("meetup-predavanje-poziv")
def c23():
    nevena = ("Nevena Obradović", "nevena.obradovic@beogradski-backend.example")
    d = at("2026-11-09 20:40:00", BG, "Mon", "+01:00")
    s = at("2026-11-19 18:00", BG, "Thu", "+01:00")
    e = at("2026-11-19 20:30", BG, "Thu", "+01:00")
    desc = ("Ćao Jelena, hvala što si pristala da govoriš na meetup-u!\n\nSatnica:\n18:00 okupljanje i pica\n"
            "18:30 tvoje predavanje „Idempotentni API-ji u praksi“ (30 min + pitanja)\n19:30 networking\n\n"
            "Posle predavanja snimamo kratak intervju (5 min) za naš YouTube kanal, ako ti odgovara.\n"
            "Lokacija: Coworking Dorćol, Cara Dušana 50, Beograd. Projektor ima HDMI i USB-C.\n\nNevena")
    m = google_invite("c23", date=d, org=nevena, guests=[ME], summary="Belgrade Backend Meetup #42 – predavanje: Jelena Petrović",
                      start=s, end=e, desc=desc, meet=False, location="Coworking Dorćol, Cara Dušana 50, Beograd")
    return [("01-invitation-meetup-42.eml", m)], lab([], "medium", "negative/meetup-talk",
                                                    "Google invite for the owner's meetup talk (plus a 5-min YouTube 'intervju'); not a hiring process.")


# ============================================================================= output
def write_all():
    check_dst()
    for old in sorted(OUT.glob("b277-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for i, (slug, fn) in enumerate(CASES, 1):
        cid = f"b277-{i:02d}-{slug}"
        folder = OUT / cid
        folder.mkdir()
        items, label = fn()
        for name, data in items:
            assert name.split("-", 1)[0].isdigit() and len(name.split("-", 1)[0]) == 2, name
            (folder / name).write_bytes(data)
        labels[cid] = label
    head = "# Labels for blind277 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    (OUT / "README.md").write_text(readme(labels), encoding="utf-8")
    return labels


def readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [x for v in labels.values() for x in v["interviews"]]
    by_status, by_kind = {}, {}
    for x in ivs:
        by_status[x["status"]] = by_status.get(x["status"], 0) + 1
        by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind277: Belgrade, Serbia – Serbian (Latin + Cyrillic) and English hiring mail (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, backend developer in Belgrade (Europe/Belgrade; CEST +02:00 "
        "until 25 Oct 2026, CET +01:00 after).",
        "",
        "This set was written blind: only the eval README and three dev items were read for format; no tool code, "
        "tests or other sets. Generated by `make_cases.py` (deterministic; re-run to rebuild).",
        "",
        "## What it stresses",
        "- Serbian dates in both scripts ('u utorak, 15. septembra u 11 časova', 'уторак, 20. октобар у 11ч', "
        "'у четвртак, 12. новембра у 10ч'), relative dates ('sutra u 14h', 'prekosutra u 15h', 'u isto vreme').",
        "- No-reply relays (HelloWorld.rs, Infostud) where the human address is only in the body; ATS senders "
        "(Teamtailor, Workable, Greenhouse) with Reply-To.",
        "- Reschedules (by mail without a new invite; by Google invite SEQUENCE across the EU DST switch), an Outlook "
        "METHOD:CANCEL with 'nažalost, otkazujemo', a two-round case, an onsite loop sent as three Outlook invites.",
        "- Hard negatives: TV interview with a calendar invite, embassy visa interview with .ics, meetup talk invite, "
        "offer, rejection ('Nažalost'), job alert, Cyrillic take-home with deadline, Telegram scam, unbooked Calendly "
        "outreach, the owner interviewing a candidate (Teams invite).",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
        f"- Labelled interviews: {len(ivs)} — by status: {fmt(by_status)}; by kind: {fmt(by_kind)}",
        "",
        "## Formats used",
        "- Plain/HTML e-mails (quoted-printable and base64, Latin and Cyrillic), threads with In-Reply-To/References",
        "- Google Calendar invitations (multipart/mixed, text/calendar;method=REQUEST + invite.ics), incl. an updated "
        "invitation with SEQUENCE 1",
        "- Outlook/Teams invites (Central Europe Standard Time, X-MICROSOFT-CDO-*, English and Serbian labels), incl. CANCEL",
        "- ATS mails with .ics attachments (Teamtailor, Workable, Greenhouse with TZID=Europe/London), visa .ics (PUBLISH)",
        "- Standalone .ics (case 22), Calendar API `.gcal.json` event (case 16)",
        "",
        "## Time-zone / DST points",
        "- 01, 03, 04, 06, 07, 13: CEST +02:00 (Sep–Oct before 25 Oct); 03 'sutra' vs Date Thu 24 Sep; 06 'prekosutra' vs Mon 5 Oct.",
        "- 05: London employer – 29 Sep 10:00 BST (+01:00) and 2 Nov 14:00 GMT (+00:00); Belgrade is one hour ahead both times.",
        "- 13: Tue 20 Oct 11:00 CEST (+02:00), five days before the EU switch.",
        "- 14: Berlin Google invite moved from Thu 22 Oct 16:00 CEST (+02:00) to Tue 27 Oct 16:00 CET (+01:00).",
        "- 16: New York 10:00 EDT (-04:00) on Wed 28 Oct = 15:00 CET in Belgrade (EU switched 25 Oct, US only 1 Nov); "
        "API event dateTime given as +01:00 with timeZone America/New_York.",
        "- 17, 18, 20, 22: CET +01:00 in November (Windows 'Central Europe Standard Time' in 17/18; TZID=Europe/Belgrade in 22).",
        "- 08 (scam): sender Date in +03:00.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    labs = write_all()
    n_iv = sum(len(v["interviews"]) for v in labs.values())
    print(f"wrote {len(labs)} cases, {sum(v['interview'] for v in labs.values())} positive, {n_iv} interviews")
