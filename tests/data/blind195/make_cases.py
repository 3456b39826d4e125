#!/usr/bin/env python3
"""Regenerate the blind195 evaluation cases and labels.yaml (deterministic).

Theme: a Manila-based customer-support team lead (Asia/Manila, UTC+8, no DST) applying to remote
roles with US and Australian companies.  Every offset is computed with zoneinfo; every weekday
named in text is asserted.  Standard library + PyYAML only.

    python make_cases.py        # rewrites every b195-* folder and labels.yaml next to this file
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
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b195"

USER = "kristine.manalastas@example.com"
USER_NAME = "Kristine Joy Manalastas"

UTC = timezone.utc
MNL = ZoneInfo("Asia/Manila")
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
SYD = ZoneInfo("Australia/Sydney")

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --------------------------------------------------------------------------- time helpers
def at(zone, y, mo, d, h=0, mi=0, s=0, wd=None):
    """Aware datetime; wd asserts the weekday we name in text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=zone)
    if wd is not None:
        assert WEEKDAYS[x.weekday()] == wd, (x, wd)
    # reject non-existent / ambiguous wall times
    assert x.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == x.replace(tzinfo=None), x
    return x


def wd(x):
    return WEEKDAYS[x.weekday()]


def mon(x):
    return MONTHS[x.month - 1]


def t12(x, lower=False, zero_pad=False, space=True):
    """8:00 PM / 8:00pm / 08:00pm"""
    h = x.hour % 12 or 12
    hs = f"{h:02d}" if zero_pad else str(h)
    ap = "AM" if x.hour < 12 else "PM"
    s = f"{hs}:{x.minute:02d}" + (" " if space else "") + ap
    return s.lower().replace(" ", "") if lower else s


def gt(x):
    """Google Calendar style: 7pm, 7:45pm"""
    h = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return f"{h}{ap}" if x.minute == 0 else f"{h}:{x.minute:02d}{ap}"


def long_date(x):
    return f"{wd(x)}, {mon(x)} {x.day}, {x.year}"


def au_date(x):
    return f"{wd(x)}, {x.day} {mon(x)} {x.year}"


def utc_stamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


def iso(x):
    return x.isoformat() if x is not None else None


# --------------------------------------------------------------------------- id helpers
def H(*parts, n=16):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def alnum(*parts, n=40):
    raw = hashlib.sha512("|".join(str(p) for p in parts).encode()).digest()
    s = re.sub(r"[^A-Za-z0-9]", "", base64.b64encode(raw + raw[::-1]).decode())
    return s[:n]


def uuidish(*parts):
    h = H(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def gmail_mid(*parts):
    return f"<CA{alnum('gm', *parts, n=3)}+{alnum('gm2', *parts, n=44)}@mail.gmail.com>"


def outlook_mid(host, *parts):
    """host like SY4P282MB3143.AUSP282.PROD.OUTLOOK.COM"""
    short = host.split(".")[0]
    return f"<{short}{H('ol', *parts, n=24).upper()}@{host}>"


def gcal_mid(*parts):
    return f"<calendar-{uuidish('gcal', *parts)}@google.com>"


def thread_index(*parts):
    return base64.b64encode(hashlib.sha256("|".join(parts).encode()).digest()[:22]).decode()


def boundary_gmail(*parts):
    return "0000000000" + H("bd", *parts, n=16)


def boundary_outlook(*parts):
    return f"_000_{H('bo', *parts, n=26).upper()}prodoutlookcom_"


def boundary_apple(*parts):
    h = H("ba", *parts, n=32).upper()
    return f"Apple-Mail-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# --------------------------------------------------------------------------- MIME helpers
def qp(text):
    if not text.endswith("\n"):
        text += "\n"
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def hdr(s):
    """Header value; RFC 2047 encode when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode(linesep="\n")


def addr(name, email):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def addrs(pairs):
    return ", ".join(addr(n, e) for n, e in pairs)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return "".join(f"{k}: {v}\n" for k, v in self.headers) + "\n" + self.body


def leaf(ctype, content, cte, disp=None, extra=()):
    if cte == "quoted-printable":
        body = qp(content)
    elif cte == "base64":
        body = b64(content)
    else:
        body = content if content.endswith("\n") else content + "\n"
    headers = [("Content-Type", ctype)]
    if cte:
        headers.append(("Content-Transfer-Encoding", cte))
    if disp:
        headers.append(("Content-Disposition", disp))
    headers.extend(extra)
    return Part(headers, body)


def plain(text, cte="auto", charset='"UTF-8"'):
    if cte == "auto":
        try:
            text.encode("ascii")
            long_line = any(len(l) > 76 for l in text.split("\n"))
            cte = "quoted-printable" if long_line else None
        except UnicodeEncodeError:
            cte = "quoted-printable"
    return leaf(f"text/plain; charset={charset}", text, cte)


def htmlpart(markup, cte="quoted-printable", charset='"UTF-8"'):
    return leaf(f"text/html; charset={charset}", markup, cte)


def multi(sub, boundary, parts, fold=False):
    body = "".join(f"--{boundary}\n{p.render()}\n" for p in parts) + f"--{boundary}--\n"
    sep = ";\n\t" if fold else "; "
    return Part([("Content-Type", f'multipart/{sub}{sep}boundary="{boundary}"')], body)


URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def linkify(escaped):
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def text_to_html(text):
    """Gmail-like HTML for a plain body; '>' blocks become nested blockquotes."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                l = lines[i][1:]
                block.append(l[1:] if l.startswith(" ") else l)
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + text_to_html("\n".join(block)) + "</blockquote>")
        else:
            l = lines[i]
            out.append(f"<div>{linkify(html.escape(l, quote=False))}</div>" if l else "<div><br></div>")
            i += 1
    return "\n".join(out)


def quote_block(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


# --------------------------------------------------------------------------- transport
def eml(date, headers, root, host, ip, envelope):
    """Full message as delivered to the owner's (Google-hosted) mailbox."""
    rcv = date + timedelta(seconds=1 + int(H(date.isoformat(), envelope, n=2), 16) % 4)
    pt = rcv.astimezone(LA)
    ru = rcv.astimezone(UTC)
    abbr = pt.strftime("%Z")
    k = H(date.isoformat(), envelope, n=24)
    top = [
        ("Delivered-To", USER),
        ("Received", f"by 2002:a05:7300:{k[:4]}:b0:{k[4:7]}:{k[7:11]} with SMTP id "
                     f"{k[11:13]}csp{int(k[13:19], 16) % 9000000 + 1000000};\n"
                     f"        {format_datetime(pt)} ({abbr})"),
        ("Received", f"from {host} ({host}. [{ip}])\n"
                     f"        by mx.google.com with ESMTPS id {alnum('mx', k, n=12).lower()}."
                     f"{int(k[19:24], 16) % 1000}.2026.{ru.month:02d}.{ru.day:02d}.{ru.hour:02d}.{ru.minute:02d}.{ru.second:02d}\n"
                     f"        for <{USER}>\n"
                     f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
                     f"        {format_datetime(pt)} ({abbr})"),
        ("Return-Path", f"<{envelope}>"),
    ]
    return "".join(f"{k_}: {v}\n" for k_, v in top + headers) + root.render()


GMAIL_HOST = ("mail-sor-f41.google.com", "209.85.220.41")


def human_gmail(*, frm, to, subject, date, text, cc=None, quote=None, in_reply_to=None, references=None,
                key, host=GMAIL_HOST):
    """A message written in Gmail (web).  quote = (attribution, quoted_plain)."""
    body_plain = text.rstrip("\n") + "\n"
    body_html = '<div dir="ltr">' + text_to_html(text.rstrip("\n")) + "</div>"
    if quote:
        attribution, quoted = quote
        body_plain += "\n" + attribution + "\n" + quote_block(quoted) + "\n"
        body_html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + html.escape(attribution, quote=False) + '<br></div>'
                      + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      + text_to_html(quoted.rstrip("\n")) + "</blockquote></div>")
    body_html += "\n"
    mid = gmail_mid(key)
    headers = [("MIME-Version", "1.0"), ("Date", format_datetime(date))]
    if references:
        headers.append(("References", " ".join(references)))
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    headers += [("Message-ID", mid), ("Subject", hdr(subject)), ("From", addr(*frm)),
                ("To", addrs(to))]
    if cc:
        headers.append(("Cc", addrs(cc)))
    root = multi("alternative", boundary_gmail(key), [plain(body_plain), htmlpart(body_html)])
    return mid, eml(date, headers, root, host[0], host[1], frm[1])


