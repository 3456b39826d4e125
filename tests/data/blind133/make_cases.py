#!/usr/bin/env python3
"""Deterministic generator for the blind133 evaluation set.

Theme: a chief-of-staff candidate in San Francisco (America/Los_Angeles) whose interviews are mostly
scheduled by executive assistants on delegated calendars.  All people, companies and company domains are
invented (.example); the mailbox owner is imogen.castellanos@example.com.

Run:  python make_cases.py      (rewrites every case folder and labels.yaml next to this file)
Needs only the standard library, PyYAML and zoneinfo.
"""
import base64
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")
PAR = ZoneInfo("Europe/Paris")
BER = ZoneInfo("Europe/Berlin")
TYO = ZoneInfo("Asia/Tokyo")
UTC = timezone.utc

OWNER = "imogen.castellanos@example.com"
OWNER_NAME = "Imogen Castellanos"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


# ---------------------------------------------------------------------------- time helpers
def D(y, mo, d, h=0, mi=0, tz=PT):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def check_day(dt, weekday):
    assert dt.strftime("%A") == weekday, (dt, dt.strftime("%A"), weekday)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def h12(dt, compact=False):
    """2:00 PM (Outlook) or 2pm / 2:30pm (Google)."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    if compact:
        return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"
    return f"{h}:{dt.minute:02d} {ap.upper()}"


# ---------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


WIN_TZ = {
    "Pacific Standard Time": (PT, "(UTC-08:00) Pacific Time (US & Canada)", "-0800", "-0700"),
    "Eastern Standard Time": (ET, "(UTC-05:00) Eastern Time (US & Canada)", "-0500", "-0400"),
    "Tokyo Standard Time": (TYO, "(UTC+09:00) Osaka, Sapporo, Tokyo", "+0900", None),
}


def vtimezone(tzid):
    if tzid == "America/Los_Angeles":
        std, dst = "-0800", "-0700"
        return ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
                "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", "TZNAME:PDT",
                "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "TZNAME:PST",
                "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                "END:VTIMEZONE"]
    _, _, std, dst = WIN_TZ[tzid]
    if dst is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", "END:STANDARD", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def organizer_line(name, email, sent_by=None):
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    return f"ORGANIZER;CN={name}{sb}:mailto:{email}"


def attendee_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


# ---------------------------------------------------------------------------- e-mail helpers
def mail(frm, to, subject, date, *, cc=None, sender=None, reply_to=None, msgid=None, in_reply_to=None,
         references=None, plain=None, html=None, plain_cte=None, html_cte=None, calendar=None,
         cal_method="REQUEST", cal_cte="base64", attachments=(), extra=(), delivered_to=OWNER,
         relay="mail-relay.example.net"):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {relay} ({relay} [192.0.2.{(len(subject) * 7) % 250 + 1}]) by mx.example.com "
                     f"with ESMTPS id {abs(hash_s(subject + str(date))) % 10**10:010d} for <{delivered_to}>; "
                     f"{format_datetime(date)}")
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or f"<{hash_s(subject + str(date)) % 10**12:012d}.{date:%Y%m%d%H%M}@mail.example>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in extra:
        m[k] = v
    if plain is not None:
        m.set_content(plain, cte=plain_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    for data, maintype, subtype, filename in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for i, part in enumerate(m.walk()):   # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary(f"{hash_s(subject + str(date) + str(i)) % 16**24:024x}_{i}")
    return bytes(m)


def hash_s(s):
    """Deterministic small hash (Python's hash() is salted)."""
    h = 1469598103934665603
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 1099511628211) % (1 << 63)
    return h


def html_of(text):
    body = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n\n", "</p><p>").replace("\n", "<br>"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><p>{body}</p></div></body></html>")


