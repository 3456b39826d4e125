#!/usr/bin/env python3
"""Regenerate the blind165 evaluation cases (interview detection) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries, so every run writes
the same bytes. Standard library + PyYAML only; every UTC offset comes from zoneinfo.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "b165-"
OWNER = "roz.pennington@example.com"
OWNER_NAME = "Rosalind Pennington"

LON = ZoneInfo("Europe/London")
NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
LIS = ZoneInfo("Europe/Lisbon")
UTC = timezone.utc

CASES = {}    # case id -> list of (filename, bytes)
LABELS = {}   # case id -> label dict


# ----------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that a weekday written by hand in the text is right; return it."""
    full = dt.strftime("%A")
    assert full == name or full[:3] == name, (dt, name, full)
    return name


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lstamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hm(dt):
    return dt.strftime("%H:%M")


def h12(dt, sep=""):
    h = dt.hour % 12 or 12
    m = f":{dt.minute:02d}" if dt.minute else ""
    return f"{h}{m}{sep}{'am' if dt.hour < 12 else 'pm'}"


def h12u(dt):
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def uk_long(dt):          # Thursday 5 February 2026
    return f"{dt:%A} {dt.day} {dt:%B} {dt.year}"


def uk_short(dt):         # Thu 5 Feb 2026
    return f"{dt:%a} {dt.day} {dt:%b} {dt.year}"


def us_long(dt):          # Tuesday, March 17, 2026
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def tzabbr(dt):
    return dt.tzname()


# ----------------------------------------------------------------- MIME helpers
def seedhex(seed, n=28):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def enc_body(text, cte):
    data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    return text.rstrip("\n")


def leaf(ctype, text, cte="7bit", params='charset="UTF-8"', headers=()):
    h = [f"Content-Type: {ctype}; {params}" if params else f"Content-Type: {ctype}"]
    h += list(headers)
    h.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(h) + "\n\n" + enc_body(text, cte)


def binleaf(ctype, data, filename, params=None, disposition="attachment"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    p = f'; {params}' if params else ""
    h = [f'Content-Type: {ctype}{p}; name="{filename}"',
         f'Content-Disposition: {disposition}; filename="{filename}"',
         "Content-Transfer-Encoding: base64"]
    return "\n".join(h) + "\n\n" + base64.encodebytes(data).decode("ascii").rstrip("\n")


def multi(sub, boundary, parts, extra=""):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n\n"
    s += f"--{boundary}--\n"
    return s


def enc_name(name):
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()
    if any(c in name for c in ',()&|:;<>@"'):
        return '"' + name.replace('"', '') + '"'
    return name


def addr(name, email):
    return f"{enc_name(name)} <{email}>" if name else email


def enc_subject(s):
    try:
        s.encode("ascii")
        return fold_header(s)
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def fold_header(value, name_len=9, width=78):
    words = value.split(" ")
    lines, cur = [], ""
    limit = width - name_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, width - 1
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def received(dt, host, ip, qid):
    return (f"from {host} ({host} [{ip}])\n\tby mx1.example.com (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <{OWNER}>; {rfc(dt)}")


def message(headers, root):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {v}")
    out.append("MIME-Version: 1.0")
    return ("\n".join(out) + "\n" + root).encode("utf-8")


def std_headers(date, frm, subject, mid, *, to=None, host, ip, qid, reply_to=None, cc=None,
                in_reply_to=None, references=None, sender=None, return_path=None, extra=()):
    recv_dt = (date + timedelta(seconds=3)).astimezone(UTC)
    h = [("Delivered-To", OWNER),
         ("Received", received(recv_dt, host, ip, qid)),
         ("Return-Path", return_path or "<" + frm.split("<")[-1].rstrip(">") + ">")]
    h += list(extra)
    h += [("Message-ID", mid), ("Date", rfc(date)), ("Subject", enc_subject(subject)),
          ("From", frm)]
    if sender:
        h.append(("Sender", sender))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to or addr(OWNER_NAME, OWNER)))
    if cc:
        h.append(("Cc", cc))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", fold_header(references, 12)))
    return h


def text_to_html(text, font="Helvetica,Arial,sans-serif"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(x) for x in block.split("\n")]
        paras.append("<p>" + "<br>".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + "\n".join(paras) +
            "\n</div></body></html>\n")


# ----------------------------------------------------------------- iCalendar helpers
VTZ = {
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                      "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                      "TZNAME:GMT", "DTSTART:19701025T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Berlin": ["BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                      "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                      "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                      "TZNAME:CET", "DTSTART:19701025T030000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Lisbon": ["BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "X-LIC-LOCATION:Europe/Lisbon",
                      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:WEST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                      "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                      "TZNAME:WET", "DTSTART:19701025T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
    "America/New_York": ["BEGIN:VTIMEZONE", "TZID:America/New_York",
                         "X-LIC-LOCATION:America/New_York", "BEGIN:DAYLIGHT",
                         "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                         "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                         "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0400",
                         "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
                         "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                         "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
}


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold_ics(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > (75 if not out else 74):
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def vcal(lines, crlf=True):
    text = "\r\n".join(fold_ics(x) for x in lines) + "\r\n"
    return text if crlf else text.replace("\r\n", "\n")


def dtprop(name, dt, tzid=None):
    if tzid is None:
        return f"{name}:{zstamp(dt)}"
    return f"{name};TZID={tzid}:{lstamp(dt)}"


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    cn = f";CN={name}" if name else ""
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}{cn}:mailto:{email}"


def alarm(minutes=10):
    return ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            f"TRIGGER:-P0DT0H{minutes}M0S", "END:VALARM"]


# ----------------------------------------------------------------- Google Calendar invites
def gcal_eid(uid):
    return base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")


def google_invite(*, date, organizer, guests, summary, start, end, uid, description,
                  seq=0, mode="new", meet=None, zoom=None, location="", created=None,
                  changed="time", rrule=None, tzid=None, reply_to=True):
    """organizer=(name,email); guests=[(name,email,partstat)] incl. owner, organiser first."""
    oname, oemail = organizer
    s_l, e_l = start.astimezone(LON), end.astimezone(LON)
    when_subj = f"{uk_short(s_l)} {hm(s_l)} - {hm(e_l)} ({tzabbr(s_l)})"
    if rrule:
        when_subj = f"Weekly from {hm(s_l)} to {hm(e_l)} on {s_l:%A} ({tzabbr(s_l)})"
    prefix = {"new": "Invitation", "update": "Updated invitation", "cancel": "Cancelled event"}[mode]
    subject = f"{prefix}: {summary} @ {when_subj} ({OWNER})"
    eid = gcal_eid(uid)
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when_line = f"{s_l:%A} {s_l.day} {s_l:%b} {s_l.year} \u22c5 {hm(s_l)} \u2013 {hm(e_l)}"
    if rrule:
        when_line = f"Weekly on {s_l:%A} \u22c5 {hm(s_l)} \u2013 {hm(e_l)}"
    t = []
    if mode == "cancel":
        t += ["This event has been cancelled and removed from your calendar.", ""]
    if mode == "update":
        t += ["This event has been updated", f"Changed: {changed}", ""]
    t += [summary, when_line, "United Kingdom Time", ""]
    if meet:
        t += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
              "Join by phone", "(GB) +44 20 3956 7718", f"PIN: {int(seedhex(uid, 8), 16) % 10**9:09d}#", ""]
    if zoom:
        t += ["Location", zoom, ""]
    elif location:
        t += ["Location", location, ""]
    t += ["Organiser", oname, oemail, "", "Guests"]
    for gname, gemail, _ in guests:
        if gemail == oemail:
            t += [f"{gname} - organiser", gemail]
        elif gname and gemail != OWNER:
            t += [gname, gemail]
        else:
            t += [gemail]
    t += [f"View all guest info {view}", ""]
    if description:
        t += [description, ""]
    if mode != "cancel":
        t += [f"Reply for {OWNER} and view more details {view}", "Your attendance is optional.", ""]
    t += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
          "You are receiving this email because you are an attendee on the event.", "",
          "Forwarding this invitation could allow any recipient to send a response to the organiser, "
          "be added to the guest list, invite others regardless of their own invitation status or "
          "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(t) + "\n"
    html_body = text_to_html(text, "Roboto,Helvetica,Arial,sans-serif")
    method = "CANCEL" if mode == "cancel" else "REQUEST"
    created = created or (date - timedelta(minutes=2))
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", dtprop("DTSTART", start, tzid), dtprop("DTEND", end, tzid)]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"DTSTAMP:{zstamp(date)}", f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}"]
    for gname, gemail, ps in guests:
        role = "REQ-PARTICIPANT"
        lines.append(att(gname if gemail != OWNER else "", gemail, ps, role,
                         "TRUE" if gemail != oemail else "TRUE", google=True))
    desc = description
    if meet:
        desc += (f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: "
                 f"https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
                 f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(seedhex(uid, 7), 16) % 2000000000)}",
              f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}",
              f"LAST-MODIFIED:{zstamp(date)}", f"LOCATION:{esc(zoom or location)}",
              f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if mode == 'cancel' else 'CONFIRMED'}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    if mode != "cancel":
        lines += alarm(10)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    ics = vcal(lines)
    b1, b2 = "0000000000" + seedhex(uid + mode + str(seq), 14), "0000000000" + seedhex(uid + mode + str(seq) + "a", 14)
    alt = multi("alternative", b2, [
        leaf("text/plain", text, "base64", 'charset="UTF-8"; format=flowed; delsp=yes'),
        leaf("text/html", html_body, "quoted-printable"),
        leaf("text/calendar", ics.replace("\r\n", "\n"), "7bit" if ics.isascii() else "8bit",
             f'charset="UTF-8"; method={method}'),
    ]).rstrip("\n")
    root = multi("mixed", b1, [alt, binleaf("application/ics", ics, "invite.ics")])
    mid = f"<calendar-{seedhex(uid + mode + str(seq), 8)}-{seedhex(uid, 4)}-{seedhex(uid + 'x', 4)}-{seedhex(uid + 'y', 4)}-{seedhex(uid + mode + str(seq) + 'z', 12)}@google.com>"
    hdr = std_headers(date.astimezone(UTC), addr(oname, oemail), subject, mid,
                      host="mail-sor-f69.google.com", ip="209.85.220.69",
                      qid=seedhex(uid + mode + str(seq), 10).upper(),
                      reply_to=addr(oname, oemail) if reply_to else None,
                      sender="Google Calendar <calendar-notification@google.com>",
                      return_path=f"<{seedhex(uid, 18)}@calendar-server.bounces.google.com>",
                      to=OWNER)
    return message(hdr, root)


def add(case, files, label):
    assert case.startswith(PREFIX) and case not in CASES
    names = [f for f, _ in files]
    assert names == sorted(names), names
    for i, f in enumerate(names, 1):
        assert f.startswith(f"{i:02d}-"), (case, f)
    CASES[case] = files
    label = dict(label)
    label.setdefault("source", "synthetic")
    LABELS[case] = label


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes}


