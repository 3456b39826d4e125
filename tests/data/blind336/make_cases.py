#!/usr/bin/env python3
"""Generate the blind336 evaluation set (Harare / Bulawayo job search, written blind).

Deletes and rewrites every b336-* case folder, labels.yaml and README.md next to this
script. Standard library + PyYAML only; output is byte-identical on every run (all dates,
Message-IDs, UIDs and MIME boundaries are fixed or derived from hashes of SEED).
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind336/harare-bulawayo/v1"
PREFIX = "b336"
OWNER = "tendai.moyo@example.com"
OWNER_NAME = "Tendai Moyo"
ME = (OWNER_NAME, OWNER)

HRE = ZoneInfo("Africa/Harare")
LUN = ZoneInfo("Africa/Lusaka")
JNB = ZoneInfo("Africa/Johannesburg")
AMS = ZoneInfo("Europe/Amsterdam")
UTC = timezone.utc
PLUS2 = ("Africa/Harare", "Africa/Lusaka", "Africa/Johannesburg")

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


# ----------------------------------------------------------------------------- time checks
def T(tz, y, mo, d, hh, mi, wd, off=None, ss=0):
    """Aware datetime with an asserted weekday and UTC offset (hours)."""
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert WD[x.weekday()] == wd, (x, wd, WD[x.weekday()])
    if off is None:
        if tz is UTC:
            off = 0
        elif getattr(tz, "key", "") in PLUS2:
            off = 2
        else:
            raise AssertionError(f"explicit offset required for {tz} {x}")
    assert x.utcoffset() == timedelta(hours=off), (x, x.utcoffset(), off)
    return x


def D(y, mo, d, wd):
    """Assert the weekday of a calendar date mentioned in text."""
    x = datetime(y, mo, d)
    assert WD[x.weekday()] == wd, (x, wd)
    return x


def _dst_checks():
    h = lambda n: timedelta(hours=n)
    ny, lon = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
    assert datetime(2026, 3, 7, 12, tzinfo=ny).utcoffset() == h(-5)
    assert datetime(2026, 3, 9, 12, tzinfo=ny).utcoffset() == h(-4)
    assert datetime(2026, 10, 31, 12, tzinfo=ny).utcoffset() == h(-4)
    assert datetime(2026, 11, 2, 12, tzinfo=ny).utcoffset() == h(-5)
    for z, s, w in ((lon, 1, 0), (AMS, 2, 1)):
        assert datetime(2026, 3, 28, 12, tzinfo=z).utcoffset() == h(w)
        assert datetime(2026, 3, 30, 12, tzinfo=z).utcoffset() == h(s)
        assert datetime(2026, 10, 24, 12, tzinfo=z).utcoffset() == h(s)
        assert datetime(2026, 10, 26, 12, tzinfo=z).utcoffset() == h(w)
    # exact EU switch: 01:00 UTC on Sunday 25 October 2026
    assert datetime(2026, 10, 25, 0, 59, tzinfo=UTC).astimezone(AMS).utcoffset() == h(2)
    assert datetime(2026, 10, 25, 1, 0, tzinfo=UTC).astimezone(AMS).utcoffset() == h(1)
    assert WD[datetime(2026, 10, 25).weekday()] == "Sun"
    # Harare, Lusaka, Johannesburg: UTC+2 all through Oct-Nov 2026 (no DST)
    for z in (HRE, LUN, JNB):
        for k in range(61):
            x = datetime(2026, 10, 1, 12, tzinfo=z) + timedelta(days=k)
            assert x.utcoffset() == h(2), (z, x)


_dst_checks()


# ----------------------------------------------------------------------------- hashing / ids
def hx(*parts, n=32):
    s = "|".join((SEED,) + tuple(str(p) for p in parts))
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def hnum(*parts, digits=12):
    return str(int(hx(*parts, n=30), 16) % (10 ** digits)).zfill(digits)


def halpha(*parts, n=10):
    raw = hashlib.sha256(("|".join((SEED,) + parts)).encode()).digest()
    return "".join("abcdefghijkmnopqrstuvwxyz"[b % 25] for b in raw[:n])


def msgid(key, domain):
    return f"<{hx('mid', key, n=20)}.{hnum('mid2', key, digits=6)}@{domain}>"


def boundary(key, style="google"):
    if style == "google":
        return "0000000000" + hx("bnd", key, n=16)
    if style == "outlook":
        return "_000_" + hx("bnd", key, n=28).upper() + "prodoutlookcom_"
    return "----=_Part_" + hnum("bnd", key, digits=7) + "_" + hnum("bnd2", key, digits=9) + "." + hnum("bnd3", key, digits=13)


def meet_code(key):
    a = halpha("meet", key, n=10)
    return f"{a[:3]}-{a[3:7]}-{a[7:10]}"


def ip(key):
    return f"198.51.100.{int(hx('ip', key, n=4), 16) % 250 + 2}"


# ----------------------------------------------------------------------------- formatting
def rfc_date(x):
    return format_datetime(x)


def ics_utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def gtime(x):
    hr = x.hour % 12 or 12
    mm = f":{x.minute:02d}" if x.minute else ""
    return f"{hr}{mm}{'am' if x.hour < 12 else 'pm'}"


def gday_short(x):
    return f"{WD[x.weekday()]} {MON[x.month - 1]} {x.day}, {x.year}"


def gday_long(x):
    return f"{WDL[x.weekday()]} {MON[x.month - 1]} {x.day}, {x.year}"


def uk_day(x):
    return f"{WDL[x.weekday()]}, {x.day} {MONL[x.month - 1]} {x.year}"


def us_day(x):
    return f"{WDL[x.weekday()]}, {MONL[x.month - 1]} {x.day}, {x.year}"


SPECIALS = set('()<>@,;:\\".[]')


def addr(name, email):
    if not name:
        return email
    if not name.isascii():
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in SPECIALS for c in name):
        return '"' + name.replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def addrs(people):
    return ", ".join(addr(n, e) for n, e in people)


def header_line(name, value):
    if "\n" in value:  # pre-folded raw value
        return f"{name}: {value}"
    if not value.isascii():
        return f"{name}: " + Header(value, "utf-8", header_name=name).encode()
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() not in (f"{name}:", ""):
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


# ----------------------------------------------------------------------------- MIME building
def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    if not text.endswith("\n"):
        text += "\n"
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, payload, cte, extra=()):
    raw = payload.encode("utf-8") if isinstance(payload, str) else payload
    if cte == "base64":
        body = b64(raw)
    elif cte == "quoted-printable":
        body = qp(payload)
    else:
        assert raw.isascii(), ctype
        body = payload if payload.endswith("\n") else payload + "\n"
    hdr = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(hdr) + "\n\n" + body


def multi(subtype, parts, bnd):
    ctype = f'multipart/{subtype}; boundary="{bnd}"'
    body = "".join(f"--{bnd}\n{p}\n" for p in parts) + f"--{bnd}--\n"
    return ctype, body


def nest(ctype, body):
    return f"Content-Type: {ctype}\n\n{body}"


PLAIN = 'text/plain; charset="UTF-8"'
HTMLT = 'text/html; charset="UTF-8"'


def html_of(text, font="Arial,Helvetica,sans-serif"):
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def received(key, sent, from_host):
    return (f"from {from_host} ({from_host} [{ip(key)}])\n"
            f"        by mx1.example.com with ESMTPS id {hx('rcv', key, n=12)}\n"
            f"        for <{OWNER}>;\n"
            f"        {rfc_date(sent + timedelta(seconds=2))}")


def eml(key, *, sent, frm, to, subject, mid, ctype, body, cte=None, cc=None, reply_to=None,
        in_reply_to=None, refs=None, sender=None, extra=(), host=None, to_raw=None):
    dom = frm[1].split("@")[1]
    hdrs = [("Delivered-To", OWNER),
            ("Received", received(key, sent, host or f"mail.{dom}")),
            ("Return-Path", f"<{sender[1] if sender else frm[1]}>")]
    hdrs.append(("From", addr(*frm)))
    if sender:
        hdrs.append(("Sender", addr(*sender)))
    if reply_to:
        hdrs.append(("Reply-To", addr(*reply_to)))
    hdrs.append(("To", to_raw if to_raw else addrs(to)))
    if cc:
        hdrs.append(("Cc", addrs(cc)))
    hdrs.append(("Subject", subject))
    hdrs.append(("Date", rfc_date(sent)))
    hdrs.append(("Message-ID", mid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if refs:
        hdrs.append(("References", " ".join(refs)))
    hdrs.extend(extra)
    lines = [header_line(k, v) for k, v in hdrs]
    lines.append("MIME-Version: 1.0")
    lines.append(f"Content-Type: {ctype}")
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    data = ("\n".join(lines) + "\n\n" + body).encode("ascii")
    return data


def text_mail(key, text, *, html_too=False, text_cte="quoted-printable", html_cte="quoted-printable",
              font="Arial,Helvetica,sans-serif", attachments=(), **kw):
    """Plain (optionally +HTML) human mail, optionally with attachments.
    attachments: list of (ctype_with_params, filename, bytes)."""
    if not html_too and not attachments:
        if text_cte == "7bit":
            return eml(key, ctype=PLAIN, body=text if text.endswith("\n") else text + "\n", cte="7bit", **kw)
        body = qp(text) if text_cte == "quoted-printable" else b64(text.encode("utf-8"))
        return eml(key, ctype=PLAIN, body=body, cte=text_cte, **kw)
    parts = [leaf(PLAIN, text, text_cte)]
    if html_too:
        parts.append(leaf(HTMLT, html_of(text, font), html_cte))
        ct, bd = multi("alternative", parts, boundary(key + "/alt"))
        inner = nest(ct, bd)
    else:
        inner = parts[0]
    if not attachments:
        ct, bd = multi("alternative", parts, boundary(key + "/alt"))
        return eml(key, ctype=ct, body=bd, **kw)
    mparts = [inner]
    for ctype, fname, data in attachments:
        mparts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                           extra=[f'Content-Disposition: attachment; filename="{fname}"']))
    ct, bd = multi("mixed", mparts, boundary(key + "/mix"))
    return eml(key, ctype=ct, body=bd, **kw)


def quote(prev_sent, prev_from, prev_text):
    x = prev_sent
    head = (f"On {WD[x.weekday()]}, {x.day} {MON[x.month - 1]} {x.year} at {x.hour:02d}:{x.minute:02d}, "
            f"{prev_from[0]} <{prev_from[1]}> wrote:")
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in prev_text.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------- iCalendar
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, cur_len = [], "", 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if cur_len + n > limit:
            out.append(cur)
            cur, cur_len, limit = " ", 1, 75
        cur += ch
        cur_len += n
    out.append(cur)
    return "\r\n".join(out)


def ics_doc(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    p = f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        p += ";RSVP=TRUE"
    p += f";CN={name}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return p + f":mailto:{email}"


VTZ = {
    "Africa/Harare": ["BEGIN:VTIMEZONE", "TZID:Africa/Harare", "X-LIC-LOCATION:Africa/Harare",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:CAT",
                      "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Johannesburg": ["BEGIN:VTIMEZONE", "TZID:Africa/Johannesburg",
                            "X-LIC-LOCATION:Africa/Johannesburg", "BEGIN:STANDARD",
                            "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:SAST",
                            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "South Africa Standard Time": ["BEGIN:VTIMEZONE", "TZID:South Africa Standard Time",
                                   "BEGIN:STANDARD", "DTSTART:16010101T000000",
                                   "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:STANDARD",
                                   "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                   "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:DAYLIGHT",
                                   "END:VTIMEZONE"],
    "W. Europe Standard Time": ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
                                "BEGIN:STANDARD", "DTSTART:16010101T030000",
                                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                                "END:VTIMEZONE"],
}
# Windows / Olson TZID -> zone used to assert local times written with that TZID
TZID_ZONE = {"Africa/Harare": HRE, "Africa/Johannesburg": JNB,
             "South Africa Standard Time": HRE, "W. Europe Standard Time": AMS}


def dt_prop(name, x, tzid=None):
    if tzid is None:
        return f"{name}:{ics_utc(x)}"
    z = TZID_ZONE[tzid]
    assert x.astimezone(z).utcoffset() == x.utcoffset(), (tzid, x)
    return f"{name};TZID={tzid}:{ics_local(x)}"


# ----------------------------------------------------------------------------- Google invites
GOOGLE_FOOTER = """Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"""


def google_ics(*, method, uid, seq, organizer, guests, start, end, title, description, location,
               stamp, status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             dt_prop("DTSTART", start), dt_prop("DTEND", end), f"DTSTAMP:{ics_utc(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}",
             attendee(organizer[0], organizer[1], "ACCEPTED", rsvp=False, google=True)]
    for n, e in guests:
        lines.append(attendee(n if e != OWNER else OWNER, e, "NEEDS-ACTION", google=True))
    lines += [f"X-MICROSOFT-CDO-OWNERAPPTID:-{hnum('appt', uid, digits=10)}",
              f"CREATED:{ics_utc(stamp - timedelta(minutes=3))}",
              f"DESCRIPTION:{ics_esc(description)}",
              f"LAST-MODIFIED:{ics_utc(stamp)}",
              f"LOCATION:{ics_esc(location or '')}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_esc(title)}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_doc(lines)


def google_invite(key, *, organizer, guests, title, start, end, tzabbr, tzlabel, description,
                  sent, location=None, method="REQUEST", seq=0, uid=None, meet=True, kind="new"):
    """Google Calendar invitation e-mail (multipart/mixed). guests excludes the organizer."""
    uid = uid or f"{hx('gcal', key, n=26)}@google.com"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    prefix = {"new": "Invitation", "update": "Updated invitation", "cancel": "Canceled event"}[kind]
    subject = (f"{prefix}: {title} @ {gday_short(start)} {gtime(start)} - {gtime(end)} "
               f"({tzabbr}) ({OWNER})")
    code = meet_code(key)
    t = []
    if kind == "cancel":
        t.append("This event has been canceled and removed from your calendar.\n")
    elif kind == "update":
        t.append("This event has been updated\n")
    t.append(f"{title}\n{gday_long(start)} \u22c5 {gtime(start)} \u2013 {gtime(end)}\n{tzlabel}\n")
    if location:
        t.append(f"Location\n{location}\n")
    if meet and kind != "cancel":
        t.append(f"Join with Google Meet\nhttps://meet.google.com/{code}\n")
    t.append(f"Organizer\n{organizer[0]}\n{organizer[1]}\n")
    g = [f"{organizer[0]} - organizer", organizer[1]]
    for n, e in guests:
        if e == OWNER:
            g.append(e)
        else:
            g += [n, e]
    t.append("Guests\n" + "\n".join(g) + f"\nView all guest info {view}\n")
    if description:
        t.append(description.rstrip("\n") + "\n")
    if kind != "cancel":
        t.append(f"Reply for {OWNER} and view more details {view}\n")
    t.append("\n~~//~~\n" + GOOGLE_FOOTER + "\n")
    plain = "\n".join(t)
    htm = html_of(plain, "Roboto,Helvetica,Arial,sans-serif")
    status = "CANCELLED" if kind == "cancel" else "CONFIRMED"
    ics = google_ics(method=method, uid=uid, seq=seq, organizer=organizer, guests=guests, start=start,
                     end=end, title=title, description=description, location=location or "",
                     stamp=sent, status=status)
    alt = [leaf(PLAIN + "; format=flowed; delsp=yes", plain, "base64"),
           leaf(HTMLT, htm, "quoted-printable"),
           leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64")]
    ct, bd = multi("alternative", alt, boundary(key + "/alt"))
    mixed = [nest(ct, bd),
             leaf(f'application/ics; name="{"invite.ics"}"', ics, "base64",
                  extra=['Content-Disposition: attachment; filename="invite.ics"'])]
    ct2, bd2 = multi("mixed", mixed, boundary(key + "/mix"))
    data = eml(key, sent=sent, frm=organizer, to=[ME], subject=subject,
               mid=f"<calendar-{hx('gmid', key, n=8)}-{hx('gmid2', key, n=4)}-{hx('gmid3', key, n=4)}-"
                   f"{hx('gmid4', key, n=4)}-{hx('gmid5', key, n=12)}@google.com>",
               ctype=ct2, body=bd2, reply_to=organizer,
               sender=("Google Calendar", "calendar-notification@google.com"),
               host="mail-sor-f69.google.com")
    return data, uid


# ----------------------------------------------------------------------------- Exchange invites
def teams_block(key):
    tok = halpha("teams", key, n=40)
    mid = hnum("teamsid", key, digits=12)
    return ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0>\n"
            f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\nPasscode: {halpha('pw', key, n=6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting>\n" + "_" * 80 + "\n")


def exchange_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + hx("exuid", key, n=48).upper()


def exchange_invite(key, *, organizer, attendees, subject, start, end, tzid, when_label, body_text,
                    sent, uid, seq=0, location="Microsoft Teams Meeting", teams=True,
                    msg_domain="prod.outlook.com", lang="en-GB"):
    when = (f"When: {uk_day(start)} {start:%H:%M}-{end:%H:%M} {when_label}.\n"
            f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    plain = when + body_text.rstrip("\n") + "\n\n" + (teams_block(uid) if teams else "")
    htm = html_of(plain, "Aptos,Calibri,sans-serif")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ[tzid] + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{ics_esc(plain)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{ics_esc(subject)}",
              dt_prop("DTSTART", start, tzid), dt_prop("DTEND", end, tzid),
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(sent)}", "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{ics_esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('oaid', uid, n=7), 16)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_doc(lines)
    alt = [leaf(PLAIN, plain, "quoted-printable"), leaf(HTMLT, htm, "quoted-printable"),
           leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64")]
    ct, bd = multi("alternative", alt, boundary(key, "outlook"))
    to = [(n, e) for n, e in attendees]
    thread_index = base64.b64encode(bytes.fromhex(hx("tidx", key, n=44))).decode()
    extra = [("Thread-Topic", subject), ("Thread-Index", thread_index),
             ("Accept-Language", lang), ("Content-Language", lang),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage")]
    return eml(key, sent=sent, frm=organizer, to=to, subject=subject,
               mid=f"<{hx('exmid', key, n=36).upper()}@{msg_domain}>", ctype=ct, body=bd,
               extra=extra)


# ----------------------------------------------------------------------------- Calendly
def calendly_ics(key, *, host, start, end, title, description, location, stamp):
    uid = f"{hx('cal-uid', key, n=8)}-{hx('cal-uid2', key, n=4)}-{hx('cal-uid3', key, n=4)}-{hx('cal-uid4', key, n=12)}"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(stamp)}",
             dt_prop("DTSTART", start), dt_prop("DTEND", end), f"SUMMARY:{ics_esc(title)}",
             f"DESCRIPTION:{ics_esc(description)}", f"LOCATION:{ics_esc(location)}",
             f"ORGANIZER;CN={host[0]}:mailto:{host[1]}",
             attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp=False),
             "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ics_doc(lines)


# ----------------------------------------------------------------------------- case registry
CASES = []
TZ_NOTES = []


def iv(company, role, start, end, kind, interviewers, followup, status="scheduled"):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def add_case(slug, items, interviews, difficulty, category, notes, tz=None):
    n = len(CASES) + 1
    cid = f"{PREFIX}-{n:02d}-{slug}"
    files = []
    for i, (stem, data) in enumerate(items, 1):
        if isinstance(data, str):
            data = data.encode("utf-8")
        files.append((f"{i:02d}-{stem}", data))
    label = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
             "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}
    CASES.append({"id": cid, "n": n, "files": files, "label": label})
    if tz:
        TZ_NOTES.append((n, tz))
    return n


# ============================================================================= people
RUDO = ("Rudo Chikore", "rudo.chikore@mazoweleaf.example")
TAFADZWA = ("Tafadzwa Gumbo", "tafadzwa.gumbo@mazoweleaf.example")
KUDA = ("Kudakwashe Mhlanga", "kudakwashe.mhlanga@mazoweleaf.example")
TATENDA = ("Tatenda Nyathi", "tatenda.nyathi@msasatalent.example")
CHIPO = ("Chipo Marufu", "chipo.marufu@bvumbaseeds.example")
FARAI = ("Farai Chinhoyi", "farai.chinhoyi@bvumbaseeds.example")
TONDERAI = ("Tonderai Sithole", "tonderai.sithole@bvumbaseeds.example")
RUMBI = ("Rumbidzai Makoni", "rumbidzai.makoni@bvumbaseeds.example")
SIBUSISO = ("Sibusiso Ndlovu", "sibusiso.ndlovu@matopomilling.example")
NOMVULA = ("Nomvula Sibanda", "nomvula.sibanda@matopomilling.example")
NOKUTHULA = ("Nokuthula Mpofu", "nokuthula.mpofu@matopomilling.example")
SIPHO = ("Sipho Ncube", "sipho.ncube@matopomilling.example")
THEMBA = ("Themba Dube", "themba.dube@matopomilling.example")
BUSI = ("Busisiwe Khumalo", "busisiwe.khumalo@matopomilling.example")
NALEDI = ("Naledi Mokoena", "naledi.mokoena@vumela.example")
LINDIWE = ("Lindiwe Dlamini", "lindiwe.dlamini@vumela.example")
PIETER = ("Pieter van Wyk", "pieter.vanwyk@vumela.example")
THABO = ("Thabo Mahlangu", "thabo.mahlangu@vumela.example")
MUTINTA = ("Mutinta Hamoonga", "mutinta.hamoonga@zadb.example")
NATASHA = ("Natasha Phiri", "natasha.phiri@zadb.example")
MWILA = ("Mwila Banda", "mwila.banda@zadb.example")
CHANDA = ("Chanda Mulenga", "chanda.mulenga@zadb.example")
SANNE = ("Sanne de Vries", "sanne.devries@kgcommodities.example")
JORIS = ("Joris Bakker", "joris.bakker@kgcommodities.example")
EVA = ("Eva Smit", "eva.smit@kgcommodities.example")
MAARTEN = ("Maarten Visser", "maarten.visser@kgcommodities.example")

MAZOWE, MAZOWE_ROLE = "Mazowe Leaf Merchants", "Agricultural Economist (Leaf Procurement)"
MATOPO, MATOPO_ROLE = "Matopo Milling Company", "Grain Procurement Economist"
BVUMBA, BVUMBA_ROLE = "Bvumba Seed Company", "Market Research Economist"
VUMELA, VUMELA_ROLE = "Vumela AgriTech", "Agri Data Economist"
ZADB, ZADB_ROLE = "Zambezi Agricultural Development Bank", "Senior Economist, Agricultural Finance"
KGC, KGC_ROLE = "Keizersgracht Commodities", "Commodity Analyst, Africa Origination (Tobacco & Grains)"

em = lambda p: p[1]


# ============================================================================= cases
def case01():
    sent = T(HRE, 2026, 10, 6, 16, 5, "Tue")
    start = T(HRE, 2026, 10, 7, 10, 0, "Wed")
    text = f"""Mhoro Tendai,

