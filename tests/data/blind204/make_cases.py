#!/usr/bin/env python3
"""Regenerate the blind204 evaluation set (written blind).

Owner: Freya Lindqvist <freya.lindqvist@example.com>, a London-based backend engineer.
Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; running it twice gives
identical bytes.  Standard library + PyYAML only.  Every offset is computed with zoneinfo and
every weekday named in prose is asserted.

Usage: python make_cases.py        (writes b204-* folders and labels.yaml next to this file)
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
LA = ZoneInfo("America/Los_Angeles")
UTC = ZoneInfo("UTC")
OWNER = "freya.lindqvist@example.com"
OWNER_NAME = "Freya Lindqvist"
WORK = "freya.lindqvist@candlewick.example"   # her current employer's address

WINDOWS_TZ = {"GMT Standard Time": LON, "Pacific Standard Time": LA}

# ----------------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------------

def T(y, mo, d, h=0, mi=0, s=0, tz=LON, weekday=None):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt, weekday, dt.strftime("%A"))
    return dt


def wd(dt, name):
    """Assert that the weekday we name in prose is right."""
    assert dt.strftime("%A") == name, (dt, name)
    return name


def utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def h12(dt, space=True):            # 2:00 PM
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{' ' if space else ''}{'AM' if dt.hour < 12 else 'PM'}"


def gtime(dt):                      # Google style: 9am, 11:15am, 2:30pm
    h = dt.hour % 12 or 12
    m = f":{dt.minute:02d}" if dt.minute else ""
    return f"{h}{m}{'am' if dt.hour < 12 else 'pm'}"


def hm(dt):                         # 14:00
    return f"{dt.hour:02d}:{dt.minute:02d}"


def dmy(dt):                        # Thursday 1 October 2026
    return f"{dt:%A} {dt.day} {dt:%B} {dt.year}"


def mdy(dt):                        # Thursday, October 1, 2026
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def rfc(dt):
    return format_datetime(dt)


def H(seed, n=12):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hashlib.sha1(seed.encode()).hexdigest())[:n]


def gid(seed, n=26):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % 36] for b in h)[:n]

# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------

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
    return b"\r\n ".join(out).decode("utf-8")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_join(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ_LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n")

VTZ_GMT_STANDARD = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""".split("\n")


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    rsvp = "TRUE" if partstat == "NEEDS-ACTION" else "FALSE"
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


