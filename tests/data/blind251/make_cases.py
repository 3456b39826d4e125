#!/usr/bin/env python3
"""Regenerate the blind251 evaluation set next to this file.

Theme: a Vancouver geotechnical engineer (Ingrid Santiago, P.Eng.) job hunting in BC, Alberta,
Seattle and Montreal around the 1 Nov 2026 DST change.

Standard library + PyYAML only.  Deterministic: every date, Message-ID, UID and MIME boundary is
fixed or derived from a hash of the case/item name, so two runs write identical bytes.
Usage:  python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b251"
OWNER = "ingrid.santiago@example.com"
OWNER_NAME = "Ingrid Santiago"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"

UTC = timezone.utc
VAN = ZoneInfo("America/Vancouver")
EDM = ZoneInfo("America/Edmonton")
MTL = ZoneInfo("America/Toronto")      # Montreal keeps Toronto's rules
SEA = ZoneInfo("America/Los_Angeles")

# --- DST sanity: Canada and the US both fall back on Sunday 1 Nov 2026 -------------------------
assert datetime(2026, 11, 1, tzinfo=UTC).strftime("%A") == "Sunday"
for _z, _d, _s in ((VAN, -7, -8), (EDM, -6, -7), (MTL, -4, -5), (SEA, -7, -8)):
    assert datetime(2026, 10, 31, 12, tzinfo=_z).utcoffset() == timedelta(hours=_d)
    assert datetime(2026, 11, 2, 12, tzinfo=_z).utcoffset() == timedelta(hours=_s)


# ================================================================================ time helpers
def D(tz, y, m, d, h=0, mi=0, s=0, day=None):
    """Aware datetime; `day` asserts the weekday name used in the text."""
    dt = datetime(y, m, d, h, mi, s, tzinfo=tz)
    if day is not None:
        assert dt.strftime("%A") == day, (dt, day)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def rfc(dt):
    return format_datetime(dt)


def ical_local(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def hm(dt, style="AM"):
    """12-hour clock: style 'AM' -> '9:30 AM', 'a.m.' -> '9:30 a.m.', 'am' -> '9:30am'."""
    h = dt.hour % 12 or 12
    suf = {"AM": ("AM", "PM"), "a.m.": ("a.m.", "p.m."), "am": ("am", "pm")}[style]
    sep = "" if style == "am" else " "
    return f"{h}:{dt.minute:02d}{sep}{suf[0] if dt.hour < 12 else suf[1]}"


def gtime(dt):
    """Google Calendar subject style: 11am, 11:30am, 1pm, 2:15pm."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def hid(*parts, n=16):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def hid_upper(*parts, n=16):
    return hid(*parts, n=n).upper()


# ================================================================================ MIME helpers
def qp(text):
    """Quoted-printable (RFC 2045) for UTF-8 text, soft-wrapped at 76 columns."""
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        enc = ""
        for i, c in enumerate(b):
            if 33 <= c <= 126 and c != 61:
                enc += chr(c)
            elif c in (32, 9) and i != len(b) - 1:
                enc += chr(c)
            else:
                enc += "=%02X" % c
        while len(enc) > 76:
            cut = 75
            if enc[cut - 1] == "=":
                cut -= 1
            elif enc[cut - 2] == "=":
                cut -= 2
            out.append(enc[:cut] + "=")
            enc = enc[cut:]
        out.append(enc)
    return "\n".join(out)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def leaf(ctype, body, cte="7bit", extra=()):
    if cte == "quoted-printable":
        enc = qp(body.replace("\r\n", "\n"))
    elif cte == "base64":
        enc = b64(body)
    else:
        enc = body.replace("\r\n", "\n")
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(hdr) + "\n\n" + enc.rstrip("\n") + "\n"


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


ADDR_HDRS = {"From", "To", "Cc", "CC", "Reply-To", "Sender"}


def enc_header(k, v):
    """RFC 2047-encode non-ASCII display names / subjects the way mail clients do."""
    if k in ADDR_HDRS and (not v.isascii() or "; " in v):
        out = []
        for name, addr in getaddresses([v.replace("; ", ", ")]):
            out.append(formataddr((name, addr), charset="utf-8") if name else addr)
        return ", ".join(out)
    if not v.isascii():
        return Header(v, "utf-8", header_name=k).encode(linesep="\n")
    return v


def message(headers, part):
    """headers: list of (name, value). part: a MIME entity string starting with Content-Type."""
    lines = [f"{k}: {enc_header(k, v)}" for k, v in headers]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + part


def received(date, relay, relay_ip, tag):
    return ("Received",
            f"from {relay} ({relay} [{relay_ip}])\n"
            f"        by mx.example.com (Postfix) with ESMTPS id {hid_upper(tag, n=10)}\n"
            f"        for <{OWNER}>; {rfc(date)}")


def envelope(date, ret_path, relay, relay_ip, tag):
    return [("Delivered-To", OWNER), received(date + timedelta(seconds=2), relay, relay_ip, tag),
            ("Return-Path", f"<{ret_path}>")]


LINK_RE = re.compile(r"(https?://[^\s<>\"]+)")


def to_html(text, font="Calibri,Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = []
        for ln in p.split("\n"):
            e = html.escape(ln, quote=False)
            e = LINK_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', e)
            lines.append(e)
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(out)
            + "\n</div></body></html>\n")


def alt(tag, text, html_text=None, cte="quoted-printable", html_cte="quoted-printable", charset="UTF-8"):
    html_text = html_text if html_text is not None else to_html(text)
    return multi("alternative", f"----=_Part_{hid(tag, 'alt', n=8)}_{int(hid(tag, 'n', n=8), 16)}", [
        leaf(f'text/plain; charset="{charset}"', text, cte),
        leaf(f'text/html; charset="{charset}"', html_text, html_cte),
    ])


def quote(text, attribution):
    q = "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))
    return f"{attribution}\n{q}\n"


def gmail_attr(dt, name, addr):
    return f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)} {name} <{addr}> wrote:"


def outlook_quote(text, dt, name, addr, to, subject, cc=None):
    """Outlook-style reply block: separator, header block, unquoted original."""
    return "\n" + "_" * 32 + "\n" + outlook_attr(dt, name, addr, to, subject, cc) + "\n" + text


