#!/usr/bin/env python3
"""Deterministic generator for the blind33 evaluation set (scheduling tools and mail clients).

Rewrites every b33-* case folder and labels.yaml next to this file. stdlib + PyYAML + zoneinfo only.
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
TZ = {k: ZoneInfo(v) for k, v in {
    'CHI': 'America/Chicago', 'LON': 'Europe/London', 'TYO': 'Asia/Tokyo', 'AMS': 'Europe/Amsterdam',
    'SYD': 'Australia/Sydney', 'BER': 'Europe/Berlin', 'LA': 'America/Los_Angeles', 'KOL': 'Asia/Kolkata',
    'PHX': 'America/Phoenix', 'TOR': 'America/Toronto', 'SAO': 'America/Sao_Paulo', 'AKL': 'Pacific/Auckland',
    'PAR': 'Europe/Paris', 'SGP': 'Asia/Singapore', 'NY': 'America/New_York', 'DEN': 'America/Denver',
}.items()}


def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ[tz])


def iso(dt):
    return dt.isoformat() if dt else None


def utcstamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur, first = [], b'', True
    for ch in line:
        e = ch.encode('utf-8')
        lim = 75 if first else 74
        if len(cur) + len(e) > lim:
            out.append(cur.decode('utf-8'))
            cur, first = b'', False
        cur += e
    out.append(cur.decode('utf-8'))
    return '\r\n '.join(out)


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def vtimezone(tzid, iana):
    """VTIMEZONE with offsets computed from zoneinfo (2026 rules)."""
    z = ZoneInfo(iana)
    jan = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    jul = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()

    def off(td):
        m = int(td.total_seconds() // 60)
        sign = '+' if m >= 0 else '-'
        m = abs(m)
        return f'{sign}{m // 60:02d}{m % 60:02d}'
    std, dst = (jan, jul) if jan <= jul else (jul, jan)
    if std == dst:
        return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
                f'TZOFFSETFROM:{off(std)}', f'TZOFFSETTO:{off(std)}', 'END:STANDARD', 'END:VTIMEZONE']
    if iana.startswith('America/'):  # US rules: 2nd Sunday March / 1st Sunday November
        rs, rd = 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3'
        ts, td = 'DTSTART:16010101T020000', 'DTSTART:16010101T020000'
    else:  # EU rules: last Sunday October / March
        rs, rd = 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3'
        ts, td = 'DTSTART:16010101T030000', 'DTSTART:16010101T020000'
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', ts, f'TZOFFSETFROM:{off(dst)}', f'TZOFFSETTO:{off(std)}', rs, 'END:STANDARD',
            'BEGIN:DAYLIGHT', td, f'TZOFFSETFROM:{off(std)}', f'TZOFFSETTO:{off(dst)}', rd, 'END:DAYLIGHT',
            'END:VTIMEZONE']


def ics(uid, start, end, summary, organizer, attendees, method='REQUEST', seq=0, status='CONFIRMED',
        mode='utc', tzid=None, iana=None, description=None, location=None, prodid='-//Example//Scheduler//EN',
        stamp=None, extra=()):
    """mode: utc | tzid | floating. organizer/attendees: (name, email)."""
    L = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN', f'METHOD:{method}']
    if mode == 'tzid':
        L += vtimezone(tzid, iana)
    L += ['BEGIN:VEVENT']

    def dt(name, v):
        if mode == 'utc':
            return f'{name}:{utcstamp(v)}'
        if mode == 'tzid':
            return f'{name};TZID={tzid}:{local(v)}'
        return f'{name}:{local(v)}'
    L.append(dt('DTSTART', start))
    if end:
        L.append(dt('DTEND', end))
    L += [f'DTSTAMP:{utcstamp(stamp or start - timedelta(days=3))}', f'UID:{uid}', f'SEQUENCE:{seq}',
          f'SUMMARY:{esc(summary)}']
    if organizer:
        L.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for n, e in attendees:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="{n}":mailto:{e}')
    if description:
        L.append(f'DESCRIPTION:{esc(description)}')
    if location:
        L.append(f'LOCATION:{esc(location)}')
    L.append(f'STATUS:{status}')
    L += list(extra)
    L += ['TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'


_mid = [0]


def mail(frm, to, subject, date, plain=None, html=None, cal=None, cal_method='REQUEST', attach=None,
         owner=None, cc=None, reply_to=None, headers=(), cte=None, html_cte=None, msgid=None,
         in_reply_to=None, references=None, cal_inline=True, sender=None):
    m = EmailMessage()
    m['Delivered-To'] = owner
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    if sender:
        m['Sender'] = sender
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    _mid[0] += 1
    m['Message-ID'] = msgid or f'<b33.{_mid[0]:04d}.{int(date.timestamp())}@{frm.split("@")[-1].rstrip(">")}>'
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
    if references:
        m['References'] = references
    for k, v in headers:
        m[k] = v
    if plain is not None:
        m.set_content(plain, cte=cte) if cte else m.set_content(plain)
        if html is not None:
            m.add_alternative(html, subtype='html', cte=html_cte) if html_cte else m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html', cte=html_cte) if html_cte else m.set_content(html, subtype='html')
    if cal is not None and cal_inline:
        m.add_alternative(cal, subtype='calendar', params={'method': cal_method}, cte='base64')
    if attach:
        if m.get_content_type().startswith('multipart/alternative') or m.get_content_maintype() == 'text':
            m.make_mixed()
        for fname, data in attach:
            m.add_attachment(data.encode('utf-8'), maintype='text', subtype='calendar', filename=fname,
                             params={'method': cal_method} if False else {})
    return m


CASES = {}
LABELS = {}


def case(cid, owner, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {'user': owner, 'interview': bool(interviews), 'interviews': interviews,
                   'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients), 'kind': kind}


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def h12(dt):
    return dt.strftime('%I:%M %p').lstrip('0')


# ---------------------------------------------------------------- C01 Slotwise recruiter screen, Monday after US DST
def c01():
    o = 'lena.whitcombe@example.com'
    rec = ('Marcus Okoro', 'marcus.okoro@brightfern.example')
    s, e = T('CHI', 2026, 3, 9, 10, 0), T('CHI', 2026, 3, 9, 10, 30)
    cal = ics('sw-7f3a91c2e0@slotwise.example', s, e, '30 Minute Recruiter Screen between Marcus Okoro and Lena Whitcombe',
              rec, [rec, ('Lena Whitcombe', o)], prodid='-//Slotwise//Bookings 4.2//EN',
              description='Event Name: 30 Minute Recruiter Screen\n\nPhone call. Marcus will call you at +1 312 555 0148.\n\n'
                          'Brightfern Analytics - Senior Data Analyst\n\nNeed to make changes? https://slotwise.example/reschedulings/7f3a91c2',
              location='Phone call: Marcus will call +1 312 555 0148', stamp=T('CHI', 2026, 3, 5, 15, 12))
    plain = """Hi Lena Whitcombe,

A new event has been scheduled.

Event Type:
30 Minute Recruiter Screen

Invitee:
Lena Whitcombe

Invitee Email:
lena.whitcombe@example.com

Event Date/Time:
10:00am - Monday, March 9, 2026 (Central Time - US & Canada)

Location:
Marcus Okoro will call you at +1 312 555 0148

Questions:
Which role are you interested in? Senior Data Analyst

Host:
Marcus Okoro, Talent Partner, Brightfern Analytics

Cancel: https://slotwise.example/cancellations/7f3a91c2
Reschedule: https://slotwise.example/reschedulings/7f3a91c2

Powered by Slotwise
"""
    html = plain.replace('\n\n', '</p><p>').replace('\n', '<br>')
    html = f'<html><body style="font-family:Helvetica,Arial,sans-serif"><p>{html}</p></body></html>'
    m1 = mail('Slotwise <notifications@slotwise.example>', 'Lena Whitcombe <lena.whitcombe@example.com>',
              'New Event: Lena Whitcombe - 10:00am Mon, Mar 9, 2026 - 30 Minute Recruiter Screen',
              T('CHI', 2026, 3, 5, 15, 12, 41), plain, html, owner=o, reply_to=f'{rec[0]} <{rec[1]}>',
              attach=[('invite.ics', cal)])
    p2 = """Hi Lena,

This is a friendly reminder that your event is coming up.

30 Minute Recruiter Screen with Marcus Okoro
Tomorrow, 10:00am - 10:30am (Central Time - US & Canada)

Reminder: most of the US switched to daylight saving time today. The time above is already adjusted.

Marcus Okoro will call you at +1 312 555 0148.

