#!/usr/bin/env python3
"""Generate the blind289 evaluation set (written blind).

Theme: remote customer success / operations roles at US and Canadian SaaS companies
(plus one Lisbon-headquartered startup). Mailbox owner: Marcus Bell <marcus.bell@example.com>,
Raleigh NC (America/New_York).

Deletes and rewrites every b289-* case folder, labels.yaml and README.md next to this script.
Deterministic: all dates are fixed, all ids/boundaries derive from sha256 of a seed.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind289-marcus-bell-cs-ops"
PREFIX = "b289"
OWNER = "marcus.bell@example.com"
OWNER_NAME = "Marcus Bell"
CRLF = "\r\n"

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
TOR = ZoneInfo("America/Toronto")
VAN = ZoneInfo("America/Vancouver")
LIS = ZoneInfo("Europe/Lisbon")
UTC = timezone.utc

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# --------------------------------------------------------------------------- basics
def H(*parts, n=32):
    """Deterministic hex id derived from the seed."""
    s = SEED + "|" + "|".join(str(p) for p in parts)
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def at(s, tz, wd, off):
    """Aware datetime in tz; asserts weekday and UTC offset (catches DST mistakes)."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.strptime(s, fmt).replace(tzinfo=tz)
    assert WD[d.weekday()] == wd, f"{s}: weekday {WD[d.weekday()]} != {wd}"
    assert d.strftime("%z") == off, f"{s} {tz}: offset {d.strftime('%z')} != {off}"
    # round-trip through UTC to reject non-existent / ambiguous wall times
    assert d.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == d.replace(tzinfo=None), s
    return d


def check_day(datestr, wd):
    d = datetime.strptime(datestr, "%Y-%m-%d")
    assert WD[d.weekday()] == wd, f"{datestr}: {WD[d.weekday()]} != {wd}"


# 2026 DST transitions the set relies on
assert at("2026-03-08 03:30", NY, "Sun", "-0400")
assert at("2026-10-31 12:00", NY, "Sat", "-0400") and at("2026-11-01 12:00", NY, "Sun", "-0500")
assert at("2026-10-24 12:00", LIS, "Sat", "+0100") and at("2026-10-25 12:00", LIS, "Sun", "+0000")
assert at("2026-10-31 12:00", LA, "Sat", "-0700") and at("2026-11-02 12:00", LA, "Mon", "-0800")
assert at("2026-10-30 12:00", DEN, "Fri", "-0600") and at("2026-11-05 12:00", DEN, "Thu", "-0700")
assert at("2026-10-30 12:00", CHI, "Fri", "-0500") and at("2026-11-04 12:00", CHI, "Wed", "-0600")


def iso(d):
    return d.isoformat()


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def g12(d):
    """Google style: 3pm / 3:45pm."""
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap}"


def t12(d, lower=False):
    """10:00 AM / 10:00am."""
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    s = f"{h}:{d.minute:02d} {ap}"
    return s.replace(" AM", "am").replace(" PM", "pm") if lower else s


def longdate(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def dayname_md(d):
    return f"{d:%A}, {d:%B} {d.day}"


# --------------------------------------------------------------------------- MIME
def _nl(text):
    return text.replace("\r\n", "\n")


def leaf(ctype, text, cte="7bit", disp=None, extra=()):
    raw = _nl(text)
    if cte == "base64":
        data = raw.replace("\n", CRLF).encode("utf-8") if isinstance(raw, str) else raw
        body = base64.encodebytes(data).decode("ascii").rstrip("\n").replace("\n", CRLF)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw.encode("utf-8")).decode("ascii").rstrip("\n")
        body = body.replace("\n", CRLF)
    else:
        if cte == "7bit" and not raw.isascii():
            cte = "8bit"
        body = raw.rstrip("\n").replace("\n", CRLF)
    hdrs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if disp:
        hdrs.append(("Content-Disposition", disp))
    hdrs.extend(extra)
    return (hdrs, body)


def binleaf(ctype, data_bytes, disp, extra=()):
    body = base64.encodebytes(data_bytes).decode("ascii").rstrip("\n").replace("\n", CRLF)
    hdrs = [("Content-Type", ctype), ("Content-Disposition", disp),
            ("Content-Transfer-Encoding", "base64")]
    hdrs.extend(extra)
    return (hdrs, body)


def render(part):
    hdrs, body = part
    return "".join(f"{k}: {v}{CRLF}" for k, v in hdrs) + CRLF + body


def boundary(key, style="google"):
    if style == "google":
        return "000000000000" + H("boundary", key, n=12)
    if style == "exchange":
        return "_000_" + H("boundary", key, n=24).upper() + "namprd11prodoutlook_"
    return "----=_Part_" + str(int(H("boundary", key, n=10), 16) % 10**9) + "_" + H("b2", key, n=8)


def multi(subtype, parts, key, style="google"):
    b = boundary(key, style)
    body = "".join(f"--{b}{CRLF}{render(p)}{CRLF}" for p in parts) + f"--{b}--"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{b}"')], body)


def addr(name, email):
    if name is None:
        return email
    return formataddr((name, email), charset="utf-8")


def subj(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def mid(case, n, domain):
    return f"<{H(case, n, 'msgid', n=24)}@{domain}>"


def write_eml(folder, name, *, frm, to, subject, date, msgid, part, cc=None, reply_to=None,
              in_reply_to=None, references=None, extra=(), sender=None, received_from=None):
    hdrs = [("Delivered-To", OWNER)]
    rf = received_from or "mail-sor-f41.google.com"
    hdrs.append(("Received", f"from {rf} ({rf}. [209.85.220.{int(H(name, n=2), 16) % 200 + 20}])"
                 f"{CRLF}        by mx.example.com with ESMTPS id {H(msgid, 'rcv', n=12)}"
                 f"{CRLF}        for <{OWNER}>;{CRLF}        {format_datetime(date)}"))
    hdrs.append(("From", frm))
    if sender:
        hdrs.append(("Sender", sender))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("Subject", subj(subject)))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", msgid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.extend(extra)
    phdrs, body = part
    text = "".join(f"{k}: {v}{CRLF}" for k, v in hdrs + phdrs) + CRLF + body + CRLF
    (folder / name).write_bytes(text.encode("utf-8"))


def plain(text, cte="7bit"):
    return leaf('text/plain; charset="UTF-8"', text, cte)


