#!/usr/bin/env python3
"""Deterministic generator for the blind75 evaluation set (staff nurse in Dublin).

Rewrites every b75-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. All names, companies and domains are invented (.example).
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
DUB = ZoneInfo("Europe/Dublin")
LON = ZoneInfo("Europe/London")
SYD = ZoneInfo("Australia/Sydney")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

OWNER = "niamh.cullinane@example.com"
OWNER_NAME = "Niamh Cullinane"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def wd(dt):
    return dt.strftime("%A")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ------------------------------------------------------------------ iCalendar helpers
def esc(s):
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


def vtz(tzid, kind):
    if kind in ("europe_london",):
        body = ["BEGIN:STANDARD", "DTSTART:16011025T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010329T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT"]
    elif kind == "sydney":
        body = ["BEGIN:STANDARD", "DTSTART:16010405T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
                "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16011004T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT"]
    elif kind == "cet":
        body = ["BEGIN:STANDARD", "DTSTART:16011025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT"]
    else:
        raise ValueError(kind)
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}"] + body + ["END:VTIMEZONE"]


def ics(method, prodid, events, tz=None, extra_cal=()):
    """events: list of dicts. times: start/end aware datetimes; 'tzid' -> local with TZID, else UTC Z."""
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + list(extra_cal)
    if tz:
        L += vtz(*tz)
    for ev in events:
        L.append("BEGIN:VEVENT")
        if ev.get("organizer"):
            cn, em = ev["organizer"]
            L.append(f"ORGANIZER;CN={cn}:mailto:{em}")
        for cn, em, role in ev.get("attendees", []):
            L.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{em}")
        if ev.get("description") is not None:
            L.append("DESCRIPTION;LANGUAGE=en-GB:" + esc(ev["description"]) if ev.get("ms") else
                     "DESCRIPTION:" + esc(ev["description"]))
        L.append(f"UID:{ev['uid']}")
        L.append(f"SUMMARY:{esc(ev['summary'])}")
        for key in ("start", "end"):
            dt = ev[key]
            name = "DTSTART" if key == "start" else "DTEND"
            if ev.get("tzid"):
                L.append(f"{name};TZID={ev['tzid']}:{local(dt.astimezone(ev['zone']))}")
            else:
                L.append(f"{name}:{zstamp(dt)}")
        L.append(f"DTSTAMP:{zstamp(ev['stamp'])}")
        if ev.get("location") is not None:
            L.append(f"LOCATION:{esc(ev['location'])}")
        L.append(f"SEQUENCE:{ev.get('sequence', 0)}")
        L.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
        L.append("TRANSP:OPAQUE")
        for x in ev.get("extra", []):
            L.append(x)
        if ev.get("ms"):
            L += ["CLASS:PUBLIC", "PRIORITY:5",
                  f"X-MICROSOFT-CDO-APPT-SEQUENCE:{ev.get('sequence', 0)}",
                  "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
                  "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
                  "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method != "CANCEL"
                  else "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
                  "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
        if method != "CANCEL":
            L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return "".join(fold(x) + "\r\n" for x in L)


# ------------------------------------------------------------------ e-mail helper
def mail(date, frm, subject, msgid, text=None, html=None, to=OWNER_ADDR, cc=None, reply_to=None,
         sender=None, in_reply_to=None, refs=None, cal=None, cal_method="REQUEST", attach_ics=None,
         attach_name="invite.ics", attach_type=("application", "ics"), text_cte="quoted-printable",
         html_cte="quoted-printable", cal_cte="base64", extra_headers=(), return_path=None, mixed=False):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Return-Path"] = f"<{return_path or frm.split('<')[-1].rstrip('>')}>"
    for k, v in extra_headers:
        m[k] = v
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
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = refs or in_reply_to
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        if m.get_content_maintype() != "multipart":
            m.make_alternative()
        m.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar", cte=cal_cte,
                          params={"method": cal_method, "charset": "UTF-8"})
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode("utf-8"), maintype=attach_type[0], subtype=attach_type[1],
                         filename=attach_name)
    elif mixed:
        m.make_mixed()
    import hashlib
    seed = hashlib.sha1(msgid.encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"{i:02d}{seed[i:i + 10]}{seed[-14:]}")
    return m.as_bytes(policy=POLICY.clone(max_line_length=160))


def add(case, items, label):
    CASES[case] = items
    label = dict(label)
    label = {"user": OWNER, **label}
    LABELS[case] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def teams_block(mid, pc):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
            f"Meeting ID: {pc[0]}\nPasscode: {pc[1]}\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n")


def html_of(text):
    import html as H
    paras = text.strip().split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "\n".join("<p>" + H.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
            + "</div></body></html>\n")


# ==================================================================== POSITIVES
def c01():
    cid = "b75-01-publicposts-panel-interview-body-only"
    sent = T(DUB, 2026, 2, 25, 16, 2)
    st, en = T(DUB, 2026, 3, 12, 10, 40), T(DUB, 2026, 3, 12, 11, 10)
    text = f"""Dear Niamh Cullinane,

Campaign: SCUH-SN-ED-2026-014
Post: Staff Nurse – Emergency Department (Permanent, Whole-time)
Employer: St Columba’s University Hospital, Dublin 7

Following the shortlisting process we are pleased to invite you to attend for interview for the above post.

Interview date: {st:%d/%m/%Y}
Time: {st:%H:%M} - {en:%H:%M}
Venue: Nurse Education Centre, Level 2, Phibsborough Wing, St Columba’s University Hospital, Dublin 7

Format: Competency-based interview (approx. 30 minutes) before a panel of three.
Interview board:
  Chair – Ms Fionnuala Ward, Director of Nursing
  Mr Declan Moriarty, Clinical Nurse Manager 3, Emergency Department
  Ms Sinéad O’Halloran, HR Business Partner

Please arrive 15 minutes before your interview time and bring the following original documents:
  - Photographic ID (passport or driving licence)
  - Current NMRCI registration certificate (active Register)
  - Two referees’ contact details if not already provided

If you are unable to attend, or if you require any reasonable accommodation, please contact Gráinne Doyle, Recruitment Officer, at grainne.doyle@stcolumbas.example or 01 809 4417 as soon as possible. Please do not reply to this e-mail as this mailbox is not monitored.

Is mise le meas,

Recruitment & Selection
PublicPosts – National Health Recruitment Portal
www.publicposts.example | Candidate Ref: PP-0043981
"""
    items = [("01-publicposts-interview-invitation.eml",
              mail(sent, "PublicPosts <no-reply@publicposts.example>",
                   "Invitation to Interview – Staff Nurse – Emergency Department – Campaign SCUH-SN-ED-2026-014",
                   "<pp.20260225160211.43981.inv@mailer.publicposts.example>", text=text, html=html_of(text)))]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("St Columba's University Hospital", "Staff Nurse – Emergency Department", st, en,
                          "scheduled", [], ["grainne.doyle@stcolumbas.example"], "onsite")],
        "difficulty": "medium", "category": "positive/ats-portal-body-only",
        "notes": "Public-sector portal invite (no-reply). Interview date dd/mm, slot 10:40 - 11:10 GMT (before EU DST). "
                 "Panel members have no e-mail -> interviewers empty; follow-up = recruitment officer named in text.",
        "source": "synthetic"})


def c02():
    cid = "b75-02-caretrac-nhs-invite-with-ics"
    sent = T(LON, 2026, 3, 30, 11, 47)
    st, en = T(LON, 2026, 4, 16, 14, 20), T(LON, 2026, 4, 16, 14, 50)
    ref = "291-KHT4521-A"
    text = f"""Dear Niamh

Interview invitation - Band 6 Staff Nurse - ref {ref}

Thank you for your application for the post of Band 6 Staff Nurse - Acute Medical Unit at Kingsmead Hospitals NHS Foundation Trust. I am pleased to inform you that you have been shortlisted and would like to invite you to interview.

Interview date: {st:%d/%m/%Y}
Time: {st:%H:%M}
Duration: 30 minutes
Location: Video interview via MS Teams (a joining link will be e-mailed to you by the recruiting manager the day before)

Your panel will consist of:
Martin Okonjo-Reyes, Ward Manager, AMU (Chair)
Adaeze Harrington, Practice Development Nurse

Please log on to the video call 5 minutes before your interview time and have your photo ID to hand.

Please confirm your attendance by logging into your CareTrac account. If you have any questions about the post please contact the recruiting manager, Martin Okonjo-Reyes, on martin.okonjo-reyes@kingsmead.nhs.example or 01632 960 418.

An interview calendar entry is attached for your convenience.

Kind regards

Recruitment Team
Kingsmead Hospitals NHS Foundation Trust

