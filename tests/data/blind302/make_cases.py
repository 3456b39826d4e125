#!/usr/bin/env python3
"""Generate the blind302 evaluation set (Phnom Penh, Khmer/English/French mail).

Deletes and rewrites every b302-* case folder plus labels.yaml next to this script.
Deterministic: all dates are fixed, and Message-IDs, UIDs and MIME boundaries are
derived from SHA-256 hashes of a fixed seed.  Standard library + PyYAML only.
"""
import base64
import hashlib
import json
import quopri
import shutil
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind302-phnom-penh-v1"
OWNER = "sokha.chea@example.com"
OWNER_NAME = "Sokha Chea"

PP = ZoneInfo("Asia/Phnom_Penh")
BKK = ZoneInfo("Asia/Bangkok")
SG = ZoneInfo("Asia/Singapore")
PAR = ZoneInfo("Europe/Paris")
UTC = timezone.utc
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# --------------------------------------------------------------------------- checks
def _off(dt):
    z = dt.strftime("%z")
    return z[:3] + ":" + z[3:]


def T(y, mo, d, h, mi, tz, wd, off, s=0):
    """Aware datetime with asserted weekday and UTC offset."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    assert DAYS[dt.weekday()] == wd, (dt, wd, DAYS[dt.weekday()])
    assert _off(dt) == off, (dt, off, _off(dt))
    return dt


def _dst_asserts():
    ny, ldn = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
    # US 2026: Mar 8 / Nov 1; EU/UK 2026: Mar 29 / Oct 25
    assert _off(datetime(2026, 3, 7, 12, tzinfo=ny)) == "-05:00"
    assert _off(datetime(2026, 3, 9, 12, tzinfo=ny)) == "-04:00"
    assert _off(datetime(2026, 10, 31, 12, tzinfo=ny)) == "-04:00"
    assert _off(datetime(2026, 11, 2, 12, tzinfo=ny)) == "-05:00"
    for z, w, s in ((PAR, "+01:00", "+02:00"), (ldn, "+00:00", "+01:00")):
        assert _off(datetime(2026, 3, 28, 12, tzinfo=z)) == w
        assert _off(datetime(2026, 3, 30, 12, tzinfo=z)) == s
        assert _off(datetime(2026, 10, 24, 12, tzinfo=z)) == s
        assert _off(datetime(2026, 10, 26, 12, tzinfo=z)) == w
    # Sunday 25 Oct 2026 is the EU change day; Cambodia, Thailand, Singapore have no DST
    assert DAYS[datetime(2026, 10, 25).weekday()] == "Sun"
    assert DAYS[datetime(2026, 11, 1).weekday()] == "Sun"
    for z, o in ((PP, "+07:00"), (BKK, "+07:00"), (SG, "+08:00")):
        for m in (1, 3, 6, 10, 11):
            assert _off(datetime(2026, m, 15, 12, tzinfo=z)) == o


_dst_asserts()


# --------------------------------------------------------------------------- ids
def hx(*parts, n=32):
    raw = "|".join((SEED,) + tuple(str(p) for p in parts))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:n]


def huuid(*parts):
    return str(uuid.UUID(hx(*parts, n=32)))


def b64id(*parts, n=24):
    d = hashlib.sha256(("|".join((SEED,) + parts)).encode()).digest()
    return base64.urlsafe_b64encode(d).decode().rstrip("=")[:n].replace("-", "+").replace("_", "x")


def mid_gmail(*parts):
    return f"<CA+{b64id(*parts)}{b64id('x', *parts, n=12)}@mail.gmail.com>"


def mid_outlook(*parts):
    return f"<SG2PR06MB{hx(*parts, n=4).upper()}{hx('o', *parts, n=12).upper()}@SG2PR06MB{hx('p', *parts, n=4).upper()}.apcprd06.prod.outlook.com>"


def mid_host(host, *parts):
    return f"<{hx(*parts, n=24)}@{host}>"


def gboundary(*parts):
    return "0000000000" + hx("b", *parts, n=16)


def kd(s):
    """Latin digits -> Khmer digits."""
    return str(s).translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))


# --------------------------------------------------------------------------- headers
def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode()


def rfcdate(dt):
    return format_datetime(dt)


# --------------------------------------------------------------------------- MIME
def leaf(ctype, payload, cte="quoted-printable", extra=()):
    return ("leaf", ctype, payload, cte, list(extra))


def multi(subtype, boundary, *children):
    return ("multi", subtype, boundary, list(children))


def _encode(payload, cte):
    data = payload if isinstance(payload, bytes) else payload.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    return data.decode("utf-8").rstrip("\n")


def _render(node):
    if node[0] == "leaf":
        _, ctype, payload, cte, extra = node
        lines = [f"Content-Type: {ctype}"]
        lines += extra
        lines.append(f"Content-Transfer-Encoding: {cte}")
        return "\n".join(lines) + "\n\n" + _encode(payload, cte) + "\n"
    _, subtype, boundary, children = node
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for c in children:
        out += f"--{boundary}\n" + _render(c) + "\n"
    out += f"--{boundary}--\n"
    return out


def eml(headers, body):
    """headers: list of (name, value); Delivered-To owner is always first."""
    hs = [("Delivered-To", OWNER)] + [h for h in headers if h[1] is not None]
    text = "".join(f"{k}: {v}\n" for k, v in hs) + "MIME-Version: 1.0\n" + _render(body)
    return text.encode("utf-8")


def html_wrap(paragraphs, style="font-family:Arial,sans-serif;font-size:14px"):
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="{style}">\n{body}</div></body></html>\n')


def to_html(text):
    paras = [p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
             for p in text.strip("\n").split("\n\n")]
    return html_wrap(paras)


# --------------------------------------------------------------------------- iCalendar
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b" ", 75
        cur += b
    out.append(cur)
    return b"\r\n".join(out).decode("utf-8")


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "Asia/Phnom_Penh": ["BEGIN:VTIMEZONE", "TZID:Asia/Phnom_Penh", "X-LIC-LOCATION:Asia/Phnom_Penh",
                        "BEGIN:STANDARD", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:+07",
                        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Bangkok": ["BEGIN:VTIMEZONE", "TZID:Asia/Bangkok", "X-LIC-LOCATION:Asia/Bangkok",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Singapore": ["BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "BEGIN:STANDARD",
                       "DTSTART:19820101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:SGT",
                       "END:STANDARD", "END:VTIMEZONE"],
    "SE Asia Standard Time": ["BEGIN:VTIMEZONE", "TZID:SE Asia Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T000000", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700",
                              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                              "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Romance Standard Time": ["BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                              "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                              "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                              "END:DAYLIGHT", "END:VTIMEZONE"],
}


def vcal(prodid, method, events, tzids=(), extra_head=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_head)
    for t in tzids:
        lines += VTZ[t]
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return ics_text(lines)


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    cn = name or email
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN="{cn}":mailto:{email}'


def vevent(uid, start, end, summary, organizer, attendees, description="", location="", seq=0,
           stamp=None, tzid=None, status="CONFIRMED", extra=(), created=None, allday=False):
    lines = ["BEGIN:VEVENT"]
    if allday:
        lines += [f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}", f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}"]
    elif tzid:
        lines += [f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}"]
    else:
        lines += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    lines.append(f"DTSTAMP:{zstamp(stamp)}")
    on, oe = organizer
    lines.append(f"ORGANIZER;CN={on}:mailto:{oe}")
    lines.append(f"UID:{uid}")
    lines += attendees
    if created:
        lines.append(f"CREATED:{zstamp(created)}")
    if description:
        lines.append("DESCRIPTION:" + ics_esc(description))
    lines.append(f"LAST-MODIFIED:{zstamp(stamp)}")
    if location:
        lines.append("LOCATION:" + ics_esc(location))
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + ics_esc(summary), "TRANSP:OPAQUE"]
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def valarm(minutes=15, text="Reminder"):
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{text}", f"TRIGGER:-P0DT0H{minutes}M0S", "END:VALARM"]


# --------------------------------------------------------------------------- vendor templates
GOOGLE_FOOTER = (
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, "
    "be added to the guest list, invite others regardless of their own invitation status, or "
    "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")


def _gtime(dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def google_invite(key, *, title, start, end, tzlabel, tzabbr, organizer, guests, description,
                  sent, seq=0, updated=False, meet=None, location="", created=None, reply_to=None,
                  cancelled=False):
    """Google Calendar invitation e-mail (multipart/mixed with invite.ics)."""
    on, oe = organizer
    eid = base64.b64encode(f"{hx('eid', key, n=26)} {OWNER}".encode()).decode().rstrip("=")
    uid = f"{hx('guid', key, n=26)}@google.com"
    when = (f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {_gtime(start)} \u2013 {_gtime(end)}")
    prefix = "Canceled event" if cancelled else ("Updated invitation" if updated else "Invitation")
    subj_when = (f"{start.strftime('%a %b')} {start.day}, {start.year} {_gtime(start)} - {_gtime(end)} ({tzabbr})")
    subject = f"{prefix}: {title} @ {subj_when} ({OWNER})"
    lines = [title]
    if updated:
        lines = ["This event has been updated", "Changed: time", "", title]
    lines += [when, tzlabel, ""]
    if location:
        lines += ["Location", location, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", f"(KH) +855 23 9{hx('tel', key, n=5).translate(str.maketrans('abcdef', '123456'))}",
                  f"PIN: {int(hx('pin', key, n=8), 16) % 900000000 + 100000000}", ""]
    lines += ["Organizer", on, oe, "", "Guests", f"{on} - organizer", oe]
    for gn, ge in guests:
        if ge != oe:
            lines += [gn, ge]
    lines += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", "",
              description, "",
              f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}",
              "", "", "~~//~~", GOOGLE_FOOTER]
    plain = "\n".join(lines) + "\n"
    atts = [attendee(on, oe, partstat="ACCEPTED", google=True)]
    for gn, ge in guests:
        if ge != oe:
            atts.append(attendee(gn if ge != OWNER else ge, ge, google=True))
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: "
                 f"https://meet.google.com/{meet}\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-")
    ev = vevent(uid, start, end, title, organizer, atts, desc, location, seq=seq, stamp=sent,
                created=created or sent, status="CANCELLED" if cancelled else "CONFIRMED",
                extra=(["X-GOOGLE-CONFERENCE:https://meet.google.com/" + meet] if meet else []) + valarm(30))
    method = "CANCEL" if cancelled else "REQUEST"
    cal = vcal("-//Google Inc//Google Calendar 70.9054//EN", method, [ev])
    b1, b2 = gboundary("mixed", key, seq), gboundary("alt", key, seq)
    body = multi("mixed", b1,
                 multi("alternative", b2,
                       leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
                       leaf('text/html; charset="UTF-8"', to_html(plain), "quoted-printable"),
                       leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64")),
                 leaf('application/ics; name="invite.ics"', cal, "base64",
                      ['Content-Disposition: attachment; filename="invite.ics"']))
    headers = [
        ("Received", f"by mail-sor-f{int(hx('rcv', key, n=2), 16) % 90 + 10}.google.com with SMTPS id "
                     f"{hx('smtp', key, seq, n=12)}\n        for <{OWNER}>\n        (Google Transport Security);\n"
                     f"        {rfcdate(sent.astimezone(UTC))}"),
        ("Return-Path", f"<{b64id('rp', key, n=22)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*(reply_to or organizer))),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{huuid('msg', key, seq)}@google.com>"),
        ("Date", rfcdate(sent.astimezone(UTC))),
        ("Subject", enc_subject(subject)),
        ("From", addr(on, oe)),
        ("To", OWNER),
    ]
    return eml(headers, body), uid


def exchange_invite(key, *, subject, start, end, tzid, tz_label, organizer, required, optional=(),
                    body_text, sent, location, seq=0, teams=True, lang="en-US", thread_topic=None,
                    importance=None, cancelled=False):
    """Exchange/Outlook meeting request (multipart/alternative with text/calendar)."""
    on, oe = organizer
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("exuid", key, n=32).upper()
    meet_id = f"{int(hx('tm', key, n=10), 16) % 900000000000 + 100000000000}"
    meet_id = " ".join([meet_id[:3], meet_id[3:6], meet_id[6:9], meet_id[9:]])
    passcode = b64id("pc", key, n=6)
    when = f"When: {start.strftime('%A, %d %B %Y')} {start.strftime('%H:%M')}-{end.strftime('%H:%M')} {tz_label}."
    plain = body_text.rstrip("\n") + "\n\n"
    if teams:
        plain += ("________________________________________________________________________________\n"
                  "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                  f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id('tl', key, n=40)}%40thread.v2/0>\n"
                  f"Meeting ID: {meet_id}\nPasscode: {passcode}\n"
                  "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
                  "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                  "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
                  "________________________________________________________________________________\n")
    plain = when + "\nWhere: " + location + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + plain
    atts = [attendee(n, e) for n, e in required] + [attendee(n, e, role="OPT-PARTICIPANT") for n, e in optional]
    extra = ["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
             "X-MICROSOFT-CDO-OWNERAPPTID:%d" % (int(hx("own", key, n=7), 16)),
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
             "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if teams:
        extra.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                     f"{b64id('tl', key, n=40)}%40thread.v2/0")
    extra += valarm(15)
    ev = vevent(uid, start, end, subject, organizer, atts, plain, location, seq=seq, stamp=sent, tzid=tzid,
                status="CANCELLED" if cancelled else "CONFIRMED", extra=extra)
    ev = [l for l in ev if not l.startswith("TRANSP")]
    method = "CANCEL" if cancelled else "REQUEST"
    cal = vcal("Microsoft Exchange Server 2010", method, [ev], tzids=[tzid])
    cal = cal.replace("CALSCALE:GREGORIAN\r\n", "")
    bnd = f"_000_{hx('exb', key, n=12).upper()}SG2PR06MB{hx('exc', key, n=4).upper()}apcp_"
    html = to_html(plain)
    body = multi("alternative", bnd,
                 leaf('text/plain; charset="utf-8"', plain, "base64"),
                 leaf('text/html; charset="utf-8"', html, "quoted-printable"),
                 leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"))
    to_list = [addr(n, e) for n, e in required if e != oe]
    headers = [
        ("From", addr(on, oe)),
        ("To", ", ".join(to_list)),
        ("Cc", ", ".join(addr(n, e) for n, e in optional) or None),
        ("Subject", enc_subject(("Canceled: " if cancelled else "") + subject)),
        ("Thread-Topic", enc_subject(thread_topic or subject)),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", key, n=44))).decode()),
        ("Date", rfcdate(sent)),
        ("Message-ID", mid_outlook("ex", key, seq)),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Importance", importance),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]
    return eml(headers, body), uid


def simple_mail(key, *, frm, to, subject, sent, text, cc=None, reply_to=None, in_reply_to=None,
                references=None, html=False, cte="quoted-printable", mid=None, extra_headers=(),
                attachments=(), html_text=None):
    """Human or ATS e-mail; text/plain (or text/plain + text/html); optional attachments."""
    if html:
        alt = multi("alternative", gboundary("alt", key),
                    leaf('text/plain; charset="UTF-8"', text, cte),
                    leaf('text/html; charset="UTF-8"', html_text or to_html(text), "quoted-printable"))
    else:
        alt = leaf('text/plain; charset="UTF-8"', text, cte)
    if attachments:
        parts = [alt]
        for fname, ctype, data in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                              [f'Content-Disposition: attachment; filename="{fname}"']))
        body = multi("mixed", gboundary("mix", key), *parts)
    else:
        body = alt
    headers = [("From", frm), ("To", to), ("Cc", cc), ("Reply-To", reply_to), ("Subject", enc_subject(subject)),
               ("Date", rfcdate(sent)), ("Message-ID", mid or mid_gmail("m", key)),
               ("In-Reply-To", in_reply_to), ("References", references)]
    headers += list(extra_headers)
    return eml(headers, body)


def gcal_event(key, *, summary, description, start, end, tz, organizer, attendees, created, updated,
               location=None, meet=True, status="confirmed", seq=0):
    on, oe = organizer
    eid = hx("gid", key, n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f'"{int(hx("etag", key, n=12), 16) % 10**16:016d}"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx('ms', key, n=4), 16) % 1000:03d}Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev.update({
        "creator": {"email": oe, "displayName": on},
        "organizer": {"email": oe, "displayName": on},
        "start": {"dateTime": start.isoformat(), "timeZone": tz},
        "end": {"dateTime": end.isoformat(), "timeZone": tz},
        "iCalUID": f"{eid}@google.com",
        "sequence": seq,
        "attendees": [],
    })
    for a in attendees:
        n, e = a[0], a[1]
        d = {"email": e}
        if e == OWNER:
            d["self"] = True
        elif n:
            d["displayName"] = n
        if e == oe:
            d["organizer"] = True
        d["responseStatus"] = a[2] if len(a) > 2 else "accepted"
        ev["attendees"].append(d)
    if meet:
        code = f"{hx('m1', key, n=3)}-{hx('m2', key, n=4)}-{hx('m3', key, n=3)}".translate(
            str.maketrans("0123456789", "ghijkmnopq"))
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def meet_code(key):
    return f"{hx('mc1', key, n=3)}-{hx('mc2', key, n=4)}-{hx('mc3', key, n=3)}".translate(
        str.maketrans("0123456789", "ghijkmnopq"))


# --------------------------------------------------------------------------- registry
CASES = []   # (folder, [(filename, bytes)], label)


def case(folder, items, label):
    CASES.append((folder, items, label))


def L(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


SOKHA = addr(OWNER_NAME, OWNER)
SOKHA_SIG = "Sokha Chea\nCredit Analyst | +855 12 604 318\nPhnom Penh, Cambodia"


# =========================================================================== 01
def c01():
    sreypov = ("Lim Sreypov", "sreypov.lim@mekongsovann.example")
    sent = T(2026, 10, 12, 16, 20, PP, "Mon", "+07:00", 41)
    start = T(2026, 10, 13, 14, 0, PP, "Tue", "+07:00")
    text = f"""ជម្រាបសួរ កញ្ញា ជា សុខា,