def html_of(text):
    """Very small text->HTML conversion for alternative parts."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>") for p in esc.strip("\n").split("\n\n")]
    inner = "".join(f"<p>{p}</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
            f"{inner}</div></body></html>")


def alt(text, key, html=None, tcte="quoted-printable", hcte="quoted-printable", style="google"):
    return multi("alternative", [plain(text, tcte),
                                 leaf('text/html; charset="UTF-8"', html or html_of(text), hcte)],
                 key, style)


def quote(text, who, d):
    head = f"On {d:%a}, {d:%b} {d.day}, {d.year} at {t12(d)} {who} wrote:"
    return head + "\n" + "\n".join("> " + ln if ln else ">" for ln in _nl(text).strip("\n").split("\n"))


# --------------------------------------------------------------------------- iCalendar
def ics_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            out.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return (CRLF + " ").join(x.decode("utf-8") for x in out)


def vcal(lines):
    return CRLF.join(fold(ln) for ln in lines) + CRLF


VTZ = {
    # tzid: (std offset, dst offset, std name, dst name, rules)
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/Toronto": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/Chicago": ("-0600", "-0500", "CST", "CDT", "us"),
    "America/Denver": ("-0700", "-0600", "MST", "MDT", "us"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "us"),
    "America/Vancouver": ("-0800", "-0700", "PST", "PDT", "us"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST", "eu"),
}
WINTZ = {
    "Pacific Standard Time": ("-0800", "-0700"),
    "Central Standard Time": ("-0600", "-0500"),
    "Eastern Standard Time": ("-0500", "-0400"),
}


def vtimezone(tzid):
    std, dst, sn, dn, rules = VTZ[tzid]
    if rules == "us":
        d_start, d_rule = "19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
        s_start, s_rule = "19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
    else:
        d_start, d_rule = "19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
        s_start, s_rule = "19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            f"DTSTART:{d_start}", d_rule, "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            f"DTSTART:{s_start}", s_rule, "END:STANDARD", "END:VTIMEZONE"]


def vtimezone_win(tzid):
    std, dst = WINTZ[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=True):
    cn = name or email
    cn = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    extra = ";X-NUM-GUESTS=0" if google else ""
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};"
            f"RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn}{extra}:mailto:{email}")


def event_lines(*, uid, seq, start, end, summary, description, organizer, attendees,
                stamp, tzid=None, use_utc=False, location="", status="CONFIRMED", extra=()):
    if use_utc:
        ds, de = f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}"
    else:
        ds = f"DTSTART;TZID={tzid}:{local(start)}"
        de = f"DTEND;TZID={tzid}:{local(end)}"
    lines = ["BEGIN:VEVENT", ds, de, f"DTSTAMP:{utcstamp(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    lines += attendees
    lines += [f"CREATED:{utcstamp(stamp - timedelta(minutes=3))}",
              f"DESCRIPTION:{ics_escape(description)}",
              f"LAST-MODIFIED:{utcstamp(stamp)}",
              f"LOCATION:{ics_escape(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}",
              "TRANSP:OPAQUE"]
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def calendar(method, prodid, tz_blocks, events):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    for b in tz_blocks:
        lines += b
    for e in events:
        lines += e
    lines.append("END:VCALENDAR")
    return vcal(lines)


def ics_attachment(ics_text, method="REQUEST", filename="invite.ics"):
    return binleaf(f'text/calendar; charset="UTF-8"; method={method}; name="{filename}"',
                   ics_text.encode("utf-8"), f'attachment; filename="{filename}"')


GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"


def google_invite(folder, name, case, *, organizer, guests, summary, start, end, tzid,
                  tzlabel, description, date, uid, seq=0, verb="Invitation", meet=None,
                  use_utc=False, msg_n=None, extra_text="", location=""):
    """Google Calendar invitation e-mail (multipart/mixed: alternative[plain, html, calendar] + invite.ics).
    organizer: (name, email); guests: list of (name, email, partstat)."""
    meet = meet or "-".join([H(case, name, "m1", n=3), H(case, name, "m2", n=4), H(case, name, "m3", n=3)])
    meet = "".join(c if c in "-" else chr(ord("a") + int(c, 16) % 26) for c in meet)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    when_line = f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {g12(start)} \u2013 {g12(end)}"
    subj_when = f"{start:%a} {start:%b} {start.day}, {start.year} {g12(start)} - {g12(end)} ({start.tzname()})"
    pin = str(int(H(case, name, "pin", n=8), 16))[:9]
    guest_lines = []
    for gname, gmail, _ in guests:
        if gmail == organizer[1]:
            guest_lines.append(f"{gname} - organizer")
        elif gname:
            guest_lines.append(gname)
        guest_lines.append(gmail)
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    text = (f"{summary}\n{when_line}\n{tzlabel}\n\n"
            f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n(US) +1 347-{pin[:3]}-{pin[3:7]}\nPIN: {pin}\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\n"
            f"Guests\n" + "\n".join(guest_lines) + f"\nView all guest info {view}\n\n"
            f"{description}\n\n{extra_text}"
            f"Reply for {OWNER} and view more details {view}\n\n\n~~//~~\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the "
            "organizer, be added to the guest list, invite others regardless of their own "
            "invitation status, or modify your RSVP. Learn more "
            "https://support.google.com/calendar/answer/37135#forwarding")
    gl_html = "".join(f"<li>{g[0] or g[1]} &lt;{g[1]}&gt;</li>" for g in guests)
    desc_html = description.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
            f'<h2 style="font-size:20px">{summary}</h2>'
            f"<p>{when_line}<br>{tzlabel}</p>"
            f'<p><a href="https://meet.google.com/{meet}">Join with Google Meet</a><br>'
            f"meet.google.com/{meet}</p>"
            f"<p><b>Organizer</b><br>{organizer[0]}<br>{organizer[1]}</p>"
            f"<p><b>Guests</b></p><ul>{gl_html}</ul>"
            f"<p>{desc_html}</p>"
            f'<p>Reply for {OWNER} <a href="{view}">View more details</a></p>'
            '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar. You are '
            "receiving this email because you are an attendee on the event.</p></div></body></html>")
    att = []
    for gname, gmail, ps in guests:
        att.append(attendee(gname or gmail, gmail, partstat=ps))
    method = "REQUEST"
    ev = event_lines(uid=uid, seq=seq, start=start, end=end, summary=summary,
                     description=f"{description}\n\nJoin with Google Meet: https://meet.google.com/{meet}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nPlease do not edit this section of the description.",
                     organizer=organizer, attendees=att, stamp=date, tzid=tzid, use_utc=use_utc,
                     location=location,
                     extra=[f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"])
    tzb = [] if use_utc else [vtimezone(tzid)]
    ics = calendar(method, GOOGLE_PRODID, tzb, [ev])
    cal_part = leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, "7bit")
    inner = multi("alternative", [plain(text, "base64"),
                                  leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
                                  cal_part], (case, name, "alt"))
    part = multi("mixed", [inner, binleaf('application/ics; name="invite.ics"', ics.encode("utf-8"),
                                          'attachment; filename="invite.ics"')], (case, name, "mix"))
    subject = f"{verb}: {summary} @ {subj_when} ({OWNER})"
    write_eml(folder, name, frm=addr(organizer[0], organizer[1]), to=OWNER, subject=subject, date=date,
              msgid=f"<calendar-{H(case, name, 'gcal', n=8)}-{H(case, name, 'g2', n=4)}-"
                    f"{H(case, name, 'g3', n=4)}-{H(case, name, 'g4', n=12)}@google.com>",
              part=part, reply_to=addr(organizer[0], organizer[1]),
              sender="Google Calendar <calendar-notification@google.com>",
              received_from="mail-sor-f73.google.com")
    return ics


EXCH_PRODID = "Microsoft Exchange Server 2010"


def teams_invite(folder, name, case, *, organizer, required, optional=(), summary, subject, start,
                 end, win_tzid, utc_label, body_intro, date, uid, seq, cc=None):
    """Exchange/Outlook + Teams meeting request: multipart/alternative[plain, html, text/calendar]."""
    mtg_id = " ".join(str(int(H(case, name, "tid", n=12), 16))[i:i + 3] for i in range(0, 12, 3))
    pw = H(case, name, "pw", n=6).upper()
    join = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{H(case, name, 'mj', n=40)}%40thread.v2/0"
    when = (f"{longdate(start)} {t12(start)}-{t12(end)}. {utc_label}")
    text = (f"{body_intro}\n\n"
            f"When: {when}\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{join}>\n"
            f"Meeting ID: {mtg_id}\nPasscode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")
    html = html_of(text)
    att = [attendee(n, e, "REQ-PARTICIPANT", google=False) for n, e in required]
    att += [attendee(n, e, "OPT-PARTICIPANT", google=False) for n, e in optional]
    ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"] + att + [
        f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(text)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{ics_escape(summary)}",
        f"DTSTART;TZID={win_tzid}:{local(start)}",
        f"DTEND;TZID={win_tzid}:{local(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(date)}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(H(case, 'owner', n=7), 16)}",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", f"X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
        f"X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{organizer[1]}\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_{H(case, name, 'mj', n=40)}-thread.v2",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
        "END:VALARM", "END:VEVENT"]
    ics = vcal(["BEGIN:VCALENDAR", "METHOD:REQUEST", f"PRODID:{EXCH_PRODID}", "VERSION:2.0"]
               + vtimezone_win(win_tzid) + ev + ["END:VCALENDAR"])
    part = multi("alternative", [plain(text, "quoted-printable"),
                                 leaf('text/html; charset="utf-8"', html, "quoted-printable"),
                                 leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64")],
                 (case, name, "exch"), "exchange")
    to = ", ".join(addr(n, e) for n, e in required if e != organizer[1])
    tidx = base64.b64encode(bytes.fromhex(H(case, "thread-index", n=44))).decode()
    write_eml(folder, name, frm=addr(organizer[0], organizer[1]), to=to, cc=cc, subject=subject,
              date=date, msgid=f"<{H(case, name, 'ex', n=20).upper()}@{H(case, 'srv', n=4).upper()}PR11MB{int(H(case, 'n', n=4), 16) % 9000 + 1000}.namprd11.prod.outlook.com>",
              part=part, received_from="NAM12-BN8-obe.outbound.protection.outlook.com",
              extra=[("Thread-Topic", summary), ("Thread-Index", tidx),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")])
    return ics


def exch_uid(case, key):
    return "040000008200E00074C5B7101A82E00800000000" + H(case, key, "uid", n=72).upper()


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def mins(d, m):
    return d + timedelta(minutes=m)


# =========================================================================== POSITIVE CASES
def c_brightwell(f, k):
    jol = ("Jolene Park", "jolene.park@brightwell.example")
    sent = at("2026-10-01 10:14:37", LA, "Thu", "-0700")
    s = at("2026-10-06 10:00", LA, "Tue", "-0700")
    e = mins(s, 30)
    text = f"""Hi Marcus,

Thanks for applying to the Customer Success Manager, Mid-Market role at Brightwell Support! Your phone screen with me is all set.

Interview details
Type: Phone screen (30 minutes)
When: {longdate(s)}, {t12(s)} - {t12(e)} Pacific Time ({g12(s.astimezone(NY))} - {g12(e.astimezone(NY))} Eastern)
With: Jolene Park, Senior Technical Recruiter
Where: I'll call the mobile number on your application. Prefer video? Reply and I'll send a Zoom link.

We'll cover your current book of business, what draws you to a remote Mid-Market seat, and your compensation expectations. A calendar invite is attached.

If you need to reschedule, just reply to this email.

Cheers,
Jolene Park
Senior Technical Recruiter | Brightwell Support
San Francisco, CA"""
    ics = calendar("REQUEST", "-//Lever//Interview Scheduling 2.0//EN", [vtimezone("America/Los_Angeles")], [
        event_lines(uid=f"{H(k, 'uid', n=26)}@hire.lever.co", seq=0, start=s, end=e,
                    summary="Phone screen: Marcus Bell / Brightwell Support (Customer Success Manager, Mid-Market)",
                    description="Jolene Park will call Marcus at the number on his application.",
                    organizer=jol, stamp=sent, tzid="America/Los_Angeles", location="Phone call",
                    attendees=[attendee(*jol, partstat="ACCEPTED", google=False),
                               attendee(OWNER_NAME, OWNER, google=False)])])
    part = multi("mixed", [alt(text, (k, 1)), ics_attachment(ics, filename="interview.ics")], (k, "m1"))
    write_eml(f, "01-lever-phone-screen-confirmed.eml", frm=addr("Jolene Park", "no-reply@hire.lever.co"),
              to=addr(OWNER_NAME, OWNER), reply_to=addr(*jol),
              subject="Your phone screen with Brightwell Support is confirmed", date=sent,
              msgid=mid(k, 1, "hire.lever.co"), part=part, received_from="mail-a41.hire.lever.co")
    return label([iv("Brightwell Support", "Customer Success Manager, Mid-Market", s, e, "scheduled",
                     [jol[1]], [jol[1]], "phone_screen")], "easy", "positive/ats-lever-ics",
                 "Lever confirmation from no-reply@hire.lever.co with Reply-To recruiter and an interview.ics "
                 "(TZID America/Los_Angeles, PDT). The recruiter runs the screen, so she is the interviewer.")


def c_tallgrass(f, k):
    dana = ("Dana Whitfield", "dana.whitfield@tallgrassbilling.example")
    d1 = at("2026-10-05 09:12:08", CHI, "Mon", "-0500")
    d2 = at("2026-10-06 07:48:51", NY, "Tue", "-0400")
    d3 = at("2026-10-06 08:03:12", CHI, "Tue", "-0500")
    s = at("2026-10-08 12:30", NY, "Thu", "-0400")
    e = mins(s, 25)
    t1 = """Hi Marcus,

I'm the recruiter on our Customer Success Operations Manager opening. The way you rebuilt the health-score model and renewal playbooks at Haywood is very close to the work this role would own, so I'd love to set up a first conversation.

Grab whatever open time suits you on my Calendly for a 25-minute phone screen:
https://calendly.com/dana-whitfield-tallgrass/25-minute-phone-screen

Talk soon,
Dana Whitfield
Talent Partner, Tallgrass Billing
Austin, TX"""
    m1, m2, m3 = mid(k, 1, "mail.gmail.com"), mid(k, 2, "mail.gmail.com"), mid(k, 3, "mail.gmail.com")
    write_eml(f, "01-dana-calendly-link.eml", frm=addr(*dana), to=OWNER,
              subject="Tallgrass Billing - Customer Success Operations Manager", date=d1, msgid=m1,
              part=alt(t1, (k, 1)))
    t2 = f"""Hi Dana,

Thanks for reaching out. I just booked a slot on your Calendly for Thursday at 12:30 ET (11:30 your time) and put my cell, (919) 555-0182, in the form.

Looking forward to it,
Marcus

{quote(t1, 'Dana Whitfield <' + dana[1] + '>', d1)}"""
    write_eml(f, "02-marcus-booked-slot.eml", frm=addr(OWNER_NAME, OWNER), to=addr(*dana),
              subject="Re: Tallgrass Billing - Customer Success Operations Manager", date=d2, msgid=m2,
              in_reply_to=m1, references=m1, part=plain(t2))
    t3 = f"""Confirmed for Thursday!

Dana

{quote(t2, 'Marcus Bell <' + OWNER + '>', d2)}"""
    write_eml(f, "03-dana-confirmed-thursday.eml", frm=addr(*dana), to=addr(OWNER_NAME, OWNER),
              subject="Re: Tallgrass Billing - Customer Success Operations Manager", date=d3, msgid=m3,
              in_reply_to=m2, references=f"{m1} {m2}", part=plain(t3, "quoted-printable"))
    return label([iv("Tallgrass Billing", "Customer Success Operations Manager", s, e, "scheduled",
                     [dana[1]], [dana[1]], "phone_screen")], "hard", "positive/calendly-thread-confirm",
                 "No Calendly confirmation in the mailbox: Marcus says he booked 'Thursday at 12:30 ET' "
                 "(Date Tue Oct 6 -> Thu Oct 8, EDT) and the recruiter only replies 'Confirmed for Thursday!'. "
                 "Duration comes from the 25-minute Calendly event type. Recruiter does the screen.")


def c_northlake(f, k):
    farah = ("Farah Qureshi", "farah.qureshi@northlake.example")
    theo = ("Theo Lindqvist", "theo.lindqvist@northlake.example")
    d1 = at("2026-10-07 11:20:44", TOR, "Wed", "-0400")
    d2 = at("2026-10-08 09:03:15", TOR, "Thu", "-0400")
    s = at("2026-10-13 15:00", TOR, "Tue", "-0400")
    e = mins(s, 45)
    t1 = f"""Hi Marcus,

