#!/usr/bin/env python3
"""Regenerate the blind182 evaluation cases (written blind).

Owner: Wren Halvorsen, a UX writer in Portland, OR (America/Los_Angeles), whose job
search lives in Gmail + Google Calendar.  Run `python make_cases.py`; every case folder
`b182-*` and `labels.yaml` next to this file are rewritten deterministically.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
UTC = timezone.utc

OWNER = "wren.halvorsen@example.com"
OWNER_NAME = "Wren Halvorsen"
OWNER_WORK = "wren.h@fernhollow.example"  # current employer; auto-forwards to Gmail
OWNER_PHONE = "(503) 555-0148"

# --------------------------------------------------------------------------- helpers


def T(y, mo, d, h, mi, tz, wd=None, s=0):
    """Aware datetime; `wd` asserts the weekday named in the case text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%a") == wd, (dt, wd)
    return dt


def ids(seed, n, alphabet="0123456789abcdef"):
    out, i = [], 0
    while len(out) < n:
        for b in hashlib.sha256(f"{seed}|{i}".encode()).digest():
            out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out[:n])


LOWER = "abcdefghijklmnopqrstuvwxyz"
B32HEX = "0123456789abcdefghijklmnopqrstuv"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
GMAILID = ALNUM + "+_-="


def gmail_msgid(seed):
    return f"<CA{ids(seed, 1, 'BDEFGHJKLMNOP')}{ids(seed + 'g', 43, GMAILID)}@mail.gmail.com>"


def gcal_msgid(seed):
    u = ids(seed + "cal", 32)
    return f"<calendar-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@google.com>"


def meet_code(seed):
    c = ids(seed + "meet", 10, LOWER)
    return f"{c[:3]}-{c[3:7]}-{c[7:]}"


def event_id(seed):
    return ids(seed + "evt", 26, B32HEX)


def boundary(seed):
    return "000000000000" + ids(seed + "bnd", 12)


def hm(dt, tz):
    """'1:30 PM' in tz."""
    x = dt.astimezone(tz)
    return f"{x.hour % 12 or 12}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


