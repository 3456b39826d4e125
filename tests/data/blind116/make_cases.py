#!/usr/bin/env python3
"""Deterministic generator for the blind116 interview-detection set.

Theme: a TV/film production coordinator in Los Angeles (mailbox owner) applying to studios,
streamers, production companies and post houses in LA, Atlanta, Vancouver and New York.
All people, companies and domains are invented (.example / example.com).

Usage:  python make_cases.py        (rewrites every case folder, labels.yaml and README.md)
Only stdlib + PyYAML + zoneinfo.  Every UTC offset is computed with zoneinfo.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b116-"

LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
VAN = ZoneInfo("America/Vancouver")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

OWNER = "tess.calloway@example.com"
OWNER_NAME = "Tess Calloway"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"

SIG_TESS = """--
Tess Calloway
Production Coordinator
c. 323-555-0147
"""

CASES = {}    # case_id -> list of (filename, bytes)
LABELS = {}   # case_id -> label dict


def T(y, mo, d, h, mi=0, tz=LA):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(x):
    return None if x is None else x.isoformat()


# ----------------------------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    raw = line.encode("utf-8")
    parts = []
    limit = 75
    while len(raw) > limit:
        cut = limit
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(raw[:cut])
        raw = raw[cut:]
        limit = 74
    parts.append(raw)
    return b"\r\n ".join(parts)


def ics_bytes(lines):
    return b"".join(fold(l) + b"\r\n" for l in lines)


def zutc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def zloc(x):
    return x.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
            f";CN={name}:mailto:{email}")


def calendar(*, method, prodid, uid, seq, start, end, summary, organizer, attendees,
             description="", location="", stamp, tzid=None, status="CONFIRMED", extra=()):
    """tzid=None -> UTC times; tzid='America/New_York' etc -> local times with VTIMEZONE."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
         f"METHOD:{method}"]
    if tzid:
        L += VTZ[tzid]
        zone = {"America/Los_Angeles": LA, "America/New_York": NY,
                "Pacific Standard Time": VAN, "Eastern Standard Time": NY}[tzid]
        ds = f"DTSTART;TZID={tzid}:{zloc(start.astimezone(zone))}"
        de = f"DTEND;TZID={tzid}:{zloc(end.astimezone(zone))}"
    else:
        ds, de = f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}"
    L += ["BEGIN:VEVENT", ds, de, f"DTSTAMP:{zutc(stamp)}",
          f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    L += [att(n, e, p) for (n, e, p) in attendees]
    L += [f"CREATED:{zutc(stamp)}", f"DESCRIPTION:{ics_escape(description)}",
          f"LAST-MODIFIED:{zutc(stamp)}", f"LOCATION:{ics_escape(location)}",
          f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}",
          "TRANSP:OPAQUE"]
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_bytes(L)


# ----------------------------------------------------------------------------------- e-mail
def mail(*, frm, to, subject, date, msgid, body=None, html=None, cc=None, reply_to=None,
         in_reply_to=None, refs=None, plain_cte=None, html_cte=None, headers=(),
         cal=None, cal_method="REQUEST", cal_cte="base64", attachments=(), sender=None,
         return_path=None, received_host="mx.example.net"):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from {received_host} by mx.mail.example with ESMTPS "
                     f"for <{OWNER}>; {format_datetime(date)}")
    if return_path:
        m["Return-Path"] = return_path
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = refs or in_reply_to
    for k, v in headers:
        m[k] = v
    if body is not None:
        m.set_content(body, cte=plain_cte) if plain_cte else m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else \
                m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else \
            m.set_content(html, subtype="html")
    if cal is not None:
        m.add_alternative(cal, "text", "calendar", cte=cal_cte,
                          params={"charset": "UTF-8", "method": cal_method})
    for data, maintype, subtype, fname in attachments:
        m.add_attachment(data, maintype, subtype, filename=fname)
    for i, part in enumerate(m.walk()):   # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary("0000" + hashlib.sha1(f"{msgid}/{i}".encode()).hexdigest()[:24])
    return m.as_bytes()


def gtime(x):
    """Google-style '11am' / '4:30pm'."""
    h = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return f"{h}{ap}" if x.minute == 0 else f"{h}:{x.minute:02d}{ap}"


def google_invite(*, organizer, guests, start, end, tz, tzlabel, summary, description, uid, seq,
                  date, msgid, updated=False, meet="https://meet.google.com/abc-defg-hij"):
    ls, le = start.astimezone(tz), end.astimezone(tz)
    when = f"{ls:%a %b} {ls.day}, {ls.year} {gtime(ls)} - {gtime(le)} ({tzlabel})"
    pre = "Updated invitation" if updated else "Invitation"
    subject = f"{pre}: {summary} @ {when} ({OWNER})"
    guest_lines = [f"{organizer[0]} - organizer", organizer[1]]
    for n, e in guests:
        guest_lines += [n, e]
    guest_lines.append(OWNER)
    plain = (f"{summary}\n{ls:%A %b} {ls.day}, {ls.year} \u22c5 {gtime(ls)} \u2013 {gtime(le)}\n"
             f"{tzlabel}\n\nJoin with Google Meet\n{meet}\n\nOrganizer\n{organizer[0]}\n"
             f"{organizer[1]}\n\nGuests\n" + "\n".join(guest_lines) +
             f"\n\n{description}\n\nReply for {OWNER} and view more details "
             "https://calendar.google.com/calendar/event?action=VIEW\n\n~~//~~\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n")
    html = ("<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n"))
            + "</div></body></html>")
    attendees = [(organizer[0], organizer[1], "ACCEPTED")] + \
        [(n, e, "NEEDS-ACTION") for n, e in guests] + [(OWNER, OWNER, "NEEDS-ACTION")]
    cal = calendar(method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN",
                   uid=uid, seq=seq, start=start, end=end, summary=summary, organizer=organizer,
                   attendees=attendees, stamp=date.astimezone(UTC),
                   description=description + "\n\nJoin with Google Meet: " + meet,
                   extra=[f"X-GOOGLE-CONFERENCE:{meet}"])
    return mail(frm=f"{organizer[0]} <{organizer[1]}>", to=OWNER, subject=subject, date=date,
                msgid=msgid, body=plain, html=html, plain_cte="base64",
                html_cte="quoted-printable", reply_to=f"{organizer[0]} <{organizer[1]}>",
                sender="Google Calendar <calendar-notification@google.com>", cal=cal,
                cal_cte="7bit", attachments=[(cal, "application", "ics", "invite.ics")],
                received_host="mail-sor-f41.google.com")


def outlook_when(start, end, label):
    ls, le = start, end
    return (f"{ls:%A, %B} {ls.day}, {ls.year} {ls.hour % 12 or 12}:{ls.minute:02d} "
            f"{'AM' if ls.hour < 12 else 'PM'}-{le.hour % 12 or 12}:{le.minute:02d} "
            f"{'AM' if le.hour < 12 else 'PM'} {label}")


def add(case_id, items, label):
    cid = PREFIX + case_id
    CASES[cid] = items
    label = dict(label)
    label.setdefault("source", "synthetic")
    LABELS[cid] = label


def iv(company, role, start, end, interviewers, recipients, kind, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes}


