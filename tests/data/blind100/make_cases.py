#!/usr/bin/env python3
"""Deterministic generator for the blind100 interview-detection set.

Theme: a housing officer / charity programme manager in Glasgow (Europe/London) applying to Scottish
councils, housing associations, NHS Scotland boards, charities and the civil service.
All people, companies and domains are invented (.example).  Re-running rewrites every case folder and
labels.yaml.  Needs: stdlib + PyYAML.  Every UTC offset is computed with zoneinfo.

usage: python make_cases.py
"""
import hashlib
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
LON = ZoneInfo("Europe/London")
UTC = timezone.utc
OWNER = "eilidh.mccallum@example.com"
OWNER_NAME = "Eilidh McCallum"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"


# ------------------------------------------------------------------ time helpers
def T(y, m, d, h=0, mi=0, tz=LON, wd=None):
    """Aware datetime; wd (e.g. 'Tue') asserts the weekday written in the case text."""
    if isinstance(tz, str):
        tz = ZoneInfo(tz)
    dt = datetime(y, m, d, h, mi, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%a") == wd, (dt, wd)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def ics_local(dt, tz=LON):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(seed, domain):
    return f"<{h(seed, 24).upper()}@{domain}>"


# ------------------------------------------------------------------ iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    parts = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        limit = 74
    parts.append(b)
    return b"\r\n ".join(parts)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def ics_bytes(lines):
    return b"".join(fold(l) + b"\r\n" for l in lines)


VTZ_GMT_STANDARD = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_W_EUROPE = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_EUROPE_LONDON = [
    "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
    "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
    "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
WIN_TZ = {"GMT Standard Time": (VTZ_GMT_STANDARD, LON),
          "W. Europe Standard Time": (VTZ_W_EUROPE, ZoneInfo("Europe/Berlin"))}


def exchange_ics(*, method, uid, organizer, attendees, summary, start, end, location="", description="",
                 seq=0, status="CONFIRMED", stamp, tzid="GMT Standard Time", teams_url=None):
    vtz, zone = WIN_TZ[tzid]
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtz
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, mail in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{mail}")
    if description:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + esc(description))
    L += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{ics_local(start, zone)}", f"DTEND;TZID={tzid}:{ics_local(end, zone)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(stamp)}",
          "TRANSP:" + ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"),
          f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-GB:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_bytes(L)


def teams_block(seed):
    mid_ = h(seed, 32)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid_}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{h(seed + 't', 8)}-{h(seed + 'u', 4)}%22%7d")
    num = int(h(seed + "n", 10), 16) % 10 ** 12
    meeting_id = f"{num:012d}"
    txt = ("________________________________________________________________________________\n"
           "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           f"Click here to join the meeting<{url}>\n"
           f"Meeting ID: {meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:9]} {meeting_id[9:]}\n"
           f"Passcode: {h(seed + 'p', 6)}\n"
           "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
           "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
           "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
           "________________________________________________________________________________\n")
    return url, txt


def text_to_html(text, font="Aptos,Calibri,sans-serif"):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


# ------------------------------------------------------------------ e-mail builder
def email(*, frm, to, subject, date, text=None, html=None, cte="quoted-printable", cc=None, reply_to=None,
          sender=None, in_reply_to=None, references=None, msg_id=None, domain="mail.example",
          extra=None, calendar=None, cal_method="REQUEST", attachments=None, delivered_to=OWNER,
          received_from=None):
    """calendar: bytes of a text/calendar alternative part; attachments: [(filename, maintype, subtype, bytes)]."""
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered_to
    rf = received_from or domain
    m["Received"] = (f"from {rf} ({rf} [192.0.2.{int(h(subject + str(date), 2), 16) % 250 + 1}]) "
                     f"by mx.mail.example with ESMTPS id {h(subject + 'rx' + str(date), 12)} "
                     f"for <{delivered_to}>; {format_datetime(date)}")
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
    m["Message-ID"] = msg_id or msgid(subject + str(date) + frm, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in (extra or []):
        if not k.lower().startswith("content-"):
            m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte)
    if calendar is not None:
        m.add_alternative(calendar, maintype="text", subtype="calendar", cte="base64",
                          params={"charset": "UTF-8", "method": cal_method})
    for fn, mt, st, data in (attachments or []):
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for k, v in (extra or []):  # set_content() drops Content-* headers, so add these last
        if k.lower().startswith("content-"):
            m[k] = v
    fix_boundaries(m, subject + str(date))
    return m.as_bytes()


def fix_boundaries(m, seed):
    """Replace the random MIME boundaries chosen by the email package with deterministic ones."""
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{h(seed + str(i), 24)}_")
    return m


def outlook_headers(topic, seed):
    return [("Thread-Topic", topic), ("Thread-Index", h(seed + "ti", 22) + "=="),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + h(seed + "si", 20))]


def when_line_gb(start, end, tzid="GMT Standard Time"):
    zone = WIN_TZ[tzid][1]
    s, e = start.astimezone(zone), end.astimezone(zone)
    label = {"GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
             "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"}[tzid]
    return f"When: {s.strftime('%A')}, {s.day} {s.strftime('%B %Y')} {s:%H:%M}-{e:%H:%M} {label}."


def exchange_mid(seed):
    return f"<{h(seed, 8).upper()}{h(seed + 'x', 24).upper()}@DB9PR03MB{h(seed + 'd', 4).upper()}.eurprd03.prod.outlook.example>"


def quote(text, who, when):
    head = f"On {format_datetime(when)[:-6].strip()}, {who} wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def outlook_quote(text, frm, sent, to, subject):
    s = sent.astimezone(LON)
    return ("________________________________\n"
            f"From: {frm}\nSent: {s.strftime('%A')}, {s.day} {s.strftime('%B %Y')} {s:%H:%M}\n"
            f"To: {to}\nSubject: {subject}\n\n" + text.strip("\n") + "\n")


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes, source="synthetic"):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": source}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================== POSITIVE CASES
@case
def c01():
    """Council portal (myjobscotland-like) invitation with a 10-minute presentation; reply thread."""
    cid = "b100-01-council-portal-presentation-interview"
    co, dom = "West Carrick Council", "westcarrick-council.example"
    role = "Homelessness Prevention Officer"
    start, end = T(2026, 4, 14, 10, 0, wd="Tue"), T(2026, 4, 14, 10, 45)
    lorna = f"lorna.baird@{dom}"
    d1 = T(2026, 4, 1, 11, 12, wd="Wed")
    html1 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Invitation to interview</title></head>
