#!/usr/bin/env python3
"""Deterministic generator for the blind27 evaluation set (early careers & hourly jobs).

Rewrites every b27-* case folder and labels.yaml next to this script.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import base64
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
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


def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=Z(tz))


def iso(x):
    return None if x is None else x.isoformat()


def utcstamp(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(x):
    return x.strftime('%Y%m%dT%H%M%S')


# ---------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur, first = [], b'', True
    for ch in line:
        cb = ch.encode('utf-8')
        limit = 75 if first else 74
        if len(cur) + len(cb) > limit:
            out.append(cur.decode('utf-8'))
            cur, first = b'', False
        cur += cb
    out.append(cur.decode('utf-8'))
    return '\r\n '.join(out)


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


VTZ = {
    'AUS Eastern Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:AUS Eastern Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10', 'END:DAYLIGHT', 'END:VTIMEZONE'],
    'GMT Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE'],
    'Europe/London': [
        'BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
        'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'TZNAME:BST',
        'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'TZNAME:GMT',
        'DTSTART:19701025T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
        'END:VTIMEZONE'],
}


def vevent(uid, start, end, summary, organizer, attendees, description='', location='',
           seq=0, status='CONFIRMED', tzid=None, stamp=None, extra=()):
    L = ['BEGIN:VEVENT']
    if tzid:
        L.append(f'DTSTART;TZID={tzid}:{local(start)}')
        if end:
            L.append(f'DTEND;TZID={tzid}:{local(end)}')
    else:
        L.append(f'DTSTART:{utcstamp(start)}')
        if end:
            L.append(f'DTEND:{utcstamp(end)}')
    L.append(f'DTSTAMP:{utcstamp(stamp or start - timedelta(days=3))}')
    if organizer:
        L.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    L.append(f'UID:{uid}')
    for name, mail, role in attendees:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{mail}')
    L.append(f'SEQUENCE:{seq}')
    L.append(f'STATUS:{status}')
    L.append(f'SUMMARY:{ics_escape(summary)}')
    if description:
        L.append(f'DESCRIPTION:{ics_escape(description)}')
    if location:
        L.append(f'LOCATION:{ics_escape(location)}')
    L.extend(extra)
    L.append('TRANSP:OPAQUE')
    L.append('END:VEVENT')
    return L


def calendar(method, prodid, events, tzids=()):
    L = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN']
    if method:
        L.append(f'METHOD:{method}')
    for t in tzids:
        L.extend(VTZ[t])
    for e in events:
        L.extend(e)
    L.append('END:VCALENDAR')
    return ics(L)


# ---------------------------------------------------------------- e-mail
def raw_part(ctype, data, cte='base64', disposition=None):
    p = EmailMessage()
    p['Content-Type'] = ctype
    p['Content-Transfer-Encoding'] = cte
    if disposition:
        p['Content-Disposition'] = disposition
    if cte == 'base64':
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    else:
        p.set_payload(data.decode('utf-8'))
    return p


def email(owner, date, frm, to, subject, text=None, html=None, cte='quoted-printable', cc=None,
          reply_to=None, msgid=None, in_reply_to=None, references=None, extra_headers=(),
          cal=None, cal_method='REQUEST', cal_inline=True, cal_attach_name=None, sender=None,
          html_cte='quoted-printable'):
    """Build an e-mail. cal: iCalendar text (CRLF) -> inline text/calendar and/or attachment."""
    m = EmailMessage()
    m['Delivered-To'] = owner
    m['Return-Path'] = '<' + (sender or frm).split('<')[-1].strip('> ') + '>'
    m['Date'] = format_datetime(date)
    m['From'] = frm
    if sender:
        m['Sender'] = sender
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Message-ID'] = msgid or f'<{hashlib.sha1((subject + str(date)).encode()).hexdigest()[:16]}.{date.strftime("%Y%m%d%H%M")}@mail.example>'
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
    if references:
        m['References'] = references
    for k, v in extra_headers:
        m[k] = v
    m['MIME-Version'] = '1.0'
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype='html', cte=html_cte)
    else:
        m.set_content(html, subtype='html', cte=html_cte)
    if cal is not None:
        data = cal.encode('utf-8')
        if cal_inline:
            if m.get_content_type() != 'multipart/alternative':
                m.make_alternative()
            m.attach(raw_part(f'text/calendar; charset="UTF-8"; method={cal_method}', data))
        if cal_attach_name:
            m.make_mixed()
            m.attach(raw_part(f'application/ics; name="{cal_attach_name}"', data,
                              disposition=f'attachment; filename="{cal_attach_name}"'))
    seed = hashlib.sha1((subject + str(date)).encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f'{seed[:20]}{i:02d}{seed[20:30]}')
    return m.as_bytes(policy=policy.default)


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return dict(company=company, role=role, start=iso(start), end=iso(end), status=status,
                interviewer_emails=list(interviewers), followup_recipients=list(recipients), kind=kind)


def lab(user, interviews, difficulty, category, notes):
    return dict(user=user, interview=bool(interviews), interviews=interviews,
                difficulty=difficulty, category=category, notes=notes, source='synthetic')


def hm(x):
    """'4:30 PM' style."""
    return x.strftime('%I:%M %p').lstrip('0')


def long_date(x):
    return f"{x.strftime('%A')}, {x.strftime('%B')} {x.day}, {x.year}"


# =====================================================================================
# POSITIVES
# =====================================================================================

# 01 Handshake message: internship phone screen, "Thu 3/12 @ 4:30p PST" (really PDT after Mar 8)
def c01():
    u = 'nora.quintero@example.com'
    tz = 'America/Los_Angeles'
    s = dt(2026, 3, 12, 16, 30, tz); e = s + timedelta(minutes=30)
    sent = dt(2026, 3, 9, 11, 4, tz)
    rec = 'Gideon Park <gideon.park@tidepoolanalytics.example>'
    text = f"""Gideon Park from Tidepool Analytics sent you a message on Handshake:

----
Hi Nora!

Thanks for applying to our Summer 2026 Data Analyst Intern posting through the
Cal Coast career fair. I'd love to set up a quick intro phone call -- I grabbed
the slot you picked on my calendar, so we're set for Thu 3/12 @ 4:30p PST. It's
30 min, just me, mostly about your coursework + the stats project on your resume.

I'll call the number on your Handshake profile (ends in -0417). If something
comes up you can reach me directly at gideon.park@tidepoolanalytics.example.

Gideon
University Recruiting | Tidepool Analytics
----

Reply on Handshake: https://app.handshake.example/messages/88213470

You're receiving this because you have message notifications turned on.
Handshake, 225 Bush St, San Francisco, CA
"""
    items = {'01-handshake-message-gideon.eml': email(
        u, sent, 'Handshake <messages@notifications.handshake.example>', f'Nora Quintero <{u}>',
        'New message from Gideon Park (Tidepool Analytics)', text=text,
        reply_to='Handshake <no-reply@handshake.example>')}
    case('b27-01-handshake-internship-phone-screen', items, lab(u, [iv(
        'Tidepool Analytics', 'Summer 2026 Data Analyst Intern', s, e, 'scheduled',
        ['gideon.park@tidepoolanalytics.example'], ['gideon.park@tidepoolanalytics.example'],
        'phone_screen')], 'hard', 'positive/campus-platform-message',
        'Recruiter message relayed by Handshake; "4:30p PST" on 12 Mar 2026 is really PDT (-07:00) after the '
        'Mar 8 switch; the recruiter is the interviewer.'))


# 02 UK graduate scheme assessment centre (superday) just after BST starts; .ics attached
def c02():
    u = 'ollie.brannagh@mail.example'
    tz = 'Europe/London'
    s = dt(2026, 3, 31, 9, 0, tz); e = dt(2026, 3, 31, 16, 15, tz)
    sent = dt(2026, 3, 20, 15, 12, tz)
    coord = 'Fern Abbott <fern.abbott@marlowegrange.example>'
    text = f"""Dear Oliver,

