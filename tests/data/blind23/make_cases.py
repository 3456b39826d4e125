#!/usr/bin/env python3
"""Deterministic generator for the blind23 evaluation set (written blind; all names invented).

Rewrites every b23-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc


def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(x):
    return x.isoformat() if x is not None else None


def zstamp(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(x):
    return x.strftime('%Y%m%dT%H%M%S')


# ---------------------------------------------------------------- iCalendar
def fold(line):
    raw = line.encode('utf-8')
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b'', 75
    for ch in line:
        b = ch.encode('utf-8')
        if len(cur) + len(b) > limit:
            out.append(cur.decode('utf-8'))
            cur, limit = b' ', 75
        cur += b
    out.append(cur.decode('utf-8'))
    return '\r\n'.join(out)


def esc(text):
    return (text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def vtimezone(tzid, iana, year=2026):
    """VTIMEZONE block whose offsets are read from zoneinfo (never typed)."""
    z = ZoneInfo(iana)
    jan = datetime(year, 1, 15, 12, tzinfo=z).utcoffset()
    jul = datetime(year, 7, 15, 12, tzinfo=z).utcoffset()

    def off(td):
        s = int(td.total_seconds())
        sign = '+' if s >= 0 else '-'
        s = abs(s)
        return '%s%02d%02d' % (sign, s // 3600, (s % 3600) // 60)
    lines = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if jan == jul:
        lines += ['BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:' + off(jan),
                  'TZOFFSETTO:' + off(jan), 'END:STANDARD']
    else:
        # find the transitions in `year` by scanning hours
        trans = []
        t = datetime(year, 1, 1, tzinfo=UTC)
        prev = t.astimezone(z).utcoffset()
        while t.year == year:
            t2 = t + timedelta(hours=1)
            o = t2.astimezone(z).utcoffset()
            if o != prev:
                loc_before = (t2 + prev).replace(tzinfo=None)
                trans.append((loc_before, prev, o))
                prev = o
            t = t2
        for loc_before, frm, to in trans:
            std = to < frm
            nth = (loc_before.day - 1) // 7 + 1
            last = (loc_before + timedelta(days=7)).month != loc_before.month
            byday = ('-1' if last else str(nth)) + ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][loc_before.weekday()]
            kind = 'STANDARD' if std else 'DAYLIGHT'
            lines += ['BEGIN:' + kind,
                      'DTSTART:1601%02d%02dT%02d0000' % (loc_before.month, 1, loc_before.hour),
                      'TZOFFSETFROM:' + off(frm), 'TZOFFSETTO:' + off(to),
                      'RRULE:FREQ=YEARLY;BYDAY=%s;BYMONTH=%d' % (byday, loc_before.month),
                      'END:' + kind]
    lines.append('END:VTIMEZONE')
    return lines


def vevent(uid, start, end, summary, organizer, attendees, description='', location='',
           seq=0, status='CONFIRMED', tzid=None, stamp=None, extra=()):
    """attendees: list of (name, email, partstat, role)."""
    L = ['BEGIN:VEVENT']
    if tzid == 'UTC' or tzid is None:
        L.append('DTSTART:' + zstamp(start))
        if end is not None:
            L.append('DTEND:' + zstamp(end))
    else:
        L.append('DTSTART;TZID=%s:%s' % (tzid, local(start)))
        if end is not None:
            L.append('DTEND;TZID=%s:%s' % (tzid, local(end)))
    L.append('DTSTAMP:' + zstamp(stamp or start))
    if organizer:
        L.append('ORGANIZER;CN=%s:mailto:%s' % organizer)
    L.append('UID:' + uid)
    for name, mail, part, role in attendees:
        L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s'
                 % (role, part, name, mail))
    if description:
        L.append('DESCRIPTION:' + esc(description))
    if location:
        L.append('LOCATION:' + esc(location))
    L += ['SEQUENCE:%d' % seq, 'STATUS:' + status, 'SUMMARY:' + esc(summary), 'TRANSP:OPAQUE']
    L += list(extra)
    L.append('END:VEVENT')
    return L


def calendar(prodid, method, events, tzblocks=()):
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN']
    if method:
        L.append('METHOD:' + method)
    for b in tzblocks:
        L += b
    for e in events:
        L += e
    L.append('END:VCALENDAR')
    return '\r\n'.join(fold(x) for x in L) + '\r\n'


# ---------------------------------------------------------------- e-mail
def mail(headers, text=None, html=None, text_cte='quoted-printable', html_cte='quoted-printable',
         inline_cal=None, cal_method='REQUEST', attach_ics=None, attach_name='invite.ics',
         attach_type=('text', 'calendar')):
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype='html', cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype='html', cte=html_cte)
    if inline_cal is not None:
        m.add_alternative(inline_cal.encode('utf-8'), maintype='text', subtype='calendar',
                          cte='base64', params={'charset': 'UTF-8', 'method': cal_method})
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode('utf-8'), maintype=attach_type[0], subtype=attach_type[1],
                         filename=attach_name)
    seed = hashlib.sha1(str(m['Message-ID']).encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary('%s%02d%s' % ('0000000000', i, seed[:16]))
    return m.as_bytes(policy=policy.default)


def hdr(frm, to, subject, date, msgid, delivered, extra=()):
    h = [('Delivered-To', delivered), ('Return-Path', '<%s>' % frm.split('<')[-1].rstrip('>'))]
    h += [('From', frm), ('To', to), ('Subject', subject), ('Date', format_datetime(date)),
          ('Message-ID', msgid), ('MIME-Version', '1.0')]
    h += list(extra)
    return h


def label(company, role, start, end, status, interviewers, recipients, kind):
    return dict(company=company, role=role, start=iso(start), end=iso(end), status=status,
                interviewer_emails=list(interviewers), followup_recipients=list(recipients), kind=kind)


CASES = []


def case(name, user, items, interviews, difficulty, category, notes):
    CASES.append((name, user, items, interviews, difficulty, category, notes))


# =========================================================== POSITIVES
# 01 Jobvite phone screen, recruiter conducts, .ics attached (Toronto, just after US/Canada DST)
def c01():
    user = 'nadia.brennan@example.com'
    tz = 'America/Toronto'
    sent = dt(2026, 3, 5, 15, 42, tz)
    s, e = dt(2026, 3, 10, 11, 0, tz), dt(2026, 3, 10, 11, 30, tz)
    rec = 'marcus.oyelaran@larkspurinsurance.example'
    text = """Hi Nadia,

Thank you for your interest in the Business Systems Analyst (Claims) position at Larkspur Insurance Group.

Your phone interview has been scheduled:

  Date: Tuesday, March 10, 2026
  Time: 11:00 AM - 11:30 AM Eastern Time (Toronto)
  Interviewer: Marcus Oyelaran, Senior Talent Partner
  Format: Phone - Marcus will call you at the number on your application.

A calendar file is attached so you can add this to your calendar. If you need to change the time,
please reply directly to Marcus at marcus.oyelaran@larkspurinsurance.example.

Best regards,
Larkspur Insurance Group Talent Acquisition

