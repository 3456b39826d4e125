#!/usr/bin/env python3
"""Generate the blind320 evaluation set (Dallas AE job search, written blind).

Deletes and rewrites every b320-* case folder plus labels.yaml and README.md next to this
script. Output is byte-identical on every run: all dates, Message-IDs, UIDs and MIME
boundaries are fixed or derived from hashes of SEED.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind320-dallas-ae"
OWNER = "marcus.johnson@example.com"
OWNER_NAME = "Marcus Johnson"
CHI = ZoneInfo("America/Chicago")
PHX = ZoneInfo("America/Phoenix")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc


# ---------------------------------------------------------------- time helpers
def off(dt):
    s = dt.strftime("%z")
    return s[:3] + ":" + s[3:]


def at(tz, y, mo, d, hh, mi, wd, offset, ss=0):
    """Aware datetime with asserted weekday and UTC offset."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert dt.strftime("%a") == wd, (dt, wd, dt.strftime("%a"))
    assert off(dt) == offset, (dt, offset, off(dt))
    return dt


def check_dst_rules():
    # US 2026: DST starts Sun Mar 8, ends Sun Nov 1 (02:00 local)
    assert off(datetime(2026, 3, 7, 12, tzinfo=CHI)) == "-06:00"
    assert off(datetime(2026, 3, 8, 12, tzinfo=CHI)) == "-05:00"
    assert datetime(2026, 3, 8, tzinfo=CHI).strftime("%a") == "Sun"
    assert off(datetime(2026, 10, 31, 12, tzinfo=CHI)) == "-05:00"
    assert off(datetime(2026, 11, 1, 12, tzinfo=CHI)) == "-06:00"
    assert datetime(2026, 11, 1, tzinfo=CHI).strftime("%a") == "Sun"
    assert off(datetime(2026, 10, 31, 12, tzinfo=NYC)) == "-04:00"
    assert off(datetime(2026, 11, 1, 12, tzinfo=NYC)) == "-05:00"
    # Phoenix: MST all year -> 2 h behind Dallas until Nov 1, 1 h behind after
    for m, d in ((3, 1), (7, 1), (10, 22), (11, 4), (12, 1)):
        assert off(datetime(2026, m, d, 12, tzinfo=PHX)) == "-07:00"
    a = datetime(2026, 10, 22, 11, 0, tzinfo=PHX)
    assert a.astimezone(CHI).hour == 13
    b = datetime(2026, 11, 4, 10, 0, tzinfo=PHX)
    assert b.astimezone(CHI).hour == 11
    # EU/UK 2026: Mar 29 / Oct 25 (checked for completeness)
    assert off(datetime(2026, 3, 28, 12, tzinfo=LON)) == "+00:00"
    assert off(datetime(2026, 3, 29, 12, tzinfo=LON)) == "+01:00"
    assert off(datetime(2026, 10, 24, 12, tzinfo=LON)) == "+01:00"
    assert off(datetime(2026, 10, 25, 12, tzinfo=LON)) == "+00:00"


def rfc(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S %z")


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hx(*parts, n=16):
    return hashlib.sha256(("|".join([SEED] + [str(p) for p in parts])).encode()).hexdigest()[:n]


def b32(*parts, n=26):
    raw = hashlib.sha256(("|".join([SEED, "b32"] + [str(p) for p in parts])).encode()).digest()
    return base64.b32encode(raw).decode().lower().rstrip("=")[:n]


def uuidish(*parts):
    h = hx(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def gtime(dt):
    s = dt.strftime("%I").lstrip("0")
    if dt.minute:
        s += dt.strftime(":%M")
    return s + dt.strftime("%p").lower()


def hm12(dt):
    return dt.strftime("%I:%M %p").lstrip("0")


def long_date(dt):
    return f"{dt.strftime('%A, %B')} {dt.day}, {dt.year}"


# ---------------------------------------------------------------- MIME helpers
def enc_name(name):
    try:
        name.encode("ascii")
        return name
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    n = enc_name(name)
    if n == name and any(c in name for c in ',.()"'):
        n = '"' + name + '"'
    return f"{n} <{email}>"


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        return "".join(f"{k}: {v}\n" for k, v in self.headers) + "\n" + self.body


def encode_body(text, enc):
    data = text.encode("utf-8")
    if enc == "qp":
        out = quopri.encodestring(data).decode("ascii")
    elif enc == "b64":
        out = base64.encodebytes(data).decode("ascii")
    elif enc == "7bit":
        text.encode("ascii")
        out = text
    else:
        raise ValueError(enc)
    if not out.endswith("\n"):
        out += "\n"
    return out


CTE = {"qp": "quoted-printable", "b64": "base64", "7bit": "7bit"}


def text_part(text, subtype="plain", enc="qp", params=""):
    ct = f'text/{subtype}; charset="UTF-8"' + params
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", CTE[enc])], encode_body(text, enc))


def cal_part(ics_text, method="REQUEST", enc="b64"):
    ct = f'text/calendar; charset="UTF-8"; method={method}'
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", CTE[enc])], encode_body(ics_text, enc))


def attach_part(data, filename, ctype):
    if isinstance(data, str):
        data = data.encode("utf-8")
    body = base64.encodebytes(data).decode("ascii")
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'attachment; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


def multipart(subtype, parts, boundary):
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + p.render() + "\n"
    body += f"--{boundary}--\n"
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body)


def gboundary(*seed):
    return "000000000000" + hx("gb", *seed, n=12)


def received(seed, host, ip_prefix, when):
    sid = hx("smtp", seed, n=12)
    tail = int(hx("ip", seed, n=4), 16) % 250 + 2
    return (f"from {host} ({host}. [{ip_prefix}.{tail}])\n"
            f"        by mx.example.com with ESMTPS id {sid}\n"
            f"        for <{OWNER}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            f"        {rfc(when.astimezone(UTC))}")


def message(top_headers, part, seed, host="mail-relay.example.net", ip_prefix="198.51.100"):
    """top_headers: list of (name, value) without Delivered-To/MIME-Version."""
    when = None
    for k, v in top_headers:
        if k == "Date":
            when = v
    hdrs = [("Delivered-To", OWNER)]
    if when is not None:
        hdrs.append(("Received", received(seed, host, ip_prefix, when + timedelta(seconds=2))))
    for k, v in top_headers:
        hdrs.append((k, rfc(v) if k == "Date" else v))
    hdrs.append(("MIME-Version", "1.0"))
    whole = Part(hdrs + part.headers, part.body)
    return whole.render().encode("utf-8")


def gmail_id(*seed):
    return f"<CA{b32('gm', *seed, n=10).upper()}+{b32('gm2', *seed, n=18)}@mail.gmail.com>"


def outlook_id(*seed):
    h = hx("ol", *seed, n=40).upper()
    return f"<SA1PR12MB{h[:28]}@SA1PR12MB{h[28:32]}.namprd12.prod.outlook.com>"


def quote(text, who, when):
    lines = text.rstrip("\n").split("\n")
    head = f"On {when.strftime('%a, %b')} {when.day}, {when.year} at {hm12(when)} {who} wrote:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in lines) + "\n"


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    raw = line.encode("utf-8")
    out = []
    first = True
    while True:
        limit = 75 if first else 74
        if len(raw) <= limit:
            out.append(raw)
            break
        cut = limit
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut])
        raw = raw[cut:]
        first = False
    return b"\r\n ".join(out).decode("utf-8")


def ics_join(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


VTZ_WIN_CENTRAL = [
    "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_WIN_ARIZONA = [
    "BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700",
    "END:STANDARD", "END:VTIMEZONE",
]
VTZ_IANA_CHICAGO = [
    "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
VTZ_IANA_PHOENIX = [
    "BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST",
    "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
            f"CN={name}:mailto:{email}")


def outlook_uid(*seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx("ouid", *seed, n=56).upper()


# ---------------------------------------------------------------- Google Calendar invitation
TZ_LABEL = {"America/Chicago": "Central Time - Chicago", "America/New_York": "Eastern Time - New York",
            "America/Phoenix": "Mountain Time - Arizona"}


def google_invite(*, seed, organizer, guests, summary, start, end, description, uid, sent,
                  seq=0, kind="new", location="", meet=None, zoom=None, note=None):
    """organizer=(name,email); guests=[(name,email)] excluding organizer and owner."""
    oname, oemail = organizer
    tzkey = start.tzinfo.key
    when_line = f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    subj_when = f"{start.strftime('%a %b')} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({start.tzname()})"
    prefix = {"new": "Invitation", "update": "Updated invitation", "cancel": "Canceled event",
              "cancel_note": "Canceled event with note"}[kind]
    subject = f"{prefix}: {summary} @ {subj_when} ({OWNER})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    method = "CANCEL" if kind.startswith("cancel") else "REQUEST"

    lines = []
    if kind.startswith("cancel"):
        lines.append("This event has been canceled" + (" with a note:" if note else "."))
        if note:
            lines += ["\"" + note + "\"", ""]
        else:
            lines.append("")
    elif kind == "update":
        lines += ["This event has been updated", ""]
    lines += [summary, when_line, TZ_LABEL[tzkey], ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", f"(US) +1 {['469', '214', '972', '512', '737'][int(hx('ph', meet, n=2), 16) % 5]}-555-0{int(hx('ph2', meet, n=4), 16) % 900 + 100}",
                  f"PIN: {int(hx('pin', meet, n=8), 16) % 900000000 + 100000000}", ""]
    if zoom:
        lines += ["Join Zoom Meeting", zoom, ""]
    lines += ["Organizer", oname, oemail, "", "Guests", f"{oname} - organizer", oemail]
    for gname, gemail in guests:
        lines += [gname, gemail]
    lines += [OWNER, f"View all guest info {view}", ""]
    if description and not kind.startswith("cancel"):
        lines += [description, ""]
    if not kind.startswith("cancel"):
        lines += [f"Reply for {OWNER} and view more details {view}", ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n'
            + "\n".join("<p>" + (l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) + "</p>"
                        if l else "<br>" for l in lines)
            + "\n</div></body></html>\n")

    desc_ics = description or ""
    if meet:
        desc_ics += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                     "Please do not edit this section.\n"
                     "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
          "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
          f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
          f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}",
          attendee(oname, oemail, "ACCEPTED")]
    for gname, gemail in guests:
        ev.append(attendee(gname, gemail, "ACCEPTED" if kind != "new" else "NEEDS-ACTION"))
    ev.append(attendee(OWNER, OWNER, "NEEDS-ACTION"))
    if meet:
        ev.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    ev += [f"CREATED:{zstamp(sent - timedelta(minutes=3))}", f"DESCRIPTION:{esc(desc_ics)}",
           f"LAST-MODIFIED:{zstamp(sent)}", f"LOCATION:{esc(location or (zoom or ''))}",
           f"SEQUENCE:{seq}", "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
           f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method == "REQUEST":
        ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
               "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    ev += ["END:VEVENT", "END:VCALENDAR"]
    ics = ics_join(ev)

    alt = multipart("alternative", [
        text_part(plain, "plain", "b64", "; format=flowed; delsp=yes"),
        text_part(html, "html", "qp"),
        cal_part(ics, method),
    ], gboundary(seed, "alt"))
    mixed = multipart("mixed", [alt, attach_part(ics, "invite.ics", "application/ics")], gboundary(seed, "mix"))
    top = [
        ("Return-Path", f"<{b32('rp', seed, n=22)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(oname, oemail)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{uuidish('gcal', seed)}@google.com>"),
        ("Date", sent.astimezone(UTC)),
        ("Subject", subject),
        ("From", addr(oname, oemail)),
        ("To", OWNER),
    ]
    return message(top, mixed, seed, host="mail-sor-f41.google.com", ip_prefix="209.85.220")


# ---------------------------------------------------------------- Exchange / Teams invitation
TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {mnum}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_footer(seed):
    m = int(hx("mnum", seed, n=12), 16) % 10**12
    ms = f"{m:012d}"
    return TEAMS_FOOTER.format(mid=b32("tm", seed, n=32), tid=uuidish("tid", seed),
                               mnum=f"{ms[:3]} {ms[3:6]} {ms[6:9]} {ms[9:]}", pw=b32("pw", seed, n=6).upper())


def exchange_invite(*, seed, organizer, required, subject, start, end, win_tz, utc_label, location,
                    body, uid, sent, seq=0, teams=True, optional=(), busy="TENTATIVE"):
    oname, oemail = organizer
    date_line = f"{start.strftime('%A, %B')} {start.day}, {start.year} {hm12(start)}-{hm12(end)} {utc_label}."
    text = f"When: {date_line}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    if teams:
        text += "\n" + teams_footer(seed)
    html_body = "".join(
        f'<p class="MsoNormal">{l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;"}</p>\n'
        for l in text.split("\n"))
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '</head><body lang="EN-US"><div class="WordSection1">\n' + html_body + "</div></body></html>\n")
    vtz = VTZ_WIN_CENTRAL if win_tz == "Central Standard Time" else VTZ_WIN_ARIZONA
    ev = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    ev += vtz
    ev += ["BEGIN:VEVENT", f"ORGANIZER;CN={oname}:mailto:{oemail}"]
    for n, e in required:
        ev.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    for n, e in optional:
        ev.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    ev += [f"DESCRIPTION;LANGUAGE=en-US:{esc(text)}",
           f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
           f"DTSTART;TZID={win_tz}:{local_stamp(start)}", f"DTEND;TZID={win_tz}:{local_stamp(end)}",
           "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
           f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('oappt', seed, n=7), 16) - 2**27}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
           "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
           "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
           "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
           "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_join(ev)
    b = "_000_" + hx("exb", seed, n=24).upper() + "namprd12prodoutlookcom_"
    alt = multipart("alternative", [text_part(text, "plain", "qp"), text_part(html, "html", "qp"),
                                    cal_part(ics, "REQUEST")], b)
    to = ", ".join(addr(n, e) for n, e in required)
    top = [("Return-Path", f"<{oemail}>"), ("From", addr(oname, oemail)), ("To", to)]
    if optional:
        top.append(("CC", ", ".join(addr(n, e) for n, e in optional)))
    top += [("Subject", subject), ("Thread-Topic", subject),
            ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", seed, n=44))).decode()),
            ("Date", sent), ("Message-ID", outlook_id("ex", seed)),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
            ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b32("si", seed, n=20).upper()),
            ("x-ms-publictraffictype", "Email")]
    return message(top, alt, seed, host="NAM12-DM6-obe.outbound.protection.outlook.com", ip_prefix="40.107.223")


