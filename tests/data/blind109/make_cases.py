#!/usr/bin/env python3
"""Deterministic generator for the blind109 interview-detection set.

Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
SGT = ZoneInfo("Asia/Singapore")
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
TYO = ZoneInfo("Asia/Tokyo")
HKG = ZoneInfo("Asia/Hong_Kong")
SYD = ZoneInfo("Australia/Sydney")
UTC = timezone.utc

USER = "weiting.ong@example.com"
USER_NAME = "Ong Wei Ting"
USER_FROM = f"{USER_NAME} <{USER}>"
USER_SIG = "Wei Ting\n+65 9123 4407"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def fold(line):
    out, cur = [], line.encode("utf-8")
    first = True
    while cur:
        limit = 75 if first else 74
        chunk = cur[:limit]
        # do not split a UTF-8 sequence
        while len(chunk) < len(cur) and (cur[len(chunk)] & 0xC0) == 0x80:
            chunk = chunk[:-1]
        out.append(("" if first else " ") + chunk.decode("utf-8"))
        cur = cur[len(chunk):]
        first = False
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtz_fixed(tzid, offset, name):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", f"TZNAME:{name}", "END:STANDARD", "END:VTIMEZONE"]


VTZ_GMT_STANDARD = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
                    "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                    "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                    "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


def msg(date, frm, to, subject, msgid, text=None, html=None, cte="quoted-printable", extra=None,
        reply_to=None, cc=None, in_reply_to=None, references=None, delivered=True):
    m = EmailMessage(policy=POLICY)
    if delivered:
        m["Delivered-To"] = USER
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    else:
        m.set_content(html, subtype="html", cte=cte)
    return m


def add_cal(m, cal_text, method="REQUEST", attach_name=None):
    """Calendar part as an alternative, optional .ics attachment."""
    m.add_alternative(cal_text.encode("utf-8"), maintype="text", subtype="calendar",
                      params={"method": method, "charset": "UTF-8"})
    if attach_name:
        m.add_attachment(cal_text.encode("utf-8"), maintype="application", subtype="ics", filename=attach_name)
    return m


def attach_ics(m, cal_text, name="invite.ics", method="REQUEST"):
    m.add_attachment(cal_text.encode("utf-8"), maintype="text", subtype="calendar", filename=name,
                     params={"method": method})
    return m


def put(case, fname, obj):
    if isinstance(obj, EmailMessage):
        seed = hashlib.sha1(f"{case}/{fname}".encode()).hexdigest()
        for i, part in enumerate(p for p in obj.walk() if p.is_multipart()):
            part.set_boundary(f"00000000{seed[:16]}{i:02d}")  # deterministic MIME boundaries
        data = obj.as_bytes()
    elif isinstance(obj, (dict, list)):
        data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode()
    elif isinstance(obj, str):
        data = obj.encode("utf-8")
    else:
        data = obj
    CASES.setdefault(case, []).append((fname, data))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": USER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def hhmm(dt):
    return dt.strftime("%-I:%M %p")


def google_invite(date, organizer, org_email, title, start, end, guests, uid, seq=0, updated=False,
                  description="", tzlabel="Singapore Standard Time", show_tz=SGT, cancel=False):
    """Google Calendar invitation e-mail (multipart/mixed, REQUEST/CANCEL, invite.ics)."""
    s_loc, e_loc = start.astimezone(show_tz), end.astimezone(show_tz)
    when = f"{s_loc.strftime('%A %b %-d, %Y')} \u22c5 {s_loc.strftime('%-I:%M%p').lower()} \u2013 {e_loc.strftime('%-I:%M%p').lower()}"
    prefix = "Canceled event" if cancel else ("Updated invitation" if updated else "Invitation")
    subj_when = f"{s_loc.strftime('%a %b %-d, %Y')} {s_loc.strftime('%-I%p' if s_loc.minute == 0 else '%-I:%M%p').lower()} - {e_loc.strftime('%-I%p' if e_loc.minute == 0 else '%-I:%M%p').lower()} (SGT)"
    subject = f"{prefix}: {title} @ {subj_when} ({USER})"
    guest_lines = "\n".join(f"{n}\n{e}" for n, e in guests)
    text = (f"{'This event has been updated' + chr(10) if updated else ''}{title}\n{when}\n{tzlabel}\n\n"
            f"Join with Google Meet\nhttps://meet.google.com/{uid[:3]}-{uid[3:7]}-{uid[7:10]}\n\n"
            f"Organizer\n{organizer}\n{org_email}\n\nGuests\n{guest_lines}\n{USER}\n\n"
            f"{description}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = "<html><body><div style=\"font-family:Roboto,Arial,sans-serif\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</div></body></html>"
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{'CANCEL' if cancel else 'REQUEST'}", "BEGIN:VEVENT",
           f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(date)}",
           f"ORGANIZER;CN={organizer}:mailto:{org_email}", f"UID:{uid}@google.com"]
    cal += [attendee(n, e, "ACCEPTED" if e == org_email else "NEEDS-ACTION") for n, e in guests]
    cal += [attendee(USER, USER), f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{z(date)}",
            "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
            f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    caltext = ics(cal)
    m = msg(date, f"{organizer} <{org_email}>", USER, subject,
            f"<calendar-{uid}-{seq}@google.com>", text, html, reply_to=f"{organizer} <{org_email}>",
            extra={"Sender": "Google Calendar <calendar-notification@google.com>"})
    add_cal(m, caltext, "CANCEL" if cancel else "REQUEST", "invite.ics")
    return m


# ---------------------------------------------------------------------------------------------
def c01():
    cid = "b109-01-larkspur-screen-sgt-et-dst-gap"
    rec = "dana.whitfield@larkspurledger.example"
    start = T(2026, 3, 10, 9, 0, NY)
    end = start + timedelta(minutes=30)
    s_sg = start.astimezone(SGT)
    assert s_sg.hour == 21 and s_sg.day == 10
    sig = ("Dana Whitfield\nSenior Technical Recruiter | Larkspur Ledger\n"
           "m: +1 (646) 555-0142\n55 Hudson Yards, Floor 31, New York, NY 10001")
    d1 = T(2026, 3, 4, 10, 12, NY)
    put(cid, "01-larkspur-intro.eml", msg(
        d1, f"Dana Whitfield <{rec}>", USER_FROM, "Larkspur Ledger - Senior PM, Payments Risk",
        "<CAK7x1-larkspur-0001@mail.larkspurledger.example>",
        "Hi Wei Ting,\n\nThanks for applying to the Senior Product Manager, Payments Risk role. I'd love to set up "
        "a 30-minute intro call with me to walk through your background and the team.\n\n"
        "I know the time difference is brutal, so how about Tuesday 9pm SGT / 9am ET (that's March 10)? "
        "Heads up that US clocks spring forward this Sunday the 8th, so by then we'll be 12 hours apart, "
        "not 13.\n\nIf that doesn't work, Wednesday at the same time is also open.\n\nBest,\n" + sig + "\n"))
    d2 = T(2026, 3, 5, 8, 3, SGT)
    put(cid, "02-re-larkspur-intro.eml", msg(
        d2, USER_FROM, f"Dana Whitfield <{rec}>", "Re: Larkspur Ledger - Senior PM, Payments Risk",
        "<CAN8yWT-0002@mail.example.com>",
        "Hi Dana,\n\nTuesday 9pm my time works well, thank you for accommodating. Best number is +65 9123 4407, "
        "or happy to do video.\n\n" + USER_SIG + "\n\n"
        f"On {format_datetime(d1)}, Dana Whitfield <{rec}> wrote:\n> Hi Wei Ting,\n>\n"
        "> I know the time difference is brutal, so how about Tuesday 9pm SGT / 9am ET (that's March 10)?\n",
        in_reply_to="<CAK7x1-larkspur-0001@mail.larkspurledger.example>"))
    d3 = T(2026, 3, 4, 21, 40, NY)
    put(cid, "03-re-re-larkspur-intro.eml", msg(
        d3, f"Dana Whitfield <{rec}>", USER_FROM, "Re: Larkspur Ledger - Senior PM, Payments Risk",
        "<CAK7x1-larkspur-0003@mail.larkspurledger.example>",
        "Perfect - you're confirmed for Tuesday 3/10, 9:00-9:30am ET (9:00-9:30pm for you). I'll call you "
        "at +65 9123 4407 via Zoom Phone, so you may see a US number.\n\nTalk soon,\n" + sig + "\n\n"
        f"> Tuesday 9pm my time works well, thank you for accommodating.\n",
        in_reply_to="<CAN8yWT-0002@mail.example.com>",
        references="<CAK7x1-larkspur-0001@mail.larkspurledger.example> <CAN8yWT-0002@mail.example.com>"))
    label(cid, [iv("Larkspur Ledger", "Senior Product Manager, Payments Risk", start, end, "scheduled",
                   [rec], [rec], "phone_screen")], "medium", "positive/thread-propose-confirm",
          "Recruiter phone screen written as 'Tuesday 9pm SGT / 9am ET' just after US DST starts (12h gap).")


def c02():
    cid = "b109-02-tidewell-goodtime-product-sense-1am"
    coord = "marisol.vega@tidewell.example"
    owen, keiko = "owen.brandt@tidewell.example", "keiko.sato@tidewell.example"
    start = T(2026, 3, 18, 10, 0, LA)
    end = start + timedelta(minutes=60)
    s_sg = start.astimezone(SGT)
    assert (s_sg.day, s_sg.hour) == (19, 1)
    role = "Product Manager, Growth"
    d1 = T(2026, 3, 10, 16, 5, LA)
    put(cid, "01-tidewell-next-step.eml", msg(
        d1, f"Marisol Vega <{coord}>", USER_FROM, "Next step: product sense round",
        "<0100018e-tidewell-aa01@email.tidewell.example>",
        "Hi Wei Ting,\n\nGreat news - the team would like to move you forward to the product sense round for "
        f"the {role} role. You'll meet Owen Brandt (Group PM) and Keiko Sato (Senior PM, Activation).\n\n"
        "The only slot they share is Wednesday the 18th at 10am PT (that's 1am Thursday for you, sorry!). "
        "If that's too rough, tell me and I'll push for something else, otherwise GoodTime will send the "
        "confirmation and calendar hold in a few minutes.\n\nMarisol\n--\nMarisol Vega | Recruiting Coordinator\n"
        "Tidewell, 500 Terry A Francois Blvd, San Francisco, CA 94158\n"))
    d2 = d1 + timedelta(minutes=9)
    html = (
        "<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><table width=\"600\"><tr><td>"
        "<img src=\"https://cdn.tidewell.example/logo.png\" alt=\"Tidewell\"></td></tr><tr><td>"
        "<h2>Your interview is confirmed</h2><p>Hi Wei Ting,</p><p>Here are the details for your upcoming "
        f"interview for <b>{role}</b>.</p>"
        "<table cellpadding=\"6\" style=\"border:1px solid #ddd\">"
        f"<tr><td><b>Date</b></td><td>Thursday, March 19, 2026</td></tr>"
        f"<tr><td><b>Time</b></td><td>1:00 AM - 2:00 AM (GMT+08:00) Singapore</td></tr>"
        "<tr><td><b>Format</b></td><td>Video call (Zoom) - https://tidewell.zoom.example/j/84120031187</td></tr>"
        "<tr><td><b>Session</b></td><td>Product Sense - Owen Brandt, Keiko Sato</td></tr></table>"
        "<p>Need to reschedule? Reply to this email and your coordinator will help.</p>"
        "<p style=\"color:#888;font-size:11px\">Sent by Tidewell Recruiting &middot; Powered by GoodTime</p>"
        "</td></tr></table></body></html>")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//GoodTime//Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:gt-5f1e2c7a-91b3-4c0e-8f0a-tidewell", f"DTSTAMP:{z(d2)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"SUMMARY:Tidewell - Product Sense Interview ({role})",
               f"ORGANIZER;CN=Tidewell Recruiting:mailto:recruiting-scheduling@tidewell.example",
               attendee(USER_NAME, USER), "LOCATION:https://tidewell.zoom.example/j/84120031187",
               "DESCRIPTION:Product Sense with Owen Brandt and Keiko Sato.", "SEQUENCE:0", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    m = msg(d2, "Tidewell Recruiting <recruiting-scheduling@tidewell.example>", USER,
            f"Interview Confirmation: {role} at Tidewell", "<gt.7b2f0e.tidewell@goodtime.example>",
            html=html, reply_to=f"Marisol Vega <{coord}>")
    attach_ics(m, cal, "Tidewell_Interview.ics")
    put(cid, "02-goodtime-confirmation.eml", m)
    put(cid, "03-invitation-product-sense.eml", google_invite(
        d2 + timedelta(minutes=2), "Marisol Vega", coord, f"Wei Ting Ong <> Tidewell: Product Sense ({role})",
        start, end, [("Marisol Vega", coord), ("Owen Brandt", owen), ("Keiko Sato", keiko)], "ptkqw7drm2",
        description="Product sense interview. Zoom: https://tidewell.zoom.example/j/84120031187"))
    label(cid, [iv("Tidewell", role, start, end, "scheduled", [owen, keiko], [owen, keiko], "technical")],
          "medium", "positive/dedupe-goodtime-google",
          "Coordinator mail + GoodTime HTML confirmation (.ics, SGT display) + Google invite = one interview; "
          "10am PT Wednesday = 1am Thursday SGT.")


def exchange_invite(date, org_name, org_email, to_list, subject, when_line, body, start, end, tzid, vtz,
                    attendees, uid, cancel=False, seq=0):
    text = (f"When: {when_line}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n"
            + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_"
            f"{uid[:16]}%40thread.v2/0>\nMeeting ID: 318 774 920 115\nPasscode: q8TfZ2\n" + "_" * 80 + "\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</div></body></html>")
    cal = ["BEGIN:VCALENDAR", f"METHOD:{'CANCEL' if cancel else 'REQUEST'}",
           "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + vtz + ["BEGIN:VEVENT",
           f"ORGANIZER;CN={org_name}:mailto:{org_email}"]
    cal += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in attendees]
    cal += [f"DESCRIPTION;LANGUAGE=en-US:{esc(body)}", f"UID:{uid}",
            f"SUMMARY;LANGUAGE=en-US:{esc(subject.split(': ', 1)[-1] if cancel else subject)}",
            f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}", "CLASS:PUBLIC",
            "PRIORITY:5" if not cancel else "PRIORITY:1", f"DTSTAMP:{z(date)}", "TRANSP:OPAQUE",
            f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "END:VEVENT", "END:VCALENDAR"]
    m = msg(date, f"{org_name} <{org_email}>", to_list, subject,
            f"<SG2PR06MB{uid[-12:]}{'C' if cancel else 'R'}@SG2PR06MB.apcprd06.prod.outlook.example>", text, html,
            extra={"Thread-Topic": subject.split(": ", 1)[-1], "Content-class": "urn:content-classes:calendarmessage",
                   "X-MS-Has-Attach": ""})
    add_cal(m, ics(cal), "CANCEL" if cancel else "REQUEST")
    return m


def c03():
    cid = "b109-03-harrowgate-teams-bst-shift"
    coord, hm = "f.aldridge@harrowgate-analytics.example", "t.pryce@harrowgate-analytics.example"
    start = T(2026, 4, 2, 10, 0, LON)
    end = start + timedelta(minutes=45)
    assert start.astimezone(SGT).hour == 17 and start.utcoffset() == timedelta(hours=1)
    role = "Lead Product Manager, Data Platform"
    d = T(2026, 3, 20, 9, 5, LON)
    body = ("Hi Wei Ting,\n\nAs discussed, here is the invite for your conversation with Tom Pryce, our Director of "
            f"Product, for the {role} role. 45 minutes on Teams.\n\nThat's 10:00 our time which is 5pm for you in "
            "Singapore - our clocks go forward on 29 March so we'll only be 7 hours behind you by then, not 8.\n\n"
            "Kind regards,\nFiona Aldridge\nTalent Partner, Harrowgate Analytics\n+44 20 7946 0321\n"
            "7 Bevis Marks, London EC3A 7JB")
    put(cid, "01-teams-invite-hiring-manager.eml", exchange_invite(
        d, "Fiona Aldridge", coord, f"{USER_NAME} <{USER}>; Tom Pryce <{hm}>",
        f"Harrowgate Analytics - {role} - Interview with Tom Pryce",
        "Thursday, 2 April 2026 10:00-10:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.", body,
        start, end, "GMT Standard Time", VTZ_GMT_STANDARD,
        [(USER_NAME, USER), ("Tom Pryce", hm)],
        "040000008200E00074C5B7101A82E0080000000071C2A6B1E5B8DC01000000000000000010000000A1B2C3D4E5F6"))
    d2 = T(2026, 3, 20, 18, 22, SGT)
    put(cid, "02-accepted.eml", msg(
        d2, USER_FROM, f"Fiona Aldridge <{coord}>", f"Accepted: Harrowgate Analytics - {role} - Interview with Tom Pryce",
        "<CAN8yWT-h03@mail.example.com>", "Thanks Fiona - accepted, 5pm SGT on 2 April works.\n\n" + USER_SIG + "\n"))
    label(cid, [iv("Harrowgate Analytics", role, start, end, "scheduled", [hm], [hm], "hiring_manager")],
          "hard", "positive/outlook-teams-dst",
          "Exchange invite sent in GMT for a date after BST starts (TZID GMT Standard Time, display label UTC+00:00); "
          "10:00 BST = 17:00 SGT. Coordinator is organizer only.")


def c04():
    cid = "b109-04-kranich-pinpoint-utc-then-cancelled"
    rec, jonas = "lena.hoffmann@kranich-mobility.example", "jonas.weber@kranich-mobility.example"
    start = T(2026, 4, 15, 14, 0, BER)
    end = start + timedelta(hours=1)
    assert start.astimezone(UTC).hour == 12 and start.astimezone(SGT).hour == 20
    role = "Product Manager, Fleet Platform"
    d1 = T(2026, 4, 8, 9, 31, BER)
    text = ("Hi Wei Ting,\n\nYour interview for Product Manager, Fleet Platform at Kranich Mobility has been "
            "confirmed.\n\nInterview: Video interview with Jonas Weber (VP Product)\n"
            "When: Wed 15 Apr 2026, 12:00 - 13:00 UTC\nWhere: Google Meet - https://meet.google.example/kmo-fqxz-trd\n\n"
            "A calendar file is attached. The time above is shown in UTC - please convert it to your local time.\n\n"
            "If you need to make changes, reply to this email to reach Lena Hoffmann.\n\n"
            "Good luck!\nKranich Mobility Talent Team\n\n--\nSent with Pinpoint - Applicant tracking for "
            "modern teams. You're receiving this because you applied for a job at Kranich Mobility.\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pinpoint//Interview Scheduling//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:interview-448812@kranich-mobility.pinpointhq.example", f"DTSTAMP:{z(d1)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               f"SUMMARY:Interview: {role} - Kranich Mobility",
               "ORGANIZER;CN=Lena Hoffmann:mailto:" + rec,
               attendee("Jonas Weber", jonas), attendee(USER_NAME, USER),
               "LOCATION:https://meet.google.example/kmo-fqxz-trd", "STATUS:CONFIRMED", "SEQUENCE:0",
               "END:VEVENT", "END:VCALENDAR"])
    m = msg(d1, "Kranich Mobility <no-reply@pinpointmail.example>", USER,
            f"Interview confirmed: {role}", "<pp-448812-confirm@pinpointmail.example>", text,
            reply_to=f"Lena Hoffmann <{rec}>")
    attach_ics(m, cal, "interview.ics")
    put(cid, "01-pinpoint-interview-confirmed.eml", m)
    d2 = T(2026, 4, 13, 16, 48, BER)
    put(cid, "02-re-interview-confirmed.eml", msg(
        d2, f"Lena Hoffmann <{rec}>", USER_FROM, f"Re: Interview confirmed: {role}",
        "<a9c1f0e2-kranich-lh-0413@kranich-mobility.example>",
        "Hi Wei Ting,\n\nI'm really sorry to do this at short notice: the Fleet Platform role has been put on hold "
        "after a budget review this morning, so we need to cancel your interview with Jonas on Wednesday at 14h "
        "(Berlin). I'll let you know as soon as the position reopens - you'd be one of the first people we call.\n\n"
        "Viele Gruesse,\nLena\n\nLena Hoffmann | People & Talent\nKranich Mobility GmbH, Torstrasse 109, 10119 Berlin\n"
        "+49 30 5557 2210\n\n> Your interview for Product Manager, Fleet Platform at Kranich Mobility has been confirmed.\n"
        "> When: Wed 15 Apr 2026, 12:00 - 13:00 UTC\n",
        in_reply_to="<pp-448812-confirm@pinpointmail.example>"))
    label(cid, [iv("Kranich Mobility", role, start, end, "cancelled", [jonas], [jonas], "hiring_manager")],
          "hard", "positive/cancel-by-email-ats-utc",
          "Pinpoint confirmation written in UTC only (.ics in Z), then recruiter cancels by e-mail ('14h Berlin').")


def c05():
    cid = "b109-05-hoshizora-zoom-jst-then-lark-product-round"
    aya = "aya.nakamura@hoshizora.example"
    ren, yuki = "ren.kobayashi@hoshizora.example", "yuki.tanabe@hoshizora.example"
    s1 = T(2026, 4, 16, 11, 0, TYO)
    e1 = s1 + timedelta(minutes=30)
    s2 = T(2026, 4, 28, 15, 0, TYO)
    e2 = s2 + timedelta(hours=1)
    role = "Senior Product Manager, Cross-border Commerce"
    d1 = T(2026, 4, 13, 10, 2, TYO)
    put(cid, "01-hoshizora-casual-interview.eml", msg(
        d1, f"Aya Nakamura <{aya}>", USER_FROM, "[Hoshizora Commerce] Casual interview / Senior PM",
        "<20260413010200.aya.hz@hoshizora.example>",
        "Dear Wei Ting-san,\n\nThank you very much for your application to Hoshizora Commerce.\n\n"
        "We would like to invite you to a casual interview with me (Aya Nakamura, Talent Acquisition) about the "
        f"{role} position.\n\nDate: Thursday, April 16\nTime: 11:00-11:30 JST\nPlace: Zoom\n"
        "https://hoshizora.zoom.example/j/93318820451?pwd=Rk9YTmhZ\nMeeting ID: 933 1882 0451\nPasscode: 640217\n\n"
        "Please let me know if this time is not convenient.\n\nBest regards,\n\nAya Nakamura\nTalent Acquisition\n"
        "Hoshizora Commerce K.K.\n2-11-3 Meguro, Meguro-ku, Tokyo 153-0063\nTEL: +81-3-5555-0187\n"))
    d2 = T(2026, 4, 21, 17, 30, TYO)
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Lark//Lark Calendar 7.9//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
           "METHOD:REQUEST"] + vtz_fixed("Asia/Tokyo", "+0900", "JST") + [
           "BEGIN:VEVENT", f"DTSTART;TZID=Asia/Tokyo:{loc(s2)}", f"DTEND;TZID=Asia/Tokyo:{loc(e2)}",
           f"DTSTAMP:{z(d2)}", "UID:7f3d9c2e-58a1-4b7e-9c11-lark-hz-0428@larksuite.example",
           "ORGANIZER;CN=Ren Kobayashi:mailto:" + ren,
           attendee("Ren Kobayashi", ren, "ACCEPTED"), attendee("Yuki Tanabe", yuki), attendee(USER_NAME, USER),
           f"SUMMARY:Product case interview - Ong Wei Ting ({role})",
           "DESCRIPTION:Product sense / case discussion with Ren (Head of Product) and Yuki. "
           "Join Lark video meeting: https://vc.larksuite.example/j/218449031",
           "LOCATION:Lark Meetings", "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    text = (f"Ren Kobayashi invited you to an event\n\nProduct case interview - Ong Wei Ting ({role})\n"
            "Tue, Apr 28, 2026 14:00 - 15:00 (GMT+8)\n\nOrganizer: Ren Kobayashi\n"
            "Guests: Ren Kobayashi, Yuki Tanabe, weiting.ong@example.com\n\nJoin Lark video meeting: "
            "https://vc.larksuite.example/j/218449031\n\nAccept | Decline | Maybe\n\n"
            "This invitation was sent from Lark Calendar.\n")
    m = msg(d2, f"Ren Kobayashi <calendar-notice@larksuite.example>", USER,
            f"Invitation: Product case interview - Ong Wei Ting ({role})", "<lark-cal-0428-hz@larksuite.example>",
            text, reply_to=f"Ren Kobayashi <{ren}>")
    add_cal(m, ics(cal), "REQUEST", "invite.ics")
    put(cid, "02-lark-invitation-product-case.eml", m)
    label(cid, [iv("Hoshizora Commerce", role, s1, e1, "scheduled", [aya], [aya], "phone_screen"),
                iv("Hoshizora Commerce", role, s2, e2, "scheduled", [ren, yuki], [ren, yuki], "technical")],
          "hard", "positive/two-interviews-lark",
          "Recruiter casual interview written only in JST (11:00 JST = 10:00 SGT) + Lark calendar invite "
          "(TZID Asia/Tokyo; mail body shows GMT+8) for a product case round.")


def c06():
    cid = "b109-06-hk-headhunter-forwarded-client-confirmation"
    hh = "carmen.yip@harbourline-search.example"
    grace, ken = "grace.cheung@jadeharbour.example", "kenneth.lau@jadeharbour.example"
    start = T(2026, 5, 8, 15, 0, HKG)
    end = start + timedelta(hours=1)
    role = "Head of Digital Product"
    sig = ("Carmen Yip\nPrincipal Consultant, Technology & Digital\nHarbourline Search Ltd\n"
           "Level 19, 28 Hennessy Road, Wan Chai, Hong Kong\nT: +852 3555 0178 | M: +852 9555 0134")
    d1 = T(2026, 4, 29, 11, 15, HKG)
    put(cid, "01-harbourline-client-interest.eml", msg(
        d1, f"Carmen Yip <{hh}>", USER_FROM, "Jade Harbour Insurance - Head of Digital Product (confidential)",
        "<HK2PR01MB-carmen-0429@harbourline-search.example>",
        "Dear Wei Ting,\n\nGood news - my client Jade Harbour Insurance has reviewed your profile and would like to "
        f"meet you for the {role} role. First conversation would be with their Chief Digital Officer, Kenneth Lau.\n\n"
        "He has proposed Friday 8 May at 3pm HK time - which is conveniently also 3pm in Singapore, no maths needed! "
        "Video call on Teams, about an hour.\n\nCan you confirm? Once you do I'll ask Grace in their HR team to send "
        "the formal invitation.\n\nBest regards,\n" + sig + "\n"))
    d2 = T(2026, 4, 29, 12, 2, SGT)
    put(cid, "02-re-confirm.eml", msg(
        d2, USER_FROM, f"Carmen Yip <{hh}>", "Re: Jade Harbour Insurance - Head of Digital Product (confidential)",
        "<CAN8yWT-hk02@mail.example.com>",
        "Hi Carmen,\n\nConfirmed for Friday 8 May, 3pm. Thanks for arranging!\n\n" + USER_SIG + "\n\n"
        f"On Wed, 29 Apr 2026 at 11:15, Carmen Yip <{hh}> wrote:\n> He has proposed Friday 8 May at 3pm HK time\n",
        in_reply_to="<HK2PR01MB-carmen-0429@harbourline-search.example>"))
    d3 = T(2026, 4, 30, 9, 40, HKG)
    fwd_date = T(2026, 4, 29, 17, 55, HKG)
    put(cid, "03-fwd-interview-arrangement.eml", msg(
        d3, f"Carmen Yip <{hh}>", USER_FROM, "Fw: Interview Arrangement - Head of Digital Product - Ms. Ong Wei Ting",
        "<HK2PR01MB-carmen-0430@harbourline-search.example>",
        "Hi Wei Ting,\n\nPlease see the confirmation below from Jade Harbour. Teams link will come from Grace "
        "directly. Do call me after for a debrief!\n\nCarmen\n\n" + sig + "\n\n"
        "________________________________\n"
        f"From: Grace Cheung <{grace}>\nSent: {fwd_date.strftime('%A, %d %B %Y %H:%M')}\n"
        f"To: Carmen Yip <{hh}>\nCc: Kenneth Lau <{ken}>\n"
        "Subject: Interview Arrangement - Head of Digital Product - Ms. Ong Wei Ting\n\n"
        "Dear Carmen,\n\nWe are pleased to confirm the following interview arrangement:\n\n"
        "Candidate: Ms. Ong Wei Ting\nPosition: Head of Digital Product\n"
        "Date: 8 May 2026 (Friday)\nTime: 15:00 - 16:00 (HKT)\nFormat: Microsoft Teams video\n"
        f"Interviewer: Mr. Kenneth Lau, Chief Digital Officer ({ken})\n\n"
        "Kindly ask the candidate to join 5 minutes early.\n\nBest regards,\nGrace Cheung\nHuman Resources\n"
        "Jade Harbour Insurance Company Limited\n",
        in_reply_to="<CAN8yWT-hk02@mail.example.com>",
        references="<HK2PR01MB-carmen-0429@harbourline-search.example> <CAN8yWT-hk02@mail.example.com>"))
    label(cid, [iv("Jade Harbour Insurance", role, start, end, "scheduled", [ken], [ken], "hiring_manager")],
          "medium", "positive/headhunter-forwarded",
          "HK headhunter thread; client HR confirmation forwarded inline (HKT = SGT). Headhunter and HR only arrange.")


def c07():
    cid = "b109-07-merlion-singlish-tmr-phone-screen"
    rec = "jasmine.koh@merlionpay.example"
    start = T(2026, 5, 5, 14, 30, SGT)
    end = start + timedelta(minutes=30)
    role = "Senior Product Manager (Merchant Acquiring)"
    d1 = T(2026, 5, 4, 16, 10, SGT)
    sig = "Jasmine Koh\nTalent Acquisition, MerlionPay\n+65 6555 0193 | 1 Fusionopolis Way, #08-01, Singapore 138632"
    put(cid, "01-merlionpay-quick-chat.eml", msg(
        d1, f"Jasmine Koh <{rec}>", USER_FROM, "MerlionPay - Senior PM role, quick chat?",
        "<CAJkoh-mp-0504a@mail.merlionpay.example>",
        f"Hi Wei Ting!\n\nSaw your profile, our {role} role very suitable for you leh. Our hiring manager also "
        "very keen. Can do a quick phone screen with me tmr 2.30pm? Abt 30 min only, just to understand your "
        "experience and expected salary.\n\nCan or not? If cannot, let me know what time ok for you.\n\n"
        "Thanks ya!\n" + sig + "\n"))
    d2 = T(2026, 5, 4, 17, 2, SGT)
    put(cid, "02-re-quick-chat.eml", msg(
        d2, USER_FROM, f"Jasmine Koh <{rec}>", "Re: MerlionPay - Senior PM role, quick chat?",
        "<CAN8yWT-mp02@mail.example.com>",
        "Hi Jasmine,\n\nTomorrow 2.30pm works for me. You can reach me at +65 9123 4407.\n\n" + USER_SIG + "\n\n"
        "> Can do a quick phone screen with me tmr 2.30pm? Abt 30 min only\n",
        in_reply_to="<CAJkoh-mp-0504a@mail.merlionpay.example>"))
    d3 = T(2026, 5, 4, 17, 20, SGT)
    put(cid, "03-re-re-quick-chat.eml", msg(
        d3, f"Jasmine Koh <{rec}>", USER_FROM, "Re: MerlionPay - Senior PM role, quick chat?",
        "<CAJkoh-mp-0504b@mail.merlionpay.example>",
        "Ok can! Confirmed tmr (Tue) 2.30pm, I call you on your hp ya. Talk soon :)\n\n" + sig + "\n\n"
        "> Tomorrow 2.30pm works for me. You can reach me at +65 9123 4407.\n",
        in_reply_to="<CAN8yWT-mp02@mail.example.com>",
        references="<CAJkoh-mp-0504a@mail.merlionpay.example> <CAN8yWT-mp02@mail.example.com>"))
    label(cid, [iv("MerlionPay", role, start, end, "scheduled", [rec], [rec], "phone_screen")],
          "medium", "positive/relative-date-singlish",
          "Singlish recruiter; 'tmr 2.30pm' resolved against Mon 4 May 2026 message date.")


def c08():
    cid = "b109-08-wattlebird-calendly-sydney-dst-end"
    rec, sophie = "hamish.reid@wattlebird.example", "sophie.tran@wattlebird.example"
    start = T(2026, 4, 7, 13, 0, SYD)
    end = start + timedelta(minutes=45)
    assert start.astimezone(SGT).hour == 11
    role = "Senior Product Manager, Platform"
    d1 = T(2026, 4, 1, 9, 30, SYD)
    put(cid, "01-wattlebird-book-a-time.eml", msg(
        d1, f"Hamish Reid <{rec}>", USER_FROM, "Wattlebird - chat with Sophie (Head of Product)",
        "<SY4PR01MB-hr-0401@wattlebird.example>",
        "G'day Wei Ting,\n\nThanks for the great chat yesterday. Next up is a 45 min conversation with Sophie Tran, our "
        f"Head of Product, for the {role} role. Sophie's Calendly is below - grab whatever suits:\n"
        "https://calendly.example/sophie-tran-wattlebird/45min\n\n"
        "Heads up: our clocks go back this Sunday (5 April), so from then we're only 2 hours ahead of Singapore "
        "instead of 3. Calendly will sort out the maths for you.\n\nCheers,\nHamish\n\nHamish Reid | Talent Lead\n"
        "Wattlebird Software, Level 4, 16 Foster St, Surry Hills NSW 2010\n+61 2 5550 1864\n"))
    d2 = T(2026, 4, 1, 10, 12, SGT)
    text = ("Hi Ong Wei Ting,\n\nA new event has been scheduled.\n\nEvent Type:\nProduct chat with Sophie (45 min)\n\n"
            "Invitee:\nOng Wei Ting\n\nEvent Date/Time:\n11:00am - 11:45am (Singapore Standard Time), "
            "Tuesday, April 7, 2026\n\nLocation:\nThis is a Google Meet web conference. "
            "https://meet.google.example/wbd-qkpr-xse\n\nHost:\nSophie Tran (sophie.tran@wattlebird.example)\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.example/cancellations/4d1f0a2e\n"
            "Reschedule: https://calendly.example/reschedulings/4d1f0a2e\n\nPowered by Calendly.com\n")
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>"
    put(cid, "02-calendly-confirmed.eml", msg(
        d2, "Calendly <notifications@calendly.example>", USER,
        "Confirmed: Product chat with Sophie (45 min) between Sophie Tran and Ong Wei Ting @ Tue Apr 7, 2026 11am - 11:45am (SGT)",
        "<calendly-evt-4d1f0a2e@calendly.example>", text, html, reply_to=f"Sophie Tran <{sophie}>"))
    label(cid, [iv("Wattlebird Software", role, start, end, "scheduled", [sophie], [sophie], "hiring_manager")],
          "medium", "positive/calendly-dst",
          "Calendly confirmation in SGT for a Sydney interviewer after Sydney DST ends (13:00 AEST = 11:00 SGT).")


def c09():
    cid = "b109-09-fogline-reschedule-across-date-line"
    rec, hm = "bea.alvarez@fogline.example", "marcus.oyelaran@fogline.example"
    s0 = T(2026, 5, 5, 18, 0, LA)
    e0 = s0 + timedelta(hours=1)
    s1 = T(2026, 5, 11, 17, 0, LA)
    e1 = s1 + timedelta(hours=1)
    assert s0.astimezone(SGT).strftime("%a %H") == "Wed 09" and s1.astimezone(SGT).strftime("%a %d %H") == "Tue 12 08"
    role = "Senior Product Manager, AI Platform"
    d1 = T(2026, 4, 28, 15, 20, LA)
    put(cid, "01-fogline-hiring-manager.eml", msg(
        d1, f"Bea Alvarez <{rec}>", USER_FROM, "Fogline - hiring manager conversation",
        "<CAF0g-bea-0428@mail.fogline.example>",
        f"Hi Wei Ting,\n\nMarcus Oyelaran (Director of Product) would love to meet you for the {role} role. "
        "Given the time zones, we were thinking Wednesday morning your time, Tuesday evening ours - so 6pm PT on "
        "Tue 5 May, which should be 9am Wed 6 May in Singapore. I'll send an invite.\n\n"
        "Bea\n--\nBea Alvarez, Recruiting | Fogline\n350 Brannan St, San Francisco, CA 94107\n"))
    guests = [("Bea Alvarez", rec), ("Marcus Oyelaran", hm)]
    title = f"Fogline | {USER_NAME} <> Marcus Oyelaran ({role})"
    put(cid, "02-invitation.eml", google_invite(d1 + timedelta(minutes=6), "Bea Alvarez", rec, title, s0, e0,
                                                guests, "fgl0505mrc88", description="Hiring manager conversation."))
    d3 = T(2026, 5, 1, 11, 2, LA)
    put(cid, "03-need-to-move.eml", msg(
        d3, f"Bea Alvarez <{rec}>", USER_FROM, "Re: Fogline - hiring manager conversation",
        "<CAF0g-bea-0501@mail.fogline.example>",
        "Hi Wei Ting,\n\nSo sorry - Marcus got pulled into an offsite next week. Could we move to Monday 11 May at "
        "5pm PT? That's Tuesday 12 May, 8am for you. Same Meet link.\n\nBea\n",
        in_reply_to="<CAF0g-bea-0428@mail.fogline.example>"))
    d4 = T(2026, 5, 2, 7, 45, SGT)
    put(cid, "04-re-need-to-move.eml", msg(
        d4, USER_FROM, f"Bea Alvarez <{rec}>", "Re: Fogline - hiring manager conversation",
        "<CAN8yWT-fg04@mail.example.com>",
        "No problem Bea - Tuesday 12 May 8am SGT works.\n\n" + USER_SIG + "\n\n"
        "> Could we move to Monday 11 May at 5pm PT? That's Tuesday 12 May, 8am for you.\n",
        in_reply_to="<CAF0g-bea-0501@mail.fogline.example>"))
    put(cid, "05-updated-invitation.eml", google_invite(
        T(2026, 5, 1, 17, 3, LA), "Bea Alvarez", rec, title, s1, e1, guests, "fgl0505mrc88", seq=1, updated=True,
        description="Hiring manager conversation. (Moved from May 5 PT.)"))
    label(cid, [iv("Fogline", role, s1, e1, "scheduled", [hm], [hm], "hiring_manager")],
          "hard", "positive/reschedule-date-line",
          "Original Tue 6pm PT (= Wed 9am SGT) moved to Mon 11 May 5pm PT (= Tue 12 May 8am SGT); same UID, SEQUENCE 1.")


def c10():
    cid = "b109-10-copperline-modernloop-virtual-onsite"
    rec = "nadia.rahman@copperline.example"
    ivs = [("Erin Castellano", "erin.castellano@copperline.example", "Product sense"),
           ("Vikram Desai", "vikram.desai@copperline.example", "Execution & metrics"),
           ("Rosalind Park", "rosalind.park@copperline.example", "Leadership & collaboration (VP Product)")]
    base = T(2026, 5, 21, 8, 0, NY)
    sessions = [(base + timedelta(hours=i), base + timedelta(hours=i, minutes=45)) for i in range(3)]
    assert sessions[0][0].astimezone(SGT).hour == 20 and sessions[2][1].astimezone(SGT).strftime("%H:%M") == "22:45"
    role = "Staff Product Manager, Shipper Experience"
    d1 = T(2026, 5, 13, 10, 0, NY)
    put(cid, "01-final-round-heads-up.eml", msg(
        d1, f"Nadia Rahman <{rec}>", USER_FROM, "Copperline final round - heads up",
        "<BN0PR11-nr-0513@copperline.example>",
        html="<html><body><div style=\"font-family:Calibri,sans-serif\"><p>Hi Wei Ting,</p><p>Congrats on making it "
             "to our final round! It will be a virtual onsite: three 45-minute conversations back to back on "
             "<b>Thursday May 21, starting 8am Eastern</b> (8pm for you in Singapore, wrapping up by about "
             "10:45pm). Your itinerary will come from ModernLoop shortly.</p><p>Best,<br>Nadia Rahman<br>"
             "Senior Recruiter, Copperline Freight<br>+1 (212) 555-0176<br>1 World Trade Center, Suite 8500, "
             "New York, NY 10007</p></div></body></html>"))
    d2 = d1 + timedelta(minutes=40)
    rows = "".join(
        f"<tr><td>{s.astimezone(SGT).strftime('%-I:%M %p')} - {e.astimezone(SGT).strftime('%-I:%M %p')}</td>"
        f"<td>{topic}</td><td>{n}</td></tr>" for (s, e), (n, _, topic) in zip(sessions, ivs))
    html = ("<html><body style=\"font-family:Inter,Arial,sans-serif\"><h2>Your interview itinerary</h2>"
            f"<p>Hi Wei Ting, here is your schedule for the <b>{role}</b> interview at Copperline Freight.</p>"
            "<p><b>Thursday, May 21, 2026</b><br><i>All times shown in Singapore Standard Time (GMT+8)</i></p>"
            f"<table border=\"1\" cellpadding=\"6\"><tr><th>Time</th><th>Interview</th><th>Interviewer</th></tr>{rows}</table>"
            "<p>Zoom: https://copperline.zoom.example/j/99120087733 (same link for all sessions)</p>"
            "<p>Questions? Reply to this email to reach Nadia Rahman.</p>"
            "<p style=\"font-size:11px;color:#999\">Scheduled with ModernLoop</p></body></html>")
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ModernLoop//Candidate Itinerary//EN", "METHOD:PUBLISH"]
    for i, ((s, e), (n, em, topic)) in enumerate(zip(sessions, ivs)):
        cal += ["BEGIN:VEVENT", f"UID:ml-itin-77120-{i + 1}@modernloop.example", f"DTSTAMP:{z(d2)}",
                f"DTSTART:{z(s)}", f"DTEND:{z(e)}", f"SUMMARY:Copperline Freight - {topic} with {n}",
                "ORGANIZER;CN=Nadia Rahman:mailto:" + rec, attendee(n, em), attendee(USER_NAME, USER),
                "LOCATION:https://copperline.zoom.example/j/99120087733", "STATUS:CONFIRMED", "SEQUENCE:0",
                "END:VEVENT"]
    cal += ["END:VCALENDAR"]
    m = msg(d2, "Copperline Freight <scheduling@modernloop.example>", USER,
            f"Your interview itinerary - {role} at Copperline Freight", "<ml-itin-77120@modernloop.example>",
            html=html, cte="base64", reply_to=f"Nadia Rahman <{rec}>")
    attach_ics(m, ics(cal), "itinerary.ics", method="PUBLISH")
    put(cid, "02-modernloop-itinerary.eml", m)
    emails = [em for _, em, _ in ivs]
    label(cid, [iv("Copperline Freight", role, sessions[0][0], sessions[2][1], "scheduled", emails, emails, "onsite")],
          "hard", "positive/onsite-loop-modernloop",
          "Three back-to-back 45-min sessions 8-10:45am ET (20:00-22:45 SGT) = one onsite; HTML-only + base64 itinerary.")


def c11():
    cid = "b109-11-sundial-bank-teams-invite-then-cancel"
    hm = "alvin.chow@sundialbank.example"
    start = T(2026, 5, 14, 10, 0, HKG)
    end = start + timedelta(hours=1)
    role = "Senior Product Manager, Wealth App"
    vtz = vtz_fixed("China Standard Time", "+0800", "CST")
    uid = "040000008200E00074C5B7101A82E00800000000D4E1F0AA17CEDC01000000000000000010000000FF00EE11DD22"
    when = "Thursday, 14 May 2026 10:00-11:00 (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi."
    body1 = (f"Hi Wei Ting,\n\nLooking forward to speaking with you about the {role} role. I'll walk you through the "
             "team and we'll go through a couple of product cases together.\n\nRegards,\nAlvin Chow\n"
             "Head of Digital Wealth, Sundial Bank\nT +852 2555 0911\n18/F Sundial Tower, 1 Queen's Road Central, Hong Kong")
    put(cid, "01-teams-interview.eml", exchange_invite(
        T(2026, 5, 6, 9, 12, HKG), "Alvin Chow", hm, f"{USER_NAME} <{USER}>",
        f"Interview - {role} - Ong Wei Ting", when, body1, start, end, "China Standard Time", vtz,
        [(USER_NAME, USER)], uid))
    body2 = ("Hi Wei Ting, apologies - we have decided to fill this position internally, so I need to cancel our "
             "interview. Thank you for your time and interest in Sundial Bank.\n\nAlvin")
    put(cid, "02-canceled-interview.eml", exchange_invite(
        T(2026, 5, 11, 18, 40, HKG), "Alvin Chow", hm, f"{USER_NAME} <{USER}>",
        f"Canceled: Interview - {role} - Ong Wei Ting", when, body2, start, end, "China Standard Time", vtz,
        [(USER_NAME, USER)], uid, cancel=True, seq=1))
    label(cid, [iv("Sundial Bank", role, start, end, "cancelled", [hm], [hm], "hiring_manager")],
          "medium", "positive/outlook-cancel",
          "Exchange/Teams invite (TZID China Standard Time) followed by METHOD:CANCEL; hiring manager organizes.")


def c12():
    cid = "b109-12-pemberton-grey-gcal-ceo-final"
    rec, ceo = "imogen.hart@pembertongrey.example", "rupert.achebe@pembertongrey.example"
    start = T(2026, 6, 2, 10, 30, LON)
    end = start + timedelta(minutes=30)
    assert start.astimezone(SGT).strftime("%H:%M") == "17:30"
    ev = {"kind": "calendar#event", "etag": "\"3455120937146000\"", "id": "4q2vbn81hk0pemgrey7c3tusd0",
          "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid=NHEydmJuODFoazBwZW1ncmV5N2MzdHVzZDA",
          "created": "2026-05-26T08:14:02.000Z", "updated": "2026-05-26T08:20:41.388Z",
          "summary": "Final conversation - Principal Product Manager - Wei Ting Ong / Rupert Achebe",
          "description": "Final conversation with Rupert (CEO) for the Principal Product Manager role. Half past ten "
                         "London time, half past five in the afternoon for Wei Ting in Singapore. Informal, but "
                         "Rupert will ask about how you'd approach our first year in APAC.\n\nImogen",
          "location": "Google Meet",
          "creator": {"email": rec, "displayName": "Imogen Hart"},
          "organizer": {"email": rec, "displayName": "Imogen Hart"},
          "start": {"dateTime": start.isoformat(), "timeZone": "Europe/London"},
          "end": {"dateTime": end.isoformat(), "timeZone": "Europe/London"},
          "iCalUID": "4q2vbn81hk0pemgrey7c3tusd0@google.com", "sequence": 0,
          "attendees": [{"email": rec, "displayName": "Imogen Hart", "organizer": True, "responseStatus": "accepted"},
                        {"email": ceo, "displayName": "Rupert Achebe", "responseStatus": "accepted"},
                        {"email": USER, "self": True, "responseStatus": "accepted"}],
          "hangoutLink": "https://meet.google.com/pgr-vbtn-kde",
          "reminders": {"useDefault": True}, "eventType": "default"}
    put(cid, "01-final-conversation.gcal.json", ev)
    label(cid, [iv("Pemberton Grey", "Principal Product Manager", start, end, "scheduled", [ceo], [ceo], "other")],
          "easy", "positive/gcal-json",
          "Calendar API event in Europe/London (BST); description says 'half past ten London'. CEO final chat.")


def c13():
    cid = "b109-13-rookery-html-base64-pst-label-in-pdt"
    hm = "gabe.morales@rookerymaps.example"
    start = T(2026, 3, 12, 16, 30, LA)
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=-7) and start.astimezone(SGT).strftime("%a %H:%M") == "Fri 07:30"
    role = "Product Manager, Mobile"
    d1 = T(2026, 3, 9, 13, 44, LA)
    put(cid, "01-rookery-chat.eml", msg(
        d1, f"Gabe Morales <{hm}>", USER_FROM, "Rookery Maps - PM, Mobile",
        "<MN2PR17-gm-0309@rookerymaps.example>",
        html="<div dir=\"ltr\">Hey Wei Ting,<br><br>Loved your write-up on offline maps. I'm the hiring manager for "
             f"our {role} opening - want to grab 45 mins?<br><br>How's <b>Thu 3/12 @ 4:30p PST</b>? I think that's "
             "Fri 7:30am for you, hopefully not too early. Zoom link below.<br><br>"
             "https://rookerymaps.zoom.example/j/81190342276<br><br>-Gabe<br><br>--<br>Gabe Morales<br>"
             "Head of Mobile Product, Rookery Maps<br>(415) 555-0107</div>",
        cte="base64"))
    d2 = T(2026, 3, 10, 6, 58, SGT)
    put(cid, "02-re-rookery-chat.eml", msg(
        d2, USER_FROM, f"Gabe Morales <{hm}>", "Re: Rookery Maps - PM, Mobile", "<CAN8yWT-rk02@mail.example.com>",
        "Hi Gabe,\n\nFriday 7:30am my time is perfect - see you then.\n\n" + USER_SIG + "\n\n"
        "> How's Thu 3/12 @ 4:30p PST? I think that's Fri 7:30am for you\n",
        in_reply_to="<MN2PR17-gm-0309@rookerymaps.example>"))
    label(cid, [iv("Rookery Maps", role, start, end, "scheduled", [hm], [hm], "hiring_manager")],
          "hard", "positive/html-only-base64-tz-label",
          "HTML-only base64 mail; 'PST' written after US DST began, real offset is PDT (-07:00) = Fri 7:30 SGT, "
          "which the candidate confirms.")


# ------------------------------- negatives -----------------------------------------------------
def n14():
    cid = "b109-14-neg-customer-discovery-interview-she-runs"
    d1 = T(2026, 4, 20, 14, 2, SGT)
    s = T(2026, 4, 23, 15, 0, SGT)
    text = ("Hi Ong Wei Ting,\n\nA new event has been scheduled.\n\nEvent Type:\nCustomer discovery interview (30 min)\n\n"
            "Invitee:\nFarid Ismail\nfarid.ismail@kopi-freight.example\n\nEvent Date/Time:\n03:00pm - 03:30pm "
            "(Singapore Standard Time), Thursday, April 23, 2026\n\nInvitee Questions:\nWhat is your role in "
            "shipment planning?\nOps manager - I schedule around 40 trucks a day\n\n"
            "View event in Calendly: https://calendly.example/app/scheduled_events/user/me\n\nPowered by Calendly.com\n")
    put(cid, "01-calendly-new-event.eml", msg(
        d1, "Calendly <notifications@calendly.example>", USER,
        "New Event: Farid Ismail - 03:00pm Thu, Apr 23, 2026 - Customer discovery interview (30 min)",
        "<calendly-host-9b2e11@calendly.example>", text, reply_to="Farid Ismail <farid.ismail@kopi-freight.example>"))
    put(cid, "02-note-to-colleague.eml", msg(
        d1 + timedelta(minutes=20), USER_FROM, "Daniel Seah <daniel.seah@tembusu-logistics.example>",
        "Fwd: customer interview Thu 3pm", "<CAN8yWT-cd02@mail.example.com>",
        "Hi Daniel,\n\nFarid from Kopi Freight booked one of our discovery slots for Thursday 3pm. I'll run the "
        "interview, can you take notes? Trying to validate the dispatch-board concept before we schedule the "
        "next sprint. Candidate questions are in our Notion doc.\n\n" + USER_SIG + "\n"))
    label(cid, [], "hard", "negative/user-is-interviewer-research",
          "Calendly host notification for a customer discovery interview the user runs at her current job.")


def n15():
    cid = "b109-15-neg-vendor-product-demo"
    rep = "kyle.brennan@pathlight-analytics.example"
    d1 = T(2026, 3, 24, 17, 5, NY)
    s = T(2026, 3, 31, 9, 0, SGT)
    put(cid, "01-demo-invite.eml", google_invite(
        d1, "Kyle Brennan", rep, "Pathlight Analytics <> Tembusu Logistics: product demo", s, s + timedelta(minutes=45),
        [("Kyle Brennan", rep), ("Maya Lindholm", "maya.lindholm@pathlight-analytics.example")], "pthdemo0331x",
        description="Thanks for the discovery call, Wei Ting! As promised, Maya (Solutions Engineer) will demo "
                    "funnel analysis and session replay, and we'll schedule a follow-up call with your data team "
                    "to scope the pilot. Tuesday 9am SGT / Monday 9pm ET."))
    label(cid, [], "medium", "negative/vendor-demo",
          "Sales demo invite for her current employer; uses call/schedule/role-like words, Google invite format.")


def n16():
    cid = "b109-16-neg-investor-pitch-friends-startup"
    daryl = "daryl.lim@sampanhealth.example"
    d1 = T(2026, 5, 18, 22, 14, SGT)
    put(cid, "01-pitch-prep.eml", msg(
        d1, f"Daryl Lim <{daryl}>", USER_FROM, "Bluewater pitch Thursday - can you join?",
        "<CAD4ry-sampan-0518@mail.sampanhealth.example>",
        "Wei Ting!!\n\nBluewater Ventures finally said yes to a partner meeting - Thursday 10am SGT, 1 hour on Zoom. "
        "Their partner (Helen Marsh) basically interviews the founding team, so they'll grill us on the product "
        "roadmap and I'd love you there in your advisor role to answer the PM questions. Candidly, you'd be our "
        "best candidate for the product lead someday, but for now just come as our advisor lah.\n\n"
        "Invite coming from my calendar. Deck v7 attached in the Drive folder.\n\nDaryl\nCo-founder & CEO, Sampan Health\n"))
    s = T(2026, 5, 21, 10, 0, SGT)
    put(cid, "02-invitation-partner-meeting.eml", google_invite(
        d1 + timedelta(minutes=3), "Daryl Lim", daryl, "Sampan Health x Bluewater Ventures - partner pitch", s,
        s + timedelta(hours=1), [("Daryl Lim", daryl), ("Helen Marsh", "helen@bluewater-vc.example")],
        "smpbwv0521pt", description="Seed round pitch. Attendees: Daryl, Wei Ting (advisor), Helen Marsh (Partner)."))
    label(cid, [], "hard", "negative/investor-pitch",
          "Friend's startup pitch to a VC where the partner 'interviews the founding team'; user is an advisor.")


def n17():
    cid = "b109-17-neg-embassy-visa-interview"
    d1 = T(2026, 6, 3, 10, 20, SGT)
    text = ("APPOINTMENT CONFIRMATION\n\nDear ONG WEI TING,\n\nYour visa interview appointment has been scheduled.\n\n"
            "Applicant: ONG WEI TING\nPassport No.: K****118Z\nVisa category: Business (B-2) - attending a job "
            "interview and meetings\nLocation: Embassy of the Republic of Calderra, Consular Section, "
            "30 Napier Road, Singapore 258509\nDate: Wednesday, 24 June 2026\nTime: 08:45 AM\n"
            "Confirmation No.: CDR-SG-2026-0461193\n\nPlease arrive 15 minutes before your scheduled time with "
            "your passport, printed confirmation page and supporting documents (including the letter from the "
            "company you are interviewing with). Electronic devices are not permitted inside the embassy.\n\n"
            "This is an automated message. Please do not reply.\nCalderra Visa Appointment Service\n")
    put(cid, "01-visa-appointment-confirmation.eml", msg(
        d1, "Calderra Visa Appointment Service <no-reply@visa-appointments.example>", USER,
        "Visa Interview Appointment Confirmation - CDR-SG-2026-0461193", "<vas-0461193@visa-appointments.example>",
        text, cte="base64"))
    label(cid, [], "hard", "negative/visa-appointment",
          "Embassy visa interview appointment (mentions a job interview as the travel purpose) - not a job interview.")


def n18():
    cid = "b109-18-neg-conference-panel-speaker"
    s = T(2026, 6, 10, 14, 0, SGT)
    e = s + timedelta(minutes=45)
    d1 = T(2026, 5, 28, 9, 0, SGT)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sessionize-like//Speaker Agenda//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:pas2026-panel-14@productasiasummit.example", f"DTSTAMP:{z(d1)}",
               f"DTSTART:{z(s)}", f"DTEND:{z(e)}",
               "SUMMARY:Product Asia Summit 2026 - Panel: How great PMs interview customers (and candidates)",
               "DESCRIPTION:Speakers: Ong Wei Ting (Tembusu Logistics)\\, Arjun Pillai (Kedai)\\, Moderator: "
               "Sarah Goh. Please be at the green room 30 minutes before the session. Q&A will include hiring "
               "and interview loops for product roles.",
               "LOCATION:Sands Expo & Convention Centre\\, Level 4\\, Room Peony 4201\\, Singapore",
               "ORGANIZER;CN=Product Asia Summit Speakers:mailto:speakers@productasiasummit.example",
               attendee(USER_NAME, USER), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    put(cid, "01-speaker-panel.ics", cal)
    label(cid, [], "medium", "negative/conference-panel",
          "Standalone .ics for a conference panel she speaks on; title mentions interviewing customers and candidates.")


def n19():
    cid = "b109-19-neg-recruiter-availability-request"
    rec = "olivia.grant@brackenridge.example"
    d1 = T(2026, 5, 12, 9, 15, NY)
    put(cid, "01-brackenridge-availability.eml", msg(
        d1, f"Olivia Grant <{rec}>", USER_FROM, "Director of Product, APAC - Brackenridge",
        "<CAOg-brk-0512@mail.brackenridge.example>",
        "Hi Wei Ting,\n\nI'm leading the search for our Director of Product, APAC and your background looks like a "
        "strong match. Would you be open to a 30-minute intro call to discuss the role?\n\nWe're in New York, so "
        "your evenings / our mornings usually work best. Could you send over a few times that work for you next "
        "week and I'll get something on the calendar?\n\nThanks,\nOlivia Grant\nTalent Acquisition, Brackenridge\n"
        "+1 (917) 555-0163\n"))
    d2 = T(2026, 5, 13, 7, 30, SGT)
    put(cid, "02-re-availability.eml", msg(
        d2, USER_FROM, f"Olivia Grant <{rec}>", "Re: Director of Product, APAC - Brackenridge",
        "<CAN8yWT-brk02@mail.example.com>",
        "Hi Olivia,\n\nThanks for reaching out - happy to chat. Next week I could do Tuesday or Wednesday 9pm SGT "
        "(9am ET), or Saturday anytime between noon and 3pm my time. Let me know what works and I'll keep it free.\n\n"
        + USER_SIG + "\n\n> Could you send over a few times that work for you next week\n",
        in_reply_to="<CAOg-brk-0512@mail.brackenridge.example>"))
    label(cid, [], "hard", "negative/availability-request",
          "Recruiter asks for availability; user proposes slots; nothing is booked.")


def n20():
    cid = "b109-20-neg-rejection-after-interview"
    rec = "talent@quillontravel.example"
    d1 = T(2026, 4, 9, 16, 30, LON)
    put(cid, "01-quillon-update.eml", msg(
        d1, "Quillon Travel Talent <talent@quillontravel.example>", USER,
        "Your application for Senior Product Manager, Loyalty",
        "<q-ats-77310-reject@quillontravel.example>",
        "Dear Wei Ting,\n\nThank you for taking the time to interview with Hannah and Joe on Thursday 2 April at "
        "11:00 BST (6pm your time). We enjoyed the conversation about your loyalty programme work.\n\n"
        "After careful consideration we have decided to move forward with another candidate whose experience more "
        "closely matches the role at this time. We will keep your details on file and may contact you to schedule "
        "a call should a suitable opportunity arise.\n\nKind regards,\nQuillon Travel Talent Team\n",
        html="<p>Dear Wei Ting,</p><p>Thank you for taking the time to interview with Hannah and Joe on Thursday "
             "2 April at 11:00 BST (6pm your time). We enjoyed the conversation about your loyalty programme work."
             "</p><p>After careful consideration we have decided to move forward with another candidate whose "
             "experience more closely matches the role at this time. We will keep your details on file and may "
             "contact you to schedule a call should a suitable opportunity arise.</p><p>Kind regards,<br>Quillon "
             "Travel Talent Team</p>"))
    label(cid, [], "medium", "negative/rejection",
          "Rejection referencing a past interview date/time; no interview in this mailbox to detect.")


def n21():
    cid = "b109-21-neg-paid-mock-product-sense"
    d1 = T(2026, 5, 9, 19, 12, SGT)
    s = T(2026, 5, 16, 10, 0, SGT)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PM Interview Club//Bookings//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:pmic-bk-30981@pminterviewclub.example", f"DTSTAMP:{z(d1)}",
               f"DTSTART:{z(s)}", f"DTEND:{z(s + timedelta(minutes=60))}",
               "SUMMARY:Mock Product Sense Interview with coach Lydia Tan",
               "ORGANIZER;CN=PM Interview Club:mailto:bookings@pminterviewclub.example",
               attendee(USER_NAME, USER), "LOCATION:https://pminterviewclub.zoom.example/j/71120944",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = msg(d1, "PM Interview Club <bookings@pminterviewclub.example>", USER,
            "Booking confirmed: Mock Product Sense Interview - Sat 16 May, 10:00 SGT",
            "<pmic-bk-30981@pminterviewclub.example>",
            "Hi Wei Ting,\n\nThanks for your payment of SGD 180.00. Your mock interview session is confirmed.\n\n"
            "Session: Mock Product Sense Interview (60 min)\nCoach: Lydia Tan, ex-Group PM\n"
            "When: Saturday 16 May 2026, 10:00 - 11:00 SGT\nWhere: Zoom (link in calendar invite)\n\n"
            "Come prepared like it's the real thing - you'll get a scorecard and written feedback within 24 hours.\n\n"
            "PM Interview Club\n")
    attach_ics(m, cal, "mock-interview.ics")
    put(cid, "01-mock-interview-booking.eml", m)
    label(cid, [], "medium", "negative/mock-interview", "Paid mock interview with a coach, with .ics.")


def n22():
    cid = "b109-22-neg-one-way-video-interview"
    d1 = T(2026, 4, 22, 8, 1, SGT)
    put(cid, "01-video-interview-invitation.eml", msg(
        d1, "Marrow & Finch via ClipScreen <no-reply@clipscreen.example>", USER,
        "Action required: complete your video interview for Associate Director, Product",
        "<cs-inv-55120-mf@clipscreen.example>",
        html="<html><body><p>Hi Wei Ting,</p><p>Marrow &amp; Finch has invited you to a <b>one-way video "
             "interview</b> for the <b>Associate Director, Product</b> role.</p><p>You'll record answers to 5 "
             "questions (3 minutes each). There is no live interviewer - record whenever suits you before the "
             "deadline.</p><p><b>Deadline:</b> Friday 24 April 2026, 11:59 PM (SGT)</p><p><a "
             "href=\"https://app.clipscreen.example/i/55120\">Start my interview</a></p><p>Good luck!<br>"
             "The ClipScreen team on behalf of Marrow &amp; Finch</p></body></html>", cte="quoted-printable"))
    label(cid, [], "medium", "negative/one-way-video",
          "Asynchronous one-way video interview with a deadline; no live conversation.")


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               n14, n15, n16, n17, n18, n19, n20, n21, n22):
        fn()
    for d in HERE.iterdir():
        if d.is_dir() and d.name.startswith("b109-"):
            shutil.rmtree(d)
    for cid, items in CASES.items():
        (HERE / cid).mkdir()
        for fname, data in items:
            (HERE / cid / fname).write_bytes(data)
    with open(HERE / "labels.yaml", "w") as f:
        f.write("# blind109 labels - written blind; see README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
