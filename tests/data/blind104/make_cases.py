#!/usr/bin/env python3
"""Deterministic generator for the blind104 interview-detection set.

Rewrites every case folder below this directory and labels.yaml.
stdlib + PyYAML + zoneinfo only.  All people, companies and domains are invented.
"""
import base64
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "tessa.lindqvist@example.com"
OWNER_NAME = "Tessa Lindqvist"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"
UTC = timezone.utc

DEN = "America/Denver"
NYC = "America/New_York"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
VAN = "America/Vancouver"


def T(y, mo, d, h, mi, zone):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def iso(d):
    return d.isoformat()


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    parts = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        limit = 74
    parts.append(b)
    return "\r\n ".join(p.decode("utf-8") for p in parts)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def off(td):
    s = int(td.total_seconds())
    sign = "-" if s < 0 else "+"
    s = abs(s)
    return f"{sign}{s // 3600:02d}{(s % 3600) // 60:02d}"


def std_dst(zone):
    z = ZoneInfo(zone)
    return (datetime(2026, 1, 15, 12, tzinfo=z).utcoffset(), datetime(2026, 7, 15, 12, tzinfo=z).utcoffset())


def vtz_windows(tzid, zone):
    std, dst = std_dst(zone)
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def vtz_olson(zone, std_name, dst_name):
    std, dst = std_dst(zone)
    return [
        "BEGIN:VTIMEZONE", f"TZID:{zone}", f"X-LIC-LOCATION:{zone}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}", f"TZNAME:{dst_name}",
        "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}", f"TZNAME:{std_name}",
        "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def z(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def vevent(uid, start, end, summary, organizer, attendees, dtstamp, description="", location="",
           seq=0, status="CONFIRMED", tzid=None, extra=(), partstat_self="NEEDS-ACTION"):
    L = ["BEGIN:VEVENT"]
    if tzid:
        L += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    else:
        L += [f"DTSTART:{z(start)}", f"DTEND:{z(end)}"]
    L += [f"DTSTAMP:{z(dtstamp)}", f"UID:{uid}"]
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        name, mail = a[0], a[1]
        ps = a[2] if len(a) > 2 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{mail}")
    L += [f"SUMMARY:{esc(summary)}"]
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    L += [f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def calendar(prodid, method, events, tzs=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for t in tzs:
        L += t
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# --------------------------------------------------------------------------- e-mail helper
_mid = [0]


def mail(frm, to, subject, date, plain=None, html=None, cte="quoted-printable", html_cte=None, cc=None,
         reply_to=None, sender=None, headers=(), msgid=None, in_reply_to=None, references=None,
         cal=None, cal_method="REQUEST", cal_cte="7bit", attach=None, received_by="mx.example.com",
         delivered=True):
    m = EmailMessage()
    if delivered:
        m["Delivered-To"] = OWNER
    dom = frm.split("@")[-1].rstrip(">")
    m["Received"] = (f"from mail-out.{dom} (mail-out.{dom} [198.51.100.{(len(subject) * 7) % 250 + 1}]) "
                     f"by {received_by} with ESMTPS; {format_datetime(date.astimezone(UTC))}")
    for k, v in headers:
        m[k] = v
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    _mid[0] += 1
    m["Message-ID"] = msgid or f"<b104.{_mid[0]:04d}.{date.strftime('%Y%m%d%H%M')}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if plain is not None:
        m.set_content(plain, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", cte=cal_cte, params={"method": cal_method})
    if attach is not None:
        fname, text, ctype = attach
        maintype, subtype = ctype.split("/")
        m.add_attachment(text.encode("utf-8"), maintype=maintype, subtype=subtype, filename=fname)
    return m


def md(d):
    return format_datetime(d)


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    label = dict(label)
    label.setdefault("source", "synthetic")
    LABELS[cid] = {"user": OWNER, "interview": bool(label["interviews"]), **label}


def iv(company, role, start, end, status, ivs, fus, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(ivs), "followup_recipients": list(fus), "kind": kind}


def neg(difficulty, category, notes):
    return {"interview": False, "interviews": [], "difficulty": difficulty, "category": category, "notes": notes}


def html_wrap(inner, font="Calibri,Arial,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">{inner}</div></body></html>\n')


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
               "Meeting ID: {mid}\nPasscode: {pc}\n"
               "________________________________________________________________________________\n")


def outlook_plain(when_line, where, body):
    return f"When: {when_line}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"


def outlook_when(start, end, label):
    s = start.strftime("%A, %B %-d, %Y %-I:%M %p")
    e = end.strftime("%-I:%M %p")
    return f"{s}-{e} {label}"


# =========================================================================== POSITIVES
def c01():
    cid = "b104-01-outlook-pacific-tzid-hm-webex"
    sent = T(2026, 3, 4, 10, 12, LAX)
    s, e = T(2026, 3, 10, 10, 0, LAX), T(2026, 3, 10, 10, 45, LAX)
    org = ("Gabe Ostrowski", "gostrowski@fernhollow.example")
    hm = ("Renata Solis", "rsolis@fernhollow.example")
    webex = "https://fernhollow.webex.example/fernhollow/j.php?MTID=m4f1c0a9e27d35b8e6a1f0c2d9b7e4a13"
    body = (f"Hi Tessa,\n\nAs promised, here is the invite for your conversation with Renata Solis, our Director of "
            f"UX Research and the hiring manager for the Senior UX Researcher role. It's a 45 minute video call on "
            f"Webex - camera on if you can, but no need to prepare slides. Renata mostly wants to hear how you "
            f"decide what to research and how you get teams to act on it.\n\nThe time shows as Pacific on my end; "
            f"that should be 11:00 AM for you in Denver.\n\nThanks,\nGabe\n\nGabe Ostrowski | Recruiting Coordinator\n"
            f"Fernhollow Labs\n415 Brannan Street, 3rd Floor | San Francisco, CA 94107\nM: (415) 555-0172\n\n"
            f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n{webex}\n"
            f"Meeting number (access code): 2664 917 3035\nMeeting password: Fh7!research\n\n"
            f"Join by phone\n+1-415-555-0110 United States Toll\n")
    when = outlook_when(s, e, "(UTC-08:00) Pacific Time (US & Canada).")
    plain = outlook_plain(when, "Webex", body)
    html = html_wrap("<p>" + plain.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
    ev = vevent("040000008200E00074C5B7101A82E00800000000A7C2E19E5FABDC0100000000000000001000000087A3C1F6E0D24F49B7E3",
                s, e, "Tessa Lindqvist / Renata Solis - Senior UX Researcher (Hiring Manager)", org,
                [("Tessa Lindqvist", OWNER), hm], sent, description=plain, location="Webex",
                tzid="Pacific Standard Time",
                extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                       "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"])
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], [vtz_windows("Pacific Standard Time", LAX)])
    m = mail(f"{org[0]} <{org[1]}>", f"{OWNER_HDR}, {hm[0]} <{hm[1]}>",
             "Tessa Lindqvist / Renata Solis - Senior UX Researcher (Hiring Manager)", sent, plain=plain, html=html,
             cal=cal, cal_cte="base64",
             headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Tessa Lindqvist / Renata Solis - Senior UX Researcher (Hiring Manager)"),
                      ("Thread-Index", "AdqOa2VwYm5hZ0hjRmVyb2xsb3cxMjM0NQ=="), ("Content-Language", "en-us"),
                      ("Content-class", "urn:content-classes:calendarmessage")])
    case(cid, [("01-invite-renata-solis.eml", m)], {
        "interviews": [iv("Fernhollow Labs", "Senior UX Researcher", s, e, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/outlook-windows-tzid",
        "notes": "Outlook desktop invite sent in PST week with TZID 'Pacific Standard Time' and a (UTC-08:00) label; "
                 "meeting is after the Mar 8 DST switch so the offset is -07:00. Organizer is a coordinator; "
                 "the hiring manager is the interviewer. Webex."})


def c02():
    cid = "b104-02-greenhouse-portfolio-panel-html-only"
    sent = T(2026, 3, 12, 15, 41, NYC)
    s, e = T(2026, 3, 19, 13, 0, NYC), T(2026, 3, 19, 14, 30, NYC)
    coord = ("Noelle Baptiste", "noelle.baptiste@quillmark.example")
    rows = [("1:00 PM - 1:45 PM", "Portfolio presentation", "Priscilla Ng, Head of Research<br>Tomasz Wierzbicki, Senior Product Designer<br>Delphine Okoro, Group Product Manager"),
            ("1:45 PM - 2:30 PM", "Q&amp;A and research deep dive", "Priscilla Ng, Tomasz Wierzbicki, Delphine Okoro")]
    table = ('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:14px">'
             '<tr style="background:#f3f3f3"><th align="left">Time (EDT)</th><th align="left">Session</th><th align="left">Interviewers</th></tr>'
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>")
    inner = (f"<p>Hi Tessa,</p><p>Thank you for making time to meet with the Quillmark team! Below are the details of your "
             f"<b>portfolio presentation</b> for the <b>UX Researcher, Creator Tools</b> role.</p>"
             f"<p><b>Thursday, March 19, 2026</b><br>1:00 PM - 2:30 PM Eastern (11:00 AM - 12:30 PM Mountain)</p>{table}"
             f"<p><b>Location:</b> Google Meet - <a href=\"https://meet.google.example/qmk-port-fol\">meet.google.example/qmk-port-fol</a></p>"
             f"<p>Please plan on about 30 minutes of presenting one or two projects (we love seeing messy middle steps, not just "
             f"final decks), with the rest of the time for questions. Share your screen from your own laptop; we'll send "
             f"nothing in advance.</p><p>A calendar invite is attached. If anything comes up, just reply to this email.</p>"
             f"<p>Best,<br>Noelle Baptiste<br>Recruiting Coordinator, Quillmark<br>114 West 26th Street, New York, NY 10001</p>"
             f"<p style=\"color:#888;font-size:11px\">Sent via Greenhouse</p>")
    html = html_wrap(inner, "Helvetica,Arial,sans-serif")
    ev = vevent("greenhouse-interview-7783412-20260319@quillmark.example", s, e,
                "Portfolio Presentation - Tessa Lindqvist - UX Researcher, Creator Tools", coord,
                [("Tessa Lindqvist", OWNER)], sent,
                description="Portfolio presentation (1:00-1:45) then Q&A and research deep dive (1:45-2:30).\n"
                            "Panel: Priscilla Ng, Tomasz Wierzbicki, Delphine Okoro.\nGoogle Meet: https://meet.google.example/qmk-port-fol",
                location="Google Meet", tzid=NYC)
    cal = calendar("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", [ev], [vtz_olson(NYC, "EST", "EDT")])
    m = mail(f"{coord[0]} <no-reply@greenhouse-mail.example>", OWNER_HDR,
             "Your Quillmark interview: Portfolio Presentation on Thursday, March 19", sent, html=html,
             reply_to=f"{coord[0]} <{coord[1]}>", attach=("Quillmark_Interview.ics", cal, "text/calendar"))
    case(cid, [("01-greenhouse-portfolio-presentation.eml", m)], {
        "interviews": [iv("Quillmark", "UX Researcher, Creator Tools", s, e, "scheduled", [], [coord[1]], "onsite")],
        "difficulty": "medium", "category": "positive/ats-email-with-ics",
        "notes": "Greenhouse HTML-only mail with an itinerary table and an .ics; panel of three (names only, no "
                 "addresses) -> onsite, thank-you to the coordinator from Reply-To."})


def c03():
    cid = "b104-03-calendly-recruiter-screen-fastmail"
    rec = ("Jolene Marsh", "jolene.marsh@bramblewood.example")
    d1 = T(2026, 2, 26, 16, 3, CHI)
    d2 = T(2026, 2, 26, 15, 20, DEN)
    s, e = T(2026, 3, 5, 9, 0, DEN), T(2026, 3, 5, 9, 30, DEN)
    fm = [("X-Resolved-to", OWNER), ("X-Mail-from", "")]
    p1 = ("Hi Tessa,\n\nThanks for applying to the Senior UX Researcher opening at Bramblewood Health. Your work on "
          "the caregiver diary study really stood out to our design team.\n\nI'd love to set up a quick intro call "
          "(30 min) to walk through the role, team and timeline. Grab whatever works on my calendar:\n"
          "https://calendly.example/jolene-bramblewood/30min\n\nTalk soon,\nJolene\n\n--\nJolene Marsh (she/her)\n"
          "Senior Technical Recruiter | Bramblewood Health\n600 Congress Ave, Suite 1400, Austin, TX 78701\n"
          "o: 512.555.0134\n")
    m1 = mail(f"{rec[0]} <{rec[1]}>", OWNER_HDR, "Bramblewood Health - Senior UX Researcher", d1, plain=p1,
              received_by="mx.messagingengine.example", headers=fm)
    p2 = ("Hi Tessa Lindqvist,\n\nYour Recruiter Screen - Bramblewood Health with Jolene Marsh at 09:00am "
          "(Mountain Time - US & Canada) on Thursday, March 5, 2026 is scheduled.\n\n"
          "Event Name:\nRecruiter Screen - Bramblewood Health\n\n"
          "Event Date/Time:\n09:00am - 09:30am (Mountain Time - US & Canada) on Thursday, March 5, 2026\n\n"
          "Location:\nJolene will call you at +1 720-555-0143\n\n"
          "Need to make changes to this event?\nCancel: https://calendly.example/cancellations/8f2b2c1e-51aa-4c62-bf5e-0d6a77c2e9a1\n"
          "Reschedule: https://calendly.example/reschedulings/8f2b2c1e-51aa-4c62-bf5e-0d6a77c2e9a1\n\n"
          "Powered by Calendly.example\n")
    h2 = html_wrap(p2.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]), "Proxima Nova,Arial,sans-serif")
    m2 = mail("Calendly <notifications@calendly.example>", OWNER_HDR,
              "Confirmed: Recruiter Screen - Bramblewood Health with Jolene Marsh on Thursday, March 5, 2026", d2,
              plain=p2, html=h2, reply_to=f"{rec[0]} <{rec[1]}>", received_by="mx.messagingengine.example", headers=fm)
    case(cid, [("01-jolene-intro.eml", m1), ("02-calendly-confirmed.eml", m2)], {
        "interviews": [iv("Bramblewood Health", "Senior UX Researcher", s, e, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
        "difficulty": "easy", "category": "positive/calendly",
        "notes": "Calendly invitee confirmation shown in Mountain Time (before DST: -07:00); recruiter is the host "
                 "and does the screen; reply-to carries her address."})


def c04():
    cid = "b104-04-takehome-review-gcal-moved"
    hana = ("Hana Yoshida", "hana.yoshida@tidewater.example")
    luis = ("Luis Carvajal", "luis.carvajal@tidewater.example")
    sent = T(2026, 3, 16, 11, 5, CHI)
    s0, e0 = T(2026, 3, 24, 11, 0, CHI), T(2026, 3, 24, 12, 0, CHI)
    s, e = T(2026, 3, 25, 14, 0, CHI), T(2026, 3, 25, 15, 0, CHI)
    title = "Take-home review: Tessa Lindqvist (UX Researcher)"
    ds0, de0 = s0.astimezone(ZoneInfo(DEN)), e0.astimezone(ZoneInfo(DEN))
    desc = ("Tessa walks us through her take-home (onboarding drop-off research plan), then Q&A with Hana and Luis.\n"
            "No slides needed - screen share the doc you sent.")
    meet = "https://meet.google.example/tdw-qrvk-hnp"
    p = (f"{title}\n{ds0.strftime('%A %b %-d, %Y')} \u22c5 {ds0.strftime('%-I%p').lower()} \u2013 {de0.strftime('%-I%p').lower()}\n"
         f"Mountain Time - Denver\n\n{desc}\n\nJoin with Google Meet\n{meet}\n\nOrganizer\n{hana[0]}\n{hana[1]}\n\n"
         f"Guests\n{hana[0]} - organizer\n{hana[1]}\n{luis[0]}\n{luis[1]}\n{OWNER}\n\n"
         f"Invitation from Google Calendar: https://calendar.google.example/\n")
    h = html_wrap(p.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]), "Roboto,Arial,sans-serif")
    ev = vevent("5kq0tw3rf1h7c2a9tidewater@google.example", s0, e0, title, hana,
                [(hana[0], hana[1], "ACCEPTED"), luis, (OWNER, OWNER)], sent, description=desc + "\n\n" + meet,
                extra=[f"X-GOOGLE-CONFERENCE:{meet}"])
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [ev])
    subj = (f"Invitation: {title} @ {ds0.strftime('%a %b %-d, %Y')} {ds0.strftime('%-I%p').lower()} - "
            f"{de0.strftime('%-I%p').lower()} (MDT) ({OWNER})")
    m = mail(f"{hana[0]} <{hana[1]}>", OWNER, subj, sent, plain=p, html=h, cte="base64", cal=cal,
             sender="Google Calendar <calendar-notification@google.example>", reply_to=f"{hana[0]} <{hana[1]}>",
             attach=("invite.ics", cal, "application/ics"))
    js = {
        "kind": "calendar#event", "etag": "\"3391027718042000\"", "id": "5kq0tw3rf1h7c2a9tidewater",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NWtxMHR3M3JmMWg3YzJhOXRpZGV3YXRlcg",
        "created": sent.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": T(2026, 3, 19, 9, 47, CHI).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": title,
        "description": desc + "\n\nMoved to Wednesday afternoon - Luis is out Tuesday. Same link.",
        "creator": {"email": hana[1], "displayName": hana[0]},
        "organizer": {"email": hana[1], "displayName": hana[0]},
        "start": {"dateTime": iso(s), "timeZone": CHI},
        "end": {"dateTime": iso(e), "timeZone": CHI},
        "iCalUID": "5kq0tw3rf1h7c2a9tidewater@google.example", "sequence": 1,
        "attendees": [
            {"email": hana[1], "displayName": hana[0], "organizer": True, "responseStatus": "accepted"},
            {"email": luis[1], "displayName": luis[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": meet,
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": meet, "label": meet.split("//")[1]}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "tdw-qrvk-hnp"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    case(cid, [("01-google-invite-takehome-review.eml", m), ("02-event-updated.gcal.json", js)], {
        "interviews": [iv("Tidewater Analytics", "UX Researcher", s, e, "scheduled", [hana[1], luis[1]],
                          [hana[1], luis[1]], "technical")],
        "difficulty": "hard", "category": "positive/reschedule-gcal-json",
        "notes": "Google invite for a live take-home review call (Tue 11am CT, shown as 10am MDT), then the Calendar "
                 "API event (same iCalUID, sequence 1) moved to Wed 2pm CT. Final time wins. Company name only in "
                 "the domain/UID and description is the team's."})


def c05():
    cid = "b104-05-thunderbird-forwarded-outlook-invite"
    ines = ("Ines Carrow", "ines.carrow@saltchuck.example")
    wren = ("Wren Aldana", "wren.aldana@saltchuck.example")
    orig = T(2026, 3, 24, 14, 2, VAN)
    sent = T(2026, 3, 25, 8, 40, VAN)
    s, e = T(2026, 4, 2, 9, 30, VAN), T(2026, 4, 2, 10, 30, VAN)
    zoom = "https://saltchuck.zoom.example/j/86120457733?pwd=Y2tXQ1pSa0ZyN0hNdz09"
    body = (f"Hi Tessa,\n\nThe invite below went out to the old address on your application (the one ending in "
            f"hotmail) - so sorry about that! Forwarding it here so you have everything. I've also updated your "
            f"profile.\n\nSee you (virtually) next week,\nInes\n\n-- \nInes Carrow\nTalent Partner, Saltchuck Studio\n"
            f"1250 Homer St, Vancouver, BC V6B 2Y5\n+1 604-555-0187\n\n"
            f"-------- Forwarded Message --------\n"
            f"Subject: \tInterview: Tessa Lindqvist - Design Researcher (Research Methods)\n"
            f"Date: \t{orig.strftime('%a, %-d %b %Y %H:%M:%S %z')}\n"
            f"From: \t{wren[0]} <{wren[1]}>\n"
            f"To: \tTessa Lindqvist <tessa.lindqvist.ux@hotmail.example>, {ines[0]} <{ines[1]}>\n\n\n\n"
            f"When: {outlook_when(s, e, '(UTC-08:00) Pacific Time (US & Canada).')}\n"
            f"Where: Zoom\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            f"Hi Tessa,\n\nLooking forward to talking research methods with you. Plan on an hour: I'll ask you to talk "
            f"through a study you ran end to end, and we'll do a short exercise choosing methods for a scenario from "
            f"our studio work. Nothing to prepare.\n\nWren Aldana\nResearch Manager, Saltchuck Studio\n\n"
            f"Join Zoom Meeting\n{zoom}\n\nMeeting ID: 861 2045 7733\nPasscode: 470229\n")
    m = mail(f"{ines[0]} <{ines[1]}>", OWNER_HDR, "Fwd: Interview: Tessa Lindqvist - Design Researcher (Research Methods)",
             sent, plain=body, cte="8bit",
             headers=[("User-Agent", "Mozilla Thunderbird 128.8.0"), ("Content-Language", "en-CA")])
    case(cid, [("01-fwd-interview-invite.eml", m)], {
        "interviews": [iv("Saltchuck Studio", "Design Researcher", s, e, "scheduled", [wren[1]], [wren[1]], "technical")],
        "difficulty": "hard", "category": "positive/forwarded-invite",
        "notes": "Thunderbird forward with the Outlook invite text inlined; display label says (UTC-08:00) but "
                 "April 2 in Vancouver is PDT (-07:00). Interviewer is the original organizer (Research Manager)."})


def c06():
    cid = "b104-06-icloud-invite-sequence-bump-dst"
    oren = ("Oren Halloway", "oren@pennywhistle.example")
    d1 = T(2026, 3, 2, 18, 22, NYC)
    d2 = T(2026, 3, 5, 9, 14, NYC)
    d3 = T(2026, 3, 5, 9, 16, NYC)
    s0, e0 = T(2026, 3, 6, 15, 0, NYC), T(2026, 3, 6, 15, 45, NYC)
    s, e = T(2026, 3, 9, 16, 0, NYC), T(2026, 3, 9, 16, 45, NYC)
    uid = "A3F29C0E-7B41-4E0D-9C55-6A2D1B7E8F10"
    title = "Tessa <> Oren (Pennywhistle founding researcher)"
    tz = [vtz_olson(NYC, "EST", "EDT")]
    apple_extra = ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "URL;VALUE=URI:https://pennywhistle.zoom.example/j/5512093381"]
    ev0 = vevent(uid, s0, e0, title, oren, [(oren[0], oren[1], "ACCEPTED"), ("Tessa Lindqvist", OWNER)], d1,
                 description="Last step! Informal but real: how you'd set up research at a 9-person company.\nZoom: https://pennywhistle.zoom.example/j/5512093381",
                 location="Zoom", tzid=NYC, extra=apple_extra + ["CREATED:" + z(d1)])
    cal0 = calendar("-//Apple Inc.//macOS 15.3.1//EN", "REQUEST", [ev0], tz)
    p1 = (f"Oren Halloway has invited you to the event \u201c{title},\u201d scheduled for March 6, 2026 at "
          f"3:00 PM EST. To accept or decline this invitation, click the link below.\n\n"
          f"Sent from my Mac\n")
    m1 = mail(f"{oren[0]} <{oren[1]}>", OWNER_HDR, f"Invitation: {title} (Mar 6, 2026 3:00 PM)", d1, plain=p1,
              attach=("iCal-20260302-182211.ics", cal0, "text/calendar"),
              headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    p2 = ("Hi Tessa,\n\nAny chance we can push our chat to Monday? Something came up with an investor Friday "
          "afternoon. I've moved the invite to Monday at 4 (my time, Eastern) - same Zoom. If that doesn't work, "
          "just tell me what does.\n\nOren\n\nOren Halloway\nCo-founder & CEO, Pennywhistle\n"
          "Sent from my iPhone\n")
    mid1 = "<7E21C4A8-55B2-4F61-A1C9-2B8D0F37A611@pennywhistle.example>"
    m2 = mail(f"{oren[0]} <{oren[1]}>", OWNER_HDR, "Friday -> Monday?", d2, plain=p2, msgid=mid1, cte="7bit",
              headers=[("X-Mailer", "iPhone Mail (22D72)")])
    ev1 = vevent(uid, s, e, title, oren, [(oren[0], oren[1], "ACCEPTED"), ("Tessa Lindqvist", OWNER)], d3,
                 description="Last step! Informal but real: how you'd set up research at a 9-person company.\nZoom: https://pennywhistle.zoom.example/j/5512093381",
                 location="Zoom", tzid=NYC, seq=1, extra=apple_extra + ["CREATED:" + z(d1)])
    cal1 = calendar("-//Apple Inc.//macOS 15.3.1//EN", "REQUEST", [ev1], tz)
    p3 = (f"Oren Halloway has changed the event \u201c{title},\u201d to March 9, 2026 at 4:00 PM EDT. "
          f"To accept or decline this invitation, click the link below.\n")
    m3 = mail(f"{oren[0]} <{oren[1]}>", OWNER_HDR, f"Invitation Update: {title} (Mar 9, 2026 4:00 PM)", d3, plain=p3,
              attach=("iCal-20260305-091602.ics", cal1, "text/calendar"),
              headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    case(cid, [("01-apple-invite.eml", m1), ("02-oren-push-to-monday.eml", m2), ("03-apple-invite-update.eml", m3)], {
        "interviews": [iv("Pennywhistle", "Founding UX Researcher", s, e, "scheduled", [oren[1]], [oren[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/reschedule-sequence",
        "notes": "macOS Calendar invites (TZID America/New_York). SEQUENCE 0 Fri Mar 6 3pm EST -> SEQUENCE 1 Mon "
                 "Mar 9 4pm EDT, across the US DST switch. Final chat with the founder/CEO. Role inferred from "
                 "title 'founding researcher'."})


def c07():
    cid = "b104-07-outlook-mountain-tzid-method-cancel"
    dana = ("Dana Whitlock", "dwhitlock@lakeshoremutual.example")
    pri = ("Priyanka Raman", "praman@lakeshoremutual.example")
    d1 = T(2026, 3, 9, 8, 55, CHI)
    d2 = T(2026, 3, 13, 16, 30, CHI)
    s, e = T(2026, 3, 18, 13, 0, DEN), T(2026, 3, 18, 14, 0, DEN)
    title = "Interview: Tessa Lindqvist - Senior UX Researcher, Claims Experience"
    uid = "040000008200E00074C5B7101A82E0080000000019D3F0B2A3B1DC01000000000000000010000000C4E1F9A0D6B7404C8F35"
    tz = [vtz_windows("Mountain Standard Time", DEN)]
    teams = TEAMS_BLOCK.format(id="OGE2ZmQ1NzMtNjBhZC00", mid="274 551 903 618", pc="Lm9xQ2")
    body1 = ("Hi Tessa,\n\nI set this up in your time zone (Mountain) so it shows correctly on your calendar. You'll "
             "meet with Priyanka Raman, Manager of Customer Insights, for a one-hour conversation about your "
             "background and the claims research roadmap.\n\nDana Whitlock\nTalent Acquisition Partner | Lakeshore Mutual\n"
             "233 S Wacker Dr, Chicago, IL 60606 | 312-555-0149\n\n" + teams)
    when = outlook_when(s, e, "(UTC-07:00) Mountain Time (US & Canada).")
    p1 = outlook_plain(when, "Microsoft Teams Meeting", body1)
    ms = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    ev1 = vevent(uid, s, e, title, dana, [("Tessa Lindqvist", OWNER), pri], d1, description=p1,
                 location="Microsoft Teams Meeting", tzid="Mountain Standard Time",
                 extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0"] + ms)
    cal1 = calendar("Microsoft Exchange Server 2010", "REQUEST", [ev1], tz)
    m1 = mail(f"{dana[0]} <{dana[1]}>", f"{OWNER_HDR}, {pri[0]} <{pri[1]}>", title, d1, plain=p1,
              html=html_wrap("<p>" + p1.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"),
              cal=cal1, cal_cte="base64", headers=[("Thread-Topic", title), ("Content-class", "urn:content-classes:calendarmessage")])
    p2 = outlook_plain(when, "Microsoft Teams Meeting",
                       "Hi Tessa,\n\nI'm sorry to do this - the Claims Experience team has paused hiring for this role "
                       "while they finalize next year's budget, so I need to cancel Wednesday's interview with Priyanka. "
                       "I'll reach out directly if the role reopens.\n\nDana\n")
    ev2 = vevent(uid, s, e, "Canceled: " + title, dana, [("Tessa Lindqvist", OWNER), pri], d2, description=p2,
                 location="Microsoft Teams Meeting", tzid="Mountain Standard Time", seq=1, status="CANCELLED",
                 extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:1", "PRIORITY:1"] + ms[2:])
    cal2 = calendar("Microsoft Exchange Server 2010", "CANCEL", [ev2], tz)
    m2 = mail(f"{dana[0]} <{dana[1]}>", f"{OWNER_HDR}, {pri[0]} <{pri[1]}>", "Canceled: " + title, d2, plain=p2,
              cal=cal2, cal_method="CANCEL", cal_cte="base64",
              headers=[("Thread-Topic", title), ("Importance", "high"), ("Content-class", "urn:content-classes:calendarmessage")])
    case(cid, [("01-outlook-invite.eml", m1), ("02-outlook-canceled.eml", m2)], {
        "interviews": [iv("Lakeshore Mutual", "Senior UX Researcher, Claims Experience", s, e, "cancelled",
                          [pri[1]], [pri[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation",
        "notes": "Outlook invite with Windows TZID 'Mountain Standard Time' and a (UTC-07:00) label for a date after "
                 "DST (-06:00), then METHOD:CANCEL / STATUS:CANCELLED with SEQUENCE 1. Cancellation-only case."})


def c08():
    cid = "b104-08-goodtime-then-candidate-withdraws"
    bianca = ("Bianca Flores", "bianca.flores@orchardpine.example")
    felix = ("Felix Amundsen", "felix.amundsen@orchardpine.example")
    d1 = T(2026, 4, 6, 10, 2, CHI)
    d2 = T(2026, 4, 10, 11, 48, CHI)
    s, e = T(2026, 4, 14, 12, 0, DEN), T(2026, 4, 14, 13, 0, DEN)
    sc, ec = s.astimezone(ZoneInfo(CHI)), e.astimezone(ZoneInfo(CHI))
    zoom = "https://orchardpine.zoom.example/j/91827364510"
    html1 = html_wrap(
        "<p>Hi Tessa,</p><p>Your interview with <b>Orchard &amp; Pine</b> is confirmed.</p>"
        "<table cellpadding=\"4\" style=\"font-size:14px\">"
        "<tr><td><b>Position</b></td><td>Senior UX Researcher, Marketplace</td></tr>"
        "<tr><td><b>Interview</b></td><td>Research Lead Interview</td></tr>"
        f"<tr><td><b>Date</b></td><td>Tuesday, April 14, 2026</td></tr>"
        f"<tr><td><b>Time</b></td><td>{s.strftime('%-I:%M %p')} - {e.strftime('%-I:%M %p')} MDT (your time zone)<br>"
        f"<span style=\"color:#777\">{sc.strftime('%-I:%M %p')} - {ec.strftime('%-I:%M %p')} CDT</span></td></tr>"
        f"<tr><td><b>Interviewer</b></td><td>Felix Amundsen, Research Lead</td></tr>"
        f"<tr><td><b>Where</b></td><td>Zoom: <a href=\"{zoom}\">{zoom}</a></td></tr></table>"
        "<p>Need to make a change? Reply to this email and Bianca will help.</p>"
        "<p style=\"color:#999;font-size:11px\">Scheduling powered by GoodTime</p>", "Inter,Arial,sans-serif")
    ev = vevent("gt-7d1f4c90-2b6e-4a77-9c13-orchardpine", s, e,
                "Orchard & Pine | Research Lead Interview | Tessa Lindqvist", bianca,
                [("Tessa Lindqvist", OWNER), felix], d1, description=f"Research Lead Interview with Felix Amundsen.\nZoom: {zoom}",
                location=zoom)
    cal = calendar("-//GoodTime//Scheduler 2.0//EN", "REQUEST", [ev])
    m1 = mail("Orchard & Pine Recruiting <scheduling@orchardpine.goodtime.example>", OWNER_HDR,
              "Interview Confirmed: Orchard & Pine - Senior UX Researcher, Marketplace", d1, html=html1,
              reply_to=f"{bianca[0]} <{bianca[1]}>", attach=("interview.ics", cal, "text/calendar"))
    p2 = ("Hi Tessa,\n\nThank you for letting me know, and congratulations on the new role! I've canceled "
          "Tuesday's interview with Felix and closed out your application on our side. We'd love to stay in "
          "touch down the road.\n\nAll the best,\nBianca\n\nBianca Flores | Recruiting Coordinator\nOrchard & Pine\n"
          "(512) 555-0166\n\n"
          f"On Fri, Apr 10, 2026 at 10:31 AM Tessa Lindqvist <{OWNER}> wrote:\n"
          "> Hi Bianca,\n>\n> I wanted to let you know right away that I've accepted an offer with another\n"
          "> company, so I'd like to withdraw from the Senior UX Researcher process. Could\n"
          "> you please cancel my interview with Felix on Tuesday the 14th? I really\n"
          "> appreciated how thoughtful the process has been.\n>\n> Thanks,\n> Tessa\n")
    m2 = mail(f"{bianca[0]} <{bianca[1]}>", OWNER_HDR, "Re: Withdrawing - Senior UX Researcher, Marketplace", d2,
              plain=p2, in_reply_to="<CAF3tl-withdraw-0410@mail.example.com>")
    case(cid, [("01-goodtime-confirmed.eml", m1), ("02-re-withdrawing.eml", m2)], {
        "interviews": [iv("Orchard & Pine", "Senior UX Researcher, Marketplace", s, e, "cancelled",
                          [felix[1]], [felix[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/cancellation",
        "notes": "GoodTime confirmation (HTML table, MDT and CDT both shown), then the candidate withdraws after "
                 "accepting another offer and the coordinator confirms the cancellation. README: candidate "
                 "withdrawal keeps the interview with status cancelled."})


def c09():
    cid = "b104-09-zoho-two-part-onsite-day"
    mar = ("Maribel Quintero", "maribel.q@caprock.example")
    grant = ("Grant Lobo", "grant.lobo@caprock.example")
    aiy = ("Aiyana Redcloud", "aiyana.redcloud@caprock.example")
    sim = ("Simone Varga", "simone.varga@caprock.example")
    dev = ("Dev Khatri", "dev.khatri@caprock.example")
    d1 = T(2026, 4, 1, 14, 20, CHI)
    s1, e1 = T(2026, 4, 9, 9, 30, CHI), T(2026, 4, 9, 11, 30, CHI)
    s2, e2 = T(2026, 4, 9, 13, 0, CHI), T(2026, 4, 9, 15, 0, CHI)
    rows = [("9:30 - 11:30 AM", "Part 1: Portfolio deep dive", f"{grant[0]} ({grant[1]}), {aiy[0]} ({aiy[1]})"),
            ("11:30 AM - 1:00 PM", "Lunch with the design team (not an interview!)", "-"),
            ("1:00 - 3:00 PM", "Part 2: Research exercise + hiring manager", f"{sim[0]} ({sim[1]}), {dev[0]} ({dev[1]})")]
    tbl = ("<table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse\"><tr><th>Time (CT)</th><th>Session</th>"
           "<th>With</th></tr>" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>")
    html = html_wrap(
        "<div>Hi Tessa,<br><br>We're excited to host you in Austin! Here's the plan for your onsite on "
        "<b>Thursday, April 9</b> for the Senior UX Researcher, Platform role. You'll get two separate calendar "
        "holds (one per part) so the rooms are right.<br><br>" + tbl +
        "<br>Check in at the front desk on 4 by 9:15. Parking validation is available in the Lamar garage.<br><br>"
        "Travel: Kenji from our travel desk will send your flight (DEN-AUS, Wed 4/8) and hotel confirmation "
        "separately.<br><br>Cheers,<br>Maribel<br><br>Maribel Quintero<br>People Operations, Caprock Systems<br>"
        "901 S Lamar Blvd, 4th Floor, Austin, TX 78704<br>Cell: 512-555-0121</div>", "Verdana,Arial,sans-serif")
    m1 = mail(f"{mar[0]} <{mar[1]}>", OWNER_HDR, "Your Caprock onsite - Thursday 4/9 agenda", d1, html=html,
              headers=[("X-Mailer", "Zoho Mail"), ("X-ZohoMail-DKIM", "pass")])
    where = "Caprock Systems, 901 S Lamar Blvd, 4th Floor, Austin, TX 78704 - Room Pecos"
    zprod = "-//Zoho Corporation//Zoho Calendar//EN"
    tzs = [vtz_olson(CHI, "CST", "CDT")]
    c1 = calendar(zprod, "REQUEST", [vevent("zc-4a1e77e0b2@caprock.example", s1, e1,
                                            "Caprock Onsite Part 1 - Portfolio deep dive (Tessa Lindqvist)", mar,
                                            [("Tessa Lindqvist", OWNER), grant, aiy], d1, location=where, tzid=CHI,
                                            description="Part 1 of 2. Portfolio deep dive with Grant and Aiyana.")], tzs)
    c2 = calendar(zprod, "REQUEST", [vevent("zc-4a1e77e0b3@caprock.example", s2, e2,
                                            "Caprock Onsite Part 2 - Research exercise + HM (Tessa Lindqvist)", mar,
                                            [("Tessa Lindqvist", OWNER), sim, dev], d1, location=where, tzid=CHI,
                                            description="Part 2 of 2. Research exercise with Simone, then hiring manager time with Dev.")], tzs)
    ivs = [grant[1], aiy[1], sim[1], dev[1]]
    case(cid, [("01-onsite-agenda.eml", m1), ("02-onsite-part1.ics", c1), ("03-onsite-part2.ics", c2)], {
        "interviews": [iv("Caprock Systems", "Senior UX Researcher, Platform", s1, e2, "scheduled", ivs, ivs, "onsite")],
        "difficulty": "medium", "category": "positive/onsite-loop",
        "notes": "Zoho Mail HTML agenda plus two Zoho Calendar .ics holds; one onsite day with a lunch break -> ONE "
                 "onsite interview 9:30-15:00 CDT with all four interviewers."})


def c10():
    cid = "b104-10-webmail-screen-then-hm-google-invite"
    rh = ("Rhonda Keel", "rhonda.keel@mail.example")
    dana = ("Dana Whitcombe", "dana.whitcombe@kitehill.example")
    ym = [("X-Mailer", "WebService/1.1.24187 MailExampleWeb Norrin")]
    d1 = T(2026, 3, 9, 13, 10, LAX)
    d2 = T(2026, 3, 9, 17, 2, LAX)
    d3 = T(2026, 3, 13, 9, 25, LAX)
    d4 = T(2026, 3, 13, 10, 3, LAX)
    s1, e1 = T(2026, 3, 12, 16, 30, LAX), T(2026, 3, 12, 17, 0, LAX)
    s2, e2 = T(2026, 3, 17, 12, 0, LAX), T(2026, 3, 17, 12, 45, LAX)
    p1 = ("Hi Tessa!\n\nI'm a contract recruiter working with Kitehill (they build planning tools for "
          "construction crews) on their Staff UX Researcher search. Your profile is a really strong match. "
          "Could we do a 30 min phone call - Thu 3/12 @ 4:30p PST? I'll cover the role, comp range and "
          "process.\n\nRhonda\n\nRhonda Keel\nKeel Talent | recruiting for Kitehill\n(650) 555-0193\n")
    mid1 = "<1741551000.2216.rk@mail.example>"
    m1 = mail(f"{rh[0]} <{rh[1]}>", OWNER, "Staff UX Researcher @ Kitehill - quick call?", d1, plain=p1, msgid=mid1,
              headers=ym, cte="7bit")
    p2 = ("Perfect - Thursday it is. I'll call 720-555-0143 at 4:30 Pacific / 5:30 your time.\n\nRhonda\n\n"
          "Sent from MailExample on Android\n\n"
          f"On Monday, March 9, 2026, 4:48 PM, Tessa Lindqvist <{OWNER}> wrote:\n\n"
          "Hi Rhonda,\n\nThanks for reaching out - Kitehill sounds interesting. Thursday at 4:30 Pacific works; that's "
          "5:30 my time (Mountain). Best number is 720-555-0143.\n\nTessa\n")
    mid2 = "<1741565000.7781.rk@mail.example>"
    m2 = mail(f"{rh[0]} <{rh[1]}>", OWNER, "Re: Staff UX Researcher @ Kitehill - quick call?", d2, plain=p2,
              msgid=mid2, in_reply_to="<CAF3tl-kite-0309@mail.example.com>", references=f"{mid1} <CAF3tl-kite-0309@mail.example.com>",
              headers=ym, cte="quoted-printable")
    p3 = ("Hi Tessa,\n\nGreat chatting yesterday! Good news: Dana Whitcombe (Head of Design Research) would like to "
          "meet you. She has Tue 3/17 at noon Pacific open - 45 min on Google Meet. I told her that works for you "
          "(you mentioned Tuesday was wide open). Invite will come straight from Dana.\n\nRhonda\n")
    m3 = mail(f"{rh[0]} <{rh[1]}>", OWNER, "Next step w/ Kitehill", d3, plain=p3, headers=ym,
              in_reply_to=mid2, references=f"{mid1} {mid2}")
    title = "Kitehill - Hiring manager conversation (Tessa Lindqvist)"
    ld, le = s2.astimezone(ZoneInfo(DEN)), e2.astimezone(ZoneInfo(DEN))
    meet = "https://meet.google.example/kth-hmgr-qxa"
    p4 = (f"{title}\n{ld.strftime('%A %b %-d, %Y')} \u22c5 {ld.strftime('%-I')}pm \u2013 {le.strftime('%-I:%M')}pm\n"
          f"Mountain Time - Denver\n\nJoin with Google Meet\n{meet}\n\nOrganizer\n{dana[0]}\n{dana[1]}\n\n"
          f"Guests\n{dana[0]} - organizer\n{dana[1]}\n{OWNER}\n{rh[1]} - optional\n\n"
          f"Invitation from Google Calendar: https://calendar.google.example/\n")
    ev = vevent("0c6r2kp8d1hitekill@google.example", s2, e2, title, dana,
                [(dana[0], dana[1], "ACCEPTED"), (OWNER, OWNER), (rh[0], rh[1])], d4,
                description="45 min with Dana, Head of Design Research.\n" + meet, extra=[f"X-GOOGLE-CONFERENCE:{meet}"])
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [ev])
    m4 = mail(f"{dana[0]} <{dana[1]}>", OWNER,
              f"Invitation: {title} @ {ld.strftime('%a %b %-d, %Y')} {ld.strftime('%-I')}pm - {le.strftime('%-I:%M')}pm (MDT) ({OWNER})",
              d4, plain=p4, html=html_wrap(p4.replace("\n", "<br>")), cte="base64", cal=cal,
              sender="Google Calendar <calendar-notification@google.example>", reply_to=f"{dana[0]} <{dana[1]}>",
              attach=("invite.ics", cal, "application/ics"))
    case(cid, [("01-rhonda-quick-call.eml", m1), ("02-re-quick-call.eml", m2), ("03-next-step.eml", m3),
               ("04-google-invite-dana.eml", m4)], {
        "interviews": [
            iv("Kitehill", "Staff UX Researcher", s1, e1, "scheduled", [rh[1]], [rh[1]], "phone_screen"),
            iv("Kitehill", "Staff UX Researcher", s2, e2, "scheduled", [dana[1]], [dana[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/two-interviews",
        "notes": "Yahoo-like webmail recruiter: 'Thu 3/12 @ 4:30p PST' (after DST; the reply pins it as 4:30 Pacific "
                 "= 5:30 Mountain, so -07:00); then a Google invite shown in MDT (1pm) for 'noon Pacific'. Two "
                 "interviews: contract recruiter's screen and hiring-manager call."})


def c11():
    cid = "b104-11-zoho-half-past-ten-tomorrow"
    k = ("Keisha Odom", "keisha.odom@marlowefreight.example")
    d1 = T(2026, 3, 30, 9, 5, CHI)
    d2 = T(2026, 3, 30, 11, 52, CHI)
    s, e = T(2026, 3, 31, 10, 30, CHI), T(2026, 3, 31, 11, 0, CHI)
    zh = [("X-Mailer", "Zoho Mail"), ("X-ZohoMailClient", "External")]
    sig = ("\n\nKeisha Odom\nTalent Acquisition Manager\nMarlowe Freight | 180 N LaSalle St, Suite 2900, Chicago, IL 60601\n"
           "T: 312.555.0157\n")
    p1 = ("Good morning Tessa,\n\nThank you for your interest in the UX Researcher (Logistics Platform) position. I'd "
          "like to set up a 30-minute introductory phone call. Would tomorrow at half past ten Central work for "
          "you? If not, Wednesday after 1 is also open." + sig)
    mid1 = "<18e3d7a4b01.keisha.odom@marlowefreight.example>"
    m1 = mail(f"{k[0]} <{k[1]}>", OWNER_HDR, "UX Researcher (Logistics Platform) - intro call", d1, plain=p1,
              html=html_wrap(p1.replace("\n", "<br>"), "Verdana,Arial"), msgid=mid1, headers=zh)
    p2 = ("Perfect, you're on my calendar. I'll call you at (720) 555-0143 tomorrow at 10:30 CT." + sig +
          f"\n\n---- On Mon, 30 Mar 2026 10:37:12 -0600 Tessa Lindqvist <{OWNER}> wrote ---\n\n"
          "> Hi Keisha,\n>\n> Tomorrow at 10:30 Central works great (9:30 for me in Denver). The best number\n"
          "> to reach me is (720) 555-0143.\n>\n> Thanks!\n> Tessa\n>\n"
          "> ---- On Mon, 30 Mar 2026 09:05:00 -0500 Keisha Odom wrote ---\n> Good morning Tessa, ...\n")
    m2 = mail(f"{k[0]} <{k[1]}>", OWNER_HDR, "Re: UX Researcher (Logistics Platform) - intro call", d2, plain=p2,
              in_reply_to="<CAF3tl-marlowe-0330@mail.example.com>", references=f"{mid1} <CAF3tl-marlowe-0330@mail.example.com>",
              headers=zh)
    case(cid, [("01-intro-call.eml", m1), ("02-re-intro-call.eml", m2)], {
        "interviews": [iv("Marlowe Freight", "UX Researcher (Logistics Platform)", s, e, "scheduled", [k[1]], [k[1]], "phone_screen")],
        "difficulty": "medium", "category": "positive/thread-relative-date",
        "notes": "Zoho Mail thread: 'tomorrow at half past ten Central' resolved against Mon Mar 30 -> Tue Mar 31 "
                 "10:30 CDT; 30 minutes; recruiter conducts the screen."})


def c12():
    cid = "b104-12-youcanbookme-booked-research-interview"
    im = ("Imani Brooks", "imani.brooks@brightwater.example")
    d1 = T(2026, 4, 13, 12, 30, NYC)
    d2 = T(2026, 4, 14, 20, 11, DEN)
    s, e = T(2026, 4, 22, 14, 0, DEN), T(2026, 4, 22, 15, 0, DEN)
    p1 = ("Hi Tessa,\n\nThanks for sending over your case study - the team loved the way you triangulated the "
          "survey data. Next up is a 60 minute mixed-methods interview with me. Please pick a slot here:\n"
          "https://brightwater-research.youcanbook.example\n\nImani\n\nImani Brooks\nResearch Lead, Brightwater Learning\n"
          "New York, NY | 646-555-0108\n")
    m1 = mail(f"{im[0]} <{im[1]}>", OWNER_HDR, "Brightwater - next step", d1, plain=p1)
    zoom = "https://brightwater.zoom.example/j/73302918845"
    p2 = ("Hi Tessa,\n\nYour booking is confirmed.\n\n"
          "What: Mixed-methods interview - UX Researcher (Brightwater Learning)\n"
          "When: Wed 22 Apr 2026, 14:00 - 15:00 (America/Denver)\n"
          f"Where: Zoom - {zoom}\nWith: Imani Brooks\n\n"
          "Need to change it? https://brightwater-research.youcanbook.example/cancel/3bd71c2e\n\n"
          "Booking reference: BWL-3BD71C2E\n\nSent by YouCanBook.me on behalf of Brightwater Learning\n")
    ev = vevent("3bd71c2e-0a44-4d8e-9e61-ycbm@youcanbook.example", s, e,
                "Mixed-methods interview - UX Researcher (Brightwater Learning)", im,
                [("Tessa Lindqvist", OWNER, "ACCEPTED")], d2, description="With Imani Brooks\nZoom: " + zoom,
                location=zoom)
    cal = calendar("-//YouCanBook.me//YCBM//EN", "REQUEST", [ev])
    m2 = mail("Brightwater Learning <bookings@youcanbook.example>", OWNER_HDR,
              "Confirmed: Mixed-methods interview - Wed 22 Apr 2026 14:00", d2, plain=p2,
              html=html_wrap(p2.replace("\n", "<br>")), reply_to=f"{im[0]} <{im[1]}>", attach=("booking.ics", cal, "text/calendar"))
    case(cid, [("01-imani-next-step.eml", m1), ("02-ycbm-confirmed.eml", m2)], {
        "interviews": [iv("Brightwater Learning", "UX Researcher", s, e, "scheduled", [im[1]], [im[1]], "technical")],
        "difficulty": "medium", "category": "positive/scheduling-link-booked",
        "notes": "YouCanBook.me booking confirmation with 24h time in the booker's zone (America/Denver, MDT) and a "
                 "UTC .ics; Zoom link. Preceded by the (unbooked) link e-mail."})


def c13():
    cid = "b104-13-html-thread-2pm-et-research-critique"
    ama = ("Ama Owusu-Hart", "ama.owusuhart@lanterncivic.example")
    joel = ("Joel Brandt", "joel.brandt@lanterncivic.example")
    d1 = T(2026, 4, 20, 10, 14, NYC)
    d2 = T(2026, 4, 20, 15, 40, NYC)
    s, e = T(2026, 4, 24, 14, 0, NYC), T(2026, 4, 24, 14, 45, NYC)
    sig = ("<p style=\"color:#555\">Ama Owusu-Hart<br>Principal Researcher | Lantern Civic<br>"
           "55 Water Street, 12th Floor, Brooklyn, NY 11201<br>(718) 555-0181</p>")
    h1 = html_wrap(
        "<p>Hi Tessa,</p><p>Thanks for a great conversation with Marcus last week. The next step for the Senior "
        "Researcher, Civic Services role is a <b>research critique</b>: Joel and I will share a short study "
        "readout from our benefits-enrollment work and ask you to critique the approach with us. It takes 45 "
        "minutes and there's nothing to prepare.</p><p>Could you do this Friday, 4/24, at 2pm ET? Joel is cc'd.</p>" + sig,
        "Aptos,Calibri,sans-serif")
    mid1 = "<DM6PR05MB7741A2B1C3D4E5F6@DM6PR05MB7741.namprd05.prod.outlook.example>"
    m1 = mail(f"{ama[0]} <{ama[1]}>", OWNER_HDR, "Research critique - Friday?", d1, html=h1, cc=f"{joel[0]} <{joel[1]}>",
              msgid=mid1, headers=[("X-Mailer", "Microsoft Outlook for Mac 16.95")])
    h2 = html_wrap(
        "<p>Wonderful - Friday at 2pm ET it is. I'll send a Teams link in a separate invite shortly; if it somehow "
        "doesn't arrive, use this one: <a href=\"https://teams.microsoft.example/l/meetup-join/19%3ameeting_LanternCivic\">Join "
        "the meeting</a>.</p><p>Talk Friday,<br>Ama</p>" + sig +
        "<hr><p><b>From:</b> Tessa Lindqvist &lt;tessa.lindqvist@example.com&gt;<br><b>Sent:</b> Monday, April 20, 2026 1:21 PM<br>"
        "<b>To:</b> Ama Owusu-Hart &lt;ama.owusuhart@lanterncivic.example&gt;<br><b>Cc:</b> Joel Brandt &lt;joel.brandt@lanterncivic.example&gt;<br>"
        "<b>Subject:</b> Re: Research critique - Friday?</p>"
        "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\"><p>Hi Ama,</p><p>Friday at 2pm ET works well - "
        "that's noon for me in Denver. Looking forward to meeting you and Joel.</p><p>Best,<br>Tessa</p></blockquote>",
        "Aptos,Calibri,sans-serif")
    m2 = mail(f"{ama[0]} <{ama[1]}>", OWNER_HDR, "RE: Research critique - Friday?", d2, html=h2, html_cte="base64",
              cc=f"{joel[0]} <{joel[1]}>", in_reply_to="<CAF3tl-lantern-0420@mail.example.com>",
              references=f"{mid1} <CAF3tl-lantern-0420@mail.example.com>",
              headers=[("X-Mailer", "Microsoft Outlook for Mac 16.95")])
    case(cid, [("01-ama-critique.eml", m1), ("02-re-critique-confirmed.eml", m2)], {
        "interviews": [iv("Lantern Civic", "Senior Researcher, Civic Services", s, e, "scheduled",
                          [ama[1], joel[1]], [ama[1], joel[1]], "technical")],
        "difficulty": "medium", "category": "positive/email-thread-html",
        "notes": "HTML-only Outlook-for-Mac thread (second mail base64) with quoted reply; '2pm ET' on Fri 4/24 "
                 "= 14:00 EDT, 45 min; Ama and Joel run the critique."})


# =========================================================================== NEGATIVES
def n14():
    cid = "b104-14-neg-research-interview-sessions-she-moderates"
    carla = ("Carla Benning", "cbenning@ridgeback.example")
    jun = ("Jun Park", "jpark@ridgeback.example")
    d1 = T(2026, 3, 3, 9, 12, DEN)
    s, e = T(2026, 3, 11, 10, 0, DEN), T(2026, 3, 11, 11, 0, DEN)
    title = "Research interview - P07 - Trail Planner study (Tessa moderating)"
    body = ("Hi Tessa,\n\nConfirmed participant P07 for your Trail Planner interviews (recruited via Panelgrove; "
            "incentive $90 sent after the session). You're moderating, Jun is note-taker. Consent form is signed and "
            "the interview guide v3 is in the study folder. Participant will join via the Zoom link below - please "
            "don't share their email.\n\nCarla Benning\nResearch Operations | Ridgeback Outdoor\n1600 Wynkoop St, Denver, CO 80202\n\n"
            "Zoom: https://ridgeback.zoom.example/j/88120044921\n")
    p = outlook_plain(outlook_when(s, e, "(UTC-07:00) Mountain Time (US & Canada)."), "Zoom", body)
    ev = vevent("040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC010000000000000000100000009F8E7D6C",
                s, e, title, carla, [("Tessa Lindqvist", OWNER), jun], d1, description=p, location="Zoom",
                tzid="Mountain Standard Time", extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"])
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], [vtz_windows("Mountain Standard Time", DEN)])
    m = mail(f"{carla[0]} <{carla[1]}>", f"{OWNER_HDR}, {jun[0]} <{jun[1]}>", title, d1, plain=p, cal=cal, cal_cte="base64",
             headers=[("Content-class", "urn:content-classes:calendarmessage")])
    d2 = T(2026, 3, 3, 9, 30, DEN)
    p2 = ("Hi Tessa,\n\nQuick summary of the Trail Planner schedule so far:\n\n"
          "  P05  Mon 3/9   1:00 PM MT   confirmed\n  P06  Tue 3/10  9:00 AM MT   confirmed\n"
          "  P07  Wed 3/11 10:00 AM MT   confirmed\n  P08  Thu 3/12  3:30 PM MT   pending screener\n\n"
          "All participant sessions are 60 minutes. Let me know if you want a buffer between P06 and P07.\n\nCarla\n")
    m2 = mail(f"{carla[0]} <{carla[1]}>", OWNER_HDR, "Trail Planner - participant session schedule", d2, plain=p2)
    case(cid, [("01-research-interview-p07.eml", m), ("02-participant-schedule.eml", m2)],
         neg("hard", "negative/user-is-interviewer",
             "Outlook invite (Mountain Standard Time) for a user-research interview the owner moderates at her "
             "contract job plus a participant-session schedule. She is the interviewer, not a candidate."))


def n15():
    cid = "b104-15-neg-calendly-participant-session-host"
    d = T(2026, 3, 17, 19, 44, DEN)
    p = ("Hi Tessa Lindqvist,\n\nA new event has been scheduled.\n\nEvent Type:\nParticipant session - meal kit "
         "diary study (45 min)\n\nInvitee:\nDerrick Ames\n\nInvitee Email:\nderrick.ames@mail.example\n\n"
         "Event Date/Time:\n02:00pm - 02:45pm (Mountain Time - US & Canada) on Monday, March 23, 2026\n\n"
         "Location:\nThis is a Google Meet web conference.\n\nQuestions:\nHow many times a week do you cook at home?\n"
         "4-5\n\nAre you comfortable being recorded for research purposes?\nYes\n\n"
         "View event in Calendly: https://calendly.example/scheduled_events/6a2d9e31\n\nPowered by Calendly.example\n")
    m = mail("Calendly <notifications@calendly.example>", OWNER_HDR,
             "New Event: Derrick Ames - 02:00pm Mon, Mar 23, 2026 - Participant session - meal kit diary study (45 min)",
             d, plain=p, html=html_wrap(p.replace("\n", "<br>")), reply_to="Derrick Ames <derrick.ames@mail.example>")
    case(cid, [("01-calendly-new-event.eml", m)],
         neg("hard", "negative/user-is-interviewer",
             "Calendly host notification: a study participant booked a research session on the owner's own "
             "Calendly. She runs the session; not a job interview."))


def n16():
    cid = "b104-16-neg-podcast-interview-ux"
    mara = ("Mara Quill", "mara@signalandnoise-pod.example")
    d1 = T(2026, 3, 20, 12, 4, LAX)
    s, e = T(2026, 4, 7, 10, 0, LAX), T(2026, 4, 7, 11, 0, LAX)
    p1 = ("Hi Tessa,\n\nI host Signal & Noise, a small podcast about UX research practice. Your talk on diary studies at "
          "Front Range UX was fantastic and I'd love to interview you for an episode. We record remotely on Riverside; "
          "it's a relaxed 45-minute conversation plus setup. I've sent a calendar hold for Tue Apr 7 at 10am Pacific "
          "(11 your time) - move it if needed!\n\nMara Quill\nHost, Signal & Noise\n")
    ev = vevent("sn-ep48-lindqvist@signalandnoise-pod.example", s, e, "Signal & Noise podcast interview - Tessa Lindqvist (Ep. 48)",
                mara, [("Tessa Lindqvist", OWNER)], d1, description="Recording on Riverside: https://riverside.example/studio/signal-noise\n"
                "Guest prep: headphones, quiet room.", location="https://riverside.example/studio/signal-noise")
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [ev])
    m = mail(f"{mara[0]} <{mara[1]}>", OWNER_HDR, "Podcast interview? Signal & Noise Ep. 48", d1, plain=p1,
             attach=("invite.ics", cal, "application/ics"))
    case(cid, [("01-podcast-interview-invite.eml", m)],
         neg("hard", "negative/podcast",
             "Podcast host invites the owner to be interviewed on a UX podcast, with a calendar hold. Press/podcast "
             "interviews are not job interviews."))


def n17():
    cid = "b104-17-neg-panel-vendor-usability-study"
    d = T(2026, 3, 26, 8, 0, NYC)
    html = html_wrap(
        "<h2 style=\"color:#2a5d84\">You're a match for a paid study!</h2>"
        "<p>Hi Tessa,</p><p>Based on your Panelgrove profile, you qualify for a <b>60-minute remote interview</b> "
        "with a product team building <b>job search tools for designers and researchers</b>.</p>"
        "<table cellpadding=\"6\" border=\"1\" style=\"border-collapse:collapse\">"
        "<tr><td>Format</td><td>1:1 video interview + short usability test</td></tr>"
        "<tr><td>Incentive</td><td>$150 (PayPal or gift card)</td></tr>"
        "<tr><td>Sessions</td><td>Mar 31 - Apr 3, pick a time after the screener</td></tr>"
        "<tr><td>Candidate profile</td><td>Actively job hunting in UX/product roles</td></tr></table>"
        "<p><a href=\"https://panelgrove.example/s/8841-jobtools\">Take the 3-minute screener</a></p>"
        "<p>Spots fill fast - once approved, you'll schedule your session on the next page.</p>"
        "<p style=\"font-size:11px;color:#888\">Panelgrove Research Panel, 41 Union Sq W, New York, NY. "
        "<a href=\"https://panelgrove.example/unsub\">Unsubscribe</a></p>", "Arial,sans-serif")
    m = mail("Panelgrove Studies <studies@panelgrove.example>", OWNER, "Paid interview study ($150): job search tools for UX folks",
             d, html=html, headers=[("List-Unsubscribe", "<https://panelgrove.example/unsub>")])
    case(cid, [("01-panel-study-invite.eml", m)],
         neg("hard", "negative/paid-user-research",
             "Research-panel vendor recruits the owner as a paid participant for an 'interview' about job search "
             "tools; unbooked screener. Not a job interview."))


def n18():
    cid = "b104-18-neg-coffee-chat-declined"
    jr = ("Jared Whitman", "jared.whitman@halcyonbank.example")
    d1 = T(2026, 3, 19, 15, 12, DEN)
    d2 = T(2026, 3, 20, 9, 40, DEN)
    p1 = ("Hi Tessa,\n\nI'm a recruiter on Halcyon Bank's digital team here in Denver. We're hiring a Senior UX "
          "Researcher for our mobile banking app and I think you'd be a great candidate. Would you be up for a "
          "casual coffee chat before anything formal - say Thursday 3/26 at 10am at Corvus Coffee on South "
          "Broadway? My treat.\n\nJared Whitman\nTalent Acquisition, Halcyon Bank\n1700 Lincoln St, Denver, CO 80203\n"
          "303-555-0116\n")
    mid1 = "<CAHb-jw-coffee-0319@halcyonbank.example>"
    m1 = mail(f"{jr[0]} <{jr[1]}>", OWNER_HDR, "Coffee chat? Senior UX Researcher role", d1, plain=p1, msgid=mid1)
    p2 = ("Totally understand, Tessa - thanks for the quick and kind reply. I'll keep you in mind if we open "
          "anything closer to product-company work. Good luck with the search!\n\nJared\n\n"
          f"On Thu, Mar 19, 2026 at 8:03 PM Tessa Lindqvist <{OWNER}> wrote:\n"
          "> Hi Jared, thanks so much for thinking of me! I'm going to pass for now - I'm\n"
          "> focusing my search on product companies and don't want to take your time.\n"
          "> Happy to stay connected.\n> Tessa\n")
    m2 = mail(f"{jr[0]} <{jr[1]}>", OWNER_HDR, "Re: Coffee chat? Senior UX Researcher role", d2, plain=p2,
              in_reply_to="<CAF3tl-halcyon-0319@mail.example.com>", references=f"{mid1} <CAF3tl-halcyon-0319@mail.example.com>")
    case(cid, [("01-coffee-chat-proposal.eml", m1), ("02-re-coffee-chat.eml", m2)],
         neg("hard", "negative/declined-proposal",
             "Recruiter proposes a coffee chat with a concrete time; the owner declines and it never happens."))


def n19():
    cid = "b104-19-neg-recruiter-newsletter"
    d = T(2026, 4, 2, 7, 30, CHI)
    roles = [("Senior UX Researcher", "Fintech, Chicago (hybrid)", "$150-175k"),
             ("Lead Researcher", "Healthcare SaaS, Remote US", "$165-190k"),
             ("UX Researcher II", "Marketplace, Austin", "$120-140k"),
             ("Research Ops Manager", "Edtech, New York", "$135-155k")]
    html = html_wrap(
        "<h1 style=\"font-size:20px\">The Research Roundup - April 2026</h1>"
        "<p>Hi Tessa, here's what our recruiters are working on this month.</p>"
        "<table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse\"><tr><th>Role</th><th>Company</th><th>Range</th></tr>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in roles) + "</table>"
        "<h2 style=\"font-size:16px\">Nail the portfolio interview</h2>"
        "<p>Most research loops now include a 45-60 minute portfolio presentation. Our tip: show one study in depth, "
        "including what you'd change. Candidates who schedule a mock interview with our coaches see 2x more "
        "onsite invites.</p><p><a href=\"https://talentgrove.example/book\">Schedule a call with a recruiter</a> | "
        "<a href=\"https://talentgrove.example/webinar\">Webinar: Thu Apr 16, 12pm CT - Interviewing as a researcher</a></p>"
        "<p style=\"font-size:11px;color:#888\">Talentgrove Partners, 311 W Superior St, Chicago, IL 60654. "
        "You're receiving this because you registered as a candidate. <a href=\"https://talentgrove.example/u\">Unsubscribe</a></p>",
        "Georgia,serif")
    m = mail("Talentgrove Partners <newsletter@talentgrove.example>", OWNER,
             "The Research Roundup: 4 new UX research roles + portfolio interview tips", d, html=html,
             headers=[("List-Unsubscribe", "<https://talentgrove.example/u>"), ("Precedence", "bulk")])
    case(cid, [("01-research-roundup.eml", m)],
         neg("medium", "negative/newsletter",
             "Recruiting-agency newsletter with open roles, interview tips, a webinar time and a 'schedule a call' link."))


def n20():
    cid = "b104-20-neg-youcanbookme-unbooked-reminder"
    r = ("Sofia Marchetti", "sofia.marchetti@greyline.example")
    d1 = T(2026, 4, 6, 13, 0, LAX)
    d2 = T(2026, 4, 9, 9, 15, LAX)
    p1 = ("Hi Tessa,\n\nGreat news - the Greyline Mobility research team would like to move you forward for the "
          "UX Researcher, Rider Experience role! The next step is a 45-minute interview with two of our researchers.\n\n"
          "Please choose a time that works for you here: https://greyline-interviews.youcanbook.example\n"
          "Available slots are Tuesday-Thursday next week, 9am-3pm Pacific.\n\nBest,\nSofia Marchetti\n"
          "Recruiting Coordinator, Greyline Mobility | 500 Terry Francois St, San Francisco, CA\n")
    mid1 = "<gl-sm-0406-invite@greyline.example>"
    m1 = mail(f"{r[0]} <{r[1]}>", OWNER_HDR, "Greyline Mobility - schedule your interview", d1, plain=p1, msgid=mid1)
    p2 = ("Hi Tessa,\n\nJust a friendly nudge - I don't see a booking yet for your interview with the research team. "
          "Slots for next week close Friday at 5pm Pacific, so grab one when you can:\n"
          "https://greyline-interviews.youcanbook.example\n\nIf none of the times work, let me know and I'll find "
          "something else.\n\nSofia\n")
    m2 = mail(f"{r[0]} <{r[1]}>", OWNER_HDR, "Re: Greyline Mobility - schedule your interview", d2, plain=p2,
              in_reply_to=mid1)
    case(cid, [("01-schedule-your-interview.eml", m1), ("02-reminder-not-booked.eml", m2)],
         neg("hard", "negative/availability-request",
             "YouCanBook.me link to book an interview plus a reminder that nothing is booked yet. Unbooked scheduling "
             "link -> not an interview."))


def n21():
    cid = "b104-21-neg-one-way-video-interview"
    d = T(2026, 3, 16, 10, 0, NYC)
    due = T(2026, 3, 20, 23, 59, DEN)
    p = ("Hi Tessa,\n\nHollis & Vane has invited you to complete an on-demand video interview for the UX Researcher "
         "position.\n\nYou'll record answers to 4 questions (about 2 minutes each). There's no live interviewer - "
         "record whenever you like before the deadline.\n\n"
         f"Deadline: Friday, March 20, 2026 at 11:59 PM MDT\n\n"
         "Start your interview: https://app.clipwise.example/i/hv-9d21c7\n\n"
         "Tips: find a quiet spot, test your camera, and take a practice question first.\n\n"
         "Good luck!\nThe Clipwise team, on behalf of Hollis & Vane\n")
    m = mail("Hollis & Vane via Clipwise <no-reply@clipwise.example>", OWNER, "Action needed: your video interview for Hollis & Vane",
             d, plain=p, html=html_wrap(p.replace("\n", "<br>")))
    case(cid, [("01-video-interview-invite.eml", m)],
         neg("hard", "negative/one-way-video",
             "One-way recorded video interview with a deadline; no live conversation -> assessment, not an interview."))


def n22():
    cid = "b104-22-neg-rejection-after-interview"
    d = T(2026, 3, 6, 14, 20, LAX)
    html = html_wrap(
        "<p>Hi Tessa,</p><p>Thank you for interviewing with us on Tuesday, March 3 for the Lead UX Researcher role at "
        "Sundial Health. The panel really enjoyed your presentation on the clinician-scheduling study.</p>"
        "<p>After a lot of discussion we've decided to move forward with another candidate whose background is closer "
        "to our current clinical workflows. This was a difficult decision.</p>"
        "<p>We'd love to keep in touch - if a role opens up that fits, I may reach out to schedule a call.</p>"
        "<p>Warmly,<br>Talia Greer<br>Recruiter, Sundial Health<br>San Francisco, CA</p>"
        "<p style=\"font-size:11px;color:#999\">Sent via Greenhouse</p>", "Helvetica,Arial,sans-serif")
    m = mail("Talia Greer <no-reply@greenhouse-mail.example>", OWNER_HDR, "Your application to Sundial Health", d,
             html=html, reply_to="Talia Greer <talia.greer@sundialhealth.example>")
    case(cid, [("01-rejection.eml", m)],
         neg("medium", "negative/rejection",
             "Greenhouse rejection after a past interview (mentions its date); no new interview scheduled."))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b104-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, obj in items:
            path = os.path.join(d, fname)
            if isinstance(obj, EmailMessage):
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():
                        h = hashlib.md5(f"{cid}/{fname}/{i}".encode()).hexdigest()
                        part.set_boundary(f"00000000{h[:20]}")
                data = obj.as_bytes(policy=policy.default.clone(max_line_length=200))
            elif isinstance(obj, dict):
                data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            else:
                data = obj.encode("utf-8")
            with open(path, "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind104 labels - see /work/shared/eval/README.md for the schema. Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