Good news: the team enjoyed your screen and would like you to meet Theo Lindqvist, our Head of Customer Success, for the hiring manager round for the Senior Customer Success Manager, Enterprise role.

Theo has {dayname_md(s)} at 3:00 pm ET open for 45 minutes. He likes to send invites from his own calendar, so watch for a Google Calendar invitation from him in the next day or so. Once you accept it you're all set.

Things Theo tends to dig into: how you run executive business reviews, a renewal you turned around, and how you partner with Support when an enterprise account is escalating.

Best,
Farah Qureshi
Talent Acquisition, Northlake Cloud | Toronto, ON"""
    write_eml(f, "01-farah-hiring-manager-round.eml", frm=addr(*farah), to=addr(OWNER_NAME, OWNER),
              subject="Northlake Cloud: next step with Theo", date=d1, msgid=mid(k, 1, "northlake.example"),
              part=alt(t1, (k, 1), tcte="7bit"))
    google_invite(f, "02-invitation-theo-lindqvist.eml", k, organizer=theo,
                  guests=[(theo[0], theo[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                  summary="Marcus Bell <> Theo Lindqvist (Northlake Cloud - Sr. CSM, Enterprise)",
                  start=s, end=e, tzid="America/Toronto", tzlabel="Eastern Time - Toronto",
                  description="Hiring manager conversation for the Senior Customer Success Manager, "
                              "Enterprise role. Looking forward to it!\n\nTheo",
                  date=d2, uid=f"{H(k, 'uid', n=26)}@google.com", use_utc=True)
    return label([iv("Northlake Cloud", "Senior Customer Success Manager, Enterprise", s, e, "scheduled",
                     [theo[1]], [theo[1]], "hiring_manager")], "medium", "positive/dedupe-email-google-invite",
                 "Recruiter mail announces the slot, hiring manager sends a Google Calendar invite (UTC "
                 "DTSTART) for the same time: ONE interview. The recruiter only schedules.")


def c_cedarpoint(f, k):
    hana = ("Hana Sato", "hana.sato@cedarpoint.example")
    gabe = ("Gabe Moreau", "gabe.moreau@cedarpoint.example")
    uid = exch_uid(k, "roleplay")
    d1 = at("2026-10-22 13:40:12", LA, "Thu", "-0700")
    s1 = at("2026-10-28 09:00", VAN, "Wed", "-0700")
    d2 = at("2026-10-26 10:05:51", LA, "Mon", "-0700")
    s2 = at("2026-11-02 09:00", VAN, "Mon", "-0800")
    summary = "Cedarpoint Analytics | Customer Escalation Role-Play - Marcus Bell"
    intro1 = """Hi Marcus,

Here is the invitation for the live role-play portion of the Support Operations Lead process. Gabe Moreau (Senior Manager, Support Operations) will play the VP of Support at a customer whose data sync has failed three days running, two weeks before their renewal date. You'll spend about 30 minutes in the conversation with him, then Gabe will drop the character and debrief with you for the rest of the hour.

The account brief is in the PDF I sent on Monday. No slides needed.

Thanks,
Hana Sato
Talent Coordinator, Cedarpoint Analytics (Vancouver, BC)"""
    teams_invite(f, "01-teams-escalation-roleplay.eml", k, organizer=hana,
                 required=[(OWNER_NAME, OWNER), gabe], summary=summary, subject=summary,
                 start=s1, end=mins(s1, 60), win_tzid="Pacific Standard Time",
                 utc_label="(UTC-08:00) Pacific Time (US & Canada)", body_intro=intro1,
                 date=d1, uid=uid, seq=0)
    intro2 = f"""Hi Marcus,

Gabe has been pulled into an on-site customer visit on Wednesday, so I've moved the role-play to {dayname_md(s2)}, still 9:00-10:00 am Pacific. Nothing else changes: same Teams link, same account brief.

Thanks for being flexible!
Hana"""
    teams_invite(f, "02-teams-updated-roleplay.eml", k, organizer=hana,
                 required=[(OWNER_NAME, OWNER), gabe], summary=summary, subject="Updated: " + summary,
                 start=s2, end=mins(s2, 60), win_tzid="Pacific Standard Time",
                 utc_label="(UTC-08:00) Pacific Time (US & Canada)", body_intro=intro2,
                 date=d2, uid=uid, seq=1)
    return label([iv("Cedarpoint Analytics", "Support Operations Lead", s2, mins(s2, 60), "scheduled",
                     [gabe[1]], [gabe[1]], "other")], "hard", "positive/teams-reschedule-sequence",
                 "Live customer-escalation role-play (a live interview, not an assessment). Exchange/Teams "
                 "invite with Windows TZID 'Pacific Standard Time' and a '(UTC-08:00)' label, first for Wed "
                 "Oct 28 (actually PDT -07:00), then same UID with SEQUENCE 1 moved to Mon Nov 2 (PST -08:00). "
                 "Final time only. Coordinator Hana only schedules.")


def c_flatiron(f, k):
    maya = ("Maya Reyes", "maya.reyes@flatironhq.example")
    claire = ("Claire Dubois", "claire.dubois@flatironhq.example")
    sam = ("Sam Whitford", "sam.whitford@flatironhq.example")
    ana = ("Ana Lucero", "ana.lucero@flatironhq.example")
    ravi = ("Ravi Mendes", "ravi.mendes@flatironhq.example")
    owen = ("Owen Park", "owen.park@flatironhq.example")
    d1 = at("2026-10-30 15:12:40", DEN, "Fri", "-0600")
    s1 = at("2026-11-05 10:00", DEN, "Thu", "-0700")
    s2 = at("2026-11-05 11:15", DEN, "Thu", "-0700")
    s3 = at("2026-11-05 13:00", DEN, "Thu", "-0700")
    e1, e2, e3 = mins(s1, 60), mins(s2, 30), mins(s3, 45)

    def et(d):
        return t12(d.astimezone(NY))
    t1 = f"""Hi Marcus,

Thanks for making time for your final interviews for Manager, Customer Success (Remote - US). Your schedule is below, and each session has its own calendar invitation with a Google Meet link.

Heads-up on time zones: our clocks in Colorado (and yours in North Carolina) fall back this Sunday, November 1, so by Thursday we'll be on MST. The Eastern times below already account for that.

{longdate(s1)}

{t12(s1)} - {t12(e1)} MST ({et(s1)} - {et(e1)} EST)
30-60-90 Day Plan Presentation
Panel: Claire Dubois, VP Customer Success; Sam Whitford, Director, Customer Success
Plan on about 25 minutes of presenting and leave the rest for questions. Slides are welcome; please email them to me by Wednesday at noon.

{t12(s2)} - {t12(e2)} MST ({et(s2)} - {et(e2)} EST)
Peer Interview with Ana Lucero, Senior Customer Success Manager

{t12(e2)} - {t12(s3)} MST
Break. Lunch is on us; a DoorDash credit will arrive separately.

{t12(s3)} - {t12(e3)} MST ({et(s3)} - {et(e3)} EST)
Peer Interview with Ravi Mendes, Customer Success Operations Analyst

Need to change anything? Reply to this email and I'll take care of it.

Maya Reyes
Recruiting Coordinator, Flatiron Payroll
Boulder, CO

Scheduled with GoodTime"""
    write_eml(f, "01-goodtime-itinerary.eml", frm=addr("Flatiron Payroll Recruiting", "notifications@goodtime.io"),
              to=addr(OWNER_NAME, OWNER), reply_to=addr(*maya),
              subject=f"Your interview itinerary: Flatiron Payroll, {dayname_md(s1)}", date=d1,
              msgid=mid(k, 1, "goodtime.io"), part=alt(t1, (k, 1), tcte="base64"),
              received_from="o7.email.goodtime.io")
    sessions = [
        ("02-invitation-30-60-90-presentation.eml", "Flatiron Payroll: 30-60-90 Day Plan Presentation (Marcus Bell)",
         s1, e1, [claire, sam], "Marcus presents his 30-60-90 day plan for the Manager, Customer Success role "
         "(~25 min) followed by Q&A with the panel.", 22),
        ("03-invitation-peer-ana-lucero.eml", "Flatiron Payroll: Peer Interview w/ Ana Lucero (Marcus Bell)",
         s2, e2, [ana], "Peer conversation with a Senior CSM: day-to-day account management, tooling, "
         "and how the CS team works with Sales.", 29),
        ("04-invitation-peer-ravi-mendes.eml", "Flatiron Payroll: Peer Interview w/ Ravi Mendes (Marcus Bell)",
         s3, e3, [ravi], "Peer conversation with CS Operations: reporting, health scores and the "
         "renewal forecast process.", 35),
    ]
    for name, summ, s, e, panel, desc, sec in sessions:
        google_invite(f, name, k, organizer=maya,
                      guests=[(maya[0], maya[1], "ACCEPTED")] + [(p[0], p[1], "ACCEPTED") for p in panel]
                      + [(None, OWNER, "NEEDS-ACTION")],
                      summary=summ, start=s, end=e, tzid="America/Denver", tzlabel="Mountain Time - Denver",
                      description=desc + "\n\nScheduled via GoodTime.", date=mins(d1, 1) + timedelta(seconds=sec),
                      uid=f"{H(k, name, n=26)}@google.com")
    d5 = at("2026-11-02 08:47:19", DEN, "Mon", "-0700")
    t5 = f"""Hi Marcus,

Quick heads-up before Thursday: I forwarded the 30-60-90 presentation invite to Owen Park ({owen[1]}), our Director of Finance Operations. CS and Finance Ops own renewals together here, so he'll sit on the panel for your presentation and will probably ask how you'd forecast churn in your first 90 days.

Nothing changes on your end. Looking forward to it!

Claire Dubois
VP, Customer Success | Flatiron Payroll"""
    write_eml(f, "05-claire-forwarded-invite-to-owen.eml", frm=addr(*claire), to=addr(OWNER_NAME, OWNER),
              cc=f"{addr(*owen)}, {addr(*maya)}",
              subject="Thursday's 30-60-90 panel: adding Owen Park", date=d5,
              msgid=mid(k, 5, "flatironhq.example"), part=plain(t5, "quoted-printable"))
    who = [claire[1], sam[1], ana[1], ravi[1], owen[1]]
    return label([iv("Flatiron Payroll", "Manager, Customer Success (Remote - US)", s1, e3, "scheduled",
                     who, who, "onsite")], "hard", "positive/onsite-loop-several-invites",
                 "GoodTime itinerary + three Google invites (TZID America/Denver) for one virtual onsite on "
                 "Thu Nov 5 with a lunch break: ONE onsite 10:00-13:45 MST. Itinerary sent Oct 30 in MDT, "
                 "interview after the Nov 1 change. Owen Park joins only because the VP forwarded the "
                 "presentation invite (his address is only in her e-mail), so he is an interviewer too.")


def c_mare(f, k):
    ines = ("Inês Carvalho", "ines.carvalho@marelabs.example")
    tiago = ("Tiago Moura", "tiago@marelabs.example")
    d1 = at("2026-10-14 16:20:05", LIS, "Wed", "+0100")
    s1 = at("2026-10-20 15:00", LIS, "Tue", "+0100")
    e1 = mins(s1, 30)
    t1 = f"""Hi Marcus,