Makadii? Ndatenda nekunyorera basa re{MAZOWE_ROLE} kuMazowe Leaf.

Tinoda kuita hurukuro yebasa newe pafoni mangwana na10 mangwanani. Ndini ndichakufonera pa 0772 418 305 \u2014 the number on your CV.

Just so we're clear in English as well: it's a first phone interview with me, tomorrow at 10:00 CAT, roughly half an hour. I'll ask about your work on contract-farming input schemes, your notice period and your salary expectations. Nothing technical at this stage, so no need to prepare figures.

Kana nguva iyi isingakukodzeri, ndiudze nhasi kusati kwadoka (let me know before the end of today) and we'll find another slot later in the week.

Ndinokutendai,
Rudo Chikore
HR Officer | Mazowe Leaf Merchants (Pvt) Ltd
Willowvale Road, Southerton, Harare
+263 242 621 770
"""
    m = text_mail("c01", text, sent=sent, frm=RUDO, to=[ME], subject="Hurukuro yebasa - Agricultural Economist (Leaf Procurement)",
                  mid=msgid("c01", "mazoweleaf.example"))
    add_case("mazowe-phone-screen-shona-mangwana", [("rudo-hurukuro-yebasa.eml", m)],
             [iv(MAZOWE, MAZOWE_ROLE, start, start + timedelta(minutes=30), "phone_screen", [em(RUDO)], [em(RUDO)])],
             "medium", "positive/email-body-only-relative-date",
             "Shona/English mail from the HR officer: 'mangwana na10 mangwanani' (tomorrow at 10 in the morning) "
             "resolved against the Tue 6 Oct Date header -> Wed 7 Oct 10:00 CAT; 'roughly half an hour'. "
             "The recruiter conducts the call.",
             tz="Relative date only: 'mangwana' (tomorrow) vs Date Tue 6 Oct 2026 +0200 -> Wed 7 Oct 10:00 CAT.")


def case02():
    sent = T(HRE, 2026, 10, 8, 7, 30, "Thu")
    D(2026, 10, 20, "Tue"); D(2026, 10, 21, "Wed"); D(2026, 10, 26, "Mon"); D(2026, 10, 16, "Fri")
    text = """Good morning,

