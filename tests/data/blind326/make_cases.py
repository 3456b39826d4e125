#!/usr/bin/env python3
"""Generate the blind326 evaluation set: a Kano job seeker's mailbox in Hausa and Nigerian English.

Deterministic: every date is fixed and every Message-ID, UID and MIME boundary is derived from a
SHA-256 of SEED, so re-running produces byte-identical output. Each run deletes and rewrites every
b326-* case folder, labels.yaml and README.md in the folder holding this script.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind326/kano-abuja/2026"
OWNER = "aisha.bello@example.com"
OWNER_NAME = "Aisha Bello"
ME = (OWNER_NAME, OWNER)
UTC = timezone.utc
LAGOS = ZoneInfo("Africa/Lagos")

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_HA = ["Litinin", "Talata", "Laraba", "Alhamis", "Juma'a", "Asabar", "Lahadi"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON_HA = ["Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba",
          "Oktoba", "Nuwamba", "Disamba"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]

ALL_TEXT = []      # every human-readable text, audited for weekday/date consistency at the end
OFFSET_CHECKS = []  # (tz, iso) of every asserted datetime


# ----------------------------------------------------------------------------------------------
# determinism + time helpers
# ----------------------------------------------------------------------------------------------
def hx(*parts, n=32):
    s = "|".join((SEED,) + tuple(str(p) for p in parts))
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def T(y, mo, d, hh, mi, tz, wd, off, ss=0):
    """Aware datetime in IANA zone tz; asserts weekday (Mon..Sun) and UTC offset (+HH:MM)."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=ZoneInfo(tz))
    assert dt.strftime("%a") == wd, (dt, wd)
    assert dt.isoformat()[-6:] == off, (dt, off)
    OFFSET_CHECKS.append((tz, dt.isoformat()))
    return dt


def wat(dt):
    return dt.astimezone(LAGOS)


def assert_dst_facts():
    """2026 facts the set relies on (or deliberately does not depend on)."""
    lon, ber, ny = ZoneInfo("Europe/London"), ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
    # EU/UK: last Sunday of March (29th) and of October (25th)
    assert datetime(2026, 3, 29).weekday() == 6 and datetime(2026, 10, 25).weekday() == 6
    assert datetime(2026, 3, 28, 12, tzinfo=lon).utcoffset() == timedelta(0)
    assert datetime(2026, 3, 30, 12, tzinfo=lon).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 10, 24, 12, tzinfo=lon).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 10, 26, 12, tzinfo=lon).utcoffset() == timedelta(0)
    assert datetime(2026, 10, 24, 12, tzinfo=ber).utcoffset() == timedelta(hours=2)
    assert datetime(2026, 10, 26, 12, tzinfo=ber).utcoffset() == timedelta(hours=1)
    # US: Mar 8 / Nov 1
    assert datetime(2026, 3, 8).weekday() == 6 and datetime(2026, 11, 1).weekday() == 6
    assert datetime(2026, 10, 31, 12, tzinfo=ny).utcoffset() == timedelta(hours=-4)
    assert datetime(2026, 11, 2, 12, tzinfo=ny).utcoffset() == timedelta(hours=-5)
    # No DST: Lagos/Kano/Abuja, Niamey (+01:00), Dubai (+04:00)
    for m in (1, 3, 4, 7, 10, 11, 12):
        for tz, off in (("Africa/Lagos", 1), ("Africa/Niamey", 1), ("Asia/Dubai", 4)):
            assert datetime(2026, m, 15, 12, tzinfo=ZoneInfo(tz)).utcoffset() == timedelta(hours=off)
    # London after the change: WAT is one hour ahead of London, Dubai four hours ahead
    x = datetime(2026, 11, 3, 11, 0, tzinfo=lon)
    assert x.astimezone(LAGOS).hour == 12 and x.astimezone(ZoneInfo("Asia/Dubai")).hour == 15


# ----------------------------------------------------------------------------------------------
# MIME helpers
# ----------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(data):
    s = quopri.encodestring(data).decode("ascii")
    return s if s.endswith("\n") else s + "\n"


def leaf(ctype, text=None, cte="quoted-printable", disposition=None, raw=None, audit=True, extra=()):
    data = raw if raw is not None else text.encode("utf-8")
    if text is not None and audit:
        ALL_TEXT.append(text)
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data.decode("utf-8")
        if cte == "7bit":
            body.encode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    hs = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        hs.append(f"Content-Disposition: {disposition}")
    return Part(hs, body)


def plain(text, cte="quoted-printable", flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ("; format=flowed; delsp=yes" if flowed else "")
    return leaf(ct, text, cte)


def htmlpart(markup, cte="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', markup, cte, audit=False)


def to_html(text, font="Calibri,Arial,sans-serif"):
    paras = []
    for p in text.split("\n\n"):
        lines = [htmlmod.escape(l, quote=False) for l in p.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(paras)
            + "\n</div></body></html>\n")


def boundary(key, style):
    x = hx("boundary", key)
    if style == "google":
        return "000000000000" + x[:12]
    if style == "outlook":
        return "_000_" + x[:28].upper() + "_"
    if style == "ats":
        return f"----=_Part_{int(x[:6], 16) % 90000 + 10000}_{int(x[6:14], 16)}.{int(x[14:24], 16) % 10**13}"
    return "=_" + x[:30]


def multi(sub, parts, key, style="generic"):
    b = boundary(f"{key}/{sub}", style)
    chunks = [f"--{b}\n" + "\n".join(p.headers) + "\n\n" + p.body + "\n" for p in parts]
    return Part([f'Content-Type: multipart/{sub}; boundary="{b}"'], "".join(chunks) + f"--{b}--\n")


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def subj(s):
    ALL_TEXT.append(s)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def make_mid(key, domain, style="generic"):
    x = hx("mid", key, n=48)
    if style == "outlook":
        return f"<{x[:4].upper()}PR0{int(x[4], 16) % 8 + 1}MB{int(x[5:9], 16) % 9000 + 1000}{x[9:21].upper()}@{domain}>"
    if style == "webmail":
        tok = base64.b64encode(bytes.fromhex(x[:36])).decode().replace("/", "_").replace("=", "")
        return f"<CA+{tok}@mail.{domain}>"
    if style == "google":
        return f"<calendar-{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@google.com>"
    return f"<{x[:20]}.{int(x[20:30], 16)}@{domain}>"


def received(key, host, date):
    x = hx("rcv", key, n=16)
    ip = f"{41 + int(x[0:2], 16) % 150}.{int(x[2:4], 16)}.{int(x[4:6], 16)}.{int(x[6:8], 16) % 250 + 2}"
    when = format_datetime((date + timedelta(seconds=2 + int(x[8:10], 16) % 40)).astimezone(UTC))
    return (f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id {x[10:16]}{x[:6]}\n"
            f"        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n        {when}")


def message(headers, part):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    lines += part.headers
    return "\n".join(lines) + "\n\n" + part.body


def email_msg(key, *, frm, to, date, subject, text, html_text=None, cc=(), reply_to=None, irt=None,
              refs=(), text_cte="quoted-printable", html_cte="quoted-printable", attachments=(),
              mid_style="generic", mid_domain=None, host=None, extra=(), return_path=None,
              sender=None, flowed=False, outbound=False):
    """A human or system e-mail. Returns (text, message_id)."""
    domain = mid_domain or frm[1].split("@")[1]
    msgid = make_mid(key, domain, mid_style)
    body = plain(text, text_cte, flowed)
    if html_text is not None:
        body = multi("alternative", [body, htmlpart(html_text, html_cte)], key,
                     "outlook" if mid_style == "outlook" else "generic")
    if attachments:
        body = multi("mixed", [body] + list(attachments), key,
                     "outlook" if mid_style == "outlook" else "ats")
    hs = [("Delivered-To", OWNER)]
    if not outbound:
        hs.append(("Received", received(key, host or f"mail.{domain}", date)))
        hs.append(("Return-Path", f"<{return_path or frm[1]}>"))
    hs += [("From", addr(*frm)), ("Sender", sender), ("To", addrs(to)),
           ("Cc", addrs(cc) if cc else None), ("Reply-To", addr(*reply_to) if reply_to else None),
           ("Subject", subj(subject)), ("Date", format_datetime(date)), ("Message-ID", msgid),
           ("In-Reply-To", irt), ("References", " ".join(refs) if refs else None)]
    hs += list(extra)
    return message(hs, body), msgid


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b, first = b[cut:], False
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "Africa/Lagos": ["BEGIN:VTIMEZONE", "TZID:Africa/Lagos", "X-LIC-LOCATION:Africa/Lagos", "BEGIN:STANDARD",
                     "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "TZNAME:WAT", "DTSTART:19700101T000000",
                     "END:STANDARD", "END:VTIMEZONE"],
    "W. Central Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Central Africa Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Arabian Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Arabian Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}
WIN_IANA = {"W. Central Africa Standard Time": "Africa/Lagos", "Arabian Standard Time": "Asia/Dubai",
            "GMT Standard Time": "Europe/London", "Africa/Lagos": "Africa/Lagos"}
WIN_LABEL = {"W. Central Africa Standard Time": "(UTC+01:00) West Central Africa",
             "Arabian Standard Time": "(UTC+04:00) Abu Dhabi, Muscat",
             "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"}
WIN_LABEL_FR = {"W. Central Africa Standard Time": "(UTC+01:00) Afrique centrale - Ouest"}


def loc(dt, tzid):
    return dt.astimezone(ZoneInfo(WIN_IANA[tzid])).strftime("%Y%m%dT%H%M%S")


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def vcal(*, prodid, method, uid, seq, start, end, summary, description, location, organizer, attendees,
         dtstamp, tzid=None, status="CONFIRMED", style="generic", lang=None, extra=(), alarm=False):
    """attendees: list of (name, email, partstat, role)."""
    ALL_TEXT.append(description)
    ALL_TEXT.append(summary)
    L = ["BEGIN:VCALENDAR"]
    if style == "outlook":
        L += [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    else:
        L += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"] + ([f"METHOD:{method}"] if method else [])
    if tzid:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    if tzid:
        ds, de = f"DTSTART;TZID={tzid}:{loc(start, tzid)}", f"DTEND;TZID={tzid}:{loc(end, tzid)}"
    else:
        ds, de = f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"
    lg = f";LANGUAGE={lang}" if lang else ""
    att_lines = []
    for name, email, ps, role in attendees:
        if style == "google":
            att_lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name or email)};"
                             f"X-NUM-GUESTS=0:mailto:{email}")
        else:
            att_lines.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name or email)}:mailto:{email}")
    org = f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"
    if style == "outlook":
        L += [org] + att_lines + [f"DESCRIPTION{lg}:{ics_esc(description)}", f"UID:{uid}",
                                  f"SUMMARY{lg}:{ics_esc(summary)}", ds, de, "CLASS:PUBLIC",
                                  "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
                                  f"DTSTAMP:{zstamp(dtstamp)}", "TRANSP:OPAQUE", f"STATUS:{status}",
                                  f"SEQUENCE:{seq}", f"LOCATION{lg}:{ics_esc(location)}"]
    else:
        L += [ds, de, f"DTSTAMP:{zstamp(dtstamp)}", org, f"UID:{uid}"] + att_lines + [
            f"CREATED:{zstamp(dtstamp)}", f"DESCRIPTION:{ics_esc(description)}",
            f"LAST-MODIFIED:{zstamp(dtstamp)}", f"LOCATION:{ics_esc(location)}", f"SEQUENCE:{seq}",
            f"STATUS:{status}", f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    if alarm:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def ms_props(key, seq, busy="TENTATIVE"):
    return [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('own', key, n=7), 16) * -1}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


def ms_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + hx("msuid", key, n=72).upper()


def cal_attachment(cal, filename="invite.ics", method="REQUEST"):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{filename}"', raw=cal.encode("utf-8"),
                cte="base64", disposition=f'attachment; filename="{filename}"', audit=False)


# ----------------------------------------------------------------------------------------------
# Google Calendar invitation e-mail
# ----------------------------------------------------------------------------------------------
def gtime(dt):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return f"{h}{suf}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{suf}"