def vevent(*, uid, dtstamp, start, end, summary, organizer, attendees, description=None,
           location=None, seq=0, status="CONFIRMED", tzid=None, tz=None, extra=(), created=None,
           google=False, alarm=None):
    """attendees: list of att() lines.  tzid None -> UTC 'Z' times."""
    L = ["BEGIN:VEVENT"]
    if tzid is None:
        L += [f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{local(start, tz)}", f"DTEND;TZID={tzid}:{local(end, tz)}"]
    L.append(f"DTSTAMP:{utc(dtstamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    L += attendees
    L += list(extra)
    if created:
        L.append(f"CREATED:{utc(created)}")
    if description is not None:
        L.append(f"DESCRIPTION:{esc(description)}")
    if google:
        L.append(f"LAST-MODIFIED:{utc(dtstamp)}")
    if location is not None:
        L.append(f"LOCATION:{esc(location)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", f"TRIGGER;RELATED=START:-PT{alarm}M",
              "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vcalendar(prodid, method, events, vtimezones=(), calscale=True, extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if calscale:
        L.append("CALSCALE:GREGORIAN")
    if method:
        L.append(f"METHOD:{method}")
    L += list(extra)
    for v in vtimezones:
        L += v
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return ics_join(L)

# ----------------------------------------------------------------------------------------------
# MIME helpers (hand-built so boundaries and encodings are fixed)
# ----------------------------------------------------------------------------------------------

def part(ctype, body, cte="7bit", headers=()):
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    else:
        enc = raw.decode("utf-8")
        if cte == "7bit":
            assert enc.isascii(), ctype
    hs = [f"Content-Type: {ctype}"] + list(headers) + [f"Content-Transfer-Encoding: {cte}"]
    if not enc.endswith("\n"):
        enc += "\n"
    return "\n".join(hs) + "\n\n" + enc


def multipart(subtype, boundary, parts, params=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, body):
    return "\n".join(headers) + "\nMIME-Version: 1.0\n" + body


def A(name, email):
    return formataddr((name, email))


def received(dt, helo, ip, mid_seed):
    return (f"Received: from {helo} ({helo} [{ip}])\n"
            f"        by mx3.mail.example.com with ESMTPS id {H(mid_seed, 16)}\n"
            f"        for <{OWNER}>; {rfc(dt.astimezone(UTC))}")


def gboundary(seed):
    return "000000000000" + H(seed, 12)


def to_html(text):
    """Very small plain->HTML conversion the way webmail composes: paragraphs and <br>."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        lines = [re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', l) for l in lines]
        out.append("<div>" + "<br>".join(lines) + "</div>")
    return "<div><br></div>".join(out)


def quote_plain(text):
    return "\n".join((">" if l.startswith(">") else "> ") + l if l else ">" for l in text.rstrip("\n").split("\n"))


def human_mail(*, sender, to, sent, subject, body, msgid, style="gmail", cc=(), in_reply_to=None,
               references=(), quoted=None, quoted_from=None, quoted_when=None, quoted_to=None,
               quoted_subject=None, reply_to=None, extra_headers=(), delivered=OWNER):
    """A person writing from Gmail, Outlook or Apple Mail, optionally quoting the previous message."""
    seed = msgid
    plain = body.rstrip("\n") + "\n"
    htm = to_html(body)
    if quoted is not None:
        if style == "gmail":
            attr = f"On {quoted_when:%a}, {quoted_when.day} {quoted_when:%b} {quoted_when.year} at {hm(quoted_when)}, {quoted_from[0]} <{quoted_from[1]}> wrote:"
            plain += "\n" + attr + "\n" + quote_plain(quoted) + "\n"
            htm += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                    + html.escape(attr, quote=False) + '<br></div><blockquote class="gmail_quote" '
                    'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    + to_html(quoted) + "</blockquote></div>")
        elif style == "apple":
            attr = f"On {quoted_when.day} {quoted_when:%b} {quoted_when.year}, at {hm(quoted_when)}, {quoted_from[0]} <{quoted_from[1]}> wrote:"
            plain += "\n" + attr + "\n\n" + quote_plain(quoted) + "\n"
            htm += ('<div><br><blockquote type="cite"><div>' + html.escape(attr, quote=False)
                    + "</div><br>" + to_html(quoted) + "</blockquote></div>")
        else:  # outlook
            qt = quoted_to or []
            hdr = (f"From: {quoted_from[0]} <{quoted_from[1]}>\n"
                   f"Sent: {quoted_when:%A}, {quoted_when:%B} {quoted_when.day}, {quoted_when.year} {h12(quoted_when)}\n"
                   f"To: {'; '.join(qt)}\n"
                   f"Subject: {quoted_subject}")
            plain += "\n________________________________\n" + hdr + "\n\n" + quoted.rstrip("\n") + "\n"
            htm += ('<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                    + to_html(hdr) + "</div>" + to_html(quoted))
    if style == "gmail":
        htm_doc = '<div dir="ltr">' + htm + "</div>\n"
        b = gboundary(seed)
        cte_p = "quoted-printable" if not plain.isascii() else "7bit"
        body_part = multipart("alternative", b, [
            part('text/plain; charset="UTF-8"', plain, cte_p),
            part('text/plain; charset="UTF-8"'.replace("plain", "html"), htm_doc, "quoted-printable")])
        mid = f"<CA{H(seed, 8).upper()}+{gid(seed, 20)}@mail.gmail.com>"
    elif style == "apple":
        htm_doc = ('<html aria-label="message body"><head><meta http-equiv="content-type" '
                   'content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">'
                   + htm + "</body></html>\n")
        b = f"Apple-Mail={H(seed, 8).upper()}-{H(seed + 'a', 4).upper()}-{H(seed + 'b', 4).upper()}-{H(seed + 'c', 12).upper()}"
        body_part = multipart("alternative", b, [
            part("text/plain;\n\tcharset=utf-8", plain, "quoted-printable"),
            part("text/html;\n\tcharset=utf-8", htm_doc, "quoted-printable")])
        mid = f"<{H(seed, 8).upper()}-{H(seed + 'm', 4).upper()}-{H(seed + 'n', 4).upper()}-{H(seed + 'o', 12).upper()}@{sender[1].split('@')[1]}>"
    else:
        htm_doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
                   '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                   '</head>\n<body dir="ltr">\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">\n'
                   + htm + "\n</div>\n</body>\n</html>\n")
        b = f"_000_LO4P265MB{H(seed, 4).upper()}{H(seed + 'x', 10).upper()}LO4P265MB{H(seed + 'y', 4).upper()}GBRP_"
        body_part = multipart("alternative", b, [
            part('text/plain; charset="iso-8859-1"', plain, "quoted-printable"),
            part('text/html; charset="iso-8859-1"', htm_doc, "quoted-printable")])
        mid = f"<LO4P265MB{H(seed, 4).upper()}{H(seed + 'z', 10).upper()}@LO4P265MB{H(seed + 'y', 4).upper()}.GBRP265.PROD.OUTLOOK.COM>"
    hs = [f"Delivered-To: {delivered}",
          received(sent, "mail-relay.out." + sender[1].split("@")[1], "198.51.100." + str(int(H(seed, 2), 16) % 250 + 2), seed),
          f"Return-Path: <{sender[1]}>"]
    hs += [f"From: {A(*sender)}", f"To: {', '.join(to)}"]
    if cc:
        hs.append(f"Cc: {', '.join(cc)}")
    if reply_to:
        hs.append(f"Reply-To: {reply_to}")
    hs += [f"Subject: {subject}", f"Date: {rfc(sent)}", f"Message-ID: {mid}"]
    if in_reply_to:
        hs.append(f"In-Reply-To: {in_reply_to}")
    if references:
        hs.append("References: " + "\n ".join(references))
    if style == "outlook":
        hs += [f"Thread-Topic: {re.sub(r'^(Re|RE|Fw|FW): ', '', subject)}",
               f"Thread-Index: {base64.b64encode(hashlib.md5(seed.encode()).digest()[:16] + b'xy').decode()}",
               "Accept-Language: en-GB, en-US", "Content-Language: en-GB", "X-MS-Has-Attach:",
               "X-MS-TNEF-Correlator:"]
    if style == "apple":
        hs.append("X-Mailer: iPhone Mail (22B91)")
    hs += list(extra_headers)
    return message(hs, body_part), mid


def html_doc(text, brand, footer):
    """A transactional (ATS / scheduling vendor) HTML body."""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            "content=\"width=device-width\"></head><body style=\"margin:0;background:#f4f5f7\">"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table role=\"presentation\" width=\"600\" style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif;"
            "font-size:15px;line-height:22px;color:#1f2430\"><tr><td style=\"padding:24px 32px;border-bottom:1px solid #e6e8eb\">"
            f"<strong>{html.escape(brand)}</strong></td></tr><tr><td style=\"padding:24px 32px\">"
            + to_html(text) +
            "</td></tr><tr><td style=\"padding:16px 32px;font-size:12px;color:#6b7280\">"
            + to_html(footer) + "</td></tr></table></td></tr></table></body></html>\n")


def vendor_mail(*, sender, reply_to, sent, subject, text, footer, brand, msgid, ics=None,
                ics_name="invite.ics", method="REQUEST", boundary_style="sendgrid",
                html_cte="quoted-printable", text_cte="quoted-printable", to=None,
                extra_headers=(), delivered=OWNER, ics_inline=False):
    """Mail from an ATS / scheduling vendor: multipart/mixed(alternative(text, html), invite.ics)."""
    seed = msgid
    plain = text.rstrip("\n") + "\n\n--\n" + footer.rstrip("\n") + "\n"
    alt_parts = [part('text/plain; charset="utf-8"', plain, text_cte),
                 part('text/html; charset="utf-8"', html_doc(text, brand, footer), html_cte)]
    if ics is not None and ics_inline:
        alt_parts.append(part(f'text/calendar; charset="utf-8"; method={method}', ics, "base64"))
    b_alt = f"{H(seed + 'alt', 28)}" if boundary_style == "sendgrid" else f"----=_Part_{digits(seed, 6)}_{digits(seed + 'p', 9)}.{digits(seed + 'q', 13)}"
    alt = multipart("alternative", b_alt, alt_parts)
    if ics is not None and not ics_inline:
        b_mix = f"{H(seed + 'mix', 28)}" if boundary_style == "sendgrid" else f"----=_Part_{digits(seed + 'm', 6)}_{digits(seed + 'n', 9)}.{digits(seed + 'o', 13)}"
        body = multipart("mixed", b_mix, [
            alt,
            part(f'text/calendar; charset="utf-8"; method={method}; name="{ics_name}"', ics, "base64",
                 [f'Content-Disposition: attachment; filename="{ics_name}"'])])
    else:
        body = alt
    hs = [f"Delivered-To: {delivered}",
          received(sent, "o1.ptr" + digits(seed, 4) + ".mail." + sender[1].split("@")[1], "203.0.113." + str(int(H(seed, 2), 16) % 250 + 2), seed),
          f"Return-Path: <bounces+{digits(seed, 7)}-{H(seed, 4)}@em{digits(seed + 'e', 4)}.{sender[1].split('@')[1]}>",
          f"From: {A(*sender)}"]
    if reply_to:
        hs.append(f"Reply-To: {A(*reply_to)}")
    hs += [f"To: {to or A(OWNER_NAME, OWNER)}", f"Subject: {subject}", f"Date: {rfc(sent)}",
           f"Message-ID: <{msgid}>"]
    hs += list(extra_headers)
    return message(hs, body), f"<{msgid}>"


def google_invite(*, sent, organizer, guests, title, start, end, tzname_long, description, uid,
                  seq=0, kind="new", created=None, location=None, meet=True, dtstamp=None,
                  reply_to=None, sender_header=True):
    """Google Calendar invitation e-mail.  guests: [(name, email, partstat)] (organizer first).
    start/end must already be in the display time zone."""
    seed = uid + str(seq) + kind
    code = "-".join([gid(uid + "1", 3), gid(uid + "2", 4), gid(uid + "3", 3)])
    meet_url = f"https://meet.google.com/{code}"
    pin = digits(uid + "pin", 9)
    phone = f"+44 20 7946 0{digits(uid + 'ph', 3)}"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when_subj = f"{start:%a %b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({start.tzname()})"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "cancel": "Canceled event"}[kind]
    subject = f"{prefix}: {title} @ {when_subj} ({OWNER})"
    when_line = f"{start:%A %b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    P = []
    if kind == "updated":
        P.append("This event has been updated\nChanged: time")
    if kind == "cancel":
        P.append("This event has been canceled.")
    P.append(f"{title}\n{when_line}\n{tzname_long}")
    if location:
        P.append(f"Location\n{location}")
    if meet:
        P.append(f"Join with Google Meet\n{meet_url}")
        P.append(f"Join by phone\n(GB) {phone}\nPIN: {pin}")
        P.append(f"More phone numbers\nhttps://tel.meet/{code}?pin={pin}")
    P.append(f"Organizer\n{organizer[0]}\n{organizer[1]}")
    gl = ["Guests"]
    for n, e, _ in guests:
        gl.append(f"{n} - organizer" if e == organizer[1] else n)
        gl.append(e)
    gl.append(f"View all guest info {view}")
    P.append("\n".join(gl))
    if description:
        P.append(description)
    P.append(f"Reply for {OWNER} and view more details {view}")
    P.append("~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/")
    P.append("You are receiving this email because you are an attendee on the event.")
    P.append("Forwarding this invitation could allow any recipient to send a response to the organizer, "
             "be added to the guest list, invite others regardless of their own invitation status, or "
             "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")
    plain = "\n\n".join(P) + "\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
           + "".join(f"<p>{to_html(p)}</p>" for p in P) + "</div></body></html>\n")
    desc = (description or "")
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: {meet_url}\nOr dial: (GB) {phone} PIN: {pin}#\n"
                 f"More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    attendees = [att(n, e, p, google=True) for n, e, p in guests]
    extra = [f"X-GOOGLE-CONFERENCE:{meet_url}"] if meet else []
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    ev = vevent(uid=uid, dtstamp=dtstamp or sent, start=start, end=end, summary=title,
                organizer=organizer, attendees=attendees, description=desc.strip("\n"),
                location=location or "", seq=seq, status="CANCELLED" if kind == "cancel" else "CONFIRMED",
                extra=extra, created=created or sent, google=True)
    ics = vcalendar("-//Google Inc//Google Calendar 70.9054//EN", method, [ev])
    b_mix, b_alt = gboundary(seed + "mix"), gboundary(seed + "alt")
    body = multipart("mixed", b_mix, [
        multipart("alternative", b_alt, [
            part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            part('text/html; charset="UTF-8"', htm, "quoted-printable"),
            part(f'text/calendar; charset="UTF-8"; method={method}', ics.replace("\r\n", "\n"),
                 "7bit" if ics.isascii() else "base64")]),
        part(f'application/ics; name="invite.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"'])])
    mid = f"<calendar-{H(seed, 8)}-{H(seed + 'a', 4)}-{H(seed + 'b', 4)}-{H(seed + 'c', 4)}-{H(seed + 'd', 12)}@google.com>"
    hs = [f"Delivered-To: {OWNER}",
          received(sent, "mail-sor-f" + digits(seed, 2) + ".google.com", "209.85.220." + str(int(H(seed, 2), 16) % 200 + 20), seed),
          f"Return-Path: <{gid(seed, 22)}@calendar-server.bounces.google.com>",
          f"Reply-To: {reply_to or A(*organizer)}"]
    if sender_header:
        hs.append("Sender: Google Calendar <calendar-notification@google.com>")
    hs += [f"Message-ID: {mid}", f"Date: {rfc(sent.astimezone(UTC)).replace('-0000', '+0000')}",
           f"Subject: {subject}", f"From: {A(*organizer)}", f"To: {OWNER}"]
    return message(hs, body), mid


def outlook_invite(*, sent, organizer, attendees, subject, start, end, body_text, uid, seq=0,
                   cancel=False, location="Microsoft Teams Meeting", tzid="GMT Standard Time",
                   created=None):
    """Exchange Online / Teams meeting request (or cancellation): multipart/alternative with a
    base64 text/calendar part and Windows TZIDs."""
    seed = uid + str(seq) + str(cancel)
    tz = WINDOWS_TZ[tzid]
    mid19 = f"19%3ameeting_{gid(uid + 'teams', 40)}%40thread.v2"
    teams_url = (f"https://teams.microsoft.com/l/meetup-join/{mid19}/0?context=%7b%22Tid%22%3a%22"
                 f"{H(uid + 't', 8)}-{H(uid + 'u', 4)}-{H(uid + 'v', 4)}-{H(uid + 'w', 4)}-{H(uid + 'x', 12)}%22%7d")
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<{teams_url}>\n"
             f"Meeting ID: {digits(uid, 3)} {digits(uid + '2', 3)} {digits(uid + '3', 3)} {digits(uid + '4', 3)}\n"
             f"Passcode: {gid(uid + 'pc', 6).upper()}\n"
             "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
             "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
             "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
             "________________________________________________________________________________")
    full_text = body_text.rstrip("\n") + ("\n\n" + teams if not cancel else "") + "\n"
    attendees_l = [f"ATTENDEE;ROLE={r};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}"
                   for n, e, r in attendees]
    extra = ["CLASS:PUBLIC", "PRIORITY:5" if not cancel else "PRIORITY:1",
             f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:" + digits(uid, 10),
             "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
             "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if cancel else "1"),
             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
             "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if not cancel:
        extra.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
    ev = vevent(uid=uid, dtstamp=sent, start=start, end=end, summary=subject if not cancel else "Canceled: " + subject,
                organizer=organizer, attendees=attendees_l, description=full_text, location=location,
                seq=seq, status="CANCELLED" if cancel else "CONFIRMED", tzid=tzid, tz=tz, extra=extra,
                alarm=None if cancel else 15)
    # Exchange puts LANGUAGE params on text properties
    ev = [re.sub(r"^(SUMMARY|DESCRIPTION|LOCATION):(?!REMINDER$)", r"\1;LANGUAGE=en-GB:", l) for l in ev]
    ics = vcalendar("Microsoft Exchange Server 2010", "CANCEL" if cancel else "REQUEST", [ev],
                    vtimezones=[VTZ_GMT_STANDARD], calscale=False)
    when = (f"When: {start.astimezone(tz):%A}, {start.astimezone(tz):%B} {start.astimezone(tz).day}, "
            f"{start.year} {h12(start.astimezone(tz))}-{h12(end.astimezone(tz))} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.")
    plain = (when + "\nWhere: " + location + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + full_text)
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
           '<body>\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">'
           + to_html(plain) + "</div>\n</body>\n</html>\n")
    b = f"_000_LO6P265MB{H(seed, 4).upper()}{H(seed + 'x', 10).upper()}LO6P265MB{H(seed + 'y', 4).upper()}GBRP_"
    body = multipart("alternative", b, [
        part('text/plain; charset="utf-8"', plain, "quoted-printable"),
        part('text/html; charset="utf-8"', htm, "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={"CANCEL" if cancel else "REQUEST"}', ics, "base64")])
    mid = f"<LO6P265MB{H(seed, 4).upper()}{H(seed + 'z', 10).upper()}@LO6P265MB{H(seed + 'y', 4).upper()}.GBRP265.PROD.OUTLOOK.COM>"
    hs = [f"Delivered-To: {OWNER}",
          received(sent, "mail-lo4gbr01on20" + digits(seed, 3) + ".outbound.protection.outlook.com",
                   "40.107." + str(int(H(seed, 2), 16) % 200) + "." + str(int(H(seed, 4)[2:], 16) % 250), seed),
          f"Return-Path: <{organizer[1]}>",
          f"From: {A(*organizer)}", f"To: {', '.join(A(n, e) for n, e, _ in attendees)}",
          f"Subject: {('Canceled: ' if cancel else '') + subject}",
          f"Thread-Topic: {subject}",
          f"Thread-Index: {base64.b64encode(hashlib.md5(uid.encode()).digest() + bytes([seq])).decode()}",
          f"Date: {rfc(sent)}", f"Message-ID: {mid}", "Accept-Language: en-GB, en-US",
          "Content-Language: en-GB", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if cancel:
        hs.append("Importance: high")
    return message(hs, body), mid


def gcal_event(*, uid_seed, summary, description, organizer, attendees, start, end, tzname, created,
               updated, location=None, meet=True, status="confirmed", seq=0, ical_uid=None):
    """Google Calendar API v3 Event resource (one item of events.list).
    attendees: [(name, email, responseStatus, flags)] where flags may contain organizer/self."""
    eid = gid(uid_seed, 26)
    code = "-".join([gid(uid_seed + "1", 3), gid(uid_seed + "2", 4), gid(uid_seed + "3", 3)])

    def dt(x):
        s = x.isoformat()
        return s.replace("+00:00", "Z")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits(uid_seed + 'etag', 16)}\"",
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + digits(uid_seed, 3) + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": dt(start), "timeZone": tzname}
    ev["end"] = {"dateTime": dt(end), "timeZone": tzname}
    ev["iCalUID"] = ical_uid or f"{eid}@google.com"
    ev["sequence"] = seq
    al = []
    for n, e, rs, flags in attendees:
        a = {"email": e}
        if n:
            a["displayName"] = n
        if "organizer" in flags:
            a["organizer"] = True
        if "self" in flags:
            a["self"] = True
        a["responseStatus"] = rs
        al.append(a)
    ev["attendees"] = al
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": f"tel:+44-20-7946-0{digits(uid_seed + 'ph', 3)}",
                 "label": f"+44 20 7946 0{digits(uid_seed + 'ph', 3)}", "pin": digits(uid_seed + "pin", 9), "regionCode": "GB"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"

# ----------------------------------------------------------------------------------------------
# registry of cases
# ----------------------------------------------------------------------------------------------

CASES = []   # (case_id, {filename: text}, label)


def iv(company, role, start, end, kind, interviewers, recipients=None, status="scheduled"):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers),
            "followup_recipients": list(interviewers if recipients is None else recipients),
            "kind": kind}


def case(cid, files, interviews, difficulty, category, notes):
    CASES.append((cid, files, {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                               "difficulty": difficulty, "category": category,
                               "notes": " ".join(notes.split()), "source": "synthetic"}))


def meet_code(uid):
    return "-".join([gid(uid + "1", 3), gid(uid + "2", 4), gid(uid + "3", 3)])


ME = (OWNER_NAME, OWNER)

# ============================================================================================
# POSITIVES
# ============================================================================================

def c01():
    cid = "b204-01-ashby-recruiter-phone-screen"
    maren = ("Maren Achterberg", "maren.achterberg@ledgerline.example")
    role = "Senior Backend Engineer, Payments Platform"
    start = T(2026, 10, 1, 14, 0, weekday="Thursday")
    end = start + timedelta(minutes=30)
    f = {}
    s1 = T(2026, 9, 24, 16, 41, 12)
    f["01-ledgerline-intro.eml"], m1 = human_mail(
        sender=maren, to=[OWNER], sent=s1, msgid="b204-01-m1",
        subject=f"Ledgerline - {role}",
        body=f"""Hi Freya,

Thanks for applying for the {role} role at Ledgerline. Your background in settlement systems is very relevant to what the team is building right now.

I'd love to set up a 30-minute intro call to tell you more about the team and hear what you're looking for. You'll get an email from our scheduling system (Ashby) shortly with a few slots - just pick whichever suits you.

Best,
Maren

Maren Achterberg
Talent Partner, Engineering | Ledgerline
""")
    s2 = T(2026, 9, 28, 10, 12, 7)
    wd(s2, "Monday")
    uid = f"ashby-{H('b204-01-uid', 8)}-{H('b204-01-uid2', 4)}-{H('b204-01-uid3', 4)}@ashbyhq.com"
    ics = vcalendar("-//Ashby//Ashby Scheduling//EN", "REQUEST", [vevent(
        uid=uid, dtstamp=s2, start=start, end=end,
        summary=f"Recruiter Screen: Freya Lindqvist <> Ledgerline",
        organizer=maren,
        attendees=[att(*ME), att(*maren, partstat="ACCEPTED")],
        description=(f"Recruiter Screen for {role}.\n\nMaren Achterberg will call you on +44 7700 900318.\n\n"
                     "Need to make a change? Reply to the confirmation email."),
        location="Phone call (Maren will call you)")])
    f["02-ashby-interview-confirmed.eml"], _ = vendor_mail(
        sender=("Ledgerline Recruiting", "no-reply@ashbyhq.com"), reply_to=maren,
        sent=s2.astimezone(UTC), msgid=f"{H('b204-01-m2', 20)}@ashbyhq.com", brand="Ledgerline",
        subject="Interview confirmed: Recruiter Screen with Ledgerline",
        text=f"""Hi Freya,

Your interview with Ledgerline is confirmed. A calendar invite is attached for your convenience.

Recruiter Screen
{role}

When
{mdy(start)}
{h12(start)} - {h12(end)} BST (Europe/London)

Where
Phone call - Maren will call you on +44 7700 900318.

Interviewer
Maren Achterberg, Talent Partner

Need to make a change? Just reply to this email and Maren will help.""",
        footer="Sent by Ashby on behalf of Ledgerline.\nhttps://www.ashbyhq.com",
        ics=ics)
    case(cid, f, [iv("Ledgerline", role, start, end, "phone_screen", [maren[1]])],
         "easy", "positive/ats-ashby",
         """Ashby confirmation from no-reply@ashbyhq.com with Reply-To the recruiter and an invite.ics
         (UTC times); the recruiter conducts the phone screen, so she is interviewer and recipient.
         2pm BST = 13:00Z.""")


def c02():
    cid = "b204-02-greenhouse-virtual-onsite-three-invites"
    anika = ("Anika Rao", "anika.rao@halcyonfreight.example")
    felix = ("Felix Obi", "felix.obi@halcyonfreight.example")
    ruth = ("Ruth Calder", "ruth.calder@halcyonfreight.example")
    sanjay = ("Sanjay Mehra", "sanjay.mehra@halcyonfreight.example")
    role = "Backend Engineer (Routing)"
    day = T(2026, 10, 28, weekday="Wednesday")
    sess = [
        (T(2026, 10, 28, 10, 0), T(2026, 10, 28, 11, 0), "Coding Exercise", felix, "Senior Software Engineer",
         "Live coding with Felix Obi (Senior Software Engineer). We'll work in CoderPad: https://app.coderpad.io/HF7Q2KXM\n"
         "Any language is fine. Felix will paste the problem into the pad when you join."),
        (T(2026, 10, 28, 11, 15), T(2026, 10, 28, 12, 15), "System Design", ruth, "Principal Engineer",
         "System design conversation with Ruth Calder (Principal Engineer). Ruth will share a whiteboard link at the start."),
        (T(2026, 10, 28, 13, 30), T(2026, 10, 28, 14, 15), "Hiring Manager Conversation", sanjay,
         "Engineering Manager, Routing",
         "A conversation with Sanjay Mehra (Engineering Manager, Routing) about the team, the role and your experience."),
    ]
    f = {}
    s1 = T(2026, 10, 21, 11, 3, 44)
    wd(s1, "Wednesday")
    rows = "\n".join(f"{hm(a)} - {hm(b)}  {t} - {p[0]}, {title}" for a, b, t, p, title, _ in sess[:2])
    rows += f"\n{hm(sess[1][1])} - {hm(sess[2][0])}  Lunch break (off camera!)"
    rows += f"\n{hm(sess[2][0])} - {hm(sess[2][1])}  {sess[2][2]} - {sanjay[0]}, {sess[2][4]}"
    f["01-greenhouse-itinerary.eml"], _ = vendor_mail(
        sender=("Halcyon Freight Recruiting", "no-reply@greenhouse.io"), reply_to=anika,
        sent=s1, msgid=f"{H('b204-02-m1', 24)}.{digits('b204-02-m1', 6)}@greenhouse.io",
        brand="Halcyon Freight", boundary_style="javamail",
        subject=f"Your virtual onsite with Halcyon Freight - {dmy(day)}",
        text=f"""Hi Freya,

Thanks again for making time for your virtual onsite with Halcyon Freight for the {role} position. Here is your schedule for {dmy(day)}.

All times are UK time. The clocks go back an hour on Sunday 25 October, so by then these will be GMT.

{rows}

You'll receive a separate Google Calendar invitation with a Meet link for each session from Anika Rao, who is coordinating your day. The CoderPad link is in the first invitation.

If you need any adjustments, just reply to this email.

Good luck - we're looking forward to meeting you!
Halcyon Freight Talent Team""",
        footer="Sent via Greenhouse on behalf of Halcyon Freight.\nhttps://www.greenhouse.com")
    for i, (a, b, t, p, title, desc) in enumerate(sess):
        sent = T(2026, 10, 21, 11, 20 + 3 * i, 5 + 11 * i)
        uid = f"{gid('b204-02-ev' + str(i), 26)}@google.com"
        f[f"0{i + 2}-invitation-{t.lower().replace(' ', '-')}.eml"], _ = google_invite(
            sent=sent, organizer=anika,
            guests=[(anika[0], anika[1], "ACCEPTED"), (p[0], p[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
            title=f"Halcyon Freight - {t} (Freya Lindqvist)", start=a, end=b,
            tzname_long="United Kingdom Time", description=desc + "\n\nSession " + str(i + 1) + " of 3 - virtual onsite, " + role + ".",
            uid=uid)
    case(cid, f, [iv("Halcyon Freight", role, sess[0][0], sess[2][1], "onsite",
                     [felix[1], ruth[1], sanjay[1]])],
         "medium", "positive/onsite-loop",
         """Greenhouse itinerary (sent in BST) plus three separate Google invites on one day after the
         25 Oct clock change: one onsite from the first session start 10:00 GMT to the last end 14:15 GMT,
         all three interviewers. Coordinator Anika organises only and is not an interviewer.""")


def c03():
    cid = "b204-03-goodtime-technical-coderpad"
    lottie = ("Lottie Brennan", "lottie.brennan@mossgrove.example")
    yusuf = ("Yusuf Karim", "yusuf.karim@mossgrove.example")
    group = ("Mossgrove Health Interviews", "interviews@mossgrove.example")
    role = "Senior Software Engineer, Backend (Care Platform)"
    start = T(2026, 10, 6, 16, 0, weekday="Tuesday")
    end = T(2026, 10, 6, 17, 0)
    sent = T(2026, 10, 1, 15, 22, 5, tz=UTC)
    zoom = f"https://mossgrove.zoom.us/j/8421553{digits('b204-03z', 4)}?pwd={gid('b204-03pwd', 22)}"
    uid = f"gt-{H('b204-03-uid', 32)}@goodtime.io"
    ics = vcalendar("-//GoodTime.io//GoodTime Scheduler//EN", "REQUEST", [vevent(
        uid=uid, dtstamp=sent, start=start, end=end, tzid="Europe/London", tz=LON,
        summary="Mossgrove Health: Technical Interview - Freya Lindqvist",
        organizer=group,
        attendees=[att(*yusuf, partstat="ACCEPTED"), att(*ME)],
        description=(f"Technical Interview - Live Coding\nPosition: {role}\nInterviewer: Yusuf Karim\n\n"
                     f"Zoom: {zoom}\nCoderPad: https://app.coderpad.io/MGH4T9QX"),
        location=zoom, alarm=10)], vtimezones=[VTZ_LONDON])
    f = {"01-goodtime-interview-confirmation.eml": vendor_mail(
        sender=("Mossgrove Health Talent Team", "no-reply@goodtime.io"), reply_to=lottie,
        sent=sent, msgid=f"{H('b204-03-m1', 32)}@goodtime.io", brand="Mossgrove Health",
        subject=f"Confirmed: Technical Interview with Mossgrove Health on {mdy(start)}",
        text=f"""Hi Freya,

Your interview with Mossgrove Health has been confirmed. Please find the details below - a calendar invitation is attached.

Position: {role}
Interview: Technical Interview - Live Coding
Date: {mdy(start)}
Time: {h12(start)} - {h12(end)} (GMT+01:00) Europe/London
Interviewer: Yusuf Karim, Staff Engineer

Video: {zoom}
Coding pad: https://app.coderpad.io/MGH4T9QX (opens 10 minutes before the start)

Can't make it? Request a new time: https://candidate.goodtime.io/reschedule/{H('b204-03-rs', 20)}
Questions? Reply to this email and Lottie Brennan (Recruiting Coordinator) will get back to you.""",
        footer="Interview scheduling powered by GoodTime.\nMossgrove Health Ltd, London",
        ics=ics, ics_name="interview.ics")[0]}
    case(cid, f, [iv("Mossgrove Health", role, start, end, "technical", [yusuf[1]])],
         "medium", "positive/scheduling-goodtime",
         """GoodTime confirmation with CoderPad link and an .ics whose ORGANIZER is a group address
         (interviews@) and whose TZID is Europe/London with VTIMEZONE. Interviewer is Yusuf; Lottie only
         coordinates.""")


def c04():
    cid = "b204-04-modernloop-hiring-manager"
    hattie = ("Hattie Ngata", "hattie.ngata@parcelbird.example")
    kofi = ("Kofi Mensah", "kofi.mensah@parcelbird.example")
    group = ("Parcelbird Interviews", "interviews@parcelbird.example")
    role = "Senior Backend Engineer, Delivery Platform"
    start = T(2026, 10, 12, 11, 30, weekday="Monday")
    end = T(2026, 10, 12, 12, 15)
    uid = f"{gid('b204-04-ev', 26)}@google.com"
    sent = T(2026, 10, 6, 10, 48, 31)
    f = {}
    f["01-modernloop-interview-scheduled.eml"], _ = vendor_mail(
        sender=("Parcelbird Recruiting", "notifications@modernloop.io"), reply_to=hattie,
        sent=sent.astimezone(UTC), msgid=f"{H('b204-04-m1', 22)}@modernloop.io", brand="Parcelbird",
        html_cte="base64",
        subject="You're scheduled: Hiring Manager Interview with Parcelbird",
        text=f"""Hi Freya,

You're all set! Here are the details for your upcoming interview with Parcelbird.

{role}

{start:%A}, {start.day} {start:%B} {start.year}
{hm(start)} - {hm(end)} British Summer Time (BST)

Hiring Manager Interview
with Kofi Mensah, Engineering Manager - Delivery Platform

Join on Google Meet: https://meet.google.com/{meet_code(uid)}

A calendar invitation will arrive separately from interviews@parcelbird.example.

Need to reschedule? Let Hattie know by replying to this email.""",
        footer="Scheduled with ModernLoop on behalf of Parcelbird.\nhttps://www.modernloop.io")
    f["02-invitation-hiring-manager.eml"], _ = google_invite(
        sent=T(2026, 10, 6, 10, 48, 59), organizer=group,
        guests=[(group[0], group[1], "ACCEPTED"), (kofi[0], kofi[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        title="Parcelbird | Hiring Manager Interview | Freya Lindqvist", start=start, end=end,
        tzname_long="United Kingdom Time",
        description=(f"Hiring Manager Interview for {role}\nInterviewer: Kofi Mensah (Engineering Manager)\n\n"
                     "Scheduled via ModernLoop. Questions: hattie.ngata@parcelbird.example"),
        uid=uid)
    case(cid, f, [iv("Parcelbird", role, start, end, "hiring_manager", [kofi[1]])],
         "medium", "positive/scheduling-modernloop",
         """ModernLoop confirmation (base64 HTML, times in BST) plus the Google invite from the group
         calendar interviews@parcelbird.example for the same slot: one interview. Kofi conducts it; the
         group organizer and the coordinator Hattie are not interviewers.""")


def c05():
    cid = "b204-05-third-party-interview-service"
    pris = ("Priscilla Adeyemi", "priscilla.adeyemi@quillstone.example")
    dariusz = ("Dariusz Nowicki", "dariusz.nowicki@vettable.example")
    vet = ("Vettable", "scheduling@vettable.example")
    role = "Backend Engineer, Ledger Services"
    start = T(2026, 10, 15, 18, 0, weekday="Thursday")
    end = T(2026, 10, 15, 19, 0)
    f = {}
    f["01-quillstone-next-steps.eml"], m1 = human_mail(
        sender=pris, to=[OWNER], sent=T(2026, 10, 8, 14, 5, 51), msgid="b204-05-m1",
        subject="Quillstone - next steps",
        body=f"""Hi Freya,

Great news - following our call last week the team would like to move you forward for the {role} role.

Our first technical round is run by our partner Vettable, an independent technical interviewing service. One of their interview engineers will run a 60-minute session with you: roughly 40 minutes of live coding in their browser-based editor and 20 minutes talking through a system you've worked on. They write the session up and share it with us; the hiring decision stays with Quillstone.

You'll get an email from Vettable in the next day or so to book a time. Any questions about the process, just ask me.

Best wishes,
Priscilla

Priscilla Adeyemi
Senior Technical Recruiter | Quillstone
""")
    sent = T(2026, 10, 9, 10, 31, 2)
    uid = f"{H('b204-05-uid', 16)}-QST-88412@vettable.example"
    ics = vcalendar("-//Vettable//Interview Scheduler 4.2//EN", "REQUEST", [vevent(
        uid=uid, dtstamp=sent, start=start, end=end, tzid="Europe/London", tz=LON,
        summary="Quillstone technical interview (conducted by Vettable)",
        organizer=vet,
        attendees=[att(*ME), att(*dariusz, partstat="ACCEPTED")],
        description=(f"Technical interview for Quillstone - {role}.\nInterviewer: Dariusz Nowicki (Vettable)\n"
                     "Join: https://live.vettable.example/r/QST-88412"),
        location="https://live.vettable.example/r/QST-88412")], vtimezones=[VTZ_LONDON])
    f["02-vettable-interview-confirmed.eml"], _ = vendor_mail(
        sender=vet, reply_to=None, sent=sent, msgid=f"{H('b204-05-m2', 18)}@mail.vettable.example",
        brand="Vettable", boundary_style="javamail",
        subject=f"Confirmed: your Quillstone technical interview on {start:%a} {start.day} {start:%b}, {hm(start)} BST",
        text=f"""Hi Freya,

Your technical interview is booked. Vettable conducts this interview on behalf of Quillstone.

Company: Quillstone
Role: {role}
Date: {dmy(start)}
Time: {hm(start)} - {hm(end)} BST (London, UTC+01:00)
Your interviewer: Dariusz Nowicki, Interview Engineer at Vettable ({dariusz[1]})

Join here at the scheduled time: https://live.vettable.example/r/QST-88412
The session uses our built-in editor, so there's nothing to install. Use any mainstream language you're comfortable with.

Need to reschedule? Use https://vettable.example/c/reschedule/QST-88412 at least 24 hours before your start time.

Good luck!
The Vettable team""",
        footer="Vettable - technical interviews for engineering teams.\nYou received this because Quillstone invited you to interview.",
        ics=ics)
    case(cid, f, [iv("Quillstone", role, start, end, "technical", [dariusz[1]])],
         "hard", "positive/third-party-interviewer",
         """Karat-style outsourced technical round: the hiring company is Quillstone but the
         interviewer's address is at the service's domain (vettable.example). The scheduling@ sender is a
         system address. Recruiter Priscilla only announces the step.""")


def c06():
    cid = "b204-06-us-company-pacific-time-dst-gap"
    dana = ("Dana Whitcombe", "dana.whitcombe@foglinelabs.example")
    marcus = ("Marcus Bell", "marcus.bell@foglinelabs.example")
    role = "Senior Backend Engineer, Data Platform"
    start = T(2026, 10, 29, 9, 0, tz=LA, weekday="Thursday")
    end = T(2026, 10, 29, 10, 0, tz=LA)
    ldn = start.astimezone(LON)
    assert ldn.hour == 16 and ldn.utcoffset() == timedelta(0) and start.utcoffset() == timedelta(hours=-7)
    # a week later the usual 8-hour gap is back; two weeks earlier it was 8 hours as well
    assert (T(2026, 10, 22, 9, 0, tz=LA).astimezone(LON).hour == 17)
    f = {}
    s1 = T(2026, 10, 19, 8, 14, 27, tz=LA)
    body1 = f"""Hi Freya,

Thanks for your patience while we lined up the technical round for the {role} role. Marcus Bell from our ingestion team can do Thursday 10/29 at 9am Pacific for 60 minutes. We'll use CoderPad over Google Meet.

One heads-up since you're in London: your clocks go back on October 25 and ours don't change until November 1, so for that one week we're only 7 hours apart. 9am Pacific will be {gtime(ldn)} for you, not 5pm.

If that works I'll send the invite over today.

Cheers,
Dana

Dana Whitcombe
Recruiting | Fogline Labs
San Francisco, CA
"""
    f["01-fogline-technical-round.eml"], m1 = human_mail(
        sender=dana, to=[OWNER], sent=s1, msgid="b204-06-m1",
        subject="Fogline Labs - technical round", body=body1)
    q_when = T(2026, 10, 19, 16, 20, 3)
    f["02-re-fogline-technical-round.eml"], m2 = human_mail(
        sender=dana, to=[OWNER], sent=T(2026, 10, 19, 8, 37, 40, tz=LA), msgid="b204-06-m2",
        subject="Re: Fogline Labs - technical round", in_reply_to="<b204-06-freya@example.com>",
        references=[m1, "<b204-06-freya@example.com>"],
        body="Perfect - invite on its way. Marcus is looking forward to it!\n\nDana\n",
        quoted=f"Hi Dana,\n\nThursday the 29th at 9am Pacific / {gtime(ldn)} London works perfectly for me. Thanks for flagging the clock change!\n\nBest,\nFreya",
        quoted_from=ME, quoted_when=q_when.astimezone(LA))
    f["03-invitation-technical-interview.eml"], _ = google_invite(
        sent=T(2026, 10, 19, 8, 40, 11, tz=LA), organizer=dana,
        guests=[(dana[0], dana[1], "ACCEPTED"), (marcus[0], marcus[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        title="Fogline Labs - Technical Interview (Freya Lindqvist)", start=start, end=end,
        tzname_long="Pacific Time - Los Angeles",
        description=(f"Technical interview for the {role} role with Marcus Bell (Staff Engineer, Ingestion).\n"
                     f"CoderPad: https://app.coderpad.io/FGL29XQD\n\n({gtime(ldn)} London time for Freya)"),
        uid=f"{gid('b204-06-ev', 26)}@google.com")
    case(cid, f, [iv("Fogline Labs", role, start, end, "technical", [marcus[1]])],
         "hard", "positive/timezone-dst-gap",
         """US company books 9am Pacific on Thu 29 Oct, inside the week when London has left BST but the
         US is still on PDT (7-hour gap, 16:00 GMT, not 17:00). Invite .ics uses UTC (16:00Z).
         Recruiter Dana organises; Marcus conducts.""")


def c07():
    cid = "b204-07-reschedule-across-clock-change"
    owen = ("Owen Pryce", "owen.pryce@kestrelenergy.example")
    ines = ("Inês Carvalho", "ines.carvalho@kestrelenergy.example")
    role = "Senior Backend Engineer, Grid Data"
    old_start = T(2026, 10, 23, 15, 0, weekday="Friday")
    old_end = T(2026, 10, 23, 16, 0)
    start = T(2026, 10, 27, 15, 0, weekday="Tuesday")
    end = T(2026, 10, 27, 16, 0)
    assert old_start.utcoffset() == timedelta(hours=1) and start.utcoffset() == timedelta(0)
    uid = f"{gid('b204-07-ev', 26)}@google.com"
    title = "Kestrel Energy: System Design Interview - Freya Lindqvist"
    desc = (f"System design interview for the {role} role with Inês Carvalho (Principal Engineer).\n"
            "We'll use Excalidraw in the browser - no preparation needed.")
    guests = [(owen[0], owen[1], "ACCEPTED"), (ines[0], ines[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    f = {}
    created = T(2026, 10, 14, 9, 55, 3)
    f["01-invitation-system-design.eml"], _ = google_invite(
        sent=created, organizer=owen, guests=guests, title=title, start=old_start, end=old_end,
        tzname_long="United Kingdom Time", description=desc, uid=uid)
    s2 = T(2026, 10, 21, 17, 52, 40)
    f["02-moving-your-interview.eml"], m2 = human_mail(
        sender=owen, to=[OWNER], sent=s2, msgid="b204-07-m2",
        subject="Moving your system design interview",
        body=f"""Hi Freya,

Apologies for the late change - Inês has been pulled into an incident review on {wd(old_start, 'Friday')} afternoon. Could we move your system design interview to next {wd(start, 'Tuesday')}, {start.day} October, same time ({gtime(start)})? Just to flag, the clocks go back on Sunday, so that's 3pm GMT - still 3pm on your watch.

Let me know and I'll update the invite.

Thanks,
Owen

Owen Pryce
Technical Recruiter | Kestrel Energy
""")
    f["03-re-moving-your-interview.eml"], m3 = human_mail(
        sender=owen, to=[OWNER], sent=T(2026, 10, 22, 9, 2, 18), msgid="b204-07-m3",
        subject="Re: Moving your system design interview", in_reply_to=m2, references=[m2],
        body="Brilliant, thank you Freya! Updated invite coming through now.\n\nOwen\n",
        quoted="Hi Owen,\n\nNo problem at all - Tuesday the 27th at 3pm works for me.\n\nFreya",
        quoted_from=ME, quoted_when=T(2026, 10, 21, 18, 30, 11))
    f["04-updated-invitation-system-design.eml"], _ = google_invite(
        sent=T(2026, 10, 22, 9, 5, 17), organizer=owen,
        guests=[(owen[0], owen[1], "ACCEPTED"), (ines[0], ines[1], "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")],
        title=title, start=start, end=end, tzname_long="United Kingdom Time", description=desc, uid=uid,
        seq=1, kind="updated", created=created)
    case(cid, f, [iv("Kestrel Energy", role, start, end, "technical", [ines[1]])],
         "medium", "positive/reschedule",
         """Google invite for Fri 23 Oct 15:00 BST, moved by e-mail to Tue 27 Oct and re-sent as
         'Updated invitation' (same UID, SEQUENCE 1). Final time is 15:00 GMT (+00:00) after the clock
         change, so the UTC instant moves by a day and one hour.""")


def c08():
    cid = "b204-08-teams-invite-then-cancel"
    rhys = ("Rhys Doyle", "rhys.doyle@hollin.example")
    gwen = ("Gwen Ashworth", "gwen.ashworth@hollin.example")
    role = "Backend Engineer - Integrations"
    start = T(2026, 11, 2, 10, 0, weekday="Monday")
    end = T(2026, 11, 2, 10, 45)
    uid = ("040000008200E00074C5B7101A82E00800000000" + H("b204-08-uid", 16).upper()
           + "000000000000000010000000" + H("b204-08-uid2", 32).upper())
    subject = "Hollin Systems - Hiring Manager Interview - Freya Lindqvist"
    atts = [(gwen[0], gwen[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")]
    f = {}
    f["01-teams-hiring-manager-interview.eml"], _ = outlook_invite(
        sent=T(2026, 10, 27, 13, 5, 22), organizer=rhys, attendees=atts, subject=subject,
        start=start, end=end, uid=uid, body_text=f"""Hi Freya,

As promised, here's the invite for your conversation with Gwen Ashworth, Head of Backend Engineering, for the {role} role. It's 45 minutes on Teams; Gwen will mostly want to hear about systems you've built and how you like to work.

Any problems, just let me know.

Kind regards,
Rhys Doyle
Talent Partner | Hollin Systems""")
    sc = T(2026, 10, 30, 16, 47, 9)
    f["02-canceled-hiring-manager-interview.eml"], _ = outlook_invite(
        sent=sc, organizer=rhys, attendees=atts, subject=subject, start=start, end=end, uid=uid,
        seq=1, cancel=True, body_text=f"""Hi Freya,

I'm really sorry to do this - after a budget review this week we've had to put hiring for the Integrations role on hold, so I'm cancelling {wd(start, 'Monday')}'s interview with Gwen.

I'll be in touch straight away if the role reopens. Thanks for your understanding, and apologies again.

Rhys""")
    case(cid, f, [iv("Hollin Systems", role, start, end, "hiring_manager", [gwen[1]], status="cancelled")],
         "medium", "positive/cancellation",
         """Exchange/Teams meeting request (TZID 'GMT Standard Time', base64 text/calendar) followed by
         METHOD:CANCEL with STATUS:CANCELLED (role put on hold). Kept as one cancelled interview at its last
         scheduled time, 10:00 GMT on Mon 2 Nov. Rhys organises; Gwen would have conducted it.""")


def c09():
    cid = "b204-09-two-interviews-hackerrank-and-head-of-eng"
    bron = ("Bronwen Hughes", "bronwen.hughes@tessellate.example")
    amara = ("Amara Osei", "amara.osei@tessellate.example")
    lukas = ("Lukas Brandt", "lukas.brandt@tessellate.example")
    role = "Senior Backend Engineer"
    a1, a2 = T(2026, 11, 9, 10, 0, weekday="Monday"), T(2026, 11, 9, 11, 0)
    b1, b2 = T(2026, 11, 11, 15, 0, weekday="Wednesday"), T(2026, 11, 11, 15, 30)
    alt_a, alt_b = T(2026, 11, 9, 11, 30), T(2026, 11, 11, 14, 0)
    s1 = T(2026, 11, 3, 11, 26, 40)
    wd(s1, "Tuesday")
    body1 = f"""Hi Freya,

Thanks for your time on the phone yesterday - really glad you're keen to carry on with the {role} process at Tessellate.

The next stage is two conversations, which we try to keep within the same week:

1. Live coding with one of our senior engineers (60 mins, on HackerRank CodePair). I can offer {wd(a1, 'Monday')} {a1.day} November at {hm(a1)} or {hm(alt_a)}.
2. A 30-minute chat with Lukas, our Head of Engineering. He has {wd(b1, 'Wednesday')} {b1.day} November at {hm(alt_b)} or {hm(b1)}.

Let me know which slots suit and I'll confirm.

Kind regards,
Bronwen

Bronwen Hughes
Talent Acquisition Partner | Tessellate
"""
    f = {}
    f["01-tessellate-next-stage.eml"], m1 = human_mail(
        sender=bron, to=[A(*ME)], sent=s1, msgid="b204-09-m1", style="outlook",
        subject="Tessellate - next stage", body=body1)
    q = T(2026, 11, 3, 13, 40, 2)
    hr = "https://hr.gs/tsl-7f3k2q"
    meet = "https://meet.google.com/" + meet_code("b204-09-meet")
    f["02-re-tessellate-next-stage.eml"], m2 = human_mail(
        sender=bron, to=[A(*ME)], cc=[A(*amara), A(*lukas)], sent=T(2026, 11, 3, 15, 2, 51),
        msgid="b204-09-m2", style="outlook", in_reply_to=f"<b204-09-freya@example.com>",
        references=[m1, "<b204-09-freya@example.com>"],
        subject="RE: Tessellate - next stage",
        body=f"""Hi Freya,

Perfect - you're confirmed for both. I've copied Amara and Lukas so you have their details.

1) Live coding - {wd(a1, 'Monday')} {a1.day} November, {hm(a1)}-{hm(a2)} (UK time)
With Amara Osei, Senior Engineer
HackerRank CodePair: {hr}
(The link opens a shared editor and video call - a recent Chrome or Firefox is all you need.)

2) Chat with Lukas Brandt, Head of Engineering - {wd(b1, 'Wednesday')} {b1.day} November, {hm(b1)}-{hm(b2)} (UK time)
Google Meet: {meet}

Good luck, and shout if anything changes.
Bronwen

Bronwen Hughes
Talent Acquisition Partner | Tessellate
""",
        quoted=f"Hi Bronwen,\n\nThanks! Monday at {hm(a1)} and Wednesday at {hm(b1)} would be ideal.\n\nBest,\nFreya\n\n________________________________\nFrom: Bronwen Hughes <{bron[1]}>\nSent: {s1:%A}, {s1:%B} {s1.day}, {s1.year} {h12(s1)}\nSubject: Tessellate - next stage\n\n" + body1,
        quoted_from=ME, quoted_when=q, quoted_to=[A(*bron)], quoted_subject="Re: Tessellate - next stage")
    case(cid, f, [iv("Tessellate", role, a1, a2, "technical", [amara[1]]),
                  iv("Tessellate", role, b1, b2, "hiring_manager", [lukas[1]])],
         "medium", "positive/two-interviews",
         """Outlook thread: recruiter offers two slots for each of two conversations, the candidate picks
         Mon 9 Nov 10:00 (HackerRank CodePair live coding with Amara) and Wed 11 Nov 15:00 (Head of
         Engineering Lukas); confirmation Cc's both interviewers. Two interviews on different days, so
         not an onsite. The unpicked 11:30 and 14:00 options are distractors.""")


def c10():
    cid = "b204-10-cto-coffee-tomorrow-thread"
    sol = ("Sol Abernathy", "sol@wrenfield.example")
    mina = ("Mina Park", "mina.park@wrenfield.example")
    role = "Staff Backend Engineer"
    s1 = T(2026, 11, 2, 19, 47, 12)
    s2 = T(2026, 11, 3, 8, 5, 44)
    s3 = T(2026, 11, 3, 10, 12, 30)
    start = (s2 + timedelta(days=1)).replace(hour=16, minute=0, second=0)
    wd(start, "Wednesday")
    assert start.isoformat() == "2026-11-04T16:00:00+00:00"
    body1 = f"""Hi Freya,

Mina passed on the feedback from your technical round - the team really enjoyed it.

The next step in our process for the {role} role is a coffee with me. It's informal, but it is an interview: it's the last stage before we make a decision, and I'll want to talk through how you'd approach our event pipeline and what you want from your next team.

I'm around Shoreditch most of this week. Would Wednesday or Thursday work for you?

Sol

Sol Abernathy
CTO & co-founder, Wrenfield
"""
    f = {}
    f["01-coffee.eml"], m1 = human_mail(sender=sol, to=[OWNER], cc=[mina[1]], sent=s1,
                                         msgid="b204-10-m1", style="apple", subject="Coffee?", body=body1)
    fr1 = "<b204-10-freya1@example.com>"
    q1 = "Hi Sol,\n\nThanks - that's lovely to hear. Wednesday is good for me, any time after 3pm.\n\nFreya"
    f["02-re-coffee.eml"], m2 = human_mail(
        sender=sol, to=[OWNER], cc=[mina[1]], sent=s2, msgid="b204-10-m2", style="apple",
        subject="Re: Coffee?", in_reply_to=fr1, references=[m1, fr1],
        body="Great. How about tomorrow at 4pm at Ozone on Leonard Street? I'll grab us a table upstairs.\n\nSol\n\nSent from my iPhone\n",
        quoted=q1, quoted_from=ME, quoted_when=T(2026, 11, 2, 21, 12, 5))
    fr2 = "<b204-10-freya2@example.com>"
    f["03-re-coffee.eml"], _ = human_mail(
        sender=sol, to=[OWNER], cc=[mina[1]], sent=s3, msgid="b204-10-m3", style="apple",
        subject="Re: Coffee?", in_reply_to=fr2, references=[m1, fr1, m2, fr2],
        body=f"See you {start:%A} at 4!\n\nSent from my iPhone\n",
        quoted="Tomorrow at 4 at Ozone is perfect - see you there.\n\nFreya",
        quoted_from=ME, quoted_when=T(2026, 11, 3, 9, 20, 48))
    case(cid, f, [iv("Wrenfield", role, start, None, "other", [sol[1]])],
         "hard", "positive/coffee-chat-relative-date",
         """Coffee with the CTO that is explicitly the last interview stage. 'tomorrow at 4pm' in a
         message dated Tue 3 Nov 08:05 GMT resolves to Wed 4 Nov 16:00 GMT; confirmed 'See you Wednesday at
         4'. No duration given, so end is null. Mina (Cc) is not an interviewer. Kind 'other' (final chat
         with a founder/CTO).""")


def c11():
    cid = "b204-11-gcal-api-event-only"
    jess = ("Jess Okoro", "jess.okoro@lumenrail.example")
    hamid = ("Hamid Farouk", "hamid.farouk@lumenrail.example")
    role = "Backend Engineer, Timetabling"
    start = T(2026, 11, 5, 13, 0, weekday="Thursday")
    end = T(2026, 11, 5, 14, 30)
    f = {"01-lumenrail-pair-programming.gcal.json": gcal_event(
        uid_seed="b204-11-ev", summary="Lumen Rail - Pair programming interview (Freya Lindqvist)",
        description=(f"Hi Freya,\n\nThis is the pair programming stage for the {role} role: 90 minutes with "
                     "Hamid Farouk (Senior Engineer), working together on a small service in CoderPad.\n\n"
                     "CoderPad: https://app.coderpad.io/LRT5XK2A\nVideo: Google Meet (link on this event)\n\n"
                     f"I'm organising - any questions, email me at {jess[1]}.\n\nJess (Talent, Lumen Rail)"),
        organizer=jess,
        attendees=[(jess[0], jess[1], "accepted", ("organizer",)), (hamid[0], hamid[1], "accepted", ()),
                   (None, OWNER, "accepted", ("self",))],
        start=start, end=end, tzname="Europe/London",
        created=T(2026, 10, 29, 14, 2, 0), updated=T(2026, 10, 29, 16, 31, 7))}
    case(cid, f, [iv("Lumen Rail", role, start, end, "technical", [hamid[1]])],
         "easy", "positive/gcal-api",
         """Only a Calendar API v3 event (dateTime with 'Z', timeZone Europe/London, 13:00 GMT). Jess
         organises; Hamid conducts the pair-programming interview.""")


def c12():
    cid = "b204-12-standalone-outlook-ics-gmt-standard-time"
    callum = ("Callum Reid", "callum.reid@saltmarsh.example")
    role = "Backend Engineer (Data Ingestion)"
    start = T(2026, 10, 21, 10, 30, weekday="Wednesday")
    end = T(2026, 10, 21, 11, 30)
    assert start.utcoffset() == timedelta(hours=1)
    uid = ("040000008200E00074C5B7101A82E00800000000" + H("b204-12-uid", 16).upper()
           + "000000000000000010000000" + H("b204-12-uid2", 32).upper())
    desc = (f"Hi Freya,\n\nLooking forward to our chat about the {role} role. It'll just be me for the hour - "
            "mostly your experience with streaming pipelines and how you think about data quality.\n\n"
            "Callum Reid\nHead of Platform | Saltmarsh Data\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{gid('b204-12t', 40)}%40thread.v2/0>\n"
            f"Meeting ID: 391 {digits('b204-12m', 3)} {digits('b204-12n', 3)} {digits('b204-12o', 3)}\nPasscode: {gid('b204-12p', 6).upper()}\n"
            "________________________________________________________________________________")
    ev = vevent(uid=uid, dtstamp=T(2026, 10, 15, 9, 41, 0), start=start, end=end,
                tzid="GMT Standard Time", tz=LON,
                summary=f"Saltmarsh Data: {role} - interview with Callum Reid",
                organizer=callum,
                attendees=[f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}"],
                description=desc, location="Microsoft Teams Meeting",
                extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE"], alarm=15)
    ev = [re.sub(r"^(SUMMARY|DESCRIPTION|LOCATION):(?!REMINDER$)", r"\1;LANGUAGE=en-GB:", l) for l in ev]
    f = {"01-saltmarsh-interview.ics": vcalendar("Microsoft Exchange Server 2010", "REQUEST", [ev],
                                                 vtimezones=[VTZ_GMT_STANDARD], calscale=False)}
    case(cid, f, [iv("Saltmarsh Data", role, start, end, "hiring_manager", [callum[1]])],
         "medium", "positive/standalone-ics-windows-tz",
         """Standalone Outlook .ics with TZID 'GMT Standard Time' on a date before 25 Oct: the Windows
         zone name says GMT but the time is BST, so 10:30 is +01:00 (09:30Z). Organizer Callum conducts
         the interview himself.""")


def c13():
    cid = "b204-13-greenhouse-plus-invite-plus-api-dedupe"
    theo = ("Theo Marchetti", "theo.marchetti@pebblecrest.example")
    noor = ("Noor Haddad", "noor.haddad@pebblecrest.example")
    role = "Senior Backend Engineer (Search)"
    start = T(2026, 11, 16, 15, 30, weekday="Monday")
    end = T(2026, 11, 16, 16, 30)
    sent = T(2026, 11, 10, 12, 30, 9)
    wd(sent, "Tuesday")
    gh_uid = f"{H('b204-13-gh', 8)}-{H('b204-13-gh2', 4)}-{H('b204-13-gh3', 4)}-{H('b204-13-gh4', 4)}-{H('b204-13-gh5', 12)}"
    ics = vcalendar("-//Greenhouse Software//Greenhouse//EN", "REQUEST", [vevent(
        uid=gh_uid, dtstamp=sent, start=start, end=end,
        summary="Interview with Pebblecrest: Technical Interview - API Design",
        organizer=theo, attendees=[att(*ME)],
        description=f"Technical Interview - API Design for {role}\nInterviewer(s): Noor Haddad",
        location="Google Meet")], calscale=False)
    f = {}
    f["01-greenhouse-interview-confirmation.eml"], _ = vendor_mail(
        sender=("Pebblecrest", "no-reply@us.greenhouse-mail.io"), reply_to=theo, sent=sent,
        msgid=f"{H('b204-13-m1', 24)}.{digits('b204-13-m1', 7)}@us.greenhouse-mail.io",
        brand="Pebblecrest", boundary_style="javamail",
        subject=f"Interview Confirmation: Pebblecrest - {role}",
        text=f"""Hi Freya,