Thank you for your interest in the Customer Operations Lead (Remote, Americas) position at Maré Labs. Inês Carvalho has scheduled a video interview with you.

Date: Tuesday, 20 October 2026
Time: 15:00 - 15:30 (Lisbon, WEST) / {t12(s1.astimezone(NY))} - {t12(e1.astimezone(NY))} (New York, EDT)
Duration: 30 minutes
Location: Google Meet - https://meet.google.com/qtr-vbmw-xkp
Interviewer: Inês Carvalho, Talent Partner

The calendar file is attached. If you need a different time, simply reply to this message.

Best regards,
The Maré Labs Hiring Team

--
Sent with Workable"""
    ics = calendar("REQUEST", "-//Workable//Workable Calendar//EN", [vtimezone("Europe/Lisbon")], [
        event_lines(uid=f"{H(k, 'uid', n=20)}@workable.com", seq=0, start=s1, end=e1,
                    summary="Video interview: Marcus Bell - Customer Operations Lead (Maré Labs)",
                    description="Interviewer: Inês Carvalho\nGoogle Meet: https://meet.google.com/qtr-vbmw-xkp",
                    organizer=ines, stamp=d1, tzid="Europe/Lisbon",
                    location="https://meet.google.com/qtr-vbmw-xkp",
                    attendees=[attendee(*ines, partstat="ACCEPTED", google=False),
                               attendee(OWNER_NAME, OWNER, google=False)])])
    part = multi("mixed", [alt(t1, (k, 1)), ics_attachment(ics)], (k, "m1"))
    write_eml(f, "01-workable-interview-invitation.eml", frm=addr("Maré Labs", "noreply@candidates.workablemail.com"),
              to=addr(OWNER_NAME, OWNER), reply_to=addr(*ines),
              subject="Interview invitation: Customer Operations Lead (Remote, Americas) at Maré Labs",
              date=d1, msgid=mid(k, 1, "candidates.workablemail.com"), part=part,
              received_from="mail-out3.workablemail.com")
    d2 = at("2026-10-26 11:05:33", LIS, "Mon", "+0000")
    d3 = at("2026-10-26 09:12:40", NY, "Mon", "-0400")
    d4 = at("2026-10-26 13:41:02", LIS, "Mon", "+0000")
    s2 = at("2026-10-27 14:00", LIS, "Tue", "+0000")
    assert s2.astimezone(NY).hour == 10
    m2, m3, m4 = mid(k, 2, "marelabs.example"), mid(k, 3, "mail.example.com"), mid(k, 4, "marelabs.example")
    t2 = """Hi Marcus,

Inês tells me your conversation last Tuesday went really well, and I'd like to keep things moving. I'm the COO here and this role reports to me.

Could you do tomorrow at 2pm Lisbon time, for about 45 minutes? One thing to watch: Portugal turned its clocks back yesterday, but the US doesn't change until Sunday, 1 November, so this week 2pm here is 10am in Raleigh rather than the usual 9am.

I'd like to hear how you would set up support coverage for our first North American customers, and I'll fill you in on where we are with the Series A.

Um abraço,
Tiago Moura
COO & co-founder, Maré Labs
Lisbon, Portugal"""
    write_eml(f, "02-tiago-chat-tomorrow.eml", frm=addr(*tiago), to=addr(OWNER_NAME, OWNER), cc=addr(*ines),
              subject="Next step: a chat with Tiago (Maré Labs)", date=d2, msgid=m2,
              part=alt(t2, (k, 2)))
    t3 = f"""Hi Tiago,

Thanks for flagging the clock change, that would have caught me out. Tomorrow (Tuesday) at 10am Eastern / 2pm Lisbon works well for me. Happy to use whatever video tool you prefer.

Best,
Marcus

{quote(t2, 'Tiago Moura <' + tiago[1] + '>', d2.astimezone(NY))}"""
    write_eml(f, "03-marcus-confirms-10am-et.eml", frm=addr(OWNER_NAME, OWNER), to=addr(*tiago), cc=addr(*ines),
              subject="Re: Next step: a chat with Tiago (Maré Labs)", date=d3, msgid=m3,
              in_reply_to=m2, references=m2, part=plain(t3, "quoted-printable"))
    t4 = f"""Perfect, it's in my calendar. We'll use this Meet room: https://meet.google.com/hzd-pqwn-rto

Até amanhã!
Tiago

{quote(t3, 'Marcus Bell <' + OWNER + '>', d3.astimezone(LIS))}"""
    write_eml(f, "04-tiago-see-you-tomorrow.eml", frm=addr(*tiago), to=addr(OWNER_NAME, OWNER), cc=addr(*ines),
              subject="Re: Next step: a chat with Tiago (Maré Labs)", date=d4, msgid=m4,
              in_reply_to=m3, references=f"{m2} {m3}", part=plain(t4, "quoted-printable"))
    role = "Customer Operations Lead (Remote, Americas)"
    return label([iv("Maré Labs", role, s1, e1, "scheduled", [ines[1]], [ines[1]], "phone_screen"),
                  iv("Maré Labs", role, s2, mins(s2, 45), "scheduled", [tiago[1]], [tiago[1]], "hiring_manager")],
                 "hard", "positive/two-interviews-lisbon-dst-gap",
                 "Two interviews. (1) Workable video screen Tue Oct 20 15:00 WEST (+01:00), .ics TZID Europe/Lisbon. "
                 "(2) COO chat whose time exists only in the mail body: 'tomorrow at 2pm Lisbon time' in a "
                 "message dated Mon Oct 26 +0000 -> Tue Oct 27 14:00 WET = 10:00 EDT (4-hour gap week between "
                 "the EU Oct 25 and US Nov 1 changes). Candidate confirms, COO confirms.")


def c_quillstone(f, k):
    nate = ("Nate Albright", "nate.albright@quillstone.example")
    d1 = at("2026-10-09 14:02:11", LA, "Fri", "-0700")
    d2 = at("2026-10-09 19:40:26", NY, "Fri", "-0400")
    d3 = at("2026-10-12 08:15:03", LA, "Mon", "-0700")
    d4 = at("2026-10-12 12:31:47", NY, "Mon", "-0400")
    d5 = at("2026-10-12 09:50:30", LA, "Mon", "-0700")
    for ds, wd in [("2026-10-13", "Tue"), ("2026-10-14", "Wed"), ("2026-10-15", "Thu")]:
        check_day(ds, wd)
    s = at("2026-10-15 11:00", LA, "Thu", "-0700")
    e = mins(s, 30)
    subject = "Quillstone - Customer Success Manager, SMB"
    ms = [mid(k, i, "quillstone.example" if i % 2 else "mail.example.com") for i in range(1, 6)]
    t1 = """Hey Marcus,

Appreciate you applying for our Customer Success Manager, SMB role. I'd like to set up a 30-minute intro call. Do any of these work? All times Pacific:

- Tue 10/13, 9:30am
- Wed 10/14, 10:00am
- Thu 10/15, 11:00am

If none of those fit, send me a couple of windows and I'll make it work.

Nate Albright
Recruiter, Quillstone
San Francisco"""
    write_eml(f, "01-nate-proposes-times.eml", frm=addr(*nate), to=addr(OWNER_NAME, OWNER), subject=subject,
              date=d1, msgid=ms[0], part=alt(t1, (k, 1)))
    t2 = f"""Hi Nate,

Thanks! Wednesday 10/14 at 10am PT (1pm ET for me) works best.

Marcus

{quote(t1, 'Nate Albright <' + nate[1] + '>', d1.astimezone(NY))}"""
    write_eml(f, "02-marcus-picks-wednesday.eml", frm=addr(OWNER_NAME, OWNER), to=addr(*nate),
              subject="Re: " + subject, date=d2, msgid=ms[1], in_reply_to=ms[0], references=ms[0],
              part=plain(t2))
    t3 = f"""Morning Marcus,

Sorry to do this, but Wednesday morning just got swallowed by QBR prep. Could we do the Thursday 11am PT option instead?

Nate

{quote(t2, 'Marcus Bell <' + OWNER + '>', d2.astimezone(LA))}"""
    write_eml(f, "03-nate-asks-for-thursday.eml", frm=addr(*nate), to=addr(OWNER_NAME, OWNER),
              subject="Re: " + subject, date=d3, msgid=ms[2], in_reply_to=ms[1],
              references=f"{ms[0]} {ms[1]}", part=plain(t3, "quoted-printable"))
    t4 = f"""No problem at all. Thursday at 11 PT / 2 ET works.

Marcus

{quote(t3, 'Nate Albright <' + nate[1] + '>', d3.astimezone(NY))}"""
    write_eml(f, "04-marcus-ok-thursday.eml", frm=addr(OWNER_NAME, OWNER), to=addr(*nate),
              subject="Re: " + subject, date=d4, msgid=ms[3], in_reply_to=ms[2],
              references=f"{ms[0]} {ms[1]} {ms[2]}", part=plain(t4))
    t5 = f"""Great, you're on my calendar for Thursday. I'll ring you at (919) 555-0182.

Nate

{quote(t4, 'Marcus Bell <' + OWNER + '>', d4.astimezone(LA))}"""
    write_eml(f, "05-nate-locked-in.eml", frm=addr(*nate), to=addr(OWNER_NAME, OWNER),
              subject="Re: " + subject, date=d5, msgid=ms[4], in_reply_to=ms[3],
              references=" ".join(ms[:4]), part=plain(t5, "quoted-printable"))
    return label([iv("Quillstone", "Customer Success Manager, SMB", s, e, "scheduled", [nate[1]], [nate[1]],
                     "phone_screen")], "hard", "positive/thread-propose-then-confirm",
                 "Recruiter proposes three PT slots, Marcus picks Wednesday, recruiter asks to switch to the "
                 "Thursday 11am PT option, Marcus agrees and the recruiter confirms. Final: Thu Oct 15 11:00 PDT. "
                 "The Wednesday pick is superseded (not a second interview).")


def c_harborline(f, k):
    col = ("Colette Nguyen", "colette.nguyen@harborline.example")
    jor = ("Jordan Blake", "jordan.blake@harborline.example")
    uid = f"{H(k, 'uid', n=8)}-{H(k, 'u2', n=4)}-{H(k, 'u3', n=4)}-{H(k, 'u4', n=12)}@ashbyhq.com"
    d1 = at("2026-10-16 10:31:22", TOR, "Fri", "-0400")
    d2 = at("2026-10-21 16:05:10", TOR, "Wed", "-0400")
    d3 = at("2026-10-21 16:22:48", TOR, "Wed", "-0400")
    s = at("2026-10-22 13:00", TOR, "Thu", "-0400")
    e = mins(s, 45)
    t1 = f"""Hi Marcus,

Your interview for the Implementation Manager role at Harborline is confirmed.

Peer Interview
{longdate(s)}
{t12(s)} - {t12(e)} EDT (America/Toronto)
Interviewer: Jordan Blake, Implementation Lead
Location: Google Meet (link in the calendar invitation)

Jordan will walk through a recent onboarding project with you. Expect questions on kickoff agendas, data migration timelines, and what you do when a customer misses its go-live date.

Need to make a change? Reply to this email and Colette Nguyen will help.

