#!/usr/bin/env python3
"""Generate the blind276 evaluation set (US legal hiring, written blind).

Deletes and rewrites every b276-* case folder, labels.yaml and README.md next to this
script.  Standard library + PyYAML + zoneinfo only.  Output is byte-identical on every run:
all dates are fixed and every Message-ID / UID / MIME boundary is derived from a SHA-256 of
a fixed seed.
"""
import base64
import hashlib
import html
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
SEED = "blind276|us-legal-hiring|2026"
OWNER = "priya.raman@example.com"
OWNER_NAME = "Priya Raman"
CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# --------------------------------------------------------------------------- helpers
def hx(*parts, n=32):
    s = "|".join([SEED] + [str(p) for p in parts])
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def uuidish(*parts):
    x = hx(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def off(dt):
    o = dt.strftime("%z")
    return o[:3] + ":" + o[3:]


def T(y, mo, d, hh, mi, tz, wd, offset, ss=0):
    """Aware datetime with asserted weekday and UTC offset."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    assert WD[dt.weekday()] == wd, (dt, wd, WD[dt.weekday()])
    assert off(dt) == offset, (dt, offset, off(dt))
    return dt


def chk_day(y, mo, d, wd):
    assert WD[datetime(y, mo, d).weekday()] == wd, (y, mo, d, wd)


# 2026 DST transitions (asserted so every offset below is trustworthy)
assert off(datetime(2026, 3, 8, 1, 30, tzinfo=CHI)) == "-06:00"
assert off(datetime(2026, 3, 8, 3, 30, tzinfo=CHI)) == "-05:00"
assert off(datetime(2026, 11, 1, 0, 30, tzinfo=CHI)) == "-05:00"
assert off(datetime(2026, 11, 1, 3, 0, tzinfo=CHI)) == "-06:00"
assert off(datetime(2026, 10, 31, 12, 0, tzinfo=NYC)) == "-04:00"
assert off(datetime(2026, 11, 2, 12, 0, tzinfo=NYC)) == "-05:00"
assert off(datetime(2026, 10, 31, 12, 0, tzinfo=LAX)) == "-07:00"
assert off(datetime(2026, 11, 2, 12, 0, tzinfo=LAX)) == "-08:00"
assert off(datetime(2026, 3, 28, 12, 0, tzinfo=LON)) == "+00:00"
assert off(datetime(2026, 3, 29, 12, 0, tzinfo=LON)) == "+01:00"
assert off(datetime(2026, 10, 24, 12, 0, tzinfo=LON)) == "+01:00"
assert off(datetime(2026, 10, 25, 12, 0, tzinfo=LON)) == "+00:00"
assert off(datetime(2026, 10, 25, 12, 0, tzinfo=BER)) == "+01:00"
chk_day(2026, 3, 8, "Sun")
chk_day(2026, 11, 1, "Sun")
chk_day(2026, 3, 29, "Sun")
chk_day(2026, 10, 25, "Sun")


def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def longdate(dt):
    return f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year}"


def ampm(dt, style="AM"):
    h12 = dt.hour % 12 or 12
    suf = "AM" if dt.hour < 12 else "PM"
    if style == "AM":
        return f"{h12}:{dt.minute:02d} {suf}"
    if style == "a.m.":
        return f"{h12}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"
    if style == "google":
        s = f"{h12}" if dt.minute == 0 else f"{h12}:{dt.minute:02d}"
        return s + suf.lower()
    if style == "calendly":
        return f"{h12}:{dt.minute:02d}{suf.lower()}"
    raise ValueError(style)


def addr(name, email):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def esc_html(s):
    return html.escape(s, quote=True)


def html_doc(blocks, font="Arial,Helvetica,sans-serif"):
    """blocks: list of str (paragraph, '\n' -> <br>) or ('table', header, rows)."""
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           f'<body><div style="font-family:{font};font-size:14px">']
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            _, head, rows = b
            out.append('<table cellpadding="6" cellspacing="0" border="1" '
                       'style="border-collapse:collapse;border-color:#999">')
            out.append("<tr>" + "".join(f'<th align="left" style="background:#e8ecf2">{esc_html(c)}</th>'
                                        for c in head) + "</tr>")
            for r in rows:
                out.append("<tr>" + "".join(f"<td>{esc_html(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        else:
            out.append("<p>" + esc_html(b).replace("\n", "<br>") + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def txt_table(head, rows):
    cols = list(zip(*([head] + rows)))
    w = [max(len(c) for c in col) for col in cols]
    line = lambda r: "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
    return "\n".join([line(head), "  ".join("-" * x for x in w)] + [line(r) for r in rows])


def txt_doc(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append(txt_table(b[1], b[2]))
        else:
            out.append(b)
    return "\n\n".join(out) + "\n"


# --------------------------------------------------------------------------- MIME
def leaf(ctype, body, enc, extra=()):
    data = body.encode("utf-8") if isinstance(body, str) else body
    if enc == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif enc == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif enc == "7bit":
        payload = data.decode("ascii")
        assert all(len(l) < 990 for l in payload.split("\n"))
    else:
        raise ValueError(enc)
    hdr = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {enc}"]
    return "\n".join(hdr) + "\n\n" + payload.rstrip("\n") + "\n"


def boundary(key, style="google"):
    x = hx("boundary", key)
    if style == "google":
        return "0000000000" + x[:18]
    if style == "outlook":
        return f"_000_{x[:24].upper()}prodoutlookcom_"
    if style == "mime":
        return f"----=_Part_{int(x[:8], 16) % 900000 + 100000}_{int(x[8:16], 16)}.{1780000000000 + int(x[16:22], 16)}"
    return f"b276_{x[:24]}"


def multi(subtype, parts, key, style="google"):
    b = boundary(key, style)
    s = f'Content-Type: multipart/{subtype}; boundary="{b}"\n\n'
    for p in parts:
        s += f"--{b}\n{p}\n"
    s += f"--{b}--\n"
    return s


def plain(text, enc="quoted-printable"):
    return leaf('text/plain; charset="UTF-8"', text, enc)


def alt(key, text, html_body, tenc="quoted-printable", henc="quoted-printable", style="google"):
    return multi("alternative", [plain(text, tenc), leaf('text/html; charset="UTF-8"', html_body, henc)],
                 key + "/alt", style)


def ics_attachment(ics_text, name="invite.ics", method="REQUEST", ctype="text/calendar"):
    if ctype == "text/calendar":
        ct = f'text/calendar; charset="UTF-8"; method={method}; name="{name}"'
    else:
        ct = f'{ctype}; name="{name}"'
    return leaf(ct, ics_text, "base64", [f'Content-Disposition: attachment; filename="{name}"'])


def message_id(key, style, domain=None):
    x = hx("mid", key)
    if style == "google":
        return f"<calendar-{uuidish('mid', key)}@google.com>"
    if style == "outlook":
        return f"<{x[:4].upper()}PR{int(x[4:6], 16) % 20:02d}MB{x[6:30].upper()}@{x[:4].upper()}PR{int(x[4:6], 16) % 20:02d}MB{int(x[30:32], 16) % 9000 + 1000}.namprd{int(x[6:8], 16) % 20:02d}.prod.outlook.com>"
    if style == "owner":
        return f"<CAP{x[:10]}+{x[10:26]}@mail.example.com>"
    return f"<{x[:12]}.{x[12:24]}@{domain}>"


def received(key, host, date):
    x = hx("rcv", key)
    ip = f"{int(x[0:2], 16) % 200 + 20}.{int(x[2:4], 16)}.{int(x[4:6], 16)}.{int(x[6:8], 16) % 250 + 2}"
    rdate = format_datetime(date)
    return (f"Received: from {host} ({host} [{ip}])\n"
            f"        by mx1.mail.example.com with ESMTPS id {x[8:20]}\n"
            f"        for <{OWNER}>;\n"
            f"        {rdate}")


def email_bytes(key, *, frm, to, subject, date, root, mid, host, cc=None, reply_to=None,
                in_reply_to=None, references=None, sender=None, extra=(), return_path=None):
    h = [f"Delivered-To: {OWNER}", received(key, host, date + timedelta(seconds=3))]
    h.append(f"Return-Path: <{return_path or frm[1]}>")
    h.append(f"From: {addr(*frm)}")
    if sender:
        h.append(f"Sender: {addr(*sender)}")
    if reply_to:
        h.append(f"Reply-To: {addr(*reply_to)}")
    h.append(f"To: {addrs(to)}")
    if cc:
        h.append(f"Cc: {addrs(cc)}")
    h.append(f"Subject: {subj(subject)}")
    h.append(f"Date: {format_datetime(date)}")
    h.append(f"Message-ID: {mid}")
    if in_reply_to:
        h.append(f"In-Reply-To: {in_reply_to}")
    if references:
        h.append(f"References: {references}")
    h.extend(extra)
    h.append("MIME-Version: 1.0")
    return ("\n".join(h) + "\n" + root).encode("utf-8")


def quote_block(prev_date, prev_from, text):
    who = prev_from[0] or prev_from[1]
    d = prev_date
    head = (f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {ampm(d)} "
            f"{who} <{prev_from[1]}> wrote:")
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


# --------------------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    parts, first = [], True
    while True:
        lim = 75 if first else 74
        if len(b) <= lim:
            parts.append(b)
            break
        cut = lim
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    return b"\r\n ".join(parts).decode("utf-8")


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def vtz_windows(name, std, dst):
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_iana(tzid, std, dst, sname, dname):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


WIN = {
    "Eastern Standard Time": ("-0500", "-0400", "(UTC-05:00) Eastern Time (US & Canada)", NYC),
    "Central Standard Time": ("-0600", "-0500", "(UTC-06:00) Central Time (US & Canada)", CHI),
    "Pacific Standard Time": ("-0800", "-0700", "(UTC-08:00) Pacific Time (US & Canada)", LAX),
}


def exchange_uid(key):
    x = hx("exuid", key, n=64).upper()
    return "040000008200E00074C5B7101A82E00800000000" + x[:16] + "00000000000000001000000" + x[16:48]


def exchange_ics(key, *, method, uid, seq, organizer, attendees, summary, start, end, wintz,
                 location, description, stamp, status="CONFIRMED", teams=True):
    std, dst, _, tz = WIN[wintz]
    assert start.tzinfo is tz and end.tzinfo is tz
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtz_windows(wintz, std, dst)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
          f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
          f"DTSTART;TZID={wintz}:{loc(start)}", f"DTEND;TZID={wintz}:{loc(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcz(stamp)}", "TRANSP:OPAQUE",
          f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('owner', key)[:7], 16)}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:"
          + ("2" if method == "CANCEL" else "1"), "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          f"X-MICROSOFT-LOCATIONS:[{{\"DisplayName\":\"{location}\"\\,\"LocationAnnotation\":\"\"\\,"
          f"\"LocationType\":\"Default\"}}]"]
    if teams and method != "CANCEL":
        L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                 + hx("teams", key, n=40) + "%40thread.v2/0")
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {mtg}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams_footer(key):
    x = hx("teamsfoot", key)
    mtg = f"{int(x[:6], 16) % 900 + 100} {int(x[6:12], 16) % 900 + 100} {int(x[12:18], 16) % 900 + 100} {int(x[18:24], 16) % 900 + 100}"
    return TEAMS_FOOTER.format(mid=hx("teams", key, n=40), mtg=mtg, pc=x[24:30].upper())


def exchange_invite(key, *, frm, to, cc=None, subject, sent, start, end, wintz, location, body,
                    uid, seq=0, method="REQUEST", teams=True, attendees=None, host):
    _, _, label, _ = WIN[wintz]
    when = f"When: {longdate(start)} {ampm(start)}-{ampm(end)} {label}."
    head = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    text = head + body.rstrip("\n") + "\n"
    if teams and method != "CANCEL":
        text += "\n" + teams_footer(key) + "\n"
    hbody = html_doc([p for p in text.split("\n\n")], font="Aptos,Calibri,sans-serif")
    att = attendees if attendees is not None else list(to) + list(cc or [])
    cal = exchange_ics(key, method=method, uid=uid, seq=seq, organizer=frm, attendees=att,
                       summary=subject.split(": ", 1)[1] if subject.startswith("Canceled: ") else subject,
                       start=start, end=end, wintz=wintz, location=location, description=text,
                       stamp=sent, status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
                       teams=teams)
    root = multi("alternative", [plain(text), leaf('text/html; charset="UTF-8"', hbody, "quoted-printable"),
                                 leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64")],
                 key, "outlook")
    x = hx("ti", key)
    extra = [f"Thread-Topic: {subject.split(': ', 1)[1] if subject.startswith('Canceled: ') else subject}",
             "Thread-Index: " + base64.b64encode(bytes.fromhex(x[:32])).decode(),
             "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ",
             "X-MS-TNEF-Correlator: ", "Content-class: urn:content-classes:calendarmessage",
             "x-ms-publictraffictype: Email"]
    return email_bytes(key, frm=frm, to=to, cc=cc, subject=subject, date=sent, root=root,
                       mid=message_id(key, "outlook"), host=host, extra=extra), cal


def google_ics(*, uid, seq, organizer, attendees, summary, start, end, description, stamp,
               location="", meet=None, method="REQUEST", status="CONFIRMED", created=None):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}", f"DTSTAMP:{utcz(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, st in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={st};RSVP=TRUE;CN={n};"
                 f"X-NUM-GUESTS=0:mailto:{e}")
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    L += [f"CREATED:{utcz(created or stamp)}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{utcz(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
          "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
          "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def google_invite(key, *, organizer, guests, summary, start, end, description, sent, uid, seq=0,
                  updated=False, location="", meet=True, created=None, changed_note=None):
    """Invitation as shown to Priya, whose Google Calendar is set to Central Time - Chicago."""
    s_loc, e_loc = start.astimezone(CHI), end.astimezone(CHI)
    abbr = s_loc.strftime("%Z")
    when_short = (f"{s_loc.strftime('%a')} {s_loc.strftime('%b')} {s_loc.day}, {s_loc.year} "
                  f"{ampm(s_loc, 'google')} - {ampm(e_loc, 'google')} ({abbr})")
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {summary} @ {when_short} ({OWNER})"
    meet_code = None
    if meet:
        x = hx("meet", key)
        letters = "".join(chr(97 + int(c, 16) % 26) for c in x[:10])
        meet_code = f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"
    eid = base64.b64encode(f"{hx('eid', key, n=26)} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if updated:
        lines += ["This event has been updated", changed_note or "Changed: time", ""]
    lines += [summary,
              f"{s_loc.strftime('%A')} {s_loc.strftime('%b')} {s_loc.day}, {s_loc.year} \u22c5 "
              f"{ampm(s_loc, 'google')} \u2013 {ampm(e_loc, 'google')}",
              "Central Time - Chicago", ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        pin = int(hx("pin", key)[:8], 16) % 900000000 + 100000000
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet_code}", "",
                  "Join by phone", f"(US) +1 469-{int(hx('ph', key)[:4], 16) % 900 + 100}-"
                  f"{int(hx('ph', key)[4:8], 16) % 9000 + 1000}", f"PIN: {pin}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e, _ in guests:
        lines.append(f"{n} - organizer" if e == organizer[1] else n)
        lines.append(e)
    lines += [f"View all guest info {view}", "", description, "",
              f"Reply for {OWNER} and view more details {view}", "", "",
              "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    hbody = html_doc(text.split("\n\n"), font="Roboto,Helvetica,Arial,sans-serif")
    cal = google_ics(uid=uid, seq=seq, organizer=organizer, attendees=guests, summary=summary,
                     start=start, end=end, description=description, stamp=sent, location=location,
                     meet=meet_code, created=created)
    root = multi("mixed", [
        multi("alternative", [leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
                              leaf('text/html; charset="UTF-8"', hbody, "quoted-printable"),
                              leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64")],
              key + "/alt"),
        leaf('application/ics; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"'])], key)
    x = hx("bounce", key)
    data = email_bytes(key, frm=organizer, to=[(None, OWNER)], subject=subject, date=sent, root=root,
                       mid=message_id(key, "google"), host="mail-sor-f69.google.com",
                       reply_to=organizer, sender=("Google Calendar", "calendar-notification@google.com"),
                       return_path=f"{x[:22]}@calendar-server.bounces.google.com")
    return data, cal


CASES = []      # (folder, [(filename, bytes)])
LABELS = {}


def case(folder, items, label):
    CASES.append((folder, items))
    label = dict(label)
    label.setdefault("user", OWNER)
    LABELS[folder] = {"user": label.pop("user"), **label, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


ME = (OWNER_NAME, OWNER)


# =========================================================================== CASES
SCHOOL = "lakefront-law.example"


def c01():
    key = "c01"
    sent = T(2026, 8, 6, 14, 14, UTC, "Thu", "+00:00", 7)
    hp_s = T(2026, 8, 11, 10, 20, CHI, "Tue", "-05:00")
    hp_e = T(2026, 8, 11, 10, 40, CHI, "Tue", "-05:00")
    ws_s = T(2026, 8, 11, 14, 0, CHI, "Tue", "-05:00")
    ws_e = T(2026, 8, 11, 14, 20, CHI, "Tue", "-05:00")
    rows = [["Tue, Aug 11, 2026", "10:20 AM - 10:40 AM", "Halloran & Pike LLP",
             "Associate, Class of 2027 (Litigation) - Chicago", "Margaret Oyelaran (Partner); Curtis Bell (Associate)",
             "Interview Suite B-3"],
            ["Tue, Aug 11, 2026", "2:00 PM - 2:20 PM", "Whitcombe Sterling LLP",
             "First-Year Associate (Corporate) - New York", "Thomas Reinholt (Partner)", "Interview Suite B-7"]]
    head = ["Date", "Time (CT)", "Employer", "Position", "Interviewer(s)", "Room"]
    blocks = [
        "Dear Priya,",
        "Your Fall 2026 On-Campus Interview (OCI) schedule has been finalized. The interviews below were "
        "assigned through the bidding lottery and pre-select rounds and are now confirmed in Symplicity.",
        ("table", head, rows),
        "Employer recruiting contacts (for thank-you notes or logistics questions):\n"
        "Halloran & Pike LLP - Alicia Brandt, Manager of Legal Recruiting, abrandt@halloranpike.example\n"
        "Whitcombe Sterling LLP - Nadia Farouk, Legal Recruiting Coordinator, nfarouk@whitcombesterling.example",
        "Screening interviews are 20 minutes. Please check in at the Career Services front desk (Room 410, "
        "Lakefront Law Building) at least ten minutes before each interview and bring several copies of your "
        "resume, unofficial transcript and writing sample.",
        "Reminder: OCI cancellations made less than 48 hours before an interview require approval from a "
        "career advisor and may affect your bidding privileges for the spring program.",
        "Calendar files for each interview are attached.",
        "Office of Career Services\nLakefront University School of Law\n\n"
        "This message was sent via Symplicity CSM. Please do not reply to this address.",
    ]
    text, hbody = txt_doc(blocks), html_doc(blocks)

    def sym_ics(uid, s, e, firm, pos, who, room):
        L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Symplicity Corporation//CSM 2026//EN",
             "METHOD:PUBLISH", "CALSCALE:GREGORIAN"]
        L += vtz_iana("America/Chicago", "-0600", "-0500", "CST", "CDT")
        L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcz(sent)}",
              f"DTSTART;TZID=America/Chicago:{loc(s)}", f"DTEND;TZID=America/Chicago:{loc(e)}",
              f"SUMMARY:{esc('OCI Interview: ' + firm)}",
              f"DESCRIPTION:{esc(f'Position: {pos}' + chr(10) + f'Interviewer(s): {who}' + chr(10) + f'Location: {room}, Career Services, Lakefront Law Building')}",
              f"LOCATION:{esc(room + ', Career Services, Lakefront Law Building')}",
              "ORGANIZER;CN=Lakefront Law Career Services:mailto:noreply@symplicity.com",
              f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
              "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
        return ics(L)

    i1 = sym_ics(f"oci-{hx('u1', key, n=12)}@lakefront-law.symplicity.com", hp_s, hp_e, "Halloran & Pike LLP",
                 rows[0][3], rows[0][4], rows[0][5])
    i2 = sym_ics(f"oci-{hx('u2', key, n=12)}@lakefront-law.symplicity.com", ws_s, ws_e, "Whitcombe Sterling LLP",
                 rows[1][3], rows[1][4], rows[1][5])
    root = multi("mixed", [alt(key, text, hbody, "7bit", "quoted-printable", "mime"),
                           ics_attachment(i1, "OCI_Halloran_Pike.ics", "PUBLISH"),
                           ics_attachment(i2, "OCI_Whitcombe_Sterling.ics", "PUBLISH")], key, "mime")
    data = email_bytes(key, frm=("Lakefront Law Career Services via Symplicity", "noreply@symplicity.com"),
                       to=[ME], subject="OCI Interview Schedule Confirmed - Fall 2026 On-Campus Interview Program",
                       date=sent, root=root, mid=message_id(key, "x", "symplicity.com"),
                       host="mta-out-07.symplicity.com")
    case("b276-01-oci-symplicity-two-firms", [("01-oci-schedule-confirmed.eml", data)], {
        "interview": True,
        "interviews": [
            iv("Halloran & Pike LLP", "Associate, Class of 2027 (Litigation)", hp_s, hp_e, "scheduled", [],
               ["abrandt@halloranpike.example"], "phone_screen"),
            iv("Whitcombe Sterling LLP", "First-Year Associate (Corporate)", ws_s, ws_e, "scheduled", [],
               ["nfarouk@whitcombesterling.example"], "phone_screen")],
        "difficulty": "hard",
        "category": "positive/two-interviews",
        "notes": "Symplicity OCI schedule from a no-reply sender listing two 20-minute on-campus screening "
                 "interviews with two firms on the same day (CDT), with two PUBLISH .ics files (TZID "
                 "America/Chicago). Interviewer names have no addresses, so interviewer_emails is empty and "
                 "follow-up goes to each firm's recruiting contact named in the body. Body mentions a "
                 "cancellation policy (not a cancellation). kind phone_screen = first-round screener.",
    })


def c02():
    key = "c02"
    sent = T(2026, 9, 1, 11, 2, CHI, "Tue", "-05:00")
    s = T(2026, 9, 9, 12, 0, CHI, "Wed", "-05:00")
    e = T(2026, 9, 9, 13, 0, CHI, "Wed", "-05:00")
    blocks = [
        "Hello Priya,",
        "Thank you for registering. Your seat is reserved for the following live webinar:",
        ("table", ["Program", "Date", "Time", "Credit"],
         [["Winning the Callback: Interview Strategies for Law Students & New Associates",
           "Wednesday, September 9, 2026", "12:00 - 1:00 p.m. Central", "1.0 IL CLE (General)"]]),
        "Faculty: Renee Ashworth-Cole (Hiring Partner, Vellacott & Strand LLP), Marcus Oduya (Director of "
        "Attorney Recruiting, Fenmore Glass LLP) and Hon. Patricia Lindqvist (ret.). The panel will walk through "
        "a typical firm callback day, conduct a live demonstration interview with a volunteer attendee, and "
        "answer questions about clerkship interviews with judges and their clerks.",
        "Join link (unique to you - do not share): https://chicagobarinstitute.zoom.us/w/9"
        + str(int(hx("z", key)[:9], 16)) + "\nWebinar ID: 918 4402 7731",
        "To receive CLE credit you must remain logged in for the full hour and enter the two attendance codes "
        "announced during the program. Students attend free of charge; CLE certificates are issued only to "
        "admitted attorneys.",
        "Chicago Bar Institute | Continuing Legal Education\nregistrations@chicagobarinstitute.example",
    ]
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chicago Bar Institute//Events//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:cbi-webinar-{hx('u', key, n=10)}@chicagobarinstitute.example",
               f"DTSTAMP:{utcz(sent)}", f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}",
               "SUMMARY:CLE Webinar - Winning the Callback: Interview Strategies (1.0 CLE)",
               "DESCRIPTION:Live webinar. Join link in your confirmation e-mail.",
               "LOCATION:Zoom Webinar",
               "ORGANIZER;CN=Chicago Bar Institute:mailto:registrations@chicagobarinstitute.example",
               f"ATTENDEE;CN={OWNER_NAME};PARTSTAT=ACCEPTED:mailto:{OWNER}", "END:VEVENT", "END:VCALENDAR"])
    root = multi("mixed", [alt(key, txt_doc(blocks), html_doc(blocks), "quoted-printable", "base64", "mime"),
                           ics_attachment(cal, "winning-the-callback.ics", "PUBLISH")], key, "mime")
    data = email_bytes(key, frm=("Chicago Bar Institute", "registrations@chicagobarinstitute.example"),
                       to=[ME], subject="Registration Confirmed: Winning the Callback - Interview Strategies "
                                        "for Law Students & New Associates (1.0 CLE)",
                       date=sent, root=root, mid=message_id(key, "x", "chicagobarinstitute.example"),
                       host="smtp2.chicagobarinstitute.example")
    case("b276-02-cle-webinar-interviewing", [("01-cle-registration.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/webinar",
        "notes": "CLE webinar registration about callback interviews with a live demo interview and an .ics; "
                 "a training event, not a job interview.",
    })


def c03():
    key = "c03"
    carla = ("Carla Mendez-Oduya", "cmendez-oduya@beaumontgrady.example")
    jon = ("Jonathan Sayre", "jsayre@beaumontgrady.example")
    d1 = T(2026, 8, 25, 16, 37, NYC, "Tue", "-04:00", 12)
    d2 = T(2026, 8, 25, 16, 5, CHI, "Tue", "-05:00", 48)
    d3 = T(2026, 8, 25, 17, 21, NYC, "Tue", "-04:00", 30)
    s = T(2026, 8, 26, 14, 0, NYC, "Wed", "-04:00")
    sig = ("Carla Mendez-Oduya\nAssociate Recruiting Manager\nBeaumont Grady LLP\n417 Lexington Avenue, "
           "New York, NY 10017\nT +1 212 555 0193")
    t1 = ("Dear Ms. Raman,\n\nThank you for sending us your materials for our entry-level Litigation Associate "
          "position in New York. Jonathan Sayre, the partner who oversees associate hiring for the Litigation "
          "Department (copied here), read your writing sample and would like to speak with you by phone before we "
          "discuss next steps.\n\nWould tomorrow at 2:00 p.m. Eastern (1:00 p.m. your time in Chicago) work? "
          "Jonathan has blocked 30 minutes and will call the mobile number listed on your resume. If that is "
          "difficult, let me know and I will find an alternative later in the week.\n\nBest regards,\n\n" + sig + "\n")
    m1 = message_id(key + "1", "x", "beaumontgrady.example")
    e1 = email_bytes(key + "1", frm=carla, to=[ME], cc=[jon],
                     subject="Beaumont Grady - Litigation Associate: call with Jonathan Sayre", date=d1,
                     root=plain(t1), mid=m1, host="mail.beaumontgrady.example")
    t2 = ("Dear Ms. Mendez-Oduya,\n\nThank you for reaching out. Tomorrow at 2:00 p.m. Eastern works well for me. "
          "In case it is helpful, my mobile number is (312) 555-0148.\n\nI look forward to speaking with "
          "Mr. Sayre.\n\nBest,\nPriya Raman\nJ.D. Candidate, Class of 2027\nLakefront University School of Law\n\n"
          + quote_block(d1, carla, t1))
    m2 = message_id(key + "2", "owner")
    e2 = email_bytes(key + "2", frm=ME, to=[carla], cc=[jon],
                     subject="Re: Beaumont Grady - Litigation Associate: call with Jonathan Sayre", date=d2,
                     root=plain(t2), mid=m2, in_reply_to=m1, references=m1, host="smtp.mail.example.com")
    t3 = ("Wonderful - you're confirmed. Jonathan will call you at 2 ET tomorrow. Nothing formal to prepare; "
          "he mostly wants to hear about your work in the civil litigation clinic and the summary judgment "
          "brief you sent as your writing sample.\n\nCarla\n\n" + quote_block(d2, ME, t2.split("\n\nOn ")[0]))
    m3 = message_id(key + "3", "x", "beaumontgrady.example")
    e3 = email_bytes(key + "3", frm=carla, to=[ME], cc=[jon],
                     subject="RE: Beaumont Grady - Litigation Associate: call with Jonathan Sayre", date=d3,
                     root=plain(t3), mid=m3, in_reply_to=m2, references=f"{m1} {m2}",
                     host="mail.beaumontgrady.example")
    case("b276-03-nyc-phone-screen-tomorrow-at-2",
         [("01-carla-call-with-partner.eml", e1), ("02-priya-reply.eml", e2), ("03-carla-confirmed.eml", e3)], {
             "interview": True,
             "interviews": [iv("Beaumont Grady LLP", "Litigation Associate", s, s + timedelta(minutes=30),
                               "scheduled", [jon[1]], [jon[1]], "phone_screen")],
             "difficulty": "medium", "category": "positive/relative-date-body-only",
             "notes": "Time only in the bodies: 'tomorrow at 2:00 p.m. Eastern' resolved against the Date "
                      "header Tue 25 Aug 2026 -0400 -> Wed 26 Aug 14:00 EDT (13:00 CDT for Priya); 30 minutes. "
                      "Priya's reply carries a -0500 Date. Partner Jonathan Sayre (Cc) conducts the call.",
         })


def c04():
    key = "c04"
    ren = ("Renata Solís", "rsolis@crdlaw.example")
    sent = T(2026, 8, 28, 15, 10, LAX, "Fri", "-07:00", 41)
    chk_day(2026, 8, 12, "Wed")
    blocks = [
        "Dear Priya,",
        "Thank you for taking the time to meet with Andrew Whelan during Lakefront's On-Campus Interview program "
        "on Wednesday, August 12. We appreciated the chance to learn about your background and your interest in "
        "our Los Angeles litigation practice.",
        "We received an exceptional number of applications this season. After careful consideration, we will not "
        "be extending a callback invitation to you at this time. This was a difficult decision, and it is not a "
        "reflection of the strength of your credentials.",
        "We will keep your materials on file, and we hope you will consider Castellanos Reyes & Drummond again "
        "as your career develops. Best wishes for a successful 3L year.",
        "Sincerely,\n\nRenata Solís\nAttorney Recruiting Manager\nCastellanos Reyes & Drummond LLP\n"
        "355 S. Grand Avenue, Suite 4100, Los Angeles, CA 90071",
    ]
    root = alt(key, txt_doc(blocks), html_doc(blocks, "Georgia,serif"), "quoted-printable", "quoted-printable",
               "outlook")
    data = email_bytes(key, frm=ren, to=[ME], subject="Castellanos Reyes & Drummond LLP - Fall OCI",
                       date=sent, root=root, mid=message_id(key, "outlook"),
                       host="mail-dm6nam12.outbound.protection.outlook.com")
    case("b276-04-oci-no-callback-letter", [("01-no-callback.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "easy", "category": "negative/rejection",
        "notes": "'We will not be extending a callback' letter after OCI; mentions the past OCI interview date "
                 "(Wed Aug 12) but schedules nothing.",
    })


def c05():
    key = "c05"
    ray = ("Raymond Achebe", "raymond.achebe@lakeshorepd.example")
    luz = ("Luz Calderón", "luz.calderon@lakeshorepd.example")
    ben = ("Benjamin Okafor", "benjamin.okafor@lakeshorepd.example")
    dana = ("Dana Whitfield-Ruiz", "dana.whitfield-ruiz@lakeshorepd.example")
    d1 = T(2026, 9, 2, 10, 12, CHI, "Wed", "-05:00", 5)
    d2 = T(2026, 9, 2, 14, 40, CHI, "Wed", "-05:00", 19)
    d3 = T(2026, 9, 11, 8, 55, CHI, "Fri", "-05:00", 2)
    d4 = T(2026, 9, 11, 9, 31, CHI, "Fri", "-05:00", 44)
    T(2026, 9, 17, 13, 30, CHI, "Thu", "-05:00")
    s = T(2026, 9, 22, 13, 30, CHI, "Tue", "-05:00")
    sub = "Assistant Public Defender - Interview Scheduling (2027 Entering Class)"
    sig = ("Raymond Achebe\nDirector of Training & Recruitment\nOffice of the Lakeshore County Public Defender\n"
           "2201 W. Harrison Street, 4th Floor, Chicago, IL 60612\n(312) 555-0177")
    t1 = ("Dear Ms. Raman:\n\nThank you for your application to the Office of the Lakeshore County Public Defender. "
          "We would like to invite you to interview for an Assistant Public Defender position in our 2027 entering "
          "class.\n\nYour panel interview is scheduled for Thursday, September 17, 2026, at 1:30 p.m. in "
          "Conference Room B on the 4th floor of our Felony Trial Division offices (address below). The panel "
          "will be Supervising Attorneys Luz Calderón and Benjamin Okafor, who are copied on this message. "
          "Please allow 45 minutes.\n\nPart of the conversation is a short hypothetical in which you will be "
          "asked to argue for a bond reduction. No advance preparation is expected, and you will be given the "
          "facts in the room.\n\nThe building has airport-style security, so please bring a photo ID and arrive "
          "a few minutes early. Kindly reply to confirm.\n\n" + sig + "\n")
    m1 = message_id(key + "1", "x", "lakeshorepd.example")
    e1 = email_bytes(key + "1", frm=ray, to=[ME], cc=[luz, ben], subject=sub, date=d1, root=plain(t1), mid=m1,
                     host="relay.lakeshorecounty.example")
    t2 = ("Dear Mr. Achebe,\n\nThank you for the invitation. I am happy to confirm my interview on Thursday, "
          "September 17, at 1:30 p.m. I look forward to meeting Ms. Calderón and Mr. Okafor.\n\nRespectfully,\n"
          "Priya Raman\n\n" + quote_block(d1, ray, t1))
    m2 = message_id(key + "2", "owner")
    e2 = email_bytes(key + "2", frm=ME, to=[ray], cc=[luz, ben], subject="Re: " + sub, date=d2, root=plain(t2),
                     mid=m2, in_reply_to=m1, references=m1, host="smtp.mail.example.com")
    t3 = ("Ms. Raman,\n\nI apologize for the change. Ms. Calderón has been assigned to a jury trial that starts "
          "next week, so we need to move your panel. Could you come in instead on Tuesday, September 22, at the "
          "same time (1:30 p.m.)? Dana Whitfield-Ruiz, a supervisor in our Juvenile Justice Division, will sit "
          "in Ms. Calderón's place alongside Mr. Okafor. Location, format and length are unchanged.\n\n"
          "Please let me know whether the new date works.\n\n" + sig + "\n\n" + quote_block(d2, ME, t2.split("\n\nOn ")[0]))
    m3 = message_id(key + "3", "x", "lakeshorepd.example")
    e3 = email_bytes(key + "3", frm=ray, to=[ME], cc=[ben, dana], subject="RE: " + sub, date=d3, root=plain(t3),
                     mid=m3, in_reply_to=m2, references=f"{m1} {m2}", host="relay.lakeshorecounty.example")
    t4 = ("Mr. Achebe,\n\nNo problem at all - Tuesday the 22nd at 1:30 works for me. Thank you for letting me know, "
          "and I look forward to meeting Ms. Whitfield-Ruiz and Mr. Okafor.\n\nBest regards,\nPriya\n\n"
          + quote_block(d3, ray, t3.split("\n\nOn ")[0]))
    m4 = message_id(key + "4", "owner")
    e4 = email_bytes(key + "4", frm=ME, to=[ray], cc=[ben, dana], subject="Re: " + sub, date=d4, root=plain(t4),
                     mid=m4, in_reply_to=m3, references=f"{m1} {m2} {m3}", host="smtp.mail.example.com")
    case("b276-05-public-defender-panel-moved",
         [("01-apd-interview-invitation.eml", e1), ("02-priya-confirms.eml", e2),
          ("03-panel-moved-to-tuesday.eml", e3), ("04-priya-accepts-new-date.eml", e4)], {
             "interview": True,
             "interviews": [iv("Office of the Lakeshore County Public Defender", "Assistant Public Defender",
                               s, s + timedelta(minutes=45), "scheduled", [ben[1], dana[1]], [ben[1], dana[1]],
                               "onsite")],
             "difficulty": "medium", "category": "positive/reschedule-by-email",
             "notes": "Plain-text government thread. Panel first set for Thu Sep 17 13:30 CDT, then moved by mail "
                      "to Tue Sep 22 at the same time; the panel changes (Calderón replaced by Whitfield-Ruiz). "
                      "Final state: Sep 22 13:30-14:15 -05:00 with Okafor and Whitfield-Ruiz. The 'argue a bond "
                      "reduction' hypothetical is part of the real interview.",
         })


def c06():
    key = "c06"
    den = ("Denise Kowalczyk", "denise_kowalczyk@ilnd-courts.example")
    marcus = ("Marcus Yi", "marcus_yi@ilnd-courts.example")
    leah = ("Leah Brandwein", "leah_brandwein@ilnd-courts.example")
    d1 = T(2026, 9, 28, 11, 5, CHI, "Mon", "-05:00", 33)
    d2 = T(2026, 9, 28, 13, 22, CHI, "Mon", "-05:00", 8)
    d3 = T(2026, 9, 29, 8, 47, CHI, "Tue", "-05:00", 51)
    T(2026, 10, 7, 10, 0, CHI, "Wed", "-05:00")
    s = T(2026, 10, 9, 14, 30, CHI, "Fri", "-05:00")
    sub = "Clerkship Interview - Chambers of Judge Ostrowski"
    sig = ("Denise Kowalczyk\nJudicial Assistant to the Honorable Marguerite A. Ostrowski\n"
           "United States District Court, Northern District of Illinois\nChambers 1946 | (312) 555-0162")
    t1 = ("Dear Ms. Raman:\n\nJudge Ostrowski has reviewed your application for a term law clerk position "
          "beginning in August 2027 and would like to meet with you. The Judge is available at either of the "
          "following times:\n\n    Wednesday, October 7, at 10:00 a.m.\n    Friday, October 9, at 2:30 p.m.\n\n"
          "Interviews take place in chambers. Please plan for about an hour in total: the Judge generally meets "
          "with applicants for roughly thirty minutes, after which you will spend the remaining time with her "
          "current law clerks.\n\nKindly let me know which time you prefer.\n\n" + sig + "\n")
    m1 = message_id(key + "1", "x", "ilnd-courts.example")
    e1 = email_bytes(key + "1", frm=den, to=[ME], subject=sub, date=d1, root=plain(t1, "7bit"), mid=m1,
                     host="smtp-gw2.ilnd-courts.example")
    t2 = ("Dear Ms. Kowalczyk,\n\nThank you very much for the invitation; I am honored to be considered. Friday, "
          "October 9, at 2:30 p.m. would be ideal for me.\n\nPlease let me know if there is anything I should send "
          "in advance.\n\nRespectfully,\nPriya Raman\n\n" + quote_block(d1, den, t1))
    m2 = message_id(key + "2", "owner")
    e2 = email_bytes(key + "2", frm=ME, to=[den], subject="Re: " + sub, date=d2, root=plain(t2, "7bit"), mid=m2,
                     in_reply_to=m1, references=m1, host="smtp.mail.example.com")
    t3 = ("Thank you, Ms. Raman. You are confirmed for Friday, October 9, at 2:30 p.m. Please arrive by 2:15 to "
          "allow time for security screening in the lobby, and bring a government-issued photo ID.\n\n"
          "After your meeting with the Judge you will meet with Marcus Yi and Leah Brandwein, her current clerks, "
          "who are copied here in case you have questions about the position or the chambers' workload.\n\n"
          "There is nothing further to send; the Judge has your writing sample and recommendation letters.\n\n"
          + sig + "\n\n" + quote_block(d2, ME, t2.split("\n\nOn ")[0]))
    m3 = message_id(key + "3", "x", "ilnd-courts.example")
    e3 = email_bytes(key + "3", frm=den, to=[ME], cc=[marcus, leah], subject="RE: " + sub, date=d3,
                     root=plain(t3, "7bit"), mid=m3, in_reply_to=m2, references=f"{m1} {m2}",
                     host="smtp-gw2.ilnd-courts.example")
    case("b276-06-clerkship-chambers-propose-confirm",
         [("01-chambers-offers-two-times.eml", e1), ("02-priya-picks-friday.eml", e2),
          ("03-chambers-confirms.eml", e3)], {
             "interview": True,
             "interviews": [iv("Chambers of Judge Marguerite A. Ostrowski (U.S. District Court, N.D. Ill.)",
                               "Term Law Clerk", s, s + timedelta(hours=1), "scheduled",
                               [marcus[1], leah[1]], [marcus[1], leah[1]], "onsite")],
             "difficulty": "hard", "category": "positive/thread-propose-confirm",
             "notes": "Judicial assistant proposes two slots (Wed Oct 7 10:00, Fri Oct 9 14:30); Priya picks Friday; "
                      "chambers confirms. Only the confirmed slot is an interview. 'About an hour' -> end 15:30 CDT. "
                      "The judge has no address in the case; the two clerks (Cc on the confirmation) also "
                      "interview, so they are the interviewers/follow-up addresses; the JA only schedules.",
         })


def c07():
    key = "c07"
    nadia = ("Nadia Farouk", "nfarouk@whitcombesterling.example")
    P = {
        "reinholt": ("Thomas Reinholt", "treinholt@whitcombesterling.example"),
        "marsh": ("Evelyn Marsh-Adeyemi", "emarsh-adeyemi@whitcombesterling.example"),
        "tan": ("Gregory Tan", "gtan@whitcombesterling.example"),
        "whitley": ("Hannah Whitley", "hwhitley@whitcombesterling.example"),
        "bright": ("Owen Bright", "obright@whitcombesterling.example"),
        "lindqvist": ("Sofia Lindqvist", "slindqvist@whitcombesterling.example"),
    }
    d1 = T(2026, 9, 11, 15, 42, NYC, "Fri", "-04:00", 17)
    day = (2026, 9, 24)
    t = lambda hh, mm: T(*day, hh, mm, NYC, "Thu", "-04:00")
    rows = [["9:30 - 10:00 a.m.", "Thomas Reinholt", "Partner, Corporate / M&A", "Conference Room 38A"],
            ["10:00 - 10:30 a.m.", "Evelyn Marsh-Adeyemi", "Partner, Capital Markets", "Conference Room 38A"],
            ["10:30 - 11:00 a.m.", "Gregory Tan", "Senior Associate, Private Equity", "Conference Room 38A"],
            ["11:00 - 11:30 a.m.", "Hannah Whitley", "Partner, Corporate Governance", "Conference Room 38A"],
            ["11:45 a.m. - 1:00 p.m.", "Lunch with Owen Bright and Sofia Lindqvist", "Associates, Corporate",
             "Brasserie Aubade, 140 E. 52nd Street"]]
    blocks = [
        "Dear Priya,",
        "On behalf of Whitcombe Sterling LLP, thank you for meeting with Thomas Reinholt during On-Campus "
        "Interviews at Lakefront. We are delighted to confirm your callback interview for a First-Year Associate "
        "(Corporate) position in our New York office on Thursday, September 24, 2026. Your itinerary is set out below; all times are Eastern.",
        ("table", ["Time", "Interviewer", "Title / Practice", "Location"], rows),
        "Please check in with reception on the 38th floor at 600 Lexington Avenue by 9:15 a.m. Owen and Sofia "
        "will collect you from the conference room after your final interview and walk you to lunch.",
        "Travel: the firm will cover round-trip airfare from Chicago and one night at the Lexington Court Hotel "
        "should you wish to arrive the evening before. Please book through our travel desk and keep all receipts "
        "for the reimbursement form attached to your confirmation from Travel Services.",
        "You will receive separate calendar invitations from me for each block of the day. Please do not "
        "hesitate to contact me with any questions.",
        "Kind regards,\n\nNadia Farouk\nLegal Recruiting Coordinator\nWhitcombe Sterling LLP\n"
        "600 Lexington Avenue, New York, NY 10022\n+1 212 555 0148 | nfarouk@whitcombesterling.example",
    ]
    root = alt(key, txt_doc(blocks), html_doc(blocks, "Garamond,Georgia,serif"), "quoted-printable",
               "quoted-printable", "outlook")
    e1 = email_bytes(key, frm=nadia, to=[ME],
                     subject="Whitcombe Sterling LLP - Callback Interview Itinerary (Thursday, September 24)",
                     date=d1, root=root, mid=message_id(key, "outlook"),
                     host="mail-bn8nam11.outbound.protection.outlook.com")
    blocks_inv = [
        ("Callback Interviews (1 of 3): Priya Raman - Reinholt / Marsh-Adeyemi", t(9, 30), t(10, 30),
         [P["reinholt"], P["marsh"]], "Conference Room 38A, 600 Lexington Avenue",
         "Priya - first block of your callback: 9:30 with Thomas Reinholt, then 10:00 with Evelyn "
         "Marsh-Adeyemi. Please check in at 38th floor reception by 9:15."),
        ("Callback Interviews (2 of 3): Priya Raman - Tan / Whitley", t(10, 30), t(11, 30),
         [P["tan"], P["whitley"]], "Conference Room 38A, 600 Lexington Avenue",
         "Second block: 10:30 with Gregory Tan, then 11:00 with Hannah Whitley. You will stay in 38A."),
        ("Callback Lunch (3 of 3): Priya Raman with Owen Bright & Sofia Lindqvist", t(11, 45), t(13, 0),
         [P["bright"], P["lindqvist"]], "Brasserie Aubade, 140 E. 52nd Street",
         "Owen and Sofia will take you to lunch after your interviews. Reservation is under Whitcombe Sterling."),
    ]
    items = [("01-callback-itinerary.eml", e1)]
    d = T(2026, 9, 14, 10, 3, NYC, "Mon", "-04:00", 20)
    for i, (sj, s, e, people, where, body) in enumerate(blocks_inv, start=2):
        k = f"{key}-inv{i}"
        data, _ = exchange_invite(k, frm=nadia, to=[ME] + people, subject=sj, sent=d + timedelta(minutes=2 * i),
                                  start=s, end=e, wintz="Eastern Standard Time", location=where,
                                  body=body + "\n\nNadia Farouk\nLegal Recruiting Coordinator", uid=exchange_uid(k),
                                  teams=False, host="mail-bn8nam11.outbound.protection.outlook.com")
        items.append((f"{i:02d}-invite-block-{i - 1}.eml", data))
    people = [P[k][1] for k in ("reinholt", "marsh", "tan", "whitley", "bright", "lindqvist")]
    case("b276-07-ny-callback-itinerary-three-invites", items, {
        "interview": True,
        "interviews": [iv("Whitcombe Sterling LLP", "First-Year Associate (Corporate)", t(9, 30), t(13, 0),
                          "scheduled", people, people, "onsite")],
        "difficulty": "hard", "category": "positive/onsite-loop-multi-invite",
        "notes": "Formal callback itinerary (HTML table, New York, EDT) followed by three Exchange invites "
                 "(Windows TZID 'Eastern Standard Time', '(UTC-05:00)' display label although the date is in "
                 "EDT) for two interview blocks and lunch with two associates. One onsite interview "
                 "09:30-13:00 -04:00 with all six attorneys (the two lunch associates included); the "
                 "coordinator only schedules.",
    })


def c08():
    key = "c08"
    scam = ("Hollowell & Pryce Legal Group - HR", "hollowellpryce.hr@freemail-box.example")
    sent = T(2026, 9, 17, 6, 48, LON, "Thu", "+01:00", 3)
    T(2026, 9, 21, 10, 0, NYC, "Mon", "-04:00")
    text = ("Hello Priya Raman,\n\nWe came across your profile on a legal careers board and are pleased to inform "
            "you that you have been shortlisted for our REMOTE JUNIOR ASSOCIATE (Contract Review) position.\n\n"
            "Pay: $68/hour, paid weekly\nSchedule: flexible, 20-30 hours/week\nNo bar admission required\n\n"
            "Your interview will be conducted via Telegram text chat on Monday September 21 at 10:00 AM EST with "
            "our Hiring Manager, Mr. Daniel Whitmore. Please download Telegram and add @HPLegal_Whitmore before the "
            "interview time. Video is not needed.\n\nTo speed up onboarding please have the following ready: full "
            "name, home address, phone number, date of birth and the name of your bank. Successful candidates "
            "receive a company check to purchase e-discovery software from our approved vendor.\n\n"
            "Kind regards,\nSarah Mitchell\nHR Department, Hollowell & Pryce Legal Group\n")
    data = email_bytes(key, frm=scam, to=[ME], reply_to=("Daniel Whitmore", "d.whitmore.hp@quickmail-direct.example"),
                       subject="Remote Junior Associate Position - Interview Invitation (Urgent)", date=sent,
                       root=plain(text, "base64"), mid=message_id(key, "x", "freemail-box.example"),
                       host="smtp.freemail-box.example")
    case("b276-08-legal-recruiter-scam-telegram", [("01-remote-associate-interview.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/scam",
        "notes": "Recruiting scam: free-mail sender, Telegram text-chat 'interview', bank details and "
                 "check-for-software scheme; 'EST' in September. Not a real hiring process.",
    })


def c09():
    key = "c09"
    mar = ("Marisol Vega", "marisol.vega@tessellatehealth.example")
    rach = ("Rachel Ng", "rachel.ng@tessellatehealth.example")
    gh = ("Marisol Vega", "no-reply@us.greenhouse-mail.io")
    d1 = T(2026, 9, 24, 20, 26, UTC, "Thu", "+00:00", 40)
    d2 = T(2026, 10, 6, 16, 3, UTC, "Tue", "+00:00", 12)
    s = T(2026, 10, 8, 11, 0, LAX, "Thu", "-07:00")
    e = T(2026, 10, 8, 11, 45, LAX, "Thu", "-07:00")
    uid = f"{hx('gh', key, n=24)}@greenhouse.io"
    role = "Legal Counsel, Privacy & Product"

    def gh_ics(method, seq, status):
        return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduler//EN",
                    f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
                    f"DTSTAMP:{utcz(d1 if seq == 0 else d2)}", f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}",
                    f"SUMMARY:Interview: {OWNER_NAME} - {esc(role)} (Tessellate Health)",
                    f"DESCRIPTION:{esc('Interviewer: Rachel Ng, Associate General Counsel. Zoom: https://tessellatehealth.zoom.us/j/8' + str(int(hx('z', key)[:9], 16)))}",
                    "LOCATION:Zoom", f"ORGANIZER;CN={mar[0]}:mailto:{mar[1]}",
                    f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
                    f"ATTENDEE;CN={rach[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{rach[1]}",
                    f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"])
    b1 = ["Hi Priya,",
          f"Your interview for the {role} role at Tessellate Health is confirmed. Details are below - please add "
          "the attached invitation to your calendar.",
          ("table", ["When", "Interviewer", "Format"],
           [["Thursday, October 8, 2026, 11:00 AM - 11:45 AM PDT (1:00 PM - 1:45 PM CDT)",
             "Rachel Ng, Associate General Counsel", "Zoom video (link in the invitation)"]]),
          "Rachel leads privacy and product counseling for our clinical-software products and will want to hear "
          "about your work on HIPAA and state privacy issues in the health law clinic.",
          "If you need to reschedule, just reply to this email.",
          "Best,\nMarisol Vega\nRecruiter, Legal & Compliance | Tessellate Health"]
    r1 = multi("mixed", [alt(key + "1", txt_doc(b1), html_doc(b1), "quoted-printable", "base64", "mime"),
                         ics_attachment(gh_ics("REQUEST", 0, "CONFIRMED"), "interview.ics", "REQUEST")],
               key + "1", "mime")
    m1 = message_id(key + "1", "x", "us.greenhouse-mail.io")
    e1 = email_bytes(key + "1", frm=gh, reply_to=mar, to=[ME],
                     subject=f"Interview Confirmation: {role} at Tessellate Health", date=d1, root=r1, mid=m1,
                     host="o3.us.greenhouse-mail.io", return_path="bounces+2718@us.greenhouse-mail.io")
    b2 = ["Hi Priya,",
          f"I'm sorry to share that we have paused hiring for the {role} role while the legal department finalizes "
          "its 2027 headcount plan. As a result I've cancelled your conversation with Rachel that was set for "
          "Thursday, October 8 at 11:00 AM PDT, and an updated calendar notice is attached.",
          "This is not a reflection of your candidacy. If the role reopens in the new year I'll reach out to you "
          "first.",
          "Warmly,\nMarisol"]
    r2 = multi("mixed", [alt(key + "2", txt_doc(b2), html_doc(b2), "quoted-printable", "base64", "mime"),
                         ics_attachment(gh_ics("CANCEL", 1, "CANCELLED"), "interview.ics", "CANCEL")],
               key + "2", "mime")
    e2 = email_bytes(key + "2", frm=gh, reply_to=mar, to=[ME],
                     subject=f"Interview Cancelled: {role} at Tessellate Health", date=d2, root=r2,
                     mid=message_id(key + "2", "x", "us.greenhouse-mail.io"), in_reply_to=m1, references=m1,
                     host="o3.us.greenhouse-mail.io", return_path="bounces+2718@us.greenhouse-mail.io")
    case("b276-09-inhouse-greenhouse-cancelled",
         [("01-greenhouse-interview-confirmation.eml", e1), ("02-greenhouse-interview-cancelled.eml", e2)], {
             "interview": True,
             "interviews": [iv("Tessellate Health", role, s, e, "cancelled", [rach[1]], [rach[1]],
                               "hiring_manager")],
             "difficulty": "medium", "category": "positive/cancellation",
             "notes": "Greenhouse confirmation (.ics REQUEST, UTC times; body gives PDT and CDT) then Greenhouse "
                      "cancellation (.ics METHOD:CANCEL, SEQUENCE 1, STATUS:CANCELLED) because hiring paused. "
                      "Cancelled-only case at Thu Oct 8 11:00-11:45 PDT.",
         })


def c10():
    key = "c10"
    cam = ("Camille Fortier", f"cfortier@{SCHOOL}")
    theo = ("Theo Abernathy", f"tabernathy@{SCHOOL}")
    jun = ("Jun Park", f"jpark3@{SCHOOL}")
    sent = T(2026, 10, 6, 21, 14, CHI, "Tue", "-05:00", 26)
    s = T(2026, 10, 15, 18, 30, CHI, "Thu", "-05:00")
    e = T(2026, 10, 15, 20, 0, CHI, "Thu", "-05:00")
    desc = ("Practice round for the Hollis National Moot Court Competition. Priya argues for Petitioner; "
            "Theo and Jun play the bench with me (we'll be tough - expect the questions on standing early). "
            "15 min per side plus 3 min rebuttal, then feedback. Bring your bench memo.")
    data, _ = google_invite(key, organizer=cam,
                            guests=[(cam[0], cam[1], "ACCEPTED"), (theo[0], theo[1], "ACCEPTED"),
                                    (jun[0], jun[1], "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")],
                            summary="Moot Court practice round - Priya (Petitioner)", start=s, end=e,
                            description=desc, sent=sent, uid=f"{hx('u', key, n=26)}@google.com",
                            location="Lakefront Law, Courtroom 204", meet=False)
    case("b276-10-moot-court-practice-round", [("01-invitation-moot-practice.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/mock-practice",
        "notes": "Google invite from a classmate for a moot-court practice argument with a mock 'bench'; "
                 "school activity, not a job interview.",
    })


def c11():
    key = "c11"
    wc = ("Whitney Caldera", "wcaldera@marloweatwater.example")
    vs = ("Victor Sandoval", "vsandoval@marloweatwater.example")
    cb = [("Kathleen Moriarty", "kmoriarty@marloweatwater.example", "Partner, Trial & Appellate"),
          ("Daniel Osei", "dosei@marloweatwater.example", "Partner, White Collar & Investigations"),
          ("Ingrid Halvorsen", "ihalvorsen@marloweatwater.example", "Associate, Trial & Appellate"),
          ("Samuel Park", "spark@marloweatwater.example", "Counsel, Appellate")]
    d1 = T(2026, 9, 30, 10, 5, LAX, "Wed", "-07:00", 9)
    d2 = T(2026, 9, 30, 12, 30, CHI, "Wed", "-05:00", 55)
    d3 = T(2026, 10, 8, 16, 48, LAX, "Thu", "-07:00", 36)
    s1 = T(2026, 10, 6, 13, 0, LAX, "Tue", "-07:00")
    cbs = T(2026, 10, 21, 9, 0, LAX, "Wed", "-07:00")
    cbe = T(2026, 10, 21, 11, 0, LAX, "Wed", "-07:00")
    zoom = "https://marloweatwater.zoom.us/j/7" + str(int(hx("z1", key)[:9], 16))
    role = "Trial & Appellate Associate"
    b1 = ["Dear Priya,",
          "Thank you for your interest in Marlowe Atwater. Victor Sandoval, a partner in our Trial & Appellate "
          "group (copied), would like to meet with you for an initial screening interview by Zoom on "
          "Tuesday, October 6, at 1:00 p.m. Pacific (3:00 p.m. Central). He has set aside 30 minutes.",
          f"Zoom: {zoom}\nPasscode: {hx('pc', key, n=6)}",
          "Please confirm at your convenience, and let me know if a different time would suit you better.",
          "Best regards,\nWhitney Caldera\nAttorney Recruiting Manager\nMarlowe Atwater LLP | Los Angeles"]
    m1 = message_id(key + "1", "x", "marloweatwater.example")
    e1 = email_bytes(key + "1", frm=wc, to=[ME], cc=[vs],
                     subject=f"Marlowe Atwater LLP - Screening Interview ({role})", date=d1,
                     root=alt(key + "1", txt_doc(b1), html_doc(b1), "base64", "base64", "mime"), mid=m1,
                     host="mx-out.marloweatwater.example")
    t2 = ("Dear Ms. Caldera,\n\nThank you - Tuesday, October 6, at 1:00 p.m. Pacific works perfectly. I look forward "
          "to speaking with Mr. Sandoval.\n\nBest,\nPriya Raman\n\n" + quote_block(d1, wc, txt_doc(b1)))
    m2 = message_id(key + "2", "owner")
    e2 = email_bytes(key + "2", frm=ME, to=[wc], cc=[vs],
                     subject=f"Re: Marlowe Atwater LLP - Screening Interview ({role})", date=d2, root=plain(t2),
                     mid=m2, in_reply_to=m1, references=m1, host="smtp.mail.example.com")
    rows = [[f"{a} - {b}", n, t, em] for (a, b), (n, em, t) in zip(
        [("9:00", "9:30 a.m."), ("9:30", "10:00 a.m."), ("10:00", "10:30 a.m."), ("10:30", "11:00 a.m.")], cb)]
    b3 = ["Dear Priya,",
          "Victor enjoyed your conversation, and we are pleased to invite you to a virtual callback with our Trial "
          "& Appellate group on Wednesday, October 21, 2026. Your schedule is below (all times Pacific; 11:00 a.m. "
          "- 1:00 p.m. Central).",
          ("table", ["Time (PT)", "Interviewer", "Title", "Email"], rows),
          "All four conversations use the same Zoom room; the interviewers will rotate in, so please stay "
          f"connected between sessions.\nZoom: https://marloweatwater.zoom.us/j/7{int(hx('z2', key)[:9], 16)}",
          "Ahead of the callback, please send an updated transcript if your fall grades are available. We know "
          "October is a busy month for 3Ls and appreciate your flexibility.",
          "Warm regards,\nWhitney Caldera\nAttorney Recruiting Manager\nMarlowe Atwater LLP"]
    m3 = message_id(key + "3", "x", "marloweatwater.example")
    e3 = email_bytes(key + "3", frm=wc, to=[ME], cc=[(n, em) for n, em, _ in cb],
                     subject="Marlowe Atwater LLP - Virtual Callback Itinerary: Wednesday, October 21", date=d3,
                     root=alt(key + "3", txt_doc(b3), html_doc(b3, "Calibri,sans-serif"), "quoted-printable",
                              "quoted-printable", "mime"), mid=m3, host="mx-out.marloweatwater.example")
    ems = [em for _, em, _ in cb]
    case("b276-11-la-screen-then-virtual-callback",
         [("01-screening-invite.eml", e1), ("02-priya-confirms.eml", e2), ("03-virtual-callback-itinerary.eml", e3)],
         {"interview": True,
          "interviews": [iv("Marlowe Atwater LLP", role, s1, s1 + timedelta(minutes=30), "scheduled", [vs[1]],
                            [vs[1]], "phone_screen"),
                         iv("Marlowe Atwater LLP", role, cbs, cbe, "scheduled", ems, ems, "onsite")],
          "difficulty": "medium", "category": "positive/two-interviews",
          "notes": "Two interviews with a Los Angeles firm: Zoom screen Tue Oct 6 13:00-13:30 PDT (body also gives "
                   "Central) and a virtual callback Wed Oct 21 09:00-11:00 PDT, four back-to-back 30-minute "
                   "sessions in an HTML table with interviewer addresses.",
          })


def c12():
    key = "c12"
    mo = ("Margaret Oyelaran", "moyelaran@halloranpike.example")
    ab = ("Alicia Brandt", "abrandt@halloranpike.example")
    sent = T(2026, 10, 2, 17, 15, CHI, "Fri", "-05:00", 28)
    T(2026, 10, 15, 17, 30, CHI, "Thu", "-05:00")
    chk_day(2026, 11, 13, "Fri")
    blocks = [
        "Dear Priya,",
        "It is my great pleasure, on behalf of the Hiring Committee, to extend to you an offer to join Halloran & "
        "Pike LLP as a first-year associate in our Chicago office, beginning in September 2027. Everyone you met "
        "during your callback spoke highly of your judgment and your writing.",
        "Your starting base salary will be $225,000, and the firm will also cover your bar review course and "
        "provide a stipend for the bar study period. Formal terms are set out in the attached letter. Consistent "
        "with NALP guidance, this offer will remain open until Friday, November 13, 2026.",
        "We would love for you to join us for our Second Look Reception on Thursday, October 15, from 5:30 to "
        "7:30 p.m. in our 40th-floor conference center. Alicia Brandt (copied) is happy to arrange coffee or lunch "
        "with any attorneys you would like to get to know better as you make your decision.",
        "Congratulations - we very much hope you will accept.",
        "Warm regards,\n\nMargaret Oyelaran\nPartner and Chair, Associate Hiring Committee\nHalloran & Pike LLP",
    ]
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    root = multi("mixed", [alt(key, txt_doc(blocks), html_doc(blocks, "Georgia,serif"), "quoted-printable",
                               "quoted-printable", "outlook"),
                           leaf('application/pdf; name="Raman_Offer_Letter_2027.pdf"', pdf, "base64",
                                ['Content-Disposition: attachment; filename="Raman_Offer_Letter_2027.pdf"'])],
                 key, "outlook")
    data = email_bytes(key, frm=mo, to=[ME], cc=[ab], subject="Offer of Employment - Halloran & Pike LLP",
                       date=sent, root=root, mid=message_id(key, "outlook"),
                       host="mail-ch2nam04.outbound.protection.outlook.com")
    case("b276-12-firm-offer-second-look", [("01-offer-letter.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/offer",
        "notes": "Offer letter with a dated Second Look Reception and optional coffee with attorneys; an offer "
                 "and a recruiting event, not an interview.",
    })


def c13():
    key = "c13"
    bam = ("Beth Ann Marchetti", "bmarchetti@kesslerwynn.example")
    hg = ("Hollis Grant", "hgrant@kesslerwynn.example")
    rl = ("Rebecca Lindahl", "rlindahl@kesslerwynn.example")
    role = "Labor & Employment Associate"
    s1 = T(2026, 10, 14, 16, 0, CHI, "Wed", "-05:00")
    s2 = T(2026, 10, 21, 16, 0, CHI, "Wed", "-05:00")
    where = "Kessler Wynn LLP, 70 W. Riverside Plaza, 22nd Floor (Room 22-South)"
    uid1, uid2 = exchange_uid(key + "a"), exchange_uid(key + "b")
    host = "mail-dm3nam02.outbound.protection.outlook.com"
    e1, _ = exchange_invite(key + "1", frm=bam, to=[ME, hg], subject=f"Interview: Priya Raman - {role} (Hollis Grant)",
                            sent=T(2026, 10, 6, 11, 20, CHI, "Tue", "-05:00", 4), start=s1,
                            end=s1 + timedelta(minutes=45), wintz="Central Standard Time", location=where,
                            body="Hi Priya,\n\nHollis Grant, who chairs our Labor & Employment group, will meet you in "
                                 "our office for about 45 minutes. Please check in at the 22nd-floor reception desk.\n\n"
                                 "Beth Ann Marchetti\nLegal Recruiting Manager | Kessler Wynn LLP",
                            uid=uid1, teams=False, host=host)
    e2, _ = exchange_invite(key + "2", frm=bam, to=[ME, hg],
                            subject=f"Canceled: Interview: Priya Raman - {role} (Hollis Grant)",
                            sent=T(2026, 10, 12, 8, 2, CHI, "Mon", "-05:00", 47), start=s1,
                            end=s1 + timedelta(minutes=45), wintz="Central Standard Time", location=where,
                            body="Priya - Hollis has been called to a hearing downstate on Wednesday and won't be "
                                 "back in time, so I'm cancelling this slot. I'll send a fresh invitation as soon as "
                                 "I've pinned down his calendar for next week. Apologies for the shuffle.\n\nBeth Ann",
                            uid=uid1, seq=1, method="CANCEL", teams=False, host=host)
    e3, _ = exchange_invite(key + "3", frm=bam, to=[ME, hg, rl],
                            subject=f"Interview (new date): Priya Raman - {role} (Hollis Grant / Rebecca Lindahl)",
                            sent=T(2026, 10, 13, 14, 40, CHI, "Tue", "-05:00", 15), start=s2,
                            end=s2 + timedelta(minutes=45), wintz="Central Standard Time", location=where,
                            body="Hi Priya,\n\nHere is the new time. Hollis has asked Rebecca Lindahl, a senior "
                                 "associate in the group, to join the conversation as well. Same room, same length.\n\n"
                                 "Thanks for your patience,\nBeth Ann Marchetti\nLegal Recruiting Manager",
                            uid=uid2, teams=False, host=host)
    case("b276-13-outlook-cancel-then-new-invite",
         [("01-invite-oct-14.eml", e1), ("02-canceled-oct-14.eml", e2), ("03-new-invite-oct-21.eml", e3)], {
             "interview": True,
             "interviews": [
                 iv("Kessler Wynn LLP", role, s1, s1 + timedelta(minutes=45), "cancelled", [hg[1]], [hg[1]],
                    "hiring_manager"),
                 iv("Kessler Wynn LLP", role, s2, s2 + timedelta(minutes=45), "scheduled", [hg[1], rl[1]],
                    [hg[1], rl[1]], "onsite")],
             "difficulty": "hard", "category": "positive/cancel-and-rebook",
             "notes": "Exchange invite (TZID 'Central Standard Time', '(UTC-06:00)' label, CDT date) for Wed Oct 14 "
                      "16:00; METHOD:CANCEL with the same UID; then a NEW event (different UID, SEQUENCE 0) for "
                      "Wed Oct 21 16:00 with an added interviewer. Per the rules: two entries, one cancelled and "
                      "one scheduled.",
         })


def c14():
    key = "c14"
    tg = ("Tamsin Greaves", "tgreaves@rookwoodbarr.example")
    jl = ("Jeffrey Lund", "jlund@rookwoodbarr.example")
    hm = ("Helen Marsh-Okoro", f"hmarshokoro@{SCHOOL}")
    cr = ("Lakeside Reporting Scheduling", "scheduling@lakesidereporting.example")
    s = T(2026, 10, 20, 10, 0, CHI, "Tue", "-05:00")
    body = ("Counsel:\n\nPlease find attached the Notice of Deposition in Alvarez v. Crestline Property Management, "
            "LLC, No. 2025 L 004417 (Cir. Ct. Lakeshore Cnty.). Defendant will take the oral examination of "
            "Gordon Whitacre, former property manager, on October 20, 2026 beginning at 10:00 a.m. Central and "
            "continuing until completed, before a certified shorthand reporter and videographer from Lakeside "
            "Reporting. The deposition will proceed remotely via Zoom; the reporter will circulate the link and "
            "exhibit-share instructions the day before.\n\nPlease forward to the witness and confirm attendance "
            "for the record. Counsel of record for Plaintiff: Prof. Helen Marsh-Okoro, Lakefront Civil Litigation "
            "Clinic, with Rule 711 student Priya Raman.\n\nTamsin Greaves\nLitigation Paralegal to Jeffrey Lund\n"
            "Rookwood Barr LLP")
    data, _ = exchange_invite(key, frm=tg, to=[hm, ME, jl], cc=[cr],
                              subject="Deposition of Gordon Whitacre - Alvarez v. Crestline, No. 2025 L 004417",
                              sent=T(2026, 10, 5, 15, 33, CHI, "Mon", "-05:00", 50), start=s,
                              end=s + timedelta(hours=3), wintz="Central Standard Time",
                              location="Remote via Zoom (Lakeside Reporting)", body=body,
                              uid=exchange_uid(key), teams=False,
                              attendees=[hm, ME, jl, cr], host="mail-sn1nam02.outbound.protection.outlook.com")
    case("b276-14-deposition-notice-clinic", [("01-deposition-notice-invite.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/not-candidate",
        "notes": "Exchange invite for a deposition ('oral examination' of a witness) in a clinic case where Priya "
                 "is the Rule 711 student attorney; a scheduled legal proceeding, she is not a job candidate.",
    })


def c15():
    key = "c15"
    gp = ("Gloria Pham", f"gpham@{SCHOOL}")
    io = ("Idris Okonkwo", f"iokonkwo@{SCHOOL}")
    sent = T(2026, 10, 13, 9, 41, CHI, "Tue", "-05:00", 2)
    s = T(2026, 10, 20, 15, 0, CHI, "Tue", "-05:00")
    desc = ("Priya Raman (Articles Editor, Lakefront Law Review) will interview Professor Okonkwo for the foreword to "
            "the Volume 62 symposium issue on algorithmic risk assessment in sentencing. Priya will send questions "
            "by Friday. Prof. Okonkwo asks to review quotations before publication. - Gloria (Faculty Assistant)")
    data, _ = google_invite(key, organizer=gp,
                            guests=[(gp[0], gp[1], "ACCEPTED"), (io[0], io[1], "ACCEPTED"),
                                    (OWNER, OWNER, "NEEDS-ACTION")],
                            summary="Interview: Prof. Okonkwo / Priya Raman (Law Review foreword)", start=s,
                            end=s + timedelta(minutes=45), description=desc, sent=sent,
                            uid=f"{hx('u', key, n=26)}@google.com", location="Faculty Office 512", meet=False)
    case("b276-15-law-review-professor-interview", [("01-invitation-law-review-interview.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/press-interview",
        "notes": "Google invite titled 'Interview:' for Priya (as law-review editor) to interview a professor "
                 "for an article; not a job interview.",
    })


def c16():
    key = "c16"
    jc = ("Jessamyn Cole", "jcole@ridgewaytolan.example")
    sent = T(2026, 10, 22, 15, 30, UTC, "Thu", "+00:00", 11)
    for d, w in ((16, "Mon"), (17, "Tue"), (19, "Thu")):
        chk_day(2026, 11, d, w)
    link = f"https://app.goodtime.io/availability/{hx('gt', key, n=20)}"
    blocks = [
        "Hi Priya,",
        "Congratulations! Ridgeway Tolan LLP would like to schedule your callback interviews in our New York "
        "office. The callback will last approximately three hours and will include meetings with partners and "
        "associates in the Intellectual Property group.",
        "Please share every time that works for you between 9:00 AM and 5:00 PM Eastern on the following dates:\n"
        "- Monday, November 16\n- Tuesday, November 17\n- Thursday, November 19",
        f"Share your availability: {link}",
        "Once we have coordinated attorney schedules, you will receive a confirmed itinerary and calendar "
        "invitations. Questions? Reply to this email to reach Jessamyn Cole in Attorney Recruiting.",
        "Ridgeway Tolan LLP Attorney Recruiting\nPowered by GoodTime",
    ]
    root = alt(key, txt_doc(blocks), html_doc(blocks), "quoted-printable", "quoted-printable", "mime")
    data = email_bytes(key, frm=("Ridgeway Tolan LLP", "scheduling@goodtime.io"), reply_to=jc, to=[ME],
                       subject="Ridgeway Tolan LLP: Please share your availability for callback interviews",
                       date=sent, root=root, mid=message_id(key, "x", "goodtime.io"), host="mail.goodtime.io")
    case("b276-16-goodtime-callback-availability", [("01-share-availability.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/availability-request",
        "notes": "GoodTime availability request for a callback: candidate dates only, nothing booked.",
    })


def c17():
    key = "c17"
    jen = ("Jenna Castillo", "jenna.castillo@northfieldrobotics.example")
    af = ("Aaron Feldstein", "aaron.feldstein@northfieldrobotics.example")
    s0 = T(2026, 10, 29, 11, 0, NYC, "Thu", "-04:00")
    s1 = T(2026, 11, 3, 11, 0, NYC, "Tue", "-05:00")
    assert s0.astimezone(CHI).hour == 10 and s1.astimezone(CHI).hour == 10
    assert utcz(s0) == "20261029T150000Z" and utcz(s1) == "20261103T160000Z"
    uid = f"{hx('u', key, n=26)}@google.com"
    role = "Associate Counsel, Commercial Transactions"
    guests = [(jen[0], jen[1], "ACCEPTED"), (af[0], af[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    summary = "Northfield Robotics - Priya Raman / Aaron Feldstein (Associate Counsel)"
    desc = (f"Hi Priya - this is your conversation with Aaron Feldstein, our Deputy General Counsel, about the {role} "
            "role on the in-house legal team. Aaron will join from our New York HQ. I won't be on the call, but "
            "feel free to reach me with any questions beforehand. - Jenna (Talent Partner, Legal & Compliance)")
    c0 = T(2026, 10, 21, 18, 9, UTC, "Wed", "+00:00", 41)
    e1, _ = google_invite(key + "1", organizer=jen, guests=guests, summary=summary, start=s0,
                          end=s0 + timedelta(minutes=45), description=desc, sent=c0, uid=uid)
    desc2 = ("Moved to Tuesday 11/3 - Aaron has a board meeting on the 29th. Same time on his end (11 ET).\n\n" + desc)
    e2, _ = google_invite(key + "2", organizer=jen, guests=guests, summary=summary, start=s1,
                          end=s1 + timedelta(minutes=45), description=desc2,
                          sent=T(2026, 10, 26, 16, 52, UTC, "Mon", "+00:00", 7), uid=uid, seq=1, updated=True,
                          created=c0, changed_note="Changed: date, time")
    case("b276-17-inhouse-google-moved-across-dst",
         [("01-invitation-oct-29.eml", e1), ("02-updated-invitation-nov-3.eml", e2)], {
             "interview": True,
             "interviews": [iv("Northfield Robotics", role, s1, s1 + timedelta(minutes=45), "scheduled", [af[1]],
                               [af[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/reschedule-sequence-dst",
             "notes": "Google invites shown in Priya's Central calendar: original Thu Oct 29 10:00 CDT (11:00 EDT, "
                      "15:00Z); updated invitation with the same UID and SEQUENCE 1 moves it to Tue Nov 3 10:00 CST "
                      "(11:00 EST, 16:00Z), two days after the US DST change - same wall time, UTC shifts one hour. "
                      "Organizer Jenna explicitly does not join.",
         })


def c18():
    key = "c18"
    gw = ("Gwen Albright", "galbright@sutherlandorr.example")
    d1 = T(2026, 10, 27, 10, 14, CHI, "Tue", "-05:00", 30)
    d2 = T(2026, 10, 28, 19, 3, UTC, "Wed", "+00:00", 12)
    s = T(2026, 11, 2, 9, 0, CHI, "Mon", "-06:00")
    e = s + timedelta(minutes=20)
    assert utcz(s) == "20261102T150000Z"
    role = "Trusts & Estates Associate"
    cal_link = "https://calendly.com/galbright-sutherlandorr/associate-screen"
    t1 = ("Hi Priya,\n\nThanks for applying for our Trusts & Estates associate opening. Before we bring candidates in "
          "to meet the group, I do a short screening call to talk through your interest in private client work and "
          "your timing.\n\nPlease grab any 20-minute slot that suits you on my calendar: " + cal_link + "\n\n"
          "Talk soon,\nGwen Albright\nLegal Recruiting Manager | Sutherland Orr LLP | Chicago\n")
    m1 = message_id(key + "1", "x", "sutherlandorr.example")
    e1 = email_bytes(key + "1", frm=gw, to=[ME], subject="Sutherland Orr - Trusts & Estates associate opening",
                     date=d1, root=plain(t1), mid=m1, host="smtp.sutherlandorr.example")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{uuidish('cal', key)}@calendly.com", f"DTSTAMP:{utcz(d2)}",
               f"DTSTART:{utcz(s)}", f"DTEND:{utcz(e)}",
               f"SUMMARY:Priya Raman and Gwen Albright", "DESCRIPTION:Event Name: Associate Screening Call\\n\\n"
               "Location: Gwen will call you at +1 312-555-0148\\n\\nNeed to make changes to this event?\\n"
               f"Cancel: https://calendly.com/cancellations/{uuidish('cx', key)}\\n"
               f"Reschedule: https://calendly.com/reschedulings/{uuidish('cx', key)}",
               "LOCATION:+1 312-555-0148", f"ORGANIZER;CN={gw[0]}:mailto:{gw[1]}",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
               f"ATTENDEE;CN={gw[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{gw[1]}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    b2 = ["Hi Priya Raman,",
          "A new event has been scheduled.",
          f"Event Type:\nAssociate Screening Call\n\nInvitee:\nPriya Raman\n\nEvent Date/Time:\n"
          f"{ampm(s, 'calendly')} - {longdate(s)} (Central Time - US & Canada)\n\nLocation:\n"
          "Gwen will call you at +1 312-555-0148\n\nHost:\nGwen Albright",
          f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{uuidish('cx', key)}\n"
          f"Reschedule: https://calendly.com/reschedulings/{uuidish('cx', key)}",
          "Powered by Calendly.com"]
    r2 = multi("mixed", [alt(key + "2", txt_doc(b2), html_doc(b2), "quoted-printable", "quoted-printable", "mime"),
                         ics_attachment(cal, "invite.ics", "REQUEST")], key + "2", "mime")
    e2 = email_bytes(key + "2", frm=("Calendly", "notifications@calendly.com"), reply_to=gw, to=[ME],
                     subject=f"Confirmed: Associate Screening Call with Gwen Albright on {longdate(s)}", date=d2,
                     root=r2, mid=message_id(key + "2", "x", "calendly.com"), host="o1.email.calendly.com",
                     return_path="bounces+1184@em.calendly.com")
    case("b276-18-calendly-screen-after-dst",
         [("01-gwen-calendly-link.eml", e1), ("02-calendly-confirmed.eml", e2)], {
             "interview": True,
             "interviews": [iv("Sutherland Orr LLP", role, s, e, "scheduled", [gw[1]], [gw[1]], "phone_screen")],
             "difficulty": "medium", "category": "positive/calendly-dst",
             "notes": "Recruiting manager sends a Calendly link (not yet an interview), then the Calendly "
                      "confirmation: Mon Nov 2 9:00am Central (CST, -06:00; .ics 15:00Z) - booked on Oct 28 "
                      "while Chicago was still on CDT. The recruiter conducts the screen herself.",
         })


def c19():
    key = "c19"
    cbz = ("Corinne Bassett", "cbassett@pembertonhale.example")
    gl = ("Geoffrey Lam", "glam@pembertonhale.example")
    s = T(2026, 11, 2, 10, 0, LAX, "Mon", "-08:00")
    e = T(2026, 11, 2, 11, 0, LAX, "Mon", "-08:00")
    assert utcz(s) == "20261102T180000Z"
    stamp = T(2026, 10, 23, 22, 12, UTC, "Fri", "+00:00", 5)
    role = "Junior Associate, Entertainment & Media Litigation"
    desc = (f"When: {longdate(s)} 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nDear Priya,\n\nGeoffrey Lam, hiring partner for "
            f"our Entertainment & Media Litigation group, will interview you over Teams for the {role.lower()} "
            "position. Please have a copy of your writing sample handy.\n\nCorinne Bassett\nAttorney Recruiting "
            "Coordinator | Pemberton Hale LLP | Los Angeles\n\n" + teams_footer(key))
    L = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtz_windows("Pacific Standard Time", "-0800", "-0700")
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={cbz[0]}:mailto:{cbz[1]}",
          f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
          f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={gl[0]}:mailto:{gl[1]}",
          f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{exchange_uid(key)}",
          f"SUMMARY;LANGUAGE=en-US:Pemberton Hale LLP - Interview with Geoffrey Lam ({role})",
          f"DTSTART;TZID=Pacific Standard Time:{loc(s)}", f"DTEND;TZID=Pacific Standard Time:{loc(e)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcz(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    case("b276-19-standalone-ics-pacific-after-dst",
         [("01-pemberton-hale-interview.ics", ics(L).encode("utf-8"))], {
             "interview": True,
             "interviews": [iv("Pemberton Hale LLP", role, s, e, "scheduled", [gl[1]], [gl[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/standalone-ics",
             "notes": "Standalone Outlook .ics (Windows TZID 'Pacific Standard Time' with VTIMEZONE) for Mon Nov 2 "
                      "10:00-11:00 PST (-08:00, 18:00Z), the day after the US DST change; Priya is an ATTENDEE.",
         })


def c20():
    key = "c20"
    md = ("Monique Delacourt", "mdelacourt@bramhallquince.example")
    sak = ("Stephen Adebayo-Klein", "sadebayo-klein@bramhallquince.example")
    fq = ("Farah Qureshi", "fqureshi@bramhallquince.example")
    d1 = T(2026, 10, 30, 14, 18, CHI, "Fri", "-05:00", 22)
    s = T(2026, 11, 5, 10, 0, CHI, "Thu", "-06:00")
    e = T(2026, 11, 5, 11, 0, CHI, "Thu", "-06:00")
    role = "Real Estate Associate"
    blocks = [
        "Dear Priya,",
        f"Thank you for your interest in the {role} position at Bramhall & Quince. I am pleased to confirm your "
        "interviews at our Chicago office on Thursday, November 5:",
        ("table", ["Time (Central)", "Interviewer", "Title"],
         [["10:00 - 10:30 a.m.", "Stephen Adebayo-Klein", "Hiring Partner, Real Estate"],
          ["10:30 - 11:00 a.m.", "Farah Qureshi", "Senior Associate, Real Estate"]]),
        "Our offices are at 1 Riverbend Plaza, Suite 2800. A friendly reminder that clocks fall back this Sunday, "
        "so your interview is at 10:00 a.m. Central Standard Time.",
        "I have placed a hold on your calendar from the firm's calendar as well. Please let me know if you need "
        "parking validation.",
        "Best regards,\nMonique Delacourt\nLegal Recruiting Coordinator\nBramhall & Quince LLP",
    ]
    e1 = email_bytes(key, frm=md, to=[ME], cc=[sak, fq],
                     subject="Bramhall & Quince - Interview on Thursday, November 5", date=d1,
                     root=alt(key, txt_doc(blocks), html_doc(blocks), "base64", "base64", "mime"),
                     mid=message_id(key, "x", "bramhallquince.example"), host="mail.bramhallquince.example")
    eid = hx("gid", key, n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('etag', key)[:14], 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-30T19:20:41.000Z",
        "updated": "2026-10-30T19:21:03.114Z",
        "summary": f"Interviews - Priya Raman ({role})",
        "description": "10:00 Stephen Adebayo-Klein (Hiring Partner)\n10:30 Farah Qureshi (Senior Associate)\n"
                       "Check in at 28th floor reception.",
        "location": "Bramhall & Quince LLP, 1 Riverbend Plaza, Suite 2800, Chicago, IL",
        "creator": {"email": md[1], "displayName": md[0]},
        "organizer": {"email": md[1], "displayName": md[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": md[1], "displayName": md[0], "organizer": True, "responseStatus": "accepted"},
            {"email": sak[1], "displayName": sak[0], "responseStatus": "accepted"},
            {"email": fq[1], "displayName": fq[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("b276-20-chicago-mail-plus-gcal-json",
         [("01-interview-confirmation.eml", e1),
          ("02-calendar-hold.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())], {
             "interview": True,
             "interviews": [iv("Bramhall & Quince LLP", role, s, e, "scheduled", [sak[1], fq[1]], [sak[1], fq[1]],
                               "onsite")],
             "difficulty": "medium", "category": "positive/dedupe-gcal-json",
             "notes": "Coordinator mail (sent Fri Oct 30, -0500 CDT) with an itinerary table for Thu Nov 5, after "
                      "the Nov 1 fall-back (10:00-11:00 CST, -06:00), plus the same event as a Calendar API item "
                      "(self: true). One interview, two interviewers.",
         })


def c21():
    key = "c21"
    lp = ("Lauren Pisano", "lpisano@dvflaw.example")
    mh = ("Michael Haverford", "mhaverford@dvflaw.example")
    am = ("Aditi Menon", "amenon@dvflaw.example")
    s = T(2026, 11, 10, 15, 0, NYC, "Tue", "-05:00")
    role = "Bankruptcy & Restructuring Associate"
    data, _ = exchange_invite(key, frm=lp, to=[ME, mh, am],
                              subject=f"DVF Interview - Priya Raman - {role}",
                              sent=T(2026, 11, 4, 9, 47, NYC, "Wed", "-05:00", 38), start=s,
                              end=s + timedelta(minutes=45), wintz="Eastern Standard Time",
                              location="Microsoft Teams Meeting",
                              body=f"Dear Priya,\n\nMichael Haverford (Partner) and Aditi Menon (Associate) from our "
                                   f"Bankruptcy & Restructuring group will interview you over Teams for our {role} "
                                   "opening. For your planning, this is 2:00 p.m. in Chicago.\n\nWith best regards,\n"
                                   "Lauren Pisano\nRecruiting Coordinator | Delacroix Vance & Ferris LLP",
                              uid=exchange_uid(key), host="mail-bl2nam06.outbound.protection.outlook.com")
    case("b276-21-teams-panel-est-label", [("01-teams-interview-invite.eml", data)], {
        "interview": True,
        "interviews": [iv("Delacroix Vance & Ferris LLP", role, s, s + timedelta(minutes=45), "scheduled",
                          [mh[1], am[1]], [mh[1], am[1]], "onsite")],
        "difficulty": "easy", "category": "positive/exchange-teams",
        "notes": "Exchange/Teams invite with Windows TZID 'Eastern Standard Time' and '(UTC-05:00)' label; Tue Nov "
                 "10 15:00-15:45 EST (after DST, so the label now matches). Two interviewers -> panel.",
    })


def c22():
    key = "c22"
    sent = T(2026, 11, 12, 10, 0, CHI, "Thu", "-06:00", 4)
    chk_day(2027, 2, 23, "Tue")
    chk_day(2027, 2, 24, "Wed")
    num = int(hx("app", key)[:6], 16) % 900000 + 100000
    blocks = [
        f"Applicant: Priya Raman\nApplicant No.: {num}",
        "Your application to sit for the February 2027 Bar Examination has been accepted, and your seat "
        "reservation is confirmed as follows:",
        ("table", ["Day", "Date", "Check-in", "Testing"],
         [["Day 1 (MPT / MEE)", "Tuesday, February 23, 2027", "7:30 a.m.", "9:00 a.m. - 4:30 p.m."],
          ["Day 2 (MBE)", "Wednesday, February 24, 2027", "7:30 a.m.", "9:00 a.m. - 4:30 p.m."]]),
        "Location: Riverside Exposition Center, Hall C, Chicago. Seat: C-0417. Bring your admission ticket "
        "(available in the applicant portal 14 days before the exam) and a government-issued photo ID.",
        "Laptop registration for ExamSoft closes January 19, 2027. Applicants requesting testing accommodations "
        "will be contacted separately.",
        "Board of Admissions to the Bar - Examination Services\nThis mailbox is not monitored.",
    ]
    data = email_bytes(key, frm=("Board of Admissions to the Bar", "exam-services@lawexaminers-il.example"),
                       to=[ME], subject="Seat Assignment Confirmation - February 2027 Bar Examination", date=sent,
                       root=alt(key, txt_doc(blocks), html_doc(blocks), "quoted-printable", "base64", "mime"),
                       mid=message_id(key, "x", "lawexaminers-il.example"), host="mailer.lawexaminers-il.example")
    chk_day(2027, 1, 19, "Tue")
    case("b276-22-bar-exam-seat-confirmation", [("01-bar-exam-seat.eml", data)], {
        "interview": False, "interviews": [], "difficulty": "easy", "category": "negative/government-exam",
        "notes": "Bar examination seat confirmation with check-in times; an exam, not an interview.",
    })


# =========================================================================== output
TZ_POINTS = [
    ("01", "Symplicity .ics with TZID America/Chicago; Tue Aug 11 10:20 and 14:00 CDT (-05:00)."),
    ("03", "'tomorrow at 2:00 p.m. Eastern' resolved against Date Tue 25 Aug 2026 -0400 -> Wed Aug 26 14:00 EDT "
           "(13:00 CDT); owner reply dated -0500."),
    ("07", "New York callback Thu Sep 24 09:30-13:00 EDT (-04:00); Exchange TZID 'Eastern Standard Time' with a "
           "'(UTC-05:00)' display label during daylight time."),
    ("09", "Greenhouse .ics in UTC (18:00Z); body gives 11:00 PDT / 1:00 PM CDT; cancelled."),
    ("11", "Los Angeles: Oct 6 13:00 PDT (-07:00) with Central equivalent in body; Oct 21 09:00-11:00 PDT."),
    ("13", "Exchange TZID 'Central Standard Time', '(UTC-06:00)' label, events on Oct 14 / Oct 21 in CDT (-05:00)."),
    ("17", "Google invites displayed in Central: Oct 29 10:00 CDT (11:00 EDT, 15:00Z) moved to Nov 3 10:00 CST "
           "(11:00 EST, 16:00Z) across the US DST end on Sun Nov 1."),
    ("18", "Calendly booked Oct 28 (CDT) for Mon Nov 2 09:00 CST (-06:00, 15:00Z), first weekday after DST end."),
    ("19", "Standalone .ics, Windows TZID 'Pacific Standard Time', Mon Nov 2 10:00 PST (-08:00, 18:00Z)."),
    ("20", "Mail sent Fri Oct 30 -0500 (CDT) for Thu Nov 5 10:00 CST (-06:00); Calendar API event with "
           "timeZone America/Chicago."),
    ("21", "Exchange TZID 'Eastern Standard Time', '(UTC-05:00)' label, Tue Nov 10 15:00 EST (-05:00)."),
    ("08", "Scam: sender Date +0100, 'Monday September 21 at 10:00 AM EST' although New York is on EDT (negative)."),
    ("22", "Bar exam seat confirmation sent Thu Nov 12 -0600 (CST) for Feb 23-24, 2027 (negative)."),
]


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    st = {}
    kd = {}
    for i in ivs:
        st[i["status"]] = st.get(i["status"], 0) + 1
        kd[i["kind"]] = kd.get(i["kind"], 0) + 1
    lines = [
        "# blind276: US legal hiring - law firms, clerkship, public defender, in-house (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a third-year law student / junior associate candidate in "
        "Chicago (America/Chicago), interviewing with law firms in Chicago, New York and Los Angeles, a federal "
        "judge's chambers, a public defender's office and in-house legal teams.",
        "",
        "This set was written blind: only /work/shared/eval/README.md and three dev items were read for the "
        "format; no tool code, tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- OCI schedules from Symplicity listing two firms in one mail (no interviewer addresses).",
        "- Firm callback itineraries as HTML tables, a New York callback split into three Exchange invites "
        "including lunch with associates, and a virtual callback in a table.",
        "- A clerkship thread where chambers proposes two slots and confirms one; clerks as interviewers.",
        "- Times only in the body ('tomorrow at 2:00 p.m. Eastern'), reschedule by e-mail with a changed panel, "
        "a Google SEQUENCE reschedule across the Nov 1 US DST change, a Greenhouse cancellation, and an Outlook "
        "cancellation followed by a new event (two entries).",
        "- Legal look-alikes: CLE webinar on interviewing, moot-court practice 'bench', deposition notice "
        "('oral examination'), law-review interview of a professor, offer with second-look reception, "
        "no-callback letter, GoodTime availability request, Telegram scam, bar exam seat confirmation.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} (by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(st.items())) + "; by kind: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kd.items())) + ")",
        "",
        "## Formats used",
        "- Plain-text human threads (7bit, quoted-printable, base64) with In-Reply-To/References.",
        "- HTML + text multipart/alternative (quoted-printable and base64) with itinerary tables.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
        "invite.ics), including an 'Updated invitation' with SEQUENCE 1.",
        "- Exchange/Outlook invites (Windows TZIDs, X-MICROSOFT-CDO-* properties, '(UTC-0X:00)' labels, Teams "
        "footer), including METHOD:CANCEL.",
        "- ATS/vendor mails with .ics attachments: Symplicity (PUBLISH, two files), Greenhouse (REQUEST and "
        "CANCEL), Calendly; GoodTime availability request without .ics.",
        "- A standalone Outlook .ics file (case 19) and a Google Calendar API event .gcal.json (case 20).",
        "",
        "## Time-zone / DST points",
    ]
    for n, t in sorted(TZ_POINTS):
        lines.append(f"- Case {n}: {t}")
    lines += ["", "Regenerate with `python make_cases.py` (deterministic; deletes and rewrites every b276-* folder, "
                  "labels.yaml and this README)."]
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    for d in sorted(OUT.glob("b276-*")):
        if d.is_dir():
            shutil.rmtree(d)
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
               c20, c21, c22):
        fn()
    for i, (folder, items) in enumerate(CASES, start=1):
        assert folder.startswith(f"b276-{i:02d}-"), folder
        d = OUT / folder
        d.mkdir()
        for j, (name, data) in enumerate(items, start=1):
            assert name.startswith(f"{j:02d}-"), name
            (d / name).write_bytes(data)
    assert set(LABELS) == {f for f, _ in CASES}
    for k, v in LABELS.items():
        assert v["interview"] == bool(v["interviews"]), k
    hdr = "# Labels for blind276 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(hdr + body, encoding="utf-8")
    write_readme(LABELS)
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