Thank you for your interest in Pebblecrest! I'm pleased to confirm your interview for the {role} role.

Interview: Technical Interview - API Design
Date: {start:%A}, {start:%B} {start.day}th {start.year}
Time: {h12(start)} - {h12(end)} GMT
Interviewer(s): Noor Haddad (Staff Engineer)
Location: Google Meet - the link will be in a calendar invitation from me

Please let me know if you have any questions.

Best,
Theo Marchetti
Recruiter, Pebblecrest""",
        footer="Sent via Greenhouse.", ics=ics, ics_name="interview.ics")
    g_uid_seed = "b204-13-ev"
    g_uid = f"{gid(g_uid_seed, 26)}@google.com"
    f["02-invitation-technical-interview.eml"], _ = google_invite(
        sent=T(2026, 11, 10, 12, 34, 50), organizer=theo,
        guests=[(theo[0], theo[1], "ACCEPTED"), (noor[0], noor[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        title="Pebblecrest Technical Interview: API Design (Freya Lindqvist)", start=start, end=end,
        tzname_long="United Kingdom Time",
        description=f"Technical interview (API design) for the {role} role with Noor Haddad, Staff Engineer.",
        uid=g_uid)
    f["03-pebblecrest-event.gcal.json"] = gcal_event(
        uid_seed=g_uid_seed, summary="Pebblecrest Technical Interview: API Design (Freya Lindqvist)",
        description=f"Technical interview (API design) for the {role} role with Noor Haddad, Staff Engineer.",
        organizer=theo,
        attendees=[(theo[0], theo[1], "accepted", ("organizer",)), (noor[0], noor[1], "accepted", ()),
                   (None, OWNER, "accepted", ("self",))],
        start=start, end=end, tzname="Europe/London", created=T(2026, 11, 10, 12, 34, 48),
        updated=T(2026, 11, 10, 18, 2, 13), ical_uid=g_uid)
    case(cid, f, [iv("Pebblecrest", role, start, end, "technical", [noor[1]])],
         "medium", "positive/dedupe-three-channels",
         """Same interview three times: Greenhouse confirmation with its own interview.ics (different
         UID, no interviewer address), Google invite from the recruiter, and the Calendar API event for
         that invite. One interview; Noor's address only appears in the Google invite and API event.""")