Here are this week's agriculture and agribusiness vacancies from Msasa Talent Partners. If one of them fits, reply with your CV in Word format and the job code in the subject line. Please don't send certificates at this stage.

MT-2611  Farm Manager (tobacco & maize, 400 ha), Chinhoyi
Grade 12+ / Diploma in Agriculture, 5 years managing labour and irrigation. Accommodation on farm.

MT-2614  Agronomist, contract tobacco scheme, Mvurwi
Degree in Agronomy or Crop Science, own motorbike licence. Shortlisted candidates interviewed in Harare on 20 and 21 October.

MT-2617  Grain Trader, Bulawayo
Maize, wheat and soya; SAFEX exposure an advantage. Interviews for this one will run in Bulawayo the same week.

MT-2620  Agricultural Economist, NGO food security programme, Masvingo (12-month contract)
MSc Agricultural Economics, Stata or R, household survey experience. Interviews for shortlisted candidates are planned for the week of 26 October.

MT-2623  Credit Officer, agri-lending, Harare
Banking background plus understanding of seasonal cash flows for smallholders.

Closing date for all of the above: Friday 16 October. Only shortlisted candidates will be contacted.

Kind regards,
Tatenda Nyathi
Senior Consultant | Msasa Talent Partners
2nd Floor, Msasa Office Park, Harare
www.msasatalent.example

You are receiving this because you registered with Msasa Talent Partners. To stop these e-mails reply with UNSUBSCRIBE.
"""
    m = text_mail("c02", text, html_too=True, html_cte="base64", sent=sent,
                  frm=("Msasa Talent Partners", "jobs@msasatalent.example"), to=[], to_raw="undisclosed-recipients:;",
                  reply_to=TATENDA,
                  subject="This week's agri vacancies \u2013 interviews in Harare & Bulawayo from 20 Oct",
                  mid=msgid("c02", "msasatalent.example"),
                  extra=[("List-Unsubscribe", "<mailto:jobs@msasatalent.example?subject=UNSUBSCRIBE>"),
                         ("Precedence", "bulk")])
    add_case("msasa-recruiter-job-blast", [("msasa-vacancies.eml", m)], [], "medium", "negative/job-blast",
             "Recruitment agency bulk mail listing vacancies and generic interview dates for shortlisted "
             "candidates; nothing is booked for the owner.")


def case03():
    sent = T(UTC, 2026, 10, 9, 9, 41, "Fri", ss=17)
    start = T(HRE, 2026, 10, 12, 9, 30, "Mon")
    end = start + timedelta(minutes=30)
    title = "Screening call - Market Research Economist"
    desc = ("Mhoro! This is a short first conversation about the Market Research Economist role at Bvumba Seed "
            "Company in Mutare: your background, why seed, and your notice period. Nothing to prepare.")
    loc = "Phone call. Chipo Marufu will call you at +263 772 418 305"
    text = f"""Hi {OWNER_NAME},

A new event has been scheduled.

Event Type:
{title}

Invitee:
{OWNER_NAME}

Invitee Email:
{OWNER}

Event Date/Time:
09:30am - 10:00am (Central Africa Time) on {us_day(start)}

Location:
{loc}

Description:
{desc}

Questions:
How did you hear about the role?
The Manica Post advert and a former colleague at AGRITEX.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx('cly', 'c03', n=8)}-{hx('cly2', 'c03', n=4)}
Reschedule: https://calendly.com/reschedulings/{hx('cly', 'c03', n=8)}-{hx('cly2', 'c03', n=4)}

Powered by Calendly.com
"""
    ics = calendly_ics("c03", host=CHIPO, start=start, end=end, title=f"{title} (Chipo Marufu and {OWNER_NAME})",
                       description=desc, location=loc, stamp=sent)
    m = text_mail("c03", text, html_too=True, sent=sent, frm=("Calendly", "notifications@calendly.com"), to=[ME],
                  reply_to=CHIPO,
                  subject=f"Confirmed: {title} with Chipo Marufu on {us_day(start)}",
                  mid=msgid("c03", "calendly.com"), host="mail.calendly.com",
                  attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", ics.encode())])
    add_case("bvumba-calendly-screening-call", [("calendly-confirmed-screening.eml", m)],
             [iv(BVUMBA, BVUMBA_ROLE, start, end, "phone_screen", [em(CHIPO)], [em(CHIPO)])],
             "easy", "positive/calendly",
             "Calendly confirmation (Date header +0000, 09:41 UTC) for a recruiter screening call in Central "
             "Africa Time; Reply-To is the recruiter, who makes the call.",
             tz="Calendly Date header in +0000 (09:41 UTC = 11:41 CAT); event shown in 'Central Africa Time'.")


def case04():
    sent = T(HRE, 2026, 10, 12, 17, 48, "Mon")
    start = T(HRE, 2026, 10, 13, 14, 0, "Tue")
    t1 = """Sawubona Tendai,

Ingxoxo yomsebenzi izakuba kusasa ngo-2 emini.

Apologies for the short notice - our MD only signed off the shortlist this afternoon. In plain English: we would like to hold the telephone interview for the Grain Procurement Economist post tomorrow at 2 o'clock in the afternoon. I will ring you from our Belmont office, and Nomvula Sibanda, our Grain Procurement Manager (copied), will be on the line with me. Please set aside about 40 minutes.

Expect questions on GMB producer prices, maize and wheat import parity, and how you would manage a procurement budget when the exchange rate moves from week to week.

If tomorrow is impossible, reply tonight and I will try to arrange Wednesday morning instead.

Ngiyabonga,
Sibusiso Ndlovu
Human Resources Officer
Matopo Milling Company (Pvt) Ltd
7 Khami Road, Belmont, Bulawayo
+263 292 471 605
"""
    mid1 = msgid("c04a", "matopomilling.example")
    m1 = text_mail("c04a", t1, text_cte="7bit", sent=sent, frm=SIBUSISO, to=[ME], cc=[NOMVULA],
                   subject="Grain Procurement Economist - telephone interview", mid=mid1)
    sent2 = T(HRE, 2026, 10, 12, 19, 2, "Mon")
    t2 = ("Sawubona Sibusiso,\n\nNgiyabonga. Kusasa ngo-2 kulungile - 2pm tomorrow is fine and I'll keep my line "
          "free. Best number is 0772 418 305.\n\nRegards,\nTendai\n\n" + quote(sent, SIBUSISO, t1))
    m2 = text_mail("c04b", t2, text_cte="7bit", sent=sent2, frm=ME, to=[SIBUSISO], cc=[NOMVULA],
                   subject="Re: Grain Procurement Economist - telephone interview",
                   mid=msgid("c04b", "example.com"), in_reply_to=mid1, refs=[mid1], host="smtp.example.com")
    add_case("matopo-phone-interview-ndebele-kusasa",
             [("sibusiso-telephone-interview.eml", m1), ("re-telephone-interview.eml", m2)],
             [iv(MATOPO, MATOPO_ROLE, start, start + timedelta(minutes=40), "phone_screen",
                 [em(SIBUSISO), em(NOMVULA)], [em(SIBUSISO), em(NOMVULA)])],
             "medium", "positive/email-body-only-relative-date",
             "Ndebele line 'Ingxoxo yomsebenzi izakuba kusasa ngo-2 emini' plus English 'tomorrow at 2 o'clock'; "
             "Date Mon 12 Oct -> Tue 13 Oct 14:00 CAT, about 40 minutes; HR officer and copied procurement "
             "manager both on the call. Owner's reply confirms.",
             tz="Relative date only: 'kusasa' / 'tomorrow' vs Date Mon 12 Oct 2026 17:48 +0200 -> Tue 13 Oct 14:00 CAT.")


def case05():
    sent = T(UTC, 2026, 10, 8, 8, 14, "Thu", ss=9)
    start = T(JNB, 2026, 10, 14, 14, 0, "Wed")
    end = start + timedelta(minutes=75)
    code = meet_code("c05")
    text = f"""Hi Tendai,

