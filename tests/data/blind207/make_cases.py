#!/usr/bin/env python3
"""Regenerate the blind207 evaluation set (cases + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from
seeds with sha256). Standard library + PyYAML only; every UTC offset comes from zoneinfo.

    python make_cases.py
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
PREFIX = "b207-"

OWNER = "marisol.tenorio@example.com"
OWNER_NAME = "Marisol Tenorio"

UTC = timezone.utc
TOR = ZoneInfo("America/Toronto")
LA = ZoneInfo("America/Los_Angeles")
VAN = ZoneInfo("America/Vancouver")
DEN = ZoneInfo("America/Denver")


# ---------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=TOR, wd=None, off=None):
    """Aware datetime; optionally assert the weekday named in text and the offset."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%A") == wd, (x, wd)
    if off is not None:
        assert x.isoformat()[-6:] == off, (x, off)
    return x


def iso(x):
    return x.isoformat()


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lstamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


def rfc(x):
    return format_datetime(x)


def h12(x, style="pm"):
    """'1pm' / '1:30pm' (google), '1:00 PM' (ats), '1:00pm' (calendly)."""
    hr = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    if style == "google":
        return f"{hr}{':%02d' % x.minute if x.minute else ''}{ap}"
    if style == "ats":
        return f"{hr}:{x.minute:02d} {ap.upper()}"
    if style == "calendly":
        return f"{hr}:{x.minute:02d}{ap}"
    if style == "calendly0":
        return f"{hr:02d}:{x.minute:02d}{ap}"
    raise ValueError(style)


def long_date(x):
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


# ---------------------------------------------------------------- id helpers
def hx(seed, n=32):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"b207|{seed}|{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


def letters(seed, n):
    al = "abcdefghijklmnopqrstuvwxyz"
    return "".join(al[int(hx(seed, 2 * n)[2 * i:2 * i + 2], 16) % 26] for i in range(n))