# ---------------------------------------------------------------- plain mail
def mail(*, seed, frm, to, subject, date, text=None, html=None, enc="qp", html_enc="qp", cc=None,
         reply_to=None, msgid=None, in_reply_to=None, references=None, attachments=(), extra=(),
         host="mail-relay.example.net", ip_prefix="198.51.100", boundary_style="gmail", return_path=None):
    parts = []
    if text is not None:
        parts.append(text_part(text, "plain", enc))
    if html is not None:
        parts.append(text_part(html, "html", html_enc))
    if boundary_style == "gmail":
        bnd = lambda tag: gboundary(seed, tag)
    else:
        bnd = lambda tag: f"_{tag}_" + hx("bnd", seed, tag, n=24).upper() + "_"
    body = parts[0] if len(parts) == 1 else multipart("alternative", parts, bnd("alt"))
    if attachments:
        body = multipart("mixed", [body] + [attach_part(d, fn, ct) for d, fn, ct in attachments], bnd("mix"))
    top = []
    if return_path:
        top.append(("Return-Path", f"<{return_path}>"))
    top += [("From", frm), ("To", to)]
    if cc:
        top.append(("Cc", cc))
    if reply_to:
        top.append(("Reply-To", reply_to))
    top += [("Subject", subject), ("Date", date), ("Message-ID", msgid or gmail_id("m", seed))]
    if in_reply_to:
        top.append(("In-Reply-To", in_reply_to))
    if references:
        top.append(("References", references))
    top += list(extra)
    return message(top, body, seed, host=host, ip_prefix=ip_prefix)


def simple_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        p = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        out.append(f"<p>{p}</p>")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            + "\n".join(out) + "\n</body></html>\n")


# ---------------------------------------------------------------- case registry
CASES = []


def case(slug, items, interviews, difficulty, category, notes):
    CASES.append({"slug": slug, "items": items, "interviews": interviews, "difficulty": difficulty,
                  "category": category, "notes": notes})


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


OWNER_ADDR = addr(OWNER_NAME, OWNER)


# ================================================================ people
BRITTANY = ("Brittany Nguyen", "bnguyen@redbirdtalent.example")
JOSH = ("Josh Patterson", "jpatterson@redbirdtalent.example")
GREG = ("Greg Halvorsen", "greg.halvorsen@mesquitefreight.example")
SANDRA = ("Sandra Kim", "sandra.kim@mesquitefreight.example")
ALYSSA = ("Alyssa Ortega", "alyssa.ortega@trinityridge.example")
KYLE = ("Kyle Brennan", "kyle.brennan@trinityridge.example")
MONICA = ("Monica Reyes", "monica.reyes@trinityridge.example")
JENNA = ("Jenna Park", "jenna.park@trinityridge.example")
DERRICK = ("Derrick Coleman", "derrick.coleman@trinityridge.example")
RENEE = ("Ren\u00e9e Castillo", "renee.castillo@saguaropay.example")
TOM = ("Tom Becker", "tom.becker@saguaropay.example")
KENDRA = ("Kendra Wallace", "kendra.wallace@bayousurgical.example")
CARLA = ("Carla Mendez", "carla.mendez@bayousurgical.example")
DEREK = ("Derek Pham", "derek.pham@bayousurgical.example")
JAMIE = ("Jamie Ruiz", "jamie@cedarfork.example")
WES = ("Wes Tolliver", "wes@cedarfork.example")
NATE = ("Nate Oduya", "nate@cedarfork.example")
DANIELLE = ("Danielle Forsythe", "dforsythe@gramercydata.example")
LAUREN = ("Lauren Whitfield", "lwhitfield@gramercydata.example")
ME = (OWNER_NAME, OWNER)

TRINITY, TRINITY_ROLE = "Trinity Ridge Software", "Mid-Market Account Executive"
MESQUITE, MESQUITE_ROLE = "Mesquite Freight Software", "Senior Account Executive"
BAYOU, BAYOU_ROLE = "Bayou Surgical Systems", "Territory Manager, Capital Equipment - Dallas/Fort Worth"
SAGUARO, SAGUARO_ROLE = "Saguaro Payroll", "Account Executive, SMB"
CEDAR, CEDAR_ROLE = "Cedar Fork Analytics", "Founding Account Executive"
GRAMERCY, GRAMERCY_ROLE = "Gramercy Data", "Enterprise Account Executive, Central Region"


def A(p):
    return addr(*p)


# ================================================================ 01 agency screen, "tomorrow at 10:30 CST"
def c01():
    relay = "brittanynguyen-7q2xk@indeedemail.com"
    d1 = at(CHI, 2026, 10, 6, 16, 48, "Tue", "-05:00", 11)
    d2 = at(CHI, 2026, 10, 6, 17, 21, "Tue", "-05:00", 40)
    d3 = at(CHI, 2026, 10, 6, 17, 39, "Tue", "-05:00", 5)
    m1 = f"<{hx('ind', 1, n=20)}.{hx('ind', 2, n=8)}@indeedemail.com>"
    m2, m3 = gmail_id("c01", 2), outlook_id("c01", 3)
    t1 = """Hey Marcus!

I came across your resume on Indeed and wanted to reach out. I'm a recruiter with Redbird Talent Partners here in Dallas and I'm working on a Senior Account Executive opening with one of our clients, a freight/logistics software company up in Irving. Base is 85-95K plus uncapped commission (OTE around 170K), hybrid 3 days a week in office.

Your background selling into mid-market accounts at Northpark Telecom looks like a really strong fit. Are you free tomorrow at 10:30 CST for a quick 15 min call so I can tell you more and hear what you're looking for in your next move?

You can also reach me directly at bnguyen@redbirdtalent.example or text me at 469-555-0192.

Thanks!
Brittany Nguyen
Senior Recruiter | Redbird Talent Partners
"""
    foot = """
--------------------------------------------------
Reply to this email to respond to Brittany Nguyen. Your reply will be sent through Indeed.
Indeed never asks for payment or banking details during the hiring process. Learn how to spot a scam: https://www.indeed.com/career-advice/finding-a-job/job-scams
(c) 2026 Indeed, Inc. 6433 Champion Grandview Way, Building 1, Austin, TX 78750
"""
    html1 = simple_html(t1 + foot).replace("<body", '<body class="indeed-relay"', 1)
    e1 = mail(seed="c01-1", frm=f"Brittany Nguyen via Indeed <{relay}>", to=OWNER_ADDR,
              reply_to=f"Brittany Nguyen <{relay}>",
              subject="Senior Account Executive - Irving, TX - Redbird Talent Partners", date=d1,
              text=t1 + foot, html=html1, enc="qp", html_enc="b64", msgid=m1,
              host="mail-ie1.indeedemail.com", ip_prefix="203.0.113")
    t2 = "Hi Brittany,\n\nThanks for reaching out, the role sounds interesting. Tomorrow at 10:30 works for me. Best number is 214-555-0148.\n\nMarcus\n\n" + quote(t1, f"Brittany Nguyen via Indeed <{relay}>", d1)
    e2 = mail(seed="c01-2", frm=OWNER_ADDR, to=f"Brittany Nguyen <{relay}>",
              subject="Re: Senior Account Executive - Irving, TX - Redbird Talent Partners", date=d2,
              text=t2, enc="7bit", msgid=m2, in_reply_to=m1, references=m1)
    t3 = "Perfect!! I've got you down for 10:30 tomorrow (Wednesday). I'll give you a ring at 214-555-0148, shouldn't take more than 15 minutes.\n\nTalk soon!\n\nBrittany Nguyen\nSenior Recruiter | Redbird Talent Partners\nc: 469-555-0192\n\n" + quote(t2, OWNER_ADDR, d2)
    e3 = mail(seed="c01-3", frm=A(BRITTANY), to=OWNER_ADDR,
              subject="RE: Senior Account Executive - Irving, TX - Redbird Talent Partners", date=d3,
              text=t3, enc="qp", msgid=m3, in_reply_to=m2, references=f"{m1} {m2}",
              host="NAM12-BN8-obe.outbound.protection.outlook.com", ip_prefix="40.107.212")
    s = at(CHI, 2026, 10, 7, 10, 30, "Wed", "-05:00")
    case("b320-01-indeed-agency-screen-tomorrow-cst",
         [("01-indeed-relay-brittany.eml", e1), ("02-reply-tomorrow-works.eml", e2),
          ("03-brittany-confirms.eml", e3)],
         [iv("Redbird Talent Partners", MESQUITE_ROLE, s, s + timedelta(minutes=15), "scheduled",
             [BRITTANY[1]], [BRITTANY[1]], "phone_screen")],
         "medium", "positive/email-body-relative-date",
         "Indeed relay outreach proposes 'tomorrow at 10:30 CST' (Date Tue Oct 6) and the recruiter confirms "
         "from her own address; CST label in October means Central daylight time (-05:00). Relay address "
         "is not a follow-up recipient.")


