#!/usr/bin/env python3
"""Regenerate the blind146 evaluation set (Boston biotech lab manager job search).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from
fixed seeds).  Standard library + PyYAML only.  Run:  python make_cases.py
It rewrites every b146-* case folder and labels.yaml next to this file.
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
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b146-"
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

OWNER = "greta.lindqvist@example.com"
OWNER_NAME = "Greta Lindqvist"
OWNER_PHONE = "(617) 555-0148"

CASES = {}   # case id -> list of (filename, text)
LABELS = {}


# ----------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------
def T(y, mo, d, h=0, mi=0, s=0, tz=ET):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lstamp(dt, tz=None):
    return (dt.astimezone(tz) if tz else dt).strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat()


def wd(dt, name):
    """Assert that a weekday named in prose is right, and return it."""
    assert dt.strftime("%A") == name, (dt, name)
    return name


def tm(dt):                      # "1:00 PM"
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def tm_lower(dt):                # "1:00pm"
    return tm(dt).replace(" ", "").lower()


def tm_g(dt):                    # Google style "10:30am" / "1pm"
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def tm24(dt):
    return dt.strftime("%H:%M")


def date_long(dt):               # "Tuesday, March 10, 2026"
    return f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year}"


def date_uk(dt):                 # "Tuesday, 24 March 2026"
    return f"{dt.strftime('%A')}, {dt.day} {dt.strftime('%B')} {dt.year}"


def date_short(dt):              # "Tue Mar 10, 2026"
    return f"{dt.strftime('%a')} {dt.strftime('%b')} {dt.day}, {dt.year}"


def gmail_attr(dt, name, email, tz=ET):
    d = dt.astimezone(tz)
    return (f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {tm(d)} "
            f"{name} <{email}> wrote:")


# ----------------------------------------------------------------------------------
# id helpers
# ----------------------------------------------------------------------------------
def hx(seed, n=16):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def alnum(seed, n):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    h = bytes.fromhex(hx(seed, 2 * n))
    return "".join(alphabet[b % 36] for b in h)


def digits(seed, n):
    h = bytes.fromhex(hx(seed, 2 * n))
    return "".join(str(b % 10) for b in h)


def b64id(seed, n):
    raw = base64.b64encode(bytes.fromhex(hx(seed, 64))).decode()
    return raw[:n]


def gmail_msgid(seed):
    return f"<CA{b64id(seed, 38).replace('/', '_')}@mail.gmail.com>"


def outlook_msgid(seed, region="namprd11"):
    host = f"MN2PR11MB{digits(seed + 'h', 4)}"
    return f"<{host}{hx(seed, 24).upper()}@{host}.{region}.prod.outlook.com>"


def gcal_msgid(seed):
    h = hx(seed, 32)
    return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>"


def thread_index(seed):
    return base64.b64encode(bytes.fromhex(hx(seed, 44))).decode()


# ----------------------------------------------------------------------------------
# MIME helpers (written by hand so the bytes are exactly controlled)
# ----------------------------------------------------------------------------------
def addr(name, email):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return Header(name, "utf-8").encode() + f" <{email}>"


def enc_subject(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def fold(key, value):
    line = f"{key}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    words = value.split(" ")
    out, cur = [], f"{key}:"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() not in (f"{key}:",):
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def hdrs(pairs):
    return "".join(fold(k, v) + "\n" for k, v in pairs if v is not None)


def leaf(ctype, text, cte="7bit", extra=()):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h += list(extra)
    return (h, body)


def multi(subtype, boundary, children, newline_boundary=False):
    sep = ";\n\tboundary=" if newline_boundary else "; boundary="
    ct = f'multipart/{subtype}{sep}"{boundary}"'
    body = ""
    for h, b in children:
        body += f"--{boundary}\n" + hdrs(h) + "\n" + b + "\n"
    body += f"--{boundary}--\n"
    return ([("Content-Type", ct)], body)


def message(top, root):
    h, b = root
    return hdrs(top + [("MIME-Version", "1.0")] + h) + "\n" + b


def received(kind, dt, seed):
    hosts = {
        "google": ("mail-sor-f41.google.com", "209.85.220.41"),
        "outlook": ("mail-bn8nam12on2107.outbound.protection.outlook.com", "40.107.237.107"),
        "outlook_uk": ("mail-lo2gbr01on2093.outbound.protection.outlook.com", "40.107.20.93"),
        "greenhouse": ("o7.ptr4412.greenhouse.io", "149.72.146.31"),
        "lever": ("m228-14.mailgun.net", "159.135.228.14"),
        "calendly": ("o2.email.calendly.com", "167.89.63.220"),
        "hirevue": ("mta-out-03.hirevue.com", "198.21.6.118"),
        "gmail": ("mail-yw1-f172.google.com", "209.85.128.172"),
    }
    host, ip = hosts[kind]
    rdt = (dt + timedelta(seconds=3)).astimezone(ET)
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
                        f"{hx(seed, 10).upper()}\n        for <{OWNER}>; {rfc(rdt)}")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def text_to_html(text, font="Arial,Helvetica,sans-serif", outlook=False):
    def render(lines):
        out, i = [], 0
        while i < len(lines):
            if lines[i].startswith(">"):
                block = []
                while i < len(lines) and lines[i].startswith(">"):
                    l = lines[i][1:]
                    block.append(l[1:] if l.startswith(" ") else l)
                    i += 1
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                           + render(block) + "\n</blockquote>")
            else:
                out.append((html.escape(lines[i], quote=False) or "") + "<br>")
                i += 1
        return "\n".join(out)
    inner = render(text.rstrip("\n").split("\n"))
    if outlook:
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                f'</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family:{font};'
                f'font-size:11pt;color:rgb(0,0,0)">\n{inner}\n</div>\n</body>\n</html>\n')
    return f'<div dir="ltr">\n{inner}\n</div>\n'


# ----------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------
def fold_ics(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            parts.append(cur)
            cur, limit = b"", 74
        cur += cb
    parts.append(cur)
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def ics(lines):
    return "\r\n".join(fold_ics(l) for l in lines) + "\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if re.search(r'[,;:]', name) else name


def attendee(email, name=None, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True,
             cutype="INDIVIDUAL", google=False):
    s = f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
    s += f";CN={cn(name or email)}"
    if google:
        s += ";X-NUM-GUESTS=0"
    return s + f":mailto:{email}"


VTZ_NY = [
    "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]

VTZ_WIN = {
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
}
WIN_LABEL = {
    "Eastern Standard Time": ("(UTC-05:00) Eastern Time (US & Canada)", ET),
    "GMT Standard Time": ("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", LON),
}


# ----------------------------------------------------------------------------------
# message builders
# ----------------------------------------------------------------------------------
def human_mail(*, seed, client, frm, to, subject, date, msgid, text, cc=None, reply_to=None,
               in_reply_to=None, references=None, html_body=None, extra=(), attachments=()):
    """A person writing from Gmail/Google Workspace ('gmail'), Outlook/Exchange ('outlook')
    or Apple Mail ('apple')."""
    if client == "gmail":
        bd = "0000000000" + hx(seed + "b", 16)
        alt = multi("alternative", bd, [
            leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
            leaf('text/html; charset="UTF-8"', html_body or text_to_html(text), "quoted-printable"),
        ])
        top = [("Delivered-To", OWNER), received("gmail", date, seed),
               ("Return-Path", f"<{re.search(r'<([^>]+)>', frm).group(1) if '<' in frm else frm}>")]
        top += [("From", frm), ("Date", rfc(date)), ("Message-ID", msgid), ("Subject", enc_subject(subject)),
                ("To", to), ("Cc", cc), ("Reply-To", reply_to),
                ("In-Reply-To", in_reply_to), ("References", references)] + list(extra)
    elif client == "outlook":
        mid = msgid.strip("<>").split("@")[0]
        bd = f"_000_{mid}_"
        alt = multi("alternative", bd, [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', html_body or text_to_html(text, "Aptos,Calibri,sans-serif", True),
                 "quoted-printable"),
        ], newline_boundary=True)
        top = [("Delivered-To", OWNER), received("outlook", date, seed),
               ("Return-Path", f"<{re.search(r'<([^>]+)>', frm).group(1)}>")]
        top += [("From", frm), ("To", to), ("CC", cc), ("Reply-To", reply_to),
                ("Subject", enc_subject(subject)), ("Thread-Topic", re.sub(r'^(RE|Re|FW|Fwd): ', '', subject)),
                ("Thread-Index", thread_index(seed)), ("Date", rfc(date)), ("Message-ID", msgid),
                ("References", references), ("In-Reply-To", in_reply_to),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")] + list(extra)
    else:
        bd = f"Apple-Mail={hx(seed, 8).upper()}-{hx(seed + 'x', 4).upper()}-{hx(seed + 'y', 4).upper()}"
        alt = multi("alternative", bd, [
            leaf("text/plain;\n\tcharset=utf-8", text, "quoted-printable"),
            leaf("text/html;\n\tcharset=utf-8", html_body or text_to_html(text), "quoted-printable"),
        ])
        top = [("Delivered-To", OWNER), received("google", date, seed),
               ("Return-Path", f"<{re.search(r'<([^>]+)>', frm).group(1)}>")]
        top += [("From", frm),
                ("Subject", enc_subject(subject)), ("Message-Id", msgid), ("Date", rfc(date)),
                ("Cc", cc), ("To", to), ("In-Reply-To", in_reply_to), ("References", references),
                ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")] + list(extra)
    root = alt
    if attachments:
        root = multi("mixed", ("_004_" if client == "outlook" else "0000000000") + hx(seed + "m", 16),
                     [alt] + list(attachments))
    return message(top, root)


def google_invite(*, seed, organizer, guests, start, end, summary, description, date, uid,
                  created, seq=0, method="REQUEST", prefix="Invitation", location="", meet=True,
                  tzlabel="Eastern Time - New York", show_tz=ET):
    """Google Calendar invitation / update / cancellation e-mail (multipart/mixed)."""
    oname, oemail = organizer
    s_loc, e_loc = start.astimezone(show_tz), end.astimezone(show_tz)
    abbr = s_loc.tzname()
    when_subj = f"{date_short(s_loc)} {tm_g(s_loc)} - {tm_g(e_loc)} ({abbr})"
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    meet_code = f"{alnum(seed + 'm1', 3)}-{alnum(seed + 'm2', 4)}-{alnum(seed + 'm3', 3)}"
    pin = digits(seed + "pin", 9)
    phone = f"+1 {digits(seed + 'ph1', 3).replace('0', '6').replace('1', '7')}-{digits(seed + 'ph2', 3)}-{digits(seed + 'ph3', 4)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    long_when = f"{s_loc.strftime('%A')} {s_loc.strftime('%b')} {s_loc.day}, {s_loc.year} \u22c5 {tm_g(s_loc)} \u2013 {tm_g(e_loc)}"
    cancelled = method == "CANCEL"
    lines = []
    if cancelled:
        lines += ["This event has been canceled and removed from your calendar.", ""]
    elif prefix.startswith("Updated"):
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, long_when, tzlabel, ""]
    if meet and not cancelled:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet_code}", "",
                  "Join by phone", f"(US) {phone}", f"PIN: {pin}", ""]
    if location:
        lines += ["Location", location, ""]
    lines += ["Organizer", oname, oemail, "", "Guests"]
    for gname, gemail, *_ in guests:
        lines.append(f"{gname} - organizer" if gemail == oemail else (gname or gemail))
        if gname:
            lines.append(gemail)
    lines += [f"View all guest info {view}", ""]
    if description:
        lines += [description.rstrip("\n"), ""]
    if not cancelled:
        lines += [f"Reply for {OWNER} and view more details {view}", ""]
    lines += ["", "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    hparas = []
    for block in "\n".join(lines).split("\n\n"):
        hparas.append("<p>" + "<br>".join(html.escape(x) for x in block.split("\n")) + "</p>")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n'
                 + "\n".join(hparas) + "\n</div></body></html>\n")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(date)}",
           f"ORGANIZER;CN={cn(oname)}:mailto:{oemail}", f"UID:{uid}"]
    for gname, gemail, partstat, *rest in guests:
        cal.append(attendee(gemail, gname, partstat=partstat, rsvp=True, google=True,
                            cutype=rest[0] if rest else "INDIVIDUAL"))
    if meet and not cancelled:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}")
    desc = description.rstrip("\n")
    if meet and not cancelled:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet_code}\nOr dial: (US) {phone} PIN: {pin}#\n\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zstamp(date)}",
            f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
            f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}", f"SUMMARY:{esc(summary)}",
            "TRANSP:OPAQUE"]
    if not cancelled:
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    alt = multi("alternative", "000000000000" + hx(seed + "alt", 12), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal_text, "base64"),
    ])
    root = multi("mixed", "000000000000" + hx(seed + "mix", 12), [
        alt,
        leaf('application/ics; name="invite.ics"', cal_text, "base64",
             [("Content-Disposition", 'attachment; filename="invite.ics"')]),
    ])
    top = [("Delivered-To", OWNER), received("google", date, seed),
           ("Return-Path", f"<{b64id(seed + 'rp', 22).replace('/', 'x').replace('+', 'y')}@calendar-server.bounces.google.com>"),
           ("Reply-To", addr(oname, oemail)),
           ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Message-ID", gcal_msgid(seed)), ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")),
           ("Subject", enc_subject(subject)), ("From", addr(oname, oemail)), ("To", OWNER)]
    return message(top, root)


def outlook_invite(*, seed, organizer, required, start, end, subject, body, date, uid, location,
                   tzid="Eastern Standard Time", seq=0, method="REQUEST", optional=(), teams=False,
                   cc_header=None, region="namprd11", outbound="outlook"):
    """Exchange Online meeting request (multipart/alternative with text/calendar)."""
    label, tz = WIN_LABEL[tzid]
    s_loc, e_loc = start.astimezone(tz), end.astimezone(tz)
    oname, oemail = organizer
    uk = tz is LON
    dstr = date_uk(s_loc) if uk else date_long(s_loc)
    t1, t2 = (tm24(s_loc), tm24(e_loc)) if uk else (tm(s_loc), tm(e_loc))
    when = f"When: {dstr} {t1}-{t2}. {label}."
    where = f"Where: {location}"
    teams_block = ""
    if teams:
        mid = digits(seed + "tm", 12)
        teams_block = ("\n________________________________________________________________________________\n"
                       "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                       f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id(seed + 'tj', 32).replace('/', 'Q').replace('+', 'P')}%40thread.v2/0>\n"
                       f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\nPasscode: {alnum(seed + 'pc', 6).upper()}\n"
                       "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                       "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                       "________________________________________________________________________________\n")
    plain = f"{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.rstrip()}\n{teams_block}"
    hbody = html.escape(body.rstrip()).replace("\n", "<br>\n")
    html_body = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
                 '<body>\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">\n'
                 f"<p>{html.escape(when)}<br>\n{html.escape(where)}</p>\n<p>*~*~*~*~*~*~*~*~*~*</p>\n"
                 f"<p>{hbody}</p>\n"
                 + (f"<p>{html.escape(teams_block).replace(chr(10), '<br>' + chr(10))}</p>\n" if teams else "")
                 + "</div>\n</body>\n</html>\n")
    cancelled = method == "CANCEL"
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ_WIN[tzid]
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(oname)}:mailto:{oemail}"]
    for n, e in required:
        cal.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{e}")
    for n, e in optional:
        cal.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{e}")
    cal += [f"DESCRIPTION;LANGUAGE=en-US:{esc(body.rstrip() + chr(10) + teams_block)}",
            f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(('Canceled: ' if cancelled else '') + re.sub(r'^(Updated|Canceled): ', '', subject))}",
            f"DTSTART;TZID={tzid}:{lstamp(s_loc)}", f"DTEND;TZID={tzid}:{lstamp(e_loc)}",
            "CLASS:PUBLIC", "PRIORITY:5" if not cancelled else "PRIORITY:1", f"DTSTAMP:{zstamp(date)}",
            "TRANSP:OPAQUE" if not cancelled else "TRANSP:TRANSPARENT",
            "STATUS:CONFIRMED" if not cancelled else "STATUS:CANCELLED", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE=en-US:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{digits(seed + 'own', 10)}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancelled else 'TENTATIVE'}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancelled else 'BUSY'}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if teams:
        cal.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                   f"{b64id(seed + 'tj', 32).replace('/', 'Q').replace('+', 'P')}%40thread.v2/0")
    if not cancelled:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    msgid = outlook_msgid(seed, region)
    mid = msgid.strip("<>").split("@")[0]
    alt = multi("alternative", f"_000_{mid}_", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics(cal), "base64"),
    ], newline_boundary=True)
    to_list = ", ".join(addr(n, e) for n, e in required)
    top = [("Delivered-To", OWNER), received(outbound, date, seed), ("Return-Path", f"<{oemail}>"),
           ("From", addr(oname, oemail)), ("To", to_list), ("CC", cc_header),
           ("Subject", enc_subject(subject)),
           ("Thread-Topic", re.sub(r'^(Updated|Canceled): ', '', subject)),
           ("Thread-Index", thread_index(seed)), ("Date", rfc(date)), ("Message-ID", msgid),
           ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
           ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64id(seed + "si", 20)),
           ("x-ms-publictraffictype", "Email")]
    return message(top, alt)


def gcal_event(*, seed, summary, description, organizer, attendees, start, end, tzname="America/New_York",
               created, updated, status="confirmed", location=None, sequence=0, uid=None, meet=True):
    eid = uid.split("@")[0] if uid else alnum(seed, 26)
    ev = {
        "kind": "calendar#event",
        "etag": f'"{digits(seed + "etag", 16)}"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + digits(seed + "ms", 3) + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.astimezone(ZoneInfo(tzname)).isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.astimezone(ZoneInfo(tzname)).isoformat(), "timeZone": tzname}
    ev["iCalUID"] = uid or f"{eid}@google.com"
    ev["sequence"] = sequence
    ev["attendees"] = attendees
    if meet:
        code = f"{alnum(seed + 'm1', 3)}-{alnum(seed + 'm2', 4)}-{alnum(seed + 'm3', 3)}"
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": f"tel:+1-617-555-{digits(seed + 'tel', 4)}",
                 "label": f"+1 617-555-{digits(seed + 'tel', 4)}", "pin": digits(seed + "pin", 9), "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def ics_attachment(cal_text, name="invite.ics", method="REQUEST", style="plain"):
    if style == "application":
        return leaf(f'application/ics; name="{name}"', cal_text, "base64",
                    [("Content-Disposition", f'attachment; filename="{name}"')])
    return leaf(f'text/calendar; charset=UTF-8; method={method}; name="{name}"', cal_text, "base64",
                [("Content-Disposition", f'attachment; filename="{name}"')])


def add_case(cid, files, label):
    assert cid not in CASES
    CASES[cid] = files
    lab = {"user": OWNER, "interview": bool(label["interviews"]), "interviews": label["interviews"],
           "difficulty": label["difficulty"], "category": label["category"], "notes": label["notes"],
           "source": "synthetic"}
    LABELS[cid] = lab


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def vendor_mail(*, seed, via, frm, subject, date, msgid, text, html_body, return_path, reply_to=None,
                to=OWNER, attachments=(), extra=()):
    alt = multi("alternative", hx(seed + "va", 28), [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_body, "quoted-printable"),
    ])
    root = alt if not attachments else multi("mixed", hx(seed + "vm", 28), [alt] + list(attachments))
    top = [("Delivered-To", OWNER), received(via, date, seed), ("Return-Path", return_path),
           ("From", frm), ("Reply-To", reply_to), ("To", to), ("Subject", enc_subject(subject)),
           ("Date", rfc(date)), ("Message-ID", msgid)] + list(extra)
    return message(top, root)


def vendor_html(text, accent="#24a47f", font="Helvetica,Arial,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = "\n".join('<p style="margin:0 0 14px 0">'
                     + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>"
                     for p in paras)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n'
            '<body style="margin:0;padding:0;background:#f6f7f9">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            f'border-top:4px solid {accent};font-family:{font};font-size:15px;line-height:22px;color:#222222">'
            f'<tr><td style="padding:28px 32px">\n{body}\n</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n')


def ats_ics(*, prodid, uid, date, start, end, summary, description, location, organizer, attendees,
            method="REQUEST", seq=0, tzid=None, status="CONFIRMED"):
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid == "America/New_York":
        cal += VTZ_NY
    cal += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(date)}"]
    if tzid:
        z = ZoneInfo(tzid)
        cal += [f"DTSTART;TZID={tzid}:{lstamp(start, z)}", f"DTEND;TZID={tzid}:{lstamp(end, z)}"]
    else:
        cal += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    cal += [f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}",
            f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for n, e, ps in attendees:
        cal.append(attendee(e, n, partstat=ps))
    cal += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(cal)


GH_FOOTER = ("\n\n--\nThis email was sent via Greenhouse on behalf of {co}. "
             "Powered by Greenhouse | https://www.greenhouse.com | Privacy Policy: https://www.greenhouse.com/privacy-policy\n")


# ==================================================================================
# CASES
# ==================================================================================
def case01():
    cid = "b146-01-greenhouse-phone-screen-dst"
    colm = ("Colm Fitzgerald", "colm.fitzgerald@corvidbio.example")
    sent = T(2026, 3, 4, 15, 41, 7)
    start = T(2026, 3, 10, 10, 30)
    end = start + timedelta(minutes=30)
    assert sent.utcoffset() == timedelta(hours=-5) and start.utcoffset() == timedelta(hours=-4)
    text = f"""Hi Greta,

