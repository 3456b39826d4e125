#!/usr/bin/env python3
"""Deterministic generator for the blind51 evaluation set (written blind; all names invented).

Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.
"""
import base64
import json
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
USER = "daan.keller@mail.example"
USER_NAME = "Daan Keller"
BER = ZoneInfo("Europe/Berlin")
AMS = ZoneInfo("Europe/Amsterdam")
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
PAR = ZoneInfo("Europe/Paris")
BRU = ZoneInfo("Europe/Brussels")
UTC = ZoneInfo("UTC")

CASES = {}
LABELS = {}


def dt(tz, y, mo, d, h, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(d):
    return d.isoformat() if d else None


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        e = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(e) > limit:
            out.append(cur)
            cur = b""
        cur += e
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    # tzid -> (std name, dst name, std offset, dst offset, dst rrule, std rrule, dst start local, std start local)
    "EU": ("CET", "CEST", "+0100", "+0200", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
           "19700329T020000", "19701025T030000"),
    "UK": ("GMT", "BST", "+0000", "+0100", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
           "19700329T010000", "19701025T020000"),
    "US_E": ("EST", "EDT", "-0500", "-0400", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
             "19700308T020000", "19701101T020000"),
    "US_P": ("PST", "PDT", "-0800", "-0700", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
             "19700308T020000", "19701101T020000"),
}


def vtimezone(tzid, rule, windows=False):
    sn, dn, so, do, drr, srr, dstart, sstart = VTZ[rule]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if windows:
        lines += ["BEGIN:STANDARD", f"DTSTART:16010101T{sstart[-6:]}", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
                  f"RRULE:{srr}", "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dstart[-6:]}",
                  f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"RRULE:{drr}", "END:DAYLIGHT"]
    else:
        lines += [f"X-LIC-LOCATION:{tzid}", "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
                  f"TZNAME:{dn}", f"DTSTART:{dstart}", f"RRULE:{drr}", "END:DAYLIGHT", "BEGIN:STANDARD",
                  f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{sn}", f"DTSTART:{sstart}", f"RRULE:{srr}",
                  "END:STANDARD"]
    lines.append("END:VTIMEZONE")
    return lines


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(method, uid, summary, start, end, organizer, attendees, stamp, seq=0, status="CONFIRMED",
        description="", location="", tzid=None, rule="EU", windows=False, prodid=None, extra=None):
    """start/end aware datetimes; tzid label to use in the file (IANA or Windows name)."""
    prodid = prodid or ("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" if windows
                        else "-//Google Inc//Google Calendar 70.9054//EN")
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        L += vtimezone(tzid, rule, windows)
    L.append("BEGIN:VEVENT")
    if tzid:
        L.append(f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}")
        L.append(f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}")
    else:
        L.append(f"DTSTART:{utcstamp(start)}")
        L.append(f"DTEND:{utcstamp(end)}")
    L.append(f"DTSTAMP:{utcstamp(stamp)}")
    oname, oaddr = organizer
    L.append(f"ORGANIZER;CN={oname}:mailto:{oaddr}")
    L.append(f"UID:{uid}")
    for name, addr, role in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name};"
                 f"X-NUM-GUESTS=0:mailto:{addr}")
    L += [f"CREATED:{utcstamp(stamp - timedelta(minutes=3))}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{utcstamp(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if windows:
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if extra:
        L += extra
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER:-PT15M", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail
_counter = [0]


def mail(frm, to, subject, date, text=None, html=None, cte=None, cc=None, reply_to=None, msgid=None,
         in_reply_to=None, references=None, attach_ics=None, inline_ics=None, ics_method="REQUEST",
         extra_headers=None, ics_name="invite.ics"):
    _counter[0] += 1
    m = EmailMessage()
    m["Delivered-To"] = USER
    m["Return-Path"] = f"<{frm[1]}>" if isinstance(frm, tuple) else f"<{frm}>"
    if extra_headers:
        for k, v in extra_headers:
            m[k] = v
    m["Date"] = format_datetime(date)
    m["From"] = f"{frm[0]} <{frm[1]}>" if isinstance(frm, tuple) else frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    dom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].strip(">")
    m["Message-ID"] = msgid or f"<b51.{_counter[0]:04d}.{date.strftime('%Y%m%d%H%M')}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if text is not None:
        m.set_content(text, cte=cte or "quoted-printable")
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte or "quoted-printable")
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte or "quoted-printable")
    if inline_ics is not None:
        if not m.is_multipart():
            m.make_alternative()
        part = EmailMessage()
        part.set_content(inline_ics.encode("utf-8"), maintype="text", subtype="calendar",
                         cte="base64")
        del part["Content-Type"]
        part["Content-Type"] = f'text/calendar; charset="utf-8"; method={ics_method}'
        m.attach(part)
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode("utf-8"), maintype="application", subtype="ics",
                         filename=ics_name)
    return m