អរគុណសម្រាប់ពាក្យស្នើសុំការងាររបស់កញ្ញា សម្រាប់មុខតំណែង អ្នកវិភាគឥណទានជាន់ខ្ពស់ (Senior Credit Analyst - SME) នៅធនាគារ មេគង្គសុវណ្ណ ម.ក។

ផ្នែកធនធានមនុស្សសូមធ្វើការសម្ភាសន៍បឋមតាមទូរស័ព្ទជាមួយកញ្ញា ថ្ងៃស្អែក ម៉ោង ២:០០ រសៀល។ ការសន្ទនានឹងចំណាយពេលប្រហែល {kd(30)} នាទី ហើយខ្ញុំផ្ទាល់នឹងជាអ្នកទូរស័ព្ទទៅលេខ {kd('012 604 318')} ដែលមាននៅក្នុង CV របស់កញ្ញា។ សំណួរភាគច្រើននឹងផ្តោតលើបទពិសោធន៍វិភាគឥណទានអាជីវកម្មខ្នាតតូច និងមធ្យម ព្រមទាំងប្រាក់បៀវត្សដែលកញ្ញារំពឹងទុក។

ប្រសិនបើម៉ោងនេះមិនស្រួល សូមឆ្លើយតបមកខ្ញុំវិញមុនម៉ោង ៩:០០ ព្រឹកស្អែក ដើម្បីរៀបចំពេលវេលាថ្មី។

សូមអរគុណ

លឹម ស្រីពៅ (Lim Sreypov)
មន្ត្រីជ្រើសរើសបុគ្គលិក | Recruitment Officer
ធនាគារ មេគង្គសុវណ្ណ ម.ក | Mekong Sovann Bank Plc.
ទូរស័ព្ទ៖ {kd('023 966 410')}
"""
    m = simple_mail("c01", frm=addr(*sreypov), to=SOKHA, subject="ការអញ្ជើញសម្ភាសន៍តាមទូរស័ព្ទ - Senior Credit Analyst (SME)",
                    sent=sent, text=text, html=True, mid=mid_outlook("c01"),
                    extra_headers=[("X-MS-Has-Attach", ""), ("Content-Language", "km-KH")])
    case("b302-01-mekong-sovann-hr-call-tomorrow", [("01-hr-phone-screen-invitation.eml", m)],
         label([L("Mekong Sovann Bank", "Senior Credit Analyst (SME)", start, start + timedelta(minutes=30),
                  "scheduled", [sreypov[1]], [sreypov[1]], "phone_screen")],
               "medium", "positive/email-body-only-relative-date",
               "Khmer-only mail: 'ថ្ងៃស្អែក ម៉ោង ២:០០ រសៀល' (tomorrow, 2 pm, Khmer digits) resolved against the "
               "Date header Mon 12 Oct 2026 +0700 -> Tue 13 Oct 14:00; '៣០ នាទី' gives the end. The HR officer "
               "places the call herself, so she is the interviewer."))


# =========================================================================== 02
def c02():
    sent = T(2026, 10, 14, 7, 5, PP, "Wed", "+07:00", 12)
    jobs = [
        ("Walk-in Interview: Credit Officers (20 posts)", "Phnom Penh & provinces", "Sat 17 Oct 2026, 8:00-11:00 at our Head Office - no appointment needed", "Chhnam Thmey Microfinance"),
        ("Senior Credit Analyst (SME)", "Phnom Penh", "Closing date: 25 Oct 2026", "Mekong Sovann Bank Plc."),
        ("Credit Risk Officer", "Siem Reap", "Closing date: 31 Oct 2026", "Prey Nokor Leasing"),
        ("Loan Officer - urgent hiring, interviews this week", "Kandal", "Closing date: 20 Oct 2026", "Kampot Rural Credit Plc."),
        ("Portfolio Quality Analyst", "Phnom Penh", "Closing date: 06 Nov 2026", "Angkor Prosperity Microfinance"),
    ]
    plain = ["ការងារថ្មីដែលត្រូវនឹងការស្វែងរករបស់អ្នក៖ \"Credit Analyst\" - Phnom Penh",
             "New jobs matching your alert \"Credit Analyst\" (12 new today, top 5 below)", ""]
    rows = []
    for i, (t, loc, close, co) in enumerate(jobs):
        url = f"https://www.jobskampuchea.example/job/{48000 + int(hx('job', i, n=4), 16) % 900}?utm_source=alert"
        plain += [t, f"{co} | {loc}", close, url, ""]
        rows.append(f'<b><a href="{url}">{t}</a></b><br>{co} &middot; {loc}<br><span style="color:#777">{close}</span>')
    tail = ["Tip: complete your profile to appear in employer searches. ការណែនាំ៖ បំពេញប្រវត្តិរូបរបស់អ្នកឱ្យបានពេញលេញ។",
            "You receive this alert because you subscribed on jobskampuchea.example. Unsubscribe: https://www.jobskampuchea.example/alerts/unsubscribe?u=" + hx("unsub", n=20),
            "Jobs Kampuchea, #37 Street 310, Boeung Keng Kang 1, Phnom Penh"]
    plain += tail
    html = html_wrap(["<b>ការងារថ្មីសម្រាប់អ្នក / New jobs for you</b>"] + rows + tail)
    m = simple_mail("c02", frm=addr("Jobs Kampuchea", "alerts@jobskampuchea.example"), to=OWNER,
                    subject="12 new jobs for \"Credit Analyst\" in Phnom Penh - Walk-in interview this Saturday",
                    sent=sent, text="\n".join(plain) + "\n", html=True, html_text=html, cte="base64",
                    mid=mid_host("mail.jobskampuchea.example", "c02"),
                    extra_headers=[("List-Unsubscribe", f"<https://www.jobskampuchea.example/alerts/unsubscribe?u={hx('unsub', n=20)}>"),
                                   ("Precedence", "bulk")])
    case("b302-02-jobs-kampuchea-alert-walk-in", [("01-job-alert-credit-analyst.eml", m)],
         label([], "easy", "negative/job-alert",
               "Job-board alert listing a 'Walk-in Interview' event and 'interviews this week' for other jobs; "
               "nothing is booked for the owner."))


# =========================================================================== 03
def c03():
    sopheak = ("Nov Sopheak", "sopheak.nov@samaki-mfi.example")
    sent = T(2026, 10, 12, 10, 12, PP, "Mon", "+07:00", 3)
    start = T(2026, 10, 15, 9, 30, PP, "Thu", "+07:00")
    text = f"""អ្នកបានទទួលសារថ្មីពីនិយោជក Samaki Microfinance Plc. ទាក់ទងនឹងពាក្យស្នើសុំរបស់អ្នកសម្រាប់មុខតំណែង Senior Credit Analyst (លេខយោង JK-2026-48817)។