Thanks so much for your interest in the Laboratory Operations Manager role at Corvid Bio! I'm looking forward to our conversation. Here are the details:

Phone Interview
{date_long(start)}
{tm(start)} - {tm(end)} Eastern Time (US & Canada)
Interviewer: Colm Fitzgerald, Senior Talent Partner

I'll call you at {OWNER_PHONE}. If that number has changed, just reply to this email and let me know. A calendar invitation is attached for your convenience.

Talk soon,
Colm

Colm Fitzgerald
Senior Talent Partner | Corvid Bio
colm.fitzgerald@corvidbio.example""" + GH_FOOTER.format(co="Corvid Bio")
    cal = ats_ics(prodid="-//Greenhouse Software Inc//Greenhouse Scheduler//EN",
                  uid=f"{hx('c01uid', 24)}@greenhouse.io", date=sent, start=start, end=end,
                  summary="Phone Interview: Greta Lindqvist / Corvid Bio (Laboratory Operations Manager)",
                  description=f"Colm Fitzgerald will call Greta at {OWNER_PHONE}.",
                  location=f"Phone - Colm calls {OWNER_PHONE}", organizer=colm,
                  attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (colm[0], colm[1], "ACCEPTED")])
    eml = vendor_mail(seed="c01", via="greenhouse", frm=addr(colm[0], "no-reply@greenhouse.io"),
                      reply_to=colm[1], subject="Corvid Bio - Phone Interview Confirmation",
                      date=sent.astimezone(UTC), msgid=f"<{alnum('c01mid', 22)}@geopod-ismtpd-4-2.greenhouse.io>",
                      text=text, html_body=vendor_html(text), return_path=f"<bounces+{digits('c01rp', 7)}@em.greenhouse.io>",
                      attachments=[ics_attachment(cal)])
    add_case(cid, [("01-corvid-phone-interview-confirmation.eml", eml)], {
        "interviews": [iv("Corvid Bio", "Laboratory Operations Manager", start, end, "scheduled",
                          [colm[1]], [colm[1]], "phone_screen")],
        "difficulty": "medium", "category": "positive/ats-greenhouse-dst",
        "notes": "Greenhouse confirmation sent from no-reply with Reply-To the recruiter, who is also the "
                 "interviewer. Mail dated Mar 4 (EST, -05:00); the call is Mar 10 after the Mar 8 DST switch, "
                 "so 10:30 Eastern is -04:00 (the attached .ics is in UTC: 14:30Z)."})


def case02():
    cid = "b146-02-vendor-demo-cytometer"
    gareth = ("Gareth Lowe", "gareth.lowe@aurelian-instruments.example")
    booked = T(2026, 3, 9, 13, 22, 51)
    start = T(2026, 3, 19, 14, 0)
    end = start + timedelta(hours=1)
    ws = start.strftime("%A")
    text = f"""Hi {OWNER_NAME},