Powered by Ashby"""

    def ev(seq, status, stamp):
        return event_lines(uid=uid, seq=seq, start=s, end=e,
                           summary="Peer Interview: Marcus Bell <> Jordan Blake (Harborline)",
                           description="Implementation Manager - Peer Interview\nGoogle Meet: https://meet.google.com/wpk-fzrd-hna",
                           organizer=col, stamp=stamp, tzid="America/Toronto", status=status,
                           location="https://meet.google.com/wpk-fzrd-hna",
                           attendees=[attendee(*jor, partstat="ACCEPTED", google=False),
                                      attendee(OWNER_NAME, OWNER, google=False)])
    ics1 = calendar("REQUEST", "-//Ashby//Ashby Scheduling//EN", [vtimezone("America/Toronto")], [ev(0, "CONFIRMED", d1)])
    write_eml(f, "01-ashby-interview-confirmed.eml", frm=addr("Harborline", "no-reply@ashbyhq.com"),
              to=addr(OWNER_NAME, OWNER), reply_to=addr(*col),
              subject="Interview Confirmed: Implementation Manager at Harborline", date=d1,
              msgid=mid(k, 1, "ashbyhq.com"),
              part=multi("mixed", [alt(t1, (k, 1), tcte="base64", hcte="base64"), ics_attachment(ics1)], (k, "m1")),
              received_from="mail-ashby-o1.ashbyhq.com")
    t2 = f"""Hi Marcus,

Your Peer Interview with Jordan Blake scheduled for {longdate(s)} at {t12(s)} EDT has been cancelled, and the calendar event has been removed.

Colette Nguyen will follow up with more information.

Powered by Ashby"""
    ics2 = calendar("CANCEL", "-//Ashby//Ashby Scheduling//EN", [vtimezone("America/Toronto")], [ev(1, "CANCELLED", d2)])
    write_eml(f, "02-ashby-interview-cancelled.eml", frm=addr("Harborline", "no-reply@ashbyhq.com"),
              to=addr(OWNER_NAME, OWNER), reply_to=addr(*col),
              subject="Interview Cancelled: Implementation Manager at Harborline", date=d2,
              msgid=mid(k, 2, "ashbyhq.com"),
              part=multi("mixed", [alt(t2, (k, 2), tcte="base64", hcte="base64"),
                                   ics_attachment(ics2, method="CANCEL", filename="cancel.ics")], (k, "m2")),
              received_from="mail-ashby-o1.ashbyhq.com")
    t3 = """Hi Marcus,

I wanted to explain the cancellation notice you just received. Our leadership team decided this afternoon to pause hiring for the Implementation Manager role while we finish Q4 planning, so we aren't holding any more interviews for it for now.

I'm sorry for the short notice. You were one of our strongest candidates, and if the role reopens in the new year you'll be the first person I call.

Warmly,
Colette Nguyen
Recruiter, Harborline | Toronto, ON"""
    write_eml(f, "03-colette-role-paused.eml", frm=addr(*col), to=addr(OWNER_NAME, OWNER),
              subject="Implementation Manager role at Harborline", date=d3, msgid=mid(k, 3, "harborline.example"),
              part=alt(t3, (k, 3)))
    return label([iv("Harborline", "Implementation Manager", s, e, "cancelled", [jor[1]], [jor[1]], "other")],
                 "medium", "positive/cancellation-ashby",
                 "Ashby confirmation + Ashby cancellation (METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 1, same UID) "
                 "+ recruiter explaining the role is paused. One cancelled interview at its last time.")


def c_liveoak(f, k):
    bianca = ("Bianca Flores", "bianca.flores@liveoakmetrics.example")
    ramona = ("Ramona Vance", "ramona.vance@liveoakmetrics.example")
    greg = ("Greg Holt", "greg.holt@liveoakmetrics.example")
    d1 = at("2026-11-05 16:10:27", CHI, "Thu", "-0600")
    d2 = at("2026-11-06 09:22:05", CHI, "Fri", "-0600")
    s = at("2026-11-10 11:00", CHI, "Tue", "-0600")
    e = mins(s, 30)
    t1 = """Hi Marcus,

Thanks again for your conversations with the team last week. Everyone came away impressed, and we'd like you to have a final conversation with Ramona Vance, our COO. She owns Customer Operations end to end and meets every director-level hire before an offer goes out.

It's a relaxed 30 minutes, mostly about how you think about scaling a team through the next two years. Her executive assistant, Greg Holt, will send a Teams invite for Tuesday morning.

Best,
Bianca Flores
Senior Recruiter, Live Oak Metrics
Austin, TX"""
    write_eml(f, "01-bianca-final-step.eml", frm=addr(*bianca), to=addr(OWNER_NAME, OWNER),
              subject="Final step: time with Ramona", date=d1, msgid=mid(k, 1, "liveoakmetrics.example"),
              part=alt(t1, (k, 1)))
    summary = "Executive Conversation: Marcus Bell / Ramona Vance (Live Oak Metrics)"
    teams_invite(f, "02-teams-executive-conversation.eml", k, organizer=greg,
                 required=[ramona, (OWNER_NAME, OWNER)], summary=summary, subject=summary,
                 start=s, end=e, win_tzid="Central Standard Time",
                 utc_label="(UTC-06:00) Central Time (US & Canada)",
                 body_intro="""Hi Marcus,

Ramona is looking forward to meeting you. Please join with the Teams link below; if you have trouble connecting, call me at (512) 555-0134.

Greg Holt
Executive Assistant to the COO | Live Oak Metrics""",
                 date=d2, uid=exch_uid(k, "exec"), seq=0, cc=addr(*bianca))
    return label([iv("Live Oak Metrics", None, s, e, "scheduled", [ramona[1]], [ramona[1]], "other")],
                 "medium", "positive/teams-executive-chat",
                 "Executive chat with the COO (final-round process step). Exchange/Teams invite from the EA, "
                 "TZID 'Central Standard Time', Tue Nov 10 11:00 CST (-06:00). The EA and recruiter only "
                 "schedule. The role is never named in the case (the invite only says director-level), so role is null.")


def c_kestrel(f, k):
    jamie = ("Jamie Okoro", "jamie.okoro@kestrelpeople.example")
    lucia = ("Lucia Ferrante", "lucia.ferrante@kestrelpeople.example")
    d1 = at("2026-11-09 10:14:52", DEN, "Mon", "-0700")
    s = at("2026-11-12 13:30", DEN, "Thu", "-0700")
    e = mins(s, 45)
    t1 = f"""Hi Marcus,

Thanks for a great first conversation last week. Next up is a peer interview with Lucia Ferrante, one of the analysts on our CS Operations team. I've put it on the calendar for {dayname_md(s)} at 1:30pm Mountain (3:30pm Eastern) for 45 minutes, and the invite should already be on your Google Calendar.

Lucia will probably ask how you've built health scores and renewal forecasts, and which parts of that you'd automate first.

Let me know if the time doesn't work.

Jamie Okoro
Recruiting Lead, Kestrel People
Boulder, CO"""
    pixel = f'<img src="https://t.gem.com/o/{H(k, "pixel", n=32)}" width="1" height="1" alt="">'
    html = html_of(t1).replace("</div></body>", pixel + "</div></body>")
    write_eml(f, "01-jamie-peer-interview-gem.eml", frm=addr(*jamie), to=addr(OWNER_NAME, OWNER),
              subject="Kestrel People: peer interview with Lucia", date=d1,
              msgid=mid(k, 1, "mail.gmail.com"), part=alt(t1, (k, 1), html=html),
              extra=[("X-Gem-Sequence-Step", H(k, "gem", n=16)), ("X-Mailer", "Gem (gem.com)")])
    eid = H(k, "event", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(H(k, 'etag', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-09T17:05:11.000Z",
        "updated": "2026-11-09T17:06:40.218Z",
        "summary": "Peer Interview: Marcus Bell / Lucia Ferrante (CS Ops Analyst)",
        "description": "Kestrel People - Customer Success Operations Analyst process.\nPeer interview with Lucia "
                       "Ferrante (CS Operations). 45 minutes.\n\nScheduled by Jamie Okoro via Gem.",
        "creator": {"email": jamie[1], "displayName": jamie[0]},
        "organizer": {"email": jamie[1], "displayName": jamie[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/Denver"},
        "end": {"dateTime": iso(e), "timeZone": "America/Denver"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": jamie[1], "displayName": jamie[0], "organizer": True, "responseStatus": "accepted"},
            {"email": lucia[1], "displayName": lucia[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/bvq-ktrz-mow",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/bvq-ktrz-mow",
                             "label": "meet.google.com/bvq-ktrz-mow"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "bvq-ktrz-mow",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    (f / "02-peer-interview-lucia.gcal.json").write_text(json.dumps(ev, indent=2, ensure_ascii=False) + "\n",
                                                          encoding="utf-8")
    return label([iv("Kestrel People", "Customer Success Operations Analyst", s, e, "scheduled",
                     [lucia[1]], [lucia[1]], "other")], "medium", "positive/gem-email-plus-calendar-api",
                 "Recruiter e-mail sent through Gem (tracking pixel) + Calendar API event (self: true, "
                 "America/Denver, MST after Nov 1) for the same peer interview: ONE interview.")


def c_mesaridge(f, k):
    tessa = ("Tessa Greer", "tessa.greer@mesaridge.example")
    wade = ("Wade Collins", "wade.collins@mesaridge.example")
    d1 = at("2026-10-30 11:48:09", CHI, "Fri", "-0500")
    s = at("2026-11-04 14:00", CHI, "Wed", "-0600")
    e = mins(s, 60)
    t1 = f"""Hi Marcus,

Thanks for your interest in the Customer Onboarding Lead position with Mesa Ridge Software. We're happy to confirm your interview:

Date: {longdate(s)}
Time: {t12(s)} - {t12(e)} Central Time
Interviewer: Wade Collins, Director of Customer Onboarding ({wade[1]})
Format: Zoom video call - https://mesaridge.zoom.us/j/93317720451

Central Time will be back on standard time (CST) by then, so this is {t12(s.astimezone(NY))} Eastern for you.

An invitation is attached so you can add it to your calendar. Questions before then? Reply to this email to reach Tessa Greer, our Talent Acquisition Partner.