You have a new message from an employer about your application.

------------------------------ សារពីនិយោជក / Employer message ------------------------------

ជម្រាបសួរ កញ្ញា ជា សុខា

ក្រុមហ៊ុន សាមគ្គី មីក្រូហិរញ្ញវត្ថុ ម.ក សូមថ្លែងអំណរគុណចំពោះការចាប់អារម្មណ៍របស់កញ្ញាលើមុខតំណែង មន្ត្រីវិភាគឥណទានជាន់ខ្ពស់។ បន្ទាប់ពីពិនិត្យឯកសារ យើងសូមអញ្ជើញលោកអ្នកមកសម្ភាសន៍ជុំទី{kd(1)} ដូចខាងក្រោម៖

- កាលបរិច្ឆេទ៖ ថ្ងៃព្រហស្បតិ៍ ទី{kd(15)} ខែតុលា ឆ្នាំ{kd(2026)}
- ម៉ោង៖ {kd('9:30')} ព្រឹក
- ទីកន្លែង៖ ការិយាល័យកណ្តាល អគារលេខ {kd(88)} មហាវិថីព្រះមុនីវង្ស ខណ្ឌ៧មករា រាជធានីភ្នំពេញ (ជាន់ទី{kd(3)} បន្ទប់ប្រជុំ)
- ឯកសារត្រូវយកមក៖ អត្តសញ្ញាណប័ណ្ណ និងច្បាប់ចម្លងសញ្ញាបត្រ

សូមបញ្ជាក់ការចូលរួមដោយឆ្លើយតបសារនេះ ឬទូរស័ព្ទមកលេខ {kd('096 778 2140')}។

ដោយក្តីគោរព
នូវ សុភ័ក្ត្រ - ផ្នែកធនធានមនុស្ស
Samaki Microfinance Plc.

-----------------------------------------------------------------------------------------------

ឆ្លើយតបសារនេះ ដើម្បីទាក់ទងនិយោជកដោយផ្ទាល់។ Reply to this e-mail to answer the employer directly.
Jobs Kampuchea មិនដែលស្នើសុំឱ្យបេក្ខជនបង់ប្រាក់ឡើយ។ Jobs Kampuchea never asks candidates for money.
"""
    m = simple_mail("c03", frm=addr("Samaki Microfinance via Jobs Kampuchea", f"relay-{hx('relay', n=10)}@reply.jobskampuchea.example"),
                    to=OWNER, reply_to=addr(*sopheak),
                    subject="[Jobs Kampuchea] សារពីនិយោជក៖ ការអញ្ជើញមកសម្ភាសន៍ - Senior Credit Analyst",
                    sent=sent, text=text, html=True, cte="base64", mid=mid_host("mail.jobskampuchea.example", "c03"),
                    extra_headers=[("X-JK-Message-Type", "employer-message"), ("Auto-Submitted", "auto-generated")])
    case("b302-03-samaki-job-board-relay-invite", [("01-employer-message-interview.eml", m)],
         label([L("Samaki Microfinance", "Senior Credit Analyst", start, None, "scheduled", [], [sopheak[1]], "other")],
               "hard", "positive/job-board-relay",
               "Employer message relayed by a job board; date and time only in Khmer digits ('ថ្ងៃព្រហស្បតិ៍ ទី១៥ ខែតុលា', "
               "'៩:៣០ ព្រឹក'). No duration and no interviewer named; follow-up goes to the HR Reply-To, never the relay."))


# =========================================================================== 04
def c04():
    sophea = ("Chan Sophea", "sophea.chan@angkorprosperity.example")
    vannak = ("Pich Vannak", "vannak.pich@angkorprosperity.example")
    sent = T(2026, 10, 9, 14, 5, PP, "Fri", "+07:00", 27)
    test_start = T(2026, 10, 14, 8, 30, PP, "Wed", "+07:00")
    start = T(2026, 10, 14, 10, 30, PP, "Wed", "+07:00")
    end = T(2026, 10, 14, 11, 30, PP, "Wed", "+07:00")
    assert test_start < start
    subj = "ការអញ្ជើញចូលរួមការប្រឡងសរសេរ និងសម្ភាសន៍ / Written test and interview - Credit Risk Analyst"
    text = f"""ជម្រាបសួរ កញ្ញា ជា សុខា,

យើងខ្ញុំមានសេចក្តីរីករាយសូមជម្រាបថា ពាក្យស្នើសុំរបស់កញ្ញាសម្រាប់មុខតំណែង អ្នកវិភាគហានិភ័យឥណទាន (Credit Risk Analyst) ត្រូវបានជ្រើសរើសចូលវគ្គបន្ទាប់។ កម្មវិធីនៅ ថ្ងៃពុធ ទី១៤ ខែតុលា ឆ្នាំ២០២៦ មានពីរផ្នែក៖

១. ម៉ោង ៨:៣០ - ១០:០០ ព្រឹក៖ ការប្រឡងសរសេរ ករណីសិក្សាឥណទាន (វិភាគរបាយការណ៍ហិរញ្ញវត្ថុរបស់អតិថិជន SME មួយ និងសរសេរអនុសាសន៍ឥណទាន)
២. ម៉ោង ១០:៣០ - ១១:៣០ ព្រឹក៖ សម្ភាសន៍ផ្ទាល់ជាមួយ លោក ពេជ្រ វណ្ណៈ ប្រធាននាយកដ្ឋានឥណទាន

ទីតាំង៖ ការិយាល័យកណ្តាល ផ្ទះលេខ ២១៥ ផ្លូវលេខ ២៧១ សង្កាត់ទំនប់ទឹក ខណ្ឌចំការមន។ សូមមកដល់មុនម៉ោង ៨:១៥ ព្រឹក ហើយយកម៉ាស៊ីនគិតលេខមកជាមួយ (មិនអនុញ្ញាតឱ្យប្រើទូរស័ព្ទដៃក្នុងពេលប្រឡងទេ)។

Dear Sokha, the same schedule in English for convenience:
Wednesday 14 October 2026
 - 08:30-10:00  written credit case test (90 minutes, own calculator, phones collected at the door)
 - 10:30-11:30  interview with Mr. Pich Vannak, Head of Credit Department
A short break with coffee is planned between the two parts. Kindly confirm your attendance by replying to this e-mail.

សូមអរគុណ
ចាន់ សោភា (Chan Sophea)
HR Manager | Angkor Prosperity Microfinance Plc.
Tel: 023 218 775
"""
    m1 = simple_mail("c04a", frm=addr(*sophea), to=SOKHA, cc=addr(*vannak), subject=subj, sent=sent, text=text,
                     html=True, mid=mid_outlook("c04a"))
    sent2 = T(2026, 10, 9, 19, 40, PP, "Fri", "+07:00", 8)
    reply = f"""ជម្រាបសួរ បងសោភា,

នាងខ្ញុំសូមបញ្ជាក់ការចូលរួមនៅថ្ងៃពុធ ទី១៤ ខែតុលា៖ ប្រឡងសរសេរម៉ោង ៨:៣០ និងសម្ភាសន៍ជាមួយលោកប្រធាននាយកដ្ឋាន ម៉ោង ១០:៣០។ នាងខ្ញុំនឹងមកដល់មុនម៉ោង ៨:១៥។

Thank you very much, I look forward to meeting Mr. Vannak.

សូមអរគុណ
{SOKHA_SIG}

On Fri, 9 Oct 2026 at 14:05, Chan Sophea <{sophea[1]}> wrote:
{quote(text)}
"""
    m2 = simple_mail("c04b", frm=SOKHA, to=addr(*sophea), cc=addr(*vannak), subject="Re: " + subj, sent=sent2,
                     text=reply, in_reply_to=mid_outlook("c04a"), references=mid_outlook("c04a"))
    case("b302-04-angkor-prosperity-test-then-interview",
         [("01-written-test-and-interview.eml", m1), ("02-re-confirmation.eml", m2)],
         label([L("Angkor Prosperity Microfinance", "Credit Risk Analyst", start, end, "scheduled",
                  [vannak[1]], [vannak[1]], "hiring_manager")],
               "hard", "positive/test-then-interview-same-day",
               "Bilingual Khmer/English mail: a 08:30-10:00 written credit case test (not an interview) followed by a "
               "10:30-11:30 interview with the Head of Credit on Wed 14 Oct. Only the interview is labelled; the HR "
               "manager only coordinates."))


# =========================================================================== 05
def c05():
    sent = T(2026, 10, 13, 17, 2, PP, "Tue", "+07:00", 55)
    T(2026, 10, 17, 8, 0, PP, "Sat", "+07:00")
    text = """Dear Sokha Chea,

Thank you for registering for our IELTS Preparation (Evening, Band 6.5 target) course. Your placement test is booked:

  Date: Saturday, 17 October 2026
  Time: 8:00 AM - 9:30 AM
  Place: Riverside Language Institute, Building 14, Sisowath Quay, Daun Penh (2nd floor, Room 204)

The placement test has two parts: a 60-minute written section (reading, grammar, short essay) and a 10-minute speaking interview with one of our teachers. Results and class placement are sent by e-mail within two working days.

Test fee: USD 5.00 (paid online, receipt no. RLI-26-10-3381).

សូមយកអត្តសញ្ញាណប័ណ្ណ និងប៊ិចមកជាមួយ។ Please bring your ID card and a pen.

Riverside Language Institute - Admissions
Tel: 023 990 120 | Facebook: Riverside Language Institute Phnom Penh
"""
    m = simple_mail("c05", frm=addr("Riverside Language Institute", "admissions@riverside-lang.example"), to=OWNER,
                    subject="Placement test confirmed - Sat 17 Oct, 8:00 AM (IELTS Preparation, Evening)", sent=sent,
                    text=text, html=True, cte="base64", mid=mid_host("riverside-lang.example", "c05"))
    case("b302-05-english-placement-test", [("01-placement-test-confirmation.eml", m)],
         label([], "medium", "negative/language-placement-test",
               "English course placement test with a 10-minute 'speaking interview'; not a job interview."))


# =========================================================================== 06
def c06():
    sent = T(2026, 10, 16, 9, 12, SG, "Fri", "+08:00", 30)
    T(2026, 10, 21, 23, 59, SG, "Wed", "+08:00")
    link = f"https://app.hirevue.com/interviews/{b64id('hv', n=22)}"
    text = f"""Dear Sokha,

Thank you for your interest in the Credit Analyst, Commercial Banking (Cambodia & Laos) role at Straits Meridian Bank.

As the next step, we invite you to complete an On Demand video interview. There is no live interviewer: you will see each question on screen and record your answer.

  Questions: 5 (3 minutes thinking time and up to 3 minutes to answer each)
  Deadline: Wednesday, 21 October 2026, 11:59 PM Singapore time (GMT+8)
  Start here: {link}

Please use a laptop with a working camera and a stable connection. You may take a practice question as many times as you like before you begin.

Best of luck,
Talent Acquisition, Straits Meridian Bank