# ================================================================ 02 ZipRecruiter job alert (negative)
def c02():
    d = at(LAX, 2026, 10, 7, 4, 31, "Wed", "-07:00", 2)
    jobs = [
        ("Mid-Market Account Executive", TRINITY, "Dallas, TX", "$80K - $95K base / $170K OTE", "Interviewing now"),
        ("Account Executive - Logistics SaaS", "Confidential (via Redbird Talent Partners)", "Irving, TX", "$85K - $95K", "Quick Apply"),
        ("Territory Manager, Capital Equipment", BAYOU, "Dallas/Fort Worth, TX", "$90K + commission", "Urgently hiring"),
        ("Account Executive, SMB (Remote)", SAGUARO, "Remote - Central US", "$70K - $80K base", "Interview this week"),
        ("Inside Sales Representative", "Lone Star Office Supply", "Plano, TX", "$55K + bonus", "Hiring event Oct 14"),
    ]
    txt = "Marcus, 18 new jobs match your search: Account Executive near Dallas, TX\n\n"
    for t, c, loc, pay, tag in jobs:
        txt += f"{t}\n{c} - {loc}\n{pay}\n[{tag}]\nView job: https://www.ziprecruiter.com/jobs/{hx('zj', t, n=10)}\n\n"
    txt += ("Employers are hiring fast. Apply with 1-Click and get a response in as little as 24 hours.\n\n"
            "Manage alerts: https://www.ziprecruiter.com/candidate/alerts | Unsubscribe: https://www.ziprecruiter.com/unsubscribe\n"
            "ZipRecruiter, Inc. 604 Arizona Ave, Santa Monica, CA 90401\n")
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5"><a href="https://www.ziprecruiter.com/jobs/{hx("zj", t, n=10)}" '
        f'style="font-weight:bold;color:#1a5ddc">{t}</a><br>{c} &middot; {loc}<br>{pay}<br>'
        f'<span style="background:#e7f6ec;color:#146c2e;padding:2px 6px">{tag}</span></td></tr>\n'
        for t, c, loc, pay, tag in jobs)
    html = ('<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif">\n'
            '<h2>18 new jobs for Account Executive near Dallas, TX</h2>\n<table width="100%">\n' + rows +
            '</table>\n<p>Employers are hiring fast. Apply with 1-Click and get a response in as little as 24 hours.</p>\n'
            '<p style="font-size:11px;color:#888">ZipRecruiter, Inc. 604 Arizona Ave, Santa Monica, CA 90401 &middot; '
            '<a href="https://www.ziprecruiter.com/unsubscribe">Unsubscribe</a></p>\n</body></html>\n')
    e = mail(seed="c02", frm="ZipRecruiter <alerts@ziprecruiter.com>", to=OWNER_ADDR,
             subject="Marcus, 18 new Account Executive jobs near Dallas, TX", date=d, text=txt, html=html,
             enc="b64", html_enc="b64", msgid=f"<{uuidish('zip')}@ziprecruiter.com>",
             extra=[("List-Unsubscribe", "<https://www.ziprecruiter.com/unsubscribe>")],
             host="o12.email.ziprecruiter.com", ip_prefix="167.89.12")
    case("b320-02-ziprecruiter-job-alert", [("01-ziprecruiter-alert.eml", e)], [], "easy", "negative/job-alert",
         "Job alert listing companies from this set with 'Interviewing now' / 'Interview this week' tags; no interview.")


# ================================================================ 03 Calendly recruiter screen
def c03():
    sent = at(CHI, 2026, 10, 8, 11, 15, "Thu", "-05:00", 27)
    s = at(CHI, 2026, 10, 12, 9, 0, "Mon", "-05:00")
    e_ = s + timedelta(minutes=30)
    ev = "Trinity Ridge | Recruiter Phone Screen"
    text = f"""Hi Marcus Johnson,

Your event has been scheduled.

Event Type:
{ev}

Invitee:
Marcus Johnson
{OWNER}

Event Date/Time:
09:00am - 09:30am (Central Time - US & Canada) on Monday, October 12, 2026

Location:
Alyssa will call you at +1 214-555-0148

Questions:
What's your current base/OTE and what are you targeting?
Currently ~$78K base / $150K OTE, targeting $90K+ base.

Description:
Quick intro call to walk through the Mid-Market Account Executive role at Trinity Ridge, your quota history, and timing. Looking forward to it! - Alyssa

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuidish('cal-c', 'c03')}
Reschedule: https://calendly.com/reschedulings/{uuidish('cal-r', 'c03')}

Powered by Calendly.com
"""
    ics = ics_join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
                    "BEGIN:VEVENT", f"UID:{uuidish('caluid', 'c03')}@calendly.com", f"DTSTAMP:{zstamp(sent)}",
                    f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e_)}",
                    f"SUMMARY:{esc(ev)} (Marcus Johnson)",
                    f"DESCRIPTION:{esc('Alyssa will call you at +1 214-555-0148. Intro call for the Mid-Market Account Executive role.')}",
                    "LOCATION:+1 214-555-0148", f"ORGANIZER;CN=Alyssa Ortega:mailto:{ALYSSA[1]}",
                    attendee("Marcus Johnson", OWNER, "ACCEPTED"), "SEQUENCE:0", "STATUS:CONFIRMED",
                    "END:VEVENT", "END:VCALENDAR"])
    e = mail(seed="c03", frm="Calendly <notifications@calendly.com>", to=OWNER_ADDR, reply_to=A(ALYSSA),
             subject="Confirmed: Trinity Ridge | Recruiter Phone Screen with Alyssa Ortega on Monday, October 12, 2026",
             date=sent, text=text, html=simple_html(text), enc="qp", html_enc="qp",
             msgid=f"<{uuidish('calmsg', 'c03')}@calendly.com>",
             attachments=[(ics, "invite.ics", "text/calendar")],
             host="o1.mail.calendly.com", ip_prefix="149.72.33")
    case("b320-03-calendly-trinity-recruiter-screen", [("01-calendly-confirmed.eml", e)],
         [iv(TRINITY, TRINITY_ROLE, s, e_, "scheduled", [ALYSSA[1]], [ALYSSA[1]], "phone_screen")],
         "easy", "positive/calendly",
         "Calendly invitee confirmation (Central Time - US & Canada) with .ics in UTC; recruiter host in Reply-To and ORGANIZER.")


# ================================================================ 04 agency books client HM, then reschedule
def agency_ics(seed, uid, seq, s, e, sent, summary, desc, location, attendees):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Bullhorn//Bullhorn Scheduler 4.2//EN", "VERSION:2.0", "METHOD:REQUEST"]
    lines += VTZ_IANA_CHICAGO
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zstamp(sent)}",
              f"DTSTART;TZID=America/Chicago:{local_stamp(s)}", f"DTEND;TZID=America/Chicago:{local_stamp(e)}",
              f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}",
              f"ORGANIZER;CN={BRITTANY[0]}:mailto:{BRITTANY[1]}"]
    lines += [attendee(n, m) for n, m in attendees]
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ics_join(lines)


def c04():
    zoom = "https://mesquitefreight.zoom.us/j/84120937715?pwd=" + b32("zpw", "c04", n=22)
    uid = f"bh-{hx('bhuid', 'c04', n=20)}@redbirdtalent.example"
    d1 = at(CHI, 2026, 10, 12, 15, 5, "Mon", "-05:00", 33)
    s0 = at(CHI, 2026, 10, 15, 14, 0, "Thu", "-05:00")
    d2 = at(CHI, 2026, 10, 14, 8, 41, "Wed", "-05:00", 2)
    s1 = at(CHI, 2026, 10, 16, 9, 30, "Fri", "-05:00")
    d3 = at(CHI, 2026, 10, 14, 8, 57, "Wed", "-05:00", 50)
    m1, m2, m3 = outlook_id("c04", 1), outlook_id("c04", 2), gmail_id("c04", 3)
    who = [ME, GREG]
    summ = "Interview: Marcus Johnson / Greg Halvorsen - Mesquite Freight Software (Senior AE)"
    desc = f"Hiring manager interview (Zoom) with Greg Halvorsen, Regional Sales Director.\nZoom: {zoom}\nScheduled by Brittany Nguyen, Redbird Talent Partners, 469-555-0192"
    t1 = f"""Hey Marcus!

Great news, Mesquite Freight Software wants to move forward! I've got you confirmed for a Zoom interview with Greg Halvorsen, their Regional Sales Director (he would be your direct manager).

When: Thursday, October 15 at 2:00 - 2:45 PM Central
Where: Zoom - {zoom}
Who: Greg Halvorsen, Regional Sales Director ({GREG[1]})

A few tips from Josh, who works with Greg a lot: he'll want to hear about a deal you sourced yourself start to finish, so have your numbers handy (attainment, average deal size, cycle length). He's a former AE and likes short, direct answers.

Calendar invite is attached. Please give me a call right after so we can debrief!

Brittany Nguyen
Senior Recruiter | Redbird Talent Partners
c: 469-555-0192
"""
    ics1 = agency_ics("c04a", uid, 0, s0, s0 + timedelta(minutes=45), d1, summ, desc, zoom, who)
    e1 = mail(seed="c04-1", frm=A(BRITTANY), to=OWNER_ADDR, cc=A(JOSH),
              subject="Confirmed: Mesquite Freight Software interview - Thurs 10/15 @ 2pm CT", date=d1,
              text=t1, html=simple_html(t1), enc="qp", html_enc="qp", msgid=m1,
              attachments=[(ics1, "Mesquite_Freight_Interview.ics", "text/calendar")], boundary_style="outlook",
              host="NAM12-BN8-obe.outbound.protection.outlook.com", ip_prefix="40.107.212")
    t2 = f"""Hey Marcus,

Quick change on this one, sorry! Greg got pulled into a customer QBR in Fort Worth tomorrow afternoon and asked if we could push to Friday morning.

NEW TIME: Friday 10/16 at 9:30 AM CT (still 45 min)
Same Zoom link: {zoom}

I sent an updated invite, just accept that one and the old Thursday slot will drop off your calendar. Let me know if Friday doesn't work and I'll go back to him.

Brittany

""" + quote(t1, A(BRITTANY), d1)
    ics2 = agency_ics("c04b", uid, 1, s1, s1 + timedelta(minutes=45), d2, summ, desc, zoom, who)
    e2 = mail(seed="c04-2", frm=A(BRITTANY), to=OWNER_ADDR, cc=A(JOSH),
              subject="RE: Confirmed: Mesquite Freight Software interview - MOVED to Fri 10/16 @ 9:30am CT", date=d2,
              text=t2, enc="qp", msgid=m2, in_reply_to=m1, references=m1,
              attachments=[(ics2, "Mesquite_Freight_Interview_UPDATED.ics", "text/calendar")], boundary_style="outlook",
              host="NAM12-BN8-obe.outbound.protection.outlook.com", ip_prefix="40.107.212")
    t3 = "No problem at all, Friday at 9:30 works. Accepted the new invite.\n\nThanks,\nMarcus\n\n" + quote(t2, A(BRITTANY), d2)
    e3 = mail(seed="c04-3", frm=OWNER_ADDR, to=A(BRITTANY), cc=A(JOSH),
              subject="Re: Confirmed: Mesquite Freight Software interview - MOVED to Fri 10/16 @ 9:30am CT", date=d3,
              text=t3, enc="qp", msgid=m3, in_reply_to=m2, references=f"{m1} {m2}")
    case("b320-04-agency-books-client-hm-reschedule",
         [("01-brittany-confirmed-thu.eml", e1), ("02-brittany-moved-to-friday.eml", e2), ("03-marcus-ok.eml", e3)],
         [iv(MESQUITE, MESQUITE_ROLE, s1, s1 + timedelta(minutes=45), "scheduled", [GREG[1]], [GREG[1]], "hiring_manager")],
         "medium", "positive/reschedule",
         "Staffing agency books the client's hiring-manager Zoom (.ics attached, UID kept) and moves it Thu 2pm -> "
         "Fri 9:30 CT with SEQUENCE 1. Company is the client; agency recruiter only schedules.")