<body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#00395d;color:#fff;padding:16px;font-size:20px">MyCouncilJobs Scotland</td></tr>
<tr><td style="padding:20px">
<p>Dear Eilidh McCallum</p>
<p><b>Vacancy:</b> {role} (Grade 7) &ndash; Housing &amp; Homelessness Services<br>
<b>Reference:</b> WCC/HHS/0412/26<br><b>Employer:</b> {co}</p>
<p>Thank you for your application. I am pleased to advise that you have been shortlisted and are invited to attend for interview as follows:</p>
<table cellpadding="4" style="border:1px solid #ccc;font-size:14px">
<tr><td><b>Date</b></td><td>Tuesday 14th April 2026</td></tr>
<tr><td><b>Time</b></td><td>10.00am (please arrive 10 minutes early)</td></tr>
<tr><td><b>Venue</b></td><td>Carrick House, 30 Burns Street, Ayrmouth, KA99 4TL &ndash; report to main reception, ground floor</td></tr>
<tr><td><b>Panel</b></td><td>Fiona Rennie, Service Manager (Housing Options)<br>Callum Drysdale, Team Leader (Homelessness Prevention)</td></tr>
</table>
<p><b>Presentation</b><br>As part of the interview you will be asked to deliver a presentation lasting no more than <b>10 minutes</b> on the following topic:</p>
<p style="margin-left:20px"><i>&ldquo;Young people leaving care are over-represented in our homelessness presentations. What would your priorities be in your first six months to prevent repeat presentations in West Carrick?&rdquo;</i></p>
<p>This will be followed by competency-based questions from the panel. The whole interview will last approximately 45 minutes. You may use PowerPoint (please bring it on a USB stick) or hand-outs, but neither is required.</p>
<p>Please bring original documents confirming your right to work in the UK.</p>
<p>If you have a disability and require any adjustments, or if you are unable to attend, please contact Lorna Baird, HR Adviser, on 01292 496 018 or <a href="mailto:{lorna}">{lorna}</a> as soon as possible. Please do not reply to this automated message.</p>
<p>Yours sincerely<br>Recruitment Team<br>{co}</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">This email was sent by MyCouncilJobs Scotland on behalf of {co}. Manage your alerts at https://www.mycounciljobs-scot.example/account</td></tr>
</table></td></tr></table></body></html>
"""
    m1 = email(frm="MyCouncilJobs Scotland <no-reply@mycounciljobs-scot.example>",
               to=OWNER, subject=f"Invitation to interview - {role} - WCC/HHS/0412/26", date=d1,
               html=html1, domain="mycounciljobs-scot.example")
    id1 = msgid("c01-2", "example.com")
    d2 = T(2026, 4, 1, 19, 40)
    t2 = ("Dear Lorna,\n\nThank you for the invitation to interview for the Homelessness Prevention Officer post "
          "(WCC/HHS/0412/26). I'm delighted to confirm I'll attend on Tuesday 14 April at 10am at Carrick House.\n\n"
          "Could I check whether there will be a laptop and projector in the room for the presentation, or should "
          "I bring printed copies for the panel?\n\nKind regards,\nEilidh McCallum\n07700 900 482\n")
    m2 = email(frm=OWNER_ADDR, to=f"Lorna Baird <{lorna}>",
               subject=f"Interview confirmation - {role} - WCC/HHS/0412/26", date=d2, text=t2, cte="7bit",
               msg_id=id1, delivered_to=OWNER, domain="example.com")
    d3 = T(2026, 4, 2, 9, 3)
    t3 = ("Morning Eilidh,\n\nThanks for confirming. Yes, there'll be a laptop and projector in Committee Room 3, "
          "so just bring your slides on a USB stick. Printed copies aren't necessary but you're welcome to.\n\n"
          "See you on the 14th.\n\nLorna\n\nLorna Baird | HR Adviser | Organisational Development & HR\n"
          "West Carrick Council | Carrick House | 30 Burns Street | Ayrmouth | KA99 4TL\n"
          "T: 01292 496 018\n\n" + outlook_quote(t2, f"Eilidh McCallum <{OWNER}>", d2, f"Lorna Baird <{lorna}>",
                                                 f"Interview confirmation - {role} - WCC/HHS/0412/26"))
    m3 = email(frm=f"Lorna Baird <{lorna}>", to=OWNER_ADDR,
               subject=f"RE: Interview confirmation - {role} - WCC/HHS/0412/26", date=d3, text=t3,
               html=text_to_html(t3), in_reply_to=id1, references=id1, domain=dom)
    items = [("01-mycounciljobs-invitation.eml", m1), ("02-eilidh-confirms.eml", m2), ("03-lorna-reply.eml", m3)]
    lab = label([iv(co, role, start, end, "scheduled", [], [lorna], "onsite")], "medium",
                "positive/council-portal-presentation",
                "HTML-only quoted-printable portal mail (myjobscotland-like) with a 10-minute presentation then "
                "questions, ~45 min; panel of two named without addresses -> interviewer_emails empty, follow-up to "
                "the HR adviser named in the text. Reply thread confirms the same slot.")
    return cid, items, lab


@case
def c02():
    """Outlook invite, GMT Standard Time, in-person panel of three council officers + reminder."""
    cid = "b100-02-outlook-panel-three-council-officers"
    co, dom = "Strathallan Council", "strathallan.gov.example"
    role = "Senior Housing Officer (Tenancy Management)"
    start, end = T(2026, 5, 6, 14, 0, wd="Wed"), T(2026, 5, 6, 15, 0)
    kirsty = ("Kirsty Anderson", f"kirsty.anderson@{dom}")
    panel = [("Alasdair Munro", f"alasdair.munro@{dom}"), ("Gillian Petrie", f"gillian.petrie@{dom}"),
             ("Tariq Hussain", f"tariq.hussain@{dom}")]
    d1 = T(2026, 4, 21, 9, 41, wd="Tue")
    subj = f"Interview - {role} - Eilidh McCallum"
    loc = "Committee Room 2, Municipal Buildings, 1 Castle Wynd, Dunross, FK99 4QZ"
    body = ("Dear Eilidh,\n\nFurther to your application for the post of Senior Housing Officer (Tenancy Management), "
            "ref. SC-HC-0233, I am pleased to invite you to interview. Please accept this invitation to confirm "
            "your attendance.\n\nThe interview panel will be:\n"
            "- Alasdair Munro, Head of Housing & Communities\n"
            "- Gillian Petrie, Housing Services Manager\n"
            "- Tariq Hussain, Team Leader, Tenancy Management\n\n"
            "The interview will last around one hour and will include questions on managing anti-social "
            "behaviour cases and rent arrears recovery. Please report to the reception desk at the Castle Wynd "
            "entrance and bring your passport or other proof of right to work.\n\n"
            "Parking is limited; the nearest car park is at Mill Lane (pay and display).\n\n"
            "Kind regards\n\nKirsty Anderson\nHR Assistant (Recruitment)\nPeople & Transformation | Strathallan Council\n"
            "Municipal Buildings, 1 Castle Wynd, Dunross, FK99 4QZ\nTel: 01786 496 227\n")
    text = when_line_gb(start, end) + f"\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    cal = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E008000000007" + h("c02", 40).upper(),
                       organizer=kirsty, attendees=[(OWNER_NAME, OWNER)] + panel, summary=subj, start=start,
                       end=end, location=loc, description=text, stamp=d1)
    m1 = email(frm=f"{kirsty[0]} <{kirsty[1]}>",
               to=", ".join([OWNER_ADDR] + [f"{n} <{e}>" for n, e in panel]), subject=subj, date=d1, text=text,
               html=text_to_html(text), calendar=cal, msg_id=exchange_mid("c02-1"),
               extra=outlook_headers(subj, "c02"), received_from="EUR03-DB9-obe.outbound.protection.outlook.example")
    d2 = T(2026, 5, 4, 16, 5, wd="Mon")
    t2 = ("Hi Eilidh,\n\nJust a quick reminder of your interview on Wednesday at 2pm in Committee Room 2, "
          "Municipal Buildings. Please remember your passport and, if you have one, your PVG scheme membership "
          "number.\n\nIf you have any questions just give me a ring.\n\nKind regards\n\nKirsty Anderson\n"
          "HR Assistant (Recruitment) | Strathallan Council\nTel: 01786 496 227\n")
    m2 = email(frm=f"{kirsty[0]} <{kirsty[1]}>", to=OWNER_ADDR, subject=f"Interview reminder - Wednesday 6 May",
               date=d2, text=t2, html=text_to_html(t2), msg_id=exchange_mid("c02-2"),
               received_from="EUR03-DB9-obe.outbound.protection.outlook.example")
    items = [("01-outlook-invite-panel.eml", m1), ("02-reminder.eml", m2)]
    lab = label([iv(co, role, start, end, "scheduled", [e for _, e in panel], [e for _, e in panel], "onsite")],
                "medium", "positive/outlook-panel",
                "Exchange invite (TZID 'GMT Standard Time', in BST) from an HR assistant who only coordinates; panel "
                "of three council officers with names, titles and addresses; reminder e-mail is the same interview. "
                "Outlook 'When:' label says (UTC+00:00) although the date is in BST.")
    return cid, items, lab


@case
def c03():
    """Civil Service Jobs-like: sift pass, booking link, confirmed slot across the DST change, then Teams invite."""
    cid = "b100-03-civil-service-sift-booking-confirmed-dst"
    co, dom = "Ministry for Housing and Local Renewal", "mhlr.gov.example"
    role = "Policy Adviser - Homelessness Strategy (HEO)"
    start, end = T(2026, 3, 30, 9, 30, wd="Mon"), T(2026, 3, 30, 10, 15)
    portal = "GovJobs UK <noreply@govjobs-uk.example>"
    ruaridh, priti = ("Ruaridh Shaw", f"ruaridh.shaw@{dom}"), ("Priti Sandhu", f"priti.sandhu@{dom}")
    d1 = T(2026, 3, 9, 14, 2, wd="Mon")
    t1 = ("Dear Eilidh McCallum,\n\nJob reference: 412877\nJob title: Policy Adviser - Homelessness Strategy (HEO)\n"
          f"Department: {co}\nLocation: Glasgow (hybrid)\n\n"
          "Sift result: Successful\n\nThank you for your application. We are pleased to tell you that you have "
          "passed the sift stage of this campaign. Your application was assessed against the Success Profiles "
          "elements advertised:\n\n  Behaviour - Seeing the Big Picture: 5 (Strong)\n"
          "  Behaviour - Communicating and Influencing: 5 (Strong)\n  Experience (personal statement): 4 (Good)\n\n"
          "What happens next\nThe next stage is an interview. You will receive a separate message inviting you "
          "to book an interview slot. Please make sure you can access your account.\n\n"
          "Kind regards,\nMHLR Recruitment Hub\n\nThis is an automated message from GovJobs UK. Please do not reply.\n")
    m1 = email(frm=portal, to=OWNER, subject="Update on your application: 412877 - Policy Adviser - Homelessness Strategy (HEO)",
               date=d1, text=t1, domain="govjobs-uk.example")
    d2 = T(2026, 3, 18, 10, 30, wd="Wed")
    t2 = ("Dear Eilidh McCallum,\n\nJob reference: 412877\nJob title: Policy Adviser - Homelessness Strategy (HEO)\n\n"
          "Invitation to interview - action required\n\nYou are invited to book an interview for this vacancy. "
          "Interviews will take place by video (Microsoft Teams) between Monday 30 March and Thursday 2 April 2026.\n\n"
          "The interview will last up to 45 minutes and will assess the following Success Profiles elements:\n"
          "  - Behaviours: Seeing the Big Picture; Communicating and Influencing; Working Together\n"
          "  - Strengths (these are not shared in advance)\n\n"
          "Book your interview slot:\nhttps://www.govjobs-uk.example/csr/index.cgi?SID=Ym9va2luZz00MTI4Nzc&booking=1\n\n"
          "Please book a slot by 23:55 on Monday 23 March 2026. Slots are allocated on a first come, first served basis.\n\n"
          "If you need a reasonable adjustment, contact the vacancy holder, Ruaridh Shaw, at "
          f"{ruaridh[1]}.\n\nKind regards,\nMHLR Recruitment Hub\n\nThis is an automated message from GovJobs UK. Please do not reply.\n")
    m2 = email(frm=portal, to=OWNER, subject="Interview invitation: 412877 - Policy Adviser - Homelessness Strategy (HEO)",
               date=d2, text=t2, html=text_to_html(t2, "Arial,sans-serif"), domain="govjobs-uk.example")
    d3 = T(2026, 3, 20, 21, 17, wd="Fri")
    t3 = ("Dear Eilidh McCallum,\n\nYou have booked an interview.\n\nJob reference: 412877\n"
          "Job title: Policy Adviser - Homelessness Strategy (HEO)\n\nDate: Monday 30 March 2026\n"
          "Time: 09:30 (UK time)\nDuration: 45 minutes\nFormat: Video interview (Microsoft Teams). The vacancy holder "
          "will send you a joining link.\n\nIf you need to change or cancel your booking, sign in to your account "
          "before 23:55 on Monday 23 March 2026.\n\nVacancy holder: Ruaridh Shaw\nEmail: "
          f"{ruaridh[1]}\n\nKind regards,\nMHLR Recruitment Hub\n\nThis is an automated message from GovJobs UK. Please do not reply.\n")
    m3 = email(frm=portal, to=OWNER, subject="Interview booked: 412877 - Policy Adviser - Homelessness Strategy (HEO)",
               date=d3, text=t3, cte="base64", domain="govjobs-uk.example")
    d4 = T(2026, 3, 26, 15, 48, wd="Thu")
    subj = "Interview - 412877 Policy Adviser (HEO) - Eilidh McCallum"
    url, tb = teams_block("c03")
    body = ("Good afternoon Eilidh,\n\nPlease find below the Teams link for your interview on Monday. I will chair "
            "the panel and will be joined by Priti Sandhu (Grade 7, Homelessness Unit). Please have photo ID to "
            "hand at the start of the call.\n\nBest wishes,\nRuaridh\n\nRuaridh Shaw | Team Leader, Homelessness "
            "Strategy Unit\nMinistry for Housing and Local Renewal | 5 Atlantic Quay, Glasgow G2 8XX\n\n" + tb)
    text = when_line_gb(start, end) + "\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    cal = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + h("c03", 40).upper(),
                       organizer=ruaridh, attendees=[(OWNER_NAME, OWNER), priti], summary=subj, start=start,
                       end=end, location="Microsoft Teams Meeting", description=text, stamp=d4, teams_url=url)
    m4 = email(frm=f"{ruaridh[0]} <{ruaridh[1]}>", to=f"{OWNER_ADDR}, {priti[0]} <{priti[1]}>", subject=subj,
               date=d4, text=text, html=text_to_html(text), calendar=cal, msg_id=exchange_mid("c03-4"),
               extra=outlook_headers(subj, "c03"), received_from="EUR05-AM6-obe.outbound.protection.outlook.example")
    items = [("01-sift-result.eml", m1), ("02-invitation-book-slot.eml", m2), ("03-booking-confirmed.eml", m3),
             ("04-teams-invite.eml", m4)]
    lab = label([iv(co, role, start, end, "scheduled", [ruaridh[1], priti[1]], [ruaridh[1], priti[1]], "onsite")],
                "hard", "positive/civil-service-portal",
                "Civil Service Jobs-like flow: sift pass (not an interview), booking link (unbooked), confirmation "
                "'Monday 30 March 2026 09:30 (UK time)' = first day of BST (+01:00, clocks changed 29 March, booked while "
                "still GMT), then Teams invite in 'GMT Standard Time' from the vacancy holder who chairs the panel. One interview.")
    return cid, items, lab


@case
def c04():
    """Eploy competency-based interview at a housing association, base64 body + .ics; 'half nine' follow-up."""
    cid = "b100-04-eploy-competency-housing-association"
    co, dom = "Kelvinbrae Housing Association", "kelvinbrae-ha.example"
    role = "Neighbourhood Housing Officer"
    start, end = T(2026, 4, 23, 9, 30, wd="Thu"), T(2026, 4, 23, 10, 15)
    jen = f"jen.morrice@{dom}"
    d1 = T(2026, 4, 14, 15, 20, wd="Tue")
    t1 = ("Dear Eilidh\n\nNeighbourhood Housing Officer (Ref KHA-0326)\n\nThank you for applying for the above post. "
          "We are pleased to invite you to a competency-based interview on Thursday 23 April 2026 at 9.30am at our "
          "office, 221 Maryhill Road, Glasgow G20 7XX. The interview will last around 45 minutes.\n\n"
          "Your panel will be Shona Quinn (Housing Services Manager) and Mags Docherty (tenant Board member).\n\n"
          "You will be asked questions based on our competency framework:\n"
          "  * Customer focus\n  * Working with others\n  * Managing conflict and difficult conversations\n"
          "  * Resilience and personal effectiveness\n\n"
          "Please use the STAR approach (Situation, Task, Action, Result) when answering. A calendar file is "
          "attached for your convenience.\n\nPlease confirm your attendance using the link in your candidate "
          "portal. If you have any questions please contact Jen Morrice, HR & OD Officer, on 0141 496 0871 or "
          f"{jen}.\n\nKind regards\n\nKelvinbrae Housing Association\nRecruitment Team\n\n"
          "Kelvinbrae Housing Association is a registered Scottish charity (SC0999999) and a registered social landlord.\n")
    ics = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eploy//Eploy Recruitment//EN", "METHOD:PUBLISH"]
                    + VTZ_EUROPE_LONDON +
                    ["BEGIN:VEVENT", f"UID:eploy-interview-{h('c04', 12)}@eploy-mail.example",
                     f"DTSTAMP:{ics_utc(d1)}", f"DTSTART;TZID=Europe/London:{ics_local(start)}",
                     f"DTEND;TZID=Europe/London:{ics_local(end)}",
                     "SUMMARY:" + esc(f"Interview - {role} - {co}"),
                     "LOCATION:" + esc("Kelvinbrae Housing Association, 221 Maryhill Road, Glasgow G20 7XX"),
                     "DESCRIPTION:" + esc("Competency-based interview. Panel: Shona Quinn, Mags Docherty."),
                     "ORGANIZER;CN=Kelvinbrae HA Recruitment:mailto:noreply@eploy-mail.example",
                     f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT:mailto:{OWNER}",
                     "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1 = email(frm="Kelvinbrae HA Recruitment <noreply@eploy-mail.example>", to=OWNER,
               subject="Interview Invitation - Neighbourhood Housing Officer (KHA-0326)", date=d1, text=t1,
               cte="base64", attachments=[("Interview.ics", "text", "calendar", ics)], domain="eploy-mail.example")
    d2 = T(2026, 4, 20, 12, 31, wd="Mon")
    t2 = ("Hi Eilidh\n\nThanks for confirming through the portal. Just a wee note to say our car park is tiny, so "
          "you're best getting the bus or parking on Garrioch Road. Come to the front door and buzz reception - "
          "we'll see you Thursday at half nine.\n\nCheers\nJen\n\nJen Morrice | HR & OD Officer\nKelvinbrae Housing "
          "Association | 221 Maryhill Road | Glasgow | G20 7XX\n0141 496 0871\n")
    m2 = email(frm=f"Jen Morrice <{jen}>", to=OWNER_ADDR, subject="Thursday - directions", date=d2, text=t2,
               cte="7bit", domain=dom)
    items = [("01-eploy-invitation.eml", m1), ("02-jen-directions.eml", m2)]
    lab = label([iv(co, role, start, end, "scheduled", [], [jen], "onsite")], "medium",
                "positive/ats-ics-housing-association",
                "Eploy-style mail, base64 text body, attached PUBLISH .ics (TZID Europe/London); competency-based "
                "panel of two named without addresses; follow-up to the HR officer given in the text. 'half nine' in the "
                "follow-up = 09:30, same interview.")
    return cid, items, lab


@case
def c05():
    """Charity thread: booked in person, rail strike -> moved to Thursday 'the back of 2' = 2.15pm."""
    cid = "b100-05-charity-thread-rail-strike-reschedule"
    co, dom = "Hearthstone Scotland", "hearthstone-scotland.example"
    role = "Programme Manager - Housing First"
    cat = ("Catriona Wallace", f"catriona.wallace@{dom}")
    martin = ("Martin Kerr", f"martin.kerr@{dom}")
    first = T(2026, 6, 2, 11, 0, wd="Tue")
    start, end = T(2026, 6, 4, 14, 15, wd="Thu"), T(2026, 6, 4, 15, 15)
    sig = ("Catriona Wallace\nDirector of Services\nHearthstone Scotland\n14 Leith Walk, Edinburgh EH99 6AB\n"
           "0131 496 0552 | 07700 900 731\nScottish Charity No. SC0888888\n")
    subj = "Programme Manager - Housing First: interview"
    d = [T(2026, 5, 21, 16, 2, wd="Thu"), T(2026, 5, 21, 18, 45), T(2026, 5, 29, 8, 12, wd="Fri"),
         T(2026, 5, 29, 9, 50), T(2026, 5, 29, 10, 4), T(2026, 5, 29, 10, 31)]
    t = [None] * 6
    t[0] = ("Hi Eilidh,\n\nThanks so much for your application for the Programme Manager - Housing First post, we "
            "really enjoyed reading it. We'd love to meet you. Would Tuesday 2 June at 11am work? It would be at our "
            "office on Leith Walk, with me and Martin Kerr, one of our trustees (copied in). It should take about an "
            "hour, and there's no presentation - just a conversation about the programme and your experience.\n\n"
            "All the best,\n" + sig)
    t[1] = "Hi Catriona,\n\nAye, that's great - Tuesday 2 June at 11 suits me fine. See you both then.\n\nCheers,\nEilidh\n"
    t[2] = ("Hi Catriona,\n\nSorry to be a pain - I've just seen that the rail strike has been confirmed for Tuesday 2 "
            "June and there'll be no trains between Glasgow and Edinburgh at all that day. Would it be possible to "
            "move to another day, or to do it on Teams instead?\n\nThanks,\nEilidh\n")
    t[3] = ("Ach, nightmare, that's not your fault at all. Martin and I could both do Thursday the 4th - maybe the "
            "back of 2? Say quarter past two. Happy to do it here or on Teams, whatever's easiest for you.\n\nC\n")
    t[4] = ("Thursday 4th at 2.15pm is perfect, thank you. The strike's only the one day so I'll come through in "
            "person if that's OK.\n\nEilidh\n")
    t[5] = ("Brilliant - Thursday 4 June, 2.15pm, here at 14 Leith Walk. Martin will be with us. Press the buzzer for "
            "the second floor.\n\nSee you then,\n" + sig)
    frm = [cat, (OWNER_NAME, OWNER), (OWNER_NAME, OWNER), cat, (OWNER_NAME, OWNER), cat]
    ids = [msgid(f"c05-{i}", dom if frm[i] == cat else "example.com") for i in range(6)]
    msgs = []
    prev_quoted = ""
    for i in range(6):
        sender = frm[i]
        to = OWNER_ADDR if sender == cat else f"{cat[0]} <{cat[1]}>"
        body = t[i]
        if i > 0:
            body += "\n" + quote(t[i - 1] + ("\n" + prev_quoted if prev_quoted else ""),
                                 f"{frm[i - 1][0]} <{frm[i - 1][1]}>", d[i - 1])
        prev_quoted = quote(t[i - 1], f"{frm[i - 1][0]} <{frm[i - 1][1]}>", d[i - 1]) if i > 0 else ""
        refs = " ".join(ids[:i])
        msgs.append(email(frm=f"{sender[0]} <{sender[1]}>", to=to, cc=f"{martin[0]} <{martin[1]}>",
                          subject=subj if i == 0 else "Re: " + subj, date=d[i], text=body, cte="quoted-printable",
                          msg_id=ids[i], in_reply_to=ids[i - 1] if i else None, references=refs or None,
                          domain=dom if sender == cat else "example.com"))
    names = ["01-catriona-invite.eml", "02-eilidh-aye.eml", "03-eilidh-rail-strike.eml",
             "04-catriona-back-of-2.eml", "05-eilidh-confirms-thursday.eml", "06-catriona-final.eml"]
    items = list(zip(names, msgs))
    lab = label([iv(co, role, start, end, "scheduled", [cat[1], martin[1]], [cat[1], martin[1]], "onsite")],
                "hard", "positive/thread-reschedule",
                f"Human thread: first booked Tue 2 June 11:00 ({iso(first)}), moved because of a rail strike; 'the back "
                "of 2' is pinned to 'quarter past two' / 2.15pm Thursday 4 June (BST). Duration 'about an hour' from the "
                "first mail. Director + trustee = panel -> onsite. One interview at the final time.")
    return cid, items, lab


@case
def c06():
    """NHS board via Jobtrain: invitation, Teams invite (GMT Standard Time), then METHOD:CANCEL (post withdrawn)."""
    cid = "b100-06-jobtrain-nhs-teams-cancelled"
    co, dom = "NHS Clyde Valley", "clydevalley.nhs.example"
    role = "Patient Housing Liaison Officer"
    start, end = T(2026, 5, 20, 10, 0, wd="Wed"), T(2026, 5, 20, 10, 45)
    neil, amira = ("Neil Grant", f"neil.grant@{dom}"), ("Amira Haddad", f"amira.haddad@{dom}")
    d1 = T(2026, 5, 5, 11, 20, wd="Tue")
    html1 = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Eilidh</p>
<p><strong>Job Title:</strong> Patient Housing Liaison Officer (Band 5)<br><strong>Job Reference:</strong> 284661-CV<br>
<strong>Department:</strong> Acute Discharge Hub, Royal Clyde Valley Hospital</p>
<p>Thank you for your application. We are delighted to let you know that you have been shortlisted for interview.</p>
<p>Your interview will take place on <strong>Wednesday 20/05/2026 at 10:00</strong> via Microsoft Teams and will last approximately 45 minutes. The recruiting manager, Neil Grant, will send you a Teams meeting invitation separately.</p>
<p>Please log in to your Jobtrain account to confirm that you will attend.</p>
<p>If you have any queries regarding the interview please contact the recruiting manager directly at {neil[1]}.</p>
<p>Kind regards</p>
<p>Recruitment Services<br>{co}</p>
<p style="font-size:11px;color:#666">Please do not reply to this email as this mailbox is not monitored. Powered by Jobtrain.</p>
</body></html>
"""
    m1 = email(frm=f"{co} Recruitment <noreply@jobtrain-mail.example>", to=OWNER,
               subject="Invitation to Interview - Patient Housing Liaison Officer - 284661-CV", date=d1, html=html1,
               domain="jobtrain-mail.example")
    d2 = T(2026, 5, 7, 14, 55, wd="Thu")
    subj = "Interview - Patient Housing Liaison Officer (284661-CV)"
    url, tb = teams_block("c06")
    body = ("Hi Eilidh,\n\nLooking forward to meeting you. The panel will be myself and Amira Haddad, Senior Social "
            "Worker (Hospital Discharge Team).\n\nKind regards\nNeil\n\nNeil Grant\nDischarge Hub Manager\n"
            "Royal Clyde Valley Hospital, Level 2, 100 Infirmary Drive, Motherbrae ML99 0RH\nTel: 01698 496 310\n\n" + tb)
    text = when_line_gb(start, end) + "\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    uid = "040000008200E00074C5B7101A82E00800000000" + h("c06", 40).upper()
    cal = exchange_ics(method="REQUEST", uid=uid, organizer=neil, attendees=[(OWNER_NAME, OWNER), amira],
                       summary=subj, start=start, end=end, location="Microsoft Teams Meeting", description=text,
                       stamp=d2, teams_url=url)
    m2 = email(frm=f"{neil[0]} <{neil[1]}>", to=f"{OWNER_ADDR}, {amira[0]} <{amira[1]}>", subject=subj, date=d2,
               text=text, html=text_to_html(text), calendar=cal, msg_id=exchange_mid("c06-2"),
               extra=outlook_headers(subj, "c06"), received_from="EUR02-VI1-obe.outbound.protection.outlook.example")
    d3 = T(2026, 5, 18, 17, 26, wd="Mon")
    t3 = ("Hi Eilidh,\n\nI'm really sorry to do this at short notice, but I have to cancel Wednesday's interview. "
          "Following a review of the discharge service the post has been withdrawn and will not be filled at this "
          "time. Recruitment Services will update your Jobtrain application.\n\nApologies again and best of luck.\n\nNeil\n")
    cal3 = exchange_ics(method="CANCEL", uid=uid, organizer=neil, attendees=[(OWNER_NAME, OWNER), amira],
                        summary="Canceled: " + subj, start=start, end=end, location="Microsoft Teams Meeting",
                        description=t3, stamp=d3, seq=1, status="CANCELLED")
    m3 = email(frm=f"{neil[0]} <{neil[1]}>", to=f"{OWNER_ADDR}, {amira[0]} <{amira[1]}>",
               subject="Canceled: " + subj, date=d3, text=t3, html=text_to_html(t3), calendar=cal3, cal_method="CANCEL",
               msg_id=exchange_mid("c06-3"), extra=outlook_headers(subj, "c06"),
               received_from="EUR02-VI1-obe.outbound.protection.outlook.example")
    items = [("01-jobtrain-invitation.eml", m1), ("02-teams-invite.eml", m2), ("03-canceled.eml", m3)]
    lab = label([iv(co, role, start, end, "cancelled", [neil[1], amira[1]], [neil[1], amira[1]], "onsite")],
                "medium", "positive/cancellation",
                "Jobtrain HTML-only invitation (20/05/2026 10:00 UK), Exchange Teams invite (GMT Standard Time), then "
                "METHOD:CANCEL because the post was withdrawn -> one interview, status cancelled.")
    return cid, items, lab