This message was sent by HireVue on behalf of Straits Meridian Bank. Need help? https://support.hirevue.com
"""
    m = simple_mail("c06", frm=addr("Straits Meridian Bank", "noreply@hirevue.com"), to=OWNER,
                    subject="Straits Meridian Bank - your On Demand video interview (Credit Analyst, Commercial Banking)",
                    sent=sent, text=text, html=True, cte="quoted-printable", mid=mid_host("hirevue.com", "c06"))
    case("b302-06-straits-meridian-one-way-video", [("01-hirevue-on-demand-interview.eml", m)],
         label([], "medium", "negative/one-way-video-assessment",
               "One-way recorded video interview with a deadline; no live conversation and no booked time."))


# =========================================================================== 07
def c07():
    sreymom = ("Ouch Sreymom", "sreymom.ouch@chamkar-mfi.example")
    rithy = ("Phan Rithy", "rithy.phan@chamkar-mfi.example")
    sent = T(2026, 10, 13, 11, 3, PP, "Tue", "+07:00", 16)
    start = T(2026, 10, 16, 14, 0, PP, "Fri", "+07:00")
    body = """Dear Sokha and Bong Rithy,

Please sit on the interview panel for the Credit Officer opening at our Ta Khmau branch.

Candidate: Mr. Keo Dara (3 years as loan officer, agriculture lending)
Sokha - please take the cash-flow analysis questions and the short loan-sizing exercise; Bong Rithy will cover field work and collections. The CV and scoring sheet are in the HR shared folder under "2026-10 Credit Officer TKM".

សូមអរគុណសម្រាប់ការជួយ។
Sreymom
HR & Admin, Chamkar Microfinance Plc.
"""
    m, _ = exchange_invite("c07", subject="Interview panel - Credit Officer candidate (Keo Dara), Ta Khmau",
                           start=start, end=start + timedelta(hours=1), tzid="SE Asia Standard Time",
                           tz_label="(UTC+07:00) Bangkok, Hanoi, Jakarta", organizer=sreymom,
                           required=[("Sokha Chea", OWNER), rithy], body_text=body, sent=sent,
                           location="Meeting Room 2, Chamkar MFI Head Office; Microsoft Teams Meeting")
    case("b302-07-owner-sits-on-interview-panel", [("01-panel-invite-credit-officer-candidate.eml", m)],
         label([], "hard", "negative/user-is-interviewer",
               "Teams invite from the owner's current employer asking her to interview a Credit Officer candidate; "
               "she is on the hiring side."))


# =========================================================================== 08
def c08():
    sokunthea = ("Yin Sokunthea", "sokunthea.yin@kampotrc.example")
    sent = T(2026, 10, 15, 15, 47, PP, "Thu", "+07:00", 2)
    start = T(2026, 10, 19, 16, 0, PP, "Mon", "+07:00")
    end = T(2026, 10, 19, 16, 30, PP, "Mon", "+07:00")
    text = """សួស្តី កញ្ញា សុខា,

ខ្ញុំឈ្មោះ យិន សុគន្ធា មកពីផ្នែកធនធានមនុស្ស នៃ Kampot Rural Credit Plc.។ យើងបានពិនិត្យ CV របស់កញ្ញាសម្រាប់មុខតំណែង Credit Analyst (Agriculture Portfolio) ហើយចង់ណាត់ជួបសន្ទនាបឋមតាមវីដេអូ Google Meet រយៈពេល 30 នាទី។

ពេលវេលា៖ ថ្ងៃច័ន្ទ ទី19 ខែតុលា ឆ្នាំ2026 ម៉ោង 4:00 - 4:30 រសៀល (ម៉ោងភ្នំពេញ)

ខ្ញុំបានផ្ញើការអញ្ជើញតាម Google Calendar រួចហើយ។ ក្នុងការសន្ទនា ខ្ញុំនឹងសួរអំពីបទពិសោធន៍វិភាគឥណទានកសិកម្ម ការរៀបចំរបាយការណ៍ឥណទាន និងប្រាក់ខែដែលកញ្ញារំពឹងទុក។ បើកញ្ញាមានសំណួរ អាចទាក់ទងខ្ញុំតាម Telegram លេខ 017 552 903។

សូមអរគុណ,
សុគន្ធា
HR Officer, Kampot Rural Credit Plc.
"""
    m = simple_mail("c08", frm=addr(*sokunthea), to=SOKHA,
                    subject="Kampot Rural Credit - ណាត់ជួបសន្ទនាតាម Google Meet ថ្ងៃច័ន្ទ 19/10",
                    sent=sent, text=text, html=True, cte="base64", mid=mid_gmail("c08"))
    created = T(2026, 10, 15, 15, 41, PP, "Thu", "+07:00")
    g = gcal_event("c08", summary="Screening call - Sokha Chea / Kampot Rural Credit (Credit Analyst, Agri)",
                   description="Video screening with HR (Sokunthea). 30 min. Google Meet link below.",
                   start=start, end=end, tz="Asia/Phnom_Penh", organizer=sokunthea,
                   attendees=[(sokunthea[0], sokunthea[1]), (None, OWNER, "accepted")], created=created,
                   updated=T(2026, 10, 15, 18, 2, PP, "Thu", "+07:00"))
    case("b302-08-kampot-rc-screen-mail-and-calendar",
         [("01-hr-video-screen-khmer.eml", m), ("02-screening-call.gcal.json", g)],
         label([L("Kampot Rural Credit", "Credit Analyst (Agriculture Portfolio)", start, end, "scheduled",
                  [sokunthea[1]], [sokunthea[1]], "phone_screen")],
               "medium", "positive/dedupe-mail-and-api-event",
               "Khmer mail with Latin digits ('ថ្ងៃច័ន្ទ ទី19 ខែតុលា ... ម៉ោង 4:00 - 4:30 រសៀល') plus the same "
               "meeting as a Calendar API event: one interview."))


# =========================================================================== 09
def c09():
    malis = ("Seng Malis", "malis.seng@tonlebank.example")
    piseth = ("Kong Piseth", "piseth.kong@tonlebank.example")
    leakhena = ("Hok Leakhena", "leakhena.hok@tonlebank.example")
    sovannarith = ("Prak Sovannarith", "sovannarith.prak@tonlebank.example")
    sent1 = T(2026, 10, 14, 17, 30, PP, "Wed", "+07:00", 9)
    sent2 = T(2026, 10, 14, 17, 42, PP, "Wed", "+07:00", 51)
    start = T(2026, 10, 20, 9, 0, PP, "Tue", "+07:00")
    end = T(2026, 10, 20, 10, 30, PP, "Tue", "+07:00")
    text = """Dear Sokha,

Congratulations on getting through the first round for the Credit Analyst - Corporate Banking position.

The next step is a panel interview with members of our Credit Committee on Tuesday 20 October, 9:00-10:30 am, in the 12th-floor boardroom of Tonle Tower. The panel will be:
  - Mr. Kong Piseth, Chief Credit Officer
  - Ms. Hok Leakhena, Head of Credit Risk
  - Mr. Prak Sovannarith, Deputy CEO (joining on Teams from Siem Reap)

Please prepare a 15-minute presentation of one credit memo you wrote in the last year (remove client names), followed by questions from the committee. A projector and HDMI cable are available.

I will send the calendar invitation from Outlook in a moment.

Best regards,
Seng Malis
Talent Acquisition Specialist
Tonle Commercial Bank Plc. | Tonle Tower, No. 61 Preah Monivong Blvd, Phnom Penh
"""
    m1 = simple_mail("c09a", frm=addr(*malis), to=SOKHA, subject="Next step: Credit Committee panel interview - Tue 20 Oct",
                     sent=sent1, text=text, html=True, mid=mid_outlook("c09a"))
    body = """Dear Sokha,

Calendar hold for your panel interview with the Credit Committee (in person, boardroom 12F; Mr. Sovannarith joins online).
Please register at the ground-floor reception with your ID card by 8:45.

Regards,
Malis
"""
    m2, _ = exchange_invite("c09", subject="Credit Committee Panel Interview - Sokha Chea (Credit Analyst, Corporate Banking)",
                            start=start, end=end, tzid="SE Asia Standard Time",
                            tz_label="(UTC+07:00) Bangkok, Hanoi, Jakarta", organizer=malis,
                            required=[("Sokha Chea", OWNER), piseth, leakhena, sovannarith], body_text=body,
                            sent=sent2, location="Tonle Tower 12F Boardroom; Microsoft Teams Meeting")
    case("b302-09-tonle-credit-committee-panel",
         [("01-panel-interview-details.eml", m1), ("02-outlook-invite-panel.eml", m2)],
         label([L("Tonle Commercial Bank", "Credit Analyst - Corporate Banking", start, end, "scheduled",
                  [piseth[1], leakhena[1], sovannarith[1]], [piseth[1], leakhena[1], sovannarith[1]], "onsite")],
               "medium", "positive/exchange-teams-panel",
               "Credit Committee panel announced by mail and by an Exchange invite (TZID 'SE Asia Standard Time', "
               "'(UTC+07:00) Bangkok, Hanoi, Jakarta'); three panelists, organiser only schedules."))


# =========================================================================== 10
def c10():
    sreyleak = ("Ros Sreyleak", "sreyleak.ros@kasekor-mfi.example")
    chanthy = ("Meas Chanthy", "chanthy.meas@kasekor-mfi.example")
    old = T(2026, 10, 22, 14, 0, PP, "Thu", "+07:00")
    start = T(2026, 10, 23, 14, 0, PP, "Fri", "+07:00")
    end = start + timedelta(hours=1)
    title = "Kasekor MFI - Interview: Credit Analyst (Sokha Chea)"
    loc = "Kasekor Microfinance Head Office, #45 Street 360, Boeung Keng Kang 1, Phnom Penh"
    desc = ("Interview with Mr. Meas Chanthy, Head of Credit Analysis. Please bring a printed CV and your "
            "university transcript. Parking is available behind the building.")
    sent1 = T(2026, 10, 16, 10, 5, PP, "Fri", "+07:00", 14)
    guests = [sreyleak, chanthy, ("Sokha Chea", OWNER)]
    m1, _ = google_invite("c10", title=title, start=old, end=old + timedelta(hours=1),
                          tzlabel="Indochina Time - Phnom Penh", tzabbr="ICT", organizer=sreyleak, guests=guests,
                          description=desc, sent=sent1, location=loc)
    sent2 = T(2026, 10, 19, 8, 40, PP, "Mon", "+07:00", 37)
    t2 = f"""ជម្រាបសួរ កញ្ញា សុខា,

សុំទោសចំពោះការរំខាន។ លោក មាស ចាន់ធី ត្រូវចុះពិនិត្យសាខាខេត្តតាកែវ នៅថ្ងៃព្រហស្បតិ៍ ទី២២ ខែតុលា ដែលជាថ្ងៃសម្ភាសន៍របស់កញ្ញា។

តើអាចប្តូរការសម្ភាសន៍ទៅថ្ងៃសុក្រវិញបានទេ? គឺថ្ងៃសុក្រ ទី២៣ ខែតុលា ម៉ោង ២:០០ រសៀល ដដែល និងនៅទីកន្លែងដដែល។

សូមឆ្លើយតបមកខ្ញុំវិញ ដើម្បីខ្ញុំកែប្រែការអញ្ជើញក្នុងប្រតិទិន។

សូមអរគុណ
រស់ ស្រីលក្ខណ៍
HR Officer | Kasekor Microfinance Plc.
"""
    mid2 = mid_gmail("c10b")
    m2 = simple_mail("c10b", frm=addr(*sreyleak), to=SOKHA, cc=addr(*chanthy),
                     subject="ការសម្ភាសន៍ថ្ងៃព្រហស្បតិ៍ - សំណើប្តូរថ្ងៃ", sent=sent2, text=t2, mid=mid2, cte="base64")
    sent3 = T(2026, 10, 19, 9, 15, PP, "Mon", "+07:00", 3)
    t3 = f"""ជម្រាបសួរ បងស្រីលក្ខណ៍,