Congratulations - we are delighted to invite you to the Marlowe Grange
Graduate Programme 2026 (Commercial stream) Assessment Centre.

Date: Tuesday 31 March 2026
Venue: Marlowe Grange, 14 Tenter Yard, Leeds LS1 4QT (please report to reception)
Arrival: 8:45am for a 9am start. We expect to finish by 4:15pm.

Your day:
  09:00  Welcome and briefing
  09:30  Group exercise (assessed, about 90 minutes, 6 candidates)
  11:15  Written case study
  12:30  Lunch with current graduates (not assessed)
  13:30  Competency interview with Rhiannon Pryce, Commercial Manager
  14:30  Strengths interview with Callum Heap, Head of Buying
  15:45  Q&A and close (finishing 4:15pm)

Please bring photo ID and your degree certificate (or a transcript). Travel
expenses up to GBP 80 will be reimbursed - keep your receipts.

Please note the clocks go forward on Sunday 29 March; all times above are UK
time (BST).

If you have any access requirements, reply to this e-mail or call me on
0113 496 0752.

Kind regards,

Fern Abbott
Early Careers Coordinator
Marlowe Grange plc | 14 Tenter Yard, Leeds LS1 4QT
T: 0113 496 0752
"""
    cal = calendar('PUBLISH', '-//Marlowe Grange//Early Careers//EN', [vevent(
        'ac-2026-03-31-obrannagh@marlowegrange.example', s, e,
        'Marlowe Grange Graduate Assessment Centre', ('Early Careers', 'earlycareers@marlowegrange.example'),
        [('Oliver Brannagh', u, 'REQ-PARTICIPANT')],
        description='Assessment Centre - Graduate Programme 2026 (Commercial). Arrive 8:45am.',
        location='Marlowe Grange, 14 Tenter Yard, Leeds LS1 4QT', tzid='Europe/London', stamp=sent)],
        tzids=['Europe/London'])
    items = {'01-assessment-centre-invitation.eml': email(
        u, sent, coord, f'Oliver Brannagh <{u}>',
        'Your Assessment Centre invitation - Marlowe Grange Graduate Programme 2026',
        text=text, cal=cal, cal_inline=False, cal_attach_name='AssessmentCentre.ics')}
    case('b27-02-graduate-assessment-centre-bst', items, lab(u, [iv(
        'Marlowe Grange', 'Graduate Programme 2026 (Commercial)', s, e, 'scheduled', [],
        ['fern.abbott@marlowegrange.example'], 'onsite')], 'medium', 'positive/assessment-centre',
        'Full assessment-centre day with two interviews = one onsite 09:00-16:15 BST (+01:00, two days after '
        'the UK switch); interviewers have no addresses -> coordinator.'))


# 03 Consulting case interviews in Paris, French, thread; 14h / 15h15; Friday before EU DST
def c03():
    u = 'ines.vautrin@example.com'
    tz = 'Europe/Paris'
    s = dt(2026, 3, 27, 14, 0, tz); e = dt(2026, 3, 27, 16, 15, tz)
    coord = 'Mathilde Roux <mathilde.roux@aubrac-conseil.example>'
    m1 = '<A1C9F0@aubrac-conseil.example>'
    m2 = '<CAF-ines-20260318@mail.example.com>'
    m3 = '<A1CA77@aubrac-conseil.example>'
    t1 = """Bonjour Inès,

Suite à l'examen de votre candidature pour le stage de fin d'études
Consultant(e) Stagiaire - Stratégie (rentrée septembre 2026), nous avons le
plaisir de vous convier au premier tour d'entretiens : deux études de cas
(case interviews) de 60 minutes chacune, dans nos bureaux parisiens.

Seriez-vous disponible le vendredi 27 mars après-midi ou le lundi 30 mars
matin ?

Bien cordialement,
Mathilde Roux
Chargée de recrutement - Aubrac Conseil
12 rue de la Chaussée-d'Antin, 75009 Paris
+33 1 84 88 21 60
"""
    t2 = """Bonjour Mathilde,

Merci beaucoup ! Le vendredi 27 mars après-midi me convient parfaitement.

Bien à vous,
Inès Vautrin

Le mer. 18 mars 2026 à 10:02, Mathilde Roux a écrit :
> Seriez-vous disponible le vendredi 27 mars après-midi ou le lundi 30 mars
> matin ?
"""
    t3 = """Bonjour Inès,

C'est noté, je vous confirme vos entretiens le vendredi 27 mars :

- 14h - 15h : étude de cas avec Baptiste Lenoir (Manager),
  baptiste.lenoir@aubrac-conseil.example
- 15h15 - 16h15 : étude de cas avec Sarah Benali (Senior Consultant),
  sarah.benali@aubrac-conseil.example

Merci de vous présenter à l'accueil au 12 rue de la Chaussée-d'Antin
(5e étage) vers 13h45. Prévoyez de quoi prendre des notes ; une calculatrice
n'est pas nécessaire.

Bonne préparation !
Mathilde

--
Mathilde Roux
Chargée de recrutement - Aubrac Conseil
+33 1 84 88 21 60

> Le vendredi 27 mars après-midi me convient parfaitement.
"""
    items = {
        '01-aubrac-invitation.eml': email(u, dt(2026, 3, 18, 10, 2, tz), coord, f'Inès Vautrin <{u}>',
                                          'Aubrac Conseil - Stage Stratégie : premier tour', text=t1, msgid=m1),
        '02-reply-disponible.eml': email(u, dt(2026, 3, 18, 12, 40, tz), f'Inès Vautrin <{u}>', coord,
                                         'Re: Aubrac Conseil - Stage Stratégie : premier tour', text=t2,
                                         msgid=m2, in_reply_to=m1, references=m1),
        '03-confirmation-entretiens.eml': email(u, dt(2026, 3, 19, 9, 15, tz), coord, f'Inès Vautrin <{u}>',
                                                'Re: Aubrac Conseil - Stage Stratégie : premier tour', text=t3,
                                                msgid=m3, in_reply_to=m2, references=f'{m1} {m2}',
                                                cte='base64'),
    }
    case('b27-03-consulting-case-interviews-paris', items, lab(u, [iv(
        'Aubrac Conseil', 'Consultant(e) Stagiaire - Stratégie', s, e, 'scheduled',
        ['baptiste.lenoir@aubrac-conseil.example', 'sarah.benali@aubrac-conseil.example'],
        ['baptiste.lenoir@aubrac-conseil.example', 'sarah.benali@aubrac-conseil.example'], 'onsite')],
        'hard', 'positive/thread-propose-confirm',
        'French thread; two back-to-back case interviews 14h-16h15 on Fri 27 Mar 2026 = one onsite, still CET '
        '(+01:00) because EU DST starts Mar 29.'))


# 04 Bank first round via HireVue LIVE (live interviewer) "2pm ET"
def c04():
    u = 'dev.acharya@example.com'
    tz = 'America/New_York'
    s = dt(2026, 2, 17, 14, 0, tz); e = s + timedelta(minutes=30)
    sent = dt(2026, 2, 10, 9, 31, tz)
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<img src="https://cdn.hirevue.example/brand/ashcombe.png" alt="Ashcombe Harlan" height="32"><br><br>
<p>Hi Dev,</p>
<p>Your <b>live video interview</b> with <b>Ashcombe Harlan</b> has been scheduled.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td><b>Position</b></td><td>2027 Summer Analyst &ndash; Global Markets (New York)</td></tr>
<tr><td><b>Interview type</b></td><td>Live Interview (first round)</td></tr>
<tr><td><b>When</b></td><td>Tuesday, February 17, 2026 &middot; 2:00 PM &ndash; 2:30 PM ET</td></tr>
<tr><td><b>Interviewer</b></td><td>Whitney Osei, Vice President, Rates Trading</td></tr>
</table>
<p>This is a <i>live</i> conversation, not a recorded interview. Please join from a laptop using Chrome
5 minutes early and test your camera and microphone.</p>
<p style="text-align:center"><a href="https://ashcombe.hirevue.example/live/8J2KQ7"
style="background:#00457c;color:#fff;padding:10px 18px;text-decoration:none">Join Live Interview</a></p>
<p>Need to reschedule? Contact Campus Recruiting &ndash; Lena Vasquez at
<a href="mailto:lena.vasquez@ashcombeharlan.example">lena.vasquez@ashcombeharlan.example</a>.</p>
<p style="color:#888;font-size:11px">Sent by HireVue on behalf of Ashcombe Harlan. Do not reply to this
message. HireVue, 10876 S River Front Pkwy, South Jordan, UT.</p>
</td></tr></table></body></html>"""
    items = {'01-hirevue-live-scheduled.eml': email(
        u, sent, 'Ashcombe Harlan via HireVue <noreply@hirevue.example>', u,
        'Your Live Interview with Ashcombe Harlan is scheduled', html=html)}
    case('b27-04-bank-hirevue-live-first-round', items, lab(u, [iv(
        'Ashcombe Harlan', '2027 Summer Analyst - Global Markets', s, e, 'scheduled', [],
        ['lena.vasquez@ashcombeharlan.example'], 'phone_screen')], 'medium', 'positive/video-platform-live',
        'HTML-only HireVue LIVE (not on-demand) first round, 2:00-2:30 PM ET; interviewer has no address -> '
        'campus recruiter named for reschedules.'))