Your interview with Vumela AgriTech is confirmed. Details below, and a calendar file is attached.

Position: Agri Data Economist
Interview: Technical Interview - Modelling Exercise
Date: Wednesday, October 14, 2026
Time: 14:00 - 15:15 SAST (GMT+02:00) Johannesburg
Location: Google Meet - https://meet.google.com/{code}

Interviewers:
Lindiwe Dlamini - Head of Data Science
Pieter van Wyk - Senior Data Scientist

What to expect: this is a live, hands-on session. You'll share your screen and work through a small maize yield-and-price dataset with Lindiwe and Pieter, talking through your choices as you go. Python, R or Excel are all fine; we care more about how you reason about farm-gate prices than about the tool.

If anything changes on your side, just reply to this email and I'll sort it out.

Best,
Naledi Mokoena
Talent Coordinator, Vumela AgriTech
"""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Interview Scheduling//EN",
             "METHOD:REQUEST"] + VTZ["Africa/Johannesburg"] + [
        "BEGIN:VEVENT", f"UID:interview-{hnum('gh', 'c05', digits=9)}@greenhouse.io",
        f"DTSTAMP:{ics_utc(sent)}", dt_prop("DTSTART", start, "Africa/Johannesburg"),
        dt_prop("DTEND", end, "Africa/Johannesburg"),
        f"SUMMARY:{ics_esc('Technical Interview - Modelling Exercise: Tendai Moyo (Agri Data Economist)')}",
        f"DESCRIPTION:{ics_esc('Vumela AgriTech technical interview. Join: https://meet.google.com/' + code + chr(10) + 'Interviewers: Lindiwe Dlamini, Pieter van Wyk')}",
        f"LOCATION:https://meet.google.com/{code}",
        f"ORGANIZER;CN={NALEDI[0]}:mailto:{NALEDI[1]}",
        attendee(*LINDIWE, partstat="ACCEPTED", rsvp=False),
        attendee(*PIETER, partstat="ACCEPTED", rsvp=False),
        attendee(OWNER_NAME, OWNER),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_doc(lines)
    m = text_mail("c05", text, html_too=True, html_cte="base64", sent=sent,
                  frm=("Naledi Mokoena", "no-reply@us.greenhouse-mail.io"), to=[ME], reply_to=NALEDI,
                  subject="Interview Confirmation: Agri Data Economist at Vumela AgriTech",
                  mid=msgid("c05", "us.greenhouse-mail.io"), host="o1.us.greenhouse-mail.io",
                  attachments=[("text/calendar; charset=UTF-8", "interview.ics", ics.encode())])
    add_case("vumela-greenhouse-technical-sast", [("greenhouse-interview-confirmation.eml", m)],
             [iv(VUMELA, VUMELA_ROLE, start, end, "technical", [em(LINDIWE), em(PIETER)], [em(LINDIWE), em(PIETER)])],
             "easy", "positive/ats-email-with-ics",
             "Greenhouse confirmation from no-reply with coordinator Reply-To; .ics in Africa/Johannesburg "
             "(SAST = CAT) lists the two interviewers; 75 minutes.",
             tz="14:00 SAST (Africa/Johannesburg VTIMEZONE) = 14:00 CAT; Greenhouse Date header +0000.")


def case06():
    sent = T(UTC, 2026, 10, 5, 18, 12, "Mon", ss=40)
    start = T(HRE, 2026, 10, 17, 9, 0, "Sat")
    end = T(HRE, 2026, 10, 17, 13, 0, "Sat")
    org = ("Ruvimbo Mashingaidze", "ruvimbo.mashingaidze@covenantborrowdale.example")
    desc = """Mhoro Mukoma Tendai,

Thank you for agreeing to speak at this year's Men's Conference. Order for Session 3:
09:00 Opening prayer and worship - Pastor Tinashe Mutasa
09:30 "Farming as stewardship: lessons from the 2025/26 tobacco season" - Tendai Moyo (40 min)
10:15 On-stage interview: Elder Godfrey Gwaze will interview you, then questions from the floor (about 30 min)
11:00 Tea
11:30 Small-group discussions by district
12:45 Closing prayer; lunch in the fellowship hall at 13:00

Please bring your slides on a flash drive by 08:30. Mwari akuropafadzei.
Ruvimbo (church office)"""
    m, _ = google_invite("c06", organizer=org,
                         guests=[("Tinashe Mutasa", "tinashe.mutasa@covenantborrowdale.example"),
                                 ("Godfrey Gwaze", "godfrey.gwaze@covenantborrowdale.example"), ME],
                         title="Men's Conference 2026 - Session 3: Faith, Land & Livelihoods (speaker: Tendai Moyo)",
                         start=start, end=end, tzabbr="CAT", tzlabel="Central Africa Time - Harare",
                         description=desc, sent=sent, meet=False,
                         location="Covenant Church Borrowdale, Main Hall, Harare")
    add_case("church-mens-conference-speaker", [("invitation-mens-conference.eml", m)], [], "medium",
             "negative/church-conference",
             "Google invite from the church office: the owner speaks at a men's conference and is "
             "'interviewed on stage' by an elder; not a job interview.")


def case07():
    sent = T(LUN, 2026, 10, 9, 8, 2, "Fri", ss=44)
    start = T(LUN, 2026, 10, 15, 10, 0, "Thu")
    end = start + timedelta(minutes=45)
    text = f"""Dear Tendai,

Thank you for your interest in Zambezi Agricultural Development Bank. We are pleased to confirm the following interview.

Job Requisition: R-0418 {ZADB_ROLE} (Lusaka)
Interview Type: Recruiter Screen (Microsoft Teams)
Date: {us_day(start)}
Time: 10:00 AM - 10:45 AM (GMT+02:00) Central Africa Time - Lusaka
Interviewer(s): Mutinta Hamoonga, Talent Acquisition Partner

Your interviewer will send the Microsoft Teams link separately before the interview.

To request a change, please contact Mutinta Hamoonga at mutinta.hamoonga@zadb.example. Please do not reply to this email; this mailbox is not monitored.

You can also view this interview on your Candidate Home page:
https://wd3.myworkday.com/zadb/d/home.htmld

Regards,
Talent Acquisition
Zambezi Agricultural Development Bank
"""
    m = text_mail("c07", text, html_too=True, sent=sent,
                  frm=("Zambezi Agricultural Development Bank", "zadb@myworkday.com"), to=[ME],
                  subject=f"Interview Scheduled - {ZADB_ROLE} (R-0418)", mid=msgid("c07", "myworkday.com"),
                  host="smtp-out.myworkday.com")
    add_case("zadb-workday-recruiter-screen", [("workday-interview-scheduled.eml", m)],
             [iv(ZADB, ZADB_ROLE, start, end, "phone_screen", [em(MUTINTA)], [em(MUTINTA)])],
             "easy", "positive/workday",
             "Workday 'Interview Scheduled' from zadb@myworkday.com; recruiter screen in Lusaka time (same "
             "offset as Harare); the recruiter's address is given in the text.",
             tz="Lusaka (Africa/Lusaka, CAT, UTC+2) = Harare time.")


def case08():
    s1 = T(AMS, 2026, 10, 19, 14, 22, "Mon", off=2)
    D(2026, 10, 26, "Mon")
    start = T(AMS, 2026, 10, 27, 15, 0, "Tue", off=1)
    assert start.astimezone(HRE).hour == 16
    t1 = f"""Dear Tendai,

Thank you for applying for the Commodity Analyst role on our Africa origination desk. Your background in tobacco contract schemes and maize marketing stood out, and I would like to set up a first call to get to know you and tell you more about the desk and the team.

I can offer either of these slots next week (Amsterdam time):
  - Monday 26 October, 11:00
  - Tuesday 27 October, 15:00

The call is 30 minutes on Microsoft Teams, just the two of us. Which works better for you?

Kind regards,
Sanne de Vries
Talent Acquisition | Keizersgracht Commodities B.V.
Herengracht 412, 1017 BX Amsterdam
+31 20 794 3316
"""
    mid1 = msgid("c08a", "kgcommodities.example")
    subj = "Keizersgracht Commodities \u2013 Commodity Analyst, Africa Origination"
    m1 = text_mail("c08a", t1, html_too=True, font="Calibri,sans-serif", sent=s1, frm=SANNE, to=[ME], subject=subj, mid=mid1)
    s2 = T(HRE, 2026, 10, 19, 18, 40, "Mon")
    t2 = ("Dear Sanne,\n\nThank you, I'm glad to hear from you. Tuesday 27 October at 15:00 suits me best.\n\n"
          "One check: Zimbabwe doesn't change its clocks, and I understand the Netherlands goes back to winter "
          "time on the 25th, so I make that 16:00 here in Harare (CAT). Could you confirm?\n\n"
          "Best regards,\nTendai Moyo\n\n" + quote(s1, SANNE, t1))
    mid2 = msgid("c08b", "example.com")
    m2 = text_mail("c08b", t2, sent=s2, frm=ME, to=[SANNE], subject="Re: " + subj, mid=mid2, in_reply_to=mid1,
                   refs=[mid1], host="smtp.example.com")
    s3 = T(AMS, 2026, 10, 20, 9, 5, "Tue", off=2)
    t3 = ("Hi Tendai,\n\nYou're right - from Sunday we're on CET, one hour behind you. So it's Tuesday 27 October, "
          "15:00 CET / 16:00 CAT, for 30 minutes. I'll send the Teams link on the morning of the call.\n\n"
          "Best,\nSanne\n\n" + quote(s2, ME, t2.split("\n\nOn ")[0]))
    mid3 = msgid("c08c", "kgcommodities.example")
    m3 = text_mail("c08c", t3, html_too=True, font="Calibri,sans-serif", sent=s3, frm=SANNE, to=[ME],
                   subject="RE: " + subj, mid=mid3, in_reply_to=mid2, refs=[mid1, mid2])
    s4 = T(AMS, 2026, 10, 27, 8, 31, "Tue", off=1)
    t4 = (f"Good morning Tendai,\n\nHere's the link for this afternoon:\n{teams_block('c08d')}\n"
          "Speak at 15:00 (16:00 for you).\n\nSanne\n")
    m4 = text_mail("c08d", t4, sent=s4, frm=SANNE, to=[ME], subject="RE: " + subj,
                   mid=msgid("c08d", "kgcommodities.example"), in_reply_to=mid3, refs=[mid1, mid2, mid3])
    add_case("kgc-thread-propose-confirm-across-dst",
             [("sanne-first-call-slots.eml", m1), ("re-tuesday-works.eml", m2), ("re-confirmed-cet.eml", m3),
              ("re-teams-link.eml", m4)],
             [iv(KGC, KGC_ROLE, start, start + timedelta(minutes=30), "phone_screen", [em(SANNE)], [em(SANNE)])],
             "hard", "positive/thread-propose-confirm-dst",
             "Amsterdam recruiter offers two slots on 19 Oct (CEST, same clock as Harare); owner picks Tue 27 Oct "
             "15:00 and confirms it is 16:00 CAT after the EU change on 25 Oct; Teams link on the day (Date +0100).",
             tz="EU DST end 25 Oct: proposal/confirmation mails +0200 (CEST), Teams-link mail +0100; "
                "Tue 27 Oct 15:00 CET = 14:00 UTC = 16:00 CAT.")


def case09():
    sent = T(HRE, 2026, 10, 20, 7, 45, "Tue", ss=12)
    appt = T(HRE, 2026, 10, 26, 9, 30, "Mon")
    ref = "APT-HRE-2026-118204"
    text = f"""ZIMBABWE REVENUE AUTHORITY