This message was sent via Jobvite on behalf of Larkspur Insurance Group. Please do not reply to
this automated address.
"""
    ics = calendar('-//Jobvite//Interview Scheduler//EN', 'REQUEST', [vevent(
        'jv-7f3a61c2-interview@jobvite.example', s, e,
        'Phone Interview - Larkspur Insurance Group - Business Systems Analyst (Claims)',
        ('Larkspur Insurance Group', 'notifications@jobvite.example'),
        [('Marcus Oyelaran', rec, 'ACCEPTED', 'REQ-PARTICIPANT'),
         ('Nadia Brennan', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
        description='Phone interview with Marcus Oyelaran. Marcus will call you.',
        location='Phone', tzid=tz, stamp=sent)], [vtimezone(tz, tz)])
    items = [('01-jobvite-phone-interview.eml', mail(hdr(
        'Larkspur Insurance Group <notifications@jobvite.example>', 'Nadia Brennan <%s>' % user,
        'Phone Interview Scheduled: Business Systems Analyst (Claims)', sent,
        '<0100018e1a7c-jv-5521@email.jobvite.example>', user,
        [('Reply-To', 'Marcus Oyelaran <%s>' % rec)]), text=text, attach_ics=ics,
        attach_name='Interview.ics'))]
    case('b23-01-jobvite-phone-screen-toronto-after-dst', user, items,
         [label('Larkspur Insurance Group', 'Business Systems Analyst (Claims)', s, e, 'scheduled',
                [rec], [rec], 'phone_screen')],
         'easy', 'positive/ats-email-with-ics',
         'Jobvite notification sent from the ATS address; the recruiter conducts the phone screen; '
         'two days after North American DST start (EDT -04:00).')


# 02 Teamtailor, HTML-only base64, Stockholm, Whereby, first day of CEST
def c02():
    user = 'oskar.lindqvist@example.com'
    tz = 'Europe/Stockholm'
    sent = dt(2026, 3, 24, 9, 5, tz)
    s = dt(2026, 3, 31, 14, 0, tz)
    e = s + timedelta(minutes=45)
    hm = 'ebba.sjoberg@norrvikenenergi.example'
    html = """<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;background:#f6f6f6">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:32px">
<tr><td><img src="https://cdn.teamtailor.example/norrviken/logo.png" alt="Norrviken Energi" height="32"></td></tr>
<tr><td><h2 style="font-weight:600">Hi Oskar,</h2>
<p>Great news &ndash; you have booked a video interview for the role <strong>Frontend Developer (Vue)</strong>
at Norrviken Energi.</p>
<p><strong>When:</strong> Tuesday 31 March 2026, 14:00&ndash;14:45 (Stockholm time, CEST)<br>
<strong>Where:</strong> Whereby &ndash; <a href="https://whereby.example/norrviken-ebba">whereby.example/norrviken-ebba</a><br>
<strong>You will meet:</strong> Ebba Sj&ouml;berg, Engineering Manager (%s)</p>
<p>Please note that Sweden switches to summer time on Sunday 29 March, so double check the time if you
are joining from abroad.</p>
<p>Need to reschedule? Use the link in your candidate page or contact Ebba directly.</p>
<p>Kind regards,<br>The Norrviken Energi recruitment team</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Sent with Teamtailor &middot; <a href="https://norrviken.teamtailor.example/unsubscribe">Manage your data</a></td></tr>
</table></td></tr></table></body></html>
""" % hm
    items = [('01-teamtailor-interview-booked.eml', mail(hdr(
        'Norrviken Energi <no-reply@teamtailor-mail.example>', user,
        'Interview booked: Frontend Developer (Vue) - Norrviken Energi', sent,
        '<tt.3c9a17e0b2.interview@teamtailor-mail.example>', user),
        html=html, html_cte='base64'))]
    case('b23-02-teamtailor-html-only-whereby-stockholm-cest', user, items,
         [label('Norrviken Energi', 'Frontend Developer (Vue)', s, e, 'scheduled', [hm], [hm],
                'hiring_manager')],
         'medium', 'positive/ats-html-only',
         'Teamtailor HTML-only base64 booking confirmation; first working days of CEST (+02:00); '
         'engineering manager conducts; end from "14:00-14:45".')


# 03 Personio, German, "14:00 Uhr", two interviewers (Berlin)
def c03():
    user = 'lena.hartmann@example.com'
    tz = 'Europe/Berlin'
    sent = dt(2026, 4, 9, 10, 17, tz)
    s = dt(2026, 4, 16, 14, 0, tz)
    e = s + timedelta(minutes=60)
    a, b = 'j.kowalczyk@falkenrode-logistik.example', 's.demir@falkenrode-logistik.example'
    coord = 'karriere@falkenrode-logistik.example'
    text = """Hallo Frau Hartmann,

vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) bei der Falkenrode Logistik GmbH.
Wir freuen uns, Sie zu einem fachlichen Gespräch einzuladen:

Termin: Donnerstag, 16. April 2026, 14:00 Uhr bis 15:00 Uhr
Ort: Google Meet (Link folgt in der Kalendereinladung) - https://meet.google.com/fkr-qwpa-tzn
Gesprächspartner:
  - Jan Kowalczyk, Teamleiter Data Platform (%s)
  - Selin Demir, Senior Data Engineer (%s)

Bitte planen Sie ca. 60 Minuten ein. Wir werden u. a. über SQL, Airflow und Ihre bisherigen
Projekte sprechen.

Sollte der Termin nicht passen, geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen

Miriam Vogt
Recruiting

Falkenrode Logistik GmbH
Hafenstraße 12, 20457 Hamburg
Tel. +49 40 5550 1820
""" % (a, b)
    items = [('01-personio-einladung.eml', mail(hdr(
        'Miriam Vogt (Falkenrode Logistik GmbH) <notifications@personio-mail.example>', user,
        'Einladung zum Fachgespräch - Data Engineer (m/w/d)', sent,
        '<personio.msg.99172.aa21@personio-mail.example>', user,
        [('Reply-To', 'Falkenrode Karriere <%s>' % coord)]), text=text))]
    case('b23-03-personio-german-14-uhr-two-interviewers', user, items,
         [label('Falkenrode Logistik GmbH', 'Data Engineer (m/w/d)', s, e, 'scheduled', [a, b], [a, b],
                'technical')],
         'medium', 'positive/non-english',
         'German Personio invitation ("14:00 Uhr bis 15:00 Uhr", CEST); sender is the ATS, recruiter '
         'only coordinates; two named interviewers with addresses.')


# 04 Paradox "Olivia" booking then reschedule across US DST
def c04():
    user = 'tj.alvarez@example.com'
    tz = 'America/Los_Angeles'
    d1 = dt(2026, 3, 2, 18, 11, tz)
    d2 = dt(2026, 3, 4, 8, 40, tz)
    s = dt(2026, 3, 9, 10, 0, tz)
    e = s + timedelta(minutes=30)
    mgr = 'dwhitfield@coastlinegrocers.example'
    t1 = """Hi TJ! It's Olivia, the virtual assistant for Coastline Grocers.

You're all set! Here are your interview details:

Position: Store Operations Supervisor - Store #218 (Oceanside)
Interviewer: Denise Whitfield, Store Manager
When: Thu 3/5 @ 4:30p PST
Where: In person - 4120 Mission Ave, Oceanside, CA. Ask for Denise at the customer service desk.
Length: about 30 minutes

Need to reschedule? Just reply to this email or text RESCHEDULE to (760) 555-0148.

Olivia
Coastline Grocers Recruiting Assistant
Powered by Paradox
"""
    t2 = """Hi TJ, Olivia here again.

Your interview has been rescheduled. Here are your updated details:

Position: Store Operations Supervisor - Store #218 (Oceanside)
Interviewer: Denise Whitfield, Store Manager (dwhitfield@coastlinegrocers.example)
New time: Mon 3/9 @ 10:00a PT
Where: In person - 4120 Mission Ave, Oceanside, CA
Length: about 30 minutes

Your previous time (Thu 3/5 @ 4:30p) has been released.