@case
def c07():
    """Tribepad confirmation, then the candidate withdraws; interviewer acknowledges and cancels."""
    cid = "b100-07-tribepad-candidate-withdraws"
    co, dom = "Braeburn Family Housing Trust", "braeburn-fht.example"
    role = "Family Support Services Manager"
    start, end = T(2026, 6, 12, 14, 0, wd="Fri"), T(2026, 6, 12, 15, 0)
    lesley = ("Lesley Cowan", f"lesley.cowan@{dom}")
    d1 = T(2026, 6, 3, 9, 14, wd="Wed")
    html1 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<div style="max-width:640px;margin:auto;border-top:4px solid #6b2c91;padding:16px">
<p>Hi Eilidh,</p>
<p>Your interview has been confirmed. Here are the details:</p>
<table style="font-size:14px" cellpadding="3">
<tr><td style="color:#666">Role</td><td>{role}</td></tr>
<tr><td style="color:#666">Date</td><td>Friday, 12 June 2026</td></tr>
<tr><td style="color:#666">Time</td><td>2:00pm &ndash; 3:00pm (BST)</td></tr>
<tr><td style="color:#666">Where</td><td>Braeburn House, 8 Station Road, Paisley PA99 2ZZ</td></tr>
<tr><td style="color:#666">Interviewer</td><td>Lesley Cowan, Head of Services</td></tr>
<tr><td style="color:#666">Contact</td><td><a href="mailto:{lesley[1]}">{lesley[1]}</a></td></tr>
</table>
<p><a href="https://braeburn.tribepad-ats.example/members/interviews/88412" style="background:#6b2c91;color:#fff;padding:8px 14px;text-decoration:none">View in your account</a></p>
<p>Need to change something? Reply to the hiring contact above.</p>
<p style="color:#888;font-size:12px">Sent by Tribepad on behalf of {co}</p>
</div></body></html>
"""
    m1 = email(frm=f"{co} <no-reply@tribepad-ats.example>", to=OWNER,
               subject=f"Interview confirmed: {role}", date=d1, html=html1, domain="tribepad-ats.example")
    id2 = msgid("c07-2", "example.com")
    d2 = T(2026, 6, 8, 8, 40, wd="Mon")
    t2 = ("Dear Lesley,\n\nI'm writing to let you know that I'd like to withdraw my application for the Family Support "
          "Services Manager post, and so won't be attending the interview on Friday 12 June at 2pm. I've been offered, "
          "and have accepted, another post.\n\nThank you for your time and for considering me - I was really impressed "
          "by Braeburn's work.\n\nKind regards,\nEilidh McCallum\n")
    m2 = email(frm=OWNER_ADDR, to=f"{lesley[0]} <{lesley[1]}>", subject=f"Withdrawal - {role} interview",
               date=d2, text=t2, cte="7bit", msg_id=id2, domain="example.com")
    d3 = T(2026, 6, 8, 11, 2)
    t3 = ("Hi Eilidh,\n\nThanks for letting us know, and congratulations on the new job! I've cancelled Friday's "
          "interview on our side. All the very best.\n\nLesley\n\nLesley Cowan | Head of Services\nBraeburn Family "
          "Housing Trust | 8 Station Road, Paisley PA99 2ZZ | 0141 496 0933\n\n" + quote(t2, f"Eilidh McCallum <{OWNER}>", d2))
    m3 = email(frm=f"{lesley[0]} <{lesley[1]}>", to=OWNER_ADDR, subject=f"Re: Withdrawal - {role} interview",
               date=d3, text=t3, in_reply_to=id2, references=id2, domain=dom)
    items = [("01-tribepad-confirmed.eml", m1), ("02-eilidh-withdraws.eml", m2), ("03-lesley-ack.eml", m3)]
    lab = label([iv(co, role, start, end, "cancelled", [lesley[1]], [lesley[1]], "hiring_manager")], "medium",
                "positive/cancellation",
                "Tribepad HTML-only confirmation (Fri 12 June, 2:00pm-3:00pm BST), candidate withdrawal and "
                "acknowledgement -> interview kept with status cancelled.")
    return cid, items, lab


@case
def c08():
    """Housing co-op: first interview panel, then second stage 'an informal visit' Monday first at half nine."""
    cid = "b100-08-coop-two-stages-informal-visit"
    co, dom = "Glenmoray Housing Co-operative", "glenmoray-coop.example"
    role = "Housing Manager"
    s1, e1 = T(2026, 4, 21, 14, 0, wd="Tue"), T(2026, 4, 21, 15, 0)
    s2, e2 = T(2026, 5, 11, 9, 30, wd="Mon"), T(2026, 5, 11, 11, 0)
    isobel, kenny = ("Isobel Fraser", f"isobel.fraser@{dom}"), ("Kenny Sharp", f"kenny.sharp@{dom}")
    sig = ("Isobel Fraser\nDirector\nGlenmoray Housing Co-operative Ltd\n45 Dumbarton Road, Glasgow G11 9ZZ\n"
           "Tel 0141 496 0410\nRegistered with the Scottish Housing Regulator, HAC999\n")
    d1 = T(2026, 4, 14, 10, 5, wd="Tue")
    id1 = msgid("c08-1", dom)
    t1 = ("Dear Eilidh\n\nHousing Manager\n\nThank you for your application. I am pleased to invite you to a first "
          "interview on Tuesday 21 April at 2pm at our office, 45 Dumbarton Road. The panel will be me and Kenny "
          "Sharp, Chair of our Management Committee (copied). Please allow an hour.\n\nWe will ask about your "
          "experience of tenancy management, working with a voluntary committee, and rent arrears. There is no "
          "test or presentation.\n\nKind regards\n\n" + sig)
    m1 = email(frm=f"{isobel[0]} <{isobel[1]}>", to=OWNER_ADDR, cc=f"{kenny[0]} <{kenny[1]}>",
               subject="Housing Manager - interview", date=d1, text=t1, msg_id=id1, domain=dom)
    d2 = T(2026, 4, 14, 20, 11)
    id2 = msgid("c08-2", "example.com")
    t2 = ("Dear Isobel\n\nThank you - I'd be delighted to attend on Tuesday 21 April at 2pm.\n\nKind regards\nEilidh\n\n"
          + quote(t1, f"Isobel Fraser <{isobel[1]}>", d1))
    m2 = email(frm=OWNER_ADDR, to=f"{isobel[0]} <{isobel[1]}>", cc=f"{kenny[0]} <{kenny[1]}>",
               subject="Re: Housing Manager - interview", date=d2, text=t2, msg_id=id2, in_reply_to=id1,
               references=id1, domain="example.com")
    d3 = T(2026, 5, 7, 15, 38, wd="Thu")
    id3 = msgid("c08-3", dom)
    t3 = ("Hi Eilidh\n\nGood news - the panel would like to take you through to the second and final stage. For us "
          "that's an informal visit: a walk round some of our stock in Partick and Whiteinch with me, then a cuppa "
          "with a few of the committee back at the office. It's relaxed, but it is part of the selection - Kenny and "
          "the committee will have a couple of questions for you and they'll make the final decision afterwards.\n\n"
          "Would Monday first at half nine suit? We'd be finished by 11.\n\nBest wishes\nIsobel\n\n" + sig)
    m3 = email(frm=f"{isobel[0]} <{isobel[1]}>", to=OWNER_ADDR, cc=f"{kenny[0]} <{kenny[1]}>",
               subject="Housing Manager - second stage", date=d3, text=t3, cte="7bit", msg_id=id3, domain=dom)
    d4 = T(2026, 5, 7, 17, 2)
    t4 = ("Hi Isobel\n\nThat's great news, thank you! Aye, Monday at half nine suits me grand - I'll come to the "
          "office on Dumbarton Road. Flat shoes for the walk round!\n\nCheers\nEilidh\n\n" + quote(t3, f"Isobel Fraser <{isobel[1]}>", d3))
    m4 = email(frm=OWNER_ADDR, to=f"{isobel[0]} <{isobel[1]}>", cc=f"{kenny[0]} <{kenny[1]}>",
               subject="Re: Housing Manager - second stage", date=d4, text=t4, in_reply_to=id3, references=id3,
               domain="example.com")
    items = [("01-first-interview.eml", m1), ("02-eilidh-confirms.eml", m2), ("03-second-stage-visit.eml", m3),
             ("04-eilidh-aye.eml", m4)]
    both = [isobel[1], kenny[1]]
    lab = label([iv(co, role, s1, e1, "scheduled", both, both, "onsite"),
                 iv(co, role, s2, e2, "scheduled", both, both, "other")], "hard", "positive/two-interviews",
                "Two interviews. Second stage is called 'an informal visit' but the text says it is part of the "
                "selection, the committee will ask questions and decide -> an explicit process step with questions, "
                "i.e. an interview under the README rules (like a 'coffee chat that is explicitly a process step'). "
                "'Monday first' (sent Thu 7 May) = Mon 11 May; 'half nine' = 09:30; 'finished by 11' = end.")
    return cid, items, lab


@case
def c09():
    """Berlin-based charity: '15:00 Uhr (Berlin)' = 14:00 Glasgow; Outlook invite in W. Europe Standard Time."""
    cid = "b100-09-berlin-charity-uhr-teams"
    co, dom = "Safe Harbour Europe e.V.", "safeharbour-europe.example"
    role = "Programme Manager Scotland (Refugee Housing)"
    BER = ZoneInfo("Europe/Berlin")
    start, end = T(2026, 5, 12, 15, 0, tz=BER, wd="Tue"), T(2026, 5, 12, 16, 0, tz=BER)
    katrin = ("Katrin Vogel", f"k.vogel@{dom}")
    sig = ("Dr. Katrin Vogel\nHead of Programmes | Leiterin Programme\nSafe Harbour Europe e.V.\n"
           "Oranienstraße 999, 10999 Berlin\nTel. +49 30 5550 1234\nVereinsregister: VR 99999 B\n")
    d1 = T(2026, 5, 4, 9, 17, tz=BER, wd="Mon")
    id1 = msgid("c09-1", dom)
    t1 = ("Dear Eilidh,\n\nthank you for your application for the position Programme Manager Scotland (Refugee "
          "Housing). We would like to invite you to a first interview via MS Teams.\n\nWould Tuesday, 12 May at "
          "15:00 Uhr Berlin time work for you? If I am correct this is 14:00 for you in Glasgow. We plan with 60 "
          "minutes: I will ask about your experience with local authorities and housing associations, and there is "
          "time for your questions.\n\nBest regards / Viele Grüße\n" + sig)
    m1 = email(frm=f"{katrin[0]} <{katrin[1]}>", to=OWNER_ADDR, subject="Your application - Programme Manager Scotland",
               date=d1, text=t1, msg_id=id1, domain=dom)
    d2 = T(2026, 5, 4, 10, 2)
    id2 = msgid("c09-2", "example.com")
    t2 = ("Dear Katrin,\n\nThank you very much - yes, Tuesday 12 May at 14:00 UK time (15:00 in Berlin) is ideal.\n\n"
          "Kind regards,\nEilidh\n\n" + quote(t1, f"Katrin Vogel <{katrin[1]}>", d1))
    m2 = email(frm=OWNER_ADDR, to=f"{katrin[0]} <{katrin[1]}>", subject="Re: Your application - Programme Manager Scotland",
               date=d2, text=t2, msg_id=id2, in_reply_to=id1, references=id1, domain="example.com")
    d3 = T(2026, 5, 4, 11, 30, tz=BER)
    subj = "Interview Eilidh McCallum - Programme Manager Scotland"
    url, tb = teams_block("c09")
    body = "Hi Eilidh, here is the Teams link for our conversation. Best, Katrin\n\n" + tb
    tz = "W. Europe Standard Time"
    text = when_line_gb(start, end, tz) + "\nWhere: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    cal = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + h("c09", 40).upper(),
                       organizer=katrin, attendees=[(OWNER_NAME, OWNER)], summary=subj, start=start, end=end,
                       location="Microsoft Teams-Besprechung", description=text, stamp=d3, tzid=tz, teams_url=url)
    m3 = email(frm=f"{katrin[0]} <{katrin[1]}>", to=OWNER_ADDR, subject=subj, date=d3, text=text,
               html=text_to_html(text), calendar=cal, msg_id=exchange_mid("c09-3"), extra=outlook_headers(subj, "c09"),
               received_from="EUR04-FR2-obe.outbound.protection.outlook.example")
    items = [("01-katrin-invite.eml", m1), ("02-eilidh-confirms.eml", m2), ("03-teams-invite.eml", m3)]
    lab = label([iv(co, role, start, end, "scheduled", [katrin[1]], [katrin[1]], "hiring_manager")], "medium",
                "positive/timezone-berlin",
                "'15:00 Uhr Berlin time' = 14:00 BST (CEST +02:00). Exchange invite with TZID 'W. Europe Standard "
                "Time' and a (UTC+01:00) display label. Thread + invite = one interview.")
    return cid, items, lab


@case
def c10():
    """Webrecruit consultant mail forwarded from an old address; 'a wee chat on the phone on Friday at noon'."""
    cid = "b100-10-webrecruit-forwarded-phone-screen"
    co, role = "Youth Housing Network Scotland", "Programme Manager"
    hannah = ("Hannah Osei", "hannah.osei@webrecruit-uk.example")
    start, end = T(2026, 2, 20, 12, 0, wd="Fri"), T(2026, 2, 20, 12, 20)
    d0 = T(2026, 2, 17, 10, 14, wd="Tue")
    orig = ("Hi Eilidh,\n\nThank you for applying for the Programme Manager role with Youth Housing Network Scotland, "
            "which we're recruiting for on their behalf.\n\nBefore I put your application forward to the client's "
            "shortlisting panel, I'd like to have a wee chat on the phone - would Friday at noon suit? It'll take "
            "about 20 minutes: a few questions on your programme management experience, your notice period and "
            "salary expectations, and I can tell you more about the charity. I'll call you on the mobile number on "
            "your CV.\n\nMany thanks,\n\nHannah Osei\nSenior Recruitment Consultant - Charity & Not-for-Profit\n"
            "Webrecruit | Unit 9, Harbourside Works, Bristol BS99 1AA\nT: 0117 496 0650\n")
    d1 = T(2026, 2, 17, 12, 31)
    t1 = ("Sending to my main address so I don't lose it - call with Webrecruit on Friday 12pm.\n\n"
          "---------- Forwarded message ---------\n"
          f"From: Hannah Osei <{hannah[1]}>\nDate: {format_datetime(d0)}\nSubject: Programme Manager - Youth Housing "
          "Network Scotland\nTo: Eilidh McCallum <eilidh.mcc@mail.example>\n\n" + orig)
    m1 = email(frm="Eilidh McCallum <eilidh.mcc@mail.example>", to=OWNER,
               subject="Fwd: Programme Manager - Youth Housing Network Scotland", date=d1, text=t1,
               html=text_to_html(t1, "Arial,sans-serif"), domain="mail.example")
    d2 = T(2026, 2, 17, 14, 5)
    t2 = ("Hi Eilidh,\n\nThanks for getting back to me (and for the updated email address). Friday at 12 is in the "
          "diary - speak then!\n\nHannah\n\nHannah Osei | Senior Recruitment Consultant | Webrecruit\nT: 0117 496 0650\n")
    m2 = email(frm=f"{hannah[0]} <{hannah[1]}>", to=OWNER_ADDR,
               subject="RE: Programme Manager - Youth Housing Network Scotland", date=d2, text=t2, cte="7bit",
               domain="webrecruit-uk.example")
    items = [("01-fwd-webrecruit.eml", m1), ("02-hannah-confirms.eml", m2)]
    lab = label([iv(co, role, start, end, "scheduled", [hannah[1]], [hannah[1]], "phone_screen")], "medium",
                "positive/forwarded-agency-screen",
                "Forwarded Webrecruit mail: 'Friday at noon' resolved against Tue 17 Feb 2026 -> Fri 20 Feb 12:00 GMT; "
                "'about 20 minutes'. The agency consultant conducts the screen (interviewer). Company = the client charity.")
    return cid, items, lab


@case
def c11():
    """Irish CEO: final chat 'Wednesday week ... at 3 o'clock, so' + Calendar API event (Europe/Dublin)."""
    cid = "b100-11-irish-ceo-final-chat-gcal-json"
    co, dom = "Tearmann Housing Trust", "tearmann-housing.example"
    role = "Programme Manager, Scotland"
    DUB = ZoneInfo("Europe/Dublin")
    start, end = T(2026, 2, 25, 15, 0, tz=DUB, wd="Wed"), T(2026, 2, 25, 15, 45, tz=DUB)
    niamh = ("Niamh Sheridan", f"niamh.sheridan@{dom}")
    d1 = T(2026, 2, 13, 11, 40, tz=DUB, wd="Fri")
    t1 = ("Hi Eilidh,\n\nThanks a million for coming in to meet Declan and Ruth on Tuesday - they were very taken with "
          "you. The last step is a chat with myself. It's not too formal, about 45 minutes, but I do like to meet "
          "everyone before we make an offer.\n\nWould Wednesday week suit, the 25th, at 3 o'clock? We can do it on "
          "Google Meet - I'll send on an invite, so.\n\nAll the best,\nNiamh\n\nNiamh Sheridan | Chief Executive\n"
          "Tearmann Housing Trust | 12 Ormond Quay Upper, Dublin 7, D07 X999 | +353 1 555 0143\n"
          "Glasgow office: 3rd Floor, 90 Hope Street, G2 6ZZ\n")
    m1 = email(frm=f"{niamh[0]} <{niamh[1]}>", to=OWNER_ADDR, subject="Next step - Programme Manager, Scotland",
               date=d1, text=t1, domain=dom)
    ev = {
        "kind": "calendar#event", "etag": '"3551904437186000"', "id": "5k2tq0vn7b8lq3r6g1hme9d4sa",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NWsydHEwdm43YjhscTNyNmcxaG1lOWQ0c2E",
        "created": "2026-02-13T12:02:11.000Z", "updated": "2026-02-13T12:03:58.593Z",
        "summary": "Eilidh McCallum / Niamh Sheridan - final chat (Programme Manager, Scotland)",
        "description": "Final-stage conversation with our CEO for the Programme Manager, Scotland role.",
        "creator": {"email": niamh[1], "displayName": niamh[0]},
        "organizer": {"email": niamh[1], "displayName": niamh[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Dublin"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Dublin"},
        "iCalUID": "5k2tq0vn7b8lq3r6g1hme9d4sa@google.com", "sequence": 0,
        "attendees": [
            {"email": niamh[1], "displayName": niamh[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/tqe-mwkz-rbd",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/tqe-mwkz-rbd",
                                            "label": "meet.google.com/tqe-mwkz-rbd"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "tqe-mwkz-rbd"},
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    items = [("01-niamh-next-step.eml", m1),
             ("02-final-chat.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())]
    lab = label([iv(co, role, start, end, "scheduled", [niamh[1]], [niamh[1]], "hiring_manager")], "medium",
                "positive/gcal-json-ceo-final",
                "Irish-English mail ('Wednesday week ... the 25th, at 3 o'clock ... so') sent Fri 13 Feb; CEO final "
                "chat before an offer is an interview. Calendar API event in Europe/Dublin (GMT in February). One interview.")
    return cid, items, lab


@case
def c12():
    """Agency recruiter: 'a wee phone the morra at 11' (tomorrow) — body-only thread."""
    cid = "b100-12-agency-wee-phone-the-morra"
    co, dom = "Caledon Social Care Recruitment", "caledon-recruit.example"
    role = "Housing Support Team Leader"
    start, end = T(2026, 1, 16, 11, 0, wd="Fri"), T(2026, 1, 16, 11, 15)
    stuart = ("Stuart Baxter", f"stuart.baxter@{dom}")
    d1 = T(2026, 1, 15, 16, 48, wd="Thu")
    id1 = msgid("c12-1", dom)
    t1 = ("Hiya Eilidh,\n\nSaw your CV come through for the Housing Support Team Leader job with one of our housing "
          "association clients in Lanarkshire - think you'd be spot on for it. Before I put you forward I need to do "
          "a quick screening call with you (right to work, experience, notice, salary). Are you about for a wee phone "
          "the morra at 11? Shouldn't take more than 15 mins.\n\nCheers\nStuart\n\nStuart Baxter\nRecruitment "
          "Consultant - Housing & Social Care\nCaledon Social Care Recruitment\n5th Floor, 150 St Vincent Street, "
          "Glasgow G2 5ZZ\nM: 07700 900 318 | T: 0141 496 0777\n")
    m1 = email(frm=f"{stuart[0]} <{stuart[1]}>", to=OWNER_ADDR, subject="Housing Support Team Leader - Lanarkshire",
               date=d1, text=t1, html=text_to_html(t1, "Calibri,sans-serif"), msg_id=id1, domain=dom)
    d2 = T(2026, 1, 15, 17, 20)
    id2 = msgid("c12-2", "example.com")
    t2 = ("Hi Stuart,\n\nAye no bother, 11 tomorrow is fine. Best number is 07700 900 482.\n\nEilidh\n\n"
          + quote(t1, f"Stuart Baxter <{stuart[1]}>", d1))
    m2 = email(frm=OWNER_ADDR, to=f"{stuart[0]} <{stuart[1]}>", subject="Re: Housing Support Team Leader - Lanarkshire",
               date=d2, text=t2, msg_id=id2, in_reply_to=id1, references=id1, domain="example.com")
    d3 = T(2026, 1, 15, 17, 26)
    t3 = "Magic, speak to you then!\n\nStuart\nSent from my iPhone\n\n" + quote(t2, f"Eilidh McCallum <{OWNER}>", d2)
    m3 = email(frm=f"{stuart[0]} <{stuart[1]}>", to=OWNER_ADDR, subject="Re: Housing Support Team Leader - Lanarkshire",
               date=d3, text=t3, in_reply_to=id2, references=f"{id1} {id2}", domain=dom)
    items = [("01-stuart-wee-phone.eml", m1), ("02-eilidh-aye.eml", m2), ("03-stuart-magic.eml", m3)]
    lab = label([iv(co, role, start, end, "scheduled", [stuart[1]], [stuart[1]], "phone_screen")],
                "hard", "positive/email-body-only-scots",
                "'the morra' = tomorrow (Scots), sent Thu 15 Jan -> Fri 16 Jan 11:00 GMT; 'shouldn't take more than 15 "
                "mins' -> end 11:15. Agency screening call for a named role; the consultant is the interviewer. Client "
                "unnamed, so company = the agency.")
    return cid, items, lab


@case
def c13():
    """Google Calendar invite from Toronto: 'Thu 3/26 @ 2p ET' while the UK is still on GMT (4 h gap)."""
    cid = "b100-13-google-invite-toronto-dst-gap"
    co, dom = "Northern Light Housing Foundation", "northernlight-fdn.example"
    role = "Scotland Programme Manager"
    TOR = ZoneInfo("America/Toronto")
    start, end = T(2026, 3, 26, 14, 0, tz=TOR, wd="Thu"), T(2026, 3, 26, 15, 0, tz=TOR)
    mer = ("Meredith Chan", f"meredith.chan@{dom}")
    d1 = T(2026, 3, 19, 13, 5, tz=TOR, wd="Thu")
    id1 = msgid("c13-1", dom)
    t1 = ("Hi Eilidh,\n\nThanks for your patience! I'd love to set up your interview for the Scotland Programme Manager "
          "role. How about Thu 3/26 @ 2p ET? I think that's 6pm for you - we're already on daylight time over here and "
          "you folks don't switch until the weekend after. If that's too late in your day, just say.\n\nBest,\n"
          "Meredith\n\n--\nMeredith Chan (she/her)\nDirector, International Programs\nNorthern Light Housing Foundation\n"
          "400 University Ave, Suite 999, Toronto, ON M5G 0Z9\n+1 416 555 0182\n")
    m1 = email(frm=f"{mer[0]} <{mer[1]}>", to=OWNER_ADDR, subject="Interview - Scotland Programme Manager",
               date=d1, text=t1, msg_id=id1, domain=dom)
    d2 = T(2026, 3, 19, 19, 22)
    id2 = msgid("c13-2", "example.com")
    t2 = ("Hi Meredith,\n\n6pm on Thursday 26th works perfectly for me - thanks for doing the time-zone maths!\n\n"
          "Eilidh\n\n" + quote(t1, f"Meredith Chan <{mer[1]}>", d1))
    m2 = email(frm=OWNER_ADDR, to=f"{mer[0]} <{mer[1]}>", subject="Re: Interview - Scotland Programme Manager",
               date=d2, text=t2, msg_id=id2, in_reply_to=id1, references=id1, domain="example.com")
    d3 = T(2026, 3, 19, 15, 40, tz=TOR)
    summary = "Interview: Eilidh McCallum - Scotland Programme Manager"
    meet = "https://meet.google.com/hvd-pxqa-nze"
    when_txt = "Thursday Mar 26, 2026 \u22c5 2pm \u2013 3pm (Eastern Time - Toronto)"
    plain = (f"{summary}\n{when_txt}\n\nJoin with Google Meet\n{meet}\n\nOrganizer\n{mer[0]}\n{mer[1]}\n\nGuests\n"
             f"{mer[0]} - organizer\n{mer[1]}\n{OWNER}\n\nConversation with Meredith Chan (Director, International "
             "Programs) about the Scotland Programme Manager role.\n\nInvitation from Google Calendar: "
             "https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.\n")
    ics = ics_bytes(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                     "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{ics_utc(start)}",
                     f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(d3)}", f"ORGANIZER;CN={mer[0]}:mailto:{mer[1]}",
                     f"UID:{h('c13uid', 26)}@google.com",
                     f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={mer[0]};X-NUM-GUESTS=0:mailto:{mer[1]}",
                     f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}",
                     f"X-GOOGLE-CONFERENCE:{meet}", f"CREATED:{ics_utc(d3)}",
                     "DESCRIPTION:" + esc("Conversation with Meredith Chan (Director, International Programs) about the "
                                          f"Scotland Programme Manager role.\n\nJoin with Google Meet: {meet}"),
                     f"LAST-MODIFIED:{ics_utc(d3)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
                     f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = OWNER
    m["Reply-To"] = f"{mer[0]} <{mer[1]}>"
    m["Sender"] = "Google Calendar <calendar-notification@google.com>"
    m["Message-ID"] = f"<calendar-{h('c13m', 8)}-{h('c13n', 4)}-{h('c13o', 4)}@google.com>"
    m["Date"] = format_datetime(d3.astimezone(UTC))
    m["Subject"] = f"Invitation: {summary} @ Thu Mar 26, 2026 2pm - 3pm (EDT) ({OWNER})"
    m["From"] = f"{mer[0]} <{mer[1]}>"
    m["To"] = OWNER
    m["MIME-Version"] = "1.0"
    m.set_content(plain, cte="base64")
    m.add_alternative(text_to_html(plain, "Roboto,Helvetica,Arial,sans-serif"), subtype="html", cte="quoted-printable")
    m.add_alternative(ics.replace(b"\r\n", b"\n"), maintype="text", subtype="calendar", cte="7bit", params={"charset": "UTF-8", "method": "REQUEST"})
    m.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")
    fix_boundaries(m, "c13-google")
    items = [("01-meredith-proposes.eml", m1), ("02-eilidh-6pm.eml", m2), ("03-google-invitation.eml", m.as_bytes())]
    lab = label([iv(co, role, start, end, "scheduled", [mer[1]], [mer[1]], "hiring_manager")], "medium",
                "positive/google-invite-dst-gap",
                "'Thu 3/26 @ 2p ET' = 14:00 EDT = 18:00 GMT (US on DST since 8 March, UK not until 29 March: 4-hour "
                "gap). Google invite with UTC DTSTART; thread + invite = one interview.")
    return cid, items, lab


# ================================================================== NEGATIVE CASES
@case
def c14():
    """DWP / Jobcentre work-coach appointment ('work search interview')."""
    cid = "b100-14-dwp-work-coach-appointment"
    d1 = T(2026, 2, 3, 8, 2, wd="Tue")
    t1 = ("Universal Credit\n\nYou have a new message in your journal\n\nDear Eilidh McCallum,\n\nYou have an "
          "appointment with your work coach.\n\nAppointment type: Work search interview\nDate: Tuesday 10 February 2026\n"
          "Time: 10:40am\nWhere: Glasgow Springburn Jobcentre, 2 Wellfield Street, Glasgow G21 9ZZ\n"
          "Your work coach: Gary\n\nAt this appointment your work coach will review your Claimant Commitment and the "
          "work search you have done, including any job applications you have made and any job interviews you have "
          "attended or have coming up. Bring photo ID and evidence of your job search.\n\nIf you do not attend, your "
          "Universal Credit payment could be reduced (a sanction). If you cannot attend, tell us in your journal "
          "before the appointment.\n\nSign in to your account to see the message:\nhttps://www.universal-credit.service.example/sign-in\n\n"
          "Department for Work and Pensions\nDo not reply to this email.\n")
    m1 = email(frm="Universal Credit <noreply@universal-credit.service.example>", to=OWNER,
               subject="You have a new message in your Universal Credit journal", date=d1, text=t1,
               domain="universal-credit.service.example")
    d2 = T(2026, 2, 9, 18, 0, wd="Mon")
    t2 = ("DWP: Reminder - you have a work coach appointment tomorrow 10 Feb at 10:40 at Springburn Jobcentre. "
          "Check your journal for details. Do not reply.\n")
    m2 = email(frm="DWP Notifications <notifications@dwp-notify.service.example>", to=OWNER,
               subject="Reminder: work coach appointment tomorrow", date=d2, text=t2, cte="7bit",
               domain="dwp-notify.service.example")
    items = [("01-uc-journal-appointment.eml", m1), ("02-reminder.eml", m2)]
    lab = label([], "hard", "negative/jobcentre-appointment",
                "Universal Credit 'work search interview' with a work coach: a benefits appointment, not a job "
                "interview, despite 'interview', date, time and place.")
    return cid, items, lab


@case
def c15():
    """She conducts a 'tenancy sustainment interview' with a tenant at her current job (Outlook invite)."""
    cid = "b100-15-tenancy-sustainment-interview-current-job"
    dom = "merchiston-hg.example"
    donna = ("Donna Kerr", f"donna.kerr@{dom}")
    start, end = T(2026, 3, 10, 13, 30, wd="Tue"), T(2026, 3, 10, 14, 30)
    d1 = T(2026, 3, 5, 10, 12, wd="Thu")
    subj = "Tenancy sustainment interview - Mrs A. Reid, 2/1 27 Dalmally Street"
    loc = "Tenant's home - 2/1, 27 Dalmally Street, Glasgow G20 6ZZ"
    body = ("Hi Eilidh,\n\nCan you lead the tenancy sustainment interview with Mrs Reid on Tuesday? I'll come along "
            "and take notes. She's now 12 weeks in arrears and has missed two appointments at the office, so a home "
            "visit is best. Please take the income maximisation referral form and the Welfare Rights leaflet, and "
            "check whether she wants a referral to the Money Advice service.\n\nShe has asked us to phone from the "
            "close entry as her buzzer isn't working.\n\nThanks\nDonna\n\nDonna Kerr | Tenancy Sustainment Team Leader\n"
            "Merchiston Housing Group | 18 Firhill Road, Glasgow G20 7ZZ | 0141 496 0299\n")
    text = when_line_gb(start, end) + f"\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    cal = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + h("c15", 40).upper(),
                       organizer=donna, attendees=[(OWNER_NAME, OWNER)], summary=subj, start=start, end=end,
                       location=loc, description=text, stamp=d1)
    m1 = email(frm=f"{donna[0]} <{donna[1]}>", to=OWNER_ADDR, subject=subj, date=d1, text=text,
               html=text_to_html(text), calendar=cal, msg_id=exchange_mid("c15"), extra=outlook_headers(subj, "c15"),
               received_from="EUR01-HE1-obe.outbound.protection.outlook.example")
    items = [("01-outlook-invite-home-visit.eml", m1)]
    lab = label([], "hard", "negative/user-conducts-interview",
                "Outlook invite (GMT Standard Time) for a tenancy sustainment interview she conducts at a tenant's home "
                "in her current job. Not a job interview; she is not the candidate.")
    return cid, items, lab


@case
def c16():
    """Council committee meeting notice; agenda mentions interview panel and candidates."""
    cid = "b100-16-council-committee-meeting"
    dom = "strathallan.gov.example"
    d1 = T(2026, 2, 18, 12, 0, wd="Wed")
    t1 = ("Dear Ms McCallum\n\nHOUSING AND COMMUNITIES COMMITTEE\n\nYou are requested to attend a meeting of the "
          "Housing and Communities Committee to be held in the Council Chambers, Municipal Buildings, 1 Castle Wynd, "
          "Dunross, on Thursday 26 February 2026 at 10.00am. As agreed with the Convener, you will be heard as a "
          "deputation on behalf of Glasgow & Clyde Tenants' Voice on item 6.\n\nBUSINESS\n"
          "1. Apologies and substitutions\n2. Declarations of interest\n3. Minute of meeting of 15 January 2026\n"
          "4. Housing Revenue Account budget 2026/27\n5. Rapid Rehousing Transition Plan - annual review\n"
          "6. Deputation: Glasgow & Clyde Tenants' Voice - damp and mould in council stock\n"
          "7. Appointment of Chief Officer (Housing) - report by the Chief Executive on the recruitment process, "
          "shortlisted candidates and the composition of the interview panel (exempt - para 1, Schedule 7A)\n\n"
          "Deputations are allowed 10 minutes, followed by questions from members.\n\n"
          "Please call the Committee Services team on 01786 496 100 if you require any assistance.\n\n"
          "Yours faithfully\n\nMorven Blair\nCommittee Services Officer\nStrathallan Council\n")
    m1 = email(frm=f"Committee Services <committee.services@{dom}>", to=OWNER_ADDR,
               subject="Notice of Meeting - Housing and Communities Committee - 26 February 2026", date=d1, text=t1,
               html=text_to_html(t1, "Arial,sans-serif"), domain=dom)
    ics = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Strathallan Council//ModernGov//EN", "METHOD:PUBLISH",
                     "BEGIN:VEVENT", f"UID:meeting-4471-{h('c16', 8)}@{dom}", f"DTSTAMP:{ics_utc(d1)}",
                     f"DTSTART:{ics_utc(T(2026, 2, 26, 10, 0))}", f"DTEND:{ics_utc(T(2026, 2, 26, 13, 0))}",
                     "SUMMARY:Housing and Communities Committee",
                     "LOCATION:" + esc("Council Chambers, Municipal Buildings, 1 Castle Wynd, Dunross"),
                     "DESCRIPTION:" + esc("Deputation on item 6. Agenda: https://committees.strathallan.gov.example/ieListDocuments.aspx?MId=4471"),
                     "END:VEVENT", "END:VCALENDAR"])
    items = [("01-notice-of-meeting.eml", m1), ("02-committee-meeting.ics", ics)]
    lab = label([], "hard", "negative/committee-meeting",
                "Council committee notice (+ PUBLISH .ics) where she speaks as a deputation; agenda mentions candidates, "
                "recruitment and an interview panel for someone else. Not her job interview.")
    return cid, items, lab


@case
def c17():
    """Civil Service Jobs-like sift rejection (success profiles scores, 'interview' stage not reached)."""
    cid = "b100-17-civil-service-sift-rejection"
    d1 = T(2026, 3, 4, 16, 45, wd="Wed")
    t1 = ("Dear Eilidh McCallum,\n\nJob reference: 409112\nJob title: Housing Policy Officer (EO)\n"
          "Department: Scottish Housing Standards Agency\n\nSift result: Unsuccessful\n\nThank you for your interest "
          "in this role. Unfortunately your application has not been successful at the sift stage and you will not "
          "be invited to interview.\n\nYour application was assessed against the Success Profiles elements advertised:\n"
          "  Behaviour - Delivering at Pace: 3 (Satisfactory)\n  Behaviour - Working Together: 4 (Good)\n"
          "  Experience (personal statement): 3 (Satisfactory)\n\nThe minimum pass mark for progression to interview was "
          "4 in each element. Interviews for this campaign will take place in the week commencing 16 March 2026.\n\n"
          "Panel feedback: The candidate gave relevant examples but did not always describe their own actions or the "
          "outcome. Consider using the STAR approach in future applications.\n\nWe encourage you to look out for other "
          "vacancies and wish you every success.\n\nKind regards,\nSHSA Recruitment\n\n"
          "This is an automated message from GovJobs UK. Please do not reply.\n")
    m1 = email(frm="GovJobs UK <noreply@govjobs-uk.example>", to=OWNER,
               subject="Update on your application: 409112 - Housing Policy Officer (EO)", date=d1, text=t1,
               cte="quoted-printable", domain="govjobs-uk.example")
    items = [("01-sift-unsuccessful.eml", m1)]
    lab = label([], "medium", "negative/rejection",
                "Sift rejection with Success Profiles scores; mentions interviews and a week commencing date but she is "
                "not invited.")
    return cid, items, lab


@case
def c18():
    """Food-bank volunteer induction (after an informal chat) with floating-time .ics."""
    cid = "b100-18-volunteer-induction"
    dom = "partick-larder.example"
    d1 = T(2026, 3, 2, 19, 33, wd="Mon")
    t1 = ("Hi Eilidh!\n\nLovely to chat to you on Thursday, and thanks so much for offering to give us some of your "
          "Saturdays. We'd love to have you on the team as a warehouse and distribution volunteer - no interview or "
          "anything formal needed, the chat was just for us to get to know you.\n\nYour volunteer induction is on "
          "Saturday 7 March from 10am till noon at the Larder (back door, 61 Crow Road). We'll cover food hygiene, "
          "manual handling and how the referral vouchers work, and you'll get your hi-vis! Bring a packed lunch if "
          "you're staying on for the afternoon shift.\n\nI've attached a calendar thingy.\n\nCheers,\nRhona\n\n"
          "Rhona McGinty\nVolunteer Coordinator, Partick Community Larder (SCIO SC0777777)\n07700 900 655\n")
    ics = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.3//EN", "METHOD:PUBLISH",
                     "BEGIN:VEVENT", f"UID:{h('c18', 8).upper()}-{h('c18b', 4).upper()}-{h('c18c', 12).upper()}",
                     f"DTSTAMP:{ics_utc(d1)}", "DTSTART:20260307T100000", "DTEND:20260307T120000",
                     "SUMMARY:Volunteer induction - Partick Community Larder", "LOCATION:61 Crow Road\\, Glasgow",
                     f"ATTENDEE;CN={OWNER_NAME}:mailto:{OWNER}", "END:VEVENT", "END:VCALENDAR"])
    m1 = email(frm=f"Rhona McGinty <rhona@{dom}>", to=OWNER_ADDR, subject="Welcome to the Larder - induction Saturday",
               date=d1, text=t1, attachments=[("induction.ics", "text", "calendar", ics)], domain=dom)
    items = [("01-volunteer-induction.eml", m1)]
    lab = label([], "medium", "negative/volunteer-induction",
                "Unpaid volunteer induction after an informal chat ('no interview needed'); volunteer 'role', team, "
                "time and .ics, but no hiring interview.")
    return cid, items, lab


