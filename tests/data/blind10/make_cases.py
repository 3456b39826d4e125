#!/usr/bin/env python3
"""Deterministic generator for the blind10 evaluation set.

Rewrites every case folder below this directory and labels.yaml.
stdlib + PyYAML + zoneinfo only.  All offsets are computed with zoneinfo.
"""
import json
import shutil
import zlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
LABELS = {}
UTC = timezone.utc

WINTZ = {  # Windows TZID -> IANA
    "Pacific Standard Time": "America/Los_Angeles",
    "GMT Standard Time": "Europe/London",
    "India Standard Time": "Asia/Kolkata",
}


# ----------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt else None


def utcs(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt, tz):
    tz = WINTZ.get(tz, tz)
    return dt.astimezone(ZoneInfo(tz)).strftime("%Y%m%dT%H%M%S")


def wd(dt, expect):
    assert dt.strftime("%a") == expect, (dt, expect)
    return dt


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtz(tzid):
    """Hand-written VTIMEZONE blocks (display data only)."""
    rules = {
        "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "19700329T020000", "3", "-1SU", "19701025T030000", "10", "-1SU"),
        "Europe/Stockholm": ("+0100", "+0200", "CET", "CEST", "19700329T020000", "3", "-1SU", "19701025T030000", "10", "-1SU"),
        "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "19700329T020000", "3", "-1SU", "19701025T030000", "10", "-1SU"),
        "Europe/London": ("+0000", "+0100", "GMT", "BST", "19700329T010000", "3", "-1SU", "19701025T020000", "10", "-1SU"),
        "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "19700308T020000", "3", "2SU", "19701101T020000", "11", "1SU"),
        "America/New_York": ("-0500", "-0400", "EST", "EDT", "19700308T020000", "3", "2SU", "19701101T020000", "11", "1SU"),
        "America/Chicago": ("-0600", "-0500", "CST", "CDT", "19700308T020000", "3", "2SU", "19701101T020000", "11", "1SU"),
        "Australia/Melbourne": ("+1000", "+1100", "AEST", "AEDT", "19701004T020000", "10", "1SU", "19700405T030000", "4", "1SU"),
        "Asia/Kolkata": ("+0530", None, "IST"),
        "Asia/Tokyo": ("+0900", None, "JST"),
        "Asia/Singapore": ("+0800", None, "+08"),
    }
    winrules = {
        "Pacific Standard Time": ("-0800", "-0700", "2SU", "3", "1SU", "11"),
        "GMT Standard Time": ("+0000", "+0100", "-1SU", "3", "-1SU", "10"),
    }
    if tzid == "India Standard Time":
        return ["BEGIN:VTIMEZONE", "TZID:India Standard Time", "BEGIN:STANDARD",
                "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530",
                "END:STANDARD", "END:VTIMEZONE"]
    if tzid in winrules:
        so, do, dday, dmon, sday, smon = winrules[tzid]
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
                f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sday};BYMONTH={smon}", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000" if tzid != "GMT Standard Time" else "DTSTART:16010101T010000",
                f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
                f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dday};BYMONTH={dmon}", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    r = rules[tzid]
    if r[1] is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", "BEGIN:STANDARD",
                f"TZOFFSETFROM:{r[0]}", f"TZOFFSETTO:{r[0]}", f"TZNAME:{r[2]}",
                "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
    so, do, sn, dn, dst_start, dmon, dday, std_start, smon, sday = r
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dn}",
            f"DTSTART:{dst_start}", f"RRULE:FREQ=YEARLY;BYMONTH={dmon};BYDAY={dday}", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{sn}",
            f"DTSTART:{std_start}", f"RRULE:FREQ=YEARLY;BYMONTH={smon};BYDAY={sday}", "END:STANDARD",
            "END:VTIMEZONE"]


def att(cn, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE"):
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};'
            f'CN={cn};X-NUM-GUESTS=0:mailto:{email}')


def calendar(prodid, method, events, tzids=(), extra_head=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_head)
    for tz in tzids:
        lines += vtz(tz)
    for ev in events:
        lines += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ics_text(lines)


def dtline(name, dt, tz=None, floating=False):
    if floating:
        return f"{name}:{loc(dt, tz)}"
    if tz is None:
        return f"{name}:{utcs(dt)}"
    return f"{name};TZID={tz}:{loc(dt, tz)}"


def mail(frm, to, subject, date, msgid, *, delivered_to, cc=None, reply_to=None,
         in_reply_to=None, references=None, extra=None):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    if extra:
        for k, v in extra:
            m[k] = v
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    m["MIME-Version"] = "1.0"
    return m


def google_invite(m, plain, html, ics, method="REQUEST"):
    m.set_content(plain, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", params={"method": method})
    m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                     filename="invite.ics")
    return m


def exchange_invite(m, plain, html, ics, method="REQUEST"):
    m.set_content(plain, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", params={"method": method}, cte="base64")
    return m


def attach_ics(m, ics, filename, method=None):
    params = {"method": method} if method else {}
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar",
                     filename=filename, params=params)
    return m


class Case:
    def __init__(self, cid):
        self.cid = cid
        self.dir = HERE / cid
        self.dir.mkdir()
        self.n = 0

    def _name(self, slug, ext):
        self.n += 1
        return self.dir / f"{self.n:02d}-{slug}.{ext}"

    def eml(self, slug, m):
        path = self._name(slug, "eml")
        for i, part in enumerate(m.walk()):  # deterministic MIME boundaries
            if part.is_multipart():
                part.set_boundary(f"000000000000{zlib.crc32(self.cid.encode()):08x}{self.n:02d}{i:02d}")
        path.write_bytes(m.as_bytes(policy=policy.default))

    def ics(self, slug, text):
        self._name(slug, "ics").write_bytes(text.encode("utf-8"))

    def gcal(self, slug, obj):
        self._name(slug, "gcal.json").write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")

    def label(self, user, interviews, difficulty, category, notes):
        LABELS[self.cid] = {
            "user": user,
            "interview": bool(interviews),
            "interviews": interviews,
            "difficulty": difficulty,
            "category": category,
            "notes": notes,
            "source": "synthetic",
        }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def gcal_plain(title, when, tzname, link, organizer, guests, extra=""):
    g = "\n".join(guests)
    return (f"{title}\n{when}\n{tzname}\n\nJoin with Google Meet\n{link}\n\nJoin by phone\n"
            f"(US) +1 414-555-0187\nPIN: 482 913 557#\n\nOrganizer\n{organizer}\n\nGuests\n{g}\n"
            f"View all guest info https://calendar.google.example/calendar/event?action=VIEW&eid=a1b2\n"
            f"{extra}\n\nReply for this event https://calendar.google.example/calendar/event?action=RESPOND\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.example/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, "
            "be added to the guest list, invite others regardless of their own invitation status, or "
            "modify your RSVP.\n")


def gcal_html(plain):
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">{body}</div></body></html>\n')


GPRODID = "-//Google Inc//Google Calendar 70.9054//EN"
MSPRODID = "Microsoft Exchange Server 2010"

TEAMS_BLOCK = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
    "Meeting ID: {mid}\nPasscode: {pc}\nDownload Teams | Join on the web\n"
    "Learn More | Meeting options\n"
    "________________________________________________________________________________\n")


def ms_extras(seq, busy="TENTATIVE"):
    return ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:2118827361",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


# ================================================================== cases
def c01():
    c = Case("b10-01-sms-style-one-line-confirm")
    me = "maya.okafor@example.com"
    br = "brenna.walsh@tallgrass-health.example"
    d1 = T(2026, 4, 13, 10, 12, "America/New_York")
    d2 = T(2026, 4, 13, 11, 40, "America/New_York")
    d3 = T(2026, 4, 13, 12, 5, "America/New_York")
    m1id, m2id = "<CAF7q1x9@mail.tallgrass-health.example>", "<0B1E2C44-77A1@example.com>"
    m = mail(f"Brenna Walsh <{br}>", f"Maya Okafor <{me}>", "Intro call w/ Jordan (eng manager)", d1, m1id,
             delivered_to=me)
    m.set_content(
        "Hi Maya,\n\nThanks again for making time on Friday - really enjoyed hearing about the offline-sync\n"
        "work you did at your last place.\n\nNext step for the Senior iOS Engineer role is a 30-min intro call with Jordan Reyes,\n"
        "who manages our patient-app team. He's pretty flexible Tue or Wed afternoon this week (ET).\n"
        "Anything work on your end? A phone number is all we need, he usually calls.\n\n"
        "Brenna\n--\nBrenna Walsh | Talent Acquisition | Tallgrass Health\n"
        "m: (857) 555-0119\n")
    c.eml("brenna-intro-call", m)
    m = mail(f"Maya Okafor <{me}>", f"Brenna Walsh <{br}>", "Re: Intro call w/ Jordan (eng manager)", d2, m2id,
             delivered_to=me, in_reply_to=m1id, references=m1id)
    m.set_content(
        "Hi Brenna,\n\nWed 3pm ET works for me! Best number is (617) 555-0143.\n\nThanks,\nMaya\n\n"
        f"On Mon, Apr 13, 2026 at 10:12 AM Brenna Walsh <{br}> wrote:\n"
        "> Hi Maya,\n>\n> Thanks again for making time on Friday - really enjoyed hearing about the offline-sync\n"
        "> work you did at your last place.\n>\n> Next step for the Senior iOS Engineer role is a 30-min intro call with Jordan Reyes,\n"
        "> who manages our patient-app team. He's pretty flexible Tue or Wed afternoon this week (ET).\n")
    c.eml("maya-reply-wed-3", m)
    m = mail(f"Brenna Walsh <{br}>", f"Maya Okafor <{me}>", "Re: Intro call w/ Jordan (eng manager)", d3,
             "<5D1A0F2B-3C9E-4E0B@tallgrass-health.example>", delivered_to=me, in_reply_to=m2id,
             references=f"{m1id} {m2id}")
    m.set_content("Confirmed - Wed 3 ET, Jordan will call your cell 👍\n\nSent from my iPhone\n")
    c.eml("confirmed-one-liner", m)
    s = wd(T(2026, 4, 15, 15, 0, "America/New_York"), "Wed")
    c.label(me, [iv("Tallgrass Health", "Senior iOS Engineer", s, s + timedelta(minutes=30), "scheduled",
                    [], [br], "hiring_manager")],
            "hard", "positive/sms-style-confirmation",
            "Three-mail thread; the booking is only the one-line 'Confirmed - Wed 3 ET' from the recruiter's phone. "
            "Wed resolved against Mon 13 Apr; 30 min from the first mail. Jordan has no address -> recipient is Brenna.")