See you soon!
Olivia
Powered by Paradox
"""
    items = [
        ('01-olivia-interview-confirmed.eml', mail(hdr(
            'Olivia at Coastline Grocers <olivia@paradox-mail.example>', user,
            "You're confirmed! Interview with Coastline Grocers", d1,
            '<px-20260302-8812a@paradox-mail.example>', user), text=t1)),
        ('02-olivia-interview-rescheduled.eml', mail(hdr(
            'Olivia at Coastline Grocers <olivia@paradox-mail.example>', user,
            'Updated: your interview with Coastline Grocers', d2,
            '<px-20260304-90b1c@paradox-mail.example>', user), text=t2)),
    ]
    case('b23-04-paradox-olivia-rescheduled-across-dst', user, items,
         [label('Coastline Grocers', 'Store Operations Supervisor', s, e, 'scheduled', [mgr], [mgr],
                'hiring_manager')],
         'hard', 'positive/reschedule',
         'Paradox "Olivia" chat-bot booking (Thu 3/5 4:30p PST) moved to Mon 3/9 10:00a PT, the day '
         'after US DST start (-07:00); in-person with the store manager.')


# 05 ModernLoop virtual onsite itinerary with 4 sessions and a lunch break (Austin)
def c05():
    user = 'priyanka.menon@example.com'
    tz = 'America/Chicago'
    sent = dt(2026, 4, 14, 13, 22, tz)
    sessions = [
        ((9, 30), (10, 15), 'Coding: data structures', 'Hector Valdivia', 'hector.valdivia@quillfeather.example'),
        ((10, 15), (11, 0), 'Systems design: on-call & incident tooling', 'Ruth Abernathy', 'ruth.abernathy@quillfeather.example'),
        ((12, 0), (12, 45), 'Troubleshooting deep dive', 'Kenji Morita', 'kenji.morita@quillfeather.example'),
        ((13, 0), (13, 45), 'Hiring manager conversation', 'Alana Brooks', 'alana.brooks@quillfeather.example'),
    ]
    coord = 'jess.farley@quillfeather.example'
    rows_t, rows_h, evs = [], [], []
    for i, ((h1, m1), (h2, m2), title, name, mail_) in enumerate(sessions):
        a, b = dt(2026, 4, 21, h1, m1, tz), dt(2026, 4, 21, h2, m2, tz)
        rows_t.append('  %s - %s  %s  with %s' % (a.strftime('%-I:%M %p'), b.strftime('%-I:%M %p'), title, name))
        rows_h.append('<tr><td>%s &ndash; %s</td><td>%s</td><td>%s</td></tr>' % (
            a.strftime('%-I:%M %p'), b.strftime('%-I:%M %p'), title, name))
        evs.append(vevent('ml-quill-%d-4f2a@modernloop.example' % i, a, b,
                          'Quillfeather Interview: %s (Priyanka Menon)' % title,
                          ('Jess Farley', coord),
                          [(name, mail_, 'ACCEPTED', 'REQ-PARTICIPANT'),
                           ('Priyanka Menon', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
                          description='Google Meet: https://meet.google.com/qfs-%d%d%d-abc' % (i, i, i),
                          tzid=tz, stamp=sent))
    rows_t.insert(2, '  11:00 AM - 12:00 PM  Lunch break (no interviewer)')
    rows_h.insert(2, '<tr><td>11:00 AM &ndash; 12:00 PM</td><td>Lunch break</td><td>&mdash;</td></tr>')
    text = """Hi Priyanka,

Your virtual onsite for Senior Site Reliability Engineer at Quillfeather Software is confirmed for
Tuesday, April 21, 2026. All times are Central Time (Austin).

%s

Each session has its own calendar invite and Google Meet link; you will receive them separately
from ModernLoop. Please keep the full window free.

If anything comes up, reply to this email and I will sort it out.

Jess Farley
Recruiting Coordinator, Quillfeather Software
""" % '\n'.join(rows_t)
    html = """<html><body><p>Hi Priyanka,</p><p>Your virtual onsite for <b>Senior Site Reliability Engineer</b> at
Quillfeather Software is confirmed for <b>Tuesday, April 21, 2026</b>. All times are Central Time (Austin).</p>
<table border="1" cellpadding="4">%s</table><p>Each session has its own calendar invite and Google Meet link.</p>
<p>Jess Farley<br>Recruiting Coordinator, Quillfeather Software</p></body></html>
""" % ''.join(rows_h)
    ics = calendar('-//ModernLoop//Scheduling//EN', 'REQUEST', evs, [vtimezone(tz, tz)])
    items = [('01-modernloop-onsite-itinerary.eml', mail(hdr(
        'Jess Farley via ModernLoop <scheduling@modernloop-mail.example>', user,
        'Your Quillfeather Software onsite itinerary - Tue Apr 21', sent,
        '<ml-itin-20260414-77ad@modernloop-mail.example>', user,
        [('Reply-To', 'Jess Farley <%s>' % coord)]), text=text, html=html, attach_ics=ics,
        attach_name='quillfeather-onsite.ics'))]
    first = dt(2026, 4, 21, 9, 30, tz)
    last = dt(2026, 4, 21, 13, 45, tz)
    ivs = [x[4] for x in sessions]
    case('b23-05-modernloop-virtual-onsite-lunch-break', user, items,
         [label('Quillfeather Software', 'Senior Site Reliability Engineer', first, last, 'scheduled',
                ivs, ivs, 'onsite')],
         'medium', 'positive/onsite-loop',
         'ModernLoop itinerary + one .ics with 4 VEVENTs on one day with a lunch break -> one onsite '
         '9:30-13:45 CDT; coordinator is not an interviewer.')


# 06 Gem scheduling confirmation + Calendar API event, London before BST
def c06():
    user = 'callum.reid@example.com'
    tz = 'Europe/London'
    sent = dt(2026, 3, 20, 16, 3, tz)
    s = dt(2026, 3, 27, 15, 0, tz)
    e = s + timedelta(minutes=45)
    hm = 'imogen.hale@brackenwharf.example'
    rec = 'tom.asante@brackenwharf.example'
    text = """Hi Callum,

Thanks for picking a slot. You're confirmed for:

Hiring manager interview - Product Designer (Payments)
Friday, 27 March 2026
3:00pm - 3:45pm GMT (London)
Google Meet: https://meet.google.com/bwx-ktrq-pma

You'll be speaking with Imogen Hale, Head of Design. A calendar invitation from Imogen will follow.

Cheers,
Tom Asante
Talent Partner | Bracken Wharf
Scheduled with Gem
"""
    ev = {
        "kind": "calendar#event",
        "etag": "\"3318827716112000\"",
        "id": "4qk2v9d7m1bra0kenwharf0327",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NHFrMnY5ZDdtMWJyYTBrZW53aGFyZjAzMjc",
        "created": "2026-03-20T16:04:00.000Z",
        "updated": "2026-03-20T16:09:12.318Z",
        "summary": "Bracken Wharf <> Callum Reid: Product Designer (Payments)",
        "description": "Hiring manager interview with Imogen Hale. Scheduled via Gem.",
        "creator": {"email": hm, "displayName": "Imogen Hale"},
        "organizer": {"email": hm, "displayName": "Imogen Hale"},
        "start": {"dateTime": iso(s), "timeZone": tz},
        "end": {"dateTime": iso(e), "timeZone": tz},
        "iCalUID": "4qk2v9d7m1bra0kenwharf0327@google.com",
        "sequence": 0,
        "attendees": [
            {"email": hm, "displayName": "Imogen Hale", "organizer": True, "responseStatus": "accepted"},
            {"email": user, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/bwx-ktrq-pma",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [
        ('01-gem-confirmation.eml', mail(hdr(
            'Tom Asante <%s>' % rec, user, 'Confirmed: Bracken Wharf interview on Fri 27 Mar', sent,
            '<gem-conf-5b2c1@gem-mail.example>', user, [('Sender', 'Gem <scheduling@gem-mail.example>')]),
            text=text)),
        ('02-calendar-event.gcal.json', (json.dumps(ev, indent=2) + '\n').encode()),
    ]
    case('b23-06-gem-confirmation-plus-calendar-api-london-gmt', user, items,
         [label('Bracken Wharf', 'Product Designer (Payments)', s, e, 'scheduled', [hm], [hm],
                'hiring_manager')],
         'medium', 'positive/dedupe',
         'Gem confirmation from the recruiter plus the Calendar API event of the same interview -> one; '
         'two days before UK BST (+00:00); head of design conducts.')


# 07 Microsoft Bookings confirmation then Bookings cancellation (Sydney, DST end)
def c07():
    user = 'grace.whitlam@example.com'
    tz = 'Australia/Sydney'
    d1 = dt(2026, 4, 2, 12, 30, tz)
    d2 = dt(2026, 4, 7, 17, 55, tz)
    s = dt(2026, 4, 9, 10, 30, tz)
    e = s + timedelta(minutes=30)
    rec = 'harriet.lowe@kinrosshealth.example'
    book = 'KinrossCareers@kinrosshealth.example'
    html1 = """<html><body style="font-family:'Segoe UI',sans-serif">
