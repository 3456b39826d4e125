#!/usr/bin/env python3
"""Generate the blind31 evaluation set (deterministic; stdlib + PyYAML + zoneinfo).

Theme: one interview, many channels, and what happens next.
Rewrites every b31-* folder and labels.yaml next to this script.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
LABELS = {}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return None if d is None else d.isoformat()


# ---------------------------------------------------------------- iCalendar
def fold(line):
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
    "New Zealand Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:New Zealand Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Tokyo Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900",
        "END:STANDARD", "END:VTIMEZONE"],
}


def vevent(uid, start, end, summary, organizer, attendees, stamp, seq=0, description=None,
           location=None, status="CONFIRMED", mode="tzid", tzid=None, extra=()):
    """mode: tzid (IANA or given tzid name), utc, floating."""
    L = ["BEGIN:VEVENT"]

    def dtp(name, d):
        if d is None:
            return
        if mode == "utc":
            L.append(f"{name}:{d.astimezone(UTC):%Y%m%dT%H%M%SZ}")
        elif mode == "floating":
            L.append(f"{name}:{d:%Y%m%dT%H%M%S}")
        else:
            L.append(f"{name};TZID={tzid or d.tzinfo.key}:{d:%Y%m%dT%H%M%S}")

    dtp("DTSTART", start)
    dtp("DTEND", end)
    L.append(f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        name, mail = a[0], a[1]
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        ps = a[3] if len(a) > 3 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{mail}")
    L.append(f"CREATED:{(stamp - timedelta(minutes=3)).astimezone(UTC):%Y%m%dT%H%M%SZ}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append(f"LAST-MODIFIED:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}")
    if location:
        L.append("LOCATION:" + esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    L.append("END:VEVENT")
    return L


def calendar(method, events, prodid="-//Google Inc//Google Calendar 70.9054//EN", tzids=(), xwr=False):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for t in tzids:
        L.extend(VTZ[t])
    for e in events:
        L.extend(e)
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail
_mid = [0]


def msgid(domain):
    _mid[0] += 1
    return f"<b31.{_mid[0]:04d}.{len(domain) * 7919 + _mid[0] * 31}@{domain}>"


def mail(owner, frm, to, subject, date, text=None, html=None, cte=None, html_cte=None,
         ics=None, ics_method="REQUEST", ics_mode="google", reply_to=None, cc=None,
         in_reply_to=None, references=None, mid_domain=None, sender=None, extra=None):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].strip(">") + ">"
    if sender:
        m["Sender"] = sender
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid(mid_domain or frm.split("@")[-1].strip(">"))
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or "quoted-printable")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte or "quoted-printable")
    if ics is not None:
        if ics_mode == "google":
            m.add_alternative(ics, subtype="calendar", params={"method": ics_method})
            m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                             filename="invite.ics")
        elif ics_mode == "alt":  # Exchange style
            m.add_alternative(ics, subtype="calendar", params={"method": ics_method}, cte="base64")
        else:  # plain attachment (ATS)
            m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar",
                             filename=ics_mode, params={"method": ics_method})
    return m


def gcal(eid, summary, start, end, organizer, attendees, owner, created, description=None,
         status="confirmed", creator=None, location=None, meet=None, sequence=0):
    ev = {"kind": "calendar#event", "etag": f"\"{3300000000000000 + len(eid) * 1013 + start.minute}\"",
          "id": eid, "status": status,
          "htmlLink": f"https://www.google.com/calendar/event?eid={eid}",
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": (created + timedelta(minutes=12)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = {"email": (creator or organizer)[1], "displayName": (creator or organizer)[0]}
    if (creator or organizer)[1] == owner:
        ev["creator"]["self"] = True
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    if organizer[1] == owner:
        ev["organizer"]["self"] = True
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": start.tzinfo.key}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": end.tzinfo.key}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = sequence
    if attendees:
        ev["attendees"] = []
        for a in attendees:
            d = {"email": a[1]}
            if a[0]:
                d["displayName"] = a[0]
            if a[1] == organizer[1]:
                d["organizer"] = True
            if a[1] == owner:
                d["self"] = True
            d["responseStatus"] = a[2] if len(a) > 2 else "accepted"
            ev["attendees"].append(d)
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def ginvite_text(title, when, tzname, org, guests, owner, desc=""):
    g = "\n".join(f"{n}\n{e}" for n, e in guests)
    return (f"{title}\n{when}\n{tzname}\n\n{desc}\n\nJoin with Google Meet\nhttps://meet.google.com/qwe-rtyu-iop\n\n"
            f"Organizer\n{org[0]}\n{org[1]}\n\nGuests\n{g}\n{owner}\n\n"
            f"Reply for {owner} and view more details https://calendar.google.com/calendar/event?action=VIEW\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")


def html_of(text):
    import html as H
    return "<html><body><div style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{H.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</div></body></html>"


# ---------------------------------------------------------------- case writer
CASES = {}


def case(cid, owner, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {
        "user": owner, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def write_all():
    for p in HERE.glob("b31-*"):
        shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, obj in items:
            if isinstance(obj, EmailMessage):
                for i, part in enumerate(p for p in obj.walk() if p.is_multipart()):
                    h = hashlib.md5(f"{cid}/{name}/{i}".encode()).hexdigest()
                    part.set_boundary(f"00000000000{h[:20]}")
                (d / name).write_bytes(obj.as_bytes())
            else:
                (d / name).write_bytes(obj.encode("utf-8"))
    with open(HERE / "labels.yaml", "w") as f:
        f.write("# blind31 labels (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)


# CASES-BELOW
# ====================================================================== positives
def c01():
    owner = "lena.marsh@example.com"
    dana = ("Dana Whitcombe", "dana.whitcombe@ternanalytics.example")
    s, e = T(2026, 3, 17, 10, 0, "America/Chicago"), T(2026, 3, 17, 10, 30, "America/Chicago")
    m1 = mail(owner, f"{dana[0]} <{dana[1]}>", f"Lena Marsh <{owner}>",
              "Tern Analytics - Senior Data Analyst - next step", T(2026, 3, 12, 16, 41, "America/Chicago"),
              "Hi Lena,\n\nThanks for getting back to me so quickly. Tuesday the 17th at 10am Central works "
              "on my end - I'll give you a ring at the number on your resume (312-555-0147?) and we'll chat "
              "for about 30 minutes about your background and the Senior Data Analyst role. I'll send a "
              "calendar hold so it's on your radar.\n\nTalk soon,\nDana\n\n--\nDana Whitcombe | Talent Partner\n"
              "Tern Analytics\n415 N. Dearborn St, Suite 900, Chicago, IL 60654\nm: +1 (312) 555-0193\n")
    ics = calendar("REQUEST", [vevent("3kq9t0rn5v2e8tern@google.com", s, e,
                   "Tern Analytics <> Lena Marsh (Recruiter Call)", dana,
                   [(dana[0], dana[1], "REQ-PARTICIPANT", "ACCEPTED"), (owner, owner)],
                   T(2026, 3, 12, 16, 48, "America/Chicago"),
                   description="Dana will call Lena at 312-555-0147.", location="Phone")])
    m2 = mail(owner, f"{dana[0]} <{dana[1]}>", owner,
              f"Invitation: Tern Analytics <> Lena Marsh (Recruiter Call) @ Tue Mar 17, 2026 10am - 10:30am (CDT) ({owner})",
              T(2026, 3, 12, 16, 48, "America/Chicago"),
              ginvite_text("Tern Analytics <> Lena Marsh (Recruiter Call)", "Tuesday Mar 17, 2026 ⋅ 10am – 10:30am",
                           "Central Time - Chicago", dana, [dana], owner, "Dana will call Lena at 312-555-0147."),
              html=html_of("Tern Analytics <> Lena Marsh (Recruiter Call)\nTuesday Mar 17, 2026 ⋅ 10am – 10:30am"),
              cte="base64", ics=ics, reply_to=f"{dana[0]} <{dana[1]}>", sender="Google Calendar <calendar-notification@google.com>",
              mid_domain="google.com")
    m3 = mail(owner, f"{dana[0]} <{dana[1]}>", f"Lena Marsh <{owner}>", "Re: Tern Analytics - Senior Data Analyst - next step",
              T(2026, 3, 16, 15, 5, "America/Chicago"),
              "Hi Lena - just confirming we're still on for tomorrow at 10. If anything changes, text me at "
              "the cell below.\n\nDana\nm: +1 (312) 555-0193\n", cte="quoted-printable",
              in_reply_to=m1["Message-ID"])
    case("b31-01-recruiter-mail-gcal-invite-reminder", owner,
         [("01-dana-next-step.eml", m1), ("02-invitation-recruiter-call.eml", m2), ("03-re-still-on-tomorrow.eml", m3)],
         [iv("Tern Analytics", "Senior Data Analyst", s, e, "scheduled", [dana[1]], [dana[1]], "phone_screen")],
         "easy", "positive/dedupe-mail-invite-reminder",
         "Recruiter mail (10am Central), Google invite 10:00-10:30 CDT, reminder 'tomorrow at 10' -> one screen.")


def c02():
    owner = "omar.haddad@mail.example"
    grace = ("Grace Okonjo", "grace.okonjo@brightwaterlabs.example")
    pri = ("Priyanka Sethi", "priyanka.sethi@brightwaterlabs.example")
    s, e = T(2026, 5, 14, 11, 0, "America/New_York"), T(2026, 5, 14, 12, 0, "America/New_York")
    su, eu = s.astimezone(UTC), e.astimezone(UTC)
    body = (f"Hi Omar,\n\nYour interview for Platform Engineer at Brightwater Labs has been scheduled.\n\n"
            f"Technical Interview - Infrastructure\nThursday, May 14, 2026\n{su:%H:%M} - {eu:%H:%M} UTC\n"
            f"Interviewer: {pri[0]} (Engineering Manager, Platform)\nLocation: Zoom - https://zoom.example/j/84120055391\n\n"
            "An .ics file is attached so you can add this to your calendar. If you need to make a change, "
            "reply to this email and Grace will help.\n\nGood luck!\nBrightwater Labs Recruiting\n\n"
            "Sent via Talentwell. Please do not reply directly to no-reply@talentwell-mail.example.\n")
    ics = calendar("PUBLISH", [vevent("tw-int-55810932@talentwell-mail.example", s, e,
                   "Interview: Omar Haddad - Platform Engineer (Brightwater Labs)", ("Brightwater Labs Recruiting", "no-reply@talentwell-mail.example"),
                   [(pri[0], pri[1]), ("Omar Haddad", owner)], T(2026, 5, 8, 14, 2, "UTC"),
                   description=f"Technical Interview - Infrastructure with {pri[0]}. Zoom: https://zoom.example/j/84120055391",
                   location="https://zoom.example/j/84120055391", mode="utc")],
                   prodid="-//Talentwell//Scheduling 4.2//EN")
    m1 = mail(owner, "Brightwater Labs Recruiting <no-reply@talentwell-mail.example>", f"Omar Haddad <{owner}>",
              "Interview Confirmation: Platform Engineer at Brightwater Labs", T(2026, 5, 8, 14, 2, "UTC"),
              body, html=html_of(body), ics=ics, ics_mode="interview.ics", ics_method="PUBLISH",
              reply_to=f"{grace[0]} <{grace[1]}>")
    m2 = mail(owner, f"{grace[0]} <{grace[1]}>", f"Omar Haddad <{owner}>", "Tomorrow's interview",
              T(2026, 5, 13, 16, 20, "America/New_York"),
              "Hey Omar,\n\nQuick reminder that you're meeting Priyanka tomorrow at 11 ET (Zoom link is in the "
              "confirmation). Expect a mix of systems questions and a short debugging exercise - no need to prep "
              "anything special.\n\nBest,\nGrace Okonjo\nRecruiting Coordinator, Brightwater Labs\n"
              "200 Clarendon St, Boston, MA 02116 | +1 617 555 0108\n")
    case("b31-02-ats-utc-confirmation-then-et-reminder", owner,
         [("01-talentwell-confirmation.eml", m1), ("02-grace-reminder.eml", m2)],
         [iv("Brightwater Labs", "Platform Engineer", s, e, "scheduled", [pri[1]], [pri[1]], "technical")],
         "medium", "positive/ats-utc-plus-reminder",
         "ATS confirmation states 15:00-16:00 UTC (.ics in Z), coordinator reminder says 'tomorrow at 11 ET' (EDT).")


def c03():
    owner = "jonas.pfeiffer@mail.example"
    katrin = ("Katrin Vogel", "k.vogel@kessler-mobility.example")
    markus = ("Markus Brandt", "m.brandt@kessler-mobility.example")
    sabine = ("Sabine Roth", "s.roth@kessler-mobility.example")
    s, e = T(2026, 3, 31, 14, 0, "Europe/Berlin"), T(2026, 3, 31, 15, 0, "Europe/Berlin")
    WIN = "W. Europe Standard Time"
    teams = ("\n________________________________________________________________________________\n"
             "Microsoft Teams Besprechung\nÜber Computer, mobile App oder Raumgerät teilnehmen\n"
             "Hier klicken, um an der Besprechung teilzunehmen<https://teams.example/l/meetup-join/19%3ameeting_kessler>\n"
             "Besprechungs-ID: 351 772 904 118\nKennung: Qx7s2A\n"
             "________________________________________________________________________________\n")
    cdo = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]
    uid = "040000008200E00074C5B7101A82E00800000000D0A4F1C2B3B9DC01000000000000000010000000A1B2"

    def inv(seq, who, stamp, subj, text):
        ics = calendar("REQUEST", [vevent(uid, s, e, "Vorstellungsgespräch Jonas Pfeiffer - Product Manager Fahrzeugsoftware", katrin,
                       [(who[0], who[1]), ("Jonas Pfeiffer", owner)], stamp, seq=seq, description=text,
                       location="Microsoft Teams-Besprechung", tzid=WIN, extra=cdo)],
                       prodid="Microsoft Exchange Server 2010", tzids=[WIN])
        return mail(owner, f"{katrin[0]} <{katrin[1]}>", f"{who[0]} <{who[1]}>, Jonas Pfeiffer <{owner}>", subj, stamp,
                    text, ics=ics, ics_mode="alt", cte="quoted-printable",
                    extra={"Thread-Topic": "Vorstellungsgespräch Jonas Pfeiffer - Product Manager Fahrzeugsoftware",
                           "Content-class": "urn:content-classes:calendarmessage"})
    t1 = ("Wann: Dienstag, 31. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
          "Wo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\nHallo Herr Pfeiffer,\n\nwie telefonisch besprochen "
          "lade ich Sie hiermit zum Gespräch mit Markus Brandt (Head of Product Vehicle Software) ein.\n\n"
          "Viele Grüße\nKatrin Vogel\nHR Business Partner\nKessler Mobility GmbH · Leopoldstraße 180 · 80804 München\n"
          "Tel. +49 89 5550 2231\n" + teams)
    m1 = inv(0, markus, T(2026, 3, 20, 9, 12, "Europe/Berlin"),
             "Vorstellungsgespräch Jonas Pfeiffer - Product Manager Fahrzeugsoftware", t1)
    t2 = t1.replace("mit Markus Brandt (Head of Product Vehicle Software)", "mit Sabine Roth (Director Product Management)")
    m2 = inv(1, sabine, T(2026, 3, 26, 17, 40, "Europe/Berlin"),
             "Aktualisiert: Vorstellungsgespräch Jonas Pfeiffer - Product Manager Fahrzeugsoftware", t2)
    m3 = mail(owner, f"{katrin[0]} <{katrin[1]}>", f"Jonas Pfeiffer <{owner}>",
              "WG: Ihr Gespräch am Dienstag", T(2026, 3, 27, 8, 55, "Europe/Berlin"),
              "Hallo Herr Pfeiffer,\n\nkurze Info: Herr Brandt ist nächste Woche leider krankheitsbedingt verhindert. "
              "Das Gespräch übernimmt Frau Sabine Roth, unsere Director Product Management "
              f"({sabine[1]}). Der Termin bleibt unverändert: Dienstag, 31.03., 14:00 Uhr bis ca. 15:00 Uhr, "
              "per Teams. Sie haben dazu eben eine aktualisierte Einladung bekommen.\n\n"
              "Beachten Sie bitte: am Wochenende wird auf Sommerzeit umgestellt.\n\nViele Grüße\nKatrin Vogel\n"
              "Kessler Mobility GmbH\nTel. +49 89 5550 2231\n", cte="quoted-printable")
    case("b31-03-exchange-invite-interviewer-swapped", owner,
         [("01-einladung.eml", m1), ("02-aktualisiert.eml", m2), ("03-wg-ihr-gespraech.eml", m3)],
         [iv("Kessler Mobility", "Product Manager Fahrzeugsoftware", s, e, "scheduled", [sabine[1]], [sabine[1]], "hiring_manager")],
         "hard", "positive/interviewer-change-dst",
         "German Exchange invite (W. Europe Standard Time) updated SEQUENCE 1 to a new interviewer; "
         "Mar 31 is after EU DST switch (+02:00) though the When-line says UTC+01:00 and mails were sent in CET.")


def c04():
    owner = "priya.raman@example.com"
    marcus = ("Marcus Bell", "marcus@cobaltline.example")
    ellen = ("Ellen Zhou", "ellen.zhou@cobaltline.example")
    s, e = T(2026, 3, 12, 16, 30, "America/Los_Angeles"), T(2026, 3, 12, 17, 15, "America/Los_Angeles")
    m1 = mail(owner, f"{marcus[0]} <{marcus[1]}>", f"Priya Raman <{owner}>", "Cobaltline x Priya - technical chat",
              T(2026, 3, 4, 11, 2, "America/Los_Angeles"),
              "hi Priya!\n\nlocking in your technical chat w/ Ellen Zhou (staff eng, ML infra) for Tue 3/10 at 3pm PT, "
              "45 min on Google Meet. she'll mostly want to dig into the feature store work you mentioned.\n\n"
              "marcus\n\nMarcus Bell · Recruiting @ Cobaltline\n1 Market St, San Francisco CA\n")
    m2 = mail(owner, f"{marcus[0]} <{marcus[1]}>", f"Priya Raman <{owner}>", "Re: Cobaltline x Priya - technical chat",
              T(2026, 3, 6, 18, 45, "America/Los_Angeles"),
              "ugh, sorry - Ellen got pulled into an offsite Tuesday. can we move you to Thu 3/12 @ 4:30p PST? same "
              "45 min, same link. I've updated the calendar event.\n\nmarcus\n\n"
              "On Wed, Mar 4, 2026 at 11:02 AM Marcus Bell <marcus@cobaltline.example> wrote:\n"
              "> hi Priya!\n>\n> locking in your technical chat w/ Ellen Zhou (staff eng, ML infra) for Tue 3/10 at 3pm PT,\n"
              "> 45 min on Google Meet.\n", in_reply_to=m1["Message-ID"])
    ev = gcal("6f1hc0bl7ctech01", "Cobaltline Technical Interview - Priya Raman", s, e, marcus,
              [(marcus[0], marcus[1]), (ellen[0], ellen[1]), ("", owner)], owner, T(2026, 3, 4, 11, 5, "America/Los_Angeles"),
              description="45 min technical conversation with Ellen Zhou (Staff Engineer, ML Infra). Moved from Tue 3/10.",
              meet="cbl-tchx-qwe", sequence=2)
    case("b31-04-moved-by-thread-gcal-json-pst-label", owner,
         [("01-marcus-technical-chat.eml", m1), ("02-re-move-to-thursday.eml", m2), ("03-event.gcal.json", ev)],
         [iv("Cobaltline", None, s, e, "scheduled", [ellen[1]], [ellen[1]], "technical")],
         "hard", "positive/reschedule-dst-mislabel",
         "Moved from Tue 3/10 3pm to 'Thu 3/12 @ 4:30p PST' - after US DST (Mar 8) so really PDT -07:00; API event agrees.")


def c05():
    owner = "tasha.greer@mail.example"
    ben = ("Ben Ortiz", "ben.ortiz@lumenpike.example")
    ruth = ("Ruth Calloway", "ruth.calloway@lumenpike.example")
    s, e = T(2026, 6, 10, 13, 0, "America/Denver"), T(2026, 6, 10, 13, 45, "America/Denver")
    uid = "leverly-7c2e0d51-interview@hire.leverly.example"
    desc = "Hiring manager conversation with Ruth Calloway (Content Design Lead). Video: https://meet.example/lp-ruth"
    ics1 = calendar("REQUEST", [vevent(uid, s, e, "Lumen & Pike: Tasha Greer / Ruth Calloway", ("Leverly Scheduling", "no-reply@hire.leverly.example"),
                    [(ruth[0], ruth[1]), ("Tasha Greer", owner)], T(2026, 6, 2, 19, 30, "UTC"), description=desc)],
                    prodid="-//Leverly//Interview Scheduler//EN")
    b1 = ("Hi Tasha,\n\nYou're confirmed to speak with Ruth Calloway for the Senior UX Writer role at Lumen & Pike.\n\n"
          "When: Wednesday, June 10 · 1:00 – 1:45 PM MDT\nWhere: https://meet.example/lp-ruth\n\n"
          "Questions? Reply to this email to reach Ben Ortiz.\n\nLumen & Pike Talent Team\n")
    m1 = mail(owner, "Lumen & Pike <no-reply@hire.leverly.example>", owner, "Your interview with Lumen & Pike is confirmed",
              T(2026, 6, 2, 19, 30, "UTC"), b1, html=html_of(b1), ics=ics1, ics_mode="invite.ics", reply_to=f"{ben[0]} <{ben[1]}>")
    ics2 = calendar("CANCEL", [vevent(uid, s, e, "Lumen & Pike: Tasha Greer / Ruth Calloway", ("Leverly Scheduling", "no-reply@hire.leverly.example"),
                    [(ruth[0], ruth[1]), ("Tasha Greer", owner)], T(2026, 6, 5, 15, 12, "UTC"), seq=1, status="CANCELLED",
                    description=desc)], prodid="-//Leverly//Interview Scheduler//EN")
    b2 = ("Hi Tasha,\n\nThe following interview has been cancelled:\n\nLumen & Pike: Tasha Greer / Ruth Calloway\n"
          "Wednesday, June 10 · 1:00 – 1:45 PM MDT\n\nLumen & Pike Talent Team\n")
    m2 = mail(owner, "Lumen & Pike <no-reply@hire.leverly.example>", owner, "Cancelled: Your interview with Lumen & Pike",
              T(2026, 6, 5, 15, 12, "UTC"), b2, ics=ics2, ics_mode="cancel.ics", ics_method="CANCEL", reply_to=f"{ben[0]} <{ben[1]}>")
    m3 = mail(owner, f"{ben[0]} <{ben[1]}>", f"Tasha Greer <{owner}>", "Wednesday's conversation with Ruth",
              T(2026, 6, 5, 9, 20, "America/Denver"),
              "<html><body><p>Hi Tasha,</p><p>I'm really sorry to be sending this. Leadership put the Senior UX Writer "
              "requisition on hold this morning, so we need to cancel Wednesday's conversation with Ruth. You'll get an "
              "automated cancellation from our system too.</p><p>This isn't a reflection on you at all &mdash; if the req "
              "reopens in Q3 you'll be my first call.</p><p>Ben Ortiz<br>Senior Recruiter, Lumen &amp; Pike<br>"
              "1600 Wynkoop St, Denver CO 80202 &middot; 303.555.0166</p></body></html>", html_cte="base64")
    case("b31-05-ats-confirm-then-cancel-req-on-hold", owner,
         [("01-confirmed.eml", m1), ("02-cancelled-ats.eml", m2), ("03-ben-wednesday.eml", m3)],
         [iv("Lumen & Pike", "Senior UX Writer", s, e, "cancelled", [ruth[1]], [ruth[1]], "hiring_manager")],
         "medium", "positive/cancellation",
         "ATS confirmation + .ics, then METHOD:CANCEL and recruiter HTML-only (base64) mail: req on hold.")


def c06():
    owner = "dev.anand@example.com"
    nia = ("Nia Campbell", "nia.campbell@quillfeather.example")
    tom = ("Tom Hargreaves", "tom.hargreaves@quillfeather.example")
    aisha = ("Aisha Bello", "aisha.bello@quillfeather.example")
    s1, e1 = T(2026, 4, 20, 9, 0, "Europe/London"), T(2026, 4, 20, 10, 0, "Europe/London")
    s2, e2 = T(2026, 4, 24, 14, 0, "Europe/London"), T(2026, 4, 24, 15, 0, "Europe/London")
    title = "Quillfeather - Backend Engineer (Go) - Technical Interview"
    uid1, uid2 = "1r8vq2k0tom20apr@google.com", "5m0ab3x1aisha24apr@google.com"

    def ginv(uid, s, e, who, stamp, method="REQUEST", status="CONFIRMED", seq=0):
        return calendar(method, [vevent(uid, s, e, title, nia, [(nia[0], nia[1], "REQ-PARTICIPANT", "ACCEPTED"),
                        (who[0], who[1]), (owner, owner)], stamp, seq=seq, status=status,
                        description=f"Pairing exercise with {who[0]}. Bring a laptop with Go installed.")])
    st1 = T(2026, 4, 13, 10, 4, "Europe/London")
    m1 = mail(owner, f"{nia[0]} <{nia[1]}>", owner,
              f"Invitation: {title} @ Mon 20 Apr 2026 09:00 - 10:00 (BST) ({owner})", st1,
              ginvite_text(title, "Monday 20 Apr 2026 ⋅ 09:00 – 10:00", "United Kingdom Time", nia, [nia, tom], owner,
                           "Pairing exercise with Tom Hargreaves. Bring a laptop with Go installed."),
              ics=ginv(uid1, s1, e1, tom, st1), reply_to=f"{nia[0]} <{nia[1]}>",
              sender="Google Calendar <calendar-notification@google.com>", mid_domain="google.com")
    st2 = T(2026, 4, 17, 16, 31, "Europe/London")
    m2 = mail(owner, f"{nia[0]} <{nia[1]}>", owner,
              f"Cancelled event: {title} @ Mon 20 Apr 2026 09:00 - 10:00 (BST) ({owner})", st2,
              f"This event has been cancelled.\n\n{title}\nMonday 20 Apr 2026 ⋅ 09:00 – 10:00\nUnited Kingdom Time\n\n"
              "Invitation from Google Calendar: https://calendar.google.com/calendar/\n",
              ics=ginv(uid1, s1, e1, tom, st2, "CANCEL", "CANCELLED", 1), ics_method="CANCEL",
              sender="Google Calendar <calendar-notification@google.com>", mid_domain="google.com")
    m3 = mail(owner, f"{nia[0]} <{nia[1]}>", f"Dev Anand <{owner}>", "Monday - change of plan",
              T(2026, 4, 17, 16, 35, "Europe/London"),
              "Hi Dev,\n\nApologies for the short notice - Tom is off sick and won't be back before Monday, so I've "
              "cancelled that slot. Aisha Bello from the Payments squad has kindly offered to run the session instead, "
              "on Friday 24th at 2pm (UK time), same format, one hour. A fresh invite is on its way.\n\n"
              "Cheers,\nNia\n\nNia Campbell\nTalent Partner · Quillfeather\n5 Tabernacle Street, London EC2A 4AA\n+44 20 7946 0321\n")
    st4 = T(2026, 4, 17, 16, 40, "Europe/London")
    m4 = mail(owner, f"{nia[0]} <{nia[1]}>", owner,
              f"Invitation: {title} @ Fri 24 Apr 2026 14:00 - 15:00 (BST) ({owner})", st4,
              ginvite_text(title, "Friday 24 Apr 2026 ⋅ 14:00 – 15:00", "United Kingdom Time", nia, [nia, aisha], owner,
                           "Pairing exercise with Aisha Bello. Bring a laptop with Go installed."),
              ics=ginv(uid2, s2, e2, aisha, st4), reply_to=f"{nia[0]} <{nia[1]}>",
              sender="Google Calendar <calendar-notification@google.com>", mid_domain="google.com")
    case("b31-06-cancelled-then-rebooked-new-event", owner,
         [("01-invitation-mon.eml", m1), ("02-cancelled-mon.eml", m2), ("03-nia-change-of-plan.eml", m3), ("04-invitation-fri.eml", m4)],
         [iv("Quillfeather", "Backend Engineer (Go)", s1, e1, "cancelled", [tom[1]], [tom[1]], "technical"),
          iv("Quillfeather", "Backend Engineer (Go)", s2, e2, "scheduled", [aisha[1]], [aisha[1]], "technical")],
         "medium", "positive/cancel-and-rebook",
         "Google invite Mon 09:00 BST cancelled (METHOD:CANCEL), re-booked as a NEW event (new UID) Fri 14:00 with a new interviewer.")


def c07():
    owner = "nadia.kowalski@mail.example"
    hannah = ("Hannah Pryce", "hannah.pryce@ferrovale.example")
    jake = ("Jake Morrow", "jake.morrow@ferrovale.example")
    lina = ("Lina Osei", "lina.osei@ferrovale.example")
    priti = ("Priti Shah", "priti.shah@ferrovale.example")
    role = "Staff Data Engineer"
    s1, e1 = T(2026, 10, 15, 11, 0, "America/New_York"), T(2026, 10, 15, 11, 30, "America/New_York")
    b1 = ("Hi Nadia,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Recruiter Screen\n"
          "Invitee: Nadia Kowalski\nInvitee Email: nadia.kowalski@mail.example\n"
          "Event Date/Time: 11:00am - 11:30am (Eastern Time - US & Canada), Thursday, October 15, 2026\n"
          "Location: Hannah will call you on +1 646 555 0175\n\nHost: Hannah Pryce (Ferro & Vale)\n\n"
          "Cancel or reschedule: https://slotwise.example/cancellations/9b1f\n\nPowered by Slotwise\n")
    ics1 = calendar("REQUEST", [vevent("slotwise-9b1f02c4@slotwise.example", s1, e1, "30 Minute Recruiter Screen - Ferro & Vale",
                    hannah, [(hannah[0], hannah[1], "REQ-PARTICIPANT", "ACCEPTED"), ("Nadia Kowalski", owner)],
                    T(2026, 10, 9, 13, 20, "UTC"), mode="utc", location="+1 646 555 0175")], prodid="-//Slotwise//EN")
    m1 = mail(owner, "Slotwise <notifications@slotwise.example>", owner,
              "New Event: Nadia Kowalski - 11:00am Thu, Oct 15, 2026 - 30 Minute Recruiter Screen", T(2026, 10, 9, 13, 20, "UTC"),
              b1, ics=ics1, ics_mode="invite.ics", reply_to=f"{hannah[0]} <{hannah[1]}>")
    s2, e2 = T(2026, 11, 3, 14, 0, "Europe/London"), T(2026, 11, 3, 16, 30, "Europe/London")
    m2 = mail(owner, f"{hannah[0]} <{hannah[1]}>", f"Nadia Kowalski <{owner}>", "Ferro & Vale - final round details",
              T(2026, 10, 20, 17, 5, "Europe/London"),
              "Hi Nadia,\n\nGreat speaking last week - the team would love to move you to the final round for the "
              "Staff Data Engineer role. It's virtual, on Tuesday 3 November, London time:\n\n"
              "  14:00-14:45  System design - Jake Morrow\n  14:45-15:30  Coding (Python/SQL) - Lina Osei\n"
              "  15:30-15:45  break\n  15:45-16:30  Hiring manager - Priti Shah\n\n"
              "Heads up that the clocks change in between (UK on 25 Oct, US on 1 Nov), so for you in New York that's "
              "9am to 11:30am. Two calendar invites will follow.\n\nBest,\nHannah\n\nHannah Pryce\nTalent Acquisition, Ferro & Vale\n"
              "22 Bishopsgate, London EC2N 4BQ | +44 20 3555 0142\n")
    t3 = "Ferro & Vale final round - Part 1 (System design + Coding)"
    st3 = T(2026, 10, 20, 17, 30, "Europe/London")
    p1s, p1e = s2, T(2026, 11, 3, 15, 30, "Europe/London")
    m3 = mail(owner, f"{hannah[0]} <{hannah[1]}>", owner,
              f"Invitation: {t3} @ Tue 3 Nov 2026 14:00 - 15:30 (GMT) ({owner})", st3,
              ginvite_text(t3, "Tuesday 3 Nov 2026 ⋅ 14:00 – 15:30", "United Kingdom Time", hannah, [hannah, jake, lina], owner),
              ics=calendar("REQUEST", [vevent("0p3rt1fv03nov@google.com", p1s, p1e, t3, hannah,
                           [(jake[0], jake[1]), (lina[0], lina[1]), (owner, owner)], st3)]),
              reply_to=f"{hannah[0]} <{hannah[1]}>", sender="Google Calendar <calendar-notification@google.com>", mid_domain="google.com")
    t4 = "Ferro & Vale final round - Part 2 (Hiring manager)"
    p2s = T(2026, 11, 3, 15, 45, "Europe/London")
    st4 = T(2026, 10, 20, 17, 32, "Europe/London")
    m4 = mail(owner, f"{hannah[0]} <{hannah[1]}>", owner,
              f"Invitation: {t4} @ Tue 3 Nov 2026 15:45 - 16:30 (GMT) ({owner})", st4,
              ginvite_text(t4, "Tuesday 3 Nov 2026 ⋅ 15:45 – 16:30", "United Kingdom Time", hannah, [hannah, priti], owner),
              ics=calendar("REQUEST", [vevent("0p3rt2fv03nov@google.com", p2s, e2, t4, hannah,
                           [(priti[0], priti[1]), (owner, owner)], st4)]),
              reply_to=f"{hannah[0]} <{hannah[1]}>", sender="Google Calendar <calendar-notification@google.com>", mid_domain="google.com")
    case("b31-07-screen-then-virtual-final-round", owner,
         [("01-slotwise-new-event.eml", m1), ("02-hannah-final-round.eml", m2), ("03-invitation-part1.eml", m3), ("04-invitation-part2.eml", m4)],
         [iv("Ferro & Vale", role, s1, e1, "scheduled", [hannah[1]], [hannah[1]], "phone_screen"),
          iv("Ferro & Vale", role, s2, e2, "scheduled", [jake[1], lina[1], priti[1]], [jake[1], lina[1], priti[1]], "onsite")],
         "hard", "positive/two-interviews-screen-then-onsite",
         "Scheduling-link screen (ET) then a London final round sent as two invites -> one onsite 14:00-16:30 GMT (after both DST switches).")


def c08():
    owner = "mei.tanaka@example.com"
    jo = ("Jo Whitlam", "jo.whitlam@harbourline.example")
    cal = ("Callum Fraser", "callum.fraser@harbourline.example")
    s, e = T(2026, 4, 7, 10, 30, "Australia/Sydney"), T(2026, 4, 7, 11, 15, "Australia/Sydney")
    m1 = mail(owner, f"{jo[0]} <{jo[1]}>", f"Mei Tanaka <{owner}>", "Claims Data Analyst - chat with Callum",
              T(2026, 4, 1, 15, 10, "Australia/Sydney"),
              "Hi Mei,\n\nLovely to chat this arvo. As promised - Callum Fraser, our Head of Claims Analytics, would like "
              "to meet you properly. Would Tuesday next week (the 7th) at half past ten suit? It'll be a video call, "
              "roughly 45 minutes. He'll send a Teams invite from his calendar.\n\n"
              "Just flagging that daylight saving ends this Sunday, so make sure your laptop clock has caught up!\n\n"
              "Cheers,\nJo\n\nJo Whitlam | Talent Acquisition Advisor\nHarbourline Insurance\n"
              "Level 14, 60 Margaret Street, Sydney NSW 2000 | 02 5550 1184\n", cte="quoted-printable")
    WIN = "AUS Eastern Standard Time"
    ics = calendar("REQUEST", [vevent("040000008200E00074C5B7101A82E0080000000090AA21D4C0C1DC01000000000000000010000000HL07", s, e,
                   "Mei Tanaka / Callum Fraser - Claims Data Analyst", cal,
                   [("Mei Tanaka", owner), (jo[0], jo[1], "OPT-PARTICIPANT")], T(2026, 4, 1, 16, 2, "Australia/Sydney"),
                   description="Conversation about the Claims Data Analyst role.\n\nMicrosoft Teams meeting\nMeeting ID: 418 220 775 093",
                   location="Microsoft Teams Meeting", tzid=WIN,
                   extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])],
                   prodid="Microsoft Exchange Server 2010", tzids=[WIN])
    m3 = mail(owner, f"{jo[0]} <{jo[1]}>", f"Mei Tanaka <{owner}>", "Re: Claims Data Analyst - chat with Callum",
              T(2026, 4, 6, 16, 45, "Australia/Sydney"),
              "Hi Mei - all set for tomorrow at 10:30 with Callum? He's keen. Teams link is in his invite.\n\nJo\n\n"
              "> Would Tuesday next week (the 7th) at half past ten suit?\n", in_reply_to=m1["Message-ID"])
    case("b31-08-sydney-dst-end-between-mail-and-interview", owner,
         [("01-jo-chat-with-callum.eml", m1), ("02-teams-invite.ics", ics), ("03-re-tomorrow.eml", m3)],
         [iv("Harbourline Insurance", "Claims Data Analyst", s, e, "scheduled", [cal[1]], [cal[1]], "hiring_manager")],
         "hard", "positive/dst-edge-multi-channel",
         "Mail sent at +11:00 ('half past ten'), Sydney DST ends Apr 5, interview Apr 7 10:30 AEST +10:00; "
         "standalone Outlook .ics with Windows TZID; reminder 'tomorrow at 10:30'.")


def c09():
    owner = "rohit.kulkarni@mail.example"
    anj = ("Anjali Deshpande", "anjali.d@peepalcommerce.example")
    sam = ("Sameer Kohli", "sameer.kohli@peepalcommerce.example")
    neha = ("Neha Bhatt", "neha.bhatt@peepalcommerce.example")
    s, e = T(2026, 8, 18, 14, 0, "Asia/Kolkata"), T(2026, 8, 18, 15, 0, "Asia/Kolkata")
    html = ("<!DOCTYPE html><html><body style=\"margin:0;background:#f4f4f4\"><table width=\"600\" align=\"center\" "
            "style=\"background:#fff;font-family:Helvetica\"><tr><td style=\"padding:24px\">"
            "<img src=\"https://cdn.kwikhire.example/peepal/logo.png\" alt=\"Peepal Commerce\"><h2>Interview Scheduled</h2>"
            "<p>Dear Rohit Kulkarni,</p><p>Greetings from Peepal Commerce! Your interview for the position of "
            "<b>Senior Android Developer</b> has been scheduled. Details below:</p>"
            "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
            "<tr><td>Round</td><td>Round 2 - Technical (Panel)</td></tr>"
            "<tr><td>Date</td><td>18-Aug-2026</td></tr><tr><td>Time</td><td>14:00 IST</td></tr>"
            "<tr><td>Duration</td><td>60 mins</td></tr><tr><td>Mode</td><td>Google Meet - meet.example/pcx-rnd2</td></tr>"
            f"<tr><td>Panel</td><td>{anj[0]} (<a href=\"mailto:{anj[1]}\">{anj[1]}</a>), "
            f"{sam[0]} (<a href=\"mailto:{sam[1]}\">{sam[1]}</a>)</td></tr></table>"
            "<p>Kindly join 5 minutes early with a stable internet connection and keep your government ID handy.</p>"
            f"<p>Regards,<br>{neha[0]}<br>Talent Acquisition, Peepal Commerce<br>Prestige Tech Park, Outer Ring Road, "
            "Bengaluru 560103<br>+91 80 5550 4412</p>"
            "<p style=\"font-size:11px;color:#888\">This is a system generated mail from Kwikhire. Please do not reply.</p>"
            "</td></tr></table></body></html>")
    m1 = mail(owner, "Peepal Commerce Careers <careers-noreply@kwikhire.example>", owner,
              "Interview Scheduled | Senior Android Developer | Round 2", T(2026, 8, 12, 11, 47, "Asia/Kolkata"),
              html=html, html_cte="base64")
    m2 = mail(owner, f"{neha[0]} <{neha[1]}>", f"Rohit <{owner}>", "Reminder: Round 2 tomorrow",
              T(2026, 8, 17, 18, 2, "Asia/Kolkata"),
              "Hi Rohit,\n\nGentle reminder - your Round 2 technical with Anjali and Sameer is tomorrow at 2 PM. "
              "Please confirm your availability by replying to this mail.\n\nThanks & Regards,\nNeha Bhatt\n"
              "Talent Acquisition | Peepal Commerce | +91 98450 55501\n")
    case("b31-09-html-only-ats-panel-ist-plus-reminder", owner,
         [("01-interview-scheduled.eml", m1), ("02-reminder-round2.eml", m2)],
         [iv("Peepal Commerce", "Senior Android Developer", s, e, "scheduled", [anj[1], sam[1]], [anj[1], sam[1]], "onsite")],
         "medium", "positive/html-only-ats-plus-reminder",
         "HTML-only base64 ATS table (14:00 IST, two panelists with mailto links) + recruiter reminder '2 PM tomorrow'.")


def c10():
    owner = "claire.dubois@example.com"
    sam = ("Sam Reyes", "sam.reyes@northpeak.example")
    oli = ("Olivia Tran", "otran@gravenhurstfoods.example")
    pat = ("Patrick Leung", "pleung@gravenhurstfoods.example")
    s, e = T(2026, 2, 18, 12, 0, "America/Toronto"), T(2026, 2, 18, 13, 0, "America/Toronto")
    m1 = mail(owner, f"{sam[0]} <{sam[1]}>", f"Claire Dubois <{owner}>", "Fwd: Interview confirmation - Supply Chain Planner",
              T(2026, 2, 11, 15, 26, "America/Toronto"),
              "Hi Claire,\n\nGood news - Gravenhurst confirmed you for next Wednesday, see below. Please arrive 10 "
              "minutes early and bring a printed copy of your resume. Call me after and let me know how it went!\n\n"
              "Sam\n\nSam Reyes | Senior Consultant, Supply Chain\nNorthpeak Talent | 416-555-0139\n\n"
              "---------- Forwarded message ---------\n"
              f"From: {oli[0]} <{oli[1]}>\nDate: Wed, Feb 11, 2026 at 2:58 PM\n"
              "Subject: Interview confirmation - Supply Chain Planner\n"
              f"To: {sam[0]} <{sam[1]}>\nCc: {pat[0]} <{pat[1]}>\n\n"
              "Hi Sam,\n\nThanks for sending Claire's profile over. We'd like to meet her in person on Wednesday, "
              "February 18 at noon with Patrick Leung, our Director of Demand & Supply Planning. Please plan for about "
              "an hour.\n\nLocation: Gravenhurst Foods, 5100 Spectrum Way, 3rd floor, Mississauga ON L4W 5S2. "
              "Visitor parking at the front; check in at reception.\n\nRegards,\nOlivia Tran\nHR Generalist | Gravenhurst Foods\n"
              "T 905-555-0117\n")
    ev = gcal("7d3ngrvhrstclaire", "Gravenhurst interview (Patrick Leung) - Mississauga", s, e, ("Claire Dubois", owner),
              [], owner, T(2026, 2, 11, 15, 40, "America/Toronto"),
              description="Supply Chain Planner. 5100 Spectrum Way 3rd fl. Arrive 11:50. Sam: 416-555-0139",
              location="5100 Spectrum Way, Mississauga, ON")
    case("b31-10-agency-forward-plus-own-calendar-entry", owner,
         [("01-fwd-interview-confirmation.eml", m1), ("02-own-event.gcal.json", ev)],
         [iv("Gravenhurst Foods", "Supply Chain Planner", s, e, "scheduled", [pat[1]], [pat[1]], "hiring_manager")],
         "medium", "positive/forwarded-plus-self-event",
         "Agency recruiter forwards client HR's confirmation ('noon', 1 hour, Toronto EST); user copied it into own calendar (no attendees).")


def c11():
    owner = "lucas.ferreira@mail.example"
    bia = ("Beatriz Moura", "bia@jabuticabapay.example")
    s, e = T(2026, 10, 22, 14, 0, "America/Sao_Paulo"), T(2026, 10, 22, 14, 40, "America/Sao_Paulo")
    m1 = mail(owner, f"{bia[0]} <{bia[1]}>", f"Lucas Ferreira <{owner}>", "Conversa final - Head of Growth",
              T(2026, 10, 15, 20, 12, "America/Sao_Paulo"),
              "Oi Lucas, tudo bem?\n\nO time adorou as conversas com você. Como último passo do processo para Head of "
              "Growth eu queria bater um papo direto com você - sou a cofundadora e CEO aqui. Que tal quinta-feira, "
              "22/10, às 14h (horário de Brasília)? Uns 40 minutinhos, pelo Meet.\n\nAbraço,\nBia\n\n"
              "Beatriz Moura\nCEO & cofundadora | Jabuticaba Pay\nAv. Paulista, 1842 - São Paulo/SP\n+55 11 95555-0123\n",
              cte="quoted-printable")
    m2 = mail(owner, f"{bia[0]} <{bia[1]}>", f"Lucas Ferreira <{owner}>", "Re: Conversa final - Head of Growth",
              T(2026, 10, 16, 9, 3, "America/Sao_Paulo"),
              "Combinado, Lucas! Acabei de mandar o convite. Até quinta.\n\nBia\n\n"
              "Em qui., 15 de out. de 2026 às 21:40, Lucas Ferreira <lucas.ferreira@mail.example> escreveu:\n"
              "> Oi Bia! Quinta às 14h funciona perfeitamente. Obrigado!\n>\n"
              "> Em qui., 15 de out. de 2026 às 20:12, Beatriz Moura <bia@jabuticabapay.example> escreveu:\n"
              ">> Que tal quinta-feira, 22/10, às 14h (horário de Brasília)?\n", in_reply_to=m1["Message-ID"],
              cte="quoted-printable")
    ev = gcal("0jbtc4bpayfinal22", "Lucas <> Bia (conversa final)", s, e, bia,
              [(bia[0], bia[1]), ("Lucas Ferreira", owner)], owner, T(2026, 10, 16, 9, 1, "America/Sao_Paulo"),
              description="Conversa final - processo Head of Growth", meet="jbt-fnal-luc")
    case("b31-11-founder-final-chat-portuguese", owner,
         [("01-conversa-final.eml", m1), ("02-re-combinado.eml", m2), ("03-event.gcal.json", ev)],
         [iv("Jabuticaba Pay", "Head of Growth", s, e, "scheduled", [bia[1]], [bia[1]], "hiring_manager")],
         "medium", "positive/founder-chat-non-english",
         "CEO/founder final chat in Portuguese ('às 14h', horário de Brasília, -03:00, no DST) + confirming reply + API event.")


def c12():
    owner = "ethan.cole@example.com"
    coord = ("Yumi Ishikawa", "y.ishikawa@shirokane-robotics.example")
    ken = ("Kenji Arai", "k.arai@shirokane-robotics.example")
    yuki = ("Yuki Mori", "y.mori@shirokane-robotics.example")
    har = ("Haruto Sato", "h.sato@shirokane-robotics.example")
    tz = "Asia/Tokyo"
    sess = [(T(2026, 6, 17, 10, 0, tz), T(2026, 6, 17, 11, 0, tz), ken, "Motion planning deep dive"),
            (T(2026, 6, 17, 11, 0, tz), T(2026, 6, 17, 12, 0, tz), yuki, "C++ coding session"),
            (T(2026, 6, 17, 13, 0, tz), T(2026, 6, 17, 14, 0, tz), har, "Conversation with VP Engineering")]
    m1 = mail(owner, f"{coord[0]} <{coord[1]}>", f"Ethan Cole <{owner}>", "Onsite interview schedule - 17 June",
              T(2026, 6, 9, 17, 30, tz),
              "Dear Ethan,\n\nThank you for making the trip to Tokyo. Here is your onsite schedule for Wednesday, "
              "17 June at our Shinagawa office (Shirokane Robotics, 2-16-3 Konan, Minato-ku, Tokyo 108-0075, 9F):\n\n"
              "10:00 - 11:00  Motion planning deep dive (Kenji Arai)\n11:00 - 12:00  C++ coding session (Yuki Mori)\n"
              "12:00 - 13:00  Lunch with the team (informal)\n13:00 - 14:00  Conversation with VP Engineering (Haruto Sato)\n\n"
              "Please come to reception on 1F by 9:45. I will send a separate calendar file for each session.\n\n"
              "Best regards,\nYumi Ishikawa\nRecruiting Coordinator | Shirokane Robotics Inc.\nTel: +81-3-5555-0198\n")
    items = [("01-onsite-schedule.eml", m1)]
    WIN = "Tokyo Standard Time"
    for i, (a, b, who, title) in enumerate(sess, 2):
        ics = calendar("REQUEST", [vevent(f"SRB-ONSITE-0617-{i}@shirokane-robotics.example", a, b,
                       f"[Onsite] Ethan Cole - {title}", coord, [(who[0], who[1]), ("Ethan Cole", owner)],
                       T(2026, 6, 9, 17, 40 + i, tz), description=f"Robotics Software Engineer onsite interview. Interviewer: {who[0]}",
                       location="Shirokane Robotics 9F Meeting Room Hakone", tzid=WIN)],
                       prodid="Microsoft Exchange Server 2010", tzids=[WIN])
        items.append((f"0{i}-onsite-session-{i - 1}.ics", ics))
    case("b31-12-tokyo-onsite-three-ics-with-lunch", owner, items,
         [iv("Shirokane Robotics", "Robotics Software Engineer", sess[0][0], sess[-1][1], "scheduled",
             [ken[1], yuki[1], har[1]], [ken[1], yuki[1], har[1]], "onsite")],
         "medium", "positive/onsite-multi-ics",
         "Coordinator itinerary + three standalone .ics (Tokyo Standard Time) with a lunch gap -> one onsite 10:00-14:00 +09:00.")


def c13():
    owner = "grace.lin@mail.example"
    rec = ("Tama Wiremu", "tama.wiremu@kowhaienergy.example")
    aro = ("Aroha Ngata", "aroha.ngata@kowhaienergy.example")
    benw = ("Ben Whitfield", "ben.whitfield@kowhaienergy.example")
    s, e = T(2026, 9, 29, 9, 30, "Pacific/Auckland"), T(2026, 9, 29, 10, 30, "Pacific/Auckland")
    m1 = mail(owner, f"{rec[0]} <{rec[1]}>", f"Grace Lin <{owner}>", "Kōwhai Energy - panel interview",
              T(2026, 9, 22, 13, 15, "Pacific/Auckland"),
              "Kia ora Grace,\n\nThanks for your application for the Asset Management Engineer role. We'd love to invite you "
              "to a panel interview on Tuesday 29 September at 9.30am NZ time with Aroha Ngata (Asset Strategy Manager) and "
              "Ben Whitfield (Principal Engineer). Allow an hour. It's on Teams - invite coming from Aroha.\n\n"
              "Ngā mihi,\nTama\n\nTama Wiremu | Recruitment Advisor | Kōwhai Energy\n"
              "Level 3, 12 Customs Street East, Auckland 1010 | +64 9 555 0172\n", cte="quoted-printable")
    WIN = "New Zealand Standard Time"
    ics = calendar("REQUEST", [vevent("040000008200E00074C5B7101A82E00800000000F01B6E77A44DDC010000000000000000100000KWH", s, e,
                   "Panel interview - Grace Lin (Asset Management Engineer)", aro,
                   [(benw[0], benw[1]), ("Grace Lin", owner), (rec[0], rec[1], "OPT-PARTICIPANT")],
                   T(2026, 9, 22, 14, 0, "Pacific/Auckland"), description="Panel: Aroha Ngata, Ben Whitfield. Teams link below.",
                   location="Microsoft Teams Meeting", tzid=WIN, extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])],
                   prodid="Microsoft Exchange Server 2010", tzids=[WIN])
    txt = ("When: Tuesday, 29 September 2026 9:30 a.m.-10:30 a.m. (UTC+12:00) Auckland, Wellington.\n"
           "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nPanel: Aroha Ngata, Ben Whitfield.\n")
    m2 = mail(owner, f"{aro[0]} <{aro[1]}>", f"{benw[0]} <{benw[1]}>, Grace Lin <{owner}>",
              "Panel interview - Grace Lin (Asset Management Engineer)", T(2026, 9, 22, 14, 0, "Pacific/Auckland"),
              txt, ics=ics, ics_mode="alt", cc=f"{rec[0]} <{rec[1]}>",
              extra={"Content-class": "urn:content-classes:calendarmessage"})
    m3 = mail(owner, f"{rec[0]} <{rec[1]}>", f"Grace Lin <{owner}>", "Re: Kōwhai Energy - panel interview",
              T(2026, 9, 28, 11, 5, "Pacific/Auckland"),
              "Hi Grace, quick reminder for tomorrow 9:30am. Note the clocks went forward on Sunday, so double-check "
              "your calendar shows the right time!\n\nTama\n", in_reply_to=m1["Message-ID"])
    case("b31-13-auckland-panel-across-dst-start", owner,
         [("01-panel-interview.eml", m1), ("02-teams-invite.eml", m2), ("03-reminder.eml", m3)],
         [iv("Kōwhai Energy", "Asset Management Engineer", s, e, "scheduled", [aro[1], benw[1]], [aro[1], benw[1]], "onsite")],
         "hard", "positive/dst-edge-panel",
         "NZ DST starts Sep 27; mail sent at +12:00, interview Sep 29 9:30 NZDT +13:00 (When-line shows UTC+12:00 label).")


# ====================================================================== negatives
def c14():
    owner = "sam.okoro@example.com"
    me = ("Sam Okoro", owner)
    tz = "America/New_York"
    e1 = gcal("4prepvltrx0504", "Prep for interview - Veltrix (review STAR stories!)", T(2026, 5, 4, 7, 30, tz),
              T(2026, 5, 4, 8, 30, tz), me, [], owner, T(2026, 4, 29, 21, 10, tz),
              description="Re-read the job description, rehearse 'tell me about yourself', check the Glassdoor reviews.")
    e2 = gcal("4travelvltrx0504", "Interview - travel time", T(2026, 5, 4, 8, 30, tz), T(2026, 5, 4, 9, 15, tz), me, [],
              owner, T(2026, 4, 29, 21, 12, tz), description="Subway to Hudson Yards, leave buffer")
    e3 = gcal("4debriefself0504", "Write up interview notes + send thank-you", T(2026, 5, 4, 12, 0, tz),
              T(2026, 5, 4, 12, 30, tz), me, [], owner, T(2026, 4, 29, 21, 14, tz))
    case("b31-14-own-calendar-blocks-around-interview", owner,
         [("01-prep.gcal.json", e1), ("02-travel.gcal.json", e2), ("03-notes.gcal.json", e3)],
         [], "hard", "negative/own-calendar-blocks",
         "Only the user's own solo blocks (prep, travel time, thank-you notes); no interview event or message from a company.")


def c15():
    owner = "maria.santos@mail.example"
    jill = ("Jill Park", "jill.park@orbiton-aero.example")
    m1 = mail(owner, f"{jill[0]} <{jill[1]}>", f"Maria Santos <{owner}>",
              "Re: Interview confirmation - Propulsion Test Engineer", T(2026, 3, 27, 16, 40, "America/New_York"),
              "Hi Maria,\n\nThank you for taking the time to interview with Dr. Kessel and the test team on Tuesday. "
              "It was a genuinely difficult decision, but we have decided to move forward with another candidate whose "
              "experience more closely matches our current needs.\n\nWe'll keep your resume on file and encourage you to "
              "apply for future roles.\n\nBest regards,\nJill Park\nUniversity & Technical Recruiting | Orbiton Aerospace\n"
              "+1 (321) 555-0184\n\n"
              "On Mon, Mar 16, 2026 at 9:12 AM Jill Park <jill.park@orbiton-aero.example> wrote:\n"
              "> Hi Maria,\n>\n> Your interview is confirmed for Tuesday, March 24 at 2pm ET with Dr. Anton Kessel\n"
              "> (anton.kessel@orbiton-aero.example), Propulsion Test Lead. Plan for 60 minutes at Building 4,\n"
              "> 1200 Launch Way, Titusville FL. Please bring a photo ID for the security desk.\n>\n> Jill\n",
              in_reply_to="<CAF=orbiton.0316.jill@mail.orbiton-aero.example>")
    m2 = mail(owner, "Orbiton Aerospace Careers <careers-noreply@orbiton-aero.example>", owner,
              "Update on your application - Propulsion Test Engineer (R-10482)", T(2026, 3, 27, 20, 41, "UTC"),
              "Dear Maria,\n\nThe status of your application for Propulsion Test Engineer (R-10482) has changed to: "
              "Not selected.\n\nThank you for your interest in Orbiton Aerospace.\n\nThis mailbox is not monitored.\n")
    case("b31-15-rejection-quoting-interview-confirmation", owner,
         [("01-re-interview-confirmation.eml", m1), ("02-status-update.eml", m2)],
         [], "hard", "negative/rejection-quotes-interview",
         "Rejection reply that quotes the original confirmation (past interview only in quoted text) + ATS status mail.")


def c16():
    owner = "rachel.yuen@example.com"
    coord = ("Leo Martins", "leo.martins@pinegrove.example")
    cand = ("Daniel Osei", "daniel.osei@mail.example")
    s, e = T(2026, 7, 9, 14, 0, "America/New_York"), T(2026, 7, 9, 15, 0, "America/New_York")
    ics = calendar("REQUEST", [vevent("pg-loop-88121-rachel@pinegrove.example", s, e,
                   "Interview: Daniel Osei - Senior Backend Engineer (System Design)", coord,
                   [("Rachel Yuen", owner), (cand[0], cand[1])], T(2026, 7, 2, 15, 0, "America/New_York"),
                   description="Interviewer: Rachel Yuen. Focus area: system design. Scorecard due within 24h.")],
                   prodid="-//Google Inc//Google Calendar 70.9054//EN")
    m1 = mail(owner, f"{coord[0]} <{coord[1]}>", owner,
              f"Invitation: Interview: Daniel Osei - Senior Backend Engineer (System Design) @ Thu Jul 9, 2026 2pm - 3pm (EDT) ({owner})",
              T(2026, 7, 2, 15, 0, "America/New_York"),
              ginvite_text("Interview: Daniel Osei - Senior Backend Engineer (System Design)", "Thursday Jul 9, 2026 ⋅ 2pm – 3pm",
                           "Eastern Time - New York", coord, [coord, cand], owner,
                           "Interviewer: Rachel Yuen. Focus area: system design. Scorecard due within 24h."),
              ics=ics, sender="Google Calendar <calendar-notification@google.com>", mid_domain="google.com")
    m2 = mail(owner, "Pinegrove Hiring <notifications@talentwell-mail.example>", owner,
              "Reminder: You're interviewing Daniel Osei tomorrow", T(2026, 7, 8, 13, 0, "UTC"),
              "Hi Rachel,\n\nYou're on the interview panel for Daniel Osei (Senior Backend Engineer) tomorrow at 2pm ET.\n\n"
              "Your focus area: System design\nInterview kit: https://pinegrove.talentwell.example/kits/88121\n\n"
              "Please submit your scorecard within 24 hours of the interview.\n\nThanks for helping us hire!\n")
    case("b31-16-user-is-the-interviewer-invite-and-reminder", owner,
         [("01-invitation-interview-daniel.eml", m1), ("02-reminder-you-are-interviewing.eml", m2)],
         [], "hard", "negative/user-is-interviewer",
         "Owner sits on the panel: calendar invite titled 'Interview: <candidate>' and ATS interviewer reminder with scorecard.")


def c17():
    owner = "kofi.mensah@mail.example"
    r = ("Whitney Lowe", "whitney.lowe@alderhealth.example")
    m1 = mail(owner, f"{r[0]} <{r[1]}>", f"Kofi Mensah <{owner}>", "Clinical Data Manager - quick call?",
              T(2026, 9, 8, 10, 14, "America/Chicago"),
              "Hi Kofi,\n\nI came across your profile and think you'd be a strong candidate for our Clinical Data Manager "
              "role. Would you be open to a 20-30 minute intro call sometime next week so we can find a time that works "
              "to talk through the role and next steps in our interview process? Feel free to grab any open slot: "
              "https://slotwise.example/whitney-lowe/intro\n\nWhitney Lowe\nTalent Acquisition | Alder Health\n"
              "600 W. Jackson Blvd, Chicago IL | 312-555-0160\n")
    m2 = mail(owner, f"{r[0]} <{r[1]}>", f"Kofi Mensah <{owner}>", "Re: Clinical Data Manager - quick call?",
              T(2026, 9, 9, 8, 30, "America/Chicago"),
              "Thanks Kofi! Let me check with the hiring manager on her calendar too - I'll circle back with a "
              "confirmed time shortly.\n\nWhitney\n\n"
              "On Tue, Sep 8, 2026 at 4:02 PM Kofi Mensah <kofi.mensah@mail.example> wrote:\n"
              "> Hi Whitney, thanks for reaching out - I'd be happy to chat. Tuesday after 2pm ET or Wednesday morning\n"
              "> would work best for me.\n", in_reply_to=m1["Message-ID"])
    case("b31-17-recruiter-lets-find-a-time", owner,
         [("01-quick-call.eml", m1), ("02-re-let-me-check.eml", m2)],
         [], "medium", "negative/unbooked-scheduling",
         "Recruiter outreach with a scheduling link, candidate offers windows ('Tuesday after 2pm ET'), nothing is booked.")


def c18():
    owner = "yara.haddad@example.com"
    b = ("Hi Yara,\n\nThanks for applying to Corvane Retail for the Store Operations Analyst role! The next step is a "
         "one-way video interview: you'll answer 5 questions on camera at a time that suits you. There's no live "
         "interviewer - you can complete it anytime before Friday, October 9 at 11:59pm PT.\n\n"
         "Start your interview: https://corvane.vidscreen.example/i/7Q2KX\n\nGood luck!\nCorvane Retail Recruiting\n"
         "Powered by VidScreen\n")
    m1 = mail(owner, "Corvane Retail via VidScreen <no-reply@vidscreen.example>", owner,
              "Action required: Complete your video interview for Corvane Retail", T(2026, 10, 2, 17, 0, "UTC"), b, html=html_of(b))
    b2 = ("Hi Yara,\n\nFriendly reminder: your on-demand video interview for Store Operations Analyst expires tomorrow "
          "at 11:59pm PT. It only takes about 20 minutes.\n\nStart now: https://corvane.vidscreen.example/i/7Q2KX\n")
    m2 = mail(owner, "Corvane Retail via VidScreen <no-reply@vidscreen.example>", owner,
              "Reminder: your Corvane Retail interview expires tomorrow", T(2026, 10, 8, 17, 0, "UTC"), b2, cte="base64")
    case("b31-18-one-way-video-interview-and-reminder", owner,
         [("01-action-required.eml", m1), ("02-reminder-expires.eml", m2)],
         [], "medium", "negative/one-way-video",
         "Asynchronous one-way video 'interview' with deadline and reminder; no live conversation.")


def c19():
    owner = "ines.carvalho@example.com"
    host = ("Jamie Arkwright", "jamie@buildlogpod.example")
    s, e = T(2026, 5, 21, 17, 0, "Europe/Lisbon"), T(2026, 5, 21, 18, 0, "Europe/Lisbon")
    m1 = mail(owner, f"{host[0]} <{host[1]}>", f"Inês Carvalho <{owner}>", "The Build Log - interview booked!",
              T(2026, 5, 12, 11, 0, "Europe/London"),
              "Hi Inês,\n\nBrilliant - you're booked for the podcast interview on Thursday 21 May at 5pm Lisbon time "
              "(same as London). We'll record for ~45 min on Riverside, then I edit it down. I'll send a few topic "
              "questions in advance (your talk on data contracts, your career switch from chemistry).\n\n"
              "Calendar invite attached.\n\nJamie\nHost, The Build Log podcast\n")
    ics = calendar("REQUEST", [vevent("buildlog-ep112@buildlogpod.example", s, e, "The Build Log - interview recording w/ Inês Carvalho",
                   host, [("Inês Carvalho", owner)], T(2026, 5, 12, 11, 0, "Europe/London"),
                   description="Podcast interview recording, episode 112. Riverside studio link to follow.")],
                   prodid="-//Fastmail//Calendar//EN")
    m1.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="buildlog-recording.ics",
                      params={"method": "REQUEST"})
    case("b31-19-podcast-interview-booked", owner, [("01-interview-booked.eml", m1)],
         [], "medium", "negative/podcast",
         "Podcast interview recording with .ics attached; user is the guest, not a job candidate.")


def c20():
    owner = "arjun.pillai@mail.example"
    s = T(2026, 11, 19, 8, 45, "America/New_York")
    b = ("APPOINTMENT CONFIRMATION\n\nApplicant: ARJUN PILLAI\nVisa class: H-1B\nAppointment type: Consular Interview\n"
         "Date: 19 November 2026\nTime: 08:45 AM\nLocation: Consulate General, Visa Section, 871 Example Plaza, New York\n\n"
         "Please arrive 15 minutes before your scheduled interview time with your passport, DS-160 confirmation "
         "page, employer petition approval notice and this confirmation. Electronic devices are not permitted.\n\n"
         "To reschedule, sign in to your account. Do not reply to this email.\n")
    m1 = mail(owner, "Visa Appointment Service <no-reply@visa-appointments.example>", owner,
              "Visa interview appointment confirmation - ARJUN PILLAI", T(2026, 10, 30, 14, 12, "UTC"), b, cte="quoted-printable")
    ics = calendar("PUBLISH", [vevent("VAS-2026-1119-884512@visa-appointments.example", s, s + timedelta(hours=1),
                   "Visa interview - Consular section", ("Visa Appointment Service", "no-reply@visa-appointments.example"),
                   [("ARJUN PILLAI", owner)], T(2026, 10, 30, 14, 12, "UTC"),
                   description="Bring passport, DS-160 confirmation, I-797.", location="871 Example Plaza, New York")],
                   prodid="-//VAS//Appointments//EN")
    case("b31-20-visa-interview-appointment", owner,
         [("01-visa-appointment.eml", m1), ("02-appointment.ics", ics)],
         [], "medium", "negative/non-job-interview",
         "Consular visa interview appointment (mail + .ics); mentions employer petition but is not a job interview.")


def c21():
    owner = "hana.kim@example.com"
    res = ("Priya Natarajan", "priya.n@hirelytics-research.example")
    s, e = T(2026, 8, 26, 14, 0, "America/New_York"), T(2026, 8, 26, 15, 0, "America/New_York")
    m1 = mail(owner, f"{res[0]} <{res[1]}>", f"Hana Kim <{owner}>", "Confirmed: candidate experience interview (Aug 26, 2pm ET)",
              T(2026, 8, 20, 10, 30, "America/New_York"),
              "Hi Hana,\n\nThanks for signing up for our research study! You're confirmed for a 60-minute interview on "
              "Wednesday, August 26 at 2pm ET. We're a team building recruiting software and want to hear about your "
              "recent experience as a job candidate - how you found roles, how scheduling went, what frustrated you. "
              "There are no right answers, and you'll receive a $100 gift card as a thank-you.\n\n"
              "Zoom link: https://zoom.example/j/55501923\n\nPriya Natarajan\nUX Researcher, Hirelytics\n")
    ev = gcal("hlx0826researchhana", "Hirelytics research interview (candidate experience) - $100", s, e, res,
              [(res[0], res[1]), ("Hana Kim", owner)], owner, T(2026, 8, 20, 10, 32, "America/New_York"),
              description="Paid user-research session about your job search. Zoom: https://zoom.example/j/55501923")
    case("b31-21-paid-candidate-experience-research", owner,
         [("01-confirmed-research-interview.eml", m1), ("02-event.gcal.json", ev)],
         [], "hard", "negative/user-research",
         "Paid user-research 'candidate experience interview' with confirmed time and API event; not a hiring process.")


def c22():
    owner = "tom.becker@example.com"
    hr = ("Alina Petrova", "alina.petrova@meadowsoft.example")
    s, e = T(2026, 2, 27, 15, 0, "Europe/Berlin"), T(2026, 2, 27, 15, 30, "Europe/Berlin")
    m1 = mail(owner, f"{hr[0]} <{hr[1]}>", f"Tom Becker <{owner}>", "Your exit interview before your last day",
              T(2026, 2, 20, 11, 0, "Europe/Berlin"),
              "Hi Tom,\n\nAs your last day at Meadowsoft is coming up, I'd like to schedule a short exit interview - "
              "Friday 27 Feb, 15:00 for half an hour. It's confidential and helps us improve as an employer. I'll also "
              "walk you through returning your laptop and badge.\n\nI've sent a calendar invite to your personal "
              "address since your work account will be deactivated.\n\nBest,\nAlina\nPeople Team, Meadowsoft GmbH\n")
    ev = gcal("mdwexit0227tom", "Exit interview - Tom Becker", s, e, hr, [(hr[0], hr[1]), ("Tom Becker", owner)], owner,
              T(2026, 2, 20, 11, 3, "Europe/Berlin"), description="Exit interview + equipment return checklist.")
    case("b31-22-exit-interview-current-employer", owner,
         [("01-exit-interview.eml", m1), ("02-event.gcal.json", ev)],
         [], "medium", "negative/exit-interview",
         "HR exit interview with the user's departing employer (mail + API event); not a hiring process.")


if __name__ == "__main__":
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    write_all()
    print(f"wrote {len(CASES)} cases")