def outlook_attr(dt, name, addr, to, subject, cc=None):
    s = (f"From: {name} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {hm(dt)}\n"
         f"To: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


# ================================================================================ iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(b[:n])
        b = b[n:]
        first = False
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics(lines):
    return "\r\n".join(fold(ln) for ln in lines) + "\r\n"


WIN_TZ = {  # Windows TZID -> (zoneinfo, std offset, dst offset)
    "Pacific Standard Time": (VAN, "-0800", "-0700"),
    "Mountain Standard Time": (EDM, "-0700", "-0600"),
    "Eastern Standard Time": (MTL, "-0500", "-0400"),
}
OLSON = {  # Olson TZID -> (zoneinfo, std, dst, std name, dst name)
    "America/Vancouver": (VAN, "-0800", "-0700", "PST", "PDT"),
    "America/Los_Angeles": (SEA, "-0800", "-0700", "PST", "PDT"),
    "America/Edmonton": (EDM, "-0700", "-0600", "MST", "MDT"),
    "America/Toronto": (MTL, "-0500", "-0400", "EST", "EDT"),
}


def win_vtz(tzid):
    _, std, dst = WIN_TZ[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def olson_vtz(tzid):
    _, std, dst, sn, dn = OLSON[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def tz_of(tzid):
    return WIN_TZ[tzid][0] if tzid in WIN_TZ else OLSON[tzid][0]


def attendee_line(name, addr, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    return (f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}"
            f":mailto:{addr}")


def exchange_uid(tag):
    return "040000008200E00074C5B7101A82E00800000000" + hid_upper(tag, "uid", n=32) + "0000000000000000" \
        + "10000000" + hid_upper(tag, "uid2", n=32)


def teams_block(tag, lang="en"):
    mid = hid(tag, "teams", n=40)
    num = int(hid(tag, "num", n=12), 16) % 10 ** 12
    num_s = f"{num:012d}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{hid(tag, 'tid', n=8)}-{hid(tag, 't2', n=4)}-4{hid(tag, 't3', n=3)}"
           f"-a{hid(tag, 't4', n=3)}-{hid(tag, 't5', n=12)}%22%7d")
    pc = hid(tag, "pc", n=6)
    bar = "_" * 80
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nParticiper à partir de votre ordinateur, application mobile "
                f"ou appareil de salle\nCliquez ici pour participer à la réunion<{url}>\n"
                f"ID de la réunion : {num_s[:3]} {num_s[3:6]} {num_s[6:9]} {num_s[9:]}\nCode secret : {pc}\n"
                f"Télécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/download-app> | "
                f"Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n{bar}"), url
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {num_s[:3]} {num_s[3:6]} {num_s[6:9]} {num_s[9:]}\nPasscode: {pc}\n"
            f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={hid(tag, 'org', n=8)}>\n{bar}"), url


def exchange_vcal(*, tag, method, organizer, attendees, summary, start, end, tzid, location,
                  description, dtstamp, seq=0, lang="en-US", teams_url=None, status=None):
    tz = tz_of(tzid)
    st = status or ("CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += win_vtz(tzid)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(attendee_line(*a))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
              f"UID:{exchange_uid(tag)}",
              f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{ical_local(start, tz)}",
              f"DTEND;TZID={tzid}:{ical_local(end, tz)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(dtstamp)}", "TRANSP:OPAQUE",
              f"STATUS:{st}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hid(tag, 'appt', n=7), 16)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def outlook_invite(*, tag, date, frm, to, subject, when, where, body, organizer, attendees, summary,
                   start, end, tzid, method="REQUEST", seq=0, teams=True, lang="en", cc=None,
                   relay_ip="40.107.220.71", uid_tag=None):
    """Exchange/Outlook meeting request: multipart/alternative plain + html + text/calendar (base64)."""
    tb, turl = teams_block(tag, "fr" if lang == "fr" else "en") if teams else ("", None)
    if lang == "fr":
        head = f"Quand : {when}\nOù : {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    else:
        head = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    text = head + body.rstrip("\n") + "\n\n" + (tb + "\n" if tb else "")
    uid_tag = uid_tag or tag
    cal = exchange_vcal(tag=uid_tag, method=method, organizer=organizer, attendees=attendees, summary=summary,
                        start=start, end=end, tzid=tzid, location=where,
                        description=text, dtstamp=date, seq=seq, lang="fr-CA" if lang == "fr" else "en-US",
                        teams_url=turl)
    bnd = f"_000_{hid_upper(tag, 'bnd', n=24)}prodoutlookcom_"
    body_part = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(text, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    host = f"{hid_upper(tag, 'host', n=4)}PR{int(hid(tag, 'h2', n=4), 16) % 90 + 10}MB{int(hid(tag, 'h3', n=4), 16) % 9000 + 1000}"
    hdrs = envelope(date, frm[1], "mail-cancsn01on2071.outbound.protection.outlook.com", relay_ip, tag)
    hdrs += [("From", f"{frm[0]} <{frm[1]}>"), ("To", to)]
    if cc:
        hdrs.append(("CC", cc))
    hdrs += [("Subject", subject), ("Thread-Topic", summary),
             ("Thread-Index", base64.b64encode(hashlib.sha256(tag.encode()).digest()[:22]).decode()),
             ("Date", rfc(date)),
             ("Message-ID", f"<{host}{hid_upper(tag, 'mid', n=20)}@{host}.CANPRD01.PROD.OUTLOOK.COM>"),
             ("Accept-Language", "fr-CA, en-US" if lang == "fr" else "en-US, en-CA"),
             ("Content-Language", "fr-CA" if lang == "fr" else "en-US"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hid(uid_tag, "sid", n=24)),
             ("x-ms-publictraffictype", "Email")]
    return message(hdrs, body_part)


def google_invite(*, tag, date, organizer, attendees, title, start, end, tzlabel, zone_label, desc, meet,
                  seq=0, updated=False, uid=None):
    """Google Calendar invitation mail: mixed( alternative(plain, html, text/calendar), invite.ics )."""
    uid = uid or f"{hid(tag, 'guid', n=26)}@google.com"
    verb = "Updated invitation" if updated else "Invitation"
    subj = (f"{verb}: {title} @ {start:%a} {start:%b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} "
            f"({tzlabel}) ({OWNER})")
    when = f"{start:%A} {start:%b} {start.day}, {start.year} ⋅ {gtime(start)} – {gtime(end)} ({zone_label})"
    guests = "\n".join(f"{n}{' - organizer' if a == organizer[1] else ''}" for n, a, *_ in attendees)
    text = ""
    if updated:
        text += "This event has been updated\nChanged: time\n\n"
    text += (f"{title}\n{when}\n\nJoin with Google Meet\nhttps://{meet}\n\nJoin by phone\n(US) +1 206-555-01"
             f"{int(hid(tag, 'ph', n=4), 16) % 90 + 10} PIN: {int(hid(tag, 'pin', n=8), 16) % 10 ** 9:09d}#\n\n"
             f"{desc.rstrip()}\n\nGuests\n{guests}\nView all guest info https://calendar.google.com/calendar/"
             f"event?action=VIEW&eid={hid(tag, 'eid', n=40)}\n\nReply for {OWNER}\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             f"You are receiving this email because you are an attendee on the event. To stop receiving future "
             f"updates for this event, decline this event.\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}", f"DTSTAMP:{ical_utc(date)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, a, ps in attendees:
        lines.append(attendee_line(n if a != OWNER else OWNER, a, partstat=ps, google=True))
    lines += [f"X-GOOGLE-CONFERENCE:https://{meet}", f"CREATED:{ical_utc(date - timedelta(minutes=3))}",
              f"DESCRIPTION:{esc(desc.rstrip())}", f"LAST-MODIFIED:{ical_utc(date)}", "LOCATION:",
              f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE",
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    inner = multi("alternative", f"000000000000{hid(tag, 'ib', n=16)}", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(text, "Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "7bit"),
    ])
    outer = multi("mixed", f"000000000000{hid(tag, 'ob', n=16)}", [
        inner,
        leaf('application/ics; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    hdrs = envelope(date, f"{hid(tag, 'rp', n=20)}@calendar-server.bounces.google.com",
                    "mail-sor-f73.google.com", "209.85.220.73", tag)
    hdrs += [("Reply-To", f"{organizer[0]} <{organizer[1]}>"),
             ("Sender", "Google Calendar <calendar-notification@google.com>"),
             ("Message-ID", f"<calendar-{hid(tag, 'cm', n=8)}-{hid(tag, 'cm2', n=4)}-4{hid(tag, 'cm3', n=3)}-"
                            f"8{hid(tag, 'cm4', n=3)}-{hid(tag, 'cm5', n=12)}@google.com>"),
             ("Date", rfc(date.astimezone(UTC))),
             ("Subject", subj),
             ("From", f"{organizer[0]} <{organizer[1]}>"),
             ("To", OWNER)]
    return message(hdrs, outer), uid


def human_mail(*, tag, date, frm, to, subject, text, cc=None, reply_to=None, in_reply_to=None,
               references=None, msgid=None, agent=None, plain_only=False, cte="quoted-printable",
               relay=("mail-relay.example.net", "198.51.100.24"), extra=(), attachments=(), html_text=None):
    hdrs = envelope(date, frm[1], relay[0], relay[1], tag)
    hdrs += [("Date", rfc(date)), ("From", f"{frm[0]} <{frm[1]}>" if frm[0] else frm[1]), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", subject))
    hdrs.append(("Message-ID", msgid or f"<{hid(tag, 'm', n=24)}@{frm[1].split('@')[1]}>"))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
        hdrs.append(("References", references or in_reply_to))
    if agent:
        hdrs.append(agent)
    hdrs += list(extra)
    if plain_only:
        body = leaf('text/plain; charset="UTF-8"; format=flowed', text, cte)
    else:
        body = alt(tag, text, html_text, cte=cte)
    if attachments:
        body = multi("mixed", f"----=_Part_{hid(tag, 'mx', n=8)}_{int(hid(tag, 'mxn', n=8), 16)}",
                     [body] + list(attachments))
    return message(hdrs, body)


def ics_attachment(cal, filename, method=None):
    m = f"; method={method}" if method else ""
    return leaf(f'text/calendar; charset="UTF-8"{m};\n name="{filename}"', cal, "base64",
                [f'Content-Disposition: attachment; filename="{filename}"'])


def mid_of(msg_text):
    m = re.search(r"^Message-ID: (<[^>]+>)", msg_text, re.M)
    return m.group(1)


def interview(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================================ POSITIVE CASES
@case
def c01():
    slug = "workday-phone-screen-mountain"
    co, role, req = "Bow River Geotechnical", "Intermediate Geotechnical Engineer", "R-10482"
    rec = ("Harpreet Sandhu", "harpreet.sandhu@bowrivergeo.example")
    wd = "bowrivergeo@myworkday.com"
    d1 = D(EDM, 2026, 10, 6, 16, 22, 9)
    t1 = (f"Hi Ingrid,\n\nThank you for applying to the {role} ({req}) position at {co}. "
          "We have received your application and our Talent Acquisition team is reviewing it.\n\n"
          "If your background is a match, a member of our team will contact you about next steps, which "
          "may include a phone interview.\n\nYou can check the status of your application at any time from "
          "your Candidate Home: https://wd3.myworkday.com/bowrivergeo/d/home.htmld\n\n"
          f"Kind regards,\nTalent Acquisition\n{co} Ltd. | Calgary, Alberta\n\n"
          "This is an automatically generated message. Please do not reply to this email.\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=(co, wd), to=OWNER,
                    subject=f"Thank you for applying: {role} ({req})", text=t1,
                    msgid=f"<{hid(slug, 'w1', n=20)}.JavaMail.wdprod@wd3-impl-mail.myworkday.com>",
                    relay=("wd3-impl-mail.myworkday.com", "216.34.55.21"), cte="base64",
                    extra=[("Auto-Submitted", "auto-generated")])

    start = D(EDM, 2026, 10, 22, 10, 0, day="Thursday")
    end = start + timedelta(minutes=30)
    d2 = D(EDM, 2026, 10, 15, 11, 47, 31)
    van = start.astimezone(VAN)
    t2 = (f"Hello Ingrid,\n\nYour interview for {role} ({req}) has been scheduled. Details are below and a "
          "calendar invitation is attached.\n\n"
          "Interview Details\n"
          f"Date: {long_date(start)}\n"
          f"Time: {hm(start)} - {hm(end)} Mountain Daylight Time (MDT)\n"
          f"       ({hm(van)} - {hm(end.astimezone(VAN))} Pacific Daylight Time)\n"
          "Interview Type: Phone Screen (30 minutes)\n"
          f"Interviewer: {rec[0]}, Talent Acquisition Partner\n"
          "Location: Harpreet will call you at the mobile number on your application.\n\n"
          f"If you need to reschedule, please contact {rec[0]} at {rec[1]}.\n\n"
          "To view or manage your interview, sign in to Candidate Home: "
          "https://wd3.myworkday.com/bowrivergeo/d/home.htmld\n\n"
          f"Best regards,\n{co} Talent Acquisition\n\n"
          "This is an automatically generated message. Please do not reply to this email.\n")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc.//Workday Calendar//EN", "VERSION:2.0", "METHOD:REQUEST",
               *olson_vtz("America/Edmonton"), "BEGIN:VEVENT", f"UID:{hid(slug, 'wuid', n=32)}@myworkday.com",
               f"DTSTAMP:{ical_utc(d2)}", f"DTSTART;TZID=America/Edmonton:{ical_local(start, EDM)}",
               f"DTEND;TZID=America/Edmonton:{ical_local(end, EDM)}",
               f"SUMMARY:Phone Screen - {role} ({req}) - {co}",
               f"DESCRIPTION:{esc(f'Phone screen with {rec[0]}. Harpreet will call you.')}",
               "LOCATION:Phone", f"ORGANIZER;CN={co}:mailto:{wd}",
               attendee_line(OWNER_NAME, OWNER), attendee_line(rec[0], rec[1], partstat="ACCEPTED", rsvp=False),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m2 = human_mail(tag=slug + "2", date=d2, frm=(co, wd), to=OWNER,
                    subject=f"Interview Scheduled: {role} ({req})", text=t2,
                    msgid=f"<{hid(slug, 'w2', n=20)}.JavaMail.wdprod@wd3-impl-mail.myworkday.com>",
                    relay=("wd3-impl-mail.myworkday.com", "216.34.55.21"), cte="base64",
                    extra=[("Auto-Submitted", "auto-generated")],
                    attachments=[ics_attachment(cal, "Interview.ics", "REQUEST")])
    files = {"01-workday-application-received.eml": m1, "02-workday-interview-scheduled.eml": m2}
    lab = label([interview(co, role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "easy", "positive/workday-phone-screen",
                "Workday no-reply mail; recruiter conducts the screen and is named in the body. Time given in "
                "MDT (and PDT), before the 1 Nov fall-back. Application receipt is noise.")
    return slug, files, lab


@case
def c02():
    slug = "outlook-pacific-tzid-after-dst"
    co, role = "Coast Mountain Geoscience", "Geotechnical Engineer – Geohazards"
    rec = ("Marisol Quintero", "marisol.quintero@coastmtngeo.example")
    arj = ("Arjun Bhattacharya", "arjun.bhattacharya@coastmtngeo.example")
    start = D(VAN, 2026, 11, 5, 9, 30, day="Thursday")
    end = start + timedelta(hours=1)
    d1 = D(VAN, 2026, 10, 28, 14, 5, 44)
    t1 = (f"Hi Ingrid,\n\nThanks again for the call last week – the team enjoyed hearing about the "
          "debris-flow barrier work on the Sea-to-Sky corridor.\n\n"
          f"The next step is a technical interview with {arj[0]}, our Principal, Geohazards. Plan on about an "
          "hour; he'll want to go through slope stability analysis (limit equilibrium vs. FE), "
          "instrumentation and monitoring, and one landslide project you led end to end.\n\n"
          f"I've just sent a Teams invite for Thursday, November 5 at {hm(start, 'a.m.')}. Heads-up that "
          "this is the week after the clocks fall back, so double-check your calendar shows the right time. "
          "I'm only coordinating and won't be on the call.\n\n"
          "Let me know if that time doesn't work.\n\n"
          f"Marisol\n\n{rec[0]}\nTalent Advisor | {co} Inc.\n1100 – 840 Howe Street, Vancouver, BC\n"
          "604-555-0148\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=rec, to=OWNER_ADDR,
                    subject=f"Next step – technical interview ({role})", text=t1,
                    msgid=f"<YT3PR01MB{hid_upper(slug, 'x1', n=12)}@YT3PR01MB{hid_upper(slug, 'x2', n=4)}.CANPRD01.PROD.OUTLOOK.COM>",
                    relay=("mail-yt3can01on2085.outbound.protection.outlook.com", "40.107.116.85"),
                    extra=[("Thread-Topic", f"Next step – technical interview ({role})"),
                           ("Accept-Language", "en-US"), ("X-MS-Has-Attach", "")])
    subject = f"Technical Interview – Ingrid Santiago – {role}"
    body = (f"Hi Ingrid,\n\nThis is your technical interview with {arj[0]} (Principal, Geohazards). "
            "Please have a recent project you can walk through on screen.\n\n"
            f"{rec[0]} (coordinating – not attending)")
    m2 = outlook_invite(tag=slug + "2", date=d1 + timedelta(minutes=3), frm=rec,
                        to=f"{OWNER_NAME} <{OWNER}>; {arj[0]} <{arj[1]}>", subject=subject,
                        when=f"{long_date(start)} {hm(start)}-{hm(end)} (UTC-08:00) Pacific Time (US & Canada).",
                        where="Microsoft Teams Meeting", body=body, organizer=rec,
                        attendees=[(OWNER_NAME, OWNER), (arj[0], arj[1])], summary=subject,
                        start=start, end=end, tzid="Pacific Standard Time")
    d3 = D(VAN, 2026, 10, 28, 19, 12, 3)
    t3 = ("Hi Marisol,\n\nThanks – I've accepted the invite for Thursday, November 5 at 9:30 (Pacific). "
          "Looking forward to talking with Arjun.\n\nBest,\nIngrid\n\n"
          + quote(t1, f"On 2026-10-28 {hm(d1, 'a.m.')}, {rec[0]} wrote:"))
    m3 = human_mail(tag=slug + "3", date=d3, frm=(OWNER_NAME, OWNER), to=f"{rec[0]} <{rec[1]}>",
                    subject=f"Re: Next step – technical interview ({role})", text=t3, plain_only=True,
                    in_reply_to=mid_of(m1), relay=("localhost", "127.0.0.1"),
                    agent=("User-Agent", "Mozilla Thunderbird"), cte="8bit",
                    msgid=f"<{hid(slug, 'tb', n=8)}-{hid(slug, 'tb2', n=4)}-{hid(slug, 'tb3', n=4)}@example.com>")
    files = {"01-recruiter-next-step.eml": m1, "02-teams-invite-technical.eml": m2, "03-owner-reply-sent.eml": m3}
    lab = label([interview(co, role, start, end, "scheduled", [arj[1]], [arj[1]], "technical")],
                "medium", "positive/outlook-dedupe-dst",
                "Recruiter mail + Exchange invite (TZID 'Pacific Standard Time', label UTC-08:00) + owner's "
                "own reply = one interview. 5 Nov is after the fall-back, so -08:00. Coordinator says she "
                "won't attend, so only Arjun is the interviewer.")
    return slug, files, lab


@case
def c03():
    slug = "atmospheric-river-reschedule"
    co, role, post = "City of Fraser Bend", "Engineer II – Geotechnical", "26-0931"
    hr = ("Colleen Baptiste", "colleen.baptiste@fraserbend.example")
    mgr = ("Devinder Gill", "devinder.gill@fraserbend.example")
    s0 = D(VAN, 2026, 10, 27, 13, 30, day="Tuesday")
    e0 = s0 + timedelta(hours=1)
    s1 = D(VAN, 2026, 11, 2, 13, 30, day="Monday")
    e1 = s1 + timedelta(hours=1)
    where = "Fraser Bend City Hall, 3rd floor, Committee Room B, 2580 Shaughnessy Street"
    subj = f"Interview – {role} (Posting #{post})"
    body = (f"Good afternoon Ingrid,\n\nThank you for your application to the {role} posting. You'll be "
            f"meeting with {mgr[0]}, Manager, Development Engineering, for an in-person interview of about one "
            "hour. Please check in at the main reception on the ground floor; visitor parking is off "
            "Shaughnessy Street.\n\nRegards,\n"
            f"{hr[0]}\nHuman Resources Advisor | City of Fraser Bend\n604-555-0192")
    d1 = D(VAN, 2026, 10, 14, 10, 18, 52)
    m1 = outlook_invite(tag=slug + "1", date=d1, frm=hr, to=f"{OWNER_NAME} <{OWNER}>; {mgr[0]} <{mgr[1]}>",
                        subject=subj, when=f"{long_date(s0)} {hm(s0)}-{hm(e0)} (UTC-08:00) Pacific Time (US & Canada).",
                        where=where, body=body, organizer=hr, attendees=[(OWNER_NAME, OWNER), mgr],
                        summary=subj, start=s0, end=e0, tzid="Pacific Standard Time", teams=False,
                        relay_ip="40.107.117.54")
    d2 = D(VAN, 2026, 10, 26, 16, 40, 11)
    t2 = ("Hi Ingrid,\n\nI'm sorry for the short notice. With the atmospheric river warning now in effect "
          "(Environment Canada is calling for 120–180 mm through Wednesday) and the Lougheed Highway "
          f"underpass already flooding, {mgr[0].split()[0]} has been called into the City's Emergency "
          "Operations Centre for the next few days, and we'd rather you didn't drive in this either.\n\n"
          f"Could we move tomorrow's interview to Monday, November 2 at {hm(s1, 'a.m.')}? Same location, "
          "same length. One thing to watch: the clocks go back on Sunday, so that's 1:30 p.m. standard time.\n\n"
          "I'll send an updated calendar invite once you confirm.\n\nStay dry,\n"
          f"Colleen\n\n{hr[0]}\nHuman Resources Advisor | City of Fraser Bend\n604-555-0192\n")
    m2 = human_mail(tag=slug + "2", date=d2, frm=hr, to=f"{OWNER_NAME} <{OWNER}>", cc=f"{mgr[0]} <{mgr[1]}>",
                    subject=f"Tomorrow's interview – storm, need to reschedule", text=t2,
                    msgid=f"<YQBPR01MB{hid_upper(slug, 'm2', n=14)}@YQBPR01MB{hid_upper(slug, 'h2', n=4)}.CANPRD01.PROD.OUTLOOK.COM>",
                    relay=("mail-yqbcan01on2054.outbound.protection.outlook.com", "40.107.117.54"))
    d3 = D(VAN, 2026, 10, 26, 17, 55, 40)
    t3 = ("Hi Colleen,\n\nNo problem at all – Monday November 2 at 1:30 works for me. I hope the EOC "
          "week goes smoothly.\n\nThanks,\nIngrid\n\n" + quote(t2, gmail_attr(d2, hr[0], hr[1])))
    m3 = human_mail(tag=slug + "3", date=d3, frm=(OWNER_NAME, OWNER), to=f"{hr[0]} <{hr[1]}>",
                    cc=f"{mgr[0]} <{mgr[1]}>", subject="Re: Tomorrow's interview – storm, need to reschedule",
                    text=t3, in_reply_to=mid_of(m2), relay=("mail-sor-f41.google.com", "209.85.220.41"),
                    msgid=f"<CAF{hid(slug, 'g3', n=30)}@mail.gmail.com>", cte="quoted-printable")
    d4 = D(VAN, 2026, 10, 27, 8, 2, 15)
    body4 = (f"Rescheduled because of the atmospheric river – new date Monday, November 2. Same room, same "
             f"panel of one ({mgr[0]}).\n\n" + body)
    m4 = outlook_invite(tag=slug + "4", uid_tag=slug + "1", date=d4, frm=hr, to=f"{OWNER_NAME} <{OWNER}>; {mgr[0]} <{mgr[1]}>",
                        subject=f"Updated: {subj}",
                        when=f"{long_date(s1)} {hm(s1)}-{hm(e1)} (UTC-08:00) Pacific Time (US & Canada).",
                        where=where, body=body4, organizer=hr, attendees=[(OWNER_NAME, OWNER), mgr],
                        summary=subj, start=s1, end=e1, tzid="Pacific Standard Time", seq=1, teams=False,
                        relay_ip="40.107.117.54")
    files = {"01-invite-original-oct27.eml": m1, "02-hr-storm-reschedule.eml": m2,
             "03-owner-confirms.eml": m3, "04-invite-updated-nov2.eml": m4}
    lab = label([interview(co, role, s1, e1, "scheduled", [mgr[1]], [mgr[1]], "hiring_manager")],
                "hard", "positive/reschedule-storm-dst",
                "Original 27 Oct 13:30 PDT (-07:00, although Outlook labels the zone UTC-08:00); moved by e-mail "
                "for an atmospheric-river storm to Mon 2 Nov 13:30, which is after the fall-back (-08:00); "
                "updated invite SEQUENCE:1 with the same UID. Final time only. HR advisor only schedules.")
    return slug, files, lab


@case
def c04():
    slug = "taleo-cancel-posting-closed"
    co, role, req = "Town of Foothill Springs", "Municipal Engineer, Infrastructure & Geotechnical", "2600418"
    hr = ("Brigitte Lachance", "brigitte.lachance@foothillsprings.example")
    taleo = "foothillsprings@ca.taleo.net"
    start = D(EDM, 2026, 10, 28, 10, 0, day="Wednesday")
    end = start + timedelta(hours=1)
    d1 = D(EDM, 2026, 10, 14, 13, 9, 26)
    t1 = (f"Dear Ingrid Santiago,\n\nThank you for your interest in the position of {role} (Job Number "
          f"{req}) with the {co}.\n\nWe are pleased to invite you to an interview:\n\n"
          f"Date: {long_date(start)}\nTime: {hm(start, 'a.m.')} to {hm(end, 'a.m.')} Mountain Time "
          f"({hm(start.astimezone(VAN), 'a.m.')} Pacific)\n"
          "Format: Microsoft Teams video interview (a link will be sent separately)\n"
          "Interviewer: Paul Okonkwo, P.Eng., Manager of Engineering Services\n\n"
          "Please confirm your attendance by contacting Brigitte Lachance, HR Generalist, at "
          f"{hr[1]} or 403-555-0187.\n\n"
          "Sincerely,\nHuman Resources\nTown of Foothill Springs, Alberta\n\n"
          "*** This is an automated message sent from the Taleo Talent Acquisition system. "
          "Replies to this address are not monitored. ***\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Oracle//Taleo Recruiting//EN", "METHOD:PUBLISH",
               *olson_vtz("America/Edmonton"), "BEGIN:VEVENT",
               f"UID:TLO-{req}-{hid(slug, 'tuid', n=10)}@ca.taleo.net", f"DTSTAMP:{ical_utc(d1)}",
               f"DTSTART;TZID=America/Edmonton:{ical_local(start, EDM)}",
               f"DTEND;TZID=America/Edmonton:{ical_local(end, EDM)}",
               f"SUMMARY:Interview - {role} ({req})", "LOCATION:Microsoft Teams",
               f"DESCRIPTION:{esc('Interviewer: Paul Okonkwo, P.Eng. Contact: ' + hr[1])}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m1 = human_mail(tag=slug + "1", date=d1, frm=("Town of Foothill Springs", taleo), to=OWNER,
                    reply_to=f"{hr[0]} <{hr[1]}>", subject=f"Interview Invitation - {role} ({req})", text=t1,
                    msgid=f"<{int(hid(slug, 't1', n=10), 16)}.{int(hid(slug, 't1b', n=6), 16)}.JavaMail.taleo@ca.taleo.net>",
                    relay=("ca-mta02.taleo.net", "160.34.18.42"), cte="quoted-printable",
                    extra=[("X-Mailer", "Oracle Taleo Recruiting")],
                    attachments=[ics_attachment(cal, "interview.ics", "PUBLISH")])
    d2 = D(EDM, 2026, 10, 21, 9, 34, 2)
    t2 = ("Good morning Ingrid,\n\nI'm sorry to have to send this. The Municipal Engineer, Infrastructure & "
          f"Geotechnical posting ({req}) has been closed: Council did not fund the position in last night's "
          "interim budget deliberations, so we are cancelling all interviews for this competition – including "
          f"yours on Wednesday, October 28 at {hm(start, 'a.m.')}.\n\n"
          "If the position is re-posted in the spring we would encourage you to apply again. You will also "
          "receive an automated notice from our recruitment system.\n\nThank you for your understanding,\n\n"
          f"{hr[0]}\nHR Generalist | Town of Foothill Springs\n403-555-0187\n")
    m2 = human_mail(tag=slug + "2", date=d2, frm=hr, to=f"Ingrid Santiago <{OWNER}>",
                    subject=f"Interview cancelled – {role} ({req})", text=t2,
                    relay=("mail-relay.foothillsprings.example", "198.51.100.77"),
                    agent=("X-Mailer", "Microsoft Outlook 16.0"))
    d3 = D(EDM, 2026, 10, 21, 11, 2, 48)
    t3 = (f"Dear Ingrid Santiago,\n\nThe job posting {role} ({req}) has been cancelled and is no longer "
          "accepting applications. Your candidacy for this posting is no longer active.\n\n"
          "Thank you for your interest in career opportunities with the Town of Foothill Springs. We invite "
          "you to visit our career section for other opportunities.\n\nHuman Resources\n\n"
          "*** This is an automated message. Please do not reply. ***\n")
    m3 = human_mail(tag=slug + "3", date=d3, frm=("Town of Foothill Springs", taleo), to=OWNER,
                    subject=f"Job posting cancelled - {role} ({req})", text=t3,
                    msgid=f"<{int(hid(slug, 't3', n=10), 16)}.{int(hid(slug, 't3b', n=6), 16)}.JavaMail.taleo@ca.taleo.net>",
                    relay=("ca-mta02.taleo.net", "160.34.18.42"), extra=[("X-Mailer", "Oracle Taleo Recruiting")])
    files = {"01-taleo-interview-invitation.eml": m1, "02-hr-posting-closed-cancel.eml": m2,
             "03-taleo-posting-cancelled.eml": m3}
    lab = label([interview(co, role, start, end, "cancelled", [], [hr[1]], "hiring_manager")],
                "medium", "positive/cancel-posting-closed",
                "Taleo invitation (Mountain time, -06:00 on 28 Oct) then cancelled because the posting was closed; "
                "kept as cancelled at its scheduled time. The interviewer is named but his address never "
                "appears, so follow-up goes to the HR generalist (Reply-To / address in text), not to Taleo.")
    return slug, files, lab


@case
def c05():
    slug = "seattle-screen-then-technical"
    co, role = "Cascadia Ground Engineering", "Geotechnical Project Engineer"
    rec = ("Bethany Oyelaran", "bethany.oyelaran@cascadiaground.example")
    hol = ("Hollis Varga", "hollis.varga@cascadiaground.example")
    s1 = D(SEA, 2026, 10, 20, 11, 0, day="Tuesday")
    e1 = s1 + timedelta(minutes=30)
    s2 = D(SEA, 2026, 11, 4, 13, 0, day="Wednesday")
    e2 = s2 + timedelta(minutes=75)
    g = ("mail-sor-f41.google.com", "209.85.220.41")
    d1 = D(SEA, 2026, 10, 14, 15, 26, 8)
    t1 = ("Hi Ingrid,\n\nThanks for applying for our Geotechnical Project Engineer opening in Seattle! Your "
          "background in landslide mitigation and deep foundations in the Lower Mainland lines up nicely "
          "with our transportation group's work.\n\n"
          "I'd love to set up a 30-minute phone screen to walk through the role, your timeline, and work "
          "authorization (we've sponsored TN status for Canadian engineers before). I'll send a calendar "
          "invite for Tuesday 10/20 at 11:00am PT – if that doesn't work, just reply with a couple of "
          "alternatives.\n\n"
          f"Cheers,\nBethany\n\n--\n{rec[0]} | Senior Technical Recruiter\n{co}\n"
          "1420 Fifth Avenue, Suite 2200 | Seattle, WA 98101\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=rec, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Cascadia Ground – Geotechnical Project Engineer – phone screen",
                    text=t1, relay=g, msgid=f"<CAJ{hid(slug, 'g1', n=30)}@mail.gmail.com>")
    meet1 = f"meet.google.com/{hid(slug, 'mt1', n=3)}-{hid(slug, 'mt1b', n=4)}-{hid(slug, 'mt1c', n=3)}"
    d2 = d1 + timedelta(minutes=6)
    m2, _ = google_invite(tag=slug + "2", date=d2, organizer=rec,
                          attendees=[(rec[0], rec[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                          title="Phone screen: Ingrid Santiago / Cascadia Ground (Geotechnical Project Engineer)",
                          start=s1, end=e1, tzlabel="PDT", zone_label="Pacific Time - Los Angeles",
                          desc="30-minute phone screen with Bethany (recruiting). Bethany will call your mobile; "
                               "Meet link is a backup.", meet=meet1)
    d3 = D(SEA, 2026, 10, 21, 9, 41, 55)
    t3 = ("Hi Ingrid,\n\nGreat talking yesterday! The team would like to move you forward to a technical "
          f"interview with {hol[0]}, PE, LEG, an Associate in our transportation geotechnics group.\n\n"
          f"We've booked Wednesday, November 4, {gtime(s2)}–{gtime(e2)} Pacific (75 minutes) over Google Meet. "
          "Hollis will ask you to talk through a retaining wall or slope design you did and will share a boring "
          "log and CPT for a quick interpretation exercise – no prep needed beyond that. Note the US also falls "
          "back on Nov 1, so we'll both be on PST by then.\n\nInvite to follow from me.\n\n"
          f"Bethany\n\n--\n{rec[0]} | Senior Technical Recruiter\n{co}\n\n"
          + quote(t1, gmail_attr(d1, rec[0], rec[1])))
    m3 = human_mail(tag=slug + "3", date=d3, frm=rec, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Re: Cascadia Ground – Geotechnical Project Engineer – phone screen",
                    text=t3, relay=g, in_reply_to=mid_of(m1), msgid=f"<CAJ{hid(slug, 'g3', n=30)}@mail.gmail.com>")
    meet2 = f"meet.google.com/{hid(slug, 'mt2', n=3)}-{hid(slug, 'mt2b', n=4)}-{hid(slug, 'mt2c', n=3)}"
    m4, _ = google_invite(tag=slug + "4", date=d3 + timedelta(minutes=4), organizer=rec,
                          attendees=[(rec[0], rec[1], "ACCEPTED"), (hol[0], hol[1], "ACCEPTED"),
                                     (OWNER, OWNER, "NEEDS-ACTION")],
                          title="Technical interview – Ingrid Santiago (Geotechnical Project Engineer)",
                          start=s2, end=e2, tzlabel="PST", zone_label="Pacific Time - Los Angeles",
                          desc=f"Technical interview with {hol[0]}, PE, LEG (Associate). Bethany is organizing "
                               "only and will not join.", meet=meet2)
    files = {"01-recruiter-phone-screen-offer.eml": m1, "02-invitation-phone-screen.eml": m2,
             "03-recruiter-next-technical.eml": m3, "04-invitation-technical.eml": m4}
    lab = label([
        interview(co, role, s1, e1, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
        interview(co, role, s2, e2, "scheduled", [hol[1]], [hol[1]], "technical"),
    ], "medium", "positive/two-interviews-dst",
        "Two interviews with one Seattle firm: recruiter phone screen 20 Oct (PDT -07:00) and technical "
        "4 Nov (PST -08:00, after US fall-back). Google invites carry UTC times. Recruiter conducts the "
        "screen but only organizes the technical.")
    return slug, files, lab


@case
def c06():
    slug = "montreal-entrevue-hne"
    co = "Groupe Géotechnique Laurentien"
    role = "Ingénieure ou ingénieur géotechnique principal(e) – bureau de Vancouver"
    rec = ("Émilie Gagnon-Roy", "emilie.gagnonroy@geolaurentien.example")
    jf = ("Jean-François Bélanger", "jf.belanger@geolaurentien.example")
    start = D(MTL, 2026, 11, 3, 14, 0, day="Tuesday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(VAN).hour == 11
    d1 = D(MTL, 2026, 10, 28, 10, 15, 37, day="Wednesday")
    t1 = ("Bonjour Ingrid,\n\nMerci pour l'intérêt que vous portez au poste d'ingénieure ou ingénieur "
          "géotechnique principal(e) pour notre nouveau bureau de Vancouver. Votre candidature a retenu "
          "notre attention!\n\n"
          "Nous aimerions vous rencontrer en entrevue virtuelle (Teams) mardi prochain, le 3 novembre, "
          "à 14 h (HNE), soit 11 h, heure du Pacifique. L'entrevue durera environ 45 minutes et sera menée "
          f"par M. {jf[0]}, ing., directeur principal – Géotechnique et matériaux. Elle se déroulera "
          "en français et en anglais, selon votre préférence.\n\n"
          "Petit rappel : on recule l'heure dans la nuit du 31 octobre au 1er novembre, autant au Québec "
          "qu'en Colombie-Britannique.\n\n"
          "Je vous envoie l'invitation Teams dans quelques minutes. N'hésitez pas à me faire signe si la "
          "plage horaire ne vous convient pas.\n\nAu plaisir,\n\n"
          f"{rec[0]}\nConseillère principale, acquisition de talents\n{co} inc.\n"
          "1250, boulevard René-Lévesque Ouest, bureau 2100, Montréal (Québec)\n514 555-0163\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=rec, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Entrevue – Ingénieur(e) géotechnique principal(e), Vancouver", text=t1,
                    msgid=f"<YT2PR01MB{hid_upper(slug, 'x1', n=12)}@YT2PR01MB{hid_upper(slug, 'x2', n=4)}.CANPRD01.PROD.OUTLOOK.COM>",
                    relay=("mail-yt2can01on2079.outbound.protection.outlook.com", "40.107.115.79"),
                    extra=[("Content-Language", "fr-CA"), ("Accept-Language", "fr-CA, en-US")])
    subj = "Entrevue – Ingrid Santiago – Ingénieur(e) géotechnique principal(e)"
    body = (f"Bonjour Ingrid,\n\nVoici l'invitation pour votre entrevue avec {jf[0]}, ing. (directeur principal – "
            "Géotechnique et matériaux).\n\nAu plaisir,\nÉmilie")
    m2 = outlook_invite(tag=slug + "2", date=d1 + timedelta(minutes=9), frm=rec,
                        to=f"Ingrid Santiago <{OWNER}>; {jf[0]} <{jf[1]}>", subject=subj,
                        when=f"mardi 3 novembre 2026 14:00-14:45 (UTC-05:00) Est (États-Unis et Canada).",
                        where="Réunion Microsoft Teams", body=body, organizer=rec,
                        attendees=[(OWNER_NAME, OWNER), jf], summary=subj, start=start, end=end,
                        tzid="Eastern Standard Time", lang="fr", relay_ip="40.107.115.79")
    d3 = D(VAN, 2026, 10, 28, 8, 2, 11)
    t3 = ("Bonjour Émilie,\n\nMerci beaucoup! Mardi le 3 novembre à 14 h HNE (11 h chez moi à Vancouver) "
          "me convient parfaitement. J'ai accepté l'invitation Teams. Je préférerais faire l'entrevue "
          "surtout en anglais, mais je peux répondre en français au besoin.\n\nCordialement,\nIngrid\n\n"
          + quote(t1, f"Le mer. 28 oct. 2026, à 10 h 15, {rec[0]} <{rec[1]}> a écrit :"))
    m3 = human_mail(tag=slug + "3", date=d3, frm=(OWNER_NAME, OWNER), to=f"{rec[0]} <{rec[1]}>",
                    subject="Re: Entrevue – Ingénieur(e) géotechnique principal(e), Vancouver", text=t3,
                    in_reply_to=mid_of(m1), relay=("mail-sor-f41.google.com", "209.85.220.41"),
                    msgid=f"<CAF{hid(slug, 'g3', n=30)}@mail.gmail.com>")
    files = {"01-conseillere-entrevue.eml": m1, "02-invitation-teams-fr.eml": m2, "03-owner-reponse.eml": m3}
    lab = label([interview(co, role, start, end, "scheduled", [jf[1]], [jf[1]], "hiring_manager")],
                "hard", "positive/french-quebec-hne",
                "Québécois French: 'entrevue', 'mardi prochain, le 3 novembre, à 14 h (HNE)' = 14:00 EST (-05:00), "
                "11:00 PST, after the 1 Nov fall-back. Outlook FR invite with TZID 'Eastern Standard Time'. "
                "Director conducts (hiring manager); talent advisor coordinates only.")
    return slug, files, lab


@case
def c07():
    slug = "site-visit-plus-panel-onsite"
    co = "Burrard Inlet Geotechnical Partners"
    role = "Senior Geotechnical Engineer – Landslides & Retaining Structures"
    coord = ("Priyanka Dhillon", "priyanka.dhillon@burrardgeo.example")
    cal_ = ("Callum Fraser", "callum.fraser@burrardgeo.example")
    oks = ("Oksana Melnyk", "oksana.melnyk@burrardgeo.example")
    tam = ("Tamsin Whitlock", "tamsin.whitlock@burrardgeo.example")
    sv_s = D(VAN, 2026, 10, 29, 8, 30, day="Thursday")
    sv_e = D(VAN, 2026, 10, 29, 11, 0)
    p_s = D(VAN, 2026, 10, 29, 13, 0)
    p_e = D(VAN, 2026, 10, 29, 14, 30)
    d1 = D(VAN, 2026, 10, 22, 15, 48, 20)
    t1 = ("Hi Ingrid,\n\nWe're excited to host you for your interview day on Thursday, October 29! Here is the "
          "itinerary – you'll get two calendar invites from me as well.\n\n"
          f"{hm(sv_s, 'a.m.')} – {hm(sv_e, 'a.m.')}  Site visit (part of the interview): Mount Seymour Parkway "
          f"slope remediation, meet {cal_[0]} (Project Engineer) at the site trailer, 3900 block Mount "
          "Seymour Pkwy. Callum will walk you through the soil-nail wall and horizontal drains and ask how "
          "you'd approach the remaining instability. Steel-toe boots, hard hat and hi-vis required (we have "
          "spares if needed).\n"
          "11:00 a.m. – 1:00 p.m.  Travel to our Lonsdale office and lunch on your own (there's lots nearby).\n"
          f"{hm(p_s, 'a.m.')} – {hm(p_e, 'a.m.')}  Panel interview at 200 – 125 East 13th Street, North "
          f"Vancouver, with {oks[0]} (Principal), {tam[0]} (Associate) and {cal_[0]}.\n\n"
          "Given the forecast, the site visit will go ahead in rain but not if the District closes the "
          "parkway – I'll let you know by 7 a.m. if anything changes.\n\n"
          f"Thanks,\nPriyanka\n\n{coord[0]}\nOffice & Recruitment Coordinator\n{co}\n604-555-0119\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=coord, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Your interview day – Thursday, October 29 (itinerary)", text=t1,
                    msgid=f"<YT4PR01MB{hid_upper(slug, 'x1', n=12)}@YT4PR01MB{hid_upper(slug, 'x2', n=4)}.CANPRD01.PROD.OUTLOOK.COM>",
                    relay=("mail-yt4can01on2060.outbound.protection.outlook.com", "40.107.119.60"))
    s2 = "Interview day (1/2): Site visit – Mount Seymour Pkwy slope remediation – I. Santiago"
    m2 = outlook_invite(tag=slug + "2", date=d1 + timedelta(minutes=7), frm=coord,
                        to=f"Ingrid Santiago <{OWNER}>; {cal_[0]} <{cal_[1]}>", subject=s2,
                        when=f"{long_date(sv_s)} {hm(sv_s)}-{hm(sv_e)} (UTC-08:00) Pacific Time (US & Canada).",
                        where="Site trailer, 3900 block Mount Seymour Parkway, North Vancouver",
                        body=f"Site visit portion of your interview day with {cal_[0]}. PPE required.\n\nPriyanka",
                        organizer=coord, attendees=[(OWNER_NAME, OWNER), cal_], summary=s2, start=sv_s, end=sv_e,
                        tzid="Pacific Standard Time", teams=False, relay_ip="40.107.119.60")
    s3 = "Interview day (2/2): Panel interview – I. Santiago – Senior Geotechnical Engineer"
    m3 = outlook_invite(tag=slug + "3", date=d1 + timedelta(minutes=9), frm=coord,
                        to=f"Ingrid Santiago <{OWNER}>; {oks[0]} <{oks[1]}>; {tam[0]} <{tam[1]}>; {cal_[0]} <{cal_[1]}>",
                        subject=s3,
                        when=f"{long_date(p_s)} {hm(p_s)}-{hm(p_e)} (UTC-08:00) Pacific Time (US & Canada).",
                        where="BIGP Boardroom, 200 – 125 East 13th Street, North Vancouver",
                        body=f"Panel: {oks[0]} (Principal), {tam[0]} (Associate), {cal_[0]} (Project Engineer).\n\nPriyanka",
                        organizer=coord, attendees=[(OWNER_NAME, OWNER), oks, tam, cal_], summary=s3, start=p_s,
                        end=p_e, tzid="Pacific Standard Time", teams=False, relay_ip="40.107.119.60")
    files = {"01-coordinator-itinerary.eml": m1, "02-invite-site-visit.eml": m2, "03-invite-panel.eml": m3}
    lab = label([interview(co, role, sv_s, p_e, "scheduled", [cal_[1], oks[1], tam[1]],
                           [cal_[1], oks[1], tam[1]], "onsite")],
                "hard", "positive/onsite-site-visit-panel",
                "Same-day interview day sent as itinerary + two Exchange invites: site visit 08:30-11:00 (explicitly "
                "part of the interview) and panel 13:00-14:30 after a lunch gap = ONE onsite 08:30-14:30 PDT "
                "(-07:00; 29 Oct is before the fall-back even though Outlook says UTC-08:00). Coordinator excluded.")
    return slug, files, lab


@case
def c08():
    slug = "municipal-portal-panel-noreply"
    co, role, comp = "City of Westridge", "Geotechnical Engineer II", "26-217"
    lena = ("Lena Fischer", "lena.fischer@westridge.example")
    start = D(VAN, 2026, 11, 6, 10, 0, day="Friday")
    end = start + timedelta(minutes=90)
    d1 = D(VAN, 2026, 10, 26, 9, 3, 12)
    t1 = ("City of Westridge – Careers\n\n"
          "Dear Ingrid Santiago,\n\n"
          f"Thank you for applying for Competition {comp}: {role}, Engineering Services – Infrastructure "
          "Planning. We are pleased to invite you to a panel interview.\n\n"
          f"Date: {long_date(start)}\nTime: {hm(start, 'a.m.')} to {hm(end, 'a.m.')}\n"
          "Location: Westridge City Hall, 4650 Civic Centre Way, Human Resources Reception (2nd floor)\n\n"
          "Interview panel:\n"
          "  • Mei-Ling Zhou, P.Eng., Senior Engineer – Geotechnical\n"
          "  • Oluwaseun Adeyemi, P.Eng., Manager, Engineering Design\n"
          f"  • {lena[0]}, HR Business Partner\n\n"
          "The 90-minute session includes a short written exercise on a geotechnical report review. Please "
          "bring photo ID and proof of professional registration (EGBC). Arrive 10 minutes early.\n\n"
          f"Please confirm your attendance by e-mail to {lena[0]} at {lena[1]}. General enquiries may be sent "
          "to careers@westridge.example.\n\n"
          "This message was sent from the City of Westridge applicant portal. Please do not reply to this "
          "message; this mailbox is not monitored.\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=("City of Westridge Careers", "careers-noreply@westridge.example"),
                    to=OWNER, subject=f"Interview Invitation – {role} (Competition {comp})", text=t1,
                    msgid=f"<portal.{hid(slug, 'p1', n=18)}@jobs.westridge.example>",
                    relay=("jobs.westridge.example", "198.51.100.140"), cte="base64",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    d2 = D(VAN, 2026, 10, 26, 12, 40, 5)
    t2 = (f"Hello Lena,\n\nThank you for the invitation – I confirm I will attend the panel interview for "
          f"Competition {comp} on Friday, November 6 at 10:00 a.m. at City Hall. I'll bring ID and my EGBC "
          "registration.\n\nBest regards,\nIngrid Santiago, P.Eng.\n604-555-0131\n")
    m2 = human_mail(tag=slug + "2", date=d2, frm=(OWNER_NAME, OWNER), to=f"{lena[0]} <{lena[1]}>",
                    subject=f"Confirming interview – Competition {comp} ({role})", text=t2,
                    relay=("mail-sor-f41.google.com", "209.85.220.41"),
                    msgid=f"<CAF{hid(slug, 'g2', n=30)}@mail.gmail.com>")
    d3 = D(VAN, 2026, 10, 26, 14, 11, 47)
    t3 = ("Hi Ingrid,\n\nThanks for confirming – you're all set for Friday, November 6 at 10:00. Visitor "
          "parking is in the P1 lot off Civic Centre Way; just sign in at the HR counter when you arrive.\n\n"
          f"Regards,\n\n{lena[0]} | HR Business Partner\nCity of Westridge | Human Resources\n"
          "604-555-0177\n" + outlook_quote(t2, d2, OWNER_NAME, OWNER, f"{lena[0]} <{lena[1]}>",
                                       f"Confirming interview – Competition {comp} ({role})"))
    m3 = human_mail(tag=slug + "3", date=d3, frm=lena, to=f"Ingrid Santiago <{OWNER}>",
                    subject=f"RE: Confirming interview – Competition {comp} ({role})", text=t3,
                    in_reply_to=mid_of(m2), relay=("mail-relay.westridge.example", "198.51.100.141"),
                    agent=("X-Mailer", "Microsoft Outlook 16.0"))
    files = {"01-portal-interview-invitation.eml": m1, "02-owner-confirms.eml": m2, "03-hr-reply.eml": m3}
    lab = label([interview(co, role, start, end, "scheduled", [lena[1]], [lena[1]], "onsite")],
                "medium", "positive/municipal-portal-panel",
                "Municipal portal mail from a no-reply address, base64 body, no calendar file. Three-person panel "
                "= onsite; only the HR business partner's address appears and she sits on the panel, so she is "
                "the one interviewer e-mail and the follow-up recipient (never careers@ or the no-reply).")
    return slug, files, lab


@case
def c09():
    slug = "edmonton-thread-tomorrow-at-2"
    co, role = "Parkland Geo-Environmental", "Project Geotechnical Engineer – Tailings & Mine Waste"
    dale = ("Dale Kowalchuk", "dale.kowalchuk@parklandgeo.example")
    d1 = D(EDM, 2026, 10, 19, 8, 12, 40, day="Monday")
    start = D(EDM, 2026, 10, 20, 14, 0, day="Tuesday")
    end = start + timedelta(minutes=45)
    t1 = ("Hi Ingrid,\n\nI run the tailings group here and got your resume from our careers page for the "
          "Project Geotechnical Engineer role. Your dam safety review experience is exactly what we're short "
          "on.\n\n"
          "Would tomorrow at 2 work for a call? That's 2 pm our time in Edmonton – I believe 1 pm for you. "
          "Should take about 45 minutes; I'll tell you about the Fort McMurray work and ask about your "
          "projects.\n\n"
          f"Dale\n\n{dale[0]}, P.Eng.\nPrincipal, Tailings & Mine Waste\n{co} Ltd.\nEdmonton, AB | 780-555-0124\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=dale, to=OWNER, subject="Project Geotechnical Engineer – quick call?",
                    text=t1, relay=("mail-relay.parklandgeo.example", "198.51.100.61"),
                    agent=("X-Mailer", "Microsoft Outlook 16.0"))
    d2 = D(VAN, 2026, 10, 19, 8, 3, 19)
    t2 = ("Hi Dale,\n\nThanks for reaching out! Tomorrow at 1 pm Pacific / 2 pm Mountain works well. Best number "
          "is 604-555-0131.\n\nTalk then,\nIngrid\n\n" + quote(t1, gmail_attr(d1.astimezone(VAN), dale[0], dale[1])))
    m2 = human_mail(tag=slug + "2", date=d2, frm=(OWNER_NAME, OWNER), to=f"{dale[0]} <{dale[1]}>",
                    subject="Re: Project Geotechnical Engineer – quick call?", text=t2, in_reply_to=mid_of(m1),
                    relay=("mail-sor-f41.google.com", "209.85.220.41"), msgid=f"<CAF{hid(slug, 'g2', n=30)}@mail.gmail.com>")
    d3 = D(EDM, 2026, 10, 19, 9, 20, 2)
    t3 = ("Perfect – I'll call you then.\n\nDale\n\n"
          + outlook_quote(t2, d2.astimezone(EDM), OWNER_NAME, OWNER, f"{dale[0]} <{dale[1]}>",
                          "Re: Project Geotechnical Engineer – quick call?"))
    m3 = human_mail(tag=slug + "3", date=d3, frm=dale, to=f"Ingrid Santiago <{OWNER}>",
                    subject="RE: Project Geotechnical Engineer – quick call?", text=t3, in_reply_to=mid_of(m2),
                    references=f"{mid_of(m1)} {mid_of(m2)}",
                    relay=("mail-relay.parklandgeo.example", "198.51.100.61"),
                    agent=("X-Mailer", "Microsoft Outlook 16.0"))
    files = {"01-hiring-manager-proposes.eml": m1, "02-owner-accepts.eml": m2, "03-hiring-manager-confirms.eml": m3}
    lab = label([interview(co, role, start, end, "scheduled", [dale[1]], [dale[1]], "hiring_manager")],
                "medium", "positive/thread-relative-date",
                "'Tomorrow at 2' in a Monday 19 Oct 08:12 MDT mail = Tue 20 Oct 14:00 MDT (-06:00) = 13:00 PDT; "
                "45 minutes stated. Hiring manager calls; no calendar item.")
    return slug, files, lab


def gcal_event(*, eid, created, updated, summary, description, organizer, attendees, start, end, tzname, seq,
               location=None, meet=None, status="confirmed"):
    ev = {"kind": "calendar#event", "etag": f"\"{int(hid(eid, updated.isoformat(), n=12), 16)}\"", "id": eid,
          "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hid(eid, 'ms', n=3), 16) % 1000:03d}Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = f"https://{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://{meet}", "label": meet}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet.split("/")[-1]}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


@case
def c10():
    slug = "gcal-api-moved-a-day"
    co, role = "Okanagan Terrain Consulting", "Geotechnical Engineer (Kelowna)"
    sl = ("Sloane Bergeron", "sloane.bergeron@okanaganterrain.example")
    tom = ("Tomasz Wiśniewski", "tomasz.wisniewski@okanaganterrain.example")
    eid = "4q" + hid(slug, "eid", n=24)
    meet = f"meet.google.com/{hid(slug, 'a', n=3)}-{hid(slug, 'b', n=4)}-{hid(slug, 'c', n=3)}"
    s0 = D(VAN, 2026, 11, 9, 10, 0, day="Monday")
    s1 = D(VAN, 2026, 11, 10, 10, 0, day="Tuesday")
    c = D(VAN, 2026, 10, 30, 11, 20, 0)
    desc0 = (f"Technical interview for the {role} role with {tom[0]} (Senior Geotechnical Engineer): site "
             "characterization, CPT/SCPT interpretation in glaciolacustrine silts, and settlement of a "
             "mid-rise on the Kelowna flats. Sloane (recruiting) set this up and won't attend.")
    att = [{"email": sl[1], "displayName": sl[0], "organizer": True, "responseStatus": "accepted"},
           {"email": tom[1], "displayName": tom[0], "responseStatus": "accepted"},
           {"email": OWNER, "self": True, "responseStatus": "accepted"}]
    j1 = gcal_event(eid=eid, created=c, updated=c + timedelta(minutes=41), summary=f"Interview: Ingrid Santiago – {role}",
                    description=desc0, organizer=sl, attendees=att, start=s0, end=s0 + timedelta(hours=1),
                    tzname="America/Vancouver", seq=0, meet=meet)
    desc1 = ("Moved to Tuesday – Tomasz is on a drilling program in Vernon on Monday. Same time.\n\n" + desc0)
    att1 = [dict(a) for a in att]
    att1[2]["responseStatus"] = "needsAction"
    j2 = gcal_event(eid=eid, created=c, updated=D(VAN, 2026, 11, 2, 16, 5, 0), summary=f"Interview: Ingrid Santiago – {role}",
                    description=desc1, organizer=sl, attendees=att1, start=s1, end=s1 + timedelta(hours=1),
                    tzname="America/Vancouver", seq=1, meet=meet)
    files = {"01-event-snapshot-oct30.gcal.json": j1, "02-event-snapshot-nov02.gcal.json": j2}
    lab = label([interview(co, role, s1, s1 + timedelta(hours=1), "scheduled", [tom[1]], [tom[1]], "technical")],
                "medium", "positive/gcal-api-update",
                "Two Calendar API snapshots of the same event id; sequence 1 moves it from Mon 9 Nov to Tue 10 Nov "
                "10:00 PST (-08:00). Final time only; organizer/recruiter excluded as she won't attend.")
    return slug, files, lab


@case
def c11():
    slug = "standalone-ics-pst-tzid-in-october"
    co, role = "Sea-to-Sky Geotechnique", "Geotechnical Engineer (P.Eng.) – Squamish"
    kee = ("Keegan Ashworth", "keegan.ashworth@seatoskygeo.example")
    start = D(VAN, 2026, 10, 23, 15, 0, day="Friday")
    end = start + timedelta(minutes=45)
    stamp = D(VAN, 2026, 10, 16, 12, 31, 7)
    tag = slug
    tb, turl = teams_block(tag)
    desc = (f"When: {long_date(start)} {hm(start)}-{hm(end)} (UTC-08:00) Pacific Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            f"Hi Ingrid – hiring manager interview for the {role} position. I run the Squamish office and "
            "will be the one interviewing you; expect questions on rockfall hazard, debris-flow work and "
            "how you manage field staff.\n\nKeegan\n\n" + tb)
    subj = f"Interview – {role} – Ingrid Santiago"
    cal = exchange_vcal(tag=tag, method="REQUEST", organizer=kee,
                        attendees=[(OWNER_NAME, OWNER)], summary=subj, start=start, end=end,
                        tzid="Pacific Standard Time", location="Microsoft Teams Meeting", description=desc,
                        dtstamp=stamp, teams_url=turl)
    files = {"01-hiring-manager-interview.ics": cal}
    lab = label([interview(co, role, start, end, "scheduled", [kee[1]], [kee[1]], "hiring_manager")],
                "hard", "positive/standalone-ics-windows-tz",
                "Standalone Exchange .ics whose TZID is 'Pacific Standard Time' and whose text says UTC-08:00, "
                "but 23 Oct is in daylight time: the VTIMEZONE rules give -07:00. Organizer is the interviewer.")
    return slug, files, lab


@case
def c12():
    slug = "agency-forward-mountain-tzid"
    co, role = "Athabasca Geotechnical Services", "Geotechnical Engineer – Pipelines & Geohazards"
    av = ("Avery Lundqvist", "avery.lundqvist@summitstaffing.example")
    ren = ("Renata Kowalski", "renata.kowalski@athabascageo.example")
    start = D(EDM, 2026, 11, 9, 10, 0, day="Monday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-7)
    d0 = D(EDM, 2026, 10, 29, 16, 12, 0, day="Thursday")
    d1 = D(EDM, 2026, 10, 30, 8, 47, 21, day="Friday")
    tb, turl = teams_block(slug)
    fwd_body = (f"Hi Avery,\n\nWe'd like to interview Ingrid for the {role} role. I've booked Monday, "
                "November 9, 10:00–11:00 AM Mountain on Teams – I'll be the interviewer, and it will be a "
                "technical conversation (terrain analysis, pipeline geohazard assessment, slope inclinometer "
                "data). Could you pass the invite below along to her?\n\nThanks,\nRenata\n\n"
                f"{ren[0]}, P.Eng. | Senior Geotechnical Engineer\n{co} Ltd. | Edmonton\n\n"
                f"When: {long_date(start)} {hm(start)}-{hm(end)} (UTC-07:00) Mountain Time (US & Canada).\n"
                f"Where: Microsoft Teams Meeting\n\n{tb}\n")
    t1 = ("Hi Ingrid,\n\nGreat news – Athabasca would like to meet you! Details from Renata below. Note it's "
          "10:00 AM Mountain, which is 9:00 AM your time (we'll both have switched to standard time by then). "
          "I've attached the calendar file; accept it and you're set.\n\n"
          "Give me a call after and let me know how it went.\n\n"
          f"Avery\n\n{av[0]}\nSenior Recruiter, Engineering & Construction\nSummit Technical Staffing | Calgary\n"
          "403-555-0102\n\n"
          "---------- Forwarded message ---------\n"
          f"From: {ren[0]} <{ren[1]}>\n"
          f"Date: Thu, Oct 29, 2026 at 4:12 PM\n"
          f"Subject: Interview – Summit candidate Ingrid Santiago\n"
          f"To: {av[0]} <{av[1]}>\n\n" + fwd_body)
    cal = exchange_vcal(tag=slug, method="REQUEST", organizer=ren,
                        attendees=[(av[0], av[1])], summary=f"Interview – Ingrid Santiago – {role}",
                        start=start, end=end, tzid="Mountain Standard Time", location="Microsoft Teams Meeting",
                        description=fwd_body, dtstamp=d0, teams_url=turl)
    m1 = human_mail(tag=slug + "1", date=d1, frm=av, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Fwd: Interview – Summit candidate Ingrid Santiago", text=t1,
                    relay=("mail-sor-f41.google.com", "209.85.220.41"), msgid=f"<CAM{hid(slug, 'g1', n=30)}@mail.gmail.com>",
                    attachments=[ics_attachment(cal, "invite.ics", "REQUEST")])
    files = {"01-agency-forward.eml": m1}
    lab = label([interview(co, role, start, end, "scheduled", [ren[1]], [ren[1]], "technical")],
                "medium", "positive/agency-forward-mst",
                "Staffing-agency recruiter forwards the client's booking; the interviewer's address is in the "
                "forwarded block and as ORGANIZER. Mon 9 Nov 10:00 MST (-07:00, Windows TZID 'Mountain Standard "
                "Time'). Company is the client, not the agency. Follow-up = the interviewer per the rule.")
    return slug, files, lab


@case
def c13():
    slug = "bookings-link-then-booked"
    co, role = "District of Cypress Bay", "Project Engineer, Geotechnical"
    nad = ("Nadia Kostova", "nadia.kostova@cypressbay.example")
    mb = ("District of Cypress Bay Interviews", "CypressBayInterviews@cypressbay.example")
    d1 = D(VAN, 2026, 11, 10, 9, 14, 3, day="Tuesday")
    link = "https://outlook.office365.com/owa/calendar/CypressBayInterviews@cypressbay.example/bookings/s/" + hid(slug, "bk", n=22)
    t1 = ("Hello Ingrid,\n\nThank you for applying for the Project Engineer, Geotechnical position (Job ID "
          "ENG-2026-044). I'd like to schedule a 30-minute phone screen with you as the first step of our "
          "selection process.\n\n"
          f"Please choose a time that suits you next week using our booking page:\n{link}\n\n"
          "Once you book, you'll receive a confirmation with a calendar invitation.\n\n"
          f"Kind regards,\n\n{nad[0]}\nHuman Resources Generalist\nDistrict of Cypress Bay\n604-555-0165\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=nad, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Phone screen – Project Engineer, Geotechnical (ENG-2026-044)", text=t1,
                    msgid=f"<YT1PR01MB{hid_upper(slug, 'x1', n=12)}@YT1PR01MB{hid_upper(slug, 'x2', n=4)}.CANPRD01.PROD.OUTLOOK.COM>",
                    relay=("mail-yt1can01on2100.outbound.protection.outlook.com", "40.107.114.100"))
    start = D(VAN, 2026, 11, 17, 15, 0, day="Tuesday")
    end = start + timedelta(minutes=30)
    d2 = D(VAN, 2026, 11, 10, 20, 31, 49)
    t2 = (f"Booking confirmed\n\nHi Ingrid Santiago,\n\nThanks for booking with {mb[0]}.\n\n"
          "Phone screen – Project Engineer, Geotechnical\n"
          f"{long_date(start)} {hm(start)} - {hm(end)} (UTC-08:00) Pacific Time (US & Canada)\n\n"
          f"Staff: {nad[0]}\n\n"
          f"{nad[0]} will call you at the phone number you provided (604-555-0131).\n\n"
          "Add to calendar – the invitation is attached.\n\n"
          f"Need to make changes? Manage booking: {link}/manage\n\n{mb[0]}\n{mb[1]}\n")
    cal = exchange_vcal(tag=slug, method="REQUEST", organizer=mb,
                        attendees=[(OWNER_NAME, OWNER), (nad[0], nad[1])],
                        summary="Phone screen – Project Engineer, Geotechnical", start=start, end=end,
                        tzid="Pacific Standard Time", location="Phone call", description=t2, dtstamp=d2)
    m2 = human_mail(tag=slug + "2", date=d2, frm=mb, to=f"Ingrid Santiago <{OWNER}>",
                    subject=f"Booking confirmed: Phone screen – Project Engineer, Geotechnical with {mb[0]}",
                    text=t2,
                    msgid=f"<YT1PR01MB{hid_upper(slug, 'x3', n=12)}@YT1PR01MB{hid_upper(slug, 'x2', n=4)}.CANPRD01.PROD.OUTLOOK.COM>",
                    relay=("mail-yt1can01on2100.outbound.protection.outlook.com", "40.107.114.100"),
                    extra=[("X-MS-Exchange-Organization-BookingsConfirmation", "true")],
                    attachments=[ics_attachment(cal, "invite.ics", "REQUEST")])
    files = {"01-hr-booking-link.eml": m1, "02-bookings-confirmation.eml": m2}
    lab = label([interview(co, role, start, end, "scheduled", [nad[1]], [nad[1]], "phone_screen")],
                "medium", "positive/booking-link-then-booked",
                "HR sends a self-scheduling link (alone not an interview); the Microsoft Bookings confirmation "
                "books Tue 17 Nov 15:00 PST. The HR generalist conducts the screen; the shared Bookings mailbox "
                "is never a follow-up recipient.")
    return slug, files, lab


# ================================================================================ NEGATIVE CASES
@case
def c14():
    slug = "neg-egbc-practice-review-interview"
    pr = ("Gordon McAllister", "gordon.mcallister@egbc.example")
    adm = ("Practice Review Program", "practicereview@egbc.example")
    start = D(VAN, 2026, 11, 12, 9, 0, day="Thursday")
    end = D(VAN, 2026, 11, 12, 12, 0)
    d1 = D(VAN, 2026, 10, 20, 10, 2, 44)
    t1 = ("Dear Ingrid Santiago, P.Eng.,\n\nRe: Practice Review – File PR-26-0412\n\n"
          "As part of the Practice Review Program under the Professional Governance Act, you have been selected "
          "for a practice review of your professional engineering practice in geotechnical engineering. "
          "Practice reviews are educational and are not disciplinary in nature.\n\n"
          f"The review includes an interview with your assigned practice reviewer, {pr[0]}, P.Eng., of about "
          "three hours, at your place of work. The reviewer will discuss your documented checks, field "
          "review records, use of professional practice guidelines for landslide assessments, and your "
          "continuing education records. Please have two recent project files available.\n\n"
          f"The interview has been scheduled for {long_date(start)} at {hm(start, 'a.m.')}; "
          "the reviewer will send a calendar invitation.\n\n"
          "Sincerely,\n\nPractice Review Program\nEngineers and Geoscientists BC\n")
    m1 = human_mail(tag=slug + "1", date=d1, frm=adm, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Practice Review – interview scheduling (File PR-26-0412)", text=t1,
                    relay=("smtp.egbc.example", "198.51.100.90"))
    subj = "Practice Review Interview – I. Santiago, P.Eng. (PR-26-0412)"
    m2 = outlook_invite(tag=slug + "2", date=D(VAN, 2026, 10, 21, 14, 30, 9), frm=pr, to=f"Ingrid Santiago <{OWNER}>",
                        subject=subj, when=f"{long_date(start)} {hm(start)}-{hm(end)} (UTC-08:00) Pacific Time (US & Canada).",
                        where="Salish Sea Geotechnical – 1500 West Georgia St., Vancouver",
                        body=("Hi Ingrid,\n\nPractice review interview as per the Program's letter. Please book a "
                              "meeting room for the morning.\n\nGordon McAllister, P.Eng.\nPractice Reviewer"),
                        organizer=pr, attendees=[(OWNER_NAME, OWNER)], summary=subj, start=start, end=end,
                        tzid="Pacific Standard Time", teams=False)
    files = {"01-egbc-practice-review-letter.eml": m1, "02-practice-review-interview-invite.eml": m2}
    lab = label([], "hard", "negative/professional-practice-review",
                "Regulator's practice-review 'interview' of the owner's professional practice, with an Exchange "
                "invite; not a job interview.")
    return slug, files, lab


@case
def c15():
    slug = "neg-worksafebc-witness-interview"
    off = ("Sunita Rai", "sunita.rai@worksafebc.example")
    start = D(VAN, 2026, 11, 4, 10, 0, day="Wednesday")
    end = D(VAN, 2026, 11, 4, 11, 30)
    d1 = D(VAN, 2026, 10, 27, 13, 44, 30)
    t1 = ("Ms. Santiago,\n\nI am the investigating officer for incident 2026-114-0732, the excavation sidewall "
          "collapse at 1480 Marine Drive, North Vancouver, on October 13. Our records show you carried out "
          "a field review of the temporary shoring on October 9 as the geotechnical engineer of record.\n\n"
          "I would like to interview you as a witness. The interview is scheduled for Wednesday, November 4 "
          "from 10:00 to 11:30 a.m. at our Richmond office (6951 Westminster Highway). You may bring a "
          "representative of your choice. Please bring your field notes and photographs from the October 9 "
          "site visit. A calendar file is attached.\n\n"
          "This interview is part of an incident investigation under the Workers Compensation Act.\n\n"
          f"{off[0]}\nOccupational Safety Officer – Investigations\nWorkSafeBC\n604-555-0106\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
               "METHOD:REQUEST", *win_vtz("Pacific Standard Time"), "BEGIN:VEVENT",
               f"ORGANIZER;CN={off[0]}:mailto:{off[1]}", attendee_line(OWNER_NAME, OWNER),
               f"DTSTART;TZID=Pacific Standard Time:{ical_local(start, VAN)}",
               f"DTEND;TZID=Pacific Standard Time:{ical_local(end, VAN)}",
               f"DTSTAMP:{ical_utc(d1)}", f"UID:{exchange_uid(slug)}",
               "SUMMARY:Witness interview – Incident 2026-114-0732 (1480 Marine Dr excavation)",
               "LOCATION:WorkSafeBC Richmond office\\, 6951 Westminster Hwy", "SEQUENCE:0",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m1 = human_mail(tag=slug + "1", date=d1, frm=off, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Incident 2026-114-0732 – request for witness interview", text=t1,
                    relay=("smtp.worksafebc.example", "198.51.100.33"), agent=("X-Mailer", "Microsoft Outlook 16.0"),
                    attachments=[ics_attachment(cal, "Witness interview.ics", "REQUEST")])
    files = {"01-worksafebc-witness-interview.eml": m1}
    lab = label([], "hard", "negative/regulator-investigation-interview",
                "WorkSafeBC incident-investigation witness interview with a calendar invite; not hiring.")
    return slug, files, lab


@case
def c16():
    slug = "neg-strata-council-interviews-managers"
    pres = ("Harold Ng", "harold.ng.vr4471@shaw.example")
    start = D(VAN, 2026, 11, 18, 19, 0, day="Wednesday")
    end = D(VAN, 2026, 11, 18, 21, 0)
    d1 = D(VAN, 2026, 11, 9, 21, 14, 2)
    desc = ("Strata Plan VR 4471 – Council meeting (Amenity room, 2nd floor)\n\nAgenda\n"
            "7:00 Call to order, adopt minutes\n"
            "7:10 Interview: Pacific Crest Property Management (Janet Oduya)\n"
            "7:40 Interview: Harbourview Strata Services (Mark Pellegrini)\n"
            "8:15 Council discussion – choose new property manager\n"
            "8:30 Treasurer's report (Ingrid) – contingency reserve fund, depreciation report\n"
            "8:45 Parkade membrane leak after the atmospheric river\n"
            "9:00 Adjourn\n\nIngrid – could you prepare 3–4 questions for the management companies on "
            "their experience with envelope remediation projects? Thanks!")
    meet = f"meet.google.com/{hid(slug, 'a', n=3)}-{hid(slug, 'b', n=4)}-{hid(slug, 'c', n=3)}"
    m1, _ = google_invite(tag=slug, date=d1, organizer=pres,
                          attendees=[(pres[0], pres[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"),
                                     ("Rosa Delgado", "rosa.delgado.vr4471@telus.example", "NEEDS-ACTION")],
                          title="Strata council meeting – interviews with property management firms",
                          start=start, end=end, tzlabel="PST", zone_label="Pacific Time - Vancouver",
                          desc=desc, meet=meet)
    files = {"01-invitation-strata-council.eml": m1}
    lab = label([], "hard", "negative/user-interviews-others-strata",
                "Strata council meeting where the owner (treasurer) helps interview property-management firms; "
                "Google invite with 'interviews' in the title. Not a job interview for the owner.")
    return slug, files, lab


@case
def c17():
    slug = "neg-municipal-open-house-hiring-table"
    city = ("City of North Shoreline", "engage@northshoreline.example")
    start = D(VAN, 2026, 11, 19, 16, 0, day="Thursday")
    end = D(VAN, 2026, 11, 19, 19, 30)
    d1 = D(VAN, 2026, 11, 5, 11, 0, 0)
    t1 = ("You're invited: Public Open House – Lynnmouth Creek Debris-Flow Mitigation\n\n"
          f"{long_date(start)}, {hm(start, 'a.m.')} – {hm(end, 'a.m.')}\n"
          "Lynnmouth Community Centre, Gymnasium, 3500 Lynnmouth Road\n\n"
          "Drop in any time to see the proposed debris-flow barrier and sediment basin, review the "
          "geotechnical and hydrotechnical studies, and talk with the project team. No registration needed.\n\n"
          "Media: the project engineer will be available for interviews from 4:30 to 5:00 p.m.\n\n"
          "We're hiring! Stop by the careers table to learn about openings in Engineering Services, "
          "including geotechnical and drainage roles, and chat informally with our HR team.\n\n"
          "Add this event to your calendar with the attached file.\n\n"
          "You are receiving this e-mail because you subscribed to project updates on Engage North "
          "Shoreline. Unsubscribe: https://engage.northshoreline.example/unsubscribe\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Granicus//Engagement HQ//EN", "METHOD:PUBLISH",
               *olson_vtz("America/Vancouver"), "BEGIN:VEVENT", f"UID:oh-{hid(slug, 'u', n=16)}@northshoreline.example",
               f"DTSTAMP:{ical_utc(d1)}", f"DTSTART;TZID=America/Vancouver:{ical_local(start, VAN)}",
               f"DTEND;TZID=America/Vancouver:{ical_local(end, VAN)}",
               "SUMMARY:Open House – Lynnmouth Creek Debris-Flow Mitigation",
               "LOCATION:Lynnmouth Community Centre\\, 3500 Lynnmouth Road",
               "DESCRIPTION:Drop-in open house. Media interviews 4:30-5:00 p.m. Careers table (we're hiring).",
               f"ORGANIZER;CN=City of North Shoreline:mailto:{city[1]}",
               attendee_line(OWNER_NAME, OWNER, role="OPT-PARTICIPANT", rsvp=False),
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    m1 = human_mail(tag=slug, date=d1, frm=city, to=OWNER,
                    subject="You're invited: Lynnmouth Creek Debris-Flow Mitigation open house (Nov 19)", text=t1,
                    relay=("mail.engage.northshoreline.example", "198.51.100.200"),
                    extra=[("List-Unsubscribe", "<https://engage.northshoreline.example/unsubscribe>"),
                           ("Precedence", "bulk")],
                    attachments=[ics_attachment(cal, "open-house.ics")])
    files = {"01-open-house-invitation.eml": m1}
    lab = label([], "medium", "negative/municipal-open-house",
                "Public open house newsletter with .ics, mentions media interviews and a 'we're hiring' careers "
                "table; nothing is booked for the owner as a candidate.")
    return slug, files, lab


@case
def c18():
    slug = "neg-owner-interviews-coop-student"
    coop = ("Darnell Price", "darnell.price@coop.ppu.example")
    start = D(VAN, 2026, 11, 25, 9, 0, day="Wednesday")
    end = D(VAN, 2026, 11, 25, 11, 15)
    d1 = D(VAN, 2026, 11, 16, 15, 22, 40)
    t1 = ("Hello Ingrid,\n\nThe interview schedule for your co-op posting is confirmed.\n\n"
          "Job ID 187422 – Geotechnical Co-op Student (January–August 2027)\n"
          "Employer: Salish Sea Geotechnical Ltd.\n"
          "Interviewer(s): Ingrid Santiago, P.Eng.\n"
          f"Date: {long_date(start)}\nFormat: Zoom (links in the calendar file)\n\n"
          "9:00 – 9:40 a.m.   Aiden Cho (Civil, 3rd year)\n"
          "9:50 – 10:30 a.m.  Maya Whitefeather (Civil, 4th year)\n"
          "10:35 – 11:15 a.m. Tomás Ibarra (Geological Engineering, 3rd year)\n\n"
          "Reminder: students may not be asked about age, family status or citizenship. Please rank the "
          "candidates in the employer portal by 5:00 p.m. on Friday, November 27. Offers are released "
          "December 1.\n\n"
          f"Thanks,\n{coop[0]}\nEmployer Relations Coordinator\nEngineering Co-op | Pacific Polytechnic University\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Orbis//Outcome Co-op//EN", "METHOD:REQUEST",
               *olson_vtz("America/Vancouver"), "BEGIN:VEVENT", f"UID:coop-187422-{hid(slug, 'u', n=10)}@ppu.example",
               f"DTSTAMP:{ical_utc(d1)}", f"DTSTART;TZID=America/Vancouver:{ical_local(start, VAN)}",
               f"DTEND;TZID=America/Vancouver:{ical_local(end, VAN)}",
               "SUMMARY:Co-op interviews (you are interviewing) – Job 187422 Geotechnical Co-op Student",
               "DESCRIPTION:Interviewer: Ingrid Santiago. Candidates: Aiden Cho\\, Maya Whitefeather\\, Tomás Ibarra.",
               "LOCATION:Zoom", f"ORGANIZER;CN={coop[0]}:mailto:{coop[1]}",
               attendee_line(OWNER_NAME, OWNER, role="CHAIR"), "SEQUENCE:0", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    m1 = human_mail(tag=slug, date=d1, frm=coop, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Interview schedule confirmed – Job 187422 Geotechnical Co-op Student", text=t1,
                    relay=("mail.ppu.example", "198.51.100.160"),
                    attachments=[ics_attachment(cal, "coop-interviews-187422.ics", "REQUEST")])
    files = {"01-coop-interview-schedule.eml": m1}
    lab = label([], "medium", "negative/user-is-interviewer-coop",
                "The owner (in her current job) interviews co-op students; she is the interviewer, not a candidate.")
    return slug, files, lab


@case
def c19():
    slug = "neg-ski-lesson-booking"
    shop = ("Blackcomb Peaks Snow School", "bookings@blackcombpeaks.example")
    start = D(VAN, 2026, 12, 12, 9, 0, day="Saturday")
    end = D(VAN, 2026, 12, 12, 15, 30)
    d1 = D(VAN, 2026, 11, 13, 19, 48, 31)
    t1 = ("Booking confirmation #BPS-58213\n\nHi Ingrid,\n\nYou're booked! Here are your lesson details.\n\n"
          "Private Lesson – Full Day, Adult Ski (Level 5–6)\n"
          f"{long_date(start)}, {hm(start)} – {hm(end)}\n"
          "Meet your instructor at the Snow School desk, Roundhouse Lodge (top of the gondola).\n"
          "Guests: 1 | Total paid: $1,049.00 CAD\n\n"
          "Free cancellation up to 48 hours before your lesson.\n\n"
          "WE'RE HIRING – Ski & snowboard instructors for the 2026/27 season. Group interviews every Saturday "
          "in November at the Whistler Conference Centre. Apply at https://blackcombpeaks.example/jobs\n\n"
          "See you on the mountain!\nBlackcomb Peaks Snow School\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Blackcomb Peaks//Bookings//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:BPS-58213-{hid(slug, 'u', n=8)}@blackcombpeaks.example",
               f"DTSTAMP:{ical_utc(d1)}", f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
               "SUMMARY:Private ski lesson – meet your instructor (Roundhouse Lodge)",
               "LOCATION:Snow School desk\\, Roundhouse Lodge", f"ORGANIZER;CN={shop[0]}:mailto:{shop[1]}",
               attendee_line(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m1 = human_mail(tag=slug, date=d1, frm=shop, to=OWNER, subject="You're booked! Private lesson – Sat Dec 12",
                    text=t1, relay=("o1.email.blackcombpeaks.example", "198.51.100.180"),
                    attachments=[ics_attachment(cal, "lesson.ics")])
    files = {"01-ski-lesson-confirmation.eml": m1}
    lab = label([], "easy", "negative/ski-lesson-booking",
                "Ski-lesson booking with calendar file and an instructor-hiring ad mentioning group interviews.")
    return slug, files, lab


@case
def c20():
    slug = "neg-one-way-video-interview"
    co = "City of Lakeview Crossing"
    due = D(VAN, 2026, 11, 8, 23, 59, day="Sunday")
    d1 = D(VAN, 2026, 11, 2, 8, 30, 0)
    t1 = (f"Hi Ingrid,\n\n{co} has invited you to complete a one-way video interview for the position of "
          "Senior Engineer, Geotechnical & Dam Safety.\n\n"
          f"Deadline: {long_date(due)} at {hm(due)} PST\n\n"
          "How it works: you'll see 5 questions on screen, one at a time. You'll have 1 minute to prepare "
          "and up to 3 minutes to record each answer. No one from the City will be live on the call; the "
          "hiring panel will review your recorded answers afterward.\n\n"
          f"Start your interview: https://app.sparkhire.com/i/{hid(slug, 'l', n=20)}\n\n"
          "Questions about the position? Contact the City's HR department through the job posting.\n\n"
          "Good luck!\nThe Spark Hire Team, on behalf of City of Lakeview Crossing\n")
    m1 = human_mail(tag=slug, date=d1, frm=("City of Lakeview Crossing via Spark Hire", "noreply@sparkhire.com"),
                    to=OWNER, subject=f"{co} invited you to a one-way video interview", text=t1,
                    relay=("o7.sendgrid.sparkhire.com", "167.89.100.7"), cte="quoted-printable")
    files = {"01-one-way-video-interview.eml": m1}
    lab = label([], "medium", "negative/one-way-video-assessment",
                "Recorded one-way video interview with a deadline; no live conversation, so not an interview.")
    return slug, files, lab


@case
def c21():
    slug = "neg-workday-availability-request"
    co, role, req = "Red Deer River Geotechnical", "Geotechnical Engineer II", "R-22719"
    wd = "reddeerrivergeo@myworkday.com"
    d1 = D(EDM, 2026, 11, 9, 14, 5, 50)
    o1 = D(EDM, 2026, 11, 16, 9, 0, day="Monday")
    o2 = D(EDM, 2026, 11, 17, 13, 0, day="Tuesday")
    o3 = D(EDM, 2026, 11, 18, 10, 0, day="Wednesday")
    opts = "\n".join(f"  • {o:%a}, {o:%b} {o.day}: {hm(o)} – {hm(o + timedelta(hours=1))} MST" for o in (o1, o2, o3))
    t1 = ("Hello Ingrid,\n\nAction required: please share your interview availability.\n\n"
          f"The hiring team for {role} ({req}) would like to schedule a 60-minute video interview with you. "
          "Please sign in to Candidate Home and select every time slot that works for you from the options "
          "below by Friday, November 13:\n\n" + opts + "\n\n"
          "Once the hiring team confirms a time, you will receive an interview invitation with the meeting "
          "details.\n\nSign in: https://wd5.myworkday.com/reddeerrivergeo/d/home.htmld\n\n"
          f"Thank you,\n{co} Talent Acquisition\n\nThis is an automatically generated message. Please do not "
          "reply to this email.\n")
    assert datetime(2026, 11, 13).strftime("%A") == "Friday"
    m1 = human_mail(tag=slug, date=d1, frm=(co, wd), to=OWNER,
                    subject=f"Action Required: Share Your Interview Availability – {role} ({req})", text=t1,
                    msgid=f"<{hid(slug, 'w1', n=20)}.JavaMail.wdprod@wd5-impl-mail.myworkday.com>",
                    relay=("wd5-impl-mail.myworkday.com", "216.34.55.52"), cte="base64",
                    extra=[("Auto-Submitted", "auto-generated")])
    files = {"01-workday-availability-request.eml": m1}
    lab = label([], "hard", "negative/availability-request",
                "Workday asks for availability with three candidate slots; nothing is booked in the case.")
    return slug, files, lab


@case
def c22():
    slug = "neg-rejection-after-interview"
    co = "Skeena Northern Consultants"
    hm_ = ("Warren Tsosie", "warren.tsosie@skeenanorthern.example")
    past = D(VAN, 2026, 10, 15, day="Thursday")
    d1 = D(VAN, 2026, 11, 3, 16, 2, 7)
    t1 = ("Hi Ingrid,\n\nThank you for taking the time to interview with Moira and me on Thursday, "
          f"October {past.day} for the Senior Geotechnical Engineer role in our Terrace office. We enjoyed "
          "the conversation, especially your approach to the Highway 16 slide.\n\n"
          "After a lot of deliberation we have decided to move forward with another candidate whose "
          "permafrost and northern-foundations experience is a closer fit for our current project load.\n\n"
          "We'd like to keep your résumé on file; if a Lower Mainland role opens next year I may reach out "
          "about another interview.\n\nAll the best,\n"
          f"Warren\n\n{hm_[0]}, P.Eng.\nRegional Manager | {co}\nTerrace, BC\n")
    m1 = human_mail(tag=slug, date=d1, frm=hm_, to=f"Ingrid Santiago <{OWNER}>",
                    subject="Senior Geotechnical Engineer – update", text=t1,
                    relay=("mail.skeenanorthern.example", "198.51.100.12"), agent=("X-Mailer", "Microsoft Outlook 16.0"))
    files = {"01-rejection-after-interview.eml": m1}
    lab = label([], "easy", "negative/rejection",
                "Rejection that refers to a past interview; per the rules rejections are not interviews.")
    return slug, files, lab


# ================================================================================ main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        cid = f"{PREFIX}-{i:02d}-{slug}"
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in files.items():
            assert re.match(r"^\d\d-[a-z0-9.-]+\.(eml|ics|gcal\.json)$", fname), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(content.encode("utf-8") if isinstance(content, str) else content)
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind251 labels (generated by make_cases.py; schema: shared/eval/README.md)\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    n_iv = sum(len(v["interviews"]) for v in labels.values())
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_iv} interviews")


if __name__ == "__main__":
    main()