ថ្ងៃសុក្រ ទី២៣ ម៉ោង ២:០០ រសៀល គឺស្រួលសម្រាប់នាងខ្ញុំ។ គ្មានបញ្ហាទេ។

សូមអរគុណ!
សុខា

On Mon, Oct 19, 2026 at 8:40 AM Ros Sreyleak <{sreyleak[1]}> wrote:
{quote(t2)}
"""
    m3 = simple_mail("c10c", frm=SOKHA, to=addr(*sreyleak), cc=addr(*chanthy),
                     subject="Re: ការសម្ភាសន៍ថ្ងៃព្រហស្បតិ៍ - សំណើប្តូរថ្ងៃ", sent=sent3, text=t3,
                     in_reply_to=mid2, references=mid2, cte="base64")
    sent4 = T(2026, 10, 19, 9, 32, PP, "Mon", "+07:00", 48)
    m4, _ = google_invite("c10", title=title, start=start, end=end, tzlabel="Indochina Time - Phnom Penh",
                          tzabbr="ICT", organizer=sreyleak, guests=guests, description=desc, sent=sent4, seq=1,
                          updated=True, location=loc, created=sent1)
    case("b302-10-kasekor-reschedule-to-friday",
         [("01-invitation-interview-thursday.eml", m1), ("02-request-move-to-friday.eml", m2),
          ("03-re-friday-is-fine.eml", m3), ("04-updated-invitation-friday.eml", m4)],
         label([L("Kasekor Microfinance", "Credit Analyst", start, end, "scheduled", [chanthy[1]], [chanthy[1]],
                  "hiring_manager")],
               "medium", "positive/reschedule-khmer",
               "Google invite for Thu 22 Oct 14:00; HR asks in Khmer 'តើអាចប្តូរការសម្ភាសន៍ទៅថ្ងៃសុក្រវិញបានទេ?'; "
               "owner agrees; updated invite (same UID, SEQUENCE:1) for Fri 23 Oct 14:00. Final time only."))


# =========================================================================== 11
def c11():
    claire = ("Claire Dubois-Ménard", "claire.dubois@asd-dev.example")
    julien = ("Julien Morel", "julien.morel@asd-dev.example")
    sent1 = T(2026, 10, 20, 11, 42, PAR, "Tue", "+02:00", 6)
    T(2026, 10, 30, 14, 0, PAR, "Fri", "+01:00")
    start = T(2026, 10, 29, 9, 30, PAR, "Thu", "+01:00")
    end = T(2026, 10, 29, 10, 30, PAR, "Thu", "+01:00")
    assert start.astimezone(PP).hour == 15 and start.astimezone(PP).minute == 30
    # the same wall time before the change would have been 14:30 in Phnom Penh
    assert T(2026, 10, 22, 9, 30, PAR, "Thu", "+02:00").astimezone(PP).hour == 14
    subj = "Entretien - Chargé(e) de portefeuille microfinance (Cambodge) / interview scheduling"
    t1 = """Bonjour Sokha,

Merci pour votre candidature au poste de chargé(e) de portefeuille microfinance basé à Phnom Penh. Julien Morel, responsable du pôle Inclusion financière Asie, souhaiterait s'entretenir avec vous en visio (Teams) pendant une heure.

Deux créneaux sont possibles (heure de Paris) :
  - jeudi 29 octobre à 9h30
  - vendredi 30 octobre à 14h00

Attention : la France passe à l'heure d'hiver dans la nuit du samedi 24 au dimanche 25 octobre. À partir de cette date, le décalage avec Phnom Penh sera de 6 heures (et non plus 5) : 9h30 à Paris correspondra donc à 15h30 à Phnom Penh, et 14h00 à 20h00.

In English, briefly: two options, Thursday 29 Oct at 9:30 or Friday 30 Oct at 14:00, Paris time. After the clock change on 25 October, Paris is 6 hours behind Phnom Penh.

Merci de me dire quel créneau vous convient.

Bien cordialement,
Claire Dubois-Ménard
Chargée de recrutement
Agence Solidaire de Développement (ASD) - 24 rue de Bercy, 75012 Paris
"""
    mid1 = mid_outlook("c11a")
    m1 = simple_mail("c11a", frm=addr(*claire), to=SOKHA, subject=subj, sent=sent1, text=t1, html=True,
                     mid=mid1, extra_headers=[("Content-Language", "fr-FR")])
    sent2 = T(2026, 10, 20, 18, 5, PP, "Tue", "+07:00", 21)
    t2 = f"""Bonjour Claire,

Merci beaucoup pour votre message. Le jeudi 29 octobre à 9h30 (heure de Paris), soit 15h30 à Phnom Penh, me convient parfaitement.

Bien cordialement,
Sokha Chea

Le mar. 20 oct. 2026 à 16:42, Claire Dubois-Ménard <{claire[1]}> a écrit :
{quote(t1)}
"""
    mid2 = mid_gmail("c11b")
    m2 = simple_mail("c11b", frm=SOKHA, to=addr(*claire), subject="Re: " + subj, sent=sent2, text=t2,
                     in_reply_to=mid1, references=mid1, mid=mid2)
    sent3 = T(2026, 10, 26, 10, 15, PAR, "Mon", "+01:00", 44)
    body = """Bonjour Sokha,

Comme convenu, voici l'invitation pour votre entretien avec Julien Morel : jeudi 29 octobre, 9h30-10h30 heure de Paris (15h30-16h30 à Phnom Penh).
L'échange se fera en français et en anglais ; prévoyez de présenter en quelques minutes votre portefeuille actuel (taille, PAR30, profil des clients).

Bien cordialement,
Claire
"""
    m3, _ = exchange_invite("c11", subject="Entretien visio - Sokha Chea - Chargé(e) de portefeuille microfinance Cambodge",
                            start=start, end=end, tzid="Romance Standard Time",
                            tz_label="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", organizer=claire,
                            required=[julien, ("Sokha Chea", OWNER)], body_text=body, sent=sent3,
                            location="Réunion Microsoft Teams", lang="fr-FR")
    case("b302-11-asd-paris-video-across-dst",
         [("01-proposition-de-creneaux.eml", m1), ("02-re-jeudi-9h30.eml", m2), ("03-invitation-teams-entretien.eml", m3)],
         label([L("Agence Solidaire de Développement", "Chargé(e) de portefeuille microfinance (Cambodge)", start, end,
                  "scheduled", [julien[1]], [julien[1]], "hiring_manager")],
               "hard", "positive/thread-propose-confirm-dst",
               "French thread: slots proposed on 20 Oct (Paris +02:00) for dates after the 25 Oct change; owner picks "
               "Thu 29 Oct 9h30 Paris (= 15:30 Phnom Penh); Outlook invite sent 26 Oct (+01:00) with TZID "
               "'Romance Standard Time'. Start is 09:30+01:00, not +02:00."))


# =========================================================================== 12
def c12():
    sent = T(2026, 10, 21, 22, 14, SG, "Wed", "+08:00", 50)
    T(2026, 10, 26, 10, 0, SG, "Mon", "+08:00")
    T(2026, 10, 24, 12, 0, PP, "Sat", "+07:00")
    text = """Dear Candidate Sokha Chea,

CONGRATULATION! Your CV was selected from over 900 applicants by our client SINGAPORE ROYAL FINANCE PTE for the position of Senior Credit Analyst (Phnom Penh Representative Office). Salary USD 4,500/month + housing.

INTERVIEW DETAILS
Date: Monday 26 October 2026
Time: 10:00 AM (Singapore time)
Platform: Telegram voice call with our HR Director @APBC_HR_Desk

IMPORTANT: To secure your interview slot, each candidate must pay a REFUNDABLE interview registration fee of USD 45 before Saturday 24 October. Payment via ABA or Wing to account name "TAN K. L." 000 812 445. Send the receipt screenshot to our Telegram. Slots not paid will be given to next candidate.

សូមបង់ថ្លៃចុះឈ្មោះសម្ភាសន៍ ៤៥ ដុល្លារ មុនថ្ងៃសៅរ៍ ដើម្បីរក្សាកន្លែង។

Best Regard,
Ms. Jenny Tan
Senior Recruitment Consultant
Asia Pacific Banking Careers
"""
    m = simple_mail("c12", frm=addr("Asia Pacific Banking Careers", "apbc.recruitment.sg@freemail.example"), to=OWNER,
                    reply_to="hr.desk.apbc@freemail.example",
                    subject="URGENT - Interview Invitation: Senior Credit Analyst, Singapore Royal Finance (USD 4,500)",
                    sent=sent, text=text, cte="quoted-printable", mid=mid_host("freemail.example", "c12"))
    case("b302-12-scam-interview-fee", [("01-urgent-interview-invitation.eml", m)],
         label([], "medium", "negative/scam",
               "Fake recruiter with a concrete 'interview' time who asks for a USD 45 registration fee via Telegram."))


# =========================================================================== 13
def c13():
    rachana = ("Rachana Ly", "rachana.ly@mekonglivelihoods.example")
    sent1 = T(2026, 10, 21, 14, 20, PP, "Wed", "+07:00", 33)
    start = T(2026, 10, 27, 15, 0, PP, "Tue", "+07:00")
    end = T(2026, 10, 27, 16, 0, PP, "Tue", "+07:00")
    zid = f"{int(hx('zoom', n=10), 16) % 90000000000 + 10000000000}"
    zurl = f"https://us06web.zoom.us/j/{zid}?pwd={b64id('zpwd', n=32)}"
    t1 = f"""Dear Sokha,

Thank you for applying for the Financial Inclusion Program Officer post with Mekong Livelihoods Foundation. I'd like to invite you to an interview with me on Tuesday 27 October, 3:00-4:00 pm Phnom Penh time, on Zoom.

We'll talk about your work with group loans and savings groups, how you have applied client-protection principles in credit appraisal, and how you would support our partner MFIs in Kratie and Stung Treng. There's no presentation to prepare.

Join Zoom Meeting
{zurl}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}

I've attached a calendar file. Let me know if the time no longer works for you.

Warm regards,
Rachana Ly
Program Manager, Financial Inclusion
Mekong Livelihoods Foundation | #9B Street 57, Phnom Penh
"""
    ev = vevent(f"{hx('zuid', n=8)}-{hx('zuid2', n=4)}@zoom.us", start, end,
                "Interview - Financial Inclusion Program Officer (Sokha Chea)", rachana,
                [attendee("Sokha Chea", OWNER)],
                f"Rachana Ly is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zurl}\n\nMeeting ID: {zid}",
                zurl, stamp=sent1, tzid="Asia/Phnom_Penh", extra=valarm(10))
    cal = vcal("-//zoom.us//iCalendar Event//EN", "REQUEST", [ev], tzids=["Asia/Phnom_Penh"])
    mid1 = mid_gmail("c13a")
    m1 = simple_mail("c13a", frm=addr(*rachana), to=SOKHA,
                     subject="Interview for Financial Inclusion Program Officer - Tuesday 27 Oct, 3 pm (Zoom)",
                     sent=sent1, text=t1, html=True, mid=mid1,
                     attachments=[("zoom_interview.ics", "text/calendar; charset=utf-8; method=REQUEST", cal)])
    sent2 = T(2026, 10, 23, 9, 5, PP, "Fri", "+07:00", 12)
    t2 = f"""Dear Sokha,

I'm sorry to write with disappointing news. Our main donor has asked us to pause all new hires on the livelihoods programme until the 2027 grant is confirmed, so we need to cancel Tuesday's interview (27 October, 3 pm). Please remove it from your calendar.

This is not a reflection on your application, which was one of the strongest we received. If the position reopens in the new year, I will contact you first.

With apologies and best wishes,
Rachana

