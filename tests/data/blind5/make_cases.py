#!/usr/bin/env python3
"""Deterministic generator for blind evaluation set 5 (16 cases: 10 positive, 6 negative).

Run:  python make_cases.py   (rewrites the case folders and labels.yaml next to this file)
All people, companies and domains are invented (.example).  Offsets come from zoneinfo (2026 rules).
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat()


def zs(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def fold(line):
    out, cur = [], line.encode("utf-8")
    first = True
    while cur:
        lim = 75 if first else 74
        cut = min(lim, len(cur))
        while cut < len(cur) and (cur[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append((b"" if first else b" ") + cur[:cut])
        cur = cur[cut:]
        first = False
    return b"\r\n".join(out).decode("utf-8")


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def mail(frm, to, subject, date, body, *, msgid, html=None, cc=None, reply_to=None, in_reply_to=None,
         references=None, cte=None, extra=None):
    m = EmailMessage()
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
        m["References"] = references or in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if cte:
        m.set_content(body, cte=cte)
    else:
        m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    return m


def with_delivered(m, user):
    # Delivered-To first, as MTAs prepend it
    raw = m.as_bytes()
    return b"Delivered-To: " + user.encode() + b"\r\n" + raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def google_invite(frm, user, subject, date, text, html, ics, msgid):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = user
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    m["Reply-To"] = frm
    m["Sender"] = "Google Calendar <calendar-notification@calendar.example>"
    m["MIME-Version"] = "1.0"
    m.make_mixed()
    alt = EmailMessage()
    alt.set_content(text)
    alt.add_alternative(html, subtype="html")
    alt.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"}, cte="7bit")
    m.attach(alt)
    m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    return m


def outlook_invite(frm, user, subject, date, text, html, ics, msgid, method="REQUEST"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = user
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    m["Thread-Topic"] = subject
    m["X-MS-Has-Attach"] = ""
    m["X-MS-TNEF-Correlator"] = ""
    m["MIME-Version"] = "1.0"
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", params={"method": method}, cte="base64")
    return m


def attach_ics(m, ics, name="invite.ics", method="REQUEST"):
    m.make_mixed()
    part = EmailMessage()
    part.set_content(ics, subtype="calendar", params={"method": method}, cte="7bit")
    part.add_header("Content-Disposition", "attachment", filename=name)
    m.attach(part)
    return m


def html_of(text):
    import html as h
    return "<html><body><div style=\"font-family:Arial,sans-serif\">" + "<br>\n".join(
        h.escape(l) for l in text.split("\n")) + "</div></body></html>"


CASES, LABELS = {}, {}


def case(cid, label, items):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients,
            "kind": kind}


def lab(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ---------------------------------------------------------------- f01 Ashby confirmation, Oslo
def f01():
    user = "maren.solberg@example.com"
    s, e = T(2026, 4, 16, 13, 0, "Europe/Oslo"), T(2026, 4, 16, 14, 15, "Europe/Oslo")
    lars, sun = "lars.eide@halvorsenrobotics.example", "sunniva.berg@halvorsenrobotics.example"
    rec = "ingrid.dahl@halvorsenrobotics.example"
    text = f"""Hi Maren,

Thanks for making time to speak with us! Your interview is confirmed:

Halvorsen Robotics - Embedded Software Engineer (Motion Control)
Technical Interview
Thursday, April 16, 2026
1:00 PM - 2:15 PM CEST (Europe/Oslo)

Interviewers:
  Lars Eide - Staff Firmware Engineer
  Sunniva Berg - Engineering Lead, Motion

Location: Google Meet - https://meet.example/hrb-qtzk-vod
You will be asked to work through a small C problem together and talk about
a control-loop project you are proud of. No preparation is needed beyond that.

A calendar invite is attached. If you need to reschedule, just reply to this email.

Best,
Ingrid Dahl
Talent Partner, Halvorsen Robotics

