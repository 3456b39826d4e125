#!/usr/bin/env python3
"""Deterministic generator for the blind37 evaluation set (theme: how a time is agreed and changed).

Rewrites every b37-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.  All people, companies and domains are invented.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def tz(name):
    return ZoneInfo(name)


def T(y, mo, d, h, mi, zone):
    """aware datetime in an IANA zone (offset computed by zoneinfo)."""
    return datetime(y, mo, d, h, mi, tzinfo=tz(zone))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ------------------------------------------------------------------ iCalendar text
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if n + b > limit:
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def vtz_us(tzid, std, dst, sname="", dname=""):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11"] + ([f"TZNAME:{sname}"] if sname else []) + [
            "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3"] + ([f"TZNAME:{dname}"] if dname else []) + [
            "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_eu(tzid):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_phoenix():
    return ["BEGIN:VTIMEZONE", "TZID:America/Phoenix", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST", "END:STANDARD", "END:VTIMEZONE"]


def google_ics(method, uid, seq, start, end, summary, organizer, attendees, description="", location="",
               status="CONFIRMED", stamp=None, conf=None):
    stamp = stamp or start
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, mail, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name};"
                 f"X-NUM-GUESTS=0:mailto:{mail}")
    if conf:
        L.append(f"X-GOOGLE-CONFERENCE:{conf}")
    L += [f"CREATED:{zstamp(stamp)}", f"DESCRIPTION:{ics_escape(description)}",
          f"LAST-MODIFIED:{zstamp(stamp)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


# ------------------------------------------------------------------ e-mail helpers
def fix_boundaries(msg, tag):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{tag}_{i:02d}")
            i += 1
    return msg


def base_msg(owner, frm, to, subject, date, mid, cc=None, reply_to=None, in_reply_to=None, refs=None,
             extra=None):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = owner
    m["Return-Path"] = "<" + frm.split("<")[-1].rstrip(">") + ">" if "<" in frm else f"<{frm}>"
    for k, v in (extra or []):
        m[k] = v
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if refs:
        m["References"] = refs
    return m


def plain(owner, frm, to, subject, date, mid, body, cte=None, html=None, html_only=False, **kw):
    m = base_msg(owner, frm, to, subject, date, mid, **kw)
    kw2 = {"cte": cte} if cte else {}
    if html_only:
        m.set_content(html, subtype="html", **kw2)
    else:
        m.set_content(body, **kw2)
        if html:
            m.add_alternative(html, subtype="html", cte="quoted-printable")
    return m


def quote(date_str, who, text):
    return f"On {date_str}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def google_when(start, end, zone_label):
    def t(d):
        s = d.strftime("%I:%M%p").lstrip("0").lower()
        return s.replace(":00", "")
    return f"{start.strftime('%a %b')} {start.day}, {start.year} {t(start)} - {t(end)} ({zone_label})"


def google_invite(owner, kind, summary, start, end, zone_label, zone_long, organizer, guests, uid, seq,
                  date, mid, description="", location="", conf=None):
    """kind: Invitation | Updated invitation | Canceled event"""
    method = "CANCEL" if kind.startswith("Canceled") else "REQUEST"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    when = google_when(start, end, zone_label)
    subj = f"{kind}: {summary} @ {when} ({owner})"
    frm = f"{organizer[0]} <{organizer[1]}>"
    m = base_msg(owner, frm, owner, subj, date, mid, reply_to=frm,
                 extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    del m["Return-Path"]
    m["Return-Path"] = "<calendar-notification@google.com>"
    day = f"{start.strftime('%A %b')} {start.day}, {start.year}"
    tt = lambda d: d.strftime("%I:%M%p").lstrip("0").lower()
    head = {"Invitation": "", "Updated invitation": "This event has been changed.\n\n",
            "Canceled event": "This event has been canceled.\n\n"}[kind]
    guest_txt = "\n".join(f"{n}\n{e}" for n, e, _ in guests)
    text = (f"{head}{summary}\n{day} \u22c5 {tt(start)} \u2013 {tt(end)}\n{zone_long}\n\n"
            + (f"Join with Google Meet\n{conf}\n\n" if conf else "")
            + (f"Location\n{location}\n\n" if location else "")
            + f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_txt}\n\n"
            + (description + "\n\n" if description else "")
            + "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
              "You are receiving this email because you are an attendee on the event.\n")
    html = "<html><body><div style=\"font-family:Roboto,Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</div></body></html>"
    cal = google_ics(method, uid, seq, start, end, summary, organizer, guests, description, location,
                     status, stamp=date, conf=conf)
    m.set_content(text, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(cal, subtype="calendar", params={"method": method}, cte="7bit")
    m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    return m


WIN_VTZ = {
    "Eastern Standard Time": vtz_us("Eastern Standard Time", "-0500", "-0400"),
    "Pacific Standard Time": vtz_us("Pacific Standard Time", "-0800", "-0700"),
    "W. Europe Standard Time": vtz_eu("W. Europe Standard Time"),
}


def exchange_invite(owner, subject, when_line, body, organizer, to_list, start, end, wintz, uid, seq, date,
                    mid, location="Microsoft Teams Meeting", method="REQUEST", rrule=None, recurrence_id=None,
                    cc=None, teams=True):
    frm = f"{organizer[0]} <{organizer[1]}>"
    to = ", ".join(f"{n} <{e}>" for n, e in to_list)
    m = base_msg(owner, frm, to, subject, date, mid, cc=cc,
                 extra=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "en-US"),
                        ("Content-class", "urn:content-classes:calendarmessage")])
    teams_txt = ("\n\n________________________________________________________________________________\n"
                 "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                 f"{uid[-12:]}%40thread.v2/0>\nMeeting ID: 271 604 339 85\nPasscode: Zq7Hk2\n"
                 "________________________________________________________________________________")\
        if teams else ""
    text = f"When: {when_line}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}{teams_txt}\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + "".join(
                f"<p>{p.replace('&', '&amp;').replace('<', '&lt;').replace(chr(10), '<br>')}</p>"
                for p in text.split("\n\n")) + "</div></body></html>")
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += WIN_VTZ[wintz]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in to_list:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    L.append(f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(text)}")
    if rrule:
        L.append(f"RRULE:{rrule}")
    if recurrence_id:
        L.append(f"RECURRENCE-ID;TZID={wintz}:{local_stamp(recurrence_id)}")
    summ = subject.split(": ", 1)[-1] if subject.split(":")[0] in ("Canceled", "Updated") else subject
    L += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{ics_escape(summ)}",
          f"DTSTART;TZID={wintz}:{local_stamp(start)}", f"DTEND;TZID={wintz}:{local_stamp(end)}",
          "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1", f"DTSTAMP:{zstamp(date)}",
          "TRANSP:OPAQUE", "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
          "X-MICROSOFT-CDO-INSTTYPE:" + ("3" if recurrence_id else ("1" if rrule else "0")),
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics(L), subtype="calendar", params={"method": method}, cte="base64")
    return m


def win_when(start, end, label):
    f = lambda d: d.strftime("%I:%M %p").lstrip("0")
    return f"{start.strftime('%A, %B')} {start.day}, {start.year} {f(start)}-{f(end)} {label}"


def add(case, fname, obj):
    if isinstance(obj, EmailMessage):
        fix_boundaries(obj, case.split("-")[1] + fname[:2])
        data = obj.as_bytes(policy=POLICY)
    elif isinstance(obj, (dict, list)):
        data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    else:
        data = obj.encode("utf-8") if isinstance(obj, str) else obj
    CASES.setdefault(case, []).append((fname, data))


def label(case, user, interviews, difficulty, category, notes):
    LABELS[case] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def mid(tag, dom):
    return f"<{tag}@{dom}>"


# ======================================================================== POSITIVES
def case01():
    c = "b37-01-three-options-tuesday-works"
    owner = "theo.marchetti@example.com"
    dom = "larkspuranalytics.example"
    dana = f"Dana Whitcombe <dana.whitcombe@{dom}>"
    sig = ("Dana Whitcombe\nSenior Technical Recruiter | Larkspur Analytics\nm: +1 (312) 555-0187\n"
           "444 W. Lake St, Suite 1900, Chicago, IL 60606")
    d1 = T(2026, 3, 2, 9, 14, "America/Chicago")
    m1 = mid("CAF+lark.0302.a1", dom)
    b1 = ("Hi Theo,\n\nThanks for applying to the Senior Product Analyst opening - your work on pricing "
          "experiments caught our eye. I'd love to set up a 30-minute phone screen to walk through your "
          "background and tell you more about the team.\n\nWould any of these work for you next week?\n"
          "  - Mon 10-11\n  - Tue 2-3\n  - Wed 4pm\n(all Central; any 30 minutes inside those windows is "
          "fine)\n\nBest,\n" + sig)
    add(c, "01-dana-phone-screen-options.eml",
        plain(owner, dana, owner, "Larkspur Analytics - Senior Product Analyst - next steps", d1, m1, b1))
    d2 = T(2026, 3, 2, 15, 41, "America/Chicago")
    m2 = mid("CAF+lark.0302.b7", dom)
    owner_txt = "Hi Dana,\n\nThanks! Tuesday works for me - 2pm would be perfect.\n\nTheo"
    b2 = ("Great - Tuesday at 2:00 it is. I'll send a calendar invite shortly; I'll call you on the number "
          "on your resume.\n\nTalk soon,\nDana\n\n"
          + quote("Mon, Mar 2, 2026 at 3:22 PM", f"Theo Marchetti <{owner}>", owner_txt) + "\n>\n"
          + "\n".join("> > " + l for l in b1.split("\n")[:8]))
    add(c, "02-re-next-steps-tuesday.eml",
        plain(owner, dana, f"Theo Marchetti <{owner}>", "Re: Larkspur Analytics - Senior Product Analyst - next steps",
              d2, m2, b2, in_reply_to=mid("CAO1theo.reply.0302", "example.com"),
              refs=f"{m1} {mid('CAO1theo.reply.0302', 'example.com')}"))
    s, e = T(2026, 3, 10, 14, 0, "America/Chicago"), T(2026, 3, 10, 14, 30, "America/Chicago")
    add(c, "03-invitation-phone-screen.eml",
        google_invite(owner, "Invitation", "Phone Screen: Theo Marchetti / Dana Whitcombe (Larkspur)", s, e,
                      "CDT", "Central Time - Chicago", ("Dana Whitcombe", f"dana.whitcombe@{dom}"),
                      [("Dana Whitcombe", f"dana.whitcombe@{dom}", "ACCEPTED"), (owner, owner, "NEEDS-ACTION")],
                      "5kq2larkps0310ts@google.com", 0, T(2026, 3, 2, 15, 44, "America/Chicago"),
                      mid("calendar-5kq2-larkspur", "google.com"),
                      description="Dana will call Theo at +1 773 555 0144.\nRole: Senior Product Analyst"))
    label(c, owner, [iv("Larkspur Analytics", "Senior Product Analyst", s, e, "scheduled",
                        [f"dana.whitcombe@{dom}"], [f"dana.whitcombe@{dom}"], "phone_screen")],
          "easy", "positive/thread-options-then-pick",
          "Recruiter offers 'Mon 10-11, Tue 2-3 or Wed 4pm' (Central), candidate picks Tuesday 2pm, Google "
          "invite 2:00-2:30. Mar 10 is after US DST start -> CDT -05:00.")


def case02():
    c = "b37-02-executive-assistant-books-vp"
    owner = "priyanka.venkat@mail.example"
    dom = "orrinbio.example"
    amir = ("Amir Haddad", f"amir.haddad@{dom}")
    gret = ("Gretchen Albright", f"gretchen.albright@{dom}")
    mari = ("Marisol Quintero", f"marisol.quintero@{dom}")
    fmt = lambda p: f"{p[0]} <{p[1]}>"
    d1 = T(2026, 4, 8, 10, 2, "America/Los_Angeles")
    m1 = mid("BYAPR11MB4410.amir.0408", "namprd11.prod.outlook.example")
    b1 = ("Hi Priyanka,\n\nGreat news - Marisol Quintero, our VP of Engineering, would like to meet you as "
          "the next step for the Director, Platform Engineering role. I'm copying Gretchen Albright, "
          "Marisol's executive assistant, who runs her calendar and will find a time with you.\n\n"
          "Gretchen - over to you!\n\nAmir\n--\nAmir Haddad | Executive Recruiter | Orrin Biosystems\n"
          "1150 Marina Village Pkwy, Alameda, CA 94501 | +1 510 555 0123")
    add(c, "01-amir-intro-to-ea.eml",
        plain(owner, fmt(amir), fmt(("Priyanka Venkat", owner)), "Orrin Biosystems: meeting with Marisol Quintero",
              d1, m1, b1, cc=fmt(gret)))
    d2 = T(2026, 4, 8, 13, 27, "America/Los_Angeles")
    m2 = mid("BYAPR11MB4410.gret.0408", "namprd11.prod.outlook.example")
    b2 = ("Hi Priyanka,\n\nThank you Amir (moving you to bcc). Marisol has the following openings for a "
          "45-minute video conversation:\n\n"
          "  * Thursday, April 16 at 8:00 AM PT\n  * Friday, April 17 at 11:30 AM PT\n"
          "  * Monday, April 20 at 1:00 PM PT\n\nPlease let me know which works best and I will send a "
          "calendar invitation. If none of these suit, I am happy to look further out.\n\nKind regards,\n"
          "Gretchen Albright\nExecutive Assistant to Marisol Quintero, VP Engineering\nOrrin Biosystems\n"
          "Direct: +1 510 555 0178\n\n________________________________\nFrom: Amir Haddad\n"
          "Sent: Wednesday, April 8, 2026 10:02 AM\nTo: Priyanka Venkat\nCc: Gretchen Albright\n"
          "Subject: Orrin Biosystems: meeting with Marisol Quintero\n\n" + b1)
    add(c, "02-gretchen-three-openings.eml",
        plain(owner, fmt(gret), fmt(("Priyanka Venkat", owner)),
              "RE: Orrin Biosystems: meeting with Marisol Quintero", d2, m2, b2, in_reply_to=m1, refs=m1))
    d3 = T(2026, 4, 9, 8, 5, "America/Los_Angeles")
    m3 = mid("BYAPR11MB4410.gret.0409", "namprd11.prod.outlook.example")
    b3 = ("Hi Priyanka,\n\nPerfect - Friday at 11:30 it is. Invitation to follow from my calendar on "
          "Marisol's behalf.\n\nBest,\nGretchen\n\n________________________________\n"
          f"From: Priyanka Venkat <{owner}>\nSent: Wednesday, April 8, 2026 9:48 PM\n"
          "To: Gretchen Albright\nSubject: Re: Orrin Biosystems: meeting with Marisol Quintero\n\n"
          "Hi Gretchen,\n\nThank you! Friday at 11:30 would be ideal (Thursday 8am is tricky with school "
          "drop-off).\n\nBest regards,\nPriyanka")
    add(c, "03-gretchen-friday-confirmed.eml",
        plain(owner, fmt(gret), fmt(("Priyanka Venkat", owner)),
              "RE: Orrin Biosystems: meeting with Marisol Quintero", d3, m3, b3, in_reply_to=m2, refs=f"{m1} {m2}"))
    s, e = T(2026, 4, 17, 11, 30, "America/Los_Angeles"), T(2026, 4, 17, 12, 15, "America/Los_Angeles")
    body = ("Priyanka - Marisol is looking forward to speaking with you about the Director, Platform "
            "Engineering role. Please use the Teams link below.\n\nGretchen Albright on behalf of Marisol "
            "Quintero")
    add(c, "04-invite-marisol-priyanka.eml",
        exchange_invite(owner, "Priyanka Venkat / Marisol Quintero - Director, Platform Engineering",
                        win_when(s, e, "(UTC-08:00) Pacific Time (US & Canada)"), body, gret,
                        [("Priyanka Venkat", owner), mari], s, e, "Pacific Standard Time",
                        "040000008200E00074C5B7101A82E00800000000D1A7E6F2B8C9DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
                        0, T(2026, 4, 9, 8, 11, "America/Los_Angeles"),
                        mid("BYAPR11MB4410.gret.inv0409", "namprd11.prod.outlook.example")))
    label(c, owner, [iv("Orrin Biosystems", "Director, Platform Engineering", s, e, "scheduled",
                        [mari[1]], [mari[1]], "hiring_manager")],
          "medium", "positive/executive-assistant-scheduling",
          "Recruiter hands off to the VP's EA; EA offers three PT slots, candidate picks Friday 11:30; Exchange "
          "invite from the EA (organizer, not interviewer) 11:30-12:15 PDT. Display label says UTC-08:00 but "
          "April is PDT (-07:00).")


def case03():
    c = "b37-03-pencil-thursday-confirm-tomorrow"
    owner = "hannah.oduya@example.com"
    dom = "brackenridgemutual.example"
    oli = f"Oliver Tansley <oliver.tansley@{dom}>"
    sig = ("Oliver Tansley\nTalent Acquisition Partner\nBrackenridge Mutual\n"
           "14 Cannon Street, London EC4M 6XH\nT: +44 20 7946 0321 | M: +44 7700 900 412")
    d1 = T(2026, 4, 13, 11, 20, "Europe/London")
    m1 = mid("LO2P265MB.oli.0413", dom)
    b1 = ("Hi Hannah,\n\nLovely to speak earlier. As mentioned, the first stage for the Pricing Actuary role "
          "is a 45-minute conversation with Priya Raman, our Head of Pricing.\n\nLet's pencil in Thursday "
          "morning - I'll confirm an exact time once I've checked Priya's diary (she's in and out of "
          "committee meetings this week).\n\nMany thanks,\n" + sig)
    add(c, "01-oliver-pencil-in-thursday.eml",
        plain(owner, oli, owner, "Brackenridge Mutual - Pricing Actuary - first stage", d1, m1, b1,
              cte="quoted-printable"))
    d2 = T(2026, 4, 15, 16, 5, "Europe/London")
    m2 = mid("LO2P265MB.oli.0415", dom)
    b2 = ("Hi Hannah,\n\nConfirming half past ten tomorrow with Priya - she'll ring you on the mobile "
          "number you gave me (07700 900 588). Allow 45 minutes; it's a conversation about your pricing "
          "experience rather than a technical test.\n\nPriya's email is priya.raman@brackenridgemutual.example "
          "should you need to reach her directly.\n\nGood luck!\n" + sig + "\n\n"
          + quote("Mon, 13 Apr 2026 at 11:20", oli, b1))
    add(c, "02-oliver-confirming-tomorrow.eml",
        plain(owner, oli, owner, "RE: Brackenridge Mutual - Pricing Actuary - first stage", d2, m2, b2,
              cte="quoted-printable", in_reply_to=m1, refs=m1))
    s, e = T(2026, 4, 16, 10, 30, "Europe/London"), T(2026, 4, 16, 11, 15, "Europe/London")
    label(c, owner, [iv("Brackenridge Mutual", "Pricing Actuary", s, e, "scheduled",
                        [f"priya.raman@{dom}"], [f"priya.raman@{dom}"], "hiring_manager")],
          "hard", "positive/thread-pencil-then-confirm-relative",
          "'Pencil in Thursday morning' then (Wed 15 Apr) 'confirming half past ten tomorrow' -> Thu 16 Apr "
          "10:30-11:15 BST (+01:00). Body-only, quoted-printable.")


def case04():
    c = "b37-04-push-thirty-minutes-berlin"
    owner = "matteo.rinaldi@mail.example"
    dom = "kranich-mobility.example"
    lena = ("Lena Vogt", f"lena.vogt@{dom}")
    jonas = ("Jonas Brandt", f"jonas.brandt@{dom}")
    s0, e0 = T(2026, 3, 31, 14, 0, "Europe/Berlin"), T(2026, 3, 31, 15, 0, "Europe/Berlin")
    desc = ("Technisches Interview (Backend Engineer (Kotlin)) mit Jonas Brandt, Teamlead Backend.\n"
            "Ich selbst bin nicht dabei - bei Fragen gerne an mich.\nLena Vogt, People & Culture")
    add(c, "01-einladung-technisches-interview.eml",
        google_invite(owner, "Invitation", "Technisches Interview Kranich Mobility - Matteo Rinaldi", s0, e0,
                      "CEST", "Mitteleuropäische Zeit - Berlin", lena,
                      [lena + ("ACCEPTED",), jonas + ("ACCEPTED",), (owner, owner, "NEEDS-ACTION")],
                      "7hx0kranich31mrz@google.com", 0, T(2026, 3, 25, 9, 40, "Europe/Berlin"),
                      mid("calendar-7hx0-kranich", "google.com"), description=desc,
                      conf="https://meet.google.com/kmr-vbqt-hsa"))
    d2 = T(2026, 3, 30, 17, 12, "Europe/Berlin")
    m2 = mid("jb.push30.0330", dom)
    b2 = ("Hi Matteo,\n\nquick one about tomorrow's interview (14:00 Uhr): could we push 30 minutes? My "
          "previous meeting with our fleet partner tends to run over and I'd rather not keep you waiting. "
          "14:30 - 15:30 would be ideal. Lena will update the invite if that works for you.\n\n"
          "Beste Grüße\nJonas\n\n--\nJonas Brandt\nTeamlead Backend | Kranich Mobility GmbH\n"
          "Schlesische Str. 27, 10997 Berlin\nTel. +49 30 5557 1234")
    add(c, "02-jonas-can-we-push-30.eml",
        plain(owner, f"{jonas[0]} <{jonas[1]}>", owner, "Morgen: 30 Minuten später?", d2, m2, b2,
              cc=f"{lena[0]} <{lena[1]}>", cte="quoted-printable"))
    s, e = T(2026, 3, 31, 14, 30, "Europe/Berlin"), T(2026, 3, 31, 15, 30, "Europe/Berlin")
    add(c, "03-aktualisierte-einladung.eml",
        google_invite(owner, "Updated invitation", "Technisches Interview Kranich Mobility - Matteo Rinaldi", s, e,
                      "CEST", "Mitteleuropäische Zeit - Berlin", lena,
                      [lena + ("ACCEPTED",), jonas + ("ACCEPTED",), (owner, owner, "ACCEPTED")],
                      "7hx0kranich31mrz@google.com", 1, T(2026, 3, 30, 18, 2, "Europe/Berlin"),
                      mid("calendar-7hx0-kranich-u1", "google.com"), description=desc,
                      conf="https://meet.google.com/kmr-vbqt-hsa"))
    label(c, owner, [iv("Kranich Mobility", "Backend Engineer (Kotlin)", s, e, "scheduled",
                        [jonas[1]], [jonas[1]], "technical")],
          "medium", "positive/reschedule-push-30",
          "Invite sent 25 Mar (CET) for 31 Mar 14:00 Uhr; interviewer asks to push 30 min; updated invite "
          "SEQUENCE 1 at 14:30-15:30. 31 Mar is after EU DST (29 Mar) -> +02:00.")


def case05():
    c = "b37-05-something-came-up-next-week-sydney"
    owner = "lucy.tran@example.com"
    dom = "coralline.example"
    bec = ("Bec Harrington", f"bec.harrington@{dom}")
    san = ("Sanjay Pillai", f"sanjay.pillai@{dom}")
    s0, e0 = T(2026, 4, 2, 10, 0, "Australia/Sydney"), T(2026, 4, 2, 11, 0, "Australia/Sydney")
    add(c, "01-invitation-data-interview.eml",
        google_invite(owner, "Invitation", "Coralline Health | Senior Data Engineer interview - Lucy Tran", s0, e0,
                      "AEDT", "Australian Eastern Time - Sydney", bec,
                      [bec + ("ACCEPTED",), san + ("ACCEPTED",), (owner, owner, "ACCEPTED")],
                      "2cr9coralline0402@google.com", 0, T(2026, 3, 26, 14, 5, "Australia/Sydney"),
                      mid("calendar-2cr9-coralline", "google.com"),
                      description="Technical conversation with Sanjay Pillai (Head of Data). Bring an example "
                                  "pipeline you're proud of.", conf="https://meet.google.com/cor-aldn-wpx"))
    d2 = T(2026, 3, 30, 16, 48, "Australia/Sydney")
    m2 = mid("bec.fwd.0330", dom)
    b2 = ("Hi Lucy,\n\nSee Sanjay's note below - really sorry for the shuffle! Would Thursday 9 April at "
          "10am (same time, one week later) work for you?\n\nCheers,\nBec\n\nBec Harrington | Talent "
          "Partner | Coralline Health\nLevel 9, 60 Martin Place, Sydney NSW 2000 | 0400 555 271\n\n"
          "---------- Forwarded message ---------\n"
          f"From: Sanjay Pillai <{san[1]}>\nDate: Mon, 30 Mar 2026 at 4:31 pm\n"
          "Subject: Thursday interview\nTo: Bec Harrington <" + bec[1] + ">\n\n"
          "Hey Bec - something came up: I have to be in Melbourne for the board session on Thursday. "
          "Could we do next week instead with Lucy? Any morning works for me.\n\nS.")
    add(c, "02-fwd-something-came-up.eml",
        plain(owner, f"{bec[0]} <{bec[1]}>", owner, "Fwd: Thursday interview", d2, m2, b2))
    d3 = T(2026, 3, 31, 9, 12, "Australia/Sydney")
    m3 = mid("bec.re.0331", dom)
    b3 = ("Thanks Lucy, legend. I've moved the invite to Thursday 9 April, 10-11am - you should see the "
          "update in your calendar now.\n\nBec\n\n"
          + quote("Mon, 30 Mar 2026 at 9:40 pm", f"Lucy Tran <{owner}>",
                  "No problem at all! Next Thursday at 10 is fine.\n\nLucy"))
    add(c, "03-re-moved-to-next-thursday.eml",
        plain(owner, f"{bec[0]} <{bec[1]}>", owner, "Re: Fwd: Thursday interview", d3, m3, b3,
              in_reply_to=mid("lucy.0330", "example.com"), refs=f"{m2} {mid('lucy.0330', 'example.com')}"))
    s, e = T(2026, 4, 9, 10, 0, "Australia/Sydney"), T(2026, 4, 9, 11, 0, "Australia/Sydney")
    ev = {
        "kind": "calendar#event", "etag": "\"3441870216442000\"", "id": "2cr9coralline0402",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MmNyOWNvcmFsbGluZTA0MDIgbHVjeS50cmFu",
        "created": "2026-03-26T03:05:00.000Z", "updated": "2026-03-30T22:12:40.221Z",
        "summary": "Coralline Health | Senior Data Engineer interview - Lucy Tran",
        "description": "Technical conversation with Sanjay Pillai (Head of Data). Bring an example pipeline "
                       "you're proud of.\n\nMoved from 2 April at Sanjay's request.",
        "creator": {"email": bec[1], "displayName": bec[0]},
        "organizer": {"email": bec[1], "displayName": bec[0]},
        "start": {"dateTime": iso(s), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": iso(e), "timeZone": "Australia/Sydney"},
        "iCalUID": "2cr9coralline0402@google.com", "sequence": 1,
        "attendees": [
            {"email": bec[1], "displayName": bec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": san[1], "displayName": san[0], "responseStatus": "accepted"},
            {"email": owner, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/cor-aldn-wpx",
        "reminders": {"useDefault": True}, "eventType": "default"}
    add(c, "04-calendar-event.gcal.json", ev)
    label(c, owner, [iv("Coralline Health", "Senior Data Engineer", s, e, "scheduled",
                        [san[1]], [san[1]], "technical")],
          "hard", "positive/reschedule-next-week-dst",
          "Invite for Thu 2 Apr 10:00 AEDT (+11); interviewer 'something came up, next week instead' "
          "(forwarded); moved to Thu 9 Apr 10:00 which is AEST (+10) after Sydney DST ends 5 Apr; final state "
          "in Calendar API JSON.")


def case06():
    c = "b37-06-new-invite-before-old-cancel"
    owner = "sam.kowalczyk@example.com"
    dom = "quillfeather.example"
    ren = ("Renata Szabo", f"renata.szabo@{dom}")
    des = ("Desmond Achebe", f"desmond.achebe@{dom}")
    wl = "(UTC-05:00) Eastern Time (US & Canada)"
    s0, e0 = T(2026, 5, 6, 15, 0, "America/New_York"), T(2026, 5, 6, 16, 0, "America/New_York")
    uidA = "040000008200E00074C5B7101A82E00800000000C0FFEE11DDA0DC010000000000000000100000005A11A0C0DE0506"
    uidB = "040000008200E00074C5B7101A82E00800000000C0FFEE22DDA0DC010000000000000000100000005B22B0C0DE0507"
    body = ("Hi Sam,\n\nThis is your interview with Desmond Achebe, Managing Editor, for the Senior Audience "
            "Editor role. Please come ready to talk through a newsletter growth project you led.\n\n"
            "Renata Szabo\nRecruiting Coordinator, Quillfeather Media\n(646) 555-0119")
    add(c, "01-invite-wednesday.eml",
        exchange_invite(owner, "Interview: Sam Kowalczyk - Senior Audience Editor", win_when(s0, e0, wl), body,
                        ren, [("Sam Kowalczyk", owner), des], s0, e0, "Eastern Standard Time", uidA, 0,
                        T(2026, 4, 29, 10, 15, "America/New_York"), mid("MN2PR07.ren.0429", dom)))
    d2 = T(2026, 5, 4, 9, 2, "America/New_York")
    b2 = ("Hi Sam,\n\nDesmond's travel changed and he's now flying back Wednesday afternoon, so we're moving "
          "your interview to Thursday, May 7 at 11am ET (same 60 minutes, same Teams format).\n\nOutlook "
          "can be a bit clumsy here: you'll first receive a brand-new invitation for Thursday and then a "
          "cancellation for the old Wednesday slot. Please accept the Thursday one - nothing else changes.\n\n"
          "Thanks for your flexibility!\nRenata")
    add(c, "02-renata-moving-to-thursday.eml",
        plain(owner, f"{ren[0]} <{ren[1]}>", owner, "Quick change to your interview time", d2,
              mid("MN2PR07.ren.0504a", dom), b2))
    s, e = T(2026, 5, 7, 11, 0, "America/New_York"), T(2026, 5, 7, 12, 0, "America/New_York")
    add(c, "03-invite-thursday.eml",
        exchange_invite(owner, "Interview: Sam Kowalczyk - Senior Audience Editor (rescheduled)",
                        win_when(s, e, wl), body, ren, [("Sam Kowalczyk", owner), des], s, e,
                        "Eastern Standard Time", uidB, 0, T(2026, 5, 4, 9, 6, "America/New_York"),
                        mid("MN2PR07.ren.0504b", dom)))
    add(c, "04-canceled-wednesday.eml",
        exchange_invite(owner, "Canceled: Interview: Sam Kowalczyk - Senior Audience Editor",
                        win_when(s0, e0, wl), "Moved to Thursday 5/7 11am - see new invite.", ren,
                        [("Sam Kowalczyk", owner), des], s0, e0, "Eastern Standard Time", uidA, 1,
                        T(2026, 5, 4, 9, 7, "America/New_York"), mid("MN2PR07.ren.0504c", dom),
                        method="CANCEL"))
    label(c, owner, [iv("Quillfeather Media", "Senior Audience Editor", s, e, "scheduled",
                        [des[1]], [des[1]], "hiring_manager")],
          "hard", "positive/reschedule-new-uid-before-cancel",
          "Reschedule done as new Outlook meeting (new UID) that arrives BEFORE the METHOD:CANCEL of the old "
          "one; the coordinator's mail says it is a move, so one scheduled interview Thu 7 May 11:00 EDT. "
          "The old Wed slot is not a separate cancelled interview (explicitly a reschedule).")


def case07():
    c = "b37-07-invite-update-room-only"
    owner = "ines.barros@mail.example"
    dom = "granitehill.example"
    pat = ("Patrice Lemieux", f"patrice.lemieux@{dom}")
    aiko = ("Aiko Tanabe", f"aiko.tanabe@{dom}")
    rub = ("Ruben Castellanos", f"ruben.castellanos@{dom}")
    wl = "(UTC-05:00) Eastern Time (US & Canada)"
    s, e = T(2026, 10, 20, 13, 0, "America/Toronto"), T(2026, 10, 20, 14, 30, "America/Toronto")
    uid = "040000008200E00074C5B7101A82E0080000000077AB3C19E85EDC01000000000000000010000000GRANITE1020"
    body = ("Hello Ines,\n\nYou are invited to an in-person panel interview for the Structural Engineer II "
            "position with Aiko Tanabe (Associate, Buildings) and Ruben Castellanos (Principal). Please bring "
            "photo ID for the security desk and ask for Patrice at reception.\n\nPatrice Lemieux\n"
            "Talent Coordinator | Granitehill Engineering\n200 Bay Street, Toronto ON M5J 2J1 | 416-555-0142")
    loc1 = "Granitehill HQ, 200 Bay St - 18th floor, Room 1804 (Humber)"
    loc2 = "Granitehill HQ, 200 Bay St - 22nd floor, Room 2210 (Don Valley)"
    add(c, "01-panel-interview-invite.eml",
        exchange_invite(owner, "Panel interview - Ines Barros - Structural Engineer II", win_when(s, e, wl), body,
                        pat, [("Ines Barros", owner), aiko, rub], s, e, "Eastern Standard Time", uid, 0,
                        T(2026, 10, 9, 14, 20, "America/Toronto"), mid("YT3PR01.pat.1009", dom), location=loc1,
                        teams=False))
    add(c, "02-updated-room-change.eml",
        exchange_invite(owner, "Updated: Panel interview - Ines Barros - Structural Engineer II",
                        win_when(s, e, wl), "Room change only - the time is unchanged.\n\n" + body, pat,
                        [("Ines Barros", owner), aiko, rub], s, e, "Eastern Standard Time", uid, 1,
                        T(2026, 10, 16, 11, 3, "America/Toronto"), mid("YT3PR01.pat.1016", dom), location=loc2,
                        teams=False))
    b3 = ("Hi Ines,\n\nJust a heads-up so the Outlook update doesn't alarm you: we've swapped you into a "
          "bigger room (2210 on the 22nd floor) because Ruben wants to use the wall screen for drawings. "
          "Tuesday 1:00-2:30 still stands.\n\nSee you then,\nPatrice\n416-555-0142")
    add(c, "03-patrice-heads-up-room.eml",
        plain(owner, f"{pat[0]} <{pat[1]}>", owner, "Room change for Tuesday (time unchanged)",
              T(2026, 10, 16, 11, 9, "America/Toronto"), mid("YT3PR01.pat.1016b", dom), b3))
    label(c, owner, [iv("Granitehill Engineering", "Structural Engineer II", s, e, "scheduled",
                        [aiko[1], rub[1]], [aiko[1], rub[1]], "onsite")],
          "medium", "positive/update-location-only",
          "Exchange invite then SEQUENCE 1 update that only changes LOCATION; time unchanged Tue 20 Oct 13:00-"
          "14:30 Toronto (EDT -04:00, before Nov 1). Two-person panel -> onsite.")


def case08():
    c = "b37-08-all-day-onsite-with-agenda-phoenix"
    owner = "devon.achterberg@example.com"
    dom = "saguarosemi.example"
    kay = ("Kaylee Brandt", f"kaylee.brandt@{dom}")
    rosa = ("Rosa Delgado", f"rosa.delgado@{dom}")
    trent = ("Trent Okoye", f"trent.okoye@{dom}")
    wen = ("Wen Li", f"wen.li@{dom}")
    Z = "America/Phoenix"
    s, e = T(2026, 11, 4, 9, 30, Z), T(2026, 11, 4, 14, 45, Z)
    html = (
        "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
        "<p>Hi Devon,</p><p>We're excited to host you for your onsite interview for the <b>Process Integration "
        "Engineer</b> role on <b>Wednesday, November 4</b> at our Chandler fab campus. I've put an all-day "
        "hold on your calendar (attached); the detailed schedule is below. All times are Arizona time (MST - "
        "we don't change clocks).</p>"
        "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
        "<tr><th>Time</th><th>Session</th><th>With</th></tr>"
        "<tr><td>9:30 &ndash; 10:15 am</td><td>Welcome &amp; role deep-dive</td>"
        f"<td>Rosa Delgado, Hiring Manager (<a href=\"mailto:{rosa[1]}\">{rosa[1]}</a>)</td></tr>"
        "<tr><td>10:15 &ndash; 11:00 am</td><td>Technical: integration & yield</td>"
        f"<td>Trent Okoye, Sr. Process Engineer ({trent[1]})</td></tr>"
        "<tr><td>11:00 &ndash; 11:45 am</td><td>Cleanroom tour (gowning provided)</td><td>Trent Okoye</td></tr>"
        "<tr><td>11:45 am &ndash; 12:45 pm</td><td>Lunch with the team</td><td>Café Saguaro</td></tr>"
        "<tr><td>12:45 &ndash; 1:30 pm</td><td>Data analysis interview</td>"
        f"<td>Wen Li, Yield Engineering Manager ({wen[1]})</td></tr>"
        "<tr><td>1:45 &ndash; 2:45 pm</td><td>Your presentation (20 min) + Q&amp;A</td>"
        "<td>Rosa, Trent and Wen</td></tr></table>"
        "<p>Please check in at the Building 3 lobby a few minutes before 9:30 &ndash; parking is in lot C. "
        "Closed-toe shoes please, no contact lenses in the fab.</p>"
        "<p>Warmly,<br>Kaylee Brandt<br>Recruiting Coordinator, Saguaro Semiconductor<br>"
        "2150 S. Price Rd, Chandler, AZ 85286<br>(480) 555-0163</p></body></html>")
    m1 = base_msg(owner, f"{kay[0]} <{kay[1]}>", owner,
                  "Your onsite interview - Wednesday, Nov 4 - Saguaro Semiconductor",
                  T(2026, 10, 27, 15, 40, Z), mid("kb.onsite.1027", dom))
    m1.set_content(html, subtype="html", cte="quoted-printable")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Saguaro Semiconductor//Recruiting//EN", "VERSION:2.0",
               "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:onsite-devon-achterberg-20261104@saguarosemi.example",
               f"DTSTAMP:{zstamp(T(2026, 10, 27, 15, 40, Z))}", "DTSTART;VALUE=DATE:20261104",
               "DTEND;VALUE=DATE:20261105", "SUMMARY:Onsite interview day - Saguaro Semiconductor (Chandler)",
               "LOCATION:Saguaro Semiconductor\\, Building 3 lobby\\, 2150 S. Price Rd\\, Chandler AZ",
               "DESCRIPTION:Onsite day - see Kaylee's e-mail for the detailed agenda.",
               f"ORGANIZER;CN=Kaylee Brandt:mailto:{kay[1]}",
               f"ATTENDEE;CN=Devon Achterberg;PARTSTAT=NEEDS-ACTION:mailto:{owner}",
               "TRANSP:TRANSPARENT", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="Onsite-Nov4.ics")
    add(c, "01-onsite-agenda-allday-hold.eml", m1)
    b2 = ("Hi Devon - friendly reminder that we'll see you tomorrow, first session with Rosa at 9:30. "
          "Text me at (480) 555-0163 if you hit traffic on the 101.\n\nKaylee")
    add(c, "02-reminder-see-you-tomorrow.eml",
        plain(owner, f"{kay[0]} <{kay[1]}>", owner, "See you tomorrow!", T(2026, 11, 3, 16, 2, Z),
              mid("kb.onsite.1103", dom), b2))
    label(c, owner, [iv("Saguaro Semiconductor", "Process Integration Engineer", s, e, "scheduled",
                        [rosa[1], trent[1], wen[1]], [rosa[1], trent[1], wen[1]], "onsite")],
          "hard", "positive/all-day-hold-agenda-in-body",
          "HTML-only mail with an agenda table and an all-day VALUE=DATE hold; onsite = 9:30 (first session) "
          "to 2:45 pm (end of presentation) Arizona time, -07:00 (no DST).")


def case09():
    c = "b37-09-cancelled-then-rebooked-new-event"
    owner = "kenji.morales@example.com"
    dom = "pelicanridge.example"
    ats = "TalentLoop Scheduling <no-reply@talentloop.example>"
    ama = ("Ama Boateng", f"ama.boateng@{dom}")
    vic = ("Victor Lindqvist", f"victor.lindqvist@{dom}")
    Z = "America/Denver"
    vtz = vtz_us("America/Denver", "-0700", "-0600", "MST", "MDT")

    def ats_ics(method, uid, s, e, seq, stamp):
        return ics(["BEGIN:VCALENDAR", "PRODID:-//TalentLoop//Interview Scheduler 4.2//EN", "VERSION:2.0",
                    f"METHOD:{method}"] + vtz + [
            "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(stamp)}",
            f"DTSTART;TZID=America/Denver:{local_stamp(s)}", f"DTEND;TZID=America/Denver:{local_stamp(e)}",
            "SUMMARY:Pelican Ridge Software - Staff Frontend Engineer - Interview with Victor Lindqvist",
            "LOCATION:https://zoom.example/j/88213400917",
            f"ORGANIZER;CN=Ama Boateng:mailto:{ama[1]}",
            f"ATTENDEE;CN=Victor Lindqvist;ROLE=REQ-PARTICIPANT:mailto:{vic[1]}",
            f"ATTENDEE;CN=Kenji Morales;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{owner}",
            f"SEQUENCE:{seq}", "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
            "END:VEVENT", "END:VCALENDAR"])

    def ats_mail(subject, text, cal, fname, stamp, mtag):
        m = base_msg(owner, ats, owner, subject, stamp, mid(mtag, "mail.talentloop.example"),
                     reply_to=f"{ama[0]} <{ama[1]}>")
        m.set_content(text)
        m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename=fname,
                         params={"method": "CANCEL" if "CANCEL" in cal.split("\r\n")[3] else "REQUEST"})
        return m

    s0, e0 = T(2026, 6, 9, 9, 0, Z), T(2026, 6, 9, 10, 0, Z)
    st1 = T(2026, 6, 2, 11, 30, Z)
    t1 = ("Hi Kenji,\n\nYour interview with Pelican Ridge Software is confirmed.\n\n"
          "Role: Staff Frontend Engineer\nInterviewer: Victor Lindqvist, Engineering Manager\n"
          "When: Tuesday, June 9, 2026, 9:00 AM - 10:00 AM (Mountain Time - Denver)\n"
          "Where: Zoom - https://zoom.example/j/88213400917\n\nA calendar file is attached. Questions? Reply "
          "to this email to reach Ama Boateng.\n\n-- Sent by TalentLoop on behalf of Pelican Ridge Software")
    add(c, "01-talentloop-confirmed-june9.eml",
        ats_mail("Interview confirmed: Staff Frontend Engineer at Pelican Ridge Software", t1,
                 ats_ics("REQUEST", "tl-8f21c0a9@talentloop.example", s0, e0, 0, st1), "interview.ics", st1,
                 "tl.8f21c0a9.conf"))
    st2 = T(2026, 6, 8, 7, 45, Z)
    t2 = ("Hi Kenji,\n\nUnfortunately your interview on Tuesday, June 9, 2026 at 9:00 AM (Mountain Time) with "
          "Pelican Ridge Software has been cancelled.\n\nNote from Ama: Victor is out sick today and tomorrow - "
          "so sorry! I'll reach out separately to find a new time.\n\n-- Sent by TalentLoop")
    add(c, "02-talentloop-cancelled.eml",
        ats_mail("Interview cancelled: Staff Frontend Engineer at Pelican Ridge Software", t2,
                 ats_ics("CANCEL", "tl-8f21c0a9@talentloop.example", s0, e0, 1, st2), "cancel.ics", st2,
                 "tl.8f21c0a9.cxl"))
    d3 = T(2026, 6, 10, 13, 20, Z)
    b3 = ("Hi Kenji,\n\nVictor is back on his feet. Could you do Monday June 15 at noon Mountain for the "
          "same hour-long conversation? If so I'll book it through TalentLoop and you'll get a fresh "
          "confirmation.\n\nThanks for bearing with us,\nAma\n\nAma Boateng | Recruiting Coordinator | Pelican "
          "Ridge Software\n1801 Wewatta St, Denver, CO 80202 | 303-555-0175\n\n"
          + quote("Wed, Jun 10, 2026 at 12:58 PM", f"Kenji Morales <{owner}>",
                  "Hi Ama, no worries at all - hope he feels better. Monday or Tuesday next week would suit me.\n\nKenji"))
    add(c, "03-ama-new-time-proposal.eml",
        plain(owner, f"{ama[0]} <{ama[1]}>", owner, "Re: Rescheduling your interview", d3,
              mid("ama.0610", dom), b3, in_reply_to=mid("kenji.0610", "example.com"),
              refs=mid("kenji.0610", "example.com")))
    s, e = T(2026, 6, 15, 12, 0, Z), T(2026, 6, 15, 13, 0, Z)
    st4 = T(2026, 6, 10, 16, 5, Z)
    t4 = ("Hi Kenji,\n\nYour interview with Pelican Ridge Software is confirmed.\n\n"
          "Role: Staff Frontend Engineer\nInterviewer: Victor Lindqvist, Engineering Manager\n"
          "When: Monday, June 15, 2026, 12:00 PM - 1:00 PM (Mountain Time - Denver)\n"
          "Where: Zoom - https://zoom.example/j/88213455120\n\nA calendar file is attached.\n\n"
          "-- Sent by TalentLoop on behalf of Pelican Ridge Software")
    add(c, "04-talentloop-confirmed-june15.eml",
        ats_mail("Interview confirmed: Staff Frontend Engineer at Pelican Ridge Software", t4,
                 ats_ics("REQUEST", "tl-93d7e411@talentloop.example", s, e, 0, st4), "interview.ics", st4,
                 "tl.93d7e411.conf"))
    label(c, owner, [
        iv("Pelican Ridge Software", "Staff Frontend Engineer", s0, e0, "cancelled", [vic[1]], [vic[1]],
           "hiring_manager"),
        iv("Pelican Ridge Software", "Staff Frontend Engineer", s, e, "scheduled", [vic[1]], [vic[1]],
           "hiring_manager")],
        "hard", "positive/cancel-then-rebook-new-event",
        "ATS confirms Tue 9 Jun 9:00 MDT, ATS cancels (METHOD:CANCEL), coordinator proposes new time, ATS books "
        "a NEW event (new UID) Mon 15 Jun 12:00 MDT -> two entries (cancelled + scheduled).")


def case10():
    c = "b37-10-candidate-declines-slot-auckland"
    owner = "rosa.linde@mail.example"
    dom = "kauricloud.example"
    aro = ("Aroha Whitley", f"aroha.whitley@{dom}")
    finn = ("Finn Galloway", f"finn.galloway@{dom}")
    Z = "Pacific/Auckland"
    s0, e0 = T(2026, 4, 6, 9, 0, Z), T(2026, 4, 6, 10, 0, Z)
    desc = "SRE technical interview with Finn Galloway (Platform Lead). Incident walk-through + Q&A."
    add(c, "01-invitation-monday-9am.eml",
        google_invite(owner, "Invitation", "Kauri Cloud - SRE interview (Rosa Linde)", s0, e0, "NZST",
                      "New Zealand Time - Auckland", aro,
                      [aro + ("ACCEPTED",), finn + ("ACCEPTED",), (owner, owner, "NEEDS-ACTION")],
                      "9kc1kauri0406@google.com", 0, T(2026, 3, 31, 15, 10, Z),
                      mid("calendar-9kc1-kauri", "google.com"), description=desc,
                      conf="https://meet.google.com/kau-rinz-sre"))
    d2 = T(2026, 4, 1, 10, 25, Z)
    b2 = ("Kia ora Rosa,\n\nNo worries at all! Finn could do Wednesday 8 April at 2pm instead - I'll move "
          "the invite across now, so please keep an eye out for the update.\n\nNgā mihi,\nAroha\n\n"
          "Aroha Whitley | Talent Acquisition | Kauri Cloud\nLevel 3, 12 Customs Street East, Auckland 1010\n"
          "+64 9 555 0148\n\n"
          + quote("Wed, 1 Apr 2026 at 8:02 AM", f"Rosa Linde <{owner}>",
                  "Hi Aroha,\n\nI'm sorry, I have to decline the Monday 9am slot - it's my week on school "
                  "drop-off. Could we do any afternoon that week instead?\n\nThanks,\nRosa"))
    add(c, "02-aroha-re-decline-new-slot.eml",
        plain(owner, f"{aro[0]} <{aro[1]}>", owner,
              "Re: Declined: Kauri Cloud - SRE interview (Rosa Linde) @ Mon Apr 6, 2026 9am - 10am (NZST)", d2,
              mid("aroha.0401", dom), b2, in_reply_to=mid("rosa.decline.0401", "mail.example"),
              refs=mid("rosa.decline.0401", "mail.example")))
    s, e = T(2026, 4, 8, 14, 0, Z), T(2026, 4, 8, 15, 0, Z)
    add(c, "03-updated-invitation-wednesday-2pm.eml",
        google_invite(owner, "Updated invitation", "Kauri Cloud - SRE interview (Rosa Linde)", s, e, "NZST",
                      "New Zealand Time - Auckland", aro,
                      [aro + ("ACCEPTED",), finn + ("ACCEPTED",), (owner, owner, "NEEDS-ACTION")],
                      "9kc1kauri0406@google.com", 1, T(2026, 4, 1, 10, 31, Z),
                      mid("calendar-9kc1-kauri-u1", "google.com"), description=desc,
                      conf="https://meet.google.com/kau-rinz-sre"))
    label(c, owner, [iv("Kauri Cloud", "Site Reliability Engineer", s, e, "scheduled",
                        [finn[1]], [finn[1]], "technical")],
          "medium", "positive/candidate-declines-asks-another",
          "Candidate declines Mon 9am, recruiter offers Wed 8 Apr 2pm, updated invite SEQUENCE 1. Auckland "
          "DST ended 5 Apr -> NZST +12:00 (original invite sent under NZDT). Role 'SRE' in summary.")


def case11():
    c = "b37-11-company-cancels-never-rebooks"
    owner = "marcus.delacroix@example.com"
    dom = "haldenoutdoor.example"
    bri = ("Brianna Cho", f"brianna.cho@{dom}")
    Z = "America/Los_Angeles"
    s, e = T(2026, 2, 19, 13, 30, Z), T(2026, 2, 19, 14, 0, Z)
    b1 = ("Hi Marcus,\n\nThanks for making time on such short notice! Confirming Thursday, Feb 19 at 1:30 PT "
          "for our 30-minute phone screen for the E-commerce Marketing Manager role. I'll call you at the "
          "number on your resume (503-555-0190). Calendar hold coming your way.\n\nBrianna Cho\nTalent "
          "Partner, Halden Outdoor Co.\n915 NW 13th Ave, Portland, OR 97209")
    add(c, "01-brianna-confirming-thursday.eml",
        plain(owner, f"{bri[0]} <{bri[1]}>", owner, "Phone screen Thursday - Halden Outdoor",
              T(2026, 2, 13, 11, 4, Z), mid("bc.0213", dom), b1))
    args = ("Phone screen: Marcus Delacroix <> Brianna Cho (Halden Outdoor)", s, e, "PST",
            "Pacific Time - Los Angeles", bri,
            [bri + ("ACCEPTED",), (owner, owner, "ACCEPTED")], "4hd7halden0219@google.com")
    add(c, "02-invitation-phone-screen.eml",
        google_invite(owner, "Invitation", *args, 0, T(2026, 2, 13, 11, 6, Z), mid("calendar-4hd7", "google.com"),
                      description="Brianna calls Marcus at 503-555-0190. E-commerce Marketing Manager."))
    b3 = ("Hi Marcus,\n\nI'm really sorry to do this - the E-commerce Marketing Manager role has been put on "
          "hold as part of a company-wide hiring freeze, effective today. That means we need to cancel "
          "Thursday's call, and I don't have a timeline for when (or whether) the position will reopen.\n\n"
          "I'll keep your details on file and reach out personally if anything changes. Thank you for your "
          "interest in Halden.\n\nBrianna")
    add(c, "03-brianna-hiring-freeze-cancel.eml",
        plain(owner, f"{bri[0]} <{bri[1]}>", owner, "Re: Phone screen Thursday - Halden Outdoor",
              T(2026, 2, 17, 16, 48, Z), mid("bc.0217", dom), b3, in_reply_to=mid("bc.0213", dom),
              refs=mid("bc.0213", dom)))
    add(c, "04-canceled-event.eml",
        google_invite(owner, "Canceled event", *args, 1, T(2026, 2, 17, 16, 50, Z),
                      mid("calendar-4hd7-cxl", "google.com"),
                      description="Brianna calls Marcus at 503-555-0190. E-commerce Marketing Manager."))
    label(c, owner, [iv("Halden Outdoor Co.", "E-commerce Marketing Manager", s, e, "cancelled",
                        [bri[1]], [bri[1]], "phone_screen")],
          "medium", "positive/cancelled-never-rebooked",
          "Booked recruiter screen Thu 19 Feb 1:30-2:00 PST (-08:00), then company cancels (hiring freeze) "
          "with a Google 'Canceled event'; never rebooked -> one cancelled interview.")


def case12():
    c = "b37-12-thu-3-12-430p-pst-slotwise"
    owner = "aisha.bello@mail.example"
    dom = "cobaltline.example"
    ravi = ("Ravi Deshmukh", f"ravi@{dom}")
    Z = "America/Los_Angeles"
    b1 = ("hey Aisha - thanks for applying, your detection-engineering writeup on the blog was great. "
          "would Thu 3/12 @ 4:30p PST work for a 45 min chat w/ me? if not send me a couple of times and we'll "
          "make it work\n\nRavi\n\nSent from my phone")
    m1 = mid("CAH7ravi.0305", dom)
    add(c, "01-ravi-thu-312-430p.eml",
        plain(owner, f"{ravi[0]} <{ravi[1]}>", owner, "Security Engineer, D&R @ Cobaltline",
              T(2026, 3, 5, 19, 52, Z), m1, b1))
    b2 = ("awesome. our scheduling tool (Slotwise) will send you the official invite w/ the zoom link in a "
          "few min\n\n" + quote("Fri, Mar 6, 2026 at 8:14 AM", f"Aisha Bello <{owner}>",
                                "Hi Ravi, thanks! Thursday 4:30 works great.\n\nAisha") + "\n>\n"
          + "\n".join("> > " + l for l in b1.split("\n")))
    add(c, "02-ravi-re-awesome.eml",
        plain(owner, f"{ravi[0]} <{ravi[1]}>", owner, "Re: Security Engineer, D&R @ Cobaltline",
              T(2026, 3, 6, 8, 40, Z), mid("CAH7ravi.0306", dom), b2, in_reply_to=mid("aisha.0306", "mail.example"),
              refs=f"{m1} {mid('aisha.0306', 'mail.example')}"))
    s, e = T(2026, 3, 12, 16, 30, Z), T(2026, 3, 12, 17, 15, Z)
    html = ("<!DOCTYPE html><html><body style=\"margin:0;background:#f4f5f7\"><table width=\"100%\"><tr><td "
            "align=\"center\"><table width=\"560\" style=\"background:#fff;font-family:Helvetica,Arial;"
            "padding:24px\"><tr><td><h2 style=\"color:#1f2a44\">You're booked!</h2>"
            "<p>Hi Aisha, your interview with <strong>Cobaltline Security</strong> is confirmed.</p>"
            "<p><strong>Security Engineer, Detection &amp; Response &mdash; Hiring Manager Interview</strong><br>"
            "Thursday, March 12, 2026<br>4:30 PM &ndash; 5:15 PM (Pacific Time - US &amp; Canada)<br>"
            "Interviewer: Ravi Deshmukh</p><p><a href=\"https://zoom.example/j/94410227736\" style=\"background:"
            "#3b5bdb;color:#fff;padding:10px 16px;text-decoration:none\">Join Zoom</a></p>"
            "<p style=\"color:#8a8f98;font-size:12px\">Need to change? <a href=\"https://app.slotwise.example/r/"
            "c0b4l7\">Reschedule or cancel</a>. This message was sent by Slotwise on behalf of Cobaltline "
            "Security. Please do not reply to this email.</p></td></tr></table></td></tr></table></body></html>")
    st = T(2026, 3, 6, 8, 44, Z)
    m3 = base_msg(owner, "Cobaltline Security via Slotwise <notifications@slotwise.example>", owner,
                  "Confirmed: Hiring Manager Interview with Cobaltline Security on Thu, Mar 12", st,
                  mid("sw.c0b4l7.conf", "slotwise.example"))
    m3.set_content(html, subtype="html", cte="base64")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Slotwise//Scheduler//EN", "METHOD:REQUEST"]
              + vtz_us("America/Los_Angeles", "-0800", "-0700", "PST", "PDT") + [
        "BEGIN:VEVENT", "UID:c0b4l7-20260312@slotwise.example", f"DTSTAMP:{zstamp(st)}",
        f"DTSTART;TZID=America/Los_Angeles:{local_stamp(s)}", f"DTEND;TZID=America/Los_Angeles:{local_stamp(e)}",
        "SUMMARY:Cobaltline Security - Hiring Manager Interview (Aisha Bello)",
        "DESCRIPTION:Security Engineer\\, Detection & Response. Interviewer: Ravi Deshmukh.\\nZoom: "
        "https://zoom.example/j/94410227736",
        "LOCATION:https://zoom.example/j/94410227736",
        "ORGANIZER;CN=Slotwise:mailto:notifications@slotwise.example",
        f"ATTENDEE;CN=Ravi Deshmukh;ROLE=REQ-PARTICIPANT:mailto:{ravi[1]}",
        f"ATTENDEE;CN=Aisha Bello;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{owner}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m3.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                      params={"method": "REQUEST"})
    add(c, "03-slotwise-confirmed.eml", m3)
    label(c, owner, [iv("Cobaltline Security", "Security Engineer, Detection & Response", s, e, "scheduled",
                        [ravi[1]], [ravi[1]], "hiring_manager")],
          "hard", "positive/casual-time-scheduling-vendor",
          "'Thu 3/12 @ 4:30p PST' from a phone; vendor confirmation (HTML-only, base64) with TZID America/"
          "Los_Angeles 16:30-17:15. 12 Mar is after US DST start so the real offset is -07:00 despite 'PST'.")


def case13():
    c = "b37-13-paris-14h-new-york-dst-gap"
    owner = "jordan.pike@example.com"
    dom = "lumenatelier.example"
    cam = ("Camille Roux", f"camille.roux@{dom}")
    eti = ("Étienne Moreau", f"etienne.moreau@{dom}")
    P = "Europe/Paris"
    b1 = ("Hi Jordan,\n\nThank you for your time on Monday! Étienne Moreau, our CTO, would like to meet you "
          "for the Lead iOS Engineer role (45 minutes, Google Meet).\n\nI know noon your time would suit you, "
          "but that is 17h in Paris this week and Étienne has his board call then. Could you do one of "
          "these?\n  - Tuesday 24 March, 14h Paris\n  - Wednesday 25 March, 15h30 Paris\n\n"
          "Careful with the conversion: your clocks in New York have already changed but ours only change on "
          "the 29th, so this week we are 5 hours ahead of you, not 6.\n\nBien à vous,\nCamille Roux\n"
          "Talent Acquisition - Lumen Atelier SAS\n38 rue du Faubourg Saint-Denis, 75010 Paris\n+33 1 55 50 12 34")
    m1 = mid("cr.0318", dom)
    add(c, "01-camille-two-slots.eml",
        plain(owner, f"{cam[0]} <{cam[1]}>", owner, "Lumen Atelier - entretien avec Étienne (CTO)",
              T(2026, 3, 18, 10, 12, P), m1, b1, cte="base64"))
    b2 = ("Parfait Jordan, c'est noté!\n\nConfirmed: Tuesday 24 March, 14h00-14h45 Paris time (9:00-9:45 am "
          "for you in New York). Étienne will send you the Meet link directly.\n\nCamille\n\n"
          + quote("Wed, Mar 18, 2026 at 7:31 AM", f"Jordan Pike <{owner}>",
                  "Hi Camille,\n\nTuesday at 14h Paris works - that's 9am for me, right? Thanks for flagging "
                  "the clock change!\n\nJordan"))
    add(c, "02-camille-confirmed-tuesday.eml",
        plain(owner, f"{cam[0]} <{cam[1]}>", owner, "Re: Lumen Atelier - entretien avec Étienne (CTO)",
              T(2026, 3, 18, 13, 2, P), mid("cr.0318b", dom), b2, cte="base64",
              in_reply_to=mid("jp.0318", "example.com"), refs=f"{m1} {mid('jp.0318', 'example.com')}"))
    b3 = ("Hello Jordan,\n\nLooking forward to our chat tomorrow at 14h (Paris). Here is the link: "
          "https://meet.google.com/lum-ios-cto\n\nI'd like to hear about the offline-sync work you described "
          "to Camille.\n\nÉtienne\n--\nÉtienne Moreau, CTO, Lumen Atelier")
    add(c, "03-etienne-link-for-tomorrow.eml",
        plain(owner, f"{eti[0]} <{eti[1]}>", owner, "Notre échange demain / our chat tomorrow",
              T(2026, 3, 23, 18, 30, P), mid("em.0323", dom), b3, cte="quoted-printable", cc=f"{cam[0]} <{cam[1]}>"))
    s, e = T(2026, 3, 24, 14, 0, P), T(2026, 3, 24, 14, 45, P)
    label(c, owner, [iv("Lumen Atelier", "Lead iOS Engineer", s, e, "scheduled",
                        [eti[1]], [eti[1]], "hiring_manager")],
          "hard", "positive/thread-cross-timezone-dst-gap",
          "Paris recruiter offers '14h Paris' / '15h30', candidate in New York picks Tuesday; 24 Mar 14:00-14:45 "
          "CET (+01:00) = 09:00 EDT (US already on DST, EU not yet). base64 bodies; CTO sends link.")


# ======================================================================== NEGATIVES
def case14():
    c = "b37-14-no-time-ever-agreed"
    owner = "oskar.lund@mail.example"
    dom = "ferncastle.example"
    jess = f"Jess Arbuthnot <jess.arbuthnot@{dom}>"
    Z = "Europe/London"
    sig = "Jess Arbuthnot\nTalent Partner, Ferncastle Games\nStudio 4, 22 Hope Street, Liverpool L1 9BY\n0151 555 0142"
    b1 = ("Hi Oskar,\n\nGood news - the team loved your portfolio. Next step is a 45-minute technical "
          "interview with Harriet Osei, our Lead Gameplay Programmer. Could you send me three windows next week "
          "when you'd be free? I'll then lock something in with Harriet.\n\nCheers,\n" + sig)
    m1 = mid("ja.0309", dom)
    add(c, "01-jess-send-me-windows.eml",
        plain(owner, jess, owner, "Ferncastle Games - Gameplay Programmer - technical interview", T(2026, 3, 9, 10, 0, Z),
              m1, b1))
    b2 = ("Thanks Oskar, that's perfect. Harriet's at GDC in San Francisco this week so she may take a day or "
          "two to confirm - I'll come back to you as soon as she does.\n\nJess\n\n"
          + quote("Mon, 9 Mar 2026 at 14:22", f"Oskar Lund <{owner}>",
                  "Hi Jess,\n\nGreat to hear! Next week I could do:\n- Mon 16th after 2pm\n- Tue 17th morning\n"
                  "- Thu 19th any time\n\nBest,\nOskar"))
    add(c, "02-jess-waiting-on-harriet.eml",
        plain(owner, jess, owner, "Re: Ferncastle Games - Gameplay Programmer - technical interview",
              T(2026, 3, 9, 15, 1, Z), mid("ja.0309b", dom), b2, in_reply_to=mid("ol.0309", "mail.example"),
              refs=f"{m1} {mid('ol.0309', 'mail.example')}"))
    b3 = ("Hi Oskar,\n\nApologies for the radio silence. Harriet's calendar has been chaos since GDC and we've "
          "missed all three of your windows. Could you share availability for the week of the 30th "
          "instead? Sorry again.\n\nJess")
    add(c, "03-jess-week-of-30th-instead.eml",
        plain(owner, jess, owner, "Re: Ferncastle Games - Gameplay Programmer - technical interview",
              T(2026, 3, 20, 9, 37, Z), mid("ja.0320", dom), b3, in_reply_to=mid("ja.0309b", dom),
              refs=f"{m1} {mid('ja.0309b', dom)}"))
    b4 = ("Hi Oskar,\n\nI wanted to let you know before you hold any more time for us: we've paused hiring for "
          "the Gameplay Programmer role while the studio reshuffles teams after our publisher update, so we "
          "won't be scheduling the interview for now. I'm genuinely sorry - you were a strong candidate and "
          "I'll reach out first if it reopens.\n\nAll the best,\n" + sig)
    add(c, "04-jess-role-paused.eml",
        plain(owner, jess, owner, "Re: Ferncastle Games - Gameplay Programmer - technical interview",
              T(2026, 4, 1, 11, 15, Z), mid("ja.0401", dom), b4, in_reply_to=mid("ol.0320", "mail.example"),
              refs=f"{m1} {mid('ja.0320', dom)} {mid('ol.0320', 'mail.example')}"))
    label(c, owner, [], "hard", "negative/no-time-agreed",
          "Availability windows exchanged twice, interviewer never confirms, role paused; no interview was ever "
          "booked.")


def case15():
    c = "b37-15-owner-withdraws-before-booking"
    owner = "liang.zhou@example.com"
    dom = "ashgrovecap.example"
    tom = f"Tom Ferreira <tom.ferreira@{dom}>"
    Z = "America/New_York"
    b1 = ("Hi Liang,\n\nThanks for your interest in the Quantitative Developer role at Ashgrove Capital. We'd "
          "like to invite you to a first-round interview with two members of the desk (60 min, Zoom).\n\n"
          "Would any of these work: Mon 10-11, Tue 2-3 or Wed 4pm (all ET, week of May 11)?\n\nBest,\nTom "
          "Ferreira\nTalent Acquisition | Ashgrove Capital LP\n590 Madison Ave, New York, NY 10022 | +1 212 555 0164")
    m1 = mid("tf.0505", dom)
    add(c, "01-tom-first-round-options.eml",
        plain(owner, tom, owner, "Ashgrove Capital - Quantitative Developer - first round", T(2026, 5, 5, 9, 30, Z),
              m1, b1))
    b2 = ("Hi Liang,\n\nCongratulations on the new role - that's great news! I've withdrawn your application "
          "and let the desk know, so please disregard the times above. Best of luck, and do keep us in mind "
          "in the future.\n\nTom\n\n"
          + quote("Tue, May 5, 2026 at 6:12 PM", f"Liang Zhou <{owner}>",
                  "Hi Tom,\n\nThank you for the invitation. I've just accepted another offer, so I'd like to "
                  "withdraw my application before we book anything - I don't want to take up the team's "
                  "time.\n\nThanks again,\nLiang") + "\n>\n" + "\n".join("> > " + l for l in b1.split("\n")))
    add(c, "02-tom-re-withdrawn.eml",
        plain(owner, tom, owner, "RE: Ashgrove Capital - Quantitative Developer - first round",
              T(2026, 5, 6, 8, 55, Z), mid("tf.0506", dom), b2, in_reply_to=mid("lz.0505", "example.com"),
              refs=f"{m1} {mid('lz.0505', 'example.com')}"))
    label(c, owner, [], "medium", "negative/withdrew-before-booking",
          "Recruiter proposes three slots; candidate withdraws before any is chosen; nothing was ever scheduled.")


def case16():
    c = "b37-16-coffee-with-friend-at-company"
    owner = "noor.haddad@example.com"
    dom = "tessellate.example"
    gabe = ("Gabe Lindholm", f"gabe.lindholm@{dom}")
    Z = "America/Chicago"
    b1 = ("Noor!! Saw your post that you're looking - we literally just opened a Senior Data Scientist role "
          "on my team. To be clear this isn't an interview or anything official, I just want to catch up and "
          "give you the honest version of what it's like here before you decide whether to apply. If you do, "
          "I'll submit a referral and our recruiter will set up the real interviews.\n\nCoffee Friday at 8:30, "
          "Blue Heron on Milwaukee Ave? My treat.\n\nGabe")
    m1 = mid("gl.0415", dom)
    add(c, "01-gabe-coffee-friday.eml",
        plain(owner, f"{gabe[0]} <{gabe[1]}>", owner, "coffee? (+ that role on my team)",
              T(2026, 4, 15, 21, 3, Z), m1, b1))
    b2 = ("ugh, can we push to 9? the Blue Line is doing weekend-style service Friday morning. same place.\n\n"
          + quote("Thu, Apr 16, 2026 at 7:40 AM", f"Noor Haddad <{owner}>",
                  "Yes!! Would love that. Friday 8:30 works. I'll bring questions about the candidate pipeline "
                  "stuff you mentioned lol"))
    add(c, "02-gabe-push-to-9.eml",
        plain(owner, f"{gabe[0]} <{gabe[1]}>", owner, "Re: coffee? (+ that role on my team)",
              T(2026, 4, 16, 18, 11, Z), mid("gl.0416", dom), b2, in_reply_to=mid("nh.0416", "example.com"),
              refs=f"{m1} {mid('nh.0416', 'example.com')}"))
    s, e = T(2026, 4, 17, 9, 0, Z), T(2026, 4, 17, 10, 0, Z)
    add(c, "03-invitation-coffee.eml",
        google_invite(owner, "Invitation", "Coffee - Noor & Gabe", s, e, "CDT", "Central Time - Chicago", gabe,
                      [gabe + ("ACCEPTED",), (owner, owner, "NEEDS-ACTION")], "0cf3gabecoffee@google.com", 0,
                      T(2026, 4, 16, 18, 14, Z), mid("calendar-0cf3", "google.com"),
                      description="catching up :) not an interview!", location="Blue Heron Coffee, Milwaukee Ave"))
    label(c, owner, [], "hard", "negative/coffee-with-friend",
          "Friend at the hiring company invites to an informal coffee, explicitly not an interview or process "
          "step (referral would come later); time moved 8:30 -> 9; Google invite.")


def case17():
    c = "b37-17-internal-1on1-recurring-exception"
    owner = "felix.andersson@example.com"
    dom = "brightmoor.example"
    cla = ("Claire Nguyen", f"claire.nguyen@{dom}")
    Z = "Europe/Stockholm"
    W = "W. Europe Standard Time"
    uid = "040000008200E00074C5B7101A82E00800000000B16A0A1DC17FDC01000000000000000010000000F3E1A0C1A1RE"
    s0, e0 = T(2026, 1, 8, 15, 0, Z), T(2026, 1, 8, 15, 30, Z)
    wl = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    add(c, "01-weekly-1on1-series.eml",
        exchange_invite(owner, "Felix / Claire 1:1", f"Occurs every Thursday effective 1/8/2026 from 3:00 PM to "
                        f"3:30 PM {wl}", "Weekly 1:1 - agenda in our shared OneNote.", cla,
                        [("Felix Andersson", owner)], s0, e0, W, uid, 0, T(2026, 1, 5, 9, 0, Z),
                        mid("AM0PR02.cn.0105", dom), rrule="FREQ=WEEKLY;BYDAY=TH;WKST=MO"))
    rid = T(2026, 4, 16, 15, 0, Z)
    s, e = T(2026, 4, 17, 9, 30, Z), T(2026, 4, 17, 10, 0, Z)
    add(c, "02-1on1-moved-this-week.eml",
        exchange_invite(owner, "Felix / Claire 1:1", win_when(s, e, wl),
                        "Moving this week's 1:1 to Friday morning - I'm on the interview panel for the Ops Lead "
                        "candidates all Thursday afternoon. Same agenda.\n\nClaire", cla,
                        [("Felix Andersson", owner)], s, e, W, uid, 3, T(2026, 4, 13, 8, 20, Z),
                        mid("AM0PR02.cn.0413", dom), rrule=None, recurrence_id=rid))
    hold = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                "METHOD:PUBLISH"] + vtz_eu(W) + [
        "BEGIN:VEVENT", "CLASS:PRIVATE", f"DTSTAMP:{zstamp(T(2026, 4, 13, 8, 30, Z))}",
        f"DTSTART;TZID={W}:{local_stamp(T(2026, 4, 16, 16, 0, Z))}",
        f"DTEND;TZID={W}:{local_stamp(T(2026, 4, 16, 16, 30, Z))}",
        "SUMMARY:Hold - prep notes for 1:1 w/ Claire (Q2 goals\\, promo case)",
        f"ORGANIZER;CN=Felix Andersson:mailto:{owner}",
        f"ATTENDEE;CN=Felix Andersson;PARTSTAT=ACCEPTED:mailto:{owner}",
        "UID:0400000082-felix-hold-20260416", "TRANSP:OPAQUE", "SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT", "END:VCALENDAR"])
    add(c, "03-hold-1on1-prep.ics", hold)
    label(c, owner, [], "hard", "negative/internal-1on1-recurring",
          "Weekly internal 1:1 (RRULE) at the owner's current employer; one occurrence moved via RECURRENCE-ID "
          "because the manager is on an interview panel; plus a private calendar hold. No job interview.")


def case18():
    c = "b37-18-owner-is-interviewer-pushed"
    owner = "grace.mbeki@mail.example"
    dom = "lanternfish.example"
    rhys = ("Rhys Caldwell", f"rhys.caldwell@{dom}")
    Z = "America/New_York"
    wl = "(UTC-05:00) Eastern Time (US & Canada)"
    uid = "040000008200E00074C5B7101A82E008000000005E4D3C2B1A09DC01000000000000000010000000LANTERN0922"
    s0, e0 = T(2026, 9, 22, 10, 0, Z), T(2026, 9, 22, 11, 0, Z)
    body = ("Hi Grace,\n\nThanks for joining the interview panel for our Senior QA Engineer candidate, "
            "Priyesh Anand. You'll cover test strategy and automation. Résumé and scorecard are in Greenfield "
            "ATS - please submit feedback within 24 hours.\n\nRhys Caldwell | Recruiting, Lanternfish Software")
    add(c, "01-panel-invite-interviewer.eml",
        exchange_invite(owner, "Interview: Priyesh Anand - Senior QA Engineer (Test Strategy)",
                        win_when(s0, e0, wl), body, rhys, [("Grace Mbeki", owner)], s0, e0,
                        "Eastern Standard Time", uid, 0, T(2026, 9, 15, 13, 0, Z), mid("CH0PR11.rc.0915", dom)))
    b2 = ("Hi Grace - the candidate asked whether we can push 30 minutes on Tuesday (he's coming from a "
          "school run). Would 10:30 still work for you? I'll update the invite if so.\n\nRhys")
    add(c, "02-rhys-can-we-push-30.eml",
        plain(owner, f"{rhys[0]} <{rhys[1]}>", owner, "Priyesh Anand interview - push 30 min?",
              T(2026, 9, 17, 15, 20, Z), mid("CH0PR11.rc.0917", dom), b2))
    s, e = T(2026, 9, 22, 10, 30, Z), T(2026, 9, 22, 11, 30, Z)
    add(c, "03-updated-interviewer-invite.eml",
        exchange_invite(owner, "Updated: Interview: Priyesh Anand - Senior QA Engineer (Test Strategy)",
                        win_when(s, e, wl), body, rhys, [("Grace Mbeki", owner)], s, e,
                        "Eastern Standard Time", uid, 1, T(2026, 9, 17, 16, 2, Z), mid("CH0PR11.rc.0917b", dom)))
    label(c, owner, [], "hard", "negative/owner-is-interviewer",
          "Owner is on the interview panel at her own employer (candidate is someone else); invite pushed 30 "
          "minutes via update.")


def case19():
    c = "b37-19-scheduling-link-never-used"
    owner = "bram.devries@example.com"
    dom = "rivermint.example"
    pao = f"Paola Reyes <paola.reyes@{dom}>"
    Z = "America/Chicago"
    b1 = ("Hi Bram,\n\nThanks for applying to the Clinical Data Manager position at Rivermint Health! I'd like "
          "to schedule a 30-minute recruiter interview. Please pick whatever time suits you best using my "
          "scheduling page:\n\nhttps://calendrio.example/paola-reyes/30min-recruiter-interview\n\n"
          "Slots are shown in your local time zone.\n\nPaola Reyes\nSenior Recruiter, Rivermint Health\n"
          "Madison, WI | 608-555-0131")
    m1 = mid("pr.0203", dom)
    add(c, "01-paola-pick-a-time.eml",
        plain(owner, pao, owner, "Rivermint Health - let's schedule your interview", T(2026, 2, 3, 10, 5, Z), m1, b1))
    html = ("<html><body><p>Hi Bram,</p><p>You haven't picked a time for your <b>Recruiter Interview</b> with "
            "Paola Reyes (Rivermint Health) yet.</p><p>Available times this week include Wed 2/11 at 9:00 AM, "
            "Wed 2/11 at 1:30 PM and Thu 2/12 at 11:00 AM (Central).</p><p><a href=\"https://calendrio.example/"
            "paola-reyes/30min-recruiter-interview\">Choose a time</a></p><p style=\"font-size:11px;color:#888\">"
            "This scheduling link expires on Friday, February 13. Sent by Calendrio. Do not reply.</p>"
            "</body></html>")
    add(c, "02-calendrio-reminder.eml",
        plain(owner, "Calendrio <reminders@calendrio.example>", owner,
              "Reminder: schedule your Recruiter Interview with Paola Reyes", T(2026, 2, 9, 8, 0, Z),
              mid("cal.rem.0209", "calendrio.example"), None, html=html, html_only=True, cte="quoted-printable"))
    b3 = ("Hi Bram,\n\nSince we didn't hear back, I've closed the scheduling request for the Clinical Data "
          "Manager interview. If you're still interested, just reply to this note and I'll reopen it.\n\nAll "
          "the best,\nPaola")
    add(c, "03-paola-closing-request.eml",
        plain(owner, pao, owner, "Re: Rivermint Health - let's schedule your interview", T(2026, 2, 16, 14, 30, Z),
              mid("pr.0216", dom), b3, in_reply_to=m1, refs=m1))
    label(c, owner, [], "medium", "negative/unbooked-scheduling-link",
          "Self-scheduling link + vendor reminder listing open slots, never booked, request closed.")


def case20():
    c = "b37-20-mock-interview-rescheduled"
    owner = "tariq.hussain@example.com"
    dom = "interviewforge.example"
    Z = "Europe/London"
    s0, e0 = T(2026, 5, 16, 9, 0, Z), T(2026, 5, 16, 10, 0, Z)
    s, e = T(2026, 5, 16, 10, 30, Z), T(2026, 5, 16, 11, 30, Z)
    b1 = ("Hi Tariq,\n\nYour session is booked!\n\nMock System Design Interview (60 min) with coach Bree "
          "Oyelaran (ex-staff engineer)\nSaturday 16 May 2026, 09:00-10:00 (UK time)\nPrice: £129.00 - paid "
          "with card ending 4417\n\nYou'll get written feedback and a hire/no-hire style score within 48 hours. "
          "Treat it like the real thing!\n\nInterviewForge - practice interviews with engineers from top "
          "companies\nUnit 5, 9 Brick Lane, London E1 6PU")
    add(c, "01-mock-booking-confirmed.eml",
        plain(owner, "InterviewForge <bookings@interviewforge.example>", owner,
              "Booked: Mock System Design Interview - Sat 16 May, 09:00", T(2026, 5, 10, 19, 2, Z),
              mid("if.bk.7731", dom), b1))
    b2 = ("Hi Tariq,\n\nYour coach Bree asked to move your session by 90 minutes - new time: Saturday 16 May, "
          "half past ten to 11:30 (UK time). If this doesn't work you can pick another slot or get a full "
          "refund from your dashboard.\n\nUpdated calendar file attached.\n\nInterviewForge")
    m2 = base_msg(owner, "InterviewForge <bookings@interviewforge.example>", owner,
                  "Rescheduled: Mock System Design Interview - now 10:30", T(2026, 5, 13, 12, 44, Z),
                  mid("if.bk.7731.r1", dom))
    m2.set_content(b2)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//InterviewForge//Bookings//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:if-booking-7731@interviewforge.example", f"DTSTAMP:{zstamp(T(2026, 5, 13, 12, 44, Z))}",
               f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}", "SEQUENCE:1",
               "SUMMARY:Mock System Design Interview with Bree Oyelaran (InterviewForge)",
               "DESCRIPTION:Paid practice session. Join: https://interviewforge.example/room/7731",
               "ORGANIZER;CN=InterviewForge:mailto:bookings@interviewforge.example",
               f"ATTENDEE;CN=Tariq Hussain;RSVP=TRUE:mailto:{owner}", "STATUS:CONFIRMED", "END:VEVENT",
               "END:VCALENDAR"])
    m2.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="session.ics",
                      params={"method": "REQUEST"})
    add(c, "02-mock-rescheduled-ics.eml", m2)
    label(c, owner, [], "medium", "negative/mock-interview",
          "Paid mock interview with a coach, moved 90 minutes via ics update; practice, not a hiring process.")


def case21():
    c = "b37-21-podcast-interview-time-moved"
    owner = "elena.sokolova@mail.example"
    dom = "shippingfridays.example"
    host = f"Marco Benedetti <marco@{dom}>"
    Z = "America/Los_Angeles"
    b1 = ("Hi Elena,\n\nI host Shipping Fridays, a podcast about how engineering teams actually release "
          "software. Your talk on progressive delivery was great - would you be up for an interview for episode "
          "112? Recording takes about an hour.\n\nWould any of these work: Mon 10-11, Tue 2-3 or Wed 4pm "
          "(Pacific, week of June 22)?\n\nMarco")
    m1 = mid("mb.0612", dom)
    add(c, "01-marco-podcast-invite.eml",
        plain(owner, host, owner, "Podcast interview? (Shipping Fridays ep. 112)", T(2026, 6, 12, 11, 0, Z), m1, b1))
    b2 = ("Tuesday 2pm PT it is - thanks! I'll send a Riverside link the day before. Since you mentioned you're "
          "interviewing candidates that morning, no rush to join early.\n\nMarco\n\n"
          + quote("Fri, Jun 12, 2026 at 1:17 PM", f"Elena Sokolova <{owner}>",
                  "Hi Marco, I'd love to! Tuesday 2-3 works best for me.\n\nElena"))
    add(c, "02-marco-tuesday-confirmed.eml",
        plain(owner, host, owner, "Re: Podcast interview? (Shipping Fridays ep. 112)", T(2026, 6, 12, 14, 2, Z),
              mid("mb.0612b", dom), b2, in_reply_to=mid("es.0612", "mail.example"),
              refs=f"{m1} {mid('es.0612', 'mail.example')}"))
    b3 = ("Hey Elena - can we push 30 minutes on Tuesday, so 2:30 PT? My co-host is stuck in another "
          "recording. Link: https://riverside.example/studio/shipping-fridays-112\n\nMarco")
    add(c, "03-marco-push-30.eml",
        plain(owner, host, owner, "Re: Podcast interview? (Shipping Fridays ep. 112)", T(2026, 6, 22, 16, 40, Z),
              mid("mb.0622", dom), b3, in_reply_to=mid("mb.0612b", dom), refs=f"{m1} {mid('mb.0612b', dom)}"))
    label(c, owner, [], "hard", "negative/podcast-interview",
          "Podcast guest interview: options offered, Tuesday agreed, pushed 30 minutes - press, not hiring.")


def case22():
    c = "b37-22-user-research-session-rescheduled"
    owner = "yusuf.karaca@example.com"
    dom = "careerly.example"
    res = ("Mina Park", f"mina.park@{dom}")
    Z = "America/New_York"
    s0, e0 = T(2026, 7, 14, 16, 0, Z), T(2026, 7, 14, 16, 45, Z)
    s, e = T(2026, 7, 16, 12, 0, Z), T(2026, 7, 16, 12, 45, Z)
    b1 = ("Hi Yusuf,\n\nThanks for completing our screener! You qualified for a 45-minute research interview "
          "about how job seekers keep track of their applications and interviews. As a thank-you you'll "
          "receive a $100 gift card.\n\nYou're booked for Tuesday, July 14 at 4pm ET. Please use a laptop; the "
          "session will be recorded for research purposes only.\n\nMina Park\nUX Researcher, Careerly")
    m1 = mid("mp.0708", dom)
    add(c, "01-mina-research-session-booked.eml",
        plain(owner, f"{res[0]} <{res[1]}>", owner, "Your Careerly research interview - Tue 7/14 4pm ET",
              T(2026, 7, 8, 10, 0, Z), m1, b1))
    add(c, "02-invitation-research-session.eml",
        google_invite(owner, "Invitation", "Careerly research interview (participant: Yusuf) - $100 incentive",
                      s0, e0, "EDT", "Eastern Time - New York", res,
                      [res + ("ACCEPTED",), (owner, owner, "NEEDS-ACTION")], "8rs4careerlyux@google.com", 0,
                      T(2026, 7, 8, 10, 3, Z), mid("calendar-8rs4", "google.com"),
                      description="Usability study - participants are not being evaluated; there are no right "
                                  "answers.", conf="https://meet.google.com/crl-uxrs-014"))
    b3 = ("Hi Yusuf,\n\nSomething came up on our side - could we do Thursday at noon ET instead? I've moved the "
          "invite; the gift card is unaffected.\n\nMina")
    add(c, "03-mina-something-came-up.eml",
        plain(owner, f"{res[0]} <{res[1]}>", owner, "Re: Your Careerly research interview - Tue 7/14 4pm ET",
              T(2026, 7, 13, 9, 12, Z), mid("mp.0713", dom), b3, in_reply_to=m1, refs=m1))
    add(c, "04-updated-invitation-research.eml",
        google_invite(owner, "Updated invitation", "Careerly research interview (participant: Yusuf) - $100 incentive",
                      s, e, "EDT", "Eastern Time - New York", res,
                      [res + ("ACCEPTED",), (owner, owner, "NEEDS-ACTION")], "8rs4careerlyux@google.com", 1,
                      T(2026, 7, 13, 9, 14, Z), mid("calendar-8rs4-u1", "google.com"),
                      description="Usability study - participants are not being evaluated; there are no right "
                                  "answers.", conf="https://meet.google.com/crl-uxrs-014"))
    label(c, owner, [], "medium", "negative/user-research-session",
          "Paid UX research 'interview' ($100 gift card) rescheduled with an updated Google invite; not a job "
          "interview.")


def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    for name in os.listdir(HERE):
        if name.startswith("b37-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind37 labels - see README.md. Generated by make_cases.py; do not edit by hand.\n")
        yaml.safe_dump(LABELS, f, sort_keys=True, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