This is an automated message sent from CareTrac. Please do not reply to this email.
"""
    cal = ics("PUBLISH", "-//CareTrac//Interview Scheduler 4.2//EN", [{
        "uid": "ctrac-int-291-KHT4521-A-77812@caretrac.example", "summary": f"Interview - Band 6 Staff Nurse - ref {ref}",
        "start": st, "end": en, "stamp": sent, "tzid": "Europe/London", "zone": LON,
        "location": "MS Teams (link to follow)",
        "description": "Kingsmead Hospitals NHS Foundation Trust - interview for Band 6 Staff Nurse - Acute Medical Unit. "
                       "Panel chair: Martin Okonjo-Reyes."}], tz=("Europe/London", "europe_london"))
    items = [("01-caretrac-interview-invitation.eml",
              mail(sent, "CareTrac Recruitment <no-reply@caretrac.example>", f"Interview invitation - Band 6 Staff Nurse - ref {ref}",
                   "<ctrac.4471920.291KHT4521A@caretrac.example>", text=text, text_cte="7bit" if text.isascii() else "quoted-printable",
                   attach_ics=cal, attach_name="interview.ics", attach_type=("text", "calendar")))]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Kingsmead Hospitals NHS Foundation Trust", "Band 6 Staff Nurse - Acute Medical Unit", st, en,
                          "scheduled", ["martin.okonjo-reyes@kingsmead.nhs.example"],
                          ["martin.okonjo-reyes@kingsmead.nhs.example"], "onsite")],
        "difficulty": "easy", "category": "positive/ats-email-ics",
        "notes": "NHS ATS invite + .ics (TZID Europe/London, BST). Panel of two, chair's address given in text.",
        "source": "synthetic"})


def c03():
    cid = "b75-03-nhs-teams-invite-rescheduled"
    ref = "317-AVT-0992"
    s1 = T(LON, 2026, 4, 7, 9, 15)
    st0, en0 = T(LON, 2026, 4, 22, 10, 0), T(LON, 2026, 4, 22, 10, 45)
    s2 = T(LON, 2026, 4, 8, 14, 3)
    s3 = T(LON, 2026, 4, 17, 12, 31)
    st, en = T(LON, 2026, 4, 23, 15, 0), T(LON, 2026, 4, 23, 15, 45)
    rh = ("Rhiannon Pryce", "rhiannon.pryce@ashbyvale.nhs.example")
    tw = ("Tomasz Wielgosz", "tomasz.wielgosz@ashbyvale.nhs.example")
    t1 = f"""Dear Niamh,

Interview invitation - Band 6 Senior Staff Nurse - Critical Care - ref {ref}

Congratulations, you have been shortlisted for the above post at Ashby Vale NHS Trust.

Interview date: {st0:%d/%m/%Y}
Time: {st0:%H:%M}

The interview will take place via MS Teams. The recruiting manager will send you a Teams invitation separately.

Please confirm your attendance via your CareTrac candidate account.

Ashby Vale NHS Trust Recruitment
(Automated message - replies to this address are not read)
"""
    tb = teams_block("NzQ0ZWQ2YjEtYTQ5", ("318 552 904 117", "r7Lk2P"))

    def exch_body(dt0, dt1, note):
        return (f"When: {wd(dt0)}, {dt0.day} {dt0:%B %Y} {dt0:%H:%M}-{dt1:%H:%M} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
                f"Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n\n{tb}")

    note1 = ("Hi Niamh,\n\nPlease find the Teams link for your interview for the Band 6 Senior Staff Nurse post on Critical Care "
             "(ref 317-AVT-0992). The panel will be myself and Tomasz Wielgosz, Matron for Critical Care. It will be a mix of "
             "scenario and competency questions, around 45 minutes.\n\nKind regards,\nRhiannon\n\nRhiannon Pryce\n"
             "Sister / Charge Nurse, Critical Care Unit\nAshby Vale NHS Trust | Ext 4452 | Bleep 219")
    note2 = ("Hi Niamh,\n\nApologies for the change - Tomasz has been called into a mandatory board meeting on Wednesday morning, "
             "so I have moved your interview to Thursday afternoon at 3pm. Same Teams link. I hope this still works for you - "
             "let me know if not.\n\nMany thanks,\nRhiannon")
    uid = "040000008200E00074C5B7101A82E00800000000A0B4C3D2E1F0DA010000000000000000100000007F3E1A9C55D24B7E8E6F"

    def cal(seq, a, b, summ, desc):
        return ics("REQUEST", "Microsoft Exchange Server 2010", [{
            "uid": uid, "summary": summ, "start": a, "end": b, "stamp": [s2, s3][seq], "tzid": "GMT Standard Time",
            "zone": LON, "organizer": rh, "ms": True, "sequence": seq, "location": "Microsoft Teams Meeting",
            "attendees": [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (tw[0], tw[1], "REQ-PARTICIPANT")],
            "description": desc}], tz=("GMT Standard Time", "europe_london"))
    summ = "Interview - Band 6 Senior Staff Nurse CCU - Niamh Cullinane"
    b2, b3 = exch_body(st0, en0, note1), exch_body(st, en, note2)
    to = f"{OWNER_ADDR}, {tw[0]} <{tw[1]}>"
    items = [
        ("01-caretrac-shortlisted-invitation.eml",
         mail(s1, "CareTrac Recruitment <no-reply@caretrac.example>",
              f"Interview invitation - Band 6 Senior Staff Nurse - ref {ref}", "<ctrac.4490033.317AVT0992@caretrac.example>",
              text=t1)),
        ("02-teams-invite.eml",
         mail(s2, f"{rh[0]} <{rh[1]}>", summ,
              "<LO2P265MB5112A4C0F19D9E3A0B7C4D22A9E2@LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM>", to=to,
              text=b2, html=html_of(b2), cal=cal(0, st0, en0, summ, b2),
              extra_headers=[("Thread-Topic", summ), ("Content-class", "urn:content-classes:calendarmessage")])),
        ("03-teams-invite-updated.eml",
         mail(s3, f"{rh[0]} <{rh[1]}>", "Updated: " + summ,
              "<LO2P265MB5112C9D1E0A7F2B4C6D8E9F0A1B3@LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM>", to=to,
              text=b3, html=html_of(b3), cal=cal(1, st, en, summ, b3),
              extra_headers=[("Thread-Topic", summ), ("Content-class", "urn:content-classes:calendarmessage")])),
    ]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Ashby Vale NHS Trust", "Band 6 Senior Staff Nurse - Critical Care", st, en, "scheduled",
                          [rh[1], tw[1]], [rh[1], tw[1]], "onsite")],
        "difficulty": "hard", "category": "positive/reschedule-exchange",
        "notes": "ATS mail (22/04 10:00) + Exchange invite, then SEQUENCE:1 update moves it to Thu 23/04 15:00-15:45 BST. "
                 "Display label says (UTC+00:00) but the date is in BST. One interview at the final time.",
        "source": "synthetic"})


def c04():
    cid = "b75-04-private-hospital-thread-propose-confirm"
    orla = ("Orla Tierney", "orla.tierney@harcourtclinic.example")
    cm = ("Catherine Mulvey", "catherine.mulvey@harcourtclinic.example")
    pn = ("Paul Nwankwo", "paul.nwankwo@harcourtclinic.example")
    s1 = T(DUB, 2026, 3, 5, 9, 42)
    s2r = T(DUB, 2026, 3, 5, 13, 5)
    s3 = T(DUB, 2026, 3, 5, 15, 18)
    st, en = T(DUB, 2026, 3, 11, 14, 0), T(DUB, 2026, 3, 11, 14, 45)
    sig = ("Orla Tierney\nPA to the Director of Nursing\nHarcourt Clinic\n14–16 Adelaide Road, Dublin 2, D02 XK77\n"
           "T: +353 1 478 2290 | M: +353 87 555 0142\nwww.harcourtclinic.example")
    t1 = f"""Hi Niamh,

Thank you for your application for the Staff Nurse – Day Surgery & Theatres position here at Harcourt Clinic. Catherine Mulvey (Director of Nursing) and Paul Nwankwo (CNM2, Theatres) would like to meet you for an interview.

Would either of the following suit?
- Tuesday 10th at half past ten
- Wednesday 11th at 2pm

It will be in person here on Adelaide Road and should take about 45 minutes.

Kind regards,
{sig}
"""
    m1 = "<CAH7u2kX9mPq=orla.tierney.0305@harcourtclinic.example>"
    t3 = f"""Hi Niamh,

Perfect – you’re booked in for {wd(st)} 11th March at 2pm with Catherine and Paul (both cc’d). Please come to Reception on the ground floor and ask for me; I’ll bring you up to Nursing Admin on the 3rd floor. Parking is limited so the Luas (Harcourt stop) is your best bet.