Your CytoQuant X9 Live Demo with Gareth Lowe at 02:00pm - 03:00pm (Eastern Time - US & Canada) on {date_long(start)} is scheduled.

Event Type:
CytoQuant X9 Live Demo

Event Date/Time:
02:00pm - 03:00pm (Eastern Time - US & Canada) on {date_long(start)}

Location:
On-site at your lab: Sablewood Therapeutics, 1 Harborline Way, Boston MA - Lab 4.210

Invitee:
{OWNER_NAME}
{OWNER}

Questions:
What would you like to see during the demo?
18-color immunophenotyping panels; spectral unmixing vs. our current compensation workflow; plate loader throughput for 96-well runs.

Before the demo, Gareth will do a short needs-assessment interview with you (panel sizes, weekly sample volume, service coverage) so our applications scientist brings the right reagents.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx('c02c', 8)}-{hx('c02c2', 4)}-{hx('c02c3', 4)}-{hx('c02c4', 12)}
Reschedule: https://calendly.com/reschedulings/{hx('c02c', 8)}-{hx('c02c2', 4)}-{hx('c02c3', 4)}-{hx('c02c4', 12)}

Powered by Calendly.com
"""
    cal = ats_ics(prodid="-//Calendly//Calendly Scheduling//EN", uid=f"{hx('c02uid', 32)}@calendly.com",
                  date=booked, start=start, end=end, summary="CytoQuant X9 Live Demo (Greta Lindqvist)",
                  description="Aurelian Instruments product demo. Event Name: CytoQuant X9 Live Demo. "
                              "Needs-assessment interview + live acquisition on customer samples.",
                  location="Sablewood Therapeutics, 1 Harborline Way, Boston MA - Lab 4.210",
                  organizer=gareth, attendees=[(OWNER_NAME, OWNER, "ACCEPTED"), (gareth[0], gareth[1], "ACCEPTED")])
    e1 = vendor_mail(seed="c02a", via="calendly", frm="Calendly <notifications@calendly.com>",
                     reply_to=addr(*gareth),
                     subject=f"Confirmed: CytoQuant X9 Live Demo with Gareth Lowe on {date_long(start)}",
                     date=booked.astimezone(UTC), msgid=f"<{alnum('c02mid', 20)}@calendly.com>", text=text,
                     html_body=vendor_html(text, accent="#006bff"),
                     return_path=f"<bounces+{digits('c02rp', 8)}@email.calendly.com>",
                     attachments=[ics_attachment(cal, "invite.ics")])
    d2 = T(2026, 3, 17, 10, 5, 33)
    t2 = f"""Hi Greta,

Looking forward to {wd(start, 'Thursday')}'s demo at 2. Dr. Yusra Haddad, our field applications scientist, will join me and bring beads plus a stained PBMC sample so you can see unmixing on real data. If you want to run one of your own panels, have the tubes ready by 2:15.

Two logistics notes: the X9 needs a dedicated 20A outlet and about 1.2 m of bench, and we'll be there from 1:30 to set up.

Happy to talk trade-in pricing on your current analyzer as well.

Best,
Gareth

Gareth Lowe
Account Manager, New England | Aurelian Instruments
m: 857-555-0112
"""
    e2 = human_mail(seed="c02b", client="gmail", frm=addr(*gareth), to=addr(OWNER_NAME, OWNER),
                    subject=f"CytoQuant X9 demo {ws} - setup details", date=d2, msgid=gmail_msgid("c02b"),
                    text=t2)
    add_case(cid, [("01-calendly-demo-confirmed.eml", e1), ("02-gareth-demo-setup.eml", e2)], {
        "interviews": [], "difficulty": "hard", "category": "negative/vendor-demo",
        "notes": "Equipment demo the owner booked herself through a sales rep's Calendly; mentions a "
                 "'needs-assessment interview' of the customer. Not a hiring process."})


def case03():
    cid = "b146-03-founder-zoom-screen-thread"
    helena = ("Helena S\u00f8rby", "helena@tessellatebio.example")
    d1 = T(2026, 3, 16, 8, 2, 11, tz=PT)
    d_reply = T(2026, 3, 16, 15, 58, 40)
    d2 = T(2026, 3, 16, 13, 27, 40, tz=PT)
    start = T(2026, 3, 19, 7, 30, tz=PT).astimezone(ET)
    end = start + timedelta(minutes=30)
    assert (start.hour, start.minute) == (10, 30)
    wd(start, "Thursday")
    m1 = gmail_msgid("c03a")
    m_reply = gmail_msgid("c03reply")
    t1 = f"""Hi Greta,

Thank you for applying for our Head of Lab Operations opening - your experience standing up the BSL-2 suite at Sablewood is exactly what we need as we move into our first real lab space in Kendall Square this summer.

I'm the scientific founder (and, for now, still the person who orders the pipette tips). Would you have 30 minutes for a Zoom conversation this week? Thursday at 7:30am my time (Pacific) works well on my end - that's 10:30 for you in Boston. If that's no good, Friday afternoon is also open.

Best,
Helena

--
Helena S\u00f8rby, PhD
Co-founder & CSO, Tessellate Bio
"""
    e1 = human_mail(seed="c03a", client="gmail", frm=addr(*helena), to=addr(OWNER_NAME, OWNER),
                    subject="Tessellate Bio - Head of Lab Operations", date=d1, msgid=m1, text=t1)
    reply = f"""Hi Helena,

Thanks for reaching out! Thursday at 10:30 Eastern works for me. Happy to use Zoom.

Best,
Greta

{gmail_attr(d1, helena[0], helena[1])}
{quote(t1)}
"""
    zid = "8" + digits("c03z", 10)
    pw = digits("c03pw", 6)
    t2 = f"""Perfect - Zoom details below. Talk {wd(start, 'Thursday')}!

Helena

Helena S\u00f8rby is inviting you to a scheduled Zoom meeting.

Topic: Greta Lindqvist / Helena S\u00f8rby - Tessellate Bio
Time: Mar 19, 2026 07:30 AM Pacific Time (US and Canada)

Join Zoom Meeting
https://tessellatebio.zoom.us/j/{zid}?pwd={alnum('c03pwd', 32)}

Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {pw}

---

One tap mobile
+16699006833,,{zid}#,,,,*{pw}# US (San Jose)
+16465588656,,{zid}#,,,,*{pw}# US (New York)

{gmail_attr(d_reply, OWNER_NAME, OWNER, tz=PT)}
{quote(reply)}
"""
    e2 = human_mail(seed="c03b", client="gmail", frm=addr(*helena), to=addr(OWNER_NAME, OWNER),
                    subject="Re: Tessellate Bio - Head of Lab Operations", date=d2, msgid=gmail_msgid("c03b"),
                    in_reply_to=m_reply, references=f"{m1} {m_reply}", text=t2)
    add_case(cid, [("01-helena-intro.eml", e1), ("02-helena-zoom-details.eml", e2)], {
        "interviews": [iv("Tessellate Bio", "Head of Lab Operations", start, end, "scheduled",
                          [helena[1]], [helena[1]], "phone_screen")],
        "difficulty": "medium", "category": "positive/thread-zoom-founder",
        "notes": "Scientific founder (in Pacific time) proposes 'Thursday at 7:30am my time' = 10:30 ET on Mar 19 "
                 "(relative to the Mon Mar 16 message); owner's acceptance is only quoted; Zoom text confirms "
                 "07:30 AM Pacific. 30 minutes stated. Founder conducts the screen."})


def case04():
    cid = "b146-04-hospital-outlook-panel"
    tamsin = ("Tamsin Greaves", "tgreaves@longwoodmemorial.example")
    rafael = ("Okonkwo, Rafael, MD, PhD", "rokonkwo@longwoodmemorial.example")
    beth = ("Kowalczyk, Beth Ann", "bkowalczyk@longwoodmemorial.example")
    start = T(2026, 4, 9, 13, 0)
    end = start + timedelta(hours=1)
    d1 = T(2026, 4, 2, 10, 14, 26)
    d2 = T(2026, 4, 2, 10, 31, 2)
    t1 = f"""Dear Greta,

Thank you for your interest in the Research Laboratory Manager position (Req. 2026-4471) in the Department of Pathology at Longwood Memorial Hospital. I am pleased to confirm your in-person interview:

Date: {date_long(start)}
Time: {tm(start)} - {tm(end)}
Location: Ashby Research Pavilion, 4th floor, Room 4.118 (check in at the 4th floor reception desk)