# =================================================================================== POSITIVES
def c01():
    jules = "Jules Park <jpark@palomaridge.example>"
    renata = "Renata Osei <rosei@palomaridge.example>"
    d1 = T(2026, 3, 3, 15, 12)
    d2 = T(2026, 3, 3, 17, 40)
    d3 = T(2026, 3, 4, 9, 5)
    m1 = "<CAF7pr0d1ux.3a91@mail.palomaridge.example>"
    m2 = "<tc-20260303-1740@example.com>"
    m3 = "<CAF7pr0d1vz.77c2@mail.palomaridge.example>"
    b1 = """Hi Tess,

Renata Osei (SVP, Current Programming) asked me to reach out. Nathan Greer passed along your
name and she'd love to get you in for a general. To be upfront, it's not just a meet-and-greet:
she's staffing up the production office on SALTWATER season 2 and wants to meet you about the
production coordinator spot before she sends anyone over to the producers.

Her calendar is a mess this week but she has Thu 3/12 @ 4:30p PST for 30 min, here on the lot.
Does that work for you?

Best,
Jules

Jules Park | Office of Renata Osei
Paloma Ridge Studios
4100 W. Olive Ave, Bldg 12, Burbank, CA 91505
o. 818-555-0192
"""
    b2 = f"""Hi Jules,

Thursday at 4:30 works great, thank you! Looking forward to meeting Renata.

Tess

{SIG_TESS}
On Tue, Mar 3, 2026 at 3:12 PM Jules Park <jpark@palomaridge.example> wrote:
""" + "".join("> " + l + "\n" if l else ">\n" for l in b1.splitlines())
    b3 = """Great - you're locked. I'll leave a drive-on at Gate 2 under your name; park in the
Riverside structure, Level 3 is visitor. Building 12, second floor, just ask for Renata's office.

If anything changes, this is the best number: 818-555-0192.

Jules
"""
    items = [
        ("01-jules-general-meeting.eml", mail(frm=jules, to=OWNER_ADDR, cc=renata,
         subject="General w/ Renata Osei - SALTWATER", date=d1, msgid=m1, body=b1)),
        ("02-re-general-meeting.eml", mail(frm=OWNER_ADDR, to=jules, cc=renata,
         subject="Re: General w/ Renata Osei - SALTWATER", date=d2, msgid=m2, body=b2,
         in_reply_to=m1)),
        ("03-re-locked.eml", mail(frm=jules, to=OWNER_ADDR, cc=renata,
         subject="Re: General w/ Renata Osei - SALTWATER", date=d3, msgid=m3, body=b3,
         in_reply_to=m2, refs=f"{m1} {m2}", plain_cte="quoted-printable")),
    ]
    s = T(2026, 3, 12, 16, 30)
    add("01-studio-general-meeting-staffing", items, lab(
        [iv("Paloma Ridge Studios", "Production Coordinator", s, s + timedelta(minutes=30),
            ["rosei@palomaridge.example"], ["rosei@palomaridge.example"], "hiring_manager")],
        "hard", "positive/general-meeting-thread",
        "'General' with a studio SVP that is explicitly about the production coordinator spot. "
        "'Thu 3/12 @ 4:30p PST' is written after the Mar 8 DST switch: LA wall time, -07:00. "
        "Assistant only schedules; Renata (cc'd) conducts."))


def c02():
    wes = "Wes Abernathy <wes@hatboxpictures.example>"
    d1 = T(2026, 3, 16, 8, 2)
    d2 = T(2026, 3, 16, 12, 31)
    d3 = T(2026, 3, 17, 19, 48)
    m1 = "<0A1B6C5E-77D1-4F0B-9C1E-2E1D1E0F7A10@hatboxpictures.example>"
    m2 = "<tc-20260316-1231@example.com>"
    m3 = "<5F3A0C2B-1D9E-4B7F-A2C4-8E6D9F0B3C21@hatboxpictures.example>"
    b1 = """Tess -

Got your resume from Marguerite. We're putting the office together for an untitled limited
series (prep in LA, shooting Atlanta in May) and I need a production coordinator who's done
a distant location before.

Before I bring anyone in to meet our producers I like to sit down one on one. Any chance you
can grab coffee this week? I'm pretty open Tues/Wed mornings.

Wes

Wes Abernathy
Line Producer | Hatbox Pictures
"""
    b2 = f"""Hi Wes,

Thanks so much for reaching out - I'd love to. Wednesday morning is best for me, I'm wrapped at
the office by then. Anywhere on the Burbank/Toluca side is easy.

Tess
{SIG_TESS}"""
    b3 = """Perfect. Wednesday at half past ten, Cafe Lindqvist on Magnolia (by the Vinyl shop).
I'll grab a table in the back.

Sent from my iPhone

> On Mar 16, 2026, at 12:31 PM, Tess Calloway <tess.calloway@example.com> wrote:
>
> Hi Wes,
>
> Thanks so much for reaching out - I'd love to. Wednesday morning is best for me,
"""
    items = [
        ("01-wes-coffee.eml", mail(frm=wes, to=OWNER_ADDR, subject="coordinator - limited series",
         date=d1, msgid=m1, body=b1)),
        ("02-re-coffee.eml", mail(frm=OWNER_ADDR, to=wes,
         subject="Re: coordinator - limited series", date=d2, msgid=m2, body=b2, in_reply_to=m1)),
        ("03-re-coffee-confirmed.eml", mail(frm=wes, to=OWNER_ADDR,
         subject="Re: coordinator - limited series", date=d3, msgid=m3, body=b3, in_reply_to=m2,
         refs=f"{m1} {m2}")),
    ]
    s = T(2026, 3, 18, 10, 30)
    add("02-line-producer-coffee", items, lab(
        [iv("Hatbox Pictures", "Production Coordinator", s, None,
            ["wes@hatboxpictures.example"], ["wes@hatboxpictures.example"], "hiring_manager")],
        "hard", "positive/coffee-chat",
        "Coffee with the line producer is explicitly the step before meeting producers for the "
        "coordinator job. 'Wednesday at half past ten' resolved against Tue Mar 17 -> Mar 18. "
        "No duration given."))


def c03():
    kenji = ("Kenji Alvarez", "kalvarez@copperlinetv.example")
    dana = ("Dana Whitcomb", "dwhitcomb@copperlinetv.example")
    d1 = T(2026, 3, 18, 10, 14)
    d2 = T(2026, 3, 18, 10, 21)
    b1 = """Hi Tess,

I'm setting this up on behalf of Dana Whitcomb, SVP Physical Production here at Copperline
Television. Dana was really impressed with your materials and would love to meet with you about
the Production Coordinator role on the network's new half-hour comedy (BACK NINE).

I grabbed Monday 3/23 from 11:00 to 11:45am PT on her calendar - it'll be over Google Meet. An
invite is coming your way in a sec. If the time doesn't work just let me know and I'll shuffle.

Thanks!
Kenji

Kenji Alvarez
Assistant to Dana Whitcomb | Copperline Television
2200 N. Hollywood Way, Burbank, CA 91505 | 818.555.0133
"""
    s = T(2026, 3, 23, 11, 0)
    e = T(2026, 3, 23, 11, 45)
    items = [
        ("01-kenji-on-behalf-of-dana.eml", mail(frm=f"{kenji[0]} <{kenji[1]}>", to=OWNER_ADDR,
         subject="Meeting with Dana Whitcomb - Production Coordinator, BACK NINE", date=d1,
         msgid="<BN8PR11MB40121A@copperlinetv.example>", body=b1)),
        ("02-invitation-dana.eml", google_invite(
            organizer=kenji, guests=[dana], start=s, end=e, tz=LA,
            tzlabel="Pacific Time - Los Angeles",
            summary="Tess Calloway / Dana Whitcomb - Production Coordinator (BACK NINE)",
            description="Dana Whitcomb to meet Tess Calloway re: Production Coordinator role.\n"
                        "Set up by Kenji Alvarez on Dana's behalf.",
            uid="6r1c0pp3rl1n3d4n4tc@google.com", seq=0, date=d2,
            msgid="<calendar-3c1e0a52-9b1f-4c59-a3f6-0d5c9e3a2b71@google.com>")),
    ]
    add("03-assistant-books-for-boss", items, lab(
        [iv("Copperline Television", "Production Coordinator", s, e,
            ["dwhitcomb@copperlinetv.example"], ["dwhitcomb@copperlinetv.example"],
            "hiring_manager")],
        "medium", "positive/dedupe-assistant-google-invite",
        "Assistant books her boss's meeting with the candidate (e-mail + Google invite = one). "
        "Kenji is organizer only; Dana conducts."))