Reschedule or cancel: https://slotwise.example/reschedulings/7f3a91c2
"""
    m2 = mail('Slotwise <notifications@slotwise.example>', o, 'Reminder: 30 Minute Recruiter Screen with Marcus Okoro is tomorrow',
              T('CHI', 2026, 3, 8, 10, 0, 3), p2, owner=o, reply_to=f'{rec[0]} <{rec[1]}>')
    case('b33-01-slotwise-recruiter-screen-after-us-dst', o, [('01-new-event-slotwise.eml', m1), ('02-reminder-tomorrow.eml', m2)],
         [iv('Brightfern Analytics', 'Senior Data Analyst', s, e, 'scheduled', [rec[1]], [rec[1]], 'phone_screen')],
         'medium', 'positive/booking-tool-confirmation',
         'Calendly-like booking mail (plain+html, invite.ics in UTC) + reminder; Monday right after US DST start -> -05:00.')


# ---------------------------------------------------------------- C02 Tempora onsite itinerary (HTML only) London
def c02():
    o = 'rafael.quintero@mail.example'
    coord = ('Priya Raman', 'priya.raman@hallowayfinch.example')
    sessions = [
        ('09:30', '10:15', 'System design', 'Oliver Grant', 'oliver.grant@hallowayfinch.example', 'Principal Engineer'),
        ('10:15', '11:00', 'Live coding (pairing)', 'Aisha Bello', 'aisha.bello@hallowayfinch.example', 'Senior Engineer'),
        ('11:00', '12:00', 'Lunch with the team (not assessed)', '', '', ''),
        ('12:00', '12:45', 'Hiring manager conversation', 'Tom Kerridge', 'tom.kerridge@hallowayfinch.example', 'Engineering Manager, Platform'),
        ('12:45', '13:15', 'Ways of working', 'Niamh Doyle', 'niamh.doyle@hallowayfinch.example', 'People Partner'),
    ]
    rows = ''.join(
        f'<tr><td style="padding:6px 12px;border-bottom:1px solid #e5e5e5">{a}&nbsp;&ndash;&nbsp;{b}</td>'
        f'<td style="padding:6px 12px;border-bottom:1px solid #e5e5e5"><b>{t}</b></td>'
        f'<td style="padding:6px 12px;border-bottom:1px solid #e5e5e5">{(n + "<br><span style=color:#777>" + r + "</span>") if n else "&mdash;"}</td></tr>'
        for a, b, t, n, em, r in sessions)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your interview itinerary</title></head>
<body style="margin:0;background:#f4f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:24px"><img src="https://cdn.tempora.example/brand/hallowayfinch.png" alt="Halloway Finch" height="28"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:normal">Hi Rafael, your interviews are confirmed</h2>
<p>Thank you for making time to meet the Platform team for the <b>Staff Platform Engineer</b> role. Below is your itinerary for
<b>Thursday 2 April 2026</b>. All times are shown in <b>British Summer Time (London, BST)</b>.</p>
<p>Location: Halloway Finch, 4th floor, 18 Quayside Walk, London E14 9XR (ask for Priya at reception).</p></td></tr>
<tr><td style="padding:0 24px"><table cellpadding="0" cellspacing="0" style="width:100%;font-size:14px">
<tr style="background:#f0f2f5"><th align="left" style="padding:6px 12px">Time (BST)</th><th align="left" style="padding:6px 12px">Session</th><th align="left" style="padding:6px 12px">Interviewer</th></tr>
{rows}</table></td></tr>
<tr><td style="padding:16px 24px"><p>Your interviewers: Oliver Grant (oliver.grant@hallowayfinch.example), Aisha Bello (aisha.bello@hallowayfinch.example),
Tom Kerridge (tom.kerridge@hallowayfinch.example) and Niamh Doyle (niamh.doyle@hallowayfinch.example).</p>
<p>If anything changes, reply to this email and it will reach your coordinator, Priya Raman.</p>
<p style="color:#888;font-size:12px">Sent by Tempora on behalf of Halloway Finch Ltd &middot; <a href="https://tempora.example/c/8Hk2">Manage preferences</a></p></td></tr>
</table></td></tr></table></body></html>"""
    m1 = mail('Halloway Finch Recruiting <scheduling@tempora.example>', f'Rafael Quintero <{o}>',
              'Your interview itinerary: Staff Platform Engineer, Thursday 2 April', T('LON', 2026, 3, 25, 16, 47),
              html=html, html_cte='quoted-printable', owner=o, reply_to=f'{coord[0]} <{coord[1]}>')
    p2 = """Hi Priya,

Thanks, all looks good. I'll be there for 9:30 on Thursday. Is there step-free access at Quayside Walk?

Best,
Rafael

________________________________
From: Halloway Finch Recruiting <scheduling@tempora.example>
Sent: Wednesday, March 25, 2026 4:47 PM
To: Rafael Quintero <rafael.quintero@mail.example>
Subject: Your interview itinerary: Staff Platform Engineer, Thursday 2 April

Hi Rafael, your interviews are confirmed
Thank you for making time to meet the Platform team for the Staff Platform Engineer role. Below is your itinerary for Thursday 2 April 2026. All times are shown in British Summer Time (London, BST).
"""
    m2 = mail(f'Rafael Quintero <{o}>', f'{coord[0]} <{coord[1]}>', 'RE: Your interview itinerary: Staff Platform Engineer, Thursday 2 April',
              T('LON', 2026, 3, 25, 19, 3), p2, owner=o, in_reply_to=m1['Message-ID'], references=m1['Message-ID'],
              headers=[('X-Mailer', 'Outlook-Web')])
    s, e = T('LON', 2026, 4, 2, 9, 30), T('LON', 2026, 4, 2, 13, 15)
    ivs = [x[4] for x in sessions if x[4]]
    case('b33-02-tempora-onsite-itinerary-html-only', o, [('01-itinerary.eml', m1), ('02-reply-outlook-web.eml', m2)],
         [iv('Halloway Finch', 'Staff Platform Engineer', s, e, 'scheduled', ivs, ivs, 'onsite')],
         'hard', 'positive/onsite-itinerary',
         'GoodTime-like HTML-only (quoted-printable) itinerary table, 4 sessions + lunch, sent in GMT week for a BST day -> one onsite 09:30-13:15 +01:00.')


# ---------------------------------------------------------------- C03 Loopwise reschedule, Tokyo
def c03():
    o = 'haruto.sena@example.com'
    coord = ('Yuki Morimoto', 'y.morimoto@kiriko.example')
    d1 = ('Daniel Osei', 'd.osei@kiriko.example')
    d2 = ('Mei Tanaka', 'm.tanaka@kiriko.example')
    s0, e0 = T('TYO', 2026, 3, 17, 14), T('TYO', 2026, 3, 17, 15)
    s1, e1 = T('TYO', 2026, 3, 19, 14), T('TYO', 2026, 3, 19, 15)
    uid = 'lw-2f81c0d4-kiriko@loopwise.example'
    desc = 'Technical interview (embedded C / RTOS) for Embedded Software Engineer.\nJoin: https://meet.kiriko.example/j/55190'
    c1 = ics(uid, s0, e0, 'Kiriko Robotics - Technical Interview - Haruto Sena', coord, [d1, ('Haruto Sena', o)],
             mode='tzid', tzid='Asia/Tokyo', iana='Asia/Tokyo', description=desc, prodid='-//Loopwise//Scheduler//EN',
             stamp=T('TYO', 2026, 3, 10, 11))
    c2 = ics(uid, s1, e1, 'Kiriko Robotics - Technical Interview - Haruto Sena', coord, [d2, ('Haruto Sena', o)],
             seq=1, mode='tzid', tzid='Asia/Tokyo', iana='Asia/Tokyo', description=desc, prodid='-//Loopwise//Scheduler//EN',
             stamp=T('TYO', 2026, 3, 13, 17, 30))
    p1 = """瀬名 様 / Hi Haruto,

面接日程が確定しました。 Your interview is confirmed.

  Company:      Kiriko Robotics
  Position:     Embedded Software Engineer
  Interview:    Technical Interview (60 min)
  Date:         2026年3月17日(火) / Tue, Mar 17, 2026
  Time:         14:00〜15:00 (日本時間 JST)
  Interviewer:  Daniel Osei, Firmware Lead
  Video link:   https://meet.kiriko.example/j/55190

A calendar invite is attached. Questions? Reply to this message to reach Yuki Morimoto (Recruiting Coordinator).

-- 
Sent via Loopwise for Kiriko Robotics
"""
    m1 = mail('Kiriko Robotics via Loopwise <no-reply@loopwise.example>', o,
              '【面接確定】Technical Interview - Kiriko Robotics (3/17 14:00 JST)', T('TYO', 2026, 3, 10, 11, 5),
              p1, owner=o, reply_to=f'{coord[0]} <{coord[1]}>', attach=[('interview.ics', c1)], cte='base64')
    p2 = """瀬名 様 / Hi Haruto,

面接日時が変更になりました。 Your interview has been RESCHEDULED.

  Previous:     Tue, Mar 17, 2026 14:00〜15:00 JST  (cancelled)
  New time:     2026年3月19日(木) / Thu, Mar 19, 2026, 14:00〜15:00 (日本時間 JST)
  Interviewer:  Mei Tanaka, Senior Firmware Engineer (replacing Daniel Osei)
  Video link:   https://meet.kiriko.example/j/55190 (unchanged)

Sorry for the change - Daniel is travelling that week. The updated invite is attached.

-- 
Sent via Loopwise for Kiriko Robotics
"""
    m2 = mail('Kiriko Robotics via Loopwise <no-reply@loopwise.example>', o,
              '【日程変更】Updated: Technical Interview - Kiriko Robotics (3/19 14:00 JST)', T('TYO', 2026, 3, 13, 17, 32),
              p2, owner=o, reply_to=f'{coord[0]} <{coord[1]}>', attach=[('interview.ics', c2)], cte='base64')
    case('b33-03-loopwise-reschedule-tokyo', o, [('01-confirmed.eml', m1), ('02-rescheduled.eml', m2)],
         [iv('Kiriko Robotics', 'Embedded Software Engineer', s1, e1, 'scheduled', [d2[1]], [d2[1]], 'technical')],
         'medium', 'positive/reschedule',
         'ModernLoop-like bilingual JA/EN base64 mails; SEQUENCE 1 moves to Thu 19 Mar and swaps the interviewer.')