# ============================================================================================
# NEGATIVES (look-alikes)
# ============================================================================================

def c14():
    cid = "b204-14-peer-mock-interview-platform"
    pp = ("PairPrep", "sessions@pairprep.example")
    jonas = ("Jonas Hartmann", "jonas.hartmann@mailbox.example")
    start = T(2026, 10, 18, 19, 0, weekday="Sunday")
    end = T(2026, 10, 18, 20, 30)
    sent = T(2026, 10, 14, 20, 2, 33)
    link = "https://pairprep.example/session/SD-20261018-7731"
    uid = f"session-SD-20261018-7731-{H('b204-14', 8)}@pairprep.example"
    ics = vcalendar("-//PairPrep//Sessions 2.3//EN", "REQUEST", [vevent(
        uid=uid, dtstamp=sent, start=start, end=end, tzid="Europe/London", tz=LON,
        summary="PairPrep mock interview: System Design (with Jonas H.)", organizer=pp,
        attendees=[att(*ME), att("Jonas H.", jonas[1], partstat="ACCEPTED")],
        description=f"Peer practice interview - 45 minutes each way.\nJoin: {link}", location=link)],
        vtimezones=[VTZ_LONDON])
    f = {}
    f["01-pairprep-matched.eml"], _ = vendor_mail(
        sender=pp, reply_to=None, sent=sent, msgid=f"{H('b204-14-m1', 26)}@pairprep.example", brand="PairPrep",
        subject=f"You're matched! Practice interview: System Design - {start:%a} {start.day} {start:%b}, {hm(start)} BST",
        text=f"""Hi Freya,

Great news - we found you a practice partner for your System Design mock interview.

Your peer: Jonas H. (Senior Backend Engineer, Berlin)
When: {dmy(start)}, {hm(start)} - {hm(end)} BST
Format: 45 minutes each way. You'll interview Jonas first using the question pack we unlock 10 minutes before the session, then you swap and Jonas interviews you.

Join: {link}

This is a practice session between peers - nothing you do here is shared with employers. Afterwards you'll both leave feedback for each other.

Can't make it? Cancel at least 12 hours before so Jonas can be rematched.

Happy practising!
The PairPrep team""",
        footer="PairPrep - free peer mock interviews for engineers.\nManage email preferences: https://pairprep.example/settings",
        ics=ics, ics_name="pairprep-session.ics")
    f["02-pairprep-starts-in-one-hour.eml"], _ = vendor_mail(
        sender=pp, reply_to=None, sent=T(2026, 10, 18, 18, 0, 4), msgid=f"{H('b204-14-m2', 26)}@pairprep.example",
        brand="PairPrep", subject="Starting in 1 hour: your practice interview with Jonas",
        text=f"""Hi Freya,

Your System Design practice interview with Jonas starts at {hm(start)} (in one hour).

Join: {link}

Tip: the interviewer's notes unlock when you take the interviewer seat - read them before you start asking questions.""",
        footer="PairPrep - free peer mock interviews for engineers.")
    case(cid, f, [], "hard", "negative/mock-interview-peer",
         """Peer mock-interview platform: invite .ics, 'interview', system design, booked time - but it is
         practice between peers and she also plays the interviewer. Not a job interview.""")


