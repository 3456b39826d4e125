#!/usr/bin/env python3
"""Generate the blind311 evaluation set (Accra job search, written blind).

Deletes and rewrites every b311-* case folder plus labels.yaml and README.md next to this
script. Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run:
all dates, Message-IDs, UIDs and MIME boundaries are fixed or derived from hashes of SEED.
"""
import base64
import hashlib
import html
import json
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind311/accra-2026"
OWNER = "ama.owusuansah@example.com"
OWNER_NAME = "Ama Owusu-Ansah"
UTC = timezone.utc
ACC = ZoneInfo("Africa/Accra")
LOS = ZoneInfo("Africa/Lagos")
NBO = ZoneInfo("Africa/Nairobi")
LON = ZoneInfo("Europe/London")
PAC = ZoneInfo("America/Los_Angeles")
NYC = ZoneInfo("America/New_York")


# --------------------------------------------------------------------------- checks
def _dst_checks():
    h = lambda n: timedelta(hours=n)  # noqa: E731
    # US 2026: Mar 8 / Nov 1
    assert datetime(2026, 3, 7, 12, tzinfo=NYC).utcoffset() == h(-5)
    assert datetime(2026, 3, 9, 12, tzinfo=NYC).utcoffset() == h(-4)
    assert datetime(2026, 10, 31, 12, tzinfo=NYC).utcoffset() == h(-4)
    assert datetime(2026, 11, 2, 12, tzinfo=NYC).utcoffset() == h(-5)
    assert datetime(2026, 10, 22, 8, tzinfo=PAC).utcoffset() == h(-7)
    assert datetime(2026, 11, 2, 8, tzinfo=PAC).utcoffset() == h(-8)
    # EU/UK 2026: Mar 29 / Oct 25
    assert datetime(2026, 3, 28, 12, tzinfo=LON).utcoffset() == h(0)
    assert datetime(2026, 3, 30, 12, tzinfo=LON).utcoffset() == h(1)
    assert datetime(2026, 10, 24, 12, tzinfo=LON).utcoffset() == h(1)
    assert datetime(2026, 10, 26, 12, tzinfo=LON).utcoffset() == h(0)
    assert datetime(2026, 10, 25, 0, 30, tzinfo=LON).utcoffset() == h(1)
    assert datetime(2026, 10, 25, 2, 30, tzinfo=LON).utcoffset() == h(0)
    # No DST in Accra, Lagos, Nairobi
    for mo in (1, 4, 7, 10, 11):
        assert datetime(2026, mo, 15, 12, tzinfo=ACC).utcoffset() == h(0)
        assert datetime(2026, mo, 15, 12, tzinfo=LOS).utcoffset() == h(1)
        assert datetime(2026, mo, 15, 12, tzinfo=NBO).utcoffset() == h(3)


def T(y, mo, d, hh, mi, tz, wd, off, ss=0):
    """Aware datetime with asserted weekday (e.g. 'Tue') and UTC offset (e.g. '+0100')."""
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert x.strftime("%a") == wd, (x, x.strftime("%a"), wd)
    assert x.strftime("%z") == off, (x, x.strftime("%z"), off)
    return x


_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = {"oct": 10, "october": 10, "nov": 11, "november": 11}
_AUDIT_RES = [
    re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? +(\d{1,2})(?:st|nd|rd|th)?(?: of)? +(Oct|Nov)[a-z]*\b"),
    re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? +(Oct|Nov)[a-z]* +(\d{1,2})(?:st|nd|rd|th)?\b"),
]
AUDITED = []


def audit_weekdays(text):
    """Every 'Weekday <d> <Month>' / 'Weekday <Month> <d>' phrase must be a true 2026 date."""
    for rx in _AUDIT_RES:
        for m in rx.finditer(text):
            a, b, c = m.groups()
            if b.isdigit():
                day, mon = int(b), _MONTHS[c.lower()[:3]]
            else:
                day, mon = int(c), _MONTHS[b.lower()[:3]]
            real = datetime(2026, mon, day).strftime("%a")
            assert real == a[:3], f"weekday mismatch in {m.group(0)!r}: 2026-{mon}-{day} is {real}"
            AUDITED.append(m.group(0))


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def gh_date(x):
    """'Tuesday, 20th October, 2026' (formal Ghanaian letter style)."""
    return f"{x:%A}, {ordinal(x.day)} {x:%B}, {x.year}"


# --------------------------------------------------------------------------- ids
def H(tag, n=16):
    return hashlib.sha256(f"{SEED}:{tag}".encode()).hexdigest()[:n]


def letters(tag, n):
    digest = hashlib.sha256(f"{SEED}:L:{tag}".encode()).digest()
    return "".join("abcdefghijklmnopqrstuvwxyz"[b % 26] for b in digest[:n])


def digits(tag, n):
    digest = hashlib.sha256(f"{SEED}:D:{tag}".encode()).digest()
    return "".join(str(b % 10) for b in digest[:n])


def meet_code(tag):
    return f"{letters(tag, 3)}-{letters(tag + '2', 4)}-{letters(tag + '3', 3)}"


def gmail_mid(tag):
    raw = base64.b64encode(hashlib.sha256(f"{SEED}:gm:{tag}".encode()).digest()).decode()
    raw = raw.replace("/", "_").replace("=", "")
    return f"<CA+{raw[:40]}@mail.gmail.com>"


def outlook_mid(tag, region="DB9PR02"):
    return f"<{region}MB{H(tag, 4).upper()}{H(tag + 'x', 28).upper()}@{region}MB{H(tag, 4).upper()}.eurprd02.prod.outlook.com>"


def mid(tag, domain):
    return f"<{H(tag, 20)}.{H(tag + 'b', 8)}@{domain}>"


def rfc(x):
    return format_datetime(x)


def ics_utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


# --------------------------------------------------------------------------- MIME
class Leaf:
    def __init__(self, ctype, text=None, data=None, enc="7bit", disp=None, extra=()):
        self.ctype, self.enc, self.disp, self.extra = ctype, enc, disp, list(extra)
        if text is not None:
            if ctype.startswith("text/") and "calendar" not in ctype:
                audit_weekdays(text)
            data = text.encode("utf-8")
        self.data = data

    def headers(self):
        h = [f"Content-Type: {self.ctype}"]
        if self.disp:
            h.append(f"Content-Disposition: {self.disp}")
        h += self.extra
        h.append(f"Content-Transfer-Encoding: {self.enc}")
        return h

    def body(self):
        if self.enc == "base64":
            return base64.encodebytes(self.data).decode("ascii")
        if self.enc == "quoted-printable":
            out = quopri.encodestring(self.data).decode("ascii")
            return out if out.endswith("\n") else out + "\n"
        txt = self.data.decode("utf-8")
        assert self.enc == "8bit" or txt.isascii(), "7bit part must be ASCII"
        return txt if txt.endswith("\n") else txt + "\n"


class Multi:
    def __init__(self, sub, parts, boundary, preamble=None):
        self.sub, self.parts, self.b, self.preamble = sub, parts, boundary, preamble

    def headers(self):
        return [f'Content-Type: multipart/{self.sub}; boundary="{self.b}"']

    def body(self):
        out = []
        if self.preamble:
            out.append(self.preamble + "\n")
        for p in self.parts:
            out.append(f"--{self.b}\n" + "\n".join(p.headers()) + "\n\n" + p.body() + "\n")
        out.append(f"--{self.b}--\n")
        return "".join(out)


def plain(text, enc="quoted-printable"):
    return Leaf('text/plain; charset="UTF-8"', text=text, enc=enc)


def htmlpart(markup, enc="quoted-printable"):
    return Leaf('text/html; charset="UTF-8"', text=markup, enc=enc)


