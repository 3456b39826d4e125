#!/usr/bin/env python3
"""Deterministic generator for the blind47 evaluation set.

Rewrites every case folder under this directory and labels.yaml.
stdlib + PyYAML + zoneinfo only.  All names, companies and domains are invented.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = "maren.achterberg@mail.example"
OWNER_NAME = "Maren Achterberg"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
UTC = ZoneInfo("UTC")

CASES = {}   # case id -> list of (filename, bytes)
LABELS = {}


def Z(name):
    return ZoneInfo(name)


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=Z(tz))


def hid(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
    while True:
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
    return b"\r\n ".join(out).decode("utf-8")


def ics_bytes(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def off(td):
    mins = int(td.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def vtimezone(tzid, zone, windows=False):
    """VTIMEZONE for a US- or EU-rule zone; offsets taken from zoneinfo."""
    z = Z(zone)
    std = datetime(2026, 1, 15, 12, tzinfo=z)
    dst = datetime(2026, 7, 15, 12, tzinfo=z)
    so, do = off(std.utcoffset()), off(dst.utcoffset())
    eu = zone.startswith("Europe/")
    if eu:
        hour_d = "010000" if zone == "Europe/London" else "020000"
        hour_s = "020000" if zone == "Europe/London" else "030000"
        d_rule, s_rule = "BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU"
        d_date, s_date = "19700329", "19701025"
    else:
        hour_d = hour_s = "020000"
        d_rule, s_rule = "BYMONTH=3;BYDAY=2SU", "BYMONTH=11;BYDAY=1SU"
        d_date, s_date = "19700308", "19701101"
    if windows:
        d_date = s_date = "16010101"
        if eu:
            d_rule, s_rule = "BYDAY=-1SU;BYMONTH=3", "BYDAY=-1SU;BYMONTH=10"
        else:
            d_rule, s_rule = "BYDAY=2SU;BYMONTH=3", "BYDAY=1SU;BYMONTH=11"
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", f"DTSTART:{s_date}T{hour_s}",
                f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
                f"RRULE:FREQ=YEARLY;INTERVAL=1;{s_rule}", "END:STANDARD",
                "BEGIN:DAYLIGHT", f"DTSTART:{d_date}T{hour_d}",
                f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
                f"RRULE:FREQ=YEARLY;INTERVAL=1;{d_rule}", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{zone}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
            f"TZNAME:{dst.tzname()}", f"DTSTART:{d_date}T{hour_d}",
            f"RRULE:FREQ=YEARLY;{d_rule}", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
            f"TZNAME:{std.tzname()}", f"DTSTART:{s_date}T{hour_s}",
            f"RRULE:FREQ=YEARLY;{s_rule}", "END:STANDARD", "END:VTIMEZONE"]


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def dtprop(name, dt, tzid=None):
    if tzid is None:
        return f"{name}:{utcstamp(dt)}"
    return f"{name};TZID={tzid}:{dt.strftime('%Y%m%dT%H%M%S')}"


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, cutype=None):
    p = f"ATTENDEE;CUTYPE={cutype or 'INDIVIDUAL'};ROLE={role};PARTSTAT={partstat}"
    if rsvp:
        p += ";RSVP=TRUE"
    if name:
        p += f";CN={name}"
    return p + f":mailto:{email}"


def calendar(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN",
             tz=None, extra_head=None):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += extra_head or []
    for block in tz or []:
        lines += block
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return ics_bytes(lines)


def vevent(uid, start, end, summary, organizer, attendees, dtstamp, seq=0, tzid=None,
           description=None, location=None, status="CONFIRMED", extra=None, allday=False):
    ev = ["BEGIN:VEVENT"]
    if allday:
        ev += [f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
               f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}"]
    else:
        ev += [dtprop("DTSTART", start, tzid), dtprop("DTEND", end, tzid)]
    ev.append(f"DTSTAMP:{utcstamp(dtstamp)}")
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ev.append(f"UID:{uid}")
    ev += attendees
    ev.append(f"CREATED:{utcstamp(dtstamp - timedelta(minutes=3))}")
    if description is not None:
        ev.append(f"DESCRIPTION:{esc(description)}")
    ev.append(f"LAST-MODIFIED:{utcstamp(dtstamp)}")
    if location is not None:
        ev.append(f"LOCATION:{esc(location)}")
    ev += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    ev += extra or []
    ev.append("END:VEVENT")
    return ev


# ---------------------------------------------------------------- e-mail
def received_hdr(case, idx, date, mx="mx.mail.example"):
    return (f"from {mx.replace('mx.', 'out-')} ({mx.replace('mx.', 'out-')} [198.51.100.{(int(hid(case, idx), 16) % 200) + 20}]) "
            f"by {mx} with ESMTPS id {hid(case, idx, 'rx', n=12)} "
            f"for <{OWNER}>; {format_datetime(date + timedelta(seconds=2))}")


def mail(case, idx, *, frm, subject, date, to=OWNER_FULL, text=None, html=None, text_cte=None,
         html_cte=None, cc=None, reply_to=None, sender=None, headers=None, in_reply_to=None,
         references=None, cal=None, cal_method="REQUEST", attach=None, msgid_domain=None,
         delivered_to=OWNER, return_path=None):
    msg = EmailMessage()
    msg["Delivered-To"] = delivered_to
    msg["Received"] = received_hdr(case, idx, date)
    addr = frm.split("<")[-1].rstrip(">")
    msg["Return-Path"] = f"<{return_path or addr}>"
    msg["From"] = frm
    if sender:
        msg["Sender"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = msgid_domain or addr.split("@")[-1]
    msg["Message-ID"] = f"<{hid(case, idx, subject, n=24)}@{dom}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    for k, v in (headers or []):
        msg[k] = v
    if text is not None:
        msg.set_content(text, cte=text_cte) if text_cte else msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html", cte=html_cte) if html_cte else \
                msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html", cte=html_cte) if html_cte else \
            msg.set_content(html, subtype="html")
    if cal is not None:
        msg.add_alternative(cal, maintype="text", subtype="calendar",
                            params={"charset": "UTF-8", "method": cal_method}, cte="base64")
    for (fname, maintype, subtype, data, params) in attach or []:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname,
                           params=params or {})
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"00000000{hid(case, idx, n, n=20)}")
            n += 1
    return msg.as_bytes(policy=policy.default)


def mid(case, idx, subject, dom):
    return f"<{hid(case, idx, subject, n=24)}@{dom}>"


def add(case, fname, data):
    if isinstance(data, (dict, list)):
        data = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    CASES.setdefault(case, []).append((fname, data))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None, "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes,
                    "source": "synthetic"}


# -- formatting helpers for invite texts (displayed in the owner's zone, Toronto)
TOR = "America/Toronto"


def g_time(dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def g_subject(kind, summary, start, end, who=OWNER):
    s, e = start.astimezone(Z(TOR)), end.astimezone(Z(TOR))
    return (f"{kind}: {summary} @ {s.strftime('%a %b')} {s.day}, {s.year} {g_time(s)} - {g_time(e)} "
            f"({s.tzname()}) ({who})")


def g_when(start, end):
    s, e = start.astimezone(Z(TOR)), end.astimezone(Z(TOR))
    return f"{s.strftime('%A %b')} {s.day}, {s.year} \u22c5 {g_time(s)} \u2013 {g_time(e)}"


def google_invite_text(summary, start, end, organizer, guests, meet, description="", updated=False):
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, g_when(start, end), "Eastern Time - Toronto", "",
              "Join with Google Meet", f"https://meet.google.com/{meet}", "",
              "Join by phone", "(CA) +1 647-555-0190", "PIN: 418 203 557#", ""]
    if description:
        lines += [description, ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e in guests:
        lines += [f"{n} - organizer" if e == organizer[1] else n, e] if n else [e]
    lines += ["View all guest info https://calendar.google.com/calendar/event?action=VIEW", "",
              "Reply for " + OWNER, "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop",
              "receiving future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the",
              "organizer, be added to the guest list, invite others regardless of their own",
              "invitation status, or modify your RSVP."]
    return "\n".join(lines) + "\n"


def google_invite_html(text):
    body = "".join(f"<div>{l}</div>" if l else "<br>" for l in
                   text.replace("&", "&amp;").replace("<", "&lt;").split("\n"))
    return ('<!doctype html><html><head><meta charset="utf-8"></head><body>'
            '<div itemscope itemtype="http://schema.org/Event">' + body + "</div></body></html>\n")


def google_mail(case, idx, *, kind, summary, start, end, organizer, guests, meet, uid, seq, date,
                description="", method="REQUEST", status="CONFIRMED"):
    text = google_invite_text(summary, start, end, organizer, guests, meet, description,
                              updated=(kind == "Updated invitation"))
    atts = [attendee(n, e, "ACCEPTED" if e == organizer[1] else "NEEDS-ACTION") for n, e in guests]
    ev = vevent(uid, start, end, summary, organizer, atts, date, seq=seq,
                description=(description + "\n\n" if description else "") +
                f"Join with Google Meet: https://meet.google.com/{meet}",
                location="", status=status)
    cal = calendar([ev], method=method)
    return mail(case, idx, frm=f"{organizer[0]} <{organizer[1]}>",
                sender="Google Calendar <calendar-notification@google.example>",
                reply_to=f"{organizer[0]} <{organizer[1]}>",
                return_path=f"{hid(case, idx, n=20)}@calendar-server.bounces.google.example",
                subject=g_subject(kind, summary, start, end), date=date, to=OWNER,
                text=text, html=google_invite_html(text), text_cte="base64", cal=cal,
                cal_method=method, msgid_domain="google.example",
                attach=[("invite.ics", "application", "ics", cal, None)])


def gcal_event(eid, summary, start, end, organizer, attendees, created, updated, description=None,
               status="confirmed", seq=0, tz=TOR, creator=None, meet=None, self_org=False):
    ev = {"kind": "calendar#event", "etag": f"\"{int(hid(eid, updated, n=12), 16)}\"", "id": eid,
          "status": status,
          "htmlLink": f"https://www.google.example/calendar/event?eid={hid(eid, 'link', n=40)}",
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "summary": summary}
    if description:
        ev["description"] = description
    org = {"email": organizer[1], "displayName": organizer[0]}
    if self_org:
        org["self"] = True
    ev["creator"] = dict(org) if creator is None else creator
    ev["organizer"] = org
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tz}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tz}
    ev["iCalUID"] = f"{eid}@google.example"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return ev


def att(name, email, resp="needsAction", org=False, self_=False):
    a = {"email": email}
    if name:
        a["displayName"] = name
    if org:
        a["organizer"] = True
    if self_:
        a["self"] = True
    a["responseStatus"] = resp
    return a


SIG = ("Maren Achterberg\nProduct Designer \u00b7 Toronto, ON\nmarenachterberg.design.example\n"
       "+1 (416) 555-0143")


def quote(text, who, when):
    head = f"On {when.strftime('%a, %b')} {when.day}, {when.year} at {g_time(when).upper().replace('AM', ' AM').replace('PM', ' PM')} {who} wrote:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


# ====================================================================== CASES
def case01():
    c = "b47-01-greenhouse-mail-google-invite-gcal-json"
    co, dom = "Fernbrook Health", "fernbrook.example"
    role = "Senior Product Designer, Patient Experience"
    start, end = T(2026, 3, 10, 11, 0, TOR), T(2026, 3, 10, 12, 0, TOR)
    coord = ("Graham Tso", f"graham.tso@{dom}")
    seun = ("Oluwaseun Adeyemi", f"seun.adeyemi@{dom}")
    hann = ("Hannah Lindqvist", f"hannah.lindqvist@{dom}")
    d1 = T(2026, 3, 4, 14, 12, TOR)
    text = f"""Hi Maren,