Thank you,
Mesa Ridge Software Talent Acquisition"""
    ics = calendar("REQUEST", "-//BambooHR//BambooHR Calendar//EN", [], [
        event_lines(uid=f"bamboohr-interview-{int(H(k, 'uid', n=8), 16)}@mesaridge.bamboohr.com", seq=0,
                    start=s, end=e, use_utc=True,
                    summary="Interview: Marcus Bell - Customer Onboarding Lead",
                    description="Interviewer: Wade Collins\nZoom: https://mesaridge.zoom.us/j/93317720451",
                    organizer=tessa, stamp=d1, location="https://mesaridge.zoom.us/j/93317720451",
                    attendees=[attendee(*wade, partstat="ACCEPTED", google=False),
                               attendee(OWNER_NAME, OWNER, google=False)])])
    write_eml(f, "01-bamboohr-interview-scheduled.eml",
              frm=addr("Mesa Ridge Software", "notifications@app.bamboohr.com"), to=addr(OWNER_NAME, OWNER),
              reply_to=addr(*tessa), subject="Interview Scheduled: Customer Onboarding Lead", date=d1,
              msgid=mid(k, 1, "app.bamboohr.com"),
              part=multi("mixed", [alt(t1, (k, 1), tcte="base64", hcte="base64"),
                                   ics_attachment(ics, filename="interview.ics")], (k, "m1")),
              received_from="mta-07.app.bamboohr.com")
    return label([iv("Mesa Ridge Software", "Customer Onboarding Lead", s, e, "scheduled", [wade[1]], [wade[1]],
                     "hiring_manager")], "medium", "positive/ats-bamboohr-utc-ics",
                 "BambooHR mail sent Fri Oct 30 (CDT, -05:00) for Wed Nov 4 2:00 PM Central, which is CST "
                 "(-06:00); the .ics uses UTC (20:00Z). Applying the sender's -05:00 would be an hour off.")


def c_larkspur(f, k):
    ellie = ("Ellie Vasquez", "ellie.vasquez@larkspur.example")
    hollis = ("Hollis Grant", "hollis.grant@larkspur.example")
    d1 = at("2026-10-21 15:30:18", LA, "Wed", "-0700")
    d2 = at("2026-10-29 07:55:42", LA, "Thu", "-0700")
    d3 = at("2026-10-29 11:20:05", NY, "Thu", "-0400")
    d4 = at("2026-10-29 09:02:37", LA, "Thu", "-0700")
    s1 = at("2026-10-30 11:00", LA, "Fri", "-0700")
    s2 = at("2026-11-03 11:00", LA, "Tue", "-0800")
    subject = "Larkspur interview: Hollis Grant, Friday 10/30"
    ms = [mid(k, i, "larkspur.example" if i != 3 else "mail.example.com") for i in range(1, 5)]
    t1 = f"""Hi Marcus,

You're confirmed to meet Hollis Grant, our VP of Support, for the Senior Support Operations Manager role on {dayname_md(s1)}, 11:00-11:45am PT. Hollis is cc'd. Zoom details are below.

Ellie Vasquez is inviting you to a scheduled Zoom meeting.

Topic: Larkspur | Hollis Grant x Marcus Bell
Time: Oct 30, 2026 11:00 AM Pacific Time (US and Canada)

Join Zoom Meeting
https://larkspur.zoom.us/j/84120937765?pwd=Wk5hQ3lQb0R6dUJ1

Meeting ID: 841 2093 7765
Passcode: 552901

Best,
Ellie Vasquez
Recruiting Coordinator, Larkspur
San Francisco, CA"""
    write_eml(f, "01-ellie-zoom-confirmation.eml", frm=addr(*ellie), to=addr(OWNER_NAME, OWNER),
              cc=addr(*hollis), subject=subject, date=d1, msgid=ms[0], part=alt(t1, (k, 1)))
    t2 = f"""Hi Marcus,

I'm so sorry for the late notice, but I've come down with something and want to be at my best for our conversation. Could we push to Tuesday, same time?

Hollis

{quote(t1, 'Ellie Vasquez <' + ellie[1] + '>', d1)}"""
    write_eml(f, "02-hollis-push-to-tuesday.eml", frm=addr(*hollis), to=addr(OWNER_NAME, OWNER),
              cc=addr(*ellie), subject="Re: " + subject, date=d2, msgid=ms[1], in_reply_to=ms[0],
              references=ms[0], part=plain(t2, "quoted-printable"))
    t3 = f"""Hi Hollis,

Of course, and feel better! Tuesday the 3rd at 11 PT works for me.

Marcus

{quote(t2, 'Hollis Grant <' + hollis[1] + '>', d2.astimezone(NY))}"""
    write_eml(f, "03-marcus-tuesday-works.eml", frm=addr(OWNER_NAME, OWNER), to=addr(*hollis),
              cc=addr(*ellie), subject="Re: " + subject, date=d3, msgid=ms[2], in_reply_to=ms[1],
              references=f"{ms[0]} {ms[1]}", part=plain(t3))
    t4 = f"""Thanks both. I've moved the Zoom to {dayname_md(s2)}, 11:00-11:45am PT ({g12(s2.astimezone(NY))} ET, since we'll all have fallen back by then). Same link and passcode.

Ellie

{quote(t3, 'Marcus Bell <' + OWNER + '>', d3.astimezone(LA))}"""
    write_eml(f, "04-ellie-moved-zoom.eml", frm=addr(*ellie), to=addr(OWNER_NAME, OWNER),
              cc=addr(*hollis), subject="Re: " + subject, date=d4, msgid=ms[3], in_reply_to=ms[2],
              references=" ".join(ms[:3]), part=alt(t4, (k, 4)))
    return label([iv("Larkspur", "Senior Support Operations Manager", s2, mins(s2, 45), "scheduled",
                     [hollis[1]], [hollis[1]], "hiring_manager")], "hard", "positive/reschedule-by-email-zoom",
                 "Zoom interview Fri Oct 30 11:00 PDT moved by e-mail to 'Tuesday, same time' -> Tue Nov 3 "
                 "11:00 PST (-08:00), after the US change. Only the final time is labelled.")


def c_pinegrove(f, k):
    jess = ("Jess Tran", "jess.tran@pinegrove.example")
    arjun = ("Arjun Mehta", "arjun.mehta@pinegrove.example")
    d1 = at("2026-11-03 10:05:12", TOR, "Tue", "-0500")
    d2 = at("2026-11-05 21:40:12", UTC, "Thu", "+0000")
    d3 = at("2026-11-09 21:00:14", UTC, "Mon", "+0000")
    s = at("2026-11-09 16:00", NY, "Mon", "-0500")
    e = mins(s, 45)
    m_a = at("2026-11-05 14:58", NY, "Thu", "-0500")
    m_b = at("2026-11-05 16:39", NY, "Thu", "-0500")
    assert m_b < d2
    chan = "ext-pinegrove-marcus-bell"
    t1 = f"""Hi Marcus,

We're a Slack-first team, so I've just invited you to a Slack Connect channel, #{chan}. That's where we'll coordinate and run the rest of your interviews (as Slack huddles, no Zoom).

Your next step for the Customer Experience Operations Lead role is a peer interview with Arjun Mehta ({arjun[1]}), who leads Support Operations. I'll post the time in the channel once I've lined it up with him.

Cheers,
Jess Tran
People & Talent, Pinegrove
Toronto, ON"""
    write_eml(f, "01-jess-slack-connect-welcome.eml", frm=addr(*jess), to=addr(OWNER_NAME, OWNER),
              subject="Pinegrove: next steps (we'll use Slack)", date=d1, msgid=mid(k, 1, "pinegrove.example"),
              part=alt(t1, (k, 1)))
    t2 = f"""You have new messages in Pinegrove

#{chan}

Jess Tran  {t12(m_a)}
@Marcus Bell Arjun can do your peer interview Monday at 4pm ET (45 min). Does that work for you?

Jess Tran  {t12(m_b)}
Locked in :raised_hands: Monday 4:00-4:45pm ET with Arjun. He'll start a huddle right here in the channel, so no Zoom link needed.

Open Slack: https://pinegrove.slack.com/archives/C07{H(k, 'chan', n=8).upper()}

You're receiving this email because you have unread messages in Slack. Change your notification preferences: https://slack.com/account/notifications
Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105"""
    write_eml(f, "02-slack-new-messages.eml", frm=addr("Slack", "notification@slack.com"),
              to=addr(OWNER_NAME, OWNER), subject="[Slack] New messages from Jess Tran in Pinegrove",
              date=d2, msgid=mid(k, 2, "slack.com"), part=alt(t2, (k, 2), tcte="base64"),
              received_from="o1.ptr9918.slack.com")
    t3 = f"""Arjun Mehta invited you to a huddle

Arjun Mehta is in a huddle in #{chan} and invited you to join.

Join huddle: https://pinegrove.slack.com/huddle/C07{H(k, 'chan', n=8).upper()}

If you're already in Slack you can ignore this email.
Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105"""
    write_eml(f, "03-slack-huddle-invitation.eml", frm=addr("Slack", "notification@slack.com"),
              to=addr(OWNER_NAME, OWNER), subject=f"Arjun Mehta invited you to a huddle in #{chan}",
              date=d3, msgid=mid(k, 3, "slack.com"), part=alt(t3, (k, 3)),
              received_from="o1.ptr9918.slack.com")
    return label([iv("Pinegrove", "Customer Experience Operations Lead", s, e, "scheduled", [arjun[1]], [arjun[1]],
                     "other")], "hard", "positive/slack-huddle",
                 "Interview scheduled and held in a Slack Connect huddle. Time only in a Slack notification "
                 "e-mail (Date in +0000): 'Monday 4:00-4:45pm ET' sent Thu Nov 5 -> Mon Nov 9 16:00 EST. "
                 "The huddle invitation at 21:00 UTC is the same interview, not a second one.")


# =========================================================================== NEGATIVE CASES
def n_g2(f, k):
    d = at("2026-10-07 11:01:33", CHI, "Wed", "-0500")
    t = """Hi Marcus,

You've been using Lumen Helpdesk for a while now. Would you share what it's really like with other customer support leaders?

A review takes about 5 minutes, and as a thank-you for every validated review we'll send you a $25 gift card of your choice.

Write a review: https://www.g2.com/products/lumen-helpdesk/take_survey?utm_source=review_request&utm_medium=email

Rather tell your story on camera? Pick a time for a 15-minute recorded video review with our team: https://www.g2.com/video-reviews/schedule

Thanks for helping other buyers,
The G2 Community Team

G2.com, Inc., 100 S. Wacker Dr., Suite 600, Chicago, IL 60606
Unsubscribe: https://www.g2.com/email_preferences"""
    write_eml(f, "01-g2-review-request.eml", frm=addr("G2", "noreply@g2.com"), to=OWNER,
              subject="Marcus, how is Lumen Helpdesk working for your team?", date=d,
              msgid=mid(k, 1, "g2.com"), part=alt(t, (k, 1)), received_from="mail148-12.sendgrid.net",
              extra=[("List-Unsubscribe", "<https://www.g2.com/email_preferences>")])
    return label([], "easy", "negative/review-request",
                 "G2 software review request (gift card, optional recorded video review). Not a job interview.")


def n_sparkhire(f, k):
    morgan = ("Morgan Ellis", "morgan.ellis@driftwoodanalytics.example")
    d = at("2026-10-13 09:00:41", CHI, "Tue", "-0500")
    due = at("2026-10-16 23:59", CHI, "Fri", "-0500")
    t = f"""Hi Marcus,

Driftwood Analytics has invited you to complete a one-way video interview for the Customer Success Manager (Remote) position.

What to expect
- 4 questions, recorded on your own time
- Up to 3 minutes per answer, with 30 seconds to think before recording starts
- One retake per question

Please complete your interview by {longdate(due)} at {t12(due)} CDT.

Start your interview: https://app.sparkhire.com/interview/{H(k, 'sh', n=24)}

Tip: find a quiet spot, use a laptop with a webcam, and test your microphone before you begin.

Good luck!
Morgan Ellis, Talent Acquisition, Driftwood Analytics

Powered by Spark Hire"""
    write_eml(f, "01-sparkhire-one-way-video.eml",
              frm=addr("Driftwood Analytics via Spark Hire", "no-reply@sparkhire.com"), to=addr(OWNER_NAME, OWNER),
              reply_to=addr(*morgan), subject="Driftwood Analytics has invited you to a one-way video interview",
              date=d, msgid=mid(k, 1, "sparkhire.com"), part=alt(t, (k, 1), tcte="base64"),
              received_from="o3.sparkhire.com")
    return label([], "medium", "negative/one-way-video",
                 "Spark Hire one-way recorded video interview with a completion deadline (Fri Oct 16 "
                 "11:59 PM CDT). Not a live interview.")