# ================================================================ 05 Gramercy propose / confirm (ET vs CT)
def c05():
    d1 = at(NYC, 2026, 10, 8, 10, 12, "Thu", "-04:00", 45)
    d2 = at(CHI, 2026, 10, 8, 9, 47, "Thu", "-05:00", 3)
    d3 = at(NYC, 2026, 10, 8, 11, 3, "Thu", "-04:00", 19)
    m1, m2, m3 = outlook_id("c05", 1), gmail_id("c05", 2), outlook_id("c05", 3)
    sig = "Danielle Forsythe\nSenior Talent Partner, Sales Hiring\nGramercy Data | 120 W 31st St, New York, NY\n"
    t1 = f"""Hi Marcus,

Thanks for applying to the Enterprise Account Executive, Central Region role at Gramercy Data! I'd love to set up a 30-minute intro call to walk through the role, the territory (TX/OK/LA), and your background.

Would either of these work?
- Tuesday 10/13 at 1:00pm ET (12:00pm CT)
- Wednesday 10/14 at 3:30pm ET (2:30pm CT)

If neither works, send me a couple of windows and I'll make it happen.

Best,
{sig}"""
    t2 = "Hi Danielle,\n\nThanks for getting back to me so quickly. Wednesday works best - 2:30 my time / 3:30 ET. Happy to do phone or Zoom, whichever is easier.\n\nBest,\nMarcus Johnson\n214-555-0148\n\n" + quote(t1, A(DANIELLE), d1)
    t3 = f"""Great, you're confirmed for Wednesday 10/14 at 3:30pm ET. I'll call you at 214-555-0148 - plan on about 30 minutes.

Talk then!
{sig}
""" + "\n" + quote(t2, OWNER_ADDR, d2)
    e1 = mail(seed="c05-1", frm=A(DANIELLE), to=OWNER_ADDR, subject="Gramercy Data - Enterprise AE intro call",
              date=d1, text=t1, html=simple_html(t1), enc="qp", html_enc="qp", msgid=m1, boundary_style="outlook",
              host="NAM12-MW2-obe.outbound.protection.outlook.com", ip_prefix="40.107.220")
    e2 = mail(seed="c05-2", frm=OWNER_ADDR, to=A(DANIELLE), subject="Re: Gramercy Data - Enterprise AE intro call",
              date=d2, text=t2, enc="qp", msgid=m2, in_reply_to=m1, references=m1)
    e3 = mail(seed="c05-3", frm=A(DANIELLE), to=OWNER_ADDR, subject="RE: Gramercy Data - Enterprise AE intro call",
              date=d3, text=t3, enc="qp", msgid=m3, in_reply_to=m2, references=f"{m1} {m2}", boundary_style="outlook",
              host="NAM12-MW2-obe.outbound.protection.outlook.com", ip_prefix="40.107.220")
    s = at(NYC, 2026, 10, 14, 15, 30, "Wed", "-04:00")
    assert s.astimezone(CHI).hour == 14 and s.astimezone(CHI).minute == 30
    case("b320-05-gramercy-propose-confirm-et",
         [("01-danielle-proposes-two-slots.eml", e1), ("02-marcus-picks-wednesday.eml", e2),
          ("03-danielle-confirms.eml", e3)],
         [iv(GRAMERCY, GRAMERCY_ROLE, s, s + timedelta(minutes=30), "scheduled", [DANIELLE[1]], [DANIELLE[1]], "phone_screen")],
         "medium", "positive/thread-propose-confirm",
         "New York recruiter offers Tue 1pm ET or Wed 3:30pm ET; candidate picks Wednesday in CT terms; confirmed "
         "3:30pm ET (-04:00). The first option must not be picked.")


# ================================================================ 06 sales kickoff at current job (negative)
def c06():
    sent = at(CHI, 2026, 10, 8, 9, 2, "Thu", "-05:00", 14)
    s = at(CHI, 2026, 10, 19, 8, 0, "Mon", "-05:00")
    org = ("Northpark Sales Enablement", "salesenablement@northparktel.example")
    body = """Team,

FY27 Sales Kickoff is almost here! Please hold the full day for Day 1. Attendance is required for all quota-carrying reps, SEs and frontline managers. This invite is going to personal emails too since a lot of you will be on the road from Houston and OKC.

Agenda (Day 1)
8:00  Breakfast & badge pickup
9:00  Welcome + FY26 recap with our CRO
10:30 Breakouts: discovery role-play (you'll be paired with an SE and scored by your manager)
12:00 Lunch
1:00  FY27 product roadmap
3:00  Comp plan walkthrough
5:30  President's Club awards dinner (Trinity Ballroom)

Hotel block is at the Omni for anyone driving in. Questions to the enablement team.

Northpark Telecom | Sales Enablement
"""
    e = exchange_invite(seed="c06", organizer=org, required=[ME, ("DL-Sales-Central", "dl-sales-central@northparktel.example")],
                        subject="FY27 Sales Kickoff - Day 1 (Required)", start=s, end=s.replace(hour=17),
                        win_tz="Central Standard Time", utc_label="(UTC-06:00) Central Time (US & Canada)",
                        location="Omni Dallas Hotel - Trinity Ballroom, 555 S Lamar St, Dallas, TX 75202",
                        body=body, uid=outlook_uid("c06"), sent=sent, teams=False, busy="BUSY")
    case("b320-06-sales-kickoff-current-job", [("01-sko-day1-invite.eml", e)], [], "medium", "negative/internal-meeting",
         "Exchange invite for his current employer's sales kickoff; agenda mentions scored role-play and VP/CRO sessions. Not a job interview.")