# 05 Workstream-style barista booking + SMS copy "tmrw at 10:30am"; no human address at all
def c05():
    u = 'kai.lindqvist@mail.example'
    tz = 'America/Chicago'
    s = dt(2026, 4, 2, 10, 30, tz); e = s + timedelta(minutes=20)
    t1 = f"""Hi Kai,

You're booked! Here are the details of your interview:

Bluebird & Bean - Barista (Part-Time)
{s.strftime('%a')}, {s.strftime('%b')} {s.day} at 10:30 AM CDT (20 minutes)
Bluebird & Bean - Wicker Park, 1487 N Milwaukee Ave, Chicago, IL 60622
Ask for: Marisol (Store Manager)

Need to change your time? Use this link: https://hire.workstream.example/r/xk29Qp

We'll text you a reminder the day before.

- The Bluebird & Bean Hiring Team
Powered by Workstream. Please do not reply to this email.
"""
    t2 = """[Text message copy]

Bluebird & Bean: Hi Kai! Reminder: your interview w/ Marisol at our Wicker Park store is tmrw at 10:30am. Reply Y to confirm or R to reschedule. Msg&data rates may apply. Txt STOP to opt out.

You received this copy because email notifications are on for your application.
"""
    items = {
        '01-interview-booked.eml': email(u, dt(2026, 3, 27, 19, 48, tz),
                                         'Bluebird & Bean Hiring <no-reply@hire.workstream.example>', u,
                                         "You're booked: Barista interview at Bluebird & Bean", text=t1,
                                         cte='7bit'),
        '02-sms-reminder-copy.eml': email(u, dt(2026, 4, 1, 9, 0, tz),
                                          'Bluebird & Bean Hiring <no-reply@hire.workstream.example>', u,
                                          'Text reminder: Bluebird & Bean', text=t2),
    }
    case('b27-05-workstream-barista-sms-reminder', items, lab(u, [iv(
        'Bluebird & Bean', 'Barista (Part-Time)', s, e, 'scheduled', [], [], 'hiring_manager')],
        'medium', 'positive/hourly-scheduling-tool',
        'Workstream booking + SMS reminder copy ("tmrw at 10:30am", same interview); only no-reply addresses '
        '-> empty recipients.'))


# 06 Fountain-style warehouse: booked, then rescheduled (Phoenix, no DST)
def c06():
    u = 'marcus.oyelaran@example.com'
    tz = 'America/Phoenix'
    s0 = dt(2026, 3, 16, 9, 0, tz)
    s = dt(2026, 3, 18, 13, 30, tz); e = s + timedelta(minutes=30)
    t1 = f"""Hi Marcus,

Thanks for applying to Saguaro Freight Logistics! Your in-person interview for
Warehouse Associate - 2nd Shift ($19.50/hr) is confirmed:

  Monday, March 16, 2026 at 9:00 AM (Arizona time)
  Saguaro Freight Logistics, 4410 W Buckeye Rd, Dock Door 3 entrance, Phoenix AZ
  Bring: photo ID, closed-toe shoes

Interviews take about 30 minutes and are done by one of our shift supervisors.

Questions? Text or email Dana Whitfield, Recruiter: (602) 555-0148,
dana.whitfield@saguarofreight.example

Reschedule: https://saguarofreight.fountain.example/reschedule/a81b
"""
    t2 = f"""Hi Marcus,

Your interview has been rescheduled.

NEW TIME: Wednesday, March 18, 2026 at 1:30 PM (Arizona time)
Previous time: Monday, March 16, 2026 at 9:00 AM - cancelled

Location: Saguaro Freight Logistics, 4410 W Buckeye Rd, Dock Door 3 entrance
Position: Warehouse Associate - 2nd Shift

Questions? Dana Whitfield, dana.whitfield@saguarofreight.example

Saguaro Freight Logistics Recruiting (sent via Fountain)
"""
    items = {
        '01-fountain-confirmed.eml': email(u, dt(2026, 3, 12, 16, 20, tz),
                                           'Saguaro Freight Recruiting <notifications@mail.fountain.example>',
                                           u, 'Interview confirmed - Warehouse Associate', text=t1),
        '02-fountain-rescheduled.eml': email(u, dt(2026, 3, 14, 8, 5, tz),
                                             'Saguaro Freight Recruiting <notifications@mail.fountain.example>',
                                             u, 'Your interview has been rescheduled - Warehouse Associate',
                                             text=t2),
    }
    _ = s0
    case('b27-06-fountain-warehouse-reschedule-phoenix', items, lab(u, [iv(
        'Saguaro Freight Logistics', 'Warehouse Associate - 2nd Shift', s, e, 'scheduled', [],
        ['dana.whitfield@saguarofreight.example'], 'hiring_manager')], 'medium', 'positive/reschedule',
        'Fountain booking moved Mon 9:00 -> Wed 1:30 PM; Arizona time stays -07:00 after US DST start.'))


# 07 Harri-style restaurant line cook interview at noon, then cancelled
def c07():
    u = 'tasha.broughton@mail.example'
    tz = 'America/New_York'
    s = dt(2026, 4, 14, 12, 0, tz); e = s + timedelta(minutes=30)
    t1 = """Hi Tasha,

Great news - Chef Andre Boyle at Larder & Ash (Savannah) would like to meet you for the Line Cook position.

Interview: Tuesday, April 14 at noon (12:00 PM - 12:30 PM)
Where: Larder & Ash, 301 W Broughton St, Savannah, GA - come to the side door on Barnard St
Bring: your knife roll if you have one, we may ask for a short stage afterwards

Confirm or reschedule in the Harri app.

Larder & Ash Team
Sent with Harri | You can manage notifications in your Harri profile.
"""
    t2 = """Hi Tasha,

Unfortunately Larder & Ash has cancelled your interview for Line Cook scheduled for Tuesday, April 14 at 12:00 PM.

Message from the employer: "Sorry Tasha, we've filled the position sooner than expected. We'll keep your profile on file for the fall. - Andre"

Keep exploring jobs near you on Harri.
"""
    items = {
        '01-harri-interview-invite.eml': email(u, dt(2026, 4, 8, 15, 44, tz),
                                               'Larder & Ash via Harri <jobs@notify.harri.example>', u,
                                               'Interview scheduled with Larder & Ash', text=t1),
        '02-harri-interview-cancelled.eml': email(u, dt(2026, 4, 12, 10, 3, tz),
                                                  'Larder & Ash via Harri <jobs@notify.harri.example>', u,
                                                  'Interview cancelled: Line Cook at Larder & Ash', text=t2),
    }
    case('b27-07-harri-line-cook-cancelled', items, lab(u, [iv(
        'Larder & Ash', 'Line Cook', s, e, 'cancelled', [], [], 'hiring_manager')], 'medium',
        'positive/cancellation', 'Harri invite "at noon" then employer cancels; status cancelled; no human '
        'addresses.'))