# ---------------------------------------------------------------- C04 Bookings HM interview cancelled (Amsterdam, label UTC+01:00)
def c04():
    o = 'sofie.vandermeer@mail.example'
    hm = ('Jeroen Bakker', 'jeroen.bakker@dijkstramobility.example')
    box = ('Dijkstra Mobility Careers', 'careers-bookings@dijkstramobility.example')
    s, e = T('AMS', 2026, 4, 2, 15), T('AMS', 2026, 4, 2, 15, 45)
    uid = '040000008200E00074C5B7101A82E00800000000B0D3C1A2F4B9DC01000000000000000010000000'
    ex = ['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY']
    c1 = ics(uid, s, e, 'Kennismakingsgesprek Product Owner Charging', box, [hm, ('Sofie van der Meer', o)], mode='tzid',
             tzid='W. Europe Standard Time', iana='Europe/Amsterdam', prodid='Microsoft Exchange Server 2010',
             description='Interview with Jeroen Bakker (Head of Product, Charging) - Product Owner Charging',
             location='Microsoft Teams Meeting', stamp=T('AMS', 2026, 3, 23, 9, 14), extra=ex)
    c2 = ics(uid, s, e, 'Canceled: Kennismakingsgesprek Product Owner Charging', box, [hm, ('Sofie van der Meer', o)],
             method='CANCEL', seq=1, status='CANCELLED', mode='tzid', tzid='W. Europe Standard Time', iana='Europe/Amsterdam',
             prodid='Microsoft Exchange Server 2010', stamp=T('AMS', 2026, 3, 30, 8, 2), extra=ex)
    p1 = """Hello Sofie van der Meer,

Your booking with Dijkstra Mobility Careers is confirmed.

Service: Kennismakingsgesprek / Interview - Product Owner Charging (45 minutes)
Staff: Jeroen Bakker
When: Thursday, April 2, 2026 3:00 PM - 3:45 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

Join Microsoft Teams Meeting
https://teams.microsoft.example/l/meetup-join/19%3ameeting_YzA2
Meeting ID: 381 442 907 115  Passcode: q7Rt2v

Manage booking: https://outlook.office.example/book/DijkstraMobilityCareers@dijkstramobility.example/
"""
    m1 = mail(f'{box[0]} <{box[1]}>', f'Sofie van der Meer <{o}>', 'Booking confirmed: Interview - Product Owner Charging with Jeroen Bakker',
              T('AMS', 2026, 3, 23, 9, 14, 22), p1, cal=c1, owner=o, cte='quoted-printable',
              headers=[('Content-class', 'urn:content-classes:calendarmessage'), ('X-MS-Has-Attach', '')])
    p2 = """Hello Sofie van der Meer,

Your booking with Dijkstra Mobility Careers has been cancelled.

Service: Interview - Product Owner Charging
When: Thursday, April 2, 2026 3:00 PM - 3:45 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

Message from Dijkstra Mobility Careers:
Beste Sofie, helaas moeten we dit gesprek annuleren: de vacature is intern ingevuld. Excuses voor het ongemak.
(Unfortunately we have to cancel: the position has been filled internally.)
"""
    m2 = mail(f'{box[0]} <{box[1]}>', f'Sofie van der Meer <{o}>', 'Canceled: Interview - Product Owner Charging with Jeroen Bakker',
              T('AMS', 2026, 3, 30, 8, 2, 51), p2, cal=c2, cal_method='CANCEL', owner=o,
              headers=[('Content-class', 'urn:content-classes:calendarmessage')])
    case('b33-04-bookings-hm-cancelled-cest', o, [('01-booking-confirmed.eml', m1), ('02-booking-cancelled.eml', m2)],
         [iv('Dijkstra Mobility', 'Product Owner Charging', s, e, 'cancelled', [hm[1]], [hm[1]], 'hiring_manager')],
         'hard', 'positive/cancellation',
         'Microsoft Bookings-like mails with Windows TZID; display label says UTC+01:00 but 2 Apr is CEST (+02:00); then METHOD:CANCEL.')


# ---------------------------------------------------------------- C05 Calbooker + Apple Mail reply, Sydney DST end
def c05():
    o = 'tom.ashdown@example.com'
    lead = ('Chloe Nguyen', 'chloe.nguyen@wattlegum.example')
    s, e = T('SYD', 2026, 4, 7, 9, 30), T('SYD', 2026, 4, 7, 10, 15)
    c1 = ics('cb-ae51f0@calbooker.example', s, e, 'Wattlegum Software - Frontend Developer interview (Tom Ashdown)', lead,
             [lead, ('Tom Ashdown', o)], mode='tzid', tzid='Australia/Sydney', iana='Australia/Sydney',
             prodid='-//Calbooker//EN', stamp=T('SYD', 2026, 3, 30, 16, 20),
             description='45 min technical chat: React, testing, a small code review together.')
    p1 = """Booking confirmed

Wattlegum Software - Frontend Developer interview
with Chloe Nguyen

Tue 7 Apr 2026
09:30 - 10:15 (Australia/Sydney)

Where: Google Meet (link to follow from Chloe)
Booking ref: WG-4471

Need to change? https://wattlegum.calbooker.example/booking/WG-4471

--
Calbooker - online booking made easy
"""
    m1 = mail('Calbooker <bookings@calbooker.example>', o, 'Confirmed: Frontend Developer interview, Tue 7 Apr 09:30',
              T('SYD', 2026, 3, 30, 16, 21), p1, owner=o, reply_to=f'{lead[0]} <{lead[1]}>', attach=[('booking.ics', c1)])
    p2 = """Hi Tom,

Saw your booking come through - looking forward to chatting Tuesday at half nine. Heads up that daylight saving ends this Sunday, so double check your calendar shows 9:30 AEST.

I'll send the Meet link Monday. It'll be me plus a short code review exercise, nothing to prepare.

Cheers,
Chloe

Chloe Nguyen | Engineering Lead
Wattlegum Software | Level 3, 88 Harris St, Pyrmont NSW 2009
m +61 400 555 213
"""
    m2 = mail(f'{lead[0]} <{lead[1]}>', f'Tom Ashdown <{o}>', 'Tuesday interview', T('SYD', 2026, 3, 31, 8, 14), p2, owner=o)
    p3 = f"""Thanks Chloe, 9:30 AEST Tuesday it is. See you then!

Tom

Sent from my iPhone

> On 31 Mar 2026, at 8:14 am, Chloe Nguyen <{lead[1]}> wrote:
> 
{quote(p2)}
"""
    m3 = mail(f'Tom Ashdown <{o}>', f'{lead[0]} <{lead[1]}>', 'Re: Tuesday interview', T('SYD', 2026, 3, 31, 8, 40), p3, owner=o,
              in_reply_to=m2['Message-ID'], references=m2['Message-ID'], headers=[('X-Mailer', 'iPhone Mail (21E236)')])
    case('b33-05-calbooker-sydney-dst-end-apple-reply', o,
         [('01-booking-confirmed.eml', m1), ('02-chloe-heads-up.eml', m2), ('03-reply-apple-mail.eml', m3)],
         [iv('Wattlegum Software', 'Frontend Developer', s, e, 'scheduled', [lead[1]], [lead[1]], 'technical')],
         'medium', 'positive/booking-tool-confirmation',
         'YouCanBookMe-like booking made in AEDT for a slot after Sydney DST end (7 Apr 09:30 +10:00); Apple Mail quoted reply.')