You will meet with Dr. Rafael Okonkwo, Principal Investigator, and Beth Ann Kowalczyk, Administrative Director for Pathology Research. A calendar invitation will follow separately.

Please bring a government-issued photo ID. Visitor parking is available in the Fenwood Garage; your ticket will be validated at reception.

Kind regards,

Tamsin Greaves
HR Recruitment Coordinator | Human Resources
Longwood Memorial Hospital
tgreaves@longwoodmemorial.example | 617-555-0190

The information in this e-mail is intended only for the person to whom it is addressed. If you believe this e-mail was sent to you in error and the e-mail contains patient information, please contact the Compliance HelpLine. If the e-mail was sent to you in error but does not contain patient information, please contact the sender and properly dispose of the e-mail.
"""
    e1 = human_mail(seed="c04a", client="outlook", frm=addr(*tamsin), to=addr(OWNER_NAME, OWNER),
                    subject="Interview confirmation - Research Laboratory Manager (Req. 2026-4471)",
                    date=d1, msgid=outlook_msgid("c04a", "namprd04"), text=t1)
    body = f"""Panel interview for the Research Laboratory Manager position (Req. 2026-4471), Department of Pathology.

Candidate: Greta Lindqvist
Interviewers: Dr. Rafael Okonkwo (Principal Investigator); Beth Ann Kowalczyk (Administrative Director, Pathology Research)

I am scheduling this meeting on behalf of the search committee and will not attend.

Tamsin Greaves
HR Recruitment Coordinator, Longwood Memorial Hospital
"""
    e2 = outlook_invite(seed="c04b", organizer=tamsin, required=[(OWNER_NAME, OWNER), rafael, beth],
                        start=start, end=end,
                        subject="Interview: Greta Lindqvist - Research Laboratory Manager (Pathology)",
                        body=body, date=d2, uid="040000008200E00074C5B7101A82E00800000000" + hx("c04uid", 32).upper(),
                        location="Ashby Research Pavilion 4.118", region="namprd04")
    add_case(cid, [("01-hr-interview-confirmation.eml", e1), ("02-outlook-invite-panel.eml", e2)], {
        "interviews": [iv("Longwood Memorial Hospital", "Research Laboratory Manager", start, end, "scheduled",
                          [rafael[1], beth[1]], [rafael[1], beth[1]], "onsite")],
        "difficulty": "medium", "category": "positive/outlook-hospital-panel",
        "notes": "Hospital HR confirmation e-mail + Exchange invite for the same panel (one interview). "
                 "Invite shows the fixed '(UTC-05:00) Eastern Time' label but April is EDT (-04:00). The HR "
                 "coordinator organises only; the PI and the administrative director are the interviewers."})


def case05():
    cid = "b146-05-irb-full-board-meeting"
    dolores = ("Ferreira-Nash, Dolores", "dferreiranash@longwoodmemorial.example")
    pi = ("Whitcombe, Samuel, MD", "swhitcombe@longwoodmemorial.example")
    start = T(2026, 4, 28, 14, 15)
    end = T(2026, 4, 28, 14, 35)
    sent = T(2026, 4, 14, 9, 3, 44)
    body = f"""You are receiving this invitation because you are listed as study staff on Protocol 2023P002187, "Longitudinal biobanking of fibrotic tissue for target discovery" (PI: Samuel Whitcombe, MD; industry collaborator: Sablewood Therapeutics).

The protocol is scheduled for continuing review at the IRB Panel C full board meeting on {date_long(start)}. The PI and the study coordinator are asked to attend the {tm(start)} - {tm(end)} slot. The Board may wish to interview the investigator and study staff about the two reportable deviations (specimen shipping temperature excursions) submitted in February.

Please have the corrective and preventive action plan available. Attendance by Zoom is acceptable; the link is below.

Dolores Ferreira-Nash, CIP
IRB Administrator, Human Research Office
Longwood Memorial Hospital

Zoom: https://longwoodmemorial.zoom.us/j/9{digits('c05z', 10)}
"""
    e = outlook_invite(seed="c05", organizer=dolores, required=[pi, (OWNER_NAME, OWNER)], start=start, end=end,
                       subject="IRB Panel C Full Board - Continuing Review 2023P002187 (Whitcombe) - study team attendance",
                       body=body, date=sent, uid="040000008200E00074C5B7101A82E00800000000" + hx("c05uid", 32).upper(),
                       location="Zoom / Human Research Office Conference Room 3B", region="namprd04")
    add_case(cid, [("01-irb-continuing-review-invite.eml", e)], {
        "interviews": [], "difficulty": "hard", "category": "negative/irb-meeting",
        "notes": "Exchange invite from the same hospital the owner is applying to (case 04 domain), using "
                 "'interview the investigator and study staff' - an IRB continuing review, not hiring."})


def case06():
    cid = "b146-06-onsite-science-talk-split-invites"
    ines = ("In\u00eas Carvalho", "ines.carvalho@halyardbio.example")
    wenli = ("Wen-Li Park", "wenli.park@halyardbio.example")
    jonah = ("Jonah Achebe", "jonah.achebe@halyardbio.example")
    rosa = ("Rosalind Mbeki", "rosalind.mbeki@halyardbio.example")
    dmitri = ("Dmitri Vasquez", "dmitri.vasquez@halyardbio.example")
    group = ("Halyard Research (all)", "research-all@halyardbio.example")
    day = T(2026, 4, 14)
    slots = [
        (T(2026, 4, 14, 9, 30), T(2026, 4, 14, 10, 30), "Science talk (Research Commons, 3rd floor) - 40 min presentation + Q&A; host: Wen-Li Park, VP Research"),
        (T(2026, 4, 14, 10, 45), T(2026, 4, 14, 11, 30), "1:1 with Wen-Li Park, VP Research"),
        (T(2026, 4, 14, 11, 30), T(2026, 4, 14, 12, 15), "1:1 with Jonah Achebe, Director of Facilities & EHS"),
        (T(2026, 4, 14, 12, 15), T(2026, 4, 14, 13, 0), "Lunch with members of the Protein Sciences team"),
        (T(2026, 4, 14, 13, 0), T(2026, 4, 14, 13, 45), "1:1 with Rosalind Mbeki, Head of People"),
        (T(2026, 4, 14, 13, 45), T(2026, 4, 14, 14, 30), "1:1 with Dmitri Vasquez, Chief Operating Officer"),
    ]
    start, end = slots[0][0], slots[-1][1]
    sent = T(2026, 4, 8, 13, 22, 9)
    sched = "\n".join(f"{tm(a)} - {tm(b)}   {what}" for a, b, what in slots)
    text = f"""Hi Greta,

We're excited to welcome you to Halyard Biosciences for your onsite interview for the Senior Lab Manager position! Here is your itinerary:

{date_long(day)} (all times Eastern)
{sched}

Address: 400 Tidewater Street, Cambridge, MA 02141. Please check in with the front desk on the ground floor at 9:15 AM; I'll meet you there.

About the science talk: please prepare ~40 minutes on a lab-operations or research project you led (instrument rollout, lab move, safety program - your choice), leaving time for questions. The audience is about 25 scientists. We have a projector with HDMI and USB-C.

Calendar holds for the talk and the interview block will come from my calendar. Let me know if you have any dietary restrictions for lunch.

Best,
In\u00eas

In\u00eas Carvalho
Recruiting Coordinator | Halyard Biosciences
ines.carvalho@halyardbio.example""" + GH_FOOTER.format(co="Halyard Biosciences")
    rows = "".join(f'<tr><td style="padding:4px 12px 4px 0;white-space:nowrap">{tm(a)} - {tm(b)}</td>'
                   f'<td style="padding:4px 0">{html.escape(what)}</td></tr>\n' for a, b, what in slots)
    sched_par = f"{date_long(day)} (all times Eastern)\n{sched}"
    assert sched_par in text
    hb = vendor_html(text.replace(sched_par, "@@SCHEDULE@@")).replace(
        '<p style="margin:0 0 14px 0">@@SCHEDULE@@</p>',
        '<p style="margin:0 0 6px 0"><b>' + html.escape(date_long(day)) + " (all times Eastern)</b></p>\n"
        '<table cellpadding="0" cellspacing="0" style="font-size:14px;margin:0 0 14px 0">\n' + rows + "</table>")
    assert "@@" not in hb
    e1 = vendor_mail(seed="c06a", via="greenhouse", frm=addr(ines[0], "no-reply@greenhouse.io"),
                     reply_to=ines[1],
                     subject=f"Your onsite interview at Halyard Biosciences - {day.strftime('%A')}, {day.strftime('%B')} {day.day}",
                     date=sent.astimezone(UTC), msgid=f"<{alnum('c06mid', 22)}@geopod-ismtpd-2-0.greenhouse.io>",
                     text=text, html_body=hb, return_path=f"<bounces+{digits('c06rp', 7)}@em.greenhouse.io>")
    created = T(2026, 4, 8, 13, 40, 0)
    e2 = google_invite(
        seed="c06b", organizer=ines,
        guests=[(ines[0], ines[1], "ACCEPTED"), (wenli[0], wenli[1], "ACCEPTED"),
                (group[0], group[1], "NEEDS-ACTION", "GROUP"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        start=slots[0][0], end=slots[0][1],
        summary="Science talk: Greta Lindqvist (Senior Lab Manager candidate)",
        description="Greta is interviewing for our Senior Lab Manager role and will give a ~40 min talk followed by "
                    "Q&A. All research staff welcome - please come and fill the Research Commons!",
        date=T(2026, 4, 8, 13, 41, 12), uid=f"{alnum('c06uidb', 26)}@google.com", created=created, meet=False,
        location="Research Commons (3rd floor), 400 Tidewater Street, Cambridge MA")
    desc3 = ("Onsite interviews for Greta Lindqvist - Senior Lab Manager\n\n"
             + "\n".join(f"{tm(a)} - {tm(b)}  {what}" for a, b, what in slots[1:])
             + "\n\nInterviewers: please submit scorecards in Greenhouse by end of day Wednesday.")
    e3 = google_invite(
        seed="c06c", organizer=ines,
        guests=[(ines[0], ines[1], "ACCEPTED"), (wenli[0], wenli[1], "ACCEPTED"), (jonah[0], jonah[1], "ACCEPTED"),
                (rosa[0], rosa[1], "NEEDS-ACTION"), (dmitri[0], dmitri[1], "ACCEPTED"),
                (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        start=slots[1][0], end=slots[-1][1],
        summary="Onsite interviews: Greta Lindqvist (Senior Lab Manager)",
        description=desc3, date=T(2026, 4, 8, 13, 44, 57), uid=f"{alnum('c06uidc', 26)}@google.com",
        created=T(2026, 4, 8, 13, 43, 0), meet=False,
        location="Halyard Biosciences, 400 Tidewater Street, Cambridge MA - Conference room Eelgrass")
    allv = [wenli[1], jonah[1], rosa[1], dmitri[1]]
    add_case(cid, [("01-greenhouse-onsite-itinerary.eml", e1), ("02-invitation-science-talk.eml", e2),
                   ("03-invitation-onsite-block.eml", e3)], {
        "interviews": [iv("Halyard Biosciences", "Senior Lab Manager", start, end, "scheduled", allv, allv, "onsite")],
        "difficulty": "hard", "category": "positive/onsite-science-talk",
        "notes": "One onsite day announced three ways: Greenhouse itinerary, a Google invite for the science talk "
                 "(9:30-10:30, sent to a research-all group) and a second invite for the 1:1 block (10:45-2:30). "
                 "Single onsite 9:30-14:30 ET; interviewers are the four 1:1 people; the coordinator and the "
                 "group address are not; lunch host has no address."})


def case07():
    cid = "b146-07-vivarium-training-invite"
    gwen = ("Abernathy, Gwen", "gabernathy@sablewoodtx.example")
    start = T(2026, 4, 1, 9, 0)
    end = T(2026, 4, 1, 11, 30)
    sent = T(2026, 3, 23, 14, 7, 19)
    body = f"""Hello,