Taxpayer Services - Appointment Confirmation

Dear Taxpayer: TENDAI MOYO
BP Number: 2001 {hnum('bp', 'c09', digits=6)}
Reference: {ref}

Your appointment has been booked as follows.

Office: Kurima House, Cnr Nelson Mandela Avenue & Fourth Street, Harare (Client Services Hall, Ground Floor)
Date: Monday, 26 October 2026
Time: 09:30
Purpose: Interview with a Client Services Officer - Tax Clearance application (ITF263) and outstanding QPD returns

Please bring your national ID, your BP number, proof of residence and bank statements covering the last six months. Arrive at least 15 minutes early; late arrival forfeits the slot and you will have to book again on the e-Services portal.

This is a system-generated message. Do not reply.

ZIMRA - Building Together
"""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ZIMRA//e-Services Appointments//EN", "METHOD:PUBLISH"] \
        + VTZ["Africa/Harare"] + [
        "BEGIN:VEVENT", f"UID:{ref}@zimra.example", f"DTSTAMP:{ics_utc(sent)}",
        dt_prop("DTSTART", appt, "Africa/Harare"), dt_prop("DTEND", appt + timedelta(minutes=30), "Africa/Harare"),
        "SUMMARY:ZIMRA appointment - Tax Clearance (ITF263) interview",
        "LOCATION:Kurima House\\, Harare - Client Services Hall",
        "ORGANIZER;CN=ZIMRA Taxpayer Services:mailto:appointments@zimra.example",
        attendee(OWNER_NAME, OWNER, rsvp=False), "END:VEVENT", "END:VCALENDAR"]
    m = text_mail("c09", text, sent=sent, frm=("ZIMRA Taxpayer Services", "appointments@zimra.example"), to=[ME],
                  subject=f"Appointment Confirmation: Tax Clearance (ITF263) - Ref {ref}",
                  mid=msgid("c09", "zimra.example"),
                  attachments=[("text/calendar; charset=UTF-8", "appointment.ics", ics_doc(lines).encode())])
    add_case("zimra-tax-clearance-appointment", [("zimra-appointment.eml", m)], [], "medium",
             "negative/government-appointment",
             "ZIMRA appointment for a tax-clearance 'interview' with a client services officer, with .ics; "
             "government appointment, not a job interview.")


def case10():
    sent = T(HRE, 2026, 10, 14, 12, 10, "Wed")
    start = T(HRE, 2026, 10, 20, 9, 0, "Tue")
    end = T(HRE, 2026, 10, 20, 12, 0, "Tue")
    text = """Mhoro Tendai,

Makorokoto - you've made it through the screening stage for the Market Research Economist role. The next step is a written case test. To be clear from the start, this is not an interview: no one from our side will be on a call with you.

How it works:
- On Chipiri (Tuesday) 20 October at 09:00 CAT I will email you the case pack: three seasons of hybrid maize and sorghum sales data for Manicaland and Masvingo, plus a two-page brief.
- You then have three hours. Send your report (maximum six pages, PDF or Word) back to me by 12:00 CAT the same day.
- Use any software you like, but please do the work yourself.

I've attached a calendar hold so the morning stays free. Once our research team has marked the reports, shortlisted candidates will be invited to a technical interview to walk through their work.

Kind regards,
Chipo Marufu
Talent & HR Officer
Bvumba Seed Company, Christmas Pass Road, Mutare
"""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "METHOD:PUBLISH"] + VTZ["Africa/Harare"] + [
        "BEGIN:VEVENT", f"UID:{hx('c10uid', 'c10', n=32)}@bvumbaseeds.example", f"DTSTAMP:{ics_utc(sent)}",
        dt_prop("DTSTART", start, "Africa/Harare"), dt_prop("DTEND", end, "Africa/Harare"),
        "SUMMARY:Bvumba Seed - Written case test (Tendai Moyo) - case pack by email 09:00\\, submit by 12:00",
        "DESCRIPTION:Hold for the written case test. No call - the case pack arrives by email at 09:00 CAT.",
        "LOCATION:Remote (email)", f"ORGANIZER;CN={CHIPO[0]}:mailto:{CHIPO[1]}",
        attendee(OWNER_NAME, OWNER, rsvp=False), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR"]
    m = text_mail("c10", text, html_too=True, sent=sent, frm=CHIPO, to=[ME],
                  subject="Makorokoto! Next step: written case test (Market Research Economist)",
                  mid=msgid("c10", "bvumbaseeds.example"),
                  attachments=[("text/calendar; charset=UTF-8", "case-test-hold.ics", ics_doc(lines).encode())])
    add_case("bvumba-written-case-test-hold", [("chipo-written-case-test.eml", m)], [], "hard",
             "negative/written-assessment",
             "Written case test with a 09:00-12:00 calendar hold; the mail states it is not an interview and "
             "no one joins a call. Take-home style assessment -> negative.")


def case11():
    sent = T(UTC, 2026, 10, 9, 9, 30, "Fri", ss=41)
    start = T(HRE, 2026, 10, 15, 14, 0, "Thu")
    end = start + timedelta(hours=1)
    title = "Mazowe Leaf - Technical interview (Tendai Moyo)"
    loc = "Mazowe Leaf Merchants - Boardroom, Willowvale Road, Southerton, Harare"
    desc = ("Technical interview for the Agricultural Economist (Leaf Procurement) role. Tafadzwa Gumbo (Head of "
            "Leaf Economics) and Kudakwashe Mhlanga (Finance Manager) will take you through a short exercise on "
            "grower cost of production and auction-floor price realisation. Please bring a calculator and report "
            "to reception by 13:45.")
    guests = [TAFADZWA, KUDA, ME]
    m1, uid = google_invite("c11a", organizer=RUDO, guests=guests, title=title, start=start, end=end,
                            tzabbr="CAT", tzlabel="Central Africa Time - Harare", description=desc,
                            sent=sent, location=loc, meet=False)
    s2 = T(HRE, 2026, 10, 13, 8, 20, "Tue")
    t2 = f"""Mhoro Tendai,

Ndine urombo kukuudza kuti hurukuro yebasa yanga yakarongwa neChina (15 October) na2 masikati yamiswa.

Management has frozen the {MAZOWE_ROLE} position until the 2027 marketing-season budget is approved, so we have to cancel Thursday's technical interview with Tafadzwa and Kudakwashe. You will get a calendar cancellation from me shortly.

This is no reflection on you - your phone interview went well, and if the post is reopened you will be the first person I call.

Ndinokutendai nekunzwisisa kwenyu.
Rudo Chikore
HR Officer, Mazowe Leaf Merchants
"""
    m2 = text_mail("c11b", t2, html_too=True, sent=s2, frm=RUDO, to=[ME], cc=[TAFADZWA, KUDA],
                   subject="Hurukuro yebasa yeChina yamiswa / Thursday's interview cancelled",
                   mid=msgid("c11b", "mazoweleaf.example"))
    s3 = T(UTC, 2026, 10, 13, 6, 24, "Tue", ss=5)
    m3, _ = google_invite("c11c", organizer=RUDO, guests=guests, title=title, start=start, end=end,
                          tzabbr="CAT", tzlabel="Central Africa Time - Harare", description=desc, sent=s3,
                          location=loc, meet=False, method="CANCEL", seq=1, uid=uid, kind="cancel")
    add_case("mazowe-technical-interview-cancelled",
             [("invitation-technical-interview.eml", m1), ("rudo-interview-cancelled.eml", m2),
              ("canceled-event-technical-interview.eml", m3)],
             [iv(MAZOWE, MAZOWE_ROLE, start, end, "technical", [em(TAFADZWA), em(KUDA)], [em(TAFADZWA), em(KUDA)],
                 status="cancelled")],
             "medium", "positive/cancellation",
             "Google invite for an in-person technical interview, then a Shona/English mail ('yamiswa') freezing "
             "the role and a METHOD:CANCEL update with the same UID -> one cancelled interview.")


def case12():
    s1 = T(HRE, 2026, 10, 14, 9, 12, "Wed")
    day = D(2026, 10, 22, "Thu")
    p1s, p1e = T(HRE, 2026, 10, 22, 9, 0, "Thu"), T(HRE, 2026, 10, 22, 9, 45, "Thu")
    p2s, p2e = T(HRE, 2026, 10, 22, 10, 0, "Thu"), T(HRE, 2026, 10, 22, 10, 45, "Thu")
    p3s, p3e = T(HRE, 2026, 10, 22, 11, 0, "Thu"), T(HRE, 2026, 10, 22, 11, 30, "Thu")
    loc = "Matopo Milling Company, 7 Khami Road, Belmont, Bulawayo"
    t1 = f"""Dear Tendai,

Following your telephone interview, the panel would like to meet you in person at our head office in Bulawayo on Thursday 22 October.

The panel interview is split into three short sessions so that you can see the mill between them:
  09:00 - 09:45  Finance & procurement: Sipho Ncube (Finance Director) and Nomvula Sibanda (Grain Procurement Manager)
  10:00 - 10:45  Operations and a walk through the mill: Themba Dube (Mill Operations Manager)
  11:00 - 11:30  Conditions of service: Busisiwe Khumalo (HR Manager)

Please arrive by 08:30 so security can sign you in, and wear closed shoes for the mill floor. You will receive three separate calendar invitations from me, one per session. We reimburse the Harare-Bulawayo bus or fuel on presentation of receipts.