Powered by Ashby"""
    ics = ical([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:ashby-iv-7f3c91d2-55b0-4a8e-9d1e-halvorsen",
        f"DTSTAMP:{zs(T(2026, 4, 9, 9, 41, 'Europe/Oslo'))}", f"DTSTART:{zs(s)}", f"DTEND:{zs(e)}",
        "SUMMARY:Technical Interview - Maren Solberg - Halvorsen Robotics",
        "DESCRIPTION:" + ics_text("Embedded Software Engineer (Motion Control)\nJoin: https://meet.example/hrb-qtzk-vod"),
        "LOCATION:https://meet.example/hrb-qtzk-vod",
        f"ORGANIZER;CN=Ingrid Dahl:mailto:{rec}",
        f"ATTENDEE;CN=Maren Solberg;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{user}",
        f"ATTENDEE;CN=Lars Eide;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{lars}",
        f"ATTENDEE;CN=Sunniva Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{sun}",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = mail("Halvorsen Robotics <no-reply@ashbyhq-mail.example>", f"Maren Solberg <{user}>",
             "Interview confirmed: Halvorsen Robotics - Technical Interview", T(2026, 4, 9, 9, 42, "Europe/Oslo"),
             text, html=html_of(text), reply_to=f"Ingrid Dahl <{rec}>", msgid="<ashby.7f3c91d2@ashbyhq-mail.example>")
    attach_ics(m, ics, "interview.ics")
    case("f01-halvorsen", lab(user, [iv("Halvorsen Robotics", "Embedded Software Engineer (Motion Control)", s, e,
                                        "scheduled", [lars, sun], [lars, sun], "technical")],
                              "easy", "positive/ats_ashby",
                              "Ashby confirmation with .ics in UTC; CEST +02:00 after EU DST."),
         [("01-interview-confirmed.eml", with_delivered(m, user))])


# ---------------------------------------------------------------- f02 short thread, US DST just started
def f02():
    user = "dev.okafor@example.com"
    k = "kayla.moss@brightwellhealth.example"
    s, e = T(2026, 3, 12, 15, 0, "America/New_York"), T(2026, 3, 12, 15, 20, "America/New_York")
    d1, d2, d3 = (T(2026, 3, 9, 10, 12, "America/New_York"), T(2026, 3, 9, 11, 3, "America/New_York"),
                  T(2026, 3, 9, 11, 20, "America/New_York"))
    m1 = mail(f"Kayla Moss <{k}>", f"Dev Okafor <{user}>", "Data Analyst role", d1,
              "Hi Dev,\n\nThanks for applying to the Data Analyst, Population Health role! Do you have 20 min this\n"
              "week for a quick intro call? I'm pretty open Thursday after 2 ET.\n\nKayla\n\n--\nKayla Moss | Recruiter | Brightwell Health",
              msgid="<CAK1moss001@mail.brightwellhealth.example>")
    m2 = mail(f"Dev Okafor <{user}>", f"Kayla Moss <{k}>", "Re: Data Analyst role", d2,
              "Hi Kayla, thanks! Thursday at 3pm ET works for me. Best number is 617-555-0148.\n\nDev\n\n"
              "On Mon, Mar 9, 2026 at 10:12 AM Kayla Moss <" + k + "> wrote:\n> Hi Dev,\n> Do you have 20 min this week...",
              msgid="<CAD0kafor77@mail.example.com>", in_reply_to="<CAK1moss001@mail.brightwellhealth.example>")
    m3 = mail(f"Kayla Moss <{k}>", f"Dev Okafor <{user}>", "Re: Data Analyst role", d3,
              "perfect - I'll give you a ring Thu at 3. talk then!\n\nK",
              msgid="<CAK1moss002@mail.brightwellhealth.example>", in_reply_to="<CAD0kafor77@mail.example.com>",
              references="<CAK1moss001@mail.brightwellhealth.example> <CAD0kafor77@mail.example.com>")
    case("f02-brightwell", lab(user, [iv("Brightwell Health", "Data Analyst, Population Health", s, e, "scheduled",
                                         [k], [k], "phone_screen")],
                               "medium", "positive/thread_informal",
                               "Short recruiter thread; 'Thursday' from Mon Mar 9 = Mar 12; EDT -04:00 (US DST began Mar 8); 20 min."),
         [("01-data-analyst-role.eml", with_delivered(m1, user)), ("02-re-data-analyst-role.eml", with_delivered(m2, user)),
          ("03-re-data-analyst-role.eml", with_delivered(m3, user))])


# ---------------------------------------------------------------- f03 Outlook/Teams hiring manager, PST after fall-back
PST_VTZ = ["BEGIN:VTIMEZONE", "TZID:Pacific Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
           "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
           "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def f03():
    user = "lena.hoffmann@example.com"
    mf, tg = "marcus.feld@corvane.example", "tasha.greene@corvane.example"
    s, e = T(2026, 11, 3, 10, 0, "America/Los_Angeles"), T(2026, 11, 3, 10, 45, "America/Los_Angeles")
    m1 = mail(f"Tasha Greene <{tg}>", f"Lena Hoffmann <{user}>", "Next step - Senior Product Manager, Fleet",
              T(2026, 10, 27, 14, 5, "America/Los_Angeles"),
              "Hi Lena,\n\nGreat news - the team enjoyed your screen and Marcus Feld, our Director of Product for\n"
              "Fleet, would like to meet you. He has you down for Tuesday, November 3 at 10:00 AM PT for a\n"
              "45 minute conversation over Teams; you should see an invite from him shortly.\n\n"
              "Marcus tends to focus on how you prioritise a roadmap with ops-heavy stakeholders, so have a\n"
              "story or two ready.\n\nCheers,\nTasha Greene\nTalent Acquisition | Corvane Logistics",
              msgid="<SJ0PR11MB4471A1@corvane.example>")
    desc = ("Hi Lena - looking forward to our chat about the Senior Product Manager, Fleet role.\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting <https://teams.example/l/meetup-join/19%3ameeting_Y2F>\n"
            "Meeting ID: 284 551 903 117\nPasscode: Vx7Qb2\n"
            "________________________________________________________________________________")
    ics = ical(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + PST_VTZ + [
        "BEGIN:VEVENT", f"ORGANIZER;CN=Marcus Feld:mailto:{mf}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Hoffmann:mailto:{user}",
        "DESCRIPTION;LANGUAGE=en-US:" + ics_text(desc),
        "UID:040000008200E00074C5B7101A82E00800000000C0A1F2E3D4B5DC01000000000000000010000000B2F6C3E1A9D74F",
        "SUMMARY;LANGUAGE=en-US:Lena Hoffmann / Marcus Feld - Sr PM Fleet",
        f"DTSTART;TZID=Pacific Standard Time:{loc(s)}", f"DTEND;TZID=Pacific Standard Time:{loc(e)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zs(T(2026, 10, 27, 14, 31, 'America/Los_Angeles'))}",
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1876502311",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    text = ("When: Tuesday, November 3, 2026 10:00 AM-10:45 AM (UTC-08:00) Pacific Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n" + desc)
    m2 = outlook_invite(f"Marcus Feld <{mf}>", f"Lena Hoffmann <{user}>",
                        "Lena Hoffmann / Marcus Feld - Sr PM Fleet", T(2026, 10, 27, 14, 31, "America/Los_Angeles"),
                        text, html_of(text), ics, "<BY5PR11MB39020C@corvane.example>")
    case("f03-corvane", lab(user, [iv("Corvane Logistics", "Senior Product Manager, Fleet", s, e, "scheduled",
                                      [mf], [mf], "hiring_manager")],
                            "medium", "positive/outlook_teams",
                            "Recruiter heads-up + Exchange invite with Windows TZID; Nov 3 is after US fall-back so -08:00 (sent during PDT)."),
         [("01-next-step.eml", with_delivered(m1, user)), ("02-invite-marcus-feld.eml", with_delivered(m2, user))])


# ---------------------------------------------------------------- f04 Calendar API panel, Sydney, UTC dateTime
def f04():
    user = "sam.whitlock@example.com"
    dom = "tidewaterenergy.example"
    pn, ga, hc = f"priya.nandakumar@{dom}", f"george.alexiou@{dom}", f"hannah.cole@{dom}"
    s, e = T(2026, 4, 7, 9, 30, "Australia/Sydney"), T(2026, 4, 7, 10, 30, "Australia/Sydney")
    ev = {
        "kind": "calendar#event", "etag": "\"3541187720914000\"", "id": "5q1t9vbc2k0h6m3dd7r8p4aqss",
        "status": "confirmed", "htmlLink": "https://calendar.example/event?eid=NXExdDl2YmMyazBoNm0zZGQ3cjhwNGFxc3M",
        "created": "2026-03-27T04:12:33.000Z", "updated": "2026-03-30T22:48:40.457Z",
        "summary": "Panel interview - Sam Whitlock - Grid Analytics Lead",
        "description": "Hi Sam,\n\nThis is your panel conversation for the Grid Analytics Lead role. You'll meet:\n"
                       "- Priya Nandakumar, Head of Data\n- George Alexiou, Network Planning Manager\n"
                       "- Hannah Cole, People & Culture\n\nPlease bring an example of forecasting work you've led.\n"
                       "Questions? Emily Tran (emily.tran@" + dom + ") is coordinating.",
        "location": "Level 12, 88 Harbour Street, Sydney NSW / Google Meet",
        "creator": {"email": f"emily.tran@{dom}"},
        "organizer": {"email": f"talent@{dom}", "displayName": "Tidewater Talent"},
        "start": {"dateTime": s.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": e.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Australia/Sydney"},
        "iCalUID": "5q1t9vbc2k0h6m3dd7r8p4aqss@calendar.example", "sequence": 0,
        "attendees": [
            {"email": user, "displayName": "Sam Whitlock", "self": True, "responseStatus": "accepted"},
            {"email": pn, "displayName": "Priya Nandakumar", "responseStatus": "accepted"},
            {"email": ga, "displayName": "George Alexiou", "responseStatus": "accepted"},
            {"email": hc, "displayName": "Hannah Cole", "responseStatus": "tentative"},
            {"email": f"talent@{dom}", "displayName": "Tidewater Talent", "organizer": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.example/tdw-pnlx-sam",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.example/tdw-pnlx-sam",
                                            "label": "meet.example/tdw-pnlx-sam"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "tdw-pnlx-sam"},
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    case("f04-tidewater", lab(user, [iv("Tidewater Energy", "Grid Analytics Lead", s, e, "scheduled",
                                        [pn, ga, hc], [pn, ga, hc], "onsite")],
                              "hard", "positive/gcal_api_panel",
                              "API event with UTC dateTime on previous UTC day; Sydney AEST +10:00 (after Apr 5 DST end); group organizer and coordinator excluded."),
         [("01-panel-tidewater.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False).encode())])


# ---------------------------------------------------------------- f05 Google invite + updated invite, Sao Paulo
def f05():
    user = "rafael.menezes@example.com"
    bl, tr = "beatriz.lopes@quillmark.example", "tiago.ramos@quillmark.example"
    s0, e0 = T(2026, 5, 7, 14, 0, "America/Sao_Paulo"), T(2026, 5, 7, 15, 0, "America/Sao_Paulo")
    s1, e1 = T(2026, 5, 8, 16, 0, "America/Sao_Paulo"), T(2026, 5, 8, 17, 0, "America/Sao_Paulo")
    uid = "2hq0c8n4v1ot6kd9gbl3rm5s7e@calendar.example"

    def ics(s, e, seq, stamp):
        return ical(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                     "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zs(s)}", f"DTEND:{zs(e)}",
                     f"DTSTAMP:{zs(stamp)}", f"ORGANIZER;CN=Beatriz Lopes:mailto:{bl}", f"UID:{uid}",
                     f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Beatriz Lopes;X-NUM-GUESTS=0:mailto:{bl}",
                     f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tiago Ramos;X-NUM-GUESTS=0:mailto:{tr}",
                     f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={user};X-NUM-GUESTS=0:mailto:{user}",
                     "X-GOOGLE-CONFERENCE:https://meet.example/qlm-fend-rfl", "CREATED:20260504T131502Z",
                     "DESCRIPTION:" + ics_text("Pairing session for the Frontend Engineer position: we'll build a small React component together and chat about your past work.\n\nJoin with Google Meet: https://meet.example/qlm-fend-rfl"),
                     f"LAST-MODIFIED:{zs(stamp)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
                     "SUMMARY:Quillmark - Technical interview (Rafael Menezes)", "TRANSP:OPAQUE",
                     "END:VEVENT", "END:VCALENDAR"])

    def body(s, e, updated):
        when = s.strftime("%A %b %-d, %Y") + " " + s.strftime("%-I%p").lower() + " - " + e.strftime("%-I%p").lower() + " (BRT)"
        head = "This event has been updated\nChanged: time\n\n" if updated else ""
        t = (f"{head}Quillmark - Technical interview (Rafael Menezes)\n{when}\n\nJoining info\n"
             "Join with Google Meet\nhttps://meet.example/qlm-fend-rfl\n\nGuests\nBeatriz Lopes - organizer\n"
             f"Tiago Ramos\n{user}\n\nPairing session for the Frontend Engineer position: we'll build a small React\n"
             "component together and chat about your past work.\n\n"
             "Invitation from Google Calendar\nYou are receiving this email because you are an attendee of the event.")
        return t, when
    t0, w0 = body(s0, e0, False)
    t1, w1 = body(s1, e1, True)
    st0, st1 = T(2026, 5, 4, 10, 15, "America/Sao_Paulo"), T(2026, 5, 6, 9, 2, "America/Sao_Paulo")
    m1 = google_invite(f"Beatriz Lopes <{bl}>", user,
                       f"Invitation: Quillmark - Technical interview (Rafael Menezes) @ {w0} ({user})",
                       st0, t0, html_of(t0), ics(s0, e0, 0, st0), "<calendar-a81f2c44-90de@calendar.example>")
    m2 = google_invite(f"Beatriz Lopes <{bl}>", user,
                       f"Updated invitation: Quillmark - Technical interview (Rafael Menezes) @ {w1} ({user})",
                       st1, t1, html_of(t1), ics(s1, e1, 1, st1), "<calendar-5b6e0d17-33fa@calendar.example>")
    case("f05-quillmark", lab(user, [iv("Quillmark", "Frontend Engineer", s1, e1, "scheduled", [bl, tr], [bl, tr],
                                        "technical")],
                              "medium", "positive/reschedule_invite",
                              "Google invite then Updated invitation (SEQUENCE 1) moving Thu 2pm to Fri 4pm BRT (-03:00, no DST); one interview at final time."),
         [("01-invitation-technical.eml", with_delivered(m1, user)),
          ("02-updated-invitation-technical.eml", with_delivered(m2, user))])


# ---------------------------------------------------------------- f06 French thread, reschedule across EU DST
def f06():
    user = "camille.bernard@example.com"
    jm, cf = "julien.marchetti@atelier-verne.example", "claire.fontaine@atelier-verne.example"
    s, e = T(2026, 3, 31, 14, 0, "Europe/Paris"), T(2026, 3, 31, 14, 45, "Europe/Paris")
    P = "Europe/Paris"
    ids = ["<a1.jm@atelier-verne.example>", "<b2.cb@example.com>", "<c3.jm@atelier-verne.example>",
           "<d4.cb@example.com>", "<e5.jm@atelier-verne.example>"]
    subj = "Votre candidature - Designer UX/UI senior"
    sig = "\n\nBien à vous,\nJulien Marchetti\nChargé de recrutement - Atelier Verne\n01 84 60 22 17"
    msgs = [
        (f"Julien Marchetti <{jm}>", f"Camille Bernard <{user}>", subj, T(2026, 3, 18, 9, 47, P),
         "Bonjour Camille,\n\nMerci pour notre échange téléphonique de lundi. Comme convenu, Claire Fontaine, notre\n"
         "directrice de création, souhaiterait vous rencontrer en visio pour le poste de Designer UX/UI senior.\n\n"
         "Seriez-vous disponible le jeudi 26 mars à 14h ? Comptez environ 45 minutes." + sig, None),
        (f"Camille Bernard <{user}>", f"Julien Marchetti <{jm}>", "RE: " + subj, T(2026, 3, 18, 12, 30, P),
         "Bonjour Julien,\n\nOui, jeudi 26 à 14h me convient parfaitement.\n\nBonne journée,\nCamille", None),
        (f"Julien Marchetti <{jm}>", f"Camille Bernard <{user}>", "RE: " + subj, T(2026, 3, 24, 16, 5, P),
         "Bonjour Camille,\n\nClaire a malheureusement un empêchement jeudi. Pourrions-nous décaler au\n"
         "mardi 31 mars, même heure ? Désolé pour ce changement." + sig, None),
        (f"Camille Bernard <{user}>", f"Julien Marchetti <{jm}>", "RE: " + subj, T(2026, 3, 24, 18, 40, P),
         "Pas de souci, mardi 31 à 14h c'est noté de mon côté.\n\nCamille", None),
        (f"Julien Marchetti <{jm}>", f"Camille Bernard <{user}>", "RE: " + subj, T(2026, 3, 25, 9, 10, P),
         "Parfait, merci Camille. Je mets Claire en copie : elle vous enverra le lien Meet d'ici là." + sig, cf),
    ]
    items = []
    for i, (fr, to, sj, d, b, cc) in enumerate(msgs):
        m = mail(fr, to, sj, d, b, msgid=ids[i], cc=f"Claire Fontaine <{cc}>" if cc else None,
                 in_reply_to=ids[i - 1] if i else None, references=" ".join(ids[:i]) if i else None,
                 cte="quoted-printable", extra={"Content-Language": "fr-FR"})
        items.append((f"{i + 1:02d}-candidature-designer.eml", with_delivered(m, user)))
    case("f06-atelier-verne", lab(user, [iv("Atelier Verne", "Designer UX/UI senior", s, e, "scheduled",
                                            [cf], [cf], "hiring_manager")],
                                  "hard", "positive/non_english_reschedule_mail",
                                  "French thread; agreed Thu 26 Mar 14h (CET) then moved by mail to Tue 31 Mar 'même heure' -> 14:00 CEST +02:00 (after Mar 29). Claire cc'd and conducts."),
         items)


# ---------------------------------------------------------------- f07 Lever confirmation then cancellation, London GMT
def f07():
    user = "oliver.grant@example.com"
    ao, da = "amara.osei@penroseanalytics.example", "daniel.ashworth@penroseanalytics.example"
    s, e = T(2026, 3, 27, 11, 0, "Europe/London"), T(2026, 3, 27, 12, 0, "Europe/London")
    uid = "lever-interview-0c4d2a9e-1b7f-4e55-b0a3-penrose"

    def ics(method, seq, status, stamp):
        return ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Hire//EN", f"METHOD:{method}",
                     "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zs(stamp)}", f"DTSTART:{zs(s)}", f"DTEND:{zs(e)}",
                     "SUMMARY:Oliver Grant <> Penrose Analytics: Technical Interview",
                     "LOCATION:https://zoom.example/j/83310045722",
                     f"ORGANIZER;CN=Amara Osei:mailto:{ao}",
                     f"ATTENDEE;CN=Oliver Grant;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{user}",
                     f"ATTENDEE;CN=Daniel Ashworth;PARTSTAT=ACCEPTED:mailto:{da}",
                     f"SEQUENCE:{seq}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"])
    st1, st2 = T(2026, 3, 17, 15, 20, "Europe/London"), T(2026, 3, 24, 10, 2, "Europe/London")
    t1 = ("Hi Oliver,\n\nYou're all set for your technical interview for the Machine Learning Engineer role at\n"
          "Penrose Analytics.\n\nWhen: Friday 27 March 2026, 11:00 - 12:00 (GMT)\n"
          "Who: Daniel Ashworth, Senior ML Engineer\nWhere: Zoom - https://zoom.example/j/83310045722\n\n"
          "Expect a mix of ML fundamentals and a discussion of a model you've shipped.\n\n"
          "Kind regards,\nAmara Osei\nTalent Acquisition, Penrose Analytics")
    m1 = mail("Amara Osei (via Lever) <no-reply@hire.lever-mail.example>", f"Oliver Grant <{user}>",
              "Interview confirmation - Machine Learning Engineer at Penrose Analytics", st1, t1,
              html=html_of(t1), reply_to=f"Amara Osei <{ao}>", msgid="<lever.0c4d2a9e.1@hire.lever-mail.example>")
    attach_ics(m1, ics("REQUEST", 0, "CONFIRMED", st1))
    t2 = ("Hi Oliver,\n\nI'm sorry to be writing with this news. We've had to pause hiring for the Machine\n"
          "Learning Engineer position while we review our plans for Q2, so we need to cancel your interview\n"
          "with Daniel on Friday 27 March. I've removed it from the calendar.\n\n"
          "I'll be in touch as soon as I know more - it's a genuine pause, not a decision on your application.\n\n"
          "Apologies again,\nAmara")
    m2 = mail("Amara Osei (via Lever) <no-reply@hire.lever-mail.example>", f"Oliver Grant <{user}>",
              "Cancelled: Technical Interview - Penrose Analytics", st2, t2, reply_to=f"Amara Osei <{ao}>",
              msgid="<lever.0c4d2a9e.2@hire.lever-mail.example>")
    attach_ics(m2, ics("CANCEL", 1, "CANCELLED", st2), "cancel.ics", method="CANCEL")
    case("f07-penrose", lab(user, [iv("Penrose Analytics", "Machine Learning Engineer", s, e, "cancelled",
                                      [da], [da], "technical")],
                            "medium", "positive/cancellation",
                            "Lever confirmation + later METHOD:CANCEL; cancelled at last time 27 Mar 11:00 GMT (+00:00, before UK DST Mar 29)."),
         [("01-interview-confirmation.eml", with_delivered(m1, user)), ("02-cancelled.eml", with_delivered(m2, user))])


# ---------------------------------------------------------------- f08 onsite loop, Tokyo, agenda + multi-VEVENT ics
def f08():
    user = "aiko.mori@example.com"
    dom = "kisaragigames.example"
    Z = "Asia/Tokyo"
    sessions = [
        ((10, 0), (10, 45), "Coding", "Kenji Aoki", f"kenji.aoki@{dom}"),
        ((10, 45), (11, 30), "Systems design", "Sofia Lindqvist", f"sofia.lindqvist@{dom}"),
        ((12, 30), (13, 15), "Gameplay deep dive", "Ren Fujimoto", f"ren.fujimoto@{dom}"),
        ((13, 15), (13, 45), "Hiring manager", "Naoko Ishii", f"naoko.ishii@{dom}"),
    ]
    yt = f"yuki.tanaka@{dom}"
    stamp = T(2026, 6, 1, 17, 30, Z)
    ev = []
    for i, ((h1, m1_), (h2, m2_), title, name, em) in enumerate(sessions):
        a, b = T(2026, 6, 10, h1, m1_, Z), T(2026, 6, 10, h2, m2_, Z)
        ev += ["BEGIN:VEVENT", f"UID:gt-8812-{i}@goodtime-mail.example", f"DTSTAMP:{zs(stamp)}",
               f"DTSTART:{zs(a)}", f"DTEND:{zs(b)}", f"SUMMARY:Onsite: {title} - Aiko Mori",
               "LOCATION:Kisaragi Games\\, 3-14-2 Jingumae\\, Shibuya-ku\\, Tokyo",
               f"ORGANIZER;CN=Yuki Tanaka:mailto:{yt}",
               f"ATTENDEE;CN=Aiko Mori;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{user}",
               f"ATTENDEE;CN={name};PARTSTAT=ACCEPTED:mailto:{em}", "SEQUENCE:0", "END:VEVENT"]
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//GoodTime//Interview Scheduling//EN", "METHOD:REQUEST"]
               + ev + ["END:VCALENDAR"])
    text = ("Hi Aiko,\n\nWe're excited to welcome you to our Tokyo studio for your onsite interview for the\n"
            "Senior Gameplay Programmer position!\n\nDate: Wednesday, June 10, 2026 (all times JST)\n"
            "Address: 3-14-2 Jingumae, Shibuya-ku, Tokyo - please check in at reception on 5F.\n\n"
            f"10:00 - 10:45  Coding                Kenji Aoki ({sessions[0][4]})\n"
            f"10:45 - 11:30  Systems design        Sofia Lindqvist ({sessions[1][4]})\n"
            "11:30 - 12:30  Lunch with the gameplay team (not an interview - relax!)\n"
            f"12:30 - 13:15  Gameplay deep dive    Ren Fujimoto ({sessions[2][4]})\n"
            f"13:15 - 13:45  Hiring manager        Naoko Ishii ({sessions[3][4]})\n\n"
            "Calendar holds for each session are attached. If anything comes up, reply to this email and\n"
            "Yuki will help.\n\nSee you soon,\nYuki Tanaka\nRecruiting Coordinator, Kisaragi Games\n\nSent via GoodTime")
    m = mail("Kisaragi Games Recruiting <scheduling@goodtime-mail.example>", f"Aiko Mori <{user}>",
             "Your onsite itinerary - Kisaragi Games (June 10)", stamp, text, html=html_of(text),
             reply_to=f"Yuki Tanaka <{yt}>", msgid="<gt-8812@goodtime-mail.example>", cte="base64")
    attach_ics(m, ics, "onsite-itinerary.ics")
    ems = [x[4] for x in sessions]
    case("f08-kisaragi", lab(user, [iv("Kisaragi Games", "Senior Gameplay Programmer",
                                       T(2026, 6, 10, 10, 0, Z), T(2026, 6, 10, 13, 45, Z), "scheduled",
                                       ems, ems, "onsite")],
                             "hard", "positive/onsite_loop",
                             "GoodTime itinerary (base64 body) + one ics with 4 VEVENTs in UTC and a lunch gap; one onsite 10:00-13:45 JST, coordinator excluded."),
         [("01-onsite-itinerary.eml", with_delivered(m, user))])


# ---------------------------------------------------------------- f09 founder chat, short mail + Zoom .ics, Denver
MT_VTZ = ["BEGIN:VTIMEZONE", "TZID:America/Denver", "BEGIN:DAYLIGHT", "DTSTART:20070311T020000",
          "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZNAME:MDT",
          "END:DAYLIGHT", "BEGIN:STANDARD", "DTSTART:20071104T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700",
          "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZNAME:MST", "END:STANDARD", "END:VTIMEZONE"]


def f09():
    user = "jess.park@example.com"
    th = "theo@lumenfold.example"
    Z = "America/Denver"
    s, e = T(2026, 10, 28, 16, 0, Z), T(2026, 10, 28, 16, 30, Z)
    m = mail(f"Theo Brandt <{th}>", f"Jess Park <{user}>", "last step", T(2026, 10, 22, 19, 14, Z),
             "hey Jess - the team loved your portfolio walkthrough. last step for the founding designer role\n"
             "is a chat with me. sent you a zoom for wed 10/28 at 4 MT, ~30 min. nothing to prep, just want to\n"
             "get to know you. lmk if the time's bad\n\ntheo\n\nsent from my phone",
             msgid="<FA21B7C0-77E1-4E0B-9C1B-3C2D1E0F9A11@lumenfold.example>")
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "CLASS:PUBLIC"] + MT_VTZ + [
        "BEGIN:VEVENT", f"DTSTAMP:{zs(T(2026, 10, 22, 19, 9, Z))}",
        f"DTSTART;TZID=America/Denver:{loc(s)}", f"DTEND;TZID=America/Denver:{loc(e)}",
        "SUMMARY:Theo <> Jess", "UID:20261022T190900Z-86145502233@fe80:0:0:0:c0a8:1:zoom",
        "TZID:America/Denver",
        "DESCRIPTION:" + ics_text("Theo Brandt is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://zoom.example/j/86145502233?pwd=bHVtZW4\n\nMeeting ID: 861 4550 2233\nPasscode: 402118"),
        "LOCATION:https://zoom.example/j/86145502233?pwd=bHVtZW4",
        f"ORGANIZER;CN=Theo Brandt:mailto:{th}",
        f"ATTENDEE;CN=Jess Park;RSVP=TRUE:mailto:{user}",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    case("f09-lumenfold", lab(user, [iv("Lumenfold", "Founding Designer", s, e, "scheduled", [th], [th],
                                        "hiring_manager")],
                              "medium", "positive/zoom_founder_informal",
                              "Informal founder mail + Zoom .ics (TZID America/Denver); Oct 28 still MDT -06:00 (US fall-back Nov 1)."),
         [("01-last-step.eml", with_delivered(m, user)), ("02-zoom-theo-jess.ics", ics.encode())])


# ---------------------------------------------------------------- f10 Spanish informal phone screen, Madrid after fall-back
def f10():
    user = "lucia.ferrer@example.com"
    mg = "marta.gil@nubeluz.example"
    Z = "Europe/Madrid"
    s, e = T(2026, 10, 27, 11, 30, Z), T(2026, 10, 27, 12, 0, Z)
    ids = ["<m1.mgil@nubeluz.example>", "<m2.lferrer@example.com>", "<m3.mgil@nubeluz.example>"]
    msgs = [
        (f"Marta Gil <{mg}>", f"Lucía Ferrer <{user}>", "Data Engineer en Nubeluz", T(2026, 10, 22, 17, 48, Z),
         "¡Hola Lucía!\n\nSoy Marta, del equipo de talento de Nubeluz. He visto tu candidatura para Data Engineer\n"
         "y me encantaría conocerte. ¿Te viene bien una llamada el martes que viene a las 11:30? Serían unos\n"
         "30 minutos, algo informal para contarte el puesto.\n\nUn saludo,\nMarta"),
        (f"Lucía Ferrer <{user}>", f"Marta Gil <{mg}>", "Re: Data Engineer en Nubeluz", T(2026, 10, 22, 20, 5, Z),
         "¡Hola Marta! Sí, el martes a las 11:30 me va genial. Mi móvil es el 612 555 043.\n\nGracias,\nLucía"),
        (f"Marta Gil <{mg}>", f"Lucía Ferrer <{user}>", "Re: Data Engineer en Nubeluz", T(2026, 10, 23, 8, 51, Z),
         "Genial, te llamo entonces. ¡Hasta el martes!"),
    ]
    items = []
    for i, (fr, to, sj, d, b) in enumerate(msgs):
        m = mail(fr, to, sj, d, b, msgid=ids[i], in_reply_to=ids[i - 1] if i else None,
                 references=" ".join(ids[:i]) if i else None, cte="base64" if i == 1 else "quoted-printable")
        items.append((f"{i + 1:02d}-data-engineer-nubeluz.eml", with_delivered(m, user)))
    case("f10-nubeluz", lab(user, [iv("Nubeluz", "Data Engineer", s, e, "scheduled", [mg], [mg], "phone_screen")],
                            "hard", "positive/non_english_informal",
                            "Spanish thread; 'el martes que viene' from Thu Oct 22 = Tue Oct 27; CET +01:00 (EU fall-back Oct 25, mail sent in CEST)."),
         items)


# ---------------------------------------------------------------- negatives
def f11():  # user is the interviewer (Google invite from own employer)
    user = "nadia.kovac@example.com"
    rc = "olivia.hart@bramblecroft.example"
    s, e = T(2026, 2, 19, 13, 0, "America/Chicago"), T(2026, 2, 19, 14, 0, "America/Chicago")
    st = T(2026, 2, 16, 9, 5, "America/Chicago")
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zs(s)}", f"DTEND:{zs(e)}",
                f"DTSTAMP:{zs(st)}", f"ORGANIZER;CN=Olivia Hart:mailto:{rc}", "UID:7vn2k4q0j8c1s9d5m3p6t0ab1c@calendar.example",
                f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={user};X-NUM-GUESTS=0:mailto:{user}",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ethan Cole;X-NUM-GUESTS=0:mailto:ethan.cole.dev@example.net",
                "DESCRIPTION:" + ics_text("Interviewer: Nadia Kovac\nCandidate: Ethan Cole (Backend Engineer II)\nFocus: system design - rate limiter\n\nPlease review the resume and interview kit in Greenhouse beforehand and submit your scorecard within 24 hours.\n\nJoin: https://meet.example/brc-ivw-ecl"),
                "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Interview: Ethan Cole - Backend Engineer II - System Design",
                "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    text = ("Interview: Ethan Cole - Backend Engineer II - System Design\nThursday Feb 19, 2026 1pm - 2pm (CST)\n\n"
            "Interviewer: Nadia Kovac\nCandidate: Ethan Cole (Backend Engineer II)\nFocus: system design - rate limiter\n\n"
            "Please review the resume and interview kit in Greenhouse beforehand and submit your scorecard\n"
            "within 24 hours.\n\nJoin with Google Meet: https://meet.example/brc-ivw-ecl\n\n"
            "Invitation from Google Calendar")
    m = google_invite(f"Olivia Hart <{rc}>", user,
                      f"Invitation: Interview: Ethan Cole - Backend Engineer II - System Design @ Thu Feb 19, 2026 1pm - 2pm (CST) ({user})",
                      st, text, html_of(text), ics, "<calendar-0ee1d4b3-7c5a@calendar.example>")
    case("f11-bramblecroft", lab(user, [], "hard", "negative/user_is_interviewer",
                                 "Owner is on the interview panel (scorecard, candidate Ethan Cole); Google invite looks like an interview."),
         [("01-invitation-interview.eml", with_delivered(m, user))])


def f12():  # mock interview with paid coach, Calendar API event
    user = "ben.adler@example.com"
    Z = "Europe/London"
    s, e = T(2026, 5, 12, 18, 30, Z), T(2026, 5, 12, 19, 30, Z)
    ev = {"kind": "calendar#event", "etag": "\"3550012345678000\"", "id": "mk9r3t5v7x1z2b4d6f8h0j2l4n",
          "status": "confirmed", "created": "2026-05-02T10:01:00.000Z", "updated": "2026-05-02T10:03:12.000Z",
          "summary": "Mock interview: PM behavioural round (session 2/3)",
          "description": "Northstar Career Coaching - session 2 of your 3-session package (paid).\n"
                         "We'll run a full mock hiring-manager interview for your upcoming product manager loops,\n"
                         "then debrief with written feedback.\n\nCoach: Marisol Vega",
          "creator": {"email": "marisol@northstarcoaching.example"},
          "organizer": {"email": "marisol@northstarcoaching.example", "displayName": "Marisol Vega"},
          "start": {"dateTime": iso(s), "timeZone": Z}, "end": {"dateTime": iso(e), "timeZone": Z},
          "iCalUID": "mk9r3t5v7x1z2b4d6f8h0j2l4n@calendar.example", "sequence": 0,
          "attendees": [{"email": "marisol@northstarcoaching.example", "displayName": "Marisol Vega",
                         "organizer": True, "responseStatus": "accepted"},
                        {"email": user, "self": True, "responseStatus": "accepted"}],
          "location": "https://zoom.example/j/91120077431", "reminders": {"useDefault": True}, "eventType": "default"}
    case("f12-northstar-coaching", lab(user, [], "medium", "negative/mock_interview",
                                    "Paid coaching mock interview as a Calendar API event; not a hiring process."),
         [("01-mock-interview.gcal.json", json.dumps(ev, indent=2).encode())])


def f13():  # unbooked scheduling link + reminder
    user = "priya.sethi@example.com"
    go = "greg.olsen@fernbrook.example"
    Z = "America/Phoenix"
    m1 = mail(f"Greg Olsen <{go}>", f"Priya Sethi <{user}>", "Fernbrook - next step: technical interview",
              T(2026, 7, 14, 11, 22, Z),
              "Hi Priya,\n\nThanks again for the chat last week! The team would like to move you forward to a 60-minute\n"
              "technical interview for the Actuarial Data Scientist role.\n\n"
              "Please grab whatever slot suits you here - we have openings Monday through Wednesday next week,\n"
              "between 9am and 4pm Arizona time:\nhttps://calendly.example/fernbrook-ds/technical-60\n\n"
              "Once you book, you'll get a calendar invite with the video link.\n\nThanks,\nGreg Olsen\n"
              "Senior Recruiter, Fernbrook Insurance", msgid="<fb-go-2201@fernbrook.example>")
    m2 = mail("Calendly <notifications@calendly-mail.example>", f"Priya Sethi <{user}>",
              "Reminder: choose a time for Technical Interview (Fernbrook Insurance)", T(2026, 7, 17, 8, 0, Z),
              "Hi Priya,\n\nGreg Olsen invited you to schedule \"Technical Interview - 60 min\" but you haven't\n"
              "picked a time yet. Available times fill up quickly.\n\nSchedule now: https://calendly.example/fernbrook-ds/technical-60\n\n"
              "Calendly", msgid="<reminder-55f1@calendly-mail.example>")
    case("f13-fernbrook", lab(user, [], "hard", "negative/availability_request",
                              "Scheduling link and unbooked reminder; no interview time was ever booked."),
         [("01-next-step.eml", with_delivered(m1, user)), ("02-reminder-choose-time.eml", with_delivered(m2, user))])


def f14():  # German paid user-research "Interview" with ics
    user = "jonas.keller@example.com"
    Z = "Europe/Berlin"
    s, e = T(2026, 4, 14, 15, 0, Z), T(2026, 4, 14, 16, 0, Z)
    st = T(2026, 4, 8, 10, 12, Z)
    text = ("Hallo Herr Keller,\n\nvielen Dank für Ihre Teilnahme an unserer Studie zur Nutzung von Banking-Apps!\n"
            "Hiermit bestätigen wir Ihren Termin für das Nutzer-Interview:\n\n"
            "Dienstag, 14. April 2026, 15:00 - 16:00 Uhr\nOnline per Video (Link folgt am Vortag)\n"
            "Interviewerin: Sabine Roth, UX Research\n\n"
            "Als Dankeschön erhalten Sie nach dem Gespräch einen Gutschein im Wert von 60 EUR.\n"
            "Es gibt keine richtigen oder falschen Antworten - uns interessiert Ihre ehrliche Meinung.\n\n"
            "Mit freundlichen Grüßen\nIhr Marktblick Research Team")
    m = mail("Marktblick Research <studien@marktblick.example>", f"Jonas Keller <{user}>",
             "Terminbestätigung: Ihr Interview am 14.04.2026", st, text, cte="quoted-printable",
             msgid="<mb-2026-0412-778@marktblick.example>", extra={"Content-Language": "de-DE"})
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Marktblick//Studienplanung//DE", "METHOD:REQUEST",
                "BEGIN:VEVENT", "UID:mb-studie-778-keller@marktblick.example", f"DTSTAMP:{zs(st)}",
                f"DTSTART:{zs(s)}", f"DTEND:{zs(e)}", "SUMMARY:Nutzer-Interview Banking-Apps (Marktblick)",
                "ORGANIZER;CN=Marktblick Research:mailto:studien@marktblick.example",
                f"ATTENDEE;CN=Jonas Keller;RSVP=TRUE:mailto:{user}", "END:VEVENT", "END:VCALENDAR"])
    attach_ics(m, ics, "termin.ics")
    case("f14-marktblick", lab(user, [], "hard", "negative/user_research_non_english",
                               "German paid user-research 'Interview' with a booked time and .ics; not a job interview."),
         [("01-terminbestaetigung.eml", with_delivered(m, user))])


def f15():  # podcast interview via Outlook invite
    user = "andre.silva@example.com"
    host = "maya.r@signalpath.example"
    s, e = T(2026, 9, 2, 9, 0, "America/New_York"), T(2026, 9, 2, 10, 0, "America/New_York")
    desc = ("Hi Andre - thanks for agreeing to come on Signal Path! We'll record a ~45 min interview about your\n"
            "open-source observability work, plus 15 min for setup. Studio link: https://riverside.example/studio/signalpath\n"
            "Please use headphones. Episode airs late September.")
    vtz = ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
           "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
           "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    ics = ical(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + vtz + [
        "BEGIN:VEVENT", f"ORGANIZER;CN=Maya Reyes:mailto:{host}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andre Silva:mailto:{user}",
        "DESCRIPTION;LANGUAGE=en-US:" + ics_text(desc),
        "UID:040000008200E00074C5B7101A82E0080000000090D2B1C4E63FDC01000000000000000010000000AA41F0",
        "SUMMARY;LANGUAGE=en-US:Signal Path podcast - interview recording (Andre Silva)",
        f"DTSTART;TZID=Eastern Standard Time:{loc(s)}", f"DTEND;TZID=Eastern Standard Time:{loc(e)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zs(T(2026, 8, 20, 13, 0, 'America/New_York'))}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Riverside studio (online)",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    text = ("When: Wednesday, September 2, 2026 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada).\n"
            "Where: Riverside studio (online)\n\n" + desc)
    m = outlook_invite(f"Maya Reyes <{host}>", f"Andre Silva <{user}>",
                       "Signal Path podcast - interview recording (Andre Silva)", T(2026, 8, 20, 13, 0, "America/New_York"),
                       text, html_of(text), ics, "<MN2PR04MB6112F0@signalpath.example>")
    case("f15-signalpath", lab(user, [], "medium", "negative/podcast",
                               "Outlook invite for a podcast interview recording; press, not hiring."),
         [("01-podcast-recording.eml", with_delivered(m, user))])


def f16():  # one-way video interview
    user = "kwame.mensah@example.com"
    Z = "Europe/London"
    text = ("Dear Kwame,\n\nThank you for applying to the Veridia Bank Graduate Analyst Programme 2026.\n\n"
            "The next stage is an on-demand video interview. You will record answers to five pre-set questions\n"
            "at a time that suits you - there is no live interviewer, and each answer is limited to 2 minutes.\n\n"
            "Please complete your video interview by 23:59 GMT on Friday 20 February 2026:\n"
            "https://vidscreen.example/i/VRD-GA26-4481\n\nAllow around 25 minutes in a quiet place.\n\n"
            "Good luck,\nVeridia Bank Early Careers\n\nThis mailbox is not monitored.")
    m = mail("Veridia Bank Early Careers <noreply@vidscreen-mail.example>", f"Kwame Mensah <{user}>",
             "Action required: complete your video interview", T(2026, 2, 13, 9, 0, Z), text, html=html_of(text),
             msgid="<vs-4481-invite@vidscreen-mail.example>")
    case("f16-veridia-bank", lab(user, [], "medium", "negative/one_way_video",
                                 "On-demand (one-way) recorded video interview with a deadline; no live conversation."),
         [("01-video-interview.eml", with_delivered(m, user))])


def main():
    for fn in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16):
        fn()
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for name, data in items:
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Blind set 5 - generated by make_cases.py (do not edit by hand)\n")
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=1000)


if __name__ == "__main__":
    main()