def to_html(text, font="Calibri, Arial, sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


def addr(name, email):
    if name is None:
        return email
    if any(c in name for c in ",.()"):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def write_mail(path, *, tag, frm, to, subject, date, part, cc=None, reply_to=None, irt=None,
               refs=None, msgid=None, extra=(), relay="mx.example.com", src_host=None):
    """frm/to/cc as (name, email) tuples or lists of them."""
    def fmt(v):
        if isinstance(v, tuple):
            return addr(*v)
        return ", ".join(addr(*t) for t in v)

    frm_email = frm[1]
    src = src_host or ("mail-" + H(tag + "src", 6) + "." + frm_email.split("@")[1])
    recv_time = date + timedelta(seconds=3)
    hdr = [
        ("Delivered-To", OWNER),
        ("Received", f"from {src} ({src} [{int(H(tag+'ip1',2),16)%200+20}.{int(H(tag+'ip2',2),16)}.{int(H(tag+'ip3',2),16)}.{int(H(tag+'ip4',2),16)%250+2}])\n"
                     f"        by {relay} with ESMTPS id {letters(tag + 'rid', 12)}\n"
                     f"        for <{OWNER}>; {rfc(recv_time)}"),
        ("Return-Path", f"<{frm_email if 'noreply' not in frm_email else 'bounces+' + H(tag, 8) + '@' + frm_email.split('@')[1]}>"),
        ("From", fmt(frm)),
        ("To", fmt(to)),
    ]
    if cc:
        hdr.append(("Cc", fmt(cc)))
    if reply_to:
        hdr.append(("Reply-To", fmt(reply_to)))
    hdr += [("Subject", subject), ("Date", rfc(date)), ("Message-ID", msgid or mid(tag, frm_email.split("@")[1]))]
    if irt:
        hdr.append(("In-Reply-To", irt))
    if refs:
        hdr.append(("References", refs))
    hdr += list(extra)
    hdr.append(("MIME-Version", "1.0"))
    text = "".join(f"{k}: {v}\n" for k, v in hdr) + "\n".join(part.headers()) + "\n\n" + part.body()
    for k, v in hdr:
        assert v.isascii(), (k, v)
    path.write_bytes(text.encode("utf-8"))
    return dict(hdr)["Message-ID"]


# --------------------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            out.append(b)
            break
        cut = lim
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(x.decode("utf-8") for x in out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_join(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "Africa/Accra": ["BEGIN:VTIMEZONE", "TZID:Africa/Accra", "X-LIC-LOCATION:Africa/Accra", "BEGIN:STANDARD",
                     "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19700101T000000",
                     "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Lagos": ["BEGIN:VTIMEZONE", "TZID:Africa/Lagos", "X-LIC-LOCATION:Africa/Lagos", "BEGIN:STANDARD",
                     "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "TZNAME:WAT", "DTSTART:19700101T000000",
                     "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Nairobi": ["BEGIN:VTIMEZONE", "TZID:Africa/Nairobi", "X-LIC-LOCATION:Africa/Nairobi", "BEGIN:STANDARD",
                       "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT", "DTSTART:19700101T000000",
                       "END:STANDARD", "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                      "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
                      "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
    "Greenwich Standard Time": ["BEGIN:VTIMEZONE", "TZID:Greenwich Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000",
                                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
}
# Windows / IANA names -> zone used to express local wall-clock time
TZOF = {"Africa/Accra": ACC, "Africa/Lagos": LOS, "Africa/Nairobi": NBO, "Europe/London": LON,
        "Greenwich Standard Time": ACC, "GMT Standard Time": LON}


def dtline(name, x, tzid):
    if tzid is None:
        return f"{name}:{ics_utc(x)}"
    return f"{name};TZID={tzid}:{ics_local(x.astimezone(TZOF[tzid]))}"


def attendee(name, email, partstat="NEEDS-ACTION", style="google", role="REQ-PARTICIPANT"):
    cn = name if name else email
    if style == "google":
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
                f";CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    if style == "ms":
        return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn}:mailto:{email}"
    return f"ATTENDEE;CN=\"{cn}\";ROLE={role};PARTSTAT={partstat};RSVP=TRUE:mailto:{email}"


def calendar(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzids=(), head=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for t in tzids:
        lines += VTZ[t]
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return ics_join(lines)


def vevent(*, uid, start, end, summary, organizer, attendees, stamp, description="", location="",
           seq=0, status="CONFIRMED", tzid=None, extra=(), alarm=True, created=None):
    ev = ["BEGIN:VEVENT", dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid),
          f"DTSTAMP:{ics_utc(stamp)}"]
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ev.append(f"UID:{uid}")
    ev += attendees
    if created:
        ev.append(f"CREATED:{ics_utc(created)}")
    if description:
        ev.append("DESCRIPTION:" + esc(description))
    ev.append(f"LAST-MODIFIED:{ics_utc(stamp)}")
    if location:
        ev.append("LOCATION:" + esc(location))
    ev += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    ev += list(extra)
    if alarm:
        ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
               "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    ev.append("END:VEVENT")
    return ev


def ics_attachment(ics_text, filename="invite.ics", method="REQUEST", ctype="application/ics"):
    return Leaf(f'{ctype}; name="{filename}"', data=ics_text.encode("utf-8"), enc="base64",
                disp=f'attachment; filename="{filename}"')


def cal_inline(ics_text, method="REQUEST", enc="7bit"):
    if enc == "7bit":
        # inline calendar parts keep their CRLF line ends inside the stored message
        # a Unix mail store keeps the inline calendar with LF line ends like the rest of the message
        return Leaf(f'text/calendar; charset="UTF-8"; method={method}', text=ics_text.replace("\r\n", "\n"), enc="7bit")
    return Leaf(f'text/calendar; charset="utf-8"; method={method}', data=ics_text.encode("utf-8"), enc=enc)


# --------------------------------------------------------------------------- Google Calendar invitation
def google_when(start, end, tz, tzname):
    s, e = start.astimezone(tz), end.astimezone(tz)

    def hm(x):
        return x.strftime("%I:%M%p").lstrip("0").lower()
    return f"{s:%A} {s.day} {s:%b} {s.year} \u22c5 {hm(s)} \u2013 {hm(e)} ({tzname})"


def google_subject_when(start, end, tz, tzlabel):
    s, e = start.astimezone(tz), end.astimezone(tz)

    def hm(x):
        t = x.strftime("%I:%M%p").lstrip("0").lower()
        return t.replace(":00", "")
    return f"{s:%a} {s.day} {s:%b} {s.year} {hm(s)} - {hm(e)} ({tzlabel})"


def google_invite(path, *, tag, organizer, guests, date, title, start, end, description, location="",
                  meet=True, seq=0, tz=ACC, tzname="Greenwich Mean Time - Accra", tzlabel="GMT",
                  subject_prefix="Invitation", reply_to=None):
    """organizer=(name,email); guests=[(name,email,partstat)] excluding organizer; owner must be in guests."""
    code = meet_code(tag) if meet else None
    uid = f"{letters(tag + 'uid', 26)}@google.com"
    when = google_when(start, end, tz, tzname)
    lines = [title, when, ""]
    if location:
        lines += ["Location", location, ""]
    if code:
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", "",
                  "Join by phone", f"(GH) +233 30 {digits(tag + 'ph', 3)} {digits(tag + 'ph2', 4)} PIN: {digits(tag + 'pin', 9)}#",
                  ""]
    lines += ["Guests", f"{organizer[0]} - organiser"]
    for n, e, _ in guests:
        lines.append(e if e == OWNER else f"{n}")
    lines += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={H(tag + 'eid', 40)}", ""]
    if description:
        lines += [description.strip(), ""]
    lines += [f"Reply for {OWNER}", "Yes", "No", "Maybe",
              f"More options https://calendar.google.com/calendar/event?action=VIEW&eid={H(tag + 'eid', 40)}", "",
              "Invitation from Google Calendar", "",
              f"You are receiving this email because you are an attendee on the event. To stop receiving future "
              f"updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organiser, be added "
              "to the guest list, invite others regardless of their own invitation status or modify your RSVP.",
              "", "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    guest_html = "".join(
        f"<li>{html.escape(n or e)}{' - organiser' if e == organizer[1] else ''}</li>"
        for n, e in [organizer] + [(g[0], g[1]) for g in guests])
    markup = (
        '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Roboto,Arial,sans-serif">\n'
        f'<h2 style="font-size:20px;font-weight:400">{html.escape(title)}</h2>\n'
        f'<div style="color:#3c4043">{html.escape(when)}</div>\n'
        + (f'<h3>Location</h3><div>{html.escape(location)}</div>\n' if location else "")
        + (f'<h3>Join with Google Meet</h3><a href="https://meet.google.com/{code}">meet.google.com/{code}</a>\n' if code else "")
        + f'<h3>Guests</h3><ul>{guest_html}</ul>\n'
        + (f'<div style="white-space:pre-wrap">{html.escape(description.strip())}</div>\n' if description else "")
        + f'<p>Reply for <a href="mailto:{OWNER}">{OWNER}</a></p>\n'
        '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>\n</body></html>\n')
    atts = [attendee(organizer[0], organizer[1], "ACCEPTED")] + [attendee(n or e, e, ps) for n, e, ps in guests]
    extra = [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"] if code else []
    desc_ics = (description.strip() + "\n\n" if description else "")
    if code:
        desc_ics += (f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     f"Join with Google Meet: https://meet.google.com/{code}\n\nLearn more about Meet at: "
                     f"https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = vevent(uid=uid, start=start, end=end, summary=title, organizer=organizer, attendees=atts,
                stamp=date, description=desc_ics, location=location, seq=seq, extra=extra,
                created=date - timedelta(minutes=2))
    cal = calendar([ev])
    bnd_outer = "000000000000" + H(tag + "bo", 12)
    bnd_inner = "000000000000" + H(tag + "bi", 12)
    part = Multi("mixed", [
        Multi("alternative", [
            Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text=text, enc="base64"),
            htmlpart(markup),
            cal_inline(cal),
        ], bnd_inner),
        ics_attachment(cal),
    ], bnd_outer)
    subj = f"{subject_prefix}: {title} @ {google_subject_when(start, end, tz, tzlabel)} ({OWNER})"
    to = [(n, e) for n, e, _ in guests if e == OWNER]
    return write_mail(path, tag=tag, frm=organizer, to=to, subject=subj, date=date, part=part,
                      reply_to=reply_to, msgid=f"<calendar-{H(tag + 'cal', 8)}-{H(tag + 'cal2', 4)}-{H(tag + 'cal3', 4)}-{H(tag + 'cal4', 12)}@google.com>",
                      src_host="mail-sor-f41.google.com", extra=[("Sender", "Google Calendar <calendar-notification@google.com>")]), uid


# --------------------------------------------------------------------------- Exchange / Teams invitation
def teams_block(tag):
    mid_ = f"19%3ameeting_{base64.b64encode(hashlib.sha256((SEED + tag).encode()).digest()).decode()[:36].replace('/', 'x').replace('+', 'y')}%40thread.v2"
    url = f"https://teams.microsoft.com/l/meetup-join/{mid_}/0?context=%7b%22Tid%22%3a%22{H(tag + 'tid', 8)}-{H(tag + 't2', 4)}-{H(tag + 't3', 4)}-{H(tag + 't4', 4)}-{H(tag + 't5', 12)}%22%7d"
    meeting_id = f"{digits(tag + 'mi', 3)} {digits(tag + 'mi2', 3)} {digits(tag + 'mi3', 3)} {digits(tag + 'mi4', 3)}"
    passcode = letters(tag + "pc", 3).upper() + digits(tag + "pc", 2) + letters(tag + "pc2", 1)
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            + "_" * 80 + "\n")
    return url, text


def exchange_invite(path, *, tag, organizer, required, date, subject, start, end, tzid, when_label,
                    location, body, teams=True, seq=0, uid=None, optional=(), region="AM0PR02"):
    """Outlook/Exchange meeting request (multipart/alternative + base64 text/calendar)."""
    loc_display = "Microsoft Teams Meeting" if teams and not location else location
    s, e = start.astimezone(TZOF[tzid]), end.astimezone(TZOF[tzid])
    when = f"When: {s:%A}, {s.day} {s:%B} {s.year} {s:%H:%M}-{e:%H:%M} {when_label}."
    header = f"{when}\nWhere: {loc_display}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    url, tblock = teams_block(tag) if teams else (None, "")
    text = header + body.strip() + "\n\n" + tblock
    markup = to_html(text, font="Aptos, Calibri, sans-serif")
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + H(tag + "uid", 16).upper() + "00000000000000001000000"
                  + H(tag + "uid2", 32).upper())
    atts = [attendee(n, em, style="ms") for n, em in required]
    atts += [attendee(n, em, style="ms", role="OPT-PARTICIPANT") for n, em in optional]
    extra = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(H(tag + 'oa', 7), 16)}",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        extra.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}")
        extra.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    extra += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(loc_display)}"]
    ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"] + atts + [
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(text),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:" + esc(subject),
        dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid),
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(date)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-GB:" + esc(loc_display)] + extra + [
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT"]
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ[tzid] + ev + ["END:VCALENDAR"]
    cal = ics_join(lines)
    bnd = f"_000_{region}MB{H(tag + 'bnd', 4).upper()}{H(tag + 'bnd2', 16).upper()}prodoutlookcom_"
    part = Multi("alternative", [plain(text), htmlpart(markup), cal_inline(cal, enc="base64")], bnd)
    thread_index = base64.b64encode(hashlib.sha256((SEED + tag + "ti").encode()).digest()[:22]).decode()
    extra_hdr = [("Thread-Topic", subject), ("Thread-Index", thread_index), ("Accept-Language", "en-GB, en-US"),
                 ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                 ("Content-class", "urn:content-classes:calendarmessage"),
                 ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + H(tag + "si", 22)),
                 ("x-ms-publictraffictype", "Email")]
    to = required
    write_mail(path, tag=tag, frm=organizer, to=to, subject=subject, date=date, part=part,
               msgid=outlook_mid(tag, region), extra=extra_hdr,
               src_host=f"{region.replace('PR', '-')}-obe.outbound.protection.outlook.com")
    return uid


def simple_mail(path, *, tag, frm, to, subject, date, text, cc=None, reply_to=None, irt=None, refs=None,
                style="qp", msgid=None, extra=(), html_too=False, src_host=None):
    """Human e-mail. style: qp | b64 | 7bit ; html_too adds an HTML alternative."""
    enc = {"qp": "quoted-printable", "b64": "base64", "7bit": "7bit"}[style]
    if html_too:
        part = Multi("alternative", [plain(text, enc), htmlpart(to_html(text), enc)],
                     "000000000000" + H(tag + "alt", 12))
    else:
        part = plain(text, enc)
    return write_mail(path, tag=tag, frm=frm, to=to, subject=subject, date=date, part=part, cc=cc,
                      reply_to=reply_to, irt=irt, refs=refs, msgid=msgid, extra=extra, src_host=src_host)


def quote(text, who, when):
    head = f"On {when:%a}, {when.day} {when:%b} {when.year} at {when:%H:%M}, {who} wrote:\n"
    return head + "".join("> " + l + "\n" if l else ">\n" for l in text.strip("\n").split("\n"))


# =========================================================================== cases
CASES = []   # (folder, builder)
LABELS = {}
TZ_NOTES = []


def case(folder):
    def deco(fn):
        CASES.append((folder, fn))
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(folder, interviews, difficulty, category, notes):
    LABELS[folder] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                      "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


AMA = (OWNER_NAME, OWNER)

# --------------------------------------------------------------------------- people
BANK = "Adinkra Commercial Bank"
BANK_D = "adinkrabank.example"
AKOSUA = ("Akosua Boateng", f"akosua.boateng@{BANK_D}")
BANK_REC = ("Adinkra Commercial Bank Recruitment", f"recruitment@{BANK_D}")
KWABENA = ("Kwabena Ofori-Atta", f"kwabena.oforiatta@{BANK_D}")
EFUA = ("Efua Sam", f"efua.sam@{BANK_D}")
FIIFI = ("Fiifi Quaye", f"fiifi.quaye@{BANK_D}")
BANK_ROLE = "Finance Analyst (Management Reporting)"

TEL = "VoltaLink Telecom Ghana"
TEL_D = "voltalink.example"
DZIFA = ("Dzifa Akakpo", f"dzifa.akakpo@{TEL_D}")
SELORM = ("Selorm Agbeko", f"selorm.agbeko@{TEL_D}")
NAA = ("Naa Adjeley Tetteh", f"naa.tetteh@{TEL_D}")
TEL_ROLE = "Finance Analyst - Revenue Assurance"

COCOA = "Golden Pod Cocoa Exports"
COCOA_D = "goldenpodcocoa.example"
NANA = ("Nana Yaw Darko", f"nanayaw.darko@{COCOA_D}")
ARMAH = ("Richard Nii Armah", f"richard.armah@{COCOA_D}")
COCOA_WD = ("Golden Pod Cocoa Exports", "goldenpod@myworkday.com")
COCOA_ROLE = "Commercial Finance Analyst"