# ---------------------------------------------------------------- C06 German thread, Thunderbird + Outlook desktop
def c06():
    o = 'jonas.reuter@mail.example'
    rec = ('Katrin Albers', 'k.albers@fahrwerk-logistik.example')
    hm = ('Dr. Malte Henning', 'malte.henning@fahrwerk-logistik.example')
    sig = """Mit freundlichen Grüßen
Katrin Albers
Talent Acquisition

Fahrwerk Logistik GmbH
Hafenstraße 41 | 20457 Hamburg
Tel. +49 40 555 2871 0
www.fahrwerk-logistik.example"""
    p1 = f"""Sehr geehrter Herr Reuter,

vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d). Wir würden Sie gern zu einem ersten Vorstellungsgespräch per Microsoft Teams einladen.

Hätten Sie am Dienstag, 31. März, um 14:00 Uhr oder am Mittwoch, 1. April, um 10 Uhr Zeit? Das Gespräch dauert etwa eine Stunde.

{sig}
"""
    m1 = mail(f'{rec[0]} <{rec[1]}>', f'Jonas Reuter <{o}>', 'Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschlag',
              T('BER', 2026, 3, 26, 11, 2), p1, owner=o, cte='quoted-printable')
    p2 = f"""Sehr geehrte Frau Albers,

vielen Dank für die Einladung! Dienstag, der 31. März um 14:00 Uhr passt mir sehr gut.

Viele Grüße
Jonas Reuter

Am 26.03.26 um 11:02 schrieb Katrin Albers:
{quote(p1)}
"""
    m2 = mail(f'Jonas Reuter <{o}>', f'{rec[0]} <{rec[1]}>', 'Re: Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschlag',
              T('BER', 2026, 3, 26, 19, 37), p2, owner=o, in_reply_to=m1['Message-ID'], references=m1['Message-ID'],
              headers=[('User-Agent', 'Mozilla Thunderbird')], cte='quoted-printable')
    p3 = f"""Sehr geehrter Herr Reuter,

prima, dann halten wir fest: Dienstag, 31.03.2026, 14:00–15:00 Uhr per Teams. Das Gespräch führt Herr Dr. Malte Henning (Teamleitung Data Platform, {hm[1]}); den Teams-Link erhalten Sie separat.

Bitte beachten Sie die Zeitumstellung am Sonntag – die Uhrzeit bezieht sich auf die deutsche Sommerzeit.

{sig}

Von: Jonas Reuter <{o}>
Gesendet: Donnerstag, 26. März 2026 19:37
An: Katrin Albers <{rec[1]}>
Betreff: Re: Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschlag

Sehr geehrte Frau Albers,

vielen Dank für die Einladung! Dienstag, der 31. März um 14:00 Uhr passt mir sehr gut.
"""
    m3 = mail(f'{rec[0]} <{rec[1]}>', f'Jonas Reuter <{o}>', 'AW: Ihre Bewerbung als Data Engineer (m/w/d) – Terminvorschlag',
              T('BER', 2026, 3, 27, 9, 15), p3, owner=o, in_reply_to=m2['Message-ID'],
              references=f"{m1['Message-ID']} {m2['Message-ID']}", cte='quoted-printable',
              headers=[('X-Mailer', 'Microsoft Outlook 16.0')])
    s, e = T('BER', 2026, 3, 31, 14), T('BER', 2026, 3, 31, 15)
    case('b33-06-german-thread-uhr-thunderbird-outlook', o,
         [('01-terminvorschlag.eml', m1), ('02-antwort-thunderbird.eml', m2), ('03-bestaetigung-outlook.eml', m3)],
         [iv('Fahrwerk Logistik', 'Data Engineer (m/w/d)', s, e, 'scheduled', [hm[1]], [hm[1]], 'hiring_manager')],
         'medium', 'positive/thread-propose-confirm',
         'German propose/confirm thread (Thunderbird and Outlook quoting, QP); 31 Mar 14:00 Uhr is CEST (+02:00) after EU DST.')


# ---------------------------------------------------------------- C07 MeetDesk booking then cancel by Gmail mobile
def c07():
    o = 'deshawn.price@example.com'
    rec = ('Bethany Cole', 'bethany.cole@lumenrow.example')
    s, e = T('LA', 2026, 3, 12, 16, 30), T('LA', 2026, 3, 12, 17)
    c1 = ics('md-91b2e7@meetdesk.example', s, e, 'Lumenrow Health | Intro call (Customer Success Manager)', rec,
             [rec, ('DeShawn Price', o)], prodid='-//MeetDesk//Meetings//EN', stamp=T('LA', 2026, 3, 6, 9))
    html = f"""<html><body><div style="font-family:Arial;max-width:560px">
<h3>Your meeting is booked</h3>
<table style="font-size:14px"><tr><td><b>What</b></td><td>Lumenrow Health | Intro call (Customer Success Manager)</td></tr>
<tr><td><b>When</b></td><td>Thursday, March 12, 2026 &middot; 4:30 PM &ndash; 5:00 PM Pacific Time</td></tr>
<tr><td><b>Who</b></td><td>Bethany Cole (Recruiter), DeShawn Price</td></tr>
<tr><td><b>Where</b></td><td>Bethany will call you at the number you provided</td></tr></table>
<p style="font-size:12px;color:#888">Booked with MeetDesk Meetings. <a href="https://meetdesk.example/m/91b2e7/reschedule">Reschedule</a></p></div></body></html>"""
    m1 = mail('MeetDesk Meetings <no-reply@meetdesk.example>', o, 'Meeting booked: Lumenrow Health | Intro call with Bethany Cole',
              T('LA', 2026, 3, 6, 9, 1), html=html, owner=o, reply_to=f'{rec[0]} <{rec[1]}>', attach=[('meeting.ics', c1)])
    p2 = """Hi DeShawn - so sorry, I have to cancel our Thu 3/12 @ 4:30p PST call. The CSM req was frozen this morning pending budget review. If it reopens you'll be the first person I reach out to.

Apologies again,
Bethany

Sent from Gmail Mobile
"""
    m2 = mail(f'{rec[0]} <{rec[1]}>', o, 'Thursday call - need to cancel', T('LA', 2026, 3, 10, 13, 5), p2, owner=o)
    p3 = f"""Totally understand, thanks for letting me know Bethany. Please keep me in mind!

DeShawn

On Tue, Mar 10, 2026 at 3:05 PM Bethany Cole <{rec[1]}> wrote:
{quote(p2)}
"""
    m3 = mail(f'DeShawn Price <{o}>', rec[1], 'Re: Thursday call - need to cancel', T('CHI', 2026, 3, 10, 15, 22), p3, owner=o,
              in_reply_to=m2['Message-ID'], references=m2['Message-ID'])
    case('b33-07-meetdesk-booking-cancelled-by-recruiter', o,
         [('01-meeting-booked.eml', m1), ('02-need-to-cancel-gmail-mobile.eml', m2), ('03-reply-gmail.eml', m3)],
         [iv('Lumenrow Health', 'Customer Success Manager', s, e, 'cancelled', [rec[1]], [rec[1]], 'phone_screen')],
         'hard', 'positive/cancellation',
         'HubSpot-like HTML booking + .ics; recruiter cancels by mail ("Thu 3/12 @ 4:30p PST" although PDT applies -> -07:00).')