def outlook_html(text, lang="EN-US"):
    paras = []
    for line in text.rstrip("\n").split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append(f'<p class="MsoNormal">{linkify(html.escape(line, quote=False))}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            '--></style>\n</head>\n'
            f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def human_outlook(*, frm, to, subject, date, text, cc=None, key, server, lang="en-US",
                  in_reply_to=None, references=None, host=None, topic=None):
    """A message written in Outlook (Microsoft 365)."""
    mid = outlook_mid(server, key)
    headers = [("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        headers.append(("CC", addrs(cc)))
    headers += [("Subject", hdr(subject)), ("Thread-Topic", hdr(topic or re.sub(r"^(RE|Re|FW|Fwd): ", "", subject))),
                ("Thread-Index", thread_index(key)), ("Date", format_datetime(date.astimezone(UTC)).replace("-0000", "+0000")),
                ("Message-ID", mid)]
    if references:
        headers.append(("References", " ".join(references)))
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    headers += [("Accept-Language", f"{lang}, fil-PH" if lang == "en-PH" else lang), ("Content-Language", lang),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""),
                ("MIME-Version", "1.0")]
    root = multi("alternative", boundary_outlook(key),
                 [plain(text, cte="quoted-printable", charset='"utf-8"'),
                  htmlpart(outlook_html(text, lang.upper()), charset='"utf-8"')], fold=True)
    h = host or "APC01-SG2-obe.outbound.protection.outlook.com"
    ip = f"40.107.{int(H(key, 'ip1', n=2), 16) % 250}.{int(H(key, 'ip2', n=2), 16) % 250}"
    return mid, eml(date, headers, root, h, ip, frm[1])


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out = []
    limit = 75
    while b:
        cut = min(limit, len(b))
        while cut < len(b) and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b[cut:]
        limit = 74
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def ical_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


WIN_TZ = {
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Singapore Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Singapore Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
        "END:STANDARD", "END:VTIMEZONE"],
}
WIN_ZONE = {"AUS Eastern Standard Time": SYD, "Eastern Standard Time": NY, "Singapore Standard Time": MNL}

OLSON_VTZ = {
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Asia/Manila": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Manila", "X-LIC-LOCATION:Asia/Manila",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:PST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}

GOOGLE_TAIL = (
    "\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, "
    "be added to the guest list, invite others regardless of their own invitation status, or modify "
    "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")

MEET_MARK = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def google_invite(*, key, organizer, guests, title, start, end, zone_label, abbr, description, meet,
                  date, uid, created, seq=0, kind="new", rrule=None, tzid=None, when_text=None,
                  subj_when=None, changed=None, extra_ics=()):
    """Google Calendar invitation e-mail (multipart/mixed, text/calendar + invite.ics).

    guests: [(name, email, partstat)], organizer first.  kind: new | updated | canceled.
    """
    method = "CANCEL" if kind == "canceled" else "REQUEST"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "canceled": "Canceled event"}[kind]
    if when_text is None:
        when_text = f"{wd(start)} {mon(start)[:3]} {start.day}, {start.year} \u22c5 {gt(start)} \u2013 {gt(end)}"
    if subj_when is None:
        subj_when = f"{wd(start)[:3]} {mon(start)[:3]} {start.day}, {start.year} {gt(start)} - {gt(end)}"
    subject = f"{prefix}: {title} @ {subj_when} ({abbr}) ({USER})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {USER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    meet_code = meet.rsplit("/", 1)[1] if meet else ""
    pin = str(int(H(key, "pin", n=8), 16))[:9]
    lines = []
    if kind == "updated":
        lines += ["This event has been updated", f"Changed: {changed or 'time'}", ""]
    if kind == "canceled":
        lines += ["This event has been canceled.", ""]
    lines += [title, when_text, zone_label, ""]
    if kind != "canceled" and meet:
        lines += ["Join with Google Meet", meet, "", "Join by phone", f"(US) +1 945-{pin[:3]}-{pin[3:7]}",
                  f"PIN: {pin}", "", "More phone numbers", f"https://tel.meet/{meet_code}?pin={pin}1234", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for i, (n, e, _) in enumerate(guests):
        lines += [f"{n} - organizer" if i == 0 else n, e]
    lines += [f"View all guest info {view}", ""]
    if description:
        lines += [description.rstrip("\n"), ""]
    if kind != "canceled":
        lines += [f"Reply for {USER} and view more details {view}"]
    text = "\n".join(lines) + GOOGLE_TAIL

    # html: same content, Google-ish markup
    hp = []
    for chunk in text.split("\n\n"):
        hp.append("<p>" + "<br>".join(linkify(html.escape(l, quote=False)) for l in chunk.split("\n")) + "</p>")
    markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
              '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n' + "\n".join(hp) + "\n</div></body></html>\n")

    desc_ics = (description or "").rstrip("\n")
    if kind != "canceled" and meet:
        desc_ics += ("\n\n" + MEET_MARK + "\nJoin with Google Meet: " + meet +
                     f"\nOr dial: (US) +1 945-{pin[:3]}-{pin[3:7]} PIN: {pin}#\n"
                     f"More phone numbers: https://tel.meet/{meet_code}?pin={pin}1234\n\n"
                     "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                     "Please do not edit this section.\n" + MEET_MARK)
    stamp = utc_stamp(date)
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        cal += OLSON_VTZ[tzid]
    cal += ["BEGIN:VEVENT"]
    if tzid:
        cal += [f"DTSTART;TZID={tzid}:{local_stamp(start)}", f"DTEND;TZID={tzid}:{local_stamp(end)}"]
    else:
        cal += [f"DTSTART:{utc_stamp(start)}", f"DTEND:{utc_stamp(end)}"]
    if rrule:
        cal.append(f"RRULE:{rrule}")
    cal += [f"DTSTAMP:{stamp}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, ps in guests:
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{e}")
    if kind != "canceled" and meet:
        cal.append(f"X-GOOGLE-CONFERENCE:{meet}")
    cal += [f"CREATED:{utc_stamp(created)}", f"DESCRIPTION:{ical_text(desc_ics)}", f"LAST-MODIFIED:{stamp}",
            "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if kind == 'canceled' else 'CONFIRMED'}",
            f"SUMMARY:{ical_text(title)}", "TRANSP:OPAQUE"]
    cal += list(extra_ics)
    if kind != "canceled":
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    calendar = ics(cal)

    b1, b2 = boundary_gmail(key, "mixed"), boundary_gmail(key, "alt")
    alt = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        htmlpart(markup),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', calendar, "base64"),
    ])
    att = leaf('application/ics; name="invite.ics"', calendar, "base64",
               disp='attachment; filename="invite.ics"')
    root = multi("mixed", b1, [alt, att])
    mid = gcal_mid(key)
    headers = [("Reply-To", addr(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", mid), ("Date", format_datetime(date.astimezone(UTC)).replace("-0000", "+0000")),
               ("Subject", hdr(subject)), ("From", addr(*organizer)), ("To", USER), ("MIME-Version", "1.0")]
    rp = f"{alnum('rp', key, n=22)}@calendar-server.bounces.google.com"
    return mid, eml(date, headers, root, "mail-sor-f73.google.com", "209.85.220.73", rp)


TEAMS_LINE = "_" * 80


def teams_block(key, lang="en-US"):
    mid = " ".join([str(int(H(key, 'mid', n=12), 16))[:3], str(int(H(key, 'mid2', n=12), 16))[:3],
                    str(int(H(key, 'mid3', n=12), 16))[:3], str(int(H(key, 'mid4', n=12), 16))[:3]])
    pc = alnum("pc", key, n=6)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum('tm', key, n=48)}%40thread.v2/0"
           f"?context=%7b%22Tid%22%3a%22{uuidish('tid', key)}%22%2c%22Oid%22%3a%22{uuidish('oid', key)}%22%7d")
    txt = (f"{TEAMS_LINE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
           "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
           "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
           "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
           f"{TEAMS_LINE}\n")
    return txt, url


def outlook_uid(*parts):
    h = H("uid", *parts, n=48).upper()
    return f"040000008200E00074C5B7101A82E00800000000{h[:16]}01000000000000000100000{h[16:48]}"


def outlook_ics(*, key, organizer, attendees, summary, start, end, win_tz, description, date, seq=0,
                method="REQUEST", location="Microsoft Teams Meeting", teams_url=None, lang="en-US",
                busy="TENTATIVE"):
    """attendees: [(name, email, ROLE)] with ROLE in REQ-PARTICIPANT / OPT-PARTICIPANT."""
    assert WIN_ZONE[win_tz] == start.tzinfo
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
           "BEGIN:VTIMEZONE"] + WIN_TZ[win_tz][1:]
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e, role in attendees:
        cal.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    cal += [f"DESCRIPTION;LANGUAGE={lang}:{ical_text(description)}",
            f"UID:{outlook_uid(key)}",
            f"SUMMARY;LANGUAGE={lang}:{ical_text(summary)}",
            f"DTSTART;TZID={win_tz}:{local_stamp(start)}",
            f"DTEND;TZID={win_tz}:{local_stamp(end)}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utc_stamp(date)}", "TRANSP:OPAQUE",
            "STATUS:CONFIRMED", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{ical_text(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(H(key, 'own', n=7), 16))}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        cal.append(f"X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:")
        cal.append(f"X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{organizer[1]}\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_{alnum('tm', key, n=48)}-thread.v2")
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
            "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(cal)


def outlook_invite(*, key, organizer, attendees, summary, start, end, win_tz, body, date, server,
                   seq=0, location="Microsoft Teams Meeting", teams=True, lang="en-US", to=None, host=None):
    """Exchange/Outlook meeting request e-mail (multipart/alternative incl. text/calendar)."""
    desc = body.rstrip("\n") + "\n"
    url = None
    if teams:
        block, url = teams_block(key, lang)
        desc += "\n" + block
    calendar = outlook_ics(key=key, organizer=organizer, attendees=attendees, summary=summary, start=start,
                           end=end, win_tz=win_tz, description=desc, date=date, seq=seq, location=location,
                           teams_url=url, lang=lang)
    mid = outlook_mid(server, key)
    to_pairs = to or [(n, e) for n, e, r in attendees if r == "REQ-PARTICIPANT"]
    cc_pairs = [(n, e) for n, e, r in attendees if r == "OPT-PARTICIPANT"]
    headers = [("From", addr(*organizer)), ("To", addrs(to_pairs))]
    if cc_pairs:
        headers.append(("CC", addrs(cc_pairs)))
    headers += [("Subject", hdr(summary)), ("Thread-Topic", hdr(summary)), ("Thread-Index", thread_index(key)),
                ("Date", format_datetime(date.astimezone(UTC)).replace("-0000", "+0000")), ("Message-ID", mid),
                ("Accept-Language", lang), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
                ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + alnum("ser", key, n=20)),
                ("x-ms-publictraffictype", "Email"), ("MIME-Version", "1.0")]
    root = multi("alternative", boundary_outlook(key), [
        plain(desc, cte="quoted-printable"),
        htmlpart(outlook_html(desc, lang.upper())),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', calendar, "base64"),
    ], fold=True)
    region = server.split(".")[1]
    ip = f"40.107.{int(H(key, 'ip1', n=2), 16) % 250}.{int(H(key, 'ip2', n=2), 16) % 250}"
    return mid, eml(date, headers, root, host or f"{region}-obe.outbound.protection.outlook.com", ip, organizer[1])


# --------------------------------------------------------------------------- label helpers
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes, source="synthetic"):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": source}


CASES = []


def case(num, slug):
    """Decorator: register a case builder returning (files: {name: str}, label)."""
    def deco(fn):
        CASES.append((f"{PREFIX}-{num:02d}-{slug}", num, fn))
        return fn
    return deco


def simple_html(text, brand=None, color="#006BFF"):
    """Transactional-mail HTML for a vendor notification."""
    paras = []
    for chunk in text.rstrip("\n").split("\n\n"):
        paras.append('<p style="margin:0 0 14px 0;line-height:1.5">'
                     + "<br>".join(linkify(html.escape(l, quote=False)) for l in chunk.split("\n")) + "</p>")
    head = (f'<tr><td style="padding:18px 24px;background:{color};color:#ffffff;font-size:18px;font-weight:bold">'
            f"{html.escape(brand)}</td></tr>" if brand else "")
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background:#f4f5f7">\n<table role="presentation" width="100%" '
            'cellpadding="0" cellspacing="0" style="max-width:600px;margin:0 auto;background:#ffffff;'
            'font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">\n' + head +
            '<tr><td style="padding:24px">\n' + "\n".join(paras) + "\n</td></tr>\n</table>\n</body></html>\n")


def vendor(*, key, frm, subject, date, text, mid, host, ip, envelope, to=None, reply_to=None, markup=None,
           brand=None, attachments=(), extra=(), date_utc=True):
    """A notification e-mail from a platform/vendor: multipart/alternative (+ attachments -> mixed)."""
    markup = markup or simple_html(text, brand)
    alt = multi("alternative", "b1_" + H("va", key, n=40), [plain(text, cte="quoted-printable", charset="utf-8"),
                                                             htmlpart(markup, charset="utf-8")])
    root = alt
    if attachments:
        root = multi("mixed", "b2_" + H("vm", key, n=40), [alt] + list(attachments))
    d = date.astimezone(UTC) if date_utc else date
    headers = [("Date", format_datetime(d).replace("-0000", "+0000")), ("From", frm), ("To", to or addr(USER_NAME, USER))]
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers += [("Message-ID", mid), ("Subject", hdr(subject)), ("MIME-Version", "1.0")] + list(extra)
    return eml(date, headers, root, host, ip, envelope)


def ics_attachment(calendar, name="invite.ics", method="REQUEST"):
    return leaf(f'text/calendar; charset=UTF-8; method={method}; name="{name}"', calendar, "base64",
                disp=f'attachment; filename="{name}"')


SES = ("a8-30.smtp-out.amazonses.com", "54.240.8.30")
SENDGRID = ("o1.ptr4471.calendly.com", "149.72.135.11")


def ses_mid(*parts):
    h = H("ses", *parts, n=48)
    return f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-{h[29:41]}-000000@email.amazonses.com>"