<h3>Your booking is confirmed</h3>
<p>Hello Grace Whitlam,</p>
<p>Thanks for booking with Kinross Health Careers. Here are the details.</p>
<table><tr><td>Service</td><td>Initial phone interview - Clinical Applications Analyst</td></tr>
<tr><td>Date and time</td><td>Thursday, 9 April 2026 10:30 AM - 11:00 AM (UTC+10:00) Canberra, Melbourne, Sydney</td></tr>
<tr><td>Staff</td><td>Harriet Lowe</td></tr>
<tr><td>Location</td><td>Harriet will call you on 04xx xxx 217</td></tr></table>
<p>Questions about your interview? Email Harriet at <a href="mailto:%s">%s</a>.</p>
<p><a href="https://outlook.office365.example/book/KinrossCareers/manage">Manage booking</a></p>
<p style="color:#777">Kinross Health &middot; Level 9, 66 Hunter Street, Sydney NSW 2000</p>
</body></html>
""" % (rec, rec)
    html2 = """<html><body style="font-family:'Segoe UI',sans-serif">
<h3>Your booking has been cancelled</h3>
<p>Hello Grace Whitlam,</p>
<p>Your booking with Kinross Health Careers has been cancelled.</p>
<table><tr><td>Service</td><td>Initial phone interview - Clinical Applications Analyst</td></tr>
<tr><td>Date and time</td><td>Thursday, 9 April 2026 10:30 AM - 11:00 AM (UTC+10:00) Canberra, Melbourne, Sydney</td></tr>
<tr><td>Staff</td><td>Harriet Lowe</td></tr></table>
<p>Cancellation note: &quot;Hi Grace, apologies - the role has been put on hold while we review the
team budget, so I need to cancel our call. I will be in touch if it reopens. Harriet&quot;</p>
</body></html>
"""
    ev = vevent('bk-7a1f0c3e-kinross@bookings.example', s, e,
                'Initial phone interview - Clinical Applications Analyst', ('Kinross Health Careers', book),
                [('Harriet Lowe', rec, 'ACCEPTED', 'REQ-PARTICIPANT'),
                 ('Grace Whitlam', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
                tzid='AUS Eastern Standard Time', stamp=d1)
    ics1 = calendar('Microsoft Exchange Server 2010', 'REQUEST', [ev],
                    [vtimezone('AUS Eastern Standard Time', tz)])
    ev2 = vevent('bk-7a1f0c3e-kinross@bookings.example', s, e,
                 'Canceled: Initial phone interview - Clinical Applications Analyst',
                 ('Kinross Health Careers', book),
                 [('Grace Whitlam', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
                 seq=1, status='CANCELLED', tzid='AUS Eastern Standard Time', stamp=d2)
    ics2 = calendar('Microsoft Exchange Server 2010', 'CANCEL', [ev2],
                    [vtimezone('AUS Eastern Standard Time', tz)])
    items = [
        ('01-bookings-confirmed.eml', mail(hdr(
            'Kinross Health Careers <%s>' % book, 'Grace Whitlam <%s>' % user,
            'Booking confirmed: Initial phone interview - Clinical Applications Analyst', d1,
            '<SY4P282MB1188A1@SY4P282MB1188.AUSP282.PROD.OUTLOOK.EXAMPLE>', user),
            html=html1, inline_cal=ics1)),
        ('02-bookings-cancelled.eml', mail(hdr(
            'Kinross Health Careers <%s>' % book, 'Grace Whitlam <%s>' % user,
            'Booking cancelled: Initial phone interview - Clinical Applications Analyst', d2,
            '<SY4P282MB1188C7@SY4P282MB1188.AUSP282.PROD.OUTLOOK.EXAMPLE>', user),
            html=html2, inline_cal=ics2, cal_method='CANCEL')),
    ]
    case('b23-07-ms-bookings-phone-screen-cancelled-sydney', user, items,
         [label('Kinross Health', 'Clinical Applications Analyst', s, e, 'cancelled', [rec], [rec],
                'phone_screen')],
         'medium', 'positive/cancellation',
         'Microsoft Bookings confirmation then cancellation (METHOD:CANCEL); 9 April is after Sydney DST '
         'end (AEST +10:00); the booking mailbox is not human, Harriet conducts.')


# 08 BambooHR availability ask, Apple Mail reply, HM confirms "half past ten" Mountain
def c08():
    user = 'ellie.brandt@example.com'
    tz = 'America/Denver'
    hm = 'wade.castellanos@summitridgecu.example'
    d1 = dt(2026, 3, 16, 14, 5, tz)
    d2 = dt(2026, 3, 17, 9, 12, tz)
    d3 = dt(2026, 3, 17, 11, 48, tz)
    s = dt(2026, 3, 19, 10, 30, tz)
    e = s + timedelta(minutes=45)
    t1 = """Hi Ellie,

I'm the hiring manager for the IT Systems Administrator opening at Summit Ridge Credit Union and
I'd like to set up a phone interview. Would Wednesday afternoon or Thursday morning this week work?

Thanks,
Wade Castellanos
IT Operations Manager
Summit Ridge Credit Union
(303) 555-0192

--
This email was sent from BambooHR on behalf of Summit Ridge Credit Union.
"""
    t2 = """Hi Wade,

Thursday morning works great - anytime between 9 and noon.

Thanks,
Ellie

Sent from my iPhone

> On Mar 16, 2026, at 2:05 PM, Wade Castellanos <%s> wrote:
> 
> Hi Ellie,
> 
> I'm the hiring manager for the IT Systems Administrator opening at Summit Ridge Credit Union and
> I'd like to set up a phone interview. Would Wednesday afternoon or Thursday morning this week work?
> 
> Thanks,
> Wade Castellanos
""" % hm
    t3 = """Great - let's do Thursday at half past ten, Mountain time. I'll call your cell; plan on about
45 minutes. I'll have our security lead, Priya, sit in for the last few minutes if she is free.

Wade