On Wed, 21 Oct 2026 at 14:20, Rachana Ly <{rachana[1]}> wrote:
{quote(t1)}
"""
    m2 = simple_mail("c13b", frm=addr(*rachana), to=SOKHA, subject="Cancelled: interview on 27 October", sent=sent2,
                     text=t2, in_reply_to=mid1, references=mid1)
    case("b302-13-mekong-livelihoods-cancelled",
         [("01-interview-zoom-with-ics.eml", m1), ("02-interview-cancelled.eml", m2)],
         label([L("Mekong Livelihoods Foundation", "Financial Inclusion Program Officer", start, end, "cancelled",
                  [rachana[1]], [rachana[1]], "hiring_manager")],
               "medium", "positive/cancelled-by-email",
               "NGO interview booked by mail with a Zoom .ics; cancelled by a later English mail (hiring freeze). "
               "Kept with status cancelled at its last time."))


# =========================================================================== 14
def c14():
    sopheak = ("Nov Sopheak", "sopheak.nov@samaki-mfi.example")
    sent = T(2026, 10, 28, 16, 0, PP, "Wed", "+07:00", 19)
    text = f"""ជម្រាបសួរ កញ្ញា ជា សុខា,

សូមអរគុណដែលបានចំណាយពេលមកសម្ភាសន៍ជាមួយយើងខ្ញុំ កាលពីថ្ងៃទី{kd(15)} ខែតុលា កន្លងមក។

យើងខ្ញុំសោកស្តាយដែលត្រូវជម្រាបថា បន្ទាប់ពីការពិចារណាយ៉ាងល្អិតល្អន់ ក្រុមហ៊ុនបានសម្រេចជ្រើសរើសបេក្ខជនម្នាក់ទៀត ដែលមានបទពិសោធន៍ស្របនឹងតម្រូវការរបស់មុខតំណែង Senior Credit Analyst នាពេលនេះ។

យើងនឹងរក្សាទុកប្រវត្តិរូបរបស់កញ្ញា សម្រាប់ឱកាសការងារនាពេលអនាគត ហើយសូមជូនពរកញ្ញាជួបតែសំណាងល្អក្នុងអាជីព។

ដោយក្តីគោរព
នូវ សុភ័ក្ត្រ
ផ្នែកធនធានមនុស្ស | Samaki Microfinance Plc.
"""
    m = simple_mail("c14", frm=addr(*sopheak), to=SOKHA, subject="លទ្ធផលសម្ភាសន៍ - Senior Credit Analyst",
                    sent=sent, text=text, cte="base64", mid=mid_outlook("c14"))
    case("b302-14-samaki-rejection-khmer", [("01-interview-result.eml", m)],
         label([], "easy", "negative/rejection",
               "Khmer rejection that mentions the past interview date (15 Oct); nothing new is scheduled."))


# =========================================================================== 15
def c15():
    pim = ("Pimchanok Srisuk", "pimchanok.s@siamlendtech.example")
    anan = ("Anan Rattanakorn", "anan.r@siamlendtech.example")
    thanawat = ("Thanawat Chaiyaporn", "thanawat.c@siamlendtech.example")
    sent1 = T(2026, 10, 22, 13, 10, BKK, "Thu", "+07:00", 26)
    s1 = T(2026, 10, 29, 11, 0, BKK, "Thu", "+07:00")
    e1 = T(2026, 10, 29, 12, 0, BKK, "Thu", "+07:00")
    s2 = T(2026, 11, 4, 16, 0, BKK, "Wed", "+07:00")
    e2 = T(2026, 11, 4, 16, 45, BKK, "Wed", "+07:00")
    title = "Siam LendTech | Technical interview - Credit Risk Analyst (Cambodia) - Sokha Chea"
    desc = ("Hi Sokha, this round is with Anan (Lead, Credit Data Science). Expect about 40 minutes on a "
            "scorecard case - we'll share a small loan-book extract on screen - and 20 minutes for your questions. "
            "Refreshing PD/LGD basics is plenty of preparation. - Pim")
    m1, _ = google_invite("c15", title=title, start=s1, end=e1, tzlabel="Indochina Time - Bangkok", tzabbr="ICT",
                          organizer=pim, guests=[pim, anan, ("Sokha Chea", OWNER)], description=desc, sent=sent1,
                          meet=meet_code("c15"))
    sent2 = T(2026, 10, 30, 10, 2, BKK, "Fri", "+07:00", 40)
    t2 = f"""Hi Sokha,

Anan really enjoyed yesterday's session - your write-off curve explanation came up twice in our debrief!

The next (and last) round is a conversation with Thanawat Chaiyaporn, our Head of Credit Risk, who would be your manager. I've booked Wednesday 4 November, 4:00-4:45 pm in his calendar. Bangkok and Phnom Penh are on the same clock, so no conversion needed this time. The invite should already be showing in your Google Calendar.

He'll mostly want to hear how you would set up credit policy for the Cambodian launch (KHR vs USD lending, CBC bureau data).

Thanks and talk soon,
Pim
Pimchanok Srisuk | Talent Partner, Siam LendTech Co., Ltd. | Sathorn, Bangkok
"""
    m2 = simple_mail("c15b", frm=addr(*pim), to=SOKHA, cc=addr(*thanawat),
                     subject="Next step: conversation with our Head of Credit Risk", sent=sent2, text=t2, html=True,
                     mid=mid_gmail("c15b"))
    g = gcal_event("c15c", summary="Siam LendTech - final interview with Thanawat (Head of Credit Risk)",
                   description="Final round for Credit Risk Analyst (Cambodia). 45 min, Google Meet.",
                   start=s2, end=e2, tz="Asia/Bangkok", organizer=pim,
                   attendees=[(pim[0], pim[1]), (thanawat[0], thanawat[1]), (None, OWNER, "accepted")],
                   created=T(2026, 10, 30, 9, 51, BKK, "Fri", "+07:00"),
                   updated=T(2026, 10, 30, 12, 14, BKK, "Fri", "+07:00"))
    case("b302-15-siam-lendtech-two-rounds",
         [("01-invitation-technical-interview.eml", m1), ("02-next-step-head-of-credit-risk.eml", m2),
          ("03-final-interview.gcal.json", g)],
         label([L("Siam LendTech", "Credit Risk Analyst (Cambodia)", s1, e1, "scheduled", [anan[1]], [anan[1]], "technical"),
                L("Siam LendTech", "Credit Risk Analyst (Cambodia)", s2, e2, "scheduled", [thanawat[1]], [thanawat[1]],
                  "hiring_manager")],
               "medium", "positive/two-interviews",
               "Bangkok fintech (Asia/Bangkok, same offset as Phnom Penh): technical round by Google invite on 29 Oct, "
               "final with the Head of Credit Risk on 4 Nov as a Calendar API event."))


# =========================================================================== 16
def c16():
    grace = ("Grace Lim", "grace.lim@straitsmeridian.example")
    rajesh = ("Rajesh Nair", "rajesh.nair@straitsmeridian.example")
    sent1 = T(2026, 10, 26, 10, 20, SG, "Mon", "+08:00", 8)
    start = T(2026, 11, 2, 10, 0, SG, "Mon", "+08:00")
    end = T(2026, 11, 2, 11, 0, SG, "Mon", "+08:00")
    assert start.astimezone(PP).hour == 9
    T(2026, 11, 3, 9, 0, SG, "Tue", "+08:00")
    t1 = """Hi Sokha,

Thank you for completing the recorded video step last week. Rajesh Nair, our Head of Credit for Indochina, would like to meet you over Teams for an hour.

Could you let me know which mornings work for you on Monday 2 or Tuesday 3 November? Singapore time please, as Rajesh's diary is in SGT. Once you reply I'll book it through Workday and you'll get a confirmation from the system.

Kind regards,
Grace Lim
Talent Acquisition Partner, Straits Meridian Bank
"""
    mid1 = mid_outlook("c16a")
    m1 = simple_mail("c16a", frm=addr(*grace), to=SOKHA, subject="Straits Meridian Bank - availability for an interview with Rajesh Nair",
                     sent=sent1, text=t1, html=True, mid=mid1)
    sent2 = T(2026, 10, 26, 12, 1, PP, "Mon", "+07:00", 50)
    t2 = f"""Dear Grace,

Thank you! Monday 2 November is best for me, any time between 9:00 and 12:00 SGT (8:00-11:00 in Phnom Penh). Tuesday morning would also be possible before 10:00 SGT.

Best regards,
Sokha

On Mon, 26 Oct 2026 at 09:20, Grace Lim <{grace[1]}> wrote:
{quote(t1)}
"""
    mid2 = mid_gmail("c16b")
    m2 = simple_mail("c16b", frm=SOKHA, to=addr(*grace), subject="RE: Straits Meridian Bank - availability for an interview with Rajesh Nair",
                     sent=sent2, text=t2, in_reply_to=mid1, references=mid1, mid=mid2)
    sent3 = T(2026, 10, 27, 9, 30, SG, "Tue", "+08:00", 2)
    t3 = """Dear Sokha Chea,

Your interview has been scheduled.

Job Requisition: R-0048213 Credit Analyst, Commercial Banking (Cambodia & Laos)
Date: Monday, 02 November 2026
Time: 10:00 AM - 11:00 AM (GMT+08:00) Singapore Standard Time
Interviewer: Rajesh Nair, Head of Credit, Indochina
Format: Microsoft Teams video call (joining link in the attached calendar invitation)

If you need to make a change, please contact your recruiter, Grace Lim, by replying to this message.

Straits Meridian Bank Talent Acquisition

This is a system-generated message from Workday. Please add the attached invitation to your calendar.
"""
    tlink = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id('wdteams', n=40)}%40thread.v2/0"
    ev = vevent(f"WD-{hx('wduid', n=20).upper()}@myworkday.com", start, end,
                "Interview: Credit Analyst, Commercial Banking (Cambodia & Laos) - Sokha Chea", grace,
                [attendee(rajesh[0], rajesh[1]), attendee("Sokha Chea", OWNER)],
                f"Interview with Rajesh Nair, Head of Credit, Indochina.\nMicrosoft Teams: {tlink}", "Microsoft Teams",
                stamp=sent3, tzid="Asia/Singapore")
    cal = vcal("-//Workday//Workday Calendar//EN", "REQUEST", [ev], tzids=["Asia/Singapore"])
    m3 = simple_mail("c16c", frm=addr("Straits Meridian Bank", "straitsmeridian@myworkday.com"), to=OWNER,
                     reply_to=addr(*grace),
                     subject="Interview Scheduled: Credit Analyst, Commercial Banking (Cambodia & Laos) - R-0048213",
                     sent=sent3, text=t3, html=True, mid=mid_host("myworkday.com", "c16c"),
                     attachments=[("Interview.ics", "text/calendar; charset=UTF-8; method=REQUEST", cal)])
    case("b302-16-straits-meridian-workday-sgt",
         [("01-availability-request.eml", m1), ("02-re-availability.eml", m2), ("03-workday-interview-scheduled.eml", m3)],
         label([L("Straits Meridian Bank", "Credit Analyst, Commercial Banking (Cambodia & Laos)", start, end,
                  "scheduled", [rajesh[1]], [rajesh[1]], "hiring_manager")],
               "medium", "positive/workday-ics-sgt",
               "Availability request, reply, then Workday confirmation with an .ics in TZID Asia/Singapore: 10:00 SGT "
               "(+08:00) = 09:00 Phnom Penh."))


# =========================================================================== 17
def c17():
    vuthy = ("Heng Vuthy", "vuthy.heng@mekongsovann.example")
    sessions = [
        (("Ouk Sambath", "sambath.ouk@mekongsovann.example"), "Credit Risk Manager", (9, 0), (9, 45),
         "Credit risk and portfolio quality discussion."),
        (("Touch Chanthou", "chanthou.touch@mekongsovann.example"), "Head of SME Lending", (10, 0), (10, 45),
         "SME lending case and your approach to collateral valuation."),
        (("Keo Ratanak", "ratanak.keo@mekongsovann.example"), "HR Business Partner", (11, 0), (11, 30),
         "Motivation, notice period and salary expectations."),
    ]
    sent1 = T(2026, 10, 29, 15, 10, PP, "Thu", "+07:00", 4)
    t1 = """ជម្រាបសួរ Sokha,