# =========================================================================== cases
@case(1, "onlinejobs-message-zoom-est-evening")
def c01():
    sent = at(MNL, 2026, 2, 16, 21, 14, 7, wd="Monday")
    start = at(NY, 2026, 2, 17, 20, 0, wd="Tuesday")
    end = start + timedelta(minutes=45)
    mnl = start.astimezone(MNL)
    assert (wd(mnl), mnl.day, mnl.hour) == ("Wednesday", 18, 9)
    assert sent.astimezone(NY).day == 16  # "tomorrow" for Dana (Mon in Charlotte) = Tue 17
    dana = "dana@brightpath-billing.example"
    thread = "https://www.onlinejobs.ph/jobseekers/messages/thread/" + H("ojt", n=10)
    text = f"""Hi Kristine Joy,

You have a new message from an employer on OnlineJobs.ph.

From: Dana Whitfield
Business: Brightpath Dental Billing
Job post: Customer Support Team Lead (US Dental Offices) - Full Time

----------------------------------------------------------------------
Hi Kristine! Thanks for the quick reply and for the Loom video, I really liked how you explained the QA process you built for your current team.

I'd love to do a Zoom interview with you. How about tomorrow, Tuesday Feb 17 at 8:00 PM Eastern (EST)? If my math is right that's {wd(mnl)} Feb {mnl.day}, 9:00 AM for you in Manila. Plan for about 45 minutes. It'll be me, and my office manager might listen in for the last few minutes.

Zoom: https://us06web.zoom.us/j/83125509172?pwd={alnum('zp1', n=32)}
Meeting ID: 831 2550 9172
Passcode: bright26

If that time doesn't work, just message me here or email me directly at {dana}.

Dana
----------------------------------------------------------------------

Reply to Dana: {thread}

Stay safe: OnlineJobs.ph will never ask you to pay for a job, training or equipment. Report suspicious employers: https://www.onlinejobs.ph/report

You are receiving this because message notifications are turned on.
Manage notifications: https://www.onlinejobs.ph/jobseekers/settings
OnlineJobs.ph
"""
    mail = vendor(key="c01", frm="OnlineJobs.ph <no-reply@onlinejobs.ph>",
                  subject="New message from Dana Whitfield (Brightpath Dental Billing)", date=sent, text=text,
                  mid=ses_mid("c01"), host=SES[0], ip=SES[1], envelope="0100019c-bounces@amazonses.onlinejobs.ph",
                  brand="OnlineJobs.ph", date_utc=False)
    lab = label([iv("Brightpath Dental Billing", "Customer Support Team Lead (US Dental Offices)", start, end,
                    "scheduled", [dana], [dana], "hiring_manager")],
                "medium", "positive/platform-message-body-only",
                "OnlineJobs.ph message notification (no-reply sender) quoting the employer; time given as 8:00 PM EST "
                "Tue = 9:00 AM Wed Manila (crosses midnight). Employer's own address is in the text, so she is "
                "interviewer and follow-up recipient; the office manager has no address.")
    return {"01-onlinejobs-new-message-dana.eml": mail}, lab


@case(2, "calendly-pacific-after-us-dst")
def c02():
    sent = at(UTC, 2026, 3, 5, 2, 18, 44)
    start = at(LA, 2026, 3, 12, 16, 30, wd="Thursday")
    end = start + timedelta(minutes=30)
    mnl = start.astimezone(MNL)
    assert (wd(mnl), mnl.hour, mnl.minute) == ("Friday", 7, 30)
    assert start.utcoffset() == timedelta(hours=-7) and sent.astimezone(LA).utcoffset() == timedelta(hours=-8)
    megan = "megan.sato@halcyonledger.example"
    ev = "First Interview \u2013 Support Team Lead (APAC Hours)"
    inv = uuidish("c02", "invitee")
    zoom = f"https://halcyonledger.zoom.us/j/91837460215?pwd={alnum('zp2', n=32)}"
    text = f"""Hi Kristine Joy Manalastas,

Your {ev} with Megan Sato at {t12(start, lower=True)} - {t12(end, lower=True)} (Pacific Time - US & Canada) on {long_date(start)} is scheduled.

Event Name:
{ev}

Event Date/Time:
{t12(start, lower=True, zero_pad=True)} - {t12(end, lower=True, zero_pad=True)} (Pacific Time - US & Canada) on {long_date(start)}

Location:
This is a Zoom web conference.
Join from PC, Mac, Linux, iOS or Android: {zoom}
Meeting ID: 918 3746 0215
Password: 402615

Invitee Time Zone:
Pacific Time - US & Canada

Questions:

Please share a link to your LinkedIn profile
https://www.linkedin.com/in/kristine-manalastas-cx

Our APAC shift is 4pm-1am Pacific. Are you able to cover it?
Yes - I'm based in Manila so this is my daytime.

Message from Megan:
Hi! This is a 30-minute first conversation with me (Megan, Talent Partner at Halcyon Ledger) about your experience leading support teams and the APAC-hours role. Please double-check the time zone above - US clocks change on March 8.

View event in Calendly:
https://calendly.com/events/{uuidish('c02', 'event')}/invitee/{inv}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{inv}
Reschedule: https://calendly.com/reschedulings/{inv}

Powered by Calendly.com
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{inv}@calendly.com", f"DTSTAMP:{utc_stamp(sent)}",
               f"DTSTART:{utc_stamp(start)}", f"DTEND:{utc_stamp(end)}", f"SUMMARY:{ical_text(ev + ' (Megan Sato and Kristine Joy Manalastas)')}",
               f"DESCRIPTION:{ical_text('Event Name: ' + ev + chr(10) + 'Location: ' + zoom + chr(10) + chr(10) + 'Need to make changes to this event?' + chr(10) + 'Cancel: https://calendly.com/cancellations/' + inv)}",
               f"LOCATION:{ical_text(zoom)}", f"ORGANIZER;CN=Megan Sato:mailto:{megan}",
               f"ATTENDEE;CN=Kristine Joy Manalastas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    mail = vendor(key="c02", frm=addr("Megan Sato", "notifications@calendly.com"),
                  reply_to=addr("Megan Sato", megan),
                  subject=f"Confirmed: {ev} with Megan Sato on {long_date(start)}", date=sent, text=text,
                  mid=f"<{alnum('sg', 'c02', n=22)}@geopod-ismtpd-12.calendly.com>", host=SENDGRID[0], ip=SENDGRID[1],
                  envelope=f"bounces+38102-{H('c02', n=4)}-{USER.replace('@', '=')}@em.calendly.com",
                  brand="Calendly", attachments=[ics_attachment(cal)])
    lab = label([iv("Halcyon Ledger", "Support Team Lead (APAC Hours)", start, end, "scheduled", [megan], [megan],
                    "phone_screen")],
                "medium", "positive/calendly",
                "Calendly invitee confirmation shown in Pacific Time; booked before and held after the Mar 8 US DST "
                "change (4:30pm PDT = 7:30 AM Fri Manila, not 8:30). Host is the talent partner who runs the call; "
                "her address is in Reply-To and ORGANIZER (notifications@calendly.com is not a recipient).")
    return {"01-calendly-confirmed-first-interview.eml": mail}, lab


@case(3, "bpo-taglish-initial-interview-meet")
def c03():
    ang = ("Ma. Angelica Reyes", "angelica.reyes@kalinawcx.example")
    start = at(MNL, 2026, 3, 5, 14, 0, wd="Thursday")
    end = start + timedelta(hours=1)
    d1 = at(MNL, 2026, 3, 2, 10, 23, 51, wd="Monday")
    dk = at(MNL, 2026, 3, 2, 11, 5, 2)
    d2 = at(UTC, 2026, 3, 2, 6, 41, 9)
    d3 = at(MNL, 2026, 3, 4, 16, 2, 33, wd="Wednesday")
    role = "Team Leader \u2013 Customer Support (AU Telco Account)"
    sig = f"""Regards,

{ang[0]}
Senior Talent Acquisition Specialist
Kalinaw Contact Solutions Inc.
12F Dalton Corporate Center, Ortigas Center, Pasig City
Mobile: +63 917 555 0143 | {ang[1]}"""
    subj = f"Invitation for Initial Interview \u2013 {role}"
    t1 = f"""Hi Ms. Kristine,

Good day po!

This is Angelica from Kalinaw Contact Solutions \u2013 Talent Acquisition. Nareceive na po namin yung application niyo for the {role} position and we would like to invite you for an initial interview.

Schedule: {long_date(start)}
Time: 2:00 PM \u2013 3:00 PM (Manila time)
Platform: Google Meet (I'll send the calendar invite once confirmed)
Interviewer: Ako po mismo (Angelica Reyes, Senior TA Specialist)

Kindly prepare po your updated resume and a quiet place with stable internet. Pa-reply na lang po ng "CONFIRMED" para ma-lock ko na yung slot niyo.

Thank you po and God bless!

{sig}
"""
    m1, e1 = human_gmail(frm=ang, to=[(USER_NAME, USER)], subject=subj, date=d1, text=t1, key="c03-1")
    tk = "CONFIRMED po. Thank you, Ms. Angelica! See you on Thursday.\n\nKristine"
    mk = gmail_mid("c03-k")
    inv_title = "Initial Interview: Kristine Joy Manalastas \u2013 TL Customer Support (AU Telco)"
    meet = "https://meet.google.com/kcx-trwn-pqa"
    m2, e2 = google_invite(key="c03-2", organizer=ang, guests=[(ang[0], ang[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION")],
                           title=inv_title, start=start, end=end, zone_label="Philippine Standard Time", abbr="GMT+8",
                           description="Hi Ms. Kristine! Thank you for confirming po. Please join 5 minutes early and keep your camera on during the interview.\n\n\u2013 Angelica | Kalinaw TA",
                           meet=meet, date=d2, uid=f"{alnum('c03uid', n=26).lower()}@google.com", created=d2)
    t3 = f"""Hi Ms. Kristine,

Reminder lang po sa initial interview natin bukas (Thursday), 2:00 PM, same Google Meet link sa calendar invite. Kung may emergency po or mawalan ng internet, text niyo lang ako sa 0917 555 0143.

Salamat po!

Angelica"""
    quoted = (f"{tk}\n\nOn {wd(d1)[:3]}, {mon(d1)[:3]} {d1.day}, {d1.year} at {t12(d1)} {ang[0]} <{ang[1]}> wrote:\n"
              + quote_block(t1))
    attr = f"On {wd(dk)[:3]}, {mon(dk)[:3]} {dk.day}, {dk.year} at {t12(dk)} {USER_NAME} <{USER}> wrote:"
    m3, e3 = human_gmail(frm=ang, to=[(USER_NAME, USER)], subject="Re: " + subj, date=d3, text=t3, key="c03-3",
                         quote=(attr, quoted), in_reply_to=mk, references=[m1, mk])
    lab = label([iv("Kalinaw Contact Solutions", role, start, end, "scheduled", [ang[1]], [ang[1]], "phone_screen")],
                "medium", "positive/dedupe",
                "Taglish recruiter e-mail + Google invite (Asia/Manila) + 'bukas' reminder from a BPO recruiter: one "
                "interview. The recruiter conducts the initial interview herself ('Ako po mismo').")
    return {"01-kalinaw-initial-interview-invitation.eml": e1, "02-invitation-initial-interview.eml": e2,
            "03-re-reminder-bukas.eml": e3}, lab


@case(4, "english-typing-assessment-booking")
def c04():
    jer = ("Jerome Villareal", "jerome.villareal@amihanbpo.example")
    d1 = at(MNL, 2026, 3, 10, 15, 20, 12, wd="Tuesday")
    d2 = at(UTC, 2026, 3, 10, 8, 2, 10)
    start = at(MNL, 2026, 3, 14, 10, 0, wd="Saturday")
    end = start + timedelta(hours=1)
    link = "https://book.speakcheck.example/amihan/" + H("c04", n=12)
    t1 = f"""Hi Kristine!

Thank you for your interest sa Amihan Outsourcing for the Team Leader \u2013 Tech Support (US Retail) role.

Before we can schedule your interview, kailangan muna po i-take yung online English assessment (Versant-style: reading, repeats, sentence builds, open questions) at yung typing test (min. 40 WPM with 95% accuracy). Automated po siya \u2013 walang live interviewer, you just need a headset and a webcam.

Please book your slot here: {link}

Once na-pass niyo po, I'll reach out with the schedule ng initial interview.

Thanks po!

Jerome Villareal
Recruitment Associate | Amihan Outsourcing Corp.
{jer[1]}"""
    m1, e1 = human_gmail(frm=jer, to=[(USER_NAME, USER)], subject="Next step: English & Typing Assessment \u2013 Amihan Outsourcing",
                         date=d1, text=t1, key="c04-1")
    ref = "SPK-" + str(int(H("c04ref", n=8), 16))[:7]
    t2 = f"""Hi Kristine Joy,

Your assessment session is booked.

Assessment: English Proficiency (Speaking & Listening) + Typing Test
Requested by: Amihan Outsourcing Corp.
Date: {wd(start)}, {start.day} {mon(start)[:3]} {start.year}
Time: 10:00 AM - 11:00 AM (Asia/Manila)
Booking reference: {ref}

This is a proctored, automated assessment. There is no live interviewer. Please:
- use a laptop or desktop with a working webcam and headset
- log in 10 minutes early at https://take.speakcheck.example/{ref}
- keep your government ID ready for the identity check

Results are sent to the requesting company within 24 hours.

Need to change your slot? Reschedule up to 12 hours before: https://book.speakcheck.example/manage/{ref}

SpeakCheck Assessments
This mailbox is not monitored.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SpeakCheck//Booking 3.2//EN", "METHOD:PUBLISH",
               "BEGIN:VTIMEZONE"] + OLSON_VTZ["Asia/Manila"][1:] + [
               "BEGIN:VEVENT", f"UID:{ref}@speakcheck.example", f"DTSTAMP:{utc_stamp(d2)}",
               f"DTSTART;TZID=Asia/Manila:{local_stamp(start)}", f"DTEND;TZID=Asia/Manila:{local_stamp(end)}",
               "SUMMARY:SpeakCheck English Proficiency & Typing Assessment (Amihan Outsourcing)",
               f"DESCRIPTION:{ical_text('Proctored automated assessment. No live interviewer. Log in: https://take.speakcheck.example/' + ref)}",
               f"LOCATION:https://take.speakcheck.example/{ref}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    e2 = vendor(key="c04-2", frm="SpeakCheck Scheduling <no-reply@speakcheck.example>",
                subject=f"Booking confirmed: English Proficiency + Typing Assessment \u2013 {wd(start)[:3]}, {start.day} {mon(start)[:3]} {start.year}, 10:00 AM",
                date=d2, text=t2, mid=ses_mid("c04-2"), host=SES[0], ip=SES[1],
                envelope="bounce@mail.speakcheck.example", brand="SpeakCheck",
                attachments=[ics_attachment(cal, "speakcheck-assessment.ics", "PUBLISH")])
    lab = label([], "medium", "negative/assessment",
                "Versant-style English + typing assessment booked with a calendar file; explicitly automated with no "
                "live interviewer, and the interview is only promised after passing.")
    return {"01-amihan-next-step-assessment.eml": e1, "02-speakcheck-booking-confirmed.eml": e2}, lab