On Tue, Mar 17, 2026 at 9:12 AM Ellie Brandt <%s> wrote:
> Hi Wade,
>
> Thursday morning works great - anytime between 9 and noon.
>
> Thanks,
> Ellie
""" % user
    items = [
        ('01-bamboohr-hm-reachout.eml', mail(hdr(
            'Wade Castellanos <notifications@bamboohr-mail.example>', user,
            'IT Systems Administrator - phone interview', d1,
            '<bhr.6d1c2e.20260316@bamboohr-mail.example>', user,
            [('Reply-To', 'Wade Castellanos <%s>' % hm)]), text=t1)),
        ('02-reply-apple-mail.eml', mail(hdr(
            'Ellie Brandt <%s>' % user, 'Wade Castellanos <%s>' % hm,
            'Re: IT Systems Administrator - phone interview', d2,
            '<9E2B77A1-4C3D-4F0B-A1D2-7C1E2F3A4B5C@example.com>', user,
            [('In-Reply-To', '<bhr.6d1c2e.20260316@bamboohr-mail.example>'),
             ('References', '<bhr.6d1c2e.20260316@bamboohr-mail.example>'),
             ('X-Mailer', 'iPhone Mail (21E236)')]), text=t2)),
        ('03-hm-confirms.eml', mail(hdr(
            'Wade Castellanos <%s>' % hm, 'Ellie Brandt <%s>' % user,
            'Re: IT Systems Administrator - phone interview', d3,
            '<CAK4x9Pq3-wade-20260317@mail.summitridgecu.example>', user,
            [('In-Reply-To', '<9E2B77A1-4C3D-4F0B-A1D2-7C1E2F3A4B5C@example.com>'),
             ('References', '<bhr.6d1c2e.20260316@bamboohr-mail.example> '
                            '<9E2B77A1-4C3D-4F0B-A1D2-7C1E2F3A4B5C@example.com>')]), text=t3)),
    ]
    case('b23-08-bamboohr-thread-half-past-ten-mountain', user, items,
         [label('Summit Ridge Credit Union', 'IT Systems Administrator', s, e, 'scheduled', [hm], [hm],
                'hiring_manager')],
         'hard', 'positive/thread',
         'BambooHR reach-out, iPhone reply, HM confirms "Thursday at half past ten, Mountain time" '
         '(19 Mar, MDT -06:00), 45 min; relative weekday resolved against the message date.')


# 09 Recruitee mail + Webex invite, Bengaluru IST, same interview
def c09():
    user = 'arjun.venkatesh@example.com'
    tz = 'Asia/Kolkata'
    d1 = dt(2026, 4, 8, 17, 20, tz)
    d2 = dt(2026, 4, 8, 17, 34, tz)
    s = dt(2026, 4, 13, 15, 0, tz)
    e = s + timedelta(minutes=60)
    a, b = 'rohit.shenoy@tamarindpay.example', 'meera.iyer@tamarindpay.example'
    rec = 'ananya.kulkarni@tamarindpay.example'
    text = """Dear Arjun,

Greetings from TamarindPay!

We are pleased to inform you that you have been shortlisted for the Technical Round 1 for the
position of Backend Developer - Java (SDE II).

Date: Monday, 13 April 2026
Time: 3:00 PM to 4:00 PM IST
Mode: Cisco Webex (invite will be sent separately by the panel)
Panel: Rohit Shenoy (Engineering Manager) - %s
       Meera Iyer (Staff Engineer) - %s

Kindly keep your laptop charged, a stable internet connection and a valid photo ID ready.

Regards,
Ananya Kulkarni
Talent Acquisition | TamarindPay Technologies Pvt. Ltd.
4th Floor, Prestige Tech Vista, Outer Ring Road, Bengaluru 560103
+91 80 5550 3321

Sent via Recruitee
""" % (a, b)
    ics = calendar('-//Cisco Webex//Webex Meetings//EN', 'REQUEST', [vevent(
        'webex-2652198843-tamarind@webex.example', s, e,
        'TamarindPay | Technical Round 1 | Arjun Venkatesh', ('Rohit Shenoy', a),
        [('Meera Iyer', b, 'ACCEPTED', 'REQ-PARTICIPANT'),
         ('Arjun Venkatesh', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
        description='Join Webex meeting: https://tamarindpay.webex.example/meet/rohit.shenoy\n'
                    'Meeting number (access code): 2652 198 843',
        location='https://tamarindpay.webex.example/meet/rohit.shenoy', tzid='India Standard Time',
        stamp=d2)], [vtimezone('India Standard Time', tz)])
    webex_text = """Rohit Shenoy invites you to join this Webex meeting.