# ---------------------------------------------------------------------------- Google Calendar invitations
def google_invite(case, fname, *, org, attendees, start, end, summary, description, uid, seq, dtstamp,
                  kind="Invitation", tzlong="Pacific Time - Los Angeles", location="", meet=None,
                  frm=None, reply_to=None, note=None):
    """org = (name, email); attendees = [(name, email, partstat)].  Event times in UTC, like Google."""
    method = "CANCEL" if kind.startswith("Canceled") else "REQUEST"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    tz = start.tzinfo
    day = f"{start:%A} {start:%b} {start.day}, {start.year}"
    rng = f"{h12(start, True)} – {h12(end, True)}"
    subj_day = f"{start:%a} {start:%b} {start.day}, {start.year}"
    subject = f"{kind}: {summary} @ {subj_day} {h12(start, True)} - {h12(end, True)} ({start.tzname()}) ({OWNER})"
    meet_txt = ""
    if meet:
        meet_txt = f"\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n\nJoin by phone\n(US) +1 650-555-0{hash_s(meet) % 900 + 100}\nPIN: {hash_s(meet) % 10**9:09d}\n"
    guests = "\n".join(
        [f"{org[0]} - organizer\n{org[1]}"] + [f"{n}\n{e}" for n, e, _ in attendees if e != org[1]])
    head = ""
    if kind.startswith("Canceled"):
        head = "This event has been canceled and removed from your calendar.\n\n"
        if note:
            head = f"This event has been canceled with a note:\n\"{note}\"\n\n"
    elif kind.startswith("Updated"):
        head = "This event has been updated\nChanged: time\n\n" if note is None else f"This event has been updated\n{note}\n\n"
    plain = (f"{head}{summary}\n{day} ⋅ {rng}\n{tzlong}\n"
             + (f"\nLocation\n{location}\n" if location else "") + meet_txt
             + f"\nOrganizer\n{org[0]}\n{org[1]}\n\nGuests\n{guests}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:18]}\n\n"
             + (f"{description}\n\n" if description else "")
             + f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:18]}\n\n"
             + "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             + "You are receiving this email because you are an attendee on the event.\n")
    html = html_of(plain)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(dtstamp)}",
             organizer_line(*org), f"UID:{uid}"]
    for n, e, ps in attendees:
        lines.append(attendee_line(n, e, ps, google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description or ""
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"CREATED:{ics_utc(dtstamp - timedelta(days=1))}", f"DESCRIPTION:{esc(desc)}",
              f"LAST-MODIFIED:{ics_utc(dtstamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(lines)
    data = mail(frm or f"{org[0]} <{org[1]}>", OWNER, subject, dtstamp,
                sender="Google Calendar <calendar-notification@google.com>",
                reply_to=reply_to or f"{org[0]} <{org[1]}>",
                msgid=f"<calendar-{hash_s(uid + str(seq) + kind) % 10**12:012d}@google.com>",
                plain=plain, plain_cte="base64", html=html, html_cte="quoted-printable",
                calendar=cal, cal_method=method, cal_cte="7bit" if cal.isascii() else "8bit",
                attachments=[(cal.encode("utf-8"), "application", "ics", "invite.ics")],
                relay="mail-sor-f41.google.com")
    CASES[case].append((fname, data))
    return cal


# ---------------------------------------------------------------------------- Outlook / Exchange invitations
def outlook_invite(case, fname, *, org, attendees, start, end, win, subject, body, location, uid, seq,
                   dtstamp, sent_by=None, method="REQUEST", status="CONFIRMED", busy="BUSY", teams=False,
                   cc_header=None, importance=None):
    """org = (name, email); sent_by = (name, email) of a delegate (From: org, Sender: delegate)."""
    tz, label, _, _ = WIN_TZ[win]
    s, e = start.astimezone(tz), end.astimezone(tz)
    when = f"When: {s:%A}, {s:%B} {s.day}, {s.year} {h12(s)}-{h12(e)} {label}."
    teams_txt = ""
    if teams:
        mid = hash_s(uid) % 10**12
        teams_txt = ("\n\n________________________________________________________________________________\n"
                     "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                     f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{uid[:24]}%40thread.v2/0>\n"
                     f"Meeting ID: {mid // 10**9} {mid // 10**6 % 1000:03d} {mid // 1000 % 1000:03d} {mid % 1000:03d}\n"
                     f"Passcode: {uid[3:9]}\n"
                     "________________________________________________________________________________")
    head = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n" if method == "REQUEST" else ""
    plain = f"{head}{body}{teams_txt}\n"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtimezone(win)
    lines += ["BEGIN:VEVENT", organizer_line(org[0], org[1], sent_by[1] if sent_by else None)]
    for n, em, ps in attendees:
        lines.append(attendee_line(n, em, ps))
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(plain)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
              f"DTSTART;TZID={win}:{ics_local(start, tz)}", f"DTEND;TZID={win}:{ics_local(end, tz)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(dtstamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{busy}", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if teams:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{uid[:24]}%40thread.v2/0")
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(lines)
    frm = f"{org[0]} <{org[1]}>"
    to = ", ".join(f"{n} <{em}>" for n, em, _ in attendees)
    prefix = {"REQUEST": "", "CANCEL": "Canceled: "}[method]
    if seq and method == "REQUEST":
        prefix = "Updated: "
    full_subject = prefix + subject
    extra = [("Thread-Topic", subject), ("Thread-Index", base64.b64encode(uid.encode()[:22]).decode()),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
             ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
             ("X-MS-Exchange-Organization-SCL", "-1")]
    if importance:
        extra.append(("Importance", importance))
    data = mail(frm, to, full_subject, dtstamp, cc=cc_header,
                sender=f"{sent_by[0]} <{sent_by[1]}>" if sent_by else None,
                msgid=f"<{org[1].split('@')[0].upper().replace('.', '')}{hash_s(uid + str(seq) + method) % 10**10:010d}@PH0PR17MB{hash_s(uid) % 10000:04d}.namprd17.prod.outlook.example>",
                plain=plain, plain_cte="quoted-printable", html=html_of(plain), html_cte="quoted-printable",
                calendar=cal, cal_method=method, cal_cte="base64", extra=extra,
                relay="NAM10-BN7-obe.outbound.protection.outlook.example")
    CASES[case].append((fname, data))
    return cal


def label(case, *, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def itv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def case(cid):
    CASES[cid] = []
    return cid


SIG_IMOGEN = "Imogen Castellanos\n(415) 555-0147"


# ============================================================================ POSITIVES
def c01():
    c = case("b133-01-ea-outlook-invite-on-behalf-of-ceo")
    dana = ("Dana Whitlock", "dana.whitlock@fernhollow.example")
    mari = ("Marisol Teague", "marisol.teague@fernhollow.example")
    start = check_day(D(2026, 3, 10, 14, 0), "Tuesday")
    end = start + timedelta(minutes=45)
    d1 = D(2026, 3, 3, 9, 14)
    body = f"""Hi Imogen,

I'm Dana Whitlock's executive assistant and I manage her calendar. Priscilla at Ashgrove shared your
materials and Dana would like to meet you in person about the Chief of Staff role.

Would next Tuesday, 3/10 at 2:00 PM (45 minutes) work on your side? We'd host you at our office, and I'll
send the invitation from Dana's calendar so it lands on hers as well. I'm copying Dana here.

Parking is tight around the building - the garage on 9th St validates.

Warmly,
Marisol

Marisol Teague
Executive Assistant to Dana Whitlock, CEO
Fernhollow Energy | 1180 Harrison St, 4th Floor, San Francisco, CA 94103
o: (415) 555-0192 | m: (628) 555-0110
"""
    CASES[c].append(("01-ea-intro.eml", mail(f"{mari[0]} <{mari[1]}>", OWNER_ADDR,
                                             "Chief of Staff - meeting with Dana", d1, cc=f"{dana[0]} <{dana[1]}>",
                                             msgid="<fh-mt-0303-1@fernhollow.example>", plain=body)))
    inv_body = """Imogen - looking forward to meeting you. Marisol will meet you in the lobby.

Dana

Interview: Chief of Staff to the CEO
Fernhollow Energy, 1180 Harrison St, 4th Floor (ask for Marisol Teague at reception)"""
    outlook_invite(c, "02-invite-on-behalf-of-dana.eml", org=dana, sent_by=mari,
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   start=start, end=end, win="Pacific Standard Time",
                   subject="Imogen Castellanos / Dana Whitlock - Chief of Staff",
                   body=inv_body, location="Fernhollow HQ - 1180 Harrison St, 4th Fl (Dana's office)",
                   uid="040000008200E00074C5B7101A82E00800000000A1F3C2B90DA9DC01000000000000000010000000FH01",
                   seq=0, dtstamp=D(2026, 3, 3, 11, 2))
    label(c, interviews=[itv("Fernhollow Energy", "Chief of Staff to the CEO", start, end, "scheduled",
                             [dana[1]], [dana[1]], "hiring_manager")],
          difficulty="medium", category="positive/delegated-outlook-on-behalf",
          notes="EA writes first ('I manage her calendar', copying Dana); Outlook invite From Dana, Sender Marisol "
                "(ORGANIZER SENT-BY). 'When:' line shows the (UTC-08:00) standard label but Mar 10 is after the "
                "Mar 8 DST switch -> -07:00. Interviewer is the CEO, not the EA.")


def c02():
    c = case("b133-02-hold-becomes-interview-google")
    jenna = ("Jenna Oduya", "jenna.oduya@quillmark.example")
    ravi = ("Ravi Anand", "ravi.anand@quillmark.example")
    uid = "5q0m1hh7ld2kqv8e0tq1hold14@google.com"
    hs = check_day(D(2026, 4, 14, 10, 0), "Tuesday")
    google_invite(c, "01-invitation-hold.eml", org=jenna,
                  attendees=[(jenna[0], jenna[1], "ACCEPTED"), (ravi[0], ravi[1], "TENTATIVE"),
                             (OWNER, OWNER, "NEEDS-ACTION")],
                  start=hs, end=hs + timedelta(hours=1), summary="HOLD - Imogen Castellanos / Ravi (TBC)",
                  description="Placeholder while I confirm Ravi's travel back from Denver. Please hold this "
                              "window - I'll confirm by Friday. - Jenna (EA to Ravi Anand)",
                  uid=uid, seq=0, dtstamp=D(2026, 4, 8, 16, 40))
    start = D(2026, 4, 14, 10, 30)
    end = start + timedelta(hours=1)
    google_invite(c, "02-updated-invitation.eml", org=jenna,
                  attendees=[(jenna[0], jenna[1], "ACCEPTED"), (ravi[0], ravi[1], "ACCEPTED"),
                             (OWNER, OWNER, "NEEDS-ACTION")],
                  start=start, end=end,
                  summary="Interview: Imogen Castellanos x Ravi Anand (Chief of Staff, Operations)",
                  description="Confirmed! Converting the hold into your interview with Ravi Anand, VP Operations. "
                              "We nudged it 30 minutes later so Ravi isn't rushing from his staff meeting. "
                              "Questions: jenna.oduya@quillmark.example",
                  uid=uid, seq=1, dtstamp=D(2026, 4, 10, 9, 5), kind="Updated invitation",
                  meet="qmk-ravi-tqx", note="Changed: title, time, description")
    label(c, interviews=[itv("Quillmark Health", "Chief of Staff, Operations", start, end, "scheduled",
                             [ravi[1]], [ravi[1]], "hiring_manager")],
          difficulty="medium", category="positive/hold-becomes-interview",
          notes="EA's 'HOLD ... (TBC)' placeholder (10-11am) is updated in place (same UID, SEQUENCE 1) into the "
                "interview at 10:30-11:30 PDT. One interview, final time.")


def c03():
    c = case("b133-03-ea-moves-interview-three-times")
    ann = ("Annelise Berg", "annelise.berg@brightwater.example")
    kofi = ("Kofi Mensah", "kofi.mensah@brightwater.example")
    sig = """Annelise Berg
Executive Assistant to Kofi Mensah, SVP Strategy
Brightwater Logistics
233 S Wacker Dr, Suite 4100, Chicago, IL 60606
T +1 (312) 555-0146"""
    subj = "Chief of Staff conversation - Kofi Mensah / Imogen Castellanos"
    d1 = D(2026, 3, 9, 10, 20)
    m1 = "<bw-ab-1@brightwater.example>"
    t1 = check_day(D(2026, 3, 17, 9, 0), "Tuesday")
    b1 = f"""Hi Imogen,

I support Kofi Mensah, our SVP Strategy, and handle his calendar. Kofi would like a 30-minute video call
with you about the Chief of Staff to the SVP Strategy role. Does Tuesday 3/17 at 9am PT work? He'll send a
Zoom from his calendar.

Copying Kofi so he has your details.

Best,
{sig}
"""
    CASES[c].append(("01-ea-proposes.eml", mail(f"{ann[0]} <{ann[1]}>", OWNER_ADDR, subj, d1,
                                                cc=f"{kofi[0]} <{kofi[1]}>", msgid=m1, plain=b1)))
    d2 = D(2026, 3, 11, 14, 2)
    m2 = "<bw-ab-2@brightwater.example>"
    b2 = f"""Hi Imogen,

So sorry to do this - Kofi now has board prep that Tuesday morning. Could we move to Wednesday 3/18 at
1pm PT instead? Same Zoom, same 30 minutes.

Thanks for bearing with us,
Annelise

On Mon, Mar 9, 2026 at 2:51 PM Imogen Castellanos <{OWNER}> wrote:
> Hi Annelise,
>
> Tuesday at 9 works great - thank you. Looking forward to speaking with Kofi.
>
> {SIG_IMOGEN.replace(chr(10), chr(10) + '> ')}
"""
    CASES[c].append(("02-ea-moves-to-wednesday.eml", mail(f"{ann[0]} <{ann[1]}>", OWNER_ADDR, "Re: " + subj, d2,
                                                          cc=f"{kofi[0]} <{kofi[1]}>", msgid=m2, in_reply_to=m1,
                                                          references=m1, plain=b2, plain_cte="quoted-printable")))
    d3 = D(2026, 3, 17, 17, 31)
    m3 = "<bw-ab-3@brightwater.example>"
    final = check_day(D(2026, 3, 19, 16, 30), "Thursday")
    b3 = f"""Hi Imogen,

I hate to move this a second time. Kofi's flight out of O'Hare tomorrow got pushed and he'll be in the
air at 1. Could we do Thu 3/19 @ 4:30p PT? He'll take it from the car after landing - 30 min, Zoom link
unchanged: https://brightwater.zoom.example/j/83310457712

Apologies again!
Annelise

On Wed, Mar 11, 2026 at 3:15 PM Imogen Castellanos <{OWNER}> wrote:
> No problem at all - Wednesday at 1 is fine.
>
>> On Wed, Mar 11, 2026 at 2:02 PM Annelise Berg <{ann[1]}> wrote:
>> So sorry to do this - Kofi now has board prep that Tuesday morning. Could we move to Wednesday 3/18 at
>> 1pm PT instead? Same Zoom, same 30 minutes.
"""
    CASES[c].append(("03-ea-moves-to-thursday.eml", mail(f"{ann[0]} <{ann[1]}>", OWNER_ADDR, "Re: " + subj, d3,
                                                         cc=f"{kofi[0]} <{kofi[1]}>", msgid=m3, in_reply_to=m2,
                                                         references=f"{m1} {m2}", plain=b3)))
    d4 = D(2026, 3, 18, 8, 12)
    m4 = "<bw-ab-4@brightwater.example>"
    b4 = f"""Perfect - locked in for tomorrow (Thursday) at 4:30pm PT. Kofi's cell in case the Zoom acts up:
+1 (312) 555-0188.

Thanks for your flexibility, Imogen!

Annelise

On Tue, Mar 17, 2026 at 7:02 PM Imogen Castellanos <{OWNER}> wrote:
> Thursday 4:30 works. Safe travels to Kofi.
"""
    CASES[c].append(("04-ea-confirms.eml", mail(f"{ann[0]} <{ann[1]}>", OWNER_ADDR, "Re: " + subj, d4,
                                                cc=f"{kofi[0]} <{kofi[1]}>", msgid=m4, in_reply_to=m3,
                                                references=f"{m1} {m2} {m3}", plain=b4)))
    label(c, interviews=[itv("Brightwater Logistics", "Chief of Staff to the SVP Strategy", final,
                             final + timedelta(minutes=30), "scheduled", [kofi[1]], [kofi[1]], "hiring_manager")],
          difficulty="hard", category="positive/reschedule-by-ea-thread",
          notes="Body-only EA thread (Chicago EA, times given in PT): Tue 3/17 9am -> Wed 3/18 1pm -> Thu 3/19 "
                "4:30pm PT, 30 min. Final state wins. Kofi is cc'd and is the interviewer.")


def c04():
    c = case("b133-04-interviewer-swapped-by-ea-outlook")
    bri = ("Bridget Coyle", "bridget.coyle@halcyonbio.example")
    gwen = ("Gwen Ashdown", "gwen.ashdown@halcyonbio.example")
    tom = ("Tomasz Wierzbicki", "tomasz.wierzbicki@halcyonbio.example")
    start = check_day(D(2026, 4, 2, 14, 0, ET), "Thursday")
    end = start + timedelta(hours=1)
    uid = "040000008200E00074C5B7101A82E00800000000C7D1E5A2B3C4DC0100000000000000001000000HB04"
    sig = """Bridget Coyle
Executive Business Partner to the CFO & COO
Halcyon Bioworks | 75 Binney St, Cambridge, MA 02142
+1 617 555 0173"""
    outlook_invite(c, "01-invite-cfo.eml", org=bri,
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (gwen[0], gwen[1], "NEEDS-ACTION")],
                   start=start, end=end, win="Eastern Standard Time",
                   subject="Interview: Imogen Castellanos - Chief of Staff (Gwen Ashdown)",
                   body=f"Hi Imogen,\n\nAs discussed, here is your conversation with Gwen Ashdown, our CFO, for the "
                        f"Chief of Staff role - 2pm ET / 11am PT, 60 minutes on Teams. I'm coordinating and won't "
                        f"join.\n\n{sig}",
                   location="Microsoft Teams Meeting", uid=uid, seq=0, dtstamp=D(2026, 3, 30, 13, 15, ET), teams=True)
    b2 = f"""Hi Imogen,

Quick heads-up on tomorrow: Gwen has been pulled into an audit committee session, so Tomasz Wierzbicki,
our COO, will meet with you instead - same time, 2pm ET (11am your time), same Teams link. Tomasz works
closely with the Chief of Staff day to day, so it's a great conversation to have. Gwen sends her apologies
and hopes to connect later in the process.

I'm updating the invite now.

{sig}
"""
    CASES[c].append(("02-ea-interviewer-change.eml",
                     mail(f"{bri[0]} <{bri[1]}>", OWNER_ADDR, "Change of interviewer for tomorrow", D(2026, 4, 1, 8, 30, ET),
                          cc=f"{tom[0]} <{tom[1]}>", plain=b2, html=html_of(b2))))
    outlook_invite(c, "03-updated-invite-coo.eml", org=bri,
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (tom[0], tom[1], "ACCEPTED")],
                   start=start, end=end, win="Eastern Standard Time",
                   subject="Interview: Imogen Castellanos - Chief of Staff (Tomasz Wierzbicki)",
                   body=f"Hi Imogen,\n\nUpdated: you'll now be meeting Tomasz Wierzbicki (COO) instead of Gwen. "
                        f"Time and Teams link unchanged.\n\n{sig}",
                   location="Microsoft Teams Meeting", uid=uid, seq=1, dtstamp=D(2026, 4, 1, 8, 41, ET), teams=True)
    label(c, interviews=[itv("Halcyon Bioworks", "Chief of Staff", start, end, "scheduled",
                             [tom[1]], [tom[1]], "hiring_manager")],
          difficulty="hard", category="positive/interviewer-swap",
          notes="Exchange invite with the CFO, then the EA swaps the interviewer to the COO (same UID, SEQUENCE 1). "
                "Final interviewer is Tomasz only; 2pm EDT = 11am PDT.")


def c05():
    c = case("b133-05-dinner-interview-with-ceo-html-only")
    pia = ("Pia Lindqvist", "pia.lindqvist@verdantloop.example")
    slo = ("Sloane Aguirre", "sloane@verdantloop.example")
    d1 = check_day(D(2026, 4, 16, 15, 48), "Thursday")
    start = check_day(D(2026, 4, 23, 19, 0), "Thursday")
    end = start + timedelta(hours=2)
    h1 = f"""<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Hi Imogen,</p>
<p>Sloane loved your conversation with the leadership team and would like to take you to dinner as the
<b>final step</b> in the Chief of Staff process - she always does her last interview for this role over a
meal rather than across a desk.</p>
<p>Would <b>next Thursday, April 23</b> at <b>7:00pm</b> work? I'm holding a table at
<b>Cassia &amp; Vine</b>, 812 Valencia Street (between 19th &amp; 20th). Please plan on about two hours.</p>
<p>Any dietary restrictions I should pass on to the restaurant?</p>
<p>All best,<br>Pia</p>
<table style="border-top:1px solid #9bb;margin-top:18px;font-size:12px;color:#557">
<tr><td><b>Pia Lindqvist</b> | Executive Assistant to Sloane Aguirre, CEO<br>
Verdant Loop, Inc. &middot; 2 Embarcadero Center, 8th Fl &middot; San Francisco CA 94111<br>
+1 415-555-0164</td></tr></table>
</body></html>
"""
    m1 = "<CAVL-pia-0416@verdantloop.example>"
    CASES[c].append(("01-ea-dinner-invitation.eml",
                     mail(f"{pia[0]} <{pia[1]}>", OWNER_ADDR, "Dinner with Sloane - next Thursday?", d1,
                          cc=f"{slo[0]} <{slo[1]}>", msgid=m1, html=h1, html_cte="quoted-printable")))
    h2 = f"""<html><body><div dir="ltr">Imogen -<div><br></div><div>So glad Thursday works. Pia booked us for 7 at
Cassia &amp; Vine - I'll be there a few minutes early. Come hungry and with your hardest questions for me
too.</div><div><br></div><div>See you then,</div><div>Sloane</div><div><br></div>
<div style="color:#777">Sent from my iPhone</div></div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">On Apr 17, 2026, at 8:02 AM,
Imogen Castellanos &lt;{OWNER}&gt; wrote:<br>Thursday the 23rd at 7 is perfect, thank you Pia! No dietary
restrictions.</blockquote></body></html>
"""
    CASES[c].append(("02-ceo-confirms.eml",
                     mail(f"{slo[0]} <{slo[1]}>", OWNER_ADDR, "Re: Dinner with Sloane - next Thursday?",
                          D(2026, 4, 20, 21, 37), cc=f"{pia[0]} <{pia[1]}>", in_reply_to=m1, references=m1,
                          html=h2, html_cte="base64")))
    label(c, interviews=[itv("Verdant Loop", "Chief of Staff", start, end, "scheduled",
                             [slo[1]], [slo[1]], "hiring_manager")],
          difficulty="hard", category="positive/dinner-interview",
          notes="HTML-only mails. Final-round dinner with the CEO ('her last interview for this role'); "
                "'next Thursday, April 23' at 7pm, 'about two hours'. The EA only schedules.")


def c06():
    c = case("b133-06-board-member-coffee-forwarded")
    pri = ("Priscilla Vance", "priscilla.vance@ashgrovepartners.example")
    har = ("Harriet Okonkwo", "harriet@okonkwo-ventures.example")
    start = check_day(D(2026, 4, 28, 10, 30), "Tuesday")
    end = start + timedelta(hours=1)
    b1 = f"""Hi Imogen,

Next step in the Tessellate process! Harriet Okonkwo, who sits on Tessellate's board (she led their
Series B), would like to meet you for coffee. Mateo asks every board member he trusts to meet the final
candidates for the Chief of Staff to the CEO role, so please treat it as a real interview - she will send
him written feedback. Her note is below; she's proposed Tuesday (4/28).

Shout if anything changes.

Priscilla

--
Priscilla Vance | Partner
Ashgrove Partners - Executive Search
One Market Plaza, Spear Tower, 36th Floor, San Francisco, CA 94105
d: +1 415.555.0121 | m: +1 415.555.0198

---------- Forwarded message ---------
From: Harriet Okonkwo <{har[1]}>
Date: Thu, Apr 23, 2026 at 6:12 PM
Subject: Re: Tessellate - Chief of Staff finalist
To: Priscilla Vance <{pri[1]}>

Priscilla - happy to. I can meet Imogen this Tuesday at half past ten at Reveille Coffee on Columbus Ave;
an hour should be plenty. Feel free to share my email.

H.
"""
    CASES[c].append(("01-search-partner-forwards.eml",
                     mail(f"{pri[0]} <{pri[1]}>", OWNER_ADDR, "Fwd: Tessellate - Chief of Staff finalist",
                          D(2026, 4, 24, 11, 5), plain=b1, plain_cte="quoted-printable")))
    b2 = """Imogen,

Looking forward to tomorrow - 10:30 at Reveille on Columbus. I'll be at the window counter with a red
notebook. If you're running late, text me: +1 (415) 555-0133.

Harriet

Harriet Okonkwo
General Partner, Okonkwo Ventures | Board Director, Tessellate Robotics
"""
    CASES[c].append(("02-board-member-confirms.eml",
                     mail(f"{har[0]} <{har[1]}>", OWNER_ADDR, "Coffee tomorrow", D(2026, 4, 27, 19, 22),
                          cc=f"{pri[0]} <{pri[1]}>", plain=b2)))
    label(c, interviews=[itv("Tessellate Robotics", "Chief of Staff to the CEO", start, end, "scheduled",
                             [har[1]], [har[1]], "other")],
          difficulty="hard", category="positive/board-member-coffee",
          notes="Coffee with a board member that is explicitly a process step (written feedback to the CEO). "
                "Forwarded note: 'this Tuesday at half past ten' (Thu Apr 23 -> Tue Apr 28), 'an hour'.")


def c07():
    c = case("b133-07-leadership-panel-gcal-json-london")
    ele = ("Eleanor Pryce", "eleanor.pryce@corvidpay.example")
    panel = [("Aditi Raman", "aditi.raman@corvidpay.example"), ("Callum Fraser", "callum.fraser@corvidpay.example"),
             ("Nkechi Obi", "nkechi.obi@corvidpay.example")]
    start = check_day(D(2026, 3, 31, 17, 0, LON), "Tuesday")
    end = start + timedelta(hours=1)
    b1 = f"""Hi Imogen,

Lovely to speak yesterday. As promised, the leadership team panel for the Chief of Staff to the CEO
role is booked for Tuesday 31 March, 17:00-18:00 London time. You'll meet Aditi Raman (CEO), Callum
Fraser (CFO) and Nkechi Obi (Chief Product Officer) together on Google Meet.

Note our clocks go forward this Sunday, so by Tuesday we'll be 8 hours ahead of San Francisco rather than
7 - it should show as 9am for you. The invite will come from my calendar.

Kind regards,
Eleanor

Eleanor Pryce
Executive Assistant to Aditi Raman, CEO
Corvid Pay Ltd, 14 Finsbury Square, London EC2A 1BR
+44 20 7946 0831
"""
    CASES[c].append(("01-ea-panel-booked.eml",
                     mail(f"{ele[0]} <{ele[1]}>", OWNER_ADDR, "Corvid Pay - leadership panel, Tue 31 March",
                          D(2026, 3, 25, 10, 2, LON), plain=b1)))
    ev = {
        "kind": "calendar#event", "etag": "\"3524719283640000\"", "id": "7h2kq0cvp3panel31mar",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N2gya3EwY3ZwM3BhbmVsMzFtYXI",
        "created": "2026-03-25T10:05:41.000Z", "updated": "2026-03-25T10:07:12.118Z",
        "summary": "Imogen Castellanos - Leadership panel (Chief of Staff to the CEO)",
        "description": "Panel: Aditi Raman (CEO), Callum Fraser (CFO), Nkechi Obi (CPO).\n"
                       "Format: 10 min intro, 40 min questions, 10 min for Imogen's questions.\n"
                       "Coordinator: Eleanor Pryce (not attending).",
        "creator": {"email": ele[1], "displayName": ele[0]},
        "organizer": {"email": ele[1], "displayName": ele[0]},
        "start": {"dateTime": iso(start), "timeZone": "Europe/London"},
        "end": {"dateTime": iso(end), "timeZone": "Europe/London"},
        "iCalUID": "7h2kq0cvp3panel31mar@google.com", "sequence": 0,
        "attendees": [{"email": ele[1], "displayName": ele[0], "organizer": True, "responseStatus": "accepted",
                       "optional": True}]
                     + [{"email": e, "displayName": n, "responseStatus": "accepted"} for n, e in panel]
                     + [{"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/cvp-lead-pnl",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/cvp-lead-pnl",
                                            "label": "meet.google.com/cvp-lead-pnl"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "cvp-lead-pnl"},
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    CASES[c].append(("02-panel-event.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()))
    emails = [e for _, e in panel]
    label(c, interviews=[itv("Corvid Pay", "Chief of Staff to the CEO", start, end, "scheduled",
                             emails, emails, "onsite")],
          difficulty="medium", category="positive/leadership-panel-gcal-api",
          notes="Leadership-team panel (3 interviewers -> onsite). Calendar API event in Europe/London on "
                "Mar 31 (BST after the Mar 29 switch) = 09:00 PDT; EA is organizer but not an interviewer.")


def standalone_ics(method, org, attendees, start, end, summary, description, location, uid, seq, dtstamp,
                   tzid="America/Los_Angeles", prodid="-//Apple Inc.//macOS 15.3//EN", status="CONFIRMED"):
    tz = ZoneInfo(tzid)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    lines += vtimezone(tzid)
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(dtstamp)}",
              f"DTSTART;TZID={tzid}:{ics_local(start, tz)}", f"DTEND;TZID={tzid}:{ics_local(end, tz)}",
              f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}",
              organizer_line(*org)]
    for n, e, ps in attendees:
        lines.append(attendee_line(n, e, ps))
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def c08():
    c = case("b133-08-onsite-day-itinerary-two-ics")
    wes = ("Wes Calder", "wes.calder@orrery.example")
    ines = ("Ines Carvalho", "ines.carvalho@orrery.example")
    dev = ("Devin Park", "devin.park@orrery.example")
    seun = ("Oluwaseun Adeyemi", "seun.adeyemi@orrery.example")
    marg = ("Marguerite Lyle", "marguerite.lyle@orrery.example")
    day = check_day(D(2026, 5, 12, 9, 30), "Tuesday")
    b1 = f"""Hi Imogen,

Thrilled to have you in on Tuesday, May 12 for your onsite for the Chief of Staff role! Here is the plan
for the day (all times Pacific). You'll get two calendar holds from me - one for the morning block and one
for the afternoon - so your calendar isn't cluttered with six invites.

  9:30 - 10:15   Ines Carvalho, CEO
 10:30 - 11:15   Devin Park, CFO
 11:30 - 12:15   Oluwaseun (Seun) Adeyemi, VP Product
 12:15 -  1:00   Lunch - I'll walk you over to the cafe downstairs (not an interview, promise)
  1:00 -  1:45   Marguerite Lyle, General Counsel
  2:00 -  3:00   Case presentation to the exec team (Ines, Devin, Seun, Marguerite)

Please arrive by 9:15 and check in at the front desk on 3. We'll wrap up by 3pm.

Wes

Wes Calder | Executive Assistant to the CEO
Orrery Systems
410 Townsend St, 3rd Floor, San Francisco, CA 94107
(415) 555-0157
"""
    CASES[c].append(("01-onsite-itinerary.eml",
                     mail(f"{wes[0]} <{wes[1]}>", OWNER_ADDR, "Your onsite at Orrery - Tue 5/12 itinerary",
                          D(2026, 5, 6, 12, 40), plain=b1, plain_cte="quoted-printable")))
    am_end = D(2026, 5, 12, 12, 15)
    pm_start, pm_end = D(2026, 5, 12, 13, 0), D(2026, 5, 12, 15, 0)
    am = standalone_ics("REQUEST", wes, [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (ines[0], ines[1], "ACCEPTED"),
                                         (dev[0], dev[1], "ACCEPTED"), (seun[0], seun[1], "ACCEPTED")],
                        day, am_end, "Onsite (AM): Imogen Castellanos - Chief of Staff",
                        "9:30 Ines Carvalho (CEO)\n10:30 Devin Park (CFO)\n11:30 Seun Adeyemi (VP Product)",
                        "Orrery Systems, 410 Townsend St, 3rd Floor, San Francisco", "orrery-onsite-am-0512@orrery.example",
                        0, D(2026, 5, 6, 12, 44))
    pm = standalone_ics("REQUEST", wes, [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (marg[0], marg[1], "ACCEPTED"),
                                         (ines[0], ines[1], "ACCEPTED"), (dev[0], dev[1], "ACCEPTED"),
                                         (seun[0], seun[1], "ACCEPTED")],
                        pm_start, pm_end, "Onsite (PM): Imogen Castellanos - Chief of Staff",
                        "1:00 Marguerite Lyle (General Counsel)\n2:00 Case presentation to the exec team",
                        "Orrery Systems, 410 Townsend St, 3rd Floor - Boardroom", "orrery-onsite-pm-0512@orrery.example",
                        0, D(2026, 5, 6, 12, 45))
    CASES[c].append(("02-onsite-morning.ics", am.encode()))
    CASES[c].append(("03-onsite-afternoon.ics", pm.encode()))
    ivs = [ines[1], dev[1], seun[1], marg[1]]
    label(c, interviews=[itv("Orrery Systems", "Chief of Staff", day, pm_end, "scheduled", ivs, ivs, "onsite")],
          difficulty="medium", category="positive/onsite-day",
          notes="Itinerary e-mail plus two standalone .ics blocks (AM 9:30-12:15, PM 1:00-3:00, lunch between) "
                "on one day -> ONE onsite 9:30-15:00 PDT with four interviewers; the EA coordinator is not one.")


def c09():
    c = case("b133-09-calendly-vp-munich-dst-gap")
    kat = ("Katrin Vogel", "katrin.vogel@stellwerk.example")
    fri = ("Friederike Baumann", "friederike.baumann@stellwerk.example")
    start = check_day(D(2026, 3, 26, 8, 0), "Thursday")
    end = start + timedelta(minutes=45)
    assert start.astimezone(BER).hour == 16
    b1 = f"""Dear Imogen,

Friederike Baumann (VP International Expansion) would like to speak with you for 45 minutes about the
Chief of Staff, US Expansion position. She asked me to send you her Calendly so you can choose what suits
you best: https://calendly.com/friederike-baumann-stellwerk/45min

Her afternoons work best (ab 14:00 Uhr bei uns in Munich). Please note we switch to summer time on 29 March,
so until then we are only 8 hours ahead of you.

Mit freundlichen Gruessen / Kind regards
Katrin Vogel
Assistenz der Geschaeftsfuehrung
Stellwerk Mobility GmbH | Arnulfstrasse 59 | 80636 Muenchen
Tel. +49 89 5550 2214
Geschaeftsfuehrer: Jonas Reiter | Amtsgericht Muenchen HRB 999999
"""
    CASES[c].append(("01-ea-sends-calendly.eml",
                     mail(f"{kat[0]} <{kat[1]}>", OWNER_ADDR, "Gespraech / call with Friederike Baumann",
                          D(2026, 3, 20, 10, 12, BER), cc=f"{fri[0]} <{fri[1]}>", plain=b1)))
    b2 = f"""Hi Imogen Castellanos,

Your 45 Minute Meeting with Friederike Baumann at 08:00am (Pacific Time - US & Canada) on Thursday,
March 26, 2026 is scheduled.

Event Type:
45 Minute Meeting

Host:
Friederike Baumann (friederike.baumann@stellwerk.example)

Event Date/Time:
08:00am - 08:45am (Pacific Time - US & Canada)
Thursday, March 26, 2026

Location:
This is a Microsoft Teams web conference. Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_STW45min

Your answers:
Please share anything that will help prepare for our meeting.
Interview for Chief of Staff, US Expansion - Katrin Vogel sent me your link.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/4f1c7a20-stw-0326
Reschedule: https://calendly.com/reschedulings/4f1c7a20-stw-0326

Powered by Calendly.com
"""
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly 1.0//EN", "CALSCALE:GREGORIAN",
                    "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTAMP:{ics_utc(D(2026, 3, 20, 9, 31))}",
                    f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                    "SUMMARY:Friederike Baumann and Imogen Castellanos",
                    "UID:4f1c7a20-stw-0326@calendly.com",
                    organizer_line(fri[0], fri[1]),
                    attendee_line(fri[0], fri[1], "ACCEPTED"), attendee_line(OWNER_NAME, OWNER, "ACCEPTED"),
                    "DESCRIPTION:Event Name: 45 Minute Meeting\\n\\nLocation: Microsoft Teams\\n\\nNeed to make "
                    "changes to this event?\\nCancel: https://calendly.com/cancellations/4f1c7a20-stw-0326",
                    "LOCATION:Microsoft Teams", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    CASES[c].append(("02-calendly-confirmation.eml",
                     mail("Calendly <notifications@calendly.com>", OWNER_ADDR,
                          "Confirmed: 45 Minute Meeting with Friederike Baumann on Thursday, March 26, 2026",
                          D(2026, 3, 20, 9, 31), reply_to=f"{fri[0]} <{fri[1]}>", plain=b2,
                          attachments=[(cal.encode(), "text", "calendar", "invite.ics")],
                          relay="o1.ptr4412.calendly.com")))
    label(c, interviews=[itv("Stellwerk Mobility", "Chief of Staff, US Expansion", start, end, "scheduled",
                             [fri[1]], [fri[1]], "hiring_manager")],
          difficulty="medium", category="positive/calendly-delegated",
          notes="EA sends the VP's Calendly; booking confirmation in PT (08:00 PDT = 16:00 CET, 8h gap in the "
                "US/EU DST window). Invitee-side Calendly confirmation; the VP is the host and interviewer.")


def c10():
    c = case("b133-10-cancelled-by-ea-google")
    col = ("Colette Amara", "colette.amara@sundialfreight.example")
    theo = ("Theo Vasquez-Hart", "theo@sundialfreight.example")
    start = check_day(D(2026, 4, 8, 15, 0), "Wednesday")
    end = start + timedelta(minutes=45)
    uid = "0sd1al7theo8apr2026cos@google.com"
    summ = "Imogen Castellanos <> Theo Vasquez-Hart | Chief of Staff"
    google_invite(c, "01-invitation.eml", org=col,
                  attendees=[(col[0], col[1], "ACCEPTED"), (theo[0], theo[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  start=start, end=end, summary=summ,
                  description="Theo (CEO) would like to discuss the Chief of Staff role. Colette (EA) coordinating.",
                  uid=uid, seq=0, dtstamp=D(2026, 4, 2, 13, 20), meet="sdf-theo-cos")
    google_invite(c, "02-canceled-event.eml", org=col,
                  attendees=[(col[0], col[1], "ACCEPTED"), (theo[0], theo[1], "DECLINED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  start=start, end=end, summary=summ,
                  description="Theo (CEO) would like to discuss the Chief of Staff role. Colette (EA) coordinating.",
                  uid=uid, seq=1, dtstamp=D(2026, 4, 6, 7, 55), kind="Canceled event with note",
                  note="Apologies - Theo has to travel. Email to follow.")
    b3 = f"""Hi Imogen,

I'm so sorry - I've had to cancel Wednesday's conversation with Theo. A customer issue is taking him to
Singapore for most of next week, and with the board meeting right after, he's asked me to pause new
conversations for the Chief of Staff search until May. I'll reach out as soon as I have clarity on his
calendar.

Again, my apologies for the short notice.

Colette Amara
Executive Assistant to the CEO | Sundial Freight
+1 (510) 555-0129 | 1 Kaiser Plaza, Oakland, CA 94612
"""
    CASES[c].append(("03-ea-apology.eml",
                     mail(f"{col[0]} <{col[1]}>", OWNER_ADDR, "Wednesday with Theo", D(2026, 4, 6, 8, 3),
                          plain=b3, html=html_of(b3))))
    label(c, interviews=[itv("Sundial Freight", "Chief of Staff", start, end, "cancelled",
                             [theo[1]], [theo[1]], "hiring_manager")],
          difficulty="easy", category="positive/cancelled-by-ea",
          notes="Google invite for the CEO conversation, then 'Canceled event with note' (METHOD:CANCEL) and an "
                "EA apology pausing the search. No re-booking -> one cancelled interview at its last time.")


def c11():
    c = case("b133-11-two-interviews-search-screen-and-paris-founder")
    gar = ("Gareth Quaile", "gareth@redmondquaile.example")
    sab = ("Sabine Roux", "sabine.roux@papillonlabs.example")
    elo = ("Élodie Marchand", "elodie.marchand@papillonlabs.example")
    a_start = check_day(D(2026, 3, 30, 12, 0), "Monday")
    a_end = a_start + timedelta(minutes=30)
    b1 = f"""Imogen,

Thanks for the quick reply. Confirming our call Monday (3/30) at noon your time - I'll ring your mobile,
(415) 555-0147. Plan on 30 minutes: I'll walk you through Papillon Labs, the Chief of Staff (US) brief,
and then ask you about your time at Tidewell. If it goes the way I expect, I'll put you forward to
Elodie, their founder.

Gareth

Gareth Quaile
Managing Partner, Redmond & Quaile
Executive Search | London - San Francisco
+1 415 555 0175 | 548 Market St #22910, San Francisco, CA 94104
"""
    CASES[c].append(("01-search-screen-confirmed.eml",
                     mail(f"{gar[0]} <{gar[1]}>", OWNER_ADDR, "Re: Papillon Labs - Chief of Staff (US)",
                          D(2026, 3, 25, 17, 48), plain=b1)))
    b2 = f"""Imogen,

Good news: I briefed Elodie this morning and she'd like to meet you. Her assistant Sabine will be in touch
directly to set something up - Elodie is in Paris this month.

Gareth
"""
    CASES[c].append(("02-search-put-forward.eml",
                     mail(f"{gar[0]} <{gar[1]}>", OWNER_ADDR, "Papillon Labs - next step", D(2026, 3, 31, 8, 5),
                          plain=b2)))
    b_start = check_day(D(2026, 4, 9, 18, 0, PAR), "Thursday")
    b_end = b_start + timedelta(minutes=45)
    assert b_start.astimezone(PT).hour == 9
    b3 = f"""Bonjour Imogen,

I am the assistant of Élodie Marchand, founder & CEO of Papillon Labs. Élodie would be happy to meet you
for the Chief of Staff (US) role on Thursday 9 April at 18h Paris time - so 9h in the morning for you in
San Francisco - for 45 minutes on Google Meet. I copy Élodie.

If this does not suit, tell me and I find another slot.

Belle journée,
Sabine Roux
Assistante de direction | Papillon Labs
12 rue du Faubourg Poissonnière, 75010 Paris
+33 1 84 88 55 01
"""
    CASES[c].append(("03-ea-proposes-18h.eml",
                     mail(f"{sab[0]} <{sab[1]}>", OWNER_ADDR, "Rendez-vous avec Élodie Marchand - Papillon Labs",
                          D(2026, 4, 1, 10, 40, PAR), cc=f"{elo[0]} <{elo[1]}>", plain=b3, plain_cte="base64")))
    google_invite(c, "04-invitation.eml", org=sab,
                  attendees=[(sab[0], sab[1], "ACCEPTED"), (elo[0], elo[1], "ACCEPTED"), (OWNER, OWNER, "ACCEPTED")],
                  start=b_start, end=b_end, summary="Élodie Marchand / Imogen Castellanos - Chief of Staff (US)",
                  description="Entretien avec Élodie Marchand (CEO). Organisé par Sabine Roux.",
                  uid="p4p1ll0n9avr18h@google.com", seq=0, dtstamp=D(2026, 4, 1, 17, 2, PAR),
                  tzlong="Central European Time - Paris", meet="ppl-elod-cos")
    label(c, interviews=[
        itv("Papillon Labs", "Chief of Staff (US)", a_start, a_end, "scheduled", [gar[1]], [gar[1]], "phone_screen"),
        itv("Papillon Labs", "Chief of Staff (US)", b_start, b_end, "scheduled", [elo[1]], [elo[1]], "hiring_manager")],
        difficulty="hard", category="positive/two-interviews",
        notes="Search-partner phone screen (Mon 3/30 noon PDT, 30 min, the partner conducts it) and a founder "
              "interview booked by her Paris EA ('18h Paris time - so 9h for you'; Apr 9 CEST = 09:00 PDT).")


def c12():
    c = case("b133-12-two-tentative-holds-one-released-tokyo")
    yui = ("Yui Hasegawa", "yui.hasegawa@kairo.example")
    ken = ("Kenji Morimoto", "kenji.morimoto@kairo.example")
    a_start = check_day(D(2026, 4, 15, 9, 0, TYO), "Wednesday")
    b_start = check_day(D(2026, 4, 16, 8, 0, TYO), "Thursday")
    uid_a = "040000008200E00074C5B7101A82E008000000001122AABBCCDDDC0100000000000000001000000KAIRO-A"
    uid_b = "040000008200E00074C5B7101A82E008000000003344EEFF0011DC0100000000000000001000000KAIRO-B"
    sig = """Yui Hasegawa
Executive Assistant to the President & CEO
Kairo Instruments K.K.
2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005
TEL +81-3-5555-0181"""
    for fname, st, uid, opt in (("01-hold-option-a.eml", a_start, uid_a, "A"),
                                ("02-hold-option-b.eml", b_start, uid_b, "B")):
        pt = st.astimezone(PT)
        outlook_invite(c, fname, org=yui, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (ken[0], ken[1], "TENTATIVE")],
                       start=st, end=st + timedelta(hours=1), win="Tokyo Standard Time",
                       subject=f"[HOLD - Option {opt}] Morimoto / Castellanos (tentative)",
                       body=f"Dear Ms. Castellanos,\n\nI am placing two tentative holds for Mr. Morimoto's "
                            f"interview with you for the Chief of Staff, Americas position. This is Option {opt} "
                            f"({pt:%a} {pt:%b} {pt.day}, {h12(pt, True)} Pacific). I will release the other one "
                            f"when Mr. Morimoto confirms.\n\n{sig}",
                       location="Microsoft Teams Meeting", uid=uid, seq=0, dtstamp=D(2026, 4, 7, 11, 30, TYO),
                       status="TENTATIVE", busy="TENTATIVE", teams=True)
    b3 = f"""Dear Ms. Castellanos,

Mr. Morimoto has confirmed Option B: Thursday 16 April, 8:00 JST, which is Wednesday 15 April at 4:00 PM
in San Francisco. I am releasing the hold for Option A now, and the Option B invitation will be updated
to a confirmed meeting. Duration is one hour. Mr. Morimoto will be joined by nobody else; it is a
one-to-one conversation.

Thank you for your patience.

{sig}
"""
    CASES[c].append(("03-ea-confirms-option-b.eml",
                     mail(f"{yui[0]} <{yui[1]}>", OWNER_ADDR, "Interview with Mr. Morimoto - Option B confirmed",
                          D(2026, 4, 10, 9, 12, TYO), cc=f"{ken[0]} <{ken[1]}>", plain=b3)))
    outlook_invite(c, "04-hold-a-released.eml", org=yui,
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (ken[0], ken[1], "TENTATIVE")],
                   start=a_start, end=a_start + timedelta(hours=1), win="Tokyo Standard Time",
                   subject="[HOLD - Option A] Morimoto / Castellanos (tentative)",
                   body="Releasing this hold - Option B has been confirmed.", location="Microsoft Teams Meeting",
                   uid=uid_a, seq=1, dtstamp=D(2026, 4, 10, 9, 15, TYO), method="CANCEL", status="CANCELLED",
                   busy="FREE")
    outlook_invite(c, "05-option-b-confirmed.eml", org=yui,
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), (ken[0], ken[1], "ACCEPTED")],
                   start=b_start, end=b_start + timedelta(hours=1), win="Tokyo Standard Time",
                   subject="Interview: Kenji Morimoto / Imogen Castellanos - Chief of Staff, Americas",
                   body=f"Dear Ms. Castellanos,\n\nConfirmed. Mr. Morimoto looks forward to speaking with you "
                        f"(Wednesday 4:00 PM Pacific).\n\n{sig}",
                   location="Microsoft Teams Meeting", uid=uid_b, seq=1, dtstamp=D(2026, 4, 10, 9, 16, TYO), teams=True)
    label(c, interviews=[itv("Kairo Instruments", "Chief of Staff, Americas", b_start, b_start + timedelta(hours=1),
                             "scheduled", [ken[1]], [ken[1]], "hiring_manager")],
          difficulty="hard", category="positive/tentative-holds-one-released",
          notes="Two tentative Exchange holds (Tokyo Standard Time). Option A hold is released (METHOD:CANCEL) "
                "because Option B was chosen - it was never a booked interview, so it is not a cancelled "
                "interview. Option B updated to confirmed: Thu Apr 16 08:00 JST = Wed Apr 15 16:00 PDT.")


def c13():
    c = case("b133-13-candidate-withdraws-ashby")
    nad = ("Nadia Ferreira", "nadia.ferreira@lumenfield.example")
    owen = ("Owen Thackeray", "owen.thackeray@lumenfield.example")
    start = check_day(D(2026, 5, 8, 13, 0), "Friday")
    end = start + timedelta(minutes=45)
    uid = "ashby-itv-9d3e51b0-lmf-0508@ashbyhq.com"

    def ashby_cal(method, seq, status):
        return ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ashby//Interview Scheduling//EN",
                         f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
                         f"DTSTAMP:{ics_utc(D(2026, 5, 4, 10, 0) if seq == 0 else D(2026, 5, 6, 15, 21))}",
                         f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                         "SUMMARY:Interview with Lumenfield - Chief of Staff to the COO",
                         "DESCRIPTION:Interviewer: Owen Thackeray (COO)\\nZoom: https://lumenfield.zoom.example/j/91177"
                         "203345\\nQuestions? Reply to Nadia Ferreira (nadia.ferreira@lumenfield.example)",
                         organizer_line("Lumenfield Recruiting", "no-reply@ashbyhq.com"),
                         attendee_line(owen[0], owen[1], "ACCEPTED"), attendee_line(OWNER_NAME, OWNER),
                         "LOCATION:Zoom", f"SEQUENCE:{seq}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"])
    b1 = f"""Hi Imogen,

Your interview for Chief of Staff to the COO at Lumenfield is confirmed.

  When:   Friday, May 8, 2026
          1:00 PM - 1:45 PM PDT
  Who:    Owen Thackeray, Chief Operating Officer
  Where:  Zoom - https://lumenfield.zoom.example/j/91177203345

A calendar invitation is attached. If you need to reschedule, just reply to this email and Nadia will
help.

Lumenfield Recruiting
Powered by Ashby
"""
    CASES[c].append(("01-ashby-confirmation.eml",
                     mail("Lumenfield Recruiting <no-reply@ashbyhq.com>", OWNER_ADDR,
                          "Interview confirmed: Chief of Staff to the COO at Lumenfield", D(2026, 5, 4, 10, 0),
                          reply_to=f"{nad[0]} <{nad[1]}>", plain=b1, html=html_of(b1),
                          attachments=[(ashby_cal("REQUEST", 0, "CONFIRMED").encode(), "text", "calendar", "interview.ics")],
                          relay="mail.ashbyhq.com")))
    b2 = f"""Hi Imogen,

Thank you for letting us know, and congratulations on the new role! I've cancelled Friday's conversation
with Owen and closed out your application - he asked me to pass on his best wishes. Please keep us in
mind down the road.

All the best,
Nadia

Nadia Ferreira | Recruiting Coordinator | Lumenfield
+1 (408) 555-0139

On Wed, May 6, 2026 at 2:58 PM Imogen Castellanos <{OWNER}> wrote:
> Hi Nadia,
>
> I wanted to let you know that I've accepted another opportunity and would like to withdraw from the
> Chief of Staff process. Please pass my thanks to Owen - I was looking forward to Friday.
>
> Best,
> Imogen
"""
    CASES[c].append(("02-coordinator-ack-withdrawal.eml",
                     mail(f"{nad[0]} <{nad[1]}>", OWNER_ADDR, "Re: Withdrawing from the Chief of Staff process",
                          D(2026, 5, 6, 15, 19), plain=b2)))
    b3 = """Hi Imogen,

Your interview for Chief of Staff to the COO at Lumenfield on Friday, May 8, 2026 at 1:00 PM PDT has been
cancelled. The calendar invitation has been removed.

Lumenfield Recruiting
Powered by Ashby
"""
    CASES[c].append(("03-ashby-cancellation.eml",
                     mail("Lumenfield Recruiting <no-reply@ashbyhq.com>", OWNER_ADDR,
                          "Interview cancelled: Chief of Staff to the COO at Lumenfield", D(2026, 5, 6, 15, 21),
                          reply_to=f"{nad[0]} <{nad[1]}>", plain=b3,
                          attachments=[(ashby_cal("CANCEL", 1, "CANCELLED").encode(), "text", "calendar", "cancel.ics")],
                          relay="mail.ashbyhq.com")))
    label(c, interviews=[itv("Lumenfield", "Chief of Staff to the COO", start, end, "cancelled",
                             [owen[1]], [owen[1]], "hiring_manager")],
          difficulty="medium", category="positive/candidate-withdrawal",
          notes="Ashby confirmation with .ics (no-reply sender, Reply-To coordinator), then the candidate withdraws "
                "(quoted) and Ashby sends METHOD:CANCEL -> one cancelled interview.")


# ============================================================================ NEGATIVES
def neg(c, difficulty, category, notes):
    label(c, interviews=[], difficulty=difficulty, category=category, notes=notes)


def c14():
    c = case("b133-14-neg-networking-coffee-not-interview")
    lena = ("Lena Marsh", "lena.marsh@cobaltharbor.example")
    mar = ("Marcus Oyelaran", "marcus.oyelaran@cobaltharbor.example")
    b1 = f"""Hi Imogen,

I manage Marcus Oyelaran's calendar (VP Operations here at Cobalt Harbor). Priscilla mentioned you're
exploring Chief of Staff roles and Marcus would love to meet. To be clear up front: this is not an
interview - we don't have an open role on his team right now - it's just to get to know each other and
compare notes on the operating cadence stuff you've built at Tidewell.

I've sent a calendar invite for Friday 3/13 at 8:30am at Blue Heron Coffee (Fillmore St). Marcus is
copied; feel free to move it if the time doesn't work.

Lena Marsh
Executive Assistant | Cobalt Harbor
(415) 555-0185
"""
    CASES[c].append(("01-ea-coffee-note.eml",
                     mail(f"{lena[0]} <{lena[1]}>", OWNER_ADDR, "Coffee with Marcus (not an interview!)",
                          D(2026, 3, 5, 14, 10), cc=f"{mar[0]} <{mar[1]}>", plain=b1)))
    st = check_day(D(2026, 3, 13, 8, 30), "Friday")
    google_invite(c, "02-invitation-coffee.eml", org=lena,
                  attendees=[(mar[0], mar[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  start=st, end=st + timedelta(minutes=45), summary="Coffee: Marcus Oyelaran / Imogen Castellanos",
                  description="Informal get-to-know-you coffee. No agenda.", uid="cbh0coffee13mar@google.com",
                  seq=0, dtstamp=D(2026, 3, 5, 14, 12), location="Blue Heron Coffee, 2101 Fillmore St, San Francisco")
    neg(c, "hard", "negative/networking-coffee",
        "EA books a coffee with a VP and explicitly says it is not an interview and there is no open role.")


def c15():
    c = case("b133-15-neg-reference-call-scheduled-by-ea")
    jen = ("Jenna Oduya", "jenna.oduya@quillmark.example")
    ravi = ("Ravi Anand", "ravi.anand@quillmark.example")
    paul = ("Paul Ferrante", "paul.ferrante@harborline.example")
    st = check_day(D(2026, 4, 30, 11, 0), "Thursday")
    b1 = f"""Hi Paul,

Thank you for agreeing to serve as a reference for Imogen Castellanos. Ravi Anand (VP Operations) would like
a 30-minute reference call with you; I've sent an invite for Thursday 4/30 at 11am PT - Ravi will call your
mobile.

Imogen, copying you as a courtesy only - no need to join.

Best,
Jenna Oduya
Executive Assistant to Ravi Anand | Quillmark Health
(415) 555-0116
"""
    m1 = "<qmk-jo-ref-1@quillmark.example>"
    CASES[c].append(("01-ea-reference-call.eml",
                     mail(f"{jen[0]} <{jen[1]}>", f"{paul[0]} <{paul[1]}>", "Reference call re: Imogen Castellanos",
                          D(2026, 4, 27, 9, 40), cc=f"{OWNER_NAME} <{OWNER}>, {ravi[0]} <{ravi[1]}>", msgid=m1, plain=b1)))
    cal = standalone_ics("REQUEST", jen, [(ravi[0], ravi[1], "ACCEPTED"), (paul[0], paul[1], "NEEDS-ACTION")],
                         st, st + timedelta(minutes=30), "Reference call: Imogen Castellanos (Ravi Anand / Paul Ferrante)",
                         "Ravi to call Paul's mobile.", "Phone", "qmk-ref-paul-0430@quillmark.example", 0,
                         D(2026, 4, 27, 9, 42), prodid="-//Google Inc//Google Calendar 70.9054//EN")
    b2 = f"""Hi Imogen - happy to do this, you'll get a glowing one. FYI the invite below.

Paul

Paul Ferrante | SVP Operations, Harborline Networks
m: (650) 555-0142

---------- Forwarded message ---------
From: Jenna Oduya <{jen[1]}>
Date: Mon, Apr 27, 2026 at 9:42 AM
Subject: Invitation: Reference call: Imogen Castellanos (Ravi Anand / Paul Ferrante) @ Thu Apr 30, 2026 11am - 11:30am (PDT)
To: {paul[1]}
"""
    CASES[c].append(("02-former-boss-forwards-invite.eml",
                     mail(f"{paul[0]} <{paul[1]}>", OWNER_ADDR, "Fwd: Invitation: Reference call: Imogen Castellanos",
                          D(2026, 4, 27, 12, 3), in_reply_to=m1, plain=b2,
                          attachments=[(cal.encode(), "text", "calendar", "invite.ics")])))
    neg(c, "hard", "negative/reference-call",
        "Reference call between the hiring VP and the user's former boss; the user is only cc'd and is not an "
        "attendee of the forwarded invite.")


def c16():
    c = case("b133-16-neg-board-meeting-current-job")
    glo = ("Gloria Pennington", "gloria.pennington@tidewell.example")
    mal = ("Malcolm Reyes-Tan", "malcolm@tidewell.example")
    st = check_day(D(2026, 5, 14, 9, 0), "Thursday")
    board = [("Malcolm Reyes-Tan", mal[1]), ("Joanna Whitfield", "jwhitfield@northgatecap.example"),
             ("Sunil Bhandari", "sunil@bhandari-partners.example"), ("Rosa Lindgren", "rosa.lindgren@tidewell.example")]
    body = """Tidewell Analytics - Q2 Board of Directors Meeting

Agenda
 9:00  CEO update (Malcolm)
 9:45  Financials & FY26 plan (Rosa)
10:30  Go-to-market: VP Sales search - candidate slate and interview plan (Imogen)
11:15  Break
11:30  Product roadmap
12:15  Executive session (board only - management to drop)

Pre-read will be in the board portal by Monday. Imogen is staffing the meeting and will circulate notes.

Gloria Pennington on behalf of Malcolm Reyes-Tan
Executive Assistant to the CEO, Tidewell Analytics"""
    outlook_invite(c, "01-board-meeting-invite.eml", org=mal, sent_by=glo,
                   attendees=[(n, e, "NEEDS-ACTION") for n, e in board] + [(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   start=st, end=st.replace(hour=13), win="Pacific Standard Time",
                   subject="Tidewell Q2 Board Meeting", body=body,
                   location="Tidewell HQ - Presidio Room / Teams", uid="040000008200E00074C5B7101A82E00800000000TWBOARDQ2",
                   seq=0, dtstamp=D(2026, 4, 20, 10, 5), teams=True)
    neg(c, "hard", "negative/board-meeting-current-job",
        "Board meeting at the user's CURRENT employer, sent on behalf of the CEO by his EA; agenda mentions a "
        "candidate slate and interview plan for a VP Sales search the user runs.")


def c17():
    c = case("b133-17-neg-offer-discussion-call")
    mari = ("Marisol Teague", "marisol.teague@fernhollow.example")
    dana = ("Dana Whitlock", "dana.whitlock@fernhollow.example")
    st = check_day(D(2026, 3, 23, 16, 0), "Monday")
    b1 = f"""Hi Imogen,

Dana is delighted to extend you an offer for the Chief of Staff role! She'd like to walk you through the
offer herself - compensation, equity and start date - on a 30-minute call Monday at 4pm. I've put it on
both calendars; the written offer letter will follow from our People team after the call.

Congratulations!
Marisol

Marisol Teague | Executive Assistant to Dana Whitlock, CEO
Fernhollow Energy | (415) 555-0192
"""
    CASES[c].append(("01-ea-offer-call.eml",
                     mail(f"{mari[0]} <{mari[1]}>", OWNER_ADDR, "Good news from Fernhollow", D(2026, 3, 19, 17, 25),
                          cc=f"{dana[0]} <{dana[1]}>", plain=b1)))
    google_invite(c, "02-invitation-offer-discussion.eml", org=mari,
                  attendees=[(dana[0], dana[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  start=st, end=st + timedelta(minutes=30), summary="Offer discussion: Dana Whitlock / Imogen Castellanos",
                  description="Dana to walk through the Chief of Staff offer. Offer letter to follow.",
                  uid="fh0offer23mar@google.com", seq=0, dtstamp=D(2026, 3, 19, 17, 28), meet="fhe-offr-dwi")
    neg(c, "hard", "negative/offer-discussion",
        "EA schedules a call for the CEO to walk through an offer - after the process, not an interview.")


def c18():
    c = case("b133-18-neg-rejection-after-final")
    kofi = ("Kofi Mensah", "kofi.mensah@brightwater.example")
    b1 = f"""Imogen,

Thank you for the time you spent with me on Thursday and with the team over the past few weeks - and
for your patience while Annelise moved our call around three times.

This was a genuinely hard decision, but we've decided to move forward with another candidate for the
Chief of Staff role, someone with deeper freight-operations experience. I was impressed by how you think
about operating cadence, and I'd be glad to schedule a call in a few months to stay in touch - Annelise
can find time whenever you like.

With appreciation,
Kofi

Kofi Mensah | SVP Strategy | Brightwater Logistics
233 S Wacker Dr, Suite 4100, Chicago, IL 60606
"""
    CASES[c].append(("01-svp-rejection.eml",
                     mail(f"{kofi[0]} <{kofi[1]}>", OWNER_ADDR, "Chief of Staff role - update", D(2026, 3, 27, 11, 2, ET),
                          cc="Annelise Berg <annelise.berg@brightwater.example>", plain=b1, html=html_of(b1))))
    neg(c, "medium", "negative/rejection",
        "Rejection after the final conversation; mentions a past call, Thursday and an offer to schedule a future chat.")


def c19():
    c = case("b133-19-neg-investor-dinner-she-organizes")
    st = check_day(D(2026, 5, 20, 19, 0), "Wednesday")
    uid = "tw0invdinner20may@google.com"
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                    f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(st + timedelta(hours=2, minutes=30))}",
                    f"DTSTAMP:{ics_utc(D(2026, 5, 1, 9, 0))}", organizer_line(OWNER_NAME, OWNER), f"UID:{uid}",
                    attendee_line(OWNER_NAME, OWNER, "ACCEPTED", google=True),
                    attendee_line("Malcolm Reyes-Tan", "malcolm@tidewell.example", "ACCEPTED", google=True),
                    attendee_line("Joanna Whitfield", "jwhitfield@northgatecap.example", "NEEDS-ACTION", google=True),
                    attendee_line("Devraj Kohli", "dev@kohli-capital.example", "NEEDS-ACTION", google=True),
                    "DESCRIPTION:Tidewell investor dinner. Run of show: 7:00 drinks\\, 7:30 seated\\, 8:15 Malcolm "
                    "on the FY26 plan. Organizer: Imogen Castellanos (Chief of Staff office).",
                    "LOCATION:The Fennel Room\\, 1420 Polk St\\, San Francisco", "SEQUENCE:0", "STATUS:CONFIRMED",
                    "SUMMARY:Tidewell Investor Dinner - Q2", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    b1 = f"""Hi Imogen,

Your private dining reservation is confirmed:

  The Fennel Room - Garden Salon
  Wednesday, May 20, 2026 - 7:00 pm
  Party of 12 - Tidewell Analytics (host: Imogen Castellanos)

We've noted the set menu and the 7:30 seating. If you need to adjust the guest count, please call our events
team at (415) 555-0162 by May 18. I've also attached the calendar file you asked for so you can send it to
your investors.

Warmly,
Bea Santangelo
Events Manager, The Fennel Room
1420 Polk St, San Francisco, CA 94109
"""
    CASES[c].append(("01-restaurant-confirmation.eml",
                     mail("Bea Santangelo <events@fennelroom.example>", OWNER_ADDR,
                          "Confirmed: Tidewell private dinner, Wed May 20", D(2026, 4, 30, 16, 20), plain=b1,
                          attachments=[(cal.encode(), "application", "ics", "investor-dinner.ics")])))
    b2 = """Imogen - thanks for organizing. Malcolm asked whether we can schedule a 15-minute prep call on the
Monday before the dinner to go over seating and the investor Q&A. Could you send a time?

Gloria

Gloria Pennington | Executive Assistant to the CEO | Tidewell Analytics
"""
    CASES[c].append(("02-ea-prep-request.eml",
                     mail("Gloria Pennington <gloria.pennington@tidewell.example>", OWNER_ADDR,
                          "Re: Tidewell Investor Dinner - Q2", D(2026, 5, 4, 9, 12), plain=b2)))
    neg(c, "hard", "negative/investor-dinner-organizer",
        "Investor dinner at the user's current company that the user herself organizes (ORGANIZER = user).")


def c20():
    c = case("b133-20-neg-conference-panel-speaker")
    mod = ("Farah Qureshi", "farah@cosnetwork.example")
    st = check_day(D(2026, 6, 9, 14, 15), "Tuesday")
    prep = check_day(D(2026, 5, 28, 12, 0), "Thursday")
    b1 = f"""Hi Imogen,

You're confirmed as a panelist at Chief of Staff Summit 2026!

  Session:  "The interview I wish I'd had: what CEOs really ask Chief of Staff candidates"
  When:     Tuesday, June 9 - 2:15-3:00pm, Main Stage
  Where:    Fort Mason Center, Festival Pavilion, San Francisco
  Fellow panelists: Dana Whitlock (CEO, Fernhollow Energy), Sam Okafor (Chief of Staff, Quillmark Health)

I'll moderate. We'll do a 30-minute prep call on Zoom on Thursday, May 28 at noon PT - invite attached.
Speaker check-in opens at 1:30pm on the day.

Thanks for doing this!
Farah Qureshi
Programming Lead, Chief of Staff Network
+1 (415) 555-0106
"""
    cal = standalone_ics("REQUEST", mod, [(OWNER_NAME, OWNER, "NEEDS-ACTION"),
                                          ("Dana Whitlock", "dana.whitlock@fernhollow.example", "NEEDS-ACTION"),
                                          ("Sam Okafor", "sam.okafor@quillmark.example", "NEEDS-ACTION")],
                         prep, prep + timedelta(minutes=30), "Panel prep call - CoS Summit 2026",
                         "Prep for the Main Stage panel on interviewing Chief of Staff candidates.",
                         "Zoom https://cosnetwork.zoom.example/j/86021440917", "cosn-panel-prep-0528@cosnetwork.example",
                         0, D(2026, 5, 12, 10, 0), prodid="-//Zoom Video Communications//Zoom//EN")
    CASES[c].append(("01-speaker-confirmation.eml",
                     mail(f"{mod[0]} <{mod[1]}>", OWNER_ADDR, "Speaker confirmation - CoS Summit 2026 panel",
                          D(2026, 5, 12, 10, 2), plain=b1, html=html_of(b1),
                          attachments=[(cal.encode(), "text", "calendar", "panel-prep.ics")])))
    _ = st
    neg(c, "hard", "negative/conference-panel",
        "User speaks on a conference panel about interviewing; includes a panel prep call .ics.")


def c21():
    c = case("b133-21-neg-recruiter-availability-request")
    rec = ("Tobias Lindqvist-Marr", "tobias@haldensearch.example")
    b1 = f"""Hi Imogen,

Great speaking Friday. Parallax Grid's CEO, Renata Osei, would like to set up an initial interview with you
for the Chief of Staff role. Her EA (copied) is coordinating on her side.

Could you send me 3-4 windows next week that work for a 45-minute video call? Tuesday or Wednesday
afternoon are usually easiest for Renata. If it's simpler, you can also grab time via my link:
https://calendly.com/tobias-halden/45min

Best,
Tobias

Tobias Lindqvist-Marr | Principal | Halden Search
+1 (212) 555-0144 | 40 W 23rd St, New York, NY 10010
"""
    CASES[c].append(("01-recruiter-asks-for-windows.eml",
                     mail(f"{rec[0]} <{rec[1]}>", OWNER_ADDR, "Parallax Grid - initial interview with Renata",
                          D(2026, 4, 13, 9, 30, ET), cc="Mei Tanaka <mei.tanaka@parallaxgrid.example>",
                          plain=b1, plain_cte="quoted-printable")))
    neg(c, "medium", "negative/availability-request",
        "Recruiter asks for availability and offers a scheduling link; nothing is booked.")


def c22():
    c = case("b133-22-neg-user-interviews-ea-candidate")
    st = check_day(D(2026, 4, 21, 11, 0), "Tuesday")
    end = st + timedelta(minutes=45)
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse//Interview Calendar//EN",
                    "METHOD:REQUEST", "BEGIN:VEVENT", "UID:gh-tidewell-int-55120417@greenhouse.io",
                    f"DTSTAMP:{ics_utc(D(2026, 4, 16, 14, 5))}", f"DTSTART:{ics_utc(st)}", f"DTEND:{ics_utc(end)}",
                    "SUMMARY:Interview: Jordan Pell - Executive Assistant to the CEO (Interviewer: Imogen Castellanos)",
                    "DESCRIPTION:Candidate: Jordan Pell\\nInterview: Operations & judgment (45 min)\\nScorecard due "
                    "within 24h in Greenhouse.",
                    organizer_line("Gloria Pennington", "gloria.pennington@tidewell.example"),
                    attendee_line(OWNER_NAME, OWNER), attendee_line("Jordan Pell", "jordan.pell.ea@mail.example"),
                    "LOCATION:Tidewell HQ - Presidio Room", "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT",
                    "END:VCALENDAR"])
    b1 = """Hi Imogen,

You've been scheduled to interview Jordan Pell for Executive Assistant to the CEO.

  Tuesday, April 21, 2026, 11:00 AM - 11:45 AM PDT
  Interview: Operations & judgment
  Location: Tidewell HQ - Presidio Room

Please review the candidate's resume and submit your scorecard within 24 hours:
https://app.greenhouse.io/scorecards/55120417

Thanks,
Gloria Pennington (via Greenhouse)
"""
    CASES[c].append(("01-greenhouse-interviewer-notice.eml",
                     mail("Greenhouse <no-reply@greenhouse.io>", OWNER_ADDR,
                          "Interview scheduled: Jordan Pell - Executive Assistant to the CEO", D(2026, 4, 16, 14, 5),
                          reply_to="Gloria Pennington <gloria.pennington@tidewell.example>", plain=b1,
                          attachments=[(cal.encode(), "text", "calendar", "interview.ics")], relay="mail.greenhouse.io")))
    neg(c, "hard", "negative/user-is-interviewer",
        "At her current job the user interviews an EA candidate (Greenhouse interviewer notice + .ics).")


# ============================================================================ main
ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
       c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    for fn in ALL:
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b133-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for the blind133 set (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"{len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), "
          f"{sum(len(v['interviews']) for v in LABELS.values())} labelled interviews")


if __name__ == "__main__":
    main()