def c04():
    owen = ("Owen Tkach", "otkach@brighthollow.example")
    miriam = ("Miriam Castellanos", "mcastellanos@brighthollow.example")
    uid = "zm-83014477219-brighthollow@zoom.example"
    zoom = "https://brighthollow.zoom.example/j/83014477219?pwd=Qm9vbXRvd24"
    times = [(T(2026, 3, 5, 13, 0, NY), T(2026, 2, 26, 14, 3, NY)),
             (T(2026, 3, 9, 13, 0, NY), T(2026, 3, 3, 11, 47, NY)),
             (T(2026, 3, 10, 16, 30, NY), T(2026, 3, 6, 9, 20, NY))]
    bodies = [
        """Hi Tess,

Miriam would love to hop on a Zoom with you about the Production Coordinator job on HALF LIGHT
(we prep in New York this summer). She's booked you for Thursday 3/5 at 1pm ET / 10am PT for
half an hour. Zoom details are in the attached invite.

Owen Tkach
Assistant to Miriam Castellanos, Showrunner / EP
Bright Hollow Productions | 611 W. 27th St, New York, NY 10001 | 212-555-0164
""",
        """Hi Tess - so sorry, Miriam got pulled into the edit Thursday. Can we move you to Monday
3/9, same time, 1pm ET / 10am PT? Heads up that the clocks change Sunday, so 10am your time is
still right. Updated invite attached.

Owen
""",
        """Ugh, one more move, apologies! Monday blew up with a network call. Miriam can do
Tuesday 3/10 at 4:30pm ET (1:30pm PT), still 30 minutes, same Zoom link. New invite attached -
this one is holding, I promise.

Owen
""",
    ]
    items = []
    prev = None
    for i, ((s, d), b) in enumerate(zip(times, bodies)):
        cal = calendar(method="REQUEST", prodid="-//zoom.us//iCalendar Event//EN", uid=uid, seq=i,
                       start=s, end=s + timedelta(minutes=30),
                       summary="Tess Calloway <> Miriam Castellanos (HALF LIGHT)",
                       organizer=owen,
                       attendees=[(miriam[0], miriam[1], "ACCEPTED"),
                                  (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                       description=f"Join Zoom Meeting\n{zoom}\n\nMeeting ID: 830 1447 7219\n"
                                   "Passcode: 441907",
                       location=zoom, stamp=d, tzid="America/New_York")
        mid = f"<bh-ot-{i}-20260226@brighthollow.example>"
        subj = ["Zoom w/ Miriam Castellanos - HALF LIGHT",
                "RESCHEDULE: Zoom w/ Miriam Castellanos - HALF LIGHT",
                "RESCHEDULE (again): Zoom w/ Miriam Castellanos - HALF LIGHT"][i]
        items.append((f"0{i + 1}-owen-zoom-{['booked', 'moved', 'moved-again'][i]}.eml",
                      mail(frm=f"{owen[0]} <{owen[1]}>", to=OWNER_ADDR,
                           cc=f"{miriam[0]} <{miriam[1]}>", subject=subj, date=d, msgid=mid,
                           body=b, in_reply_to=prev,
                           attachments=[(cal, "text", "calendar", "invite.ics")])))
        prev = mid
    s = times[-1][0]
    add("04-showrunner-zoom-rescheduled-twice", items, lab(
        [iv("Bright Hollow Productions", "Production Coordinator", s, s + timedelta(minutes=30),
            ["mcastellanos@brighthollow.example"], ["mcastellanos@brighthollow.example"],
            "hiring_manager")],
        "hard", "positive/reschedule-twice",
        "Showrunner Zoom moved twice by her assistant (SEQUENCE 0,1,2, same UID); first slot is "
        "EST, later slots EDT (US DST Mar 8). Final: Tue Mar 10 4:30pm ET."))


def c05():
    darnell = "Darnell Boateng <dboateng@peachlineprod.example>"
    d1 = T(2026, 2, 19, 16, 2, NY)
    d2 = T(2026, 2, 24, 18, 15, NY)
    s = T(2026, 2, 26, 14, 0, NY)
    e = T(2026, 2, 26, 14, 30, NY)
    b1 = """Hey Tess,

Thanks for sending your stuff over. I'm the UPM on KUDZU, the pilot we're shooting out at the
Fayetteville stages in April. Let's do a phone call Thursday 2/26 at 2pm ET (11am your time),
about 30 min, to talk about coordinating the production office. I'll call your cell.

I sent a placeholder from Outlook too.

Darnell Boateng
Unit Production Manager - KUDZU
Peachline Productions
150 Stagecraft Pkwy, Fayetteville, GA 30214
c. 404-555-0128
"""
    when = outlook_when(s, e, "(UTC-05:00) Eastern Time (US & Canada)")
    cal = calendar(method="REQUEST", prodid="Microsoft Exchange Server 2010",
                   uid="040000008200E00074C5B7101A82E0080000000090C8E1A43E9ADC01000000000000000",
                   seq=0, start=s, end=e, summary="Phone call - Tess Calloway / KUDZU coordinator",
                   organizer=("Darnell Boateng", "dboateng@peachlineprod.example"),
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   description=f"When: {when}.\nWhere: Phone - Darnell will call",
                   location="Phone - Darnell will call", stamp=d1, tzid="Eastern Standard Time",
                   extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    b2 = """Tess,

Bad news - the network passed on KUDZU this afternoon, so the pilot isn't going and we're not
staffing the office. I have to cancel Thursday's call. Really sorry, I liked your resume a lot
and I'll keep you in mind for the next one.

Darnell
"""
    items = [
        ("01-darnell-phone-call.eml", mail(frm=darnell, to=OWNER_ADDR,
         subject="KUDZU - coordinator call Thurs", date=d1, msgid="<DM6PR02MB5521A@peachlineprod.example>",
         body=b1, cal=cal, headers=[("X-Mailer", "Microsoft Outlook 16.0")])),
        ("02-darnell-cancel-not-picked-up.eml", mail(frm=darnell, to=OWNER_ADDR,
         subject="RE: KUDZU - coordinator call Thurs", date=d2,
         msgid="<DM6PR02MB5521B@peachlineprod.example>", body=b2,
         in_reply_to="<DM6PR02MB5521A@peachlineprod.example>")),
    ]
    add("05-cancelled-pilot-not-picked-up", items, lab(
        [iv("Peachline Productions", "Production Coordinator", s, e,
            ["dboateng@peachlineprod.example"], ["dboateng@peachlineprod.example"],
            "phone_screen", status="cancelled")],
        "medium", "positive/cancel-by-email",
        "Atlanta UPM phone interview (2pm ET, EST) cancelled by e-mail because the network passed "
        "on the pilot; the invite itself is never withdrawn."))


def c06():
    d = T(2026, 3, 26, 13, 41)
    s = T(2026, 4, 2, 14, 0)
    e = T(2026, 4, 2, 14, 45)
    plain = """Hi Tess,

Thank you for your interest in Lumenflix! Your interview for Production Coordinator, Unscripted
Series has been confirmed. Details below.

Interview: Hiring Manager Interview
Date: Thursday, April 2, 2026
Time: 2:00 PM - 2:45 PM PDT
Interviewer: Gabe Lindqvist, Production Manager, Unscripted
Location: Google Meet - https://meet.google.com/lmx-qpra-tuv

A calendar invitation is attached. If you need to reschedule, please reply to this email and
Sasha will help.

Best,
Sasha Whitfield
Recruiting Coordinator, Content Production | Lumenflix
"""
    html = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")) + "</body></html>"
    cal = calendar(method="REQUEST", prodid="-//Greenhouse Software//Interview Scheduling//EN",
                   uid="gh-interview-58822901@greenhouse.example", seq=0, start=s, end=e,
                   summary="Interview with Lumenflix - Production Coordinator, Unscripted Series",
                   organizer=("Lumenflix Recruiting", "no-reply@greenhouse-mail.example"),
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   description="Hiring Manager Interview with Gabe Lindqvist.\n"
                               "Join: https://meet.google.com/lmx-qpra-tuv",
                   location="https://meet.google.com/lmx-qpra-tuv", stamp=d)
    items = [("01-greenhouse-interview-confirmed.eml", mail(
        frm="Lumenflix Recruiting <no-reply@greenhouse-mail.example>", to=OWNER,
        reply_to="Sasha Whitfield <swhitfield@lumenflix.example>",
        subject="Interview Confirmation: Production Coordinator, Unscripted Series - Lumenflix",
        date=d, msgid="<6e0b13f0a1c4d7@us.greenhouse-mail.example>", body=plain, html=html,
        headers=[("X-Mailer", "Greenhouse")],
        attachments=[(cal, "text", "calendar", "interview.ics")]))]
    add("06-greenhouse-streamer-confirmation", items, lab(
        [iv("Lumenflix", "Production Coordinator, Unscripted Series", s, e, [],
            ["swhitfield@lumenflix.example"], "hiring_manager")],
        "easy", "positive/ats-greenhouse",
        "Greenhouse no-reply confirmation with UTC .ics; interviewer named without address, "
        "so follow-up goes to the Reply-To recruiting coordinator."))


def c07():
    d = T(2026, 3, 20, 16, 5)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;border:1px solid #dde1e6">
<tr><td style="padding:18px 24px;background:#0b2a4a;color:#fff;font-size:18px">Tidewell Media Careers</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#1f2933">
<p>Dear Tess Calloway,</p>
<p>Your interview has been scheduled for the following position:</p>
<p><b>Production Coordinator - Feature Animation (R-10482)</b></p>
<table style="font-size:14px">
<tr><td style="padding-right:12px"><b>Interview Type</b></td><td>Recruiter Phone Screen</td></tr>
<tr><td style="padding-right:12px"><b>Date</b></td><td>Friday, March 27, 2026</td></tr>
<tr><td style="padding-right:12px"><b>Time</b></td><td>9:00 AM - 9:30 AM Pacific Time</td></tr>
<tr><td style="padding-right:12px"><b>Interviewer</b></td><td>Hana Mbeki, Talent Acquisition Partner</td></tr>
<tr><td style="padding-right:12px"><b>Location</b></td><td>Phone - Hana will call the number on your application</td></tr>
</table>
<p>Questions or need to make a change? Contact Hana directly at
<a href="mailto:hmbeki@tidewellmedia.example">hmbeki@tidewellmedia.example</a>.</p>
<p>To view your application, sign in to your <a href="https://tidewellmedia.wd5.myworkdayjobs.example/External">Candidate Home</a>.</p>
<p style="color:#6b7280;font-size:12px">This is an automated message from Workday. Please do not reply.</p>
</td></tr></table></td></tr></table></body></html>
"""
    items = [("01-workday-interview-scheduled.eml", mail(
        frm="Tidewell Media <tidewellmedia@myworkday.example>", to=OWNER,
        subject="Interview Scheduled - Production Coordinator - Feature Animation", date=d,
        msgid="<1482093371.88213.1774047900@wd5-prod.myworkday.example>", html=html,
        html_cte="base64"))]
    s = T(2026, 3, 27, 9, 0)
    add("07-workday-streamer-recruiter-screen", items, lab(
        [iv("Tidewell Media", "Production Coordinator - Feature Animation", s,
            s + timedelta(minutes=30), ["hmbeki@tidewellmedia.example"],
            ["hmbeki@tidewellmedia.example"], "phone_screen")],
        "medium", "positive/ats-workday",
        "HTML-only base64 Workday notification; recruiter conducts the screen and her address is "
        "in the body."))


def c08():
    aileen = ("Aileen Marchetti", "amarchetti@northshorelot.example")
    p1 = ("Graham Okafor", "gokafor@northshorelot.example")
    p2 = ("Sunita Brar", "sbrar@northshorelot.example")
    d = T(2026, 3, 30, 13, 2, VAN)
    s = T(2026, 4, 7, 10, 0, VAN)
    e = T(2026, 4, 7, 11, 0, VAN)
    when = outlook_when(s, e, "(UTC-08:00) Pacific Time (US & Canada)")
    body = f"""When: {when}.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Tess,

Thanks for chatting last week. Next step for the Production Coordinator (Series) role is a
60-minute panel with Graham Okafor (Production Manager) and Sunita Brar (Production Supervisor).
I'll get you connected but won't stay on. We're in Vancouver, so same clock as you in LA.

Cheers,
Aileen Marchetti
People & Culture Coordinator | Northshore Lot Studios
3650 Marine Way, Burnaby, BC V5J 0A7 | 604-555-0176

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NSLx01>
Meeting ID: 274 118 903 552
Passcode: v7Rk2Q
________________________________________________________________________________
"""
    html = "<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + \
        "</div></body></html>"
    cal = calendar(method="REQUEST", prodid="Microsoft Exchange Server 2010",
                   uid="040000008200E00074C5B7101A82E00800000000B0D3C9F4A0BEDC01000000000000000",
                   seq=0, start=s, end=e,
                   summary="Panel Interview: Tess Calloway - Production Coordinator (Series)",
                   organizer=aileen,
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"),
                              (p1[0], p1[1], "NEEDS-ACTION"), (p2[0], p2[1], "NEEDS-ACTION")],
                   description=body, location="Microsoft Teams Meeting", stamp=d,
                   tzid="Pacific Standard Time",
                   extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                          "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/"
                          "meetup-join/19%3ameeting_NSLx01"])
    items = [("01-outlook-teams-panel.eml", mail(
        frm=f"{aileen[0]} <{aileen[1]}>",
        to=f"{OWNER_ADDR}, {p1[0]} <{p1[1]}>, {p2[0]} <{p2[1]}>",
        subject="Panel Interview: Tess Calloway - Production Coordinator (Series)", date=d,
        msgid="<YT3PR01MB8810C2@YT3PR01MB8810.CANPRD01.PROD.OUTLOOK.example>", body=body,
        html=html, plain_cte="quoted-printable", html_cte="quoted-printable", cal=cal,
        headers=[("Content-class", "urn:content-classes:calendarmessage"),
                 ("Thread-Topic", "Panel Interview: Tess Calloway - Production Coordinator (Series)")],
        received_host="YT3PR01MB8810.CANPRD01.PROD.OUTLOOK.example"))]
    add("08-vancouver-teams-panel", items, lab(
        [iv("Northshore Lot Studios", "Production Coordinator (Series)", s, e,
            [p1[1], p2[1]], [p1[1], p2[1]], "onsite")],
        "medium", "positive/exchange-teams-panel",
        "Exchange invite, Windows TZID 'Pacific Standard Time' with '(UTC-08:00)' label in April "
        "(actually PDT, -07:00); Vancouver studio; organizer is coordinator only."))


def c09():
    rec = ("Priscilla Yoon", "pyoon@dovetailpost.example")
    a = ("Marcus Delacroix", "mdelacroix@dovetailpost.example")
    b = ("Ines Varga", "ivarga@dovetailpost.example")
    c = ("Theo Brandt-Lowe", "tbrandtlowe@dovetailpost.example")
    d0 = T(2026, 4, 9, 11, 30, NY)
    s1, e1 = T(2026, 4, 16, 12, 0, NY), T(2026, 4, 16, 12, 45, NY)
    s2, e2 = T(2026, 4, 16, 13, 0, NY), T(2026, 4, 16, 13, 45, NY)
    body = """Hi Tess,

Excited to move you forward for Post Production Coordinator! Your virtual loop is next Thursday,
April 16. All times Eastern (you're three hours behind, so this starts at 9 your time):

  12:00 - 12:45   Marcus Delacroix, Head of Post Services
  1:00 - 1:45     Ines Varga (Post Supervisor) & Theo Brandt-Lowe (Senior Colorist)

You'll get two separate Google invites. Grab a coffee in the 15 between.

Priscilla Yoon
Talent & Operations | Dovetail Finishing
44 Hudson St, 5th Fl, New York, NY 10013 | 646-555-0110
"""
    items = [
        ("01-priscilla-loop-itinerary.eml", mail(frm=f"{rec[0]} <{rec[1]}>", to=OWNER_ADDR,
         subject="Dovetail - your loop on Thursday 4/16", date=d0,
         msgid="<CAHdvtl0op.4a@mail.dovetailpost.example>", body=body)),
        ("02-invite-marcus.eml", google_invite(
            organizer=rec, guests=[a], start=s1, end=e1, tz=NY,
            tzlabel="Eastern Time - New York",
            summary="Dovetail Finishing - Tess Calloway / Marcus Delacroix",
            description="Post Production Coordinator interview, part 1 of 2.",
            uid="dvtl1tc0416a@google.com", seq=0, date=d0 + timedelta(minutes=6),
            msgid="<calendar-71a0d4e2-1b2c-4f7a-9d5e-1f0b8c2a6e11@google.com>",
            meet="https://meet.google.com/dvt-mdel-aaa")),
        ("03-invite-ines-theo.eml", google_invite(
            organizer=rec, guests=[b, c], start=s2, end=e2, tz=NY,
            tzlabel="Eastern Time - New York",
            summary="Dovetail Finishing - Tess Calloway / Ines Varga & Theo Brandt-Lowe",
            description="Post Production Coordinator interview, part 2 of 2.",
            uid="dvtl1tc0416b@google.com", seq=0, date=d0 + timedelta(minutes=7),
            msgid="<calendar-82b1e5f3-2c3d-4a8b-8e6f-2a1c9d3b7f22@google.com>",
            meet="https://meet.google.com/dvt-ivtb-bbb")),
    ]
    add("09-ny-post-house-virtual-loop", items, lab(
        [iv("Dovetail Finishing", "Post Production Coordinator", s1, e2, [a[1], b[1], c[1]],
            [a[1], b[1], c[1]], "onsite")],
        "medium", "positive/onsite-loop",
        "Same-day loop sent as an itinerary plus two Google invites -> one onsite 12:00-13:45 ET."))


def c10():
    lena = "Lena Ostrowski <lostrowski@marigoldanimation.example>"
    d1 = T(2026, 3, 24, 9, 58)
    d2 = T(2026, 3, 24, 10, 40)
    d3 = T(2026, 3, 24, 11, 2)
    m1 = "<MGA-LO-0324-01@marigoldanimation.example>"
    m2 = "<tc-20260324-1040@example.com>"
    m3 = "<MGA-LO-0324-02@marigoldanimation.example>"
    b1 = """Hi Tess!

I'm the recruiter for Marigold Animation's preschool slate. We're hiring a Production
Coordinator for SPROUT SQUAD (2D, episodic) and your live-action office background caught my
eye. Could you hop on a call tomorrow at noon? Just a quick 20 min intro.

Lena Ostrowski
Recruiter | Marigold Animation
818-555-0151
"""
    b2 = f"""Hi Lena - noon tomorrow works. Best number is 323-555-0147.

Tess

On Tue, Mar 24, 2026 at 9:58 AM Lena Ostrowski <lostrowski@marigoldanimation.example> wrote:
> Could you hop on a call tomorrow at noon? Just a quick 20 min intro.
"""
    b3 = """Great, I'll call you tomorrow at 12. Talk then!

Lena
"""
    s1 = T(2026, 3, 25, 12, 0)
    s2, e2 = T(2026, 3, 31, 15, 0), T(2026, 3, 31, 16, 0)
    ev = {
        "kind": "calendar#event", "etag": "\"3451298810064000\"",
        "id": "m4r1g0ld5pr0ut0331tc", "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=bTRyMWcwbGQ1cHIwdXQwMzMxdGM",
        "created": "2026-03-26T20:11:04.000Z", "updated": "2026-03-26T20:13:32.118Z",
        "summary": "Marigold Animation - Tess Calloway <> Abe Feldman (SPROUT SQUAD)",
        "description": "Hiring manager interview for Production Coordinator, SPROUT SQUAD.\n"
                       "Abe is the series producer. Scheduled by Lena Ostrowski.",
        "location": "Marigold Animation, 1011 N. Lake St, Burbank - Building B lobby",
        "creator": {"email": "lostrowski@marigoldanimation.example",
                    "displayName": "Lena Ostrowski"},
        "organizer": {"email": "lostrowski@marigoldanimation.example",
                      "displayName": "Lena Ostrowski"},
        "start": {"dateTime": iso(s2), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": iso(e2), "timeZone": "America/Los_Angeles"},
        "iCalUID": "m4r1g0ld5pr0ut0331tc@google.com", "sequence": 0,
        "attendees": [
            {"email": "lostrowski@marigoldanimation.example", "displayName": "Lena Ostrowski",
             "organizer": True, "responseStatus": "accepted"},
            {"email": "afeldman@marigoldanimation.example", "displayName": "Abe Feldman",
             "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    items = [
        ("01-lena-hop-on-a-call.eml", mail(frm=lena, to=OWNER_ADDR,
         subject="Production Coordinator - SPROUT SQUAD", date=d1, msgid=m1, body=b1)),
        ("02-re-noon-works.eml", mail(frm=OWNER_ADDR, to=lena,
         subject="Re: Production Coordinator - SPROUT SQUAD", date=d2, msgid=m2, body=b2,
         in_reply_to=m1)),
        ("03-re-talk-then.eml", mail(frm=lena, to=OWNER_ADDR,
         subject="Re: Production Coordinator - SPROUT SQUAD", date=d3, msgid=m3, body=b3,
         in_reply_to=m2, refs=f"{m1} {m2}")),
        ("04-hiring-manager-abe.gcal.json", (json.dumps(ev, indent=2) + "\n").encode()),
    ]
    add("10-animation-screen-then-producer", items, lab(
        [iv("Marigold Animation", "Production Coordinator", s1, s1 + timedelta(minutes=20),
            ["lostrowski@marigoldanimation.example"], ["lostrowski@marigoldanimation.example"],
            "phone_screen"),
         iv("Marigold Animation", "Production Coordinator", s2, e2,
            ["afeldman@marigoldanimation.example"], ["afeldman@marigoldanimation.example"],
            "hiring_manager")],
        "hard", "positive/two-interviews",
        "Recruiter 'hop on a call tomorrow at noon' (resolved against Tue Mar 24 -> Wed Mar 25, "
        "20 min) then an in-person producer interview as a Calendar API event."))


def c11():
    hollis = "Hollis Grant <hgrant@canalstreetfilms.example>"
    noor = ("Noor Haddad", "nhaddad@canalstreetfilms.example")
    gt = "Canal Street Films <scheduling@goodtime-mail.example>"
    d1 = T(2026, 3, 31, 14, 9, NY)
    d2 = T(2026, 4, 3, 8, 51)
    d3 = T(2026, 4, 3, 12, 20, NY)
    d4 = T(2026, 4, 3, 12, 22, NY)
    s, e = T(2026, 4, 8, 15, 0, NY), T(2026, 4, 8, 15, 45, NY)
    uid = "gt-evt-5c1d99e0a3@goodtime.example"
    org = ("Canal Street Films Recruiting", "scheduling@goodtime-mail.example")
    cal1 = calendar(method="REQUEST", prodid="-//GoodTime//Scheduling//EN", uid=uid, seq=0,
                    start=s, end=e, summary="Interview: Tess Calloway <> Noor Haddad",
                    organizer=org, attendees=[(noor[0], noor[1], "ACCEPTED"),
                                              (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    description="Production Coordinator - Feature (ASHFALL)\nVideo: "
                                "https://canalstreet.zoom.example/j/91822004417",
                    location="https://canalstreet.zoom.example/j/91822004417", stamp=d1)
    cal2 = calendar(method="CANCEL", prodid="-//GoodTime//Scheduling//EN", uid=uid, seq=1,
                    start=s, end=e, summary="Canceled: Interview: Tess Calloway <> Noor Haddad",
                    organizer=org, attendees=[(noor[0], noor[1], "ACCEPTED"),
                                              (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                    description="This interview has been canceled.", stamp=d4,
                    status="CANCELLED")
    b1 = """Hi Tess,

Your interview with Canal Street Films has been scheduled.

Position: Production Coordinator - Feature (ASHFALL)
When: Wednesday, April 8, 2026, 3:00 PM - 3:45 PM EDT (12:00 PM - 12:45 PM PDT)
With: Noor Haddad, Producer
Where: Zoom - https://canalstreet.zoom.example/j/91822004417

Need to make a change? Reply to Hollis Grant at hgrant@canalstreetfilms.example.

Powered by GoodTime
"""
    b2 = f"""Hi Hollis,

I wanted to let you know as soon as possible: I've accepted a coordinator job on a series that
starts prep Monday, so I need to withdraw from the ASHFALL process and won't be able to make
Wednesday's interview with Noor. I'm so sorry for the short notice and grateful for the
consideration - I'd love to be in touch for future projects.

Best,
Tess
{SIG_TESS}"""
    b3 = """Congrats Tess, that's great news! Totally understand. I've taken it off Noor's
calendar - you'll get an automated cancellation. Good luck with prep!

Hollis

Hollis Grant | Production Recruiting | Canal Street Films | 212-555-0187
"""
    b4 = """Hi Tess,

Your interview with Canal Street Films on Wednesday, April 8, 2026 at 3:00 PM EDT has been
canceled. No further action is needed.

Powered by GoodTime
"""
    items = [
        ("01-goodtime-scheduled.eml", mail(frm=gt, to=OWNER, reply_to=hollis,
         subject="Interview scheduled: Canal Street Films - Production Coordinator", date=d1,
         msgid="<gt.5c1d99e0a3.1@goodtime-mail.example>", body=b1,
         attachments=[(cal1, "text", "calendar", "invite.ics")])),
        ("02-tess-withdraws.eml", mail(frm=OWNER_ADDR, to=hollis,
         subject="Withdrawing - Production Coordinator (ASHFALL)", date=d2,
         msgid="<tc-20260403-0851@example.com>", body=b2)),
        ("03-hollis-understands.eml", mail(frm=hollis, to=OWNER_ADDR,
         subject="Re: Withdrawing - Production Coordinator (ASHFALL)", date=d3,
         msgid="<CSF-HG-0403@canalstreetfilms.example>", body=b3,
         in_reply_to="<tc-20260403-0851@example.com>")),
        ("04-goodtime-canceled.eml", mail(frm=gt, to=OWNER, reply_to=hollis,
         subject="Interview canceled: Canal Street Films - Production Coordinator", date=d4,
         msgid="<gt.5c1d99e0a3.2@goodtime-mail.example>", body=b4, cal=cal2,
         cal_method="CANCEL")),
    ]
    add("11-goodtime-booked-then-withdrawn", items, lab(
        [iv("Canal Street Films", "Production Coordinator - Feature (ASHFALL)", s, e,
            [noor[1]], [noor[1]], "hiring_manager", status="cancelled")],
        "medium", "positive/cancel-candidate-withdrawal",
        "GoodTime booking (scheduling vendor), candidate withdraws, vendor sends METHOD:CANCEL."))


def c12():
    bea = "Bea Lindholm <bea@keylinecrew.example>"
    jonas = "Jonas Brandt <jonas.brandt@kranichfilm.example>"
    d0 = T(2026, 3, 12, 17, 3, BER)
    d1 = T(2026, 3, 12, 10, 26)
    fwd = f"""Tess - see below from Kranich. 17:00 their time Thursday should be 9am for us (they
don't spring forward until the 29th, so it's 8 hours, not 9). Please reply to Jonas directly
and cc me.

xx Bea

Bea Lindholm
Keyline Crew Agency | Production & Office Staff
8500 Wilshire Blvd, Suite 410, Beverly Hills, CA 90211 | 310-555-0139

---------- Forwarded message ---------
From: Jonas Brandt <jonas.brandt@kranichfilm.example>
Date: Thu, Mar 12, 2026 at 9:03 AM
Subject: Interview Production Coordinator (US unit) - Tess Calloway
To: Bea Lindholm <bea@keylinecrew.example>


Dear Bea,

thank you for sending Tess Calloway's CV. We would like to invite her to an interview via Zoom
for the position Production Coordinator (US unit) on our co-production DIE SALZBRÜCKE / THE SALT
BRIDGE, which shoots two weeks in Los Angeles in June.

Proposed: Thursday, 19 March 2026, 17:00 Uhr (Berlin), approx. 45 minutes.
Participants: Jonas Brandt (Producer), Kranich Filmproduktion

Zoom: https://kranichfilm.zoom.example/j/66120345871

Please confirm the appointment with me directly.

Mit freundlichen Grüßen / Best regards
Jonas Brandt
Producer
Kranich Filmproduktion GmbH
Torstraße 141, 10119 Berlin
Tel. +49 30 5550 1842
"""
    _ = d0  # original send time of the forwarded message (Berlin)
    items = [("01-fwd-kranich-interview.eml", mail(
        frm=bea, to=OWNER_ADDR, subject="Fwd: Interview Production Coordinator (US unit) - Tess Calloway",
        date=d1, msgid="<CAKcrw.fwd.0312@keylinecrew.example>", body=fwd,
        plain_cte="quoted-printable"))]
    s = T(2026, 3, 19, 17, 0, BER)
    add("12-forwarded-berlin-coproduction-uhr", items, lab(
        [iv("Kranich Filmproduktion", "Production Coordinator (US unit)", s,
            s + timedelta(minutes=45), ["jonas.brandt@kranichfilm.example"],
            ["jonas.brandt@kranichfilm.example"], "hiring_manager")],
        "hard", "positive/forwarded-foreign-tz",
        "Crew agent forwards a Berlin producer's invitation: '17:00 Uhr (Berlin)' on Mar 19 = CET "
        "(+01:00) while LA is already PDT (US/EU DST gap). Agent is not an interviewer."))


def c13():
    gloria = "Gloria Venn <gvenn@sunmarkstudios.example>"
    rick = "Rick Solano <rsolano@sunmarkstudios.example>"
    d1 = T(2026, 4, 14, 16, 44)
    d2 = T(2026, 4, 14, 18, 2)
    d3 = T(2026, 4, 15, 8, 15)
    m1 = "<SN4PR0901MB22A1@sunmarkstudios.example>"
    m2 = "<tc-20260414-1802@example.com>"
    m3 = "<SN4PR0901MB22A7@sunmarkstudios.example>"
    h1 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p>Hi Tess,</p>
<p>Good news &ndash; the showrunner wants to meet. Rick (cc&rsquo;d) is finalizing who runs the
production office on DRY COUNTY and you&rsquo;re one of two coordinators we&rsquo;re bringing in.</p>
<p>Are you free for lunch at the commissary this Friday? Noon-ish. Rick has a hard out at 1 for
a mix, so it&rsquo;ll be a tight hour.</p>
<p>Gloria</p>
<p style="color:#555">Gloria Venn<br>Unit Production Manager, DRY COUNTY<br>Sunmark Studios &middot;
5800 Sunset Blvd, Stage 5 Annex, Los Angeles, CA 90028<br>o. 323-555-0119</p>
</div></body></html>
"""
    b2 = f"""Hi Gloria,

Yes, absolutely - Friday lunch works. Thank you both!

Tess
{SIG_TESS}
On Tue, Apr 14, 2026 at 4:44 PM Gloria Venn <gvenn@sunmarkstudios.example> wrote:
> Are you free for lunch at the commissary this Friday? Noon-ish. Rick has a hard out at 1 for
> a mix, so it'll be a tight hour.
"""
    h3 = """<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Great. Friday 12:00 at the commissary &ndash; meet us at the host stand, Stage 5 side. I&rsquo;ll
put you on the gate list at the Bronson entrance.</p>
<p>G</p>
<hr><p><b>From:</b> Tess Calloway &lt;tess.calloway@example.com&gt;<br><b>Sent:</b> Tuesday,
April 14, 2026 6:02 PM<br><b>Subject:</b> Re: DRY COUNTY - lunch w/ Rick</p>
<p>Yes, absolutely - Friday lunch works. Thank you both!</p>
</div></body></html>
"""
    items = [
        ("01-gloria-showrunner-wants-to-meet.eml", mail(frm=gloria, to=OWNER_ADDR, cc=rick,
         subject="DRY COUNTY - lunch w/ Rick", date=d1, msgid=m1, html=h1,
         html_cte="quoted-printable", headers=[("X-Mailer", "Microsoft Outlook 16.0")])),
        ("02-re-friday-works.eml", mail(frm=OWNER_ADDR, to=gloria, cc=rick,
         subject="Re: DRY COUNTY - lunch w/ Rick", date=d2, msgid=m2, body=b2, in_reply_to=m1)),
        ("03-re-commissary-noon.eml", mail(frm=gloria, to=OWNER_ADDR, cc=rick,
         subject="RE: DRY COUNTY - lunch w/ Rick", date=d3, msgid=m3, html=h3,
         html_cte="quoted-printable", in_reply_to=m2, refs=f"{m1} {m2}")),
    ]
    s = T(2026, 4, 17, 12, 0)
    add("13-lunch-at-the-commissary", items, lab(
        [iv("Sunmark Studios", "Production Coordinator", s, T(2026, 4, 17, 13, 0),
            ["rsolano@sunmarkstudios.example", "gvenn@sunmarkstudios.example"],
            ["rsolano@sunmarkstudios.example", "gvenn@sunmarkstudios.example"], "onsite")],
        "hard", "positive/informal-lunch",
        "HTML-only Outlook thread: showrunner + UPM lunch at the studio commissary is the "
        "coordinator interview; 'this Friday' from Tue Apr 14 -> Apr 17, 'hard out at 1'."))


# =================================================================================== NEGATIVES
def n14():
    d = T(2026, 3, 9, 19, 30)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:13px">
<table width="680" border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><td colspan="3" style="background:#111;color:#fff;font-size:18px"><b>UNDERTOW</b> &mdash; CALL SHEET &mdash; DAY 14 of 22</td></tr>
<tr><td><b>Date</b><br>Tuesday, March 10, 2026</td><td><b>CREW CALL 6:30A</b><br>Shooting call 7:30A</td><td><b>Sunrise</b> 7:06A &middot; <b>Sunset</b> 7:08P<br>Weather: 68&deg;/54&deg;, marine layer til 10</td></tr>
<tr><td colspan="3"><b>Location 1:</b> Harbor Annex, 2210 Pier Ave, San Pedro &mdash; Crew park in Lot C, shuttle from 6:10A<br>
<b>Nearest hospital:</b> Providence Little Company of Mary, 1300 W 7th St, San Pedro</td></tr>
<tr><td><b>Time</b></td><td><b>Scene / Setup</b></td><td><b>Notes</b></td></tr>
<tr><td>7:30A - 9:00A</td><td>B-roll: dock workers, shift change</td><td>2 cams, drone if wind &lt; 15</td></tr>
<tr><td>9:30A - 11:30A</td><td>INTERVIEW: Capt. Lorraine Ibsen (sit-down, Set 2)</td><td>Two-camera interview setup, lav + boom. Producer: Amir Sato</td></tr>
<tr><td>11:30A - 12:00P</td><td>Pickups / candid</td><td></td></tr>
<tr><td>12:00P</td><td>LUNCH (hot, Set 1 tent)</td><td></td></tr>
<tr><td>1:00P - 3:30P</td><td>INTERVIEW: Dockworker candidates for ep. 4 &ldquo;Graveyard Shift&rdquo; (3 short pre-interviews)</td><td>Releases required before rolling</td></tr>
<tr><td>4:00P</td><td>Company move to Terminal Island (walk & talk)</td><td>Est. wrap 6:30P</td></tr>
</table>
<p><b>Production Office:</b> Tess Calloway (POC) c. 323-555-0147 &middot; Office opens 6:00A<br>
Questions about the schedule? Hop on a call with the office, don&rsquo;t text the AD.</p>
<p style="color:#777;font-size:11px">Sent via Callsheet Cloud &middot; Greyline Docs &middot; Reply to production office</p>
</body></html>
"""
    items = [("01-call-sheet-day-14.eml", mail(
        frm="UNDERTOW Production <office@greylinedocs.example>", to=OWNER,
        subject="UNDERTOW - Call Sheet - Tue 3/10 - Day 14 - CREW CALL 6:30A", date=d,
        msgid="<cs-undertow-d14@callsheetcloud.example>", html=html,
        html_cte="quoted-printable"))]
    add("14-call-sheet-docuseries-interviews", items, lab(
        [], "hard", "negative/call-sheet",
        "Call sheet at her current docuseries job: 'crew call 6:30A', on-camera INTERVIEW setups "
        "and 'candidates' are documentary subjects."))


def n15():
    ad = ("Corinne Baptiste", "cbaptiste@greylinedocs.example")
    s, e = T(2026, 3, 13, 7, 15), T(2026, 3, 13, 14, 0)
    d = T(2026, 3, 11, 16, 22)
    items = [("01-invitation-tech-scout.eml", google_invite(
        organizer=ad, guests=[("Amir Sato", "asato@greylinedocs.example"),
                              ("Pete Wozniak", "pwozniak@greylinedocs.example")],
        start=s, end=e, tz=LA, tzlabel="Pacific Time - Los Angeles",
        summary="TECH SCOUT - Ep 105 locations (van from office 7:15A)",
        description="Dept heads tech scout: Harbor Annex, Terminal Island, Cabrillo boathouse. "
                    "We'll look at the interview set for Capt. Ibsen's follow-up and the "
                    "candidate spots for the night exterior. Tess - please bring the location "
                    "agreements and petty cash for parking. Lunch on the road.",
        uid="t3chsc0ut105gld@google.com", seq=0, date=d,
        msgid="<calendar-93c2f6a4-3d4e-4b9c-8f70-3b2d0e4c8a33@google.com>"))]
    add("15-tech-scout-invite", items, lab(
        [], "medium", "negative/tech-scout",
        "Google invite for a tech scout at her current production (mentions interview set, "
        "candidate locations)."))


def n16():
    org = ("Writers Office - PILOT LIGHT", "writersoffice@emberlinetv.example")
    d = T(2026, 4, 6, 11, 5)
    s, e = T(2026, 4, 9, 10, 0), T(2026, 4, 9, 12, 30)
    when = outlook_when(s, e, "(UTC-08:00) Pacific Time (US & Canada)")
    body = f"""When: {when}.
Where: Stage 3 Conference Room / Zoom for network

Table read for Ep 201. Cast call 9:30A for coffee; read starts at 10 sharp.
Network and studio will hop on the Zoom. Notes call with the showrunner immediately after
(producers only).

Coordinator (Tess): please have scripts (white, 2 hole-punched), name cards and the
interview-style mics for the overflow table.
"""
    cal = calendar(method="REQUEST", prodid="Microsoft Exchange Server 2010",
                   uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000",
                   seq=0, start=s, end=e, summary="TABLE READ - Ep 201 \"Kindling\"",
                   organizer=org, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   description=body, location="Stage 3 Conference Room", stamp=d,
                   tzid="Pacific Standard Time")
    items = [("01-table-read-invite.eml", mail(
        frm=f"{org[0]} <{org[1]}>", to=OWNER_ADDR, subject="TABLE READ - Ep 201 \"Kindling\"",
        date=d, msgid="<BY5PR08MB6611F1@emberlinetv.example>", body=body, cal=cal,
        headers=[("Content-class", "urn:content-classes:calendarmessage")]))]
    add("16-table-read-invite", items, lab(
        [], "medium", "negative/table-read",
        "Exchange invite for a table read on her current show."))


def n17():
    cd = "Yvette Marlowe <yvette@marlowecasting.example>"
    d1 = T(2026, 3, 25, 13, 10)
    d2 = T(2026, 3, 25, 13, 35)
    b1 = """Hi Tess,

Callbacks for CARLA (ep. 3 guest star) are set for Friday 3/27 in the Stage 2 casting room.
Six candidates, 15 min each, director in the room, producer session starts at 2:00 PM sharp:

  2:00  Adriana Fleck
  2:15  Monique Saldana
  2:30  Bree Holloway
  2:45  Kat Ostrander
  3:00  Lupe Aranda
  3:15  Sienna Moss

Can you book the room 1:30-3:45, get the sides printed (scenes 14 & 22) and send parking passes
to the agents? We'll interview the top two again with the showrunner on Monday if needed.

Yvette Marlowe CSA
Marlowe Casting | 323-555-0172
"""
    b2 = """Room's booked 1:30-3:45 and passes are going out now. Sides will be on the table by 1:45.

Tess

> Six candidates, 15 min each, director in the room, producer session starts at 2:00 PM sharp
"""
    items = [
        ("01-casting-callbacks-carla.eml", mail(frm=cd, to=OWNER_ADDR,
         subject="CARLA callbacks Fri 3/27 - room + sides", date=d1,
         msgid="<MC-0325-yv1@marlowecasting.example>", body=b1)),
        ("02-re-room-booked.eml", mail(frm=OWNER_ADDR, to=cd,
         subject="Re: CARLA callbacks Fri 3/27 - room + sides", date=d2,
         msgid="<tc-20260325-1335@example.com>", body=b2,
         in_reply_to="<MC-0325-yv1@marlowecasting.example>")),
    ]
    add("17-casting-callbacks-she-coordinates", items, lab(
        [], "hard", "negative/casting-session",
        "She coordinates actor callbacks; actors are 'candidates' for a role, 'interview' used."))


def n18():
    d = T(2026, 4, 1, 10, 0)
    s, e = T(2026, 4, 25, 14, 0), T(2026, 4, 25, 15, 15)
    html = """<html><body style="font-family:Georgia,serif">
<h2>Silver Lake Screen Festival 2026</h2>
<p>Dear Tess,</p>
<p>We're delighted to confirm you as a panelist for</p>
<p><b>&ldquo;Breaking In: How to Interview for Your First Production Office Job&rdquo;</b><br>
Saturday, April 25, 2026 &middot; 2:00&ndash;3:15 PM<br>
The Vista Room, Sunset Junction Theater, Los Angeles</p>
<p>Moderator: Harriet Kwon (Crew Up LA). Fellow panelists: a showrunner's assistant, a studio
recruiter and a line producer. We'll do a 15-minute prep call with the moderator the week
before &ndash; Harriet will reach out to schedule.</p>
<p>Please arrive at the green room by 1:30 PM. Your badge is attached to this invite.</p>
<p>Warmly,<br>Festival Programming<br>programming@silverlakescreenfest.example</p>
</body></html>
"""
    cal = calendar(method="REQUEST", prodid="-//Silver Lake Screen Festival//Programming//EN",
                   uid="slsf26-panel-breakingin@silverlakescreenfest.example", seq=0,
                   start=s, end=e, summary="SLSF Panel: Breaking In - How to Interview for Your "
                   "First Production Office Job",
                   organizer=("SLSF Programming", "programming@silverlakescreenfest.example"),
                   attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                   description="Panelist. Green room 1:30 PM.",
                   location="Sunset Junction Theater - The Vista Room", stamp=d,
                   tzid="America/Los_Angeles")
    items = [("01-festival-panel-confirmed.eml", mail(
        frm="SLSF Programming <programming@silverlakescreenfest.example>", to=OWNER,
        subject="You're confirmed: Breaking In - How to Interview for Your First Production "
                "Office Job (Apr 25)", date=d, msgid="<slsf26-p-0401@silverlakescreenfest.example>",
        html=html, attachments=[(cal, "text", "calendar", "panel.ics")]))]
    add("18-festival-panel-about-interviewing", items, lab(
        [], "medium", "negative/festival-panel",
        "Festival panel she speaks on, titled about interviewing; .ics with a firm time."))


def n19():
    d = T(2026, 3, 20, 11, 30)
    body = """Dear Tess Calloway,

Congratulations - your application for membership in IATSE Local 960 (Production Office
Coordinators & Assistants) has been reviewed and your days have been verified.

Your membership interview with the Membership Committee is scheduled for:

    Tuesday, March 31, 2026 at 6:00 PM
    Local 960 Hall, 4711 Lankershim Blvd, North Hollywood, CA 91602

This is followed by New Member Orientation (approx. 7:00 - 8:30 PM). Please bring a photo ID,
your initiation fee (cashier's check) and your payroll stubs. The committee will review the
Constitution & By-Laws, dues, and the availability list with you. This is not a job interview;
it is a required step to be sworn in.

In solidarity,
Membership Department
IATSE Local 960
membership@local960.example | 818-555-0103
"""
    items = [("01-union-membership-interview.eml", mail(
        frm="IATSE Local 960 Membership <membership@local960.example>", to=OWNER_ADDR,
        subject="Membership Interview & New Member Orientation - Tue 3/31", date=d,
        msgid="<l960-mem-20260320-0412@local960.example>", body=body,
        plain_cte="quoted-printable"))]
    add("19-union-membership-interview", items, lab(
        [], "hard", "negative/union-membership",
        "Union membership interview + orientation at a firm time: not a job interview."))


def n20():
    d = T(2026, 3, 19, 17, 12)
    body = """Hi Tess,

Thank you again for taking the time to interview with Marcus and me last Thursday. We really
enjoyed the conversation and the team loved your call-sheet samples.

After a lot of back and forth, the showrunner decided to go with a coordinator who has been
with the show since season one. I know that's disappointing to hear, and I want to be clear it
was a very close call.

If you'd like, I'm happy to hop on a call sometime and share feedback. And we'll absolutely keep
you in mind for our pilot pickups later this year.

All the best,
Leah Moreau
Senior Manager, Production | Halcyon Road Entertainment
9336 W. Washington Blvd, Culver City, CA 90232
"""
    items = [("01-halcyon-road-decision.eml", mail(
        frm="Leah Moreau <lmoreau@halcyonroad.example>", to=OWNER_ADDR,
        subject="Production Coordinator - SLOW BURN S3", date=d,
        msgid="<HRE-LM-0319@halcyonroad.example>", body=body))]
    add("20-rejection-after-interview", items, lab(
        [], "medium", "negative/rejection",
        "Rejection referencing a past interview and offering an unbooked feedback call."))


def n21():
    d1 = T(2026, 4, 8, 14, 20)
    body = """Hi Tess,

I'm a recruiter on the content production team at Vireo Studios (streaming). I came across your
profile through the PGA mentorship list and we have a couple of coordinator roles opening on
our Atlanta slate this summer - one scripted drama, one unscripted.

Would you be open to hopping on a quick call this week or next? Grab any 30 min that works for
you here: https://cal.vireo.example/mjennings/30min

Talk soon,
Mallory Jennings
Recruiter, Content Production | Vireo Studios
"""
    items = [("01-vireo-recruiter-hop-on-a-call.eml", mail(
        frm="Mallory Jennings <mjennings@vireostudios.example>", to=OWNER_ADDR,
        subject="Coordinator roles - Vireo Atlanta slate", date=d1,
        msgid="<VS-MJ-0408-1@vireostudios.example>", body=body))]
    add("21-recruiter-scheduling-link-unbooked", items, lab(
        [], "medium", "negative/availability-request",
        "Streamer recruiter outreach with a self-scheduling link; never booked."))


def n22():
    d1 = T(2026, 3, 2, 20, 14)
    d2 = T(2026, 3, 2, 21, 40)
    s1 = T(2026, 3, 4, 10, 0)
    s2 = T(2026, 3, 4, 10, 30)

    def booking(name, email, s, dmsg, mid, n):
        body = f"""Hi Tess Calloway,

A new event has been scheduled.

Event Type:
Office PA Interview (UNDERTOW)

Invitee:
{name}

Invitee Email:
{email}

Event Date/Time:
{gtime(s)} - {gtime(s + timedelta(minutes=20))} - {s:%A, %B} {s.day}, {s.year} (Pacific Time - US & Canada)

Location:
UNDERTOW production office, 1418 Gaffey St, San Pedro

Questions:
What shows have you worked on? - {['Two indie features as a set PA', 'Student films at LAVC'][n]}

View event: https://booking.scheduleit.example/app/scheduled_events
"""
        cal = calendar(method="REQUEST", prodid="-//ScheduleIt//Booking//EN",
                       uid=f"si-{mid}@scheduleit.example", seq=0, start=s,
                       end=s + timedelta(minutes=20),
                       summary=f"Office PA Interview (UNDERTOW) - {name}",
                       organizer=(OWNER_NAME, OWNER),
                       attendees=[(name, email, "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")],
                       description=f"Tess Calloway interviewing {name} for Office PA.",
                       location="UNDERTOW production office", stamp=dmsg)
        return mail(frm="ScheduleIt <notifications@scheduleit.example>", to=OWNER,
                    subject=f"New Event: {name} - {gtime(s)} {s:%a, %b} {s.day}, {s.year} - "
                            "Office PA Interview (UNDERTOW)",
                    date=dmsg, msgid=f"<{mid}@scheduleit.example>", body=body,
                    attachments=[(cal, "text", "calendar", "invite.ics")])
    items = [
        ("01-new-event-pa-interview-1.eml", booking("Jordan Pike", "jordanpike@mail.example",
                                                     s1, d1, "evt-7781a", 0)),
        ("02-new-event-pa-interview-2.eml", booking("Rosa Quintero", "rquintero@mail.example",
                                                     s2, d2, "evt-7781b", 1)),
    ]
    add("22-she-interviews-office-pas", items, lab(
        [], "hard", "negative/user-is-interviewer",
        "Booking-tool notifications where Tess is the host interviewing Office PA applicants."))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith(PREFIX):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fn, data in items:
            with open(os.path.join(HERE, cid, fn), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind116 (generated by make_cases.py). Schema: see eval README.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100)
    pos = sum(1 for l in LABELS.values() if l["interview"])
    cats = {}
    for l in LABELS.values():
        cats[l["category"]] = cats.get(l["category"], 0) + 1
    n_iv = sum(len(l["interviews"]) for l in LABELS.values())
    n_c = sum(1 for l in LABELS.values() for i in l["interviews"] if i["status"] == "cancelled")
    lines = [
        "# blind116 - production coordinator in Los Angeles (held-out-like mix)", "",
        "Blind evaluation set for interview detection. Mailbox owner: Tess Calloway "
        f"<{OWNER}>, a TV/film production coordinator in Los Angeles applying to studios, "
        "streamers, production companies and post houses in LA, Atlanta, Vancouver, New York "
        "(and one Berlin co-production).", "",
        "Written blind: the author did not read the detector code or other test cases. All "
        "names, companies, phone numbers and addresses are invented; all domains are .example "
        "(owner on example.com).", "",
        f"{len(LABELS)} cases: {pos} positive ({n_iv} labelled interviews, {n_c} cancelled), "
        f"{len(LABELS) - pos} negative. Regenerate with `python make_cases.py`.", "",
        "| category | cases |", "|---|---|"]
    lines += [f"| {c} | {n} |" for c, n in sorted(cats.items())]
    lines += ["", "| case | category | notes |", "|---|---|---|"]
    lines += [f"| {cid} | {l['category']} | {l['notes']} |" for cid, l in LABELS.items()]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