def google_invite(key, *, organizer, guests, title, start, end, description, location, sent,
                  tzlabel="West Africa Standard Time - Lagos", tzabbr="WAT", seq=0, meet=True):
    """guests: [(name, email)] other than organizer and owner. start/end: aware in the event zone."""
    uid = hx("guid", key, n=26) + "@google.com"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    code = hx("meet", key, n=10)
    code = "".join(c if c.isalpha() else "abcdefghij"[int(c)] for c in code)
    code = f"{code[:3]}-{code[3:7]}-{code[7:10]}"
    when_s = f"{start:%a %b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({tzabbr})"
    subject = f"Invitation: {title} @ {when_s} ({OWNER})"
    when_l = f"{start:%A %b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    lines = [title, when_l, tzlabel, ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests", f"{organizer[0]} - organizer", organizer[1]]
    for n, e in guests:
        lines += [n, e]
    lines += [OWNER, f"View all guest info {view}", "", description, "",
              f"Reply for {OWNER} and view more details {view}", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be "
              "added to the guest list, invite others regardless of their own invitation status, or modify "
              "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines)
    atts = [(organizer[0], organizer[1], "ACCEPTED", "REQ-PARTICIPANT")]
    atts += [(n, e, "NEEDS-ACTION", "REQ-PARTICIPANT") for n, e in guests]
    atts += [(OWNER, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]
    desc = description + ("\n\n-::~:~::~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/"
                          + code + "\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~::~:~::-" if meet else "")
    extra = [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"] if meet else []
    cal = vcal(prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST", uid=uid, seq=seq,
               start=start, end=end, summary=title, description=desc, location=location or "",
               organizer=organizer, attendees=atts, dtstamp=sent, style="google", extra=extra)
    alt = multi("alternative", [plain(text, "base64", flowed=True), htmlpart(to_html(text, "Roboto,Helvetica,Arial,sans-serif")),
                                leaf('text/calendar; charset="UTF-8"; method=REQUEST', raw=cal.encode(), cte="base64",
                                     audit=False)], key, "google")
    top = multi("mixed", [alt, leaf('application/ics; name="invite.ics"', raw=cal.encode(), cte="base64",
                                    disposition='attachment; filename="invite.ics"', audit=False)], key, "google")
    hs = [("Delivered-To", OWNER),
          ("Received", received(key, "mail-sor-f41.google.com", sent)),
          ("Return-Path", f"<{hx('bounce', key, n=20)}@calendar-server.bounces.google.com>"),
          ("Reply-To", addr(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", make_mid(key, "google.com", "google")), ("Date", format_datetime(sent.astimezone(UTC))),
          ("Subject", subj(subject)), ("From", addr(*organizer)), ("To", OWNER)]
    return message(hs, top), uid


# ----------------------------------------------------------------------------------------------
# Exchange / Teams meeting request e-mail
# ----------------------------------------------------------------------------------------------
def t12(dt):
    return dt.strftime("%I:%M %p").lstrip("0")


def outlook_invite(key, *, sender, to, cc=(), subject, start, end, tzid, body, location, sent, attendees,
                   uid, method="REQUEST", seq=0, lang="en-US", mid_host="prod.outlook.com"):
    """attendees: [(name, email)] required participants (owner included). body: user text."""
    ls = start.astimezone(ZoneInfo(WIN_IANA[tzid]))
    le = end.astimezone(ZoneInfo(WIN_IANA[tzid]))
    if lang.startswith("fr"):
        when = (f"Quand : {WD_FR[ls.weekday()]} {ls.day} {MON_FR[ls.month - 1]} {ls.year} "
                f"{ls:%H:%M}-{le:%H:%M} {WIN_LABEL_FR[tzid]}.\nOù : {location}")
    else:
        when = (f"When: {ls:%A}, {ls:%B} {ls.day}, {ls.year} {t12(ls)}-{t12(le)} {WIN_LABEL[tzid]}.\n"
                f"Where: {location}")
    teams = ("\n\n________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('tm', key, n=32)}%40thread.v2/0>\n"
             f"Meeting ID: {int(hx('mid#', uid, n=10), 16) % 10**12:012d}\nPasscode: {hx('pc', uid, n=6)}\n"
             "________________________________________________________________________________")
    text = when + "\n\n" + body + (teams if method == "REQUEST" else "")
    busy = "TENTATIVE" if method == "REQUEST" else "FREE"
    cal = vcal(prodid="Microsoft Exchange Server 2010", method=method, uid=uid, seq=seq, start=start, end=end,
               summary=subject.split(": ", 1)[1] if method == "CANCEL" else subject, description=text,
               location=location, organizer=sender,
               attendees=[(n, e, "NEEDS-ACTION", "REQ-PARTICIPANT") for n, e in attendees],
               dtstamp=sent, tzid=tzid, status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
               style="outlook", lang=lang, extra=ms_props(uid, seq, busy), alarm=(method == "REQUEST"))
    alt = multi("alternative", [plain(text), htmlpart(to_html(text)),
                                leaf(f'text/calendar; charset="utf-8"; method={method}', raw=cal.encode(),
                                     cte="base64", audit=False)], key, "outlook")
    topic = subject.split(": ", 1)[1] if method == "CANCEL" else subject
    tix = base64.b64encode(bytes.fromhex(hx("tix", uid, n=44))).decode()
    hs = [("Delivered-To", OWNER), ("Received", received(key, "mail-eopbgr80120.outbound.protection.outlook.com", sent)),
          ("Return-Path", f"<{sender[1]}>"), ("From", addr(*sender)), ("To", addrs(to)),
          ("Cc", addrs(cc) if cc else None), ("Subject", subj(subject)), ("Thread-Topic", subj(topic)),
          ("Thread-Index", tix), ("Date", format_datetime(sent)),
          ("Message-ID", make_mid(key, mid_host, "outlook")), ("Accept-Language", lang if lang == "en-GB" else f"{lang}, en-GB"),
          ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return message(hs, alt)


# ----------------------------------------------------------------------------------------------
# Google Calendar API v3 event
# ----------------------------------------------------------------------------------------------
def gcal_event(key, *, summary, description, organizer, others, start, end, tz, created, updated,
               location=None, meet=True):
    ALL_TEXT.append(description)
    eid = hx("gcalid", key, n=26)
    code = "".join(c if c.isalpha() else "klmnopqrst"[int(c)] for c in hx("gmeet", key, n=10))
    code = f"{code[:3]}-{code[3:7]}-{code[7:10]}"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('etag', key, n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx('ms', key, n=3), 16) % 1000:03d}Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev.update({
        "creator": {"email": organizer[1], "displayName": organizer[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": tz},
        "end": {"dateTime": end.isoformat(), "timeZone": tz},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [{"email": organizer[1], "displayName": organizer[0], "organizer": True,
                       "responseStatus": "accepted"}]
                     + [{"email": e, "displayName": n, "responseStatus": "accepted"} for n, e in others]
                     + [{"email": OWNER, "self": True, "responseStatus": "accepted"}],
    })
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------
def IV(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": wat(start).isoformat(),
            "end": wat(end).isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def LBL(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# people (all invented; .example domains except vendor system senders)
# ----------------------------------------------------------------------------------------------
HAUWA = ("Hauwa Sani Dambatta", "hauwa.dambatta@sharadapack.example")
SPI_REC = ("Sharada Packaging Recruitment", "recruitment@sharadapack.example")
IBRAHIM = ("Ibrahim Musa Gwarzo", "ibrahim.gwarzo@sharadapack.example")
NASIRU = ("Engr. Nasiru Dankano", "nasiru.dankano@sharadapack.example")
NGOZI = ("Ngozi Umeh", "ngozi.umeh@sharadapack.example")
KABIRU = ("Kabiru Rano", "kabiru.rano@sharadapack.example")
SADIYA = ("Sadiya Yusuf", "sadiya.yusuf@sharadapack.example")
MDIR = ("Alhaji Umar Faruk Madobi", "umar.madobi@sharadapack.example")
NAPSS_REC = ("NAPSS Recruitment", "recruitment@napss.gov.example")
ZAINAB = ("Hajiya Zainab Abdullahi Garba", "zainab.garba@napss.gov.example")
TOLU = ("Tolulope Adeyemi", "tolulope.adeyemi@lagoontel.example")
WD_LAGOON = ("Lagoon Telecoms", "lagoontel@myworkday.com")
EMEKA = ("Emeka Nwosu", "emeka.nwosu@lagoontel.example")
FUNMI = ("Funmilayo Bakare", "funmilayo.bakare@lagoontel.example")
MARIAMA = ("Mariama Issoufou Hama", "m.issoufou@somilip.example")
SOULEY = ("Abdoulaye Souley Garba", "a.souley@somilip.example")
AICHATOU = ("Aïchatou Mahamadou", "a.mahamadou@somilip.example")
MAIGA = ("Hamidou Boubacar Maïga", "h.maiga@somilip.example")
YAGANA = ("Yagana Modu Kachalla", "yagana.kachalla@sahelrelief.example")
BABAGANA = ("Dr. Babagana Zanna", "babagana.zanna@sahelrelief.example")
FALMATA = ("Falmata Goni", "falmata.goni@sahelrelief.example")
RHEA = ("Rhea D'Souza", "rhea.dsouza@jebelcrescent.example")
GRAHAM = ("Graham Whitfield", "graham.whitfield@jebelcrescent.example")
KHALID = ("Khalid Al Suwaidi", "khalid.alsuwaidi@jebelcrescent.example")

SPI = "Sharada Packaging Industries Ltd"
NAPSS = "National Agency for Public Supplies Standards (NAPSS)"
LAGOON = "Lagoon Telecoms Plc"
SOMILIP = "Société des Mines du Liptako (SOMILIP)"
SRI = "Sahel Relief Initiative"
JCL = "Jebel Crescent Logistics"


def quote(text, when, who):
    return f"\n\nOn {when}, {who[0]} <{who[1]}> wrote:\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def em(e):
    return e[1]


# ----------------------------------------------------------------------------------------------
# cases 01-11
# ----------------------------------------------------------------------------------------------
@case("b326-01-sharada-phone-screen-gobe")
def c01():
    d1 = T(2026, 10, 5, 16, 42, "Africa/Lagos", "Mon", "+01:00", 10)
    t1 = ("Assalamu alaikum Malama Aisha,\n\n"
          "Ina fatan kina lafiya. Sunana Hauwa Sani Dambatta, daga sashen kula da ma'aikata (HR) na "
          "Sharada Packaging Industries Ltd, Kano.\n\n"
          "Mun sami takardar neman aikin ki na matsayin Procurement Officer, kuma muna son mu yi miki "
          "gajeriyar hira ta waya gobe da karfe 2 na rana. Hirar ba za ta wuce minti 30 ba. Ni da kaina "
          "zan kira ki a lambar da ke jikin CV dinki (0803 612 4471).\n\n"
          "For clarity: this is a 30-minute telephone screening, tomorrow at 2:00pm WAT, and I will be the "
          "one calling you. Kindly have your CV and a short summary of the items you currently buy handy.\n\n"
          "Idan lokacin bai yi miki ba, ki sanar da ni kafin karfe 10 na safe gobe.\n\n"
          "Na gode,\nHauwa Sani Dambatta\nHR Officer, Sharada Packaging Industries Ltd\n"
          "Plot 14, Sharada Phase II Industrial Estate, Kano\n0806 233 9174")
    m1, id1 = email_msg("c01/1", frm=HAUWA, to=[ME], date=d1,
                        subject="Procurement Officer: gajeriyar hira ta waya (phone screening)", text=t1)
    d2 = T(2026, 10, 5, 17, 8, "Africa/Lagos", "Mon", "+01:00", 44)
    t2 = ("Wa alaikumus salam Hauwa,\n\nNa gode sosai. Karfe 2 na rana gobe ya yi min daidai, zan kasance "
          "a shirye kuma wayata za ta kasance a kunne.\n\nAllah ya saka da alheri,\nAisha Bello"
          + quote(t1[:260], "Mon, 5 Oct 2026 at 16:42", HAUWA))
    m2, _ = email_msg("c01/2", frm=ME, to=[HAUWA], date=d2, subject="Re: Procurement Officer: gajeriyar hira ta "
                      "waya (phone screening)", text=t2, irt=id1, refs=[id1], outbound=True,
                      mid_style="webmail", mid_domain="example.com")
    s = T(2026, 10, 6, 14, 0, "Africa/Lagos", "Tue", "+01:00")
    lab = LBL([IV(SPI, "Procurement Officer", s, s + timedelta(minutes=30), "scheduled", [em(HAUWA)], [em(HAUWA)],
                  "phone_screen")], "medium", "positive/email-body-only-relative-date",
              "Hausa/English mail: 'gobe da karfe 2 na rana' / 'tomorrow at 2:00pm WAT', resolved against Date "
              "Mon 5 Oct 2026 -> Tue 6 Oct 14:00 WAT, 30 min; HR officer makes the call herself.")
    return [("01-hauwa-phone-screen-gobe.eml", m1), ("02-re-aisha-confirms.eml", m2)], lab


@case("b326-02-sharada-aptitude-test-cbt")
def c02():
    d = T(2026, 10, 7, 11, 5, "Africa/Lagos", "Wed", "+01:00", 37)
    s = T(2026, 10, 12, 9, 0, "Africa/Lagos", "Mon", "+01:00")
    t = ("Dear Madam,\n\nINVITATION TO APTITUDE TEST - PROCUREMENT OFFICER (Ref: SPI/REC/PO/026)\n\n"
         "Following your telephone screening with our HR Officer, we are pleased to invite you to the next stage "
         "of our selection process, which is a written aptitude test.\n\n"
         "Date: Monday, 12th October, 2026\nTime: 9:00am prompt (candidates should be seated by 8:45am)\n"
         "Venue: Training Room 2, Sharada Packaging Industries Ltd, Plot 14, Sharada Phase II Industrial Estate, Kano\n"
         "Duration: 1 hour 30 minutes\n\n"
         "The test is paper-based and covers numerical reasoning, verbal reasoning and basic procurement "
         "knowledge (Public Procurement Act 2007, Incoterms, stock control). Kindly come with a valid means of "
         "identification, two HB pencils and a non-programmable calculator. Mobile phones will be deposited at "
         "the reception.\n\n"
         "Please note that no interview will hold on this day. Only candidates who meet the pass mark will be "
         "contacted for the interview stage.\n\nKindly revert to acknowledge receipt of this mail.\n\n"
         "Yours faithfully,\nFor: Sharada Packaging Industries Ltd\nHuman Resources Department")
    cal = vcal(prodid="-//Sharada Packaging//Recruitment//EN", method="REQUEST", uid=hx("uid", "c02") + "@sharadapack.example",
               seq=0, start=s, end=s + timedelta(minutes=90), summary="Aptitude Test - Procurement Officer (Sharada Packaging)",
               description="Written aptitude test (numerical, verbal, procurement knowledge). Training Room 2. "
                           "Bring ID, HB pencils and a calculator. No interview holds on this day.",
               location="Training Room 2, Sharada Packaging Industries Ltd, Plot 14, Sharada Phase II, Kano",
               organizer=SPI_REC, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], dtstamp=d,
               tzid="Africa/Lagos")
    m, _ = email_msg("c02/1", frm=SPI_REC, to=[ME], reply_to=HAUWA, date=d,
                     subject="Invitation to Aptitude Test - Procurement Officer (SPI/REC/PO/026)", text=t,
                     html_text=to_html(t, "Tahoma,Arial,sans-serif"), text_cte="base64",
                     attachments=[cal_attachment(cal, "aptitude-test.ics")])
    lab = LBL([], "hard", "negative/aptitude-test",
              "Paper aptitude test with date, time, venue and .ics; explicitly 'no interview will hold on this day'.")
    return [("01-aptitude-test-invitation.eml", m)], lab


@case("b326-03-napss-oral-interview-dage")
def c03():
    d1 = T(2026, 10, 9, 11, 15, "Africa/Lagos", "Fri", "+01:00", 32)
    head = ("HUKUMAR KULA DA KA'IDOJIN KAYAYYAKIN GWAMNATI TA KASA\n"
            "NATIONAL AGENCY FOR PUBLIC SUPPLIES STANDARDS (NAPSS)\n"
            "Headquarters: Plot 1120, Cadastral Zone A0, Central Business District, Abuja\n\n")
    t1 = (head + "Ref: NAPSS/HRM/REC/2026/114\n9th October, 2026\n\nAisha Bello\nNo. 27, Gidan Murtala Road, Kano\n\n"
          "--- HAUSA ---\nGAYYATA ZUWA HIRAR AIKI\n\n"
          "Muna farin cikin sanar da ke cewa an zabi sunanki cikin wadanda za a yi wa hirar aiki (oral interview) "
          "don matsayin Procurement Officer II (CONPSS 08) a wannan Hukuma.\n\n"
          "Muna gayyatar ki zuwa hira a Babban Ofishin Hukumar da ke Abuja, Ranar Laraba, 21 ga Oktoba, 2026 da "
          "karfe 10 na safe. Kwamitin tantancewa (panel) na Hukumar ne zai yi hirar.\n\n"
          "Ki zo da ainihin takardun shaidar karatunki, takardar kammala NYSC, takardar shaidar jihar asali, "
          "da kwafi biyu na kowace takarda. A kiyaye lokaci.\n\n"
          "--- ENGLISH ---\nINVITATION FOR ORAL INTERVIEW\n\n"
          "I am directed to inform you that you have been shortlisted for an oral interview for the position of "
          "Procurement Officer II (CONPSS 08) in the Agency.\n\n"
          "The interview will hold on Wednesday, 21st October, 2026 at 10:00 a.m. prompt at the Agency's "
          "Headquarters, Central Business District, Abuja, before the Agency's Interview Panel.\n\n"
          "You are required to come along with the originals and two photocopies each of your credentials, NYSC "
          "discharge certificate, certificate of state of origin and birth certificate or declaration of age. "
          "Candidates shall bear the cost of transportation and accommodation.\n\n"
          "For enquiries, kindly contact the undersigned on zainab.garba@napss.gov.example or 0809 441 2286.\n\n"
          "Hajiya Zainab Abdullahi Garba\nDeputy Director (Human Resource Management)\nFor: Director-General")
    m1, id1 = email_msg("c03/1", frm=NAPSS_REC, to=[ME], reply_to=ZAINAB, date=d1,
                        subject="GAYYATA ZUWA HIRAR AIKI / INVITATION FOR ORAL INTERVIEW - NAPSS/HRM/REC/2026/114",
                        text=t1, html_text=to_html(t1, "Times New Roman,serif"), text_cte="base64", html_cte="base64")
    d2 = T(2026, 10, 15, 9, 3, "Africa/Lagos", "Thu", "+01:00", 18)
    t2 = (head + "Ref: NAPSS/HRM/REC/2026/114/B\n15th October, 2026\n\n"
          "--- HAUSA ---\nSANARWAR DAGE HIRA\n\n"
          "Muna sanar da dukkan wadanda aka gayyata hirar aiki ta Ranar Laraba, 21 ga Oktoba, 2026 cewa an dage "
          "hirar zuwa Ranar Alhamis, 29 ga Oktoba, 2026 da karfe 11 na safe, a wuri guda (Babban Ofishin Hukumar, "
          "Abuja). An dage ne sakamakon wani muhimmin taron hukumar gudanarwa da aka sanya a wannan rana. Muna "
          "neman afuwa kan wannan canji.\n\n"
          "--- ENGLISH ---\nPOSTPONEMENT OF ORAL INTERVIEW\n\n"
          "This is to inform all shortlisted candidates that the oral interview earlier scheduled for Wednesday, "
          "21st October, 2026 has been shifted to Thursday, 29th October, 2026. The interview will now commence at "
          "11:00 a.m. at the same venue, owing to a statutory engagement of Management on the earlier date.\n\n"
          "All other instructions in our letter of 9th October, 2026 remain unchanged. The inconvenience this may "
          "cause is deeply regretted.\n\n"
          "Hajiya Zainab Abdullahi Garba\nDeputy Director (Human Resource Management)\nFor: Director-General")
    m2, _ = email_msg("c03/2", frm=NAPSS_REC, to=[ME], reply_to=ZAINAB, date=d2,
                      subject="SANARWAR DAGE HIRA / POSTPONEMENT OF ORAL INTERVIEW - NAPSS/HRM/REC/2026/114",
                      text=t2, html_text=to_html(t2, "Times New Roman,serif"), text_cte="base64", html_cte="base64",
                      refs=[id1])
    s = T(2026, 10, 29, 11, 0, "Africa/Lagos", "Thu", "+01:00")
    lab = LBL([IV(NAPSS, "Procurement Officer II", s, None, "scheduled", [], [em(ZAINAB)], "onsite")], "hard",
              "positive/reschedule-by-mail-bilingual",
              "Bilingual Hausa/English federal notice: panel oral interview 21 Oct 10:00 'an dage' (postponed) to "
              "Thu 29 Oct 2026 11:00 WAT, same venue, no duration. Panel members unnamed -> follow-up to the "
              "Deputy Director HRM given as Reply-To, not the recruitment@ box.")
    return [("01-gayyatar-hirar-aiki-notice.eml", m1), ("02-sanarwar-dage-hira.eml", m2)], lab


@case("b326-04-juma-greeting-meet-after-sallah")
def c04():
    d = T(2026, 10, 16, 8, 12, "Africa/Lagos", "Fri", "+01:00", 40)
    maryam = ("Maryam Idris Kurawa", "maryam.kurawa@webmail.example")
    t = ("Assalamu alaikum 'yar uwata,\n\nJuma'a Mubarak! Allah ya karbi ibadunmu, ya sa mu dace a wannan rana "
         "mai albarka.\n\nNa ji labarin an dage hirar aikin ki ta Abuja zuwa wata rana. Kar ki damu, Allah ya sa "
         "alheri ne, ya ba ki nasara a kanta.\n\n"
         "Mu hadu yau bayan Sallar Juma'a, kamar karfe 2:30 na rana, a gidan Mama da ke Gyadi-Gyadi. Akwai "
         "maganar kayan lefen Khadija da za mu tattauna, kuma Mama ta ce ki kawo lissafin farashin da kika "
         "tattara daga Kantin Kwari.\n\n"
         "Sannan kar ki manta, gobe Asabar akwai taron kungiyar tsofaffin daliban makarantarmu da karfe 7 na "
         "dare a dakin taro na Gidan Dabino.\n\nSai mun hadu,\nMaryam")
    m, _ = email_msg("c04/1", frm=maryam, to=[ME], cc=[("Khadija Bello", "khadija.bello@webmail.example")], date=d,
                     subject="Juma'a Mubarak! Mu hadu bayan Sallah", text=t, mid_style="webmail",
                     mid_domain="webmail.example", flowed=True)
    lab = LBL([], "medium", "negative/sallah-greeting-meeting",
              "Juma'a/Sallah greeting from a friend with a family meeting after Friday prayers (2:30pm) and an "
              "alumni meeting 'karfe 7 na dare'; mentions the postponed job interview but books nothing job-related.")
    return [("01-juma-mubarak-mu-hadu.eml", m)], lab


@case("b326-05-lagoontel-recruiter-call-by-4pm")
def c05():
    d1 = T(2026, 10, 13, 10, 27, "Africa/Lagos", "Tue", "+01:00", 51)
    sig = ("Tolulope Adeyemi\nTalent Acquisition Partner | Lagoon Telecoms Plc\n"
           "12B Admiralty Way, Lekki Phase 1, Lagos\n+234 901 552 0316")
    t1 = ("Dear Aisha,\n\nGood morning and trust this mail finds you well.\n\n"
          "I am Tolulope from the Talent Acquisition team at Lagoon Telecoms Plc. Your application for the "
          "Procurement Specialist (Sourcing) role in Lagos came through our careers page, and your profile looks "
          "like a good fit, particularly your experience with manufacturing inputs and vendor prequalification.\n\n"
          "I would like to have a short introductory call with you to discuss the role, your notice period and "
          "salary expectations. Kindly revert with your availability this week and the best number to reach you "
          "on.\n\nWarm regards,\n" + sig)
    m1, id1 = email_msg("c05/1", frm=TOLU, to=[ME], date=d1, subject="Procurement Specialist (Sourcing) - Lagoon Telecoms",
                        text=t1, html_text=to_html(t1), mid_style="outlook",
                        mid_domain="DB9PR02MB7391.eurprd02.prod.outlook.com")
    d2 = T(2026, 10, 13, 13, 2, "Africa/Lagos", "Tue", "+01:00", 10)
    t2 = ("Dear Tolulope,\n\nThank you for reaching out. I would be glad to speak with you. I am available on "
          "Thursday after 12 noon or any time on Friday afternoon. My number is 0803 612 4471.\n\n"
          "Best regards,\nAisha Bello" + quote(t1[:300], "Tue, 13 Oct 2026 at 10:27", TOLU))
    m2, id2 = email_msg("c05/2", frm=ME, to=[TOLU], date=d2, subject="Re: Procurement Specialist (Sourcing) - Lagoon Telecoms",
                        text=t2, irt=id1, refs=[id1], outbound=True, mid_style="webmail", mid_domain="example.com")
    d3 = T(2026, 10, 14, 15, 48, "Africa/Lagos", "Wed", "+01:00", 3)
    t3 = ("Hi Aisha,\n\nNoted with thanks. I will call you on Friday by 4pm on the number above. The call should not "
          "take more than 20 minutes.\n\nBest,\nTolulope\n\n" + sig)
    m3, _ = email_msg("c05/3", frm=TOLU, to=[ME], date=d3, subject="RE: Procurement Specialist (Sourcing) - Lagoon Telecoms",
                      text=t3, html_text=to_html(t3), irt=id2, refs=[id1, id2], mid_style="outlook",
                      mid_domain="DB9PR02MB7391.eurprd02.prod.outlook.com")
    s = T(2026, 10, 16, 16, 0, "Africa/Lagos", "Fri", "+01:00")
    lab = LBL([IV(LAGOON, "Procurement Specialist (Sourcing)", s, s + timedelta(minutes=20), "scheduled", [em(TOLU)],
                  [em(TOLU)], "phone_screen")], "medium", "positive/thread-propose-confirm",
              "Recruiter asks for availability, candidate offers Thu/Fri, recruiter confirms 'Friday by 4pm' "
              "(Nigerian English for at 4pm) in a mail dated Wed 14 Oct -> Fri 16 Oct 16:00-16:20 WAT.")
    return [("01-tolulope-intro.eml", m1), ("02-re-aisha-availability.eml", m2), ("03-re-tolulope-friday-by-4pm.eml", m3)], lab


@case("b326-06-bvn-modification-appointment")
def c06():
    bank = ("Kurmi Trust Bank", "notifications@kurmitrust.example")
    d = T(2026, 10, 16, 13, 2, "Africa/Lagos", "Fri", "+01:00", 55)
    s = T(2026, 10, 19, 10, 30, "Africa/Lagos", "Mon", "+01:00")
    t = ("Dear AISHA BELLO,\n\nYour appointment has been booked successfully.\n\n"
         "Service: BVN Data Modification (Date of Birth correction)\n"
         "Branch: Bompai Road Branch, 41 Bompai Road, Nassarawa GRA, Kano\n"
         "Date: Monday, 19 October 2026\nTime: 10:30 AM\nReference: KTB-APT-7781904\n\n"
         "What to bring: your NIN slip or National ID card, a sworn affidavit for the correction and one recent "
         "passport photograph. A Customer Service Officer will attend to you and carry out the biometric "
         "verification.\n\nKindly arrive 10 minutes before your time. If you can no longer make it, you can "
         "reschedule from the Kurmi Mobile app.\n\nThank you for banking with us.\n\n"
         "Kurmi Trust Bank Plc. This is an automated message, please do not reply.")
    cal = vcal(prodid="-//Kurmi Trust Bank//Appointments 2.1//EN", method="PUBLISH", uid=hx("uid", "c06") + "@kurmitrust.example",
               seq=0, start=s, end=s + timedelta(minutes=30), summary="BVN Modification Appointment - Kurmi Trust Bank",
               description="BVN data modification (date of birth). Ref KTB-APT-7781904. Bring NIN slip and affidavit.",
               location="Kurmi Trust Bank, 41 Bompai Road, Nassarawa GRA, Kano", organizer=bank,
               attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], dtstamp=d, tzid="Africa/Lagos")
    m, _ = email_msg("c06/1", frm=bank, to=[ME], date=d,
                     subject="Appointment Confirmed: BVN Data Modification - Bompai Road Branch, Kano", text=t,
                     html_text=to_html(t, "Verdana,sans-serif"), attachments=[cal_attachment(cal, "appointment.ics", "PUBLISH")],
                     return_path="bounce-ktb@mailer.kurmitrust.example")
    lab = LBL([], "easy", "negative/bank-appointment",
              "Bank BVN modification appointment with date, time, officer and .ics; not a job interview.")
    return [("01-bvn-appointment-confirmed.eml", m)], lab


@case("b326-07-somilip-niamey-two-interviews")
def c07():
    sig = ("Mariama Issoufou Hama\nChargée de recrutement - Direction des Ressources Humaines\n"
           "SOMILIP SA, Boulevard de la République, Niamey, Niger\n+227 20 73 41 18")
    d1 = T(2026, 10, 8, 10, 20, "Africa/Niamey", "Thu", "+01:00", 14)
    t1 = ("Madame Bello,\n\nNous accusons réception de votre candidature au poste de Responsable Achats et "
          "Approvisionnements basé à Niamey et vous en remercions.\n\n"
          "Votre profil a retenu notre attention. Nous souhaitons vous proposer un premier entretien téléphonique le "
          "mardi 13 octobre 2026 à 11h00, heure de Niamey (GMT+1, même heure qu'à Kano). L'entretien durera environ "
          "30 minutes ; je vous appellerai moi-même au +234 803 612 4471.\n\n"
          "Merci de me confirmer votre disponibilité par retour de mail.\n\n"
          "Malama Aisha, mun gode da takardar neman aikin ki. Muna gayyatar ki zuwa hira ta waya Ranar Talata, "
          "13 ga Oktoba, 2026 da karfe 11 na safe (agogon Yamai, daidai da agogon Kano). Hirar za ta dauki kusan "
          "minti 30, kuma ni ce zan kira ki.\n\nCordialement / Da gaisuwa,\n" + sig)
    m1, id1 = email_msg("c07/1", frm=MARIAMA, to=[ME], date=d1,
                        subject="Votre candidature - Responsable Achats et Approvisionnements (Réf. SML-RH-2026-031)",
                        text=t1, html_text=to_html(t1, "Arial,sans-serif"))
    d2 = T(2026, 10, 8, 12, 31, "Africa/Lagos", "Thu", "+01:00", 2)
    t2 = ("Bonjour Madame Issoufou,\n\nMerci beaucoup pour votre message. Je confirme ma disponibilité pour "
          "l'entretien téléphonique du mardi 13 octobre à 11h00.\n\nNa gode,\nAisha Bello"
          + quote(t1[:240], "jeu. 8 oct. 2026 à 10:20", MARIAMA))
    m2, id2 = email_msg("c07/2", frm=ME, to=[MARIAMA], date=d2,
                        subject="Re: Votre candidature - Responsable Achats et Approvisionnements (Réf. SML-RH-2026-031)",
                        text=t2, irt=id1, refs=[id1], outbound=True, mid_style="webmail", mid_domain="example.com")
    d3 = T(2026, 10, 14, 16, 5, "Africa/Niamey", "Wed", "+01:00", 9)
    s2 = T(2026, 10, 22, 15, 0, "Africa/Niamey", "Thu", "+01:00")
    e2 = s2 + timedelta(hours=1)
    t3 = ("Madame Bello,\n\nSuite à notre échange téléphonique d'hier, j'ai le plaisir de vous inviter à un entretien "
          "technique avec :\n- M. Abdoulaye Souley Garba, Directeur des Approvisionnements (a.souley@somilip.example)\n"
          "- Mme Aïchatou Mahamadou, Responsable Logistique du site de Téra (a.mahamadou@somilip.example)\n\n"
          "Date : jeudi 22 octobre 2026\nHeure : de 15h00 à 16h00 (heure de Niamey)\n"
          "Lieu : Microsoft Teams (le lien figure dans l'invitation ci-jointe)\n\n"
          "L'entretien portera sur la conduite des appels d'offres, le dédouanement des intrants au port de Cotonou "
          "et le suivi des stocks de consommables miniers.\n\n"
          "Hausa: Za a yi miki hirar kwarewa Ranar Alhamis, 22 ga Oktoba, 2026 daga karfe 3 zuwa karfe 4 na rana "
          "(agogon Yamai) ta Microsoft Teams, tare da Malam Abdoulaye Souley Garba da Hajiya Aïchatou Mahamadou.\n\n"
          "Cordialement,\n" + sig)
    uid = ms_uid("c07/tech")
    cal = vcal(prodid="Microsoft Exchange Server 2010", method="REQUEST", uid=uid, seq=0, start=s2, end=e2,
               summary="Entretien technique - Responsable Achats et Approvisionnements (A. Bello)",
               description="Entretien technique avec M. Souley Garba et Mme Mahamadou. Microsoft Teams.",
               location="Réunion Microsoft Teams", organizer=MARIAMA,
               attendees=[(n, e, "NEEDS-ACTION", "REQ-PARTICIPANT") for n, e in (SOULEY, AICHATOU, ME)],
               dtstamp=d3, tzid="W. Central Africa Standard Time", style="outlook", lang="fr-FR",
               extra=ms_props(uid, 0))
    m3, _ = email_msg("c07/3", frm=MARIAMA, to=[ME], cc=[SOULEY, AICHATOU], date=d3,
                      subject="Entretien technique - Responsable Achats et Approvisionnements / Hirar kwarewa",
                      text=t3, html_text=to_html(t3, "Arial,sans-serif"), refs=[id1, id2],
                      attachments=[cal_attachment(cal, "Entretien_technique.ics")])
    s1 = T(2026, 10, 13, 11, 0, "Africa/Niamey", "Tue", "+01:00")
    lab = LBL([IV(SOMILIP, "Responsable Achats et Approvisionnements", s1, s1 + timedelta(minutes=30), "scheduled",
                  [em(MARIAMA)], [em(MARIAMA)], "phone_screen"),
               IV(SOMILIP, "Responsable Achats et Approvisionnements", s2, e2, "scheduled", [em(SOULEY), em(AICHATOU)],
                  [em(SOULEY), em(AICHATOU)], "technical")],
              "hard", "positive/two-interviews-french-hausa",
              "Niamey mining firm, French + Hausa: phone screen Tue 13 Oct 11:00 (heure de Niamey = WAT, +01:00) by "
              "the recruiter, then technical interview Thu 22 Oct 15:00-16:00 with two interviewers (Outlook .ics, "
              "TZID W. Central Africa Standard Time).")
    return [("01-mariama-entretien-telephonique.eml", m1), ("02-re-aisha-confirme.eml", m2),
            ("03-entretien-technique-invitation.eml", m3)], lab


@case("b326-08-lagoontel-workday-technical-gcal")
def c08():
    d = T(2026, 10, 22, 8, 14, "UTC", "Thu", "+00:00", 26)
    s = T(2026, 10, 27, 10, 0, "Africa/Lagos", "Tue", "+01:00")
    e = s + timedelta(hours=1)
    t = ("Hello Aisha,\n\nThank you for your continued interest in Lagoon Telecoms. Your interview for the position "
         "below has been scheduled.\n\nJob Requisition: R0004172 Procurement Specialist (Sourcing)\n"
         "Interview Type: Technical Interview (Video)\nDate: Tuesday, October 27, 2026\n"
         "Time: 10:00 AM - 11:00 AM West Africa Time\n"
         "Location: Microsoft Teams - the join link is in the attached calendar invitation\n\n"
         "Interviewers:\nEmeka Nwosu, Category Manager - Network & IT Sourcing\nFunmilayo Bakare, Senior Buyer\n\n"
         "You may be asked to walk through a sourcing event you led from end to end, including how you evaluated "
         "bids and negotiated payment terms.\n\n"
         "If you need to make any changes, please contact your recruiter, Tolulope Adeyemi "
         "(tolulope.adeyemi@lagoontel.example). This mailbox is not monitored.\n\n"
         "Kind regards,\nLagoon Telecoms Talent Acquisition")
    cal = vcal(prodid="-//Workday//Workday Recruiting//EN", method="REQUEST", uid=hx("uid", "c08wd") + "@myworkday.com",
               seq=0, start=s, end=e, summary="Technical Interview - Procurement Specialist (Sourcing) - Aisha Bello",
               description="Technical interview with Emeka Nwosu and Funmilayo Bakare. Microsoft Teams link to follow "
                           "from your recruiter.", location="Microsoft Teams", organizer=WD_LAGOON,
               attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                          (EMEKA[0], EMEKA[1], "ACCEPTED", "REQ-PARTICIPANT"),
                          (FUNMI[0], FUNMI[1], "ACCEPTED", "REQ-PARTICIPANT")], dtstamp=d)
    m, _ = email_msg("c08/1", frm=WD_LAGOON, to=[ME], date=d,
                     subject="Interview Scheduled: Procurement Specialist (Sourcing) - R0004172", text=t,
                     html_text=to_html(t, "Helvetica,Arial,sans-serif"), text_cte="base64",
                     attachments=[cal_attachment(cal, "Interview.ics")], mid_domain="myworkday.com",
                     host="smtp-out.myworkday.com", return_path="bounce+lagoontel@myworkday.com")
    g = gcal_event("c08/g", summary="Technical Interview | Procurement Specialist (Sourcing) | Lagoon Telecoms",
                   description="Hi Aisha, this is the Teams link for your technical interview with Emeka and "
                               "Funmilayo.\n\nMicrosoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                               + hx("tmx", "c08", n=24) + "%40thread.v2/0\n\nTolulope",
                   organizer=TOLU, others=[EMEKA, FUNMI], start=s, end=e, tz="Africa/Lagos",
                   created=T(2026, 10, 22, 9, 40, "Africa/Lagos", "Thu", "+01:00"),
                   updated=T(2026, 10, 22, 9, 41, "Africa/Lagos", "Thu", "+01:00"),
                   location="Microsoft Teams Meeting", meet=False)
    lab = LBL([IV(LAGOON, "Procurement Specialist (Sourcing)", s, e, "scheduled", [em(EMEKA), em(FUNMI)],
                  [em(EMEKA), em(FUNMI)], "technical")], "medium", "positive/ats-workday-plus-gcal-dedupe",
              "Workday no-reply notification with .ics (UTC times) plus the recruiter's Teams event as a Calendar "
              "API event (different UID): one interview Tue 27 Oct 10:00-11:00 WAT.")
    return [("01-workday-interview-scheduled.eml", m), ("02-teams-event.gcal.json", g)], lab


@case("b326-09-sharada-panel-onsite-three-invites")
def c09():
    d0 = T(2026, 10, 14, 12, 20, "Africa/Lagos", "Wed", "+01:00", 5)
    t0 = ("Dear Aisha,\n\nCongratulations! You made the pass mark in the aptitude test of 12th October, and you are "
          "hereby invited for the interview day at our head office in Sharada on Tuesday, 20th October, 2026.\n\n"
          "The day comes in three parts, and you will receive a separate calendar invitation for each:\n"
          "1. Panel interview, 10:00am - 11:00am (HR Manager, Head of Supply Chain and Financial Controller)\n"
          "2. Technical case session on vendor evaluation, 11:15am - 12:00pm (Head of Supply Chain and our Stores Manager)\n"
          "3. After the Zuhr break, a conversation with our Internal Control Manager, 2:00pm - 2:45pm\n\n"
          "Kindly report at the main gate by 9:30am with a valid ID; security will direct you to the Admin block. "
          "Lunch will be provided.\n\nAllah ya taimaka,\nHauwa Sani Dambatta\nHR Officer")
    m0, _ = email_msg("c09/0", frm=HAUWA, to=[ME], date=d0, subject="Interview Day - Procurement Officer: Tuesday 20th October",
                      text=t0)
    loc_ = "Admin Block Boardroom, Sharada Packaging Industries Ltd, Plot 14, Sharada Phase II Industrial Estate, Kano"
    s1 = T(2026, 10, 20, 10, 0, "Africa/Lagos", "Tue", "+01:00")
    s2 = T(2026, 10, 20, 11, 15, "Africa/Lagos", "Tue", "+01:00")
    s3 = T(2026, 10, 20, 14, 0, "Africa/Lagos", "Tue", "+01:00")
    i1, _ = google_invite("c09/1", organizer=HAUWA, guests=[IBRAHIM, NASIRU, NGOZI],
                          title="Panel Interview: Procurement Officer (Aisha Bello)", start=s1, end=s1 + timedelta(hours=1),
                          description="Panel interview for the Procurement Officer vacancy. Panel: Ibrahim Musa Gwarzo "
                                      "(HR Manager), Engr. Nasiru Dankano (Head of Supply Chain), Ngozi Umeh (Financial Controller).",
                          location=loc_, sent=T(2026, 10, 14, 11, 31, "UTC", "Wed", "+00:00", 2), meet=False)
    i2, _ = google_invite("c09/2", organizer=HAUWA, guests=[NASIRU, KABIRU],
                          title="Technical case - vendor evaluation (Aisha Bello)", start=s2, end=s2 + timedelta(minutes=45),
                          description="Case exercise: compare three corrugated-board suppliers on price, lead time and "
                                      "quality records, then defend your choice to Engr. Nasiru and Mal. Kabiru.",
                          location=loc_, sent=T(2026, 10, 14, 11, 32, "UTC", "Wed", "+00:00", 40), meet=False)
    i3, _ = google_invite("c09/3", organizer=HAUWA, guests=[SADIYA],
                          title="Internal Control conversation (Aisha Bello)", start=s3, end=s3 + timedelta(minutes=45),
                          description="Conversation with Hajiya Sadiya Yusuf, Internal Control Manager, on approval "
                                      "limits and segregation of duties in purchasing.",
                          location="Internal Control Office, Admin Block, Sharada Packaging Industries Ltd, Kano",
                          sent=T(2026, 10, 14, 11, 34, "UTC", "Wed", "+00:00", 11), meet=False)
    ivs = [em(IBRAHIM), em(NASIRU), em(NGOZI), em(KABIRU), em(SADIYA)]
    lab = LBL([IV(SPI, "Procurement Officer", s1, s3 + timedelta(minutes=45), "scheduled", ivs, ivs, "onsite")],
              "hard", "positive/onsite-several-invites",
              "Cover mail + three Google invites on Tue 20 Oct (10:00-11:00 panel, 11:15-12:00 case, 14:00-14:45 after "
              "the Zuhr break) -> one onsite 10:00-14:45 WAT with all five interviewers; the HR officer only organizes.")
    return [("01-hauwa-interview-day.eml", m0), ("02-invitation-panel.eml", i1), ("03-invitation-technical-case.eml", i2),
            ("04-invitation-internal-control.eml", i3)], lab


@case("b326-10-mosque-committee-islamiyya-teacher")
def c10():
    d = T(2026, 10, 19, 20, 31, "Africa/Lagos", "Mon", "+01:00", 12)
    sani = ("Mal. Sani Abubakar Fagge", "sani.fagge@webmail.example")
    t = ("Assalamu alaikum warahmatullah,\n\nAna gayyatar dukkan 'yan kwamitin gudanarwa na Masallacin Juma'a na "
         "Unguwar Sharada zuwa taron wata-wata.\n\nRana: Asabar, 24 ga Oktoba, 2026\n"
         "Lokaci: da karfe 4 na yamma (bayan Sallar La'asar)\nWuri: Ofishin kwamiti, gefen Islamiyya\n\n"
         "Abubuwan da za a tattauna:\n"
         "1. Hira da mutum uku da suka nemi aikin malamar Islamiyya (sashen mata). Kwamitin zai yi musu tambayoyi "
         "daya bayan daya, kowacce minti 20.\n"
         "2. Kasafin kudin gyaran rijiyar burtsatse da bandakuna.\n"
         "3. Rahoton sayen sabon kafet. Hajiya Aisha Bello, a matsayinki ta mai kula da sayayya ta kwamiti, ki "
         "kawo takardun farashin da kika samo daga 'yan kasuwar Kantin Kwari.\n"
         "4. Tsaftar muhalli ta Asabar ta karshen wata.\n\nAllah ya kawo mu lafiya.\n\n"
         "Mal. Sani Abubakar Fagge\nSakataren Kwamiti")
    m, _ = email_msg("c10/1", frm=sani, to=[("Kwamitin Masallacin Sharada", "kwamiti.masallacin.sharada@groups.example")],
                     date=d, subject="Sanarwar taron kwamiti - Asabar 24 ga Oktoba", text=t, mid_style="webmail",
                     mid_domain="webmail.example", extra=[("List-Id", "<kwamiti.masallacin.sharada.groups.example>")])
    lab = LBL([], "hard", "negative/user-is-interviewer-committee",
              "Mosque committee meeting (Sat 24 Oct, 4pm) whose agenda includes the committee interviewing applicants "
              "for an Islamiyya teacher post; the owner sits on the committee, she is not a candidate.")
    return [("01-sanarwar-taron-kwamiti.eml", m)], lab


@case("b326-11-sahelrelief-teams-cancelled")
def c11():
    uid = ms_uid("c11")
    s = T(2026, 10, 28, 10, 0, "Africa/Lagos", "Wed", "+01:00")
    e = s + timedelta(hours=1)
    b1 = ("Dear Aisha,\n\nFurther to your application for the position of Supply Chain Officer (Procurement) based in "
          "Maiduguri, you are invited for a competency-based technical interview with our Head of Operations, "
          "Dr. Babagana Zanna, and our Supply Chain Coordinator, Falmata Goni.\n\n"
          "Expect questions on donor procurement rules (competitive bidding thresholds, conflict-of-interest "
          "declarations) and on getting items to field sites when roads are restricted.\n\n"
          "Kindly accept the invitation to confirm your attendance.\n\nRegards,\nYagana Modu Kachalla\n"
          "HR & Admin Manager, Sahel Relief Initiative\nShehu Laminu Way, Maiduguri, Borno State")
    m1 = outlook_invite("c11/1", sender=YAGANA, to=[ME], cc=[BABAGANA, FALMATA],
                        subject="Interview: Supply Chain Officer (Procurement) - Maiduguri", start=s, end=e,
                        tzid="W. Central Africa Standard Time", body=b1, location="Microsoft Teams Meeting",
                        sent=T(2026, 10, 19, 14, 10, "Africa/Lagos", "Mon", "+01:00", 22),
                        attendees=[ME, BABAGANA, FALMATA], uid=uid, mid_host="AM6PR04MB5639.eurprd04.prod.outlook.com")
    b2 = ("Dear Aisha,\n\nI regret to inform you that we have to cancel the interview scheduled for Wednesday, 28th "
          "October. Following our donor's mid-year budget review, the Supply Chain Officer (Procurement) position "
          "has been put on hold and will not be filled this year. Please accept our apologies for the short notice.\n\n"
          "We will keep your CV on file and reach out if a suitable role opens.\n\nRegards,\nYagana Modu Kachalla\n"
          "HR & Admin Manager, Sahel Relief Initiative")
    m2 = outlook_invite("c11/2", sender=YAGANA, to=[ME], cc=[BABAGANA, FALMATA],
                        subject="Canceled: Interview: Supply Chain Officer (Procurement) - Maiduguri", start=s, end=e,
                        tzid="W. Central Africa Standard Time", body=b2, location="Microsoft Teams Meeting",
                        sent=T(2026, 10, 23, 11, 48, "Africa/Lagos", "Fri", "+01:00", 9),
                        attendees=[ME, BABAGANA, FALMATA], uid=uid, method="CANCEL", seq=1,
                        mid_host="AM6PR04MB5639.eurprd04.prod.outlook.com")
    lab = LBL([IV(SRI, "Supply Chain Officer (Procurement)", s, e, "cancelled", [em(BABAGANA), em(FALMATA)],
                  [em(BABAGANA), em(FALMATA)], "technical")], "medium", "positive/cancellation-outlook",
              "Maiduguri NGO Teams invite (W. Central Africa Standard Time, '(UTC+01:00) West Central Africa') for "
              "Wed 28 Oct 10:00-11:00, then METHOD:CANCEL / STATUS:CANCELLED, SEQUENCE 1, same UID: cancelled.")
    return [("01-teams-invite-interview.eml", m1), ("02-canceled-interview.eml", m2)], lab


# ----------------------------------------------------------------------------------------------
# cases 12-22
# ----------------------------------------------------------------------------------------------
JCL_SIG = "Rhea D'Souza\nTalent Acquisition Specialist\nJebel Crescent Logistics LLC | Jebel Ali Free Zone, Dubai, UAE"


@case("b326-12-jebel-calendly-screen-wat")
def c12():
    d1 = T(2026, 10, 20, 10, 5, "Asia/Dubai", "Tue", "+04:00", 33)
    t1 = ("Dear Aisha,\n\nThank you for applying for the Procurement Officer (Africa Trade Lane) position with Jebel "
          "Crescent Logistics. The role sits in our JAFZA office and looks after sourcing for our West Africa corridor, "
          "so your Kano and Lagos supplier experience is very relevant.\n\n"
          "As a first step I'd like to set up a 30-minute screening call. Please pick any free slot on my calendar: "
          "https://calendly.com/rhea-dsouza-jcl/screening-30\n\n"
          "The page should show the times in your own time zone (West Africa Time); if anything looks off, just "
          "reply to this email.\n\nBest regards,\n" + JCL_SIG)
    m1, id1 = email_msg("c12/1", frm=RHEA, to=[ME], date=d1, subject="Jebel Crescent Logistics - Procurement Officer (Africa Trade Lane)",
                        text=t1, html_text=to_html(t1), mid_style="outlook",
                        mid_domain="PAXPR10MB5512.eurprd10.prod.outlook.com")
    d2 = T(2026, 10, 20, 9, 41, "UTC", "Tue", "+00:00", 2)
    s = T(2026, 10, 26, 11, 30, "Africa/Lagos", "Mon", "+01:00")
    e = s + timedelta(minutes=30)
    assert s.astimezone(ZoneInfo("Asia/Dubai")).hour == 14
    t2 = ("Hi Aisha Bello,\n\nYour event has been scheduled.\n\nEvent Type:\nScreening Call (30 min)\n\n"
          "Host:\nRhea D'Souza\n\nEvent Date/Time:\n11:30am - 12:00pm, Monday, October 26, 2026 (West Africa Time)\n\n"
          "Location:\nRhea will call you on +234 803 612 4471\n\n"
          "Questions:\nPlease share anything that will help prepare for our meeting.\n"
          "My notice period is one month and I hold a valid passport.\n\n"
          "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/" + hx("cal", "c12", n=36) +
          "\nReschedule: https://calendly.com/reschedulings/" + hx("cal", "c12", n=36) +
          "\n\nPowered by Calendly.com")
    cal = vcal(prodid="-//Calendly//Calendly//EN", method="REQUEST", uid=hx("uid", "c12") + "@calendly.com", seq=0,
               start=s, end=e, summary="Screening Call (30 min) between Rhea D'Souza and Aisha Bello",
               description="Event Name: Screening Call (30 min)\nLocation: +234 803 612 4471\n"
                           "Need to make changes to this event? https://calendly.com/reschedulings/" + hx("cal", "c12", n=36),
               location="+234 803 612 4471", organizer=RHEA,
               attendees=[(RHEA[0], RHEA[1], "ACCEPTED", "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT")],
               dtstamp=d2)
    m2, _ = email_msg("c12/2", frm=("Calendly", "notifications@calendly.com"), to=[ME], reply_to=RHEA, date=d2,
                      subject="Confirmed: Screening Call (30 min) with Rhea D'Souza on Monday, October 26, 2026",
                      text=t2, html_text=to_html(t2, "Proxima Nova,Helvetica,sans-serif"),
                      attachments=[cal_attachment(cal, "invite.ics")], mid_domain="calendly.com",
                      host="o1.email.calendly.com", return_path="bounces+1184562@em.calendly.com")
    lab = LBL([IV(JCL, "Procurement Officer (Africa Trade Lane)", s, e, "scheduled", [em(RHEA)], [em(RHEA)],
                  "phone_screen")], "medium", "positive/calendly-booked",
              "Dubai recruiter sends a Calendly link (alone it books nothing), then Calendly confirms Mon 26 Oct "
              "11:30-12:00 West Africa Time (= 14:30 Dubai); host Rhea is the interviewer.")
    return [("01-rhea-calendly-link.eml", m1), ("02-calendly-confirmed.eml", m2)], lab


@case("b326-13-whatsapp-forward-recruitment")
def c13():
    d = T(2026, 10, 17, 7, 55, "Africa/Lagos", "Sat", "+01:00", 10)
    T(2026, 11, 9, 8, 0, "Africa/Lagos", "Mon", "+01:00")
    t = ("Aisha, an turo min wannan a group din WhatsApp na unguwa. Ban tabbatar ko gaskiya ne ba, ki bincika "
         "kafin ki biya ko sisi.\n\n---------- Forwarded from WhatsApp ----------\n*Forwarded many times*\n\n"
         "\U0001F4E2 *NATIONAL INLAND LOGISTICS CORPORATION (NILCO) RECRUITMENT EXERCISE 2026* \U0001F4E2\n\n"
         "The Federal Government has approved the recruitment of 3,500 graduates into NILCO. Positions: "
         "Procurement Officers, Store Keepers, Drivers, Security.\n\n"
         "\u2705 Shortlisted candidates will be invited for *screening and interview* on *Monday, 9th November 2026 "
         "by 8am* at the NILCO zonal office nearest to them.\n"
         "\u2705 Registration closes Sunday. Apply now \U0001F449 nilco-recruitment-portal.example/apply\n"
         "\u2705 Pay N3,500 form fee to guarantee your slot.\n\n"
         "_Share to all groups, somebody is looking for this!!!_ \U0001F64F\n"
         "-----------------------------------------------\n\nUsman")
    m, _ = email_msg("c13/1", frm=("Usman Bello", "usman.bello@webmail.example"), to=[ME], date=d,
                     subject="Fwd: NILCO RECRUITMENT 2026 - ga wannan", text=t, mid_style="webmail",
                     mid_domain="webmail.example")
    lab = LBL([], "medium", "negative/whatsapp-forward",
              "Cousin forwards a WhatsApp broadcast about a federal recruitment exercise with 'screening and interview' "
              "on Mon 9 Nov by 8am and a form fee; no invitation to the owner.")
    return [("01-fwd-nilco-recruitment.eml", m)], lab


@case("b326-14-lagoontel-one-way-video")
def c14():
    d = T(2026, 10, 16, 17, 22, "UTC", "Fri", "+00:00", 40)
    T(2026, 10, 21, 23, 59, "Africa/Lagos", "Wed", "+01:00")
    t = ("Hello Aisha,\n\nThank you for speaking with our Talent team. As the next step for the Procurement Specialist "
         "(Sourcing) role, Lagoon Telecoms invites you to complete an on-demand video interview.\n\n"
         "You will answer 5 pre-recorded questions in your own time. There is no live interviewer: each answer is "
         "recorded (up to 3 minutes per answer, with 30 seconds to think).\n\n"
         "Please complete it by: Wednesday, October 21, 2026, 11:59 PM WAT\n\n"
         "Start your interview: https://app.hirevue.com/invite/" + hx("hv", "c14", n=20) + "\n\n"
         "Tips: use Chrome or Edge, find a quiet, well-lit place, and test your camera and microphone first.\n\n"
         "Good luck!\nLagoon Telecoms Talent Acquisition\n\nPowered by HireVue")
    m, _ = email_msg("c14/1", frm=("Lagoon Telecoms via HireVue", "noreply@hirevue.com"), to=[ME], date=d,
                     subject="Lagoon Telecoms invites you to complete a video interview", text=t,
                     html_text=to_html(t, "Arial,sans-serif"), mid_domain="hirevue.com", host="mail.hirevue.com")
    lab = LBL([], "medium", "negative/one-way-video",
              "HireVue on-demand (one-way) video interview with a deadline, no live interviewer.")
    return [("01-hirevue-on-demand.eml", m)], lab


@case("b326-15-jebel-hm-london-dst-thread")
def c15():
    mid_dom = "PAXPR10MB5512.eurprd10.prod.outlook.com"
    d1 = T(2026, 10, 27, 13, 40, "Asia/Dubai", "Tue", "+04:00", 17)
    t1 = ("Dear Aisha,\n\nThank you for your time on the call yesterday, it was a pleasure speaking with you. I'm happy "
          "to share that we would like to move you to the hiring manager stage.\n\n"
          "You will meet Graham Whitfield, our Head of Procurement, for about 45 minutes on Teams. Graham works out of "
          "our London office, so I've kept to slots that suit both of you. Which of these works?\n\n"
          "- Monday 2 November, 2:00 pm UAE time\n- Tuesday 3 November, 3:00 pm UAE time\n"
          "- Wednesday 4 November, 1:00 pm UAE time\n\n"
          "Please note the UK clocks went back on Sunday, so London is now four hours behind Dubai and one hour "
          "behind you in Kano.\n\nKind regards,\n" + JCL_SIG)
    m1, id1 = email_msg("c15/1", frm=RHEA, to=[ME], date=d1, subject="Next step: Hiring Manager interview - Procurement Officer",
                        text=t1, html_text=to_html(t1), mid_style="outlook", mid_domain=mid_dom)
    d2 = T(2026, 10, 27, 12, 15, "Africa/Lagos", "Tue", "+01:00", 44)
    t2 = ("Dear Rhea,\n\nThank you for the good news. Tuesday, 3 November at 3:00 pm UAE time suits me best; that "
          "should be 12 noon here in Kano (WAT).\n\nKind regards,\nAisha"
          + quote(t1[:320], "Tue, 27 Oct 2026 at 10:40", RHEA))
    m2, id2 = email_msg("c15/2", frm=ME, to=[RHEA], date=d2, subject="Re: Next step: Hiring Manager interview - Procurement Officer",
                        text=t2, irt=id1, refs=[id1], outbound=True, mid_style="webmail", mid_domain="example.com")
    d3 = T(2026, 10, 28, 9, 5, "Asia/Dubai", "Wed", "+04:00", 51)
    t3 = ("Hi Aisha,\n\nPerfect, that's confirmed with Graham: Tuesday 3 November, 3:00-3:45 pm UAE / 12:00-12:45 WAT "
          "/ 11:00-11:45 London. He will send you the Teams invitation from his own calendar shortly.\n\nBest,\nRhea")
    m3, _ = email_msg("c15/3", frm=RHEA, to=[ME], cc=[GRAHAM], date=d3,
                      subject="RE: Next step: Hiring Manager interview - Procurement Officer", text=t3,
                      html_text=to_html(t3), irt=id2, refs=[id1, id2], mid_style="outlook", mid_domain=mid_dom)
    s = T(2026, 11, 3, 11, 0, "Europe/London", "Tue", "+00:00")
    e = s + timedelta(minutes=45)
    assert wat(s).hour == 12 and s.astimezone(ZoneInfo("Asia/Dubai")).hour == 15
    b4 = ("Hello Aisha,\n\nLooking forward to our conversation about the Procurement Officer (Africa Trade Lane) role. "
          "I'd like to hear how you have handled supplier consolidation and landed-cost savings on imported inputs.\n\n"
          "Regards,\nGraham Whitfield\nHead of Procurement, Jebel Crescent Logistics (London office)")
    m4 = outlook_invite("c15/4", sender=GRAHAM, to=[ME], cc=[RHEA], subject="Jebel Crescent: Hiring Manager Interview - Aisha Bello",
                        start=s, end=e, tzid="GMT Standard Time", body=b4, location="Microsoft Teams Meeting",
                        sent=T(2026, 10, 28, 8, 30, "Europe/London", "Wed", "+00:00", 12),
                        attendees=[ME, RHEA], uid=ms_uid("c15"), lang="en-GB",
                        mid_host="LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM")
    lab = LBL([IV(JCL, "Procurement Officer (Africa Trade Lane)", s, e, "scheduled", [em(GRAHAM)], [em(GRAHAM)],
                  "hiring_manager")], "hard", "positive/thread-propose-confirm-dst",
              "Dubai recruiter offers three UAE-time slots, candidate picks Tue 3 Nov 3pm UAE, recruiter confirms, "
              "London manager's Outlook invite in 'GMT Standard Time' 11:00 (UK already back on GMT after 25 Oct) "
              "-> 12:00-12:45 WAT = 15:00 Dubai. Recruiter Rhea is only a coordinator here.")
    return [("01-rhea-proposes-slots.eml", m1), ("02-re-aisha-picks-tuesday.eml", m2), ("03-re-rhea-confirmed.eml", m3),
            ("04-graham-teams-invite.eml", m4)], lab


@case("b326-16-sharada-md-final-hausa")
def c16():
    d1 = T(2026, 10, 22, 15, 37, "Africa/Lagos", "Thu", "+01:00", 20)
    t1 = ("Assalamu alaikum Aisha,\n\nBarka da kokari a ranar hirar da aka yi ranar Talata. Kwamitin ya gamsu da "
          "amsoshinki, kuma Manajan Darakta, Alhaji Umar Faruk Madobi, yana son ya gana da ke kafin a yanke hukunci "
          "na karshe.\n\nMuna gayyatar ki zuwa hirar karshe Ranar Litinin, 2 ga Nuwamba, 2026 da karfe 11 na safe a "
          "ofishinsa da ke hawa na biyu na Babban Ofishi. Hirar za ta dauki kusan minti 45. Zan turo miki gayyatar "
          "kalanda (calendar invite) yanzu.\n\nKi zo da ainihin takardun shaidar karatunki da na NYSC.\n\n"
          "Sai an jima,\nHauwa Sani Dambatta\nHR Officer, Sharada Packaging Industries Ltd")
    m1, _ = email_msg("c16/1", frm=HAUWA, to=[ME], cc=[IBRAHIM], date=d1, subject="Hirar karshe da Manajan Darakta",
                      text=t1, html_text=to_html(t1, "Tahoma,Arial,sans-serif"))
    s = T(2026, 11, 2, 11, 0, "Africa/Lagos", "Mon", "+01:00")
    e = s + timedelta(minutes=45)
    i2, _ = google_invite("c16/2", organizer=HAUWA, guests=[MDIR],
                          title="Hirar karshe: Procurement Officer - Aisha Bello da MD", start=s, end=e,
                          description="Hirar karshe da Manajan Darakta, Alhaji Umar Faruk Madobi. Ki zo minti 15 kafin "
                                      "lokaci; za a tarbe ki a reception na Babban Ofishi.",
                          location="Ofishin MD, hawa na biyu, Babban Ofishi, Sharada Packaging Industries Ltd, Kano",
                          sent=T(2026, 10, 22, 14, 39, "UTC", "Thu", "+00:00", 2), meet=False)
    lab = LBL([IV(SPI, "Procurement Officer", s, e, "scheduled", [em(MDIR)], [em(MDIR)], "hiring_manager")],
              "medium", "positive/hausa-mail-plus-google-invite",
              "Hausa mail ('Ranar Litinin, 2 ga Nuwamba, 2026 da karfe 11 na safe', 45 min) plus the Google invite "
              "for the same final with the Managing Director: one interview; HR officer only organizes.")
    return [("01-hauwa-hirar-karshe.eml", m1), ("02-invitation-md-final.eml", i2)], lab


@case("b326-17-lagoontel-rejection")
def c17():
    d = T(2026, 11, 4, 14, 2, "UTC", "Wed", "+00:00", 11)
    t = ("Dear Aisha,\n\nThank you for taking the time to interview with Emeka and Funmilayo on 27 October for the "
         "Procurement Specialist (Sourcing) position. We appreciated the opportunity to learn about your experience.\n\n"
         "After careful consideration, we regret to inform you that we will not be moving forward with your application "
         "at this time. The panel felt that another candidate's telecom-specific sourcing experience was a closer match "
         "to the immediate needs of the team.\n\n"
         "We were impressed by your background and would be glad to invite you to interview again should a suitable "
         "vacancy arise.\n\nWe wish you every success in your career.\n\nKind regards,\nTalent Acquisition\nLagoon Telecoms Plc")
    m, _ = email_msg("c17/1", frm=WD_LAGOON, to=[ME], date=d,
                     subject="Update on your application - Procurement Specialist (Sourcing) (R0004172)", text=t,
                     html_text=to_html(t, "Helvetica,Arial,sans-serif"), html_cte="base64",
                     mid_domain="myworkday.com", host="smtp-out.myworkday.com",
                     return_path="bounce+lagoontel@myworkday.com")
    lab = LBL([], "easy", "negative/rejection",
              "Workday rejection after the 27 Oct interview; mentions the past interview and future interviews only.")
    return [("01-workday-regret.eml", m)], lab


@case("b326-18-jebel-impersonation-scam")
def c18():
    d = T(2026, 10, 29, 23, 14, "Africa/Lagos", "Thu", "+01:00", 5)
    T(2026, 10, 31, 14, 0, "Africa/Lagos", "Sat", "+01:00")
    t = ("Dear Applicant,\n\nCompliments of the day. We are pleased to inform you that your CV was reviewed by our HR "
         "Board and you have been SHORTLISTED for the position of PROCUREMENT OFFICER at JEBEL CRESCENT LOGISTICS LLC, "
         "DUBAI, UAE.\n\nSalary: AED 18,500 per month (tax free) + accommodation + flight ticket.\n\n"
         "You are to attend an online interview with our HR Manager via Telegram (@JCL_HR_Desk) on Saturday 31st "
         "October 2026 by 2:00pm Nigerian time. After the interview your offer letter and work visa will be processed "
         "immediately.\n\nNOTE: every shortlisted candidate must pay a REFUNDABLE Visa Processing and Work Permit fee "
         "of AED 1,150 (N485,000) to our accredited agent in Lagos BEFORE the interview. Account details will be sent "
         "once you reply with your international passport data page.\n\n"
         "Failure to respond within 48 hours will lead to forfeiture of your slot.\n\nRegards,\nMr. Peter Adams\n"
         "HR Recruitment Officer")
    m, _ = email_msg("c18/1", frm=("Jebel Crescent Logistics HR Dept", "jebelcrescent.hr.dubai@freemail.example"),
                     to=[("Undisclosed recipients", "undisclosed-recipients@freemail.example")],
                     reply_to=("Mr. Peter Adams", "recruit.jcl.uae@freemail.example"), date=d,
                     subject="URGENT: Interview Schedule & Employment Offer - Procurement Officer - Dubai, UAE", text=t,
                     mid_domain="freemail.example", host="smtp.freemail.example")
    lab = LBL([], "hard", "negative/scam-recruiter",
              "Impersonates the real Dubai employer from a free-mail address: Telegram 'interview' Sat 31 Oct 2pm "
              "conditional on a visa fee; scam, not an interview.")
    return [("01-urgent-interview-schedule.eml", m)], lab


@case("b326-19-jebel-ceo-final-standalone-ics")
def c19():
    s = T(2026, 11, 10, 14, 0, "Asia/Dubai", "Tue", "+04:00")
    e = s + timedelta(hours=1)
    uid = ms_uid("c19")
    desc = ("Dear Aisha,\n\nAs discussed, your final interview will be with our CEO, Mr. Khalid Al Suwaidi, for about "
            "an hour. I will only join for the first five minutes to make introductions.\n\nPlease keep your passport "
            "and certificates handy, as relocation timelines may come up.\n\nRhea\n\n"
            "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            + hx("tm", "c19", n=28) + "%40thread.v2/0")
    cal = vcal(prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", method="REQUEST", uid=uid, seq=0,
               start=s, end=e, summary="Final Interview - Aisha Bello / CEO (Jebel Crescent Logistics)", description=desc,
               location="Microsoft Teams Meeting", organizer=RHEA,
               attendees=[(KHALID[0], KHALID[1], "ACCEPTED", "REQ-PARTICIPANT"),
                          (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
               dtstamp=T(2026, 11, 4, 11, 20, "Asia/Dubai", "Wed", "+04:00"), tzid="Arabian Standard Time",
               style="outlook", extra=ms_props(uid, 0, "BUSY"), alarm=True)
    lab = LBL([IV(JCL, "Procurement Officer (Africa Trade Lane)", s, e, "scheduled", [em(KHALID)], [em(KHALID)],
                  "hiring_manager")], "medium", "positive/standalone-ics-windows-tz",
              "Standalone Outlook .ics, TZID 'Arabian Standard Time' 14:00-15:00 Tue 10 Nov = 11:00-12:00 WAT; "
              "final with the CEO; the recruiter organizer is not an interviewer. Role only implied by the process.")
    return [("01-final-interview-ceo.ics", cal)], lab


@case("b326-20-sharada-offer-letter")
def c20():
    d = T(2026, 11, 5, 10, 12, "Africa/Lagos", "Thu", "+01:00", 44)
    T(2026, 11, 16, 8, 0, "Africa/Lagos", "Mon", "+01:00")
    t = ("Dear Madam,\n\nOFFER OF EMPLOYMENT\n\nFollowing your successful interviews with the panel and the Managing "
         "Director, the Management of Sharada Packaging Industries Ltd is pleased to offer you employment as Procurement "
         "Officer (Grade M2) in the Supply Chain Department, with effect from Monday, 16th November, 2026.\n\n"
         "Your gross annual remuneration is N7,800,000 (Seven Million, Eight Hundred Thousand Naira only), payable "
         "monthly, in addition to the benefits in the attached schedule. You will be on probation for six months.\n\n"
         "On your resumption date, kindly report to the HR office by 8:00am for documentation and induction with the "
         "Head of Supply Chain.\n\nKindly revert with a signed copy of this letter as evidence of your acceptance within "
         "seven (7) working days.\n\nCongratulations, and welcome on board.\n\nYours faithfully,\n"
         "Ibrahim Musa Gwarzo\nHuman Resources Manager")
    m, _ = email_msg("c20/1", frm=IBRAHIM, to=[ME], cc=[HAUWA], date=d, subject="OFFER OF EMPLOYMENT - PROCUREMENT OFFICER",
                     text=t, html_text=to_html(t, "Times New Roman,serif"), text_cte="base64", html_cte="base64")
    lab = LBL([], "easy", "negative/offer",
              "Offer letter with a resumption date and 8:00am documentation/induction; not an interview.")
    return [("01-offer-of-employment.eml", m)], lab


@case("b326-21-sahelrelief-new-role-gcal")
def c21():
    d = T(2026, 11, 2, 9, 27, "Africa/Lagos", "Mon", "+01:00", 31)
    t = ("Dear Aisha,\n\nGood morning. You will recall my mail of 23rd October about the Supply Chain Officer post being "
         "put on hold. I am glad to tell you that a new position, Logistics & Procurement Officer under our WASH "
         "project, has just been approved, and the hiring manager asked that we consider you directly.\n\n"
         "Falmata Goni, our Supply Chain Coordinator, will interview you on Thursday, 12th November. She has sent the "
         "calendar invitation from her own account, so it should already be on your Google Calendar. It is a "
         "45-minute conversation on Google Meet.\n\nBarka da aiki,\nYagana Modu Kachalla\nHR & Admin Manager, "
         "Sahel Relief Initiative, Maiduguri")
    m, _ = email_msg("c21/1", frm=YAGANA, to=[ME], cc=[FALMATA], date=d,
                     subject="New opening - Logistics & Procurement Officer (Maiduguri)", text=t, html_text=to_html(t),
                     mid_style="outlook", mid_domain="AM6PR04MB5639.eurprd04.prod.outlook.com")
    s = T(2026, 11, 12, 9, 0, "Africa/Lagos", "Thu", "+01:00")
    e = s + timedelta(minutes=45)
    g = gcal_event("c21/g", summary="Interview: Logistics & Procurement Officer - Aisha Bello",
                   description="Hiring manager interview for the Logistics & Procurement Officer (WASH project) role. "
                               "We will go through your experience with framework agreements and last-mile distribution.",
                   organizer=FALMATA, others=[], start=s, end=e, tz="Africa/Lagos",
                   created=T(2026, 11, 2, 8, 55, "Africa/Lagos", "Mon", "+01:00"),
                   updated=T(2026, 11, 2, 8, 58, "Africa/Lagos", "Mon", "+01:00"))
    lab = LBL([IV(SRI, "Logistics & Procurement Officer", s, e, "scheduled", [em(FALMATA)], [em(FALMATA)],
                  "hiring_manager")], "medium", "positive/gcal-json-plus-mail",
              "Same NGO as case 11 (whose interview was cancelled) re-engages for a new role: HR mail without a time "
              "plus Calendar API event Thu 12 Nov 09:00-09:45 WAT organized by the hiring manager.")
    return [("01-yagana-new-opening.eml", m), ("02-interview-falmata.gcal.json", g)], lab


@case("b326-22-somilip-final-dg-teams")
def c22():
    sig = "Mariama Issoufou Hama\nChargée de recrutement - SOMILIP SA, Niamey"
    d1 = T(2026, 10, 30, 11, 2, "Africa/Niamey", "Fri", "+01:00", 40)
    t1 = ("Madame Bello,\n\nÀ l'issue de l'entretien technique du 22 octobre, nous avons le plaisir de vous informer que "
          "vous êtes retenue pour l'entretien final avec notre Directeur Général, M. Hamidou Boubacar Maïga.\n\n"
          "Il aura lieu le mercredi 11 novembre 2026 à 10h00 (heure de Niamey) et durera environ 45 minutes, par "
          "Microsoft Teams. Je vous envoie l'invitation dans un message séparé.\n\n"
          "Malama Aisha, muna farin cikin sanar da ke cewa za ki yi hirar karshe da Babban Darakta, Malam Hamidou "
          "Boubacar Maïga, Ranar Laraba, 11 ga Nuwamba, 2026 da karfe 10 na safe (agogon Yamai), ta Microsoft Teams.\n\n"
          "Cordialement,\n" + sig)
    m1, id1 = email_msg("c22/1", frm=MARIAMA, to=[ME], date=d1, subject="Entretien final avec le Directeur Général / Hirar karshe",
                        text=t1, html_text=to_html(t1, "Arial,sans-serif"))
    s = T(2026, 11, 11, 10, 0, "Africa/Niamey", "Wed", "+01:00")
    e = s + timedelta(minutes=45)
    b2 = ("Madame Bello,\n\nVeuillez trouver ci-dessous le lien Teams pour votre entretien final avec M. Maïga, "
          "Directeur Général.\n\nCordialement,\nMariama")
    m2 = outlook_invite("c22/2", sender=MARIAMA, to=[ME, MAIGA],
                        subject="Entretien final - Responsable Achats et Approvisionnements (A. Bello / DG)", start=s,
                        end=e, tzid="W. Central Africa Standard Time", body=b2, location="Réunion Microsoft Teams",
                        sent=T(2026, 10, 30, 11, 9, "Africa/Niamey", "Fri", "+01:00", 47), attendees=[ME, MAIGA],
                        uid=ms_uid("c22"), lang="fr-FR", mid_host="MR1P264MB2290.FRAP264.PROD.OUTLOOK.COM")
    d3 = T(2026, 11, 10, 16, 30, "Africa/Niamey", "Tue", "+01:00", 5)
    t3 = ("Assalamu alaikum Malama Aisha,\n\nIna tunatar da ke cewa hirarki da Babban Darakta za ta kasance gobe, "
          "Laraba, da karfe 10 na safe agogon Yamai (daidai da karfe 10 na safe a Kano). Ki shiga Teams minti biyar "
          "kafin lokacin.\n\nAllah ya bada sa'a,\nMariama")
    m3, _ = email_msg("c22/3", frm=MARIAMA, to=[ME], date=d3, subject="Tunatarwa: hirar karshe gobe / Rappel", text=t3,
                      refs=[id1])
    lab = LBL([IV(SOMILIP, "Responsable Achats et Approvisionnements", s, e, "scheduled", [em(MAIGA)], [em(MAIGA)],
                  "hiring_manager")], "medium", "positive/french-hausa-teams-dedupe",
              "French/Hausa mail + French Outlook Teams invite ('(UTC+01:00) Afrique centrale - Ouest') + Hausa "
              "'gobe' reminder: one final with the Director General, Wed 11 Nov 10:00-10:45 (Niamey = WAT).")
    return [("01-mariama-entretien-final.eml", m1), ("02-invitation-teams-dg.eml", m2), ("03-tunatarwa-gobe.eml", m3)], lab


# ----------------------------------------------------------------------------------------------
# audits, README, main
# ----------------------------------------------------------------------------------------------
def audit_weekdays():
    en_wd = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    en_mo = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
    pats = [
        ("en", re.compile(rf"\b{en_wd},?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+{en_mo}\b(?:,?\s+(\d{{4}}))?")),
        ("en2", re.compile(rf"\b{en_wd},?\s+{en_mo}\s+(\d{{1,2}})\b(?:,\s+(\d{{4}}))?")),
        ("ha", re.compile(r"\b(Litinin|Talata|Laraba|Alhamis|Juma'a|Asabar|Lahadi),?\s+(\d{1,2})\s+ga\s+(\w+)(?:,?\s+(\d{4}))?")),
        ("fr", re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{1,2})(?:er)?\s+(\w+)(?:\s+(\d{4}))?")),
    ]
    n = 0
    for text in ALL_TEXT:
        for kind, p in pats:
            for m in p.finditer(text):
                g = m.groups()
                if kind == "en":
                    wd, day, mo, yr = g
                elif kind == "en2":
                    wd, mo, day, yr = g
                else:
                    wd, day, mo, yr = g
                if kind in ("en", "en2"):
                    month = next(i + 1 for i, x in enumerate(MON_EN) if x.startswith(mo))
                    want = next(i for i, x in enumerate(WD_EN) if x.startswith(wd))
                elif kind == "ha":
                    month = MON_HA.index(mo) + 1
                    want = WD_HA.index(wd)
                else:
                    month = MON_FR.index(mo) + 1
                    want = WD_FR.index(wd)
                dt = datetime(int(yr or 2026), month, int(day))
                assert dt.weekday() == want, (m.group(0), dt)
                n += 1
    return n


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind326: Kano and Abuja job search in Hausa, Nigerian English and French (written blind)", "",
        f"Mailbox owner: Aisha Bello <{OWNER}>, a procurement officer living in Kano (Africa/Lagos, WAT, UTC+01:00, no DST).",
        "",
        "This set was written blind: only the eval README and three dev files (one Google invite, one Calendar API event, "
        "the top of dev/labels.yaml) were read for the format; no tool code, tests or other sets were consulted.", "",
        "## What it stresses",
        "- Hausa HR wording (\"Muna gayyatar ki zuwa hira\", \"hirar aiki\", \"Ranar Laraba, 21 ga Oktoba, 2026\", "
        "\"da karfe 10 na safe\", \"gobe\", \"an dage\") next to Nigerian-English formality (\"Dear Madam\", \"kindly "
        "revert\", \"Friday by 4pm\", \"WAT\") and French from Niamey.",
        "- A hiring process with steps that are and are not interviews: phone screen, paper aptitude test (negative), "
        "panel day at the office sent as three invites, final with the MD, offer (negative).",
        "- A bilingual federal notice postponed by a second notice (\"an dage\"), an NGO Teams invite cancelled by "
        "METHOD:CANCEL, two interviews in one French/Hausa case, relative dates (\"gobe\", \"tomorrow\", \"Friday\"), "
        "a propose-then-confirm thread across Dubai/London/Kano.",
        "- Look-alike negatives: Juma'a/Sallah greeting with a meeting time, mosque committee that interviews a teacher, "
        "bank BVN appointment, WhatsApp forward about a recruitment exercise, HireVue one-way video, Workday rejection, "
        "scam impersonating the Dubai employer, offer letter.", "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)}; by status: {fmt(by_status)}; by kind: {fmt(by_kind)}", "",
        "## Formats",
        "- Plain and HTML e-mails (quoted-printable and base64), human threads with In-Reply-To/References.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, invite.ics): cases 09, 16.",
        "- Exchange/Teams meeting requests with Windows TZIDs and X-MICROSOFT-CDO-* properties: cases 11 (REQUEST + CANCEL), 15, 22 (French).",
        "- ATS/vendor mails with .ics attachments: Workday (08), Calendly (12), employer .ics attachments (02, 06, 07); HireVue (14), Workday rejection (17).",
        "- Standalone Outlook .ics: case 19. Google Calendar API events (.gcal.json): cases 08, 21.", "",
        "## Time-zone / DST points",
        "- All Nigerian times are WAT (+01:00, no DST); Niamey (Africa/Niamey) is also +01:00 with no DST: cases 07 and 22 say "
        "\"heure de Niamey\" / \"agogon Yamai\" and the labels equal Kano wall-clock time.",
        "- Case 01: \"gobe da karfe 2 na rana\" resolved against Date Mon 5 Oct 2026 -> Tue 6 Oct 14:00 WAT.",
        "- Case 05: \"Friday by 4pm\" in a mail dated Wed 14 Oct -> Fri 16 Oct 16:00 WAT.",
        "- Case 08: Workday .ics in UTC (09:00Z) = 10:00 WAT; Workday mail Date in +0000.",
        "- Cases 09 and 16: Google invites carry UTC DTSTART (Z) and mail Date +0000; labels in WAT.",
        "- Case 11 and 22: Outlook TZID \"W. Central Africa Standard Time\" with labels \"(UTC+01:00) West Central Africa\" / "
        "\"(UTC+01:00) Afrique centrale - Ouest\".",
        "- Case 12: Calendly confirmation shows West Africa Time (11:30) for a Dubai host (Asia/Dubai +04:00, no DST = 14:30), .ics in UTC.",
        "- Case 15: EU/UK DST ended Sun 25 Oct 2026. Slots offered in UAE time (+04:00); the London manager's invite uses "
        "TZID \"GMT Standard Time\" 11:00 on Tue 3 Nov = 11:00 UTC = 12:00 WAT = 15:00 Dubai. Before 25 Oct London and "
        "Kano would have shown the same clock time; after it London is one hour behind Kano.",
        "- Case 19: standalone .ics in TZID \"Arabian Standard Time\" 14:00 = 11:00 WAT.",
        "- US DST (ends Sun 1 Nov 2026) does not affect any case; the script asserts it and the EU/UK dates anyway.",
        "- Case 22: Hausa reminder \"gobe, Laraba\" dated Tue 10 Nov -> Wed 11 Nov.", "",
        "Regenerate with `python make_cases.py` (deterministic; rewrites b326-* folders, labels.yaml and this README).",
    ]
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    assert_dst_facts()
    for p in sorted(OUT.glob("b326-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for i, (slug, fn) in enumerate(CASES, 1):
        assert slug.startswith(f"b326-{i:02d}-"), slug
        items, label = fn()
        folder = OUT / slug
        folder.mkdir()
        for j, (name, content) in enumerate(items, 1):
            assert name.startswith(f"{j:02d}-"), name
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            if name.endswith(".eml"):
                content.encode("ascii")
            (folder / name).write_bytes(content.encode("utf-8"))
        labels[slug] = label
    n_pos = sum(1 for v in labels.values() if v["interview"])
    assert 20 <= len(labels) <= 24 and 0.55 <= n_pos / len(labels) <= 0.60, (len(labels), n_pos)
    n_wd = audit_weekdays()
    header = "# Labels for blind326 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110)
    (OUT / "labels.yaml").write_text(header + body, encoding="utf-8")
    write_readme(labels)
    print(f"wrote {len(labels)} cases ({n_pos} positive), {sum(len(v['interviews']) for v in labels.values())} "
          f"interviews; {len(OFFSET_CHECKS)} offsets and {n_wd} written dates checked")


if __name__ == "__main__":
    main()