def gtime(dt):
    """Google style '10am' / '10:30am'."""
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return f"{h}{suf}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{suf}"


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def api_ts(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def mdate(dt):
    return format_datetime(dt)


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in name for c in ',.;:()"&@'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def enc(text, cte):
    data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(data).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    return text if text.endswith("\n") else text + "\n"


def leaf(ctype, text, cte=None, extra=()):
    hdrs = [("Content-Type", ctype)]
    if cte:
        hdrs.append(("Content-Transfer-Encoding", cte))
    hdrs.extend(extra)
    return {"headers": hdrs, "body": enc(text, cte)}


def multi(sub, bnd, parts):
    body = ""
    for p in parts:
        body += f"--{bnd}\n" + render_part(p) + "\n"
    body += f"--{bnd}--\n"
    return {"headers": [("Content-Type", f'multipart/{sub}; boundary="{bnd}"')], "body": body}


def render_part(p):
    return "".join(f"{k}: {v}\n" for k, v in p["headers"]) + "\n" + p["body"]


def message(headers, top):
    return "".join(f"{k}: {v}\n" for k, v in headers) + render_part(top)


def received(seed, when):
    loc = when.astimezone(PT)
    return ("Received", f"by 2002:a05:6f02:{ids(seed + 'r1', 3)}:b0:{ids(seed + 'r2', 3)}:"
            f"{ids(seed + 'r3', 4)} with SMTP id {ids(seed + 'r4', 12, LOWER + '0123456789')};\n"
            f"        {mdate(loc)} ({loc.tzname()})")


def text_to_html(text, wrap_div=True):
    """Gmail-ish HTML rendering: quoted lines ('>') become a gmail_quote blockquote."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>".join(html.escape(q[1:].lstrip(" ")) for q in quote)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       f"{inner}</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush_quote()
        out.append(f"<div>{html.escape(line)}</div>" if line else "<div><br></div>")
    flush_quote()
    body = "".join(out)
    return f'<div dir="ltr">{body}</div>\n' if wrap_div else body + "\n"


def gmail_message(*, seed, frm, to, date, subject, text, cc=None, in_reply_to=None,
                  references=None, reply_to=None, extra=(), delivered_to=OWNER):
    msgid = gmail_msgid(seed)
    bnd = boundary(seed)
    try:
        text.encode("ascii")
        cte = None if max(len(x) for x in text.split("\n")) < 78 else "quoted-printable"
    except UnicodeEncodeError:
        cte = "quoted-printable"
    plain = leaf('text/plain; charset="UTF-8"', text, cte)
    hpart = leaf('text/html; charset="UTF-8"', text_to_html(text), "quoted-printable")
    hdrs = [("Delivered-To", delivered_to), received(seed, date),
            ("Return-Path", f"<{frm[1]}>"), ("MIME-Version", "1.0"),
            ("From", addr(*frm)), ("Date", mdate(date)), ("Message-ID", msgid),
            ("Subject", subj(subject)), ("To", ", ".join(addr(*t) for t in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(addr(*c) for c in cc)))
    if reply_to:
        hdrs.append(("Reply-To", addr(*reply_to)))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs.extend(extra)
    return msgid, message(hdrs, multi("alternative", bnd, [plain, hpart]))


# ---- iCalendar


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + b
        else:
            cur += ch
            n += b
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


VTZ_LA = [
    "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]

VTZ_WIN_CENTRAL = [
    "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]

MEET_FOOTER = ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
               "Join with Google Meet: https://meet.google.com/{code}\n"
               "Or dial: (US) {phone} PIN: {pin}#\n"
               "More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
               "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
               "Please do not edit this section.\n"
               "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def meet_info(seed):
    code = meet_code(seed)
    digits = ids(seed + "pin", 9, "0123456789")
    phone = f"+1 {ids(seed + 'ph1', 1, '2345678')}{ids(seed + 'ph2', 2, '0123456789')}-555-01{ids(seed + 'ph3', 2, '0123456789')}"
    return code, phone, digits


# ---- Google Calendar invitation e-mails


def google_invite(*, seed, organizer, attendees, summary, start, end, sent, uid, seq=0,
                  method="REQUEST", description="", meet=True, location="", kind="Invitation",
                  banner=None, note=None, rrule=None, created=None, to_addr=OWNER,
                  extra_headers=(), meet_seed=None):
    """organizer=(name,email); attendees=[(name,email,partstat,role,cutype)]"""
    created = created or sent
    code, phone, pin = meet_info(meet_seed or seed)
    st, en = start.astimezone(PT), end.astimezone(PT)
    if rrule:
        byday = st.strftime("%A")
        when_subject = f"Weekly from {gtime(st)} to {gtime(en)} on {byday} ({st.tzname()})"
        when_long = f"Weekly from {gtime(st)} to {gtime(en)} on {byday}"
    else:
        when_subject = (f"{st:%a %b} {st.day}, {st.year} {gtime(st)} - {gtime(en)} "
                        f"({st.tzname()})")
        when_long = f"{st:%A %b} {st.day}, {st.year} \u22c5 {gtime(st)} \u2013 {gtime(en)}"
    prefix = kind
    if kind == "Canceled event" and note:
        prefix = "Canceled event with note"
    subject = f"{prefix}: {summary} @ {when_subject} ({to_addr})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {to_addr}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"

    # ---- text body
    t = []
    if kind == "Canceled event":
        if note:
            t += [f"{organizer[0]} has canceled this event with a note:", f"\"{note}\"", ""]
        t += ["This event has been canceled and removed from your calendar.", ""]
    elif banner:
        t += [banner, ""]
    t += [summary, when_long, "Pacific Time - Los Angeles", ""]
    if location:
        t += ["Location", location, ""]
    if meet and kind != "Canceled event":
        t += ["Join with Google Meet", f"https://meet.google.com/{code}", "",
              "Join by phone", f"(US) {phone}", f"PIN: {pin}", "",
              "More phone numbers", f"https://tel.meet/{code}?pin={pin}", ""]
    t += ["Organizer", organizer[0], organizer[1], ""]
    t += ["Guests"]
    for a in attendees:
        if a[1] == organizer[1]:
            t += [f"{a[0]} - organizer", a[1]]
        elif a[3] == "OPT-PARTICIPANT":
            t += [f"{a[0]} - optional", a[1]]
        elif a[0] and a[0] != a[1]:
            t += [a[0], a[1]]
        else:
            t += [a[1]]
    t += [f"View all guest info {view}", ""]
    if description and kind != "Canceled event":
        t += [description, ""]
    if kind != "Canceled event":
        t += [f"Reply for {to_addr} and view more details {view}", ""]
    t += ["~~//~~",
          ("Invitation from Google Calendar: https://calendar.google.com/calendar/"
           if kind != "Canceled event" else
           "Notification from Google Calendar: https://calendar.google.com/calendar/"), "",
          "You are receiving this email because you are an attendee on the event.", ""]
    if kind != "Canceled event":
        t += ["Forwarding this invitation could allow any recipient to send a response to the "
              "organizer, be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP. Learn more "
              "https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(t)
    htmlbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
                + "".join(f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>"
                          for par in text.split("\n\n"))
                + "</div></body></html>")

    # ---- iCalendar
    desc = description
    if meet and method == "REQUEST":
        desc = (description + "\n\n" if description else "") + MEET_FOOTER.format(
            code=code, phone=phone, pin=pin)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if rrule:
        L += VTZ_LA
    L += ["BEGIN:VEVENT"]
    if rrule:
        L += [f"DTSTART;TZID=America/Los_Angeles:{st:%Y%m%dT%H%M%S}",
              f"DTEND;TZID=America/Los_Angeles:{en:%Y%m%dT%H%M%S}", f"RRULE:{rrule}"]
    else:
        L += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    L += [f"DTSTAMP:{zstamp(sent)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
          f"UID:{uid}"]
    for (n, e, ps, role, cut) in attendees:
        L.append(f"ATTENDEE;CUTYPE={cut};ROLE={role};PARTSTAT={ps};RSVP=TRUE"
                 f";CN={n or e};X-NUM-GUESTS=0:mailto:{e}")
    if meet and method == "REQUEST":
        L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    L += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{ics_escape(desc)}",
          f"LAST-MODIFIED:{zstamp(sent)}", f"LOCATION:{ics_escape(location)}",
          f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
          f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(L)

    alt = multi("alternative", boundary(seed + "alt"), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', htmlbody, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, "base64"),
    ])
    att = leaf('application/ics; name="invite.ics"', ics, "base64",
               [("Content-Disposition", 'attachment; filename="invite.ics"')])
    top = multi("mixed", boundary(seed + "mix"), [alt, att])
    hdrs = [("Delivered-To", OWNER), received(seed, sent),
            ("Return-Path", f"<{ids(seed + 'rp', 22, ALNUM)}@calendar-server.bounces.google.com>"),
            ("Reply-To", addr(*organizer)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", gcal_msgid(seed)), ("Date", mdate(sent.astimezone(UTC))),
            ("Subject", subj(subject)), ("From", addr(*organizer)), ("To", to_addr)]
    hdrs.extend(extra_headers)
    hdrs.append(("MIME-Version", "1.0"))
    return message(hdrs, top)


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", cutype="INDIVIDUAL"):
    return (name, email, partstat, role, cutype)


# ---- Google Calendar API v3 events


def gcal_event(*, seed, summary, start, end, tz, created, updated, organizer=None,
               attendees=None, description=None, location=None, meet=True, seq=0,
               eid=None, reminders=None, event_type="default", props=None, display_tz=None,
               all_day=False, transparency=None, visibility=None):
    eid = eid or event_id(seed)
    ev = {"kind": "calendar#event",
          "etag": f"\"3{ids(seed + 'etag' + str(seq) + api_ts(updated), 15, '0123456789')}\"",
          "id": eid, "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": api_ts(created), "updated": api_ts(updated), "summary": summary}
    if description is not None:
        ev["description"] = description
    if location:
        ev["location"] = location
    if organizer is None:
        ev["creator"] = {"email": OWNER, "self": True}
        ev["organizer"] = {"email": OWNER, "self": True}
    else:
        ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
        ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    if all_day:
        ev["start"] = {"date": start.strftime("%Y-%m-%d")}
        ev["end"] = {"date": end.strftime("%Y-%m-%d")}
    else:
        dz = display_tz or ZoneInfo(tz)
        ev["start"] = {"dateTime": start.astimezone(dz).isoformat(), "timeZone": tz}
        ev["end"] = {"dateTime": end.astimezone(dz).isoformat(), "timeZone": tz}
    if transparency:
        ev["transparency"] = transparency
    if visibility:
        ev["visibility"] = visibility
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    if attendees:
        ev["attendees"] = attendees
    if meet:
        code, phone, pin = meet_info(seed)
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                 "label": f"meet.google.com/{code}"},
                {"entryPointType": "more", "uri": f"https://tel.meet/{code}?pin={pin}",
                 "pin": pin},
                {"entryPointType": "phone", "uri": "tel:" + phone.replace(" ", "-"),
                 "label": phone, "pin": pin, "regionCode": "US"}],
            "conferenceSolution": {
                "key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/"
                           "web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code}
    ev["reminders"] = reminders or {"useDefault": True}
    ev["eventType"] = event_type
    if props:
        ev.update(props)
    return ev


def gatt(name, email, status="needsAction", organizer=False, self_=False, optional=False):
    a = {"email": email}
    if name:
        a["displayName"] = name
    if organizer:
        a["organizer"] = True
    if self_:
        a["self"] = True
    if optional:
        a["optional"] = True
    a["responseStatus"] = status
    return a


def me(status="needsAction"):
    return gatt(None, OWNER, status, self_=True)


def dump_json(ev):
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# ---- labels


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


SIG_W = "Wren Halvorsen\nUX Writer | Portland, OR\n" + OWNER_PHONE

# =========================================================================== cases
CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# --------------------------------------------------------------------------- 01
@case("b182-01-gcal-invite-recruiter-screen-eastern")
def c01():
    keisha = ("Keisha Brandt", "keisha.brandt@lumenfield.example")
    sent = T(2026, 1, 12, 11, 2, ET, "Mon", 11)
    start = T(2026, 1, 14, 12, 0, PT, "Wed")
    end = start + timedelta(minutes=30)
    desc = (f"Hi Wren,\n\nLooking forward to our intro call about the UX Writer, Patient "
            f"Experience role! Plan on about 30 minutes: I'll share how the content team is set "
            f"up and what the process looks like, and I'd love to hear about your work at "
            f"Fernhollow.\n\nI'm in New York, so this is {hm(start, ET)} for me and "
            f"{hm(start, PT)} for you.\n\nTalk soon,\nKeisha Brandt\nSenior Technical Recruiter, "
            f"Lumenfield Health")
    eml = google_invite(
        seed="b01-inv", organizer=keisha, sent=sent,
        summary="Lumenfield Health | Recruiter Screen \u2013 Wren Halvorsen",
        start=start, end=end, uid=f"{event_id('b01')}@google.com", description=desc,
        attendees=[att(*keisha, "ACCEPTED"), att(None, OWNER)])
    files = {"01-invitation-lumenfield-recruiter-screen.eml": eml}
    lab = label([iv("Lumenfield Health", "UX Writer, Patient Experience", start, end,
                    "scheduled", [keisha[1]], [keisha[1]], "phone_screen")],
                "easy", "positive/google-invitation",
                "Single Google Calendar 'Invitation:' mail from an Eastern-time recruiter; ICS in "
                "UTC, subject in the owner's PST. Recruiter conducts the screen.")
    return files, lab


# --------------------------------------------------------------------------- 02
@case("b182-02-mentor-portfolio-review")
def c02():
    odile = ("Odile Ferrante", "odile@ferrante-studio.example")
    start = T(2026, 2, 19, 17, 30, PT, "Thu")
    end = start + timedelta(minutes=45)
    wren_ask_date = T(2026, 2, 14, 20, 6, PT, "Sat")
    sent = T(2026, 2, 16, 9, 12, PT, "Mon")
    prev = gmail_msgid("b02-wren-ask")
    text = (f"Hi Wren,\n\nOf course! Thursday at {hm(start, PT)} your time works for me. I'll "
            f"send a Meet invite.\n\nSend me the PDF and the live links a day ahead. I'll read "
            f"it the way a hiring manager skims a portfolio before an interview (about 90 "
            f"seconds per case study, honestly), and if we have time left we can run a couple of "
            f"mock interview questions on the returns-flow project.\n\nNo charge, this is "
            f"exactly what the mentorship circle is for.\n\nOdile\n\n--\nOdile Ferrante\n"
            f"Content design consultant & mentor, Content Design Mentorship Circle\n\n"
            f"On Sat, Feb 14, 2026 at 8:06\u202fPM Wren Halvorsen <{OWNER}> wrote:\n"
            f"> Hi Odile,\n>\n> Would you have time for a portfolio review in the next week or "
            f"so? I've\n> got a few interview loops starting in March and my case studies feel "
            f"way\n> too long. Evenings work best for me.\n>\n> Thanks!\n> Wren\n")
    _, m1 = gmail_message(seed="b02-odile", frm=odile, to=[(OWNER_NAME, OWNER)], date=sent,
                          subject="Re: Portfolio review before my interviews?", text=text,
                          in_reply_to=prev, references=prev)
    ev = gcal_event(seed="b02-ev", tz="America/Los_Angeles", start=start, end=end,
                    created=sent + timedelta(minutes=3), updated=sent + timedelta(hours=2),
                    summary="Portfolio review: Wren H. \u00d7 Odile (mentorship)",
                    description="Portfolio review + a few mock interview questions. Bring the "
                                "returns-flow and onboarding case studies.",
                    organizer=odile,
                    attendees=[gatt(*odile, "accepted", organizer=True), me("accepted")])
    files = {"01-re-portfolio-review.eml": m1, "02-portfolio-review-odile.gcal.json": dump_json(ev)}
    lab = label([], "medium", "negative/mentor-portfolio-review",
                "Mentor portfolio review with mock interview questions (coaching), booked as a "
                "Meet event. Not a hiring-process conversation.")
    return files, lab


# --------------------------------------------------------------------------- 03
@case("b182-03-gcal-json-event-moved-central")
def c03():
    alana = ("Alana Greer", "alana.greer@quillmark.example")
    tomasz = ("Tomasz Wierzbicki", "tomasz.wierzbicki@quillmark.example")
    s1 = T(2026, 2, 5, 13, 0, CT, "Thu")
    s2 = T(2026, 2, 6, 10, 0, CT, "Fri")
    dur = timedelta(minutes=45)
    created = T(2026, 2, 2, 11, 3, CT, "Mon", 11)
    moved = T(2026, 2, 4, 10, 51, CT, "Wed", 37)
    eid = event_id("b03")
    desc1 = ("Hi Wren, this is your 45-minute conversation with Tomasz Wierzbicki, Director of "
             "Content Design and the hiring manager for the Senior Content Designer, Payments "
             "role. He'll want to hear about a project where content changed a product "
             "decision.\n\nAlana Greer | Recruiting Coordinator | Quillmark")
    summary = "Quillmark | Senior Content Designer \u2013 Hiring Manager Interview (Wren Halvorsen)"
    common = dict(seed="b03-ev", summary=summary, tz="America/Chicago", created=created,
                  organizer=alana, eid=eid)
    ev1 = gcal_event(start=s1, end=s1 + dur, updated=created + timedelta(minutes=40),
                     description=desc1, attendees=[
                         gatt(*alana, "accepted", organizer=True), gatt(*tomasz, "accepted"),
                         me("accepted")], **common)
    text = (f"Hi Wren,\n\nQuick change: Tomasz has a board-prep session that landed on Thursday "
            f"afternoon, so I've moved your conversation to Friday, Feb 6 at {hm(s2, CT)} "
            f"Central ({hm(s2, PT)} Pacific). Same Meet link, same 45 minutes. The calendar "
            f"event is updated, so you may need to re-accept it.\n\nSorry about the early "
            f"start on your end!\n\nAlana\n\nAlana Greer\nRecruiting Coordinator | Quillmark\n"
            f"Chicago, IL")
    _, m = gmail_message(seed="b03-alana", frm=alana, to=[(OWNER_NAME, OWNER)],
                         date=moved - timedelta(minutes=3),
                         subject="Quick change to your Quillmark interview time", text=text)
    desc2 = desc1 + (f"\n\nUpdated 2/4: moved to Friday {hm(s2, CT)} CT / {hm(s2, PT)} PT "
                     "(Tomasz conflict).")
    ev2 = gcal_event(start=s2, end=s2 + dur, updated=moved, description=desc2, seq=1,
                     display_tz=PT, attendees=[
                         gatt(*alana, "accepted", organizer=True), gatt(*tomasz, "accepted"),
                         me("needsAction")], **common)
    files = {"01-quillmark-hm-interview.gcal.json": dump_json(ev1),
             "02-quick-change-interview-time.eml": m,
             "03-quillmark-hm-interview.gcal.json": dump_json(ev2)}
    lab = label([iv("Quillmark", "Senior Content Designer, Payments", s2.astimezone(PT),
                    (s2 + dur).astimezone(PT), "scheduled", [tomasz[1]], [tomasz[1]],
                    "hiring_manager")],
                "medium", "positive/gcal-json-reschedule",
                "Calendar API event created by a Chicago coordinator, then the same event id "
                "updated (sequence 1) to Friday 10:00 CT = 08:00 PT; e-mail confirms. One "
                "interview at the final time; coordinator is not an interviewer.")
    return files, lab


# --------------------------------------------------------------------------- 04
@case("b182-04-updated-invitation-across-dst")
def c04():
    bethany = ("Bethany Cole", "bethany.cole@harborlight.example")
    soren = ("Soren Adeyemi", "soren.adeyemi@harborlight.example")
    s1 = T(2026, 3, 10, 13, 0, ET, "Tue")
    s2 = T(2026, 3, 12, 13, 30, ET, "Thu")
    dur = timedelta(hours=1)
    sent1 = T(2026, 3, 5, 14, 20, ET, "Thu", 7)
    sent2 = T(2026, 3, 9, 9, 5, ET, "Mon", 44)
    assert sent1.utcoffset() == timedelta(hours=-5) and s1.utcoffset() == timedelta(hours=-4)
    uid = f"{event_id('b04')}@google.com"
    summary = "Harborlight Software: Content Exercise (Live) - Wren Halvorsen"
    desc1 = (f"Hi Wren,\n\nThis is the live content exercise for the Content Designer, Billing "
             f"role. Soren Adeyemi (Content Design Manager) will share a rough billing flow and "
             f"work through it with you. No prep needed beyond a quiet spot and a browser.\n\n"
             f"Heads up that the clocks change this Sunday on both coasts, so this is "
             f"{hm(s1, ET)} Eastern / {hm(s1, PT)} Pacific.\n\nBethany Cole\nRecruiting "
             f"Coordinator, Harborlight Software")
    atts = [att(*bethany, "ACCEPTED"), att(*soren, "ACCEPTED"), att(None, OWNER)]
    m1 = google_invite(seed="b04-inv1", organizer=bethany, attendees=atts, summary=summary,
                       start=s1, end=s1 + dur, sent=sent1, uid=uid, description=desc1)
    desc2 = desc1 + (f"\n\nUpdate 3/9: moved to Thursday at {hm(s2, ET)} ET ({hm(s2, PT)} PT); "
                     f"Soren is out Tuesday. Sorry for the shuffle!")
    m2 = google_invite(seed="b04-inv2", organizer=bethany, attendees=atts, summary=summary,
                       start=s2, end=s2 + dur, sent=sent2, uid=uid, seq=1, description=desc2,
                       kind="Updated invitation", created=sent1, meet_seed="b04-inv1",
                       banner="This event has been updated\nChanged: time")
    files = {"01-invitation-harborlight-content-exercise.eml": m1,
             "02-updated-invitation-harborlight-content-exercise.eml": m2}
    lab = label([iv("Harborlight Software", "Content Designer, Billing", s2.astimezone(PT),
                    (s2 + dur).astimezone(PT), "scheduled", [soren[1]], [soren[1]],
                    "technical")],
                "medium", "positive/reschedule-dst",
                "Invitation sent in EST (before the Mar 8 DST switch) for a PDT/EDT slot, then "
                "'Updated invitation' SEQUENCE 1 moves it to Thu Mar 12 13:30 ET = 10:30 PDT.")
    return files, lab


# --------------------------------------------------------------------------- 05
@case("b182-05-writing-sample-deadline")
def c05():
    gideon = ("Gideon Park", "gideon.park@fielder.example")
    sent = T(2026, 3, 16, 11, 20, ET, "Mon")
    due = T(2026, 3, 20, 17, 0, ET, "Fri")
    text = (f"Hi Wren,\n\nThanks again for applying for the UX Writer role at Fielder & Co. "
            f"The team enjoyed your portfolio.\n\nBefore we set up interviews, we ask every "
            f"finalist for two short writing samples (up to 500 words each: UI copy, help "
            f"content, or a style-guide excerpt all work). Could you send them to me by "
            f"Friday, March 20 at {hm(due, ET)} ET?\n\nThe hiring team reviews samples with "
            f"names removed, and I'll be in touch the following week about interview times "
            f"for anyone moving forward.\n\nBest,\nGideon\n\nGideon Park\nTalent Partner, "
            f"Fielder & Co\nNew York, NY")
    _, m = gmail_message(seed="b05-gideon", frm=gideon, to=[(OWNER_NAME, OWNER)], date=sent,
                         subject="Fielder & Co \u2013 next step for the UX Writer role", text=text)
    day = datetime(2026, 3, 20, tzinfo=PT)
    ev = gcal_event(seed="b05-ev", tz="America/Los_Angeles", start=day,
                    end=day + timedelta(days=1), all_day=True, meet=False,
                    created=sent + timedelta(minutes=25), updated=sent + timedelta(minutes=25),
                    summary=f"Writing samples due \u2192 Fielder ({hm(due, ET)} ET = "
                            f"{hm(due, PT)} PT!)",
                    description="Send 2 samples to Gideon. Use the help-center rewrite + "
                                "the checkout error-message set.",
                    transparency="transparent",
                    reminders={"useDefault": False, "overrides": [
                        {"method": "popup", "minutes": 1440}, {"method": "popup", "minutes": 600}]})
    files = {"01-fielder-next-step.eml": m, "02-writing-samples-due.gcal.json": dump_json(ev)}
    lab = label([], "medium", "negative/writing-sample-deadline",
                "Writing-sample request with a deadline plus an all-day reminder the owner "
                "created; interviews are only promised later. No live conversation scheduled.")
    return files, lab


# --------------------------------------------------------------------------- 06
@case("b182-06-invite-then-canceled-event")
def c06():
    dmitri = ("Dmitri Koval", "dmitri.koval@ottoline-bank.example")
    start = T(2026, 4, 7, 9, 0, PT, "Tue")
    end = start + timedelta(minutes=30)
    sent1 = T(2026, 4, 1, 10, 10, CT, "Wed", 33)
    sent2 = T(2026, 4, 3, 14, 44, CT, "Fri", 2)
    uid = f"{event_id('b06')}@google.com"
    summary = "Ottoline Bank \u2013 UX Writer II phone screen (Wren Halvorsen)"
    desc = (f"Hi Wren, here's the invite for our phone screen. I'll call the number on your "
            f"application at {hm(start, CT)} Central ({hm(start, PT)} your time). Plan on about "
            f"30 minutes: your background, what you're looking for, and logistics.\n\n"
            f"Dmitri Koval\nTalent Acquisition Partner, Ottoline Bank")
    atts = [att(*dmitri, "ACCEPTED"), att(None, OWNER, "ACCEPTED")]
    m1 = google_invite(seed="b06-inv", organizer=dmitri, attendees=atts, summary=summary,
                       start=start, end=end, sent=sent1, uid=uid, description=desc, meet=False,
                       location=f"Phone: Dmitri will call {OWNER_PHONE}")
    note = ("Hi Wren, I'm so sorry to do this: the UX Writer II requisition has been put on "
            "hold while the mobile team is re-scoped, so I need to cancel Tuesday's screen. "
            "I'll reach out directly if it reopens. - Dmitri")
    m2 = google_invite(seed="b06-cxl", organizer=dmitri, attendees=atts, summary=summary,
                       start=start, end=end, sent=sent2, uid=uid, seq=1, method="CANCEL",
                       kind="Canceled event", note=note, meet=False, created=sent1,
                       location=f"Phone: Dmitri will call {OWNER_PHONE}")
    files = {"01-invitation-ottoline-phone-screen.eml": m1,
             "02-canceled-event-ottoline-phone-screen.eml": m2}
    lab = label([iv("Ottoline Bank", "UX Writer II", start, end, "cancelled",
                    [dmitri[1]], [dmitri[1]], "phone_screen")],
                "easy", "positive/cancellation",
                "Google invitation then 'Canceled event with note' (METHOD:CANCEL, SEQUENCE 1). "
                "Kept as cancelled at its last time (Tue Apr 7 09:00 PDT). The recruiter "
                "conducts the screen, so he is interviewer and follow-up recipient.")
    return files, lab


# --------------------------------------------------------------------------- 07
@case("b182-07-gcal-deleted-then-rebooked")
def c07():
    marisol = ("Marisol Vega", "marisol.vega@sproutline.example")
    jess = ("Jess Okafor", "jess.okafor@sproutline.example")
    a_start = T(2026, 4, 22, 14, 0, CT, "Wed")
    b_start = T(2026, 4, 28, 11, 0, CT, "Tue")
    dur = timedelta(minutes=45)
    a_created = T(2026, 4, 20, 10, 30, CT, "Mon")
    sick_mail = T(2026, 4, 21, 16, 5, CT, "Tue")
    b_created = T(2026, 4, 24, 9, 12, CT, "Fri", 40)
    desc = ("Wren, you'll be meeting with Jess Okafor, our Head of Content and the hiring "
            "manager for the Content Strategist, Growth role (45 min on Google Meet). I set "
            "this up but won't be on the call.\n\nMarisol Vega, Recruiter, Sproutline")
    atts = [gatt(*marisol, "accepted", organizer=True), gatt(*jess, "accepted"), me("accepted")]
    eid_a = event_id("b07-a")
    ev_a = gcal_event(seed="b07-a", eid=eid_a, tz="America/Chicago", start=a_start,
                      end=a_start + dur, created=a_created,
                      updated=a_created + timedelta(hours=3),
                      summary="Sproutline \u2013 Content Strategist, Growth: conversation with "
                              "Jess Okafor", description=desc, organizer=marisol,
                      attendees=atts)
    t1 = (f"Hi Wren,\n\nJess woke up with a fever, so I've taken tomorrow's "
          f"{hm(a_start, CT)} CT conversation off the calendar. You'll see it disappear. "
          f"She's hoping to be back by Friday, and I'll send a brand-new invite as soon as "
          f"I can see her calendar again.\n\nSorry for the whiplash!\nMarisol\n\n"
          f"Marisol Vega | Recruiter | Sproutline")
    id1, m1 = gmail_message(seed="b07-m1", frm=marisol, to=[(OWNER_NAME, OWNER)],
                            date=sick_mail, subject="Tomorrow's chat with Jess", text=t1)
    deleted = {"kind": "calendar#event",
               "etag": f"\"3{ids('b07-del', 15, '0123456789')}\"",
               "id": eid_a, "status": "cancelled"}
    ev_b = gcal_event(seed="b07-b", tz="America/Chicago", start=b_start, end=b_start + dur,
                      created=b_created, updated=b_created + timedelta(minutes=2),
                      display_tz=PT,
                      summary="Sproutline \u2013 Content Strategist, Growth: conversation with "
                              "Jess Okafor (rescheduled)", description=desc, organizer=marisol,
                      attendees=[gatt(*marisol, "accepted", organizer=True),
                                 gatt(*jess, "accepted"), me("needsAction")])
    t2 = (f"Hi Wren,\n\nGood news, Jess is back. The new invite is out for Tuesday 4/28 at "
          f"{hm(b_start, CT)} CT ({hm(b_start, PT)} for you). Same format as before.\n\n"
          f"Marisol\n\nOn Tue, Apr 21, 2026 at 4:05\u202fPM Marisol Vega <{marisol[1]}> "
          f"wrote:\n> Hi Wren,\n>\n> Jess woke up with a fever, so I've taken tomorrow's "
          f"{hm(a_start, CT)} CT\n> conversation off the calendar.\n")
    _, m2 = gmail_message(seed="b07-m2", frm=marisol, to=[(OWNER_NAME, OWNER)],
                          date=b_created + timedelta(minutes=6),
                          subject="Re: Tomorrow's chat with Jess", text=t2,
                          in_reply_to=id1, references=id1)
    files = {"01-sproutline-jess-okafor.gcal.json": dump_json(ev_a),
             "02-tomorrows-chat-with-jess.eml": m1,
             "03-sproutline-jess-okafor-deleted.gcal.json": dump_json(deleted),
             "04-sproutline-jess-okafor-rescheduled.gcal.json": dump_json(ev_b),
             "05-re-tomorrows-chat-with-jess.eml": m2}
    role = "Content Strategist, Growth"
    lab = label([iv("Sproutline", role, a_start.astimezone(PT), (a_start + dur).astimezone(PT),
                    "cancelled", [jess[1]], [jess[1]], "hiring_manager"),
                 iv("Sproutline", role, b_start.astimezone(PT), (b_start + dur).astimezone(PT),
                    "scheduled", [jess[1]], [jess[1]], "hiring_manager")],
                "hard", "positive/cancel-and-rebook",
                "Calendar API event deleted (events.list item with only id/status cancelled) "
                "after the recruiter's e-mail, then re-booked as a NEW event id: two entries, "
                "one cancelled (Wed Apr 22 14:00 CT) and one scheduled (Tue Apr 28 11:00 CT). "
                "Recruiter explicitly not on the call.")
    return files, lab


# --------------------------------------------------------------------------- 08
@case("b182-08-freelance-client-call")
def c08():
    jolene = ("Jolene Fitch", "jolene@saltmarsh-cider.example")
    ben = ("Ben Ashby", "ben.ashby@saltmarsh-cider.example")
    start = T(2026, 3, 25, 16, 0, PT, "Wed")
    sent = T(2026, 3, 20, 11, 2, PT, "Fri", 19)
    desc = ("Hi Wren! Per the SOW, here's our round 2 review of the product-page copy. I'll "
            "bring notes from the customer interviews our marketing intern ran last week, and "
            "Ben from ecommerce will join for the last 15 min to talk about the subscription "
            "page.\n\nRound 1 invoice is paid, thanks for the quick turnaround!\n\nJolene")
    m = google_invite(seed="b08-inv", organizer=jolene, sent=sent,
                      summary="Saltmarsh x Wren: product page copy \u2013 round 2 review",
                      start=start, end=start + timedelta(minutes=45),
                      uid=f"{event_id('b08')}@google.com", description=desc,
                      attendees=[att(*jolene, "ACCEPTED"), att(*ben, "TENTATIVE"),
                                 att(OWNER_NAME, OWNER)])
    files = {"01-invitation-saltmarsh-round-2-review.eml": m}
    lab = label([], "medium", "negative/freelance-client-call",
                "Google invitation from an existing freelance client (SOW, invoice, copy "
                "review); 'customer interviews' is research wording. Not a hiring process.")
    return files, lab


# --------------------------------------------------------------------------- 09
@case("b182-09-appointment-schedule-booked")
def c09():
    graciela = ("Graciela Mu\u00f1oz", "graciela.munoz@tidewater-maps.example")
    sent = T(2026, 5, 4, 12, 15, ET, "Mon")
    start = T(2026, 5, 7, 13, 30, ET, "Thu")
    end = start + timedelta(minutes=30)
    link = f"https://calendar.app.google/{ids('b09-link', 17, ALNUM)}"
    text = (f"Hi Wren,\n\nThanks for applying to the UX Writer, Navigation role at Tidewater "
            f"Maps! I'd love to set up a 30-minute intro call to learn more about you and walk "
            f"you through the team and the process.\n\nPlease grab any open slot on my booking "
            f"page (times show in your own time zone):\n{link}\n\nTalk soon,\nGraciela\n\n"
            f"Graciela Mu\u00f1oz\nRecruiter, Tidewater Maps\nAtlanta, GA")
    _, m = gmail_message(seed="b09-mail", frm=graciela, to=[(OWNER_NAME, OWNER)], date=sent,
                         subject="Tidewater Maps \u2013 UX Writer, Navigation: intro call",
                         text=text)
    booked = T(2026, 5, 4, 13, 41, PT, "Mon", 9)
    code, _, _ = meet_info("b09-ev")
    ev = gcal_event(seed="b09-ev", tz="America/New_York", start=start, end=end,
                    created=booked, updated=booked, display_tz=PT,
                    summary="Tidewater Maps recruiter intro (30 min) (Wren Halvorsen)",
                    description=(f"Booked by\n{OWNER_NAME}\n{OWNER}\n\nPhone number\n"
                                 f"{OWNER_PHONE}\n\nAnything you'd like me to know before we "
                                 f"talk?\nCurrently a UX writer at Fernhollow Outdoor; "
                                 f"applied to the Navigation role.\n\nGoogle Meet joining "
                                 f"info\nVideo call link: https://meet.google.com/{code}"),
                    organizer=graciela,
                    attendees=[gatt(*graciela, "accepted", organizer=True), me("accepted")])
    files = {"01-tidewater-intro-call.eml": m,
             "02-tidewater-recruiter-intro-booked.gcal.json": dump_json(ev)}
    lab = label([iv("Tidewater Maps", "UX Writer, Navigation", start.astimezone(PT),
                    end.astimezone(PT), "scheduled", [graciela[1]], [graciela[1]],
                    "phone_screen")],
                "medium", "positive/appointment-schedule-booking",
                "Recruiter sends a Google appointment-schedule link; the owner booked a slot "
                "(API event with 'Booked by' description, tz America/New_York, dateTime shown in "
                "PT). 13:30 ET = 10:30 PT.")
    return files, lab


# --------------------------------------------------------------------------- 10
@case("b182-10-owner-placeholder-then-invite")
def c10():
    tobias = ("Tobias Reyes", "tobias.reyes@kestrel-learning.example")
    ruth = ("Ruth Amankwah", "ruth.amankwah@kestrel-learning.example")
    ph_start = T(2026, 5, 13, 14, 0, PT, "Wed")
    ph_created = T(2026, 5, 8, 15, 10, PT, "Fri")
    ev0 = gcal_event(seed="b10-ph", tz="America/Los_Angeles", start=ph_start,
                     end=ph_start + timedelta(hours=1), created=ph_created, updated=ph_created,
                     meet=False, summary="Interview w/ Kestrel?",
                     description="Tobias (recruiter) said probably Wed afternoon. NOT confirmed "
                                 "yet, hold the time.",
                     reminders={"useDefault": False,
                                "overrides": [{"method": "popup", "minutes": 60}]})
    start = T(2026, 5, 14, 11, 0, PT, "Thu")
    end = start + timedelta(minutes=45)
    mail_date = T(2026, 5, 11, 9, 14, PT, "Mon")
    wren_prev = gmail_msgid("b10-wren")
    tob_first = gmail_msgid("b10-tobias-first")
    text = (f"Hi Wren,\n\nThanks for the quick reply. Unfortunately Ruth's Wednesday filled "
            f"up. Could you do Thursday (5/14) at {hm(start, PT)} Pacific instead? It would be "
            f"45 minutes with Ruth Amankwah, our Content Design Manager. She's the hiring "
            f"manager for this role.\n\nI'll send a calendar invite as soon as you confirm.\n\n"
            f"Best,\nTobias\n\nTobias Reyes\nRecruiter | Kestrel Learning\nSeattle, WA\n\n"
            f"On Fri, May 8, 2026 at 2:58\u202fPM Wren Halvorsen <{OWNER}> wrote:\n"
            f"> Hi Tobias,\n>\n> Thanks so much! Wednesday afternoon would be ideal, but I'm "
            f"flexible\n> next week.\n>\n> Wren\n>\n> On Fri, May 8, 2026 at 11:20\u202fAM "
            f"Tobias Reyes <{tobias[1]}> wrote:\n>> Hi Wren, great news: Ruth would like to "
            f"meet you next week for\n>> the UX Writer, Learner Experience role. What days "
            f"work for you?\n")
    _, m = gmail_message(seed="b10-tobias", frm=tobias, to=[(OWNER_NAME, OWNER)],
                         date=mail_date, subject="Re: Next steps - UX Writer, Learner Experience",
                         text=text, in_reply_to=wren_prev, references=f"{tob_first} {wren_prev}")
    inv_sent = T(2026, 5, 11, 11, 2, PT, "Mon", 40)
    inv = google_invite(
        seed="b10-inv", organizer=tobias, sent=inv_sent,
        summary="Kestrel Learning: Wren Halvorsen <> Ruth Amankwah (UX Writer, Learner Experience)",
        start=start, end=end, uid=f"{event_id('b10')}@google.com",
        description="Thanks for confirming, Wren! Ruth will walk through the team's roadmap and "
                    "ask about your approach to voice and tone.\n\nTobias",
        attendees=[att(*tobias, "ACCEPTED"), att(*ruth, "ACCEPTED"), att(None, OWNER)])
    files = {"01-interview-w-kestrel-placeholder.gcal.json": dump_json(ev0),
             "02-re-next-steps-kestrel.eml": m,
             "03-invitation-kestrel-ruth-amankwah.eml": inv}
    lab = label([iv("Kestrel Learning", "UX Writer, Learner Experience", start, end,
                    "scheduled", [ruth[1]], [ruth[1]], "hiring_manager")],
                "hard", "positive/owner-placeholder-superseded",
                "Owner's own tentative event 'Interview w/ Kestrel?' (Wed 2pm, no attendees) "
                "is superseded by the recruiter's Thursday 11:00 PT invite; one interview at the "
                "confirmed time. Recruiter organizes, Ruth interviews.")
    return files, lab


# --------------------------------------------------------------------------- 11
@case("b182-11-ux-meetup-ics")
def c11():
    start = T(2026, 4, 16, 18, 0, PT, "Thu")
    end = T(2026, 4, 16, 20, 30, PT, "Thu")
    sent = T(2026, 4, 10, 9, 31, PT, "Fri", 12)
    venue = "Field Office Coworking, 2150 NW Overton St, Portland, OR 97210"
    url = "https://www.meetup.com/pdx-content-ux-writing/events/3" + ids("b11-url", 8, "0123456789") + "/"
    text = (f"You're going!\n\nPDX Content & UX Writing\nPortfolio Night + Mock Interviews\n\n"
            f"Thursday, April 16, 2026\n{hm(start, PT)} to {hm(end, PT)} PDT\n{venue}\n\n"
            f"Bring one or two case studies and get feedback from working content designers. "
            f"In the second half we'll pair up for 15-minute mock interviews (hiring managers "
            f"from three Portland teams are volunteering as interviewers). Pizza from 6!\n\n"
            f"Add to calendar: {url}ical/\nView event: {url}\n\n"
            f"You received this email because you RSVP'd to an event on Meetup.\n"
            f"Meetup LLC, POB 4668 #37895, New York, NY 10163-4668")
    bnd = boundary("b11")
    msgid = f"<{ids('b11-mid', 24, LOWER + '0123456789')}.{ids('b11-mid2', 6, '0123456789')}@email.meetup.com>"
    plain = leaf('text/plain; charset="UTF-8"', text, "quoted-printable")
    hpart = leaf('text/html; charset="UTF-8"',
                 "<!DOCTYPE html><html><body style=\"font-family:Graphik,Helvetica,Arial\">"
                 + text_to_html(text, wrap_div=False) + "</body></html>", "quoted-printable")
    hdrs = [("Delivered-To", OWNER), received("b11", sent),
            ("Return-Path", "<bounce-mc.us5_" + ids("b11-rp", 10, "0123456789") + "@mail.meetup.com>"),
            ("MIME-Version", "1.0"), ("From", "Meetup <info@email.meetup.com>"),
            ("Date", mdate(sent)), ("Message-ID", msgid),
            ("Subject", "You're going to \"Portfolio Night + Mock Interviews\""),
            ("To", addr(OWNER_NAME, OWNER)),
            ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>")]
    m = message(hdrs, multi("alternative", bnd, [plain, hpart]))
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Meetup//Meetup Events v1.0//EN",
         "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:PDX Content & UX Writing"] + VTZ_LA + [
        "BEGIN:VEVENT", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=America/Los_Angeles:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=America/Los_Angeles:{end:%Y%m%dT%H%M%S}",
        "STATUS:CONFIRMED", "SUMMARY:Portfolio Night + Mock Interviews",
        "DESCRIPTION:" + ics_escape("PDX Content & UX Writing\nBring one or two case studies. "
                                    "15-minute mock interviews in the second half.\n" + url),
        "CLASS:PUBLIC", "CREATED:20260324T190411Z", "GEO:45.531;-122.697",
        "LOCATION:" + ics_escape(venue), f"URL:{url}", "LAST-MODIFIED:20260402T162019Z",
        f"UID:event_{ids('b11-uid', 9, '0123456789')}@meetup.com",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "END:VEVENT", "END:VCALENDAR"]
    files = {"01-youre-going-portfolio-night.eml": m,
             "02-portfolio-night-mock-interviews.ics": ics_text(L)}
    lab = label([], "easy", "negative/ux-meetup",
                "Meetup RSVP + standalone .ics for a community portfolio night with mock "
                "interviews. Practice, not a hiring process.")
    return files, lab


# --------------------------------------------------------------------------- 12
@case("b182-12-virtual-onsite-four-events")
def c12():
    renata = ("Renata Dahl", "renata.dahl@marigold.example")
    amelia = ("Amelia Stroud", "amelia.stroud@marigold.example")
    jonah = ("Jonah Pike", "jonah.pike@marigold.example")
    lucia = ("Luc\u00eda Ferraro", "lucia.ferraro@marigold.example")
    devin = ("Devin Achebe", "devin.achebe@marigold.example")
    day = (2026, 6, 9)
    assert datetime(*day).strftime("%a") == "Tue"
    sessions = [
        ("Portfolio walkthrough", T(*day, 11, 0, CT), 45, [amelia, jonah]),
        ("Writing exercise debrief", T(*day, 12, 0, CT), 45, [lucia]),
        ("Product partnership", T(*day, 13, 0, CT), 30, [devin]),
        ("Hiring manager wrap-up", T(*day, 14, 30, CT), 45, [amelia]),
    ]
    sent = T(2026, 6, 4, 14, 30, CT, "Thu")
    lines = []
    for title, st, mins, who in sessions:
        en = st + timedelta(minutes=mins)
        lines.append(f"  {hm(st, CT)} - {hm(en, CT)} CT ({hm(st, PT)} - {hm(en, PT)} PT)  "
                     f"{title}: {', '.join(w[0] for w in who)}")
    lunch = sessions[2][1] + timedelta(minutes=30)
    lines.insert(3, f"  {hm(lunch, CT)} - {hm(sessions[3][1], CT)} CT  Lunch break (off camera)")
    text = ("Hi Wren,\n\nWe're excited to have you for your virtual onsite for the Senior UX "
            "Writer, Checkout role on Tuesday, June 9! Here's the schedule. Each session has "
            "its own calendar invite with a Google Meet link:\n\n" + "\n".join(lines) +
            "\n\nFor the portfolio walkthrough, plan on about 25 minutes of presenting. The "
            "writing exercise debrief covers the take-home you sent last week.\n\nIf anything "
            "comes up, just reply here.\n\nRenata\n\nRenata Dahl\nCandidate Experience "
            "Coordinator | Marigold Commerce\nChicago, IL")
    _, m = gmail_message(seed="b12-mail", frm=renata, to=[(OWNER_NAME, OWNER)], date=sent,
                         subject="Your Marigold virtual onsite \u2013 Tuesday, June 9", text=text)
    files = {"01-marigold-virtual-onsite-schedule.eml": m}
    for i, (title, st, mins, who) in enumerate(sessions, 1):
        ev = gcal_event(
            seed=f"b12-s{i}", tz="America/Chicago", start=st, end=st + timedelta(minutes=mins),
            created=sent - timedelta(minutes=40 - 3 * i), updated=sent - timedelta(minutes=30 - 3 * i),
            summary=f"Marigold Onsite {i}/4: {title} (Wren Halvorsen)",
            description=f"Senior UX Writer, Checkout \u2013 virtual onsite, session {i} of 4.\n"
                        f"Interviewer(s): {', '.join(w[0] for w in who)}\n"
                        f"Coordinator: Renata Dahl",
            organizer=renata,
            attendees=[gatt(*renata, "accepted", organizer=True)]
                      + [gatt(*w, "accepted") for w in who] + [me("needsAction")])
        files[f"{i + 1:02d}-marigold-onsite-{i}-{title.lower().replace(' ', '-')}.gcal.json"] = dump_json(ev)
    first = sessions[0][1]
    last_end = sessions[3][1] + timedelta(minutes=45)
    lab = label([iv("Marigold Commerce", "Senior UX Writer, Checkout", first.astimezone(PT),
                    last_end.astimezone(PT), "scheduled",
                    [amelia[1], jonah[1], lucia[1], devin[1]],
                    [amelia[1], jonah[1], lucia[1], devin[1]], "onsite")],
                "medium", "positive/onsite-loop",
                "Same-day virtual onsite: itinerary mail in CT (with PT) + four Calendar API "
                "events and a lunch break -> one onsite 09:00-13:15 PT with all interviewers; "
                "coordinator excluded.")
    return files, lab


# --------------------------------------------------------------------------- 13
@case("b182-13-design-crit-current-job")
def c13():
    corinne = ("Corinne Vasquez", "corinne.vasquez@fernhollow.example")
    hollis = ("Hollis Grant", "hollis.grant@fernhollow.example")
    start = T(2026, 3, 11, 14, 0, PT, "Wed")
    sent = T(2026, 3, 6, 13, 15, PT, "Fri", 3)
    desc = ("Weekly crit for product design + content. Bring work in any state.\n\n"
            "Mar 11: Wren \u2013 checkout error messages (copy + states)\n"
            "Mar 18: Hollis \u2013 returns flow\n\n"
            "We'll also save 10 min for synthesis from last week's customer interviews.")
    m = google_invite(
        seed="b13-inv", organizer=corinne, sent=sent,
        summary="Design crit (Product Design + Content)", start=start,
        end=start + timedelta(hours=1), uid=f"{event_id('b13')}@google.com",
        description=desc, rrule="FREQ=WEEKLY;BYDAY=WE", to_addr=OWNER_WORK,
        attendees=[att(*corinne, "ACCEPTED"),
                   att("Design Team", "design-team@fernhollow.example", cutype="GROUP"),
                   att(*hollis, "ACCEPTED"), att("Wren Halvorsen", OWNER_WORK)],
        extra_headers=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")])
    files = {"01-invitation-design-crit-weekly.eml": m}
    lab = label([], "medium", "negative/internal-design-critique",
                "Recurring design critique at the owner's current employer (Google invite "
                "with RRULE + VTIMEZONE, forwarded from her work address). 'Customer "
                "interviews' refers to research.")
    return files, lab


# --------------------------------------------------------------------------- 14
@case("b182-14-thread-tomorrow-eastern")
def c14():
    colette = ("Colette Imbert", "colette.imbert@larkspur.example")
    hannah_email = "hannah.ruiz@larkspur.example"
    d1 = T(2026, 4, 13, 10, 12, ET, "Mon", 5)
    start = T(2026, 4, 14, 13, 30, ET, "Tue")
    assert start.date() == d1.date() + timedelta(days=1)
    end = start + timedelta(minutes=30)
    wren_reply = T(2026, 4, 13, 7, 40, PT, "Mon")
    d2 = T(2026, 4, 13, 11, 5, ET, "Mon", 51)
    sig = ("Best regards,\n\nColette Imbert\nTalent Acquisition Specialist | Larkspur Insurance\n"
           "Hartford, CT | she/her")
    t1 = (f"Hi Wren,\n\nThank you for your interest in the UX Writer, Claims Experience "
          f"position. Hannah Ruiz, our Content Design Lead and the hiring manager for this "
          f"role, reviewed your portfolio and would like to speak with you.\n\nShe has an "
          f"opening tomorrow at {hm(start, ET)} ET. Would that work for a 30-minute phone "
          f"conversation? If not, please send me a couple of windows later this week.\n\n{sig}")

    def outlook(seed, date, subject, text, irt=None, refs=None):
        mid = f"<DM8PR11MB{ids(seed, 4, '0123456789')}{ids(seed + 'a', 12, '0123456789ABCDEF')}@DM8PR11MB{ids(seed + 'b', 4, '0123456789')}.namprd11.prod.outlook.com>"
        bnd = f"_000_DM8PR11MB{ids(seed + 'c', 16, '0123456789ABCDEF')}namp_"
        hdrs = [("Delivered-To", OWNER), received(seed, date),
                ("Return-Path", f"<{colette[1]}>"), ("From", addr(*colette)),
                ("To", addr(OWNER_NAME, OWNER)), ("Subject", subject),
                ("Thread-Topic", "Larkspur Insurance - UX Writer, Claims Experience"),
                ("Thread-Index", base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
                ("Date", mdate(date)), ("Message-ID", mid)]
        if irt:
            hdrs += [("In-Reply-To", irt), ("References", refs)]
        hdrs += [("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                 ("MIME-Version", "1.0")]
        htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
                 'charset=utf-8"></head><body lang="EN-US"><div class="WordSection1">'
                 + "".join(f'<p class="MsoNormal">{html.escape(x) or "&nbsp;"}</p>'
                           for x in text.split("\n")) + "</div></body></html>")
        top = multi("alternative", bnd, [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', htmlb, "quoted-printable")])
        return mid, message(hdrs, top)

    id1, m1 = outlook("b14-1", d1, "Larkspur Insurance - UX Writer, Claims Experience", t1)
    wren_id = gmail_msgid("b14-wren")
    quoted1 = "\n".join(t1.split("\n"))
    t2 = (f"Hi Wren,\n\nYou're all set for tomorrow, Tuesday 4/14, {hm(start, ET)} - "
          f"{hm(end, ET)} ET. Hannah will call you at {OWNER_PHONE}. If anything changes on "
          f"your end, you can reach her directly at {hannah_email} or just reply here.\n\n"
          f"Thanks,\nColette\n\n-----Original Message-----\nFrom: Wren Halvorsen <{OWNER}>\n"
          f"Sent: Monday, April 13, 2026 {hm(wren_reply, ET)}\nTo: Colette Imbert "
          f"<{colette[1]}>\nSubject: Re: Larkspur Insurance - UX Writer, Claims Experience\n\n"
          f"Hi Colette,\n\nTomorrow at {hm(start, ET).replace(' PM', '')} ET "
          f"({hm(start, PT).replace(' AM', '')} my time) works well. The best number is "
          f"{OWNER_PHONE}.\n\nThanks!\nWren\n\nOn Mon, Apr 13, 2026 at "
          f"{hm(d1, PT).replace(' ', chr(0x202f))} Colette Imbert <{colette[1]}> wrote:\n"
          + "\n".join("> " + x if x else ">" for x in quoted1.split("\n")))
    _, m2 = outlook("b14-2", d2, "RE: Larkspur Insurance - UX Writer, Claims Experience", t2,
                    irt=wren_id, refs=f"{id1} {wren_id}")
    files = {"01-larkspur-ux-writer-claims.eml": m1, "02-re-larkspur-ux-writer-claims.eml": m2}
    lab = label([iv("Larkspur Insurance", "UX Writer, Claims Experience", start, end,
                    "scheduled", [hannah_email], [hannah_email], "hiring_manager")],
                "medium", "positive/thread-relative-date",
                "Outlook thread, body only: 'tomorrow at 1:30 PM ET' resolved against Mon Apr 13 "
                "-> Tue Apr 14 13:30 EDT (10:30 PDT). Hiring manager's address is given in the "
                "text, so she is interviewer and follow-up recipient.")
    return files, lab


# --------------------------------------------------------------------------- 15
@case("b182-15-interview-prep-focus-block")
def c15():
    day = datetime(2026, 7, 8, tzinfo=PT)
    assert day.strftime("%a") == "Wed"
    c0 = T(2026, 7, 6, 21, 14, PT, "Mon")
    wl = gcal_event(seed="b15-wl", tz="America/Los_Angeles", start=day,
                    end=day + timedelta(days=1), all_day=True, meet=False, created=c0,
                    updated=c0, summary="Home", visibility="public", transparency="transparent",
                    event_type="workingLocation",
                    props={"workingLocationProperties": {"type": "homeOffice", "homeOffice": {}}})
    prep = T(2026, 7, 7, 19, 0, PT, "Tue")
    ev = gcal_event(seed="b15-prep", tz="America/Los_Angeles", start=prep,
                    end=prep + timedelta(minutes=45), created=c0 + timedelta(minutes=2),
                    updated=c0 + timedelta(minutes=9), meet=False,
                    summary="Prep for Juniper Row interview",
                    description="- Reread the JD (Content Designer, Onboarding)\n"
                                "- Say the Fernhollow returns-flow story out loud, twice\n"
                                "- Questions for them: team size, how content works with "
                                "research, writing review process\n"
                                "- Open portfolio tabs + water + charge headphones",
                    reminders={"useDefault": False,
                               "overrides": [{"method": "popup", "minutes": 10}]})
    fs = T(2026, 7, 8, 8, 0, PT, "Wed")
    ft = gcal_event(seed="b15-focus", tz="America/Los_Angeles", start=fs,
                    end=fs + timedelta(minutes=90), created=c0 + timedelta(minutes=5),
                    updated=c0 + timedelta(minutes=5), meet=False,
                    summary="Interview prep", transparency="opaque", event_type="focusTime",
                    props={"focusTimeProperties": {
                        "autoDeclineMode": "declineOnlyNewConflictingInvitations",
                        "declineMessage": "Heads-down until 9:30, will reply after.",
                        "chatStatus": "doNotDisturb"}})
    files = {"01-working-location-home.gcal.json": dump_json(wl),
             "02-prep-for-juniper-row-interview.gcal.json": dump_json(ev),
             "03-focus-time-interview-prep.gcal.json": dump_json(ft)}
    lab = label([], "hard", "negative/prep-reminder",
                "Only the owner's own prep events: a default reminder 'Prep for Juniper Row "
                "interview', a focusTime block titled 'Interview prep' and a workingLocation "
                "event. The interview itself (time, people) is nowhere in the case.")
    return files, lab


# --------------------------------------------------------------------------- 16
@case("b182-16-week-of-calendar-two-interviews")
def c16():
    nadia = ("Nadia Petrov", "nadia.petrov@fathom-studio.example")
    yolanda = ("Yolanda Pruitt", "yolanda.pruitt@copperleaf.example")
    ines = ("Ines Halloran", "ines.halloran@copperleaf.example")
    marcus = ("Marcus Beale", "marcus.beale@copperleaf.example")
    tue = datetime(2026, 6, 16, tzinfo=PT)
    assert tue.strftime("%a") == "Tue"
    c0 = T(2026, 6, 12, 8, 2, PT, "Fri")
    wl = gcal_event(seed="b16-wl", tz="America/Los_Angeles", start=tue,
                    end=tue + timedelta(days=1), all_day=True, meet=False, created=c0,
                    updated=c0, summary="Home", visibility="public", transparency="transparent",
                    event_type="workingLocation",
                    props={"workingLocationProperties": {"type": "homeOffice", "homeOffice": {}}})
    f_start = T(2026, 6, 16, 12, 0, ET, "Tue")
    f_end = f_start + timedelta(minutes=30)
    f_created = T(2026, 6, 12, 13, 45, ET, "Fri")
    fathom = gcal_event(seed="b16-fathom", tz="America/New_York", start=f_start, end=f_end,
                        created=f_created, updated=f_created + timedelta(hours=4),
                        summary="Fathom Studio // Recruiter screen (Wren Halvorsen)",
                        description="30 min intro with Nadia Petrov, Talent Partner. We'll cover "
                                    "your background, the UX Writer role, comp expectations "
                                    "and timeline.",
                        organizer=nadia,
                        attendees=[gatt(*nadia, "accepted", organizer=True), me("accepted")])
    o_start = T(2026, 6, 18, 10, 45, PT, "Thu")
    ooo = gcal_event(seed="b16-ooo", tz="America/Los_Angeles", start=o_start,
                     end=o_start + timedelta(minutes=90), created=c0 + timedelta(hours=30),
                     updated=c0 + timedelta(hours=30), meet=False, summary="Out of office",
                     transparency="opaque", event_type="outOfOffice",
                     props={"outOfOfficeProperties": {
                         "autoDeclineMode": "declineOnlyNewConflictingInvitations",
                         "declineMessage": "Out for an appointment, back by 12:15."}})
    c_start = T(2026, 6, 18, 13, 0, CT, "Thu")
    c_end = c_start + timedelta(hours=1)
    c_created = T(2026, 6, 11, 16, 20, CT, "Thu")
    copper = gcal_event(seed="b16-copper", tz="America/Chicago", start=c_start, end=c_end,
                        created=c_created, updated=c_created + timedelta(days=2, hours=1),
                        display_tz=PT,
                        summary="Copperleaf Energy \u2013 Portfolio presentation (Content "
                                "Designer, Customer Portal)",
                        description="Wren will present 1-2 case studies (about 20 min), followed "
                                    "by Q&A with the panel: Ines Halloran (Content Design Lead) "
                                    "and Marcus Beale (Senior UX Researcher).\n\nScheduled by "
                                    "Yolanda Pruitt, Recruiting Coordinator.",
                        organizer=yolanda,
                        attendees=[gatt(*yolanda, "accepted", organizer=True),
                                   gatt(*ines, "accepted"), gatt(*marcus, "tentative"),
                                   me("accepted")])
    fr = T(2026, 6, 19, 9, 0, PT, "Fri")
    focus = gcal_event(seed="b16-focus", tz="America/Los_Angeles", start=fr,
                       end=fr + timedelta(hours=2), created=c0, updated=c0, meet=False,
                       summary="Focus time", transparency="opaque", event_type="focusTime",
                       props={"focusTimeProperties": {
                           "autoDeclineMode": "declineNone", "chatStatus": "doNotDisturb"}})
    files = {"01-working-location-home.gcal.json": dump_json(wl),
             "02-fathom-recruiter-screen.gcal.json": dump_json(fathom),
             "03-out-of-office.gcal.json": dump_json(ooo),
             "04-copperleaf-portfolio-presentation.gcal.json": dump_json(copper),
             "05-focus-time.gcal.json": dump_json(focus)}
    lab = label([iv("Fathom Studio", "UX Writer", f_start.astimezone(PT), f_end.astimezone(PT),
                    "scheduled", [nadia[1]], [nadia[1]], "phone_screen"),
                 iv("Copperleaf Energy", "Content Designer, Customer Portal",
                    c_start.astimezone(PT), c_end.astimezone(PT), "scheduled",
                    [ines[1], marcus[1]], [ines[1], marcus[1]], "onsite")],
                "medium", "positive/two-interviews-calendar-week",
                "A week of Calendar API items: workingLocation, outOfOffice and focusTime noise "
                "plus two interviews from two companies (Eastern recruiter screen; Central "
                "panel presentation with two interviewers = onsite).")
    return files, lab


# --------------------------------------------------------------------------- 17
@case("b182-17-unbooked-booking-page")
def c17():
    simone = ("Simone Achterberg", "simone.achterberg@bellhop.example")
    d1 = T(2026, 6, 22, 10, 40, CT, "Mon")
    d2 = T(2026, 6, 25, 9, 5, CT, "Thu")
    link = f"https://calendar.app.google/{ids('b17-link', 17, ALNUM)}"
    t1 = (f"Hi Wren,\n\nI'm the recruiter for the Content Designer role at Bellhop Labs and "
          f"I'd love to set up a 30-minute recruiter screen (interview step one!). Please "
          f"book whatever works for you on my calendar:\n\n{link}\n\nOnce you pick a slot "
          f"you'll get a calendar invite with the Meet link.\n\nThanks,\nSimone\n\n"
          f"Simone Achterberg | Senior Recruiter | Bellhop Labs")
    id1, m1 = gmail_message(seed="b17-1", frm=simone, to=[(OWNER_NAME, OWNER)], date=d1,
                            subject="Bellhop Labs \u2013 let's find time to chat", text=t1)
    t2 = (f"Hi Wren, bumping this in case it got buried. I still have openings Monday and "
          f"Tuesday next week: {link}\n\nSimone\n\nOn Mon, Jun 22, 2026 at 10:40\u202fAM "
          f"Simone Achterberg <{simone[1]}> wrote:\n"
          + "\n".join("> " + x if x else ">" for x in t1.split("\n")))
    _, m2 = gmail_message(seed="b17-2", frm=simone, to=[(OWNER_NAME, OWNER)], date=d2,
                          subject="Re: Bellhop Labs \u2013 let's find time to chat", text=t2,
                          in_reply_to=id1, references=id1)
    files = {"01-bellhop-lets-find-time.eml": m1, "02-re-bellhop-lets-find-time.eml": m2}
    lab = label([], "medium", "negative/unbooked-scheduling-link",
                "Recruiter sends a Google appointment-schedule link twice; no slot is ever "
                "booked and no time is agreed.")
    return files, lab


# --------------------------------------------------------------------------- 18
@case("b182-18-agency-forward-teams-invite")
def c18():
    owen = ("Owen Castellanos", "owen.castellanos@talentbridge.example")
    beatriz = ("Beatriz Soto", "beatriz.soto@orchardlane.example")
    start = T(2026, 5, 20, 14, 0, CT, "Wed")
    end = start + timedelta(hours=1)
    bea_sent = T(2026, 5, 18, 12, 41, CT, "Mon")
    d1 = T(2026, 5, 18, 11, 2, PT, "Mon")
    text = (f"Hi Wren,\n\nGood news: Orchard Lane wants to meet you! See Beatriz's note "
            f"below. Wednesday at {hm(start, CT).replace(':00', '')} Central is "
            f"{'noon' if start.astimezone(PT).hour == 12 else hm(start, PT)} for you. She'll "
            f"send the Teams invite to you directly.\n\nCall me after and let me know how it "
            f"went!\nOwen\n\n--\nOwen Castellanos | Senior Recruiter, Creative & Digital\n"
            f"Talentbridge Partners | Portland, OR | (503) 555-0172\n\n"
            f"---------- Forwarded message ---------\nFrom: Beatriz Soto <{beatriz[1]}>\n"
            f"Date: Mon, May 18, 2026 at {hm(bea_sent, PT)}\nSubject: RE: UX Writer "
            f"(contract) \u2013 Wren Halvorsen\nTo: Owen Castellanos <{owen[1]}>\n\n\n"
            f"Hi Owen,\n\nThanks for sending Wren's portfolio. The recipe-app case study is "
            f"exactly the kind of work we need. I'd like to do a one-hour interview on "
            f"Wednesday, May 20, from {hm(start, CT)} to {hm(end, CT)} Central; I'm the "
            f"hiring manager for this contract, so it'll just be me. I'll send Wren a Teams "
            f"invite directly.\n\nBeatriz\n\nBeatriz Soto\nSenior Manager, Digital "
            f"Experience | Orchard Lane Foods\nMinneapolis, MN\n")
    _, m1 = gmail_message(seed="b18-owen", frm=owen, to=[(OWNER_NAME, OWNER)], date=d1,
                          subject="Fwd: UX Writer (contract) \u2013 interview time for Wren",
                          text=text)
    sent = T(2026, 5, 18, 13, 15, CT, "Mon", 48)
    meeting_id = " ".join(ids("b18-tm", 12, "0123456789")[i:i + 3] for i in range(0, 12, 3))
    teams = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{ids('b18-tj', 48, ALNUM)}%40thread.v2/0"
    body = (f"Hi Wren,\n\nLooking forward to talking with you about the UX Writer (contract) "
            f"role on the Ecommerce team. Owen, I've added you as optional so it's on your "
            f"calendar; no need to join.\n\nBeatriz\n\n"
            + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or "
            f"room device\nClick here to join the meeting<{teams}>\nMeeting ID: {meeting_id}\n"
            f"Passcode: {ids('b18-pc', 6, ALNUM)}\nDownload Teams<https://www.microsoft.com/"
            f"en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/"
            f"microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | "
            f"Meeting options<https://teams.microsoft.com/meetingOptions/>\n" + "_" * 80 + "\n")
    uid = "040000008200E00074C5B7101A82E00800000000" + ids("b18-uid", 72, "0123456789ABCDEF")
    L = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"] + VTZ_WIN_CENTRAL + [
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={beatriz[0]}:mailto:{beatriz[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={owen[0]}:mailto:{owen[1]}",
        "DESCRIPTION;LANGUAGE=en-US:" + ics_escape(body),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:UX Writer (contract) interview \u2013 Wren Halvorsen",
        f"DTSTART;TZID=Central Standard Time:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=Central Standard Time:{end:%Y%m%dT%H%M%S}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(sent)}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:" + ids("b18-oa", 10, "0123456789"),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
        "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + beatriz[1] + ";gruu;opaque=app:conf:focus:id:teams",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "X-MICROSOFT-LOCATIONS:[ { \"DisplayName\" : \"Microsoft Teams Meeting\", "
        "\"LocationAnnotation\" : \"\", \"LocationSource\" : 0, \"Unresolved\" : false, "
        "\"LocationUri\" : \"\" } ]",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(L)
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '</head><body><div>' + html.escape(body).replace("\n", "<br>\n") + "</div></body></html>")
    bnd = f"_000_SA1PR06MB{ids('b18-b', 16, '0123456789ABCDEF')}namp_"
    top = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
        leaf('text/html; charset="utf-8"', htmlb, "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics, "base64")])
    mid = f"<SA1PR06MB{ids('b18-m', 4, '0123456789')}{ids('b18-m2', 12, '0123456789ABCDEF')}@SA1PR06MB{ids('b18-m3', 4, '0123456789')}.namprd06.prod.outlook.com>"
    hdrs = [("Delivered-To", OWNER), received("b18-inv", sent),
            ("Return-Path", f"<{beatriz[1]}>"), ("From", addr(*beatriz)),
            ("To", addr(OWNER_NAME, OWNER)), ("CC", addr(*owen)),
            ("Subject", subj("UX Writer (contract) interview \u2013 Wren Halvorsen")),
            ("Thread-Topic", subj("UX Writer (contract) interview \u2013 Wren Halvorsen")),
            ("Thread-Index", base64.b64encode(hashlib.sha256(b"b18").digest()[:22]).decode()),
            ("Date", mdate(sent)), ("Message-ID", mid), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    m2 = message(hdrs, top)
    files = {"01-fwd-orchard-lane-interview-time.eml": m1,
             "02-orchard-lane-teams-invite.eml": m2}
    lab = label([iv("Orchard Lane Foods", "UX Writer (contract)", start.astimezone(PT),
                    end.astimezone(PT), "scheduled", [beatriz[1]], [beatriz[1]],
                    "hiring_manager")],
                "medium", "positive/agency-forward-teams",
                "Agency recruiter forwards the client's e-mail (Gmail forward block), then the "
                "client's Exchange/Teams invite with TZID 'Central Standard Time' (CDT in May: "
                "14:00 CDT = 12:00 PDT). Agency recruiter is an optional attendee, not an "
                "interviewer.")
    return files, lab


# --------------------------------------------------------------------------- 19
@case("b182-19-paid-research-session")
def c19():
    dara = ("Dara Whitcombe", "dara.whitcombe@inkwell.example")
    start = T(2026, 7, 16, 13, 0, PT, "Thu")
    sent = T(2026, 7, 14, 10, 20, PT, "Tue", 31)
    desc = ("Hi Wren, thanks for signing up through our research panel! This is a 60-minute "
            "1:1 interview about how you use style guides and writing tools day to day. There "
            "are no right answers: we're learning, not evaluating you.\n\nAs a thank-you "
            "you'll receive a $125 gift card within 5 business days of the session. We'll "
            "record for internal research use only (consent form: "
            "https://inkwell.example/research/consent).\n\nDara Whitcombe\nSenior UX "
            "Researcher, Inkwell Docs")
    m = google_invite(
        seed="b19-inv", organizer=dara, sent=sent,
        summary="Inkwell research session \u2013 Wren H. (60 min, $125 thank-you)",
        start=start, end=start + timedelta(hours=1), uid=f"{event_id('b19')}@google.com",
        description=desc,
        attendees=[att(*dara, "ACCEPTED"),
                   att("Research Ops", "research-ops@inkwell.example", role="OPT-PARTICIPANT",
                       cutype="GROUP"),
                   att(OWNER_NAME, OWNER)])
    files = {"01-invitation-inkwell-research-session.eml": m}
    lab = label([], "medium", "negative/paid-user-research",
                "Google invitation for a paid 1:1 research 'interview' (gift card, consent "
                "form). The owner is a research participant, not a candidate.")
    return files, lab


# --------------------------------------------------------------------------- 20
@case("b182-20-founder-coffee-portland")
def c20():
    hazel = ("Hazel Winthrop", "hazel@lanternfish.example")
    theo = ("Theo Marchetti", "theo@lanternfish.example")
    sent = T(2026, 6, 23, 10, 20, PT, "Tue")
    start = T(2026, 6, 26, 8, 30, PT, "Fri")
    end = start + timedelta(minutes=45)
    place = "Moth & Kettle Coffee, 3314 SE Division St, Portland, OR 97202"
    text = (f"Hi Wren!\n\nThe team loved your narrative-design exercise debrief for the "
            f"Narrative UX Writer role. The last step in our process is a coffee chat with Theo Marchetti, our co-founder; he "
            f"meets every finalist before we make a decision. It's informal, but it is part "
            f"of the interview process, so come ready to talk about why games and why "
            f"Lanternfish.\n\nTheo suggested Friday at {hm(start, PT).replace(' AM', '')} at "
            f"Moth & Kettle on SE Division (a few blocks from our studio). He'll send you a "
            f"calendar invite. You've already met Ines, who'd be your manager, so this one "
            f"is more about how you'd fit the studio.\n\nHazel\n\nHazel Winthrop | People & "
            f"Recruiting | Lanternfish Games")
    _, m = gmail_message(seed="b20-hazel", frm=hazel, to=[(OWNER_NAME, OWNER)], date=sent,
                         subject="Lanternfish: last step \U0001F3B2", text=text)
    created = sent + timedelta(hours=2, minutes=7)
    ev = gcal_event(seed="b20-ev", tz="America/Los_Angeles", start=start, end=end,
                    created=created, updated=created, meet=False, location=place,
                    summary="Coffee: Theo / Wren (Lanternfish)",
                    description="Looking forward to it! Coffee's on me. -Theo",
                    organizer=theo,
                    attendees=[gatt(*theo, "accepted", organizer=True), me("needsAction")])
    files = {"01-lanternfish-last-step.eml": m,
             "02-coffee-theo-wren-lanternfish.gcal.json": dump_json(ev)}
    lab = label([iv("Lanternfish Games", "Narrative UX Writer", start, end, "scheduled",
                    [theo[1]], [theo[1]], "other")],
                "medium", "positive/coffee-chat-founder",
                "In-person coffee with the co-founder, explicitly the last step of the "
                "interview process; Calendar API event created by the founder (no Meet). "
                "kind other: founder chat, the manager was met earlier.")
    return files, lab


# --------------------------------------------------------------------------- 21
@case("b182-21-owner-on-hiring-panel")
def c21():
    maya = ("Maya Thornton", "maya.thornton@fernhollow.example")
    hollis = ("Hollis Grant", "hollis.grant@fernhollow.example")
    start = T(2026, 8, 6, 13, 0, PT, "Thu")
    sent = T(2026, 8, 4, 9, 40, PT, "Tue", 26)
    desc = ("Hi panel! Jordan Pereira is presenting two case studies followed by Q&A.\n\n"
            "Focus areas:\n\u2022 Wren \u2013 content craft, voice & tone\n"
            "\u2022 Hollis \u2013 collaboration with product design\n\n"
            "Please submit your scorecard in Greenhouse within 24 hours of the interview. The "
            "candidate joins from a separate invite; please don't forward this one.\n\n"
            "Maya Thornton\nRecruiting Coordinator, Fernhollow Outdoor")
    m = google_invite(
        seed="b21-inv", organizer=maya, sent=sent,
        summary="Interview: Content Designer \u2013 Jordan Pereira (Portfolio presentation)",
        start=start, end=start + timedelta(hours=1), uid=f"{event_id('b21')}@google.com",
        description=desc, to_addr=OWNER_WORK,
        attendees=[att(*maya, "ACCEPTED"), att(*hollis, "ACCEPTED"),
                   att("Wren Halvorsen", OWNER_WORK)],
        extra_headers=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")])
    files = {"01-invitation-interview-panel-jordan-pereira.eml": m}
    lab = label([], "hard", "negative/user-is-interviewer",
                "Google invitation titled 'Interview: ...' at the owner's current employer, "
                "where she is a panelist (scorecard in Greenhouse). The owner interviews "
                "someone else.")
    return files, lab


# --------------------------------------------------------------------------- 22
@case("b182-22-dst-end-invite-and-api-dedupe")
def c22():
    farah = ("Farah Qureshi", "farah.qureshi@solstice-robotics.example")
    amara = ("Amara Lindgren", "amara.lindgren@solstice-robotics.example")
    start = T(2026, 11, 3, 11, 30, CT, "Tue")
    end = start + timedelta(hours=1)
    sent1 = T(2026, 10, 27, 15, 40, CT, "Tue", 12)
    sent2 = T(2026, 10, 29, 9, 5, CT, "Thu", 51)
    assert sent1.utcoffset() == timedelta(hours=-5) and start.utcoffset() == timedelta(hours=-6)
    eid = event_id("b22")
    uid = f"{eid}@google.com"
    summary = ("Solstice Robotics: Content Design Exercise \u2013 Wren Halvorsen "
               "(Senior UX Writer, Fleet Software)")
    desc1 = (f"Hi Wren,\n\nThis is your live content design exercise with Amara Lindgren "
             f"(Staff Content Designer). Amara will share an operator-alert scenario from our "
             f"fleet dashboard and you'll work through the copy together; 60 minutes on Google "
             f"Meet.\n\nNote that US clocks fall back on Sunday, Nov 1, so this lands at "
             f"{hm(start, CT)} Central / {hm(start, PT)} Pacific.\n\nFarah Qureshi\nRecruiting "
             f"Coordinator, Solstice Robotics")
    desc2 = desc1 + ("\n\nAdded 10/29: exercise brief (about 10 minutes to read beforehand): "
                     "https://docs.google.com/document/d/" + ids("b22-doc", 44, ALNUM + "_-") + "/edit")
    atts = [att(*farah, "ACCEPTED"), att(*amara, "ACCEPTED"), att(None, OWNER)]
    m1 = google_invite(seed="b22-inv1", organizer=farah, attendees=atts, summary=summary,
                       start=start, end=end, sent=sent1, uid=uid, description=desc1)
    m2 = google_invite(seed="b22-inv2", meet_seed="b22-inv1", organizer=farah, attendees=atts, summary=summary,
                       start=start, end=end, sent=sent2, uid=uid, description=desc2,
                       kind="Updated invitation", created=sent1,
                       banner="This event has been updated\nChanged: description")
    # same Meet link as the invitation (seed b22-inv1 for both)
    ev = gcal_event(seed="b22-inv1", eid=eid, tz="America/Chicago", start=start, end=end,
                    created=sent1 - timedelta(seconds=1), updated=sent2 + timedelta(hours=3),
                    display_tz=PT, summary=summary, description=desc2, organizer=farah,
                    attendees=[gatt(*farah, "accepted", organizer=True),
                               gatt(*amara, "accepted"), me("accepted")])
    files = {"01-invitation-solstice-content-exercise.eml": m1,
             "02-updated-invitation-solstice-content-exercise.eml": m2,
             "03-solstice-content-exercise.gcal.json": dump_json(ev)}
    lab = label([iv("Solstice Robotics", "Senior UX Writer, Fleet Software", start.astimezone(PT),
                    end.astimezone(PT), "scheduled", [amara[1]], [amara[1]], "technical")],
                "hard", "positive/dedupe-dst-end",
                "Invitation sent in CDT (Oct 27) for a slot after the Nov 1 fall-back "
                "(11:30 CST = 09:30 PST); description-only update and the Calendar API copy of "
                "the same event: one interview.")
    return files, lab


# =========================================================================== main

README = """# blind182: Gmail + Google Calendar job search of a Portland UX writer (written blind)

Owner: **Wren Halvorsen** <wren.halvorsen@example.com>, a UX writer in Portland, OR
(America/Los_Angeles) currently employed at Fernhollow Outdoor (work address
wren.h@fernhollow.example, auto-forwarded to Gmail in two cases). Her search lives in Gmail and
Google Calendar; recruiters sit in Eastern and Central time.

## What the set stresses
- Calendar-first evidence: Google Calendar API v3 events (`.gcal.json`) created by recruiters,
  updated in place (same id, higher `sequence`), deleted (`status: cancelled` with only `id`),
  re-booked as new events, appointment-schedule bookings ("Booked by"), and the owner's own
  events: a tentative placeholder "Interview w/ Kestrel?", prep reminders, working-location,
  focus-time and out-of-office events.
- Google Calendar notification mails: "Invitation:", "Updated invitation:" (time change and
  description-only change), "Canceled event with note:"; Google Meet; ICS in UTC, recurring
  invite with TZID + VTIMEZONE.
- One Exchange/Teams invite with the Windows TZID "Central Standard Time" in May (CDT applies).
- Time-zone conversion Pacific vs Eastern/Central and relative dates ("tomorrow at 1:30 PM ET").
- Hard look-alikes: mentor portfolio review with mock-interview questions, writing-sample
  deadline, freelance client review call, UX meetup "Portfolio Night + Mock Interviews" (.ics),
  design critique at her current job, her own "Interview prep" focus time / prep reminder,
  unbooked appointment-schedule link, paid research "interview", and a hiring panel where she
  is the interviewer.

Written blind: composed only from the brief and `/work/shared/eval/README.md` (plus a glance at
two dev files for formats), without reading the tool or other sets.

## Counts
- Cases: {n_cases} ({n_pos} positive, {n_neg} negative)
- Labelled interviews: {n_iv} ({n_sched} scheduled, {n_cxl} cancelled); cases with two
  interviews: {n_two}
- Items: {n_eml} .eml, {n_json} .gcal.json, {n_ics} .ics

## Formats
`NN-*.eml` (Google Calendar invitations: multipart/mixed with base64 text/plain, QP text/html,
text/calendar and invite.ics; Gmail multipart/alternative human mail with quoted replies and a
forwarded block; Outlook/Exchange mail and a Teams invite; Meetup notification), `NN-*.gcal.json`
(single Calendar API Event resources, including workingLocation / focusTime / outOfOffice
types and a deleted-event stub) and one standalone `NN-*.ics` (Meetup, VTIMEZONE
America/Los_Angeles). Sorted file name order = arrival order.

## Time zones / DST points
- US DST starts Sun 2026-03-08: b182-04 invitation sent in EST (-05:00) for a slot on Mar 10/12
  in EDT/PDT.
- US DST ends Sun 2026-11-01: b182-22 invitation sent in CDT for Tue Nov 3 11:30 CST = 09:30 PST.
- b182-18: Windows TZID "Central Standard Time" for a May date means CDT (-05:00).
- Calendar API events carry `timeZone` America/Chicago or America/New_York while some
  `dateTime` values are rendered in the owner's Pacific offset.

Regenerate with `python make_cases.py` (deterministic; standard library + PyYAML).
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b182-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    counts = {"eml": 0, "json": 0, "ics": 0}
    for i, (slug, fn) in enumerate(CASES, 1):
        assert slug.startswith(f"b182-{i:02d}-"), slug
        files, lab = fn()
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for fname, content in sorted(files.items()):
            assert fname[:3] == f"{fname[:2]}-" and fname[:2].isdigit(), fname
            if fname.endswith(".eml"):
                counts["eml"] += 1
            elif fname.endswith(".gcal.json"):
                counts["json"] += 1
            elif fname.endswith(".ics"):
                counts["ics"] += 1
            with open(os.path.join(d, fname), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100)
    ivs = [x for lab in labels.values() for x in lab["interviews"]]
    readme = README.format(
        n_cases=len(labels), n_pos=sum(l["interview"] for l in labels.values()),
        n_neg=sum(not l["interview"] for l in labels.values()), n_iv=len(ivs),
        n_sched=sum(x["status"] == "scheduled" for x in ivs),
        n_cxl=sum(x["status"] == "cancelled" for x in ivs),
        n_two=sum(len(l["interviews"]) >= 2 for l in labels.values()),
        n_eml=counts["eml"], n_json=counts["json"], n_ics=counts["ics"])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    print(f"wrote {len(labels)} cases, {len(ivs)} interviews")


if __name__ == "__main__":
    main()