def c02():
    c = Case("b10-02-same-google-invite-sent-twice-new-uid")
    me = "devon.achterberg@example.com"
    im, raj, so = ("imani.brooks@quarrylane.example", "raj.patel@quarrylane.example",
                   "sofia.lindgren@quarrylane.example")
    s = wd(T(2026, 2, 19, 13, 0, "America/Chicago"), "Thu")
    e = s + timedelta(minutes=75)
    guests = [f"Imani Brooks - organizer\n{im}", f"Raj Patel\n{raj}", f"Sofia Lindgren\n{so}", me]
    for i, (uid, sent, extra, desc) in enumerate([
        ("2t9q0cdd1vfk8b3r6mshm0a7jl@google.example", T(2026, 2, 17, 9, 14, "America/Chicago"), "",
         "Technical interview for the Data Engineer II role - SQL + pipeline design with Raj and Sofia."),
        ("6hn4ueq1k0rb5m0t3c7q2sgvdo@google.example", T(2026, 2, 17, 9, 36, "America/Chicago"),
         "Resending - the first invite was missing the CoderPad link, please use this one.",
         "Technical interview for the Data Engineer II role - SQL + pipeline design with Raj and Sofia.\n"
         "CoderPad: https://coderpad.example/QL-DE2-4471\n(Resending - the first invite was missing the CoderPad link, please use this one.)"),
    ]):
        title = "Technical Interview - Devon Achterberg - Data Engineer II"
        when = "Thursday Feb 19, 2026 ⋅ 1pm – 2:15pm"
        plain = gcal_plain(title, when, "Central Time - Chicago", "https://meet.google.example/vbt-qmsx-kzo",
                           f"Imani Brooks\n{im}", guests, desc)
        ev = [dtline("DTSTART", s, "America/Chicago"), dtline("DTEND", e, "America/Chicago"),
              f"DTSTAMP:{utcs(sent)}", f"ORGANIZER;CN=Imani Brooks:mailto:{im}", f"UID:{uid}",
              att("Imani Brooks", im, "ACCEPTED"), att("Raj Patel", raj, "ACCEPTED"),
              att("Sofia Lindgren", so), att(me, me),
              "X-GOOGLE-CONFERENCE:https://meet.google.example/vbt-qmsx-kzo",
              f"CREATED:{utcs(sent)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{utcs(sent)}",
              "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
        ics = calendar(GPRODID, "REQUEST", [ev], ["America/Chicago"])
        m = mail(f"Imani Brooks <{im}>", me,
                 f"Invitation: {title} @ Thu Feb 19, 2026 1pm - 2:15pm (CST) ({me})", sent,
                 f"<calendar-{uid.split('@')[0]}@google.example>", delivered_to=me, reply_to=im,
                 extra=[("Sender", "Google Calendar <calendar-notification@google.example>")])
        google_invite(m, plain, gcal_html(plain), ics)
        c.eml("invitation" if i == 0 else "invitation-resent", m)
    c.label(me, [iv("Quarry Lane Logistics", "Data Engineer II", s, e, "scheduled", [raj, so], [raj, so], "technical")],
            "medium", "positive/dedupe-two-uids",
            "Recruiter re-created the same Google invite 22 minutes later with a new UID (added CoderPad link); "
            "same time, same people -> one interview.")


def c03():
    c = Case("b10-03-teams-invite-only-empty-description")
    me = "nadia.petrov@example.com"
    tf = "tferreira@orbitly.example"
    s = wd(T(2026, 3, 10, 11, 0, "America/Los_Angeles"), "Tue")
    e = s + timedelta(minutes=45)
    sent = T(2026, 3, 5, 16, 22, "America/Los_Angeles")
    subj = "Nadia Petrov <> Tomás Ferreira | Product Design Lead interview"
    ev = [f"ORGANIZER;CN=Tomás Ferreira:mailto:{tf}",
          f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Petrov:mailto:{me}",
          "DESCRIPTION;LANGUAGE=en-US:",
          "UID:040000008200E00074C5B7101A82E00800000000A0F1C3D2B5ACDC01000000000000000010000000E7C2A9D1F04B7E4A9E2B3C5D6F7A8B9C",
          f"SUMMARY;LANGUAGE=en-US:{esc(subj)}",
          dtline("DTSTART", s, "Pacific Standard Time"), dtline("DTEND", e, "Pacific Standard Time"),
          f"DTSTAMP:{utcs(sent)}", "STATUS:CONFIRMED", "SEQUENCE:0",
          "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting"] + ms_extras(0) + [
          "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ1ZTk4%40thread.v2/0",
          "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    ics = calendar(MSPRODID, "REQUEST", [ev], ["Pacific Standard Time"])
    m = mail(f"Tomás Ferreira <{tf}>", f"Nadia Petrov <{me}>", subj, sent,
             "<BY5PR11MB4130A2C6D8E1F0B3C9D7@BY5PR11MB4130.namprd11.prod.outlook.example>", delivered_to=me,
             extra=[("Thread-Topic", subj), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    exchange_invite(m, "\n", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                    "</head><body><div></div></body></html>\n", ics)
    c.eml("teams-invite", m)
    c.label(me, [iv("Orbitly", "Product Design Lead", s, e, "scheduled", [tf], [tf], "hiring_manager")],
            "hard", "positive/teams-invite-no-text",
            "Hiring manager's Outlook/Teams invite with empty body and empty DESCRIPTION; only the subject says "
            "interview. 'Pacific Standard Time' TZID on 10 Mar 2026, two days after US DST start -> -07:00.")


def c04():
    c = Case("b10-04-cal-com-moved-twice")
    me = "felix.brandt@example.com"
    ls = "lukas.schmid@kestrel-mobility.example"
    jv = "jana.vogel@kestrel-mobility.example"
    tz = "Europe/Berlin"
    uid = "kA8fN3qPzR5uTwXy2bCd@cal.example"
    title = "Technical Interview (45 min) - Kestrel Mobility"
    slots = [wd(T(2026, 3, 26, 14, 0, tz), "Thu"), wd(T(2026, 3, 30, 14, 0, tz), "Mon"),
             wd(T(2026, 4, 3, 10, 30, tz), "Fri")]
    sent = [T(2026, 3, 18, 9, 2, tz), T(2026, 3, 24, 17, 45, tz), T(2026, 3, 27, 8, 15, tz),
            T(2026, 3, 27, 8, 21, tz)]

    def ics_for(i, method="REQUEST"):
        s = slots[i]
        ev = [f"UID:{uid}", f"SEQUENCE:{i}", f"DTSTAMP:{utcs(sent[[0, 1, 3][i]])}",
              dtline("DTSTART", s, tz), dtline("DTEND", s + timedelta(minutes=45), tz),
              f"SUMMARY:{esc(title)} between Lukas Schmid and Felix Brandt",
              f"DESCRIPTION:{esc('Role: Backend Engineer (Go)' + chr(10) + 'Live coding + system design chat with Lukas.' + chr(10) + 'Where: https://meet.kestrel-mobility.example/lukas-tech')}",
              "LOCATION:https://meet.kestrel-mobility.example/lukas-tech",
              f"ORGANIZER;CN=Lukas Schmid:mailto:{ls}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Felix Brandt:mailto:{me}",
              "STATUS:CONFIRMED"]
        return calendar("-//Cal.com Inc.//Cal.com Event//EN", method, [ev], [tz])

    def calmail(i, subject, intro):
        s = slots[i]
        m = mail("Cal.com <no-reply@cal.example>", f"Felix Brandt <{me}>", subject, sent[[0, 1, 3][i]],
                 f"<{uid.split('@')[0]}-{i}@cal.example>", delivered_to=me, reply_to=f"Lukas Schmid <{ls}>")
        when = s.strftime("%A, %B %-d, %Y") + f" {s:%H:%M} - {(s + timedelta(minutes=45)):%H:%M} (Europe/Berlin)"
        body = (f"{intro}\n\nWhat\n{title} between Lukas Schmid and Felix Brandt\n\nWhen\n{when}\n\n"
                f"Who\nLukas Schmid - Organizer\n{ls}\nFelix Brandt\n{me}\n\n"
                "Where\nhttps://meet.kestrel-mobility.example/lukas-tech\n\n"
                "Need to make a change? Reschedule or Cancel\nhttps://cal.example/booking/kA8fN3qPzR5u\n")
        m.set_content(body)
        m.add_alternative(gcal_html(body), subtype="html")
        attach_ics(m, ics_for(i), "event.ics", "REQUEST")
        return m

    c.eml("cal-booking-confirmed", calmail(0, f"Confirmed: {title} between Lukas Schmid and Felix Brandt "
                                              f"on Thursday, March 26, 2026",
                                           "Your event has been scheduled\nWe sent an email with a calendar invitation with the details to everyone."))
    c.eml("cal-rescheduled", calmail(1, f"Rescheduled: {title} between Lukas Schmid and Felix Brandt",
                                     "Your event has been rescheduled\nReason: \"Conflict with sprint review on Thursday, sorry!\""))
    m = mail(f"Lukas Schmid <{ls}>", f"Felix Brandt <{me}>", f"Monday - one more change, sorry", sent[2],
             "<e1f2a3b4-77aa-4c1d-9d3e-kestrel@kestrel-mobility.example>", delivered_to=me,
             cc=f"Jana Vogel <{jv}>")
    m.set_content(
        "Hi Felix,\n\nI'm really sorry for the back-and-forth. I just learned I have to be on site at a\n"
        "customer on Monday, so our slot on the 30th doesn't work any more.\n\n"
        "Could we do Friday, 3 April at half past ten (Berlin time) instead? Same link, same\n"
        "format, still 45 minutes. I'll move the booking in Cal right away so you get an update.\n\n"
        "Viele Grüße / best,\nLukas\n\n--\nLukas Schmid\nEngineering Lead, Fleet Platform\n"
        "Kestrel Mobility GmbH · Schlesische Str. 27 · 10997 Berlin\nTel. +49 30 5558 2710\n")
    c.eml("lukas-asks-to-move-again", m)
    c.eml("cal-rescheduled-again", calmail(2, f"Rescheduled: {title} between Lukas Schmid and Felix Brandt",
                                           "Your event has been rescheduled\nReason: \"Customer visit on Monday\""))
    s = slots[2]
    c.label(me, [iv("Kestrel Mobility", "Backend Engineer (Go)", s, s + timedelta(minutes=45), "scheduled",
                    [ls], [ls], "technical")],
            "medium", "positive/reschedule-twice",
            "Cal.com booking Thu 26 Mar 14:00 CET -> Mon 30 Mar 14:00 CEST (across EU DST) -> Fri 3 Apr 10:30 CEST "
            "(SEQUENCE 0/1/2, same UID). Final state wins: one interview on 3 Apr.")


def c05():
    c = Case("b10-05-panel-one-declines-one-added")
    me = "hannah.oyelaran@example.com"
    em = "ellis.moran@fernbrook.example"
    pd, gh, oc = ("priyanka.desai@fernbrook.example", "graham.holt@fernbrook.example",
                  "owen.clarke@fernbrook.example")
    tz = "GMT Standard Time"
    s = wd(T(2026, 4, 21, 14, 0, "Europe/London"), "Tue")
    e = s + timedelta(minutes=90)
    uid = ("040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DA010000000000000000"
           "10000000B1A2C3D4E5F60718293A4B5C6D7E8F90")
    subj = "Fernbrook Insurance - Panel Interview - Senior Actuarial Analyst - Hannah Oyelaran"
    desc = ("Dear Hannah,\n\nThank you for your interest in the Senior Actuarial Analyst position. This invite confirms "
            "your panel interview. The panel will consist of {panel}. Please allow 90 minutes; the session includes "
            "a short case discussion on reserving.\n\nKind regards,\nEllis Moran\nRecruitment Coordinator\n\n"
            + TEAMS_BLOCK.format(id="ZGY4YTk2", mid="311 587 902 144", pc="xQ7r9P"))
    rounds = [
        (0, T(2026, 4, 10, 11, 5, "Europe/London"),
         [att("Priyanka Desai", pd), att("Graham Holt", gh, "ACCEPTED"), att("Hannah Oyelaran", me)],
         "Priyanka Desai (Chief Actuary) and Graham Holt (Reserving Manager)"),
        (1, T(2026, 4, 16, 15, 40, "Europe/London"),
         [att("Priyanka Desai", pd, "DECLINED"), att("Graham Holt", gh, "ACCEPTED"), att("Hannah Oyelaran", me),
          att("Owen Clarke", oc)],
         "Graham Holt (Reserving Manager) and Owen Clarke (Head of Pricing)"),
    ]
    mid = None
    for seq, sent, atts, panel in rounds:
        d = desc.format(panel=panel)
        ev = [f"ORGANIZER;CN=Ellis Moran:mailto:{em}"] + [a.replace(";CUTYPE=INDIVIDUAL", "").replace(";X-NUM-GUESTS=0", "") for a in atts] + [
              f"DESCRIPTION;LANGUAGE=en-GB:{esc(d)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{esc(subj)}",
              dtline("DTSTART", s, tz), dtline("DTEND", e, tz), f"DTSTAMP:{utcs(sent)}",
              "STATUS:CONFIRMED", f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting"] + ms_extras(seq)
        ics = calendar(MSPRODID, "REQUEST", [ev], [tz])
        m = mail(f"Ellis Moran <{em}>",
                 ", ".join([f"Hannah Oyelaran <{me}>", f"Graham Holt <{gh}>"] +
                           ([f"Priyanka Desai <{pd}>"] if seq == 0 else [f"Owen Clarke <{oc}>"])),
                 subj if seq == 0 else f"Updated: {subj}", sent,
                 f"<LO2P265MB{seq}7C1A@LO2P265MB3071.GBRP265.PROD.OUTLOOK.example>", delivered_to=me)
        plain = d if seq == 0 else ("Please note: Priyanka Desai is unable to attend. Owen Clarke will join the panel "
                                    "instead. Date and time are unchanged.\n\n" + d)
        exchange_invite(m, plain, gcal_html(plain), ics)
        c.eml("panel-invite" if seq == 0 else "panel-invite-updated", m)
        if seq == 0:
            m = mail(f"Ellis Moran <{em}>", f"Hannah Oyelaran <{me}>", "Your panel on 21 April - small change",
                     T(2026, 4, 16, 15, 31, "Europe/London"),
                     "<LO2P265MB3071C9@LO2P265MB3071.GBRP265.PROD.OUTLOOK.example>", delivered_to=me)
            m.set_content(
                "Hi Hannah,\n\nJust a quick heads-up ahead of Tuesday: Priyanka has had to decline as she'll be at our\n"
                "Leeds office that week. Owen Clarke, our Head of Pricing, has kindly agreed to step in alongside\n"
                "Graham. Nothing else changes - still 2pm UK time, 90 minutes, on Teams. I'll send the updated invite\n"
                "in a moment.\n\nBest wishes,\nEllis\n\nEllis Moran | Recruitment Coordinator\nFernbrook Insurance plc\n"
                "4 Cathedral Walk, Norwich NR1 3PF\nT: +44 1603 555 214\n\n"
                "This e-mail and any attachments are confidential and intended solely for the addressee.\n")
            c.eml("coordinator-heads-up", m)
    c.label(me, [iv("Fernbrook Insurance", "Senior Actuarial Analyst", s, e, "scheduled", [gh, oc], [gh, oc], "onsite")],
            "hard", "positive/panel-attendee-change",
            "Exchange panel invite (GMT Standard Time, BST -> +01:00); update SEQUENCE 1 marks Priyanka "
            "PARTSTAT=DECLINED and adds Owen. Final interviewers: Graham + Owen; coordinator Ellis is not one.")


def c06():
    c = Case("b10-06-signature-heavy-html-tracking-links")
    me = "kenji.watanabe@example.com"
    tb = "talia.brennan@larkspur-robotics.example"
    ep = "ellen.park@larkspur-robotics.example"
    sent = T(2026, 3, 9, 9, 47, "America/Los_Angeles")
    s = wd(T(2026, 3, 12, 16, 30, "America/Los_Angeles"), "Thu")
    trk = "https://t.sidekick-mail.example/s3t/c/5/f18dQhb0S7kC8dDMPbW2n0x6l2B9gXrN"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{{margin:0 0 10px 0}} .sig td{{font-size:11px;color:#6b6b6b}}</style></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<div dir="ltr"><p>Hi Kenji,</p>
<p>Great news &#8212; the team loved your take on the encoder-drift problem, and Ellen would like to go deeper.</p>
<p>I've got you down for <b>Thu 3/12 @ 4:30p PST</b> (Seattle time) for a 45-minute technical conversation with
<a href="{trk}/aHR0cHM6Ly9saW5rZWRpbi5leGFtcGxlL2luL2VsbGVucGFyaw">Ellen Park</a>, our Director of Firmware
(<a href="mailto:{ep}">{ep}</a>). It's for the <b>Firmware Engineer, Motion Control</b> role and will be mostly
real-time control loops, some C on a shared pad, and plenty of time for your questions.</p>
<p>Zoom: <a href="{trk}/aHR0cHM6Ly96b29tLmV4YW1wbGUvai84MzEyNzc0NjUwMQ">https://zoom.example/j/83127746501?pwd=Lr0b0t1cs</a><br>
Meeting ID: 831 2774 6501 &nbsp;|&nbsp; Passcode: 442817</p>
<p>A calendar hold is on its way from Ellen. If anything comes up just reply here or text me.</p>
<p>Cheers,<br>Talia</p>
<br>
<table class="sig" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="padding-right:12px;border-right:2px solid #3f7d58"><a href="{trk}/aHR0cHM6Ly9sYXJrc3B1ci1yb2JvdGljcy5leGFtcGxl"><img src="https://cdn.larkspur-robotics.example/sig/logo-2x.png" width="96" height="96" alt="Larkspur Robotics"></a></td>
<td style="padding-left:12px"><b style="font-size:13px;color:#222">Talia Brennan</b> (she/her)<br>
Senior Technical Recruiter | Larkspur Robotics<br>
<a href="tel:+12065550172">+1 (206) 555-0172</a> &nbsp;&#183;&nbsp; <a href="mailto:{tb}">{tb}</a><br>
1201 Westlake Ave N, Suite 400, Seattle, WA 98109<br>
<a href="{trk}/aHR0cHM6Ly9saW5rZWRpbi5leGFtcGxl"><img src="https://cdn.larkspur-robotics.example/sig/li.png" width="16" alt="LinkedIn"></a>
<a href="{trk}/aHR0cHM6Ly90d2l0dGVyLmV4YW1wbGU"><img src="https://cdn.larkspur-robotics.example/sig/x.png" width="16" alt="X"></a>
<a href="{trk}/aHR0cHM6Ly95b3V0dWJlLmV4YW1wbGU"><img src="https://cdn.larkspur-robotics.example/sig/yt.png" width="16" alt="YouTube"></a><br>
<a href="{trk}/aHR0cHM6Ly9sYXJrc3B1ci1yb2JvdGljcy5leGFtcGxlL2NhcmVlcnM"><img src="https://cdn.larkspur-robotics.example/sig/hiring-banner.gif" width="300" alt="We're hiring! 40+ open roles - see careers"></a><br>
<i>Best Places to Work in Robotics 2025 &#183; Puget Sound Business Awards</i></td></tr></table>
<p style="font-size:10px;color:#999">CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the
named recipient(s) and may contain confidential or proprietary information. If you are not the intended recipient,
please notify the sender and delete it. Larkspur Robotics is an equal opportunity employer.</p>
<img src="https://t.sidekick-mail.example/e1t/o/5/f18dQhb0S7kC8dDMPbW2n0x6l2B9gXrN" width="1" height="1" style="display:none" alt="">
</div></body></html>
"""
    m = mail(f"Talia Brennan <{tb}>", f"Kenji Watanabe <{me}>", "Next step: chat with Ellen 🤖", sent,
             "<CAJ9r8Lk2x0vB7c+Q1pT@mail.larkspur-robotics.example>", delivered_to=me,
             extra=[("X-Mailer", "HubSpot Sales (sidekick)")])
    m.set_content(html, subtype="html", cte="quoted-printable")
    c.eml("talia-next-step", m)
    c.label(me, [iv("Larkspur Robotics", "Firmware Engineer, Motion Control", s, s + timedelta(minutes=45),
                    "scheduled", [ep], [ep], "technical")],
            "hard", "positive/html-signature-tracking",
            "HTML-only, quoted-printable recruiter mail wrapped in tracking links and a big signature. "
            "'Thu 3/12 @ 4:30p PST (Seattle time)': 12 Mar 2026 is after US DST start, so Seattle wall time = -07:00.")


def c07():
    c = Case("b10-07-onsite-over-two-days")
    me = "amara.nwosu@example.com"
    dom = "fjallvind.example"
    mk = f"moa.karlsson@{dom}"
    d1p = [("Erik Lund", f"erik.lund@{dom}"), ("Sara Nyström", f"sara.nystrom@{dom}")]
    d2p = [("Johan Berg", f"johan.berg@{dom}"), ("Lina Ek", f"lina.ek@{dom}")]
    tz = "Europe/Stockholm"
    s1, e1 = wd(T(2026, 6, 9, 13, 0, tz), "Tue"), T(2026, 6, 9, 17, 0, tz)
    s2, e2 = wd(T(2026, 6, 10, 9, 0, tz), "Wed"), T(2026, 6, 10, 12, 30, tz)
    sent = T(2026, 5, 27, 10, 3, tz)
    m = mail(f"Moa Karlsson via Teamtailor <notifications@teamtailor-mail.example>", f"Amara Nwosu <{me}>",
             "Your onsite visit to Fjällvind Energi - itinerary (9-10 June)", sent,
             "<6655a1f0c4e3b_2f1a3c8@teamtailor-mail.example>", delivered_to=me,
             reply_to=f"Moa Karlsson <{mk}>")
    plain = f"""Hi Amara,

We're very happy to welcome you to Gothenburg for the final stage for the Senior Power Systems Engineer role!
The onsite is split over two days. All times are Swedish time (CEST).

DAY 1 - Tuesday 9 June
13:00-14:30  Grid integration deep-dive with Erik Lund (Principal Engineer)
14:30-14:45  Fika break
14:45-16:15  Protection & control case study with Sara Nyström (Team Lead, Substations)
16:15-17:00  Site walk-through with Erik and Sara

DAY 2 - Wednesday 10 June
09:00-10:30  Architecture / modelling session with Johan Berg (Head of Engineering)
10:45-12:30  Values & leadership conversation with Lina Ek (CTO), ends with lunch on us

Where: Fjällvind Energi AB, Lindholmspiren 9, 417 56 Göteborg - ask for me at reception.
Hotel: we've booked you two nights at Hotell Kajen (check-in Mon 8 June), confirmation to follow.
Travel: please keep your receipts; we reimburse via our expense form.

Separate calendar invites for each day are on their way. Reply to this email if anything is unclear!

Varma hälsningar,
Moa Karlsson
Talent Acquisition Partner, Fjällvind Energi AB
+46 31 555 40 12

--
Sent with Teamtailor · Unsubscribe from candidate emails
"""
    m.set_content(plain)
    m.add_alternative(gcal_html(plain), subtype="html", cte="base64")
    c.eml("teamtailor-itinerary", m)
    for n, (s, e, ppl, summ) in enumerate([(s1, e1, d1p, "Onsite day 1: Erik Lund, Sara Nyström"),
                                           (s2, e2, d2p, "Onsite day 2: Johan Berg, Lina Ek")], 1):
        ev = [f"UID:tt-onsite-day{n}-88213@teamtailor-mail.example", f"DTSTAMP:{utcs(sent)}",
              dtline("DTSTART", s, tz), dtline("DTEND", e, tz),
              f"SUMMARY:{esc('Onsite interview - Senior Power Systems Engineer - Fjällvind Energi (day ' + str(n) + ')')}",
              f"DESCRIPTION:{esc(summ + chr(10) + 'Reception: ask for Moa Karlsson, +46 31 555 40 12')}",
              f"LOCATION:{esc('Fjällvind Energi AB, Lindholmspiren 9, 417 56 Göteborg')}",
              f"ORGANIZER;CN=Moa Karlsson:mailto:{mk}", att("Amara Nwosu", me)] + \
             [att(cn, em, "ACCEPTED") for cn, em in ppl] + ["SEQUENCE:0", "STATUS:CONFIRMED"]
        c.ics(f"onsite-day{n}", calendar("-//Teamtailor//Interview//EN", "REQUEST", [ev], [tz]))
    i1 = [em for _, em in d1p]
    i2 = [em for _, em in d2p]
    c.label(me, [iv("Fjällvind Energi", "Senior Power Systems Engineer", s1, e1, "scheduled", i1, i1, "onsite"),
                 iv("Fjällvind Energi", "Senior Power Systems Engineer", s2, e2, "scheduled", i2, i2, "onsite")],
            "hard", "positive/two-day-onsite",
            "Teamtailor itinerary + one .ics per day. Onsite rule is per day: two interviews (day 1 13:00-17:00, "
            "day 2 09:00-12:30 CEST). Coordinator Moa is not an interviewer.")


def c08():
    c = Case("b10-08-gcal-api-owner-created-copy")
    me = "weiling.tan@example.com"
    gm = "grace.mbeki@halvorsen-analytics.example"
    tz = "Asia/Singapore"
    s = wd(T(2026, 5, 7, 9, 30, tz), "Thu")
    e = s + timedelta(minutes=30)
    desc = ("copied from Grace's email:\n\n\"Hi Wei Ling, lovely to connect. Let's do a 30-minute phone screen for the "
            "Data Scientist (Pricing) role on Thursday 7 May at 9:30am SGT. I'll call you on +65 8555 0391. "
            "Any questions before then, I'm at grace.mbeki@halvorsen-analytics.example.\n"
            "Grace Mbeki, Talent Partner APAC, Halvorsen Analytics\"\n\n"
            "TODO: re-read the pricing blog post, prep 'why leave' answer")
    obj = {
        "kind": "calendar#event", "etag": "\"3384019277104000\"", "id": "0m3v5tq8cl2n1hbg7e4kdaj9rs",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=MG0zdjV0cTg",
        "created": "2026-04-29T03:12:41.000Z", "updated": "2026-04-29T03:14:02.552Z",
        "summary": "Phone screen – Halvorsen Analytics (Data Scientist)",
        "description": desc, "location": "phone (she calls me)",
        "colorId": "11",
        "creator": {"email": me, "self": True},
        "organizer": {"email": me, "self": True},
        "start": {"dateTime": iso(s), "timeZone": tz},
        "end": {"dateTime": iso(e), "timeZone": tz},
        "iCalUID": "0m3v5tq8cl2n1hbg7e4kdaj9rs@google.example", "sequence": 0,
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 60}]},
        "eventType": "default",
    }
    c.gcal("my-phone-screen-note", obj)
    c.label(me, [iv("Halvorsen Analytics", "Data Scientist (Pricing)", s, e, "scheduled", [gm], [gm], "phone_screen")],
            "hard", "positive/self-created-api-event",
            "Calendar API event the owner created for herself (organizer/creator self, no attendees) pasting the "
            "recruiter's mail. The owner is the candidate; Grace does the screen, so she is the interviewer.")


def c09():
    c = Case("b10-09-exchange-ist-cancelled-role-on-hold")
    me = "rohan.kulkarni@example.com"
    mp = "meera.pillai@saffronline.example"
    tz = "India Standard Time"
    s = wd(T(2026, 4, 23, 16, 0, "Asia/Kolkata"), "Thu")
    e = s + timedelta(hours=1)
    uid = ("040000008200E00074C5B7101A82E008000000006B7C8D9E0FA1DC01000000000000000010000000"
           "5A6B7C8D9E0F1A2B3C4D5E6F708192A3")
    subj = "Interview: Engineering Manager, Risk Platform - Rohan Kulkarni / Meera Pillai"
    for method, seq, sent in [("REQUEST", 0, T(2026, 4, 20, 10, 45, "Asia/Kolkata")),
                              ("CANCEL", 1, T(2026, 4, 22, 18, 2, "Asia/Kolkata"))]:
        if method == "REQUEST":
            d = ("Hi Rohan,\n\nAs discussed with Varun from our TA team, sending across a slot for the hiring manager "
                 "round for the Engineering Manager, Risk Platform role. We'll talk through how you've scaled teams "
                 "and a couple of incident scenarios.\n\nRegards,\nMeera\n\n"
                 + TEAMS_BLOCK.format(id="MmRkN2Ex", mid="452 110 398 217", pc="Ri5kPl"))
        else:
            d = ("Apologies Rohan - the Risk Platform EM role has been put on hold after this week's budget review, "
                 "so I need to cancel our conversation. Varun will reach out with more context.\n\nMeera")
        ev = [f"ORGANIZER;CN=Meera Pillai:mailto:{mp}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rohan Kulkarni:mailto:{me}",
              f"DESCRIPTION;LANGUAGE=en-US:{esc(d)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{'Canceled: ' if method == 'CANCEL' else ''}{esc(subj)}",
              dtline("DTSTART", s, tz), dtline("DTEND", e, tz), f"DTSTAMP:{utcs(sent)}",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SEQUENCE:{seq}",
              "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting"] + ms_extras(seq, "FREE" if method == "CANCEL" else "TENTATIVE")
        if method == "CANCEL":
            ev = [x for x in ev if not x.startswith("X-MICROSOFT-CDO-INTENDEDSTATUS")] + ["X-MICROSOFT-CDO-INTENDEDSTATUS:FREE"]
        ics = calendar(MSPRODID, method, [ev], [tz])
        m = mail(f"Meera Pillai <{mp}>", f"Rohan Kulkarni <{me}>",
                 ("Canceled: " if method == "CANCEL" else "") + subj, sent,
                 f"<PN3PR01MB{seq}8E21@PN3PR01MB6611.INDPRD01.PROD.OUTLOOK.example>", delivered_to=me,
                 extra=[("Importance", "high")] if method == "CANCEL" else None)
        exchange_invite(m, d, gcal_html(d), ics, method)
        c.eml("invite" if method == "REQUEST" else "canceled", m)
    c.label(me, [iv("Saffronline Payments", "Engineering Manager, Risk Platform", s, e, "cancelled", [mp], [mp],
                    "hiring_manager")],
            "medium", "positive/cancelled-exchange",
            "Exchange/Teams invite from the hiring manager (India Standard Time), then METHOD:CANCEL because the role is on hold.")


def c10():
    c = Case("b10-10-french-entretien-candidate-withdraws")
    me = "camille.roux@example.com"
    sm = "sophie.marchand@verlaine-cosmetiques.example"
    cd = "claire.dubois@verlaine-cosmetiques.example"
    tz = "Europe/Paris"
    s = wd(T(2026, 5, 12, 14, 0, tz), "Tue")
    m1 = "<a81f0c2e.4471.verlaine@verlaine-cosmetiques.example>"
    m2 = "<CAH5x0n1-rq@mail.example.com>"
    m = mail(f"Sophie Marchand <{sm}>", f"Camille Roux <{me}>",
             "Confirmation de votre entretien - Chef de projet digital", T(2026, 5, 4, 16, 20, tz), m1,
             delivered_to=me, cc=f"Claire Dubois <{cd}>")
    m.set_content(
        "Bonjour Camille,\n\nSuite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre entretien "
        "pour le poste de Chef de projet digital :\n\n"
        "  • le mardi 12 mai à 14h\n  • au siège, 18 rue de Provence, 75009 Paris (3e étage, accueil)\n"
        "  • avec Claire Dubois (claire.dubois@verlaine-cosmetiques.example), responsable du pôle digital\n"
        "  • durée : environ 1h\n\n"
        "Merci de vous munir d'une pièce d'identité pour l'accueil. N'hésitez pas à revenir vers moi pour toute "
        "question.\n\nBien cordialement,\n\nSophie Marchand\nChargée de recrutement\nMaison Verlaine Cosmétiques\n"
        "Tél. : 01 55 50 42 17\n", cte="quoted-printable")
    c.eml("confirmation-entretien", m)
    m = mail(f"Camille Roux <{me}>", f"Sophie Marchand <{sm}>", "RE: Confirmation de votre entretien - Chef de projet digital",
             T(2026, 5, 5, 9, 2, tz), m2, delivered_to=me, cc=f"Claire Dubois <{cd}>", in_reply_to=m1, references=m1)
    m.set_content("Bonjour Sophie,\n\nC'est noté, merci ! À mardi 12 mai, 14h.\n\nBien à vous,\nCamille Roux\n\n"
                  "-----Message d'origine-----\nDe : Sophie Marchand\nEnvoyé : lundi 4 mai 2026 16:20\n"
                  "Objet : Confirmation de votre entretien - Chef de projet digital\n\n"
                  "> le mardi 12 mai à 14h\n", cte="quoted-printable")
    c.eml("camille-confirme", m)
    m = mail(f"Camille Roux <{me}>", f"Sophie Marchand <{sm}>, Claire Dubois <{cd}>",
             "RE: Confirmation de votre entretien - Chef de projet digital", T(2026, 5, 9, 11, 48, tz),
             "<CAH5x0n9-wd@mail.example.com>", delivered_to=me, in_reply_to=m2, references=f"{m1} {m2}")
    m.set_content(
        "Bonjour Sophie, bonjour Claire,\n\nJe tenais à vous prévenir au plus tôt : j'ai accepté hier une autre "
        "proposition et je préfère donc retirer ma candidature. Notre entretien de mardi 14h n'a plus lieu d'être, "
        "je suis désolée pour le désagrément.\n\nMerci encore pour votre temps et votre accueil, et au plaisir de "
        "croiser vos chemins.\n\nBien cordialement,\nCamille\n", cte="quoted-printable")
    c.eml("camille-retire-candidature", m)
    c.label(me, [iv("Maison Verlaine Cosmétiques", "Chef de projet digital", s, s + timedelta(hours=1), "cancelled",
                    [cd], [cd], "hiring_manager")],
            "medium", "positive/cancelled-by-candidate-french",
            "French thread: entretien mardi 12 mai à 14h (Paris, CEST), ~1h, with the team lead; the candidate withdraws -> cancelled.")


def c11():
    c = Case("b10-11-gupy-portuguese-floating-ics")
    me = "lucas.ferraz@example.com"
    fa = "fernanda.alves@cajuina.example"
    rs, bl = "rafael.souza@cajuina.example", "beatriz.lima@cajuina.example"
    tz = "America/Sao_Paulo"
    s = wd(T(2026, 5, 20, 10, 0, tz), "Wed")
    e = s + timedelta(hours=1)
    sent = T(2026, 5, 14, 17, 31, tz)
    m = mail("Cajuína Pagamentos via Gupy <nao-responda@gupy-mail.example>", me,
             "Entrevista técnica agendada - Pessoa Desenvolvedora Back-end Pleno", sent,
             "<0100018f-9a3b-47c1-gupy-7712@gupy-mail.example>", delivered_to=me,
             reply_to=f"Fernanda Alves <{fa}>")
    body = ("Olá, Lucas! 👋\n\nQue bom ter você no nosso processo seletivo para a vaga de Pessoa Desenvolvedora "
            "Back-end Pleno na Cajuína Pagamentos.\n\nSua entrevista técnica foi agendada:\n\n"
            "📅 quarta-feira, 20 de maio de 2026\n🕙 às 10h (horário de Brasília), duração de 1 hora\n"
            "📍 Google Meet: https://meet.google.example/pqa-wxke-tdn\n\n"
            "Quem vai conversar com você: Rafael Souza (Tech Lead) e Beatriz Lima (Engenheira de Software Sênior).\n"
            "Vamos falar sobre sua experiência com Kotlin, mensageria e um pequeno exercício de modelagem.\n\n"
            "Caso precise remarcar, responda este e-mail ou fale com a Fernanda Alves (fernanda.alves@cajuina.example).\n\n"
            "Boa sorte!\nTime de Talentos - Cajuína Pagamentos\n\n"
            "Este é um e-mail automático enviado pela plataforma Gupy. Para não receber mais, acesse suas preferências.\n")
    m.set_content(body, cte="base64")
    ev = ["UID:gupy-interview-5512987@gupy-mail.example", f"DTSTAMP:{utcs(sent)}",
          dtline("DTSTART", s, tz, floating=True), dtline("DTEND", e, tz, floating=True),
          f"SUMMARY:{esc('Entrevista técnica - Lucas Ferraz - Pessoa Desenvolvedora Back-end Pleno')}",
          f"DESCRIPTION:{esc('Google Meet: https://meet.google.example/pqa-wxke-tdn')}",
          "LOCATION:https://meet.google.example/pqa-wxke-tdn",
          f"ORGANIZER;CN=Fernanda Alves:mailto:{fa}", att("Lucas Ferraz", me),
          att("Rafael Souza", rs, "ACCEPTED"), att("Beatriz Lima", bl, "ACCEPTED"), "SEQUENCE:0", "STATUS:CONFIRMED"]
    attach_ics(m, calendar("-//Gupy//Agenda//PT", "REQUEST", [ev]), "convite.ics", "REQUEST")
    c.eml("gupy-entrevista-agendada", m)
    c.label(me, [iv("Cajuína Pagamentos", "Pessoa Desenvolvedora Back-end Pleno", s, e, "scheduled", [rs, bl], [rs, bl],
                    "technical")],
            "medium", "positive/ats-portuguese-floating",
            "Portuguese Gupy mail (base64) + .ics with floating DTSTART/DTEND; body says 10h horário de Brasília (-03:00, no DST).")


def c12():
    c = Case("b10-12-workable-webex-tokyo-plus-reminder")
    me = "hiro.sato@example.com"
    am = "aiko.mori@shirokane-games.example"
    ki, dh = "kenta.ito@shirokane-games.example", "daniel.hwang@shirokane-games.example"
    tz = "Asia/Tokyo"
    s = wd(T(2026, 5, 25, 16, 0, tz), "Mon")
    e = s + timedelta(hours=1)
    sent = T(2026, 5, 18, 11, 9, tz)
    m = mail("Shirokane Games <noreply@workable-mail.example>", me,
             "Interview for Gameplay Programmer (Unity) at Shirokane Games", sent,
             "<wk.8812.3391.interview@workable-mail.example>", delivered_to=me, reply_to=f"Aiko Mori <{am}>")
    body = ("Hi Hiro,\n\nYou have been invited to an interview for the Gameplay Programmer (Unity) position at "
            "Shirokane Games.\n\nDate: Mon, May 25, 2026\nTime: 16:00 - 17:00 (GMT+09:00) Asia/Tokyo\n"
            "Type: Video call (Webex)\nJoin: https://shirokane.webex.example/meet/kenta.ito\n"
            "Interviewers: Kenta Ito, Daniel Hwang\n\n"
            "Message from Aiko Mori:\n\"Hiro-san, this is a technical round - expect to walk through your Unity ECS "
            "project and do a short live exercise. English or Japanese is fine.\"\n\n"
            "Add to calendar: the invitation is attached.\n\nPowered by Workable\n")
    m.set_content(body)
    m.add_alternative(gcal_html(body), subtype="html", cte="quoted-printable")
    ev = ["UID:workable-int-7734012@workable-mail.example", f"DTSTAMP:{utcs(sent)}",
          dtline("DTSTART", s), dtline("DTEND", e),
          "SUMMARY:Interview: Hiro Sato - Gameplay Programmer (Unity)",
          f"DESCRIPTION:{esc('Webex: https://shirokane.webex.example/meet/kenta.ito')}",
          "LOCATION:https://shirokane.webex.example/meet/kenta.ito",
          f"ORGANIZER;CN=Aiko Mori:mailto:{am}", att("Hiro Sato", me),
          att("Kenta Ito", ki, "ACCEPTED"), att("Daniel Hwang", dh, "ACCEPTED"), "SEQUENCE:0", "STATUS:CONFIRMED"]
    attach_ics(m, calendar("-//Workable//Workable Calendar//EN", "REQUEST", [ev]), "interview.ics", "REQUEST")
    c.eml("workable-interview", m)
    m = mail("Shirokane Games <noreply@workable-mail.example>", me,
             "Reminder: your interview with Shirokane Games is tomorrow", T(2026, 5, 24, 16, 0, tz),
             "<wk.8812.3391.reminder@workable-mail.example>", delivered_to=me, reply_to=f"Aiko Mori <{am}>")
    m.set_content("Hi Hiro,\n\nJust a reminder that your interview for Gameplay Programmer (Unity) is tomorrow "
                  "at 16:00 JST.\nJoin: https://shirokane.webex.example/meet/kenta.ito\n\nGood luck!\nPowered by Workable\n")
    c.eml("workable-reminder", m)
    c.label(me, [iv("Shirokane Games", "Gameplay Programmer (Unity)", s, e, "scheduled", [ki, dh], [ki, dh], "technical")],
            "easy", "positive/ats-webex-reminder",
            "Workable mail with UTC .ics (07:00Z) and a reminder the day before: one interview at 16:00 JST.")


def c13():
    c = Case("b10-13-goodtime-sydney-day-after-dst-end")
    me = "chloe.barker@example.com"
    ml = "marcus.lee@tidewell.example"
    dw = "dana.whitfield@tidewell.example"
    s = wd(T(2026, 4, 6, 9, 0, "Australia/Sydney"), "Mon")
    e = s + timedelta(minutes=45)
    pt = s.astimezone(ZoneInfo("America/Los_Angeles"))
    sent = T(2026, 3, 31, 15, 12, "America/Los_Angeles")
    m = mail("Tidewell Recruiting <scheduling@goodtime-mail.example>", f"Chloe Barker <{me}>",
             "Interview Confirmation: Tidewell - Customer Success Manager, APAC", sent,
             "<gt-conf-30a7c1@goodtime-mail.example>", delivered_to=me, reply_to=f"Marcus Lee <{ml}>")
    body = (f"Hi Chloe,\n\nYour interview with Tidewell Software is confirmed.\n\n"
            f"Interview: Hiring Manager Conversation - Customer Success Manager, APAC\n"
            f"When (your time): {s:%A, %B} {s.day}, {s:%Y}, 9:00 AM - 9:45 AM AEST (Sydney)\n"
            f"Interviewer: Dana Whitfield, Director of Customer Success APAC ({dw})\n"
            f"  - for Dana this is {pt:%A} {pt:%-I:%M %p} PDT, so if she sounds like it's Sunday night, it is :)\n"
            "Zoom: https://tidewell.zoom.example/j/91822734410\n\n"
            "Note: Sydney moves off daylight saving on 5 April, so please double-check the time in your calendar.\n\n"
            f"Questions? Reply to this email to reach Marcus Lee, Recruiting Coordinator.\n\nPowered by GoodTime\n")
    m.set_content(body)
    ev = ["UID:goodtime-9f8e7d6c-5b4a@goodtime-mail.example", f"DTSTAMP:{utcs(sent)}",
          dtline("DTSTART", s, "America/Los_Angeles"), dtline("DTEND", e, "America/Los_Angeles"),
          "SUMMARY:Tidewell | Hiring Manager Conversation | Chloe Barker",
          "LOCATION:https://tidewell.zoom.example/j/91822734410",
          f"DESCRIPTION:{esc('Interviewer: Dana Whitfield' + chr(10) + 'Zoom: https://tidewell.zoom.example/j/91822734410')}",
          f"ORGANIZER;CN=Tidewell Recruiting:mailto:scheduling@goodtime-mail.example",
          att("Chloe Barker", me), att("Dana Whitfield", dw, "ACCEPTED"), "SEQUENCE:0", "STATUS:CONFIRMED"]
    attach_ics(m, calendar("-//GoodTime.io//Scheduler//EN", "REQUEST", [ev], ["America/Los_Angeles"]),
               "interview.ics", "REQUEST")
    c.eml("goodtime-confirmation", m)
    c.label(me, [iv("Tidewell Software", "Customer Success Manager, APAC", s, e, "scheduled", [dw], [dw], "hiring_manager")],
            "hard", "positive/dst-edge-sydney-la",
            "Mon 6 Apr 09:00 Sydney (AEST +10:00, the day after DST ends) = Sun 5 Apr 16:00 PDT; .ics in America/Los_Angeles.")


# ------------------------------------------------------------- negatives
def c14():
    c = Case("b10-14-neg-friends-birthday-dinner-invite")
    me = "sam.delacroix@example.com"
    mc = "maya.chen@mail.example"
    tz = "America/New_York"
    s = wd(T(2026, 6, 13, 19, 30, tz), "Sat")
    e = s + timedelta(hours=3)
    sent = T(2026, 6, 2, 21, 40, tz)
    title = "Jess's 30th 🎂 dinner (surprise!!)"
    desc = ("Booked Osteria Nonna for 8 ppl, back room. Jess finally survived the interview gauntlet (6 rounds!!) and "
            "starts the new job Monday, so it's a double celebration. DO NOT mention anything in the group chat, "
            "she thinks it's just drinks with me. Venmo me $45 for the cake + wine.")
    plain = gcal_plain(title, "Saturday Jun 13, 2026 ⋅ 7:30pm – 10:30pm", "Eastern Time - New York",
                       "", f"Maya Chen\n{mc}", [f"Maya Chen - organizer\n{mc}", me, "tom.ruiz@mail.example"], desc)
    plain = plain.replace("Join with Google Meet\n\n", "")
    ev = [dtline("DTSTART", s, tz), dtline("DTEND", e, tz), f"DTSTAMP:{utcs(sent)}",
          f"ORGANIZER;CN=Maya Chen:mailto:{mc}", "UID:1c0rq5d8ae3vh6k2sp7m9t4b0n@google.example",
          att("Maya Chen", mc, "ACCEPTED"), att(me, me), att("tom.ruiz@mail.example", "tom.ruiz@mail.example"),
          f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc('Osteria Nonna, 212 Atlantic Ave, Brooklyn, NY 11201')}",
          "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
    m = mail(f"Maya Chen <{mc}>", me, f"Invitation: {title} @ Sat Jun 13, 2026 7:30pm - 10:30pm (EDT) ({me})", sent,
             "<calendar-77c1a2b0-5e3f@google.example>", delivered_to=me, reply_to=mc,
             extra=[("Sender", "Google Calendar <calendar-notification@google.example>")])
    google_invite(m, plain, gcal_html(plain), calendar(GPRODID, "REQUEST", [ev], [tz]))
    c.eml("birthday-dinner-invite", m)
    c.label(me, [], "medium", "negative/personal-calendar-invite",
            "Friend's birthday dinner Google invite; mentions someone else's interviews and a new job.")


def c15():
    c = Case("b10-15-neg-parent-teacher-interview-booking")
    me = "rachel.obrien@example.com"
    tz = "Australia/Melbourne"
    s = wd(T(2026, 4, 29, 16, 10, tz), "Wed")
    e = s + timedelta(minutes=10)
    sent = T(2026, 4, 20, 19, 3, tz)
    m = mail("Brunswick Hill Primary School <bookings@schoolinterviews-mail.example>", me,
             "Parent-Teacher Interview booking confirmed - Ms Harper (3H)", sent,
             "<bk-20260420-7781-3h@schoolinterviews-mail.example>", delivered_to=me,
             reply_to="Brunswick Hill PS Office <office@brunswickhill-ps.example>")
    m.set_content(
        "Dear Rachel O'Brien,\n\nThank you for booking your Term 2 Parent-Teacher Interview.\n\n"
        "Student: Finn O'Brien (3H)\nTeacher: Ms Kate Harper\nDate: Wednesday 29 April 2026\n"
        "Time: 4:10pm - 4:20pm (10 minutes)\nLocation: Room 14, Junior Building (or phone - please tell us 24h ahead)\n\n"
        "Interviews run strictly to time, so please arrive 5 minutes early. If you need to change your booking, "
        "use code BHPS-4K7Q at schoolinterviews-mail.example or call the office on (03) 9555 0148.\n\n"
        "Kind regards,\nBrunswick Hill Primary School\n")
    ev = ["UID:bhps-pti-3h-7781@schoolinterviews-mail.example", f"DTSTAMP:{utcs(sent)}",
          dtline("DTSTART", s, tz), dtline("DTEND", e, tz),
          "SUMMARY:Parent-Teacher Interview: Ms Harper (Finn O'Brien\\, 3H)",
          "LOCATION:Room 14\\, Junior Building\\, Brunswick Hill Primary School",
          f"ATTENDEE;CN=Rachel O'Brien:mailto:{me}", "STATUS:CONFIRMED"]
    attach_ics(m, calendar("-//School Interviews//Booking//EN", "PUBLISH", [ev], [tz]), "interview.ics")
    c.eml("pti-booking", m)
    c.label(me, [], "hard", "negative/parent-teacher-interview",
            "School 'parent-teacher interview' booking with .ics (Melbourne); non-job interview.")


def c16():
    c = Case("b10-16-neg-bank-mortgage-interview")
    me = "oliver.grant@example.com"
    tz = "Europe/London"
    s = wd(T(2026, 5, 19, 11, 0, tz), "Tue")
    e = s + timedelta(minutes=90)
    sent = T(2026, 5, 11, 8, 30, tz)
    m = mail("Harrowgate Building Society <appointments@harrowgate-bs.example>", f"Mr Oliver Grant <{me}>",
             "Your mortgage interview is booked - Tuesday 19 May, 11:00", sent,
             "<appt.55120937@harrowgate-bs.example>", delivered_to=me)
    html = ("<html><body style='font-family:Georgia,serif'><p>Dear Mr Grant,</p>"
            "<p>Thank you for choosing Harrowgate. Your <b>mortgage interview</b> with one of our qualified "
            "Mortgage Advisers is confirmed:</p><table>"
            "<tr><td>Date</td><td>Tuesday 19 May 2026</td></tr><tr><td>Time</td><td>11:00 (allow 90 minutes)</td></tr>"
            "<tr><td>Adviser</td><td>Priya Shah</td></tr><tr><td>How</td><td>Video call - we'll text you a link on the day</td></tr>"
            "<tr><td>Reference</td><td>MTG-55120937</td></tr></table>"
            "<p>During the interview we'll go through your income, outgoings and the property you'd like to buy, "
            "and recommend a product. Please have ready: your last 3 payslips, 3 months of bank statements, "
            "photo ID and details of your deposit.</p>"
            "<p>Your home may be repossessed if you do not keep up repayments on your mortgage.</p>"
            "<p>Harrowgate Building Society, 1 Station Parade, Harrogate HG1 1TU. Authorised by the Prudential Regulation "
            "Authority.</p></body></html>\n")
    m.set_content("Dear Mr Grant, your mortgage interview with Priya Shah is booked for Tuesday 19 May 2026 at "
                  "11:00 (video). Reference MTG-55120937.\n")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    ev = ["UID:MTG-55120937@harrowgate-bs.example", f"DTSTAMP:{utcs(sent)}",
          dtline("DTSTART", s, tz), dtline("DTEND", e, tz),
          "SUMMARY:Mortgage interview - Harrowgate Building Society",
          "DESCRIPTION:Mortgage Adviser: Priya Shah. Bring payslips\\, bank statements\\, ID.",
          f"ATTENDEE;CN=Oliver Grant:mailto:{me}", "STATUS:CONFIRMED"]
    attach_ics(m, calendar("-//Harrowgate BS//Appointments//EN", "PUBLISH", [ev], [tz]), "appointment.ics")
    c.eml("mortgage-interview", m)
    c.label(me, [], "hard", "negative/bank-mortgage-interview",
            "Building society 'mortgage interview' appointment with .ics and an adviser; not a job interview.")


def c17():
    c = Case("b10-17-neg-landlord-viewing-tenant-call")
    me = "jonah.feld@example.com"
    ag = "hollie.price@kiterowe-lettings.example"
    tz = "Europe/London"
    m1, m2 = "<kr-2291-a@kiterowe-lettings.example>", "<CAP1jf0x-77@mail.example.com>"
    m = mail(f"Hollie Price <{ag}>", f"Jonah Feld <{me}>", "Viewing confirmed - Flat 3, 22 Alder Road",
             T(2026, 6, 3, 14, 5, tz), m1, delivered_to=me)
    m.set_content(
        "Hi Jonah,\n\nYour viewing of Flat 3, 22 Alder Road, Bristol BS6 is confirmed for Saturday 6 June at 11:30.\n"
        "I'll meet you outside.\n\nJust so you know, the landlord likes to do a short 15-minute video call with "
        "shortlisted applicants before offering the tenancy - think of it as an informal interview (work, how long "
        "you plan to stay, pets). If you like the flat, could you do Monday 8th at 6pm?\n\n"
        "Kind regards,\nHollie Price\nLettings Negotiator | Kite & Rowe Lettings\n0117 555 0861\n")
    c.eml("viewing-confirmed", m)
    m = mail(f"Jonah Feld <{me}>", f"Hollie Price <{ag}>", "Re: Viewing confirmed - Flat 3, 22 Alder Road",
             T(2026, 6, 6, 13, 10, tz), m2, delivered_to=me, in_reply_to=m1, references=m1)
    m.set_content("Hi Hollie,\n\nLoved the flat - Monday 6pm for the call with the landlord works for me.\n\nJonah\n\n"
                  f"On Wed, 3 Jun 2026 at 14:05, Hollie Price <{ag}> wrote:\n> Your viewing of Flat 3, 22 Alder Road ...\n")
    c.eml("jonah-reply", m)
    m = mail(f"Hollie Price <{ag}>", f"Jonah Feld <{me}>", "Re: Viewing confirmed - Flat 3, 22 Alder Road",
             T(2026, 6, 6, 15, 22, tz), "<kr-2291-c@kiterowe-lettings.example>", delivered_to=me,
             in_reply_to=m2, references=f"{m1} {m2}")
    m.set_content("Great - Mr Okonkwo will video-call you Monday at 6pm. Please have proof of employment to hand.\n\nHollie\n")
    c.eml("landlord-call-booked", m)
    c.label(me, [], "hard", "negative/landlord-tenant-interview",
            "Flat viewing plus a booked 'informal interview' call with the landlord; a tenancy, not a job.")


def c18():
    c = Case("b10-18-neg-agency-newsletter-interview-slots")
    me = "aisha.rahman@example.com"
    sent = T(2026, 3, 16, 7, 0, "Europe/London")
    m = mail("Northbeam Talent <hello@northbeam-talent.example>", me,
             "🔥 Interview slots available this week - Java, Data & Cloud roles", sent,
             "<nl-2026-11.3381@northbeam-talent.example>", delivered_to=me,
             extra=[("List-Unsubscribe", "<https://northbeam-talent.example/u/3381>"), ("Precedence", "bulk")])
    html = ("<html><body style='font-family:Helvetica'><h2>Your Monday hot list</h2>"
            "<p>Hi Aisha, our clients have <b>interview slots available this week</b> - if one of these fits, "
            "reply and we'll put you forward today.</p><ul>"
            "<li><b>Senior Java Engineer</b> - fintech, Canary Wharf - first-stage interviews Thu 19 &amp; Fri 20 March</li>"
            "<li><b>Data Engineer (Databricks)</b> - retail, remote - hiring manager calls Wed 18 March, 2pm-5pm</li>"
            "<li><b>Cloud Platform Lead</b> - insurer, Manchester - panel interviews next Tuesday</li></ul>"
            "<p>Plus: 5 questions every candidate should ask at the end of an interview (blog).</p>"
            "<p><a href='https://northbeam-talent.example/jobs'>See all 42 live jobs</a></p>"
            "<p style='font-size:11px'>You're receiving this because you registered with Northbeam Talent. "
            "<a href='https://northbeam-talent.example/u/3381'>Unsubscribe</a></p></body></html>\n")
    m.set_content(html, subtype="html", cte="quoted-printable")
    c.eml("hot-list", m)
    c.label(me, [], "medium", "negative/newsletter",
            "Agency newsletter advertising 'interview slots available' with dates; nothing booked for the user.")


def c19():
    c = Case("b10-19-neg-linkedin-profile-views")
    me = "marco.bellini@example.com"
    sent = T(2026, 2, 24, 14, 15, "Europe/Rome")
    m = mail("LinkedIn <notifications-noreply@linkedin.example>", f"Marco Bellini <{me}>",
             "Marco, a recruiter from Ostara Health viewed your profile", sent,
             "<1493881021.77216.1771938900@linkedin.example>", delivered_to=me)
    plain = ("Your profile is getting noticed\n\nGiulia Ferrante\nTalent Acquisition Lead at Ostara Health | "
             "Hiring Staff Engineers - interviews happening now\nviewed your profile\n\n"
             "You appeared in 14 searches this week\nTop job titles: Staff Engineer, Engineering Manager\n\n"
             "See all views: https://www.linkedin.example/me/profile-views\n\n"
             "Message Giulia: https://www.linkedin.example/messaging/compose\n\n"
             "This email was intended for Marco Bellini (Senior Backend Engineer).\nUnsubscribe\n"
             "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n")
    m.set_content(plain)
    m.add_alternative(gcal_html(plain), subtype="html", cte="quoted-printable")
    c.eml("profile-viewed", m)
    c.label(me, [], "easy", "negative/linkedin-notification",
            "LinkedIn 'recruiter viewed your profile' digest; headline says 'interviews happening now'.")


def c20():
    c = Case("b10-20-neg-sit-in-on-candidate-call")
    me = "lena.hartmann@example.com"
    jw = "jonas.weber@example.com"
    cand = "ravi.kumar.sre@mail.example"
    tz = "Europe/Berlin"
    s = wd(T(2026, 6, 4, 14, 0, tz), "Thu")
    e = s + timedelta(minutes=45)
    m1, m2 = "<CAJw-sitin-1@example.com>", "<CALh-sitin-2@example.com>"
    m = mail(f"Jonas Weber <{jw}>", f"Lena Hartmann <{me}>", "quick q", T(2026, 6, 1, 10, 4, tz), m1, delivered_to=me)
    m.set_content("hey, can you sit in on the candidate call Thursday? 2pm, 45 min. it's the SRE guy (Ravi) - "
                  "I want a second opinion on the k8s / on-call stuff before we move him to the final round\n\nj\n")
    c.eml("jonas-sit-in", m)
    m = mail(f"Lena Hartmann <{me}>", f"Jonas Weber <{jw}>", "Re: quick q", T(2026, 6, 1, 10, 31, tz), m2,
             delivered_to=me, in_reply_to=m1, references=m1)
    m.set_content("sure, send me the invite. I'll take the incident-response questions.\n\nL\n\n"
                  "> hey, can you sit in on the candidate call Thursday? 2pm, 45 min.\n")
    c.eml("lena-sure", m)
    sent = T(2026, 6, 1, 10, 40, tz)
    title = "Candidate call – Ravi Kumar – Senior SRE (round 2)"
    desc = "Interviewers: Jonas, Lena. Scorecard in the ATS afterwards please."
    plain = gcal_plain(title, "Thursday Jun 4, 2026 ⋅ 2pm – 2:45pm", "Central European Time - Berlin",
                       "https://meet.google.example/hkr-tzpa-wmn", f"Jonas Weber\n{jw}",
                       [f"Jonas Weber - organizer\n{jw}", me, f"Ravi Kumar\n{cand}"], desc)
    ev = [dtline("DTSTART", s, tz), dtline("DTEND", e, tz), f"DTSTAMP:{utcs(sent)}",
          f"ORGANIZER;CN=Jonas Weber:mailto:{jw}", "UID:4rjm2vb7q0s9c1kl3d8e6ht5ag@google.example",
          att("Jonas Weber", jw, "ACCEPTED"), att(me, me), att("Ravi Kumar", cand, "ACCEPTED"),
          f"DESCRIPTION:{esc(desc)}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{esc(title)}"]
    m = mail(f"Jonas Weber <{jw}>", me, f"Invitation: {title} @ Thu Jun 4, 2026 2pm - 2:45pm (CEST) ({me})", sent,
             "<calendar-3a9e44c1-sitin@google.example>", delivered_to=me, reply_to=jw,
             extra=[("Sender", "Google Calendar <calendar-notification@google.example>")])
    google_invite(m, plain, gcal_html(plain), calendar(GPRODID, "REQUEST", [ev], [tz]))
    c.eml("candidate-call-invite", m)
    c.label(me, [], "hard", "negative/user-is-interviewer",
            "Colleague asks the owner to sit in on a candidate call; the invite lists the owner as interviewer.")


def c21():
    c = Case("b10-21-neg-modernloop-availability-unbooked")
    me = "tyler.nakamura@example.com"
    tz = "America/Denver"
    rc = "priya.venkat@glenmore-bio.example"
    m = mail("Glenmore Bio Recruiting <scheduling@modernloop-mail.example>", me,
             "Action needed: share your availability for your onsite interview with Glenmore Bio",
             T(2026, 5, 5, 9, 15, tz), "<ml-avail-66120@modernloop-mail.example>", delivered_to=me,
             reply_to=f"Priya Venkat <{rc}>")
    m.set_content(
        "Hi Tyler,\n\nCongratulations on moving forward for the Bioinformatics Scientist II role! The next step is "
        "a virtual onsite (4 x 45 minutes).\n\nPlease share your availability for the weeks of May 11 and May 18 "
        "(Mountain Time). We'll confirm the exact schedule and interviewers once we've matched calendars.\n\n"
        "Share availability: https://app.modernloop-mail.example/a/66120-tyler\n\n"
        "Thanks,\nPriya Venkat, Recruiter, Glenmore Bio\n\nPowered by ModernLoop\n")
    c.eml("availability-request", m)
    m = mail("Glenmore Bio Recruiting <scheduling@modernloop-mail.example>", me,
             "Reminder: we still need your availability - Glenmore Bio onsite",
             T(2026, 5, 7, 9, 15, tz), "<ml-avail-66120-r1@modernloop-mail.example>", delivered_to=me,
             reply_to=f"Priya Venkat <{rc}>")
    m.set_content("Hi Tyler, friendly reminder to share your availability so we can schedule your onsite interview. "
                  "Slots fill quickly for Tuesday and Thursday afternoons.\n"
                  "https://app.modernloop-mail.example/a/66120-tyler\n")
    c.eml("availability-reminder", m)
    c.label(me, [], "medium", "negative/availability-request",
            "ModernLoop availability request + reminder; onsite not yet booked, no time fixed.")


def c22():
    c = Case("b10-22-neg-paid-user-research-interview")
    me = "grace.adeyemi@example.com"
    tz = "America/New_York"
    s = wd(T(2026, 4, 28, 12, 0, tz), "Tue")
    e = s + timedelta(minutes=45)
    sent = T(2026, 4, 22, 15, 47, tz)
    rs = "dmitri@pollinate-research.example"
    m = mail("Pollinate Research <sessions@pollinate-research.example>", me,
             "You're confirmed: 45-min interview about your job search ($90)", sent,
             "<sess-8830-conf@pollinate-research.example>", delivered_to=me, reply_to=f"Dmitri Volkov <{rs}>")
    m.set_content(
        "Hi Grace,\n\nThanks for qualifying! You're confirmed for a 45-minute remote interview with a product team "
        "building tools for job seekers.\n\nWhen: Tuesday, April 28 at noon ET\nModerator: Dmitri Volkov, UX Researcher\n"
        "Link: https://zoom.example/j/5521870043\nIncentive: $90 e-gift card within 3 business days\n\n"
        "We'll ask about how you find roles, track applications and prepare for interviews. There are no right "
        "answers and this is not a job interview.\n\nPollinate Research - Study #8830\n")
    ev = ["UID:sess-8830-grace@pollinate-research.example", f"DTSTAMP:{utcs(sent)}",
          dtline("DTSTART", s, tz), dtline("DTEND", e, tz),
          "SUMMARY:Research interview: job search tools (Pollinate #8830)",
          "LOCATION:https://zoom.example/j/5521870043", f"ORGANIZER;CN=Dmitri Volkov:mailto:{rs}",
          att("Grace Adeyemi", me), "SEQUENCE:0", "STATUS:CONFIRMED"]
    attach_ics(m, calendar("-//Pollinate//Sessions//EN", "REQUEST", [ev], [tz]), "session.ics", "REQUEST")
    c.eml("research-session-confirmed", m)
    c.label(me, [], "hard", "negative/user-research",
            "Paid UX research 'interview' about job searching, booked with .ics at noon ET.")


def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b10-"):
            shutil.rmtree(p)
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    (HERE / "labels.yaml").write_text(
        yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    print(f"wrote {len(LABELS)} cases")


if __name__ == "__main__":
    main()