You are registered for the Vivarium Orientation & Hands-On Rodent Handling session (Session B) on {date_long(start)}, {tm(start)} - {tm(end)}. Completion is required before your badge is activated for the barrier suite.

Before the session:
- Complete the CITI "Working with Mice in Research" module and upload the certificate.
- Submit the Occupational Health risk questionnaire. Occupational Health will contact you to schedule a short interview to clear you for animal contact (allergy history, respirator fit test).

Trainer: Dr. Marcus Ilunga, DVM, Attending Veterinarian. Scrubs, shoe covers and PPE are provided; please do not wear jewelry.

Gwen Abernathy
Training Coordinator, Comparative Medicine
Sablewood Therapeutics
"""
    e = outlook_invite(seed="c07", organizer=gwen, required=[(OWNER_NAME, OWNER)], start=start, end=end,
                       subject="Vivarium Orientation & Hands-On Rodent Handling - Session B (required for barrier access)",
                       body=body, date=sent, uid="040000008200E00074C5B7101A82E00800000000" + hx("c07uid", 32).upper(),
                       location="Vivarium B1 Training Room (badge access via loading dock elevator)", region="namprd19")
    add_case(cid, [("01-vivarium-training-invite.eml", e)], {
        "interviews": [], "difficulty": "medium", "category": "negative/animal-facility-training",
        "notes": "Employer's animal-facility training invite; the only 'interview' is an Occupational Health "
                 "clearance, not a job interview."})


def case08():
    cid = "b146-08-core-screen-then-lab-tour-final"
    fer = ("Osei, Ferdinand", "fosei@kendallinstitute.example")
    lucia = ("Brandt, Lucia", "lbrandt@kendallinstitute.example")
    hiro = ("Tanabe, Hiroshi", "htanabe@kendallinstitute.example")
    d1 = T(2026, 3, 26, 11, 48, 5)
    d_reply = T(2026, 3, 26, 14, 31, 0)
    d2 = T(2026, 3, 26, 16, 5, 52)
    call = T(2026, 3, 30, 15, 0)
    call_end = call + timedelta(minutes=30)
    wd(call, "Monday")
    d3 = T(2026, 4, 7, 9, 20, 14)
    final = T(2026, 4, 16, 13, 0)
    final_end = T(2026, 4, 16, 15, 30)
    m1 = outlook_msgid("c08a", "namprd07")
    m_reply = gmail_msgid("c08reply")
    m2 = outlook_msgid("c08b", "namprd07")
    t1 = """Dear Greta,

Thank you for applying for the Core Facility Operations Manager position (posting KI-2026-118) in the Genomics Core. Your experience running a shared instrument room and service contracts at Sablewood is very relevant.

I'd like to set up a 30-minute phone call to learn more about your background and tell you about the core. Would Monday at 3:00 PM work? If so, I'll call you at the number on your CV.

Best regards,
Ferdinand

Ferdinand Osei, PhD
Director, Genomics Core Facility
Kendall Institute for Biomedical Research
"""
    e1 = human_mail(seed="c08a", client="outlook", frm=addr("Osei, Ferdinand", fer[1]), to=addr(OWNER_NAME, OWNER),
                    subject="Core Facility Operations Manager - phone call", date=d1, msgid=m1, text=t1)
    reply = f"""Hi Dr. Osei,

Monday at 3 works well for me. My cell is {OWNER_PHONE}.

Thank you,
Greta
"""
    t2 = f"""Great - I'll call you Monday at 3. Talk then.

Ferdinand

________________________________
From: Greta Lindqvist <{OWNER}>
Sent: {date_long(d_reply)} {tm(d_reply)}
To: Osei, Ferdinand <{fer[1]}>
Subject: Re: Core Facility Operations Manager - phone call

{reply}
________________________________
From: Osei, Ferdinand <{fer[1]}>
Sent: {date_long(d1)} {tm(d1)}
To: Greta Lindqvist <{OWNER}>
Subject: Core Facility Operations Manager - phone call

{t1}"""
    e2 = human_mail(seed="c08b", client="outlook", frm=addr(*fer), to=addr(OWNER_NAME, OWNER),
                    subject="RE: Core Facility Operations Manager - phone call", date=d2, msgid=m2,
                    in_reply_to=m_reply, references=f"{m1} {m_reply}", text=t2)
    t3 = f"""Dear Greta,

Thank you again for the conversation last week - I enjoyed hearing about the lab move you ran.

We would like to invite you for the final round on {date_long(final)}, {tm(final)} - {tm(final_end)}. We'll start with a lab tour led by Lucia Brandt, our senior staff scientist, who runs the NovaSeq and single-cell pipelines (1:00 - 1:45). The tour is very much part of the interview: Lucia will want to hear how you would handle instrument scheduling and downtime. You will then meet with me (1:45 - 2:30) and with Hiroshi Tanabe from Research Operations, who oversees core recharge rates and service agreements (2:30 - 3:30).

I've copied Lucia and Hiroshi here and will send a calendar invitation. Please check in at the Building 2 front desk.

Best regards,
Ferdinand

Ferdinand Osei, PhD
Director, Genomics Core Facility
Kendall Institute for Biomedical Research
"""
    e3 = human_mail(seed="c08c", client="outlook", frm=addr(*fer), to=addr(OWNER_NAME, OWNER),
                    cc=f"{addr(*lucia)}, {addr(*hiro)}",
                    subject="Final round - Genomics Core (lab tour + meetings)", date=d3,
                    msgid=outlook_msgid("c08c", "namprd07"), text=t3)
    body4 = """Final interview - Core Facility Operations Manager (KI-2026-118)

1:00 - 1:45  Lab tour of the Genomics Core with Lucia Brandt
1:45 - 2:30  Ferdinand Osei
2:30 - 3:30  Hiroshi Tanabe (Research Operations)

Check in at the Building 2 front desk.
"""
    e4 = outlook_invite(seed="c08d", organizer=fer, required=[(OWNER_NAME, OWNER), lucia, hiro],
                        start=final, end=final_end,
                        subject="Final interview: Greta Lindqvist - Core Facility Operations Manager",
                        body=body4, date=T(2026, 4, 7, 9, 26, 40),
                        uid="040000008200E00074C5B7101A82E00800000000" + hx("c08uid", 32).upper(),
                        location="Kendall Institute Building 2, Genomics Core (B210)", region="namprd07")
    company, role = "Kendall Institute for Biomedical Research", "Core Facility Operations Manager"
    fin = [fer[1], lucia[1], hiro[1]]
    add_case(cid, [("01-osei-phone-call-request.eml", e1), ("02-osei-confirms-monday.eml", e2),
                   ("03-osei-final-round-lab-tour.eml", e3), ("04-outlook-invite-final.eml", e4)], {
        "interviews": [
            iv(company, role, call, call_end, "scheduled", [fer[1]], [fer[1]], "phone_screen"),
            iv(company, role, final, final_end, "scheduled", fin, fin, "onsite"),
        ],
        "difficulty": "hard", "category": "positive/two-interviews-lab-tour",
        "notes": "Two interviews with the same academic core: (1) 30-min phone call 'Monday at 3' resolved "
                 "against the Thu Mar 26 e-mail -> Mon Mar 30 15:00 EDT, confirmed in an Outlook reply that "
                 "quotes the owner; (2) final round Apr 16 13:00-15:30 that starts with a lab tour explicitly "
                 "'part of the interview' -> one onsite with all three staff."})


def case09():
    cid = "b146-09-user-is-interviewer-greenhouse"
    marg = ("Marguerite Oyelaran", "moyelaran@sablewoodtx.example")
    start = T(2026, 4, 13, 14, 0)
    end = start + timedelta(minutes=45)
    sent = T(2026, 4, 6, 16, 12, 48)
    text = f"""Hi Greta,

You've been scheduled to interview Devon Marsh for Research Associate II (Cell Biology).

Interview: Lab Skills & Safety Interview
When: {date_long(start)}, {tm(start)} - {tm(end)} EDT
Where: Conference Room Charles (candidate joins on Zoom)

Interview kit: https://app.greenhouse.io/guides/{digits('c09kit', 8)}/people/{digits('c09p', 9)}?application_id={digits('c09app', 9)}
Resume: https://app.greenhouse.io/people/{digits('c09p', 9)}/resume

Focus areas: aseptic technique, biosafety cabinet use, chemical waste segregation, notebook practices. Please submit your scorecard within 24 hours of the interview.

Thanks for helping us hire!
Marguerite Oyelaran, Recruiting Coordinator, Sablewood Therapeutics""" + GH_FOOTER.format(co="Sablewood Therapeutics")
    e1 = vendor_mail(seed="c09a", via="greenhouse", frm="Greenhouse <no-reply@greenhouse.io>", reply_to=marg[1],
                     subject=f"Interview scheduled: Devon Marsh for Research Associate II (Cell Biology) - {date_short(start)}",
                     date=sent.astimezone(UTC), msgid=f"<{alnum('c09mid', 22)}@geopod-ismtpd-6-1.greenhouse.io>",
                     text=text, html_body=vendor_html(text), return_path=f"<bounces+{digits('c09rp', 7)}@em.greenhouse.io>")
    e2 = google_invite(
        seed="c09b", organizer=marg,
        guests=[(marg[0], marg[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        start=start, end=end,
        summary="Interview: Devon Marsh (Research Associate II) - Lab Skills & Safety w/ Greta",
        description="Interviewer: Greta Lindqvist\nCandidate: Devon Marsh (joins via Zoom)\n"
                    "Interview kit and scorecard in Greenhouse. Room: Charles.",
        date=T(2026, 4, 6, 16, 13, 30), uid=f"{alnum('c09uid', 26)}@google.com", created=T(2026, 4, 6, 16, 13, 0),
        location="Conference Room Charles")
    add_case(cid, [("01-greenhouse-you-are-interviewing.eml", e1), ("02-invitation-interviewer-slot.eml", e2)], {
        "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
        "notes": "Owner's current employer schedules her as the interviewer of a Research Associate candidate "
                 "(Greenhouse interviewer notification + Google invite). The owner is not the candidate."})


def case10():
    cid = "b146-10-lever-hiring-manager-ics"
    kira = ("Kira Frost", "kfrost@lumenpeptide.example")
    dana = ("Dana Whitfield", "dwhitfield@lumenpeptide.example")
    sent = T(2026, 3, 27, 10, 3, 55)
    start = T(2026, 4, 1, 16, 0)
    end = start + timedelta(minutes=45)
    text = f"""Hi Greta,