See you then,
{sig}

From: Niamh Cullinane <{OWNER}>
Sent: Thursday, 5 March 2026 13:05
To: Orla Tierney <{orla[1]}>
Subject: Re: Interview – Staff Nurse, Day Surgery & Theatres

Hi Orla,

Thanks so much. The Wednesday at 2 would suit me best as I’m on a late on the Tuesday.

Looking forward to it,
Niamh

Sent from my iPhone

> On 5 Mar 2026, at 09:42, Orla Tierney <{orla[1]}> wrote:
>
> Hi Niamh,
>
> Thank you for your application for the Staff Nurse – Day Surgery & Theatres position here at Harcourt Clinic. Catherine Mulvey (Director of Nursing) and Paul Nwankwo (CNM2, Theatres) would like to meet you for an interview.
>
> Would either of the following suit?
> - Tuesday 10th at half past ten
> - Wednesday 11th at 2pm
"""
    m2 = "<5F1C2B7E-9D3A-4E61-B0C2-7A8E11D4F903@example.com>"
    items = [
        ("01-orla-interview-options.eml",
         mail(s1, f"{orla[0]} <{orla[1]}>", "Interview – Staff Nurse, Day Surgery & Theatres", m1, text=t1, html=html_of(t1))),
        ("02-orla-confirms-wednesday.eml",
         mail(s3, f"{orla[0]} <{orla[1]}>", "RE: Interview – Staff Nurse, Day Surgery & Theatres",
              "<CAH7u2kY0nRs=orla.tierney.0305b@harcourtclinic.example>", text=t3, html=html_of(t3),
              cc=f"{cm[0]} <{cm[1]}>, {pn[0]} <{pn[1]}>", in_reply_to=m2, refs=f"{m1} {m2}")),
    ]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Harcourt Clinic", "Staff Nurse – Day Surgery & Theatres", st, en, "scheduled",
                          [cm[1], pn[1]], [cm[1], pn[1]], "onsite")],
        "difficulty": "medium", "category": "positive/thread-propose-confirm",
        "notes": "PA offers 'Tuesday 10th at half past ten' or 'Wednesday 11th at 2pm'; candidate picks Wednesday "
                 "(quoted), PA confirms; 45 min stated. Interviewers cc'd; PA only coordinates. GMT.",
        "source": "synthetic"})


def c05():
    cid = "b75-05-travel-agency-screen-then-lhd-interview"
    th = ("Tahlia Brennan-Reid", "tahlia@sxnursetravel.example")
    ga = ("Grant Aldous", "grant.aldous@northshorecoast.health.example")
    mt = ("Mei Lin Tran", "meilin.tran@northshorecoast.health.example")
    s1 = T(SYD, 2026, 3, 24, 9, 12)
    st1, en1 = T(SYD, 2026, 4, 2, 18, 0), T(SYD, 2026, 4, 2, 18, 30)
    s3 = T(SYD, 2026, 4, 3, 11, 26)
    st2, en2 = T(SYD, 2026, 4, 14, 17, 0), T(SYD, 2026, 4, 14, 17, 45)
    assert st1.astimezone(DUB).hour == 8 and st2.astimezone(DUB).hour == 8
    sig = ("Tahlia Brennan-Reid | Senior Nurse Recruitment Consultant\nSouthern Cross Nurse Travel\n"
           "Level 9, 60 Pitt Street, Sydney NSW 2000\nP: +61 2 5550 1846 | M: +61 491 570 156\n"
           "\"Your next adventure starts here\"")
    t1 = f"""Hey Niamh!

Lovely to get your registration through – ED and resus experience from a major Dublin hospital is exactly what our NSW clients are crying out for.

First step is a quick 30 min intro/screening call with me so I can go through your experience, AHPRA registration timeline, visa and which contracts might suit. How's Thursday 2 April, 6pm Sydney time (AEDT)? By my maths that's 8am for you in Dublin since your clocks go forward on the 29th. I'll ring you on +353 86 555 0193 (WhatsApp ok too).

I've popped a calendar invite in so it doesn't get lost.

Cheers,
{sig}
"""
    gj = {
        "kind": "calendar#event", "etag": "\"3541882214536000\"", "id": "5t8qk2r0v1d6b9m4c7e3h0j2lf",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NXQ4cWsycjB2MWQ2YjltNGM3ZTNoMGoybGYgbmlhbWguY3VsbGluYW5lQGV4YW1wbGUuY29t",
        "created": "2026-03-23T22:13:05.000Z", "updated": "2026-03-23T22:13:07.221Z",
        "summary": "Niamh Cullinane <> Southern Cross Nurse Travel – intro call",
        "description": "Screening call for travel RN contracts (ED) in NSW. Tahlia to call Niamh on +353 86 555 0193.",
        "location": "Phone / WhatsApp",
        "creator": {"email": th[1], "displayName": th[0]},
        "organizer": {"email": th[1], "displayName": th[0]},
        "start": {"dateTime": iso(st1), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": iso(en1), "timeZone": "Australia/Sydney"},
        "iCalUID": "5t8qk2r0v1d6b9m4c7e3h0j2lf@google.com", "sequence": 0,
        "attendees": [{"email": th[1], "displayName": th[0], "organizer": True, "responseStatus": "accepted"},
                      {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    t3 = f"""Hi Niamh,

Great chatting yesterday morning (your time!) – as promised I sent your profile to Northshore Coast Local Health District and they'd love to interview you for the Registered Nurse – Emergency Department (12-month contract, Manly & Mona Vale campuses).

Details:
Date: Tuesday 14 April
Time: 5:00pm AEST – 5:45pm AEST. Heads up: NSW clocks go back this Sunday (5 April), so this will be 8:00am Irish time, not 7.
Format: MS Teams, panel interview – Grant Aldous (Nurse Unit Manager, ED, {ga[1]}) and Mei Lin Tran (Clinical Nurse Educator, {mt[1]}). Behavioural questions plus a clinical scenario; they may ask about your triage experience.

Grant will send the Teams link directly. If anything comes up on the day, email Grant and cc me.

Good luck – you'll smash it!