Regards,
Nokuthula Mpofu
HR Assistant, Matopo Milling Company
+263 292 471 600
"""
    m1 = text_mail("c12a", t1, html_too=True, sent=s1, frm=NOKUTHULA, to=[ME],
                   subject="Panel interview - Thursday 22 October - Bulawayo", mid=msgid("c12a", "matopomilling.example"))
    sessions = [
        ("c12b", "Panel 1/3: Finance & Procurement - Tendai Moyo (Grain Procurement Economist)", p1s, p1e,
         [SIPHO, NOMVULA], "Sipho and Nomvula will cover procurement planning, GMB and import-parity pricing, and "
                           "hedging wheat purchases against currency moves. Bring a calculator.",
         T(UTC, 2026, 10, 14, 7, 31, "Wed", ss=2)),
        ("c12c", "Panel 3/3: Conditions of service - Tendai Moyo", p3s, p3e, [BUSI],
         "Short session with HR on conditions of service, notice period and relocation to Bulawayo.",
         T(UTC, 2026, 10, 14, 7, 33, "Wed", ss=48)),
        ("c12d", "Panel 2/3: Operations & mill walk-through - Tendai Moyo", p2s, p2e, [THEMBA],
         "Themba will take you round the roller mill and silos and talk through how procurement decisions "
         "hit the production plan. Closed shoes please.",
         T(UTC, 2026, 10, 14, 7, 35, "Wed", ss=20)),
    ]
    items = [("nokuthula-panel-interview-details.eml", m1)]
    names = ["invitation-panel-1-finance.eml", "invitation-panel-3-hr.eml", "invitation-panel-2-operations.eml"]
    for (key, title, s, e, people, desc, sent), nm in zip(sessions, names):
        m, _ = google_invite(key, organizer=NOKUTHULA, guests=people + [ME], title=title, start=s, end=e,
                             tzabbr="CAT", tzlabel="Central Africa Time - Harare", description=desc, sent=sent,
                             location=loc, meet=False)
        items.append((nm, m))
    ivs = [em(SIPHO), em(NOMVULA), em(THEMBA), em(BUSI)]
    add_case("matopo-panel-three-invites-bulawayo", items,
             [iv(MATOPO, MATOPO_ROLE, p1s, p3e, "onsite", ivs, ivs)],
             "hard", "positive/onsite-several-invites",
             "Coordinator mail plus three Google invites (arriving out of order) for one in-person panel day in "
             "Bulawayo -> one onsite interview 09:00-11:30 with all four panellists; the HR assistant only "
             "schedules.")


def case13():
    sent = T(HRE, 2026, 10, 19, 10, 3, "Mon")
    D(2026, 10, 28, "Wed"); D(2026, 10, 29, "Thu"); D(2026, 10, 30, "Fri"); D(2026, 10, 31, "Sat")
    judge_s, judge_e = T(HRE, 2026, 10, 29, 10, 0, "Thu"), T(HRE, 2026, 10, 29, 12, 0, "Thu")
    tsitsi = ("Tsitsi Mapfumo", "tsitsi.mapfumo@agriexpo.example")
    text = """Dear Exhibitor,

Thank you for booking Stand B14 (Moyo Agri-Economics) at the Mashonaland Agri-Expo 2026, Harare Exhibition Park. Please read this pack carefully and share it with everyone who will staff your stand.

SHOW DAYS
Thursday 29 - Saturday 31 October, gates open 08:00 to 17:00.

STAND SET-UP
Wednesday 28 October, 07:00 - 18:00. Vehicles must leave Hall B by 18:30. Collect exhibitor wristbands (four per stand) at Gate 3.

STAND JUDGING
The judging panel will visit Hall B on Thursday 29 October between 10:00 and 12:00. Judges interview one representative per stand for about ten minutes about your products and services, so please make sure someone senior is present. A calendar reminder is attached.

MEDIA
ZTV's farming programme and The Farmer's Weekly will be recording short on-stand interviews on Friday afternoon. Let us know by Monday if you would like to be on their list.

PAYMENT
Any balance on your stand fee must be settled before set-up day.

For anything else, contact Tsitsi Mapfumo on +263 242 756 210 or tsitsi.mapfumo@agriexpo.example.

Mashonaland Agri-Expo Secretariat
"""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mashonaland Agri-Expo//Exhibitor Desk//EN",
             "METHOD:PUBLISH"] + VTZ["Africa/Harare"] + [
        "BEGIN:VEVENT", f"UID:stand-b14-judging-{hx('c13', 'uid', n=12)}@agriexpo.example",
        f"DTSTAMP:{ics_utc(sent)}", dt_prop("DTSTART", judge_s, "Africa/Harare"),
        dt_prop("DTEND", judge_e, "Africa/Harare"),
        "SUMMARY:Agri-Expo 2026 - Stand B14 judging (judges interview stand representative)",
        "LOCATION:Harare Exhibition Park\\, Hall B\\, Stand B14",
        f"ORGANIZER;CN=Mashonaland Agri-Expo Secretariat:mailto:exhibitors@agriexpo.example",
        attendee(OWNER_NAME, OWNER, rsvp=False), "END:VEVENT", "END:VCALENDAR"]
    m = text_mail("c13", text, html_too=True, font="Verdana,sans-serif", sent=sent,
                  frm=("Mashonaland Agri-Expo 2026", "exhibitors@agriexpo.example"), to=[ME], reply_to=tsitsi,
                  subject="Exhibitor pack - Stand B14 (Moyo Agri-Economics) - set-up, judging & media",
                  mid=msgid("c13", "agriexpo.example"),
                  attachments=[("text/calendar; charset=UTF-8", "stand-judging.ics", ics_doc(lines).encode())])
    add_case("agri-expo-exhibitor-stand-judging", [("agriexpo-exhibitor-pack.eml", m)], [], "hard",
             "negative/agricultural-show-exhibitor",
             "Agricultural show where the owner exhibits: judges 'interview' stand representatives and media "
             "record on-stand interviews; .ics for the judging window. Not a job interview.")


def case14():
    sent = T(JNB, 2026, 10, 26, 11, 47, "Mon")
    D(2026, 11, 2, "Mon"); D(2026, 11, 6, "Fri")
    text = """Hi Tendai,

Lindiwe and Pieter really enjoyed the modelling session and would like you to meet Thabo Mahlangu, our co-founder and CEO, as the final step.

Thabo is on the road a lot in November, so rather than send you a booking link I'd like to fit around your diary. Could you reply with three 45-minute windows between Monday 2 and Friday 6 November, ideally between 09h00 and 16h00 SAST (the same clock as Harare)?

Once he has picked one I'll send you a calendar invitation with the Meet link.

Kind regards,
Naledi Mokoena
Talent Coordinator | Vumela AgriTech
3rd Floor, The Zone @ Rosebank, Johannesburg
"""
    m = text_mail("c14", text, html_too=True, sent=sent, frm=NALEDI, to=[ME],
                  subject="Next step - conversation with Thabo (CEO)", mid=msgid("c14", "vumela.example"))
    add_case("vumela-ceo-availability-request", [("naledi-availability-for-ceo.eml", m)], [], "medium",
             "negative/availability-request",
             "Coordinator asks for three windows for a CEO conversation; nothing is booked in this mailbox.")


def case15():
    sent = T(HRE, 2026, 10, 21, 22, 14, "Wed", ss=37)
    D(2026, 10, 29, "Thu"); D(2026, 10, 26, "Mon")
    text = """Dear Applicant TENDAI MOYO,

CONGRATULATIONS!!! You have been SHORTLISTED for the post of LEAF ECONOMIST at Mazowe Leaf Merchants (Pvt) Ltd.

Salary: US$4,800 per month + company vehicle + housing allowance

Your interview will be conducted ONLINE via TELEGRAM on Thursday 29/10/2026 at 10:00am by the Recruitment Panel.

To secure your interview slot you are required to pay a NON-REFUNDABLE interview registration fee of US$45 via EcoCash to 0783 551 209 (registered name B. Chirwa) before Monday 26/10/2026. Send proof of payment on WhatsApp to +263 783 551 209 together with a copy of your ID.

Failure to pay means your slot will be given to the next candidate on the list.

NB: This recruitment is strictly confidential. Do NOT contact the Mazowe Leaf head office as they are not handling this process.

HR Department
Mazowe Leaf Recruitment
"""
    m = text_mail("c15", text, text_cte="7bit", sent=sent,
                  frm=("MAZOWE LEAF HR DEPT", "mazoweleaf.recruitment@zim-careers-mail.example"), to=[ME],
                  subject="SHORTLISTED: Leaf Economist Post - Interview Thursday 29/10/2026",
                  mid=msgid("c15", "zim-careers-mail.example"))
    add_case("scam-fake-mazowe-telegram-interview", [("shortlisted-leaf-economist.eml", m)], [], "hard",
             "negative/scam",
             "Look-alike domain posing as the tobacco merchant: 'interview' on Telegram after paying a fee by "
             "EcoCash; tells the owner not to contact the real company. Scam -> negative.")


def case16():
    uid = exchange_uid("c16")
    s1 = T(LUN, 2026, 10, 19, 14, 6, "Mon", ss=31)
    old_s, old_e = T(LUN, 2026, 11, 3, 10, 0, "Tue"), T(LUN, 2026, 11, 3, 11, 0, "Tue")
    new_s, new_e = T(LUN, 2026, 11, 5, 14, 0, "Thu"), T(LUN, 2026, 11, 5, 15, 0, "Thu")
    subj = f"Technical Interview: {ZADB_ROLE} - Tendai Moyo"
    people = [MWILA, CHANDA, ME]
    body1 = f"""Dear Tendai,

Further to your screening call with Mutinta, I am pleased to invite you to a technical interview for the {ZADB_ROLE} position.

Your panel will be Mr Mwila Banda (Chief Economist) and Ms Chanda Mulenga (Principal Credit Analyst, Agribusiness). Expect questions on appraising outgrower finance schemes, weather-index crop insurance and how you would read a seasonal loan book. The interview is one hour on Microsoft Teams.

Kind regards,
Natasha Phiri
HR Officer - Recruitment
Zambezi Agricultural Development Bank, Cairo Road, Lusaka
"""
    label = "(UTC+02:00) Harare, Pretoria"
    m1 = exchange_invite("c16a", organizer=NATASHA, attendees=people, subject=subj, start=old_s, end=old_e,
                         tzid="South Africa Standard Time", when_label=label, body_text=body1, sent=s1, uid=uid,
                         seq=0, msg_domain="ZADB-EXCH02.zadb.example")
    s2 = T(LUN, 2026, 10, 28, 9, 12, "Wed")
    t2 = """Dear Tendai,

Apologies for the change. Mr Banda has been asked to present to the Board in Livingstone on Tuesday 3 November, so we need to move your technical interview.

Would Thursday 5 November at 14:00 suit you instead? That is 14:00 in both Lusaka and Harare. Same panel, same Teams link, still one hour. If it works for you I will update the calendar invitation.