@case(5, "agency-final-client-interview-sydney-dst-end")
def c05():
    jo = ("Joanna Cruz-Lim", "joanna@bayanihanremote.example")
    liam = ("Liam Ferraro", "liam.ferraro@harbourlinephysio.example")
    chloe = ("Chloe Nguyen", "chloe.nguyen@harbourlinephysio.example")
    d1 = at(MNL, 2026, 3, 31, 11, 47, 12, wd="Tuesday")
    d2 = at(SYD, 2026, 3, 31, 16, 20, 33)
    start = at(SYD, 2026, 4, 7, 11, 0, wd="Tuesday")
    end = start + timedelta(minutes=45)
    mnl = start.astimezone(MNL)
    assert (mnl.hour, mnl.minute) == (9, 0)
    assert d2.utcoffset() == timedelta(hours=11) and start.utcoffset() == timedelta(hours=10)
    role = "Remote Patient Support Team Lead"
    t1 = f"""Hi Kristine!

Congrats \u2014 you made it to the final round! \U0001F389 Our client, Harbourline Physiotherapy (Sydney), would like to do the final interview with you for the {role} role.

Date: {au_date(start)}
Time: 11:00 AM \u2013 11:45 AM Sydney time
Manila time: 9:00 AM \u2013 9:45 AM
Interviewers: Liam Ferraro (Practice Owner) and Chloe Nguyen (Operations Manager)
Platform: MS Teams \u2013 Chloe will send you the invite directly from their Outlook.

Heads up lang: matatapos na ang daylight saving sa Sydney on April 5, so 2 hours na lang ang difference natin sa kanila by next week (hindi na 3 hours like ngayon). Double-check mo yung time sa calendar mo ha.

Tips for the client interview:
- Prepare a 1-minute intro focused on your team lead experience (yung 14-seat team mo sa current account)
- Have 2 examples of how you handled escalations from patients/customers
- Ask them about their booking system and after-hours coverage

I'll join the first 5 minutes to introduce you, then I'll drop off so you can talk with the client directly.

Good luck, kaya mo 'yan!

Joanna Cruz-Lim
Account Manager | Bayanihan Remote Staffing
{jo[1]} | +63 917 555 0188"""
    m1, e1 = human_gmail(frm=jo, to=[(USER_NAME, USER)], subject="Final interview with the client \u2013 Harbourline Physiotherapy (Tue 7 April)",
                         date=d1, text=t1, key="c05-1")
    body = f"""Hi Kristine,

Looking forward to meeting you next week. Liam and I will run the interview; Joanna from Bayanihan will join briefly at the start to introduce you.

Kind regards,
Chloe Nguyen
Operations Manager | Harbourline Physiotherapy
Level 2, 40 Ferrier Street, North Sydney NSW"""
    m2, e2 = outlook_invite(key="c05-2", organizer=chloe,
                            attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (liam[0], liam[1], "REQ-PARTICIPANT"),
                                       (jo[0], jo[1], "OPT-PARTICIPANT")],
                            summary=f"Final Interview \u2013 Kristine Manalastas (Bayanihan) \u2013 {role}",
                            start=start, end=end, win_tz="AUS Eastern Standard Time", body=body, date=d2,
                            server="SY4P282MB3143.AUSP282.PROD.OUTLOOK.COM", lang="en-AU",
                            host="AUS01-SY4-obe.outbound.protection.outlook.com")
    lab = label([iv("Harbourline Physiotherapy", role, start, end, "scheduled", [liam[1], chloe[1]], [liam[1], chloe[1]],
                    "hiring_manager")],
                "hard", "positive/agency-client-final",
                "Agency books the 'final interview with the client'; client's Outlook invite uses the Windows TZID "
                "'AUS Eastern Standard Time'. Sent during AEDT (+11) for a date after Sydney DST ends on Apr 5 "
                "(AEST +10) -> 9:00 Manila. One interview across agency mail + invite. The agency account manager "
                "only introduces (optional attendee), so she is not an interviewer. Company = the client.")
    return {"01-bayanihan-final-interview-client.eml": e1, "02-final-interview-teams-invite.eml": e2}, lab