AUD = "Asante Whitfield & Co."
AUD_D = "asantewhitfield.example"
ABENA = ("Abena Frimpong", f"abena.frimpong@{AUD_D}")
EDEM = ("Edem Kpodo", f"edem.kpodo@{AUD_D}")
ESI = ("Esi Wiredu", f"esi.wiredu@{AUD_D}")
KOFI = ("Kofi Amponsah-Mensah", f"kofi.amponsahmensah@{AUD_D}")
AUD_ROLE = "Senior Associate, Financial Advisory Services"

KOBO = "Kobopay"
KOBO_D = "kobopay.example"
TOLU = ("Tolulope Adeyemi", f"tolulope.adeyemi@{KOBO_D}")
CHIDI = ("Chidinma Okonkwo", f"chidinma.okonkwo@{KOBO_D}")
KOBO_ROLE = "Financial Planning & Analysis Analyst"

LDN = "Harrowgate Commodities"
LDN_D = "harrowgate.example"
SOPHIE = ("Sophie Merriweather", f"sophie.merriweather@{LDN_D}")
PRYCE = ("Jonathan Pryce", f"jonathan.pryce@{LDN_D}")
LDN_ROLE = "Finance Analyst - West Africa Origination"

NGO = "Pamoja Livelihoods Foundation"
NGO_D = "pamojalivelihoods.example"
WANJIRU = ("Wanjiru Kamau", f"wanjiru.kamau@{NGO_D}")
OTIENO = ("Otieno Odhiambo", f"otieno.odhiambo@{NGO_D}")
GRACE = ("Grace Mwangi", f"grace.mwangi@{NGO_D}")
MERCY = ("Mercy Achieng", f"mercy.achieng@{NGO_D}")
NGO_ROLE = "Finance & Grants Analyst (West Africa)"

JOBHUB_D = "relay.jobhubgh.example"


# --------------------------------------------------------------------------- 01
@case("b311-01-bank-panel-report-830-for-9am")
def c01(d):
    start = T(2026, 10, 20, 9, 0, ACC, "Tue", "+0000")
    sent = T(2026, 10, 12, 11, 47, ACC, "Mon", "+0000", 12)
    text = f"""Dear Ms. Owusu-Ansah,

RE: INVITATION FOR PANEL INTERVIEW - {BANK_ROLE.upper()}

Further to your application and the aptitude test held on Saturday, 10th October, 2026, we are pleased to invite you for a panel interview in respect of the above position.

The details are as follows:

Date: {gh_date(start)}
Time: 9:00am GMT (kindly report at 8:30am for documentation)
Venue: Board Room, 6th Floor, Adinkra Towers, No. 12 Independence Avenue, Ridge, Accra

The panel will be chaired by Mr. Kwabena Ofori-Atta, Head of Financial Control, and will include Mrs. Efua Sam, Head of Management Reporting, who are both copied on this letter.

You are required to bring along the originals of your academic certificates, your Ghana Card and two recent passport-size photographs. Candidates who arrive after 9:00am will not be admitted into the interview room.

Kindly confirm your availability by replying to this mail not later than Thursday, 15th October, 2026.

Yours faithfully,

Akosua Boateng (Mrs.)
Senior Human Resource Officer - Recruitment
Adinkra Commercial Bank PLC
Adinkra Towers, Ridge, Accra | +233 30 274 1180
"""
    m1 = write_mail(d / "01-invitation-panel-interview.eml", tag="c01m1", frm=BANK_REC, to=[AMA],
                    cc=[KWABENA, EFUA], reply_to=[AKOSUA],
                    subject=f"INVITATION FOR INTERVIEW - {BANK_ROLE.upper()}", date=sent,
                    part=Multi("alternative", [plain(text), htmlpart(to_html(text, "Times New Roman, serif"))],
                               "----=_NextPart_000_" + H("c01b", 4).upper() + "_01DC" + H("c01c", 4).upper()),
                    msgid=outlook_mid("c01m1"), src_host="EUR05-AM6-obe.outbound.protection.outlook.com")
    rep = T(2026, 10, 13, 8, 15, ACC, "Tue", "+0000", 40)
    text2 = f"""Dear Mrs. Boateng,

Thank you for your letter of 12th October, 2026.

I write to confirm that I will be available for the panel interview on Tuesday, 20th October, 2026, and I will report at 8:30am with the documents listed.

I look forward to meeting the panel.

Yours faithfully,
Ama Owusu-Ansah
024 418 6630

""" + quote("Dear Ms. Owusu-Ansah,\n\nRE: INVITATION FOR PANEL INTERVIEW ...\n\n[trimmed]", "Adinkra Commercial Bank Recruitment <recruitment@adinkrabank.example>", sent)
    simple_mail(d / "02-re-confirmation-of-attendance.eml", tag="c01m2", frm=AMA, to=[AKOSUA], cc=[KWABENA, EFUA],
                subject=f"RE: INVITATION FOR INTERVIEW - {BANK_ROLE.upper()}", date=rep, text=text2,
                irt=m1, refs=m1, msgid=gmail_mid("c01m2"), src_host="mail-sor-f69.google.com")
    TZ_NOTES.append(("01", "Accra GMT (+00:00): 'report at 8:30am for documentation' vs the 9:00am start; the label uses 9:00."))
    label(d.name, [iv(BANK, BANK_ROLE, start, None, "scheduled", [KWABENA[1], EFUA[1]], [KWABENA[1], EFUA[1]], "onsite")],
          "medium", "positive/formal-letter-panel",
          "Formal HR letter (QP text+HTML) for a head-office panel; reporting time 8:30am is not the start (9:00am). "
          "No duration given -> end null. Panel chair and member are copied, so they are the interviewers.")


# --------------------------------------------------------------------------- 02
@case("b311-02-bank-aptitude-test-only")
def c02(d):
    start = T(2026, 10, 10, 9, 0, ACC, "Sat", "+0000")
    end = T(2026, 10, 10, 11, 30, ACC, "Sat", "+0000")
    sent = T(2026, 10, 5, 14, 2, ACC, "Mon", "+0000", 51)
    text = f"""Dear Sir/Madam,

SHORTLISTED APPLICANTS - APTITUDE TEST
{BANK_ROLE.upper()}

We refer to your application for the above position and are happy to inform you that you have been shortlisted for the written aptitude test.

Date: {gh_date(start)}
Time: 9:00am prompt (gates close at 8:45am)
Venue: Adinkra Training Centre, Plot 7, Dzorwulu, Accra
Duration: 2 hours 30 minutes (numerical reasoning, verbal reasoning and a short accounting paper)

Please come along with your Ghana Card, a pencil, an eraser and a basic (non-programmable) calculator. Mobile phones will not be permitted in the hall.

Only applicants who pass the test will be contacted for the interview stage. A calendar reminder is attached for your convenience.

Kindly acknowledge receipt of this mail.

Recruitment Unit
Human Resource Department
Adinkra Commercial Bank PLC
"""
    ev = vevent(uid=f"{H('c02uid', 32)}@adinkrabank.example", start=start, end=end,
                summary="Aptitude Test - Finance Analyst (Management Reporting)",
                organizer=BANK_REC, attendees=[attendee(OWNER_NAME, OWNER, style="ms")], stamp=sent,
                description="Written aptitude test. Bring Ghana Card, pencil, eraser and a basic calculator. Gates close 8:45am.",
                location="Adinkra Training Centre, Plot 7, Dzorwulu, Accra", tzid="Africa/Accra")
    cal = calendar([ev], prodid="-//Adinkra Commercial Bank//HR Notices 2.1//EN", tzids=["Africa/Accra"])
    part = Multi("mixed", [
        Multi("alternative", [plain(text), htmlpart(to_html(text, "Arial, sans-serif"))], "=_alt_" + H("c02a", 16)),
        ics_attachment(cal, "aptitude-test.ics", ctype="text/calendar"),
    ], "=_mix_" + H("c02m", 16))
    write_mail(d / "01-shortlisted-aptitude-test.eml", tag="c02m1", frm=BANK_REC, to=[AMA], reply_to=[BANK_REC],
               subject="Shortlisted Applicants - Aptitude Test: Finance Analyst (Management Reporting)",
               date=sent, part=part)
    label(d.name, [], "hard", "negative/aptitude-test-only",
          "Invigilated aptitude test with a fixed time, venue and an .ics attachment; only test-takers who pass get an "
          "interview, so this is an assessment, not an interview.")


# --------------------------------------------------------------------------- 03
@case("b311-03-cocoa-phone-screen-tomorrow-at-2")
def c03(d):
    sent = T(2026, 10, 14, 16, 10, ACC, "Wed", "+0000", 22)
    start = T(2026, 10, 15, 14, 0, ACC, "Thu", "+0000")
    end = start + timedelta(minutes=20)
    t1 = """Dear Ama,

Thank you for applying for the Commercial Finance Analyst role at Golden Pod Cocoa Exports. Your experience with margin analysis stood out to us, particularly given how much our forward sales book has moved this season.

I'd like to have a short telephone conversation with you to understand your background a little better before we consider you for the next stage. Would tomorrow at 2 work for you? I will ring you on the mobile number on your CV. It shouldn't take more than 20 minutes.

Best regards,
Nana Yaw Darko
HR Business Partner
Golden Pod Cocoa Exports Ltd. | Golden Pod House, Airport City, Accra
"""
    m1 = simple_mail(d / "01-short-call-about-your-application.eml", tag="c03m1", frm=NANA, to=[AMA],
                     subject="Commercial Finance Analyst - short call", date=sent, text=t1, style="7bit")
    r1 = T(2026, 10, 14, 16, 48, ACC, "Wed", "+0000", 5)
    t2 = "Good afternoon Mr. Darko,\n\nThank you for getting back to me. Tomorrow at 2pm is perfect; I will be expecting your call on 024 418 6630.\n\nKind regards,\nAma\n\n" + quote(t1, "Nana Yaw Darko <nanayaw.darko@goldenpodcocoa.example>", sent)
    m2 = simple_mail(d / "02-re-short-call.eml", tag="c03m2", frm=AMA, to=[NANA],
                     subject="Re: Commercial Finance Analyst - short call", date=r1, text=t2, irt=m1, refs=m1,
                     msgid=gmail_mid("c03m2"), src_host="mail-sor-f69.google.com")
    r2 = T(2026, 10, 14, 17, 3, ACC, "Wed", "+0000", 31)
    t3 = "Noted with thanks, Ama. Speak tomorrow.\n\nNana Yaw\n\nSent from my iPhone\n\n" + quote(t2.split("\n\nOn ")[0], "Ama Owusu-Ansah <ama.owusuansah@example.com>", r1)
    simple_mail(d / "03-re-re-short-call.eml", tag="c03m3", frm=NANA, to=[AMA],
                subject="Re: Commercial Finance Analyst - short call", date=r2, text=t3, irt=m2, refs=f"{m1} {m2}")
    TZ_NOTES.append(("03", "'tomorrow at 2' resolved against the Date header Wed 14 Oct 2026 16:10 +0000 -> Thu 15 Oct 14:00 GMT."))
    label(d.name, [iv(COCOA, COCOA_ROLE, start, end, "scheduled", [NANA[1]], [NANA[1]], "phone_screen")],
          "medium", "positive/email-body-only-relative-date",
          "Recruiter phone screen proposed as 'tomorrow at 2' and accepted by the owner; time only in the body, "
          "resolved against the Date header; '20 minutes' gives the end. The recruiter is the interviewer.")