Kind regards,
Natasha
"""
    mid2 = msgid("c16b", "zadb.example")
    m2 = text_mail("c16b", t2, html_too=True, font="Calibri,sans-serif", sent=s2, frm=NATASHA, to=[ME],
                   cc=[MWILA, CHANDA], subject="RE: " + subj + " - change of date", mid=mid2)
    s3 = T(HRE, 2026, 10, 28, 11, 30, "Wed")
    t3 = ("Dear Natasha,\n\nNo problem at all - Thursday 5 November at 14:00 is fine with me.\n\n"
          "Regards,\nTendai\n\n" + quote(s2, NATASHA, t2))
    mid3 = msgid("c16c", "example.com")
    m3 = text_mail("c16c", t3, sent=s3, frm=ME, to=[NATASHA], subject="Re: RE: " + subj + " - change of date",
                   mid=mid3, in_reply_to=mid2, refs=[mid2], host="smtp.example.com")
    s4 = T(LUN, 2026, 10, 28, 12, 2, "Wed", ss=14)
    body4 = "Updated as agreed by email: the interview moves from Tuesday 3 November to Thursday 5 November.\n\n" + body1
    m4 = exchange_invite("c16d", organizer=NATASHA, attendees=people, subject=subj, start=new_s, end=new_e,
                         tzid="South Africa Standard Time", when_label=label, body_text=body4, sent=s4, uid=uid,
                         seq=1, msg_domain="ZADB-EXCH02.zadb.example")
    add_case("zadb-technical-reschedule-mail-then-invite",
             [("invite-technical-interview.eml", m1), ("natasha-change-of-date.eml", m2),
              ("re-thursday-fine.eml", m3), ("updated-invite-technical-interview.eml", m4)],
             [iv(ZADB, ZADB_ROLE, new_s, new_e, "technical", [em(MWILA), em(CHANDA)], [em(MWILA), em(CHANDA)])],
             "medium", "positive/reschedule-mail-then-invite",
             "Exchange invite (Windows TZID 'South Africa Standard Time', '(UTC+02:00) Harare, Pretoria') for "
             "Tue 3 Nov, moved by mail to Thu 5 Nov 14:00, then updated invite with the same UID and SEQUENCE:1.",
             tz="Windows TZID 'South Africa Standard Time' / '(UTC+02:00) Harare, Pretoria' used by a Lusaka bank "
                "(UTC+2, no DST).")


def case17():
    s1 = T(HRE, 2026, 10, 23, 15, 40, "Fri")
    start, end = T(HRE, 2026, 11, 2, 11, 0, "Mon"), T(HRE, 2026, 11, 2, 12, 0, "Mon")
    t1 = """Mhoro Tendai,

Makorokoto zvakare! Your case report was one of the strongest we received - the research team liked the way you split hybrid maize demand by rainfall zone.

We would like you to present it in a technical interview on Muvhuro (Monday) 2 November at 11:00 CAT on Google Meet. The panel is Dr Farai Chinhoyi, Head of Research, and Tonderai Sithole, Commercial Manager; I'm only setting up the meeting. Prepare about ten minutes of slides; they will use the rest of the hour to question your demand estimates and pricing assumptions.

The invitation will come from my calendar.

Chipo
"""
    m1 = text_mail("c17a", t1, sent=s1, frm=CHIPO, to=[ME], subject="Case test results - technical interview on Muvhuro",
                   mid=msgid("c17a", "bvumbaseeds.example"))
    eid = hx("gc17", "id", n=26)
    code = meet_code("c17b")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hnum('etag', 'c17', digits=16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-23T13:52:07.000Z",
        "updated": "2026-10-23T13:55:41.118Z",
        "summary": "Technical interview - Tendai Moyo (Market Research Economist)",
        "description": "Case presentation (10 min) followed by questions from Dr Farai Chinhoyi (Head of Research) "
                       "and Tonderai Sithole (Commercial Manager). Chipo is only the organiser.",
        "location": "Google Meet",
        "creator": {"email": CHIPO[1], "displayName": CHIPO[0]},
        "organizer": {"email": CHIPO[1], "displayName": CHIPO[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Africa/Harare"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Africa/Harare"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": CHIPO[1], "displayName": CHIPO[0], "organizer": True, "responseStatus": "accepted"},
            {"email": FARAI[1], "displayName": FARAI[0], "responseStatus": "accepted"},
            {"email": TONDERAI[1], "displayName": TONDERAI[0], "responseStatus": "needsAction"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    add_case("bvumba-technical-mail-plus-gcal-json",
             [("chipo-case-results.eml", m1), ("technical-interview.gcal.json", j)],
             [iv(BVUMBA, BVUMBA_ROLE, start, end, "technical", [em(FARAI), em(TONDERAI)], [em(FARAI), em(TONDERAI)])],
             "medium", "positive/gcal-json-plus-mail",
             "Recruiter mail ('Muvhuro' = Monday) plus the Calendar API event of the same technical interview "
             "-> one interview; organiser is not an interviewer.")


def case18():
    sent = T(UTC, 2026, 10, 26, 13, 5, "Mon", ss=52)
    start = T(HRE, 2026, 11, 5, 15, 0, "Thu")
    end = start + timedelta(hours=1)
    host = ("Nyasha Kanengoni", "nyasha@murimiweekly.example")
    title = "Guest recording - Murimi Weekly podcast"
    desc = ("Murimi Weekly is a Shona/English podcast for smallholder and commercial farmers. In this episode I'll "
            "interview you about tobacco contract farming, side-marketing and what prices growers might see in the "
            "2027 season. About 50 minutes on Riverside, listener questions at the end.")
    loc = "Riverside.fm - link sent the day before"
    text = f"""Hi {OWNER_NAME},

Your booking is confirmed.

What:
{title} with {host[0]}

When:
3:00pm - 4:00pm, {us_day(start)} (Central Africa Time)

Where:
{loc}

Notes from {host[0].split()[0]}:
{desc}

Your answers:
Topic you're happy to go deep on?
Contract farming finance and the auction-floor payment split.

Add to calendar: the invite.ics attached to this email.
Changed your mind? Cancel or reschedule at https://calendly.com/cancellations/{hx('cly', 'c18', n=8)}-{hx('cly2', 'c18', n=4)}

Sent by Calendly
"""
    ics = calendly_ics("c18", host=host, start=start, end=end, title=f"{title} ({OWNER_NAME})",
                       description=desc, location=loc, stamp=sent)
    m = text_mail("c18", text, html_too=True, sent=sent, frm=("Calendly", "notifications@calendly.com"), to=[ME],
                  reply_to=host,
                  subject=f"Confirmed: {title} with {host[0]} on {us_day(start)}",
                  mid=msgid("c18", "calendly.com"), host="mail.calendly.com",
                  attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", ics.encode())])
    add_case("murimi-podcast-guest-calendly", [("calendly-podcast-recording.eml", m)], [], "hard",
             "negative/podcast-guest",
             "Calendly booking where the owner is the expert guest interviewed on a farming podcast; looks like "
             "a scheduled interview but is press/podcast.")


def case19():
    s1 = T(AMS, 2026, 10, 29, 10, 12, "Thu", off=1)
    a_s, a_e = T(AMS, 2026, 11, 4, 9, 30, "Wed", off=1), T(AMS, 2026, 11, 4, 10, 30, "Wed", off=1)
    b_s, b_e = T(AMS, 2026, 11, 6, 13, 0, "Fri", off=1), T(AMS, 2026, 11, 6, 13, 45, "Fri", off=1)
    assert a_s.astimezone(HRE).strftime("%H:%M") == "10:30" and b_s.astimezone(HRE).strftime("%H:%M") == "14:00"
    t1 = """Hi Tendai,

Thanks again for Tuesday's call - I enjoyed it and the desk is keen to move ahead. There are two more conversations, both on Teams, and I'll send separate invitations for each:

1) Case discussion with Joris Bakker (Head of Softs Research) and Eva Smit (Senior Analyst): Wednesday 4 November, 09:30-10:30 CET, which is 10:30-11:30 for you in Harare. They'll send a short tobacco-supply note on Monday for you to read beforehand.

2) Conversation with Maarten Visser, Desk Head Africa, who the role reports to: Friday 6 November, 13:00-13:45 CET (14:00 your time).

Remember we're an hour behind you now that winter time has started here.

Best,
Sanne
"""
    m1 = text_mail("c19a", t1, html_too=True, font="Calibri,sans-serif", sent=s1, frm=SANNE, to=[ME],
                   subject="Next steps - two interviews next week", mid=msgid("c19a", "kgcommodities.example"))
    label = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    body_a = ("Case discussion for the Commodity Analyst, Africa Origination role with Joris Bakker (Head of Softs "
              "Research) and Eva Smit (Senior Analyst). Please read the supply note Joris sends on Monday.\n\n"
              "Sanne de Vries, Talent Acquisition")
    body_b = ("Interview with Maarten Visser, Desk Head Africa, for the Commodity Analyst, Africa Origination role. "
              "Maarten will talk about how the desk works with origination partners in Harare, Lilongwe and "
              "Lusaka.\n\nSanne de Vries, Talent Acquisition")
    m2 = exchange_invite("c19b", organizer=SANNE, attendees=[JORIS, EVA, ME],
                         subject="Interview - Case discussion: Tendai Moyo (Commodity Analyst, Africa Origination)",
                         start=a_s, end=a_e, tzid="W. Europe Standard Time", when_label=label, body_text=body_a,
                         sent=T(AMS, 2026, 10, 29, 10, 20, "Thu", off=1, ss=8), uid=exchange_uid("c19b"),
                         msg_domain="AM9PR03MB7712.eurprd03.prod.outlook.com")
    m3 = exchange_invite("c19c", organizer=SANNE, attendees=[MAARTEN, ME],
                         subject="Interview - Desk Head Africa: Tendai Moyo",
                         start=b_s, end=b_e, tzid="W. Europe Standard Time", when_label=label, body_text=body_b,
                         sent=T(AMS, 2026, 10, 29, 10, 24, "Thu", off=1, ss=51), uid=exchange_uid("c19c"),
                         msg_domain="AM9PR03MB7712.eurprd03.prod.outlook.com")
    add_case("kgc-two-teams-interviews-after-dst",
             [("sanne-next-steps.eml", m1), ("invite-case-discussion.eml", m2), ("invite-desk-head.eml", m3)],
             [iv(KGC, KGC_ROLE, a_s, a_e, "technical", [em(JORIS), em(EVA)], [em(JORIS), em(EVA)]),
              iv(KGC, KGC_ROLE, b_s, b_e, "hiring_manager", [em(MAARTEN)], [em(MAARTEN)])],
             "hard", "positive/two-interviews-teams-dst",
             "Two Teams invites on different days in 'W. Europe Standard Time' after the EU change: CET is one "
             "hour behind Harare (09:30 CET = 10:30 CAT). Organiser Sanne is not on either panel.",
             tz="After EU DST end: 'W. Europe Standard Time' VTIMEZONE, '(UTC+01:00) Amsterdam...' label, "
                "Date +0100; 4 Nov 09:30 CET = 10:30 CAT, 6 Nov 13:00 CET = 14:00 CAT.")


def case20():
    s1 = T(JNB, 2026, 11, 2, 17, 20, "Mon")
    start, end = T(JNB, 2026, 11, 9, 14, 0, "Mon"), T(JNB, 2026, 11, 9, 14, 45, "Mon")
    t1 = """Hi Tendai,

