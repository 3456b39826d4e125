#!/usr/bin/env python3
"""Deterministic generator for the blind45 set (calendar-first evidence).

Rewrites every case folder and labels.yaml. stdlib + PyYAML + zoneinfo only.
All people, companies and domains are invented (.example / example.com).
"""
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
CASES = {}


def Z(name):
    return ZoneInfo(name)


def dt(tz, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=Z(tz))


def iso(x):
    return x.isoformat() if x is not None else None


def utcstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def rfc3339(x):
    return x.isoformat()


# ---------------------------------------------------------------- iCalendar
def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        e = ch.encode("utf-8")
        if len(cur) + len(e) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += e
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def _off(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return f"{sign}{s // 3600:02d}{(s % 3600) // 60:02d}"


def vtimezone(tzid, iana, dst_rule=None, std_rule=None):
    """VTIMEZONE whose offsets come from zoneinfo (Jan/Jul of 2026)."""
    z = Z(iana)
    jan = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    jul = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()
    std, dst = (jan, jul) if jan <= jul else (jul, jan)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if std == dst or not dst_rule:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000",
                  f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(std)}", "END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", f"DTSTART:{std_rule[0]}", f"TZOFFSETFROM:{_off(dst)}",
                  f"TZOFFSETTO:{_off(std)}", f"RRULE:{std_rule[1]}", "END:STANDARD",
                  "BEGIN:DAYLIGHT", f"DTSTART:{dst_rule[0]}", f"TZOFFSETFROM:{_off(std)}",
                  f"TZOFFSETTO:{_off(dst)}", f"RRULE:{dst_rule[1]}", "END:DAYLIGHT"]
    return lines + ["END:VTIMEZONE"]