def n_webinar(f, k):
    d = at("2026-10-12 11:27:09", LA, "Mon", "-0700")
    s = at("2026-10-22 13:00", NY, "Thu", "-0400")
    e = mins(s, 60)
    t = f"""Hi Marcus Bell,

Thank you for registering for "Churnwise Live Demo: Catch Churn Before Renewal Season".

Please submit any questions to: events@churnwise.example

Date Time: Oct 22, 2026 01:00 PM Eastern Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://churnwise.zoom.us/w/98122440731?tk={H(k, 'tk', n=40)}

Passcode: 731664

Add to Calendar (.ics) | Add to Google Calendar | Add to Yahoo Calendar

Description: See how CS teams at fast-growing SaaS companies use Churnwise health scores to spot at-risk accounts 90 days before renewal. 30-minute product demo, then live Q&A with our Head of Product and a short interview panel with two CS leaders on what they automated first.

You can cancel your registration at any time."""
    ics = calendar("PUBLISH", "-//zoom.us//iCalendar Event//EN", [vtimezone("America/New_York")], [
        event_lines(uid=f"ZOOM98122440731{H(k, 'z', n=6)}@zoom.us", seq=0, start=s, end=e,
                    summary="Churnwise Live Demo: Catch Churn Before Renewal Season",
                    description="Webinar registration. Join: https://churnwise.zoom.us/w/98122440731",
                    organizer=("Churnwise Events", "events@churnwise.example"), stamp=d, tzid="America/New_York",
                    location="https://churnwise.zoom.us/w/98122440731",
                    attendees=[attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False, google=False)])])
    write_eml(f, "01-zoom-webinar-registration.eml", frm=addr("Churnwise", "no-reply@zoom.us"),
              to=addr(OWNER_NAME, OWNER), reply_to=addr("Churnwise Events", "events@churnwise.example"),
              subject="Churnwise Live Demo: Catch Churn Before Renewal Season Confirmation", date=d,
              msgid=mid(k, 1, "zoom.us"),
              part=multi("mixed", [alt(t, (k, 1)), ics_attachment(ics, method="PUBLISH", filename="webinar.ics")],
                         (k, "m1")),
              received_from="mta-sj-zoom-03.zoom.us")
    return label([], "medium", "negative/product-demo-webinar",
                 "Zoom webinar registration for a vendor product demo with an .ics (mentions an 'interview panel' "
                 "of CS leaders). Marcus is an audience member, not a candidate.")


def n_availability(f, k):
    rosa = ("Rosa Delgado", "rosa.delgado@cobaltdesk.example")
    d = at("2026-10-19 12:10:44", VAN, "Mon", "-0700")
    check_day("2026-10-26", "Mon")
    t = f"""Hi Marcus,

Thanks for your interest in the Customer Support Operations Manager role at Cobalt Desk! We'd like to schedule a 45-minute Hiring Manager Interview with Priyanka Shah, our Director of Support.

Please let us know when you're available during the week of October 26 by clicking the link below. Times are shown in your local time zone; our team is in Vancouver and usually interviews between 9:00 AM and 3:00 PM Pacific.

Submit your availability: https://app.greenhouse.io/availability/{H(k, 'av', n=32)}

Once we receive your availability, we'll send a calendar invitation with the confirmed time.

Thanks,
Rosa Delgado
Recruiting Coordinator, Cobalt Desk"""
    write_eml(f, "01-greenhouse-availability-request.eml",
              frm=addr("Rosa Delgado", "no-reply@us.greenhouse-mail.io"), to=addr(OWNER_NAME, OWNER),
              reply_to=addr(*rosa), subject="Cobalt Desk - Please submit your availability", date=d,
              msgid=mid(k, 1, "us.greenhouse-mail.io"), part=alt(t, (k, 1)),
              received_from="o12.us.greenhouse-mail.io")
    return label([], "medium", "negative/availability-request",
                 "Greenhouse availability request for a future hiring manager interview; nothing is booked.")


def n_rejection(f, k):
    jol = ("Jolene Park", "jolene.park@brightwell.example")
    d = at("2026-10-13 16:42:10", LA, "Tue", "-0700")
    t = """Hi Marcus,

Thanks for speaking with me on October 6 about the Customer Success Manager, Mid-Market role. I enjoyed hearing how you run your renewal cadence.

After talking it over with the hiring team, we've decided to move forward with candidates whose background lines up more closely with our mid-market book, which is heavily weighted toward payments customers. It was a close call.

I'd love to stay in touch for future openings, especially on our Enterprise team next year.

All the best,
Jolene Park
Senior Technical Recruiter | Brightwell Support"""
    write_eml(f, "01-lever-application-update.eml", frm=addr("Jolene Park", "no-reply@hire.lever.co"),
              to=addr(OWNER_NAME, OWNER), reply_to=addr(*jol),
              subject="Update on your application to Brightwell Support", date=d,
              msgid=mid(k, 1, "hire.lever.co"), part=alt(t, (k, 1)), received_from="mail-a41.hire.lever.co")
    return label([], "easy", "negative/rejection",
                 "Lever rejection that mentions a past phone screen (Oct 6) without a time. No interview.")


def n_onboarding_host(f, k):
    s = at("2026-10-21 14:00", NY, "Wed", "-0400")
    e = mins(s, 60)
    stamp = at("2026-10-15 16:20:00", NY, "Thu", "-0400")
    desc = """Hosted by Marcus Bell, Senior Customer Success Manager, Haywood Software.

Agenda
1. Intros and goals for the first 30 days (10 min)
2. Discovery interviews with Dunmore's Tier 1 and Tier 2 leads: current macros, escalation paths, SLAs (30 min)
3. Sandbox walkthrough and next steps (20 min)

Zoom: https://haywood.zoom.us/j/86650213398"""
    ics = calendar("REQUEST", GOOGLE_PRODID, [vtimezone("America/New_York")], [
        event_lines(uid=f"{H(k, 'uid', n=26)}@google.com", seq=0, start=s, end=e,
                    summary="Dunmore Freight x Haywood: onboarding kickoff + support team interviews",
                    description=desc, organizer=(OWNER_NAME, OWNER), stamp=stamp, tzid="America/New_York",
                    location="https://haywood.zoom.us/j/86650213398",
                    attendees=[attendee(OWNER_NAME, OWNER, role="CHAIR", partstat="ACCEPTED", rsvp=False),
                               attendee("Sofia Brandt", "sofia.brandt@haywood.example", partstat="ACCEPTED"),
                               attendee("Kendra Lowe", "kendra.lowe@dunmorefreight.example"),
                               attendee("Victor Alvarez", "victor.alvarez@dunmorefreight.example")])])
    (f / "01-dunmore-onboarding-kickoff.ics").write_bytes(ics.encode("utf-8"))
    return label([], "hard", "negative/owner-hosts-customer-call",
                 "Standalone .ics for a customer onboarding call that Marcus organizes at his current job "
                 "(ORGANIZER and CHAIR attendee = owner); 'discovery interviews' of the customer's support leads.")


def n_linkedin_learning(f, k):
    d = at("2026-10-17 13:02:19", UTC, "Sat", "+0000")
    t = """Continue your course

Interviewing for Customer Success Roles
with Renee Calloway - 1h 12m - 62% complete

Up next: Handling the escalation role-play (6m 41s)
Then: Presenting a 30-60-90 day plan (9m 05s)

Resume course: https://www.linkedin.com/learning/interviewing-for-customer-success-roles/handling-the-escalation-role-play

Learners like you also watched
- Customer Success Metrics That Matter (48m)
- Running Executive Business Reviews (1h 3m)

Set a weekly learning goal to stay on track: https://www.linkedin.com/learning/me/goals

This email was intended for Marcus Bell (Senior Customer Success Manager at Haywood Software).
Unsubscribe - Help
(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."""
    write_eml(f, "01-linkedin-learning-continue.eml", frm=addr("LinkedIn Learning", "learning@linkedin.com"),
              to=addr(OWNER_NAME, OWNER),
              subject="Marcus, pick up where you left off: Interviewing for Customer Success Roles", date=d,
              msgid=mid(k, 1, "linkedin.com"), part=alt(t, (k, 1), tcte="base64"),
              received_from="mailb-ae.linkedin.com")
    return label([], "easy", "negative/online-course",
                 "LinkedIn Learning reminder for an interview-prep course (role-play and 30-60-90 lessons).")


def n_scam(f, k):
    d = at("2026-10-28 06:14:55", CHI, "Wed", "-0500")
    t = """Dear Marcus,

Your resume was shared with us through a job board and the hiring team has shortlisted you for the Remote Customer Success Associate position (Full-time, $42/hr, weekly pay).

Your interview has been scheduled for tomorrow at 10:00 AM EST. It will be a text-based interview on Microsoft Teams chat with our Hiring Manager, Mr. Daniel Roberts. To proceed:

1. Download the Microsoft Teams app
2. Add the hiring manager using this ID: daniel.roberts.hr@outlook-mail.example
3. Send him the message "Interview Code VC-2291" at the scheduled time

Selected candidates will receive a company check to purchase a laptop and home-office equipment from our approved vendor before onboarding.

Kindly confirm your availability by replying YES.

Regards,
Linda Hart
HR Coordinator, Verdana Cloud Inc."""
    write_eml(f, "01-verdana-interview-invitation.eml",
              frm=addr("Verdana Cloud Talent Team", "careers@verdanacloud-hr.example"), to=OWNER,
              reply_to="hr.verdanacloud@mailbox.example",
              subject="Interview Invitation - Remote Customer Success Associate ($42/hr)", date=d,
              msgid=mid(k, 1, "verdanacloud-hr.example"), part=plain(t), received_from="smtp.verdanacloud-hr.example")
    return label([], "medium", "negative/scam",
                 "Recruiting scam: text-chat 'interview' on Teams with a personal ID, equipment check, "
                 "mismatched reply address.")