{sig}
"""
    items = [
        ("01-tahlia-intro-call.eml",
         mail(s1, f"{th[0]} <{th[1]}>", "Intro call - Southern Cross Nurse Travel", "<CAKx3pL1=Yq8sN0_tahlia.0324@mail.sxnursetravel.example>",
              text=t1, html=html_of(t1))),
        ("02-intro-call.gcal.json", (json.dumps(gj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
        ("03-tahlia-client-interview.eml",
         mail(s3, f"{th[0]} <{th[1]}>", "Interview confirmed - RN Emergency - Northshore Coast LHD 🎉",
              "<CAKx3pL4=Zr9tP1_tahlia.0403@mail.sxnursetravel.example>", text=t3, html=html_of(t3))),
    ]
    add(cid, items, {
        "interview": True,
        "interviews": [
            iv("Southern Cross Nurse Travel", "Travel Registered Nurse – Emergency (NSW contracts)", st1, en1, "scheduled",
               [th[1]], [th[1]], "phone_screen"),
            iv("Northshore Coast Local Health District", "Registered Nurse – Emergency Department", st2, en2, "scheduled",
               [ga[1], mt[1]], [ga[1], mt[1]], "onsite")],
        "difficulty": "hard", "category": "positive/two-interviews-sydney-dst",
        "notes": "Agency screen 2 Apr 18:00 AEDT (+11, = 08:00 IST) via mail + Calendar API event (one interview); "
                 "client LHD panel 14 Apr 17:00-17:45 AEST (+10, after Sydney DST ends 5 Apr). Two interviews.",
        "source": "synthetic"})


def c06():
    cid = "b75-06-hse-exchange-competency-panel"
    cf = ("Ciarán Foley", "ciaran.foley@stfintans.example")
    mk = ("Mairéad Kelleher", "mairead.kelleher@stfintans.example")
    eg = ("Eoin Gallagher", "eoin.gallagher@stfintans.example")
    sent = T(DUB, 2026, 5, 1, 10, 7)
    st, en = T(DUB, 2026, 5, 14, 9, 30), T(DUB, 2026, 5, 14, 10, 15)
    tb = teams_block("ZjE5YmI0NzAtNmQ2", ("372 104 665 981", "Hq9mV3"))
    body = (f"When: {wd(st)}, {st.day} {st:%B %Y} {st:%H:%M}-{en:%H:%M} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Dear Niamh,\n\nFurther to your shortlisting for the post of Staff Nurse – Oncology Day Ward (Campaign SFRH-0526-ONC), "
            "please accept this invitation to a competency-based interview via MS Teams.\n\n"
            "Interview board:\nChair: Mairéad Kelleher, Assistant Director of Nursing\nEoin Gallagher, CNM2 Oncology Day Ward\n\n"
            "The competencies assessed are: Professional Knowledge & Clinical Skills; Planning & Managing Resources; "
            "Team Working; Communication & Interpersonal Skills. Please join the Teams lobby 10 minutes early. "
            "I will admit you to the meeting but will not be part of the board.\n\n"
            "Le dea-mhéin,\nCiarán Foley\nHR Officer – Recruitment\nSt. Fintan's Regional Hospital, Portlaoise Road, Co. Laois\n"
            "057 869 3321\n\n" + tb)
    summ = "Interview – Staff Nurse, Oncology Day Ward – Niamh Cullinane"
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", [{
        "uid": "040000008200E00074C5B7101A82E008000000003C1D7A2F4BD8DC01000000000000000010000000B5A2E9D07C4F1E4FA3C1",
        "summary": summ, "start": st, "end": en, "stamp": sent, "tzid": "GMT Standard Time", "zone": DUB,
        "organizer": cf, "ms": True, "location": "Microsoft Teams Meeting",
        "attendees": [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (mk[0], mk[1], "REQ-PARTICIPANT"),
                      (eg[0], eg[1], "REQ-PARTICIPANT")],
        "description": body}], tz=("GMT Standard Time", "europe_london"))
    items = [("01-teams-interview-invite.eml",
              mail(sent, f"{cf[0]} <{cf[1]}>", summ,
                   "<DB9PR06MB7Q31B8F2C4E6A9D0E1F2A3B4C5D6@DB9PR06MB7Q31.eurprd06.prod.outlook.com>",
                   to=f"{OWNER_ADDR}, {mk[0]} <{mk[1]}>, {eg[0]} <{eg[1]}>", text=body, html=html_of(body), cal=cal,
                   extra_headers=[("Thread-Topic", summ), ("Content-class", "urn:content-classes:calendarmessage")]))]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("St. Fintan's Regional Hospital", "Staff Nurse – Oncology Day Ward", st, en, "scheduled",
                          [mk[1], eg[1]], [mk[1], eg[1]], "onsite")],
        "difficulty": "medium", "category": "positive/exchange-teams",
        "notes": "Exchange invite, TZID 'GMT Standard Time', label '(UTC+00:00)' but 14 May is IST (+01:00). "
                 "HR organizer only admits the candidate; board = chair + CNM2.",
        "source": "synthetic"})


def c07():
    cid = "b75-07-nhs-osce-drugcalc-then-interview-html"
    gh = ("Gemma Halliwell", "gemma.halliwell@severnbrook.nhs.example")
    hv = ("Helen Varga", "helen.varga@severnbrook.nhs.example")
    sent = T(LON, 2026, 5, 26, 16, 40)
    osce0, osce1 = T(LON, 2026, 6, 10, 9, 15), T(LON, 2026, 6, 10, 10, 0)
    dc0, dc1 = T(LON, 2026, 6, 10, 10, 15), T(LON, 2026, 6, 10, 10, 45)
    st, en = T(LON, 2026, 6, 10, 11, 40), T(LON, 2026, 6, 10, 12, 10)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#005eb8;color:#fff;padding:12px;font-size:14pt"><b>Severnbrook University Hospitals NHS Trust</b></td></tr>
<tr><td style="padding:14px">
<p>Dear Niamh,</p>
<p><b>Re: Band 5 Staff Nurse – Surgical Wards (ref 344-SBH-1187)</b></p>
<p>Thank you for your application. I am delighted to let you know you have been shortlisted and we would like to invite you to our Registered Nurse assessment day on <b>{wd(st)} {st:%d/%m/%Y}</b> at the Learning &amp; Research Centre, Severnbrook Hospital site.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e8edee"><th align="left">Activity</th><th align="left">Time</th></tr>
<tr><td>Registration &amp; ID checks</td><td>09:00</td></tr>
<tr><td>OSCE (clinical skills station – A-E assessment)</td><td>{osce0:%H:%M} - {osce1:%H:%M}</td></tr>
<tr><td>Numeracy / drug calculation test (pass mark 100%)</td><td>{dc0:%H:%M} - {dc1:%H:%M}</td></tr>
<tr><td><b>Interview</b> (candidates who pass the drug calculation test)</td><td><b>{st:%H:%M} - {en:%H:%M}</b></td></tr>
</table>
<p>Your interview panel will be chaired by Helen Varga, Head of Nursing – Surgery, with a Ward Sister from the surgical division. Please arrive 15 minutes before your first activity. Calculators are not permitted in the numeracy test.</p>
<p>If you have any questions about the role please contact Helen directly on <a href="mailto:{hv[1]}">{hv[1]}</a>. For travel or accessibility queries, contact me.</p>
<p>Kind regards,<br>Gemma Halliwell<br>Recruitment Officer – Nursing Workforce<br>Severnbrook University Hospitals NHS Trust<br>Learning &amp; Research Centre, Brook Lane, Severnbrook SB4 9QT<br>Tel: 0117 496 0733</p>
</td></tr></table></body></html>
"""
    items = [("01-assessment-day-invitation.eml",
              mail(sent, f"{gh[0]} <{gh[1]}>", "Invitation to assessment day and interview - Band 5 Staff Nurse - 344-SBH-1187",
                   "<AM9PR10MB4411E2A5D0B7F3C1A6E88C1D2F3B4@AM9PR10MB4411.EURPRD10.PROD.OUTLOOK.COM>",
                   html=html, html_cte="base64"))]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Severnbrook University Hospitals NHS Trust", "Band 5 Staff Nurse – Surgical Wards", st, en,
                          "scheduled", [hv[1]], [hv[1]], "onsite")],
        "difficulty": "hard", "category": "positive/assessment-day-test-plus-interview",
        "notes": "HTML-only base64 body with a timetable: OSCE and drug-calculation test are NOT the interview; "
                 "interview 11:40-12:10 BST, chaired by Helen Varga (address given).",
        "source": "synthetic"})


def c08():
    cid = "b75-08-private-hospital-outlook-cancelled"
    dl = ("Deirdre Lyons", "deirdre.lyons@rathmorehospital.example")
    s1 = T(DUB, 2026, 4, 9, 12, 14)
    s2 = T(DUB, 2026, 4, 17, 8, 51)
    st, en = T(DUB, 2026, 4, 21, 16, 0), T(DUB, 2026, 4, 21, 16, 30)
    tb = teams_block("OGQ2ZTNlNzUtYzc3", ("349 880 201 576", "Wx4nT8"))
    summ = "Interview: Staff Nurse – Cardiac Cath Lab (Niamh Cullinane)"
    n1 = ("Hi Niamh,\n\nThanks for applying for the Staff Nurse post in our Cardiac Cath Lab. I'd like to have an informal-but-"
          "formal chat (30 mins) over Teams about your cardiology experience and the on-call rota.\n\n"
          "Deirdre Lyons\nCNM2, Cardiac Catheterisation Laboratory\nRathmore Private Hospital, Rathmore Road, Cork T12 HV91\n"
          "+353 21 555 7720")
    n2 = ("Hi Niamh,\n\nI'm really sorry but the Cath Lab post has been put on hold pending a budget review, so I need to "
          "cancel our interview on Tuesday. I'll be in touch if it reopens.\n\nDeirdre")
    uid = "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000C8E1F0A2B3D4E5F6A7B8"
    b1 = (f"When: {wd(st)}, {st.day} {st:%B %Y} {st:%H:%M}-{en:%H:%M} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
          f"Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{n1}\n\n{tb}")
    b2 = (f"When: {wd(st)}, {st.day} {st:%B %Y} {st:%H:%M}-{en:%H:%M} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
          f"Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{n2}\n")

    def cal(method, seq, desc, stamp):
        return ics(method, "Microsoft Exchange Server 2010", [{
            "uid": uid, "summary": ("Canceled: " if method == "CANCEL" else "") + summ, "start": st, "end": en,
            "stamp": stamp, "tzid": "GMT Standard Time", "zone": DUB, "organizer": dl, "ms": True, "sequence": seq,
            "status": "CANCELLED" if method == "CANCEL" else "CONFIRMED", "location": "Microsoft Teams Meeting",
            "attendees": [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], "description": desc}],
            tz=("GMT Standard Time", "europe_london"))
    hdr = [("Thread-Topic", summ), ("Content-class", "urn:content-classes:calendarmessage")]
    items = [
        ("01-teams-invite.eml", mail(s1, f"{dl[0]} <{dl[1]}>", summ,
                                     "<VI1PR03MB6620A1B2C3D4E5F60718293A4B5C@VI1PR03MB6620.eurprd03.prod.outlook.com>",
                                     text=b1, html=html_of(b1), cal=cal("REQUEST", 0, b1, s1), extra_headers=hdr)),
        ("02-teams-cancel.eml", mail(s2, f"{dl[0]} <{dl[1]}>", "Canceled: " + summ,
                                     "<VI1PR03MB6620F0E1D2C3B4A5968778695A4B@VI1PR03MB6620.eurprd03.prod.outlook.com>",
                                     text=b2, html=html_of(b2), cal=cal("CANCEL", 1, b2, s2), cal_method="CANCEL",
                                     extra_headers=hdr)),
    ]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Rathmore Private Hospital", "Staff Nurse – Cardiac Cath Lab", st, en, "cancelled",
                          [dl[1]], [dl[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation-exchange",
        "notes": "Exchange invite then METHOD:CANCEL (post on hold). Cancelled at 21 Apr 16:00 IST.",
        "source": "synthetic"})