Thank you for your phone conversation with Sreypov on 13 October. We would like to invite you to our head office on Thursday 5 November for a morning of interviews for the Senior Credit Analyst (SME) role:

  09:00-09:45  Mr. Ouk Sambath, Credit Risk Manager
  10:00-10:45  Ms. Touch Chanthou, Head of SME Lending
  11:00-11:30  Mr. Keo Ratanak, HR Business Partner

You will receive three separate invitations from our SuccessFactors recruiting system, one for each conversation. Please accept all three.

Address: Mekong Sovann Tower, No. 9 Preah Norodom Blvd, Daun Penh. Show your ID card at the security desk and ask for the 8th floor.

សូមអរគុណ
Heng Vuthy
Talent Acquisition Lead, Mekong Sovann Bank Plc.
"""
    items = [("01-onsite-schedule-overview.eml",
              simple_mail("c17a", frm=addr(*vuthy), to=SOKHA, subject="Interview day at Mekong Sovann Bank - Thursday 5 November",
                          sent=sent1, text=t1, html=True, mid=mid_outlook("c17a")))]
    people = []
    for i, (person, title, (h1, m1), (h2, m2), topic) in enumerate(sessions, 1):
        s = T(2026, 11, 5, h1, m1, PP, "Thu", "+07:00")
        e = T(2026, 11, 5, h2, m2, PP, "Thu", "+07:00")
        if i == 1:
            first = s
        last = e
        people.append(person[1])
        sent = T(2026, 10, 29, 8, 26 + i, UTC, "Thu", "+00:00", 10 + i)
        txt = f"""Dear Sokha Chea,

You are invited to an interview for the position Senior Credit Analyst (SME) (Job Requisition ID 10482) at Mekong Sovann Bank Plc.

Interview {i} of 3
Date: 05/11/2026
Start time: {s.strftime('%H:%M')}
End time: {e.strftime('%H:%M')}
Time zone: (GMT+07:00) Asia/Phnom_Penh
Interviewer(s): {person[0]} ({title})
Location: Mekong Sovann Tower, 8th floor, No. 9 Preah Norodom Blvd, Phnom Penh
Topic: {topic}

Please accept the attached calendar invitation. For questions, reply to this e-mail to reach the recruiter.

This is an automatically generated e-mail from SAP SuccessFactors Recruiting. Please do not change the subject line.
"""
        ev = vevent(f"SF-{hx('sfuid', i, n=24).upper()}", s, e,
                    f"Interview {i}/3: Senior Credit Analyst (SME) - Sokha Chea with {person[0]}", vuthy,
                    [attendee(person[0], person[1]), attendee("Sokha Chea", OWNER)], txt.split("\n\n")[2],
                    "Mekong Sovann Tower, 8th floor, No. 9 Preah Norodom Blvd, Phnom Penh", stamp=sent,
                    tzid="Asia/Phnom_Penh")
        cal = vcal("-//SuccessFactors//Interview Scheduling//EN", "REQUEST", [ev], tzids=["Asia/Phnom_Penh"])
        m = simple_mail(f"c17s{i}", frm=addr("Mekong Sovann Bank Recruiting", "noreply@successfactors.com"),
                        to=OWNER, reply_to=addr(*vuthy),
                        subject=f"Interview Invitation: Senior Credit Analyst (SME) - Interview {i} of 3 on 05/11/2026",
                        sent=sent, text=txt, html=True, mid=mid_host("successfactors.com", "c17", i),
                        attachments=[("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST", cal)])
        items.append((f"0{i + 1}-successfactors-interview-{i}-of-3.eml", m))
    case("b302-17-mekong-sovann-onsite-three-invites", items,
         label([L("Mekong Sovann Bank", "Senior Credit Analyst (SME)", first, last, "scheduled", people, people, "onsite")],
               "hard", "positive/onsite-loop-several-invites",
               "Half-day loop on Thu 5 Nov sent as three SuccessFactors invites (dates as DD/MM/YYYY '05/11/2026'): one "
               "onsite interview 09:00-11:30 with all three interviewers; the recruiter only coordinates."))


# =========================================================================== 18
def c18():
    bunna = ("Lay Bunna", "bunna.lay@bayoncapital.example")
    sent1 = T(2026, 11, 4, 18, 22, PP, "Wed", "+07:00", 15)
    start = T(2026, 11, 7, 10, 30, PP, "Sat", "+07:00")
    end = T(2026, 11, 7, 11, 30, PP, "Sat", "+07:00")
    t1 = """Dear Sokha,

Thanks for your first conversation with our HR team last week - they passed on very good notes.

For the second round I'd like to go through a real (anonymised) loan file with you: a working-capital line of USD 180,000 for a rice mill in Battambang, with two years of accounts and a collateral valuation. We'll look at repayment capacity together and I'll ask how you would structure the facility.

Let's meet at our office on Sat 07/11/2026 at 10:30; it should take about an hour. I'll print the file, so you only need a calculator.

សូមអរគុណ និងជួបគ្នាថ្ងៃសៅរ៍នេះ។

Lay Bunna
Head of Risk Management
Bayon Capital Microfinance Plc. | #112 Mao Tse Toung Blvd (245), Toul Svay Prey, Phnom Penh
"""
    mid1 = mid_outlook("c18a")
    m1 = simple_mail("c18a", frm=addr(*bunna), to=SOKHA, subject="Second interview - loan file discussion (Sat 07/11/2026)",
                     sent=sent1, text=t1, mid=mid1)
    sent2 = T(2026, 11, 4, 20, 5, PP, "Wed", "+07:00", 37)
    t2 = f"""Dear Mr. Bunna,

Saturday 7 November at 10:30 is fine with me. I'll bring my calculator.

Best regards,
Sokha

On Wed, 4 Nov 2026 at 18:22, Lay Bunna <{bunna[1]}> wrote:
{quote(t1)}
"""
    m2 = simple_mail("c18b", frm=SOKHA, to=addr(*bunna),
                     subject="Re: Second interview - loan file discussion (Sat 07/11/2026)", sent=sent2, text=t2,
                     in_reply_to=mid1, references=mid1)
    case("b302-18-bayon-capital-saturday-ddmm",
         [("01-second-interview-loan-file.eml", m1), ("02-re-saturday-confirmed.eml", m2)],
         label([L("Bayon Capital Microfinance", None, start, end, "scheduled", [bunna[1]], [bunna[1]], "technical")],
               "medium", "positive/email-body-only-ddmm",
               "Date written as 'Sat 07/11/2026' (DD/MM: 7 November, not 11 July); 'about an hour' gives the end. "
               "Saturday interview at the office, case discussion with the Head of Risk. Role never stated."))


# =========================================================================== 19
def c19():
    sophea = ("Chan Sophea", "sophea.chan@angkorprosperity.example")
    ceo = ("Sar Bunthoeun", "bunthoeun.sar@angkorprosperity.example")
    sent = T(2026, 11, 2, 11, 0, PP, "Mon", "+07:00", 58)
    start = T(2026, 11, 9, 9, 0, PP, "Mon", "+07:00")
    end = T(2026, 11, 9, 9, 45, PP, "Mon", "+07:00")
    text = """ជម្រាបសួរ កញ្ញា សុខា,

អបអរសាទរ! បន្ទាប់ពីលទ្ធផលប្រឡង និងការសម្ភាសន៍ជាមួយនាយកដ្ឋានឥណទាន កញ្ញាត្រូវបានជ្រើសរើសចូលការសម្ភាសន៍ជុំចុងក្រោយ ជាមួយ លោក សារ ប៊ុនធឿន នាយកប្រតិបត្តិ (CEO)។

- ថ្ងៃច័ន្ទ ទី9 ខែវិច្ឆិកា ឆ្នាំ2026
- ម៉ោង 9:00 ដល់ 9:45 ព្រឹក
- ការិយាល័យលោកនាយកប្រតិបត្តិ ជាន់ទី5 ការិយាល័យកណ្តាល

លោក CEO ចង់ស្តាប់ពីទស្សនៈរបស់កញ្ញាលើគុណភាពឥណទាន និងការគ្រប់គ្រងហានិភ័យបំណុលលើស (over-indebtedness)។ ខ្ញុំបានផ្ញើការណាត់ជួបក្នុងប្រតិទិនដាច់ដោយឡែក (ឯកសារ .ics)។

សូមអរគុណ
ចាន់ សោភា
HR Manager | Angkor Prosperity Microfinance Plc.
"""
    m = simple_mail("c19", frm=addr(*sophea), to=SOKHA, subject="ការសម្ភាសន៍ជុំចុងក្រោយជាមួយលោក CEO - Credit Risk Analyst",
                    sent=sent, text=text, html=True, cte="base64", mid=mid_outlook("c19"))
    ev = vevent("040000008200E00074C5B7101A82E00800000000" + hx("c19uid", n=32).upper(), start, end,
                "Final interview with CEO - Sokha Chea (Credit Risk Analyst)", sophea,
                [attendee(ceo[0], ceo[1], partstat="ACCEPTED", rsvp="FALSE"), attendee("Sokha Chea", OWNER)],
                "Final-round interview with Mr. Sar Bunthoeun, CEO.\nCEO office, 5th floor, head office.",
                "CEO Office, 5F, Angkor Prosperity Head Office, #215 St. 271, Phnom Penh",
                stamp=T(2026, 11, 2, 11, 3, PP, "Mon", "+07:00"), tzid="SE Asia Standard Time",
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"] + valarm(30))
    cal = vcal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST", [ev], tzids=["SE Asia Standard Time"])
    case("b302-19-angkor-prosperity-ceo-final",
         [("01-final-round-ceo-khmer.eml", m), ("02-final-interview-ceo.ics", cal.encode("utf-8"))],
         label([L("Angkor Prosperity Microfinance", "Credit Risk Analyst", start, end, "scheduled", [ceo[1]], [ceo[1]],
                  "hiring_manager")],
               "easy", "positive/standalone-ics-and-mail",
               "Khmer mail with Latin digits ('ថ្ងៃច័ន្ទ ទី9 ខែវិច្ឆិកា ... 9:00 ដល់ 9:45 ព្រឹក') and a standalone Outlook "
               ".ics (SE Asia Standard Time) for the final with the CEO; one interview."))


# =========================================================================== 20
def c20():
    sent = T(2026, 10, 27, 9, 0, PP, "Tue", "+07:00", 0)
    start = T(2026, 11, 12, 8, 0, PP, "Thu", "+07:00")
    end = T(2026, 11, 12, 17, 0, PP, "Thu", "+07:00")
    agenda = [
        "08:00  Registration and coffee",
        "08:45  Opening remarks",
        "10:15  Fireside interview: the state of rural credit, with the Deputy Director of a supervisory authority",
        "13:30  Panel: credit risk after loan restructuring - lessons for 2027",
        "15:30  Career corner: meet HR teams from 20 MFIs and banks, CV clinic and interview tips",
        "17:00  Closing and networking",
    ]
    text = ("Dear Sokha Chea,\n\nYour registration for the Cambodia Inclusive Finance Forum 2026 is confirmed.\n\n"
            "Date: Thursday, 12 November 2026\nVenue: Chaktomuk Convention Hall, Phnom Penh\n"
            f"Ticket: Member rate (USD 30) - ticket no. CIFF26-{int(hx('tkt', n=6), 16) % 90000 + 10000}\n\n"
            "Programme\n" + "\n".join(agenda) +
            "\n\nការចុះឈ្មោះរបស់អ្នកត្រូវបានបញ្ជាក់។ សូមបង្ហាញ QR code នៅតុចុះឈ្មោះ។\n\n"
            "Cambodia Microfinance Network - Events team\n")
    ev = vevent(f"ciff2026-{hx('ciff', n=12)}@cmfn.example", start, end, "Cambodia Inclusive Finance Forum 2026",
                ("CMFN Events", "events@cmfn.example"), [attendee("Sokha Chea", OWNER, partstat="ACCEPTED", rsvp="FALSE")],
                "Full-day forum. Programme: " + "; ".join(agenda), "Chaktomuk Convention Hall, Phnom Penh", stamp=sent,
                tzid="Asia/Phnom_Penh")
    cal = vcal("-//CMFN//Event Registration//EN", "PUBLISH", [ev], tzids=["Asia/Phnom_Penh"])
    m = simple_mail("c20", frm=addr("Cambodia Microfinance Network", "events@cmfn.example"), to=OWNER,
                    subject="Registration confirmed: Cambodia Inclusive Finance Forum 2026 - 12 November", sent=sent,
                    text=text, html=True, mid=mid_host("cmfn.example", "c20"),
                    attachments=[("CIFF2026.ics", "text/calendar; charset=UTF-8; method=PUBLISH", cal)])
    case("b302-20-microfinance-forum-registration", [("01-forum-registration-confirmed.eml", m)],
         label([], "medium", "negative/conference",
               "Forum registration with .ics; agenda mentions a 'fireside interview' and 'interview tips' - an event "
               "she attends, not a job interview."))


# =========================================================================== 21
def c21():
    vuthy = ("Heng Vuthy", "vuthy.heng@mekongsovann.example")
    sent = T(2026, 11, 12, 16, 45, PP, "Thu", "+07:00", 22)
    T(2026, 11, 18, 17, 0, PP, "Wed", "+07:00")
    T(2026, 11, 23, 8, 0, PP, "Mon", "+07:00")
    text = """Dear Sokha,

