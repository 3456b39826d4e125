#!/usr/bin/env python3
"""Regenerate the blind175 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs (all derived from fixed
seeds), so every run produces the same bytes.  Standard library + PyYAML + zoneinfo only.

Theme: a Lisbon-based remote data engineer (Ines Carvalho, ines.carvalho@example.com)
interviewing with US and UK startups, with the March and late-October weeks in which US and
EU daylight-saving time differ.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LIS = ZoneInfo("Europe/Lisbon")
LON = ZoneInfo("Europe/London")
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
TZMAP = {
    "America/New_York": NY, "America/Los_Angeles": LA, "Europe/London": LON,
    "Europe/Lisbon": LIS, "Pacific Standard Time": LA, "GMT Standard Time": LON,
    "Eastern Standard Time": NY,
}

OWNER_NAME = "Inês Carvalho"
OWNER = "ines.carvalho@example.com"

CASES = {}   # case id -> list of (filename, text)
LABELS = {}  # case id -> label dict


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, tz=UTC, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that a weekday named in the text is right; returns dt."""
    assert dt.strftime("%A") == name, (dt, dt.strftime("%A"), name)
    return dt


def at(dt, tz):
    return dt.astimezone(tz)


def rfc(dt):
    return format_datetime(dt)


def icsz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def icsl(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def g12(dt):
    """Google style: 11am, 1:45pm."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def hm12(dt, upper=True):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if not upper:
        ap = ap.lower()
        return f"{h}:{dt.minute:02d}{ap}"
    return f"{h}:{dt.minute:02d} {ap}"


def h24(dt):
    return dt.strftime("%H:%M")


def day_us(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def day_uk(dt):
    return f"{dt:%A} {dt.day} {dt:%B} {dt.year}"


def offs(dt):
    """GMT-07:00 style."""
    o = dt.utcoffset()
    m = int(o.total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return f"GMT{sign}{m // 60:02d}:{m % 60:02d}"


# ----------------------------------------------------------------------------- id helpers
def hx(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def huuid(seed):
    return str(uuid.UUID(hx(seed, 32)))


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


def b_google(seed):
    return "000000000000" + hx("bg" + seed, 12)


def b_apple(seed):
    return "Apple-Mail=_" + huuid("ba" + seed).upper()


def b_outlook(seed):
    return "_000_" + hx("bo" + seed, 24).upper() + "namprd11prod_"


def b_java(seed):
    return "----=_Part_" + digits("bj" + seed, 6) + "_" + digits("bj2" + seed, 9) + "." + digits("bj3" + seed, 13)


def b_sg(seed):
    return hx("bs" + seed, 40)


# ----------------------------------------------------------------------------- MIME helpers
def b64(text):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def leaf(ctype, text, cte="quoted-printable", charset="UTF-8", params="", extra=()):
    return {"leaf": True, "ctype": ctype, "text": text, "cte": cte, "charset": charset,
            "params": params, "extra": list(extra)}


def multi(sub, boundary, parts, extra=()):
    return {"leaf": False, "sub": sub, "boundary": boundary, "parts": parts, "extra": list(extra)}


def render(p):
    if p["leaf"]:
        ct = p["ctype"]
        if p["charset"]:
            ct += f'; charset="{p["charset"]}"'
        if p["params"]:
            ct += "; " + p["params"]
        head = ["Content-Type: " + ct] + p["extra"] + ["Content-Transfer-Encoding: " + p["cte"]]
        if p["cte"] == "base64":
            body = b64(p["text"])
        elif p["cte"] == "quoted-printable":
            body = qp(p["text"])
        else:
            body = p["text"].rstrip("\n")
        return "\n".join(head) + "\n\n" + body
    b = p["boundary"]
    out = f'Content-Type: multipart/{p["sub"]}; boundary="{b}"\n'
    if p["extra"]:
        out += "\n".join(p["extra"]) + "\n"
    out += "\n"
    for c in p["parts"]:
        out += f"--{b}\n" + render(c) + "\n\n"
    out += f"--{b}--"
    return out


def A(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def subj(s):
    if s.isascii():
        return s
    return Header(s, "utf-8", header_name="Subject").encode(linesep="\n")


def fold_header(k, v):
    line = f"{k}: {v}"
    if "\n" in v or len(line) <= 78:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out)


def received(sent, host, ip, seed):
    t = rfc(at(sent + timedelta(seconds=2), UTC))
    return (f"from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"{hx('rcv' + seed, 10).upper()}\n        for <{OWNER}>; {t}")


def eml(headers, root):
    hs = "\n".join(fold_header(k, v) for k, v in headers)
    return hs + "\nMIME-Version: 1.0\n" + render(root) + "\n"


def mail(seed, sent, frm, subject, body_parts, to=None, cc=None, reply_to=None, mid=None,
         in_reply_to=None, refs=None, host="mail-sor-f41.google.com", ip="209.85.220.41",
         extra=(), return_path=None, sender=None):
    """Standard received mail for the owner."""
    frm_addr = frm[1]
    h = [("Delivered-To", OWNER),
         ("Received", received(sent, host, ip, seed)),
         ("Return-Path", f"<{return_path or frm_addr}>")]
    h += list(extra)
    h.append(("Date", rfc(sent)))
    h.append(("From", A(*frm)))
    if sender:
        h.append(("Sender", sender))
    if reply_to:
        h.append(("Reply-To", A(*reply_to)))
    h.append(("To", to if to is not None else A(OWNER_NAME, OWNER)))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", subj(subject)))
    h.append(("Message-ID", mid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if refs:
        h.append(("References", "\n ".join(refs)))
    return eml(h, body_parts)


def gmail_mid(seed):
    return "<CA+" + base64.b64encode(bytes.fromhex(hx("gm" + seed, 48))).decode().replace("/", "_").replace("+", "-") + "@mail.gmail.com>"


def to_html_paras(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<div>" + "<br>".join(html.escape(l, quote=False) for l in p.split("\n")) + "</div>")
    return "<div><br></div>".join(out)


def gmail_body(seed, text, quote_attr=None, quoted=None):
    """Gmail style multipart/alternative (text/plain + text/html), quoted-printable."""
    plain = text.rstrip("\n") + "\n"
    h = '<div dir="ltr">' + to_html_paras(text) + "</div>"
    if quote_attr:
        plain += "\n" + quote_attr + "\n" + "\n".join(("> " + l) if l else ">" for l in quoted.rstrip("\n").split("\n")) + "\n"
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(quote_attr, quote=False)
              + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + to_html_paras(quoted) + "</blockquote></div>")
    return multi("alternative", b_google(seed), [
        leaf("text/plain", plain, "quoted-printable"),
        leaf("text/html", h + "\n", "quoted-printable"),
    ])


def quoted_block(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------- iCalendar helpers
def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def pq(v):
    return f'"{v}"' if any(c in v for c in ",;:") else v


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        k = len(ch.encode())
        if n + k > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += k
    out.append(cur)
    return "\r\n".join(out)


def ical(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Europe/Lisbon": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "X-LIC-LOCATION:Europe/Lisbon",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:WEST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:WET",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={pq(name)};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={pq(name)}:mailto:{email}"


def times(start, end, tzid):
    if tzid:
        tz = TZMAP[tzid]
        return [f"DTSTART;TZID={tzid}:{icsl(start, tz)}", f"DTEND;TZID={tzid}:{icsl(end, tz)}"]
    return [f"DTSTART:{icsz(start)}", f"DTEND:{icsz(end)}"]


def google_ics(method, uid, start, end, stamp, organizer, attendees, summary, description, seq=0,
               status="CONFIRMED", meet=None, location="", created=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT"]
    lines += times(start, end, None)
    lines += [f"DTSTAMP:{icsz(stamp)}", f"ORGANIZER;CN={pq(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        lines.append(a)
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines.append(f"CREATED:{icsz(created or stamp)}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{icsz(stamp)}", f"LOCATION:{esc(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical(lines)


def google_invite(seed, sent, organizer, guests, title, start, end, tzlabel, description, uid,
                  seq=0, kind="new", meet=None, owner_status="NEEDS-ACTION", changed=None):
    """Google Calendar invitation e-mail.  guests: list of (name, email, partstat);
    start/end must already be in the organizer's zone."""
    abbr = start.tzname()
    rng = f"{start:%a} {start:%b} {start.day}, {start.year} {g12(start)} - {g12(end)} ({abbr})"
    prefix = {"new": "Invitation", "updated": "Updated invitation"}[kind]
    subject = f"{prefix}: {title} @ {rng} ({OWNER})"
    when = f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {g12(start)} \u2013 {g12(end)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    phone = f"+1 {digits('ph' + seed, 3)}-{digits('ph2' + seed, 3)}-{digits('ph3' + seed, 4)}"
    pin = digits("pin" + seed, 9)
    lines = []
    if kind == "updated":
        lines += ["This event has been updated", f"Changed: {changed}", ""]
    lines += [title, when, tzlabel, ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "", "Join by phone",
                  f"(US) {phone}", f"PIN: {pin}", "", "More phone numbers",
                  f"https://tel.meet/{meet}?pin={pin}{digits('pp' + seed, 4)}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e, _ in guests:
        if e == organizer[1]:
            lines += [f"{n} - organizer", e]
        elif n:
            lines += [n, e]
        else:
            lines += [e]
    lines += [f"View all guest info {view}", "", description, "",
              f"Reply for {OWNER} and view more details {view}",
              "Your attendance is optional.", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, "
              "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    hp = []
    if kind == "updated":
        hp.append(f'<p><span style="color:#d93025">This event has been updated</span><br>Changed: {html.escape(changed)}</p>')
    hp.append(f"<h2>{html.escape(title)}</h2><p>{html.escape(when)}<br>{html.escape(tzlabel)}</p>")
    if meet:
        hp.append(f'<p>Join with Google Meet<br><a href="https://meet.google.com/{meet}">meet.google.com/{meet}</a></p>'
                  f"<p>Join by phone<br>(US) {phone}<br>PIN: {pin}</p>")
    hp.append(f"<p>Organizer<br>{html.escape(organizer[0])}<br>{organizer[1]}</p>")
    g = "<p>Guests<br>" + "<br>".join(
        (html.escape(n) + (" - organizer" if e == organizer[1] else "") + "<br>" + e) if n else e
        for n, e, _ in guests) + f'<br><a href="{html.escape(view)}">View all guest info</a></p>'
    hp.append(g)
    hp.append("<p>" + html.escape(description).replace("\n", "<br>") + "</p>")
    hp.append(f'<p>Reply for {OWNER} and <a href="{html.escape(view)}">view more details</a><br>Your attendance is optional.</p>'
              '<p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>'
              "<p>You are receiving this email because you are an attendee on the event.</p>")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">' + "\n".join(hp) + "</div></body></html>\n")
    atts = []
    for n, e, ps in guests:
        atts.append(att(n or e, e, ps, google=True))
    ics = google_ics("REQUEST", uid, start, end, sent, organizer, atts, title, description, seq=seq,
                     meet=meet, location="", created=sent - timedelta(minutes=3) if kind == "new" else None)
    root = multi("mixed", b_google(seed + "m"), [
        multi("alternative", b_google(seed + "a"), [
            leaf("text/plain", plain, "base64", params="format=flowed; delsp=yes"),
            leaf("text/html", htm, "quoted-printable"),
            leaf("text/calendar", ics, "base64", params="method=REQUEST"),
        ]),
        leaf("application/ics", ics, "base64", charset=None, params='name="invite.ics"',
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    h = [("Delivered-To", OWNER),
         ("Received", received(sent, "mail-sor-f73.google.com", "209.85.220.73", seed)),
         ("Return-Path", f"<{hx('rp' + seed, 22)}@calendar-server.bounces.google.com>"),
         ("Reply-To", A(*organizer)),
         ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Message-ID", f"<calendar-{huuid('cal' + seed)}@google.com>"),
         ("Date", rfc(at(sent, UTC))),
         ("Subject", subj(subject)),
         ("From", A(*organizer)),
         ("To", OWNER)]
    return eml(h, root)


def gcal_event(seed, created, updated, summary, description, organizer, start, end, tzname, attendees,
               meet=None, seq=0, status="confirmed", eid=None):
    """Google Calendar API v3 Event resource (as in events.list) from the owner's calendar."""
    eid = eid or hx("ev" + seed, 26)
    ev = {
        "kind": "calendar#event",
        "etag": '"' + digits("etag" + seed, 16) + '"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + digits("ms" + seed, 3) + "Z",
        "summary": summary,
        "description": description,
        "creator": {"email": organizer[1], "displayName": organizer[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": start, "timeZone": tzname},
        "end": {"dateTime": end, "timeZone": tzname},
        "iCalUID": f"{eid}@google.com",
        "sequence": seq,
        "attendees": attendees,
    }
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------------------- label helpers
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def case(cid, items, interviews, difficulty, category, notes):
    assert cid not in CASES
    names = [n for n, _ in items]
    assert names == sorted(names) and len(set(names)) == len(names), names
    CASES[cid] = items
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ----------------------------------------------------------------------------- vendor helpers
def vcal(prodid, method, events, tzids=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    for t in tzids:
        lines += VTZ[t]
    for e in events:
        lines += e
    lines.append("END:VCALENDAR")
    return ical(lines)


def vev(uid, start, end, stamp, summary, organizer, attendees, description="", location="", seq=0,
        status="CONFIRMED", tzid=None, extra=()):
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{icsz(stamp)}"] + times(start, end, tzid)
    lines += [f"SUMMARY:{esc(summary)}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={pq(organizer[0])}:mailto:{organizer[1]}")
    lines += list(attendees)
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}"] + list(extra) + ["END:VEVENT"]
    return lines


def ics_att(ics, name, method):
    return leaf("text/calendar", ics, "base64", params=f'method={method}; name="{name}"',
                extra=[f'Content-Disposition: attachment; filename="{name}"'])


def simple_html(text, brand="", accent="#1a1a2e"):
    body = to_html_paras(text)
    top = (f'<tr><td style="padding:16px 24px;background:{accent};color:#ffffff;font-weight:600">'
           f"{html.escape(brand)}</td></tr>") if brand else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f7">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">'
            + top + f'<tr><td style="padding:24px">{body}</td></tr></table></td></tr></table></body></html>\n')


def vendor_mail(seed, sent, frm, subject, text, reply_to=None, attachments=(), host="o1.ptr1234.sendgrid.net",
                ip="167.89.12.34", return_path=None, extra=(), mid=None, brand="", bfn=b_sg, htm=None):
    alt = multi("alternative", bfn(seed + "a"), [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", htm or simple_html(text, brand), "quoted-printable")])
    root = multi("mixed", bfn(seed + "m"), [alt] + list(attachments)) if attachments else alt
    return mail(seed, sent, frm, subject, root, reply_to=reply_to, mid=mid or f"<{hx('mid' + seed, 22)}@{frm[1].split('@')[1]}>",
                host=host, ip=ip, return_path=return_path or f"bounces+{digits('rp' + seed, 8)}@{frm[1].split('@')[1]}",
                extra=extra)


ASHBY_HOST = ("a48-33.smtp-out.amazonses.com", "54.240.48.33")
SIG_ASHBY = "\n--\nPowered by Ashby \u00b7 https://www.ashbyhq.com\nThis email was sent on behalf of {co}. Reply to this email to reach the recruiting team.\n"


def ashby_mail(seed, sent, co, reply_to, subject, text, attachments=()):
    return vendor_mail(seed, sent, (co, "no-reply@ashbyhq.com"), subject, text + SIG_ASHBY.format(co=co),
                       reply_to=reply_to, attachments=attachments, host=ASHBY_HOST[0], ip=ASHBY_HOST[1],
                       return_path=f"0100019{hx('ses' + seed, 9)}-{huuid('ses' + seed)}-000000@amazonses.com",
                       mid=f"<0100019{hx('sesm' + seed, 9)}-{huuid('sesm' + seed)}-000000@email.amazonses.com>",
                       brand=co, bfn=b_java)


def ashby_ics(uid, start, end, stamp, summary, organizer, attendees, description, location, method="REQUEST",
              seq=0, status="CONFIRMED", tzid=None):
    return vcal("-//Ashby//Ashby Scheduling//EN", method,
                [vev(uid, start, end, stamp, summary, organizer, attendees, description, location, seq, status, tzid)],
                (tzid,) if tzid else ())


def calendly_ics(uid, start, end, stamp, summary, host, description, location, seq=0):
    return vcal("-//Calendly//Calendly Scheduling//EN", "REQUEST", [vev(
        uid, start, end, stamp, summary, host,
        [att(host[0], host[1], "ACCEPTED", "CHAIR", False), att(OWNER_NAME, OWNER, "ACCEPTED", rsvp=False)],
        description, location, seq)])


def calendly_mail(seed, sent, host, event, start, end, tzlabel, uid, location, description, seq=0, former=None):
    """Invitee-side Calendly notification (confirmed or rescheduled).  start/end in invitee zone."""
    cuid = huuid("cly" + seed)
    t = f"{hm12(start, False)} - {hm12(end, False)}, {day_us(start)} ({tzlabel})"
    if former is None:
        subject = f"Confirmed: {event} with {host[0]} on {day_us(start)}"
        lead = f"Your {event} with {host[0]} at {hm12(start, False)} ({tzlabel}) on {day_us(start)} is scheduled."
        when = f"Event Date/Time:\n{t}"
    else:
        subject = f"Updated: {event} with {host[0]} on {day_us(start)}"
        fs, fe = former
        lead = f"Your {event} with {host[0]} has been rescheduled."
        when = (f"Former: {hm12(fs, False)} - {hm12(fe, False)}, {day_us(fs)} ({tzlabel})\n"
                f"Updated: {t}")
    text = f"""Hi {OWNER_NAME},

{lead}

Event Type:
{event}

{when}

Location:
{location}

Invitee Time Zone:
{tzlabel}

Description:
{description}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{cuid}
Reschedule: https://calendly.com/reschedulings/{cuid}

Powered by Calendly.com
"""
    ics = calendly_ics(uid, start, end, sent, f"{event} between {host[0]} and {OWNER_NAME}", host,
                       description, location, seq)
    return vendor_mail(seed, sent, ("Calendly", "notifications@calendly.com"), subject, text, reply_to=host,
                       attachments=[ics_att(ics, "invite.ics", "REQUEST")], brand="Calendly", htm=None,
                       host="o3.email.calendly.com", ip="149.72.171.18")


def calcom_mail(seed, sent, event, organizer, attendee, start, end, tzname, where, notes, host_side=False):
    """Cal.com booking confirmation; start/end already in the recipient's zone."""
    tstr = f"{h24(start)} - {h24(end)}, {start:%A}, {start:%B} {start.day}, {start.year} ({tzname})"
    title = f"{event} between {organizer[0]} and {attendee[0]}"
    if host_side:
        subject = f"New event: {attendee[0]} - {h24(start)} {start:%a}, {start.day} {start:%b} - {event}"
        lead = "A new event has been scheduled.\n\nWe sent an email with a calendar invitation with the details to everyone."
    else:
        subject = f"Confirmed: {title} @ {h24(start)} - {start:%A}, {start:%B} {start.day}, {start.year}"
        lead = "Your event has been scheduled\n\nWe sent an email with a calendar invitation with the details to everyone."
    buid = huuid("calcom" + seed)
    text = f"""{lead}

What:
{title}

When:
{tstr}

Who:
{organizer[0]} - Organizer
{organizer[1]}
{attendee[0]}
{attendee[1]}

Where:
{where}

Additional notes:
{notes}

Need to make a change? Reschedule: https://cal.com/reschedule/{buid} or Cancel: https://cal.com/booking/{buid}?cancel=true
"""
    ics = vcal("-//Cal.com Inc.//Cal.com Event//EN", "REQUEST", [vev(
        f"{buid}@Cal.com", start, end, sent, title, organizer,
        [att(organizer[0], organizer[1], "ACCEPTED", "CHAIR", False),
         att(attendee[0], attendee[1], "ACCEPTED", rsvp=False)], notes, where)])
    reply = attendee if host_side else organizer
    return vendor_mail(seed, sent, ("Cal.com", "no-reply@cal.com"), subject, text, reply_to=reply,
                       attachments=[ics_att(ics, f"{event.lower().replace(' ', '-')}.ics", "REQUEST")],
                       brand="Cal.com", host="mail-a.cal.com", ip="198.2.180.71")


# ============================================================================= cases
def c01():
    cid = "b175-01-ashby-recruiter-screen-pdt-march"
    co, role = "Tidewater Data", "Senior Data Engineer (Remote, EMEA)"
    maya = ("Maya Lindqvist", "maya.lindqvist@tidewater-data.example")
    start = wd(T(2026, 3, 17, 10, 0, LA), "Tuesday")
    end = start + timedelta(minutes=30)
    sent = T(2026, 3, 12, 18, 40, UTC, 12)
    zoom = "https://tidewater-data.zoom.us/j/84127730915?pwd=cXRmZ0VtN3dSa2lHb1N2dA.1"
    text = f"""Hi Inês,

Thanks for making time to speak with us! Your interview for the {role} role at {co} is confirmed.

Recruiter Screen
{day_us(start)}
{hm12(start)} \u2013 {hm12(end)} PDT ({offs(start)})

Interviewer
{maya[0]}, Senior Technical Recruiter

Location
Zoom: {zoom}
Meeting ID: 841 2773 0915
Passcode: 508316

What to expect: a 30-minute conversation about your background, what you are looking for, and the basics of the role (fully remote within EMEA, with a few hours of overlap with our team in San Francisco). No preparation needed.

A calendar invitation is attached. If you need to reschedule, reply to this email and Maya will help.

Best,
{co} Recruiting
"""
    ics = ashby_ics(f"{huuid('c01')}@ashbyhq.com", start, end, sent, f"{OWNER_NAME} <> {co}: Recruiter Screen", maya,
                    [att(maya[0], maya[1], "ACCEPTED", "CHAIR", False), att(OWNER_NAME, OWNER)],
                    f"Recruiter Screen for {role}.\nInterviewer: {maya[0]}\nZoom: {zoom}", zoom)
    items = [("01-tidewater-interview-confirmation.eml",
              ashby_mail("c01", sent, co, maya, f"Interview Confirmation: {role} at {co}", text,
                         [ics_att(ics, "invite.ics", "REQUEST")]))]
    case(cid, items, [iv(co, role, start, end, "scheduled", [maya[1]], [maya[1]], "phone_screen")], "medium",
         "positive/ats-ashby-dst-gap",
         "Ashby confirmation with .ics (UTC times). 10:00 PDT on 17 Mar = 17:00 Lisbon (US already on DST, "
         "Portugal not yet): only a 7 h gap. The recruiter conducts the screen, so she is the interviewer; "
         "the From is no-reply@ashbyhq.com, her address is in Reply-To and ATTENDEE.")


def c02():
    cid = "b175-02-meetup-hiring-panel-lisbon"
    sent = T(2026, 3, 13, 10, 2, UTC, 11)
    start = wd(T(2026, 3, 26, 18, 30, LIS), "Thursday")
    end = T(2026, 3, 26, 21, 0, LIS)
    title = "Lisbon Data Engineering Meetup #31: Hiring data engineers \u2013 interviews, take-homes & remote offers"
    url = "https://www.meetup.com/lisbon-data-engineering/events/312847705/"
    text = f"""{OWNER_NAME.split()[0]}, you're going!

{title}
Hosted by Lisbon Data Engineering (LxDE)

{day_us(start)}
{hm12(start)} to {hm12(end)} WET

Casa da Malha Coworking
Rua dos Fanqueiros 212, Lisboa

A panel with three hiring managers from remote-first US and UK startups and two engineers who recently went through the process. We'll cover how technical interviews for data roles are run, what a fair take-home looks like, and how to negotiate a remote offer as a contractor in Portugal. Stick around afterwards for mock interview pairs (sign up at the door) and pastéis de nata.

See event: {url}
Add to calendar: {url}ics/

You received this email because you RSVPed to an event on Meetup.
Unsubscribe: https://www.meetup.com/account/comm/
Meetup LLC, POB 4668 #37895, New York, NY 10163
"""
    ics = vcal("-//Meetup//Meetup Events v1.0//EN", "PUBLISH", [vev(
        "event_312847705@meetup.com", start, end, sent, title, None, [],
        f"Lisbon Data Engineering (LxDE)\n{url}", "Casa da Malha Coworking (Rua dos Fanqueiros 212, Lisboa)",
        tzid="Europe/Lisbon", extra=[f"URL:{url}"])], ("Europe/Lisbon",))
    items = [("01-meetup-youre-going.eml",
              vendor_mail("c02", sent, ("Meetup", "info@email.meetup.com"), f"You're going to \"{title}\"", text,
                          attachments=[ics_att(ics, "event.ics", "PUBLISH")], brand="Meetup",
                          host="mail180-17.suw21.mandrillapp.com", ip="198.2.180.17"))]
    case(cid, items, [], "medium", "negative/community-meetup",
         "Meetup RSVP with an .ics for a hiring panel; full of interview vocabulary ('technical interviews', "
         "'mock interview pairs') but it is a community event, not a hiring step for the user.")


def c03():
    cid = "b175-03-gem-link-google-invite-technical-oct-gap"
    co, role = "Quillstack", "Data Engineer, Platform"
    jordan = ("Jordan Pike", "jordan@quillstack.example")
    sam = ("Sam Okafor", "sam.okafor@quillstack.example")
    lena = ("Lena Brandt", "lena.brandt@quillstack.example")
    start = wd(T(2026, 10, 27, 11, 0, NY), "Tuesday")
    end = start + timedelta(hours=1)
    s1 = T(2026, 10, 21, 10, 5, NY, 31)
    t1 = f"""Hi Inês,

Great news - the team loved your screen with me last week, and we'd like to move you forward to the technical interview for the {role} role.

It's 60 minutes with two engineers from our data platform team, {sam[0]} and {lena[0]}. Expect a mix of data modelling and pipeline design - how you'd ingest and backfill a couple of event streams into our warehouse. No leetcode, promise.

You can grab any open slot here (times will show in your own time zone):
https://www.gem.com/schedule/quillstack/jordan-pike/technical-60?c=3f9a1c

If nothing works, just reply with a few windows and I'll sort it out.

Best,
Jordan

--
Jordan Pike
Technical Recruiter, Quillstack
New York, NY
"""
    m1 = gmail_mid("c03-1")
    s2 = T(2026, 10, 22, 13, 12, UTC, 40)
    desc = (f"Technical interview for {role} with {sam[0]} and {lena[0]} (Data Platform). We'll work through a "
            "data modelling + pipeline design problem together - please have a laptop ready to share your screen.\n\n"
            "Scheduled via Gem.")
    inv = google_invite("c03-2", s2, jordan,
                        [(jordan[0], jordan[1], "ACCEPTED"), (sam[0], sam[1], "ACCEPTED"),
                         (lena[0], lena[1], "NEEDS-ACTION"), ("", OWNER, "NEEDS-ACTION")],
                        f"{co} Technical Interview: {OWNER_NAME} ({role})", start, end, "Eastern Time - New York",
                        desc, f"{hx('c03uid', 26)}@google.com", meet="qpv-tnzd-wke")
    # Ines's question (quoted) and Jordan's answer
    s_q = T(2026, 10, 22, 14, 31, LIS, 18)
    q = f"""Hi Jordan,

Booked - Tuesday the 27th at 11:00 ET, the invite just came through.

Just double-checking the time difference: our clocks in Portugal go back this Sunday but yours don't change until 1 November, so 11:00 ET should be 15:00 for me in Lisbon that day, right?

Thanks,
Inês"""
    s3 = T(2026, 10, 22, 10, 41, NY, 2)
    t3 = """Hi Inês,

Yes, exactly - 11am ET / 3pm Lisbon on Tuesday the 27th. For that one week we're only 4 hours apart. Sam and Lena are looking forward to it.

Jordan"""
    m_q = f"<{hx('c03q', 16).upper()}-{hx('c03q2', 4).upper()}@example.com>"
    m3 = gmail_mid("c03-3")
    items = [
        ("01-quillstack-next-step.eml",
         mail("c03-1", s1, jordan, f"{co} - next step: technical interview", gmail_body("c03-1", t1), mid=m1)),
        ("02-invitation-quillstack-technical.eml", inv),
        ("03-re-quillstack-next-step.eml",
         mail("c03-3", s3, jordan, f"Re: {co} - next step: technical interview",
              gmail_body("c03-3", t3, f"On Thu, Oct 22, 2026 at {hm12(at(s_q, NY)).replace(' ', chr(0x202f))} {OWNER_NAME} <{OWNER}> wrote:", q),
              mid=m3, in_reply_to=m_q, refs=[m1, m_q])),
    ]
    case(cid, items, [iv(co, role, start, end, "scheduled", [sam[1], lena[1]], [sam[1], lena[1]], "technical")],
         "hard", "positive/dedupe-dst-gap",
         "Gem scheduling link (unbooked by itself), then the Google invite from the recruiter's calendar, then a "
         "confirmation reply: one interview. 27 Oct is in the week when Portugal is already on WET but New York "
         "still on EDT: 11:00 EDT = 15:00 Lisbon. Recruiter only organizes; the two engineers are the interviewers.")


def c04():
    cid = "b175-04-podcast-interview-calendly"
    mar = ("Marisol Vega", "marisol@pipelinesandpints.example")
    s1 = T(2026, 3, 9, 9, 22, LA, 5)
    t1 = """Hi Inês,

I'm the host of Pipelines & Pints, a small podcast about the unglamorous side of data engineering. A listener pointed me to your blog post on moving 300 Airflow DAGs to Dagster without downtime and I'd love to have you on for an interview.

Format: ~45 minutes, recorded remotely over Riverside, lightly edited. We'd talk about the migration, what you'd do differently, and your take on the "modern data stack" hangover. Totally fine to say no to any question.

If you're up for it, pick a recording slot here: https://calendly.com/pipelinesandpints/recording

Cheers,
Marisol Vega
Host, Pipelines & Pints
"""
    m1 = gmail_mid("c04-1")
    start = wd(T(2026, 3, 18, 17, 0, LIS), "Wednesday")
    end = start + timedelta(minutes=45)
    s2 = T(2026, 3, 10, 8, 15, UTC, 44)
    items = [
        ("01-podcast-invitation.eml",
         mail("c04-1", s1, mar, "Podcast interview? (Pipelines & Pints)", gmail_body("c04-1", t1), mid=m1)),
        ("02-calendly-confirmed-recording.eml",
         calendly_mail("c04-2", s2, mar, "Podcast interview recording", start, end, "Western European Time",
                       f"{huuid('c04uid')}@calendly.com",
                       "Riverside studio: https://riverside.fm/studio/pipelines-and-pints",
                       "Recording for Pipelines & Pints. Please use headphones and a wired connection if you can.")),
    ]
    case(cid, items, [], "medium", "negative/podcast",
         "Podcast 'interview' booked through Calendly with a normal confirmation + .ics; press/podcast interviews are not "
         "job interviews.")


def c05():
    cid = "b175-05-goodtime-virtual-onsite-one-day"
    co, role = "Larkfield Labs", "Staff Data Engineer"
    chloe = ("Chloe Brennan", "chloe.brennan@larkfield.example")
    day = wd(T(2026, 3, 25, 0, 0, NY), "Wednesday")
    sessions = [
        (T(2026, 3, 25, 10, 0, NY), T(2026, 3, 25, 10, 45, NY), "SQL & Data Modeling",
         ("Arjun Mehta", "arjun.mehta@larkfield.example"), "Senior Data Engineer"),
        (T(2026, 3, 25, 11, 0, NY), T(2026, 3, 25, 12, 0, NY), "Pipeline System Design",
         ("Owen Hartley", "owen.hartley@larkfield.example"), "Principal Engineer"),
        (T(2026, 3, 25, 12, 0, NY), T(2026, 3, 25, 12, 45, NY), "Lunch break", None, ""),
        (T(2026, 3, 25, 12, 45, NY), T(2026, 3, 25, 13, 30, NY), "Values & Collaboration",
         ("Grace Kim", "grace.kim@larkfield.example"), "Engineering Manager, Data Products"),
        (T(2026, 3, 25, 13, 45, NY), T(2026, 3, 25, 14, 30, NY), "Hiring Manager Conversation",
         ("Tomasz Wróbel", "tomasz.wrobel@larkfield.example"), "Head of Data"),
    ]
    zoom = "https://larkfield.zoom.us/j/96310482277?pwd=bGFya2ZpZWxkLW9uc2l0ZQ"
    rows = []
    for s, e, name, who, title in sessions:
        l1, l2 = at(s, LIS), at(e, LIS)
        left = f"{hm12(s)} \u2013 {hm12(e)} ET"
        right = f"{hm12(l1)} \u2013 {hm12(l2)} Lisbon"
        person = f" \u2014 {who[0]}, {title}" if who else " (on your own)"
        rows.append(f"{left:<24}| {right:<28}| {name}{person}")
    sched = "\n".join([f"{'Eastern Time (ET)':<24}| {'Your time zone (Lisbon)':<28}| Session"] + rows)
    sent = T(2026, 3, 19, 18, 22, UTC, 5)
    text = f"""Hi Inês,

We're excited to host you for your virtual onsite for the {role} position! Your schedule is below. All sessions use the same Zoom link, and you can stay on the call between sessions.

{day_us(day)}
{sched}

Zoom: {zoom}

A note on time zones: US clocks moved forward on March 8 and Portugal's don't change until March 29, so this week we are 4 hours behind you instead of the usual 5. The Lisbon times above already account for that.

Each interviewer will leave a few minutes at the end for your questions. The lunch break is yours - feel free to drop off the call.

If anything comes up, reply to this email or contact {chloe[0]} ({chloe[1]}).

Good luck!
{chloe[0]}
Recruiting Coordinator, {co}

Scheduled with GoodTime \u00b7 https://goodtime.io
"""
    evs = []
    org = ("Larkfield Interviews", "interviews@larkfield.example")
    for i, (s, e, name, who, title) in enumerate(sessions):
        if not who:
            continue
        evs.append(vev(f"gt-{hx('c05ev' + str(i), 20)}@goodtime.io", s, e, sent,
                       f"{co} Onsite: {name} ({OWNER_NAME})", org,
                       [att(who[0], who[1], "ACCEPTED", rsvp=False), att(OWNER_NAME, OWNER),
                        att(chloe[0], chloe[1], "ACCEPTED", "NON-PARTICIPANT", False)],
                       f"{name} with {who[0]} ({title}).\nPart of your virtual onsite for {role}.\nZoom: {zoom}",
                       zoom, tzid="America/New_York"))
    ics = vcal("-//GoodTime.io//Scheduling//EN", "REQUEST", evs, ("America/New_York",))
    items = [("01-larkfield-onsite-itinerary.eml",
              vendor_mail("c05", sent, (f"{co} Recruiting", "notifications@goodtime.io"),
                          f"Your virtual onsite with {co} \u2013 {day_us(day)}", text, reply_to=chloe,
                          attachments=[ics_att(ics, "larkfield-onsite.ics", "REQUEST")], brand=co,
                          host="mail-a9.goodtime.io", ip="198.21.0.94"))]
    inter = [s[3][1] for s in sessions if s[3]]
    case(cid, items, [iv(co, role, sessions[0][0], sessions[-1][1], "scheduled", inter, inter, "onsite")], "medium",
         "positive/onsite-loop",
         "GoodTime itinerary with four sessions and a lunch break on 25 Mar plus one .ics holding four VEVENTs "
         "(TZID America/New_York): one onsite from 10:00 to 14:30 EDT (14:00-18:30 Lisbon, 4 h gap in the March "
         "DST week). The coordinator is only a NON-PARTICIPANT; the group calendar organizer is not a recipient.")


def c06():
    cid = "b175-06-ashby-take-home-only"
    co, role = "Sparrowline", "Senior Data Engineer"
    theo = ("Theo Lam", "theo.lam@sparrowline.example")
    sent = T(2026, 10, 23, 17, 30, UTC, 2)
    due = wd(T(2026, 11, 2, 9, 0, LA), "Monday")
    text = f"""Hi Inês,

Thank you for your time so far! The next stage of our process for the {role} role is the Take-Home Interview.

What it is: a small batch + streaming exercise. You'll get a repository with two sample event feeds and a short brief; we'd like you to build an idempotent pipeline that lands them in DuckDB, plus a README explaining your trade-offs. Please don't spend more than 3-4 hours on it.

Start the exercise: https://app.ashbyhq.com/candidate/assessments/{huuid('c06as')}

Deadline: {day_us(due)} at {hm12(due)} PST (that's {h24(at(due, LIS))} in Lisbon).

What happens next: once our engineers have reviewed your submission, we'll send you a link to book a 60-minute review call with two of them, where you'll walk through your solution. Nothing needs to be scheduled right now.

If you have any questions or need more time, just reply to this email and {theo[0]} will get back to you.

Good luck!
The {co} Team
"""
    items = [("01-sparrowline-take-home.eml",
              ashby_mail("c06", sent, co, theo, f"{co}: Take-Home Interview for {role}", text))]
    case(cid, items, [], "hard", "negative/take-home-assignment",
         "Ashby 'Take-Home Interview' stage with a deadline time (9:00 PST on 2 Nov) and a promised but unbooked "
         "review call. A take-home is an assessment, not a live interview; the deadline is not an interview time.")


def c07():
    cid = "b175-07-modernloop-take-home-review-call"
    co, role = "Fernwick", "Data Engineer (dbt / Airflow)"
    hannah = ("Hannah Doyle", "hannah.doyle@fernwick.example")
    kwame = ("Kwame Asante", "kwame.asante@fernwick.example")
    rosie = ("Rosie Flint", "rosie.flint@fernwick.example")
    s1 = T(2026, 4, 13, 9, 31, LON, 10)
    t1 = f"""Hi Inês,

Thanks again for the chat last week. As promised, here's our take-home for the {role} role:

https://fernwick.example/hiring/take-home/de-2026?token=4c1e7b

It's a small dbt project with some deliberately messy source data. Please timebox it to around three hours - we care much more about how you reason about the modelling than about polish. Send it back whenever suits you this week, ideally by Friday.

Once we've had a look, Rosie from our talent team will set up a review call where Kwame and I go through it with you.

Cheers,
Hannah

Hannah Doyle
Head of Data, Fernwick
London
"""
    m1 = gmail_mid("c07-1")
    start = wd(T(2026, 4, 21, 14, 0, LON), "Tuesday")
    end = start + timedelta(hours=1)
    sent = T(2026, 4, 17, 15, 2, UTC, 44)
    meet = "https://meet.google.com/fwk-rvwc-qtd"
    t2 = f"""Hi Inês,

Your interview with {co} is confirmed.

Take-home review call \u2013 {role}
{day_uk(start)}
{h24(start)} \u2013 {h24(end)} BST (London)

Interviewers
{hannah[0]} \u2013 Head of Data
{kwame[0]} \u2013 Senior Data Engineer

Where
Google Meet: {meet}

What to expect
You'll spend about 20 minutes walking Hannah and Kwame through your take-home submission, followed by questions on your modelling choices and how you would run it in production. No slides needed - sharing your screen with the repo open is perfect.

Need to reschedule? Use your candidate portal: https://candidate.modernloop.io/fernwick/{hx('c07p', 12)}
Questions? Reply to this email to reach {rosie[0]}, Talent Partner.

Powered by ModernLoop
"""
    org = ("Fernwick Interviews", "interviews@fernwick.example")
    ics = vcal("-//ModernLoop//ModernLoop Scheduler//EN", "REQUEST", [vev(
        f"ml-{huuid('c07uid')}@modernloop.io", start, end, sent, f"{co} | Take-home review | {OWNER_NAME}", org,
        [att(hannah[0], hannah[1], "ACCEPTED", rsvp=False), att(kwame[0], kwame[1], "ACCEPTED", rsvp=False),
         att(OWNER_NAME, OWNER)],
        f"Take-home review call for {role} with {hannah[0]} and {kwame[0]}.\nJoin: {meet}", meet,
        tzid="Europe/London")], ("Europe/London",))
    items = [
        ("01-fernwick-take-home.eml", mail("c07-1", s1, hannah, f"{co} take-home: {role}", gmail_body("c07-1", t1), mid=m1)),
        ("02-modernloop-review-call-confirmed.eml",
         vendor_mail("c07-2", sent, (f"{co} Talent", "notifications@modernloop.io"),
                     f"Interview confirmed: Take-home review \u2013 {co}", t2, reply_to=rosie,
                     attachments=[ics_att(ics, "invite.ics", "REQUEST")], brand=co,
                     host="mail-0.modernloop.io", ip="159.183.5.22")),
    ]
    case(cid, items, [iv(co, role, start, end, "scheduled", [hannah[1], kwame[1]], [hannah[1], kwame[1]], "technical")],
         "medium", "positive/take-home-review",
         "The take-home assignment itself (first mail) is not an interview; the live review call booked through "
         "ModernLoop is. 14:00 BST = 14:00 Lisbon (WEST). Organizer is a group calendar; coordinator only schedules.")


def c08():
    cid = "b175-08-calendly-reschedule-via-link"
    co, role = "Orrery Health", "Senior Data Engineer"
    dana = ("Dana Whitfield", "dana.whitfield@orrery-health.example")
    s1 = T(2026, 3, 6, 10, 14, NY, 22)
    t1 = f"""Hi Inês,

Thanks for applying to the {role} role at {co}! I'd love to set up a 30-minute intro call to learn more about you and walk you through the team and the process.

Grab any time that works on my calendar: https://calendly.com/dana-whitfield-orrery/intro-30

Small heads-up: the US switches to daylight saving time this Sunday (March 8) and Portugal doesn't until the end of the month, so my afternoon slots will show up one hour earlier for you than usual.

Talk soon,
Dana

Dana Whitfield | Senior Recruiter | {co}
"""
    m1 = gmail_mid("c08-1")
    uid = f"{huuid('c08uid')}@calendly.com"
    loc = "Zoom: https://orrery-health.zoom.us/j/81730046620"
    desc = f"Intro call for the {role} role at {co}."
    a_s = wd(T(2026, 3, 10, 16, 0, LIS), "Tuesday")
    a_e = a_s + timedelta(minutes=30)
    s2 = T(2026, 3, 6, 16, 40, UTC, 9)
    s3 = T(2026, 3, 9, 17, 55, NY, 40)
    t3 = """Hi Inês,

So sorry to do this - something came up for tomorrow and I can't make our call. Could you use the "Reschedule" link in your Calendly confirmation and pick another slot? Thursday is wide open on my side.

Apologies again!
Dana
"""
    m3 = gmail_mid("c08-3")
    b_s = wd(T(2026, 3, 12, 15, 30, LIS), "Thursday")
    b_e = b_s + timedelta(minutes=30)
    s4 = T(2026, 3, 9, 22, 18, UTC, 51)
    items = [
        ("01-orrery-intro-call.eml", mail("c08-1", s1, dana, f"Intro call - {role} at {co}", gmail_body("c08-1", t1), mid=m1)),
        ("02-calendly-confirmed.eml",
         calendly_mail("c08-2", s2, dana, "Intro call (30 min)", a_s, a_e, "Western European Time", uid, loc, desc)),
        ("03-orrery-need-to-move.eml",
         mail("c08-3", s3, dana, "Need to move our call tomorrow", gmail_body("c08-3", t3), mid=m3)),
        ("04-calendly-rescheduled.eml",
         calendly_mail("c08-4", s4, dana, "Intro call (30 min)", b_s, b_e, "Western European Time", uid, loc, desc,
                       seq=1, former=(a_s, a_e))),
    ]
    case(cid, items, [iv(co, role, b_s, b_e, "scheduled", [dana[1]], [dana[1]], "phone_screen")], "medium",
         "positive/reschedule-booking-link",
         "Calendly booking (Tue 10 Mar 16:00 Lisbon) moved by the candidate via the Calendly reschedule link after the "
         "recruiter asked: final time Thu 12 Mar 15:30-16:00 Lisbon (WET, = 11:30 EDT). One interview. The recruiter "
         "runs the call, so she is the interviewer.")


def c09():
    cid = "b175-09-vendor-demo-google-invite"
    jake = ("Jake Morrison", "jake.morrison@streamlet.example")
    start = wd(T(2026, 3, 20, 8, 0, LA), "Friday")
    end = start + timedelta(minutes=45)
    sent = T(2026, 3, 16, 21, 7, UTC, 33)
    desc = """Hi Inês - thanks for requesting a demo of Streamlet!

Agenda
- 10 min: discovery - your current stack (Airflow, dbt, Snowflake?), where freshness and lineage hurt today
- 25 min: live demo - anomaly detection, column-level lineage, incident workflow
- 10 min: Q&A, pricing for your client's team, trial setup

Our solutions engineer Priyanka may join for the technical deep-dive.

Jake Morrison
Account Executive, Streamlet"""
    items = [("01-invitation-streamlet-demo.eml", google_invite(
        "c09", sent, jake, [(jake[0], jake[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
        f"Streamlet <> {OWNER_NAME}: intro call & demo", start, end, "Pacific Time - Los Angeles", desc,
        f"{hx('c09uid', 26)}@google.com", meet="stm-dmox-pqa"))]
    case(cid, items, [], "medium", "negative/vendor-demo",
         "Google Calendar invite that looks exactly like a founder/recruiter 'intro call' but is a sales demo the "
         "user requested for a client; no hiring process.")


def c10():
    cid = "b175-10-calcom-founder-coffee-chat"
    co, role = "Kelpie", "Founding Data Engineer"
    ravi = ("Ravi Menon", "ravi@kelpie.example")
    s1 = T(2026, 10, 26, 8, 14, LA, 55)
    t1 = f"""Hi Inês,

Ana told me your pairing session on Friday went really well - congrats!

The last step in our process for the {role} role is a coffee chat with me. Very casual: no whiteboard, no prep, just 30 minutes to talk about how you like to work, what we're building, and anything you want to ask a founder before joining a 9-person company. I make the final call after this conversation, so it does count :)

Grab any slot that suits you here: https://cal.com/ravi-kelpie/coffee-chat

Ravi
Co-founder & CEO, Kelpie
San Francisco
"""
    m1 = gmail_mid("c10-1")
    start = wd(T(2026, 10, 29, 16, 30, LIS), "Thursday")
    end = start + timedelta(minutes=30)
    sent = T(2026, 10, 26, 17, 3, UTC, 12)
    items = [
        ("01-kelpie-coffee-chat.eml", mail("c10-1", s1, ravi, "Coffee? (last step)", gmail_body("c10-1", t1), mid=m1)),
        ("02-calcom-confirmed.eml", calcom_mail(
            "c10-2", sent, "Coffee chat", ravi, (OWNER_NAME, OWNER), start, end, "Europe/Lisbon",
            "Google Meet: https://meet.google.com/kel-pcof-xra",
            f"Final conversation for {role}. Looking forward to it!")),
    ]
    case(cid, items, [iv(co, role, start, end, "scheduled", [ravi[1]], [ravi[1]], "hiring_manager")], "hard",
         "positive/coffee-chat-founder",
         "Founder's 'casual coffee chat' that is explicitly the final step of the process (he makes the hiring call). "
         "Cal.com shows the time in the attendee's zone: 16:30 Lisbon (WET) on 29 Oct = 09:30 PDT - the week when "
         "Portugal is back on standard time but California is not.")


def c11():
    cid = "b175-11-freelance-client-kickoff"
    rui = ("Rui Tavares", "rui.tavares@marsalgado.example")
    s1 = T(2026, 10, 27, 11, 48, LIS, 30)
    t1 = """Olá Inês,

Good news - the contract and the statement of work are signed on our side (copy attached in the DocuSign email). We spoke with a few freelancers for this project and the team was unanimous, so we're very happy to have you on board for the data pipeline audit.

For the kickoff, I booked a slot on your Cal.com page for Monday morning. I'll bring Marta from finance and our IT lead so we can sort out access to the warehouse and the Airflow server on day one.

Agenda (draft)
1. Goals and deliverables for the 6-week audit
2. Access: VPN, Snowflake, Airflow, GitLab
3. Weekly check-in cadence and invoicing (monthly, 30 days)

Até segunda!
Rui

Rui Tavares
Head of Operations, Mar Salgado Logística
Porto
"""
    m1 = gmail_mid("c11-1")
    start = wd(T(2026, 11, 2, 10, 0, LIS), "Monday")
    end = start + timedelta(hours=1)
    sent = T(2026, 10, 27, 11, 40, UTC, 3)
    items = [
        ("01-calcom-new-event-kickoff.eml", calcom_mail(
            "c11-1b", sent, "Project kickoff", (OWNER_NAME, OWNER), rui, start, end, "Europe/Lisbon",
            "Google Meet: https://meet.google.com/msl-kick-ofa",
            "Kickoff - data pipeline audit (SOW #2026-014). Contract signed.", host_side=True)),
        ("02-mar-salgado-kickoff.eml", mail("c11-2", s1, rui, "Kickoff segunda-feira / contract signed",
                                            gmail_body("c11-2", t1), mid=m1)),
    ]
    case(cid, items, [], "hard", "negative/freelance-kickoff",
         "Cal.com booking on the user's own page by a freelance client after the contract is signed ('we spoke with a "
         "few freelancers'): the user is already engaged; a project kickoff is not an interview.")


def c12():
    cid = "b175-12-ashby-company-cancels-gmt"
    co, role = "Moorgate Ledger", "Data Engineer II"
    felix = ("Felix Ward", "felix.ward@moorgate-ledger.example")
    imogen = ("Imogen Price", "imogen.price@moorgate-ledger.example")
    start = wd(T(2026, 10, 29, 16, 0, LON), "Thursday")
    end = start + timedelta(hours=1)
    s1 = T(2026, 10, 21, 11, 20, UTC, 7)
    meet = "https://meet.google.com/mgl-tech-int"
    uid = f"{huuid('c12uid')}@ashbyhq.com"
    summ = f"{OWNER_NAME} <> {co}: Technical Interview (Data Modelling)"
    t1 = f"""Hi Inês,

Your next interview for the {role} role at {co} is confirmed.

Technical Interview \u2013 Data Modelling
{day_us(start)}
{hm12(start)} \u2013 {hm12(end)} GMT ({offs(start)})

Interviewer
{imogen[0]}, Staff Data Engineer

Location
Google Meet: {meet}

Imogen will share a small ledger dataset and ask you to design the models for month-end reporting, talking through your choices as you go. Please note that UK clocks go back on Sunday 25 October, so the interview is in GMT rather than BST.

A calendar invitation is attached. Questions? Reply to this email to reach {felix[0]}.

Best,
{co} Talent
"""
    org = felix
    ics1 = ashby_ics(uid, start, end, s1, summ, org,
                     [att(imogen[0], imogen[1], "ACCEPTED", rsvp=False), att(OWNER_NAME, OWNER)],
                     f"Technical Interview (Data Modelling) for {role} with {imogen[0]}.\nGoogle Meet: {meet}", meet,
                     tzid="Europe/London")
    s2 = T(2026, 10, 27, 9, 48, UTC, 31)
    t2 = f"""Hi Inês,

I'm really sorry to be writing this. We've just been told that hiring for the {role} role is on hold until at least Q1 following a budget review, so we need to cancel Thursday's interview with Imogen. You'll get an automatic cancellation from our system in a moment.

This has nothing to do with you - the team was genuinely excited after your first round. If the role reopens, I'll contact you first, and I'm happy to pass your details to a couple of people I know who are hiring.

Sorry again,
Felix

Felix Ward
Talent Partner, {co}
London
"""
    m2 = gmail_mid("c12-2")
    s3 = T(2026, 10, 27, 9, 52, UTC, 4)
    t3 = f"""Hi Inês,

The following interview has been cancelled by {co}:

Technical Interview \u2013 Data Modelling
{day_us(start)}
{hm12(start)} \u2013 {hm12(end)} GMT

If you have any questions, reply to this email to reach {felix[0]}.

{co} Talent
"""
    ics3 = ashby_ics(uid, start, end, s3, summ, org,
                     [att(imogen[0], imogen[1], "ACCEPTED", rsvp=False), att(OWNER_NAME, OWNER)],
                     "This interview has been cancelled.", meet, method="CANCEL", seq=1, status="CANCELLED",
                     tzid="Europe/London")
    items = [
        ("01-moorgate-interview-confirmation.eml",
         ashby_mail("c12-1", s1, co, felix, f"Interview Confirmation: {role} at {co}", t1,
                    [ics_att(ics1, "invite.ics", "REQUEST")])),
        ("02-moorgate-thursday-interview.eml",
         mail("c12-2", s2, felix, f"Thursday's interview - {role}", gmail_body("c12-2", t2), mid=m2)),
        ("03-moorgate-interview-cancelled.eml",
         ashby_mail("c12-3", s3, co, felix, f"Interview Cancelled: {role} at {co}", t3,
                    [ics_att(ics3, "cancel.ics", "CANCEL")])),
    ]
    case(cid, items, [iv(co, role, start, end, "cancelled", [imogen[1]], [imogen[1]], "technical")], "medium",
         "positive/cancellation-by-company",
         "Ashby-scheduled technical interview (16:00 GMT on 29 Oct, after the UK clock change; Lisbon identical) "
         "cancelled by the company (role on hold) by e-mail and METHOD:CANCEL/SEQUENCE:1. Kept with status cancelled. "
         "Followup rule applied as written (interviewer known -> interviewer), although the talent partner wrote.")


def c13():
    cid = "b175-13-deel-onboarding-after-offer"
    co = "Lumen Yard"
    sofia = ("Sofia Lindgren", "sofia.lindgren@lumenyard.example")
    s1 = T(2026, 10, 26, 9, 12, NY, 40)
    t1 = f"""Hi Inês,

Welcome to {co}! Your offer for the Senior Data Engineer role is countersigned - we're thrilled. Your start date is Monday, November 9.

Since you'll be working with us as a contractor from Portugal, we pay through Deel. You'll receive an invitation from Deel shortly to review and sign the contractor agreement and set up your payment details.

I've also put a 30-minute onboarding call in our calendars for next Monday to walk through Deel, invoicing, your laptop order and your first-week plan. No more interviews, promise - this one is just admin!

Sofia

Sofia Lindgren
People Operations, {co}
"""
    m1 = gmail_mid("c13-1")
    s2 = T(2026, 10, 26, 14, 20, UTC, 15)
    t2 = f"""Hi {OWNER_NAME},

{sofia[0]} from {co} has invited you to Deel.

{co} would like to work with you as an independent contractor. Create your account to review and sign your contract, complete your tax forms and add a withdrawal method.

Join Deel: https://app.deel.com/invite/{hx('c13inv', 20)}

Contract: Senior Data Engineer \u2013 Independent Contractor Agreement
Start date: Nov 9, 2026
Payment: Monthly, in EUR

Deel Inc. \u00b7 650 2nd Street, San Francisco, CA 94107
You are receiving this email because {co} added you as a contractor on Deel.
"""
    start = wd(T(2026, 11, 2, 9, 0, NY), "Monday")
    end = start + timedelta(minutes=30)
    s3 = T(2026, 10, 26, 14, 35, UTC, 2)
    desc = ("Welcome aboard! Agenda:\n- Deel account + contractor agreement walkthrough\n- Invoicing cadence (monthly)\n"
            "- Laptop + equipment order\n- First-week plan and buddy intro\n\nSofia")
    items = [
        ("01-lumenyard-welcome.eml", mail("c13-1", s1, sofia, f"Welcome to {co}! Next steps", gmail_body("c13-1", t1), mid=m1)),
        ("02-deel-invitation.eml", vendor_mail("c13-2", s2, ("Deel", "no-reply@deel.com"), f"{co} has invited you to Deel", t2,
                                                brand="deel.", host="mail-10.deel.com", ip="159.135.224.10")),
        ("03-invitation-deel-onboarding.eml", google_invite(
            "c13-3", s3, sofia, [(sofia[0], sofia[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
            f"Onboarding call: Deel setup + equipment ({OWNER_NAME})", start, end, "Eastern Time - New York", desc,
            f"{hx('c13uid', 26)}@google.com", meet="lmy-onbd-dee")),
    ]
    case(cid, items, [], "medium", "negative/onboarding-after-offer",
         "Offer accepted, Deel contractor invite, then a Google Calendar 'onboarding call' with People Ops. Post-offer "
         "onboarding is not an interview (the mail even mentions interviews being over).")


def c14():
    cid = "b175-14-founders-two-rounds-google-invites"
    co, role = "Cobalt Harbor", "Senior Data Engineer"
    nadia = ("Nadia Feld", "nadia@cobaltharbor.example")
    eli = ("Eli Brooks", "eli@cobaltharbor.example")
    a_s = wd(T(2026, 3, 9, 12, 0, NY), "Monday")
    a_e = a_s + timedelta(minutes=30)
    s1 = T(2026, 3, 5, 20, 31, UTC, 2)
    d1 = (f"Hey Inês - looking forward to it! I'd love to hear about the pipelines you've built and tell you about the "
          f"{role} role and where {co} is headed.\n\nNadia (CEO)")
    s2 = T(2026, 3, 9, 13, 2, NY, 44)
    t2 = f"""Hi Inês,

Great chatting today - thanks for the thoughtful questions.

Next step is a technical deep-dive with Eli, our CTO and co-founder. He'll send you an invite directly. Plan for about 75 minutes, mostly talking through a real ingestion problem we have (carrier EDI feeds, yes really). No prep needed.

Best,
Nadia

Nadia Feld
Co-founder & CEO, {co}
"""
    m2 = gmail_mid("c14-2")
    b_s = wd(T(2026, 3, 13, 10, 0, NY), "Friday")
    b_e = b_s + timedelta(minutes=75)
    s3 = T(2026, 3, 9, 19, 40, UTC, 18)
    d3 = ("Technical deep-dive for the Senior Data Engineer role. We'll whiteboard (virtually) how you'd ingest, "
          "validate and replay our carrier EDI feeds. Bring opinions!\n\nEli")
    items = [
        ("01-invitation-cobalt-intro.eml", google_invite(
            "c14-1", s1, nadia, [(nadia[0], nadia[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
            f"{co} <> {OWNER_NAME}: intro", a_s, a_e, "Eastern Time - New York", d1,
            f"{hx('c14uid1', 26)}@google.com", meet="cbh-intr-nfd")),
        ("02-cobalt-next-step.eml", mail("c14-2", s2, nadia, f"{co} - next step", gmail_body("c14-2", t2), mid=m2)),
        ("03-invitation-cobalt-technical.eml", google_invite(
            "c14-3", s3, eli, [(eli[0], eli[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
            f"{co} technical deep-dive ({OWNER_NAME} / Eli)", b_s, b_e, "Eastern Time - New York", d3,
            f"{hx('c14uid2', 26)}@google.com", meet="cbh-tech-elb")),
    ]
    case(cid, items, [
        iv(co, role, a_s, a_e, "scheduled", [nadia[1]], [nadia[1]], "phone_screen"),
        iv(co, role, b_s, b_e, "scheduled", [eli[1]], [eli[1]], "technical"),
    ], "medium", "positive/two-interviews-founders",
        "Two separate rounds with the same startup, each a Google Calendar invite from a founder. The first was sent on "
        "5 Mar (US still on EST) for Mon 9 Mar, the first weekday of US DST: 12:00 EDT = 16:00 Lisbon. Second: Fri 13 Mar "
        "10:00-11:15 EDT (14:00 Lisbon).")


def c15():
    cid = "b175-15-founder-invite-wrong-lisbon-conversion"
    co, role = "Driftwood AI", "Data Engineer (ML Platform)"
    caleb = ("Caleb Osei", "caleb@driftwood-ai.example")
    start = wd(T(2026, 10, 28, 9, 0, LA), "Wednesday")
    end = start + timedelta(hours=1)
    s1 = T(2026, 10, 22, 16, 48, LA, 10)
    t1 = f"""Hi Inês,

Thanks for sending over the take-home - really thoughtful write-up on the late-arriving data problem.

The last round for the {role} role is a one-hour conversation with me. How about Wednesday the 28th at 9am PT? I think that's 5pm for you in Lisbon. I'll send a calendar invite now - shout if it doesn't work.

Caleb

Caleb Osei
Co-founder & CEO, {co}
"""
    m1 = gmail_mid("c15-1")
    s2 = T(2026, 10, 23, 0, 2, UTC, 51)
    uidbase = hx("c15uid", 26)
    desc = f"Final round for {role}: 1 hour with Caleb. We'll talk through your take-home and then the ML platform roadmap."
    s_q = T(2026, 10, 26, 9, 15, LIS, 2)
    q = """Hi Caleb,

Accepted the invite, thanks! One correction on the time difference: Portugal changed clocks yesterday and the US only changes on 1 November, so on Wednesday 9am PT is 4pm here, not 5pm. No problem at all - I'll join at 4pm Lisbon time.

Best,
Inês"""
    m_q = f"<{hx('c15q', 16).upper()}-{hx('c15q2', 4).upper()}@example.com>"
    s3 = T(2026, 10, 26, 7, 40, LA, 19)
    t3 = """Ha, good catch - I always forget Europe switches first. 9am PT stands, see you Wednesday!

Caleb"""
    m3 = gmail_mid("c15-3")
    ev = gcal_event("c15", s2, T(2026, 10, 26, 9, 16, UTC, 40), f"{co} final round: {OWNER_NAME} x Caleb", desc, caleb,
                    at(start, LIS).strftime("%Y-%m-%dT%H:%M:%SZ"), at(end, LIS).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "America/Los_Angeles",
                    [{"email": caleb[1], "displayName": caleb[0], "organizer": True, "responseStatus": "accepted"},
                     {"email": OWNER, "self": True, "responseStatus": "accepted"}], meet="dft-finl-cos", eid=uidbase)
    assert at(start, LIS).utcoffset() == timedelta(0)
    items = [
        ("01-driftwood-final-round.eml", mail("c15-1", s1, caleb, f"{co} - final round", gmail_body("c15-1", t1), mid=m1)),
        ("02-invitation-driftwood-final.eml", google_invite(
            "c15-2", s2, caleb, [(caleb[0], caleb[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
            f"{co} final round: {OWNER_NAME} x Caleb", start, end, "Pacific Time - Los Angeles", desc,
            f"{uidbase}@google.com", meet="dft-finl-cos")),
        ("03-re-driftwood-final-round.eml",
         mail("c15-3", s3, caleb, f"Re: {co} - final round",
              gmail_body("c15-3", t3, f"On Mon, Oct 26, 2026 at {hm12(at(s_q, LA)).replace(' ', chr(0x202f))} {OWNER_NAME} <{OWNER}> wrote:", q),
              mid=m3, in_reply_to=m_q, refs=[m1, m_q])),
        ("04-driftwood-final.gcal.json", ev),
    ]
    case(cid, items, [iv(co, role, start, end, "scheduled", [caleb[1]], [caleb[1]], "hiring_manager")], "hard",
         "positive/dst-gap-conflicting-conversion",
         "Founder proposes '9am PT, I think that's 5pm in Lisbon' - wrong for 28 Oct (Portugal already on WET, US still "
         "PDT). Invite, Calendar API event (dateTime in Z, timeZone America/Los_Angeles) and the follow-up thread all "
         "settle on 09:00 PDT = 16:00 Lisbon. One interview across mail + invite + API event.")


def c16():
    cid = "b175-16-remote-com-onboarding-outlook-ics"
    hana = ("Hana Sato", "hana.sato@tallowtree.example")
    leo = ("Leo Marsh", "leo.marsh@tallowtree.example")
    start = wd(T(2026, 3, 30, 10, 0, LON), "Monday")
    end = start + timedelta(minutes=45)
    stamp = T(2026, 3, 24, 11, 6, UTC, 0)
    desc = ("Hi Inês,\n\nCongratulations again on accepting our offer for the Senior Data Engineer role - the whole "
            "interview panel was delighted!\n\nAs we'll employ you in Portugal through Remote.com (our Employer of "
            "Record), this call covers:\n- your Remote.com account and employment contract\n- NIF / NISS and IBAN details "
            "for payroll\n- benefits, holidays and equipment\n- your start date (Monday 13 April)\n\nLeo from People Ops "
            "will join too.\n\nHana\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or "
            "room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            + hx("c16t", 40) + "%40thread.v2/0>\nMeeting ID: 371 902 448 115\nPasscode: 9hQ4wP\n" + "_" * 80)
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ["GMT Standard Time"]
    lines += ["BEGIN:VEVENT",
              f"ORGANIZER;CN={hana[0]}:mailto:{hana[1]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
              f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={leo[0]}:mailto:{leo[1]}",
              f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
              "UID:040000008200E00074C5B7101A82E00800000000" + hx("c16uid", 56).upper(),
              f"SUMMARY;LANGUAGE=en-GB:Remote.com onboarding \u2013 {OWNER_NAME} (Portugal EOR)",
              f"DTSTART;TZID=GMT Standard Time:{icsl(start, LON)}",
              f"DTEND;TZID=GMT Standard Time:{icsl(end, LON)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{icsz(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits('c16o', 10)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    items = [("01-remote-com-onboarding.ics", ical(lines))]
    case(cid, items, [], "hard", "negative/onboarding-after-offer",
         "Standalone Outlook .ics (Windows TZID 'GMT Standard Time') for an Employer-of-Record onboarding call after "
         "the offer was accepted; mentions the 'interview panel' and the start date but is not an interview.")


def c17():
    cid = "b175-17-thread-uk-cto-systems-design"
    co, role = "Larder", "Senior Data Engineer"
    oliver = ("Oliver Grant", "oliver@larder.example")
    tom = ("Tom Achebe", "tom.achebe@larder.example")
    s1 = wd(T(2026, 3, 23, 9, 12, LON, 40), "Monday")
    t1 = f"""Hi Inês,

Really enjoyed our first chat last week. The next step for the {role} role is a systems design conversation with me and Tom (cc'd), who leads our data platform. It's about an hour, conversational, on Google Meet - we'll sketch how you'd rebuild our demand-forecasting pipeline.

Would Wednesday afternoon or Thursday from 2pm UK time work this week?

Cheers,
Oliver

Oliver Grant
CTO, {co}
"""
    m1 = gmail_mid("c17-1")
    s_q = T(2026, 3, 23, 11, 40, LIS, 5)
    q = """Hi Oliver,

Thanks, likewise! Thursday at 3pm UK time works well for me - conveniently that's also 3pm here in Lisbon. Looking forward to meeting you both.

Best,
Inês"""
    m_q = f"<{hx('c17q', 16).upper()}-{hx('c17q2', 4).upper()}@example.com>"
    qq = q + "\n\n" + f"On Mon, 23 Mar 2026 at {h24(s1)}, {oliver[0]} <{oliver[1]}> wrote:\n" + quoted_block(t1)
    s3 = T(2026, 3, 23, 12, 5, LON, 51)
    t3 = """Perfect - Thursday at 3pm it is. Tom or I will drop a Meet link in here on the day.

Oliver"""
    m3 = gmail_mid("c17-3")
    start = wd(T(2026, 3, 26, 15, 0, LON), "Thursday")
    assert start.utcoffset() == timedelta(0) and at(start, LIS).hour == 15
    end = start + timedelta(hours=1)
    cc = A(*tom)
    items = [
        ("01-larder-next-step.eml", mail("c17-1", s1, oliver, f"{co} - next step", gmail_body("c17-1", t1), mid=m1, cc=cc)),
        ("02-re-larder-next-step.eml", mail(
            "c17-3", s3, oliver, f"Re: {co} - next step",
            gmail_body("c17-3", t3, f"On Mon, 23 Mar 2026 at {h24(at(s_q, LON))}, {OWNER_NAME} <{OWNER}> wrote:", qq),
            mid=m3, cc=cc, in_reply_to=m_q, refs=[m1, m_q])),
    ]
    case(cid, items, [iv(co, role, start, end, "scheduled", [oliver[1], tom[1]], [oliver[1], tom[1]], "technical")],
         "medium", "positive/thread-propose-confirm",
         "Plain e-mail thread, no invite: CTO proposes 'this week', candidate picks Thursday 3pm UK, CTO confirms. "
         "Thursday of the week of Mon 23 Mar = 26 Mar, 15:00 GMT (UK and Portugal still on winter time until 29 Mar). "
         "'About an hour' -> end 16:00. Tom is Cc'd and co-interviews.")


def c18():
    cid = "b175-18-goodtime-availability-request"
    co = "Pebblebank"
    nina = ("Nina Alvarez", "nina.alvarez@pebblebank.example")
    sent = T(2026, 3, 6, 15, 10, UTC, 27)
    wk = wd(T(2026, 3, 16, 0, 0, NY), "Monday")
    dl = wd(T(2026, 3, 10, 0, 0, NY), "Tuesday")
    text = f"""Hi Inês,

Congratulations on moving to the final round for the Analytics Platform Engineer role at {co}!

Our final round is a virtual onsite: four 45-minute interviews (SQL, pipeline design, behavioral and a hiring manager conversation) on a single day. Please share your availability for the week of {wk:%B} {wk.day} by {dl:%A}, {dl:%B} {dl.day}.

Share your availability: https://app.goodtime.io/availability/{huuid('c18av')}

Times are displayed in your local time zone. Our interviewers are based in New York and can host sessions between 9:00 AM and 2:00 PM ET.

Once we've lined up your interview panel, you'll receive a confirmation with your full schedule and calendar invites.

Best,
{nina[0]}
Recruiting Coordinator, {co}

Scheduled with GoodTime \u00b7 https://goodtime.io
"""
    items = [("01-pebblebank-availability.eml",
              vendor_mail("c18", sent, (f"{co} Recruiting", "notifications@goodtime.io"),
                          f"Action needed: share your availability for your {co} final interviews", text, reply_to=nina,
                          brand=co, host="mail-a9.goodtime.io", ip="198.21.0.94"))]
    case(cid, items, [], "medium", "negative/availability-request",
         "GoodTime availability request for a virtual onsite: vocabulary of a scheduled loop but nothing is booked yet.")


def c19():
    cid = "b175-19-teams-hiring-manager-windows-tzid"
    co, role = "Veridian Grid", "Senior Data Engineer, Forecasting"
    rachel = ("Rachel Nguyen", "rachel.nguyen@veridian-grid.example")
    marcus = ("Marcus Bell", "marcus.bell@veridian-grid.example")
    start = wd(T(2026, 3, 16, 8, 30, LA), "Monday")
    end = start + timedelta(minutes=45)
    sent = T(2026, 3, 11, 16, 5, UTC, 33)
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + hx("c19t", 40)
             + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + huuid("c19tid") + "%22%7d")
    when = f"When: {day_us(start)} {hm12(start)}-{hm12(end)} (UTC-08:00) Pacific Time (US & Canada)."
    msg = f"""Hi Inês,

Sending over the invite for your hiring manager interview with {marcus[0]}, our Director of Data Engineering, for the {role} position. Marcus will focus on your experience with time-series pipelines and how you'd approach our load-forecasting stack. It's 45 minutes on Teams.

Best regards,
Rachel

{rachel[0]}
Talent Partner | {co}
Seattle, WA
"""
    teamsblk = ("_" * 80 + "\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
                f"Join the meeting now<{teams}>\nMeeting ID: 283 114 650 927\nPasscode: Xk7rQ2Zp\n" + "_" * 32 +
                "\nFor organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>\n" + "_" * 80)
    plain = f"{when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{msg}\n{teamsblk}\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<div><p style="font-family:Aptos,sans-serif">{html.escape(when)}<br>Where: Microsoft Teams Meeting</p>'
           '<p>*~*~*~*~*~*~*~*~*~*</p></div>'
           f'<div style="font-family:Aptos,sans-serif;font-size:11pt">{to_html_paras(msg)}</div>'
           f'<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">{"_" * 80}</span>'
           f'<div style="margin-top:24px"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> '
           f'<a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></div>'
           f'<div><a href="{html.escape(teams)}">Join the meeting now</a></div>'
           '<div>Meeting ID: 283 114 650 927<br>Passcode: Xk7rQ2Zp</div></div></body></html>\n')
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ["Pacific Standard Time"]
    lines += ["BEGIN:VEVENT",
              f"ORGANIZER;CN={rachel[0]}:mailto:{rachel[1]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={marcus[0]}:mailto:{marcus[1]}",
              f"DESCRIPTION;LANGUAGE=en-US:{esc(msg + chr(10) + teamsblk)}",
              "UID:040000008200E00074C5B7101A82E00800000000" + hx("c19uid", 56).upper(),
              f"SUMMARY;LANGUAGE=en-US:{co} \u2013 Hiring Manager Interview \u2013 {OWNER_NAME}",
              f"DTSTART;TZID=Pacific Standard Time:{icsl(start, LA)}",
              f"DTEND;TZID=Pacific Standard Time:{icsl(end, LA)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{icsz(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", f"X-MICROSOFT-CDO-OWNERAPPTID:{digits('c19o', 10)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              f"X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    root = multi("alternative", b_outlook("c19"), [
        leaf("text/plain", plain, "quoted-printable", charset="utf-8"),
        leaf("text/html", htm, "quoted-printable", charset="utf-8"),
        leaf("text/calendar", ical(lines), "base64", charset="utf-8", params="method=REQUEST"),
    ])
    mid = f"<SA1PR11MB{digits('c19m', 4)}{hx('c19m', 12).upper()}@SA1PR11MB{digits('c19m2', 4)}.namprd11.prod.outlook.com>"
    h = [("Delivered-To", OWNER),
         ("Received", received(sent, "mail-bn8nam12on2091.outbound.protection.outlook.com", "40.107.237.91", "c19")),
         ("Return-Path", f"<{rachel[1]}>"),
         ("From", A(*rachel)), ("To", A(OWNER_NAME, OWNER) + ", " + A(*marcus)),
         ("Subject", subj(f"{co} \u2013 Hiring Manager Interview \u2013 {OWNER_NAME}")),
         ("Thread-Topic", subj(f"{co} \u2013 Hiring Manager Interview \u2013 {OWNER_NAME}")),
         ("Thread-Index", base64.b64encode(bytes.fromhex(hx("c19ti", 44))).decode()),
         ("Date", rfc(sent)), ("Message-ID", mid), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
         ("X-MS-Exchange-Organization-SCL", "1")]
    items = [("01-veridian-hiring-manager-interview.eml", eml(h, root))]
    case(cid, items, [iv(co, role, start, end, "scheduled", [marcus[1]], [marcus[1]], "hiring_manager")], "hard",
         "positive/outlook-windows-tzid-dst-gap",
         "Exchange/Teams invite with TZID 'Pacific Standard Time' and a body 'When:' line using Outlook's static "
         "'(UTC-08:00) Pacific Time' display label. On 16 Mar PDT applies: 08:30 = 15:30Z = 15:30 Lisbon. The organizer "
         "(talent partner) only schedules; the hiring manager interviews.")


def c20():
    cid = "b175-20-user-is-contract-interviewer"
    diego = ("Diego Ramírez", "diego.ramirez@mailbox.example")
    start = wd(T(2026, 10, 27, 13, 0, NY), "Tuesday")
    end = start + timedelta(hours=1)
    sent = T(2026, 10, 22, 13, 0, UTC, 41)
    ls, le = at(start, LIS), at(end, LIS)
    room = f"https://app.panelry.example/room/{hx('c20r', 16)}"
    text = f"""Hi Inês,

Thanks for accepting this assignment! You're confirmed as the interviewer for the session below.

Candidate: {diego[0]}
Role being hired for: Senior Data Engineer (client: Series B fintech, confidential)
Interview type: Technical \u2013 Data pipelines (question set DE-3, 60 min)
When: {day_us(start)}, {hm12(start)} \u2013 {hm12(end)} EDT ({hm12(ls)} \u2013 {hm12(le)} in your time zone, Europe/Lisbon)
Interviewer room: {room}

Reminders
- Join 5 minutes early and test your audio.
- Submit your scorecard within 2 hours of the interview.
- Payout: EUR 95, released once the scorecard is submitted.

Can't make it anymore? Release the slot at least 24 hours in advance from your interviewer dashboard.

Panelry Interviewer Support
"""
    ics = vcal("-//Panelry//Interview Scheduler//EN", "REQUEST", [vev(
        f"{huuid('c20uid')}@panelry.example", start, end, sent,
        f"[Interviewer] Senior Data Engineer \u2013 {diego[0]}", ("Panelry Scheduling", "scheduling@panelry.example"),
        [att(OWNER_NAME, OWNER, "ACCEPTED", "CHAIR", False), att(diego[0], diego[1], "ACCEPTED", rsvp=False)],
        f"You are the interviewer. Candidate: {diego[0]}. Question set DE-3.\nRoom: {room}", room)])
    items = [("01-panelry-assignment-confirmed.eml",
              vendor_mail("c20", sent, ("Panelry", "assignments@panelry.example"),
                          f"Assignment confirmed: Senior Data Engineer interview \u2013 {start:%a}, {start:%b} {start.day}, {hm12(start)} EDT",
                          text, reply_to=("Panelry Interviewer Support", "interviewers@panelry.example"),
                          attachments=[ics_att(ics, "interview.ics", "REQUEST")], brand="Panelry",
                          host="mail.panelry.example", ip="203.0.113.25"))]
    case(cid, items, [], "hard", "negative/user-is-interviewer",
         "Interview-as-a-service platform assigns the user (ROLE=CHAIR) to interview a candidate; a real interview "
         "invite with times and an .ics, but the user is the interviewer.")


def c21():
    cid = "b175-21-google-reschedule-across-us-dst-end"
    co, role = "Ferrylight", "Data Engineer, Analytics Platform"
    alicia = ("Alicia Moreno", "alicia.moreno@ferrylight.example")
    dev = ("Dev Patel", "dev.patel@ferrylight.example")
    a_s = wd(T(2026, 10, 30, 10, 0, NY), "Friday")
    a_e = a_s + timedelta(hours=1)
    b_s = wd(T(2026, 11, 2, 10, 0, NY), "Monday")
    b_e = b_s + timedelta(hours=1)
    uid = f"{hx('c21uid', 26)}@google.com"
    title = f"{co}: Technical Interview \u2013 {OWNER_NAME} ({role})"
    desc = (f"Technical interview with {dev[0]} (Staff Data Engineer): a walkthrough of a pipeline you've built, then a "
            "live SQL/Python exercise.\n\nQuestions? Reply to Alicia.")
    guests = [(alicia[0], alicia[1], "ACCEPTED"), (dev[0], dev[1], "ACCEPTED"), ("", OWNER, "ACCEPTED")]
    s1 = T(2026, 10, 23, 14, 10, UTC, 5)
    s2 = T(2026, 10, 28, 11, 32, NY, 50)
    t2 = f"""Hi Inês,

Dev is out sick this week, so unfortunately we need to move Friday's technical interview. Would Monday, November 2 at the same time (10am ET) work for you?

Note that US clocks change this Sunday, so 10am ET on Monday would be 3pm for you rather than 2pm.

Thanks for your flexibility,
Alicia

Alicia Moreno
Recruiting Lead, {co}
"""
    m2 = gmail_mid("c21-2")
    s_q = T(2026, 10, 28, 15, 50, LIS, 12)
    q = """Hi Alicia,

No problem at all - Monday at 10am ET (3pm Lisbon) works for me. Hope Dev feels better soon!

Inês"""
    m_q = f"<{hx('c21q', 16).upper()}-{hx('c21q2', 4).upper()}@example.com>"
    s3 = T(2026, 10, 28, 11, 58, NY, 3)
    t3 = "Thank you! Updated invite on its way.\n\nAlicia"
    m3 = gmail_mid("c21-3")
    s4 = T(2026, 10, 28, 16, 5, UTC, 12)
    items = [
        ("01-invitation-ferrylight-technical.eml", google_invite(
            "c21-1", s1, alicia, guests[:2] + [("", OWNER, "NEEDS-ACTION")], title, a_s, a_e, "Eastern Time - New York",
            desc, uid, meet="fly-tech-dpt")),
        ("02-ferrylight-moving-interview.eml", mail("c21-2", s2, alicia, "Moving Friday's interview",
                                                    gmail_body("c21-2", t2), mid=m2)),
        ("03-re-ferrylight-moving-interview.eml", mail(
            "c21-3", s3, alicia, "Re: Moving Friday's interview",
            gmail_body("c21-3", t3, f"On Wed, Oct 28, 2026 at {hm12(at(s_q, NY)).replace(' ', chr(0x202f))} {OWNER_NAME} <{OWNER}> wrote:", q),
            mid=m3, in_reply_to=m_q, refs=[m2, m_q])),
        ("04-updated-invitation-ferrylight-technical.eml", google_invite(
            "c21-4", s4, alicia, guests, title, b_s, b_e, "Eastern Time - New York", desc, uid, seq=1, kind="updated",
            meet="fly-tech-dpt",
            changed=f"{b_s:%A} {b_s:%b} {b_s.day}, {b_s.year} \u22c5 {g12(b_s)} \u2013 {g12(b_e)} (was {a_s:%A} {a_s:%b} {a_s.day} \u22c5 {g12(a_s)} \u2013 {g12(a_e)})")),
    ]
    case(cid, items, [iv(co, role, b_s, b_e, "scheduled", [dev[1]], [dev[1]], "technical")], "hard",
         "positive/reschedule-sequence-dst",
         "Google invite for Fri 30 Oct 10:00 EDT (14:00 Lisbon) moved by e-mail + 'Updated invitation' (same UID, "
         "SEQUENCE:1) to Mon 2 Nov 10:00 EST - same wall-clock time in New York but the offset changes (US DST ended "
         "1 Nov): 15:00 Lisbon. One interview at the final time; recruiter organizer is not an interviewer.")


def c22():
    cid = "b175-22-take-home-review-relative-date-body-only"
    co, role = "Parcelwise", "Data Engineer"
    brianna = ("Brianna Cole", "brianna.cole@parcelwise.example")
    kenji = ("Kenji Watanabe", "kenji.watanabe@parcelwise.example")
    ruth = ("Ruth Adeyemi", "ruth.adeyemi@parcelwise.example")
    s1 = wd(T(2026, 3, 18, 13, 47, NY, 9), "Wednesday")
    start = wd(T(2026, 3, 19, 14, 0, NY), "Thursday")
    assert start.date() == s1.date() + timedelta(days=1) and at(start, LIS).hour == 18
    end = start + timedelta(minutes=45)
    t1 = f"""Hi Inês,

Thanks for turning the take-home around so quickly - Kenji and Ruth really enjoyed reading it.

The next step for the {role} role is a 45-minute call where you walk them through your solution and they ask follow-up questions. Would tomorrow (Thursday) at 2pm ET work? That should be 6pm in Lisbon - we're only 4 hours apart until your clocks change on the 29th.

You'll be meeting:
- {kenji[0]}, Senior Data Engineer ({kenji[1]})
- {ruth[0]}, Analytics Engineering Lead ({ruth[1]})

Best,
Brianna

Brianna Cole
Recruiter, {co}
"""
    m1 = gmail_mid("c22-1")
    s_q = T(2026, 3, 18, 18, 2, LIS, 40)
    q = """Hi Brianna,

Tomorrow at 2pm ET (6pm here) works perfectly - looking forward to it.

Inês"""
    m_q = f"<{hx('c22q', 16).upper()}-{hx('c22q2', 4).upper()}@example.com>"
    s3 = T(2026, 3, 18, 14, 20, NY, 15)
    t3 = f"""Wonderful - you're confirmed for tomorrow, 2:00-2:45pm ET, with Kenji and Ruth.

Zoom: https://parcelwise.zoom.us/j/86620153374?pwd=UGFyY2Vsd2lzZS1yZXZpZXc
Meeting ID: 866 2015 3374

Good luck!
Brianna"""
    m3 = gmail_mid("c22-3")
    items = [
        ("01-parcelwise-take-home-review.eml", mail("c22-1", s1, brianna, f"{co} - {role} - take-home review call",
                                                    gmail_body("c22-1", t1), mid=m1)),
        ("02-re-parcelwise-take-home-review.eml", mail(
            "c22-3", s3, brianna, f"Re: {co} - {role} - take-home review call",
            gmail_body("c22-3", t3, f"On Wed, Mar 18, 2026 at {hm12(at(s_q, NY)).replace(' ', chr(0x202f))} {OWNER_NAME} <{OWNER}> wrote:", q),
            mid=m3, in_reply_to=m_q, refs=[m1, m_q])),
    ]
    case(cid, items, [iv(co, role, start, end, "scheduled", [kenji[1], ruth[1]], [kenji[1], ruth[1]], "technical")],
         "hard", "positive/take-home-review-relative-date",
         "Body-only thread: 'tomorrow (Thursday) at 2pm ET' in a mail dated Wed 18 Mar -> Thu 19 Mar 14:00 EDT "
         "(18:00 Lisbon, 4 h gap before EU DST). Duration 45 min. Interviewer addresses are given in the text; the "
         "recruiter only schedules.")


# ============================================================================= main
ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    for fn in ALL:
        fn()
    ids = sorted(CASES)
    assert len(ids) == 22
    assert [i.split("-")[1] for i in ids] == [f"{n:02d}" for n in range(1, 23)]
    for d in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, d)
        if d.startswith("b175-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid in ids:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for name, text in CASES[cid]:
            with open(os.path.join(d, name), "wb") as f:
                f.write(text.encode("utf-8"))
    out = {cid: LABELS[cid] for cid in ids}
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind175 labels - generated by make_cases.py (do not edit by hand)\n")
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None)
    pos = sum(1 for c in out.values() if c["interview"])
    n_iv = sum(len(c["interviews"]) for c in out.values())
    n_c = sum(1 for c in out.values() for i in c["interviews"] if i["status"] == "cancelled")
    print(f"{len(ids)} cases, {pos} positive, {len(ids) - pos} negative, {n_iv} interviews ({n_c} cancelled)")


if __name__ == "__main__":
    main()