def c09():
    cid = "b75-09-caretrac-invite-then-candidate-withdraws"
    ref = "402-LHT-3310"
    bc = ("Bethan Corrie", "bethan.corrie@larkfield.nhs.example")
    s1 = T(LON, 2026, 4, 20, 10, 3)
    s2 = T(LON, 2026, 4, 27, 17, 22)
    st, en = T(LON, 2026, 5, 5, 13, 30), T(LON, 2026, 5, 5, 14, 0)
    t1 = f"""Dear Niamh

Interview invitation - Band 6 Staff Nurse - ref {ref}

We are pleased to invite you to interview for the post of Band 6 Staff Nurse - Respiratory Ward (Ward 22) at Larkfield Hospitals NHS Trust.

Interview date: {st:%d/%m/%Y}
Time: {st:%H:%M} - {en:%H:%M}
Location: MS Teams (link to follow)

Your interview panel will be chaired by Bethan Corrie, Ward Sister. Questions about the post: {bc[1]}.

Please confirm your attendance via your CareTrac account.

Recruitment Team, Larkfield Hospitals NHS Trust
This is an automated message sent from CareTrac. Please do not reply.
"""
    mq = "<AS8PR07MB9023CB4A11D2@AS8PR07MB9023.eurprd07.prod.outlook.example>"
    t2 = f"""Hi Niamh,

Thanks for letting me know, and congratulations on the new post! I've withdrawn you from the interview on the 5th and let the rest of the panel know. If you ever fancy a move to Larkfield in future, do get in touch.

Best wishes,
Bethan

Bethan Corrie RN
Ward Sister, Ward 22 Respiratory
Larkfield Hospitals NHS Trust | 0161 496 0852

-----Original Message-----
From: Niamh Cullinane <{OWNER}>
Sent: 27 April 2026 15:10
To: Corrie Bethan <{bc[1]}>
Subject: Withdrawal - Band 6 Staff Nurse interview {ref}

Dear Bethan,

Thank you very much for the invitation to interview on {st:%d/%m/%Y} at {st:%H:%M}. Unfortunately I must withdraw my application as I have accepted a post closer to home.

Apologies for any inconvenience and thank you for your time.

Kind regards,
Niamh Cullinane
"""
    items = [
        ("01-caretrac-interview-invitation.eml",
         mail(s1, "CareTrac Recruitment <no-reply@caretrac.example>", f"Interview invitation - Band 6 Staff Nurse - ref {ref}",
              "<ctrac.4512206.402LHT3310@caretrac.example>", text=t1)),
        ("02-bethan-acknowledges-withdrawal.eml",
         mail(s2, f"Corrie Bethan (Larkfield Hospitals NHS Trust) <{bc[1]}>",
              f"RE: Withdrawal - Band 6 Staff Nurse interview {ref}", "<AS8PR07MB9023DD5E22F3@AS8PR07MB9023.eurprd07.prod.outlook.example>",
              text=t2, in_reply_to="<8C2F7E31-4A55-4B0E-9D11-2C6A3F0E7B21@example.com>")),
    ]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Larkfield Hospitals NHS Trust", "Band 6 Staff Nurse - Respiratory Ward", st, en, "cancelled",
                          [bc[1]], [bc[1]], "onsite")],
        "difficulty": "medium", "category": "positive/cancellation-withdrawal",
        "notes": "ATS invite 05/05 13:30-14:00 BST; candidate withdraws (quoted in the chair's reply) -> cancelled.",
        "source": "synthetic"})


def c10():
    cid = "b75-10-agency-forwards-hospital-invite-html"
    rf = ("Rory Fennelly", "rory.fennelly@cloverhealthcare.example")
    lk = ("Lorraine Kiely", "lorraine.kiely@seapointhospital.example")
    yd = ("Yvonne Daly", "yvonne.daly@seapointhospital.example")
    orig = T(DUB, 2026, 4, 27, 11, 58)
    sent = T(DUB, 2026, 4, 27, 12, 20)
    st, en = T(DUB, 2026, 5, 7, 12, 0), T(DUB, 2026, 5, 7, 12, 40)
    html = f"""<html><body><div dir="ltr">Hi Niamh,<div><br></div><div>Good news – Seapoint have come back and want to meet you! Details below from Lorraine in their HR team. Can you confirm to me that you're good for this and I'll let them know?</div><div><br></div><div>Rory</div><div><br></div>
<div><span style="color:#555">--<br>Rory Fennelly | Senior Consultant – Nursing<br>Clover Healthcare Recruitment<br>Unit 4, Merrion Court, Dublin 4<br>T: 01 555 3318 | M: 085 555 2207</span></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong>{lk[0]}</strong> <span>&lt;<a href="mailto:{lk[1]}">{lk[1]}</a>&gt;</span><br>Date: Mon, 27 Apr 2026 at 11:58<br>Subject: Interview – Clinical Nurse, Endoscopy – N. Cullinane<br>To: {rf[0]} &lt;<a href="mailto:{rf[1]}">{rf[1]}</a>&gt;<br></div><br>
<div>Hi Rory,</div><div><br></div><div>Thanks for sending Niamh's CV across. We'd like to invite her for interview for the Clinical Nurse – Endoscopy Unit role on <b>{wd(st)} 7th May at noon</b> here at Seapoint Private Hospital, Rock Road, Blackrock. She will meet Yvonne Daly, CNM2 Endoscopy (<a href="mailto:{yd[1]}">{yd[1]}</a>); it should take around 40 minutes.</div><div><br></div><div>Please ask her to report to main reception 10 minutes early.</div><div><br></div><div>Kind regards,<br>Lorraine Kiely<br>HR Administrator | Seapoint Private Hospital<br>Rock Road, Blackrock, Co. Dublin A94 K2X7 | 01 555 8840</div>
</div></div></body></html>
"""
    items = [("01-rory-fwd-seapoint-interview.eml",
              mail(sent, f"{rf[0]} <{rf[1]}>", "Fwd: Interview – Clinical Nurse, Endoscopy – N. Cullinane",
                   "<CAF9h2Lq=Rz7m4_rory.fennelly.0427@cloverhealthcare.example>", html=html, html_cte="base64"))]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Seapoint Private Hospital", "Clinical Nurse – Endoscopy Unit", st, en, "scheduled",
                          [yd[1]], [yd[1]], "hiring_manager")],
        "difficulty": "hard", "category": "positive/forwarded-html-only",
        "notes": "Agency consultant forwards the hospital HR mail (HTML-only, base64). 'Thursday 7th May at noon', ~40 min, IST. "
                 "Company is the hospital, not the agency; interviewer Yvonne Daly.",
        "source": "synthetic"})


def c11():
    cid = "b75-11-munich-clinic-uhr-mesz"
    ko = ("Katrin Oberhuber", "k.oberhuber@alpenblick-klinikum.example")
    jb = ("Johannes Brandl", "j.brandl@alpenblick-klinikum.example")
    sent = T(BER, 2026, 5, 8, 9, 33)
    st, en = T(BER, 2026, 5, 19, 14, 0), T(BER, 2026, 5, 19, 14, 45)
    assert st.astimezone(DUB).hour == 13
    t = f"""Sehr geehrte Frau Cullinane, dear Niamh,

vielen Dank für Ihre Bewerbung als Gesundheits- und Krankenpflegerin (m/w/d) Intensivpflege – International Nurse Programme.

We would be delighted to invite you to a video interview (Vorstellungsgespräch) with our Director of Nursing, Herr Johannes Brandl (Pflegedirektor), who is cc'd here.

Termin: Dienstag, 19. Mai 2026, 14:00 Uhr (MESZ) – that is 13:00 Irish time
Dauer: ca. 45 Minuten
Ort: MS Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWxwZW5ibGljay1pbnQ%40thread.v2/0

The conversation will be in English; no German is needed at this stage. Please confirm the appointment briefly by e-mail.

Mit freundlichen Grüßen / Kind regards

Katrin Oberhuber
Personalreferentin Pflege | HR Nursing
Klinikum Alpenblick München GmbH
Thalkirchner Straße 212, 81371 München
Tel. +49 89 5550 4412
Sitz der Gesellschaft: München, Amtsgericht München HRB 299041
"""
    items = [("01-einladung-vorstellungsgespraech.eml",
              mail(sent, f"{ko[0]} <{ko[1]}>",
                   "Einladung zum Vorstellungsgespräch / Interview invitation – Intensive Care Nurse",
                   "<7f3a9c21b04e4d8e9a5b@alpenblick-klinikum.example>", text=t, html=html_of(t),
                   cc=f"{jb[0]} <{jb[1]}>"))]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Klinikum Alpenblick München", "Gesundheits- und Krankenpflegerin (m/w/d) Intensivpflege", st, en,
                          "scheduled", [jb[1]], [jb[1]], "hiring_manager")],
        "difficulty": "medium", "category": "positive/german-mesz",
        "notes": "Bilingual mail: '14:00 Uhr (MESZ)' = +02:00 (13:00 Irish time); HR only coordinates.",
        "source": "synthetic"})