# --------------------------------------------------------------------------- 04
@case("b311-04-telecom-aptitude-then-interview-same-day")
def c04(d):
    sent = T(2026, 10, 13, 10, 5, ACC, "Tue", "+0000", 9)
    test = T(2026, 10, 21, 9, 0, ACC, "Wed", "+0000")
    start = T(2026, 10, 21, 13, 0, ACC, "Wed", "+0000")
    end = T(2026, 10, 21, 13, 45, ACC, "Wed", "+0000")
    body = f"""Dear Ama,

Thank you for your interest in the {TEL_ROLE} position at VoltaLink Telecom Ghana.

We are pleased to invite you to our assessment and interview day on {gh_date(test)} at VoltaLink House, 14 Liberation Road, Airport Residential Area, Accra.

Programme for the day:
- 8:30am: Arrival and registration at the ground-floor reception
- 9:00am - 11:00am: Aptitude test (numerical reasoning, verbal reasoning and an Excel exercise) at the VoltaLink Learning Centre
- 11:00am - 1:00pm: Break (lunch will be provided)
- 1:00pm - 1:45pm: Interview with Mr. Selorm Agbeko, Finance Manager, Revenue Assurance

Please bring your Ghana Card and a copy of your CV. The interview invitation will be sent to your calendar separately.

Should you have any questions, kindly reply to this message and it will reach Dzifa Akakpo in our Talent Acquisition team.

Best regards,
VoltaLink Talent Acquisition

This message was sent via SmartRecruiters on behalf of VoltaLink Telecom Ghana.
Powered by SmartRecruiters | Privacy Policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
"""
    markup = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">'
              '<table width="600" align="center"><tr><td><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/'
              f'{H("c04logo", 24)}/huge" alt="VoltaLink" height="40"></td></tr><tr><td>\n'
              + to_html(body).split('<div style="font-family:Calibri, Arial, sans-serif;font-size:11pt">')[1].split("</div></body>")[0]
              + "</td></tr></table></body></html>\n")
    m1 = write_mail(d / "01-smartrecruiters-assessment-and-interview.eml", tag="c04m1",
                    frm=("VoltaLink Telecom Ghana", "no-reply@smartrecruiters.com"), to=[AMA], reply_to=[DZIFA],
                    subject=f"Invitation: Assessment & Interview - {TEL_ROLE}", date=sent,
                    part=Multi("alternative", [plain(body, "base64"), htmlpart(markup, "base64")],
                               "----=_Part_" + digits("c04b", 7) + "_" + digits("c04c", 9) + "." + digits("c04d", 13)),
                    msgid=f"<{H('c04mid', 12)}.{digits('c04mid', 6)}@smartrecruiters.com>",
                    src_host="mail-a12.smartrecruiters.com")
    gdate = T(2026, 10, 13, 10, 31, ACC, "Tue", "+0000", 44)
    google_invite(d / "02-invitation-interview-selorm.eml", tag="c04g", organizer=DZIFA,
                  guests=[(SELORM[0], SELORM[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")], date=gdate,
                  title="VoltaLink | Interview - Ama Owusu-Ansah (Finance Analyst, RA)", start=start, end=end,
                  description="Competency-based interview with Selorm Agbeko (Finance Manager, Revenue Assurance). "
                              "This follows the aptitude test in the morning. Please come to Meeting Room 3B.",
                  location="VoltaLink House, Meeting Room 3B, 14 Liberation Road, Airport Residential Area, Accra",
                  meet=False)
    label(d.name, [iv(TEL, TEL_ROLE, start, end, "scheduled", [SELORM[1]], [SELORM[1]], "hiring_manager")],
          "hard", "positive/assessment-day-interview-only",
          "SmartRecruiters mail lists an 8:30 arrival, a 9:00-11:00 aptitude test and a 1:00-1:45pm interview on the same "
          "day; only the interview counts (Google invite confirms 13:00-13:45 GMT).")


# --------------------------------------------------------------------------- 05
@case("b311-05-jobhub-job-alert")
def c05(d):
    sent = T(2026, 10, 1, 6, 30, ACC, "Thu", "+0000", 2)
    jobs = [("Finance Analyst", "Adinkra Commercial Bank", "Accra", "Closing: 16 Oct"),
            ("Management Accountant", "Savanna Agro-Processing Ltd", "Tamale", "Closing: 9 Oct"),
            ("Interview Coordinator (HR Assistant)", "Meridian Staffing Solutions", "Accra", "Closing: 12 Oct"),
            ("Credit Risk Analyst", "Tema Savings & Loans", "Tema", "Closing: 20 Oct"),
            ("FP&A Analyst (Remote - Lagos HQ)", "Kobopay", "Remote", "Closing: 30 Oct"),
            ("Graduate Trainee - Audit & Assurance", "Asante Whitfield & Co.", "Accra", "Closing: 23 Oct")]
    text = "Hi Ama,\n\nHere are new jobs matching your alert \"finance analyst - Greater Accra\":\n\n"
    for t, c, l, cl in jobs:
        text += f"{t}\n{c} - {l} - {cl}\nView & apply: https://www.jobhubgh.example/jobs/{H('c05' + t, 10)}\n\n"
    text += ("Tip of the week: prepare for competency-based interviews with the STAR method. Read our guide "
             "\"10 questions Ghanaian banks ask at interview\".\n\n"
             "You are receiving this because you created a job alert on JobHub Ghana.\n"
             f"Unsubscribe: https://www.jobhubgh.example/alerts/unsubscribe?t={H('c05u', 24)}\n")
    rows = "".join(f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://www.jobhubgh.example/jobs/'
                   f'{H("c05" + t, 10)}" style="font-weight:bold;color:#0a7d3e">{html.escape(t)}</a><br>{html.escape(c)} &middot; '
                   f'{html.escape(l)} &middot; {html.escape(cl)}</td></tr>' for t, c, l, cl in jobs)
    markup = (f'<html><body style="font-family:Arial,sans-serif"><table width="600" align="center">'
              f'<tr><td><h2>New jobs for you</h2><p>Matching your alert &quot;finance analyst - Greater Accra&quot;</p></td></tr>'
              f'{rows}<tr><td><p>Tip of the week: prepare for competency-based interviews with the STAR method.</p>'
              f'<p style="font-size:11px;color:#888">You are receiving this because you created a job alert on JobHub Ghana.</p>'
              f'</td></tr></table></body></html>\n')
    write_mail(d / "01-new-finance-analyst-jobs.eml", tag="c05m1", frm=("JobHub Ghana", "alerts@jobhubgh.example"),
               to=[AMA], subject="6 new Finance Analyst jobs in Greater Accra", date=sent,
               part=Multi("alternative", [plain(text), htmlpart(markup, "base64")], "b1_" + H("c05b", 32)),
               extra=[("List-Unsubscribe", f"<https://www.jobhubgh.example/alerts/unsubscribe?t={H('c05u', 24)}>"),
                      ("Precedence", "bulk")])
    label(d.name, [], "easy", "negative/job-alert",
          "Job-board alert listing roles at companies from other cases (incl. an 'Interview Coordinator' job title and interview tips).")


# --------------------------------------------------------------------------- 06
@case("b311-06-audit-firm-propose-then-confirm")
def c06(d):
    s1 = T(2026, 10, 15, 11, 20, ACC, "Thu", "+0000", 17)
    alt = T(2026, 10, 22, 10, 0, ACC, "Thu", "+0000")
    start = T(2026, 10, 23, 14, 0, ACC, "Fri", "+0000")
    end = start + timedelta(hours=1)
    t1 = f"""Dear Ama,

Thank you for your interest in the {AUD_ROLE} position at Asante Whitfield & Co.

Following a review of your application, we would like to invite you for a first interview with our Financial Advisory team at our Airport City office. Could you kindly indicate which of the following slots suits you?

1. Thursday, 22nd October, 2026 at 10:00am
2. Friday, 23rd October, 2026 at 2:00pm

The interview will last about an hour.

Kind regards,
Abena Frimpong
Talent Acquisition Officer
Asante Whitfield & Co. | Chartered Accountants
Asante Whitfield House, 7 Aviation Road, Airport City, Accra
"""
    m1 = simple_mail(d / "01-interview-slots.eml", tag="c06m1", frm=ABENA, to=[AMA],
                     subject=f"Interview - {AUD_ROLE}", date=s1, text=t1, html_too=True, msgid=outlook_mid("c06m1", "LO2P265"))
    s2 = T(2026, 10, 15, 14, 2, ACC, "Thu", "+0000", 33)
    t2 = "Dear Ms. Frimpong,\n\nThank you for the opportunity. Friday, 23rd October at 2:00pm would suit me best.\n\nBest regards,\nAma Owusu-Ansah\n\n" + quote(t1, "Abena Frimpong <abena.frimpong@asantewhitfield.example>", s1)
    m2 = simple_mail(d / "02-re-interview-slots.eml", tag="c06m2", frm=AMA, to=[ABENA],
                     subject=f"Re: Interview - {AUD_ROLE}", date=s2, text=t2, irt=m1, refs=m1,
                     msgid=gmail_mid("c06m2"), src_host="mail-sor-f69.google.com")
    s3 = T(2026, 10, 16, 9, 12, ACC, "Fri", "+0000", 8)
    t3 = f"""Dear Ama,

Noted, thank you. Your interview is hereby confirmed for {gh_date(start)} at 2pm prompt.

You will be interviewed by Mr. Edem Kpodo, Senior Manager, Financial Advisory (copied). Expect a technical conversation covering IFRS 9 impairment, discounted cash flow valuation and a short modelling question; no preparation is required beyond your own experience.

Kindly report to the 4th floor reception 15 minutes early and present a valid ID to security.

Regards,
Abena
"""
    simple_mail(d / "03-re-interview-confirmed.eml", tag="c06m3", frm=ABENA, to=[AMA], cc=[EDEM],
                subject=f"RE: Interview - {AUD_ROLE}", date=s3,
                text=t3 + "\n" + quote(t2.split("\n\nOn ")[0], "Ama Owusu-Ansah <ama.owusuansah@example.com>", s2),
                irt=m2, refs=f"{m1} {m2}", html_too=True, msgid=outlook_mid("c06m3", "LO2P265"))
    assert alt < start
    label(d.name, [iv(AUD, AUD_ROLE, start, end, "scheduled", [EDEM[1]], [EDEM[1]], "technical")],
          "medium", "positive/thread-propose-confirm",
          "Two slots offered (Thu 22 Oct 10:00, Fri 23 Oct 14:00); the owner picks Friday and HR confirms '2pm prompt' "
          "with the interviewer copied. 'about an hour' gives the end; 'report 15 minutes early' is not the start.")


# --------------------------------------------------------------------------- 07
@case("b311-07-london-screen-standalone-ics-bst")
def c07(d):
    stamp = T(2026, 10, 7, 16, 44, LON, "Wed", "+0100")
    start = T(2026, 10, 12, 10, 0, LON, "Mon", "+0100")
    end = T(2026, 10, 12, 10, 30, LON, "Mon", "+0100")
    desc = ("Introductory call for the Finance Analyst - West Africa Origination role.\n"
            "Sophie will call you on the WhatsApp number you gave us (+233 24 418 6630). "
            "30 minutes: your background, notice period, salary expectations and the shape of the process "
            "(case exercise, then a final conversation with our CFO).\n\n"
            "Harrowgate Commodities Ltd, 21 Mincing Lane, London EC3R 7AG")
    ev = vevent(uid=f"{H('c07uid', 8).upper()}-{H('c07u2', 4).upper()}-{H('c07u3', 4).upper()}-{H('c07u4', 4).upper()}-{H('c07u5', 12).upper()}",
                start=start, end=end, summary="Harrowgate Commodities - introductory call (Ama Owusu-Ansah)",
                organizer=SOPHIE, attendees=[attendee(SOPHIE[0], SOPHIE[1], "ACCEPTED", style="plain"),
                                             attendee(OWNER_NAME, OWNER, style="plain")],
                stamp=stamp, description=desc, location="Phone / WhatsApp call", tzid="Europe/London",
                created=stamp, extra=["URL;VALUE=URI:https://careers.harrowgate.example/roles/wa-origination-finance"])
    cal = calendar([ev], method="REQUEST", prodid="-//Apple Inc.//macOS 15.1//EN", tzids=["Europe/London"])
    (d / "01-harrowgate-introductory-call.ics").write_bytes(cal.encode("utf-8"))
    TZ_NOTES.append(("07", "Standalone .ics with TZID=Europe/London 10:00 on Mon 12 Oct 2026 = BST +01:00 = 09:00 in Accra."))
    label(d.name, [iv(LDN, LDN_ROLE, start, end, "scheduled", [SOPHIE[1]], [SOPHIE[1]], "phone_screen")],
          "medium", "positive/standalone-ics-dst",
          "Standalone Apple-style .ics, TZID Europe/London with VTIMEZONE; 10:00 BST (+01:00) = 09:00 Accra. "
          "The recruiter runs the call and is the interviewer.")


# --------------------------------------------------------------------------- 08
@case("b311-08-national-service-posting-letter")
def c08(d):
    sent = T(2026, 10, 9, 12, 0, ACC, "Fri", "+0000", 0)
    rep = T(2026, 11, 2, 8, 0, ACC, "Mon", "+0000")
    text = f"""NATIONAL SERVICE AUTHORITY
POSTING LETTER - 2026/2027 SERVICE YEAR

Dear Sir/Madam,

NSS NUMBER: NSS{digits('c08n', 10)}
NAME: OWUSU-ANSAH, AMA

Following the validation of your enrolment, you have been posted to serve as a National Service Personnel at:

User Agency: Ghana Revenue Authority - Domestic Tax Revenue Division
Station: Osu, Accra
Region: Greater Accra

You are to report to the Head of Human Resource of your User Agency on {gh_date(rep)} at 8:00am prompt for documentation, orientation and assignment to a department. Kindly go along with a printed copy of this letter, your Ghana Card and your appointment letter, which must be signed by the User Agency and uploaded on the NSA portal within two weeks of reporting.

Personnel who fail to report within the stipulated period will have their postings cancelled.

Congratulations and welcome to the 2026/2027 service year.

Issued by: Deputy Director, Deployment
National Service Authority, Accra
This is a system-generated letter. Do not reply to this e-mail.
"""
    write_mail(d / "01-nsa-posting-letter.eml", tag="c08m1",
               frm=("National Service Authority", "noreply@nsa.gov.example"), to=[AMA],
               subject="NSS 2026/2027: Your Posting Letter is Ready", date=sent,
               part=Multi("alternative", [plain(text, "base64"), htmlpart(to_html(text, "Arial"), "base64")],
                          "=_nsa_" + H("c08b", 20)))
    label(d.name, [], "medium", "negative/government-posting",
          "National Service posting letter with 'report ... at 8:00am prompt' and an 'appointment letter'; a government "
          "deployment, not a job interview.")


# --------------------------------------------------------------------------- 09
@case("b311-09-london-cfo-final-rescheduled-across-dst")
def c09(d):
    s1 = T(2026, 10, 16, 12, 40, LON, "Fri", "+0100", 21)
    orig = T(2026, 10, 22, 15, 0, LON, "Thu", "+0100")
    start = T(2026, 10, 27, 15, 0, LON, "Tue", "+0000")
    end = start + timedelta(minutes=45)
    assert orig.astimezone(ACC).hour == 14 and start.astimezone(ACC).hour == 15
    t1 = """Hi Ama,

Thanks for sending the case exercise back so promptly - the team enjoyed your take on the mid-crop hedging question.

I'm delighted to say we'd like you to meet Jonathan Pryce, our CFO, for the final stage. He has a window on Thursday 22 October at 3pm UK time, which I believe is 2pm for you in Accra. It will be a 45-minute conversation over Teams. I'll send the invite across shortly.

Have a lovely weekend,
Sophie

Sophie Merriweather
Talent Acquisition Partner | Harrowgate Commodities Ltd
21 Mincing Lane, London EC3R 7AG | +44 20 7946 0312
"""
    m1 = simple_mail(d / "01-final-stage-with-cfo.eml", tag="c09m1", frm=SOPHIE, to=[AMA],
                     subject="Final stage - Harrowgate Commodities", date=s1, text=t1, html_too=True,
                     msgid=outlook_mid("c09m1", "LO4P123"))
    s2 = T(2026, 10, 16, 12, 52, LON, "Fri", "+0100", 3)
    subj = "Final interview: Ama Owusu-Ansah / Jonathan Pryce (CFO)"
    body = ("Hi Ama,\n\nPlease find the Teams link for your final interview with Jonathan below. "
            "Jonathan will be joining from our London office.\n\nBest,\nSophie")
    uid = exchange_invite(d / "02-teams-invite-final-interview.eml", tag="c09i", organizer=SOPHIE,
                          required=[AMA, PRYCE], date=s2, subject=subj, start=orig, end=orig + timedelta(minutes=45),
                          tzid="GMT Standard Time", when_label="(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
                          location="", body=body, region="LO4P123")
    s3 = T(2026, 10, 20, 9, 5, LON, "Tue", "+0100", 40)
    t3 = """Hi Ama,

Apologies for the change - Jonathan has been pulled into a board meeting on Thursday afternoon. Could we move your final to Tuesday 27 October, same time: 3pm London?

One thing to flag: our clocks go back on Sunday 25th, so 3pm London next Tuesday will be 3pm in Accra, not 2pm. I've updated the Teams invite accordingly.

Thanks for your flexibility,
Sophie
"""
    simple_mail(d / "03-change-of-time-final-interview.eml", tag="c09m3", frm=SOPHIE, to=[AMA], cc=[PRYCE],
                subject="RE: Final stage - Harrowgate Commodities", date=s3,
                text=t3 + "\n" + quote(t1, "Sophie Merriweather <sophie.merriweather@harrowgate.example>", s1),
                irt=m1, refs=m1, html_too=True, msgid=outlook_mid("c09m3", "LO4P123"))
    s4 = T(2026, 10, 20, 9, 7, LON, "Tue", "+0100", 12)
    exchange_invite(d / "04-teams-invite-final-interview-updated.eml", tag="c09i", organizer=SOPHIE,
                    required=[AMA, PRYCE], date=s4, subject=subj, start=start, end=end, tzid="GMT Standard Time",
                    when_label="(UTC+00:00) Dublin, Edinburgh, Lisbon, London", location="",
                    body=body.replace("below.", "below. NEW DATE: Tuesday 27 October, 3pm London time."),
                    seq=1, uid=uid, region="LO4P123")
    TZ_NOTES.append(("09", "London final first set for Thu 22 Oct 15:00 BST (+01:00, 14:00 Accra), moved to Tue 27 Oct "
                           "15:00 GMT (+00:00, 15:00 Accra) after the Oct 25 change; Teams TZID 'GMT Standard Time' with the "
                           "'(UTC+00:00) Dublin, Edinburgh, Lisbon, London' label in both invites."))
    label(d.name, [iv(LDN, LDN_ROLE, start, end, "scheduled", [PRYCE[1]], [PRYCE[1]], "hiring_manager")],
          "hard", "positive/reschedule-across-dst",
          "Teams invite (GMT Standard Time) re-sent with the same UID and SEQUENCE 1, moved across the UK clock change; "
          "the London wall time stays 3pm but the Accra time moves from 14:00 to 15:00. Final state 27 Oct 15:00+00:00.")


# --------------------------------------------------------------------------- 10
@case("b311-10-lagos-fintech-screen-and-video-call")
def c10(d):
    s1 = T(2026, 10, 19, 13, 3, UTC, "Mon", "+0000", 26)
    a_start = T(2026, 10, 26, 11, 0, LOS, "Mon", "+0100")
    a_end = a_start + timedelta(minutes=30)
    b_start = T(2026, 10, 29, 15, 0, LOS, "Thu", "+0100")
    b_end = b_start + timedelta(hours=1)
    code = meet_code("c10a")
    t1 = f"""Hi Ama,

Thanks for choosing a time. Your interview for the {KOBO_ROLE} role at Kobopay is confirmed.

Recruiter screen with Tolulope Adeyemi
Monday, October 26th, 2026
11:00 AM - 11:30 AM WAT (Africa/Lagos)

Location: Google Meet - https://meet.google.com/{code}

A calendar invitation is attached to this email. If you need to reschedule, just reply to this email.

Looking forward to speaking with you,
Tolulope Adeyemi
Talent Partner, Kobopay
"""
    mk = to_html(t1, "Helvetica, Arial, sans-serif").replace("</div></body>", '<p style="font-size:11px;color:#999">Sent via Greenhouse</p></div></body>')
    ev = vevent(uid=f"greenhouse-{digits('c10uid', 9)}-{H('c10uid', 10)}@greenhouse.io", start=a_start, end=a_end,
                summary="Interview: Ama Owusu-Ansah - Recruiter screen (Kobopay)", organizer=TOLU,
                attendees=[attendee(OWNER_NAME, OWNER, style="plain"), attendee(TOLU[0], TOLU[1], "ACCEPTED", style="plain")],
                stamp=s1, description=f"Recruiter screen with Tolulope Adeyemi.\nGoogle Meet: https://meet.google.com/{code}",
                location=f"https://meet.google.com/{code}", alarm=False)
    cal = calendar([ev], prodid="-//Greenhouse Software//Greenhouse Scheduler//EN")
    part = Multi("mixed", [Multi("alternative", [plain(t1), htmlpart(mk)], "--==_alt_" + H("c10a1", 20)),
                           ics_attachment(cal, "interview.ics", ctype="text/calendar")], "--==_mix_" + H("c10m1", 20))
    m1 = write_mail(d / "01-greenhouse-interview-confirmation.eml", tag="c10m1",
                    frm=TOLU[:1] + ("no-reply@us.greenhouse-mail.io",), to=[AMA], reply_to=[TOLU],
                    subject=f"Interview confirmation: {KOBO_ROLE} at Kobopay", date=s1, part=part,
                    msgid=f"<{H('c10m1id', 24)}@us.greenhouse-mail.io>", src_host="o1.ptr3412.us.greenhouse-mail.io")
    s2 = T(2026, 10, 26, 16, 30, LOS, "Mon", "+0100", 47)
    t2 = """Hi Ama,

It was lovely speaking with you this morning - thank you for walking me through the treasury dashboards you built.

Chidinma Okonkwo, our Head of Finance, would like to meet you on a video call this Thursday at 3pm Lagos time (2pm in Accra). The conversation will run for an hour and will dig into budgeting, variance analysis and how you work with business teams. You'll get the invite directly from Chidinma's calendar.

Cheers,
Tolu
"""
    m2 = simple_mail(d / "02-next-step-head-of-finance.eml", tag="c10m2", frm=TOLU, to=[AMA], cc=[CHIDI],
                     subject="Next step - Kobopay FP&A", date=s2, text=t2, html_too=True, msgid=gmail_mid("c10m2"),
                     src_host="mail-sor-f41.google.com")
    s3 = T(2026, 10, 26, 16, 2, UTC, "Mon", "+0000", 9)
    google_invite(d / "03-invitation-video-call-chidinma.eml", tag="c10g", organizer=CHIDI,
                  guests=[(TOLU[0], TOLU[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")], date=s3,
                  title="Kobopay FP&A interview - Ama Owusu-Ansah / Chidinma Okonkwo", start=b_start, end=b_end,
                  description="Video call with Chidinma Okonkwo (Head of Finance). Tolu is on the invite for visibility and will not join.",
                  tz=ACC)
    TZ_NOTES.append(("10", "Lagos WAT (+01:00): screen 11:00 WAT = 10:00 GMT (Greenhouse .ics in UTC 'Z'); video call "
                           "3pm Lagos = 2pm Accra, the Google invite renders it as 2pm GMT for the Accra owner."))
    label(d.name, [iv(KOBO, KOBO_ROLE, a_start, a_end, "scheduled", [TOLU[1]], [TOLU[1]], "phone_screen"),
                   iv(KOBO, KOBO_ROLE, b_start, b_end, "scheduled", [CHIDI[1]], [CHIDI[1]], "hiring_manager")],
          "hard", "positive/two-interviews-timezone",
          "Two interviews: Greenhouse-confirmed recruiter screen (11:00 WAT) and a video call with the Head of Finance "
          "(3pm WAT, Google invite shows 2pm GMT). Tolu is only an observer on the second invite.")


# --------------------------------------------------------------------------- 11
@case("b311-11-bank-customer-appointment")
def c11(d):
    sent = T(2026, 10, 26, 9, 14, ACC, "Mon", "+0000", 2)
    start = T(2026, 10, 29, 10, 30, ACC, "Thu", "+0000")
    end = start + timedelta(minutes=45)
    rm = ("Kojo Mensah-Bonsu", f"kojo.mensahbonsu@{BANK_D}")
    text = f"""Dear Valued Customer,

Your appointment has been booked successfully.

Service: Personal Loan / Salary Advance Consultation
Relationship Manager: Mr. Kojo Mensah-Bonsu
Branch: Osu Branch, Oxford Street, Accra
Date: {gh_date(start)}
Time: 10:30am - 11:15am

Please come along with your Ghana Card, your three most recent payslips and six months' bank statements if you bank elsewhere. Our branch staff will never ask for your PIN or OTP.

To reschedule, call our 24-hour contact centre on 0302 960 960 or reply to your Relationship Manager.

Thank you for banking with us.
Adinkra Commercial Bank PLC - Your partner in progress
"""
    ev = vevent(uid=f"appt-{digits('c11uid', 12)}@adinkrabank.example", start=start, end=end,
                summary="Adinkra Commercial Bank - Personal Loan Consultation (Osu Branch)",
                organizer=("Adinkra Commercial Bank", f"noreply@{BANK_D}"),
                attendees=[attendee(OWNER_NAME, OWNER, style="ms"), attendee(rm[0], rm[1], "ACCEPTED", style="ms")],
                stamp=sent, description="Personal loan consultation with your Relationship Manager, Mr. Kojo Mensah-Bonsu.",
                location="Adinkra Commercial Bank, Osu Branch, Oxford Street, Accra", tzid="Africa/Accra")
    cal = calendar([ev], prodid="-//Adinkra Commercial Bank//Branch Appointments//EN", tzids=["Africa/Accra"])
    part = Multi("mixed", [Multi("alternative", [plain(text, "base64"), htmlpart(to_html(text, "Arial"), "base64")],
                                 "=_b_" + H("c11a", 18)),
                           ics_attachment(cal, "appointment.ics")], "=_m_" + H("c11m", 18))
    write_mail(d / "01-branch-appointment-confirmed.eml", tag="c11m1", frm=("Adinkra Commercial Bank", f"noreply@{BANK_D}"),
               to=[AMA], reply_to=[rm], subject="Appointment Confirmed - Osu Branch, Thursday 29 October 2026",
               date=sent, part=part)
    label(d.name, [], "medium", "negative/bank-appointment",
          "Customer appointment at a branch of the same bank that interviews the owner in other cases; calendar .ics, "
          "a 'Relationship Manager' and documents to bring, but it is a loan consultation.")


# --------------------------------------------------------------------------- 12
@case("b311-12-cocoa-workday-interview-cancelled")
def c12(d):
    s1 = T(2026, 10, 22, 8, 12, PAC, "Thu", "-0700", 45)
    start = T(2026, 10, 30, 10, 0, ACC, "Fri", "+0000")
    end = start + timedelta(hours=1)
    req = "R-0045127"
    uid = f"{H('c12uid', 32)}@myworkday.com"
    t1 = f"""Dear Ama Owusu-Ansah,

We are pleased to let you know that an interview has been scheduled for the {COCOA_ROLE} ({req}) position at Golden Pod Cocoa Exports.

Interview Details
Date: Friday, 30 October 2026
Time: 10:00 AM - 11:00 AM GMT
Interviewer: Richard Nii Armah, Treasury Manager
Location: Golden Pod House, 3rd Floor, Liberation Road, Airport City, Accra

Please bring a valid form of identification. A calendar invitation is attached.

To view your application, sign in to the Golden Pod Careers site: https://wd3.myworkdaysite.com/recruiting/goldenpod/Careers

Thank you,
Golden Pod Talent Acquisition
"""
    def wd_ics(seq, method, status, stamp):
        ev = vevent(uid=uid, start=start, end=end, summary=f"Interview: {COCOA_ROLE} ({req})", organizer=COCOA_WD,
                    attendees=[attendee(OWNER_NAME, OWNER, style="plain"), attendee(ARMAH[0], ARMAH[1], "ACCEPTED", style="plain")],
                    stamp=stamp, description=f"Interview with Richard Nii Armah, Treasury Manager. Requisition {req}.",
                    location="Golden Pod House, 3rd Floor, Liberation Road, Airport City, Accra", seq=seq,
                    status=status, alarm=False)
        return calendar([ev], method=method, prodid="-//Workday Inc.//Workday Calendar//EN")
    part = Multi("mixed", [htmlpart(to_html(t1, "Arial, sans-serif"), "base64"),
                           ics_attachment(wd_ics(0, "REQUEST", "CONFIRMED", s1), "Interview.ics", ctype="text/calendar")],
                 "----=_Part_" + digits("c12b1", 6) + "_" + digits("c12b2", 10) + "." + digits("c12b3", 13))
    write_mail(d / "01-workday-interview-scheduled.eml", tag="c12m1", frm=COCOA_WD, to=[AMA],
               subject=f"Interview Scheduled: {COCOA_ROLE} ({req})", date=s1, part=part,
               msgid=f"<{digits('c12mid', 10)}.{digits('c12mid2', 7)}.{digits('c12mid3', 13)}@wd3-impl-prod.myworkday.com>",
               src_host="wd3-smtp-out1.myworkday.com")
    s2 = T(2026, 10, 28, 6, 40, PAC, "Wed", "-0700", 2)
    t2 = f"""Dear Ama Owusu-Ansah,

The interview scheduled for Friday, 30 October 2026 at 10:00 AM GMT for the {COCOA_ROLE} ({req}) position has been cancelled.

A member of our Talent Acquisition team will contact you with further information.

Thank you,
Golden Pod Talent Acquisition
"""
    part2 = Multi("mixed", [htmlpart(to_html(t2, "Arial, sans-serif"), "base64"),
                            ics_attachment(wd_ics(1, "CANCEL", "CANCELLED", s2), "Interview.ics", ctype="text/calendar")],
                  "----=_Part_" + digits("c12b4", 6) + "_" + digits("c12b5", 10) + "." + digits("c12b6", 13))
    write_mail(d / "02-workday-interview-cancelled.eml", tag="c12m2", frm=COCOA_WD, to=[AMA],
               subject=f"Interview Cancelled: {COCOA_ROLE} ({req})", date=s2, part=part2,
               msgid=f"<{digits('c12mid4', 10)}.{digits('c12mid5', 7)}.{digits('c12mid6', 13)}@wd3-impl-prod.myworkday.com>",
               src_host="wd3-smtp-out1.myworkday.com")
    s3 = T(2026, 10, 28, 14, 5, ACC, "Wed", "+0000", 19)
    t3 = """Dear Ama,

You will have received an automated cancellation from Workday for Friday's interview with Richard. I am sorry to bring this news: the role has been put on hold pending a budget review after the revised crop forecasts for the main season.

This is no reflection on your candidacy - you did very well on our call. Should the position reopen in the new year, I will reach out to you directly.

Warm regards,
Nana Yaw Darko
HR Business Partner, Golden Pod Cocoa Exports
"""
    simple_mail(d / "03-update-on-your-interview.eml", tag="c12m3", frm=NANA, to=[AMA],
                subject="Update on your interview - Commercial Finance Analyst", date=s3, text=t3, style="qp")
    TZ_NOTES.append(("12", "Workday mails carry Date headers in US Pacific time (-0700, before the US Nov 1 change); the "
                           "interview is 10:00 GMT Accra (.ics in UTC)."))
    label(d.name, [iv(COCOA, COCOA_ROLE, start, end, "cancelled", [ARMAH[1]], [ARMAH[1]], "hiring_manager")],
          "medium", "positive/cancellation",
          "Workday schedules an interview (METHOD:REQUEST) and then cancels it (METHOD:CANCEL, SEQUENCE 1, same UID); "
          "the recruiter explains the role is on hold. Kept as cancelled at the last scheduled time.")


# --------------------------------------------------------------------------- 13
@case("b311-13-nairobi-ngo-relay-and-zoom-panel")
def c13(d):
    s1 = T(2026, 10, 23, 10, 15, ACC, "Fri", "+0000", 33)
    start = T(2026, 11, 4, 12, 0, NBO, "Wed", "+0300")
    end = start + timedelta(hours=1)
    relay_reply = f"reply+{H('c13relay', 20)}@{JOBHUB_D}"
    t1 = f"""You have a new message from Pamoja Livelihoods Foundation about your application for {NGO_ROLE}.

------------------------------------------------------------
Message from the employer:

Dear Ama,

We are pleased to invite you for an interview in respect of the above position. The interview will be conducted virtually via Zoom on {gh_date(start)} at 12:00 noon East Africa Time (9:00am GMT).

The panel will comprise our Finance & Grants Manager and the Regional Programmes Director, West Africa.

Kindly confirm your availability to Ms. Wanjiru Kamau at wanjiru.kamau@pamojalivelihoods.example, who will share the Zoom link.

Regards,
Human Resources, Pamoja Livelihoods Foundation
------------------------------------------------------------

Reply to this message: https://www.jobhubgh.example/messages/{H('c13msg', 16)}

Stay safe: JobHub Ghana and genuine employers will never ask you to pay for an interview or a job.
"""
    write_mail(d / "01-jobhub-message-from-employer.eml", tag="c13m1",
               frm=("Pamoja Livelihoods Foundation via JobHub", f"messages@{JOBHUB_D}"), to=[AMA],
               reply_to=[(None, relay_reply)],
               subject=f"New message from Pamoja Livelihoods Foundation - {NGO_ROLE}", date=s1,
               part=Multi("alternative", [plain(t1), htmlpart(to_html(t1, "Arial"))], "jh_" + H("c13b", 24)))
    s2 = T(2026, 10, 26, 11, 30, NBO, "Mon", "+0300", 56)
    zid = f"{digits('c13z', 3)} {digits('c13z2', 4)} {digits('c13z3', 4)}"
    zurl = f"https://us06web.zoom.us/j/{zid.replace(' ', '')}?pwd={letters('c13pwd', 22)}.1"
    t2 = f"""Dear Ama,

Thank you for confirming your availability. Please find the Zoom details for your interview below; a calendar file is attached.

Topic: Interview - {NGO_ROLE}
Time: Nov 4, 2026 12:00 PM Nairobi

Join Zoom Meeting
{zurl}

Meeting ID: {zid}
Passcode: {digits('c13pc', 6)}

Your panel will be Mr. Otieno Odhiambo (Finance & Grants Manager) and Ms. Grace Mwangi (Regional Programmes Director, West Africa), both copied here. The interview will last one hour. Please join five minutes early to test your audio.

Asante sana,
Wanjiru Kamau
HR & Administration Officer
Pamoja Livelihoods Foundation | Westlands, Nairobi
"""
    ev = vevent(uid=f"ZOOM{digits('c13uid', 11)}@zoom.us", start=start, end=end,
                summary=f"Interview - {NGO_ROLE}", organizer=WANJIRU,
                attendees=[attendee(OWNER_NAME, OWNER, style="plain"), attendee(OTIENO[0], OTIENO[1], style="plain"),
                           attendee(GRACE[0], GRACE[1], style="plain")],
                stamp=s2, description=f"Wanjiru Kamau is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zurl}\n\nMeeting ID: {zid}",
                location=zurl, tzid="Africa/Nairobi", alarm=False)
    cal = calendar([ev], method=None, prodid="-//zoom.us//iCalendar Event//EN", tzids=["Africa/Nairobi"])
    part = Multi("mixed", [plain(t2), ics_attachment(cal, "zoom_0.ics", ctype="text/calendar")],
                 "----=_NextPart_" + H("c13m2b", 24))
    write_mail(d / "02-zoom-details-panel-interview.eml", tag="c13m2", frm=WANJIRU, to=[AMA], cc=[OTIENO, GRACE],
               subject=f"Zoom details: Interview - {NGO_ROLE}", date=s2, part=part,
               msgid=outlook_mid("c13m2", "PR3P193"), src_host="EUR03-DBA-obe.outbound.protection.outlook.com")
    TZ_NOTES.append(("13", "Nairobi EAT (+03:00): 12:00 noon EAT = 09:00 GMT; Zoom .ics with TZID Africa/Nairobi; "
                           "sender's Date header +0300."))
    label(d.name, [iv(NGO, NGO_ROLE, start, end, "scheduled", [OTIENO[1], GRACE[1]], [OTIENO[1], GRACE[1]], "onsite")],
          "medium", "positive/dedupe-relay-and-zoom",
          "Job-board relay message (masked reply address) and the HR officer's Zoom mail + .ics describe the same panel; "
          "one interview, kind onsite (two-person panel), 12:00 EAT.")


# --------------------------------------------------------------------------- 14
@case("b311-14-workday-application-received")
def c14(d):
    sent = T(2026, 10, 2, 3, 27, PAC, "Fri", "-0700", 50)
    text = f"""Dear Ama,

Thank you for applying for the {COCOA_ROLE} (R-0045127) position at Golden Pod Cocoa Exports. We have received your application and our Talent Acquisition team will review it against the requirements of the role.

If your profile matches what we are looking for, a member of the team will contact you to arrange the next steps, which may include a phone conversation and interviews. You can track the status of your application at any time on our careers site.

Because of the volume of applications, we are unable to respond to every candidate individually.

Kind regards,
Golden Pod Talent Acquisition

https://wd3.myworkdaysite.com/recruiting/goldenpod/Careers
"""
    write_mail(d / "01-thank-you-for-applying.eml", tag="c14m1", frm=COCOA_WD, to=[AMA],
               subject=f"Thank you for applying: {COCOA_ROLE}", date=sent,
               part=htmlpart(to_html(text, "Arial, sans-serif"), "base64"),
               msgid=f"<{digits('c14mid', 10)}.{digits('c14mid2', 7)}.{digits('c14mid3', 13)}@wd3-impl-prod.myworkday.com>",
               src_host="wd3-smtp-out1.myworkday.com")
    label(d.name, [], "easy", "negative/application-received",
          "Workday application receipt; mentions future interviews but nothing scheduled.")


# --------------------------------------------------------------------------- 15
@case("b311-15-bank-second-interview-teams-gmt")
def c15(d):
    sent = T(2026, 10, 27, 10, 44, ACC, "Tue", "+0000", 30)
    start = T(2026, 11, 3, 14, 0, ACC, "Tue", "+0000")
    end = start + timedelta(minutes=45)
    body = """Dear Ama,

Congratulations on successfully completing the panel interview last week.

As communicated on phone, the next stage is a technical interview with Mr. Fiifi Quaye, Group Treasurer. He will take you through a short case on liquidity reporting and asset-liability management, so please have Excel open on your laptop.

Kindly accept this invitation to confirm your attendance. If the time is not convenient, let me know and I shall arrange an alternative.

Regards,
Akosua Boateng (Mrs.)
Senior Human Resource Officer - Recruitment"""
    exchange_invite(d / "01-teams-technical-interview.eml", tag="c15i", organizer=AKOSUA, required=[AMA, FIIFI],
                    date=sent, subject="Technical Interview - Finance Analyst (Management Reporting) - Ama Owusu-Ansah",
                    start=start, end=end, tzid="Greenwich Standard Time", when_label="(UTC+00:00) Monrovia, Reykjavik",
                    location="", body=body, region="DB7PR10")
    TZ_NOTES.append(("15", "Teams invite with Windows TZID 'Greenwich Standard Time' and label '(UTC+00:00) Monrovia, Reykjavik' = Accra GMT."))
    label(d.name, [iv(BANK, BANK_ROLE, start, end, "scheduled", [FIIFI[1]], [FIIFI[1]], "technical")],
          "easy", "positive/exchange-teams-invite",
          "Exchange/Teams meeting request from HR for a technical interview with the Group Treasurer; HR organises only.")


# --------------------------------------------------------------------------- 16
@case("b311-16-graduate-recruitment-fair-ics")
def c16(d):
    stamp = T(2026, 10, 29, 12, 0, ACC, "Thu", "+0000")
    start = T(2026, 11, 7, 9, 0, ACC, "Sat", "+0000")
    end = T(2026, 11, 7, 15, 0, ACC, "Sat", "+0000")
    org = ("UGBS Career Services", "careers@ugbs-careers.example")
    desc = ("UGBS Graduate Recruitment Fair 2026\n\n"
            "Meet recruiters from Asante Whitfield & Co., VoltaLink Telecom Ghana, Adinkra Commercial Bank and 40+ employers.\n"
            "09:00 Registration and CV clinic\n11:00 Masterclass: How to ace a bank panel interview\n"
            "13:00 Employer stands and networking\n\n"
            "Bring printed CVs. Some employers may collect CVs for their graduate programmes. Free entry with registration.")
    ev = vevent(uid=f"ugbs-fair-2026-{H('c16uid', 10)}@ugbs-careers.example", start=start, end=end,
                summary="UGBS Graduate Recruitment Fair 2026", organizer=org,
                attendees=[attendee(OWNER_NAME, OWNER, "ACCEPTED", style="plain")], stamp=stamp, description=desc,
                location="UGBS Auditorium, University of Ghana, Legon", tzid="Africa/Accra", created=stamp)
    cal = calendar([ev], method="PUBLISH", prodid="-//Eventbrite Inc//Eventbrite//EN", tzids=["Africa/Accra"])
    (d / "01-ugbs-graduate-recruitment-fair.ics").write_bytes(cal.encode("utf-8"))
    label(d.name, [], "medium", "negative/career-fair",
          "Standalone .ics for a graduate recruitment fair with an 'interview masterclass'; no interview for the owner.")


# --------------------------------------------------------------------------- 17
@case("b311-17-audit-assessment-day-two-invites")
def c17(d):
    s1 = T(2026, 10, 28, 9, 30, ACC, "Wed", "+0000", 14)
    a_s = T(2026, 11, 5, 10, 0, ACC, "Thu", "+0000")
    a_e = T(2026, 11, 5, 11, 0, ACC, "Thu", "+0000")
    b_s = T(2026, 11, 5, 11, 15, ACC, "Thu", "+0000")
    b_e = T(2026, 11, 5, 12, 0, ACC, "Thu", "+0000")
    loc = "Asante Whitfield House, 4th Floor, 7 Aviation Road, Airport City, Accra"
    t1 = f"""Dear Ama,

Further to your interview with Mr. Kpodo, we are pleased to invite you to the final stage of our selection process for the {AUD_ROLE} role, which will take place in person on {gh_date(a_s)}.

Itinerary:
10:00am - 11:00am   Case discussion with Mrs. Esi Wiredu, Manager, Deal Advisory
11:00am - 11:15am   Short break
11:15am - 12:00 noon Partner interview with Mr. Kofi Amponsah-Mensah, Partner, Financial Advisory

Please arrive by 9:45am. You will receive a separate calendar invitation for each session. The case pack will be handed to you on arrival; no prior preparation is needed.

Kind regards,
Abena Frimpong
Talent Acquisition Officer
"""
    simple_mail(d / "01-final-stage-itinerary.eml", tag="c17m1", frm=ABENA, to=[AMA],
                subject=f"Final Stage Itinerary - {AUD_ROLE}", date=s1, text=t1, html_too=True,
                msgid=outlook_mid("c17m1", "LO2P265"))
    exchange_invite(d / "02-invite-case-discussion.eml", tag="c17a", organizer=ABENA, required=[AMA, ESI],
                    date=s1 + timedelta(minutes=6), subject="Final Stage 1/2: Case Discussion - Ama Owusu-Ansah",
                    start=a_s, end=a_e, tzid="Greenwich Standard Time", when_label="(UTC+00:00) Monrovia, Reykjavik",
                    location=loc, body="Case discussion with Esi Wiredu (Manager, Deal Advisory). In person.",
                    teams=False, region="LO2P265")
    exchange_invite(d / "03-invite-partner-interview.eml", tag="c17b", organizer=ABENA, required=[AMA, KOFI],
                    date=s1 + timedelta(minutes=8), subject="Final Stage 2/2: Partner Interview - Ama Owusu-Ansah",
                    start=b_s, end=b_e, tzid="Greenwich Standard Time", when_label="(UTC+00:00) Monrovia, Reykjavik",
                    location=loc, body="Partner interview with Kofi Amponsah-Mensah. Same venue, directly after the case discussion.",
                    teams=False, region="LO2P265")
    label(d.name, [iv(AUD, AUD_ROLE, a_s, b_e, "scheduled", [ESI[1], KOFI[1]], [ESI[1], KOFI[1]], "onsite")],
          "hard", "positive/onsite-several-invites",
          "Final stage on one day sent as an itinerary mail plus two Exchange invites (10:00-11:00, 11:15-12:00); one onsite "
          "interview 10:00-12:00 with both interviewers. 'Arrive by 9:45am' is not the start.")


# --------------------------------------------------------------------------- 18
@case("b311-18-telecom-final-gcal-api-event")
def c18(d):
    s1 = T(2026, 10, 30, 15, 22, ACC, "Fri", "+0000", 4)
    start = T(2026, 11, 9, 10, 0, ACC, "Mon", "+0000")
    end = start + timedelta(minutes=45)
    t1 = f"""Dear Ama,

Congratulations! Following your interview with Selorm on the 21st, I am pleased to invite you to a final interview with our Chief Financial Officer, Mrs. Naa Adjeley Tetteh.

I have placed it in your calendar for Monday, 9th November at 10:00am. It will be a 45-minute conversation in her office on the 8th floor of VoltaLink House. Kindly accept the calendar invitation so that I can confirm with her office.

Best regards,
Dzifa Akakpo
Talent Acquisition Specialist | VoltaLink Telecom Ghana
"""
    simple_mail(d / "01-final-interview-cfo.eml", tag="c18m1", frm=DZIFA, to=[AMA],
                subject=f"Final Interview - {TEL_ROLE}", date=s1, text=t1, style="qp", msgid=gmail_mid("c18m1"),
                src_host="mail-sor-f41.google.com")
    eid = letters("c18eid", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('c18etag', 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": (s1 - timedelta(minutes=4)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (s1 - timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + digits("c18ms", 3) + "Z",
        "summary": "Final Interview: Ama Owusu-Ansah x Naa Adjeley Tetteh (CFO)",
        "description": "Final interview for the Finance Analyst - Revenue Assurance role with the Chief Financial Officer.\n"
                       "Venue: CFO's office, 8th floor, VoltaLink House. Report to the ground-floor reception with your Ghana Card.",
        "location": "VoltaLink House, 8th Floor, 14 Liberation Road, Airport Residential Area, Accra",
        "creator": {"email": DZIFA[1], "displayName": DZIFA[0]},
        "organizer": {"email": DZIFA[1], "displayName": DZIFA[0]},
        "start": {"dateTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Africa/Accra"},
        "end": {"dateTime": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Africa/Accra"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": DZIFA[1], "displayName": DZIFA[0], "organizer": True, "responseStatus": "accepted"},
            {"email": NAA[1], "displayName": NAA[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    (d / "02-final-interview-cfo.gcal.json").write_text(json.dumps(ev, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    TZ_NOTES.append(("18", "Calendar API event with 'Z' dateTimes and timeZone Africa/Accra (10:00Z = 10:00 GMT)."))
    label(d.name, [iv(TEL, TEL_ROLE, start, end, "scheduled", [NAA[1]], [NAA[1]], "hiring_manager")],
          "easy", "positive/gcal-json-and-email",
          "Recruiter mail + Calendar API event (self: true) for the final interview with the CFO; one interview.")


# --------------------------------------------------------------------------- 19
@case("b311-19-advance-fee-recruitment-scam")
def c19(d):
    sent = T(2026, 11, 2, 3, 12, LOS, "Mon", "+0100", 8)
    text = """Dear Sir/Madam,

RE: SHORTLISTING FOR EMPLOYMENT - FINANCE ANALYST (OFFSHORE PROJECT, TAKORADI)

We are pleased to inform you that your CV was selected from the JobHub Ghana database and you have been shortlisted for the position of Finance Analyst on our Takoradi offshore project with Sahara Offshore Energy Ltd. The position attracts a monthly salary of USD 8,500 with free accommodation and a company car.

Your online interview has been fixed for Friday, 6th November, 2026 at 10:00am GMT via Zoom. The Zoom link will be sent to you after confirmation of payment.

Before the interview, all shortlisted candidates are required to pay the sum of GHS 2,450.00 only, being processing fee for work permit, medicals and ECOWAS travel clearance, to our accredited agent via Mobile Money:

MoMo Number: 0559 417 203
Account Name: Daniel K. Osei (Accredited Agent)

Kindly send the payment receipt together with a scanned copy of your Ghana Card to this email within 48 hours, failing which your slot will be given to another candidate. This offer is strictly confidential.

Yours faithfully,
Engr. Michael Adebayo-Smith
Head of Human Resources, Sahara Offshore Energy Ltd
"""
    write_mail(d / "01-shortlisting-for-employment.eml", tag="c19m1",
               frm=("Sahara Offshore Energy HR", "hr.saharaoffshore@freemail.example"), to=[AMA],
               reply_to=[(None, "sahara.recruitment.desk@quickpost.example")],
               subject="URGENT: Shortlisting for Employment - Finance Analyst (Offshore Project)", date=sent,
               part=plain(text, "7bit"), src_host="smtp-out.freemail.example")
    label(d.name, [], "medium", "negative/advance-fee-scam",
          "Advance-fee scam: unsolicited shortlisting, 'interview fixed' for a date, but payment via MoMo is demanded first; "
          "free-mail sender with a different Reply-To.")


# --------------------------------------------------------------------------- 20
@case("b311-20-lagos-fintech-rejection")
def c20(d):
    sent = T(2026, 11, 6, 11, 10, UTC, "Fri", "+0000", 37)
    text = """Hi Ama,

Thank you for the time you spent with Chidinma and me on the 26th and 29th of October, and for the thoughtful questions you asked about how our finance team supports the merchant-lending business.

After careful consideration, we have decided to move forward with another candidate whose experience in lending portfolio analytics is a closer match for what the team needs right now. This was a difficult decision.

We were impressed with your modelling skills and would be glad to stay in touch for future FP&A openings. If you'd like brief feedback, just reply and I will arrange a short note from Chidinma.

Wishing you all the best,
Tolulope Adeyemi
Talent Partner, Kobopay
"""
    write_mail(d / "01-update-on-your-application.eml", tag="c20m1",
               frm=(TOLU[0], "no-reply@us.greenhouse-mail.io"), to=[AMA], reply_to=[TOLU],
               subject="Your application to Kobopay", date=sent,
               part=Multi("alternative", [plain(text), htmlpart(to_html(text, "Helvetica, Arial, sans-serif"))],
                          "--==_alt_" + H("c20a", 20)),
               msgid=f"<{H('c20mid', 24)}@us.greenhouse-mail.io>", src_host="o1.ptr3412.us.greenhouse-mail.io")
    label(d.name, [], "easy", "negative/rejection",
          "Greenhouse rejection that refers to two past interview dates; no upcoming interview.")


# --------------------------------------------------------------------------- 21
@case("b311-21-nairobi-ed-call-thread-eat")
def c21(d):
    s1 = T(2026, 11, 9, 19, 40, NBO, "Mon", "+0300", 11)
    start = T(2026, 11, 10, 11, 0, NBO, "Tue", "+0300")
    end = start + timedelta(minutes=30)
    assert start.astimezone(ACC).hour == 8
    t1 = f"""Dear Ama,

Congratulations on a strong showing at last week's panel - Otieno and Grace spoke very highly of you.

Before we make our final decision on the {NGO_ROLE} role, I would like to have a brief conversation with you myself, about 30 minutes. Would tomorrow at 10am my time work? I realise that is 7am in Accra, so if that is too early, 11am Nairobi time is also open for me.

Warm regards,
Dr. Mercy Achieng
Executive Director, Pamoja Livelihoods Foundation
"""
    m1 = simple_mail(d / "01-conversation-with-executive-director.eml", tag="c21m1", frm=MERCY, to=[AMA],
                     subject="A conversation before our final decision", date=s1, text=t1, style="qp",
                     msgid=outlook_mid("c21m1", "PR3P193"), src_host="EUR03-DBA-obe.outbound.protection.outlook.com")
    s2 = T(2026, 11, 9, 17, 5, ACC, "Mon", "+0000", 52)
    t2 = ("Dear Dr. Achieng,\n\nThank you very much, and for the kind words. 11am Nairobi time (8am here in Accra) "
          "tomorrow would be ideal for me.\n\nKind regards,\nAma\n\n" + quote(t1, "Mercy Achieng <mercy.achieng@pamojalivelihoods.example>", s1))
    m2 = simple_mail(d / "02-re-conversation.eml", tag="c21m2", frm=AMA, to=[MERCY],
                     subject="Re: A conversation before our final decision", date=s2, text=t2,
                     irt=m1, refs=m1, msgid=gmail_mid("c21m2"), src_host="mail-sor-f69.google.com")
    s3 = T(2026, 11, 9, 20, 22, NBO, "Mon", "+0300", 29)
    code = meet_code("c21")
    t3 = (f"Wonderful - 11am EAT tomorrow it is. I will send nothing more formal than this: just join "
          f"https://meet.google.com/{code} at the time.\n\nWanjiru is copied for our records.\n\nMercy\n\n"
          + quote(t2.split("\n\nOn ")[0], "Ama Owusu-Ansah <ama.owusuansah@example.com>", s2))
    simple_mail(d / "03-re-re-conversation.eml", tag="c21m3", frm=MERCY, to=[AMA], cc=[WANJIRU],
                subject="RE: A conversation before our final decision", date=s3, text=t3, style="qp",
                irt=m2, refs=f"{m1} {m2}", msgid=outlook_mid("c21m3", "PR3P193"),
                src_host="EUR03-DBA-obe.outbound.protection.outlook.com")
    TZ_NOTES.append(("21", "Nairobi Date header +0300, 'tomorrow at 10am my time' (7am Accra) proposed, 11am EAT chosen -> "
                           "Tue 10 Nov 11:00+03:00 = 08:00 GMT."))
    label(d.name, [iv(NGO, NGO_ROLE, start, end, "scheduled", [MERCY[1]], [MERCY[1]], "hiring_manager")],
          "hard", "positive/thread-relative-date-timezone",
          "Executive Director proposes 'tomorrow at 10am my time' or 11am Nairobi time; the owner picks 11am EAT (8am "
          "Accra) and the ED confirms. Relative date from a +0300 Date header; Wanjiru is only copied.")


# --------------------------------------------------------------------------- 22
@case("b311-22-paid-mock-panel-interview")
def c22(d):
    coach = ("Maame Serwaa Addo", "maame@kentecareers.example")
    sent = T(2026, 11, 6, 18, 2, ACC, "Fri", "+0000", 40)
    start = T(2026, 11, 14, 10, 0, ACC, "Sat", "+0000")
    end = start + timedelta(minutes=90)
    google_invite(d / "01-invitation-mock-panel-interview.eml", tag="c22g", organizer=coach,
                  guests=[("Kwame Ntim", "kwame@kentecareers.example", "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                  date=sent, title="Mock Panel Interview (Banking) - Ama Owusu-Ansah", start=start, end=end,
                  description="Kente Careers coaching session (Interview Coaching Package, GHS 600 - paid, receipt KC-2026-"
                              f"{digits('c22r', 4)}).\nA simulated bank panel with two of our coaches, followed by "
                              "30 minutes of recorded feedback. Dress as you would for the real thing!")
    label(d.name, [], "hard", "negative/mock-interview",
          "Google Calendar invitation for a paid mock panel interview with career coaches; formatted exactly like a "
          "real interview invite but it is coaching.")


# --------------------------------------------------------------------------- 23
@case("b311-23-bank-offer-letter")
def c23(d):
    sent = T(2026, 11, 12, 16, 20, ACC, "Thu", "+0000", 5)
    rep = T(2026, 11, 16, 9, 0, ACC, "Mon", "+0000")
    text = f"""Dear Ms. Owusu-Ansah,

OFFER OF EMPLOYMENT - {BANK_ROLE.upper()}

Following the successful completion of our selection process, we are pleased to offer you employment as Finance Analyst (Management Reporting) in the Finance Division of Adinkra Commercial Bank PLC, on the terms set out in the attached letter.

Kindly report to the Human Resource Department, 4th Floor, Adinkra Towers, Ridge, on {gh_date(rep)} at 9:00am to sign your contract and to undergo the pre-employment medical screening. Please come along with your bank details, SSNIT number and two guarantor forms.

Kindly confirm your acceptance of this offer in writing not later than Friday, 20th November, 2026.

Congratulations, and welcome to the Adinkra family.

Yours faithfully,
Akosua Boateng (Mrs.)
For: Head, Human Resource
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    part = Multi("mixed", [Multi("alternative", [plain(text), htmlpart(to_html(text, "Times New Roman, serif"))],
                                 "----=_NextPart_001_" + H("c23a", 12).upper()),
                           Leaf('application/pdf; name="Offer_Letter_Ama_Owusu-Ansah.pdf"', data=pdf, enc="base64",
                                disp='attachment; filename="Offer_Letter_Ama_Owusu-Ansah.pdf"')],
                 "----=_NextPart_000_" + H("c23m", 12).upper())
    write_mail(d / "01-offer-of-employment.eml", tag="c23m1", frm=AKOSUA, to=[AMA], cc=[KWABENA],
               subject=f"OFFER OF EMPLOYMENT - {BANK_ROLE.upper()}", date=sent, part=part,
               msgid=outlook_mid("c23m1", "DB7PR10"), src_host="EUR05-DB7-obe.outbound.protection.outlook.com")
    label(d.name, [], "medium", "negative/offer",
          "Offer letter with a 'report ... at 9:00am' for contract signing and medicals; not an interview.")


# =========================================================================== main
def counts():
    pos = [k for k, v in LABELS.items() if v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    return pos, ivs, by_status, by_kind


def write_readme():
    pos, ivs, by_status, by_kind = counts()
    n = len(LABELS)
    st = ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
    kd = ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
    tz = "\n".join(f"- Case {num}: {note}" for num, note in sorted(TZ_NOTES))
    text = f"""# blind311: Accra finance analyst job search across GMT, WAT, EAT and BST/GMT (written blind)

Mailbox owner: {OWNER_NAME} <{OWNER}>, a finance analyst living in Accra (Africa/Accra, UTC+0, no DST).

This set was written blind: only the eval README and three dev files (labels.yaml and two cases) were read for format; no tool code,
tests or other sets were consulted.

## What it stresses
Ghanaian/British formal recruitment English ("Dear Sir/Madam", "in respect of the above position",
"Kindly confirm", "2pm prompt", "Tuesday, 20th October, 2026"); reporting/arrival times that differ from the
interview start (8:30am for 9am, arrive by 9:45am, report 15 minutes early); an aptitude test followed by an
interview the same day (only the interview counts) versus an aptitude test alone; West African (WAT), East
African (EAT) and London (BST until Oct 25, then GMT) counterparts; a reschedule across the UK clock change;
a Workday cancellation; a multi-invite onsite; relay (job-board) mail deduplicated with the HR officer's Zoom
mail; relative dates in threads; and look-alike negatives (national service posting letter, bank branch
appointment, offer with a reporting time, paid mock panel, advance-fee scam, graduate fair, job alert).

## Counts
- Cases: {n} ({len(pos)} positive, {n - len(pos)} negative)
- Labelled interviews: {len(ivs)} (by status: {st}; by kind: {kd})

## Formats used
Plain-text and HTML e-mails (quoted-printable, base64, 7bit), human threads with In-Reply-To/References,
Google Calendar invitations (multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST and
invite.ics), Exchange/Teams meeting requests (Windows TZIDs "Greenwich Standard Time" and "GMT Standard Time",
X-MICROSOFT-CDO-* properties, "(UTC+00:00) ..." labels), SmartRecruiters, Greenhouse (.ics attachment),
Workday (REQUEST and CANCEL .ics), Zoom .ics, a job-board relay, standalone .ics files (Apple-style
Europe/London, Eventbrite-style PUBLISH) and one Google Calendar API `.gcal.json` event.

## Time-zone / DST points
{tz}
- All other cases: Accra GMT (+00:00) wall times; 2026 UK change on Oct 25 and US change on Nov 1 are asserted in make_cases.py.

Regenerate with `python make_cases.py` (deterministic, standard library + PyYAML).
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main():
    _dst_checks()
    for p in sorted(OUT.glob("b311-*")):
        if p.is_dir():
            shutil.rmtree(p)
    for folder, fn in CASES:
        d = OUT / folder
        d.mkdir()
        fn(d)
    folders = [f for f, _ in CASES]
    assert len(folders) == len(set(folders))
    for i, f in enumerate(folders, 1):
        assert f.startswith(f"b311-{i:02d}-"), f
    assert set(LABELS) == set(folders)
    ordered = {f: LABELS[f] for f in folders}
    body = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(
        "# Labels for blind311 (written blind). Schema: /work/shared/eval/README.md\n" + body, encoding="utf-8")
    write_readme()
    pos, ivs, _, _ = counts()
    print(f"wrote {len(folders)} cases ({len(pos)} positive), {len(ivs)} interviews, "
          f"{len(AUDITED)} weekday phrases audited")


if __name__ == "__main__":
    main()