# ---------------------------------------------------------------- C08 Pollster screen + Slotgrid technical, IST (two interviews)
def c08():
    o = 'ananya.krishnan@mail.example'
    rec = ('Rohit Malhotra', 'rohit.m@tarangini.example')
    i1, i2 = ('Sandeep Iyer', 'sandeep.iyer@tarangini.example'), ('Farah Siddiqui', 'farah.s@tarangini.example')
    s1, e1 = T('KOL', 2026, 3, 11, 10, 30), T('KOL', 2026, 3, 11, 11)
    s2, e2 = T('KOL', 2026, 3, 17, 15), T('KOL', 2026, 3, 17, 16, 15)
    p1 = """Hello Ananya Krishnan,

Rohit Malhotra has chosen the final date for the poll "Tarangini Payments - intro call with Ananya (Backend Engineer, Go)".

  Final option: Wednesday, 11 March 2026, 10:30 - 11:00 (Asia/Kolkata)

Rohit Malhotra also left a note:
"Thanks Ananya! I'll call you on your mobile at half past ten. ~30 mins, just getting to know each other."

Add to calendar: https://pollster.example/poll/k2f8a/ics

Pollster - find the best time, together.
"""
    m1 = mail('Pollster <mailer@pollster.example>', o, 'Final date chosen: Tarangini Payments - intro call with Ananya',
              T('KOL', 2026, 3, 9, 18, 40), p1, owner=o, reply_to=f'{rec[0]} <{rec[1]}>')
    p2 = f"""Hi Ananya,

Great chatting this morning! The team would like you to move to the technical round - 75 minutes with Sandeep Iyer and Farah Siddiqui from the Ledger team (live Go exercise + design discussion).

Please pick a slot here: https://slotgrid.example/b/tarangini-tech-r2

Best,
Rohit

--
Rohit Malhotra | Talent Acquisition | Tarangini Payments
WeWork Prestige Cube, Koramangala, Bengaluru 560095 | +91 80 5550 1193
"""
    m2 = mail(f'{rec[0]} <{rec[1]}>', o, 'Next step: technical round', T('KOL', 2026, 3, 11, 13, 2), p2, owner=o)
    c3 = ics('sg-77d1e0a9@slotgrid.example', s2, e2, 'Technical interview - Ananya Krishnan - Backend Engineer (Go)', rec,
             [i1, i2, ('Ananya Krishnan', o)], prodid='-//Slotgrid//Scheduler 2.0//EN', stamp=T('KOL', 2026, 3, 11, 16),
             description='Interviewers: Sandeep Iyer, Farah Siddiqui. Video: https://meet.tarangini.example/r2-ak')
    p3 = """Your interview is confirmed

  Tarangini Payments - Technical interview (Backend Engineer, Go)
  Tue 17 Mar 2026, 3:00pm - 4:15pm India Standard Time (GMT+5:30)
  Interviewers: Sandeep Iyer, Farah Siddiqui
  Video: https://meet.tarangini.example/r2-ak

The calendar invite is attached.

Powered by Slotgrid
"""
    m3 = mail('Slotgrid <noreply@slotgrid.example>', o, 'Confirmed: Technical interview with Tarangini Payments - Tue 17 Mar 3:00pm IST',
              T('KOL', 2026, 3, 11, 16, 0, 9), p3, owner=o, reply_to=f'{rec[0]} <{rec[1]}>', attach=[('invite.ics', c3)])
    case('b33-08-pollster-screen-then-slotgrid-technical', o,
         [('01-poll-final-date.eml', m1), ('02-next-step.eml', m2), ('03-slotgrid-confirmed.eml', m3)],
         [iv('Tarangini Payments', 'Backend Engineer (Go)', s1, e1, 'scheduled', [rec[1]], [rec[1]], 'phone_screen'),
          iv('Tarangini Payments', 'Backend Engineer (Go)', s2, e2, 'scheduled', [i1[1], i2[1]], [i1[1], i2[1]], 'onsite')],
         'hard', 'positive/two-interviews',
         'Doodle-like final-date mail (recruiter screen) and a Cronofy-like confirmation (UTC .ics) for a 2-person technical panel.')


# ---------------------------------------------------------------- C09 Calvio plain-only, Phoenix vs Toronto, Gmail loop-in
def c09():
    o = 'maria.delgado@example.com'
    rec = ('Priyanka Shah', 'priyanka@northcastlegames.example')
    ad = ('Ben Archer', 'ben.archer@northcastlegames.example')
    s, e = T('PHX', 2026, 3, 18, 9), T('PHX', 2026, 3, 18, 9, 45)
    p1 = """Booked: Technical Artist - portfolio walkthrough

Maria Delgado booked time with Priyanka Shah (Northcastle Games).

Wednesday, March 18, 2026
9:00 AM - 9:45 AM (America/Phoenix)

Location: Zoom - https://zoom.example/j/8812004417

Notes from Maria: "Happy to share my screen with the Unreal shader graphs."

Manage: https://calvio.example/manage/qq41-xx
--
Calvio
"""
    m1 = mail('Calvio <notifications@calvio.example>', o, 'Booked: Technical Artist - portfolio walkthrough (Mar 18)',
              T('PHX', 2026, 3, 16, 10, 3), p1, owner=o, cc=rec[1])
    p2 = f"""Hi Maria,

Got it, noon Eastern on Wednesday works great. I'm looping in Ben Archer (Art Director, cc'd) who will run the walkthrough - I won't be on the call myself, but shout if you need anything beforehand.

Priyanka

On Mon, Mar 16, 2026 at 1:03 PM Calvio <notifications@calvio.example> wrote:
{quote(p1)}

-- 
Priyanka Shah
Recruiting Lead, Northcastle Games
220 King St W, Toronto ON | +1 416 555 0190
"""
    m2 = mail(f'{rec[0]} <{rec[1]}>', f'Maria Delgado <{o}>', 'Re: Booked: Technical Artist - portfolio walkthrough (Mar 18)',
              T('TOR', 2026, 3, 16, 13, 40), p2, owner=o, cc=f'{ad[0]} <{ad[1]}>', in_reply_to=m1['Message-ID'],
              references=m1['Message-ID'])
    case('b33-09-calvio-phoenix-toronto-loop-in', o, [('01-calvio-booked.eml', m1), ('02-recruiter-loops-in-ad.eml', m2)],
         [iv('Northcastle Games', 'Technical Artist', s, e, 'scheduled', [ad[1]], [ad[1]], 'technical')],
         'hard', 'positive/booking-tool-confirmation',
         'SavvyCal-like plain-only booking in Phoenix time (no DST, -07:00) = noon EDT; recruiter hands off to the Art Director.')