US_RULES = dict(dst_rule=("16010101T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
                std_rule=("16010101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"))
EU_RULES = dict(dst_rule=("16010101T010000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
                std_rule=("16010101T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
CET_RULES = dict(dst_rule=("16010101T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
                 std_rule=("16010101T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
NZ_RULES = dict(dst_rule=("16010101T020000", "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU"),
                std_rule=("16010101T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"))

MS_X = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True):
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}{r};CN={name}:mailto:{email}"


# ---------------------------------------------------------------- e-mail
def mail(owner, frm, to, subject, date, text=None, html=None, cc=None, reply_to=None,
         in_reply_to=None, references=None, attachments=(), calendar=None, cal_method=None,
         extra=None, msgid_domain="mail.example", cte_text=None, cte_html=None, mixed=False):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Return-Path"] = "<" + (frm.split("<")[-1].rstrip(">") if "<" in frm else frm) + ">"
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{hash_str(subject + date.isoformat())}.{date.strftime('%Y%m%d%H%M')}@{msgid_domain}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        kw = {"cte": cte_text} if cte_text else {}
        m.set_content(text, **kw)
        if html is not None:
            kwh = {"cte": cte_html} if cte_html else {}
            m.add_alternative(html, subtype="html", **kwh)
    elif html is not None:
        kwh = {"cte": cte_html} if cte_html else {}
        m.set_content(html, subtype="html", **kwh)
    if calendar is not None and not mixed:
        # Exchange style: text/calendar as an alternative part
        m.add_alternative(calendar.encode("utf-8"), maintype="text", subtype="calendar",
                          params={"method": cal_method, "charset": "UTF-8"}, cte="base64")
    elif calendar is not None:
        m.add_attachment(calendar.encode("utf-8"), maintype="text", subtype="calendar",
                         filename="invite.ics", params={"method": cal_method})
    for fname, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


def hash_str(s):
    h = 1469598103934665603
    for c in s.encode("utf-8"):
        h = ((h ^ c) * 1099511628211) % (1 << 63)
    return h


def gcal_event(eid, summary, start, end, tz, organizer, attendees=None, creator=None,
               description=None, status="confirmed", sequence=0, created=None, updated=None,
               location=None, conference=None, extra=None, all_day=False):
    ev = {"kind": "calendar#event", "etag": f"\"{hash_str(eid + str(sequence)) % 10**16}\"",
          "id": eid, "status": status,
          "htmlLink": f"https://www.google.com/calendar/event?eid={eid}",
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "summary": summary}
    if description is not None:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = creator or organizer
    ev["organizer"] = organizer
    if all_day:
        ev["start"] = {"date": start}
        ev["end"] = {"date": end}
    else:
        ev["start"] = {"dateTime": rfc3339(start), "timeZone": tz}
        ev["end"] = {"dateTime": rfc3339(end), "timeZone": tz}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = sequence
    if attendees:
        ev["attendees"] = attendees
    if conference:
        code = conference
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"},
                            {"entryPointType": "phone", "uri": "tel:+1-555-0143-221",
                             "label": "+1 555-0143-221", "pin": "402913877", "regionCode": "US"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    if extra:
        ev.update(extra)
    return ev


def put(case, name, obj):
    CASES.setdefault(case, []).append((name, obj))


def label(case, user, interviews, difficulty, category, notes):
    LABELS[case] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes,
                    "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


def hm(x):
    """'2:00 PM' style."""
    return x.strftime("%I:%M %p").lstrip("0")


# ====================================================================== cases
def c01():
    c = "b45-01-gcal-html-description-berlin-mesz"
    owner = "jonas.weber@example.com"
    d = "pellucid-robotics.example"
    s = dt("Europe/Berlin", 2026, 3, 31, 14, 0)
    e = s + timedelta(hours=1)
    desc = ("<p>Hallo Jonas,</p><p>wie besprochen hier die Einladung zu deinem "
            "<b>technischen Interview</b> für die Stelle <i>Robotics Software Engineer "
            "(Motion Planning)</i>.</p><ul><li>Dienstag, 31. März um 14:00 Uhr (MESZ), 60 Minuten</li>"
            "<li>Mit Dr. Felix Brandt (Teamlead Motion Planning) und Mira Osei (Senior Engineer)</li>"
            "<li>Live-Coding in C++ – bitte Kamera an, IDE deiner Wahl</li></ul>"
            "<p>Ich selbst bin nicht dabei, bei Fragen einfach kurz melden: 030 5550 1942.</p>"
            "<p>Viele Grüße<br>Carla Neumann<br>Talent Acquisition · Pellucid Robotics GmbH<br>"
            "Am Spreebogen 7, 10557 Berlin</p>")
    org = {"email": f"carla.neumann@{d}", "displayName": "Carla Neumann"}
    att = [dict(org, organizer=True, responseStatus="accepted"),
           {"email": f"felix.brandt@{d}", "displayName": "Dr. Felix Brandt", "responseStatus": "accepted"},
           {"email": f"mira.osei@{d}", "displayName": "Mira Osei", "responseStatus": "tentative"},
           {"email": owner, "displayName": "Jonas Weber", "self": True, "responseStatus": "accepted"}]
    ev = gcal_event("4k2p9tq1vbl0m8s7eopcrd3a5f", "Pellucid Robotics | Technisches Interview | Jonas Weber",
                    s, e, "Europe/Berlin", org, att, description=desc,
                    created=dt("Europe/Berlin", 2026, 3, 24, 9, 12), updated=dt("Europe/Berlin", 2026, 3, 24, 16, 40),
                    conference="pqx-ftwm-kad")
    put(c, "01-technisches-interview.gcal.json", ev)
    label(c, owner, [iv("Pellucid Robotics", "Robotics Software Engineer (Motion Planning)", s, e, "scheduled",
                        [f"felix.brandt@{d}", f"mira.osei@{d}"], [f"felix.brandt@{d}", f"mira.osei@{d}"],
                        "technical")], "medium", "positive/gcal-json-html",
          "API event only, German HTML description; MESZ two days after EU DST switch (+02:00); organizer not on call.")


def c02():
    c = "b45-02-floating-ics-xwr-timezone-chicago"
    owner = "sam.okonkwo@example.com"
    d = "tallgrass-analytics.example"
    s = dt("America/Chicago", 2026, 3, 10, 10, 30)
    e = dt("America/Chicago", 2026, 3, 10, 11, 15)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Sam - job search",
             "X-WR-TIMEZONE:America/Chicago", "BEGIN:VEVENT",
             f"DTSTART:{local(s)}", f"DTEND:{local(e)}", f"DTSTAMP:{utcstamp(dt('America/Chicago', 2026, 3, 5, 9))}",
             f"ORGANIZER;CN=Bree Colton:mailto:bree.colton@{d}",
             "UID:7bd0e3c1a9f24c55@tallgrass-analytics.example",
             attendee("Owen Pruitt", f"owen.pruitt@{d}", "ACCEPTED"),
             attendee("Sam Okonkwo", owner, "ACCEPTED"),
             "CREATED:20260305T150211Z",
             "DESCRIPTION:" + esc("Hi Sam - this is your conversation with Owen Pruitt (VP of Engineering) "
                                  "about the Staff Data Engineer opening. 10:30-11:15 Central. Owen will call you "
                                  "via Zoom: https://zoom.us/j/93300214577\n\nBree Colton | Recruiting | "
                                  "Tallgrass Analytics\n1100 Prairie Ave, Suite 400, Omaha (remote-first)\n(402) 555-0188"),
             "LAST-MODIFIED:20260305T150400Z", "LOCATION:Zoom", "SEQUENCE:0", "STATUS:CONFIRMED",
             "SUMMARY:Owen / Sam - Staff Data Engineer (Tallgrass)", "TRANSP:OPAQUE",
             "END:VEVENT", "END:VCALENDAR"]
    put(c, "01-owen-sam-staff-data-engineer.ics", ics(lines))
    label(c, owner, [iv("Tallgrass Analytics", "Staff Data Engineer", s, e, "scheduled",
                        [f"owen.pruitt@{d}"], [f"owen.pruitt@{d}"], "hiring_manager")],
          "hard", "positive/floating-ics",
          "Floating DTSTART with X-WR-TIMEZONE America/Chicago; two days after US DST start (-05:00).")


def c03():
    c = "b45-03-allday-ics-time-in-description-paris"
    owner = "camille.roy@mail.example"
    d = "ortolan-studio.example"
    s = dt("Europe/Paris", 2026, 3, 27, 14, 0)
    e = s + timedelta(minutes=30)
    mtl = s.astimezone(Z("America/Toronto"))
    m1 = mail(owner, f"Ingrid Lemaire <ingrid.lemaire@{d}>", f"Camille Roy <{owner}>",
              "Ortolan Studio - premier échange (Lead UX Designer)", dt("Europe/Paris", 2026, 3, 20, 11, 5),
              text=("Bonjour Camille,\n\nMerci pour votre candidature au poste de Lead UX Designer.\n"
                    "Comme convenu, je vous appelle vendredi 27 mars à 14h (heure de Paris), soit "
                    f"{mtl.hour}h à Montréal, pour un premier échange d'une demi-heure.\n"
                    "Je vous envoie une invitation calendrier (sur la journée, notre outil ne gère "
                    "pas bien les fuseaux horaires).\n\nBien à vous,\nIngrid Lemaire\n"
                    "Chargée de recrutement - Ortolan Studio\n14 rue des Vinaigriers, 75010 Paris\n"
                    "+33 1 55 50 21 87\n"), cte_text="quoted-printable")
    put(c, "01-premier-echange.eml", m1)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ortolan Studio//Agenda 3.2//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:ortolan-20260327-croy@ortolan-studio.example",
             "DTSTAMP:20260320T100700Z", "DTSTART;VALUE=DATE:20260327", "DTEND;VALUE=DATE:20260328",
             "SUMMARY:Appel découverte - Ortolan Studio x Camille Roy",
             "DESCRIPTION:" + esc("Appel téléphonique avec Ingrid Lemaire à 14h00 (heure de Paris), durée 30 min.\n"
                                  "Ingrid vous appelle au +1 514 555 0163."),
             f"ORGANIZER;CN=Ingrid Lemaire:mailto:ingrid.lemaire@{d}",
             attendee("Camille Roy", owner), "TRANSP:TRANSPARENT", "SEQUENCE:0", "STATUS:CONFIRMED",
             "END:VEVENT", "END:VCALENDAR"]
    put(c, "02-appel-decouverte.ics", ics(lines))
    label(c, owner, [iv("Ortolan Studio", "Lead UX Designer", s, e, "scheduled",
                        [f"ingrid.lemaire@{d}"], [f"ingrid.lemaire@{d}"], "phone_screen")],
          "hard", "positive/all-day-ics",
          "All-day .ics; time '14h (heure de Paris)' only in text; Paris still +01:00 (EU switch Mar 29) while Montreal already EDT.")


def c04():
    c = "b45-04-calendly-created-event-pst-in-march"
    owner = "maria.delgado@mail.example"
    d = "fernhollow.example"
    s = dt("America/Los_Angeles", 2026, 3, 12, 16, 30)
    e = s + timedelta(minutes=30)
    tyler = f"Tyler Brooks <tyler.brooks@{d}>"
    m1 = mail(owner, tyler, f"Maria Delgado <{owner}>", "Fernhollow Games - Senior Level Designer",
              dt("America/Los_Angeles", 2026, 3, 9, 10, 14),
              text=("Hi Maria,\n\nThanks for applying to the Senior Level Designer role - your portfolio "
                    "(the co-op puzzle levels especially) got the team excited.\n\nNext step is a 30 min "
                    "call with me. Grab any open slot here: https://calendly.com/tyler-fernhollow/30min\n\n"
                    "Tyler Brooks\nTalent Partner, Fernhollow Games\n(503) 555-0119\n"))
    put(c, "01-tyler-next-step.eml", m1)
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "CALSCALE:GREGORIAN",
           "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}",
           "DTSTAMP:20260309T214402Z", "UID:c1f0e2a7-8d43-4b6e-9a51-2f7be0a4c0d3@calendly.com",
           f"ORGANIZER;CN=Tyler Brooks:mailto:tyler.brooks@{d}",
           attendee("Maria Delgado", owner, "ACCEPTED"),
           "SUMMARY:Maria Delgado and Tyler Brooks",
           "DESCRIPTION:" + esc("Event Name: 30 Minute Meeting\n\nLocation: This is a Google Meet web "
                                "conference.\nhttps://meet.google.com/hvr-qmzn-uty\n\nPlease share anything "
                                "that will help prepare for our meeting.: Senior Level Designer - portfolio at "
                                "mdelgado.mail.example\n\nNeed to make changes to this event?\nCancel: "
                                "https://calendly.com/cancellations/c1f0e2a7\nReschedule: "
                                "https://calendly.com/reschedulings/c1f0e2a7\n\nPowered by Calendly.com"),
           "LOCATION:https://meet.google.com/hvr-qmzn-uty", "SEQUENCE:0", "STATUS:CONFIRMED",
           "END:VEVENT", "END:VCALENDAR"]
    put(c, "02-calendly-event.ics", ics(cal))
    m3 = mail(owner, tyler, f"Maria Delgado <{owner}>", "Re: Fernhollow Games - Senior Level Designer",
              dt("America/Los_Angeles", 2026, 3, 9, 15, 2),
              text=("Got it - see you Thu 3/12 @ 4:30p PST! I'll send a Meet link if Calendly's doesn't "
                    "work for some reason.\n\nT\n\nOn Mon, Mar 9, 2026 at 2:51 PM Maria Delgado <maria.delgado@mail.example> wrote:\n"
                    "> Hi Tyler, booked a slot on Thursday afternoon through your Calendly - talk soon!\n> Maria\n"),
              in_reply_to=f"<{hash_str('x')}@mail.example>")
    put(c, "03-re-see-you-thursday.eml", m3)
    label(c, owner, [iv("Fernhollow Games", "Senior Level Designer", s, e, "scheduled",
                        [f"tyler.brooks@{d}"], [f"tyler.brooks@{d}"], "phone_screen")],
          "hard", "positive/calendly-ics",
          "Calendly-created .ics (UTC) + mail 'Thu 3/12 @ 4:30p PST'; Mar 12 is PDT (-07:00), the 'PST' label is colloquial.")


def c05():
    c = "b45-05-owner-self-note-phone-screen"
    owner = "dev.raman@example.com"
    d = "kestrelfreight.example"
    s = dt("America/New_York", 2026, 4, 14, 12, 0)
    e = s + timedelta(minutes=30)
    m1 = mail(owner, f"Nadia Farouk <nadia.farouk@{d}>", owner, "Operations Analyst - quick call?",
              dt("America/New_York", 2026, 4, 9, 16, 47),
              text=("Hi Dev,\n\nI'm the recruiter for our Operations Analyst opening in Newark and would love "
                    "to set up a 30-minute phone screen. Does Tuesday the 14th at noon ET work? I'll call the "
                    "number on your resume.\n\nBest,\nNadia Farouk\nKestrel Freight | Talent Acquisition\n"
                    "m: (973) 555-0144\n"))
    put(c, "01-nadia-quick-call.eml", m1)
    me = {"email": owner, "self": True}
    ev = gcal_event("6pn4r0q9s1u3w5y7a2c4e6g8ib", "Phone screen - Kestrel Freight", s, e, "America/New_York",
                    me, None, description="Nadia (recruiter) calls my cell. 30 min. Ask re: shift coverage, "
                    "hybrid days, salary band. nadia.farouk@kestrelfreight.example",
                    created=dt("America/New_York", 2026, 4, 9, 17, 20), updated=dt("America/New_York", 2026, 4, 9, 17, 21))
    put(c, "02-my-note-phone-screen.gcal.json", ev)
    label(c, owner, [iv("Kestrel Freight", "Operations Analyst", s, e, "scheduled",
                        [f"nadia.farouk@{d}"], [f"nadia.farouk@{d}"], "phone_screen")],
          "medium", "positive/self-created-event",
          "Owner created the calendar entry as a note (organizer.self, no attendees); recruiter mail proposes noon ET.")


EX_GMT = vtimezone("GMT Standard Time", "Europe/London", **EU_RULES)


def c06():
    c = "b45-06-exchange-location-only-update-london"
    owner = "aoife.brennan@example.com"
    d = "harrowgate.example"
    s = dt("Europe/London", 2026, 10, 27, 10, 0)
    e = dt("Europe/London", 2026, 10, 27, 11, 30)
    priya = f"Priya Shah <priya.shah@{d}>"
    uid = "040000008200E00074C5B7101A82E0080000000060B1F9A2D141DD01000000000000000010000000A7C1E3F5"

    def inv(seq, loc, stamp):
        return ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
                    "VERSION:2.0"] + EX_GMT + [
            "BEGIN:VEVENT", f"ORGANIZER;CN=Priya Shah:mailto:priya.shah@{d}",
            attendee("Aoife Brennan", owner), attendee("Tom Whitcombe", f"tom.whitcombe@{d}", "ACCEPTED"),
            attendee("Gemma Akers", f"gemma.akers@{d}", "ACCEPTED"),
            "DESCRIPTION;LANGUAGE=en-GB:" + esc("Dear Aoife,\n\nPlease find below details of your in-person "
                                                "interview for the Claims Data Lead role with Tom Whitcombe (Head of "
                                                "Claims Analytics) and Gemma Akers (Data Governance Manager). Please "
                                                "bring photo ID for reception.\n\nKind regards\nPriya"),
            f"UID:{uid}", "SUMMARY;LANGUAGE=en-GB:Interview - Claims Data Lead - Aoife Brennan",
            f"DTSTART;TZID=GMT Standard Time:{local(s)}", f"DTEND;TZID=GMT Standard Time:{local(e)}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-GB:{esc(loc)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}"]
            + MS_X + ["END:VEVENT", "END:VCALENDAR"])

    loc1 = "Harrowgate House, 40 Leadenhall Row, London EC3 - 3rd floor reception"
    loc2 = "12 Finsbury Walk, London EC2 - 5th floor, Room Larch"
    t1 = (f"When: {s.strftime('%A, %d %B %Y')} 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
          f"Where: {loc1}\n\n*~*~*~*~*~*~*~*~*~*\n\nDear Aoife,\n\nPlease find below details of your "
          "in-person interview for the Claims Data Lead role with Tom Whitcombe (Head of Claims Analytics) "
          "and Gemma Akers (Data Governance Manager). Please bring photo ID for reception.\n\nKind regards\n"
          "Priya Shah\nResourcing Coordinator | Harrowgate Insurance\n+44 20 7946 0321\n")
    m1 = mail(owner, priya, f"Aoife Brennan <{owner}>", "Interview - Claims Data Lead - Aoife Brennan",
              dt("Europe/London", 2026, 10, 19, 14, 3), text=t1, cc=f"tom.whitcombe@{d}, gemma.akers@{d}",
              calendar=inv(0, loc1, "20261019T130300Z"), cal_method="REQUEST", cte_text="quoted-printable",
              extra={"Content-class": "urn:content-classes:calendarmessage", "X-MS-Has-Attach": ""},
              msgid_domain="EUR03.prod.outlook.example")
    put(c, "01-invite.eml", m1)
    t2 = ("The location of this meeting has changed.\n\n" + t1.replace(loc1, loc2)
          + "\nUpdate: we've moved the interview to our Finsbury Walk office as the 3rd floor is being "
          "refurbished - same time.\n")
    m2 = mail(owner, priya, f"Aoife Brennan <{owner}>", "Updated: Interview - Claims Data Lead - Aoife Brennan",
              dt("Europe/London", 2026, 10, 23, 9, 41), text=t2, cc=f"tom.whitcombe@{d}, gemma.akers@{d}",
              calendar=inv(1, loc2, "20261023T084100Z"), cal_method="REQUEST", cte_text="quoted-printable",
              extra={"Content-class": "urn:content-classes:calendarmessage"},
              msgid_domain="EUR03.prod.outlook.example")
    put(c, "02-updated-location.eml", m2)
    ivs = [f"tom.whitcombe@{d}", f"gemma.akers@{d}"]
    label(c, owner, [iv("Harrowgate Insurance", "Claims Data Lead", s, e, "scheduled", ivs, ivs, "onsite")],
          "medium", "positive/exchange-update",
          "Exchange update changes only LOCATION (SEQUENCE 1); two days after UK DST end so London is +00:00; 2-person panel.")


def c07():
    c = "b45-07-gcal-deleted-event-cancelled"
    owner = "kenji.arai@mail.example"
    d = "lumorabio.example"
    s = dt("America/Denver", 2026, 5, 20, 9, 0)
    e = s + timedelta(hours=1)
    org = {"email": f"ruth.ames@{d}", "displayName": "Ruth Ames"}
    eid = "0v8s3kq2m1hfd7cj5n9bt4lr6a"
    att = [dict(org, organizer=True, responseStatus="accepted"),
           {"email": f"hana.sato@{d}", "displayName": "Hana Sato, PhD", "responseStatus": "accepted"},
           {"email": owner, "self": True, "responseStatus": "accepted"}]
    ev = gcal_event(eid, "Lumora Bio - Technical Interview (Computational Biologist) - Kenji Arai", s, e,
                    "America/Denver", org, att,
                    description="Technical discussion with Hana Sato (Director, Computational Biology). "
                    "Please be ready to walk through one project in depth (single-cell work preferred).",
                    created=dt("America/Denver", 2026, 5, 12, 11), updated=dt("America/Denver", 2026, 5, 12, 11, 5),
                    conference="bno-ukdr-wis")
    put(c, "01-technical-interview.gcal.json", ev)
    m = mail(owner, f"Ruth Ames <ruth.ames@{d}>", owner, "Wednesday's interview",
             dt("America/Denver", 2026, 5, 18, 17, 22),
             text=("Hi Kenji,\n\nI'm so sorry - Hana is out unexpectedly this week, so we need to cancel "
                   "Wednesday's interview. I'll reach out as soon as I have new dates from her.\n\n"
                   "Apologies for the late notice,\nRuth\n\nRuth Ames | Recruiting Lead | Lumora Bio\n"
                   "2450 Larimer St, Denver CO\n"))
    put(c, "02-wednesdays-interview.eml", m)
    put(c, "03-deleted.gcal.json", {"kind": "calendar#event", "etag": "\"3391048822170000\"", "id": eid,
                                    "status": "cancelled"})
    label(c, owner, [iv("Lumora Bio", "Computational Biologist", s, e, "cancelled",
                        [f"hana.sato@{d}"], [f"hana.sato@{d}"], "technical")],
          "medium", "positive/cancellation",
          "API event later returned as a deleted stub (id + status cancelled) plus a short cancel mail; MDT -06:00.")


def c08():
    c = "b45-08-outlook-ics-method-cancel-tokyo"
    owner = "yuki.tanabe@example.com"
    d = "shirokane.example"
    s = dt("Asia/Tokyo", 2026, 6, 4, 15, 0)
    e = s + timedelta(hours=1)
    tz = vtimezone("Tokyo Standard Time", "Asia/Tokyo")
    uid = "040000008200E00074C5B7101A82E00800000000D0F1A3B4C5E6DC01000000000000000010000000B9D3E5F7"

    def cal(method, seq, status, summary, stamp):
        return ics(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                    "VERSION:2.0"] + tz + [
            "BEGIN:VEVENT", f"ORGANIZER;CN=Takeshi Mori:mailto:takeshi.mori@{d}",
            attendee("Yuki Tanabe", owner, "ACCEPTED"),
            "DESCRIPTION;LANGUAGE=ja-JP:" + esc("田辺様\n\nShirokane Systems（白金システムズ）プロダクトマネージャー職の二次面接（部門長面接）のご案内です。"
                                                "当日は森（プロダクト本部長）が担当いたします。\n\nMicrosoft Teams 会議\n"
                                                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_shk01"),
            f"UID:{uid}", f"SUMMARY;LANGUAGE=ja-JP:{summary}",
            f"DTSTART;TZID=Tokyo Standard Time:{local(s)}", f"DTEND;TZID=Tokyo Standard Time:{local(e)}",
            "CLASS:PUBLIC", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
            "LOCATION;LANGUAGE=ja-JP:Microsoft Teams 会議", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}"]
            + MS_X + ["END:VEVENT", "END:VCALENDAR"])

    put(c, "01-nijimensetsu.ics", cal("REQUEST", 0, "CONFIRMED",
                                      "【白金システムズ】二次面接 田辺様 / Product Manager", "20260527T020000Z"))
    put(c, "02-canceled.ics", cal("CANCEL", 1, "CANCELLED",
                                  "キャンセル済み: 【白金システムズ】二次面接 田辺様 / Product Manager", "20260601T001500Z"))
    label(c, owner, [iv("Shirokane Systems", "Product Manager", s, e, "cancelled",
                        [f"takeshi.mori@{d}"], [f"takeshi.mori@{d}"], "hiring_manager")],
          "medium", "positive/cancellation",
          "Japanese Outlook .ics pair: REQUEST then METHOD:CANCEL SEQUENCE 1; Tokyo +09:00. Company romanised as Shirokane Systems (白金システムズ).")


def c09():
    c = "b45-09-two-interviews-sydney-gcal-auckland-ics"
    owner = "liam.tran@example.com"
    d1, d2 = "wattlebird.example", "tuihana.example"
    s1 = dt("Australia/Sydney", 2026, 4, 7, 9, 30)
    e1 = s1 + timedelta(minutes=45)
    s2 = dt("Pacific/Auckland", 2026, 4, 9, 11, 0)
    e2 = s2 + timedelta(minutes=45)
    org = {"email": f"jess.whitford@{d1}", "displayName": "Jess Whitford"}
    att = [dict(org, organizer=True, responseStatus="accepted"),
           {"email": f"chloe.nguyen@{d1}", "displayName": "Chloe Nguyen", "responseStatus": "accepted"},
           {"email": owner, "self": True, "responseStatus": "accepted"}]
    ev = gcal_event("1wb7t3n9k2x5f8h0j4m6p1r3s5", "Wattlebird x Liam - Pairing interview (Senior iOS Engineer)",
                    s1, e1, "Australia/Sydney", org, att,
                    description="<b>Wattlebird Payments - pairing session</b> with Chloe Nguyen (Mobile Lead). Xcode + screen share."
                    "<br>Jess (talent) is just the organiser.",
                    created=dt("Australia/Sydney", 2026, 3, 31, 14), updated=dt("Australia/Sydney", 2026, 3, 31, 14, 2),
                    conference="wtb-pqrs-lmn")
    put(c, "01-wattlebird-pairing.gcal.json", ev)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtimezone("Pacific/Auckland", "Pacific/Auckland", **NZ_RULES) + [
             "BEGIN:VEVENT", f"DTSTART;TZID=Pacific/Auckland:{local(s2)}", f"DTEND;TZID=Pacific/Auckland:{local(e2)}",
             "DTSTAMP:20260401T031500Z", f"ORGANIZER;CN=Aroha Walker:mailto:aroha.walker@{d2}",
             "UID:3c9e7a1f0b2d@google.com", attendee("Aroha Walker", f"aroha.walker@{d2}", "ACCEPTED"),
             attendee("Liam Tran", owner, "ACCEPTED"),
             "DESCRIPTION:" + esc("Kia ora Liam, a chat with me (Engineering Manager, Apps) about the Mobile "
                                  "Engineer role and how our team works. No prep needed.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\n"
                                  "Join with Google Meet: https://meet.google.com/tui-hana-ake"),
             "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Tuihana Labs - chat with Aroha (Mobile Engineer)",
             "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    put(c, "02-tuihana-chat.ics", ics(lines))
    label(c, owner, [iv("Wattlebird Payments", "Senior iOS Engineer", s1, e1, "scheduled",
                        [f"chloe.nguyen@{d1}"], [f"chloe.nguyen@{d1}"], "technical"),
                     iv("Tuihana Labs", "Mobile Engineer", s2, e2, "scheduled",
                        [f"aroha.walker@{d2}"], [f"aroha.walker@{d2}"], "hiring_manager")],
          "hard", "positive/two-interviews",
          "Two companies: Sydney API event (+10:00, two days after Apr 5 DST end) and Auckland .ics (+12:00 after Apr 5).")


def c10():
    c = "b45-10-declined-then-moved-gcal"
    owner = "nora.lindqvist@mail.example"
    d = "brightwater.example"
    s0 = dt("America/Chicago", 2026, 9, 15, 13, 0)
    s = dt("America/Chicago", 2026, 9, 17, 14, 0)
    e = s + timedelta(hours=1)
    org = {"email": f"alicia.moreno@{d}", "displayName": "Alicia Moreno"}
    eid = "5hq2n8v4c0z6b1x3l7d9f2g4ka"

    def att(st, comment=None):
        me = {"email": owner, "displayName": "Nora Lindqvist", "self": True, "responseStatus": st}
        if comment:
            me["comment"] = comment
        return [dict(org, organizer=True, responseStatus="accepted"),
                {"email": f"marcus.bell@{d}", "displayName": "Marcus Bell", "responseStatus": "accepted"}, me]

    summ = "Brightwater Logistics: Nora Lindqvist / Marcus Bell (Engineering Manager, Routing)"
    desc = "Hiring manager interview for Senior Backend Engineer, Routing. Marcus will dial in on Meet."
    put(c, "01-event-declined.gcal.json",
        gcal_event(eid, summ, s0, s0 + timedelta(hours=1), "America/Chicago", org,
                   att("declined", "Conflict with a work release that day - could we do Thursday instead?"),
                   description=desc, created=dt("America/Chicago", 2026, 9, 8, 10),
                   updated=dt("America/Chicago", 2026, 9, 8, 18, 30), conference="brw-tqkd-nmx"))
    m = mail(owner, f"Alicia Moreno <alicia.moreno@{d}>", owner, "Re: Declined: Brightwater Logistics: Nora / Marcus",
             dt("America/Chicago", 2026, 9, 9, 9, 12),
             text=("No problem at all, Nora! Marcus is free Thursday 2pm CT, I've moved the invite - you "
                   "should see the update shortly.\n\nAlicia Moreno\nRecruiting Coordinator, Brightwater Logistics\n"
                   "312-555-0107\n"), in_reply_to=f"<{hash_str('brw')}@mail.example>")
    put(c, "02-moved-to-thursday.eml", m)
    put(c, "03-event-updated.gcal.json",
        gcal_event(eid, summ, s, e, "America/Chicago", org, att("accepted"), description=desc, sequence=1,
                   created=dt("America/Chicago", 2026, 9, 8, 10), updated=dt("America/Chicago", 2026, 9, 9, 9, 10),
                   conference="brw-tqkd-nmx"))
    label(c, owner, [iv("Brightwater Logistics", "Senior Backend Engineer, Routing", s, e, "scheduled",
                        [f"marcus.bell@{d}"], [f"marcus.bell@{d}"], "hiring_manager")],
          "hard", "positive/reschedule-declined",
          "Owner declined the first slot (responseStatus declined + comment); same event id moved to Thursday, sequence 1, accepted.")


def c11():
    c = "b45-11-virtual-onsite-three-ics-sao-paulo"
    owner = "beatriz.costa@example.com"
    d = "jabuticabapay.example"
    day = (2026, 5, 12)
    slots = [((9, 0), (10, 0), "System design", "Rafael Lima", "rafael.lima"),
             ((10, 15), (11, 15), "Live coding", "Camila Rocha", "camila.rocha"),
             ((13, 0), (13, 45), "Conversa com Head de Engenharia", "Paulo Mendes", "paulo.mendes")]
    tz = vtimezone("America/Sao_Paulo", "America/Sao_Paulo")
    m = mail(owner, f"Juliana Prado <juliana.prado@{d}>", owner, "Jabuticaba Pay - etapa final (terça, 12/05)",
             dt("America/Sao_Paulo", 2026, 5, 6, 15, 30),
             text=("Oi Beatriz,\n\nVou te mandar 3 convites separados para a etapa final de terça-feira "
                   "(12/05): system design às 9h, live coding às 10h15 e, depois do almoço, conversa com o "
                   "Paulo às 13h. Tudo pelo Google Meet.\n\nAbraços,\nJuliana Prado\nTalent Acquisition | "
                   "Jabuticaba Pay\nAv. Paulista 1500, São Paulo\n+55 11 5555-0192\n"), cte_text="quoted-printable")
    put(c, "01-etapa-final.eml", m)
    for i, (a, b, what, name, user) in enumerate(slots, 2):
        s = dt("America/Sao_Paulo", *day, *a)
        e = dt("America/Sao_Paulo", *day, *b)
        lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + tz + [
                 "BEGIN:VEVENT", f"DTSTART;TZID=America/Sao_Paulo:{local(s)}",
                 f"DTEND;TZID=America/Sao_Paulo:{local(e)}", "DTSTAMP:20260506T183500Z",
                 f"ORGANIZER;CN=Juliana Prado:mailto:juliana.prado@{d}", f"UID:jbp-final-{i}-bcosta@google.com",
                 attendee(name, f"{user}@{d}", "ACCEPTED"), attendee("Juliana Prado", f"juliana.prado@{d}", "ACCEPTED"),
                 attendee("Beatriz Costa", owner),
                 "DESCRIPTION:" + esc(f"Etapa final - Engenheira de Dados Sênior\n{what} com {name}.\n"
                                      "Join with Google Meet: https://meet.google.com/jbp-fin-00" + str(i)),
                 "SEQUENCE:0", "STATUS:CONFIRMED",
                 f"SUMMARY:Jabuticaba Pay | {what} | Beatriz Costa", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
        put(c, f"0{i}-{user.split('.')[0]}.ics", ics(lines))
    s = dt("America/Sao_Paulo", *day, 9, 0)
    e = dt("America/Sao_Paulo", *day, 13, 45)
    ivs = [f"{x[4]}@{d}" for x in slots]
    label(c, owner, [iv("Jabuticaba Pay", "Engenheira de Dados Sênior", s, e, "scheduled", ivs, ivs, "onsite")],
          "medium", "positive/onsite-multi-ics",
          "Three standalone .ics on one day with lunch break = one onsite 09:00-13:45 -03:00 (no DST in Brazil).")


def c12():
    c = "b45-12-html-only-base64-mail-ics-utc-india"
    owner = "arjun.menon@mail.example"
    d = "saffronleaf.example"
    s = dt("Asia/Kolkata", 2026, 2, 20, 10, 30)
    e = s + timedelta(minutes=45)
    html = ("<html><body style=\"font-family:Arial\"><p>Dear Arjun,</p><p>Greetings from Saffronleaf "
            "Technologies!</p><p>We are pleased to inform you that you have been shortlisted for the "
            "<b>first technical round</b> for the position of <b>Senior QA Automation Engineer</b>.</p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><td>Day</td><td>This Friday</td></tr><tr><td>Time</td>"
            "<td>half past ten in the morning (IST)</td></tr><tr><td>Duration</td><td>45 minutes</td></tr>"
            "<tr><td>Panel</td><td>Karthik Subramanian, Lead SDET (karthik.s@saffronleaf.example)</td></tr>"
            "<tr><td>Mode</td><td>Zoom (link in the attached invite)</td></tr></table>"
            "<p>Kindly keep your resume and a government ID handy.</p><p>Regards,<br>Pooja Iyer<br>HR - Talent "
            "Acquisition<br>Saffronleaf Technologies Pvt. Ltd.<br>4th Floor, Orion Tech Park, Whitefield, "
            "Bengaluru 560066<br>+91 80 5555 0176</p></body></html>")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zoom Video Communications//Zoom//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}", "DTSTAMP:20260216T063000Z",
               f"ORGANIZER;CN=Pooja Iyer:mailto:pooja.iyer@{d}", "UID:ZOOM84310022917@zoom.us",
               attendee("Arjun Menon", owner), attendee("Karthik Subramanian", f"karthik.s@{d}", "ACCEPTED"),
               "SUMMARY:Saffronleaf - Technical Round 1 - Arjun Menon",
               "DESCRIPTION:" + esc("Join Zoom Meeting\nhttps://zoom.us/j/84310022917?pwd=c2FmZnJvbg\n"
                                    "Meeting ID: 843 1002 2917\nPasscode: 551201"),
               "LOCATION:https://zoom.us/j/84310022917", "SEQUENCE:0", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    m = mail(owner, f"Pooja Iyer <pooja.iyer@{d}>", owner,
             "Interview Schedule - Senior QA Automation Engineer - Saffronleaf Technologies",
             dt("Asia/Kolkata", 2026, 2, 16, 12, 0), html=html, cte_html="base64",
             calendar=cal, cal_method="REQUEST", mixed=True)
    put(c, "01-interview-schedule.eml", m)
    label(c, owner, [iv("Saffronleaf Technologies", "Senior QA Automation Engineer", s, e, "scheduled",
                        [f"karthik.s@{d}"], [f"karthik.s@{d}"], "technical")],
          "medium", "positive/html-only-ics-utc",
          "HTML-only base64 body ('This Friday', 'half past ten IST', mail dated Mon Feb 16) + Zoom .ics in UTC.")


def c13():
    c = "b45-13-forwarded-google-invite-ny-london-gap"
    owner = "chris.adeyemi@example.com"
    d = "halcyonmaps.example"
    s = dt("America/New_York", 2026, 3, 24, 14, 0)
    e = s + timedelta(minutes=45)
    ldn = s.astimezone(Z("Europe/London"))
    old = "chris.adeyemi.work@mail.example"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtimezone("America/New_York", "America/New_York", **US_RULES) + [
               "BEGIN:VEVENT", f"DTSTART;TZID=America/New_York:{local(s)}", f"DTEND;TZID=America/New_York:{local(e)}",
               "DTSTAMP:20260317T101500Z", f"ORGANIZER;CN=Imogen Price:mailto:imogen.price@{d}",
               "UID:2m8c4x0v6b1n3q5w7e9r@google.com", attendee("Imogen Price", f"imogen.price@{d}", "ACCEPTED"),
               attendee("Daniel Okoro", f"daniel.okoro@{d}", "ACCEPTED"), attendee("Chris Adeyemi", old),
               "DESCRIPTION:" + esc("Chris - you'll be speaking with Daniel Okoro, Product Director, about the "
                                    "Senior Product Manager (Navigation) role. 2pm ET / "
                                    f"{hm(ldn)} London.\n\nJoin with Google Meet: https://meet.google.com/hlc-ymap-dko"),
               "SEQUENCE:0", "STATUS:CONFIRMED",
               "SUMMARY:Interview: Chris Adeyemi <> Daniel Okoro (Halcyon Maps)", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    fwd = ("Forwarding to my personal inbox so I don't lose it.\n\n---------- Forwarded message ---------\n"
           f"From: Imogen Price <imogen.price@{d}>\nDate: Tue, Mar 17, 2026 at 6:15 AM\n"
           "Subject: Invitation: Interview: Chris Adeyemi <> Daniel Okoro (Halcyon Maps) @ Tue Mar 24, 2026 "
           "2pm - 2:45pm (EDT)\nTo: <" + old + ">\n\n"
           "Interview: Chris Adeyemi <> Daniel Okoro (Halcyon Maps)\nTuesday Mar 24, 2026 ⋅ 2pm – 2:45pm\n"
           "Eastern Time - New York\n\nChris - you'll be speaking with Daniel Okoro, Product Director, about the "
           f"Senior Product Manager (Navigation) role. 2pm ET / {hm(ldn)} London.\n\n"
           "Join with Google Meet\nhttps://meet.google.com/hlc-ymap-dko\n\nGuests\nImogen Price - organizer\n"
           "Daniel Okoro\n" + old + "\n\nInvitation from Google Calendar\n")
    m = mail(owner, f"Chris Adeyemi <{old}>", owner,
             "Fwd: Invitation: Interview: Chris Adeyemi <> Daniel Okoro (Halcyon Maps) @ Tue Mar 24, 2026 2pm - 2:45pm (EDT)",
             dt("America/New_York", 2026, 3, 17, 8, 2), text=fwd, calendar=cal, cal_method="REQUEST", mixed=True)
    put(c, "01-fwd-invitation.eml", m)
    label(c, owner, [iv("Halcyon Maps", "Senior Product Manager (Navigation)", s, e, "scheduled",
                        [f"daniel.okoro@{d}"], [f"daniel.okoro@{d}"], "hiring_manager")],
          "medium", "positive/forwarded-invite",
          "Owner forwards a Google invite from another address; Mar 24 NY is EDT (-04:00) while London still GMT (4h gap).")


# ------------------------------------------------------------------ negatives
def n14():
    c = "b45-14-neg-gym-class-and-doctor"
    owner = "hannah.berg@example.com"
    me = {"email": owner, "self": True}
    s = dt("America/Denver", 2026, 4, 16, 6, 15)
    ev = gcal_event("8gy5m2n7p0q3r6s9t1u4v7w0xa", "Spin 45 - Pedal Republic", s, s + timedelta(minutes=45),
                    "America/Denver", me, None,
                    description="Bike 14. Instructor: Coach Rae. Late cancel = $15 fee - call the front desk "
                    "(720-555-0133) to reschedule.", location="Pedal Republic, 18 Pearl St",
                    created=dt("America/Denver", 2026, 4, 10, 20), updated=dt("America/Denver", 2026, 4, 10, 20))
    put(c, "01-spin-class.gcal.json", ev)
    s2 = dt("America/Denver", 2026, 4, 21, 8, 40)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Aspenview Health//Patient Portal//EN", "METHOD:PUBLISH",
             "BEGIN:VEVENT", "UID:appt-55102938@aspenview-health.example", "DTSTAMP:20260410T150000Z",
             f"DTSTART:{utcstamp(s2)}", f"DTEND:{utcstamp(s2 + timedelta(minutes=40))}",
             "SUMMARY:Appointment: Dr. Amal Haddad - Annual physical",
             "DESCRIPTION:" + esc("Please arrive 15 minutes early to complete the new-patient intake interview "
                                  "with our nurse. Bring your insurance card. To reschedule or cancel, call "
                                  "(303) 555-0190 at least 24 hours before your scheduled visit."),
             "LOCATION:Aspenview Health - Boulder Clinic, 2200 Canyon Blvd",
             "ORGANIZER;CN=Aspenview Health:mailto:noreply@aspenview-health.example",
             attendee("Hannah Berg", owner, "ACCEPTED", rsvp=False), "STATUS:CONFIRMED",
             "END:VEVENT", "END:VCALENDAR"]
    put(c, "02-annual-physical.ics", ics(lines))
    label(c, owner, [], "easy", "negative/personal-holds", "Gym class API event + clinic .ics with 'intake interview'.")


def n15():
    c = "b45-15-neg-kid-recital-role"
    owner = "pedro.salas@mail.example"
    d = "willowcreek-elementary.example"
    m = mail(owner, f"Ms. Daniela Ortiz <dortiz@{d}>", "Room 12 Families <room12-families@lists.willowcreek-elementary.example>",
             "Spring recital - roles & schedule", dt("America/Phoenix", 2026, 4, 20, 15, 40),
             text=("Dear Room 12 families,\n\nRoles for our spring recital are posted! Lucía will play the role of "
                   "the Narrator. Call time for performers is 5:30 pm, show starts at 6:00 pm on Thursday, April 30 "
                   "in the multipurpose room. If your child can't make it, please call the office so we can "
                   "schedule an understudy.\n\nThank you!\nMs. Ortiz\nWillow Creek Elementary\n"))
    m.replace_header("Delivered-To", owner)
    put(c, "01-recital-roles.eml", m)
    s = dt("America/Phoenix", 2026, 4, 30, 17, 30)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:PUBLISH",
             "BEGIN:VEVENT", f"DTSTART;TZID=America/Phoenix:{local(s)}",
             f"DTEND;TZID=America/Phoenix:{local(s + timedelta(hours=2))}", "DTSTAMP:20260420T230000Z",
             "UID:recital-lucia-2026@google.com", "ORGANIZER;CN=Pedro Salas:mailto:" + owner,
             attendee("Pedro Salas", owner, "ACCEPTED"), attendee("Marisol Salas", "marisol.salas@mail.example", "ACCEPTED"),
             "SUMMARY:Lucía's spring recital (Narrator role!) - call time 5:30",
             "DESCRIPTION:" + esc("Multipurpose room. Bring flowers. Candidate for leaving work early - tell Jen."),
             "LOCATION:Willow Creek Elementary", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    put(c, "02-recital.ics", ics(lines))
    label(c, owner, [], "easy", "negative/personal-holds", "School recital mail + family calendar event using role/call/schedule/candidate.")


def n16():
    c = "b45-16-neg-team-offsite-hiring-agenda"
    owner = "ravi.kulkarni@example.com"
    d = "example.com"
    org = {"email": "elena.marsh@example.com", "displayName": "Elena Marsh"}
    att = [dict(org, organizer=True, responseStatus="accepted"),
           {"email": owner, "self": True, "responseStatus": "accepted"},
           {"email": "platform-eng@example.com", "displayName": "Platform Engineering", "responseStatus": "needsAction"}]
    desc = ("<b>Platform Eng offsite - Day 1</b><br>09:30 Coffee<br>10:00 Hiring plan H2: candidate pipeline, "
            "interview loop calibration, new role for SRE lead<br>12:00 Lunch<br>13:30 Roadmap & on-call "
            "review<br>16:00 Team dinner (schedule TBD)<br><br>Venue: Harbourside Loft, Pier 9")
    ev = gcal_event("2of4s6t8u0v2w4x6y8z0a2b4cd", "Platform Eng offsite (Day 1)", "2026-06-10", "2026-06-11", None,
                    org, att, description=desc, created=dt("America/Los_Angeles", 2026, 5, 1, 9),
                    updated=dt("America/Los_Angeles", 2026, 5, 20, 9), all_day=True,
                    location="Harbourside Loft, Pier 9, San Francisco")
    put(c, "01-offsite.gcal.json", ev)
    label(c, owner, [], "medium", "negative/team-offsite",
          "Owner's own team offsite; agenda mentions candidate pipeline and interview loop calibration.")


def n17():
    c = "b45-17-neg-conference-session-interviewing"
    owner = "grace.liu@mail.example"
    s = dt("Europe/Amsterdam", 2026, 10, 8, 11, 15)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DevHarbor Summit//Agenda//EN", "METHOD:PUBLISH",
             "BEGIN:VEVENT", "UID:dhs26-session-214@devharbor.example", "DTSTAMP:20260901T080000Z",
             f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(s + timedelta(minutes=40))}",
             "SUMMARY:DevHarbor Summit 2026 - Interviewing engineers without whiteboards",
             "DESCRIPTION:" + esc("Speaker: Tomasz Wójcik (Head of Talent, Korvid). How we redesigned our "
                                  "technical interview: work-sample calls, structured scoring, candidate "
                                  "experience surveys. Room B2. Added from your personal schedule."),
             "LOCATION:Beurs Congrescentrum, Room B2, Amsterdam",
             "ORGANIZER;CN=DevHarbor Summit:mailto:agenda@devharbor.example",
             attendee("Grace Liu", owner, "ACCEPTED", rsvp=False), "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    put(c, "01-session.ics", ics(lines))
    label(c, owner, [], "medium", "negative/conference-session", "Conference talk about interviewing, added to owner's schedule.")


def n18():
    c = "b45-18-neg-owner-conducts-interview"
    owner = "marta.novak@example.com"
    s = dt("Europe/Prague", 2026, 11, 3, 13, 0)
    org = {"email": "recruiting-coord@example.com", "displayName": "Sofie Dvořák (Recruiting)"}
    att = [dict(org, organizer=True, responseStatus="accepted"),
           {"email": owner, "displayName": "Marta Novak", "self": True, "responseStatus": "accepted"},
           {"email": "rohan.desai@mail.example", "displayName": "Rohan Desai", "responseStatus": "accepted"}]
    ev = gcal_event("9ci1d3e5f7g9h1i3j5k7l9m1no", "Interview: Rohan Desai - Senior Backend Engineer - Coding (Marta)",
                    s, s + timedelta(hours=1), "Europe/Prague", org, att,
                    description="<p>Hi Marta, you are the <b>interviewer</b> for the coding round. Candidate CV and "
                    "interview kit are in Greenhouse. Please submit your scorecard within 24h.</p>",
                    created=dt("Europe/Prague", 2026, 10, 27, 10), updated=dt("Europe/Prague", 2026, 10, 27, 10),
                    conference="int-rvw-mnk")
    put(c, "01-you-are-interviewer.gcal.json", ev)
    m = mail(owner, "Greenhouse <no-reply@greenhouse.example>", owner,
             "Interview kit: Rohan Desai for Senior Backend Engineer", dt("Europe/Prague", 2026, 11, 2, 9, 0),
             text=("Hi Marta,\n\nYou're scheduled to interview Rohan Desai tomorrow at 1:00 PM CET.\n"
                   "Interview: Coding\nFocus attributes: problem solving, code quality\n\nOpen the interview kit: "
                   "https://app.greenhouse.example/guides/884120\n\nRemember to submit your scorecard.\n"))
    put(c, "02-interview-kit.eml", m)
    label(c, owner, [], "hard", "negative/user-is-interviewer", "Owner interviews a candidate at her own company.")


def n19():
    c = "b45-19-neg-webinar-behavioral-interview"
    owner = "tobias.frank@example.com"
    s = dt("America/New_York", 2026, 2, 26, 12, 0)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zoom Video Communications//Zoom Webinar//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(s + timedelta(hours=1))}",
               "DTSTAMP:20260218T170000Z", "UID:ZW98120044713@zoom.us",
               "SUMMARY:Live: Cracking the behavioral interview (CareerLift webinar)",
               "DESCRIPTION:" + esc("Join the webinar: https://zoom.us/w/98120044713?tk=abc\nHosted by Renee Park, "
                                    "former FAANG recruiter. Live Q&A - bring your toughest interview questions."),
               "ORGANIZER;CN=CareerLift:mailto:events@careerlift.example", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    m = mail(owner, "CareerLift Events <events@careerlift.example>", owner,
             "You're registered: Cracking the behavioral interview - Thu, Feb 26 at noon ET",
             dt("America/New_York", 2026, 2, 18, 12, 0),
             text=("Hi Tobias,\n\nThanks for registering! We'll see you Thursday, February 26 at noon ET.\n"
                   "Add it to your calendar with the attached invite.\n\nCan't make it live? The recording will "
                   "be sent to all registrants.\n\n-- CareerLift, 500 Main St, Boston MA\nUnsubscribe\n"),
             html=("<p>Hi Tobias,</p><p>Thanks for registering! We'll see you <b>Thursday, February 26 at noon ET</b>.</p>"),
             calendar=cal, cal_method="PUBLISH", mixed=True)
    put(c, "01-registered.eml", m)
    label(c, owner, [], "medium", "negative/webinar", "Webinar registration with .ics about interviews.")


def n20():
    c = "b45-20-neg-recurring-1on1-rrule-exception"
    owner = "ines.carvalho@example.com"
    mgr = "omar.haddad@example.com"
    s = dt("Europe/Lisbon", 2026, 3, 3, 15, 0)
    moved_orig = dt("Europe/Lisbon", 2026, 3, 31, 15, 0)
    moved = dt("Europe/Lisbon", 2026, 4, 1, 10, 30)
    tz = vtimezone("Europe/Lisbon", "Europe/Lisbon", **EU_RULES)
    common = [f"ORGANIZER;CN=Omar Haddad:mailto:{mgr}", attendee("Ines Carvalho", owner, "ACCEPTED"),
              attendee("Omar Haddad", mgr, "ACCEPTED"), "UID:1on1-omar-ines-2026@google.com"]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:PUBLISH",
             "X-WR-TIMEZONE:Europe/Lisbon"] + tz + [
             "BEGIN:VEVENT", f"DTSTART;TZID=Europe/Lisbon:{local(s)}",
             f"DTEND;TZID=Europe/Lisbon:{local(s + timedelta(minutes=30))}", "RRULE:FREQ=WEEKLY;BYDAY=TU",
             "DTSTAMP:20260225T100000Z"] + common + [
             "SUMMARY:Ines / Omar 1:1",
             "DESCRIPTION:" + esc("Weekly 1:1. Running doc: career growth, role scope, interview load "
                                  "(Ines is on 3 hiring loops this quarter)."),
             "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT",
             "BEGIN:VEVENT", f"RECURRENCE-ID;TZID=Europe/Lisbon:{local(moved_orig)}",
             f"DTSTART;TZID=Europe/Lisbon:{local(moved)}",
             f"DTEND;TZID=Europe/Lisbon:{local(moved + timedelta(minutes=30))}", "DTSTAMP:20260326T090000Z"] + common + [
             "SUMMARY:Ines / Omar 1:1 (moved - I'm interviewing candidates Tue)",
             "DESCRIPTION:" + esc("Moved because I'm on an interview panel Tuesday afternoon."),
             "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    put(c, "01-weekly-1on1.ics", ics(lines))
    label(c, owner, [], "hard", "negative/recurring-1on1",
          "Weekly RRULE 1:1 with a RECURRENCE-ID exception; mentions interviews the manager conducts.")


def n21():
    c = "b45-21-neg-self-prep-hold"
    owner = "kwame.asante@mail.example"
    me = {"email": owner, "self": True}
    s = dt("Africa/Accra", 2026, 7, 18, 9, 0)
    ev = gcal_event("3pr5e7p9h1o3l5d7i9n1t2v4wa", "Prep for interviews - system design drills", s, s + timedelta(hours=2),
                    "Africa/Accra", me, None,
                    description="Practice: rate limiter, news feed, URL shortener. Re-read STAR stories. "
                    "Do 2 mock interview questions out loud. Nothing booked yet - just keeping the habit.",
                    created=dt("Africa/Accra", 2026, 7, 12, 21), updated=dt("Africa/Accra", 2026, 7, 12, 21),
                    extra={"transparency": "transparent", "colorId": "5"})
    put(c, "01-prep-hold.gcal.json", ev)
    label(c, owner, [], "medium", "negative/self-prep-hold", "Owner's own study block; no interview with any company.")


def n22():
    c = "b45-22-neg-calendly-host-mock-interview"
    owner = "sofia.marchetti@example.com"
    inv = "devon.ellis@mail.example"
    s = dt("Europe/Rome", 2026, 5, 6, 18, 0)
    e = s + timedelta(minutes=30)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}", "DTSTAMP:20260430T140000Z",
               "UID:9a7c3e11-52b0-4d6f-8e24-71c0d9f5a2b6@calendly.com",
               f"ORGANIZER;CN=Sofia Marchetti:mailto:{owner}", attendee("Devon Ellis", inv, "ACCEPTED"),
               attendee("Sofia Marchetti", owner, "ACCEPTED"),
               "SUMMARY:Devon Ellis and Sofia Marchetti",
               "DESCRIPTION:" + esc("Event Name: Resume review & mock interview (mentoring)\n\nPlease share "
                                    "anything that will help prepare for our meeting.: Applying for junior data "
                                    "analyst roles, want practice for the behavioral interview.\n\nPowered by Calendly.com"),
               "LOCATION:https://meet.google.com/mnt-sofi-aaa", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = mail(owner, "Calendly <notifications@calendly.com>", owner,
             "New Event: Devon Ellis - 06:00pm Wed, May 6, 2026 - Resume review & mock interview (mentoring)",
             dt("Europe/Rome", 2026, 4, 30, 16, 0),
             text=("Hi Sofia,\n\nA new event has been scheduled.\n\nEvent Type:\nResume review & mock interview "
                   "(mentoring)\n\nInvitee:\nDevon Ellis\n\nInvitee Email:\ndevon.ellis@mail.example\n\n"
                   "Event Date/Time:\n06:00pm - Wednesday, May 6, 2026 (Central European Time)\n\n"
                   "Location:\nhttps://meet.google.com/mnt-sofi-aaa\n\nView event in Calendly\n"),
             reply_to=f"Devon Ellis <{inv}>", calendar=cal, cal_method="REQUEST", mixed=True)
    put(c, "01-new-event.eml", m)
    label(c, owner, [], "hard", "negative/user-is-host-mock",
          "Owner hosts a mentoring mock interview via Calendly; invitee is the candidate practising.")


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b45-"):
            shutil.rmtree(p)
    for case, items in CASES.items():
        folder = HERE / case
        folder.mkdir()
        for name, obj in items:
            path = folder / name
            if isinstance(obj, EmailMessage):
                # deterministic MIME boundaries
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():
                        part.set_boundary(f"000000000000{hash_str(case + name) % 10**10:010d}{i:02d}")
                path.write_bytes(obj.as_bytes())
            elif isinstance(obj, dict):
                path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            else:
                path.write_bytes(obj.encode("utf-8"))
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