def c12():
    cid = "b75-12-standalone-ics-dublin-dst-edge"
    bn = ("Bríd Ní Fhloinn", "brid.nifhloinn@ardlinnchildrens.example")
    kt = ("Kevin Tuohy", "kevin.tuohy@ardlinnchildrens.example")
    stamp = T(DUB, 2026, 3, 16, 14, 2)
    st, en = T(DUB, 2026, 3, 30, 9, 30), T(DUB, 2026, 3, 30, 10, 15)
    desc = ("Competency-based panel interview for the post of Staff Nurse (RCN/RGN) – Paediatric Intensive Care Unit, "
            "Ardlinn Children's Hospital.\nChair: Bríd Ní Fhloinn, Director of Nursing\nKevin Tuohy, CNM3 PICU\n\n"
            "Please arrive 15 minutes before your interview time and report to the HR reception, Block C. "
            "Note: the clocks go forward on Sunday 29 March.\nQueries: HR Recruitment, 01 555 6120.")
    cal = ics("REQUEST", "-//Ardlinn Children's Hospital//HR Interview Scheduler 2.3//EN", [{
        "uid": "ardlinn-ivs-2026-0330-0930-pic-0117@ardlinnchildrens.example",
        "summary": "Panel interview: Staff Nurse – PICU – Niamh Cullinane", "start": st, "end": en, "stamp": stamp,
        "tzid": "Europe/Dublin", "zone": DUB, "organizer": ("HR Interview Scheduling", "hr.scheduling@ardlinnchildrens.example"),
        "attendees": [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (bn[0], bn[1], "REQ-PARTICIPANT"),
                      (kt[0], kt[1], "REQ-PARTICIPANT")],
        "location": "Interview Room 2, HR Department, Block C, Ardlinn Children's Hospital, Dublin 12",
        "description": desc}], tz=("Europe/Dublin", "europe_london"))
    add(cid, [("01-panel-interview.ics", cal.encode("utf-8"))], {
        "interview": True,
        "interviews": [iv("Ardlinn Children's Hospital", "Staff Nurse (RCN/RGN) – Paediatric Intensive Care Unit", st, en,
                          "scheduled", [bn[1], kt[1]], [bn[1], kt[1]], "onsite")],
        "difficulty": "medium", "category": "positive/standalone-ics-dst",
        "notes": "Standalone .ics, TZID Europe/Dublin, Monday 30 March = first day of IST (+01:00). Organizer is a group address.",
        "source": "synthetic"})


