#!/usr/bin/env python3
"""Regenerate the blind184 evaluation set (Dubai hospitality worker -> Gulf cabin crew / airport / hotel roles).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; running it twice yields identical bytes.
Standard library + PyYAML only. All UTC offsets come from zoneinfo; every weekday named in text is asserted.

    python make_cases.py          # rewrites ./b184-*/ and ./labels.yaml next to this file
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = "grace.kamau@example.com"
OWNER_NAME = "Grace Kamau"

DXB = ZoneInfo("Asia/Dubai")      # Gulf Standard Time, UTC+4, no DST
DOH = ZoneInfo("Asia/Qatar")      # Arabia Standard Time, UTC+3, no DST
RUH = ZoneInfo("Asia/Riyadh")     # Arabia Standard Time, UTC+3, no DST
LON = ZoneInfo("Europe/London")   # GMT -> BST on 29 Mar 2026
UTC = timezone.utc
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------- time helpers
def at(tz, y, mo, d, h=0, mi=0, s=0, weekday=None):
    t = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert DAYS[t.weekday()] == weekday, (t, weekday, DAYS[t.weekday()])
    return t


def iso(t):
    return t.isoformat() if t is not None else None


def zstamp(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(t):
    return t.strftime("%Y%m%dT%H%M%S")


def rfcdate(t):
    return format_datetime(t)


def hx(seed, n=32, upper=False):
    s = hashlib.sha256(seed.encode()).hexdigest()
    while len(s) < n:
        s += hashlib.sha256(s.encode()).hexdigest()
    s = s[:n]
    return s.upper() if upper else s


def b64id(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def gtime(t):
    """Google Calendar style: 11am, 12:30pm."""
    h = t.hour % 12 or 12
    suf = "am" if t.hour < 12 else "pm"
    return f"{h}{suf}" if t.minute == 0 else f"{h}:{t.minute:02d}{suf}"


# --------------------------------------------------------------------------- encoding helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def ew(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, email):
    if name is None:
        return email
    if any(c in name for c in ',.;:@"()'):
        name = '"' + name + '"'
    return f"{ew(name)} <{email}>"


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def hdrs(pairs):
    return "".join(f"{k}: {v}\n" for k, v in pairs)


def body_enc(text, cte):
    if cte == "quoted-printable":
        return qp(text)
    if cte == "base64":
        return b64(text)
    return text if text.endswith("\n") else text + "\n"


def leaf(ctype, cte, body, extra=()):
    return hdrs([("Content-Type", ctype)] + list(extra) + [("Content-Transfer-Encoding", cte)]) + "\n" + body


def text_leaf(text, subtype="plain", cte="quoted-printable", ctype_extra=""):
    return leaf(f'text/{subtype}; charset="UTF-8"{ctype_extra}', cte, body_enc(text, cte))


def multi(boundary, parts):
    out = ""
    for p in parts:
        out += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    return out + f"--{boundary}--\n"


def mpart(subtype, boundary, parts):
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n' + multi(boundary, parts)


def eml(headers, top):
    """headers: list of (k, v); top: a part string starting with its own Content-Type header."""
    return (hdrs(headers) + "MIME-Version: 1.0\n" + top).encode("utf-8")


def html_doc(text, font="Calibri,Arial,sans-serif"):
    paras = [p for p in text.split("\n\n")]
    inner = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{inner}\n</div></body></html>\n')


def received(frm, by, t, ident):
    return ("Received", f"from {frm}\n        by {by} with ESMTPS id {ident}\n        for <{OWNER}>;\n"
                        f"        {rfcdate(t)}")


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    res, cur, n = [], "", 0
    for ch in line:
        k = len(ch.encode("utf-8"))
        if n + k > 75:
            res.append(cur)
            cur, n = " ", 1
        cur += ch
        n += k
    res.append(cur)
    return "\r\n".join(res)


def ics(lines):
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def win_fixed(tzid, off):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


VTZ = {
    "Arab Standard Time": win_fixed("Arab Standard Time", "+0300"),        # Windows: (UTC+03:00) Kuwait, Riyadh
    "Arabian Standard Time": win_fixed("Arabian Standard Time", "+0400"),  # Windows: (UTC+04:00) Abu Dhabi, Muscat
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Asia/Dubai": ["BEGIN:VTIMEZONE", "TZID:Asia/Dubai", "X-LIC-LOCATION:Asia/Dubai",
                   "BEGIN:STANDARD", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04",
                   "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}


def cal_part(ics_bytes, method):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}', "base64", b64(ics_bytes))


def ics_attachment(ics_bytes, name="invite.ics", ctype="application/ics"):
    return leaf(f'{ctype}; name="{name}"', "base64", b64(ics_bytes),
                extra=[("Content-Disposition", f'attachment; filename="{name}"')])


def teams_block(seed):
    mid = b64id(seed + "m", 24).replace("/", "x").replace("+", "y").rstrip("=")
    num = int(hx(seed + "n", 12), 16) % 10 ** 12
    num_s = f"{num:012d}"
    pc = b64id(seed + "p", 5).replace("/", "k").replace("+", "Q").rstrip("=")[:6]
    bar = "_" * 80
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hx(seed + 't', 8)}%22%7d"
    text = (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {num_s[:3]} {num_s[3:6]} {num_s[6:9]} {num_s[9:]}\n"
            f"Passcode: {pc}\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n{bar}")
    return text, url


# --------------------------------------------------------------------------- vendor builders
def exchange_invite(*, method, organizer, to, subject, when, where, body, tzid, start, end, uid_seed, seq, sent,
                    cc=(), teams=True, delivered_to=OWNER, attendees=None, extra_headers=(), received_hdr=None,
                    importance=None):
    """Exchange / Outlook meeting request or cancellation (multipart/alternative with text/calendar)."""
    teams_txt, teams_url = teams_block(uid_seed) if teams else ("", None)
    plain = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    if teams:
        plain += "\n" + teams_txt + "\n"
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(uid_seed, 72, upper=True)
    cancel = method == "CANCEL"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role in (attendees if attendees is not None else [(n, e, "REQ-PARTICIPANT") for n, e in to]):
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(plain)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
              f"DTSTART;TZID={tzid}:{loc(start)}",
              f"DTEND;TZID={tzid}:{loc(end)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}",
              f"DTSTAMP:{zstamp(sent)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
              f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{esc(where)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid_seed + 'o', 8), 16) % 2 ** 31}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines.append(f"X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:")
        lines.append(f"X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{organizer[1]}\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_{hx(uid_seed + 'c', 20)}-thread.v2")
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:" + ("FALSE" if cancel else "TRUE")]
    if not cancel:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    host = hx(uid_seed + "h", 4, upper=True)
    bnd = f"_000_{hx(uid_seed + 'b', 32, upper=True)}prodoutlookcom_"
    h = [("Delivered-To", delivered_to)]
    if received_hdr:
        h.append(received_hdr)
    h += [("From", addr(*organizer)), ("To", addrs(to))]
    if cc:
        h.append(("CC", addrs(cc)))
    h += [("Subject", ew(subject)), ("Thread-Topic", ew(subject.split(": ", 1)[1] if cancel else subject)),
          ("Thread-Index", b64id(uid_seed + "ti" + str(seq), 22)),
          ("Date", rfcdate(sent.astimezone(UTC))),
          ("Message-ID", f"<DB{host}PR04MB{hx(uid_seed + str(seq), 4, upper=True)}{hx(uid_seed + 'mm' + str(seq), 12, upper=True)}@DB{host}PR04MB{hx(uid_seed + str(seq), 4, upper=True)}.eurprd04.prod.outlook.com>"),
          ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("Content-class", "urn:content-classes:calendarmessage")]
    if importance:
        h.append(("Importance", importance))
    h += list(extra_headers)
    top = mpart("alternative", bnd, [text_leaf(plain), text_leaf(html_doc(plain), "html"), cal_part(cal, method)])
    return eml(h, top)


def google_invite(*, updated, organizer, title, start, end, description, attendees, uid_seed, seq, sent, created,
                  location="", changed_note="Changed: time"):
    """Google Calendar invitation e-mail as delivered to a recipient whose calendar is in Asia/Dubai (GST)."""
    s, e = start.astimezone(DXB), end.astimezone(DXB)
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {title} @ {s:%a %b} {s.day}, {s.year} {gtime(s)} - {gtime(e)} (GST) ({OWNER})"
    meet = f"{hx(uid_seed + 'a', 3)}-{hx(uid_seed + 'b', 4)}-{hx(uid_seed + 'c', 3)}"
    meet = "".join(chr(ord('a') + int(c, 16) % 26) if c.isdigit() else c for c in meet)
    uid = hx(uid_seed, 26) + "@google.com"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guests = "\n".join((f"{n} - organizer\n{m}" if m == organizer[1] else (f"{n}\n{m}" if n else m))
                       for n, m, _ in attendees)
    upd = f"This event has been updated\n{changed_note}\n\n" if updated else ""
    plain = (f"{upd}{title}\n{s:%A %b} {s.day}, {s.year} \u22c5 {gtime(s)} \u2013 {gtime(e)}\nGulf Standard Time\n\n"
             + (f"Location\n{location}\n\n" if location else "")
             + f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
             f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guests}\nView all guest info {view}\n\n"
             f"{description}\n\nReply for {OWNER} and view more details {view}\n\n\n~~//~~\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to "
             "the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
             "Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, m, ps in attendees:
        cn = n or m
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={cn};X-NUM-GUESTS=0:mailto:{m}")
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{zstamp(created)}",
              "DESCRIPTION:" + esc(description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                   f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                                   "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                                   "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
              f"LAST-MODIFIED:{zstamp(sent)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
              f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b_out = "0000000000" + hx(uid_seed + "bo" + str(seq), 18)
    b_in = "0000000000" + hx(uid_seed + "bi" + str(seq), 18)
    alt = mpart("alternative", b_in, [text_leaf(plain, cte="base64", ctype_extra="; format=flowed; delsp=yes"),
                                       text_leaf(html_doc(plain, "Roboto,Helvetica,Arial,sans-serif"), "html"),
                                       cal_part(cal, "REQUEST")])
    top = mpart("mixed", b_out, [alt, ics_attachment(cal)])
    h = [("Delivered-To", OWNER),
         received("mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])", "mx1.example.com (Postfix)",
                  sent, hx(uid_seed + "r" + str(seq), 10, upper=True)),
         ("Return-Path", f"<{hx(uid_seed + 'rp', 20)}@calendar-server.bounces.google.com>"),
         ("Reply-To", addr(*organizer)),
         ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Message-ID", f"<calendar-{hx(uid_seed + 'id' + str(seq), 8)}-{hx(uid_seed + 'x' + str(seq), 4)}-{hx(uid_seed + 'y' + str(seq), 4)}-{hx(uid_seed + 'z' + str(seq), 4)}-{hx(uid_seed + 'w' + str(seq), 12)}@google.com>"),
         ("Date", rfcdate(sent.astimezone(UTC))),
         ("Subject", ew(subject)),
         ("From", addr(*organizer)),
         ("To", OWNER)]
    return eml(h, top)


def outlook_mail(*, frm, to, subject, sent, seed, text, cc=(), in_reply_to=None, references=None, reply_to=None,
                 text_cte="quoted-printable", html_cte="quoted-printable", received_from=None, extra=()):
    host = hx(seed + "h", 4, upper=True)
    bnd = f"_000_{hx(seed + 'b', 32, upper=True)}prodoutlookcom_"
    h = [("Delivered-To", OWNER)]
    if received_from:
        h.append(received(received_from, "mx1.example.com (Postfix)", sent, hx(seed + "r", 10, upper=True)))
    h += [("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        h.append(("CC", addrs(cc)))
    if reply_to:
        h.append(("Reply-To", addr(*reply_to)))
    topic = subject
    for p in ("RE: ", "Re: ", "FW: "):
        if topic.startswith(p):
            topic = topic[len(p):]
    h += [("Subject", ew(subject)), ("Thread-Topic", ew(topic)), ("Thread-Index", b64id(seed + "ti", 22)),
          ("Date", rfcdate(sent)),
          ("Message-ID", msgid_outlook(seed))]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")] + list(extra)
    top = mpart("alternative", bnd, [text_leaf(text, cte=text_cte), text_leaf(html_doc(text), "html", cte=html_cte)])
    return eml(h, top)


def msgid_outlook(seed):
    host = hx(seed + "h", 4, upper=True)
    return f"<AS8P{host}MB{hx(seed + 'n', 4, upper=True)}{hx(seed + 'm', 12, upper=True)}@AS8P{host}MB{hx(seed + 'n', 4, upper=True)}.eurprd09.prod.outlook.com>"


def msgid_gmail(seed):
    return "<CA" + b64id(seed, 33).replace("/", "_").replace("+", "-") + "@mail.gmail.com>"


def outlook_quote(frm, sent_line, to, subject, text, cc=None):
    q = f"________________________________\nFrom: {frm}\nSent: {sent_line}\nTo: {to}\n"
    if cc:
        q += f"Cc: {cc}\n"
    return q + f"Subject: {subject}\n\n{text}"


def gmail_quote(intro, text):
    return intro + "\n" + "\n".join((">" + ln if ln.startswith(">") else ("> " + ln if ln else ">")) for ln in text.split("\n"))


def gcal_event(*, eid, summary, description, organizer, attendees, start, end, tz, created, updated, location=None,
               meet=True, status="confirmed", sequence=0):
    ev = {"kind": "calendar#event", "etag": f'"{int(hx(eid + "etag", 12), 16) % 10 ** 16}"', "id": eid,
          "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(eid + 'ms', 4), 16) % 1000:03d}Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tz}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tz}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = sequence
    ev["attendees"] = attendees
    if meet:
        code = "".join(chr(ord('a') + int(c, 16) % 26) for c in hx(eid + "meet", 10))
        code = f"{code[:3]}-{code[3:7]}-{code[7:]}"
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco

# =========================================================================== POSITIVE CASES
@case("b184-01-open-day-then-assessment-day")
def c01():
    hessa = ("Hessa Al-Marri", "hessa.almarri@pearlgulfair.example")
    open_day = at(DXB, 2026, 2, 7, 9, 0, weekday="Saturday")
    s1 = at(DOH, 2026, 1, 26, 10, 5, 31, weekday="Monday")
    t1 = (
        "Dear Grace,\n\n"
        "Fly with Pearl Gulf Airways! Our Cabin Crew recruitment team is coming to Dubai and we would love to meet you.\n\n"
        "CABIN CREW OPEN DAY \u2013 DUBAI\n"
        "Date: Saturday, 7 February 2026\n"
        "Time: 09:00 \u2013 13:00 (UAE time). Registration closes at 12:00, or earlier if the venue reaches capacity.\n"
        "Venue: Al Murooj Grand Hotel, Sheikh Zayed Road, Dubai \u2013 Al Dana Ballroom\n\n"
        "No appointment is needed \u2013 simply walk in with:\n"
        "\u2022 an updated CV in English\n"
        "\u2022 one recent full-length photograph and one passport-size photograph\n"
        "\u2022 a copy of your passport\n\n"
        "Minimum requirements: 21 years of age, arm reach of 212 cm while standing on tiptoes, fluent spoken and "
        "written English, high-school diploma, no visible tattoos while in uniform.\n\n"
        "Our recruiters will collect CVs and have a short chat with each candidate on the day. Candidates who are "
        "shortlisted will receive a personal e-mail invitation to an Assessment Day and final interview at a later "
        "date.\n\n"
        "We look forward to seeing you!\n\n"
        "Pearl Gulf Airways Cabin Crew Recruitment\nDoha, State of Qatar\n\n"
        "You are receiving this e-mail because you created a candidate profile on careers.pearlgulfair.example.\n"
        "Unsubscribe: https://careers.pearlgulfair.example/unsubscribe?u=" + hx("c01u", 16) + "\n")
    m1 = eml([("Delivered-To", OWNER),
              received("mta-07.news.pearlgulfair.example (mta-07.news.pearlgulfair.example [203.0.113.71])",
                       "mx1.example.com (Postfix)", s1, hx("c01r1", 10, True)),
              ("From", "Pearl Gulf Airways Careers <careers@news.pearlgulfair.example>"),
              ("To", addr(OWNER_NAME, OWNER)),
              ("Subject", ew("Cabin Crew Open Day in Dubai \u2013 Saturday 7 February")),
              ("Date", rfcdate(s1)),
              ("Message-ID", f"<{hx('c01m1', 24)}.{hx('c01m1b', 6)}@news.pearlgulfair.example>"),
              ("List-Unsubscribe", f"<https://careers.pearlgulfair.example/unsubscribe?u={hx('c01u', 16)}>"),
              ("Precedence", "bulk")],
             mpart("alternative", "----=_Part_" + hx("c01b1", 12), [text_leaf(t1), text_leaf(html_doc(t1, "Georgia,serif"), "html")]))

    s2 = at(DOH, 2026, 2, 10, 16, 40, 12, weekday="Tuesday")
    start = at(DXB, 2026, 2, 14, 8, 30, weekday="Saturday")
    end = at(DXB, 2026, 2, 14, 17, 0)
    at(DXB, 2026, 2, 12, weekday="Thursday")
    t2 = (
        "Dear Grace Kamau,\n\n"
        "Thank you for attending our Cabin Crew Open Day in Dubai on Saturday 7 February 2026.\n\n"
        "We are pleased to inform you that you have been shortlisted, and we would like to invite you to our "
        "Assessment Day. Please note that this is an invitation-only event; this invitation is personal and cannot be "
        "transferred.\n\n"
        "Date: Saturday, 14 February 2026\n"
        "Reporting time: 08:30 (UAE time, GMT+4). Registration opens at 08:00.\n"
        "Venue: Al Murooj Grand Hotel, Sheikh Zayed Road, Dubai \u2013 Al Yasmeen Meeting Room, Level 2\n"
        "Expected finish: 17:00\n\n"
        "The day includes a reach test, an English comprehension test and group exercises. Candidates who progress "
        "will have their final interview with our Cabin Crew recruitment panel on the same day, so please plan to "
        "stay until the end.\n\n"
        "Please bring your original passport, two printed copies of your CV and two passport-size photographs. "
        "Business attire is required (ladies: skirt suit or dress and closed shoes; gentlemen: dark suit and tie).\n\n"
        "Kindly confirm your attendance on your candidate home page by Thursday 12 February. If you have any "
        "questions, simply reply to this e-mail and it will reach me directly.\n\n"
        "Kind regards,\n\n"
        "Hessa Al-Marri\nSenior Recruitment Officer \u2013 Cabin Crew\nPearl Gulf Airways | Doha, Qatar\n"
        "hessa.almarri@pearlgulfair.example\n\n"
        "--\nThis message was sent from a notification-only address through Workday. Replies go to the recruiter "
        "named above.\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday//Workday Calendar//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:WD-{hx('c01uid', 20, True)}@myworkday.com", f"DTSTAMP:{zstamp(s2)}",
               f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
               "SUMMARY:Pearl Gulf Airways - Cabin Crew Assessment Day (Dubai)",
               "LOCATION:" + esc("Al Murooj Grand Hotel, Sheikh Zayed Road, Dubai - Al Yasmeen Meeting Room, Level 2"),
               "DESCRIPTION:" + esc("Invitation-only Cabin Crew Assessment Day. Reporting time 08:30 UAE time. "
                                    "Bring original passport, CV and photographs."),
               "ORGANIZER;CN=Pearl Gulf Airways Recruitment:mailto:pearlgulfair@myworkday.com",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    alt = mpart("alternative", "----=_Part_" + hx("c01b2a", 12), [text_leaf(t2), text_leaf(html_doc(t2, "Arial,sans-serif"), "html")])
    m2 = eml([("Delivered-To", OWNER),
              received("wd5-mail-out-12.myworkday.com (wd5-mail-out-12.myworkday.com [198.51.100.12])",
                       "mx1.example.com (Postfix)", s2, hx("c01r2", 10, True)),
              ("From", "Pearl Gulf Airways Recruitment <pearlgulfair@myworkday.com>"),
              ("Reply-To", addr(*hessa)),
              ("To", addr(OWNER_NAME, OWNER)),
              ("Subject", ew("Your invitation to the Cabin Crew Assessment Day \u2013 Dubai, 14 February 2026")),
              ("Date", rfcdate(s2)),
              ("Message-ID", f"<{int(hx('c01m2', 10), 16)}.{int(hx('c01m2b', 5), 16)}.{int(s2.timestamp())}123@wd5-prod-ntf-3.myworkday.com>"),
              ("Auto-Submitted", "auto-generated")],
             mpart("mixed", "----=_Part_" + hx("c01b2m", 12), [alt, ics_attachment(cal, "Assessment_Day_Invitation.ics", "text/calendar")]))
    files = [("01-open-day-dubai.eml", m1), ("02-assessment-day-invitation.eml", m2)]
    lab = label([iv("Pearl Gulf Airways", "Cabin Crew", start, end, "scheduled", [], [hessa[1]], "onsite")],
                "hard", "positive/assessment-day-after-open-day",
                "Walk-in open day (no booking, not an interview) followed by a personal invitation-only assessment day "
                "with a booked reporting time 08:30 UAE (mail sent with Doha +03:00 Date, .ics in UTC). Whole day incl. "
                "same-day final interview = one onsite 08:30-17:00 GST. Workday no-reply sender; follow-up goes to the "
                "recruiter in Reply-To. The open day itself must not be reported.")
    return files, lab


@case("b184-02-teams-final-interview-doha-time")
def c02():
    maryam = ("Maryam Al-Kuwari", "maryam.alkuwari@dafna-aviation.example")
    tarek = ("Tarek Mansour", "tarek.mansour@dafna-aviation.example")
    sent = at(UTC, 2026, 2, 26, 6, 12, 40, weekday="Thursday")
    start = at(DOH, 2026, 3, 3, 11, 0, weekday="Tuesday")
    end = at(DOH, 2026, 3, 3, 11, 45)
    assert start.astimezone(DXB).hour == 12
    body = ("Dear Grace,\n\n"
            "Thank you for your interest in Dafna Airport Services. Further to your telephone conversation with our "
            "recruitment team, I am pleased to invite you to a final interview for the position of Premium Lounge "
            "Guest Services Agent at Hamad International Airport.\n\n"
            "Your interview will be conducted by Mr. Tarek Mansour, Lounge Operations Manager, over Microsoft Teams. "
            "I am only coordinating and will not join the call. Please note the time in this invitation is Doha time; "
            "for you in Dubai the interview starts at 12:00 noon.\n\n"
            "Kindly test your camera and microphone beforehand and dress as you would for a face-to-face interview. "
            "Please keep your passport at hand for identity verification.\n\n"
            "Best regards,\n\nMaryam Al-Kuwari\nTalent Acquisition Coordinator\n"
            "Dafna Airport Services W.L.L. | Doha, State of Qatar\nT: +974 4400 0000")
    m = exchange_invite(method="REQUEST", organizer=maryam, to=[(OWNER_NAME, OWNER), tarek],
                        subject="Final Interview \u2013 Premium Lounge Guest Services Agent \u2013 Grace Kamau",
                        when="Tuesday, 3 March 2026 11:00-11:45 (UTC+03:00) Kuwait, Riyadh.",
                        where="Microsoft Teams Meeting", body=body, tzid="Arab Standard Time", start=start, end=end,
                        uid_seed="c02", seq=0, sent=sent,
                        received_hdr=received("EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com. [40.107.20.101])",
                                              "mx1.example.com (Postfix)", sent, hx("c02r", 10, True)))
    files = [("01-final-interview-teams.eml", m)]
    lab = label([iv("Dafna Airport Services", "Premium Lounge Guest Services Agent", start, end, "scheduled",
                    [tarek[1]], [tarek[1]], "hiring_manager")],
                "medium", "positive/exchange-teams-doha",
                "Exchange/Teams invite with Windows TZID 'Arab Standard Time' (UTC+3, Doha) and a '(UTC+03:00) Kuwait, "
                "Riyadh' label; body restates 12:00 noon Dubai time. Coordinator organizes but says she won't join; "
                "the Lounge Operations Manager conducts it.")
    return files, lab


@case("b184-03-whatsapp-relay-mailed-to-self")
def c03():
    rania = "rania.haddad@seaviewpalm.example"
    sent = at(DXB, 2026, 3, 10, 19, 8, 22, weekday="Tuesday")
    start = at(DXB, 2026, 3, 11, 11, 0, weekday="Wednesday")
    end = at(DXB, 2026, 3, 11, 11, 45)
    text = ("Saving this here so I don't lose it in the chat\n\n"
            "[10/03/2026, 6:52:14 PM] Rania Haddad HR Seaview: Good evening Grace, Ramadan Kareem \U0001F319\n"
            "[10/03/2026, 6:53:40 PM] Rania Haddad HR Seaview: This is Rania from Seaview Palm Hotel HR. Your "
            "interview for the Assistant Front Office Manager position is confirmed for tomorrow, Wednesday, at "
            "11:00 am with Mr. Karim Othman, our Front Office Manager.\n"
            "[10/03/2026, 6:54:02 PM] Rania Haddad HR Seaview: Please use the staff entrance at B1 (West Beach side) "
            "and ask security for HR. The interview will take 45 minutes.\n"
            f"[10/03/2026, 6:55:31 PM] Rania Haddad HR Seaview: Kindly email your updated CV and a copy of your visa "
            f"page to {rania} before the interview\n"
            "[10/03/2026, 7:03:09 PM] Grace: Ramadan Kareem Rania and thank you so much! Confirmed, I will be there "
            "\U0001F64F\n"
            "[10/03/2026, 7:03:55 PM] Rania Haddad HR Seaview: Perfect. Good luck habibti \U0001F44D\n\n"
            "Sent from my iPhone\n")
    m = eml([("Delivered-To", OWNER),
             received("smtp.example.com (smtp.example.com [192.0.2.25])", "mx1.example.com (Postfix)", sent,
                      hx("c03r", 10, True)),
             ("Content-Type", "text/plain;\n\tcharset=utf-8"),
             ("Content-Transfer-Encoding", "quoted-printable"),
             ("From", addr(OWNER_NAME, OWNER)),
             ("Mime-Version", "1.0 (1.0)"),
             ("Date", rfcdate(sent)),
             ("Subject", "Seaview interview tmrw!!"),
             ("Message-Id", f"<{hx('c03m', 8, True)}-{hx('c03n', 4, True)}-{hx('c03o', 4, True)}-{hx('c03p', 4, True)}-{hx('c03q', 12, True)}@example.com>"),
             ("To", addr(OWNER_NAME, OWNER)),
             ("X-Mailer", "iPhone Mail (22D82)")],
            "\n" + qp(text))
    m = m.replace(b"MIME-Version: 1.0\n", b"", 1)
    files = [("01-whatsapp-relay-to-self.eml", m)]
    lab = label([iv("Seaview Palm Hotel", "Assistant Front Office Manager", start, end, "scheduled", [], [rania],
                    "hiring_manager")],
                "hard", "positive/whatsapp-relay-self-mail",
                "WhatsApp chat pasted into a self-addressed iPhone mail (QP, emoji). DD/MM/YYYY timestamps; "
                "'tomorrow, Wednesday, at 11:00 am' resolved against 10 Mar -> 11 Mar GST, 45 minutes. Interviewer "
                "(Front Office Manager) has no address; follow-up goes to the HR contact address given in the chat.")
    return files, lab


@case("b184-04-riyadh-zoom-screening-ksa-time")
def c04():
    abd = ("Abdullah Al-Qahtani", "a.alqahtani@qasrnajd.example")
    sent = at(RUH, 2026, 3, 18, 11, 20, 5, weekday="Wednesday")
    start = at(RUH, 2026, 3, 24, 14, 0, weekday="Tuesday")
    end = at(RUH, 2026, 3, 24, 14, 30)
    assert start.astimezone(DXB).hour == 15
    at(RUH, 2026, 3, 19, weekday="Thursday")
    at(RUH, 2026, 3, 22, weekday="Sunday")
    text = ("\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645 Grace,\n\n"
            "Thank you for applying for the Guest Experience Supervisor role with the pre-opening team of our new "
            "resort in Diriyah.\n\n"
            "I would like to invite you to a 30-minute screening interview with me via Zoom:\n\n"
            "Date: Tuesday, 24 March 2026\n"
            "Time: 2:00 PM KSA time (3:00 PM UAE time)\n"
            f"Zoom: https://qasrnajd.zoom.us/j/84512033771?pwd={hx('c04pwd', 24)}\n"
            "Meeting ID: 845 1203 3771 / Passcode: 562901\n\n"
            "Please note our offices will be closed for the Eid Al Fitr holiday from Thursday 19 March until Sunday "
            "22 March, so if you need anything before then I will reply after Eid.\n\n"
            "Eid Mubarak in advance to you and your family.\n\n"
            "Best regards,\n\nAbdullah Al-Qahtani\nTalent Acquisition Manager\n"
            "Qasr Al Najd Hospitality Co. | Riyadh, Kingdom of Saudi Arabia\nM: +966 55 000 0000")
    m = outlook_mail(frm=abd, to=[(OWNER_NAME, OWNER)], sent=sent, seed="c04",
                     subject="Qasr Al Najd Hospitality \u2013 Screening Interview (Guest Experience Supervisor)",
                     text=text, html_cte="base64",
                     received_from="EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2072.outbound.protection.outlook.com. [40.107.105.72])")
    files = [("01-screening-interview-zoom.eml", m)]
    lab = label([iv("Qasr Al Najd Hospitality", "Guest Experience Supervisor", start, end, "scheduled", [abd[1]],
                    [abd[1]], "phone_screen")],
                "medium", "positive/email-body-riyadh-time",
                "Plain recruiter e-mail (Arabic greeting, UTF-8, base64 HTML). Time given as 2:00 PM KSA (UTC+3) with "
                "3:00 PM UAE in brackets; 30 minutes; the recruiter conducts the screen. Eid closure dates are not the "
                "interview.")
    return files, lab


@case("b184-05-google-invite-moved-riyadh-sunday")
def c05():
    noura = ("Noura Al-Harbi", "noura.alharbi@sahra-air.example")
    majed = ("Majed Al-Otaibi", "majed.alotaibi@sahra-air.example")
    created = at(UTC, 2026, 3, 26, 8, 1, 40)
    s1 = at(UTC, 2026, 3, 26, 8, 2, 11, weekday="Thursday")
    st1 = at(RUH, 2026, 4, 5, 10, 0, weekday="Sunday")
    en1 = at(RUH, 2026, 4, 5, 10, 30)
    s2 = at(UTC, 2026, 4, 1, 12, 45, 30, weekday="Wednesday")
    st2 = at(RUH, 2026, 4, 6, 11, 0, weekday="Monday")
    en2 = at(RUH, 2026, 4, 6, 11, 30)
    title = "Sahra Air \u2013 Cabin Crew Final Interview (Grace Kamau)"
    desc1 = ("Dear Grace,\n\nCongratulations on passing the video assessment. Your final interview will be conducted "
             "by Majed Al-Otaibi, Cabin Services Manager, on Google Meet. The invitation shows Riyadh time "
             "10:00 AM (11:00 AM in Dubai). Please keep your passport ready for identity verification and join "
             "5 minutes early.\n\nNoura Al-Harbi\nCabin Crew Recruitment, Sahra Air")
    desc2 = ("Dear Grace,\n\nUPDATE: Majed is operating a flight on Sunday, so we have moved your final interview to "
             "Monday 6 April at 11:00 AM Riyadh time (12:00 noon in Dubai). Same Meet link.\n\n"
             "Your final interview will be conducted by Majed Al-Otaibi, Cabin Services Manager, on Google Meet. "
             "Please keep your passport ready for identity verification and join 5 minutes early.\n\n"
             "Noura Al-Harbi\nCabin Crew Recruitment, Sahra Air")
    att = [(noura[0], noura[1], "ACCEPTED"), (majed[0], majed[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    m1 = google_invite(updated=False, organizer=noura, title=title, start=st1, end=en1, description=desc1,
                       attendees=att, uid_seed="c05", seq=0, sent=s1, created=created)
    att2 = [(noura[0], noura[1], "ACCEPTED"), (majed[0], majed[1], "ACCEPTED"), (None, OWNER, "ACCEPTED")]
    m2 = google_invite(updated=True, organizer=noura, title=title, start=st2, end=en2, description=desc2,
                       attendees=att2, uid_seed="c05", seq=1, sent=s2, created=created)
    files = [("01-invitation-final-interview.eml", m1), ("02-updated-invitation-monday.eml", m2)]
    lab = label([iv("Sahra Air", "Cabin Crew", st2.astimezone(DXB), en2.astimezone(DXB), "scheduled", [majed[1]],
                    [majed[1]], "hiring_manager")],
                "medium", "positive/google-reschedule",
                "Google Calendar invitation rendered in the recipient's GST zone, then 'Updated invitation' (SEQUENCE 1) "
                "moving Sunday 5 Apr (a Saudi working day) to Monday 6 Apr 11:00 Riyadh = 12:00 GST. Final time only.")
    return files, lab


@case("b184-06-outlook-final-cancelled-doha-hotel")
def c06():
    joanna = ("Joanna Cruz", "joanna.cruz@corniche-pearl.example")
    henrik = ("Henrik Olsen", "henrik.olsen@corniche-pearl.example")
    s1 = at(UTC, 2026, 3, 9, 10, 15, 2, weekday="Monday")
    s2 = at(UTC, 2026, 3, 16, 7, 30, 44, weekday="Monday")
    start = at(DOH, 2026, 3, 18, 16, 0, weekday="Wednesday")
    end = at(DOH, 2026, 3, 18, 16, 30)
    assert start.astimezone(DXB).hour == 17
    subj = "Final Interview \u2013 Front Office Manager (Grace Kamau)"
    body1 = ("Dear Grace,\n\n"
             "Further to your interviews with our Rooms Division team, Mr. Henrik Olsen, General Manager of Corniche "
             "Pearl Hotel Doha, would like to meet you for a final interview for the Front Office Manager role.\n\n"
             "The interview will take place on Microsoft Teams at 4:00 pm Doha time (5:00 pm Dubai time) and will "
             "last 30 minutes. I will send the Teams link in this invitation; please accept so Mr. Olsen's calendar is "
             "updated.\n\n"
             "Warm regards,\n\nJoanna Cruz\nExecutive Assistant to the General Manager\nCorniche Pearl Hotel Doha")
    when = "Wednesday, 18 March 2026 16:00-16:30 (UTC+03:00) Kuwait, Riyadh."
    rcv1 = received("EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2110.outbound.protection.outlook.com. [40.107.241.110])",
                    "mx1.example.com (Postfix)", s1, hx("c06r1", 10, True))
    m1 = exchange_invite(method="REQUEST", organizer=joanna, to=[(OWNER_NAME, OWNER), henrik], subject=subj,
                         when=when, where="Microsoft Teams Meeting", body=body1, tzid="Arab Standard Time",
                         start=start, end=end, uid_seed="c06", seq=0, sent=s1, received_hdr=rcv1)
    body2 = ("Dear Grace,\n\n"
             "I regret to let you know that the Front Office Manager position has been put on hold following our "
             "budget review, so Mr. Olsen's final interview with you on Wednesday has to be cancelled. We were very "
             "impressed with your profile and will keep it on file for upcoming openings.\n\n"
             "Warm regards,\nJoanna")
    rcv2 = received("EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2111.outbound.protection.outlook.com. [40.107.241.111])",
                    "mx1.example.com (Postfix)", s2, hx("c06r2", 10, True))
    m2 = exchange_invite(method="CANCEL", organizer=joanna, to=[(OWNER_NAME, OWNER), henrik], subject="Canceled: " + subj,
                         when=when, where="Microsoft Teams Meeting", body=body2, tzid="Arab Standard Time",
                         start=start, end=end, uid_seed="c06", seq=1, sent=s2, teams=False, received_hdr=rcv2,
                         importance="high")
    files = [("01-final-interview-invite.eml", m1), ("02-canceled-final-interview.eml", m2)]
    lab = label([iv("Corniche Pearl Hotel Doha", "Front Office Manager", start, end, "cancelled", [henrik[1]],
                    [henrik[1]], "hiring_manager")],
                "medium", "positive/outlook-cancel",
                "Exchange REQUEST then METHOD:CANCEL (SEQUENCE 1, STATUS:CANCELLED) because the role went on hold. "
                "Kept as one cancelled interview at 16:00 Doha (+03:00). The GM conducts; the EA only organizes.")
    return files, lab


@case("b184-07-phone-screen-then-panel-airport")
def c07():
    pri = ("Priyanka Menon", "priyanka.menon@dunes-aviation.example")
    omar = ("Omar Farouk", "omar.farouk@dunes-aviation.example")
    sun = ("Sunita Rao", "sunita.rao@dunes-aviation.example")
    s1 = at(DXB, 2026, 1, 21, 13, 5, 44, weekday="Wednesday")
    ps = at(DXB, 2026, 1, 22, 16, 30, weekday="Thursday")
    pe = at(DXB, 2026, 1, 22, 16, 50)
    g = at(DXB, 2026, 1, 21, 13, 31)
    s2 = at(DXB, 2026, 1, 22, 17, 48, 10, weekday="Thursday")
    fs = at(DXB, 2026, 1, 27, 10, 0, weekday="Tuesday")
    fe = at(DXB, 2026, 1, 27, 11, 0)
    subj = "Meet & Assist Team Leader \u2013 your application"
    t1 = ("Hi Grace,\n\n"
          "Thanks for applying for the Meet & Assist Team Leader role with Dunes Aviation Services. Your guest "
          "relations background looks like a great fit for our premium passenger services team.\n\n"
          "Could I give you a quick call tomorrow (Thursday) at 4:30 pm? It should take about 20 minutes \u2013 just a "
          "few questions about your experience, notice period and salary expectations. I'll call you on the mobile "
          "number on your CV.\n\n"
          "If that time doesn't work, just let me know another time tomorrow afternoon.\n\n"
          "Best,\nPriyanka Menon\nSenior Recruiter | Dunes Aviation Services L.L.C.\nAl Garhoud, Dubai, UAE")
    mid1 = msgid_outlook("c07a")
    m1 = outlook_mail(frm=pri, to=[(OWNER_NAME, OWNER)], subject=subj, sent=s1, seed="c07a", text=t1,
                      received_from="EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2061.outbound.protection.outlook.com. [40.107.7.61])")
    grace_reply = ("Hi Priyanka,\n\nThank you for getting back to me. Yes, tomorrow at 4:30 pm works for me \u2013 "
                   "speak then!\n\nKind regards,\nGrace Kamau\n+971 55 000 0000")
    mid_g = msgid_gmail("c07g")
    t2 = ("Hi Grace,\n\n"
          "Lovely speaking with you just now. As discussed, I'd like to invite you to a final interview at our office:\n\n"
          "Date: Tuesday, 27 January 2026\nTime: 10:00 am \u2013 11:00 am\n"
          "Venue: Dunes Aviation Services, Building 4, Level 2, Al Garhoud, Dubai (visitor parking at the rear)\n\n"
          "You'll meet Omar Farouk (Duty Manager, Meet & Assist) and Sunita Rao (Service Delivery Manager), both "
          "copied here. Please bring a copy of your passport and visa page, and your latest two payslips.\n\n"
          "Best,\nPriyanka\n\n"
          + outlook_quote(f"Grace Kamau <{OWNER}>", "Wednesday, January 21, 2026 1:31 PM",
                          f"Priyanka Menon <{pri[1]}>", "RE: " + subj, grace_reply)
          + "\n\n" + outlook_quote(f"Priyanka Menon <{pri[1]}>", "Wednesday, January 21, 2026 1:05 PM",
                                   f"Grace Kamau <{OWNER}>", subj, t1))
    m2 = outlook_mail(frm=pri, to=[(OWNER_NAME, OWNER)], cc=[omar, sun], subject="RE: " + subj, sent=s2, seed="c07b",
                      text=t2, in_reply_to=mid_g, references=f"{mid1} {mid_g}",
                      received_from="EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2062.outbound.protection.outlook.com. [40.107.7.62])")
    assert g < s2
    files = [("01-quick-call-tomorrow.eml", m1), ("02-final-interview-invitation.eml", m2)]
    lab = label([iv("Dunes Aviation Services", "Meet & Assist Team Leader", ps, pe, "scheduled", [pri[1]], [pri[1]],
                    "phone_screen"),
                 iv("Dunes Aviation Services", "Meet & Assist Team Leader", fs, fe, "scheduled", [omar[1], sun[1]],
                    [omar[1], sun[1]], "onsite")],
                "hard", "positive/two-interviews-thread",
                "Two interviews: recruiter phone screen proposed for 'tomorrow (Thursday) at 4:30 pm' (~20 min) and "
                "confirmed by the candidate in the quoted reply; then a two-person panel at the office on Tue 27 Jan "
                "10:00-11:00 GST with both interviewers in Cc (panel -> onsite).")
    return files, lab


@case("b184-08-london-recruiter-bst-switch")
def c08():
    oli = ("Olivia Bennett", "olivia.bennett@azurecrescent.example")
    s1 = at(LON, 2026, 3, 25, 15, 12, 0, weekday="Wednesday")
    s2 = at(LON, 2026, 3, 26, 9, 3, 27, weekday="Thursday")
    start = at(LON, 2026, 4, 2, 10, 0, weekday="Thursday")
    end = at(LON, 2026, 4, 2, 10, 30)
    assert s1.utcoffset().total_seconds() == 0 and start.utcoffset().total_seconds() == 3600
    assert start.astimezone(DXB).hour == 13
    at(LON, 2026, 3, 29, weekday="Sunday")
    subj = "Azure Crescent Airlines \u2013 Cabin Services Instructor: video call"
    t1 = ("Hi Grace,\n\n"
          "Thank you for your application for the Cabin Services Instructor role with Azure Crescent Airlines "
          "(Abu Dhabi base). I look after recruitment for our Training & Standards team from our London office and "
          "would like to set up a 30-minute video call with you to talk through your experience.\n\n"
          "Would Thursday 2 April at 10:00 UK time suit you? That would be 13:00 for you in Dubai \u2013 the clocks "
          "in the UK go forward on Sunday 29 March, so from then on we are three hours behind you rather than four.\n\n"
          "If that works, just reply and I'll send a Teams invitation.\n\n"
          "Kind regards,\n\nOlivia Bennett\nTalent Acquisition Partner \u2013 Training & Standards\n"
          "Azure Crescent Airlines | London, United Kingdom")
    m1 = outlook_mail(frm=oli, to=[(OWNER_NAME, OWNER)], subject=subj, sent=s1, seed="c08a", text=t1,
                      received_from="GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2093.outbound.protection.outlook.com. [40.107.20.93])")
    body = ("Hi Grace,\n\nThanks for confirming. As agreed: 10:00 London time, which is 13:00 in Dubai. I'll be "
            "asking about your training and guest-service experience and the Instructor role itself.\n\n"
            "Kind regards,\nOlivia\n\nOlivia Bennett\nTalent Acquisition Partner \u2013 Training & Standards\n"
            "Azure Crescent Airlines | London, United Kingdom")
    m2 = exchange_invite(method="REQUEST", organizer=oli, to=[(OWNER_NAME, OWNER)],
                         subject="Azure Crescent Airlines | Grace Kamau | Cabin Services Instructor \u2013 video call",
                         when="Thursday, 2 April 2026 10:00-10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
                         where="Microsoft Teams Meeting", body=body, tzid="GMT Standard Time", start=start, end=end,
                         uid_seed="c08", seq=0, sent=s2,
                         received_hdr=received("GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2094.outbound.protection.outlook.com. [40.107.20.94])",
                                               "mx1.example.com (Postfix)", s2, hx("c08r", 10, True)))
    files = [("01-video-call-proposal.eml", m1), ("02-teams-invitation.eml", m2)]
    lab = label([iv("Azure Crescent Airlines", "Cabin Services Instructor", start, end, "scheduled", [oli[1]],
                    [oli[1]], "phone_screen")],
                "hard", "positive/london-dst-gap",
                "London recruiter writes on 25 Mar (GMT) for a call on 2 Apr, after the UK switch to BST on 29 Mar. "
                "Outlook shows the static label '(UTC+00:00) ... London' but the VTIMEZONE has the DST rule: 10:00 BST "
                "= 09:00Z = 13:00 GST. Recruiter conducts the call.")
    return files, lab


@case("b184-09-gcal-api-riyadh-organizer-dubai-view")
def c09():
    rakan = ("Rakan Al-Shammari", "rakan.alshammari@oasiscrown.example")
    dalia = ("Dalia Youssef", "dalia.youssef@oasiscrown.example")
    start = at(DXB, 2026, 4, 15, 10, 30, weekday="Wednesday")
    end = at(DXB, 2026, 4, 15, 11, 15)
    assert start.astimezone(RUH).hour == 9
    ev = gcal_event(eid="4k2v9tqg0s7n1m8hb3c5rjd6pe",
                    summary="Oasis Crown Hotels | Interview \u2013 Guest Relations Manager, Oasis Crown Dubai Creek (Grace Kamau)",
                    description=("Video interview with Dalia Youssef, Cluster Director of Guest Experience.\n"
                                 "9:30 AM Riyadh / 10:30 AM Dubai \u2013 45 minutes.\n\n"
                                 "Rakan (HR, Riyadh office) scheduled this and will not be on the call. "
                                 "Questions: rakan.alshammari@oasiscrown.example"),
                    organizer=rakan,
                    attendees=[{"email": rakan[1], "displayName": rakan[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": dalia[1], "displayName": dalia[0], "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
                    start=start, end=end, tz="Asia/Riyadh",
                    created=at(UTC, 2026, 4, 8, 6, 14, 0), updated=at(UTC, 2026, 4, 8, 6, 20, 31))
    files = [("01-interview-oasis-crown.gcal.json", ev)]
    lab = label([iv("Oasis Crown Hotels", "Guest Relations Manager", start, end, "scheduled", [dalia[1]], [dalia[1]],
                    "hiring_manager")],
                "medium", "positive/gcal-api-json",
                "Calendar API event: dateTime rendered in the user's +04:00 zone while start.timeZone is Asia/Riyadh "
                "(organizer's zone); description confirms 9:30 Riyadh / 10:30 Dubai. HR organizer does not attend.")
    return files, lab


@case("b184-10-abu-dhabi-resort-slot-choice-thread")
def c10():
    reem = ("Reem Al Mazrouei", "reem.almazrouei@liwasands.example")
    fai = ("Faisal Rahman", "faisal.rahman@liwasands.example")
    s1 = at(DXB, 2026, 4, 20, 9, 30, 12, weekday="Monday")
    g = at(DXB, 2026, 4, 20, 20, 14, weekday="Monday")
    s2 = at(DXB, 2026, 4, 21, 9, 5, 48, weekday="Tuesday")
    at(DXB, 2026, 4, 22, weekday="Wednesday")
    start = at(DXB, 2026, 4, 23, 10, 30, weekday="Thursday")
    end = at(DXB, 2026, 4, 23, 11, 30)
    subj = "Interview invitation \u2013 Guest Relations Manager | Liwa Sands Resort"
    t1 = ("\u0645\u0631\u062d\u0628\u0627 Grace,\n\n"
          "Thank you for your application for the Guest Relations Manager position at Liwa Sands Resort. We would "
          "like to invite you for an interview with our Director of Rooms, Mr. Faisal Rahman (copied), at the "
          "resort. The interview will take one hour.\n\n"
          "Could you let me know which of these options suits you?\n"
          "(a) Wednesday 22 April at 2:00 pm\n"
          "(b) Thursday 23 April at 10:30 am\n\n"
          "The resort is about 2 hours 30 minutes' drive from Dubai; if you need transport from Abu Dhabi city "
          "please let me know in advance.\n\n"
          "Best regards,\nReem Al Mazrouei\nHR Executive \u2013 Talent Acquisition\nLiwa Sands Resort, Abu Dhabi")
    mid1 = msgid_gmail("c10a")
    h1 = [("Delivered-To", OWNER),
          received("mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])", "mx1.example.com (Postfix)",
                   s1, hx("c10r1", 10, True)),
          ("MIME-Version", "1.0"), ("From", addr(*reem)), ("Date", rfcdate(s1)), ("Message-ID", mid1),
          ("Subject", ew(subj)), ("To", addr(OWNER_NAME, OWNER)), ("Cc", addr(*fai))]
    b1 = "000000000000" + hx("c10b1", 16)
    m1 = (hdrs(h1) + mpart("alternative", b1, [text_leaf(t1, cte="base64"),
                                                text_leaf(html_doc(t1, "arial,sans-serif"), "html", cte="quoted-printable")])).encode()
    gt = ("Dear Reem,\n\nWa alaikum assalam, and thank you for the invitation!\n\n"
          "Option (b), Thursday 23 April at 10:30 am, works best for me as I am on the morning shift on Wednesday.\n\n"
          "Kind regards,\nGrace Kamau")
    mid_g = msgid_gmail("c10g")
    inner = gmail_quote(f"On Mon, 20 Apr 2026 at 09:30, Reem Al Mazrouei <{reem[1]}> wrote:", t1)
    t2 = ("Dear Grace,\n\nThank you \u2013 confirmed for Thursday 23 April at 10:30 am with Mr. Faisal. Please come "
          "to the main lobby and ask the Guest Relations desk to call HR; Mr. Faisal will meet you there. Parking is "
          "available in front of the lobby.\n\nBest regards,\nReem\n\n"
          + gmail_quote(f"On Mon, Apr 20, 2026 at 8:14\u202fPM Grace Kamau <{OWNER}> wrote:", gt + "\n\n" + inner))
    h2 = [("Delivered-To", OWNER),
          received("mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])", "mx1.example.com (Postfix)",
                   s2, hx("c10r2", 10, True)),
          ("MIME-Version", "1.0"), ("References", f"{mid1} {mid_g}"), ("In-Reply-To", mid_g),
          ("From", addr(*reem)), ("Date", rfcdate(s2)), ("Message-ID", msgid_gmail("c10b")),
          ("Subject", ew("Re: " + subj)), ("To", addr(OWNER_NAME, OWNER)), ("Cc", addr(*fai))]
    b2 = "000000000000" + hx("c10b2", 16)
    m2 = (hdrs(h2) + mpart("alternative", b2, [text_leaf(t2, cte="quoted-printable"),
                                                text_leaf(html_doc(t2, "arial,sans-serif"), "html", cte="quoted-printable")])).encode()
    assert g < s2
    files = [("01-interview-options.eml", m1), ("02-re-confirmed-thursday.eml", m2)]
    lab = label([iv("Liwa Sands Resort", "Guest Relations Manager", start, end, "scheduled", [fai[1]], [fai[1]],
                    "hiring_manager")],
                "hard", "positive/thread-propose-confirm",
                "Gmail thread: recruiter offers two slots (Wed 2 pm / Thu 10:30 am), candidate picks (b) in the quoted "
                "reply, recruiter confirms Thursday 23 Apr 10:30 GST; 'one hour' duration. Director of Rooms (Cc) "
                "conducts. Option (a) must not be reported.")
    return files, lab


@case("b184-11-lounge-interview-day-three-ics")
def c11():
    org = ("Sky Majlis Talent Team", "talent@skymajlis.example")
    hind = ("Hind Al Suwaidi", "hind.alsuwaidi@skymajlis.example")
    jos = ("Joseph Mathew", "joseph.mathew@skymajlis.example")
    stamp = at(UTC, 2026, 5, 4, 7, 55, 0, weekday="Monday")
    day = (2026, 5, 11)
    at(DXB, *day, weekday="Monday")
    sessions = [
        ("Interview Day (1/3) \u2013 Grooming & uniform standards check", 9, 0, 9, 30, [hind],
         "Session 1 of your Sky Majlis interview day. Hind Al Suwaidi (HR Business Partner) will check grooming and "
         "uniform standards. Please arrive in business attire at 08:45."),
        ("Interview Day (2/3) \u2013 Group role-play: handling a lounge guest complaint", 9, 45, 11, 0, [jos, hind],
         "Session 2. Group role-play assessed by Joseph Mathew (Lounge Manager) and Hind Al Suwaidi (HR Business Partner)."),
        ("Interview Day (3/3) \u2013 Panel interview", 11, 30, 12, 15, [jos, hind],
         "Session 3. Panel interview with Joseph Mathew (Lounge Manager) and Hind Al Suwaidi (HR Business Partner). "
         "Lunch break before the panel is on your own; the staff cafeteria is on the same floor."),
    ]
    files = []
    for i, (summ, h1, m1_, h2, m2_, people, desc) in enumerate(sessions, 1):
        st = at(DXB, *day, h1, m1_)
        en = at(DXB, *day, h2, m2_)
        lines = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 "VERSION:2.0"] + VTZ["Arabian Standard Time"] + [
            "BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{zstamp(stamp)}", f"DESCRIPTION:{esc(desc)}\\n",
            f"DTEND;TZID=\"Arabian Standard Time\":{loc(en)}", f"DTSTAMP:{zstamp(stamp)}",
            f"DTSTART;TZID=\"Arabian Standard Time\":{loc(st)}", f"LAST-MODIFIED:{zstamp(stamp)}",
            "LOCATION:" + esc("Sky Majlis Lounge offices, Concourse B staff area, Dubai International Airport"),
            f"ORGANIZER;CN=\"{org[0]}\":mailto:{org[1]}",
            f"ATTENDEE;CN=\"{OWNER_NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:{OWNER}"]
        for n, e in people:
            lines.append(f"ATTENDEE;CN=\"{n}\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{e}")
        lines += ["PRIORITY:5", "SEQUENCE:0", f"SUMMARY;LANGUAGE=en-gb:Sky Majlis \u2013 Lounge Host \u2013 {summ}",
                  "TRANSP:OPAQUE", f"UID:040000008200E00074C5B7101A82E00800000000{hx('c11' + str(i), 64, True)}",
                  "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                  "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                  "END:VEVENT", "END:VCALENDAR"]
        slug = ["grooming-check", "group-role-play", "panel-interview"][i - 1]
        files.append((f"{i:02d}-{slug}.ics", ics(lines)))
    start = at(DXB, *day, 9, 0)
    end = at(DXB, *day, 12, 15)
    lab = label([iv("Sky Majlis Lounges", "Lounge Host", start, end, "scheduled", [hind[1], jos[1]],
                    [hind[1], jos[1]], "onsite")],
                "hard", "positive/onsite-loop-standalone-ics",
                "Three standalone Outlook .ics exports (Windows TZID 'Arabian Standard Time' = UTC+4, not the UTC+3 "
                "'Arab Standard Time') for one interview day: 09:00-09:30, 09:45-11:00, 11:30-12:15 -> one onsite "
                "09:00-12:15 GST with both session leads. Organizer is a group mailbox (never a follow-up recipient).")
    return files, lab


@case("b184-12-calendly-phone-screen-gst")
def c12():
    kri = ("Kristine Mae Santos", "kristine.santos@westbay-hotel.example")
    sent = at(UTC, 2026, 4, 27, 5, 41, 9, weekday="Monday")
    start = at(DXB, 2026, 4, 30, 15, 30, weekday="Thursday")
    end = at(DXB, 2026, 4, 30, 15, 50)
    assert start.astimezone(DOH).hour == 14
    tok = hx("c12tok", 32)
    text = ("Hi Grace Kamau,\n\n"
            "A new event has been scheduled.\n\n"
            "Event Type:\n20 Minute Phone Screening\n\n"
            "Invitee:\nGrace Kamau\n\n"
            f"Invitee Email:\n{OWNER}\n\n"
            "Event Date/Time:\n03:30pm - 03:50pm (Gulf Standard Time) on Thursday, April 30, 2026\n\n"
            "Location:\nKristine Mae Santos will call you at +971 55 000 0000\n\n"
            "Description:\nHi! This is a short first call to go over your application for Front Desk Supervisor at "
            "West Bay Hotel & Residences, Doha. Times are shown in your own time zone.\n\n"
            "Questions:\nPosition applied for: Front Desk Supervisor\nCurrent location: Dubai, UAE\n\n"
            f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{tok}\n"
            f"Reschedule: https://calendly.com/reschedulings/{tok}\n\n"
            "Powered by Calendly.com\n")
    bnd = hx("c12b", 28)
    m = eml([("Delivered-To", OWNER),
             received("o1.email.calendly.com (o1.email.calendly.com [198.51.100.44])", "mx1.example.com (Postfix)",
                      sent, hx("c12r", 10, True)),
             ("From", "Calendly <notifications@calendly.com>"),
             ("Reply-To", addr(*kri)),
             ("To", OWNER),
             ("Subject", "New Event: Grace Kamau - 03:30pm Thu, Apr 30, 2026 - 20 Minute Phone Screening"),
             ("Date", rfcdate(sent)),
             ("Message-ID", f"<{hx('c12m', 22)}@geopod-ismtpd-3.calendly.com>"),
             ("X-Mailer", "Calendly")],
            mpart("alternative", bnd, [text_leaf(text, cte="quoted-printable"),
                                       text_leaf(html_doc(text, "Helvetica,Arial,sans-serif"), "html", cte="base64")]))
    files = [("01-calendly-new-event.eml", m)]
    lab = label([iv("West Bay Hotel & Residences", "Front Desk Supervisor", start, end, "scheduled", [kri[1]],
                    [kri[1]], "phone_screen")],
                "medium", "positive/calendly-booked",
                "Calendly booking confirmation (booked, not a link): 3:30-3:50pm Gulf Standard Time, shown in the "
                "invitee's zone although the Doha recruiter is on UTC+3. Host conducts the call; her address is only in "
                "Reply-To.")
    return files, lab


@case("b184-13-riyadh-hotel-moved-by-email")
def c13():
    sul = ("Sultan Al-Dosari", "sultan.aldosari@rawdah-airporthotel.example")
    ele = ("Elena Petrova", "elena.petrova@rawdah-airporthotel.example")
    s1 = at(RUH, 2026, 5, 6, 10, 2, 33, weekday="Wednesday")
    s2 = at(RUH, 2026, 5, 11, 8, 40, 5, weekday="Monday")
    g = at(DXB, 2026, 5, 11, 10, 20)
    s3 = at(RUH, 2026, 5, 11, 14, 15, 51, weekday="Monday")
    orig = at(RUH, 2026, 5, 12, 13, 0, weekday="Tuesday")
    start = at(RUH, 2026, 5, 13, 13, 0, weekday="Wednesday")
    assert orig.astimezone(DXB).hour == 14
    subj = "Interview invitation \u2013 Duty Manager \u2013 Rawdah Airport Hotel Riyadh"
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx('c13t', 28)}%40thread.v2/0"
    t1 = ("Dear Grace,\n\nGood day!\n\n"
          "Thank you for your interest in the Duty Manager position at Rawdah Airport Hotel. We are pleased to invite "
          "you to a live video interview on Microsoft Teams with our Hotel Manager, Ms. Elena Petrova (copied):\n\n"
          "Tuesday 12 May 2026 at 1:00 pm Riyadh time (2:00 pm UAE time)\n"
          f"Teams link: {link}\n\n"
          "Please confirm your availability by return e-mail.\n\n"
          "Regards,\nSultan Al-Dosari\nHR Officer | Rawdah Airport Hotel\nRiyadh, Kingdom of Saudi Arabia")
    mid1 = msgid_outlook("c13a")
    rf = "KSA01-RU1-obe.outbound.protection.outlook.com (mail-ru1ksa01on2050.outbound.protection.outlook.com. [40.107.160.50])"
    m1 = outlook_mail(frm=sul, to=[(OWNER_NAME, OWNER)], cc=[ele], subject=subj, sent=s1, seed="c13a", text=t1,
                      received_from=rf)
    q1 = outlook_quote(f"Sultan Al-Dosari <{sul[1]}>", "Wednesday, May 6, 2026 10:02 AM", f"Grace Kamau <{OWNER}>",
                       subj, t1, cc=f"Elena Petrova <{ele[1]}>")
    t2 = ("Dear Grace,\n\nApologies for the short notice \u2013 Ms. Elena has been called into an owners' meeting "
          "tomorrow. Could we move your interview to Wednesday 13 May, same time (1:00 pm KSA)?\n\n"
          "Regards,\nSultan\n\n" + q1)
    mid2 = msgid_outlook("c13b")
    m2 = outlook_mail(frm=sul, to=[(OWNER_NAME, OWNER)], cc=[ele], subject="RE: " + subj, sent=s2, seed="c13b",
                      text=t2, in_reply_to=mid1, references=mid1, received_from=rf)
    gr = "Dear Sultan,\n\nNo problem at all, Wednesday works for me.\n\nBest regards,\nGrace"
    mid_g = msgid_gmail("c13g")
    t3 = ("Dear Grace,\n\nThank you \u2013 confirmed for Wednesday 13 May at 1:00 pm KSA / 2:00 pm UAE. The Teams "
          "link stays the same.\n\nRegards,\nSultan\n\n"
          + outlook_quote(f"Grace Kamau <{OWNER}>", "Monday, May 11, 2026 9:20 AM",
                          f"Sultan Al-Dosari <{sul[1]}>", "RE: " + subj, gr, cc=f"Elena Petrova <{ele[1]}>")
          + "\n\n" + outlook_quote(f"Sultan Al-Dosari <{sul[1]}>", "Monday, May 11, 2026 8:40 AM",
                                   f"Grace Kamau <{OWNER}>", "RE: " + subj, t2, cc=f"Elena Petrova <{ele[1]}>"))
    m3 = outlook_mail(frm=sul, to=[(OWNER_NAME, OWNER)], cc=[ele], subject="RE: " + subj, sent=s3, seed="c13c",
                      text=t3, in_reply_to=mid_g, references=f"{mid1} {mid2} {mid_g}", received_from=rf)
    assert s2 < g < s3
    files = [("01-interview-invitation.eml", m1), ("02-re-can-we-move.eml", m2), ("03-re-confirmed-wednesday.eml", m3)]
    lab = label([iv("Rawdah Airport Hotel", "Duty Manager", start, None, "scheduled", [ele[1]], [ele[1]],
                    "hiring_manager")],
                "medium", "positive/reschedule-by-email",
                "E-mail-only reschedule: Tue 12 May 13:00 KSA moved to 'Wednesday 13 May, same time' and confirmed. "
                "No duration given -> end null. Hotel Manager (Cc) conducts; HR officer coordinates.")
    return files, lab

# =========================================================================== NEGATIVE CASES
@case("b184-14-airline-open-day-walk-in-ics")
def c14():
    sent = at(DXB, 2026, 4, 2, 9, 0, 17, weekday="Thursday")
    st = at(DXB, 2026, 4, 18, 9, 0, weekday="Saturday")
    en = at(DXB, 2026, 4, 18, 13, 0)
    text = ("Dear Grace,\n\n"
            "You're invited! Marjan Airways is recruiting Cabin Crew and our team will be in Dubai.\n\n"
            "CABIN CREW OPEN DAY \u2013 DUBAI\n"
            "Saturday, 18 April 2026, 09:00 \u2013 13:00\n"
            "Jumeirah Lakes Conference Centre, Cluster F, JLT, Dubai\n\n"
            "This is a walk-in event: no appointment or registration is required. Bring your CV and a recent photo, "
            "and meet our recruiters for a brief on-the-spot CV review. Doors close at 12:00 or when capacity is "
            "reached.\n\n"
            "Shortlisted candidates will be contacted by e-mail within two weeks with a personal invitation to an "
            "Assessment Day and final interview.\n\n"
            "We've attached a calendar reminder so you don't miss it.\n\n"
            "See you there,\nMarjan Airways Talent Acquisition\n\n"
            "This is an automated message, please do not reply. Manage your preferences at "
            "https://jobs.marjan-airways.example/preferences\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Marjan Airways//Careers Events 2.3//EN", "METHOD:PUBLISH",
               "X-WR-CALNAME:Marjan Airways Careers Events"] + VTZ["Asia/Dubai"] + [
               "BEGIN:VEVENT", f"UID:openday-dxb-20260418-{hx('c14u', 10)}@marjan-airways.example",
               f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=Asia/Dubai:{loc(st)}", f"DTEND;TZID=Asia/Dubai:{loc(en)}",
               "SUMMARY:Marjan Airways Cabin Crew Open Day - Dubai (walk-in)",
               "LOCATION:" + esc("Jumeirah Lakes Conference Centre, Cluster F, JLT, Dubai"),
               "DESCRIPTION:" + esc("Walk-in open day - no appointment required. Bring your CV and a recent photo."),
               "ORGANIZER;CN=Marjan Airways Talent Acquisition:mailto:careers-noreply@marjan-airways.example",
               "STATUS:CONFIRMED", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    alt = mpart("alternative", "b2_" + hx("c14a", 32), [text_leaf(text), text_leaf(html_doc(text, "Verdana,sans-serif"), "html")])
    m = eml([("Delivered-To", OWNER),
             received("mail-out-3.marjan-airways.example (mail-out-3.marjan-airways.example [203.0.113.33])",
                      "mx1.example.com (Postfix)", sent, hx("c14r", 10, True)),
             ("Date", rfcdate(sent)),
             ("From", "Marjan Airways Careers <careers-noreply@marjan-airways.example>"),
             ("To", addr(OWNER_NAME, OWNER)),
             ("Subject", ew("You're invited: Cabin Crew Open Day \u2013 Dubai, Saturday 18 April")),
             ("Message-ID", f"<{hx('c14m', 32)}@marjan-airways.example>"),
             ("Precedence", "bulk")],
            mpart("mixed", "b1_" + hx("c14b", 32), [alt, ics_attachment(cal, "MarjanAirways_OpenDay_Dubai.ics", "text/calendar")]))
    return [("01-open-day-invitation.eml", m)], label(
        [], "hard", "negative/open-day-walk-in",
        "Walk-in airline open day (no appointment or registration) with an 'Add to calendar' .ics and 'You're invited' "
        "subject. Not a booked interview; the assessment day/final interview is only promised for later.")


@case("b184-15-one-way-video-interview-hirevue")
def c15():
    s1 = at(UTC, 2026, 2, 23, 7, 30, 4, weekday="Monday")
    s2 = at(UTC, 2026, 2, 27, 7, 30, 9, weekday="Friday")
    at(DXB, 2026, 3, 1, weekday="Sunday")
    link = f"https://app.hirevue.com/invitation/{hx('c15l', 24)}"
    t1 = ("Hello Grace,\n\n"
          "Thank you for your interest in the Cabin Crew position with Sahra Air.\n\n"
          "The next step in our process is an On Demand video interview. You will see pre-recorded questions on "
          "screen and record your answers at a time that suits you \u2013 there is no live interviewer on the call. "
          "It takes about 20 minutes and you will have one practice question before you start.\n\n"
          "Please complete your interview by Sunday, 1 March 2026 at 11:59 PM (Gulf Standard Time).\n\n"
          f"Start your interview: {link}\n\n"
          "Tips: use a quiet, well-lit room, a stable internet connection and the latest version of Chrome, or the "
          "HireVue app on your phone.\n\n"
          "Good luck!\nSahra Air Talent Acquisition\n\n"
          "Powered by HireVue. Please do not reply to this e-mail.\n")
    t2 = ("Hello Grace,\n\nThis is a friendly reminder that your Sahra Air On Demand video interview expires in "
          "2 days, on Sunday, 1 March 2026 at 11:59 PM (Gulf Standard Time).\n\n"
          f"Complete your interview: {link}\n\nSahra Air Talent Acquisition\n\nPowered by HireVue\n")
    out = []
    for i, (t, s, subj) in enumerate([(t1, s1, "Sahra Air \u2013 Cabin Crew: your video interview invitation"),
                                      (t2, s2, "Reminder: your Sahra Air video interview expires soon")], 1):
        m = eml([("Delivered-To", OWNER),
                 received("o3.ptr2214.hirevue.com (o3.ptr2214.hirevue.com [198.51.100.214])", "mx1.example.com (Postfix)",
                          s, hx(f"c15r{i}", 10, True)),
                 ("From", "Sahra Air Talent Acquisition <noreply@hirevue.com>"),
                 ("To", OWNER), ("Subject", ew(subj)), ("Date", rfcdate(s)),
                 ("Message-ID", f"<{hx(f'c15m{i}', 22)}@ismtpd0012p1mdw1.sendgrid.net>")],
                mpart("alternative", hx(f"c15b{i}", 40), [text_leaf(t, cte="quoted-printable"),
                                                          text_leaf(html_doc(t, "Arial,sans-serif"), "html")]))
        out.append((f"0{i}-{'hirevue-invitation' if i == 1 else 'hirevue-reminder'}.eml", m))
    return out, label([], "hard", "negative/one-way-video-interview",
                      "HireVue On Demand (one-way, no live interviewer) with a completion deadline and a reminder: an "
                      "assessment, not an interview, despite 'video interview' everywhere.")


@case("b184-16-visa-medical-fitness-appointment")
def c16():
    sent = at(DXB, 2026, 2, 2, 14, 20, 55, weekday="Monday")
    st = at(DXB, 2026, 2, 9, 8, 15, weekday="Monday")
    en = at(DXB, 2026, 2, 9, 8, 30)
    ref = "MF-2026-0284417"
    text = ("Dear GRACE WANJIRU KAMAU,\n\n"
            "Your Medical Fitness Test appointment has been confirmed.\n\n"
            f"Reference number: {ref}\n"
            "Visa type: Employment \u2013 Renewal\n"
            "Sponsor: MARINA CREST HOTEL L.L.C.\n"
            "Date: Monday, 09 February 2026\n"
            "Time slot: 08:15 AM \u2013 08:30 AM\n"
            "Centre: MedFit Screening Centre \u2013 Al Karama, Dubai\n\n"
            "Please bring your original passport, Emirates ID and the typing receipt. The test includes a blood "
            "sample and chest X-ray; fasting is not required. Results are sent electronically to your sponsor.\n\n"
            "To reschedule, use the link in your application at least 24 hours before your slot.\n\n"
            "MedFit Screening Centres\nThis is an automatically generated e-mail.\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MedFit//Appointments//EN", "METHOD:PUBLISH"]
              + VTZ["Asia/Dubai"] + [
              "BEGIN:VEVENT", f"UID:{ref}@medfit-dxb.example", f"DTSTAMP:{zstamp(sent)}",
              f"DTSTART;TZID=Asia/Dubai:{loc(st)}", f"DTEND;TZID=Asia/Dubai:{loc(en)}",
              "SUMMARY:Medical Fitness Test - Employment visa renewal",
              "LOCATION:" + esc("MedFit Screening Centre, Al Karama, Dubai"),
              "DESCRIPTION:" + esc(f"Ref {ref}. Bring original passport, Emirates ID and typing receipt."),
              "ORGANIZER;CN=MedFit Screening Centres:mailto:appointments@medfit-dxb.example",
              f"ATTENDEE;CN=GRACE WANJIRU KAMAU;ROLE=REQ-PARTICIPANT:mailto:{OWNER}",
              "END:VEVENT", "END:VCALENDAR"])
    m = eml([("Delivered-To", OWNER),
             received("smtp.medfit-dxb.example (smtp.medfit-dxb.example [203.0.113.90])", "mx1.example.com (Postfix)",
                      sent, hx("c16r", 10, True)),
             ("From", "MedFit Screening Centres <appointments@medfit-dxb.example>"),
             ("To", OWNER), ("Subject", ew(f"Appointment confirmed \u2013 Medical Fitness Test (Employment Visa) \u2013 {ref}")),
             ("Date", rfcdate(sent)), ("Message-ID", f"<{hx('c16m', 16)}.{ref}@medfit-dxb.example>")],
            mpart("mixed", "=_" + hx("c16b", 28), [text_leaf(text, cte="base64"),
                                                   ics_attachment(cal, "appointment.ics", "text/calendar")]))
    return [("01-medical-fitness-appointment.eml", m)], label(
        [], "medium", "negative/visa-medical",
        "Employment-visa medical fitness appointment with a sponsor (employer) name, time slot and .ics. Not a job "
        "interview.")


@case("b184-17-emirates-id-biometrics-appointment")
def c17():
    sent = at(DXB, 2026, 3, 4, 11, 5, 3, weekday="Wednesday")
    st = at(DXB, 2026, 3, 10, 9, 40, weekday="Tuesday")
    en = at(DXB, 2026, 3, 10, 10, 0)
    app = "784-2026-3318042-7"
    text = ("Dear Applicant,\n\n"
            "Your appointment for biometrics capture (fingerprints, photo and signature) has been booked.\n\n"
            f"Application number: {app}\n"
            "Service: Emirates ID \u2013 renewal (residents)\n"
            "Appointment: Tuesday 10/03/2026 at 09:40\n"
            "Service centre: Al Barsha Customer Happiness Centre, Dubai\n\n"
            "Please arrive 10 minutes before your appointment with your original passport and the application "
            "receipt. Applicants who miss their appointment must book a new one.\n\n"
            "Identity & Residency Services Centre\nThis e-mail is system generated; replies are not monitored.\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IDRS//Smart Appointments//EN", "METHOD:REQUEST"]
              + VTZ["Asia/Dubai"] + [
              "BEGIN:VEVENT", f"UID:{hx('c17u', 24)}@idrs-services.example", f"DTSTAMP:{zstamp(sent)}",
              f"DTSTART;TZID=Asia/Dubai:{loc(st)}", f"DTEND;TZID=Asia/Dubai:{loc(en)}",
              "SUMMARY:Biometrics appointment - Emirates ID renewal",
              "LOCATION:Al Barsha Customer Happiness Centre\\, Dubai",
              "DESCRIPTION:" + esc(f"Application {app}. Bring original passport and receipt."),
              "ORGANIZER;CN=Smart Appointments:mailto:no-reply@idrs-services.example",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{OWNER}",
              "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    alt = mpart("alternative", "--=_alt_" + hx("c17a", 20), [text_leaf(text), text_leaf(html_doc(text, "Tahoma,sans-serif"), "html")])
    m = eml([("Delivered-To", OWNER),
             received("notify.idrs-services.example (notify.idrs-services.example [203.0.113.140])",
                      "mx1.example.com (Postfix)", sent, hx("c17r", 10, True)),
             ("From", "Identity & Residency Services <no-reply@idrs-services.example>"),
             ("To", OWNER), ("Subject", ew(f"Appointment booked: Biometrics \u2013 Application {app}")),
             ("Date", rfcdate(sent)), ("Message-ID", f"<{hx('c17m', 20)}@notify.idrs-services.example>")],
            mpart("mixed", "--=_mix_" + hx("c17b", 20), [alt, cal_part(cal, "REQUEST")]))
    return [("01-biometrics-appointment.eml", m)], label(
        [], "medium", "negative/id-biometrics",
        "Emirates ID renewal biometrics appointment (METHOD:REQUEST calendar part, DD/MM date). Government service "
        "appointment, not an interview.")


@case("b184-18-grooming-masterclass-google-invite")
def c18():
    sab = ("Sabrina Lopes", "sabrina.lopes@wingsup-academy.example")
    created = at(UTC, 2026, 3, 20, 10, 11, 0)
    sent = at(UTC, 2026, 3, 20, 10, 12, 36, weekday="Friday")
    st = at(DXB, 2026, 3, 28, 10, 0, weekday="Saturday")
    en = at(DXB, 2026, 3, 28, 13, 0)
    desc = ("Hi lovely,\n\nThank you for booking the Cabin Crew Interview Prep \u2013 Grooming & Final Interview "
            "Masterclass (AED 350, paid). We'll cover make-up and hair to airline standards, uniform-style fitting, "
            "the walk and the smile, and finish with a mock final interview with personal feedback from me.\n\n"
            "Please bring your heels, your CV and the outfit you plan to wear on your assessment day.\n\n"
            "Sabrina\nFounder & Lead Coach, Wings Up Cabin Crew Academy (ex-senior purser)")
    m = google_invite(updated=False, organizer=sab,
                      title="Cabin Crew Interview Prep \u2013 Grooming & Final Interview Masterclass",
                      start=st, end=en, description=desc,
                      attendees=[(sab[0], sab[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                      uid_seed="c18", seq=0, sent=sent, created=created,
                      location="Wings Up Academy, Office 1204, Business Bay, Dubai")
    return [("01-invitation-grooming-masterclass.eml", m)], label(
        [], "hard", "negative/grooming-workshop-mock-interview",
        "Paid grooming workshop with a mock final interview from a coaching academy, sent as a genuine Google Calendar "
        "invitation with 'Interview' in the title. Coaching, not a hiring process step.")


@case("b184-19-arabic-course-placement-oral-interview")
def c19():
    sam = ("Samira Khalil", "samira.khalil@albayan-institute.example")
    sent = at(UTC, 2026, 2, 27, 13, 2, 51, weekday="Friday")
    st = at(DXB, 2026, 3, 5, 18, 30, weekday="Thursday")
    en = at(DXB, 2026, 3, 5, 18, 45)
    body = ("\u0645\u0631\u062d\u0628\u0627 Grace,\n\n"
            "Thank you for registering for the Spring term of Arabic for Non-Native Speakers. Before we confirm your "
            "class, please join a short oral placement interview with me on Teams so we can place you in the right "
            "level (Beginner 2 or Intermediate 1). It takes about 15 minutes: a few questions in Arabic about your "
            "work and daily life, and a short reading.\n\n"
            "There is nothing to prepare.\n\n"
            "\u0645\u0639 \u0627\u0644\u062a\u062d\u064a\u0629,\nUstadha Samira Khalil\nArabic Language Department\n"
            "Al Bayan Language Institute, Dubai Knowledge Park")
    m = exchange_invite(method="REQUEST", organizer=sam, to=[(OWNER_NAME, OWNER)],
                        subject="Placement test \u2013 Arabic for Non-Native Speakers (oral interview) \u2013 Grace Kamau",
                        when="Thursday, 5 March 2026 18:30-18:45 (UTC+04:00) Abu Dhabi, Muscat.",
                        where="Microsoft Teams Meeting", body=body, tzid="Arabian Standard Time", start=st, end=en,
                        uid_seed="c19", seq=0, sent=sent,
                        received_hdr=received("EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2122.outbound.protection.outlook.com. [40.107.13.122])",
                                              "mx1.example.com (Postfix)", sent, hx("c19r", 10, True)))
    return [("01-placement-oral-interview.eml", m)], label(
        [], "medium", "negative/language-placement-test",
        "Teams invite for a language-course placement 'oral interview'. Admissions/placement, not a job interview.")


@case("b184-20-hotel-guest-feedback-interview")
def c20():
    lei = ("Leila Naser", "leila.naser@saadiyatdunes.example")
    sent = at(DXB, 2026, 4, 9, 16, 0, 2, weekday="Thursday")
    st = at(DXB, 2026, 4, 14, 19, 0, weekday="Tuesday")
    en = at(DXB, 2026, 4, 14, 19, 20)
    text = ("Dear Ms. Kamau,\n\n"
            "Thank you for choosing Saadiyat Dunes Resort for your recent stay (2 \u2013 5 April 2026).\n\n"
            "We are redesigning our arrival experience and would love to interview you about your stay. The guest "
            "insights interview takes 20 minutes on Zoom with a member of our Guest Experience team, and as a thank "
            "you we will send you an AED 200 dining voucher.\n\n"
            f"Book your interview slot: https://saadiyatdunes.example/guestvoice/book?g={hx('c20g', 12)}\n\n"
            "Warm regards,\nGuest Experience Team\nSaadiyat Dunes Resort, Abu Dhabi\n\n"
            "You received this e-mail because you stayed with us and agreed to be contacted about your experience.\n")
    m = eml([("Delivered-To", OWNER),
             received("mta2.guestvoice.saadiyatdunes.example (mta2.guestvoice.saadiyatdunes.example [203.0.113.202])",
                      "mx1.example.com (Postfix)", sent, hx("c20r", 10, True)),
             ("From", addr("Saadiyat Dunes Resort \u2013 Guest Experience", "guestvoice@saadiyatdunes.example")),
             ("To", addr(OWNER_NAME, OWNER)),
             ("Subject", ew("Could we interview you about your stay, Ms. Kamau?")),
             ("Date", rfcdate(sent)), ("Message-ID", f"<{hx('c20m', 26)}@guestvoice.saadiyatdunes.example>")],
            mpart("alternative", "_----------=_" + hx("c20b", 20), [text_leaf(text), text_leaf(html_doc(text, "Georgia,serif"), "html")]))
    ev = gcal_event(eid="g7q2m0c5xv1nhk3r8s9t4uwa6b",
                    summary="Guest Insights Interview \u2013 Saadiyat Dunes Resort",
                    description=("Thank you for volunteering to share feedback about your stay (Villa 14, 2\u20135 April). "
                                 "Leila from our Guest Experience team will ask about check-in, dining and the kids' club. "
                                 "An AED 200 dining voucher will be e-mailed after the call."),
                    organizer=lei,
                    attendees=[{"email": lei[1], "displayName": lei[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
                    start=st, end=en, tz="Asia/Dubai", created=at(UTC, 2026, 4, 9, 18, 41, 0),
                    updated=at(UTC, 2026, 4, 9, 18, 41, 12), meet=False,
                    location=f"https://saadiyatdunes.zoom.us/j/93310457712?pwd={hx('c20p', 20)}")
    return [("01-guest-feedback-interview-request.eml", m), ("02-guest-insights-interview.gcal.json", ev)], label(
        [], "hard", "negative/guest-feedback-interview",
        "Hotel guest-feedback 'interview' (paid with a voucher) booked into the calendar as an API event with a Zoom "
        "link. User research about her stay, not a job interview, even though the sender is a hotel.")


@case("b184-21-user-is-interviewer-at-own-hotel")
def c21():
    pooja = ("Pooja Nair", "pooja.nair@marinacrest.example")
    ahmed = ("Ahmed Saleh", "ahmed.saleh@marinacrest.example")
    work = ("Grace Kamau", "grace.kamau@marinacrest.example")
    sent = at(UTC, 2026, 4, 16, 5, 48, 19, weekday="Thursday")
    st = at(DXB, 2026, 4, 22, 15, 0, weekday="Wednesday")
    en = at(DXB, 2026, 4, 22, 15, 45)
    body = ("Hi Grace and Ahmed,\n\n"
            "Please interview Rahul Verma for the Guest Relations Agent vacancy in your team. His CV and the "
            "interview score sheet are on the HR shared drive under Recruitment > April.\n\n"
            "Grace, please lead the guest-scenario questions; Ahmed will cover shift patterns and operations. Kindly "
            "send me your scores by end of day so I can prepare the offer if he is successful.\n\n"
            "Thanks,\nPooja Nair\nHR Executive | Marina Crest Hotel, Dubai Marina")
    m = exchange_invite(method="REQUEST", organizer=pooja, to=[work, ahmed],
                        subject="Interview: Rahul Verma \u2013 Guest Relations Agent (interviewers: Grace Kamau, Ahmed Saleh)",
                        when="Wednesday, 22 April 2026 15:00-15:45 (UTC+04:00) Abu Dhabi, Muscat.",
                        where="HR Meeting Room 2, Mezzanine, Marina Crest Hotel", body=body,
                        tzid="Arabian Standard Time", start=st, end=en, uid_seed="c21", seq=0, sent=sent, teams=False,
                        extra_headers=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{work[1]} {OWNER}")],
                        received_hdr=received("mail.marinacrest.example (mail.marinacrest.example [203.0.113.12])",
                                              "mx1.example.com (Postfix)", sent, hx("c21r", 10, True)))
    return [("01-interview-candidate-rahul.eml", m)], label(
        [], "hard", "negative/user-is-interviewer",
        "Invite from her current employer's HR (auto-forwarded from her work address) asking her to interview a "
        "candidate. She is the interviewer, not the candidate.")


@case("b184-22-final-interview-slot-link-unbooked")
def c22():
    hai = ("Haifa Al Zaabi", "haifa.alzaabi@nakhla-hotels.example")
    sent = at(DXB, 2026, 5, 5, 12, 10, 40, weekday="Tuesday")
    at(DXB, 2026, 5, 7, weekday="Thursday")
    at(DXB, 2026, 5, 10, weekday="Sunday")
    at(DXB, 2026, 5, 13, weekday="Wednesday")
    text = ("Dear Grace,\n\n"
            "Congratulations \u2013 you have been shortlisted for a final interview for the Rooms Division Coordinator "
            "position at Nakhla Hotels.\n\n"
            "Please choose a 45-minute slot that suits you using our booking page by Thursday 7 May:\n"
            "https://outlook.office365.com/book/NakhlaHotelsRecruitment@nakhla-hotels.example/\n\n"
            "Slots are available from Sunday 10 May to Wednesday 13 May, between 10:00 and 16:00 UAE time. Once you "
            "book, you will automatically receive a calendar invitation with the Teams link and the names of your "
            "interviewers.\n\n"
            "Best regards,\nHaifa Al Zaabi\nTalent Acquisition Specialist | Nakhla Hotels\nAbu Dhabi, UAE")
    m = outlook_mail(frm=hai, to=[(OWNER_NAME, OWNER)], sent=sent, seed="c22",
                     subject="Nakhla Hotels \u2013 Final interview: please book your slot", text=text,
                     received_from="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2119.outbound.protection.outlook.com. [40.107.22.119])")
    return [("01-book-your-final-interview-slot.eml", m)], label(
        [], "medium", "negative/unbooked-scheduling-link",
        "Shortlisted for a final interview but only a Microsoft Bookings link and a date range; nothing is booked in "
        "the case.")


# =========================================================================== main
def main():
    for p in sorted(HERE.glob("b184-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for slug, fn in CASES:
        files, lab = fn()
        d = HERE / slug
        d.mkdir()
        names = [n for n, _ in files]
        assert names == sorted(names), slug
        for name, data in files:
            assert name[:2].isdigit() and name.endswith((".eml", ".ics", ".gcal.json")), name
            (d / name).write_bytes(data)
        labels[slug] = lab
    head = ("# Labels for blind184 (Dubai hospitality worker -> Gulf cabin crew / airport / hotel roles).\n"
            "# Generated by make_cases.py; see README.md and /work/shared/eval/README.md for the schema.\n")
    (HERE / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                      encoding="utf-8")
    pos = sum(1 for v in labels.values() if v["interview"])
    n_iv = sum(len(v["interviews"]) for v in labels.values())
    n_c = sum(1 for v in labels.values() for i in v["interviews"] if i["status"] == "cancelled")
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_iv} interviews "
          f"({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