def c15():
    cid = "b204-15-meetup-talk-she-gives"
    dami = ("Dami Afolabi", "dami.afolabi@ldnbackend.example")
    harriet = ("Harriet Lowe", "harriet.lowe@ldnbackend.example")
    day = T(2026, 10, 20, 18, 15, weekday="Tuesday")
    talk = T(2026, 10, 20, 19, 0)
    f = {}
    f["01-lbe-47-speaker-details.eml"], _ = human_mail(
        sender=dami, to=[OWNER], cc=[harriet[1]], sent=T(2026, 10, 5, 12, 10, 2), msgid="b204-15-m1",
        subject="LBE #47 - you're our headline speaker!",
        body=f"""Hi Freya,

Thanks so much for agreeing to headline London Backend Engineers #47! Here's the plan for {dmy(day)}:

{hm(day)}  Arrive for AV check (HDMI and USB-C adapters on site)
18:30  Doors, pizza
{hm(talk)}  Your talk: "Idempotency keys in anger: lessons from a payments outage" (30 min + Q&A)
19:45  Lightning talks
20:30  Pub

Venue: Cardinal Works, 3rd floor (Clerkenwell) - full details on the event page.

One more thing: Ife from the Backend Banter podcast asked whether she could grab you for a quick 15-minute interview after your talk for their next episode. Totally optional - let me know and I'll introduce you.

I've sent a calendar invite so it's in your diary.

Cheers,
Dami
(on behalf of the LBE organisers)
""")
    f["02-invitation-lbe-47.eml"], _ = google_invite(
        sent=T(2026, 10, 5, 12, 14, 40), organizer=dami,
        guests=[(dami[0], dami[1], "ACCEPTED"), (harriet[0], harriet[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        title="LBE #47 - Speaker: Freya Lindqvist", start=day, end=T(2026, 10, 20, 21, 0),
        tzname_long="United Kingdom Time", location="Cardinal Works, Clerkenwell, London", meet=False,
        description=("Speaker slot at London Backend Engineers #47. Talk at 19:00. Optional podcast interview "
                     "with Backend Banter after the talk."),
        uid=f"{gid('b204-15-ev', 26)}@google.com")
    case(cid, f, [], "medium", "negative/meetup-talk",
         """She is the speaker at a community meetup; calendar invite plus an optional podcast 'interview'
         after her talk. No hiring process.""")


def c16():
    cid = "b204-16-conference-cfp-speaker-interview"
    kiln = ("Kiln Conf", "hello@kilnconf.example")
    ott = ("Ottilie Marsh", "ottilie.marsh@kilnconf.example")
    ben = ("Benedikt Roos", "benedikt.roos@kilnconf.example")
    start = T(2026, 11, 19, 17, 0, weekday="Thursday")
    end = T(2026, 11, 19, 17, 20)
    f = {}
    f["01-kiln-conf-cfp-open.eml"], _ = vendor_mail(
        sender=kiln, reply_to=None, sent=T(2026, 11, 2, 9, 0, 0, tz=UTC),
        msgid=f"{H('b204-16-m1', 20)}@list.kilnconf.example", brand="Kiln Conf 2027",
        subject="Kiln Conf 2027: the call for papers is open (closes 30 November)",
        text="""Hello builders,

The call for papers for Kiln Conf 2027 (London, 11-12 March) is open until 30 November.

We're looking for talks on distributed systems, databases, reliability and the human side of running production software. First-time speakers are very welcome - every shortlisted speaker gets a short interview with the programme committee and a mentor to help polish the talk.

Submit a proposal: https://kilnconf.example/cfp

See you in March,
The Kiln Conf team""",
        footer="You're receiving this because you attended Kiln Conf 2026.\nUnsubscribe: https://kilnconf.example/u")
    f["02-your-proposal-shortlisted.eml"], _ = human_mail(
        sender=ott, to=[OWNER], cc=[ben[1]], sent=T(2026, 11, 12, 17, 33, 19), msgid="b204-16-m2",
        subject='Kiln Conf 2027 - "Backpressure for humans" shortlisted',
        body=f"""Hi Freya,

Thank you for submitting "Backpressure for humans" to the Kiln Conf 2027 CFP. The programme committee really liked it, and it's on our shortlist for the Systems track.

Before final selection we do a short speaker interview with every shortlisted speaker: 20 minutes with Benedikt and me to talk through the outline and how you'd pitch it to the audience. I've sent you an invite for {wd(start, 'Thursday')} {start.day} November at {gtime(start)}; if that doesn't work, just reply with a couple of alternatives.

Ottilie

Ottilie Marsh
Programme Chair, Kiln Conf
""")
    f["03-invitation-speaker-interview.eml"], _ = google_invite(
        sent=T(2026, 11, 12, 17, 35, 2), organizer=ott,
        guests=[(ott[0], ott[1], "ACCEPTED"), (ben[0], ben[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        title="Kiln Conf 2027 - speaker interview: Freya Lindqvist", start=start, end=end,
        tzname_long="United Kingdom Time",
        description="CFP shortlist call for 'Backpressure for humans' (Systems track).",
        uid=f"{gid('b204-16-ev', 26)}@google.com")
    case(cid, f, [], "hard", "negative/conference-cfp",
         """Conference CFP: a booked 'speaker interview' call with the programme committee, Google invite and
         all. It is about a talk proposal, not a job.""")


def c17():
    cid = "b204-17-hackathon-weekend"
    hq = ("Hack the Thames", "hello@hackthethames.example")
    judging = ("Hack the Thames Judging", "judging@hackthethames.example")
    s = T(2026, 11, 14, 9, 0, weekday="Saturday")
    e = T(2026, 11, 15, 17, 30, weekday="Sunday")
    sent = T(2026, 11, 6, 11, 15, 0)
    wd(sent, "Friday")
    ics = vcalendar("-//Hack the Thames//Tickets//EN", "PUBLISH", [vevent(
        uid=f"htt-2026-ticket-{H('b204-17t', 10)}@hackthethames.example", dtstamp=sent, start=s, end=e,
        tzid="Europe/London", tz=LON, summary="Hack the Thames 2026", organizer=hq,
        attendees=[att(*ME, partstat="ACCEPTED")],
        description="Ticket HTT-0419. Doors 08:30 Saturday. Judging Sunday afternoon.",
        location="The Boathouse, Wapping, London")], vtimezones=[VTZ_LONDON])
    f = {}
    f["01-hack-the-thames-ticket.eml"], _ = vendor_mail(
        sender=hq, reply_to=None, sent=sent, msgid=f"{H('b204-17-m1', 24)}@hackthethames.example",
        brand="Hack the Thames 2026", subject="Your place at Hack the Thames 2026 is confirmed (ticket HTT-0419)",
        text=f"""Hi Freya,

You're in! Your place at Hack the Thames 2026 is confirmed.

When: {s:%A} {s.day} November, {hm(s)} - {e:%A} {e.day} November, {hm(e)}
Where: The Boathouse, Wapping, London
Ticket: HTT-0419

Our headline sponsors Brindle Pay and Oxbow Cloud are hiring - their engineers are judging and their recruiters will be at the sponsor booths all weekend if you want a chat.

Judging: every team gets a 10-minute judging interview on Sunday between 13:00 and 15:00 (5-minute demo, 5 minutes of questions). Slots will be emailed on Saturday night.

Bring a laptop, a charger and a reusable bottle. Food is on us.

See you on the river,
The Hack the Thames crew""",
        footer="Hack the Thames is a non-profit community hackathon.", ics=ics, ics_name="hack-the-thames.ics")
    j = T(2026, 11, 15, 13, 40)
    f["02-judging-slot.ics"] = vcalendar("-//Hack the Thames//Judging//EN", "REQUEST", [vevent(
        uid=f"htt-2026-judging-team23-{H('b204-17j', 8)}@hackthethames.example",
        dtstamp=T(2026, 11, 14, 22, 10, 0), start=j, end=j + timedelta(minutes=10),
        tzid="Europe/London", tz=LON, summary="Judging interview - Team 23 'Tidewatch'", organizer=judging,
        attendees=[att(*ME), att("Kai Mercer", "kai.mercer@mailbox.example"),
                   att("Rosa Ilunga", "rosa.ilunga@mailbox.example")],
        description="Judging room B. 5-minute demo, 5 minutes of questions from the judges.",
        location="Judging room B, The Boathouse")], vtimezones=[VTZ_LONDON])
    case(cid, f, [], "hard", "negative/hackathon",
         """Hackathon ticket with a weekend-long .ics, hiring sponsors and a 'judging interview' slot as a
         standalone .ics. Judging a hackathon project is not a job interview.""")


def c18():
    cid = "b204-18-agency-recruiter-coffee-no-role"
    jonah = ("Jonah Eklund", "jonah.eklund@harbourtalent.example")
    start = T(2026, 10, 29, 8, 30, weekday="Thursday")
    end = T(2026, 10, 29, 9, 15)
    s1 = T(2026, 10, 22, 9, 31, 18)
    wd(s1, "Thursday")
    f = {}
    f["01-coffee-next-week.eml"], _ = human_mail(
        sender=jonah, to=[OWNER], sent=s1, msgid="b204-18-m1", subject="Coffee next week?",
        body=f"""Hi Freya,

I hope you don't mind me reaching out - I'm a recruiter at Harbour Talent, where I focus on backend and platform engineers across London fintech. A couple of people mentioned your talk at LBE.

I don't have a specific role to pitch you right now. I'd just love to get to know you over a coffee, hear what you're looking for next, and share what I'm seeing in the market (salary bands have moved a lot this year). No CV or prep needed!

I'm near London Bridge most mornings - would next {wd(start, 'Thursday')} at {gtime(start)} work before your day starts? I've popped a placeholder in your calendar; feel free to move it.

Best,
Jonah

Jonah Eklund
Senior Consultant, Backend & Platform | Harbour Talent
""")
    f["02-invitation-coffee.eml"], _ = google_invite(
        sent=T(2026, 10, 22, 9, 33, 50), organizer=jonah,
        guests=[(jonah[0], jonah[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        title="Coffee: Freya / Jonah (Harbour Talent)", start=start, end=end,
        tzname_long="United Kingdom Time", location="Grind, London Bridge", meet=False,
        description="Informal coffee - no agenda, my treat!", uid=f"{gid('b204-18-ev', 26)}@google.com")
    case(cid, f, [], "hard", "negative/recruiter-networking",
         """Agency recruiter coffee with a calendar invite, explicitly with no role and no process step:
         networking, not an interview.""")


def c19():
    cid = "b204-19-async-take-home-deadline"
    ngozi = ("Ngozi Eze", "ngozi.eze@quarrylabs.example")
    sender = ("Quarry Labs Hiring", "no-reply@ashbyhq.com")
    sent = T(2026, 11, 2, 10, 0, 14)
    wd(sent, "Monday")
    due = T(2026, 11, 6, 17, 0, weekday="Friday")
    ics = vcalendar("-//Ashby//Ashby Scheduling//EN", "PUBLISH", [vevent(
        uid=f"ashby-assignment-{H('b204-19u', 12)}@ashbyhq.com", dtstamp=sent, start=due - timedelta(minutes=30),
        end=due, summary="Quarry Labs take-home due (Backend Engineer) - submit by 17:00", organizer=sender,
        attendees=[att(*ME)], description="Reminder: submit your take-home exercise before 17:00 GMT.",
        location="https://jobs.ashbyhq.com/quarry-labs/assignment")])
    f = {}
    f["01-ashby-take-home-exercise.eml"], _ = vendor_mail(
        sender=sender, reply_to=ngozi, sent=sent.astimezone(UTC), msgid=f"{H('b204-19-m1', 20)}@ashbyhq.com",
        brand="Quarry Labs", subject="Quarry Labs - your take-home exercise for Backend Engineer",
        text=f"""Hi Freya,

Thanks for your time with us so far! The next step for the Backend Engineer role is a take-home exercise.

Exercise: build a small rate-limited job queue API (brief and starter repo at the link below). We expect it to take 3-4 hours - please don't spend more than that.

Submit by: {dmy(due)}, {hm(due)} GMT
Start here: https://jobs.ashbyhq.com/quarry-labs/assignment/{H('b204-19a', 16)}

Once we've reviewed your submission we'll be in touch about a 60-minute follow-up interview where you walk the team through your solution.

We've attached a calendar reminder for the deadline. If you need more time, just reply to this email and Ngozi will sort it out.

Good luck!
Quarry Labs Hiring Team""",
        footer="Sent by Ashby on behalf of Quarry Labs.", ics=ics, ics_name="deadline.ics", method="PUBLISH")
    case(cid, f, [], "medium", "negative/take-home",
         """Async take-home with a deadline reminder .ics (30-minute block ending at the deadline). The
         follow-up interview is only promised, not booked.""")


def c20():
    cid = "b204-20-user-is-interviewer-goodtime"
    callie = ("Callie Moreau", "callie.moreau@candlewick.example")
    group = ("Candlewick Interviews", "interviews@candlewick.example")
    start = T(2026, 10, 22, 14, 0, weekday="Thursday")
    end = T(2026, 10, 22, 15, 0)
    sent = T(2026, 10, 19, 14, 12, 40)
    zoom = f"https://candlewick.zoom.us/j/9130{digits('b204-20z', 7)}"
    ics = vcalendar("-//GoodTime.io//GoodTime Scheduler//EN", "REQUEST", [vevent(
        uid=f"gt-{H('b204-20-uid', 32)}@goodtime.io", dtstamp=sent, start=start, end=end,
        tzid="Europe/London", tz=LON, summary="Interview: Tobias Wren - Backend Engineer, Billing (Technical)",
        organizer=group, attendees=[att(OWNER_NAME, WORK)],
        description=("You are the lead interviewer.\nCandidate: Tobias Wren\nCoderPad: https://app.coderpad.io/CWK8RT2N\n"
                     f"Zoom: {zoom}\nScorecard due within 24h in Greenhouse."),
        location=zoom)], vtimezones=[VTZ_LONDON])
    f = {}
    f["01-goodtime-you-are-interviewing.eml"], _ = vendor_mail(
        sender=("Candlewick Recruiting", "no-reply@goodtime.io"), reply_to=callie, sent=sent.astimezone(UTC),
        msgid=f"{H('b204-20-m1', 32)}@goodtime.io", brand="Candlewick",
        to=A(OWNER_NAME, WORK),
        extra_headers=[f"X-Forwarded-To: {OWNER}", f"X-Forwarded-For: {WORK} {OWNER}"],
        subject=f"Interview Request: Technical Interview with Tobias Wren (Backend Engineer) - {start:%a}, {start:%b} {start.day}, {h12(start)} BST",
        text=f"""Hi Freya,

You've been scheduled to interview a candidate. Please accept the calendar invitation to confirm.

Candidate: Tobias Wren
Position: Backend Engineer, Billing
Interview: Technical Interview - Live Coding (CoderPad)
Your role: Lead interviewer
When: {mdy(start)}, {h12(start)} - {h12(end)} BST
Where: {zoom}
CoderPad: https://app.coderpad.io/CWK8RT2N
Candidate resume and interview kit: https://app.greenhouse.io/guides/{digits('b204-20g', 8)}/people/{digits('b204-20p', 9)}

Please submit your scorecard in Greenhouse within 24 hours of the interview.

Can't make it? Decline the invitation and we'll find a replacement interviewer.""",
        footer="Interview scheduling powered by GoodTime.", ics=ics)
    case(cid, f, [], "hard", "negative/user-is-interviewer",
         """GoodTime interviewer request from her current employer, auto-forwarded from her work address:
         she is the interviewer, the candidate is someone else. CoderPad link and .ics like a real
         candidate invite.""")


def c21():
    cid = "b204-21-modernloop-availability-request"
    esme = ("Esme Tran", "esme.tran@gannetmaps.example")
    sender = ("Gannet Maps Recruiting", "notifications@modernloop.io")
    s1 = T(2026, 10, 29, 15, 3, 0)
    s2 = T(2026, 11, 3, 9, 0, 0)
    wd(s1, "Thursday")
    wd(T(2026, 11, 9), "Monday")
    wd(T(2026, 11, 16), "Monday")
    link = f"https://app.modernloop.io/candidate/availability/{H('b204-21l', 24)}"
    f = {}
    f["01-modernloop-share-availability.eml"], _ = vendor_mail(
        sender=sender, reply_to=esme, sent=s1.astimezone(UTC), msgid=f"{H('b204-21-m1', 22)}@modernloop.io",
        brand="Gannet Maps", html_cte="base64",
        subject="Gannet Maps: please share your availability for your virtual onsite",
        text=f"""Hi Freya,

Congratulations on moving forward to the virtual onsite for the Senior Backend Engineer (Routing Engine) role at Gannet Maps!

The onsite is four 45-minute interviews - coding, system design, a deep dive into a past project, and a conversation with the hiring manager - which we'll schedule on a single day.

Please share your availability for the weeks of 9 and 16 November using the link below. Give us as many windows as you can, ideally at least three half-days.

Share availability: {link}

Once we have it, we'll send calendar invitations for each interview.

Thanks!
Esme Tran, Recruiting Coordinator""",
        footer="Sent with ModernLoop on behalf of Gannet Maps.")
    f["02-modernloop-availability-reminder.eml"], _ = vendor_mail(
        sender=sender, reply_to=esme, sent=s2.astimezone(UTC), msgid=f"{H('b204-21-m2', 22)}@modernloop.io",
        brand="Gannet Maps", html_cte="base64",
        subject="Reminder: share your availability for your Gannet Maps virtual onsite",
        text=f"""Hi Freya,

Just a friendly reminder - we still need your availability to book your virtual onsite interviews for the Senior Backend Engineer (Routing Engine) role.

Share availability: {link}

Thanks!
Esme""",
        footer="Sent with ModernLoop on behalf of Gannet Maps.")
    case(cid, f, [], "medium", "negative/availability-request",
         """ModernLoop availability request and reminder for a virtual onsite that is not booked yet:
         no time, no invite.""")


def c22():
    cid = "b204-22-rejection-after-interview"
    iris = ("Iris Pennington", "iris.pennington@marlowecompute.example")
    sent = T(2026, 11, 17, 16, 45, 0)
    wd(sent, "Tuesday")
    past = T(2026, 11, 12, weekday="Thursday")
    f = {}
    f["01-greenhouse-update-on-application.eml"], _ = vendor_mail(
        sender=("Marlowe Compute", "no-reply@us.greenhouse-mail.io"), reply_to=iris, sent=sent,
        msgid=f"{H('b204-22-m1', 24)}.{digits('b204-22-m1', 7)}@us.greenhouse-mail.io", brand="Marlowe Compute",
        boundary_style="javamail",
        subject="Update on your application - Senior Backend Engineer, Storage",
        text=f"""Hi Freya,

Thank you for taking the time to interview with us on {past:%A} {past.day} November for the Senior Backend Engineer, Storage role, and for the thought you put into the system design session.

After careful consideration, we've decided not to move forward with your application at this time. This was a difficult decision - the team enjoyed meeting you, and we'd be glad to hear from you again in the future.

If you'd like feedback, just reply to this email.

Best wishes,
Iris Pennington
Talent Partner, Marlowe Compute""",
        footer="Sent via Greenhouse.")
    case(cid, f, [], "easy", "negative/rejection",
         """Greenhouse rejection that mentions a past interview date. Rejections are not interviews.""")


# ============================================================================================

ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
       c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    del CASES[:]
    for fn in ALL:
        fn()
    ids = [c[0] for c in CASES]
    assert len(set(ids)) == len(ids)
    for i, (cid, files, label) in enumerate(CASES, 1):
        assert re.fullmatch(rf"b204-{i:02d}-[a-z0-9-]+", cid), cid
        for name in files:
            assert re.fullmatch(r"\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)", name), name
        assert label["interview"] == bool(label["interviews"])
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b204-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, files, _ in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for name in sorted(files):
            with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as fh:
                fh.write(files[name])
    labels = {cid: label for cid, _, label in CASES}
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as fh:
        fh.write("# blind204 labels - generated by make_cases.py (do not edit by hand)\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    n_int = sum(len(l["interviews"]) for _, _, l in CASES)
    n_pos = sum(1 for _, _, l in CASES if l["interview"])
    n_can = sum(1 for _, _, l in CASES for x in l["interviews"] if x["status"] == "cancelled")
    print(f"{len(CASES)} cases: {n_pos} positive, {len(CASES) - n_pos} negative; "
          f"{n_int} interviews ({n_int - n_can} scheduled, {n_can} cancelled)")


if __name__ == "__main__":
    main()