Your interview for Lab Manager, Chemistry at Lumen Peptide Therapeutics has been scheduled.

{date_long(start)}
{tm_lower(start)} - {tm_lower(end)} EDT

Video call - a Google Meet link is included in the attached calendar invitation.

You'll be meeting with:
Dana Whitfield - VP, Operations

If you need to reschedule, just reply to this email and Kira will help.

Lumen Peptide Therapeutics Recruiting

Sent via Lever
"""
    meet = f"https://meet.google.com/{alnum('c10m1', 3)}-{alnum('c10m2', 4)}-{alnum('c10m3', 3)}"
    cal = ats_ics(prodid="-//Lever//Lever Hire Scheduling//EN", uid=f"lever-{hx('c10uid', 24)}@hire.lever.co",
                  date=sent, start=start, end=end, tzid="America/New_York",
                  summary="Interview: Greta Lindqvist <> Dana Whitfield (Lab Manager, Chemistry)",
                  description=f"Hiring manager interview for Lab Manager, Chemistry.\nJoin: {meet}",
                  location=meet, organizer=kira,
                  attendees=[(dana[0], dana[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")])
    e = vendor_mail(seed="c10", via="lever", frm="Lumen Peptide Therapeutics <no-reply@hire.lever.co>",
                    reply_to=addr(*kira),
                    subject="Interview confirmed: Lab Manager, Chemistry at Lumen Peptide Therapeutics",
                    date=sent.astimezone(UTC), msgid=f"<{digits('c10mid', 14)}.{hx('c10mid2', 16)}@hire.lever.co>",
                    text=text, html_body=vendor_html(text, accent="#1b1e2b"),
                    return_path=f"<bounce+{hx('c10rp', 6)}.{hx('c10rp2', 8)}@hire.lever.co>",
                    attachments=[ics_attachment(cal, "invite.ics")])
    add_case(cid, [("01-lever-interview-confirmed.eml", e)], {
        "interviews": [iv("Lumen Peptide Therapeutics", "Lab Manager, Chemistry", start, end, "scheduled",
                          [dana[1]], [dana[1]], "hiring_manager")],
        "difficulty": "easy", "category": "positive/ats-lever-ics",
        "notes": "Lever confirmation (no-reply, Reply-To the recruiter) with an .ics using TZID=America/New_York "
                 "and a VTIMEZONE; the interviewer's address appears only as an ATTENDEE in the .ics."})


def case11():
    cid = "b146-11-journal-club-science-talk"
    theo = ("Theo Brandvold", "tbrandvold@sablewoodtx.example")
    group = ("Sablewood Research", "research-all@sablewoodtx.example")
    start = T(2026, 4, 10, 12, 0)
    end = start + timedelta(hours=1)
    sent = T(2026, 4, 3, 11, 15, 2)
    desc = ("Journal Club / Science Talk\n\nPresenter: Greta Lindqvist (Lab Operations)\n"
            "Paper: Arrayed CRISPRi screening in iPSC-derived microglia identifies regulators of lipid droplet "
            "accumulation (2025)\n\nGreta will present the paper and then 10 minutes on how we'd set up an arrayed "
            "screen in the new BSL-2 suite. Pizza in the back.\n\n"
            "Heads-up: next Friday's slot is replaced by the job talk from our Associate Director, Cell Therapy "
            "candidate; a sign-up sheet for 1:1s with the candidate will go out Monday.")
    e = google_invite(seed="c11", organizer=theo,
                      guests=[(theo[0], theo[1], "ACCEPTED"), (group[0], group[1], "NEEDS-ACTION", "GROUP"),
                              (OWNER_NAME, OWNER, "ACCEPTED")],
                      start=start, end=end,
                      summary="Journal Club / Science Talk - Greta L.: arrayed CRISPRi in iPSC microglia",
                      description=desc, date=sent, uid=f"{alnum('c11uid', 26)}@google.com",
                      created=T(2026, 4, 3, 11, 14, 0), location="Sablewood - Harbor Room (4th floor) + Meet")
    add_case(cid, [("01-invitation-journal-club.eml", e)], {
        "interviews": [], "difficulty": "medium", "category": "negative/journal-club",
        "notes": "Internal journal club where the owner presents ('Science Talk'); mentions a different person's "
                 "job talk as a candidate. No hiring process with the owner as candidate."})


def case12():
    cid = "b146-12-cancel-departing-hiring-manager"
    oren = ("Oren Galloway", "ogalloway@pellucidbio.example")
    start = T(2026, 4, 21, 11, 0)
    end = start + timedelta(minutes=45)
    wd(start, "Tuesday")
    uid = f"{alnum('c12uid', 26)}@google.com"
    summary = "Interview: Greta Lindqvist / Oren Galloway - Lab Manager, Process Development"
    desc = ("Hi Greta - looking forward to talking about the Lab Manager, Process Development role. We'll cover "
            "how you've run documentation and equipment qualification in a non-GMP lab that supports tech "
            "transfer. - Oren")
    guests = [(oren[0], oren[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    created = T(2026, 4, 9, 14, 18, 0)
    e1 = google_invite(seed="c12a", organizer=oren, guests=guests, start=start, end=end, summary=summary,
                       description=desc, date=T(2026, 4, 9, 14, 20, 31), uid=uid, created=created)
    d2 = T(2026, 4, 17, 16, 48, 12)
    t2 = f"""Hi Greta,

I wanted to tell you directly rather than have you find out from a calendar notification: I've accepted a position at another company, and my last day at Pellucid is next Friday. Since I won't be the one managing this role, I've cancelled our interview on {wd(start, 'Tuesday')} (the 21st at 11:00).

The Lab Manager, Process Development position is on hold until my successor is in place. Keisha Drummond on our talent team will reach out if and when it reopens - I've left her a note that you'd be a strong candidate.

I'm sorry for the short notice, and thank you for being so flexible through the scheduling.

Best,
Oren

Oren Galloway
Director, Process Development | Pellucid Biologics
"""
    e2 = human_mail(seed="c12b", client="gmail", frm=addr(*oren), to=addr(OWNER_NAME, OWNER),
                    subject=f"Our conversation on {start.strftime('%A')}", date=d2, msgid=gmail_msgid("c12b"), text=t2)
    e3 = google_invite(seed="c12c", organizer=oren, guests=guests, start=start, end=end, summary=summary,
                       description=desc, date=T(2026, 4, 17, 16, 51, 3), uid=uid, created=created, seq=1,
                       method="CANCEL", prefix="Canceled event")
    add_case(cid, [("01-invitation-hm-interview.eml", e1), ("02-oren-leaving-pellucid.eml", e2),
                   ("03-canceled-event.eml", e3)], {
        "interviews": [iv("Pellucid Biologics", "Lab Manager, Process Development", start, end, "cancelled",
                          [oren[1]], [oren[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation-departing-hm",
        "notes": "Hiring manager invites, then writes that he is leaving the company and cancels; Google "
                 "METHOD:CANCEL (SEQUENCE 1) follows. Kept as cancelled at its last time (Apr 21 11:00 EDT). "
                 "Talent-team contact is named without an address, so follow-up stays with the interviewer."})


def case13():
    cid = "b146-13-biosafety-inspection"
    norbert = ("Quist, Norbert", "nquist@sablewoodtx.example")
    pi = ("Reddy-Lowell, Anjali", "areddylowell@sablewoodtx.example")
    start = T(2026, 4, 28, 10, 0)
    end = start + timedelta(hours=1)
    sent = T(2026, 4, 15, 13, 37, 21)
    body = f"""Hi Greta,

The Institutional Biosafety Committee's annual inspection of BSL-2 Lab 4.210 is scheduled for {date_long(start)}, {tm(start)} - {tm(end)}.

During the visit I will walk through the space, review the lab-specific biosafety manual, BSC certification stickers and training records, and interview lab staff (including at least one Research Associate) about spill response, sharps handling and biohazard waste. As lab manager, please be present for the walkthrough and the close-out discussion. Dr. Reddy-Lowell is copied as the registered PI; her attendance is optional.

Findings will be sent in writing within five business days.

Norbert Quist, RBP
Biosafety Officer, Environmental Health & Safety
Sablewood Therapeutics
"""
    e = outlook_invite(seed="c13", organizer=norbert, required=[(OWNER_NAME, OWNER)], optional=[pi],
                       start=start, end=end, cc_header=addr(*pi),
                       subject="Annual BSL-2 Biosafety Inspection - Lab 4.210 (Lindqvist)", body=body, date=sent,
                       uid="040000008200E00074C5B7101A82E00800000000" + hx("c13uid", 32).upper(),
                       location="Lab 4.210, 1 Harborline Way", region="namprd19")
    add_case(cid, [("01-biosafety-inspection-invite.eml", e)], {
        "interviews": [], "difficulty": "medium", "category": "negative/biosafety-inspection",
        "notes": "EHS biosafety inspection at the owner's current lab; the officer will 'interview lab staff'. "
                 "Not a hiring process."})


def case14():
    cid = "b146-14-hospital-reschedule-across-dst"
    marisol = ("Upton, Marisol", "marisol.upton@fenwaychildrens.example")
    kwame = ("Asante, Kwame, MD", "kwame.asante@fenwaychildrens.example")
    orig = T(2026, 3, 6, 10, 0)
    new = T(2026, 3, 12, 14, 30)
    assert orig.utcoffset() == timedelta(hours=-5) and new.utcoffset() == timedelta(hours=-4)
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c14uid", 32).upper()
    subj = "Interview: Greta Lindqvist - Laboratory Manager, Stem Cell Program"
    loc = "Longfellow Research Building, Room 7-220"
    body1 = """Interview for the Laboratory Manager, Stem Cell Program position (Req. FCH-26-0392) with Dr. Kwame Asante, Principal Investigator.

Please check in at the 7th floor reception desk; visitor badges are issued there.

I am coordinating this meeting on behalf of Dr. Asante and will not attend. Questions about logistics can come to me directly.

Marisol Upton
Talent Acquisition Coordinator, Research Administration
Fenway Children's Hospital
"""
    e1 = outlook_invite(seed="c14a", organizer=marisol, required=[(OWNER_NAME, OWNER), kwame], start=orig,
                        end=orig + timedelta(hours=1), subject=subj, body=body1, date=T(2026, 2, 27, 13, 5, 48),
                        uid=uid, location=loc, region="namprd13")
    body2 = f"""Please note the new date and time. Dr. Asante's clinic schedule changed, so this interview has moved from {wd(orig, 'Friday')}, March 6 to {wd(new, 'Thursday')}, March 12 at 2:30 PM. Same location and same format (one hour with Dr. Asante).