@case(6, "google-reschedule-across-us-dst")
def c06():
    rach = ("Rachel Odum", "rachel.odum@fernway.example")
    marc = ("Marcus Bell", "marcus.bell@fernway.example")
    d1 = at(UTC, 2026, 2, 27, 15, 32, 10)
    s1 = at(NY, 2026, 3, 4, 19, 0, wd="Wednesday")
    d2 = at(NY, 2026, 3, 3, 9, 5, 44, wd="Tuesday")
    d3 = at(UTC, 2026, 3, 3, 14, 7, 51)
    s2 = at(NY, 2026, 3, 9, 19, 0, wd="Monday")
    assert s1.astimezone(MNL).hour == 8 and wd(s1.astimezone(MNL)) == "Thursday"
    assert s2.astimezone(MNL).hour == 7 and wd(s2.astimezone(MNL)) == "Tuesday"
    dur = timedelta(minutes=45)
    role = "Escalations Team Lead"
    title = f"Fernway Outdoor Co. \u2013 Hiring Manager Interview ({role}) \u2013 Kristine Manalastas"
    uid = f"{alnum('c06uid', n=26).lower()}@google.com"
    desc = ("Hi Kristine \u2013 you'll be meeting Marcus Bell, Director of Customer Care, for 45 minutes. This is the "
            "hiring manager round for the Escalations Team Lead role. (For you in Manila this should be Thursday, 8:00 AM.)\n\n"
            "Rachel Odum\nTalent Partner, Fernway Outdoor Co.")
    guests = [(rach[0], rach[1], "ACCEPTED"), (marc[0], marc[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION")]
    meet = "https://meet.google.com/fwd-hmqz-ueo"
    m1, e1 = google_invite(key="c06-1", organizer=rach, guests=guests, title=title, start=s1, end=s1 + dur,
                           zone_label="Eastern Time - New York", abbr="EST", description=desc, meet=meet, date=d1,
                           uid=uid, created=d1)
    t2 = f"""Hi Kristine,

Marcus has a conflict tomorrow evening (our quarterly ops review got moved into that block), so I'd like to move your interview with him.

Could we do next Monday, March 9, same time \u2014 7:00 PM Eastern? Heads-up that US clocks spring forward on Sunday the 8th, so on your side it becomes Tuesday 7:00 AM Manila instead of 8:00 AM.

I'll send an updated invite right after this; no need to reply unless the new time doesn't work.

Thanks so much for your flexibility!

Rachel

--
Rachel Odum | Talent Partner
Fernway Outdoor Co. \u00b7 Asheville, NC"""
    m2, e2 = human_gmail(frm=rach, to=[(USER_NAME, USER)], cc=[marc], subject="Moving your interview with Marcus (Fernway)",
                         date=d2, text=t2, key="c06-2")
    m3, e3 = google_invite(key="c06-3", organizer=rach, guests=guests, title=title, start=s2, end=s2 + dur,
                           zone_label="Eastern Time - New York", abbr="EDT",
                           description=desc.replace("Thursday, 8:00 AM", "Tuesday, 7:00 AM \u2013 updated after the US time change"),
                           meet=meet, date=d3, uid=uid, created=d1, seq=1, kind="updated", changed="time")
    lab = label([iv("Fernway Outdoor Co.", role, s2, s2 + dur, "scheduled", [marc[1]], [marc[1]], "hiring_manager")],
                "hard", "positive/reschedule",
                "Google invite (SEQUENCE 0, Wed Mar 4 7pm EST) moved by e-mail + Updated invitation (SEQUENCE 1) to "
                "Mon Mar 9 7pm EDT, across the US DST switch (Manila 8:00 -> 7:00). Final time only. Rachel schedules; "
                "Marcus conducts.")
    return {"01-invitation-hm-interview.eml": e1, "02-moving-your-interview.eml": e2,
            "03-updated-invitation.eml": e3}, lab


@case(7, "paid-trial-shift-invite")
def c07():
    cas = ("Cassidy Moore", "cassidy@bluejaypets.example")
    d1 = at(NY, 2026, 3, 12, 18, 44, 2, wd="Thursday")
    d2 = at(UTC, 2026, 3, 12, 22, 50, 31)
    start = at(NY, 2026, 3, 21, 9, 0, wd="Saturday")
    end = start + timedelta(hours=3)
    assert start.astimezone(MNL).hour == 21 and end.astimezone(MNL).hour == 0
    t1 = f"""Hi Kristine,

Thanks again for your application and the sample macros you wrote \u2014 honestly the best we received. Rather than another interview, our next step is a short paid trial so you can see how we work and we can see you in action.

Paid trial details:
- Saturday, March 21, 9:00 AM \u2013 12:00 PM Eastern (that's 9:00 PM to midnight Saturday your time)
- 3 hours of live chat + email coverage: first in our Gorgias sandbox, then real tickets with our senior agent watching the queue
- $12/hr, paid through Upwork as a fixed-price milestone ($36) once you submit your shift notes
- No video call needed \u2014 just log in to Gorgias and Slack with the invites I'll send

I'll add a calendar hold so it's blocked on your calendar. After the trial we'll review your transcripts and let you know next steps within a week.

Cassidy Moore
Head of Customer Happiness, Bluejay Pet Co."""
    m1, e1 = human_gmail(frm=cas, to=[(USER_NAME, USER)], subject="Next step: paid trial shift (Bluejay Pet Co.)",
                         date=d1, text=t1, key="c07-1")
    m2, e2 = google_invite(key="c07-2", organizer=cas, guests=[(cas[0], cas[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION")],
                           title="Paid Trial Shift \u2013 Live Chat (Kristine M.) \u2013 3 hrs", start=start, end=end,
                           zone_label="Eastern Time - New York", abbr="EDT",
                           description="Calendar hold for your paid trial shift. Log in to Gorgias + Slack 10 min early. "
                                       "Paid via Upwork milestone. No call \u2014 I'll be on Slack if you need anything.",
                           meet=None, date=d2, uid=f"{alnum('c07uid', n=26).lower()}@google.com", created=d2)
    lab = label([], "hard", "negative/paid-trial",
                "Paid work-trial shift with a calendar invite and hiring vocabulary; no live conversation (explicitly "
                "'rather than another interview', 'no video call needed').")
    return {"01-next-step-paid-trial.eml": e1, "02-invitation-paid-trial-shift.eml": e2}, lab


@case(8, "withdrawal-cancels-sydney-interview")
def c08():
    so = ("Sophie Tran", "sophie.tran@wattlefinch.example")
    d1 = at(UTC, 2026, 3, 16, 23, 12, 40)
    start = at(SYD, 2026, 3, 26, 10, 0, wd="Thursday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(MNL).hour == 7
    dk = at(SYD, 2026, 3, 22, 20, 15, 0, wd="Sunday")
    d2 = at(SYD, 2026, 3, 23, 9, 31, 2, wd="Monday")
    role = "CX Team Lead"
    m1, e1 = google_invite(key="c08-1", organizer=so, guests=[(so[0], so[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION")],
                           title="Wattle & Finch \u2013 CX Team Lead interview (Kristine Manalastas)", start=start, end=end,
                           zone_label="Eastern Australia Time - Sydney", abbr="GMT+11",
                           description="G'day Kristine, looking forward to our chat about the CX Team Lead role. We'll cover "
                                       "your experience leading remote teams and how you'd run our peak-season roster.\n\nCheers,\nSophie Tran\nHead of Customer Experience, Wattle & Finch",
                           meet="https://meet.google.com/wfh-cxtl-bqe", date=d1,
                           uid=f"{alnum('c08uid', n=26).lower()}@google.com", created=d1)
    mk = gmail_mid("c08-k")
    tk = f"""Hi Sophie,

I hope you had a good weekend. I wanted to let you know that I have accepted an offer from another company, so I would like to withdraw my application for the CX Team Lead role at Wattle & Finch.

I'm sorry for the late notice; I won't be attending our interview on Thursday, 26 March. Thank you so much for your time and for considering me.

Best regards,
Kristine"""
    tr = f"""Hi Kristine,

Thanks for letting me know, and congratulations on the new role \u2014 they're lucky to have you. I've cancelled Thursday's interview on our side, so no need to do anything with the calendar invite.

If things change down the track, please do reach out.

All the best,
Sophie

Sent from my iPhone

> On {dk.day} {mon(dk)[:3]} {dk.year}, at {t12(dk, lower=True)}, {USER_NAME} <{USER}> wrote:
> 
""" + quote_block(tk) + "\n"
    bnd = boundary_apple("c08-2")
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">' + "".join(f"<div dir=\"ltr\">{html.escape(l, quote=False) or '<br>'}</div>"
                                         for l in tr.split("\n> On")[0].rstrip("\n").split("\n"))
           + f'<div dir="ltr"><blockquote type="cite">On {dk.day} {mon(dk)[:3]} {dk.year}, at {t12(dk, lower=True)}, '
             f'{html.escape(USER_NAME)} &lt;{USER}&gt; wrote:<br><br></blockquote></div><blockquote type="cite">'
           + "".join(f"<div dir=\"ltr\">{html.escape(l, quote=False) or '<br>'}</div>" for l in tk.split("\n"))
           + "</blockquote></body></html>\n")
    root = multi("alternative", bnd, [leaf("text/plain; charset=utf-8", tr, "quoted-printable"),
                                      leaf("text/html; charset=utf-8", htm, "quoted-printable")])
    mid2 = f"<{H('c08-2', n=8).upper()}-{H('c08-2b', n=4).upper()}-{H('c08-2c', n=4).upper()}-{H('c08-2d', n=4).upper()}-{H('c08-2e', n=12).upper()}@wattlefinch.example>"
    headers = [("From", addr(*so)), ("Mime-Version", "1.0 (1.0)"), ("Subject", "Re: Withdrawing my application - CX Team Lead"),
               ("Date", format_datetime(d2)), ("References", f"{mk}"), ("Cc", ""), ("In-Reply-To", mk),
               ("To", addr(USER_NAME, USER)), ("Message-Id", mid2), ("X-Mailer", "iPhone Mail (23D60)")]
    headers = [h for h in headers if h[1]]
    e2 = eml(d2, headers, root, "mail-pl1-f170.google.com", "209.85.214.170", so[1])
    lab = label([iv("Wattle & Finch", role, start, end, "cancelled", [so[1]], [so[1]], "hiring_manager")],
                "hard", "positive/cancellation",
                "Google invite (Sydney, AEDT +11 -> 7:00 AM Manila) followed only by the recruiter's iPhone reply to "
                "the candidate's withdrawal (quoted). No METHOD:CANCEL ever arrives: candidate withdrawal = cancelled, "
                "kept at its scheduled time.")
    return {"01-invitation-cx-team-lead.eml": e1, "02-re-withdrawing-my-application.eml": e2}, lab


@case(9, "current-client-weekly-standup")
def c09():
    tr = ("Trent Halvorsen", "trent.halvorsen@pinecresthome.example")
    d1 = at(UTC, 2026, 2, 27, 19, 5, 12)
    start = at(LA, 2026, 3, 2, 17, 0, wd="Monday")
    end = start + timedelta(minutes=30)
    assert start.astimezone(MNL).hour == 9 and at(LA, 2026, 3, 9, 17, 0).astimezone(MNL).hour == 8
    desc = """Agenda
1. Queue health & SLA (Zendesk)
2. CSAT / QA highlights from the week
3. Interview pipeline for the 2 night-shift chat agent openings \u2013 Kristine to share her shortlist and who she's interviewing this week
4. Blockers

Moving this to Mondays 5pm PT so Kristine and the PH team can join at the start of their shift (9am Manila for now; 8am once US clocks change on Mar 8).

Trent"""
    guests = [(tr[0], tr[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION"),
              ("Jomar Bautista", "jomar.bautista@pinecresthome.example", "ACCEPTED"),
              ("Lovely Ann Ramos", "lovely.ramos@pinecresthome.example", "NEEDS-ACTION")]
    m1, e1 = google_invite(key="c09-1", organizer=tr, guests=guests, title="Weekly Support Standup \u2013 PH Team",
                           start=start, end=end, zone_label="Pacific Time - Los Angeles", abbr="PST", description=desc,
                           meet="https://meet.google.com/pnc-wksu-phx", date=d1,
                           uid=f"{alnum('c09uid', n=26).lower()}@google.com", created=d1,
                           rrule="FREQ=WEEKLY;BYDAY=MO", tzid="America/Los_Angeles",
                           when_text="Weekly on Monday \u22c5 5pm \u2013 5:30pm", subj_when="Weekly from 5pm to 5:30pm on Monday")
    lab = label([], "medium", "negative/internal-meeting",
                "Recurring weekly standup from her current US client (she is the team lead); agenda mentions the "
                "interview pipeline she runs. Not a job interview for her.")
    return {"01-invitation-weekly-support-standup.eml": e1}, lab


def greenhouse_mail(key, date, round_name, start, end, who, who_title, intro, extra_note, role, company, uid_key,
                    attendees, tessa):
    zoom = f"https://lumenfold.zoom.us/j/9{int(H(key, 'z', n=10), 16) % 10**10:010d}?pwd={alnum('zp', key, n=30)}"
    text = f"""Hi Kristine,

{intro}

Interview Details

{round_name}
{long_date(start)}
{t12(start)} - {t12(end)} Pacific Time (PDT)
Interviewer: {who} ({who_title})
Location: Zoom - {zoom}
{extra_note}
A calendar invitation is attached. If you need to reschedule, simply reply to this email.

Best,
Tessa Ramirez
Lumenfold Health Talent Acquisition
"""
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Greenhouse//EN", "CALSCALE:GREGORIAN",
           "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{H(uid_key, n=24)}@greenhouse.io", f"DTSTAMP:{utc_stamp(date)}",
           f"DTSTART:{utc_stamp(start)}", f"DTEND:{utc_stamp(end)}",
           f"SUMMARY:{ical_text(f'{round_name} - {role} at {company}')}",
           f"DESCRIPTION:{ical_text(f'{round_name} with {who}.' + chr(10) + 'Join Zoom: ' + zoom)}",
           f"LOCATION:{ical_text(zoom)}", f"ORGANIZER;CN=Tessa Ramirez:mailto:{tessa}"]
    for n, e in attendees:
        cal.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{e}")
    cal += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return vendor(key=key, frm="Lumenfold Health <no-reply@greenhouse.io>", reply_to=addr("Tessa Ramirez", tessa),
                  subject=f"Interview Confirmation - {role} at {company}" + (" (Hiring Manager)" if "Hiring" in round_name else ""),
                  date=date, text=text, mid=f"<{H('gh', key, n=32)}@mg.greenhouse.io>", host="m228-4.mailgun.net",
                  ip="159.135.228.4", envelope=f"bounce+{H('ghb', key, n=8)}@mg.greenhouse.io", brand=None,
                  attachments=[ics_attachment(ics(cal), "interview.ics")])


@case(10, "greenhouse-screen-then-hiring-manager")
def c10():
    tessa = "tessa.ramirez@lumenfold.example"
    owen = ("Owen Castillo", "owen.castillo@lumenfold.example")
    role, company = "Patient Support Team Lead", "Lumenfold Health"
    d1 = at(UTC, 2026, 4, 16, 18, 22, 5)
    s1 = at(LA, 2026, 4, 20, 17, 0, wd="Monday")
    d2 = at(UTC, 2026, 4, 22, 21, 40, 12)
    s2 = at(LA, 2026, 4, 29, 16, 0, wd="Wednesday")
    assert (wd(s1.astimezone(MNL)), s1.astimezone(MNL).hour) == ("Tuesday", 8)
    assert (wd(s2.astimezone(MNL)), s2.astimezone(MNL).hour) == ("Thursday", 7)
    e1 = greenhouse_mail("c10-1", d1, "Recruiter Screen", s1, s1 + timedelta(minutes=30), "Tessa Ramirez", "Senior Recruiter",
                         f"Thank you for your interest in {company}! This email confirms your upcoming interview for the {role} position.",
                         "", role, company, "c10-uid1", [(USER_NAME, USER), ("Tessa Ramirez", tessa)], tessa)
    e2 = greenhouse_mail("c10-2", d2, "Hiring Manager Interview", s2, s2 + timedelta(hours=1), owen[0], "Director, Patient Support",
                         f"Congratulations on moving forward! We'd like to invite you to the next step for the {role} position.",
                         "\nNote: Owen joins from our San Diego office. We know 4:00 PM Pacific is early Thursday morning for you in Manila \u2014 thank you for accommodating!\n",
                         role, company, "c10-uid2", [(USER_NAME, USER), owen], tessa)
    lab = label([iv(company, role, s1, s1 + timedelta(minutes=30), "scheduled", [tessa], [tessa], "phone_screen"),
                 iv(company, role, s2, s2 + timedelta(hours=1), "scheduled", [owen[1]], [owen[1]], "hiring_manager")],
                "medium", "positive/multiple",
                "Two Greenhouse confirmations (no-reply sender, recruiter in Reply-To, .ics in UTC) for two rounds of "
                "the same process: recruiter screen and hiring-manager interview, both PDT evenings = Manila mornings.")
    return {"01-interview-confirmation-recruiter-screen.eml": e1,
            "02-interview-confirmation-hiring-manager.eml": e2}, lab


@case(11, "webinar-ace-your-interview")
def c11():
    d1 = at(UTC, 2026, 4, 6, 4, 12, 55)
    start = at(MNL, 2026, 4, 11, 10, 0, wd="Saturday")
    end = start + timedelta(minutes=90)
    title = "How to Ace Your Interview with US & AU Clients (Live Mock Interview + Q&A)"
    wid = "8" + str(int(H("c11w", n=12), 16))[:10]
    join = f"https://us06web.zoom.us/w/{wid}?tk={alnum('tk', 'c11', n=40)}"
    text = f"""Hi Kristine Joy,

Thank you for registering for "{title}".

Please submit any questions to: events@remotepinoypros.example

Date Time: {mon(start)[:3]} {start.day}, {start.year} 10:00 AM Manila

Join from PC, Mac, iPad, or Android:
{join}
Passcode: RPP2026

Description: Learn how US and Australian clients actually run interviews, how to talk about your BPO metrics (AHT, CSAT, QA scores), how to handle time zones (yes, Sydney's daylight saving ends on April 5!), and watch a live mock interview with a volunteer from the community. Hosted by Remote Pinoy Pros.

Add to Calendar: the attached .ics file

You can cancel your registration at any time.

Thank you!
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"DTSTAMP:{utc_stamp(d1)}", f"DTSTART:{utc_stamp(start)}",
               f"DTEND:{utc_stamp(end)}", f"SUMMARY:{ical_text(title)}", f"UID:{utc_stamp(d1)}-{wid}@zoom.us",
               "TZID:Asia/Manila", f"DESCRIPTION:{ical_text('Join from PC, Mac, iPad, or Android: ' + join + chr(10) + 'Passcode: RPP2026')}",
               f"LOCATION:{join}", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
               "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    e1 = vendor(key="c11", frm="Remote Pinoy Pros <no-reply@zoom.us>", reply_to="events@remotepinoypros.example",
               subject=f"{title} Confirmation", date=d1, text=text, mid=f"<{H('zm', 'c11', n=20)}.{H('zm2', 'c11', n=10)}@zoom.us>",
               host="us06mta01.zoom.us", ip="170.114.52.18", envelope=f"bounce-{H('zb', n=10)}@zoom.us", brand="zoom",
               attachments=[ics_attachment(cal, "Zoom Webinar.ics", "PUBLISH")])
    lab = label([], "easy", "negative/webinar",
                "Zoom webinar registration ('How to Ace Your Interview', includes a mock interview demo) with an .ics; "
                "a community event, not a hiring conversation.")
    return {"01-webinar-registration-confirmation.eml": e1}, lab


@case(12, "gcal-json-sydney-panel-after-dst-start")
def c12():
    start = at(SYD, 2026, 10, 6, 9, 30, wd="Tuesday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=11)
    mnl = start.astimezone(MNL)
    assert (wd(mnl), mnl.hour, mnl.minute) == ("Tuesday", 6, 30)
    nathan = ("Nathan Okoro", "nathan.okoro@saltbush.example")
    isla = ("Isla McKenzie", "isla.mckenzie@saltbush.example")
    geo = ("Georgia Pham", "georgia.pham@saltbush.example")
    group = "c_3f1b0e7a9d2c48e5b61f0a7d9e2c4b18@group.calendar.google.com"
    eid = alnum("c12eid", n=26).lower()
    meet = "sbx-pnlq-tzd"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(H('c12etag', n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
        "created": "2026-09-28T02:14:09.000Z",
        "updated": "2026-09-29T05:40:51.331Z",
        "summary": "Panel Interview \u2013 Customer Operations Team Lead (Manila hub) \u2013 K. Manalastas",
        "description": ("Hi Kristine,<br><br>Thanks for making time so early in your morning to meet the Saltbush "
                        "Energy customer operations team! Your panel is "
                        "<b>Nathan Okoro</b> (Head of Customer Operations) and <b>Isla McKenzie</b> (Contact Centre "
                        "Manager). 60 minutes: your background, a live escalation scenario, then your questions.<br><br>"
                        "Questions about logistics: Georgia Pham (georgia.pham@saltbush.example).<br><br>"
                        "Note: Sydney moves to daylight saving on 4 Oct, so this invite is in Sydney time (AEDT)."),
        "creator": {"email": geo[1], "displayName": geo[0]},
        "organizer": {"email": group, "displayName": "Saltbush Talent Interviews"},
        "start": {"dateTime": start.isoformat(), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Australia/Sydney"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": nathan[1], "displayName": nathan[0], "responseStatus": "accepted"},
            {"email": isla[1], "displayName": isla[0], "responseStatus": "tentative"},
            {"email": geo[1], "displayName": geo[0], "optional": True, "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": "tel:+61-2-9051-5555", "label": "+61 2 9051 5555", "pin": "318204577",
                 "regionCode": "AU"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    lab = label([iv("Saltbush Energy", "Customer Operations Team Lead", start, end, "scheduled",
                    [nathan[1], isla[1]], [nathan[1], isla[1]], "onsite")],
                "hard", "positive/gcal-json",
                "Calendar API event only: two-person panel in Australia/Sydney two days after Sydney DST starts "
                "(Oct 4, AEDT +11) = 6:30 AM Manila. Organizer is a group calendar; the coordinator (optional "
                "attendee, creator) only schedules. Panel -> onsite.")
    return {"01-saltbush-panel-interview.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}, lab


@case(13, "bank-kyc-client-interview")
def c13():
    d1 = at(UTC, 2026, 3, 16, 2, 30, 0)
    start = at(MNL, 2026, 3, 19, 10, 30, wd="Thursday")
    end = start + timedelta(minutes=45)
    ref = "BLZ-APT-" + str(int(H("c13", n=10), 16))[:8]
    text = f"""Dear Kristine Joy Manalastas,

Your branch appointment is confirmed.

Reference No.: {ref}
Service: New Account Opening \u2013 USD Savings (Freelancers & Remote Workers)
Date & Time: {au_date(start)}, 10:30 AM (Philippine time)
Branch: BancoLuzon BGC 32nd Street Branch, Taguig City

What to expect
A Relationship Officer will conduct a short client interview (Know-Your-Customer) about your occupation and source of funds, for example your contract with a foreign client or your Upwork / OnlineJobs.ph payment history. The appointment takes about 45 minutes.

Please bring
- Two (2) valid government-issued IDs
- Proof of income (employment contract, client invoices or platform payout history)
- TIN
- Initial deposit of at least USD 100

To reschedule or cancel, reply STOP-APT to our SMS or visit https://www.bancoluzon.example/appointments/{ref}

This is a system-generated message. Please do not reply.
BancoLuzon Savings Bank is regulated by the Bangko Sentral ng Pilipinas.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//BancoLuzon//Branch Appointments//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:{ref}@bancoluzon.example", f"DTSTAMP:{utc_stamp(d1)}",
               f"DTSTART:{utc_stamp(start)}", f"DTEND:{utc_stamp(end)}",
               "SUMMARY:BancoLuzon appointment \u2013 USD Savings Account Opening (client interview)",
               "LOCATION:BancoLuzon BGC 32nd Street Branch\\, Taguig City",
               f"DESCRIPTION:{ical_text('Ref ' + ref + '. Bring 2 valid IDs and proof of income.')}",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    e1 = vendor(key="c13", frm="BancoLuzon Appointments <appointments-noreply@bancoluzon.example>",
                subject=f"Appointment Confirmed: USD Savings Account Opening \u2013 {wd(start)[:3]}, {start.day} {mon(start)[:3]} {start.year}, 10:30 AM",
                date=d1, text=text, mid=f"<{H('bl', n=24)}.{ref}@notify.bancoluzon.example>", host="mta2.notify.bancoluzon.example",
                ip="203.0.113.47", envelope="bounces@notify.bancoluzon.example", brand="BancoLuzon",
                attachments=[ics_attachment(cal, "appointment.ics", "PUBLISH")])
    lab = label([], "medium", "negative/appointment",
                "Bank branch appointment with a KYC 'client interview' and an .ics file; not a job interview.")
    return {"01-bancoluzon-appointment-confirmed.eml": e1}, lab


@case(14, "zoom-panel-email-from-coordinator")
def c14():
    gwen = ("Gwen Alvarez-Pike", "gwen.alvarezpike@quillmark.example")
    panel = [("Devin Shah", "devin.shah@quillmark.example"), ("Ellie Marsh", "ellie.marsh@quillmark.example"),
             ("Ben Kowalczyk", "ben.kowalczyk@quillmark.example")]
    d1 = at(NY, 2026, 3, 12, 13, 15, 9, wd="Thursday")
    start = at(NY, 2026, 3, 18, 20, 0, wd="Wednesday")
    end = start + timedelta(hours=1)
    mnl = start.astimezone(MNL)
    assert (wd(mnl), mnl.hour) == ("Thursday", 8) and start.utcoffset() == timedelta(hours=-4)
    pwd = alnum("zq", "c14", n=32)
    text = f"""Hi Kristine,

Great news \u2014 the team would like to move you forward to the panel round for the Support Operations Lead role. The panel is 60 minutes and you'll meet:

- Devin Shah, VP of Support
- Ellie Marsh, Quality & Training Lead
- Ben Kowalczyk, Workforce Management Manager

(I've cc'd them here so you have their emails.)

We've locked Wednesday, March 18 at 8:00 PM Eastern. I believe that's 8:00 AM Thursday for you in Manila \u2014 since US clocks moved forward last weekend, we're exactly 12 hours apart now. I'll be on the call for the first couple of minutes to handle introductions only.

Gwen Alvarez-Pike is inviting you to a scheduled Zoom meeting.

Topic: Panel Interview \u2013 Support Operations Lead (K. Manalastas)
Time: Mar 18, 2026 08:00 PM Eastern Time (US and Canada)

Join Zoom Meeting
https://quillmark.zoom.us/j/86412093357?pwd={pwd}

Meeting ID: 864 1209 3357
Passcode: 551920

---

One tap mobile
+16465550142,,86412093357#,,,,*551920# US (New York)
+13015550177,,86412093357#,,,,*551920# US (Washington DC)

Join instructions
https://quillmark.zoom.us/meetings/86412093357/invitations?signature={alnum('zsig', n=40)}

Thanks, and good luck!
Gwen

Gwen Alvarez-Pike (she/her)
Recruiting Coordinator | Quillmark Learning
{gwen[1]}"""
    m1, e1 = human_outlook(frm=gwen, to=[(USER_NAME, USER)], cc=panel,
                           subject="Panel interview \u2013 Support Operations Lead \u2013 Wed 3/18, 8:00 PM ET",
                           date=d1, text=text, key="c14-1", server="BL1PR12MB5874.namprd12.prod.outlook.com",
                           host="NAM12-BN8-obe.outbound.protection.outlook.com")
    lab = label([iv("Quillmark Learning", "Support Operations Lead", start, end, "scheduled",
                    [p[1] for p in panel], [p[1] for p in panel], "onsite")],
                "medium", "positive/zoom",
                "Coordinator e-mail (Outlook, QP) pasting a Zoom invitation, 8:00 PM ET after the US DST switch = "
                "8:00 AM Thu Manila; three panelists cc'd -> onsite; the coordinator only introduces.")
    return {"01-panel-interview-zoom-details.eml": e1}, lab


@case(15, "upwork-invitation-to-interview")
def c15():
    d1 = at(UTC, 2026, 3, 25, 14, 3, 22)
    job = "Customer Support Team Lead \u2013 Shopify Store (US hours)"
    text = f"""Hi Kristine Joy,

Paloma Ruiz has invited you to interview for the following job:

{job}
Hourly: $9.00-$14.00 \u00b7 Expert \u00b7 Est. time: More than 6 months, 30+ hrs/week

Message from the client:
"Hi Kristine, I came across your profile and I think you'd be a great fit for our team lead opening at Casa Paloma Home. Please take a look at the job post and send a proposal if you're interested. If it looks like a fit we'll set up a video call. Thanks! \u2013 Paloma"

View invitation: https://www.upwork.com/ab/proposals/interview/uid/{int(H('c15', n=12), 16)}

You have 7 days to respond before this invitation expires.

Tip: Freelancers who respond within 24 hours are more likely to be hired.

Upwork
You are receiving this email because you have an account on Upwork. Manage notification settings: https://www.upwork.com/nx/notification-settings/
"""
    e1 = vendor(key="c15", frm="Upwork <donotreply@upwork.com>",
                subject=f"Invitation to interview: {job}", date=d1, text=text,
                mid=f"<{H('uw', n=12)}.{int(H('uw2', n=8), 16)}@upwork.com>", host="mail-out-3.upwork.com",
                ip="198.51.100.63", envelope="bounces+upwork@notifications.upwork.com", brand="Upwork")
    lab = label([], "hard", "negative/not-yet-scheduled",
                "Upwork 'invitation to interview' is an invitation to submit a proposal for a job; no call is booked "
                "('if it looks like a fit we'll set up a video call').")
    return {"01-upwork-invitation-to-interview.eml": e1}, lab


@case(16, "founder-thread-tomorrow-9pm-et")
def c16():
    jon = ("Jonah Whitaker", "jonah@marigoldmoss.example")
    d1 = at(NY, 2026, 4, 15, 10, 12, 33, wd="Wednesday")
    dk = at(MNL, 2026, 4, 15, 22, 40, 5, wd="Wednesday")
    d2 = at(NY, 2026, 4, 15, 11, 5, 10)
    assert d1 < dk < d2
    start = at(NY, 2026, 4, 16, 21, 0, wd="Thursday")
    end = start + timedelta(minutes=30)
    assert start.date() == (d1 + timedelta(days=1)).date()
    mnl = start.astimezone(MNL)
    assert (wd(mnl), mnl.hour) == ("Friday", 9)
    subj = "Customer Experience Lead \u2013 quick chat?"
    t1 = """Hi Kristine,

Thanks for applying to the Customer Experience Lead role through OnlineJobs \u2014 your Loom walkthrough of how you'd rebuild our macros was great.

I'm the founder, and I do a final chat with every hire myself before we make an offer. Would tomorrow at 9pm ET work for a 30-minute video call? I know that's Friday morning for you, so tell me if that's too early and we can find another slot.

Jonah

--
Jonah Whitaker
Founder, Marigold & Moss
Brooklyn, NY"""
    m1, e1 = human_gmail(frm=jon, to=[(USER_NAME, USER)], subject=subj, date=d1, text=t1, key="c16-1")
    mk = gmail_mid("c16-k")
    tk = f"""Hi Jonah,

Thank you! Yes, tomorrow 9pm ET works \u2014 that's 9:00 AM Friday here in Manila. Looking forward to it po.

Best,
Kristine

On {wd(dk)[:3]}, {mon(dk)[:3]} {dk.day}, {dk.year} at {t12(d1.astimezone(MNL))} {jon[0]} <{jon[1]}> wrote:
{quote_block(t1)}"""
    t2 = """Perfect \u2014 locked in. Here's the link: https://meet.google.com/mgm-qvrt-hza

I'll keep it to 30 minutes. Talk tomorrow night (your Friday morning)!

J"""
    attr = f"On {wd(dk.astimezone(NY))[:3]}, {mon(dk)[:3]} {dk.day}, {dk.year} at {t12(dk.astimezone(NY))} {USER_NAME} <{USER}> wrote:"
    m2, e2 = human_gmail(frm=jon, to=[(USER_NAME, USER)], subject="Re: " + subj, date=d2, text=t2, key="c16-2",
                         quote=(attr, tk), in_reply_to=mk, references=[m1, mk])
    lab = label([iv("Marigold & Moss", "Customer Experience Lead", start, end, "scheduled", [jon[1]], [jon[1]],
                    "hiring_manager")],
                "hard", "positive/thread",
                "Founder proposes 'tomorrow at 9pm ET' on Wed Apr 15 (EDT); candidate confirms in a quoted reply "
                "(9:00 AM Fri Manila); founder confirms with a Meet link. Resolve 'tomorrow' against the sender's "
                "Date (Thu Apr 16, 21:00 -04:00), not against the Manila calendar day.")
    return {"01-customer-experience-lead-quick-chat.eml": e1, "02-re-quick-chat-locked-in.eml": e2}, lab


@case(17, "user-interviews-agent-applicant")
def c17():
    lor = ("Lorraine Keel", "lorraine.keel@pinecresthome.example")
    cand = ("Paolo Mendoza", "paolo.mendoza@mailbox.example")
    d1 = at(UTC, 2026, 3, 13, 20, 11, 45)
    start = at(LA, 2026, 3, 17, 18, 0, wd="Tuesday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(MNL).hour == 9
    desc = ("Candidate: Paolo Mendoza \u2013 Night Shift Chat Agent (req #CX-114)\n\n"
            "Interviewers:\n- Kristine Manalastas (Team Lead, PH Support) \u2013 CX scenarios & chat role-play\n"
            "- Lorraine Keel (People Ops) \u2013 logistics, schedule & pay\n\n"
            "Kristine, please use the interviewer scorecard in our ATS and submit your feedback within 24 hours. "
            "Paolo's resume is attached to the req.")
    m1, e1 = google_invite(key="c17-1", organizer=lor,
                           guests=[(lor[0], lor[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION"), (cand[0], cand[1], "ACCEPTED")],
                           title="Interview: Night Shift Chat Agent \u2013 Paolo Mendoza (candidate)", start=start, end=end,
                           zone_label="Pacific Time - Los Angeles", abbr="PDT", description=desc,
                           meet="https://meet.google.com/pnc-intv-kmx", date=d1,
                           uid=f"{alnum('c17uid', n=26).lower()}@google.com", created=d1)
    lab = label([], "hard", "negative/user-is-interviewer",
                "Google invite titled 'Interview:' from her current client's People Ops; she is one of the "
                "interviewers of a chat-agent candidate, not the candidate.")
    return {"01-invitation-interview-night-shift-agent.eml": e1}, lab


@case(18, "bpo-onsite-final-loop-bgc")
def c18():
    rhea = ("Rhea Mae Santos", "rhea.santos@dalisaycx.example")
    sess = [("HR Interview", ("Carmela Ong", "carmela.ong@dalisaycx.example"), "HR Business Partner", (13, 0), 30),
            ("Operations Manager Interview", ("Rodel Aquino", "rodel.aquino@dalisaycx.example"), "Operations Manager", (13, 45), 45),
            ("Client-facing Interview", ("Bea Lacson", "bea.lacson@dalisaycx.example"), "Account Director, US Healthcare", (14, 45), 45)]
    day = (2026, 4, 10)
    at(MNL, *day, wd="Friday")
    starts = [at(MNL, *day, h, m) for _, _, _, (h, m), _ in sess]
    ends = [s + timedelta(minutes=d) for s, (_, _, _, _, d) in zip(starts, sess)]
    role = "Operations Team Leader (US Healthcare Account)"
    d1 = at(MNL, 2026, 4, 6, 17, 48, 20, wd="Monday")
    text = f"""Hi Kristine,

Congratulations po! You passed the initial interview and the assessment for {role}. Here is your on-site final interview itinerary:

Date: {long_date(starts[0])}
Venue: Dalisay Global CX, 9F Kalayaan Point, 5th Avenue corner 28th Street, BGC, Taguig City (look for the Talent Acquisition reception)

1:00 PM \u2013 1:30 PM   HR Interview \u2013 Ms. Carmela Ong (HR Business Partner)
1:45 PM \u2013 2:30 PM   Operations Manager Interview \u2013 Sir Rodel Aquino
2:30 PM \u2013 2:45 PM   Break / merienda po
2:45 PM \u2013 3:30 PM   Client-facing Interview \u2013 Ms. Bea Lacson (Account Director, US Healthcare)

Please arrive by 12:30 PM and bring 2 valid IDs and a printed copy of your resume. Corporate attire po.

Magse-send din po ako ng separate calendar invites per session para hindi niyo makalimutan. Kung may concern, reply lang po dito or text 0918 555 0121.

Thank you and see you on Friday!

Regards,
Rhea Mae Santos
Talent Acquisition Coordinator | Dalisay Global CX
{rhea[1]}"""
    server = "SG2PR06MB5337.apcprd06.prod.outlook.com"
    m1, e1 = human_outlook(frm=rhea, to=[(USER_NAME, USER)], subject=f"Final Interview Schedule \u2013 {long_date(starts[0])} \u2013 Operations Team Leader",
                           date=d1, text=text, key="c18-1", server=server, lang="en-US",
                           host="APC01-SG2-obe.outbound.protection.outlook.com")
    files = {"01-final-interview-itinerary.eml": e1}
    for i, ((name, (pn, pe), ptitle, _, _), s, e) in enumerate(zip(sess, starts, ends), start=1):
        body = (f"Hi Kristine,\n\nSession {i} of 3 of your final interview: {name} with {pn} ({ptitle}).\n"
                f"Venue: Dalisay Global CX, 9F Kalayaan Point, BGC \u2013 TA reception.\n\nRhea")
        d = at(UTC, 2026, 4, 6, 10, 2 + 2 * i, 11 * i)
        _, ei = outlook_invite(key=f"c18-{i + 1}", organizer=rhea,
                               attendees=[(USER_NAME, USER, "REQ-PARTICIPANT"), (pn, pe, "REQ-PARTICIPANT")],
                               summary=f"Final Interview {i}/3 \u2013 {name} \u2013 Kristine Manalastas (Ops TL)",
                               start=s, end=e, win_tz="Singapore Standard Time", body=body, date=d, server=server,
                               teams=False, location="Dalisay Global CX \u2013 9F TA Reception, 5th Ave, BGC, Taguig",
                               host="APC01-SG2-obe.outbound.protection.outlook.com")
        files[f"0{i + 1}-invite-session-{i}-{name.split()[0].lower().replace('-', '')}.eml"] = ei
    emails = [p[1] for _, p, _, _, _ in sess]
    lab = label([iv("Dalisay Global CX", role, starts[0], ends[-1], "scheduled", emails, emails, "onsite")],
                "hard", "positive/onsite-loop",
                "Same-day on-site loop at a BPO (three sessions with a merienda break), itinerary e-mail + three "
                "separate Outlook invites with the Windows TZID 'Singapore Standard Time' (UTC+8, Manila): one "
                "onsite interview 1:00-3:30 PM with all three interviewers; the coordinator only schedules.")
    return files, lab


@case(19, "rejection-after-interview")
def c19():
    d1 = at(UTC, 2026, 4, 2, 17, 9, 33)
    nadia = "nadia.feld@orchardlane.example"
    text = f"""Hi Kristine,

Thank you for taking the time to interview with Sam and me on Tuesday evening (your Wednesday morning!) for the Customer Support Team Lead (APAC) position at Orchard Lane Software.

After a lot of discussion, we've decided to move forward with another candidate whose experience more closely matches what we need right now. This was a difficult decision \u2014 the team really enjoyed your escalation walkthrough.

We're planning to open a Manila support hub later this year and would love to keep your details on file. If a role opens up there, I'll reach out directly.

Wishing you all the best in your search,

Nadia Feld
Recruiting, Orchard Lane Software
"""
    e1 = vendor(key="c19", frm="Orchard Lane Software <no-reply@ashbyhq.com>", reply_to=addr("Nadia Feld", nadia),
                subject="Update on your application \u2013 Customer Support Team Lead (APAC)", date=d1, text=text,
                mid=f"<{uuidish('ashby', 'c19')}@ashbyhq.com>", host="mta-149-72-14-55.sendgrid.net", ip="149.72.14.55",
                envelope=f"bounces+2210784-{H('c19b', n=4)}@em.ashbyhq.com", brand=None)
    lab = label([], "easy", "negative/rejection",
                "Rejection that refers to a past interview ('on Tuesday evening'); nothing scheduled.")
    return {"01-update-on-your-application.eml": e1}, lab


@case(20, "standalone-outlook-ics-phone-screen")
def c20():
    tam = ("Tamara Jennings", "tamara.jennings@ridgewayfreight.example")
    stamp = at(UTC, 2026, 3, 27, 14, 5, 0)
    start = at(NY, 2026, 4, 2, 18, 0, wd="Thursday")
    end = start + timedelta(minutes=30)
    mnl = start.astimezone(MNL)
    assert (wd(mnl), mnl.hour) == ("Friday", 6)
    block, url = teams_block("c20")
    desc = ("Hi Kristine,\n\nThis is your 30-minute phone screen for the Night Shift Support Supervisor (APAC) role. "
            "I'll call you on Teams \u2014 please make sure Teams is installed on your phone or laptop.\n\n"
            "Tamara Jennings\nTalent Acquisition | Ridgeway Freight Logistics\n\n" + block)
    cal = outlook_ics(key="c20", organizer=tam, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT")],
                      summary="Ridgeway Freight \u2013 Phone Screen \u2013 Kristine Manalastas", start=start, end=end,
                      win_tz="Eastern Standard Time", description=desc, date=stamp, teams_url=url, busy="BUSY")
    lab = label([iv("Ridgeway Freight Logistics", "Night Shift Support Supervisor (APAC)", start, end, "scheduled",
                    [tam[1]], [tam[1]], "phone_screen")],
                "medium", "positive/standalone-ics",
                "Standalone Exchange .ics with the Windows TZID 'Eastern Standard Time' (VTIMEZONE rules, EDT on "
                "Apr 2 -> 6:00 AM Fri Manila). Recruiter organizes and runs the screen.")
    return {"01-ridgeway-phone-screen.ics": cal}, lab


@case(21, "agency-availability-request-sydney")
def c21():
    mik = ("Mikaela Domingo", "mikaela.domingo@talastaffing.example")
    d1 = at(MNL, 2026, 4, 8, 9, 12, 40, wd="Wednesday")
    at(MNL, 2026, 4, 13, wd="Monday")
    at(MNL, 2026, 4, 15, wd="Wednesday")
    a, b = at(MNL, 2026, 4, 13, 7, 0), at(MNL, 2026, 4, 13, 15, 0)
    assert a.astimezone(SYD).hour == 9 and b.astimezone(SYD).hour == 17
    text = """Hi Kristine!

Good news po \u2014 the client (Jacaranda Ledger Partners, an accounting firm in Parramatta, Sydney) liked your profile and wants to meet you for a final interview next week for the Client Support Team Lead role.

Can you send me 3 slots that work for you between Mon, 13 Apr and Wed, 15 Apr, anytime 7:00 AM \u2013 3:00 PM Manila time (that's 9 AM \u2013 5 PM Sydney now that their daylight saving is over)? Or if mas madali, pick directly from my Calendly: https://calendly.com/mikaela-tala/client-interview-slot

Once may slot na tayo, I'll send the Teams invite from the client.

Thanks po!

Mikaela Domingo
Senior Recruiter | Tala Staffing Partners
+63 917 555 0166"""
    m1, e1 = human_gmail(frm=mik, to=[(USER_NAME, USER)], subject="Final interview with the client \u2013 pa-send ng availability mo",
                         date=d1, text=text, key="c21-1")
    lab = label([], "medium", "negative/not-yet-scheduled",
                "Agency asks for availability / offers a Calendly link for a client final interview; nothing booked yet.")
    return {"01-final-interview-availability-request.eml": e1}, lab


def calendly_mail(key, kind, date, start, end, ev, host, host_email, inv, reason=None, link=None,
                  role="Remote Intake & Support Team Lead"):
    zone = "Eastern Time - US & Canada"
    zoom = f"https://us02web.zoom.us/j/8{int(H(key, 'z', n=10), 16) % 10**10:010d}?pwd={alnum('zp', key, n=30)}"
    if kind == "confirmed":
        text = f"""Hi Kristine Joy Manalastas,

Your {ev} with {host} at {t12(start, lower=True)} - {t12(end, lower=True)} ({zone}) on {long_date(start)} is scheduled.

Event Name:
{ev}

Event Date/Time:
{t12(start, lower=True, zero_pad=True)} - {t12(end, lower=True, zero_pad=True)} ({zone}) on {long_date(start)}

Location:
This is a Zoom web conference.
Join from PC, Mac, Linux, iOS or Android: {zoom}

Invitee Time Zone:
{zone}

Message from {host.split()[0]}:
Hi Kristine, this is a 45-minute interview with me about the {role} role at Juniper Row Home Care (I'd be your manager). Come ready to talk about how you've coached agents on difficult calls.

View event in Calendly:
https://calendly.com/events/{uuidish(key, 'ev')}/invitee/{inv}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{inv}
Reschedule: https://calendly.com/reschedulings/{inv}

Powered by Calendly.com
"""
        subject = f"Confirmed: {ev} with {host} on {long_date(start)}"
        method, status = "REQUEST", "CONFIRMED"
    else:
        text = f"""Hi Kristine Joy Manalastas,

{host} has canceled the following event:

Event Name:
{ev}

Event Date/Time:
{t12(start, lower=True, zero_pad=True)} - {t12(end, lower=True, zero_pad=True)} ({zone}) on {long_date(start)}

Invitee Time Zone:
{zone}

Canceled by:
{host}

Reason for canceling:
{reason}

Schedule again:
{link}

Powered by Calendly.com
"""
        subject = f"Canceled: {ev} with {host} on {long_date(start)}"
        method, status = "CANCEL", "CANCELLED"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "CALSCALE:GREGORIAN",
               f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{inv}@calendly.com", f"DTSTAMP:{utc_stamp(date)}",
               f"DTSTART:{utc_stamp(start)}", f"DTEND:{utc_stamp(end)}", f"SUMMARY:{ical_text(ev + ' (' + host + ' and Kristine Joy Manalastas)')}",
               f"LOCATION:{ical_text(zoom)}", f"ORGANIZER;CN={host}:mailto:{host_email}",
               f"ATTENDEE;CN=Kristine Joy Manalastas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
               f"SEQUENCE:{0 if kind == 'confirmed' else 1}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"])
    return vendor(key=key, frm=addr(host, "notifications@calendly.com"), reply_to=addr(host, host_email),
                  subject=subject, date=date, text=text,
                  mid=f"<{alnum('sg', key, n=22)}@geopod-ismtpd-7.calendly.com>", host=SENDGRID[0], ip=SENDGRID[1],
                  envelope=f"bounces+38102-{H(key, n=4)}-{USER.replace('@', '=')}@em.calendly.com", brand="Calendly",
                  attachments=[ics_attachment(cal, "invite.ics", method)])


@case(22, "calendly-cancelled-then-rebooked")
def c22():
    ali = ("Alicia Paredes", "alicia.paredes@juniperrow.example")
    ev = "Intake Team Lead Interview"
    role = "Remote Intake & Support Team Lead"
    d1 = at(UTC, 2026, 3, 19, 1, 2, 11)
    s1 = at(NY, 2026, 3, 24, 20, 0, wd="Tuesday")
    d2 = at(UTC, 2026, 3, 23, 21, 40, 55)
    d3 = at(UTC, 2026, 3, 24, 3, 15, 44)
    s2 = at(NY, 2026, 3, 26, 21, 0, wd="Thursday")
    dur = timedelta(minutes=45)
    assert (wd(s1.astimezone(MNL)), s1.astimezone(MNL).hour) == ("Wednesday", 8)
    assert (wd(s2.astimezone(MNL)), s2.astimezone(MNL).hour) == ("Friday", 9)
    inv1, inv2 = uuidish("c22", "inv1"), uuidish("c22", "inv2")
    link = "https://calendly.com/alicia-juniperrow/intake-team-lead-interview"
    e1 = calendly_mail("c22-1", "confirmed", d1, s1, s1 + dur, ev, ali[0], ali[1], inv1)
    e2 = calendly_mail("c22-2", "canceled", d2, s1, s1 + dur, ev, ali[0], ali[1], inv1,
                       reason="So sorry, Kristine - a family emergency came up for tomorrow evening. Please grab another time on my calendar later this week.",
                       link=link)
    e3 = calendly_mail("c22-3", "confirmed", d3, s2, s2 + dur, ev, ali[0], ali[1], inv2)
    lab = label([iv("Juniper Row Home Care", role, s1, s1 + dur, "cancelled", [ali[1]], [ali[1]], "hiring_manager"),
                 iv("Juniper Row Home Care", role, s2, s2 + dur, "scheduled", [ali[1]], [ali[1]], "hiring_manager")],
                "hard", "positive/cancellation",
                "Calendly: booked (Tue Mar 24 8pm EDT), host cancels with a reason (METHOD:CANCEL), candidate books a "
                "NEW event (new invitee UID) for Thu Mar 26 9pm EDT. Per the rules a cancelled interview re-booked as "
                "a new event is two entries: one cancelled, one scheduled. Host (future manager) conducts both.")
    return {"01-confirmed-intake-interview.eml": e1, "02-canceled-intake-interview.eml": e2,
            "03-confirmed-intake-interview-new-time.eml": e3}, lab


# =========================================================================== main
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX + "-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for cid, num, fn in sorted(CASES, key=lambda c: c[1]):
        files, lab = fn()
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in files.items():
            assert re.match(r"^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$", fname), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(content.encode("utf-8"))
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind195 (written blind). Generated by make_cases.py; see README.md.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
