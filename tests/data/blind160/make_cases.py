#!/usr/bin/env python3
"""Regenerate the blind160 evaluation set (cases + labels.yaml) next to this file.

Theme: a Nairobi-based NGO finance officer (Achieng Otieno) job-hunting across East Africa and
with Geneva / New York headquarters. Deterministic: fixed dates, Message-IDs, UIDs and MIME
boundaries; every UTC offset comes from zoneinfo and every weekday named in text is asserted.

Standard library + PyYAML only.  Usage:  python make_cases.py
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

HERE = Path(__file__).resolve().parent
OWNER = "achieng.otieno@example.com"
OWNER_NAME = "Achieng Otieno"

UTC = timezone.utc
EAT = ZoneInfo("Africa/Nairobi")
KLA = ZoneInfo("Africa/Kampala")
GVA = ZoneInfo("Europe/Zurich")
NYC = ZoneInfo("America/New_York")


# --------------------------------------------------------------------------- time helpers
def T(tz, y, mo, d, h=0, mi=0, s=0, weekday=None):
    """Aware datetime; if weekday is given, assert the date really is that weekday."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt.isoformat(), weekday)
    return dt


def wd(dt, name):
    assert dt.strftime("%A") == name, (dt.isoformat(), name)
    return dt


def rfc(dt):
    return format_datetime(dt)


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat()


def ampm(dt, style="google"):
    """'8am', '8:45am', '2:30pm' (Google Calendar subject style)."""
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return f"{h}{suf}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{suf}"


def hm12(dt):
    """'9:00 AM' style."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------- id helpers
def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b32(seed, n=26):
    return base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode().lower()[:n]


def gmail_mid(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return "<CA" + base64.urlsafe_b64encode(h).decode().rstrip("=").replace("-", "x").replace("_", "Q")[:40] + "@mail.gmail.com>"


def outlook_mid(seed, host="AM9PR04MB8390.eurprd04.prod.outlook.com"):
    return f"<{hx(seed, 32).upper()}@{host}>"


def boundary(seed, style="gmail"):
    if style == "gmail":
        return "000000000000" + hx(seed, 16)
    if style == "outlook":
        return "_000_" + hx(seed, 24).upper() + "prodoutlookcom_"
    if style == "apple":
        return "Apple-Mail=_" + hx(seed, 32).upper()[:8] + "-" + hx(seed + "x", 4).upper() + "-" + hx(seed + "y", 4).upper() + "-" + hx(seed + "z", 12).upper()
    return "----=_Part_" + str(int(hx(seed, 8), 16)) + "_" + str(int(hx(seed + "q", 8), 16)) + "." + str(1700000000000 + int(hx(seed + "t", 6), 16))


# --------------------------------------------------------------------------- MIME helpers
def H(v):
    """Encode a header value with RFC 2047 when it is not ASCII."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(maxlinelen=76)


def A(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def leaf(ctype, content, cte="7bit", charset="UTF-8", params=(), filename=None, disposition=None, extra=()):
    codec = "latin-1" if (charset or "").upper() == "ISO-8859-1" else "utf-8"
    raw = content.encode(codec) if isinstance(content, str) else content
    ct = ctype
    if ctype.startswith("text/") and charset:
        ct += f'; charset="{charset}"'
    for k, v in params:
        ct += f"; {k}={v}"
    if filename:
        ct += f'; name="{filename}"'
    hdrs = [f"Content-Type: {ct}"]
    if disposition:
        hdrs.append(f'Content-Disposition: {disposition}; filename="{filename}"')
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    hdrs.extend(extra)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:
        body = raw.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    return (hdrs, body)


def multipart(subtype, parts, bnd, preamble=None):
    hdrs = [f'Content-Type: multipart/{subtype}; boundary="{bnd}"']
    out = []
    if preamble:
        out.append(preamble + "\n")
    for h, b in parts:
        out.append(f"--{bnd}\n" + "\n".join(h) + "\n\n" + b)
        out.append("\n")
    out.append(f"--{bnd}--\n")
    return (hdrs, "".join(out))


def message(headers, root):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    lines.extend(root[0])
    return "\n".join(lines) + "\n\n" + root[1]


def text_to_html(text, font="Arial, sans-serif", quote_marker=">"):
    """Minimal but realistic HTML rendition of a plain-text body (Gmail-ish)."""
    out = [f'<div dir="ltr" style="font-family:{font}">']
    depth = 0
    for line in text.split("\n"):
        d = 0
        while line.startswith(quote_marker):
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
            d += 1
        while depth < d:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append((html.escape(line) if line.strip() else "") + "<br>")
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    out.append("</div>")
    return "\n".join(out) + "\n"


def alt(text, bnd, html_body=None, cte_text="quoted-printable", cte_html="quoted-printable"):
    return multipart("alternative", [leaf("text/plain", text, cte_text),
                                     leaf("text/html", html_body or text_to_html(text), cte_html)], bnd)


def quote(text):
    return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in text.split("\n"))


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    parts = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    parts.append(b)
    return b"\r\n ".join(parts).decode("utf-8")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "E. Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Africa Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
        "END:STANDARD", "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Africa/Kampala": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Kampala", "X-LIC-LOCATION:Africa/Kampala",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Nairobi": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Nairobi", "X-LIC-LOCATION:Africa/Nairobi",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}

WIN_LABEL = {
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "E. Africa Standard Time": "(UTC+03:00) Nairobi",
}


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}:mailto:{email}"


def teams_block(seed):
    mid = " ".join(str(int(hx(seed + str(i), 6), 16) % 1000).zfill(3) for i in range(4))
    code = b32(seed + "pc", 6)
    tid = f"{hx(seed+'t',8)}-{hx(seed+'t1',4)}-{hx(seed+'t2',4)}-{hx(seed+'t3',4)}-{hx(seed+'t4',12)}"
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32(seed, 40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d"
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {mid}\n"
            f"Passcode: {code.upper()[:2]}{code[2:]}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")
    return text, url


def exchange_invite(*, seed, date, organizer, to, cc=(), subject, tzid, start, end, body, attendees,
                    method="REQUEST", seq=0, uid=None, location="Microsoft Teams Meeting", teams=True,
                    extra_headers=(), lang="en-US"):
    """Exchange/Outlook meeting request (multipart/alternative with base64 text/calendar)."""
    assert start.utcoffset() == end.utcoffset() or True
    label = WIN_LABEL[tzid]
    when = (f"When: {start.strftime('%A, %d %B %Y')} {start.strftime('%H:%M')}-{end.strftime('%H:%M')} {label}.\n"
            f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    tb, url = teams_block(seed)
    full = when + body + ("\n\n" + tb if teams and method == "REQUEST" else "")
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + hx(seed + "uid", 16).upper() + "000000000000000010000000" + hx(seed + "u2", 32).upper())
    vev = ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    vev += [attendee(n, e, r, p) for (n, e, r, p) in attendees]
    vev += [f"DESCRIPTION;LANGUAGE={lang}:" + esc(full),
            f"UID:{uid}",
            f"SUMMARY;LANGUAGE={lang}:" + esc(subject.split(": ", 1)[1] if method == "CANCEL" else subject),
            f"DTSTART;TZID={tzid}:{ics_loc(start)}", f"DTEND;TZID={tzid}:{ics_loc(end)}",
            "CLASS:PUBLIC", f"PRIORITY:{1 if method == 'CANCEL' else 5}", f"DTSTAMP:{ics_utc(date)}",
            "TRANSP:OPAQUE", f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE={lang}:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx(seed + 'own', 7), 16)}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if method == 'CANCEL' else 1}",
            "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams and method == "REQUEST":
        vev += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    vev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method == "REQUEST":
        vev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    vev += ["END:VEVENT"]
    cal = ics(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ[tzid] + vev + ["END:VCALENDAR"])
    html_body = text_to_html(full, font="Aptos, Calibri, sans-serif")
    bnd = boundary(seed, "outlook")
    root = multipart("alternative", [leaf("text/plain", full, "quoted-printable"),
                                     leaf("text/html", html_body, "quoted-printable"),
                                     leaf("text/calendar", cal, "base64", params=[("method", method)])], bnd)
    host = organizer[1].split("@")[1]
    hdrs = [("Delivered-To", OWNER),
            ("Received", f"from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2{int(hx(seed,4),16)%1000:03d}.outbound.protection.outlook.com [40.107.{int(hx(seed,2),16)}.{int(hx(seed+'r',2),16)}])\n"
                         f"        by mx.example.com with ESMTPS id {b32(seed+'rid',12)}\n        for <{OWNER}>; {rfc(date)}"),
            ("From", A(*organizer)), ("To", ", ".join(A(*p) for p in to)), ("CC", ", ".join(A(*p) for p in cc) if cc else None),
            ("Subject", H(subject)), ("Thread-Topic", H(subject.split(": ", 1)[1] if method == "CANCEL" else subject)),
            ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
            ("Date", rfc(date)), ("Message-ID", outlook_mid(seed)), ("Accept-Language", "en-GB, en-US"),
            ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage")] + list(extra_headers)
    return message(hdrs, root)


def gcal_when(start, end):
    return f"{start.strftime('%a %b')} {start.day}, {start.year} {ampm(start)} - {ampm(end)} ({start.strftime('%Z')})"


def google_invite(*, seed, date, organizer, attendees, title, start, end, tzlabel, description, seq=0,
                  uid=None, method="REQUEST", location=None, meet=True, kind="Invitation", created=None):
    """Google Calendar invitation e-mail (multipart/mixed: alternative(text, html, calendar) + invite.ics)."""
    uid = uid or (b32(seed + "uid", 26) + "@google.com")
    code = f"{b32(seed+'m',3)}-{b32(seed+'m2',4)}-{b32(seed+'m3',3)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    when_line = f"{start.strftime('%A %b')} {start.day}, {start.year} ⋅ {ampm(start)} – {ampm(end)}"
    guests = "\n".join(f"{n or e}" + (" - organizer" if e == organizer[1] else "") + (" - creator" if False else "")
                       for (n, e, r, p) in attendees)
    lines = []
    if kind == "Canceled":
        lines.append("This event has been canceled.")
        lines.append("")
    elif kind == "Updated invitation":
        lines.append("This event has been updated")
        lines.append("")
    lines += [title, when_line, tzlabel, ""]
    if location:
        lines += [location, ""]
    if meet and kind != "Canceled":
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", "",
                  "Join by phone", f"(KE) +254 20 {int(hx(seed+'ph',5),16)%9000000+1000000:07d} PIN: {int(hx(seed+'pin',6),16)%1000000000:09d}", "",
                  f"More phone numbers https://tel.meet/{code}?pin={int(hx(seed+'pin2',8),16)%10**13:013d}", ""]
    lines += ["Guests", guests,
              f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", ""]
    if description:
        lines += [description, ""]
    if kind != "Canceled":
        lines += [f"Reply for {OWNER}", "Yes", "No", "Maybe",
                  f"More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", ""]
    lines += ["Invitation from Google Calendar https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving future "
              "updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP.",
              "", "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    vev = ["BEGIN:VEVENT", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(date)}",
           f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    vev += [attendee(n, e, r, p, google=True) for (n, e, r, p) in attendees]
    vev += [f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx(seed + 'own', 7), 16)}",
            f"CREATED:{ics_utc(created or date)}",
            "DESCRIPTION:" + esc(description + (f"\n\nJoin with Google Meet: https://meet.google.com/{code}" if meet else "")),
            f"LAST-MODIFIED:{ics_utc(date)}", f"LOCATION:{esc(location or '')}", f"SEQUENCE:{seq}",
            f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE",
            "END:VEVENT"]
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", f"METHOD:{method}"] + vev + ["END:VCALENDAR"])
    html_body = text_to_html(text, font="Roboto, Helvetica, Arial, sans-serif")
    inner = multipart("alternative", [
        leaf("text/plain", text, "base64", params=[("format", "flowed"), ("delsp", "yes")]),
        leaf("text/html", html_body, "quoted-printable"),
        leaf("text/calendar", cal.replace("\r\n", "\n"), "7bit", params=[("method", method)])],
        boundary(seed + "alt"))
    root = multipart("mixed", [inner, leaf("application/ics", cal, "base64", charset=None,
                                           filename="invite.ics", disposition="attachment")], boundary(seed + "mix"))
    subj = f"{kind}: {title} @ {gcal_when(start, end)} ({OWNER})"
    hdrs = [("Delivered-To", OWNER),
            ("Received", f"by mail-sor-f41.google.com with SMTPS id {b32(seed+'rcv',14)}\n        for <{OWNER}>\n"
                         f"        (Google Transport Security); {rfc(date)}"),
            ("Reply-To", A(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", f"<calendar-{hx(seed,8)}-{hx(seed+'a',4)}-{hx(seed+'b',4)}-{hx(seed+'c',4)}-{hx(seed+'d',12)}@google.com>"),
            ("Date", rfc(date)), ("Subject", H(subj)), ("From", A(organizer[0], organizer[1])),
            ("To", OWNER)]
    return message(hdrs, root)


def gmail_headers(seed, *, date, frm, to, subject, cc=None, reply_to=None, in_reply_to=None, refs=None,
                  mid=None, delivered=OWNER, extra=()):
    return [("Delivered-To", delivered),
            ("Received", f"by 2002:a05:7010:{hx(seed,4)}:b0:{hx(seed+'r',3)}:{hx(seed+'s',4)} with SMTP id {b32(seed,10)};\n        {rfc(date)}"),
            ("MIME-Version", None),
            ("From", frm), ("Date", rfc(date)), ("Message-ID", mid or gmail_mid(seed)),
            ("In-Reply-To", in_reply_to), ("References", refs), ("Subject", H(subject)),
            ("To", to), ("Cc", cc), ("Reply-To", reply_to)] + list(extra)


# --------------------------------------------------------------------------- case registry
CASES = []


class Case:
    def __init__(self, slug, *, difficulty, category, notes, interviews=(), source="synthetic"):
        self.slug = slug
        self.files = {}
        self.label = {"user": OWNER, "interview": bool(interviews), "interviews": list(interviews),
                      "difficulty": difficulty, "category": category, "notes": notes, "source": source}
        CASES.append(self)

    def add(self, name, content):
        assert name not in self.files
        self.files[name] = content
        return self


def iv(company, role, start, end, status, interviewers, recipients, kind):
    assert kind in ("phone_screen", "technical", "onsite", "hiring_manager", "other")
    assert status in ("scheduled", "cancelled")
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def gcal_event(*, seed, summary, description, organizer, attendees, start, end, tzname, created, updated,
               status="confirmed", seq=0, location=None, meet=True):
    eid = b32(seed, 26)
    ev = {"kind": "calendar#event", "etag": f"\"{int(hx(seed + 'etag', 13), 16) % 10**16:016d}\"", "id": eid,
          "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(seed+'ms',3),16)%1000:03d}Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev.update({"creator": {"email": organizer[1], "displayName": organizer[0]},
               "organizer": {"email": organizer[1], "displayName": organizer[0]},
               "start": {"dateTime": start.isoformat(), "timeZone": tzname},
               "end": {"dateTime": end.isoformat(), "timeZone": tzname},
               "iCalUID": f"{eid}@google.com", "sequence": seq, "attendees": []})
    for (n, e, rs, extra) in attendees:
        a = {"email": e}
        if n:
            a["displayName"] = n
        a.update(extra)
        a["responseStatus"] = rs
        ev["attendees"].append(a)
    if meet:
        code = f"{b32(seed+'m',3)}-{b32(seed+'m2',4)}-{b32(seed+'m3',3)}"
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {"entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"}],
                                "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                                "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def mail(seed, *, client, date, frm, to, subject, text, cc=None, reply_to=None, in_reply_to=None, refs=None,
         mid=None, html_body=None, attachments=(), extra=()):
    """A person-written e-mail as a given client would produce it."""
    if client == "gmail":
        mid = mid or gmail_mid(seed)
        body = multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                                         leaf("text/html", html_body or text_to_html(text), "quoted-printable")],
                         boundary(seed))
        xh = []
    elif client == "outlook":
        mid = mid or outlook_mid(seed)
        body = multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                                         leaf("text/html", html_body or text_to_html(text, font="Calibri, Arial, Helvetica, sans-serif"),
                                              "quoted-printable")], boundary(seed, "outlook"))
        xh = [("Thread-Topic", H(subject.split(": ", 1)[-1] if subject[:3].upper() in ("RE:", "FW:") else subject)),
              ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
              ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
              ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "apple":
        mid = mid or f"<{hx(seed, 8).upper()}-{hx(seed+'1', 4).upper()}-{hx(seed+'2', 4).upper()}-{hx(seed+'3', 4).upper()}-{hx(seed+'4', 12).upper()}@{frm.split('@')[-1].rstrip('>')}>"
        body = leaf("text/plain", text, "quoted-printable")
        xh = [("X-Mailer", "iPhone Mail (22F76)")]
    elif client == "plain":
        mid = mid or f"<{int(hx(seed, 10), 16)}.{int(hx(seed+'p', 6), 16)}.{int(date.timestamp())}@{frm.split('@')[-1].rstrip('>')}>"
        body = leaf("text/plain", text, "base64")
        xh = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC126 (Win)/9.0.0_GA_4583)")]
    else:
        raise ValueError(client)
    if attachments:
        body = multipart("mixed", [body] + list(attachments), boundary(seed + "mixed", "gmail" if client != "outlook" else "outlook"))
    hdrs = gmail_headers(seed, date=date, frm=frm, to=to, subject=subject, cc=cc, reply_to=reply_to,
                         in_reply_to=in_reply_to, refs=refs, mid=mid, extra=xh + list(extra))
    return message(hdrs, body)