def gcal_invite(organizer, to_header, subject, date, plain, html, ical, method="REQUEST"):
    """Google Calendar style: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    _counter[0] += 1
    m = EmailMessage()
    m["Delivered-To"] = USER
    m["Return-Path"] = "<calendar-notification@google.com>"
    m["Reply-To"] = f"{organizer[0]} <{organizer[1]}>"
    m["Sender"] = "Google Calendar <calendar-notification@google.com>"
    m["Date"] = format_datetime(date)
    m["Subject"] = subject
    m["From"] = f"{organizer[0]} <{organizer[1]}>"
    m["To"] = to_header
    m["Message-ID"] = f"<calendar-b51-{_counter[0]:04d}@google.com>"
    m.set_content(plain, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    cal = EmailMessage()
    cal.set_content(ical.encode("utf-8"), maintype="text", subtype="calendar", cte="quoted-printable")
    del cal["Content-Type"]
    cal["Content-Type"] = f'text/calendar; charset="UTF-8"; method={method}'
    m.attach(cal)
    m.make_mixed()
    m.add_attachment(ical.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    return m


def outlook_invite(frm, to_header, subject, date, plain, ical, method="REQUEST"):
    _counter[0] += 1
    m = EmailMessage()
    m["Delivered-To"] = USER
    m["Return-Path"] = f"<{frm[1]}>"
    m["From"] = f"{frm[0]} <{frm[1]}>"
    m["To"] = to_header
    m["Subject"] = subject
    m["Thread-Topic"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<AM9PR0{_counter[0]:04d}B51MB{date.strftime('%H%M%S')}@AM9PR0{_counter[0]:04d}.eurprd05.prod.outlook.com>"
    m["Accept-Language"] = "nl-NL, en-US"
    m["Content-Language"] = "en-US"
    m["X-MS-Has-Attach"] = ""
    m["Content-class"] = "urn:content-classes:calendarmessage"
    m.set_content(plain, cte="quoted-printable")
    html = "<html><head></head><body><div>" + plain.replace("&", "&amp;").replace("<", "&lt;").replace(
        "\n", "<br>\n") + "</div></body></html>"
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    cal = EmailMessage()
    cal.set_content(ical.encode("utf-8"), maintype="text", subtype="calendar", cte="base64")
    del cal["Content-Type"]
    cal["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
    m.attach(cal)
    return m


def gplain(title, start, end, tzlabel, organizer, guests, extra=""):
    when = f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {hm12(start)} \u2013 {hm12(end)}"
    g = "\n".join(f"{n}\n{a}" for n, a in guests)
    return (f"{title}\n{when}\n{tzlabel}\n\nJoin with Google Meet\nhttps://meet.google.com/b51-{start.day:02d}x-q\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{g}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW\n\n{extra}"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")


def ghtml(plain):
    body = plain.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div style="font-family:Roboto,Helvetica,Arial,sans-serif">{body}</div></body></html>')


def hm12(d):
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap}"


def add_case(cid, items, label):
    CASES[cid] = items
    label = dict(label)
    label.setdefault("user", USER)
    label.setdefault("source", "synthetic")
    LABELS[cid] = {k: label[k] for k in ["user", "interview", "interviews", "difficulty", "category", "notes",
                                          "source"]}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
SIG = "\n--\nDaan Keller\nSoftware Engineer | Berlin\n+49 151 2200 4711\n"

def build():
    # ---------------- 01 Personio-like, German, body only (QP)
    s = dt(BER, 2026, 3, 12, 14, 0)
    add_case("b51-01-personio-german-body-only", [
        ("01-einladung-kranich.eml", mail(
            ("Kranich Logistik GmbH via Personio", "jobs-kranich-logistik@mail.personio.example"),
            f"{USER_NAME} <{USER}>", "Einladung zum Vorstellungsgespräch – Backend Engineer (m/w/d)",
            dt(BER, 2026, 3, 5, 9, 41), reply_to="Svenja Roth <svenja.roth@kranich-logistik.example>",
            text=("Hallo Daan,\n\nvielen Dank für Deine Bewerbung als Backend Engineer (m/w/d) und Dein Interesse "
                  "an Kranich Logistik.\n\nWir würden Dich gerne in einem ersten Gespräch kennenlernen. "
                  f"Passt Dir {DE_DAYS[s.weekday()]}, der {s:%d.%m.%Y}, um 14:00 Uhr? Wir planen etwa 45 Minuten ein. "
                  "Mit dabei ist Jan Meinhardt (Head of Engineering, jan.meinhardt@kranich-logistik.example) "
                  "– er führt das Gespräch, ich bin nur zur Begrüßung kurz dabei.\n\n"
                  "Das Gespräch findet über Google Meet statt: https://meet.google.com/kra-nich-b51\n\n"
                  "Falls der Termin nicht passt, antworte einfach auf diese E-Mail.\n\n"
                  "Viele Grüße\nSvenja Roth\nPeople & Culture\n\nKranich Logistik GmbH · Lindenstraße 44 · 10969 Berlin\n"
                  "Tel. +49 30 5550 1822\nGeschäftsführer: Tobias Kranich · HRB 190211 B\n\n"
                  "Diese E-Mail wurde über Personio versendet.\n"))),
    ], dict(interview=True, interviews=[iv("Kranich Logistik", "Backend Engineer (m/w/d)", s, s + timedelta(minutes=45),
                                           "scheduled", ["jan.meinhardt@kranich-logistik.example"],
                                           ["jan.meinhardt@kranich-logistik.example"], "hiring_manager")],
            difficulty="easy", category="positive/email-body-only",
            notes="German Personio-style mail, '14:00 Uhr', 45 min; Head of Engineering conducts the talk."))

    # ---------------- 02 Recruitee-like, Dutch/English with .ics attachment
    s = dt(AMS, 2026, 3, 18, 10, 30); e = s + timedelta(hours=1)
    org = ("Recruitment Fietsbel", "no-reply@recruitee-mail.example")
    ic = ics("REQUEST", "rt-88213-b51@recruitee-mail.example", "Technisch interview – Daan Keller (Fietsbel)", s, e,
             ("Marloes de Graaf", "marloes@fietsbel.example"),
             [("Marloes de Graaf", "marloes@fietsbel.example", "CHAIR"),
              ("Ruben Smit", "ruben.smit@fietsbel.example", "REQ-PARTICIPANT"),
              (USER_NAME, USER, "REQ-PARTICIPANT")], dt(AMS, 2026, 3, 11, 16, 2),
             description="Technisch gesprek met Ruben Smit (Tech Lead) over je ervaring met Go en Postgres.\nLink: https://whereby.example/fietsbel-tech",
             location="https://whereby.example/fietsbel-tech", tzid="Europe/Amsterdam", prodid="-//Recruitee//Calendar//EN")
    add_case("b51-02-recruitee-dutch-ics-attachment", [
        ("01-recruitee-uitnodiging.eml", mail(org, USER, "Uitnodiging: technisch interview bij Fietsbel / Invitation: technical interview",
            dt(AMS, 2026, 3, 11, 16, 2), reply_to="Marloes de Graaf <marloes@fietsbel.example>",
            text=(f"Hoi Daan,\n\nLeuk dat je verder gaat in het proces voor de functie Software Engineer (Platform)!\n"
                  f"(English below)\n\nWe hebben je technische interview ingepland op {NL_DAYS[s.weekday()]} {s.day} "
                  f"{NL_MONTHS[s.month]} van 10:30 tot 11:30 (Amsterdamse tijd). Je spreekt met Ruben Smit, onze Tech Lead.\n\n"
                  "---\nHi Daan, your technical interview for Software Engineer (Platform) is booked for "
                  f"{s:%A %d %B}, 10:30–11:30 CET, with Ruben Smit (Tech Lead). The calendar file is attached.\n\n"
                  "Groetjes / best,\nMarloes de Graaf\nTalent Acquisition · Fietsbel B.V.\nKeizersgracht 301, 1016 ED Amsterdam\n"
                  "+31 20 555 0147\n\nSent with Recruitee\n"),
            attach_ics=ic, ics_name="interview.ics")),
    ], dict(interview=True, interviews=[iv("Fietsbel", "Software Engineer (Platform)", s, e, "scheduled",
                                           ["ruben.smit@fietsbel.example"], ["ruben.smit@fietsbel.example"], "technical")],
            difficulty="medium", category="positive/ats-email-with-ics",
            notes="Recruitee-like no-reply sender, Dutch+English body, .ics with IANA TZID; Ruben conducts, Marloes organizes."))

    # ---------------- 03 US remote, ET for a CET candidate during the US/EU DST gap
    s = dt(NY, 2026, 3, 17, 11, 0)
    add_case("b51-03-us-recruiter-et-dst-gap", [
        ("01-quick-chat.eml", mail(("Kelsey Drummond", "kelsey@harborline.example"), USER,
            "Harborline - Senior Software Engineer (Remote, EU)", dt(NY, 2026, 3, 13, 9, 12), cte="7bit",
            text=("Hi Daan,\n\nThanks for applying to the Senior Software Engineer (Remote, EU) role at Harborline! "
                  "I'd love to set up an intro call - about 30 minutes, just me, to talk about your background, the team "
                  "and logistics (contractor vs EOR, time overlap, etc).\n\nWould Tuesday 3/17 at 11am ET work? Heads up: "
                  "the US already switched to daylight time, so that's 4pm... sorry, 3pm your time in Berlin for the next "
                  "couple of weeks.\n\nBest,\nKelsey\n\nKelsey Drummond | Technical Recruiter\nHarborline, Inc.\n"
                  "(617) 555-0182 | 200 Atlantic Ave, Boston, MA\n"),
            msgid="<CAHb51kd01@mail.harborline.example>")),
        ("02-re-quick-chat.eml", mail(USER_NAME + f" <{USER}>", "Kelsey Drummond <kelsey@harborline.example>",
            "Re: Harborline - Senior Software Engineer (Remote, EU)", dt(BER, 2026, 3, 13, 17, 3), cte="7bit",
            in_reply_to="<CAHb51kd01@mail.harborline.example>", msgid="<b51-dk-0313@mail.example>",
            text=("Hi Kelsey,\n\nTuesday 11am ET / 3pm CET works great, talk then.\n\nBest,\nDaan" + SIG +
                  "\nOn Fri, Mar 13, 2026 at 9:12 AM Kelsey Drummond <kelsey@harborline.example> wrote:\n"
                  "> Would Tuesday 3/17 at 11am ET work?\n"))),
        ("03-re-re-quick-chat.eml", mail(("Kelsey Drummond", "kelsey@harborline.example"), USER,
            "Re: Harborline - Senior Software Engineer (Remote, EU)", dt(NY, 2026, 3, 13, 12, 20), cte="7bit",
            in_reply_to="<b51-dk-0313@mail.example>",
            references="<CAHb51kd01@mail.harborline.example> <b51-dk-0313@mail.example>",
            text="Perfect - I'll call you via Zoom: https://zoom.example/j/8812004417\n\nKelsey\n")),
    ], dict(interview=True, interviews=[iv("Harborline", "Senior Software Engineer (Remote, EU)", s, s + timedelta(minutes=30),
                                           "scheduled", ["kelsey@harborline.example"], ["kelsey@harborline.example"], "phone_screen")],
            difficulty="hard", category="positive/thread-propose-confirm",
            notes="Recruiter screen in ET during the Mar 8-29 gap (ET=-4, Berlin=+1); recruiter self-corrects 4pm->3pm."))

    # ---------------- 04 Greenhouse-like take-home, then live take-home review (Google invite, PT)
    s = dt(LA, 2026, 3, 26, 8, 30); e = s + timedelta(hours=1)
    orgp = ("Priya Raman", "priya.raman@tidepool-labs.example")
    guests = [("Priya Raman - organizer", orgp[1]), ("Marcus Oyelaran", "marcus.o@tidepool-labs.example"),
              ("Leah Fenwick", "leah.fenwick@tidepool-labs.example"), (USER_NAME, USER)]
    ic = ics("REQUEST", "7q3b51tidepoolreview@google.com", "Take-home review: Daan Keller <> Tidepool Labs", s, e, orgp,
             [(orgp[0], orgp[1], "REQ-PARTICIPANT"), ("Marcus Oyelaran", "marcus.o@tidepool-labs.example", "REQ-PARTICIPANT"),
              ("Leah Fenwick", "leah.fenwick@tidepool-labs.example", "REQ-PARTICIPANT"), (USER_NAME, USER, "REQ-PARTICIPANT")],
             dt(LA, 2026, 3, 20, 10, 5), description="Walk Marcus and Leah through your take-home (rate limiter). "
             "They'll ask questions and may suggest an extension to build live.", location="Google Meet",
             tzid="America/Los_Angeles", rule="US_P")
    plain = gplain("Take-home review: Daan Keller <> Tidepool Labs", s, e, "Pacific Time - Los Angeles", orgp, guests)
    add_case("b51-04-greenhouse-takehome-then-review-invite", [
        ("01-take-home.eml", mail(("Tidepool Labs", "no-reply@us.greenhouse-mail.example"), USER,
            "Tidepool Labs: your take-home exercise (Backend Engineer, Platform)", dt(LA, 2026, 3, 16, 7, 48),
            reply_to="Priya Raman <priya.raman@tidepool-labs.example>",
            html=("<html><body><p>Hi Daan,</p><p>Thanks again for chatting with us! As a next step for the "
                  "<b>Backend Engineer, Platform</b> role, we'd like you to complete a short take-home exercise. "
                  "Please don't spend more than 3 hours on it. The link below expires in 7 days.</p>"
                  "<p><a href='https://app.greenhouse-mail.example/tests/b51'>Start your take-home</a></p>"
                  "<p>Once you submit, we'll schedule a 60-minute review call with two engineers to discuss your solution.</p>"
                  "<p>Priya Raman<br>Recruiting Coordinator, Tidepool Labs</p></body></html>"))),
        ("02-invitation-take-home-review.eml", gcal_invite(orgp, USER,
            f"Invitation: Take-home review: Daan Keller <> Tidepool Labs @ Thu Mar 26, 2026 8:30am - 9:30am (PDT) ({USER})",
            dt(LA, 2026, 3, 20, 10, 5), plain, ghtml(plain), ic)),
    ], dict(interview=True, interviews=[iv("Tidepool Labs", "Backend Engineer, Platform", s, e, "scheduled",
                                           ["marcus.o@tidepool-labs.example", "leah.fenwick@tidepool-labs.example"],
                                           ["marcus.o@tidepool-labs.example", "leah.fenwick@tidepool-labs.example"], "technical")],
            difficulty="medium", category="positive/google-invite",
            notes="Take-home mail itself is not an interview; the live review call (PDT, 16:30 Berlin in the DST gap) is."))

    # ---------------- 05 Lever-like confirmation + Outlook invite (W. Europe Standard Time), pair programming
    s = dt(AMS, 2026, 4, 2, 9, 30); e = dt(AMS, 2026, 4, 2, 11, 0)
    org5 = ("Femke Bakker", "femke.bakker@kanaalpay.example")
    ic = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B51PAIR0402", "Pair programming session - Daan Keller",
             s, e, org5, [("Femke Bakker", org5[1], "REQ-PARTICIPANT"), ("Thijs Mulder", "thijs.mulder@kanaalpay.example", "REQ-PARTICIPANT"),
                          (USER_NAME, USER, "REQ-PARTICIPANT")], dt(AMS, 2026, 3, 24, 13, 30),
             description="Pair programming with Thijs (Staff Engineer). Bring your own laptop/IDE.\nMicrosoft Teams meeting\nJoin: https://teams.example/l/meetup-join/b51pair",
             location="Microsoft Teams Meeting", tzid="W. Europe Standard Time", windows=True)
    add_case("b51-05-lever-pair-programming-outlook", [
        ("01-lever-confirmation.eml", mail(("KanaalPay Hiring", "no-reply@hire.lever-mail.example"), USER,
            "Your pair programming session with KanaalPay is confirmed", dt(AMS, 2026, 3, 24, 13, 26),
            reply_to="Femke Bakker <femke.bakker@kanaalpay.example>",
            text=(f"Hi Daan,\n\nYour pair programming session for the Software Engineer II - Payments Core position is confirmed:\n\n"
                  f"Thursday, April 2, 2026\n9:30 AM - 11:00 AM CEST (Amsterdam)\n\nYou'll pair with Thijs Mulder, Staff Engineer. "
                  "You'll receive a separate Microsoft Teams invite.\n\nNeed to reschedule? Reply to this email.\n\n"
                  "KanaalPay Talent Team\nPowered by Lever\n"))),
        ("02-teams-invite.eml", outlook_invite(org5, f"{USER_NAME} <{USER}>; Thijs Mulder <thijs.mulder@kanaalpay.example>",
            "Pair programming session - Daan Keller", dt(AMS, 2026, 3, 24, 13, 30),
            ("When: Thursday, 2 April 2026 09:30-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n\n"
             "Hi Daan, see you then! Femke\n\n____\nMicrosoft Teams meeting\nJoin: https://teams.example/l/meetup-join/b51pair\n"), ic)),
    ], dict(interview=True, interviews=[iv("KanaalPay", "Software Engineer II - Payments Core", s, e, "scheduled",
                                           ["thijs.mulder@kanaalpay.example"], ["thijs.mulder@kanaalpay.example"], "technical")],
            difficulty="medium", category="positive/dedupe",
            notes="Lever-like mail + Teams invite for the same session; Windows TZID; '(UTC+01:00)' label but Apr 2 is CEST (+02:00)."))

    # ---------------- 06 Join-like application; founder culture-fit chat, relative date, half past ten
    d1 = dt(BER, 2026, 3, 10, 8, 55)  # Tuesday
    s = dt(BER, 2026, 3, 13, 10, 30)  # Friday
    add_case("b51-06-founder-culture-fit-thread", [
        ("01-join-received.eml", mail(("JOIN", "noreply@join-mail.example"), USER,
            "Your application to Brotzeit Robotics: Fullstack Engineer (TypeScript/Go)", dt(BER, 2026, 3, 2, 11, 0),
            text=("Hi Daan,\n\nyour application for Fullstack Engineer (TypeScript/Go) at Brotzeit Robotics has been received. "
                  "The company will get in touch with you if your profile matches.\n\nYour JOIN team\n"))),
        ("02-founder.eml", mail(("Hannes Vogelsang", "hannes@brotzeit-robotics.example"), USER,
            "Kaffee? / Brotzeit Robotics", d1, msgid="<b51hv01@brotzeit-robotics.example>",
            text=("Hey Daan,\n\nHannes here, one of the two founders. Loved your GitHub (the CRDT thing!). Before we go into "
                  "technical stuff I like to have a relaxed culture-fit chat with every candidate - who we are, how we work, "
                  "what you want. ~45 min, in English or German, your choice.\n\nHow about Friday at half past ten? "
                  "We're in the Factory Görlitzer Park, or Zoom if you prefer.\n\nCheers\nHannes\n\n--\nHannes Vogelsang\n"
                  "Co-founder & CEO, Brotzeit Robotics\nLohmühlenstr. 65, 12435 Berlin | +49 176 5550 3391\n"))),
        ("03-re-founder.eml", mail(f"{USER_NAME} <{USER}>", "Hannes Vogelsang <hannes@brotzeit-robotics.example>",
            "Re: Kaffee? / Brotzeit Robotics", dt(BER, 2026, 3, 10, 12, 40), in_reply_to="<b51hv01@brotzeit-robotics.example>",
            msgid="<b51dk0310@mail.example>",
            text=("Hi Hannes,\n\nthanks, happy to! Friday 10:30 in person works, I'm not far away.\n\nBeste Grüße\nDaan\n\n"
                  f"Am Di., 10. März 2026 um 08:55 schrieb Hannes Vogelsang <hannes@brotzeit-robotics.example>:\n"
                  "> How about Friday at half past ten?\n"))),
        ("04-re-re.eml", mail(("Hannes Vogelsang", "hannes@brotzeit-robotics.example"), USER,
            "Re: Kaffee? / Brotzeit Robotics", dt(BER, 2026, 3, 10, 13, 2), in_reply_to="<b51dk0310@mail.example>",
            references="<b51hv01@brotzeit-robotics.example> <b51dk0310@mail.example>",
            text="Super, see you Friday! Ring at 'Brotzeit', 3rd floor.\nH.\n")),
    ], dict(interview=True, interviews=[iv("Brotzeit Robotics", "Fullstack Engineer (TypeScript/Go)", s, s + timedelta(minutes=45),
                                           "scheduled", ["hannes@brotzeit-robotics.example"], ["hannes@brotzeit-robotics.example"],
                                           "hiring_manager")],
            difficulty="hard", category="positive/coffee-chat",
            notes="Founder culture-fit chat as a process step; 'Friday at half past ten' resolved against Tue Mar 10 -> Fri Mar 13."))

    # ---------------- 07 Dutch interview then cancelled by e-mail
    s = dt(AMS, 2026, 3, 25, 14, 0)
    add_case("b51-07-dutch-cancel-by-email", [
        ("01-uitnodiging.eml", mail(("Sanne Visser", "s.visser@polderdata.example"), USER,
            "Uitnodiging sollicitatiegesprek Medior Software Engineer", dt(AMS, 2026, 3, 16, 10, 14),
            msgid="<b51sv01@polderdata.example>",
            text=("Beste Daan,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een eerste gesprek met "
                  f"Joost Hermans (Engineering Manager) en mij op {NL_DAYS[s.weekday()]} {s.day} {NL_MONTHS[s.month]} "
                  "om 14.00 uur, op ons kantoor in Utrecht (Catharijnesingel 12). Het gesprek duurt ongeveer een uur.\n\n"
                  "Met vriendelijke groet,\nSanne Visser\nRecruiter | PolderData\n030 555 0192\n"))),
        ("02-annulering.eml", mail(("Sanne Visser", "s.visser@polderdata.example"), USER,
            "RE: Uitnodiging sollicitatiegesprek Medior Software Engineer", dt(AMS, 2026, 3, 23, 8, 30),
            in_reply_to="<b51sv01@polderdata.example>",
            text=("Beste Daan,\n\nHelaas moeten we het gesprek van woensdag 14h annuleren: de vacature is per direct "
                  "on hold gezet door een interne reorganisatie. Onze excuses voor het ongemak. Zodra de functie weer "
                  "open gaat neem ik contact met je op.\n\nMet vriendelijke groet,\nSanne\n"))),
    ], dict(interview=True, interviews=[iv("PolderData", "Medior Software Engineer", s, s + timedelta(hours=1), "cancelled",
                                           ["s.visser@polderdata.example"], ["s.visser@polderdata.example"], "hiring_manager")],
            difficulty="medium", category="positive/cancellation",
            notes="Interview with EM and recruiter, later cancelled ('woensdag 14h'). Joost has no address; Sanne co-interviews."))

    # ---------------- 08 Outlook REQUEST then METHOD:CANCEL (Romance Standard Time, Paris)
    s = dt(PAR, 2026, 4, 8, 16, 0); e = dt(PAR, 2026, 4, 8, 17, 0)
    org8 = ("Camille Laurent", "camille.laurent@lumiere-analytics.example")
    att = [("Camille Laurent", org8[1], "REQ-PARTICIPANT"), ("Olivier Marchand", "olivier.marchand@lumiere-analytics.example", "REQ-PARTICIPANT"),
           (USER_NAME, USER, "REQ-PARTICIPANT")]
    uid = "040000008200E00074C5B7101A82E00800000000B51LUMIERE0408"
    ic1 = ics("REQUEST", uid, "Entretien technique / Technical interview - Software Engineer (Data Platform)", s, e, org8, att,
              dt(PAR, 2026, 3, 30, 11, 0), description="Technical interview with Olivier Marchand.", location="Microsoft Teams Meeting",
              tzid="Romance Standard Time", windows=True)
    ic2 = ics("CANCEL", uid, "Canceled: Entretien technique / Technical interview - Software Engineer (Data Platform)", s, e, org8, att,
              dt(PAR, 2026, 4, 3, 9, 15), seq=1, status="CANCELLED", description="", location="Microsoft Teams Meeting",
              tzid="Romance Standard Time", windows=True)
    add_case("b51-08-outlook-invite-then-method-cancel", [
        ("01-invite.eml", outlook_invite(org8, f"{USER_NAME} <{USER}>; Olivier Marchand <olivier.marchand@lumiere-analytics.example>",
            "Entretien technique / Technical interview - Software Engineer (Data Platform)", dt(PAR, 2026, 3, 30, 11, 0),
            "Bonjour Daan,\n\nAs discussed, here is the invite for your technical interview with Olivier (16h-17h Paris time).\n\nCamille\n", ic1)),
        ("02-cancel.eml", outlook_invite(org8, f"{USER_NAME} <{USER}>; Olivier Marchand <olivier.marchand@lumiere-analytics.example>",
            "Canceled: Entretien technique / Technical interview - Software Engineer (Data Platform)", dt(PAR, 2026, 4, 3, 9, 15),
            "Bonjour Daan, Olivier is unfortunately off sick next week, I'm cancelling this slot and will come back to you.\nCamille\n",
            ic2, method="CANCEL")),
    ], dict(interview=True, interviews=[iv("Lumiere Analytics", "Software Engineer (Data Platform)", s, e, "cancelled",
                                           ["olivier.marchand@lumiere-analytics.example"], ["olivier.marchand@lumiere-analytics.example"], "technical")],
            difficulty="medium", category="positive/cancellation",
            notes="Outlook REQUEST then METHOD:CANCEL, Windows TZID 'Romance Standard Time'; no re-booking in the case."))

    # ---------------- 09 two interviews: Personio phone screen + Calendar API event for 2nd round
    s1 = dt(BER, 2026, 3, 19, 9, 0); s2 = dt(BER, 2026, 4, 1, 13, 0); e2 = dt(BER, 2026, 4, 1, 14, 30)
    add_case("b51-09-two-rounds-mail-and-gcal-json", [
        ("01-telefoninterview.eml", mail(("Nadine Albers", "nadine.albers@spreewerk-energie.example"), USER,
            "Telefoninterview – Software Engineer Backend (Energy Trading)", dt(BER, 2026, 3, 16, 15, 20),
            text=("Hallo Herr Keller,\n\nwie besprochen bestätige ich Ihnen unser Telefoninterview am Donnerstag, "
                  "19.03., um 9 Uhr (ca. 30 Minuten). Ich rufe Sie unter +49 151 2200 4711 an.\n\n"
                  "Freundliche Grüße\nNadine Albers\nRecruiting | Spreewerk Energie GmbH\nAm Wassertor 9, 10179 Berlin\n"
                  "T +49 30 5550 7720\n"))),
        ("02-zweite-runde.gcal.json", {
            "kind": "calendar#event", "etag": "\"3511820044100000\"", "id": "b51spreewerk2ndround", "status": "confirmed",
            "htmlLink": "https://www.google.com/calendar/event?eid=YjUxc3ByZWV3ZXJr", "created": "2026-03-20T08:41:00.000Z",
            "updated": "2026-03-20T08:44:10.000Z",
            "summary": "Spreewerk Energie – Fachgespräch (2. Runde) Software Engineer Backend",
            "description": "Systemdesign-Gespräch mit Piotr Nowak (Lead Engineer) und Greta Lindqvist (Engineering Manager). Nadine organisiert.",
            "location": "Spreewerk Energie, Am Wassertor 9, 10179 Berlin",
            "creator": {"email": "nadine.albers@spreewerk-energie.example", "displayName": "Nadine Albers"},
            "organizer": {"email": "nadine.albers@spreewerk-energie.example", "displayName": "Nadine Albers"},
            "start": {"dateTime": iso(s2), "timeZone": "Europe/Berlin"}, "end": {"dateTime": iso(e2), "timeZone": "Europe/Berlin"},
            "iCalUID": "b51spreewerk2ndround@google.com", "sequence": 0,
            "attendees": [
                {"email": "nadine.albers@spreewerk-energie.example", "displayName": "Nadine Albers", "organizer": True, "responseStatus": "accepted"},
                {"email": "piotr.nowak@spreewerk-energie.example", "displayName": "Piotr Nowak", "responseStatus": "accepted"},
                {"email": "greta.lindqvist@spreewerk-energie.example", "displayName": "Greta Lindqvist", "responseStatus": "needsAction"},
                {"email": USER, "self": True, "responseStatus": "accepted"}],
            "reminders": {"useDefault": True}, "eventType": "default"}),
    ], dict(interview=True, interviews=[
        iv("Spreewerk Energie", "Software Engineer Backend (Energy Trading)", s1, s1 + timedelta(minutes=30), "scheduled",
           ["nadine.albers@spreewerk-energie.example"], ["nadine.albers@spreewerk-energie.example"], "phone_screen"),
        iv("Spreewerk Energie", "Software Engineer Backend (Energy Trading)", s2, e2, "scheduled",
           ["piotr.nowak@spreewerk-energie.example", "greta.lindqvist@spreewerk-energie.example"],
           ["piotr.nowak@spreewerk-energie.example", "greta.lindqvist@spreewerk-energie.example"], "onsite")],
        difficulty="medium", category="positive/two-interviews",
        notes="German formal phone screen (CET, '9 Uhr') + Calendar API event for round 2 after EU DST (+02:00); panel of two -> onsite."))

    # ---------------- 10 Greenhouse-like onsite itinerary, HTML only, base64
    day = (2026, 4, 14)
    slots = [(10, 0, 10, 45, "Coding", "Aylin Demir", "aylin.demir@grachtwerk.example"),
             (11, 0, 12, 0, "System design", "Bram Koster", "bram.koster@grachtwerk.example"),
             (13, 0, 13, 45, "Hiring manager", "Ingrid Dahl", "ingrid.dahl@grachtwerk.example")]
    rows = "".join(f"<tr><td>{a:02d}:{b:02d} – {c:02d}:{d:02d}</td><td>{t}</td><td>{n}</td></tr>" for a, b, c, d, t, n, _ in slots)
    rows = rows.replace("</tr><tr><td>13:00", "</tr><tr><td>12:00 – 13:00</td><td>Lunch with the team</td><td>–</td></tr><tr><td>13:00")
    add_case("b51-10-onsite-itinerary-html-base64", [
        ("01-itinerary.eml", mail(("Grachtwerk Recruiting", "no-reply@eu.greenhouse-mail.example"), USER,
            "Your onsite interview itinerary – Grachtwerk (Software Engineer, Mobile Backend)", dt(AMS, 2026, 4, 7, 17, 45),
            reply_to="Lotte Jansen <lotte.jansen@grachtwerk.example>", cte="base64",
            html=("<html><body style='font-family:Arial'><p>Hi Daan,</p><p>We're excited to host you in our Amsterdam office "
                  "(Prinsengracht 520) on <b>Tuesday, 14 April 2026</b>. All times are Amsterdam time (CEST).</p>"
                  f"<table border='1' cellpadding='4'><tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>{rows}</table>"
                  "<p>Please arrive 10 minutes early and ask for Lotte at reception.</p><p>Lotte Jansen<br>Recruiting Coordinator"
                  "<br>+31 20 555 0388</p></body></html>"))),
        ("02-calendar-hold.ics", ics("REQUEST", "gh-b51-grachtwerk-onsite@greenhouse-mail.example",
            "Onsite interview – Grachtwerk", dt(AMS, *day, 10, 0), dt(AMS, *day, 13, 45),
            ("Lotte Jansen", "lotte.jansen@grachtwerk.example"),
            [(n, a, "REQ-PARTICIPANT") for *_x, n, a in slots] + [(USER_NAME, USER, "REQ-PARTICIPANT")],
            dt(AMS, 2026, 4, 7, 17, 45), description="Onsite loop: coding, system design, lunch, hiring manager.",
            location="Grachtwerk, Prinsengracht 520, Amsterdam", tzid="Europe/Amsterdam", prodid="-//Greenhouse//Scheduler//EN")),
    ], dict(interview=True, interviews=[iv("Grachtwerk", "Software Engineer, Mobile Backend", dt(AMS, *day, 10, 0), dt(AMS, *day, 13, 45),
                                           "scheduled", [x[6] for x in slots], [x[6] for x in slots], "onsite")],
            difficulty="medium", category="positive/onsite-loop",
            notes="HTML-only base64 itinerary with lunch break + one .ics hold; one onsite 10:00-13:45 CEST."))

    # ---------------- 11 Google reschedule across UK DST (Europe/London)
    s0 = dt(LON, 2026, 3, 27, 14, 0); s = dt(LON, 2026, 3, 30, 14, 0); e = s + timedelta(minutes=45)
    org11 = ("Oliver Pembridge", "oliver@quillstack.example")
    att = [(org11[0], org11[1], "REQ-PARTICIPANT"), (USER_NAME, USER, "REQ-PARTICIPANT")]
    i1 = ics("REQUEST", "b51quillstackhm@google.com", "Quillstack – Hiring manager chat (Daan Keller)", s0, s0 + timedelta(minutes=45),
             org11, att, dt(LON, 2026, 3, 20, 9, 0), tzid="Europe/London", rule="UK", location="Google Meet",
             description="Chat with Oliver (Engineering Manager) about the Software Engineer (Developer Tools) role.")
    i2 = ics("REQUEST", "b51quillstackhm@google.com", "Quillstack – Hiring manager chat (Daan Keller)", s, e,
             org11, att, dt(LON, 2026, 3, 25, 18, 10), seq=1, tzid="Europe/London", rule="UK", location="Google Meet",
             description="Chat with Oliver (Engineering Manager) about the Software Engineer (Developer Tools) role. Moved to Monday.")
    p1 = gplain("Quillstack – Hiring manager chat (Daan Keller)", s0, s0 + timedelta(minutes=45), "United Kingdom Time", org11,
                [(org11[0] + " - organizer", org11[1]), (USER_NAME, USER)])
    p2 = "This event has been updated\nChanged: time\n\n" + gplain("Quillstack – Hiring manager chat (Daan Keller)", s, e,
                "United Kingdom Time", org11, [(org11[0] + " - organizer", org11[1]), (USER_NAME, USER)])
    add_case("b51-11-google-reschedule-across-uk-dst", [
        ("01-invitation.eml", gcal_invite(org11, USER, f"Invitation: Quillstack – Hiring manager chat (Daan Keller) @ Fri Mar 27, 2026 2pm - 2:45pm (GMT) ({USER})",
            dt(LON, 2026, 3, 20, 9, 0), p1, ghtml(p1), i1)),
        ("02-updated-invitation.eml", gcal_invite(org11, USER, f"Updated invitation: Quillstack – Hiring manager chat (Daan Keller) @ Mon Mar 30, 2026 2pm - 2:45pm (BST) ({USER})",
            dt(LON, 2026, 3, 25, 18, 10), p2, ghtml(p2), i2)),
    ], dict(interview=True, interviews=[iv("Quillstack", "Software Engineer (Developer Tools)", s, e, "scheduled",
                                           ["oliver@quillstack.example"], ["oliver@quillstack.example"], "hiring_manager")],
            difficulty="hard", category="positive/reschedule",
            notes="SEQUENCE 1 moves Fri Mar 27 14:00 GMT to Mon Mar 30 14:00 BST (+01:00) across the UK switch."))

    # ---------------- 12 forwarded scheduling-vendor confirmation, 'Thu 3/12 @ 4:30p PT'
    s = dt(LA, 2026, 3, 12, 16, 30); e = s + timedelta(minutes=30)
    fwd_text = ("fyi - booked the Sprocketly screen, it's Thu 3/12 @ 4:30p PT, i.e. half past midnight for me, ugh. "
                "Saving it in this inbox.\n\n---------- Forwarded message ---------\n"
                "From: Sprocketly via SavvySlot <notifications@savvyslot-mail.example>\nDate: Mon, Mar 9, 2026 at 7:02 PM\n"
                "Subject: Confirmed: Intro call with Dana Whitfield (Sprocketly)\nTo: <daan.keller@oldjob.example>\n\n\n"
                "Your meeting is confirmed.\n\nIntro call with Dana Whitfield (Sprocketly) – Software Engineer, Integrations\n"
                "Thursday, March 12, 2026\n4:30pm – 5:00pm (Pacific Time - US & Canada)\n\nLocation: Google Meet (link in calendar invite)\n"
                "Host: Dana Whitfield <dana.whitfield@sprocketly.example>\n\nNeed to make changes? Reschedule or cancel: "
                "https://savvyslot.example/r/b51dw\n")
    add_case("b51-12-forwarded-scheduler-confirmation-pt", [
        ("01-fwd-confirmed.eml", mail(("Daan Keller", "daan.keller@oldjob.example"), USER,
            "Fwd: Confirmed: Intro call with Dana Whitfield (Sprocketly)", dt(BER, 2026, 3, 10, 8, 15), text=fwd_text)),
    ], dict(interview=True, interviews=[iv("Sprocketly", "Software Engineer, Integrations", s, e, "scheduled",
                                           ["dana.whitfield@sprocketly.example"], ["dana.whitfield@sprocketly.example"], "phone_screen")],
            difficulty="hard", category="positive/forwarded",
            notes="User forwards a scheduling-vendor confirmation from an old address; 16:30 PDT = 00:30 Berlin next day."))

    # ---------------- 13 Brussels, French/English, standalone .ics + 'noon' body
    s = dt(BRU, 2026, 4, 7, 12, 0); e = dt(BRU, 2026, 4, 7, 13, 0)
    add_case("b51-13-brussels-noon-standalone-ics", [
        ("01-entretien.eml", mail(("Élodie Peeters", "elodie.peeters@atomium-cloud.example"), USER,
            "Atomium Cloud – 2nd interview (Site Reliability Engineer)", dt(BRU, 2026, 3, 31, 15, 40),
            text=("Hi Daan,\n\nGood news: the team would like to meet you for a second interview with our CTO, Wouter "
                  "Claes (wouter.claes@atomium-cloud.example). Mardi 7 avril à 12h (noon Brussels time), for one hour, over "
                  "Teams. I'm attaching the calendar file.\n\nBien à vous,\nÉlodie Peeters\nTalent Partner – Atomium Cloud SA\n"
                  "Avenue Louise 231, 1050 Bruxelles · +32 2 555 01 64\n"))),
        ("02-entretien.ics", ics("REQUEST", "b51-atomium-cto@atomium-cloud.example", "Entretien / Interview – Daan Keller – CTO",
            s, e, ("Élodie Peeters", "elodie.peeters@atomium-cloud.example"),
            [("Wouter Claes", "wouter.claes@atomium-cloud.example", "REQ-PARTICIPANT"), (USER_NAME, USER, "REQ-PARTICIPANT")],
            dt(BRU, 2026, 3, 31, 15, 38), tzid="Europe/Brussels", location="Microsoft Teams",
            description="Second interview with Wouter Claes (CTO).", prodid="-//Apple Inc.//macOS 15.3//EN")),
    ], dict(interview=True, interviews=[iv("Atomium Cloud", "Site Reliability Engineer", s, e, "scheduled",
                                           ["wouter.claes@atomium-cloud.example"], ["wouter.claes@atomium-cloud.example"], "hiring_manager")],
            difficulty="easy", category="positive/standalone-ics",
            notes="French/English mail with '12h (noon)' plus a standalone .ics (Europe/Brussels, CEST)."))

    def neg(cid, items, cat, notes, diff="hard"):
        add_case(cid, items, dict(interview=False, interviews=[], difficulty=diff, category=cat, notes=notes))

    neg("b51-14-meetup-fireside-interview", [
        ("01-meetup.eml", mail(("Berlin Gophers", "info@meetup-mail.example"), USER,
            "Berlin Gophers: Hiring panel & live interview Q&A – Thu Mar 19, 19:00", dt(BER, 2026, 3, 12, 12, 0),
            text=("Berlin Gophers Meetup #88\nThursday, March 19, 2026, 7:00 PM – 9:30 PM CET\nHosted at Kranfabrik, Kreuzberg\n\n"
                  "This month: 'How we interview backend candidates' – a fireside chat where three engineering managers "
                  "run a mock technical interview on stage and take your questions about the hiring process. Pizza by our "
                  "sponsor, who is hiring for several roles.\n\nRSVP: https://meetup.example/berlin-gophers/88\n")),
        ),
        ("02-meetup.ics", ics("PUBLISH", "b51-gophers-88@meetup.example", "Berlin Gophers #88 – live interview Q&A",
            dt(BER, 2026, 3, 19, 19, 0), dt(BER, 2026, 3, 19, 21, 30), ("Berlin Gophers", "info@meetup-mail.example"),
            [(USER_NAME, USER, "OPT-PARTICIPANT")], dt(BER, 2026, 3, 12, 12, 0), tzid="Europe/Berlin",
            location="Kranfabrik, Berlin", prodid="-//Meetup//RemoteApi//EN")),
    ], "negative/meetup", "Meetup with an on-stage mock interview; user is audience.")

    neg("b51-15-conference-cfp-speaker-interview", [
        ("01-cfp.eml", mail(("Canal Conf Program Committee", "cfp@canalconf.example"), USER,
            "CanalConf 2026: your talk proposal moves to the next round – schedule a 15-min speaker call",
            dt(AMS, 2026, 3, 20, 10, 0),
            text=("Dear Daan,\n\nThank you for submitting 'CRDTs in production' to the CanalConf 2026 Call for Papers. "
                  "Your proposal has been shortlisted! As a next step, every shortlisted candidate talk gets a short "
                  "speaker interview with a committee member. Please pick a slot in the schedule here: "
                  "https://canalconf.example/speaker-call\n\nThe final programme will be announced on 30 April.\n\n"
                  "CanalConf Programme Committee\n"))),
    ], "negative/conference-cfp", "CfP shortlisting with an unbooked 'speaker interview' link; not a job.")

    neg("b51-16-language-school-placement-interview", [
        ("01-einstufung.eml", mail(("Sprachschule Hafenkante", "anmeldung@sprachschule-hafenkante.example"), USER,
            "Ihr Einstufungsgespräch / placement interview – Deutsch B2", dt(BER, 2026, 3, 9, 11, 20),
            text=("Hallo Daan,\n\nvielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2. Ihr mündliches "
                  "Einstufungsgespräch (placement interview, ca. 20 Minuten) findet am Mittwoch, 18.03.2026 um 17:30 Uhr "
                  "bei Frau Kowalczyk statt (Raum 2.04, Oranienstr. 12).\n\nBitte bringen Sie Ihren Ausweis mit.\n\n"
                  "Sprachschule Hafenkante\n+49 30 5550 2240\n")),
         ),
        ("02-einstufung.ics", ics("REQUEST", "b51-hafenkante-einstufung@sprachschule-hafenkante.example",
            "Einstufungsgespräch Deutsch B2 (placement interview)", dt(BER, 2026, 3, 18, 17, 30), dt(BER, 2026, 3, 18, 17, 50),
            ("Sprachschule Hafenkante", "anmeldung@sprachschule-hafenkante.example"),
            [("Agnieszka Kowalczyk", "a.kowalczyk@sprachschule-hafenkante.example", "REQ-PARTICIPANT"), (USER_NAME, USER, "REQ-PARTICIPANT")],
            dt(BER, 2026, 3, 9, 11, 20), tzid="Europe/Berlin", location="Oranienstr. 12, Raum 2.04")),
    ], "negative/non-job-interview", "Language school placement 'interview' with a real .ics; not a job process.")

    neg("b51-17-flat-viewing-candidate", [
        ("01-besichtigung.eml", mail(("Hausverwaltung Lenz", "vermietung@hv-lenz.example"), USER,
            "Besichtigungstermin 2-Zi.-Whg. Weserstraße – Sie sind in der engeren Auswahl", dt(BER, 2026, 3, 23, 16, 5),
            text=("Sehr geehrter Herr Keller,\n\nvielen Dank für Ihr Interesse an der Wohnung in der Weserstraße 17. "
                  "Sie gehören zu den ausgewählten Kandidaten für einen Besichtigungstermin am Samstag, 28.03., um 11:15 Uhr. "
                  "Im Anschluss führen wir kurze Gespräche mit allen Interessenten (Selbstauskunft, SCHUFA, Gehaltsnachweise "
                  "bitte mitbringen).\n\nMit freundlichen Grüßen\nK. Lenz\nHausverwaltung Lenz · 030 5550 9911\n"))),
    ], "negative/appointment", "Flat viewing; 'candidates' and 'Gespräche' but not a job.")

    neg("b51-18-arbeitsagentur-appointment", [
        ("01-termin.eml", mail(("Agentur für Arbeit Berlin Mitte", "berlin-mitte.termine@arbeitsagentur-mail.example"), USER,
            "Einladung zu einem Beratungsgespräch – Ihre berufliche Situation", dt(BER, 2026, 3, 10, 7, 30), cte="base64",
            html=("<html><body><p>Sehr geehrter Herr Keller,</p><p>bitte kommen Sie am <b>Montag, 16.03.2026 um 10:00 Uhr</b> "
                  "zu einem Gespräch über Ihre Bewerbungssituation und Ihre berufliche Zukunft (Termin bei Ihrer "
                  "Arbeitsvermittlerin Frau Öztürk, Raum 314).</p><p>Bitte bringen Sie Ihren Lebenslauf und Nachweise über "
                  "Ihre Bewerbungsbemühungen (z. B. Einladungen zu Vorstellungsgesprächen) mit.</p><p>Rechtsfolgenbelehrung: "
                  "Wenn Sie ohne wichtigen Grund nicht erscheinen, tritt eine Sperrzeit ein.</p>"
                  "<p>Mit freundlichen Grüßen<br>Ihre Agentur für Arbeit</p></body></html>"))),
    ], "negative/appointment", "Employment-agency counselling appointment mentioning Vorstellungsgespräche; user is not a candidate in a hiring process.")

    neg("b51-19-inmail-digest", [
        ("01-digest.eml", mail(("ProLink", "messages-noreply@prolink-mail.example"), USER,
            "You have 3 new InMail messages from recruiters", dt(BER, 2026, 3, 21, 7, 0),
            html=("<html><body><h3>Daan, recruiters are reaching out</h3>"
                  "<p><b>Mia Schuster</b> · Talent Partner at Zugvogel Mobility<br>\"Hi Daan, we're hiring a Senior Go "
                  "Engineer in Hamburg – would you be open to a quick call this week to discuss the role? Let me know a "
                  "time that suits...\"</p><p><b>Tom Elkins</b> · Recruiter at Nimbus Remote (US)<br>\"Interview process is "
                  "3 steps, ~2 weeks. Happy to schedule an intro, 9am PT works for most of our candidates...\"</p>"
                  "<p><b>Ana Ribeiro</b> · Headhunter<br>\"Confidential CTO-track role, can we schedule a call?\"</p>"
                  "<p><a href='https://prolink.example/messaging'>Reply on ProLink</a></p>"
                  "<p style='font-size:10px'>You are receiving InMail notification emails. Unsubscribe.</p></body></html>"))),
    ], "negative/recruiter-outreach", "InMail digest with outreach asking to schedule calls; nothing booked.")

    neg("b51-20-rejection-after-interview", [
        ("01-absage.eml", mail(("Wolkenbruch Software", "no-reply@wolkenbruch.jobs.personio.example"), USER,
            "Deine Bewerbung als Software Engineer (Go) / Feedback nach dem Interview", dt(BER, 2026, 3, 27, 14, 12),
            reply_to="Lea Brandner <lea.brandner@wolkenbruch.example>",
            text=("Hallo Daan,\n\nvielen Dank für das Interview am Dienstag und die Zeit, die Du Dir für uns genommen hast. "
                  "Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden, deren Erfahrung "
                  "noch besser zur Rolle passt.\n\nWir würden Dich gern in unseren Talent-Pool aufnehmen und uns melden, "
                  "falls sich eine passende Stelle ergibt.\n\nAlles Gute!\nLea Brandner\nTalent Acquisition, Wolkenbruch Software\n"))),
    ], "negative/rejection", "German rejection that references a past interview; no upcoming interview.")

    neg("b51-21-offer-letter", [
        ("01-offer.eml", mail(("Jasper van Leeuwen", "jasper@noordlicht.example"), USER,
            "Offer: Software Engineer at Noordlicht 🎉", dt(AMS, 2026, 4, 9, 18, 30),
            text=("Hi Daan,\n\nOn behalf of the whole team: thank you for the great interviews last week! We're thrilled to "
                  "offer you the position of Software Engineer (Medior) at Noordlicht B.V., starting 1 June 2026, with a gross "
                  "annual salary of EUR 72,000 plus 8% holiday allowance. The offer letter is attached via our e-sign tool.\n\n"
                  "Please sign by Friday 17 April. If you'd like to talk anything through, just give me a call any time at "
                  "+31 6 5550 4410.\n\nHartelijke groet,\nJasper van Leeuwen\nHead of People, Noordlicht\n"))),
    ], "negative/offer", "Offer letter after interviews; no call booked.")

    neg("b51-22-us-availability-request-link", [
        ("01-availability.eml", mail(("Rachel Kim", "rachel.kim@beaconforge.example"), USER,
            "Next steps: technical interview - Staff Software Engineer (Remote)", dt(NY, 2026, 3, 24, 15, 5),
            text=("Hi Daan,\n\nGreat news - the team would like to move you forward to the technical interview (90 min, "
                  "live coding + design) for the Staff Software Engineer role.\n\nOur engineers are in ET/PT, so slots are "
                  "between 9am and 12pm ET (that's 2pm-5pm for you in Berlin, 3pm-6pm after your clocks change on 3/29). "
                  "Please pick whatever works here: https://scheduling.beaconforge.example/rk/technical\n\nOr send me 3-4 "
                  "windows next week and I'll get it booked.\n\nThanks!\nRachel\n\nRachel Kim | Recruiting Lead | BeaconForge\n"
                  "+1 (646) 555-0137\n"))),
    ], "negative/availability-request", "Availability request with scheduling link and time windows; nothing booked yet.")



def main():
    build()
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b51-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, obj in items:
            path = d / name
            if isinstance(obj, EmailMessage):
                path.write_bytes(bytes(obj))
            elif isinstance(obj, (dict, list)):
                path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            else:
                path.write_bytes(obj.encode("utf-8"))
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# blind51 labels - written blind; all names invented. See README.md.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