Thanks for sending your windows so quickly. Thabo has taken Monday 9 November at 14h00 SAST for 45 minutes. It will be on Google Meet; he may be joining from the road between farm visits in Limpopo, so keep your phone handy in case the connection drops and he calls you instead.

This is the final conversation in the process. I'll send the calendar invitation in a moment.

Naledi
"""
    m1 = text_mail("c20a", t1, html_too=True, sent=s1, frm=NALEDI, to=[ME], subject="Re: Next step - conversation with Thabo (CEO)",
                   mid=msgid("c20a", "vumela.example"))
    desc = ("Final interview for the Agri Data Economist role with Thabo Mahlangu, co-founder & CEO. "
            "45 minutes, 14h00 SAST. Naledi is organising only.")
    m2, _ = google_invite("c20b", organizer=NALEDI, guests=[THABO, ME],
                          title="Final interview: Tendai Moyo / Thabo Mahlangu (CEO) - Vumela AgriTech",
                          start=start, end=end, tzabbr="SAST", tzlabel="South Africa Standard Time - Johannesburg",
                          description=desc, sent=T(UTC, 2026, 11, 2, 15, 26, "Mon", ss=3))
    add_case("vumela-ceo-final-mail-plus-google-invite",
             [("naledi-thabo-confirmed.eml", m1), ("invitation-final-interview-ceo.eml", m2)],
             [iv(VUMELA, VUMELA_ROLE, start, end, "hiring_manager", [em(THABO)], [em(THABO)])],
             "medium", "positive/final-ceo",
             "Coordinator mail ('14h00 SAST') plus Google invite for the final with the CEO -> one interview; "
             "coordinator only organises.",
             tz="'14h00 SAST' (Africa/Johannesburg) = 14:00 CAT; Google invite Date +0000.")


def case21():
    stamp = T(UTC, 2026, 11, 3, 7, 48, "Tue", ss=19)
    start, end = T(HRE, 2026, 11, 10, 10, 0, "Tue"), T(HRE, 2026, 11, 10, 11, 0, "Tue")
    tzid = "South Africa Standard Time"
    desc = ("When: Tuesday, 10 November 2026 10:00-11:00 (UTC+02:00) Harare, Pretoria.\n"
            "Where: Bvumba Seed Company, GM's office, Christmas Pass Road, Mutare\n\n"
            "Mhoro Tendai - this is the last conversation before we decide: Mrs Rumbidzai Makoni, General Manager, "
            "who the Market Research Economist reports to. In person at our Mutare office; please bring your ID for "
            "the gate.\n\nChipo Marufu, Talent & HR Officer")
    uid = exchange_uid("c21")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] \
        + VTZ[tzid] + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={CHIPO[0]}:mailto:{CHIPO[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN={RUMBI[0]}:mailto:{RUMBI[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        f"DESCRIPTION;LANGUAGE=en-GB:{ics_esc(desc)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Hiring manager interview - Tendai Moyo / Rumbidzai Makoni",
        dt_prop("DTSTART", start, tzid), dt_prop("DTEND", end, tzid), "CLASS:PUBLIC", "PRIORITY:5",
        f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Bvumba Seed Company\\, GM's office\\, Christmas Pass Road\\, Mutare",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT1H", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    add_case("bvumba-hiring-manager-standalone-ics", [("hiring-manager-interview.ics", ics_doc(lines))],
             [iv(BVUMBA, BVUMBA_ROLE, start, end, "hiring_manager", [em(RUMBI)], [em(RUMBI)])],
             "medium", "positive/standalone-ics",
             "Standalone Outlook .ics with Windows TZID 'South Africa Standard Time' for an in-person interview "
             "with the general manager in Mutare; organiser is HR.",
             tz="Standalone .ics, Windows TZID 'South Africa Standard Time' ((UTC+02:00) Harare, Pretoria).")


def case22():
    sent = T(HRE, 2026, 10, 30, 15, 10, "Fri")
    D(2026, 10, 22, "Thu")
    text = """Dear Tendai,

Thank you for travelling to Bulawayo for the panel interview on Thursday 22 October, and for the time you gave Sipho, Nomvula and Themba.

After careful consideration the panel has decided to offer the Grain Procurement Economist position to a candidate with more hands-on milling experience. We know this is disappointing news after the effort you put in, and the panel asked me to pass on that your work on import-parity pricing was among the strongest they heard.

With your permission we will keep your CV on file for twelve months and contact you if a suitable role opens in our Harare depot.

Sikufisela okuhle (we wish you well).

Busisiwe Khumalo
HR Manager, Matopo Milling Company (Pvt) Ltd
"""
    m = text_mail("c22", text, html_too=True, html_cte="base64", sent=sent, frm=BUSI, to=[ME],
                  subject="Grain Procurement Economist - outcome of your interview",
                  mid=msgid("c22", "matopomilling.example"))
    add_case("matopo-rejection-after-panel", [("busisiwe-outcome.eml", m)], [], "medium", "negative/rejection",
             "Rejection that mentions the past panel interview date (22 Oct); no new interview.")


def case23():
    sent = T(LUN, 2026, 11, 17, 10, 25, "Tue")
    D(2026, 11, 5, "Thu"); D(2026, 10, 15, "Thu"); D(2026, 11, 27, "Fri"); D(2027, 1, 4, "Mon")
    text = f"""Dear Tendai,

Following your interviews with the Bank on 15 October and 5 November, I am delighted to offer you the position of {ZADB_ROLE}, based at our head office on Cairo Road, Lusaka.

The main terms are:
- Basic salary: USD 5,200 per month, paid in Zambian kwacha at the Bank of Zambia mid-rate
- Housing allowance and a one-off relocation grant for the move from Harare
- Medical cover for you and your dependants
- Start date: Monday 4 January 2027

The full offer letter is attached. Please sign and return it by Friday 27 November 2026. If you would like to talk through the package, call me on +260 211 367 540; once you accept, our onboarding team will be in touch about work-permit paperwork.

Congratulations, and we look forward to welcoming you to the Bank.

Kind regards,
Mutinta Hamoonga
Talent Acquisition Partner
Zambezi Agricultural Development Bank
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"% ZADB offer of employment - T. Moyo - Senior Economist, Agricultural Finance\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    m = text_mail("c23", text, html_too=True, font="Calibri,sans-serif", sent=sent, frm=MUTINTA, to=[ME],
                  subject=f"Offer of Employment - {ZADB_ROLE}", mid=msgid("c23", "zadb.example"),
                  attachments=[("application/pdf", "ZADB_Offer_Letter_T_Moyo.pdf", pdf)])
    add_case("zadb-offer-letter", [("mutinta-offer-of-employment.eml", m)], [], "easy", "negative/offer",
             "Offer letter referring to past interview dates; no interview scheduled.")


# ============================================================================= output
def build():
    for f in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
              case13, case14, case15, case16, case17, case18, case19, case20, case21, case22, case23):
        f()


def readme():
    labels = [c["label"] for c in CASES]
    pos = sum(1 for l in labels if l["interview"])
    ivs = [i for l in labels for i in l["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    exts = {}
    for c in CASES:
        for name, _ in c["files"]:
            e = ".gcal.json" if name.endswith(".gcal.json") else "." + name.rsplit(".", 1)[1]
            exts[e] = exts.get(e, 0) + 1
    out = ["# blind336: Harare & Bulawayo agricultural-economist job search (written blind)", "",
           f"Mailbox owner: {OWNER_NAME} <{OWNER}>, an agricultural economist living in Harare "
           "(Africa/Harare, CAT, UTC+2, no DST).", "",
           "This set was written blind: only the eval README (label schema and rules) and a few dev files for "
           "format were read; no tool code, tests or other sets.", "",
           "## What it stresses",
           "- Zimbabwean English with Shona ('hurukuro yebasa', 'mangwana na10 mangwanani', 'yamiswa', "
           "'Muvhuro', 'Chipiri') and one Ndebele line ('Ingxoxo yomsebenzi izakuba kusasa') carrying the time.",
           "- Relative dates resolved against the Date header; 'CAT', 'SAST', '14h00' styles; Lusaka and "
           "Johannesburg on the same clock as Harare; an Amsterdam trader whose clock moves one hour behind "
           "Harare on 25 Oct 2026.",
           "- A process per company: phone screens, a written case test (not an interview), technical "
           "interviews, a panel day sent as three invites, a final with the CEO.",
           "- Hard negatives that use the word 'interview': church conference on-stage interview, ZIMRA "
           "tax-clearance 'interview', agricultural-show judges and media interviews, podcast guest booking, "
           "scam with a Telegram interview, written case-test hold, availability request, rejection, offer, "
           "recruiter job blast.", "",
           "## Counts",
           f"- Cases: {len(CASES)} ({pos} positive, {len(CASES) - pos} negative)",
           f"- Labelled interviews: {len(ivs)} - by status: "
           + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
           + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
           "- Items by format: " + ", ".join(f"{k} {v}" for k, v in sorted(exts.items())), "",
           "## Formats used",
           "- Plain human mails (7bit, quoted-printable, base64; text/plain and multipart/alternative with HTML), "
           "threads with In-Reply-To/References.",
           "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
           "invite.ics), including a METHOD:CANCEL update.",
           "- Exchange/Teams invites (Windows TZIDs 'South Africa Standard Time' and 'W. Europe Standard Time', "
           "X-MICROSOFT-CDO-* properties, '(UTC+02:00) Harare, Pretoria' / '(UTC+01:00) Amsterdam, ...' labels), "
           "with a same-UID SEQUENCE:1 update.",
           "- ATS/vendor mail: Greenhouse (greenhouse-mail.io) with .ics, Workday (myworkday.com), Calendly "
           "(calendly.com) with invite.ics.",
           "- A standalone Outlook .ics and a Google Calendar API v3 event (.gcal.json, owner has \"self\": true).",
           "", "## Time-zone / DST points"]
    for n, t in TZ_NOTES:
        out.append(f"- Case {n:02d}: {t}")
    out += ["- All Harare/Bulawayo/Mutare/Lusaka/Johannesburg human mails carry +0200 Date headers; Amsterdam "
            "mails +0200 before 25 Oct and +0100 after; Google, Greenhouse and Calendly system mails use +0000.",
            "", "## Cases"]
    for c in CASES:
        l = c["label"]
        tag = "P" if l["interview"] else "N"
        out.append(f"- `{c['id']}` [{tag}, {l['difficulty']}] {l['category']}")
    return "\n".join(out) + "\n"


def main():
    build()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for old in sorted(OUT.glob(f"{PREFIX}-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for c in CASES:
        d = OUT / c["id"]
        d.mkdir()
        for name, data in c["files"]:
            (d / name).write_bytes(data)
        labels[c["id"]] = c["label"]
    y = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (OUT / "labels.yaml").write_text(
        "# Labels for blind336 (written blind). Schema: /work/shared/eval/README.md\n" + y, encoding="utf-8")
    (OUT / "README.md").write_text(readme(), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