def n_owner_interviewer(f, k):
    d0 = at("2026-10-26 16:58:03", NY, "Mon", "-0400")
    d = at("2026-10-26 17:32:10", NY, "Mon", "-0400")
    s = at("2026-10-29 11:00", NY, "Thu", "-0400")
    e = mins(s, 45)
    work = "marcus.bell@haywood.example"
    inner = f"""Hi Marcus,

You've been scheduled to interview Alex Kim for the Support Specialist role.

Interview: Customer Empathy (45 min)
When: {longdate(s)}, {t12(s)} - {t12(e)} EDT
Candidate: Alex Kim
Interview kit: https://app.greenhouse.io/guides/{H(k, 'kit', n=8)}/people/{int(H(k, 'p', n=6), 16)}?application_id={int(H(k, 'a', n=7), 16)}

Please submit your scorecard within 24 hours of the interview.

Haywood Recruiting
Sent via Greenhouse"""
    subj0 = (f"Invitation: Interview - Alex Kim (Support Specialist) - Customer Empathy @ "
             f"{s:%a} {s:%b} {s.day}, {s.year} {g12(s)} - {g12(e)} ({s.tzname()})")
    t = f"""Forwarding to my personal calendar so I don't miss it - I'm on the panel for this one.

---------- Forwarded message ---------
From: Haywood Recruiting <recruiting@haywood.example>
Date: {d0:%a}, {d0:%b} {d0.day}, {d0.year} at {t12(d0)}
Subject: {subj0}
To: <{work}>

{inner}"""
    ics = calendar("REQUEST", "-//Greenhouse//Interview Scheduling//EN", [vtimezone("America/New_York")], [
        event_lines(uid=f"{H(k, 'uid', n=24)}@greenhouse.io", seq=0, start=s, end=e,
                    summary="Interview - Alex Kim (Support Specialist) - Customer Empathy",
                    description=inner, organizer=("Haywood Recruiting", "recruiting@haywood.example"),
                    stamp=d0, tzid="America/New_York", location="https://haywood.zoom.us/j/81177302264",
                    attendees=[attendee(OWNER_NAME, work, google=False),
                               attendee("Sofia Brandt", "sofia.brandt@haywood.example", google=False)])])
    write_eml(f, "01-fwd-interviewer-invite.eml", frm=addr(OWNER_NAME, work), to=addr(OWNER_NAME, OWNER),
              subject="Fwd: " + subj0, date=d, msgid=mid(k, 1, "haywood.example"),
              part=multi("mixed", [plain(t, "quoted-printable"), ics_attachment(ics)], (k, "m1")),
              received_from="mail-haywood-out1.haywood.example")
    return label([], "hard", "negative/owner-is-interviewer",
                 "Marcus forwards from his work address a Greenhouse invite in which he interviews a Support "
                 "Specialist candidate at his current employer. He is the interviewer, not the candidate.")


def n_takehome(f, k):
    keira = ("Keira Walsh", "keira.walsh@sundialcommerce.example")
    luis = ("Luis Ortega", "luis.ortega@sundialcommerce.example")
    d = at("2026-11-04 13:15:20", LA, "Wed", "-0800")
    due = at("2026-11-09 09:00", LA, "Mon", "-0800")
    t = f"""Hi Marcus,

Thank you for the time with Luis last week. The next step in our process is a short written exercise, which we've found tells us more than another round of calls.

The prompt is in this Google Doc: https://docs.google.com/document/d/1{H(k, 'doc', n=40)}/edit
In short: (1) draft the customer-facing summary of a two-hour billing outage, and (2) outline a renewal-risk plan for the three accounts it hit hardest.

It should take about 90 minutes; please don't spend more than two hours on it. Send it back by {dayname_md(due)} at 9am PT.

Once we've read it, Luis will be in touch to set up a 30-minute debrief with me where we'll talk through your choices.

Best,
Keira Walsh
Senior Director, Customer Success Operations | Sundial Commerce"""
    write_eml(f, "01-keira-written-exercise.eml", frm=addr(*keira), to=addr(OWNER_NAME, OWNER), cc=addr(*luis),
              subject="Sundial Commerce: written exercise for the CS Operations Manager role", date=d,
              msgid=mid(k, 1, "sundialcommerce.example"), part=alt(t, (k, 1)))
    return label([], "hard", "negative/take-home-exercise",
                 "Take-home written exercise with a deadline (Mon Nov 9 9am PT); the debrief call is not "
                 "scheduled yet. No interview.")


# =========================================================================== main
CASES = [
    ("brightwell-lever-phone-screen", c_brightwell),
    ("tallgrass-calendly-confirmed-thursday", c_tallgrass),
    ("g2-review-request", n_g2),
    ("northlake-hm-email-plus-google-invite", c_northlake),
    ("driftwood-sparkhire-one-way-video", n_sparkhire),
    ("quillstone-propose-switch-confirm", c_quillstone),
    ("cedarpoint-teams-roleplay-rescheduled", c_cedarpoint),
    ("churnwise-demo-webinar", n_webinar),
    ("mare-labs-lisbon-two-interviews", c_mare),
    ("cobaltdesk-availability-request", n_availability),
    ("harborline-ashby-cancelled", c_harborline),
    ("brightwell-rejection", n_rejection),
    ("owner-hosts-onboarding-call-ics", n_onboarding_host),
    ("larkspur-zoom-moved-by-email", c_larkspur),
    ("mesaridge-bamboohr-cst-utc-ics", c_mesaridge),
    ("linkedin-learning-interview-course", n_linkedin_learning),
    ("flatiron-goodtime-virtual-onsite", c_flatiron),
    ("scam-remote-cs-associate", n_scam),
    ("liveoak-teams-executive-chat", c_liveoak),
    ("owner-interviews-support-candidate", n_owner_interviewer),
    ("kestrel-gem-gcal-json-peer", c_kestrel),
    ("sundial-take-home-exercise", n_takehome),
    ("pinegrove-slack-huddle", c_pinegrove),
]

DST_POINTS = {
    "brightwell-lever-phone-screen": "Tue Oct 6 10:00 PDT (-07:00) in a TZID America/Los_Angeles .ics (1:00pm EDT for Marcus).",
    "tallgrass-calendly-confirmed-thursday": "Austin CDT (-05:00) recruiter vs. Marcus in EDT; '12:30 ET (11:30 your time)' on Thu Oct 8.",
    "cedarpoint-teams-roleplay-rescheduled": "Windows TZID 'Pacific Standard Time' with a '(UTC-08:00)' label: first slot Wed Oct 28 is really PDT (-07:00); rescheduled slot Mon Nov 2 is PST (-08:00), after the US Nov 1 change.",
    "mare-labs-lisbon-two-interviews": "Lisbon WEST (+01:00) on Oct 20 (15:00 = 10:00 EDT); after the EU Oct 25 change Lisbon is WET (+00:00) while New York is still EDT, so 'tomorrow at 2pm Lisbon' on Oct 27 = 10:00 EDT (4-hour gap instead of 5).",
    "harborline-ashby-cancelled": "Toronto EDT (-04:00) on Oct 22.",
    "larkspur-zoom-moved-by-email": "'Tuesday, same time' moves Fri Oct 30 11:00 PDT (-07:00) to Tue Nov 3 11:00 PST (-08:00); ET equivalent stays 2pm.",
    "mesaridge-bamboohr-cst-utc-ics": "Mail dated Oct 30 in CDT (-05:00) for Wed Nov 4 2:00 PM Central = CST (-06:00); .ics in UTC (20:00Z).",
    "flatiron-goodtime-virtual-onsite": "Itinerary sent Oct 30 in MDT (-06:00) for Thu Nov 5 in MST (-07:00); invites use TZID America/Denver.",
    "liveoak-teams-executive-chat": "Windows TZID 'Central Standard Time', Tue Nov 10 11:00 CST (-06:00).",
    "kestrel-gem-gcal-json-peer": "Calendar API dateTime 2026-11-12T13:30:00-07:00 (America/Denver, MST).",
    "pinegrove-slack-huddle": "Slack notification Date in +0000 (21:40 UTC Thu Nov 5); 'Monday 4pm ET' = Mon Nov 9 16:00 EST (-05:00); huddle invite at 21:00 UTC.",
    "churnwise-demo-webinar": "Negative: webinar Oct 22 1:00 PM EDT (.ics TZID America/New_York).",
    "owner-interviews-support-candidate": "Negative: forwarded invite Thu Oct 29 11:00 EDT.",
    "sundial-take-home-exercise": "Negative: deadline Mon Nov 9 9am PST, message dated -0800.",
}


def write_readme(labels):
    ids = list(labels)
    pos = [c for c in ids if labels[c]["interview"]]
    neg = [c for c in ids if not labels[c]["interview"]]
    ivs = [i for c in ids for i in labels[c]["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    num = {slug: f"{n:02d}" for n, (slug, _) in enumerate(CASES, 1)}
    lines = [
        "# blind289: remote customer success & operations roles at US/Canadian SaaS companies (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, Raleigh, North Carolina (America/New_York), a Senior CSM "
        "at Haywood Software interviewing remotely with companies in San Francisco, Austin, Toronto, Vancouver, "
        "Boulder and a Lisbon-headquartered startup.",
        "",
        "This set was written blind: only /work/shared/eval/README.md and two or three dev files were read for "
        "the format; no tool code, tests or other sets. Everything is generated by `make_cases.py` "
        "(deterministic; rerun to rebuild).",
        "",
        "## What it stresses",
        "- Autumn 2026 DST changes: the EU change (Oct 25) and the US change (Nov 1), including the one-week "
        "4-hour New York/Lisbon gap, and mails sent in daylight time for interviews in standard time.",
        "- Times that exist only in text: a Calendly slot confirmed only with 'Confirmed for Thursday!', "
        "'tomorrow at 2pm Lisbon time', a Slack notification, 'Tuesday, same time'.",
        "- Final state: a Teams reschedule (same UID, SEQUENCE 1), an e-mail reschedule, a thread where the "
        "picked slot is switched, an Ashby cancellation.",
        "- Dedupe: recruiter e-mail + Google invite, Gem e-mail + Calendar API event, a virtual onsite "
        "sent as a GoodTime itinerary + three invites (one onsite), Slack messages + huddle invitation.",
        "- Interviewers vs schedulers: coordinators/EAs/recruiters who only schedule; a panelist who joins "
        "only because the VP forwarded the invite.",
        "- Look-alike negatives: product demo webinar, onboarding call Marcus hosts at his job, G2 review "
        "request, LinkedIn Learning course, Spark Hire one-way video, take-home exercise, availability "
        "request, rejection, scam, Marcus interviewing a candidate at his current employer.",
        "",
        "## Counts",
        f"- Cases: {len(ids)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)}; by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats",
        "- Lever, Ashby, Workable and BambooHR e-mails with .ics attachments (TZID and UTC); Greenhouse "
        "availability request and forwarded Greenhouse interviewer invite; Spark Hire; GoodTime itinerary.",
        "- Google Calendar invitations (multipart/mixed: text/plain base64, text/html quoted-printable, "
        "text/calendar;method=REQUEST, invite.ics attachment), UTC and TZID variants.",
        "- Exchange/Teams invites (multipart/alternative, base64 text/calendar, Windows TZIDs, "
        "X-MICROSOFT-CDO-* properties, '(UTC-08:00)'/'(UTC-06:00)' labels).",
        "- Plain human threads with In-Reply-To/References (text/plain 7bit/QP, multipart/alternative), "
        "Zoom meeting and Zoom webinar text, Slack notification e-mails, one standalone .ics, one "
        "Calendar API `.gcal.json` event (`\"self\": true`).",
        "",
        "## Time-zone / DST points",
    ]
    for slug, _ in CASES:
        if slug in DST_POINTS:
            lines.append(f"- Case {num[slug]} ({slug}): {DST_POINTS[slug]}")
    lines += ["", "## Cases", ""]
    for slug, _ in CASES:
        cid = f"{PREFIX}-{num[slug]}-{slug}"
        lab = labels[cid]
        tag = "positive" if lab["interview"] else "negative"
        lines.append(f"- `{cid}`: {tag}, {lab['difficulty']}, {lab['category']}")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    for p in sorted(OUT.glob(f"{PREFIX}-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for n, (slug, fn) in enumerate(CASES, 1):
        cid = f"{PREFIX}-{n:02d}-{slug}"
        folder = OUT / cid
        folder.mkdir()
        labels[cid] = fn(folder, slug)
    header = "# Labels for blind289 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    (OUT / "labels.yaml").write_text(header + body, encoding="utf-8")
    write_readme(labels)
    npos = sum(1 for v in labels.values() if v["interview"])
    print(f"wrote {len(labels)} cases ({npos} positive) to {OUT}")


if __name__ == "__main__":
    main()