@case
def c19():
    """Training course: 'Motivational Interviewing for Housing Practitioners' booking + joining instructions."""
    cid = "b100-19-training-course-motivational-interviewing"
    dom = "shtn.example"
    d1 = T(2026, 3, 3, 9, 30, wd="Tue")
    t1 = ("Dear Eilidh\n\nBooking confirmation\n\nCourse: Motivational Interviewing for Housing Practitioners "
          "(2 days)\nDates: Tuesday 17 and Wednesday 18 March 2026\nTimes: 09:30 - 16:30 both days (registration "
          "from 09:15)\nVenue: Scottish Housing Training Network, Suite 4, 40 Bothwell Street, Glasgow G2 6ZZ\n"
          "Trainer: Dr Alison Reekie\nBooking ref: SHTN-MI-2603-118\n\nThis practical course introduces the spirit "
          "and core skills of motivational interviewing (OARS) for conversations with tenants about arrears, "
          "tenancy sustainment and support needs. Day 2 includes role-played interviews, with participants taking "
          "turns as practitioner and tenant.\n\nThe invoice has been sent to your employer, Merchiston Housing Group. "
          "Cancellations within 10 working days are charged in full.\n\nKind regards\nCourse Administration\n"
          "Scottish Housing Training Network | 0141 496 0120\n")
    ics = ics_bytes(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SHTN//Bookings//EN", "METHOD:PUBLISH"] + VTZ_EUROPE_LONDON
                    + ["BEGIN:VEVENT", f"UID:shtn-mi-2603-118-d1@{dom}", f"DTSTAMP:{ics_utc(d1)}",
                       "DTSTART;TZID=Europe/London:20260317T093000", "DTEND;TZID=Europe/London:20260317T163000",
                       "SUMMARY:Motivational Interviewing for Housing Practitioners (Day 1)",
                       "LOCATION:" + esc("SHTN, Suite 4, 40 Bothwell Street, Glasgow G2 6ZZ"), "END:VEVENT",
                       "BEGIN:VEVENT", f"UID:shtn-mi-2603-118-d2@{dom}", f"DTSTAMP:{ics_utc(d1)}",
                       "DTSTART;TZID=Europe/London:20260318T093000", "DTEND;TZID=Europe/London:20260318T163000",
                       "SUMMARY:Motivational Interviewing for Housing Practitioners (Day 2)",
                       "LOCATION:" + esc("SHTN, Suite 4, 40 Bothwell Street, Glasgow G2 6ZZ"), "END:VEVENT",
                       "END:VCALENDAR"])
    m1 = email(frm=f"SHTN Courses <courses@{dom}>", to=OWNER_ADDR,
               subject="Booking confirmation: Motivational Interviewing for Housing Practitioners - 17/18 March",
               date=d1, text=t1, html=text_to_html(t1, "Verdana,sans-serif"),
               attachments=[("SHTN-MI-2603-118.ics", "text", "calendar", ics)], domain=dom)
    items = [("01-course-booking.eml", m1)]
    lab = label([], "hard", "negative/training-course",
                "Training course on motivational interviewing (with role-played 'interviews'), two-day .ics. Not a job interview.")
    return cid, items, lab