# ---------------------------------------------------------------- C10 Google invite (PT) + API event, Sao Paulo
def c10():
    o = 'beatriz.lobo@mail.example'
    asst = ('Júlia Pires', 'julia.pires@cajulabs.example')
    ceo = ('Rafael Tavares', 'rafael@cajulabs.example')
    s, e = T('SAO', 2026, 4, 9, 17), T('SAO', 2026, 4, 9, 17, 45)
    uid = '3k9v0q7h2m5r1n8c6b4x@google.com'
    c = ics(uid, s, e, 'Conversa final – Beatriz Lobo x Rafael (CEO) – Head of Design', asst,
            [asst, ceo, ('Beatriz Lobo', o)], mode='tzid', tzid='America/Sao_Paulo', iana='America/Sao_Paulo',
            prodid='-//Google Inc//Google Calendar 70.9054//EN', stamp=T('SAO', 2026, 4, 3, 10),
            description='Última etapa do processo para Head of Design: conversa com o Rafael (CEO).\nGoogle Meet: https://meet.google.example/cjl-rtbl-hod',
            location='Google Meet')
    plain = """Conversa final – Beatriz Lobo x Rafael (CEO) – Head of Design
quinta-feira, 9 de abril de 2026 ⋅ 17:00 – 17:45
Horário de Brasília - São Paulo

Participar com o Google Meet
https://meet.google.example/cjl-rtbl-hod

Organizador
Júlia Pires
julia.pires@cajulabs.example

Convidados
Júlia Pires - organizador
Rafael Tavares
beatriz.lobo@mail.example

Última etapa do processo para Head of Design: conversa com o Rafael (CEO).

Convite do Google Agenda
"""
    html = '<html><body>' + plain.replace('\n', '<br>') + '</body></html>'
    m = mail(f'{asst[0]} <{asst[1]}>', o, 'Convite: Conversa final – Beatriz Lobo x Rafael (CEO) – Head of Design @ qui 9 de abr de 2026 17:00 - 17:45 (BRT) (beatriz.lobo@mail.example)',
             T('SAO', 2026, 4, 3, 10, 0, 12), plain, html, cal=c, owner=o, cte='base64', html_cte='base64',
             sender='Google Agenda <calendar-notification@google.example>', reply_to=f'{asst[0]} <{asst[1]}>',
             attach=[('invite.ics', c)])
    ev = {
        'kind': 'calendar#event', 'etag': '"3551029930118000"', 'id': '3k9v0q7h2m5r1n8c6b4x', 'status': 'confirmed',
        'htmlLink': 'https://www.google.example/calendar/event?eid=M2s5djBxN2gybTVyMW44YzZiNHg',
        'created': '2026-04-03T13:00:05.000Z', 'updated': '2026-04-04T12:11:40.059Z',
        'summary': 'Conversa final – Beatriz Lobo x Rafael (CEO) – Head of Design',
        'description': 'Última etapa do processo para Head of Design: conversa com o Rafael (CEO).',
        'location': 'Google Meet',
        'creator': {'email': asst[1], 'displayName': asst[0]},
        'organizer': {'email': asst[1], 'displayName': asst[0]},
        'start': {'dateTime': iso(s), 'timeZone': 'America/Sao_Paulo'},
        'end': {'dateTime': iso(e), 'timeZone': 'America/Sao_Paulo'},
        'iCalUID': uid, 'sequence': 0,
        'attendees': [
            {'email': asst[1], 'displayName': asst[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': ceo[1], 'displayName': ceo[0], 'responseStatus': 'accepted'},
            {'email': o, 'self': True, 'responseStatus': 'accepted'}],
        'hangoutLink': 'https://meet.google.example/cjl-rtbl-hod',
        'reminders': {'useDefault': True}, 'eventType': 'default'}
    case('b33-10-google-invite-pt-plus-api-event-ceo', o,
         [('01-convite-google.eml', m), ('02-event.gcal.json', json.dumps(ev, ensure_ascii=False, indent=2) + '\n')],
         [iv('Caju Labs', 'Head of Design', s, e, 'scheduled', [ceo[1]], [ceo[1]], 'hiring_manager')],
         'medium', 'positive/dedupe',
         'Portuguese Google invite (base64) + the same event as Calendar API JSON; final chat with the CEO; -03:00.')


# ---------------------------------------------------------------- C11 Fastmail recruiter + floating .ics, Auckland DST end; Proton reply
def c11():
    o = 'aroha.ngata@example.com'
    rec = ('Liam Forsyth', 'liam.forsyth@kowhaienergy.example')
    s, e = T('AKL', 2026, 4, 7, 12), T('AKL', 2026, 4, 7, 12, 30)
    c = ics('rdv-20260407-af31@rendezvu.example', s, e, 'Phone screen - Grid Analyst - Kowhai Energy', rec,
            [rec, ('Aroha Ngata', o)], mode='floating', prodid='-//Rendezvu//Desktop 1.8//EN', stamp=T('AKL', 2026, 3, 31, 9),
            description='Liam to call Aroha on 021 555 0734.')
    p1 = """Kia ora Aroha,

Thanks for applying for the Grid Analyst role. I'd love to have a 30 minute phone screen with you - how does noon NZ time on Tuesday 7 April sound? (That's after the clocks go back on Sunday, so noon NZST.)

I've attached a calendar hold. I'll ring you on 021 555 0734.

Ngā mihi,
Liam Forsyth
Senior Recruiter | Kowhai Energy Ltd
Level 9, 120 Albert Street, Auckland 1010 | +64 9 555 4410
"""
    m1 = mail(f'{rec[0]} <{rec[1]}>', f'Aroha Ngata <{o}>', 'Grid Analyst - phone screen', T('AKL', 2026, 3, 31, 9, 12), p1,
              owner=o, attach=[('phone-screen.ics', c)], headers=[('User-Agent', 'Fastmail/1.0')])
    p2 = f"""Kia ora Liam,

Noon on Tuesday the 7th works perfectly - talk then.

Ngā mihi,
Aroha

Sent with Proton Mail secure email.

On Tuesday, 31 March 2026 at 09:12, Liam Forsyth <{rec[1]}> wrote:

{quote(p1)}
"""
    m2 = mail(f'Aroha Ngata <{o}>', f'{rec[0]} <{rec[1]}>', 'Re: Grid Analyst - phone screen', T('AKL', 2026, 3, 31, 10, 41), p2,
              owner=o, in_reply_to=m1['Message-ID'], references=m1['Message-ID'])
    case('b33-11-fastmail-floating-ics-auckland-dst-end', o, [('01-phone-screen-proposal.eml', m1), ('02-reply-proton.eml', m2)],
         [iv('Kowhai Energy', 'Grid Analyst', s, e, 'scheduled', [rec[1]], [rec[1]], 'phone_screen')],
         'hard', 'positive/floating-time',
         'Recruiter mail with floating-time .ics; text says noon NZST after Auckland DST ends (7 Apr, +12:00); Proton reply.')


# ---------------------------------------------------------------- C12 French thread, Outlook web + Yahoo
def c12():
    o = 'camille.bernard@mail.example'
    rec = ('Hélène Marchal', 'helene.marchal@ateliernorrois.example')
    sig = """Hélène Marchal
Chargée de recrutement – Atelier Norrois
12 rue des Tanneurs, 76000 Rouen
Tél. : +33 2 35 55 41 07"""
    p1 = f"""Bonjour Camille,

Suite à votre candidature au poste de Chef de projet digital, je vous propose un premier entretien téléphonique jeudi 16 avril à 10h30 (30 minutes environ). Je vous appellerai directement.

Cela vous convient-il ?

Bien cordialement,
{sig}
"""
    m1 = mail(f'{rec[0]} <{rec[1]}>', f'Camille Bernard <{o}>', 'Votre candidature – Chef de projet digital',
              T('PAR', 2026, 4, 8, 9, 12, 44), p1, owner=o, cte='base64', headers=[('X-Mailer', 'Outlook-Web')])
    p2 = f"""Bonjour Hélène,

Parfait, jeudi 16 à 10h30 me convient. Vous pouvez me joindre au 06 55 12 48 90.

Bonne journée,
Camille

Envoyé de Yahoo Mail pour iPhone

Le mercredi 8 avril 2026 à 09:12:44 UTC+2, Hélène Marchal <{rec[1]}> a écrit :

{quote(p1)}
"""
    m2 = mail(f'Camille Bernard <{o}>', f'{rec[0]} <{rec[1]}>', 'Re: Votre candidature – Chef de projet digital',
              T('PAR', 2026, 4, 8, 12, 30), p2, owner=o, in_reply_to=m1['Message-ID'], references=m1['Message-ID'], cte='base64')
    p3 = f"""C'est noté, à jeudi 10h30 !

{sig}

________________________________
De : Camille Bernard <{o}>
Envoyé : mercredi 8 avril 2026 12:30
À : Hélène Marchal <{rec[1]}>
Objet : Re: Votre candidature – Chef de projet digital

Parfait, jeudi 16 à 10h30 me convient.
"""
    m3 = mail(f'{rec[0]} <{rec[1]}>', f'Camille Bernard <{o}>', 'RE: Votre candidature – Chef de projet digital',
              T('PAR', 2026, 4, 8, 14, 5), p3, owner=o, in_reply_to=m2['Message-ID'],
              references=f"{m1['Message-ID']} {m2['Message-ID']}", cte='quoted-printable')
    s, e = T('PAR', 2026, 4, 16, 10, 30), T('PAR', 2026, 4, 16, 11)
    case('b33-12-french-thread-outlook-web-yahoo', o,
         [('01-proposition.eml', m1), ('02-reponse-yahoo.eml', m2), ('03-confirmation.eml', m3)],
         [iv('Atelier Norrois', 'Chef de projet digital', s, e, 'scheduled', [rec[1]], [rec[1]], 'phone_screen')],
         'medium', 'positive/thread-propose-confirm',
         'French "10h30" phone screen by the recruiter (base64 bodies), Yahoo and Outlook-web quote headers; +02:00.')


# ---------------------------------------------------------------- C13 Panelkit confirmation + reminder + Spark/Superhuman replies, Singapore
def c13():
    o = 'weiling.tan@example.com'
    coord = ('Grace Lim', 'grace.lim@meranti.example')
    a, b = ('Arjun Pillai', 'arjun.pillai@meranti.example'), ('Siti Rahman', 'siti.rahman@meranti.example')
    s, e = T('SGP', 2026, 3, 27, 15), T('SGP', 2026, 3, 27, 16, 30)
    c = ics('pk-5c0e2a11@panelkit.example', s, e, 'Meranti Logistics: SRE panel interview - Tan Wei Ling', coord,
            [a, b, ('Tan Wei Ling', o)], prodid='-//Panelkit//Invites//EN', stamp=T('SGP', 2026, 3, 20, 11),
            description='Panel: Arjun Pillai (SRE Manager), Siti Rahman (Staff SRE). Incident-response scenario + Q&A.')
    p1 = """Interview confirmation

Role ............ Site Reliability Engineer
Company ......... Meranti Logistics
Format .......... Panel interview, 90 minutes, Zoom
Date ............ Friday, 27 March 2026
Time ............ 3:00 PM - 4:30 PM SGT (GMT+8)
Panel ........... Arjun Pillai (SRE Manager), Siti Rahman (Staff SRE)
Coordinator ..... Grace Lim

Calendar file attached. Reply to this email to contact your coordinator.
-- Panelkit
"""
    m1 = mail('Meranti Logistics Talent <invites@panelkit.example>', o, 'Interview confirmed: Site Reliability Engineer - Fri 27 Mar, 3:00 PM SGT',
              T('SGP', 2026, 3, 20, 11, 2), p1, owner=o, reply_to=f'{coord[0]} <{coord[1]}>', attach=[('interview.ics', c)])
    p2 = """Reminder: your panel interview with Meranti Logistics is tomorrow at 3pm SGT (Zoom link in your calendar invite).
-- Panelkit
"""
    m2 = mail('Meranti Logistics Talent <invites@panelkit.example>', o, 'Reminder: interview tomorrow 3pm SGT',
              T('SGP', 2026, 3, 26, 15, 0), p2, owner=o, reply_to=f'{coord[0]} <{coord[1]}>')
    p3 = f"""Hi Grace, quick one - will the incident scenario need a whiteboard tool, or is screen share enough?

Thanks, Wei Ling

Sent with Spark

On 26 Mar 2026 at 3:00 PM +0800, Meranti Logistics Talent <invites@panelkit.example>, wrote:
{quote(p2)}
"""
    m3 = mail(f'Tan Wei Ling <{o}>', coord[1], 'Re: Reminder: interview tomorrow 3pm SGT', T('SGP', 2026, 3, 26, 16, 10), p3,
              owner=o, in_reply_to=m2['Message-ID'], references=m2['Message-ID'])
    p4 = f"""Screen share is fine! Arjun will drop a doc link in the Zoom chat.

Grace

On Thu, Mar 26, 2026 at 4:10 PM, Tan Wei Ling <{o}> wrote:
{quote(p3.split('Sent with Spark')[0])}

Grace Lim · Talent Coordinator · Meranti Logistics · +65 6555 0182
"""
    m4 = mail(f'{coord[0]} <{coord[1]}>', o, 'Re: Reminder: interview tomorrow 3pm SGT', T('SGP', 2026, 3, 26, 16, 31), p4,
              owner=o, in_reply_to=m3['Message-ID'], references=f"{m2['Message-ID']} {m3['Message-ID']}",
              headers=[('X-Mailer', 'Superhuman Web (2026-03-24T19:02:11Z)')])
    case('b33-13-panelkit-panel-reminder-spark-superhuman', o,
         [('01-confirmed.eml', m1), ('02-reminder.eml', m2), ('03-question-spark.eml', m3), ('04-answer-superhuman.eml', m4)],
         [iv('Meranti Logistics', 'Site Reliability Engineer', s, e, 'scheduled', [a[1], b[1]], [a[1], b[1]], 'onsite')],
         'medium', 'positive/dedupe',
         'Invented scheduler with dotted key/value layout + UTC .ics, reminder and two client replies: one 2-person panel (+08:00).')


def neg(cid, owner, items, cat, notes, diff='hard'):
    case(cid, owner, items, [], diff, cat, notes)


def negatives():
    # N14 sales demo via Slotwise
    o = 'owen.marsh@example.com'
    ae = ('Jenna Ruiz', 'jenna.ruiz@hireloop.example')
    s, e = T('NY', 2026, 3, 19, 11), T('NY', 2026, 3, 19, 11, 30)
    c = ics('sw-1d4477aa@slotwise.example', s, e, 'Hireloop ATS demo between Jenna Ruiz and Owen Marsh', ae, [ae, ('Owen Marsh', o)],
            prodid='-//Slotwise//Bookings 4.2//EN', description='Product demo: see how Hireloop automates interview scheduling, candidate reminders and scorecards for your hiring team.')
    p = """Hi Owen Marsh,

A new event has been scheduled.

Event Type:
Hireloop ATS - 30 min product demo

Event Date/Time:
11:00am - Thursday, March 19, 2026 (Eastern Time - US & Canada)

Questions:
How many candidates do you interview per month? ~120 across 3 open roles
What would you like to see? Interview scheduling + Slack notifications

Host:
Jenna Ruiz, Account Executive, Hireloop

Powered by Slotwise
"""
    m = mail('Slotwise <notifications@slotwise.example>', o, 'New Event: Owen Marsh - 11:00am Thu, Mar 19, 2026 - Hireloop ATS - 30 min product demo',
             T('NY', 2026, 3, 12, 14, 30), p, owner=o, reply_to=f'{ae[0]} <{ae[1]}>', attach=[('invite.ics', c)])
    neg('b33-14-slotwise-sales-demo-of-an-ats', o, [('01-new-event.eml', m)], 'negative/sales-demo',
        'Same Calendly-like tool as b33-01, but a sales demo of interview-scheduling software (user is a buyer).')

    # N15 dentist via Bookwell (HTML + plain)
    o = 'grace.okonjo@mail.example'
    p = """Appointment confirmed

Riverside Dental Studio
Service: Hygiene visit & check-up (45 min) with Dr. Ines Varga
When: Tuesday 14 April 2026, 08:15 - 09:00
Where: 7 Mill Lane, Bristol BS1 4XE

New patients: please arrive 10 minutes early to complete a short medical history interview with our nurse.
Need to reschedule? Call us on 0117 555 0923 or use the link below at least 24 hours before your appointment.
https://bookwell.example/riverside-dental/manage/RD-88213
"""
    m = mail('Riverside Dental Studio <noreply@bookwell.example>', o, 'Your appointment is confirmed - Tue 14 Apr, 08:15',
             T('LON', 2026, 4, 1, 17, 50), p, '<html><body><h2>Appointment confirmed</h2><p>' + p.replace('\n', '<br>') + '</p></body></html>',
             owner=o)
    neg('b33-15-bookwell-dentist-appointment', o, [('01-appointment-confirmed.eml', m)], 'negative/appointment',
        'Zoho-Bookings-like dentist confirmation; mentions a "medical history interview" and rescheduling.', 'medium')

    # N16 podcast via Calvio
    o = 'nikhil.bose@example.com'
    host = ('Sam Whitfield', 'sam@shippinglane.example')
    s, e = T('LON', 2026, 4, 21, 17), T('LON', 2026, 4, 21, 18)
    c = ics('cv-podcast-7781@calvio.example', s, e, 'The Shipping Lane podcast - guest interview: Nikhil Bose', host,
            [host, ('Nikhil Bose', o)], prodid='-//Calvio//EN', description='Recording for episode 112. We will talk about your role as engineering lead and how your team runs candidate interviews.')
    p = f"""Booked: The Shipping Lane - guest interview (recording)

Nikhil Bose booked time with Sam Whitfield.

Tuesday, April 21, 2026
5:00 PM - 6:00 PM (Europe/London)

Sam's note: Thanks for coming on the show! We'll chat about your role as engineering lead and how you hire - roughly 45 min of recording plus setup. Please use headphones.

Manage: https://calvio.example/manage/pp09-sw
"""
    m = mail('Calvio <notifications@calvio.example>', o, 'Booked: The Shipping Lane - guest interview (Apr 21)',
             T('LON', 2026, 4, 9, 12, 1), p, owner=o, reply_to=f'{host[0]} <{host[1]}>', attach=[('invite.ics', c)])
    neg('b33-16-calvio-podcast-guest-interview', o, [('01-booked.eml', m)], 'negative/podcast',
        'SavvyCal-like booking for a podcast guest "interview" about the user\'s role.')

    # N17 mentoring mock interview
    o = 'lucia.ferraro@mail.example'
    mentor = ('Kenji Aoki', 'kenji.aoki@mentorbridge.example')
    s, e = T('NY', 2026, 3, 28, 10), T('NY', 2026, 3, 28, 11)
    c = ics('mb-5521-session@mentorbridge.example', s, e, 'Mentorbridge session: Mock system design interview', mentor,
            [mentor, ('Lucia Ferraro', o)], prodid='-//Mentorbridge//Sessions//EN')
    p = """Your mentoring session is confirmed!

Topic: Mock system design interview (practice)
Mentor: Kenji Aoki, Staff Engineer
When: Sat, Mar 28, 2026 · 10:00 - 11:00 AM EDT
Where: Mentorbridge video room

Tip: treat it like the real thing - Kenji will play the interviewer and give you written feedback afterwards.
Sessions on Mentorbridge are free. Please cancel at least 12 hours ahead if you can't make it.
"""
    m = mail('Mentorbridge <sessions@mentorbridge.example>', o, 'Session confirmed: Mock system design interview with Kenji Aoki',
             T('NY', 2026, 3, 22, 20, 4), p, owner=o, attach=[('session.ics', c)])
    neg('b33-17-mentorbridge-mock-interview', o, [('01-session-confirmed.eml', m)], 'negative/mock-interview',
        'Mentoring platform booking of a practice (mock) interview with .ics.')

    # N18 paid interview coaching via Bookings-like Exchange mail
    o = 'ahmed.rahimi@example.com'
    coach = ('Career Compass Coaching', 'bookings@careercompass.example')
    s, e = T('NY', 2026, 4, 6, 18), T('NY', 2026, 4, 6, 19)
    c = ics('040000008200E00074C5B7101A82E008000000003A1B2C3D4E5F0000000000000000000010000000', s, e,
            'Interview Prep Coaching (60 min)', coach, [('Dana Whitley', 'dana@careercompass.example'), ('Ahmed Rahimi', o)],
            mode='tzid', tzid='Eastern Standard Time', iana='America/New_York', prodid='Microsoft Exchange Server 2010',
            extra=['X-MICROSOFT-CDO-BUSYSTATUS:BUSY'])
    p = """Hello Ahmed Rahimi,

Your booking with Career Compass Coaching is confirmed.

Service: Interview Prep Coaching (60 minutes) - $120.00, paid
Staff: Dana Whitley, Certified Career Coach
When: Monday, April 6, 2026 6:00 PM - 7:00 PM (UTC-05:00) Eastern Time (US & Canada)

We'll run two behavioural questions for your upcoming interviews and polish your STAR stories.
"""
    m = mail(f'{coach[0]} <{coach[1]}>', o, 'Booking confirmed: Interview Prep Coaching with Dana Whitley', T('NY', 2026, 3, 30, 21, 12),
             p, cal=c, owner=o, headers=[('Content-class', 'urn:content-classes:calendarmessage')])
    neg('b33-18-bookings-paid-interview-coaching', o, [('01-booking-confirmed.eml', m)], 'negative/coaching',
        'Microsoft Bookings-like paid coaching session for "upcoming interviews" (Exchange text/calendar).')

    # N19 user is the interviewer (Tempora)
    o = 'nadia.fontaine@example.com'
    coord = ('Owen Pryce', 'owen.pryce@graylockpartners.example')
    s, e = T('LON', 2026, 4, 15, 14), T('LON', 2026, 4, 15, 14, 45)
    c = ics('tmp-iv-2231@tempora.example', s, e, 'Interview: Peter Lindqvist - Senior Accountant (you are interviewing)', coord,
            [('Nadia Fontaine', o), ('Peter Lindqvist', 'p.lindqvist@mail.example')], prodid='-//Tempora//EN')
    html = """<html><body style="font-family:Arial"><h3>You're scheduled to interview a candidate</h3>
<p><b>Candidate:</b> Peter Lindqvist<br><b>Role:</b> Senior Accountant<br><b>When:</b> Wednesday 15 April 2026, 14:00 &ndash; 14:45 BST<br>
<b>Your focus area:</b> Technical accounting (IFRS 16)<br><b>Scorecard:</b> <a href="https://tempora.example/sc/2231">submit within 24h</a></p>
<p>Thanks for helping Graylock Partners hire!</p></body></html>"""
    m = mail('Graylock Partners Recruiting <scheduling@tempora.example>', o, 'Interviewer invite: Peter Lindqvist (Senior Accountant) - Wed 15 Apr 14:00',
             T('LON', 2026, 4, 8, 10, 30), html=html, owner=o, reply_to=f'{coord[0]} <{coord[1]}>', attach=[('interview.ics', c)])
    neg('b33-19-tempora-user-is-the-interviewer', o, [('01-interviewer-invite.eml', m)], 'negative/user-is-interviewer',
        'Same GoodTime-like tool as b33-02 inviting the user to interview a candidate.')

    # N20 availability request + Outlook mobile reply, no booking
    o = 'elias.brandt@mail.example'
    coord = ('Marta Jovanović', 'marta.jovanovic@stellwerkaudio.example')
    p1 = """Hi Elias,

Congratulations on moving forward in the process for Senior DSP Engineer at Stellwerk Audio!

Next up are your final-round interviews (3 x 45 min). Please share your availability for the next two weeks using the link below so we can schedule your interviews:

https://loopwise.example/availability/st-98a1

Once we have your times, we'll send calendar invites to you and the interview team.

Sent via Loopwise for Stellwerk Audio
"""
    m1 = mail('Stellwerk Audio via Loopwise <no-reply@loopwise.example>', o, 'Action needed: share your availability for interviews - Stellwerk Audio',
              T('BER', 2026, 4, 13, 9, 40), p1, owner=o, reply_to=f'{coord[0]} <{coord[1]}>')
    p2 = f"""Hi Marta, the link gives me an error on my phone - here's my availability instead: Mon–Wed next week 9–12 CET, or Fri 17 April any time after 1pm. Thanks!

Elias

Get Outlook for Android

________________________________
From: Stellwerk Audio via Loopwise <no-reply@loopwise.example>
Sent: Monday, April 13, 2026 9:40:12 AM
To: {o}
Subject: Action needed: share your availability for interviews - Stellwerk Audio

{p1}"""
    m2 = mail(f'Elias Brandt <{o}>', f'{coord[0]} <{coord[1]}>', 'RE: Action needed: share your availability for interviews - Stellwerk Audio',
              T('BER', 2026, 4, 13, 12, 5), p2, owner=o, in_reply_to=m1['Message-ID'], references=m1['Message-ID'])
    neg('b33-20-loopwise-availability-request-unbooked', o, [('01-availability-request.eml', m1), ('02-reply-outlook-android.eml', m2)],
        'negative/availability-request', 'ModernLoop-like availability request plus candidate windows; nothing ever booked.')

    # N21 one-way video interview
    o = 'jasmine.cho@example.com'
    p1 = """Hi Jasmine,

Pinecrest Bank has invited you to complete an on-demand video interview for Junior Credit Analyst.

- 5 questions, up to 3 minutes each
- Record any time before Friday, March 20, 2026 at 11:59 PM ET
- No live interviewer: your answers are reviewed by the hiring team later

Start your interview: https://vidscreen.example/i/PB-31c8

Good luck!
The Vidscreen team on behalf of Pinecrest Bank
"""
    m1 = mail('Pinecrest Bank via Vidscreen <interviews@vidscreen.example>', o, 'Your video interview for Junior Credit Analyst at Pinecrest Bank',
              T('NY', 2026, 3, 16, 8, 0), p1, owner=o)
    p2 = """Reminder: your Pinecrest Bank video interview closes tomorrow (Friday, March 20) at 11:59 PM ET. It only takes about 20 minutes.
Start now: https://vidscreen.example/i/PB-31c8
"""
    m2 = mail('Pinecrest Bank via Vidscreen <interviews@vidscreen.example>', o, 'Reminder: complete your video interview by tomorrow',
              T('NY', 2026, 3, 19, 9, 0), p2, owner=o)
    neg('b33-21-vidscreen-one-way-video-interview', o, [('01-invite.eml', m1), ('02-reminder.eml', m2)], 'negative/one-way-video',
        'HireVue-like on-demand recording with a deadline, no live conversation.')

    # N22 paid user research booked via Calbooker, forwarded by the user
    o = 'priscilla.adeyemi@mail.example'
    s, e = T('CHI', 2026, 4, 16, 13), T('CHI', 2026, 4, 16, 13, 45)
    c = ics('cb-ux-55a2@calbooker.example', s, e, 'Orbitly research interview (45 min)', ('Orbitly Research', 'research@orbitly.example'),
            [('Priscilla Adeyemi', o)], mode='tzid', tzid='America/Chicago', iana='America/Chicago', prodid='-//Calbooker//EN')
    p1 = """Booking confirmed

Orbitly research interview (45 min)
Thu 16 Apr 2026, 13:00 - 13:45 (America/Chicago)

Thanks for joining our study about how job seekers track applications! You'll chat with a product designer; as a thank-you you'll receive a $75 gift card after the session.

--
Calbooker - online booking made easy
"""
    m1 = mail('Calbooker <bookings@calbooker.example>', o, 'Confirmed: Orbitly research interview, Thu 16 Apr 13:00',
              T('CHI', 2026, 4, 10, 9, 20), p1, owner=o, attach=[('booking.ics', c)])
    p2 = f"""fyi - doing one of those paid research interviews Thursday at 1, so I can't do lunch. $75 though!

---------- Forwarded message ---------
From: Calbooker <bookings@calbooker.example>
Date: Fri, Apr 10, 2026 at 9:20 AM
Subject: Confirmed: Orbitly research interview, Thu 16 Apr 13:00
To: <{o}>

{p1}"""
    m2 = mail(f'Priscilla Adeyemi <{o}>', 'Dayo Adeyemi <dayo.adeyemi@example.com>', 'Fwd: Confirmed: Orbitly research interview, Thu 16 Apr 13:00',
              T('CHI', 2026, 4, 10, 9, 41), p2, owner=o)
    neg('b33-22-calbooker-paid-user-research-forwarded', o, [('01-booking-confirmed.eml', m1), ('02-forward-gmail.eml', m2)],
        'negative/user-research', 'Paid product-research "interview" booked with the same tool as b33-05, then forwarded by the user.')


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, negatives):
        f()
    for d in HERE.glob('b33-*'):
        shutil.rmtree(d)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, obj in items:
            if isinstance(obj, EmailMessage):
                (d / name).write_bytes(obj.as_bytes())
            else:
                (d / name).write_bytes(obj.encode('utf-8'))
    with open(HERE / 'labels.yaml', 'w', encoding='utf-8') as fh:
        fh.write('# blind33 labels (written blind). See /work/shared/eval/README.md for the schema.\n')
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == '__main__':
    main()