# ----------------------------------------------------------------- generic mail builders
def boundary(style, seed):
    h = seedhex(seed, 32)
    if style == "outlook":
        return f"_000_{h[:20].upper()}{h[20:28].upper()}_"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    if style == "java":
        n = int(h[:6], 16)
        return f"----=_Part_{n}_{int(h[6:12], 16)}.{1770000000000 + int(h[12:20], 16) % 10**9}"
    if style == "gmail":
        return "0000000000" + h[:18]
    return h


def mail(*, date, frm, subject, mid, text, html_text=None, host, ip, qid, reply_to=None,
         attach=(), bstyle="hex", text_cte="quoted-printable", html_cte="quoted-printable",
         extra=(), in_reply_to=None, references=None, cc=None, to=None, inline_cal=None,
         sender=None, return_path=None, text_params='charset="UTF-8"'):
    seed = mid
    if html_text is None and not inline_cal:
        body = leaf("text/plain", text, text_cte, text_params)
    else:
        parts = [leaf("text/plain", text, text_cte, text_params)]
        if html_text is not None:
            parts.append(leaf("text/html", html_text, html_cte))
        if inline_cal:
            cal, method, cte = inline_cal
            parts.append(leaf("text/calendar", cal, cte, f'charset="utf-8"; method={method}'))
        body = multi("alternative", boundary(bstyle, seed + "alt"), parts)
    if attach:
        body = multi("mixed", boundary(bstyle, seed + "mix"), [body.rstrip("\n")] + list(attach))
    hdr = std_headers(date, frm, subject, mid, to=to, host=host, ip=ip, qid=qid, reply_to=reply_to,
                      cc=cc, in_reply_to=in_reply_to, references=references, sender=sender,
                      return_path=return_path, extra=extra)
    return message(hdr, body)


def outlook_extra(topic, seed, has_attach=False):
    idx = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    return [("Thread-Topic", enc_subject(topic)), ("Thread-Index", idx),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]


def outlook_mid(seed):
    h = seedhex(seed, 12).upper()
    return f"<DB9PR07MB{h}{seedhex(seed + 'q', 4).upper()}@DB9PR07MB{int(h[:4], 16) % 9000 + 1000}.eurprd07.prod.outlook.com>"


def gmail_mid(seed):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=")
    return f"<CA{raw[:12]}+{raw[12:40]}@mail.gmail.com>"


def gmail_html(text):
    body = "".join(f"<div>{html.escape(x) if x else '<br>'}</div>" for x in text.rstrip("\n").split("\n"))
    return f'<div dir="ltr">{body}</div>\n'


def gcal_json(*, eid, created, updated, summary, description, organizer, attendees, start, end,
              tz, meet=None, location=None, seq=0, status="confirmed"):
    ev = {"kind": "calendar#event",
          "etag": '"' + str(3500000000000000 + int(seedhex(eid, 12), 16) % 10**15) + '"',
          "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" + gcal_eid(eid),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tz}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tz}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    al = []
    for name, email, resp in attendees:
        a = {"email": email}
        if name:
            a["displayName"] = name
        if email == organizer[1]:
            a["organizer"] = True
        if email == OWNER:
            a["self"] = True
        a["responseStatus"] = resp
        al.append(a)
    ev["attendees"] = al
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                 "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": "tel:+44-20-3956-7718", "label": "+44 20 3956 7718",
                 "pin": str(int(seedhex(eid, 8), 16) % 10**9), "regionCode": "GB"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def plain_ics(*, prodid, method, uid, start, end, tzid, organizer, attendees, summary, description,
              location, dtstamp, seq=0, status="CONFIRMED", extra=(), crlf=True, tz_block=True):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    if tzid and tz_block:
        lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(dtstamp)}",
              dtprop("DTSTART", start, tzid), dtprop("DTEND", end, tzid),
              f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}",
              f"LOCATION:{esc(location)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(att(*a))
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"] + list(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return vcal(lines, crlf)