# 08 Store manager will phone the candidate "tomorrow at 3.15pm" (Melbourne, day DST ends)
def c08():
    u = 'priya.haldane@mail.example'
    tz = 'Australia/Melbourne'
    sent = dt(2026, 4, 4, 17, 52, tz)
    s = dt(2026, 4, 5, 15, 15, tz); e = None
    m1 = '<SYBP282MB1177ACD@SYBP282.prod.outlook.example>'
    m2 = '<CAJ7priya0404@mail.example>'
    t1 = """Hi Priya,

Thanks for dropping your resume in at the Chadstone store last week. I'm the
store manager and I'd like to have a quick chat about the casual Sales
Assistant role (weekends + school holidays).

Would it be ok if I gave you a ring sometime tomorrow arvo?

Cheers,
Bec Lawson
Store Manager | Kettle & Kin Homewares - Chadstone
Shop B-214, 1341 Dandenong Rd, Chadstone VIC 3148
Ph (03) 9555 0132
"""
    t2 = """Hi Bec,

Thank you! Tomorrow afternoon works well. Would 3.15pm suit? My mobile is
0491 570 006.

Kind regards,
Priya

On Sat, 4 Apr 2026 at 2:10 pm, Bec Lawson <bec.lawson@kettleandkin.example> wrote:
> Would it be ok if I gave you a ring sometime tomorrow arvo?
"""
    t3 = """Perfect - I'll call you tomorrow at 3.15. Shouldn't take more than 15-20 mins.
(Don't forget the clocks go back tonight!)

Bec

Sent from my iPhone

> On 4 Apr 2026, at 5:31 pm, Priya Haldane <priya.haldane@mail.example> wrote:
>
> Tomorrow afternoon works well. Would 3.15pm suit?
"""
    items = {
        '01-store-manager-email.eml': email(u, dt(2026, 4, 4, 14, 10, tz),
                                            'Bec Lawson <bec.lawson@kettleandkin.example>', u,
                                            'Sales Assistant - Chadstone', text=t1, msgid=m1),
        '02-reply-priya.eml': email(u, dt(2026, 4, 4, 17, 31, tz), f'Priya Haldane <{u}>',
                                    'Bec Lawson <bec.lawson@kettleandkin.example>',
                                    'Re: Sales Assistant - Chadstone', text=t2, msgid=m2, in_reply_to=m1,
                                    references=m1),
        '03-manager-confirms-call.eml': email(u, sent, 'Bec Lawson <bec.lawson@kettleandkin.example>', u,
                                              'Re: Sales Assistant - Chadstone', text=t3, in_reply_to=m2,
                                              references=f'{m1} {m2}'),
    }
    case('b27-08-store-manager-phone-call-melbourne-dst', items, lab(u, [iv(
        'Kettle & Kin Homewares', 'Sales Assistant', s, e, 'scheduled', ['bec.lawson@kettleandkin.example'],
        ['bec.lawson@kettleandkin.example'], 'phone_screen')], 'hard', 'positive/thread-propose-confirm',
        'Store manager phones candidate "tomorrow at 3.15" (Sun 5 Apr 2026, after Melbourne DST ends at 3am -> '
        '+10:00); "15-20 mins" is vague so end null.'))


# 09 Hotel open interviews -> candidate books a confirmed slot (Honolulu)
def c09():
    u = 'leilani.kapaona@example.com'
    tz = 'Pacific/Honolulu'
    s = dt(2026, 5, 12, 11, 40, tz); e = s + timedelta(minutes=20)
    m1 = '<hiring-event-0505@haleakoa-resort.example>'
    m2 = '<CAleilani0506@mail.example.com>'
    t1 = """Aloha!

HALE AKOA RESORT WAIKIKI - OPEN INTERVIEWS
Tuesday, May 12 - 10am to 2pm - Plumeria Ballroom, 2nd floor
No appointment needed! Hiring: Front Desk Agents, Room Attendants, Bellpersons, Banquet Servers.

Walk in with your resume. Free validated parking.
If you'd prefer a set time, just reply to this email and we'll save you a spot.

Hale Akoa Resort Talent Team
talent@haleakoa-resort.example
"""
    t2 = """Hi, I'd like to reserve a time for the Front Desk Agent position please. Anytime late morning works.
Thank you,
Leilani Kapaona
(808) 555-0193

On Tue, May 5, 2026, Hale Akoa Resort Talent Team wrote:
> If you'd prefer a set time, just reply to this email and we'll save you a spot.
"""
    t3 = """Aloha Leilani,

Mahalo for reaching out! You're all set - we've got you down for 11:40 am on Tuesday 5/12 with
Janelle Fonoti, our Front Office Manager (janelle.fonoti@haleakoa-resort.example). Interviews run about
20 minutes. Check in at the Plumeria Ballroom table and tell them you have an appointment.

Keoni Alapa'i
Talent Acquisition Specialist | Hale Akoa Resort Waikiki
2450 Kalakaua Ave, Honolulu, HI 96815 | (808) 555-0100

> Hi, I'd like to reserve a time for the Front Desk Agent position please.
"""
    items = {
        '01-open-interviews-flyer.eml': email(u, dt(2026, 5, 5, 8, 0, tz),
                                              'Hale Akoa Resort Talent Team <talent@haleakoa-resort.example>', u,
                                              'Open Interviews Tuesday 5/12 - Walk-ins welcome!', text=t1,
                                              msgid=m1),
        '02-reply-reserve-time.eml': email(u, dt(2026, 5, 6, 7, 15, tz), f'Leilani Kapaona <{u}>',
                                           'Hale Akoa Resort Talent Team <talent@haleakoa-resort.example>',
                                           'Re: Open Interviews Tuesday 5/12 - Walk-ins welcome!', text=t2,
                                           msgid=m2, in_reply_to=m1, references=m1),
        '03-slot-confirmed.eml': email(u, dt(2026, 5, 6, 9, 22, tz),
                                       "Keoni Alapa'i <keoni.alapai@haleakoa-resort.example>", u,
                                       'Re: Open Interviews Tuesday 5/12 - Walk-ins welcome!', text=t3,
                                       in_reply_to=m2, references=f'{m1} {m2}'),
    }
    case('b27-09-hotel-open-interviews-slot-confirmed', items, lab(u, [iv(
        'Hale Akoa Resort Waikiki', 'Front Desk Agent', s, e, 'scheduled', ['janelle.fonoti@haleakoa-resort.example'],
        ['janelle.fonoti@haleakoa-resort.example'], 'hiring_manager')], 'hard', 'positive/open-interview-booked',
        'Walk-in hiring event (10-2) alone would not count, but a slot 11:40 (20 min) is confirmed; Honolulu '
        '-10:00, no DST.'))