# ================================================================ 07 Paradox/Olivia screen + Teams HM (Phoenix, across DST)
def c07():
    sent1 = at(PHX, 2026, 10, 16, 9, 22, "Fri", "-07:00", 8)
    s1 = at(PHX, 2026, 10, 22, 11, 0, "Thu", "-07:00")
    e1_ = s1 + timedelta(minutes=30)
    assert s1.astimezone(CHI).hour == 13
    text = f"""Hi Marcus!

It's Olivia, the virtual recruiting assistant for Saguaro Payroll. Thanks for chatting with me! Your phone interview is confirmed:

Position: Account Executive, SMB (Remote - Central US)
Date: Thursday, October 22, 2026
Time: 11:00 AM - 11:30 AM MST (Arizona Time)
Interviewer: Ren\u00e9e Castillo, Talent Acquisition
Format: Phone call - Ren\u00e9e will call you at (214) 555-0148

Need to reschedule? Reply RESCHEDULE to my text message or use this link: https://saguaropay.paradox.ai/r/{b32('px', 'c07', n=10)}

Questions for your recruiter? Email Ren\u00e9e at {RENEE[1]}.

Good luck, you've got this!
Olivia | Saguaro Payroll Recruiting Assistant
"""
    ics = ics_join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Paradox//Olivia Scheduling//EN", "METHOD:REQUEST"]
                   + VTZ_IANA_PHOENIX +
                   ["BEGIN:VEVENT", f"UID:px-{hx('pxuid', 'c07', n=24)}@paradox.ai", f"DTSTAMP:{zstamp(sent1)}",
                    f"DTSTART;TZID=America/Phoenix:{local_stamp(s1)}", f"DTEND;TZID=America/Phoenix:{local_stamp(e1_)}",
                    "SUMMARY:Phone Interview - Saguaro Payroll - Account Executive\\, SMB",
                    f"DESCRIPTION:{esc('Renée Castillo will call you at (214) 555-0148.')}",
                    "LOCATION:Phone", "ORGANIZER;CN=Saguaro Payroll Recruiting:mailto:no-reply@paradox.ai",
                    attendee("Marcus Johnson", OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    e1 = mail(seed="c07-1", frm="Olivia from Saguaro Payroll <no-reply@paradox.ai>", to=OWNER_ADDR,
              subject="Your interview with Saguaro Payroll is confirmed!", date=sent1, text=text,
              html=simple_html(text), enc="qp", html_enc="b64", msgid=f"<{uuidish('px', 'c07')}@paradox.ai>",
              attachments=[(ics, "interview.ics", "text/calendar")], host="mail.paradox.ai", ip_prefix="192.0.2")
    sent2 = at(PHX, 2026, 10, 29, 14, 10, "Thu", "-07:00", 44)
    s2 = at(PHX, 2026, 11, 4, 10, 0, "Wed", "-07:00")
    assert s2.astimezone(CHI).hour == 11
    body = """Hi Marcus,

Ren\u00e9e passed along great notes from your screen last week. I'm looking forward to our conversation. We'll spend most of the time on how you build and manage pipeline, a couple of recent wins, and how you'd ramp into a brand-new territory.

One heads up since our team is in Phoenix: Arizona doesn't observe daylight saving time, so once your clocks fall back this Sunday this will be 11:00 AM Central on your end.

Talk soon,
Tom Becker
Director of Sales, SMB | Saguaro Payroll
"""
    e2 = exchange_invite(seed="c07-2", organizer=TOM, required=[ME], optional=[RENEE],
                         subject="Saguaro Payroll - Hiring Manager Interview - Marcus Johnson (AE, SMB)",
                         start=s2, end=s2 + timedelta(minutes=45), win_tz="US Mountain Standard Time",
                         utc_label="(UTC-07:00) Arizona", location="Microsoft Teams Meeting", body=body,
                         uid=outlook_uid("c07-2"), sent=sent2)
    case("b320-07-paradox-screen-and-teams-hm-phoenix",
         [("01-olivia-phone-interview-confirmed.eml", e1), ("02-teams-hiring-manager-invite.eml", e2)],
         [iv(SAGUARO, SAGUARO_ROLE, s1, e1_, "scheduled", [RENEE[1]], [RENEE[1]], "phone_screen"),
          iv(SAGUARO, SAGUARO_ROLE, s2, s2 + timedelta(minutes=45), "scheduled", [TOM[1]], [TOM[1]], "hiring_manager")],
         "hard", "positive/two-interviews",
         "Phoenix company: Paradox/Olivia phone screen Oct 22 11:00 MST (= 1pm CDT, 2h gap) and a Teams HM invite "
         "Nov 4 10:00 '(UTC-07:00) Arizona' / US Mountain Standard Time (= 11am CST, 1h gap after Nov 1). "
         "Renee is only optional on the second invite.")


# ================================================================ 08 webinar (negative)
def c08():
    sent = at(LAX, 2026, 10, 13, 12, 14, "Tue", "-07:00", 51)
    s = at(CHI, 2026, 10, 22, 18, 0, "Thu", "-05:00")
    title = "Land the AE Offer: Mock Discovery Calls, 30-60-90 Plans & Comp Negotiation"
    link = f"https://us06web.zoom.us/w/8{int(hx('zw', 'c08', n=9), 16) % 10**10:010d}?tk={b32('tk', 'c08', n=30)}"
    text = f"""Hi Marcus,

Thank you for registering for "{title}".

Please submit any questions to: events@quotaclub.example

Date Time: Oct 22, 2026 06:00 PM Central Time (US and Canada)

Join from PC, Mac, iPad, or Android:
{link}

Passcode: {int(hx('zp', 'c08', n=6), 16) % 900000 + 100000}

Add to Calendar: the attached .ics works with Google, Outlook and Apple calendars.

In this free live session our panel of VPs of Sales breaks down what they actually score in an AE interview loop, runs a live mock discovery call, and answers your comp negotiation questions. Replay will be sent to all registrants.

You can cancel your registration at any time.

Quota Club Academy
"""
    ics = ics_join(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(s + timedelta(minutes=75))}",
                    f"SUMMARY:{esc(title)}", f"UID:{zstamp(sent)}-{hx('zuid', 'c08', n=10)}@zoom.us",
                    "TZID:America/Chicago", f"DESCRIPTION:{esc('Join from PC, Mac, iPad, or Android: ' + link)}",
                    f"LOCATION:{link}", "ORGANIZER;CN=Quota Club Academy:mailto:no-reply@zoom.us",
                    attendee("Marcus Johnson", OWNER, "ACCEPTED", rsvp="FALSE"), "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY",
                    "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    e = mail(seed="c08", frm="Quota Club Academy <no-reply@zoom.us>", to=OWNER_ADDR,
             reply_to="Quota Club Academy <events@quotaclub.example>",
             subject=f"Quota Club Academy Confirmation: {title}", date=sent, text=text, html=simple_html(text),
             enc="qp", html_enc="qp", msgid=f"<{b32('zmid', 'c08', n=20)}@zoom.us>",
             attachments=[(ics, "iCalendar.ics", "text/calendar")], host="mx-out-2.zoom.us", ip_prefix="170.114.52")
    case("b320-08-webinar-ae-interview-prep", [("01-zoom-webinar-registration.eml", e)], [], "medium",
         "negative/webinar",
         "Zoom webinar registration about AE interviews with mock discovery call and .ics; not an interview.")


# ================================================================ 09 Workday hiring manager phone interview
def c09():
    sent = at(CHI, 2026, 10, 13, 13, 5, "Tue", "-05:00", 38)
    s = at(CHI, 2026, 10, 21, 8, 0, "Wed", "-05:00")
    url = f"https://bayousurgical.wd5.myworkdayjobs.com/en-US/BayouCareers/userHome?tok={b32('wd', 'c09', n=16)}"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<img src="https://bayousurgical.wd5.myworkdayjobs.com/logo.png" alt="Bayou Surgical Systems">
<p>Hello Marcus,</p>
<p>Your interview for <b>{BAYOU_ROLE} (R-10482)</b> has been scheduled. Please review the details below.</p>
<table cellpadding="4">
<tr><td><b>Interview Type</b></td><td>Hiring Manager Interview (Phone / Microsoft Teams)</td></tr>
<tr><td><b>Date</b></td><td>Wednesday, October 21, 2026</td></tr>
<tr><td><b>Time</b></td><td>8:00 AM - 8:45 AM Central Daylight Time</td></tr>
<tr><td><b>Interviewer</b></td><td>Carla Mendez, Area Sales Director - North Texas</td></tr>
<tr><td><b>Location</b></td><td>Carla will send a Teams link before the interview. If you are unable to join by video, she will call the mobile number on your application.</td></tr>
</table>
<p>To view your interview details or upload additional documents, sign in to your <a href="{url}">Candidate Home</a> account.</p>
<p>If you need to reschedule, please contact Kendra Wallace, Talent Acquisition Partner, at <a href="mailto:{KENDRA[1]}">{KENDRA[1]}</a> at least 24 hours in advance.</p>
<p>We look forward to speaking with you.</p>
<p>Bayou Surgical Systems Talent Acquisition</p>
<p style="font-size:11px;color:#777">This is a system-generated message from Workday. Please do not reply to this email.</p>
</body></html>
"""
    text = f"""Hello Marcus,

Your interview for {BAYOU_ROLE} (R-10482) has been scheduled. Please review the details below.

Interview Type: Hiring Manager Interview (Phone / Microsoft Teams)
Date: Wednesday, October 21, 2026
Time: 8:00 AM - 8:45 AM Central Daylight Time
Interviewer: Carla Mendez, Area Sales Director - North Texas
Location: Carla will send a Teams link before the interview. If you are unable to join by video, she will call the mobile number on your application.

To view your interview details, sign in to Candidate Home: {url}

If you need to reschedule, please contact Kendra Wallace, Talent Acquisition Partner, at {KENDRA[1]} at least 24 hours in advance.

Bayou Surgical Systems Talent Acquisition
This is a system-generated message from Workday. Please do not reply to this email.
"""
    e = mail(seed="c09", frm="Bayou Surgical Systems <bayousurgical@myworkday.com>", to=OWNER_ADDR,
             subject=f"Interview Scheduled: {BAYOU_ROLE} (R-10482)", date=sent, text=text, html=html,
             enc="b64", html_enc="b64", msgid=f"<{hx('wdm', 'c09', n=18)}.JavaMail.wdprod@wd5-prod-mail>",
             host="wd5-smtp.myworkday.com", ip_prefix="216.34.26")
    case("b320-09-workday-hm-phone-interview", [("01-workday-interview-scheduled.eml", e)],
         [iv(BAYOU, BAYOU_ROLE, s, s + timedelta(minutes=45), "scheduled", [], [KENDRA[1]], "hiring_manager")],
         "medium", "positive/workday",
         "Workday notification (base64 HTML) from the Houston med-device firm; interviewer has no address in the "
         "case, so follow-up goes to the TA partner named in the body, not the myworkday.com sender.")


# ================================================================ 10 Cedar Fork role-play (mail + Google invite)
def c10():
    d1 = at(CHI, 2026, 10, 16, 16, 40, "Fri", "-05:00", 12)
    sent = at(CHI, 2026, 10, 16, 16, 52, "Fri", "-05:00", 30)
    s = at(CHI, 2026, 10, 23, 15, 0, "Fri", "-05:00")
    t1 = """Hey Marcus,

Jamie really enjoyed your intro call on Monday, so let's keep this moving. The next step in our process is a role-play: a 30-minute mock discovery call, then 15 minutes of feedback and your questions for us.

The setup: I'll play Dana, VP of Operations at a 250-person 3PL in San Antonio whose team lives in spreadsheets. You're the Cedar Fork AE on a first call that Dana took because an SDR caught her on a good day. Nate Oduya from our team will sit in and take notes. Please don't build a deck - we care about how you run the conversation, not slides.

I'll send a calendar invite for next Friday (10/23) at 3pm Central.

Wes Tolliver
Head of Sales | Cedar Fork Analytics
Austin, TX
"""
    e1 = mail(seed="c10-1", frm=A(WES), to=OWNER_ADDR, cc=A(JAMIE), subject="Next step: mock discovery call",
              date=d1, text=t1, html=simple_html(t1), enc="7bit", html_enc="qp", msgid=gmail_id("c10", 1))
    desc = ("Role-play: 30 min mock discovery call (Wes plays Dana, VP Ops at a San Antonio 3PL) + 15 min feedback/Q&A. "
            "Nate observes.")
    e2 = google_invite(seed="c10-2", organizer=WES, guests=[NATE],
                       summary="Cedar Fork | Role-Play: Mock Discovery Call (Marcus Johnson)", start=s,
                       end=s + timedelta(minutes=45), description=desc, uid=f"{b32('gu', 'c10', n=26)}@google.com",
                       sent=sent, meet="qtr-mhxd-fwa")
    case("b320-10-cedarfork-roleplay-mail-and-invite",
         [("01-wes-next-step-roleplay.eml", e1), ("02-invitation-roleplay.eml", e2)],
         [iv(CEDAR, CEDAR_ROLE, s, s + timedelta(minutes=45), "scheduled", [WES[1], NATE[1]], [WES[1], NATE[1]], "technical")],
         "medium", "positive/dedupe",
         "Mock discovery call / role-play is a real hiring step (counts). Mail + Google invite describe the same "
         "interview; Jamie is only Cc'd on the mail.")


# ================================================================ 11 forwarded LinkedIn conversation (Monday at 4 Central)
def c11():
    d = at(CHI, 2026, 10, 10, 9, 14, "Sat", "-05:00", 26)
    li = at(CHI, 2026, 10, 9, 18, 2, "Fri", "-05:00")
    zoom = "https://cedarfork.zoom.us/j/93318427716"
    text = f"""Saving this so I don't lose it. Cedar Fork intro Monday.

---------- Forwarded message ---------
From: LinkedIn <messages-noreply@linkedin.com>
Date: Fri, Oct 9, 2026 at 6:02 PM
Subject: Jamie just messaged you
To: Marcus Johnson <{OWNER}>


Jamie Ruiz
Co-founder & CEO at Cedar Fork Analytics

Jamie Ruiz  4:31 PM
Hey Marcus - saw your post about closing out Q3 at 131% and had to reach out. We're a 14-person seed-stage team in Austin building ops analytics for mid-size logistics companies, and I'm hiring our first AE (remote from DFW is totally fine). Would you be up for a 30-min intro call? It's the first step in our interview process.

Marcus Johnson  5:12 PM
Thanks Jamie, appreciate that! Definitely interested. I'm pretty open Monday afternoon.

Jamie Ruiz  5:58 PM
Let's do Monday at 4 Central then. Zoom: {zoom} - if anything changes my email is {JAMIE[1]}

Marcus Johnson  6:01 PM
Works for me, talk Monday!

View conversation: https://www.linkedin.com/messaging/thread/2-{b32('li', 'c11', n=24)}/

This email was intended for Marcus Johnson (Account Executive at Northpark Telecom).
(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    e = mail(seed="c11", frm=OWNER_ADDR, to=OWNER_ADDR, subject="Fwd: Jamie just messaged you", date=d,
             text=text, html=simple_html(text), enc="qp", html_enc="qp", msgid=gmail_id("c11"))
    s = at(CHI, 2026, 10, 12, 16, 0, "Mon", "-05:00")
    assert li < s
    case("b320-11-linkedin-forward-cedarfork-intro", [("01-fwd-linkedin-jamie.eml", e)],
         [iv(CEDAR, CEDAR_ROLE, s, s + timedelta(minutes=30), "scheduled", [JAMIE[1]], [JAMIE[1]], "hiring_manager")],
         "hard", "positive/forwarded-linkedin",
         "Self-forwarded LinkedIn message thread: CEO proposes a 30-min intro call as first interview step, agreed "
         "'Monday at 4 Central' (messages Fri Oct 9, forward Sat Oct 10 -> Mon Oct 12, -05:00). From and To are the owner.")


# ================================================================ 12 car dealership appointment (negative)
def c12():
    sent = at(CHI, 2026, 10, 22, 18, 45, "Thu", "-05:00", 9)
    s = at(CHI, 2026, 10, 24, 10, 0, "Sat", "-05:00")
    tyler = ("Tyler Grimes", "tgrimes@parkcitiestoyota.example")
    text = """Hi Marcus!

Thanks for your interest in the 2026 Camry XSE. You're all set for a test drive and a trade appraisal on your 2019 Accord:

Saturday, October 24 at 10:00 AM
Park Cities Toyota - 6200 Lemmon Ave, Dallas, TX 75209

Ask for me at the front desk and I'll have the car pulled up and ready to go. Please bring your driver's license, proof of insurance, and your payoff info for the Accord so our finance manager can run numbers while you drive.

Saturday mornings get busy, so if anything comes up just text me at 214-555-0177.

Tyler Grimes
Sales & Leasing Consultant
Park Cities Toyota
"""
    ics = ics_join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DealerCRM//Appointments//EN", "METHOD:REQUEST",
                    "BEGIN:VEVENT", f"UID:appt-{hx('dl', 'c12', n=16)}@parkcitiestoyota.example",
                    f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(s + timedelta(hours=1))}",
                    "SUMMARY:Test Drive & Trade Appraisal - Park Cities Toyota (Tyler Grimes)",
                    "LOCATION:Park Cities Toyota\\, 6200 Lemmon Ave\\, Dallas\\, TX 75209",
                    f"ORGANIZER;CN={tyler[0]}:mailto:{tyler[1]}", attendee("Marcus Johnson", OWNER),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    e = mail(seed="c12", frm=A(tyler), to=OWNER_ADDR,
             subject="Appointment Confirmed: Sat 10/24 @ 10:00 AM - Park Cities Toyota", date=sent, text=text,
             html=simple_html(text), enc="qp", html_enc="qp", msgid=f"<{uuidish('dl', 'c12')}@crm.parkcitiestoyota.example>",
             attachments=[(ics, "appointment.ics", "text/calendar")])
    case("b320-12-car-dealership-appointment", [("01-dealer-appointment-confirmed.eml", e)], [], "easy",
         "negative/appointment",
         "Car dealership test-drive appointment with a 'Sales Consultant' and .ics; not a job interview.")


# ================================================================ 13 owner interviews an SDR candidate (negative)
def c13():
    sent = at(CHI, 2026, 10, 15, 14, 20, "Thu", "-05:00", 0)
    s = at(CHI, 2026, 10, 20, 13, 0, "Tue", "-05:00")
    keisha = ("Keisha Freeman", "kfreeman@northparktel.example")
    shawn = ("Shawn Ellis", "sellis@northparktel.example")
    body = """Hi Marcus and Shawn,

Thank you for helping interview Jalen Brooks for our Sales Development Rep opening in Dallas!

Marcus - you'll run the 15-minute cold-call role-play (you're the prospect: a busy IT director at a 300-seat call center).
Shawn - please cover motivation, coachability and why sales.

Jalen's resume and the interview scorecard are in iCIMS. Please submit feedback within 24 hours so we can keep the process moving.

Thanks!
Keisha Freeman
Recruiting Coordinator | Northpark Telecom
"""
    e = exchange_invite(seed="c13", organizer=keisha, required=[ME, shawn],
                        subject="Interview: Jalen Brooks - Sales Development Rep (Dallas) - Panel",
                        start=s, end=s + timedelta(minutes=45), win_tz="Central Standard Time",
                        utc_label="(UTC-06:00) Central Time (US & Canada)", location="Microsoft Teams Meeting",
                        body=body, uid=outlook_uid("c13"), sent=sent)
    case("b320-13-owner-interviews-sdr-candidate", [("01-teams-invite-panel-for-jalen.eml", e)], [], "hard",
         "negative/user-is-interviewer",
         "Teams invite titled 'Interview:' where the owner is on the panel interviewing an SDR candidate at his current job.")


# ================================================================ 14 ride-along (Exchange, UTC-06:00 label in CDT)
def c14():
    sent = at(CHI, 2026, 10, 22, 10, 30, "Thu", "-05:00", 17)
    s = at(CHI, 2026, 10, 29, 7, 30, "Thu", "-05:00")
    e_ = s.replace(hour=12, minute=0)
    body = """Marcus,

As we discussed on Wednesday's call, the final step in our interview process for the Territory Manager, Capital Equipment role is a half-day field ride-along. You'll spend the morning with Derek Pham, one of our senior Territory Managers, covering cases and account calls at Medical City Plano.

This is an evaluated part of the interview. Derek will be looking at how you engage with OR staff and materials management and how you'd approach his accounts, and he'll share his feedback with me afterward.

Logistics:
- Meet Derek in the main lobby at 7:30 AM. Please get there by 7:20; vendor check-in at the credentialing kiosk takes a few minutes.
- Business casual. Scrubs will be provided for the OR.
- Bring a photo ID. Kendra already submitted your vendor credentialing paperwork.
- We'll wrap up by noon.

Call or text me at 713-555-0163 with any questions.

Carla Mendez
Area Sales Director - North Texas
Bayou Surgical Systems
"""
    e = exchange_invite(seed="c14", organizer=CARLA, required=[ME, DEREK], optional=[KENDRA],
                        subject="Bayou Surgical - Field Ride-Along (Final Interview) - Marcus Johnson / Derek Pham",
                        start=s, end=e_, win_tz="Central Standard Time",
                        utc_label="(UTC-06:00) Central Time (US & Canada)",
                        location="Medical City Plano - Main Lobby, 3901 W 15th St, Plano, TX 75075",
                        body=body, uid=outlook_uid("c14"), sent=sent, teams=False)
    case("b320-14-bayou-ride-along-exchange", [("01-ride-along-invite.eml", e)],
         [iv(BAYOU, BAYOU_ROLE, s, e_, "scheduled", [DEREK[1]], [DEREK[1]], "other")],
         "hard", "positive/exchange-ride-along",
         "Exchange invite (Central Standard Time TZID, '(UTC-06:00)' label while CDT applies -> -05:00) for a "
         "half-day ride-along explicitly framed as the final interview step; Derek conducts, Carla organizes.")


# ================================================================ 15 scam posing as recruiter (negative)
def c15():
    sent = datetime(2026, 10, 19, 3, 12, 40, tzinfo=timezone(timedelta(hours=1)))
    assert sent.strftime("%a") == "Mon"
    text = """Dear Marcus Johnson,

Your resume was reviewed by our hiring team and we are pleased to inform you that you have been shortlisted for the position of Remote Sales Account Executive (Full Time/Part Time) with Saguaro Payroll. Pay rate is $42/hr with weekly direct deposit.

Your online interview is scheduled for Tuesday 10/27 at 11:00am CST via Microsoft Teams chat (text based) with our Hiring Manager Mr. Richard Allen. Kindly download the Teams app and add richard.allen.hiring@outlook-mail.example to begin the interview at the stated time.

Upon successful interview you will receive a check to purchase your home office equipment and software from our certified vendor.

Please confirm your availability by replying with your full name, cell phone number and current address.

Regards,
HR Department
Saguaro Payroll Careers
"""
    e = mail(seed="c15", frm="Saguaro Payroll HR <hr@saguaropayroll-careers.example>", to=OWNER_ADDR,
             reply_to="richard.allen.hiring@outlook-mail.example",
             subject="Interview Invitation - Remote Sales Account Executive ($42/hr)", date=sent, text=text,
             enc="7bit", msgid=f"<{hx('sc', 'c15', n=24)}@saguaropayroll-careers.example>",
             host="vps-4412.hosting-cheap.example", ip_prefix="203.0.113")
    case("b320-15-scam-fake-recruiter-teams-chat", [("01-scam-interview-invitation.eml", e)], [], "medium",
         "negative/scam",
         "Lookalike-domain 'recruiter' impersonating Saguaro Payroll: text-chat interview, check for equipment. Scam.")


# ================================================================ 16 one-way video interview (negative)
def c16():
    sent = at(CHI, 2026, 10, 20, 10, 0, "Tue", "-05:00", 51)
    url = f"https://app.sparkhire.com/i/{b32('sh', 'c16', n=20)}"
    text = f"""Hi Marcus,

Ranger Fleet Telematics has invited you to complete a one-way video interview for the Account Executive - DFW position.

With a one-way video interview you record answers to pre-set questions on your own time - there is no one on the other end. You'll answer 5 questions and have up to 2 minutes per answer, with one retake each.

Please complete your interview by Wednesday, October 28, 2026 at 11:59 PM CDT.

Start your interview: {url}

Tips: find a quiet spot with good lighting and test your camera and microphone first.

Good luck!
The Spark Hire Team on behalf of Ranger Fleet Telematics
"""
    e = mail(seed="c16", frm="Ranger Fleet Telematics via Spark Hire <no-reply@sparkhire.com>", to=OWNER_ADDR,
             subject="Ranger Fleet Telematics invited you to a one-way video interview", date=sent, text=text,
             html=simple_html(text), enc="qp", html_enc="b64", msgid=f"<{uuidish('sh', 'c16')}@sparkhire.com>",
             host="o3.mail.sparkhire.com", ip_prefix="168.245.8")
    case("b320-16-one-way-video-interview", [("01-sparkhire-invite.eml", e)], [], "medium",
         "negative/one-way-video",
         "One-way recorded video interview with a deadline; no live conversation.")


# ================================================================ 17 agency "get you on our radar" call, nothing booked (negative)
def c17():
    cody = ("Cody Marshall", "cmarshall@summitpeakstaffing.example")
    d1 = at(CHI, 2026, 10, 26, 11, 2, "Mon", "-05:00", 40)
    d2 = at(CHI, 2026, 10, 26, 12, 30, "Mon", "-05:00", 12)
    d3 = at(CHI, 2026, 10, 26, 12, 41, "Mon", "-05:00", 55)
    m1, m2, m3 = outlook_id("c17", 1), gmail_id("c17", 2), outlook_id("c17", 3)
    t1 = """Hey Marcus!

Hope your Monday's off to a good start. I'm a recruiter with Summit Peak Staffing - we place sales folks with B2B tech and medical device companies all over DFW.

I don't have a specific role to pitch you today, but I'd love to get you on our radar so I can flag things for you before they hit the job boards. Do you have 15 minutes this week for a quick intro call? Tuesday or Wednesday afternoon are pretty open for me, or grab any slot on my Calendly: https://calendly.com/cody-summitpeak/15min

Cody Marshall
Senior Recruiter, Sales & Marketing | Summit Peak Staffing
972-555-0135
"""
    t2 = "Hey Cody,\n\nSure, happy to connect. Wednesday afternoon could work, let me check my calendar and get back to you.\n\nMarcus\n\n" + quote(t1, A(cody), d1)
    t3 = "Awesome! Just shoot me a couple times that work or book on the link whenever you get a sec. Talk soon!\n\nCody\n\n" + quote(t2, OWNER_ADDR, d2)
    e1 = mail(seed="c17-1", frm=A(cody), to=OWNER_ADDR, subject="AE opportunities in DFW", date=d1, text=t1,
              html=simple_html(t1), enc="qp", html_enc="qp", msgid=m1, boundary_style="outlook",
              host="NAM12-DM6-obe.outbound.protection.outlook.com", ip_prefix="40.107.223")
    e2 = mail(seed="c17-2", frm=OWNER_ADDR, to=A(cody), subject="Re: AE opportunities in DFW", date=d2, text=t2,
              enc="7bit", msgid=m2, in_reply_to=m1, references=m1)
    e3 = mail(seed="c17-3", frm=A(cody), to=OWNER_ADDR, subject="RE: AE opportunities in DFW", date=d3, text=t3,
              enc="qp", msgid=m3, in_reply_to=m2, references=f"{m1} {m2}",
              host="NAM12-DM6-obe.outbound.protection.outlook.com", ip_prefix="40.107.223")
    case("b320-17-agency-radar-call-unbooked",
         [("01-cody-get-you-on-our-radar.eml", e1), ("02-marcus-wednesday-maybe.eml", e2), ("03-cody-send-times.eml", e3)],
         [], "hard", "negative/availability-request",
         "Agency 'get you on our radar' outreach with Calendly link; 'Wednesday afternoon could work' but no time is ever booked.")


# ================================================================ 18 Cedar Fork CEO final, cancelled (Google, across DST)
def c18():
    uid = f"{b32('gu', 'c18', n=26)}@google.com"
    sent1 = at(CHI, 2026, 10, 28, 11, 5, "Wed", "-05:00", 21)
    sent2 = at(CHI, 2026, 10, 30, 17, 48, "Fri", "-05:00", 3)
    s = at(CHI, 2026, 11, 2, 14, 0, "Mon", "-06:00")
    summ = "Cedar Fork | Final Conversation: Marcus Johnson <> Jamie Ruiz"
    desc = ("Final round for the Founding AE role. Jamie wants to talk through comp philosophy, your 30/60/90, and what "
            "building the sales motion from zero looks like. 45 minutes.")
    e1 = google_invite(seed="c18-1", organizer=JAMIE, guests=[WES], summary=summ, start=s,
                       end=s + timedelta(minutes=45), description=desc, uid=uid, sent=sent1, meet="vbn-pqxe-ksj")
    note = ("Marcus - so sorry to do this. Our board meeting got moved to Monday afternoon and I have to be in it. "
            "Wes will reach out early next week to find a new time. -Jamie")
    e2 = google_invite(seed="c18-2", organizer=JAMIE, guests=[WES], summary=summ, start=s,
                       end=s + timedelta(minutes=45), description=desc, uid=uid, sent=sent2, seq=1,
                       kind="cancel_note", note=note, meet="vbn-pqxe-ksj")
    case("b320-18-cedarfork-ceo-final-cancelled",
         [("01-invitation-final-with-ceo.eml", e1), ("02-canceled-event-with-note.eml", e2)],
         [iv(CEDAR, CEDAR_ROLE, s, s + timedelta(minutes=45), "cancelled", [JAMIE[1]], [JAMIE[1]], "hiring_manager")],
         "medium", "positive/cancellation",
         "Google invite sent during CDT for Mon Nov 2 2pm CST (-06:00), then 'Canceled event with note' (METHOD:CANCEL, "
         "SEQUENCE 1); no new time is booked -> one cancelled interview.")


# ================================================================ 19 standalone .ics for client final (Windows TZID, after DST)
def c19():
    stamp = at(CHI, 2026, 10, 27, 16, 12, "Tue", "-05:00", 0)
    s = at(CHI, 2026, 11, 3, 15, 0, "Tue", "-06:00")
    e_ = s + timedelta(hours=1)
    desc = ("Final interview - Mesquite Freight Software - Senior Account Executive\n"
            "In person with Sandra Kim, VP of Sales. Greg Halvorsen may stop in to say hi but this is Sandra's interview.\n"
            "Check in at the front desk on the 9th floor and ask for Sandra. Bring a printed copy of your brag book / stack ranking.\n"
            "Parking: visitor spots on level 2 of the garage.\n\n"
            "Scheduled by Brittany Nguyen | Redbird Talent Partners | 469-555-0192")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ_WIN_CENTRAL
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={BRITTANY[0]}:mailto:{BRITTANY[1]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={SANDRA[0]}:mailto:{SANDRA[1]}",
              f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
              f"UID:{outlook_uid('c19')}",
              "SUMMARY;LANGUAGE=en-US:Mesquite Freight Software - Final Interview w/ Sandra Kim (VP Sales) - Marcus Johnson",
              f"DTSTART;TZID=Central Standard Time:{local_stamp(s)}", f"DTEND;TZID=Central Standard Time:{local_stamp(e_)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0",
              "LOCATION;LANGUAGE=en-US:Mesquite Freight Software\\, 5215 N O'Connor Blvd\\, Suite 900\\, Irving\\, TX 75039",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT30M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    case("b320-19-client-final-standalone-ics", [("01-Mesquite_Final_Sandra_Kim.ics", ics_join(lines).encode("utf-8"))],
         [iv(MESQUITE, MESQUITE_ROLE, s, e_, "scheduled", [SANDRA[1]], [SANDRA[1]], "hiring_manager")],
         "medium", "positive/standalone-ics",
         "Standalone Outlook .ics from the agency for the client's in-person final with the VP of Sales; "
         "TZID 'Central Standard Time' on Nov 3 (after DST ends) -> -06:00. Greg is mentioned but not an attendee.")


# ================================================================ 20 Trinity onsite loop: itinerary + three Google invites
def c20():
    d0 = at(CHI, 2026, 10, 30, 14, 58, "Fri", "-05:00", 6)
    s1 = at(CHI, 2026, 11, 5, 9, 30, "Thu", "-06:00")
    s2 = at(CHI, 2026, 11, 5, 10, 30, "Thu", "-06:00")
    s3 = at(CHI, 2026, 11, 5, 12, 15, "Thu", "-06:00")
    end = at(CHI, 2026, 11, 5, 13, 0, "Thu", "-06:00")
    loc = "Trinity Ridge HQ - 2323 Ross Ave, Suite 1400, Dallas, TX 75201"
    text = f"""Hi Marcus,

We're excited to host you at the Trinity Ridge office on Thursday, November 5 for the final round for our Mid-Market Account Executive role! Here's your itinerary (all times Central):

9:30 - 10:15 AM    Role-play: discovery call with Kyle Brennan, Senior AE
10:30 - 11:15 AM   Panel with Monica Reyes (Sales Manager, Mid-Market) and Jenna Park (Enterprise AE)
11:15 AM - 12:15 PM  Lunch with the team
12:15 - 1:00 PM    Conversation with Derrick Coleman, VP of Sales

Address: 2323 Ross Ave, Suite 1400, Dallas, TX 75201. We validate parking in the Ross Tower garage; just bring your ticket up to the front desk.

For the role-play, Kyle will play the Director of RevOps at a 400-person healthcare staffing company that's evaluating us against two competitors. You'll get a one-page brief the morning of. You'll receive a separate calendar invite for each session. Let me know about any dietary restrictions for lunch!

Best,
Alyssa Ortega
Talent Acquisition Partner | Trinity Ridge Software
"""
    e0 = mail(seed="c20-0", frm="Alyssa Ortega <no-reply@us.greenhouse-mail.io>", to=OWNER_ADDR, reply_to=A(ALYSSA),
              subject="Your onsite interview itinerary - Trinity Ridge Software", date=d0, text=text,
              html=simple_html(text), enc="qp", html_enc="qp", msgid=f"<{uuidish('gh', 'c20')}@us.greenhouse-mail.io>",
              host="o7.us.greenhouse-mail.io", ip_prefix="167.89.101")
    invites = [
        ("02-invitation-roleplay-kyle.eml", "Onsite: Role-Play (Discovery Call) - Marcus Johnson", s1,
         s1 + timedelta(minutes=45), [KYLE], "Discovery call role-play. Kyle plays the Director of RevOps; brief provided the morning of.", 10),
        ("03-invitation-panel-monica-jenna.eml", "Onsite: Sales Panel - Marcus Johnson", s2, s2 + timedelta(minutes=45),
         [MONICA, JENNA], "Panel interview with Monica Reyes (Sales Manager, Mid-Market) and Jenna Park (Enterprise AE).", 11),
        ("04-invitation-vp-sales-derrick.eml", "Onsite: Conversation with VP of Sales - Marcus Johnson", s3, end,
         [DERRICK], "Final conversation with Derrick Coleman, VP of Sales.", 12),
    ]
    items = [("01-greenhouse-itinerary.eml", e0)]
    for fn, summ, a, b, guests, desc, k in invites:
        sent = d0 + timedelta(minutes=k - 8, seconds=k * 3)
        items.append((fn, google_invite(seed=f"c20-{k}", organizer=ALYSSA, guests=guests, summary=summ, start=a,
                                        end=b, description=desc, uid=f"{b32('gu', 'c20', k, n=26)}@google.com",
                                        sent=sent, location=loc)))
    ivs = [KYLE[1], MONICA[1], JENNA[1], DERRICK[1]]
    case("b320-20-trinity-onsite-loop-three-invites", items,
         [iv(TRINITY, TRINITY_ROLE, s1, end, "scheduled", ivs, ivs, "onsite")],
         "hard", "positive/onsite-loop",
         "Greenhouse itinerary + three Google invites for one in-person loop on Thu Nov 5 (after DST ends, -06:00; "
         "invites sent during CDT). One onsite 9:30-13:00 with all four interviewers; lunch is not a session.")


# ================================================================ 21 Gramercy VP final: recruiter mail + Calendar API event
def c21():
    d1 = at(NYC, 2026, 11, 3, 9, 5, "Tue", "-05:00", 44)
    s = at(NYC, 2026, 11, 10, 11, 0, "Tue", "-05:00")
    e_ = s + timedelta(minutes=45)
    assert s.astimezone(CHI).hour == 10
    zoom = "https://gramercydata.zoom.us/j/81570046293?pwd=" + b32("zp", "c21", n=22)
    text = f"""Hi Marcus,

Great news - the team wants to bring you to the final round! You'll meet with Lauren Whitfield, our VP of Sales, for 45 minutes on Tuesday 11/10 at 11:00 AM ET (10:00 AM CT for you). I already put it on your calendar with the Zoom link.

Come ready to walk through a deal you lost and what you'd do differently. Lauren asks everyone.

Best,
Danielle Forsythe
Senior Talent Partner, Sales Hiring
Gramercy Data
"""
    e1 = mail(seed="c21", frm=A(DANIELLE), to=OWNER_ADDR, cc=A(LAUREN),
              subject="Final round with Lauren Whitfield (VP Sales) - Tue 11/10", date=d1, text=text,
              html=simple_html(text), enc="qp", html_enc="qp", msgid=outlook_id("c21", 1), boundary_style="outlook",
              host="NAM12-MW2-obe.outbound.protection.outlook.com", ip_prefix="40.107.220")
    eid = b32("ge", "c21", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('etag', 'c21', n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-03T14:01:12.000Z",
        "updated": "2026-11-03T14:03:40.281Z",
        "summary": "Gramercy Data - Final Interview: Marcus Johnson / Lauren Whitfield (VP Sales)",
        "description": "Final round for the Enterprise Account Executive, Central Region role.\n"
                       f"Zoom: {zoom}\nQuestions: Danielle Forsythe, {DANIELLE[1]}",
        "location": zoom,
        "creator": {"email": DANIELLE[1], "displayName": DANIELLE[0]},
        "organizer": {"email": DANIELLE[1], "displayName": DANIELLE[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": e_.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": DANIELLE[1], "displayName": DANIELLE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": LAUREN[1], "displayName": LAUREN[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    assert "-05:00" in ev["start"]["dateTime"]
    js = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    case("b320-21-gramercy-vp-final-mail-and-gcal-json",
         [("01-danielle-final-round.eml", e1), ("02-final-vp-sales.gcal.json", js)],
         [iv(GRAMERCY, GRAMERCY_ROLE, s, e_, "scheduled", [LAUREN[1]], [LAUREN[1]], "hiring_manager")],
         "medium", "positive/gcal-json",
         "New York final with the VP of Sales on Nov 10 (EST -05:00, 10am CT): recruiter mail + Calendar API event "
         "(self: true) are one interview.")


# ================================================================ 22 Workday rejection after ride-along (negative)
def c22():
    sent = at(CHI, 2026, 11, 9, 10, 15, "Mon", "-06:00", 29)
    text = f"""Dear Marcus,

Thank you for your interest in Bayou Surgical Systems and for the time you invested in our process for the {BAYOU_ROLE} position (R-10482), including your ride-along with Derek at Medical City Plano on October 29.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the territory at this time. This was a difficult decision and we were impressed by your energy and preparation.

We will keep your profile in our talent community and encourage you to apply for future openings that match your background.

Best regards,
Bayou Surgical Systems Talent Acquisition

This is a system-generated message from Workday. Please do not reply to this email.
"""
    e = mail(seed="c22", frm="Bayou Surgical Systems <bayousurgical@myworkday.com>", to=OWNER_ADDR,
             subject=f"Update on your application - {BAYOU_ROLE} (R-10482)", date=sent, text=text,
             html=simple_html(text), enc="b64", html_enc="b64",
             msgid=f"<{hx('wdm', 'c22', n=18)}.JavaMail.wdprod@wd5-prod-mail>",
             host="wd5-smtp.myworkday.com", ip_prefix="216.34.26")
    case("b320-22-workday-rejection-after-ride-along", [("01-workday-rejection.eml", e)], [], "easy",
         "negative/rejection", "Rejection that mentions a past ride-along date; no upcoming interview.")


# ================================================================ 23 offer call (mail + Google invite) (negative)
def c23():
    d1 = at(CHI, 2026, 11, 9, 11, 20, "Mon", "-06:00", 47)
    sent = at(CHI, 2026, 11, 9, 11, 31, "Mon", "-06:00", 2)
    s = at(CHI, 2026, 11, 10, 16, 30, "Tue", "-06:00")
    text = """Hey Marcus!

I've been dying to send this one. The team loved you on Thursday and we'd like to extend you an offer for the Mid-Market Account Executive role!! \U0001F389

Derrick and I would love to walk you through the details (base, OTE, equity and start date) on a quick call. Are you free tomorrow at 4:30? I'll send an invite. If that doesn't work just reply with a better time. The written offer will come through DocuSign right after we talk.

Congrats!!
Alyssa Ortega
Talent Acquisition Partner | Trinity Ridge Software
"""
    e1 = mail(seed="c23-1", frm=A(ALYSSA), to=OWNER_ADDR, cc=A(DERRICK), subject="Great news from Trinity Ridge!",
              date=d1, text=text, html=simple_html(text), enc="qp", html_enc="qp", msgid=gmail_id("c23", 1))
    e2 = google_invite(seed="c23-2", organizer=ALYSSA, guests=[DERRICK],
                       summary="Trinity Ridge - Offer Discussion (Marcus Johnson)", start=s,
                       end=s + timedelta(minutes=30),
                       description="Walking through your offer for the Mid-Market Account Executive role: base, OTE, equity, start date.",
                       uid=f"{b32('gu', 'c23', n=26)}@google.com", sent=sent, meet="fzr-kqbp-tmw")
    case("b320-23-offer-call-mail-and-invite", [("01-alyssa-offer-news.eml", e1), ("02-invitation-offer-discussion.eml", e2)],
         [], "hard", "negative/offer",
         "Offer call booked with a Google invite ('tomorrow at 4:30', VP of Sales attending); an offer discussion is not an interview.")


# ================================================================ writers
def write_labels():
    data = {}
    for c in CASES:
        data[c["slug"]] = {"user": OWNER, "interview": bool(c["interviews"]), "interviews": c["interviews"],
                           "difficulty": c["difficulty"], "category": c["category"], "notes": c["notes"],
                           "source": "synthetic"}
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    return ("# Labels for blind320 (written blind). Schema: /work/shared/eval/README.md\n" + body).encode("utf-8")


def write_readme():
    n = len(CASES)
    pos = [c for c in CASES if c["interviews"]]
    ivs = [i for c in CASES for i in c["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    return f"""# blind320: Dallas account executive job search (written blind)

Mailbox owner: Marcus Johnson <{OWNER}>, an account executive living in Dallas (America/Chicago).

This set was written blind: only the eval README and a couple of dev files were read for formats; no tool
code, tests or other sets were looked at.

## What it stresses
Texas sales / staffing / corporate-HR mail: Indeed relay messages, ZipRecruiter alerts, a forwarded LinkedIn
conversation, Workday, Greenhouse, Paradox (Olivia), Calendly, Zoom, Teams/Exchange, Spark Hire and a
staffing agency booking its client's interviews. Companies: Trinity Ridge Software (Dallas SaaS), Bayou
Surgical Systems (Houston medical devices), Redbird Talent Partners placing him with Mesquite Freight Software
(Irving), Cedar Fork Analytics (Austin startup), Saguaro Payroll (Phoenix, America/Phoenix) and Gramercy Data
(New York). Steps include an agency screen, hiring-manager Zoom, mock discovery-call role-plays (interviews),
a ride-along framed as the final interview step, an onsite loop and finals with VPs of Sales. Hard negatives:
sales kickoff at his current job (with scored role-plays), the owner interviewing an SDR candidate, a webinar,
a car-dealership appointment, a scam, a one-way video interview, an unbooked agency "radar" call, a rejection
and an offer call with a calendar invite.

## Counts
- Cases: {n} ({len(pos)} positive, {n - len(pos)} negative)
- Labelled interviews: {len(ivs)} (status: {fmt(by_status)}; kind: {fmt(by_kind)})
- Reschedule: case 04 (mail + .ics, same UID, SEQUENCE 1). Cancellation: case 18 (Google METHOD:CANCEL).
  Two interviews in one case: 07. Onsite sent as several invites: 20. Propose/confirm threads: 05, 11.
  Times only in the body / relative dates: 01 ("tomorrow at 10:30 CST"), 11 ("Monday at 4 Central").

## Formats
.eml (text/plain and HTML, 7bit / quoted-printable / base64; threads with In-Reply-To/References), Google
Calendar invitations (multipart/mixed with text/calendar and invite.ics), Exchange/Teams invites (Windows TZIDs
"Central Standard Time" and "US Mountain Standard Time", X-MICROSOFT-CDO-*), ATS/vendor mails with .ics
attachments (Calendly, Paradox, agency Bullhorn-style .ics, Zoom webinar, dealership), one standalone .ics
(case 19) and one Calendar API .gcal.json event (case 21).

## Time-zone / DST points (US DST ends Sun Nov 1 2026)
- 01: "10:30 CST" on Oct 7 is Central daylight time -> -05:00.
- 05: New York recruiter, options in ET with CT in parentheses; confirmed 3:30pm ET Oct 14 (-04:00).
- 07: Phoenix (no DST): Oct 22 11:00 MST = 1pm CDT (2 h gap); Nov 4 10:00 "(UTC-07:00) Arizona" = 11am CST (1 h gap).
- 14: Exchange label "(UTC-06:00) Central Time" on Oct 29 while CDT applies -> -05:00.
- 18: invite sent in CDT for Mon Nov 2 2pm CST (-06:00); cancelled.
- 19: standalone .ics, TZID "Central Standard Time", Nov 3 -> -06:00.
- 20: loop invites sent Oct 30 (CDT) for Thu Nov 5 (CST, -06:00).
- 21: New York Nov 10 11:00 ET = -05:00 (10am CT).
- 23 (negative): offer call Nov 10 4:30pm CST.
"""


def main():
    check_dst_rules()
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
               c20, c21, c22, c23):
        fn()
    for i, c in enumerate(CASES, 1):
        assert c["slug"].startswith(f"b320-{i:02d}-"), c["slug"]
    for old in sorted(OUT.glob("b320-*")):
        if old.is_dir():
            shutil.rmtree(old)
    for c in CASES:
        d = OUT / c["slug"]
        d.mkdir()
        for fn, data in c["items"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    (OUT / "labels.yaml").write_bytes(write_labels())
    (OUT / "README.md").write_text(write_readme(), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