""" + body1
    e2 = outlook_invite(seed="c14b", organizer=marisol, required=[(OWNER_NAME, OWNER), kwame], start=new,
                        end=new + timedelta(hours=1), subject=subj, body=body2, date=T(2026, 3, 4, 8, 52, 3),
                        uid=uid, location=loc, seq=1, region="namprd13")
    add_case(cid, [("01-outlook-invite-original.eml", e1), ("02-outlook-invite-moved.eml", e2)], {
        "interviews": [iv("Fenway Children's Hospital", "Laboratory Manager, Stem Cell Program", new,
                          new + timedelta(hours=1), "scheduled", [kwame[1]], [kwame[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/reschedule-outlook-dst",
        "notes": "Hospital HR Exchange invite (same UID) re-sent with SEQUENCE 1 and an unchanged subject: moved "
                 "from Fri Mar 6 10:00 EST to Thu Mar 12 14:30 EDT (after DST), while the 'When' line still "
                 "says (UTC-05:00). One interview at the final time; PI is the sole interviewer."})


def case15():
    cid = "b146-15-hirevue-on-demand"
    sent = T(2026, 3, 30, 9, 0, 41)
    due = T(2026, 4, 3, 23, 59)
    text = f"""Hi Greta,

Thank you for your interest in the Laboratory Manager role at Harbinger Cell Sciences. As the next step in our process, we invite you to complete an on-demand video interview.

What to expect:
- 6 questions, recorded on your own time (there is no live interviewer)
- Up to 30 seconds to prepare and up to 3 minutes to answer each question
- About 25 minutes in total

Please complete your interview by {wd(due, 'Friday')}, April 3, 2026 at 11:59 PM ET.

Start your interview: https://app.hirevue.com/candidate/interviews/{alnum('c15link', 24)}

Tips: find a quiet, well-lit place and test your camera and microphone before you begin. You can practice with a sample question first.

Good luck!
The Harbinger Cell Sciences Talent Acquisition Team

This message was sent by HireVue on behalf of Harbinger Cell Sciences. Please do not reply to this email.
"""
    e = vendor_mail(seed="c15", via="hirevue", frm="Harbinger Cell Sciences <noreply@hirevue.com>",
                    subject="Harbinger Cell Sciences: Complete your on-demand interview for Laboratory Manager",
                    date=sent.astimezone(UTC), msgid=f"<{hx('c15mid', 32)}@hirevue.com>", text=text,
                    html_body=vendor_html(text, accent="#0071ce"), return_path="<noreply@hirevue.com>")
    add_case(cid, [("01-hirevue-on-demand-invite.eml", e)], {
        "interviews": [], "difficulty": "medium", "category": "negative/one-way-video",
        "notes": "One-way recorded video 'interview' with a deadline; no live conversation."})


def case16():
    cid = "b146-16-gcal-json-technical"
    yvette = ("Yvette Castellanos", "yvette.castellanos@brightwatergenomics.example")
    sunita = ("Sunita Bhatt", "sunita.bhatt@brightwatergenomics.example")
    start = T(2026, 5, 5, 14, 0)
    end = start + timedelta(hours=1)
    zid = "9" + digits("c16z", 10)
    desc = (f"Technical interview - Genomics Lab Manager\n\nCase walk-through with Sunita Bhatt (Sr. Director, "
            f"Genomics Operations): triaging a failed sequencing run and planning reagent inventory for a 3x "
            f"throughput increase. No slides needed.\n\nScheduled by Yvette Castellanos (Recruiting "
            f"Coordinator).\n\nZoom: https://brightwatergenomics.zoom.us/j/{zid}")
    ev = gcal_event(seed="c16", summary="Brightwater Genomics - Technical Interview (Greta Lindqvist)",
                    description=desc, organizer=yvette,
                    attendees=[
                        {"email": yvette[1], "displayName": yvette[0], "organizer": True, "responseStatus": "accepted"},
                        {"email": sunita[1], "displayName": sunita[0], "responseStatus": "accepted"},
                        {"email": OWNER, "self": True, "responseStatus": "accepted"},
                    ],
                    start=start, end=end, created=T(2026, 4, 28, 10, 2, 0), updated=T(2026, 4, 28, 15, 47, 9),
                    location=f"https://brightwatergenomics.zoom.us/j/{zid}", meet=False)
    add_case(cid, [("01-brightwater-technical.gcal.json", ev)], {
        "interviews": [iv("Brightwater Genomics", "Genomics Lab Manager", start, end, "scheduled",
                          [sunita[1]], [sunita[1]], "technical")],
        "difficulty": "easy", "category": "positive/gcal-json",
        "notes": "Calendar API event only; coordinator is the organizer, the Sr. Director is the interviewer."})


def case17():
    cid = "b146-17-greenhouse-availability-request"
    colm = ("Colm Fitzgerald", "colm.fitzgerald@corvidbio.example")
    sent = T(2026, 3, 16, 12, 4, 30)
    text = f"""Hi Greta,

Great news - the team enjoyed your conversation and would like to invite you to a final-round onsite interview for the Laboratory Operations Manager role! The day includes a 30-minute science talk and 1:1s with the hiring team, about five hours in total.