def uuid_like(seed, upper=False):
    h = hx(seed, 32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def b64id(seed, n):
    raw = hashlib.sha256(f"b207|{seed}".encode()).digest() * 3
    return base64.b64encode(raw).decode()[:n]


def meet_code(seed):
    return f"{letters(seed + 'a', 3)}-{letters(seed + 'b', 4)}-{letters(seed + 'c', 3)}"


# ---------------------------------------------------------------- MIME helpers
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def addr(name, email):
    if not name:
        return email
    if not is_ascii(name):
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def subj(s):
    return s if is_ascii(s) else Header(s, "utf-8", header_name="Subject").encode()


def leaf(ctype, body, cte=None, params='charset="UTF-8"', extra=()):
    data = body.encode("utf-8")
    if cte is None:
        cte = "7bit" if is_ascii(body) else "quoted-printable"
    if cte == "base64":
        payload = base64.encodebytes(data).decode()
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode()
    else:
        payload = body
    if not payload.endswith("\n"):
        payload += "\n"
    hdr = f"Content-Type: {ctype}" + (f"; {params}" if params else "")
    lines = [hdr, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(lines) + "\n\n" + payload


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def ics_attachment(ics_text, method, filename="invite.ics", ctype="text/calendar"):
    if ctype == "text/calendar":
        params = f'charset="UTF-8"; method={method}; name="{filename}"'
    else:
        params = f'name="{filename}"'
    return leaf(ctype, ics_text, cte="base64", params=params,
                extra=[f'Content-Disposition: attachment; filename="{filename}"'])


def received(host, ip, date, seed):
    return (f"from {host} ({host} [{ip}])\n"
            f"        by mx1.example.com (Postfix) with ESMTPS id {hx(seed, 10).upper()}\n"
            f"        for <{OWNER}>; {rfc(date + timedelta(seconds=2))}")


def mail(*, date, frm, subject, msgid, body, to=None, cc=None, reply_to=None, sender=None,
         in_reply_to=None, references=None, return_path=None, relay=("mail-sor-f41.google.com", "209.85.220.41"),
         extra=()):
    h = [("Delivered-To", OWNER),
         ("Received", received(relay[0], relay[1], date, msgid)),
         ("Return-Path", f"<{return_path}>" if return_path else None),
         ("From", frm),
         ("Sender", sender),
         ("Reply-To", reply_to),
         ("To", to or addr(OWNER_NAME, OWNER)),
         ("Cc", cc),
         ("Subject", subj(subject)),
         ("Date", rfc(date)),
         ("Message-ID", f"<{msgid}>"),
         ("In-Reply-To", f"<{in_reply_to}>" if in_reply_to else None),
         ("References", " ".join(f"<{r}>" for r in references) if references else None)]
    h += list(extra)
    out = "".join(f"{k}: {v}\n" for k, v in h if v)
    return out + "MIME-Version: 1.0\n" + body


URL_RE = re.compile(r"(https?://[^\s<>]+)")


def linkify(line):
    out, pos = [], 0
    for m in URL_RE.finditer(line):
        u = m.group(1)
        out.append(html.escape(line[pos:m.start()], quote=False))
        out.append(f'<a href="{html.escape(u)}">{html.escape(u, quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(line[pos:], quote=False))
    return "".join(out)


def to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [linkify(l) for l in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(paras) + "\n</div></body></html>\n")


def gmail_alt(seed, text):
    cte = "7bit" if is_ascii(text) else "quoted-printable"
    return multi("alternative", "000000000000" + hx(seed + "alt", 12),
                 [leaf("text/plain", text, cte=cte),
                  leaf("text/html", to_html(text, "arial,sans-serif"), cte="quoted-printable")])


def gmail_msgid(seed):
    return f"CA{b64id(seed, 40).replace('/', 'x').replace('+', 'Q')}@mail.gmail.com"


def outlook_msgid(seed, region="YT3PR01MB", dc="CANPRD01"):
    n = digits(seed + "n", 4)
    return f"{region}{n}{hx(seed, 12).upper()}@{region}{n}.{dc}.PROD.OUTLOOK.COM"


def outlook_extra(seed, topic, lang="en-US"):
    return [("Thread-Topic", subj(topic)),
            ("Thread-Index", b64id(seed + "ti", 32)),
            ("Accept-Language", f"{lang}, en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")]


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        k = len(ch.encode("utf-8"))
        if n + k > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += k
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines if l is not None) + "\r\n"


def vtimezone(tzid):
    std, dst, so, do = {"America/Toronto": ("EST", "EDT", "-0500", "-0400"),
                        "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700"),
                        "America/Vancouver": ("PST", "PDT", "-0800", "-0700")}[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dst}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{std}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def vtimezone_windows(tzid):
    so, do = {"Eastern Standard Time": ("-0500", "-0400"),
              "Pacific Standard Time": ("-0800", "-0700")}[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    p = "ATTENDEE;CUTYPE=INDIVIDUAL" if google else "ATTENDEE"
    p += f";ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        p += ";RSVP=TRUE"
    p += f";CN={name or email}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return f"{p}:mailto:{email}"


def ats_ics(*, prodid, method, uid, stamp, start, end, summary, description, location, organizer,
            attendees, sequence=0, status="CONFIRMED", tzid=None):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        lines += vtimezone(tzid)
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(stamp)}"]
    if tzid:
        lines += [f"DTSTART;TZID={tzid}:{lstamp(start)}", f"DTEND;TZID={tzid}:{lstamp(end)}"]
    else:
        lines += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    lines += [f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}",
              f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [attendee(*a) for a in attendees]
    lines += [f"SEQUENCE:{sequence}", f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


# ---------------------------------------------------------------- Google Calendar invitation e-mail
def google_when(start, end, tz=TOR):
    s, e = start.astimezone(tz), end.astimezone(tz)
    subj_when = f"{s:%a %b} {s.day}, {s.year} {h12(s, 'google')} - {h12(e, 'google')} ({s.tzname()})"
    body_when = f"{s:%A %b} {s.day}, {s.year} \u22c5 {h12(s, 'google')} \u2013 {h12(e, 'google')}"
    return subj_when, body_when


def google_invite(*, seed, uid, organizer, guests, summary, start, end, sent, description,
                  location="", meet=None, sequence=0, updated=False, created=None, tzid=None, old=None):
    """organizer: (name, email); guests: [(name, email, partstat)] incl. organizer and owner."""
    subj_when, body_when = google_when(start, end)
    kind = "Updated invitation" if updated else "Invitation"
    subject = f"{kind}: {summary} @ {subj_when} ({OWNER})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    t = [summary, body_when, "Eastern Time - Toronto", ""]
    if updated:
        t[0:0] = ["This event has been updated", ""]
        if old:
            t += [f"Changed: {old} \u2192 {body_when}", ""]
    if location:
        t += ["Location", location, ""]
    if meet:
        pin = digits(meet + "pin", 9)
        t += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
              "Join by phone", f"(CA) +1 647-555-{digits(meet + 'ph', 4)}", f"PIN: {pin}", ""]
    t += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e, _ in guests:
        if e == organizer[1]:
            t += [f"{n} - organizer", e]
        elif n:
            t += [n, e]
        else:
            t += [e]
    t += [f"View all guest info {view}", ""]
    if description:
        t += [description, ""]
    t += [f"Reply for {OWNER} and view more details {view}", "",
          "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
          "You are receiving this email because you are an attendee on the event.", "",
          "Forwarding this invitation could allow any recipient to send a response to the organizer, "
          "be added to the guest list, invite others regardless of their own invitation status, "
          "or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(t) + "\n"
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    created = created or sent
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
    if tzid:
        lines += vtimezone(tzid)
    lines += ["BEGIN:VEVENT"]
    if tzid:
        tz = ZoneInfo(tzid)
        lines += [f"DTSTART;TZID={tzid}:{lstamp(start.astimezone(tz))}",
                  f"DTEND;TZID={tzid}:{lstamp(end.astimezone(tz))}"]
    else:
        lines += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    lines += [f"DTSTAMP:{zstamp(sent)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, ps in guests:
        lines.append(attendee(n or e, e, partstat=ps, google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zstamp(sent)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{sequence}", "STATUS:CONFIRMED",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    alt = multi("alternative", "000000000000" + hx(seed + "b2", 12), [
        leaf("text/plain", text, cte="base64", params='charset="UTF-8"; format=flowed; delsp=yes'),
        leaf("text/html", to_html(text, "Roboto,Helvetica,Arial,sans-serif"), cte="quoted-printable"),
        leaf("text/calendar", cal, cte="base64", params='charset="UTF-8"; method=REQUEST'),
    ])
    body = multi("mixed", "000000000000" + hx(seed + "b1", 12),
                 [alt, ics_attachment(cal, "REQUEST", ctype="application/ics")])
    return mail(date=sent.astimezone(UTC), frm=addr(*organizer), sender="Google Calendar <calendar-notification@google.com>",
                reply_to=addr(*organizer), subject=subject, msgid=f"calendar-{uuid_like(seed)}@google.com",
                body=body, to=OWNER, return_path=f"{b64id(seed + 'rp', 22).replace('/', 'x').replace('+', 'y')}@calendar-server.bounces.google.com",
                relay=("mail-sor-f73.google.com", "209.85.220.73"))


# ---------------------------------------------------------------- Google Calendar API event
def gcal_event(*, seed, summary, description, organizer, attendees, start, end, tzname, created, updated,
               location=None, meet=None, sequence=0):
    eid = hx(seed, 26)
    d = {
        "kind": "calendar#event",
        "etag": f'"{int(hx(seed + "etag", 14), 16) % 10 ** 16}"',
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        d["location"] = location
    d["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    d["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    # the API renders dateTime in the calendar's zone (owner: Toronto) and keeps the event's own timeZone
    d["start"] = {"dateTime": start.astimezone(TOR).isoformat(), "timeZone": tzname}
    d["end"] = {"dateTime": end.astimezone(TOR).isoformat(), "timeZone": tzname}
    d["iCalUID"] = f"{eid}@google.com"
    d["sequence"] = sequence
    atts = []
    for a in attendees:
        x = {"email": a[1]}
        if a[0]:
            x["displayName"] = a[0]
        if a[1] == organizer[1]:
            x["organizer"] = True
        if a[1] == OWNER:
            x["self"] = True
        x["responseStatus"] = a[2]
        atts.append(x)
    d["attendees"] = atts
    if meet:
        d["hangoutLink"] = f"https://meet.google.com/{meet}"
        d["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": f"tel:+1-647-555-{digits(seed + 'ph', 4)}",
                 "label": f"+1 647-555-{digits(seed + 'ph', 4)}", "pin": digits(seed + "pin", 9), "regionCode": "CA"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        }
    d["reminders"] = {"useDefault": True}
    d["eventType"] = "default"
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- vendor mail wrappers
def lever_mail(*, seed, company, reply_to, subject, date, text, cal=None, method="REQUEST"):
    parts = [multi("alternative", f"----=_Part_{digits(seed + 'p2', 7)}_{digits(seed + 'q2', 9)}.{digits(seed + 'r2', 13)}",
                   [leaf("text/plain", text), leaf("text/html", to_html(text), cte="quoted-printable")])]
    if cal:
        parts.append(ics_attachment(cal, method))
    body = multi("mixed", f"----=_Part_{digits(seed + 'p1', 7)}_{digits(seed + 'q1', 9)}.{digits(seed + 'r1', 13)}", parts)
    return mail(date=date, frm=addr(company, "no-reply@hire.lever.co"), reply_to=reply_to, subject=subject,
                msgid=f"{hx(seed, 32)}@hire.lever.co", body=body, return_path=f"bounce+{hx(seed + 'rp', 12)}@hire.lever.co",
                relay=("mta-out-07.hire.lever.co", "52.14.88.201"))


def ashby_mail(*, seed, company, reply_to, subject, date, text, cal=None, method="REQUEST"):
    b = f"--_NmP-{hx(seed + 'nm', 16)}-Part_"
    parts = [multi("alternative", b + "2", [leaf("text/plain", text), leaf("text/html", to_html(text, "Inter,Helvetica,Arial,sans-serif"), cte="quoted-printable")])]
    if cal:
        parts.append(ics_attachment(cal, method))
    body = multi("mixed", b + "1", parts)
    return mail(date=date, frm=addr(company, "no-reply@ashbyhq.com"), reply_to=reply_to, subject=subject,
                msgid=f"{uuid_like(seed)}@ashbyhq.com", body=body,
                return_path=f"bounces+{digits(seed + 'rp', 8)}-{hx(seed + 'rq', 4)}={OWNER.replace('@', '=')}@em.ashbyhq.com",
                relay=("o12.em.ashbyhq.com", "149.72.31.77"))


def workable_mail(*, seed, company, reply_to, subject, date, text, cal=None, method="REQUEST"):
    b = f"--==_mimepart_{hx(seed + 'mp', 13)}_{digits(seed + 'mq', 5)}"
    parts = [multi("alternative", b + "a", [leaf("text/plain", text), leaf("text/html", to_html(text, "Helvetica,Arial,sans-serif"), cte="quoted-printable")])]
    if cal:
        parts.append(ics_attachment(cal, method))
    body = multi("mixed", b, parts)
    return mail(date=date, frm=addr(company, "noreply@candidates.workablemail.com"), reply_to=reply_to,
                subject=subject, msgid=f"{hx(seed, 13)}_{digits(seed, 6)}@workable-mailer-{digits(seed + 'w', 1)}.mail",
                body=body, return_path=f"bounces+{digits(seed + 'rp', 8)}@candidates.workablemail.com",
                relay=("o3.candidates.workablemail.com", "167.89.40.12"))


def calendly_mail(*, seed, reply_to, subject, date, text, cal=None, method="REQUEST"):
    b = f"--==_mimepart_{hx(seed + 'mp', 13)}_{digits(seed + 'mq', 6)}"
    parts = [multi("alternative", b + "b", [leaf("text/plain", text), leaf("text/html", to_html(text, "Proxima Nova,Helvetica,Arial,sans-serif"), cte="quoted-printable")])]
    if cal:
        parts.append(ics_attachment(cal, method))
        body = multi("mixed", b, parts)
    else:
        body = parts[0]
    return mail(date=date, frm="Calendly <notifications@calendly.com>", reply_to=reply_to, subject=subject,
                msgid=f"{hx(seed, 24)}@calendly.com", body=body,
                return_path=f"bounces+{digits(seed + 'rp', 7)}-{hx(seed + 'rq', 4)}@em.calendly.com",
                relay=("o1.em.calendly.com", "168.245.12.4"))


def gmail_mail(*, seed, frm, subject, date, text, cc=None, in_reply_to=None, references=None, to=None):
    return mail(date=date, frm=frm, subject=subject, msgid=gmail_msgid(seed), body=gmail_alt(seed, text), cc=cc,
                to=to, in_reply_to=in_reply_to, references=references,
                return_path=re.search(r"<([^>]+)>", frm).group(1),
                relay=("mail-sor-f%s.google.com" % digits(seed + "r", 2), "209.85.220.%s" % int(digits(seed + "ip", 2))))


# ================================================================= CASES
CASES = {}
LABELS = {}


def item(case, name, content):
    CASES.setdefault(case, []).append((name, content))


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


# ----------------------------------------------------------------- 01 Lever portfolio panel (SF)
def case01():
    c = "b207-01-lever-portfolio-panel-sf"
    sent = T(2026, 4, 14, 10, 12, 33, tz=LA, wd="Tuesday", off="-07:00")
    s = T(2026, 4, 21, 11, 0, tz=LA, wd="Tuesday", off="-07:00")
    e = T(2026, 4, 21, 12, 30, tz=LA)
    st, et = s.astimezone(TOR), e.astimezone(TOR)
    rec = ("Bethany Lusk", "bethany.lusk@fernwoodhealth.example")
    panel = [("Dana Whitcombe", "dana.whitcombe@fernwoodhealth.example", "Head of Design"),
             ("Rafael Ocampo", "rafael.ocampo@fernwoodhealth.example", "Staff Product Manager, Care"),
             ("Jin Park", "jin.park@fernwoodhealth.example", "Design Systems Lead")]
    zoom = f"https://fernwoodhealth.zoom.us/j/{digits(c + 'z', 11)}?pwd={b64id(c + 'pw', 22).replace('/', 'k').replace('+', 'm')}"
    text = f"""Hi Marisol,

Thanks for making time to meet with the Fernwood Health team! Here are the details for your upcoming interview for the Senior Product Designer, Care Experience role.

Portfolio Presentation (Panel)
{long_date(s)}
{h12(s, 'calendly')} - {h12(e, 'calendly')} PDT ({h12(st, 'calendly')} - {h12(et, 'calendly')} EDT)

Location: Zoom - {zoom}

You'll be meeting with:
  {panel[0][0]} - {panel[0][2]}
  {panel[1][0]} - {panel[1][2]}
  {panel[2][0]} - {panel[2][2]}

Format: please prepare ~40 minutes on two projects (we'd love to see at least one with a messy, ambiguous problem space), followed by about 40 minutes of questions from the panel and 10 minutes for yours. Sharing from Figma or Keynote both work.

A calendar invitation is attached. If anything changes on your end, just reply to this email and it will reach {rec[0]}.

Best,
The Fernwood Health Recruiting Team
"""
    cal = ats_ics(prodid="-//Lever//Lever Scheduling 2.0//EN", method="REQUEST", uid=f"{uuid_like(c + 'uid')}@hire.lever.co",
                  stamp=sent, start=s, end=e, summary="Fernwood Health: Portfolio Presentation (Panel) - Marisol Tenorio",
                  description=f"Senior Product Designer, Care Experience\nPanel: {', '.join(p[0] for p in panel)}\nZoom: {zoom}",
                  location=zoom, organizer=rec,
                  attendees=[(p[0], p[1], "ACCEPTED", "REQ-PARTICIPANT", False) for p in panel] + [(OWNER_NAME, OWNER)])
    item(c, "01-lever-interview-confirmation.eml",
         lever_mail(seed=c, company="Fernwood Health", reply_to=addr(*rec), date=sent, text=text, cal=cal,
                    subject="Interview confirmation: Senior Product Designer, Care Experience at Fernwood Health"))
    label(c, [iv("Fernwood Health", "Senior Product Designer, Care Experience", s, e, "scheduled",
                 [p[1] for p in panel], [p[1] for p in panel], "onsite")],
          "medium", "positive/lever-email-with-ics",
          "Lever confirmation from no-reply with Reply-To recruiter; three-person portfolio panel (onsite kind) stated in PDT "
          "with the EDT equivalent; panelists' addresses only in the attached .ics ATTENDEE lines; the recruiter only schedules.")


# ----------------------------------------------------------------- 02 Ashby screen + Google-invited portfolio panel
def case02():
    c = "b207-02-ashby-screen-then-portfolio-panel"
    tessa = ("Tessa Nakamura", "tessa.nakamura@quarrylane.example")
    panel = [("Owen Brandt", "owen.brandt@quarrylane.example", "Director of Product Design"),
             ("Luc\u00eda Ferrer", "lucia.ferrer@quarrylane.example", "Senior Product Designer (Payments)"),
             ("Kwame Asante", "kwame.asante@quarrylane.example", "Engineering Manager, Growth")]
    role = "Product Designer, Growth"
    sent1 = T(2026, 5, 1, 13, 5, 10, tz=LA, wd="Friday")
    s1 = T(2026, 5, 7, 12, 0, tz=TOR, wd="Thursday", off="-04:00")
    e1 = T(2026, 5, 7, 12, 30, tz=TOR)
    zoom = f"https://quarrylane.zoom.us/j/{digits(c + 'z', 11)}"
    text1 = f"""Hi Marisol,

Your interview for the {role} role at Quarry Lane is confirmed.

Recruiter Screen
{long_date(s1)}
{h12(s1, 'ats')} \u2013 {h12(e1, 'ats')} EDT (America/Toronto)

Interviewer
{tessa[0]}, Senior Technical Recruiter

Location
Zoom: {zoom}

This is a conversational call about your background, what you're looking for next, and logistics like timing and compensation expectations. No prep needed.

Need to make a change? Reply to this email or use the link below.
https://app.ashbyhq.com/interview-briefings/{uuid_like(c + 'br')}/reschedule

Powered by Ashby
"""
    cal1 = ats_ics(prodid="-//Ashby//Ashby Scheduling//EN", method="REQUEST", uid=f"{uuid_like(c + 'u1')}@ashbyhq.com",
                   stamp=sent1, start=s1, end=e1, summary=f"Recruiter Screen: Marisol Tenorio <> Quarry Lane",
                   description=f"{role}\nInterviewer: {tessa[0]}\nZoom: {zoom}", location=zoom, organizer=tessa,
                   attendees=[(tessa[0], tessa[1], "ACCEPTED", "REQ-PARTICIPANT", False), (OWNER_NAME, OWNER)])
    item(c, "01-ashby-recruiter-screen-confirmed.eml",
         ashby_mail(seed=c + "1", company="Quarry Lane", reply_to=addr(*tessa), date=sent1, text=text1, cal=cal1,
                    subject=f"Interview confirmed: {role} at Quarry Lane"))

    sent2 = T(2026, 5, 11, 9, 14, 27, tz=LA, wd="Monday")
    s2 = T(2026, 5, 19, 10, 0, tz=LA, wd="Tuesday", off="-07:00")
    e2 = s2 + timedelta(minutes=90)
    text2 = f"""Hi Marisol,

Thanks again for the great conversation on Thursday! I shared my notes with Owen and the team is excited to move you forward.

The next step is a portfolio presentation with a small panel:
- {panel[0][0]}, {panel[0][2]}
- {panel[1][0]}, {panel[1][2]}
- {panel[2][0]}, {panel[2][2]}

It's 90 minutes: about 40 minutes for you to walk through two projects, then questions from the panel and time for yours. I'm sending a calendar invite now for {s2:%A}, May {s2.day} at 10:00 AM Pacific / 1:00 PM Eastern. I'll open the Zoom and make intros, then hop off.

Let me know if the time doesn't work!

Tessa

--
Tessa Nakamura (she/her)
Senior Technical Recruiter | Quarry Lane
{tessa[1]}
"""
    item(c, "02-tessa-next-step-portfolio.eml",
         gmail_mail(seed=c + "2", frm=addr(*tessa), subject="Next step: portfolio presentation", date=sent2, text=text2))

    sent3 = T(2026, 5, 11, 9, 40, 22, tz=LA)
    desc = (f"Portfolio presentation for the {role} role.\n\nPanel: {panel[0][0]}, {panel[1][0]}, {panel[2][0]}. "
            "Tessa will make introductions and drop off.\n\nFormat: ~40 min presentation of two projects, ~35 min panel Q&A, "
            "15 min for your questions.\n\nZoom: " + zoom)
    item(c, "03-invitation-portfolio-presentation.eml",
         google_invite(seed=c + "3", uid=f"{letters(c + 'uid', 26)}@google.com", organizer=tessa,
                       guests=[(tessa[0], tessa[1], "ACCEPTED")] + [(p[0], p[1], "ACCEPTED") for p in panel] + [(None, OWNER, "NEEDS-ACTION")],
                       summary=f"Quarry Lane: Portfolio Presentation - Marisol Tenorio ({role})",
                       start=s2, end=e2, sent=sent3, description=desc, location=zoom))
    label(c, [iv("Quarry Lane", role, s1, e1, "scheduled", [tessa[1]], [tessa[1]], "phone_screen"),
              iv("Quarry Lane", role, s2, e2, "scheduled", [p[1] for p in panel], [p[1] for p in panel], "onsite")],
          "hard", "positive/two-interviews",
          "Two interviews: Ashby-confirmed recruiter screen (recruiter is the interviewer, times in EDT), then a Google Calendar "
          "invite for a 90-min portfolio panel; Tessa organizes the panel invite but drops off, so she is not a panel interviewer.")


# ----------------------------------------------------------------- 03 Calendly intro call (Vancouver recruiter)
def case03():
    c = "b207-03-calendly-recruiter-intro-call"
    h = ("Harriet Okonjo", "harriet.okonjo@lumentide.example")
    sent1 = T(2026, 5, 26, 15, 22, 40, tz=VAN, wd="Tuesday")
    text1 = f"""Hi Marisol,

Thanks for applying to the Product Designer II role on our Trip Planning team. Your transit wayfinding case study really stood out.

I'd love to set up a 30-minute intro call to tell you more about the role and hear what you're looking for. You can grab any open slot on my calendar here:

https://calendly.com/harriet-okonjo-lt/intro-call

Heads up that I'm on Pacific time, but Calendly will show the slots in your time zone.

Cheers,
Harriet Okonjo
Talent Partner, Lumen & Tide
Vancouver, BC
"""
    item(c, "01-harriet-intro-call-link.eml",
         gmail_mail(seed=c + "1", frm=addr(*h), subject="Lumen & Tide - Product Designer II", date=sent1, text=text1))
    sent2 = T(2026, 5, 27, 14, 3, 51, tz=UTC)
    s = T(2026, 6, 3, 13, 0, tz=TOR, wd="Wednesday", off="-04:00")
    e = s + timedelta(minutes=30)
    meet = meet_code(c)
    ev = "Intro call \u2013 Lumen & Tide"
    text2 = f"""Hi Marisol Tenorio,

Your {ev} with {h[0]} at {h12(s, 'calendly')} (Eastern Time - US & Canada) on {long_date(s)} is scheduled.

Event Type:
{ev}

Event Date/Time:
{h12(s, 'calendly')} - {h12(e, 'calendly')} (Eastern Time - US & Canada) {long_date(s)}

Location:
This is a Google Meet web conference.
https://meet.google.com/{meet}

Invitee Time Zone:
Eastern Time - US & Canada

Questions:
Please share a link to your portfolio
https://marisoltenorio.example/work

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid_like(c + 'cx')}
Reschedule: https://calendly.com/reschedulings/{uuid_like(c + 'cx')}

Powered by Calendly.com
"""
    cal = ats_ics(prodid="-//Calendly//Calendly Scheduling//EN", method="REQUEST", uid=f"{uuid_like(c + 'uid')}@calendly.com",
                  stamp=sent2, start=s, end=e, summary=f"{ev} between {h[0]} and {OWNER_NAME}",
                  description=f"Event Name: {ev}\n\nLocation: https://meet.google.com/{meet}\n\nNeed to make changes to this event?\nhttps://calendly.com/reschedulings/{uuid_like(c + 'cx')}",
                  location=f"https://meet.google.com/{meet}", organizer=h,
                  attendees=[(h[0], h[1], "ACCEPTED", "REQ-PARTICIPANT", False), (OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT", False)])
    item(c, "02-calendly-confirmed.eml",
         calendly_mail(seed=c + "2", reply_to=addr(*h), date=sent2, text=text2, cal=cal,
                       subject=f"Confirmed: {ev} with {h[0]} on {long_date(s)}"))
    label(c, [iv("Lumen & Tide", "Product Designer II", s, e, "scheduled", [h[1]], [h[1]], "phone_screen")],
          "medium", "positive/calendly",
          "Recruiter sends an unbooked Calendly link (not itself an interview), then Calendly's invitee confirmation with .ics; "
          "the recruiter is Pacific but Calendly shows Eastern; the recruiter conducts the intro call.")


# ----------------------------------------------------------------- 04 Montreal bilingual recruiter + Teams invite
def case04():
    c = "b207-04-montreal-bilingual-entrevue"
    g = ("Genevi\u00e8ve Tremblay-Roy", "gtremblayroy@atelier-boreal.example")
    m = ("Mathieu Lapointe", "mathieu.lapointe@atelier-boreal.example")
    topic = "Entrevue \u2013 Designer\u00b7euse produit principal\u00b7e / Interview \u2013 Lead Product Designer"
    sig = f"""{g[0]}
Conseill\u00e8re principale, acquisition de talents | Senior Talent Acquisition Advisor
Atelier Bor\u00e9al
Montr\u00e9al (QC)"""
    sent1 = T(2026, 5, 4, 9, 41, 7, wd="Monday")
    o1 = T(2026, 5, 7, 14, 0, wd="Thursday")
    o2 = T(2026, 5, 8, 10, 30, wd="Friday")
    text1 = f"""Bonjour Marisol,

(English follows)

Merci pour votre candidature au poste de designer\u00b7euse produit principal\u00b7e chez Atelier Bor\u00e9al. {m[0]}, notre directeur du design, aimerait vous rencontrer pour une premi\u00e8re entrevue d'environ 45 minutes, sur Teams.

Seriez-vous disponible \u00e0 l'un des moments suivants (heure de l'Est)?
- jeudi 7 mai, 14 h
- vendredi 8 mai, 10 h 30

---

Hello Marisol,

Thank you for applying to the Lead Product Designer role at Atelier Bor\u00e9al. {m[0]}, our Design Director, would like to meet you for a first interview of about 45 minutes over Teams.

Would either of these times work for you (Eastern time)?
- Thursday, May 7 at 2:00 p.m.
- Friday, May 8 at 10:30 a.m.

Au plaisir / Looking forward,

{sig}
"""
    mid1 = outlook_msgid(c + "1")
    b1 = f"_000_{mid1.split('@')[0]}_"
    item(c, "01-genevieve-entrevue-proposition.eml",
         mail(date=sent1, frm=addr(*g), subject=topic, msgid=mid1,
              body=multi("alternative", b1, [leaf("text/plain", text1, cte="quoted-printable", params='charset="utf-8"'),
                                             leaf("text/html", to_html(text1, "Aptos,Calibri,sans-serif"), cte="quoted-printable", params='charset="utf-8"')]),
              return_path=g[1], relay=("YT3PR01CU001.outbound.protection.outlook.com", "40.107.115.52"),
              extra=outlook_extra(c + "1", topic, "fr-CA")))

    reply_mid = outlook_msgid(c + "r")
    sent2 = T(2026, 5, 4, 14, 15, 52)
    s, e = o2, o2 + timedelta(minutes=45)
    text2 = f"""Parfait, merci Marisol! C'est confirm\u00e9 pour vendredi 8 mai de 10 h 30 \u00e0 11 h 15 (heure de l'Est). Je vous envoie l'invitation Teams dans quelques minutes.

Perfect, thanks Marisol! You're confirmed for Friday, May 8, 10:30\u201311:15 a.m. Eastern. A Teams invite will follow shortly. If you need to reach Mathieu directly, his email is {m[1]}.

Genevi\u00e8ve

{sig}

________________________________
De : Marisol Tenorio <{OWNER}>
Envoy\u00e9 : 4 mai 2026 11:02
\u00c0 : {g[0]} <{g[1]}>
Objet : Re: {topic}

Bonjour Genevi\u00e8ve,

Merci beaucoup! Vendredi 8 mai \u00e0 10 h 30 me convient parfaitement. / Friday at 10:30 works great for me.

Bonne journ\u00e9e,
Marisol

________________________________
De : {g[0]} <{g[1]}>
Envoy\u00e9 : 4 mai 2026 09:41
\u00c0 : Marisol Tenorio <{OWNER}>
Objet : {topic}

Bonjour Marisol,

(English follows)

Merci pour votre candidature au poste de designer\u00b7euse produit principal\u00b7e chez Atelier Bor\u00e9al. [...]
"""
    mid2 = outlook_msgid(c + "2")
    item(c, "02-genevieve-confirmation.eml",
         mail(date=sent2, frm=addr(*g), subject="RE: " + topic, msgid=mid2, in_reply_to=reply_mid,
              references=[mid1, reply_mid],
              body=multi("alternative", f"_000_{mid2.split('@')[0]}_",
                         [leaf("text/plain", text2, cte="quoted-printable", params='charset="utf-8"'),
                          leaf("text/html", to_html(text2, "Aptos,Calibri,sans-serif"), cte="quoted-printable", params='charset="utf-8"')]),
              return_path=g[1], relay=("YT3PR01CU001.outbound.protection.outlook.com", "40.107.115.52"),
              extra=outlook_extra(c + "1", topic, "fr-CA")))

    sent3 = T(2026, 5, 4, 14, 31, 10)
    teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id(c + 'tm', 48).replace('/', 'Z').replace('+', 'Q')}%40thread.v2/0"
    mtg_id = f"{digits(c + 'mid', 3)} {digits(c + 'mid2', 3)} {digits(c + 'mid3', 3)} {digits(c + 'mid4', 3)}"
    code = b64id(c + "code", 6).replace("/", "x").replace("+", "y")
    sub3 = "Entrevue / Interview \u2013 Marisol Tenorio \u2013 Designer\u00b7euse produit principal\u00b7e"
    text3 = f"""Bonjour Marisol,

Voici l'invitation pour votre entrevue avec {m[0]}, directeur du design. / Here is the invite for your interview with {m[0]}, Design Director.

Genevi\u00e8ve

________________________________________________________________________________
R\u00e9union Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour rejoindre la r\u00e9union<{teams}>
ID de r\u00e9union : {mtg_id}
Code secret : {code}
T\u00e9l\u00e9charger Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de r\u00e9union<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(c + "uid", 72).upper()
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + vtimezone_windows("Eastern Standard Time")
              + ["BEGIN:VEVENT", f"ORGANIZER;CN={g[0]}:mailto:{g[1]}",
                 attendee(m[0], m[1]), attendee(OWNER_NAME, OWNER),
                 f"DESCRIPTION;LANGUAGE=fr-CA:{esc(text3)}", f"UID:{uid}",
                 f"SUMMARY;LANGUAGE=fr-CA:{esc(sub3)}",
                 f"DTSTART;TZID=Eastern Standard Time:{lstamp(s)}", f"DTEND;TZID=Eastern Standard Time:{lstamp(e)}",
                 "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(sent3)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
                 "SEQUENCE:0", "LOCATION;LANGUAGE=fr-CA:R\u00e9union Microsoft Teams",
                 "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                 "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                 "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                 f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                 "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
                 "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
                 "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
                 "END:VEVENT", "END:VCALENDAR"])
    mid3 = outlook_msgid(c + "3")
    item(c, "03-teams-invitation-entrevue.eml",
         mail(date=sent3, frm=addr(*g), to=f"{addr(*m)}, {addr(OWNER_NAME, OWNER)}", subject=sub3, msgid=mid3,
              body=multi("alternative", f"_000_{mid3.split('@')[0]}_",
                         [leaf("text/plain", text3, cte="quoted-printable", params='charset="utf-8"'),
                          leaf("text/html", to_html(text3, "Aptos,Calibri,sans-serif"), cte="quoted-printable", params='charset="utf-8"'),
                          leaf("text/calendar", cal, cte="base64", params='charset="utf-8"; method=REQUEST')]),
              return_path=g[1], relay=("YT3PR01CU001.outbound.protection.outlook.com", "40.107.115.52"),
              extra=outlook_extra(c + "3", sub3, "fr-CA")))
    label(c, [iv("Atelier Bor\u00e9al", "Lead Product Designer", s, e, "scheduled", [m[1]], [m[1]], "hiring_manager")],
          "hard", "positive/french-bilingual-thread",
          "Montreal recruiter writes French then English; proposes two slots, confirms Friday 10 h 30 \u2013 11 h 15 after the "
          "candidate's quoted reply, then a Teams invite with Windows TZID 'Eastern Standard Time' (May = EDT). One interview "
          "via three items; the design director conducts it, the recruiter only schedules.")


# ----------------------------------------------------------------- 05 Workable take-home then live review
def case05():
    c = "b207-05-workable-design-exercise-live-review"
    aoife = ("Aoife Brennan", "aoife.brennan@tillwater.example")
    sun = ("Sunniva Holt", "sunniva.holt@tillwater.example")
    role = "Product Designer (Mobile)"
    sent1 = T(2026, 6, 8, 11, 30, 5, tz=LA, wd="Monday")
    due = T(2026, 6, 15, tz=LA, wd="Monday")
    text1 = f"""Hi Marisol,

Thanks again for applying for the {role} role. The team enjoyed your portfolio, and as a next step we'd like you to complete a short design exercise.

The brief: redesign the trip-planning flow in our rider app for someone transferring between two transit agencies with different fare systems. Please spend no more than 4 hours on it; we care about your reasoning much more than polish.

Please share a Figma link (view access is fine) by replying to this email before {due:%A}, June {due.day}.

Once we've had a look, we'll schedule a live session where you walk us through the exercise and we dig into your decisions together.

Best,
{aoife[0]}
Recruiter, Tillwater Labs

--
Sent via Workable
"""
    item(c, "01-workable-design-exercise-brief.eml",
         workable_mail(seed=c + "1", company="Tillwater Labs", reply_to=addr(*aoife), date=sent1, text=text1,
                       subject=f"Design exercise \u2013 {role} at Tillwater Labs"))
    sent2 = T(2026, 6, 17, 9, 48, 31, tz=LA, wd="Wednesday")
    s = T(2026, 6, 25, 13, 0, tz=LA, wd="Thursday", off="-07:00")
    e = s + timedelta(hours=1)
    st, et = s.astimezone(TOR), e.astimezone(TOR)
    meet = meet_code(c)
    text2 = f"""Hi Marisol,

Your interview with Tillwater Labs has been scheduled.

Design exercise review
{role}

When: {long_date(s)}, {h12(s, 'ats')} \u2013 {h12(e, 'ats')} (America/Los_Angeles)
      {h12(st, 'ats')} \u2013 {h12(et, 'ats')} in your time zone (America/Toronto)
Where: Google Meet \u2013 https://meet.google.com/{meet}
Interviewer: {sun[0]} (Design Lead)

{sun[0].split()[0]} will have your Figma file open. Plan on about 20 minutes walking through your exercise; the rest is conversation about your decisions and trade-offs.

An invitation is attached so you can add this to your calendar. If you need to reschedule, reply to this email.

{aoife[0]}
Tillwater Labs

Powered by Workable
"""
    cal = ats_ics(prodid="-//Workable//Workable Interviews//EN", method="REQUEST", uid=f"{hx(c + 'uid', 24)}@workable.com",
                  stamp=sent2, start=s, end=e, summary=f"Design exercise review - Marisol Tenorio - {role}",
                  description=f"Interview with Tillwater Labs\nInterviewer: {sun[0]}\nGoogle Meet: https://meet.google.com/{meet}",
                  location=f"https://meet.google.com/{meet}", organizer=aoife, tzid="America/Los_Angeles",
                  attendees=[(sun[0], sun[1], "ACCEPTED", "REQ-PARTICIPANT", False), (OWNER_NAME, OWNER)])
    item(c, "02-workable-interview-scheduled.eml",
         workable_mail(seed=c + "2", company="Tillwater Labs", reply_to=addr(*aoife), date=sent2, text=text2, cal=cal,
                       subject="Interview scheduled: Design exercise review \u2013 Tillwater Labs"))
    label(c, [iv("Tillwater Labs", role, s, e, "scheduled", [sun[1]], [sun[1]], "technical")],
          "medium", "positive/workable-live-exercise-review",
          "Take-home brief first (not an interview, no time), then Workable schedules a live review of the exercise with the "
          "design lead; .ics uses TZID America/Los_Angeles with VTIMEZONE; recruiter/organizer is not the interviewer.")


# ----------------------------------------------------------------- 06 Google invite rescheduled across the DST change
def case06():
    c = "b207-06-google-reschedule-across-dst"
    ing = ("Ingrid Solberg", "ingrid.solberg@sorrelrobotics.example")
    role = "Senior UX Designer, Fleet Tools"
    uid = f"{letters(c + 'uid', 26)}@google.com"
    meet = meet_code(c)
    s0 = T(2026, 3, 5, 13, 0, tz=LA, wd="Thursday", off="-08:00")
    e0 = s0 + timedelta(minutes=45)
    summary = "Sorrel Robotics \u2014 Hiring manager conversation (Marisol Tenorio)"
    desc = (f"Hi Marisol \u2014 looking forward to talking about the {role} role. We'll spend most of the time on how you "
            "approach dense operator workflows, so feel free to pull up examples.\n\nIngrid")
    sent1 = T(2026, 3, 2, 19, 20, 41, tz=UTC, wd="Monday")
    guests = [(ing[0], ing[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    item(c, "01-invitation-hiring-manager.eml",
         google_invite(seed=c + "1", uid=uid, organizer=ing, guests=guests, summary=summary, start=s0, end=e0,
                       sent=sent1, description=desc, meet=meet))
    sent2 = T(2026, 3, 4, 8, 55, 13, tz=LA, wd="Wednesday")
    s = T(2026, 3, 10, 13, 0, tz=LA, wd="Tuesday", off="-07:00")
    e = s + timedelta(minutes=45)
    assert s.astimezone(TOR).hour == 16 and s0.astimezone(TOR).hour == 16
    text2 = f"""Hi Marisol,

Apologies for the shuffle: one of our field deployments is slipping into Thursday and I'd rather not be distracted during our conversation. Could we move to next {s:%A} (March {s.day}) at the same time on my end, 1:00 PT?

Thanks for understanding,
Ingrid

--
Ingrid Solberg
Director of Design, Sorrel Robotics
"""
    mid2 = gmail_msgid(c + "2")
    item(c, "02-ingrid-move-request.eml",
         gmail_mail(seed=c + "2", frm=addr(*ing), subject="Thursday's chat", date=sent2, text=text2))
    sent3 = T(2026, 3, 4, 9, 58, 40, tz=LA)
    mine = T(2026, 3, 4, 12, 31, tz=TOR)
    text3 = f"""Perfect, thank you! I've updated the invite.

Ingrid

On Wed, Mar 4, 2026 at {h12(mine.astimezone(LA), 'ats')} Marisol Tenorio <{OWNER}> wrote:
> Hi Ingrid,
>
> No problem at all. Tuesday at 1 PT works; that's 4 PM for me in Toronto (we both spring forward on Sunday, so the gap stays three hours).
>
> Marisol
>
> On Wed, Mar 4, 2026 at {h12(sent2.astimezone(TOR), 'ats')} Ingrid Solberg <{ing[1]}> wrote:
>> Hi Marisol,
>>
>> Apologies for the shuffle: one of our field deployments is slipping into Thursday and I'd rather not be distracted during our conversation. Could we move to next Tuesday (March 10) at the same time on my end, 1:00 PT?
"""
    rid = gmail_msgid(c + "mine")
    item(c, "03-ingrid-reply-updated.eml",
         gmail_mail(seed=c + "3", frm=addr(*ing), subject="Re: Thursday's chat", date=sent3, text=text3,
                    in_reply_to=rid, references=[mid2, rid]))
    sent4 = T(2026, 3, 4, 18, 2, 17, tz=UTC)
    item(c, "04-updated-invitation.eml",
         google_invite(seed=c + "4", uid=uid, organizer=ing, guests=guests, summary=summary, start=s, end=e,
                       sent=sent4, description=desc, meet=meet, sequence=1, updated=True, created=sent1,
                       old=google_when(s0, e0)[1]))
    label(c, [iv("Sorrel Robotics", role, s, e, "scheduled", [ing[1]], [ing[1]], "hiring_manager")],
          "hard", "positive/reschedule-dst",
          "Google invite Thu Mar 5 1pm PST, moved by e-mail to Tue Mar 10 1pm PT (after the Mar 8 US/Canada DST change, "
          "so -07:00) and re-sent as 'Updated invitation' SEQUENCE 1 with the same UID; final time only.")


# ----------------------------------------------------------------- 07 Ashby interview cancelled
def case07():
    c = "b207-07-ashby-interview-cancelled"
    dev = ("Devon Marsh", "devon.marsh@kettlekey.example")
    ros = ("Rosalind Achebe", "rosalind.achebe@kettlekey.example")
    role = "Product Designer, Design Systems"
    uid = f"{uuid_like(c + 'uid')}@ashbyhq.com"
    meet = meet_code(c)
    sent1 = T(2026, 6, 24, 15, 10, 44, wd="Wednesday")
    s = T(2026, 7, 8, 15, 0, wd="Wednesday", off="-04:00")
    e = s + timedelta(minutes=45)
    text1 = f"""Hi Marisol,

Your interview for the {role} role at Kettle & Key is confirmed.

Hiring Manager Interview
{long_date(s)}
{h12(s, 'ats')} \u2013 {h12(e, 'ats')} EDT (America/New_York)

Interviewer
{ros[0]}, Head of Design Systems

Location
Google Meet: https://meet.google.com/{meet}

{ros[0].split()[0]} would like to hear about a component library or pattern system you've shaped, and how you handled adoption across teams.

Need to make a change? Reply to this email to reach {dev[0]}.

Powered by Ashby
"""
    common = dict(prodid="-//Ashby//Ashby Scheduling//EN", uid=uid, start=s, end=e,
                  summary="Hiring Manager Interview: Marisol Tenorio <> Kettle & Key",
                  description=f"{role}\nInterviewer: {ros[0]}\nGoogle Meet: https://meet.google.com/{meet}",
                  location=f"https://meet.google.com/{meet}", organizer=dev,
                  attendees=[(ros[0], ros[1], "ACCEPTED", "REQ-PARTICIPANT", False), (OWNER_NAME, OWNER)])
    item(c, "01-ashby-interview-confirmed.eml",
         ashby_mail(seed=c + "1", company="Kettle & Key", reply_to=addr(*dev), date=sent1, text=text1,
                    cal=ats_ics(method="REQUEST", stamp=sent1, **common),
                    subject=f"Interview confirmed: {role} at Kettle & Key"))
    sent2 = T(2026, 7, 2, 10, 2, 19, wd="Thursday")
    text2 = f"""Hi Marisol,

Your Hiring Manager Interview with {ros[0]} on {long_date(s)} at {h12(s, 'ats')} EDT has been cancelled.

{dev[0]} will follow up with more details.

Powered by Ashby
"""
    item(c, "02-ashby-interview-cancelled.eml",
         ashby_mail(seed=c + "2", company="Kettle & Key", reply_to=addr(*dev), date=sent2, text=text2,
                    cal=ats_ics(method="CANCEL", stamp=sent2, sequence=1, status="CANCELLED", **common), method="CANCEL",
                    subject=f"Interview cancelled: {role} at Kettle & Key"))
    sent3 = T(2026, 7, 2, 10, 20, 55)
    text3 = f"""Hi Marisol,

I'm sorry to share that we've paused hiring for the Design Systems role while we work through some team changes, so I had to cancel next Wednesday's conversation with {ros[0].split()[0]}. This has nothing to do with your candidacy; the team was genuinely excited to meet you.

If the role reopens I'll reach out to you first.

Devon

--
Devon Marsh
Recruiting Coordinator, Kettle & Key
"""
    item(c, "03-devon-role-paused.eml",
         gmail_mail(seed=c + "3", frm=addr(*dev), subject="Kettle & Key - update on the Design Systems role", date=sent3, text=text3))
    label(c, [iv("Kettle & Key", role, s, e, "cancelled", [ros[1]], [ros[1]], "hiring_manager")],
          "medium", "positive/cancellation",
          "Ashby confirmation then Ashby cancellation (METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 1) plus a human note that the "
          "role is paused; kept as one cancelled interview at its last scheduled time.")


# ----------------------------------------------------------------- 08 Calendar API events: virtual onsite loop
def case08():
    c = "b207-08-gcal-json-virtual-onsite-loop"
    nell = ("Nell Ashworth", "nell.ashworth@pennantlabs.example")
    yus = ("Yusuf Demir", "yusuf.demir@pennantlabs.example")
    cla = ("Clara Whitfield", "clara.whitfield@pennantlabs.example")
    bea = ("Beatrix Lowe", "beatrix.lowe@pennantlabs.example")
    ham = ("Hamid Rostami", "hamid.rostami@pennantlabs.example")
    role = "Staff Product Designer"
    created = T(2026, 6, 30, 14, 2, 11, tz=LA)
    sessions = [
        ("01-onsite-portfolio-presentation.gcal.json", T(2026, 7, 16, 9, 0, tz=LA, wd="Thursday", off="-07:00"), 60,
         f"Pennant Labs onsite (1/3): Portfolio presentation \u2014 {OWNER_NAME}",
         f"{role} virtual onsite.\n\nPanel: {yus[0]} (VP Design) and {cla[0]} (Group Product Manager). "
         f"{nell[0].split()[0]} (recruiting coordinator) will open the room and then leave.\n\n"
         "Please present two projects (~35 min) and leave time for questions.",
         [nell, yus, cla]),
        ("02-onsite-design-collaboration.gcal.json", T(2026, 7, 16, 10, 15, tz=LA), 45,
         f"Pennant Labs onsite (2/3): Design collaboration with {bea[0]}",
         f"{role} virtual onsite.\n\nA working session with {bea[0]} (Principal Designer): you'll sketch through a small "
         "problem together in FigJam. No prep needed.",
         [nell, bea]),
        ("03-onsite-cross-functional.gcal.json", T(2026, 7, 16, 12, 0, tz=LA), 45,
         f"Pennant Labs onsite (3/3): Cross-functional chat with {ham[0]}",
         f"{role} virtual onsite.\n\nAfter a lunch break: a conversation with {ham[0]} (Engineering Manager, Platform) "
         "about working with engineering on ambiguous projects.",
         [nell, ham]),
    ]
    for i, (fn, s, mins, summary, desc, people) in enumerate(sessions):
        atts = [(p[0], p[1], "accepted") for p in people] + [(None, OWNER, "accepted")]
        item(c, fn, gcal_event(seed=c + fn, summary=summary, description=desc, organizer=nell, attendees=atts,
                               start=s, end=s + timedelta(minutes=mins), tzname="America/Los_Angeles",
                               created=created + timedelta(minutes=3 * i),
                               updated=created + timedelta(hours=20, minutes=3 * i, seconds=17), meet=meet_code(c + fn)))
    s = sessions[0][1]
    e = sessions[-1][1] + timedelta(minutes=sessions[-1][2])
    ivs = [yus[1], cla[1], bea[1], ham[1]]
    label(c, [iv("Pennant Labs", role, s, e, "scheduled", ivs, ivs, "onsite")],
          "hard", "positive/gcal-json-onsite-loop",
          "Three Calendar API events on one day (9:00-12:45 PT with a lunch gap) = one onsite; dateTime rendered in the "
          "owner's Toronto offset while timeZone says America/Los_Angeles; the coordinator organizes all three but does not interview.")


# ----------------------------------------------------------------- 09 standalone Outlook .ics with Windows TZID
def case09():
    c = "b207-09-standalone-outlook-ics-pacific"
    wen = ("Wendell Price", "wendell.price@harborfinch.example")
    fio = ("Fiona Gallagher", "fiona.gallagher@harborfinch.example")
    role = "UX Designer, Claims"
    s = T(2026, 8, 11, 10, 0, tz=LA, wd="Tuesday", off="-07:00")
    e = s + timedelta(minutes=45)
    st, et = s.astimezone(TOR), e.astimezone(TOR)
    stamp = T(2026, 8, 4, 16, 27, 3, tz=UTC)
    teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id(c + 'tm', 48).replace('/', 'Z').replace('+', 'Q')}%40thread.v2/0"
    desc = f"""Hi Marisol,

This is your interview with {fio[0]}, Design Manager for Claims, for the {role} role. {fio[0].split()[0]} would like you to walk her through one project end to end (about 20 minutes) before a broader conversation about the team.

Times are Pacific: {h12(s, 'ats')}\u2013{h12(e, 'ats')} PT ({h12(st, 'ats')}\u2013{h12(et, 'ats')} Eastern).

{wen[0]} | Recruiting Coordinator, Harbor & Finch

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{teams}>
Meeting ID: {digits(c + 'm1', 3)} {digits(c + 'm2', 3)} {digits(c + 'm3', 3)} {digits(c + 'm4', 3)}
Passcode: {b64id(c + 'pc', 6).replace('/', 'h').replace('+', 'r')}
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(c + "uid", 72).upper()
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + vtimezone_windows("Pacific Standard Time")
              + ["BEGIN:VEVENT", f"ORGANIZER;CN={wen[0]}:mailto:{wen[1]}",
                 attendee(fio[0], fio[1]), attendee(OWNER_NAME, OWNER),
                 f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}",
                 f"SUMMARY;LANGUAGE=en-US:Interview: Marisol Tenorio / Harbor & Finch - {role} (Hiring Manager)",
                 f"DTSTART;TZID=Pacific Standard Time:{lstamp(s)}", f"DTEND;TZID=Pacific Standard Time:{lstamp(e)}",
                 "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
                 "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                 "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:" + str(int(hx(c + "oa", 8), 16) % 2 ** 31),
                 "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                 "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                 f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                 "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
                 "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
                 "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
                 "END:VEVENT", "END:VCALENDAR"])
    item(c, "01-interview-harbor-finch.ics", cal)
    label(c, [iv("Harbor & Finch", role, s, e, "scheduled", [fio[1]], [fio[1]], "hiring_manager")],
          "medium", "positive/standalone-outlook-ics-windows-tz",
          "Standalone Exchange .ics with TZID 'Pacific Standard Time' in August (daylight time, -07:00, despite the name); "
          "organizer is the recruiting coordinator, the design manager is the single required attendee/interviewer.")


# ----------------------------------------------------------------- 10 founder chat, "tomorrow" across the UTC date line
def case10():
    c = "b207-10-founder-chat-tomorrow-thread"
    theo = ("Theo Vasquez-Reid", "theo@loomwell.example")
    role = "Founding Product Designer"
    sent1 = T(2026, 9, 23, 18, 10, 12, tz=LA, wd="Wednesday")
    assert sent1.astimezone(UTC).day == 24  # UTC is already the next day
    s = T(2026, 9, 24, 14, 0, tz=LA, wd="Thursday", off="-07:00")
    e = s + timedelta(minutes=45)
    text1 = f"""Hi Marisol,

Thanks for all the time you've given us so far for the {role} role; the team is excited.

The last step in our process is a conversation with me: about 45 minutes, mostly about how you like to work and where Loomwell is headed over the next two years.

Any chance you're free tomorrow at 2pm PT? If not, Friday morning works too.

Theo

--
Theo Vasquez-Reid
Co-founder & CEO, Loomwell
"""
    mid1 = gmail_msgid(c + "1")
    item(c, "01-theo-last-step.eml",
         gmail_mail(seed=c + "1", frm=addr(*theo), subject="Loomwell - last step", date=sent1, text=text1))
    mine = T(2026, 9, 23, 21, 25, tz=TOR)
    rid = gmail_msgid(c + "mine")
    sent2 = T(2026, 9, 23, 18, 52, 3, tz=LA)
    zoom = f"https://loomwell.zoom.us/j/{digits(c + 'z', 11)}"
    quoted = "\n".join(">> " + l if l else ">>" for l in text1.rstrip("\n").split("\n"))
    text2 = f"""Great, locked in for tomorrow, {h12(s, 'calendly').replace(':00', '')}\u2013{h12(e, 'calendly')} PT. Here's the Zoom: {zoom}

See you then!
Theo

On Wed, Sep 23, 2026 at {h12(mine.astimezone(LA), 'ats')} Marisol Tenorio <{OWNER}> wrote:
> Hi Theo,
>
> Thank you! Tomorrow at 2pm PT (5pm for me in Toronto) works well.
>
> Best,
> Marisol
>
> On Wed, Sep 23, 2026 at {h12(sent1.astimezone(TOR), 'ats')} Theo Vasquez-Reid <{theo[1]}> wrote:
{quoted}
"""
    item(c, "02-theo-locked-in.eml",
         gmail_mail(seed=c + "2", frm=addr(*theo), subject="Re: Loomwell - last step", date=sent2, text=text2,
                    in_reply_to=rid, references=[mid1, rid]))
    label(c, [iv("Loomwell", role, s, e, "scheduled", [theo[1]], [theo[1]], "other")],
          "hard", "positive/thread-relative-date",
          "Plain thread with the founder/CEO (final chat = interview). 'Tomorrow at 2pm PT' sent Wed 18:10 PDT (already Thursday "
          "in UTC) resolves to Thu Sep 24 14:00 PDT; confirmed with a 45-minute slot.")


# ----------------------------------------------------------------- 11 agency recruiter forwarding the client's note
def case11():
    c = "b207-11-agency-forwarded-hiring-manager"
    colm = ("Colm Fitzgerald", "colm.fitzgerald@northstartalent.example")
    ale = ("Aleksandra Wi\u015bniewska", "a.wisniewska@ridgebackfinancial.example")
    role = "Senior Product Designer, Digital Banking"
    topic = f"Marisol Tenorio \u2013 {role}"
    fwd = T(2026, 10, 16, 16, 47, wd="Friday")
    sent1 = T(2026, 10, 19, 9, 12, 44, wd="Monday")
    s = T(2026, 10, 22, 10, 30, wd="Thursday", off="-04:00")
    e = s + timedelta(hours=1)
    sig = f"""{colm[0]}
Principal Recruiter, Design & Product
Northstar Talent Partners
416-555-0148 | {colm[1]}"""
    text1 = f"""Hi Marisol,

Great news: Ridgeback Financial would like to meet you! See Aleksandra's note below. She's proposing this Thursday at 10:30 in their office; it'll be about an hour with her (she's the Director of Design and the hiring manager for this role).

Can you confirm that works? I'll let her know right away.

Thanks,
Colm

{sig}

From: {ale[0]} <{ale[1]}>
Sent: {fwd:%A}, October {fwd.day}, 2026 4:47 PM
To: {colm[0]} <{colm[1]}>
Subject: RE: {topic}

Hi Colm,

Thanks for sending Marisol over; her onboarding work for the credit union is very relevant to what we're rebuilding. I'd like to meet her in person next week. Would Thursday at 10:30 work? Plan for an hour; we're at 150 York St, 9th floor. I'll walk through her portfolio with her and talk about the team.

Aleksandra

{ale[0]}
Director of Design | Ridgeback Financial
"""
    mid1 = outlook_msgid(c + "1")
    item(c, "01-colm-fw-ridgeback-interview.eml",
         mail(date=sent1, frm=addr(*colm), subject="FW: " + topic, msgid=mid1,
              body=multi("alternative", f"_000_{mid1.split('@')[0]}_",
                         [leaf("text/plain", text1, cte="base64", params='charset="utf-8"'),
                          leaf("text/html", to_html(text1, "Calibri,sans-serif"), cte="base64", params='charset="utf-8"')]),
              return_path=colm[1], relay=("YT3PR01CU002.outbound.protection.outlook.com", "40.107.116.91"),
              extra=outlook_extra(c + "1", topic)))
    mine = T(2026, 10, 19, 10, 3)
    rid = outlook_msgid(c + "mine", region="SN7PR19MB", dc="NAMPRD19")
    sent2 = T(2026, 10, 19, 13, 40, 2)
    text2 = f"""Perfect, Aleksandra has confirmed. You're all set for {s:%A}, October {s.day} from 10:30 to 11:30 a.m. at Ridgeback Financial, 150 York St, 9th floor. Check in with security in the lobby and ask for {ale[0]}.

Good luck! Give me a call afterwards if you can.

Colm

{sig}

From: Marisol Tenorio <{OWNER}>
Sent: Monday, October 19, 2026 10:03 AM
To: {colm[0]} <{colm[1]}>
Subject: Re: FW: {topic}

Hi Colm,

Thursday at 10:30 works perfectly, thank you!

Marisol
"""
    mid2 = outlook_msgid(c + "2")
    item(c, "02-colm-confirmed.eml",
         mail(date=sent2, frm=addr(*colm), subject="RE: FW: " + topic, msgid=mid2, in_reply_to=rid,
              references=[mid1, rid],
              body=multi("alternative", f"_000_{mid2.split('@')[0]}_",
                         [leaf("text/plain", text2, cte="base64", params='charset="utf-8"'),
                          leaf("text/html", to_html(text2, "Calibri,sans-serif"), cte="base64", params='charset="utf-8"')]),
              return_path=colm[1], relay=("YT3PR01CU002.outbound.protection.outlook.com", "40.107.116.91"),
              extra=outlook_extra(c + "1", topic)))
    label(c, [iv("Ridgeback Financial", role, s, e, "scheduled", [ale[1]], [ale[1]], "hiring_manager")],
          "hard", "positive/agency-forwarded",
          "Third-party agency recruiter forwards the client's note (Outlook, base64 bodies); company is the client, not the "
          "agency; 'this Thursday' from Mon Oct 19 = Oct 22, in person 10:30-11:30; the hiring manager's address appears only "
          "in the forwarded header block; the agency recruiter is not an interviewer.")


# ----------------------------------------------------------------- 12 in-person onsite in Toronto right after fall-back
def case12():
    c = "b207-12-inperson-onsite-after-fallback"
    sor = ("Soraya Bakr", "soraya.bakr@copperleafgames.example")
    ren = ("Ren Takahashi", "ren.takahashi@copperleafgames.example")
    mir = ("Mireille Dubois", "mireille.dubois@copperleafgames.example")
    pao = ("Paolo Greco", "paolo.greco@copperleafgames.example")
    role = "Product Designer, Player Experience"
    sent1 = T(2026, 10, 27, 16, 5, 38, wd="Tuesday", off="-04:00")
    s = T(2026, 11, 3, 10, 0, wd="Tuesday", off="-05:00")
    e = T(2026, 11, 3, 13, 30)
    text1 = f"""Hi Marisol,

We're excited to host you at the studio for the {role} role! Here's the plan for your onsite on {s:%A}, November {s.day}. Note the clocks go back this weekend; all times below are local Toronto time.

10:00 \u2013 11:00  Portfolio presentation to the design panel ({ren[0]}, {mir[0]}, {pao[0]})
11:15 \u2013 12:00  Design problem-solving with Ren
12:00 \u2013 12:45  Lunch with a few folks from the UX team (casual, not evaluated!)
12:45 \u2013 1:30   Conversation with Paolo, our Studio Art Director

Address: 388 Queen St E, 3rd floor. Buzz "Copperleaf" at the side door on Sumach.

I've cc'd the panel so you have their contacts. A calendar hold is coming from me separately.

See you soon,
Soraya

Soraya Bakr
People & Talent Partner | Copperleaf Games
"""
    b = f"Apple-Mail={uuid_like(c + 'am', upper=True)}"
    item(c, "01-soraya-onsite-schedule.eml",
         mail(date=sent1, frm=addr(*sor), cc=", ".join(addr(*p) for p in (ren, mir, pao)),
              subject=f"Copperleaf onsite \u2013 {s:%A}, November {s.day}", msgid=f"{uuid_like(c + 'mid', upper=True)}@copperleafgames.example",
              body=multi("alternative", b, [leaf("text/plain", text1, cte="quoted-printable", params="charset=utf-8"),
                                            leaf("text/html", to_html(text1, "-apple-system,Helvetica"), cte="quoted-printable", params="charset=utf-8")]),
              return_path=sor[1], relay=("mail-yw1-f170.google.com", "209.85.128.170"),
              extra=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]))
    sent2 = T(2026, 10, 28, 13, 10, 9, tz=UTC)
    item(c, "02-invitation-onsite-hold.eml",
         google_invite(seed=c + "2", uid=f"{letters(c + 'uid', 26)}@google.com", organizer=sor,
                       guests=[(sor[0], sor[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                       summary=f"Copperleaf Games onsite \u2013 Marisol Tenorio ({role})", start=s, end=e, sent=sent2,
                       description="Full schedule is in my email from yesterday. Panel: Ren, Mireille, Paolo. Lunch included.",
                       location="Copperleaf Games, 388 Queen St E, 3rd floor, Toronto, ON"))
    ivs = [ren[1], mir[1], pao[1]]
    label(c, [iv("Copperleaf Games", role, s, e, "scheduled", ivs, ivs, "onsite")],
          "medium", "positive/inperson-onsite-dst",
          "In-person same-day loop with a lunch break = one onsite 10:00-13:30; e-mail sent in EDT (-04:00), onsite on Nov 3 "
          "after the Nov 1 fall-back (-05:00); interviewers are cc'd; Google hold from the people partner duplicates it.")


# ----------------------------------------------------------------- 13 coffee chat as first stage, Vancouver TZID invite
def case13():
    c = "b207-13-coffee-chat-vancouver-invite"
    wren = ("Wren Callahan", "wren.callahan@foglinemaps.example")
    role = "Product Designer, Navigation"
    sent1 = T(2026, 8, 13, 10, 2, 51, tz=VAN, wd="Thursday")
    s = T(2026, 8, 20, 11, 0, tz=VAN, wd="Thursday", off="-07:00")
    e = s + timedelta(minutes=30)
    assert s.astimezone(TOR).hour == 14
    text1 = f"""Hi Marisol,

I'm the design manager for our Navigation team and I've been reading through your application for the {role} role. Loved the transit wayfinding work!

Our interview process starts with an informal 30-minute coffee chat with me. It is the first stage of the process (I share notes with the hiring team afterwards), but it's relaxed: no presentation needed.

I've sent an invite for next Thursday at 11am Pacific, which is 2pm your time. Shout if that doesn't work.

Wren Callahan
Design Manager, Navigation \u00b7 Fogline Maps
"""
    item(c, "01-wren-coffee-chat.eml",
         gmail_mail(seed=c + "1", frm=addr(*wren), subject="Fogline Maps - coffee chat", date=sent1, text=text1))
    sent2 = T(2026, 8, 13, 17, 4, 33, tz=UTC)
    item(c, "02-invitation-coffee-chat.eml",
         google_invite(seed=c + "2", uid=f"{letters(c + 'uid', 26)}@google.com", organizer=wren,
                       guests=[(wren[0], wren[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                       summary=f"Coffee chat: Wren / Marisol (Fogline Maps \u2013 {role})", start=s, end=e, sent=sent2,
                       description="Informal first-stage chat, no prep needed.", meet=meet_code(c), tzid="America/Vancouver"))
    label(c, [iv("Fogline Maps", role, s, e, "scheduled", [wren[1]], [wren[1]], "hiring_manager")],
          "medium", "positive/coffee-chat-google-invite",
          "Coffee chat explicitly the first stage of the interview process; Google invite whose .ics uses TZID America/Vancouver "
          "with VTIMEZONE while the text shows Toronto time (2pm EDT = 11am PDT).")


# ================================================================= NEGATIVES
def case14():
    c = "b207-14-design-critique-current-job"
    gid = ("Gideon Mwangi", "gideon.mwangi@tallgrass.example")
    s = T(2026, 2, 11, 14, 0, wd="Wednesday", off="-05:00")
    sent = T(2026, 2, 6, 15, 0, 12, tz=UTC, wd="Friday")
    desc = ("Weekly crit. This week Marisol walks us through returns flow v3 ahead of the usability study.\n\n"
            "Same format we use for candidate portfolio panels: 20 min walkthrough, 30 min critique, 10 min decisions. "
            "Please leave comments on the Figma before the session.\n\n"
            "(Reminder: if you're on the Senior Designer interview loop this month, the rubric is pinned in #design-hiring.)")
    item(c, "01-invitation-design-crit.eml",
         google_invite(seed=c, uid=f"{letters(c + 'uid', 26)}@google.com", organizer=gid,
                       guests=[(gid[0], gid[1], "ACCEPTED"), ("Design Team", "design-team@tallgrass.example", "NEEDS-ACTION"),
                               (None, OWNER, "NEEDS-ACTION")],
                       summary="Design Crit: Returns flow v3 (Marisol presenting)", start=s, end=s + timedelta(hours=1),
                       sent=sent, description=desc, meet=meet_code(c)))
    label(c, [], "hard", "negative/internal-design-critique",
          "Design critique at her current employer where she presents her own work to a panel of designers; mentions "
          "'portfolio panels' and an interview loop but she is not a candidate.")


def case15():
    c = "b207-15-usability-session-she-runs"
    gor = ("Gordon Ayala", "gordon.ayala@mailbox.example")
    s = T(2026, 3, 19, 9, 30, wd="Thursday", off="-04:00")
    e = s + timedelta(minutes=45)
    sent = T(2026, 3, 17, 18, 44, 9, tz=UTC, wd="Tuesday")
    ev = "Returns portal usability session"
    text = f"""Hi Marisol Tenorio,

A new event has been scheduled.

Event Type:
{ev}

Invitee:
{gor[0]}

Invitee Email:
{gor[1]}

Event Date/Time:
{h12(s, 'calendly0')} - {h12(e, 'calendly0')} (Eastern Time - US & Canada) {long_date(s)}

Location:
This is a Zoom web conference.
https://tallgrass.zoom.us/j/{digits(c + 'z', 11)}

Invitee Time Zone:
Eastern Time - US & Canada

Questions:
How many online orders have you returned in the last six months?
3-5

Can we record this research interview for internal use? You'll receive a $60 gift card after the session.
Yes, that's fine

View event in Calendly
https://calendly.com/scheduled_events/{uuid_like(c + 'ev')}

Pro Tip! Take Calendly anywhere you go with the Calendly iOS and Android apps.
"""
    item(c, "01-calendly-new-event-participant.eml",
         calendly_mail(seed=c, reply_to=addr(*gor), date=sent, text=text,
                       subject=f"New Event: {gor[0]} - {h12(s, 'calendly0')} {s:%a}, {s:%b} {s.day}, {s.year} - {ev}"))
    label(c, [], "hard", "negative/user-research-host",
          "Calendly host notification: a participant booked one of the usability/research-interview sessions she runs; "
          "she is the researcher, not a job candidate.")


def case16():
    c = "b207-16-mentoring-call-interview-prep"
    ako = ("Akosua Boateng", "akosua.boateng@mentormesh.example")
    s = T(2026, 4, 18, 11, 0, wd="Saturday", off="-04:00")
    e = s + timedelta(minutes=45)
    sent = T(2026, 4, 12, 20, 15, 33, tz=UTC, wd="Sunday")
    meet = meet_code(c)
    text = f"""Hi Marisol,

Your mentorship session is confirmed!

Portfolio review & interview prep
with {ako[0]}, Principal Product Designer at Halden Pay

{long_date(s)}
{h12(s, 'ats')} \u2013 {h12(e, 'ats')} (America/Toronto)

Join: https://meet.google.com/{meet}

What you told {ako[0].split()[0]}:
"I have a portfolio panel with a health-tech company next week and would love feedback on how I'm framing my care navigation case study, plus a mock run of the first 10 minutes."

Tips for a great session
- Share your Figma or portfolio link ahead of time
- Come with 2-3 specific questions

MentorMesh sessions are free and run by volunteer mentors. Please don't use sessions for recruiting or job solicitation.

Can't make it? Reschedule or cancel: https://mentormesh.example/sessions/{hx(c + 's', 12)}
"""
    cal = ats_ics(prodid="-//MentorMesh//Sessions//EN", method="REQUEST", uid=f"{hx(c + 'uid', 20)}@mentormesh.example",
                  stamp=sent, start=s, end=e, summary=f"MentorMesh: Portfolio review & interview prep ({ako[0]} / {OWNER_NAME})",
                  description=f"Mentorship session with {ako[0]}.\nJoin: https://meet.google.com/{meet}",
                  location=f"https://meet.google.com/{meet}", organizer=("MentorMesh", "sessions@mentormesh.example"),
                  attendees=[(ako[0], ako[1], "ACCEPTED", "REQ-PARTICIPANT", False), (OWNER_NAME, OWNER)])
    b = f"--_NmP-{hx(c + 'nm', 16)}-Part_"
    body = multi("mixed", b + "1", [multi("alternative", b + "2", [leaf("text/plain", text), leaf("text/html", to_html(text), cte="quoted-printable")]),
                                    ics_attachment(cal, "REQUEST")])
    item(c, "01-mentormesh-session-confirmed.eml",
         mail(date=sent, frm="MentorMesh <sessions@mentormesh.example>", subject=f"Session confirmed: Portfolio review & interview prep with {ako[0]}",
              msgid=f"{uuid_like(c)}@mentormesh.example", body=body, return_path="bounces@mail.mentormesh.example",
              relay=("o7.mail.mentormesh.example", "198.51.100.27")))
    label(c, [], "hard", "negative/mentoring-session",
          "ADPList-style free mentoring call: portfolio review and mock interview prep with a mentor at an unrelated company, "
          "with an .ics; coaching, not a hiring-process interview.")


def case17():
    c = "b207-17-bootcamp-portfolio-review-day"
    lila = ("Lila Moreau", "lila.moreau@northbridge-academy.example")
    sent = T(2026, 2, 23, 14, 30, 0, wd="Monday")
    s = T(2026, 2, 28, 13, 0, wd="Saturday", off="-05:00")
    e = T(2026, 2, 28, 14, 0)
    text = f"""Hi Marisol,

Here's your slot for Portfolio Review Day (UX Design Immersive, Cohort 14 alumni session):

{long_date(s)}
1:00 \u2013 1:30 PM: 1:1 portfolio review with a guest reviewer
1:40 \u2013 2:00 PM: mock interview station ("Tell me about a project that didn't go to plan")

Location: Northbridge Design Academy, 220 Adelaide St W, Studio B (or Zoom if you're remote; the link is in the attached invite).

Our guest reviewers are design leads and hiring managers from our partner network. They're here to give feedback, not to interview, but it never hurts to bring your best work!

Lila Moreau
Career Coach, Northbridge Design Academy
"""
    zoom = f"https://northbridge.zoom.us/j/{digits(c + 'z', 11)}"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Northbridge Design Academy//Events//EN", "VERSION:2.0", "METHOD:REQUEST"]
              + vtimezone("America/Toronto")
              + ["BEGIN:VEVENT", f"UID:{hx(c + 'uid', 20)}@northbridge-academy.example", f"DTSTAMP:{zstamp(sent)}",
                 f"DTSTART;TZID=America/Toronto:{lstamp(s)}", f"DTEND;TZID=America/Toronto:{lstamp(e)}",
                 "SUMMARY:Portfolio Review Day - Marisol Tenorio (review + mock interview)",
                 f"DESCRIPTION:{esc('1:1 portfolio review and mock interview station. Remote: ' + zoom)}",
                 "LOCATION:220 Adelaide St W\\, Studio B\\, Toronto", f"ORGANIZER;CN={lila[0]}:mailto:{lila[1]}",
                 attendee(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    item(c, "01-portfolio-review-day-slot.eml",
         mail(date=sent, frm=addr(*lila), subject="Your Portfolio Review Day slot - Sat Feb 28",
              msgid=gmail_msgid(c),
              body=multi("mixed", "000000000000" + hx(c + "m", 12),
                         [gmail_alt(c, text), ics_attachment(cal, "REQUEST")]),
              return_path=lila[1], relay=("mail-sor-f69.google.com", "209.85.220.69")))
    label(c, [], "medium", "negative/bootcamp-portfolio-review",
          "Bootcamp alumni portfolio review day with a mock interview station and an .ics; reviewers explicitly are not interviewing.")


def case18():
    c = "b207-18-dribbble-meetup-hiring-night"
    s = T(2026, 6, 11, 18, 30, wd="Thursday", off="-04:00")
    e = T(2026, 6, 11, 21, 0)
    sent = T(2026, 6, 4, 16, 0, 27, tz=UTC)
    text = f"""You're in, Marisol!

Dribbble Meetup Toronto: Designers Who Hire
{long_date(s)}, 6:30 \u2013 9:00 PM
The Foundry Room, 46 Spadina Ave, Toronto

Agenda
6:30  Doors, snacks and name tags
7:15  Panel: "What hiring managers actually look for in a portfolio" with design leads from three local studios
8:00  Portfolio speed-reviews and open networking. Several studios are hiring and will have recruiters on hand, so bring your laptop or an iPad with your work.

Your ticket: #{digits(c + 't', 6)} (show this email at the door)

Add to calendar: the invite is attached.

See you there,
Dribbble Meetup Toronto crew
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Dribbble Meetup Toronto//Tickets//EN", "VERSION:2.0", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:{hx(c + 'uid', 20)}@dribbbletoronto.example", f"DTSTAMP:{zstamp(sent)}",
               f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
               "SUMMARY:Dribbble Meetup Toronto: Designers Who Hire",
               "DESCRIPTION:Panel + portfolio speed-reviews. Studios hiring - recruiters on hand.",
               "LOCATION:The Foundry Room\\, 46 Spadina Ave\\, Toronto",
               "ORGANIZER;CN=Dribbble Meetup Toronto:mailto:hello@dribbbletoronto.example",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b = f"--==_mimepart_{hx(c + 'mp', 13)}_{digits(c, 5)}"
    body = multi("mixed", b, [multi("alternative", b + "a", [leaf("text/plain", text), leaf("text/html", to_html(text), cte="quoted-printable")]),
                              ics_attachment(cal, "PUBLISH", filename="event.ics")])
    item(c, "01-meetup-ticket.eml",
         mail(date=sent, frm="Dribbble Meetup Toronto <hello@dribbbletoronto.example>",
              subject="You're in! Dribbble Meetup Toronto: Designers Who Hire \u2013 Thu Jun 11",
              msgid=f"{hx(c, 20)}@dribbbletoronto.example", body=body, return_path="bounce@dribbbletoronto.example",
              relay=("out.dribbbletoronto.example", "198.51.100.61")))
    label(c, [], "medium", "negative/meetup",
          "Community meetup ticket with an .ics; hiring vocabulary (recruiters, portfolio reviews) but no interview.")


def case19():
    c = "b207-19-workable-pick-a-time-unbooked"
    jon = ("Jonah Whitley", "jonah.whitley@ondineaudio.example")
    sent = T(2026, 9, 8, 12, 20, 45, tz=LA, wd="Tuesday")
    slots = [T(2026, 9, 14, 10, 0, tz=LA, wd="Monday"), T(2026, 9, 15, 13, 30, tz=LA, wd="Tuesday"),
             T(2026, 9, 16, 9, 0, tz=LA, wd="Wednesday")]
    lines = "\n".join(f"  {long_date(x)} \u2014 {h12(x, 'ats')}" for x in slots)
    text = f"""Hi Marisol,

Thanks for applying for the Senior Product Designer position at Ondine Audio. We'd like to invite you to a video interview with our hiring manager, C\u00e9line Baptiste.

Please choose a time that suits you from the options below. Times are shown in Pacific Time (America/Los_Angeles).

{lines}

Select a time: https://apply.workable.com/ondine-audio/j/{hx(c + 'j', 10).upper()}/interview/select?token={hx(c + 'tok', 24)}

Duration: 45 minutes

If none of these times work, reply to this email and we'll find another option.

{jon[0]}
Ondine Audio

Powered by Workable
"""
    item(c, "01-workable-select-a-time.eml",
         workable_mail(seed=c, company="Ondine Audio", reply_to=addr(*jon), date=sent, text=text,
                       subject="Ondine Audio: please select a time for your interview"))
    label(c, [], "medium", "negative/availability-request",
          "Workable self-scheduling request listing three candidate slots; nothing was booked in the case.")


def case20():
    c = "b207-20-lever-rejection-after-panel"
    mei = ("Mei Lindqvist", "mei.lindqvist@parhelion.example")
    sent = T(2026, 10, 2, 11, 7, 21, tz=DEN, wd="Friday")
    text = f"""Hi Marisol,

Thank you for presenting your portfolio to our panel on Tuesday. The team really appreciated the depth of your grid-operator research and the care you put into the walkthrough.

After a lot of discussion, we've decided to move forward with another candidate whose experience more closely matches what we need for the Senior Product Designer, Grid Tools role right now.

This was a close call. If it's alright with you, we'd love to keep in touch about future design roles; we would happily interview you again.

Wishing you the best in your search,
{mei[0]}
Talent Acquisition, Parhelion Energy
"""
    item(c, "01-lever-application-update.eml",
         lever_mail(seed=c, company="Parhelion Energy", reply_to=addr(*mei), date=sent, text=text,
                    subject="Your application to Parhelion Energy"))
    label(c, [], "medium", "negative/rejection",
          "Lever rejection that refers to a past portfolio panel ('on Tuesday') and offers to interview again; no interview scheduled.")


def case21():
    c = "b207-21-she-interviews-junior-candidate"
    har = ("Harper Quinlan", "harper.quinlan@tallgrass.example")
    dev = ("Dev Raman", "dev.raman@tallgrass.example")
    s = T(2026, 3, 13, 11, 0, wd="Friday", off="-04:00")
    sent = T(2026, 3, 9, 14, 22, 10, tz=UTC, wd="Monday")
    zoom = f"https://tallgrass.zoom.us/j/{digits(c + 'z', 11)}"
    desc = (f"Interviewers: Marisol Tenorio (portfolio deep dive), {dev[0]} (collaboration and craft).\n\n"
            "The candidate will join via the Zoom link below; please admit them from the waiting room.\n\n"
            f"Scorecards are due in Greenhouse within 24 hours: https://app.greenhouse.io/scorecards/{digits(c + 'sc', 9)}\n"
            f"Interview kit: https://app.greenhouse.io/interview_kits/{digits(c + 'ik', 9)}\n\nZoom: {zoom}")
    item(c, "01-invitation-interviewer-for-candidate.eml",
         google_invite(seed=c, uid=f"{letters(c + 'uid', 26)}@google.com", organizer=har,
                       guests=[(har[0], har[1], "ACCEPTED"), (dev[0], dev[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                       summary="Interview: Emeka Obi \u2013 Junior Product Designer (Portfolio review)", start=s,
                       end=s + timedelta(hours=1), sent=sent, description=desc, location=zoom))
    label(c, [], "hard", "negative/user-is-interviewer",
          "Google invite from her own employer's recruiter naming her as an interviewer for a junior candidate's portfolio review.")


def case22():
    c = "b207-22-ashby-take-home-async-walkthrough"
    nad = ("Nadia Kovacs", "nadia.kovacs@bramblehealth.example")
    sent = T(2026, 11, 16, 10, 30, 12, wd="Monday", off="-05:00")
    due = T(2026, 11, 23, 23, 59, wd="Monday")
    text = f"""Hi Marisol,

Thanks for your interest in the Senior Product Designer role at Bramble Health! The next step in our interview process is a take-home design challenge.

The challenge: design a medication refill reminder experience for caregivers managing prescriptions for an aging parent. The full brief is linked below.

Deadline: {long_date(due)} at 11:59 PM ET
Expected effort: 3\u20134 hours

When you're done, upload your work along with a short recorded walkthrough (10 minutes max, Loom or similar). There's no live session for this step; the design team reviews submissions asynchronously and we'll get back to you within a week.

Open the challenge: https://app.ashbyhq.com/assessments/{uuid_like(c + 'as')}

Good luck!
{nad[0]}
Recruiting, Bramble Health

Powered by Ashby
"""
    item(c, "01-ashby-design-challenge.eml",
         ashby_mail(seed=c, company="Bramble Health", reply_to=addr(*nad), date=sent, text=text,
                    subject="Next step: Design challenge \u2013 Senior Product Designer at Bramble Health"))
    label(c, [], "medium", "negative/take-home-assessment",
          "Ashby take-home design challenge with a deadline and a recorded (one-way) walkthrough; explicitly no live session.")


# ================================================================= write
def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    assert list(CASES) == list(LABELS)
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX) and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        names = [n for n, _ in items]
        assert names == sorted(names), case
        for name, content in items:
            newline = "" if name.endswith(".ics") else "\n"  # .ics keeps CRLF, everything else LF
            with open(os.path.join(d, name), "w", encoding="utf-8", newline=newline) as f:
                f.write(content)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind207 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    print(f"{len(LABELS)} cases, {pos} positive, {len(LABELS) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