# 10 German apprenticeship group interview, base64, "14:00 Uhr"
def c10():
    u = 'jonas.weidlich@mail.example'
    tz = 'Europe/Berlin'
    s = dt(2026, 4, 16, 14, 0, tz); e = s + timedelta(minutes=90)
    t = """Hallo Jonas,

vielen Dank für Deine Bewerbung um einen Ausbildungsplatz als Kaufmann im
Einzelhandel (m/w/d) zum 1. August 2026 bei der Brenner Markt GmbH.

Wir möchten Dich gerne persönlich kennenlernen und laden Dich zu unserem
Gruppengespräch ein:

  Termin:  Donnerstag, 16. April 2026, 14:00 Uhr (Dauer ca. 90 Minuten)
  Ort:     Brenner Markt, Filiale Giesing, Tegernseer Landstraße 88,
           81539 München - Schulungsraum im 1. OG

Ablauf: kurze Vorstellungsrunde, eine Gruppenaufgabe mit anderen
Bewerberinnen und Bewerbern und anschließend ein kurzes Einzelgespräch.
Durch das Gespräch führen Dich Frau Sabine Kestler (Ausbildungsleitung) und
Herr Emre Dogan (Filialleiter).

Bitte bestätige den Termin kurz per Antwort an sabine.kestler@brenner-markt.example.

Viele Grüße aus München
Sabine Kestler
Ausbildungsleitung Süd
Brenner Markt GmbH | Tegernseer Landstraße 88 | 81539 München
Tel. +49 89 5550 4412
"""
    items = {'01-einladung-gruppengespraech.eml': email(
        u, dt(2026, 4, 2, 11, 17, tz), 'Sabine Kestler <sabine.kestler@brenner-markt.example>', u,
        'Einladung zum Gruppengespräch - Ausbildung Kaufmann im Einzelhandel', text=t, cte='base64')}
    case('b27-10-german-apprenticeship-group-interview', items, lab(u, [iv(
        'Brenner Markt', 'Kaufmann im Einzelhandel (Ausbildung)', s, e, 'scheduled',
        ['sabine.kestler@brenner-markt.example'], ['sabine.kestler@brenner-markt.example'], 'onsite')],
        'medium', 'positive/group-interview',
        'German base64 invitation to a group interview "14:00 Uhr", ca. 90 min, CEST (+02:00); only the '
        'Ausbildungsleiterin has an address.'))