Please use the link below to share your availability over the next two weeks (we're aiming for the week of March 30). Once we've lined everyone up, I'll send a confirmation with your itinerary.

Submit your availability: https://app.greenhouse.io/candidate_availability/{alnum('c17link', 28)}

Thanks,
Colm

Colm Fitzgerald
Senior Talent Partner | Corvid Bio""" + GH_FOOTER.format(co="Corvid Bio")
    e = vendor_mail(seed="c17", via="greenhouse", frm=addr(colm[0], "no-reply@greenhouse.io"), reply_to=colm[1],
                    subject="Corvid Bio - Please share your availability for a final-round interview",
                    date=sent.astimezone(UTC), msgid=f"<{alnum('c17mid', 22)}@geopod-ismtpd-4-0.greenhouse.io>",
                    text=text, html_body=vendor_html(text), return_path=f"<bounces+{digits('c17rp', 7)}@em.greenhouse.io>")
    add_case(cid, [("01-greenhouse-availability-request.eml", e)], {
        "interviews": [], "difficulty": "hard", "category": "negative/availability-request",
        "notes": "Greenhouse availability request for an onsite that is not booked yet (target week only). "
                 "Availability requests are not interviews."})


def case18():
    cid = "b146-18-uk-teams-dst-gap-forward"
    harriet = ("Harriet Keogh", "harriet.keogh@fenwickanalytical.example")
    siobhan = ("Siobhan McAllister", "smcallister@fenwickanalytical.example")
    start_uk = T(2026, 3, 24, 15, 0, tz=LON)
    start = start_uk.astimezone(ET)
    end = start + timedelta(minutes=45)
    assert (start.hour, start.minute) == (11, 0) and start_uk.utcoffset() == timedelta(0)
    d0 = T(2026, 3, 17, 16, 5, 0, tz=LON)
    d1 = T(2026, 3, 18, 11, 32, 10, tz=LON)
    fwd = f"""Harriet - happy to see Greta. I can do {wd(start_uk, 'Tuesday')} the 24th at 15:00 for 45 mins. Please send a Teams invite from your calendar and copy me in.

Siobhan

Siobhan McAllister
Head of Laboratory Operations
Fenwick Analytical Ltd, Cambridge
"""
    t1 = f"""Hi Greta,

Thanks for sending over your updated CV. Siobhan McAllister, our Head of Laboratory Operations (and the person the US Site Laboratory Manager role would report to), would like to meet you for a first-stage interview over Teams - see her note below.

She's suggested {wd(start_uk, 'Tuesday')} 24th at 3pm UK time. Our clocks don't go forward until the 29th, so that's 11am for you in Boston - only four hours' difference that week. I'll send the Teams invite now.

Kind regards,
Harriet

Harriet Keogh
Talent Acquisition Partner | Fenwick Analytical Ltd
harriet.keogh@fenwickanalytical.example | +44 1223 555 014

________________________________
From: Siobhan McAllister <{siobhan[1]}>
Sent: {date_uk(d0)} {tm24(d0)}
To: Harriet Keogh <{harriet[1]}>
Subject: RE: Boston lab manager shortlist

{fwd}"""
    e1 = human_mail(seed="c18a", client="outlook", frm=addr(*harriet), to=addr(OWNER_NAME, OWNER),
                    subject="FW: Boston lab manager shortlist - first interview with Siobhan", date=d1,
                    msgid=outlook_msgid("c18a", "eurprd03").replace("namprd", "eurprd"), text=t1)
    body = f"""First-stage interview for the US Site Laboratory Manager (Boston) role.

Interviewer: Siobhan McAllister, Head of Laboratory Operations
Candidate: Greta Lindqvist

15:00 UK time = 11:00 Boston (EDT) this week.
I've set this up but won't be joining the call.

Harriet Keogh, Talent Acquisition Partner
"""
    e2 = outlook_invite(seed="c18b", organizer=harriet, required=[(OWNER_NAME, OWNER), siobhan], start=start_uk,
                        end=start_uk + timedelta(minutes=45),
                        subject="Fenwick Analytical - first interview - Greta Lindqvist / Siobhan McAllister",
                        body=body, date=T(2026, 3, 18, 11, 40, 55, tz=LON),
                        uid="040000008200E00074C5B7101A82E00800000000" + hx("c18uid", 32).upper(),
                        location="Microsoft Teams Meeting", tzid="GMT Standard Time", teams=True,
                        region="eurprd03", outbound="outlook_uk")
    add_case(cid, [("01-harriet-forwards-siobhan-note.eml", e1), ("02-teams-invite-gmt.eml", e2)], {
        "interviews": [iv("Fenwick Analytical", "US Site Laboratory Manager", start, end, "scheduled",
                          [siobhan[1]], [siobhan[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/teams-uk-dst-gap",
        "notes": "UK recruiter forwards the hiring manager's note ('Tuesday the 24th at 15:00') and sends a Teams "
                 "invite with TZID 'GMT Standard Time'. Mar 24 falls between the US (Mar 8) and UK (Mar 29) DST "
                 "switches: 15:00 GMT = 11:00 EDT (4 h gap). Recruiter organises only."})


def case19():
    cid = "b146-19-lever-rejection-after-interview"
    sam = ("Sam Whitlock", "swhitlock@orielbio.example")
    sent = T(2026, 4, 6, 15, 18, 2)
    past = T(2026, 4, 2)
    wd(past, "Thursday")
    text = """Hi Greta,

Thank you for taking the time to interview with our team on Thursday for the Lab Manager, Translational Sciences role. Everyone enjoyed meeting you and hearing about the BSL-2 buildout you led.

After a lot of discussion, we've decided to move forward with another candidate whose background is a closer match to our in vivo pharmacology needs. This was a difficult decision.

We'll keep your profile on file and would be glad to reach out when we open interviews for our next operations hire later this year.

Best wishes,
Sam Whitlock
Talent Acquisition, Oriel Biotherapeutics

Sent via Lever
"""
    e = vendor_mail(seed="c19", via="lever", frm="Oriel Biotherapeutics <no-reply@hire.lever.co>",
                    reply_to=addr(*sam), subject="Your application to Oriel Biotherapeutics",
                    date=sent.astimezone(UTC), msgid=f"<{digits('c19mid', 14)}.{hx('c19mid2', 16)}@hire.lever.co>",
                    text=text, html_body=vendor_html(text, accent="#1b1e2b"),
                    return_path=f"<bounce+{hx('c19rp', 6)}.{hx('c19rp2', 8)}@hire.lever.co>")
    add_case(cid, [("01-lever-rejection.eml", e)], {
        "interviews": [], "difficulty": "medium", "category": "negative/rejection",
        "notes": "Rejection that refers to a past interview ('on Thursday') without scheduling anything."})


def case20():
    cid = "b146-20-thread-reschedule-to-friday"
    bex = ("Bex Okoro", "bex.okoro@quillfeather.example")
    luis = ("Luis Carmona", "luis.carmona@quillfeather.example")
    role = "Lab Manager & EHS Lead"
    d1 = T(2026, 4, 20, 9, 14, 3)
    first = T(2026, 4, 22, 14, 0)
    wd(first, "Wednesday")
    r1 = T(2026, 4, 20, 11, 2, 0)
    d2 = T(2026, 4, 21, 7, 55, 40)
    r2 = T(2026, 4, 21, 8, 30, 0)
    d3 = T(2026, 4, 21, 10, 12, 18)
    start = T(2026, 4, 24, 14, 0)
    end = start + timedelta(minutes=45)
    wd(start, "Friday")
    m1, mr1, m2, mr2, m3 = (gmail_msgid("c20a"), gmail_msgid("c20r1"), gmail_msgid("c20b"),
                            gmail_msgid("c20r2"), gmail_msgid("c20c"))
    subj = f"Quillfeather Bio - {role} interview"
    t1 = f"""Hi Greta,

It was great to get your application for the {role} role. Luis Carmona (cc'd), our Director of Operations and the person this role reports to, would love to do a 45-minute video interview with you.

Would Wednesday at 2pm ET work?

Best,
Bex

Bex Okoro (she/her)
People & Talent | Quillfeather Bio
"""
    e1 = human_mail(seed="c20a", client="gmail", frm=addr(*bex), to=addr(OWNER_NAME, OWNER), cc=addr(*luis),
                    subject=subj, date=d1, msgid=m1, text=t1)
    g1 = f"""Hi Bex and Luis,

Wednesday at 2 works for me. Looking forward to it!

Greta

{gmail_attr(d1, bex[0], bex[1])}
{quote(t1)}
"""
    t2 = f"""Hi Greta,

Apologies - our state inspection was just moved to tomorrow afternoon, so I need to move our interview. Could we push to Friday, same time? I'll make sure it doesn't move again.

Luis

Luis Carmona
Director of Operations, Quillfeather Bio

{gmail_attr(r1, OWNER_NAME, OWNER)}
{quote(g1)}
"""
    e2 = human_mail(seed="c20b", client="gmail", frm=addr(*luis), to=addr(OWNER_NAME, OWNER), cc=addr(*bex),
                    subject="Re: " + subj, date=d2, msgid=m2, in_reply_to=mr1, references=f"{m1} {mr1}", text=t2)
    g2 = f"""No problem at all - Friday at 2 is fine.

Greta

{gmail_attr(d2, luis[0], luis[1])}
{quote(t2)}
"""
    t3 = f"""Thanks both! Confirming {date_long(start).replace(', 2026', '')}, {tm(start).replace(' PM', '')}-{tm(end)} ET with Luis. He'll send a Google Meet link shortly.

Bex

{gmail_attr(r2, OWNER_NAME, OWNER)}
{quote(g2)}
"""
    e3 = human_mail(seed="c20c", client="gmail", frm=addr(*bex), to=addr(OWNER_NAME, OWNER), cc=addr(*luis),
                    subject="Re: " + subj, date=d3, msgid=m3, in_reply_to=mr2,
                    references=f"{m1} {mr1} {m2} {mr2}", text=t3)
    add_case(cid, [("01-bex-proposes-wednesday.eml", e1), ("02-luis-asks-to-move.eml", e2),
                   ("03-bex-confirms-friday.eml", e3)], {
        "interviews": [iv("Quillfeather Bio", role, start, end, "scheduled", [luis[1]], [luis[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/thread-reschedule",
        "notes": "Recruiter proposes 'Wednesday at 2pm ET' (Apr 22); the hiring manager moves it to 'Friday, "
                 "same time'; recruiter confirms Friday Apr 24 2:00-2:45 PM ET. Owner's replies exist only as "
                 "quotes. Final time only; the recruiter only schedules."})


def case21():
    cid = "b146-21-standalone-ics-floating-time"
    anita = ("Anita Ruiz", "aruiz@charlesgate.example")
    mireille = ("Mireille Castonguay", "mcastonguay@charlesgate.example")
    start = T(2026, 5, 7, 9, 30)
    end = start + timedelta(hours=1)
    desc = ("Interview with Dr. Mireille Castonguay, Director, Proteomics & Mass Spectrometry Core.\n"
            "All times are Eastern (Boston).\nLocation: Charlesgate University, Wexler Science Center, Room 512.\n"
            "Questions: Anita Ruiz (Department Administrator), aruiz@charlesgate.example, 617-555-0177.")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Charlesgate University//Staff Recruiting Scheduler 4.2//EN",
           "VERSION:2.0", "METHOD:PUBLISH", "BEGIN:VEVENT",
           f"UID:CU-REC-11873-{digits('c21uid', 8)}@charlesgate.example", f"DTSTAMP:{zstamp(T(2026, 4, 29, 14, 2, 11))}",
           f"DTSTART:{lstamp(start)}", f"DTEND:{lstamp(end)}",
           "SUMMARY:Interview - Proteomics Core Lab Manager (Req 11873) - Greta Lindqvist",
           f"DESCRIPTION:{esc(desc)}", "LOCATION:Wexler Science Center 512",
           f"ORGANIZER;CN={anita[0]}:mailto:{anita[1]}",
           attendee(mireille[1], mireille[0], partstat="ACCEPTED"),
           attendee(OWNER, OWNER_NAME, partstat="NEEDS-ACTION"),
           "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    add_case(cid, [("01-interview-proteomics-core.ics", ics(cal))], {
        "interviews": [iv("Charlesgate University", "Proteomics Core Lab Manager", start, end, "scheduled",
                          [mireille[1]], [mireille[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/standalone-ics-floating",
        "notes": "Standalone METHOD:PUBLISH .ics with floating DTSTART (no TZID/Z); the description says times "
                 "are Eastern, so 09:30 is EDT. Administrator organises; core director interviews."})


def case22():
    cid = "b146-22-mail-invite-api-dedupe"
    tess = ("Tess Harlow", "tess.harlow@marrowstonetx.example")
    aditya = ("Aditya Menon", "aditya.menon@marrowstonetx.example")
    role = "Senior Manager, Laboratory Operations"
    d1 = T(2026, 5, 8, 11, 20, 44)
    start = T(2026, 5, 11, 10, 0)
    end = start + timedelta(hours=1)
    wd(start, "Monday")
    t1 = f"""Hi Greta,

Thanks for the quick reply! You're confirmed for Monday at 10:00 AM ET with Aditya Menon, our Head of Lab Automation, for the technical interview for the {role} role.

Plan on an hour: Aditya will walk through a scenario on LIMS, sample inventory and how you'd support a lab that runs most assays on liquid handlers. The invite will come from my calendar - I'm just setting things up and won't be on the call.

Have a great weekend,
Tess

Tess Harlow
Recruiting Lead | Marrowstone Therapeutics
"""
    e1 = human_mail(seed="c22a", client="gmail", frm=addr(*tess), to=addr(OWNER_NAME, OWNER),
                    subject=f"Marrowstone - technical interview {start.strftime('%A')}", date=d1,
                    msgid=gmail_msgid("c22a"), text=t1)
    uid = f"{alnum('c22uid', 26)}@google.com"
    summary = "Marrowstone Therapeutics - Technical Interview (Greta Lindqvist)"
    desc = (f"Technical interview for {role} with Aditya Menon (Head of Lab Automation). LIMS / inventory / "
            "automation scenario. Scheduled by Tess Harlow.")
    created = T(2026, 5, 8, 11, 25, 0)
    e2 = google_invite(seed="c22b", organizer=tess,
                       guests=[(tess[0], tess[1], "ACCEPTED"), (aditya[0], aditya[1], "ACCEPTED"),
                               (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                       start=start, end=end, summary=summary, description=desc, date=T(2026, 5, 8, 11, 26, 2),
                       uid=uid, created=created)
    ev = gcal_event(seed="c22b", summary=summary, description=desc, organizer=tess,
                    attendees=[
                        {"email": tess[1], "displayName": tess[0], "organizer": True, "responseStatus": "accepted"},
                        {"email": aditya[1], "displayName": aditya[0], "responseStatus": "accepted"},
                        {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
                    ],
                    start=start, end=end, created=created, updated=T(2026, 5, 8, 13, 2, 40), uid=uid)
    add_case(cid, [("01-tess-confirms-monday.eml", e1), ("02-invitation-technical.eml", e2),
                   ("03-technical-interview.gcal.json", ev)], {
        "interviews": [iv("Marrowstone Therapeutics", role, start, end, "scheduled",
                          [aditya[1]], [aditya[1]], "technical")],
        "difficulty": "easy", "category": "positive/dedupe-mail-invite-api",
        "notes": "Same interview as recruiter e-mail ('Monday at 10:00 AM ET' from Fri May 8), Google invite and "
                 "Calendar API event (same iCalUID): one interview."})


ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
       case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for fn in ALL:
        fn()
    ids = list(CASES)
    for n, cid in enumerate(ids, 1):
        assert cid.startswith(f"{PREFIX}{n:02d}-"), cid
        names = [f for f, _ in CASES[cid]]
        assert names == sorted(names)
        for f in names:
            assert re.match(r"^\d\d-.+\.(eml|ics|gcal\.json)$", f), f
    for name in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(full):
            shutil.rmtree(full)
    for cid, files in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, text in files:
            with open(os.path.join(HERE, cid, fname), "w", encoding="utf-8", newline="") as f:
                f.write(text)
    header = ("# blind146 labels (written blind; regenerate with make_cases.py). Schema: see\n"
              "# /work/shared/eval/README.md. Owner: Greta Lindqvist, Boston biotech lab manager.\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=100))
    pos = sum(1 for l in LABELS.values() if l["interview"])
    ivs = [i for l in LABELS.values() for i in l["interviews"]]
    print(f"{len(LABELS)} cases, {pos} positive, {len(LABELS) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