On behalf of Mekong Sovann Bank, I am delighted to offer you the position of Senior Credit Analyst (SME), following your interviews with our team on 5 November.

The attached letter sets out the details: a gross monthly salary of USD 1,450, a 13th-month bonus, health insurance and a three-month probation period. Your proposed start date is Monday 23 November 2026, beginning with new-staff orientation at our Toul Kork branch.

Please sign and return the letter by Wednesday 18 November. If you have any questions, call me directly on 023 966 402.

យើងខ្ញុំសង្ឃឹមថានឹងស្វាគមន៍កញ្ញាចូលរួមជាមួយក្រុមការងារ!

Warm regards,
Heng Vuthy
Talent Acquisition Lead, Mekong Sovann Bank Plc.
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    m = simple_mail("c21", frm=addr(*vuthy), to=SOKHA, subject="Offer of Employment - Senior Credit Analyst (SME)",
                    sent=sent, text=text, html=True, mid=mid_outlook("c21"),
                    attachments=[("Offer_Letter_Sokha_Chea.pdf", "application/pdf", pdf)])
    case("b302-21-mekong-sovann-offer", [("01-offer-of-employment.eml", m)],
         label([], "easy", "negative/offer",
               "Offer letter that refers back to the 5 Nov interviews and forward to orientation; no interview."))


# =========================================================================== 22
def c22():
    dalin = ("Sum Dalin", "dalin.sum@watphnombank.example")
    sent = T(2026, 11, 16, 8, 30, PP, "Mon", "+07:00", 5)
    start = T(2026, 11, 20, 10, 0, PP, "Fri", "+07:00")
    end = T(2026, 11, 20, 10, 30, PP, "Fri", "+07:00")
    text = """ការណាត់ជួបរបស់អ្នកត្រូវបានបញ្ជាក់ / Your branch appointment is confirmed

Customer: Sokha Chea
Service: Open a payroll savings account (USD)
Date: Friday, 20 November 2026
Time: 10:00 AM - 10:30 AM
Branch: BKK1 Branch, #23 Street 278, Phnom Penh
Relationship officer: Ms. Sum Dalin

សូមយកអត្តសញ្ញាណប័ណ្ណ ឬលិខិតឆ្លងដែន និងលិខិតបញ្ជាក់ការងារពីនិយោជកមកជាមួយ។
Please bring your national ID card or passport and the employment letter from your employer.

To change or cancel, use the Wat Phnom Bank mobile app or call 1800 20 8899.
"""
    ev = vevent(f"APT-{hx('apt', n=16).upper()}@watphnombank.example", start, end,
                "Wat Phnom Bank - account opening appointment (BKK1 Branch)", ("Wat Phnom Bank", "appointments@watphnombank.example"),
                [attendee(dalin[0], dalin[1], partstat="ACCEPTED", rsvp="FALSE"), attendee("Sokha Chea", OWNER)],
                "Payroll savings account opening with Ms. Sum Dalin.", "BKK1 Branch, #23 Street 278, Phnom Penh",
                stamp=sent, tzid="Asia/Phnom_Penh")
    cal = vcal("-//Wat Phnom Bank//Appointments//EN", "REQUEST", [ev], tzids=["Asia/Phnom_Penh"])
    m = simple_mail("c22", frm=addr("Wat Phnom Bank", "appointments@watphnombank.example"), to=OWNER,
                    subject="ការណាត់ជួបរបស់អ្នកត្រូវបានបញ្ជាក់ / Appointment confirmed - Fri 20 Nov, 10:00",
                    sent=sent, text=text, html=True, cte="base64", mid=mid_host("watphnombank.example", "c22"),
                    attachments=[("appointment.ics", "text/calendar; charset=UTF-8; method=REQUEST", cal)])
    case("b302-22-bank-account-appointment", [("01-branch-appointment-confirmed.eml", m)],
         label([], "easy", "negative/bank-appointment",
               "Bank branch appointment to open a payroll account, with .ics and a named officer; not a job interview."))


# =========================================================================== 23
def c23():
    sreyneang = ("Vong Sreyneang", "sreyneang.vong@mekongsovann.example")
    sent = T(2026, 11, 17, 9, 10, PP, "Tue", "+07:00", 31)
    start = T(2026, 11, 23, 8, 0, PP, "Mon", "+07:00")
    end = T(2026, 11, 23, 16, 30, PP, "Mon", "+07:00")
    desc = ("Welcome to Mekong Sovann Bank! Day 1 agenda: HR onboarding and contract signature, IT accounts and "
            "core-banking access, branch tour, AML/CFT essentials, lunch with the branch manager. Please bring your "
            "signed contract, two 4x6 photos and a copy of your ID card. សូមស្វាគមន៍!")
    m, _ = google_invite("c23", title="New Staff Orientation - Toul Kork Branch (November intake)", start=start, end=end,
                         tzlabel="Indochina Time - Phnom Penh", tzabbr="ICT", organizer=sreyneang,
                         guests=[sreyneang, ("Sokha Chea", OWNER)], description=desc, sent=sent,
                         location="Mekong Sovann Bank, Toul Kork Branch, #150 Street 289, Phnom Penh")
    case("b302-23-branch-orientation-after-offer", [("01-invitation-new-staff-orientation.eml", m)],
         label([], "medium", "negative/post-offer-onboarding",
               "Google invite for new-staff orientation at a branch after the offer was accepted; not an interview."))


# =========================================================================== output
README_TZ = [
    ("01", "Relative Khmer date 'ថ្ងៃស្អែក ម៉ោង ២:០០ រសៀល' (Khmer digits) resolved against Date: Mon 12 Oct 2026 16:20 +0700 -> 2026-10-13T14:00+07:00."),
    ("03", "Khmer-digit date and time '១៥ ខែតុលា ឆ្នាំ២០២៦', '៩:៣០ ព្រឹក' (Asia/Phnom_Penh, +07:00, no end)."),
    ("04", "Written test 08:30 precedes the 10:30 interview on the same day; only 10:30-11:30 +07:00 is labelled."),
    ("07, 09", "Exchange invites with Windows TZID 'SE Asia Standard Time' and '(UTC+07:00) Bangkok, Hanoi, Jakarta' (+07:00)."),
    ("08, 19", "Khmer text with Latin digits ('ទី19', '4:00 រសៀល', 'ទី9 ... 9:00 ព្រឹក'); case 19 standalone .ics in SE Asia Standard Time."),
    ("11", "Europe/Paris across the 25 Oct 2026 change: proposal sent 20 Oct at +02:00, invite sent 26 Oct at +01:00, interview Thu 29 Oct 09:30+01:00 = 15:30 Phnom Penh (not 14:30); TZID 'Romance Standard Time' with VTIMEZONE rules."),
    ("12", "Scam mail dated in +08:00 with a 'Singapore time' slot; negative."),
    ("15", "Asia/Bangkok (+07:00, same clock as Phnom Penh) in a Google invite ('Indochina Time - Bangkok') and a Calendar API event."),
    ("16", "Asia/Singapore (+08:00): Workday '10:00 AM (GMT+08:00) Singapore Standard Time' = 09:00 in Phnom Penh; .ics TZID Asia/Singapore."),
    ("17", "SuccessFactors dates as DD/MM/YYYY ('05/11/2026' = 5 Nov); mails dated +0000, sessions in Asia/Phnom_Penh."),
    ("18", "'Sat 07/11/2026' is 7 November (DD/MM), not 11 July (which is also a Saturday)."),
]


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    lines = [
        "# blind302: Phnom Penh microfinance credit analyst, Khmer/English/French mail (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a microfinance credit analyst living in Phnom Penh "
        "(Asia/Phnom_Penh, UTC+7, no DST), interviewing with Cambodian banks and MFIs, an NGO, a Bangkok fintech, "
        "a Singapore regional bank and a Paris development agency.",
        "",
        "This set was written blind: only the eval README and a few dev files were read for the format; no tool "
        "code, tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- Khmer-script mail with Khmer digits (០-៩) and Latin digits, Khmer weekday/month names, ព្រឹក/រសៀល for am/pm,",
        "  and a relative date ('ថ្ងៃស្អែក', tomorrow) resolved against the Date header.",
        "- A written credit case test followed by an interview the same morning (only the interview counts).",
        "- A Khmer reschedule request ('តើអាចប្តូរការសម្ភាសន៍ទៅថ្ងៃសុក្រវិញបានទេ?') with an updated Google invite",
        "  (same UID, SEQUENCE:1); an English cancellation by mail.",
        "- A French propose/confirm thread with a Paris video call across the EU DST change on 25 Oct 2026.",
        "- A credit-committee panel and a three-invite SuccessFactors loop (both onsite), a CEO final, two rounds at",
        "  one company, a job-board relay with Reply-To to the employer, DD/MM/YYYY dates.",
        "- Hard negatives: English placement test with a 'speaking interview', the owner sitting on a hiring panel,",
        "  HireVue one-way video, fee-asking scam, Khmer rejection, offer, post-offer branch orientation, bank",
        "  account appointment, microfinance forum with a 'fireside interview', job alert with walk-in interviews.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
        f"- Labelled interviews: {len(ivs)} — by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats used",
        "- Plain/HTML e-mails (quoted-printable and base64), human threads with In-Reply-To/References",
        "- Google Calendar invitations (multipart/mixed, text/calendar;method=REQUEST + invite.ics), incl. an update",
        "- Exchange/Teams meeting requests (Windows TZIDs 'SE Asia Standard Time', 'Romance Standard Time', X-MICROSOFT-CDO-*)",
        "- ATS/vendor mails: Workday (.ics attached), SAP SuccessFactors (3 x .ics), HireVue, Zoom .ics, job-board relay",
        "- Standalone .ics (case 19) and Google Calendar API `.gcal.json` events (cases 08, 15)",
        "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {n}: {t}" for n, t in README_TZ]
    lines += ["", "Regenerate with `python make_cases.py` (deterministic output).", ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12,
               c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23):
        fn()
    for old in sorted(OUT.glob("b302-*")):
        shutil.rmtree(old)
    labels = {}
    for n, (folder, items, lab) in enumerate(CASES, 1):
        assert folder.startswith(f"b302-{n:02d}-"), folder
        d = OUT / folder
        d.mkdir()
        for idx, (fname, data) in enumerate(items, 1):
            assert fname.startswith(f"{idx:02d}-"), fname
            (d / fname).write_bytes(data)
        labels[folder] = lab
    text = ("# Labels for blind302 (written blind). Schema: /work/shared/eval/README.md\n"
            + yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    write_readme(labels)
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