# ================================================================= POSITIVE CASES
def case01():
    cid = "b165-01-ashby-portfolio-review-mail-and-invite"
    s = T(2026, 2, 5, 10, 30, LON)
    e = s + timedelta(hours=1)
    wd(s, "Thursday")
    hattie = ("Hattie Blackwood", "hattie.blackwood@quillfeather.example")
    tomasz = ("Tomasz Wierzbicki", "tomasz.wierzbicki@quillfeather.example")
    d1 = T(2026, 2, 2, 11, 42, LON, 17)
    text = f"""Hi Rosalind,

Thanks again for making time to speak with us about the Senior Product Designer, Payments role. I'm pleased to confirm the next stage:

Portfolio review with Tomasz Wierzbicki (Principal Product Designer)
{uk_long(s)}
{hm(s)} \u2013 {hm(e)} GMT (London)
Google Meet \u2013 the link is in the calendar invitation I'll send over separately

Tomasz will ask you to take him through one or two projects end to end. Ideally pick something where you had to balance regulatory or compliance constraints with a clean customer experience \u2013 we know that's most of the job here! Plan for about 40 minutes on your work and leave 15\u201320 minutes for your own questions. Screen-sharing a Figma file or a deck is absolutely fine; there's no need to send anything ahead.

If anything changes on your side, just reply to this email and I'll sort it.

Best wishes,
Hattie

Hattie Blackwood
Talent Partner, Quillfeather
Powered by Ashby
"""
    m1 = mail(date=d1, frm=addr("Hattie Blackwood", "no-reply@ashbyhq.com"),
              subject="Your portfolio review with Quillfeather is confirmed",
              mid=f"<{seedhex('c01m1', 22)}@geopod-ismtpd-5.ashbyhq.com>", text=text,
              html_text=text_to_html(text), host="o7.email.ashbyhq.com", ip="149.72.133.21",
              qid="4F1K2Q0XGZz9sWd", reply_to=addr(*hattie),
              return_path="<bounces+2874411-9c1e-roz.pennington=example.com@email.ashbyhq.com>")
    desc = (f"Portfolio review for the Senior Product Designer, Payments role.\n\nInterviewer: "
            f"Tomasz Wierzbicki (Principal Product Designer)\nCandidate: Rosalind Pennington\n\n"
            f"Please join from a laptop so you can share your screen. Any problems on the day, "
            f"reply to this invite or email {hattie[1]}.")
    m2 = google_invite(date=T(2026, 2, 2, 11, 47, UTC, 40), organizer=hattie,
                       guests=[(*hattie, "ACCEPTED"), (*tomasz, "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                       summary="Quillfeather | Portfolio review \u2013 Rosalind Pennington",
                       start=s, end=e, uid="5q0f7hkb2vjm4c9wp1ts8d3ne6@google.com",
                       description=desc, meet="qfr-tmzw-kpa")
    add(cid, [("01-ashby-portfolio-review-confirmed.eml", m1),
              ("02-invitation-portfolio-review.eml", m2)],
        lab([iv("Quillfeather", "Senior Product Designer, Payments", s, e, "scheduled",
                [tomasz[1]], [tomasz[1]], "technical")],
            "easy", "positive/dedupe",
            "Ashby confirmation (no-reply sender, recruiter in Reply-To) plus the recruiter's Google "
            "invite for the same portfolio review: one interview. Tomasz conducts it; Hattie only schedules."))


def case02():
    cid = "b165-02-teamtailor-berlin-hiring-manager"
    s = T(2026, 6, 10, 14, 0, BER)
    e = s + timedelta(minutes=45)
    wd(s, "Wednesday")
    sl, el = s.astimezone(LON), e.astimezone(LON)
    lena = ("Lena Vogt", "lena.vogt@brightfeld.example")
    jonas = ("Jonas Reinhardt", "jonas.reinhardt@brightfeld.example")
    d = T(2026, 6, 4, 9, 15, BER, 8)
    text = f"""Hi Rosalind,

Thank you for applying for the Product Designer (Mobile) role at Brightfeld \u2013 the team really enjoyed your portfolio, especially the fleet-booking flows.

We'd love to invite you to a first interview with Jonas Reinhardt, our Head of Design, who is also the hiring manager for this role.

When: {s:%A} {s.day} {s:%B} {s.year}, {hm(s)}\u2013{hm(e)} (Berlin time, {tzabbr(s)})
For you in London that's {hm(sl)}\u2013{hm(el)}.
Where: Google Meet \u2013 https://meet.google.com/bfd-qwnm-rtz

A calendar invitation is attached. Jonas will mostly want to hear how you approach a design problem and how you work with engineers and product managers, so there's no need to prepare a presentation.

If you'd like to send Jonas anything beforehand, his address is {jonas[1]}.

Viele Grüße / Best regards,
Lena Vogt
Talent Acquisition, Brightfeld GmbH
Schlesische Straße 27, 10997 Berlin

--
Diese E-Mail wurde über Teamtailor versendet. Informationen dazu, wie wir deine Daten verarbeiten, findest du in unserer Datenschutzerklärung: https://careers.brightfeld.example/privacy
"""
    ics = plain_ics(prodid="-//Teamtailor//Teamtailor Interviews//EN", method="REQUEST",
                    uid="tt-interview-8842917-3b6f0c@teamtailor.com", start=s, end=e,
                    tzid="Europe/Berlin", organizer=lena,
                    attendees=[(jonas[0], jonas[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    summary="Interview: Rosalind Pennington / Brightfeld \u2013 Product Designer (Mobile)",
                    description="Interview with Jonas Reinhardt (Head of Design).\nGoogle Meet: https://meet.google.com/bfd-qwnm-rtz",
                    location="https://meet.google.com/bfd-qwnm-rtz", dtstamp=d)
    m = mail(date=d, frm=addr("Lena Vogt \u2013 Brightfeld", "no-reply@teamtailor-mail.com"),
             subject="Interview invitation: Product Designer (Mobile) at Brightfeld",
             mid=f"<{seedhex('c02', 24)}@teamtailor-mail.com>", text=text, html_text=text_to_html(text),
             host="mail-eu.teamtailor-mail.com", ip="185.12.81.40", qid="4gK9Wz1pQ7z1xYr",
             reply_to=addr(*lena),
             attach=[binleaf("text/calendar", ics, "invite.ics", "charset=utf-8; method=REQUEST")])
    add(cid, [("01-teamtailor-interview-invitation.eml", m)],
        lab([iv("Brightfeld", "Product Designer (Mobile)", s, e, "scheduled", [jonas[1]], [jonas[1]],
                "hiring_manager")],
            "medium", "positive/ats-ics-timezone",
            "Teamtailor mail with attached .ics in Europe/Berlin (CEST, +02:00); body also gives the "
            "London time (BST). Jonas conducts; Lena organises."))


def case03():
    cid = "b165-03-greenhouse-newyork-dst-gap"
    s = T(2026, 3, 17, 11, 0, NY)
    e = s + timedelta(minutes=45)
    wd(s, "Tuesday")
    sl = s.astimezone(LON)
    assert sl.utcoffset() == timedelta(0) and s.utcoffset() == timedelta(hours=-4)
    dana = ("Dana Whitcombe", "dana.whitcombe@harbourvane.example")
    d = T(2026, 3, 11, 14, 5, NY, 51)
    text = f"""Hi Rosalind,

Thank you for your interest in Harbour & Vane! Your interview has been confirmed for the following time:

{us_long(s)}
{h12u(s)} - {h12u(e)} Eastern Time (US & Canada)

Interview: Hiring Manager Conversation
Interviewer: Marcus Adeyemi, Design Director

Location: Zoom
https://harbourvane.zoom.us/j/83920174455?pwd=dUhXb2xqV1ZtN3BJcVg0Rk9sYkx0QT09
Meeting ID: 839 2017 4455
Passcode: 602915

A quick note on time zones, since you're in London: the US moved its clocks forward on March 8, but the UK doesn't change until March 29. That means the gap is 4 hours rather than the usual 5 this week, so this will be {h12u(sl)} your time.

Please let me know if you have any questions by replying to this email.

Thanks,
Dana Whitcombe
Recruiting Coordinator | Harbour & Vane
"""
    ics = plain_ics(prodid="-//Greenhouse Software Inc.//Interview Scheduler//EN", method="REQUEST",
                    uid="interview-61872240-4a0d@greenhouse.io", start=s, end=e, tzid=None,
                    organizer=("Harbour & Vane Recruiting", "no-reply@greenhouse.io"),
                    attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    summary="Interview with Harbour & Vane \u2013 Senior Product Designer, Growth",
                    description="Hiring Manager Conversation with Marcus Adeyemi (Design Director).\nZoom: https://harbourvane.zoom.us/j/83920174455?pwd=dUhXb2xqV1ZtN3BJcVg0Rk9sYkx0QT09",
                    location="https://harbourvane.zoom.us/j/83920174455", dtstamp=d)
    m = mail(date=d, frm=addr("Dana Whitcombe", "no-reply@greenhouse.io"),
             subject="Interview Confirmation: Senior Product Designer, Growth at Harbour & Vane",
             mid=f"<{seedhex('c03', 24)}.{seedhex('c03b', 6)}@greenhouse.io>", text=text,
             html_text=text_to_html(text, "Arial,sans-serif"), host="mail198-12.suw41.mandrillapp.com",
             ip="198.2.198.12", qid="4f8Hq03Ym1z9tPk", reply_to=addr(*dana), bstyle="java",
             text_cte="7bit", text_params='charset="us-ascii"',
             attach=[binleaf("text/calendar", ics, "interview.ics", "charset=UTF-8; method=REQUEST")])
    add(cid, [("01-greenhouse-interview-confirmation.eml", m)],
        lab([iv("Harbour & Vane", "Senior Product Designer, Growth", s, e, "scheduled", [],
                [dana[1]], "hiring_manager")],
            "medium", "positive/dst-gap",
            "New York interview in the US/UK DST gap week (EDT -04:00 vs GMT): 11:00 ET = 15:00 London. "
            ".ics is in UTC with no-reply organiser. Interviewer's address never appears, so "
            "interviewer_emails is empty and follow-up goes to the coordinator in Reply-To."))


def case04():
    cid = "b165-04-lever-lisbon-reschedule"
    s0 = T(2026, 4, 22, 10, 0, LIS)
    s = T(2026, 4, 23, 15, 30, LIS)
    e0, e = s0 + timedelta(hours=1), s + timedelta(hours=1)
    wd(s0, "Wednesday"); wd(s, "Thursday")
    sofia = ("Sofia Antunes", "sofia.antunes@mares-labs.example")
    ines = ("Inês Carvalho", "ines.carvalho@mares-labs.example")
    uid = "lever-interview-2c9d51f7-6e0b-4f1a-9d83-0a7be1c4d2e6"
    d1 = T(2026, 4, 16, 17, 20, LIS, 33)
    d2 = T(2026, 4, 20, 8, 55, LIS, 2)
    t1 = f"""Olá Rosalind,

Great news \u2013 you're confirmed for your next interview for the Product Designer, Booking Experience role at Marésia Labs.

Interview: Portfolio deep-dive
With: Inês Carvalho, Design Lead
Date: {uk_long(s0)}
Time: {hm(s0)} \u2013 {hm(e0)} (Lisbon, {tzabbr(s0)} \u2013 the same as UK time)
Location: Google Meet \u2013 https://meet.google.com/mrs-ptgk-wuf

Inês will ask you to present one project in depth (around 30 minutes) and then dig into your decisions and trade-offs. A calendar invitation is attached.

Até breve,
Sofia Antunes
People & Talent, Marésia Labs
Rua da Boavista 84, 1200-066 Lisboa

Sent with Lever
"""
    t2 = f"""Hi Rosalind,

Apologies for the change \u2013 Inês has been pulled into a client workshop on {wd(s0, 'Wednesday')} morning, so we've had to move your portfolio deep-dive:

Previously: {s0:%A} {s0.day} {s0:%B}, {hm(s0)} \u2013 {hm(e0)}
New time: {uk_long(s)}, {hm(s)} \u2013 {hm(e)} (Lisbon/UK time)

Same Google Meet link as before. The updated calendar invitation is attached \u2013 please accept it so the old slot disappears from your calendar. If {wd(s, 'Thursday')} afternoon doesn't work, just reply and we'll find another time.

Obrigada!
Sofia

Sent with Lever
"""
    items = []
    for i, (d, t, st, en, seq, subj) in enumerate([
            (d1, t1, s0, e0, 0, "Interview confirmed: Product Designer, Booking Experience \u2013 Marésia Labs"),
            (d2, t2, s, e, 1, "Interview rescheduled: Product Designer, Booking Experience \u2013 Marésia Labs")]):
        ics = plain_ics(prodid="-//Lever//Lever Interview Scheduling//EN", method="REQUEST", uid=uid,
                        start=st, end=en, tzid="Europe/Lisbon", organizer=sofia,
                        attendees=[(ines[0], ines[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                        summary="Marésia Labs \u2013 Portfolio deep-dive (Rosalind Pennington)",
                        description="Portfolio deep-dive with Inês Carvalho (Design Lead).\nGoogle Meet: https://meet.google.com/mrs-ptgk-wuf",
                        location="https://meet.google.com/mrs-ptgk-wuf", dtstamp=d, seq=seq)
        items.append(mail(date=d, frm=addr("Sofia Antunes", "no-reply@hire.lever.co"), subject=subj,
                          mid=f"<{seedhex('c04' + str(i), 16)}-{seedhex('c04x' + str(i), 8)}@hire.lever.co>",
                          text=t, html_text=text_to_html(t), host="mail-a12.hire.lever.co",
                          ip="52.204.88.17", qid=seedhex("c04q" + str(i), 15), reply_to=addr(*sofia),
                          bstyle="java",
                          attach=[binleaf("text/calendar", ics, "invite.ics", "charset=UTF-8; method=REQUEST")]))
    add(cid, [("01-lever-interview-confirmed.eml", items[0]),
              ("02-lever-interview-rescheduled.eml", items[1])],
        lab([iv("Marésia Labs", "Product Designer, Booking Experience", s, e, "scheduled",
                [ines[1]], [ines[1]], "technical")],
            "medium", "positive/reschedule",
            "Lever confirmation then reschedule (same UID, SEQUENCE 0 -> 1): final time Thursday 23 April "
            "15:30 WEST (+01:00). Lisbon = London time."))


def case05():
    cid = "b165-05-goodtime-virtual-onsite-october-dst"
    bea = ("Bea Tran", "bea.tran@cobaltledger.example")
    gwen = ("Gwen Halloran", "gwen.halloran@cobaltledger.example")
    ezra = ("Ezra Lindqvist", "ezra.lindqvist@cobaltledger.example")
    mateo = ("Mateo Ruiz", "mateo.ruiz@cobaltledger.example")
    hannah = ("Hannah Osei", "hannah.osei@cobaltledger.example")
    claude = ("Claude Fournier", "claude.fournier@cobaltledger.example")
    day = (2026, 10, 28)
    sess = [
        ("Design challenge presentation", T(*day, 10, 0, NY), T(*day, 11, 0, NY), [gwen, ezra, mateo],
         "Present your design challenge (about 25 minutes), then discussion with the panel."),
        ("Product partnership", T(*day, 11, 15, NY), T(*day, 12, 0, NY), [hannah],
         "How you work with product and engineering: prioritisation, trade-offs, disagreement."),
        ("Craft & leadership", T(*day, 12, 45, NY), T(*day, 13, 30, NY), [claude],
         "Conversation with our VP Design about craft, mentoring and design quality."),
    ]
    wd(sess[0][1], "Wednesday")
    wd(T(2026, 10, 25, 12, 0, LON), "Sunday"); wd(T(2026, 11, 1, 12, 0, NY), "Sunday")
    s0 = sess[0][1].astimezone(LON)
    assert s0.hour == 14 and s0.utcoffset() == timedelta(0)
    d = T(2026, 10, 22, 16, 10, NY, 44)
    lunch_s, lunch_e = T(*day, 12, 0, NY).astimezone(LON), T(*day, 12, 45, NY).astimezone(LON)
    rows = []
    for title, st, en, who, _ in sess:
        names = ", ".join(n for n, _ in who)
        rows.append(f"{hm(st.astimezone(LON))} \u2013 {hm(en.astimezone(LON))}   {title} \u2013 {names}")
    rows.insert(2, f"{hm(lunch_s)} \u2013 {hm(lunch_e)}   Lunch break (the team in New York will be at their desks eating \u2013 grab a cuppa!)")
    text = f"""Hi Rosalind,

We're excited to have you join us for your virtual onsite for the Staff Product Designer role at Cobalt Ledger. Here is your itinerary.

All times below are shown in your time zone: Europe/London (GMT).
Heads-up: the UK clocks go back on Sunday 25 October, a week before the US changes on Sunday 1 November, so on the day New York is only 4 hours behind London rather than 5.

{uk_long(s0)}
""" + "\n".join(rows) + f"""

Interviewers
Gwen Halloran \u2013 Head of Product Design
Ezra Lindqvist \u2013 Senior Product Designer
Mateo Ruiz \u2013 Engineering Manager, Close & Reconcile
Hannah Osei \u2013 Group Product Manager
Claude Fournier \u2013 VP Design

Each session has its own calendar invitation with a Zoom link, which you'll receive from me shortly. For the first session, please have your design challenge deck ready to share.

If you need to reschedule or need any accommodations, reply to this email and I'll help.

Bea Tran
Recruiting Coordinator, Cobalt Ledger

This itinerary was sent using GoodTime.
"""
    files = [("01-goodtime-onsite-itinerary.eml",
              mail(date=d, frm=addr("Cobalt Ledger Recruiting", "no-reply@goodtime.io"),
                   subject="Your Cobalt Ledger virtual onsite \u2013 itinerary",
                   mid=f"<{seedhex('c05', 20)}@goodtime.io>", text=text, html_text=text_to_html(text),
                   host="o3.ptr4820.goodtime.io", ip="167.89.44.201", qid="4Gx7Lm2Tq9zBv8N",
                   reply_to=addr(*bea)))]
    for i, (title, st, en, who, blurb) in enumerate(sess):
        zoom = f"https://cobaltledger.zoom.us/j/9{int(seedhex('c05z' + str(i), 8), 16) % 10**10:010d}"
        desc = (f"Cobalt Ledger virtual onsite \u2013 Staff Product Designer\nSession {i + 1} of 3: {title}\n"
                f"Interviewer(s): " + ", ".join(f"{n} ({m})" for n, m in who) + f"\n\n{blurb}\n\nZoom: {zoom}\n\n"
                f"Scheduled with GoodTime. Questions: {bea[1]}")
        guests = [(*bea, "ACCEPTED")] + [(n, m, "ACCEPTED") for n, m in who] + [("", OWNER, "NEEDS-ACTION")]
        files.append((f"0{i + 2}-invitation-onsite-session-{i + 1}.eml",
                      google_invite(date=T(2026, 10, 22, 20, 14 + i, UTC, 5), organizer=bea, guests=guests,
                                    summary=f"Cobalt Ledger Onsite ({i + 1}/3): {title} \u2013 Rosalind Pennington",
                                    start=st, end=en, uid=f"gt{seedhex('c05u' + str(i), 24)}@google.com",
                                    description=desc, zoom=zoom)))
    ivs = [m for _, _, _, who, _ in sess for _, m in who]
    add(cid, files,
        lab([iv("Cobalt Ledger", "Staff Product Designer", sess[0][1], sess[-1][2], "scheduled", ivs, ivs,
                "onsite")],
            "hard", "positive/onsite-loop",
            "GoodTime itinerary (London times, in the week between the UK and US clock changes: NY is "
            "-04:00, London +00:00) plus three Google invites, one per session, with a lunch break: one "
            "onsite 10:00-13:30 EDT with all five interviewers; Bea only coordinates."))


def case06():
    cid = "b165-06-calendly-recruiter-screen-bst"
    s = T(2026, 7, 13, 9, 30, LON)
    e = s + timedelta(minutes=30)
    wd(s, "Monday")
    olu = ("Olu Bankole", "olu.bankole@sablewood.example")
    d = T(2026, 7, 8, 12, 3, UTC, 29)
    ev = "Sablewood \u2013 intro call (30 min)"
    text = f"""Hi Rosalind Pennington,

Your {ev} with Olu Bankole at {hm(s)} on {s:%A}, {s.day} {s:%B} {s.year} (British Summer Time) is scheduled.

Event Type:
{ev}

Event Date/Time:
{hm(s)} - {s:%A}, {s.day} {s:%B} {s.year} (British Summer Time)

Location:
Olu will call you on +44 7700 900418

Invitee Time Zone:
British Summer Time

Questions:
Please share a link to your portfolio
https://rozpennington.example/work

Description:
A relaxed 30 minutes to talk through your background, what you're looking for next and the Product Designer \u2013 Patient Apps role. I'll cover salary range, the interview process and timelines. \u2013 Olu, Talent Lead at Sablewood

View event in Calendly: https://calendly.com/events/{seedhex('c06e', 8)}-{seedhex('c06f', 4)}/invitee

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{seedhex('c06c', 36)}
Reschedule: https://calendly.com/reschedulings/{seedhex('c06c', 36)}

Powered by Calendly.com
"""
    ics = plain_ics(prodid="-//Calendly//Calendly Scheduling//EN", method="REQUEST",
                    uid=f"{seedhex('c06uid', 32)}@calendly.com", start=s, end=e, tzid=None,
                    organizer=olu, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    summary=f"{ev} between Olu Bankole and Rosalind Pennington",
                    description="Event Name: " + ev + "\n\nLocation: Olu will call you on +44 7700 900418\n\nPowered by Calendly.com",
                    location="+44 7700 900418", dtstamp=d)
    m = mail(date=d, frm=addr("Calendly", "notifications@calendly.com"),
             subject=f"Confirmed: {ev} with Olu Bankole on {s:%A}, {s.day} {s:%B} {s.year}",
             mid=f"<{seedhex('c06m', 24)}@calendly.com>", text=text, html_text=text_to_html(text),
             host="o1.mail.calendly.com", ip="167.89.101.65", qid="4fRt8K1bW2z3nQp",
             reply_to=addr(*olu),
             attach=[binleaf("text/calendar", ics, "invite.ics", "charset=UTF-8; method=REQUEST")])
    add(cid, [("01-calendly-confirmed-intro-call.eml", m)],
        lab([iv("Sablewood", "Product Designer \u2013 Patient Apps", s, e, "scheduled", [olu[1]], [olu[1]],
                "phone_screen")],
            "easy", "positive/calendly-utc-ics",
            "Calendly invitee confirmation, time in British Summer Time, .ics in UTC (08:30Z). The "
            "recruiter (host, Reply-To, ORGANIZER) conducts the screen."))


def outlook_ics(*, uid, start, end, organizer, attendees, summary, description, dtstamp, teams_url,
                seq=0, method="REQUEST"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ["GMT Standard Time"] + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(att(*a))
    lines += [f"DESCRIPTION;LANGUAGE=en-GB:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-GB:{esc(summary)}",
              dtprop("DTSTART", start, "GMT Standard Time"), dtprop("DTEND", end, "GMT Standard Time"),
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(dtstamp)}", "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(seedhex(uid, 7), 16)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}',
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return vcal(lines)


def teams_block(url, mid_no, pw):
    return f"""________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{url}>
Meeting ID: {mid_no}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams_url(seed):
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{seedhex(seed, 40)}%40thread.v2/0"
            f"?context=%7b%22Tid%22%3a%22{seedhex(seed + 't', 8)}-{seedhex(seed + 'u', 4)}%22%7d")


def case07():
    cid = "b165-07-agency-forwards-client-teams-invite"
    s = T(2026, 6, 9, 11, 0, LON)
    e = s + timedelta(hours=1)
    wd(s, "Tuesday")
    assert s.utcoffset() == timedelta(hours=1)
    jess = ("Jess Marlow", "jess.marlow@pickfordlowe.example")
    callum = ("Callum Reid", "callum.reid@orrerygames.example")
    sent = T(2026, 6, 2, 16, 12, LON)
    d = T(2026, 6, 3, 10, 14, LON, 9)
    url = teams_url("c07")
    subj0 = "Orrery Games \u2013 Design interview \u2013 Rosalind Pennington (Pickford & Lowe)"
    tb = teams_block(url, "371 904 558 216", "Ht7qZ2")
    callum_note = """Hi Jess, hi Rosalind,

Looking forward to meeting. I'll ask Rosalind to share her screen and talk us through a couple of projects \u2013 no need to prepare slides.

Callum
"""
    text = f"""Hi Roz,

Brilliant news \u2013 Orrery Games would like to meet you for the Senior UX/UI Designer role! Callum sent the invite to me rather than to you (they're still setting you up on their system), so I've forwarded it below \u2013 accept it and it'll land in your calendar.

It's an hour with Callum, their Lead Product Designer, and it's mostly a walk-through of two case studies. The loyalty redesign would go down really well.

Give me a ring afterwards and let me know how it went.

Jess

Jess Marlow
Senior Consultant \u2013 Digital & Design
Pickford & Lowe
M: 07700 900233 | pickfordlowe.example

-----Original Appointment-----
From: Callum Reid <{callum[1]}>
Sent: {sent.day:02d} {sent:%B} {sent.year} {hm(sent)}
To: Callum Reid; Jess Marlow
Subject: {subj0}
When: {s.day:02d} {s:%B} {s.year} {hm(s)}-{hm(e)} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

{callum_note}
{tb}"""
    ics = outlook_ics(uid="040000008200E00074C5B7101A82E00800000000" + seedhex("c07uid", 56).upper(),
                      start=s, end=e, organizer=callum,
                      attendees=[(jess[0], jess[1], "NEEDS-ACTION"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      summary=subj0, description=callum_note + "\n" + tb, dtstamp=d, teams_url=url)
    m = mail(date=d, frm=addr(*jess), subject="FW: " + subj0, mid=outlook_mid("c07"), text=text,
             html_text=text_to_html(text, "Aptos,Calibri,sans-serif"),
             host="mail-db8eur05on2071.outbound.protection.outlook.com", ip="40.107.20.71",
             qid="4fQz0T7kLmz2wXb", bstyle="outlook", inline_cal=(ics, "REQUEST", "base64"),
             extra=outlook_extra("Orrery Games \u2013 Design interview \u2013 Rosalind Pennington (Pickford & Lowe)", "c07"))
    add(cid, [("01-fw-orrery-design-interview.eml", m)],
        lab([iv("Orrery Games", "Senior UX/UI Designer", s, e, "scheduled", [callum[1]], [callum[1]],
                "technical")],
            "hard", "positive/agency-forward",
            "Agency consultant forwards the client's Outlook/Teams meeting. Company is the client "
            "(Orrery Games), not the agency. The forwarded 'When:' shows the Windows label (UTC+00:00) "
            "but 9 June is BST, so 11:00 is +01:00 (TZID GMT Standard Time in the invite)."))


def case08():
    cid = "b165-08-thread-tomorrow-at-two"
    s = T(2026, 3, 6, 14, 0, LON)
    e = s + timedelta(minutes=45)
    wd(s, "Friday")
    ellis = ("Ellis Fairweather", "ellis@fathomfinch.example")
    d1 = T(2026, 3, 3, 9, 14, LON, 36)
    dr = T(2026, 3, 4, 19, 2, LON, 11)
    d2 = T(2026, 3, 5, 8, 47, LON, 50)
    assert (d2 + timedelta(days=1)).date() == s.date()
    wd(d1, "Tue"); wd(dr, "Wed"); wd(d2, "Thursday")
    mid1, midr, mid2 = gmail_mid("c08a"), "<9B1E64C2-7F3A-4D0B-A1C8-55E2F0B3D9A7@example.com>", gmail_mid("c08b")
    subj = "Senior Product Designer role \u2013 a chat?"
    t1 = """Hi Roz,

Thanks for sending over your portfolio \u2013 Marnie passed it on and I really enjoyed the repeat-prescriptions work, especially how you handled the pharmacy hand-off.

Would you be up for a first conversation about the Senior Product Designer role? About 45 minutes \u2013 I'd want to hear how you work and tell you a bit about the team and the kind of client projects we take on. If it goes well, the next step would be a portfolio session with two of our leads.

I could do Thursday or Friday afternoon this week. Let me know what suits.

Best,
Ellis

Ellis Fairweather
Design Director, Fathom & Finch
"""
    quoted1 = "\n".join(">> " + x if x else ">>" for x in t1.rstrip("\n").split("\n"))
    t2 = f"""Hi Roz,

Friday works really well \u2013 let's say tomorrow at 2 then. Here's a Zoom link; I've blocked out 45 minutes:

https://fathomfinch.zoom.us/j/86153307729?pwd=Rk5hU2dNc0V0cmx6a1FJd2ZqZ1Bmdz09
Meeting ID: 861 5330 7729
Passcode: 418822

If anything comes up my mobile is 07700 900561.

Speak soon,
Ellis

Ellis Fairweather
Design Director, Fathom & Finch

On Wed, 4 Mar 2026 at 19:02, Rosalind Pennington <{OWNER}> wrote:
> Hi Ellis,
>
> Thank you, that's really kind \u2013 I'd love to chat. Friday afternoon would be
> easiest as I'm in back-to-back research sessions on Thursday. Any time from
> 1pm works.
>
> Best,
> Roz
>
> Sent from my iPhone
>
>> On 3 Mar 2026, at 09:14, Ellis Fairweather <{ellis[1]}> wrote:
>>
{quoted1}
"""
    common = dict(host="mail-sor-f41.google.com", ip="209.85.220.41", bstyle="gmail",
                  frm=addr(*ellis), extra=[("X-Gm-Message-State", "AOJu0Yx" + seedhex("c08g", 30))])
    m1 = mail(date=d1, subject=subj, mid=mid1, text=t1, html_text=gmail_html(t1), qid="4fMx2Kq8Tnz7vRd",
              **common)
    m2 = mail(date=d2, subject="Re: " + subj, mid=mid2, text=t2, html_text=gmail_html(t2),
              qid="4fNb7Hw1Ypz3kLc", in_reply_to=midr, references=f"{mid1} {midr}", **common)
    add(cid, [("01-ellis-senior-product-designer-chat.eml", m1),
              ("02-re-senior-product-designer-chat.eml", m2)],
        lab([iv("Fathom & Finch", "Senior Product Designer", s, e, "scheduled", [ellis[1]], [ellis[1]],
                "hiring_manager")],
            "medium", "positive/thread-relative-date",
            "Human thread; the owner's own reply exists only as quoted text. 'tomorrow at 2' in the "
            "Thursday 5 March message = Friday 6 March 14:00 GMT, 45 minutes. A first conversation with "
            "the Design Director as an explicit hiring step."))


def case09():
    cid = "b165-09-ashby-hiring-paused-cancelled"
    s = T(2026, 5, 12, 16, 0, LON)
    e = s + timedelta(minutes=45)
    wd(s, "Tuesday")
    felix = ("Felix Amankwah", "felix.amankwah@verdigris.example")
    saoirse = ("Saoirse Dunne", "saoirse.dunne@verdigris.example")
    uid = "3vq8m1d0k7c2tsh5j9wne4rb6f@google.com"
    desc = ("Hiring manager interview for the Lead Product Designer role with Saoirse Dunne (Head of "
            "Design). 45 minutes: your experience leading design on a consumer product, and what you'd "
            "want to do in your first six months.\n\nScheduled via Ashby.")
    guests = [(*felix, "ACCEPTED"), (*saoirse, "ACCEPTED"), ("", OWNER, "ACCEPTED")]
    summ = "Verdigris Energy \u2013 Hiring manager interview (Rosalind Pennington / Saoirse Dunne)"
    m1 = google_invite(date=T(2026, 5, 6, 13, 20, UTC, 12), organizer=felix, guests=[(*felix, "ACCEPTED"), (*saoirse, "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                       summary=summ, start=s, end=e, uid=uid, description=desc, meet="vgd-hmfx-pqa")
    d2 = T(2026, 5, 8, 17, 45, LON, 3)
    t2 = f"""Hi Rosalind,

I'm really sorry to be sending this. We've had to pause hiring for the Lead Product Designer role while we finalise our budget for the second half of the year, so unfortunately we need to cancel your conversation with Saoirse on {wd(s, 'Tuesday')} {s.day} {s:%B}. You'll get a calendar cancellation separately.

This is in no way a reflection on you \u2013 Saoirse was genuinely looking forward to speaking with you. If the role reopens (we hope in the autumn), I'd love to pick things up again with you first.

Thank you for your patience and understanding.

Best,
Felix

Felix Amankwah
Recruiter, Verdigris Energy
"""
    m2 = mail(date=d2, frm=addr("Felix Amankwah", "no-reply@ashbyhq.com"),
              subject="Update on your Lead Product Designer application",
              mid=f"<{seedhex('c09m', 22)}@geopod-ismtpd-2.ashbyhq.com>", text=t2, html_text=text_to_html(t2),
              host="o7.email.ashbyhq.com", ip="149.72.133.21", qid="4gA1Rz6XcTz2pLm", reply_to=addr(*felix),
              return_path="<bounces+2874411-77aa-roz.pennington=example.com@email.ashbyhq.com>")
    m3 = google_invite(date=T(2026, 5, 8, 16, 46, UTC, 30), organizer=felix, guests=guests, summary=summ,
                       start=s, end=e, uid=uid, description=desc, meet="vgd-hmfx-pqa", seq=1, mode="cancel")
    add(cid, [("01-invitation-hiring-manager-interview.eml", m1),
              ("02-ashby-update-on-application.eml", m2),
              ("03-cancelled-event-hiring-manager-interview.eml", m3)],
        lab([iv("Verdigris Energy", "Lead Product Designer", s, e, "cancelled", [saoirse[1]], [saoirse[1]],
                "hiring_manager")],
            "medium", "positive/cancellation",
            "Google invite, then Ashby mail pausing the role and a Google 'Cancelled event' (METHOD:CANCEL, "
            "SEQUENCE 1): one interview, status cancelled, at its last time 12 May 16:00 BST."))


def case10():
    cid = "b165-10-berlin-screen-then-challenge-presentation"
    carla = ("Carla Nowak", "carla.nowak@tiefsee.example")
    anke = ("Anke Hoffmann", "anke.hoffmann@tiefsee.example")
    malte = ("Malte Schreiber", "malte.schreiber@tiefsee.example")
    yusuf = ("Yusuf Demir", "yusuf.demir@tiefsee.example")
    role = "Senior Product Designer, Data Platform"
    s1 = T(2026, 4, 20, 10, 0, BER)
    e1 = s1 + timedelta(minutes=30)
    s2 = T(2026, 4, 30, 15, 0, BER)
    e2 = s2 + timedelta(minutes=90)
    wd(s1, "Monday"); wd(s2, "Thursday")
    desc1 = (f"30-minute intro call with Carla (Talent Partner) about the {role} role: your background, "
             f"what you're looking for, salary expectations and working remotely from London for a "
             f"Berlin team. Time in Berlin: {hm(s1)}\u2013{hm(e1)} {tzabbr(s1)}.")
    m1 = google_invite(date=T(2026, 4, 14, 8, 30, UTC, 2), organizer=carla,
                       guests=[(*carla, "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                       summary="Tiefsee Analytics \u2013 intro call (Rosalind Pennington / Carla Nowak)",
                       start=s1, end=e1, uid="0tsf4k8w2m6q1x9b3nd7hc5vjr@google.com", description=desc1,
                       meet="tfs-kwqa-nmb")
    d2 = T(2026, 4, 21, 16, 5, BER, 41)
    s2l = s2.astimezone(LON)
    t2 = f"""Hi Rosalind,

Thanks for the lovely chat yesterday \u2013 I've shared my notes with Anke and we'd love to move you forward.

The next step is a design challenge. You'll find the brief here: https://tiefsee.notion.site/Design-challenge-{seedhex('c10n', 12)}
Please don't spend more than 4\u20135 hours on it; we care much more about your thinking than polish.

You'll then present it live to the panel on {wd(s2, 'Thursday')} {s2.day} April at {hm(s2)} Berlin time ({hm(s2l)} in London) for 90 minutes: roughly 30 minutes presenting, 45 minutes of discussion and 15 minutes for your questions.

The panel:
\u2013 Anke Hoffmann, Design Lead
\u2013 Malte Schreiber, Senior Product Manager
\u2013 Yusuf Demir, Staff Engineer

I'll send the calendar invite in a moment. Viel Erfolg!

Carla

Carla Nowak
Talent Partner | Tiefsee Analytics GmbH
Rosenthaler Straße 40, 10178 Berlin
"""
    m2 = mail(date=d2, frm=addr(*carla), subject="Next step: design challenge presentation \u2013 Tiefsee Analytics",
              mid=gmail_mid("c10b"), text=t2, html_text=gmail_html(t2), host="mail-sor-f54.google.com",
              ip="209.85.220.54", qid="4fVw3Jm6Kdz8rTq", bstyle="gmail")
    desc3 = (f"Design challenge presentation for the {role} role.\n\n30 min presentation \u00b7 45 min "
             f"discussion \u00b7 15 min your questions.\nPanel: Anke Hoffmann (Design Lead), Malte Schreiber "
             f"(Senior PM), Yusuf Demir (Staff Engineer).\n\nPlease share your screen from a laptop.")
    j3 = gcal_json(eid="7hq2vn9d4k1m8c0tsbw6rz3pfx", created=T(2026, 4, 21, 14, 12, UTC),
                   updated=T(2026, 4, 22, 7, 58, UTC, 31), summary=f"Design challenge presentation \u2013 Rosalind Pennington ({role})",
                   description=desc3, organizer=carla,
                   attendees=[(*carla, "accepted"), (*anke, "accepted"), (*malte, "accepted"),
                              (*yusuf, "tentative"), ("", OWNER, "accepted")],
                   start=s2, end=e2, tz="Europe/Berlin", meet="tfs-dcpx-wrm")
    add(cid, [("01-invitation-intro-call.eml", m1), ("02-next-step-design-challenge.eml", m2),
              ("03-design-challenge-presentation.gcal.json", j3)],
        lab([iv("Tiefsee Analytics", role, s1, e1, "scheduled", [carla[1]], [carla[1]], "phone_screen"),
             iv("Tiefsee Analytics", role, s2, e2, "scheduled", [anke[1], malte[1], yusuf[1]],
                [anke[1], malte[1], yusuf[1]], "onsite")],
            "medium", "positive/two-interviews",
            "Two interviews at one Berlin company: recruiter screen (Google invite shown in London time, "
            "09:00 BST = 10:00 CEST) and a live design-challenge presentation to a panel of three "
            "(Calendar API event, +02:00). The take-home itself is not an interview; its live "
            "presentation is."))


def case11():
    cid = "b165-11-gcal-api-founder-final-chat"
    marta = ("Marta Lopes", "marta.lopes@alfamapay.example")
    duarte = ("Duarte Mendes", "duarte.mendes@alfamapay.example")
    s = T(2026, 9, 17, 17, 30, LIS)
    e = s + timedelta(minutes=30)
    wd(s, "Thursday")
    desc = ("Last step for the Founding Product Designer role \u2013 an informal 30 minutes with Duarte, our "
            "co-founder & CEO. No prep needed; he'll mostly want to hear what excites you about payments "
            "for small merchants, and answer anything you want to ask about the company.\n\n"
            f"Any questions beforehand, reach me on {marta[1]}.\nMarta")
    j = gcal_json(eid="2kd9w5mq0v7h3rj8xs1tc6nb4e", created=T(2026, 9, 11, 9, 2, UTC),
                  updated=T(2026, 9, 11, 13, 47, UTC, 21), summary="Final chat: Rosalind <> Duarte (Alfama Pay)",
                  description=desc, organizer=marta,
                  attendees=[(*marta, "accepted"), (*duarte, "accepted"), ("", OWNER, "accepted")],
                  start=s, end=e, tz="Europe/Lisbon", meet="alf-dmrz-cqe")
    add(cid, [("01-final-chat-alfama-pay.gcal.json", j)],
        lab([iv("Alfama Pay", "Founding Product Designer", s, e, "scheduled", [duarte[1]], [duarte[1]],
                "hiring_manager")],
            "easy", "positive/gcal-json",
            "Calendar API event only: final chat with the co-founder/CEO (explicitly the last hiring step), "
            "Europe/Lisbon in September (WEST, +01:00). Marta organises; Duarte conducts. Kind could be "
            "argued as 'other'; labelled hiring_manager."))


def case12():
    cid = "b165-12-standalone-ics-berlin-day-after-clock-change"
    fr = ("Friederike Lang", "friederike.lang@stellwerk.example")
    s = T(2026, 3, 30, 10, 0, BER)
    e = s + timedelta(hours=1)
    wd(s, "Monday"); wd(T(2026, 3, 29, 12, 0, BER), "Sunday")
    assert s.utcoffset() == timedelta(hours=2) and s.astimezone(LON).hour == 9
    desc = ("Portfolio presentation \u2013 Senior Product Designer, Ticketing (Stellwerk Mobility)\n\n"
            "You'll present two projects (approx. 40 min) to Friederike Lang, VP Design, followed by 20 "
            "min of questions.\n\nZoom: https://stellwerk.zoom.us/j/84417730926?pwd=S3RlbGx3ZXJrUG9ydGZvbGlv\n\n"
            "NB: Germany and the UK both switch to summer time on Sunday 29 March, the day before. "
            "10:00 Berlin time is 09:00 in London.")
    ics = plain_ics(prodid="-//Apple Inc.//macOS 15.3.2//EN", method="PUBLISH",
                    uid="8C1D0B7E-5A42-4E39-9F16-2B7D63A0C5E4", start=s, end=e, tzid="Europe/Berlin",
                    organizer=fr, attendees=[(fr[0], fr[1], "ACCEPTED", "CHAIR", "FALSE"),
                                             (OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT", "FALSE")],
                    summary="Stellwerk Mobility \u2013 Portfolio presentation (Rosalind Pennington)",
                    description=desc, location="https://stellwerk.zoom.us/j/84417730926",
                    dtstamp=T(2026, 3, 23, 8, 40, UTC, 11),
                    extra=["CREATED:20260323T083951Z", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"])
    add(cid, [("01-stellwerk-portfolio-presentation.ics", ics.encode("utf-8"))],
        lab([iv("Stellwerk Mobility", "Senior Product Designer, Ticketing", s, e, "scheduled", [fr[1]],
                [fr[1]], "technical")],
            "medium", "positive/standalone-ics-dst",
            "Standalone Apple-exported .ics, TZID Europe/Berlin with VTIMEZONE, on the Monday after the "
            "EU/UK spring change: 10:00 CEST (+02:00) = 09:00 BST."))


def case13():
    cid = "b165-13-newyork-cancel-then-rebook"
    jordan = ("Jordan Ellery", "jordan.ellery@pinecrestmedia.example")
    nadia = ("Nadia Brooks", "nadia.brooks@pinecrestmedia.example")
    role = "Senior Product Designer, Subscriptions"
    s1 = T(2026, 5, 14, 14, 0, NY); e1 = s1 + timedelta(hours=1)
    s2 = T(2026, 5, 19, 13, 0, NY); e2 = s2 + timedelta(hours=1)
    wd(s1, "Thursday"); wd(s2, "Tuesday")
    summ = "Pinecrest Media | Hiring Manager Interview | Rosalind Pennington"
    desc = (f"Hiring manager interview for the {role} role with Nadia Brooks (Director of Product "
            f"Design). Times are New York time.")
    g_new = [(*jordan, "ACCEPTED"), (*nadia, "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")]
    g_acc = [(*jordan, "ACCEPTED"), (*nadia, "ACCEPTED"), ("", OWNER, "ACCEPTED")]
    uid1, uid2 = "6pcm1rk4w9d2h7tq0bs3vxn8jf@google.com", "1xw7dq3m9t5kc2hv8bn0rf4sjp@google.com"
    m1 = google_invite(date=T(2026, 5, 8, 15, 30, UTC, 55), organizer=jordan, guests=g_new, summary=summ,
                       start=s1, end=e1, uid=uid1, description=desc, meet="pnc-hmtw-zqe")
    d2 = T(2026, 5, 13, 9, 12, NY, 20)
    t2 = f"""Hi Rosalind,

I'm so sorry for the late notice \u2013 Nadia is out sick, so we need to cancel tomorrow's conversation. You'll see a calendar cancellation come through shortly.

She's keen to keep things moving, so I'll find a new time early next week and send you a fresh invite.

Apologies again, and thanks for being flexible.

Jordan

Jordan Ellery
Senior Recruiter, Pinecrest Media
"""
    m2 = mail(date=d2, frm=addr(*jordan), subject="Tomorrow's interview with Nadia", mid=gmail_mid("c13b"),
              text=t2, html_text=gmail_html(t2), host="mail-sor-f52.google.com", ip="209.85.220.52",
              qid="4gC6Nq2VxRz5mHt", bstyle="gmail")
    m3 = google_invite(date=T(2026, 5, 13, 13, 14, UTC, 8), organizer=jordan, guests=g_acc, summary=summ,
                       start=s1, end=e1, uid=uid1, description=desc, meet="pnc-hmtw-zqe", seq=1, mode="cancel")
    m4 = google_invite(date=T(2026, 5, 15, 14, 40, UTC, 37), organizer=jordan, guests=g_new,
                       summary=summ + " (rescheduled)", start=s2, end=e2, uid=uid2,
                       description=desc + " This replaces last week's cancelled slot.", meet="pnc-rvkd-ymw")
    add(cid, [("01-invitation-hiring-manager-interview.eml", m1),
              ("02-tomorrows-interview-with-nadia.eml", m2),
              ("03-cancelled-event-hiring-manager-interview.eml", m3),
              ("04-invitation-hiring-manager-interview-rescheduled.eml", m4)],
        lab([iv("Pinecrest Media", role, s1, e1, "cancelled", [nadia[1]], [nadia[1]], "hiring_manager"),
             iv("Pinecrest Media", role, s2, e2, "scheduled", [nadia[1]], [nadia[1]], "hiring_manager")],
            "hard", "positive/cancel-rebook",
            "Google invite (Thu 14 May 14:00 EDT, shown as 19:00 BST), cancelled by e-mail and METHOD:CANCEL, "
            "then re-booked as a NEW event (different UID) on Tue 19 May 13:00 EDT: two entries, one "
            "cancelled and one scheduled."))


# ================================================================= NEGATIVE CASES
TALLOW_DESIGN = "design-team@tallowmere.example"


def case14():
    cid = "b165-14-user-interviews-she-runs"
    ama = ("Ama Boateng", "ama.boateng@tallowmere.example")
    kit = ("Kit Saunders", "kit.saunders@tallowmere.example")
    s1 = T(2026, 2, 19, 10, 0, LON); e1 = T(2026, 2, 19, 12, 30, LON)
    wd(s1, "Thursday")
    desc = ("Round 2 usability interviews for repeat prescriptions.\n\nRoz moderating, Kit taking notes. "
            "Three participants back-to-back (10:00, 10:50, 11:40). Discussion guide and consent forms are "
            "in the Dovetail project; participants join via the Lookback link they've been sent.\n\n"
            "Please don't rename the recordings \u2013 Ops will tag them.")
    m1 = google_invite(date=T(2026, 2, 12, 10, 5, UTC, 44), organizer=ama,
                       guests=[(*ama, "ACCEPTED"), ("", OWNER, "NEEDS-ACTION"), (*kit, "ACCEPTED")],
                       summary="Usability interviews: repeat prescriptions (Roz moderating)",
                       start=s1, end=e1, uid="4rt0ps9wv2m7k1dqx6hc3nb8jz@google.com", description=desc,
                       meet="tlw-rsch-pqz")
    s2 = T(2026, 2, 18, 9, 30, LON)
    wd(s2, "Wednesday")
    ev = "Repeat prescriptions: research interview (45 min)"
    t2 = f"""Hi Rosalind Pennington,

A new event has been scheduled.

Event Type:
{ev}

Invitee:
Gareth Pryce

Invitee Email:
gareth.pryce@fastpost.example

Event Date/Time:
{hm(s2)} - {s2:%A}, {s2.day} {s2:%B} {s2.year} (Greenwich Mean Time)

Location:
This is a Google Meet web conference.
https://meet.google.com/tlw-gprc-vkn

Invitee Time Zone:
Greenwich Mean Time

Questions:
How do you currently order your repeat prescriptions?
Through the app mostly, but I end up ringing the surgery when it goes wrong.

I agree to the session being recorded for research purposes by Tallowmere Health.
Yes

View event in Calendly: https://calendly.com/events/{seedhex('c14e', 8)}/host

Pro Tip! Take Calendly anywhere you work
Access Calendly anywhere on the web with the Chrome extension.

Sent from Calendly
"""
    m2 = mail(date=T(2026, 2, 16, 20, 41, UTC, 7), frm=addr("Calendly", "notifications@calendly.com"),
              subject=f"New Event: Gareth Pryce - {hm(s2)} {s2:%a}, {s2.day} {s2:%b} {s2.year} - {ev}",
              mid=f"<{seedhex('c14m', 24)}@calendly.com>", text=t2, html_text=text_to_html(t2),
              host="o1.mail.calendly.com", ip="167.89.101.65", qid="4fHn5Tq2Wcz1dLk",
              reply_to=addr("Gareth Pryce", "gareth.pryce@fastpost.example"))
    add(cid, [("01-invitation-usability-interviews.eml", m1),
              ("02-calendly-new-event-research-interview.eml", m2)],
        lab([], "hard", "negative/user-is-interviewer",
            "The owner runs user-research interviews for her current (contract) employer: a research-ops "
            "invite where she moderates and a Calendly host notification for a participant booking. "
            "She is the interviewer, not a candidate."))


def case15():
    cid = "b165-15-design-crit-and-panel-prep"
    dev = ("Dev Malhotra", "dev.malhotra@tallowmere.example")
    sam = ("Sam Whitlock", "sam.whitlock@tallowmere.example")
    s = T(2026, 2, 27, 15, 0, LON)
    e = s + timedelta(hours=1)
    wd(s, "Friday")
    desc = ("Weekly design crit.\n\nThis week \u2013 first half: Roz walks us through onboarding v3 "
            "(flows are in the Figma 'Onboarding 2026' page). Come with critique, not solutions.\n\n"
            "Second half: we start interviewing for the Junior Product Designer role next week and Roz and "
            "Sam are on the panel, so let's calibrate on the portfolio review rubric and the interview "
            "questions. Please skim the three shortlisted portfolios beforehand.")
    m = google_invite(date=T(2026, 2, 24, 9, 31, UTC, 16), organizer=dev,
                      guests=[(*dev, "ACCEPTED"), ("", OWNER, "NEEDS-ACTION"), (*sam, "ACCEPTED"),
                              ("Design team", TALLOW_DESIGN, "NEEDS-ACTION")],
                      summary="Design crit \u2013 onboarding v3 + junior designer interview panel prep",
                      start=s, end=e, uid="5crt9w2kq7v0m4dhx1sb8jn3pf@google.com", description=desc,
                      meet="tlw-crit-fyd", rrule="FREQ=WEEKLY;BYDAY=FR", tzid="Europe/London")
    add(cid, [("01-invitation-weekly-design-crit.eml", m)],
        lab([], "medium", "negative/internal-crit",
            "Recurring internal design crit at her current employer; the agenda mentions a portfolio "
            "review rubric and interviewing candidates, but she is on the hiring panel, not a candidate."))


def case16():
    cid = "b165-16-adplist-mentoring-interview-prep"
    s = T(2026, 3, 24, 19, 0, LON)
    e = s + timedelta(minutes=45)
    wd(s, "Tuesday")
    d = T(2026, 3, 19, 18, 22, UTC, 40)
    text = f"""Hi Rosalind,

Your mentorship session has been confirmed!

Mentor: Kwame Asante
Design Manager at Lumenfield

Topic: Portfolio review & interview prep
Date: {s:%A}, {s.day} {s:%B} {s.year}
Time: {hm(s)} \u2013 {hm(e)} (Europe/London)
Location: Google Meet \u2013 https://meet.google.com/adp-kwmr-zte

Your note to Kwame:
"I have a final-round portfolio presentation coming up with a fintech and would love feedback on how I tell the story of my checkout project \u2013 and maybe a practice run of the tricky interview questions."

Tips for a great session
\u2022 Share your portfolio link in advance
\u2022 Come with two or three specific questions
\u2022 Be on time \u2013 mentors volunteer their time for free

Manage your booking: https://adplist.org/bookings/{seedhex('c16b', 24)}

ADPList \u2013 the world's largest mentorship community
You're receiving this email because you booked a session on ADPList.
"""
    ics = plain_ics(prodid="-//ADPList//Sessions//EN", method="REQUEST", uid=f"adplist-{seedhex('c16u', 24)}",
                    start=s, end=e, tzid=None, organizer=("ADPList", "sessions@adplist.org"),
                    attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    summary="ADPList session: Kwame Asante <> Rosalind Pennington",
                    description="Mentorship session \u2013 Portfolio review & interview prep.\nGoogle Meet: https://meet.google.com/adp-kwmr-zte",
                    location="https://meet.google.com/adp-kwmr-zte", dtstamp=d)
    m = mail(date=d, frm=addr("ADPList", "hello@adplist.org"),
             subject="Session confirmed: Portfolio review & interview prep with Kwame Asante \U0001F389",
             mid=f"<{seedhex('c16m', 20)}@email.adplist.org>", text=text, html_text=text_to_html(text),
             host="mail-a7.email.adplist.org", ip="23.251.226.7", qid="4fKp8Vc3Qmz6hWs", bstyle="hex",
             attach=[binleaf("text/calendar", ics, "session.ics", "charset=UTF-8; method=REQUEST")])
    add(cid, [("01-adplist-session-confirmed.eml", m)],
        lab([], "medium", "negative/mentoring",
            "ADPList mentoring session titled 'Portfolio review & interview prep', with a calendar "
            "invite: coaching/mock practice, not a hiring process."))


def case17():
    cid = "b165-17-conference-speaker-prep-call"
    bea = ("Beatriz Nogueira", "beatriz@pixelharbour.example")
    s = T(2026, 6, 4, 16, 0, LIS)
    e = s + timedelta(minutes=30)
    wd(s, "Thursday")
    d1 = T(2026, 6, 1, 11, 2, LIS, 15)
    t1 = f"""Hi Rosalind,

Only three weeks to go until Pixel Harbour! We'd love to get 30 minutes with each speaker before the event \u2013 I've sent you an invite for {wd(s, 'Thursday')} {s.day} June at {hm(s)} Lisbon time (same as London).

On the call we'll:
\u2013 do a quick tech check (clicker, slides in 16:9, captions)
\u2013 go through the run-of-show for the Main Stage on day two
\u2013 hear a two-minute version of your talk, "Designing for people who'd rather not be using your app"

At the end, Tiago from our content team would love to record a short interview with you for the blog series "Five questions for our speakers" \u2013 ten minutes, very relaxed, and you'll see the edit before it goes live.

Beijinhos,
Beatriz

Beatriz Nogueira
Speaker Experience, Pixel Harbour
Lisbon \u00b7 24\u201326 June 2026
"""
    m1 = mail(date=d1, frm=addr(*bea), subject="Pixel Harbour 2026 \u2013 speaker prep call (+ a quick interview for the blog)",
              mid=gmail_mid("c17a"), text=t1, html_text=gmail_html(t1), host="mail-sor-f47.google.com",
              ip="209.85.220.47", qid="4fTy1Bn9Rkz4cMw", bstyle="gmail")
    desc = ("Speaker prep for Pixel Harbour 2026: tech check, run-of-show, two-minute talk run-through.\n"
            "Last 10 minutes: short recorded interview with Tiago for the blog ('Five questions for our speakers').")
    m2 = google_invite(date=T(2026, 6, 1, 10, 9, UTC, 52), organizer=bea,
                       guests=[(*bea, "ACCEPTED"), ("", OWNER, "NEEDS-ACTION"),
                               ("Tiago Rocha", "tiago.rocha@pixelharbour.example", "ACCEPTED")],
                       summary="Pixel Harbour 2026 \u2013 Speaker prep: Rosalind Pennington", start=s, end=e,
                       uid="9spk3v7m1q5w0d2hc8tx4rn6bj@google.com", description=desc, meet="pxh-spkr-nvo")
    add(cid, [("01-speaker-prep-call-and-blog-interview.eml", m1),
              ("02-invitation-speaker-prep.eml", m2)],
        lab([], "medium", "negative/speaker-prep-press",
            "Conference speaker prep call with a recorded 'interview' for the conference blog: press/"
            "content interview, not a job interview."))


def case18():
    cid = "b165-18-agency-registration-call"
    aaron = ("Aaron Whitfield", "aaron.whitfield@hollisgrey.example")
    s = T(2026, 4, 15, 12, 30, LON)
    e = s + timedelta(minutes=30)
    wd(s, "Wednesday")
    d = T(2026, 4, 9, 15, 33, LON, 48)
    url = teams_url("c18")
    tb = teams_block(url, "318 552 907 441", "pX3vQ9")
    note = f"""Hi Rosalind,

Great to speak earlier. As discussed, before we can represent you to any of our clients we need to complete a short registration interview to get you on our books \u2013 about 30 minutes on Teams.

We'll cover:
\u2022 right-to-work check (please have your passport to hand)
\u2022 your CV and portfolio
\u2022 salary expectations and notice period
\u2022 the kind of roles and companies you'd like us to look at

Once you're registered I'll be in touch as relevant roles come up \u2013 I've got a couple of in-house product design briefs landing next month.

Kind regards,
Aaron

Aaron Whitfield
Principal Consultant \u2013 Product & UX
Hollis Grey Recruitment
T: 020 7946 0318
"""
    subj = "Registration interview \u2013 Rosalind Pennington / Hollis Grey"
    text = note + "\n" + tb
    ics = outlook_ics(uid="040000008200E00074C5B7101A82E00800000000" + seedhex("c18uid", 56).upper(),
                      start=s, end=e, organizer=aaron, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      summary=subj, description=text, dtstamp=d, teams_url=url)
    m = mail(date=d, frm=addr(*aaron), subject=subj, mid=outlook_mid("c18"), text=text,
             html_text=text_to_html(text, "Aptos,Calibri,sans-serif"),
             host="mail-am6eur05on2102.outbound.protection.outlook.com", ip="40.107.22.102",
             qid="4fDx9Wm5Tnz0qKe", bstyle="outlook", inline_cal=(ics, "REQUEST", "base64"),
             extra=outlook_extra(subj, "c18"))
    add(cid, [("01-registration-interview-teams.eml", m)],
        lab([], "hard", "negative/agency-registration",
            "Agency 'registration interview' to get onto the agency's books (right-to-work, CV, salary), "
            "sent as a real Teams meeting request. No employer, no role, not a step in a hiring process."))


def case19():
    cid = "b165-19-take-home-design-exercise"
    maddie = ("Maddie Fenwick", "maddie.fenwick@kittiwake.example")
    due = T(2026, 6, 22, 9, 0, LON)
    wd(due, "Monday")
    d1 = T(2026, 6, 15, 10, 20, LON, 5)
    t1 = f"""Hi Rosalind,

Thanks for your time on the phone last week \u2013 as promised, here's the design exercise for the Senior Product Designer role at Kittiwake Travel.

The brief: our group-booking flow loses a lot of people at the "add travellers" step. Show us how you'd approach improving it \u2013 research questions, a couple of directions, and one direction taken further.

Please submit your work by {hm(due)} (UK time) on {uk_long(due)} using the link below. We suggest spending no more than 4 hours on it.

Submit your exercise: https://app.greenhouse.io/tests/{seedhex('c19t', 32)}

Once the team has reviewed it, we'll be in touch to arrange a time for you to present it to the panel.

Good luck!
Maddie

Maddie Fenwick
Talent Acquisition, Kittiwake Travel
"""
    m1 = mail(date=d1, frm=addr("Maddie Fenwick", "no-reply@greenhouse.io"),
              subject="Your design exercise for Kittiwake Travel",
              mid=f"<{seedhex('c19m', 24)}.{seedhex('c19n', 6)}@greenhouse.io>", text=t1,
              html_text=text_to_html(t1, "Arial,sans-serif"), host="mail198-31.suw41.mandrillapp.com",
              ip="198.2.198.31", qid="4gF2Pr7JwNz8bVx", reply_to=addr(*maddie), bstyle="java")
    m2 = google_invite(date=T(2026, 6, 15, 9, 26, UTC, 19), organizer=maddie,
                       guests=[(*maddie, "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                       summary="Kittiwake design exercise \u2013 submission deadline (no call)",
                       start=due, end=due + timedelta(minutes=15),
                       uid="2kwk8d5v1m9q3xt0hc7rb4sn6p@google.com",
                       description="Just a reminder hold for the design exercise deadline \u2013 this isn't a meeting, nothing to join. Submit via the Greenhouse link in my email.")
    add(cid, [("01-greenhouse-design-exercise.eml", m1),
              ("02-invitation-exercise-deadline-reminder.eml", m2)],
        lab([], "hard", "negative/take-home",
            "Take-home design exercise with a deadline, plus a calendar hold for the deadline that says "
            "it is not a meeting. The presentation is not booked yet."))


def case20():
    cid = "b165-20-goodtime-availability-request"
    tess = ("Tess Okonkwo", "tess.okonkwo@larkspurhomes.example")
    a, b = T(2026, 9, 7, 9, 0, LON), T(2026, 9, 18, 9, 0, LON)
    wd(a, "Monday"); wd(b, "Friday")
    d = T(2026, 9, 1, 10, 30, NY, 12)
    text = f"""Hi Rosalind,

Congratulations on moving to the final round for the Principal Product Designer role at Larkspur Homes!

The final round is a virtual loop of about three hours: a 45-minute portfolio presentation followed by three 45-minute interviews with our design, product and engineering leads.

Please use the link below to select all the times you're available between Monday 7 September and Friday 18 September. Times are shown in your time zone (Europe/London). Our interviewers are in New York, so windows between 14:00 and 20:00 London time work best.

Share your availability: https://app.goodtime.io/availability/{seedhex('c20a', 40)}

Once you submit, we'll confirm the schedule and send calendar invitations for each session.

Thanks,
Tess Okonkwo
Recruiting Coordinator, Larkspur Homes

Sent via GoodTime
"""
    m = mail(date=d, frm=addr("Larkspur Homes Recruiting", "no-reply@goodtime.io"),
             subject="Larkspur Homes: please share your availability for final interviews",
             mid=f"<{seedhex('c20m', 20)}@goodtime.io>", text=text, html_text=text_to_html(text),
             host="o3.ptr4820.goodtime.io", ip="167.89.44.201", qid="4gH8Kt0YmPz3wQn", reply_to=addr(*tess))
    add(cid, [("01-goodtime-availability-request.eml", m)],
        lab([], "medium", "negative/availability-request",
            "GoodTime availability request for a final round: nothing booked yet, only a date range."))


def case21():
    cid = "b165-21-teamtailor-rejection-after-portfolio"
    anja = ("Anja Krüger", "anja.krueger@nordlicht.example")
    past = T(2026, 5, 7, 11, 0, BER)
    wd(past, "Thursday")
    d = T(2026, 5, 13, 15, 42, BER, 27)
    text = f"""Hi Rosalind,

Thank you for presenting your portfolio to Ben and me on {past:%A} {past.day} May at {hm(past)} ({hm(past.astimezone(LON))} your time) \u2013 we really enjoyed the conversation, and your work on the prescriptions app sparked a long discussion afterwards.

After a lot of deliberation we've decided to move forward with another candidate for the Senior Product Designer role, whose experience with hardware companion apps is closer to what we need right now.

This was a genuinely difficult decision. If you're open to it, we'd like to keep your details and get in touch when we open our next design role later this year.

Thank you again for your time and all the best with your search.

Herzliche Grüße,
Anja Krüger
Head of Design, Nordlicht Audio

--
Diese E-Mail wurde über Teamtailor versendet.
"""
    m = mail(date=d, frm=addr("Anja Krüger \u2013 Nordlicht Audio", "no-reply@teamtailor-mail.com"),
             subject="Your application for Senior Product Designer at Nordlicht Audio",
             mid=f"<{seedhex('c21', 24)}@teamtailor-mail.com>", text=text, html_text=text_to_html(text),
             host="mail-eu.teamtailor-mail.com", ip="185.12.81.40", qid="4gJ3Vn8QkLz6xRt",
             reply_to=addr(*anja), text_cte="base64")
    add(cid, [("01-teamtailor-application-update.eml", m)],
        lab([], "medium", "negative/rejection",
            "Rejection that names the date and time of a past portfolio presentation; nothing is scheduled."))


def case22():
    cid = "b165-22-paid-research-study-userinterviews"
    s = T(2026, 7, 1, 17, 0, LON)
    e = s + timedelta(hours=1)
    wd(s, "Wednesday")
    d = T(2026, 6, 26, 14, 0, UTC, 33)
    zoom = "https://gridline.zoom.us/j/81230945517?pwd=R3JpZGxpbmVSZXNlYXJjaA"
    text = f"""Hi Rosalind,

You're confirmed! Here are the details of your session.

Study: Design handoff tools \u2013 60-minute remote interview
Researcher: Mika Laine, Gridline
When: {s:%A}, {s.day} {s:%B} {s.year}, {hm(s)} \u2013 {hm(e)} {tzabbr(s)}
Where: Zoom \u2013 {zoom}

Incentive: \u00a390, sent as a Tremendous gift card within 3 business days after your session.

A few reminders:
\u2022 Join from a laptop with a webcam in a quiet place.
\u2022 The researcher may ask you to share your screen and show how you hand designs over to engineers.
\u2022 If you can't make it, please reschedule at least 24 hours in advance so the researcher can find someone else.

Manage your session: https://www.userinterviews.com/participant/sessions/{seedhex('c22s', 16)}

Thanks for participating!
The User Interviews team
"""
    ics = plain_ics(prodid="-//User Interviews//Sessions//EN", method="REQUEST",
                    uid=f"ui-session-{seedhex('c22u', 20)}@userinterviews.com", start=s, end=e, tzid=None,
                    organizer=("User Interviews", "sessions@userinterviews.com"),
                    attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    summary="Research session: Design handoff tools (Gridline)",
                    description=f"60-minute remote interview with Mika Laine (Gridline).\nZoom: {zoom}\nIncentive: \u00a390",
                    location=zoom, dtstamp=d)
    m = mail(date=d, frm=addr("User Interviews", "notifications@userinterviews.com"),
             subject="You're confirmed: 60-minute interview about design handoff tools",
             mid=f"<{seedhex('c22m', 24)}@userinterviews.com>", text=text, html_text=text_to_html(text),
             host="o12.sg.userinterviews.com", ip="149.72.40.12", qid="4gL6Xp1ZrTz9mBc",
             attach=[binleaf("text/calendar", ics, "session.ics", "charset=UTF-8; method=REQUEST")])
    add(cid, [("01-userinterviews-session-confirmed.eml", m)],
        lab([], "easy", "negative/paid-user-research",
            "Paid user-research session booked through User Interviews: she is a research participant, "
            "not a job candidate, despite '60-minute interview' and a calendar invite."))


# ================================================================= output
def readme():
    pos = [c for c, l in LABELS.items() if l["interview"]]
    neg = [c for c, l in LABELS.items() if not l["interview"]]
    ivs = [i for l in LABELS.values() for i in l["interviews"]]
    sched = sum(1 for i in ivs if i["status"] == "scheduled")
    canc = sum(1 for i in ivs if i["status"] == "cancelled")
    cats = {}
    for l in LABELS.values():
        cats[l["category"]] = cats.get(l["category"], 0) + 1
    catlines = "\n".join(f"- `{k}`: {v}" for k, v in cats.items())
    return f"""# blind165: London product designer \u2013 ATS mail, portfolio reviews and look-alikes (written blind)

Owner: **Rosalind (Roz) Pennington** <{OWNER}>, a London-based senior product designer on a contract
at a health-tech company, looking for a permanent role. Mail is in UK English.

## What the set stresses
- ATS and scheduling vendors: Ashby, Teamtailor, Greenhouse, Lever, GoodTime, Calendly; Google Calendar
  invitations (UTC DTSTART, display in London time), Outlook/Teams meeting requests with Windows TZIDs,
  an Apple-exported standalone .ics and Calendar API (`.gcal.json`) events.
- Designer-specific steps: portfolio reviews, design-challenge presentations to panels, a virtual onsite
  loop sent as an itinerary plus one invite per session, a founder final chat.
- Hiring teams in New York, Berlin and Lisbon; an agency recruiter forwarding the client's invite.
- Dedupe (mail + invite), reschedule (SEQUENCE bump), cancellation, cancel-then-rebook as a new event,
  two interviews in one case, relative date ("tomorrow at 2").
- Hard negatives: user interviews the owner runs for her current job, an internal design crit with
  interview-panel prep, an ADPList mentoring "interview prep" session, a conference speaker prep call
  with a blog interview, an agency registration "interview", a take-home exercise with a deadline hold,
  a GoodTime availability request, a rejection naming a past interview, a paid research study.

## Written blind
The cases were written from the brief and `/work/shared/eval/README.md` only, without reading the
detector code, its tests or other evaluation sets. All people and companies are invented
(`.example` domains); vendor system senders keep their product domains.

## Counts
- {len(LABELS)} cases: {len(pos)} positive, {len(neg)} negative
- {len(ivs)} labelled interviews: {sched} scheduled, {canc} cancelled

Categories:
{catlines}

## Formats
`NN-*.eml` (multipart/alternative and multipart/mixed, quoted-printable and base64 bodies, inline
`text/calendar` and `.ics` attachments, Gmail/Outlook/Apple-style threads and forwards),
`NN-*.ics` (standalone, TZID + VTIMEZONE), `NN-*.gcal.json` (Calendar API v3 Event resources).
Sorted file name order = arrival order. Regenerate with `python make_cases.py` (deterministic).

## Time zones and DST points (2026)
- US/UK gap weeks: 17 March (New York EDT -04:00, London GMT +00:00, 4 hours apart) and
  28 October (UK already back on GMT on 25 October, US not until 1 November).
- 30 March: the Monday after the EU/UK spring change (Berlin CEST +02:00 = London BST +01:00 + 1 h).
- Outlook "(UTC+00:00) Dublin, Edinburgh, Lisbon, London" display label on a June (BST, +01:00) date.
- Lisbon (WET/WEST) equals London time; Berlin is one hour ahead all year.
- Calendly and Greenhouse `.ics` files carry UTC times; Google invites show London time in the subject.
"""


def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    for i, cid in enumerate(CASES, 1):
        assert cid.startswith(f"{PREFIX}{i:02d}-"), cid
    for p in sorted(HERE.iterdir()):
        if p.is_dir() and p.name.startswith(PREFIX):
            shutil.rmtree(p)
    for cid, files in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in files:
            (d / name).write_bytes(data)
    head = ("# blind165 labels (written blind) \u2013 generated by make_cases.py; schema: "
            "/work/shared/eval/README.md\n")
    (HERE / "labels.yaml").write_text(
        head + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=4096), encoding="utf-8")
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {HERE}")


if __name__ == "__main__":
    main()