# 11 Two interviews: recruiter screen (Calendar API event) + technical (Google invite), Singapore
def c11():
    u = 'wei.jie.tan@example.com'
    tz = 'Asia/Singapore'
    s1 = dt(2026, 3, 3, 10, 0, tz); e1 = s1 + timedelta(minutes=30)
    s2 = dt(2026, 3, 10, 10, 30, tz); e2 = s2 + timedelta(minutes=60)
    rec = 'Aisyah Rahman <aisyah@lumenpay.example>'
    ev = {
        "kind": "calendar#event", "etag": "\"3411908823014000\"", "id": "4q2vna8r0lumenscr0303",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NHEydm5hOHIwbHVtZW5zY3IwMzAz",
        "created": "2026-02-26T06:12:44.000Z", "updated": "2026-02-26T06:13:01.507Z",
        "summary": "LumenPay x Wei Jie - intro call (Software Engineering Intern)",
        "description": "Quick intro chat about the May-Aug 2026 internship. Aisyah will call you on Google Meet.",
        "creator": {"email": "aisyah@lumenpay.example", "displayName": "Aisyah Rahman"},
        "organizer": {"email": "aisyah@lumenpay.example", "displayName": "Aisyah Rahman"},
        "start": {"dateTime": s1.isoformat(), "timeZone": tz},
        "end": {"dateTime": e1.isoformat(), "timeZone": tz},
        "iCalUID": "4q2vna8r0lumenscr0303@google.com", "sequence": 0,
        "attendees": [
            {"email": "aisyah@lumenpay.example", "displayName": "Aisyah Rahman", "organizer": True,
             "responseStatus": "accepted"},
            {"email": u, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/pqe-wmzd-kut",
        "reminders": {"useDefault": True}, "eventType": "default"}
    t2 = """Hi Wei Jie,

Lovely chatting this morning! As promised, here's the next step: a technical interview with two of our
engineers, Hafiz Osman and Clara Ng. It's a 1-hour pair-programming session in Python (no leetcode
puzzles, promise).

I've booked next Tuesday at half past ten (SGT) - calendar invite coming separately. Shout if that
doesn't work.

Cheers,
Aisyah
People & Talent, LumenPay | 71 Robinson Road #14-01, Singapore 068895
"""
    desc = ('Technical interview (pair programming, Python) - Software Engineering Intern\n'
            'Interviewers: Hafiz Osman, Clara Ng\nJoin with Google Meet: https://meet.google.com/tnx-rpsa-qvh')
    cal = calendar('REQUEST', '-//Google Inc//Google Calendar 70.9054//EN', [vevent(
        'lumen-tech-0310-wjt@google.com', s2, e2,
        'Technical Interview: Wei Jie Tan - Software Engineering Intern', ('Aisyah Rahman', 'aisyah@lumenpay.example'),
        [('Aisyah Rahman', 'aisyah@lumenpay.example', 'REQ-PARTICIPANT'),
         ('Hafiz Osman', 'hafiz.osman@lumenpay.example', 'REQ-PARTICIPANT'),
         ('Clara Ng', 'clara.ng@lumenpay.example', 'REQ-PARTICIPANT'),
         ('Wei Jie Tan', u, 'REQ-PARTICIPANT')],
        description=desc, location='', stamp=dt(2026, 3, 3, 11, 5, tz))])
    inv_text = f"""Technical Interview: Wei Jie Tan - Software Engineering Intern
Tuesday 10 Mar 2026 ⋅ 10:30 – 11:30
Singapore Standard Time

Join with Google Meet
https://meet.google.com/tnx-rpsa-qvh

Organizer
Aisyah Rahman
aisyah@lumenpay.example

Guests
Aisyah Rahman - organizer
Hafiz Osman
Clara Ng
{u}

Reply for {u} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=bHVtZW4tdGVjaA

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
    items = {
        '01-intro-call.gcal.json': json.dumps(ev, indent=2, ensure_ascii=False).encode('utf-8') + b'\n',
        '02-aisyah-next-step.eml': email(u, dt(2026, 3, 3, 11, 2, tz), rec, f'Wei Jie Tan <{u}>',
                                         'Next step: technical interview', text=t2),
        '03-invitation-technical.eml': email(
            u, dt(2026, 3, 3, 11, 5, tz), rec, u,
            f'Invitation: Technical Interview: Wei Jie Tan - Software Engineering Intern @ Tue 10 Mar 2026 '
            f'10:30 - 11:30 (SGT) ({u})', text=inv_text, html=None, cte='base64',
            sender='Google Calendar <calendar-notification@google.com>', cal=cal,
            cal_attach_name='invite.ics'),
    }
    case('b27-11-two-interviews-screen-and-technical-sgt', items, lab(u, [
        iv('LumenPay', 'Software Engineering Intern', s1, e1, 'scheduled', ['aisyah@lumenpay.example'],
           ['aisyah@lumenpay.example'], 'phone_screen'),
        iv('LumenPay', 'Software Engineering Intern', s2, e2, 'scheduled',
           ['hafiz.osman@lumenpay.example', 'clara.ng@lumenpay.example'],
           ['hafiz.osman@lumenpay.example', 'clara.ng@lumenpay.example'], 'technical')],
        'hard', 'positive/two-interviews',
        'Intro call as a Calendar API event + technical "next Tuesday at half past ten" confirmed by a Google '
        'invite (same interview as the mail); Singapore +08:00.'))


# 12 Exchange invite (Sydney, AUS Eastern, just after DST start) -> candidate withdraws -> CANCEL
def c12():
    u = 'hamish.tereora@example.com'
    tz = 'Australia/Sydney'
    s = dt(2026, 10, 6, 9, 30, tz); e = s + timedelta(minutes=45)
    org = ('Jessica Pham', 'jessica.pham@calder-wynn.example')
    tzid = 'AUS Eastern Standard Time'
    uid = '040000008200E00074C5B7101A82E00800000000B0C7C5A2D3EDC01000000000000000010000000F1A23C9F1'
    att = [('Hamish Te Reo', u, 'REQ-PARTICIPANT'),
           ('Daniel Okoro', 'daniel.okoro@calder-wynn.example', 'REQ-PARTICIPANT')]
    when = f"When: Tuesday, 6 October 2026 9:30 AM-10:15 AM (UTC+10:00) Canberra, Melbourne, Sydney."
    body1 = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Hamish,

Please find below your first-round interview for the Calder Wynn 2027 Graduate Program (Audit &
Assurance). You'll meet Daniel Okoro, Audit Manager, for a 45-minute behavioural interview.

Jessica Pham
Graduate Recruitment | Calder Wynn Australia
Level 21, 88 Phillip St, Sydney NSW 2000 | +61 2 9555 0187
________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2FsZGVy%40thread.v2/0
Meeting ID: 417 902 338 61  Passcode: h7Kp2Q
________________________________________________________________________________
"""
    ext = ['X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
           'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1']
    cal1 = calendar('REQUEST', 'Microsoft Exchange Server 2010', [vevent(
        uid, s, e, 'Calder Wynn Graduate Program - First Round Interview (Hamish Te Reo)', org, att,
        description=body1, location='Microsoft Teams Meeting', tzid=tzid, stamp=dt(2026, 9, 22, 13, 0, tz),
        extra=ext)], tzids=[tzid])
    cal2 = calendar('CANCEL', 'Microsoft Exchange Server 2010', [vevent(
        uid, s, e, 'Canceled: Calder Wynn Graduate Program - First Round Interview (Hamish Te Reo)', org, att,
        description='Withdrawn by candidate.', location='Microsoft Teams Meeting', tzid=tzid, seq=1,
        status='CANCELLED', stamp=dt(2026, 9, 30, 8, 41, tz),
        extra=['X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE'])], tzids=[tzid])
    m1 = '<SY4PR01MB6021A1@SY4PR01MB6021.ausprd01.prod.outlook.example>'
    hdr = [('Content-class', 'urn:content-classes:calendarmessage'), ('Thread-Topic', 'Calder Wynn Graduate Program - First Round Interview')]
    t2 = """Hi Jessica,

Thank you so much for the opportunity and for organising the interview on Tuesday. I wanted to let you
know that I've accepted a graduate offer elsewhere, so I'd like to withdraw my application and free up the
slot for another candidate.

Sorry for any inconvenience, and thanks again for your help throughout.

Kind regards,
Hamish Te Reo
"""
    items = {
        '01-teams-invite-first-round.eml': email(
            u, dt(2026, 9, 22, 13, 0, tz), f'{org[0]} <{org[1]}>',
            f'Hamish Te Reo <{u}>, Daniel Okoro <daniel.okoro@calder-wynn.example>',
            'Calder Wynn Graduate Program - First Round Interview (Hamish Te Reo)', text=body1, msgid=m1,
            extra_headers=hdr, cal=cal1),
        '02-candidate-withdraws.eml': email(
            u, dt(2026, 9, 30, 8, 12, tz), f'Hamish Te Reo <{u}>', f'{org[0]} <{org[1]}>',
            'Withdrawing my application - Graduate Program', text=t2),
        '03-canceled-first-round.eml': email(
            u, dt(2026, 9, 30, 8, 41, tz), f'{org[0]} <{org[1]}>',
            f'Hamish Te Reo <{u}>, Daniel Okoro <daniel.okoro@calder-wynn.example>',
            'Canceled: Calder Wynn Graduate Program - First Round Interview (Hamish Te Reo)',
            text='Thanks Hamish, all the best with the new role!\n\nJessica\n', extra_headers=hdr,
            cal=cal2, cal_method='CANCEL'),
    }
    case('b27-12-exchange-grad-program-withdrawn-sydney', items, lab(u, [iv(
        'Calder Wynn', '2027 Graduate Program (Audit & Assurance)', s, e, 'cancelled',
        ['daniel.okoro@calder-wynn.example'], ['daniel.okoro@calder-wynn.example'], 'other')],
        'hard', 'positive/cancellation',
        'Exchange invite with Windows TZID "AUS Eastern Standard Time" two days after Sydney DST starts (+11:00; '
        'the "(UTC+10:00)" label is the zone name, not the offset); candidate withdraws; METHOD:CANCEL.'))


# 13 Career-centre on-campus interview schedule, forwarded from school address, HTML-only
def c13():
    u = 'jordan.whitlow@example.com'
    school = 'jwhitlow@students.lakeshore-state.example'
    tz = 'America/Chicago'
    s = dt(2026, 2, 25, 13, 30, tz); e = s + timedelta(minutes=30)
    html = f"""<div dir="ltr">fwd to personal so I don't lose it<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
From: <b>Lakeshore State Career Center</b> &lt;careercenter-noreply@lakeshore-state.example&gt;<br>
Date: Thu, Feb 19, 2026 at 3:02 PM<br>
Subject: On-Campus Interview Schedule Confirmation - Ridgeway Engineering<br>
To: &lt;{school}&gt;<br></div><br>
<table style="font-family:Verdana;font-size:12px" cellpadding="3">
<tr><td colspan="2"><h3 style="color:#4b2e83">LSU Career Center &ndash; On-Campus Recruiting</h3></td></tr>
<tr><td colspan="2">Dear Jordan Whitlow,<br>You have successfully signed up for the following interview
schedule. Please arrive 10 minutes early and check in at the front desk.</td></tr>
<tr><td><b>Employer:</b></td><td>Ridgeway Engineering Group</td></tr>
<tr><td><b>Position:</b></td><td>Civil Engineering Co-op / Intern (Summer 2026)</td></tr>
<tr><td><b>Schedule Date:</b></td><td>02/25/2026</td></tr>
<tr><td><b>Time Slot:</b></td><td>1:30 PM - 2:00 PM (Central)</td></tr>
<tr><td><b>Room:</b></td><td>Interview Room 214, Harlan Student Success Center</td></tr>
<tr><td><b>Interviewer(s):</b></td><td>Tom Bessler, P.E. (tbessler@ridgeway-eng.example)</td></tr>
</table>
<p style="font-size:11px;color:#666">To cancel, log in to the career portal at least 2 business days before
the schedule date. Late cancellations and no-shows may result in suspension of on-campus recruiting
privileges.<br>Lakeshore State University Career Center &middot; 500 College Ave &middot; (312) 555-0170</p>
</div></div>"""
    items = {'01-fwd-on-campus-interview.eml': email(
        u, dt(2026, 2, 19, 15, 20, tz), f'Jordan Whitlow <{school}>', f'Jordan Whitlow <{u}>',
        'Fwd: On-Campus Interview Schedule Confirmation - Ridgeway Engineering', html=html)}
    case('b27-13-career-centre-on-campus-interview-fwd', items, lab(u, [iv(
        'Ridgeway Engineering Group', 'Civil Engineering Co-op / Intern (Summer 2026)', s, e, 'scheduled',
        ['tbessler@ridgeway-eng.example'], ['tbessler@ridgeway-eng.example'], 'phone_screen')],
        'medium', 'positive/forwarded-career-centre',
        'HTML-only forward of a Symplicity-style on-campus interview slot, 02/25/2026 1:30-2:00 PM Central '
        '(-06:00); interviewer address in the table.'))


# =====================================================================================
# NEGATIVES
# =====================================================================================

def n14():
    u = 'amara.osei-bonsu@example.com'
    tz = 'America/Detroit'
    s = dt(2026, 2, 11, 11, 0, tz); e = dt(2026, 2, 11, 16, 0, tz)
    t = """Hi Amara,

You're registered for the Winter Engineering & Technology Career Fair!

Wednesday, February 11, 2026 | 11:00 AM - 4:00 PM ET
Northbrook University - Duderstadt Commons, Ballrooms A-C

120+ employers are attending, and many will be scheduling next-day interviews on site, so bring
several copies of your resume and be ready to talk about the roles you're interested in.

Tips: research employers in advance on Handshake, prepare a 30-second pitch, dress business casual.

Add to calendar: attached.

Northbrook University Career Center
Questions? careers@northbrook.example
"""
    cal = calendar('PUBLISH', '-//Handshake//Events//EN', [vevent(
        'fair-88321-aob@handshake.example', s, e, 'Winter Engineering & Technology Career Fair', None, [],
        description='Career fair. Bring resumes. Employers may schedule interviews on site.',
        location='Duderstadt Commons, Ballrooms A-C', stamp=dt(2026, 1, 28, 9, 0, tz))])
    items = {'01-career-fair-registration.eml': email(
        u, dt(2026, 1, 28, 9, 14, tz), 'Handshake <events@notifications.handshake.example>', u,
        "You're registered: Winter Engineering & Technology Career Fair", text=t, cal=cal, cal_inline=False,
        cal_attach_name='career-fair.ics', cal_method='PUBLISH')}
    case('b27-14-neg-career-fair-registration', items, lab(u, [], 'medium', 'negative/career-fair',
         'Career-fair RSVP with .ics mentioning interviews; attending a fair is not an interview.'))


def n15():
    u = 'felix.marchetti@mail.example'
    tz = 'Europe/London'
    s = dt(2026, 11, 4, 14, 0, tz); e = s + timedelta(minutes=45)
    t = """Dear Felix,

Your appointment with the Careers Service is confirmed.

Appointment type: Mock interview (Finance / Investment Banking)
Adviser: Gwen Ashdown, Careers Consultant
Date: Wednesday 4 November 2026
Time: 14:00 - 14:45
Location: Careers Service, Level 2, Student Hub (or Teams if you change the format)

Please send the job description of the role you are preparing for to gwen.ashdown@careers.calderbridge.example
at least 24 hours in advance so your adviser can tailor the interview questions. You will receive
written feedback after the session.

Need to cancel? Please give 24 hours' notice via the careers portal.

Calderbridge University Careers Service
"""
    cal = calendar('REQUEST', '-//Calderbridge University//CareersHub//EN', [vevent(
        'careershub-appt-55120@calderbridge.example', s, e, 'Mock interview - Finance (Careers Service)',
        ('Careers Service', 'careers-noreply@calderbridge.example'),
        [('Felix Marchetti', u, 'REQ-PARTICIPANT'), ('Gwen Ashdown', 'gwen.ashdown@careers.calderbridge.example',
                                                     'REQ-PARTICIPANT')],
        description='Mock interview practice with a careers consultant.', location='Student Hub, Level 2',
        stamp=dt(2026, 10, 28, 10, 0, tz))])
    items = {'01-mock-interview-booked.eml': email(
        u, dt(2026, 10, 28, 10, 3, tz), 'Calderbridge Careers Service <careers-noreply@calderbridge.example>', u,
        'Appointment confirmed: Mock interview (Finance)', text=t, cal=cal)}
    case('b27-15-neg-careers-service-mock-interview', items, lab(u, [], 'hard', 'negative/mock-interview',
         'Careers-service mock interview with a calendar invite and an adviser; practice, not a hiring process.'))


def n16():
    u = 'sofia.reinholt@example.com'
    tz = 'America/New_York'
    s = dt(2026, 3, 5, 16, 0, tz); e = s + timedelta(minutes=30)
    org = ('Career Development Office', 'cdo.events@harwick-college.example')
    desc = ("Alumni Coffee Chats - Consulting Edition\nYou have been matched with Priyanka Shah '19 "
            "(Senior Associate, Bellrow Partners) for an informal 30-minute coffee chat. This is a networking "
            "conversation organised by the CDO - it is not part of any firm's recruiting process and nothing "
            "you say is evaluated. Bring questions about the industry!\nZoom: https://harwick.zoom.example/j/81220")
    cal = calendar('REQUEST', '-//Google Inc//Google Calendar 70.9054//EN', [vevent(
        'cdo-coffee-0305-sr@google.com', s, e, "Alumni Coffee Chat: Sofia Reinholt <> Priyanka Shah '19",
        org, [(org[0], org[1], 'REQ-PARTICIPANT'), ('Priyanka Shah', 'pshah@bellrow.example', 'REQ-PARTICIPANT'),
              ('Sofia Reinholt', u, 'REQ-PARTICIPANT')], description=desc,
        stamp=dt(2026, 2, 26, 12, 0, tz))])
    text = f"""Alumni Coffee Chat: Sofia Reinholt <> Priyanka Shah '19
Thursday Mar 5, 2026 ⋅ 4pm – 4:30pm
Eastern Time - New York

{desc}

Organizer
Career Development Office
{org[1]}

Guests
Priyanka Shah
Sofia Reinholt

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
    items = {'01-invitation-alumni-coffee-chat.eml': email(
        u, dt(2026, 2, 26, 12, 0, tz), f'{org[0]} <{org[1]}>', u,
        f"Invitation: Alumni Coffee Chat: Sofia Reinholt <> Priyanka Shah '19 @ Thu Mar 5, 2026 4pm - 4:30pm (EST) ({u})",
        text=text, sender='Google Calendar <calendar-notification@google.com>', cal=cal,
        cal_attach_name='invite.ics')}
    case('b27-16-neg-career-centre-alumni-coffee-chat', items, lab(u, [], 'hard', 'negative/networking',
         'Career-office coffee chat with an alumna at a consulting firm, explicitly not a recruiting step.'))


def n17():
    u = 'ravi.subramanian@mail.example'
    tz = 'America/New_York'
    html = """<html><body style="font-family:Georgia,serif">
<h2>Thanks for registering, Ravi!</h2>
<p><b>Pellham Stroud &ndash; Investment Banking Summer Analyst Info Session &amp; Recruiting Q&amp;A</b></p>
<p>Wednesday, September 9, 2026 &middot; 6:00&ndash;7:00 PM ET &middot; Zoom webinar</p>
<p>Meet analysts and associates from our New York office, hear how our recruiting timeline works, and get
tips on what our first-round interviews look like. Applications for the 2027 Summer Analyst program open the
same night.</p>
<p><a href="https://pellhamstroud.zoom.example/w/9921">Join the webinar</a> &middot;
<a href="https://events.pellhamstroud.example/ics/9921">Add to calendar</a></p>
<p style="font-size:11px;color:#777">Pellham Stroud Campus Recruiting. You are receiving this message because
you registered for an event. Unsubscribe.</p></body></html>"""
    items = {'01-info-session-registration.eml': email(
        u, dt(2026, 9, 1, 10, 30, tz), 'Pellham Stroud Campus Recruiting <campus-events@pellhamstroud.example>',
        u, 'Registration confirmed: IB Summer Analyst Info Session (Sep 9)', html=html, html_cte='base64')}
    case('b27-17-neg-bank-info-session', items, lab(u, [], 'medium', 'negative/info-session',
         'Employer info session/webinar registration that talks about interviews; base64 HTML only.'))


def n18():
    u = 'dev.acharya.2027@example.com'
    tz = 'America/New_York'
    t = """Dear Candidate,

Thank you for your interest in the Ashford Meyer 2027 Summer Analyst Program (Investment Banking).

As the next step, we invite you to complete a HireVue On Demand video interview. You will be asked five
questions and will have 30 seconds to prepare and up to 2 minutes to record each answer. There is no
live interviewer.

Please complete your interview by Friday, October 2, 2026 at 11:59 PM ET:
https://app.hirevue.example/i/AM2027IB/7hQ2x

Tips: find a quiet, well-lit space; test your equipment with the practice questions first.

Best regards,
Ashford Meyer Campus Recruiting
This mailbox is not monitored.
"""
    t2 = """Reminder: your Ashford Meyer video interview is due in 48 hours (Fri Oct 2, 11:59 PM ET).
Start now: https://app.hirevue.example/i/AM2027IB/7hQ2x
"""
    items = {
        '01-hirevue-on-demand-invite.eml': email(u, dt(2026, 9, 25, 14, 0, tz),
                                                 'Ashford Meyer Campus Recruiting <noreply@hirevue.example>', u,
                                                 'Ashford Meyer - Next step: Video Interview', text=t),
        '02-hirevue-reminder.eml': email(u, dt(2026, 9, 30, 23, 59, tz),
                                         'Ashford Meyer Campus Recruiting <noreply@hirevue.example>', u,
                                         'Reminder: Complete your Ashford Meyer interview', text=t2),
    }
    case('b27-18-neg-hirevue-recorded-video-interview', items, lab(u, [], 'hard', 'negative/one-way-video',
         'HireVue On Demand (recorded, no live interviewer) with a deadline and a reminder.'))


def n19():
    u = 'lucy.harrowgate@mail.example'
    tz = 'Europe/London'
    t = """Dear Lucy,

Thank you for applying to the Thornbury Rail Engineering Graduate Scheme 2026.

We're pleased to let you know you've progressed to the next stage: our online assessments. You'll complete
a numerical reasoning test (25 minutes) and a situational judgement test (approx. 30 minutes).

Please complete both by 23:59 on Sunday 8 March 2026 (UK time):
https://assess.thornbury-rail.example/candidate/TRG26-44102

Candidates who are successful at this stage will be invited to a video interview and then to our
assessment centre in April. If you need reasonable adjustments (e.g. extra time), contact the Early Careers
team at earlycareers@thornbury-rail.example before starting.

Good luck!
Thornbury Rail Early Careers Team
"""
    items = {'01-online-assessment-invite.eml': email(
        u, dt(2026, 3, 1, 9, 30, tz), 'Thornbury Rail Early Careers <no-reply@thornbury-rail.example>', u,
        'Next stage: Online assessments - Graduate Scheme 2026', text=t)}
    case('b27-19-neg-graduate-online-tests', items, lab(u, [], 'medium', 'negative/online-assessment',
         'Online numerical/SJT tests with a deadline; future interview and assessment centre only mentioned.'))


def n20():
    u = 'devontae.mabry@example.com'
    tz = 'America/Denver'
    t1 = """Hi Devontae,

Thanks for applying to Pinecrest Outfitters (Boulder)! We're holding OPEN INTERVIEWS for seasonal
sales associates:

  Tuesday 10-2, no appointment needed
  Pinecrest Outfitters, 1820 Pearl St, Boulder CO

Just stop by any time in that window and ask for a manager. Bring a resume if you have one and your
availability for the season.

Pinecrest Outfitters Hiring | Text JOBS to 55123
Powered by Snagajob
"""
    t2 = """[SMS copy] Pinecrest Outfitters: Don't forget - open interviews tomorrow 10am-2pm at our Pearl St store. Walk-ins welcome, no need to book! Reply STOP to opt out.
"""
    items = {
        '01-open-interviews-invite.eml': email(u, dt(2026, 5, 8, 13, 0, tz),
                                               'Pinecrest Outfitters Hiring <hiring@alerts.snagajob.example>', u,
                                               'Open interviews Tuesday - Seasonal Sales Associate', text=t1),
        '02-sms-copy-reminder.eml': email(u, dt(2026, 5, 11, 17, 30, tz),
                                          'Pinecrest Outfitters Hiring <hiring@alerts.snagajob.example>', u,
                                          'Text message: Pinecrest Outfitters', text=t2),
    }
    case('b27-20-neg-open-interviews-walk-in', items, lab(u, [], 'hard', 'negative/open-interviews',
         'Walk-in hiring event "Tuesday 10-2, no appointment needed" + SMS reminder; no slot booked.'))


def n21():
    u = 'mei.lin.zhao@example.com'
    tz = 'America/Los_Angeles'
    t = """Hi Mei Lin,

Congratulations! Following your interviews with our team last week, I'm thrilled to offer you a position as
Product Design Intern at Corvid Labs for Summer 2026 (June 15 - August 28, 2026).

Compensation: $48/hour, 40 hours/week, plus a housing stipend of $2,500/month.
Location: San Jose HQ (hybrid, 3 days in office)

Your offer letter is attached via DocuSign. Please sign by Friday, March 20, 2026. If you'd like to talk
through the offer, I'm happy to hop on a call - just grab a time on my calendar:
https://cal.corvidlabs.example/hannah-lee/15min

We're so excited to have you!

Hannah Lee
University Recruiter | Corvid Labs
hannah.lee@corvidlabs.example | (408) 555-0121
"""
    items = {'01-internship-offer.eml': email(
        u, dt(2026, 3, 9, 12, 15, tz), 'Hannah Lee <hannah.lee@corvidlabs.example>', u,
        'Your Corvid Labs internship offer!', text=t)}
    case('b27-21-neg-internship-offer', items, lab(u, [], 'medium', 'negative/offer',
         'Internship offer after interviews, with an optional unbooked call link.'))


def n22():
    u = 'samir.elkhoury@example.com'
    tz = 'America/Toronto'
    m1 = '<prof-ref-0212@uni-lakeview.example>'
    t1 = """Hi Samir,

Quick heads-up: I received a reference request from Northway Civic Design about your application for their
Urban Planning Intern role. Their recruiter, Colette Baptiste, asked to schedule a 15-minute reference call
with me on Thursday at 2 pm, and I've accepted.

I'm glad to speak on your behalf. Could you send me your updated CV and the job posting so I can mention
the most relevant parts of your studio work? And good luck in the interview process!

Best,
Prof. Helena Draskovic
Department of Geography & Planning, University of Lakeview
Office: Ramsay Hall 412 | 416-555-0163
"""
    t2 = """Thank you so much, Professor Draskovic! CV and posting attached. I really appreciate it.

Samir

On Thu, Feb 12, 2026 at 9:48 AM Helena Draskovic <h.draskovic@uni-lakeview.example> wrote:
> I received a reference request from Northway Civic Design about your application for their
> Urban Planning Intern role.
"""
    items = {
        '01-professor-reference-request.eml': email(u, dt(2026, 2, 12, 9, 48, tz),
                                                    'Helena Draskovic <h.draskovic@uni-lakeview.example>', u,
                                                    'Reference call for Northway Civic Design', text=t1,
                                                    msgid=m1),
        '02-student-reply.eml': email(u, dt(2026, 2, 12, 10, 20, tz), f'Samir El Khoury <{u}>',
                                      'Helena Draskovic <h.draskovic@uni-lakeview.example>',
                                      'Re: Reference call for Northway Civic Design', text=t2, in_reply_to=m1,
                                      references=m1),
    }
    case('b27-22-neg-professor-reference-call', items, lab(u, [], 'hard', 'negative/reference-check',
         'Professor tells the student about a reference call (Thursday at 2 pm) between the professor and the '
         'employer; the student is not on the call.'))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for old in HERE.glob('b27-*'):
        if old.is_dir():
            shutil.rmtree(old)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in items.items():
            (d / name).write_bytes(data if isinstance(data, bytes) else data.encode('utf-8'))
    with open(HERE / 'labels.yaml', 'w', encoding='utf-8') as fh:
        fh.write('# blind27 labels (early careers & hourly jobs). Generated by make_cases.py.\n')
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == '__main__':
    main()