TamarindPay | Technical Round 1 | Arjun Venkatesh
Monday, April 13, 2026 3:00 PM | 1 hour | (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi

Join meeting: https://tamarindpay.webex.example/meet/rohit.shenoy
Meeting number (access code): 2652 198 843
"""
    items = [
        ('01-recruitee-technical-round.eml', mail(hdr(
            'Ananya Kulkarni <%s>' % rec, user,
            'Interview Invitation: Technical Round 1 - Backend Developer (Java) | TamarindPay', d1,
            '<rc.mail.4411902.tamarind@recruitee-mail.example>', user), text=text, text_cte='base64')),
        ('02-webex-invite.eml', mail(hdr(
            'Rohit Shenoy <messenger@webex.example>', user,
            'Webex meeting invitation: TamarindPay | Technical Round 1 | Arjun Venkatesh', d2,
            '<1386512254.7719.webex@webex.example>', user, [('Reply-To', 'Rohit Shenoy <%s>' % a)]),
            text=webex_text, attach_ics=ics, attach_name='WebexMeeting.ics')),
    ]
    case('b23-09-recruitee-plus-webex-invite-ist', user, items,
         [label('TamarindPay', 'Backend Developer - Java (SDE II)', s, e, 'scheduled', [a, b], [a, b],
                'technical')],
         'medium', 'positive/dedupe',
         'Recruitee e-mail (base64) and a Webex invite (Windows TZID India Standard Time) for the same '
         'technical round -> one interview, IST +05:30, two panelists.')


# 10 Dover recruiter screen, then founder chat (two interviews), noon ET / 4pm PT
def c10():
    user = 'sam.okonkwo@example.com'
    ny, sf = 'America/New_York', 'America/Los_Angeles'
    dover = 'kate.lindgren@dover-recruit.example'
    ceo = 'noah@fernbankrobotics.example'
    d1 = dt(2026, 2, 19, 10, 2, ny)
    s1 = dt(2026, 2, 24, 12, 0, ny)
    e1 = s1 + timedelta(minutes=30)
    d2 = dt(2026, 3, 3, 17, 45, sf)
    s2 = dt(2026, 3, 10, 16, 0, sf)
    e2 = s2 + timedelta(minutes=45)
    t1 = """Hi Sam,

Thanks for grabbing time! Confirming our intro call for the Founding Full-Stack Engineer role at
Fernbank Robotics (I'm recruiting for them through Dover):

Tue Feb 24, 12:00 - 12:30pm ET (noon your time)
I'll call you at the number on your resume.

Talk soon,
Kate Lindgren
Recruiting Partner for Fernbank Robotics
Dover
"""
    t2 = """Hey Sam -

Kate passed along great notes from your intro call and the team liked your take-home a lot.
Next (and last) step is a chat with me. I booked Tue 3/10 at 4pm PT for 45 min - Jitsi link below,
no prep needed, I mostly want to hear how you think about shipping hardware-adjacent software.

https://meet.jit.si.example/fernbank-noah-sam

If that time is bad just reply and we'll move it.

Noah Feldstein
CEO, Fernbank Robotics
2150 Shattuck Ave, Berkeley CA
"""
    items = [
        ('01-dover-intro-call-confirmed.eml', mail(hdr(
            'Kate Lindgren <%s>' % dover, user, 'Fernbank Robotics <> Sam: intro call confirmed', d1,
            '<dover.20260219.c7781@dover-recruit.example>', user), text=t1)),
        ('02-founder-final-chat.eml', mail(hdr(
            'Noah Feldstein <%s>' % ceo, 'Sam Okonkwo <%s>' % user, 'Final chat with Noah', d2,
            '<CAF+noah.20260303@mail.fernbankrobotics.example>', user,
            [('Cc', 'Kate Lindgren <%s>' % dover)]), text=t2)),
    ]
    case('b23-10-dover-screen-then-founder-chat', user, items,
         [label('Fernbank Robotics', 'Founding Full-Stack Engineer', s1, e1, 'scheduled', [dover], [dover],
                'phone_screen'),
          label('Fernbank Robotics', 'Founding Full-Stack Engineer', s2, e2, 'scheduled', [ceo], [ceo],
                'hiring_manager')],
         'hard', 'positive/multiple',
         'Two interviews: Dover recruiter screen (noon ET, EST -05:00; Dover is a vendor, company is '
         'Fernbank) and a founder/CEO final chat Tue 3/10 4pm PT (after US DST, -07:00).')


# 11 Zoho Recruit invite, Outlook-for-Mac cancel, new Zoho invite across Sydney/Melbourne DST start
def c11():
    user = 'mei.tanaka@example.com'
    tz = 'Australia/Melbourne'
    rec = 'liam.obrien@wattlebankgroup.example'
    iv = 'sophie.nguyen@wattlebankgroup.example'
    d1 = dt(2026, 9, 24, 15, 10, tz)
    s1 = dt(2026, 10, 1, 14, 0, tz)
    e1 = s1 + timedelta(minutes=60)
    d2 = dt(2026, 9, 30, 8, 51, tz)
    d3 = dt(2026, 9, 30, 16, 25, tz)
    s2 = dt(2026, 10, 7, 14, 0, tz)
    e2 = s2 + timedelta(minutes=60)

    def zoho(sd, sdate, uid, when):
        body = """Dear Mei,

Your interview has been scheduled.

Job Opening : Senior Business Analyst - Digital Lending
Company : Wattlebank Group
Interview : Business Analysis Interview
Interviewer(s) : Sophie Nguyen (%s)
Date & Time : %s
Venue : Microsoft Teams (link in the calendar invitation)

Regards,
Liam O'Brien
Talent Acquisition, Wattlebank Group

This is a system generated email from Zoho Recruit.
""" % (iv, when)
        ics = calendar('-//Zoho Corporation//Zoho Recruit//EN', 'REQUEST', [vevent(
            uid, sd, sd + timedelta(minutes=60), 'Business Analysis Interview - Mei Tanaka',
            ('Liam O\'Brien', rec),
            [('Sophie Nguyen', iv, 'ACCEPTED', 'REQ-PARTICIPANT'),
             ('Mei Tanaka', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
            tzid=tz, stamp=sdate)], [vtimezone(tz, tz)])
        return body, ics
    b1, i1 = zoho(s1, d1, 'zr-88120045-1@zohorecruit.example', '01-Oct-2026 02:00 PM (Australia/Melbourne)')
    b3, i3 = zoho(s2, d3, 'zr-88120045-2@zohorecruit.example', '07-Oct-2026 02:00 PM (Australia/Melbourne)')
    t2 = """Hi Mei,

Unfortunately Sophie is unwell this week, so we need to cancel tomorrow's interview (Thursday 1 October,
2pm). Really sorry for the late notice. I'll send a fresh invite for next week shortly.

Kind regards,

Liam O'Brien
Talent Acquisition Partner
Wattlebank Group | Level 22, 101 Collins Street, Melbourne VIC 3000
M +61 400 555 812

From: Zoho Recruit <notifications@zohorecruit-mail.example>
Date: Thursday, 24 September 2026 at 3:10 pm
To: Mei Tanaka <%s>
Subject: Interview Scheduled - Senior Business Analyst - Digital Lending

Dear Mei,

Your interview has been scheduled.
""" % user
    items = [
        ('01-zoho-interview-scheduled.eml', mail(hdr(
            'Zoho Recruit <notifications@zohorecruit-mail.example>', user,
            'Interview Scheduled - Senior Business Analyst - Digital Lending', d1,
            '<zr.1727154600.88120045@zohorecruit-mail.example>', user,
            [('Reply-To', rec)]), text=b1, attach_ics=i1, attach_name='Interview.ics')),
        ('02-recruiter-cancels-outlook-mac.eml', mail(hdr(
            "Liam O'Brien <%s>" % rec, 'Mei Tanaka <%s>' % user,
            'Re: Interview Scheduled - Senior Business Analyst - Digital Lending', d2,
            '<ME3PR01MB7788E0A1@ME3PR01MB7788.ausprd01.prod.outlook.example>', user,
            [('User-Agent', 'Microsoft-MacOutlook/16.89.24091630'),
             ('In-Reply-To', '<zr.1727154600.88120045@zohorecruit-mail.example>')]), text=t2)),
        ('03-zoho-interview-scheduled-new.eml', mail(hdr(
            'Zoho Recruit <notifications@zohorecruit-mail.example>', user,
            'Interview Scheduled - Senior Business Analyst - Digital Lending', d3,
            '<zr.1727677500.88120045@zohorecruit-mail.example>', user,
            [('Reply-To', rec)]), text=b3, attach_ics=i3, attach_name='Interview.ics')),
    ]
    case('b23-11-zoho-cancel-then-rebooked-melbourne-dst', user, items,
         [label('Wattlebank Group', 'Senior Business Analyst - Digital Lending', s1, e1, 'cancelled',
                [iv], [iv], 'technical'),
          label('Wattlebank Group', 'Senior Business Analyst - Digital Lending', s2, e2, 'scheduled',
                [iv], [iv], 'technical')],
         'hard', 'positive/cancellation',
         'Zoho Recruit invite for Thu 1 Oct 2pm AEST (+10:00), cancelled by the recruiter from Outlook for '
         'Mac, re-booked as a NEW event Wed 7 Oct 2pm AEDT (+11:00, after 4 Oct DST start) -> two entries.')


# 12 Breezy HR interview forwarded from old address to Fastmail (Phoenix, no DST)
def c12():
    user = 'rosa.delgado@example.com'
    old = 'rosa.delgado.az@mail.example'
    tz = 'America/Phoenix'
    d0 = dt(2026, 4, 29, 9, 14, tz)
    d1 = dt(2026, 4, 29, 19, 2, tz)
    s = dt(2026, 5, 6, 13, 0, tz)
    e = s + timedelta(minutes=30)
    dr = 'dr.kessler@pinewooddental.example'
    t = """Forwarding to my main inbox so I don't lose it.

----- Original message -----
From: Pinewood Dental Group <no-reply@breezy-mail.example>
To: %s
Subject: Interview Confirmed - Office Manager with Pinewood Dental Group
Date: Wednesday, April 29, 2026 9:14 AM

Hi Rosa,

Your interview for Office Manager with Pinewood Dental Group has been confirmed.

When: Wed, May 6, 2026 from 1:00 PM - 1:30 PM MST (Arizona)
Where: Pinewood Dental Group - 7730 E Shea Blvd, Suite 104, Scottsdale, AZ 85260
With: Dr. Anton Kessler, DDS (Practice Owner) - %s

Please bring a copy of your resume and arrive 10 minutes early.

Powered by Breezy HR
""" % (old, dr)
    items = [('01-fwd-breezy-interview.eml', mail(hdr(
        'Rosa Delgado <%s>' % old, 'Rosa Delgado <%s>' % user,
        'Fwd: Interview Confirmed - Office Manager with Pinewood Dental Group', d1,
        '<4f1e6c2b-97aa-4b31-9e0d-0c1a2b3c4d5e@app.fastmail.example>', user,
        [('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-1108-g3a29173c6-fm-20260422.001-g3a29173c')]),
        text=t))]
    _ = d0
    case('b23-12-breezy-forwarded-fastmail-phoenix', user, items,
         [label('Pinewood Dental Group', 'Office Manager', s, e, 'scheduled', [dr], [dr], 'hiring_manager')],
         'medium', 'positive/forwarded',
         'Breezy HR confirmation forwarded (Fastmail style) from the owner\'s old address; Arizona MST '
         '(-07:00, no DST) in May; in person with the practice owner.')


# 13 Pinpoint panel, HTML-only QP, BlueJeans, Manchester day after BST
def c13():
    user = 'fiona.mcallister@example.com'
    tz = 'Europe/London'
    sent = dt(2026, 3, 23, 11, 40, tz)
    s = dt(2026, 3, 30, 9, 0, tz)
    e = dt(2026, 3, 30, 10, 0, tz)
    a, b = 'gareth.pryce@ashworthmutual.example', 'nkechi.obi@ashworthmutual.example'
    coord = 'careers@ashworthmutual.example'
    html = """<html><body><div style="font-family:Arial">
<p>Dear Fiona,</p>
<p>Thank you for applying for the <b>Finance Systems Accountant</b> role at Ashworth Mutual. We would like
to invite you to a panel interview.</p>
<ul><li><b>Date:</b> Monday 30 March 2026 (please note the clocks go forward the day before)</li>
<li><b>Time:</b> 9:00am &ndash; 10:00am BST</li>
<li><b>Where:</b> BlueJeans &ndash; <a href="https://bluejeans.example/7741093382">bluejeans.example/7741093382</a></li>
<li><b>Panel:</b> Gareth Pryce, Financial Controller (<a href="mailto:%s">%s</a>) and Nkechi Obi, Systems
Accounting Lead (<a href="mailto:%s">%s</a>)</li></ul>
<p>The interview will include a short competency-based section and a discussion of a month-end scenario.</p>
<p>If you need any adjustments, reply to this email.</p>
<p>Kind regards,<br>Recruitment Team<br>Ashworth Mutual, 1 Spinningfields Square, Manchester M3 3AP<br>0161 555 0427</p>
<p style="font-size:10px;color:#888">Sent by Pinpoint on behalf of Ashworth Mutual.</p>
</div></body></html>
""" % (a, a, b, b)
    items = [('01-pinpoint-panel-invite.eml', mail(hdr(
        'Ashworth Mutual Recruitment <%s>' % coord, user,
        'Interview invitation: Finance Systems Accountant', sent,
        '<pinpoint.0f9e1a77.ashworth@pinpointhq-mail.example>', user), html=html))]
    case('b23-13-pinpoint-panel-bluejeans-manchester-bst', user, items,
         [label('Ashworth Mutual', 'Finance Systems Accountant', s, e, 'scheduled', [a, b], [a, b], 'onsite')],
         'medium', 'positive/ats-html-only',
         'Pinpoint HTML-only QP invitation; panel of two -> onsite; Monday after UK clocks go forward '
         '(BST +01:00) while the mail was sent in GMT.')


# =========================================================== NEGATIVES
def c14():
    user = 'diego.ramos@example.com'
    sent = dt(2026, 5, 12, 16, 30, 'America/Chicago')
    t = """Hi Diego,

Thank you for taking the time to interview with us last Thursday for the Customer Success Manager role
at Ironleaf Software. The team enjoyed speaking with you.

After careful consideration, we have decided to move forward with another candidate whose experience more
closely matches our current needs. We will keep your profile on file and may reach out about future roles.

We wish you the best in your search.

Sincerely,
Rachel Dunmore
People Team, Ironleaf Software

Sent via JazzHR
"""
    items = [('01-jazzhr-decision.eml', mail(hdr(
        'Rachel Dunmore <rachel.dunmore@ironleafsoftware.example>', user,
        'Your interview with Ironleaf Software - update', sent,
        '<jz.55102.ironleaf@jazzhr-mail.example>', user), text=t))]
    case('b23-14-jazzhr-rejection-after-interview', user, items, [], 'easy', 'negative/rejection',
         'JazzHR rejection that mentions the past interview ("last Thursday"); no interview to schedule.')


def c15():
    user = 'anouk.devries@example.com'
    sent = dt(2026, 2, 3, 10, 12, 'Europe/Amsterdam')
    html = """<html><body style="font-family:Inter,sans-serif"><h2>Thanks for applying, Anouk!</h2>
<p>We received your application for <b>Growth Marketer</b> at Tulpwerk.</p>
<p><b>What happens next?</b></p>
<ol><li>Our team reviews every application within 10 working days.</li>
<li>If there is a match, we invite you for a 30-minute video interview with the hiring manager
(usually on Tuesdays or Thursdays between 10:00 and 16:00 CET).</li>
<li>After that, a case interview at our Amsterdam office and a final conversation with the founders.</li></ol>
<p>Questions? Mail <a href="mailto:jobs@tulpwerk.example">jobs@tulpwerk.example</a>.</p>
<p>Team Tulpwerk &middot; Keizersgracht 210, Amsterdam</p>
<p style="font-size:11px;color:#999">Powered by Homerun</p></body></html>
"""
    items = [('01-homerun-application-received.eml', mail(hdr(
        'Tulpwerk <no-reply@homerun-mail.example>', user, 'We received your application - Growth Marketer',
        sent, '<hr.app.7731.tulpwerk@homerun-mail.example>', user), html=html))]
    case('b23-15-homerun-application-received-process-outline', user, items, [], 'medium',
         'negative/application-received',
         'Homerun application receipt describing a future 30-minute video interview with hours; nothing booked.')


def c16():
    user = 'kwame.mensah@example.com'
    sent = dt(2026, 6, 2, 11, 0, 'Europe/London')
    t = """Hi Kwame,

Congratulations - Halden & Moss would like to invite you to a first interview for the Junior Data Scientist
role.

Please choose a time that suits you using the link below. Available slots are shown in your local time zone
and run from Monday 8 June to Friday 12 June, 10:00-16:00 UK time. Each interview lasts 45 minutes.

Choose your interview time: https://app.cronofy.example/rts/hm-8812-ds?token=Xk2p

If none of the times work, reply to this email and we'll find an alternative.

Best wishes,
Georgia Pell
Graduate Recruitment, Halden & Moss
"""
    items = [('01-cronofy-pick-a-time.eml', mail(hdr(
        'Georgia Pell <georgia.pell@haldenmoss.example>', user,
        'Halden & Moss: book your interview - Junior Data Scientist', sent,
        '<cr.rts.8812.ds@haldenmoss.example>', user), text=t))]
    case('b23-16-cronofy-pick-a-time-unbooked', user, items, [], 'hard', 'negative/availability-request',
         'Cronofy real-time-scheduling link with slot window and duration; the candidate has not booked yet.')


def c17():
    user = 'hannah.cole@example.com'
    tz = 'America/Vancouver'
    sent = dt(2026, 3, 25, 9, 33, tz)
    s = dt(2026, 3, 31, 13, 0, tz)
    e = s + timedelta(minutes=60)
    org = 'rav.sandhu@ferrowave.example'
    t = """Hi Hannah,

Thanks for agreeing to join the loop. Could you take the system design interview with our candidate
for Senior Backend Engineer, Tobias Lund, next Tuesday 1-2pm PT? Scorecard link and the question bank are in
the hiring channel. Please submit feedback in Ashby within 24 hours.

Rav Sandhu
Recruiting Coordinator, Ferrowave
"""
    ics = calendar('-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'REQUEST', [vevent(
        'f3c1d9e2-0a77-4e55-9a61-ferrowave-tl', s, e,
        'Interview: Tobias Lund - Senior Backend Engineer (System design) - Interviewer: Hannah Cole',
        ('Rav Sandhu', org),
        [('Hannah Cole', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
         ('Tobias Lund', 'tobias.lund@mail.example', 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
        description='You are the interviewer for this session. Candidate: Tobias Lund.',
        location='Zoom', tzid=tz, stamp=sent)], [vtimezone(tz, tz)])
    items = [('01-please-interview-candidate.eml', mail(hdr(
        'Rav Sandhu <%s>' % org, 'Hannah Cole <%s>' % user,
        'Interviewer request: Tobias Lund (Senior Backend Engineer)', sent,
        '<b7a2c4e1-3d9f-4a8b-bc11-thunderbird@ferrowave.example>', user,
        [('User-Agent', 'Mozilla Thunderbird')]), text=t, attach_ics=ics))]
    case('b23-17-user-is-interviewer-thunderbird-ics', user, items, [], 'hard', 'negative/user-is-interviewer',
         'Thunderbird mail + .ics: the owner is asked to interview a candidate at her own company.')


def c18():
    user = 'vikram.pillai@example.com'
    tz = 'Asia/Kolkata'
    sent = dt(2026, 7, 14, 20, 5, tz)
    s = dt(2026, 7, 18, 11, 0, tz)
    e = s + timedelta(minutes=60)
    t = """Hi Vikram,

Your meeting is booked!

Mock Interview + Resume Review (Product Manager track)
Saturday, July 18, 2026 - 11:00 AM to 12:00 PM IST
Coach: Shreya Batra, InterviewForge Career Coaching
Google Meet: https://meet.google.com/ifg-shry-mock

Payment received: INR 3,499. This is a practice session - we will run a realistic PM case interview and
give you written feedback afterwards.

Need to reschedule? https://interviewforge.chilipiper.example/reschedule/Yk21

Scheduled with Chili Piper
"""
    ics = calendar('-//Chili Piper//Scheduler//EN', 'REQUEST', [vevent(
        'cp-91ab77-ifg@chilipiper.example', s, e, 'Mock Interview + Resume Review - Vikram Pillai',
        ('Shreya Batra', 'shreya@interviewforge.example'),
        [('Vikram Pillai', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
        description='Paid practice session.', location='Google Meet', tzid=tz, stamp=sent)],
        [vtimezone(tz, tz)])
    items = [('01-chilipiper-mock-interview.eml', mail(hdr(
        'Shreya Batra <notifications@chilipiper-mail.example>', user,
        'Confirmed: Mock Interview + Resume Review on Sat, Jul 18', sent,
        '<cp.booking.91ab77@chilipiper-mail.example>', user), text=t, attach_ics=ics,
        attach_name='invite.ics'))]
    case('b23-18-chilipiper-paid-mock-interview', user, items, [], 'medium', 'negative/mock-interview',
         'Chili Piper booking with .ics for a paid mock interview with a career coach.')


def c19():
    user = 'julia.fenwick@example.com'
    tz = 'America/New_York'
    sent = dt(2026, 6, 10, 14, 20, tz)
    t = """Hi Julia,

Welcome to Brightmoor Labs! We're thrilled you accepted our offer for the Senior QA Engineer role.

Your start date is Monday, June 22, 2026. Before then, please complete your onboarding tasks in Rippling:
  - Sign your offer letter and confidentiality agreement
  - Add your bank details for payroll
  - Complete your I-9 (bring documents on day one)

On your first day you have a New Hire Orientation call at 9:00 AM ET with People Ops (30 minutes), then a
1:1 with your manager, Omar Haddad. Your laptop will ship to your home address next week.

See you soon!
Brightmoor Labs People Team

Sent via Rippling
"""
    items = [('01-rippling-welcome-onboarding.eml', mail(hdr(
        'Brightmoor Labs <no-reply@rippling-mail.example>', user,
        'Welcome to Brightmoor Labs - complete your onboarding', sent,
        '<rp.onb.22019.brightmoor@rippling-mail.example>', user), text=t))]
    case('b23-19-rippling-offer-onboarding-orientation', user, items, [], 'medium', 'negative/offer',
         'Rippling onboarding after an accepted offer, with an orientation call time; not an interview.')


def c20():
    user = 'chloe.marchetti@example.com'
    tz = 'America/New_York'
    friend = 'dana_k_reyes@mail.example'
    sent = dt(2026, 4, 2, 21, 14, tz)
    s = dt(2026, 4, 4, 11, 0, tz)
    e = s + timedelta(minutes=60)
    t = """Hey Chlo!!

Ok so I can totally do a practice run before your real interview with Verdance next week. Saturday at 11
works for me - I'll play the hiring manager and grill you on the case study lol. Sent you an invite.

xo Dana

Sent from Yahoo Mail for iPhone
"""
    ics = calendar('-//Google Inc//Google Calendar 70.9054//EN', 'REQUEST', [vevent(
        '6k1m0p2r9s8t7u6v5w4x3y2z1a@google.com', s, e, 'Mock interview practice w/ Chloe',
        ('Dana Reyes', friend),
        [('Dana Reyes', friend, 'ACCEPTED', 'REQ-PARTICIPANT'),
         ('chloe.marchetti@example.com', user, 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
        description='Practice run - Google Meet https://meet.google.com/dkr-prac-chl', tzid=None, stamp=sent)])
    items = [('01-friend-mock-interview-yahoo.eml', mail(hdr(
        'Dana Reyes <%s>' % friend, 'Chloe Marchetti <%s>' % user, 'practice interview sat?', sent,
        '<1743642840123.98765.dkreyes@mail.yahoo.example>', user,
        [('X-Mailer', 'WebService/1.1.23590 YMailNorrin')]), text=t, html_cte='quoted-printable',
        attach_ics=ics))]
    case('b23-20-yahoo-friend-mock-interview-invite', user, items, [], 'hard', 'negative/mock-interview',
         'A friend (Yahoo Mail) books a practice interview with a Google-style .ics; the real interview is '
         'only mentioned vaguely ("next week").')


def c21():
    user = 'marta.kowal@example.com'
    tz = 'Europe/Warsaw'
    sent = dt(2026, 5, 20, 8, 47, tz)
    t = """Hi Marta,

Thanks for agreeing to talk to me for my piece on how QA engineers are adapting to AI tooling. Just to
confirm: interview on Tuesday 26 May at 14h (Warsaw time), about 40 minutes over Jitsi:
https://meet.jit.si.example/techweekly-marta

I'll record the audio for my notes only; quotes will be sent to you for approval before publication.

Best,
Tomasz Zielinski
Senior Reporter, TechWeekly Europe
+48 22 555 01 93

Sent with Proton Mail secure email.
"""
    items = [('01-journalist-interview-proton.eml', mail(hdr(
        'Tomasz Zielinski <t.zielinski@proton-mail.example>', user,
        'Interview for TechWeekly - Tue 26 May', sent,
        '<Xq9bT2k-ProtonMail-aa11bb22@proton-mail.example>', user), text=t))]
    case('b23-21-proton-press-interview', user, items, [], 'hard', 'negative/press-interview',
         'A journalist (Proton Mail) confirms a press interview with a time ("14h"); not a job interview.')


def c22():
    user = 'ben.carter@example.com'
    sent = dt(2026, 8, 11, 7, 58, 'Australia/Sydney')
    t = """Hi Ben,

I'm a recruiter at Southern Cross Talent and I'm working with a Sydney fintech on a Platform Engineer role
(AUD 190-210k + super, hybrid 2 days in Barangaroo). Your profile looks like a strong match and the client is
keen to interview candidates in the next two weeks.

Would you be open to a quick 15-minute call? Grab any time that works here: https://savvycal.example/jk-sct/intro

Cheers,
Jack Kowalski
Senior Consultant, Southern Cross Talent
0412 555 903

Sent via Superhuman
"""
    items = [('01-agency-outreach-superhuman.eml', mail(hdr(
        'Jack Kowalski <jack@southerncrosstalent.example>', user,
        'Platform Engineer role - interviews next two weeks', sent,
        '<CAHx1-superhuman.jk.20260811@southerncrosstalent.example>', user,
        [('X-Mailer', 'Superhuman Desktop (2026-08-07T21:12:04Z)')]), text=t))]
    case('b23-22-superhuman-agency-outreach-unbooked', user, items, [], 'medium', 'negative/recruiter-outreach',
         'Agency recruiter outreach (Superhuman) with a scheduling link; nothing booked.')


# =========================================================== writer
def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for p in HERE.glob('b23-*'):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for name, user, items, ivs, diff, cat, notes in CASES:
        d = HERE / name
        d.mkdir()
        for fn, data in items:
            (d / fn).write_bytes(data)
        labels[name] = dict(user=user, interview=bool(ivs), interviews=ivs, difficulty=diff,
                            category=cat, notes=notes, source='synthetic')
    with open(HERE / 'labels.yaml', 'w') as fh:
        fh.write('# Labels for blind23 (written blind; all names invented). Generated by make_cases.py.\n')
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100)
    print('wrote %d cases' % len(CASES))


if __name__ == '__main__':
    main()