def mid_of(msg):
    for line in msg.split("\n"):
        if line.startswith("Message-ID: "):
            return line[len("Message-ID: "):]
    raise KeyError


def on_wrote(dt, who):
    return f"On {dt.strftime('%a')}, {dt.day} {dt.strftime('%b %Y')} at {dt.strftime('%H:%M')}, {who} wrote:"


def outlook_quote(frm, dt, to, subject, text, cc=None):
    head = ["________________________________", f"From: {frm}", f"Sent: {dt.strftime('%A, %d %B %Y %H:%M')}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head.append(f"Subject: {subject}")
    return "\n".join(head) + "\n\n" + text


# =========================================================================== POSITIVE CASES

# ---------------------------------------------------------------- 01 Inspira CBI + Teams panel (Geneva CEST)
def case01():
    c = Case("b160-01-inspira-cbi-geneva-teams-panel", difficulty="medium", category="positive/ats-plus-teams-dedupe",
             notes=("Inspira notification (no-reply) announces a competency-based interview at 10:00 Geneva time; "
                    "HR assistant's Teams invite (W. Europe Standard Time, body label '(UTC+01:00)' although CEST applies "
                    "on 22 April) is the same interview -> one onsite/panel entry at 10:00+02:00 (11:00 EAT). "
                    "HR assistant only opens the call; the three panel members are the interviewers."))
    jo = "Job Opening 26-Finance-JODRF-271904-R-Nairobi (G)"
    start = T(GVA, 2026, 4, 22, 10, 0, weekday="Wednesday")
    end = start + timedelta(minutes=60)
    d1 = T(UTC, 2026, 4, 14, 7, 12, 31)
    txt = f"""Dear Ms. Achieng Otieno,

{jo}
Position Title: Finance Assistant (G-6)
Department/Office: UN Joint Office for Disaster Risk Finance
Duty Station: NAIROBI

Further to your successful completion of the written assessment for the above-mentioned job opening, we are pleased to invite you to a competency-based interview.

Date: Wednesday, 22 April 2026
Time: 10:00 hours (Geneva time)
Duration: approximately 60 minutes
Mode: Microsoft Teams (the meeting link will be sent separately by the Human Resources Section)

The interview will assess the following competencies: Professionalism, Planning and Organizing, Client Orientation and Accountability. Interviewers will ask you to describe specific situations you have handled; we recommend structuring your answers as Situation, Task, Action and Result.

Please log in to inspira and accept the interview invitation under "My Applications" within 48 hours. Do not reply to this e-mail; this mailbox is not monitored. For queries, please write to the hiring team at jodrf-recruitment@jodrf.example.

Kind regards,

Human Resources Section
UN Joint Office for Disaster Risk Finance

This is a system-generated message from inspira. Please do not reply.
"""
    html_body = ("<html><body style=\"font-family:Arial;font-size:10pt\">"
                 + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in txt.strip().split("\n\n"))
                 + "</body></html>\n")
    m1 = message([("Delivered-To", OWNER),
                  ("Received", f"from smtp-out2.un.org (smtp-out2.un.org [157.150.185.12])\n        by mx.example.com with ESMTPS id {b32('c01r',12)}\n        for <{OWNER}>; {rfc(d1)}"),
                  ("Date", rfc(d1)), ("From", "UN Careers <no-reply@careers.un.org>"), ("To", A(OWNER_NAME, OWNER)),
                  ("Message-ID", f"<{int(hx('c01m1', 12), 16)}.JavaMail.psoft@inspira-prd-app03>"),
                  ("Subject", H(f"{jo} - Invitation to Competency-Based Interview")),
                  ("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")],
                 multipart("alternative", [leaf("text/plain", txt, "quoted-printable", charset="ISO-8859-1"),
                                           leaf("text/html", html_body, "quoted-printable", charset="ISO-8859-1")],
                           boundary("c01m1", "java")))
    c.add("01-inspira-cbi-invitation.eml", m1)
    org = ("Mireille Favre", "mireille.favre@jodrf.example")
    panel = [("Jonas Lindqvist", "jonas.lindqvist@jodrf.example"), ("Wairimu Ndegwa", "wairimu.ndegwa@jodrf.example"),
             ("Ahmed Salih", "ahmed.salih@jodrf.example")]
    body = """Dear Ms. Otieno, dear panel members,

Please find below the Teams link for the competency-based interview for JO 271904, Finance Assistant (G-6), Nairobi.

The panel will be chaired by Mr. Jonas Lindqvist (Chief, Finance and Budget Unit), with Ms. Wairimu Ndegwa (Finance Officer, Nairobi) and Mr. Ahmed Salih (Administrative Officer) as members. I will open the meeting and check the connection, then leave; I do not take part in the assessment.

Ms. Otieno, kindly join ten minutes early and keep your camera on. Please have your national ID or passport ready for identity verification.

Best regards,
Mireille Favre
Human Resources Assistant | UN Joint Office for Disaster Risk Finance
Palais des Nations, Geneva | +41 22 917 4410"""
    d2 = T(GVA, 2026, 4, 16, 9, 40, 12)
    m2 = exchange_invite(seed="c01inv", date=d2, organizer=org, to=[(OWNER_NAME, OWNER)] + panel,
                         subject="Competency-Based Interview - Finance Assistant (G-6) - JO 271904 - Ms. Achieng Otieno",
                         tzid="W. Europe Standard Time", start=start, end=end, body=body,
                         attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
                         + [(n, e, "REQ-PARTICIPANT", "ACCEPTED") for n, e in panel])
    c.add("02-teams-invite-panel.eml", m2)
    c.label["interviews"] = [iv("UN Joint Office for Disaster Risk Finance", "Finance Assistant (G-6)", start, end,
                                "scheduled", [e for _, e in panel], [e for _, e in panel], "onsite")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 02 shortlisting -> written test -> oral interview
def case02():
    c = Case("b160-02-written-test-then-oral-interview", difficulty="hard", category="positive/written-test-then-interview",
             notes=("Shortlisting notice announces a written test (Mon 11 May, not an interview); after the test HR invites "
                    "the candidate to an oral panel interview 'on Thursday this week at 2.30pm' (message of Tue 12 May -> "
                    "Thu 14 May), 45 minutes. Only the HR officer who sits on the panel has an address."))
    grace = ("Grace Wambui", "grace.wambui@tujengewater.example")
    test_day = T(EAT, 2026, 5, 11, 9, 0, weekday="Monday")
    d1 = T(EAT, 2026, 5, 7, 11, 20, 44)
    sig = """Regards,
Grace Wambui
HR & Administration Officer
Tujenge Water Trust
Tujenge House, Argwings Kodhek Road, Hurlingham, Nairobi
Tel: +254 20 271 8830 | www.tujengewater.example"""
    t1 = f"""Dear Achieng,

RE: SHORTLISTING FOR THE POSITION OF FINANCE & GRANTS OFFICER (REF: TWT/FGO/04/2026)

Thank you for your interest in joining Tujenge Water Trust. We are pleased to inform you that you have been shortlisted for the above position.

The selection process will be in two stages:

1. A written test (Excel and donor financial reporting) on Monday, 11th May 2026 from 9.00am to 11.00am at our office, Tujenge House, Argwings Kodhek Road.
2. Candidates who attain the pass mark will be invited for an oral interview later the same week. Details will be shared after the test.

Kindly bring your national ID, a laptop with Microsoft Excel installed, and copies of your academic and professional certificates (CPA-K).

Please confirm your attendance by replying to this email.

{sig}
"""
    m1 = mail("c02m1", client="outlook", date=d1, frm=A(*grace), to=A(OWNER_NAME, OWNER),
              subject="Shortlisting: Finance & Grants Officer (Ref TWT/FGO/04/2026)", text=t1)
    c.add("01-shortlisting-written-test.eml", m1)
    d2 = T(EAT, 2026, 5, 7, 13, 5, 2)
    t2 = f"""Dear Grace,

Thank you for the good news. I confirm that I will attend the written test on Monday 11th May at 9.00am and will bring the documents requested.

Kind regards,
Achieng Otieno

{outlook_quote(A(*grace), d1, A(OWNER_NAME, OWNER), "Shortlisting: Finance & Grants Officer (Ref TWT/FGO/04/2026)", t1)}"""
    m2 = mail("c02m2", client="gmail", date=d2, frm=A(OWNER_NAME, OWNER), to=A(*grace),
              subject="Re: Shortlisting: Finance & Grants Officer (Ref TWT/FGO/04/2026)", text=t2,
              in_reply_to=mid_of(m1), refs=mid_of(m1))
    c.add("02-re-confirm-written-test.eml", m2)
    d3 = T(EAT, 2026, 5, 12, 16, 42, 9, weekday="Tuesday")
    assert (test_day + timedelta(days=1)).date() == d3.date()  # "yesterday's written test"
    start = T(EAT, 2026, 5, 14, 14, 30, weekday="Thursday")
    assert start.isocalendar()[1] == d3.isocalendar()[1]  # "Thursday this week"
    end = start + timedelta(minutes=45)
    t3 = f"""Dear Achieng,

Hongera! You passed yesterday's written test.

You are invited for an oral interview on Thursday this week at 2.30pm at Tujenge House (2nd floor boardroom). The interview will take about 45 minutes. The panel will comprise our Finance Director, Mr. Peter Kamau; our Programmes Director, Ms. Halima Abdi; and myself.

Please come with the originals of your certificates for verification.

Karibu sana,
Grace

{outlook_quote(A(OWNER_NAME, OWNER), d2, A(*grace), "Re: Shortlisting: Finance & Grants Officer (Ref TWT/FGO/04/2026)", t2.split(chr(10)+chr(10)+'____')[0])}"""
    m3 = mail("c02m3", client="outlook", date=d3, frm=A(*grace), to=A(OWNER_NAME, OWNER),
              subject="RE: Shortlisting: Finance & Grants Officer (Ref TWT/FGO/04/2026) - Oral interview", text=t3,
              in_reply_to=mid_of(m2), refs=f"{mid_of(m1)} {mid_of(m2)}")
    c.add("03-re-oral-interview-thursday.eml", m3)
    c.label["interviews"] = [iv("Tujenge Water Trust", "Finance & Grants Officer", start, end, "scheduled",
                                [grace[1]], [grace[1]], "onsite")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 03 Swahili "saa nne asubuhi" phone screen
def case03():
    c = Case("b160-03-swahili-saa-nne-phone-screen", difficulty="hard", category="positive/swahili-time",
             notes=("Thread in Swahili: 'mahojiano ya simu kesho, Jumatano, saa nne asubuhi' = phone interview tomorrow "
                    "(Wed 10 June) at 10:00 EAT (Swahili time: saa nne = 4th hour after 6am), 'dakika thelathini' = 30 min. "
                    "The HR officer will call -> she is the interviewer."))
    mj = ("Mwanajuma Said", "mwanajuma.said@sautiyapwani.example")
    d1 = T(EAT, 2026, 6, 9, 15, 5, 37, weekday="Tuesday")
    start = T(EAT, 2026, 6, 10, 10, 0, weekday="Wednesday")
    assert (d1 + timedelta(days=1)).date() == start.date()
    end = start + timedelta(minutes=30)
    t1 = """Habari Achieng,

Asante kwa kutuma maombi ya nafasi ya Afisa wa Fedha (Finance Officer) katika Sauti ya Pwani Trust, Mombasa.

Tungependa kufanya mahojiano mafupi ya simu (phone interview) nawe kesho, Jumatano, saa nne asubuhi. Mahojiano yatachukua takriban dakika thelathini. Nitakupigia kwenye nambari uliyoweka kwenye CV yako.

Tafadhali thibitisha kama muda huo unakufaa.

Wako,
Mwanajuma Said
Afisa Rasilimali Watu | HR Officer
Sauti ya Pwani Trust
Nyali, Mombasa | +254 41 447 2290
"""
    m1 = mail("c03m1", client="gmail", date=d1, frm=A(*mj), to=A(OWNER_NAME, OWNER),
              subject="Nafasi ya Afisa wa Fedha - mahojiano ya simu", text=t1)
    c.add("01-mahojiano-ya-simu.eml", m1)
    d2 = T(EAT, 2026, 6, 9, 17, 31, 3)
    t2 = f"""Habari Mwanajuma,

Asante sana kwa taarifa. Kesho saa nne asubuhi ni sawa kabisa, nitasubiri simu yako.

Kila la heri,
Achieng

{on_wrote(d1, A(*mj))}

{quote(t1.rstrip())}
"""
    m2 = mail("c03m2", client="gmail", date=d2, frm=A(OWNER_NAME, OWNER), to=A(*mj),
              subject="Re: Nafasi ya Afisa wa Fedha - mahojiano ya simu", text=t2,
              in_reply_to=mid_of(m1), refs=mid_of(m1))
    c.add("02-re-sawa-kesho.eml", m2)
    c.label["interviews"] = [iv("Sauti ya Pwani Trust", "Finance Officer", start, end, "scheduled",
                                [mj[1]], [mj[1]], "phone_screen")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 04 Oracle Recruiting, New York, rescheduled after US DST
def oracle_ics(seed, *, uid, seq, start, end, dtstamp, summary, desc, interviewer, method="REQUEST"):
    return ics(["BEGIN:VCALENDAR", "PRODID:-//Oracle Corporation//Oracle Recruiting Cloud//EN", "VERSION:2.0",
                f"METHOD:{method}"] + VTZ["America/New_York"] +
               ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ics_utc(dtstamp)}",
                f"DTSTART;TZID=America/New_York:{ics_loc(start)}", f"DTEND;TZID=America/New_York:{ics_loc(end)}",
                f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}", "LOCATION:Microsoft Teams",
                "ORGANIZER;CN=Horizon Relief International:mailto:noreply@ehzp.fa.us6.oraclecloud.com",
                attendee(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED", rsvp=False),
                attendee(interviewer[0], interviewer[1], "REQ-PARTICIPANT", "ACCEPTED", rsvp=False),
                "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])


def case04():
    c = Case("b160-04-oracle-newyork-reschedule-after-us-dst", difficulty="hard", category="positive/ats-reschedule-dst",
             notes=("Oracle Recruiting Cloud confirmation then 'Interview Rescheduled' (same UID, SEQUENCE 1). Final time "
                    "Thu 12 Mar 2026 08:30 New York; the e-mail label says '(UTC-05:00) New York - Eastern Time' but the "
                    "US switched to EDT on 8 March -> -04:00 (15:30 EAT). Interviewer's address only in the .ics; "
                    "talent partner is contact only."))
    sender = "Horizon Relief International Careers <noreply@ehzp.fa.us6.oraclecloud.com>"
    marcus = ("Marcus Delgado", "marcus.delgado@horizonrelief.example")
    uid = "ORC-INTV-300000417762193@ehzp.fa.us6.oraclecloud.com"
    role = "Regional Finance Officer - East Africa"
    s0 = T(NYC, 2026, 3, 10, 9, 0, weekday="Tuesday")
    s1 = T(NYC, 2026, 3, 12, 8, 30, weekday="Thursday")
    e1 = s1 + timedelta(hours=1)
    assert s1.utcoffset() == timedelta(hours=-4)
    mng = "https://ehzp.fa.us6.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile/interviews"

    def oracle_mail(seed, date, subject, intro, when_start, when_end, seq, prev=None):
        lines = [f"Dear Achieng,", "", intro, ""]
        if prev:
            lines += [f"Previous time: {prev}", ""]
        lines += [f"Job: {role} (Requisition 2026-0147)", "Interview: Hiring Manager Interview",
                  f"Date: {when_start.strftime('%A, %B')} {when_start.day}, {when_start.year}",
                  f"Time: {hm12(when_start)} - {hm12(when_end)} (UTC-05:00) New York - Eastern Time (ET)",
                  "Location: Microsoft Teams (the join link is in the attached calendar file)",
                  "Interviewer: Marcus Delgado, Senior Finance Manager, Africa Programs", "",
                  f"To review or change your interview, go to {mng}. Changes are possible up to 24 hours before the interview.", "",
                  "Questions? Contact Naledi Mokoena, Talent Acquisition Partner, at naledi.mokoena@horizonrelief.example.", "",
                  "Sincerely,", "Talent Acquisition", "Horizon Relief International", "",
                  "This message was sent from an unmonitored address. Please do not reply."]
        text = "\n".join(lines) + "\n"
        htmlb = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Oracle Sans',Helvetica,Arial\">"
                 "<table role=\"presentation\" width=\"600\" style=\"margin:0 auto\"><tr><td>"
                 + "".join(f"<p style=\"margin:0 0 12px\">{html.escape(l)}</p>" for l in lines if l)
                 + "</td></tr></table></body></html>\n")
        cal = oracle_ics(seed, uid=uid, seq=seq, start=when_start, end=when_end, dtstamp=date,
                         summary=f"Interview: {role} - Horizon Relief International",
                         desc=f"Hiring Manager Interview with Marcus Delgado for {role}.\nJoin Microsoft Teams meeting: "
                              f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32(seed, 32)}%40thread.v2/0",
                         interviewer=marcus)
        root = multipart("mixed", [multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                                                             leaf("text/html", htmlb, "quoted-printable")], boundary(seed + "a", "java")),
                                   leaf("text/calendar", cal, "base64", params=[("method", "REQUEST")],
                                        filename="Interview.ics", disposition="attachment")], boundary(seed, "java"))
        return message([("Delivered-To", OWNER),
                        ("Received", f"from aserp3030.oracle.com (aserp3030.oracle.com [141.146.126.71])\n        by mx.example.com with ESMTPS id {b32(seed,12)}\n        for <{OWNER}>; {rfc(date)}"),
                        ("Date", rfc(date)), ("From", sender), ("Reply-To", "noreply@ehzp.fa.us6.oraclecloud.com"),
                        ("To", OWNER), ("Message-ID", f"<{int(hx(seed, 12), 16)}.{int(hx(seed+'b', 5), 16)}.JavaMail.oracle@ehzp-fa-us6>"),
                        ("Subject", H(subject))], root)

    d1 = T(NYC, 2026, 3, 4, 14, 10, 5)
    c.add("01-oracle-interview-scheduled.eml",
          oracle_mail("c04m1", d1, f"Interview Scheduled: {role}",
                      f"Thank you for scheduling your interview for the {role} position. Here are the details:",
                      s0, s0 + timedelta(hours=1), 0))
    d2 = T(NYC, 2026, 3, 9, 10, 25, 47, weekday="Monday")
    c.add("02-oracle-interview-rescheduled.eml",
          oracle_mail("c04m2", d2, f"Interview Rescheduled: {role}",
                      "Your interview has been rescheduled by the hiring team because the interviewer has a conflicting "
                      "board meeting. Your new interview details are below; the attached calendar file replaces the previous one.",
                      s1, e1, 1, prev=f"Tuesday, March 10, 2026, {hm12(s0)} (New York)"))
    c.label["interviews"] = [iv("Horizon Relief International", role, s1, e1, "scheduled", [marcus[1]], [marcus[1]],
                                "hiring_manager")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 05 BambooHR (Kampala), moved by e-mail
def case05():
    c = Case("b160-05-bamboohr-kampala-moved-to-thursday", difficulty="medium", category="positive/reschedule-by-email",
             notes=("BambooHR e-mail from the hiring manager (Reply-To his own address) for Tue 21 July 11:00 EAT; he later "
                    "asks to move to 'Thursday (23rd) at the same time' and the candidate agrees -> one interview, "
                    "Thu 23 July 11:00-12:00 EAT. 'field audit' in the reschedule mail is not a meeting for the user."))
    dan = ("Daniel Ssempijja", "daniel.ssempijja@nileharvest.example")
    first = T(EAT, 2026, 7, 21, 11, 0, weekday="Tuesday")
    final = T(KLA, 2026, 7, 23, 11, 0, weekday="Thursday")
    end = final + timedelta(hours=1)
    d1 = T(EAT, 2026, 7, 17, 10, 14, 51, weekday="Friday")
    t1 = f"""Hi Achieng,

Thank you for applying for the Grants Accountant position at Nile Harvest Agri-Finance. We have reviewed your application and I would like to invite you for an interview with me on Tuesday, 21 July 2026 at 11:00 am (EAT).

You can attend in person at our office on Plot 14, Ntinda-Kisaasi Road, Kampala, or join on Microsoft Teams if you are still in Nairobi. The interview will take about one hour and will cover grant budgeting, cost allocation and donor reporting.

Please reply to this email to confirm which option you prefer.

Regards,
Daniel Ssempijja
Finance Manager
Nile Harvest Agri-Finance
"""
    t1b = t1 + "\n--\nThis email was sent through BambooHR on behalf of Nile Harvest Agri-Finance. Replies will go to daniel.ssempijja@nileharvest.example.\nBambooHR, 335 South 560 West, Lindon, UT 84042\n"
    htmlb = ("<html><body><table width=\"100%\" style=\"background:#f4f4f4\"><tr><td align=\"center\"><table width=\"600\" style=\"background:#fff;padding:24px;font-family:Lato,Arial\"><tr><td>"
             + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in t1.strip().split("\n\n"))
             + "<p style=\"color:#777;font-size:11px\">This email was sent through BambooHR on behalf of Nile Harvest Agri-Finance. "
               "Replies will go to daniel.ssempijja@nileharvest.example.</p></td></tr></table></td></tr></table>"
               f"<img src=\"https://app.bamboohr.com/email/open/{hx('c05o', 24)}.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>\n")
    m1 = message([("Delivered-To", OWNER),
                  ("Received", f"from o1.email.bamboohr.com (o1.email.bamboohr.com [167.89.66.12])\n        by mx.example.com with ESMTPS id {b32('c05r',12)}\n        for <{OWNER}>; {rfc(d1)}"),
                  ("Date", rfc(d1)), ("From", "Daniel Ssempijja <notifications@app.bamboohr.com>"),
                  ("Reply-To", A(*dan)), ("To", A(OWNER_NAME, OWNER)),
                  ("Message-ID", f"<{hx('c05m1', 22)}@geopod-ismtpd-3>"),
                  ("Subject", "Interview for Grants Accountant at Nile Harvest Agri-Finance"),
                  ("X-SG-EID", base64.b64encode(hashlib.sha256(b"c05sg").digest()).decode())],
                 multipart("alternative", [leaf("text/plain", t1b, "quoted-printable"), leaf("text/html", htmlb, "quoted-printable")],
                           boundary("c05m1", "java")))
    c.add("01-bamboohr-interview-invitation.eml", m1)
    d2 = T(EAT, 2026, 7, 17, 13, 2, 40)
    t2 = f"""Dear Daniel,

Thank you for the invitation. I confirm Tuesday 21 July at 11:00 am; I will join on Teams since I am in Nairobi.

Kind regards,
Achieng Otieno

{on_wrote(d1, 'Daniel Ssempijja <notifications@app.bamboohr.com>')}

{quote(t1.rstrip())}
"""
    m2 = mail("c05m2", client="gmail", date=d2, frm=A(OWNER_NAME, OWNER), to=A(*dan),
              subject="Re: Interview for Grants Accountant at Nile Harvest Agri-Finance", text=t2,
              in_reply_to=mid_of(m1), refs=mid_of(m1))
    c.add("02-re-confirm-teams.eml", m2)
    d3 = T(KLA, 2026, 7, 20, 8, 55, 18, weekday="Monday")
    t3 = f"""Dear Achieng,

Apologies for the late change. I have to travel to Gulu tomorrow for a field audit of two of our partner SACCOs and will not have a reliable connection.

Could we move the interview to Thursday (23rd) at the same time? I will send the Teams link on Wednesday.

Regards,
Daniel

Sent from my iPhone

> {on_wrote(d2, A(OWNER_NAME, OWNER))}
>
{quote(t2.split(chr(10)+'On ')[0].rstrip())}
"""
    m3 = mail("c05m3", client="apple", date=d3, frm=A(*dan), to=A(OWNER_NAME, OWNER),
              subject="Re: Interview for Grants Accountant at Nile Harvest Agri-Finance", text=t3,
              in_reply_to=mid_of(m2), refs=f"{mid_of(m1)} {mid_of(m2)}")
    c.add("03-re-move-to-thursday.eml", m3)
    d4 = T(EAT, 2026, 7, 20, 9, 30, 55)
    t4 = f"""Dear Daniel,

No problem at all. Thursday 23rd at 11:00 am works for me. Safe travels to Gulu.

Best,
Achieng

{on_wrote(d3, A(*dan))}

{quote(t3.split(chr(10)+'Sent from')[0].rstrip())}
"""
    m4 = mail("c05m4", client="gmail", date=d4, frm=A(OWNER_NAME, OWNER), to=A(*dan),
              subject="Re: Interview for Grants Accountant at Nile Harvest Agri-Finance", text=t4,
              in_reply_to=mid_of(m3), refs=f"{mid_of(m1)} {mid_of(m2)} {mid_of(m3)}")
    c.add("04-re-thursday-works.eml", m4)
    assert first.date() != final.date()
    c.label["interviews"] = [iv("Nile Harvest Agri-Finance", "Grants Accountant", final, end, "scheduled",
                                [dan[1]], [dan[1]], "hiring_manager")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 06 Teams panel cancelled (Geneva, after EU DST end)
def case06():
    c = Case("b160-06-geneva-panel-cancelled-after-eu-dst", difficulty="medium", category="positive/cancellation",
             notes=("Exchange REQUEST for Tue 27 Oct 2026 10:00 'W. Europe Standard Time' (CET, +01:00, EU clocks went "
                    "back on 25 Oct; invite sent while CEST was in force) followed by METHOD:CANCEL (recruitment on hold). "
                    "Kept as one cancelled panel interview at 10:00+01:00 = 12:00 EAT."))
    org = ("Camille Rochat", "camille.rochat@lemanhealth.example")
    panel = [("Thomas Berger", "thomas.berger@lemanhealth.example"), ("Aisha Mohammed", "aisha.mohammed@lemanhealth.example")]
    start = T(GVA, 2026, 10, 27, 10, 0, weekday="Tuesday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=1)
    assert start.astimezone(EAT).hour == 12
    d1 = T(GVA, 2026, 10, 12, 15, 2, 26)
    assert d1.utcoffset() == timedelta(hours=2)
    subj = "Panel interview - Senior Finance Officer (Nairobi Hub) - Achieng Otieno"
    body = """Dear Achieng,

As discussed on the phone, please find here the invitation to your panel interview for the Senior Finance Officer position in our Nairobi Hub.

The panel will be Thomas Berger (Head of Finance, Geneva) and Aisha Mohammed (Director of Operations, Nairobi Hub). The interview will last one hour; the first 45 minutes are competency-based questions and the last 15 minutes are for your questions.

Please note the time is 10:00 Geneva time, i.e. 12:00 in Nairobi, as Switzerland will be back on winter time by then.

Kind regards,
Camille Rochat
Talent Acquisition Specialist
Léman Global Health Partnership | Chemin de Balexert 9, 1219 Châtelaine, Geneva"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")] + [(n, e, "REQ-PARTICIPANT", "NEEDS-ACTION") for n, e in panel]
    uid = "040000008200E00074C5B7101A82E008000000003F8C1D2B9A5EDC01000000000000000010000000C2E5B0F43A4E1C4F8B7D9A6E5F3C2B1A"
    c.add("01-teams-invite-panel.eml",
          exchange_invite(seed="c06req", date=d1, organizer=org, to=[(OWNER_NAME, OWNER)] + panel, subject=subj,
                          tzid="W. Europe Standard Time", start=start, end=end, body=body, attendees=att, uid=uid))
    d2 = T(GVA, 2026, 10, 22, 17, 40, 3, weekday="Thursday")
    cbody = """Dear Achieng,

I am sorry to let you know that recruitment for this position has been put on hold following a budget review by our Board, so we have to cancel Tuesday's interview. We will keep your application on file and contact you if the position is re-opened.

Thank you for your understanding.

Kind regards,
Camille Rochat"""
    c.add("02-canceled-panel-interview.eml",
          exchange_invite(seed="c06can", date=d2, organizer=org, to=[(OWNER_NAME, OWNER)] + panel, subject="Canceled: " + subj,
                          tzid="W. Europe Standard Time", start=start, end=end, body=cbody, attendees=att, uid=uid,
                          method="CANCEL", seq=1))
    es = [e for _, e in panel]
    c.label["interviews"] = [iv("Léman Global Health Partnership", "Senior Finance Officer (Nairobi Hub)", start, end,
                                "cancelled", es, es, "onsite")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 07 two rounds: Nairobi CBI panel + NY CFO (EU/US DST gap week)
def case07():
    c = Case("b160-07-two-rounds-nairobi-panel-then-newyork-cfo", difficulty="hard", category="positive/two-interviews",
             notes=("Round 1: competency-based panel Fri 9 Oct 10:00-11:00 EAT (panel copied in; coordinator not on panel). "
                    "Round 2: final interview with the CFO on Wed 28 Oct 08:00 New York time, 45 min, announced by e-mail and "
                    "by the CFO's Google invite (UTC in the .ics) -> one entry. 28 Oct falls in the week when Europe has "
                    "left summer time but the US has not: New York is UTC-4 (15:00 EAT)."))
    est = ("Esther Kiprono", "esther.kiprono@amanifund.example")
    peter = ("Peter Mwangi", "peter.mwangi@amanifund.example")
    lucy = ("Lucy Adhiambo", "lucy.adhiambo@amanifund.example")
    becky = ("Rebecca Stone", "rebecca.stone@amanifund.example")
    s1 = T(EAT, 2026, 10, 9, 10, 0, weekday="Friday")
    e1 = s1 + timedelta(hours=1)
    s2 = T(NYC, 2026, 10, 28, 8, 0, weekday="Wednesday")
    e2 = s2 + timedelta(minutes=45)
    assert s2.utcoffset() == timedelta(hours=-4) and s2.astimezone(EAT).hour == 15
    sig = """Best regards,
Esther Kiprono
Talent Acquisition Coordinator | Amani Education Fund
East Africa Regional Office, Riverside Drive, Nairobi"""
    d1 = T(EAT, 2026, 10, 5, 9, 15, 2, weekday="Monday")
    t1 = f"""Dear Achieng,

Following the review of applications, I am pleased to invite you to a competency-based interview for the Finance Officer position in our East Africa Regional Office.

Date: Friday, 9 October 2026
Time: 10:00 - 11:00 EAT
Venue: Microsoft Teams (link to follow)
Panel: Peter Mwangi (Regional Finance Manager) and Lucy Adhiambo (HR Business Partner), both copied here

The questions will focus on the competencies in the job description: accountability, planning and organising, and communication. I coordinate the process and will not be on the panel.

Kindly confirm your availability.

{sig}
"""
    m1 = mail("c07m1", client="outlook", date=d1, frm=A(*est), to=A(OWNER_NAME, OWNER), cc=f"{A(*peter)}, {A(*lucy)}",
              subject="Interview invitation - Finance Officer, East Africa Regional Office", text=t1)
    c.add("01-interview-invitation-round1.eml", m1)
    d2 = T(EAT, 2026, 10, 5, 10, 2, 30)
    t2 = f"""Dear Esther,

Thank you. I confirm my availability for Friday 9 October at 10:00 EAT.

Regards,
Achieng

{outlook_quote(A(*est), d1, A(OWNER_NAME, OWNER), "Interview invitation - Finance Officer, East Africa Regional Office", t1, cc=f"{A(*peter)}; {A(*lucy)}")}"""
    m2 = mail("c07m2", client="gmail", date=d2, frm=A(OWNER_NAME, OWNER), to=A(*est), cc=f"{A(*peter)}, {A(*lucy)}",
              subject="Re: Interview invitation - Finance Officer, East Africa Regional Office", text=t2,
              in_reply_to=mid_of(m1), refs=mid_of(m1))
    c.add("02-re-confirm-round1.eml", m2)
    d3 = T(EAT, 2026, 10, 20, 16, 20, 45, weekday="Tuesday")
    t3 = f"""Dear Achieng,

Congratulations! The panel has recommended you for the final stage.

Rebecca Stone, our Chief Financial Officer, who is based at our New York headquarters, would like to meet you for a 45-minute conversation on Wednesday 28 October at 8:00 AM New York time. She will send you a Google Calendar invitation directly.

A word of caution on the time: Europe changes its clocks on 25 October but the US only on 1 November, so that week New York is 7 hours behind Nairobi instead of the usual 8. Please go by the calendar invitation.

{sig}
"""
    m3 = mail("c07m3", client="outlook", date=d3, frm=A(*est), to=A(OWNER_NAME, OWNER),
              subject="Next step: final interview with our CFO", text=t3)
    c.add("03-final-interview-cfo.eml", m3)
    d4 = T(NYC, 2026, 10, 20, 12, 5, 33)
    c.add("04-invitation-final-interview.eml",
          google_invite(seed="c07inv", date=d4, organizer=becky,
                        attendees=[(becky[0], becky[1], "REQ-PARTICIPANT", "ACCEPTED"), (None, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        title="Achieng Otieno / Rebecca Stone - final interview (Finance Officer, EARO)",
                        start=s2, end=e2, tzlabel="Eastern Time - New York",
                        description=("Final-round conversation for the Finance Officer role in the East Africa Regional Office. "
                                     "Esther Kiprono remains your contact for logistics.")))
    c.label["interviews"] = [
        iv("Amani Education Fund", "Finance Officer, East Africa Regional Office", s1, e1, "scheduled",
           [peter[1], lucy[1]], [peter[1], lucy[1]], "onsite"),
        iv("Amani Education Fund", "Finance Officer, East Africa Regional Office", s2, e2, "scheduled",
           [becky[1]], [becky[1]], "hiring_manager")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 08 Calendar API: event deleted, then re-booked as a new event
def case08():
    c = Case("b160-08-gcal-api-deleted-then-rebooked", difficulty="hard", category="positive/gcal-json-cancel-rebook",
             notes=("Calendar API items only: interview event for Tue 4 Aug 11:00 Africa/Kampala, the same id later returned "
                    "as a deleted event (only kind/etag/id/status), then a NEW event (new id) on Thu 6 Aug 15:00. Per the "
                    "rules: two entries, one cancelled at the old time and one scheduled. Recruiter only schedules; the "
                    "finance manager interviews."))
    brian = ("Brian Tumusiime", "brian.tumusiime@ubuntuctc.example")
    harriet = ("Harriet Akello", "harriet.akello@ubuntuctc.example")
    s1 = T(KLA, 2026, 8, 4, 11, 0, weekday="Tuesday")
    e1 = s1 + timedelta(hours=1)
    s2 = T(KLA, 2026, 8, 6, 15, 0, weekday="Thursday")
    e2 = s2 + timedelta(hours=1)
    att = [(brian[0], brian[1], "accepted", {"organizer": True}), (harriet[0], harriet[1], "accepted", {}),
           (None, OWNER, "accepted", {"self": True})]
    ev1 = gcal_event(seed="c08ev1", summary="Interview: Finance Officer (Cash Transfers) - Achieng Otieno",
                     description=("Technical interview with Harriet Akello (Finance Manager): reconciliation of mobile-money "
                                  "cash transfer payments and donor financial reporting.\n\nBrian (HR) is only scheduling; for "
                                  "logistics write to brian.tumusiime@ubuntuctc.example."),
                     organizer=brian, attendees=att, start=s1, end=e1, tzname="Africa/Kampala",
                     created=T(KLA, 2026, 7, 28, 9, 2, 11), updated=T(KLA, 2026, 7, 29, 8, 40, 3))
    c.add("01-interview-event.gcal.json", ev1)
    eid = json.loads(ev1)["id"]
    c.add("02-deleted-event.gcal.json", json.dumps({"kind": "calendar#event", "etag": "\"3506482204118000\"",
                                                   "id": eid, "status": "cancelled"}, indent=2) + "\n")
    ev2 = gcal_event(seed="c08ev2", summary="Interview (re-booked): Finance Officer (Cash Transfers) - Achieng Otieno",
                     description=("Re-booked after Tuesday's slot was dropped - Harriet was called to the Arua field office. "
                                  "Same format: technical interview with Harriet Akello, 60 minutes."),
                     organizer=brian, attendees=att, start=s2, end=e2, tzname="Africa/Kampala",
                     created=T(KLA, 2026, 8, 3, 16, 10, 0), updated=T(KLA, 2026, 8, 3, 16, 12, 45))
    assert json.loads(ev2)["id"] != eid
    c.add("03-rebooked-event.gcal.json", ev2)
    c.label["interviews"] = [
        iv("Ubuntu Cash Transfer Consortium", "Finance Officer (Cash Transfers)", s1, e1, "cancelled",
           [harriet[1]], [harriet[1]], "technical"),
        iv("Ubuntu Cash Transfer Consortium", "Finance Officer (Cash Transfers)", s2, e2, "scheduled",
           [harriet[1]], [harriet[1]], "technical")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 09 forwarded from the owner's old mailbox
def case09():
    c = Case("b160-09-forwarded-kisumu-panel-next-tuesday", difficulty="hard", category="positive/forwarded",
             notes=("Owner forwards (Sat 29 Aug) an invitation sent Thu 27 Aug to her old address: panel interview "
                    "'on Tuesday next week, 1st September 2026, at 9.30 am', about one hour; her note repeats the time in "
                    "Swahili ('saa tatu na nusu asubuhi' = 9:30). The chair's address is the only interviewer address; the "
                    "forwarding address is the owner's own, not a recruiter."))
    james = ("James Okello", "james.okello@ziwa-alliance.example")
    old = ("Achieng Otieno", "achieng_otieno@oldmail.example")
    d0 = T(EAT, 2026, 8, 27, 10, 2, 0, weekday="Thursday")
    d1 = T(EAT, 2026, 8, 29, 20, 14, 22, weekday="Saturday")
    start = T(EAT, 2026, 9, 1, 9, 30, weekday="Tuesday")
    assert start.isocalendar()[1] == d0.isocalendar()[1] + 1
    end = start + timedelta(hours=1)
    orig = f"""Dear Achieng,

Thank you for your application for the position of Finance Officer based in Kisumu.

We are pleased to invite you for an interview on Tuesday next week, 1st September 2026, at 9.30 am. The interview will be held at our office in Milimani, Kisumu; since you are based in Nairobi you are welcome to join by Zoom instead (link below). The panel will be chaired by myself together with our Programme Manager and an external HR consultant, and the session will last about one hour.

Join Zoom Meeting
https://us06web.zoom.us/j/8{int(hx('c09z',8),16)%10**9:09d}?pwd={b32('c09pw',26)}
Meeting ID: 8{str(int(hx('c09z',8),16)%10**9)[:2]} {str(int(hx('c09z',8),16)%10**9)[2:5]} {str(int(hx('c09z',8),16)%10**9)[5:]}
Passcode: {int(hx('c09pc',5),16)%1000000:06d}

Kindly confirm your attendance by Friday.

Best regards,
James Okello
Operations & Finance Manager
Ziwa Livelihoods Alliance
Milimani, Kisumu | P.O. Box 1876-40100"""
    text = f"""Forwarding to my main inbox so I don't miss it. Tuesday saa tatu na nusu asubuhi, Zoom.

---------- Forwarded message ---------
From: {A(*james)}
Date: Thu, Aug 27, 2026 at 10:02 AM
Subject: Interview invitation - Finance Officer (Kisumu)
To: <{old[1]}>


{orig}
"""
    m1 = mail("c09m1", client="gmail", date=d1, frm=A(*old), to=OWNER,
              subject="Fwd: Interview invitation - Finance Officer (Kisumu)", text=text)
    c.add("01-fwd-interview-invitation.eml", m1)
    c.label["interviews"] = [iv("Ziwa Livelihoods Alliance", "Finance Officer", start, end, "scheduled",
                                [james[1]], [james[1]], "onsite")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 10 Geneva thread, slot before EU DST start
def case10():
    c = Case("b160-10-geneva-thread-before-eu-dst", difficulty="hard", category="positive/thread-dst",
             notes=("Recruiter proposes two slots in Geneva time; candidate picks Wed 25 March 09:00 Geneva (= 11:00 Nairobi, "
                    "CET +01:00 because Switzerland only moves to summer time on 29 March); recruiter confirms with the Head "
                    "of Finance in copy. 45-minute first interview with the Head of Finance."))
    soph = ("Sophie Keller", "sophie.keller@gihf.example")
    martin = ("Martin Aebischer", "martin.aebischer@gihf.example")
    alt_slot = T(GVA, 2026, 3, 24, 14, 0, weekday="Tuesday")
    start = T(GVA, 2026, 3, 25, 9, 0, weekday="Wednesday")
    assert start.utcoffset() == timedelta(hours=1) and start.astimezone(EAT).hour == 11
    end = start + timedelta(minutes=45)
    subj = "Finance Officer (Nairobi liaison office) - first interview"
    sig = """Best regards,

Sophie Keller
HR Officer
Geneva Institute for Humanitarian Finance
Rue de Lausanne 64, 1202 Genève"""
    d1 = T(GVA, 2026, 3, 19, 10, 20, 5, weekday="Thursday")
    t1 = f"""Dear Achieng,

Thank you for your application for the Finance Officer position in our Nairobi liaison office.

Martin Aebischer, our Head of Finance, would like to have a first 45-minute interview with you by Zoom. Would one of the following slots work for you?

- Tuesday 24 March, 14:00 Geneva time
- Wednesday 25 March, 09:00 Geneva time

{sig}"""
    m1 = mail("c10m1", client="outlook", date=d1, frm=A(*soph), to=A(OWNER_NAME, OWNER), subject=subj, text=t1)
    c.add("01-slots-proposed.eml", m1)
    d2 = T(EAT, 2026, 3, 19, 13, 5, 41)
    t2 = f"""Dear Sophie,

Thank you for getting back to me. Wednesday 25 March at 09:00 Geneva time suits me well - that is 11:00 here in Nairobi.

Best regards,
Achieng

{outlook_quote(A(*soph), d1, A(OWNER_NAME, OWNER), subj, t1)}"""
    m2 = mail("c10m2", client="gmail", date=d2, frm=A(OWNER_NAME, OWNER), to=A(*soph), subject="Re: " + subj, text=t2,
              in_reply_to=mid_of(m1), refs=mid_of(m1))
    c.add("02-re-wednesday-works.eml", m2)
    d3 = T(GVA, 2026, 3, 20, 8, 47, 16, weekday="Friday")
    t3 = f"""Dear Achieng,

Perfect, this is confirmed for Wednesday 25 March at 09:00 Geneva time / 11:00 Nairobi time. Martin (in copy) will send you the Zoom link shortly; the interview will be with him.

{sig}

{outlook_quote(A(OWNER_NAME, OWNER), d2, A(*soph), "Re: " + subj, t2)}"""
    m3 = mail("c10m3", client="outlook", date=d3, frm=A(*soph), to=A(OWNER_NAME, OWNER), cc=A(*martin),
              subject="RE: " + subj, text=t3, in_reply_to=mid_of(m2), refs=f"{mid_of(m1)} {mid_of(m2)}")
    c.add("03-re-confirmed.eml", m3)
    assert alt_slot < start
    c.label["interviews"] = [iv("Geneva Institute for Humanitarian Finance", "Finance Officer (Nairobi liaison office)",
                                start, end, "scheduled", [martin[1]], [martin[1]], "hiring_manager")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 11 Calendly screening call (invitee side)
def case11():
    c = Case("b160-11-calendly-screening-call-eat", difficulty="medium", category="positive/scheduling-tool",
             notes=("Calendly invitee confirmation (notifications@calendly.com, Reply-To the talent lead) for a 20-minute "
                    "screening call described as the first step of the hiring process; 09:30 East Africa Time, .ics in UTC."))
    faith = ("Faith Chebet", "faith.chebet@savanna-impact.example")
    start = T(EAT, 2026, 9, 14, 9, 30, weekday="Monday")
    end = start + timedelta(minutes=20)
    d1 = T(UTC, 2026, 9, 10, 16, 48, 9)
    ev = "Finance Officer - Screening Call"
    link = f"https://calendly.com/events/{hx('c11ev', 8)}-{hx('c11ev2', 4)}-{hx('c11ev3', 4)}"
    text = f"""Hi Achieng Otieno,

Your {ev} with Faith Chebet at 09:30 - 09:50 (East Africa Time) on Monday, September 14, 2026 is scheduled.

Event Type:
{ev}

Invitee:
Achieng Otieno

Invitee Email:
{OWNER}

Event Date/Time:
09:30 - 09:50 (East Africa Time) on Monday, September 14, 2026

Location:
Faith will call you on: +254 722 000 417

Description:
This 20-minute call is the first step of our hiring process for the Finance Officer role at Savanna Impact Advisors. We will go through your experience with donor-funded projects, your notice period and salary expectations.

Questions:
Please share anything that will help prepare for our meeting.
Currently Finance Officer at a health NGO in Nairobi; notice period one month.

Need to make changes to this event?
Cancel: {link}/cancel
Reschedule: {link}/reschedule

Powered by Calendly.com
"""
    htmlb = ("<html><body style=\"font-family:Proxima Nova,Arial\"><div style=\"max-width:600px;margin:auto\">"
             + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
             + "</div></body></html>\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduler//EN", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{hx('c11uid', 32)}@calendly.com", f"DTSTAMP:{ics_utc(d1)}",
               f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"SUMMARY:{esc(ev + ' (Achieng Otieno)')}",
               "DESCRIPTION:" + esc(f"Event Name: {ev}\n\nThis 20-minute call is the first step of our hiring process "
                                    f"for the Finance Officer role at Savanna Impact Advisors.\n\nNeed to make changes to "
                                    f"this event?\nCancel: {link}/cancel\nReschedule: {link}/reschedule"),
               "LOCATION:+254 722 000 417", f"ORGANIZER;CN={faith[0]}:mailto:{faith[1]}",
               attendee(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED", rsvp=False),
               "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    root = multipart("mixed", [multipart("alternative", [leaf("text/plain", text, "quoted-printable"),
                                                         leaf("text/html", htmlb, "quoted-printable")], boundary("c11a")),
                               leaf("text/calendar", cal, "base64", params=[("method", "REQUEST")],
                                    filename="invite.ics", disposition="attachment")], boundary("c11m"))
    m1 = message([("Delivered-To", OWNER),
                  ("Received", f"from o3.email.calendly.com (o3.email.calendly.com [167.89.118.31])\n        by mx.example.com with ESMTPS id {b32('c11r',12)}\n        for <{OWNER}>; {rfc(d1)}"),
                  ("Date", rfc(d1)), ("From", "Calendly <notifications@calendly.com>"), ("Reply-To", A(*faith)),
                  ("To", A(OWNER_NAME, OWNER)), ("Message-ID", f"<{hx('c11m1', 20)}.{hx('c11m1b', 8)}@calendly.com>"),
                  ("Subject", f"Confirmed: {ev} with Faith Chebet on Monday, September 14, 2026")], root)
    c.add("01-calendly-confirmed.eml", m1)
    c.label["interviews"] = [iv("Savanna Impact Advisors", "Finance Officer", start, end, "scheduled",
                                [faith[1]], [faith[1]], "phone_screen")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 12 standalone Outlook .ics, E. Africa Standard Time
def case12():
    c = Case("b160-12-standalone-ics-e-africa-standard-time", difficulty="easy", category="positive/standalone-ics",
             notes=("Standalone Outlook .ics with TZID 'E. Africa Standard Time' (+03:00, no DST). HR organizer sets up the "
                    "call but does not join; the Director of Finance & Operations interviews."))
    kevin = ("Kevin Mutua", "kevin.mutua@tanariver-rc.example")
    janet = ("Janet Wafula", "janet.wafula@tanariver-rc.example")
    start = T(EAT, 2026, 5, 12, 14, 30, weekday="Tuesday")
    end = start + timedelta(hours=1)
    tb, url = teams_block("c12")
    desc = (f"Dear Achieng,\n\nThis confirms your interview for the Senior Finance Officer position with Janet Wafula, "
            f"Director of Finance & Operations, on Tuesday 12 May from 2:30 pm to 3:30 pm (Nairobi time). I have only set "
            f"up the Teams meeting and will not be joining.\n\nRegards,\nKevin Mutua\nHR Officer, Tana River Resilience "
            f"Consortium\n\n{tb}")
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0"]
              + VTZ["E. Africa Standard Time"] +
              ["BEGIN:VEVENT", f"ORGANIZER;CN={kevin[0]}:mailto:{kevin[1]}",
               attendee(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               attendee(janet[0], janet[1], "REQ-PARTICIPANT", "ACCEPTED"),
               "DESCRIPTION;LANGUAGE=en-GB:" + esc(desc),
               "UID:040000008200E00074C5B7101A82E00800000000B1D2E3F4A5B6DC010000000000000000100000007E3A1F9C0B2D4E6F8A1B3C5D7E9F0A2B",
               "SUMMARY;LANGUAGE=en-GB:Interview - Senior Finance Officer - Achieng Otieno",
               f"DTSTART;TZID=E. Africa Standard Time:{ics_loc(start)}", f"DTEND;TZID=E. Africa Standard Time:{ics_loc(end)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(T(EAT, 2026, 5, 6, 11, 47, 0))}", "TRANSP:OPAQUE",
               "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
               "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119481736",
               "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
               f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
               "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    c.add("01-interview-senior-finance-officer.ics", cal)
    c.label["interviews"] = [iv("Tana River Resilience Consortium", "Senior Finance Officer", start, end, "scheduled",
                                [janet[1]], [janet[1]], "hiring_manager")]
    c.label["interview"] = True


# ---------------------------------------------------------------- 13 Kampala interview day (itinerary + multi-event .ics)
def case13():
    c = Case("b160-13-kampala-interview-day-itinerary", difficulty="medium", category="positive/onsite-loop",
             notes=("Itinerary e-mail with one .ics holding three VEVENTs (panel 09:30-10:30, case discussion 10:45-11:30, "
                    "Executive Director 14:00-14:30, Africa/Kampala) plus an informal tour and lunch -> one onsite "
                    "09:30-14:30 EAT with all three interviewers. 'Arrive by 9:00 am' is not the start; the coordinator "
                    "does not interview."))
    pat = ("Patience Nabirye", "patience.nabirye@kyogahealth.example")
    rob = ("Robert Kato", "robert.kato@kyogahealth.example")
    flo = ("Florence Namutebi", "florence.namutebi@kyogahealth.example")
    sam = ("Samuel Okiror", "samuel.okiror@kyogahealth.example")
    day = (2026, 11, 16)
    s_a = T(KLA, *day, 9, 30, weekday="Monday"); e_a = T(KLA, *day, 10, 30)
    s_b = T(KLA, *day, 10, 45); e_b = T(KLA, *day, 11, 30)
    s_c = T(KLA, *day, 14, 0); e_c = T(KLA, *day, 14, 30)
    d1 = T(KLA, 2026, 11, 11, 11, 5, 19, weekday="Wednesday")
    text = f"""Dear Achieng,

Further to our phone call, please find below your programme for the interview day at our offices, Plot 7 Acacia Avenue, Kololo, Kampala, on Monday 16 November 2026. Kindly arrive by 9:00 am for security clearance at the gate.

09:30 - 10:30  Panel interview - Robert Kato (Finance Manager) and Florence Namutebi (Grants Manager)
10:45 - 11:30  Case discussion - budget variance analysis for a multi-donor grant, with Robert Kato
11:30 - 12:30  Tour of the laboratory and informal meeting with the finance team
12:30 - 13:30  Lunch
14:00 - 14:30  Conversation with the Executive Director, Dr. Samuel Okiror

I will meet you at reception and take you between sessions, but I will not sit in the interviews. The attached calendar file has the three interview sessions.

We will refund your bus fare from Nairobi on presentation of the ticket.

Safari njema,
Patience Nabirye
HR Coordinator | Lake Kyoga Health Research Trust
Tel: +256 414 230 771
"""
    def vev(n, s, e, summary, people):
        return (["BEGIN:VEVENT", f"UID:kyoga-{hx('c13' + str(n), 12)}@kyogahealth.example", "SEQUENCE:0",
                 f"DTSTAMP:{ics_utc(d1)}", f"DTSTART;TZID=Africa/Kampala:{ics_loc(s)}",
                 f"DTEND;TZID=Africa/Kampala:{ics_loc(e)}", f"SUMMARY:{esc(summary)}",
                 "LOCATION:" + esc("Lake Kyoga Health Research Trust, Plot 7 Acacia Avenue, Kololo, Kampala"),
                 f"ORGANIZER;CN={pat[0]}:mailto:{pat[1]}", attendee(OWNER_NAME, OWNER)]
                + [attendee(p[0], p[1], partstat="ACCEPTED") for p in people] + ["STATUS:CONFIRMED", "END:VEVENT"])
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "METHOD:REQUEST"]
              + VTZ["Africa/Kampala"]
              + vev(1, s_a, e_a, "Interview day 1/3: Panel interview - Finance Officer", [rob, flo])
              + vev(2, s_b, e_b, "Interview day 2/3: Case discussion (budget variance)", [rob])
              + vev(3, s_c, e_c, "Interview day 3/3: Executive Director", [sam])
              + ["END:VCALENDAR"])
    m1 = mail("c13m1", client="gmail", date=d1, frm=A(*pat), to=A(OWNER_NAME, OWNER),
              subject="Interview day programme - Finance Officer - Monday 16 November", text=text,
              attachments=[leaf("text/calendar", cal, "base64", params=[("method", "REQUEST")],
                                filename="interview-day.ics", disposition="attachment")])
    c.add("01-interview-day-programme.eml", m1)
    es = [rob[1], flo[1], sam[1]]
    c.label["interviews"] = [iv("Lake Kyoga Health Research Trust", "Finance Officer", s_a, e_c, "scheduled", es, es, "onsite")]
    c.label["interview"] = True


# =========================================================================== NEGATIVE CASES

# ---------------------------------------------------------------- 14 donor verification visit with "interviews" of finance staff
def case14():
    c = Case("b160-14-donor-verification-visit-finance-interviews", difficulty="hard", category="negative/donor-meeting",
             notes=("Current employer's grants manager invites the owner to a donor verification visit where the donor's team "
                    "'will interview finance and programme staff', followed by a donor meeting on budget realignment. "
                    "Work meeting, not a job interview."))
    nancy = ("Nancy Achola", "nancy.achola@mwangaza-health.example")
    others = [("Hans Vermeulen", "hans.vermeulen@nordichealthfund.example"), ("Ingrid Dahl", "ingrid.dahl@nordichealthfund.example"),
              ("Paul Kiprotich", "paul.kiprotich@mwangaza-health.example")]
    start = T(EAT, 2026, 11, 5, 10, 0, weekday="Thursday")
    end = T(EAT, 2026, 11, 5, 12, 30)
    d1 = T(EAT, 2026, 11, 2, 8, 30, 40, weekday="Monday")
    body = """Dear all,

As communicated by the Fund, the verification team will be with us on Thursday. Hans and Ingrid will join from Oslo on Teams; the rest of us in the boardroom.

10:00 - 11:15  Expenditure verification: the verification team will interview finance and programme staff on the Q3 expenditure sample, payroll allocation and the procurement files for the cold-chain equipment.
11:15 - 12:30  Donor meeting: 2027 budget realignment and the no-cost extension request.

Achieng, please have the GL extracts, the payroll allocation sheet and the bank reconciliations for July-September ready, and bring the originals of the three largest payments.

Thanks,
Nancy Achola
Grants Manager | Mwangaza Community Health Trust
Lavington, Nairobi"""
    c.add("01-donor-verification-visit.eml",
          exchange_invite(seed="c14", date=d1, organizer=nancy, to=[(OWNER_NAME, OWNER)] + others,
                          subject="Nordic Health Fund verification visit - finance interviews and donor meeting",
                          tzid="E. Africa Standard Time", start=start, end=end, body=body,
                          location="Mwangaza Boardroom, 2nd floor / Microsoft Teams",
                          attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
                          + [(n, e, "REQ-PARTICIPANT", "NEEDS-ACTION") for n, e in others]))


# ---------------------------------------------------------------- 15 workshop on competency-based interviewing
def case15():
    c = Case("b160-15-workshop-competency-based-interviewing", difficulty="medium", category="negative/workshop",
             notes=("Regional workshop invitation (with a PUBLISH .ics) on competency-based interviewing, including 'mock "
                    "interview panels'. Training event, not a job interview."))
    sec = ("EANFN Secretariat", "events@eanfn.example")
    start = T(KLA, 2026, 12, 3, 8, 30, weekday="Thursday")
    end = T(KLA, 2026, 12, 4, 17, 0, weekday="Friday")
    d1 = T(EAT, 2026, 10, 6, 11, 0, 0, weekday="Tuesday")
    text = """Dear Achieng,

The East African NGO Finance Network is pleased to invite you to our Regional Workshop on Competency-Based Interviewing and Staff Selection for Finance & HR Managers.

Dates: Thursday 3 - Friday 4 December 2026, 08:30 - 17:00 daily
Venue: Speke Resort Munyonyo, Kampala
Fee: USD 350 (members) / USD 450 (non-members), including lunch and materials

Over the two days participants will learn to design competency-based interview questions for finance roles, run structured panel interviews, score candidates consistently and avoid common biases. Day 2 includes mock interview panels in which participants take turns as panel members and as candidates.

Register by 13 November at https://eanfn.example/events/cbi-kampala-2026. A calendar file is attached for your convenience.

Warm regards,
EANFN Secretariat
East African NGO Finance Network | Kampala - Nairobi - Dar es Salaam

You are receiving this email because you are a registered member of EANFN. Unsubscribe: https://eanfn.example/u/""" + hx("c15u", 12) + "\n"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//EANFN//Events//EN", "METHOD:PUBLISH"] + VTZ["Africa/Kampala"] +
              ["BEGIN:VEVENT", f"UID:cbi-kampala-2026-{hx('c15', 10)}@eanfn.example", f"DTSTAMP:{ics_utc(d1)}",
               f"DTSTART;TZID=Africa/Kampala:{ics_loc(start)}", f"DTEND;TZID=Africa/Kampala:{ics_loc(end)}",
               "SUMMARY:Regional Workshop: Competency-Based Interviewing & Staff Selection (Kampala)",
               "DESCRIPTION:" + esc("Two-day workshop for finance and HR managers. Includes mock interview panels. "
                                    "Register at https://eanfn.example/events/cbi-kampala-2026"),
               "LOCATION:Speke Resort Munyonyo\\, Kampala", f"ORGANIZER;CN={sec[0]}:mailto:{sec[1]}",
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    c.add("01-workshop-invitation.eml",
          mail("c15m1", client="outlook", date=d1, frm=A(*sec), to=A(OWNER_NAME, OWNER),
               subject="Invitation: Regional Workshop on Competency-Based Interviewing - Kampala, 3-4 December 2026",
               text=text, attachments=[leaf("text/calendar", cal, "base64", params=[("method", "PUBLISH")],
                                            filename="EANFN-CBI-Workshop.ics", disposition="attachment")],
               extra=[("List-Unsubscribe", f"<https://eanfn.example/u/{hx('c15u', 12)}>"), ("Precedence", "bulk")]))


# ---------------------------------------------------------------- 16 external audit entrance meeting
def case16():
    c = Case("b160-16-audit-entrance-meeting", difficulty="hard", category="negative/audit-meeting",
             notes=("External auditors' Exchange invite for the FY2025 audit entrance meeting; agenda mentions 'interviews "
                    "with key finance staff during fieldwork'. Work meeting for the owner, not a job interview."))
    rahul = ("Rahul Shah", "rahul.shah@kp-cpa.example")
    others = [("Paul Kiprotich", "paul.kiprotich@mwangaza-health.example"), ("Winnie Auma", "winnie.auma@kp-cpa.example")]
    start = T(EAT, 2026, 2, 16, 10, 0, weekday="Monday")
    end = start + timedelta(minutes=90)
    d1 = T(EAT, 2026, 2, 10, 9, 15, 27, weekday="Tuesday")
    fieldwork = T(EAT, 2026, 2, 23, weekday="Monday")
    body = f"""Dear Paul, dear Achieng,

We write to schedule the entrance meeting for the statutory audit of Mwangaza Community Health Trust for the year ended 31 December 2025.

Agenda
1. Introduction of the audit team
2. Audit scope, approach and timelines
3. Key risk areas: grant income recognition, payroll, procurement
4. Interviews with key finance staff during fieldwork (week of {fieldwork.day} February) - we will share a schedule
5. Prepared-by-client (PBC) list and data requests

Please ensure the draft trial balance and the fixed asset register are available before the meeting.

Kind regards,
Rahul Shah
Audit Manager
Kilimanjaro & Partners, Certified Public Accountants
Upper Hill, Nairobi"""
    c.add("01-audit-entrance-meeting.eml",
          exchange_invite(seed="c16", date=d1, organizer=rahul, to=[(OWNER_NAME, OWNER), others[0]], cc=[others[1]],
                          subject="Mwangaza Community Health Trust - FY2025 Statutory Audit - Entrance Meeting",
                          tzid="E. Africa Standard Time", start=start, end=end, body=body,
                          attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                     (others[0][0], others[0][1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                     (others[1][0], others[1][1], "OPT-PARTICIPANT", "ACCEPTED")]))


# ---------------------------------------------------------------- 17 church recruitment committee (owner interviews others)
def case17():
    c = Case("b160-17-church-committee-interviews-owner-on-panel", difficulty="hard", category="negative/user-is-interviewer",
             notes=("Google invite from the parish secretary: the recruitment committee (owner included) will interview "
                    "shortlisted candidates for the Parish Accountant post. The owner is an interviewer, not the candidate."))
    mary = ("Mary Njeri", "mary.njeri@standrews-kilimani.example")
    start = T(EAT, 2026, 6, 20, 10, 0, weekday="Saturday")
    end = T(EAT, 2026, 6, 20, 13, 0)
    d1 = T(EAT, 2026, 6, 14, 19, 30, 11, weekday="Sunday")
    desc = ("Bwana asifiwe! As agreed at the Parish Council meeting, the recruitment committee (Rev. Mutiso, Mr. Kariuki, "
            "Achieng and myself) will interview the three shortlisted candidates for the Parish Accountant position at "
            "10:00, 11:00 and 12:00 in the Parish Hall.\n\nAchieng, since you are our finance person, please lead the "
            "technical questions on bank reconciliations and M-Pesa Paybill collections. Score sheets will be shared on "
            "Friday.\n\nMungu awabariki,\nMary Njeri\nParish Secretary")
    c.add("01-invitation-parish-accountant-interviews.eml",
          google_invite(seed="c17", date=d1, organizer=mary,
                        attendees=[(mary[0], mary[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                   ("Rev. Joseph Mutiso", "joseph.mutiso@standrews-kilimani.example", "REQ-PARTICIPANT", "ACCEPTED"),
                                   ("Francis Kariuki", "francis.kariuki@standrews-kilimani.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        title="Recruitment Committee: Parish Accountant interviews", start=start, end=end,
                        tzlabel="East Africa Time - Nairobi", description=desc,
                        location="Parish Hall, St. Andrew's Church, Kilimani", meet=False))


# ---------------------------------------------------------------- 18 shortlisting for a written test only
def case18():
    c = Case("b160-18-shortlisted-for-written-test-only", difficulty="hard", category="negative/written-test",
             notes=("Shortlisting notification inviting the owner to a 3-hour written test (with a calendar file); oral "
                    "interviews only 'at a later date' for those who pass. A written test is an assessment, not an interview, "
                    "and no interview time exists."))
    d1 = T(EAT, 2026, 7, 14, 17, 2, 51, weekday="Tuesday")
    test = T(KLA, 2026, 7, 25, 9, 0, weekday="Saturday")
    text = """Dear Achieng Otieno,

RE: SHORTLISTING NOTIFICATION - FINANCE OFFICER (REF: KDT/FIN/07/26)

We are pleased to inform you that you have been shortlisted for the position of Finance Officer (Ref: KDT/FIN/07/26).

You are invited to sit for a written aptitude and technical test on Saturday 25th July 2026 at 9:00am at the Karamoja Development Trust liaison office, Plot 22 Lugogo Bypass, Kampala. The test will take three hours.

Candidates who pass the written test will be contacted for an oral interview at a later date.

Please carry your original academic documents and your national ID or passport. Transport and accommodation costs will not be refunded.

Regards,

Human Resource Manager
Karamoja Development Trust
Moroto | Kampala liaison office
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zimbra//ZCS 9.0.0//EN", "METHOD:PUBLISH"] + VTZ["Africa/Kampala"] +
              ["BEGIN:VEVENT", f"UID:{hx('c18uid', 8)}-{hx('c18u2', 4)}-{hx('c18u3', 4)}-{hx('c18u4', 4)}-{hx('c18u5', 12)}",
               "SUMMARY:KDT Finance Officer written test (KDT/FIN/07/26)",
               "LOCATION:KDT liaison office\\, Plot 22 Lugogo Bypass\\, Kampala",
               f"DTSTART;TZID=Africa/Kampala:{ics_loc(test)}", f"DTEND;TZID=Africa/Kampala:{ics_loc(test + timedelta(hours=3))}",
               f"DTSTAMP:{ics_utc(d1)}", "ORGANIZER;CN=KDT Recruitment:mailto:recruitment@kdt.example",
               "STATUS:CONFIRMED", "CLASS:PUBLIC", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    c.add("01-shortlisting-notification.eml",
          mail("c18m1", client="plain", date=d1, frm=A("KDT Recruitment", "recruitment@kdt.example"), to=A(OWNER_NAME, OWNER),
               subject="SHORTLISTING NOTIFICATION - FINANCE OFFICER (REF: KDT/FIN/07/26)", text=text,
               attachments=[leaf("text/calendar", cal, "base64", params=[("method", "PUBLISH")],
                                 filename="written-test.ics", disposition="attachment")]))


# ---------------------------------------------------------------- 19 one-way (on-demand) video interview
def case19():
    c = Case("b160-19-one-way-video-interview", difficulty="medium", category="negative/one-way-video",
             notes=("HireVue-style on-demand video interview with a completion deadline (Fri 31 July 23:59 EAT); no live "
                    "interviewer, so not an interview per the rules."))
    d1 = T(UTC, 2026, 7, 27, 8, 0, 14)
    deadline = T(EAT, 2026, 7, 31, 23, 59, weekday="Friday")
    link = f"https://app.hirevue.com/interviews/{b32('c19', 22)}"
    text = f"""Hello Achieng,

Pan-African Relief Consortium has invited you to complete an on-demand video interview for the Finance & Compliance Officer position.

There is no live interviewer. You will record answers to 5 questions (up to 3 minutes each, with 30 seconds to prepare each answer). Most candidates finish in about 25 minutes. You may practise as many times as you like before you start.

Please complete your interview by Friday, 31 July 2026 at 11:59 PM (East Africa Time).

Start your interview: {link}

Use Chrome or Firefox on a laptop with a webcam and a stable connection.

Good luck!
Pan-African Relief Consortium Talent Team

Need help? Visit https://www.hirevue.com/candidates
"""
    htmlb = ("<html><body style=\"font-family:Helvetica,Arial\">"
             + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
             + f"<p><a href=\"{link}\" style=\"background:#005eb8;color:#fff;padding:10px 18px\">Start Interview</a></p></body></html>\n")
    m = message([("Delivered-To", OWNER),
                 ("Received", f"from mta-12.hirevue.com (mta-12.hirevue.com [52.4.198.210])\n        by mx.example.com with ESMTPS id {b32('c19r',12)}\n        for <{OWNER}>; {rfc(d1)}"),
                 ("Date", rfc(d1)), ("From", "Pan-African Relief Consortium <no-reply@hirevue.com>"), ("To", OWNER),
                 ("Message-ID", f"<{hx('c19m', 24)}@hirevue.com>"),
                 ("Subject", "Action required: complete your video interview for Finance & Compliance Officer")],
                multipart("alternative", [leaf("text/plain", text, "quoted-printable"), leaf("text/html", htmlb, "quoted-printable")],
                          boundary("c19", "java")))
    assert deadline.hour == 23
    c.add("01-on-demand-video-interview.eml", m)


# ---------------------------------------------------------------- 20 availability request, never booked
def case20():
    c = Case("b160-20-panel-interview-availability-request", difficulty="hard", category="negative/availability-request",
             notes=("Recruiter asks for availability for a panel interview (Tue 8 - Thu 10 Sep); the owner replies with windows "
                    "('Tuesday morning, or Wednesday from saa nane'), but no time is ever confirmed or booked."))
    joyce = ("Joyce Chepkoech", "joyce.chepkoech@rvct.example")
    d1 = T(EAT, 2026, 9, 2, 12, 10, 4, weekday="Wednesday")
    T(EAT, 2026, 9, 8, weekday="Tuesday"); T(EAT, 2026, 9, 10, weekday="Thursday")
    t1 = """Dear Achieng,

Thank you for your application for the Finance & Administration Officer position at Rift Valley Conservation Trust.

We would like to invite you to a panel interview next week. Could you share your availability between Tuesday 8 and Thursday 10 September, any time between 9am and 4pm EAT? Once I hear from you and from the panel, I will send a calendar invitation.

Best regards,
Joyce Chepkoech
HR & Admin Officer
Rift Valley Conservation Trust, Naivasha
"""
    m1 = mail("c20m1", client="gmail", date=d1, frm=A(*joyce), to=A(OWNER_NAME, OWNER),
              subject="Finance & Administration Officer - panel interview availability", text=t1)
    c.add("01-availability-request.eml", m1)
    d2 = T(EAT, 2026, 9, 2, 14, 40, 31)
    t2 = f"""Dear Joyce,

Thank you for the invitation. I am available on Tuesday 8th any time in the morning, or on Wednesday 9th from saa nane (2pm) onwards. On Thursday I am at a donor meeting all day.

Kind regards,
Achieng

{on_wrote(d1, A(*joyce))}

{quote(t1.rstrip())}
"""
    c.add("02-re-my-availability.eml",
          mail("c20m2", client="gmail", date=d2, frm=A(OWNER_NAME, OWNER), to=A(*joyce),
               subject="Re: Finance & Administration Officer - panel interview availability", text=t2,
               in_reply_to=mid_of(m1), refs=mid_of(m1)))


# ---------------------------------------------------------------- 21 Inspira regret after a past interview
def case21():
    c = Case("b160-21-inspira-regret-after-interview", difficulty="medium", category="negative/rejection",
             notes=("Inspira status notification: not selected, referring to the competency-based interview 'held on 3 June "
                    "2026' (in the past). Rejection, no interview to track."))
    d1 = T(UTC, 2026, 7, 1, 6, 45, 2)
    T(EAT, 2026, 6, 3, weekday="Wednesday")
    jo = "Job Opening 26-Finance-UNRLO-268811-R-Nairobi (G)"
    text = f"""Dear Ms. Achieng Otieno,

{jo}
Position Title: Finance Associate (G-7)

Thank you for your interest in the above position and for participating in the competency-based interview held on 3 June 2026.

We regret to inform you that, after careful consideration, you have not been selected for this position. The selection process was highly competitive.

Your application will not be placed on a roster for this job opening. We encourage you to continue to apply for positions matching your profile through the UN Careers portal.

Kind regards,

Human Resources
UN Regional Logistics Office

This is a system-generated message from inspira. Please do not reply.
"""
    m = message([("Delivered-To", OWNER),
                 ("Received", f"from smtp-out1.un.org (smtp-out1.un.org [157.150.185.11])\n        by mx.example.com with ESMTPS id {b32('c21r',12)}\n        for <{OWNER}>; {rfc(d1)}"),
                 ("Date", rfc(d1)), ("From", "UN Careers <no-reply@careers.un.org>"), ("To", A(OWNER_NAME, OWNER)),
                 ("Message-ID", f"<{int(hx('c21m', 12), 16)}.JavaMail.psoft@inspira-prd-app01>"),
                 ("Subject", f"{jo} - Application Status Update"), ("Auto-Submitted", "auto-generated")],
                leaf("text/plain", text, "quoted-printable", charset="ISO-8859-1"))
    c.add("01-inspira-status-not-selected.eml", m)


# ---------------------------------------------------------------- 22 US visa interview for HQ travel
def case22():
    c = Case("b160-22-us-visa-interview-appointment", difficulty="medium", category="negative/non-job-interview",
             notes=("Visa appointment confirmation (consular 'visa interview' with .ics) for travel to a work retreat in New "
                    "York. Non-job interview."))
    d1 = T(EAT, 2026, 10, 2, 10, 5, 50, weekday="Friday")
    appt = T(EAT, 2026, 10, 22, 7, 45, weekday="Thursday")
    conf = str(int(hx("c22c", 10), 16))[:10]
    text = f"""APPOINTMENT CONFIRMATION

Applicant: ACHIENG OTIENO
Passport Number: AK*****31
Visa Class: B1/B2
Confirmation No.: {conf}

Your nonimmigrant visa interview is scheduled as follows:

Consular Section Interview
Thursday, 22 October 2026, 07:45 (Nairobi local time)
U.S. Embassy Nairobi, United Nations Avenue, Gigiri

Bring: this confirmation page, your DS-160 confirmation page, a valid passport, one 5x5 cm photograph, and supporting documents (employer letter and invitation to the Finance Managers' Retreat in New York).

Arrive no earlier than 15 minutes before your appointment time. Electronic devices are not permitted inside the Embassy.

To reschedule, log in to your account. Do not reply to this e-mail.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Visa Appointment Service//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:appt-{conf}@visa-appointments.example", f"DTSTAMP:{ics_utc(d1)}",
               f"DTSTART:{ics_utc(appt)}", f"DTEND:{ics_utc(appt + timedelta(hours=1))}",
               "SUMMARY:Visa Interview - U.S. Embassy Nairobi", "LOCATION:United Nations Avenue\\, Gigiri\\, Nairobi",
               "DESCRIPTION:Nonimmigrant visa interview. Confirmation No. " + conf, "END:VEVENT", "END:VCALENDAR"])
    m = message([("Delivered-To", OWNER),
                 ("Received", f"from mail.visa-appointments.example (mail.visa-appointments.example [203.0.113.24])\n        by mx.example.com with ESMTPS id {b32('c22r',12)}\n        for <{OWNER}>; {rfc(d1)}"),
                 ("Date", rfc(d1)), ("From", "Visa Appointment Service <no-reply@visa-appointments.example>"), ("To", OWNER),
                 ("Message-ID", f"<{hx('c22m', 20)}@visa-appointments.example>"),
                 ("Subject", "Appointment Confirmation - Nonimmigrant Visa Interview - U.S. Embassy Nairobi")],
                multipart("mixed", [leaf("text/plain", text, "7bit", charset="us-ascii"),
                                    leaf("text/calendar", cal, "base64", params=[("method", "PUBLISH")],
                                         filename="appointment.ics", disposition="attachment")], boundary("c22", "java")))
    c.add("01-visa-appointment-confirmation.eml", m)


# =========================================================================== output
def readme(cases):
    pos = [c for c in cases if c.label["interview"]]
    neg = [c for c in cases if not c.label["interview"]]
    ivs = [i for c in cases for i in c.label["interviews"]]
    sched = sum(1 for i in ivs if i["status"] == "scheduled")
    canc = sum(1 for i in ivs if i["status"] == "cancelled")
    exts = {}
    for c in cases:
        for n in c.files:
            ext = ".gcal.json" if n.endswith(".gcal.json") else Path(n).suffix
            exts[ext] = exts.get(ext, 0) + 1
    lines = [
        "# blind160: East African NGO finance officer - EAT vs Geneva/New York, Swahili times, UN-style panels (written blind)",
        "",
        f"Mailbox owner: **{OWNER_NAME}** <{OWNER}>, a Finance Officer at a Nairobi health NGO looking for finance roles "
        "with NGOs and UN-style agencies in Nairobi, Kampala, Mombasa, Kisumu, Geneva and New York.",
        "",
        "Written blind: the author did not read the tool's code, its tests or any other set under tests/data; only the "
        "shared eval README and two or three dev files (for file formats) were consulted. All cases are synthetic and "
        "regenerated byte-for-byte by `python make_cases.py` (standard library + PyYAML).",
        "",
        "## What it stresses",
        "- East Africa Time (UTC+3, no DST) against Geneva and New York across the 2026 DST changes: 12 March New York "
        "(EDT since 8 March, but the ATS mail labels it '(UTC-05:00)'), 25 March Geneva (still CET, EU switches 29 "
        "March), 22 April Geneva (CEST, Teams body label '(UTC+01:00)'), 27 October Geneva (CET again; invite sent "
        "during CEST), 28 October New York (still EDT until 1 November: 7 h behind Nairobi instead of 8). "
        "Kampala/Nairobi items use Africa/Kampala, Africa/Nairobi and 'E. Africa Standard Time'.",
        "- Swahili time ('saa nne asubuhi' = 10:00, 'saa tatu na nusu asubuhi' = 09:30, 'saa nane' = 14:00), "
        "'kesho' (tomorrow) and Swahili/English mixing.",
        "- UN-style competency-based interviews and panels on Teams, written tests before interviews (not interviews "
        "themselves), shortlisting notices, Inspira / Oracle Recruiting Cloud / BambooHR / Calendly / HireVue mail.",
        "- Final-state logic: reschedule by ATS update (SEQUENCE 1), by e-mail thread, Exchange METHOD:CANCEL, and a "
        "Calendar-API deletion followed by a re-booking as a new event (two entries).",
        "- Dedupe (ATS mail + Teams invite, recruiter mail + Google invite), one-day Kampala interview loop, forwarded "
        "invitation with relative date, two interviews in one case.",
        "- Look-alikes: donor verification visit with 'interviews' of finance staff, workshop on competency-based "
        "interviewing, audit entrance meeting, church committee where the owner interviews, written-test-only "
        "shortlisting, one-way video interview, availability request, rejection after interview, visa interview.",
        "",
        "## Counts",
        f"- Cases: {len(cases)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} ({sched} scheduled, {canc} cancelled)",
        f"- Items: " + ", ".join(f"{v} {k}" for k, v in sorted(exts.items())),
        "",
        "## Formats",
        "Gmail/Outlook/Apple/Zimbra-style human mail (multipart/alternative, quoted-printable, base64), Exchange/Teams "
        "meeting requests and cancellations (Windows TZIDs 'W. Europe Standard Time', 'E. Africa Standard Time', "
        "X-MICROSOFT-CDO-*), Google Calendar invitations (UTC DTSTART, invite.ics), ATS mails with .ics attachments "
        "(IANA VTIMEZONE), a standalone Outlook .ics, Google Calendar API v3 event resources incl. a deleted event.",
        "",
        "## Cases",
    ]
    for c in cases:
        lines.append(f"- `{c.slug}` ({c.label['category']}, {c.label['difficulty']})")
    return "\n".join(lines) + "\n"


def main():
    for f in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
              case14, case15, case16, case17, case18, case19, case20, case21, case22):
        f()
    for i, c in enumerate(CASES, 1):
        assert c.slug.startswith(f"b160-{i:02d}-"), c.slug
        assert c.label["interview"] == bool(c.label["interviews"])
    for d in HERE.glob("b160-*"):
        if d.is_dir():
            shutil.rmtree(d)
    labels = {}
    for c in CASES:
        d = HERE / c.slug
        d.mkdir()
        for name, content in c.files.items():
            assert name[:2].isdigit() and name[2] == "-"
            (d / name).write_bytes(content.encode("utf-8"))
        labels[c.slug] = c.label
    head = "# Labels for blind160 (written blind). Schema: /work/shared/eval/README.md. Generated by make_cases.py.\n"
    (HERE / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110),
                                      encoding="utf-8")
    (HERE / "README.md").write_text(readme(CASES), encoding="utf-8")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