Thanks for making time for the next step with Fernbrook Health! Here are the details for your
Portfolio Review for the {role} role:

  Date:   Tuesday, March 10th, 2026
  Time:   11:00 AM - 12:00 PM EDT
  Format: Google Meet (link in the calendar invitation we're sending separately)

You'll be meeting with:
  - Oluwaseun Adeyemi, Director of Design (hiring manager)
  - Hannah Lindqvist, Staff Product Designer

Plan on ~35 minutes walking through two projects of your choice, then open Q&A. Heads up that
the clocks change this weekend (March 8), so the time above is already in daylight time.

If you need to reschedule, just reply to this email.

Best,
Graham Tso
Recruiting Coordinator | Fernbrook Health
200 Front St W, Suite 1400, Toronto, ON M5V 3K2
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + \
        '<p style="color:#999;font-size:11px">Sent via Greenhouse</p></body></html>'
    add(c, "01-greenhouse-portfolio-review-confirmation.eml", mail(
        c, 1, frm=f"Graham Tso <no-reply@us.greenhouse-mail.example>",
        reply_to=f"Graham Tso <{coord[1]}>", subject=f"Interview Confirmation: {role} at Fernbrook Health",
        date=d1, text=text, html=html, text_cte="quoted-printable", html_cte="quoted-printable",
        return_path="bounces+84213@us.greenhouse-mail.example"))
    summary = "Maren Achterberg <> Fernbrook Health | Portfolio Review"
    guests = [coord, seun, hann, ("", OWNER)]
    uid = "5k0q2m7r9tfb1hc3ne8vd4aj6s@google.example"
    add(c, "02-invitation-portfolio-review.eml", google_mail(
        c, 2, kind="Invitation", summary=summary, start=start, end=end, organizer=coord,
        guests=guests, meet="fbk-pxrq-wmt", uid=uid, seq=0, date=T(2026, 3, 4, 14, 15, TOR),
        description=f"Portfolio review for the {role} role with Seun and Hannah. Graham (coordinator) will not attend."))
    add(c, "03-portfolio-review.gcal.json", gcal_event(
        "5k0q2m7r9tfb1hc3ne8vd4aj6s", summary, start, end, coord,
        [att(*coord, "accepted", org=True), att(*seun, "accepted"), att(*hann, "tentative"),
         att(None, OWNER, "accepted", self_=True)],
        T(2026, 3, 4, 14, 15, TOR), T(2026, 3, 5, 9, 2, TOR),
        description=f"Portfolio review for the {role} role with Seun and Hannah. Graham (coordinator) will not attend.",
        meet="fbk-pxrq-wmt"))
    label(c, [iv(co, role, start, end, "scheduled", [seun[1], hann[1]], [seun[1], hann[1]], "onsite")],
          "medium", "positive/dedupe-three-channels",
          "Greenhouse confirmation + Google invite + Calendar API event of ONE portfolio review two days "
          "after the US/Canada DST switch (EDT); coordinator only schedules; two interviewers -> panel.")


def case02():
    c = "b47-02-outlook-exchange-panel-utc-label"
    co, dom = "Harrowgate Mutual", "harrowgate.example"
    role = "Senior UX Designer, Claims"
    start, end = T(2026, 4, 16, 13, 30, TOR), T(2026, 4, 16, 15, 0, TOR)
    org = ("Keisha Blackwood", f"kblackwood@{dom}")
    panel = [("Derek Fairweather", f"dfairweather@{dom}"), ("Amara Osei", f"aosei@{dom}"),
             ("Lucien Moreau", f"lmoreau@{dom}")]
    date = T(2026, 4, 9, 10, 41, TOR)
    when = "When: Thursday, April 16, 2026 1:30 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada)."
    body = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hello Maren,

As discussed, please find the invitation for your panel interview for the {role} position.
The panel is 90 minutes:

  - Derek Fairweather, VP Digital Experience
  - Amara Osei, UX Research Lead
  - Lucien Moreau, Senior Product Manager, Claims

The first 20 minutes are for your case study presentation; please share your screen from
Teams. I'm only coordinating and won't be on the call - call or text me if anything comes up.

Kind regards,

Keisha Blackwood (she/her)
Talent Partner, Technology | Harrowgate Mutual
T 416-555-0117 | M 647-555-0162
350 Bay Street, 9th Floor, Toronto ON M5H 2S6

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{hid(c, 'teams', n=30)}%40thread.v2/0>
Meeting ID: 284 611 903 772
Passcode: hM7q2X
________________________________________________________________________________
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' +
            "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;').replace(chr(10), '<br>')}</p>"
                    for p in body.split("\n\n")) + "</div></body></html>\n")
    atts = [attendee(OWNER_NAME, OWNER)] + [attendee(n, e) for n, e in panel]
    desc = body.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1]
    ev = vevent("040000008200E00074C5B7101A82E00800000000B0E4C6C1F9C6DC010000000000000000100000004F2D8A61C3E84B4E9D0A7B6C5E3F2A19",
                start, end, f"Panel Interview - Maren Achterberg - {role}", org, atts, date,
                tzid="Eastern Standard Time", description=when + "\nWhere: Microsoft Teams Meeting\n\n" + desc,
                location="Microsoft Teams Meeting",
                extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    cal = calendar([ev], prodid="Microsoft Exchange Server 2010",
                   tz=[vtimezone("Eastern Standard Time", TOR, windows=True)])
    add(c, "01-panel-interview-invite.eml", mail(
        c, 1, frm=f"Keisha Blackwood <{org[1]}>",
        to=f"Maren Achterberg <{OWNER}>, " + ", ".join(f"{n} <{e}>" for n, e in panel),
        subject=f"Panel Interview - Maren Achterberg - {role}", date=date, text=body, html=html,
        text_cte="quoted-printable", html_cte="quoted-printable", cal=cal,
        msgid_domain="YT3PR01MB8124.CANPRD01.PROD.OUTLOOK.example",
        headers=[("Thread-Topic", f"Panel Interview - Maren Achterberg - {role}"),
                 ("Thread-Index", "AdzK3vQ1b2mY8cT0TnqJx5dWc1XyZw=="),
                 ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-US"),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                 ("Content-class", "urn:content-classes:calendarmessage")]))
    label(c, [iv(co, role, start, end, "scheduled", [e for _, e in panel], [e for _, e in panel], "onsite")],
          "medium", "positive/exchange-utc-label",
          "Exchange invite, TZID 'Eastern Standard Time', display label (UTC-05:00) in April -> EDT -04:00; "
          "3-person panel; coordinator not an interviewer.")


def case03():
    c = "b47-03-calendly-recruiter-screen-pst"
    co, dom = "Tidewell", "tidewell.example"
    role = "Product Designer, Growth"
    jonah = ("Jonah Pereira", f"jonah.pereira@{dom}")
    start = T(2026, 2, 26, 10, 30, "America/Los_Angeles")
    end = start + timedelta(minutes=30)
    d1 = T(2026, 2, 19, 16, 5, "America/Los_Angeles")
    t1 = f"""Hi Maren,

I'm a recruiter on the design team at Tidewell (we build tide-and-weather forecasting tools for
coastal logistics, HQ in Seattle, remote across North America). Your portfolio - especially the
onboarding redesign for the transit app - is a great fit for our {role} opening.

Would you be open to a 30 minute intro call? You can grab any time that works here:
https://calendly.example/jonah-tidewell/recruiter-screen

Cheers,
Jonah Pereira
Senior Technical Recruiter, Tidewell
m: 206-555-0139
"""
    add(c, "01-recruiter-intro-calendly-link.eml", mail(
        c, 1, frm=f"Jonah Pereira <{jonah[1]}>", subject="Tidewell - Product Designer, Growth", date=d1,
        text=t1))
    ets = start.astimezone(Z(TOR))
    d2 = T(2026, 2, 20, 9, 47, TOR)
    t2 = f"""Hi Maren Achterberg,

A new event has been scheduled.

Event Type:
Recruiter Screen (30 min)

Invitee:
Maren Achterberg

Invitee Email:
{OWNER}

Event Date/Time:
01:30pm - 02:00pm (Eastern Time - US & Canada)
Thursday, February 26, 2026

Location:
Jonah will call you at +1 416-555-0143

Host:
Jonah Pereira

Need to make changes to this event?
Cancel: https://calendly.example/cancellations/{hid(c, 'cx', n=36)}
Reschedule: https://calendly.example/reschedulings/{hid(c, 'rs', n=36)}

Powered by Calendly.example
"""
    assert ets.hour == 13 and ets.minute == 30
    ev = vevent(f"{hid(c, 'uid', n=32)}@calendly.example", start, end,
                "Recruiter Screen (30 min) between Jonah Pereira and Maren Achterberg",
                jonah, [attendee("Maren Achterberg", OWNER, "ACCEPTED", rsvp=False),
                        attendee("Jonah Pereira", jonah[1], "ACCEPTED", rsvp=False)], d2,
                description="Event Name: Recruiter Screen (30 min)\n\nLocation: Jonah will call you at +1 416-555-0143\n\nNeed to make changes to this event?\nCancel: https://calendly.example/cancellations/x\nReschedule: https://calendly.example/reschedulings/x\n\nPowered by Calendly.example",
                location="+1 416-555-0143")
    cal = calendar([ev], method="PUBLISH", prodid="-//Calendly//Calendly//EN")
    add(c, "02-calendly-confirmed-recruiter-screen.eml", mail(
        c, 2, frm="Calendly <notifications@calendly.example>", reply_to=f"Jonah Pereira <{jonah[1]}>",
        subject="Confirmed: Recruiter Screen (30 min) with Jonah Pereira on Thursday, February 26, 2026",
        date=d2, text=t2, attach=[("invite.ics", "text", "calendar", cal, {"method": "PUBLISH"})]))
    d3 = T(2026, 2, 20, 7, 12, "America/Los_Angeles")
    t3 = """Perfect, got your booking - talk Thu 2/26 @ 10:30a PST. I'll call your cell.

Jonah

Sent from my phone
"""
    add(c, "03-recruiter-see-you-thursday.eml", mail(
        c, 3, frm=f"Jonah Pereira <{jonah[1]}>", subject="Re: Tidewell - Product Designer, Growth",
        date=d3, text=t3, in_reply_to=mid(c, 1, "Tidewell - Product Designer, Growth", dom)))
    label(c, [iv(co, role, start, end, "scheduled", [jonah[1]], [jonah[1]], "phone_screen")],
          "easy", "positive/calendly",
          "Calendly link, then Calendly confirmation shown in Eastern time with .ics, then recruiter "
          "'Thu 2/26 @ 10:30a PST'; recruiter runs the screen.")


def case04():
    c = "b47-04-lever-thread-montreal-14h"
    co, dom = "Studio Brume", "brume.example"
    role = "Concepteur·rice de produit senior / Senior Product Designer"
    mtl = "America/Toronto"
    cam = ("Camille Gagnon-Roy", f"camille.gagnon-roy@{dom}")
    eti = ("\u00c9tienne Laframboise", f"etienne.laframboise@{dom}")
    start = T(2026, 3, 17, 14, 0, mtl)
    end = start + timedelta(minutes=45)
    relay = f"Camille Gagnon-Roy <reply+{hid(c, 'relay', n=18)}@hire.lever.example>"
    sigc = f"""--
Camille Gagnon-Roy
Acquisition de talents | Studio Brume
4200 boul. Saint-Laurent, bureau 610, Montr\u00e9al (QC) H2W 2R2
514-555-0128 | {cam[1]}
"""
    d1 = T(2026, 3, 9, 9, 20, mtl)
    s1 = "Studio Brume - prochaine \u00e9tape / next step"
    t1 = f"""Bonjour Maren,

Merci encore pour l'appel de la semaine derni\u00e8re! \u00c9tienne Laframboise, notre directeur du
design, aimerait vous rencontrer (45 min, sur Google Meet) pour le poste de {role}.

Voici ses disponibilit\u00e9s (heure de Montr\u00e9al) :
  - mardi 17 mars, 14h
  - mercredi 18 mars, 10h30
  - jeudi 19 mars, 15h

(English below - happy to do the conversation in English or French, whichever you prefer.)

Hi Maren, thanks again for last week's call. \u00c9tienne, our Design Director, would like to meet
you for 45 min on Google Meet. Options above, all Montreal time, which is the same as yours.

\u00c0 bient\u00f4t,
{sigc}"""
    add(c, "01-camille-proposes-times.eml", mail(
        c, 1, frm=f"Camille Gagnon-Roy <{cam[1]}>", sender=relay, reply_to=relay, subject=s1,
        date=d1, text=t1, text_cte="quoted-printable", return_path=f"bounce@hire.lever.example",
        headers=[("X-Lever-Message", "true")]))
    d2 = T(2026, 3, 9, 12, 4, TOR)
    t2 = f"""Bonjour Camille,

Mardi 17 mars \u00e0 14h me convient parfaitement. En anglais, si possible - my French is better
for reading than for portfolio talk!

Merci,
{SIG}

""" + quote(t1, f"Camille Gagnon-Roy <{cam[1]}>", d1)
    d3 = T(2026, 3, 9, 14, 37, mtl)
    t3 = f"""Parfait! C'est confirm\u00e9 :

  Mardi 17 mars 2026, de 14h00 \u00e0 14h45 (HAE, heure de Montr\u00e9al)
  Avec \u00c9tienne Laframboise ({eti[1]}), directeur du design
  Google Meet : https://meet.google.com/brm-qkvd-tzn

En anglais, sans probl\u00e8me. Si jamais un impr\u00e9vu survient, \u00e9crivez-moi directement.

{sigc}
""" + quote(t2, f"Maren Achterberg <{OWNER}>", d2)
    add(c, "02-camille-confirms-mardi-14h.eml", mail(
        c, 2, frm=f"Camille Gagnon-Roy <{cam[1]}>", sender=relay, reply_to=relay,
        cc=f"{eti[0]} <{eti[1]}>", subject="RE: " + s1, date=d3, text=t3, text_cte="quoted-printable",
        return_path=f"bounce@hire.lever.example", in_reply_to=mid(c, 1, s1, dom),
        headers=[("X-Lever-Message", "true")]))
    label(c, [iv(co, "Senior Product Designer", start, end, "scheduled", [eti[1]], [eti[1]], "hiring_manager")],
          "hard", "positive/thread-propose-confirm",
          "French/English thread sent via Lever relay; three options proposed, user picks mardi 14h "
          "(quoted), recruiter confirms 14h00-14h45 HAE with the design director (Cc).")


def case05():
    c = "b47-05-google-reschedule-sequence-out-of-order"
    co, dom = "Quillon", "quillon.example"
    role = "Product Designer, Payments"
    la = "America/Los_Angeles"
    ruth = ("Ruth Okabe", f"ruth.okabe@{dom}")
    dmitri = ("Dmitri Vasquez-Hale", f"dmitri.vh@{dom}")
    summary = f"Live Design Exercise - Maren Achterberg ({role})"
    uid = "3hd8s0qk2l9vmb5n7ex1wq4rcf@google.example"
    guests = [ruth, dmitri, ("", OWNER)]
    desc = ("60 min collaborative design exercise with Dmitri (Design Lead, Payments) in FigJam. "
            "No prep needed. Questions? ruth.okabe@quillon.example")
    s0, e0 = T(2026, 3, 6, 10, 0, la), T(2026, 3, 6, 11, 0, la)
    s1, e1 = T(2026, 3, 9, 10, 0, la), T(2026, 3, 9, 11, 0, la)
    s2, e2 = T(2026, 3, 10, 9, 0, la), T(2026, 3, 10, 10, 0, la)
    add(c, "01-invitation-live-design-exercise.eml", google_mail(
        c, 1, kind="Invitation", summary=summary, start=s0, end=e0, organizer=ruth, guests=guests,
        meet="qln-hwza-rpe", uid=uid, seq=0, date=T(2026, 2, 27, 11, 30, la), description=desc))
    add(c, "02-updated-invitation-tue.eml", google_mail(
        c, 2, kind="Updated invitation", summary=summary, start=s2, end=e2, organizer=ruth,
        guests=guests, meet="qln-hwza-rpe", uid=uid, seq=2, date=T(2026, 3, 3, 16, 40, la),
        description=desc))
    # delayed delivery: the first update (SEQUENCE 1) arrives after the second one
    add(c, "03-updated-invitation-mon-delayed.eml", google_mail(
        c, 3, kind="Updated invitation", summary=summary, start=s1, end=e1, organizer=ruth,
        guests=guests, meet="qln-hwza-rpe", uid=uid, seq=1, date=T(2026, 3, 3, 16, 2, la),
        description=desc))
    label(c, [iv(co, role, s2, e2, "scheduled", [dmitri[1]], [dmitri[1]], "technical")],
          "hard", "positive/reschedule-by-invite",
          "Google invites for one UID: SEQ0 Fri Mar 6 (PST), SEQ2 Tue Mar 10 9am PDT, then the SEQ1 "
          "(Mon Mar 9) update delivered last; highest SEQUENCE wins across the US DST switch.")


def case06():
    c = "b47-06-workday-then-email-reschedule-half-past-ten"
    co, dom = "Northvale Financial", "northvale.example"
    role = "Product Designer, Digital Banking"
    decl = ("Declan Murray", f"declan.murray@{dom}")
    farah = ("Farah Qureshi", f"farah.qureshi@{dom}")
    s_old = T(2026, 4, 8, 10, 0, TOR)
    start, end = T(2026, 4, 9, 10, 30, TOR), T(2026, 4, 9, 11, 30, TOR)
    d1 = T(2026, 3, 30, 15, 2, TOR)
    t1 = f"""Dear Maren Achterberg,

Your interview has been scheduled.

Job Requisition: {role} (R-0048213)
Interview Type: Video Interview - Microsoft Teams
Date: Wednesday, April 8, 2026
Time: 10:00 AM - 11:00 AM Eastern Daylight Time
Interviewer(s): Farah Qureshi, Senior Design Manager

To view your interview details or to add this event to your calendar, sign in to your
candidate home: https://northvale.wd3.myworkday.example/northvale_careers/login

Please do not reply to this email. This mailbox is not monitored.

Northvale Financial Talent Acquisition
"""
    add(c, "01-workday-interview-scheduled.eml", mail(
        c, 1, frm="Northvale Financial <northvale@myworkday.example>",
        subject=f"Interview Scheduled - {role} (R-0048213)", date=d1, text=t1,
        html="<html><body><table width='600'><tr><td>" + t1.replace("\n", "<br>\n") + "</td></tr></table></body></html>"))
    d2 = T(2026, 4, 6, 8, 51, TOR)
    s2 = f"Your interview with Farah - {role}"
    t2 = f"""Hi Maren,

Apologies for the shuffle - Farah has been pulled into a leadership offsite on Wednesday. Could we
move your conversation to Thursday (April 9) at half past ten instead? Same length, same Teams
link.

Let me know and I'll update Workday on my side.

Thanks,
Declan

Declan Murray | Talent Acquisition Partner, Digital
Northvale Financial | 100 King St W, Toronto ON M5X 1A9
d: 416-555-0181
"""
    add(c, "02-recruiter-asks-to-move-to-thursday.eml", mail(
        c, 2, frm=f"Declan Murray <{decl[1]}>", cc=f"{farah[0]} <{farah[1]}>", subject=s2, date=d2,
        text=t2))
    d3r = T(2026, 4, 6, 9, 30, TOR)
    reply = f"""Hi Declan,

No problem at all - Thursday at 10:30 works for me.

Best,
Maren
"""
    d3 = T(2026, 4, 6, 10, 14, TOR)
    t3 = f"""Perfect, Thursday the 9th at 10:30 it is (10:30-11:30 ET). Farah is looking forward to it.
You may or may not get a fresh Workday notice - if you don't, this email is the source of truth.

Declan

""" + quote(reply, f"Maren Achterberg <{OWNER}>", d3r) + "\n" + quote(t2, f"Declan Murray <{decl[1]}>", d2)
    add(c, "03-recruiter-confirms-thursday-1030.eml", mail(
        c, 3, frm=f"Declan Murray <{decl[1]}>", cc=f"{farah[0]} <{farah[1]}>", subject="RE: " + s2,
        date=d3, text=t3, in_reply_to=mid(c, 2, s2, dom)))
    assert s_old.utcoffset() == start.utcoffset()
    label(c, [iv(co, role, start, end, "scheduled", [farah[1]], [farah[1]], "hiring_manager")],
          "hard", "positive/reschedule-by-email",
          "Workday notice Wed Apr 8 10:00; recruiter moves it by e-mail to 'Thursday at half past ten', "
          "confirmed 10:30-11:30 ET; no updated Workday notice.")


def case07():
    c = "b47-07-exchange-method-cancel-chicago"
    co, dom = "Brightwater Logistics", "brightwater.example"
    role = "Product Design Lead"
    chi = "America/Chicago"
    ros = ("Rosalind Achebe", f"rachebe@{dom}")
    start, end = T(2026, 3, 24, 15, 0, chi), T(2026, 3, 24, 15, 45, chi)
    uid = "040000008200E00074C5B7101A82E00800000000D3A7F2E4B2B5DC01000000000000000010000000A9C5E1B0F7D34C3C8E2B6A1D0F9E7C55"
    when = "When: Tuesday, March 24, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada)."
    d1 = T(2026, 3, 13, 11, 8, chi)
    b1 = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Maren - looking forward to our conversation about the {role} role. I run product design for
our carrier and shipper apps; this will be a hiring manager conversation, mostly about how you
lead critique and work with PMs. 45 minutes.

Rosalind Achebe
Director, Product Design | Brightwater Logistics
222 W Adams St, Chicago, IL 60606 | 312-555-0154

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.example/l/meetup-join/19%3ameeting_{hid(c, 't', n=28)}
Meeting ID: 391 552 804 117  Passcode: 4kQz9w
________________________________________________________________________________
"""
    tz = [vtimezone("Central Standard Time", chi, windows=True)]
    ex = ["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"]
    ev = vevent(uid, start, end, f"Maren Achterberg - {role} - Hiring Manager Interview", ros,
                [attendee(OWNER_NAME, OWNER)], d1, tzid="Central Standard Time", description=b1,
                location="Microsoft Teams Meeting",
                extra=ex + ["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    subj = f"Maren Achterberg - {role} - Hiring Manager Interview"
    hdrs = [("Thread-Topic", subj), ("Accept-Language", "en-US"),
            ("Content-class", "urn:content-classes:calendarmessage")]
    add(c, "01-hiring-manager-interview-invite.eml", mail(
        c, 1, frm=f"Rosalind Achebe <{ros[1]}>", subject=subj, date=d1, text=b1,
        html="<html><body>" + b1.replace("&", "&amp;").replace("\n", "<br>\n") + "</body></html>",
        text_cte="quoted-printable", cal=calendar([ev], prodid="Microsoft Exchange Server 2010", tz=tz),
        msgid_domain="CH3PR12MB9087.namprd12.prod.outlook.example", headers=hdrs))
    d2 = T(2026, 3, 19, 17, 26, chi)
    b2 = f"""{when}
Where: Microsoft Teams Meeting

Hi Maren, I'm sorry to do this - the {role} requisition has been put on hold as of this
afternoon while we re-plan the org for Q2. I'm cancelling our conversation for now; our recruiting
team will follow up if the role reopens. Really sorry for the late notice.

Rosalind
"""
    ev2 = vevent(uid, start, end, f"Canceled: {subj}", ros, [attendee(OWNER_NAME, OWNER)], d2, seq=1,
                 tzid="Central Standard Time", description=b2, location="Microsoft Teams Meeting",
                 status="CANCELLED",
                 extra=ex + ["X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                             "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE"])
    add(c, "02-canceled-hiring-manager-interview.eml", mail(
        c, 2, frm=f"Rosalind Achebe <{ros[1]}>", subject="Canceled: " + subj, date=d2, text=b2,
        html="<html><body>" + b2.replace("&", "&amp;").replace("\n", "<br>\n") + "</body></html>",
        cal=calendar([ev2], method="CANCEL", prodid="Microsoft Exchange Server 2010", tz=tz),
        cal_method="CANCEL", msgid_domain="CH3PR12MB9087.namprd12.prod.outlook.example",
        headers=hdrs, text_cte="quoted-printable"))
    label(c, [iv(co, role, start, end, "cancelled", [ros[1]], [ros[1]], "hiring_manager")],
          "medium", "positive/cancellation",
          "Exchange invite (Central Standard Time, label UTC-06:00, date after DST -> CDT) then "
          "METHOD:CANCEL with STATUS:CANCELLED; role on hold.")


def case08():
    c = "b47-08-ashby-candidate-withdraws-gcal-deleted"
    co, dom = "Orrery", "orrery.example"
    role = "Founding Product Designer"
    ny = "America/New_York"
    wen = ("Wen Li", f"wen.li@{dom}")
    ibr = ("Ibrahim Saleh", f"ibrahim@{dom}")
    start, end = T(2026, 4, 2, 14, 0, ny), T(2026, 4, 2, 14, 45, ny)
    d1 = T(2026, 3, 26, 12, 33, ny)
    t1 = f"""Hi Maren,

Your interview with Orrery is confirmed.

Interview: Design Conversation with Ibrahim Saleh (Head of Design)
When: Thursday, April 2, 2026, 2:00 PM \u2013 2:45 PM EDT
Where: https://zoom.example/j/83019427755?pwd=Orr3ry

A calendar invitation is attached. If you need to reschedule, please reply to this email and
Wen will help.

\u2014 The Orrery team

Powered by Ashby
"""
    ev = vevent(f"ashby-{hid(c, 'u', n=20)}@ashbyhq.example", start, end,
                "Orrery: Design Conversation with Ibrahim Saleh",
                ("Orrery Recruiting", "no-reply@ashbyhq.example"),
                [attendee(OWNER_NAME, OWNER), attendee("Ibrahim Saleh", ibr[1], "ACCEPTED"),
                 attendee("Wen Li", wen[1], "ACCEPTED", role="OPT-PARTICIPANT")], d1,
                description="Zoom: https://zoom.example/j/83019427755?pwd=Orr3ry",
                location="https://zoom.example/j/83019427755?pwd=Orr3ry")
    cal = calendar([ev], prodid="-//Ashby//Interview Scheduling//EN")
    add(c, "01-ashby-interview-confirmed.eml", mail(
        c, 1, frm="Orrery Recruiting <no-reply@ashbyhq.example>", reply_to=f"Wen Li <{wen[1]}>",
        subject=f"Interview confirmed: {role} at Orrery", date=d1, text=t1,
        html="<html><body style='font-family:Inter,sans-serif'>" + t1.replace("\n", "<br>") + "</body></html>",
        html_cte="base64", attach=[("interview.ics", "text", "calendar", cal, {"method": "REQUEST"})]))
    eid = "7o2rr3ryd35ignc0nv3rs4t10n"
    summary = "Orrery: Design Conversation with Ibrahim Saleh"
    add(c, "02-orrery-design-conversation.gcal.json", gcal_event(
        eid, summary, start, end, ("Orrery Recruiting", "no-reply@ashbyhq.example"),
        [att("Orrery Recruiting", "no-reply@ashbyhq.example", "accepted", org=True),
         att(*ibr, "accepted"), att(*wen, "accepted"), att(None, OWNER, "accepted", self_=True)],
        T(2026, 3, 26, 12, 35, ny), T(2026, 3, 26, 13, 1, ny), tz=ny,
        description="Zoom: https://zoom.example/j/83019427755?pwd=Orr3ry"))
    d3r = T(2026, 3, 30, 20, 12, TOR)
    wd = f"""Hi Wen,

I wanted to let you know right away: I've accepted an offer elsewhere this evening, so I'm going
to withdraw from the process and won't be able to make Thursday's conversation with Ibrahim.
I really enjoyed learning about Orrery - thank you for being so organised and kind.

All the best,
Maren
"""
    d3 = T(2026, 3, 31, 9, 5, ny)
    t3 = f"""Hi Maren,

Congrats on the new role! Thanks for the heads-up - I've cancelled Thursday's conversation with
Ibrahim and closed out your application. Let's stay in touch.

Wen

Wen Li | Talent @ Orrery | 646-555-0193
""" + "\n" + quote(wd, f"Maren Achterberg <{OWNER}>", d3r)
    add(c, "03-wen-confirms-withdrawal.eml", mail(
        c, 3, frm=f"Wen Li <{wen[1]}>", subject=f"Re: Interview confirmed: {role} at Orrery", date=d3,
        text=t3))
    add(c, "04-orrery-design-conversation-deleted.gcal.json",
        {"kind": "calendar#event", "etag": "\"3511982734410000\"", "id": eid, "status": "cancelled"})
    label(c, [iv(co, role, start, end, "cancelled", [ibr[1]], [ibr[1]], "hiring_manager")],
          "hard", "positive/cancellation",
          "Ashby confirmation + .ics + API event; the user withdraws (quoted in the recruiter's reply) "
          "and the API event comes back deleted (id/status only).")


def case09():
    c = "b47-09-smartrecruiters-screen-then-virtual-onsite"
    co, dom = "Halyard Maps", "halyard.example"
    role = "Senior Product Designer, Navigation"
    ny = "America/New_York"
    tom = ("Tomasz Wr\u00f3bel", f"tomasz.wrobel@{dom}")
    bea = ("Bea Santangelo", f"bea.santangelo@{dom}")
    kofi = ("Kofi Mensah", f"kofi.mensah@{dom}")
    lior = ("Lior Ben-David", f"lior.bendavid@{dom}")
    ps, pe = T(2026, 3, 2, 11, 30, ny), T(2026, 3, 2, 12, 0, ny)
    d1 = T(2026, 2, 24, 13, 40, ny)
    t1 = f"""Hello Maren,

Thank you for confirming. Your interview details are below.

Position: {role}
Interview: Phone Screen with Tomasz Wr\u00f3bel
Date: Monday, March 2, 2026
Time: 11:30 AM - 12:00 PM (GMT-05:00) Eastern Time
Location: Phone - Tomasz will call +1 416-555-0143

Need to change something? Contact Tomasz at {tom[1]}.

Best regards,
Halyard Maps Talent Team

This message was sent via SmartRecruiters on behalf of Halyard Maps.
"""
    ev1 = vevent(f"sr-{hid(c, 'ps', n=24)}@smartrecruiters.example", ps, pe,
                 f"Phone Screen - {role} - Halyard Maps", tom, [attendee(OWNER_NAME, OWNER)], d1,
                 tzid=ny, location="Phone")
    add(c, "01-smartrecruiters-phone-screen-confirmed.eml", mail(
        c, 1, frm="Halyard Maps <noreply@smartrecruiters.example>", reply_to=f"{tom[0]} <{tom[1]}>",
        subject=f"Interview confirmed: {role}", date=d1, text=t1,
        attach=[("interview.ics", "text", "calendar",
                 calendar([ev1], prodid="-//SmartRecruiters//Interview//EN", tz=[vtimezone(ny, ny)]),
                 {"method": "REQUEST"})]))
    d2 = T(2026, 3, 5, 16, 18, ny)
    t2 = f"""Hi Maren,

Great news - the team would love to move you forward to our virtual onsite! It's a half day over
Zoom: portfolio presentation, a design exercise, a cross-functional chat and time with the hiring
manager. You'll get a scheduling link from SmartRecruiters shortly; Friday March 20 seems to work
for everyone on our side.

Tomasz Wr\u00f3bel
Recruiter | Halyard Maps
55 Water St, 31st Floor, New York, NY 10041 | 212-555-0106
"""
    add(c, "02-recruiter-moving-to-virtual-onsite.eml", mail(
        c, 2, frm=f"{tom[0]} <{tom[1]}>", subject="Next steps - Halyard Maps virtual onsite", date=d2,
        text=t2, text_cte="quoted-printable"))
    sessions = [
        (T(2026, 3, 20, 10, 0, ny), T(2026, 3, 20, 10, 45, ny), "Portfolio Presentation", [bea, kofi]),
        (T(2026, 3, 20, 10, 45, ny), T(2026, 3, 20, 11, 30, ny), "Product Design Exercise", [kofi]),
        (T(2026, 3, 20, 12, 30, ny), T(2026, 3, 20, 13, 15, ny), "Cross-functional Partnership", [lior]),
        (T(2026, 3, 20, 13, 15, ny), T(2026, 3, 20, 14, 0, ny), "Hiring Manager Conversation", [bea]),
    ]
    rows = []
    for s, e, name, ppl in sessions:
        rows.append(f"  {s.strftime('%I:%M %p').lstrip('0')} - {e.strftime('%I:%M %p').lstrip('0')}  "
                    f"{name} - " + ", ".join(p[0] for p in ppl))
        if name == "Product Design Exercise":
            rows.append("  11:30 AM - 12:30 PM  Lunch break (on your own)")
    d3 = T(2026, 3, 11, 10, 2, ny)
    t3 = f"""Hello Maren,

Your virtual onsite for {role} is confirmed.

Date: Friday, March 20, 2026 (all times Eastern Time, GMT-04:00)

""" + "\n".join(rows) + f"""

Zoom: https://zoom.example/j/92231847701 (same link for every session)
Interviewers: Bea Santangelo <{bea[1]}>, Kofi Mensah <{kofi[1]}>, Lior Ben-David <{lior[1]}>

Questions? Reply to this message or contact {tom[1]}.

Halyard Maps Talent Team
This message was sent via SmartRecruiters on behalf of Halyard Maps.
"""
    evs = [vevent(f"sr-{hid(c, n, n=24)}@smartrecruiters.example", s, e, f"{n} - {role}", tom,
                  [attendee(OWNER_NAME, OWNER)] + [attendee(p[0], p[1]) for p in ppl], d3, tzid=ny,
                  location="https://zoom.example/j/92231847701") for s, e, n, ppl in sessions]
    add(c, "03-smartrecruiters-virtual-onsite-itinerary.eml", mail(
        c, 3, frm="Halyard Maps <noreply@smartrecruiters.example>", reply_to=f"{tom[0]} <{tom[1]}>",
        subject=f"Your virtual onsite is confirmed - {role}", date=d3, text=t3,
        html="<html><body><pre style='font-family:Arial'>" + t3.replace("<", "&lt;") + "</pre></body></html>",
        attach=[("virtual-onsite.ics", "text", "calendar",
                 calendar(evs, prodid="-//SmartRecruiters//Interview//EN", tz=[vtimezone(ny, ny)]),
                 {"method": "REQUEST"})]))
    label(c, [iv(co, role, ps, pe, "scheduled", [tom[1]], [tom[1]], "phone_screen"),
              iv(co, role, sessions[0][0], sessions[-1][1], "scheduled", [bea[1], kofi[1], lior[1]],
                 [bea[1], kofi[1], lior[1]], "onsite")],
          "hard", "positive/two-interviews",
          "SmartRecruiters phone screen Mar 2 (EST) and a 4-session virtual onsite Mar 20 (EDT, lunch "
          "break) -> two interviews; onsite = 10:00-14:00 with all three interviewers.")


def case10():
    c = "b47-10-zoom-london-dst-gap"
    co, dom = "Marlowe Street Studio", "marlowestreet.example"
    role = "Senior Product Designer (Remote - North America)"
    ldn = "Europe/London"
    imo = ("Imogen Thackeray", f"imogen.thackeray@{dom}")
    start, end = T(2026, 3, 18, 15, 0, ldn), T(2026, 3, 18, 16, 0, ldn)
    loc = start.astimezone(Z(TOR))
    assert loc.hour == 11
    d1 = T(2026, 3, 12, 17, 44, ldn)
    t1 = f"""Hi Maren,

Lovely to hear from you, and thanks for your interest in our Senior Product Designer (Remote -
North America) opening. Let's do the whiteboard session next Wednesday, 18 March, at 3pm our time -
which I make 11am for you in Toronto now that your clocks have already gone forward (ours don't
change until the 29th, so it's a four-hour gap for a couple of weeks). About an hour.

Zoom details below; I've attached the invite as well.

Imogen

Imogen Thackeray is inviting you to a scheduled Zoom meeting.

Topic: Marlowe Street - whiteboard session with Maren Achterberg
Time: Mar 18, 2026 03:00 PM London

Join Zoom Meeting
https://marlowestreet.zoom.example/j/81447209933?pwd=mSs18

Meeting ID: 814 4720 9933
Passcode: 551903

--
Imogen Thackeray | Head of Product Design
Marlowe Street Studio | 14 Clerkenwell Close, London EC1R 0AA
+44 20 7946 0321
"""
    ev = vevent(f"ZOOM81447209933-{hid(c, 'z', n=8)}@zoom.example", start, end,
                "Marlowe Street - whiteboard session with Maren Achterberg", imo,
                [attendee(OWNER_NAME, OWNER)], d1, tzid=ldn,
                description="Imogen Thackeray is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://marlowestreet.zoom.example/j/81447209933?pwd=mSs18",
                location="https://marlowestreet.zoom.example/j/81447209933?pwd=mSs18")
    cal = calendar([ev], prodid="-//zoom.example//iCalendar Event//EN", tz=[vtimezone(ldn, ldn)])
    add(c, "01-imogen-whiteboard-session-zoom.eml", mail(
        c, 1, frm=f"Imogen Thackeray <{imo[1]}>", subject="Whiteboard session - Wed 18 March", date=d1,
        text=t1, attach=[("zoom_meeting.ics", "text", "calendar", cal, {"method": "REQUEST"})]))
    label(c, [iv(co, role, start, end, "scheduled", [imo[1]], [imo[1]], "technical")],
          "medium", "positive/zoom-ics-dst-gap",
          "Zoom invite .ics TZID Europe/London, 3pm GMT on Mar 18 = 11am EDT (4h gap between the "
          "US/Canada and UK DST switches).")


def case11():
    c = "b47-11-goodtime-html-only-2pm-et"
    co, dom = "Saltmarsh Analytics", "saltmarsh.example"
    role = "Product Designer II, Data Visualization"
    ctz = "America/Chicago"
    mar = ("Marisol Ortega-Quinn", f"marisol.oq@{dom}")
    noel = ("Noel Whitcombe", f"noel.whitcombe@{dom}")
    start, end = T(2026, 3, 30, 13, 0, ctz), T(2026, 3, 30, 14, 0, ctz)
    et = start.astimezone(Z(TOR))
    assert et.hour == 14
    d1 = T(2026, 3, 23, 10, 12, ctz)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Confirmation</title></head>
<body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center"><table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1d1d1f">
<tr><td style="padding:24px"><img src="https://cdn.goodtime.example/logos/saltmarsh.png" alt="Saltmarsh Analytics" width="140"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:600">You're all set, Maren!</h2>
<p>Your interview for <strong>{role}</strong> at Saltmarsh Analytics has been scheduled.</p>
<table cellpadding="6" style="border:1px solid #e3e3e3;width:100%">
<tr><td style="color:#6b6b6b">Date</td><td>Monday, March 30, 2026</td></tr>
<tr><td style="color:#6b6b6b">Time</td><td>2pm ET &ndash; 3pm ET<br><span style="color:#6b6b6b">(1:00 PM &ndash; 2:00 PM CT, Austin)</span></td></tr>
<tr><td style="color:#6b6b6b">Session</td><td>Product Design Deep-Dive</td></tr>
<tr><td style="color:#6b6b6b">Interviewer</td><td>Noel Whitcombe, Principal Product Designer</td></tr>
<tr><td style="color:#6b6b6b">Location</td><td><a href="https://meet.google.com/slt-mrsh-qpv">Google Meet</a></td></tr>
</table>
<p>Please come ready to walk Noel through one dashboard or data-heavy project end to end.</p>
<p><a href="https://app.goodtime.example/candidate/{hid(c, 'gt', n=24)}/reschedule">Need to reschedule?</a></p>
<p>Questions? Contact Marisol Ortega-Quinn at <a href="mailto:{mar[1]}">{mar[1]}</a>.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#9b9b9b">Saltmarsh Analytics &middot; 600 Congress Ave, Austin, TX 78701<br>Scheduling powered by GoodTime</td></tr>
</table></td></tr></table></body></html>
"""
    add(c, "01-goodtime-interview-confirmation.eml", mail(
        c, 1, frm="Saltmarsh Analytics Recruiting <scheduling@goodtime.example>",
        reply_to=f"{mar[0]} <{mar[1]}>", subject=f"Interview Confirmation - {role} - Saltmarsh Analytics",
        date=d1, html=html, html_cte="quoted-printable"))
    # Noel's address never appears in the case: no interviewer e-mail; follow up with the recruiter.
    label(c, [iv(co, role, start, end, "scheduled", [], [mar[1]], "technical")],
          "medium", "positive/goodtime-html-only",
          "GoodTime HTML-only (QP) confirmation '2pm ET - 3pm ET' (1-2pm CT); the interviewer's address "
          "never appears, so follow-up goes to the recruiter given in the text/Reply-To.")


def case12():
    c = "b47-12-icims-base64-forwarded-noon-vancouver"
    co, dom = "Cedarline Outdoor", "cedarline.example"
    role = "Product Designer II (E-commerce)"
    van = "America/Vancouver"
    aro = ("Aroha Tane", f"aroha.tane@{dom}")
    sun = ("Sunniva Carlsen", f"sunniva.carlsen@{dom}")
    start, end = T(2026, 3, 25, 12, 0, van), T(2026, 3, 25, 12, 45, van)
    d1 = T(2026, 3, 17, 9, 31, van)
    t1 = f"""Dear Maren,

Thank you for your interest in the {role} position (Job ID 2026-3317) with Cedarline Outdoor.

We are pleased to confirm your interview:

Interview Date: Wednesday, March 25, 2026
Interview Time: 12:00 PM (noon) Pacific Time
Duration: 45 minutes
Interview Format: Video (Microsoft Teams - link to follow)
Interviewer: Sunniva Carlsen, Design Manager, Digital Commerce

Please log in to the Cedarline Outdoor Career Portal to review the details:
https://careers-cedarline.icims.example/jobs/2026-3317/login

Sincerely,
Cedarline Outdoor Talent Acquisition

This is an automated message. Please do not reply.
"""
    add(c, "01-icims-interview-confirmation.eml", mail(
        c, 1, frm="Cedarline Outdoor <donotreply@icims.example>",
        subject=f"Cedarline Outdoor - Interview Confirmation - {role}", date=d1, text=t1,
        text_cte="base64"))
    d2 = T(2026, 3, 18, 14, 2, van)
    t2 = f"""Hi Maren,

Forwarding the iCIMS confirmation below in case it landed in spam - a few candidates have told us
it did. Just so it's clear with the time difference: noon our time on the 25th is 3 PM for you
in Toronto. Sunniva will send the Teams link directly ({sun[1]}).

Aroha

Aroha Tane | Senior Talent Advisor
Cedarline Outdoor | 1188 W Georgia St, Vancouver, BC V6E 4A2 | 604-555-0148

---------- Forwarded message ---------
From: Cedarline Outdoor <donotreply@icims.example>
Date: {d1.strftime('%a, %b')} {d1.day}, 2026 at 9:31 AM
Subject: Cedarline Outdoor - Interview Confirmation - {role}
To: <{OWNER}>

""" + t1
    assert start.astimezone(Z(TOR)).hour == 15
    add(c, "02-recruiter-forwards-icims-confirmation.eml", mail(
        c, 2, frm=f"{aro[0]} <{aro[1]}>", subject=f"Fwd: Cedarline Outdoor - Interview Confirmation - {role}",
        date=d2, text=t2, cc=f"{sun[0]} <{sun[1]}>"))
    label(c, [iv(co, role, start, end, "scheduled", [sun[1]], [sun[1]], "hiring_manager")],
          "medium", "positive/icims-body-only",
          "iCIMS no-reply confirmation (base64, 'noon Pacific', 45 min) plus the recruiter's forward "
          "with the address of the design manager; times only in the body.")


def case13():
    c = "b47-13-workable-berlin-uhr"
    co, dom = "Fahrwerk", "fahrwerk.example"
    role = "Senior Product Designer (Remote, Americas)"
    ber = "Europe/Berlin"
    lena = ("Lena Brandauer", f"lena.brandauer@{dom}")
    jonas = ("Jonas Ekberg", f"jonas.ekberg@{dom}")
    start, end = T(2026, 3, 31, 16, 0, ber), T(2026, 3, 31, 17, 0, ber)
    assert start.astimezone(Z(TOR)).hour == 10
    d1 = T(2026, 3, 24, 11, 15, ber)
    t1 = f"""Hallo Maren,

vielen Dank f\u00fcr das nette Erstgespr\u00e4ch! Wie besprochen laden wir dich zum Zweitgespr\u00e4ch mit
Jonas Ekberg (Design Lead) ein:

  Dienstag, 31. M\u00e4rz 2026, 16:00 \u2013 17:00 Uhr (MESZ, Berlin)
  = 10:00 \u2013 11:00 Uhr in Toronto
  Ort: Google Meet (siehe Kalendereinladung im Anhang)

Das Gespr\u00e4ch findet auf Englisch statt. Bitte beachte: bei uns wird am 29. M\u00e4rz auf Sommerzeit
umgestellt.

Viele Gr\u00fc\u00dfe
Lena Brandauer
People & Talent | Fahrwerk GmbH
Oranienstra\u00dfe 185, 10999 Berlin | +49 30 5550 2817

---
Sent with Workable
"""
    ev = vevent(f"workable-{hid(c, 'w', n=20)}@workable.example", start, end,
                f"Interview: Maren Achterberg \u2013 {role} (Fahrwerk)", lena,
                [attendee(OWNER_NAME, OWNER), attendee(jonas[0], jonas[1], "ACCEPTED")], d1,
                tzid=ber, description="Zweitgespr\u00e4ch mit Jonas Ekberg (Design Lead).\nGoogle Meet: https://meet.google.com/fhw-rkqe-jtb",
                location="https://meet.google.com/fhw-rkqe-jtb")
    cal = calendar([ev], prodid="-//Workable//Interview Calendar//EN", tz=[vtimezone(ber, ber)])
    add(c, "01-workable-zweitgespraech-einladung.eml", mail(
        c, 1, frm=f"Lena Brandauer <notifications@workablemail.example>", reply_to=f"{lena[0]} <{lena[1]}>",
        subject=f"Einladung zum Zweitgespr\u00e4ch \u2013 {role} bei Fahrwerk", date=d1, text=t1,
        text_cte="quoted-printable",
        attach=[("invitation.ics", "text", "calendar", cal, {"method": "REQUEST"})]))
    label(c, [iv(co, role, start, end, "scheduled", [jonas[1]], [jonas[1]], "hiring_manager")],
          "medium", "positive/workable-german",
          "German Workable invite '16:00 - 17:00 Uhr (MESZ)' two days after the EU switch "
          "(CEST +02:00) = 10:00 EDT; .ics TZID Europe/Berlin.")


# ------------------------------------------------------------------ negatives
def case14():
    c = "b47-14-job-alert-actively-interviewing"
    d = T(2026, 3, 3, 7, 2, TOR)
    jobs = [("Senior Product Designer", "Fernbrook Health", "Toronto, ON (Hybrid)", "Actively interviewing"),
            ("Product Designer, Growth", "Tidewell", "Remote (Canada)", "Interviews this week"),
            ("UX Designer II", "Harrowgate Mutual", "Toronto, ON", "Be an early applicant"),
            ("Product Design Lead", "Brightwater Logistics", "Chicago, IL (Remote)", "Actively recruiting")]
    text = "Maren, 14 new jobs match your alert \"product designer\" in Toronto, Ontario, Canada\n\n" + \
        "\n\n".join(f"{t}\n{c2} \u00b7 {l}\n{s}\nView job: https://careerlink.example/jobs/view/{hid(t, c2, n=10)}"
                    for t, c2, l, s in jobs) + """

Get interview-ready: schedule a free 15-minute mock interview with CareerLink Coach and
practice the questions these hiring teams ask most.
https://careerlink.example/coach/schedule

You're receiving job alert emails. Unsubscribe: https://careerlink.example/alerts/unsubscribe
CareerLink, 1 Example Plaza, Sunnyvale, CA 94089
"""
    html = "<html><body>" + text.replace("\n", "<br>\n") + "</body></html>"
    add(c, "01-careerlink-job-alert.eml", mail(
        c, 1, frm="CareerLink Job Alerts <jobalerts-noreply@careerlink.example>",
        subject="\u201cproduct designer\u201d: Fernbrook Health - Senior Product Designer and more",
        date=d, text=text, html=html, html_cte="quoted-printable"))
    label(c, [], "easy", "negative/job-alert",
          "Job alert with 'actively interviewing' badges and a mock-interview upsell; no interview.")


def case15():
    c = "b47-15-application-received-phone-interview-promise"
    dom = "lumaveil.example"
    d = T(2026, 2, 17, 18, 40, "America/Los_Angeles")
    text = """Hi Maren,

Thanks for applying to the Senior Product Designer, Platform role at Lumaveil! We've received your
application and portfolio.

What happens next:
  1. Our design team reviews every application within 10 business days.
  2. If there's a match, a recruiter will email you to schedule a 30-minute phone interview.
  3. Candidates then do a portfolio review and a virtual onsite (about 4 hours).

Please don't schedule anything yet - you'll get a scheduling link from us if we move forward.

Warmly,
The Lumaveil Recruiting Team

Please do not reply to this email; replies to this address are not monitored.
"""
    add(c, "01-greenhouse-application-received.eml", mail(
        c, 1, frm="Lumaveil Recruiting <no-reply@us.greenhouse-mail.example>",
        subject="Thank you for applying to Lumaveil", date=d, text=text,
        html="<html><body>" + text.replace("\n", "<br>") + "</body></html>"))
    label(c, [], "medium", "negative/application-received",
          "Application receipt describing the future phone interview / onsite steps; nothing booked.")


def case16():
    c = "b47-16-rejection-after-interview"
    dom = "pallashealth.example"
    d = T(2026, 3, 13, 16, 55, TOR)
    s = "Your interview with Pallas Health - Product Designer"
    text = f"""Hi Maren,

Thank you for taking the time to interview with us on Tuesday at 2pm - Anika and Rafael really
enjoyed your walk-through of the pharmacy refill flow.

After a lot of discussion, we've decided to move forward with another candidate whose background
is closer to our clinical tooling roadmap. This was a difficult decision and not a reflection of
the quality of your work. We'd love to keep you in mind for future roles and will reach out if a
design role opens up that fits.

If you'd like feedback, I'm happy to schedule a short call next week.

All the best,
Josefina Alcaraz
Senior Recruiter, Pallas Health
josefina.alcaraz@{dom} | 416-555-0175
"""
    add(c, "01-pallas-health-decision.eml", mail(
        c, 1, frm=f"Josefina Alcaraz <josefina.alcaraz@{dom}>", subject=s, date=d, text=text,
        text_cte="quoted-printable"))
    label(c, [], "medium", "negative/rejection",
          "Rejection after an interview that happened 'Tuesday at 2pm' (past), offers an optional feedback call.")


def case17():
    c = "b47-17-offer-letter-walkthrough-call"
    dom = "glasshouse.example"
    tz = TOR
    vic = ("Victor Amadi", f"victor.amadi@{dom}")
    ren = ("Renata Fox", f"renata.fox@{dom}")
    d1 = T(2026, 4, 13, 17, 20, tz)
    html = f"""<html><body style="font-family:Georgia,serif">
<p>Dear Maren,</p>
<p>On behalf of everyone at Glasshouse, I'm thrilled to offer you the position of
<b>Senior Product Designer</b>, reporting to Renata Fox, VP Design. Your offer letter is attached
via DocuSign and includes a base salary of CAD 142,000, equity and benefits details.</p>
<p>You interviewed brilliantly - the whole panel was unanimous. I've put 30 minutes on your
calendar on Friday at 3pm ET for Renata and me to walk you through the offer and answer questions
about compensation and start dates.</p>
<p>The offer is open until Friday, April 24, 2026.</p>
<p>Warmly,<br>Victor Amadi<br>Head of Talent, Glasshouse<br>500 Queen St W, Toronto ON M5V 2B5 &middot; 416-555-0109</p>
</body></html>
"""
    add(c, "01-offer-senior-product-designer.eml", mail(
        c, 1, frm=f"Victor Amadi <{vic[1]}>", subject="Your offer from Glasshouse \U0001f389", date=d1,
        html=html, html_cte="base64", cc=f"{ren[0]} <{ren[1]}>"))
    s, e = T(2026, 4, 17, 15, 0, tz), T(2026, 4, 17, 15, 30, tz)
    summary = "Offer walkthrough - Maren / Glasshouse"
    add(c, "02-invitation-offer-walkthrough.eml", google_mail(
        c, 2, kind="Invitation", summary=summary, start=s, end=e, organizer=vic,
        guests=[vic, ren, ("", OWNER)], meet="gls-offr-wkt", uid=f"{hid(c, 'u', n=26)}@google.example",
        seq=0, date=T(2026, 4, 13, 17, 24, tz),
        description="Walk through your offer letter, compensation and start date. Congratulations!"))
    label(c, [], "hard", "negative/offer",
          "Offer letter (HTML-only base64) plus a Google invite for an offer walkthrough call; the "
          "interviews are over - not an interview.")


def case18():
    c = "b47-18-user-is-interviewer-forwarded-work-invite"
    dom = "pinegate.example"
    work = f"maren@{dom}"
    hr = ("Priscilla Nunes", f"pnunes@{dom}")
    theo = ("Theo Nakamura", f"theo.nakamura@{dom}")
    cand = ("Sam Whitford", "sam.whitford@mail.example")
    start, end = T(2026, 3, 26, 14, 0, TOR), T(2026, 3, 26, 15, 0, TOR)
    d = T(2026, 3, 20, 11, 3, TOR)
    when = "When: Thursday, March 26, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada)."
    body = f"""{when}
Where: Pinegate - Room Lakeshore / Teams

*~*~*~*~*~*~*~*~*~*

Hi Maren and Theo,

Thanks for joining the interview panel for our Junior Product Designer role. Candidate: Sam
Whitford. Maren, please lead the portfolio deep-dive (first 35 min); Theo covers collaboration
questions. Scorecards are due in Greenhouse within 24 hours of the interview.

Resume and portfolio: https://pinegate.greenhouse.example/people/883120

Thanks!
Priscilla Nunes | People Operations | Pinegate Software
"""
    ev = vevent("040000008200E00074C5B7101A82E0080000000011C2B3A4D5E6DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0",
                start, end, "Interview: Sam Whitford - Junior Product Designer", hr,
                [attendee("Maren Achterberg", work), attendee(theo[0], theo[1])], d,
                tzid="Eastern Standard Time", description=body, location="Pinegate - Room Lakeshore / Teams",
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    cal = calendar([ev], prodid="Microsoft Exchange Server 2010",
                   tz=[vtimezone("Eastern Standard Time", TOR, windows=True)])
    add(c, "01-interview-panel-sam-whitford.eml", mail(
        c, 1, frm=f"{hr[0]} <{hr[1]}>", to=f"Maren Achterberg <{work}>, {theo[0]} <{theo[1]}>",
        subject="Interview: Sam Whitford - Junior Product Designer", date=d, text=body,
        text_cte="quoted-printable", cal=cal,
        headers=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{work} {OWNER}"),
                 ("Content-class", "urn:content-classes:calendarmessage")]))
    label(c, [], "hard", "negative/user-is-interviewer",
          "Exchange invite forwarded from the user's work address: she is on the panel interviewing "
          "a junior designer candidate.")


def case19():
    c = "b47-19-podcast-interview-calendly"
    host = ("Dev Ramaswamy", "dev@pixelandpulse.example")
    start, end = T(2026, 4, 7, 13, 0, "America/Denver"), T(2026, 4, 7, 13, 45, "America/Denver")
    d1 = T(2026, 3, 31, 8, 10, "America/Denver")
    t1 = f"""Hey Maren!

Loved your Config talk on accessible map interfaces. I host Pixel & Pulse, a weekly design podcast
(~12k listeners). Would you come on for a 45-minute interview about your career path and the
transit project? Totally casual, we edit out the ums.

Grab a slot here: https://calendly.example/pixelandpulse/guest-recording

Dev
"""
    add(c, "01-podcast-host-invite.eml", mail(
        c, 1, frm=f"{host[0]} <{host[1]}>", subject="Pixel & Pulse podcast - interview?", date=d1, text=t1))
    d2 = T(2026, 4, 1, 12, 30, TOR)
    loc = start.astimezone(Z(TOR))
    t2 = f"""Hi Maren Achterberg,

A new event has been scheduled.

Event Type:
Podcast Guest Interview (Recording)

Invitee:
Maren Achterberg

Event Date/Time:
{g_time(loc)} - {g_time(end.astimezone(Z(TOR)))} (Eastern Time - US & Canada)
Tuesday, April 7, 2026

Location:
Riverside.fm studio link will be emailed the day before

Host:
Dev Ramaswamy

Powered by Calendly.example
"""
    ev = vevent(f"{hid(c, 'u', n=32)}@calendly.example", start, end,
                "Podcast Guest Interview (Recording) between Dev Ramaswamy and Maren Achterberg", host,
                [attendee(OWNER_NAME, OWNER, "ACCEPTED", rsvp=False)], d2,
                description="Pixel & Pulse guest recording. Riverside.fm link to follow.")
    add(c, "02-calendly-podcast-recording-confirmed.eml", mail(
        c, 2, frm="Calendly <notifications@calendly.example>", reply_to=f"{host[0]} <{host[1]}>",
        subject="Confirmed: Podcast Guest Interview (Recording) with Dev Ramaswamy on Tuesday, April 7, 2026",
        date=d2, text=t2, attach=[("invite.ics", "text", "calendar",
                                   calendar([ev], method="PUBLISH", prodid="-//Calendly//Calendly//EN"),
                                   {"method": "PUBLISH"})]))
    label(c, [], "hard", "negative/podcast",
          "Podcast guest 'interview' booked through Calendly with .ics; not a job interview.")


def case20():
    c = "b47-20-paid-user-research-interview"
    res = ("Harriet Cole", "harriet@userloop.example")
    start, end = T(2026, 3, 12, 16, 30, "America/Los_Angeles"), T(2026, 3, 12, 17, 30, "America/Los_Angeles")
    d = T(2026, 3, 6, 9, 0, "America/Los_Angeles")
    loc = start.astimezone(Z(TOR))
    text = f"""Hi Maren,

Great news - you've been selected for a research interview with one of our clients, a design
tools company. They're talking to product designers about how your team handles design handoff.

  When: Thu 3/12 @ 4:30p PST / {g_time(loc)} ET (60 minutes)
  Where: Zoom (link in the attached invite)
  Incentive: $150 USD Amazon gift card, sent within 5 business days

There are no right or wrong answers and this is not a job interview - the client just wants to
learn from practitioners. Please join from a laptop with a working camera.

Thanks,
Harriet Cole
Research Ops, Userloop
"""
    ev = vevent(f"{hid(c, 'u', n=30)}@userloop.example", start, end,
                "Userloop research interview - design handoff (60 min)", res,
                [attendee(OWNER_NAME, OWNER)], d, tzid="America/Los_Angeles",
                location="https://zoom.example/j/99120033817",
                description="Paid research session. Incentive: $150 gift card.")
    add(c, "01-userloop-research-session-invite.eml", mail(
        c, 1, frm=f"{res[0]} <{res[1]}>", subject="You're confirmed: research interview on Thu 3/12",
        date=d, text=text,
        attach=[("session.ics", "text", "calendar",
                 calendar([ev], prodid="-//Userloop//Sessions//EN",
                          tz=[vtimezone("America/Los_Angeles", "America/Los_Angeles")]),
                 {"method": "REQUEST"})]))
    label(c, [], "hard", "negative/user-research",
          "Paid user-research 'interview' with a Zoom .ics ('Thu 3/12 @ 4:30p PST', written PST though "
          "PDT applies); explicitly not a job interview.")


def case21():
    c = "b47-21-phishing-fake-interview"
    d = T(2026, 3, 2, 3, 14, "UTC")
    text = """Dear Candidate Maren,

Your profile has been shortlisted by HYPERION GLOBAL STAFFING for the position of Remote Product
Designer (Contract) with our Fortune 500 client. Salary: $58/hour, paid weekly.

Your online interview is scheduled for Thursday 2pm ET via text chat. To proceed you MUST:

  1. Download the "Teams Secure Interview" application from: http://teams-secure-interview.example/setup.exe
  2. Reply with a copy of your driver's licence (both sides) and your SIN for background check
  3. Confirm your banking details so we can send your home-office equipment cheque

Failure to complete these steps within 24 hours will forfeit your interview slot.

Regards,
Mr. Kevin Hartley
Senior HR Interview Coordinator
Hyperion Global Staffing Ltd.
"""
    add(c, "01-hyperion-interview-shortlisted.eml", mail(
        c, 1, frm="Hyperion HR Department <hr.interviews.hyperion@mail-relay.example>",
        reply_to="kevin.hartley.hgs@mail-relay.example",
        subject="URGENT: Interview Confirmation - Remote Product Designer ($58/hr)", date=d, text=text))
    label(c, [], "medium", "negative/phishing",
          "Employment scam: 'online interview Thursday 2pm ET via text chat', asks for SIN and bank details.")


def case22():
    c = "b47-22-calendar-noise-webinar-1on1-physio-party"
    # 01 webinar .ics
    wst, wen = T(2026, 3, 19, 12, 0, "America/New_York"), T(2026, 3, 19, 13, 0, "America/New_York")
    ev = vevent(f"{hid(c, 'web', n=28)}@figbloom.example", wst, wen,
                "LIVE WEBINAR: Nailing the senior product design interview (portfolio, whiteboard, panel)",
                ("Figbloom Academy", "events@figbloom.example"), [attendee(OWNER_NAME, OWNER)],
                T(2026, 3, 10, 9, 0, "America/New_York"), tzid="America/New_York",
                description="Join hiring managers from three design orgs for tips on portfolio reviews and "
                            "interview loops. Includes live Q&A and a recording. Zoom Webinar ID 873 2210 9034.",
                location="https://zoom.example/w/87322109034")
    add(c, "01-figbloom-webinar.ics", calendar([ev], prodid="-//Figbloom Academy//Events//EN",
                                               tz=[vtimezone("America/New_York", "America/New_York")]))
    # 02 internal 1:1 (API)
    s, e = T(2026, 3, 19, 9, 30, TOR), T(2026, 3, 19, 10, 0, TOR)
    add(c, "02-theo-maren-1on1.gcal.json", gcal_event(
        "m4r3nth30one0n1", "Theo / Maren 1:1 - career conversation", s, e,
        ("Theo Nakamura", "theo.nakamura@pinegate.example"),
        [att("Theo Nakamura", "theo.nakamura@pinegate.example", "accepted", org=True),
         att("Maren Achterberg", OWNER, "accepted", self_=True)],
        T(2026, 1, 8, 12, 0, TOR), T(2026, 3, 16, 8, 0, TOR),
        description="Weekly 1:1. This week: growth plan, mid-year review prep, the hiring panel schedule."))
    # 03 physio appointment email
    d3 = T(2026, 3, 16, 18, 0, TOR)
    t3 = """Hi Maren,

This is a reminder of your upcoming appointment at Queen West Physio & Wellness:

  Thursday, March 19, 2026 at 8:15 AM
  Initial assessment with Dr. Naomi Bergstrom, PT (60 minutes)

Please arrive 10 minutes early to complete your intake interview form. To reschedule, call
416-555-0122 at least 24 hours in advance.

Queen West Physio & Wellness, 801 Queen St W, Toronto ON M6J 1G1
"""
    add(c, "03-physio-appointment-reminder.eml", mail(
        c, 3, frm="Queen West Physio <appointments@queenwestphysio.example>",
        subject="Appointment reminder - Thursday, March 19 at 8:15 AM", date=d3, text=t3))
    # 04 party the user organized (API)
    ps, pe = T(2026, 3, 21, 19, 30, TOR), T(2026, 3, 21, 23, 30, TOR)
    add(c, "04-marens-birthday-karaoke.gcal.json", gcal_event(
        "k4r4ok3m4r3n35", "Maren's 35th \U0001f3a4 karaoke + dumplings", ps, pe, (OWNER_NAME, OWNER),
        [att(OWNER_NAME, OWNER, "accepted", org=True, self_=True),
         att("Jess Okoye", "jess.okoye@mail.example", "accepted"),
         att("Ravi Dhillon", "ravi.dhillon@mail.example", "tentative"),
         att("Sofie Lund", "sofie.lund@mail.example", "accepted")],
        T(2026, 3, 1, 20, 0, TOR), T(2026, 3, 14, 21, 40, TOR), self_org=True,
        description="Private room booked at Echo Box, 544 Bloor St W. Call me if you can't find it: "
                    "416-555-0143. Bring your best interview-outfit-but-make-it-karaoke."))
    label(c, [], "medium", "negative/calendar-noise",
          "Webinar .ics about design interviews, internal 1:1 mentioning the hiring panel, physio "
          "'intake interview form' reminder, and a birthday party the user organised.")


def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b47-"):
            shutil.rmtree(p)
    for case, items in CASES.items():
        d = HERE / case
        d.mkdir()
        for fname, data in items:
            (d / fname).write_bytes(data)
    header = ("# blind47 labels - schema as in /work/shared/eval/README.md.\n"
              "# Generated by make_cases.py; do not edit by hand.\n")
    (HERE / "labels.yaml").write_text(
        header + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    print(f"wrote {len(CASES)} cases, {sum(len(v) for v in CASES.values())} items")


if __name__ == "__main__":
    main()