def c13():
    cid = "b75-13-sydney-private-virtual-loop-two-invites"
    sm = ("Sienna Marchetti", "sienna.marchetti@harbourviewprivate.example")
    df = ("Daniel Fairweather", "daniel.fairweather@harbourviewprivate.example")
    ra = ("Ruth Abiodun", "ruth.abiodun@harbourviewprivate.example")
    mh = ("Margaret Hollis", "margaret.hollis@harbourviewprivate.example")
    s1 = T(SYD, 2026, 5, 12, 15, 4)
    s2 = T(SYD, 2026, 5, 12, 15, 9)
    a0, a1 = T(SYD, 2026, 5, 21, 17, 0), T(SYD, 2026, 5, 21, 17, 45)
    b0, b1 = T(SYD, 2026, 5, 21, 18, 0), T(SYD, 2026, 5, 21, 18, 30)

    def gmail(sent, msgid, uid, title, a, b, people, desc):
        da, db = a.astimezone(DUB), b.astimezone(DUB)
        disp = f"{da:%a %b} {da.day}, {da.year} {da.hour % 12 or 12}{'' if da.minute == 0 else f':{da.minute:02d}'}{da:%p}".replace("AM", "am").replace("PM", "pm")
        disp2 = f"{db.hour % 12 or 12}{'' if db.minute == 0 else f':{db.minute:02d}'}{db:%p}".lower()
        subj = f"Invitation: {title} @ {disp} - {disp2} (IST) ({OWNER})"
        guests = "\n".join(f"{n}\n{e}" for n, e in people)
        text = (f"{title}\n{da:%A %b} {da.day}, {da.year} ⋅ {da:%H:%M} – {db:%H:%M}\nIrish Standard Time - Dublin\n\n"
                f"Join with Google Meet\nhttps://meet.google.com/{uid[:3]}-{uid[3:7]}-{uid[7:10]}\n\n"
                f"Organizer\n{sm[0]}\n{sm[1]}\n\nGuests\n{sm[0]} - organizer\n{sm[1]}\n{guests}\n{OWNER}\n\n{desc}\n\n"
                "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                "You are receiving this email because you are an attendee on the event.\n")
        cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [{
            "uid": f"{uid}@google.com", "summary": title, "start": a, "end": b, "stamp": sent, "organizer": sm,
            "attendees": [(sm[0], sm[1], "REQ-PARTICIPANT")] + [(n, e, "REQ-PARTICIPANT") for n, e in people]
                         + [(OWNER, OWNER, "REQ-PARTICIPANT")],
            "location": "", "description": desc,
            "extra": [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{uid[:3]}-{uid[3:7]}-{uid[7:10]}"]}],
            extra_cal=["CALSCALE:GREGORIAN"])
        return mail(sent, f"{sm[0]} <{sm[1]}>", subj, msgid, text=text, html=html_of(text), cal=cal, cal_cte="base64",
                    attach_ics=cal, reply_to=f"{sm[0]} <{sm[1]}>", sender="Google Calendar <calendar-notification@google.com>",
                    return_path="3xQ8aZhcKB0wqvsk2b5f@calendar-server.bounces.google.com", text_cte="base64")
    d1 = ("Panel interview for Registered Nurse – Cardiothoracic ICU (full-time, sponsorship available). "
          "Panel: Daniel Fairweather (Nurse Unit Manager, CTICU) and Ruth Abiodun (Clinical Nurse Educator). "
          "I'll host and introduce everyone, then leave you with the panel. Straight after, you'll have a "
          "30-minute conversation with our Director of Nursing (separate invite).")
    d2 = ("Final conversation with Margaret Hollis, Director of Nursing, as part of your interview for RN – Cardiothoracic ICU. "
          "Same evening as your panel (morning for you in Dublin).")
    items = [
        ("01-invite-panel-interview.eml",
         gmail(s1, "<calendar-7b1d2e90-3c4a-4f5e-8a6b-9c0d1e2f3a4b@google.com>", "qxw4kzn8tr2v",
               "Panel Interview – RN Cardiothoracic ICU – Niamh Cullinane", a0, a1, [df, ra], d1)),
        ("02-invite-don-conversation.eml",
         gmail(s2, "<calendar-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@google.com>", "mpf7hse3la9c",
               "Conversation with Director of Nursing – Niamh Cullinane", b0, b1, [mh], d2)),
    ]
    add(cid, items, {
        "interview": True,
        "interviews": [iv("Harbourview Private Hospital", "Registered Nurse – Cardiothoracic ICU", a0, b1, "scheduled",
                          [df[1], ra[1], mh[1]], [df[1], ra[1], mh[1]], "onsite")],
        "difficulty": "hard", "category": "positive/onsite-loop-google-invites",
        "notes": "Two Google invites same day (17:00-17:45 panel, 18:00-18:30 DoN, AEST +10; shown as 08:00-09:30 IST "
                 "in the subject) -> ONE onsite 17:00-18:30 AEST. Organizer hosts only.",
        "source": "synthetic"})


# ==================================================================== NEGATIVES
def n14():
    cid = "b75-14-occupational-health-screening"
    sent = T(DUB, 2026, 3, 9, 8, 15)
    st, en = T(DUB, 2026, 3, 18, 9, 20), T(DUB, 2026, 3, 18, 9, 50)
    t = f"""Dear Ms Cullinane,

Following your successful interview and the offer of appointment for the post of Staff Nurse – Emergency Department, you are required to attend the Occupational Health Department for pre-employment health screening.

Appointment date: {st:%d/%m/%Y}
Time: {st:%H:%M}
With: Occupational Health Nurse Adviser (OHNA)
Location: Occupational Health Department, Ground Floor, Eccles Wing, St Columba's University Hospital

Please bring:
- Completed pre-placement health questionnaire (attached to your candidate record)
- Evidence of Hepatitis B immunity and MMR / varicella vaccination history
- Photographic ID

If you cannot attend this appointment please call 01 809 4660 to reschedule at least 48 hours in advance. This is not an interview – your clearance will be sent to HR once complete.

Occupational Health Department
St Columba's University Hospital
(This mailbox is not monitored)
"""
    cal = ics("PUBLISH", "-//OHBook//Occupational Health Scheduler//EN", [{
        "uid": "ohbook-appt-88412-20260318@stcolumbas.example", "summary": "Occupational Health pre-employment screening",
        "start": st, "end": en, "stamp": sent, "tzid": "Europe/Dublin", "zone": DUB,
        "location": "Occupational Health Dept, Eccles Wing, St Columba's University Hospital",
        "description": "Pre-employment health screening. Bring vaccination records and photo ID."}],
        tz=("Europe/Dublin", "europe_london"))
    add(cid, [("01-oh-appointment.eml",
               mail(sent, "Occupational Health <ohd-noreply@stcolumbas.example>",
                    "Pre-employment health screening appointment – Staff Nurse candidate",
                    "<ohbook.88412.20260309081502@stcolumbas.example>", text=t, attach_ics=cal,
                    attach_name="appointment.ics", attach_type=("text", "calendar")))], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/occupational-health",
        "notes": "Post-offer OH screening with dd/mm date, time and .ics; mentions interview and candidate; not an interview.",
        "source": "synthetic"})


def n15():
    cid = "b75-15-gp-appointment-reminder"
    sent = T(DUB, 2026, 3, 11, 18, 0)
    st = T(DUB, 2026, 3, 12, 10, 40)
    t = f"""Hi Niamh,

This is a reminder of your appointment at Drumcondra Family Practice.

Date: {wd(st)} {st:%d/%m/%Y}
Time: {st:%H:%M}
Clinician: Dr Ruairí Brophy (GP)
Type: Telephone consultation – the doctor will call you on the number ending ...0193 within 15 minutes of your appointment time. Please keep your phone nearby.

If you need a medical certificate or a form completed for a new employer, please mention this during the call. Fees apply for employment medicals and forms.

To cancel or reschedule, reply CANCEL or use the link below. Missed appointments without 24 hours' notice may incur a €25 fee.
https://book.clinicbook.example/p/drumcondra-fp/a/7731902

Drumcondra Family Practice | 112 Drumcondra Road Upper, Dublin 9 | 01 555 2974
Powered by ClinicBook
"""
    add(cid, [("01-appointment-reminder.eml",
               mail(sent, "Drumcondra Family Practice <reminders@clinicbook.example>",
                    f"Reminder: your appointment tomorrow at {st:%H:%M}",
                    "<cb-rem-7731902-1@clinicbook.example>", text=t))], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/gp-appointment",
        "notes": "GP phone consultation reminder (doctor will call, time given, mentions new employer forms).",
        "source": "synthetic"})


def n16():
    cid = "b75-16-registration-body-verification-call"
    dk = ("Dara Kennedy", "dara.kennedy@nmrci.example")
    sent = T(DUB, 2026, 4, 10, 14, 26)
    st, en = T(DUB, 2026, 4, 21, 11, 0), T(DUB, 2026, 4, 21, 11, 15)
    t = f"""Dear Niamh Cullinane,

PIN: 1187352 | Application: Certificate of Current Professional Status (CCPS) – overseas regulator: Nursing and Midwifery Board (Australia)

As part of processing your CCPS application we need to complete a short identity verification call. This has been scheduled as follows:

Date: {wd(st)} {st.day} April 2026
Time: 11:00 – 11:15 (Irish time)
Format: MS Teams video call with Registration Officer Dara Kennedy
Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bm1yY2ktdmVyaWZ5%40thread.v2/0

Please have your original passport and your current Register card to hand. The call will be recorded for verification purposes. This is not an interview and no assessment of your clinical practice takes place.

If the appointment does not suit, reply to this e-mail and we will schedule another slot.

Yours sincerely,

Dara Kennedy
Registration Officer – Verification Team
Nursing & Midwifery Registration Council of Ireland (NMRCI)
18–20 Carysfort Avenue, Blackrock, Co. Dublin | +353 1 555 9100
"""
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", [{
        "uid": "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0",
        "summary": "NMRCI identity verification call – PIN 1187352", "start": st, "end": en, "stamp": sent,
        "tzid": "GMT Standard Time", "zone": DUB, "organizer": dk, "ms": True, "location": "Microsoft Teams Meeting",
        "attendees": [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], "description": t}], tz=("GMT Standard Time", "europe_london"))
    add(cid, [("01-verification-call.eml",
               mail(sent, f"{dk[0]} <{dk[1]}>", "Identity verification call scheduled – CCPS application PIN 1187352",
                    "<DB7PR01MB5519AB12CD34EF56@DB7PR01MB5519.eurprd01.prod.outlook.com>", text=t, html=html_of(t), cal=cal,
                    extra_headers=[("Content-class", "urn:content-classes:calendarmessage")]))], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/registration-verification-call",
        "notes": "Nursing registration body schedules an identity verification Teams call with invite; not a job interview.",
        "source": "synthetic"})


def n17():
    cid = "b75-17-orientation-day-after-offer"
    al = ("Aisling Lenehan", "aisling.lenehan@harcourtclinic.example")
    sent = T(DUB, 2026, 5, 20, 15, 30)
    st, en = T(DUB, 2026, 6, 1, 8, 30), T(DUB, 2026, 6, 1, 16, 0)
    t = f"""Hi Niamh,

Welcome to Harcourt Clinic! Congratulations again on your interview and on accepting our offer for Staff Nurse – Day Surgery & Theatres.

Your corporate orientation day is on {wd(st)} 1st June, 08:30–16:00, in the Education Suite (4th floor). The day covers manual handling, infection prevention and control, BLS refresher, IT/PAS accounts and a meet-and-greet with your CNM. Lunch is provided.

Please bring your bank details, PPS number and two forms of ID for HR. Uniforms will be fitted in the afternoon.

Any questions, just give me a call.

Aisling Lenehan
Nurse Practice Development Coordinator
Harcourt Clinic, 14–16 Adelaide Road, Dublin 2 | 01 478 2301
"""
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [{
        "uid": "0rt3nt4t10nd4yhc2026@google.com", "summary": "Orientation Day – New Starters (Nursing)", "start": st, "end": en,
        "stamp": sent, "organizer": al, "attendees": [(OWNER, OWNER, "REQ-PARTICIPANT")],
        "location": "Education Suite, 4th floor, Harcourt Clinic", "description": "Corporate induction for new nursing staff."}],
        extra_cal=["CALSCALE:GREGORIAN"])
    add(cid, [("01-orientation-day.eml",
               mail(sent, f"{al[0]} <{al[1]}>", "Welcome to Harcourt Clinic – your orientation day",
                    "<CAJw8=orientation.0520@harcourtclinic.example>", text=t, html=html_of(t), cal=cal, attach_ics=cal))], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/orientation-after-offer",
        "notes": "Induction day invite after an accepted offer (mentions interview, CNM meet-and-greet).",
        "source": "synthetic"})


def n18():
    cid = "b75-18-not-shortlisted-rejection"
    ref = "288-MWT-5071"
    sent = T(LON, 2026, 3, 13, 9, 2)
    t = f"""Dear Niamh

Application update - Band 6 Staff Nurse - ref {ref}

Thank you for your interest in the post of Band 6 Staff Nurse - Cardiology at Marshwood Teaching Hospitals NHS Trust.

We received a very high number of applications for this vacancy. Unfortunately, on this occasion you have not been shortlisted for interview. Interviews for this vacancy will take place on 24/03/2026.

If you would like feedback on your application, please contact the recruiting manager, Sister Joanne Pybus, on joanne.pybus@marshwood.nhs.example.

We wish you every success in the future and hope you will consider applying for other vacancies with the Trust.

Recruitment Team
Marshwood Teaching Hospitals NHS Trust
This is an automated message sent from CareTrac. Please do not reply to this email.
"""
    add(cid, [("01-caretrac-not-shortlisted.eml",
               mail(sent, "CareTrac Recruitment <no-reply@caretrac.example>", f"Application update - Band 6 Staff Nurse - ref {ref}",
                    "<ctrac.4402918.288MWT5071@caretrac.example>", text=t))], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/rejection-not-shortlisted",
        "notes": "Not shortlisted; mentions interview date of other candidates.",
        "source": "synthetic"})