@case
def c20():
    """Oleeo: invitation to book an interview slot + reminder that no slot is booked yet."""
    cid = "b100-20-oleeo-unbooked-interview-slot"
    co = "Scottish Tenancy Tribunal Service"
    d1 = T(2026, 4, 15, 10, 0, wd="Wed")
    html1 = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b">
<p>Dear Eilidh,</p>
<p><strong>Case Officer (Housing & Property Chamber) &ndash; Vacancy 2026-0147</strong></p>
<p>Congratulations &ndash; following assessment of your application, we would like to invite you to interview.</p>
<p>Interviews will be held in person at Glasgow Tribunals Centre, 20 York Street, Glasgow G2 8ZZ on <strong>Tuesday 28 April</strong> and <strong>Wednesday 29 April 2026</strong>. Available start times are 10:00, 11:15, 13:30 and 14:45. Each interview lasts up to 60 minutes and includes a short written exercise.</p>
<p><a href="https://stts.tal.oleeo-mail.example/candidate/so/pm/1/pl/4/opp/2026-0147/interview/book">Select your interview slot</a></p>
<p>Please book your slot by <strong>noon on Tuesday 21 April</strong>. If none of the times suit, reply via your candidate home page.</p>
<p>Kind regards,<br>Resourcing Team<br>{co}</p>
<p style="font-size:11px;color:#777">This message was sent from an unattended mailbox via Oleeo. Please do not reply.</p>
</body></html>
"""
    m1 = email(frm=f"{co} Resourcing <noreply@oleeo-mail.example>", to=OWNER,
               subject="Interview invitation - Case Officer (Housing & Property Chamber) - 2026-0147", date=d1,
               html=html1, domain="oleeo-mail.example")
    d2 = T(2026, 4, 20, 9, 0, wd="Mon")
    t2 = ("Dear Eilidh,\n\nOur records show that you have not yet booked an interview slot for Case Officer (Housing & "
          "Property Chamber) - Vacancy 2026-0147.\n\nThe booking deadline is noon on Tuesday 21 April 2026. Please "
          "choose a slot here:\nhttps://stts.tal.oleeo-mail.example/candidate/so/pm/1/pl/4/opp/2026-0147/interview/book\n\n"
          f"Kind regards,\nResourcing Team\n{co}\n\nThis message was sent from an unattended mailbox via Oleeo.\n")
    m2 = email(frm=f"{co} Resourcing <noreply@oleeo-mail.example>", to=OWNER,
               subject="Reminder: book your interview - 2026-0147", date=d2, text=t2, cte="quoted-printable",
               domain="oleeo-mail.example")
    items = [("01-oleeo-book-a-slot.eml", m1), ("02-oleeo-reminder-unbooked.eml", m2)]
    lab = label([], "hard", "negative/unbooked-scheduling-link",
                "Oleeo invitation to self-book an interview slot (two days, four start times) plus a reminder that "
                "nothing is booked. Unbooked scheduling link -> no interview in the case.")
    return cid, items, lab


@case
def c21():
    """She sits on an interview panel at her current job (candidate schedule in the invite)."""
    cid = "b100-21-user-on-interview-panel"
    dom = "merchiston-hg.example"
    ross = ("Ross Galbraith", f"ross.galbraith@{dom}")
    start, end = T(2026, 4, 29, 9, 30, wd="Wed"), T(2026, 4, 29, 15, 30)
    d1 = T(2026, 4, 16, 13, 17, wd="Thu")
    subj = "Interviews - Tenancy Support Worker x 2 posts"
    loc = "Meeting Room 1, 18 Firhill Road"
    body = ("Hi Eilidh and Sanjay,\n\nThanks for agreeing to sit on the panel with me. Schedule below - each "
            "interview is 45 mins with 15 mins to score. Candidates will do a short written exercise in reception "
            "before they come in.\n\n09:30 Candidate A (J. Doran)\n10:30 Candidate B (P. Kowalski)\n11:30 Candidate C "
            "(S. Ahmed)\n12:30 lunch\n13:30 Candidate D (L. Murray)\n14:30 wash-up and scoring\n\nEilidh, could you "
            "take the questions on safeguarding and boundaries? Question sets and score sheets are in the HR folder on "
            "SharePoint. Please remember that candidate packs are confidential.\n\nRoss\n\nRoss Galbraith | Housing "
            "Services Manager | Merchiston Housing Group | 0141 496 0201\n")
    text = when_line_gb(start, end) + f"\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    cal = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + h("c21", 40).upper(),
                       organizer=ross, attendees=[(OWNER_NAME, OWNER), ("Sanjay Bhatt", f"sanjay.bhatt@{dom}")],
                       summary=subj, start=start, end=end, location=loc, description=text, stamp=d1)
    m1 = email(frm=f"{ross[0]} <{ross[1]}>", to=f"{OWNER_ADDR}, Sanjay Bhatt <sanjay.bhatt@{dom}>", subject=subj,
               date=d1, text=text, html=text_to_html(text), calendar=cal, msg_id=exchange_mid("c21"),
               extra=outlook_headers(subj, "c21"), received_from="EUR01-HE1-obe.outbound.protection.outlook.example")
    items = [("01-panel-invite.eml", m1)]
    lab = label([], "hard", "negative/user-is-interviewer",
                "Outlook invite to sit on an interview panel at her current employer; she interviews four candidates. "
                "Not her own job interview.")
    return cid, items, lab


@case
def c22():
    """Reference request for a former colleague who was interviewed."""
    cid = "b100-22-reference-request-for-candidate"
    co, dom = "Lomond Rural Housing Partnership", "lomondrhp.example"
    d1 = T(2026, 5, 13, 14, 25, wd="Wed")
    html1 = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Eilidh McCallum,</p>
<p>Ross Gallagher has applied for the role of <b>Housing Officer</b> with {co} and has given your name as a referee. Ross was interviewed on Tuesday 5 May and we have made a conditional offer of employment subject to satisfactory references.</p>
<p>We would be grateful if you could complete our short online reference form by <b>Wednesday 20 May 2026</b>:<br>
<a href="https://lomondrhp.tribepad-ats.example/references/complete?token=7f3a91c2">Complete reference for Ross Gallagher</a></p>
<p>The form asks about dates of employment, role, attendance and suitability for work with vulnerable tenants. If you would prefer to give a reference by phone, please call our HR team on 01389 496 044 and ask for Claire.</p>
<p>Thank you for your help.</p>
<p>Kind regards<br>Claire Munro<br>HR Officer<br>{co}<br>Old Station Yard, Balloch G83 9ZZ</p>
</body></html>
"""
    m1 = email(frm=f"{co} <no-reply@tribepad-ats.example>", reply_to=f"Claire Munro <claire.munro@{dom}>", to=OWNER,
               subject="Reference request - Ross Gallagher - Housing Officer", date=d1, html=html1, cte="base64",
               domain="tribepad-ats.example")
    items = [("01-reference-request.eml", m1)]
    lab = label([], "medium", "negative/reference-request",
                "She is a referee for another candidate who was interviewed; the past interview and the offer are not hers.")
    return cid, items, lab


# ------------------------------------------------------------------ main
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b100-"):
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        cid, items, lab = fn()
        assert cid not in labels, cid
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data)
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w") as f:
        f.write("# blind100 labels - schema as in /work/shared/eval/README.md. Generated by make_cases.py.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