def n19():
    cid = "b75-19-drug-calculation-test-only"
    ref = "356-BMT-2244"
    sent = T(LON, 2026, 3, 27, 13, 41)
    st, en = T(LON, 2026, 4, 9, 10, 40), T(LON, 2026, 4, 9, 11, 10)
    t = f"""Dear Niamh,

Numeracy and drug calculation assessment - Band 5/6 Staff Nurse - Theatres - ref {ref}

Thank you for your application to Brackenmoor NHS Foundation Trust. Before shortlisting for interview, all registered nurse candidates are asked to complete our online numeracy and drug calculation assessment.

Your assessment is booked:
Date: {st:%d/%m/%Y}
Time: {st:%H:%M} - {en:%H:%M} (UK time)
Format: Online, invigilated via MS Teams (camera on). 20 questions, pass mark 100%.

Candidates who pass the assessment will then be contacted to arrange an interview with the Theatres panel at a later date. Candidates who do not pass will not progress to interview.

Please log in 10 minutes early. A calendar file is attached.

Kind regards,
Nursing Recruitment Team
Brackenmoor NHS Foundation Trust
nursing.recruitment@brackenmoor.nhs.example
"""
    cal = ics("PUBLISH", "-//CareTrac//Interview Scheduler 4.2//EN", [{
        "uid": "ctrac-asmt-356-BMT-2244-1040@caretrac.example", "summary": f"Drug calculation assessment - ref {ref}",
        "start": st, "end": en, "stamp": sent, "tzid": "Europe/London", "zone": LON, "location": "MS Teams (invigilated)",
        "description": "Online numeracy and drug calculation assessment (pass mark 100%)."}], tz=("Europe/London", "europe_london"))
    add(cid, [("01-drug-calc-booking.eml",
               mail(sent, "Brackenmoor Nursing Recruitment <no-reply@caretrac.example>",
                    f"Assessment booking confirmed - Staff Nurse Theatres - ref {ref}",
                    "<ctrac.4470115.356BMT2244@caretrac.example>", text=t, attach_ics=cal, attach_name="assessment.ics",
                    attach_type=("text", "calendar"), reply_to="nursing.recruitment@brackenmoor.nhs.example"))], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/assessment-test-only",
        "notes": "Drug-calculation test booking (slot 10:40 - 11:10, .ics); interview only later if passed.",
        "source": "synthetic"})


def n20():
    cid = "b75-20-shortlisted-book-your-slot"
    sent = T(DUB, 2026, 3, 16, 17, 5)
    d = T(DUB, 2026, 3, 26, 10, 40)
    t = f"""Dear Niamh Cullinane,

Campaign: MQUH-SN-GM-2026-007 – Staff Nurse, General Medicine – Mercy Quay University Hospital

We are pleased to advise that you have been shortlisted for interview for the above campaign.

Interviews will be held on {wd(d)} {d:%d/%m/%Y}. Please log in to your PublicPosts candidate account and select an interview time slot by 12:00 on Friday 20/03/2026. Slots are allocated on a first-come, first-served basis.

Available slots:
10:40 - 11:10
11:20 - 11:50
14:00 - 14:30
14:40 - 15:10

Once you have booked, you will receive a confirmation e-mail with your interview time and venue. If you do not select a slot by the deadline, it will be assumed you do not wish to proceed.

Recruitment & Selection
PublicPosts – National Health Recruitment Portal
Please do not reply to this e-mail.
"""
    add(cid, [("01-publicposts-shortlisted-select-slot.eml",
               mail(sent, "PublicPosts <no-reply@publicposts.example>",
                    "Shortlisted for interview – please select your interview slot – MQUH-SN-GM-2026-007",
                    "<pp.20260316170512.43981.slot@mailer.publicposts.example>", text=t, html=html_of(t)))], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/unbooked-slot-selection",
        "notes": "Shortlisted + list of open slots; no slot booked -> availability request, not an interview.",
        "source": "synthetic"})


def n21():
    cid = "b75-21-user-on-hca-interview-panel"
    sc = ("Siobhán Carey", "siobhan.carey@mercyquay.example")
    sent = T(DUB, 2026, 3, 13, 10, 12)
    st, en = T(DUB, 2026, 3, 19, 14, 0), T(DUB, 2026, 3, 19, 17, 0)
    tb = teams_block("MmJhYzQ5OTEtOWQ3", ("305 221 784 090", "Ck2yR6"))
    body = (f"When: {wd(st)}, {st.day} {st:%B %Y} {st:%H:%M}-{en:%H:%M} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Seminar Room 3, St. Joseph's Ward Block\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Niamh,\n\nThanks a million for agreeing to sit on the interview panel for the Healthcare Assistant posts on our ward. "
            "We have four candidates: 14:00, 14:40, 15:20 and 16:00 (30 mins each + 10 mins scoring). I'll chair; you and "
            "Patrick from HR make up the board. Candidate CVs and the marking grid are in the shared drive (HCA Recruitment 2026). "
            "Please review before Thursday and keep them confidential.\n\nSiobhán\n\nSiobhán Carey\nCNM2, St. Joseph's Ward\n"
            "Mercy Quay University Hospital | Ext 2281\n")
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", [{
        "uid": "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1A2DC010000000000000000100000001F2E3D4C5B6A79880",
        "summary": "HCA interviews – panel", "start": st, "end": en, "stamp": sent, "tzid": "GMT Standard Time", "zone": DUB,
        "organizer": sc, "ms": True, "location": "Seminar Room 3, St. Joseph's Ward Block",
        "attendees": [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), ("Patrick Guinan", "patrick.guinan@mercyquay.example", "REQ-PARTICIPANT")],
        "description": body}], tz=("GMT Standard Time", "europe_london"))
    add(cid, [("01-hca-interview-panel-invite.eml",
               mail(sent, f"{sc[0]} <{sc[1]}>", "HCA interviews – panel",
                    "<AM0PR04MB6690C1D2E3F4A5B6C7D8@AM0PR04MB6690.eurprd04.prod.outlook.com>",
                    to=f"Niamh Cullinane <niamh.cullinane@mercyquay.example>, Patrick Guinan <patrick.guinan@mercyquay.example>",
                    text=body, html=html_of(body), cal=cal,
                    extra_headers=[("Content-class", "urn:content-classes:calendarmessage")]))], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
        "notes": "Work invite (forwarded into the personal mailbox via Delivered-To): user sits on an HCA interview panel.",
        "source": "synthetic"})


def n22():
    cid = "b75-22-union-interview-skills-workshop"
    sent = T(DUB, 2026, 3, 4, 19, 45)
    st = T(DUB, 2026, 3, 12, 19, 0)
    t = f"""Hi Niamh,

You're registered! 🎉

Competency-Based Interview Skills for Nurses & Midwives – live online workshop
Thu 3/12 @ 7pm (Irish time), 90 mins, on Zoom

What we'll cover:
• How HSE/Section 38 interview boards score the competencies
• Building STAR examples from your clinical practice
• Mock panel interview: volunteers will be "interviewed" live by our facilitators, Deirdre (retired DoN) and Cormac (CNM3)
• Q&A on shortlisting, panel interviews and the OSCE/drug calc tests for UK posts

Join link: https://zoom.us/j/85550123344?pwd=Q2JtZkVxa1NvUm1JZz09
Passcode: 771290

This workshop is free for members. Add to calendar: https://events.nursesguild.example/e/cbi-0312/ics

Irish Nurses' Guild – Education & Professional Development
Guild House, 31 Parnell Square West, Dublin 1
You're receiving this because you registered for an event. Unsubscribe: https://nursesguild.example/u/p9Xq
"""
    add(cid, [("01-workshop-registration.eml",
               mail(sent, "Irish Nurses' Guild Events <events@nursesguild.example>",
                    "You're registered: Competency-Based Interview Skills workshop – Thu 3/12 @ 7pm",
                    "<evt.cbi0312.reg.558812@nursesguild.example>", text=t, html=html_of(t)))], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/interview-skills-workshop",
        "notes": "Union webinar with mock panel interviews (coaching), US-style date 'Thu 3/12 @ 7pm'.",
        "source": "synthetic"})


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b75-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fn, data in items:
            with open(os.path.join(HERE, cid, fn), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for the blind75 set (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative), "
          f"{sum(len(v['interviews']) for v in LABELS.values())} labelled interviews")


if __name__ == "__main__":
    main()
